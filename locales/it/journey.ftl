next-body = Ora ti facciamo alcune domande semplici, una alla volta. Puoi sempre tornare indietro.
start-questions = Inizia le domande

question-progress = Domanda { $current } di { $total }
back = Indietro
continue-link = Continua
why-we-ask = Perché te lo chiediamo
municipality-choose = Scegli il Comune
choose-all-that-apply = Scegli tutte le risposte giuste.
title-neutral-question = Domanda
title-neutral-results = Informazioni

error-missing = Scegli o scrivi una risposta.
error-not-an-option = Scegli una delle risposte della lista.
error-not-a-number = Scrivi un numero, per esempio 12.
error-too-small = Il numero deve essere almeno { $min }.
error-too-large = Il numero deve essere al massimo { $max }.
error-unknown-municipality = Scegli un comune della lista.

quick-exit = Esci subito da questa pagina
quick-exit-hint = Oppure premi 3 volte il tasto Maiusc.
read-aloud = Leggi ad alta voce
read-aloud-stop = Ferma la lettura

check-title = Controlla le risposte
check-intro = Se qualcosa non va, premi "Cambia".
check-see-results = Vedi i risultati

results-title = Gli aiuti per te
results-intro = { $who ->
    [me] Ecco gli aiuti che fanno per te, in base alle tue risposte.
   *[other] Ecco gli aiuti che fanno per la persona che aiuti, in base alle risposte.
  }
results-fits-heading = { $who ->
    [me] Aiuti che fanno per te
   *[other] Aiuti che fanno per la persona
  }
results-may-heading = Aiuti da chiedere allo sportello
results-may-intro = { $who ->
    [me] Forse fanno per te. Allo sportello possono controllare quello che non sapevi.
   *[other] Forse fanno per la persona. Allo sportello possono controllare quello che non sapevi.
  }
results-not-heading = { $who ->
    [me] Aiuti che non fanno per te, e perché
   *[other] Aiuti che non fanno per la persona, e perché
  }
results-none-fit = Nessun aiuto va bene del tutto con queste risposte. Non è un no: comincia da un colloquio allo Sportello Sociale.
results-urgent-heading = Dove trovare aiuto subito
results-always-heading = Lo Sportello Sociale c'è sempre
results-always-intro = Non sai da dove cominciare, o hai dubbi sulle risposte? Allo Sportello ti ascoltano e ti aiutano a capire. Questi aiuti ci sono per tutti.
results-pua-route = Questa domanda passa dalla PUA (Porta Unica di Accesso). Un medico e un assistente sociale fanno una valutazione insieme (UVM), spesso a casa. Poi decidono con voi il piano di cura.
results-law = Regola: { $law }. Controllata il { $checked }.
checklist-pua-note = Per la valutazione della PUA porta anche i certificati del medico e le medicine che prendi.
results-ask-at-desk = Da chiedere allo sportello:
results-you-said = (Hai risposto: { $answers })
results-always-why = C'è per tutti.
results-why-fits = { $who ->
    [me] Perché fa per te
   *[other] Perché fa per la persona
  }
results-why-not = { $who ->
    [me] Perché non fa per te
   *[other] Perché non fa per la persona
  }
results-for-whom = Per chi è
results-what-to-bring = Cosa portare
results-no-documents = Non servono documenti.
results-who-provides = Chi lo dà
results-how-long = Quanto tempo serve
results-official-page = Pagina ufficiale
results-next-heading = E adesso
results-change-answers = Cambia le risposte
results-print = Versione da stampare
results-start-again = Ricomincia da capo

results-elsewhere-heading = Altri aiuti che possono servire
results-elsewhere-intro = In base alle risposte, anche questi aiuti possono servire. Bastano poche altre domande: le risposte date restano.
results-elsewhere-fits = va bene con le risposte date
results-elsewhere-may = da controllare
results-elsewhere-continue = { $count ->
    [0] Vedi questi aiuti
    [one] Rispondi a 1 domanda in più
   *[other] Rispondi a { $count } domande in più
  }

checklist-heading = I documenti da portare
checklist-intro = Metti una spunta su quello che hai già. Così sai cosa ti manca.
checklist-save = Salva la lista

accessibility-title = Dichiarazione di accessibilità
accessibility-intro = Vogliamo che tutti possano usare Ponte. Anche chi non vede bene, chi non sente, chi usa solo la tastiera o un lettore di schermo.
accessibility-status-heading = A che punto siamo
accessibility-status-body =
    Il sito segue le regole WCAG 2.2, livello AA. Sono le regole europee per i siti pubblici.
    Ogni pagina viene controllata in automatico a ogni modifica, in tutte le lingue.
accessibility-how-heading = Cosa puoi fare
accessibility-how-body =
    Puoi usare il sito solo con la tastiera. Il punto in cui ti trovi è sempre ben visibile.
    Puoi ingrandire il testo fino al doppio. La pagina si adatta anche a schermi piccoli.
    Il sito funziona anche senza JavaScript e con i colori del tuo sistema.
    Se chiedi meno movimento sullo schermo, il sito non usa animazioni.
accessibility-limits-heading = Cosa non va ancora
accessibility-limits-body =
    Il sito è nuovo e lo stiamo ancora costruendo. Alcune parti non ci sono ancora.
    Non abbiamo ancora fatto prove con persone che usano un lettore di schermo. Le faremo presto.
accessibility-feedback-heading = Dicci cosa non funziona
accessibility-feedback-body =
    Se una parte del sito non funziona per te, diccelo. Scrivi allo Sportello Sociale del tuo Comune o vai di persona.
    Ti risponderemo entro 30 giorni.
accessibility-enforcement-heading = Se non ricevi risposta
accessibility-enforcement-body =
    Se non ricevi risposta, o la risposta non ti basta, puoi scrivere al Difensore civico per il digitale di AgID.
    AgID è l'Agenzia per l'Italia Digitale.

privacy-title = Privacy
privacy-intro = Qui spieghiamo quali dati usiamo, perché e per quanto tempo. Chiediamo solo i dati che servono.
privacy-who-heading = Chi tratta i tuoi dati
privacy-who-body =
    I tuoi dati sono trattati dal Comune dello sportello che scegli. Il Comune è il titolare del trattamento.
    Ogni Comune ha un responsabile della protezione dei dati. Puoi chiedere il suo contatto allo sportello.
privacy-what-heading = Quali dati usiamo
privacy-what-body =
    Le risposte alle domande servono solo a mostrarti gli aiuti giusti. Non ti chiediamo il nome per questo.
    Se prendi un appuntamento, ti chiediamo un nome e, se vuoi, un telefono o una email.
    Alcune risposte possono dire cose delicate, per esempio sulla salute o sulla violenza. Le proteggiamo con più cura.
privacy-cookies-heading = Cookie
privacy-cookies-body =
    Usiamo un cookie per ricordare la lingua che hai scelto.
    Usiamo un cookie di sessione solo quando serve, per esempio per non perdere le tue risposte.
    Non usiamo cookie di pubblicità. Non usiamo cookie per seguirti su altri siti.
privacy-why-heading = Perché li usiamo
privacy-why-body =
    Li usiamo per darti un servizio pubblico: informarti sui tuoi diritti e preparare il tuo incontro con lo sportello.
    Non vendiamo i tuoi dati. Non li diamo ad altri, se non lo chiede la legge.
privacy-keep-heading = Per quanto tempo
privacy-keep-body =
    Le risposte senza appuntamento non restano salvate.
    I dati di un appuntamento restano solo per il tempo che serve allo sportello per aiutarti.
privacy-rights-heading = I tuoi diritti
privacy-rights-body =
    Puoi chiedere di vedere i tuoi dati, di correggerli o di cancellarli.
    Puoi chiederlo allo sportello. Se pensi che non rispettiamo le regole, puoi scrivere al Garante per la protezione dei dati personali.

## Desks, opening hours, booking

date-long = { $weekday } { $day } { $month }
weekday-mon = lunedì
weekday-tue = martedì
weekday-wed = mercoledì
weekday-thu = giovedì
weekday-fri = venerdì
weekday-sat = sabato
weekday-sun = domenica
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

# Languages spoken at desks that Ponte does not ship, each by its own name (a shipped
# language is named by its `language-name`).
spoken-wo = Wolof

desk-open-until = Aperto ora, chiude alle { $time }
desk-opens-today = Chiuso ora, apre oggi alle { $time }
desk-opens-tomorrow = Chiuso ora, apre domani alle { $time }
desk-opens-on = Chiuso ora, apre { $day } alle { $time }
desk-closed = Chiuso per ora. Chiama per sapere quando apre.
desk-address = Indirizzo
desk-address-secret = L'indirizzo non è pubblico, per la tua sicurezza.
desk-secret-help = Chiama il numero del centro. Puoi chiamare anche il 1522: è gratis, sempre aperto, e parla molte lingue.
desk-serves = Sportello di chi vive a { $place }: è il primo a cui rivolgerti.
desk-distance = Distanza
desk-km = { $km } km
desk-phone = Telefono
desk-email = Email
desk-languages = Lingue parlate
desk-mediator-days = con un mediatore il { $days }
desk-access = Accesso
access-step-free = Senza gradini
access-hearing-loop = Anello per chi porta l'apparecchio acustico
access-toilet = Bagno accessibile
access-steps = Ci sono gradini

unavailable-title = Servizio non disponibile
unavailable-body = Ora non riusciamo a mostrare questa pagina. Riprova tra qualche minuto.

desks-title = Dove andare: { $service }
desks-intro = Ecco gli sportelli che danno questo servizio. Scegli il tuo comune per vedere prima i più vicini.
desks-municipality = Il tuo comune
desks-municipality-any = Scegli il comune
desks-postcode = Oppure il CAP
desks-postcode-hint = Per esempio 24044
desks-postcode-unknown = Non troviamo questo CAP nella nostra zona. Scegli il comune dalla lista.
desks-location-invalid = Non riusciamo a usare la tua posizione. Scegli il comune dalla lista.
desks-use-location = Usa la mia posizione
desks-filters = Altri filtri
desks-language = Lingua parlata
desks-any = Tutti
desks-day = Aperto il giorno
desks-step-free = Solo sportelli senza gradini
desks-search = Mostra gli sportelli
desks-count = { $count ->
    [0] Nessuno sportello
    [one] 1 sportello
   *[other] { $count } sportelli
}
desks-count-from = { $count ->
    [0] Nessuno sportello
    [one] 1 sportello, vicino a { $place }
   *[other] { $count } sportelli, dal più vicino a { $place }
}
desks-none = Nessuno sportello con questi filtri. Prova a togliere un filtro.
desks-shown-nearest = Qui vedi i { $shown } più vicini.
desks-shown-first = Qui vedi i primi { $shown }. Scegli il tuo comune per vedere i più vicini.
desks-book = Prenota un appuntamento
desks-request = Manda una richiesta
desks-request-instead = Oppure manda una richiesta senza appuntamento
request-instead = Nessun orario va bene? Manda una richiesta senza appuntamento

book-title = Prenota un appuntamento
book-change-title = Cambia l'orario
book-intro = { $service } presso { $desk }.
book-desk-details = Orari, indirizzo e lingue dello sportello
book-choose-time = Scegli giorno e ora
book-no-slots = Non ci sono orari liberi in questi giorni. Guarda i giorni dopo.
book-earlier = Giorni prima
book-later = Giorni dopo
book-mediator-present = Quel giorno c'è un mediatore: { $languages }.
book-slot-taken = Questo orario è stato appena preso da un'altra persona. Scegli uno degli orari liberi qui sotto. I tuoi dati sono ancora nel modulo.
book-too-many-today = Oggi da questa connessione sono già arrivate molte prenotazioni. Per farne altre, telefona allo sportello o torna domani. I tuoi dati sono ancora nel modulo.
book-about-you = { $who ->
    [me] I tuoi dati
   *[other] I dati della persona che aiuti
  }
book-name = { $who ->
    [me] Nome, o solo le iniziali
   *[other] Il suo nome, o solo le iniziali
  }
book-name-hint = { $who ->
    [me] Serve allo sportello per chiamarti.
   *[other] Serve allo sportello per chiamare questa persona.
  }
book-contact = { $who ->
    [me] Telefono o email (se vuoi)
   *[other] Il suo telefono o la sua email (se vuoi)
  }
book-contact-hint = { $who ->
    [me] Lo usiamo solo per questo appuntamento: lo sportello ti chiama o ti scrive lì.
   *[other] Lo usiamo solo per questo appuntamento: lo sportello chiama o scrive lì.
  }
book-filled-by = Chi compila questo modulo? (facoltativo)
book-filled-by-person = Io, per me
book-filled-by-relative = Un familiare o un amico
book-filled-by-mediator = Un mediatore culturale
book-note = Vuoi dire qualcosa allo sportello? (facoltativo)
book-note-hint = Scrivi con parole tue, anche nella tua lingua. Al massimo 1000 caratteri.
book-language = { $who ->
    [me] La lingua che preferisci
   *[other] La lingua che preferisce
  }
book-consent = { $who ->
    [me] Voglio mandare queste informazioni allo sportello. Ho letto come le usate.
   *[other] La persona che aiuto vuole mandare queste informazioni allo sportello. Abbiamo letto come le usate.
  }
book-privacy-link = Leggi come usiamo i tuoi dati
book-submit = Prenota
book-change-submit = Cambia l'orario
book-error-slot = Scegli un giorno e un'ora.
book-error-name = Scrivi un nome o le iniziali.
book-error-name-long = Il nome è troppo lungo: al massimo 80 lettere.
book-error-contact = Scrivi un numero di telefono o una email. Controlla che sia scritto bene.
book-error-contact-missing = { $who ->
    [me] Scrivi un telefono o una email: lo sportello ti risponde lì.
   *[other] Scrivi un telefono o una email della persona: lo sportello risponde lì.
  }
book-error-language = Scegli una lingua.
book-error-consent = { $who ->
    [me] Per andare avanti, dicci che vuoi mandare le risposte allo sportello.
   *[other] Per andare avanti, dicci che la persona vuole mandare le risposte allo sportello.
  }
book-error-note-long = Il testo è troppo lungo: al massimo 1000 caratteri.

booking-title = Appuntamento prenotato
booking-cancelled-title = Appuntamento annullato
booking-cancelled-body = Abbiamo tolto il tuo nome e il tuo contatto.
booking-code = Il tuo codice
booking-pin-intro = Scrivi ora il codice e questo PIN: il PIN si vede solo questa volta. Ti servono per cambiare o annullare l'appuntamento.
booking-pin = PIN:
booking-qr-alt = Codice QR della prenotazione { $code }
booking-when = Quando
booking-service = Servizio
booking-desk = Sportello
booking-bring = Cosa portare
booking-bring-id = Porta anche un documento di identità e la tessera sanitaria, se li hai.
booking-document-if = { $document } (se serve nel tuo caso)
booking-next-heading = Cosa puoi fare
booking-calendar = Aggiungi al calendario
booking-print = Stampa
booking-copy-intro = Qui sotto ci sono le stesse informazioni in italiano, per lo sportello.
booking-copy-heading = Per lo sportello
booking-download-data = Scarica i tuoi dati (file JSON)
booking-change = Cambia giorno o ora
booking-cancel-heading = Non puoi venire?
booking-cancel-body = Annulla, così l'orario va a un'altra persona. Togliamo anche il tuo nome, il tuo contatto e le tue risposte.
booking-erase-heading = Cancella i tuoi dati
booking-erase-body = L'appuntamento è passato. Puoi cancellare il tuo nome, il tuo contatto e le tue risposte. Restano solo numeri senza nome.
booking-erase = Cancella i miei dati
booking-erased-body = I tuoi dati sono cancellati: nome, contatto e risposte. Restano solo numeri senza nome.
booking-cancel = Annulla l'appuntamento
booking-find-title = Ritrova la tua prenotazione
booking-find-body = Per vedere una prenotazione servono il codice e il PIN.
ics-summary = Appuntamento: { $service }
ics-description = Codice { $code }. Porta i documenti della lista.

manage-title = Ritrova la tua prenotazione
manage-intro = Scrivi il codice della prenotazione o della richiesta. Poi scrivi il PIN. Se non hai più il PIN, chiedi allo sportello.
manage-code = Il tuo codice
manage-code-hint = 8 lettere e numeri, per esempio K7MX-4QPT
manage-secret = PIN
manage-secret-hint = Il PIN ha 6 numeri.
manage-submit = Cerca
manage-not-found = Non troviamo una prenotazione con questi dati. Controlla il codice e il PIN.
manage-too-many = Troppi tentativi. Aspetta 15 minuti e riprova, oppure chiama lo sportello.

results-find-desk = Trova lo sportello e prenota

# Sending a request without an appointment
request-title = Manda una richiesta
request-intro = Non devi scegliere un orario. Lo sportello legge la tua richiesta e ti chiama o ti scrive. Con il codice e il PIN vedi a che punto è.
request-book-instead = Preferisci scegliere un orario? Prenota un appuntamento
request-contact = { $who ->
    [me] Telefono o email
   *[other] Il suo telefono o la sua email
  }
request-contact-hint = { $who ->
    [me] Lo sportello ti risponde qui. Serve anche per ritrovare la richiesta.
   *[other] Lo sportello risponde qui. Serve anche per ritrovare la richiesta.
  }
request-submit = Manda la richiesta
request-sent-title = Richiesta inviata
request-withdrawn-title = Richiesta ritirata
request-no-time = Nessun appuntamento: lo sportello ti chiama o ti scrive.
request-pin-intro = Scrivi ora il codice e questo PIN: il PIN si vede solo questa volta. Ti servono per vedere la risposta o per ritirare la richiesta.
request-withdraw-heading = Non ti serve più?
request-withdraw-body = Ritira la richiesta. Togliamo il tuo nome, il tuo contatto e le tue risposte.
request-withdraw = Ritira la richiesta

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Qualcuno ti aiuta? (facoltativo)
   *[other] Vuoi seguire anche tu la prenotazione? (facoltativo)
  }
helper-intro = { $who ->
    [me] Puoi dare un PIN a una persona di fiducia: un familiare, un amico, un mediatore. Con il codice e il suo PIN, questa persona può vedere, spostare o annullare l'appuntamento. Puoi toglierle il PIN quando vuoi.
   *[other] Scrivi i tuoi dati: avrai un tuo PIN. Con il codice e il tuo PIN puoi vedere, spostare o annullare l'appuntamento. La persona che aiuti può toglierti il PIN quando vuole.
  }
helper-name = { $who ->
    [me] Nome di chi ti aiuta
   *[other] Il tuo nome
  }
helper-relationship = { $who ->
    [me] Chi è per te?
   *[other] Chi sei per questa persona?
  }
helper-relationship-family = Un familiare
helper-relationship-friend = Un amico o un'amica
helper-relationship-mediator = Un mediatore culturale
helper-relationship-other = Un'altra persona, per esempio un volontario
helper-contact = { $who ->
    [me] Telefono o email di chi ti aiuta (se vuoi)
   *[other] Il tuo telefono o la tua email (se vuoi)
  }
helper-contact-hint = Lo sportello lo usa solo per questo appuntamento.
helper-consent = { $who ->
    [me] Sono d'accordo: questa persona può vedere e cambiare la mia prenotazione.
   *[other] La persona che aiuto è d'accordo: posso vedere e cambiare la sua prenotazione.
  }
helper-error-name = Scrivi il nome di chi aiuta.
helper-error-name-long = Il nome è troppo lungo: al massimo 80 lettere.
helper-error-relationship = Scegli chi è questa persona.
helper-error-contact = Scrivi un numero di telefono o una email. Controlla che sia scritto bene.
helper-error-consent = Per dare un PIN a chi aiuta, serve l'accordo della persona. Spunta la casella.
helper-role-family = familiare
helper-role-friend = amico o amica
helper-role-mediator = mediatore culturale
helper-role-other = altra persona
booking-as-helper = Segui questa prenotazione per un'altra persona. Puoi vederla, spostarla o annullarla. Solo la persona sceglie chi la aiuta.
booking-helper-pin-intro = Questo è il PIN di { $name }. Daglielo ora: si vede solo questa volta. Con il codice e questo PIN, { $name } può vedere, spostare o annullare l'appuntamento.
booking-helper-pin = PIN di { $name }:
booking-helpers-heading = Chi altro vede questa prenotazione
booking-helpers-intro = Queste persone hanno un loro PIN. Possono vedere, spostare o annullare l'appuntamento. Se togli una persona, il suo PIN non funziona più.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Una persona
booking-helper-remove = Togli { $name }
booking-helper-add-heading = Dai un PIN a chi ti aiuta
booking-helper-add-submit = Dai il PIN

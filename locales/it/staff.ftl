# The operators' workspace, and the status of a request as the person sees it.

staff-sign-in-title = Accesso operatori
staff-sign-in-intro = Area riservata agli operatori degli sportelli.
staff-email = Email
staff-password = Password
staff-sign-in = Entra
staff-sign-in-refused = Email o password non riconosciute.
staff-sign-in-too-many = Troppi tentativi. Riprova tra 15 minuti.
staff-sign-out = Esci
staff-role-operator = operatore
staff-role-mediator = mediatore
staff-role-administrator = amministratore
staff-signed-in-as = Sei entrato come { $name } ({ $role }).
staff-your-desks = I tuoi sportelli: { $desks }
staff-inbox-title = Richieste
staff-inbox-caption = Richieste per i tuoi sportelli, per data dell'appuntamento
staff-inbox-empty = Nessuna richiesta da mostrare.
staff-filter-status = Filtra per stato
staff-all = Tutte
staff-needs-mediator = serve mediatore?
staff-col-when = Appuntamento
staff-col-service = Servizio
staff-col-desk = Sportello
staff-col-language = Lingua
staff-col-status = Stato
staff-col-handled-by = Seguita da
staff-dossier-title = Richiesta: { $service }
staff-dossier-unavailable = Richiesta non disponibile
staff-dossier-unavailable-body = La richiesta non esiste oppure non è di un tuo sportello. Se non sei entrato, entra prima.
staff-back-to-inbox = Torna alle richieste
staff-code = Codice prenotazione
staff-person = Persona
staff-contact = Contatto
staff-filled-by = Compilata da
staff-area = Ambito
staff-answers-heading = Risposte
staff-question = Domanda
staff-no-answers = La persona ha prenotato senza rispondere alle domande.
staff-documents-heading = Documenti
staff-has-document = dice di averlo
staff-no-document = non indicato
staff-decide-heading = Aggiorna la richiesta
staff-missing-legend = Documenti mancanti
staff-missing-hint = Valgono solo con lo stato "Mancano documenti". La persona li vede nella sua lingua.
staff-note = Nota per i colleghi
staff-save = Salva

dossier-status-received = Ricevuta
dossier-status-handling = In lavorazione
dossier-status-documents-missing = Mancano documenti
dossier-status-referred = Inviata a un altro servizio
dossier-status-closed = Chiusa
dossier-status-withdrawn = Ritirata
dossier-filled-by-person = la persona stessa
dossier-filled-by-relative = un familiare o un amico
dossier-filled-by-mediator = un mediatore

request-status-heading = La tua richiesta
request-status = Stato: { $status }
request-missing-intro = Lo sportello ti chiede di portare anche:

password-too-short = La password deve avere almeno 12 caratteri.
password-too-long = La password può avere al massimo 256 caratteri.
password-too-common = Questa password è troppo comune. Scegline un'altra, per esempio tre parole a caso.
password-like-account = La password non può contenere il tuo nome o la tua email.

cross-site-refused = Richiesta rifiutata: è arrivata da un altro sito.

# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Italiano
site-name = Ponte
skip-to-content = Vai al contenuto
language-switch-label = Lingua
translation-notice = Questa traduzione è fatta con l'aiuto di un computer. Nessuno l'ha ancora controllata. Vale il testo in italiano.
translation-notice-link = Leggi questa pagina in italiano
footer-nav-label = Informazioni sul sito
footer-accessibility = Accessibilità
footer-privacy = Privacy
footer-about = Ponte è il sito degli Sportelli Sociali dei Comuni. Questa è una versione di prova, con dati di esempio.

error-prefix = Errore:
error-summary-title = C'è un problema
change = Cambia

not-found-title = Pagina non trovata
not-found-body = Questa pagina non esiste. Forse l'indirizzo è sbagliato.
not-found-home = Vai alla pagina iniziale
step-first-title = Prima finisci l'accesso
step-first-body = Ti manca ancora un passo per entrare: il codice dell'app o la nuova password.
form-unreadable-title = Non riusciamo a leggere il modulo
form-unreadable-body = Il modulo è arrivato in una forma che non conosciamo. Torna indietro, ricarica la pagina e invialo di nuovo.
manage-link = Hai già una prenotazione?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Molte persone stanno prenotando ora
busy-wait = Riprova tra un minuto.
busy-not-sent = La tua richiesta non è ancora partita. Non hai ancora prenotato niente.
busy-unsure = Non siamo riusciti a finire. Premi «Riprova»: se la richiesta era già salvata, la vedi. Non prenoti mai due volte.
busy-kept = Quello che hai scritto è qui. Non devi scriverlo di nuovo.
busy-retry = Riprova
busy-home = Torna alla pagina iniziale

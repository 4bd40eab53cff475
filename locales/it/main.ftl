# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Italiano
site-name = Ponte
skip-to-content = Vai al contenuto
language-switch-label = Lingua
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
manage-link = Hai già una prenotazione?

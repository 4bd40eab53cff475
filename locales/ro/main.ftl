# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Română
site-name = Ponte
skip-to-content = Mergeți la conținut
language-switch-label = Limba
translation-notice = Această traducere a fost făcută cu ajutorul unui calculator. Nimeni nu a verificat-o încă. Textul în limba italiană este cel valabil.
translation-notice-link = Citiți această pagină în limba italiană
footer-nav-label = Informații despre site
footer-accessibility = Accesibilitate
footer-privacy = Confidențialitate
footer-about = Ponte este site-ul birourilor sociale ale primăriilor (Sportelli Sociali dei Comuni). Aceasta este o versiune de probă, cu date de exemplu.

error-prefix = Eroare:
error-summary-title = Există o problemă
change = Modificați

not-found-title = Pagina nu a fost găsită
not-found-body = Această pagină nu există. Poate adresa este greșită.
not-found-home = Mergeți la pagina de început
step-first-title = Mai întâi terminați conectarea
step-first-body = Mai aveți un pas pentru a intra: codul din aplicație sau o parolă nouă.
form-unreadable-title = Nu putem citi formularul
form-unreadable-body = Formularul a sosit într-o formă pe care nu o cunoaștem. Întoarceți-vă, reîncărcați pagina și trimiteți-l din nou.
manage-link = Aveți deja o programare?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Multe persoane fac programări chiar acum
busy-wait = Încercați din nou peste un minut.
busy-not-sent = Cererea dumneavoastră nu a fost trimisă încă. Încă nu ați făcut nicio programare.
busy-unsure = Nu am reușit să terminăm. Apăsați „Încercați din nou”: dacă cererea era deja salvată, o veți vedea. Programarea nu se face niciodată de două ori.
busy-kept = Ce ați scris este păstrat aici. Nu trebuie să scrieți din nou.
busy-retry = Încercați din nou
busy-home = Înapoi la pagina de început

# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Shqip
site-name = Ponte
skip-to-content = Kalo te përmbajtja
language-switch-label = Gjuha
translation-notice = Ky përkthim është bërë me ndihmën e një kompjuteri. Askush nuk e ka kontrolluar ende. Vlen teksti në italisht.
translation-notice-link = Lexojeni këtë faqe në italisht
footer-nav-label = Informacion për faqen
footer-accessibility = Aksesueshmëria
footer-privacy = Privatësia
footer-about = Ponte është faqja e internetit e Sporteleve Sociale (Sportello Sociale) të bashkive (Comune). Ky është një version prove, me të dhëna shembull.

error-prefix = Gabim:
error-summary-title = Ka një problem
change = Ndrysho

not-found-title = Faqja nuk u gjet
not-found-body = Kjo faqe nuk ekziston. Ndoshta adresa është e gabuar.
not-found-home = Shko te faqja kryesore
step-first-title = Së pari përfundoni hyrjen
step-first-body = Ju mbetet edhe një hap për të hyrë: kodi nga aplikacioni ose një fjalëkalim i ri.
form-unreadable-title = Nuk mund ta lexojmë formularin
form-unreadable-body = Formulari erdhi në një formë që nuk e njohim. Kthehuni pas, ringarkoni faqen dhe dërgojeni përsëri.
manage-link = Keni bërë tashmë një rezervim?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Shumë njerëz po rezervojnë tani
busy-wait = Provoni përsëri pas një minute.
busy-not-sent = Kërkesa juaj nuk është nisur ende. Nuk keni rezervuar ende asgjë.
busy-unsure = Nuk arritëm ta përfundojmë. Shtypni «Provo përsëri»: nëse kërkesa ishte ruajtur tashmë, do ta shihni. Nuk rezervoni kurrë dy herë.
busy-kept = Ajo që keni shkruar është këtu. Nuk keni nevojë ta shkruani përsëri.
busy-retry = Provo përsëri
busy-home = Kthehu te faqja kryesore

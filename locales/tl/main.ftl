# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Tagalog
site-name = Ponte
skip-to-content = Pumunta sa nilalaman
language-switch-label = Wika
translation-notice = Ang salin na ito ay ginawa sa tulong ng computer. Wala pang taong nakasuri nito. Ang tekstong Italyano ang masusunod.
translation-notice-link = Basahin ang pahinang ito sa Italyano
footer-nav-label = Impormasyon tungkol sa site
footer-accessibility = Accessibility (madaling paggamit)
footer-privacy = Privacy
footer-about = Ang Ponte ay ang website ng mga Tanggapang Panlipunan (Sportello Sociale) ng mga munisipyo (Comune). Ito ay bersyong pansubok, may halimbawang datos.

error-prefix = May mali:
error-summary-title = May problema
change = Baguhin

not-found-title = Hindi nakita ang pahina
not-found-body = Walang ganitong pahina. Baka mali ang address.
not-found-home = Pumunta sa unang pahina
step-first-title = Tapusin muna ang pag-sign in
step-first-body = May isa pang hakbang para makapasok: ang code mula sa app o isang bagong password.
form-unreadable-title = Hindi namin mabasa ang form
form-unreadable-body = Dumating ang form sa anyong hindi namin kilala. Bumalik, i-reload ang pahina at ipadala itong muli.
manage-link = May booking na ba kayo?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Maraming tao ang nagbo-book ngayon
busy-wait = Subukan ulit pagkalipas ng isang minuto.
busy-not-sent = Hindi pa naipapadala ang inyong kahilingan. Wala pa kayong na-book.
busy-unsure = Hindi namin ito natapos. Pindutin ang «Subukan ulit»: kung naka-save na ang kahilingan, makikita ninyo ito. Hindi kayo kailanman makakapag-book nang dalawang beses.
busy-kept = Nandito pa ang isinulat ninyo. Hindi na ninyo kailangang isulat ito ulit.
busy-retry = Subukan ulit
busy-home = Bumalik sa unang pahina

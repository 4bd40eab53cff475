# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = ਪੰਜਾਬੀ
site-name = Ponte
skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
language-switch-label = ਭਾਸ਼ਾ
translation-notice = ਇਹ ਅਨੁਵਾਦ ਕੰਪਿਊਟਰ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤਾ ਗਿਆ ਹੈ। ਅਜੇ ਤੱਕ ਕਿਸੇ ਨੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਵਾਲੀ ਲਿਖਤ ਹੀ ਮੰਨੀ ਜਾਂਦੀ ਹੈ।
translation-notice-link = ਇਹ ਪੰਨਾ ਇਤਾਲਵੀ ਵਿੱਚ ਪੜ੍ਹੋ
footer-nav-label = ਸਾਈਟ ਬਾਰੇ ਜਾਣਕਾਰੀ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ
footer-privacy = ਨਿੱਜਤਾ (Privacy)
footer-about = Ponte ਨਗਰਪਾਲਿਕਾਵਾਂ (Comuni) ਦੇ ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰਾਂ (Sportelli Sociali) ਦੀ ਵੈੱਬਸਾਈਟ ਹੈ। ਇਹ ਇੱਕ ਅਜ਼ਮਾਇਸ਼ੀ ਰੂਪ ਹੈ, ਇਸ ਵਿੱਚ ਉਦਾਹਰਨ ਵਾਲਾ ਡਾਟਾ ਹੈ।

error-prefix = ਗ਼ਲਤੀ:
error-summary-title = ਇੱਕ ਸਮੱਸਿਆ ਹੈ
change = ਬਦਲੋ

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਇਹ ਪੰਨਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ। ਸ਼ਾਇਦ ਪਤਾ (ਐਡਰੈੱਸ) ਗ਼ਲਤ ਹੈ।
not-found-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ
step-first-title = ਪਹਿਲਾਂ ਸਾਈਨ-ਇਨ ਪੂਰਾ ਕਰੋ
step-first-body = ਸਾਈਨ-ਇਨ ਲਈ ਇੱਕ ਕਦਮ ਬਾਕੀ ਹੈ: ਐਪ ਦਾ ਕੋਡ ਜਾਂ ਨਵਾਂ ਪਾਸਵਰਡ।
form-unreadable-title = ਅਸੀਂ ਫ਼ਾਰਮ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ
form-unreadable-body = ਫ਼ਾਰਮ ਅਜਿਹੀ ਸ਼ਕਲ ਵਿੱਚ ਆਇਆ ਜਿਸ ਨੂੰ ਅਸੀਂ ਨਹੀਂ ਜਾਣਦੇ। ਵਾਪਸ ਜਾਓ, ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ ਅਤੇ ਇਸ ਨੂੰ ਫਿਰ ਭੇਜੋ।
manage-link = ਕੀ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਬੁਕਿੰਗ ਕੀਤੀ ਹੋਈ ਹੈ?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = ਇਸ ਵੇਲੇ ਬਹੁਤ ਸਾਰੇ ਲੋਕ ਬੁਕਿੰਗ ਕਰ ਰਹੇ ਹਨ
busy-wait = ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
busy-not-sent = ਤੁਹਾਡੀ ਬੇਨਤੀ ਅਜੇ ਭੇਜੀ ਨਹੀਂ ਗਈ। ਤੁਸੀਂ ਅਜੇ ਕੁਝ ਵੀ ਬੁੱਕ ਨਹੀਂ ਕੀਤਾ।
busy-unsure = ਅਸੀਂ ਕੰਮ ਪੂਰਾ ਨਹੀਂ ਕਰ ਸਕੇ। «ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ» ਦਬਾਓ: ਜੇ ਬੇਨਤੀ ਪਹਿਲਾਂ ਹੀ ਸੇਵ ਹੋ ਚੁੱਕੀ ਸੀ, ਤਾਂ ਤੁਸੀਂ ਉਸ ਨੂੰ ਦੇਖੋਗੇ। ਬੁਕਿੰਗ ਕਦੇ ਵੀ ਦੋ ਵਾਰ ਨਹੀਂ ਹੁੰਦੀ।
busy-kept = ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਸੀ, ਉਹ ਇੱਥੇ ਹੈ। ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਲਿਖਣ ਦੀ ਲੋੜ ਨਹੀਂ।
busy-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
busy-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਜਾਓ

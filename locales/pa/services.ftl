# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = ਨਗਰਪਾਲਿਕਾ ਦਾ ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰ (Sportello Sociale del Comune)
provider-pua = ਸਾਂਝਾ ਪਹੁੰਚ ਦਫ਼ਤਰ (Porta Unica di Accesso, PUA)
provider-inps = INPS, CAF ਜਾਂ ਸਹਾਇਤਾ ਦਫ਼ਤਰ (patronato) ਰਾਹੀਂ ਵੀ
provider-caf-patronato = ਮੁਫ਼ਤ ਮਦਦ ਦਫ਼ਤਰ (CAF ਜਾਂ patronato)
provider-centro-impiego = ਰੁਜ਼ਗਾਰ ਕੇਂਦਰ (Centro per l'impiego)
provider-sportello-stranieri = ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਦਫ਼ਤਰ (Sportello Stranieri)
provider-centro-antiviolenza = ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ (Centro antiviolenza)
provider-asst = ਸਥਾਨਕ ਸਿਹਤ ਵਿਭਾਗ (Azienda sanitaria, ASST)
provider-caritas = Caritas ਅਤੇ ਫ਼ੂਡ ਬੈਂਕ (banco alimentare)
provider-ufficio-scuola = ਨਗਰਪਾਲਿਕਾ ਦਾ ਸਕੂਲ ਦਫ਼ਤਰ (Ufficio scuola)
provider-cpia = ਬਾਲਗਾਂ ਦਾ ਸਕੂਲ (CPIA)
provider-comune = ਨਗਰਪਾਲਿਕਾ (Comune) ਦੇ ਦਫ਼ਤਰ
provider-emergency = ਐਮਰਜੈਂਸੀ ਨੰਬਰ

time-now = ਤੁਰੰਤ
time-days = ਕੁਝ ਦਿਨ
time-weeks = ਕੁਝ ਹਫ਼ਤੇ
time-months = ਕੁਝ ਮਹੀਨੇ
time-call = ਜਦੋਂ ਨਗਰਪਾਲਿਕਾ ਅਰਜ਼ੀਆਂ ਦੀ ਸੂਚਨਾ (bando) ਖੋਲ੍ਹਦੀ ਹੈ, ਆਮ ਤੌਰ 'ਤੇ ਸਾਲ ਵਿੱਚ ਇੱਕ ਵਾਰ

svc-first-listening = ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰ (Sportello Sociale) ਵਿੱਚ ਪਹਿਲੀ ਗੱਲਬਾਤ
svc-first-listening-gives = ਆਪਣੀ ਸਥਿਤੀ ਦੱਸਣ ਲਈ ਇੱਕ ਮੁਲਾਕਾਤ। ਉਹ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਦੇ ਹਨ, ਤੁਹਾਡੇ ਹੱਕ ਸਮਝਾਉਂਦੇ ਹਨ ਅਤੇ ਦੱਸਦੇ ਹਨ ਕਿ ਕਿੱਥੇ ਜਾਣਾ ਹੈ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
svc-first-listening-for = ਸਾਰਿਆਂ ਲਈ, ਉਹਨਾਂ ਲਈ ਵੀ ਜਿਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਕਰਨਾ ਹੈ।

svc-social-worker = ਸੋਸ਼ਲ ਵਰਕਰ (assistente sociale) ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ
svc-social-worker-gives = ਸੋਸ਼ਲ ਵਰਕਰ ਤੁਹਾਡੀ ਸਥਿਤੀ ਨੂੰ ਸਮਝਦਾ ਹੈ ਅਤੇ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਮਦਦ ਦੀ ਯੋਜਨਾ ਬਣਾਉਂਦਾ ਹੈ।
svc-social-worker-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਸਥਿਤੀ ਔਖੀ ਹੈ ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਇੱਕੋ ਵੇਲੇ ਕਈ ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ।

svc-home-care = ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ (SAD)
svc-home-care-gives = ਇੱਕ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ ਘਰ ਆਉਂਦਾ ਹੈ। ਉਹ ਨਹਾਉਣ, ਕੱਪੜੇ ਪਾਉਣ ਅਤੇ ਘਰ ਸਾਫ਼ ਰੱਖਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ।
svc-home-care-for = ਉਹਨਾਂ ਲਈ ਜੋ ਹੁਣ ਰੋਜ਼ਾਨਾ ਦੇ ਕੰਮ ਆਪ ਨਹੀਂ ਕਰ ਸਕਦੇ।

svc-meals-at-home = ਘਰ ਵਿੱਚ ਖਾਣਾ
svc-meals-at-home-gives = ਹਰ ਰੋਜ਼ ਘਰ ਪਹੁੰਚਾਇਆ ਜਾਣ ਵਾਲਾ ਗਰਮ ਖਾਣਾ। ਕੀਮਤ ISEE ਦੇ ਅਧਾਰ 'ਤੇ ਹੁੰਦੀ ਹੈ।
svc-meals-at-home-for = ਉਹਨਾਂ ਲਈ ਜੋ ਹੁਣ ਆਪਣੇ ਲਈ ਖਾਣਾ ਨਹੀਂ ਬਣਾ ਸਕਦੇ।

svc-telecare = ਐਮਰਜੈਂਸੀ ਬਟਨ (Telesoccorso)
svc-telecare-gives = ਇੱਕ ਬਟਨ ਵਾਲੀ ਛੋਟੀ ਮਸ਼ੀਨ। ਜੇ ਤੁਸੀਂ ਬਟਨ ਦਬਾਉਂਦੇ ਹੋ, ਤਾਂ ਇੱਕ ਕੇਂਦਰ ਦਿਨ-ਰਾਤ ਜਵਾਬ ਦਿੰਦਾ ਹੈ ਅਤੇ ਮਦਦ ਭੇਜਦਾ ਹੈ।
svc-telecare-for = ਉਹਨਾਂ ਲਈ ਜੋ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਰੰਤ ਮਦਦ ਦੀ ਲੋੜ ਪੈ ਸਕਦੀ ਹੈ।

svc-civil-invalidity = ਸਿਵਲ ਅਪੰਗਤਾ (invalidità civile) ਲਈ ਅਰਜ਼ੀ
svc-civil-invalidity-gives = ਇਸ ਗੱਲ ਦੀ ਮਾਨਤਾ ਕਿ ਕੋਈ ਬਿਮਾਰੀ ਜ਼ਿੰਦਗੀ ਨੂੰ ਸੀਮਤ ਕਰਦੀ ਹੈ। ਇਸ ਨਾਲ ਹੋਰ ਮਦਦ ਅਤੇ ਪੈਸੇ ਲੈਣ ਦਾ ਰਾਹ ਖੁੱਲ੍ਹਦਾ ਹੈ।
svc-civil-invalidity-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਅਜਿਹੀ ਬਿਮਾਰੀ ਹੈ ਜੋ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਨੂੰ ਸੀਮਤ ਕਰਦੀ ਹੈ। ਪਹਿਲਾ ਕਦਮ ਫੈਮਿਲੀ ਡਾਕਟਰ (medico di famiglia) ਦਾ ਸਰਟੀਫਿਕੇਟ ਹੈ।

svc-attendance-allowance = ਦੇਖਭਾਲ ਭੱਤਾ (indennità di accompagnamento)
svc-attendance-allowance-gives = INPS ਵੱਲੋਂ ਹਰ ਮਹੀਨੇ ਪੈਸੇ, ਮਦਦ ਕਰਨ ਵਾਲੇ ਨੂੰ ਪੈਸੇ ਦੇਣ ਲਈ। ਇਹ ਆਮਦਨ 'ਤੇ ਨਿਰਭਰ ਨਹੀਂ ਕਰਦਾ।
svc-attendance-allowance-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਅਪੰਗਤਾ 100% ਹੈ ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਲਗਾਤਾਰ ਮਦਦ ਦੀ ਲੋੜ ਹੈ। ਇਹ ਡਾਕਟਰ ਦੇ ਨਵੇਂ ਸਰਟੀਫਿਕੇਟ ਨਾਲ ਮੰਗਿਆ ਜਾਂਦਾ ਹੈ।

svc-day-centre = ਬਜ਼ੁਰਗਾਂ ਲਈ ਦਿਨ ਵਾਲਾ ਕੇਂਦਰ (Centro diurno)
svc-day-centre-gives = ਦਿਨ ਬਿਤਾਉਣ ਲਈ ਇੱਕ ਥਾਂ। ਉੱਥੇ ਦੇਖਭਾਲ, ਖਾਣਾ ਅਤੇ ਗਤੀਵਿਧੀਆਂ ਹੁੰਦੀਆਂ ਹਨ। ਸ਼ਾਮ ਨੂੰ ਘਰ ਵਾਪਸ ਆ ਜਾਂਦੇ ਹਨ।
svc-day-centre-for = ਉਹਨਾਂ ਬਜ਼ੁਰਗਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਦਿਨ ਵੇਲੇ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ। ਅਰਜ਼ੀ PUA (ਸਾਂਝਾ ਪਹੁੰਚ ਦਫ਼ਤਰ) ਰਾਹੀਂ ਜਾਂਦੀ ਹੈ।

svc-carer-allowance = ਪਰਿਵਾਰ ਦੇ ਜੀਅ ਦੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ ਮਦਦ (Misura B2)
svc-carer-allowance-gives = ਖੇਤਰੀ ਸਰਕਾਰ (Regione) ਵੱਲੋਂ ਪੈਸੇ, ਉਹਨਾਂ ਲਈ ਜੋ ਘਰ ਵਿੱਚ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹਨ ਜੋ ਆਪਣੇ ਆਪ ਨਹੀਂ ਸੰਭਲ ਸਕਦਾ।
svc-carer-allowance-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਦੇਖਭਾਲ ਭੱਤਾ (accompagnamento) ਮਿਲਦਾ ਹੈ ਜਾਂ ਗੰਭੀਰ ਸਥਿਤੀ ਵਾਲੀ ਕਾਨੂੰਨ 104 (Legge 104) ਦੀ ਮਾਨਤਾ ਹੈ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਦੀ ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ ਜਾਂ ਇਕਰਾਰਨਾਮੇ ਵਾਲਾ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ (badante) ਕਰਦਾ ਹੈ। ਅਰਜ਼ੀ PUA ਰਾਹੀਂ ਜਾਂਦੀ ਹੈ।

svc-law-104-recognition = ਕਾਨੂੰਨ 104 (Legge 104) ਲਈ ਅਰਜ਼ੀ
svc-law-104-recognition-gives = ਅਪੰਗਤਾ ਦੀ ਮਾਨਤਾ। ਇਸ ਨਾਲ ਕੰਮ ਤੋਂ ਛੁੱਟੀਆਂ ਅਤੇ ਹੋਰ ਮਦਦ ਮਿਲਦੀ ਹੈ।
svc-law-104-recognition-for = ਅਪੰਗਤਾ ਵਾਲੇ ਲੋਕਾਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਪਰਿਵਾਰ ਵਾਲਿਆਂ ਲਈ।

svc-disabled-parking = ਪਾਰਕਿੰਗ ਲਈ ਅਪੰਗਤਾ ਕਾਰਡ (Contrassegno)
svc-disabled-parking-gives = ਗੱਡੀ ਲਈ ਇੱਕ ਕਾਰਡ। ਇਸ ਨਾਲ ਅਪੰਗ ਲੋਕਾਂ ਲਈ ਰੱਖੀਆਂ ਥਾਵਾਂ 'ਤੇ ਗੱਡੀ ਖੜ੍ਹੀ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ।
svc-disabled-parking-for = ਉਹਨਾਂ ਲਈ ਜੋ ਬਹੁਤ ਮੁਸ਼ਕਲ ਨਾਲ ਤੁਰਦੇ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਦਿਖਾਈ ਨਹੀਂ ਦਿੰਦਾ।

svc-social-transport = ਸਮਾਜਿਕ ਆਵਾਜਾਈ (Trasporto sociale)
svc-social-transport-gives = ਇੱਕ ਕਾਰ ਜਾਂ ਛੋਟੀ ਬੱਸ ਡਾਕਟਰੀ ਜਾਂਚ, ਇਲਾਜ ਜਾਂ ਦਿਨ ਵਾਲੇ ਕੇਂਦਰ ਤੱਕ ਲੈ ਜਾਂਦੀ ਹੈ।
svc-social-transport-for = ਉਹਨਾਂ ਲਈ ਜੋ ਜਨਤਕ ਆਵਾਜਾਈ (ਬੱਸ, ਰੇਲ) ਵਿੱਚ ਇਕੱਲੇ ਆ-ਜਾ ਨਹੀਂ ਸਕਦੇ।

svc-targeted-employment = ਅਪੰਗਤਾ ਵਾਲਿਆਂ ਲਈ ਰੁਜ਼ਗਾਰ (Collocamento mirato)
svc-targeted-employment-gives = ਢੁਕਵਾਂ ਕੰਮ ਲੱਭਣ ਵਿੱਚ ਮਦਦ। ਕੰਪਨੀਆਂ ਲਈ ਅਪੰਗਤਾ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਨੌਕਰੀ ਦੇਣਾ ਜ਼ਰੂਰੀ ਹੈ।
svc-targeted-employment-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਅਪੰਗਤਾ 46% ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਹੈ ਅਤੇ ਜੋ ਕੰਮ ਲੱਭ ਰਹੇ ਹਨ।

svc-school-assistant = ਸਕੂਲ ਵਿੱਚ ਸਹਾਇਕ
svc-school-assistant-gives = ਇੱਕ ਸਿੱਖਿਅਕ (educatore) ਸਕੂਲ ਵਿੱਚ ਅਪੰਗਤਾ ਵਾਲੇ ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਦੀ ਮਦਦ ਕਰਦਾ ਹੈ।
svc-school-assistant-for = ਅਪੰਗਤਾ ਵਾਲੇ ਵਿਦਿਆਰਥੀਆਂ ਲਈ। ਨਰਸਰੀ ਸਕੂਲ (asilo) ਤੋਂ ਹਾਈ ਸਕੂਲ (scuole superiori) ਤੱਕ ਲਾਗੂ ਹੈ।

svc-disability-day-centre = ਅਪੰਗਤਾ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਦਿਨ ਵਾਲਾ ਕੇਂਦਰ (Centro diurno)
svc-disability-day-centre-gives = ਦਿਨ ਬਿਤਾਉਣ ਲਈ ਇੱਕ ਥਾਂ, ਗਤੀਵਿਧੀਆਂ ਅਤੇ ਦੇਖਭਾਲ ਨਾਲ। ਸ਼ਾਮ ਨੂੰ ਘਰ ਵਾਪਸ ਆ ਜਾਂਦੇ ਹਨ।
svc-disability-day-centre-for = ਅਪੰਗਤਾ ਵਾਲੇ ਬਾਲਗਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਹਰ ਰੋਜ਼ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ। ਅਰਜ਼ੀ PUA ਰਾਹੀਂ ਜਾਂਦੀ ਹੈ।

svc-invalidity-pension = ਅਪੰਗਤਾ ਭੱਤਾ ਜਾਂ ਪੈਨਸ਼ਨ (Assegno o pensione di invalidità)
svc-invalidity-pension-gives = INPS ਵੱਲੋਂ ਹਰ ਮਹੀਨੇ ਪੈਸੇ: 74% ਅਪੰਗਤਾ ਤੋਂ ਭੱਤਾ (assegno), 100% 'ਤੇ ਪੈਨਸ਼ਨ।
svc-invalidity-pension-for = 18 ਤੋਂ 66 ਸਾਲ ਦੇ ਲੋਕਾਂ ਲਈ, ਜਿਨ੍ਹਾਂ ਦੀ ਅਪੰਗਤਾ 74% ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਹੈ ਅਤੇ ਆਮਦਨ ਘੱਟ ਹੈ।

svc-child-benefit = ਬੱਚਿਆਂ ਲਈ ਸਾਂਝਾ ਭੱਤਾ (Assegno Unico)
svc-child-benefit-gives = ਹਰ ਬੱਚੇ ਲਈ ਹਰ ਮਹੀਨੇ ਪੈਸੇ, ਗਰਭ ਦੇ ਸੱਤਵੇਂ ਮਹੀਨੇ ਤੋਂ 21 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ। ISEE ਹੋਣ ਨਾਲ ਵੱਧ ਪੈਸੇ ਮਿਲਦੇ ਹਨ।
svc-child-benefit-for = ਬੱਚਿਆਂ ਵਾਲੇ ਸਾਰੇ ਪਰਿਵਾਰਾਂ ਲਈ।

svc-nursery-bonus = ਕਰੈੱਚ ਲਈ ਬੋਨਸ (Bonus asilo nido)
svc-nursery-bonus-gives = INPS ਵੱਲੋਂ ਪੈਸੇ, ਕਰੈੱਚ ਦੀ ਫ਼ੀਸ ਜਾਂ ਛੋਟੇ ਬੱਚਿਆਂ ਲਈ ਘਰ ਵਿੱਚ ਮਦਦ ਦਾ ਖ਼ਰਚਾ ਦੇਣ ਲਈ।
svc-nursery-bonus-for = 3 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਵਾਲੇ ਪਰਿਵਾਰਾਂ ਲਈ। ਘੱਟ ISEE ਹੋਣ ਨਾਲ ਵੱਧ ਪੈਸੇ ਮਿਲਦੇ ਹਨ।

svc-municipal-nursery = ਨਗਰਪਾਲਿਕਾ ਦਾ ਕਰੈੱਚ (Asilo nido del Comune)
svc-municipal-nursery-gives = ਕਰੈੱਚ ਵਿੱਚ ਇੱਕ ਥਾਂ। ਜਿਨ੍ਹਾਂ ਦਾ ISEE ਘੱਟ ਹੈ, ਉਹ ਘੱਟ ਫ਼ੀਸ ਦਿੰਦੇ ਹਨ।
svc-municipal-nursery-for = 3 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਵਾਲੇ ਪਰਿਵਾਰਾਂ ਲਈ।

svc-school-grant = ਕਿਤਾਬਾਂ ਅਤੇ ਸਕੂਲ ਦੇ ਸਮਾਨ ਲਈ ਮਦਦ (Dote Scuola)
svc-school-grant-gives = ਖੇਤਰੀ ਸਰਕਾਰ (Regione) ਵੱਲੋਂ ਇੱਕ ਵਾਊਚਰ, ਕਿਤਾਬਾਂ ਅਤੇ ਸਕੂਲ ਦਾ ਸਮਾਨ ਖ਼ਰੀਦਣ ਲਈ।
svc-school-grant-for = ਮਿਡਲ ਸਕੂਲ (medie) ਅਤੇ ਹਾਈ ਸਕੂਲ (superiori) ਦੇ ਵਿਦਿਆਰਥੀਆਂ ਲਈ, ਜਿਨ੍ਹਾਂ ਦਾ ISEE 15,748 ਯੂਰੋ ਤੱਕ ਹੈ।

svc-school-meals-discount = ਸਕੂਲ ਦੇ ਖਾਣੇ (mensa) ਅਤੇ ਸਕੂਲ ਬੱਸ 'ਤੇ ਛੋਟ
svc-school-meals-discount-gives = ਨਗਰਪਾਲਿਕਾ ਸਕੂਲ ਦੇ ਖਾਣੇ ਅਤੇ ਸਕੂਲ ਬੱਸ ਦੇ ਘੱਟ ਪੈਸੇ ਲੈਂਦੀ ਹੈ।
svc-school-meals-discount-for = ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਬੱਚੇ ਨਰਸਰੀ ਸਕੂਲ (scuola dell'infanzia), ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ (primaria) ਜਾਂ ਮਿਡਲ ਸਕੂਲ (medie) ਵਿੱਚ ਹਨ। ਜਿਨ੍ਹਾਂ ਦਾ ISEE ਘੱਟ ਹੈ, ਉਹ ਘੱਟ ਪੈਸੇ ਦਿੰਦੇ ਹਨ।

svc-family-centre = ਪਰਿਵਾਰ ਕੇਂਦਰ (Centro per la famiglia)
svc-family-centre-gives = ਮਾਪਿਆਂ ਲਈ ਮੁਲਾਕਾਤਾਂ ਅਤੇ ਸਲਾਹ, ਗਰਭ ਦੌਰਾਨ ਵੀ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
svc-family-centre-for = ਮਾਵਾਂ, ਪਿਤਾਵਾਂ ਅਤੇ ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਘਰ ਬੱਚਾ ਆਉਣ ਵਾਲਾ ਹੈ।

svc-birth-bonus = ਨਵੇਂ ਜਨਮੇ ਬੱਚਿਆਂ ਲਈ ਬੋਨਸ (Bonus per i nuovi nati)
svc-birth-bonus-gives = ਹਰ ਜਨਮੇ ਜਾਂ ਗੋਦ ਲਏ ਬੱਚੇ ਲਈ 1,000 ਯੂਰੋ। ਅਰਜ਼ੀ ਜਨਮ ਤੋਂ 120 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਦੇਣੀ ਪੈਂਦੀ ਹੈ।
svc-birth-bonus-for = 2025 ਤੋਂ ਜਨਮੇ ਜਾਂ ਗੋਦ ਲਏ ਬੱਚਿਆਂ ਲਈ, ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 40,000 ਯੂਰੋ ਤੱਕ ਹੈ।

svc-inclusion-allowance = ਸ਼ਮੂਲੀਅਤ ਭੱਤਾ (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = ਹਰ ਮਹੀਨੇ ਪੈਸੇ, ਅਤੇ ਗ਼ਰੀਬੀ ਤੋਂ ਨਿਕਲਣ ਲਈ ਸਮਾਜ ਭਲਾਈ ਸੇਵਾਵਾਂ ਨਾਲ ਮਿਲ ਕੇ ਇੱਕ ਯੋਜਨਾ।
svc-inclusion-allowance-for = ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 10,140 ਯੂਰੋ ਤੱਕ ਹੈ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਵਿੱਚ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦਾ ਬੱਚਾ, ਅਪੰਗਤਾ ਵਾਲਾ ਵਿਅਕਤੀ ਜਾਂ 60 ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦਾ ਵਿਅਕਤੀ ਹੈ। ਇਟਲੀ ਵਿੱਚ 5 ਸਾਲ ਰਹਿਣਾ ਜ਼ਰੂਰੀ ਹੈ। ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਏ ਲੋਕਾਂ ਕੋਲ ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ ਪਰਮਿਟ (permesso di lungo periodo) ਜਾਂ ਸੁਰੱਖਿਆ (protezione) ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।

svc-training-support = ਸਿਖਲਾਈ ਅਤੇ ਕੰਮ ਲਈ ਸਹਾਇਤਾ (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = ਜਦੋਂ ਤੁਸੀਂ ਕੋਈ ਕੋਰਸ ਜਾਂ ਕੰਮ ਦਾ ਪ੍ਰੋਜੈਕਟ ਕਰਦੇ ਹੋ, ਉਸ ਦੌਰਾਨ ਹਰ ਮਹੀਨੇ 500 ਯੂਰੋ।
svc-training-support-for = 18 ਤੋਂ 59 ਸਾਲ ਦੇ ਬੇਰੁਜ਼ਗਾਰ ਲੋਕਾਂ ਲਈ, ਜਿਨ੍ਹਾਂ ਦਾ ISEE 10,140 ਯੂਰੋ ਤੱਕ ਹੈ। ਇਟਲੀ ਵਿੱਚ ਸਾਲਾਂ ਅਤੇ ਪਰਮਿਟ ਬਾਰੇ ਉਹੀ ਨਿਯਮ ਲਾਗੂ ਹਨ ਜੋ ADI ਲਈ ਹਨ।

svc-unemployment-benefit = NASpI (ਬੇਰੁਜ਼ਗਾਰੀ ਭੱਤਾ)
svc-unemployment-benefit-gives = ਕੰਮ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ INPS ਵੱਲੋਂ ਹਰ ਮਹੀਨੇ ਪੈਸੇ। ਅਰਜ਼ੀ 68 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਦੇਣੀ ਪੈਂਦੀ ਹੈ।
svc-unemployment-benefit-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦਾ ਕੰਮ ਉਹਨਾਂ ਦੀ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਛੁੱਟ ਗਿਆ ਹੈ।

svc-job-centre = ਰੁਜ਼ਗਾਰ ਕੇਂਦਰ (Centro per l'impiego)
svc-job-centre-gives = ਕੰਮ ਲੱਭਣ ਵਿੱਚ ਮਦਦ, ਮੁਫ਼ਤ ਕੋਰਸ ਅਤੇ ਬੇਰੁਜ਼ਗਾਰ ਵਜੋਂ ਨਾਮ ਦਰਜ ਕਰਵਾਉਣਾ।
svc-job-centre-for = ਉਹਨਾਂ ਲਈ ਜੋ ਕੰਮ ਲੱਭ ਰਹੇ ਹਨ।

svc-energy-bonus = ਬਿਜਲੀ, ਗੈਸ ਅਤੇ ਪਾਣੀ ਲਈ ਸਮਾਜਿਕ ਬੋਨਸ (Bonus sociale)
svc-energy-bonus-gives = ਬਿੱਲਾਂ 'ਤੇ ਛੋਟ। ਜਦੋਂ ਤੁਸੀਂ ISEE ਬਣਵਾਉਂਦੇ ਹੋ, ਇਹ ਆਪਣੇ ਆਪ ਮਿਲ ਜਾਂਦੀ ਹੈ।
svc-energy-bonus-for = ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 9,530 ਯੂਰੋ ਤੱਕ ਹੈ, ਜਾਂ ਘੱਟੋ-ਘੱਟ 4 ਬੱਚੇ ਹੋਣ 'ਤੇ 20,000 ਯੂਰੋ ਤੱਕ।

svc-isee-help = ISEE ਮੁਫ਼ਤ ਬਣਵਾਓ
svc-isee-help-gives = ਕੋਈ CAF (ਮੁਫ਼ਤ ਮਦਦ ਦਫ਼ਤਰ) ਤੁਹਾਡੇ ਤੋਂ ਪੈਸੇ ਲਏ ਬਿਨਾਂ ਤੁਹਾਡਾ ISEE ਕੱਢਦਾ ਹੈ। ਇਹ ਲਗਭਗ ਹਰ ਮਦਦ ਲਈ ਜ਼ਰੂਰੀ ਹੈ।
svc-isee-help-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਅਜੇ ਇਸ ਸਾਲ ਦਾ ISEE ਨਹੀਂ ਹੈ, ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਉਹਨਾਂ ਕੋਲ ਹੈ ਜਾਂ ਨਹੀਂ।

svc-food-aid = ਖਾਣੇ ਲਈ ਮਦਦ
svc-food-aid-gives = ਖਾਣੇ ਦੇ ਪੈਕੇਟ, ਜਾਂ ਸਸਤੀ ਸਮਾਜਿਕ ਦੁਕਾਨ (emporio solidale) ਲਈ ਕਾਰਡ। ਤੁਰੰਤ ਵੀ ਮਿਲ ਸਕਦੀ ਹੈ।
svc-food-aid-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਖਾਣ ਲਈ ਕਾਫ਼ੀ ਨਹੀਂ ਹੈ।

svc-emergency-grant = ਨਗਰਪਾਲਿਕਾ ਵੱਲੋਂ ਪੈਸਿਆਂ ਦੀ ਮਦਦ (Contributo economico)
svc-emergency-grant-gives = ਜ਼ਰੂਰੀ ਖ਼ਰਚਿਆਂ ਲਈ, ਜਿਵੇਂ ਬਿੱਲ ਜਾਂ ਖਾਣਾ, ਇੱਕ ਵਾਰ ਦਿੱਤੀ ਜਾਣ ਵਾਲੀ ਪੈਸਿਆਂ ਦੀ ਮਦਦ।
svc-emergency-grant-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਪੈਸਿਆਂ ਦੀ ਜ਼ਰੂਰੀ ਸਮੱਸਿਆ ਹੈ। ਫ਼ੈਸਲਾ ਸੋਸ਼ਲ ਵਰਕਰ (assistente sociale) ਕਰਦਾ ਹੈ।

svc-rent-support = ਕਿਰਾਏ ਲਈ ਮਦਦ (Contributo per l'affitto)
svc-rent-support-gives = ਕਿਰਾਏ ਦਾ ਕੁਝ ਹਿੱਸਾ ਭਰਨ ਲਈ ਪੈਸੇ। ਇਹ ਨਗਰਪਾਲਿਕਾ ਖੇਤਰੀ ਸਰਕਾਰ (Regione) ਨਾਲ ਮਿਲ ਕੇ ਦਿੰਦੀ ਹੈ।
svc-rent-support-for = ਉਹਨਾਂ ਲਈ ਜੋ ਕਿਰਾਇਆ ਦਿੰਦੇ ਹਨ ਅਤੇ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 26,000 ਯੂਰੋ ਤੱਕ ਹੈ।

svc-arrears-fund = ਨਾ ਦਿੱਤੇ ਕਿਰਾਏ ਲਈ ਫ਼ੰਡ (morosità incolpevole)
svc-arrears-fund-gives = ਬਕਾਇਆ ਕਿਰਾਇਆ ਭਰਨ ਅਤੇ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (sfratto) ਰੋਕਣ ਲਈ ਪੈਸੇ।
svc-arrears-fund-for = ਉਹਨਾਂ ਲਈ ਜੋ ਕਿਰਾਇਆ ਨਹੀਂ ਦੇ ਸਕਦੇ ਕਿਉਂਕਿ ਉਹਨਾਂ ਦਾ ਕੰਮ ਜਾਂ ਆਮਦਨ ਚਲੀ ਗਈ ਹੈ।

svc-social-housing = ਸਰਕਾਰੀ ਘਰ (casa popolare, SAP)
svc-social-housing-gives = ਘੱਟ ਕਿਰਾਏ ਵਾਲਾ ਘਰ। ਅਰਜ਼ੀ ਉਦੋਂ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ ਜਦੋਂ ਅਰਜ਼ੀਆਂ ਦੀ ਸੂਚਨਾ (bando) ਖੁੱਲ੍ਹਦੀ ਹੈ।
svc-social-housing-for = ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਆਪਣੀ ਮਾਲਕੀ ਵਾਲਾ ਘਰ ਨਹੀਂ ਹੈ ਅਤੇ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 16,000 ਯੂਰੋ ਤੱਕ ਹੈ।

svc-housing-emergency = ਘਰ ਦੀ ਐਮਰਜੈਂਸੀ (Emergenza casa)
svc-housing-emergency-gives = ਕੁਝ ਸਮੇਂ ਲਈ ਰਹਿਣ ਦੀ ਥਾਂ, ਜਦੋਂ ਤੱਕ ਘਰ ਲੱਭਿਆ ਜਾ ਰਿਹਾ ਹੈ।
svc-housing-emergency-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦਾ ਘਰ ਛੁੱਟਣ ਵਾਲਾ ਹੈ ਜਾਂ ਜਿਨ੍ਹਾਂ ਕੋਲ ਘਰ ਨਹੀਂ ਹੈ।

svc-night-shelter = ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਥਾਂ
svc-night-shelter-gives = ਰਾਤ ਲਈ ਇੱਕ ਬਿਸਤਰਾ, ਨਹਾਉਣ ਦੀ ਥਾਂ ਅਤੇ ਖਾਣਾ। ਇਹ ਥਾਂ ਸਮਾਜਿਕ ਐਮਰਜੈਂਸੀ ਸੇਵਾ (Pronto Intervento Sociale) ਲੱਭਦੀ ਹੈ, ਰਾਤ ਨੂੰ ਵੀ।
svc-night-shelter-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਨਹੀਂ ਹੈ।

svc-family-doctor = ਸਿਹਤ ਸੇਵਾ (servizio sanitario) ਵਿੱਚ ਨਾਮ ਦਰਜ ਕਰਵਾਉਣਾ ਅਤੇ ਫੈਮਿਲੀ ਡਾਕਟਰ
svc-family-doctor-gives = ਮੁਫ਼ਤ ਫੈਮਿਲੀ ਡਾਕਟਰ (medico di famiglia) ਅਤੇ ਸਿਹਤ ਕਾਰਡ (tessera sanitaria)।
svc-family-doctor-for = ਉਹਨਾਂ ਲਈ ਜੋ ਇਟਲੀ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਜਿਨ੍ਹਾਂ ਦਾ ਅਜੇ ਕੋਈ ਡਾਕਟਰ ਨਹੀਂ ਹੈ। ਪਰਮਿਟ ਨਵਿਆਉਣ ਦੀ ਰਸੀਦ ਨਾਲ ਵੀ ਇਹ ਹੋ ਸਕਦਾ ਹੈ।

svc-stp-code = ਇਲਾਜ ਲਈ STP ਕੋਡ
svc-stp-code-gives = ਜ਼ਰੂਰੀ ਅਤੇ ਮੁੱਢਲਾ ਇਲਾਜ ਲੈਣ ਲਈ ਇੱਕ ਕੋਡ, ਪਰਮਿਟ ਤੋਂ ਬਿਨਾਂ ਵੀ। ਕੋਈ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਪੁਲਿਸ ਨੂੰ ਨਹੀਂ ਕਰਦਾ।
svc-stp-code-for = ਉਹਨਾਂ ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਵੈਧ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਨਹੀਂ ਹੈ।

svc-home-nursing = ਘਰ ਵਿੱਚ ਇਲਾਜ (ADI)
svc-home-nursing-gives = ਨਰਸਾਂ ਅਤੇ ਡਾਕਟਰ ਘਰ ਆਉਂਦੇ ਹਨ। ਇਸ ਲਈ ਫੈਮਿਲੀ ਡਾਕਟਰ ਦੀ ਬੇਨਤੀ ਜ਼ਰੂਰੀ ਹੈ। PUA ਜਾਂਚ ਲਈ ਮੁਲਾਕਾਤ ਦਾ ਪ੍ਰਬੰਧ ਕਰਦਾ ਹੈ।
svc-home-nursing-for = ਉਹਨਾਂ ਲਈ ਜੋ ਇਲਾਜ ਲਈ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾ ਸਕਦੇ।

svc-mental-health-centre = ਮਾਨਸਿਕ ਸਿਹਤ ਕੇਂਦਰ (CPS)
svc-mental-health-centre-gives = ਮਨੋਵਿਗਿਆਨੀ ਅਤੇ ਡਾਕਟਰ ਜੋ ਗੱਲ ਸੁਣਦੇ ਹਨ ਅਤੇ ਇਲਾਜ ਕਰਦੇ ਹਨ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
svc-mental-health-centre-for = ਘਬਰਾਹਟ, ਬਹੁਤ ਜ਼ਿਆਦਾ ਉਦਾਸੀ ਜਾਂ ਮਨ ਦੀਆਂ ਹੋਰ ਸਮੱਸਿਆਵਾਂ ਵਾਲੇ ਬਾਲਗਾਂ ਲਈ।

svc-addiction-service = ਨਸ਼ਾ ਛੁਡਾਊ ਸੇਵਾ (SerD)
svc-addiction-service-gives = ਸ਼ਰਾਬ, ਨਸ਼ੇ ਜਾਂ ਜੂਏ ਲਈ ਮਦਦ ਅਤੇ ਇਲਾਜ। ਇਹ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ, ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ ਵੀ।
svc-addiction-service-for = ਨਸ਼ੇ ਦੀ ਆਦਤ ਵਾਲੇ ਲੋਕਾਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਪਰਿਵਾਰ ਵਾਲਿਆਂ ਲਈ।

svc-consultorio = ਪਰਿਵਾਰਕ ਸਿਹਤ ਕੇਂਦਰ (Consultorio familiare)
svc-consultorio-gives = ਗਰਭ, ਗਰਭ-ਨਿਰੋਧ ਅਤੇ ਔਰਤਾਂ ਦੀ ਸਿਹਤ ਬਾਰੇ ਜਾਂਚ ਅਤੇ ਸਲਾਹ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
svc-consultorio-for = ਔਰਤਾਂ, ਜੋੜਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ।

svc-permit-renewal = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਨਵਿਆਉਣਾ
svc-permit-renewal-gives = ਅਰਜ਼ੀ ਤਿਆਰ ਕਰਨ ਵਿੱਚ ਮਦਦ। ਇਹ ਡਾਕਖ਼ਾਨੇ (Poste) ਦੀ ਕਿੱਟ ਨਾਲ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।
svc-permit-renewal-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਪਰਮਿਟ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋਣ ਵਾਲੀ ਹੈ ਜਾਂ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ। ਮਿਆਦ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਅਰਜ਼ੀ ਦਿਓ।

svc-family-reunification = ਪਰਿਵਾਰ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ (Ricongiungimento familiare)
svc-family-reunification-gives = ਪਤੀ/ਪਤਨੀ, ਬੱਚਿਆਂ ਜਾਂ ਮਾਪਿਆਂ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣ ਦੀ ਇਜਾਜ਼ਤ ਮੰਗਣ ਵਿੱਚ ਮਦਦ।
svc-family-reunification-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਵੈਧ ਪਰਮਿਟ, ਆਮਦਨ ਅਤੇ ਢੁਕਵਾਂ ਘਰ ਹੈ।

svc-long-term-permit = ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ ਪਰਮਿਟ (Permesso di lungo periodo)
svc-long-term-permit-gives = ਅਜਿਹਾ ਪਰਮਿਟ ਜਿਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਨਹੀਂ ਹੁੰਦੀ। ਇਸ ਲਈ A2 ਪੱਧਰ ਦਾ ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ ਟੈਸਟ ਜ਼ਰੂਰੀ ਹੈ।
svc-long-term-permit-for = ਉਹਨਾਂ ਲਈ ਜੋ ਘੱਟੋ-ਘੱਟ 5 ਸਾਲਾਂ ਤੋਂ ਪਰਮਿਟ ਨਾਲ ਇਟਲੀ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਜਿਨ੍ਹਾਂ ਦੀ ਆਮਦਨ ਹੈ।

svc-italian-course = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ ਮੁਫ਼ਤ ਕੋਰਸ
svc-italian-course-gives = ਬਾਲਗਾਂ ਲਈ ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦੀਆਂ ਕਲਾਸਾਂ, ਅਖੀਰ ਵਿੱਚ ਸਰਟੀਫਿਕੇਟ ਨਾਲ।
svc-italian-course-for = ਉਹਨਾਂ ਵਿਦੇਸ਼ੀ ਬਾਲਗਾਂ ਲਈ ਜੋ ਇਤਾਲਵੀ ਸਿੱਖਣਾ ਚਾਹੁੰਦੇ ਹਨ।

svc-migrant-legal-advice = ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਕਾਨੂੰਨੀ ਸਲਾਹ
svc-migrant-legal-advice-gives = ਇੱਕ ਮਾਹਰ ਸਮਝਾਉਂਦਾ ਹੈ ਕਿ ਪਰਮਿਟ ਜਾਂ ਸ਼ਰਨ (asilo) ਲਈ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
svc-migrant-legal-advice-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਵੈਧ ਪਰਮਿਟ ਨਹੀਂ ਹੈ ਜਾਂ ਜੋ ਸ਼ਰਨ ਦੀ ਅਰਜ਼ੀ ਦੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਹਨ।

svc-emergency-112 = ਐਮਰਜੈਂਸੀ ਨੰਬਰ 112
svc-emergency-112-gives = ਪੁਲਿਸ, ਕਾਰਾਬਿਨੀਏਰੀ (carabinieri) ਅਤੇ ਐਂਬੂਲੈਂਸ। ਹਮੇਸ਼ਾ ਜਵਾਬ ਦਿੰਦਾ ਹੈ, ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ।
svc-emergency-112-for = ਉਹਨਾਂ ਲਈ ਜੋ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹਨ।

svc-helpline-1522 = ਹਿੰਸਾ-ਵਿਰੋਧੀ ਨੰਬਰ 1522
svc-helpline-1522-gives = ਇੱਕ ਮੁਫ਼ਤ ਨੰਬਰ ਜੋ ਦਿਨ-ਰਾਤ ਜਵਾਬ ਦਿੰਦਾ ਹੈ, ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ। ਇਹ ਫ਼ੋਨ ਦੇ ਬਿੱਲ ਵਿੱਚ ਨਹੀਂ ਦਿਖਾਈ ਦਿੰਦਾ।
svc-helpline-1522-for = ਉਹਨਾਂ ਲਈ ਜੋ ਹਿੰਸਾ ਸਹਿ ਰਹੇ ਹਨ ਜਾਂ ਡਰਦੇ ਹਨ, ਅਤੇ ਉਹਨਾਂ ਲਈ ਜੋ ਮਦਦ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹਨ।

svc-anti-violence-centre = ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ (Centro antiviolenza)
svc-anti-violence-centre-gives = ਤਜਰਬੇਕਾਰ ਔਰਤਾਂ ਗੱਲ ਸੁਣਦੀਆਂ ਹਨ ਅਤੇ ਮਦਦ ਕਰਦੀਆਂ ਹਨ। ਇਹ ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਹੈ। ਕੀ ਕਰਨਾ ਹੈ, ਇਹ ਤੁਸੀਂ ਖ਼ੁਦ ਫ਼ੈਸਲਾ ਕਰਦੇ ਹੋ।
svc-anti-violence-centre-for = ਉਹਨਾਂ ਔਰਤਾਂ ਲਈ ਜੋ ਹਿੰਸਾ ਸਹਿ ਰਹੀਆਂ ਹਨ, ਪੁਲਿਸ ਕੋਲ ਸ਼ਿਕਾਇਤ (denuncia) ਕੀਤੇ ਬਿਨਾਂ ਵੀ।

svc-safe-house = ਸੁਰੱਖਿਅਤ ਘਰ (Casa rifugio)
svc-safe-house-gives = ਰਹਿਣ ਲਈ ਇੱਕ ਸੁਰੱਖਿਅਤ ਅਤੇ ਗੁਪਤ ਥਾਂ, ਬੱਚਿਆਂ ਨਾਲ ਵੀ।
svc-safe-house-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਲਈ ਘਰ ਛੱਡਣਾ ਪੈਂਦਾ ਹੈ।

svc-children-protection = ਬੱਚਿਆਂ ਲਈ ਸਹਾਰਾ
svc-children-protection-gives = ਉਹਨਾਂ ਬੱਚਿਆਂ ਲਈ ਮਦਦ ਜੋ ਘਰ ਵਿੱਚ ਹਿੰਸਾ ਦੇਖਦੇ ਜਾਂ ਸਹਿੰਦੇ ਹਨ।
svc-children-protection-for = ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਬੱਚੇ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ।

svc-free-lawyer = ਮੁਫ਼ਤ ਵਕੀਲ
svc-free-lawyer-gives = ਸਰਕਾਰ ਵੱਲੋਂ ਪੈਸੇ ਦਿੱਤਾ ਜਾਣ ਵਾਲਾ ਵਕੀਲ, ਆਮਦਨ ਭਾਵੇਂ ਕਿੰਨੀ ਵੀ ਹੋਵੇ।
svc-free-lawyer-for = ਉਹਨਾਂ ਲਈ ਜੋ ਪਰਿਵਾਰ ਵਿੱਚ ਹਿੰਸਾ ਜਾਂ ਪਿੱਛਾ ਕਰਕੇ ਤੰਗ ਕਰਨਾ (stalking) ਸਹਿ ਰਹੇ ਹਨ। ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ ਵਕੀਲ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ।

svc-universal-benefit = ਸਰਬ-ਵਿਆਪੀ ਭੱਤਾ (Prestazione universale)
svc-universal-benefit-gives = ਦੇਖਭਾਲ ਭੱਤੇ (accompagnamento) ਤੋਂ ਇਲਾਵਾ ਹਰ ਮਹੀਨੇ 850 ਯੂਰੋ ਹੋਰ, ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਨੂੰ ਪੈਸੇ ਦੇਣ ਲਈ।
svc-universal-benefit-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 80 ਸਾਲ ਹੈ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਦੇਖਭਾਲ ਭੱਤਾ ਮਿਲਦਾ ਹੈ ਅਤੇ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 6,000 ਯੂਰੋ ਤੱਕ ਹੈ।

svc-social-pension = ਸਮਾਜਿਕ ਭੱਤਾ (Assegno sociale)
svc-social-pension-gives = INPS ਵੱਲੋਂ ਹਰ ਮਹੀਨੇ ਪੈਸੇ, ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਗੁਜ਼ਾਰੇ ਲਈ ਬਹੁਤ ਥੋੜ੍ਹਾ ਹੈ ਜਾਂ ਕੁਝ ਵੀ ਨਹੀਂ।
svc-social-pension-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 67 ਸਾਲ ਹੈ ਅਤੇ ਆਮਦਨ ਥੋੜ੍ਹੀ ਹੈ। ਇਟਲੀ ਵਿੱਚ 10 ਸਾਲ ਰਹਿਣਾ ਜ਼ਰੂਰੀ ਹੈ।

svc-residential-care = ਦੇਖਭਾਲ ਘਰ (RSA) ਅਤੇ ਆਰਾਮ ਲਈ ਥੋੜ੍ਹੇ ਸਮੇਂ ਦਾ ਦਾਖ਼ਲਾ (ricoveri di sollievo)
svc-residential-care-gives = ਦੇਖਭਾਲ ਵਾਲੀ ਕਿਸੇ ਸੰਸਥਾ ਵਿੱਚ ਇੱਕ ਥਾਂ, ਹਮੇਸ਼ਾ ਲਈ ਜਾਂ ਕੁਝ ਹਫ਼ਤਿਆਂ ਲਈ, ਤਾਂ ਜੋ ਪਰਿਵਾਰ ਆਰਾਮ ਕਰ ਸਕੇ।
svc-residential-care-for = ਉਹਨਾਂ ਲਈ ਜੋ ਹੁਣ ਘਰ ਵਿੱਚ ਇਕੱਲੇ ਨਹੀਂ ਰਹਿ ਸਕਦੇ। ਅਰਜ਼ੀ PUA ਰਾਹੀਂ ਜਾਂਦੀ ਹੈ, ਜੋ ਜਾਂਚ ਕਰਦਾ ਹੈ।

svc-care-worker-help = ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ (badante) ਲੱਭਣ ਵਿੱਚ ਮਦਦ
svc-care-worker-help-gives = ਦਫ਼ਤਰ ਇੱਕ ਚੰਗਾ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ ਲੱਭਣ ਅਤੇ ਇਕਰਾਰਨਾਮਾ ਕਰਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ।
svc-care-worker-help-for = ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜੋ ਘਰ ਵਿੱਚ ਕਿਸੇ ਬਜ਼ੁਰਗ ਦੀ ਦੇਖਭਾਲ ਲਈ ਕਿਸੇ ਨੂੰ ਲੱਭ ਰਹੇ ਹਨ।

svc-measure-b1 = Misura B1 (ਬਹੁਤ ਗੰਭੀਰ ਅਪੰਗਤਾ)
svc-measure-b1-gives = ਹਰ ਮਹੀਨੇ ਪੈਸੇ ਅਤੇ ਦੇਖਭਾਲ ਦੀ ਯੋਜਨਾ, ਉਹਨਾਂ ਲਈ ਜੋ ਘਰ ਵਿੱਚ ਬਹੁਤ ਗੰਭੀਰ ਅਪੰਗਤਾ ਵਾਲੇ ਵਿਅਕਤੀ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹਨ।
svc-measure-b1-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਦੇਖਭਾਲ ਭੱਤਾ (accompagnamento) ਮਿਲਦਾ ਹੈ ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਦਿਨ-ਰਾਤ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ। ਇਸ ਦੀ ਜਾਂਚ ਸਥਾਨਕ ਸਿਹਤ ਵਿਭਾਗ (Azienda sanitaria) ਕਰਦਾ ਹੈ।

svc-support-administrator = ਸਹਾਇਕ ਪ੍ਰਬੰਧਕ (Amministratore di sostegno)
svc-support-administrator-gives = ਜੱਜ ਇੱਕ ਵਿਅਕਤੀ ਨੂੰ ਨਿਯੁਕਤ ਕਰਦਾ ਹੈ, ਅਕਸਰ ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ, ਜੋ ਪੈਸੇ ਅਤੇ ਕਾਗ਼ਜ਼-ਪੱਤਰ ਸੰਭਾਲਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ। ਵਕੀਲ ਦੀ ਲੋੜ ਨਹੀਂ।
svc-support-administrator-for = ਉਹਨਾਂ ਲਈ ਜੋ ਹੁਣ ਆਪਣੇ ਪੈਸੇ ਅਤੇ ਕਾਗ਼ਜ਼ੀ ਕੰਮ ਆਪ ਨਹੀਂ ਸੰਭਾਲ ਸਕਦੇ।

svc-ticket-exemption = ਡਾਕਟਰੀ ਫ਼ੀਸ (ticket) ਤੋਂ ਛੋਟ
svc-ticket-exemption-gives = ਤੁਸੀਂ ਡਾਕਟਰੀ ਜਾਂਚਾਂ ਅਤੇ ਟੈਸਟਾਂ ਲਈ ਫ਼ੀਸ (ticket) ਨਹੀਂ ਦਿੰਦੇ।
svc-ticket-exemption-for = 6 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਅਤੇ 65 ਸਾਲ ਜਾਂ ਵੱਧ ਉਮਰ ਦੇ ਲੋਕਾਂ ਲਈ, ਜਿਨ੍ਹਾਂ ਦੇ ਪਰਿਵਾਰ ਦੀ ਆਮਦਨ 36,152 ਯੂਰੋ ਤੱਕ ਹੈ। ਬੇਰੁਜ਼ਗਾਰ ਲੋਕਾਂ ਜਾਂ ਘੱਟੋ-ਘੱਟ ਪੈਨਸ਼ਨ (pensione minima) ਵਾਲਿਆਂ ਲਈ ਵੀ, ਜੇ ਆਮਦਨ ਘੱਟ ਹੈ।

svc-attendance-frequency = ਹਾਜ਼ਰੀ ਭੱਤਾ (Indennità di frequenza)
svc-attendance-frequency-gives = INPS ਵੱਲੋਂ ਹਰ ਮਹੀਨੇ ਪੈਸੇ, ਉਹਨਾਂ ਮਹੀਨਿਆਂ ਵਿੱਚ ਜਦੋਂ ਬੱਚਾ ਸਕੂਲ ਜਾਂਦਾ ਹੈ ਜਾਂ ਇਲਾਜ (ਥੈਰੇਪੀ) ਕਰਵਾਉਂਦਾ ਹੈ।
svc-attendance-frequency-for = ਲੰਬੇ ਸਮੇਂ ਤੱਕ ਰਹਿਣ ਵਾਲੀਆਂ ਮੁਸ਼ਕਲਾਂ ਵਾਲੇ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚਿਆਂ ਲਈ, ਜੋ ਸਕੂਲ ਜਾਂਦੇ ਹਨ ਜਾਂ ਥੈਰੇਪੀ ਕਰਵਾਉਂਦੇ ਹਨ।

svc-uonpia = ਬੱਚਿਆਂ ਦੀ ਦਿਮਾਗ਼ੀ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਸੇਵਾ (Neuropsichiatria infantile, UONPIA)
svc-uonpia-gives = ਉਹਨਾਂ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਡਾਕਟਰ ਅਤੇ ਥੈਰੇਪਿਸਟ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਵਿਕਾਸ, ਵਿਹਾਰ ਜਾਂ ਮੂਡ ਵਿੱਚ ਮੁਸ਼ਕਲ ਹੈ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
svc-uonpia-for = 17 ਸਾਲ ਤੱਕ ਦੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ।

svc-maternity-allowance = ਨਗਰਪਾਲਿਕਾਵਾਂ ਦਾ ਜਣੇਪਾ ਭੱਤਾ (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = ਉਸ ਮਾਂ ਲਈ ਪੈਸੇ ਜਿਸ ਨੂੰ ਜਣੇਪੇ ਲਈ ਕੋਈ ਹੋਰ ਮਦਦ ਨਹੀਂ ਮਿਲਦੀ, ਜਾਂ ਥੋੜ੍ਹੀ ਮਿਲਦੀ ਹੈ। ਅਰਜ਼ੀ ਜਨਮ ਤੋਂ 6 ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਨਗਰਪਾਲਿਕਾ (Comune) ਨੂੰ ਦੇਣੀ ਪੈਂਦੀ ਹੈ।
svc-maternity-allowance-for = ਉਹਨਾਂ ਮਾਵਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 20,382 ਯੂਰੋ ਤੱਕ ਹੈ। ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਈਆਂ ਮਾਵਾਂ ਲਈ ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ ਪਰਮਿਟ (permesso di lungo periodo) ਜਾਂ ਸੁਰੱਖਿਆ (protezione) ਜ਼ਰੂਰੀ ਹੈ।

svc-dedicated-card = ਰਾਸ਼ਨ ਲਈ ਕਾਰਡ (Carta Dedicata a te)
svc-dedicated-card-gives = ਰਾਸ਼ਨ ਖ਼ਰੀਦਣ ਲਈ ਪੈਸਿਆਂ ਵਾਲਾ ਕਾਰਡ। ਇਸ ਲਈ ਅਰਜ਼ੀ ਨਹੀਂ ਦਿੱਤੀ ਜਾਂਦੀ: ਨਗਰਪਾਲਿਕਾ INPS ਦੀਆਂ ਸੂਚੀਆਂ ਵਿੱਚੋਂ ਪਰਿਵਾਰ ਚੁਣਦੀ ਹੈ।
svc-dedicated-card-for = ਘੱਟੋ-ਘੱਟ 3 ਜੀਆਂ ਵਾਲੇ ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 15,000 ਯੂਰੋ ਤੱਕ ਹੈ ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ADI ਵਰਗੀ ਕੋਈ ਹੋਰ ਮਦਦ ਨਹੀਂ ਮਿਲਦੀ।

svc-over-indebtedness = ਕਰਜ਼ਿਆਂ ਲਈ ਮਦਦ (sovraindebitamento)
svc-over-indebtedness-gives = ਇੱਕ ਮਾਹਰ ਕਰਜ਼ੇ ਚੁਕਾਉਣ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ, ਜਿੰਨਾ ਹੋ ਸਕੇ। ਕਈ ਵਾਰ ਜੱਜ ਕਰਜ਼ੇ ਦਾ ਕੁਝ ਹਿੱਸਾ ਮਾਫ਼ ਕਰ ਦਿੰਦਾ ਹੈ।
svc-over-indebtedness-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਸਿਰ ਅਜਿਹੇ ਕਰਜ਼ੇ ਹਨ ਜੋ ਉਹ ਹੁਣ ਨਹੀਂ ਚੁਕਾ ਸਕਦੇ।

svc-registered-residence = ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਦਰਜ ਰਿਹਾਇਸ਼ (residenza)
svc-registered-residence-gives = ਨਗਰਪਾਲਿਕਾ ਦੇ ਰਜਿਸਟਰ (anagrafe) ਵਿੱਚ ਨਾਮ ਦਰਜ ਕਰਵਾਉਣਾ। ਜਿਸ ਕੋਲ ਘਰ ਨਹੀਂ ਹੈ, ਉਹ ਨਗਰਪਾਲਿਕਾ ਦੇ ਦਿੱਤੇ ਇੱਕ ਪਤੇ 'ਤੇ ਰਿਹਾਇਸ਼ ਦਰਜ ਕਰਵਾ ਸਕਦਾ ਹੈ।
svc-registered-residence-for = ਉਹਨਾਂ ਲਈ ਜੋ ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ ਪਰ ਜਿਨ੍ਹਾਂ ਦੀ ਅਜੇ ਰਿਹਾਇਸ਼ ਦਰਜ ਨਹੀਂ ਹੈ। ਦਰਜ ਰਿਹਾਇਸ਼ ਤੋਂ ਬਿਨਾਂ ਬਹੁਤ ਸਾਰੀ ਮਦਦ ਨਹੀਂ ਮਿਲ ਸਕਦੀ।

svc-psychologist-bonus = ਮਨੋਵਿਗਿਆਨੀ ਲਈ ਬੋਨਸ (Bonus psicologo)
svc-psychologist-bonus-gives = ਮਨੋਵਿਗਿਆਨੀ ਨਾਲ ਕੁਝ ਮੁਲਾਕਾਤਾਂ (sedute) ਦੇ ਪੈਸੇ ਦੇਣ ਲਈ ਮਦਦ। ਅਰਜ਼ੀ ਉਦੋਂ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ ਜਦੋਂ ਅਰਜ਼ੀਆਂ ਦੀ ਸੂਚਨਾ (bando) ਖੁੱਲ੍ਹਦੀ ਹੈ।
svc-psychologist-bonus-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਘਬਰਾਹਟ, ਉਦਾਸੀ ਜਾਂ ਤਣਾਅ ਹੈ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਦਾ ISEE 50,000 ਯੂਰੋ ਤੱਕ ਹੈ।

svc-italian-citizenship = ਇਟਲੀ ਦੀ ਨਾਗਰਿਕਤਾ (Cittadinanza italiana)
svc-italian-citizenship-gives = ਇਟਲੀ ਦਾ ਨਾਗਰਿਕ ਬਣਨ ਲਈ ਅਰਜ਼ੀ ਦੇਣ ਵਿੱਚ ਮਦਦ।
svc-italian-citizenship-for = ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੀ ਇਟਲੀ ਵਿੱਚ 10 ਸਾਲਾਂ ਤੋਂ ਰਿਹਾਇਸ਼ ਦਰਜ (residenza) ਹੈ; ਸ਼ਰਨਾਰਥੀਆਂ ਲਈ 5 ਸਾਲ, ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕਾਂ ਲਈ 4 ਸਾਲ। B1 ਪੱਧਰ ਦੀ ਇਤਾਲਵੀ ਜ਼ਰੂਰੀ ਹੈ।

svc-freedom-income = ਆਜ਼ਾਦੀ ਲਈ ਆਮਦਨ (Reddito di libertà)
svc-freedom-income-gives = ਇੱਕ ਸਾਲ ਲਈ ਹਰ ਮਹੀਨੇ 500 ਯੂਰੋ ਤੱਕ, ਆਪਣੇ ਦਮ 'ਤੇ ਨਵੀਂ ਜ਼ਿੰਦਗੀ ਸ਼ੁਰੂ ਕਰਨ ਲਈ।
svc-freedom-income-for = ਉਹਨਾਂ ਔਰਤਾਂ ਲਈ ਜੋ ਹਿੰਸਾ ਵਿੱਚੋਂ ਨਿਕਲ ਰਹੀਆਂ ਹਨ। ਨਗਰਪਾਲਿਕਾ ਨਾਲ ਮਿਲ ਕੇ ਇੱਕ ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ ਉਹਨਾਂ ਦਾ ਸਾਥ ਦਿੰਦਾ ਹੈ।

svc-violence-permit = ਹਿੰਸਾ ਸਹਿਣ ਵਾਲਿਆਂ ਲਈ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
svc-violence-permit-gives = ਅਜਿਹਾ ਪਰਮਿਟ ਜੋ ਸਾਥੀ (ਪਤੀ/ਪਤਨੀ) 'ਤੇ ਨਿਰਭਰ ਨਹੀਂ ਕਰਦਾ। ਇਹ ਉਹਨਾਂ ਦੀ ਰੱਖਿਆ ਕਰਦਾ ਹੈ ਜੋ ਪੁਲਿਸ ਕੋਲ ਸ਼ਿਕਾਇਤ ਕਰਦੇ ਹਨ ਜਾਂ ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ ਤੋਂ ਮਦਦ ਮੰਗਦੇ ਹਨ।
svc-violence-permit-for = ਉਹਨਾਂ ਵਿਦੇਸ਼ੀ ਲੋਕਾਂ ਲਈ ਜੋ ਪਰਿਵਾਰ ਵਿੱਚ ਹਿੰਸਾ ਸਹਿ ਰਹੇ ਹਨ।

svc-food-aid-urgent = ਅੱਜ ਹੀ: Caritas ਜਾਂ ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰ (Sportello Sociale) ਜਾਓ। ਉਹ ਤੁਹਾਨੂੰ ਦਸਤਾਵੇਜ਼ਾਂ ਤੋਂ ਬਿਨਾਂ ਵੀ ਖਾਣਾ ਦਿੰਦੇ ਹਨ।
svc-night-shelter-urgent = ਅੱਜ ਰਾਤ: ਨਗਰਪਾਲਿਕਾ ਦੀ ਸਮਾਜਿਕ ਐਮਰਜੈਂਸੀ ਸੇਵਾ (Pronto Intervento Sociale) ਨੂੰ ਫ਼ੋਨ ਕਰੋ, ਇਹ ਰਾਤ ਨੂੰ ਵੀ ਜਵਾਬ ਦਿੰਦੀ ਹੈ। ਜਾਂ ਅੱਜ ਹੀ ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰ (Sportello Sociale) ਜਾਓ।
svc-emergency-112-urgent = ਜੇ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ: 112 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਹਮੇਸ਼ਾ ਜਵਾਬ ਦਿੰਦਾ ਹੈ, ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ।
svc-helpline-1522-urgent = 1522 'ਤੇ ਫ਼ੋਨ ਕਰੋ: ਇਹ ਮੁਫ਼ਤ ਹੈ, ਦਿਨ-ਰਾਤ ਜਵਾਬ ਦਿੰਦਾ ਹੈ, ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ। ਤੁਸੀਂ ਚੈਟ ਵਿੱਚ ਲਿਖ ਵੀ ਸਕਦੇ ਹੋ।
svc-anti-violence-centre-urgent = ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ (centro antiviolenza) ਗੱਲ ਸੁਣਦਾ ਹੈ ਅਤੇ ਮਦਦ ਕਰਦਾ ਹੈ, ਪੁਲਿਸ ਕੋਲ ਸ਼ਿਕਾਇਤ ਕੀਤੇ ਬਿਨਾਂ ਵੀ। 1522 ਨੰਬਰ ਤੁਹਾਡਾ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾ ਦਿੰਦਾ ਹੈ।
svc-safe-house-urgent = ਜੇ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਨਹੀਂ ਰਹਿ ਸਕਦੇ, ਤਾਂ 1522 ਅਤੇ ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ ਅੱਜ ਹੀ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਲੱਭ ਸਕਦੇ ਹਨ।

rule-needs-personal-care = ਨਹਾਉਣ, ਘਰ ਦੇ ਕੰਮ ਜਾਂ ਤੁਰਨ-ਫਿਰਨ ਲਈ ਮਦਦ ਦੀ ਲੋੜ ਹੈ।
rule-cannot-cook = ਖਾਣਾ ਬਣਾਉਣ ਲਈ ਮਦਦ ਦੀ ਲੋੜ ਹੈ।
rule-lives-alone = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ।
rule-may-need-quick-help = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਰੰਤ ਮਦਦ ਦੀ ਲੋੜ ਪੈ ਸਕਦੀ ਹੈ।
rule-invalidity-not-recognised = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਅਜੇ ਸਿਵਲ ਅਪੰਗਤਾ (invalidità civile) ਦੀ ਮਾਨਤਾ ਨਹੀਂ ਮਿਲੀ।
rule-over-65 = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 65 ਸਾਲ ਹੈ।
rule-needs-care-during-day = ਦਿਨ ਵੇਲੇ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ।
rule-law-104-not-recognised = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਅਜੇ ਕਾਨੂੰਨ 104 (Legge 104) ਦੀ ਮਾਨਤਾ ਨਹੀਂ ਹੈ।
rule-hard-to-move-around = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਰਨ-ਫਿਰਨ ਜਾਂ ਗੱਡੀ ਖੜ੍ਹੀ ਕਰਨ ਵਿੱਚ ਮੁਸ਼ਕਲ ਹੈ।
rule-needs-transport = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਆਉਣ-ਜਾਣ ਦੇ ਸਾਧਨ ਦੀ ਲੋੜ ਹੈ।
rule-wants-work = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਕੰਮ ਲੱਭ ਰਹੇ ਹਨ।
rule-working-age = ਇਹ 16 ਤੋਂ 66 ਸਾਲ ਦੀ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-needs-school-support = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਮਦਦ ਦੀ ਲੋੜ ਹੈ।
rule-school-age = ਇਹ 3 ਤੋਂ 20 ਸਾਲ ਦੀ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-needs-daily-care = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਹਰ ਰੋਜ਼ ਦੇਖਭਾਲ ਦੀ ਲੋੜ ਹੈ।
rule-adult = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 18 ਸਾਲ ਹੈ।
rule-age-18-to-66 = ਇਹ 18 ਤੋਂ 66 ਸਾਲ ਦੀ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-has-children-or-expecting = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੇ ਬੱਚੇ ਹਨ ਜਾਂ ਜਿਨ੍ਹਾਂ ਦੇ ਘਰ ਬੱਚਾ ਆਉਣ ਵਾਲਾ ਹੈ।
rule-child-under-3 = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ 3 ਸਾਲ ਤੋਂ ਛੋਟਾ ਬੱਚਾ ਹੈ।
rule-needs-childcare = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਬੱਚਿਆਂ ਦੀ ਸੰਭਾਲ ਲਈ ਕਿਸੇ ਦੀ ਲੋੜ ਹੈ।
rule-isee-up-to-15748 = 15,748 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-parenting-or-expecting = ਇਹ ਉਹਨਾਂ ਮਾਪਿਆਂ ਲਈ ਹੈ ਜੋ ਮਦਦ ਚਾਹੁੰਦੇ ਹਨ, ਅਤੇ ਉਹਨਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਘਰ ਬੱਚਾ ਆਉਣ ਵਾਲਾ ਹੈ।
rule-isee-up-to-40000 = 40,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-household-with-minor-disabled-or-over-60 = ਪਰਿਵਾਰ ਵਿੱਚ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦਾ ਬੱਚਾ, ਅਪੰਗਤਾ ਵਾਲਾ ਵਿਅਕਤੀ ਜਾਂ 60 ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦਾ ਵਿਅਕਤੀ ਹੋਣਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-isee-up-to-10140 = 10,140 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-age-18-to-59 = ਇਹ 18 ਤੋਂ 59 ਸਾਲ ਦੀ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-without-work = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਕੰਮ ਨਹੀਂ ਕਰਦੇ।
rule-lost-job = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਕੰਮ ਛੁੱਟ ਗਿਆ ਹੈ।
rule-not-by-choice = ਕੰਮ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਖ਼ਤਮ ਹੋਇਆ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
rule-age-16-to-66 = ਇਹ 16 ਤੋਂ 66 ਸਾਲ ਦੀ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-no-isee-yet = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਅਜੇ ISEE ਨਹੀਂ ਹੈ।
rule-not-enough-food = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਕਾਫ਼ੀ ਖਾਣਾ ਨਹੀਂ ਹੈ।
rule-cannot-pay-basics = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਖਾਣੇ ਜਾਂ ਬਿੱਲਾਂ ਦੇ ਪੈਸੇ ਨਹੀਂ ਦੇ ਸਕਦੇ।
rule-pays-rent = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਕਿਰਾਏ ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
rule-isee-up-to-26000 = 26,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-no-own-home = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਆਪਣੀ ਮਾਲਕੀ ਵਾਲਾ ਘਰ ਨਹੀਂ ਹੈ।
rule-isee-up-to-16000 = 16,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-losing-home = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਘਰ ਛੁੱਟਣ ਵਾਲਾ ਹੈ ਜਾਂ ਜਿਨ੍ਹਾਂ ਕੋਲ ਘਰ ਨਹੀਂ ਹੈ।
rule-nowhere-to-sleep = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਕੋਈ ਥਾਂ ਨਹੀਂ ਹੈ।
rule-no-family-doctor = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਕੋਈ ਫੈਮਿਲੀ ਡਾਕਟਰ (medico di famiglia) ਨਹੀਂ ਹੈ।
rule-can-register-with-health-service = ਯੂਰਪੀ ਸੰਘ ਦੀ ਨਾਗਰਿਕਤਾ ਜਾਂ ਵੈਧ ਪਰਮਿਟ ਜ਼ਰੂਰੀ ਹੈ।
rule-without-valid-permit = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਵੈਧ ਪਰਮਿਟ ਨਹੀਂ ਹੈ।
rule-needs-care-at-home = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਘਰ ਵਿੱਚ ਇਲਾਜ ਦੀ ਲੋੜ ਹੈ।
rule-mental-health = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਮਨ ਦੀਆਂ ਸਮੱਸਿਆਵਾਂ ਹਨ।
rule-addiction = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਨਸ਼ੇ ਦੀ ਆਦਤ ਹੈ।
rule-pregnancy-or-family-health = ਇਹ ਗਰਭ ਅਤੇ ਔਰਤਾਂ ਦੀ ਸਿਹਤ ਲਈ ਹੈ।
rule-permit-expiring-or-expired = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੇ ਪਰਮਿਟ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋਣ ਵਾਲੀ ਹੈ ਜਾਂ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ।
rule-family-abroad = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ ਚਾਹੁੰਦੇ ਹਨ।
rule-valid-permit = ਵੈਧ ਪਰਮਿਟ ਜ਼ਰੂਰੀ ਹੈ।
rule-five-years-in-italy = ਇਟਲੀ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 5 ਸਾਲ ਰਹਿਣਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-learning-italian = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਇਤਾਲਵੀ ਸਿੱਖਣਾ ਚਾਹੁੰਦੇ ਹਨ।
rule-without-valid-permit-or-asylum = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਵੈਧ ਪਰਮਿਟ ਨਹੀਂ ਹੈ ਜਾਂ ਜਿਨ੍ਹਾਂ ਨੇ ਸ਼ਰਨ (asilo) ਮੰਗੀ ਹੈ।
rule-in-danger-now = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹਨ।
rule-no-safe-place = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਜਾਣ ਲਈ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਨਹੀਂ ਹੈ।
rule-children-involved = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੇ ਬੱਚੇ ਵੀ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ।
rule-resident-here = ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਦਰਜ ਰਿਹਾਇਸ਼ (residenza) ਜ਼ਰੂਰੀ ਹੈ।
rule-permit-for-municipal-services = ਜੋ ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕ ਨਹੀਂ ਹਨ, ਉਹਨਾਂ ਕੋਲ ਪਰਮਿਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਨਵਿਆਉਣ ਦੀ ਰਸੀਦ ਵੀ ਚੱਲਦੀ ਹੈ।
rule-needs-constant-care = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਹਮੇਸ਼ਾ ਕਿਸੇ ਦੇ ਕੋਲ ਹੋਣ ਦੀ ਲੋੜ ਹੈ।
rule-invalidity-100-or-pending = 100% ਅਪੰਗਤਾ ਜ਼ਰੂਰੀ ਹੈ, ਭਾਵੇਂ ਅਰਜ਼ੀ ਅਜੇ ਚੱਲ ਰਹੀ ਹੋਵੇ।
rule-over-80 = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 80 ਸਾਲ ਹੈ।
rule-has-attendance-allowance = ਦੇਖਭਾਲ ਭੱਤਾ (indennità di accompagnamento) ਮਿਲਣਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-isee-up-to-6000 = 6,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-age-67-or-more = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 67 ਸਾਲ ਹੈ।
rule-income-up-to-583-a-month = ਆਮਦਨ ਲਗਭਗ 583 ਯੂਰੋ ਪ੍ਰਤੀ ਮਹੀਨਾ ਤੱਕ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
rule-ten-years-in-italy = ਇਟਲੀ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 10 ਸਾਲ ਰਹਿਣਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-permit-for-social-pension = ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਏ ਲੋਕਾਂ ਲਈ ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ ਪਰਮਿਟ (permesso di lungo periodo) ਜਾਂ ਸੁਰੱਖਿਆ (protezione) ਜ਼ਰੂਰੀ ਹੈ।
rule-severe-disability = ਦੇਖਭਾਲ ਭੱਤਾ (accompagnamento) ਜਾਂ ਗੰਭੀਰ ਸਥਿਤੀ ਵਾਲੀ ਕਾਨੂੰਨ 104 (Legge 104) ਦੀ ਮਾਨਤਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-has-carer = ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ ਜਾਂ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ (badante) ਜ਼ਰੂਰੀ ਹੈ ਜੋ ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ ਕਰਦਾ ਹੋਵੇ।
rule-cannot-manage-money = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਬਿਨਾਂ ਮਦਦ ਦੇ ਪੈਸੇ ਅਤੇ ਕਾਗ਼ਜ਼-ਪੱਤਰ ਨਹੀਂ ਸੰਭਾਲ ਸਕਦੇ।
rule-under-6-or-over-65 = ਇਹ 6 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਅਤੇ ਘੱਟੋ-ਘੱਟ 65 ਸਾਲ ਦੀ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-invalidity-46-or-more = 46% ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਅਪੰਗਤਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-minor = ਇਹ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਹੈ।
rule-needs-school-or-care = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਮਦਦ ਜਾਂ ਹਰ ਰੋਜ਼ ਇਲਾਜ ਦੀ ਲੋੜ ਹੈ।
rule-no-attendance-allowance = ਇਹ ਦੇਖਭਾਲ ਭੱਤੇ (accompagnamento) ਦੇ ਨਾਲ-ਨਾਲ ਨਹੀਂ ਮਿਲਦਾ।
rule-invalidity-74-or-more = 74% ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਅਪੰਗਤਾ ਜ਼ਰੂਰੀ ਹੈ।
rule-child-mind-or-development = ਇਹ ਵਿਕਾਸ, ਸਕੂਲ ਜਾਂ ਮੂਡ ਨਾਲ ਜੁੜੀਆਂ ਮੁਸ਼ਕਲਾਂ ਲਈ ਹੈ।
rule-child-at-secondary-school = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਬੱਚਾ ਮਿਡਲ ਸਕੂਲ (medie) ਜਾਂ ਹਾਈ ਸਕੂਲ (superiori) ਵਿੱਚ ਹੈ।
rule-child-3-to-13 = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ 3 ਤੋਂ 13 ਸਾਲ ਦਾ ਬੱਚਾ ਹੈ।
rule-baby-born-recently = ਇਹ ਹਾਲ ਹੀ ਵਿੱਚ ਜਨਮੇ ਜਾਂ ਗੋਦ ਲਏ ਬੱਚੇ ਲਈ ਹੈ।
rule-isee-up-to-20382 = 20,382 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-permit-for-inclusion = ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਏ ਲੋਕਾਂ ਲਈ ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ ਪਰਮਿਟ (permesso di lungo periodo) ਜਾਂ ਸੁਰੱਖਿਆ (protezione) ਜ਼ਰੂਰੀ ਹੈ।
rule-isee-for-energy-bonus = 9,530 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ, ਜਾਂ ਘੱਟੋ-ਘੱਟ 4 ਬੱਚੇ ਹੋਣ 'ਤੇ 20,000 ਯੂਰੋ ਤੱਕ।
rule-isee-up-to-15000 = 15,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-household-of-3-or-more = ਇਹ ਘੱਟੋ-ਘੱਟ 3 ਜੀਆਂ ਵਾਲੇ ਪਰਿਵਾਰਾਂ ਲਈ ਹੈ।
rule-cannot-repay-debts = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੇ ਸਿਰ ਅਜਿਹੇ ਕਰਜ਼ੇ ਹਨ ਜੋ ਉਹ ਨਹੀਂ ਚੁਕਾ ਸਕਦੇ।
rule-not-resident = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਅਜੇ ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਰਿਹਾਇਸ਼ ਦਰਜ (residenza) ਨਹੀਂ ਹੈ।
rule-isee-up-to-50000 = 50,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ।
rule-valid-permit-not-long-term = ਵੈਧ ਪਰਮਿਟ ਜ਼ਰੂਰੀ ਹੈ, ਜੋ ਪਹਿਲਾਂ ਹੀ ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ (lungo periodo) ਨਾ ਹੋਵੇ।
rule-years-for-citizenship = ਇਟਲੀ ਵਿੱਚ 10 ਸਾਲ ਦੀ ਦਰਜ ਰਿਹਾਇਸ਼ (residenza) ਜ਼ਰੂਰੀ ਹੈ। ਸ਼ਰਨਾਰਥੀਆਂ ਲਈ 5 ਸਾਲ ਅਤੇ ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕਾਂ ਲਈ 4 ਸਾਲ ਕਾਫ਼ੀ ਹਨ।
rule-needs-money-to-leave = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਆਪਣੇ ਦਮ 'ਤੇ ਰਹਿਣ ਲਈ ਪੈਸਿਆਂ ਦੀ ਲੋੜ ਹੈ।
rule-not-eu-citizen = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜੋ ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਏ ਹਨ।
rule-isee-for-b2 = 25,000 ਯੂਰੋ ਤੱਕ ਦਾ ISEE ਜ਼ਰੂਰੀ ਹੈ, ਜਾਂ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚੇ ਲਈ 40,000 ਯੂਰੋ ਤੱਕ।
rule-has-eviction-notice = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਕਿਰਾਇਆ ਨਾ ਦੇ ਸਕਣ ਕਾਰਨ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (sfratto) ਮਿਲਿਆ ਹੈ।
rule-permit-for-family-benefits = ਜੋ ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕ ਨਹੀਂ ਹਨ, ਉਹਨਾਂ ਕੋਲ ਅਜਿਹਾ ਪਰਮਿਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਜਿਸ ਨਾਲ ਕੰਮ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਹੋਵੇ।
rule-income-for-ticket = ਆਮਦਨ ਲਗਭਗ 2,780 ਯੂਰੋ ਪ੍ਰਤੀ ਮਹੀਨਾ ਤੱਕ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
rule-age-17-or-more = ਇਹ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ ਘੱਟੋ-ਘੱਟ 17 ਸਾਲ ਹੈ।

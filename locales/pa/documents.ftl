doc-identity = ਪਛਾਣ ਦਾ ਦਸਤਾਵੇਜ਼
doc-identity-what = ਪਛਾਣ ਪੱਤਰ (carta d'identità), ਪਾਸਪੋਰਟ ਜਾਂ ਡਰਾਈਵਿੰਗ ਲਾਇਸੈਂਸ।
doc-identity-where = ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਨਹੀਂ ਹੈ, ਤਾਂ ਪਛਾਣ ਪੱਤਰ ਨਗਰਪਾਲਿਕਾ (Comune) ਦੇ ਰਜਿਸਟਰੀ ਦਫ਼ਤਰ (anagrafe) ਤੋਂ ਮੰਗਿਆ ਜਾਂਦਾ ਹੈ।

doc-health-card = ਸਿਹਤ ਕਾਰਡ (tessera sanitaria)
doc-health-card-what = ਹਰਾ ਜਾਂ ਨੀਲਾ ਕਾਰਡ, ਜਿਸ 'ਤੇ ਟੈਕਸ ਕੋਡ (codice fiscale) ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ।
doc-health-card-where = ਇਹ ਟੈਕਸ ਵਿਭਾਗ (Agenzia delle Entrate) ਭੇਜਦਾ ਹੈ। ਜੇ ਗੁੰਮ ਹੋ ਗਿਆ ਹੈ, ਤਾਂ ਸਥਾਨਕ ਸਿਹਤ ਵਿਭਾਗ (Azienda sanitaria) ਤੋਂ ਮੰਗੋ।

doc-isee = ISEE ਸਰਟੀਫਿਕੇਟ (Attestazione ISEE)
doc-isee-what = ਉਹ ਕਾਗ਼ਜ਼ ਜਿਸ 'ਤੇ ਪਰਿਵਾਰ ਦਾ ISEE ਮੁੱਲ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ, ਇਸ ਸਾਲ ਲਈ ਵੈਧ।
doc-isee-where = ਇਸ ਨੂੰ ਕੋਈ CAF (ਮੁਫ਼ਤ ਮਦਦ ਦਫ਼ਤਰ) ਮੁਫ਼ਤ ਬਣਾ ਦਿੰਦਾ ਹੈ, ਜਾਂ ਤੁਸੀਂ ਖ਼ੁਦ INPS ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਬਣਾ ਸਕਦੇ ਹੋ।

doc-permit = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
doc-permit-what = ਵੈਧ ਪਰਮਿਟ, ਜਾਂ ਪਰਮਿਟ ਨਵਿਆਉਣ (ਰੀਨਿਊ) ਦੀ ਅਰਜ਼ੀ ਦੀ ਰਸੀਦ।
doc-permit-where = ਇਹ ਪੁਲਿਸ ਹੈੱਡਕੁਆਰਟਰ (Questura) ਜਾਰੀ ਕਰਦਾ ਹੈ।

doc-passport = ਪਾਸਪੋਰਟ
doc-passport-what = ਤੁਹਾਡੇ ਦੇਸ਼ ਦਾ ਪਾਸਪੋਰਟ। ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਲਈ ਇਹ ਵੈਧ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਮਿਆਦ ਪੁੱਗਿਆ ਹੋਇਆ ਨਹੀਂ।
doc-passport-where = ਇਹ ਤੁਹਾਡੇ ਦੇਸ਼ ਦਾ ਕੌਂਸਲੇਟ ਜਾਂ ਦੂਤਾਵਾਸ (ਅੰਬੈਸੀ) ਜਾਰੀ ਕਰਦਾ ਹੈ।

doc-medical-report = ਡਾਕਟਰ ਦੇ ਸਰਟੀਫਿਕੇਟ
doc-medical-report-what = ਡਾਕਟਰ ਜਾਂ ਹਸਪਤਾਲ ਦੇ ਕਾਗ਼ਜ਼ ਜੋ ਬਿਮਾਰੀ ਬਾਰੇ ਦੱਸਦੇ ਹਨ।
doc-medical-report-where = ਇਹ ਆਪਣੇ ਫੈਮਿਲੀ ਡਾਕਟਰ (medico di famiglia) ਜਾਂ ਹਸਪਤਾਲ ਤੋਂ ਮੰਗੋ।

doc-invalidity-report = ਅਪੰਗਤਾ ਦੀ ਰਿਪੋਰਟ (verbale di invalidità)
doc-invalidity-report-what = ਡਾਕਟਰਾਂ ਦਾ ਉਹ ਕਾਗ਼ਜ਼ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਤੁਹਾਡੀ ਅਪੰਗਤਾ ਕਿੰਨੇ ਪ੍ਰਤੀਸ਼ਤ ਹੈ।
doc-invalidity-report-where = ਇਹ INPS ਭੇਜਦਾ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ INPS ਦੀ ਵੈੱਬਸਾਈਟ ਤੋਂ ਡਾਊਨਲੋਡ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।

doc-income = ਆਮਦਨ ਦੇ ਸਬੂਤ
doc-income-what = ਤਨਖ਼ਾਹ ਦੀਆਂ ਆਖ਼ਰੀ ਪਰਚੀਆਂ (buste paga), CU ਫ਼ਾਰਮ (modello CU) ਜਾਂ ਆਮਦਨ ਟੈਕਸ ਰਿਟਰਨ (dichiarazione dei redditi)।
doc-income-where = ਇਹ ਕੰਮ ਦੇਣ ਵਾਲਾ ਮਾਲਕ ਜਾਂ INPS ਦਿੰਦਾ ਹੈ। ਕੋਈ CAF ਇਹਨਾਂ ਨੂੰ ਲੱਭਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

doc-bank-details = IBAN
doc-bank-details-what = ਬੈਂਕ ਜਾਂ ਡਾਕਖ਼ਾਨੇ (Poste) ਵਾਲੇ ਖਾਤੇ ਦਾ ਕੋਡ, ਪੈਸੇ ਲੈਣ ਲਈ।
doc-bank-details-where = ਇਹ ਬੈਂਕ ਜਾਂ ਡਾਕਖ਼ਾਨੇ ਦੇ ਕਾਗ਼ਜ਼ਾਂ 'ਤੇ, ਜਾਂ ਉਹਨਾਂ ਦੀ ਐਪ ਵਿੱਚ ਮਿਲਦਾ ਹੈ।

doc-bank-statements = ਖਾਤੇ ਦਾ ਬਕਾਇਆ ਅਤੇ ਔਸਤ ਬਕਾਇਆ (saldo e giacenza media)
doc-bank-statements-what = ਦੋ ਸਾਲ ਪਹਿਲਾਂ 31 ਦਸੰਬਰ ਨੂੰ ਖਾਤੇ ਵਿੱਚ ਕਿੰਨੇ ਪੈਸੇ ਸਨ, ਅਤੇ ਉਸ ਸਾਲ ਵਿੱਚ ਔਸਤਨ ਕਿੰਨੇ ਸਨ। 2026 ਦੇ ISEE ਲਈ 2024 ਸਾਲ ਗਿਣਿਆ ਜਾਂਦਾ ਹੈ।
doc-bank-statements-where = ਇਹ ਬੈਂਕ ਜਾਂ ਡਾਕਖ਼ਾਨੇ ਤੋਂ ਮੰਗੋ।

doc-job-end = ਕੰਮ ਖ਼ਤਮ ਹੋਣ ਦੀ ਚਿੱਠੀ
doc-job-end-what = ਨੌਕਰੀ ਤੋਂ ਕੱਢਣ ਦੀ ਚਿੱਠੀ (lettera di licenziamento) ਜਾਂ ਖ਼ਤਮ ਹੋਇਆ ਕੰਮ ਦਾ ਇਕਰਾਰਨਾਮਾ (ਕੰਟਰੈਕਟ)।
doc-job-end-where = ਇਹ ਕੰਮ ਦੇਣ ਵਾਲਾ ਮਾਲਕ ਦਿੰਦਾ ਹੈ।

doc-rent-contract = ਕਿਰਾਏ ਦਾ ਇਕਰਾਰਨਾਮਾ (contratto di affitto)
doc-rent-contract-what = ਜਿਸ ਘਰ ਵਿੱਚ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉਸ ਦਾ ਰਜਿਸਟਰਡ ਇਕਰਾਰਨਾਮਾ।
doc-rent-contract-where = ਇਹ ਮਕਾਨ ਮਾਲਕ ਕੋਲ ਹੁੰਦਾ ਹੈ। ਉਸ ਤੋਂ ਇੱਕ ਕਾਪੀ ਮੰਗੋ।

doc-rent-receipts = ਕਿਰਾਏ ਦੀਆਂ ਰਸੀਦਾਂ
doc-rent-receipts-what = ਸਬੂਤ ਕਿ ਤੁਸੀਂ ਕਿਰਾਇਆ ਦਿੱਤਾ ਹੈ, ਜਿਵੇਂ ਬੈਂਕ ਟ੍ਰਾਂਸਫ਼ਰ (bonifici)।
doc-rent-receipts-where = ਇਹ ਤੁਹਾਨੂੰ ਬੈਂਕ ਤੋਂ ਮਿਲ ਜਾਣਗੀਆਂ, ਜਾਂ ਮਕਾਨ ਮਾਲਕ ਤੋਂ ਮੰਗੋ।

doc-eviction-notice = ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (atto di sfratto)
doc-eviction-notice-what = ਅਦਾਲਤ ਦਾ ਕਾਗ਼ਜ਼ ਜਿਸ ਵਿੱਚ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ ਹੈ।
doc-eviction-notice-where = ਇਹ ਤੁਹਾਨੂੰ ਡਾਕ ਰਾਹੀਂ ਜਾਂ ਅਦਾਲਤ ਦੇ ਕਰਮਚਾਰੀ (ufficiale giudiziario) ਰਾਹੀਂ ਮਿਲਿਆ ਸੀ।

doc-bills = ਬਿੱਲ
doc-bills-what = ਬਿਜਲੀ, ਗੈਸ ਜਾਂ ਪਾਣੀ ਦੇ ਆਖ਼ਰੀ ਬਿੱਲ।
doc-bills-where = ਇਹ ਡਾਕ ਜਾਂ ਈਮੇਲ ਰਾਹੀਂ ਆਉਂਦੇ ਹਨ, ਜਾਂ ਕੰਪਨੀ ਦੀ ਵੈੱਬਸਾਈਟ ਤੋਂ ਡਾਊਨਲੋਡ ਕੀਤੇ ਜਾ ਸਕਦੇ ਹਨ।

doc-children-tax-codes = ਬੱਚਿਆਂ ਦੇ ਟੈਕਸ ਕੋਡ (codici fiscali)
doc-children-tax-codes-what = ਹਰ ਬੱਚੇ ਦਾ ਟੈਕਸ ਕੋਡ (codice fiscale)।
doc-children-tax-codes-where = ਇਹ ਬੱਚਿਆਂ ਦੇ ਸਿਹਤ ਕਾਰਡ (tessera sanitaria) 'ਤੇ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ।

doc-nursery-receipts = ਕਰੈੱਚ (asilo nido) ਦੀਆਂ ਰਸੀਦਾਂ
doc-nursery-receipts-what = ਕਰੈੱਚ ਨੂੰ ਦਿੱਤੀਆਂ ਫ਼ੀਸਾਂ ਦੀਆਂ ਰਸੀਦਾਂ।
doc-nursery-receipts-where = ਇਹ ਕਰੈੱਚ (asilo nido) ਦਿੰਦਾ ਹੈ।

doc-passport-photos = ਪਾਸਪੋਰਟ ਸਾਈਜ਼ ਫ਼ੋਟੋਆਂ (fototessere)
doc-passport-photos-what = ਨਵੀਆਂ ਖਿੱਚੀਆਂ ਪਾਸਪੋਰਟ ਸਾਈਜ਼ ਫ਼ੋਟੋਆਂ, ਆਮ ਤੌਰ 'ਤੇ 2 ਜਾਂ 4।
doc-passport-photos-where = ਇਹ ਫ਼ੋਟੋਗ੍ਰਾਫ਼ਰ ਕੋਲੋਂ ਜਾਂ ਫ਼ੋਟੋ ਵਾਲੇ ਬੂਥ ਵਿੱਚ ਖਿਚਵਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ।

doc-revenue-stamp = ਸਰਕਾਰੀ ਟਿਕਟ (marca da bollo)
doc-revenue-stamp-what = 16 ਯੂਰੋ ਦੀ ਟਿਕਟ, ਜੋ ਅਰਜ਼ੀ 'ਤੇ ਲਗਾਉਣੀ ਹੁੰਦੀ ਹੈ।
doc-revenue-stamp-where = ਇਹ ਤੰਬਾਕੂ ਦੀ ਦੁਕਾਨ (tabaccheria) ਤੋਂ ਖ਼ਰੀਦੀ ਜਾਂਦੀ ਹੈ।

doc-housing-suitability = ਘਰ ਦੇ ਠੀਕ ਹੋਣ ਦਾ ਸਰਟੀਫਿਕੇਟ (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = ਇੱਕ ਕਾਗ਼ਜ਼ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਘਰ ਕਾਫ਼ੀ ਵੱਡਾ ਹੈ ਅਤੇ ਰਹਿਣ ਲਈ ਸਿਹਤਮੰਦ ਹੈ।
doc-housing-suitability-where = ਇਹ ਨਗਰਪਾਲਿਕਾ (Comune) ਦੇ ਤਕਨੀਕੀ ਦਫ਼ਤਰ (Ufficio tecnico) ਤੋਂ ਮੰਗਿਆ ਜਾਂਦਾ ਹੈ।

doc-family-certificates = ਪਰਿਵਾਰ ਦੇ ਸਰਟੀਫਿਕੇਟ
doc-family-certificates-what = ਪਰਿਵਾਰ ਦੇ ਜਨਮ ਜਾਂ ਵਿਆਹ ਦੇ ਸਰਟੀਫਿਕੇਟ। ਇਹਨਾਂ ਦਾ ਅਨੁਵਾਦ ਅਤੇ ਤਸਦੀਕ (legalizzazione) ਹੋਈ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
doc-family-certificates-where = ਇਹ ਆਪਣੇ ਜੱਦੀ ਦੇਸ਼ ਤੋਂ ਮੰਗਵਾਏ ਜਾਂਦੇ ਹਨ ਅਤੇ ਕੌਂਸਲੇਟ ਵਿੱਚ ਤਸਦੀਕ ਕਰਵਾਏ ਜਾਂਦੇ ਹਨ।

doc-italian-a2 = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ A2 ਸਰਟੀਫਿਕੇਟ
doc-italian-a2-what = ਸਬੂਤ ਕਿ ਤੁਹਾਨੂੰ ਮੁੱਢਲੀ ਇਤਾਲਵੀ ਆਉਂਦੀ ਹੈ।
doc-italian-a2-where = ਇਹ ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਵਿੱਚ ਟੈਸਟ ਦੇ ਕੇ, ਜਾਂ ਬਾਲਗਾਂ ਦੇ ਸਕੂਲ (CPIA) ਵਿੱਚ ਕੋਰਸ ਕਰਕੇ ਮਿਲਦਾ ਹੈ।

doc-introductory-certificate = ਡਾਕਟਰ ਦਾ ਪਹਿਲਾ ਸਰਟੀਫਿਕੇਟ (certificato medico introduttivo)
doc-introductory-certificate-what = ਉਹ ਸਰਟੀਫਿਕੇਟ ਜਿਸ ਨਾਲ ਫੈਮਿਲੀ ਡਾਕਟਰ INPS ਕੋਲ ਅਰਜ਼ੀ ਸ਼ੁਰੂ ਕਰਦਾ ਹੈ। ਇਹ ਪਹਿਲਾ ਕਦਮ ਹੈ।
doc-introductory-certificate-where = ਇਹ ਫੈਮਿਲੀ ਡਾਕਟਰ ਬਣਾਉਂਦਾ ਹੈ ਅਤੇ ਖ਼ੁਦ INPS ਨੂੰ ਭੇਜਦਾ ਹੈ। ਜੋ ਨੰਬਰ ਉਹ ਤੁਹਾਨੂੰ ਦਿੰਦਾ ਹੈ, ਉਹ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।

doc-carer-contract = ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ (badante) ਦਾ ਇਕਰਾਰਨਾਮਾ
doc-carer-contract-what = ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਦਾ ਕੰਮ ਦਾ ਇਕਰਾਰਨਾਮਾ, ਜੇ ਉਹ ਪਰਿਵਾਰ ਦਾ ਜੀਅ ਨਹੀਂ ਹੈ।
doc-carer-contract-where = ਇਸ 'ਤੇ ਤੁਸੀਂ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕੀਤੇ ਸਨ। ਇਹ INPS ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਵੀ ਮਿਲਦਾ ਹੈ।

doc-debt-papers = ਕਰਜ਼ਿਆਂ ਦੇ ਕਾਗ਼ਜ਼
doc-debt-papers-what = ਕਰਜ਼ਿਆਂ ਦੇ ਇਕਰਾਰਨਾਮੇ, ਬੈਂਕ ਦੀਆਂ ਚਿੱਠੀਆਂ ਅਤੇ ਟੈਕਸਾਂ ਦੇ ਬਕਾਇਆ ਬਿੱਲ (cartelle)।
doc-debt-papers-where = ਜੋ ਕਾਗ਼ਜ਼ ਤੁਹਾਡੇ ਕੋਲ ਘਰ ਵਿੱਚ ਹਨ, ਉਹ ਇਕੱਠੇ ਕਰੋ। ਬੈਂਕ ਤੁਹਾਨੂੰ ਸਾਰੇ ਹਿਸਾਬ ਦਾ ਸੰਖੇਪ ਦੇ ਸਕਦਾ ਹੈ।

doc-centre-statement = ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ (centro antiviolenza) ਦਾ ਬਿਆਨ
doc-centre-statement-what = ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ ਦਾ ਇੱਕ ਕਾਗ਼ਜ਼ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡਾ ਸਾਥ ਦੇ ਰਹੇ ਹਨ।
doc-centre-statement-where = ਇਹ ਹਿੰਸਾ-ਵਿਰੋਧੀ ਕੇਂਦਰ ਤੋਂ ਮੰਗੋ। 1522 ਨੰਬਰ ਤੁਹਾਡਾ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾ ਦਿੰਦਾ ਹੈ।

doc-birth-certificate = ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita)
doc-birth-certificate-what = ਤੁਹਾਡੇ ਦੇਸ਼ ਦਾ ਦਸਤਾਵੇਜ਼ ਜਿਸ ਵਿੱਚ ਜਨਮ ਦੀ ਥਾਂ ਅਤੇ ਤਾਰੀਖ਼ ਹੋਵੇ, ਅਨੁਵਾਦ ਅਤੇ ਤਸਦੀਕ ਕੀਤਾ ਹੋਇਆ।
doc-birth-certificate-where = ਇਹ ਆਪਣੇ ਦੇਸ਼ ਤੋਂ ਜਾਂ ਕੌਂਸਲੇਟ ਤੋਂ ਮੰਗੋ।

doc-criminal-record = ਤੁਹਾਡੇ ਦੇਸ਼ ਦਾ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale)
doc-criminal-record-what = ਉਹ ਦਸਤਾਵੇਜ਼ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਕੀ ਤੁਹਾਡੇ ਦੇਸ਼ ਵਿੱਚ ਤੁਹਾਨੂੰ ਕੋਈ ਸਜ਼ਾ ਹੋਈ ਹੈ, ਅਨੁਵਾਦ ਅਤੇ ਤਸਦੀਕ ਕੀਤਾ ਹੋਇਆ।
doc-criminal-record-where = ਇਹ ਆਪਣੇ ਦੇਸ਼ ਤੋਂ ਜਾਂ ਕੌਂਸਲੇਟ ਤੋਂ ਮੰਗੋ।

doc-italian-b1 = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ B1 ਸਰਟੀਫਿਕੇਟ
doc-italian-b1-what = ਉਹ ਸਰਟੀਫਿਕੇਟ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ B1 ਪੱਧਰ ਦੀ ਇਤਾਲਵੀ ਆਉਂਦੀ ਹੈ।
doc-italian-b1-where = ਇਹ ਬਾਲਗਾਂ ਦੇ ਸਕੂਲ (CPIA) ਅਤੇ ਕੁਝ ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਸੰਸਥਾਵਾਂ ਦਿੰਦੀਆਂ ਹਨ।

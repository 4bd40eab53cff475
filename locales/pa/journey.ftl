next-body = ਹੁਣ ਅਸੀਂ ਤੁਹਾਨੂੰ ਕੁਝ ਆਸਾਨ ਸਵਾਲ ਪੁੱਛਾਂਗੇ, ਇੱਕ ਵਾਰ ਵਿੱਚ ਇੱਕ। ਤੁਸੀਂ ਹਮੇਸ਼ਾ ਪਿੱਛੇ ਜਾ ਸਕਦੇ ਹੋ।
start-questions = ਸਵਾਲ ਸ਼ੁਰੂ ਕਰੋ

question-progress = { $total } ਵਿੱਚੋਂ ਸਵਾਲ { $current }
back = ਪਿੱਛੇ
continue-link = ਅੱਗੇ ਵਧੋ
why-we-ask = ਅਸੀਂ ਇਹ ਕਿਉਂ ਪੁੱਛਦੇ ਹਾਂ
municipality-choose = ਨਗਰਪਾਲਿਕਾ (Comune) ਚੁਣੋ
choose-all-that-apply = ਸਾਰੇ ਸਹੀ ਜਵਾਬ ਚੁਣੋ।
title-neutral-question = ਸਵਾਲ
title-neutral-results = ਜਾਣਕਾਰੀ

error-missing = ਕੋਈ ਜਵਾਬ ਚੁਣੋ ਜਾਂ ਲਿਖੋ।
error-not-an-option = ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਜਵਾਬ ਚੁਣੋ।
error-not-a-number = ਕੋਈ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 12।
error-too-small = ਨੰਬਰ ਘੱਟੋ-ਘੱਟ { $min } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-too-large = ਨੰਬਰ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-unknown-municipality = ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਨਗਰਪਾਲਿਕਾ ਚੁਣੋ।

quick-exit = ਇਸ ਪੰਨੇ ਤੋਂ ਤੁਰੰਤ ਬਾਹਰ ਜਾਓ
quick-exit-hint = ਜਾਂ ਕੀਬੋਰਡ 'ਤੇ Shift (⇧) ਬਟਨ 3 ਵਾਰ ਦਬਾਓ।
read-aloud = ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
read-aloud-stop = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ

check-title = ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ
check-intro = ਜੇ ਕੁਝ ਠੀਕ ਨਹੀਂ ਹੈ, ਤਾਂ "ਬਦਲੋ" ਦਬਾਓ।
check-see-results = ਨਤੀਜੇ ਦੇਖੋ

results-title = ਤੁਹਾਡੇ ਲਈ ਮਦਦ
results-intro = { $who ->
    [me] ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਦੇ ਅਧਾਰ 'ਤੇ, ਇਹ ਮਦਦ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ।
   *[other] ਜਵਾਬਾਂ ਦੇ ਅਧਾਰ 'ਤੇ, ਇਹ ਮਦਦ ਉਸ ਵਿਅਕਤੀ ਲਈ ਠੀਕ ਹੈ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ।
  }
results-fits-heading = { $who ->
    [me] ਮਦਦ ਜੋ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ
   *[other] ਮਦਦ ਜੋ ਉਸ ਵਿਅਕਤੀ ਲਈ ਠੀਕ ਹੈ
  }
results-may-heading = ਮਦਦ ਜਿਸ ਬਾਰੇ ਦਫ਼ਤਰ ਵਿੱਚ ਪੁੱਛਣਾ ਹੈ
results-may-intro = { $who ->
    [me] ਸ਼ਾਇਦ ਇਹ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ। ਦਫ਼ਤਰ ਵਿੱਚ ਉਹ ਗੱਲਾਂ ਜਾਂਚ ਸਕਦੇ ਹਨ ਜੋ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ ਸਨ।
   *[other] ਸ਼ਾਇਦ ਇਹ ਉਸ ਵਿਅਕਤੀ ਲਈ ਠੀਕ ਹੈ। ਦਫ਼ਤਰ ਵਿੱਚ ਉਹ ਗੱਲਾਂ ਜਾਂਚ ਸਕਦੇ ਹਨ ਜੋ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ ਸਨ।
  }
results-not-heading = { $who ->
    [me] ਮਦਦ ਜੋ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਨਹੀਂ ਹੈ, ਅਤੇ ਕਿਉਂ
   *[other] ਮਦਦ ਜੋ ਉਸ ਵਿਅਕਤੀ ਲਈ ਠੀਕ ਨਹੀਂ ਹੈ, ਅਤੇ ਕਿਉਂ
  }
results-none-fit = ਇਹਨਾਂ ਜਵਾਬਾਂ ਨਾਲ ਕੋਈ ਵੀ ਮਦਦ ਪੂਰੀ ਤਰ੍ਹਾਂ ਠੀਕ ਨਹੀਂ ਬੈਠਦੀ। ਇਸ ਦਾ ਮਤਲਬ "ਨਾਂਹ" ਨਹੀਂ ਹੈ: ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰ (Sportello Sociale) ਵਿੱਚ ਗੱਲਬਾਤ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ।
results-urgent-heading = ਤੁਰੰਤ ਮਦਦ ਕਿੱਥੋਂ ਮਿਲੇ
results-always-heading = ਸਮਾਜ ਭਲਾਈ ਦਫ਼ਤਰ (Sportello Sociale) ਹਮੇਸ਼ਾ ਮੌਜੂਦ ਹੈ
results-always-intro = ਸਮਝ ਨਹੀਂ ਆਉਂਦਾ ਕਿ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਕਰੀਏ, ਜਾਂ ਜਵਾਬਾਂ ਬਾਰੇ ਸ਼ੱਕ ਹੈ? ਦਫ਼ਤਰ ਵਿੱਚ ਉਹ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਦੇ ਹਨ ਅਤੇ ਸਮਝਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ। ਇਹ ਮਦਦ ਸਾਰਿਆਂ ਲਈ ਹੈ।
results-pua-route = ਇਹ ਅਰਜ਼ੀ PUA (Porta Unica di Accesso, ਸਾਂਝਾ ਪਹੁੰਚ ਦਫ਼ਤਰ) ਰਾਹੀਂ ਜਾਂਦੀ ਹੈ। ਇੱਕ ਡਾਕਟਰ ਅਤੇ ਇੱਕ ਸੋਸ਼ਲ ਵਰਕਰ ਮਿਲ ਕੇ ਜਾਂਚ (UVM) ਕਰਦੇ ਹਨ, ਅਕਸਰ ਘਰ ਵਿੱਚ। ਫਿਰ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਦੇਖਭਾਲ ਦੀ ਯੋਜਨਾ ਤੈਅ ਕਰਦੇ ਹਨ।
results-law = ਨਿਯਮ: { $law }। { $checked } ਨੂੰ ਜਾਂਚਿਆ ਗਿਆ।
checklist-pua-note = PUA ਦੀ ਜਾਂਚ ਲਈ ਡਾਕਟਰ ਦੇ ਸਰਟੀਫਿਕੇਟ ਅਤੇ ਤੁਸੀਂ ਜੋ ਦਵਾਈਆਂ ਲੈਂਦੇ ਹੋ, ਉਹ ਵੀ ਨਾਲ ਲਿਆਓ।
results-ask-at-desk = ਦਫ਼ਤਰ ਵਿੱਚ ਪੁੱਛਣਾ ਹੈ:
results-you-said = (ਤੁਹਾਡਾ ਜਵਾਬ: { $answers })
results-always-why = ਇਹ ਸਾਰਿਆਂ ਲਈ ਹੈ।
results-why-fits = { $who ->
    [me] ਇਹ ਤੁਹਾਡੇ ਲਈ ਕਿਉਂ ਠੀਕ ਹੈ
   *[other] ਇਹ ਉਸ ਵਿਅਕਤੀ ਲਈ ਕਿਉਂ ਠੀਕ ਹੈ
  }
results-why-not = { $who ->
    [me] ਇਹ ਤੁਹਾਡੇ ਲਈ ਕਿਉਂ ਠੀਕ ਨਹੀਂ ਹੈ
   *[other] ਇਹ ਉਸ ਵਿਅਕਤੀ ਲਈ ਕਿਉਂ ਠੀਕ ਨਹੀਂ ਹੈ
  }
results-for-whom = ਇਹ ਕਿਸ ਲਈ ਹੈ
results-what-to-bring = ਨਾਲ ਕੀ ਲਿਆਉਣਾ ਹੈ
results-no-documents = ਕਿਸੇ ਦਸਤਾਵੇਜ਼ ਦੀ ਲੋੜ ਨਹੀਂ।
results-who-provides = ਇਹ ਕੌਣ ਦਿੰਦਾ ਹੈ
results-how-long = ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ
results-official-page = ਸਰਕਾਰੀ ਪੰਨਾ
results-next-heading = ਹੁਣ ਅੱਗੇ
results-change-answers = ਜਵਾਬ ਬਦਲੋ
results-print = ਪ੍ਰਿੰਟ ਕਰਨ ਵਾਲਾ ਰੂਪ
results-start-again = ਸ਼ੁਰੂ ਤੋਂ ਦੁਬਾਰਾ ਕਰੋ

results-elsewhere-heading = ਹੋਰ ਮਦਦ ਜੋ ਕੰਮ ਆ ਸਕਦੀ ਹੈ
results-elsewhere-intro = ਜਵਾਬਾਂ ਦੇ ਅਧਾਰ 'ਤੇ, ਇਹ ਮਦਦ ਵੀ ਕੰਮ ਆ ਸਕਦੀ ਹੈ। ਬੱਸ ਕੁਝ ਹੋਰ ਸਵਾਲ ਕਾਫ਼ੀ ਹਨ: ਦਿੱਤੇ ਹੋਏ ਜਵਾਬ ਸੰਭਾਲੇ ਰਹਿੰਦੇ ਹਨ।
results-elsewhere-fits = ਦਿੱਤੇ ਜਵਾਬਾਂ ਨਾਲ ਠੀਕ ਬੈਠਦੀ ਹੈ
results-elsewhere-may = ਜਾਂਚਣਾ ਬਾਕੀ ਹੈ
results-elsewhere-continue = { $count ->
    [0] ਇਹ ਮਦਦ ਦੇਖੋ
    [one] 1 ਹੋਰ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ
   *[other] { $count } ਹੋਰ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ
  }

checklist-heading = ਨਾਲ ਲਿਆਉਣ ਵਾਲੇ ਦਸਤਾਵੇਜ਼
checklist-intro = ਜੋ ਤੁਹਾਡੇ ਕੋਲ ਪਹਿਲਾਂ ਹੀ ਹੈ, ਉਸ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ। ਇਸ ਤਰ੍ਹਾਂ ਤੁਹਾਨੂੰ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਕੀ ਬਾਕੀ ਹੈ।
checklist-save = ਸੂਚੀ ਸੇਵ ਕਰੋ

## Desks, opening hours, booking

date-long = { $weekday }, { $day } { $month }
weekday-mon = ਸੋਮਵਾਰ
weekday-tue = ਮੰਗਲਵਾਰ
weekday-wed = ਬੁੱਧਵਾਰ
weekday-thu = ਵੀਰਵਾਰ
weekday-fri = ਸ਼ੁੱਕਰਵਾਰ
weekday-sat = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-sun = ਐਤਵਾਰ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

spoken-wo = Wolof

desk-open-until = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ, { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
desk-opens-today = ਹੁਣ ਬੰਦ ਹੈ, ਅੱਜ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
desk-opens-tomorrow = ਹੁਣ ਬੰਦ ਹੈ, ਕੱਲ੍ਹ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
desk-opens-on = ਹੁਣ ਬੰਦ ਹੈ, { $day } ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
desk-closed = ਫ਼ਿਲਹਾਲ ਬੰਦ ਹੈ। ਇਹ ਕਦੋਂ ਖੁੱਲ੍ਹੇਗਾ, ਇਹ ਜਾਣਨ ਲਈ ਫ਼ੋਨ ਕਰੋ।
desk-address = ਪਤਾ
desk-address-secret = ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਲਈ ਪਤਾ ਜਨਤਕ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ।
desk-secret-help = ਕੇਂਦਰ ਦੇ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਤੁਸੀਂ 1522 'ਤੇ ਵੀ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ: ਇਹ ਮੁਫ਼ਤ ਹੈ, ਹਮੇਸ਼ਾ ਖੁੱਲ੍ਹਾ ਹੈ, ਅਤੇ ਉੱਥੇ ਕਈ ਭਾਸ਼ਾਵਾਂ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
desk-serves = { $place } ਵਿੱਚ ਰਹਿਣ ਵਾਲਿਆਂ ਦਾ ਦਫ਼ਤਰ: ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਇੱਥੇ ਜਾਓ।
desk-distance = ਦੂਰੀ
desk-km = { $km } ਕਿਲੋਮੀਟਰ
desk-phone = ਫ਼ੋਨ
desk-email = ਈਮੇਲ
desk-languages = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
desk-mediator-days = ਦੁਭਾਸ਼ੀਏ (mediatore) ਨਾਲ, { $days } ਨੂੰ
desk-access = ਪਹੁੰਚ
access-step-free = ਬਿਨਾਂ ਪੌੜੀਆਂ ਦੇ
access-hearing-loop = ਸੁਣਨ ਵਾਲੀ ਮਸ਼ੀਨ ਲਈ ਖ਼ਾਸ ਪ੍ਰਬੰਧ (hearing loop)
access-toilet = ਸਾਰਿਆਂ ਲਈ ਵਰਤਣਯੋਗ ਬਾਥਰੂਮ (ਵ੍ਹੀਲਚੇਅਰ ਲਈ ਵੀ)
access-steps = ਪੌੜੀਆਂ ਹਨ

unavailable-title = ਸੇਵਾ ਉਪਲਬਧ ਨਹੀਂ ਹੈ
unavailable-body = ਇਸ ਵੇਲੇ ਅਸੀਂ ਇਹ ਪੰਨਾ ਨਹੀਂ ਦਿਖਾ ਸਕਦੇ। ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

desks-title = ਕਿੱਥੇ ਜਾਣਾ ਹੈ: { $service }
desks-intro = ਇਹ ਦਫ਼ਤਰ ਇਹ ਸੇਵਾ ਦਿੰਦੇ ਹਨ। ਸਭ ਤੋਂ ਨੇੜਲੇ ਦਫ਼ਤਰ ਪਹਿਲਾਂ ਦੇਖਣ ਲਈ ਆਪਣੀ ਨਗਰਪਾਲਿਕਾ (Comune) ਚੁਣੋ।
desks-municipality = ਤੁਹਾਡੀ ਨਗਰਪਾਲਿਕਾ (Comune)
desks-municipality-any = ਨਗਰਪਾਲਿਕਾ ਚੁਣੋ
desks-postcode = ਜਾਂ ਡਾਕ ਕੋਡ (CAP)
desks-postcode-hint = ਜਿਵੇਂ 24044
desks-postcode-unknown = ਸਾਨੂੰ ਇਹ ਡਾਕ ਕੋਡ (CAP) ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਨਹੀਂ ਮਿਲਿਆ। ਸੂਚੀ ਵਿੱਚੋਂ ਨਗਰਪਾਲਿਕਾ ਚੁਣੋ।
desks-location-invalid = ਅਸੀਂ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਨਹੀਂ ਵਰਤ ਸਕਦੇ। ਸੂਚੀ ਵਿੱਚੋਂ ਨਗਰਪਾਲਿਕਾ ਚੁਣੋ।
desks-use-location = ਮੇਰੀ ਲੋਕੇਸ਼ਨ ਵਰਤੋ
desks-filters = ਹੋਰ ਫ਼ਿਲਟਰ
desks-language = ਬੋਲੀ ਜਾਂਦੀ ਭਾਸ਼ਾ
desks-any = ਸਾਰੇ
desks-day = ਇਸ ਦਿਨ ਖੁੱਲ੍ਹਾ
desks-step-free = ਸਿਰਫ਼ ਬਿਨਾਂ ਪੌੜੀਆਂ ਵਾਲੇ ਦਫ਼ਤਰ
desks-search = ਦਫ਼ਤਰ ਦਿਖਾਓ
desks-count = { $count ->
    [0] ਕੋਈ ਦਫ਼ਤਰ ਨਹੀਂ
    [one] 1 ਦਫ਼ਤਰ
   *[other] { $count } ਦਫ਼ਤਰ
}
desks-count-from = { $count ->
    [0] ਕੋਈ ਦਫ਼ਤਰ ਨਹੀਂ
    [one] 1 ਦਫ਼ਤਰ, { $place } ਦੇ ਨੇੜੇ
   *[other] { $count } ਦਫ਼ਤਰ, { $place } ਤੋਂ ਸਭ ਤੋਂ ਨੇੜਲਾ ਪਹਿਲਾਂ
}
desks-none = ਇਹਨਾਂ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਕੋਈ ਦਫ਼ਤਰ ਨਹੀਂ ਮਿਲਿਆ। ਕੋਈ ਇੱਕ ਫ਼ਿਲਟਰ ਹਟਾ ਕੇ ਦੇਖੋ।
desks-shown-nearest = ਇੱਥੇ ਸਭ ਤੋਂ ਨੇੜਲੇ { $shown } ਦਫ਼ਤਰ ਦਿਖਾਏ ਗਏ ਹਨ।
desks-shown-first = ਇੱਥੇ ਪਹਿਲੇ { $shown } ਦਫ਼ਤਰ ਦਿਖਾਏ ਗਏ ਹਨ। ਸਭ ਤੋਂ ਨੇੜਲੇ ਦਫ਼ਤਰ ਦੇਖਣ ਲਈ ਆਪਣੀ ਨਗਰਪਾਲਿਕਾ ਚੁਣੋ।
desks-book = ਅਪੌਇੰਟਮੈਂਟ ਬੁੱਕ ਕਰੋ
desks-request = ਬੇਨਤੀ ਭੇਜੋ
desks-request-instead = ਜਾਂ ਅਪੌਇੰਟਮੈਂਟ ਤੋਂ ਬਿਨਾਂ ਬੇਨਤੀ ਭੇਜੋ
request-instead = ਕੋਈ ਵੀ ਸਮਾਂ ਠੀਕ ਨਹੀਂ? ਅਪੌਇੰਟਮੈਂਟ ਤੋਂ ਬਿਨਾਂ ਬੇਨਤੀ ਭੇਜੋ

book-title = ਅਪੌਇੰਟਮੈਂਟ ਬੁੱਕ ਕਰੋ
book-change-title = ਸਮਾਂ ਬਦਲੋ
book-intro = { $service }, { $desk } ਵਿਖੇ।
book-desk-details = ਦਫ਼ਤਰ ਦਾ ਸਮਾਂ, ਪਤਾ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
book-choose-time = ਦਿਨ ਅਤੇ ਸਮਾਂ ਚੁਣੋ
book-no-slots = ਇਹਨਾਂ ਦਿਨਾਂ ਵਿੱਚ ਕੋਈ ਖ਼ਾਲੀ ਸਮਾਂ ਨਹੀਂ ਹੈ। ਅਗਲੇ ਦਿਨ ਦੇਖੋ।
book-earlier = ਪਿਛਲੇ ਦਿਨ
book-later = ਅਗਲੇ ਦਿਨ
book-mediator-present = ਉਸ ਦਿਨ ਦੁਭਾਸ਼ੀਆ (mediatore) ਮੌਜੂਦ ਹੁੰਦਾ ਹੈ: { $languages }।
book-slot-taken = ਇਹ ਸਮਾਂ ਹੁਣੇ ਕਿਸੇ ਹੋਰ ਨੇ ਲੈ ਲਿਆ ਹੈ। ਹੇਠਾਂ ਦਿੱਤੇ ਖ਼ਾਲੀ ਸਮਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ। ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਅਜੇ ਵੀ ਫ਼ਾਰਮ ਵਿੱਚ ਹੈ।
book-too-many-today = ਅੱਜ ਇਸ ਕੁਨੈਕਸ਼ਨ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਬਹੁਤ ਸਾਰੀਆਂ ਬੁਕਿੰਗਾਂ ਆ ਚੁੱਕੀਆਂ ਹਨ। ਹੋਰ ਬੁਕਿੰਗ ਲਈ ਦਫ਼ਤਰ ਨੂੰ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਕੱਲ੍ਹ ਦੁਬਾਰਾ ਆਓ। ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਅਜੇ ਵੀ ਫ਼ਾਰਮ ਵਿੱਚ ਹੈ।
book-about-you = { $who ->
    [me] ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ
   *[other] ਉਸ ਵਿਅਕਤੀ ਦੀ ਜਾਣਕਾਰੀ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ
  }
book-name = { $who ->
    [me] ਨਾਮ, ਜਾਂ ਸਿਰਫ਼ ਨਾਮ ਦੇ ਪਹਿਲੇ ਅੱਖਰ
   *[other] ਉਹਨਾਂ ਦਾ ਨਾਮ, ਜਾਂ ਸਿਰਫ਼ ਨਾਮ ਦੇ ਪਹਿਲੇ ਅੱਖਰ
  }
book-name-hint = { $who ->
    [me] ਦਫ਼ਤਰ ਨੂੰ ਤੁਹਾਨੂੰ ਅੰਦਰ ਬੁਲਾਉਣ ਲਈ ਇਸ ਦੀ ਲੋੜ ਹੈ।
   *[other] ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਅੰਦਰ ਬੁਲਾਉਣ ਲਈ ਦਫ਼ਤਰ ਨੂੰ ਇਸ ਦੀ ਲੋੜ ਹੈ।
  }
book-contact = { $who ->
    [me] ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
   *[other] ਉਹਨਾਂ ਦਾ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
  }
book-contact-hint = { $who ->
    [me] ਅਸੀਂ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਅਪੌਇੰਟਮੈਂਟ ਲਈ ਵਰਤਦੇ ਹਾਂ: ਦਫ਼ਤਰ ਤੁਹਾਨੂੰ ਉੱਥੇ ਫ਼ੋਨ ਕਰੇਗਾ ਜਾਂ ਲਿਖੇਗਾ।
   *[other] ਅਸੀਂ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਅਪੌਇੰਟਮੈਂਟ ਲਈ ਵਰਤਦੇ ਹਾਂ: ਦਫ਼ਤਰ ਉੱਥੇ ਫ਼ੋਨ ਕਰੇਗਾ ਜਾਂ ਲਿਖੇਗਾ।
  }
book-filled-by = ਇਹ ਫ਼ਾਰਮ ਕੌਣ ਭਰ ਰਿਹਾ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
book-filled-by-person = ਮੈਂ, ਆਪਣੇ ਲਈ
book-filled-by-relative = ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ ਜਾਂ ਦੋਸਤ
book-filled-by-mediator = ਸੱਭਿਆਚਾਰਕ ਦੁਭਾਸ਼ੀਆ (mediatore culturale)
book-note = ਕੀ ਤੁਸੀਂ ਦਫ਼ਤਰ ਨੂੰ ਕੁਝ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
book-note-hint = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ, ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਵੀ ਲਿਖ ਸਕਦੇ ਹੋ। ਵੱਧ ਤੋਂ ਵੱਧ 1000 ਅੱਖਰ।
book-language = { $who ->
    [me] ਤੁਹਾਡੀ ਪਸੰਦ ਦੀ ਭਾਸ਼ਾ
   *[other] ਉਹਨਾਂ ਦੀ ਪਸੰਦ ਦੀ ਭਾਸ਼ਾ
  }
book-consent = { $who ->
    [me] ਮੇਰੀ ਮਰਜ਼ੀ ਹੈ ਕਿ ਇਹ ਜਾਣਕਾਰੀ ਦਫ਼ਤਰ ਨੂੰ ਭੇਜੀ ਜਾਵੇ। ਮੈਂ ਪੜ੍ਹ ਲਿਆ ਹੈ ਕਿ ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਿਵੇਂ ਵਰਤਦੇ ਹੋ।
   *[other] ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਮੈਂ ਮਦਦ ਕਰਦਾ/ਕਰਦੀ ਹਾਂ, ਉਹਨਾਂ ਦੀ ਮਰਜ਼ੀ ਹੈ ਕਿ ਇਹ ਜਾਣਕਾਰੀ ਦਫ਼ਤਰ ਨੂੰ ਭੇਜੀ ਜਾਵੇ। ਅਸੀਂ ਪੜ੍ਹ ਲਿਆ ਹੈ ਕਿ ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਿਵੇਂ ਵਰਤਦੇ ਹੋ।
  }
book-privacy-link = ਪੜ੍ਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਵਰਤਦੇ ਹਾਂ
book-submit = ਬੁੱਕ ਕਰੋ
book-change-submit = ਸਮਾਂ ਬਦਲੋ
book-error-slot = ਇੱਕ ਦਿਨ ਅਤੇ ਸਮਾਂ ਚੁਣੋ।
book-error-name = ਕੋਈ ਨਾਮ ਜਾਂ ਨਾਮ ਦੇ ਪਹਿਲੇ ਅੱਖਰ ਲਿਖੋ।
book-error-name-long = ਨਾਮ ਬਹੁਤ ਲੰਬਾ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ 80 ਅੱਖਰ।
book-error-contact = ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਲਿਖੋ। ਜਾਂਚੋ ਕਿ ਇਹ ਸਹੀ ਲਿਖਿਆ ਹੈ।
book-error-contact-missing = { $who ->
    [me] ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਲਿਖੋ: ਦਫ਼ਤਰ ਤੁਹਾਨੂੰ ਉੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ।
   *[other] ਇਸ ਵਿਅਕਤੀ ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਲਿਖੋ: ਦਫ਼ਤਰ ਉੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ।
  }
book-error-language = ਕੋਈ ਭਾਸ਼ਾ ਚੁਣੋ।
book-error-consent = { $who ->
    [me] ਅੱਗੇ ਵਧਣ ਲਈ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਜਵਾਬ ਦਫ਼ਤਰ ਨੂੰ ਭੇਜਣਾ ਚਾਹੁੰਦੇ ਹੋ।
   *[other] ਅੱਗੇ ਵਧਣ ਲਈ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਹ ਜਵਾਬ ਦਫ਼ਤਰ ਨੂੰ ਭੇਜਣਾ ਚਾਹੁੰਦੇ ਹਨ।
  }
book-error-note-long = ਲਿਖਤ ਬਹੁਤ ਲੰਬੀ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ 1000 ਅੱਖਰ।

booking-title = ਅਪੌਇੰਟਮੈਂਟ ਬੁੱਕ ਹੋ ਗਈ
booking-cancelled-title = ਅਪੌਇੰਟਮੈਂਟ ਰੱਦ ਹੋ ਗਈ
booking-cancelled-body = ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਸੰਪਰਕ ਹਟਾ ਦਿੱਤਾ ਹੈ।
booking-code = ਤੁਹਾਡਾ ਕੋਡ
booking-pin-intro = ਕੋਡ ਅਤੇ ਇਹ PIN ਹੁਣੇ ਲਿਖ ਲਓ: PIN ਸਿਰਫ਼ ਇਸ ਵਾਰ ਦਿਖਾਈ ਦਿੰਦਾ ਹੈ। ਅਪੌਇੰਟਮੈਂਟ ਬਦਲਣ ਜਾਂ ਰੱਦ ਕਰਨ ਲਈ ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਦੀ ਲੋੜ ਪਵੇਗੀ।
booking-pin = PIN:
booking-qr-alt = ਬੁਕਿੰਗ { $code } ਦਾ QR ਕੋਡ
booking-when = ਕਦੋਂ
booking-service = ਸੇਵਾ
booking-desk = ਦਫ਼ਤਰ
booking-bring = ਨਾਲ ਕੀ ਲਿਆਉਣਾ ਹੈ
booking-bring-id = ਪਛਾਣ ਦਾ ਦਸਤਾਵੇਜ਼ ਅਤੇ ਸਿਹਤ ਕਾਰਡ (tessera sanitaria) ਵੀ ਨਾਲ ਲਿਆਓ, ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹਨ।
booking-document-if = { $document } (ਜੇ ਤੁਹਾਡੇ ਮਾਮਲੇ ਵਿੱਚ ਲੋੜ ਹੋਵੇ)
booking-next-heading = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
booking-calendar = ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ
booking-print = ਪ੍ਰਿੰਟ ਕਰੋ
booking-copy-intro = ਹੇਠਾਂ ਇਹੀ ਜਾਣਕਾਰੀ ਇਤਾਲਵੀ ਵਿੱਚ ਹੈ, ਦਫ਼ਤਰ ਲਈ।
booking-copy-heading = ਦਫ਼ਤਰ ਲਈ
booking-download-data = ਆਪਣੀ ਜਾਣਕਾਰੀ ਡਾਊਨਲੋਡ ਕਰੋ (JSON ਫ਼ਾਈਲ)
booking-change = ਦਿਨ ਜਾਂ ਸਮਾਂ ਬਦਲੋ
booking-cancel-heading = ਕੀ ਤੁਸੀਂ ਨਹੀਂ ਆ ਸਕਦੇ?
booking-cancel-body = ਅਪੌਇੰਟਮੈਂਟ ਰੱਦ ਕਰੋ, ਤਾਂ ਜੋ ਇਹ ਸਮਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਮਿਲ ਜਾਵੇ। ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ, ਸੰਪਰਕ ਅਤੇ ਜਵਾਬ ਵੀ ਹਟਾ ਦਿੰਦੇ ਹਾਂ।
booking-erase-heading = ਆਪਣੀ ਜਾਣਕਾਰੀ ਮਿਟਾਓ
booking-erase-body = ਅਪੌਇੰਟਮੈਂਟ ਲੰਘ ਚੁੱਕੀ ਹੈ। ਤੁਸੀਂ ਆਪਣਾ ਨਾਮ, ਸੰਪਰਕ ਅਤੇ ਜਵਾਬ ਮਿਟਾ ਸਕਦੇ ਹੋ। ਸਿਰਫ਼ ਬਿਨਾਂ ਨਾਮ ਵਾਲੇ ਅੰਕੜੇ ਰਹਿ ਜਾਂਦੇ ਹਨ।
booking-erase = ਮੇਰੀ ਜਾਣਕਾਰੀ ਮਿਟਾਓ
booking-erased-body = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਹੈ: ਨਾਮ, ਸੰਪਰਕ ਅਤੇ ਜਵਾਬ। ਸਿਰਫ਼ ਬਿਨਾਂ ਨਾਮ ਵਾਲੇ ਅੰਕੜੇ ਰਹਿ ਜਾਂਦੇ ਹਨ।
booking-cancel = ਅਪੌਇੰਟਮੈਂਟ ਰੱਦ ਕਰੋ
booking-find-title = ਆਪਣੀ ਬੁਕਿੰਗ ਮੁੜ ਲੱਭੋ
booking-find-body = ਬੁਕਿੰਗ ਦੇਖਣ ਲਈ ਕੋਡ ਅਤੇ PIN ਦੀ ਲੋੜ ਹੈ।
ics-summary = ਅਪੌਇੰਟਮੈਂਟ: { $service }
ics-description = ਕੋਡ { $code }। ਸੂਚੀ ਵਾਲੇ ਦਸਤਾਵੇਜ਼ ਨਾਲ ਲਿਆਓ।

manage-title = ਆਪਣੀ ਬੁਕਿੰਗ ਮੁੜ ਲੱਭੋ
manage-intro = ਬੁਕਿੰਗ ਜਾਂ ਬੇਨਤੀ ਦਾ ਕੋਡ ਲਿਖੋ। ਫਿਰ PIN ਲਿਖੋ। ਜੇ ਹੁਣ ਤੁਹਾਡੇ ਕੋਲ PIN ਨਹੀਂ ਹੈ, ਤਾਂ ਦਫ਼ਤਰ ਤੋਂ ਪੁੱਛੋ।
manage-code = ਤੁਹਾਡਾ ਕੋਡ
manage-code-hint = 8 ਅੱਖਰ ਅਤੇ ਨੰਬਰ, ਜਿਵੇਂ K7MX-4QPT
manage-secret = PIN
manage-secret-hint = PIN ਵਿੱਚ 6 ਨੰਬਰ ਹੁੰਦੇ ਹਨ।
manage-submit = ਲੱਭੋ
manage-not-found = ਸਾਨੂੰ ਇਸ ਜਾਣਕਾਰੀ ਨਾਲ ਕੋਈ ਬੁਕਿੰਗ ਨਹੀਂ ਮਿਲੀ। ਕੋਡ ਅਤੇ PIN ਜਾਂਚੋ।
manage-too-many = ਬਹੁਤ ਵਾਰ ਕੋਸ਼ਿਸ਼ ਹੋ ਚੁੱਕੀ ਹੈ। 15 ਮਿੰਟ ਉਡੀਕ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਦਫ਼ਤਰ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।

results-find-desk = ਦਫ਼ਤਰ ਲੱਭੋ ਅਤੇ ਬੁੱਕ ਕਰੋ

# Sending a request without an appointment
request-title = ਬੇਨਤੀ ਭੇਜੋ
request-intro = ਤੁਹਾਨੂੰ ਸਮਾਂ ਚੁਣਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਦਫ਼ਤਰ ਤੁਹਾਡੀ ਬੇਨਤੀ ਪੜ੍ਹਦਾ ਹੈ ਅਤੇ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਦਾ ਹੈ ਜਾਂ ਲਿਖਦਾ ਹੈ। ਕੋਡ ਅਤੇ PIN ਨਾਲ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਬੇਨਤੀ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚੀ ਹੈ।
request-book-instead = ਕੀ ਤੁਸੀਂ ਸਮਾਂ ਚੁਣਨਾ ਪਸੰਦ ਕਰੋਗੇ? ਅਪੌਇੰਟਮੈਂਟ ਬੁੱਕ ਕਰੋ
request-contact = { $who ->
    [me] ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ
   *[other] ਉਹਨਾਂ ਦਾ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ
  }
request-contact-hint = { $who ->
    [me] ਦਫ਼ਤਰ ਤੁਹਾਨੂੰ ਇੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ। ਇਹ ਬੇਨਤੀ ਨੂੰ ਮੁੜ ਲੱਭਣ ਲਈ ਵੀ ਕੰਮ ਆਉਂਦਾ ਹੈ।
   *[other] ਦਫ਼ਤਰ ਇੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ। ਇਹ ਬੇਨਤੀ ਨੂੰ ਮੁੜ ਲੱਭਣ ਲਈ ਵੀ ਕੰਮ ਆਉਂਦਾ ਹੈ।
  }
request-submit = ਬੇਨਤੀ ਭੇਜੋ
request-sent-title = ਬੇਨਤੀ ਭੇਜ ਦਿੱਤੀ ਗਈ
request-withdrawn-title = ਬੇਨਤੀ ਵਾਪਸ ਲੈ ਲਈ ਗਈ
request-no-time = ਕੋਈ ਅਪੌਇੰਟਮੈਂਟ ਨਹੀਂ: ਦਫ਼ਤਰ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰੇਗਾ ਜਾਂ ਲਿਖੇਗਾ।
request-pin-intro = ਕੋਡ ਅਤੇ ਇਹ PIN ਹੁਣੇ ਲਿਖ ਲਓ: PIN ਸਿਰਫ਼ ਇਸ ਵਾਰ ਦਿਖਾਈ ਦਿੰਦਾ ਹੈ। ਜਵਾਬ ਦੇਖਣ ਜਾਂ ਬੇਨਤੀ ਵਾਪਸ ਲੈਣ ਲਈ ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਦੀ ਲੋੜ ਪਵੇਗੀ।
request-withdraw-heading = ਕੀ ਹੁਣ ਇਸ ਦੀ ਲੋੜ ਨਹੀਂ?
request-withdraw-body = ਬੇਨਤੀ ਵਾਪਸ ਲਓ। ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ, ਸੰਪਰਕ ਅਤੇ ਜਵਾਬ ਹਟਾ ਦਿੰਦੇ ਹਾਂ।
request-withdraw = ਬੇਨਤੀ ਵਾਪਸ ਲਓ

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] ਕੀ ਕੋਈ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
   *[other] ਕੀ ਤੁਸੀਂ ਵੀ ਇਸ ਬੁਕਿੰਗ 'ਤੇ ਨਜ਼ਰ ਰੱਖਣਾ ਚਾਹੁੰਦੇ ਹੋ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
  }
helper-intro = { $who ->
    [me] ਤੁਸੀਂ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵਿਅਕਤੀ ਨੂੰ PIN ਦੇ ਸਕਦੇ ਹੋ: ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ, ਕੋਈ ਦੋਸਤ, ਕੋਈ ਦੁਭਾਸ਼ੀਆ। ਕੋਡ ਅਤੇ ਆਪਣੇ PIN ਨਾਲ, ਇਹ ਵਿਅਕਤੀ ਅਪੌਇੰਟਮੈਂਟ ਦੇਖ ਸਕਦੇ ਹਨ, ਉਸ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹਨ ਜਾਂ ਉਸ ਨੂੰ ਰੱਦ ਕਰ ਸਕਦੇ ਹਨ। ਤੁਸੀਂ ਜਦੋਂ ਚਾਹੋ ਉਹਨਾਂ ਤੋਂ PIN ਵਾਪਸ ਲੈ ਸਕਦੇ ਹੋ।
   *[other] ਆਪਣੀ ਜਾਣਕਾਰੀ ਲਿਖੋ: ਤੁਹਾਨੂੰ ਆਪਣਾ ਇੱਕ PIN ਮਿਲੇਗਾ। ਕੋਡ ਅਤੇ ਆਪਣੇ PIN ਨਾਲ ਤੁਸੀਂ ਅਪੌਇੰਟਮੈਂਟ ਦੇਖ ਸਕਦੇ ਹੋ, ਉਸ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹੋ ਜਾਂ ਉਸ ਨੂੰ ਰੱਦ ਕਰ ਸਕਦੇ ਹੋ। ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਹ ਜਦੋਂ ਚਾਹੁਣ ਤੁਹਾਡੇ ਤੋਂ PIN ਵਾਪਸ ਲੈ ਸਕਦੇ ਹਨ।
  }
helper-name = { $who ->
    [me] ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਦਾ ਨਾਮ
   *[other] ਤੁਹਾਡਾ ਨਾਮ
  }
helper-relationship = { $who ->
    [me] ਉਹ ਤੁਹਾਡੇ ਕੀ ਲੱਗਦੇ ਹਨ?
   *[other] ਤੁਸੀਂ ਇਸ ਵਿਅਕਤੀ ਦੇ ਕੀ ਲੱਗਦੇ ਹੋ?
  }
helper-relationship-family = ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ
helper-relationship-friend = ਕੋਈ ਦੋਸਤ
helper-relationship-mediator = ਸੱਭਿਆਚਾਰਕ ਦੁਭਾਸ਼ੀਆ (mediatore culturale)
helper-relationship-other = ਕੋਈ ਹੋਰ ਵਿਅਕਤੀ, ਜਿਵੇਂ ਕੋਈ ਵਲੰਟੀਅਰ
helper-contact = { $who ->
    [me] ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਦਾ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
   *[other] ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ (ਜੇ ਤੁਸੀਂ ਚਾਹੋ)
  }
helper-contact-hint = ਦਫ਼ਤਰ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਅਪੌਇੰਟਮੈਂਟ ਲਈ ਵਰਤਦਾ ਹੈ।
helper-consent = { $who ->
    [me] ਮੈਂ ਸਹਿਮਤ ਹਾਂ: ਇਹ ਵਿਅਕਤੀ ਮੇਰੀ ਬੁਕਿੰਗ ਦੇਖ ਅਤੇ ਬਦਲ ਸਕਦੇ ਹਨ।
   *[other] ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਮੈਂ ਮਦਦ ਕਰਦਾ/ਕਰਦੀ ਹਾਂ, ਉਹ ਸਹਿਮਤ ਹਨ: ਮੈਂ ਉਹਨਾਂ ਦੀ ਬੁਕਿੰਗ ਦੇਖ ਅਤੇ ਬਦਲ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ।
  }
helper-error-name = ਮਦਦ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਦਾ ਨਾਮ ਲਿਖੋ।
helper-error-name-long = ਨਾਮ ਬਹੁਤ ਲੰਬਾ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ 80 ਅੱਖਰ।
helper-error-relationship = ਚੁਣੋ ਕਿ ਇਹ ਵਿਅਕਤੀ ਕੌਣ ਹਨ।
helper-error-contact = ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਲਿਖੋ। ਜਾਂਚੋ ਕਿ ਇਹ ਸਹੀ ਲਿਖਿਆ ਹੈ।
helper-error-consent = ਮਦਦ ਕਰਨ ਵਾਲੇ ਨੂੰ PIN ਦੇਣ ਲਈ ਉਸ ਵਿਅਕਤੀ ਦੀ ਸਹਿਮਤੀ ਜ਼ਰੂਰੀ ਹੈ। ਖ਼ਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
helper-role-family = ਪਰਿਵਾਰ ਦਾ ਜੀਅ
helper-role-friend = ਦੋਸਤ
helper-role-mediator = ਸੱਭਿਆਚਾਰਕ ਦੁਭਾਸ਼ੀਆ
helper-role-other = ਕੋਈ ਹੋਰ ਵਿਅਕਤੀ
booking-as-helper = ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਵਿਅਕਤੀ ਲਈ ਇਸ ਬੁਕਿੰਗ 'ਤੇ ਨਜ਼ਰ ਰੱਖਦੇ ਹੋ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਦੇਖ ਸਕਦੇ ਹੋ, ਇਸ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹੋ ਜਾਂ ਇਸ ਨੂੰ ਰੱਦ ਕਰ ਸਕਦੇ ਹੋ। ਸਿਰਫ਼ ਉਹ ਵਿਅਕਤੀ ਖ਼ੁਦ ਚੁਣਦੇ ਹਨ ਕਿ ਕੌਣ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰੇ।
booking-helper-pin-intro = ਇਹ { $name } ਦਾ PIN ਹੈ। ਇਹ ਉਹਨਾਂ ਨੂੰ ਹੁਣੇ ਦਿਓ: ਇਹ ਸਿਰਫ਼ ਇਸ ਵਾਰ ਦਿਖਾਈ ਦਿੰਦਾ ਹੈ। ਕੋਡ ਅਤੇ ਇਸ PIN ਨਾਲ, { $name } ਅਪੌਇੰਟਮੈਂਟ ਦੇਖ ਸਕਦੇ ਹਨ, ਉਸ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹਨ ਜਾਂ ਉਸ ਨੂੰ ਰੱਦ ਕਰ ਸਕਦੇ ਹਨ।
booking-helper-pin = { $name } ਦਾ PIN:
booking-helpers-heading = ਇਹ ਬੁਕਿੰਗ ਹੋਰ ਕੌਣ ਦੇਖਦਾ ਹੈ
booking-helpers-intro = ਇਹਨਾਂ ਲੋਕਾਂ ਕੋਲ ਆਪਣਾ-ਆਪਣਾ PIN ਹੈ। ਇਹ ਅਪੌਇੰਟਮੈਂਟ ਦੇਖ ਸਕਦੇ ਹਨ, ਉਸ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹਨ ਜਾਂ ਉਸ ਨੂੰ ਰੱਦ ਕਰ ਸਕਦੇ ਹਨ। ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਨੂੰ ਹਟਾਉਂਦੇ ਹੋ, ਤਾਂ ਉਸ ਦਾ PIN ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੰਦਾ ਹੈ।
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = ਇੱਕ ਵਿਅਕਤੀ
booking-helper-remove = { $name } ਨੂੰ ਹਟਾਓ
booking-helper-add-heading = ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ PIN ਦਿਓ
booking-helper-add-submit = PIN ਦਿਓ

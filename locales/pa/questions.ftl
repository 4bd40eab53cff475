# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = ਹਾਂ
answer-no = ਨਹੀਂ
answer-dont-know = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

unit-years = ਸਾਲ
unit-euro = ਯੂਰੋ
unit-children = ਬੱਚੇ
unit-euro-month = ਯੂਰੋ ਪ੍ਰਤੀ ਮਹੀਨਾ
unit-people = ਵਿਅਕਤੀ
unit-years-count = { $count ->
    [one] ਸਾਲ
   *[other] ਸਾਲ
  }
unit-euro-count = { $count ->
   *[other] ਯੂਰੋ
  }
unit-children-count = { $count ->
    [one] ਬੱਚਾ
   *[other] ਬੱਚੇ
  }
unit-euro-month-count = { $count ->
   *[other] ਯੂਰੋ ਪ੍ਰਤੀ ਮਹੀਨਾ
  }
unit-people-count = { $count ->
    [one] ਵਿਅਕਤੀ
   *[other] ਵਿਅਕਤੀ
  }
number-thousands-separator = ,

q-age = { $who ->
    [me] ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
   *[other] ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਸ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
  }
q-age-short = ਉਮਰ
q-age-why = ਕੁਝ ਮਦਦ ਸਿਰਫ਼ ਇੱਕ ਖ਼ਾਸ ਉਮਰ ਦੇ ਲੋਕਾਂ ਲਈ ਹੁੰਦੀ ਹੈ।

q-lives-alone = { $who ->
    [me] ਕੀ ਤੁਸੀਂ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹੋ?
   *[other] ਕੀ ਉਹ ਵਿਅਕਤੀ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ?
  }
q-lives-alone-short = ਇਕੱਲੇ ਰਹਿਣਾ

q-daily-help = { $who ->
    [me] ਅੱਜਕੱਲ੍ਹ ਤੁਹਾਡੇ ਲਈ ਬਿਨਾਂ ਮਦਦ ਦੇ ਕੀ ਕਰਨਾ ਔਖਾ ਹੈ?
   *[other] ਅੱਜਕੱਲ੍ਹ ਉਸ ਵਿਅਕਤੀ ਲਈ ਬਿਨਾਂ ਮਦਦ ਦੇ ਕੀ ਕਰਨਾ ਔਖਾ ਹੈ?
  }
q-daily-help-short = ਕੀ ਔਖਾ ਹੈ
q-daily-help-washing = ਨਹਾਉਣਾ ਅਤੇ ਕੱਪੜੇ ਪਾਉਣਾ
q-daily-help-meals = ਖਾਣਾ ਬਣਾਉਣਾ ਅਤੇ ਖਾਣਾ
q-daily-help-housework = ਘਰ ਦੀ ਸਫ਼ਾਈ ਕਰਨਾ
q-daily-help-moving = ਘਰ ਵਿੱਚ ਤੁਰਨਾ-ਫਿਰਨਾ ਜਾਂ ਬਾਹਰ ਜਾਣਾ
q-daily-help-medicines = ਦਵਾਈਆਂ ਲੈਣਾ
q-daily-help-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਨਹੀਂ

q-alone-risk = { $who ->
    [me] ਕੀ ਤੁਹਾਨੂੰ ਕਦੇ ਤੁਰੰਤ ਮਦਦ ਦੀ ਲੋੜ ਪੈਂਦੀ ਹੈ, ਜਿਵੇਂ ਡਿੱਗਣ ਤੋਂ ਬਾਅਦ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਦੇ ਤੁਰੰਤ ਮਦਦ ਦੀ ਲੋੜ ਪੈਂਦੀ ਹੈ, ਜਿਵੇਂ ਡਿੱਗਣ ਤੋਂ ਬਾਅਦ?
  }
q-alone-risk-short = ਤੁਰੰਤ ਮਦਦ ਦੀ ਲੋੜ ਪੈ ਸਕਦੀ ਹੈ
q-alone-risk-why = ਜੋ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, ਉਹਨਾਂ ਨੂੰ ਇੱਕ ਛੋਟੀ ਮਸ਼ੀਨ ਮਿਲ ਸਕਦੀ ਹੈ: ਇੱਕ ਬਟਨ ਦਬਾ ਕੇ ਮਦਦ ਬੁਲਾਈ ਜਾ ਸਕਦੀ ਹੈ।

q-invalidity = { $who ->
    [me] ਕੀ ਤੁਹਾਨੂੰ ਸਿਵਲ ਅਪੰਗਤਾ (invalidità civile) ਦੀ ਮਾਨਤਾ ਮਿਲੀ ਹੋਈ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਸਿਵਲ ਅਪੰਗਤਾ (invalidità civile) ਦੀ ਮਾਨਤਾ ਮਿਲੀ ਹੋਈ ਹੈ?
  }
q-invalidity-short = ਸਿਵਲ ਅਪੰਗਤਾ (invalidità civile)
q-invalidity-100-attendance = { $who ->
    [me] ਹਾਂ, 100%, ਅਤੇ ਮੈਨੂੰ ਦੇਖਭਾਲ ਭੱਤਾ (indennità di accompagnamento) ਮਿਲਦਾ ਹੈ
   *[other] ਹਾਂ, 100%, ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਦੇਖਭਾਲ ਭੱਤਾ (indennità di accompagnamento) ਮਿਲਦਾ ਹੈ
  }
q-invalidity-100 = ਹਾਂ, 100%, ਦੇਖਭਾਲ ਭੱਤੇ (accompagnamento) ਤੋਂ ਬਿਨਾਂ
q-invalidity-74-99 = ਹਾਂ, 74% ਤੋਂ 99% ਤੱਕ
q-invalidity-46-73 = ਹਾਂ, 46% ਤੋਂ 73% ਤੱਕ
q-invalidity-34-45 = ਹਾਂ, 34% ਤੋਂ 45% ਤੱਕ
q-invalidity-pending = { $who ->
    [me] ਮੈਂ ਅਰਜ਼ੀ ਦਿੱਤੀ ਹੈ, ਜਵਾਬ ਦੀ ਉਡੀਕ ਹੈ
   *[other] ਉਹਨਾਂ ਨੇ ਅਰਜ਼ੀ ਦਿੱਤੀ ਹੈ, ਜਵਾਬ ਦੀ ਉਡੀਕ ਹੈ
  }
q-invalidity-no = ਨਹੀਂ
q-invalidity-term-title = ਸਿਵਲ ਅਪੰਗਤਾ (invalidità civile) ਦਾ ਕੀ ਮਤਲਬ ਹੈ?
q-invalidity-term = ਇਹ ਇਸ ਗੱਲ ਦੀ ਸਰਕਾਰੀ ਮਾਨਤਾ ਹੈ ਕਿ ਕੋਈ ਬਿਮਾਰੀ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਨੂੰ ਸੀਮਤ ਕਰਦੀ ਹੈ। ਇਸ ਦਾ ਫ਼ੈਸਲਾ INPS ਦਾ ਡਾਕਟਰੀ ਬੋਰਡ ਕਰਦਾ ਹੈ ਅਤੇ ਰਿਪੋਰਟ (verbale) ਵਿੱਚ ਪ੍ਰਤੀਸ਼ਤ ਲਿਖਦਾ ਹੈ। ਇਸ ਨਾਲ ਮਦਦ ਅਤੇ ਪੈਸੇ ਲੈਣ ਦਾ ਹੱਕ ਮਿਲਦਾ ਹੈ।

q-carer = { $who ->
    [me] ਕੀ ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ ਜਾਂ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ (badante) ਘਰ ਵਿੱਚ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਕਰਦਾ ਹੈ?
   *[other] ਕੀ ਘਰ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਦੀ ਦੇਖਭਾਲ ਕੋਈ ਕਰਦਾ ਹੈ: ਤੁਸੀਂ, ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ ਜਾਂ ਦੇਖਭਾਲ ਕਰਮਚਾਰੀ (badante)?
  }
q-carer-short = ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ ਕੌਣ ਕਰਦਾ ਹੈ

q-has-isee = { $who ->
    [me] ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਇਸ ਸਾਲ ਲਈ ਵੈਧ ISEE ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦੇ ਪਰਿਵਾਰ ਕੋਲ ਇਸ ਸਾਲ ਲਈ ਵੈਧ ISEE ਹੈ?
  }
q-has-isee-short = ISEE
q-has-isee-why = ਬਹੁਤ ਸਾਰੀ ਮਦਦ ISEE 'ਤੇ ਨਿਰਭਰ ਕਰਦੀ ਹੈ। ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਨਹੀਂ ਹੈ, ਤਾਂ ਅਸੀਂ ਦੱਸਾਂਗੇ ਕਿ ਇਹ ਮੁਫ਼ਤ ਕਿੱਥੇ ਬਣਦਾ ਹੈ।
q-has-isee-term-title = ISEE ਕੀ ਹੈ?
q-has-isee-term = ਇਹ ਇੱਕ ਨੰਬਰ ਹੈ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਪਰਿਵਾਰ ਕੋਲ ਕਿੰਨਾ ਕੁਝ ਹੈ: ਆਮਦਨ, ਘਰ, ਬੱਚਤ। ਇਸ ਨੂੰ CAF ਦਫ਼ਤਰ ਮੁਫ਼ਤ ਬਣਾਉਂਦੇ ਹਨ। ਇਹ 31 ਦਸੰਬਰ ਤੱਕ ਵੈਧ ਰਹਿੰਦਾ ਹੈ।

q-isee = { $who ->
    [me] ਤੁਹਾਡਾ ISEE ਕਿੰਨਾ ਹੈ?
   *[other] ਉਸ ਵਿਅਕਤੀ ਦਾ ISEE ਕਿੰਨਾ ਹੈ?
  }
q-isee-short = ISEE ਦਾ ਮੁੱਲ

q-law-104 = { $who ->
    [me] ਕੀ ਤੁਹਾਨੂੰ ਕਾਨੂੰਨ 104 (Legge 104) ਦੀ ਮਾਨਤਾ ਮਿਲੀ ਹੋਈ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਾਨੂੰਨ 104 (Legge 104) ਦੀ ਮਾਨਤਾ ਮਿਲੀ ਹੋਈ ਹੈ?
  }
q-law-104-short = ਕਾਨੂੰਨ 104 (Legge 104)
q-law-104-term-title = ਕਾਨੂੰਨ 104 (Legge 104) ਕੀ ਹੈ?
q-law-104-severe = ਹਾਂ, ਗੰਭੀਰ ਸਥਿਤੀ ਵਿੱਚ (articolo 3, comma 3)
q-law-104-term = ਇਹ ਅਪੰਗਤਾ ਵਾਲੇ ਲੋਕਾਂ ਬਾਰੇ ਕਾਨੂੰਨ ਹੈ। ਮਾਨਤਾ ਮਿਲਣ 'ਤੇ ਕੰਮ ਤੋਂ ਛੁੱਟੀਆਂ ਅਤੇ ਹੋਰ ਮਦਦ ਮਿਲਦੀ ਹੈ। ਰਿਪੋਰਟ (verbale) ਦੱਸਦੀ ਹੈ ਕਿ ਕੀ ਸਥਿਤੀ ਗੰਭੀਰ ਹੈ।

q-disability-needs = { $who ->
    [me] ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
   *[other] ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
  }
q-disability-needs-short = ਲੋੜੀਂਦੀ ਮਦਦ
q-disability-needs-daily-care = ਰੋਜ਼ਾਨਾ ਦੇਖਭਾਲ, ਦਿਨ ਵੇਲੇ ਘਰੋਂ ਬਾਹਰ ਵੀ
q-disability-needs-transport = ਆਉਣ-ਜਾਣ ਦਾ ਸਾਧਨ, ਜਿਵੇਂ ਡਾਕਟਰੀ ਜਾਂਚ ਜਾਂ ਕੇਂਦਰ ਜਾਣ ਲਈ
q-disability-needs-parking = ਜਿੱਥੇ ਜਾਣਾ ਹੈ, ਉਸ ਦੇ ਨੇੜੇ ਗੱਡੀ ਖੜ੍ਹੀ ਕਰਨਾ
q-disability-needs-work = ਕੰਮ ਲੱਭਣਾ ਜਾਂ ਕੰਮ 'ਤੇ ਟਿਕੇ ਰਹਿਣਾ
q-disability-needs-school = ਸਕੂਲ ਜਾਣਾ
q-disability-needs-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਨਹੀਂ

q-children = { $who ->
    [me] 21 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਕਿੰਨੇ ਬੱਚੇ ਤੁਹਾਡੇ ਨਾਲ ਰਹਿੰਦੇ ਹਨ?
   *[other] 21 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਕਿੰਨੇ ਬੱਚੇ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਰਹਿੰਦੇ ਹਨ?
  }
q-children-short = 21 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚੇ
q-children-why = ਹਰ ਬੱਚੇ ਲਈ ਮਦਦ ਹੈ। ਜੇ ਕੋਈ ਬੱਚਾ ਨਹੀਂ ਹੈ, ਤਾਂ 0 ਲਿਖੋ।

q-children-ages = { $who ->
    [me] ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ? ਸਾਰੀਆਂ ਸਹੀ ਉਮਰਾਂ ਚੁਣੋ।
   *[other] ਉਸ ਵਿਅਕਤੀ ਦੇ ਬੱਚਿਆਂ ਦੀ ਉਮਰ ਕਿੰਨੀ ਹੈ? ਸਾਰੀਆਂ ਸਹੀ ਉਮਰਾਂ ਚੁਣੋ।
  }
q-children-ages-short = ਬੱਚਿਆਂ ਦੀ ਉਮਰ
q-children-ages-under-1 = 1 ਸਾਲ ਤੋਂ ਘੱਟ
q-children-ages-1-2 = 1 ਜਾਂ 2 ਸਾਲ (ਕਰੈੱਚ, nido)
q-children-ages-3-5 = 3 ਤੋਂ 5 ਸਾਲ (ਨਰਸਰੀ ਸਕੂਲ, scuola dell'infanzia)
q-children-ages-6-10 = 6 ਤੋਂ 10 ਸਾਲ (ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ, scuola primaria)
q-children-ages-11-13 = 11 ਤੋਂ 13 ਸਾਲ (ਮਿਡਲ ਸਕੂਲ, scuola media)
q-children-ages-14-18 = 14 ਤੋਂ 18 ਸਾਲ (ਹਾਈ ਸਕੂਲ, scuola superiore)
q-children-ages-19-20 = 19 ਜਾਂ 20 ਸਾਲ

q-newborn = { $who ->
    [me] ਕੀ ਪਿਛਲੇ 6 ਮਹੀਨਿਆਂ ਵਿੱਚ ਬੱਚੇ ਦਾ ਜਨਮ ਹੋਇਆ ਹੈ, ਜਾਂ ਬੱਚਾ ਪਰਿਵਾਰ ਵਿੱਚ ਆਇਆ ਹੈ?
   *[other] ਕੀ ਪਿਛਲੇ 6 ਮਹੀਨਿਆਂ ਵਿੱਚ ਬੱਚੇ ਦਾ ਜਨਮ ਹੋਇਆ ਹੈ, ਜਾਂ ਬੱਚਾ ਉਸ ਵਿਅਕਤੀ ਦੇ ਪਰਿਵਾਰ ਵਿੱਚ ਆਇਆ ਹੈ?
  }
q-newborn-short = ਪਿਛਲੇ 6 ਮਹੀਨਿਆਂ ਵਿੱਚ ਜਨਮਿਆ ਬੱਚਾ
q-newborn-why = ਕੁਝ ਮਦਦ ਲਈ ਅਰਜ਼ੀ ਜਨਮ ਜਾਂ ਗੋਦ ਲੈਣ ਤੋਂ ਕੁਝ ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਦੇਣੀ ਪੈਂਦੀ ਹੈ।

q-pregnant = { $who ->
    [me] ਕੀ ਤੁਹਾਡੇ ਘਰ ਬੱਚਾ ਆਉਣ ਵਾਲਾ ਹੈ (ਗਰਭ)?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦੇ ਘਰ ਬੱਚਾ ਆਉਣ ਵਾਲਾ ਹੈ (ਗਰਭ)?
  }
q-pregnant-short = ਬੱਚਾ ਆਉਣ ਵਾਲਾ ਹੈ

q-family-needs = { $who ->
    [me] ਬੱਚਿਆਂ ਦੇ ਮਾਮਲੇ ਵਿੱਚ ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
   *[other] ਬੱਚਿਆਂ ਦੇ ਮਾਮਲੇ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
  }
q-family-needs-short = ਬੱਚਿਆਂ ਲਈ ਮਦਦ
q-family-needs-childcare = ਕੋਈ ਜੋ ਛੋਟੇ ਬੱਚਿਆਂ ਨੂੰ ਸੰਭਾਲੇ
q-family-needs-parenting = ਮਾਪਿਆਂ ਵਜੋਂ ਸਲਾਹ ਜਾਂ ਸਹਾਰਾ
q-family-needs-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਨਹੀਂ

q-work-status = { $who ->
    [me] ਕੀ ਅੱਜਕੱਲ੍ਹ ਤੁਸੀਂ ਕੰਮ ਕਰਦੇ ਹੋ?
   *[other] ਕੀ ਅੱਜਕੱਲ੍ਹ ਉਹ ਵਿਅਕਤੀ ਕੰਮ ਕਰਦੇ ਹਨ?
  }
q-work-status-short = ਕੰਮ
q-work-status-employed = { $who ->
    [me] ਹਾਂ, ਮੇਰੇ ਕੋਲ ਕੰਮ ਹੈ
   *[other] ਹਾਂ, ਉਹਨਾਂ ਕੋਲ ਕੰਮ ਹੈ
  }
q-work-status-lost-job = { $who ->
    [me] ਮੇਰਾ ਕੰਮ ਹਾਲ ਹੀ ਵਿੱਚ ਛੁੱਟ ਗਿਆ ਹੈ
   *[other] ਉਹਨਾਂ ਦਾ ਕੰਮ ਹਾਲ ਹੀ ਵਿੱਚ ਛੁੱਟ ਗਿਆ ਹੈ
  }
q-work-status-unemployed = { $who ->
    [me] ਮੇਰੇ ਕੋਲ ਕਾਫ਼ੀ ਸਮੇਂ ਤੋਂ ਕੰਮ ਨਹੀਂ ਹੈ
   *[other] ਉਹਨਾਂ ਕੋਲ ਕਾਫ਼ੀ ਸਮੇਂ ਤੋਂ ਕੰਮ ਨਹੀਂ ਹੈ
  }
q-work-status-retired = { $who ->
    [me] ਮੈਂ ਰਿਟਾਇਰ ਹਾਂ (ਪੈਨਸ਼ਨ 'ਤੇ)
   *[other] ਉਹ ਰਿਟਾਇਰ ਹਨ (ਪੈਨਸ਼ਨ 'ਤੇ)
  }
q-work-status-student = { $who ->
    [me] ਮੈਂ ਵਿਦਿਆਰਥੀ ਹਾਂ
   *[other] ਉਹ ਵਿਦਿਆਰਥੀ ਹਨ
  }

q-job-lost-involuntary = { $who ->
    [me] ਕੀ ਤੁਹਾਡਾ ਕੰਮ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਖ਼ਤਮ ਹੋਇਆ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦਾ ਕੰਮ ਉਹਨਾਂ ਦੀ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਖ਼ਤਮ ਹੋਇਆ?
  }
q-job-lost-involuntary-short = ਕੰਮ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਖ਼ਤਮ ਹੋਇਆ
q-job-lost-involuntary-why = ਜਿਵੇਂ ਨੌਕਰੀ ਤੋਂ ਕੱਢ ਦੇਣਾ, ਜਾਂ ਇਕਰਾਰਨਾਮਾ (ਕੰਟਰੈਕਟ) ਖ਼ਤਮ ਹੋ ਜਾਣਾ। ਜੋ ਆਪ ਨੌਕਰੀ ਛੱਡਦੇ ਹਨ, ਉਹਨਾਂ ਨੂੰ ਆਮ ਤੌਰ 'ਤੇ ਬੇਰੁਜ਼ਗਾਰੀ ਭੱਤਾ (NASpI) ਨਹੀਂ ਮਿਲਦਾ।

q-household = { $who ->
    [me] ਤੁਹਾਡੇ ਨਾਲ ਕੌਣ ਰਹਿੰਦਾ ਹੈ?
   *[other] ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਕੌਣ ਰਹਿੰਦਾ ਹੈ?
  }
q-household-short = ਪਰਿਵਾਰ ਵਿੱਚ ਹੈ
q-household-minor = 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦਾ ਬੱਚਾ
q-household-disabled = ਅਪੰਗਤਾ ਵਾਲਾ ਕੋਈ ਵਿਅਕਤੀ
q-household-over-60 = 60 ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦਾ ਕੋਈ ਵਿਅਕਤੀ
q-household-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ
q-household-why = ਸ਼ਮੂਲੀਅਤ ਭੱਤਾ (Assegno di Inclusione) ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਇਹ ਲੋਕ ਹਨ। ਮਦਦ ਮੰਗਣ ਵਾਲੇ ਦੀ ਉਮਰ ਵੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।

q-food = { $who ->
    [me] ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਅਗਲੇ ਕੁਝ ਦਿਨਾਂ ਲਈ ਕਾਫ਼ੀ ਖਾਣਾ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਕੋਲ ਅਗਲੇ ਕੁਝ ਦਿਨਾਂ ਲਈ ਕਾਫ਼ੀ ਖਾਣਾ ਹੈ?
  }
q-food-short = ਅਗਲੇ ਦਿਨਾਂ ਲਈ ਖਾਣਾ

q-bills = { $who ->
    [me] ਕੀ ਬਿਜਲੀ, ਗੈਸ ਜਾਂ ਪਾਣੀ ਦੇ ਬਿੱਲ ਭਰਨੇ ਔਖੇ ਹਨ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਲਈ ਬਿਜਲੀ, ਗੈਸ ਜਾਂ ਪਾਣੀ ਦੇ ਬਿੱਲ ਭਰਨੇ ਔਖੇ ਹਨ?
  }
q-bills-short = ਬਿੱਲ ਭਰਨ ਵਿੱਚ ਮੁਸ਼ਕਲ

q-housing-situation = { $who ->
    [me] ਤੁਸੀਂ ਹੁਣ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ?
   *[other] ਉਹ ਵਿਅਕਤੀ ਹੁਣ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹਨ?
  }
q-housing-situation-short = ਰਿਹਾਇਸ਼
q-housing-situation-rent = ਕਿਰਾਏ ਦੇ ਘਰ ਵਿੱਚ
q-housing-situation-own = ਆਪਣੀ ਮਾਲਕੀ ਵਾਲੇ ਘਰ ਵਿੱਚ
q-housing-situation-guest = ਦੋਸਤਾਂ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰਾਂ ਕੋਲ ਮਹਿਮਾਨ ਵਜੋਂ
q-housing-situation-no-home = { $who ->
    [me] ਮੇਰੇ ਕੋਲ ਘਰ ਨਹੀਂ ਹੈ
   *[other] ਉਹਨਾਂ ਕੋਲ ਘਰ ਨਹੀਂ ਹੈ
  }

q-sleep-tonight = { $who ->
    [me] ਕੀ ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਤੁਹਾਡੇ ਕੋਲ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਹੈ?
   *[other] ਕੀ ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਉਸ ਵਿਅਕਤੀ ਕੋਲ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਹੈ?
  }
q-sleep-tonight-short = ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਥਾਂ

q-eviction = { $who ->
    [me] ਕੀ ਤੁਹਾਨੂੰ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (sfratto) ਮਿਲਿਆ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (sfratto) ਮਿਲਿਆ ਹੈ?
  }
q-eviction-short = ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (sfratto)
q-eviction-term-title = ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਹੁਕਮ (sfratto) ਕੀ ਹੈ?
q-eviction-term = ਇਹ ਉਹ ਕਾਗ਼ਜ਼ ਹੈ ਜਿਸ ਨਾਲ ਜੱਜ ਕਿਰਾਏ ਦਾ ਘਰ ਛੱਡਣ ਦਾ ਹੁਕਮ ਦਿੰਦਾ ਹੈ। ਆਮ ਤੌਰ 'ਤੇ ਇਹ ਕਈ ਮਹੀਨੇ ਕਿਰਾਇਆ ਨਾ ਦੇਣ ਤੋਂ ਬਾਅਦ ਆਉਂਦਾ ਹੈ।

q-rent-arrears = { $who ->
    [me] ਕੀ ਤੁਹਾਡਾ ਕੁਝ ਕਿਰਾਇਆ ਦੇਣਾ ਰਹਿੰਦਾ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦਾ ਕੁਝ ਕਿਰਾਇਆ ਦੇਣਾ ਰਹਿੰਦਾ ਹੈ?
  }
q-rent-arrears-short = ਕਿਰਾਇਆ ਬਕਾਇਆ

q-has-doctor = { $who ->
    [me] ਕੀ ਤੁਹਾਡਾ ਕੋਈ ਫੈਮਿਲੀ ਡਾਕਟਰ (medico di famiglia) ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦਾ ਕੋਈ ਫੈਮਿਲੀ ਡਾਕਟਰ (medico di famiglia) ਹੈ?
  }
q-has-doctor-short = ਫੈਮਿਲੀ ਡਾਕਟਰ

q-citizenship = { $who ->
    [me] ਤੁਹਾਡੀ ਨਾਗਰਿਕਤਾ ਕਿਹੜੀ ਹੈ?
   *[other] ਉਸ ਵਿਅਕਤੀ ਦੀ ਨਾਗਰਿਕਤਾ ਕਿਹੜੀ ਹੈ?
  }
q-citizenship-short = ਨਾਗਰਿਕਤਾ
q-citizenship-italian = ਇਟਲੀ
q-citizenship-eu = ਯੂਰਪੀ ਸੰਘ ਦਾ ਕੋਈ ਹੋਰ ਦੇਸ਼
q-citizenship-non-eu = ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰ ਦਾ ਕੋਈ ਦੇਸ਼
q-citizenship-why = ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਏ ਲੋਕਾਂ ਲਈ ਕੁਝ ਨਿਯਮ ਵੱਖਰੇ ਹਨ।

q-permit = { $who ->
    [me] ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਕੋਲ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਹੈ?
  }
q-permit-short = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
q-permit-valid = ਹਾਂ, ਵੈਧ
q-permit-long-term = ਹਾਂ, ਲੰਬੇ ਸਮੇਂ ਵਾਲਾ (lungo periodo), ਜਿਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਨਹੀਂ ਹੁੰਦੀ
q-permit-refugee = ਹਾਂ, ਸ਼ਰਨਾਰਥੀ ਦਰਜੇ (status di rifugiato) ਨਾਲ
q-permit-subsidiary = ਹਾਂ, ਸਹਾਇਕ ਸੁਰੱਖਿਆ (protezione sussidiaria) ਲਈ
q-permit-asylum-seeker = { $who ->
    [me] ਮੈਂ ਸ਼ਰਨ (asilo) ਮੰਗੀ ਹੈ ਅਤੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਹੈ
   *[other] ਉਹਨਾਂ ਨੇ ਸ਼ਰਨ (asilo) ਮੰਗੀ ਹੈ ਅਤੇ ਜਵਾਬ ਦੀ ਉਡੀਕ ਹੈ
  }
q-permit-receipt = { $who ->
    [me] ਮੈਂ ਨਵਿਆਉਣ ਦੀ ਅਰਜ਼ੀ ਦਿੱਤੀ ਹੈ ਅਤੇ ਮੇਰੇ ਕੋਲ ਰਸੀਦ (ricevuta) ਹੈ
   *[other] ਉਹਨਾਂ ਨੇ ਨਵਿਆਉਣ ਦੀ ਅਰਜ਼ੀ ਦਿੱਤੀ ਹੈ ਅਤੇ ਉਹਨਾਂ ਕੋਲ ਰਸੀਦ (ricevuta) ਹੈ
  }
q-permit-expiring = ਹਾਂ, ਪਰ 2 ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਇਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ
q-permit-expired = ਹਾਂ, ਪਰ ਇਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ
q-permit-none = ਨਹੀਂ
q-permit-term-title = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਕੀ ਹੈ?
q-permit-term = ਇਹ ਉਹ ਦਸਤਾਵੇਜ਼ ਹੈ ਜੋ ਯੂਰਪੀ ਸੰਘ ਤੋਂ ਬਾਹਰੋਂ ਆਏ ਲੋਕਾਂ ਨੂੰ ਇਟਲੀ ਵਿੱਚ ਰਹਿਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦਾ ਹੈ। ਇਹ ਪੁਲਿਸ ਹੈੱਡਕੁਆਰਟਰ (Questura) ਦਿੰਦਾ ਹੈ। ਨਵਿਆਉਣ ਦੀ ਰਸੀਦ ਵੀ ਪਰਮਿਟ ਵਾਂਗ ਹੀ ਮੰਨੀ ਜਾਂਦੀ ਹੈ।

q-health-needs = { $who ->
    [me] ਸਿਹਤ ਲਈ ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਦੀ ਲੋੜ ਹੈ?
   *[other] ਸਿਹਤ ਲਈ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਿਸ ਚੀਜ਼ ਦੀ ਲੋੜ ਹੈ?
  }
q-health-needs-short = ਸਿਹਤ ਦੀਆਂ ਲੋੜਾਂ
q-health-needs-home-care = ਘਰ ਵਿੱਚ ਇਲਾਜ, ਜਿਵੇਂ ਕੋਈ ਨਰਸ
q-health-needs-mental-health = ਘਬਰਾਹਟ, ਉਦਾਸੀ ਜਾਂ ਮਨ ਦੀਆਂ ਹੋਰ ਸਮੱਸਿਆਵਾਂ ਲਈ ਮਦਦ
q-health-needs-addiction = ਸ਼ਰਾਬ, ਨਸ਼ੇ ਜਾਂ ਜੂਏ ਲਈ ਮਦਦ
q-health-needs-pregnancy = ਗਰਭ, ਗਰਭ-ਨਿਰੋਧ ਜਾਂ ਔਰਤਾਂ ਦੀ ਸਿਹਤ
q-health-needs-none = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਨਹੀਂ

q-years-italy = { $who ->
    [me] ਤੁਸੀਂ ਕਿੰਨੇ ਸਾਲਾਂ ਤੋਂ ਇਟਲੀ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ?
   *[other] ਉਹ ਵਿਅਕਤੀ ਕਿੰਨੇ ਸਾਲਾਂ ਤੋਂ ਇਟਲੀ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ?
  }
q-years-italy-short = ਇਟਲੀ ਵਿੱਚ ਸਾਲ
q-years-italy-why = ਕੁਝ ਮਦਦ ਲਈ ਇਟਲੀ ਵਿੱਚ ਕੁਝ ਸਾਲ ਰਹਿਣਾ ਜ਼ਰੂਰੀ ਹੈ। 5 ਸਾਲਾਂ ਬਾਅਦ ਅਜਿਹਾ ਪਰਮਿਟ ਮੰਗਿਆ ਜਾ ਸਕਦਾ ਹੈ ਜਿਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਨਹੀਂ ਹੁੰਦੀ।

q-family-abroad = { $who ->
    [me] ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ ਚਾਹੁੰਦੇ ਹੋ?
   *[other] ਕੀ ਉਹ ਵਿਅਕਤੀ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ ਚਾਹੁੰਦੇ ਹਨ?
  }
q-family-abroad-short = ਪਰਿਵਾਰ ਨੂੰ ਇਟਲੀ ਬੁਲਾਉਣਾ

q-italian-level = { $who ->
    [me] ਤੁਸੀਂ ਇਤਾਲਵੀ ਕਿੰਨੀ ਕੁ ਬੋਲਦੇ ਹੋ?
   *[other] ਉਹ ਵਿਅਕਤੀ ਇਤਾਲਵੀ ਕਿੰਨੀ ਕੁ ਬੋਲਦੇ ਹਨ?
  }
q-italian-level-short = ਇਤਾਲਵੀ
q-italian-level-none = ਬਿਲਕੁਲ ਨਹੀਂ
q-italian-level-basic = ਥੋੜ੍ਹੀ
q-italian-level-good = ਚੰਗੀ

q-danger-now = { $who ->
    [me] ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?
   *[other] ਕੀ ਉਹ ਵਿਅਕਤੀ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹਨ?
  }
q-danger-now-short = ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ

q-safe-place = { $who ->
    [me] ਜੇ ਤੁਹਾਨੂੰ ਘਰ ਛੱਡਣਾ ਪਵੇ, ਤਾਂ ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਜਾਣ ਲਈ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਹੈ?
   *[other] ਜੇ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਘਰ ਛੱਡਣਾ ਪਵੇ, ਤਾਂ ਕੀ ਉਹਨਾਂ ਕੋਲ ਜਾਣ ਲਈ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਹੈ?
  }
q-safe-place-short = ਜਾਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ

q-children-involved = { $who ->
    [me] ਕੀ ਕੋਈ ਬੱਚੇ ਇਹ ਹਿੰਸਾ ਦੇਖਦੇ ਜਾਂ ਸਹਿੰਦੇ ਹਨ?
   *[other] ਕੀ ਕੋਈ ਬੱਚੇ ਇਹ ਹਿੰਸਾ ਦੇਖਦੇ ਜਾਂ ਸਹਿੰਦੇ ਹਨ?
  }
q-children-involved-short = ਬੱਚੇ ਵੀ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ

q-needs-constant-care = { $who ->
    [me] ਕੀ ਤੁਹਾਨੂੰ ਸਾਰਾ ਦਿਨ, ਜਾਂ ਰਾਤ ਨੂੰ ਵੀ, ਕਿਸੇ ਦੇ ਕੋਲ ਹੋਣ ਦੀ ਲੋੜ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਸਾਰਾ ਦਿਨ, ਜਾਂ ਰਾਤ ਨੂੰ ਵੀ, ਕਿਸੇ ਦੇ ਕੋਲ ਹੋਣ ਦੀ ਲੋੜ ਹੈ?
  }
q-needs-constant-care-short = ਹਮੇਸ਼ਾ ਕਿਸੇ ਦੇ ਕੋਲ ਹੋਣ ਦੀ ਲੋੜ
q-needs-constant-care-why = ਜੋ ਇਕੱਲੇ ਨਹੀਂ ਰਹਿ ਸਕਦੇ, ਉਹਨਾਂ ਨੂੰ ਪੈਸੇ ਅਤੇ ਦੇਖਭਾਲ ਵਿੱਚ ਵੱਧ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।

q-manages-money = { $who ->
    [me] ਕੀ ਤੁਸੀਂ ਬਿਨਾਂ ਮਦਦ ਦੇ ਪੈਸੇ ਅਤੇ ਕਾਗ਼ਜ਼-ਪੱਤਰ ਸੰਭਾਲ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ ਬੈਂਕ ਅਤੇ ਬਿੱਲ?
   *[other] ਕੀ ਉਹ ਵਿਅਕਤੀ ਬਿਨਾਂ ਮਦਦ ਦੇ ਪੈਸੇ ਅਤੇ ਕਾਗ਼ਜ਼-ਪੱਤਰ ਸੰਭਾਲ ਸਕਦੇ ਹਨ, ਜਿਵੇਂ ਬੈਂਕ ਅਤੇ ਬਿੱਲ?
  }
q-manages-money-short = ਪੈਸੇ ਅਤੇ ਕਾਗ਼ਜ਼ ਸੰਭਾਲਣਾ
q-manages-money-why = ਜੇ ਕੋਈ ਵਿਅਕਤੀ ਹੁਣ ਇਹ ਨਹੀਂ ਕਰ ਸਕਦਾ, ਤਾਂ ਜੱਜ ਉਸ ਦੀ ਮਦਦ ਲਈ ਕਿਸੇ ਨੂੰ ਨਿਯੁਕਤ ਕਰ ਸਕਦਾ ਹੈ।

q-municipality = { $who ->
    [me] ਤੁਸੀਂ ਕਿਹੜੀ ਨਗਰਪਾਲਿਕਾ (Comune) ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ?
   *[other] ਉਹ ਵਿਅਕਤੀ ਕਿਹੜੀ ਨਗਰਪਾਲਿਕਾ (Comune) ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ?
  }
q-municipality-short = ਨਗਰਪਾਲਿਕਾ ਜਿੱਥੇ ਰਹਿੰਦੇ ਹਨ
q-municipality-why = ਹਰ ਨਗਰਪਾਲਿਕਾ ਉੱਥੇ ਰਹਿਣ ਵਾਲਿਆਂ ਦੀ ਮਦਦ ਕਰਦੀ ਹੈ। ਇਸ ਤਰ੍ਹਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਪਹਿਲਾਂ ਤੁਹਾਡੀ ਨਗਰਪਾਲਿਕਾ ਦਾ ਦਫ਼ਤਰ ਦਿਖਾਉਂਦੇ ਹਾਂ।
q-municipality-other = ਕੋਈ ਹੋਰ ਨਗਰਪਾਲਿਕਾ, ਜੋ ਇਸ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ

q-resident = { $who ->
    [me] ਜਿਸ ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਕੀ ਉੱਥੇ ਤੁਹਾਡੀ ਰਿਹਾਇਸ਼ ਦਰਜ (residenza) ਹੈ?
   *[other] ਜਿਸ ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਉਹ ਵਿਅਕਤੀ ਰਹਿੰਦੇ ਹਨ, ਕੀ ਉੱਥੇ ਉਹਨਾਂ ਦੀ ਰਿਹਾਇਸ਼ ਦਰਜ (residenza) ਹੈ?
  }
q-resident-short = ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਦਰਜ ਰਿਹਾਇਸ਼
q-resident-why = ਨਗਰਪਾਲਿਕਾ ਦੀ ਬਹੁਤ ਸਾਰੀ ਮਦਦ ਸਿਰਫ਼ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਰਿਹਾਇਸ਼ ਉੱਥੇ ਦਰਜ ਹੈ।
q-resident-term-title = ਦਰਜ ਰਿਹਾਇਸ਼ (residenza) ਕੀ ਹੈ?
q-resident-term = ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਤੁਹਾਡਾ ਨਾਮ ਉਸ ਨਗਰਪਾਲਿਕਾ ਦੇ ਰਜਿਸਟਰ (anagrafe) ਵਿੱਚ ਦਰਜ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ। ਇਹ ਰਜਿਸਟਰੀ ਦਫ਼ਤਰ (ufficio anagrafe) ਤੋਂ ਮੰਗੀ ਜਾਂਦੀ ਹੈ। ਜਿਨ੍ਹਾਂ ਕੋਲ ਘਰ ਨਹੀਂ ਹੈ, ਉਹ ਵੀ ਇਹ ਲੈ ਸਕਦੇ ਹਨ।

q-monthly-income = { $who ->
    [me] ਹਰ ਮਹੀਨੇ ਤੁਹਾਨੂੰ ਕੁੱਲ ਕਿੰਨੇ ਪੈਸੇ ਮਿਲਦੇ ਹਨ?
   *[other] ਹਰ ਮਹੀਨੇ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕੁੱਲ ਕਿੰਨੇ ਪੈਸੇ ਮਿਲਦੇ ਹਨ?
  }
q-monthly-income-short = ਮਹੀਨੇ ਦੀ ਆਮਦਨ
q-monthly-income-why = ਪੈਨਸ਼ਨ ਅਤੇ ਹਰ ਹੋਰ ਆਮਦਨ ਗਿਣੀ ਜਾਂਦੀ ਹੈ। ਜਿਨ੍ਹਾਂ ਕੋਲ ਥੋੜ੍ਹਾ ਹੈ, ਉਹਨਾਂ ਨੂੰ INPS ਤੋਂ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।

q-household-size = { $who ->
    [me] ਤੁਹਾਨੂੰ ਵੀ ਗਿਣ ਕੇ, ਘਰ ਵਿੱਚ ਕਿੰਨੇ ਲੋਕ ਰਹਿੰਦੇ ਹਨ?
   *[other] ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਵੀ ਗਿਣ ਕੇ, ਘਰ ਵਿੱਚ ਕਿੰਨੇ ਲੋਕ ਰਹਿੰਦੇ ਹਨ?
  }
q-household-size-short = ਘਰ ਵਿੱਚ ਰਹਿਣ ਵਾਲੇ ਲੋਕ
q-household-size-why = ਕੁਝ ਮਦਦ ਘੱਟੋ-ਘੱਟ 3 ਜੀਆਂ ਵਾਲੇ ਪਰਿਵਾਰਾਂ ਲਈ ਹੈ।

q-debts = { $who ->
    [me] ਕੀ ਤੁਹਾਡੇ ਸਿਰ ਅਜਿਹੇ ਕਰਜ਼ੇ ਹਨ ਜੋ ਤੁਸੀਂ ਹੁਣ ਨਹੀਂ ਚੁਕਾ ਸਕਦੇ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦੇ ਸਿਰ ਅਜਿਹੇ ਕਰਜ਼ੇ ਹਨ ਜੋ ਉਹ ਹੁਣ ਨਹੀਂ ਚੁਕਾ ਸਕਦੇ?
  }
q-debts-short = ਕਰਜ਼ੇ ਜੋ ਚੁਕਾਏ ਨਹੀਂ ਜਾ ਸਕਦੇ

q-needs-money = { $who ->
    [me] ਕੀ ਤੁਹਾਨੂੰ ਆਪਣੇ ਦਮ 'ਤੇ ਵੱਖਰੇ ਰਹਿਣ ਲਈ ਪੈਸਿਆਂ ਦੀ ਲੋੜ ਹੈ?
   *[other] ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਆਪਣੇ ਦਮ 'ਤੇ ਵੱਖਰੇ ਰਹਿਣ ਲਈ ਪੈਸਿਆਂ ਦੀ ਲੋੜ ਹੈ?
  }
q-needs-money-short = ਨਵੀਂ ਸ਼ੁਰੂਆਤ ਲਈ ਪੈਸਿਆਂ ਦੀ ਲੋੜ
q-needs-money-why = ਜੋ ਹਿੰਸਾ ਵਿੱਚੋਂ ਨਿਕਲ ਕੇ ਨਵੀਂ ਸ਼ੁਰੂਆਤ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹਨ, ਉਹਨਾਂ ਲਈ ਪੈਸਿਆਂ ਦੀ ਮਦਦ ਹੈ।

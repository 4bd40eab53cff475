next-body = اب ہم آپ سے چند آسان سوال پوچھیں گے، ایک وقت میں ایک۔ آپ ہمیشہ پیچھے جا سکتے ہیں۔
start-questions = سوال شروع کریں

question-progress = { $total } میں سے سوال نمبر { $current }
back = پیچھے
continue-link = آگے بڑھیں
why-we-ask = ہم یہ کیوں پوچھتے ہیں
municipality-choose = بلدیہ (Comune) چنیں
choose-all-that-apply = وہ تمام جواب چنیں جو درست ہیں۔
title-neutral-question = سوال
title-neutral-results = معلومات

error-missing = کوئی جواب چنیں یا لکھیں۔
error-not-an-option = فہرست میں سے کوئی ایک جواب چنیں۔
error-not-a-number = ایک عدد لکھیں، مثلاً 12۔
error-too-small = عدد کم از کم { $min } ہونا چاہیے۔
error-too-large = عدد زیادہ سے زیادہ { $max } ہونا چاہیے۔
error-unknown-municipality = فہرست میں سے کوئی بلدیہ (Comune) چنیں۔

quick-exit = اس صفحے سے فوراً نکلیں
quick-exit-hint = یا Shift (Maiusc) کا بٹن 3 بار دبائیں۔
read-aloud = بلند آواز میں پڑھ کر سنائیں
read-aloud-stop = پڑھنا بند کریں

check-title = اپنے جواب چیک کریں
check-intro = اگر کچھ غلط ہے تو “تبدیل کریں” دبائیں۔
check-see-results = نتائج دیکھیں

results-title = آپ کے لیے مدد
results-intro = { $who ->
    [me] آپ کے جوابات کی بنیاد پر، یہ وہ مدد ہے جو آپ کے لیے موزوں ہے۔
   *[other] جوابات کی بنیاد پر، یہ وہ مدد ہے جو اس شخص کے لیے موزوں ہے جس کی آپ مدد کرتے ہیں۔
  }
results-fits-heading = { $who ->
    [me] آپ کے لیے موزوں مدد
   *[other] اس شخص کے لیے موزوں مدد
  }
results-may-heading = دفتر میں پوچھنے والی مدد
results-may-intro = { $who ->
    [me] یہ مدد شاید آپ کے لیے موزوں ہو۔ دفتر میں وہ باتیں چیک کی جا سکتی ہیں جو آپ کو معلوم نہیں تھیں۔
   *[other] یہ مدد شاید اس شخص کے لیے موزوں ہو۔ دفتر میں وہ باتیں چیک کی جا سکتی ہیں جو آپ کو معلوم نہیں تھیں۔
  }
results-not-heading = { $who ->
    [me] وہ مدد جو آپ کے لیے موزوں نہیں، اور کیوں
   *[other] وہ مدد جو اس شخص کے لیے موزوں نہیں، اور کیوں
  }
results-none-fit = ان جوابات کے ساتھ کوئی مدد پوری طرح موزوں نہیں ہے۔ اس کا مطلب انکار نہیں ہے: سماجی خدمات کے دفتر (Sportello Sociale) میں ایک ملاقات سے شروع کریں۔
results-urgent-heading = فوری مدد کہاں سے ملے
results-always-heading = سماجی خدمات کا دفتر (Sportello Sociale) ہمیشہ موجود ہے
results-always-intro = سمجھ نہیں آ رہا کہ کہاں سے شروع کریں، یا اپنے جوابات کے بارے میں شک ہے؟ دفتر میں آپ کی بات سنی جاتی ہے اور سمجھنے میں آپ کی مدد کی جاتی ہے۔ یہ مدد سب کے لیے ہے۔
results-pua-route = یہ درخواست PUA (Porta Unica di Accesso، یعنی رسائی کا واحد دفتر) کے ذریعے جاتی ہے۔ ایک ڈاکٹر اور ایک سوشل ورکر (assistente sociale) مل کر جائزہ لیتے ہیں (UVM)، اکثر گھر پر۔ پھر وہ آپ کے ساتھ مل کر دیکھ بھال کا منصوبہ طے کرتے ہیں۔
results-law = قاعدہ: { $law }۔ جانچ کی تاریخ: { $checked }۔
checklist-pua-note = PUA کے جائزے کے لیے ڈاکٹر کے سرٹیفکیٹ اور وہ دوائیں بھی ساتھ لائیں جو آپ لیتے ہیں۔
results-ask-at-desk = دفتر میں پوچھیں:
results-you-said = (آپ کا جواب: { $answers })
results-always-why = یہ سب کے لیے ہے۔
results-why-fits = { $who ->
    [me] یہ آپ کے لیے کیوں موزوں ہے
   *[other] یہ اس شخص کے لیے کیوں موزوں ہے
  }
results-why-not = { $who ->
    [me] یہ آپ کے لیے کیوں موزوں نہیں
   *[other] یہ اس شخص کے لیے کیوں موزوں نہیں
  }
results-for-whom = یہ کس کے لیے ہے
results-what-to-bring = کیا ساتھ لائیں
results-no-documents = کسی دستاویز کی ضرورت نہیں۔
results-who-provides = یہ کون دیتا ہے
results-how-long = کتنا وقت لگتا ہے
results-official-page = سرکاری صفحہ
results-next-heading = اب آگے کیا
results-change-answers = جواب تبدیل کریں
results-print = پرنٹ کرنے کے لیے ورژن
results-start-again = شروع سے دوبارہ کریں

results-elsewhere-heading = دوسری مدد جو کام آ سکتی ہے
results-elsewhere-intro = جوابات کی بنیاد پر، یہ مدد بھی کام آ سکتی ہے۔ بس چند اور سوال کافی ہیں: جو جواب آپ دے چکے ہیں وہ محفوظ رہیں گے۔
results-elsewhere-fits = دیے گئے جوابات سے مطابقت رکھتی ہے
results-elsewhere-may = چیک کرنا ہوگا
results-elsewhere-continue = { $count ->
    [0] یہ مدد دیکھیں
    [one] 1 اور سوال کا جواب دیں
   *[other] { $count } اور سوالوں کے جواب دیں
  }

checklist-heading = ساتھ لانے والی دستاویزات
checklist-intro = جو چیزیں آپ کے پاس پہلے سے ہیں ان پر نشان لگائیں۔ اس طرح آپ کو پتہ چلے گا کہ کیا کمی ہے۔
checklist-save = فہرست محفوظ کریں

## Desks, opening hours, booking

date-long = { $weekday }، { $day } { $month }
weekday-mon = پیر
weekday-tue = منگل
weekday-wed = بدھ
weekday-thu = جمعرات
weekday-fri = جمعہ
weekday-sat = ہفتہ
weekday-sun = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

spoken-wo = Wolof

desk-open-until = ابھی کھلا ہے، { $time } بجے بند ہوگا
desk-opens-today = ابھی بند ہے، آج { $time } بجے کھلے گا
desk-opens-tomorrow = ابھی بند ہے، کل { $time } بجے کھلے گا
desk-opens-on = ابھی بند ہے، { $day } کو { $time } بجے کھلے گا
desk-closed = فی الحال بند ہے۔ یہ جاننے کے لیے فون کریں کہ کب کھلے گا۔
desk-address = پتہ
desk-address-secret = آپ کی حفاظت کے لیے یہ پتہ عام نہیں کیا جاتا۔
desk-secret-help = مرکز کے نمبر پر فون کریں۔ آپ 1522 پر بھی فون کر سکتے ہیں: یہ مفت ہے، ہمیشہ کھلا رہتا ہے، اور وہاں بہت سی زبانوں میں بات ہوتی ہے۔
desk-serves = { $place } میں رہنے والوں کا دفتر: سب سے پہلے آپ کو یہیں جانا چاہیے۔
desk-distance = فاصلہ
desk-km = { $km } کلومیٹر
desk-phone = فون
desk-email = ای میل
desk-languages = بولی جانے والی زبانیں
desk-mediator-days = { $days } کو ثقافتی رابطہ کار (mediatore) کے ساتھ
desk-access = رسائی
access-step-free = سیڑھیوں کے بغیر
access-hearing-loop = سماعت کا آلہ استعمال کرنے والوں کے لیے ہیئرنگ لوپ
access-toilet = معذور افراد کے لیے قابلِ رسائی بیت الخلا
access-steps = سیڑھیاں ہیں

unavailable-title = سروس دستیاب نہیں
unavailable-body = ہم اس وقت یہ صفحہ نہیں دکھا سکتے۔ چند منٹ بعد دوبارہ کوشش کریں۔

desks-title = کہاں جائیں: { $service }
desks-intro = یہ وہ دفاتر ہیں جو یہ سروس دیتے ہیں۔ سب سے قریبی دفاتر پہلے دیکھنے کے لیے اپنی بلدیہ (Comune) چنیں۔
desks-municipality = آپ کی بلدیہ (Comune)
desks-municipality-any = بلدیہ چنیں
desks-postcode = یا ڈاک کوڈ (CAP)
desks-postcode-hint = مثلاً 24044
desks-postcode-unknown = یہ ڈاک کوڈ (CAP) ہمارے علاقے میں نہیں ملا۔ فہرست میں سے بلدیہ (Comune) چنیں۔
desks-location-invalid = ہم آپ کا مقام استعمال نہیں کر سکے۔ فہرست میں سے بلدیہ (Comune) چنیں۔
desks-use-location = میرا مقام استعمال کریں
desks-filters = مزید فلٹر
desks-language = بولی جانے والی زبان
desks-any = سب
desks-day = اس دن کھلا ہو
desks-step-free = صرف سیڑھیوں کے بغیر دفاتر
desks-search = دفاتر دکھائیں
desks-count = { $count ->
    [0] کوئی دفتر نہیں
    [one] 1 دفتر
   *[other] { $count } دفاتر
}
desks-count-from = { $count ->
    [0] کوئی دفتر نہیں
    [one] 1 دفتر، { $place } کے قریب
   *[other] { $count } دفاتر، { $place } سے سب سے قریبی پہلے
}
desks-none = ان فلٹرز کے ساتھ کوئی دفتر نہیں ملا۔ کوئی ایک فلٹر ہٹا کر دیکھیں۔
desks-shown-nearest = یہاں سب سے قریبی { $shown } دفاتر دکھائے گئے ہیں۔
desks-shown-first = یہاں پہلے { $shown } دفاتر دکھائے گئے ہیں۔ سب سے قریبی دفاتر دیکھنے کے لیے اپنی بلدیہ (Comune) چنیں۔
desks-book = ملاقات کا وقت لیں
desks-request = درخواست بھیجیں
desks-request-instead = یا ملاقات کے وقت کے بغیر درخواست بھیجیں
request-instead = کوئی وقت مناسب نہیں؟ ملاقات کے وقت کے بغیر درخواست بھیجیں

book-title = ملاقات کا وقت لیں
book-change-title = وقت تبدیل کریں
book-intro = { $service }، { $desk } میں۔
book-desk-details = دفتر کے اوقات، پتہ اور زبانیں
book-choose-time = دن اور وقت چنیں
book-no-slots = ان دنوں میں کوئی خالی وقت نہیں ہے۔ بعد کے دن دیکھیں۔
book-earlier = پہلے کے دن
book-later = بعد کے دن
book-mediator-present = اس دن ثقافتی رابطہ کار (mediatore culturale) موجود ہوگا: { $languages }۔
book-slot-taken = یہ وقت ابھی ابھی کسی اور نے لے لیا ہے۔ نیچے دیے گئے خالی اوقات میں سے کوئی ایک چنیں۔ آپ کی معلومات ابھی فارم میں موجود ہیں۔
book-too-many-today = آج اس کنکشن سے پہلے ہی بہت سی بُکنگز آ چکی ہیں۔ مزید بُکنگ کے لیے دفتر کو فون کریں یا کل دوبارہ آئیں۔ آپ کی معلومات ابھی فارم میں موجود ہیں۔
book-about-you = آپ کی معلومات
book-name = نام، یا صرف نام کے پہلے حروف
book-name-hint = دفتر کو آپ کو بلانے کے لیے اس کی ضرورت ہے۔
book-contact = فون یا ای میل (اگر آپ چاہیں)
book-contact-hint = ہم اسے صرف اس ملاقات کے لیے استعمال کرتے ہیں: دفتر آپ کو اسی پر فون کرے گا یا لکھے گا۔
book-filled-by = یہ فارم کون بھر رہا ہے؟ (اختیاری)
book-filled-by-person = میں، اپنے لیے
book-filled-by-relative = خاندان کا کوئی فرد یا دوست
book-filled-by-mediator = ثقافتی رابطہ کار (mediatore culturale)
book-note = کیا آپ دفتر کو کچھ بتانا چاہتے ہیں؟ (اختیاری)
book-note-hint = اپنے الفاظ میں لکھیں، چاہیں تو اپنی زبان میں۔ زیادہ سے زیادہ 1000 حروف۔
book-language = آپ کی پسندیدہ زبان
book-consent = میری مرضی ہے کہ یہ معلومات دفتر کو بھیجی جائیں۔ میں نے پڑھ لیا ہے کہ آپ انہیں کیسے استعمال کرتے ہیں۔
book-privacy-link = پڑھیں کہ ہم آپ کی معلومات کیسے استعمال کرتے ہیں
book-submit = وقت بُک کریں
book-change-submit = وقت تبدیل کریں
book-error-slot = دن اور وقت چنیں۔
book-error-name = اپنا نام یا نام کے پہلے حروف لکھیں۔
book-error-name-long = نام بہت لمبا ہے: زیادہ سے زیادہ 80 حروف۔
book-error-contact = فون نمبر یا ای میل لکھیں۔ چیک کریں کہ یہ صحیح لکھا ہوا ہے۔
book-error-contact-missing = فون نمبر یا ای میل لکھیں: دفتر آپ کو اسی پر جواب دے گا۔
book-error-language = کوئی زبان چنیں۔
book-error-consent = آگے بڑھنے کے لیے ہمیں بتائیں کہ آپ جوابات دفتر کو بھیجنا چاہتے ہیں۔
book-error-note-long = تحریر بہت لمبی ہے: زیادہ سے زیادہ 1000 حروف۔

booking-title = ملاقات کا وقت بُک ہو گیا
booking-cancelled-title = ملاقات منسوخ ہو گئی
booking-cancelled-body = ہم نے آپ کا نام اور رابطے کی معلومات ہٹا دی ہیں۔
booking-code = آپ کا کوڈ
booking-pin-intro = یہ کوڈ اور یہ PIN ابھی لکھ لیں: PIN صرف اسی ایک بار نظر آئے گا۔ ملاقات تبدیل یا منسوخ کرنے کے لیے آپ کو ان دونوں کی ضرورت ہوگی۔
booking-pin = PIN:
booking-qr-alt = بُکنگ { $code } کا QR کوڈ
booking-when = کب
booking-service = سروس
booking-desk = دفتر
booking-bring = کیا ساتھ لائیں
booking-bring-id = اگر آپ کے پاس ہوں تو شناختی دستاویز اور ہیلتھ کارڈ (tessera sanitaria) بھی ساتھ لائیں۔
booking-document-if = { $document } (اگر آپ کے معاملے میں ضروری ہو)
booking-next-heading = آپ کیا کر سکتے ہیں
booking-calendar = کیلنڈر میں شامل کریں
booking-print = پرنٹ کریں
booking-download-data = اپنی معلومات ڈاؤن لوڈ کریں (JSON فائل)
booking-change = دن یا وقت تبدیل کریں
booking-cancel-heading = نہیں آ سکتے؟
booking-cancel-body = ملاقات منسوخ کر دیں، تاکہ یہ وقت کسی اور کو مل جائے۔ ہم آپ کا نام، رابطے کی معلومات اور جوابات بھی ہٹا دیں گے۔
booking-erase-heading = اپنی معلومات مٹائیں
booking-erase-body = ملاقات کا وقت گزر چکا ہے۔ آپ اپنا نام، رابطے کی معلومات اور جوابات مٹا سکتے ہیں۔ صرف بغیر نام کے اعداد و شمار باقی رہیں گے۔
booking-erase = میری معلومات مٹا دیں
booking-erased-body = آپ کی معلومات مٹا دی گئی ہیں: نام، رابطہ اور جوابات۔ صرف بغیر نام کے اعداد و شمار باقی ہیں۔
booking-cancel = ملاقات منسوخ کریں
booking-find-title = اپنی بُکنگ دوبارہ تلاش کریں
booking-find-body = بُکنگ دیکھنے کے لیے کوڈ اور PIN دونوں ضروری ہیں۔
ics-summary = ملاقات: { $service }
ics-description = کوڈ { $code }۔ فہرست میں دی گئی دستاویزات ساتھ لائیں۔

manage-title = اپنی بُکنگ دوبارہ تلاش کریں
manage-intro = بُکنگ یا درخواست کا کوڈ لکھیں۔ پھر PIN لکھیں۔ اگر آپ کے پاس PIN نہیں رہا تو دفتر سے پوچھیں۔
manage-code = آپ کا کوڈ
manage-code-hint = 8 حروف اور ہندسے، مثلاً K7MX-4QPT
manage-secret = PIN
manage-secret-hint = PIN میں 6 ہندسے ہوتے ہیں۔
manage-submit = تلاش کریں
manage-not-found = ان معلومات کے ساتھ کوئی بُکنگ نہیں ملی۔ کوڈ اور PIN چیک کریں۔
manage-too-many = بہت زیادہ کوششیں ہو گئیں۔ 15 منٹ انتظار کر کے دوبارہ کوشش کریں، یا دفتر کو فون کریں۔

results-find-desk = دفتر تلاش کریں اور وقت بُک کریں

# Sending a request without an appointment
request-title = درخواست بھیجیں
request-intro = آپ کو وقت چننے کی ضرورت نہیں۔ دفتر آپ کی درخواست پڑھ کر آپ کو فون کرے گا یا لکھے گا۔ کوڈ اور PIN سے آپ دیکھ سکتے ہیں کہ درخواست کس مرحلے میں ہے۔
request-book-instead = کیا آپ خود وقت چننا چاہتے ہیں؟ ملاقات کا وقت لیں
request-contact = فون یا ای میل
request-contact-hint = دفتر آپ کو اسی پر جواب دے گا۔ یہ درخواست دوبارہ تلاش کرنے میں بھی کام آتا ہے۔
request-submit = درخواست بھیجیں
request-sent-title = درخواست بھیج دی گئی
request-withdrawn-title = درخواست واپس لے لی گئی
request-no-time = ملاقات کا کوئی وقت نہیں: دفتر آپ کو فون کرے گا یا لکھے گا۔
request-pin-intro = یہ کوڈ اور یہ PIN ابھی لکھ لیں: PIN صرف اسی ایک بار نظر آئے گا۔ جواب دیکھنے یا درخواست واپس لینے کے لیے آپ کو ان دونوں کی ضرورت ہوگی۔
request-withdraw-heading = اب ضرورت نہیں رہی؟
request-withdraw-body = درخواست واپس لے لیں۔ ہم آپ کا نام، رابطے کی معلومات اور جوابات ہٹا دیں گے۔
request-withdraw = درخواست واپس لیں

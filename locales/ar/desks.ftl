## Desks, opening hours, booking

date-long = { $weekday } { $day } { $month }
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

spoken-wo = Wolof

desk-open-until = مفتوح الآن، يغلق الساعة { $time }
desk-opens-today = مغلق الآن، يفتح اليوم الساعة { $time }
desk-opens-tomorrow = مغلق الآن، يفتح غدًا الساعة { $time }
desk-opens-on = مغلق الآن، يفتح { $day } الساعة { $time }
desk-closed = مغلق حاليًا. اتصل لتعرف متى يفتح.
desk-address = العنوان
desk-address-secret = العنوان غير منشور، من أجل سلامتك.
desk-secret-help = اتصل برقم المركز. يمكنك أيضًا الاتصال بالرقم 1522: مجاني، مفتوح دائمًا، ويتكلم لغات كثيرة.
desk-serves = هذا مكتب سكان { $place }: توجّه إليه أولًا.
desk-distance = المسافة
desk-km = { $km } كم
desk-phone = الهاتف
desk-email = البريد الإلكتروني
desk-languages = اللغات المستعملة
desk-mediator-days = مع وسيط ثقافي يوم { $days }
desk-access = الوصول
access-step-free = بدون درجات
access-hearing-loop = حلقة سمعية لمن يستعمل سماعة الأذن
access-toilet = مرحاض مهيأ
access-steps = توجد درجات

unavailable-title = الخدمة غير متاحة
unavailable-body = لا نستطيع عرض هذه الصفحة الآن. حاول مرة أخرى بعد دقائق.

desks-title = إلى أين تذهب: { $service }
desks-intro = هذه المكاتب تقدم هذه الخدمة. اختر بلديتك لترى الأقرب أولًا.
desks-municipality = بلديتك
desks-municipality-any = اختر البلدية
desks-postcode = أو الرمز البريدي
desks-postcode-hint = مثلًا 24044
desks-postcode-unknown = لا نجد هذا الرمز البريدي في منطقتنا. اختر بلديتك من القائمة.
desks-location-invalid = لا نستطيع استعمال موقعك. اختر بلديتك من القائمة.
desks-use-location = استعمل موقعي
desks-filters = مرشحات أخرى
desks-language = اللغة المستعملة
desks-any = الكل
desks-day = مفتوح يوم
desks-step-free = المكاتب بدون درجات فقط
desks-search = اعرض المكاتب
desks-count = { $count ->
    [0] لا يوجد أي مكتب
    [zero] لا يوجد أي مكتب
    [one] مكتب واحد
    [two] مكتبان
    [few] { $count } مكاتب
    [many] { $count } مكتبًا
   *[other] { $count } مكتب
}
desks-count-from = { $count ->
    [0] لا يوجد أي مكتب
    [zero] لا يوجد أي مكتب
    [one] مكتب واحد، قرب { $place }
    [two] مكتبان، الأقرب إلى { $place } أولًا
    [few] { $count } مكاتب، الأقرب إلى { $place } أولًا
    [many] { $count } مكتبًا، الأقرب إلى { $place } أولًا
   *[other] { $count } مكتب، الأقرب إلى { $place } أولًا
}
desks-none = لا يوجد مكتب بهذه المرشحات. جرّب إزالة واحد منها.
desks-shown-nearest = { $shown ->
    [zero] هذه أقرب المكاتب.
    [one] هذا أقرب مكتب.
    [two] هذان أقرب مكتبين.
    [few] هذه أقرب { $shown } مكاتب.
    [many] هذه أقرب { $shown } مكتبًا.
   *[other] هذه أقرب { $shown } مكتب.
}
desks-shown-first = { $shown ->
    [zero] هذه أول المكاتب. اختر بلديتك لترى الأقرب.
    [one] هذا أول مكتب. اختر بلديتك لترى الأقرب.
    [two] هذان أول مكتبين. اختر بلديتك لترى الأقرب.
    [few] هذه أول { $shown } مكاتب. اختر بلديتك لترى الأقرب.
    [many] هذه أول { $shown } مكتبًا. اختر بلديتك لترى الأقرب.
   *[other] هذه أول { $shown } مكتب. اختر بلديتك لترى الأقرب.
}
desks-book = احجز موعدًا
desks-request = أرسل طلبًا
desks-request-instead = أو أرسل طلبًا بدون موعد
request-instead = لا يناسبك أي موعد؟ أرسل طلبًا بدون موعد

book-title = احجز موعدًا
book-change-title = غيّر الموعد
book-intro = { $service } في { $desk }.
book-desk-details = أوقات العمل والعنوان ولغات المكتب
book-choose-time = اختر اليوم والساعة
book-no-slots = لا توجد مواعيد متاحة في هذه الأيام. انظر الأيام التالية.
book-earlier = الأيام السابقة
book-later = الأيام التالية
book-mediator-present = في ذلك اليوم يوجد وسيط ثقافي: { $languages }.
book-slot-taken = شخص آخر أخذ هذا الموعد للتو. اختر موعدًا من المواعيد المتاحة أدناه. معلوماتك ما زالت في النموذج.
book-too-many-today = وصلت اليوم حجوزات كثيرة من هذا الاتصال. لحجز المزيد، اتصل بالمكتب هاتفيًا أو عد غدًا. معلوماتك ما زالت في النموذج.
book-about-you = { $who ->
    [me] معلوماتك
   *[other] معلومات الشخص الذي تساعده
  }
book-name = { $who ->
    [me] الاسم، أو الحروف الأولى فقط
   *[other] اسم الشخص، أو الحروف الأولى فقط
  }
book-name-hint = { $who ->
    [me] يستعمله المكتب لمناداتك.
   *[other] يستعمله المكتب لمناداة هذا الشخص.
  }
book-contact = { $who ->
    [me] الهاتف أو البريد الإلكتروني (إذا أردت)
   *[other] هاتف الشخص أو بريده الإلكتروني (إذا أردت)
  }
book-contact-hint = { $who ->
    [me] نستعمله لهذا الموعد فقط: يتصل بك المكتب أو يكتب لك عليه.
   *[other] نستعمله لهذا الموعد فقط: يتصل المكتب أو يكتب عليه.
  }
book-filled-by = من يملأ هذه الاستمارة؟ (اختياري)
book-filled-by-person = أنا، لنفسي
book-filled-by-relative = قريب أو صديق
book-filled-by-mediator = وسيط ثقافي
book-note = هل تريد أن تقول شيئًا للمكتب؟ (اختياري)
book-note-hint = اكتب بكلماتك، ويمكنك أن تكتب بلغتك. 1000 حرف على الأكثر.
book-language = { $who ->
    [me] اللغة التي تفضلها
   *[other] اللغة التي يفضلها الشخص
  }
book-consent = { $who ->
    [me] أريد أن أرسل هذه المعلومات إلى المكتب. قرأت كيف تستعملونها.
   *[other] الشخص الذي أساعده يريد أن يرسل هذه المعلومات إلى المكتب. قرأنا كيف تستعملونها.
  }
book-privacy-link = اقرأ كيف نستعمل بياناتك
book-submit = احجز
book-change-submit = غيّر الموعد
book-error-slot = اختر يومًا وساعة.
book-error-name = اكتب اسمًا أو الحروف الأولى.
book-error-name-long = الاسم طويل جدًا: 80 حرفًا على الأكثر.
book-error-contact = اكتب رقم هاتف أو بريدًا إلكترونيًا. تأكد من كتابته بشكل صحيح.
book-error-contact-missing = { $who ->
    [me] اكتب رقم هاتف أو بريدًا إلكترونيًا: يرد عليك المكتب هناك.
   *[other] اكتب رقم هاتف الشخص أو بريده الإلكتروني: يرد المكتب هناك.
  }
book-error-language = اختر لغة.
book-error-consent = { $who ->
    [me] للمتابعة، أكّد أنك تريد إرسال المعلومات إلى المكتب.
   *[other] للمتابعة، أكّد أن الشخص الذي تساعده يريد إرسال المعلومات إلى المكتب.
  }
book-error-note-long = النص طويل جدًا: 1000 حرف على الأكثر.

booking-title = تم حجز الموعد
booking-cancelled-title = تم إلغاء الموعد
booking-cancelled-body = حذفنا اسمك ووسيلة الاتصال بك.
booking-code = رمزك
booking-pin-intro = اكتب الآن الرمز وهذا الرقم السري: يظهر الرقم السري هذه المرة فقط. تحتاجهما لتغيير الموعد أو إلغائه.
booking-pin = الرقم السري:
booking-qr-alt = رمز QR للحجز { $code }
booking-when = متى
booking-service = الخدمة
booking-desk = المكتب
booking-bring = ماذا تحضر
booking-bring-id = أحضر أيضًا وثيقة هوية وبطاقتك الصحية، إن كانت لديك.
booking-document-if = { $document } (إذا كانت تلزم في حالتك)
booking-next-heading = ماذا يمكنك أن تفعل
booking-calendar = أضف إلى التقويم
booking-print = اطبع
booking-copy-intro = في الأسفل نفس المعلومات باللغة الإيطالية، للمكتب.
booking-copy-heading = للمكتب
booking-download-data = نزّل بياناتك (ملف JSON)
booking-change = غيّر اليوم أو الساعة
booking-cancel-heading = لا تستطيع الحضور؟
booking-cancel-body = ألغِ الموعد، ليذهب إلى شخص آخر. نحذف أيضًا اسمك ووسيلة الاتصال بك وإجاباتك.
booking-erase-heading = احذف بياناتك
booking-erase-body = انتهى الموعد. يمكنك حذف اسمك ووسيلة الاتصال بك وإجاباتك. تبقى فقط أرقام بلا أسماء.
booking-erase = احذف بياناتي
booking-erased-body = تم حذف بياناتك: الاسم ووسيلة الاتصال والإجابات. تبقى فقط أرقام بلا أسماء.
booking-cancel = ألغِ الموعد
booking-find-title = ابحث عن حجزك
booking-find-body = لرؤية حجز تحتاج إلى رمزه والرقم السري.
ics-summary = موعد: { $service }
ics-description = الرمز { $code }. أحضر الوثائق المذكورة في القائمة.

manage-title = ابحث عن حجزك
manage-intro = اكتب رمز الحجز أو الطلب. ثم اكتب الرقم السري. إذا لم يعد معك الرقم السري، اسأل المكتب.
manage-code = رمزك
manage-code-hint = 8 حروف وأرقام، مثلًا K7MX-4QPT
manage-secret = الرقم السري
manage-secret-hint = الرقم السري فيه 6 أرقام.
manage-submit = ابحث
manage-not-found = لا نجد حجزًا بهذه المعلومات. تحقق من الرمز والرقم السري.
manage-too-many = محاولات كثيرة جدًا. انتظر 15 دقيقة وحاول مرة أخرى، أو اتصل بالمكتب.

results-find-desk = ابحث عن المكتب واحجز

# Sending a request without an appointment
request-title = أرسل طلبًا
request-intro = لا تحتاج إلى اختيار موعد. يقرأ المكتب طلبك ويتصل بك أو يكتب إليك. بالرمز ورقم PIN ترى أين وصل طلبك.
request-book-instead = هل تفضّل اختيار موعد؟ احجز موعدًا
request-contact = { $who ->
    [me] الهاتف أو البريد الإلكتروني
   *[other] هاتف الشخص أو بريده الإلكتروني
  }
request-contact-hint = { $who ->
    [me] يرد عليك المكتب هنا. ويساعدك أيضًا على العثور على طلبك مرة أخرى.
   *[other] يرد المكتب هنا. ويساعد أيضًا على العثور على الطلب مرة أخرى.
  }
request-submit = أرسل الطلب
request-sent-title = تم إرسال الطلب
request-withdrawn-title = تم سحب الطلب
request-no-time = بدون موعد: المكتب يتصل بك أو يكتب إليك.
request-pin-intro = اكتب الآن الرمز ورقم PIN هذا: يظهر رقم PIN هذه المرة فقط. تحتاج إليهما لرؤية الرد أو لسحب الطلب.
request-withdraw-heading = ألم تعد بحاجة إليه؟
request-withdraw-body = اسحب الطلب. نحذف اسمك ووسيلة الاتصال بك وإجاباتك.
request-withdraw = اسحب الطلب

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] هل يساعدك أحد؟ (اختياري)
   *[other] هل تريد أن تتابع الحجز أنت أيضًا؟ (اختياري)
  }
helper-intro = { $who ->
    [me] يمكنك أن تعطي رقمًا سريًا لشخص تثق به: قريب، أو صديق، أو وسيط ثقافي. بالرمز ورقمه السري، يستطيع هذا الشخص أن يرى الموعد أو يغيّر وقته أو يلغيه. يمكنك أن تسحب منه الرقم السري متى شئت.
   *[other] اكتب معلوماتك: سيكون لك رقم سري خاص بك. بالرمز ورقمك السري يمكنك أن ترى الموعد أو تغيّر وقته أو تلغيه. الشخص الذي تساعده يستطيع أن يسحب منك الرقم السري متى شاء.
  }
helper-name = { $who ->
    [me] اسم الشخص الذي يساعدك
   *[other] اسمك
  }
helper-relationship = { $who ->
    [me] من هو بالنسبة لك؟
   *[other] من أنت بالنسبة لهذا الشخص؟
  }
helper-relationship-family = أحد أفراد العائلة
helper-relationship-friend = صديق أو صديقة
helper-relationship-mediator = وسيط ثقافي
helper-relationship-other = شخص آخر، مثلًا متطوع
helper-contact = { $who ->
    [me] هاتف الشخص الذي يساعدك أو بريده الإلكتروني (إذا أردت)
   *[other] هاتفك أو بريدك الإلكتروني (إذا أردت)
  }
helper-contact-hint = يستعمله المكتب لهذا الموعد فقط.
helper-consent = { $who ->
    [me] أوافق: يمكن لهذا الشخص أن يرى حجزي ويغيّره.
   *[other] الشخص الذي أساعده موافق: يمكنني أن أرى حجزه وأغيّره.
  }
helper-error-name = اكتب اسم الشخص الذي يساعد.
helper-error-name-long = الاسم طويل جدًا: 80 حرفًا على الأكثر.
helper-error-relationship = اختر من هو هذا الشخص.
helper-error-contact = اكتب رقم هاتف أو بريدًا إلكترونيًا. تأكد من كتابته بشكل صحيح.
helper-error-consent = لإعطاء رقم سري لمن يساعد، يجب أن يوافق صاحب الحجز. ضع علامة في المربع.
helper-role-family = من العائلة
helper-role-friend = صديق أو صديقة
helper-role-mediator = وسيط ثقافي
helper-role-other = شخص آخر
booking-as-helper = أنت تتابع هذا الحجز لشخص آخر. يمكنك أن تراه أو تغيّر وقته أو تلغيه. صاحب الحجز وحده يختار من يساعده.
booking-helper-pin-intro = هذا هو الرقم السري لـ { $name }. أعطِه لـ { $name } الآن: يظهر هذه المرة فقط. بالرمز وهذا الرقم السري، يستطيع { $name } أن يرى الموعد أو يغيّر وقته أو يلغيه.
booking-helper-pin = الرقم السري لـ { $name }:
booking-helpers-heading = من يرى هذا الحجز أيضًا
booking-helpers-intro = لكل واحد من هؤلاء الأشخاص رقم سري خاص به. يمكنهم أن يروا الموعد أو يغيّروا وقته أو يلغوه. إذا أزلت شخصًا، يتوقف رقمه السري عن العمل.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = شخص
booking-helper-remove = أزِل { $name }
booking-helper-add-heading = أعطِ رقمًا سريًا لمن يساعدك
booking-helper-add-submit = أعطِ الرقم السري

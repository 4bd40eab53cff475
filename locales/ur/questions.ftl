# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = جی ہاں
answer-no = جی نہیں
answer-dont-know = مجھے معلوم نہیں

unit-years = سال
unit-euro = یورو
unit-children = بچے
unit-euro-month = یورو ماہانہ
unit-people = افراد
unit-years-count = { $count ->
    [one] سال
   *[other] سال
  }
unit-euro-count = { $count ->
   *[other] یورو
  }
unit-children-count = { $count ->
    [one] بچہ
   *[other] بچے
  }
unit-euro-month-count = { $count ->
   *[other] یورو ماہانہ
  }
unit-people-count = { $count ->
    [one] فرد
   *[other] افراد
  }
number-thousands-separator = ,

q-age = { $who ->
    [me] آپ کی عمر کتنی ہے؟
   *[other] جس شخص کی آپ مدد کرتے ہیں، اس کی عمر کتنی ہے؟
  }
q-age-short = عمر
q-age-why = کچھ مدد صرف ایک خاص عمر کے لوگوں کے لیے ہوتی ہے۔

q-lives-alone = { $who ->
    [me] کیا آپ اکیلے رہتے ہیں؟
   *[other] کیا وہ شخص اکیلا رہتا ہے؟
  }
q-lives-alone-short = اکیلے رہائش

q-daily-help = { $who ->
    [me] آج کل آپ کے لیے کون سے کام مدد کے بغیر کرنا مشکل ہیں؟
   *[other] آج کل اس شخص کے لیے کون سے کام مدد کے بغیر کرنا مشکل ہیں؟
  }
q-daily-help-short = کیا مشکل ہے
q-daily-help-washing = نہانا دھونا اور کپڑے پہننا
q-daily-help-meals = کھانا پکانا اور کھانا
q-daily-help-housework = گھر کی صفائی
q-daily-help-moving = گھر میں چلنا پھرنا یا باہر جانا
q-daily-help-medicines = دوائیں لینا
q-daily-help-none = ان میں سے کوئی نہیں

q-alone-risk = { $who ->
    [me] کیا کبھی آپ کو فوری مدد کی ضرورت پڑتی ہے، مثلاً گر جانے کے بعد؟
   *[other] کیا کبھی اس شخص کو فوری مدد کی ضرورت پڑتی ہے، مثلاً گر جانے کے بعد؟
  }
q-alone-risk-short = فوری مدد کی ضرورت پڑ سکتی ہے
q-alone-risk-why = جو لوگ اکیلے رہتے ہیں انہیں ایک آلہ مل سکتا ہے جس کا ایک بٹن دبا کر مدد بلائی جا سکتی ہے۔

q-invalidity = { $who ->
    [me] کیا آپ کی معذوری (invalidità civile) سرکاری طور پر تسلیم شدہ ہے؟
   *[other] کیا اس شخص کی معذوری (invalidità civile) سرکاری طور پر تسلیم شدہ ہے؟
  }
q-invalidity-short = تسلیم شدہ معذوری (invalidità civile)
q-invalidity-100-attendance = { $who ->
    [me] جی ہاں، 100%، اور مجھے نگہداشت الاؤنس (indennità di accompagnamento) ملتا ہے
   *[other] جی ہاں، 100%، اور اسے نگہداشت الاؤنس (indennità di accompagnamento) ملتا ہے
  }
q-invalidity-100 = جی ہاں، 100%، نگہداشت الاؤنس (accompagnamento) کے بغیر
q-invalidity-74-99 = جی ہاں، 74% سے 99% تک
q-invalidity-46-73 = جی ہاں، 46% سے 73% تک
q-invalidity-34-45 = جی ہاں، 34% سے 45% تک
q-invalidity-pending = { $who ->
    [me] میں نے درخواست دی ہے، جواب کا انتظار ہے
   *[other] اس نے درخواست دی ہے، جواب کا انتظار ہے
  }
q-invalidity-no = نہیں
q-invalidity-term-title = تسلیم شدہ معذوری (invalidità civile) کا کیا مطلب ہے؟
q-invalidity-term = یہ اس بات کا سرکاری اعتراف ہے کہ کوئی بیماری روزمرہ زندگی کو محدود کرتی ہے۔ اس کا فیصلہ INPS کا طبی بورڈ کرتا ہے اور اپنی رپورٹ (verbale) میں اسے فیصد کی صورت میں لکھتا ہے۔ اس سے مدد اور پیسے حاصل کرنے کا حق ملتا ہے۔

q-carer = { $who ->
    [me] کیا خاندان کا کوئی فرد یا گھریلو نگہداشت کار (badante) گھر پر آپ کی دیکھ بھال کرتا ہے؟
   *[other] کیا آپ، خاندان کا کوئی فرد یا گھریلو نگہداشت کار (badante) گھر پر اس شخص کی دیکھ بھال کرتے ہیں؟
  }
q-carer-short = گھر پر دیکھ بھال کون کرتا ہے

q-has-isee = { $who ->
    [me] کیا آپ کے پاس اس سال کا کارآمد ISEE ہے؟
   *[other] کیا اس شخص کے خاندان کے پاس اس سال کا کارآمد ISEE ہے؟
  }
q-has-isee-short = ISEE
q-has-isee-why = بہت سی مدد ISEE پر منحصر ہوتی ہے۔ اگر آپ کے پاس نہیں ہے تو ہم بتائیں گے کہ یہ مفت کہاں بنتا ہے۔
q-has-isee-term-title = ISEE کیا ہے؟
q-has-isee-term = یہ ایک عدد ہے جو بتاتا ہے کہ ایک خاندان کے پاس کتنا کچھ ہے: آمدنی، گھر، بچت۔ اسے CAF دفاتر مفت بناتے ہیں۔ یہ 31 دسمبر تک کارآمد رہتا ہے۔

q-isee = { $who ->
    [me] آپ کا ISEE کتنا ہے؟
   *[other] اس شخص کا ISEE کتنا ہے؟
  }
q-isee-short = ISEE کی رقم

q-law-104 = { $who ->
    [me] کیا قانون 104 (Legge 104) کے تحت آپ کی معذوری تسلیم شدہ ہے؟
   *[other] کیا قانون 104 (Legge 104) کے تحت اس شخص کی معذوری تسلیم شدہ ہے؟
  }
q-law-104-short = قانون 104 (Legge 104)
q-law-104-term-title = قانون 104 (Legge 104) کیا ہے؟
q-law-104-severe = جی ہاں، شدید صورتحال (situazione di gravità) کے ساتھ (آرٹیکل 3، شق 3)
q-law-104-term = یہ معذور افراد کے بارے میں قانون ہے۔ اس کے تحت تسلیم ہونے پر کام سے چھٹیاں اور دوسری مدد ملتی ہے۔ رپورٹ (verbale) میں لکھا ہوتا ہے کہ صورتحال شدید ہے یا نہیں۔

q-disability-needs = { $who ->
    [me] آپ کو کس چیز میں مدد کی ضرورت ہے؟
   *[other] اس شخص کو کس چیز میں مدد کی ضرورت ہے؟
  }
q-disability-needs-short = کس مدد کی ضرورت ہے
q-disability-needs-daily-care = روزانہ کی دیکھ بھال، دن کے وقت گھر سے باہر بھی
q-disability-needs-transport = آنے جانے کی سہولت، مثلاً ڈاکٹر کے پاس یا مرکز جانے کے لیے
q-disability-needs-parking = جہاں جانا ہو اس کے قریب گاڑی کھڑی کرنا
q-disability-needs-work = نوکری تلاش کرنا یا نوکری قائم رکھنا
q-disability-needs-school = اسکول جانا
q-disability-needs-none = ان میں سے کوئی نہیں

q-children = { $who ->
    [me] 21 سال سے کم عمر کے کتنے بچے آپ کے ساتھ رہتے ہیں؟
   *[other] 21 سال سے کم عمر کے کتنے بچے اس شخص کے ساتھ رہتے ہیں؟
  }
q-children-short = 21 سال سے کم عمر بچے
q-children-why = ہر بچے کے لیے مدد موجود ہے۔ اگر کوئی بچہ نہیں ہے تو 0 لکھیں۔

q-children-ages = { $who ->
    [me] آپ کے بچوں کی عمریں کیا ہیں؟ تمام درست عمریں چنیں۔
   *[other] اس شخص کے بچوں کی عمریں کیا ہیں؟ تمام درست عمریں چنیں۔
  }
q-children-ages-short = بچوں کی عمریں
q-children-ages-under-1 = 1 سال سے کم
q-children-ages-1-2 = 1 یا 2 سال (نرسری)
q-children-ages-3-5 = 3 سے 5 سال (پری اسکول)
q-children-ages-6-10 = 6 سے 10 سال (پرائمری اسکول)
q-children-ages-11-13 = 11 سے 13 سال (مڈل اسکول)
q-children-ages-14-18 = 14 سے 18 سال (ہائی اسکول)
q-children-ages-19-20 = 19 یا 20 سال

q-newborn = { $who ->
    [me] کیا بچہ پچھلے 6 مہینوں میں پیدا ہوا ہے یا آپ کے خاندان میں آیا ہے؟
   *[other] کیا بچہ پچھلے 6 مہینوں میں پیدا ہوا ہے یا اس شخص کے خاندان میں آیا ہے؟
  }
q-newborn-short = پچھلے 6 مہینوں میں پیدا ہونے والا بچہ
q-newborn-why = کچھ مدد کے لیے درخواست پیدائش یا گود لینے کے چند مہینوں کے اندر دینی ہوتی ہے۔

q-pregnant = { $who ->
    [me] کیا آپ کے ہاں بچہ ہونے والا ہے؟
   *[other] کیا اس شخص کے ہاں بچہ ہونے والا ہے؟
  }
q-pregnant-short = بچہ ہونے والا ہے

q-family-needs = { $who ->
    [me] بچوں کے معاملے میں آپ کو کس چیز میں مدد چاہیے؟
   *[other] بچوں کے معاملے میں اس شخص کو کس چیز میں مدد چاہیے؟
  }
q-family-needs-short = بچوں کے لیے مدد
q-family-needs-childcare = کوئی جو چھوٹے بچوں کی دیکھ بھال کرے
q-family-needs-parenting = والدین کے طور پر مشورہ یا مدد
q-family-needs-none = ان میں سے کوئی نہیں

q-work-status = { $who ->
    [me] کیا آپ آج کل کام کرتے ہیں؟
   *[other] کیا وہ شخص آج کل کام کرتا ہے؟
  }
q-work-status-short = کام
q-work-status-employed = { $who ->
    [me] جی ہاں، میرے پاس کام ہے
   *[other] جی ہاں، اس کے پاس کام ہے
  }
q-work-status-lost-job = { $who ->
    [me] میری نوکری حال ہی میں چھوٹ گئی ہے
   *[other] اس کی نوکری حال ہی میں چھوٹ گئی ہے
  }
q-work-status-unemployed = { $who ->
    [me] کافی عرصے سے میرے پاس کام نہیں ہے
   *[other] کافی عرصے سے اس کے پاس کام نہیں ہے
  }
q-work-status-retired = { $who ->
    [me] میں ریٹائر ہوں (پنشن ملتی ہے)
   *[other] وہ ریٹائر ہے (پنشن ملتی ہے)
  }
q-work-status-student = { $who ->
    [me] میں طالب علم ہوں
   *[other] وہ طالب علم ہے
  }

q-job-lost-involuntary = { $who ->
    [me] کیا آپ کی نوکری آپ کی مرضی کے بغیر ختم ہوئی؟
   *[other] کیا اس شخص کی نوکری اس کی مرضی کے بغیر ختم ہوئی؟
  }
q-job-lost-involuntary-short = نوکری مرضی کے بغیر ختم ہوئی
q-job-lost-involuntary-why = مثلاً نوکری سے نکال دیا گیا یا معاہدہ ختم ہو گیا۔ جو لوگ خود استعفیٰ دیتے ہیں انہیں عام طور پر NASpI (بے روزگاری الاؤنس) نہیں ملتا۔

q-household = { $who ->
    [me] آپ کے ساتھ کون رہتا ہے؟
   *[other] اس شخص کے ساتھ کون رہتا ہے؟
  }
q-household-short = گھر میں کون ہے
q-household-minor = 18 سال سے کم عمر کا بچہ
q-household-disabled = کوئی معذور شخص
q-household-over-60 = 60 سال سے زیادہ عمر کا کوئی شخص
q-household-none = ان میں سے کوئی نہیں
q-household-why = شمولیت الاؤنس (Assegno di Inclusione) ان خاندانوں کے لیے ہے جن میں یہ افراد ہوں۔ مدد مانگنے والے شخص کی عمر بھی گنی جاتی ہے۔

q-food = { $who ->
    [me] کیا آپ کے پاس اگلے چند دنوں کے لیے کافی کھانا ہے؟
   *[other] کیا اس شخص کے پاس اگلے چند دنوں کے لیے کافی کھانا ہے؟
  }
q-food-short = اگلے دنوں کے لیے کھانا

q-bills = { $who ->
    [me] کیا بجلی، گیس یا پانی کے بل ادا کرنا مشکل ہے؟
   *[other] کیا اس شخص کے لیے بجلی، گیس یا پانی کے بل ادا کرنا مشکل ہے؟
  }
q-bills-short = بل ادا کرنے میں مشکل

q-housing-situation = { $who ->
    [me] آپ اس وقت کہاں رہتے ہیں؟
   *[other] وہ شخص اس وقت کہاں رہتا ہے؟
  }
q-housing-situation-short = کہاں رہائش ہے
q-housing-situation-rent = کرائے کے گھر میں
q-housing-situation-own = اپنے ذاتی گھر میں
q-housing-situation-guest = دوستوں یا رشتہ داروں کے ہاں مہمان
q-housing-situation-no-home = { $who ->
    [me] میرے پاس گھر نہیں ہے
   *[other] اس کے پاس گھر نہیں ہے
  }

q-sleep-tonight = { $who ->
    [me] کیا آج رات سونے کے لیے آپ کے پاس کوئی محفوظ جگہ ہے؟
   *[other] کیا آج رات سونے کے لیے اس شخص کے پاس کوئی محفوظ جگہ ہے؟
  }
q-sleep-tonight-short = آج رات سونے کی جگہ

q-eviction = { $who ->
    [me] کیا آپ کو گھر سے بے دخلی (sfratto) کا حکم ملا ہے؟
   *[other] کیا اس شخص کو گھر سے بے دخلی (sfratto) کا حکم ملا ہے؟
  }
q-eviction-short = بے دخلی (sfratto)
q-eviction-term-title = بے دخلی (sfratto) کیا ہے؟
q-eviction-term = یہ جج کا حکم ہے کہ کرائے کا گھر خالی کیا جائے۔ یہ عام طور پر کئی مہینوں کا کرایہ ادا نہ کرنے کے بعد آتا ہے۔

q-rent-arrears = { $who ->
    [me] کیا آپ کا کرایہ بقایا ہے؟
   *[other] کیا اس شخص کا کرایہ بقایا ہے؟
  }
q-rent-arrears-short = کرایہ بقایا ہے

q-has-doctor = { $who ->
    [me] کیا آپ کا کوئی فیملی ڈاکٹر (medico di famiglia) ہے؟
   *[other] کیا اس شخص کا کوئی فیملی ڈاکٹر (medico di famiglia) ہے؟
  }
q-has-doctor-short = فیملی ڈاکٹر (medico di famiglia)

q-citizenship = { $who ->
    [me] آپ کی شہریت کیا ہے؟
   *[other] اس شخص کی شہریت کیا ہے؟
  }
q-citizenship-short = شہریت
q-citizenship-italian = اٹلی
q-citizenship-eu = یورپی یونین کا کوئی اور ملک
q-citizenship-non-eu = یورپی یونین سے باہر کا کوئی ملک
q-citizenship-why = یورپی یونین سے باہر سے آنے والوں کے لیے کچھ قواعد مختلف ہیں۔

q-permit = { $who ->
    [me] کیا آپ کے پاس رہائشی اجازت نامہ (permesso di soggiorno) ہے؟
   *[other] کیا اس شخص کے پاس رہائشی اجازت نامہ (permesso di soggiorno) ہے؟
  }
q-permit-short = رہائشی اجازت نامہ (permesso di soggiorno)
q-permit-valid = جی ہاں، کارآمد
q-permit-long-term = جی ہاں، طویل مدتی (اس کی میعاد ختم نہیں ہوتی)
q-permit-refugee = جی ہاں، پناہ گزین کی حیثیت (status di rifugiato) کے ساتھ
q-permit-subsidiary = جی ہاں، ذیلی تحفظ (protezione sussidiaria) کے لیے
q-permit-asylum-seeker = { $who ->
    [me] میں نے پناہ (asilo) کی درخواست دی ہے اور جواب کا انتظار ہے
   *[other] اس نے پناہ (asilo) کی درخواست دی ہے اور جواب کا انتظار ہے
  }
q-permit-receipt = { $who ->
    [me] میں نے تجدید کی درخواست دی ہے اور میرے پاس رسید ہے
   *[other] اس نے تجدید کی درخواست دی ہے اور اس کے پاس رسید ہے
  }
q-permit-expiring = جی ہاں، لیکن اس کی میعاد 2 مہینوں کے اندر ختم ہو رہی ہے
q-permit-expired = جی ہاں، لیکن اس کی میعاد ختم ہو چکی ہے
q-permit-none = نہیں
q-permit-term-title = رہائشی اجازت نامہ (permesso di soggiorno) کیا ہے؟
q-permit-term = یہ وہ دستاویز ہے جس کے ذریعے یورپی یونین سے باہر سے آنے والے لوگ اٹلی میں رہ سکتے ہیں۔ یہ پولیس ہیڈکوارٹر (Questura) دیتا ہے۔ تجدید کی رسید بھی اجازت نامے کی طرح مانی جاتی ہے۔

q-health-needs = { $who ->
    [me] صحت کے لیے آپ کو کس چیز کی ضرورت ہے؟
   *[other] صحت کے لیے اس شخص کو کس چیز کی ضرورت ہے؟
  }
q-health-needs-short = صحت کی ضروریات
q-health-needs-home-care = گھر پر علاج، مثلاً نرس
q-health-needs-mental-health = گھبراہٹ، اداسی یا ذہنی صحت کے دوسرے مسائل کے لیے مدد
q-health-needs-addiction = شراب، منشیات یا جوئے کی لت کے لیے مدد
q-health-needs-pregnancy = حمل، مانع حمل یا خواتین کی صحت
q-health-needs-none = ان میں سے کوئی نہیں

q-years-italy = { $who ->
    [me] آپ کتنے سال سے اٹلی میں رہ رہے ہیں؟
   *[other] وہ شخص کتنے سال سے اٹلی میں رہ رہا ہے؟
  }
q-years-italy-short = اٹلی میں سال
q-years-italy-why = کچھ مدد کے لیے اٹلی میں ایک خاص تعداد میں سال گزارنا ضروری ہے۔ 5 سال بعد ایسے اجازت نامے کی درخواست دی جا سکتی ہے جس کی میعاد ختم نہیں ہوتی۔

q-family-abroad = { $who ->
    [me] کیا آپ اپنے خاندان کو اٹلی بلانا چاہتے ہیں؟
   *[other] کیا وہ شخص اپنے خاندان کو اٹلی بلانا چاہتا ہے؟
  }
q-family-abroad-short = خاندان کو اٹلی بلانا

q-italian-level = { $who ->
    [me] آپ اطالوی زبان کتنی بول لیتے ہیں؟
   *[other] وہ شخص اطالوی زبان کتنی بول لیتا ہے؟
  }
q-italian-level-short = اطالوی زبان
q-italian-level-none = بالکل نہیں
q-italian-level-basic = تھوڑی سی
q-italian-level-good = اچھی طرح

q-danger-now = { $who ->
    [me] کیا آپ اس وقت خطرے میں ہیں؟
   *[other] کیا وہ شخص اس وقت خطرے میں ہے؟
  }
q-danger-now-short = اس وقت خطرے میں

q-safe-place = { $who ->
    [me] اگر آپ کو گھر چھوڑنا پڑے تو کیا آپ کے پاس جانے کے لیے کوئی محفوظ جگہ ہے؟
   *[other] اگر اس شخص کو گھر چھوڑنا پڑے تو کیا اس کے پاس جانے کے لیے کوئی محفوظ جگہ ہے؟
  }
q-safe-place-short = جانے کے لیے محفوظ جگہ

q-children-involved = { $who ->
    [me] کیا ایسے بچے ہیں جو یہ تشدد دیکھتے ہیں یا اسے سہتے ہیں؟
   *[other] کیا ایسے بچے ہیں جو یہ تشدد دیکھتے ہیں یا اسے سہتے ہیں؟
  }
q-children-involved-short = متاثرہ بچے

q-needs-constant-care = { $who ->
    [me] کیا آپ کو سارا دن، یا رات کو بھی، کسی کے پاس ہونے کی ضرورت ہے؟
   *[other] کیا اس شخص کو سارا دن، یا رات کو بھی، کسی کے پاس ہونے کی ضرورت ہے؟
  }
q-needs-constant-care-short = ہر وقت کسی کے پاس ہونے کی ضرورت
q-needs-constant-care-why = جو لوگ اکیلے نہیں رہ سکتے انہیں زیادہ مدد مل سکتی ہے، پیسوں میں بھی اور دیکھ بھال میں بھی۔

q-manages-money = { $who ->
    [me] کیا آپ مدد کے بغیر پیسے اور کاغذات سنبھال لیتے ہیں، جیسے بینک اور بل؟
   *[other] کیا وہ شخص مدد کے بغیر پیسے اور کاغذات سنبھال لیتا ہے، جیسے بینک اور بل؟
  }
q-manages-money-short = پیسے اور کاغذات خود سنبھالنا
q-manages-money-why = اگر کوئی شخص اب یہ نہیں کر پاتا تو جج کسی کو اس کی مدد کے لیے مقرر کر سکتا ہے۔

q-municipality = { $who ->
    [me] آپ کس بلدیہ (Comune) میں رہتے ہیں؟
   *[other] وہ شخص کس بلدیہ (Comune) میں رہتا ہے؟
  }
q-municipality-short = رہائش کی بلدیہ (Comune)
q-municipality-why = ہر بلدیہ وہاں رہنے والوں کی مدد کرتی ہے۔ اس لیے ہم آپ کو پہلے آپ کی اپنی بلدیہ کا دفتر دکھاتے ہیں۔
q-municipality-other = کوئی اور بلدیہ، جو اس فہرست میں نہیں ہے

q-resident = { $who ->
    [me] جس بلدیہ (Comune) میں آپ رہتے ہیں، کیا وہاں آپ کی رہائش رجسٹرڈ (residenza) ہے؟
   *[other] جس بلدیہ (Comune) میں وہ شخص رہتا ہے، کیا وہاں اس کی رہائش رجسٹرڈ (residenza) ہے؟
  }
q-resident-short = بلدیہ میں رجسٹرڈ رہائش (residenza)
q-resident-why = بلدیہ کی بہت سی مدد ان لوگوں کے لیے ہے جن کی رہائش وہاں رجسٹرڈ ہو۔
q-resident-term-title = رجسٹرڈ رہائش (residenza) کیا ہے؟
q-resident-term = اس کا مطلب ہے کہ آپ کا نام اس بلدیہ کے رجسٹر (anagrafe) میں درج ہو جہاں آپ رہتے ہیں۔ اس کی درخواست رجسٹری دفتر (ufficio anagrafe) میں دی جاتی ہے۔ جن کے پاس گھر نہیں ہے وہ بھی اسے حاصل کر سکتے ہیں۔

q-monthly-income = { $who ->
    [me] ہر مہینے آپ کو کل کتنے پیسے ملتے ہیں؟
   *[other] ہر مہینے اس شخص کو کل کتنے پیسے ملتے ہیں؟
  }
q-monthly-income-short = ماہانہ آمدنی
q-monthly-income-why = پنشن اور ہر دوسری آمدنی شامل کریں۔ جن کی آمدنی کم ہے انہیں INPS سے مدد مل سکتی ہے۔

q-household-size = { $who ->
    [me] آپ کو ملا کر، گھر میں کتنے لوگ رہتے ہیں؟
   *[other] اس شخص کو ملا کر، گھر میں کتنے لوگ رہتے ہیں؟
  }
q-household-size-short = گھر کے افراد
q-household-size-why = کچھ مدد کم از کم 3 افراد والے خاندانوں کے لیے ہے۔

q-debts = { $who ->
    [me] کیا آپ پر ایسے قرض ہیں جو آپ اب ادا نہیں کر پا رہے؟
   *[other] کیا اس شخص پر ایسے قرض ہیں جو وہ اب ادا نہیں کر پا رہا؟
  }
q-debts-short = قرض جو ادا نہیں ہو پا رہے

q-needs-money = { $who ->
    [me] کیا آپ کو اپنے طور پر الگ زندگی گزارنے کے لیے پیسوں کی ضرورت ہے؟
   *[other] کیا اس شخص کو اپنے طور پر الگ زندگی گزارنے کے لیے پیسوں کی ضرورت ہے؟
  }
q-needs-money-short = نئی شروعات کے لیے پیسوں کی ضرورت
q-needs-money-why = جو لوگ تشدد سے نکل کر نئی زندگی شروع کرنا چاہتے ہیں ان کے لیے پیسوں کی مدد موجود ہے۔

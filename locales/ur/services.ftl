# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = بلدیہ کا سماجی خدمات کا دفتر (Sportello Sociale)
provider-pua = رسائی کا واحد دفتر (Porta Unica di Accesso، PUA)
provider-inps = INPS (سرکاری سماجی تحفظ کا ادارہ)، CAF یا patronato کے ذریعے بھی
provider-caf-patronato = CAF یا patronato (مفت مدد کے دفاتر)
provider-centro-impiego = روزگار مرکز (Centro per l'impiego)
provider-sportello-stranieri = غیر ملکیوں کا دفتر (Sportello Stranieri)
provider-centro-antiviolenza = تشدد کے خلاف مرکز (centro antiviolenza)
provider-asst = مقامی محکمہ صحت (ASST)
provider-caritas = Caritas اور فوڈ بینک (banco alimentare)
provider-ufficio-scuola = بلدیہ کا اسکول دفتر (Ufficio scuola)
provider-cpia = بالغوں کا اسکول (CPIA)
provider-comune = بلدیہ (Comune) کے دفاتر
provider-emergency = ہنگامی نمبر

time-now = فوراً
time-days = چند دن
time-weeks = کچھ ہفتے
time-months = کچھ مہینے
time-call = جب بلدیہ درخواستوں کا اعلان (bando) کرے، عام طور پر سال میں ایک بار

svc-first-listening = سماجی خدمات کے دفتر (Sportello Sociale) میں پہلی ملاقات
svc-first-listening-gives = اپنی صورتحال بتانے کے لیے ایک ملاقات۔ وہ آپ کی بات سنتے ہیں، آپ کے حقوق سمجھاتے ہیں اور بتاتے ہیں کہ کہاں جانا ہے۔ یہ مفت ہے۔
svc-first-listening-for = سب کے لیے، ان کے لیے بھی جنہیں معلوم نہیں کہ کہاں سے شروع کریں۔

svc-social-worker = سوشل ورکر (assistente sociale) سے ملاقات
svc-social-worker-gives = سوشل ورکر آپ کی صورتحال کو سمجھتا ہے اور آپ کے ساتھ مل کر مدد کا منصوبہ بناتا ہے۔
svc-social-worker-for = ان لوگوں کے لیے جن کی صورتحال مشکل ہے اور جنہیں ایک ساتھ کئی طرح کی مدد چاہیے۔

svc-home-care = گھر پر دیکھ بھال (SAD)
svc-home-care-gives = ایک کارکن گھر آتا ہے۔ وہ نہانے دھونے، کپڑے پہننے اور گھر صاف رکھنے میں مدد کرتا ہے۔
svc-home-care-for = ان لوگوں کے لیے جو اب روزمرہ کے کام خود نہیں کر پاتے۔

svc-meals-at-home = گھر پر کھانا
svc-meals-at-home-gives = ہر روز گھر پر پہنچایا جانے والا گرم کھانا۔ قیمت ISEE کے مطابق ہوتی ہے۔
svc-meals-at-home-for = ان لوگوں کے لیے جو اب خود کھانا نہیں پکا پاتے۔

svc-telecare = ٹیلی ایمرجنسی الارم (Telesoccorso)
svc-telecare-gives = ایک بٹن والا چھوٹا سا آلہ۔ اگر آپ اسے دبائیں تو ایک مرکز دن رات جواب دیتا ہے اور مدد بھیجتا ہے۔
svc-telecare-for = ان لوگوں کے لیے جو اکیلے رہتے ہیں اور جنہیں فوری مدد کی ضرورت پڑ سکتی ہے۔

svc-civil-invalidity = تسلیم شدہ معذوری (invalidità civile) کی درخواست
svc-civil-invalidity-gives = اس بات کا سرکاری اعتراف کہ کوئی بیماری زندگی کو محدود کرتی ہے۔ اس سے دوسری مدد اور پیسوں کا راستہ کھلتا ہے۔
svc-civil-invalidity-for = ان لوگوں کے لیے جن کی کوئی بیماری روزمرہ زندگی کو محدود کرتی ہے۔ پہلا قدم فیملی ڈاکٹر (medico di famiglia) کا سرٹیفکیٹ ہے۔

svc-attendance-allowance = نگہداشت الاؤنس (indennità di accompagnamento)
svc-attendance-allowance-gives = INPS سے ہر مہینے پیسے، مدد کرنے والے کو ادائیگی کے لیے۔ یہ آمدنی پر منحصر نہیں۔
svc-attendance-allowance-for = ان لوگوں کے لیے جن کی معذوری 100% ہے اور جنہیں مسلسل مدد کی ضرورت ہے۔ اس کی درخواست ڈاکٹر کے نئے سرٹیفکیٹ کے ساتھ دی جاتی ہے۔

svc-day-centre = بزرگوں کے لیے ڈے سینٹر (centro diurno)
svc-day-centre-gives = دن گزارنے کی ایک جگہ۔ وہاں دیکھ بھال، کھانا اور سرگرمیاں ہوتی ہیں۔ شام کو گھر واپس آ جاتے ہیں۔
svc-day-centre-for = ان بزرگوں کے لیے جنہیں دن کے وقت دیکھ بھال کی ضرورت ہے۔ درخواست PUA کے ذریعے جاتی ہے۔

svc-carer-allowance = خاندان کے فرد کی دیکھ بھال کرنے والوں کے لیے مدد (Misura B2)
svc-carer-allowance-gives = علاقائی حکومت (Regione) کی طرف سے ان لوگوں کے لیے پیسے جو گھر پر کسی ایسے شخص کی دیکھ بھال کرتے ہیں جو خود اپنا خیال نہیں رکھ سکتا۔
svc-carer-allowance-for = ان لوگوں کے لیے جنہیں نگہداشت الاؤنس (accompagnamento) ملتا ہے یا جن کی قانون 104 (Legge 104) کے تحت شدید معذوری تسلیم شدہ ہے، اور جن کی دیکھ بھال گھر پر خاندان کا کوئی فرد یا باقاعدہ معاہدے والا گھریلو نگہداشت کار (badante) کرتا ہے۔ درخواست PUA کے ذریعے جاتی ہے۔

svc-law-104-recognition = قانون 104 (Legge 104) کے لیے درخواست
svc-law-104-recognition-gives = معذوری کا سرکاری اعتراف۔ اس سے کام سے چھٹیاں اور دوسری مدد ملتی ہے۔
svc-law-104-recognition-for = معذور افراد اور ان کے خاندان والوں کے لیے۔

svc-disabled-parking = معذوروں کے لیے پارکنگ کارڈ (contrassegno)
svc-disabled-parking-gives = گاڑی کے لیے ایک کارڈ۔ اس سے معذوروں کے لیے مخصوص جگہوں پر گاڑی کھڑی کی جا سکتی ہے۔
svc-disabled-parking-for = ان لوگوں کے لیے جنہیں چلنے میں بہت مشکل ہوتی ہے یا جو دیکھ نہیں سکتے۔

svc-social-transport = سماجی ٹرانسپورٹ (trasporto sociale)
svc-social-transport-gives = ایک گاڑی یا چھوٹی بس ڈاکٹر کے پاس، علاج کے لیے یا ڈے سینٹر تک لے جاتی ہے۔
svc-social-transport-for = ان لوگوں کے لیے جو پبلک ٹرانسپورٹ میں اکیلے سفر نہیں کر سکتے۔

svc-targeted-employment = معذور افراد کے لیے روزگار (collocamento mirato)
svc-targeted-employment-gives = مناسب نوکری تلاش کرنے میں مدد۔ کمپنیوں پر معذور افراد کو ملازمت دینا لازم ہے۔
svc-targeted-employment-for = 46% یا اس سے زیادہ معذوری والے لوگوں کے لیے جو نوکری تلاش کر رہے ہیں۔

svc-school-assistant = اسکول میں معاون
svc-school-assistant-gives = ایک تربیت یافتہ معاون اسکول میں معذور بچے یا نوجوان کی مدد کرتا ہے۔
svc-school-assistant-for = معذور طلبہ کے لیے۔ یہ نرسری سے ہائی اسکول تک ملتا ہے۔

svc-disability-day-centre = معذور افراد کے لیے ڈے سینٹر (centro diurno)
svc-disability-day-centre-gives = دن گزارنے کی ایک جگہ، سرگرمیوں اور دیکھ بھال کے ساتھ۔ شام کو گھر واپس آ جاتے ہیں۔
svc-disability-day-centre-for = ان معذور بالغوں کے لیے جنہیں ہر روز دیکھ بھال کی ضرورت ہے۔ درخواست PUA کے ذریعے جاتی ہے۔

svc-invalidity-pension = معذوری الاؤنس یا پنشن (assegno o pensione di invalidità)
svc-invalidity-pension-gives = INPS سے ہر مہینے پیسے: 74% معذوری سے الاؤنس، 100% پر پنشن۔
svc-invalidity-pension-for = 18 سے 66 سال کی عمر کے لوگوں کے لیے جن کی معذوری 74% یا اس سے زیادہ ہو اور آمدنی کم ہو۔

svc-child-benefit = بچوں کا یکساں الاؤنس (Assegno Unico)
svc-child-benefit-gives = ہر بچے کے لیے ہر مہینے پیسے، حمل کے ساتویں مہینے سے 21 سال کی عمر تک۔ ISEE ہو تو زیادہ ملتا ہے۔
svc-child-benefit-for = بچوں والے تمام خاندانوں کے لیے۔

svc-nursery-bonus = نرسری بونس (Bonus asilo nido)
svc-nursery-bonus-gives = INPS سے پیسے، نرسری (asilo nido) کی فیس یا چھوٹے بچوں کے لیے گھر پر مدد کی ادائیگی کے لیے۔
svc-nursery-bonus-for = 3 سال سے کم عمر بچوں والے خاندانوں کے لیے۔ ISEE کم ہو تو زیادہ ملتا ہے۔

svc-municipal-nursery = بلدیہ کی نرسری (asilo nido)
svc-municipal-nursery-gives = نرسری میں ایک جگہ۔ جن کا ISEE کم ہے وہ کم فیس دیتے ہیں۔
svc-municipal-nursery-for = 3 سال سے کم عمر بچوں والے خاندانوں کے لیے۔

svc-school-grant = اسکول کی کتابوں اور سامان کے لیے امداد (Dote Scuola)
svc-school-grant-gives = علاقائی حکومت (Regione) کی طرف سے ایک واؤچر، کتابیں اور اسکول کا سامان خریدنے کے لیے۔
svc-school-grant-for = مڈل اور ہائی اسکول کے طلبہ کے لیے، جن کا ISEE زیادہ سے زیادہ 15,748 یورو ہو۔

svc-school-meals-discount = اسکول کے کھانے اور اسکول بس میں رعایت
svc-school-meals-discount-gives = بلدیہ اسکول کے کھانے (mensa) اور اسکول بس کی فیس کم کر دیتی ہے۔
svc-school-meals-discount-for = ان خاندانوں کے لیے جن کے بچے پری اسکول، پرائمری یا مڈل اسکول میں ہیں۔ جن کا ISEE کم ہے وہ کم ادا کرتے ہیں۔

svc-family-centre = فیملی سینٹر (Centro per la famiglia)
svc-family-centre-gives = والدین کے لیے ملاقاتیں اور مشورے، حمل کے دوران بھی۔ یہ مفت ہے۔
svc-family-centre-for = ماؤں، باپوں اور ان لوگوں کے لیے جن کے ہاں بچہ ہونے والا ہے۔

svc-birth-bonus = نوزائیدہ بچوں کے لیے بونس
svc-birth-bonus-gives = پیدا ہونے والے یا گود لیے گئے ہر بچے کے لیے 1,000 یورو۔ درخواست پیدائش کے 120 دن کے اندر دینی ہوتی ہے۔
svc-birth-bonus-for = 2025 سے پیدا ہونے والے یا گود لیے گئے بچوں کے لیے، ان خاندانوں میں جن کا ISEE زیادہ سے زیادہ 40,000 یورو ہو۔

svc-inclusion-allowance = شمولیت الاؤنس (Assegno di Inclusione، ADI)
svc-inclusion-allowance-gives = ہر مہینے پیسے، اور غربت سے نکلنے کے لیے سماجی خدمات کے ساتھ ایک منصوبہ۔
svc-inclusion-allowance-for = ان خاندانوں کے لیے جن کا ISEE زیادہ سے زیادہ 10,140 یورو ہو، اور جن میں کوئی نابالغ، کوئی معذور شخص یا 60 سال سے زیادہ عمر کا کوئی شخص ہو۔ اٹلی میں 5 سال ضروری ہیں۔ یورپی یونین سے باہر سے آنے والوں کے پاس طویل مدتی اجازت نامہ یا تحفظ (protezione) ہونا چاہیے۔

svc-training-support = تربیت اور روزگار کے لیے مدد (Supporto Formazione e Lavoro، SFL)
svc-training-support-gives = جب آپ کوئی کورس یا روزگار کا منصوبہ کر رہے ہوں تو ہر مہینے 500 یورو۔
svc-training-support-for = 18 سے 59 سال کے بے روزگار لوگوں کے لیے، جن کا ISEE زیادہ سے زیادہ 10,140 یورو ہو۔ اٹلی میں سالوں اور اجازت نامے کے بارے میں وہی قواعد لاگو ہیں جو ADI کے ہیں۔

svc-unemployment-benefit = NASpI (بے روزگاری الاؤنس)
svc-unemployment-benefit-gives = نوکری ختم ہونے کے بعد INPS سے ہر مہینے پیسے۔ درخواست 68 دن کے اندر دینی ہوتی ہے۔
svc-unemployment-benefit-for = ان لوگوں کے لیے جن کی نوکری ان کی مرضی کے بغیر ختم ہوئی۔

svc-job-centre = روزگار مرکز (Centro per l'impiego)
svc-job-centre-gives = نوکری تلاش کرنے میں مدد، مفت کورس، اور بے روزگار کے طور پر اندراج۔
svc-job-centre-for = ان لوگوں کے لیے جو نوکری تلاش کر رہے ہیں۔

svc-energy-bonus = بجلی، گیس اور پانی کا سماجی بونس (Bonus sociale)
svc-energy-bonus-gives = بلوں میں رعایت۔ جب آپ ISEE بنواتے ہیں تو یہ خود بخود مل جاتی ہے۔
svc-energy-bonus-for = ان خاندانوں کے لیے جن کا ISEE زیادہ سے زیادہ 9,530 یورو ہو، یا کم از کم 4 بچوں کے ساتھ زیادہ سے زیادہ 20,000 یورو ہو۔

svc-isee-help = مفت ISEE بنوائیں
svc-isee-help-gives = ایک CAF آپ سے پیسے لیے بغیر آپ کا ISEE بناتا ہے۔ یہ تقریباً ہر مدد کے لیے ضروری ہے۔
svc-isee-help-for = ان لوگوں کے لیے جن کے پاس ابھی اس سال کا ISEE نہیں ہے یا جنہیں معلوم نہیں کہ ہے یا نہیں۔

svc-food-aid = کھانے کے لیے مدد
svc-food-aid-gives = کھانے کے پیکٹ، یا سماجی اسٹور (emporio solidale) کا کارڈ۔ فوری طور پر بھی۔
svc-food-aid-for = ان لوگوں کے لیے جن کے پاس کھانے کو کافی نہیں ہے۔

svc-emergency-grant = بلدیہ کی طرف سے مالی مدد (contributo economico)
svc-emergency-grant-gives = صرف ایک بار پیسوں کی مدد، فوری اخراجات کے لیے جیسے بل یا کھانا۔
svc-emergency-grant-for = ان لوگوں کے لیے جنہیں پیسوں کا فوری مسئلہ ہے۔ فیصلہ سوشل ورکر کرتا ہے۔

svc-rent-support = کرائے کے لیے مدد (contributo per l'affitto)
svc-rent-support-gives = کرائے کا کچھ حصہ ادا کرنے کے لیے پیسے۔ یہ بلدیہ علاقائی حکومت (Regione) کے ساتھ مل کر دیتی ہے۔
svc-rent-support-for = ان لوگوں کے لیے جو کرایہ ادا کرتے ہیں اور جن کا ISEE زیادہ سے زیادہ 26,000 یورو ہے۔

svc-arrears-fund = بقایا کرائے کے لیے فنڈ (morosità incolpevole)
svc-arrears-fund-gives = بقایا کرایہ ادا کرنے اور بے دخلی (sfratto) روکنے کے لیے پیسے۔
svc-arrears-fund-for = ان لوگوں کے لیے جو کرایہ ادا نہیں کر پا رہے کیونکہ ان کی نوکری یا آمدنی ختم ہو گئی۔

svc-social-housing = سرکاری رہائش (casa popolare، SAP)
svc-social-housing-gives = کم کرائے پر ایک گھر۔ درخواست تب دی جاتی ہے جب درخواستوں کا اعلان (bando) ہو۔
svc-social-housing-for = ان خاندانوں کے لیے جن کا اپنا ذاتی گھر نہیں ہے اور جن کا ISEE زیادہ سے زیادہ 16,000 یورو ہے۔

svc-housing-emergency = رہائش کی ہنگامی صورتحال (emergenza casa)
svc-housing-emergency-gives = کچھ عرصے کے لیے رہنے کی جگہ، جب تک گھر تلاش کیا جا رہا ہو۔
svc-housing-emergency-for = ان لوگوں کے لیے جن کا گھر چھننے والا ہے یا جن کے پاس گھر نہیں ہے۔

svc-night-shelter = آج رات سونے کی جگہ
svc-night-shelter-gives = رات کے لیے ایک بستر، نہانے کی جگہ اور ایک وقت کا کھانا۔ یہ جگہ سماجی ہنگامی سروس (Pronto Intervento Sociale) ڈھونڈتی ہے، رات کو بھی۔
svc-night-shelter-for = ان لوگوں کے لیے جن کے پاس آج رات سونے کی کوئی محفوظ جگہ نہیں ہے۔

svc-family-doctor = صحت کی سرکاری سروس میں اندراج اور فیملی ڈاکٹر (medico di famiglia)
svc-family-doctor-gives = مفت فیملی ڈاکٹر اور ہیلتھ کارڈ (tessera sanitaria)۔
svc-family-doctor-for = ان لوگوں کے لیے جو اٹلی میں رہتے ہیں اور جن کا ابھی کوئی ڈاکٹر نہیں ہے۔ اجازت نامے کی تجدید کی رسید کے ساتھ بھی یہ ممکن ہے۔

svc-stp-code = علاج کے لیے STP کوڈ
svc-stp-code-gives = فوری اور ضروری علاج کے لیے ایک کوڈ، اجازت نامے کے بغیر بھی۔ کوئی آپ کی شکایت پولیس کو نہیں کرے گا۔
svc-stp-code-for = ان غیر ملکیوں کے لیے جن کے پاس کارآمد رہائشی اجازت نامہ (permesso di soggiorno) نہیں ہے۔

svc-home-nursing = گھر پر علاج (ADI)
svc-home-nursing-gives = نرسیں اور ڈاکٹر گھر آتے ہیں۔ اس کے لیے فیملی ڈاکٹر (medico di famiglia) کی درخواست ضروری ہے۔ PUA جائزے کے لیے ملاقات کا انتظام کرتا ہے۔
svc-home-nursing-for = ان لوگوں کے لیے جو علاج کے لیے گھر سے باہر نہیں جا سکتے۔

svc-mental-health-centre = ذہنی صحت کا مرکز (CPS)
svc-mental-health-centre-gives = ماہرینِ نفسیات اور ڈاکٹر جو بات سنتے ہیں اور علاج کرتے ہیں۔ یہ مفت ہے۔
svc-mental-health-centre-for = ان بالغوں کے لیے جنہیں گھبراہٹ، شدید اداسی یا ذہنی صحت کے دوسرے مسائل ہیں۔

svc-addiction-service = نشے اور لت کے لیے سروس (SerD)
svc-addiction-service-gives = شراب، منشیات یا جوئے کے لیے مدد اور علاج۔ یہ مفت اور خفیہ ہے، نام بتائے بغیر بھی۔
svc-addiction-service-for = لت میں مبتلا لوگوں اور ان کے خاندان والوں کے لیے۔

svc-consultorio = خاندانی صحت کا کلینک (consultorio familiare)
svc-consultorio-gives = حمل، مانع حمل اور خواتین کی صحت کے بارے میں معائنے اور مشورے۔ یہ مفت ہے۔
svc-consultorio-for = خواتین، جوڑوں اور نوجوانوں کے لیے۔

svc-permit-renewal = رہائشی اجازت نامے (permesso di soggiorno) کی تجدید
svc-permit-renewal-gives = درخواست تیار کرنے میں مدد۔ یہ ڈاک خانے (Poste) کی کٹ کے ذریعے بھیجی جاتی ہے۔
svc-permit-renewal-for = ان لوگوں کے لیے جن کے اجازت نامے کی میعاد ختم ہو رہی ہے یا ختم ہو چکی ہے۔ میعاد ختم ہونے سے پہلے درخواست دیں۔

svc-family-reunification = خاندان کو ساتھ ملانا (ricongiungimento familiare)
svc-family-reunification-gives = شوہر یا بیوی، بچوں یا والدین کو اٹلی بلانے کی اجازت مانگنے میں مدد۔
svc-family-reunification-for = ان لوگوں کے لیے جن کے پاس کارآمد اجازت نامہ، آمدنی اور مناسب گھر ہو۔

svc-long-term-permit = طویل مدتی اجازت نامہ (permesso di lungo periodo)
svc-long-term-permit-gives = ایسا اجازت نامہ جس کی میعاد ختم نہیں ہوتی۔ اس کے لیے اطالوی زبان کا A2 سطح کا امتحان ضروری ہے۔
svc-long-term-permit-for = ان لوگوں کے لیے جو کم از کم 5 سال سے اجازت نامے کے ساتھ اٹلی میں رہ رہے ہیں اور جن کی آمدنی ہے۔

svc-italian-course = اطالوی زبان کا مفت کورس
svc-italian-course-gives = بالغوں کے لیے اطالوی زبان کے اسباق، آخر میں سرٹیفکیٹ کے ساتھ۔
svc-italian-course-for = ان غیر ملکی بالغوں کے لیے جو اطالوی زبان سیکھنا چاہتے ہیں۔

svc-migrant-legal-advice = غیر ملکیوں کے لیے قانونی مشورہ
svc-migrant-legal-advice-gives = ایک ماہر آپ کو بتاتا ہے کہ اجازت نامے یا پناہ (asilo) کے لیے آپ کیا کر سکتے ہیں۔ یہ مفت ہے۔
svc-migrant-legal-advice-for = ان لوگوں کے لیے جن کے پاس کارآمد اجازت نامہ نہیں ہے یا جو پناہ کی درخواست کے جواب کا انتظار کر رہے ہیں۔

svc-emergency-112 = ہنگامی نمبر 112
svc-emergency-112-gives = پولیس، کارابینیئری (carabinieri) اور ایمبولینس۔ یہ ہمیشہ جواب دیتا ہے، دوسری زبانوں میں بھی۔
svc-emergency-112-for = ان لوگوں کے لیے جو اس وقت خطرے میں ہیں۔

svc-helpline-1522 = تشدد کے خلاف نمبر 1522
svc-helpline-1522-gives = ایک مفت نمبر جو دن رات جواب دیتا ہے، دوسری زبانوں میں بھی۔ یہ فون کے بل میں نظر نہیں آتا۔
svc-helpline-1522-for = ان لوگوں کے لیے جو تشدد کا سامنا کر رہے ہیں یا ڈرے ہوئے ہیں، اور ان کے لیے جو مدد کرنا چاہتے ہیں۔

svc-anti-violence-centre = تشدد کے خلاف مرکز (centro antiviolenza)
svc-anti-violence-centre-gives = تجربہ کار خواتین آپ کی بات سنتی ہیں اور مدد کرتی ہیں۔ یہ مفت اور خفیہ ہے۔ کیا کرنا ہے، یہ آپ خود فیصلہ کرتی ہیں۔
svc-anti-violence-centre-for = ان خواتین کے لیے جو تشدد کا سامنا کر رہی ہیں، پولیس میں شکایت کیے بغیر بھی۔

svc-safe-house = پناہ گاہ (casa rifugio)
svc-safe-house-gives = رہنے کے لیے ایک محفوظ اور خفیہ جگہ، بچوں کے ساتھ بھی۔
svc-safe-house-for = ان لوگوں کے لیے جنہیں محفوظ رہنے کے لیے گھر چھوڑنا پڑے۔

svc-children-protection = بچوں کے لیے مدد
svc-children-protection-gives = ان بچوں کے لیے مدد جو گھر میں تشدد دیکھتے ہیں یا سہتے ہیں۔
svc-children-protection-for = ان خاندانوں کے لیے جن کے بچے اس سے متاثر ہیں۔

svc-free-lawyer = مفت وکیل
svc-free-lawyer-gives = ریاست کے خرچ پر ایک وکیل، آپ کی آمدنی چاہے جتنی بھی ہو۔
svc-free-lawyer-for = ان لوگوں کے لیے جو گھریلو تشدد یا پیچھا کیے جانے اور ہراساں کیے جانے (stalking) کا سامنا کر رہے ہیں۔ تشدد کے خلاف مرکز وکیل ڈھونڈنے میں مدد کرتا ہے۔

svc-universal-benefit = عمومی امداد (Prestazione universale)
svc-universal-benefit-gives = نگہداشت الاؤنس (accompagnamento) کے علاوہ ہر مہینے 850 یورو مزید، گھر پر دیکھ بھال کرنے والے کو ادائیگی کے لیے۔
svc-universal-benefit-for = ان لوگوں کے لیے جن کی عمر کم از کم 80 سال ہو، جنہیں نگہداشت الاؤنس ملتا ہو اور جن کا ISEE زیادہ سے زیادہ 6,000 یورو ہو۔

svc-social-pension = سماجی الاؤنس (Assegno sociale)
svc-social-pension-gives = INPS سے ہر مہینے پیسے، ان لوگوں کے لیے جن کے پاس گزارے کے لیے بہت کم یا کچھ بھی نہیں۔
svc-social-pension-for = ان لوگوں کے لیے جن کی عمر کم از کم 67 سال ہو اور آمدنی کم ہو۔ اٹلی میں 10 سال ضروری ہیں۔

svc-residential-care = نگہداشت کے ادارے (RSA) اور عارضی قیام (ricoveri di sollievo)
svc-residential-care-gives = دیکھ بھال والے ادارے میں ایک جگہ، مستقل طور پر یا چند ہفتوں کے لیے، تاکہ خاندان آرام کر سکے۔
svc-residential-care-for = ان لوگوں کے لیے جو اب گھر پر اکیلے نہیں رہ سکتے۔ درخواست PUA کے ذریعے جاتی ہے، جو جائزہ لیتا ہے۔

svc-care-worker-help = گھریلو نگہداشت کار (badante) تلاش کرنے میں مدد
svc-care-worker-help-gives = دفتر آپ کو ایک اچھا نگہداشت کار (badante) تلاش کرنے اور اس کا معاہدہ بنانے میں مدد کرتا ہے۔
svc-care-worker-help-for = ان خاندانوں کے لیے جو کسی بزرگ کی گھر پر دیکھ بھال کے لیے کسی کو تلاش کر رہے ہیں۔

svc-measure-b1 = انتہائی شدید معذوری کے لیے مدد (Misura B1)
svc-measure-b1-gives = ہر مہینے پیسے اور دیکھ بھال کا منصوبہ، ان لوگوں کے لیے جو گھر پر انتہائی شدید معذوری والے کسی شخص کی دیکھ بھال کرتے ہیں۔
svc-measure-b1-for = ان لوگوں کے لیے جنہیں نگہداشت الاؤنس (accompagnamento) ملتا ہے اور جنہیں دن رات دیکھ بھال کی ضرورت ہے۔ جائزہ مقامی محکمہ صحت (Azienda sanitaria) لیتا ہے۔

svc-support-administrator = معاون منتظم (amministratore di sostegno)
svc-support-administrator-gives = جج ایک شخص کو مقرر کرتا ہے، اکثر خاندان کا کوئی فرد، جو پیسے اور کاغذات سنبھالنے میں مدد کرتا ہے۔ وکیل کی ضرورت نہیں۔
svc-support-administrator-for = ان لوگوں کے لیے جو اب خود اپنے پیسے اور کاغذی کارروائی نہیں سنبھال سکتے۔

svc-ticket-exemption = علاج کی فیس (ticket) سے چھوٹ
svc-ticket-exemption-gives = آپ ڈاکٹری معائنوں اور ٹیسٹوں کی فیس (ticket) ادا نہیں کرتے۔
svc-ticket-exemption-for = 6 سال سے کم عمر بچوں اور 65 سال یا اس سے زیادہ عمر کے لوگوں کے لیے، جن کے خاندان کی آمدنی زیادہ سے زیادہ 36,152 یورو ہو۔ ان لوگوں کے لیے بھی جو بے روزگار ہیں یا کم سے کم پنشن لیتے ہیں، اور جن کی آمدنی کم ہے۔

svc-attendance-frequency = اسکول یا علاج میں جانے والے بچوں کا الاؤنس (indennità di frequenza)
svc-attendance-frequency-gives = INPS سے ہر مہینے پیسے، ان مہینوں میں جب بچہ اسکول جاتا ہے یا علاج کرواتا ہے۔
svc-attendance-frequency-for = لمبے عرصے کی مشکلات والے نابالغوں کے لیے، جو اسکول یا علاج کے لیے جاتے ہیں۔

svc-uonpia = بچوں کی دماغی اور نفسیاتی صحت کی سروس (UONPIA)
svc-uonpia-gives = ان بچوں اور نوجوانوں کے لیے ڈاکٹر اور تھراپسٹ جنہیں نشوونما، رویے یا مزاج میں مشکلات ہیں۔ یہ مفت ہے۔
svc-uonpia-for = 17 سال تک کی عمر کے بچوں اور نوجوانوں کے لیے۔

svc-maternity-allowance = بلدیات کا زچگی الاؤنس (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = اس ماں کے لیے پیسے جسے زچگی کی کوئی اور مدد نہیں ملتی، یا بہت کم ملتی ہے۔ درخواست پیدائش کے 6 مہینوں کے اندر بلدیہ (Comune) کو دینی ہوتی ہے۔
svc-maternity-allowance-for = ان ماؤں کے لیے جن کا ISEE زیادہ سے زیادہ 20,382 یورو ہو۔ یورپی یونین سے باہر سے آنے والوں کے لیے طویل مدتی اجازت نامہ یا تحفظ (protezione) ضروری ہے۔

svc-dedicated-card = خریداری کارڈ (Carta Dedicata a te)
svc-dedicated-card-gives = کھانے پینے کی چیزیں خریدنے کے لیے پیسوں والا ایک کارڈ۔ اس کی درخواست نہیں دی جاتی: بلدیہ INPS کی فہرستوں میں سے خاندان چنتی ہے۔
svc-dedicated-card-for = کم از کم 3 افراد والے ان خاندانوں کے لیے جن کا ISEE زیادہ سے زیادہ 15,000 یورو ہو اور جنہیں ADI جیسی کوئی اور مدد نہ ملتی ہو۔

svc-over-indebtedness = قرضوں کے لیے مدد (sovraindebitamento)
svc-over-indebtedness-gives = ایک ماہر قرضوں کو جتنا ممکن ہو ادا کرنے کا منصوبہ بنانے میں مدد کرتا ہے۔ کبھی کبھی جج قرض کا کچھ حصہ معاف کر دیتا ہے۔
svc-over-indebtedness-for = ان لوگوں کے لیے جن پر ایسے قرض ہیں جو وہ اب ادا نہیں کر سکتے۔

svc-registered-residence = بلدیہ میں رجسٹرڈ رہائش (residenza)
svc-registered-residence-gives = بلدیہ کے رجسٹری دفتر (anagrafe) میں اندراج۔ جس کے پاس گھر نہیں ہے وہ بھی بلدیہ کے کسی پتے پر رہائش رجسٹر کروا سکتا ہے۔
svc-registered-residence-for = ان لوگوں کے لیے جو بلدیہ میں رہتے ہیں لیکن ابھی ان کی رہائش رجسٹرڈ نہیں ہے۔ رجسٹرڈ رہائش کے بغیر بہت سی مدد نہیں مل سکتی۔

svc-psychologist-bonus = ماہرِ نفسیات بونس (bonus psicologo)
svc-psychologist-bonus-gives = ماہرِ نفسیات کے ساتھ کچھ نشستوں کی ادائیگی کے لیے پیسے۔ درخواست تب دی جاتی ہے جب درخواستوں کا اعلان (bando) ہو۔
svc-psychologist-bonus-for = ان لوگوں کے لیے جنہیں گھبراہٹ، اداسی یا ذہنی دباؤ ہو، اور جن کا ISEE زیادہ سے زیادہ 50,000 یورو ہو۔

svc-italian-citizenship = اطالوی شہریت
svc-italian-citizenship-gives = اطالوی شہری بننے کی درخواست دینے میں مدد۔
svc-italian-citizenship-for = ان لوگوں کے لیے جن کی اٹلی میں رجسٹرڈ رہائش (residenza) 10 سال سے ہو، پناہ گزینوں کے لیے 5 سال سے، اور یورپی یونین کے شہریوں کے لیے 4 سال سے۔ B1 سطح کی اطالوی زبان ضروری ہے۔

svc-freedom-income = آزادی کی آمدنی (Reddito di libertà)
svc-freedom-income-gives = ایک سال تک ہر مہینے 500 یورو تک، اپنی خود مختار زندگی دوبارہ شروع کرنے کے لیے۔
svc-freedom-income-for = ان خواتین کے لیے جو تشدد سے نکل رہی ہیں۔ بلدیہ کے ساتھ مل کر تشدد کے خلاف کوئی مرکز ان کی مدد کرتا ہے۔

svc-violence-permit = تشدد کا سامنا کرنے والوں کے لیے رہائشی اجازت نامہ (permesso di soggiorno)
svc-violence-permit-gives = ایسا اجازت نامہ جو شریکِ حیات پر منحصر نہیں۔ یہ ان لوگوں کی حفاظت کرتا ہے جو شکایت درج کرواتے ہیں یا تشدد کے خلاف مرکز سے مدد مانگتے ہیں۔
svc-violence-permit-for = ان غیر ملکیوں کے لیے جو گھریلو تشدد کا سامنا کر رہے ہیں۔

svc-food-aid-urgent = آج ہی: Caritas یا سماجی خدمات کے دفتر (Sportello Sociale) جائیں۔ وہ آپ کو دستاویزات کے بغیر بھی کھانا دیتے ہیں۔
svc-night-shelter-urgent = آج رات: بلدیہ کی سماجی ہنگامی سروس (Pronto Intervento Sociale) کو فون کریں، یہ رات کو بھی جواب دیتی ہے۔ یا آج ہی سماجی خدمات کے دفتر (Sportello Sociale) جائیں۔
svc-emergency-112-urgent = اگر آپ اس وقت خطرے میں ہیں: 112 پر فون کریں۔ یہ ہمیشہ جواب دیتا ہے، دوسری زبانوں میں بھی۔
svc-helpline-1522-urgent = 1522 پر فون کریں: یہ مفت ہے، دن رات جواب دیتا ہے، دوسری زبانوں میں بھی۔ آپ چیٹ میں لکھ بھی سکتے ہیں۔
svc-anti-violence-centre-urgent = تشدد کے خلاف مرکز (centro antiviolenza) آپ کی بات سنتا ہے اور مدد کرتا ہے، پولیس میں شکایت کے بغیر بھی۔ 1522 نمبر آپ کا ان سے رابطہ کروا دیتا ہے۔
svc-safe-house-urgent = اگر آپ گھر پر نہیں رہ سکتے تو 1522 اور تشدد کے خلاف مرکز آج ہی کوئی محفوظ جگہ ڈھونڈ سکتے ہیں۔

rule-needs-personal-care = نہانے دھونے، گھر کے کام یا چلنے پھرنے میں مدد کی ضرورت ہے۔
rule-cannot-cook = کھانا پکانے میں مدد کی ضرورت ہے۔
rule-lives-alone = یہ ان لوگوں کے لیے ہے جو اکیلے رہتے ہیں۔
rule-may-need-quick-help = یہ ان لوگوں کے لیے ہے جنہیں فوری مدد کی ضرورت پڑ سکتی ہے۔
rule-invalidity-not-recognised = یہ ان لوگوں کے لیے ہے جن کی معذوری (invalidità civile) ابھی تسلیم شدہ نہیں ہے۔
rule-over-65 = یہ ان لوگوں کے لیے ہے جن کی عمر کم از کم 65 سال ہے۔
rule-needs-care-during-day = دن کے وقت دیکھ بھال کی ضرورت ہے۔
rule-law-104-not-recognised = یہ ان لوگوں کے لیے ہے جن کے پاس ابھی قانون 104 (Legge 104) کی منظوری نہیں ہے۔
rule-hard-to-move-around = یہ ان لوگوں کے لیے ہے جنہیں چلنے پھرنے یا گاڑی کھڑی کرنے میں مشکل ہوتی ہے۔
rule-needs-transport = یہ ان لوگوں کے لیے ہے جنہیں آنے جانے کے لیے سواری کی ضرورت ہے۔
rule-wants-work = یہ ان لوگوں کے لیے ہے جو نوکری تلاش کر رہے ہیں۔
rule-working-age = یہ 16 سے 66 سال کی عمر کے لوگوں کے لیے ہے۔
rule-needs-school-support = یہ ان کے لیے ہے جنہیں اسکول میں مدد کی ضرورت ہے۔
rule-school-age = یہ 3 سے 20 سال کی عمر کے لوگوں کے لیے ہے۔
rule-needs-daily-care = یہ ان لوگوں کے لیے ہے جنہیں ہر روز دیکھ بھال کی ضرورت ہے۔
rule-adult = یہ ان لوگوں کے لیے ہے جن کی عمر کم از کم 18 سال ہے۔
rule-age-18-to-66 = یہ 18 سے 66 سال کی عمر کے لوگوں کے لیے ہے۔
rule-has-children-or-expecting = یہ ان لوگوں کے لیے ہے جن کے بچے ہیں یا جن کے ہاں بچہ ہونے والا ہے۔
rule-child-under-3 = یہ ان لوگوں کے لیے ہے جن کا کوئی بچہ 3 سال سے کم عمر کا ہے۔
rule-needs-childcare = یہ ان لوگوں کے لیے ہے جنہیں بچوں کی دیکھ بھال کے لیے کسی کی ضرورت ہے۔
rule-isee-up-to-15748 = زیادہ سے زیادہ 15,748 یورو کا ISEE ضروری ہے۔
rule-parenting-or-expecting = یہ ان والدین کے لیے ہے جو مدد چاہتے ہیں، اور ان کے لیے جن کے ہاں بچہ ہونے والا ہے۔
rule-isee-up-to-40000 = زیادہ سے زیادہ 40,000 یورو کا ISEE ضروری ہے۔
rule-household-with-minor-disabled-or-over-60 = خاندان میں کوئی نابالغ، کوئی معذور شخص یا 60 سال سے زیادہ عمر کا کوئی شخص ہونا ضروری ہے۔
rule-isee-up-to-10140 = زیادہ سے زیادہ 10,140 یورو کا ISEE ضروری ہے۔
rule-age-18-to-59 = یہ 18 سے 59 سال کی عمر کے لوگوں کے لیے ہے۔
rule-without-work = یہ ان لوگوں کے لیے ہے جو کام نہیں کرتے۔
rule-lost-job = یہ ان لوگوں کے لیے ہے جن کی نوکری چھوٹ گئی ہے۔
rule-not-by-choice = نوکری مرضی کے بغیر ختم ہوئی ہو۔
rule-age-16-to-66 = یہ 16 سے 66 سال کی عمر کے لوگوں کے لیے ہے۔
rule-no-isee-yet = یہ ان لوگوں کے لیے ہے جن کے پاس ابھی ISEE نہیں ہے۔
rule-not-enough-food = یہ ان لوگوں کے لیے ہے جن کے پاس کافی کھانا نہیں ہے۔
rule-cannot-pay-basics = یہ ان لوگوں کے لیے ہے جو کھانے یا بلوں کی ادائیگی نہیں کر پا رہے۔
rule-pays-rent = یہ ان لوگوں کے لیے ہے جو کرائے کے گھر میں رہتے ہیں۔
rule-isee-up-to-26000 = زیادہ سے زیادہ 26,000 یورو کا ISEE ضروری ہے۔
rule-no-own-home = یہ ان لوگوں کے لیے ہے جن کا اپنا ذاتی گھر نہیں ہے۔
rule-isee-up-to-16000 = زیادہ سے زیادہ 16,000 یورو کا ISEE ضروری ہے۔
rule-losing-home = یہ ان لوگوں کے لیے ہے جن کا گھر چھننے والا ہے یا جن کے پاس گھر نہیں ہے۔
rule-nowhere-to-sleep = یہ ان لوگوں کے لیے ہے جن کے پاس آج رات سونے کی کوئی جگہ نہیں ہے۔
rule-no-family-doctor = یہ ان لوگوں کے لیے ہے جن کا کوئی فیملی ڈاکٹر (medico di famiglia) نہیں ہے۔
rule-can-register-with-health-service = یورپی شہریت یا کارآمد اجازت نامہ ضروری ہے۔
rule-without-valid-permit = یہ ان لوگوں کے لیے ہے جن کے پاس کارآمد اجازت نامہ نہیں ہے۔
rule-needs-care-at-home = یہ ان لوگوں کے لیے ہے جنہیں گھر پر علاج کی ضرورت ہے۔
rule-mental-health = یہ ان لوگوں کے لیے ہے جنہیں ذہنی صحت کے مسائل ہیں۔
rule-addiction = یہ ان لوگوں کے لیے ہے جو کسی لت میں مبتلا ہیں۔
rule-pregnancy-or-family-health = یہ حمل اور خواتین کی صحت کے لیے ہے۔
rule-permit-expiring-or-expired = یہ ان لوگوں کے لیے ہے جن کے اجازت نامے کی میعاد ختم ہو رہی ہے یا ختم ہو چکی ہے۔
rule-family-abroad = یہ ان لوگوں کے لیے ہے جو اپنے خاندان کو اٹلی بلانا چاہتے ہیں۔
rule-valid-permit = کارآمد اجازت نامہ ضروری ہے۔
rule-five-years-in-italy = اٹلی میں کم از کم 5 سال ضروری ہیں۔
rule-learning-italian = یہ ان لوگوں کے لیے ہے جو اطالوی زبان سیکھنا چاہتے ہیں۔
rule-without-valid-permit-or-asylum = یہ ان لوگوں کے لیے ہے جن کے پاس کارآمد اجازت نامہ نہیں ہے یا جنہوں نے پناہ (asilo) کی درخواست دی ہے۔
rule-in-danger-now = یہ ان لوگوں کے لیے ہے جو اس وقت خطرے میں ہیں۔
rule-no-safe-place = یہ ان لوگوں کے لیے ہے جن کے پاس جانے کے لیے کوئی محفوظ جگہ نہیں ہے۔
rule-children-involved = یہ ان لوگوں کے لیے ہے جن کے بچے اس سے متاثر ہیں۔
rule-resident-here = بلدیہ (Comune) میں رجسٹرڈ رہائش (residenza) ضروری ہے۔
rule-permit-for-municipal-services = جو یورپی یونین سے نہیں ہیں ان کے پاس اجازت نامہ ہونا ضروری ہے۔ تجدید کی رسید بھی قابلِ قبول ہے۔
rule-needs-constant-care = یہ ان لوگوں کے لیے ہے جنہیں ہر وقت کسی کے پاس ہونے کی ضرورت ہے۔
rule-invalidity-100-or-pending = 100% معذوری ضروری ہے، چاہے درخواست ابھی زیرِ غور ہو۔
rule-over-80 = یہ ان لوگوں کے لیے ہے جن کی عمر کم از کم 80 سال ہے۔
rule-has-attendance-allowance = نگہداشت الاؤنس (indennità di accompagnamento) ضروری ہے۔
rule-isee-up-to-6000 = زیادہ سے زیادہ 6,000 یورو کا ISEE ضروری ہے۔
rule-age-67-or-more = یہ ان لوگوں کے لیے ہے جن کی عمر کم از کم 67 سال ہے۔
rule-income-up-to-583-a-month = آمدنی زیادہ سے زیادہ تقریباً 583 یورو ماہانہ ہونی چاہیے۔
rule-ten-years-in-italy = اٹلی میں کم از کم 10 سال ضروری ہیں۔
rule-permit-for-social-pension = یورپی یونین سے باہر سے آنے والوں کے لیے طویل مدتی اجازت نامہ یا تحفظ (protezione) ضروری ہے۔
rule-severe-disability = نگہداشت الاؤنس (accompagnamento) یا قانون 104 (Legge 104) کے تحت شدید صورتحال ضروری ہے۔
rule-has-carer = خاندان کا کوئی فرد یا گھریلو نگہداشت کار (badante) ہونا چاہیے جو گھر پر دیکھ بھال کرے۔
rule-cannot-manage-money = یہ ان لوگوں کے لیے ہے جو مدد کے بغیر پیسے اور کاغذات نہیں سنبھال سکتے۔
rule-under-6-or-over-65 = یہ 6 سال سے کم عمر بچوں اور کم از کم 65 سال کی عمر کے لوگوں کے لیے ہے۔
rule-invalidity-46-or-more = 46% یا اس سے زیادہ معذوری ضروری ہے۔
rule-minor = یہ ان کے لیے ہے جن کی عمر 18 سال سے کم ہے۔
rule-needs-school-or-care = یہ ان کے لیے ہے جنہیں اسکول میں مدد یا ہر روز دیکھ بھال کی ضرورت ہے۔
rule-no-attendance-allowance = یہ نگہداشت الاؤنس (accompagnamento) کے ساتھ نہیں ملتا۔
rule-invalidity-74-or-more = 74% یا اس سے زیادہ معذوری ضروری ہے۔
rule-child-mind-or-development = یہ نشوونما، اسکول یا مزاج کی مشکلات کے لیے ہے۔
rule-child-at-secondary-school = یہ ان لوگوں کے لیے ہے جن کا کوئی بچہ مڈل یا ہائی اسکول میں ہے۔
rule-child-3-to-13 = یہ ان لوگوں کے لیے ہے جن کا کوئی بچہ 3 سے 13 سال کی عمر کا ہے۔
rule-baby-born-recently = یہ حال ہی میں پیدا ہونے والے یا گود لیے گئے بچے کے لیے ہے۔
rule-isee-up-to-20382 = زیادہ سے زیادہ 20,382 یورو کا ISEE ضروری ہے۔
rule-permit-for-inclusion = یورپی یونین سے باہر سے آنے والوں کے لیے طویل مدتی اجازت نامہ یا تحفظ (protezione) ضروری ہے۔
rule-isee-for-energy-bonus = زیادہ سے زیادہ 9,530 یورو کا ISEE ضروری ہے، یا کم از کم 4 بچوں کے ساتھ زیادہ سے زیادہ 20,000 یورو۔
rule-isee-up-to-15000 = زیادہ سے زیادہ 15,000 یورو کا ISEE ضروری ہے۔
rule-household-of-3-or-more = یہ کم از کم 3 افراد والے خاندانوں کے لیے ہے۔
rule-cannot-repay-debts = یہ ان لوگوں کے لیے ہے جن پر ایسے قرض ہیں جو وہ ادا نہیں کر پا رہے۔
rule-not-resident = یہ ان لوگوں کے لیے ہے جن کی بلدیہ (Comune) میں ابھی رجسٹرڈ رہائش (residenza) نہیں ہے۔
rule-isee-up-to-50000 = زیادہ سے زیادہ 50,000 یورو کا ISEE ضروری ہے۔
rule-valid-permit-not-long-term = کارآمد اجازت نامہ ضروری ہے، جو پہلے سے طویل مدتی نہ ہو۔
rule-years-for-citizenship = اٹلی میں 10 سال کی رجسٹرڈ رہائش (residenza) ضروری ہے۔ پناہ گزینوں کے لیے 5 سال اور یورپی یونین کے شہریوں کے لیے 4 سال کافی ہیں۔
rule-needs-money-to-leave = یہ ان لوگوں کے لیے ہے جنہیں اپنے طور پر الگ زندگی گزارنے کے لیے پیسوں کی ضرورت ہے۔
rule-not-eu-citizen = یہ یورپی یونین سے باہر سے آنے والوں کے لیے ہے۔
rule-isee-for-b2 = زیادہ سے زیادہ 25,000 یورو کا ISEE ضروری ہے، یا نابالغ کے لیے زیادہ سے زیادہ 40,000 یورو۔
rule-has-eviction-notice = یہ ان لوگوں کے لیے ہے جنہیں کرایہ ادا نہ کر پانے کی وجہ سے بے دخلی (sfratto) کا حکم ملا ہے۔
rule-permit-for-family-benefits = جو یورپی یونین سے نہیں ہیں ان کے پاس ایسا اجازت نامہ ہونا ضروری ہے جس پر کام کرنے کی اجازت ہو۔
rule-income-for-ticket = آمدنی زیادہ سے زیادہ تقریباً 2,780 یورو ماہانہ ہونی چاہیے۔
rule-age-17-or-more = یہ ان لوگوں کے لیے ہے جن کی عمر کم از کم 17 سال ہے۔

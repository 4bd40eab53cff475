doc-identity = شناختی دستاویز
doc-identity-what = شناختی کارڈ (carta d'identità)، پاسپورٹ یا ڈرائیونگ لائسنس۔
doc-identity-where = اگر آپ کے پاس نہیں ہے تو شناختی کارڈ بلدیہ (Comune) کے رجسٹری دفتر (anagrafe) سے بنوایا جاتا ہے۔

doc-health-card = ہیلتھ کارڈ (tessera sanitaria)
doc-health-card-what = سبز یا نیلا کارڈ جس پر آپ کا ٹیکس کوڈ (codice fiscale) لکھا ہوتا ہے۔
doc-health-card-where = یہ ٹیکس کا محکمہ (Agenzia delle Entrate) بھیجتا ہے۔ اگر گم ہو گیا ہے تو مقامی محکمہ صحت (Azienda sanitaria) سے مانگیں۔

doc-isee = ISEE سرٹیفکیٹ (Attestazione ISEE)
doc-isee-what = وہ کاغذ جس پر خاندان کا ISEE لکھا ہو، اس سال کے لیے کارآمد۔
doc-isee-where = اسے کوئی CAF مفت بنا دیتا ہے، یا آپ خود INPS کی ویب سائٹ پر بنا سکتے ہیں۔

doc-permit = رہائشی اجازت نامہ (permesso di soggiorno)
doc-permit-what = آپ کا کارآمد اجازت نامہ، یا تجدید کی درخواست کی رسید۔
doc-permit-where = یہ پولیس ہیڈکوارٹر (Questura) جاری کرتا ہے۔

doc-passport = پاسپورٹ
doc-passport-what = آپ کے ملک کا پاسپورٹ۔ رہائشی اجازت نامے (permesso di soggiorno) کے لیے یہ کارآمد ہونا چاہیے، یعنی اس کی میعاد ختم نہ ہوئی ہو۔
doc-passport-where = یہ آپ کے ملک کا قونصل خانہ یا سفارت خانہ جاری کرتا ہے۔

doc-medical-report = ڈاکٹر کے سرٹیفکیٹ
doc-medical-report-what = ڈاکٹر یا ہسپتال کے کاغذات جن میں بیماری کی وضاحت ہو۔
doc-medical-report-where = یہ اپنے فیملی ڈاکٹر (medico di famiglia) یا ہسپتال سے مانگیں۔

doc-invalidity-report = معذوری کی رپورٹ (verbale di invalidità)
doc-invalidity-report-what = ڈاکٹروں کا وہ کاغذ جو بتاتا ہے کہ آپ کی معذوری کتنے فیصد ہے۔
doc-invalidity-report-where = یہ INPS بھیجتا ہے۔ آپ اسے INPS کی ویب سائٹ سے ڈاؤن لوڈ بھی کر سکتے ہیں۔

doc-income = آمدنی کے ثبوت
doc-income-what = تنخواہ کی آخری پرچیاں (buste paga)، CU فارم یا انکم ٹیکس گوشوارہ (dichiarazione dei redditi)۔
doc-income-where = یہ آپ کا آجر یا INPS دیتا ہے۔ کوئی CAF انہیں ڈھونڈنے میں آپ کی مدد کر سکتا ہے۔

doc-bank-details = IBAN
doc-bank-details-what = بینک یا ڈاک خانے کے اکاؤنٹ کا کوڈ، پیسے وصول کرنے کے لیے۔
doc-bank-details-where = یہ آپ کو بینک یا ڈاک خانے کے کاغذات پر، یا ان کی ایپ میں ملے گا۔

doc-bank-statements = اکاؤنٹ کا بیلنس اور اوسط بیلنس (saldo e giacenza)
doc-bank-statements-what = دو سال پہلے 31 دسمبر کو اکاؤنٹ میں کتنے پیسے تھے، اور اس سال میں اوسطاً کتنے تھے۔ 2026 کے ISEE کے لیے 2024 کا حساب ہوتا ہے۔
doc-bank-statements-where = یہ اپنے بینک یا ڈاک خانے سے مانگیں۔

doc-job-end = نوکری ختم ہونے کا خط
doc-job-end-what = نوکری سے نکالے جانے کا خط (lettera di licenziamento) یا ختم شدہ معاہدہ۔
doc-job-end-where = یہ آپ کا آجر دیتا ہے۔

doc-rent-contract = کرایہ داری کا معاہدہ (contratto di affitto)
doc-rent-contract-what = جس گھر میں آپ رہتے ہیں اس کا رجسٹرڈ معاہدہ۔
doc-rent-contract-where = یہ مالک مکان کے پاس ہوتا ہے۔ ان سے ایک کاپی مانگیں۔

doc-rent-receipts = کرائے کی رسیدیں
doc-rent-receipts-what = اس بات کے ثبوت کہ آپ نے کرایہ ادا کیا ہے، مثلاً بینک ٹرانسفر۔
doc-rent-receipts-where = یہ آپ کو بینک سے ملیں گی، یا مالک مکان سے مانگیں۔

doc-eviction-notice = بے دخلی کا حکم نامہ (atto di sfratto)
doc-eviction-notice-what = عدالت کا وہ کاغذ جس میں گھر خالی کرنے کا حکم ہے۔
doc-eviction-notice-where = یہ آپ کو ڈاک سے ملا ہوگا یا کسی عدالتی اہلکار نے دیا ہوگا۔

doc-bills = بل
doc-bills-what = بجلی، گیس یا پانی کے آخری بل۔
doc-bills-where = یہ ڈاک یا ای میل سے آتے ہیں، یا کمپنی کی ویب سائٹ سے ڈاؤن لوڈ کیے جاتے ہیں۔

doc-children-tax-codes = بچوں کے ٹیکس کوڈ (codici fiscali)
doc-children-tax-codes-what = ہر بچے کا ٹیکس کوڈ (codice fiscale)۔
doc-children-tax-codes-where = یہ بچوں کے ہیلتھ کارڈ (tessera sanitaria) پر لکھا ہوتا ہے۔

doc-nursery-receipts = نرسری کی رسیدیں
doc-nursery-receipts-what = نرسری (asilo nido) کو ادا کی گئی فیس کی رسیدیں۔
doc-nursery-receipts-where = یہ نرسری دیتی ہے۔

doc-passport-photos = پاسپورٹ سائز تصویریں (fototessere)
doc-passport-photos-what = حال ہی میں کھنچوائی گئی پاسپورٹ سائز تصویریں، عام طور پر 2 یا 4۔
doc-passport-photos-where = یہ فوٹوگرافر کے پاس یا تصویر کھینچنے والے بوتھ میں بنتی ہیں۔

doc-revenue-stamp = ریونیو اسٹیمپ (marca da bollo)
doc-revenue-stamp-what = 16 یورو کا اسٹیمپ جو درخواست پر لگانا ہوتا ہے۔
doc-revenue-stamp-where = یہ تمباکو کی دکان (tabaccheria) سے خریدا جاتا ہے۔

doc-housing-suitability = رہائش کے موزوں ہونے کا سرٹیفکیٹ (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = ایک کاغذ جو بتاتا ہے کہ گھر کافی بڑا اور صحت کے لیے ٹھیک ہے۔
doc-housing-suitability-where = یہ بلدیہ (Comune) کے تکنیکی دفتر (Ufficio tecnico) سے مانگا جاتا ہے۔

doc-family-certificates = خاندانی سرٹیفکیٹ
doc-family-certificates-what = خاندان کے پیدائش یا نکاح کے سرٹیفکیٹ۔ ان کا ترجمہ اور تصدیق (legalizzazione) ضروری ہے۔
doc-family-certificates-where = یہ اپنے آبائی ملک سے منگوائیں اور قونصل خانے سے ان کی تصدیق کروائیں۔

doc-italian-a2 = اطالوی زبان A2 کا سرٹیفکیٹ
doc-italian-a2-what = اس بات کا ثبوت کہ آپ بنیادی اطالوی زبان جانتے ہیں۔
doc-italian-a2-where = یہ Prefettura (حکومت کا مقامی دفتر) میں ایک ٹیسٹ سے، یا بالغوں کے اسکول (CPIA) کے کورس سے ملتا ہے۔

doc-introductory-certificate = ڈاکٹر کا پہلا سرٹیفکیٹ (certificato medico introduttivo)
doc-introductory-certificate-what = وہ سرٹیفکیٹ جس سے فیملی ڈاکٹر (medico di famiglia) INPS میں درخواست شروع کرتا ہے۔ یہ پہلا قدم ہے۔
doc-introductory-certificate-where = یہ فیملی ڈاکٹر بناتا ہے اور خود INPS کو بھیجتا ہے۔ جو نمبر وہ آپ کو دے، اسے سنبھال کر رکھیں۔

doc-carer-contract = گھریلو نگہداشت کار (badante) کا معاہدہ
doc-carer-contract-what = گھر پر دیکھ بھال کرنے والے شخص کا ملازمت کا معاہدہ، اگر وہ خاندان کا فرد نہیں ہے۔
doc-carer-contract-where = آپ نے اس پر نگہداشت کار (badante) کے ساتھ دستخط کیے تھے۔ یہ آپ کو INPS کی ویب سائٹ پر بھی مل جائے گا۔

doc-debt-papers = قرضوں کے کاغذات
doc-debt-papers-what = قرضوں کے معاہدے، بینک کے خطوط اور ٹیکس کے نوٹس (cartelle)۔
doc-debt-papers-where = جو کاغذات آپ کے گھر میں ہیں وہ جمع کریں۔ بینک آپ کو ایک خلاصہ دے سکتا ہے۔

doc-centre-statement = تشدد کے خلاف مرکز (centro antiviolenza) کا بیان
doc-centre-statement-what = تشدد کے خلاف مرکز کا ایک کاغذ جس میں لکھا ہو کہ وہ آپ کی مدد کر رہے ہیں۔
doc-centre-statement-where = یہ تشدد کے خلاف مرکز سے مانگیں۔ 1522 نمبر آپ کا ان سے رابطہ کروا دیتا ہے۔

doc-birth-certificate = پیدائش کا سرٹیفکیٹ (atto di nascita)
doc-birth-certificate-what = آپ کے ملک کی دستاویز جس میں پیدائش کی جگہ اور تاریخ لکھی ہو، ترجمہ اور تصدیق (legalizzazione) کے ساتھ۔
doc-birth-certificate-where = یہ اپنے ملک سے یا قونصل خانے سے مانگیں۔

doc-criminal-record = آپ کے ملک کا پولیس ریکارڈ سرٹیفکیٹ (certificato penale)
doc-criminal-record-what = وہ دستاویز جو بتاتی ہے کہ آپ کے ملک میں آپ کو کوئی سزا ہوئی ہے یا نہیں، ترجمہ اور تصدیق (legalizzazione) کے ساتھ۔
doc-criminal-record-where = یہ اپنے ملک سے یا قونصل خانے سے مانگیں۔

doc-italian-b1 = اطالوی زبان B1 کا سرٹیفکیٹ
doc-italian-b1-what = وہ سرٹیفکیٹ جو بتاتا ہے کہ آپ B1 سطح کی اطالوی زبان جانتے ہیں۔
doc-italian-b1-where = یہ بالغوں کے اسکول (CPIA) اور کچھ تسلیم شدہ ادارے دیتے ہیں۔

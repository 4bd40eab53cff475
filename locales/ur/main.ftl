# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = اردو
site-name = Ponte
skip-to-content = اصل مواد پر جائیں
language-switch-label = زبان
translation-notice = یہ ترجمہ کمپیوٹر کی مدد سے کیا گیا ہے۔ ابھی تک کسی نے اسے چیک نہیں کیا۔ اصل اور معتبر متن اطالوی زبان والا ہے۔
translation-notice-link = یہ صفحہ اطالوی زبان میں پڑھیں
footer-nav-label = سائٹ کے بارے میں معلومات
footer-accessibility = رسائی کی سہولت
footer-privacy = رازداری (Privacy)
footer-about = Ponte بلدیات (Comuni) کے سماجی خدمات کے دفاتر (Sportelli Sociali) کی ویب سائٹ ہے۔ یہ آزمائشی ورژن ہے، اس میں صرف مثال کے طور پر دی گئی معلومات ہیں۔

error-prefix = غلطی:
error-summary-title = ایک مسئلہ ہے
change = تبدیل کریں

not-found-title = صفحہ نہیں ملا
not-found-body = یہ صفحہ موجود نہیں ہے۔ شاید پتہ غلط ہے۔
not-found-home = پہلے صفحے پر جائیں
step-first-title = پہلے لاگ اِن مکمل کریں
step-first-body = لاگ اِن کے لیے ایک قدم باقی ہے: ایپ کا کوڈ یا نیا پاس ورڈ۔
form-unreadable-title = ہم فارم نہیں پڑھ سکے
form-unreadable-body = فارم ایسی شکل میں پہنچا جسے ہم نہیں جانتے۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور اسے پھر سے بھیجیں۔
manage-link = کیا آپ کی بُکنگ پہلے سے موجود ہے؟

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = اس وقت بہت سے لوگ وقت بُک کر رہے ہیں
busy-wait = ایک منٹ بعد دوبارہ کوشش کریں۔
busy-not-sent = آپ کی درخواست ابھی نہیں بھیجی گئی۔ آپ نے ابھی کچھ بھی بُک نہیں کیا۔
busy-unsure = ہم کام مکمل نہیں کر سکے۔ “دوبارہ کوشش کریں” دبائیں: اگر آپ کی درخواست پہلے ہی محفوظ ہو چکی تھی تو وہ آپ کو نظر آ جائے گی۔ آپ کی بُکنگ کبھی دو بار نہیں ہوگی۔
busy-kept = آپ نے جو لکھا تھا وہ یہاں موجود ہے۔ آپ کو اسے دوبارہ لکھنے کی ضرورت نہیں۔
busy-retry = دوبارہ کوشش کریں
busy-home = پہلے صفحے پر واپس جائیں

language-name = العربية
site-name = بونتي
skip-to-content = انتقل إلى المحتوى الرئيسي
language-switch-label = اللغة
footer-nav-label = معلومات عن الموقع
footer-accessibility = إمكانية الوصول
footer-privacy = الخصوصية
footer-about = بونتي هو موقع المكاتب الاجتماعية في البلديات. هذه نسخة تجريبية ببيانات على سبيل المثال.

error-prefix = خطأ:
error-summary-title = هناك مشكلة
change = غيّر

not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة. ربما العنوان خاطئ.
not-found-home = اذهب إلى الصفحة الرئيسية
manage-link = هل حجزت من قبل؟

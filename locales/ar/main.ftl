language-name = العربية
site-name = بونتي
skip-to-content = انتقل إلى المحتوى الرئيسي
language-switch-label = اللغة
translation-notice = صُنعت هذه الترجمة بمساعدة الحاسوب، ولم يراجعها أحد بعد. النص الإيطالي هو المعتمد.
translation-notice-link = اقرأ هذه الصفحة بالإيطالية
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

## أشخاص كثيرون في الوقت نفسه: صفحة «أعد المحاولة بعد دقيقة» (503)
busy-title = أشخاص كثيرون يحجزون الآن
busy-wait = أعد المحاولة بعد دقيقة من فضلك.
busy-not-sent = لم يُرسَل طلبك بعد. لم يُحجز أي شيء بعد.
busy-unsure = لم نتمكن من الإنهاء. اضغط «أعد المحاولة»: إذا كان طلبك قد حُفظ، ستراه. لن تحجز مرتين أبدًا.
busy-kept = ما كتبته محفوظ هنا. لا حاجة لكتابته من جديد.
busy-retry = أعد المحاولة
busy-home = العودة إلى الصفحة الرئيسية

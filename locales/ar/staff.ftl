# The operators' workspace, and the status of a request as the person sees it.

staff-sign-in-title = دخول الموظفين
staff-sign-in-intro = لموظفي المكاتب فقط.
staff-email = البريد الإلكتروني
staff-password = كلمة المرور
staff-sign-in = دخول
staff-sign-in-refused = البريد الإلكتروني أو كلمة المرور غير صحيحة.
staff-sign-in-too-many = محاولات كثيرة. حاول مرة أخرى بعد 15 دقيقة.
staff-sign-out = خروج
staff-role-operator = موظف
staff-role-mediator = وسيط
staff-role-administrator = مدير
staff-signed-in-as = دخلت باسم { $name } ({ $role }).
staff-your-desks = مكاتبك: { $desks }
staff-inbox-title = الطلبات
staff-inbox-caption = طلبات مكاتبك، حسب تاريخ الموعد
staff-inbox-empty = لا توجد طلبات لعرضها.
staff-filter-status = التصفية حسب الحالة
staff-all = الكل
staff-needs-mediator = هل يلزم وسيط؟
staff-col-when = الموعد
staff-col-service = الخدمة
staff-col-desk = المكتب
staff-col-language = اللغة
staff-col-status = الحالة
staff-col-handled-by = يتابعه
staff-dossier-title = طلب: { $service }
staff-dossier-unavailable = الطلب غير متاح
staff-dossier-unavailable-body = هذا الطلب غير موجود أو ليس لأحد مكاتبك. إذا لم تدخل بعد، فادخل أولًا.
staff-back-to-inbox = العودة إلى الطلبات
staff-code = رمز الحجز
staff-person = الشخص
staff-contact = وسيلة التواصل
staff-filled-by = ملأه
staff-area = المجال
staff-answers-heading = الإجابات
staff-question = السؤال
staff-no-answers = حجز الشخص دون أن يجيب عن الأسئلة.
staff-documents-heading = الوثائق
staff-has-document = يقول إنها لديه
staff-no-document = لم يُذكر
staff-decide-heading = تحديث الطلب
staff-missing-legend = الوثائق الناقصة
staff-missing-hint = تُحفظ فقط مع الحالة «وثائق ناقصة». يراها الشخص بلغته.
staff-note = ملاحظة للزملاء
staff-save = حفظ

dossier-status-received = تم الاستلام
dossier-status-handling = قيد المعالجة
dossier-status-documents-missing = وثائق ناقصة
dossier-status-referred = أُحيل إلى خدمة أخرى
dossier-status-closed = مغلق
dossier-status-withdrawn = مسحوب
dossier-filled-by-person = الشخص نفسه
dossier-filled-by-relative = قريب أو صديق
dossier-filled-by-mediator = وسيط

request-status-heading = طلبك
request-status = الحالة: { $status }
request-missing-intro = يطلب منك المكتب أن تحضر أيضًا:

password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
password-too-long = يمكن أن تتكون كلمة المرور من 256 حرفًا على الأكثر.
password-too-common = كلمة المرور هذه شائعة جدًا. اختر غيرها، مثلًا ثلاث كلمات عشوائية.
password-like-account = لا يمكن أن تحتوي كلمة المرور على اسمك أو بريدك الإلكتروني.

cross-site-refused = رُفض الطلب: جاء من موقع آخر.

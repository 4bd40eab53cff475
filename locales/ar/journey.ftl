next-body = الآن نسألك بعض الأسئلة البسيطة، سؤالاً بعد سؤال. يمكنك الرجوع دائماً.
start-questions = ابدأ الأسئلة

question-progress = السؤال { $current } من { $total }
back = رجوع
continue-link = تابع
why-we-ask = لماذا نسأل هذا
municipality-choose = اختر البلدية
choose-all-that-apply = اختر كل الإجابات المناسبة.
title-neutral-question = سؤال
title-neutral-results = معلومات

error-missing = اختر إجابة أو اكتبها.
error-not-an-option = اختر إحدى الإجابات من القائمة.
error-not-a-number = اكتب رقماً، مثلاً 12.
error-too-small = يجب أن يكون الرقم { $min } على الأقل.
error-too-large = يجب أن يكون الرقم { $max } على الأكثر.
error-unknown-municipality = اختر بلدية من القائمة.

quick-exit = اخرج من هذه الصفحة الآن
quick-exit-hint = أو اضغط على مفتاح Shift ثلاث مرات.
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة

check-title = راجع إجاباتك
check-intro = إذا كان هناك خطأ، اضغط "غيّر".
check-see-results = اعرض النتائج

results-title = المساعدات المناسبة لك
results-intro = { $who ->
    [me] هذه هي المساعدات المناسبة لك، حسب إجاباتك.
   *[other] هذه هي المساعدات المناسبة للشخص الذي تساعده، حسب الإجابات.
  }
results-fits-heading = { $who ->
    [me] مساعدات مناسبة لك
   *[other] مساعدات مناسبة للشخص
  }
results-may-heading = مساعدات تسأل عنها في المكتب
results-may-intro = { $who ->
    [me] قد تكون مناسبة لك. في المكتب يمكنهم التحقق مما لم يكن معروفاً.
   *[other] قد تكون مناسبة للشخص. في المكتب يمكنهم التحقق مما لم يكن معروفاً.
  }
results-not-heading = { $who ->
    [me] مساعدات غير مناسبة لك، ولماذا
   *[other] مساعدات غير مناسبة للشخص، ولماذا
  }
results-none-fit = لا توجد مساعدة مناسبة تماماً مع هذه الإجابات. هذا لا يعني الرفض: البداية تكون بمقابلة في المكتب الاجتماعي.
results-urgent-heading = أين توجد المساعدة فوراً
results-always-heading = المكتب الاجتماعي موجود دائماً
results-always-intro = من أين البداية؟ هل لديك شك في الإجابات؟ في المكتب يستمعون إليك ويساعدونك على الفهم. هذه المساعدات موجودة للجميع.
results-pua-route = هذا الطلب يمرّ عبر نقطة الوصول الموحدة (PUA، Porta Unica di Accesso). طبيب ومرشدة اجتماعية يقومان بالتقييم معاً (UVM)، غالباً في البيت. ثم يقرّران معكم خطة الرعاية.
results-law = القاعدة: { $law }. آخر تحقق منها: { $checked }.
checklist-pua-note = لتقييم PUA يجب إحضار الشهادات الطبية أيضاً، والأدوية المستعملة حالياً.
results-ask-at-desk = اسأل في المكتب:
results-you-said = (أجبت: { $answers })
results-always-why = موجودة للجميع.
results-why-fits = { $who ->
    [me] لماذا تناسبك
   *[other] لماذا تناسب الشخص
  }
results-why-not = { $who ->
    [me] لماذا لا تناسبك
   *[other] لماذا لا تناسب الشخص
  }
results-for-whom = لمن هي
results-what-to-bring = ماذا تحضر
results-no-documents = لا حاجة إلى وثائق.
results-who-provides = من يقدّمها
results-how-long = كم من الوقت تحتاج
results-official-page = الصفحة الرسمية
results-next-heading = وماذا بعد
results-change-answers = غيّر إجاباتك
results-print = نسخة للطباعة
results-start-again = ابدأ من جديد

results-elsewhere-heading = مساعدات أخرى قد تكون مفيدة
results-elsewhere-intro = بناءً على الإجابات، قد تكون هذه المساعدات مفيدة أيضاً. تكفي بضعة أسئلة أخرى، والإجابات السابقة تبقى محفوظة.
results-elsewhere-fits = مناسبة حسب الإجابات
results-elsewhere-may = يجب التحقق منها
results-elsewhere-continue = { $count ->
    [0] عرض هذه المساعدات
    [one] الإجابة عن سؤال واحد إضافي
    [two] الإجابة عن سؤالين إضافيين
    [few] الإجابة عن { $count } أسئلة إضافية
    [many] الإجابة عن { $count } سؤالاً إضافياً
   *[other] الإجابة عن { $count } سؤال إضافي
  }

checklist-heading = الوثائق التي يجب إحضارها
checklist-intro = ضع علامة على ما لديك. هكذا تعرف ما ينقصك.
checklist-save = احفظ القائمة

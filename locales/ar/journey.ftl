next-body = الآن نسألك بعض الأسئلة البسيطة، سؤالاً بعد سؤال. يمكنك الرجوع دائماً.
start-questions = ابدأ الأسئلة

question-progress = السؤال { $current } من { $total }
back = رجوع
continue-link = تابع
why-we-ask = لماذا نسأل هذا
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
results-may-intro = قد تكون مناسبة. في المكتب يمكنهم التحقق مما لم تكن تعرفه.
results-not-heading = مساعدات غير مناسبة، ولماذا
results-none-fit = لا توجد مساعدة مناسبة تماماً مع هذه الإجابات. يمكن للمكتب الاجتماعي أن يستمع إليك مع ذلك.
results-urgent-desk = اذهب اليوم إلى المكتب الاجتماعي في بلديتك. خارج أوقات الدوام اتصل بالرقم 112.
results-ask-at-desk = اسأل في المكتب:
results-you-said = (أجبت: { $answers })
results-why-fits = لماذا تناسبك
results-why-not = لماذا لا تناسبك
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

checklist-heading = الوثائق التي يجب إحضارها
checklist-intro = ضع علامة على ما لديك. هكذا تعرف ما ينقصك.
checklist-save = احفظ القائمة

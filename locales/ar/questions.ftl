answer-yes = نعم
answer-no = لا
answer-dont-know = لا أعرف

unit-years = سنة
unit-euro = يورو
unit-children = أطفال
unit-euro-month = يورو في الشهر
unit-people = أشخاص
unit-years-count = { $count ->
    [zero] سنة
    [one] سنة
    [two] سنتان
    [few] سنوات
    [many] سنةً
   *[other] سنة
  }
unit-euro-count = { $count ->
   *[other] يورو
  }
unit-children-count = { $count ->
    [zero] طفل
    [one] طفل
    [two] طفلان
    [few] أطفال
    [many] طفلاً
   *[other] طفل
  }
unit-euro-month-count = { $count ->
   *[other] يورو في الشهر
  }
unit-people-count = { $count ->
    [zero] شخص
    [one] شخص
    [two] شخصان
    [few] أشخاص
    [many] شخصاً
   *[other] شخص
  }
number-thousands-separator = ٬

q-age = { $who ->
    [me] كم عمرك؟
   *[other] كم عمر الشخص الذي تساعده؟
  }
q-age-short = العمر
q-age-why = بعض المساعدات هي فقط لمن هم في عمر معيّن.

q-lives-alone = { $who ->
    [me] هل تعيش وحدك؟
   *[other] هل يعيش الشخص وحده؟
  }
q-lives-alone-short = يعيش وحده

q-daily-help = { $who ->
    [me] ما الذي يصعب عليك فعله وحدك الآن؟
   *[other] ما الذي يصعب على الشخص فعله وحده الآن؟
  }
q-daily-help-short = ما هو صعب
q-daily-help-washing = الاغتسال وارتداء الملابس
q-daily-help-meals = الطبخ والأكل
q-daily-help-housework = تنظيف البيت
q-daily-help-moving = التحرك في البيت أو الخروج
q-daily-help-medicines = أخذ الأدوية
q-daily-help-none = لا شيء من هذا

q-alone-risk = { $who ->
    [me] هل تحتاج أحياناً إلى مساعدة بسرعة، مثلاً بعد سقوط؟
   *[other] هل يحتاج الشخص أحياناً إلى مساعدة بسرعة، مثلاً بعد سقوط؟
  }
q-alone-risk-short = قد يحتاج مساعدة بسرعة
q-alone-risk-why = من يعيش وحده يمكنه الحصول على جهاز لطلب المساعدة بزر واحد.

q-invalidity = { $who ->
    [me] هل لديك عجز مدني معترف به؟
   *[other] هل لدى الشخص عجز مدني معترف به؟
  }
q-invalidity-short = العجز المدني
q-invalidity-100-attendance = { $who ->
    [me] نعم، بنسبة 100% ولديّ بدل المرافقة (accompagnamento)
   *[other] نعم، بنسبة 100% ولديه بدل المرافقة (accompagnamento)
  }
q-invalidity-100 = نعم، بنسبة 100%، بدون بدل المرافقة
q-invalidity-74-99 = نعم، من 74% إلى 99%
q-invalidity-46-73 = نعم، من 46% إلى 73%
q-invalidity-34-45 = نعم، من 34% إلى 45%
q-invalidity-pending = { $who ->
    [me] قدّمت طلباً وأنتظر الرد
   *[other] قدّم طلباً وينتظر الرد
  }
q-invalidity-no = لا
q-invalidity-term-title = ماذا يعني العجز المدني؟
q-invalidity-term = هو اعتراف رسمي بأن المرض يحدّ من الحياة اليومية. تقرره لجنة طبية تابعة لـ INPS، وتكتبه بالنسبة المئوية في المحضر (verbale). ويعطي الحق في مساعدات وأموال.

q-carer = { $who ->
    [me] هل يعتني بك في البيت أحد أفراد العائلة أو مساعدة منزلية بأجر؟
   *[other] هل تعتني أنت أو أحد أفراد العائلة أو مساعدة منزلية بأجر بالشخص في البيت؟
  }
q-carer-short = من يعتني به في البيت

q-has-isee = { $who ->
    [me] هل لديك ISEE صالح لهذه السنة؟
   *[other] هل لدى عائلة الشخص ISEE صالح لهذه السنة؟
  }
q-has-isee-short = ISEE
q-has-isee-why = كثير من المساعدات تعتمد على ISEE. إذا لم يكن لديك، نقول لك أين تحصل عليه مجاناً.
q-has-isee-term-title = ما هو ISEE؟
q-has-isee-term = هو رقم يقيس ما تملكه العائلة: الدخل والبيت والمدخرات. تحسبه مكاتب CAF مجاناً. وهو صالح حتى 31 ديسمبر.

q-isee = { $who ->
    [me] كم قيمة ISEE الخاص بك؟
   *[other] كم قيمة ISEE الخاص بالشخص؟
  }
q-isee-short = قيمة ISEE

q-law-104 = { $who ->
    [me] هل لديك اعتراف بموجب القانون 104؟
   *[other] هل لدى الشخص اعتراف بموجب القانون 104؟
  }
q-law-104-short = القانون 104
q-law-104-term-title = ما هو القانون 104؟
q-law-104-severe = نعم، إعاقة شديدة (المادة 3، الفقرة 3)
q-law-104-term = هو القانون الخاص بالأشخاص ذوي الإعاقة. مع الاعتراف يحق الحصول على إجازات من العمل ومساعدات أخرى. المحضر (verbale) يقول إن كانت هناك إعاقة شديدة (situazione di gravità).

q-disability-needs = { $who ->
    [me] في ماذا تحتاج إلى المساعدة؟
   *[other] في ماذا يحتاج الشخص إلى المساعدة؟
  }
q-disability-needs-short = المساعدة المطلوبة
q-disability-needs-daily-care = الرعاية اليومية، أيضاً خلال النهار خارج البيت
q-disability-needs-transport = النقل، مثلاً إلى المواعيد الطبية أو إلى مركز
q-disability-needs-parking = ركن السيارة قرب الأماكن التي يذهب إليها
q-disability-needs-work = إيجاد عمل أو الحفاظ عليه
q-disability-needs-school = الذهاب إلى المدرسة
q-disability-needs-none = لا شيء من هذا

q-children = { $who ->
    [me] كم طفلاً تحت سن 21 يعيش معك؟
   *[other] كم طفلاً تحت سن 21 يعيش مع الشخص؟
  }
q-children-short = الأطفال تحت 21 سنة
q-children-why = هناك مساعدة لكل طفل. إذا لم يكن هناك أطفال، اكتب 0.

q-children-ages = { $who ->
    [me] ما هي أعمار أطفالك؟ يمكن اختيار كل الأعمار المناسبة.
   *[other] ما هي أعمار أطفال الشخص؟ يمكن اختيار كل الأعمار المناسبة.
  }
q-children-ages-short = أعمار الأطفال
q-children-ages-under-1 = أقل من سنة
q-children-ages-1-2 = سنة أو سنتان (الحضانة)
q-children-ages-3-5 = من 3 إلى 5 سنوات (الروضة)
q-children-ages-6-10 = من 6 إلى 10 سنوات (المدرسة الابتدائية)
q-children-ages-11-13 = من 11 إلى 13 سنة (المدرسة الإعدادية)
q-children-ages-14-18 = من 14 إلى 18 سنة (المدرسة الثانوية)
q-children-ages-19-20 = 19 أو 20 سنة

q-newborn = { $who ->
    [me] هل وُلد الطفل أو انضمّ إلى العائلة خلال آخر 6 أشهر؟
   *[other] هل وُلد الطفل أو انضمّ إلى عائلة الشخص خلال آخر 6 أشهر؟
  }
q-newborn-short = طفل وُلد خلال آخر 6 أشهر
q-newborn-why = لبعض المساعدات يجب تقديم الطلب خلال أشهر قليلة من الولادة أو التبنّي.

q-pregnant = { $who ->
    [me] هل تنتظرين طفلاً؟
   *[other] هل تنتظر الشخص طفلاً؟
  }
q-pregnant-short = تنتظر طفلاً

q-family-needs = { $who ->
    [me] ما المساعدة التي تحتاجها مع أطفالك؟
   *[other] ما المساعدة التي يحتاجها الشخص مع الأطفال؟
  }
q-family-needs-short = المساعدة مع الأطفال
q-family-needs-childcare = شخص يعتني بالأطفال الصغار
q-family-needs-parenting = نصائح أو دعم كوالد أو والدة
q-family-needs-none = لا شيء من هذا

q-work-status = { $who ->
    [me] هل تعمل الآن؟
   *[other] هل يعمل الشخص الآن؟
  }
q-work-status-short = العمل
q-work-status-employed = { $who ->
    [me] نعم، أعمل
   *[other] نعم، يعمل
  }
q-work-status-lost-job = { $who ->
    [me] فقدت عملي منذ وقت قصير
   *[other] فقد عمله منذ وقت قصير
  }
q-work-status-unemployed = { $who ->
    [me] لا أعمل منذ وقت طويل
   *[other] لا يعمل منذ وقت طويل
  }
q-work-status-retired = { $who ->
    [me] تقاعدت من العمل
   *[other] تقاعد من العمل
  }
q-work-status-student = { $who ->
    [me] أدرس
   *[other] يدرس
  }

q-job-lost-involuntary = { $who ->
    [me] هل انتهى عملك دون أن تريد ذلك؟
   *[other] هل انتهى عمل الشخص دون أن يريد ذلك؟
  }
q-job-lost-involuntary-short = انتهى العمل دون إرادته
q-job-lost-involuntary-why = مثلاً فصل من العمل أو عقد انتهى. من يستقيل لا يحصل عادة على NASpI.

q-household = { $who ->
    [me] من يعيش معك؟
   *[other] من يعيش مع الشخص؟
  }
q-household-short = في الأسرة يوجد
q-household-minor = طفل تحت 18 سنة
q-household-disabled = شخص ذو إعاقة
q-household-over-60 = شخص فوق 60 سنة
q-household-none = لا أحد من هؤلاء
q-household-why = مخصص الإدماج هو للأسر التي فيها هؤلاء الأشخاص. ويُحسب أيضاً عمر من يطلب المساعدة.

q-food = { $who ->
    [me] هل لديك طعام كافٍ للأيام القادمة؟
   *[other] هل لدى الشخص طعام كافٍ للأيام القادمة؟
  }
q-food-short = الطعام للأيام القادمة

q-bills = { $who ->
    [me] هل يصعب عليك دفع فواتير الكهرباء أو الغاز أو الماء؟
   *[other] هل يصعب على الشخص دفع فواتير الكهرباء أو الغاز أو الماء؟
  }
q-bills-short = صعوبة في دفع الفواتير

q-housing-situation = { $who ->
    [me] أين تعيش الآن؟
   *[other] أين يعيش الشخص الآن؟
  }
q-housing-situation-short = مكان السكن
q-housing-situation-rent = في بيت مستأجر
q-housing-situation-own = في بيت نملكه
q-housing-situation-guest = ضيفاً عند أصدقاء أو أقارب
q-housing-situation-no-home = { $who ->
    [me] ليس لدي بيت
   *[other] ليس لديه بيت
  }

q-sleep-tonight = { $who ->
    [me] هل لديك مكان آمن تنام فيه الليلة؟
   *[other] هل لدى الشخص مكان آمن ينام فيه الليلة؟
  }
q-sleep-tonight-short = مكان للنوم الليلة

q-eviction = { $who ->
    [me] هل وصلك قرار إخلاء؟
   *[other] هل وصل الشخص قرار إخلاء؟
  }
q-eviction-short = الإخلاء
q-eviction-term-title = ما هو الإخلاء؟
q-eviction-term = هو أمر من القاضي بترك البيت المستأجر. يأتي عادة بعد أشهر من عدم دفع الإيجار.

q-rent-arrears = { $who ->
    [me] هل أنت متأخر في دفع الإيجار؟
   *[other] هل الشخص متأخر في دفع الإيجار؟
  }
q-rent-arrears-short = متأخر في الإيجار

q-has-doctor = { $who ->
    [me] هل لديك طبيب أسرة؟
   *[other] هل لدى الشخص طبيب أسرة؟
  }
q-has-doctor-short = طبيب الأسرة

q-citizenship = { $who ->
    [me] ما هي جنسيتك؟
   *[other] ما هي جنسية الشخص؟
  }
q-citizenship-short = الجنسية
q-citizenship-italian = إيطاليا
q-citizenship-eu = بلد آخر من الاتحاد الأوروبي
q-citizenship-non-eu = بلد خارج الاتحاد الأوروبي
q-citizenship-why = لمواطني البلدان خارج الاتحاد الأوروبي بعض القواعد مختلفة.

q-permit = { $who ->
    [me] هل لديك تصريح إقامة؟
   *[other] هل لدى الشخص تصريح إقامة؟
  }
q-permit-short = تصريح الإقامة
q-permit-valid = نعم، ساري المفعول
q-permit-long-term = نعم، طويل الأمد (لا ينتهي)
q-permit-refugee = نعم، كلاجئ (صفة اللاجئ)
q-permit-subsidiary = نعم، للحماية الفرعية
q-permit-asylum-seeker = { $who ->
    [me] طلبت اللجوء وأنتظر الرد
   *[other] طلب اللجوء وينتظر الرد
  }
q-permit-receipt = { $who ->
    [me] طلبت التجديد ولديّ الإيصال (ricevuta)
   *[other] طلب التجديد ولديه الإيصال (ricevuta)
  }
q-permit-expiring = نعم، لكنه ينتهي خلال شهرين
q-permit-expired = نعم، لكنه منتهي الصلاحية
q-permit-none = لا
q-permit-term-title = ما هو تصريح الإقامة؟
q-permit-term = هو الوثيقة التي تسمح لمن يأتي من خارج الاتحاد الأوروبي بالبقاء في إيطاليا. تصدره مديرية الشرطة (Questura). إيصال التجديد له نفس قيمة التصريح.

q-health-needs = { $who ->
    [me] ماذا تحتاج لصحتك؟
   *[other] ماذا يحتاج الشخص لصحته؟
  }
q-health-needs-short = الاحتياجات الصحية
q-health-needs-home-care = رعاية في البيت، مثلاً ممرضة
q-health-needs-mental-health = مساعدة في القلق أو الحزن أو مشاكل نفسية أخرى
q-health-needs-addiction = مساعدة في الكحول أو المخدرات أو القمار
q-health-needs-pregnancy = الحمل أو منع الحمل أو صحة المرأة
q-health-needs-none = لا شيء من هذا

q-years-italy = { $who ->
    [me] منذ كم سنة تعيش في إيطاليا؟
   *[other] منذ كم سنة يعيش الشخص في إيطاليا؟
  }
q-years-italy-short = السنوات في إيطاليا
q-years-italy-why = بعض المساعدات تطلب عدداً معيّناً من السنوات في إيطاليا. بعد 5 سنوات يمكن طلب تصريح لا ينتهي.

q-family-abroad = { $who ->
    [me] هل تريد أن تأتي عائلتك إلى إيطاليا؟
   *[other] هل يريد الشخص أن تأتي عائلته إلى إيطاليا؟
  }
q-family-abroad-short = عائلة يريد إحضارها

q-italian-level = { $who ->
    [me] كيف تتكلم الإيطالية؟
   *[other] كيف يتكلم الشخص الإيطالية؟
  }
q-italian-level-short = اللغة الإيطالية
q-italian-level-none = لا أتكلمها أبداً
q-italian-level-basic = قليلاً
q-italian-level-good = جيداً

q-danger-now = { $who ->
    [me] هل أنت في خطر الآن؟
   *[other] هل الشخص في خطر الآن؟
  }
q-danger-now-short = في خطر الآن

q-safe-place = { $who ->
    [me] هل لديك مكان آمن تذهب إليه إذا اضطررت لترك البيت؟
   *[other] هل لدى الشخص مكان آمن يذهب إليه إذا اضطر لترك البيت؟
  }
q-safe-place-short = مكان آمن للذهاب إليه

q-children-involved = { $who ->
    [me] هل هناك أطفال يرون هذا العنف أو يعيشونه؟
   *[other] هل هناك أطفال يرون هذا العنف أو يعيشونه؟
  }
q-children-involved-short = أطفال معنيّون

q-needs-constant-care = { $who ->
    [me] هل يلزمك شخص قريب منك طوال النهار، أو في الليل أيضاً؟
   *[other] هل يحتاج الشخص إلى أحد قريب منه طوال النهار، أو في الليل أيضاً؟
  }
q-needs-constant-care-short = يحتاج إلى شخص قريب دائماً
q-needs-constant-care-why = من لا يستطيع البقاء وحده يمكنه الحصول على مساعدات أكثر، بالمال وبالرعاية.

q-manages-money = { $who ->
    [me] هل يمكنك تدبير المال والأوراق بدون مساعدة، مثل البنك والفواتير؟
   *[other] هل يستطيع الشخص تدبير المال والأوراق بدون مساعدة، مثل البنك والفواتير؟
  }
q-manages-money-short = يدبّر المال والأوراق
q-manages-money-why = إذا لم يعد الشخص قادراً على ذلك، يمكن للقاضي أن يعيّن شخصاً يساعده.

q-municipality = { $who ->
    [me] ما هي بلدية سكنك؟
   *[other] ما هي بلدية سكن الشخص؟
  }
q-municipality-short = بلدية السكن
q-municipality-why = كل بلدية تساعد من يسكن فيها. لذلك نعرض عليك أولاً مكتب بلديتك.
q-municipality-other = بلدية أخرى ليست في هذه القائمة

q-resident = { $who ->
    [me] هل لديك إقامة مسجّلة (residenza) في بلدية سكنك؟
   *[other] هل لدى الشخص إقامة مسجّلة (residenza) في البلدية التي يعيش فيها؟
  }
q-resident-short = الإقامة المسجّلة في البلدية
q-resident-why = كثير من مساعدات البلدية هي لمن لديه إقامة مسجّلة فيها.
q-resident-term-title = ما هي الإقامة المسجّلة (residenza)؟
q-resident-term = تعني أن يكون الشخص مسجّلاً في السجل المدني (anagrafe) للبلدية التي يعيش فيها. تُطلب من مكتب السجل المدني. حتى من ليس لديه بيت يمكنه الحصول عليها.

q-monthly-income = { $who ->
    [me] كم مجموع دخلك كل شهر؟
   *[other] كم مجموع دخل الشخص كل شهر؟
  }
q-monthly-income-short = الدخل الشهري
q-monthly-income-why = يُحسب المعاش وكل دخل آخر. من دخله قليل يمكنه الحصول على مساعدة من INPS.

q-household-size = { $who ->
    [me] كم شخصاً يعيش في البيت، بما فيهم أنت؟
   *[other] كم شخصاً يعيش في البيت، بما فيهم الشخص نفسه؟
  }
q-household-size-short = عدد الأشخاص في البيت
q-household-size-why = بعض المساعدات هي للعائلات المكوّنة من 3 أشخاص على الأقل.

q-debts = { $who ->
    [me] هل لديك ديون لم يعد بإمكانك دفعها؟
   *[other] هل لدى الشخص ديون لم يعد يستطيع دفعها؟
  }
q-debts-short = ديون لا يستطيع دفعها

q-needs-money = { $who ->
    [me] هل يلزمك مال للعيش باستقلال؟
   *[other] هل يحتاج الشخص إلى مال للعيش باستقلال؟
  }
q-needs-money-short = يحتاج إلى مال ليبدأ من جديد
q-needs-money-why = هناك مساعدة مالية لمن يخرج من العنف ويريد أن يبدأ حياة جديدة.

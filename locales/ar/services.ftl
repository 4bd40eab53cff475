provider-sportello-sociale = المكتب الاجتماعي في البلدية (Sportello Sociale)
provider-pua = نقطة الوصول الموحدة (PUA)
provider-inps = المعهد الوطني للضمان الاجتماعي INPS، أيضاً عبر CAF أو patronato
provider-caf-patronato = مكتب CAF أو patronato (مكاتب مساعدة مجانية)
provider-centro-impiego = مركز التشغيل (Centro per l'impiego)
provider-sportello-stranieri = مكتب الأجانب (Sportello Stranieri)
provider-centro-antiviolenza = مركز مناهضة العنف
provider-asst = الهيئة الصحية المحلية (ASST)
provider-caritas = كاريتاس وبنك الطعام
provider-ufficio-scuola = مكتب المدارس في البلدية
provider-cpia = مدرسة الكبار (CPIA)
provider-comune = مكاتب البلدية
provider-emergency = أرقام الطوارئ

time-now = فوراً
time-days = بضعة أيام
time-weeks = بضعة أسابيع
time-months = بضعة أشهر
time-call = عندما تفتح البلدية باب الطلبات، عادة مرة في السنة

svc-home-care = المساعدة في البيت (SAD)
svc-home-care-gives = يأتي عامل رعاية إلى البيت. يساعد في الاغتسال وارتداء الملابس وتنظيف البيت.
svc-home-care-for = لمن لم يعد يستطيع القيام بالأمور اليومية وحده.

svc-meals-at-home = وجبات في البيت
svc-meals-at-home-gives = وجبة ساخنة تصل إلى البيت كل يوم. السعر حسب ISEE.
svc-meals-at-home-for = لمن لم يعد يستطيع الطبخ وحده.

svc-telecare = جهاز الإسعاف عن بُعد
svc-telecare-gives = جهاز صغير بزر واحد. إذا ضغطت عليه، يرد مركز ليلاً ونهاراً ويرسل المساعدة.
svc-telecare-for = لمن يعيش وحده وقد يحتاج إلى مساعدة بسرعة.

svc-civil-invalidity = طلب الاعتراف بالعجز المدني
svc-civil-invalidity-gives = الاعتراف بأن المرض يحدّ من الحياة. يفتح الطريق إلى مساعدات وأموال أخرى.
svc-civil-invalidity-for = لمن لديه مرض يحدّ من حياته اليومية.

svc-attendance-allowance = بدل المرافقة (indennità di accompagnamento)
svc-attendance-allowance-gives = مبلغ شهري من INPS لدفع أجر من يساعد. لا يعتمد على الدخل.
svc-attendance-allowance-for = لمن لديه عجز بنسبة 100% ولا يستطيع القيام بالأمور اليومية وحده.

svc-day-centre = مركز نهاري لكبار السن
svc-day-centre-gives = مكان لقضاء النهار، فيه رعاية ووجبات وأنشطة. وفي المساء تعود إلى البيت.
svc-day-centre-for = لكبار السن الذين يحتاجون إلى رعاية خلال النهار.

svc-carer-allowance = دعم لمن يرعى أحد أفراد العائلة (Misura B2)
svc-carer-allowance-gives = مبلغ من الإقليم لمن يعتني في البيت بشخص غير مستقل.
svc-carer-allowance-for = للعائلات التي ترعى في البيت شخصاً لديه عجز شديد.

svc-law-104-recognition = طلب الاعتراف بموجب القانون 104
svc-law-104-recognition-gives = الاعتراف بالإعاقة. يعطي إجازات من العمل ومساعدات أخرى.
svc-law-104-recognition-for = للأشخاص ذوي الإعاقة وأقاربهم.

svc-disabled-parking = بطاقة ركن السيارات لذوي الإعاقة
svc-disabled-parking-gives = بطاقة للسيارة. تسمح بالركن في الأماكن المخصصة لذوي الإعاقة.
svc-disabled-parking-for = لمن يمشي بصعوبة كبيرة أو لا يرى.

svc-social-transport = النقل الاجتماعي
svc-social-transport-gives = سيارة أو حافلة صغيرة تنقلك إلى المواعيد الطبية أو العلاج أو المركز النهاري.
svc-social-transport-for = لمن لا يستطيع التنقل وحده بالمواصلات العامة.

svc-targeted-employment = التوظيف الموجّه (collocamento mirato)
svc-targeted-employment-gives = مساعدة في إيجاد عمل مناسب. الشركات ملزمة بتوظيف أشخاص ذوي إعاقة.
svc-targeted-employment-for = لمن لديه عجز بنسبة 46% أو أكثر ويبحث عن عمل.

svc-school-assistant = مساعد في المدرسة
svc-school-assistant-gives = مربٍّ يساعد في المدرسة طفلاً أو شاباً ذا إعاقة.
svc-school-assistant-for = للتلاميذ ذوي الإعاقة، من الروضة حتى الثانوية.

svc-disability-day-centre = مركز نهاري لذوي الإعاقة
svc-disability-day-centre-gives = مكان لقضاء النهار، فيه أنشطة ورعاية. وفي المساء تعود إلى البيت.
svc-disability-day-centre-for = للبالغين ذوي الإعاقة الذين يحتاجون إلى رعاية كل يوم.

svc-invalidity-pension = مخصص أو معاش العجز
svc-invalidity-pension-gives = مبلغ شهري من INPS.
svc-invalidity-pension-for = للأشخاص من 18 إلى 66 سنة لديهم عجز معترف به ودخل منخفض.

svc-child-benefit = المخصص الموحد للأطفال (Assegno Unico)
svc-child-benefit-gives = مبلغ شهري عن كل طفل، من الشهر السابع من الحمل حتى سن 21. مع ISEE تحصل على أكثر.
svc-child-benefit-for = لكل العائلات التي لديها أطفال.

svc-nursery-bonus = منحة الحضانة
svc-nursery-bonus-gives = مبلغ من INPS لدفع الحضانة أو المساعدة في البيت للأطفال الصغار.
svc-nursery-bonus-for = للعائلات التي لديها أطفال تحت 3 سنوات.

svc-municipal-nursery = حضانة البلدية
svc-municipal-nursery-gives = مكان في الحضانة. من لديه ISEE منخفض يدفع أقل.
svc-municipal-nursery-for = للعائلات التي لديها أطفال تحت 3 سنوات.

svc-school-grant = منحة المدرسة (Dote Scuola)
svc-school-grant-gives = قسيمة من الإقليم لشراء الكتب واللوازم المدرسية.
svc-school-grant-for = للتلاميذ من 6 إلى 16 سنة مع ISEE حتى 15.748 يورو.

svc-school-meals-discount = تخفيض على المطعم المدرسي والنقل المدرسي
svc-school-meals-discount-gives = البلدية تخفّض سعر المطعم والحافلة المدرسية.
svc-school-meals-discount-for = للعائلات التي لديها أطفال في المدرسة وISEE منخفض.

svc-family-centre = مركز الأسرة
svc-family-centre-gives = لقاءات ونصائح للوالدين، أيضاً أثناء الحمل. مجاناً.
svc-family-centre-for = للأمهات والآباء ومن ينتظر طفلاً.

svc-birth-bonus = منحة المولود الجديد
svc-birth-bonus-gives = 1000 يورو عن كل طفل يولد أو يُتبنّى. يجب تقديم الطلب خلال 120 يوماً من الولادة.
svc-birth-bonus-for = للعائلات مع ISEE حتى 40.000 يورو.

svc-inclusion-allowance = مخصص الإدماج (ADI)
svc-inclusion-allowance-gives = مبلغ شهري وخطة مع الخدمات الاجتماعية للخروج من الفقر.
svc-inclusion-allowance-for = للأسر مع ISEE حتى 10.140 يورو، وفيها قاصر أو شخص ذو إعاقة أو شخص فوق 60 سنة.

svc-training-support = دعم التدريب والعمل (SFL)
svc-training-support-gives = 500 يورو في الشهر أثناء حضور دورة أو مشروع عمل.
svc-training-support-for = للأشخاص من 18 إلى 59 سنة بدون عمل، مع ISEE حتى 10.140 يورو.

svc-unemployment-benefit = NASpI (تعويض البطالة)
svc-unemployment-benefit-gives = مبلغ شهري من INPS بعد انتهاء العمل. يجب تقديم الطلب خلال 68 يوماً.
svc-unemployment-benefit-for = لمن فقد عمله دون أن يريد ذلك.

svc-job-centre = مركز التشغيل
svc-job-centre-gives = مساعدة في البحث عن عمل، ودورات مجانية، والتسجيل كعاطل عن العمل.
svc-job-centre-for = لمن يبحث عن عمل.

svc-energy-bonus = المنحة الاجتماعية للكهرباء والغاز والماء
svc-energy-bonus-gives = تخفيض على الفواتير. يأتي وحده عندما تحصل على ISEE.
svc-energy-bonus-for = للعائلات مع ISEE حتى 9.530 يورو، أو حتى 20.000 يورو مع 4 أطفال على الأقل.

svc-isee-help = احصل على ISEE مجاناً
svc-isee-help-gives = مكتب CAF يحسب ISEE الخاص بك دون أن تدفع. تحتاجه لمعظم المساعدات.
svc-isee-help-for = لمن ليس لديه ISEE هذه السنة بعد.

svc-food-aid = مساعدة بالطعام
svc-food-aid-gives = طرود طعام أو بطاقة للمتجر التضامني. فوراً أيضاً.
svc-food-aid-for = لمن ليس لديه ما يكفي من الطعام.

svc-emergency-grant = مساعدة مالية من البلدية
svc-emergency-grant-gives = مساعدة مالية لمرة واحدة لمصاريف عاجلة مثل الفواتير أو الطعام.
svc-emergency-grant-for = لمن لديه مشكلة مالية عاجلة. تقرر المرشدة الاجتماعية.

svc-rent-support = مساعدة في الإيجار
svc-rent-support-gives = مبلغ لدفع جزء من الإيجار. تعطيه البلدية مع الإقليم.
svc-rent-support-for = لمن يدفع الإيجار ولديه ISEE حتى 26.000 يورو.

svc-arrears-fund = صندوق الإيجار غير المدفوع (morosità incolpevole)
svc-arrears-fund-gives = مبلغ لدفع الإيجار المتأخر وإيقاف الإخلاء.
svc-arrears-fund-for = لمن لا يستطيع دفع الإيجار لأنه فقد العمل أو الدخل.

svc-social-housing = السكن الشعبي (SAP)
svc-social-housing-gives = بيت للإيجار بسعر منخفض. تقدّم الطلب عندما يُفتح باب الطلبات.
svc-social-housing-for = للعائلات التي لا تملك بيتاً ولديها ISEE حتى 16.000 يورو.

svc-housing-emergency = طوارئ السكن
svc-housing-emergency-gives = مكان للإقامة لفترة، أثناء البحث عن بيت.
svc-housing-emergency-for = لمن سيفقد بيته قريباً أو ليس لديه بيت.

svc-night-shelter = مكان للنوم الليلة
svc-night-shelter-gives = سرير لليلة، وحمّام ووجبة. اذهب إلى المكتب الاجتماعي اليوم أو اتصل بالبلدية.
svc-night-shelter-for = لمن ليس لديه مكان آمن ينام فيه الليلة.

svc-family-doctor = التسجيل في الخدمة الصحية وطبيب الأسرة
svc-family-doctor-gives = طبيب أسرة مجاناً والبطاقة الصحية.
svc-family-doctor-for = لمن يعيش في إيطاليا وليس لديه طبيب بعد.

svc-stp-code = رمز STP للعلاج
svc-stp-code-gives = رمز للحصول على العلاج العاجل والأساسي، حتى بدون تصريح. لا أحد يبلّغ عنك.
svc-stp-code-for = للأجانب بدون تصريح إقامة ساري المفعول.

svc-home-nursing = الرعاية في البيت (ADI)
svc-home-nursing-gives = ممرضون وأطباء يأتون إلى البيت. يجب أن يطلبها طبيب الأسرة.
svc-home-nursing-for = لمن لا يستطيع الخروج من البيت للعلاج.

svc-mental-health-centre = مركز الصحة النفسية (CPS)
svc-mental-health-centre-gives = أخصائيون نفسيون وأطباء يستمعون ويعالجون. مجاناً.
svc-mental-health-centre-for = للبالغين الذين يعانون من القلق أو الحزن الشديد أو مشاكل نفسية أخرى.

svc-addiction-service = خدمة الإدمان (SerD)
svc-addiction-service-gives = مساعدة وعلاج للكحول أو المخدرات أو القمار. مجاناً وبسرية، حتى بدون ذكر الاسم.
svc-addiction-service-for = لمن لديه إدمان ولأقاربه.

svc-consultorio = العيادة العائلية (consultorio)
svc-consultorio-gives = فحوصات ونصائح حول الحمل ومنع الحمل وصحة المرأة. مجاناً.
svc-consultorio-for = للنساء والأزواج والشباب.

svc-permit-renewal = تجديد تصريح الإقامة
svc-permit-renewal-gives = مساعدة في تحضير الطلب. يُرسل مع ملف البريد (kit).
svc-permit-renewal-for = لمن ينتهي تصريحه قريباً أو انتهى. قدّم الطلب قبل أن ينتهي.

svc-family-reunification = لمّ شمل الأسرة
svc-family-reunification-gives = مساعدة في طلب الإذن لإحضار الزوج أو الزوجة أو الأطفال أو الوالدين إلى إيطاليا.
svc-family-reunification-for = لمن لديه تصريح ساري المفعول ودخل وبيت مناسب.

svc-long-term-permit = تصريح الإقامة طويل الأمد
svc-long-term-permit-gives = تصريح لا ينتهي. تحتاج إلى امتحان اللغة الإيطالية بمستوى A2.
svc-long-term-permit-for = لمن يعيش في إيطاليا بتصريح منذ 5 سنوات على الأقل.

svc-italian-course = دورة لغة إيطالية مجانية
svc-italian-course-gives = دروس إيطالية للكبار، مع شهادة في النهاية.
svc-italian-course-for = للأجانب البالغين الذين يريدون تعلّم الإيطالية.

svc-migrant-legal-advice = استشارة قانونية للأجانب
svc-migrant-legal-advice-gives = خبير يشرح لك ما يمكنك فعله بخصوص التصريح أو اللجوء. مجاناً.
svc-migrant-legal-advice-for = لمن ليس لديه تصريح ساري المفعول أو طلب اللجوء.

svc-emergency-112 = رقم الطوارئ 112
svc-emergency-112-gives = الشرطة والإسعاف. يرد دائماً، وبلغات أخرى أيضاً.
svc-emergency-112-for = لمن هو في خطر الآن.

svc-helpline-1522 = رقم مناهضة العنف 1522
svc-helpline-1522-gives = رقم مجاني يرد ليلاً ونهاراً، وبلغات أخرى أيضاً. لا يظهر في فاتورة الهاتف.
svc-helpline-1522-for = لمن يتعرض للعنف أو يخاف، ولمن يريد المساعدة.

svc-anti-violence-centre = مركز مناهضة العنف
svc-anti-violence-centre-gives = نساء خبيرات يستمعن ويساعدن. مجاناً وبسرية. أنتِ من تقررين ماذا تفعلين.
svc-anti-violence-centre-for = للنساء اللواتي يتعرضن للعنف، حتى بدون تقديم شكوى.

svc-safe-house = بيت الحماية
svc-safe-house-gives = مكان آمن وسري للإقامة، مع الأطفال أيضاً.
svc-safe-house-for = لمن يجب أن يترك البيت ليكون في أمان.

svc-children-protection = دعم الأطفال
svc-children-protection-gives = مساعدة للأطفال الذين يرون العنف في البيت أو يعيشونه.
svc-children-protection-for = للعائلات التي فيها أطفال معنيّون.

svc-free-lawyer = محامٍ مجاني
svc-free-lawyer-gives = محامٍ تدفع الدولة أجره، مهما كان دخلك.
svc-free-lawyer-for = لمن يتعرض للعنف الأسري أو للملاحقة (stalking).

rule-needs-personal-care = يحتاج إلى مساعدة في الاغتسال أو أعمال البيت أو التحرك.
rule-cannot-cook = يحتاج إلى مساعدة في الطبخ.
rule-lives-alone = هي لمن يعيش وحده.
rule-may-need-quick-help = هي لمن قد يحتاج إلى مساعدة بسرعة.
rule-invalidity-not-recognised = هي لمن ليس لديه عجز معترف به بعد.
rule-needs-constant-help = يحتاج إلى مساعدة دائمة في الاغتسال أو التحرك.
rule-invalidity-full-or-pending = يلزم عجز بنسبة 100%، حتى لو كان الطلب قيد الدراسة.
rule-over-65 = هي لمن عمره 65 سنة أو أكثر.
rule-needs-care-during-day = يحتاج إلى رعاية خلال النهار.
rule-invalidity-full = يلزم عجز بنسبة 100%.
rule-isee-up-to-25000 = يلزم ISEE حتى 25.000 يورو.
rule-law-104-not-recognised = هي لمن ليس لديه اعتراف القانون 104 بعد.
rule-hard-to-move-around = هي لمن يجد صعوبة في التنقل أو ركن السيارة.
rule-needs-transport = هي لمن يحتاج إلى النقل.
rule-wants-work = هي لمن يبحث عن عمل.
rule-working-age = هي لمن عمره من 16 إلى 66 سنة.
rule-invalidity-recognised = يلزم عجز معترف به.
rule-needs-school-support = هي للتلاميذ الذين يحتاجون مساعدة في المدرسة.
rule-school-age = هي لمن عمره من 3 إلى 20 سنة.
rule-needs-daily-care = هي لمن يحتاج إلى رعاية كل يوم.
rule-adult = هي لمن عمره 18 سنة أو أكثر.
rule-age-18-to-66 = هي لمن عمره من 18 إلى 66 سنة.
rule-has-children-or-expecting = هي لمن لديه أطفال أو ينتظر طفلاً.
rule-child-under-3 = هي لمن لديه طفل تحت 3 سنوات.
rule-needs-childcare = هي لمن يحتاج إلى من يعتني بالأطفال.
rule-child-at-school = هي لمن لديه طفل بين 6 و17 سنة.
rule-school-costs-hard = هي لمن يصعب عليه دفع تكاليف المدرسة.
rule-isee-up-to-15748 = يلزم ISEE حتى 15.748 يورو.
rule-child-3-to-17 = هي لمن لديه طفل بين 3 و17 سنة.
rule-parenting-or-expecting = هي للوالدين الذين يريدون الدعم ولمن ينتظر طفلاً.
rule-baby-born-or-coming = هي لمن ينتظر طفلاً أو لديه طفل صغير.
rule-isee-up-to-40000 = يلزم ISEE حتى 40.000 يورو.
rule-household-with-minor-disabled-or-over-60 = يجب أن يكون في الأسرة قاصر أو شخص ذو إعاقة أو شخص فوق 60 سنة.
rule-isee-up-to-10140 = يلزم ISEE حتى 10.140 يورو.
rule-age-18-to-59 = هي لمن عمره من 18 إلى 59 سنة.
rule-without-work = هي لمن لا يعمل.
rule-lost-job = هي لمن فقد عمله.
rule-not-by-choice = يجب أن يكون العمل قد انتهى دون إرادته.
rule-age-16-to-66 = هي لمن عمره من 16 إلى 66 سنة.
rule-isee-up-to-9530 = يلزم ISEE حتى 9.530 يورو.
rule-no-isee-yet = هي لمن ليس لديه ISEE بعد.
rule-not-enough-food = هي لمن ليس لديه طعام كافٍ.
rule-cannot-pay-basics = هي لمن لا يستطيع دفع ثمن الطعام أو الفواتير.
rule-pays-rent = هي لمن يسكن بالإيجار.
rule-isee-up-to-26000 = يلزم ISEE حتى 26.000 يورو.
rule-behind-with-rent-or-evicted = هي لمن تأخر في الإيجار أو لديه قرار إخلاء.
rule-no-own-home = هي لمن لا يملك بيتاً.
rule-isee-up-to-16000 = يلزم ISEE حتى 16.000 يورو.
rule-losing-home = هي لمن سيفقد بيته قريباً أو ليس لديه بيت.
rule-nowhere-to-sleep = هي لمن ليس لديه مكان ينام فيه الليلة.
rule-no-family-doctor = هي لمن ليس لديه طبيب أسرة.
rule-can-register-with-health-service = تلزم جنسية أوروبية أو تصريح ساري المفعول.
rule-without-valid-permit = هي لمن ليس لديه تصريح ساري المفعول.
rule-needs-care-at-home = هي لمن يحتاج إلى رعاية في البيت.
rule-mental-health = هي لمن لديه مشاكل نفسية.
rule-addiction = هي لمن لديه إدمان.
rule-pregnancy-or-family-health = هي للحمل وصحة المرأة.
rule-permit-expiring-or-expired = هي لمن ينتهي تصريحه قريباً أو انتهى.
rule-family-abroad = هي لمن يريد أن تأتي عائلته إلى إيطاليا.
rule-valid-permit = يلزم تصريح ساري المفعول.
rule-five-years-in-italy = تلزم 5 سنوات على الأقل في إيطاليا.
rule-learning-italian = هي لمن يريد تعلّم الإيطالية.
rule-without-valid-permit-or-asylum = هي لمن ليس لديه تصريح ساري المفعول أو طلب اللجوء.
rule-in-danger-now = هي لمن هو في خطر الآن.
rule-no-safe-place = هي لمن ليس لديه مكان آمن يذهب إليه.
rule-children-involved = هي لمن لديه أطفال معنيّون.

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

svc-first-listening = مقابلة أولى في المكتب الاجتماعي
svc-first-listening-gives = لقاء لشرح وضعك. يستمعون إليك، ويشرحون لك حقوقك، ويدلّونك على المكان المناسب. مجاناً.
svc-first-listening-for = للجميع، حتى لمن لا يعرف من أين يبدأ.

svc-social-worker = موعد مع المرشدة الاجتماعية (assistente sociale)
svc-social-worker-gives = تتعرّف المرشدة الاجتماعية على وضعك وتحضّر معك خطة مساعدات.
svc-social-worker-for = لمن لديه وضع صعب ويحتاج إلى عدة مساعدات معاً.

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
svc-civil-invalidity-for = لمن لديه مرض يحدّ من حياته اليومية. الخطوة الأولى هي شهادة طبيب الأسرة.

svc-attendance-allowance = بدل المرافقة (indennità di accompagnamento)
svc-attendance-allowance-gives = مبلغ شهري من INPS لدفع أجر من يساعد. لا يعتمد على الدخل.
svc-attendance-allowance-for = لمن لديه عجز بنسبة 100% ويحتاج إلى مساعدة دائمة. يُطلب بشهادة جديدة من الطبيب.

svc-day-centre = مركز نهاري لكبار السن
svc-day-centre-gives = مكان لقضاء النهار، فيه رعاية ووجبات وأنشطة. وفي المساء تعود إلى البيت.
svc-day-centre-for = لكبار السن الذين يحتاجون إلى رعاية خلال النهار. الطلب يمرّ عبر نقطة الوصول الموحدة (PUA).

svc-carer-allowance = دعم لمن يرعى أحد أفراد العائلة (Misura B2)
svc-carer-allowance-gives = مبلغ من الإقليم لمن يعتني في البيت بشخص غير مستقل.
svc-carer-allowance-for = لمن لديه بدل المرافقة أو القانون 104 بإعاقة شديدة، ويعتني به في البيت أحد أفراد العائلة أو مساعدة منزلية بعقد عمل. الطلب يمرّ عبر نقطة الوصول الموحدة (PUA).

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
svc-disability-day-centre-for = للبالغين ذوي الإعاقة الذين يحتاجون إلى رعاية كل يوم. الطلب يمرّ عبر نقطة الوصول الموحدة (PUA).

svc-invalidity-pension = مخصص أو معاش العجز
svc-invalidity-pension-gives = مبلغ شهري من INPS: المخصص (assegno) ابتداءً من عجز بنسبة 74%، والمعاش (pensione) عند 100%.
svc-invalidity-pension-for = للأشخاص من 18 إلى 66 سنة لديهم عجز بنسبة 74% أو أكثر ودخل منخفض.

svc-child-benefit = المخصص الموحد للأطفال (Assegno Unico)
svc-child-benefit-gives = مبلغ شهري عن كل طفل، من الشهر السابع من الحمل حتى سن 21. مع ISEE تحصل على أكثر.
svc-child-benefit-for = لكل العائلات التي لديها أطفال.

svc-nursery-bonus = منحة الحضانة
svc-nursery-bonus-gives = مبلغ من INPS لدفع الحضانة أو المساعدة في البيت للأطفال الصغار.
svc-nursery-bonus-for = للعائلات التي لديها أطفال تحت 3 سنوات. كلما كان ISEE أقل، كان المبلغ أكبر.

svc-municipal-nursery = حضانة البلدية
svc-municipal-nursery-gives = مكان في الحضانة. من لديه ISEE منخفض يدفع أقل.
svc-municipal-nursery-for = للعائلات التي لديها أطفال تحت 3 سنوات.

svc-school-grant = منحة المدرسة للوازم المدرسية (Dote Scuola)
svc-school-grant-gives = قسيمة من الإقليم لشراء الكتب واللوازم المدرسية.
svc-school-grant-for = لتلاميذ المدرسة الإعدادية والثانوية، مع ISEE حتى 15٬748 يورو.

svc-school-meals-discount = تخفيض على المطعم المدرسي والنقل المدرسي
svc-school-meals-discount-gives = البلدية تخفّض سعر المطعم والحافلة المدرسية.
svc-school-meals-discount-for = للعائلات التي لديها أطفال في الروضة أو المدرسة الابتدائية أو الإعدادية. من لديه ISEE منخفض يدفع أقل.

svc-family-centre = مركز الأسرة
svc-family-centre-gives = لقاءات ونصائح للوالدين، أيضاً أثناء الحمل. مجاناً.
svc-family-centre-for = للأمهات والآباء ومن ينتظر طفلاً.

svc-birth-bonus = منحة المولود الجديد
svc-birth-bonus-gives = 1٬000 يورو عن كل طفل يولد أو يُتبنّى. يجب تقديم الطلب خلال 120 يوماً من الولادة.
svc-birth-bonus-for = للأطفال المولودين أو المتبنَّين منذ سنة 2025، في عائلات مع ISEE حتى 40٬000 يورو.

svc-inclusion-allowance = مخصص الإدماج (ADI)
svc-inclusion-allowance-gives = مبلغ شهري وخطة مع الخدمات الاجتماعية للخروج من الفقر.
svc-inclusion-allowance-for = للأسر مع ISEE حتى 10٬140 يورو، وفيها قاصر أو شخص ذو إعاقة أو شخص فوق 60 سنة. تلزم 5 سنوات في إيطاليا. من يأتي من خارج الاتحاد الأوروبي يلزمه تصريح الإقامة طويل الأمد أو الحماية.

svc-training-support = دعم التدريب والعمل (SFL)
svc-training-support-gives = 500 يورو في الشهر أثناء حضور دورة أو مشروع عمل.
svc-training-support-for = للأشخاص من 18 إلى 59 سنة بدون عمل، مع ISEE حتى 10٬140 يورو. تنطبق نفس قواعد مخصص الإدماج (ADI) بخصوص السنوات في إيطاليا والتصريح.

svc-unemployment-benefit = NASpI (تعويض البطالة)
svc-unemployment-benefit-gives = مبلغ شهري من INPS بعد انتهاء العمل. يجب تقديم الطلب خلال 68 يوماً.
svc-unemployment-benefit-for = لمن فقد عمله دون أن يريد ذلك.

svc-job-centre = مركز التشغيل
svc-job-centre-gives = مساعدة في البحث عن عمل، ودورات مجانية، والتسجيل كعاطل عن العمل.
svc-job-centre-for = لمن يبحث عن عمل.

svc-energy-bonus = المنحة الاجتماعية للكهرباء والغاز والماء
svc-energy-bonus-gives = تخفيض على الفواتير. يأتي وحده عندما تحصل على ISEE.
svc-energy-bonus-for = للعائلات مع ISEE حتى 9٬530 يورو، أو حتى 20٬000 يورو مع 4 أطفال على الأقل.

svc-isee-help = احصل على ISEE مجاناً
svc-isee-help-gives = مكتب CAF يحسب ISEE الخاص بك دون أن تدفع. تحتاجه لمعظم المساعدات.
svc-isee-help-for = لمن ليس لديه ISEE هذه السنة بعد، أو لا يعرف إن كان لديه.

svc-food-aid = مساعدة بالطعام
svc-food-aid-gives = طرود طعام أو بطاقة للمتجر التضامني. فوراً أيضاً.
svc-food-aid-for = لمن ليس لديه ما يكفي من الطعام.

svc-emergency-grant = مساعدة مالية من البلدية
svc-emergency-grant-gives = مساعدة مالية لمرة واحدة لمصاريف عاجلة مثل الفواتير أو الطعام.
svc-emergency-grant-for = لمن لديه مشكلة مالية عاجلة. تقرر المرشدة الاجتماعية.

svc-rent-support = مساعدة في الإيجار
svc-rent-support-gives = مبلغ لدفع جزء من الإيجار. تعطيه البلدية مع الإقليم.
svc-rent-support-for = لمن يدفع الإيجار ولديه ISEE حتى 26٬000 يورو.

svc-arrears-fund = صندوق الإيجار غير المدفوع (morosità incolpevole)
svc-arrears-fund-gives = مبلغ لدفع الإيجار المتأخر وإيقاف الإخلاء.
svc-arrears-fund-for = لمن لا يستطيع دفع الإيجار لأنه فقد العمل أو الدخل.

svc-social-housing = السكن الشعبي (SAP)
svc-social-housing-gives = بيت للإيجار بسعر منخفض. تقدّم الطلب عندما يُفتح باب الطلبات.
svc-social-housing-for = للعائلات التي لا تملك بيتاً ولديها ISEE حتى 16٬000 يورو.

svc-housing-emergency = طوارئ السكن
svc-housing-emergency-gives = مكان للإقامة لفترة، أثناء البحث عن بيت.
svc-housing-emergency-for = لمن سيفقد بيته قريباً أو ليس لديه بيت.

svc-night-shelter = مكان للنوم الليلة
svc-night-shelter-gives = سرير لليلة، وحمّام ووجبة. تبحث عنه خدمة الطوارئ الاجتماعية (Pronto Intervento Sociale)، حتى في الليل.
svc-night-shelter-for = لمن ليس لديه مكان آمن ينام فيه الليلة.

svc-family-doctor = التسجيل في الخدمة الصحية وطبيب الأسرة
svc-family-doctor-gives = طبيب أسرة مجاناً والبطاقة الصحية.
svc-family-doctor-for = لمن يعيش في إيطاليا وليس لديه طبيب بعد. يصحّ أيضاً مع إيصال تجديد التصريح.

svc-stp-code = رمز STP للعلاج
svc-stp-code-gives = رمز للحصول على العلاج العاجل والأساسي، حتى بدون تصريح. لا أحد يبلّغ عنك.
svc-stp-code-for = للأجانب بدون تصريح إقامة ساري المفعول.

svc-home-nursing = الرعاية في البيت (ADI)
svc-home-nursing-gives = ممرضون وأطباء يأتون إلى البيت. يجب أن يطلبها طبيب الأسرة. نقطة الوصول الموحدة (PUA) تنظّم زيارة التقييم.
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
svc-long-term-permit-for = لمن يعيش في إيطاليا بتصريح منذ 5 سنوات على الأقل ولديه دخل.

svc-italian-course = دورة لغة إيطالية مجانية
svc-italian-course-gives = دروس إيطالية للكبار، مع شهادة في النهاية.
svc-italian-course-for = للأجانب البالغين الذين يريدون تعلّم الإيطالية.

svc-migrant-legal-advice = استشارة قانونية للأجانب
svc-migrant-legal-advice-gives = خبير يشرح لك ما يمكنك فعله بخصوص التصريح أو اللجوء. مجاناً.
svc-migrant-legal-advice-for = لمن ليس لديه تصريح ساري المفعول أو ينتظر الرد على طلب اللجوء.

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
svc-free-lawyer-for = لمن يتعرض للعنف الأسري أو للملاحقة (stalking). مركز مناهضة العنف يساعد في إيجاده.

svc-universal-benefit = المنحة الشاملة (Prestazione universale)
svc-universal-benefit-gives = 850 يورو إضافية في الشهر، فوق بدل المرافقة، لدفع أجر من يقدّم الرعاية في البيت.
svc-universal-benefit-for = لمن عمره 80 سنة على الأقل، ولديه بدل المرافقة وISEE حتى 6٬000 يورو.

svc-social-pension = المخصص الاجتماعي (Assegno sociale)
svc-social-pension-gives = مبلغ شهري من INPS لمن لديه القليل أو لا شيء ليعيش منه.
svc-social-pension-for = لمن عمره 67 سنة على الأقل ودخله قليل. تلزم 10 سنوات في إيطاليا.

svc-residential-care = دور الرعاية (RSA) والإقامة المؤقتة للراحة (ricoveri di sollievo)
svc-residential-care-gives = مكان في مؤسسة فيها رعاية، بشكل دائم أو لبضعة أسابيع، لكي ترتاح العائلة.
svc-residential-care-for = لمن لم يعد يستطيع البقاء في البيت وحده. الطلب يمرّ عبر نقطة الوصول الموحدة (PUA)، التي تقوم بالتقييم.

svc-care-worker-help = مساعدة في إيجاد عاملة رعاية منزلية (badante)
svc-care-worker-help-gives = يساعد المكتب في إيجاد عاملة رعاية منزلية مدرَّبة (assistente familiare) وفي كتابة العقد.
svc-care-worker-help-for = للعائلات التي تبحث عن شخص يعتني في البيت بشخص مسنّ.

svc-measure-b1 = دعم الإعاقة الشديدة جداً (Misura B1)
svc-measure-b1-gives = مبلغ شهري وخطة رعاية، لمن يعتني في البيت بشخص لديه إعاقة شديدة جداً.
svc-measure-b1-for = لمن لديه بدل المرافقة ويحتاج إلى رعاية ليلاً ونهاراً. الهيئة الصحية المحلية هي التي تقيّم الحالة.

svc-support-administrator = المدير المساند (Amministratore di sostegno)
svc-support-administrator-gives = يعيّن القاضي شخصاً، غالباً من العائلة، يساعد في تدبير المال والأوراق. لا حاجة إلى محامٍ.
svc-support-administrator-for = لمن لم يعد يستطيع أن يدبّر وحده المال والمعاملات.

svc-ticket-exemption = الإعفاء من رسوم العلاج (ticket)
svc-ticket-exemption-gives = لا تُدفع رسوم (ticket) الزيارات الطبية والفحوصات.
svc-ticket-exemption-for = للأطفال تحت 6 سنوات وللأشخاص من 65 سنة فما فوق، إذا كان دخل العائلة حتى 36٬152 يورو. وأيضاً لمن هو بدون عمل أو لديه المعاش الأدنى، مع دخل منخفض.

svc-attendance-frequency = بدل الحضور (Indennità di frequenza)
svc-attendance-frequency-gives = مبلغ شهري من INPS، في الأشهر التي يذهب فيها الطفل إلى المدرسة أو يتلقى العلاج.
svc-attendance-frequency-for = للقاصرين الذين لديهم صعوبات طويلة الأمد، ويذهبون إلى المدرسة أو إلى العلاج.

svc-uonpia = الطب النفسي والعصبي للأطفال (UONPIA)
svc-uonpia-gives = أطباء ومعالجون للأطفال والشباب الذين لديهم صعوبات في النمو أو السلوك أو المزاج. مجاناً.
svc-uonpia-for = للأطفال والشباب حتى 17 سنة.

svc-maternity-allowance = مخصص الأمومة من البلدية (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = مبلغ للأم التي ليس لديها مساعدات أمومة أخرى، أو لديها القليل منها. يجب تقديم الطلب إلى البلدية خلال 6 أشهر من الولادة.
svc-maternity-allowance-for = للأمهات مع ISEE حتى 20٬382 يورو. للقادمات من خارج الاتحاد الأوروبي يلزم تصريح الإقامة طويل الأمد أو الحماية.

svc-dedicated-card = بطاقة مخصصة لك (Carta Dedicata a te)
svc-dedicated-card-gives = بطاقة فيها مال لشراء الطعام. لا حاجة إلى تقديم طلب: البلدية تختار العائلات من قوائم INPS.
svc-dedicated-card-for = للعائلات المكوّنة من 3 أشخاص على الأقل، مع ISEE حتى 15٬000 يورو، وبدون مساعدات أخرى مثل مخصص الإدماج (ADI).

svc-over-indebtedness = مساعدة في الديون (sovraindebitamento)
svc-over-indebtedness-gives = خبير يساعد في وضع خطة لدفع الديون حسب الإمكان. أحياناً يلغي القاضي جزءاً منها.
svc-over-indebtedness-for = لمن لديه ديون لم يعد يستطيع دفعها.

svc-registered-residence = الإقامة المسجّلة في البلدية (residenza)
svc-registered-residence-gives = التسجيل في السجل المدني للبلدية (anagrafe). من ليس لديه بيت يمكنه الحصول على إقامة مسجّلة في عنوان تحدده البلدية.
svc-registered-residence-for = لمن يعيش في البلدية وليس لديه إقامة مسجّلة بعد. بدون إقامة مسجّلة لا يمكن الحصول على كثير من المساعدات.

svc-psychologist-bonus = منحة الأخصائي النفسي (Bonus psicologo)
svc-psychologist-bonus-gives = مبلغ لدفع بعض الجلسات عند أخصائي نفسي. يُقدَّم الطلب عندما يُفتح باب الطلبات.
svc-psychologist-bonus-for = لمن يعاني من القلق أو الحزن أو التوتر، مع ISEE حتى 50٬000 يورو.

svc-italian-citizenship = الجنسية الإيطالية
svc-italian-citizenship-gives = مساعدة في تقديم طلب الحصول على الجنسية الإيطالية.
svc-italian-citizenship-for = لمن لديه إقامة مسجّلة في إيطاليا منذ 10 سنوات، أو 5 سنوات للاجئين، أو 4 سنوات لمواطني الاتحاد الأوروبي. يلزم مستوى B1 في اللغة الإيطالية.

svc-freedom-income = دخل الحرية (Reddito di libertà)
svc-freedom-income-gives = حتى 500 يورو في الشهر لمدة سنة، لبدء حياة مستقلة من جديد.
svc-freedom-income-for = للنساء اللواتي يخرجن من العنف، ويتابعهن مركز مناهضة العنف والخدمات الاجتماعية.

svc-violence-permit = تصريح إقامة لمن يتعرض للعنف
svc-violence-permit-gives = تصريح لا يعتمد على الشريك. يحمي من يقدّم شكوى أو يطلب المساعدة من مركز مناهضة العنف.
svc-violence-permit-for = للأجانب الذين يتعرضون للعنف الأسري.

svc-food-aid-urgent = اليوم نفسه: يمكنك الذهاب إلى كاريتاس (Caritas) أو إلى المكتب الاجتماعي. يعطونك طعاماً حتى بدون وثائق.
svc-night-shelter-urgent = الليلة: يمكنك الاتصال بخدمة الطوارئ الاجتماعية في البلدية (Pronto Intervento Sociale)، فهي ترد حتى في الليل. أو يمكنك الذهاب اليوم إلى المكتب الاجتماعي.
svc-emergency-112-urgent = في خطر الآن: اتصل بالرقم 112. يرد دائماً، وبلغات أخرى أيضاً.
svc-helpline-1522-urgent = اتصل بالرقم 1522: الاتصال مجاني، ويجيب ليلاً ونهاراً، وبلغات أخرى أيضاً. يمكنك أيضاً الكتابة في الدردشة (chat).
svc-anti-violence-centre-urgent = مركز مناهضة العنف يستمع ويساعد، حتى بدون شكوى. الرقم 1522 يساعدك على الاتصال بالمركز.
svc-safe-house-urgent = إذا كان البقاء في البيت غير ممكن، يجد الرقم 1522 ومركز مناهضة العنف مكاناً آمناً، حتى اليوم.

rule-needs-personal-care = يحتاج إلى مساعدة في الاغتسال أو أعمال البيت أو التحرك.
rule-cannot-cook = يحتاج إلى مساعدة في الطبخ.
rule-lives-alone = هي لمن يعيش وحده.
rule-may-need-quick-help = هي لمن قد يحتاج إلى مساعدة بسرعة.
rule-invalidity-not-recognised = هي لمن ليس لديه عجز معترف به بعد.
rule-over-65 = هي لمن عمره 65 سنة أو أكثر.
rule-needs-care-during-day = يحتاج إلى رعاية خلال النهار.
rule-law-104-not-recognised = هي لمن ليس لديه اعتراف القانون 104 بعد.
rule-hard-to-move-around = هي لمن يجد صعوبة في التنقل أو ركن السيارة.
rule-needs-transport = هي لمن يحتاج إلى النقل.
rule-wants-work = هي لمن يبحث عن عمل.
rule-working-age = هي لمن عمره من 16 إلى 66 سنة.
rule-needs-school-support = هي للتلاميذ الذين يحتاجون مساعدة في المدرسة.
rule-school-age = هي لمن عمره من 3 إلى 20 سنة.
rule-needs-daily-care = هي لمن يحتاج إلى رعاية كل يوم.
rule-adult = هي لمن عمره 18 سنة أو أكثر.
rule-age-18-to-66 = هي لمن عمره من 18 إلى 66 سنة.
rule-has-children-or-expecting = هي لمن لديه أطفال أو ينتظر طفلاً.
rule-child-under-3 = هي لمن لديه طفل تحت 3 سنوات.
rule-needs-childcare = هي لمن يحتاج إلى من يعتني بالأطفال.
rule-isee-up-to-15748 = يلزم ISEE حتى 15٬748 يورو.
rule-parenting-or-expecting = هي للوالدين الذين يريدون الدعم ولمن ينتظر طفلاً.
rule-isee-up-to-40000 = يلزم ISEE حتى 40٬000 يورو.
rule-household-with-minor-disabled-or-over-60 = يجب أن يكون في الأسرة قاصر أو شخص ذو إعاقة أو شخص فوق 60 سنة.
rule-isee-up-to-10140 = يلزم ISEE حتى 10٬140 يورو.
rule-age-18-to-59 = هي لمن عمره من 18 إلى 59 سنة.
rule-without-work = هي لمن لا يعمل.
rule-lost-job = هي لمن فقد عمله.
rule-not-by-choice = يجب أن يكون العمل قد انتهى دون إرادته.
rule-age-16-to-66 = هي لمن عمره من 16 إلى 66 سنة.
rule-no-isee-yet = هي لمن ليس لديه ISEE بعد.
rule-not-enough-food = هي لمن ليس لديه طعام كافٍ.
rule-cannot-pay-basics = هي لمن لا يستطيع دفع ثمن الطعام أو الفواتير.
rule-pays-rent = هي لمن يسكن بالإيجار.
rule-isee-up-to-26000 = يلزم ISEE حتى 26٬000 يورو.
rule-no-own-home = هي لمن لا يملك بيتاً.
rule-isee-up-to-16000 = يلزم ISEE حتى 16٬000 يورو.
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
rule-resident-here = تلزم الإقامة المسجّلة في البلدية (residenza).
rule-permit-for-municipal-services = لمن يأتي من خارج الاتحاد الأوروبي يلزم تصريح ساري المفعول، أو إيصال التجديد.
rule-needs-constant-care = هي لمن يحتاج إلى شخص قريب منه دائماً.
rule-invalidity-100-or-pending = يلزم عجز بنسبة 100%، حتى لو كان الطلب قيد الدراسة.
rule-over-80 = هي لمن عمره 80 سنة أو أكثر.
rule-has-attendance-allowance = يلزم بدل المرافقة.
rule-isee-up-to-6000 = يلزم ISEE حتى 6٬000 يورو.
rule-age-67-or-more = هي لمن عمره 67 سنة أو أكثر.
rule-income-up-to-583-a-month = يجب أن يكون الدخل حوالي 583 يورو في الشهر أو أقل.
rule-ten-years-in-italy = تلزم 10 سنوات على الأقل في إيطاليا.
rule-permit-for-social-pension = لمن يأتي من خارج الاتحاد الأوروبي يلزم تصريح الإقامة طويل الأمد أو الحماية.
rule-severe-disability = يلزم بدل المرافقة أو القانون 104 بإعاقة شديدة.
rule-has-carer = يلزم فرد من العائلة أو مساعدة منزلية يقدّم الرعاية في البيت.
rule-cannot-manage-money = هي لمن لا يستطيع تدبير المال والأوراق بدون مساعدة.
rule-under-6-or-over-65 = هي للأطفال تحت 6 سنوات ولمن عمره 65 سنة أو أكثر.
rule-invalidity-46-or-more = يلزم عجز بنسبة 46% أو أكثر.
rule-minor = هي لمن عمره أقل من 18 سنة.
rule-needs-school-or-care = هي لمن يحتاج إلى مساعدة في المدرسة أو إلى رعاية كل يوم.
rule-no-attendance-allowance = لا تُؤخذ مع بدل المرافقة في نفس الوقت.
rule-invalidity-74-or-more = يلزم عجز بنسبة 74% أو أكثر.
rule-child-mind-or-development = هي للصعوبات في النمو أو في المدرسة أو في المزاج.
rule-child-at-secondary-school = هي لمن لديه طفل في المدرسة الإعدادية أو الثانوية.
rule-child-3-to-13 = هي لمن لديه طفل بين 3 و13 سنة.
rule-baby-born-recently = هي لطفل مولود أو متبنّى منذ وقت قصير.
rule-isee-up-to-20382 = يلزم ISEE حتى 20٬382 يورو.
rule-permit-for-inclusion = لمن يأتي من خارج الاتحاد الأوروبي يلزم تصريح الإقامة طويل الأمد أو الحماية.
rule-isee-for-energy-bonus = يلزم ISEE حتى 9٬530 يورو، أو حتى 20٬000 يورو مع 4 أطفال على الأقل.
rule-isee-up-to-15000 = يلزم ISEE حتى 15٬000 يورو.
rule-household-of-3-or-more = هي للعائلات المكوّنة من 3 أشخاص على الأقل.
rule-cannot-repay-debts = هي لمن لديه ديون لا يستطيع دفعها.
rule-not-resident = هي لمن ليس لديه إقامة مسجّلة في البلدية بعد.
rule-isee-up-to-50000 = يلزم ISEE حتى 50٬000 يورو.
rule-valid-permit-not-long-term = يلزم تصريح ساري المفعول، بشرط ألا يكون طويل الأمد.
rule-years-for-citizenship = تلزم 10 سنوات من الإقامة المسجّلة في إيطاليا. تكفي 5 سنوات للاجئين و4 سنوات لمواطني الاتحاد الأوروبي.
rule-needs-money-to-leave = هي لمن يحتاج إلى مال ليعيش باستقلال.
rule-not-eu-citizen = هي لمن يأتي من خارج الاتحاد الأوروبي.
rule-isee-for-b2 = يلزم ISEE حتى 25٬000 يورو، أو حتى 40٬000 يورو للقاصر.
rule-has-eviction-notice = هي لمن وصله قرار إخلاء لأنه لا يستطيع دفع الإيجار.
rule-permit-for-family-benefits = لمن يأتي من خارج الاتحاد الأوروبي يلزم تصريح إقامة يسمح بالعمل.
rule-income-for-ticket = يجب أن يكون الدخل حتى حوالي 2٬780 يورو في الشهر.
rule-age-17-or-more = هي لمن عمره 17 سنة أو أكثر.

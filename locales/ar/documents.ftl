doc-identity = وثيقة هوية
doc-identity-what = بطاقة الهوية أو جواز السفر أو رخصة القيادة.
doc-identity-where = إذا لم تكن لديك، اطلب بطاقة الهوية من مكتب السجل المدني في البلدية (anagrafe).

doc-health-card = البطاقة الصحية
doc-health-card-what = البطاقة الخضراء أو الزرقاء التي عليها رمزك الضريبي.
doc-health-card-where = ترسلها وكالة الضرائب. إذا فقدتها، اطلبها من الهيئة الصحية المحلية.

doc-isee = شهادة ISEE
doc-isee-what = الورقة التي فيها قيمة ISEE للعائلة، صالحة لهذه السنة.
doc-isee-where = يحسبها مكتب CAF مجاناً، أو تحسبها أنت على موقع INPS.

doc-permit = تصريح الإقامة
doc-permit-what = التصريح الساري، أو إيصال طلب التجديد.
doc-permit-where = تصدره مديرية الشرطة (Questura).

doc-passport = جواز السفر
doc-passport-what = جواز سفر بلدك. لتصريح الإقامة يجب أن يكون ساري المفعول، غير منتهي الصلاحية.
doc-passport-where = تصدره قنصلية أو سفارة بلدك.

doc-medical-report = شهادات طبية
doc-medical-report-what = أوراق من الطبيب أو المستشفى تشرح المرض.
doc-medical-report-where = اطلبها من طبيب الأسرة أو من المستشفى.

doc-invalidity-report = محضر العجز
doc-invalidity-report-what = ورقة اللجنة الطبية التي فيها نسبة العجز.
doc-invalidity-report-where = يرسلها INPS. يمكنك أيضاً تنزيلها من موقع INPS.

doc-income = إثبات الدخل
doc-income-what = آخر قسائم الراتب، أو نموذج CU، أو التصريح الضريبي.
doc-income-where = يعطيها صاحب العمل أو INPS. يمكن لمكتب CAF مساعدتك في إيجادها.

doc-bank-details = رقم IBAN
doc-bank-details-what = رمز حسابك في البنك أو البريد، لاستلام الأموال.
doc-bank-details-where = تجده في أوراق البنك أو البريد، أو في التطبيق.

doc-bank-statements = رصيد الحساب ومتوسطه
doc-bank-statements-what = كم كان في الحساب يوم 31 ديسمبر قبل سنتين، وكم كان المتوسط في تلك السنة. لـ ISEE سنة 2026 تُحسب سنة 2024.
doc-bank-statements-where = اطلبه من البنك أو البريد.

doc-job-end = رسالة انتهاء العمل
doc-job-end-what = رسالة الفصل من العمل أو العقد المنتهي.
doc-job-end-where = يعطيها صاحب العمل.

doc-rent-contract = عقد الإيجار
doc-rent-contract-what = العقد المسجّل للبيت الذي تعيش فيه.
doc-rent-contract-where = هو عند صاحب البيت. اطلب منه نسخة.

doc-rent-receipts = إيصالات الإيجار
doc-rent-receipts-what = ما يثبت أنك دفعت الإيجار، مثلاً التحويلات البنكية.
doc-rent-receipts-where = تجدها في البنك أو تطلبها من صاحب البيت.

doc-eviction-notice = قرار الإخلاء
doc-eviction-notice-what = ورقة المحكمة التي فيها الإخلاء.
doc-eviction-notice-where = وصلتك بالبريد أو من موظف المحكمة.

doc-bills = الفواتير
doc-bills-what = آخر فواتير الكهرباء أو الغاز أو الماء.
doc-bills-where = تصل بالبريد أو بالبريد الإلكتروني، أو تنزّلها من موقع الشركة.

doc-children-tax-codes = الرموز الضريبية للأطفال
doc-children-tax-codes-what = الرمز الضريبي (codice fiscale) لكل طفل.
doc-children-tax-codes-where = تجده على البطاقة الصحية للأطفال.

doc-nursery-receipts = إيصالات الحضانة
doc-nursery-receipts-what = إيصالات الرسوم المدفوعة للحضانة.
doc-nursery-receipts-where = تعطيها الحضانة.

doc-passport-photos = صور شخصية
doc-passport-photos-what = صور حديثة بحجم جواز السفر، عادة 2 أو 4.
doc-passport-photos-where = عند المصوّر أو في آلة تصوير الصور.

doc-revenue-stamp = طابع مالي
doc-revenue-stamp-what = طابع بقيمة 16 يورو يوضع على الطلب.
doc-revenue-stamp-where = يُشترى من محل التبغ (tabaccheria).

doc-housing-suitability = شهادة صلاحية السكن
doc-housing-suitability-what = ورقة تقول إن البيت كبير وصحي بما يكفي.
doc-housing-suitability-where = تُطلب من المكتب الفني في البلدية.

doc-family-certificates = شهادات العائلة
doc-family-certificates-what = شهادات الزواج أو الميلاد لأفراد العائلة، مترجمة ومصدّقة.
doc-family-certificates-where = تُطلب في بلدك الأصلي وتُصدَّق في القنصلية.

doc-italian-a2 = شهادة اللغة الإيطالية A2
doc-italian-a2-what = إثبات أنك تعرف الإيطالية الأساسية.
doc-italian-a2-where = تحصل عليها بامتحان في المحافظة (Prefettura) أو بدورة في CPIA.

doc-introductory-certificate = الشهادة الطبية الأولى (certificato medico introduttivo)
doc-introductory-certificate-what = الشهادة التي يبدأ بها طبيب الأسرة الطلب لدى INPS. هي الخطوة الأولى.
doc-introductory-certificate-where = يكتبها طبيب الأسرة ويرسلها هو إلى INPS. من المهم الاحتفاظ بالرقم الذي يعطيه لك.

doc-carer-contract = عقد المساعدة المنزلية (badante)
doc-carer-contract-what = عقد العمل للشخص الذي يقدّم الرعاية في البيت، إذا لم يكن من العائلة.
doc-carer-contract-where = هو العقد الذي تم توقيعه مع المساعدة المنزلية. وهو موجود أيضاً على موقع INPS.

doc-debt-papers = أوراق الديون
doc-debt-papers-what = عقود القروض، ورسائل البنك، ومطالبات الضرائب (cartelle)، وطلبات دفع أخرى.
doc-debt-papers-where = تُجمع الأوراق الموجودة في البيت. ويمكن للبنك أن يعطيك ملخصاً.

doc-centre-statement = إفادة من مركز مناهضة العنف
doc-centre-statement-what = ورقة من مركز مناهضة العنف تقول إن المركز يتابع حالتك.
doc-centre-statement-where = تُطلب من مركز مناهضة العنف. الرقم 1522 يساعدك على الاتصال بالمركز.

doc-birth-certificate = شهادة الميلاد
doc-birth-certificate-what = وثيقة من بلدك فيها مكان الولادة وتاريخها، مترجمة ومصدّقة.
doc-birth-certificate-where = تُطلب في بلدك أو في القنصلية.

doc-criminal-record = شهادة السجل العدلي من بلدك
doc-criminal-record-what = الوثيقة التي تبيّن إن كانت هناك أحكام جنائية عليك في بلدك، مترجمة ومصدّقة.
doc-criminal-record-where = تُطلب في بلدك أو في القنصلية.

doc-italian-b1 = شهادة اللغة الإيطالية B1
doc-italian-b1-what = الشهادة التي تثبت معرفة اللغة الإيطالية بمستوى B1.
doc-italian-b1-where = تعطيها مدارس الكبار (CPIA) وبعض الجهات المعترف بها.

# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Соціальний офіс муніципалітету (Sportello Sociale del Comune)
provider-pua = Єдиний пункт доступу (Porta Unica di Accesso, PUA)
provider-inps = INPS (Національний інститут соціального забезпечення), також через CAF або patronato
provider-caf-patronato = CAF або patronato (безкоштовні офіси допомоги з документами)
provider-centro-impiego = Центр зайнятості (Centro per l'impiego)
provider-sportello-stranieri = Офіс для іноземців (Sportello Stranieri)
provider-centro-antiviolenza = Центр протидії насильству (Centro antiviolenza)
provider-asst = Місцева служба охорони здоров’я (ASST)
provider-caritas = Caritas і продовольчий банк (banco alimentare)
provider-ufficio-scuola = Шкільний відділ муніципалітету (Ufficio scuola del Comune)
provider-cpia = Школа для дорослих (CPIA)
provider-comune = Установи муніципалітету (Uffici del Comune)
provider-emergency = Номери екстреної допомоги

time-now = Одразу
time-days = Кілька днів
time-weeks = Кілька тижнів
time-months = Кілька місяців
time-call = Коли муніципалітет оголошує прийом заяв (bando), зазвичай раз на рік

svc-first-listening = Перша розмова в соціальному офісі (Sportello Sociale)
svc-first-listening-gives = Зустріч, на якій ви розповідаєте про свою ситуацію. Вас вислухають, пояснять ваші права і скажуть, куди звернутися. Це безкоштовно.
svc-first-listening-for = Для всіх, також для тих, хто не знає, з чого почати.

svc-social-worker = Прийом у соціального працівника (assistente sociale)
svc-social-worker-gives = Соціальний працівник знайомиться з вашою ситуацією і разом із вами складає план допомоги.
svc-social-worker-for = Для тих, хто в складній ситуації і кому потрібно кілька видів допомоги одночасно.

svc-home-care = Допомога вдома (SAD)
svc-home-care-gives = До вас додому приходить працівник. Він допомагає митися, одягатися і підтримувати чистоту вдома.
svc-home-care-for = Для тих, хто вже не може самостійно робити щоденні справи.

svc-meals-at-home = Їжа з доставкою додому
svc-meals-at-home-gives = Гарячу їжу приносять додому щодня. Ціна залежить від ISEE.
svc-meals-at-home-for = Для тих, хто вже не може готувати самостійно.

svc-telecare = Тривожна кнопка (Telesoccorso)
svc-telecare-gives = Невеликий пристрій із кнопкою. Якщо її натиснути, центр відповідає вдень і вночі та надсилає допомогу.
svc-telecare-for = Для тих, хто живе сам і кому може знадобитися негайна допомога.

svc-civil-invalidity = Заява на визнання цивільної інвалідності (invalidità civile)
svc-civil-invalidity-gives = Визнання того, що хвороба обмежує життя. Воно відкриває шлях до іншої допомоги і до грошей.
svc-civil-invalidity-for = Для людей із хворобою, яка обмежує повсякденне життя. Перший крок — довідка від сімейного лікаря (medico di famiglia).

svc-attendance-allowance = Допомога на супровід (indennità di accompagnamento)
svc-attendance-allowance-gives = Гроші щомісяця від INPS, щоб платити тому, хто допомагає. Вона не залежить від доходу.
svc-attendance-allowance-for = Для людей зі 100% інвалідністю, яким потрібна постійна допомога. Її просять із новою довідкою від лікаря.

svc-day-centre = Денний центр для літніх людей (centro diurno)
svc-day-centre-gives = Місце, де можна провести день. Там є догляд, харчування і заняття. Увечері людина повертається додому.
svc-day-centre-for = Для літніх людей, яким потрібен догляд протягом дня. Заява проходить через PUA (єдиний пункт доступу).

svc-carer-allowance = Допомога тим, хто доглядає члена сім’ї (Misura B2)
svc-carer-allowance-gives = Гроші від регіону (Regione) для тих, хто вдома доглядає людину, яка не може жити самостійно.
svc-carer-allowance-for = Для людей, які отримують допомогу на супровід (accompagnamento) або мають тяжкий ступінь за Законом 104 (Legge 104), і яких удома доглядає член сім’ї або доглядальниця (badante) за договором. Заява проходить через PUA.

svc-law-104-recognition = Заява за Законом 104 (Legge 104)
svc-law-104-recognition-gives = Визнання інвалідності. Воно дає оплачувані вихідні з роботи (permessi) та іншу допомогу.
svc-law-104-recognition-for = Для людей з інвалідністю та членів їхніх сімей.

svc-disabled-parking = Паркувальний знак для людей з інвалідністю (contrassegno)
svc-disabled-parking-gives = Картка для автомобіля. З нею можна паркуватися на місцях для людей з інвалідністю.
svc-disabled-parking-for = Для тих, хто ходить з великими труднощами або не бачить.

svc-social-transport = Соціальний транспорт
svc-social-transport-gives = Автомобіль або мікроавтобус відвозить до лікаря, на терапію або до денного центру.
svc-social-transport-for = Для тих, хто не може сам їздити громадським транспортом.

svc-targeted-employment = Цільове працевлаштування (collocamento mirato)
svc-targeted-employment-gives = Допомога в пошуку відповідної роботи. Компанії зобов’язані наймати людей з інвалідністю.
svc-targeted-employment-for = Для людей з інвалідністю від 46% і більше, які шукають роботу.

svc-school-assistant = Асистент у школі
svc-school-assistant-gives = Педагог допомагає в школі дитині або підлітку з інвалідністю.
svc-school-assistant-for = Для учнів з інвалідністю. Від дитячого садка до старшої школи.

svc-disability-day-centre = Денний центр для людей з інвалідністю
svc-disability-day-centre-gives = Місце, де можна провести день, із заняттями і доглядом. Увечері людина повертається додому.
svc-disability-day-centre-for = Для дорослих з інвалідністю, яким щодня потрібен догляд. Заява проходить через PUA (єдиний пункт доступу).

svc-invalidity-pension = Виплата або пенсія по інвалідності (assegno o pensione di invalidità)
svc-invalidity-pension-gives = Гроші щомісяця від INPS: виплата (assegno) — від 74% інвалідності, пенсія — при 100%.
svc-invalidity-pension-for = Для людей від 18 до 66 років з інвалідністю від 74% і більше та з низьким доходом.

svc-child-benefit = Єдина допомога на дітей (Assegno Unico)
svc-child-benefit-gives = Гроші щомісяця на кожну дитину, від сьомого місяця вагітності до 21 року. З ISEE ви отримуєте більше.
svc-child-benefit-for = Для всіх сімей з дітьми.

svc-nursery-bonus = Бонус на ясла (bonus asilo nido)
svc-nursery-bonus-gives = Гроші від INPS, щоб оплатити ясла або допомогу вдома для маленьких дітей.
svc-nursery-bonus-for = Для сімей з дітьми до 3 років. З низьким ISEE ви отримуєте більше.

svc-municipal-nursery = Муніципальні ясла (asilo nido del Comune)
svc-municipal-nursery-gives = Місце в яслах. Хто має низький ISEE, платить менше.
svc-municipal-nursery-for = Для сімей з дітьми до 3 років.

svc-school-grant = Шкільна допомога на підручники і приладдя (Dote Scuola)
svc-school-grant-gives = Ваучер від регіону (Regione), щоб купити книжки і шкільне приладдя.
svc-school-grant-for = Для учнів середньої та старшої школи, з ISEE до 15 748 євро.

svc-school-meals-discount = Знижка на шкільне харчування і шкільний автобус
svc-school-meals-discount-gives = Муніципалітет зменшує плату за шкільну їдальню і шкільний автобус.
svc-school-meals-discount-for = Для сімей з дітьми в дитячому садку, початковій або середній школі. Хто має низький ISEE, платить менше.

svc-family-centre = Сімейний центр (Centro per la famiglia)
svc-family-centre-gives = Зустрічі й поради для батьків, також під час вагітності. Це безкоштовно.
svc-family-centre-for = Для мам, тат і тих, хто чекає на дитину.

svc-birth-bonus = Бонус при народженні дитини
svc-birth-bonus-gives = 1 000 євро на кожну народжену або усиновлену дитину. Заяву треба подати протягом 120 днів після народження.
svc-birth-bonus-for = Для дітей, народжених або усиновлених з 2025 року, у сім’ях з ISEE до 40 000 євро.

svc-inclusion-allowance = Допомога на включення (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = Гроші щомісяця і програма разом із соціальними службами, щоб вийти з бідності.
svc-inclusion-allowance-for = Для сімей з ISEE до 10 140 євро, де є неповнолітня дитина, людина з інвалідністю або людина віком понад 60 років. Потрібно 5 років проживання в Італії. Людям із країн поза Європейським Союзом потрібна довгострокова посвідка (permesso di lungo periodo) або захист (protezione).

svc-training-support = Підтримка навчання і роботи (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 євро на місяць, поки ви проходите курс або робочий проєкт.
svc-training-support-for = Для людей від 18 до 59 років без роботи, з ISEE до 10 140 євро. Щодо років в Італії і посвідки діють ті самі правила, що й для ADI.

svc-unemployment-benefit = NASpI (допомога з безробіття)
svc-unemployment-benefit-gives = Гроші щомісяця від INPS після того, як робота закінчилася. Заяву треба подати протягом 68 днів.
svc-unemployment-benefit-for = Для тих, хто втратив роботу не з власної волі.

svc-job-centre = Центр зайнятості (Centro per l'impiego)
svc-job-centre-gives = Допомога в пошуку роботи, безкоштовні курси і реєстрація як безробітного.
svc-job-centre-for = Для тих, хто шукає роботу.

svc-energy-bonus = Соціальний бонус на світло, газ і воду (bonus sociale)
svc-energy-bonus-gives = Знижка на рахунки. Вона надається автоматично, коли ви оформлюєте ISEE.
svc-energy-bonus-for = Для сімей з ISEE до 9 530 євро або до 20 000 євро, якщо в сім’ї щонайменше 4 дитини.

svc-isee-help = Безкоштовно оформити ISEE
svc-isee-help-gives = CAF (центр допомоги з податками) розрахує ваш ISEE безкоштовно. Він потрібен майже для всієї допомоги.
svc-isee-help-for = Для тих, хто ще не має ISEE на цей рік або не знає, чи має його.

svc-food-aid = Допомога продуктами
svc-food-aid-gives = Продуктові набори або картка для соціального магазину (emporio solidale). Навіть одразу.
svc-food-aid-for = Для тих, кому не вистачає їжі.

svc-emergency-grant = Грошова допомога від муніципалітету (contributo economico)
svc-emergency-grant-gives = Одноразова грошова допомога на термінові витрати, наприклад на рахунки або їжу.
svc-emergency-grant-for = Для тих, хто має термінову проблему з грошима. Рішення ухвалює соціальний працівник.

svc-rent-support = Допомога з орендою (contributo per l'affitto)
svc-rent-support-gives = Гроші, щоб оплатити частину оренди. Їх надає муніципалітет разом із регіоном (Regione).
svc-rent-support-for = Для тих, хто винаймає житло і має ISEE до 26 000 євро.

svc-arrears-fund = Фонд для тих, хто не сплатив оренду не з власної вини (morosità incolpevole)
svc-arrears-fund-gives = Гроші, щоб сплатити борг з оренди і зупинити виселення.
svc-arrears-fund-for = Для тих, хто не може платити за оренду, бо втратив роботу або дохід.

svc-social-housing = Соціальне житло (casa popolare, SAP)
svc-social-housing-gives = Житло в оренду за низькою ціною. Заяву подають, коли оголошують прийом заяв (bando).
svc-social-housing-for = Для сімей без власного житла і з ISEE до 16 000 євро.

svc-housing-emergency = Термінова допомога з житлом (emergenza casa)
svc-housing-emergency-gives = Місце, де можна пожити якийсь час, поки ви шукаєте житло.
svc-housing-emergency-for = Для тих, хто от-от втратить житло або не має його.

svc-night-shelter = Місце для ночівлі сьогодні
svc-night-shelter-gives = Ліжко на ніч, душ і їжа. Місце знаходить соціальна служба екстреної допомоги (Pronto Intervento Sociale), навіть уночі.
svc-night-shelter-for = Для тих, у кого сьогодні немає безпечного місця для ночівлі.

svc-family-doctor = Реєстрація в системі охорони здоров’я і сімейний лікар
svc-family-doctor-gives = Безкоштовний сімейний лікар (medico di famiglia) і медична картка (tessera sanitaria).
svc-family-doctor-for = Для тих, хто живе в Італії і ще не має лікаря. Можна також із квитанцією (ricevuta) про продовження посвідки.

svc-stp-code = Код STP для лікування
svc-stp-code-gives = Код, щоб отримати термінову і необхідну медичну допомогу, навіть без посвідки. Ніхто не повідомить про вас у поліцію.
svc-stp-code-for = Для іноземців без дійсної посвідки на проживання (permesso di soggiorno).

svc-home-nursing = Лікування вдома (ADI)
svc-home-nursing-gives = Медсестри і лікарі приходять додому. Потрібне направлення від сімейного лікаря. PUA (єдиний пункт доступу) організовує візит для оцінки.
svc-home-nursing-for = Для тих, хто не може вийти з дому, щоб лікуватися.

svc-mental-health-centre = Центр психічного здоров’я (CPS)
svc-mental-health-centre-gives = Психологи і лікарі, які вислухають і лікують. Це безкоштовно.
svc-mental-health-centre-for = Для дорослих із тривогою, сильним смутком або іншими проблемами з психічним здоров’ям.

svc-addiction-service = Служба допомоги при залежностях (SerD)
svc-addiction-service-gives = Допомога і лікування при залежності від алкоголю, наркотиків або азартних ігор. Це безкоштовно і конфіденційно, навіть без імені.
svc-addiction-service-for = Для людей із залежністю та їхніх родичів.

svc-consultorio = Сімейна консультація (consultorio familiare)
svc-consultorio-gives = Огляди і поради щодо вагітності, контрацепції та жіночого здоров’я. Це безкоштовно.
svc-consultorio-for = Для жінок, пар і молоді.

svc-permit-renewal = Продовження посвідки на проживання (permesso di soggiorno)
svc-permit-renewal-gives = Допомога з підготовкою заяви. Її надсилають із поштовим набором (kit) у відділенні пошти (Poste).
svc-permit-renewal-for = Для тих, у кого строк посвідки закінчується або вже закінчився. Подайте заяву до того, як строк закінчиться.

svc-family-reunification = Возз’єднання сім’ї (ricongiungimento familiare)
svc-family-reunification-gives = Допомога з отриманням дозволу, щоб перевезти до Італії чоловіка чи дружину, дітей або батьків.
svc-family-reunification-for = Для тих, хто має дійсну посвідку, дохід і відповідне житло.

svc-long-term-permit = Довгострокова посвідка (permesso di lungo periodo)
svc-long-term-permit-gives = Посвідка без строку дії. Потрібно скласти іспит з італійської мови рівня A2.
svc-long-term-permit-for = Для тих, хто живе в Італії з посвідкою щонайменше 5 років і має дохід.

svc-italian-course = Безкоштовний курс італійської мови
svc-italian-course-gives = Уроки італійської для дорослих, із сертифікатом наприкінці.
svc-italian-course-for = Для дорослих іноземців, які хочуть вивчити італійську.

svc-migrant-legal-advice = Юридична консультація для іноземців
svc-migrant-legal-advice-gives = Фахівець пояснить, що ви можете зробити щодо посвідки або притулку. Це безкоштовно.
svc-migrant-legal-advice-for = Для тих, хто не має дійсної посвідки або чекає на відповідь на заяву про притулок.

svc-emergency-112 = Номер екстреної допомоги 112
svc-emergency-112-gives = Поліція, карабінери і швидка допомога. Там відповідають завжди, також іншими мовами.
svc-emergency-112-for = Для тих, хто зараз у небезпеці.

svc-helpline-1522 = Номер допомоги при насильстві 1522
svc-helpline-1522-gives = Безкоштовний номер, де відповідають удень і вночі, також іншими мовами. Дзвінок не видно в рахунку за телефон.
svc-helpline-1522-for = Для тих, хто зазнає насильства або боїться, і для тих, хто хоче допомогти.

svc-anti-violence-centre = Центр протидії насильству (centro antiviolenza)
svc-anti-violence-centre-gives = Досвідчені жінки вислухають і допоможуть. Це безкоштовно і таємно. Ви самі вирішуєте, що робити.
svc-anti-violence-centre-for = Для жінок, які зазнають насильства, навіть без заяви в поліцію.

svc-safe-house = Безпечний притулок (casa rifugio)
svc-safe-house-gives = Безпечне і таємне місце, де можна жити, також із дітьми.
svc-safe-house-for = Для тих, хто мусить піти з дому, щоб бути в безпеці.

svc-children-protection = Підтримка для дітей
svc-children-protection-gives = Допомога дітям, які бачать насильство вдома або переживають його.
svc-children-protection-for = Для сімей, де насильство зачіпає дітей.

svc-free-lawyer = Безкоштовний адвокат
svc-free-lawyer-gives = Адвокат, якому платить держава, незалежно від вашого доходу.
svc-free-lawyer-for = Для тих, хто зазнає насильства в сім’ї або переслідування (stalking). Центр протидії насильству допоможе його знайти.

svc-universal-benefit = Універсальна виплата (Prestazione universale)
svc-universal-benefit-gives = Додатково 850 євро на місяць, окрім допомоги на супровід, щоб платити тому, хто доглядає вдома.
svc-universal-benefit-for = Для людей віком щонайменше 80 років, з допомогою на супровід (accompagnamento) і ISEE до 6 000 євро.

svc-social-pension = Соціальна допомога (Assegno sociale)
svc-social-pension-gives = Гроші щомісяця від INPS для тих, хто має мало або нічого на життя.
svc-social-pension-for = Для людей віком щонайменше 67 років з малими доходами. Потрібно 10 років проживання в Італії.

svc-residential-care = Будинки догляду (RSA) і тимчасове перебування для відпочинку сім’ї (ricoveri di sollievo)
svc-residential-care-gives = Місце в закладі з доглядом, назавжди або на кілька тижнів, щоб сім’я могла відпочити.
svc-residential-care-for = Для тих, хто вже не може жити вдома сам. Заява проходить через PUA (єдиний пункт доступу), який проводить оцінку.

svc-care-worker-help = Допомога в пошуку доглядальниці (badante)
svc-care-worker-help-gives = Офіс допоможе вам знайти хорошу доглядальницю і укласти договір.
svc-care-worker-help-for = Для сімей, які шукають когось, хто доглядатиме вдома літню людину.

svc-measure-b1 = Захід B1 (Misura B1) — дуже тяжка інвалідність
svc-measure-b1-gives = Гроші щомісяця і план догляду для тих, хто доглядає вдома людину з дуже тяжкою інвалідністю.
svc-measure-b1-for = Для людей з допомогою на супровід (accompagnamento), яким потрібен догляд удень і вночі. Оцінку проводить місцева служба охорони здоров’я (Azienda sanitaria).

svc-support-administrator = Адміністратор підтримки (amministratore di sostegno)
svc-support-administrator-gives = Суддя призначає людину, часто когось із родини, яка допомагає розпоряджатися грошима і документами. Адвокат не потрібен.
svc-support-administrator-for = Для тих, хто вже не може сам розпоряджатися грошима і справами.

svc-ticket-exemption = Звільнення від доплати за медичні послуги (esenzione dal ticket)
svc-ticket-exemption-gives = Ви не платите доплату (ticket) за прийоми в лікаря та обстеження.
svc-ticket-exemption-for = Для дітей до 6 років і людей від 65 років, із доходом сім’ї до 36 152 євро. Також для безробітних або тих, хто отримує мінімальну пенсію, з низьким доходом.

svc-attendance-frequency = Допомога для дітей, які відвідують школу або терапію (indennità di frequenza)
svc-attendance-frequency-gives = Гроші щомісяця від INPS у ті місяці, коли дитина ходить до школи або на терапію.
svc-attendance-frequency-for = Для неповнолітніх із тривалими труднощами, які ходять до школи або на терапію.

svc-uonpia = Дитяча нейропсихіатрія (UONPIA)
svc-uonpia-gives = Лікарі й терапевти для дітей і підлітків із труднощами в розвитку, поведінці або настрої. Це безкоштовно.
svc-uonpia-for = Для дітей і підлітків до 17 років.

svc-maternity-allowance = Допомога по материнству від муніципалітету (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Гроші для мами, яка не має іншої допомоги по материнству або має її мало. Заяву треба подати до муніципалітету протягом 6 місяців після народження.
svc-maternity-allowance-for = Для мам з ISEE до 20 382 євро. Людям із країн поза Європейським Союзом потрібна довгострокова посвідка (permesso di lungo periodo) або захист (protezione).

svc-dedicated-card = Продуктова картка (Carta Dedicata a te)
svc-dedicated-card-gives = Картка з грошима на купівлю продуктів. Заяву не подають: муніципалітет сам обирає сім’ї зі списків INPS.
svc-dedicated-card-for = Для сімей щонайменше з 3 осіб, з ISEE до 15 000 євро і без іншої допомоги, як-от ADI.

svc-over-indebtedness = Допомога з боргами (sovraindebitamento)
svc-over-indebtedness-gives = Фахівець допомагає скласти план, щоб сплатити борги, наскільки це можливо. Іноді суддя скасовує частину боргів.
svc-over-indebtedness-for = Для тих, хто має борги, які вже не може сплатити.

svc-registered-residence = Реєстрація місця проживання в муніципалітеті (residenza)
svc-registered-residence-gives = Запис у реєстрі населення муніципалітету (anagrafe). Людина без житла може мати реєстрацію за адресою, яку визначає муніципалітет.
svc-registered-residence-for = Для тих, хто живе в муніципалітеті і ще не має там реєстрації. Без реєстрації багато допомоги отримати неможливо.

svc-psychologist-bonus = Бонус на психолога (bonus psicologo)
svc-psychologist-bonus-gives = Гроші, щоб оплатити кілька сеансів у психолога. Заяву подають, коли оголошують прийом заяв (bando).
svc-psychologist-bonus-for = Для тих, хто має тривогу, смуток або стрес, з ISEE до 50 000 євро.

svc-italian-citizenship = Італійське громадянство (cittadinanza italiana)
svc-italian-citizenship-gives = Допомога з поданням заяви, щоб стати громадянином Італії.
svc-italian-citizenship-for = Для тих, хто має реєстрацію (residenza) в Італії 10 років; для біженців — 5 років; для громадян Європейського Союзу — 4 роки. Потрібна італійська мова рівня B1.

svc-freedom-income = Дохід свободи (Reddito di libertà)
svc-freedom-income-gives = До 500 євро на місяць протягом року, щоб знову почати самостійне життя.
svc-freedom-income-for = Для жінок, які виходять із ситуації насильства. Їх супроводжує центр протидії насильству разом із муніципалітетом.

svc-violence-permit = Посвідка на проживання (permesso di soggiorno) для тих, хто зазнає насильства
svc-violence-permit-gives = Посвідка, яка не залежить від партнера. Вона захищає тих, хто подає заяву в поліцію або просить допомоги в центрі протидії насильству.
svc-violence-permit-for = Для іноземців, які зазнають насильства в сім’ї.

svc-food-aid-urgent = Уже сьогодні: ідіть до Caritas або до соціального офісу (Sportello Sociale). Вам дадуть їжу навіть без документів.
svc-night-shelter-urgent = Сьогодні вночі: зателефонуйте в соціальну службу екстреної допомоги муніципалітету (Pronto Intervento Sociale), там відповідають і вночі. Або прийдіть сьогодні до соціального офісу (Sportello Sociale).
svc-emergency-112-urgent = Якщо ви в небезпеці зараз: телефонуйте 112. Там відповідають завжди, також іншими мовами.
svc-helpline-1522-urgent = Телефонуйте 1522: це безкоштовно, там відповідають удень і вночі, також іншими мовами. Можна також написати в чат.
svc-anti-violence-centre-urgent = Центр протидії насильству (centro antiviolenza) вислухає і допоможе, навіть без заяви в поліцію. Номер 1522 допоможе з ним зв’язатися.
svc-safe-house-urgent = Якщо ви не можете залишатися вдома, 1522 і центр протидії насильству знайдуть безпечне місце навіть сьогодні.

rule-needs-personal-care = Потрібна допомога, щоб митися, прибирати вдома або пересуватися.
rule-cannot-cook = Потрібна допомога з приготуванням їжі.
rule-lives-alone = Це для тих, хто живе сам.
rule-may-need-quick-help = Це для тих, кому може знадобитися негайна допомога.
rule-invalidity-not-recognised = Це для тих, у кого ще немає визнаної інвалідності.
rule-over-65 = Це для людей віком від 65 років.
rule-needs-care-during-day = Потрібен догляд протягом дня.
rule-law-104-not-recognised = Це для тих, хто ще не має визнання за Законом 104 (Legge 104).
rule-hard-to-move-around = Це для тих, кому важко пересуватися або паркуватися.
rule-needs-transport = Це для тих, кому потрібен транспорт.
rule-wants-work = Це для тих, хто шукає роботу.
rule-working-age = Це для людей від 16 до 66 років.
rule-needs-school-support = Це для тих, кому потрібна допомога в школі.
rule-school-age = Це для людей від 3 до 20 років.
rule-needs-daily-care = Це для тих, кому щодня потрібен догляд.
rule-adult = Це для людей віком від 18 років.
rule-age-18-to-66 = Це для людей від 18 до 66 років.
rule-has-children-or-expecting = Це для тих, хто має дітей або чекає на дитину.
rule-child-under-3 = Це для тих, хто має дитину до 3 років.
rule-needs-childcare = Це для тих, кому потрібно, щоб хтось доглядав дітей.
rule-isee-up-to-15748 = Потрібен ISEE до 15 748 євро.
rule-parenting-or-expecting = Це для батьків, які хочуть підтримки, і для тих, хто чекає на дитину.
rule-isee-up-to-40000 = Потрібен ISEE до 40 000 євро.
rule-household-with-minor-disabled-or-over-60 = У сім’ї має бути неповнолітня дитина, людина з інвалідністю або людина віком понад 60 років.
rule-isee-up-to-10140 = Потрібен ISEE до 10 140 євро.
rule-age-18-to-59 = Це для людей від 18 до 59 років.
rule-without-work = Це для тих, хто не працює.
rule-lost-job = Це для тих, хто втратив роботу.
rule-not-by-choice = Робота мала закінчитися не з власної волі.
rule-age-16-to-66 = Це для людей від 16 до 66 років.
rule-no-isee-yet = Це для тих, хто ще не має ISEE.
rule-not-enough-food = Це для тих, кому не вистачає їжі.
rule-cannot-pay-basics = Це для тих, хто не може заплатити за їжу або рахунки.
rule-pays-rent = Це для тих, хто винаймає житло.
rule-isee-up-to-26000 = Потрібен ISEE до 26 000 євро.
rule-no-own-home = Це для тих, хто не має власного житла.
rule-isee-up-to-16000 = Потрібен ISEE до 16 000 євро.
rule-losing-home = Це для тих, хто от-от втратить житло або не має його.
rule-nowhere-to-sleep = Це для тих, кому сьогодні ніде ночувати.
rule-no-family-doctor = Це для тих, хто не має сімейного лікаря.
rule-can-register-with-health-service = Потрібне громадянство країни Європейського Союзу або дійсна посвідка.
rule-without-valid-permit = Це для тих, хто не має дійсної посвідки.
rule-needs-care-at-home = Це для тих, кому потрібне лікування вдома.
rule-mental-health = Це для тих, хто має проблеми з психічним здоров’ям.
rule-addiction = Це для тих, хто має залежність.
rule-pregnancy-or-family-health = Це щодо вагітності та жіночого здоров’я.
rule-permit-expiring-or-expired = Це для тих, у кого строк посвідки закінчується або вже закінчився.
rule-family-abroad = Це для тих, хто хоче перевезти сім’ю до Італії.
rule-valid-permit = Потрібна дійсна посвідка.
rule-five-years-in-italy = Потрібно щонайменше 5 років в Італії.
rule-learning-italian = Це для тих, хто хоче вивчити італійську.
rule-without-valid-permit-or-asylum = Це для тих, хто не має дійсної посвідки або подав заяву про притулок.
rule-in-danger-now = Це для тих, хто зараз у небезпеці.
rule-no-safe-place = Це для тих, кому нема куди піти в безпечне місце.
rule-children-involved = Це для тих, чиїх дітей зачіпає насильство.
rule-resident-here = Потрібна реєстрація місця проживання (residenza) в муніципалітеті.
rule-permit-for-municipal-services = Людям із країн поза Європейським Союзом потрібна посвідка. Квитанція (ricevuta) про продовження теж підходить.
rule-needs-constant-care = Це для тих, кому потрібно, щоб хтось завжди був поруч.
rule-invalidity-100-or-pending = Потрібна інвалідність 100%, навіть якщо заява ще розглядається.
rule-over-80 = Це для людей віком від 80 років.
rule-has-attendance-allowance = Потрібна допомога на супровід (indennità di accompagnamento).
rule-isee-up-to-6000 = Потрібен ISEE до 6 000 євро.
rule-age-67-or-more = Це для людей віком від 67 років.
rule-income-up-to-583-a-month = Дохід має бути не більше приблизно 583 євро на місяць.
rule-ten-years-in-italy = Потрібно щонайменше 10 років в Італії.
rule-permit-for-social-pension = Людям із країн поза Європейським Союзом потрібна довгострокова посвідка (permesso di lungo periodo) або захист.
rule-severe-disability = Потрібна допомога на супровід (accompagnamento) або тяжкий ступінь за Законом 104 (Legge 104).
rule-has-carer = Потрібно, щоб удома доглядав член сім’ї або доглядальниця (badante).
rule-cannot-manage-money = Це для тих, хто не може без допомоги розпоряджатися грошима і документами.
rule-under-6-or-over-65 = Це для дітей до 6 років і для людей віком від 65 років.
rule-invalidity-46-or-more = Потрібна інвалідність від 46% і більше.
rule-minor = Це для тих, кому менше 18 років.
rule-needs-school-or-care = Це для тих, кому потрібна допомога в школі або щоденний догляд.
rule-no-attendance-allowance = Її не можна отримувати разом із допомогою на супровід (accompagnamento).
rule-invalidity-74-or-more = Потрібна інвалідність від 74% і більше.
rule-child-mind-or-development = Це при труднощах у розвитку, у школі або з настроєм.
rule-child-at-secondary-school = Це для тих, чия дитина навчається в середній або старшій школі.
rule-child-3-to-13 = Це для тих, хто має дитину від 3 до 13 років.
rule-baby-born-recently = Це для дитини, яка нещодавно народилася або була усиновлена.
rule-isee-up-to-20382 = Потрібен ISEE до 20 382 євро.
rule-permit-for-inclusion = Людям із країн поза Європейським Союзом потрібна довгострокова посвідка (permesso di lungo periodo) або захист.
rule-isee-for-energy-bonus = Потрібен ISEE до 9 530 євро або до 20 000 євро, якщо в сім’ї щонайменше 4 дитини.
rule-isee-up-to-15000 = Потрібен ISEE до 15 000 євро.
rule-household-of-3-or-more = Це для сімей щонайменше з 3 осіб.
rule-cannot-repay-debts = Це для тих, хто має борги, які не може сплатити.
rule-not-resident = Це для тих, хто ще не має реєстрації місця проживання (residenza) в муніципалітеті.
rule-isee-up-to-50000 = Потрібен ISEE до 50 000 євро.
rule-valid-permit-not-long-term = Потрібна дійсна посвідка, але не довгострокова.
rule-years-for-citizenship = Потрібно 10 років реєстрації (residenza) в Італії. Біженцям достатньо 5 років, громадянам Європейського Союзу — 4.
rule-needs-money-to-leave = Це для тих, кому потрібні гроші, щоб жити самостійно.
rule-not-eu-citizen = Це для тих, хто з країни поза Європейським Союзом.
rule-isee-for-b2 = Потрібен ISEE до 25 000 євро або до 40 000 євро, якщо йдеться про неповнолітню дитину.
rule-has-eviction-notice = Це для тих, хто отримав документ про виселення (sfratto), бо не може платити.
rule-permit-for-family-benefits = Людям із країн поза Європейським Союзом потрібна посвідка, яка дозволяє працювати.
rule-income-for-ticket = Дохід має бути не більше приблизно 2 780 євро на місяць.
rule-age-17-or-more = Це для людей віком від 17 років.

# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Социальная служба муниципалитета (Sportello Sociale)
provider-pua = Единый пункт доступа (PUA, Porta Unica di Accesso)
provider-inps = INPS (государственный институт социального обеспечения), в том числе через CAF или patronato
provider-caf-patronato = CAF или patronato (бесплатные пункты помощи с документами)
provider-centro-impiego = Центр занятости (Centro per l'impiego)
provider-sportello-stranieri = Служба для иностранцев (Sportello Stranieri)
provider-centro-antiviolenza = Кризисный центр для пострадавших от насилия (centro antiviolenza)
provider-asst = Местная служба здравоохранения (Azienda sanitaria, ASST)
provider-caritas = Caritas и продовольственный банк (banco alimentare)
provider-ufficio-scuola = Школьный отдел муниципалитета (Ufficio scuola del Comune)
provider-cpia = Школа для взрослых (CPIA)
provider-comune = Отделы муниципалитета (Comune)
provider-emergency = Номера экстренных служб

time-now = Сразу
time-days = Несколько дней
time-weeks = Несколько недель
time-months = Несколько месяцев
time-call = Когда муниципалитет объявит приём заявлений (bando), обычно раз в год

svc-first-listening = Первая беседа в социальной службе (Sportello Sociale)
svc-first-listening-gives = Встреча, на которой вы рассказываете о своей ситуации. Вас выслушают, объяснят ваши права и скажут, куда обратиться. Это бесплатно.
svc-first-listening-for = Для всех, в том числе для тех, кто не знает, с чего начать.

svc-social-worker = Приём у социального работника (assistente sociale)
svc-social-worker-gives = Социальный работник знакомится с вашей ситуацией и вместе с вами составляет план помощи.
svc-social-worker-for = Для тех, кто в трудной ситуации и кому нужно сразу несколько видов помощи.

svc-home-care = Помощь на дому (SAD)
svc-home-care-gives = К вам домой приходит помощник по уходу. Он помогает мыться, одеваться и поддерживать чистоту в доме.
svc-home-care-for = Для тех, кто больше не может сам справляться с повседневными делами.

svc-meals-at-home = Питание на дому
svc-meals-at-home-gives = Горячая еда, которую каждый день привозят домой. Цена зависит от ISEE.
svc-meals-at-home-for = Для тех, кто больше не может сам готовить.

svc-telecare = Тревожная кнопка (telesoccorso)
svc-telecare-gives = Небольшое устройство с одной кнопкой. Если её нажать, диспетчер ответит днём и ночью и пришлёт помощь.
svc-telecare-for = Для тех, кто живёт один и кому может срочно понадобиться помощь.

svc-civil-invalidity = Заявление на гражданскую инвалидность (invalidità civile)
svc-civil-invalidity-gives = Признание того, что болезнь ограничивает жизнь. Оно открывает путь к другой помощи и к деньгам.
svc-civil-invalidity-for = Для тех, у кого болезнь ограничивает повседневную жизнь. Первый шаг — справка от семейного врача (medico di famiglia).

svc-attendance-allowance = Пособие по уходу (indennità di accompagnamento)
svc-attendance-allowance-gives = Деньги каждый месяц от INPS, чтобы платить тому, кто помогает. Не зависит от дохода.
svc-attendance-allowance-for = Для людей с инвалидностью 100%, которым нужна постоянная помощь. Его просят с новой справкой от врача.

svc-day-centre = Дневной центр для пожилых (centro diurno)
svc-day-centre-gives = Место, где можно провести день. Там есть уход, еда и занятия. Вечером человек возвращается домой.
svc-day-centre-for = Для пожилых людей, которым днём нужен уход. Заявление идёт через Единый пункт доступа (PUA).

svc-carer-allowance = Помощь тем, кто ухаживает за родственником (Misura B2)
svc-carer-allowance-gives = Деньги от области (Regione) для тех, кто дома ухаживает за человеком, который не может жить самостоятельно.
svc-carer-allowance-for = Для тех, кто получает пособие по уходу (accompagnamento) или имеет тяжёлую форму по Закону 104 (Legge 104), и за кем дома ухаживает родственник или сиделка (badante) по договору. Заявление идёт через Единый пункт доступа (PUA).

svc-law-104-recognition = Заявление по Закону 104 (Legge 104)
svc-law-104-recognition-gives = Признание инвалидности. Даёт отгулы на работе и другую помощь.
svc-law-104-recognition-for = Для людей с инвалидностью и их родственников.

svc-disabled-parking = Разрешение на парковку для людей с инвалидностью (contrassegno)
svc-disabled-parking-gives = Карточка для машины. С ней можно парковаться на местах для людей с инвалидностью.
svc-disabled-parking-for = Для тех, кто ходит с большим трудом или не видит.

svc-social-transport = Социальный транспорт
svc-social-transport-gives = Машина или микроавтобус отвозит к врачу, на процедуры или в дневной центр.
svc-social-transport-for = Для тех, кто не может сам ездить на общественном транспорте.

svc-targeted-employment = Трудоустройство людей с инвалидностью (collocamento mirato)
svc-targeted-employment-gives = Помощь в поиске подходящей работы. Компании обязаны брать на работу людей с инвалидностью.
svc-targeted-employment-for = Для людей с инвалидностью от 46% и выше, которые ищут работу.

svc-school-assistant = Помощник в школе
svc-school-assistant-gives = Педагог помогает в школе ребёнку или подростку с инвалидностью.
svc-school-assistant-for = Для учеников с инвалидностью. От детского сада до старшей школы.

svc-disability-day-centre = Дневной центр для людей с инвалидностью
svc-disability-day-centre-gives = Место, где можно провести день, с занятиями и уходом. Вечером человек возвращается домой.
svc-disability-day-centre-for = Для взрослых с инвалидностью, которым нужен ежедневный уход. Заявление идёт через Единый пункт доступа (PUA).

svc-invalidity-pension = Пособие или пенсия по инвалидности (assegno o pensione di invalidità)
svc-invalidity-pension-gives = Деньги каждый месяц от INPS: пособие при инвалидности от 74%, пенсия при 100%.
svc-invalidity-pension-for = Для людей от 18 до 66 лет с инвалидностью от 74% и выше и низким доходом.

svc-child-benefit = Единое пособие на детей (Assegno Unico)
svc-child-benefit-gives = Деньги каждый месяц на каждого ребёнка, с седьмого месяца беременности до 21 года. С ISEE сумма больше.
svc-child-benefit-for = Для всех семей с детьми.

svc-nursery-bonus = Бонус на ясли (bonus asilo nido)
svc-nursery-bonus-gives = Деньги от INPS, чтобы платить за ясли или за помощь дома с маленькими детьми.
svc-nursery-bonus-for = Для семей с детьми младше 3 лет. При низком ISEE сумма больше.

svc-municipal-nursery = Муниципальные ясли (asilo nido del Comune)
svc-municipal-nursery-gives = Место в яслях. Если ISEE низкий, плата меньше.
svc-municipal-nursery-for = Для семей с детьми младше 3 лет.

svc-school-grant = Школьная помощь на учебники (Dote Scuola)
svc-school-grant-gives = Сертификат от области (Regione) на покупку учебников и школьных принадлежностей.
svc-school-grant-for = Для учеников средней и старшей школы, с ISEE до 15 748 евро.

svc-school-meals-discount = Скидка на школьное питание и школьный транспорт
svc-school-meals-discount-gives = Муниципалитет снижает плату за школьную столовую и школьный автобус.
svc-school-meals-discount-for = Для семей с детьми в детском саду, в начальной или средней школе. Если ISEE низкий, плата меньше.

svc-family-centre = Семейный центр (Centro per la famiglia)
svc-family-centre-gives = Встречи и советы для родителей, в том числе во время беременности. Это бесплатно.
svc-family-centre-for = Для мам, пап и тех, кто ждёт ребёнка.

svc-birth-bonus = Бонус при рождении ребёнка (bonus nuovi nati)
svc-birth-bonus-gives = 1 000 евро на каждого рождённого или усыновлённого ребёнка. Заявление нужно подать в течение 120 дней после рождения.
svc-birth-bonus-for = Для детей, рождённых или усыновлённых с 2025 года, в семьях с ISEE до 40 000 евро.

svc-inclusion-allowance = Пособие по социальной интеграции (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = Деньги каждый месяц и программа вместе с социальными службами, чтобы выйти из бедности.
svc-inclusion-allowance-for = Для семей с ISEE до 10 140 евро, в которых есть несовершеннолетний, человек с инвалидностью или человек старше 60 лет. Нужно прожить в Италии 5 лет. Людям из стран за пределами Европейского союза нужен долгосрочный вид на жительство (permesso di soggiorno di lungo periodo) или международная защита.

svc-training-support = Поддержка в обучении и работе (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 евро в месяц, пока вы проходите курс или участвуете в проекте по трудоустройству.
svc-training-support-for = Для людей от 18 до 59 лет без работы, с ISEE до 10 140 евро. Правила о годах в Италии и о виде на жительство такие же, как для ADI.

svc-unemployment-benefit = NASpI (пособие по безработице)
svc-unemployment-benefit-gives = Деньги каждый месяц от INPS после окончания работы. Заявление нужно подать в течение 68 дней.
svc-unemployment-benefit-for = Для тех, кто потерял работу не по своему желанию.

svc-job-centre = Центр занятости (Centro per l'impiego)
svc-job-centre-gives = Помощь в поиске работы, бесплатные курсы и постановка на учёт как безработного.
svc-job-centre-for = Для тех, кто ищет работу.

svc-energy-bonus = Социальный бонус на электричество, газ и воду (bonus sociale)
svc-energy-bonus-gives = Скидка на счета. Она даётся сама, когда вы делаете ISEE.
svc-energy-bonus-for = Для семей с ISEE до 9 530 евро или до 20 000 евро, если в семье минимум 4 ребёнка.

svc-isee-help = Бесплатно сделать ISEE
svc-isee-help-gives = CAF (бесплатный пункт помощи с документами) рассчитает ваш ISEE бесплатно. ISEE нужен почти для любой помощи.
svc-isee-help-for = Для тех, у кого ещё нет ISEE на этот год или кто не знает, есть ли он.

svc-food-aid = Помощь продуктами
svc-food-aid-gives = Продуктовые наборы или карточка для социального магазина (emporio solidale). Можно и сразу.
svc-food-aid-for = Для тех, кому не хватает еды.

svc-emergency-grant = Денежная помощь от муниципалитета (contributo economico)
svc-emergency-grant-gives = Разовая денежная помощь на срочные расходы, например на счета или еду.
svc-emergency-grant-for = Для тех, у кого срочная проблема с деньгами. Решение принимает социальный работник.

svc-rent-support = Помощь на оплату аренды (contributo per l'affitto)
svc-rent-support-gives = Деньги, чтобы оплатить часть аренды. Их даёт муниципалитет вместе с областью (Regione).
svc-rent-support-for = Для тех, кто платит за аренду и имеет ISEE до 26 000 евро.

svc-arrears-fund = Фонд для неоплаченной аренды (morosità incolpevole)
svc-arrears-fund-gives = Деньги, чтобы погасить долг по аренде и остановить выселение.
svc-arrears-fund-for = Для тех, кто не может платить за аренду, потому что потерял работу или доход.

svc-social-housing = Социальное жильё (casa popolare, SAP)
svc-social-housing-gives = Жильё в аренду по низкой цене. Заявление подают, когда объявлен приём заявлений (bando).
svc-social-housing-for = Для семей без собственного жилья и с ISEE до 16 000 евро.

svc-housing-emergency = Срочная помощь с жильём (emergenza casa)
svc-housing-emergency-gives = Место, где можно пожить какое-то время, пока ищете жильё.
svc-housing-emergency-for = Для тех, кто вот-вот потеряет жильё или у кого его нет.

svc-night-shelter = Место для ночлега сегодня
svc-night-shelter-gives = Кровать на ночь, душ и еда. Место находит экстренная социальная служба (Pronto Intervento Sociale), в том числе ночью.
svc-night-shelter-for = Для тех, у кого сегодня ночью нет безопасного места для сна.

svc-family-doctor = Запись в систему здравоохранения и выбор семейного врача
svc-family-doctor-gives = Бесплатный семейный врач (medico di famiglia) и медицинская карточка (tessera sanitaria).
svc-family-doctor-for = Для тех, кто живёт в Италии и у кого ещё нет врача. Можно и с квитанцией о продлении вида на жительство (permesso di soggiorno).

svc-stp-code = Код STP для лечения
svc-stp-code-gives = Код, чтобы получать срочное и необходимое лечение, даже без вида на жительство (permesso di soggiorno). Никто не сообщит о вас в полицию.
svc-stp-code-for = Для иностранцев без действующего вида на жительство (permesso di soggiorno).

svc-home-nursing = Лечение на дому (ADI)
svc-home-nursing-gives = Медсёстры и врачи приходят домой. Нужно направление от семейного врача. Единый пункт доступа (PUA) организует визит для оценки.
svc-home-nursing-for = Для тех, кто не может выйти из дома, чтобы лечиться.

svc-mental-health-centre = Центр психического здоровья (CPS)
svc-mental-health-centre-gives = Психологи и врачи, которые выслушают и помогут вылечиться. Это бесплатно.
svc-mental-health-centre-for = Для взрослых с тревогой, сильной грустью или другими проблемами с психикой.

svc-addiction-service = Служба помощи при зависимостях (SerD)
svc-addiction-service-gives = Помощь и лечение при зависимости от алкоголя, наркотиков или азартных игр. Это бесплатно и конфиденциально, можно даже без имени.
svc-addiction-service-for = Для людей с зависимостью и их родственников.

svc-consultorio = Семейная консультация (consultorio familiare)
svc-consultorio-gives = Приём и советы о беременности, контрацепции и женском здоровье. Это бесплатно.
svc-consultorio-for = Для женщин, пар и молодёжи.

svc-permit-renewal = Продление вида на жительство (rinnovo del permesso di soggiorno)
svc-permit-renewal-gives = Помощь в подготовке заявления. Его отправляют с набором документов (kit) с почты (Poste).
svc-permit-renewal-for = Для тех, у кого вид на жительство скоро закончится или уже закончился. Подайте заявление до окончания срока.

svc-family-reunification = Воссоединение семьи (ricongiungimento familiare)
svc-family-reunification-gives = Помощь в получении разрешения, чтобы привезти в Италию супруга, детей или родителей.
svc-family-reunification-for = Для тех, у кого есть действующий вид на жительство (permesso di soggiorno), доход и подходящее жильё.

svc-long-term-permit = Долгосрочный вид на жительство (permesso di lungo periodo)
svc-long-term-permit-gives = Вид на жительство, срок которого не истекает. Нужно сдать экзамен по итальянскому языку уровня A2.
svc-long-term-permit-for = Для тех, кто живёт в Италии с видом на жительство не меньше 5 лет и имеет доход.

svc-italian-course = Бесплатный курс итальянского языка
svc-italian-course-gives = Уроки итальянского для взрослых, в конце — сертификат.
svc-italian-course-for = Для взрослых иностранцев, которые хотят выучить итальянский.

svc-migrant-legal-advice = Юридическая консультация для иностранцев
svc-migrant-legal-advice-gives = Специалист объяснит, что вы можете сделать, чтобы получить вид на жительство (permesso di soggiorno) или убежище. Это бесплатно.
svc-migrant-legal-advice-for = Для тех, у кого нет действующего вида на жительство или кто ждёт ответа на прошение об убежище.

svc-emergency-112 = Номер экстренных служб 112
svc-emergency-112-gives = Полиция, карабинеры (carabinieri) и скорая помощь. Отвечают всегда, в том числе на других языках.
svc-emergency-112-for = Для тех, кому грозит опасность прямо сейчас.

svc-helpline-1522 = Телефон помощи при насилии 1522
svc-helpline-1522-gives = Бесплатный номер, где отвечают днём и ночью, в том числе на других языках. Звонок не виден в счёте за телефон.
svc-helpline-1522-for = Для тех, кто страдает от насилия или боится, и для тех, кто хочет помочь.

svc-anti-violence-centre = Кризисный центр для пострадавших от насилия (centro antiviolenza)
svc-anti-violence-centre-gives = Женщины-специалисты выслушают и помогут. Это бесплатно и тайно. Что делать, решаете вы.
svc-anti-violence-centre-for = Для женщин, которые страдают от насилия, даже если они не подавали заявление в полицию.

svc-safe-house = Убежище (casa rifugio)
svc-safe-house-gives = Безопасное и тайное место, где можно жить, в том числе с детьми.
svc-safe-house-for = Для тех, кому нужно уйти из дома, чтобы быть в безопасности.

svc-children-protection = Поддержка для детей
svc-children-protection-gives = Помощь детям, которые видят насилие дома или сами от него страдают.
svc-children-protection-for = Для семей, где это касается детей.

svc-free-lawyer = Бесплатный адвокат
svc-free-lawyer-gives = Адвокат, которому платит государство, при любом доходе.
svc-free-lawyer-for = Для тех, кто страдает от насилия в семье или от преследования (stalking). Кризисный центр помогает его найти.

svc-universal-benefit = Универсальная выплата (Prestazione universale)
svc-universal-benefit-gives = Ещё 850 евро в месяц, сверх пособия по уходу (accompagnamento), чтобы платить тому, кто ухаживает дома.
svc-universal-benefit-for = Для людей от 80 лет, которые получают пособие по уходу и имеют ISEE до 6 000 евро.

svc-social-pension = Социальное пособие (Assegno sociale)
svc-social-pension-gives = Деньги каждый месяц от INPS для тех, у кого мало денег на жизнь или их нет совсем.
svc-social-pension-for = Для людей от 67 лет с небольшим доходом. Нужно прожить в Италии 10 лет.

svc-residential-care = Дома престарелых и временное размещение (RSA, ricoveri di sollievo)
svc-residential-care-gives = Место в учреждении с уходом, навсегда или на несколько недель, чтобы семья могла отдохнуть.
svc-residential-care-for = Для тех, кто больше не может жить дома один. Заявление идёт через Единый пункт доступа (PUA), там проводят оценку.

svc-care-worker-help = Помощь в поиске сиделки (badante)
svc-care-worker-help-gives = Офис поможет найти хорошую сиделку и оформить договор.
svc-care-worker-help-for = Для семей, которые ищут человека для ухода за пожилым человеком дома.

svc-measure-b1 = Помощь при очень тяжёлой инвалидности (Misura B1)
svc-measure-b1-gives = Деньги каждый месяц и план ухода для тех, кто дома ухаживает за человеком с очень тяжёлой инвалидностью.
svc-measure-b1-for = Для тех, кто получает пособие по уходу (accompagnamento) и кому нужен уход днём и ночью. Оценку проводит местная служба здравоохранения (Azienda sanitaria).

svc-support-administrator = Помощник по решению суда (amministratore di sostegno)
svc-support-administrator-gives = Судья назначает человека, часто родственника, который помогает вести дела с деньгами и бумагами. Адвокат не нужен.
svc-support-administrator-for = Для тех, кто больше не может сам справляться с деньгами и документами.

svc-ticket-exemption = Освобождение от доплаты за медицину (esenzione dal ticket)
svc-ticket-exemption-gives = Вы не платите доплату (ticket) за приём у врача и анализы.
svc-ticket-exemption-for = Для детей младше 6 лет и людей от 65 лет, если доход семьи до 36 152 евро. А также для безработных или тех, кто получает минимальную пенсию, с низким доходом.

svc-attendance-frequency = Пособие для детей, которые учатся или лечатся (indennità di frequenza)
svc-attendance-frequency-gives = Деньги каждый месяц от INPS в те месяцы, когда ребёнок ходит в школу или на процедуры.
svc-attendance-frequency-for = Для несовершеннолетних с долгосрочными трудностями, которые ходят в школу или на лечение.

svc-uonpia = Детская неврология и психиатрия (UONPIA)
svc-uonpia-gives = Врачи и терапевты для детей и подростков с трудностями в развитии, поведении или настроении. Это бесплатно.
svc-uonpia-for = Для детей и подростков до 17 лет.

svc-maternity-allowance = Пособие по материнству от муниципалитета (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Деньги для мамы, у которой нет других пособий по материнству или они маленькие. Заявление нужно подать в муниципалитет в течение 6 месяцев после рождения.
svc-maternity-allowance-for = Для мам с ISEE до 20 382 евро. Людям из стран за пределами Европейского союза нужен долгосрочный вид на жительство или международная защита.

svc-dedicated-card = Карта на продукты (Carta Dedicata a te)
svc-dedicated-card-gives = Карта с деньгами на покупку продуктов. Заявление не подают: муниципалитет сам выбирает семьи по спискам INPS.
svc-dedicated-card-for = Для семей минимум из 3 человек с ISEE до 15 000 евро и без другой помощи, например ADI.

svc-over-indebtedness = Помощь с долгами (sovraindebitamento)
svc-over-indebtedness-gives = Специалист помогает составить план, чтобы выплачивать долги, насколько это возможно. Иногда судья списывает часть долгов.
svc-over-indebtedness-for = Для тех, у кого есть долги, которые они больше не могут выплачивать.

svc-registered-residence = Регистрация по месту жительства в муниципалитете (residenza)
svc-registered-residence-gives = Запись в реестр населения муниципалитета (anagrafe). Человек без жилья может получить регистрацию по адресу, который даёт муниципалитет.
svc-registered-residence-for = Для тех, кто живёт в муниципалитете и ещё не имеет там регистрации. Без регистрации многие виды помощи получить нельзя.

svc-psychologist-bonus = Бонус на психолога (bonus psicologo)
svc-psychologist-bonus-gives = Деньги, чтобы оплатить несколько встреч с психологом. Заявление подают, когда объявлен приём заявлений (bando).
svc-psychologist-bonus-for = Для тех, у кого тревога, грусть или стресс, с ISEE до 50 000 евро.

svc-italian-citizenship = Итальянское гражданство
svc-italian-citizenship-gives = Помощь в подаче заявления, чтобы стать гражданином Италии.
svc-italian-citizenship-for = Для тех, кто имеет регистрацию по месту жительства (residenza) в Италии 10 лет, беженцы — 5 лет, граждане Европейского союза — 4 года. Нужно знать итальянский на уровне B1.

svc-freedom-income = Доход для свободы (Reddito di libertà)
svc-freedom-income-gives = До 500 евро в месяц в течение года, чтобы снова начать самостоятельную жизнь.
svc-freedom-income-for = Для женщин, которые уходят от насилия. Им помогает кризисный центр вместе с муниципалитетом.

svc-violence-permit = Вид на жительство для пострадавших от насилия
svc-violence-permit-gives = Вид на жительство (permesso di soggiorno), который не зависит от партнёра. Он защищает тех, кто подаёт заявление в полицию или просит помощи в кризисном центре.
svc-violence-permit-for = Для иностранцев, которые страдают от насилия в семье.

svc-food-aid-urgent = Сегодня же: идите в Caritas или в социальную службу (Sportello Sociale). Там дадут еду даже без документов.
svc-night-shelter-urgent = Сегодня ночью: позвоните в экстренную социальную службу муниципалитета (Pronto Intervento Sociale), там отвечают и ночью. Или сегодня сходите в социальную службу (Sportello Sociale).
svc-emergency-112-urgent = Если опасность прямо сейчас: звоните 112. Там отвечают всегда, в том числе на других языках.
svc-helpline-1522-urgent = Звоните 1522: это бесплатно, там отвечают днём и ночью, в том числе на других языках. Можно также написать в чат.
svc-anti-violence-centre-urgent = Кризисный центр для пострадавших от насилия (centro antiviolenza) выслушает и поможет, даже без заявления в полицию. По номеру 1522 вас свяжут с центром.
svc-safe-house-urgent = Если вы не можете оставаться дома, по номеру 1522 и в кризисном центре найдут безопасное место даже сегодня.

rule-needs-personal-care = Нужна помощь, чтобы мыться, убирать дома или передвигаться.
rule-cannot-cook = Нужна помощь, чтобы готовить еду.
rule-lives-alone = Это для тех, кто живёт один.
rule-may-need-quick-help = Это для тех, кому может срочно понадобиться помощь.
rule-invalidity-not-recognised = Это для тех, у кого ещё нет признанной инвалидности.
rule-over-65 = Это для людей от 65 лет.
rule-needs-care-during-day = Нужен уход в течение дня.
rule-law-104-not-recognised = Это для тех, у кого ещё нет признания по Закону 104 (Legge 104).
rule-hard-to-move-around = Это для тех, кому трудно передвигаться или парковаться.
rule-needs-transport = Это для тех, кому нужен транспорт.
rule-wants-work = Это для тех, кто ищет работу.
rule-working-age = Это для людей от 16 до 66 лет.
rule-needs-school-support = Это для тех, кому нужна помощь в школе.
rule-school-age = Это для людей от 3 до 20 лет.
rule-needs-daily-care = Это для тех, кому нужен ежедневный уход.
rule-adult = Это для людей от 18 лет.
rule-age-18-to-66 = Это для людей от 18 до 66 лет.
rule-has-children-or-expecting = Это для тех, у кого есть дети или кто ждёт ребёнка.
rule-child-under-3 = Это для тех, у кого есть ребёнок младше 3 лет.
rule-needs-childcare = Это для тех, кому нужно, чтобы кто-то присматривал за детьми.
rule-isee-up-to-15748 = Нужен ISEE до 15 748 евро.
rule-parenting-or-expecting = Это для родителей, которым нужна помощь, и для тех, кто ждёт ребёнка.
rule-isee-up-to-40000 = Нужен ISEE до 40 000 евро.
rule-household-with-minor-disabled-or-over-60 = В семье должен быть несовершеннолетний, человек с инвалидностью или человек старше 60 лет.
rule-isee-up-to-10140 = Нужен ISEE до 10 140 евро.
rule-age-18-to-59 = Это для людей от 18 до 59 лет.
rule-without-work = Это для тех, кто не работает.
rule-lost-job = Это для тех, кто потерял работу.
rule-not-by-choice = Работа должна была закончиться не по желанию работника.
rule-age-16-to-66 = Это для людей от 16 до 66 лет.
rule-no-isee-yet = Это для тех, у кого ещё нет ISEE.
rule-not-enough-food = Это для тех, кому не хватает еды.
rule-cannot-pay-basics = Это для тех, кто не может оплатить еду или счета.
rule-pays-rent = Это для тех, кто живёт в арендованном жилье.
rule-isee-up-to-26000 = Нужен ISEE до 26 000 евро.
rule-no-own-home = Это для тех, у кого нет собственного жилья.
rule-isee-up-to-16000 = Нужен ISEE до 16 000 евро.
rule-losing-home = Это для тех, кто вот-вот потеряет жильё или у кого его нет.
rule-nowhere-to-sleep = Это для тех, кому негде ночевать сегодня.
rule-no-family-doctor = Это для тех, у кого нет семейного врача.
rule-can-register-with-health-service = Нужно гражданство страны Европейского союза или действующий вид на жительство (permesso di soggiorno).
rule-without-valid-permit = Это для тех, у кого нет действующего вида на жительство (permesso di soggiorno).
rule-needs-care-at-home = Это для тех, кому нужно лечение на дому.
rule-mental-health = Это для тех, у кого проблемы с психикой.
rule-addiction = Это для тех, у кого есть зависимость.
rule-pregnancy-or-family-health = Это для беременности и женского здоровья.
rule-permit-expiring-or-expired = Это для тех, у кого срок вида на жительство скоро закончится или уже закончился.
rule-family-abroad = Это для тех, кто хочет перевезти семью в Италию.
rule-valid-permit = Нужен действующий вид на жительство (permesso di soggiorno).
rule-five-years-in-italy = Нужно прожить в Италии не меньше 5 лет.
rule-learning-italian = Это для тех, кто хочет выучить итальянский.
rule-without-valid-permit-or-asylum = Это для тех, у кого нет действующего вида на жительство или кто попросил убежища.
rule-in-danger-now = Это для тех, кому грозит опасность прямо сейчас.
rule-no-safe-place = Это для тех, у кого нет безопасного места, куда пойти.
rule-children-involved = Это для тех, чьих детей это касается.
rule-resident-here = Нужна регистрация по месту жительства (residenza) в муниципалитете.
rule-permit-for-municipal-services = Людям не из Европейского союза нужен вид на жительство (permesso di soggiorno). Подходит и квитанция о продлении.
rule-needs-constant-care = Это для тех, кому нужно, чтобы кто-то всегда был рядом.
rule-invalidity-100-or-pending = Нужна инвалидность 100%, даже если заявление ещё рассматривают.
rule-over-80 = Это для людей от 80 лет.
rule-has-attendance-allowance = Нужно пособие по уходу (indennità di accompagnamento).
rule-isee-up-to-6000 = Нужен ISEE до 6 000 евро.
rule-age-67-or-more = Это для людей от 67 лет.
rule-income-up-to-583-a-month = Доход должен быть не больше примерно 583 евро в месяц.
rule-ten-years-in-italy = Нужно прожить в Италии не меньше 10 лет.
rule-permit-for-social-pension = Людям из стран за пределами Европейского союза нужен долгосрочный вид на жительство (permesso di lungo periodo) или международная защита.
rule-severe-disability = Нужно пособие по уходу (accompagnamento) или тяжёлая форма по Закону 104 (Legge 104).
rule-has-carer = Нужно, чтобы дома ухаживал родственник или сиделка (badante).
rule-cannot-manage-money = Это для тех, кто не может без помощи справляться с деньгами и бумагами.
rule-under-6-or-over-65 = Это для детей младше 6 лет и для людей от 65 лет.
rule-invalidity-46-or-more = Нужна инвалидность от 46% и выше.
rule-minor = Это для тех, кому меньше 18 лет.
rule-needs-school-or-care = Это для тех, кому нужна помощь в школе или ежедневный уход.
rule-no-attendance-allowance = Это нельзя получать вместе с пособием по уходу (accompagnamento).
rule-invalidity-74-or-more = Нужна инвалидность от 74% и выше.
rule-child-mind-or-development = Это при трудностях в развитии, в учёбе или с настроением.
rule-child-at-secondary-school = Это для тех, у кого ребёнок учится в средней или старшей школе.
rule-child-3-to-13 = Это для тех, у кого есть ребёнок от 3 до 13 лет.
rule-baby-born-recently = Это для ребёнка, который недавно родился или был усыновлён.
rule-isee-up-to-20382 = Нужен ISEE до 20 382 евро.
rule-permit-for-inclusion = Людям из стран за пределами Европейского союза нужен долгосрочный вид на жительство (permesso di lungo periodo) или международная защита.
rule-isee-for-energy-bonus = Нужен ISEE до 9 530 евро или до 20 000 евро, если в семье минимум 4 ребёнка.
rule-isee-up-to-15000 = Нужен ISEE до 15 000 евро.
rule-household-of-3-or-more = Это для семей минимум из 3 человек.
rule-cannot-repay-debts = Это для тех, у кого есть долги, которые не получается выплачивать.
rule-not-resident = Это для тех, у кого ещё нет регистрации по месту жительства (residenza) в муниципалитете.
rule-isee-up-to-50000 = Нужен ISEE до 50 000 евро.
rule-valid-permit-not-long-term = Нужен действующий вид на жительство (permesso di soggiorno), но не долгосрочный.
rule-years-for-citizenship = Нужно 10 лет регистрации по месту жительства (residenza) в Италии. Беженцам достаточно 5 лет, гражданам Европейского союза — 4 года.
rule-needs-money-to-leave = Это для тех, кому нужны деньги, чтобы жить самостоятельно.
rule-not-eu-citizen = Это для тех, кто приехал из страны за пределами Европейского союза.
rule-isee-for-b2 = Нужен ISEE до 25 000 евро или до 40 000 евро для несовершеннолетнего.
rule-has-eviction-notice = Это для тех, кто получил решение о выселении (sfratto), потому что не может платить.
rule-permit-for-family-benefits = Людям не из Европейского союза нужен вид на жительство (permesso di soggiorno), который даёт право работать.
rule-income-for-ticket = Доход должен быть не больше примерно 2 780 евро в месяц.
rule-age-17-or-more = Это для людей от 17 лет.

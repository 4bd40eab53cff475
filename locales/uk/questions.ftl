# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Так
answer-no = Ні
answer-dont-know = Не знаю

unit-years = років
unit-euro = євро
unit-children = дітей
unit-euro-month = євро на місяць
unit-people = осіб
unit-years-count = { $count ->
    [one] рік
    [few] роки
    [many] років
   *[other] року
  }
unit-euro-count = { $count ->
   *[other] євро
  }
unit-children-count = { $count ->
    [one] дитина
    [few] дитини
    [many] дітей
   *[other] дитини
  }
unit-euro-month-count = { $count ->
   *[other] євро на місяць
  }
unit-people-count = { $count ->
    [one] особа
    [few] особи
    [many] осіб
   *[other] особи
  }
number-thousands-separator = { "\u00A0" }

q-age = { $who ->
    [me] Скільки вам років?
   *[other] Скільки років людині, якій ви допомагаєте?
  }
q-age-short = Вік
q-age-why = Деяка допомога призначена лише для людей певного віку.

q-lives-alone = { $who ->
    [me] Ви живете самі, без інших людей?
   *[other] Ця людина живе сама, без інших людей?
  }
q-lives-alone-short = Живе без інших людей

q-daily-help = { $who ->
    [me] Що вам зараз важко робити без допомоги?
   *[other] Що цій людині зараз важко робити без допомоги?
  }
q-daily-help-short = Що важко робити
q-daily-help-washing = Митися й одягатися
q-daily-help-meals = Готувати їжу і їсти
q-daily-help-housework = Прибирати вдома
q-daily-help-moving = Пересуватися вдома або виходити з дому
q-daily-help-medicines = Приймати ліки
q-daily-help-none = Нічого з цього

q-alone-risk = { $who ->
    [me] Чи буває, що вам потрібна допомога негайно, наприклад після падіння?
   *[other] Чи буває, що цій людині потрібна допомога негайно, наприклад після падіння?
  }
q-alone-risk-short = Може знадобитися негайна допомога
q-alone-risk-why = Людина, яка живе сама, може отримати пристрій, щоб викликати допомогу однією кнопкою.

q-invalidity = { $who ->
    [me] Чи маєте ви визнану цивільну інвалідність (invalidità civile)?
   *[other] Чи має ця людина визнану цивільну інвалідність (invalidità civile)?
  }
q-invalidity-short = Цивільна інвалідність (invalidità civile)
q-invalidity-100-attendance = { $who ->
    [me] Так, 100%, і я отримую допомогу на супровід (indennità di accompagnamento)
   *[other] Так, 100%, і ця людина отримує допомогу на супровід (indennità di accompagnamento)
  }
q-invalidity-100 = Так, 100%, без допомоги на супровід (accompagnamento)
q-invalidity-74-99 = Так, від 74% до 99%
q-invalidity-46-73 = Так, від 46% до 73%
q-invalidity-34-45 = Так, від 34% до 45%
q-invalidity-pending = { $who ->
    [me] Заяву подано, я чекаю на відповідь
   *[other] Заяву подано, людина чекає на відповідь
  }
q-invalidity-no = Ні
q-invalidity-term-title = Що означає цивільна інвалідність?
q-invalidity-term = Це визнання того, що хвороба обмежує повсякденне життя. Її встановлює медична комісія INPS і записує у відсотках у протоколі (verbale). Вона дає право на допомогу і на гроші.

q-carer = { $who ->
    [me] Чи доглядає за вами вдома хтось із родини або доглядальниця (badante)?
   *[other] Чи доглядаєте за цією людиною вдома ви, хтось із родини або доглядальниця (badante)?
  }
q-carer-short = Хто доглядає вдома

q-has-isee = { $who ->
    [me] Чи є у вас ISEE, дійсний на цей рік?
   *[other] Чи є в сім’ї цієї людини ISEE, дійсний на цей рік?
  }
q-has-isee-short = ISEE
q-has-isee-why = Багато видів допомоги залежать від ISEE. Якщо у вас його немає, ми підкажемо, де зробити його безкоштовно.
q-has-isee-term-title = Що таке ISEE?
q-has-isee-term = Це число, яке показує, скільки має сім’я: доходи, житло, заощадження. Його безкоштовно розраховують у CAF (центрах допомоги з податками). Він дійсний до 31 грудня.

q-isee = { $who ->
    [me] Яке значення вашого ISEE?
   *[other] Яке значення ISEE цієї людини?
  }
q-isee-short = Значення ISEE

q-law-104 = { $who ->
    [me] Чи маєте ви визнання за Законом 104 (Legge 104)?
   *[other] Чи має ця людина визнання за Законом 104 (Legge 104)?
  }
q-law-104-short = Закон 104 (Legge 104)
q-law-104-term-title = Що таке Закон 104 (Legge 104)?
q-law-104-severe = Так, із тяжким ступенем (situazione di gravità, стаття 3, частина 3)
q-law-104-term = Це закон про людей з інвалідністю. Після визнання можна отримати оплачувані вихідні з роботи (permessi) та іншу допомогу. У протоколі (verbale) вказано, чи є тяжкий ступінь.

q-disability-needs = { $who ->
    [me] З чим вам потрібна допомога?
   *[other] З чим потрібна допомога цій людині?
  }
q-disability-needs-short = Потрібна допомога
q-disability-needs-daily-care = Щоденний догляд, також удень поза домом
q-disability-needs-transport = Транспорт, наприклад щоб їздити до лікаря або до центру
q-disability-needs-parking = Паркування поруч із місцями, куди треба їздити
q-disability-needs-work = Знайти або зберегти роботу
q-disability-needs-school = Ходити до школи
q-disability-needs-none = Нічого з цього

q-children = { $who ->
    [me] Скільки дітей до 21 року живе з вами?
   *[other] Скільки дітей до 21 року живе з цією людиною?
  }
q-children-short = Діти до 21 року
q-children-why = Є допомога на кожну дитину. Якщо дітей немає, напишіть 0.

q-children-ages = { $who ->
    [me] Скільки років вашим дітям? Оберіть усі відповідні варіанти.
   *[other] Скільки років дітям цієї людини? Оберіть усі відповідні варіанти.
  }
q-children-ages-short = Вік дітей
q-children-ages-under-1 = Менше 1 року
q-children-ages-1-2 = 1 або 2 роки (ясла, nido)
q-children-ages-3-5 = Від 3 до 5 років (дитячий садок, scuola dell'infanzia)
q-children-ages-6-10 = Від 6 до 10 років (початкова школа, scuola primaria)
q-children-ages-11-13 = Від 11 до 13 років (середня школа, scuola media)
q-children-ages-14-18 = Від 14 до 18 років (старша школа, scuola superiore)
q-children-ages-19-20 = 19 або 20 років

q-newborn = { $who ->
    [me] Дитина народилася або з’явилася у вашій сім’ї за останні 6 місяців?
   *[other] Дитина народилася або з’явилася в сім’ї цієї людини за останні 6 місяців?
  }
q-newborn-short = Дитина народилася за останні 6 місяців
q-newborn-why = Для деяких видів допомоги заяву треба подати протягом кількох місяців після народження або усиновлення.

q-pregnant = { $who ->
    [me] Ви чекаєте на дитину?
   *[other] Ця людина чекає на дитину?
  }
q-pregnant-short = Чекає на дитину

q-family-needs = { $who ->
    [me] З чим вам потрібна допомога щодо дітей?
   *[other] З чим цій людині потрібна допомога щодо дітей?
  }
q-family-needs-short = Допомога з дітьми
q-family-needs-childcare = Хтось, хто доглядатиме маленьких дітей
q-family-needs-parenting = Поради або підтримка для батьків
q-family-needs-none = Нічого з цього

q-work-status = { $who ->
    [me] Ви зараз працюєте?
   *[other] Ця людина зараз працює?
  }
q-work-status-short = Робота
q-work-status-employed = { $who ->
    [me] Так, працюю
   *[other] Так, працює
  }
q-work-status-lost-job = { $who ->
    [me] У мене нещодавно закінчилася робота
   *[other] У цієї людини нещодавно закінчилася робота
  }
q-work-status-unemployed = { $who ->
    [me] Я давно не працюю
   *[other] Давно не працює
  }
q-work-status-retired = { $who ->
    [me] Я на пенсії
   *[other] На пенсії
  }
q-work-status-student = { $who ->
    [me] Я навчаюся
   *[other] Навчається
  }

q-job-lost-involuntary = { $who ->
    [me] Ваша робота закінчилася не з вашої волі?
   *[other] Робота цієї людини закінчилася не з її волі?
  }
q-job-lost-involuntary-short = Робота закінчилася не з власної волі
q-job-lost-involuntary-why = Наприклад, звільнення або кінець строку договору. Хто звільняється за власним бажанням, зазвичай не отримує NASpI (допомогу з безробіття).

q-household = { $who ->
    [me] Хто живе з вами?
   *[other] Хто живе з цією людиною?
  }
q-household-short = У сім’ї є
q-household-minor = Дитина до 18 років
q-household-disabled = Людина з інвалідністю
q-household-over-60 = Людина віком понад 60 років
q-household-none = Нікого з них
q-household-why = Допомога на включення (Assegno di Inclusione) призначена для сімей, де є такі люди. Важить також вік людини, яка просить допомогу.

q-food = { $who ->
    [me] Чи вистачить вам їжі на найближчі дні?
   *[other] Чи вистачить цій людині їжі на найближчі дні?
  }
q-food-short = Їжа на найближчі дні

q-bills = { $who ->
    [me] Вам важко оплачувати рахунки (bollette) за світло, газ або воду?
   *[other] Цій людині важко оплачувати рахунки (bollette) за світло, газ або воду?
  }
q-bills-short = Труднощі з рахунками

q-housing-situation = { $who ->
    [me] Де ви зараз живете?
   *[other] Де зараз живе ця людина?
  }
q-housing-situation-short = Де живе
q-housing-situation-rent = В орендованому житлі
q-housing-situation-own = У власному житлі
q-housing-situation-guest = У друзів або родичів, як гість
q-housing-situation-no-home = { $who ->
    [me] У мене немає житла
   *[other] У цієї людини немає житла
  }

q-sleep-tonight = { $who ->
    [me] Чи є у вас безпечне місце, де переночувати сьогодні?
   *[other] Чи є в цієї людини безпечне місце, де переночувати сьогодні?
  }
q-sleep-tonight-short = Місце для ночівлі сьогодні

q-eviction = { $who ->
    [me] Ви отримали документ про виселення (sfratto)?
   *[other] Ця людина отримала документ про виселення (sfratto)?
  }
q-eviction-short = Виселення (sfratto)
q-eviction-term-title = Що таке виселення (sfratto)?
q-eviction-term = Це документ, яким суддя наказує звільнити орендоване житло. Зазвичай він надходить після кількох місяців несплати оренди.

q-rent-arrears = { $who ->
    [me] У вас є борг з оренди?
   *[other] Ця людина має борг з оренди?
  }
q-rent-arrears-short = Борг з оренди

q-has-doctor = { $who ->
    [me] Чи є у вас сімейний лікар (medico di famiglia)?
   *[other] Чи є в цієї людини сімейний лікар (medico di famiglia)?
  }
q-has-doctor-short = Сімейний лікар

q-citizenship = { $who ->
    [me] Яке у вас громадянство?
   *[other] Яке громадянство в цієї людини?
  }
q-citizenship-short = Громадянство
q-citizenship-italian = Італія
q-citizenship-eu = Інша країна Європейського Союзу
q-citizenship-non-eu = Країна поза Європейським Союзом
q-citizenship-why = Для людей із країн поза Європейським Союзом деякі правила інші.

q-permit = { $who ->
    [me] Чи є у вас посвідка на проживання (permesso di soggiorno)?
   *[other] Чи є в цієї людини посвідка на проживання (permesso di soggiorno)?
  }
q-permit-short = Посвідка на проживання (permesso di soggiorno)
q-permit-valid = Так, дійсна
q-permit-long-term = Так, довгострокова (без строку дії)
q-permit-refugee = Так, зі статусом біженця
q-permit-subsidiary = Так, для додаткового захисту (protezione sussidiaria)
q-permit-asylum-seeker = { $who ->
    [me] Заяву про притулок подано, я чекаю на відповідь
   *[other] Заяву про притулок подано, людина чекає на відповідь
  }
q-permit-receipt = { $who ->
    [me] Заяву на продовження подано, у мене є квитанція (ricevuta)
   *[other] Заяву на продовження подано, у людини є квитанція (ricevuta)
  }
q-permit-expiring = Так, але її строк закінчується протягом 2 місяців
q-permit-expired = Так, але її строк уже закінчився
q-permit-none = Ні
q-permit-term-title = Що таке посвідка на проживання (permesso di soggiorno)?
q-permit-term = Це документ, який дозволяє людям із країн поза Європейським Союзом залишатися в Італії. Її видає управління поліції (Questura). Квитанція (ricevuta) про продовження діє так само, як посвідка.

q-health-needs = { $who ->
    [me] Що вам потрібно для здоров’я?
   *[other] Що потрібно цій людині для здоров’я?
  }
q-health-needs-short = Потреби щодо здоров’я
q-health-needs-home-care = Догляд удома, наприклад медсестра
q-health-needs-mental-health = Допомога при тривозі, смутку або інших проблемах із психічним здоров’ям
q-health-needs-addiction = Допомога при залежності від алкоголю, наркотиків або азартних ігор
q-health-needs-pregnancy = Вагітність, контрацепція або жіноче здоров’я
q-health-needs-none = Нічого з цього

q-years-italy = { $who ->
    [me] Скільки років ви живете в Італії?
   *[other] Скільки років ця людина живе в Італії?
  }
q-years-italy-short = Років в Італії
q-years-italy-why = Для деяких видів допомоги потрібно прожити в Італії певну кількість років. Через 5 років можна попросити посвідку без строку дії.

q-family-abroad = { $who ->
    [me] Ви хочете перевезти свою сім’ю до Італії?
   *[other] Ця людина хоче перевезти свою сім’ю до Італії?
  }
q-family-abroad-short = Сім’я, яку хочуть перевезти

q-italian-level = { $who ->
    [me] Наскільки добре ви говорите італійською?
   *[other] Наскільки добре ця людина говорить італійською?
  }
q-italian-level-short = Італійська мова
q-italian-level-none = Зовсім ні
q-italian-level-basic = Трохи
q-italian-level-good = Добре

q-danger-now = { $who ->
    [me] Ви зараз у небезпеці?
   *[other] Ця людина зараз у небезпеці?
  }
q-danger-now-short = Зараз у небезпеці

q-safe-place = { $who ->
    [me] Чи є у вас безпечне місце, куди можна піти, якщо доведеться залишити дім?
   *[other] Чи є в цієї людини безпечне місце, куди можна піти, якщо доведеться залишити дім?
  }
q-safe-place-short = Безпечне місце, куди можна піти

q-children-involved = { $who ->
    [me] Чи є діти, які бачать це насильство або переживають його?
   *[other] Чи є діти, які бачать це насильство або переживають його?
  }
q-children-involved-short = Це стосується дітей

q-needs-constant-care = { $who ->
    [me] Вам потрібно, щоб хтось був поруч увесь день або навіть уночі?
   *[other] Цій людині потрібно, щоб хтось був поруч увесь день або навіть уночі?
  }
q-needs-constant-care-short = Потрібен хтось постійно поруч
q-needs-constant-care-why = Людина, яку не можна залишати саму, може отримати більше допомоги — грошима і доглядом.

q-manages-money = { $who ->
    [me] Чи можете ви без допомоги розпоряджатися грошима і документами, наприклад банком і рахунками?
   *[other] Чи може ця людина без допомоги розпоряджатися грошима і документами, наприклад банком і рахунками?
  }
q-manages-money-short = Розпоряджається грошима і документами
q-manages-money-why = Якщо людина вже не може цього робити, суддя може призначити когось, хто їй допомагатиме.

q-municipality = { $who ->
    [me] У якому муніципалітеті (Comune) ви живете?
   *[other] У якому муніципалітеті (Comune) живе ця людина?
  }
q-municipality-short = Муніципалітет, де живе
q-municipality-why = Кожен муніципалітет допомагає своїм мешканцям. Тому спочатку ми покажемо вам офіс вашого муніципалітету.
q-municipality-other = Інший муніципалітет, якого немає в цьому списку

q-resident = { $who ->
    [me] Чи маєте ви реєстрацію місця проживання (residenza) в муніципалітеті, де живете?
   *[other] Чи має ця людина реєстрацію місця проживання (residenza) в муніципалітеті, де вона живе?
  }
q-resident-short = Реєстрація в муніципалітеті (residenza)
q-resident-why = Багато видів допомоги від муніципалітету є лише для людей, які там зареєстровані.
q-resident-term-title = Що таке реєстрація місця проживання (residenza)?
q-resident-term = Це означає бути записаним у реєстрі населення (anagrafe) муніципалітету, де ви живете. Її оформлюють у відділі реєстрації (ufficio anagrafe). Її може мати навіть людина без житла.

q-monthly-income = { $who ->
    [me] Скільки грошей ви отримуєте щомісяця, разом?
   *[other] Скільки грошей ця людина отримує щомісяця, разом?
  }
q-monthly-income-short = Дохід на місяць
q-monthly-income-why = Враховуйте пенсію і всі інші надходження. Люди з малим доходом можуть отримати допомогу від INPS.

q-household-size = { $who ->
    [me] Скільки людей живе у вашому домі, разом із вами?
   *[other] Скільки людей живе в домі, разом із цією людиною?
  }
q-household-size-short = Людей у домі
q-household-size-why = Деяка допомога призначена для сімей щонайменше з 3 осіб.

q-debts = { $who ->
    [me] Чи є у вас борги, які ви вже не можете сплатити?
   *[other] Чи є в цієї людини борги, які вона вже не може сплатити?
  }
q-debts-short = Борги, які не вдається сплатити

q-needs-money = { $who ->
    [me] Вам потрібні гроші, щоб жити самостійно?
   *[other] Цій людині потрібні гроші, щоб жити самостійно?
  }
q-needs-money-short = Потрібні гроші, щоб почати заново
q-needs-money-why = Є грошова допомога для тих, хто виходить із ситуації насильства і хоче почати життя заново.

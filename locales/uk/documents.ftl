doc-identity = Документ, що посвідчує особу
doc-identity-what = Посвідчення особи (carta d'identità), паспорт або водійське посвідчення (patente).
doc-identity-where = Якщо у вас його немає, посвідчення особи (carta d'identità) можна попросити у відділі реєстрації населення муніципалітету (anagrafe del Comune).

doc-health-card = Медична картка (tessera sanitaria)
doc-health-card-what = Зелена або синя картка з податковим кодом (codice fiscale).
doc-health-card-where = Її надсилає Податкове агентство (Agenzia delle Entrate). Якщо ви її загубили, зверніться до місцевої служби охорони здоров’я (Azienda sanitaria).

doc-isee = Довідка ISEE (attestazione ISEE)
doc-isee-what = Документ із показником ISEE вашої сім’ї, дійсний на цей рік.
doc-isee-where = Її безкоштовно оформлює CAF (центр допомоги з податками), або ви самі можете зробити її на сайті INPS.

doc-permit = Посвідка на проживання (permesso di soggiorno)
doc-permit-what = Дійсна посвідка або квитанція (ricevuta) про подання заяви на її продовження.
doc-permit-where = Її видає управління поліції (Questura).

doc-passport = Паспорт
doc-passport-what = Паспорт вашої країни. Для посвідки на проживання (permesso di soggiorno) він має бути дійсним, не простроченим.
doc-passport-where = Його видає консульство або посольство вашої країни.

doc-medical-report = Медичні довідки
doc-medical-report-what = Документи від лікаря або з лікарні, у яких описано хворобу.
doc-medical-report-where = Попросіть їх у сімейного лікаря (medico di famiglia) або в лікарні.

doc-invalidity-report = Протокол про інвалідність (verbale di invalidità)
doc-invalidity-report-what = Документ від медичної комісії, де вказано ступінь вашої інвалідності у відсотках.
doc-invalidity-report-where = Його надсилає INPS. Його можна також завантажити на сайті INPS.

doc-income = Підтвердження доходу
doc-income-what = Останні розрахункові листки (buste paga), форма CU або податкова декларація (dichiarazione dei redditi).
doc-income-where = Їх видає роботодавець або INPS. CAF може допомогти їх знайти.

doc-bank-details = IBAN
doc-bank-details-what = Код вашого рахунку в банку або на пошті, щоб отримувати гроші.
doc-bank-details-where = Він є в документах банку чи пошти або в їхньому застосунку.

doc-bank-statements = Залишок і середній залишок на рахунку (saldo e giacenza media)
doc-bank-statements-what = Скільки грошей було на рахунку 31 грудня два роки тому і скільки в середньому за той рік. Для ISEE на 2026 рік враховується 2024 рік.
doc-bank-statements-where = Попросіть ці дані в банку або на пошті.

doc-job-end = Лист про завершення роботи
doc-job-end-what = Лист про звільнення (lettera di licenziamento) або договір, строк якого закінчився.
doc-job-end-where = Його дає роботодавець.

doc-rent-contract = Договір оренди (contratto di affitto)
doc-rent-contract-what = Зареєстрований договір оренди житла, де ви живете.
doc-rent-contract-where = Він є у власника житла. Попросіть у нього копію.

doc-rent-receipts = Квитанції про оплату оренди
doc-rent-receipts-what = Підтвердження, що ви платили за оренду, наприклад банківські перекази (bonifici).
doc-rent-receipts-where = Їх можна взяти в банку або попросити у власника житла.

doc-eviction-notice = Документ про виселення (atto di sfratto)
doc-eviction-notice-what = Документ суду про виселення.
doc-eviction-notice-where = Ви отримали його поштою або від судового виконавця (ufficiale giudiziario).

doc-bills = Рахунки за комунальні послуги (bollette)
doc-bills-what = Останні рахунки за світло, газ або воду.
doc-bills-where = Вони приходять поштою або електронною поштою, або їх можна завантажити на сайті постачальника.

doc-children-tax-codes = Податкові коди дітей (codici fiscali)
doc-children-tax-codes-what = Податковий код (codice fiscale) кожної дитини.
doc-children-tax-codes-where = Він є на медичній картці (tessera sanitaria) дітей.

doc-nursery-receipts = Квитанції з ясел
doc-nursery-receipts-what = Квитанції про оплату ясел (asilo nido).
doc-nursery-receipts-where = Їх видають ясла.

doc-passport-photos = Фото на документи (fototessere)
doc-passport-photos-what = Нові фото на документи, зазвичай 2 або 4.
doc-passport-photos-where = Їх роблять у фотографа або у фотокабіні.

doc-revenue-stamp = Гербова марка (marca da bollo)
doc-revenue-stamp-what = Марка вартістю 16 євро, яку наклеюють на заяву.
doc-revenue-stamp-where = Її продають у тютюновому кіоску (tabaccheria).

doc-housing-suitability = Довідка про придатність житла (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = Документ, який підтверджує, що житло достатньо велике і придатне для життя.
doc-housing-suitability-where = Її видає технічний відділ муніципалітету (Ufficio tecnico del Comune).

doc-family-certificates = Документи про сім’ю
doc-family-certificates-what = Свідоцтва про народження або про шлюб членів сім’ї. Вони мають бути перекладені та легалізовані.
doc-family-certificates-where = Їх отримують у країні походження, а легалізують у консульстві.

doc-italian-a2 = Сертифікат з італійської мови рівня A2
doc-italian-a2-what = Підтвердження, що ви знаєте італійську мову на базовому рівні.
doc-italian-a2-where = Його отримують після тесту в префектурі (Prefettura) або після курсу в школі для дорослих (CPIA).

doc-introductory-certificate = Перша довідка лікаря (certificato medico introduttivo)
doc-introductory-certificate-what = Довідка, з якою сімейний лікар відкриває заяву в INPS. Це перший крок.
doc-introductory-certificate-where = Її оформлює сімейний лікар і сам надсилає в INPS. Збережіть номер, який він вам дасть.

doc-carer-contract = Договір із доглядальницею (badante)
doc-carer-contract-what = Трудовий договір людини, яка доглядає вдома, якщо це не член сім’ї.
doc-carer-contract-where = Ви підписали його з доглядальницею. Його також можна знайти на сайті INPS.

doc-debt-papers = Документи про борги
doc-debt-papers-what = Кредитні договори, листи з банку і податкові вимоги (cartelle delle tasse).
doc-debt-papers-where = Зберіть ті, що є у вас удома. Банк може дати вам загальну виписку.

doc-centre-statement = Довідка з центру протидії насильству
doc-centre-statement-what = Документ із центру протидії насильству (centro antiviolenza) про те, що центр вас супроводжує.
doc-centre-statement-where = Попросіть її в центрі протидії насильству. Номер 1522 допоможе з ним зв’язатися.

doc-birth-certificate = Свідоцтво про народження (atto di nascita)
doc-birth-certificate-what = Документ вашої країни з місцем і датою народження, перекладений і легалізований.
doc-birth-certificate-where = Його можна отримати у вашій країні або в консульстві.

doc-criminal-record = Довідка про несудимість із вашої країни
doc-criminal-record-what = Документ, у якому вказано, чи є у вас судимості у вашій країні, перекладений і легалізований.
doc-criminal-record-where = Його можна отримати у вашій країні або в консульстві.

doc-italian-b1 = Сертифікат з італійської мови рівня B1
doc-italian-b1-what = Сертифікат про те, що ви знаєте італійську мову на рівні B1.
doc-italian-b1-where = Його видають школи для дорослих (CPIA) і деякі визнані організації.

doc-identity = Документ, удостоверяющий личность
doc-identity-what = Удостоверение личности (carta d'identità), паспорт или водительские права.
doc-identity-where = Если у вас его нет, удостоверение личности (carta d'identità) можно получить в отделе регистрации населения (anagrafe) вашего муниципалитета.

doc-health-card = Медицинская карточка (tessera sanitaria)
doc-health-card-what = Зелёная или синяя карточка с налоговым кодом (codice fiscale).
doc-health-card-where = Её присылает Налоговое агентство (Agenzia delle Entrate). Если вы её потеряли, обратитесь в местную службу здравоохранения (Azienda sanitaria).

doc-isee = Справка ISEE (attestazione ISEE)
doc-isee-what = Лист с показателем ISEE вашей семьи, действительный в этом году.
doc-isee-where = Её бесплатно делает CAF (бесплатный пункт помощи с документами), или вы сами можете сделать её на сайте INPS.

doc-permit = Вид на жительство (permesso di soggiorno)
doc-permit-what = Действующий вид на жительство или квитанция о подаче заявления на продление.
doc-permit-where = Его выдаёт управление полиции (Questura).

doc-passport = Паспорт
doc-passport-what = Паспорт вашей страны. Для вида на жительство (permesso di soggiorno) он должен быть действующим, не просроченным.
doc-passport-where = Его выдаёт консульство или посольство вашей страны.

doc-medical-report = Медицинские справки
doc-medical-report-what = Документы от врача или из больницы, в которых описана болезнь.
doc-medical-report-where = Попросите их у семейного врача (medico di famiglia) или в больнице.

doc-invalidity-report = Заключение об инвалидности (verbale di invalidità)
doc-invalidity-report-what = Документ медицинской комиссии, где указано, какой у вас процент инвалидности.
doc-invalidity-report-where = Его присылает INPS. Его можно также скачать на сайте INPS.

doc-income = Документы о доходах
doc-income-what = Последние расчётные листки (buste paga), справка CU (modello CU) или налоговая декларация (dichiarazione dei redditi).
doc-income-where = Их выдаёт работодатель или INPS. CAF может помочь вам их найти.

doc-bank-details = IBAN
doc-bank-details-what = Номер вашего счёта в банке или на почте, чтобы получать деньги.
doc-bank-details-where = Он есть в документах банка или почты или в их приложении.

doc-bank-statements = Остаток и средний остаток на счёте (saldo e giacenza)
doc-bank-statements-what = Сколько денег было на счёте 31 декабря два года назад и сколько в среднем за тот год. Для ISEE на 2026 год нужны данные за 2024 год.
doc-bank-statements-where = Попросите это в банке или на почте.

doc-job-end = Документ об окончании работы
doc-job-end-what = Письмо об увольнении или закончившийся трудовой договор.
doc-job-end-where = Его даёт работодатель.

doc-rent-contract = Договор аренды (contratto di affitto)
doc-rent-contract-what = Зарегистрированный договор аренды жилья, в котором вы живёте.
doc-rent-contract-where = Он есть у хозяина жилья. Попросите у него копию.

doc-rent-receipts = Квитанции об оплате аренды
doc-rent-receipts-what = Доказательства, что вы платили за аренду, например банковские переводы.
doc-rent-receipts-where = Их можно найти в банке или попросить у хозяина жилья.

doc-eviction-notice = Решение о выселении (atto di sfratto)
doc-eviction-notice-what = Документ из суда о выселении.
doc-eviction-notice-where = Вы получили его по почте или от судебного исполнителя.

doc-bills = Счета за коммунальные услуги (bollette)
doc-bills-what = Последние счета за электричество, газ или воду.
doc-bills-where = Они приходят по почте или по электронной почте, или их можно скачать на сайте поставщика.

doc-children-tax-codes = Налоговые коды детей (codici fiscali)
doc-children-tax-codes-what = Налоговый код (codice fiscale) каждого ребёнка.
doc-children-tax-codes-where = Он указан на медицинской карточке (tessera sanitaria) ребёнка.

doc-nursery-receipts = Квитанции за ясли
doc-nursery-receipts-what = Квитанции об оплате яслей (asilo nido).
doc-nursery-receipts-where = Их выдают ясли.

doc-passport-photos = Фотографии на документы (fototessere)
doc-passport-photos-what = Недавние фотографии размером как на паспорт, обычно 2 или 4.
doc-passport-photos-where = Их делают у фотографа или в фотобудке.

doc-revenue-stamp = Гербовая марка (marca da bollo)
doc-revenue-stamp-what = Марка за 16 евро, которую нужно наклеить на заявление.
doc-revenue-stamp-where = Её продают в табачном киоске (tabaccheria).

doc-housing-suitability = Справка о пригодности жилья (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = Документ о том, что жильё достаточно большое и в хорошем состоянии.
doc-housing-suitability-where = Её выдаёт технический отдел муниципалитета (Ufficio tecnico del Comune).

doc-family-certificates = Документы о семье
doc-family-certificates-what = Свидетельства о рождении или о браке членов семьи. Они должны быть переведены и легализованы.
doc-family-certificates-where = Их получают в стране происхождения и легализуют в консульстве.

doc-italian-a2 = Сертификат об итальянском языке уровня A2
doc-italian-a2-what = Документ о том, что вы знаете итальянский язык на базовом уровне.
doc-italian-a2-where = Его получают после теста в префектуре (Prefettura) или после курса в школе для взрослых (CPIA).

doc-introductory-certificate = Первая справка от врача (certificato medico introduttivo)
doc-introductory-certificate-what = Справка, с которой семейный врач начинает ваше заявление в INPS. Это первый шаг.
doc-introductory-certificate-where = Её делает семейный врач и сам отправляет в INPS. Сохраните номер, который он вам даст.

doc-carer-contract = Договор с сиделкой (badante)
doc-carer-contract-what = Трудовой договор человека, который ухаживает за больным дома, если это не родственник.
doc-carer-contract-where = Вы подписали его с сиделкой. Его можно найти и на сайте INPS.

doc-debt-papers = Документы о долгах
doc-debt-papers-what = Кредитные договоры, письма из банка и требования об уплате налогов (cartelle).
doc-debt-papers-where = Соберите те, что есть у вас дома. Банк может дать вам общую выписку.

doc-centre-statement = Справка из кризисного центра (centro antiviolenza)
doc-centre-statement-what = Документ из кризисного центра для пострадавших от насилия о том, что центр вам помогает.
doc-centre-statement-where = Попросите её в кризисном центре. По номеру 1522 вас свяжут с центром.

doc-birth-certificate = Свидетельство о рождении (atto di nascita)
doc-birth-certificate-what = Документ вашей страны с местом и датой рождения, переведённый и легализованный.
doc-birth-certificate-where = Его получают в вашей стране или в консульстве.

doc-criminal-record = Справка о несудимости из вашей страны
doc-criminal-record-what = Документ, где сказано, есть ли у вас судимости в вашей стране, переведённый и легализованный.
doc-criminal-record-where = Её получают в вашей стране или в консульстве.

doc-italian-b1 = Сертификат об итальянском языке уровня B1
doc-italian-b1-what = Сертификат о том, что вы знаете итальянский язык на уровне B1.
doc-italian-b1-where = Его выдают школы для взрослых (CPIA) и некоторые признанные организации.

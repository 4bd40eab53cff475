doc-identity = 身份证件（documento di identità）
doc-identity-what = 身份证（carta d'identità）、护照或驾照。
doc-identity-where = 如果您没有身份证，可以到市政府（Comune）的户籍处（anagrafe）申请。

doc-health-card = 医疗卡（tessera sanitaria）
doc-health-card-what = 印有税号（codice fiscale）的绿色或蓝色卡片。
doc-health-card-where = 由税务局（Agenzia delle Entrate）寄给您。如果丢了，请向地方卫生局（Azienda sanitaria）申请。

doc-isee = ISEE 证明（Attestazione ISEE）
doc-isee-what = 写有家庭 ISEE 数值（家庭经济状况指标）的那张纸，今年有效。
doc-isee-where = 税务援助中心（CAF）可以免费帮您办，您也可以自己在 INPS（意大利国家社会保障局）的网站上办。

doc-permit = 居留许可（permesso di soggiorno）
doc-permit-what = 有效的居留许可，或者续签申请的回执。
doc-permit-where = 由警察总局（Questura）签发。

doc-passport = 护照
doc-passport-what = 您本国的护照。办居留许可时，护照必须有效，不能过期。
doc-passport-where = 由您本国的领事馆或大使馆签发。

doc-medical-report = 医生证明（certificati del medico）
doc-medical-report-what = 医生或医院开的、说明病情的文件。
doc-medical-report-where = 请向您的家庭医生或医院索取。

doc-invalidity-report = 残疾认定书（verbale di invalidità）
doc-invalidity-report-what = 医生委员会出具的文件，写明您的残疾程度（百分比）。
doc-invalidity-report-where = 由 INPS 寄给您。您也可以在 INPS 网站上下载。

doc-income = 收入证明
doc-income-what = 最近的工资单（buste paga）、CU 表格或报税单（dichiarazione dei redditi）。
doc-income-where = 由雇主或 INPS 提供。税务援助中心（CAF）可以帮您找到这些文件。

doc-bank-details = IBAN
doc-bank-details-what = 您银行或邮局账户的代码，用来收钱。
doc-bank-details-where = 在银行或邮局的文件上，或者在它们的手机应用里可以找到。

doc-bank-statements = 账户余额和平均余额（saldo e giacenza）
doc-bank-statements-what = 两年前 12 月 31 日账户里有多少钱，以及那一年的平均余额。2026 年的 ISEE 看的是 2024 年的数字。
doc-bank-statements-where = 请向银行或邮局索取。

doc-job-end = 工作结束的信函
doc-job-end-what = 解雇信，或者已经到期的合同。
doc-job-end-where = 由雇主提供。

doc-rent-contract = 租房合同（contratto di affitto）
doc-rent-contract-what = 您所住房子的已登记的合同。
doc-rent-contract-where = 房东有这份合同。请向房东要一份复印件。

doc-rent-receipts = 房租收据
doc-rent-receipts-what = 您已经付了房租的证明，例如银行转账记录。
doc-rent-receipts-where = 可以在银行找到，或者向房东索取。

doc-eviction-notice = 驱逐令（atto di sfratto）
doc-eviction-notice-what = 法院发出的驱逐文件。
doc-eviction-notice-where = 它是邮寄给您的，或者由法院执达员送来的。

doc-bills = 账单（bollette）
doc-bills-what = 最近的电费、燃气费或水费账单。
doc-bills-where = 通过邮寄或电子邮件收到，也可以在供应商的网站上下载。

doc-children-tax-codes = 子女的税号（codici fiscali）
doc-children-tax-codes-what = 每个孩子的税号（codice fiscale）。
doc-children-tax-codes-where = 写在孩子们的医疗卡（tessera sanitaria）上。

doc-nursery-receipts = 托儿所收据
doc-nursery-receipts-what = 已付托儿所费用的收据。
doc-nursery-receipts-where = 由托儿所（asilo nido）提供。

doc-passport-photos = 证件照（fototessere）
doc-passport-photos-what = 近期的证件尺寸照片，通常 2 张或 4 张。
doc-passport-photos-where = 可以在照相馆或自助照相亭拍。

doc-revenue-stamp = 印花税票（marca da bollo）
doc-revenue-stamp-what = 一张 16 欧元的印花税票，贴在申请表上。
doc-revenue-stamp-where = 在烟草店（tabaccheria）购买。

doc-housing-suitability = 住房适宜证明（certificato di idoneità dell'alloggio）
doc-housing-suitability-what = 证明住房足够大、卫生条件合格的文件。
doc-housing-suitability-where = 向市政府（Comune）的技术办公室（Ufficio tecnico）申请。

doc-family-certificates = 家庭证明
doc-family-certificates-what = 家人的出生证明或结婚证明。必须经过翻译和认证。
doc-family-certificates-where = 在原籍国申请，然后到领事馆办理认证。

doc-italian-a2 = A2 级意大利语证书
doc-italian-a2-what = 证明您会基础意大利语的文件。
doc-italian-a2-where = 可以通过省政府（Prefettura）的考试获得，或者在成人教育中心（CPIA）上课获得。

doc-introductory-certificate = 医生初步证明（certificato medico introduttivo）
doc-introductory-certificate-what = 家庭医生用这份证明向 INPS 开始申请。这是第一步。
doc-introductory-certificate-where = 由家庭医生开具，并由医生本人发给 INPS。请保存医生给您的编号。

doc-carer-contract = 护工合同（contratto della badante）
doc-carer-contract-what = 在家里照顾人的那个人的劳动合同（如果他/她不是家人）。
doc-carer-contract-where = 是您和护工签的。您也可以在 INPS 网站上找到。

doc-debt-papers = 债务文件
doc-debt-papers-what = 贷款合同、银行来信和税款缴纳通知单（cartelle）。
doc-debt-papers-where = 把您家里有的都收集起来。银行可以给您一份汇总。

doc-centre-statement = 反暴力中心的证明
doc-centre-statement-what = 反暴力中心（centro antiviolenza）出具的证明，说明他们正在帮助您。
doc-centre-statement-where = 请向反暴力中心索取。拨打 1522 可以帮您联系上。

doc-birth-certificate = 出生证明（atto di nascita）
doc-birth-certificate-what = 您本国开具的、写有出生地点和日期的文件，需经过翻译和认证。
doc-birth-certificate-where = 在您本国或领事馆申请。

doc-criminal-record = 您本国的无犯罪记录证明
doc-criminal-record-what = 说明您在本国有没有被判过刑的文件，需经过翻译和认证。
doc-criminal-record-where = 在您本国或领事馆申请。

doc-italian-b1 = B1 级意大利语证书
doc-italian-b1-what = 证明您的意大利语达到 B1 水平的证书。
doc-italian-b1-where = 由成人学校（CPIA）和一些认可的机构颁发。

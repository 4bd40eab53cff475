# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = 市政府社会服务窗口（Sportello Sociale del Comune）
provider-pua = 统一接待窗口（Porta Unica di Accesso，PUA）
provider-inps = INPS（意大利国家社会保障局），也可以通过 CAF 或 patronato 办理
provider-caf-patronato = 税务援助中心（CAF）或劳工援助机构（patronato）
provider-centro-impiego = 就业中心（Centro per l'impiego）
provider-sportello-stranieri = 外国人服务窗口（Sportello Stranieri）
provider-centro-antiviolenza = 反暴力中心（Centro antiviolenza）
provider-asst = 地方卫生局（Azienda sanitaria，ASST）
provider-caritas = 明爱会（Caritas）和食物银行
provider-ufficio-scuola = 市政府教育办公室（Ufficio scuola）
provider-cpia = 成人学校（CPIA）
provider-comune = 市政府各办公室（Uffici del Comune）
provider-emergency = 紧急电话

time-now = 马上
time-days = 几天
time-weeks = 几个星期
time-months = 几个月
time-call = 在市政府开放申请（bando）时，通常每年一次

svc-first-listening = 社会服务窗口（Sportello Sociale）的第一次面谈
svc-first-listening-gives = 一次面谈，讲一讲您的情况。工作人员会听您说，向您解释您的权利，并告诉您该去哪里。免费。
svc-first-listening-for = 适合所有人，包括不知道从哪里开始的人。

svc-social-worker = 与社工（assistente sociale）预约面谈
svc-social-worker-gives = 社工会了解您的情况，并和您一起制定帮助计划。
svc-social-worker-for = 适合处境困难、同时需要多种帮助的人。

svc-home-care = 居家照护服务（SAD）
svc-home-care-gives = 一位护理员会上门。帮助洗澡、穿衣，保持家里干净。
svc-home-care-for = 适合已经无法独自完成日常事情的人。

svc-meals-at-home = 送餐上门
svc-meals-at-home-gives = 每天送一顿热饭到家里。费用按 ISEE 计算。
svc-meals-at-home-for = 适合已经无法自己做饭的人。

svc-telecare = 远程紧急呼叫（Telesoccorso）
svc-telecare-gives = 一个带按键的小设备。按下按键，呼叫中心日夜都会接听，并派人来帮忙。
svc-telecare-for = 适合一个人住、可能需要马上得到帮助的人。

svc-civil-invalidity = 申请民事残疾认定（invalidità civile）
svc-civil-invalidity-gives = 正式认定疾病影响生活。有了它，就可以申请其他帮助和补贴。
svc-civil-invalidity-for = 适合患有影响日常生活的疾病的人。第一步是家庭医生开的证明。

svc-attendance-allowance = 陪护津贴（indennità di accompagnamento）
svc-attendance-allowance-gives = INPS 每月发的钱，用来支付照顾您的人。与收入无关。
svc-attendance-allowance-for = 适合残疾程度 100%、需要持续帮助的人。需要医生开一份新的证明来申请。

svc-day-centre = 老年人日间中心（Centro diurno per anziani）
svc-day-centre-gives = 一个白天可以待的地方。有照护、餐食和活动。晚上回家。
svc-day-centre-for = 适合白天需要照护的老年人。申请要经过 PUA。

svc-carer-allowance = 照顾家人者补助（Misura B2）
svc-carer-allowance-gives = 大区政府（Regione）发的钱，给在家里照顾生活不能自理者的人。
svc-carer-allowance-for = 适合领取陪护津贴或有严重级第104号法律（Legge 104）认定、并由家人或签了合同的护工（badante）在家照顾的人。申请要经过 PUA。

svc-law-104-recognition = 申请第104号法律（Legge 104）认定
svc-law-104-recognition-gives = 对残疾的正式认定。可以享受工作假期和其他帮助。
svc-law-104-recognition-for = 适合残疾人及其家人。

svc-disabled-parking = 残疾人停车证（contrassegno）
svc-disabled-parking-gives = 一张放在车里的停车证。可以停在残疾人专用车位。
svc-disabled-parking-for = 适合走路非常吃力或看不见的人。

svc-social-transport = 社会交通服务（trasporto sociale）
svc-social-transport-gives = 一辆汽车或小巴送您去看病、做治疗或去日间中心。
svc-social-transport-for = 适合无法独自乘坐公共交通的人。

svc-targeted-employment = 定向就业（collocamento mirato）
svc-targeted-employment-gives = 帮助找到合适的工作。企业必须雇用残疾人。
svc-targeted-employment-for = 适合残疾程度 46% 及以上、正在找工作的人。

svc-school-assistant = 学校助教
svc-school-assistant-gives = 一位教育员在学校帮助残疾儿童或青少年。
svc-school-assistant-for = 适合残疾学生。从幼儿园到高中都适用。

svc-disability-day-centre = 残疾人日间中心（Centro diurno per disabili）
svc-disability-day-centre-gives = 一个白天可以待的地方，有活动和照护。晚上回家。
svc-disability-day-centre-for = 适合每天都需要照护的成年残疾人。申请要经过 PUA。

svc-invalidity-pension = 残疾补贴或残疾养老金（assegno o pensione di invalidità）
svc-invalidity-pension-gives = INPS 每月发的钱：残疾程度 74% 起可以领补贴，100% 可以领养老金。
svc-invalidity-pension-for = 适合 18 到 66 岁、残疾程度 74% 及以上、收入低的人。

svc-child-benefit = 统一子女补贴（Assegno Unico）
svc-child-benefit-gives = 每个孩子每月都有钱，从怀孕第七个月到孩子 21 岁。有 ISEE 可以领得更多。
svc-child-benefit-for = 适合所有有孩子的家庭。

svc-nursery-bonus = 托儿所补贴（Bonus asilo nido）
svc-nursery-bonus-gives = INPS 发的钱，用来支付托儿所费用或小孩的居家照顾。
svc-nursery-bonus-for = 适合有 3 岁以下孩子的家庭。ISEE 低的可以领得更多。

svc-municipal-nursery = 市立托儿所（Asilo nido del Comune）
svc-municipal-nursery-gives = 托儿所的一个名额。ISEE 低的人付得少。
svc-municipal-nursery-for = 适合有 3 岁以下孩子的家庭。

svc-school-grant = 学习用品补助（Dote Scuola）
svc-school-grant-gives = 大区政府（Regione）发的购物券，用来买书和学习用品。
svc-school-grant-for = 适合初中和高中学生，ISEE 不超过 15,748 欧元。

svc-school-meals-discount = 学校食堂和校车费用减免
svc-school-meals-discount-gives = 市政府降低学校食堂和校车的费用。
svc-school-meals-discount-for = 适合孩子上幼儿园、小学或初中的家庭。ISEE 低的人付得少。

svc-family-centre = 家庭中心（Centro per la famiglia）
svc-family-centre-gives = 为父母提供的交流活动和建议，怀孕期间也可以参加。免费。
svc-family-centre-for = 适合妈妈、爸爸和怀孕的人。

svc-birth-bonus = 新生儿补贴（Bonus nuovi nati）
svc-birth-bonus-gives = 每个出生或收养的孩子 1,000 欧元。必须在孩子出生后 120 天内申请。
svc-birth-bonus-for = 适合 2025 年起出生或被收养的孩子，家庭 ISEE 不超过 40,000 欧元。

svc-inclusion-allowance = 融入补助金（Assegno di Inclusione，ADI）
svc-inclusion-allowance-gives = 每月发钱，并和社会服务部门一起制定摆脱贫困的计划。
svc-inclusion-allowance-for = 适合 ISEE 不超过 10,140 欧元、家里有未成年人、残疾人或 60 岁以上老人的家庭。需要在意大利住满 5 年。来自欧盟以外的人必须有长期居留许可或保护身份。

svc-training-support = 培训与工作支持（Supporto Formazione e Lavoro，SFL）
svc-training-support-gives = 参加课程或工作项目期间，每月 500 欧元。
svc-training-support-for = 适合 18 到 59 岁、没有工作、ISEE 不超过 10,140 欧元的人。关于在意大利的年数和居留许可，规定和 ADI 一样。

svc-unemployment-benefit = NASpI（失业金）
svc-unemployment-benefit-gives = 工作结束后 INPS 每月发的钱。必须在 68 天内申请。
svc-unemployment-benefit-for = 适合非自愿失去工作的人。

svc-job-centre = 就业中心（Centro per l'impiego）
svc-job-centre-gives = 帮助找工作、免费课程，以及失业登记。
svc-job-centre-for = 适合正在找工作的人。

svc-energy-bonus = 水电燃气社会补贴（Bonus sociale）
svc-energy-bonus-gives = 账单上的折扣。办好 ISEE 后会自动得到。
svc-energy-bonus-for = 适合 ISEE 不超过 9,530 欧元的家庭；如果至少有 4 个孩子，ISEE 不超过 20,000 欧元。

svc-isee-help = 免费办理 ISEE
svc-isee-help-gives = 税务援助中心（CAF）免费为您计算 ISEE。几乎所有帮助都需要它。
svc-isee-help-for = 适合还没有今年的 ISEE，或者不知道自己有没有的人。

svc-food-aid = 食物援助
svc-food-aid-gives = 食物包，或者一张可以在爱心超市（emporio solidale）使用的卡。也可以马上得到。
svc-food-aid-for = 适合吃不饱的人。

svc-emergency-grant = 市政府经济补助（Contributo economico del Comune）
svc-emergency-grant-gives = 一次性的现金补助，用于紧急开支，例如账单或食物。
svc-emergency-grant-for = 适合有紧急经济困难的人。由社工决定。

svc-rent-support = 房租补助（Contributo per l'affitto）
svc-rent-support-gives = 用来支付部分房租的钱。由市政府和大区政府一起发放。
svc-rent-support-for = 适合租房、ISEE 不超过 26,000 欧元的人。

svc-arrears-fund = 非过失欠租基金（morosità incolpevole）
svc-arrears-fund-gives = 用来支付拖欠的房租、阻止驱逐的钱。
svc-arrears-fund-for = 适合因为失去工作或收入而交不起房租的人。

svc-social-housing = 公共住房（casa popolare，SAP）
svc-social-housing-gives = 一套低价出租的房子。在开放申请（bando）时申请。
svc-social-housing-for = 适合没有自有住房、ISEE 不超过 16,000 欧元的家庭。

svc-housing-emergency = 住房紧急援助（Emergenza casa）
svc-housing-emergency-gives = 在找房子期间，可以暂住一段时间的地方。
svc-housing-emergency-for = 适合快要失去住房或没有住房的人。

svc-night-shelter = 今晚睡觉的地方
svc-night-shelter-gives = 过夜的床位、淋浴和一顿饭。由社会紧急服务（Pronto Intervento Sociale）安排，晚上也可以。
svc-night-shelter-for = 适合今晚没有安全地方睡觉的人。

svc-family-doctor = 登记国家医疗服务并选择家庭医生
svc-family-doctor-gives = 免费的家庭医生（medico di famiglia）和医疗卡（tessera sanitaria）。
svc-family-doctor-for = 适合住在意大利、还没有医生的人。有居留许可续签回执也可以。

svc-stp-code = 就医用的 STP 代码
svc-stp-code-gives = 一个代码，没有居留许可也可以得到紧急和必要的治疗。没有人会举报您。
svc-stp-code-for = 适合没有有效居留许可（permesso di soggiorno）的外国人。

svc-home-nursing = 居家医疗护理（ADI）
svc-home-nursing-gives = 护士和医生上门。需要家庭医生提出申请。PUA 会安排评估上门访问。
svc-home-nursing-for = 适合无法出门看病的人。

svc-mental-health-centre = 心理健康中心（CPS）
svc-mental-health-centre-gives = 心理医生和医生会倾听并治疗。免费。
svc-mental-health-centre-for = 适合有焦虑、严重悲伤或其他心理问题的成年人。

svc-addiction-service = 成瘾治疗服务（SerD）
svc-addiction-service-gives = 对酒精、毒品或赌博问题的帮助和治疗。免费、保密，也可以不留姓名。
svc-addiction-service-for = 适合有成瘾问题的人及其家人。

svc-consultorio = 家庭咨询中心（Consultorio familiare）
svc-consultorio-gives = 关于怀孕、避孕和妇女健康的检查和建议。免费。
svc-consultorio-for = 适合女性、伴侣和青少年。

svc-permit-renewal = 居留许可（permesso di soggiorno）续签
svc-permit-renewal-gives = 帮助准备申请材料。用邮局（Poste）的申请包寄出。
svc-permit-renewal-for = 适合居留许可快要到期或已经过期的人。请在到期之前申请。

svc-family-reunification = 家庭团聚（Ricongiungimento familiare）
svc-family-reunification-gives = 帮助申请许可，把配偶、子女或父母接来意大利。
svc-family-reunification-for = 适合有有效居留许可、有收入和合适住房的人。

svc-long-term-permit = 长期居留许可（permesso di lungo periodo）
svc-long-term-permit-gives = 一种不会过期的居留许可。需要通过 A2 级意大利语考试。
svc-long-term-permit-for = 适合持居留许可在意大利住了至少 5 年、并且有收入的人。

svc-italian-course = 免费意大利语课程
svc-italian-course-gives = 给成年人上的意大利语课，结业时有证书。
svc-italian-course-for = 适合想学意大利语的外国成年人。

svc-migrant-legal-advice = 外国人法律咨询
svc-migrant-legal-advice-gives = 专业人员会向您解释，在居留许可或庇护方面您可以怎么做。免费。
svc-migrant-legal-advice-for = 适合没有有效居留许可，或者正在等待庇护申请结果的人。

svc-emergency-112 = 紧急电话 112
svc-emergency-112-gives = 警察、宪兵（carabinieri）和救护车。一直有人接听，也可以用其他语言。
svc-emergency-112-for = 适合现在有危险的人。

svc-helpline-1522 = 反暴力热线 1522
svc-helpline-1522-gives = 一个免费电话，日夜都有人接听，也可以用其他语言。不会显示在电话账单上。
svc-helpline-1522-for = 适合遭受暴力或感到害怕的人，以及想要帮忙的人。

svc-anti-violence-centre = 反暴力中心（Centro antiviolenza）
svc-anti-violence-centre-gives = 有经验的女性工作人员会倾听并帮助您。免费，而且保密。由您自己决定怎么做。
svc-anti-violence-centre-for = 适合遭受暴力的女性，没有报警也可以。

svc-safe-house = 庇护所（Casa rifugio）
svc-safe-house-gives = 一个安全、保密的住处，可以带孩子一起住。
svc-safe-house-for = 适合为了安全必须离开家的人。

svc-children-protection = 儿童支持
svc-children-protection-gives = 帮助在家里看到或经历暴力的孩子。
svc-children-protection-for = 适合有孩子牵涉其中的家庭。

svc-free-lawyer = 免费律师
svc-free-lawyer-gives = 由国家支付费用的律师，不管收入多少。
svc-free-lawyer-for = 适合遭受家庭暴力或跟踪骚扰（stalking）的人。反暴力中心会帮忙找律师。

svc-universal-benefit = 普惠补助（Prestazione universale）
svc-universal-benefit-gives = 在陪护津贴之外，每月再多 850 欧元，用来支付在家照顾的人。
svc-universal-benefit-for = 适合至少 80 岁、领取陪护津贴（indennità di accompagnamento）、ISEE 不超过 6,000 欧元的人。

svc-social-pension = 社会补助金（Assegno sociale）
svc-social-pension-gives = INPS 每月发的钱，给生活来源很少或没有的人。
svc-social-pension-for = 适合至少 67 岁、收入很少的人。需要在意大利住满 10 年。

svc-residential-care = 养老院（RSA）和短期喘息照护
svc-residential-care-gives = 在有照护的机构里的一个床位，可以长期住，也可以只住几个星期，让家人休息一下。
svc-residential-care-for = 适合已经不能独自在家生活的人。申请要经过 PUA，由 PUA 进行评估。

svc-care-worker-help = 帮助找护工（badante）
svc-care-worker-help-gives = 窗口帮您找到一位好的护工，并帮您签合同。
svc-care-worker-help-for = 适合正在找人到家里照顾老人的家庭。

svc-measure-b1 = 极重度残疾补助（Misura B1）
svc-measure-b1-gives = 每月发钱，并制定照护计划，给在家照顾极重度残疾人的人。
svc-measure-b1-for = 适合领取陪护津贴、日夜都需要照护的人。由地方卫生局（Azienda sanitaria）评估。

svc-support-administrator = 支持管理人（amministratore di sostegno）
svc-support-administrator-gives = 法官指定一个人（通常是家人）帮助管理钱和文件。不需要律师。
svc-support-administrator-for = 适合已经不能自己管理钱和各种手续的人。

svc-ticket-exemption = 免交医疗自付费（esenzione dal ticket）
svc-ticket-exemption-gives = 看病和检查时不用交自付费（ticket）。
svc-ticket-exemption-for = 适合 6 岁以下的儿童和 65 岁及以上的人，家庭收入不超过 36,152 欧元。失业的人或领最低养老金、收入低的人也可以。

svc-attendance-frequency = 上学及治疗津贴（indennità di frequenza）
svc-attendance-frequency-gives = INPS 每月发的钱，在孩子上学或做治疗的月份发放。
svc-attendance-frequency-for = 适合有长期困难、正在上学或接受治疗的未成年人。

svc-uonpia = 儿童神经精神科（UONPIA）
svc-uonpia-gives = 为在发育、行为或情绪方面有困难的儿童和青少年提供医生和治疗师。免费。
svc-uonpia-for = 适合 17 岁及以下的儿童和青少年。

svc-maternity-allowance = 市政府生育补贴（Assegno di maternità dei Comuni）
svc-maternity-allowance-gives = 给没有其他生育补贴、或补贴很少的妈妈的钱。必须在孩子出生后 6 个月内向市政府（Comune）申请。
svc-maternity-allowance-for = 适合 ISEE 不超过 20,382 欧元的妈妈。来自欧盟以外的人需要长期居留许可或保护身份。

svc-dedicated-card = 专属购物卡（Carta Dedicata a te）
svc-dedicated-card-gives = 一张有钱的卡，用来买食物。不需要申请：市政府会从 INPS 的名单中选择家庭。
svc-dedicated-card-for = 适合至少 3 口人、ISEE 不超过 15,000 欧元、没有领取 ADI 等其他补助的家庭。

svc-over-indebtedness = 债务帮助（sovraindebitamento）
svc-over-indebtedness-gives = 专业人员帮您制定一个尽力偿还债务的计划。有时法官会免除一部分债务。
svc-over-indebtedness-for = 适合有已经还不起的债务的人。

svc-registered-residence = 在市镇登记户籍（residenza）
svc-registered-residence-gives = 在市政府户籍处（anagrafe）登记。没有住房的人可以把户籍登记在市政府指定的地址。
svc-registered-residence-for = 适合住在本市镇、但还没有登记户籍的人。没有户籍登记，很多帮助都拿不到。

svc-psychologist-bonus = 心理咨询补贴（Bonus psicologo）
svc-psychologist-bonus-gives = 用来支付几次心理咨询费用的钱。在开放申请（bando）时申请。
svc-psychologist-bonus-for = 适合有焦虑、悲伤或压力的人，ISEE 不超过 50,000 欧元。

svc-italian-citizenship = 意大利国籍（cittadinanza italiana）
svc-italian-citizenship-gives = 帮助申请成为意大利公民。
svc-italian-citizenship-for = 适合在意大利有户籍登记满 10 年的人；难民满 5 年，欧盟公民满 4 年。需要 B1 级意大利语。

svc-freedom-income = 自由收入（Reddito di libertà）
svc-freedom-income-gives = 一年内每月最多 500 欧元，用来重新开始独立生活。
svc-freedom-income-for = 适合摆脱暴力的女性。由反暴力中心和市政府一起跟进。

svc-violence-permit = 暴力受害者居留许可（permesso di soggiorno）
svc-violence-permit-gives = 一种不依赖伴侣的居留许可。保护报警或向反暴力中心求助的人。
svc-violence-permit-for = 适合遭受家庭暴力的外国人。

svc-food-aid-urgent = 今天就可以：去明爱会（Caritas）或社会服务窗口（Sportello Sociale）。没有证件也会给您食物。
svc-night-shelter-urgent = 今晚：请打电话给市政府的社会紧急服务（Pronto Intervento Sociale），晚上也有人接听。或者今天去社会服务窗口（Sportello Sociale）。
svc-emergency-112-urgent = 现在有危险：请拨打 112。一直有人接听，也可以用其他语言。
svc-helpline-1522-urgent = 请拨打 1522：免费，日夜都有人接听，也可以用其他语言。您也可以在网上聊天（chat）里写字。
svc-anti-violence-centre-urgent = 反暴力中心会倾听并帮助您，没有报警也可以。拨打 1522 可以帮您联系上。
svc-safe-house-urgent = 如果您不能留在家里，1522 和反暴力中心今天就可以找到安全的地方。

rule-needs-personal-care = 需要有人帮忙洗澡、做家务或行动。
rule-cannot-cook = 需要有人帮忙做饭。
rule-lives-alone = 适合一个人住的人。
rule-may-need-quick-help = 适合可能需要马上得到帮助的人。
rule-invalidity-not-recognised = 适合还没有得到残疾认定的人。
rule-over-65 = 适合至少 65 岁的人。
rule-needs-care-during-day = 白天需要照护。
rule-law-104-not-recognised = 适合还没有第104号法律（Legge 104）认定的人。
rule-hard-to-move-around = 适合行动或停车有困难的人。
rule-needs-transport = 适合需要交通服务的人。
rule-wants-work = 适合正在找工作的人。
rule-working-age = 适合 16 到 66 岁的人。
rule-needs-school-support = 适合在学校需要帮助的人。
rule-school-age = 适合 3 到 20 岁的人。
rule-needs-daily-care = 适合每天都需要照护的人。
rule-adult = 适合至少 18 岁的人。
rule-age-18-to-66 = 适合 18 到 66 岁的人。
rule-has-children-or-expecting = 适合有孩子或正在怀孕的人。
rule-child-under-3 = 适合有 3 岁以下孩子的人。
rule-needs-childcare = 适合需要有人帮忙照看孩子的人。
rule-isee-up-to-15748 = ISEE 不能超过 15,748 欧元。
rule-parenting-or-expecting = 适合需要帮助的父母和正在怀孕的人。
rule-isee-up-to-40000 = ISEE 不能超过 40,000 欧元。
rule-household-with-minor-disabled-or-over-60 = 家里要有未成年人、残疾人或 60 岁以上的人。
rule-isee-up-to-10140 = ISEE 不能超过 10,140 欧元。
rule-age-18-to-59 = 适合 18 到 59 岁的人。
rule-without-work = 适合没有工作的人。
rule-lost-job = 适合失去工作的人。
rule-not-by-choice = 工作必须是非自愿结束的。
rule-age-16-to-66 = 适合 16 到 66 岁的人。
rule-no-isee-yet = 适合还没有 ISEE 的人。
rule-not-enough-food = 适合食物不够的人。
rule-cannot-pay-basics = 适合付不起食物或账单的人。
rule-pays-rent = 适合租房住的人。
rule-isee-up-to-26000 = ISEE 不能超过 26,000 欧元。
rule-no-own-home = 适合没有自有住房的人。
rule-isee-up-to-16000 = ISEE 不能超过 16,000 欧元。
rule-losing-home = 适合快要失去住房或没有住房的人。
rule-nowhere-to-sleep = 适合今晚没有地方睡觉的人。
rule-no-family-doctor = 适合没有家庭医生的人。
rule-can-register-with-health-service = 需要有欧盟国籍或有效的居留许可。
rule-without-valid-permit = 适合没有有效居留许可的人。
rule-needs-care-at-home = 适合需要居家治疗的人。
rule-mental-health = 适合有心理问题的人。
rule-addiction = 适合有成瘾问题的人。
rule-pregnancy-or-family-health = 适用于怀孕和妇女健康。
rule-permit-expiring-or-expired = 适合居留许可快要到期或已经过期的人。
rule-family-abroad = 适合想把家人接来意大利的人。
rule-valid-permit = 需要有效的居留许可。
rule-five-years-in-italy = 需要在意大利住满至少 5 年。
rule-learning-italian = 适合想学意大利语的人。
rule-without-valid-permit-or-asylum = 适合没有有效居留许可或已经申请庇护的人。
rule-in-danger-now = 适合现在有危险的人。
rule-no-safe-place = 适合没有安全地方可去的人。
rule-children-involved = 适合有孩子牵涉其中的人。
rule-resident-here = 需要在本市镇登记户籍（residenza）。
rule-permit-for-municipal-services = 非欧盟公民必须有居留许可。续签回执也可以。
rule-needs-constant-care = 适合需要一直有人在身边的人。
rule-invalidity-100-or-pending = 需要 100% 的残疾认定，申请还在处理中也可以。
rule-over-80 = 适合至少 80 岁的人。
rule-has-attendance-allowance = 需要领取陪护津贴（indennità di accompagnamento）。
rule-isee-up-to-6000 = ISEE 不能超过 6,000 欧元。
rule-age-67-or-more = 适合至少 67 岁的人。
rule-income-up-to-583-a-month = 收入不能超过每月大约 583 欧元。
rule-ten-years-in-italy = 需要在意大利住满至少 10 年。
rule-permit-for-social-pension = 来自欧盟以外的人需要长期居留许可或保护身份。
rule-severe-disability = 需要领取陪护津贴，或有严重级的第104号法律（Legge 104）认定。
rule-has-carer = 需要有家人或护工（badante）在家里照顾。
rule-cannot-manage-money = 适合没有别人帮忙就无法管理钱和文件的人。
rule-under-6-or-over-65 = 适合 6 岁以下的儿童和至少 65 岁的人。
rule-invalidity-46-or-more = 需要 46% 及以上的残疾认定。
rule-minor = 适合未满 18 岁的人。
rule-needs-school-or-care = 适合在学校需要帮助或每天需要照护的人。
rule-no-attendance-allowance = 不能和陪护津贴同时领取。
rule-invalidity-74-or-more = 需要 74% 及以上的残疾认定。
rule-child-mind-or-development = 适用于发育、学习或情绪方面的困难。
rule-child-at-secondary-school = 适合有孩子在上初中或高中的人。
rule-child-3-to-13 = 适合有 3 到 13 岁孩子的人。
rule-baby-born-recently = 适用于最近出生或被收养的孩子。
rule-isee-up-to-20382 = ISEE 不能超过 20,382 欧元。
rule-permit-for-inclusion = 来自欧盟以外的人需要长期居留许可或保护身份。
rule-isee-for-energy-bonus = ISEE 不能超过 9,530 欧元；如果至少有 4 个孩子，不能超过 20,000 欧元。
rule-isee-up-to-15000 = ISEE 不能超过 15,000 欧元。
rule-household-of-3-or-more = 适合至少 3 口人的家庭。
rule-cannot-repay-debts = 适合有还不起的债务的人。
rule-not-resident = 适合还没有在本市镇登记户籍的人。
rule-isee-up-to-50000 = ISEE 不能超过 50,000 欧元。
rule-valid-permit-not-long-term = 需要有效的居留许可，而且还不是长期居留许可。
rule-years-for-citizenship = 需要在意大利登记户籍满 10 年。难民满 5 年、欧盟公民满 4 年就可以。
rule-needs-money-to-leave = 适合需要钱来独立生活的人。
rule-not-eu-citizen = 适合来自欧盟以外的人。
rule-isee-for-b2 = ISEE 不能超过 25,000 欧元；如果是未成年人，不能超过 40,000 欧元。
rule-has-eviction-notice = 适合因为付不起房租而收到驱逐令（sfratto）的人。
rule-permit-for-family-benefits = 非欧盟公民必须有允许工作的居留许可。
rule-income-for-ticket = 收入不能超过每月大约 2,780 欧元。
rule-age-17-or-more = 适合至少 17 岁的人。

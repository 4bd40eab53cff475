# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = 是
answer-no = 否
answer-dont-know = 我不知道

unit-years = 年
unit-euro = 欧元
unit-children = 个孩子
unit-euro-month = 欧元/月
unit-people = 人
unit-years-count = { $count ->
   *[other] 年
  }
unit-euro-count = { $count ->
   *[other] 欧元
  }
unit-children-count = { $count ->
   *[other] 个孩子
  }
unit-euro-month-count = { $count ->
   *[other] 欧元/月
  }
unit-people-count = { $count ->
   *[other] 人
  }
number-thousands-separator = ,

q-age = { $who ->
    [me] 您多大年纪？
   *[other] 您帮助的人多大年纪？
  }
q-age-short = 年龄
q-age-why = 有些帮助只给一定年龄的人。

q-lives-alone = { $who ->
    [me] 您是一个人住吗？
   *[other] 这个人是一个人住吗？
  }
q-lives-alone-short = 一个人住

q-daily-help = { $who ->
    [me] 现在哪些事情没有人帮忙您就很难做到？
   *[other] 现在哪些事情没有人帮忙这个人就很难做到？
  }
q-daily-help-short = 哪些事情有困难
q-daily-help-washing = 洗澡和穿衣
q-daily-help-meals = 做饭和吃饭
q-daily-help-housework = 打扫房子
q-daily-help-moving = 在家里走动或出门
q-daily-help-medicines = 吃药
q-daily-help-none = 以上都没有

q-alone-risk = { $who ->
    [me] 您会不会有马上需要帮助的时候，例如摔倒以后？
   *[other] 这个人会不会有马上需要帮助的时候，例如摔倒以后？
  }
q-alone-risk-short = 可能需要马上得到帮助
q-alone-risk-why = 一个人住的人可以申请一种设备，按一个键就能呼叫帮助。

q-invalidity = { $who ->
    [me] 您有已经认定的民事残疾（invalidità civile）吗？
   *[other] 这个人有已经认定的民事残疾（invalidità civile）吗？
  }
q-invalidity-short = 民事残疾（invalidità civile）
q-invalidity-100-attendance = { $who ->
    [me] 有，100%，并且我领取陪护津贴（indennità di accompagnamento）
   *[other] 有，100%，并且这个人领取陪护津贴（indennità di accompagnamento）
  }
q-invalidity-100 = 有，100%，没有陪护津贴
q-invalidity-74-99 = 有，74% 到 99%
q-invalidity-46-73 = 有，46% 到 73%
q-invalidity-34-45 = 有，34% 到 45%
q-invalidity-pending = { $who ->
    [me] 我已经申请了，正在等结果
   *[other] 这个人已经申请了，正在等结果
  }
q-invalidity-no = 没有
q-invalidity-term-title = 民事残疾（invalidità civile）是什么意思？
q-invalidity-term = 这是对疾病影响日常生活的正式认定。由 INPS（意大利国家社会保障局）的医疗委员会决定，并在认定书（verbale）上写明百分比。有了认定就可以得到帮助和补贴。

q-carer = { $who ->
    [me] 有家人或护工（badante）在家里照顾您吗？
   *[other] 您、家人或护工（badante）在家里照顾这个人吗？
  }
q-carer-short = 在家里由谁照顾

q-has-isee = { $who ->
    [me] 您有今年有效的 ISEE 吗？
   *[other] 这个人的家庭有今年有效的 ISEE 吗？
  }
q-has-isee-short = ISEE
q-has-isee-why = 很多帮助都要看 ISEE。如果您没有，我们会告诉您在哪里可以免费办理。
q-has-isee-term-title = ISEE 是什么？
q-has-isee-term = 这是一个数值，用来衡量一个家庭的经济状况：收入、房产、存款。税务援助中心（CAF）可以免费办理。有效期到 12 月 31 日。

q-isee = { $who ->
    [me] 您的 ISEE 是多少？
   *[other] 这个人的 ISEE 是多少？
  }
q-isee-short = ISEE 数值

q-law-104 = { $who ->
    [me] 您有第104号法律（Legge 104）的认定吗？
   *[other] 这个人有第104号法律（Legge 104）的认定吗？
  }
q-law-104-short = 第104号法律（Legge 104）
q-law-104-term-title = 第104号法律（Legge 104）是什么？
q-law-104-severe = 有，属于严重情况（第3条第3款）
q-law-104-term = 这是关于残疾人的法律。得到认定后，可以享受工作假期和其他帮助。认定书（verbale）上会写明是否属于严重情况。

q-disability-needs = { $who ->
    [me] 您在哪些方面需要帮助？
   *[other] 这个人在哪些方面需要帮助？
  }
q-disability-needs-short = 需要的帮助
q-disability-needs-daily-care = 日常照护，包括白天在家以外的地方
q-disability-needs-transport = 交通，例如去看病或去中心
q-disability-needs-parking = 在要去的地方附近停车
q-disability-needs-work = 找到或保住工作
q-disability-needs-school = 上学
q-disability-needs-none = 以上都没有

q-children = { $who ->
    [me] 有几个 21 岁以下的孩子和您住在一起？
   *[other] 有几个 21 岁以下的孩子和这个人住在一起？
  }
q-children-short = 21 岁以下的孩子
q-children-why = 每个孩子都有相应的帮助。如果没有孩子，请填 0。

q-children-ages = { $who ->
    [me] 您的孩子多大？请选择所有符合的年龄。
   *[other] 这个人的孩子多大？请选择所有符合的年龄。
  }
q-children-ages-short = 孩子的年龄
q-children-ages-under-1 = 不到 1 岁
q-children-ages-1-2 = 1 岁或 2 岁（托儿所）
q-children-ages-3-5 = 3 到 5 岁（幼儿园）
q-children-ages-6-10 = 6 到 10 岁（小学）
q-children-ages-11-13 = 11 到 13 岁（初中）
q-children-ages-14-18 = 14 到 18 岁（高中）
q-children-ages-19-20 = 19 岁或 20 岁

q-newborn = { $who ->
    [me] 孩子是在最近 6 个月内出生或来到您家的吗？
   *[other] 孩子是在最近 6 个月内出生或来到这个人家里的吗？
  }
q-newborn-short = 最近 6 个月内出生的孩子
q-newborn-why = 有些帮助必须在孩子出生或被收养后的几个月内申请。

q-pregnant = { $who ->
    [me] 您怀孕了吗？
   *[other] 这个人怀孕了吗？
  }
q-pregnant-short = 怀孕

q-family-needs = { $who ->
    [me] 在孩子方面，您需要哪些帮助？
   *[other] 在孩子方面，这个人需要哪些帮助？
  }
q-family-needs-short = 孩子方面的帮助
q-family-needs-childcare = 有人帮忙照看小孩
q-family-needs-parenting = 作为父母得到建议或支持
q-family-needs-none = 以上都没有

q-work-status = { $who ->
    [me] 您现在工作吗？
   *[other] 这个人现在工作吗？
  }
q-work-status-short = 工作
q-work-status-employed = { $who ->
    [me] 是，我在工作
   *[other] 是，这个人在工作
  }
q-work-status-lost-job = { $who ->
    [me] 我最近失业了
   *[other] 这个人最近失业了
  }
q-work-status-unemployed = { $who ->
    [me] 我已经很久没有工作了
   *[other] 这个人已经很久没有工作了
  }
q-work-status-retired = { $who ->
    [me] 我已经退休了
   *[other] 这个人已经退休了
  }
q-work-status-student = { $who ->
    [me] 我在上学
   *[other] 这个人在上学
  }

q-job-lost-involuntary = { $who ->
    [me] 您的工作是在您不愿意的情况下结束的吗？
   *[other] 这个人的工作是在他/她不愿意的情况下结束的吗？
  }
q-job-lost-involuntary-short = 工作非自愿结束
q-job-lost-involuntary-why = 例如被解雇或合同到期。自己辞职的人通常拿不到失业金（NASpI）。

q-household = { $who ->
    [me] 谁和您住在一起？
   *[other] 谁和这个人住在一起？
  }
q-household-short = 家里有
q-household-minor = 18 岁以下的孩子
q-household-disabled = 残疾人
q-household-over-60 = 60 岁以上的人
q-household-none = 以上都没有
q-household-why = 融入补助金（Assegno di Inclusione）是给家里有这些人的家庭的。申请人本人的年龄也算。

q-food = { $who ->
    [me] 接下来几天您有足够的食物吗？
   *[other] 接下来几天这个人有足够的食物吗？
  }
q-food-short = 接下来几天的食物

q-bills = { $who ->
    [me] 您交电费、燃气费或水费有困难吗？
   *[other] 这个人交电费、燃气费或水费有困难吗？
  }
q-bills-short = 交账单有困难

q-housing-situation = { $who ->
    [me] 您现在住在哪里？
   *[other] 这个人现在住在哪里？
  }
q-housing-situation-short = 住在哪里
q-housing-situation-rent = 租房
q-housing-situation-own = 住在自己的房子里
q-housing-situation-guest = 借住在朋友或亲戚家
q-housing-situation-no-home = { $who ->
    [me] 我没有住的地方
   *[other] 这个人没有住的地方
  }

q-sleep-tonight = { $who ->
    [me] 今晚您有安全的地方睡觉吗？
   *[other] 今晚这个人有安全的地方睡觉吗？
  }
q-sleep-tonight-short = 今晚睡觉的地方

q-eviction = { $who ->
    [me] 您收到驱逐令（sfratto）了吗？
   *[other] 这个人收到驱逐令（sfratto）了吗？
  }
q-eviction-short = 驱逐令（sfratto）
q-eviction-term-title = 驱逐令（sfratto）是什么？
q-eviction-term = 这是法官命令搬出租住房屋的文件。通常是在几个月没交房租以后发出的。

q-rent-arrears = { $who ->
    [me] 您拖欠房租了吗？
   *[other] 这个人拖欠房租了吗？
  }
q-rent-arrears-short = 拖欠房租

q-has-doctor = { $who ->
    [me] 您有家庭医生（medico di famiglia）吗？
   *[other] 这个人有家庭医生（medico di famiglia）吗？
  }
q-has-doctor-short = 家庭医生

q-citizenship = { $who ->
    [me] 您是哪国国籍？
   *[other] 这个人是哪国国籍？
  }
q-citizenship-short = 国籍
q-citizenship-italian = 意大利
q-citizenship-eu = 欧盟的另一个国家
q-citizenship-non-eu = 欧盟以外的国家
q-citizenship-why = 对于来自欧盟以外的人，有些规定不一样。

q-permit = { $who ->
    [me] 您有居留许可（permesso di soggiorno）吗？
   *[other] 这个人有居留许可（permesso di soggiorno）吗？
  }
q-permit-short = 居留许可（permesso di soggiorno）
q-permit-valid = 有，有效
q-permit-long-term = 有，长期居留（不会过期）
q-permit-refugee = 有，难民身份
q-permit-subsidiary = 有，辅助保护（protezione sussidiaria）
q-permit-asylum-seeker = { $who ->
    [me] 我申请了庇护，正在等结果
   *[other] 这个人申请了庇护，正在等结果
  }
q-permit-receipt = { $who ->
    [me] 我申请了续签，有回执
   *[other] 这个人申请了续签，有回执
  }
q-permit-expiring = 有，但是 2 个月内到期
q-permit-expired = 有，但是已经过期了
q-permit-none = 没有
q-permit-term-title = 居留许可（permesso di soggiorno）是什么？
q-permit-term = 这是让来自欧盟以外的人可以留在意大利的证件。由警察总局（Questura）签发。续签的回执和居留许可一样有效。

q-health-needs = { $who ->
    [me] 在健康方面，您需要什么？
   *[other] 在健康方面，这个人需要什么？
  }
q-health-needs-short = 健康需要
q-health-needs-home-care = 在家治疗，例如护士上门
q-health-needs-mental-health = 焦虑、悲伤或其他心理问题方面的帮助
q-health-needs-addiction = 酒精、毒品或赌博方面的帮助
q-health-needs-pregnancy = 怀孕、避孕或妇女健康
q-health-needs-none = 以上都没有

q-years-italy = { $who ->
    [me] 您在意大利住了几年？
   *[other] 这个人在意大利住了几年？
  }
q-years-italy-short = 在意大利的年数
q-years-italy-why = 有些帮助要求在意大利住满一定年数。住满 5 年后，可以申请不会过期的居留许可。

q-family-abroad = { $who ->
    [me] 您想把家人接来意大利吗？
   *[other] 这个人想把家人接来意大利吗？
  }
q-family-abroad-short = 想接来的家人

q-italian-level = { $who ->
    [me] 您的意大利语说得怎么样？
   *[other] 这个人的意大利语说得怎么样？
  }
q-italian-level-short = 意大利语
q-italian-level-none = 完全不会
q-italian-level-basic = 会一点
q-italian-level-good = 很好

q-danger-now = { $who ->
    [me] 您现在有危险吗？
   *[other] 这个人现在有危险吗？
  }
q-danger-now-short = 现在有危险

q-safe-place = { $who ->
    [me] 如果您必须离开家，有安全的地方可以去吗？
   *[other] 如果这个人必须离开家，有安全的地方可以去吗？
  }
q-safe-place-short = 可以去的安全地方

q-children-involved = { $who ->
    [me] 有没有孩子看到或经历这种暴力？
   *[other] 有没有孩子看到或经历这种暴力？
  }
q-children-involved-short = 牵涉到的孩子

q-needs-constant-care = { $who ->
    [me] 您是否需要有人整天在身边，甚至晚上也需要？
   *[other] 这个人是否需要有人整天在身边，甚至晚上也需要？
  }
q-needs-constant-care-short = 需要一直有人在身边
q-needs-constant-care-why = 不能独自生活的人可以得到更多帮助，包括钱和照护。

q-manages-money = { $who ->
    [me] 您能不靠别人帮忙，自己管理钱和文件吗？例如银行和账单。
   *[other] 这个人能不靠别人帮忙，自己管理钱和文件吗？例如银行和账单。
  }
q-manages-money-short = 自己管理钱和文件
q-manages-money-why = 如果一个人已经做不到，法官可以指定一个人来帮助他/她。

q-municipality = { $who ->
    [me] 您住在哪个市镇（Comune）？
   *[other] 这个人住在哪个市镇（Comune）？
  }
q-municipality-short = 居住的市镇
q-municipality-why = 每个市镇（Comune）帮助住在那里的人。这样我们会先给您看您所在市镇的窗口。
q-municipality-other = 其他市镇，不在这个列表里

q-resident = { $who ->
    [me] 您在居住的市镇有户籍登记（residenza）吗？
   *[other] 这个人在居住的市镇有户籍登记（residenza）吗？
  }
q-resident-short = 在市镇有户籍登记
q-resident-why = 市政府的很多帮助是给在当地有户籍登记的人的。
q-resident-term-title = 户籍登记（residenza）是什么？
q-resident-term = 意思是在您居住的市镇的户籍处（anagrafe）登记。可以到户籍办公室申请。没有住房的人也可以登记。

q-monthly-income = { $who ->
    [me] 您每个月一共有多少收入？
   *[other] 这个人每个月一共有多少收入？
  }
q-monthly-income-short = 每月收入
q-monthly-income-why = 养老金和其他所有收入都要算进去。收入少的人可以得到 INPS（意大利国家社会保障局）的帮助。

q-household-size = { $who ->
    [me] 家里一共住几个人，包括您自己？
   *[other] 家里一共住几个人，包括这个人？
  }
q-household-size-short = 家里的人数
q-household-size-why = 有些帮助是给至少 3 口人的家庭的。

q-debts = { $who ->
    [me] 您有没有已经还不起的债务？
   *[other] 这个人有没有已经还不起的债务？
  }
q-debts-short = 还不起的债务

q-needs-money = { $who ->
    [me] 您需要钱来独立生活吗？
   *[other] 这个人需要钱来独立生活吗？
  }
q-needs-money-short = 需要钱重新开始
q-needs-money-why = 有一种现金补助，给摆脱暴力、想要重新开始的人。

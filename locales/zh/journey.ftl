next-body = 现在我们会问您几个简单的问题，一次一个。您随时可以返回上一步。
start-questions = 开始回答问题

question-progress = 第 { $current } 题，共 { $total } 题
back = 返回
continue-link = 继续
why-we-ask = 我们为什么问这个
municipality-choose = 选择市镇（Comune）
choose-all-that-apply = 请选择所有符合的答案。
title-neutral-question = 问题
title-neutral-results = 信息

error-missing = 请选择或填写一个答案。
error-not-an-option = 请从列表中选择一个答案。
error-not-a-number = 请填写一个数字，例如 12。
error-too-small = 数字最小是 { $min }。
error-too-large = 数字最大是 { $max }。
error-unknown-municipality = 请从列表中选择一个市镇。

quick-exit = 马上离开这个页面
quick-exit-hint = 或者连按 3 次 Shift（上档）键。
read-aloud = 朗读
read-aloud-stop = 停止朗读

check-title = 检查您的答案
check-intro = 如果有不对的地方，请按“修改”。
check-see-results = 查看结果

results-title = 适合您的帮助
results-intro = { $who ->
    [me] 根据您的答案，这些是适合您的帮助。
   *[other] 根据这些答案，这些是适合您所帮助的人的帮助。
  }
results-fits-heading = { $who ->
    [me] 适合您的帮助
   *[other] 适合这个人的帮助
  }
results-may-heading = 可以到窗口询问的帮助
results-may-intro = { $who ->
    [me] 这些帮助可能适合您。窗口的工作人员可以核实您不清楚的情况。
   *[other] 这些帮助可能适合这个人。窗口的工作人员可以核实您不清楚的情况。
  }
results-not-heading = { $who ->
    [me] 不适合您的帮助，以及原因
   *[other] 不适合这个人的帮助，以及原因
  }
results-none-fit = 根据这些答案，没有完全合适的帮助。这并不是拒绝：请先到社会服务窗口（Sportello Sociale）进行一次面谈。
results-urgent-heading = 哪里可以马上得到帮助
results-always-heading = 社会服务窗口一直都在
results-always-intro = 不知道从哪里开始，或者对答案没有把握？窗口的工作人员会听您说，并帮您弄清楚。这些帮助人人都可以得到。
results-pua-route = 这项申请要经过 PUA（统一接待窗口，Porta Unica di Accesso）。一位医生和一位社工会一起进行评估（UVM），通常是在家里。然后他们和你们一起制定照护计划。
results-law = 规定：{ $law }。核对日期：{ $checked }。
checklist-pua-note = 为了 PUA 的评估，还请带上医生开的证明和您正在服用的药。
results-ask-at-desk = 需要到窗口询问：
results-you-said = （您的回答：{ $answers }）
results-always-why = 人人都可以得到。
results-why-fits = { $who ->
    [me] 为什么适合您
   *[other] 为什么适合这个人
  }
results-why-not = { $who ->
    [me] 为什么不适合您
   *[other] 为什么不适合这个人
  }
results-for-whom = 适用对象
results-what-to-bring = 要带什么
results-no-documents = 不需要任何文件。
results-who-provides = 由谁提供
results-how-long = 需要多长时间
results-official-page = 官方网页
results-next-heading = 接下来
results-change-answers = 修改答案
results-print = 打印版
results-start-again = 从头开始

results-elsewhere-heading = 其他可能有用的帮助
results-elsewhere-intro = 根据这些答案，这些帮助可能也有用。只需再回答几个问题：已经填写的答案会保留。
results-elsewhere-fits = 符合已填写的答案
results-elsewhere-may = 需要核实
results-elsewhere-continue = { $count ->
    [0] 查看这些帮助
   *[other] 再回答 { $count } 个问题
  }

checklist-heading = 要带的文件
checklist-intro = 把您已经有的打上勾。这样您就知道还缺什么。
checklist-save = 保存清单

home-title = 找到适合您的帮助
home-heading = 找到适合您的帮助
home-intro = 请回答几个问题。我们会告诉您可以得到哪些帮助、要带什么、去哪里。
home-step-answer = 回答简单的问题，一次一个。
home-step-learn = 了解哪些帮助适合您，以及原因。
home-step-book = 在离您最近的窗口预约。
home-reassure = 完全免费。不需要注册账户。您可以随时返回并修改答案。

who-legend = 谁需要帮助？
who-me = 我自己
who-other = 我帮助的人

area-legend = 您需要哪方面的帮助？
start-continue = 继续
start-error-who = 请选择谁需要帮助。
start-error-area = 请选择您需要哪方面的帮助。

next-heading = 接下来会怎样

urgent-heading = 您现在有危险吗？
urgent-body = 请拨打 112。遇到暴力请拨打 1522：免费，日夜都有人接听，也可以用其他语言。

home-first-step-heading = 不知道从哪里开始？
home-first-step-body = 请预约到社会服务窗口（Sportello Sociale）进行第一次面谈。您讲一讲自己的情况，工作人员会帮您弄清楚该怎么做。
home-first-step-link = 查找社会服务窗口

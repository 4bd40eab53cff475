accessibility-title = 无障碍声明
accessibility-intro = 我们希望每个人都能使用 Ponte。包括看不清楚的人、听不见的人、只用键盘或屏幕阅读器的人。
accessibility-status-heading = 我们现在做到了哪一步
accessibility-status-body =
    本网站遵守 WCAG 2.2 规则的 AA 级。这是欧洲对公共网站的规定。
    每次修改时，每个页面都会自动检查，所有语言都检查。
accessibility-how-heading = 您可以做什么
accessibility-how-body =
    您可以只用键盘使用本网站。您所在的位置总是清楚可见。
    您可以把文字放大到两倍。页面也适合小屏幕。
    没有 JavaScript 时本网站也能使用，也能使用您系统的颜色。
    如果您要求屏幕上少一些动态效果，本网站就不使用动画。
accessibility-limits-heading = 还有哪些不足
accessibility-limits-body =
    本网站是新的，我们还在建设中。有些部分还没有做好。
    我们还没有请使用屏幕阅读器的人来测试。我们很快就会做。
accessibility-feedback-heading = 告诉我们哪里有问题
accessibility-feedback-body =
    如果网站的某个部分您用不了，请告诉我们。请写信给您所在市政府（Comune）的社会服务窗口（Sportello Sociale），或者亲自去一趟。
    我们会在 30 天内答复您。
accessibility-enforcement-heading = 如果您没有收到答复
accessibility-enforcement-body =
    如果您没有收到答复，或者对答复不满意，可以写信给 AgID 的数字权益监察员（Difensore civico per il digitale）。
    AgID 是意大利数字化署（Agenzia per l'Italia Digitale）。

# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = 简体中文
site-name = Ponte
skip-to-content = 跳到主要内容
language-switch-label = 语言
translation-notice = 这份译文是借助电脑翻译的，还没有人检查过。以意大利语原文为准。
translation-notice-link = 阅读这个页面的意大利语版本
footer-nav-label = 关于本网站
footer-accessibility = 无障碍
footer-privacy = 隐私
footer-about = Ponte 是各市政府社会服务窗口（Sportelli Sociali）的网站。这是试用版，里面是示例数据。

error-prefix = 错误：
error-summary-title = 出现了一个问题
change = 修改

not-found-title = 找不到页面
not-found-body = 这个页面不存在。可能是网址写错了。
not-found-home = 前往首页
step-first-title = 请先完成登录
step-first-body = 您还差一步才能登录：输入应用里的验证码，或设置新密码。
form-unreadable-title = 我们无法读取这份表格
form-unreadable-body = 表格到达时的格式我们无法识别。请返回，刷新页面，然后再提交一次。
manage-link = 您已经预约过了吗？

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = 现在有很多人正在预约
busy-wait = 请一分钟后再试。
busy-not-sent = 您的请求还没有发出。您还没有预约任何事情。
busy-unsure = 我们没能完成。请按“重试”：如果您的请求已经保存，您就会看到它。您绝不会重复预约。
busy-kept = 您填写的内容都还在这里。您不需要重新填写。
busy-retry = 重试
busy-home = 返回首页

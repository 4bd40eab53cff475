# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = 隐私
privacy-intro = 在这里您可以了解 Ponte 使用哪些数据、为什么使用、谁能看到、保存多久。先是摘要，然后是详细说明。
privacy-summary =
    为了告诉您哪些帮助适合您，我们不会问您的姓名。
    如果您不预约，我们会删除您的答案。我们会在 { $draft-minutes } 分钟内删除。
    如果您预约，您的答案会发送给您选择的窗口。一起发送的还有您的姓名，以及您愿意提供的电话或电子邮件。
    预约结束后，我们会等 { $days } 天。然后删除姓名、联系方式和答案。
    Ponte 只提供建议。最后总是由窗口的工作人员来决定。
    我们不使用广告 Cookie。我们不出售您的数据。
    您可以查看、更正或删除您的数据。请写信到 { $contact }。

privacy-who-heading = 谁对您的数据负责
privacy-who-body =
    数据控制者（titolare）是 { $controller }。控制者决定如何使用数据，并对数据负责。
    写信给控制者：{ $contact }。
    控制者有一位数据保护官。他的联系方式是 { $dpo }。

privacy-desks-heading = 不属于市政府的窗口
privacy-desks-body =
    有些窗口不属于市政府（Comune）。例如税务援助中心（CAF）、劳工援助机构（patronato）、明爱会（Caritas）、地方卫生局（ASST）、成人学校（CPIA）或反暴力中心。
    如果您在其中一个窗口预约，Ponte 会把预约和答案发给它。之后，这个窗口也会为了它自己的服务使用您的数据。
    每个窗口都有自己的隐私规定。您可以向窗口索取。

privacy-what-heading = 我们使用哪些数据
privacy-what-body =
    您对问题的回答，包括您居住的市镇。有些答案涉及敏感的内容：健康、残疾、居留许可（permesso di soggiorno）、暴力。
    您说您已经有的文件。
    如果您预约：姓名、您提供的电话或电子邮件、语言，以及给窗口的留言。还有填写人：您本人、亲属或调解员。
    预约编号和 PIN 码。PIN 码以无法读取的形式保存。
    如果您给帮助您的人一个 PIN 码：这个人的姓名、这个人是您的什么人、您提供的这个人的电话或电子邮件，以及您同意的时间。这个人的 PIN 码也以无法读取的形式保存。
    如果您打电话来或到窗口来，工作人员可以替您填写请求。我们也保存请求是通过什么方式提出的，以及是谁填写的。
    如果调解员或工作人员和您一起回答问题，我们会保存是谁帮助了您，以及您是怎样同意的：当面还是通过电话。
    您手机或电脑的网络地址（IP 地址）。我们只用它来计算错误尝试的次数和预约的次数。它以无法读取的形式保存。

privacy-why-heading = 我们为什么使用这些数据
privacy-why-body =
    为了履行公共职责：告诉您有哪些帮助，并为您和窗口的面谈做准备。法律依据是 GDPR 第 6 条第 1 款 e 项。
    敏感的内容，我们是出于公共利益的原因使用的：社会服务和照护服务。法律依据是 GDPR 第 9 条第 2 款 g 项和 h 项。
    所以我们不需要征求您的同意。表格里的勾选框只表示您想把答案发送给窗口。
    但是，要给帮助您的人一个 PIN 码，就需要您的同意。法律依据是 GDPR 第 6 条第 1 款 a 项。您随时可以撤回同意：收回 PIN 码就可以。
    我们计算错误尝试的次数，是为了保护预约。这样就没有人能猜出编号。
    我们也计算同一个地址一天内的预约次数。这样就没有人能占用一个窗口的所有时间。

privacy-suggestions-heading = Ponte 提建议，由人来决定
privacy-suggestions-body =
    Ponte 根据您的答案，向您显示可能适合您的帮助。这只是建议。
    Ponte 不会决定您是否有权得到帮助。决定由窗口的工作人员在和您谈过之后作出。

privacy-recipients-heading = 谁能看到您的数据
privacy-recipients-body =
    除了您自己，只有您选择的窗口的工作人员能看到预约。
    如果您给帮助您的人一个 PIN 码，这个人也能看到预约。但这个人不能下载您的数据，也不能给别人 PIN 码。
    如果您说其他语言，预约时可能会有一位文化调解员到场。到场的调解员能看到您的姓名、日期、时间、窗口、服务和要带的文件。调解员看不到您的答案、您的留言，也看不到您的电话或电子邮件。
    管理 Ponte 服务器的人只有在维持网站运行时才能看到数据。他们根据合同，代表控制者做这件事。
    Ponte 不从其他网站加载任何内容。没有广告，没有统计，也没有来自其他服务器的字体。
    只有在法律要求时，我们才会把数据提供给别人。

privacy-keep-heading = 保存多久
privacy-keep-body =
    您在回答问题时，答案保存在服务器上。如果您预约，答案会转到预约里。
    如果您不预约，在您按“马上离开这个页面”时我们就会删除答案。否则，最迟在最后一个答案之后 { $draft-minutes } 分钟删除。
    姓名、联系方式、答案和留言：我们会在预约之后 { $days } 天删除。如果是没有预约的请求，在最后一次更新之后 { $days } 天删除。
    如果您取消预约，我们会马上删除这些数据。
    帮助您的人的姓名和联系方式，我们会和您的数据一起删除。如果您收回帮助您的人的 PIN 码，我们会马上删除这些数据。
    帮助您的人使用自己的 PIN 码时，我们会记在访问记录里：谁、做了什么、什么时间。不记录网络地址。
    只保留不带姓名的统计数字：多少次预约、哪项服务、哪个窗口。
    错误尝试我们计算 { $attempts-minutes } 分钟，预约计算 { $bookings-hours } 小时。最多 { $counts-days } 天后，这些计数也会删除。
    服务器会写运行日志，以便正常运行。日志里没有您的网络地址，也没有预约编号。

privacy-location-heading = “使用我的位置”
privacy-location-body =
    在查找窗口时，您可以按“使用我的位置”。浏览器会征求您的许可。
    我们把位置精确到大约一公里。它只用来找到最近的市镇。
    我们不保存位置。位置也不会出现在网页地址里。

privacy-cookies-heading = Cookie
privacy-cookies-body =
    ponte_lang 记住您在语言菜单中选择的语言。保存一年。只有在您选择语言时我们才会设置它。
    ponte_session 保存您正在填写的答案，以及在这里完成的预约编号。使用 https 时它叫 __Host-ponte_session。{ $session-minutes } 分钟没有操作就会过期。
    这些是技术性 Cookie：用来完成您要求的事情。没有其他 Cookie。

privacy-rights-heading = 您的权利
privacy-rights-body =
    您可以要求查看、更正或删除您的数据。您可以要求限制使用，或者反对使用这些数据。
    用编号和 PIN 码可以查看预约。在那里您可以给帮助您的人一个 PIN 码，也可以随时收回。只有电话或电子邮件是不够的：认识您的人可能知道它们。在那里您可以把您的数据下载成一个文件。您可以更改时间或取消预约。如果取消，我们会马上删除您的数据。预约结束后，您可以按一个按钮自己删除数据。
    其他事情请写信到 { $contact }。您也可以写信给数据保护官：{ $dpo }。或者询问窗口。
    您认为我们没有遵守规定？您可以向意大利个人数据保护局（Garante per la protezione dei dati personali）投诉：www.garanteprivacy.it。

staff-privacy-title = 与 Ponte 一起工作的人员的隐私
staff-privacy-intro = 这个页面是给在窗口工作的人看的：工作人员、调解员和管理账户的人。
staff-privacy-summary =
    我们使用姓名、电子邮件和角色来让您登录。
    密码以无法读取的形式保存。
    当您打开一个请求或一个列表，或者修改了什么，我们都会记在日志里。同时记下时间和网络地址。
    Ponte 不会删除或修改日志。

staff-privacy-who-heading = 谁对您的数据负责
staff-privacy-who-body =
    数据控制者（titolare）是 { $controller }。写信给控制者：{ $contact }。
    数据保护官：{ $dpo }。

staff-privacy-what-heading = 我们使用哪些数据
staff-privacy-what-body =
    您账户的姓名、电子邮件、角色和窗口。
    密码，用 argon2id 保存。没有人能读取，管理 Ponte 的人也不能。
    登录验证码应用的密钥：保存在数据库里，因为检查验证码需要它。备用码以无法读取的形式保存。
    日志：谁打开、接手或修改了一个请求，什么时间，从哪个网络地址。还有谁查看了请求列表或预约列表。还有谁创建了账户、设置了新密码或停用了账户。还有每一次输入或被拒绝的登录验证码。还有谁和一个人一起开始了问答。
    错误的登录，计算 { $attempts-minutes } 分钟。
    如果您是调解员：您会说的语言，以及您哪些天、什么时间在窗口。公众只能看到语言和日子，看不到您的姓名。日志还会记下您说过会到场的预约。

staff-privacy-why-heading = 我们为什么使用这些数据
staff-privacy-why-body =
    为了让您登录，并保护人们的数据。日志记录谁查看或修改了一个请求。
    法律依据是控制者的公共职责和它保障安全的义务。GDPR 第 6 条第 1 款 c 项和 e 项，以及第 32 条。

staff-privacy-keep-heading = 保存多久
staff-privacy-keep-body =
    账户会一直保留，直到管理员关闭它。
    Ponte 不会删除日志。由控制者决定保存多久。
    { $staff-idle-minutes } 分钟没有操作，登录就会结束。无论如何，{ $staff-max-hours } 小时后登录都会结束。

staff-privacy-cookies-heading = Cookie
staff-privacy-cookies-body =
    ponte-staff 让您保持登录。使用 https 时它叫 __Host-ponte-staff。
    数据库里我们只保存 Cookie 的指纹（哈希值），不保存 Cookie 本身。
    当您退出、关闭浏览器或登录过期时，Cookie 就会失效。

staff-privacy-rights-heading = 您的权利
staff-privacy-rights-body =
    您可以要求查看、更正或删除您的数据。您可以要求限制使用，或者反对使用这些数据。
    请写信到 { $contact } 或 { $dpo }。
    您可以向意大利个人数据保护局（Garante per la protezione dei dati personali）投诉：www.garanteprivacy.it。

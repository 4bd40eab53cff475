## Desks, opening hours, booking

date-long = { $month }{ $day }日 { $weekday }
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

spoken-wo = Wolof

desk-open-until = 现在开放，{ $time } 关门
desk-opens-today = 现在关门，今天 { $time } 开门
desk-opens-tomorrow = 现在关门，明天 { $time } 开门
desk-opens-on = 现在关门，{ $day } { $time } 开门
desk-closed = 暂时关门。请打电话询问什么时候开门。
desk-address = 地址
desk-address-secret = 为了您的安全，地址不公开。
desk-secret-help = 请拨打中心的电话。您也可以拨打 1522：免费，一直开通，可以说多种语言。
desk-serves = 这是住在 { $place } 的人的窗口：请先来这里。
desk-distance = 距离
desk-km = { $km } 公里
desk-phone = 电话
desk-email = 电子邮件
desk-languages = 可以使用的语言
desk-mediator-days = { $days }有文化调解员
desk-access = 无障碍设施
access-step-free = 没有台阶
access-hearing-loop = 助听器感应线圈
access-toilet = 无障碍厕所
access-steps = 有台阶

unavailable-title = 服务暂时无法使用
unavailable-body = 我们现在无法显示这个页面。请过几分钟再试。

desks-title = 去哪里办理：{ $service }
desks-intro = 这些是提供这项服务的窗口。请选择您所在的市镇，先看最近的窗口。
desks-municipality = 您所在的市镇（Comune）
desks-municipality-any = 选择市镇
desks-postcode = 或者填写邮政编码（CAP）
desks-postcode-hint = 例如 24044
desks-postcode-unknown = 在我们的地区找不到这个邮政编码。请从列表中选择市镇。
desks-location-invalid = 我们无法使用您的位置。请从列表中选择市镇。
desks-use-location = 使用我的位置
desks-filters = 其他筛选条件
desks-language = 可以使用的语言
desks-any = 全部
desks-day = 开放日期
desks-step-free = 只显示没有台阶的窗口
desks-search = 显示窗口
desks-count = { $count ->
    [0] 没有窗口
   *[other] { $count } 个窗口
}
desks-count-from = { $count ->
    [0] 没有窗口
   *[other] { $count } 个窗口，按离 { $place } 的远近排列
}
desks-none = 没有符合这些条件的窗口。请试着去掉一个筛选条件。
desks-shown-nearest = 这里显示最近的 { $shown } 个。
desks-shown-first = 这里显示前 { $shown } 个。请选择您所在的市镇，查看最近的窗口。
desks-book = 预约
desks-request = 发送请求
desks-request-instead = 或者不预约，直接发送请求
request-instead = 没有合适的时间？不预约，直接发送请求

book-title = 预约
book-change-title = 更改时间
book-intro = { $service }，地点：{ $desk }。
book-desk-details = 窗口的开放时间、地址和语言
book-choose-time = 选择日期和时间
book-no-slots = 这几天没有空闲的时间。请看后面的日子。
book-earlier = 前面的日子
book-later = 后面的日子
book-mediator-present = 那天有文化调解员：{ $languages }。
book-slot-taken = 这个时间刚刚被别人预约了。请从下面空闲的时间中选择一个。您填写的信息还在表格里。
book-too-many-today = 今天从这个网络连接已经有很多预约了。如果还要预约，请打电话给窗口，或者明天再来。您填写的信息还在表格里。
book-about-you = { $who ->
    [me] 您的信息
   *[other] 您帮助的人的信息
  }
book-name = { $who ->
    [me] 姓名，或者只写首字母
   *[other] 这个人的姓名，或者只写首字母
  }
book-name-hint = { $who ->
    [me] 窗口工作人员用它来叫您。
   *[other] 窗口工作人员用它来叫这个人。
  }
book-contact = { $who ->
    [me] 电话或电子邮件（如果您愿意）
   *[other] 这个人的电话或电子邮件（如果您愿意）
  }
book-contact-hint = { $who ->
    [me] 我们只在这次预约中使用它：窗口会通过它给您打电话或写信。
   *[other] 我们只在这次预约中使用它：窗口会通过它打电话或写信。
  }
book-filled-by = 谁在填写这张表格？（可不填）
book-filled-by-person = 我，为我自己
book-filled-by-relative = 家人或朋友
book-filled-by-mediator = 文化调解员
book-note = 您有什么想告诉窗口的吗？（可不填）
book-note-hint = 请用您自己的话写，也可以用您的母语。最多 1000 个字符。
book-language = { $who ->
    [me] 您希望使用的语言
   *[other] 这个人希望使用的语言
  }
book-consent = { $who ->
    [me] 我想把这些信息发送给窗口。我已经读过你们如何使用这些信息。
   *[other] 我帮助的人想把这些信息发送给窗口。我们已经读过你们如何使用这些信息。
  }
book-privacy-link = 阅读我们如何使用您的信息
book-submit = 预约
book-change-submit = 更改时间
book-error-slot = 请选择日期和时间。
book-error-name = 请填写姓名或首字母。
book-error-name-long = 姓名太长了：最多 80 个字母。
book-error-contact = 请填写电话号码或电子邮件。请检查有没有写错。
book-error-contact-missing = { $who ->
    [me] 请填写电话或电子邮件：窗口会通过它回复您。
   *[other] 请填写这个人的电话或电子邮件：窗口会通过它回复。
  }
book-error-language = 请选择一种语言。
book-error-consent = { $who ->
    [me] 要继续，请告诉我们您愿意把答案发送给窗口。
   *[other] 要继续，请告诉我们您帮助的人愿意把答案发送给窗口。
  }
book-error-note-long = 文字太长了：最多 1000 个字符。

booking-title = 预约成功
booking-cancelled-title = 预约已取消
booking-cancelled-body = 我们已经删除了您的姓名和联系方式。
booking-code = 您的编号
booking-pin-intro = 请现在记下编号和这个 PIN 码：PIN 码只显示这一次。更改或取消预约时需要用到它们。
booking-pin = PIN 码：
booking-qr-alt = 预约 { $code } 的二维码
booking-when = 时间
booking-service = 服务
booking-desk = 窗口
booking-bring = 要带什么
booking-bring-id = 如果有的话，也请带上身份证件和医疗卡（tessera sanitaria）。
booking-document-if = { $document }（如果您的情况需要）
booking-next-heading = 您可以做什么
booking-calendar = 添加到日历
booking-print = 打印
booking-copy-intro = 下面是同样的信息（意大利语），供窗口使用。
booking-copy-heading = 供窗口使用
booking-download-data = 下载您的信息（JSON 文件）
booking-change = 更改日期或时间
booking-cancel-heading = 您来不了吗？
booking-cancel-body = 请取消预约，这样这个时间可以留给别人。我们也会删除您的姓名、联系方式和答案。
booking-erase-heading = 删除您的信息
booking-erase-body = 预约时间已经过了。您可以删除您的姓名、联系方式和答案。只会保留不带姓名的统计数字。
booking-erase = 删除我的信息
booking-erased-body = 您的信息已经删除：姓名、联系方式和答案。只保留不带姓名的统计数字。
booking-cancel = 取消预约
booking-find-title = 找回您的预约
booking-find-body = 查看预约需要编号和 PIN 码。
ics-summary = 预约：{ $service }
ics-description = 编号 { $code }。请带上清单上的文件。

manage-title = 找回您的预约
manage-intro = 请填写预约或请求的编号。然后填写 PIN 码。如果您找不到 PIN 码了，请询问窗口。
manage-code = 您的编号
manage-code-hint = 8 个字母和数字，例如 K7MX-4QPT
manage-secret = PIN 码
manage-secret-hint = PIN 码是 6 位数字。
manage-submit = 查找
manage-not-found = 找不到与这些信息相符的预约。请检查编号和 PIN 码。
manage-too-many = 尝试次数太多。请等 15 分钟再试，或者打电话给窗口。

results-find-desk = 查找窗口并预约

# Sending a request without an appointment
request-title = 发送请求
request-intro = 您不需要选择时间。窗口会阅读您的请求，然后给您打电话或写信。用编号和 PIN 码可以查看处理进度。
request-book-instead = 您更想选择一个时间吗？请预约
request-contact = { $who ->
    [me] 电话或电子邮件
   *[other] 这个人的电话或电子邮件
  }
request-contact-hint = { $who ->
    [me] 窗口会通过它回复您。找回请求时也需要它。
   *[other] 窗口会通过它回复。找回请求时也需要它。
  }
request-submit = 发送请求
request-sent-title = 请求已发送
request-withdrawn-title = 请求已撤回
request-no-time = 没有预约时间：窗口会给您打电话或写信。
request-pin-intro = 请现在记下编号和这个 PIN 码：PIN 码只显示这一次。查看回复或撤回请求时需要用到它们。
request-withdraw-heading = 您不再需要了吗？
request-withdraw-body = 请撤回请求。我们会删除您的姓名、联系方式和答案。
request-withdraw = 撤回请求

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] 有人帮助您吗？（可不填）
   *[other] 您也想跟进这个预约吗？（可不填）
  }
helper-intro = { $who ->
    [me] 您可以给一位您信任的人一个 PIN 码：家人、朋友或调解员。这个人用编号和自己的 PIN 码，可以查看预约、更改时间或取消预约。您随时可以收回这个 PIN 码。
   *[other] 请填写您的信息：您会得到自己的 PIN 码。用编号和您的 PIN 码，您可以查看预约、更改时间或取消预约。您帮助的人随时可以收回您的 PIN 码。
  }
helper-name = { $who ->
    [me] 帮助您的人的姓名
   *[other] 您的姓名
  }
helper-relationship = { $who ->
    [me] 这个人是您的什么人？
   *[other] 您是这个人的什么人？
  }
helper-relationship-family = 家人
helper-relationship-friend = 朋友
helper-relationship-mediator = 文化调解员
helper-relationship-other = 其他人，例如志愿者
helper-contact = { $who ->
    [me] 帮助您的人的电话或电子邮件（如果您愿意）
   *[other] 您的电话或电子邮件（如果您愿意）
  }
helper-contact-hint = 窗口只在这次预约中使用它。
helper-consent = { $who ->
    [me] 我同意：这个人可以查看和更改我的预约。
   *[other] 我帮助的人同意：我可以查看和更改这个人的预约。
  }
helper-error-name = 请填写帮助者的姓名。
helper-error-name-long = 姓名太长了：最多 80 个字母。
helper-error-relationship = 请选择这个人是谁。
helper-error-contact = 请填写电话号码或电子邮件。请检查有没有写错。
helper-error-consent = 要给帮助者 PIN 码，需要预约人本人同意。请勾选这个方框。
helper-role-family = 家人
helper-role-friend = 朋友
helper-role-mediator = 文化调解员
helper-role-other = 其他人
booking-as-helper = 您在替另一个人跟进这个预约。您可以查看预约、更改时间或取消预约。只有预约人本人可以选择谁来帮助自己。
booking-helper-pin-intro = 这是 { $name } 的 PIN 码。请现在交给对方：PIN 码只显示这一次。用编号和这个 PIN 码，{ $name } 可以查看预约、更改时间或取消预约。
booking-helper-pin = { $name } 的 PIN 码：
booking-helpers-heading = 还有谁能看到这个预约
booking-helpers-intro = 这些人有自己的 PIN 码。他们可以查看预约、更改时间或取消预约。如果您移除一个人，这个人的 PIN 码就不能再用了。
booking-helper-row = { $name }（{ $relationship }）
booking-helper-unnamed = 一个人
booking-helper-remove = 移除 { $name }
booking-helper-add-heading = 给帮助您的人一个 PIN 码
booking-helper-add-submit = 给出 PIN 码

## Desks, opening hours, booking

date-long = { $weekday }, { $day } { $month }
weekday-mon = понедельник
weekday-tue = вторник
weekday-wed = среда
weekday-thu = четверг
weekday-fri = пятница
weekday-sat = суббота
weekday-sun = воскресенье
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

spoken-wo = Wolof

desk-open-until = Сейчас открыто, закрывается в { $time }
desk-opens-today = Сейчас закрыто, откроется сегодня в { $time }
desk-opens-tomorrow = Сейчас закрыто, откроется завтра в { $time }
desk-opens-on = Сейчас закрыто. Откроется: { $day }, в { $time }
desk-closed = Пока закрыто. Позвоните, чтобы узнать, когда откроется.
desk-address = Адрес
desk-address-secret = Адрес не публикуется — ради вашей безопасности.
desk-secret-help = Позвоните по номеру центра. Можно также позвонить по номеру 1522: это бесплатно, там отвечают всегда и говорят на многих языках.
desk-serves = Офис для тех, кто живёт в { $place }: обращайтесь сначала сюда.
desk-distance = Расстояние
desk-km = { $km } км
desk-phone = Телефон
desk-email = Электронная почта
desk-languages = Языки, на которых здесь говорят
desk-mediator-days = медиатор-переводчик по дням: { $days }
desk-access = Доступ
access-step-free = Без ступенек
access-hearing-loop = Индукционная петля для людей со слуховым аппаратом
access-toilet = Доступный туалет
access-steps = Есть ступеньки

unavailable-title = Сервис недоступен
unavailable-body = Сейчас мы не можем показать эту страницу. Попробуйте ещё раз через несколько минут.

desks-title = Куда обратиться: { $service }
desks-intro = Вот офисы, где дают эту помощь. Выберите свой муниципалитет (Comune), чтобы сначала увидеть ближайшие.
desks-municipality = Ваш муниципалитет (Comune)
desks-municipality-any = Выберите муниципалитет
desks-postcode = Или почтовый индекс (CAP)
desks-postcode-hint = Например, 24044
desks-postcode-unknown = Мы не нашли этот индекс (CAP) в нашем районе. Выберите муниципалитет из списка.
desks-location-invalid = Мы не можем использовать ваше местоположение. Выберите муниципалитет из списка.
desks-use-location = Использовать моё местоположение
desks-filters = Другие фильтры
desks-language = Язык, на котором говорят
desks-any = Любой
desks-day = День, когда открыто
desks-step-free = Только офисы без ступенек
desks-search = Показать офисы
desks-count = { $count ->
    [0] Нет ни одного офиса
    [one] { $count } офис
    [few] { $count } офиса
    [many] { $count } офисов
   *[other] { $count } офиса
}
desks-count-from = { $count ->
    [0] Нет ни одного офиса
    [one] { $count } офис рядом с { $place }
    [few] { $count } офиса, сначала ближайшие к { $place }
    [many] { $count } офисов, сначала ближайшие к { $place }
   *[other] { $count } офиса, сначала ближайшие к { $place }
}
desks-none = С этими фильтрами офисов нет. Попробуйте убрать один фильтр.
desks-shown-nearest = Здесь показаны ближайшие: { $shown }.
desks-shown-first = Здесь показаны первые: { $shown }. Выберите свой муниципалитет, чтобы увидеть ближайшие.
desks-book = Записаться на приём
desks-request = Отправить обращение
desks-request-instead = Или отправьте обращение без записи на приём
request-instead = Не подходит ни одно время? Отправьте обращение без записи на приём

book-title = Записаться на приём
book-change-title = Изменить время
book-intro = { $service } в офисе «{ $desk }».
book-desk-details = Часы работы, адрес и языки офиса
book-choose-time = Выберите день и время
book-no-slots = В эти дни нет свободного времени. Посмотрите следующие дни.
book-earlier = Предыдущие дни
book-later = Следующие дни
book-mediator-present = В этот день есть медиатор-переводчик: { $languages }.
book-slot-taken = Это время только что занял другой человек. Выберите другое свободное время ниже. Ваши данные остались в форме.
book-too-many-today = Сегодня с этого подключения уже пришло много записей. Чтобы записаться ещё, позвоните в офис или вернитесь завтра. Ваши данные остались в форме.
book-about-you = { $who ->
    [me] Ваши данные
   *[other] Данные человека, которому вы помогаете
  }
book-name = { $who ->
    [me] Имя или только инициалы
   *[other] Имя этого человека или только инициалы
  }
book-name-hint = { $who ->
    [me] Чтобы в офисе могли позвать вас на приём.
   *[other] Чтобы в офисе могли позвать этого человека на приём.
  }
book-contact = { $who ->
    [me] Телефон или электронная почта (если хотите)
   *[other] Телефон или электронная почта этого человека (если хотите)
  }
book-contact-hint = { $who ->
    [me] Мы используем это только для этой записи: офис позвонит или напишет вам туда.
   *[other] Мы используем это только для этой записи: офис позвонит или напишет туда.
  }
book-filled-by = Кто заполняет эту форму? (необязательно)
book-filled-by-person = Я, для себя
book-filled-by-relative = Родственник или друг
book-filled-by-mediator = Медиатор-переводчик (mediatore culturale)
book-note = Хотите что-то сообщить офису? (необязательно)
book-note-hint = Пишите своими словами, можно на своём языке. Не больше 1000 знаков.
book-language = { $who ->
    [me] Язык, который вы предпочитаете
   *[other] Язык, который предпочитает этот человек
  }
book-consent = { $who ->
    [me] Я хочу отправить эту информацию в офис. Я прочитал(а), как вы её используете.
   *[other] Человек, которому я помогаю, хочет отправить эту информацию в офис. Мы прочитали, как вы её используете.
  }
book-privacy-link = Прочитайте, как мы используем ваши данные
book-submit = Записаться
book-change-submit = Изменить время
book-error-slot = Выберите день и время.
book-error-name = Напишите имя или инициалы.
book-error-name-long = Имя слишком длинное: не больше 80 букв.
book-error-contact = Напишите номер телефона или адрес электронной почты. Проверьте, что он написан правильно.
book-error-contact-missing = { $who ->
    [me] Напишите телефон или электронную почту: офис ответит вам туда.
   *[other] Напишите телефон или электронную почту этого человека: офис ответит туда.
  }
book-error-language = Выберите язык.
book-error-consent = { $who ->
    [me] Чтобы продолжить, подтвердите, что хотите отправить ответы в офис.
   *[other] Чтобы продолжить, подтвердите, что человек, которому вы помогаете, хочет отправить ответы в офис.
  }
book-error-note-long = Текст слишком длинный: не больше 1000 знаков.

booking-title = Вы записаны на приём
booking-cancelled-title = Запись отменена
booking-cancelled-body = Мы удалили ваше имя и ваш контакт.
booking-code = Ваш код
booking-pin-intro = Запишите сейчас код и этот PIN-код: PIN-код показывается только один раз. Они нужны, чтобы изменить или отменить запись.
booking-pin = PIN-код:
booking-qr-alt = QR-код записи { $code }
booking-when = Когда
booking-service = Услуга
booking-desk = Офис
booking-bring = Что взять с собой
booking-bring-id = Возьмите также документ, удостоверяющий личность, и медицинскую карточку (tessera sanitaria), если они у вас есть.
booking-document-if = { $document } (если это нужно в вашем случае)
booking-next-heading = Что вы можете сделать
booking-calendar = Добавить в календарь
booking-print = Распечатать
booking-copy-intro = Ниже — те же сведения на итальянском, для офиса.
booking-copy-heading = Для офиса
booking-download-data = Скачать ваши данные (файл JSON)
booking-change = Изменить день или время
booking-cancel-heading = Не можете прийти?
booking-cancel-body = Отмените запись, тогда это время достанется другому человеку. Мы также удалим ваше имя, ваш контакт и ваши ответы.
booking-erase-heading = Удалить ваши данные
booking-erase-body = Приём уже прошёл. Вы можете удалить ваше имя, ваш контакт и ваши ответы. Останутся только цифры без имён.
booking-erase = Удалить мои данные
booking-erased-body = Ваши данные удалены: имя, контакт и ответы. Остались только цифры без имён.
booking-cancel = Отменить запись
booking-find-title = Найти вашу запись
booking-find-body = Чтобы посмотреть запись, нужны код и PIN-код.
ics-summary = Приём: { $service }
ics-description = Код { $code }. Возьмите с собой документы из списка.

manage-title = Найти вашу запись
manage-intro = Напишите код записи или обращения. Потом напишите PIN-код. Если PIN-кода у вас больше нет, спросите в офисе.
manage-code = Ваш код
manage-code-hint = 8 букв и цифр, например K7MX-4QPT
manage-secret = PIN-код
manage-secret-hint = В PIN-коде 6 цифр.
manage-submit = Найти
manage-not-found = Мы не нашли запись с этими данными. Проверьте код и PIN-код.
manage-too-many = Слишком много попыток. Подождите 15 минут и попробуйте ещё раз или позвоните в офис.

results-find-desk = Найти офис и записаться

# Sending a request without an appointment
request-title = Отправить обращение
request-intro = Выбирать время не нужно. Офис прочитает ваше обращение и позвонит или напишет вам. По коду и PIN-коду вы увидите, что с ним происходит.
request-book-instead = Хотите сами выбрать время? Запишитесь на приём
request-contact = { $who ->
    [me] Телефон или электронная почта
   *[other] Телефон или электронная почта этого человека
  }
request-contact-hint = { $who ->
    [me] Офис ответит вам сюда. Это также нужно, чтобы потом найти обращение.
   *[other] Офис ответит сюда. Это также нужно, чтобы потом найти обращение.
  }
request-submit = Отправить обращение
request-sent-title = Обращение отправлено
request-withdrawn-title = Обращение отозвано
request-no-time = Без записи на приём: офис позвонит или напишет вам.
request-pin-intro = Запишите сейчас код и этот PIN-код: PIN-код показывается только один раз. Они нужны, чтобы увидеть ответ или отозвать обращение.
request-withdraw-heading = Вам это больше не нужно?
request-withdraw-body = Отзовите обращение. Мы удалим ваше имя, ваш контакт и ваши ответы.
request-withdraw = Отозвать обращение

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Вам кто-нибудь помогает? (необязательно)
   *[other] Хотите тоже следить за этой записью? (необязательно)
  }
helper-intro = { $who ->
    [me] Вы можете дать PIN-код человеку, которому доверяете: родственнику, другу, медиатору. По коду и своему PIN-коду этот человек сможет посмотреть, перенести или отменить приём. Вы можете отключить его PIN-код в любой момент.
   *[other] Напишите свои данные: вы получите свой PIN-код. По коду и своему PIN-коду вы сможете посмотреть, перенести или отменить приём. Человек, которому вы помогаете, может отключить ваш PIN-код в любой момент.
  }
helper-name = { $who ->
    [me] Имя того, кто вам помогает
   *[other] Ваше имя
  }
helper-relationship = { $who ->
    [me] Кем вам приходится этот человек?
   *[other] Кем вы приходитесь этому человеку?
  }
helper-relationship-family = Член семьи
helper-relationship-friend = Друг или подруга
helper-relationship-mediator = Медиатор-переводчик (mediatore culturale)
helper-relationship-other = Другой человек, например волонтёр
helper-contact = { $who ->
    [me] Телефон или электронная почта того, кто вам помогает (если хотите)
   *[other] Ваш телефон или электронная почта (если хотите)
  }
helper-contact-hint = Офис использует это только для этой записи.
helper-consent = { $who ->
    [me] Я даю согласие: этот человек может видеть и менять мою запись.
   *[other] Человек, которому я помогаю, даёт согласие: я могу видеть и менять его запись.
  }
helper-error-name = Напишите имя того, кто помогает.
helper-error-name-long = Имя слишком длинное: не больше 80 букв.
helper-error-relationship = Выберите, кем приходится этот человек.
helper-error-contact = Напишите номер телефона или адрес электронной почты. Проверьте, что он написан правильно.
helper-error-consent = Чтобы дать PIN-код тому, кто помогает, нужно согласие человека, которому помогают. Поставьте галочку.
helper-role-family = член семьи
helper-role-friend = друг или подруга
helper-role-mediator = медиатор-переводчик
helper-role-other = другой человек
booking-as-helper = Вы следите за этой записью для другого человека. Вы можете посмотреть её, перенести или отменить. Только сам человек выбирает, кто ему помогает.
booking-helper-pin-intro = Это PIN-код, который получает { $name }. Передайте его сейчас: он показывается только один раз. По коду и этому PIN-коду { $name } может посмотреть, перенести или отменить приём.
booking-helper-pin = PIN-код, который получает { $name }:
booking-helpers-heading = Кто ещё видит эту запись
booking-helpers-intro = У этих людей есть свой PIN-код. Они могут посмотреть, перенести или отменить приём. Если вы уберёте человека, его PIN-код больше не будет работать.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Человек
booking-helper-remove = Убрать: { $name }
booking-helper-add-heading = Дайте PIN-код тому, кто вам помогает
booking-helper-add-submit = Дать PIN-код

## Desks, opening hours, booking

date-long = { $weekday }, { $day } { $month }
weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = п’ятниця
weekday-sat = субота
weekday-sun = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

spoken-wo = Wolof

desk-open-until = Зараз відчинено, зачиняється о { $time }
desk-opens-today = Зараз зачинено, відчиняється сьогодні о { $time }
desk-opens-tomorrow = Зараз зачинено, відчиняється завтра о { $time }
desk-opens-on = Зараз зачинено. Відчиняється: { $day }, о { $time }
desk-closed = Поки що зачинено. Зателефонуйте, щоб дізнатися, коли відчиниться.
desk-address = Адреса
desk-address-secret = Адресу не публікують — заради вашої безпеки.
desk-secret-help = Зателефонуйте за номером центру. Можна також зателефонувати на 1522: це безкоштовно, працює цілодобово, і там говорять багатьма мовами.
desk-serves = Офіс для мешканців муніципалітету { $place }: звертайтеся спочатку сюди.
desk-distance = Відстань
desk-km = { $km } км
desk-phone = Телефон
desk-email = Електронна пошта
desk-languages = Мови, якими тут говорять
desk-mediator-days = з медіатором у такі дні: { $days }
desk-access = Доступ
access-step-free = Без сходинок
access-hearing-loop = Індукційна петля для людей зі слуховим апаратом
access-toilet = Доступний туалет
access-steps = Є сходинки

unavailable-title = Сервіс недоступний
unavailable-body = Зараз ми не можемо показати цю сторінку. Спробуйте ще раз за кілька хвилин.

desks-title = Куди звернутися: { $service }
desks-intro = Ось офіси, які надають цю послугу. Оберіть свій муніципалітет, щоб спочатку побачити найближчі.
desks-municipality = Ваш муніципалітет
desks-municipality-any = Оберіть муніципалітет
desks-postcode = Або поштовий індекс (CAP)
desks-postcode-hint = Наприклад, 24044
desks-postcode-unknown = Ми не знаходимо цей поштовий індекс (CAP) на нашій території. Оберіть муніципалітет зі списку.
desks-location-invalid = Ми не можемо використати ваше місцезнаходження. Оберіть муніципалітет зі списку.
desks-use-location = Використати моє місцезнаходження
desks-filters = Інші фільтри
desks-language = Мова спілкування
desks-any = Усі
desks-day = Відчинено в такий день
desks-step-free = Лише офіси без сходинок
desks-search = Показати офіси
desks-count = { $count ->
    [0] Жодного офісу
    [one] { $count } офіс
    [few] { $count } офіси
    [many] { $count } офісів
   *[other] { $count } офісу
}
desks-count-from = { $count ->
    [0] Жодного офісу
    [one] { $count } офіс, поблизу { $place }
    [few] { $count } офіси, спочатку найближчі до { $place }
    [many] { $count } офісів, спочатку найближчі до { $place }
   *[other] { $count } офісу, спочатку найближчі до { $place }
}
desks-none = Немає офісів із такими фільтрами. Спробуйте прибрати один фільтр.
desks-shown-nearest = { $shown ->
    [one] Тут показано { $shown } найближчий офіс.
    [few] Тут показано { $shown } найближчі офіси.
    [many] Тут показано { $shown } найближчих офісів.
   *[other] Тут показано { $shown } найближчого офісу.
}
desks-shown-first = { $shown ->
    [one] Тут показано перший { $shown } офіс.
    [few] Тут показано перші { $shown } офіси.
    [many] Тут показано перші { $shown } офісів.
   *[other] Тут показано перші { $shown } офісу.
} Оберіть свій муніципалітет, щоб побачити найближчі.
desks-book = Записатися на прийом
desks-request = Надіслати звернення
desks-request-instead = Або надішліть звернення без запису на прийом
request-instead = Жоден час не підходить? Надішліть звернення без запису на прийом

book-title = Запис на прийом
book-change-title = Змінити час
book-intro = { $service } — { $desk }.
book-desk-details = Години роботи, адреса і мови офісу
book-choose-time = Оберіть день і час
book-no-slots = У ці дні немає вільного часу. Подивіться наступні дні.
book-earlier = Попередні дні
book-later = Наступні дні
book-mediator-present = Цього дня є медіатор: { $languages }.
book-slot-taken = Цей час щойно зайняла інша людина. Оберіть вільний час нижче. Ваші дані залишилися у формі.
book-too-many-today = Сьогодні з цього підключення вже надійшло багато записів. Щоб записатися ще, зателефонуйте в офіс або поверніться завтра. Ваші дані залишилися у формі.
book-about-you = { $who ->
    [me] Ваші дані
   *[other] Дані людини, якій ви допомагаєте
  }
book-name = { $who ->
    [me] Ім’я або лише ініціали
   *[other] Ім’я цієї людини або лише ініціали
  }
book-name-hint = { $who ->
    [me] Це потрібно офісу, щоб покликати вас.
   *[other] Це потрібно офісу, щоб покликати цю людину.
  }
book-contact = { $who ->
    [me] Телефон або електронна пошта (якщо бажаєте)
   *[other] Телефон або електронна пошта цієї людини (якщо бажаєте)
  }
book-contact-hint = { $who ->
    [me] Ми використовуємо їх лише для цього запису: офіс зателефонує або напише вам туди.
   *[other] Ми використовуємо їх лише для цього запису: офіс зателефонує або напише туди.
  }
book-filled-by = Хто заповнює цю форму? (необов’язково)
book-filled-by-person = Я, для себе
book-filled-by-relative = Родич або друг
book-filled-by-mediator = Культурний медіатор
book-note = Хочете щось сказати офісу? (необов’язково)
book-note-hint = Пишіть своїми словами, можна й своєю мовою. Не більше 1000 символів.
book-language = { $who ->
    [me] Мова, якою вам зручніше
   *[other] Мова, якою цій людині зручніше
  }
book-consent = { $who ->
    [me] Я хочу надіслати цю інформацію до офісу. Я знаю, як ви її використовуєте.
   *[other] Людина, якій я допомагаю, хоче надіслати цю інформацію до офісу. Ми прочитали, як ви її використовуєте.
  }
book-privacy-link = Прочитайте, як ми використовуємо ваші дані
book-submit = Записатися
book-change-submit = Змінити час
book-error-slot = Оберіть день і час.
book-error-name = Напишіть ім’я або ініціали.
book-error-name-long = Ім’я задовге: не більше 80 літер.
book-error-contact = Напишіть номер телефону або електронну пошту. Перевірте, чи все написано правильно.
book-error-contact-missing = { $who ->
    [me] Напишіть телефон або електронну пошту: офіс відповість вам туди.
   *[other] Напишіть телефон або електронну пошту цієї людини: офіс відповість туди.
  }
book-error-language = Оберіть мову.
book-error-consent = { $who ->
    [me] Щоб продовжити, підтвердьте, що хочете надіслати відповіді до офісу.
   *[other] Щоб продовжити, підтвердьте, що людина, якій ви допомагаєте, хоче надіслати відповіді до офісу.
  }
book-error-note-long = Текст задовгий: не більше 1000 символів.

booking-title = Ви записані на прийом
booking-cancelled-title = Запис скасовано
booking-cancelled-body = Ми видалили ваше ім’я і контакт.
booking-code = Ваш код
booking-pin-intro = Запишіть зараз код і цей PIN: PIN показується лише цей один раз. Вони потрібні, щоб змінити або скасувати запис.
booking-pin = PIN:
booking-qr-alt = QR-код запису { $code }
booking-when = Коли
booking-service = Послуга
booking-desk = Офіс
booking-bring = Що взяти з собою
booking-bring-id = Візьміть також документ, що посвідчує особу, і медичну картку (tessera sanitaria), якщо вони у вас є.
booking-document-if = { $document } (якщо потрібно у вашому випадку)
booking-next-heading = Що ви можете зробити
booking-calendar = Додати в календар
booking-print = Надрукувати
booking-copy-intro = Нижче — ті самі відомості італійською, для офісу.
booking-copy-heading = Для офісу
booking-download-data = Завантажити ваші дані (файл JSON)
booking-change = Змінити день або час
booking-cancel-heading = Не можете прийти?
booking-cancel-body = Скасуйте запис, щоб цей час отримала інша людина. Ми також видалимо ваше ім’я, контакт і відповіді.
booking-erase-heading = Видаліть свої дані
booking-erase-body = Прийом уже минув. Ви можете видалити своє ім’я, контакт і відповіді. Залишаться лише числа без імен.
booking-erase = Видалити мої дані
booking-erased-body = Ваші дані видалено: ім’я, контакт і відповіді. Залишилися лише числа без імен.
booking-cancel = Скасувати запис
booking-find-title = Знайдіть свій запис
booking-find-body = Щоб переглянути запис, потрібні код і PIN.
ics-summary = Прийом: { $service }
ics-description = Код { $code }. Візьміть документи зі списку.

manage-title = Знайдіть свій запис
manage-intro = Напишіть код запису або звернення. Потім напишіть PIN. Якщо у вас більше немає PIN, зверніться до офісу.
manage-code = Ваш код
manage-code-hint = 8 літер і цифр, наприклад K7MX-4QPT
manage-secret = PIN
manage-secret-hint = PIN складається з 6 цифр.
manage-submit = Шукати
manage-not-found = Ми не знайшли запису з такими даними. Перевірте код і PIN.
manage-too-many = Забагато спроб. Зачекайте 15 хвилин і спробуйте ще раз або зателефонуйте в офіс.

results-find-desk = Знайти офіс і записатися

# Sending a request without an appointment
request-title = Надіслати звернення
request-intro = Вам не потрібно обирати час. Офіс прочитає ваше звернення і зателефонує або напише вам. За кодом і PIN ви бачите, на якому етапі звернення.
request-book-instead = Хочете самі обрати час? Запишіться на прийом
request-contact = { $who ->
    [me] Телефон або електронна пошта
   *[other] Телефон або електронна пошта цієї людини
  }
request-contact-hint = { $who ->
    [me] Офіс відповість вам сюди. Це також допоможе знову знайти звернення.
   *[other] Офіс відповість сюди. Це також допоможе знову знайти звернення.
  }
request-submit = Надіслати звернення
request-sent-title = Звернення надіслано
request-withdrawn-title = Звернення відкликано
request-no-time = Без запису на прийом: офіс зателефонує або напише вам.
request-pin-intro = Запишіть зараз код і цей PIN: PIN показується лише цей один раз. Вони потрібні, щоб побачити відповідь або відкликати звернення.
request-withdraw-heading = Вам це більше не потрібно?
request-withdraw-body = Відкличте звернення. Ми видалимо ваше ім’я, контакт і відповіді.
request-withdraw = Відкликати звернення

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Вам хтось допомагає? (необов’язково)
   *[other] Хочете теж стежити за цим записом? (необов’язково)
  }
helper-intro = { $who ->
    [me] Ви можете дати PIN людині, якій довіряєте: родичу, другу, медіатору. З кодом і своїм PIN ця людина може переглянути, перенести або скасувати прийом. Ви можете вимкнути її PIN будь-коли.
   *[other] Напишіть свої дані: ви отримаєте власний PIN. З кодом і своїм PIN ви можете переглянути, перенести або скасувати прийом. Людина, якій ви допомагаєте, може вимкнути ваш PIN будь-коли.
  }
helper-name = { $who ->
    [me] Ім’я людини, яка вам допомагає
   *[other] Ваше ім’я
  }
helper-relationship = { $who ->
    [me] Ким вам доводиться ця людина?
   *[other] Ким ви доводитеся цій людині?
  }
helper-relationship-family = Член родини
helper-relationship-friend = Друг або подруга
helper-relationship-mediator = Культурний медіатор
helper-relationship-other = Інша людина, наприклад волонтер
helper-contact = { $who ->
    [me] Телефон або електронна пошта людини, яка вам допомагає (якщо бажаєте)
   *[other] Ваш телефон або електронна пошта (якщо бажаєте)
  }
helper-contact-hint = Офіс використовує їх лише для цього запису.
helper-consent = { $who ->
    [me] Я даю згоду: ця людина може переглядати і змінювати мій запис.
   *[other] Людина, якій я допомагаю, дає згоду: я можу переглядати і змінювати її запис.
  }
helper-error-name = Напишіть ім’я людини, яка допомагає.
helper-error-name-long = Ім’я задовге: не більше 80 літер.
helper-error-relationship = Оберіть, ким доводиться ця людина.
helper-error-contact = Напишіть номер телефону або електронну пошту. Перевірте, чи все написано правильно.
helper-error-consent = Щоб дати PIN людині, яка допомагає, потрібна згода людини, якій допомагають. Поставте позначку.
helper-role-family = член родини
helper-role-friend = друг або подруга
helper-role-mediator = культурний медіатор
helper-role-other = інша людина
booking-as-helper = Ви стежите за цим записом для іншої людини. Ви можете переглянути, перенести або скасувати його. Лише сама людина обирає, хто їй допомагає.
booking-helper-pin-intro = Це PIN, який отримує { $name }. Передайте його зараз: він показується лише цей один раз. З кодом і цим PIN { $name } може переглянути, перенести або скасувати прийом.
booking-helper-pin = PIN, який отримує { $name }:
booking-helpers-heading = Хто ще бачить цей запис
booking-helpers-intro = Ці люди мають власний PIN. Вони можуть переглянути, перенести або скасувати прийом. Якщо ви приберете людину, її PIN більше не працюватиме.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Людина
booking-helper-remove = Прибрати: { $name }
booking-helper-add-heading = Дайте PIN людині, яка вам допомагає
booking-helper-add-submit = Дати PIN

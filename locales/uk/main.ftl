# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Українська
site-name = Ponte
skip-to-content = Перейти до змісту
language-switch-label = Мова
translation-notice = Цей переклад зроблено за допомогою комп’ютера. Його ще ніхто не перевірив. Чинним є текст італійською мовою.
translation-notice-link = Прочитати цю сторінку італійською
footer-nav-label = Інформація про сайт
footer-accessibility = Доступність
footer-privacy = Конфіденційність
footer-about = Ponte — це сайт соціальних офісів муніципалітетів (Sportelli Sociali dei Comuni). Це тестова версія з прикладами даних.

error-prefix = Помилка:
error-summary-title = Виникла проблема
change = Змінити

not-found-title = Сторінку не знайдено
not-found-body = Такої сторінки немає. Можливо, адреса неправильна.
not-found-home = Перейти на головну сторінку
step-first-title = Спочатку завершіть вхід
step-first-body = Щоб увійти, залишився ще один крок: код із застосунку або новий пароль.
form-unreadable-title = Ми не можемо прочитати форму
form-unreadable-body = Форма надійшла у вигляді, якого ми не знаємо. Поверніться назад, оновіть сторінку й надішліть її ще раз.
manage-link = Уже маєте запис?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Зараз записується багато людей
busy-wait = Спробуйте ще раз за хвилину.
busy-not-sent = Ваш запит ще не надіслано. Ви ще ні на що не записалися.
busy-unsure = Нам не вдалося завершити. Натисніть «Спробувати ще раз»: якщо запит уже збережено, ви його побачите. Двічі записатися неможливо.
busy-kept = Те, що ви написали, збережено тут. Не потрібно писати це знову.
busy-retry = Спробувати ще раз
busy-home = Повернутися на головну сторінку

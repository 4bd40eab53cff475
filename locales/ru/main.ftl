# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Русский
site-name = Ponte
skip-to-content = Перейти к основному тексту
language-switch-label = Язык
translation-notice = Этот перевод сделан с помощью компьютера. Его ещё никто не проверил. Действует текст на итальянском языке.
translation-notice-link = Прочитать эту страницу на итальянском
footer-nav-label = Информация о сайте
footer-accessibility = Доступность
footer-privacy = Личные данные
footer-about = Ponte — это сайт социальных служб муниципалитетов (Sportelli Sociali dei Comuni). Это пробная версия с примерными данными.

error-prefix = Ошибка:
error-summary-title = Есть проблема
change = Изменить

not-found-title = Страница не найдена
not-found-body = Такой страницы нет. Возможно, адрес написан с ошибкой.
not-found-home = На главную страницу
step-first-title = Сначала завершите вход
step-first-body = Чтобы войти, остался ещё один шаг: код из приложения или новый пароль.
form-unreadable-title = Мы не можем прочитать форму
form-unreadable-body = Форма пришла в виде, который нам не известен. Вернитесь назад, обновите страницу и отправьте её ещё раз.
manage-link = Вы уже записались?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Сейчас записывается очень много людей
busy-wait = Попробуйте ещё раз через минуту.
busy-not-sent = Ваш запрос ещё не отправлен. Вы пока никуда не записались.
busy-unsure = Нам не удалось закончить. Нажмите «Попробовать ещё раз»: если запрос уже сохранён, вы его увидите. Дважды записаться невозможно.
busy-kept = То, что вы написали, сохранено здесь. Писать заново не нужно.
busy-retry = Попробовать ещё раз
busy-home = Вернуться на главную страницу

next-body = Зараз ми поставимо вам кілька простих запитань, по одному. Ви завжди можете повернутися назад.
start-questions = Перейти до запитань

question-progress = Запитання { $current } з { $total }
back = Назад
continue-link = Продовжити
why-we-ask = Чому ми про це питаємо
municipality-choose = Оберіть муніципалітет
choose-all-that-apply = Оберіть усі відповіді, які підходять.
title-neutral-question = Запитання
title-neutral-results = Інформація

error-missing = Оберіть або напишіть відповідь.
error-not-an-option = Оберіть одну з відповідей у списку.
error-not-a-number = Напишіть число, наприклад 12.
error-too-small = Число має бути не менше ніж { $min }.
error-too-large = Число має бути не більше ніж { $max }.
error-unknown-municipality = Оберіть муніципалітет зі списку.

quick-exit = Швидко вийти з цієї сторінки
quick-exit-hint = Або натисніть 3 рази клавішу Shift.
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання

check-title = Перевірте відповіді
check-intro = Якщо щось не так, натисніть «Змінити».
check-see-results = Переглянути результати

results-title = Допомога для вас
results-intro = { $who ->
    [me] Ось допомога, яка вам підходить, на основі ваших відповідей.
   *[other] Ось допомога, яка підходить людині, якій ви допомагаєте, на основі відповідей.
  }
results-fits-heading = { $who ->
    [me] Допомога, яка вам підходить
   *[other] Допомога, яка підходить цій людині
  }
results-may-heading = Про цю допомогу варто запитати в офісі
results-may-intro = { $who ->
    [me] Можливо, вона вам підходить. В офісі можуть перевірити те, чого ви не знали.
   *[other] Можливо, вона підходить цій людині. В офісі можуть перевірити те, чого ви не знали.
  }
results-not-heading = { $who ->
    [me] Допомога, яка вам не підходить, і чому
   *[other] Допомога, яка не підходить цій людині, і чому
  }
results-none-fit = За цими відповідями жодна допомога не підходить повністю. Це не відмова: почніть із розмови в соціальному офісі (Sportello Sociale).
results-urgent-heading = Де отримати допомогу негайно
results-always-heading = Соціальний офіс (Sportello Sociale) завжди поруч
results-always-intro = Не знаєте, з чого почати, або сумніваєтеся щодо відповідей? В офісі вас вислухають і допоможуть розібратися. Ця допомога є для всіх.
results-pua-route = Ця заява проходить через PUA (Porta Unica di Accesso, єдиний пункт доступу). Лікар і соціальний працівник разом оцінюють потреби (оцінка UVM), часто вдома. Потім разом із вами вирішують, яким буде план догляду.
results-law = Правило: { $law }. Перевірено: { $checked }.
checklist-pua-note = Для оцінки в PUA візьміть також довідки від лікаря і ліки, які ви приймаєте.
results-ask-at-desk = Запитайте в офісі:
results-you-said = (Ви відповіли: { $answers })
results-always-why = Вона є для всіх.
results-why-fits = { $who ->
    [me] Чому вам підходить
   *[other] Чому підходить цій людині
  }
results-why-not = { $who ->
    [me] Чому вам не підходить
   *[other] Чому не підходить цій людині
  }
results-for-whom = Для кого
results-what-to-bring = Що взяти з собою
results-no-documents = Документи не потрібні.
results-who-provides = Хто надає
results-how-long = Скільки часу це займає
results-official-page = Офіційна сторінка
results-next-heading = Що далі
results-change-answers = Змінити відповіді
results-print = Версія для друку
results-start-again = Почати спочатку

results-elsewhere-heading = Інша допомога, яка може знадобитися
results-elsewhere-intro = На основі відповідей ця допомога теж може знадобитися. Достатньо відповісти ще на кілька запитань: відповіді, які ви вже дали, збережуться.
results-elsewhere-fits = підходить за вашими відповідями
results-elsewhere-may = треба перевірити
results-elsewhere-continue = { $count ->
    [0] Переглянути цю допомогу
    [one] Дайте відповідь ще на { $count } запитання
    [few] Дайте відповідь ще на { $count } запитання
    [many] Дайте відповідь ще на { $count } запитань
   *[other] Дайте відповідь ще на { $count } запитання
  }

checklist-heading = Документи, які треба взяти з собою
checklist-intro = Позначте те, що у вас уже є. Так ви знатимете, чого бракує.
checklist-save = Зберегти список

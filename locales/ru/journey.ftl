next-body = Сейчас мы зададим вам несколько простых вопросов, по одному. Вы всегда можете вернуться назад.
start-questions = Начать отвечать на вопросы

question-progress = Вопрос { $current } из { $total }
back = Назад
continue-link = Продолжить
why-we-ask = Зачем мы это спрашиваем
municipality-choose = Выберите муниципалитет (Comune)
choose-all-that-apply = Выберите все подходящие ответы.
title-neutral-question = Вопрос
title-neutral-results = Информация

error-missing = Выберите или напишите ответ.
error-not-an-option = Выберите один из ответов в списке.
error-not-a-number = Напишите число, например 12.
error-too-small = Число должно быть не меньше { $min }.
error-too-large = Число должно быть не больше { $max }.
error-unknown-municipality = Выберите муниципалитет из списка.

quick-exit = Быстро уйти с этой страницы
quick-exit-hint = Или нажмите 3 раза клавишу Shift.
read-aloud = Прочитать вслух
read-aloud-stop = Остановить чтение

check-title = Проверьте ответы
check-intro = Если что-то не так, нажмите «Изменить».
check-see-results = Посмотреть результаты

results-title = Помощь для вас
results-intro = { $who ->
    [me] Вот помощь, которая вам подходит, по вашим ответам.
   *[other] Вот помощь, которая подходит человеку, которому вы помогаете, по вашим ответам.
  }
results-fits-heading = { $who ->
    [me] Помощь, которая вам подходит
   *[other] Помощь, которая подходит этому человеку
  }
results-may-heading = Помощь, о которой стоит спросить в офисе
results-may-intro = { $who ->
    [me] Это может вам подойти. В офисе могут проверить то, чего вы не знали.
   *[other] Это может подойти этому человеку. В офисе могут проверить то, чего вы не знали.
  }
results-not-heading = { $who ->
    [me] Помощь, которая вам не подходит, и почему
   *[other] Помощь, которая не подходит этому человеку, и почему
  }
results-none-fit = По этим ответам ни одна помощь не подходит полностью. Это не отказ: начните с беседы в социальной службе (Sportello Sociale).
results-urgent-heading = Где получить помощь прямо сейчас
results-always-heading = Социальная служба (Sportello Sociale) есть всегда
results-always-intro = Не знаете, с чего начать, или сомневаетесь в ответах? В социальной службе вас выслушают и помогут разобраться. Эта помощь есть для всех.
results-pua-route = Это заявление идёт через Единый пункт доступа (PUA, Porta Unica di Accesso). Врач и социальный работник вместе оценивают потребности (это называется UVM), часто на дому. Потом они вместе с вами решают, каким будет план ухода.
results-law = Правило: { $law }. Проверено: { $checked }.
checklist-pua-note = Для оценки в PUA возьмите также справки от врача и лекарства, которые вы принимаете.
results-ask-at-desk = Спросите в офисе:
results-you-said = (Вы ответили: { $answers })
results-always-why = Это есть для всех.
results-why-fits = { $who ->
    [me] Почему это вам подходит
   *[other] Почему это подходит этому человеку
  }
results-why-not = { $who ->
    [me] Почему это вам не подходит
   *[other] Почему это не подходит этому человеку
  }
results-for-whom = Для кого это
results-what-to-bring = Что взять с собой
results-no-documents = Документы не нужны.
results-who-provides = Кто это даёт
results-how-long = Сколько времени нужно
results-official-page = Официальная страница
results-next-heading = Что дальше
results-change-answers = Изменить ответы
results-print = Версия для печати
results-start-again = Начать сначала

results-elsewhere-heading = Другая помощь, которая может пригодиться
results-elsewhere-intro = По ответам может пригодиться и эта помощь. Нужно ответить ещё на несколько вопросов: данные ответы сохранятся.
results-elsewhere-fits = подходит по вашим ответам
results-elsewhere-may = нужно проверить
results-elsewhere-continue = { $count ->
    [0] Посмотреть эту помощь
    [one] Ответить ещё на { $count } вопрос
    [few] Ответить ещё на { $count } вопроса
    [many] Ответить ещё на { $count } вопросов
   *[other] Ответить ещё на { $count } вопроса
  }

checklist-heading = Документы, которые нужно взять с собой
checklist-intro = Отметьте то, что у вас уже есть. Так вы узнаете, чего не хватает.
checklist-save = Сохранить список

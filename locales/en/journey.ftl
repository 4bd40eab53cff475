next-body = Now we ask you a few simple questions, one at a time. You can always go back.
start-questions = Start the questions

question-progress = Question { $current } of { $total }
back = Back
continue-link = Continue
why-we-ask = Why we ask this
municipality-choose = Choose the town
choose-all-that-apply = Choose all that apply.
title-neutral-question = Question
title-neutral-results = Information

error-missing = Choose or write an answer.
error-not-an-option = Choose one of the answers in the list.
error-not-a-number = Write a number, for example 12.
error-too-small = The number must be at least { $min }.
error-too-large = The number must be at most { $max }.
error-unknown-municipality = Choose a town from the list.

quick-exit = Exit this page now
quick-exit-hint = Or press the Shift key 3 times.
read-aloud = Read aloud
read-aloud-stop = Stop reading

check-title = Check your answers
check-intro = If something is wrong, press "Change".
check-see-results = See the results

results-title = The help for you
results-intro = { $who ->
    [me] Here is the help that fits you, based on your answers.
   *[other] Here is the help that fits the person you help, based on the answers.
  }
results-fits-heading = { $who ->
    [me] Help that fits you
   *[other] Help that fits the person
  }
results-may-heading = Help to ask about at the desk
results-may-intro = { $who ->
    [me] This help may fit you. At the desk they can check what you did not know.
   *[other] This help may fit the person. At the desk they can check what you did not know.
  }
results-not-heading = { $who ->
    [me] Help that does not fit you, and why
   *[other] Help that does not fit the person, and why
  }
results-none-fit = No help fits completely with these answers. This is not a no: start with a meeting at the social desk.
results-urgent-heading = Where to get help now
results-always-heading = The social desk is always there
results-always-intro = Not sure where to start, or not sure about your answers? At the desk they listen and help you understand. This help is there for everyone.
results-pua-route = This application goes through the PUA (Single Access Point). A doctor and a social worker look at the needs together (an assessment called UVM), often at home. Then they make the care plan together with you.
results-law = Rule: { $law }. Checked on { $checked }.
checklist-pua-note = For the PUA assessment, also bring the doctor's certificates and the medicines you take.
results-ask-at-desk = Ask at the desk:
results-you-said = (You answered: { $answers })
results-always-why = It is there for everyone.
results-why-fits = { $who ->
    [me] Why it fits you
   *[other] Why it fits the person
  }
results-why-not = { $who ->
    [me] Why it does not fit you
   *[other] Why it does not fit the person
  }
results-for-whom = Who it is for
results-what-to-bring = What to bring
results-no-documents = No documents are needed.
results-who-provides = Who provides it
results-how-long = How long it takes
results-official-page = Official page
results-next-heading = What next
results-change-answers = Change your answers
results-print = Printable version
results-start-again = Start again

results-elsewhere-heading = Other help that may be useful
results-elsewhere-intro = Based on the answers, this help may also be useful. A few more questions are enough: the answers already given are kept.
results-elsewhere-fits = fits the answers given
results-elsewhere-may = to be checked
results-elsewhere-continue = { $count ->
    [0] See this help
    [one] Answer 1 more question
   *[other] Answer { $count } more questions
  }

checklist-heading = Documents to bring
checklist-intro = Tick what you already have. Then you know what is missing.
checklist-save = Save the list

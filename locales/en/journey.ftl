next-body = Now we ask you a few simple questions, one at a time. You can always go back.
start-questions = Start the questions

question-progress = Question { $current } of { $total }
back = Back
continue-link = Continue
why-we-ask = Why we ask this
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
results-may-intro = It may fit. At the desk they can check what you did not know.
results-not-heading = Help that does not fit, and why
results-none-fit = No help fits completely with these answers. The social desk can still listen to you.
results-urgent-desk = Go to the social desk of your town today. Outside opening hours call 112.
results-ask-at-desk = Ask at the desk:
results-you-said = (You answered: { $answers })
results-why-fits = Why it fits
results-why-not = Why it does not fit
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

checklist-heading = Documents to bring
checklist-intro = Tick what you already have. Then you know what is missing.
checklist-save = Save the list

home-title = Find the right help
home-heading = Find the right help for you
home-intro = Answer a few questions. We tell you what help you can get, what to bring and where to go.
home-step-answer = Answer simple questions, one at a time.
home-step-learn = Find out which help fits you and why.
home-step-book = Book an appointment at the nearest desk.
home-reassure = It is free. You do not need an account. You can go back and change your answers at any time.

who-legend = Who needs help?
who-me = Me
who-other = Someone I help

area-legend = What do you need help with?
start-continue = Continue
start-error-who = Choose who needs help.
start-error-area = Choose what you need help with.

next-heading = What happens now

urgent-heading = Are you in danger now?
urgent-body = Call 112. For violence call 1522: it is free, answers day and night, also in other languages.

home-first-step-heading = Not sure where to start?
home-first-step-body = Book a first meeting at the social desk. You tell them about your situation, and they help you understand what to do.
home-first-step-link = Find the social desk

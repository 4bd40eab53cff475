accessibility-title = Accessibility statement
accessibility-intro = We want everyone to be able to use Ponte. Also people who do not see well, who do not hear, who use only a keyboard or a screen reader.
accessibility-status-heading = Where we are
accessibility-status-body =
    The site follows WCAG 2.2, level AA. These are the European rules for public websites.
    Every page is checked automatically at every change, in every language.
accessibility-how-heading = What you can do
accessibility-how-body =
    You can use the site with the keyboard only. The place where you are is always clearly visible.
    You can make the text up to twice as large. The page also fits small screens.
    The site also works without JavaScript and with your system's colours.
    If you ask for less motion on screen, the site uses no animations.
accessibility-limits-heading = What does not work yet
accessibility-limits-body =
    The site is new and we are still building it. Some parts are not there yet.
    We have not yet tested it with people who use a screen reader. We will do so soon.
accessibility-feedback-heading = Tell us what does not work
accessibility-feedback-body =
    If a part of the site does not work for you, tell us. Write to the social desk of your town or go there in person.
    We will answer within 30 days.
accessibility-enforcement-heading = If you get no answer
accessibility-enforcement-body =
    If you get no answer, or the answer is not enough, you can write to AgID's digital ombudsman (Difensore civico per il digitale).
    AgID is the Agency for Digital Italy.

privacy-title = Privacy
privacy-intro = Here we explain which data we use, why and for how long. We only ask for the data we need.
privacy-who-heading = Who handles your data
privacy-who-body =
    Your data is handled by the town of the desk you choose. The town is the data controller.
    Every town has a data protection officer. You can ask the desk for their contact.
privacy-what-heading = Which data we use
privacy-what-body =
    Your answers to the questions only serve to show you the right help. We do not ask your name for this.
    If you book an appointment, we ask for a name and, if you want, a phone number or an e-mail.
    Some answers can say sensitive things, for example about health or violence. We protect them with extra care.
privacy-cookies-heading = Cookies
privacy-cookies-body =
    We use one cookie to remember the language you chose.
    We use a session cookie only when needed, for example so that your answers are not lost.
    We use no advertising cookies. We use no cookies to follow you on other sites.
privacy-why-heading = Why we use them
privacy-why-body =
    We use them to give you a public service: to tell you about your rights and prepare your meeting with the desk.
    We do not sell your data. We do not give it to others, unless the law requires it.
privacy-keep-heading = For how long
privacy-keep-body =
    Answers without an appointment are not saved.
    The data of an appointment is kept only as long as the desk needs it to help you.
privacy-rights-heading = Your rights
privacy-rights-body =
    You can ask to see your data, to correct it or to delete it.
    You can ask at the desk. If you think we do not follow the rules, you can write to the Italian data protection authority (Garante per la protezione dei dati personali).

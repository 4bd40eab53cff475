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


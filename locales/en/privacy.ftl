# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Privacy
privacy-intro = Here you find what data Ponte uses, why, who sees it and for how long. First a summary, then the details.
privacy-summary =
    To show you the help that fits you, we do not ask your name.
    If you do not book, we delete your answers. We do it within { $draft-minutes } minutes.
    If you book, your answers go to the desk you choose. With them go your name and, if you want, a phone number or an email.
    After the appointment, we wait { $days } days. Then we delete your name, contacts and answers.
    Ponte only gives advice. A person at the desk always decides.
    We use no advertising cookies. We do not sell your data.
    You can see, correct or delete your data. Write to { $contact }.

privacy-who-heading = Who answers for your data
privacy-who-body =
    The controller of your data is { $controller }. The controller decides how the data is used and answers for it.
    To write to the controller: { $contact }.
    The controller has a data protection officer. Their contact is { $dpo }.

privacy-desks-heading = Desks that are not the municipality's
privacy-desks-body =
    Some desks are not run by the municipality. For example a CAF, a patronato, Caritas, the ASST, a CPIA or the anti-violence centre.
    If you book with one of them, Ponte sends them your booking and your answers. Then that desk also uses your data, for its own service.
    Each desk has its own privacy rules. You can ask the desk for them.

privacy-what-heading = What data we use
privacy-what-body =
    Your answers to the questions, the town where you live among them. Some say sensitive things: your health, a disability, your residence permit, violence.
    The documents you say you have.
    If you book: your name, your phone or email if you give them, your language and your message to the desk. Also who fills in the form: you, a relative or a mediator.
    The booking code and the PIN. We store the PIN in a form that cannot be read.
    If you give a PIN to someone who helps you: their name, who they are to you, their phone or email if you give them, and when you agreed. We store their PIN too in a form that cannot be read.
    If you call or come to the desk, an operator can write the request for you. We also store how it came and who wrote it.
    If a mediator or an operator answers the questions with you, we store who helped you and how you said yes: in person or on the phone.
    The internet address of your phone or computer. We use it only to count wrong attempts and bookings. We store it in a form that cannot be read.

privacy-why-heading = Why we use it
privacy-why-body =
    For a public task: telling you what help there is and preparing your meeting with the desk. This is the basis of GDPR art. 6(1)(e).
    We use sensitive things for a reason of public interest: social and care services. This is the basis of GDPR art. 9(2)(g) and (h).
    So we do not ask for your consent. The box on the form only says that you want to send your answers to the desk.
    To give a PIN to someone who helps you, however, we need your consent. This is the basis of GDPR art. 6(1)(a). You withdraw it whenever you want: take the PIN away.
    We count wrong attempts to protect bookings. This way nobody can guess the codes.
    We also count the bookings made from one address in a day. This way nobody can take all the times of a desk.

privacy-suggestions-heading = Ponte advises, a person decides
privacy-suggestions-body =
    Ponte shows you the help that may fit you, from your answers. It is only advice.
    Ponte does not decide whether you have a right to help. A person at the desk decides, after talking with you.

privacy-recipients-heading = Who sees your data
privacy-recipients-body =
    Besides you, only the people who work at the desk you choose see your booking.
    If you give a PIN to someone who helps you, this person sees the booking too. They cannot download your data or give PINs to others.
    If you speak another language, a cultural mediator may come to the appointment. The mediator who comes sees your name, the day, the time, the desk, the service and the documents to bring. They do not see your answers, your message, or your phone or email.
    Whoever runs Ponte's servers can see the data only to keep it working. They do it for the controller, under a contract.
    Ponte loads nothing from other sites. No advertising, no statistics, no fonts from other servers.
    We give data to others only when the law requires it.

privacy-keep-heading = For how long
privacy-keep-body =
    Your answers stay on the server while you answer. If you book, they move to the booking.
    If you do not book, we delete them when you press «Exit this page now». Otherwise we delete them at most { $draft-minutes } minutes after your last answer.
    Name, contacts, answers and message: we delete them { $days } days after the appointment. For a request without an appointment, { $days } days after the last change.
    If you cancel the booking, we delete them at once.
    We delete the name and contact of someone who helps you together with yours. If you take their PIN away, we delete them at once.
    When someone who helps you uses their PIN, we write it in the access log: who, what and when. Without an internet address.
    Only counts without names remain: how many bookings, for which service, at which desk.
    We count wrong attempts for { $attempts-minutes } minutes, and bookings for { $bookings-hours } hours. After { $counts-days } days at most we delete these counts too.
    The server writes a log to work well. The log does not contain your internet address or your booking code.

privacy-location-heading = «Use my location»
privacy-location-body =
    When you look for a desk you can press «Use my location». Your browser asks for your permission.
    We round the position to about one kilometre. It is used only to find the nearest municipality.
    We do not store it. It does not go into the page address.

privacy-cookies-heading = Cookies
privacy-cookies-body =
    ponte_lang remembers the language you choose in the language menu. It lasts one year. We set it only if you choose a language.
    ponte_session keeps your answers while you answer, and the codes of bookings made here. Over https it is called __Host-ponte_session. It ends after { $session-minutes } minutes without activity.
    These are technical cookies: they do what you ask for. There are no other cookies.

privacy-rights-heading = Your rights
privacy-rights-body =
    You can ask to see your data, to correct it or to delete it. You can ask us to use it less, or object to its use.
    With the code and the PIN you see your booking. There you can give a PIN to someone who helps you, and take it away whenever you want. Your phone or email is not enough: someone who knows you might know them. There you can download your data as a file. You can change the time or cancel it. If you cancel, we delete your data at once. After the appointment you can delete it yourself, with a button.
    For anything else write to { $contact }. You can also write to the data protection officer: { $dpo }. Or ask at the desk.
    Do you think we do not follow the rules? You can complain to the Italian data protection authority (Garante per la protezione dei dati personali): www.garanteprivacy.it.

staff-privacy-title = Privacy for people who work with Ponte
staff-privacy-intro = This page is for people who work at a desk: operators, mediators and those who manage accounts.
staff-privacy-summary =
    We use your name, email and role to give you access.
    We store your password in a form that cannot be read.
    When you open a request or a list, or change something, we write it in the log. With the time and the internet address.
    Ponte does not delete or change the log.

staff-privacy-who-heading = Who answers for your data
staff-privacy-who-body =
    The controller of your data is { $controller }. To write to the controller: { $contact }.
    The data protection officer: { $dpo }.

staff-privacy-what-heading = What data we use
staff-privacy-what-body =
    The name, email, role and desks of your account.
    Your password, stored with argon2id. Nobody can read it, not even those who run Ponte.
    The key of your sign-in code app: it is in the database, because it is needed to check the codes. Your recovery codes, stored in a form nobody can read.
    The log: who opened, took or changed a request, when and from which internet address. Also who read the list of requests or of appointments. And who created an account, gave a new password or disabled an account. And every sign-in code given or refused. And who started the questions with a person.
    Wrong sign-ins, counted for { $attempts-minutes } minutes.
    If you are a mediator: the languages you speak and the days and hours you are at the desks. The public sees only the language and the day, not your name. The log also says which appointments you said you will come to.

staff-privacy-why-heading = Why we use it
staff-privacy-why-body =
    To give you access and to protect people's data. The log says who read or changed a request.
    The basis is the controller's public task and its duty of security. GDPR art. 6(1)(c) and (e), and art. 32.

staff-privacy-keep-heading = For how long
staff-privacy-keep-body =
    Your account stays until an administrator closes it.
    Ponte does not delete the log. The controller decides how long to keep it.
    Your sign-in ends after { $staff-idle-minutes } minutes without activity. It ends anyway after { $staff-max-hours } hours.

staff-privacy-cookies-heading = Cookies
staff-privacy-cookies-body =
    ponte-staff keeps you signed in. Over https it is called __Host-ponte-staff.
    The database keeps only a fingerprint of the cookie, not the cookie.
    The cookie ends when you sign out, when you close the browser or when the sign-in expires.

staff-privacy-rights-heading = Your rights
staff-privacy-rights-body =
    You can ask to see your data, to correct it or to delete it. You can ask us to use it less, or object to its use.
    Write to { $contact } or to { $dpo }.
    You can complain to the Italian data protection authority (Garante per la protezione dei dati personali): www.garanteprivacy.it.

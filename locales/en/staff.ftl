# The operators' workspace, and the status of a request as the person sees it.

staff-sign-in-title = Staff sign-in
staff-sign-in-intro = For the staff of the desks only.
staff-email = Email
staff-password = Password
staff-sign-in = Sign in
staff-sign-in-refused = Email or password not recognised.
staff-sign-in-too-many = Too many attempts. Try again in 15 minutes.
staff-sign-out = Sign out
staff-role-operator = operator
staff-role-mediator = mediator
staff-role-administrator = administrator
staff-signed-in-as = Signed in as { $name } ({ $role }).
staff-your-desks = Your desks: { $desks }
staff-inbox-title = Requests
staff-inbox-caption = Requests for your desks, by appointment date
staff-inbox-empty = No requests to show.
staff-filter-status = Filter by status
staff-all = All
staff-needs-mediator = mediator needed?
staff-col-when = Appointment
staff-col-service = Service
staff-col-desk = Desk
staff-col-language = Language
staff-col-status = Status
staff-col-handled-by = Handled by
staff-dossier-title = Request: { $service }
staff-dossier-unavailable = Request not available
staff-dossier-unavailable-body = This request does not exist or is not for one of your desks. If you are not signed in, sign in first.
staff-back-to-inbox = Back to requests
staff-code = Booking code
staff-person = Person
staff-contact = Contact
staff-filled-by = Filled in by
staff-area = Area
staff-answers-heading = Answers
staff-question = Question
staff-no-answers = The person booked without answering the questions.
staff-documents-heading = Documents
staff-has-document = says they have it
staff-no-document = not stated
staff-decide-heading = Update the request
staff-missing-legend = Missing documents
staff-missing-hint = Only kept with the status "Documents missing". The person sees them in their language.
staff-note = Note for colleagues
staff-save = Save

dossier-status-received = Received
dossier-status-handling = Being handled
dossier-status-documents-missing = Documents missing
dossier-status-referred = Sent to another service
dossier-status-closed = Closed
dossier-status-withdrawn = Withdrawn
dossier-filled-by-person = the person themselves
dossier-filled-by-relative = a relative or friend
dossier-filled-by-mediator = a mediator

request-status-heading = Your request
request-status = Status: { $status }
request-missing-intro = The desk asks you to also bring:

password-too-short = The password needs at least 12 characters.
password-too-long = The password can have at most 256 characters.
password-too-common = This password is too common. Choose another, for example three random words.
password-like-account = The password cannot contain your name or email.

cross-site-refused = Request refused: it came from another site.

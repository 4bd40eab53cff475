## Desks, opening hours, booking

date-long = { $weekday } { $day } { $month }
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

spoken-wo = Wolof

desk-open-until = Open now, closes at { $time }
desk-opens-today = Closed now, opens today at { $time }
desk-opens-tomorrow = Closed now, opens tomorrow at { $time }
desk-opens-on = Closed now, opens { $day } at { $time }
desk-closed = Closed for now. Call to find out when it opens.
desk-address = Address
desk-address-secret = The address is not public, for your safety.
desk-secret-help = Call the centre's number. You can also call 1522: it is free, always open, and speaks many languages.
desk-serves = The desk for people who live in { $place }: go here first.
desk-distance = Distance
desk-km = { $km } km
desk-phone = Phone
desk-email = Email
desk-languages = Languages spoken
desk-mediator-days = with a mediator on { $days }
desk-access = Access
access-step-free = No steps
access-hearing-loop = Hearing loop
access-toilet = Accessible toilet
access-steps = There are steps

unavailable-title = Service not available
unavailable-body = We cannot show this page right now. Please try again in a few minutes.

desks-title = Where to go: { $service }
desks-intro = These desks give this service. Choose your town to see the nearest first.
desks-municipality = Your town
desks-municipality-any = Choose the town
desks-postcode = Or the postcode
desks-postcode-hint = For example 24044
desks-postcode-unknown = We cannot find this postcode in our area. Choose your town from the list.
desks-location-invalid = We cannot use your location. Choose your town from the list.
desks-use-location = Use my location
desks-filters = More filters
desks-language = Language spoken
desks-any = Any
desks-day = Open on
desks-step-free = Only desks without steps
desks-search = Show desks
desks-count = { $count ->
    [0] No desks
    [one] 1 desk
   *[other] { $count } desks
}
desks-count-from = { $count ->
    [0] No desks
    [one] 1 desk, near { $place }
   *[other] { $count } desks, nearest to { $place } first
}
desks-none = No desk matches these filters. Try removing one.
desks-shown-nearest = Here are the { $shown } nearest.
desks-shown-first = Here are the first { $shown }. Choose your municipality to see the nearest.
desks-book = Book an appointment
desks-request = Send a request
desks-request-instead = Or send a request without an appointment
request-instead = No time suits you? Send a request without an appointment

book-title = Book an appointment
book-change-title = Change the time
book-intro = { $service } at { $desk }.
book-desk-details = Opening hours, address and languages of the desk
book-choose-time = Choose a day and time
book-no-slots = There are no free times on these days. Look at later days.
book-earlier = Earlier days
book-later = Later days
book-mediator-present = A mediator is there that day: { $languages }.
book-slot-taken = Someone else just took this time. Choose one of the free times below. Your details are still in the form.
book-too-many-today = Many bookings have already come from this connection today. To make more, phone the desk or come back tomorrow. Your details are still in the form.
book-about-you = { $who ->
    [me] Your details
   *[other] Details of the person you help
  }
book-name = { $who ->
    [me] Name, or just initials
   *[other] Their name, or just initials
  }
book-name-hint = { $who ->
    [me] The desk uses it to call you in.
   *[other] The desk uses it to call this person in.
  }
book-contact = { $who ->
    [me] Phone or email (if you want)
   *[other] Their phone or email (if you want)
  }
book-contact-hint = { $who ->
    [me] We use it only for this appointment: the desk calls or writes to you there.
   *[other] We use it only for this appointment: the desk calls or writes there.
  }
book-filled-by = Who is filling in this form? (optional)
book-filled-by-person = Me, for myself
book-filled-by-relative = A relative or friend
book-filled-by-mediator = A cultural mediator
book-note = Anything you want the desk to know? (optional)
book-note-hint = Write in your own words, in your own language if you like. At most 1000 characters.
book-language = { $who ->
    [me] The language you prefer
   *[other] The language they prefer
  }
book-consent = { $who ->
    [me] I want to send this information to the desk. I have read how you use it.
   *[other] The person I help wants to send this information to the desk. We have read how you use it.
  }
book-privacy-link = Read how we use your data
book-submit = Book
book-change-submit = Change the time
book-error-slot = Choose a day and a time.
book-error-name = Write a name or initials.
book-error-name-long = The name is too long: 80 letters at most.
book-error-contact = Write a phone number or an email. Check that it is written correctly.
book-error-contact-missing = { $who ->
    [me] Write a phone number or an email: the desk answers you there.
   *[other] Write the person's phone number or email: the desk answers there.
  }
book-error-language = Choose a language.
book-error-consent = { $who ->
    [me] To continue, confirm that you want to send the information to the desk.
   *[other] To continue, confirm that the person wants to send the information to the desk.
  }
book-error-note-long = The text is too long: at most 1000 characters.

booking-title = Appointment booked
booking-cancelled-title = Appointment cancelled
booking-cancelled-body = We have removed your name and contact.
booking-code = Your code
booking-pin-intro = Write down the code and this PIN now: the PIN is shown only this once. You need them to change or cancel the appointment.
booking-pin = PIN:
booking-qr-alt = QR code of booking { $code }
booking-when = When
booking-service = Service
booking-desk = Desk
booking-bring = What to bring
booking-bring-id = Also bring an identity document and your health card, if you have them.
booking-document-if = { $document } (if it applies to you)
booking-next-heading = What you can do
booking-calendar = Add to calendar
booking-print = Print
booking-copy-intro = Below is the same information in Italian, for the desk.
booking-copy-heading = For the desk
booking-download-data = Download your data (JSON file)
booking-change = Change the day or time
booking-cancel-heading = Cannot come?
booking-cancel-body = Cancel, so the time goes to someone else. We also remove your name, your contact and your answers.
booking-erase-heading = Delete your data
booking-erase-body = The appointment is over. You can delete your name, your contact and your answers. Only numbers without names remain.
booking-erase = Delete my data
booking-erased-body = Your data is deleted: name, contact and answers. Only numbers without names remain.
booking-cancel = Cancel the appointment
booking-find-title = Find your booking
booking-find-body = To see a booking you need its code and PIN.
ics-summary = Appointment: { $service }
ics-description = Code { $code }. Bring the documents on the list.

manage-title = Find your booking
manage-intro = Write the code of your booking or request. Then write the PIN. If you no longer have the PIN, ask the desk.
manage-code = Your code
manage-code-hint = 8 letters and numbers, for example K7MX-4QPT
manage-secret = PIN
manage-secret-hint = The PIN has 6 numbers.
manage-submit = Find
manage-not-found = We cannot find a booking with these details. Check the code and the PIN.
manage-too-many = Too many tries. Wait 15 minutes and try again, or call the desk.

results-find-desk = Find the desk and book

# Sending a request without an appointment
request-title = Send a request
request-intro = You do not need to choose a time. The desk reads your request and calls or writes to you. With the code and the PIN you can see how it is going.
request-book-instead = Would you rather choose a time? Book an appointment
request-contact = { $who ->
    [me] Phone or email
   *[other] Their phone or email
  }
request-contact-hint = { $who ->
    [me] The desk answers you here. It also helps you find your request again.
   *[other] The desk answers here. It also helps you find the request again.
  }
request-submit = Send the request
request-sent-title = Request sent
request-withdrawn-title = Request withdrawn
request-no-time = No appointment: the desk calls or writes to you.
request-pin-intro = Write down the code and this PIN now: the PIN is shown only this once. You need them to see the answer or to withdraw the request.
request-withdraw-heading = Do you no longer need it?
request-withdraw-body = Withdraw the request. We remove your name, your contact and your answers.
request-withdraw = Withdraw the request

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Does someone help you? (optional)
   *[other] Do you want to follow the booking too? (optional)
  }
helper-intro = { $who ->
    [me] You can give a PIN to someone you trust: a relative, a friend, a mediator. With the code and their PIN, this person can see, move or cancel the appointment. You can take their PIN away at any time.
   *[other] Write your details: you will get your own PIN. With the code and your PIN you can see, move or cancel the appointment. The person you help can take your PIN away at any time.
  }
helper-name = { $who ->
    [me] Name of the person who helps you
   *[other] Your name
  }
helper-relationship = { $who ->
    [me] Who are they to you?
   *[other] Who are you to this person?
  }
helper-relationship-family = A relative
helper-relationship-friend = A friend
helper-relationship-mediator = A cultural mediator
helper-relationship-other = Someone else, for example a volunteer
helper-contact = { $who ->
    [me] Phone or email of the person who helps you (if you want)
   *[other] Your phone or email (if you want)
  }
helper-contact-hint = The desk uses it only for this appointment.
helper-consent = { $who ->
    [me] I agree: this person can see and change my booking.
   *[other] The person I help agrees: I can see and change their booking.
  }
helper-error-name = Write the name of the person who helps.
helper-error-name-long = The name is too long: 80 letters at most.
helper-error-relationship = Choose who this person is.
helper-error-contact = Write a phone number or an email. Check that it is written correctly.
helper-error-consent = To give a PIN to someone who helps, the person must agree. Tick the box.
helper-role-family = relative
helper-role-friend = friend
helper-role-mediator = cultural mediator
helper-role-other = someone else
booking-as-helper = You follow this booking for someone else. You can see, move or cancel it. Only the person chooses who helps them.
booking-helper-pin-intro = This is the PIN of { $name }. Give it to them now: it is shown only this once. With the code and this PIN, { $name } can see, move or cancel the appointment.
booking-helper-pin = PIN of { $name }:
booking-helpers-heading = Who else sees this booking
booking-helpers-intro = These people have their own PIN. They can see, move or cancel the appointment. If you remove someone, their PIN stops working.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Someone
booking-helper-remove = Remove { $name }
booking-helper-add-heading = Give a PIN to someone who helps you
booking-helper-add-submit = Give the PIN

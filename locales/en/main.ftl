language-name = English
site-name = Ponte
skip-to-content = Skip to main content
language-switch-label = Language
translation-notice = This translation was made with the help of a computer. Nobody has checked it yet. The Italian text is the one that counts.
translation-notice-link = Read this page in Italian
footer-nav-label = About this site
footer-accessibility = Accessibility
footer-privacy = Privacy
footer-about = Ponte is the website of the municipal social desks. This is a trial version with example data.

error-prefix = Error:
error-summary-title = There is a problem
change = Change

not-found-title = Page not found
not-found-body = This page does not exist. The address may be wrong.
not-found-home = Go to the start page
step-first-title = First finish signing in
step-first-body = You have one more step to sign in: the code from the app or a new password.
form-unreadable-title = We cannot read the form
form-unreadable-body = The form arrived in a shape we do not know. Go back, reload the page and send it again.
manage-link = Already booked?

## Too many people at once: the "try again in a minute" page (503)
busy-title = Many people are booking right now
busy-wait = Please try again in a minute.
busy-not-sent = Your request has not been sent yet. Nothing is booked yet.
busy-unsure = We could not finish. Press “Try again”: if your request was already saved, you will see it. You never book twice.
busy-kept = What you typed is kept here. You do not need to type it again.
busy-retry = Try again
busy-home = Back to the home page

language-name = English
site-name = Ponte
skip-to-content = Skip to main content
language-switch-label = Language
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
manage-link = Already booked?

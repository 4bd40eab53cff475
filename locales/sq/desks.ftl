## Desks, opening hours, booking

date-long = { $weekday }, { $day } { $month }
weekday-mon = e hënë
weekday-tue = e martë
weekday-wed = e mërkurë
weekday-thu = e enjte
weekday-fri = e premte
weekday-sat = e shtunë
weekday-sun = e diel
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

spoken-wo = Wolof

desk-open-until = Hapur tani, mbyllet në orën { $time }
desk-opens-today = Mbyllur tani, hapet sot në orën { $time }
desk-opens-tomorrow = Mbyllur tani, hapet nesër në orën { $time }
desk-opens-on = Mbyllur tani, hapet ditën { $day }, në orën { $time }
desk-closed = Mbyllur për momentin. Telefononi për të mësuar kur hapet.
desk-address = Adresa
desk-address-secret = Adresa nuk është publike, për sigurinë tuaj.
desk-secret-help = Telefononi numrin e qendrës. Mund të telefononi edhe 1522: është falas, gjithmonë i hapur dhe flet shumë gjuhë.
desk-serves = Sporteli për ata që jetojnë në { $place }: është i pari ku duhet t'i drejtoheni.
desk-distance = Largësia
desk-km = { $km } km
desk-phone = Telefoni
desk-email = Email
desk-languages = Gjuhët që fliten
desk-mediator-days = me një ndërmjetës kulturor ditën { $days }
desk-access = Hyrja
access-step-free = Pa shkallë
access-hearing-loop = Unazë induktive për ata që mbajnë aparat dëgjimi
access-toilet = Tualet i përshtatur për të gjithë
access-steps = Ka shkallë

unavailable-title = Shërbimi nuk është i disponueshëm
unavailable-body = Tani nuk mund ta shfaqim këtë faqe. Provoni përsëri pas pak minutash.

desks-title = Ku të shkoni: { $service }
desks-intro = Ja sportelet që e japin këtë shërbim. Zgjidhni bashkinë tuaj (Comune) për të parë së pari më të afërtit.
desks-municipality = Bashkia juaj (Comune)
desks-municipality-any = Zgjidhni bashkinë
desks-postcode = Ose kodi postar (CAP)
desks-postcode-hint = Për shembull 24044
desks-postcode-unknown = Nuk e gjejmë këtë kod postar (CAP) në zonën tonë. Zgjidhni bashkinë nga lista.
desks-location-invalid = Nuk mund ta përdorim vendndodhjen tuaj. Zgjidhni bashkinë nga lista.
desks-use-location = Përdor vendndodhjen time
desks-filters = Filtra të tjerë
desks-language = Gjuha që flitet
desks-any = Të gjitha
desks-day = Hapur ditën
desks-step-free = Vetëm sportele pa shkallë
desks-search = Shfaq sportelet
desks-count = { $count ->
    [0] Asnjë sportel
    [one] 1 sportel
   *[other] { $count } sportele
}
desks-count-from = { $count ->
    [0] Asnjë sportel
    [one] 1 sportel, afër { $place }
   *[other] { $count } sportele, nga më i afërti te { $place }
}
desks-none = Asnjë sportel me këta filtra. Provoni të hiqni një filtër.
desks-shown-nearest = Këtu shihni { $shown } më të afërtit.
desks-shown-first = Këtu shihni { $shown } të parët. Zgjidhni bashkinë tuaj për të parë më të afërtit.
desks-book = Rezervo një takim
desks-request = Dërgo një kërkesë
desks-request-instead = Ose dërgoni një kërkesë pa takim
request-instead = Asnjë orar nuk ju përshtatet? Dërgoni një kërkesë pa takim

book-title = Rezervo një takim
book-change-title = Ndrysho orarin
book-intro = { $service }, te { $desk }.
book-desk-details = Oraret, adresa dhe gjuhët e sportelit
book-choose-time = Zgjidhni ditën dhe orën
book-no-slots = Nuk ka orare të lira në këto ditë. Shikoni ditët në vijim.
book-earlier = Ditët më parë
book-later = Ditët në vijim
book-mediator-present = Atë ditë është një ndërmjetës kulturor: { $languages }.
book-slot-taken = Ky orar sapo u zu nga një person tjetër. Zgjidhni një nga oraret e lira më poshtë. Të dhënat tuaja janë ende në formular.
book-too-many-today = Sot nga kjo lidhje kanë ardhur tashmë shumë rezervime. Për të bërë të tjera, telefononi sportelin ose kthehuni nesër. Të dhënat tuaja janë ende në formular.
book-about-you = Të dhënat tuaja
book-name = Emri, ose vetëm inicialet
book-name-hint = I nevojitet sportelit për t'ju thirrur.
book-contact = Telefoni ose email-i (nëse doni)
book-contact-hint = E përdorim vetëm për këtë takim: sporteli ju telefonon ose ju shkruan aty.
book-filled-by = Kush e plotëson këtë formular? (nuk është i detyrueshëm)
book-filled-by-person = Unë, për veten time
book-filled-by-relative = Një i afërm ose një mik
book-filled-by-mediator = Një ndërmjetës kulturor
book-note = Doni t'i thoni diçka sportelit? (nuk është e detyrueshme)
book-note-hint = Shkruani me fjalët tuaja, edhe në gjuhën tuaj. Jo më shumë se 1000 shenja.
book-language = Gjuha që preferoni
book-consent = Dua t'ia dërgoj këto informacione sportelit. Kam lexuar si i përdorni.
book-privacy-link = Lexoni si i përdorim të dhënat tuaja
book-submit = Rezervo
book-change-submit = Ndrysho orarin
book-error-slot = Zgjidhni një ditë dhe një orë.
book-error-name = Shkruani emrin tuaj ose inicialet.
book-error-name-long = Emri është shumë i gjatë: jo më shumë se 80 shkronja.
book-error-contact = Shkruani një numër telefoni ose një email. Kontrolloni që të jetë shkruar saktë.
book-error-contact-missing = Shkruani një telefon ose një email: sporteli ju përgjigjet aty.
book-error-language = Zgjidhni një gjuhë.
book-error-consent = Për të vazhduar, na tregoni që doni t'ia dërgoni përgjigjet sportelit.
book-error-note-long = Teksti është shumë i gjatë: jo më shumë se 1000 shenja.

booking-title = Takimi u rezervua
booking-cancelled-title = Takimi u anulua
booking-cancelled-body = E hoqëm emrin dhe kontaktin tuaj.
booking-code = Kodi juaj
booking-pin-intro = Shënojeni tani kodin dhe këtë PIN: PIN-i shfaqet vetëm këtë herë. Ju duhen për të ndryshuar ose për të anuluar takimin.
booking-pin = PIN:
booking-qr-alt = Kodi QR i rezervimit { $code }
booking-when = Kur
booking-service = Shërbimi
booking-desk = Sporteli
booking-bring = Çfarë të sillni
booking-bring-id = Sillni edhe një dokument identiteti dhe kartën shëndetësore (tessera sanitaria), nëse i keni.
booking-document-if = { $document } (nëse nevojitet në rastin tuaj)
booking-next-heading = Çfarë mund të bëni
booking-calendar = Shto në kalendar
booking-print = Printo
booking-download-data = Shkarko të dhënat e mia (skedar JSON)
booking-change = Ndrysho ditën ose orën
booking-cancel-heading = Nuk mund të vini?
booking-cancel-body = Anulojeni, që orari t'i shkojë një personi tjetër. Heqim edhe emrin, kontaktin dhe përgjigjet tuaja.
booking-erase-heading = Fshini të dhënat tuaja
booking-erase-body = Takimi ka kaluar. Mund ta fshini emrin, kontaktin dhe përgjigjet tuaja. Mbeten vetëm numra pa emër.
booking-erase = Fshi të dhënat e mia
booking-erased-body = Të dhënat tuaja u fshinë: emri, kontakti dhe përgjigjet. Mbeten vetëm numra pa emër.
booking-cancel = Anulo takimin
booking-find-title = Gjeni rezervimin tuaj
booking-find-body = Për të parë një rezervim nevojiten kodi dhe PIN-i.
ics-summary = Takim: { $service }
ics-description = Kodi { $code }. Sillni dokumentet e listës.

manage-title = Gjeni rezervimin tuaj
manage-intro = Shkruani kodin e rezervimit ose të kërkesës. Pastaj shkruani PIN-in. Nëse nuk e keni më PIN-in, pyesni në sportel.
manage-code = Kodi juaj
manage-code-hint = 8 shkronja dhe numra, për shembull K7MX-4QPT
manage-secret = PIN
manage-secret-hint = PIN-i ka 6 shifra.
manage-submit = Kërko
manage-not-found = Nuk gjejmë asnjë rezervim me këto të dhëna. Kontrolloni kodin dhe PIN-in.
manage-too-many = Shumë përpjekje. Prisni 15 minuta dhe provoni përsëri, ose telefononi sportelin.

results-find-desk = Gjeni sportelin dhe rezervoni

# Sending a request without an appointment
request-title = Dërgo një kërkesë
request-intro = Nuk keni nevojë të zgjidhni një orar. Sporteli e lexon kërkesën tuaj dhe ju telefonon ose ju shkruan. Me kodin dhe PIN-in shihni në ç'pikë është.
request-book-instead = Preferoni të zgjidhni një orar? Rezervoni një takim
request-contact = Telefoni ose email-i
request-contact-hint = Sporteli ju përgjigjet këtu. Shërben edhe për ta gjetur përsëri kërkesën.
request-submit = Dërgo kërkesën
request-sent-title = Kërkesa u dërgua
request-withdrawn-title = Kërkesa u tërhoq
request-no-time = Asnjë takim: sporteli ju telefonon ose ju shkruan.
request-pin-intro = Shënojeni tani kodin dhe këtë PIN: PIN-i shfaqet vetëm këtë herë. Ju duhen për të parë përgjigjen ose për ta tërhequr kërkesën.
request-withdraw-heading = Nuk ju duhet më?
request-withdraw-body = Tërhiqeni kërkesën. Heqim emrin, kontaktin dhe përgjigjet tuaja.
request-withdraw = Tërhiq kërkesën

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
book-about-you = { $who ->
    [me] Të dhënat tuaja
   *[other] Të dhënat e personit që ndihmoni
  }
book-name = { $who ->
    [me] Emri, ose vetëm inicialet
   *[other] Emri i personit, ose vetëm inicialet
  }
book-name-hint = { $who ->
    [me] I nevojitet sportelit për t'ju thirrur.
   *[other] I nevojitet sportelit për ta thirrur këtë person.
  }
book-contact = { $who ->
    [me] Telefoni ose email-i (nëse doni)
   *[other] Telefoni ose email-i i personit (nëse doni)
  }
book-contact-hint = { $who ->
    [me] E përdorim vetëm për këtë takim: sporteli ju telefonon ose ju shkruan aty.
   *[other] E përdorim vetëm për këtë takim: sporteli telefonon ose shkruan aty.
  }
book-filled-by = Kush e plotëson këtë formular? (nuk është i detyrueshëm)
book-filled-by-person = Unë, për veten time
book-filled-by-relative = Një i afërm ose një mik
book-filled-by-mediator = Një ndërmjetës kulturor
book-note = Doni t'i thoni diçka sportelit? (nuk është e detyrueshme)
book-note-hint = Shkruani me fjalët tuaja, edhe në gjuhën tuaj. Jo më shumë se 1000 shenja.
book-language = { $who ->
    [me] Gjuha që preferoni
   *[other] Gjuha që preferon personi
  }
book-consent = { $who ->
    [me] Dua t'ia dërgoj këto informacione sportelit. Kam lexuar si i përdorni.
   *[other] Personi që ndihmoj dëshiron t'ia dërgojë këto informacione sportelit. Kemi lexuar si i përdorni.
  }
book-privacy-link = Lexoni si i përdorim të dhënat tuaja
book-submit = Rezervo
book-change-submit = Ndrysho orarin
book-error-slot = Zgjidhni një ditë dhe një orë.
book-error-name = Shkruani një emër ose inicialet.
book-error-name-long = Emri është shumë i gjatë: jo më shumë se 80 shkronja.
book-error-contact = Shkruani një numër telefoni ose një email. Kontrolloni që të jetë shkruar saktë.
book-error-contact-missing = { $who ->
    [me] Shkruani një telefon ose një email: sporteli ju përgjigjet aty.
   *[other] Shkruani telefonin ose email-in e personit: sporteli përgjigjet aty.
  }
book-error-language = Zgjidhni një gjuhë.
book-error-consent = { $who ->
    [me] Për të vazhduar, na tregoni që doni t'ia dërgoni përgjigjet sportelit.
   *[other] Për të vazhduar, na tregoni që personi që ndihmoni dëshiron t'ia dërgojë përgjigjet sportelit.
  }
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
booking-copy-intro = Më poshtë janë të njëjtat të dhëna në italisht, për sportelin.
booking-copy-heading = Për sportelin
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
request-contact = { $who ->
    [me] Telefoni ose email-i
   *[other] Telefoni ose email-i i personit
  }
request-contact-hint = { $who ->
    [me] Sporteli ju përgjigjet këtu. Shërben edhe për ta gjetur përsëri kërkesën.
   *[other] Sporteli përgjigjet këtu. Shërben edhe për ta gjetur përsëri kërkesën.
  }
request-submit = Dërgo kërkesën
request-sent-title = Kërkesa u dërgua
request-withdrawn-title = Kërkesa u tërhoq
request-no-time = Asnjë takim: sporteli ju telefonon ose ju shkruan.
request-pin-intro = Shënojeni tani kodin dhe këtë PIN: PIN-i shfaqet vetëm këtë herë. Ju duhen për të parë përgjigjen ose për ta tërhequr kërkesën.
request-withdraw-heading = Nuk ju duhet më?
request-withdraw-body = Tërhiqeni kërkesën. Heqim emrin, kontaktin dhe përgjigjet tuaja.
request-withdraw = Tërhiq kërkesën

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Ju ndihmon dikush? (nuk është e detyrueshme)
   *[other] Doni ta ndiqni edhe ju rezervimin? (nuk është e detyrueshme)
  }
helper-intro = { $who ->
    [me] Mund t'i jepni një PIN një personi të besuar: një të afërmi, një miku, një ndërmjetësi. Me kodin dhe PIN-in e vet, ky person mund ta shohë, ta zhvendosë ose ta anulojë takimin. Mund t'ia hiqni PIN-in kur të doni.
   *[other] Shkruani të dhënat tuaja: do të keni PIN-in tuaj. Me kodin dhe PIN-in tuaj mund ta shihni, ta zhvendosni ose ta anuloni takimin. Personi që ndihmoni mund t'jua heqë PIN-in kur të dojë.
  }
helper-name = { $who ->
    [me] Emri i personit që ju ndihmon
   *[other] Emri juaj
  }
helper-relationship = { $who ->
    [me] Kush është ky person për ju?
   *[other] Kush jeni ju për këtë person?
  }
helper-relationship-family = Një i afërm
helper-relationship-friend = Një mik ose një mike
helper-relationship-mediator = Një ndërmjetës kulturor
helper-relationship-other = Një person tjetër, për shembull një vullnetar
helper-contact = { $who ->
    [me] Telefoni ose email-i i personit që ju ndihmon (nëse doni)
   *[other] Telefoni ose email-i juaj (nëse doni)
  }
helper-contact-hint = Sporteli e përdor vetëm për këtë takim.
helper-consent = { $who ->
    [me] Jam dakord: ky person mund ta shohë dhe ta ndryshojë rezervimin tim.
   *[other] Personi që ndihmoj është dakord: mund ta shoh dhe ta ndryshoj rezervimin e tij.
  }
helper-error-name = Shkruani emrin e personit që ndihmon.
helper-error-name-long = Emri është shumë i gjatë: jo më shumë se 80 shkronja.
helper-error-relationship = Zgjidhni kush është ky person.
helper-error-contact = Shkruani një numër telefoni ose një email. Kontrolloni që të jetë shkruar saktë.
helper-error-consent = Për t'i dhënë një PIN dikujt që ndihmon, duhet që personi të jetë dakord. Shënoni kutinë.
helper-role-family = i afërm
helper-role-friend = mik ose mike
helper-role-mediator = ndërmjetës kulturor
helper-role-other = person tjetër
booking-as-helper = Ju e ndiqni këtë rezervim për një person tjetër. Mund ta shihni, ta zhvendosni ose ta anuloni. Vetëm personi vendos se kush e ndihmon.
booking-helper-pin-intro = Ky është PIN-i për { $name }. Jepjani tani: shfaqet vetëm këtë herë. Me kodin dhe këtë PIN, { $name } mund ta shohë, ta zhvendosë ose ta anulojë takimin.
booking-helper-pin = PIN-i për { $name }:
booking-helpers-heading = Kush tjetër e sheh këtë rezervim
booking-helpers-intro = Këta persona kanë PIN-in e tyre. Mund ta shohin, ta zhvendosin ose ta anulojnë takimin. Nëse hiqni një person, PIN-i i tij nuk funksionon më.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Një person
booking-helper-remove = Hiq personin { $name }
booking-helper-add-heading = Jepni një PIN për personin që ju ndihmon
booking-helper-add-submit = Jep PIN-in

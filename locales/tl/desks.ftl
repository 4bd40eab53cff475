## Desks, opening hours, booking

date-long = { $weekday }, { $month } { $day }
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miyerkoles
weekday-thu = Huwebes
weekday-fri = Biyernes
weekday-sat = Sabado
weekday-sun = Linggo
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre

spoken-wo = Wolof

desk-open-until = Bukas ngayon, magsasara nang { $time }
desk-opens-today = Sarado ngayon, magbubukas ngayong araw nang { $time }
desk-opens-tomorrow = Sarado ngayon, magbubukas bukas nang { $time }
desk-opens-on = Sarado ngayon, magbubukas sa { $day } nang { $time }
desk-closed = Sarado muna. Tumawag para malaman kung kailan ito magbubukas.
desk-address = Address
desk-address-secret = Hindi pampubliko ang address, para sa inyong kaligtasan.
desk-secret-help = Tawagan ang numero ng sentro. Puwede rin kayong tumawag sa 1522: libre ito, laging bukas, at nakakapagsalita ng maraming wika.
desk-serves = Tanggapan para sa mga nakatira sa { $place }: ito ang una ninyong dapat lapitan.
desk-distance = Layo
desk-km = { $km } km
desk-phone = Telepono
desk-email = Email
desk-languages = Mga wikang ginagamit
desk-mediator-days = may tagapamagitan (mediatore) tuwing { $days }
desk-access = Pagpasok sa gusali
access-step-free = Walang baitang
access-hearing-loop = Hearing loop para sa mga gumagamit ng hearing aid
access-toilet = Banyong puwede sa may kapansanan
access-steps = May mga baitang

unavailable-title = Hindi magagamit ang serbisyo
unavailable-body = Hindi namin maipakita ang pahinang ito ngayon. Subukan ulit pagkalipas ng ilang minuto.

desks-title = Saan pupunta: { $service }
desks-intro = Narito ang mga tanggapang nagbibigay ng serbisyong ito. Piliin ang inyong munisipyo (Comune) para unang makita ang mga pinakamalapit.
desks-municipality = Ang inyong munisipyo
desks-municipality-any = Piliin ang munisipyo
desks-postcode = O ang postal code (CAP)
desks-postcode-hint = Halimbawa 24044
desks-postcode-unknown = Hindi namin makita ang postal code (CAP) na ito sa aming lugar. Piliin ang munisipyo sa listahan.
desks-location-invalid = Hindi namin magamit ang inyong lokasyon. Piliin ang munisipyo sa listahan.
desks-use-location = Gamitin ang aking lokasyon
desks-filters = Iba pang filter
desks-language = Wikang ginagamit
desks-any = Lahat
desks-day = Bukas sa araw na
desks-step-free = Mga tanggapang walang baitang lang
desks-search = Ipakita ang mga tanggapan
desks-count = { $count ->
    [0] Walang tanggapan
    [one] 1 tanggapan
   *[other] { $count } tanggapan
}
desks-count-from = { $count ->
    [0] Walang tanggapan
    [one] 1 tanggapan, malapit sa { $place }
   *[other] { $count } tanggapan, mula sa pinakamalapit sa { $place }
}
desks-none = Walang tanggapang tugma sa mga filter na ito. Subukang alisin ang isang filter.
desks-shown-nearest = Narito ang { $shown } na pinakamalapit.
desks-shown-first = Narito ang unang { $shown }. Piliin ang inyong munisipyo para makita ang mga pinakamalapit.
desks-book = Kumuha ng appointment
desks-request = Magpadala ng kahilingan
desks-request-instead = O magpadala ng kahilingan nang walang appointment
request-instead = Walang oras na puwede sa inyo? Magpadala ng kahilingan nang walang appointment

book-title = Kumuha ng appointment
book-change-title = Baguhin ang oras
book-intro = { $service } sa { $desk }.
book-desk-details = Oras ng bukas, address at mga wika ng tanggapan
book-choose-time = Pumili ng araw at oras
book-no-slots = Walang bakanteng oras sa mga araw na ito. Tingnan ang mga susunod na araw.
book-earlier = Mga naunang araw
book-later = Mga susunod na araw
book-mediator-present = May tagapamagitan (mediatore) sa araw na iyon: { $languages }.
book-slot-taken = Kakakuha lang ng ibang tao sa oras na ito. Pumili ng isa sa mga bakanteng oras sa ibaba. Nasa form pa rin ang inyong mga detalye.
book-too-many-today = Marami nang booking ang dumating mula sa koneksyong ito ngayong araw. Para gumawa pa, tumawag sa tanggapan o bumalik bukas. Nasa form pa rin ang inyong mga detalye.
book-about-you = { $who ->
    [me] Ang inyong mga detalye
   *[other] Ang mga detalye ng taong tinutulungan ninyo
  }
book-name = { $who ->
    [me] Pangalan, o inisyal lang
   *[other] Ang kanyang pangalan, o inisyal lang
  }
book-name-hint = { $who ->
    [me] Kailangan ito ng tanggapan para tawagin kayo.
   *[other] Kailangan ito ng tanggapan para tawagin ang taong ito.
  }
book-contact = { $who ->
    [me] Telepono o email (kung gusto ninyo)
   *[other] Ang kanyang telepono o email (kung gusto ninyo)
  }
book-contact-hint = { $who ->
    [me] Gagamitin lang namin ito para sa appointment na ito: doon kayo tatawagan o susulatan ng tanggapan.
   *[other] Gagamitin lang namin ito para sa appointment na ito: doon tatawag o susulat ang tanggapan.
  }
book-filled-by = Sino ang sumasagot sa form na ito? (hindi sapilitan)
book-filled-by-person = Ako, para sa sarili ko
book-filled-by-relative = Isang kapamilya o kaibigan
book-filled-by-mediator = Isang tagapamagitang pangkultura (mediatore culturale)
book-note = May gusto ba kayong sabihin sa tanggapan? (hindi sapilitan)
book-note-hint = Isulat sa sarili ninyong salita, kahit sa sarili ninyong wika. Hanggang 1000 karakter lang.
book-language = { $who ->
    [me] Ang wikang gusto ninyo
   *[other] Ang wikang gusto niya
  }
book-consent = { $who ->
    [me] Gusto kong ipadala ang impormasyong ito sa tanggapan. Nabasa ko kung paano ninyo ito ginagamit.
   *[other] Gusto ng taong tinutulungan ko na ipadala ang impormasyong ito sa tanggapan. Nabasa namin kung paano ninyo ito ginagamit.
  }
book-privacy-link = Basahin kung paano namin ginagamit ang inyong datos
book-submit = Mag-book
book-change-submit = Baguhin ang oras
book-error-slot = Pumili ng araw at oras.
book-error-name = Isulat ang pangalan o ang inisyal.
book-error-name-long = Masyadong mahaba ang pangalan: hanggang 80 titik lang.
book-error-contact = Sumulat ng numero ng telepono o email. Tingnan kung tama ang pagkakasulat.
book-error-contact-missing = { $who ->
    [me] Sumulat ng telepono o email: doon kayo sasagutin ng tanggapan.
   *[other] Sumulat ng telepono o email ng taong tinutulungan ninyo: doon sasagot ang tanggapan.
  }
book-error-language = Pumili ng wika.
book-error-consent = { $who ->
    [me] Para magpatuloy, sabihin sa amin na gusto ninyong ipadala ang mga sagot sa tanggapan.
   *[other] Para magpatuloy, sabihin sa amin na gusto ng taong tinutulungan ninyo na ipadala ang mga sagot sa tanggapan.
  }
book-error-note-long = Masyadong mahaba ang teksto: hanggang 1000 karakter lang.

booking-title = Naka-book na ang appointment
booking-cancelled-title = Kinansela ang appointment
booking-cancelled-body = Inalis namin ang inyong pangalan at contact.
booking-code = Ang inyong code
booking-pin-intro = Isulat ngayon ang code at ang PIN na ito: ngayon lang makikita ang PIN. Kailangan ninyo ang mga ito para baguhin o kanselahin ang appointment.
booking-pin = PIN:
booking-qr-alt = QR code ng booking { $code }
booking-when = Kailan
booking-service = Serbisyo
booking-desk = Tanggapan
booking-bring = Ano ang dadalhin
booking-bring-id = Magdala rin ng ID at ng kard pangkalusugan (tessera sanitaria), kung mayroon kayo.
booking-document-if = { $document } (kung kailangan sa inyong kaso)
booking-next-heading = Ano ang magagawa ninyo
booking-calendar = Idagdag sa kalendaryo
booking-print = I-print
booking-copy-intro = Nasa ibaba ang parehong impormasyon sa Italyano, para sa tanggapan.
booking-copy-heading = Para sa tanggapan
booking-download-data = I-download ang inyong datos (JSON file)
booking-change = Baguhin ang araw o oras
booking-cancel-heading = Hindi kayo makakapunta?
booking-cancel-body = Kanselahin ito, para mapunta ang oras sa ibang tao. Aalisin din namin ang inyong pangalan, contact at mga sagot.
booking-erase-heading = Burahin ang inyong datos
booking-erase-body = Tapos na ang appointment. Puwede ninyong burahin ang inyong pangalan, contact at mga sagot. Mga numerong walang pangalan na lang ang matitira.
booking-erase = Burahin ang aking datos
booking-erased-body = Nabura na ang inyong datos: pangalan, contact at mga sagot. Mga numerong walang pangalan na lang ang natitira.
booking-cancel = Kanselahin ang appointment
booking-find-title = Hanapin ang inyong booking
booking-find-body = Para makita ang isang booking, kailangan ang code at ang PIN.
ics-summary = Appointment: { $service }
ics-description = Code { $code }. Dalhin ang mga dokumento sa listahan.

manage-title = Hanapin ang inyong booking
manage-intro = Isulat ang code ng booking o ng kahilingan. Pagkatapos, isulat ang PIN. Kung wala na sa inyo ang PIN, magtanong sa tanggapan.
manage-code = Ang inyong code
manage-code-hint = 8 titik at numero, halimbawa K7MX-4QPT
manage-secret = PIN
manage-secret-hint = Ang PIN ay may 6 na numero.
manage-submit = Hanapin
manage-not-found = Wala kaming makitang booking na may ganitong detalye. Suriin ang code at ang PIN.
manage-too-many = Sobrang daming subok. Maghintay ng 15 minuto at subukan ulit, o tumawag sa tanggapan.

results-find-desk = Hanapin ang tanggapan at mag-book

# Sending a request without an appointment
request-title = Magpadala ng kahilingan
request-intro = Hindi ninyo kailangang pumili ng oras. Babasahin ng tanggapan ang inyong kahilingan at tatawagan o susulatan kayo. Gamit ang code at ang PIN, makikita ninyo kung nasaan na ito.
request-book-instead = Mas gusto ninyong pumili ng oras? Kumuha ng appointment
request-contact = { $who ->
    [me] Telepono o email
   *[other] Ang kanyang telepono o email
  }
request-contact-hint = { $who ->
    [me] Dito kayo sasagutin ng tanggapan. Kailangan din ito para mahanap ulit ang kahilingan.
   *[other] Dito sasagot ang tanggapan. Kailangan din ito para mahanap ulit ang kahilingan.
  }
request-submit = Ipadala ang kahilingan
request-sent-title = Naipadala ang kahilingan
request-withdrawn-title = Binawi ang kahilingan
request-no-time = Walang appointment: tatawagan o susulatan kayo ng tanggapan.
request-pin-intro = Isulat ngayon ang code at ang PIN na ito: ngayon lang makikita ang PIN. Kailangan ninyo ang mga ito para makita ang sagot o para bawiin ang kahilingan.
request-withdraw-heading = Hindi na ninyo ito kailangan?
request-withdraw-body = Bawiin ang kahilingan. Aalisin namin ang inyong pangalan, contact at mga sagot.
request-withdraw = Bawiin ang kahilingan

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] May tumutulong ba sa inyo? (hindi sapilitan)
   *[other] Gusto rin ba ninyong subaybayan ang booking? (hindi sapilitan)
  }
helper-intro = { $who ->
    [me] Puwede ninyong bigyan ng PIN ang isang taong pinagkakatiwalaan ninyo: isang kapamilya, isang kaibigan, isang tagapamagitan. Gamit ang code at ang kanyang PIN, puwedeng makita, ilipat sa ibang oras o kanselahin ng taong ito ang appointment. Puwede ninyong alisin ang kanyang PIN kahit kailan.
   *[other] Isulat ang inyong mga detalye: magkakaroon kayo ng sarili ninyong PIN. Gamit ang code at ang inyong PIN, puwede ninyong makita, ilipat sa ibang oras o kanselahin ang appointment. Puwedeng alisin ng taong tinutulungan ninyo ang inyong PIN kahit kailan.
  }
helper-name = { $who ->
    [me] Pangalan ng taong tumutulong sa inyo
   *[other] Ang inyong pangalan
  }
helper-relationship = { $who ->
    [me] Ano ang kaugnayan niya sa inyo?
   *[other] Ano ang kaugnayan ninyo sa taong ito?
  }
helper-relationship-family = Isang kapamilya
helper-relationship-friend = Isang kaibigan
helper-relationship-mediator = Isang tagapamagitang pangkultura (mediatore culturale)
helper-relationship-other = Ibang tao, halimbawa isang boluntaryo
helper-contact = { $who ->
    [me] Telepono o email ng taong tumutulong sa inyo (kung gusto ninyo)
   *[other] Ang inyong telepono o email (kung gusto ninyo)
  }
helper-contact-hint = Gagamitin lang ito ng tanggapan para sa appointment na ito.
helper-consent = { $who ->
    [me] Pumapayag ako: puwedeng makita at baguhin ng taong ito ang aking booking.
   *[other] Pumapayag ang taong tinutulungan ko: puwede kong makita at baguhin ang kanyang booking.
  }
helper-error-name = Isulat ang pangalan ng taong tumutulong.
helper-error-name-long = Masyadong mahaba ang pangalan: hanggang 80 titik lang.
helper-error-relationship = Piliin kung sino ang taong ito.
helper-error-contact = Sumulat ng numero ng telepono o email. Tingnan kung tama ang pagkakasulat.
helper-error-consent = Para mabigyan ng PIN ang taong tumutulong, kailangang pumayag ang tao. Lagyan ng tsek ang kahon.
helper-role-family = kapamilya
helper-role-friend = kaibigan
helper-role-mediator = tagapamagitang pangkultura
helper-role-other = ibang tao
booking-as-helper = Sinusubaybayan ninyo ang booking na ito para sa ibang tao. Puwede ninyo itong makita, ilipat sa ibang oras o kanselahin. Ang tao lang mismo ang pumipili kung sino ang tutulong sa kanya.
booking-helper-pin-intro = Ito ang PIN ni { $name }. Ibigay ito sa kanya ngayon: ngayon lang ito makikita. Gamit ang code at ang PIN na ito, puwedeng makita, ilipat sa ibang oras o kanselahin ni { $name } ang appointment.
booking-helper-pin = PIN ni { $name }:
booking-helpers-heading = Sino pa ang nakakakita ng booking na ito
booking-helpers-intro = May sariling PIN ang mga taong ito. Puwede nilang makita, ilipat sa ibang oras o kanselahin ang appointment. Kung aalisin ninyo ang isang tao, hindi na gagana ang kanyang PIN.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Isang tao
booking-helper-remove = Alisin si { $name }
booking-helper-add-heading = Bigyan ng PIN ang taong tumutulong sa inyo
booking-helper-add-submit = Ibigay ang PIN

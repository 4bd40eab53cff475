## Desks, opening hours, booking

date-long = { $weekday }, { $day } { $month }
weekday-mon = luni
weekday-tue = marți
weekday-wed = miercuri
weekday-thu = joi
weekday-fri = vineri
weekday-sat = sâmbătă
weekday-sun = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

spoken-wo = Wolof

desk-open-until = Deschis acum, se închide la ora { $time }
desk-opens-today = Închis acum, se deschide azi la ora { $time }
desk-opens-tomorrow = Închis acum, se deschide mâine la ora { $time }
desk-opens-on = Închis acum, se deschide { $day }, la ora { $time }
desk-closed = Închis deocamdată. Sunați ca să aflați când se deschide.
desk-address = Adresa
desk-address-secret = Adresa nu este publică, pentru siguranța dumneavoastră.
desk-secret-help = Sunați la numărul centrului. Puteți suna și la 1522: este gratuit, mereu deschis și răspunde în multe limbi.
desk-serves = Biroul pentru cei care locuiesc în { $place }: este primul la care să mergeți.
desk-distance = Distanța
desk-km = { $km } km
desk-phone = Telefon
desk-email = Email
desk-languages = Limbi vorbite
desk-mediator-days = cu un mediator în zilele de { $days }
desk-access = Acces
access-step-free = Fără trepte
access-hearing-loop = Buclă magnetică pentru cei care poartă aparat auditiv
access-toilet = Toaletă accesibilă
access-steps = Există trepte

unavailable-title = Serviciu indisponibil
unavailable-body = Acum nu putem afișa această pagină. Încercați din nou peste câteva minute.

desks-title = Unde să mergeți: { $service }
desks-intro = Iată birourile care oferă acest serviciu. Alegeți localitatea dumneavoastră ca să le vedeți mai întâi pe cele mai apropiate.
desks-municipality = Localitatea dumneavoastră
desks-municipality-any = Alegeți localitatea
desks-postcode = Sau codul poștal (CAP)
desks-postcode-hint = De exemplu 24044
desks-postcode-unknown = Nu găsim acest cod poștal în zona noastră. Alegeți localitatea din listă.
desks-location-invalid = Nu putem folosi poziția dumneavoastră. Alegeți localitatea din listă.
desks-use-location = Folosiți poziția mea
desks-filters = Alte filtre
desks-language = Limba vorbită
desks-any = Toate
desks-day = Deschis în ziua de
desks-step-free = Doar birouri fără trepte
desks-search = Arătați birourile
desks-count = { $count ->
    [0] Niciun birou
    [one] 1 birou
    [few] { $count } birouri
   *[other] { $count } de birouri
}
desks-count-from = { $count ->
    [0] Niciun birou
    [one] 1 birou, lângă { $place }
    [few] { $count } birouri, începând cu cel mai apropiat de { $place }
   *[other] { $count } de birouri, începând cu cel mai apropiat de { $place }
}
desks-none = Niciun birou cu aceste filtre. Încercați să scoateți un filtru.
desks-shown-nearest = { $shown ->
    [one] Aici vedeți cel mai apropiat birou.
    [few] Aici vedeți cele mai apropiate { $shown } birouri.
   *[other] Aici vedeți cele mai apropiate { $shown } de birouri.
}
desks-shown-first = { $shown ->
    [one] Aici vedeți primul birou. Alegeți localitatea dumneavoastră ca să le vedeți pe cele mai apropiate.
    [few] Aici vedeți primele { $shown } birouri. Alegeți localitatea dumneavoastră ca să le vedeți pe cele mai apropiate.
   *[other] Aici vedeți primele { $shown } de birouri. Alegeți localitatea dumneavoastră ca să le vedeți pe cele mai apropiate.
}
desks-book = Faceți o programare
desks-request = Trimiteți o cerere
desks-request-instead = Sau trimiteți o cerere fără programare
request-instead = Nu vă convine nicio oră? Trimiteți o cerere fără programare

book-title = Faceți o programare
book-change-title = Schimbați ora
book-intro = { $service } la { $desk }.
book-desk-details = Programul, adresa și limbile biroului
book-choose-time = Alegeți ziua și ora
book-no-slots = Nu sunt ore libere în aceste zile. Uitați-vă la zilele următoare.
book-earlier = Zilele dinainte
book-later = Zilele următoare
book-mediator-present = În acea zi este prezent un mediator: { $languages }.
book-slot-taken = Această oră tocmai a fost luată de altă persoană. Alegeți una dintre orele libere de mai jos. Datele dumneavoastră sunt încă în formular.
book-too-many-today = Azi au venit deja multe programări de la această conexiune. Ca să faceți altele, sunați la birou sau reveniți mâine. Datele dumneavoastră sunt încă în formular.
book-about-you = { $who ->
    [me] Datele dumneavoastră
   *[other] Datele persoanei pe care o ajutați
  }
book-name = { $who ->
    [me] Numele sau doar inițialele
   *[other] Numele persoanei sau doar inițialele
  }
book-name-hint = { $who ->
    [me] Biroul are nevoie de el ca să vă strige când vă vine rândul.
   *[other] Biroul are nevoie de el ca să o strige pe această persoană când îi vine rândul.
  }
book-contact = { $who ->
    [me] Telefon sau email (dacă doriți)
   *[other] Telefonul sau emailul persoanei (dacă doriți)
  }
book-contact-hint = { $who ->
    [me] Îl folosim doar pentru această programare: biroul vă sună sau vă scrie acolo.
   *[other] Îl folosim doar pentru această programare: biroul sună sau scrie acolo.
  }
book-filled-by = Cine completează acest formular? (opțional)
book-filled-by-person = Eu, pentru mine
book-filled-by-relative = O rudă sau un prieten
book-filled-by-mediator = Un mediator cultural
book-note = Vreți să transmiteți ceva biroului? (opțional)
book-note-hint = Scrieți cu cuvintele dumneavoastră, chiar și în limba dumneavoastră. Cel mult 1000 de caractere.
book-language = { $who ->
    [me] Limba pe care o preferați
   *[other] Limba pe care o preferă persoana
  }
book-consent = { $who ->
    [me] Vreau să trimit aceste informații biroului. Am citit cum le folosiți.
   *[other] Persoana pe care o ajut vrea să trimită aceste informații biroului. Am citit împreună cum le folosiți.
  }
book-privacy-link = Citiți cum folosim datele dumneavoastră
book-submit = Faceți programarea
book-change-submit = Schimbați ora
book-error-slot = Alegeți o zi și o oră.
book-error-name = Scrieți un nume sau inițialele.
book-error-name-long = Numele este prea lung: cel mult 80 de litere.
book-error-contact = Scrieți un număr de telefon sau un email. Verificați dacă este scris corect.
book-error-contact-missing = { $who ->
    [me] Scrieți un telefon sau un email: biroul vă răspunde acolo.
   *[other] Scrieți telefonul sau emailul persoanei: biroul răspunde acolo.
  }
book-error-language = Alegeți o limbă.
book-error-consent = { $who ->
    [me] Ca să mergeți mai departe, spuneți-ne că vreți să trimiteți răspunsurile biroului.
   *[other] Ca să mergeți mai departe, spuneți-ne că persoana pe care o ajutați vrea să trimită răspunsurile biroului.
  }
book-error-note-long = Textul este prea lung: cel mult 1000 de caractere.

booking-title = Programare făcută
booking-cancelled-title = Programare anulată
booking-cancelled-body = Am șters numele și datele dumneavoastră de contact.
booking-code = Codul dumneavoastră
booking-pin-intro = Notați acum codul și acest PIN: PIN-ul se vede doar de data aceasta. Aveți nevoie de ele ca să schimbați sau să anulați programarea.
booking-pin = PIN:
booking-qr-alt = Codul QR al programării { $code }
booking-when = Când
booking-service = Serviciu
booking-desk = Birou
booking-bring = Ce să aduceți
booking-bring-id = Aduceți și un act de identitate și cardul de sănătate (tessera sanitaria), dacă le aveți.
booking-document-if = { $document } (dacă este necesar în cazul dumneavoastră)
booking-next-heading = Ce puteți face
booking-calendar = Adăugați în calendar
booking-print = Tipăriți
booking-copy-intro = Mai jos sunt aceleași informații în italiană, pentru birou.
booking-copy-heading = Pentru birou
booking-download-data = Descărcați datele dumneavoastră (fișier JSON)
booking-change = Schimbați ziua sau ora
booking-cancel-heading = Nu puteți veni?
booking-cancel-body = Anulați, ca ora să poată fi dată altei persoane. Ștergem și numele, datele de contact și răspunsurile dumneavoastră.
booking-erase-heading = Ștergeți datele dumneavoastră
booking-erase-body = Programarea a trecut. Puteți șterge numele, datele de contact și răspunsurile dumneavoastră. Rămân doar numere fără nume.
booking-erase = Ștergeți datele mele
booking-erased-body = Datele dumneavoastră au fost șterse: nume, contact și răspunsuri. Rămân doar numere fără nume.
booking-cancel = Anulați programarea
booking-find-title = Găsiți din nou programarea
booking-find-body = Ca să vedeți o programare, aveți nevoie de cod și de PIN.
ics-summary = Programare: { $service }
ics-description = Codul { $code }. Aduceți documentele de pe listă.

manage-title = Găsiți din nou programarea
manage-intro = Scrieți codul programării sau al cererii. Apoi scrieți PIN-ul. Dacă nu mai aveți PIN-ul, întrebați la birou.
manage-code = Codul dumneavoastră
manage-code-hint = 8 litere și cifre, de exemplu K7MX-4QPT
manage-secret = PIN
manage-secret-hint = PIN-ul are 6 cifre.
manage-submit = Căutați
manage-not-found = Nu găsim o programare cu aceste date. Verificați codul și PIN-ul.
manage-too-many = Prea multe încercări. Așteptați 15 minute și încercați din nou sau sunați la birou.

results-find-desk = Găsiți biroul și faceți o programare

# Sending a request without an appointment
request-title = Trimiteți o cerere
request-intro = Nu trebuie să alegeți o oră. Biroul vă citește cererea și vă sună sau vă scrie. Cu codul și PIN-ul vedeți în ce stadiu este cererea.
request-book-instead = Preferați să alegeți o oră? Faceți o programare
request-contact = { $who ->
    [me] Telefon sau email
   *[other] Telefonul sau emailul persoanei
  }
request-contact-hint = { $who ->
    [me] Biroul vă răspunde aici. Vă ajută și să găsiți din nou cererea.
   *[other] Biroul răspunde aici. Vă ajută și să găsiți din nou cererea.
  }
request-submit = Trimiteți cererea
request-sent-title = Cerere trimisă
request-withdrawn-title = Cerere retrasă
request-no-time = Fără programare: biroul vă sună sau vă scrie.
request-pin-intro = Notați acum codul și acest PIN: PIN-ul se vede doar de data aceasta. Aveți nevoie de ele ca să vedeți răspunsul sau ca să retrageți cererea.
request-withdraw-heading = Nu mai aveți nevoie?
request-withdraw-body = Retrageți cererea. Ștergem numele, datele de contact și răspunsurile dumneavoastră.
request-withdraw = Retrageți cererea

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Vă ajută cineva? (opțional)
   *[other] Vreți să urmăriți și dumneavoastră programarea? (opțional)
  }
helper-intro = { $who ->
    [me] Puteți da un PIN unei persoane de încredere: o rudă, un prieten, un mediator. Cu codul și PIN-ul său, această persoană poate vedea, muta sau anula programarea. Îi puteți retrage PIN-ul oricând doriți.
   *[other] Scrieți datele dumneavoastră: veți primi un PIN propriu. Cu codul și PIN-ul dumneavoastră puteți vedea, muta sau anula programarea. Persoana pe care o ajutați vă poate retrage PIN-ul oricând dorește.
  }
helper-name = { $who ->
    [me] Numele persoanei care vă ajută
   *[other] Numele dumneavoastră
  }
helper-relationship = { $who ->
    [me] Cine este această persoană pentru dumneavoastră?
   *[other] Cine sunteți pentru această persoană?
  }
helper-relationship-family = O rudă
helper-relationship-friend = Un prieten sau o prietenă
helper-relationship-mediator = Un mediator cultural
helper-relationship-other = Altă persoană, de exemplu un voluntar
helper-contact = { $who ->
    [me] Telefonul sau emailul persoanei care vă ajută (dacă doriți)
   *[other] Telefonul sau emailul dumneavoastră (dacă doriți)
  }
helper-contact-hint = Biroul îl folosește doar pentru această programare.
helper-consent = { $who ->
    [me] Sunt de acord: această persoană poate vedea și schimba programarea mea.
   *[other] Persoana pe care o ajut este de acord: pot vedea și schimba programarea ei.
  }
helper-error-name = Scrieți numele persoanei care ajută.
helper-error-name-long = Numele este prea lung: cel mult 80 de litere.
helper-error-relationship = Alegeți cine este această persoană.
helper-error-contact = Scrieți un număr de telefon sau un email. Verificați dacă este scris corect.
helper-error-consent = Ca să dați un PIN cuiva care ajută, persoana trebuie să fie de acord. Bifați căsuța.
helper-role-family = rudă
helper-role-friend = prieten sau prietenă
helper-role-mediator = mediator cultural
helper-role-other = altă persoană
booking-as-helper = Dumneavoastră urmăriți această programare pentru altă persoană. Puteți să o vedeți, să o mutați sau să o anulați. Doar persoana alege cine o ajută.
booking-helper-pin-intro = Acesta este PIN-ul pentru { $name }. Dați-i-l acum: se vede doar de data aceasta. Cu codul și acest PIN, { $name } poate vedea, muta sau anula programarea.
booking-helper-pin = PIN-ul pentru { $name }:
booking-helpers-heading = Cine mai vede această programare
booking-helpers-intro = Aceste persoane au un PIN propriu. Pot vedea, muta sau anula programarea. Dacă retrageți PIN-ul unei persoane, acesta nu mai funcționează.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = O persoană
booking-helper-remove = Retrageți PIN-ul pentru { $name }
booking-helper-add-heading = Dați un PIN persoanei care vă ajută
booking-helper-add-submit = Dați PIN-ul

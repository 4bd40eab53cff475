# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Confidențialitate
privacy-intro = Aici găsiți ce date folosește Ponte, de ce, cine le vede și cât timp le păstrăm. Mai întâi un rezumat, apoi detaliile.
privacy-summary =
    Ca să vedeți ajutoarele potrivite pentru dumneavoastră, nu vă cerem numele.
    Dacă nu faceți o programare, vă ștergem răspunsurile. Facem asta în cel mult { $draft-minutes ->
        [one] { $draft-minutes } minut
        [few] { $draft-minutes } minute
       *[other] { $draft-minutes } de minute
    }.
    Dacă faceți o programare, răspunsurile ajung la biroul pe care îl alegeți. Împreună cu ele ajung numele și, dacă doriți, un telefon sau un email.
    După programare, așteptăm { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }. Apoi ștergem numele, datele de contact și răspunsurile.
    Ponte vă dă doar sfaturi. Decide întotdeauna o persoană de la birou.
    Nu folosim cookie-uri de publicitate. Nu vindem datele dumneavoastră.
    Puteți vedea, corecta sau șterge datele dumneavoastră. Scrieți la { $contact }.

privacy-who-heading = Cine răspunde pentru datele dumneavoastră
privacy-who-body =
    Operatorul datelor dumneavoastră (titolare) este { $controller }. Operatorul decide cum sunt folosite datele și răspunde pentru ele.
    Ca să îi scrieți operatorului: { $contact }.
    Operatorul are un responsabil cu protecția datelor. Contactul acestuia este { $dpo }.

privacy-desks-heading = Birouri care nu aparțin primăriei
privacy-desks-body =
    Unele birouri nu aparțin primăriei (Comune). De exemplu un CAF, un patronato, Caritas, ASST, un CPIA sau centrul antiviolență.
    Dacă faceți o programare la unul dintre ele, Ponte îi trimite programarea și răspunsurile. Apoi și acel birou folosește datele dumneavoastră, pentru serviciul său.
    Fiecare birou are propriile reguli de confidențialitate. Le puteți cere la birou.

privacy-what-heading = Ce date folosim
privacy-what-body =
    Răspunsurile la întrebări, inclusiv localitatea în care locuiți. Unele spun lucruri delicate: sănătatea, o dizabilitate, permisul de ședere (permesso di soggiorno), violența.
    Documentele pe care spuneți că le aveți.
    Dacă faceți o programare: numele, telefonul sau emailul dacă ni le dați, limba și mesajul pentru birou. Și cine completează: dumneavoastră, o rudă sau un mediator.
    Codul programării și PIN-ul. PIN-ul îl salvăm într-o formă care nu poate fi citită.
    Dacă dați un PIN persoanei care vă ajută: numele ei, cine este pentru dumneavoastră, telefonul sau emailul ei dacă ni le dați și data la care v-ați dat acordul. Și PIN-ul ei îl salvăm într-o formă care nu poate fi citită.
    Dacă sunați sau veniți la birou, un angajat de acolo poate scrie cererea pentru dumneavoastră. Salvăm și cum a ajuns cererea și cine a scris-o.
    Dacă un mediator sau un angajat al biroului răspunde la întrebări împreună cu dumneavoastră, salvăm cine v-a ajutat și cum ați spus „da”: personal sau la telefon.
    Adresa de internet a telefonului sau a calculatorului dumneavoastră. O folosim doar ca să numărăm încercările greșite și programările. O salvăm într-o formă care nu poate fi citită.

privacy-why-heading = De ce le folosim
privacy-why-body =
    Pentru o sarcină publică: să vă spunem ce ajutoare există și să pregătim întâlnirea dumneavoastră cu biroul. Este temeiul din GDPR, art. 6, alin. 1, lit. e.
    Lucrurile delicate le folosim pentru un motiv de interes public: serviciile sociale și de îngrijire. Este temeiul din GDPR, art. 9, alin. 2, lit. g și h.
    De aceea nu vă cerem consimțământul. Căsuța din formular spune doar că vreți să trimiteți răspunsurile biroului.
    În schimb, ca să dați un PIN persoanei care vă ajută, este nevoie de consimțământul dumneavoastră. Este temeiul din GDPR, art. 6, alin. 1, lit. a. Vă puteți retrage consimțământul oricând doriți: retrageți PIN-ul.
    Numărăm încercările greșite ca să protejăm programările. Așa nimeni nu poate ghici codurile.
    Numărăm și programările făcute de la o adresă într-o zi. Așa nimeni nu poate lua toate orele unui birou.

privacy-suggestions-heading = Ponte dă sfaturi, o persoană decide
privacy-suggestions-body =
    Ponte vă arată ajutoarele care pot fi potrivite pentru dumneavoastră, după răspunsuri. Este doar un sfat.
    Ponte nu decide dacă aveți dreptul la un ajutor. Decide o persoană de la birou, după ce a vorbit cu dumneavoastră.

privacy-recipients-heading = Cine vede datele dumneavoastră
privacy-recipients-body =
    În afară de dumneavoastră, programarea o văd doar cei care lucrează la biroul pe care îl alegeți.
    Dacă dați un PIN persoanei care vă ajută, și această persoană vede programarea. Ea nu poate descărca datele dumneavoastră și nu poate da PIN-uri altora.
    Dacă vorbiți o altă limbă, la programare poate veni un mediator cultural. Mediatorul care vine vede numele dumneavoastră, ziua, ora, biroul, serviciul și documentele de adus. Nu vede răspunsurile, mesajul, telefonul sau emailul dumneavoastră.
    Cei care administrează serverele Ponte pot vedea datele doar ca să facă site-ul să funcționeze. Fac asta pentru operatorul de date, pe baza unui contract.
    Ponte nu încarcă nimic de pe alte site-uri. Fără publicitate, fără statistici, fără fonturi de pe alte servere.
    Dăm datele altora doar dacă legea o cere.

privacy-keep-heading = Cât timp le păstrăm
privacy-keep-body =
    Răspunsurile rămân pe server cât timp răspundeți. Dacă faceți o programare, ele trec în programare.
    Dacă nu faceți o programare, le ștergem când apăsați „Ieșiți imediat de pe această pagină”. Altfel, le ștergem în cel mult { $draft-minutes ->
        [one] { $draft-minutes } minut
        [few] { $draft-minutes } minute
       *[other] { $draft-minutes } de minute
    } după ultimul răspuns.
    Numele, datele de contact, răspunsurile și mesajul: le ștergem la { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după programare. Pentru o cerere fără programare, la { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după ultima noutate.
    Dacă anulați programarea, le ștergem imediat.
    Numele și datele de contact ale persoanei care vă ajută le ștergem odată cu ale dumneavoastră. Dacă îi retrageți PIN-ul, le ștergem imediat.
    Când persoana care vă ajută folosește PIN-ul său, scriem asta în registrul accesărilor: cine, ce și când. Fără adresa de internet.
    Rămân doar numere fără nume: câte programări, pentru ce serviciu, la ce birou.
    Încercările greșite le numărăm timp de { $attempts-minutes ->
        [one] { $attempts-minutes } minut
        [few] { $attempts-minutes } minute
       *[other] { $attempts-minutes } de minute
    }, iar programările timp de { $bookings-hours ->
        [one] { $bookings-hours } oră
        [few] { $bookings-hours } ore
       *[other] { $bookings-hours } de ore
    }. După cel mult { $counts-days ->
        [one] { $counts-days } zi
        [few] { $counts-days } zile
       *[other] { $counts-days } de zile
    } ștergem și aceste numărători.
    Serverul scrie un jurnal ca să funcționeze bine. În jurnal nu apar nici adresa dumneavoastră de internet, nici codul programării.

privacy-location-heading = „Folosiți poziția mea”
privacy-location-body =
    Când căutați birourile, puteți apăsa „Folosiți poziția mea”. Browserul vă cere permisiunea.
    Poziția o rotunjim la aproximativ un kilometru. Ne folosește doar ca să găsim cea mai apropiată localitate.
    Nu o salvăm. Nu apare în adresa paginii.

privacy-cookies-heading = Cookie-uri
privacy-cookies-body =
    ponte_lang ține minte limba pe care o alegeți din meniul de limbi. Durează un an. Îl punem doar dacă alegeți o limbă.
    ponte_session păstrează răspunsurile cât timp răspundeți și codurile programărilor făcute aici. Cu https se numește __Host-ponte_session. Expiră după { $session-minutes ->
        [one] { $session-minutes } minut
        [few] { $session-minutes } minute
       *[other] { $session-minutes } de minute
    } fără activitate.
    Sunt cookie-uri tehnice: servesc ca să facem ce cereți. Nu există alte cookie-uri.

privacy-rights-heading = Drepturile dumneavoastră
privacy-rights-body =
    Puteți cere să vedeți datele dumneavoastră, să le corectați sau să le ștergeți. Puteți cere să le folosim mai puțin sau vă puteți opune folosirii lor.
    Cu codul și PIN-ul vedeți programarea. Acolo puteți da un PIN persoanei care vă ajută și i-l puteți retrage oricând doriți. Telefonul sau emailul nu sunt de ajuns: cineva care vă cunoaște le-ar putea ști. Acolo puteți descărca datele dumneavoastră într-un fișier. Puteți schimba ora sau puteți anula programarea. Dacă anulați, vă ștergem imediat datele. După programare le puteți șterge chiar dumneavoastră, cu un buton.
    Pentru orice altceva scrieți la { $contact }. Puteți scrie și responsabilului cu protecția datelor: { $dpo }. Sau întrebați la birou.
    Credeți că nu respectăm regulile? Puteți face o plângere la autoritatea italiană pentru protecția datelor (Garante per la protezione dei dati personali): www.garanteprivacy.it.

staff-privacy-title = Confidențialitate pentru cei care lucrează cu Ponte
staff-privacy-intro = Această pagină este pentru cei care lucrează la birou: operatori, mediatori și cei care administrează conturile.
staff-privacy-summary =
    Folosim numele, emailul și rolul ca să vă dăm acces.
    Parola o salvăm într-o formă care nu poate fi citită.
    Când deschideți o cerere sau o listă, sau când schimbați ceva, scriem asta în registru. Cu ora și adresa de internet.
    Ponte nu șterge și nu schimbă registrul.

staff-privacy-who-heading = Cine răspunde pentru datele dumneavoastră
staff-privacy-who-body =
    Operatorul datelor dumneavoastră (titolare) este { $controller }. Ca să îi scrieți operatorului: { $contact }.
    Responsabilul cu protecția datelor: { $dpo }.

staff-privacy-what-heading = Ce date folosim
staff-privacy-what-body =
    Numele, emailul, rolul și birourile din contul dumneavoastră.
    Parola, salvată cu argon2id. Nimeni nu o poate citi, nici măcar cei care administrează Ponte.
    Cheia aplicației pentru codurile de acces: este în baza de date, pentru că este necesară ca să verificăm codurile. Codurile de rezervă, salvate într-o formă care nu poate fi citită.
    Registrul: cine a deschis, a preluat sau a schimbat o cerere, când și de la ce adresă de internet. Și cine a citit lista cererilor sau a programărilor. Și cine a creat un cont, a dat o parolă nouă sau a dezactivat un cont. Și fiecare cod de acces dat sau refuzat. Și cine a început întrebările cu o persoană.
    Intrările greșite, numărate timp de { $attempts-minutes ->
        [one] { $attempts-minutes } minut
        [few] { $attempts-minutes } minute
       *[other] { $attempts-minutes } de minute
    }.
    Dacă sunteți mediator: limbile pe care le vorbiți și zilele și orele în care sunteți la birouri. Publicul vede doar limba și ziua, nu numele dumneavoastră. Registrul arată și la ce programări ați spus că veniți.

staff-privacy-why-heading = De ce le folosim
staff-privacy-why-body =
    Ca să vă dăm acces și ca să protejăm datele persoanelor. Registrul arată cine a citit sau a schimbat o cerere.
    Temeiul este sarcina publică a operatorului de date și obligația lui de securitate. GDPR, art. 6, alin. 1, lit. c și e, și art. 32.

staff-privacy-keep-heading = Cât timp le păstrăm
staff-privacy-keep-body =
    Contul rămâne până când un administrator îl închide.
    Ponte nu șterge registrul. Operatorul de date decide cât timp îl păstrează.
    Accesul se încheie după { $staff-idle-minutes ->
        [one] { $staff-idle-minutes } minut
        [few] { $staff-idle-minutes } minute
       *[other] { $staff-idle-minutes } de minute
    } fără activitate. Se încheie oricum după { $staff-max-hours ->
        [one] { $staff-max-hours } oră
        [few] { $staff-max-hours } ore
       *[other] { $staff-max-hours } de ore
    }.

staff-privacy-cookies-heading = Cookie-uri
staff-privacy-cookies-body =
    ponte-staff vă ține conectat. Cu https se numește __Host-ponte-staff.
    În baza de date salvăm doar o amprentă a cookie-ului, nu cookie-ul.
    Cookie-ul dispare când ieșiți, când închideți browserul sau când accesul expiră.

staff-privacy-rights-heading = Drepturile dumneavoastră
staff-privacy-rights-body =
    Puteți cere să vedeți datele dumneavoastră, să le corectați sau să le ștergeți. Puteți cere să le folosim mai puțin sau vă puteți opune folosirii lor.
    Scrieți la { $contact } sau la { $dpo }.
    Puteți face o plângere la autoritatea italiană pentru protecția datelor (Garante per la protezione dei dati personali): www.garanteprivacy.it.

# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Privatësia
privacy-intro = Këtu gjeni cilat të dhëna përdor Ponte, pse, kush i sheh dhe për sa kohë. Së pari një përmbledhje, pastaj hollësitë.
privacy-summary =
    Për t'ju treguar ndihmat që ju përshtaten, nuk ju kërkojmë emrin.
    Nëse nuk rezervoni, i fshijmë përgjigjet tuaja. E bëjmë këtë brenda { $draft-minutes } minutave.
    Nëse rezervoni, përgjigjet shkojnë te sporteli që zgjidhni. Me to shkon emri dhe, nëse doni, një telefon ose një email.
    Pas takimit, presim { $days } ditë. Pastaj fshijmë emrin, kontaktet dhe përgjigjet.
    Ponte ju jep vetëm këshilla. Vendos gjithmonë një person i sportelit.
    Nuk përdorim cookie reklamash. Nuk i shesim të dhënat tuaja.
    Mund t'i shihni, t'i korrigjoni ose t'i fshini të dhënat tuaja. Shkruani në { $contact }.

privacy-who-heading = Kush përgjigjet për të dhënat tuaja
privacy-who-body =
    Kontrolluesi i të dhënave (titolare) është { $controller }. Kontrolluesi vendos si përdoren të dhënat dhe mban përgjegjësi për to.
    Për t'i shkruar kontrolluesit: { $contact }.
    Kontrolluesi ka një zyrtar për mbrojtjen e të dhënave. Kontakti i tij është { $dpo }.

privacy-desks-heading = Sportele që nuk janë të Bashkisë
privacy-desks-body =
    Disa sportele nuk janë të Bashkisë (Comune). Për shembull një CAF, një patronato, Caritas, ASST, një CPIA ose qendra kundër dhunës.
    Nëse rezervoni te një prej tyre, Ponte i dërgon rezervimin dhe përgjigjet. Pastaj edhe ai sportel i përdor të dhënat tuaja, për shërbimin e vet.
    Çdo sportel ka rregullat e veta për privatësinë. Mund t'ia kërkoni sportelit.

privacy-what-heading = Cilat të dhëna përdorim
privacy-what-body =
    Përgjigjet e pyetjeve, edhe bashkinë ku jetoni. Disa tregojnë gjëra delikate: shëndetin, një aftësi të kufizuar, lejen e qëndrimit (permesso di soggiorno), dhunën.
    Dokumentet që thoni se keni.
    Nëse rezervoni: emrin, telefonin ose email-in nëse i jepni, gjuhën dhe mesazhin për sportelin. Edhe kush e plotëson: ju, një i afërm ose një ndërmjetës.
    Kodin e rezervimit dhe PIN-in. PIN-in e ruajmë në një formë që nuk mund të lexohet.
    Nëse i jepni një PIN personit që ju ndihmon: emrin e tij, kush është për ju, telefonin ose email-in e tij nëse i jepni, dhe kur keni dhënë pëlqimin. Edhe PIN-in e tij e ruajmë në një formë që nuk mund të lexohet.
    Nëse telefononi ose vini në sportel, një operator mund ta shkruajë kërkesën për ju. Ruajmë edhe si ka ardhur dhe kush e ka shkruar.
    Nëse një ndërmjetës ose një operator u përgjigjet pyetjeve bashkë me ju, ruajmë kush ju ka ndihmuar dhe si keni thënë «po»: personalisht ose në telefon.
    Adresën e internetit të telefonit ose kompjuterit tuaj. E përdorim vetëm për të numëruar përpjekjet e gabuara dhe rezervimet. E ruajmë në një formë që nuk mund të lexohet.

privacy-why-heading = Pse i përdorim
privacy-why-body =
    Për një detyrë publike: t'ju tregojmë cilat ndihma ekzistojnë dhe të përgatisim takimin tuaj me sportelin. Kjo është baza në GDPR, neni 6, paragrafi 1, shkronja e.
    Gjërat delikate i përdorim për një arsye me interes publik: shërbimet sociale dhe të kujdesit. Kjo është baza në GDPR, neni 9, paragrafi 2, shkronjat g dhe h.
    Për këtë arsye nuk ju kërkojmë pëlqimin. Kutia në formular thotë vetëm që doni t'ia dërgoni përgjigjet sportelit.
    Ndërsa për t'i dhënë një PIN personit që ju ndihmon, nevojitet pëlqimi juaj. Kjo është baza në GDPR, neni 6, paragrafi 1, shkronja a. Mund ta tërhiqni kur të doni: hiqni PIN-in.
    I numërojmë përpjekjet e gabuara për të mbrojtur rezervimet. Kështu askush nuk mund t'i gjejë kodet me hamendje.
    Numërojmë edhe rezervimet e bëra nga një adresë brenda një dite. Kështu askush nuk mund t'i zërë të gjitha oraret e një sporteli.

privacy-suggestions-heading = Ponte këshillon, një person vendos
privacy-suggestions-body =
    Ponte ju tregon ndihmat që mund të jenë për ju, sipas përgjigjeve. Është vetëm një këshillë.
    Ponte nuk vendos nëse keni të drejtë për një ndihmë. E vendos një person i sportelit, pasi të ketë folur me ju.

privacy-recipients-heading = Kush i sheh të dhënat tuaja
privacy-recipients-body =
    Përveç jush, rezervimin e shohin vetëm ata që punojnë në sportelin që zgjidhni.
    Nëse i jepni një PIN personit që ju ndihmon, edhe ky person e sheh rezervimin. Nuk mund t'i shkarkojë të dhënat tuaja dhe nuk mund t'u japë PIN të tjerëve.
    Nëse flisni një gjuhë tjetër, në takim mund të vijë një ndërmjetës kulturor. Ndërmjetësi që vjen sheh emrin tuaj, ditën, orën, sportelin, shërbimin dhe dokumentet që duhen sjellë. Nuk i sheh përgjigjet tuaja, mesazhin tuaj, as telefonin ose email-in tuaj.
    Ata që menaxhojnë serverët e Ponte mund t'i shohin të dhënat vetëm për ta bërë të funksionojë. E bëjnë këtë për kontrolluesin, me kontratë.
    Ponte nuk ngarkon asgjë nga faqe të tjera. Pa reklama, pa statistika, pa shkronja (fonte) nga serverë të tjerë.
    Ua japim të dhënat të tjerëve vetëm nëse e kërkon ligji.

privacy-keep-heading = Për sa kohë
privacy-keep-body =
    Përgjigjet mbeten në server ndërsa përgjigjeni. Nëse rezervoni, kalojnë te rezervimi.
    Nëse nuk rezervoni, i fshijmë kur shtypni «Dilni menjëherë nga kjo faqe». Përndryshe, i fshijmë jo më vonë se { $draft-minutes } minuta pas përgjigjes së fundit.
    Emrin, kontaktet, përgjigjet dhe mesazhin: i fshijmë { $days } ditë pas takimit. Për një kërkesë pa takim, { $days } ditë pas ndryshimit të fundit.
    Nëse e anuloni rezervimin, i fshijmë menjëherë.
    Emrin dhe kontaktin e personit që ju ndihmon i fshijmë bashkë me të dhënat tuaja. Nëse ia hiqni PIN-in, i fshijmë menjëherë.
    Kur personi që ju ndihmon përdor PIN-in e vet, e shkruajmë në regjistrin e hyrjeve: kush, çfarë dhe kur. Pa adresë interneti.
    Mbeten vetëm numra pa emër: sa rezervime, për cilin shërbim, në cilin sportel.
    Përpjekjet e gabuara i numërojmë për { $attempts-minutes } minuta, rezervimet për { $bookings-hours } orë. Pas jo më shumë se { $counts-days } ditësh fshijmë edhe këto numërime.
    Serveri shkruan një regjistër për të funksionuar mirë. Në regjistër nuk janë adresa juaj e internetit dhe kodi i rezervimit.

privacy-location-heading = «Përdor vendndodhjen time»
privacy-location-body =
    Kur kërkoni sportelet, mund të shtypni «Përdor vendndodhjen time». Shfletuesi ju kërkon leje.
    Vendndodhjen e rrumbullakojmë në rreth një kilometër. Shërben vetëm për të gjetur bashkinë më të afërt.
    Nuk e ruajmë. Nuk shkon në adresën e faqes.

privacy-cookies-heading = Cookie
privacy-cookies-body =
    ponte_lang mban mend gjuhën që zgjidhni nga menyja e gjuhëve. Zgjat një vit. E vendosim vetëm nëse zgjidhni një gjuhë.
    ponte_session mban përgjigjet ndërsa përgjigjeni dhe kodet e rezervimeve të bëra këtu. Me https quhet __Host-ponte_session. Skadon pas { $session-minutes } minutash pa aktivitet.
    Janë cookie teknike: shërbejnë për të bërë atë që kërkoni. Nuk ka cookie të tjera.

privacy-rights-heading = Të drejtat tuaja
privacy-rights-body =
    Mund të kërkoni t'i shihni të dhënat tuaja, t'i korrigjoni ose t'i fshini. Mund të kërkoni që të përdoren më pak ose të kundërshtoni përdorimin e tyre.
    Me kodin dhe PIN-in shihni rezervimin. Aty mund t'i jepni një PIN personit që ju ndihmon dhe t'ia hiqni kur të doni. Telefoni ose email-i nuk mjaftojnë: dikush që ju njeh mund t'i dijë. Aty mund t'i shkarkoni të dhënat tuaja në një skedar. Mund ta ndryshoni orarin ose ta anuloni rezervimin. Nëse e anuloni, i fshijmë menjëherë të dhënat tuaja. Pas takimit mund t'i fshini vetë, me një buton.
    Për gjithçka tjetër shkruani në { $contact }. Mund t'i shkruani edhe zyrtarit për mbrojtjen e të dhënave: { $dpo }. Ose pyesni në sportel.
    Mendoni se nuk i respektojmë rregullat? Mund të bëni ankesë te Autoriteti italian për mbrojtjen e të dhënave personale (Garante per la protezione dei dati personali): www.garanteprivacy.it.

staff-privacy-title = Privatësia për ata që punojnë me Ponte
staff-privacy-intro = Kjo faqe është për ata që punojnë në sportel: operatorë, ndërmjetës dhe ata që menaxhojnë llogaritë.
staff-privacy-summary =
    Përdorim emrin, email-in dhe rolin për t'ju dhënë hyrjen.
    Fjalëkalimin e ruajmë në një formë që nuk mund të lexohet.
    Kur hapni një kërkesë ose një listë, ose ndryshoni diçka, e shkruajmë në regjistër. Me orën dhe adresën e internetit.
    Ponte nuk e fshin dhe nuk e ndryshon regjistrin.

staff-privacy-who-heading = Kush përgjigjet për të dhënat tuaja
staff-privacy-who-body =
    Kontrolluesi i të dhënave (titolare) është { $controller }. Për t'i shkruar kontrolluesit: { $contact }.
    Zyrtari për mbrojtjen e të dhënave: { $dpo }.

staff-privacy-what-heading = Cilat të dhëna përdorim
staff-privacy-what-body =
    Emrin, email-in, rolin dhe sportelet e llogarisë suaj.
    Fjalëkalimin, të ruajtur me argon2id. Askush nuk mund ta lexojë, as ata që menaxhojnë Ponte.
    Çelësin e aplikacionit të kodeve të hyrjes: është në bazën e të dhënave, sepse nevojitet për të kontrolluar kodet. Kodet rezervë, të ruajtura në një formë që nuk mund të lexohet.
    Regjistrin: kush ka hapur, marrë ose ndryshuar një kërkesë, kur dhe nga cila adresë interneti. Edhe kush ka lexuar listën e kërkesave ose të takimeve. Dhe kush ka krijuar një llogari, ka dhënë një fjalëkalim të ri ose ka çaktivizuar një llogari. Dhe çdo kod hyrjeje të pranuar ose të refuzuar. Dhe kush ka filluar pyetjet me një person.
    Hyrjet e gabuara, të numëruara për { $attempts-minutes } minuta.
    Nëse jeni ndërmjetës: gjuhët që flisni dhe ditët e orët kur jeni në sportele. Publiku sheh vetëm gjuhën dhe ditën, jo emrin tuaj. Regjistri tregon edhe në cilat takime keni thënë se do të vini.

staff-privacy-why-heading = Pse i përdorim
staff-privacy-why-body =
    Për t'ju dhënë hyrjen dhe për të mbrojtur të dhënat e njerëzve. Regjistri tregon kush ka lexuar ose ndryshuar një kërkesë.
    Baza është detyra publike e kontrolluesit dhe detyrimi i tij për sigurinë. GDPR, neni 6, paragrafi 1, shkronjat c dhe e, dhe neni 32.

staff-privacy-keep-heading = Për sa kohë
staff-privacy-keep-body =
    Llogaria mbetet derisa një administrator ta mbyllë.
    Ponte nuk e fshin regjistrin. Kontrolluesi vendos për sa kohë do ta mbajë.
    Hyrja mbaron pas { $staff-idle-minutes } minutash pa aktivitet. Mbaron gjithsesi pas { $staff-max-hours } orësh.

staff-privacy-cookies-heading = Cookie
staff-privacy-cookies-body =
    ponte-staff e mban të hapur hyrjen tuaj. Me https quhet __Host-ponte-staff.
    Në bazën e të dhënave ruajmë vetëm një gjurmë (hash) të cookie-t, jo vetë cookie-n.
    Cookie mbaron kur dilni, kur mbyllni shfletuesin ose kur hyrja skadon.

staff-privacy-rights-heading = Të drejtat tuaja
staff-privacy-rights-body =
    Mund të kërkoni t'i shihni të dhënat tuaja, t'i korrigjoni ose t'i fshini. Mund të kërkoni që të përdoren më pak ose të kundërshtoni përdorimin e tyre.
    Shkruani në { $contact } ose në { $dpo }.
    Mund të bëni ankesë te Autoriteti italian për mbrojtjen e të dhënave personale (Garante per la protezione dei dati personali): www.garanteprivacy.it.

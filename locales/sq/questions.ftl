# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Po
answer-no = Jo
answer-dont-know = Nuk e di

unit-years = vjet
unit-euro = euro
unit-children = fëmijë
unit-euro-month = euro në muaj
unit-people = persona
unit-years-count = { $count ->
    [one] vit
   *[other] vjet
  }
unit-euro-count = { $count ->
   *[other] euro
  }
unit-children-count = { $count ->
    [one] fëmijë
   *[other] fëmijë
  }
unit-euro-month-count = { $count ->
   *[other] euro në muaj
  }
unit-people-count = { $count ->
    [one] person
   *[other] persona
  }
number-thousands-separator =  

q-age = { $who ->
    [me] Sa vjeç jeni?
   *[other] Sa vjeç është personi që ndihmoni?
  }
q-age-short = Mosha
q-age-why = Disa ndihma janë vetëm për njerëz të një moshe të caktuar.

q-lives-alone = { $who ->
    [me] Jetoni vetëm?
   *[other] A jeton personi vetëm?
  }
q-lives-alone-short = Jeton vetëm

q-daily-help = { $who ->
    [me] Çfarë ju është e vështirë të bëni pa ndihmë, sot?
   *[other] Çfarë i është e vështirë personit të bëjë pa ndihmë, sot?
  }
q-daily-help-short = Çfarë është e vështirë
q-daily-help-washing = Larja dhe veshja
q-daily-help-meals = Gatimi dhe ngrënia
q-daily-help-housework = Pastrimi i shtëpisë
q-daily-help-moving = Lëvizja në shtëpi ose dalja jashtë
q-daily-help-medicines = Marrja e ilaçeve
q-daily-help-none = Asgjë nga këto

q-alone-risk = { $who ->
    [me] Ju ndodh të keni nevojë për ndihmë menjëherë, për shembull pas një rrëzimi?
   *[other] A i ndodh personit të ketë nevojë për ndihmë menjëherë, për shembull pas një rrëzimi?
  }
q-alone-risk-short = Mund t'i duhet ndihmë menjëherë
q-alone-risk-why = Kush jeton vetëm mund të ketë një aparat për të thirrur ndihmë me një buton.

q-invalidity = { $who ->
    [me] Keni invaliditet civil (invalidità civile) të njohur?
   *[other] A ka personi invaliditet civil (invalidità civile) të njohur?
  }
q-invalidity-short = Invaliditeti civil
q-invalidity-100-attendance = { $who ->
    [me] Po, 100% dhe marr shtesën e shoqërimit (indennità di accompagnamento)
   *[other] Po, 100% dhe merr shtesën e shoqërimit (indennità di accompagnamento)
  }
q-invalidity-100 = Po, 100%, pa shtesën e shoqërimit
q-invalidity-74-99 = Po, nga 74% deri në 99%
q-invalidity-46-73 = Po, nga 46% deri në 73%
q-invalidity-34-45 = Po, nga 34% deri në 45%
q-invalidity-pending = { $who ->
    [me] Kam bërë kërkesë, pres përgjigjen
   *[other] Ka bërë kërkesë, pret përgjigjen
  }
q-invalidity-no = Jo
q-invalidity-term-title = Çfarë do të thotë invaliditet civil?
q-invalidity-term = Është njohja zyrtare që një sëmundje e kufizon jetën e përditshme. E vendos një komision mjekësor i INPS-it dhe e shkruan në përqindje në procesverbal (verbale). Jep të drejtë për ndihma dhe para.

q-carer = { $who ->
    [me] A kujdeset për ju në shtëpi një i afërm ose një kujdestare (badante)?
   *[other] A kujdeseni ju, një i afërm ose një kujdestare (badante) për personin në shtëpi?
  }
q-carer-short = Kush kujdeset në shtëpi

q-has-isee = { $who ->
    [me] Keni një ISEE të vlefshëm për këtë vit?
   *[other] A ka familja e personit një ISEE të vlefshëm për këtë vit?
  }
q-has-isee-short = ISEE
q-has-isee-why = Shumë ndihma varen nga ISEE. Nëse nuk e keni, ju tregojmë ku ta bëni falas.
q-has-isee-term-title = Çfarë është ISEE?
q-has-isee-term = Është një numër që mat sa ka një familje: të ardhura, shtëpi, kursime. E bëjnë falas zyrat CAF. Vlen deri më 31 dhjetor.

q-isee = { $who ->
    [me] Sa është vlera juaj ISEE?
   *[other] Sa është vlera ISEE e personit?
  }
q-isee-short = Vlera ISEE

q-law-104 = { $who ->
    [me] Keni njohjen sipas Ligjit 104 (Legge 104)?
   *[other] A ka personi njohjen sipas Ligjit 104 (Legge 104)?
  }
q-law-104-short = Ligji 104
q-law-104-term-title = Çfarë është Ligji 104 (Legge 104)?
q-law-104-severe = Po, në gjendje të rëndë (neni 3, paragrafi 3 – articolo 3, comma 3)
q-law-104-term = Është ligji për personat me aftësi të kufizuara. Me njohjen merren leje nga puna dhe ndihma të tjera. Procesverbali (verbale) tregon nëse gjendja është e rëndë (situazione di gravità).

q-disability-needs = { $who ->
    [me] Për çfarë ju duhet ndihmë?
   *[other] Për çfarë i duhet ndihmë personit?
  }
q-disability-needs-short = Ndihma që duhet
q-disability-needs-daily-care = Kujdesi i përditshëm, edhe gjatë ditës jashtë shtëpisë
q-disability-needs-transport = Transporti, për shembull për të shkuar te vizitat mjekësore ose në qendër
q-disability-needs-parking = Parkimi afër vendeve ku shkon
q-disability-needs-work = Gjetja ose mbajtja e një pune
q-disability-needs-school = Vajtja në shkollë
q-disability-needs-none = Asgjë nga këto

q-children = { $who ->
    [me] Sa fëmijë nën 21 vjeç jetojnë me ju?
   *[other] Sa fëmijë nën 21 vjeç jetojnë me personin?
  }
q-children-short = Fëmijë nën 21 vjeç
q-children-why = Ka ndihma për çdo fëmijë. Nëse nuk ka fëmijë, shkruani 0.

q-children-ages = { $who ->
    [me] Sa vjeç janë fëmijët tuaj? Zgjidhni të gjitha moshat që vlejnë.
   *[other] Sa vjeç janë fëmijët e personit? Zgjidhni të gjitha moshat që vlejnë.
  }
q-children-ages-short = Mosha e fëmijëve
q-children-ages-under-1 = Më pak se 1 vjeç
q-children-ages-1-2 = 1 ose 2 vjeç (çerdhja, nido)
q-children-ages-3-5 = Nga 3 deri në 5 vjeç (kopshti, scuola dell'infanzia)
q-children-ages-6-10 = Nga 6 deri në 10 vjeç (shkolla fillore, scuola primaria)
q-children-ages-11-13 = Nga 11 deri në 13 vjeç (shkolla e mesme e ulët, scuola media)
q-children-ages-14-18 = Nga 14 deri në 18 vjeç (shkolla e mesme, scuola superiore)
q-children-ages-19-20 = 19 ose 20 vjeç

q-newborn = { $who ->
    [me] A ka lindur fëmija ose a ka ardhur në familje në 6 muajt e fundit?
   *[other] A ka lindur fëmija ose a ka ardhur në familjen e personit në 6 muajt e fundit?
  }
q-newborn-short = Fëmijë i lindur në 6 muajt e fundit
q-newborn-why = Për disa ndihma kërkesa duhet bërë brenda pak muajve nga lindja ose nga birësimi.

q-pregnant = { $who ->
    [me] Po prisni një fëmijë?
   *[other] A pret personi një fëmijë?
  }
q-pregnant-short = Pret një fëmijë

q-family-needs = { $who ->
    [me] Për çfarë ju duhet ndihmë me fëmijët?
   *[other] Për çfarë i duhet ndihmë personit me fëmijët?
  }
q-family-needs-short = Ndihmë me fëmijët
q-family-needs-childcare = Dikush që të kujdeset për fëmijët e vegjël
q-family-needs-parenting = Këshilla ose mbështetje si prind
q-family-needs-none = Asgjë nga këto

q-work-status = { $who ->
    [me] A punoni tani?
   *[other] A punon personi tani?
  }
q-work-status-short = Puna
q-work-status-employed = { $who ->
    [me] Po, punoj
   *[other] Po, punon
  }
q-work-status-lost-job = { $who ->
    [me] E kam humbur punën së fundi
   *[other] E ka humbur punën së fundi
  }
q-work-status-unemployed = { $who ->
    [me] Nuk punoj prej kohësh
   *[other] Nuk punon prej kohësh
  }
q-work-status-retired = { $who ->
    [me] Jam në pension
   *[other] Është në pension
  }
q-work-status-student = { $who ->
    [me] Studioj
   *[other] Studion
  }

q-job-lost-involuntary = { $who ->
    [me] A mbaroi puna pa dëshirën tuaj?
   *[other] A mbaroi puna e personit pa dëshirën e tij ose të saj?
  }
q-job-lost-involuntary-short = Puna mbaroi pa dëshirë
q-job-lost-involuntary-why = Për shembull një pushim nga puna (licenziamento) ose një kontratë e skaduar. Kush jep dorëheqje zakonisht nuk merr NASpI (pagesën e papunësisë).

q-household = { $who ->
    [me] Kush jeton me ju?
   *[other] Kush jeton me personin?
  }
q-household-short = Në familje ka
q-household-minor = Një fëmijë nën 18 vjeç
q-household-disabled = Një person me aftësi të kufizuara
q-household-over-60 = Një person mbi 60 vjeç
q-household-none = Asnjë nga këta
q-household-why = Shtesa e përfshirjes (Assegno di Inclusione) është për familjet me këta persona. Llogaritet edhe mosha e atij që kërkon ndihmën.

q-food = { $who ->
    [me] Keni ushqim të mjaftueshëm për ditët në vijim?
   *[other] A ka personi ushqim të mjaftueshëm për ditët në vijim?
  }
q-food-short = Ushqim për ditët në vijim

q-bills = { $who ->
    [me] A e keni të vështirë të paguani faturat e dritave, të gazit ose të ujit?
   *[other] A e ka personi të vështirë të paguajë faturat e dritave, të gazit ose të ujit?
  }
q-bills-short = Vështirësi me faturat

q-housing-situation = { $who ->
    [me] Ku jetoni tani?
   *[other] Ku jeton personi tani?
  }
q-housing-situation-short = Ku jeton
q-housing-situation-rent = Me qira
q-housing-situation-own = Në një shtëpi në pronësi
q-housing-situation-guest = Mysafir te miq ose te të afërm
q-housing-situation-no-home = { $who ->
    [me] Nuk kam shtëpi
   *[other] Nuk ka shtëpi
  }

q-sleep-tonight = { $who ->
    [me] Keni një vend të sigurt ku të flini sonte?
   *[other] A ka personi një vend të sigurt ku të flejë sonte?
  }
q-sleep-tonight-short = Vend për të fjetur sonte

q-eviction = { $who ->
    [me] Keni marrë një urdhër dëbimi (sfratto)?
   *[other] A ka marrë personi një urdhër dëbimi (sfratto)?
  }
q-eviction-short = Dëbimi (sfratto)
q-eviction-term-title = Çfarë është dëbimi (sfratto)?
q-eviction-term = Është akti me të cilin gjyqtari urdhëron që të lihet shtëpia me qira. Zakonisht vjen pas disa muajsh qiraje të papaguar.

q-rent-arrears = { $who ->
    [me] Jeni vonë me pagesën e qirasë?
   *[other] A është personi vonë me pagesën e qirasë?
  }
q-rent-arrears-short = Vonesë me qiranë

q-has-doctor = { $who ->
    [me] Keni mjek të familjes (medico di famiglia)?
   *[other] A ka personi mjek të familjes (medico di famiglia)?
  }
q-has-doctor-short = Mjeku i familjes

q-citizenship = { $who ->
    [me] Çfarë shtetësie keni?
   *[other] Çfarë shtetësie ka personi?
  }
q-citizenship-short = Shtetësia
q-citizenship-italian = Italia
q-citizenship-eu = Një vend tjetër i Bashkimit Evropian
q-citizenship-non-eu = Një vend jashtë Bashkimit Evropian
q-citizenship-why = Për ata që vijnë nga jashtë Bashkimit Evropian, disa rregulla janë të ndryshme.

q-permit = { $who ->
    [me] Keni leje qëndrimi (permesso di soggiorno)?
   *[other] A ka personi leje qëndrimi (permesso di soggiorno)?
  }
q-permit-short = Leja e qëndrimit
q-permit-valid = Po, të vlefshme
q-permit-long-term = Po, afatgjatë (nuk skadon)
q-permit-refugee = Po, me statusin e refugjatit
q-permit-subsidiary = Po, për mbrojtje plotësuese (protezione sussidiaria)
q-permit-asylum-seeker = { $who ->
    [me] Kam kërkuar azil dhe pres përgjigjen
   *[other] Ka kërkuar azil dhe pret përgjigjen
  }
q-permit-receipt = { $who ->
    [me] Kam kërkuar rinovimin dhe kam dëftesën (ricevuta)
   *[other] Ka kërkuar rinovimin dhe ka dëftesën (ricevuta)
  }
q-permit-expiring = Po, por skadon brenda 2 muajve
q-permit-expired = Po, por ka skaduar
q-permit-none = Jo
q-permit-term-title = Çfarë është leja e qëndrimit?
q-permit-term = Është dokumenti që u lejon atyre që vijnë nga jashtë Bashkimit Evropian të qëndrojnë në Itali. E jep Kuestura (Questura). Dëftesa e rinovimit (ricevuta) vlen njësoj si leja.

q-health-needs = { $who ->
    [me] Për çfarë keni nevojë për shëndetin?
   *[other] Për çfarë ka nevojë personi për shëndetin?
  }
q-health-needs-short = Nevojat shëndetësore
q-health-needs-home-care = Kujdes në shtëpi, për shembull një infermiere
q-health-needs-mental-health = Ndihmë për ankth, trishtim ose probleme të tjera të mendjes
q-health-needs-addiction = Ndihmë për alkoolin, drogën ose lojërat e fatit
q-health-needs-pregnancy = Shtatzënia, kontracepsioni ose shëndeti i gruas
q-health-needs-none = Asgjë nga këto

q-years-italy = { $who ->
    [me] Prej sa vitesh jetoni në Itali?
   *[other] Prej sa vitesh jeton personi në Itali?
  }
q-years-italy-short = Vite në Itali
q-years-italy-why = Disa ndihma kërkojnë një numër të caktuar vitesh në Itali. Pas 5 vitesh mund të kërkohet një leje që nuk skadon.

q-family-abroad = { $who ->
    [me] Doni ta sillni familjen tuaj në Itali?
   *[other] A do personi ta sjellë familjen e vet në Itali?
  }
q-family-abroad-short = Familja për t'u sjellë

q-italian-level = { $who ->
    [me] Sa mirë e flisni italishten?
   *[other] Sa mirë e flet personi italishten?
  }
q-italian-level-short = Italishtja
q-italian-level-none = Aspak
q-italian-level-basic = Pak
q-italian-level-good = Mirë

q-danger-now = { $who ->
    [me] Jeni në rrezik tani?
   *[other] A është personi në rrezik tani?
  }
q-danger-now-short = Në rrezik tani

q-safe-place = { $who ->
    [me] Keni një vend të sigurt ku të shkoni, nëse duhet të largoheni nga shtëpia?
   *[other] A ka personi një vend të sigurt ku të shkojë, nëse duhet të largohet nga shtëpia?
  }
q-safe-place-short = Vend i sigurt ku të shkojë

q-children-involved = { $who ->
    [me] A ka fëmijë që e shohin ose e përjetojnë këtë dhunë?
   *[other] A ka fëmijë që e shohin ose e përjetojnë këtë dhunë?
  }
q-children-involved-short = Fëmijë të përfshirë

q-needs-constant-care = { $who ->
    [me] Keni nevojë për dikë pranë gjithë ditën, apo edhe natën?
   *[other] A ka nevojë personi për dikë pranë gjithë ditën, apo edhe natën?
  }
q-needs-constant-care-short = I duhet dikush gjithmonë pranë
q-needs-constant-care-why = Kush nuk mund të rrijë vetëm mund të marrë më shumë ndihmë, në para dhe në kujdes.

q-manages-money = { $who ->
    [me] A arrini t'i menaxhoni pa ndihmë paratë dhe letrat, si bankën dhe faturat?
   *[other] A arrin personi t'i menaxhojë pa ndihmë paratë dhe letrat, si bankën dhe faturat?
  }
q-manages-money-short = I menaxhon paratë dhe letrat
q-manages-money-why = Nëse një person nuk ia del më, gjyqtari mund të caktojë dikë që ta ndihmojë.

q-municipality = { $who ->
    [me] Në cilën bashki (Comune) jetoni?
   *[other] Në cilën bashki (Comune) jeton personi?
  }
q-municipality-short = Bashkia ku jeton
q-municipality-why = Çdo bashki ndihmon ata që jetojnë atje. Kështu ju tregojmë së pari sportelin e bashkisë suaj.
q-municipality-other = Një bashki tjetër, që nuk është në këtë listë

q-resident = { $who ->
    [me] Keni vendbanimin zyrtar (residenza) në bashkinë ku jetoni?
   *[other] A ka personi vendbanimin zyrtar (residenza) në bashkinë ku jeton?
  }
q-resident-short = Vendbanimi zyrtar në bashki
q-resident-why = Shumë ndihma të bashkisë janë për ata që kanë vendbanimin zyrtar (residenza) atje.
q-resident-term-title = Çfarë është vendbanimi zyrtar (residenza)?
q-resident-term = Do të thotë të jesh i regjistruar në gjendjen civile (anagrafe) të bashkisë ku jeton. Kërkohet në zyrën e gjendjes civile. Edhe kush nuk ka shtëpi mund ta ketë.

q-monthly-income = { $who ->
    [me] Sa para ju hyjnë çdo muaj, gjithsej?
   *[other] Sa para i hyjnë personit çdo muaj, gjithsej?
  }
q-monthly-income-short = Të ardhurat në muaj
q-monthly-income-why = Llogaritet pensioni dhe çdo e ardhur tjetër. Kush ka pak mund të marrë një ndihmë nga INPS-i.

q-household-size = { $who ->
    [me] Sa persona jetojnë në shtëpi, duke ju numëruar edhe ju?
   *[other] Sa persona jetojnë në shtëpi, duke përfshirë edhe personin?
  }
q-household-size-short = Persona në shtëpi
q-household-size-why = Disa ndihma janë për familje me të paktën 3 persona.

q-debts = { $who ->
    [me] Keni borxhe që nuk arrini më t'i paguani?
   *[other] A ka personi borxhe që nuk arrin më t'i paguajë?
  }
q-debts-short = Borxhe që nuk i paguan dot

q-needs-money = { $who ->
    [me] Ju duhen para për të jetuar më vete?
   *[other] A i duhen personit para për të jetuar më vete?
  }
q-needs-money-short = Duhen para për të rifilluar
q-needs-money-why = Ka një ndihmë në para për ata që dalin nga dhuna dhe duan të rifillojnë jetën.

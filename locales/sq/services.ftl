# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Sporteli Social i Bashkisë (Sportello Sociale del Comune)
provider-pua = Pika e Vetme e Hyrjes (Porta Unica di Accesso, PUA)
provider-inps = INPS (Instituti Kombëtar i Sigurimeve Shoqërore), edhe përmes një CAF ose një patronato
provider-caf-patronato = CAF ose patronato (zyra falas ndihme për dokumentet)
provider-centro-impiego = Qendra e punësimit (Centro per l'impiego)
provider-sportello-stranieri = Sporteli për të huajt (Sportello Stranieri)
provider-centro-antiviolenza = Qendra kundër dhunës (Centro antiviolenza)
provider-asst = Njësia shëndetësore (Azienda sanitaria, ASST)
provider-caritas = Caritas dhe banka e ushqimit (banco alimentare)
provider-ufficio-scuola = Zyra e shkollave e Bashkisë (Ufficio scuola del Comune)
provider-cpia = Shkolla për të rritur (CPIA)
provider-comune = Zyrat e Bashkisë (Comune)
provider-emergency = Numrat e urgjencës

time-now = Menjëherë
time-days = Pak ditë
time-weeks = Disa javë
time-months = Disa muaj
time-call = Kur Bashkia hap thirrjen publike (bando), zakonisht një herë në vit

svc-first-listening = Bisedë e parë në Sportelin Social (Sportello Sociale)
svc-first-listening-gives = Një takim për të treguar situatën tuaj. Ju dëgjojnë, ju shpjegojnë të drejtat tuaja dhe ju tregojnë ku të shkoni. Është falas.
svc-first-listening-for = Për të gjithë, edhe për ata që nuk e dinë nga t'ia fillojnë.

svc-social-worker = Takim me punonjësin social (assistente sociale)
svc-social-worker-gives = Punonjësi social (assistente sociale) njihet me situatën tuaj dhe përgatit bashkë me ju një plan ndihme.
svc-social-worker-for = Për ata që janë në një situatë të vështirë dhe kanë nevojë për disa ndihma njëherësh.

svc-home-care = Ndihmë në shtëpi (SAD)
svc-home-care-gives = Një punonjës vjen në shtëpi. Ndihmon për t'u larë, për t'u veshur dhe për ta mbajtur shtëpinë të pastër.
svc-home-care-for = Për ata që nuk ia dalin më t'i bëjnë vetë punët e përditshme.

svc-meals-at-home = Ushqim në shtëpi
svc-meals-at-home-gives = Një vakt i ngrohtë që sillet në shtëpi çdo ditë. Paguhet sipas ISEE-së.
svc-meals-at-home-for = Për ata që nuk ia dalin më të gatuajnë vetë.

svc-telecare = Alarmi i ndihmës në distancë (telesoccorso)
svc-telecare-gives = Një aparat i vogël me një buton. Nëse e shtypni, një qendër përgjigjet ditë e natë dhe dërgon ndihmë.
svc-telecare-for = Për ata që jetojnë vetëm dhe mund të kenë nevojë për ndihmë menjëherë.

svc-civil-invalidity = Kërkesa për invaliditet civil (invalidità civile)
svc-civil-invalidity-gives = Njohja zyrtare që një sëmundje e kufizon jetën. Hap rrugën për ndihma të tjera dhe për para.
svc-civil-invalidity-for = Për ata që kanë një sëmundje që e kufizon jetën e përditshme. Hapi i parë është vërtetimi i mjekut të familjes.

svc-attendance-allowance = Shtesa e shoqërimit (indennità di accompagnamento)
svc-attendance-allowance-gives = Para çdo muaj nga INPS-i, për të paguar atë që ndihmon. Nuk varet nga të ardhurat.
svc-attendance-allowance-for = Për ata që kanë invaliditet 100% dhe kanë nevojë për ndihmë të vazhdueshme. Kërkohet me një vërtetim të ri të mjekut.

svc-day-centre = Qendër ditore për të moshuarit (centro diurno)
svc-day-centre-gives = Një vend ku kalohet dita. Ka kujdes, ushqim dhe aktivitete. Në mbrëmje personi kthehet në shtëpi.
svc-day-centre-for = Për të moshuarit që kanë nevojë për kujdes gjatë ditës. Kërkesa kalon përmes PUA-s.

svc-carer-allowance = Ndihmë për ata që kujdesen për një të afërm (Misura B2)
svc-carer-allowance-gives = Para nga Rajoni (Regione) për ata që kujdesen në shtëpi për një person që nuk është i pavarur.
svc-carer-allowance-for = Për ata që marrin shtesën e shoqërimit (accompagnamento) ose kanë Ligjin 104 (Legge 104) në gjendje të rëndë, dhe kujdeset për ta në shtëpi një i afërm ose një kujdestare (badante) me kontratë. Kërkesa kalon përmes PUA-s.

svc-law-104-recognition = Kërkesa për Ligjin 104 (Legge 104)
svc-law-104-recognition-gives = Njohja zyrtare e aftësisë së kufizuar. Jep leje nga puna dhe ndihma të tjera.
svc-law-104-recognition-for = Për personat me aftësi të kufizuara dhe për të afërmit e tyre.

svc-disabled-parking = Leja e parkimit për persona me aftësi të kufizuara (contrassegno)
svc-disabled-parking-gives = Një kartë për makinën. Lejon parkimin në vendet për persona me aftësi të kufizuara.
svc-disabled-parking-for = Për ata që ecin me shumë vështirësi ose që nuk shohin.

svc-social-transport = Transporti social
svc-social-transport-gives = Një makinë ose një furgon i vogël ju çon te vizitat, te terapitë ose në qendrën ditore.
svc-social-transport-for = Për ata që nuk mund të lëvizin vetë me transportin publik.

svc-targeted-employment = Punësimi i synuar (collocamento mirato)
svc-targeted-employment-gives = Ndihmë për të gjetur një punë të përshtatshme. Firmat duhet të punësojnë persona me aftësi të kufizuara.
svc-targeted-employment-for = Për persona me invaliditet 46% ose më shumë që kërkojnë punë.

svc-school-assistant = Asistent në shkollë
svc-school-assistant-gives = Një edukator ndihmon në shkollë një fëmijë ose një të ri me aftësi të kufizuara.
svc-school-assistant-for = Për nxënës me aftësi të kufizuara. Vlen nga kopshti deri në shkollën e mesme.

svc-disability-day-centre = Qendër ditore për persona me aftësi të kufizuara (centro diurno)
svc-disability-day-centre-gives = Një vend ku kalohet dita, me aktivitete dhe kujdes. Në mbrëmje personi kthehet në shtëpi.
svc-disability-day-centre-for = Për të rritur me aftësi të kufizuara që kanë nevojë për kujdes çdo ditë. Kërkesa kalon përmes PUA-s.

svc-invalidity-pension = Shtesa ose pensioni i invaliditetit (assegno o pensione di invalidità)
svc-invalidity-pension-gives = Para çdo muaj nga INPS-i: shtesa nga 74% invaliditet, pensioni me 100%.
svc-invalidity-pension-for = Për persona nga 18 deri në 66 vjeç me invaliditet 74% ose më shumë dhe me të ardhura të ulëta.

svc-child-benefit = Shtesa e vetme për fëmijët (Assegno Unico)
svc-child-benefit-gives = Para çdo muaj për çdo fëmijë, nga muaji i shtatë i shtatzënisë deri në 21 vjeç. Me ISEE merrni më shumë.
svc-child-benefit-for = Për të gjitha familjet me fëmijë.

svc-nursery-bonus = Bonusi për çerdhen (bonus asilo nido)
svc-nursery-bonus-gives = Para nga INPS-i për të paguar çerdhen ose ndihmën në shtëpi për fëmijët e vegjël.
svc-nursery-bonus-for = Për familje me fëmijë nën 3 vjeç. Me një ISEE të ulët merrni më shumë.

svc-municipal-nursery = Çerdhja e Bashkisë (asilo nido del Comune)
svc-municipal-nursery-gives = Një vend në çerdhe. Kush ka ISEE të ulët paguan më pak.
svc-municipal-nursery-for = Për familje me fëmijë nën 3 vjeç.

svc-school-grant = Ndihmë për materialet e shkollës (Dote Scuola)
svc-school-grant-gives = Një kupon nga Rajoni (Regione) për të blerë libra dhe materiale për shkollën.
svc-school-grant-for = Për nxënës të shkollës së mesme të ulët dhe të shkollës së mesme, me ISEE deri në 15 748 euro.

svc-school-meals-discount = Ulje për mensën dhe transportin e shkollës
svc-school-meals-discount-gives = Bashkia ju ul çmimin e mensës dhe të autobusit të shkollës.
svc-school-meals-discount-for = Për familje me fëmijë në kopsht, në shkollën fillore ose në shkollën e mesme të ulët. Kush ka ISEE të ulët paguan më pak.

svc-family-centre = Qendra për familjen (centro per la famiglia)
svc-family-centre-gives = Takime dhe këshilla për prindërit, edhe gjatë shtatzënisë. Është falas.
svc-family-centre-for = Për nënat, baballarët dhe ata që presin një fëmijë.

svc-birth-bonus = Bonusi për të porsalindurit (bonus nuovi nati)
svc-birth-bonus-gives = 1 000 euro për çdo fëmijë të lindur ose të birësuar. Kërkesa duhet bërë brenda 120 ditëve nga lindja.
svc-birth-bonus-for = Për fëmijët e lindur ose të birësuar nga viti 2025, në familje me ISEE deri në 40 000 euro.

svc-inclusion-allowance = Shtesa e përfshirjes (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = Para çdo muaj dhe një rrugë e përbashkët me shërbimet sociale për të dalë nga varfëria.
svc-inclusion-allowance-for = Për familje me ISEE deri në 10 140 euro, me një të mitur, një person me aftësi të kufizuara ose një person mbi 60 vjeç. Duhen 5 vjet në Itali. Kush vjen nga jashtë Bashkimit Evropian duhet të ketë leje qëndrimi afatgjatë (permesso di lungo periodo) ose mbrojtje ndërkombëtare (protezione).

svc-training-support = Mbështetje për Formim dhe Punë (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 euro në muaj ndërsa ndiqni një kurs ose një projekt pune.
svc-training-support-for = Për persona nga 18 deri në 59 vjeç pa punë, me ISEE deri në 10 140 euro. Vlejnë të njëjtat rregulla si për ADI për vitet në Itali dhe për lejen e qëndrimit.

svc-unemployment-benefit = NASpI (pagesa e papunësisë)
svc-unemployment-benefit-gives = Para çdo muaj nga INPS-i pasi mbaron puna. Kërkesa duhet bërë brenda 68 ditëve.
svc-unemployment-benefit-for = Për ata që e kanë humbur punën pa dëshirën e tyre.

svc-job-centre = Qendra e punësimit (Centro per l'impiego)
svc-job-centre-gives = Ndihmë për të kërkuar punë, kurse falas dhe regjistrim si i papunë.
svc-job-centre-for = Për ata që kërkojnë punë.

svc-energy-bonus = Bonusi social për dritat, gazin dhe ujin (bonus sociale)
svc-energy-bonus-gives = Një ulje në fatura. Vjen vetë kur bëni ISEE-në.
svc-energy-bonus-for = Për familje me ISEE deri në 9 530 euro, ose deri në 20 000 euro me të paktën 4 fëmijë.

svc-isee-help = Bëni ISEE-në falas
svc-isee-help-gives = Një CAF e llogarit ISEE-në tuaj pa ju marrë para. Ju duhet për pothuajse të gjitha ndihmat.
svc-isee-help-for = Për ata që nuk e kanë ende ISEE-në e këtij viti ose nuk e dinë nëse e kanë.

svc-food-aid = Ndihmë me ushqim
svc-food-aid-gives = Pako ushqimore ose një kartë për dyqanin solidar (emporio solidale). Edhe menjëherë.
svc-food-aid-for = Për ata që nuk kanë mjaftueshëm për të ngrënë.

svc-emergency-grant = Ndihmë ekonomike e Bashkisë (contributo economico)
svc-emergency-grant-gives = Një ndihmë në para, vetëm një herë, për shpenzime urgjente si faturat ose ushqimi.
svc-emergency-grant-for = Për ata që kanë një problem urgjent me paratë. Vendos punonjësi social (assistente sociale).

svc-rent-support = Ndihmë për qiranë (contributo per l'affitto)
svc-rent-support-gives = Para për të paguar një pjesë të qirasë. I jep Bashkia bashkë me Rajonin (Regione).
svc-rent-support-for = Për ata që paguajnë qira dhe kanë ISEE deri në 26 000 euro.

svc-arrears-fund = Fondi për qiranë e papaguar (morosità incolpevole)
svc-arrears-fund-gives = Para për të paguar qiranë e prapambetur dhe për të ndalur dëbimin nga shtëpia (sfratto).
svc-arrears-fund-for = Për ata që nuk arrijnë të paguajnë qiranë sepse kanë humbur punën ose të ardhurat.

svc-social-housing = Banesë sociale (casa popolare, SAP)
svc-social-housing-gives = Një shtëpi me qira me çmim të ulët. Kërkesa bëhet kur hapet thirrja publike (bando).
svc-social-housing-for = Për familje pa shtëpi në pronësi dhe me ISEE deri në 16 000 euro.

svc-housing-emergency = Emergjenca e banimit (emergenza casa)
svc-housing-emergency-gives = Një vend ku të qëndroni për një periudhë, ndërsa kërkoni një shtëpi.
svc-housing-emergency-for = Për ata që po e humbin shtëpinë ose nuk e kanë.

svc-night-shelter = Vend për të fjetur sonte
svc-night-shelter-gives = Një shtrat për natën, një dush dhe një vakt. E gjen Shërbimi i ndërhyrjes së shpejtë sociale (Pronto Intervento Sociale), edhe natën.
svc-night-shelter-for = Për ata që sonte nuk kanë një vend të sigurt ku të flenë.

svc-family-doctor = Regjistrimi në shërbimin shëndetësor dhe mjeku i familjes (medico di famiglia)
svc-family-doctor-gives = Një mjek familjeje falas dhe karta shëndetësore (tessera sanitaria).
svc-family-doctor-for = Për ata që jetojnë në Itali dhe nuk kanë ende mjek. Vlen edhe me dëftesën (ricevuta) e rinovimit të lejes së qëndrimit.

svc-stp-code = Kodi STP për kurim
svc-stp-code-gives = Një kod për të marrë kurime urgjente dhe thelbësore, edhe pa leje qëndrimi. Askush nuk ju denoncon.
svc-stp-code-for = Për të huajt pa leje qëndrimi (permesso di soggiorno) të vlefshme.

svc-home-nursing = Kurim në shtëpi (ADI)
svc-home-nursing-gives = Infermierë dhe mjekë vijnë në shtëpi. Duhet kërkesa e mjekut të familjes. PUA organizon vizitën e vlerësimit.
svc-home-nursing-for = Për ata që nuk mund të dalin nga shtëpia për t'u kuruar.

svc-mental-health-centre = Qendra e shëndetit mendor (CPS)
svc-mental-health-centre-gives = Psikologë dhe mjekë që dëgjojnë dhe kurojnë. Është falas.
svc-mental-health-centre-for = Për të rritur me ankth, trishtim të fortë ose probleme të tjera të mendjes.

svc-addiction-service = Shërbimi për varësitë (SerD)
svc-addiction-service-gives = Ndihmë dhe kurim për alkoolin, drogën ose lojërat e fatit. Është falas dhe konfidencial, edhe pa dhënë emrin.
svc-addiction-service-for = Për ata që kanë një varësi dhe për familjarët e tyre.

svc-consultorio = Këshillimorja familjare (consultorio familiare)
svc-consultorio-gives = Vizita dhe këshilla për shtatzëninë, kontracepsionin dhe shëndetin e gruas. Është falas.
svc-consultorio-for = Për gratë, çiftet dhe të rinjtë.

svc-permit-renewal = Rinovimi i lejes së qëndrimit (rinnovo del permesso di soggiorno)
svc-permit-renewal-gives = Ndihmë për të përgatitur kërkesën. Dërgohet me paketën (kit) e Postës (Poste).
svc-permit-renewal-for = Për ata që kanë një leje që po skadon ose ka skaduar. Bëni kërkesën para se të skadojë.

svc-family-reunification = Bashkimi familjar (ricongiungimento familiare)
svc-family-reunification-gives = Ndihmë për të kërkuar lejen për të sjellë në Itali bashkëshortin ose bashkëshorten, fëmijët ose prindërit.
svc-family-reunification-for = Për ata që kanë një leje të vlefshme, të ardhura dhe një shtëpi të përshtatshme.

svc-long-term-permit = Leja afatgjatë (permesso di lungo periodo)
svc-long-term-permit-gives = Një leje që nuk skadon. Duhet provimi i italishtes në nivelin A2.
svc-long-term-permit-for = Për ata që jetojnë në Itali me leje prej të paktën 5 vitesh dhe kanë të ardhura.

svc-italian-course = Kurs falas i italishtes
svc-italian-course-gives = Mësime italishteje për të rritur, me një certifikatë në fund.
svc-italian-course-for = Për të huajt e rritur që duan të mësojnë italishten.

svc-migrant-legal-advice = Këshillim ligjor për të huajt
svc-migrant-legal-advice-gives = Një ekspert ju shpjegon çfarë mund të bëni për lejen e qëndrimit ose për azilin. Është falas.
svc-migrant-legal-advice-for = Për ata që nuk kanë leje të vlefshme ose presin përgjigjen për kërkesën e azilit.

svc-emergency-112 = Numri i urgjencës 112
svc-emergency-112-gives = Policia, karabinierët dhe ambulanca. Përgjigjet gjithmonë, edhe në gjuhë të tjera.
svc-emergency-112-for = Për ata që janë në rrezik tani.

svc-helpline-1522 = Numri kundër dhunës 1522
svc-helpline-1522-gives = Një numër falas që përgjigjet ditë e natë, edhe në gjuhë të tjera. Nuk del në faturën e telefonit.
svc-helpline-1522-for = Për ata që pësojnë dhunë ose kanë frikë, dhe për ata që duan të ndihmojnë.

svc-anti-violence-centre = Qendra kundër dhunës (centro antiviolenza)
svc-anti-violence-centre-gives = Gra me përvojë dëgjojnë dhe ndihmojnë. Është falas dhe sekret. Ju vendosni çfarë të bëni.
svc-anti-violence-centre-for = Për gratë që pësojnë dhunë, edhe pa bërë denoncim.

svc-safe-house = Shtëpi strehimi (casa rifugio)
svc-safe-house-gives = Një vend i sigurt dhe sekret ku të qëndroni, edhe me fëmijët.
svc-safe-house-for = Për ata që duhet të largohen nga shtëpia për të qenë të sigurt.

svc-children-protection = Mbështetje për fëmijët
svc-children-protection-gives = Ndihmë për fëmijët që e shohin ose e përjetojnë dhunën në shtëpi.
svc-children-protection-for = Për familjet me fëmijë të përfshirë.

svc-free-lawyer = Avokat falas
svc-free-lawyer-gives = Një avokat i paguar nga Shteti, cilado qofshin të ardhurat.
svc-free-lawyer-for = Për ata që pësojnë dhunë në familje ose përndjekje (stalking). Qendra kundër dhunës ndihmon për ta gjetur.

svc-universal-benefit = Pagesa universale (Prestazione universale)
svc-universal-benefit-gives = 850 euro më shumë në muaj, përveç shtesës së shoqërimit (accompagnamento), për të paguar atë që kujdeset në shtëpi.
svc-universal-benefit-for = Për ata që janë të paktën 80 vjeç, marrin shtesën e shoqërimit dhe kanë ISEE deri në 6 000 euro.

svc-social-pension = Shtesa sociale (Assegno sociale)
svc-social-pension-gives = Para çdo muaj nga INPS-i për ata që kanë pak ose aspak për të jetuar.
svc-social-pension-for = Për ata që janë të paktën 67 vjeç dhe kanë pak të ardhura. Duhen 10 vjet në Itali.

svc-residential-care = Shtëpi kujdesi (RSA) dhe qëndrime të përkohshme (ricoveri di sollievo)
svc-residential-care-gives = Një vend në një strukturë me kujdes, përgjithmonë ose për pak javë, që familja të mund të pushojë.
svc-residential-care-for = Për ata që nuk mund të rrinë më vetëm në shtëpi. Kërkesa kalon përmes PUA-s, që bën një vlerësim.

svc-care-worker-help = Ndihmë për të gjetur një kujdestare (badante)
svc-care-worker-help-gives = Sporteli ju ndihmon të gjeni një kujdestare të mirë dhe të bëni kontratën.
svc-care-worker-help-for = Për familjet që kërkojnë dikë që të kujdeset në shtëpi për një person të moshuar.

svc-measure-b1 = Masa B1 (Misura B1, aftësi e kufizuar shumë e rëndë)
svc-measure-b1-gives = Para çdo muaj dhe një projekt kujdesi, për ata që kujdesen në shtëpi për një person me aftësi të kufizuar shumë të rëndë.
svc-measure-b1-for = Për ata që marrin shtesën e shoqërimit (accompagnamento) dhe kanë nevojë për kujdes ditë e natë. E vlerëson Njësia shëndetësore (Azienda sanitaria).

svc-support-administrator = Administratori mbështetës (amministratore di sostegno)
svc-support-administrator-gives = Gjyqtari cakton një person, shpesh një të afërm, që ndihmon për të menaxhuar paratë dhe letrat. Nuk nevojitet avokat.
svc-support-administrator-for = Për ata që nuk ia dalin më t'i menaxhojnë vetë paratë dhe punët me dokumente.

svc-ticket-exemption = Përjashtimi nga pagesa e tiketës (esenzione dal ticket)
svc-ticket-exemption-gives = Nuk paguani tiketën (ticket) për vizitat dhe analizat.
svc-ticket-exemption-for = Për fëmijët nën 6 vjeç dhe personat nga 65 vjeç e lart, me të ardhura të familjes deri në 36 152 euro. Edhe për ata që janë të papunë ose kanë pensionin minimal, me të ardhura të ulëta.

svc-attendance-frequency = Shtesa e frekuentimit (indennità di frequenza)
svc-attendance-frequency-gives = Para çdo muaj nga INPS-i, në muajt kur fëmija shkon në shkollë ose bën terapi.
svc-attendance-frequency-for = Për të miturit me vështirësi që zgjasin në kohë, që shkojnë në shkollë ose në terapi.

svc-uonpia = Neuropsikiatria për fëmijë (UONPIA)
svc-uonpia-gives = Mjekë dhe terapistë për fëmijë dhe të rinj me vështirësi në zhvillim, në sjellje ose në humor. Është falas.
svc-uonpia-for = Për fëmijë dhe të rinj deri në 17 vjeç.

svc-maternity-allowance = Shtesa e amësisë nga Bashkia (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Para për nënën që nuk ka ndihma të tjera amësie, ose ka pak. Kërkesa duhet bërë në Bashki brenda 6 muajve nga lindja.
svc-maternity-allowance-for = Për nënat me ISEE deri në 20 382 euro. Për ata që vijnë nga jashtë Bashkimit Evropian duhet leja afatgjatë (permesso di lungo periodo) ose mbrojtja ndërkombëtare (protezione).

svc-dedicated-card = Karta "Dedikuar ty" (Carta Dedicata a te)
svc-dedicated-card-gives = Një kartë me para për të bërë pazarin. Nuk bëhet kërkesë: Bashkia i zgjedh familjet nga listat e INPS-it.
svc-dedicated-card-for = Për familje me të paktën 3 persona, me ISEE deri në 15 000 euro dhe pa ndihma të tjera si ADI.

svc-over-indebtedness = Ndihmë për borxhet (sovraindebitamento)
svc-over-indebtedness-gives = Një ekspert ndihmon për të bërë një plan për t'i paguar borxhet sa të mundet. Ndonjëherë gjyqtari fshin një pjesë të tyre.
svc-over-indebtedness-for = Për ata që kanë borxhe që nuk arrijnë më t'i paguajnë.

svc-registered-residence = Vendbanimi zyrtar në Bashki (residenza)
svc-registered-residence-gives = Regjistrimi në gjendjen civile (anagrafe) të Bashkisë. Kush nuk ka shtëpi mund të ketë vendbanim zyrtar në një adresë të Bashkisë.
svc-registered-residence-for = Për ata që jetojnë në Bashki dhe nuk kanë ende vendbanim zyrtar. Pa vendbanim zyrtar, shumë ndihma nuk mund të merren.

svc-psychologist-bonus = Bonusi për psikologun (bonus psicologo)
svc-psychologist-bonus-gives = Para për të paguar disa seanca te një psikolog. Kërkesa bëhet kur hapet thirrja publike (bando).
svc-psychologist-bonus-for = Për ata që kanë ankth, trishtim ose stres, me ISEE deri në 50 000 euro.

svc-italian-citizenship = Shtetësia italiane (cittadinanza italiana)
svc-italian-citizenship-gives = Ndihmë për të bërë kërkesën për t'u bërë shtetas italian.
svc-italian-citizenship-for = Për ata që kanë vendbanim zyrtar (residenza) në Itali prej 10 vitesh, prej 5 vitesh për refugjatët, prej 4 vitesh për shtetasit e Bashkimit Evropian. Duhet italishtja në nivelin B1.

svc-freedom-income = Të ardhurat e lirisë (Reddito di libertà)
svc-freedom-income-gives = Deri në 500 euro në muaj për një vit, për të rifilluar një jetë të pavarur.
svc-freedom-income-for = Për gratë që dalin nga dhuna. I ndjek një qendër kundër dhunës bashkë me Bashkinë.

svc-violence-permit = Leje qëndrimi (permesso di soggiorno) për ata që pësojnë dhunë
svc-violence-permit-gives = Një leje që nuk varet nga partneri. Mbron ata që denoncojnë ose kërkojnë ndihmë në qendrën kundër dhunës.
svc-violence-permit-for = Për të huajt që pësojnë dhunë në familje.

svc-food-aid-urgent = Që sot: shkoni te Caritas ose në Sportelin Social (Sportello Sociale). Ju japin ushqim edhe pa dokumente.
svc-night-shelter-urgent = Sonte: telefononi Shërbimin e ndërhyrjes së shpejtë sociale (Pronto Intervento Sociale) të Bashkisë, përgjigjet edhe natën. Ose shkoni sot në Sportelin Social (Sportello Sociale).
svc-emergency-112-urgent = Në rrezik tani: telefononi 112. Përgjigjet gjithmonë, edhe në gjuhë të tjera.
svc-helpline-1522-urgent = Telefononi 1522: është falas, përgjigjet ditë e natë, edhe në gjuhë të tjera. Mund të shkruani edhe në chat.
svc-anti-violence-centre-urgent = Qendra kundër dhunës (centro antiviolenza) ju dëgjon dhe ju ndihmon, edhe pa denoncim. Numri 1522 ju vë në kontakt.
svc-safe-house-urgent = Nëse nuk mund të rrini në shtëpi, 1522 dhe qendra kundër dhunës gjejnë një vend të sigurt edhe sot.

rule-needs-personal-care = Duhet ndihmë për t'u larë, për shtëpinë ose për të lëvizur.
rule-cannot-cook = Duhet ndihmë për të gatuar.
rule-lives-alone = Është për ata që jetojnë vetëm.
rule-may-need-quick-help = Është për ata që mund të kenë nevojë për ndihmë menjëherë.
rule-invalidity-not-recognised = Është për ata që nuk e kanë ende invaliditetin të njohur.
rule-over-65 = Është për ata që janë të paktën 65 vjeç.
rule-needs-care-during-day = Duhet kujdes gjatë ditës.
rule-law-104-not-recognised = Është për ata që nuk e kanë ende Ligjin 104 (Legge 104).
rule-hard-to-move-around = Është për ata që kanë vështirësi për të lëvizur ose për të parkuar.
rule-needs-transport = Është për ata që kanë nevojë për transport.
rule-wants-work = Është për ata që kërkojnë punë.
rule-working-age = Është për ata që janë nga 16 deri në 66 vjeç.
rule-needs-school-support = Është për ata që kanë nevojë për ndihmë në shkollë.
rule-school-age = Është për ata që janë nga 3 deri në 20 vjeç.
rule-needs-daily-care = Është për ata që kanë nevojë për kujdes çdo ditë.
rule-adult = Është për ata që janë të paktën 18 vjeç.
rule-age-18-to-66 = Është për ata që janë nga 18 deri në 66 vjeç.
rule-has-children-or-expecting = Është për ata që kanë fëmijë ose presin një fëmijë.
rule-child-under-3 = Është për ata që kanë një fëmijë nën 3 vjeç.
rule-needs-childcare = Është për ata që kanë nevojë që dikush të kujdeset për fëmijët.
rule-isee-up-to-15748 = Duhet një ISEE deri në 15 748 euro.
rule-parenting-or-expecting = Është për prindërit që duan ndihmë dhe për ata që presin një fëmijë.
rule-isee-up-to-40000 = Duhet një ISEE deri në 40 000 euro.
rule-household-with-minor-disabled-or-over-60 = Në familje duhet të ketë një të mitur, një person me aftësi të kufizuara ose një person mbi 60 vjeç.
rule-isee-up-to-10140 = Duhet një ISEE deri në 10 140 euro.
rule-age-18-to-59 = Është për ata që janë nga 18 deri në 59 vjeç.
rule-without-work = Është për ata që nuk punojnë.
rule-lost-job = Është për ata që e kanë humbur punën.
rule-not-by-choice = Puna duhet të ketë mbaruar pa dashur.
rule-age-16-to-66 = Është për ata që janë nga 16 deri në 66 vjeç.
rule-no-isee-yet = Është për ata që nuk e kanë ende ISEE-në.
rule-not-enough-food = Është për ata që nuk kanë mjaftueshëm ushqim.
rule-cannot-pay-basics = Është për ata që nuk arrijnë të paguajnë ushqimin ose faturat.
rule-pays-rent = Është për ata që jetojnë me qira.
rule-isee-up-to-26000 = Duhet një ISEE deri në 26 000 euro.
rule-no-own-home = Është për ata që nuk kanë shtëpi në pronësi.
rule-isee-up-to-16000 = Duhet një ISEE deri në 16 000 euro.
rule-losing-home = Është për ata që po e humbin shtëpinë ose nuk e kanë.
rule-nowhere-to-sleep = Është për ata që nuk kanë ku të flenë sonte.
rule-no-family-doctor = Është për ata që nuk kanë mjek të familjes.
rule-can-register-with-health-service = Duhet shtetësia evropiane ose një leje qëndrimi e vlefshme.
rule-without-valid-permit = Është për ata që nuk kanë një leje të vlefshme.
rule-needs-care-at-home = Është për ata që kanë nevojë për kurim në shtëpi.
rule-mental-health = Është për ata që kanë probleme të mendjes.
rule-addiction = Është për ata që kanë një varësi.
rule-pregnancy-or-family-health = Është për shtatzëninë dhe shëndetin e gruas.
rule-permit-expiring-or-expired = Është për ata që kanë një leje që po skadon ose ka skaduar.
rule-family-abroad = Është për ata që duan ta sjellin familjen në Itali.
rule-valid-permit = Duhet një leje qëndrimi e vlefshme.
rule-five-years-in-italy = Duhen të paktën 5 vjet në Itali.
rule-learning-italian = Është për ata që duan të mësojnë italishten.
rule-without-valid-permit-or-asylum = Është për ata që nuk kanë një leje të vlefshme ose kanë kërkuar azil.
rule-in-danger-now = Është për ata që janë në rrezik tani.
rule-no-safe-place = Është për ata që nuk kanë një vend të sigurt ku të shkojnë.
rule-children-involved = Është për ata që kanë fëmijë të përfshirë.
rule-resident-here = Duhet vendbanimi zyrtar (residenza) në Bashki.
rule-permit-for-municipal-services = Kush nuk është nga Bashkimi Evropian duhet të ketë një leje qëndrimi. Vlen edhe dëftesa (ricevuta) e rinovimit.
rule-needs-constant-care = Është për ata që kanë nevojë për dikë gjithmonë pranë.
rule-invalidity-100-or-pending = Duhet invaliditeti 100%, edhe nëse kërkesa është në proces.
rule-over-80 = Është për ata që janë të paktën 80 vjeç.
rule-has-attendance-allowance = Duhet shtesa e shoqërimit (indennità di accompagnamento).
rule-isee-up-to-6000 = Duhet një ISEE deri në 6 000 euro.
rule-age-67-or-more = Është për ata që janë të paktën 67 vjeç.
rule-income-up-to-583-a-month = Të ardhurat duhet të jenë deri në rreth 583 euro në muaj.
rule-ten-years-in-italy = Duhen të paktën 10 vjet në Itali.
rule-permit-for-social-pension = Për ata që vijnë nga jashtë Bashkimit Evropian duhet leja afatgjatë (permesso di lungo periodo) ose mbrojtja ndërkombëtare (protezione).
rule-severe-disability = Duhet shtesa e shoqërimit (accompagnamento) ose Ligji 104 (Legge 104) në gjendje të rëndë.
rule-has-carer = Duhet një i afërm ose një kujdestare (badante) që kujdeset në shtëpi.
rule-cannot-manage-money = Është për ata që nuk arrijnë t'i menaxhojnë paratë dhe letrat pa ndihmë.
rule-under-6-or-over-65 = Është për fëmijët nën 6 vjeç dhe për ata që janë të paktën 65 vjeç.
rule-invalidity-46-or-more = Duhet invaliditet 46% ose më shumë.
rule-minor = Është për ata që janë nën 18 vjeç.
rule-needs-school-or-care = Është për ata që kanë nevojë për ndihmë në shkollë ose për kujdes çdo ditë.
rule-no-attendance-allowance = Nuk merret bashkë me shtesën e shoqërimit (accompagnamento).
rule-invalidity-74-or-more = Duhet invaliditet 74% ose më shumë.
rule-child-mind-or-development = Është për vështirësi në zhvillim, në shkollë ose në humor.
rule-child-at-secondary-school = Është për ata që kanë një fëmijë në shkollën e mesme të ulët ose në shkollën e mesme.
rule-child-3-to-13 = Është për ata që kanë një fëmijë nga 3 deri në 13 vjeç.
rule-baby-born-recently = Është për një fëmijë të porsalindur ose të birësuar së fundi.
rule-isee-up-to-20382 = Duhet një ISEE deri në 20 382 euro.
rule-permit-for-inclusion = Për ata që vijnë nga jashtë Bashkimit Evropian duhet leja afatgjatë (permesso di lungo periodo) ose mbrojtja ndërkombëtare (protezione).
rule-isee-for-energy-bonus = Duhet një ISEE deri në 9 530 euro, ose deri në 20 000 euro me të paktën 4 fëmijë.
rule-isee-up-to-15000 = Duhet një ISEE deri në 15 000 euro.
rule-household-of-3-or-more = Është për familje me të paktën 3 persona.
rule-cannot-repay-debts = Është për ata që kanë borxhe që nuk arrijnë t'i paguajnë.
rule-not-resident = Është për ata që nuk kanë ende vendbanimin zyrtar (residenza) në Bashki.
rule-isee-up-to-50000 = Duhet një ISEE deri në 50 000 euro.
rule-valid-permit-not-long-term = Duhet një leje e vlefshme, që të mos jetë tashmë afatgjatë.
rule-years-for-citizenship = Duhen 10 vjet vendbanim zyrtar (residenza) në Itali. Mjaftojnë 5 vjet për refugjatët dhe 4 për shtetasit e Bashkimit Evropian.
rule-needs-money-to-leave = Është për ata që kanë nevojë për para për të jetuar në mënyrë të pavarur.
rule-not-eu-citizen = Është për ata që vijnë nga jashtë Bashkimit Evropian.
rule-isee-for-b2 = Duhet një ISEE deri në 25 000 euro, ose deri në 40 000 euro për një të mitur.
rule-has-eviction-notice = Është për ata që kanë marrë një urdhër dëbimi (sfratto) sepse nuk arrijnë të paguajnë.
rule-permit-for-family-benefits = Kush nuk është nga Bashkimi Evropian duhet të ketë një leje qëndrimi që lejon punën.
rule-income-for-ticket = Të ardhurat duhet të jenë deri në rreth 2 780 euro në muaj.
rule-age-17-or-more = Është për ata që janë të paktën 17 vjeç.

doc-identity = Dokument identiteti
doc-identity-what = Karta e identitetit (carta d'identità), pasaporta ose patenta.
doc-identity-where = Nëse nuk e keni, kartën e identitetit e kërkoni në zyrën e gjendjes civile (anagrafe) të Bashkisë (Comune).

doc-health-card = Karta shëndetësore (tessera sanitaria)
doc-health-card-what = Karta e gjelbër ose blu me kodin fiskal (codice fiscale).
doc-health-card-where = E dërgon Agjencia e të Ardhurave (Agenzia delle Entrate). Nëse e keni humbur, kërkojeni në Njësinë shëndetësore (Azienda sanitaria).

doc-isee = Vërtetimi ISEE (attestazione ISEE)
doc-isee-what = Fleta me vlerën ISEE të familjes (treguesi i gjendjes ekonomike), e vlefshme për këtë vit.
doc-isee-where = E bën falas një CAF (zyrë ndihme për taksat), ose e bëni vetë në faqen e INPS-it.

doc-permit = Leja e qëndrimit (permesso di soggiorno)
doc-permit-what = Leja e vlefshme, ose dëftesa e kërkesës për rinovim (ricevuta).
doc-permit-where = E lëshon Kuestura (Questura), zyra e policisë.

doc-passport = Pasaporta
doc-passport-what = Pasaporta e vendit tuaj. Për lejen e qëndrimit duhet të jetë e vlefshme, jo e skaduar.
doc-passport-where = E lëshon konsullata ose ambasada e vendit tuaj.

doc-medical-report = Vërtetime mjekësore
doc-medical-report-what = Letra të mjekut ose të spitalit që shpjegojnë sëmundjen.
doc-medical-report-where = Kërkojini te mjeku i familjes ose në spital.

doc-invalidity-report = Procesverbali i invaliditetit (verbale di invalidità)
doc-invalidity-report-what = Fleta e mjekëve që tregon sa invaliditet keni, në përqindje.
doc-invalidity-report-where = E dërgon INPS-i. Mund ta shkarkoni edhe nga faqja e INPS-it.

doc-income = Dëshmi të të ardhurave
doc-income-what = Fletëpagesat e fundit (buste paga), formulari CU (modello CU) ose deklarata e të ardhurave.
doc-income-where = I jep punëdhënësi ose INPS-i. Një CAF mund t'ju ndihmojë t'i gjeni.

doc-bank-details = IBAN
doc-bank-details-what = Kodi i llogarisë në bankë ose në postë, për të marrë paratë.
doc-bank-details-where = E gjeni në letrat e bankës ose të postës, ose në aplikacion.

doc-bank-statements = Gjendja dhe gjendja mesatare e llogarisë (saldo e giacenza)
doc-bank-statements-what = Sa para kishte në llogari më 31 dhjetor dy vjet më parë, dhe sa mesatarisht gjatë atij viti. Për ISEE-në e vitit 2026 vlen viti 2024.
doc-bank-statements-where = Kërkojeni në bankë ose në postë.

doc-job-end = Letra e mbarimit të punës
doc-job-end-what = Letra e pushimit nga puna (lettera di licenziamento) ose kontrata e skaduar.
doc-job-end-where = E jep punëdhënësi.

doc-rent-contract = Kontrata e qirasë (contratto di affitto)
doc-rent-contract-what = Kontrata e regjistruar e shtëpisë ku jetoni.
doc-rent-contract-where = E ka pronari i shtëpisë. Kërkojini një kopje.

doc-rent-receipts = Dëftesat e qirasë
doc-rent-receipts-what = Dëshmitë që e keni paguar qiranë, për shembull transfertat bankare (bonifici).
doc-rent-receipts-where = I gjeni në bankë ose ia kërkoni pronarit të shtëpisë.

doc-eviction-notice = Akti i dëbimit (atto di sfratto)
doc-eviction-notice-what = Fleta e gjykatës për dëbimin nga shtëpia.
doc-eviction-notice-where = Ju ka ardhur me postë ose nga një përmbarues gjyqësor (ufficiale giudiziario).

doc-bills = Faturat (bollette)
doc-bills-what = Faturat e fundit të dritave, të gazit ose të ujit.
doc-bills-where = Vijnë me postë ose me email, ose shkarkohen nga faqja e furnizuesit.

doc-children-tax-codes = Kodet fiskale të fëmijëve
doc-children-tax-codes-what = Kodi fiskal (codice fiscale) i çdo fëmije.
doc-children-tax-codes-where = Është në kartën shëndetësore (tessera sanitaria) të fëmijëve.

doc-nursery-receipts = Dëftesat e çerdhes
doc-nursery-receipts-what = Dëftesat e tarifave të paguara në çerdhe (asilo nido).
doc-nursery-receipts-where = I jep çerdhja.

doc-passport-photos = Fotografi për dokument (fototessere)
doc-passport-photos-what = Fotografi të kohëve të fundit në formatin e dokumentit, zakonisht 2 ose 4.
doc-passport-photos-where = Bëhen te fotografi ose në një kabinë fotografish.

doc-revenue-stamp = Pulla tatimore (marca da bollo)
doc-revenue-stamp-what = Një pullë prej 16 eurosh që vendoset në kërkesë.
doc-revenue-stamp-where = Blihet në duhanshitore (tabaccheria).

doc-housing-suitability = Vërtetimi i përshtatshmërisë së banesës (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = Një fletë që thotë se shtëpia është mjaft e madhe dhe e shëndetshme.
doc-housing-suitability-where = Kërkohet në Zyrën teknike (Ufficio tecnico) të Bashkisë (Comune).

doc-family-certificates = Certifikata familjare
doc-family-certificates-what = Certifikata lindjeje ose martese të familjes. Duhet të jenë të përkthyera dhe të legalizuara.
doc-family-certificates-where = Kërkohen në vendin e origjinës dhe legalizohen në konsullatë.

doc-italian-a2 = Certifikata e gjuhës italiane A2
doc-italian-a2-what = Dëshmia që e njihni italishten në nivelin bazë.
doc-italian-a2-where = Merret me një test në Prefekturë (Prefettura) ose me një kurs në CPIA (shkollë publike për të rritur).

doc-introductory-certificate = Vërtetimi i parë i mjekut (certificato medico introduttivo)
doc-introductory-certificate-what = Vërtetimi me të cilin mjeku i familjes e hap kërkesën në INPS. Është hapi i parë.
doc-introductory-certificate-where = E bën mjeku i familjes dhe e dërgon ai vetë në INPS. Ruajeni numrin që ju jep.

doc-carer-contract = Kontrata e kujdestares (badante)
doc-carer-contract-what = Kontrata e punës e personit që kujdeset në shtëpi, nëse nuk është i afërm i familjes.
doc-carer-contract-where = E keni nënshkruar me kujdestaren. E gjeni edhe në faqen e INPS-it.

doc-debt-papers = Letrat e borxheve
doc-debt-papers-what = Kontratat e huave, letrat e bankës dhe njoftimet për taksat (cartelle).
doc-debt-papers-where = Mblidhni ato që keni në shtëpi. Banka mund t'ju japë një përmbledhje.

doc-centre-statement = Deklarata e qendrës kundër dhunës (centro antiviolenza)
doc-centre-statement-what = Një fletë e qendrës kundër dhunës që thotë se ju ndjek.
doc-centre-statement-where = E kërkoni në qendrën kundër dhunës. Numri 1522 ju vë në kontakt me të.

doc-birth-certificate = Akti i lindjes (atto di nascita)
doc-birth-certificate-what = Dokumenti i vendit tuaj me vendin dhe datën e lindjes, i përkthyer dhe i legalizuar.
doc-birth-certificate-where = E kërkoni në vendin tuaj ose në konsullatë.

doc-criminal-record = Dëshmia e penalitetit nga vendi juaj
doc-criminal-record-what = Dokumenti që tregon nëse keni dënime në vendin tuaj, i përkthyer dhe i legalizuar.
doc-criminal-record-where = E kërkoni në vendin tuaj ose në konsullatë.

doc-italian-b1 = Certifikata e gjuhës italiane B1
doc-italian-b1-what = Certifikata që tregon se e njihni italishten në nivelin B1.
doc-italian-b1-where = E japin shkollat për të rritur (CPIA) dhe disa institucione të njohura.

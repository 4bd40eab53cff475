doc-identity = Act de identitate
doc-identity-what = Carte de identitate, pașaport sau permis de conducere.
doc-identity-where = Dacă nu aveți, cartea de identitate se cere la serviciul de evidență a populației din primărie (anagrafe).

doc-health-card = Cardul de sănătate (tessera sanitaria)
doc-health-card-what = Cardul verde sau albastru cu codul fiscal (codice fiscale).
doc-health-card-where = Îl trimite administrația fiscală (Agenzia delle Entrate). Dacă l-ați pierdut, cereți-l la autoritatea sanitară locală (Azienda sanitaria).

doc-isee = Adeverința ISEE (Attestazione ISEE)
doc-isee-what = Foaia cu valoarea ISEE a familiei, valabilă pentru anul acesta.
doc-isee-where = O face gratuit un CAF (centru de asistență fiscală) sau o puteți face singur pe site-ul INPS.

doc-permit = Permis de ședere (permesso di soggiorno)
doc-permit-what = Permisul valabil sau recipisa (ricevuta) cererii de reînnoire.
doc-permit-where = Îl eliberează sediul poliției (Questura).

doc-passport = Pașaport
doc-passport-what = Pașaportul țării dumneavoastră. Pentru permisul de ședere trebuie să fie valabil, nu expirat.
doc-passport-where = Îl eliberează consulatul sau ambasada țării dumneavoastră.

doc-medical-report = Certificate medicale
doc-medical-report-what = Foi de la medic sau de la spital care explică boala.
doc-medical-report-where = Cereți-le medicului de familie sau la spital.

doc-invalidity-report = Decizia de invaliditate (verbale di invalidità)
doc-invalidity-report-what = Foaia de la comisia medicală care spune ce procent de invaliditate aveți.
doc-invalidity-report-where = O trimite INPS. O puteți descărca și de pe site-ul INPS.

doc-income = Dovezi ale venitului
doc-income-what = Ultimii fluturași de salariu (buste paga), formularul CU sau declarația de venit (dichiarazione dei redditi).
doc-income-where = Le dă angajatorul sau INPS. Un CAF vă poate ajuta să le găsiți.

doc-bank-details = IBAN
doc-bank-details-what = Codul contului de la bancă sau de la poștă, pentru a primi banii.
doc-bank-details-where = Îl găsiți pe hârtiile de la bancă sau de la poștă, sau în aplicație.

doc-bank-statements = Soldul și soldul mediu al contului (saldo e giacenza media)
doc-bank-statements-what = Câți bani erau în cont la 31 decembrie de acum doi ani și câți au fost în medie în acel an. Pentru ISEE-ul din 2026 contează anul 2024.
doc-bank-statements-where = Cereți-le la bancă sau la poștă.

doc-job-end = Scrisoarea despre încetarea muncii
doc-job-end-what = Scrisoarea de concediere sau contractul expirat.
doc-job-end-where = O dă angajatorul.

doc-rent-contract = Contractul de închiriere
doc-rent-contract-what = Contractul înregistrat al locuinței în care locuiți.
doc-rent-contract-where = Îl are proprietarul locuinței. Cereți-i o copie.

doc-rent-receipts = Chitanțele pentru chirie
doc-rent-receipts-what = Dovezile că ați plătit chiria, de exemplu transferurile bancare.
doc-rent-receipts-where = Le găsiți la bancă sau le cereți proprietarului.

doc-eviction-notice = Actul de evacuare (atto di sfratto)
doc-eviction-notice-what = Foaia de la tribunal despre evacuare.
doc-eviction-notice-where = L-ați primit prin poștă sau de la un executor judecătoresc (ufficiale giudiziario).

doc-bills = Facturi
doc-bills-what = Ultimele facturi la curent, gaz sau apă.
doc-bills-where = Vin prin poștă sau pe email, sau se descarcă de pe site-ul furnizorului.

doc-children-tax-codes = Codurile fiscale ale copiilor
doc-children-tax-codes-what = Codul fiscal (codice fiscale) al fiecărui copil.
doc-children-tax-codes-where = Este scris pe cardul de sănătate (tessera sanitaria) al copiilor.

doc-nursery-receipts = Chitanțele de la creșă
doc-nursery-receipts-what = Chitanțele pentru taxele plătite la creșă.
doc-nursery-receipts-where = Le dă creșa.

doc-passport-photos = Fotografii tip pașaport
doc-passport-photos-what = Fotografii recente tip pașaport, de obicei 2 sau 4.
doc-passport-photos-where = Se fac la fotograf sau într-o cabină foto.

doc-revenue-stamp = Timbru fiscal (marca da bollo)
doc-revenue-stamp-what = Un timbru de 16 euro care se pune pe cerere.
doc-revenue-stamp-where = Se cumpără de la tutungerie (tabaccheria).

doc-housing-suitability = Certificatul că locuința este potrivită (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = O foaie care spune că locuința este destul de mare și sănătoasă.
doc-housing-suitability-where = Se cere la biroul tehnic al primăriei (Ufficio tecnico del Comune).

doc-family-certificates = Certificate de familie
doc-family-certificates-what = Certificate de naștere sau de căsătorie ale familiei. Trebuie să fie traduse și legalizate.
doc-family-certificates-where = Se cer în țara de origine și se legalizează la consulat.

doc-italian-a2 = Certificat de limba italiană A2
doc-italian-a2-what = Dovada că știți limba italiană la nivel de bază.
doc-italian-a2-where = Se obține cu un test la Prefectură (Prefettura) sau cu un curs la CPIA (școala pentru adulți).

doc-introductory-certificate = Primul certificat al medicului (certificato medico introduttivo)
doc-introductory-certificate-what = Certificatul cu care medicul de familie începe cererea la INPS. Este primul pas.
doc-introductory-certificate-where = Îl face medicul de familie și tot el îl trimite la INPS. Păstrați numărul pe care vi-l dă.

doc-carer-contract = Contractul îngrijitoarei (badante)
doc-carer-contract-what = Contractul de muncă al persoanei care îngrijește acasă, dacă nu este o rudă.
doc-carer-contract-where = L-ați semnat cu îngrijitoarea. Îl găsiți și pe site-ul INPS.

doc-debt-papers = Hârtiile despre datorii
doc-debt-papers-what = Contractele de împrumut, scrisorile de la bancă și somațiile de plată pentru taxe (cartelle).
doc-debt-papers-where = Strângeți-le pe cele pe care le aveți acasă. Banca vă poate da un rezumat.

doc-centre-statement = Declarația centrului antiviolență
doc-centre-statement-what = O foaie de la centrul antiviolență care spune că vă sprijină.
doc-centre-statement-where = Cereți-o la centrul antiviolență. Numărul 1522 vă pune în legătură cu un centru.

doc-birth-certificate = Certificatul de naștere (atto di nascita)
doc-birth-certificate-what = Documentul din țara dumneavoastră cu locul și data nașterii, tradus și legalizat.
doc-birth-certificate-where = Îl cereți în țara dumneavoastră sau la consulat.

doc-criminal-record = Cazierul judiciar din țara dumneavoastră
doc-criminal-record-what = Documentul care spune dacă aveți condamnări în țara dumneavoastră, tradus și legalizat.
doc-criminal-record-where = Îl cereți în țara dumneavoastră sau la consulat.

doc-italian-b1 = Certificat de limba italiană B1
doc-italian-b1-what = Certificatul care arată că știți limba italiană la nivelul B1.
doc-italian-b1-where = Îl dau școlile pentru adulți (CPIA) și unele instituții recunoscute.

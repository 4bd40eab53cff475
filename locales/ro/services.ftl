# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Biroul social al primăriei (Sportello Sociale)
provider-pua = Punctul unic de acces (Porta Unica di Accesso, PUA)
provider-inps = INPS (institutul italian de asigurări sociale), și prin intermediul unui CAF sau patronato
provider-caf-patronato = CAF sau patronato (birouri care ajută gratuit cu actele)
provider-centro-impiego = Centrul pentru ocuparea forței de muncă (Centro per l'impiego)
provider-sportello-stranieri = Biroul pentru străini (Sportello Stranieri)
provider-centro-antiviolenza = Centrul antiviolență (Centro antiviolenza)
provider-asst = Autoritatea sanitară locală (Azienda sanitaria, ASST)
provider-caritas = Caritas și banca de alimente (banco alimentare)
provider-ufficio-scuola = Biroul pentru școli al primăriei (Ufficio scuola)
provider-cpia = Școala pentru adulți (CPIA)
provider-comune = Birourile primăriei (Comune)
provider-emergency = Numere de urgență

time-now = Imediat
time-days = Câteva zile
time-weeks = Câteva săptămâni
time-months = Câteva luni
time-call = Când primăria deschide perioada de depunere a cererilor (bando), de obicei o dată pe an

svc-first-listening = Prima discuție la Biroul social (Sportello Sociale)
svc-first-listening-gives = O întâlnire în care vă povestiți situația. Cei de acolo vă ascultă, vă explică drepturile pe care le aveți și vă spun unde să mergeți. Este gratuit.
svc-first-listening-for = Pentru toată lumea, și pentru cei care nu știu de unde să înceapă.

svc-social-worker = Programare la asistentul social
svc-social-worker-gives = Asistentul social vă cunoaște situația și face împreună cu dumneavoastră un plan de ajutor.
svc-social-worker-for = Pentru cei care sunt într-o situație grea și au nevoie de mai multe ajutoare în același timp.

svc-home-care = Îngrijire la domiciliu (SAD)
svc-home-care-gives = Un lucrător social vine acasă. Ajută la spălat, la îmbrăcat și la curățenia casei.
svc-home-care-for = Pentru cei care nu mai reușesc să facă singuri lucrurile de zi cu zi.

svc-meals-at-home = Mese la domiciliu
svc-meals-at-home-gives = O masă caldă adusă acasă în fiecare zi. Prețul depinde de ISEE.
svc-meals-at-home-for = Pentru cei care nu mai reușesc să gătească singuri.

svc-telecare = Teleasistență (Telesoccorso)
svc-telecare-gives = Un aparat mic cu un buton. Dacă îl apăsați, un centru răspunde zi și noapte și trimite ajutor.
svc-telecare-for = Pentru cei care locuiesc singuri și pot avea nevoie de ajutor imediat.

svc-civil-invalidity = Cererea de invaliditate civilă (invalidità civile)
svc-civil-invalidity-gives = Recunoașterea faptului că o boală limitează viața. Deschide calea spre alte ajutoare și spre bani.
svc-civil-invalidity-for = Pentru cei care au o boală ce limitează viața de zi cu zi. Primul pas este certificatul medicului de familie.

svc-attendance-allowance = Indemnizația de însoțire (indennità di accompagnamento)
svc-attendance-allowance-gives = Bani în fiecare lună de la INPS, pentru a plăti persoana care ajută. Nu depinde de venit.
svc-attendance-allowance-for = Pentru cei care au invaliditate de 100% și au nevoie de ajutor permanent. Se cere cu un nou certificat de la medic.

svc-day-centre = Centru de zi pentru vârstnici
svc-day-centre-gives = Un loc unde se petrece ziua. Există îngrijire, mese și activități. Seara fiecare se întoarce acasă.
svc-day-centre-for = Pentru vârstnicii care au nevoie de îngrijire în timpul zilei. Cererea trece prin PUA (punctul unic de acces).

svc-carer-allowance = Ajutor pentru cei care îngrijesc o rudă (Misura B2)
svc-carer-allowance-gives = Bani de la Regiune pentru cei care au grijă acasă de o persoană care nu se poate descurca singură.
svc-carer-allowance-for = Pentru cei care primesc indemnizația de însoțire sau au Legea 104 în situație gravă și sunt îngrijiți acasă de o rudă sau de o îngrijitoare (badante) cu contract. Cererea trece prin PUA.

svc-law-104-recognition = Cererea pentru Legea 104 (Legge 104)
svc-law-104-recognition-gives = Recunoașterea dizabilității. Dă dreptul la zile libere de la muncă și la alte ajutoare.
svc-law-104-recognition-for = Pentru persoanele cu dizabilități și pentru rudele lor.

svc-disabled-parking = Cardul de parcare pentru persoane cu dizabilități (contrassegno)
svc-disabled-parking-gives = Un card pentru mașină. Permite parcarea în locurile pentru persoane cu dizabilități.
svc-disabled-parking-for = Pentru cei care merg foarte greu sau nu văd.

svc-social-transport = Transport social
svc-social-transport-gives = O mașină sau un microbuz duce persoana la consultații, la terapii sau la centrul de zi.
svc-social-transport-for = Pentru cei care nu pot folosi singuri transportul public.

svc-targeted-employment = Angajare asistată (collocamento mirato)
svc-targeted-employment-gives = Ajutor pentru a găsi un loc de muncă potrivit. Firmele trebuie să angajeze persoane cu dizabilități.
svc-targeted-employment-for = Pentru persoanele cu invaliditate de cel puțin 46% care caută de lucru.

svc-school-assistant = Asistent la școală
svc-school-assistant-gives = Un educator ajută la școală un copil sau un tânăr cu dizabilități.
svc-school-assistant-for = Pentru elevii cu dizabilități. Este valabil de la grădiniță până la liceu.

svc-disability-day-centre = Centru de zi pentru persoane cu dizabilități
svc-disability-day-centre-gives = Un loc unde se petrece ziua, cu activități și îngrijire. Seara fiecare se întoarce acasă.
svc-disability-day-centre-for = Pentru adulții cu dizabilități care au nevoie de îngrijire în fiecare zi. Cererea trece prin PUA.

svc-invalidity-pension = Alocația sau pensia de invaliditate (assegno o pensione di invalidità)
svc-invalidity-pension-gives = Bani în fiecare lună de la INPS: alocația de la 74% invaliditate, pensia la 100%.
svc-invalidity-pension-for = Pentru persoanele între 18 și 66 de ani, cu invaliditate de cel puțin 74% și venit mic.

svc-child-benefit = Alocația unică pentru copii (Assegno Unico)
svc-child-benefit-gives = Bani în fiecare lună pentru fiecare copil, din luna a șaptea de sarcină până la 21 de ani. Cu ISEE se primește mai mult.
svc-child-benefit-for = Pentru toate familiile cu copii.

svc-nursery-bonus = Bonusul pentru creșă (Bonus asilo nido)
svc-nursery-bonus-gives = Bani de la INPS pentru a plăti creșa sau ajutorul acasă pentru copiii mici.
svc-nursery-bonus-for = Pentru familiile cu copii sub 3 ani. Cu un ISEE mic se primește mai mult.

svc-municipal-nursery = Creșa primăriei (asilo nido)
svc-municipal-nursery-gives = Un loc la creșă. Cine are un ISEE mic plătește mai puțin.
svc-municipal-nursery-for = Pentru familiile cu copii sub 3 ani.

svc-school-grant = Dote Scuola (ajutor pentru rechizite)
svc-school-grant-gives = Un voucher de la Regiune pentru a cumpăra cărți și rechizite pentru școală.
svc-school-grant-for = Pentru elevii de gimnaziu și de liceu, cu ISEE de până la 15.748 de euro.

svc-school-meals-discount = Reducere la cantina și la transportul școlar
svc-school-meals-discount-gives = Primăria cere mai puțini bani pentru cantina și microbuzul școlii.
svc-school-meals-discount-for = Pentru familiile cu copii la grădiniță, la școala primară sau la gimnaziu. Cine are un ISEE mic plătește mai puțin.

svc-family-centre = Centrul pentru familie
svc-family-centre-gives = Întâlniri și sfaturi pentru părinți, și în timpul sarcinii. Este gratuit.
svc-family-centre-for = Pentru mame, tați și pentru cei care așteaptă un copil.

svc-birth-bonus = Bonusul pentru nou-născuți
svc-birth-bonus-gives = 1.000 de euro pentru fiecare copil născut sau adoptat. Cererea trebuie făcută în cel mult 120 de zile de la naștere.
svc-birth-bonus-for = Pentru copiii născuți sau adoptați din 2025 încoace, în familii cu ISEE de până la 40.000 de euro.

svc-inclusion-allowance = Alocația de incluziune (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = Bani în fiecare lună și un parcurs împreună cu serviciile sociale pentru a ieși din sărăcie.
svc-inclusion-allowance-for = Pentru familiile cu ISEE de până la 10.140 de euro, în care există un minor, o persoană cu dizabilități sau o persoană de peste 60 de ani. Sunt necesari 5 ani în Italia. Cei care vin din afara Uniunii Europene trebuie să aibă permis pe termen lung sau protecție.

svc-training-support = Sprijin pentru formare și muncă (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 de euro pe lună cât timp urmați un curs sau un proiect de muncă.
svc-training-support-for = Pentru persoanele între 18 și 59 de ani fără loc de muncă, cu ISEE de până la 10.140 de euro. Se aplică aceleași reguli ca la ADI pentru anii în Italia și pentru permis.

svc-unemployment-benefit = NASpI (indemnizația de șomaj)
svc-unemployment-benefit-gives = Bani în fiecare lună de la INPS după încetarea muncii. Cererea trebuie făcută în cel mult 68 de zile.
svc-unemployment-benefit-for = Pentru cei care și-au pierdut locul de muncă fără voia lor.

svc-job-centre = Centrul pentru ocuparea forței de muncă (Centro per l'impiego)
svc-job-centre-gives = Ajutor la căutarea unui loc de muncă, cursuri gratuite și înscrierea ca șomer.
svc-job-centre-for = Pentru cei care caută de lucru.

svc-energy-bonus = Bonusul social pentru curent, gaz și apă (bonus sociale)
svc-energy-bonus-gives = O reducere la facturi. Vine automat când faceți ISEE-ul.
svc-energy-bonus-for = Pentru familiile cu ISEE de până la 9.530 de euro sau de până la 20.000 de euro dacă au cel puțin 4 copii.

svc-isee-help = Faceți ISEE-ul gratuit
svc-isee-help-gives = Un CAF (centru de asistență fiscală) vă calculează ISEE-ul fără să vă ceară bani. ISEE-ul este necesar pentru aproape toate ajutoarele.
svc-isee-help-for = Pentru cei care nu au încă ISEE-ul pe anul acesta sau nu știu dacă îl au.

svc-food-aid = Ajutor cu mâncare
svc-food-aid-gives = Pachete cu mâncare sau un card pentru magazinul social (emporio solidale). Chiar și imediat.
svc-food-aid-for = Pentru cei care nu au destulă mâncare.

svc-emergency-grant = Ajutor în bani de la primărie (contributo economico)
svc-emergency-grant-gives = Un ajutor în bani, o singură dată, pentru cheltuieli urgente, cum ar fi facturi sau mâncare.
svc-emergency-grant-for = Pentru cei care au o problemă urgentă cu banii. Decide asistentul social.

svc-rent-support = Ajutor pentru chirie (contributo per l'affitto)
svc-rent-support-gives = Bani pentru a plăti o parte din chirie. Îi dă primăria împreună cu Regiunea.
svc-rent-support-for = Pentru cei care plătesc chirie și au un ISEE de până la 26.000 de euro.

svc-arrears-fund = Fondul pentru chiria neplătită (morosità incolpevole)
svc-arrears-fund-gives = Bani pentru a plăti chiria restantă și a opri evacuarea.
svc-arrears-fund-for = Pentru cei care nu reușesc să plătească chiria pentru că și-au pierdut locul de muncă sau venitul.

svc-social-housing = Locuință socială (casa popolare, SAP)
svc-social-housing-gives = O locuință cu chirie mică. Cererea se face când se deschide perioada de depunere (bando).
svc-social-housing-for = Pentru familiile fără locuință proprie și cu ISEE de până la 16.000 de euro.

svc-housing-emergency = Urgență locativă (emergenza casa)
svc-housing-emergency-gives = Un loc unde să stați o perioadă, cât timp căutați o locuință.
svc-housing-emergency-for = Pentru cei care sunt pe cale să-și piardă locuința sau nu au una.

svc-night-shelter = Loc de dormit la noapte
svc-night-shelter-gives = Un pat pentru noapte, un duș și o masă. Îl găsește serviciul social de urgență (Pronto Intervento Sociale), și noaptea.
svc-night-shelter-for = Pentru cei care nu au la noapte un loc sigur unde să doarmă.

svc-family-doctor = Înscrierea la serviciul sanitar și la un medic de familie
svc-family-doctor-gives = Un medic de familie gratuit și cardul de sănătate (tessera sanitaria).
svc-family-doctor-for = Pentru cei care locuiesc în Italia și nu au încă medic. Este valabil și cu recipisa (ricevuta) de reînnoire a permisului.

svc-stp-code = Codul STP pentru îngrijiri medicale
svc-stp-code-gives = Un cod pentru a primi îngrijiri urgente și esențiale, chiar și fără permis. Nimeni nu vă denunță.
svc-stp-code-for = Pentru străinii fără permis de ședere (permesso di soggiorno) valabil.

svc-home-nursing = Îngrijire medicală acasă (ADI)
svc-home-nursing-gives = Asistente medicale și medici vin acasă. Este nevoie de cererea medicului de familie. PUA (punctul unic de acces) organizează vizita de evaluare.
svc-home-nursing-for = Pentru cei care nu pot ieși din casă ca să se trateze.

svc-mental-health-centre = Centrul de sănătate mintală (CPS)
svc-mental-health-centre-gives = Psihologi și medici care ascultă și tratează. Este gratuit.
svc-mental-health-centre-for = Pentru adulții cu anxietate, tristețe puternică sau alte probleme de sănătate mintală.

svc-addiction-service = Serviciul pentru dependențe (SerD)
svc-addiction-service-gives = Ajutor și tratament pentru alcool, droguri sau jocuri de noroc. Este gratuit și confidențial, chiar și fără să vă spuneți numele.
svc-addiction-service-for = Pentru cei care au o dependență și pentru rudele lor.

svc-consultorio = Centrul de sănătate pentru familie (consultorio familiare)
svc-consultorio-gives = Consultații și sfaturi despre sarcină, contracepție și sănătatea femeii. Este gratuit.
svc-consultorio-for = Pentru femei, cupluri și tineri.

svc-permit-renewal = Reînnoirea permisului de ședere (permesso di soggiorno)
svc-permit-renewal-gives = Ajutor pentru pregătirea cererii. Cererea se trimite cu kitul de la Poștă (Poste).
svc-permit-renewal-for = Pentru cei care au un permis care expiră sau a expirat. Faceți cererea înainte să expire.

svc-family-reunification = Reîntregirea familiei (ricongiungimento familiare)
svc-family-reunification-gives = Ajutor pentru a cere permisiunea de a aduce în Italia soțul sau soția, copiii sau părinții.
svc-family-reunification-for = Pentru cei care au un permis valabil, un venit și o locuință potrivită.

svc-long-term-permit = Permisul pe termen lung (permesso di lungo periodo)
svc-long-term-permit-gives = Un permis care nu expiră. Este necesar examenul de limba italiană de nivel A2.
svc-long-term-permit-for = Pentru cei care locuiesc în Italia cu permis de cel puțin 5 ani și au un venit.

svc-italian-course = Curs gratuit de limba italiană
svc-italian-course-gives = Lecții de limba italiană pentru adulți, cu un certificat la sfârșit.
svc-italian-course-for = Pentru adulții străini care vor să învețe limba italiană.

svc-migrant-legal-advice = Consultanță juridică pentru străini
svc-migrant-legal-advice-gives = Un specialist vă explică ce puteți face pentru permis sau pentru azil. Este gratuit.
svc-migrant-legal-advice-for = Pentru cei care nu au un permis valabil sau așteaptă răspunsul la cererea de azil.

svc-emergency-112 = Numărul de urgență 112
svc-emergency-112-gives = Poliția, carabinierii și ambulanța. Răspunde mereu, și în alte limbi.
svc-emergency-112-for = Pentru cei care sunt în pericol acum.

svc-helpline-1522 = Numărul antiviolență 1522
svc-helpline-1522-gives = Un număr gratuit care răspunde zi și noapte, și în alte limbi. Nu apare pe factura de telefon.
svc-helpline-1522-for = Pentru cei care suferă violență sau cărora le este frică, și pentru cei care vor să ajute.

svc-anti-violence-centre = Centrul antiviolență (centro antiviolenza)
svc-anti-violence-centre-gives = Femei cu experiență vă ascultă și vă ajută. Este gratuit și secret. Dumneavoastră decideți ce faceți.
svc-anti-violence-centre-for = Pentru femeile care suferă violență, chiar și fără plângere la poliție.

svc-safe-house = Casă de refugiu (casa rifugio)
svc-safe-house-gives = Un loc sigur și secret unde puteți sta, și împreună cu copiii.
svc-safe-house-for = Pentru cei care trebuie să plece de acasă ca să fie în siguranță.

svc-children-protection = Sprijin pentru copii
svc-children-protection-gives = Ajutor pentru copiii care văd sau trăiesc violența în casă.
svc-children-protection-for = Pentru familiile cu copii implicați.

svc-free-lawyer = Avocat gratuit
svc-free-lawyer-gives = Un avocat plătit de stat, indiferent de venit.
svc-free-lawyer-for = Pentru cei care suferă violență în familie sau hărțuire (stalking). Centrul antiviolență ajută la găsirea unui avocat.

svc-universal-benefit = Prestația universală (Prestazione universale)
svc-universal-benefit-gives = 850 de euro în plus pe lună, pe lângă indemnizația de însoțire, pentru a plăti persoana care îngrijește acasă.
svc-universal-benefit-for = Pentru cei care au cel puțin 80 de ani, indemnizația de însoțire și un ISEE de până la 6.000 de euro.

svc-social-pension = Alocația socială (Assegno sociale)
svc-social-pension-gives = Bani în fiecare lună de la INPS pentru cei care au puțin sau nimic din ce să trăiască.
svc-social-pension-for = Pentru cei care au cel puțin 67 de ani și venituri mici. Sunt necesari 10 ani în Italia.

svc-residential-care = Cămine de îngrijire (RSA) și internări temporare (ricoveri di sollievo)
svc-residential-care-gives = Un loc într-un cămin cu îngrijire, pentru totdeauna sau pentru câteva săptămâni, ca familia să se poată odihni.
svc-residential-care-for = Pentru cei care nu mai pot sta singuri acasă. Cererea trece prin PUA, care face o evaluare.

svc-care-worker-help = Ajutor pentru a găsi o îngrijitoare (badante)
svc-care-worker-help-gives = Biroul vă ajută să găsiți o îngrijitoare bună și să faceți contractul.
svc-care-worker-help-for = Pentru familiile care caută pe cineva care să îngrijească acasă o persoană în vârstă.

svc-measure-b1 = Misura B1 (dizabilitate foarte gravă)
svc-measure-b1-gives = Bani în fiecare lună și un proiect de îngrijire, pentru cei care îngrijesc acasă o persoană cu dizabilitate foarte gravă.
svc-measure-b1-for = Pentru cei care primesc indemnizația de însoțire și au nevoie de îngrijire zi și noapte. Evaluarea o face autoritatea sanitară locală (Azienda sanitaria).

svc-support-administrator = Administrator de sprijin (amministratore di sostegno)
svc-support-administrator-gives = Judecătorul numește o persoană, de multe ori o rudă, care ajută la administrarea banilor și a actelor. Nu este nevoie de avocat.
svc-support-administrator-for = Pentru cei care nu mai reușesc să se ocupe singuri de bani și de acte.

svc-ticket-exemption = Scutirea de plata ticket-ului (esenzione dal ticket)
svc-ticket-exemption-gives = Nu plătiți taxa (ticket) pentru consultații și analize.
svc-ticket-exemption-for = Pentru copiii sub 6 ani și persoanele de la 65 de ani în sus, cu un venit al familiei de până la 36.152 de euro. Și pentru cei fără loc de muncă sau cu pensie minimă, cu venit mic.

svc-attendance-frequency = Indemnizația de frecvență (indennità di frequenza)
svc-attendance-frequency-gives = Bani în fiecare lună de la INPS, în lunile în care copilul merge la școală sau face terapii.
svc-attendance-frequency-for = Pentru minorii cu dificultăți de lungă durată, care merg la școală sau la terapie.

svc-uonpia = Neuropsihiatrie pentru copii (UONPIA)
svc-uonpia-gives = Medici și terapeuți pentru copii și tineri cu dificultăți de dezvoltare, de comportament sau de dispoziție. Este gratuit.
svc-uonpia-for = Pentru copii și tineri de până la 17 ani.

svc-maternity-allowance = Alocația de maternitate de la primărie (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Bani pentru mama care nu are alte ajutoare de maternitate sau are puține. Cererea se face la primărie în cel mult 6 luni de la naștere.
svc-maternity-allowance-for = Pentru mamele cu ISEE de până la 20.382 de euro. Pentru cele din afara Uniunii Europene este necesar permisul pe termen lung sau protecția.

svc-dedicated-card = Cardul pentru cumpărături (Carta Dedicata a te)
svc-dedicated-card-gives = Un card cu bani pentru cumpărături de mâncare. Nu se face cerere: primăria alege familiile din listele INPS.
svc-dedicated-card-for = Pentru familiile de cel puțin 3 persoane cu ISEE de până la 15.000 de euro și fără alte ajutoare, cum ar fi ADI.

svc-over-indebtedness = Ajutor pentru datorii (sovraindebitamento)
svc-over-indebtedness-gives = Un specialist ajută la un plan pentru a plăti datoriile cât se poate. Uneori judecătorul șterge o parte din ele.
svc-over-indebtedness-for = Pentru cei care au datorii pe care nu le mai pot plăti.

svc-registered-residence = Rezidența în localitate (residenza)
svc-registered-residence-gives = Înscrierea în registrul populației al primăriei (anagrafe). Cine nu are locuință poate avea rezidența la o adresă a primăriei.
svc-registered-residence-for = Pentru cei care locuiesc în localitate și nu au încă rezidența. Fără rezidență, multe ajutoare nu se pot primi.

svc-psychologist-bonus = Bonusul pentru psiholog (bonus psicologo)
svc-psychologist-bonus-gives = Bani pentru a plăti câteva ședințe la un psiholog. Cererea se face când se deschide perioada de depunere (bando).
svc-psychologist-bonus-for = Pentru cei cu anxietate, tristețe sau stres, cu ISEE de până la 50.000 de euro.

svc-italian-citizenship = Cetățenia italiană
svc-italian-citizenship-gives = Ajutor pentru a face cererea ca să deveniți cetățean italian.
svc-italian-citizenship-for = Pentru cei care au rezidența în Italia de 10 ani, de 5 ani pentru refugiați, de 4 ani pentru cetățenii Uniunii Europene. Este necesară limba italiană la nivelul B1.

svc-freedom-income = Venitul de libertate (Reddito di libertà)
svc-freedom-income-gives = Până la 500 de euro pe lună timp de un an, pentru a începe din nou o viață independentă.
svc-freedom-income-for = Pentru femeile care ies dintr-o situație de violență. Sunt sprijinite de un centru antiviolență împreună cu primăria.

svc-violence-permit = Permis de ședere pentru cei care suferă violență
svc-violence-permit-gives = Un permis care nu depinde de partener. Îi protejează pe cei care fac plângere sau cer ajutor la centrul antiviolență.
svc-violence-permit-for = Pentru persoanele străine care suferă violență în familie.

svc-food-aid-urgent = Chiar azi: mergeți la Caritas sau la Biroul social (Sportello Sociale). Vă dau mâncare chiar și fără documente.
svc-night-shelter-urgent = La noapte: sunați la serviciul social de urgență al primăriei (Pronto Intervento Sociale), care răspunde și noaptea. Sau mergeți azi la Biroul social (Sportello Sociale).
svc-emergency-112-urgent = În pericol acum: sunați la 112. Răspunde mereu, și în alte limbi.
svc-helpline-1522-urgent = Sunați la 1522: este gratuit, răspunde zi și noapte, și în alte limbi. Puteți scrie și pe chat.
svc-anti-violence-centre-urgent = Centrul antiviolență ascultă și ajută, chiar și fără plângere la poliție. Numărul 1522 vă pune în legătură cu un centru.
svc-safe-house-urgent = Dacă nu puteți rămâne acasă, numărul 1522 și centrul antiviolență găsesc un loc sigur chiar și azi.

rule-needs-personal-care = Este nevoie de ajutor la spălat, la treburile casei sau la deplasare.
rule-cannot-cook = Este nevoie de ajutor la gătit.
rule-lives-alone = Este pentru cei care locuiesc singuri.
rule-may-need-quick-help = Este pentru cei care pot avea nevoie de ajutor imediat.
rule-invalidity-not-recognised = Este pentru cei care nu au încă invaliditatea recunoscută.
rule-over-65 = Este pentru cei care au cel puțin 65 de ani.
rule-needs-care-during-day = Este nevoie de îngrijire în timpul zilei.
rule-law-104-not-recognised = Este pentru cei care nu au încă recunoașterea după Legea 104.
rule-hard-to-move-around = Este pentru cei care se deplasează sau parchează cu greutate.
rule-needs-transport = Este pentru cei care au nevoie de transport.
rule-wants-work = Este pentru cei care caută de lucru.
rule-working-age = Este pentru cei care au între 16 și 66 de ani.
rule-needs-school-support = Este pentru cei care au nevoie de ajutor la școală.
rule-school-age = Este pentru cei care au între 3 și 20 de ani.
rule-needs-daily-care = Este pentru cei care au nevoie de îngrijire în fiecare zi.
rule-adult = Este pentru cei care au cel puțin 18 ani.
rule-age-18-to-66 = Este pentru cei care au între 18 și 66 de ani.
rule-has-children-or-expecting = Este pentru cei care au copii sau așteaptă un copil.
rule-child-under-3 = Este pentru cei care au un copil sub 3 ani.
rule-needs-childcare = Este pentru cei care au nevoie de cineva care să aibă grijă de copii.
rule-isee-up-to-15748 = Este necesar un ISEE de până la 15.748 de euro.
rule-parenting-or-expecting = Este pentru părinții care vor ajutor și pentru cei care așteaptă un copil.
rule-isee-up-to-40000 = Este necesar un ISEE de până la 40.000 de euro.
rule-household-with-minor-disabled-or-over-60 = În familie trebuie să existe un minor, o persoană cu dizabilități sau o persoană de peste 60 de ani.
rule-isee-up-to-10140 = Este necesar un ISEE de până la 10.140 de euro.
rule-age-18-to-59 = Este pentru cei care au între 18 și 59 de ani.
rule-without-work = Este pentru cei care nu lucrează.
rule-lost-job = Este pentru cei care și-au pierdut locul de muncă.
rule-not-by-choice = Locul de muncă trebuie să fi fost pierdut fără voia persoanei.
rule-age-16-to-66 = Este pentru cei care au între 16 și 66 de ani.
rule-no-isee-yet = Este pentru cei care nu au încă ISEE.
rule-not-enough-food = Este pentru cei care nu au destulă mâncare.
rule-cannot-pay-basics = Este pentru cei care nu reușesc să plătească mâncarea sau facturile.
rule-pays-rent = Este pentru cei care locuiesc cu chirie.
rule-isee-up-to-26000 = Este necesar un ISEE de până la 26.000 de euro.
rule-no-own-home = Este pentru cei care nu au o locuință proprie.
rule-isee-up-to-16000 = Este necesar un ISEE de până la 16.000 de euro.
rule-losing-home = Este pentru cei care sunt pe cale să-și piardă locuința sau nu au una.
rule-nowhere-to-sleep = Este pentru cei care nu au unde să doarmă la noapte.
rule-no-family-doctor = Este pentru cei care nu au medic de familie.
rule-can-register-with-health-service = Este necesară cetățenia europeană sau un permis valabil.
rule-without-valid-permit = Este pentru cei care nu au un permis valabil.
rule-needs-care-at-home = Este pentru cei care au nevoie de îngrijire acasă.
rule-mental-health = Este pentru cei care au probleme de sănătate mintală.
rule-addiction = Este pentru cei care au o dependență.
rule-pregnancy-or-family-health = Este pentru sarcină și sănătatea femeii.
rule-permit-expiring-or-expired = Este pentru cei care au un permis care expiră sau a expirat.
rule-family-abroad = Este pentru cei care vor să-și aducă familia în Italia.
rule-valid-permit = Este necesar un permis valabil.
rule-five-years-in-italy = Sunt necesari cel puțin 5 ani în Italia.
rule-learning-italian = Este pentru cei care vor să învețe limba italiană.
rule-without-valid-permit-or-asylum = Este pentru cei care nu au un permis valabil sau au cerut azil.
rule-in-danger-now = Este pentru cei care sunt în pericol acum.
rule-no-safe-place = Este pentru cei care nu au un loc sigur unde să meargă.
rule-children-involved = Este pentru cei care au copii implicați.
rule-resident-here = Este necesară rezidența în localitate.
rule-permit-for-municipal-services = Cine nu este din Uniunea Europeană trebuie să aibă un permis. Este bună și recipisa (ricevuta) de reînnoire.
rule-needs-constant-care = Este pentru cei care au nevoie de cineva mereu aproape.
rule-invalidity-100-or-pending = Este necesară invaliditatea de 100%, chiar dacă cererea este în curs.
rule-over-80 = Este pentru cei care au cel puțin 80 de ani.
rule-has-attendance-allowance = Este necesară indemnizația de însoțire.
rule-isee-up-to-6000 = Este necesar un ISEE de până la 6.000 de euro.
rule-age-67-or-more = Este pentru cei care au cel puțin 67 de ani.
rule-income-up-to-583-a-month = Veniturile trebuie să fie de cel mult aproximativ 583 de euro pe lună.
rule-ten-years-in-italy = Sunt necesari cel puțin 10 ani în Italia.
rule-permit-for-social-pension = Pentru cei din afara Uniunii Europene este necesar permisul pe termen lung sau protecția.
rule-severe-disability = Este necesară indemnizația de însoțire sau Legea 104 în situație gravă.
rule-has-carer = Este nevoie de o rudă sau de o îngrijitoare (badante) care îngrijește acasă.
rule-cannot-manage-money = Este pentru cei care nu reușesc să se descurce fără ajutor cu banii și cu hârtiile.
rule-under-6-or-over-65 = Este pentru copiii sub 6 ani și pentru cei care au cel puțin 65 de ani.
rule-invalidity-46-or-more = Este necesară o invaliditate de cel puțin 46%.
rule-minor = Este pentru cei care au sub 18 ani.
rule-needs-school-or-care = Este pentru cei care au nevoie de ajutor la școală sau de îngrijire în fiecare zi.
rule-no-attendance-allowance = Nu se poate primi împreună cu indemnizația de însoțire.
rule-invalidity-74-or-more = Este necesară o invaliditate de cel puțin 74%.
rule-child-mind-or-development = Este pentru dificultăți de dezvoltare, la școală sau de dispoziție.
rule-child-at-secondary-school = Este pentru cei care au un copil la gimnaziu sau la liceu.
rule-child-3-to-13 = Este pentru cei care au un copil între 3 și 13 ani.
rule-baby-born-recently = Este pentru un copil născut sau adoptat de curând.
rule-isee-up-to-20382 = Este necesar un ISEE de până la 20.382 de euro.
rule-permit-for-inclusion = Pentru cei din afara Uniunii Europene este necesar permisul pe termen lung sau protecția.
rule-isee-for-energy-bonus = Este necesar un ISEE de până la 9.530 de euro sau de până la 20.000 de euro cu cel puțin 4 copii.
rule-isee-up-to-15000 = Este necesar un ISEE de până la 15.000 de euro.
rule-household-of-3-or-more = Este pentru familiile de cel puțin 3 persoane.
rule-cannot-repay-debts = Este pentru cei care au datorii pe care nu reușesc să le plătească.
rule-not-resident = Este pentru cei care nu au încă rezidența în localitate.
rule-isee-up-to-50000 = Este necesar un ISEE de până la 50.000 de euro.
rule-valid-permit-not-long-term = Este necesar un permis valabil, care să nu fie deja pe termen lung.
rule-years-for-citizenship = Sunt necesari 10 ani de rezidență în Italia. Pentru refugiați ajung 5 ani, iar pentru cetățenii Uniunii Europene 4 ani.
rule-needs-money-to-leave = Este pentru cei care au nevoie de bani ca să trăiască pe cont propriu.
rule-not-eu-citizen = Este pentru cei care vin din afara Uniunii Europene.
rule-isee-for-b2 = Este necesar un ISEE de până la 25.000 de euro sau de până la 40.000 de euro pentru un minor.
rule-has-eviction-notice = Este pentru cei care au primit un act de evacuare (sfratto) pentru că nu reușesc să plătească.
rule-permit-for-family-benefits = Cine nu este din Uniunea Europeană trebuie să aibă un permis care îi permite să lucreze.
rule-income-for-ticket = Veniturile trebuie să fie de cel mult aproximativ 2.780 de euro pe lună.
rule-age-17-or-more = Este pentru cei care au cel puțin 17 ani.

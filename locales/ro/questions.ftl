# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Da
answer-no = Nu
answer-dont-know = Nu știu

unit-years = ani
unit-euro = euro
unit-children = copii
unit-euro-month = euro pe lună
unit-people = persoane
unit-years-count = { $count ->
    [one] an
    [few] ani
   *[other] de ani
  }
unit-euro-count = { $count ->
    [one] euro
    [few] euro
   *[other] de euro
  }
unit-children-count = { $count ->
    [one] copil
    [few] copii
   *[other] de copii
  }
unit-euro-month-count = { $count ->
    [one] euro pe lună
    [few] euro pe lună
   *[other] de euro pe lună
  }
unit-people-count = { $count ->
    [one] persoană
    [few] persoane
   *[other] de persoane
  }
number-thousands-separator = .

q-age = { $who ->
    [me] Câți ani aveți?
   *[other] Câți ani are persoana pe care o ajutați?
  }
q-age-short = Vârsta
q-age-why = Unele ajutoare sunt doar pentru persoanele de o anumită vârstă.

q-lives-alone = { $who ->
    [me] Locuiți singur sau singură?
   *[other] Persoana locuiește singură?
  }
q-lives-alone-short = Locuiește singur(ă)

q-daily-help = { $who ->
    [me] Ce vă este greu să faceți fără ajutor, acum?
   *[other] Ce îi este greu persoanei să facă fără ajutor, acum?
  }
q-daily-help-short = Ce este greu
q-daily-help-washing = Spălatul și îmbrăcatul
q-daily-help-meals = Gătitul și mâncatul
q-daily-help-housework = Curățenia în casă
q-daily-help-moving = Mersul prin casă sau ieșitul din casă
q-daily-help-medicines = Luatul medicamentelor
q-daily-help-none = Nimic din toate acestea

q-alone-risk = { $who ->
    [me] Vi se întâmplă să aveți nevoie de ajutor imediat, de exemplu după o cădere?
   *[other] I se întâmplă persoanei să aibă nevoie de ajutor imediat, de exemplu după o cădere?
  }
q-alone-risk-short = Poate avea nevoie de ajutor imediat
q-alone-risk-why = Cine locuiește singur poate avea un aparat cu care cheamă ajutor apăsând un singur buton.

q-invalidity = { $who ->
    [me] Aveți o invaliditate civilă recunoscută (invalidità civile)?
   *[other] Persoana are o invaliditate civilă recunoscută (invalidità civile)?
  }
q-invalidity-short = Invaliditate civilă
q-invalidity-100-attendance = { $who ->
    [me] Da, 100% și primesc indemnizația de însoțire (indennità di accompagnamento)
   *[other] Da, 100% și primește indemnizația de însoțire (indennità di accompagnamento)
  }
q-invalidity-100 = Da, 100%, fără indemnizația de însoțire
q-invalidity-74-99 = Da, între 74% și 99%
q-invalidity-46-73 = Da, între 46% și 73%
q-invalidity-34-45 = Da, între 34% și 45%
q-invalidity-pending = { $who ->
    [me] Am făcut cererea, aștept răspunsul
   *[other] A făcut cererea, așteaptă răspunsul
  }
q-invalidity-no = Nu
q-invalidity-term-title = Ce înseamnă invaliditate civilă?
q-invalidity-term = Este recunoașterea faptului că o boală limitează viața de zi cu zi. O stabilește o comisie medicală a INPS (institutul italian de asigurări sociale) și o scrie ca procent în decizie (verbale). Dă dreptul la ajutoare și la bani.

q-carer = { $who ->
    [me] O rudă sau o îngrijitoare (badante) are grijă de dumneavoastră acasă?
   *[other] Dumneavoastră, o rudă sau o îngrijitoare (badante) aveți grijă de persoană acasă?
  }
q-carer-short = Cine are grijă acasă

q-has-isee = { $who ->
    [me] Aveți un ISEE valabil pentru anul acesta?
   *[other] Familia persoanei are un ISEE valabil pentru anul acesta?
  }
q-has-isee-short = ISEE
q-has-isee-why = Multe ajutoare depind de ISEE. Dacă nu îl aveți, vă spunem unde îl puteți face gratuit.
q-has-isee-term-title = Ce este ISEE?
q-has-isee-term = Este un număr care arată cât are o familie: venituri, locuință, economii. Îl fac gratuit centrele CAF (centre de asistență fiscală). Este valabil până la 31 decembrie.

q-isee = { $who ->
    [me] Cât este ISEE-ul dumneavoastră?
   *[other] Cât este ISEE-ul persoanei?
  }
q-isee-short = Valoarea ISEE

q-law-104 = { $who ->
    [me] Aveți recunoașterea după Legea 104 (Legge 104)?
   *[other] Persoana are recunoașterea după Legea 104 (Legge 104)?
  }
q-law-104-short = Legea 104
q-law-104-term-title = Ce este Legea 104?
q-law-104-severe = Da, în situație gravă (articolul 3, alineatul 3)
q-law-104-term = Este legea despre persoanele cu dizabilități. Cu această recunoaștere se primesc zile libere de la muncă și alte ajutoare. Decizia (verbale) spune dacă situația este gravă.

q-disability-needs = { $who ->
    [me] La ce aveți nevoie de ajutor?
   *[other] La ce are nevoie persoana de ajutor?
  }
q-disability-needs-short = Ajutorul necesar
q-disability-needs-daily-care = Îngrijire zilnică, și în timpul zilei în afara casei
q-disability-needs-transport = Transport, de exemplu la consultații sau la centru
q-disability-needs-parking = Parcare aproape de locurile unde merge
q-disability-needs-work = Găsirea sau păstrarea unui loc de muncă
q-disability-needs-school = Mersul la școală
q-disability-needs-none = Nimic din toate acestea

q-children = { $who ->
    [me] Câți copii sub 21 de ani locuiesc cu dumneavoastră?
   *[other] Câți copii sub 21 de ani locuiesc cu persoana?
  }
q-children-short = Copii sub 21 de ani
q-children-why = Există ajutoare pentru fiecare copil. Dacă nu sunt copii, scrieți 0.

q-children-ages = { $who ->
    [me] Câți ani au copiii dumneavoastră? Alegeți toate vârstele potrivite.
   *[other] Câți ani au copiii persoanei? Alegeți toate vârstele potrivite.
  }
q-children-ages-short = Vârsta copiilor
q-children-ages-under-1 = Sub 1 an
q-children-ages-1-2 = 1 sau 2 ani (creșă)
q-children-ages-3-5 = Între 3 și 5 ani (grădiniță)
q-children-ages-6-10 = Între 6 și 10 ani (școala primară)
q-children-ages-11-13 = Între 11 și 13 ani (gimnaziu – scuola media)
q-children-ages-14-18 = Între 14 și 18 ani (liceu – scuola superiore)
q-children-ages-19-20 = 19 sau 20 de ani

q-newborn = { $who ->
    [me] Copilul s-a născut sau a venit în familie în ultimele 6 luni?
   *[other] Copilul s-a născut sau a venit în familia persoanei în ultimele 6 luni?
  }
q-newborn-short = Copil născut în ultimele 6 luni
q-newborn-why = Pentru unele ajutoare, cererea trebuie făcută în cel mult câteva luni de la naștere sau adopție.

q-pregnant = { $who ->
    [me] Așteptați un copil?
   *[other] Persoana așteaptă un copil?
  }
q-pregnant-short = Așteaptă un copil

q-family-needs = { $who ->
    [me] La ce aveți nevoie de ajutor cu copiii?
   *[other] La ce are nevoie persoana de ajutor cu copiii?
  }
q-family-needs-short = Ajutor cu copiii
q-family-needs-childcare = Cineva care să aibă grijă de copiii mici
q-family-needs-parenting = Sfaturi sau sprijin ca părinte
q-family-needs-none = Nimic din toate acestea

q-work-status = { $who ->
    [me] Lucrați acum?
   *[other] Persoana lucrează acum?
  }
q-work-status-short = Munca
q-work-status-employed = { $who ->
    [me] Da, lucrez
   *[other] Da, lucrează
  }
q-work-status-lost-job = { $who ->
    [me] Mi-am pierdut de curând locul de muncă
   *[other] Și-a pierdut de curând locul de muncă
  }
q-work-status-unemployed = { $who ->
    [me] Nu lucrez de mult timp
   *[other] Nu lucrează de mult timp
  }
q-work-status-retired = { $who ->
    [me] Sunt la pensie
   *[other] Este la pensie
  }
q-work-status-student = { $who ->
    [me] Studiez
   *[other] Studiază
  }

q-job-lost-involuntary = { $who ->
    [me] Ați pierdut locul de muncă fără să vreți?
   *[other] Persoana și-a pierdut locul de muncă fără să vrea?
  }
q-job-lost-involuntary-short = Locul de muncă pierdut fără voie
q-job-lost-involuntary-why = De exemplu o concediere sau un contract expirat. Cine își dă demisia de obicei nu primește NASpI (indemnizația de șomaj).

q-household = { $who ->
    [me] Cine locuiește cu dumneavoastră?
   *[other] Cine locuiește cu persoana?
  }
q-household-short = În familie există
q-household-minor = Un copil sub 18 ani
q-household-disabled = O persoană cu dizabilitate
q-household-over-60 = O persoană de peste 60 de ani
q-household-none = Niciuna dintre acestea
q-household-why = Alocația de incluziune (Assegno di Inclusione) este pentru familiile cu aceste persoane. Contează și vârsta celui care cere ajutorul.

q-food = { $who ->
    [me] Aveți destulă mâncare pentru zilele următoare?
   *[other] Persoana are destulă mâncare pentru zilele următoare?
  }
q-food-short = Mâncare pentru zilele următoare

q-bills = { $who ->
    [me] Vă este greu să plătiți facturile la curent, gaz sau apă?
   *[other] Persoanei îi este greu să plătească facturile la curent, gaz sau apă?
  }
q-bills-short = Greutăți cu facturile

q-housing-situation = { $who ->
    [me] Unde locuiți acum?
   *[other] Unde locuiește acum persoana?
  }
q-housing-situation-short = Unde locuiește
q-housing-situation-rent = Cu chirie
q-housing-situation-own = Într-o locuință proprie
q-housing-situation-guest = Găzduit(ă) la prieteni sau rude
q-housing-situation-no-home = { $who ->
    [me] Nu am locuință
   *[other] Nu are locuință
  }

q-sleep-tonight = { $who ->
    [me] Aveți un loc sigur unde să dormiți la noapte?
   *[other] Persoana are un loc sigur unde să doarmă la noapte?
  }
q-sleep-tonight-short = Loc de dormit la noapte

q-eviction = { $who ->
    [me] Ați primit un act de evacuare (sfratto)?
   *[other] Persoana a primit un act de evacuare (sfratto)?
  }
q-eviction-short = Evacuare (sfratto)
q-eviction-term-title = Ce este evacuarea (sfratto)?
q-eviction-term = Este actul prin care judecătorul ordonă părăsirea locuinței închiriate. De obicei vine după câteva luni de chirie neplătită.

q-rent-arrears = { $who ->
    [me] Sunteți în urmă cu plata chiriei?
   *[other] Persoana este în urmă cu plata chiriei?
  }
q-rent-arrears-short = În urmă cu plata chiriei

q-has-doctor = { $who ->
    [me] Aveți un medic de familie?
   *[other] Persoana are un medic de familie?
  }
q-has-doctor-short = Medic de familie

q-citizenship = { $who ->
    [me] Ce cetățenie aveți?
   *[other] Ce cetățenie are persoana?
  }
q-citizenship-short = Cetățenia
q-citizenship-italian = Italia
q-citizenship-eu = O altă țară din Uniunea Europeană
q-citizenship-non-eu = O țară din afara Uniunii Europene
q-citizenship-why = Pentru cei care vin din afara Uniunii Europene, unele reguli sunt diferite.

q-permit = { $who ->
    [me] Aveți un permis de ședere (permesso di soggiorno)?
   *[other] Persoana are un permis de ședere (permesso di soggiorno)?
  }
q-permit-short = Permis de ședere
q-permit-valid = Da, valabil
q-permit-long-term = Da, pe termen lung (nu expiră)
q-permit-refugee = Da, cu statut de refugiat
q-permit-subsidiary = Da, pentru protecție subsidiară
q-permit-asylum-seeker = { $who ->
    [me] Am cerut azil și aștept răspunsul
   *[other] A cerut azil și așteaptă răspunsul
  }
q-permit-receipt = { $who ->
    [me] Am cerut reînnoirea și am recipisa (ricevuta)
   *[other] A cerut reînnoirea și are recipisa (ricevuta)
  }
q-permit-expiring = Da, dar expiră în cel mult 2 luni
q-permit-expired = Da, dar a expirat
q-permit-none = Nu
q-permit-term-title = Ce este permisul de ședere?
q-permit-term = Este documentul care le permite celor din afara Uniunii Europene să rămână în Italia. Îl eliberează sediul poliției (Questura). Recipisa (ricevuta) de reînnoire este valabilă la fel ca permisul.

q-health-needs = { $who ->
    [me] De ce aveți nevoie pentru sănătate?
   *[other] De ce are nevoie persoana pentru sănătate?
  }
q-health-needs-short = Nevoi de sănătate
q-health-needs-home-care = Îngrijire acasă, de exemplu o asistentă medicală
q-health-needs-mental-health = Ajutor pentru anxietate, tristețe sau alte probleme de sănătate mintală
q-health-needs-addiction = Ajutor pentru alcool, droguri sau jocuri de noroc
q-health-needs-pregnancy = Sarcină, contracepție sau sănătatea femeii
q-health-needs-none = Nimic din toate acestea

q-years-italy = { $who ->
    [me] De câți ani locuiți în Italia?
   *[other] De câți ani locuiește persoana în Italia?
  }
q-years-italy-short = Ani în Italia
q-years-italy-why = Unele ajutoare cer un anumit număr de ani în Italia. După 5 ani se poate cere un permis care nu expiră.

q-family-abroad = { $who ->
    [me] Vreți să vă aduceți familia în Italia?
   *[other] Persoana vrea să își aducă familia în Italia?
  }
q-family-abroad-short = Familie de adus în Italia

q-italian-level = { $who ->
    [me] Cât de bine vorbiți limba italiană?
   *[other] Cât de bine vorbește persoana limba italiană?
  }
q-italian-level-short = Limba italiană
q-italian-level-none = Deloc
q-italian-level-basic = Puțin
q-italian-level-good = Bine

q-danger-now = { $who ->
    [me] Sunteți în pericol acum?
   *[other] Persoana este în pericol acum?
  }
q-danger-now-short = În pericol acum

q-safe-place = { $who ->
    [me] Aveți un loc sigur unde să mergeți, dacă trebuie să plecați de acasă?
   *[other] Persoana are un loc sigur unde să meargă, dacă trebuie să plece de acasă?
  }
q-safe-place-short = Loc sigur unde să meargă

q-children-involved = { $who ->
    [me] Sunt copii care văd sau trăiesc această violență?
   *[other] Sunt copii care văd sau trăiesc această violență?
  }
q-children-involved-short = Copii implicați

q-needs-constant-care = { $who ->
    [me] Aveți nevoie de cineva lângă dumneavoastră toată ziua, sau și noaptea?
   *[other] Persoana are nevoie de cineva lângă ea toată ziua, sau și noaptea?
  }
q-needs-constant-care-short = E nevoie de cineva mereu aproape
q-needs-constant-care-why = Cine nu poate rămâne singur poate primi mai multe ajutoare, în bani și în îngrijire.

q-manages-money = { $who ->
    [me] Reușiți să vă descurcați fără ajutor cu banii și cu hârtiile, de exemplu cu banca și facturile?
   *[other] Persoana reușește să se descurce fără ajutor cu banii și cu hârtiile, de exemplu cu banca și facturile?
  }
q-manages-money-short = Se descurcă cu banii și hârtiile
q-manages-money-why = Dacă o persoană nu mai reușește, judecătorul poate numi pe cineva care să o ajute.

q-municipality = { $who ->
    [me] În ce localitate (Comune) locuiți?
   *[other] În ce localitate (Comune) locuiește persoana?
  }
q-municipality-short = Localitatea unde locuiește
q-municipality-why = Fiecare primărie (Comune) îi ajută pe cei care locuiesc acolo. Așa vă arătăm mai întâi biroul din localitatea dumneavoastră.
q-municipality-other = O altă localitate, care nu este în această listă

q-resident = { $who ->
    [me] Aveți rezidența (residenza) în localitatea unde locuiți?
   *[other] Persoana are rezidența (residenza) în localitatea unde locuiește?
  }
q-resident-short = Rezidența în localitate
q-resident-why = Multe ajutoare ale primăriei sunt pentru cei care au rezidența acolo.
q-resident-term-title = Ce este rezidența (residenza)?
q-resident-term = Înseamnă a fi înscris în registrul populației (anagrafe) din localitatea în care locuiți. Se cere la biroul de evidență a populației (ufficio anagrafe). O poate avea și cine nu are locuință.

q-monthly-income = { $who ->
    [me] Câți bani primiți în fiecare lună, în total?
   *[other] Câți bani primește persoana în fiecare lună, în total?
  }
q-monthly-income-short = Venituri pe lună
q-monthly-income-why = Se socotesc pensia și orice alt venit. Cine are puțin poate primi un ajutor de la INPS.

q-household-size = { $who ->
    [me] Câte persoane locuiesc în casă, inclusiv dumneavoastră?
   *[other] Câte persoane locuiesc în casă, inclusiv persoana pe care o ajutați?
  }
q-household-size-short = Persoane în casă
q-household-size-why = Unele ajutoare sunt pentru familii de cel puțin 3 persoane.

q-debts = { $who ->
    [me] Aveți datorii pe care nu le mai puteți plăti?
   *[other] Persoana are datorii pe care nu le mai poate plăti?
  }
q-debts-short = Datorii care nu mai pot fi plătite

q-needs-money = { $who ->
    [me] Aveți nevoie de bani ca să trăiți pe cont propriu?
   *[other] Persoana are nevoie de bani ca să trăiască pe cont propriu?
  }
q-needs-money-short = E nevoie de bani pentru un nou început
q-needs-money-why = Există un ajutor în bani pentru cei care ies dintr-o situație de violență și vor să o ia de la capăt.

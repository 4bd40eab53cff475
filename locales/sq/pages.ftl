accessibility-title = Deklarata e aksesueshmërisë
accessibility-intro = Duam që të gjithë të mund ta përdorin Ponte. Edhe kush nuk sheh mirë, kush nuk dëgjon, kush përdor vetëm tastierën ose një lexues ekrani.
accessibility-status-heading = Ku jemi
accessibility-status-body =
    Faqja ndjek rregullat WCAG 2.2, niveli AA. Janë rregullat evropiane për faqet publike.
    Çdo faqe kontrollohet automatikisht pas çdo ndryshimi, në të gjitha gjuhët.
accessibility-how-heading = Çfarë mund të bëni
accessibility-how-body =
    Mund ta përdorni faqen vetëm me tastierë. Vendi ku ndodheni duket gjithmonë qartë.
    Mund ta zmadhoni tekstin deri në dyfishin e tij. Faqja përshtatet edhe me ekranet e vogla.
    Faqja funksionon edhe pa JavaScript dhe me ngjyrat e sistemit tuaj.
    Nëse kërkoni më pak lëvizje në ekran, faqja nuk përdor animacione.
accessibility-limits-heading = Çfarë nuk shkon ende
accessibility-limits-body =
    Faqja është e re dhe po e ndërtojmë ende. Disa pjesë nuk ekzistojnë ende.
    Nuk kemi bërë ende prova me njerëz që përdorin lexues ekrani. Do t'i bëjmë së shpejti.
accessibility-feedback-heading = Na tregoni çfarë nuk funksionon
accessibility-feedback-body =
    Nëse një pjesë e faqes nuk funksionon për ju, na e tregoni. Shkruajini Sportelit Social (Sportello Sociale) të Bashkisë (Comune) suaj ose shkoni personalisht.
    Do t'ju përgjigjemi brenda 30 ditëve.
accessibility-enforcement-heading = Nëse nuk merrni përgjigje
accessibility-enforcement-body =
    Nëse nuk merrni përgjigje, ose përgjigja nuk ju mjafton, mund t'i shkruani Mbrojtësit civil për dixhitalin (Difensore civico per il digitale) të AgID.
    AgID është Agjencia për Italinë Dixhitale (Agenzia per l'Italia Digitale).

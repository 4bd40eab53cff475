accessibility-title = Declarație de accesibilitate
accessibility-intro = Vrem ca toată lumea să poată folosi Ponte. Și persoanele care nu văd bine, care nu aud, care folosesc doar tastatura sau un cititor de ecran.
accessibility-status-heading = Unde am ajuns
accessibility-status-body =
    Site-ul respectă regulile WCAG 2.2, nivelul AA. Sunt regulile europene pentru site-urile publice.
    Fiecare pagină este verificată automat la fiecare modificare, în toate limbile.
accessibility-how-heading = Ce puteți face
accessibility-how-body =
    Puteți folosi site-ul doar cu tastatura. Locul în care vă aflați pe pagină se vede mereu bine.
    Puteți mări textul de până la două ori. Pagina se potrivește și pe ecrane mici.
    Site-ul funcționează și fără JavaScript și cu culorile sistemului dumneavoastră.
    Dacă cereți mai puțină mișcare pe ecran, site-ul nu folosește animații.
accessibility-limits-heading = Ce nu merge încă
accessibility-limits-body =
    Site-ul este nou și încă îl construim. Unele părți nu există încă.
    Încă nu am făcut teste cu persoane care folosesc un cititor de ecran. Le vom face curând.
accessibility-feedback-heading = Spuneți-ne ce nu funcționează
accessibility-feedback-body =
    Dacă o parte a site-ului nu funcționează pentru dumneavoastră, spuneți-ne. Scrieți la Biroul social (Sportello Sociale) al primăriei dumneavoastră sau mergeți acolo personal.
    Vă vom răspunde în cel mult 30 de zile.
accessibility-enforcement-heading = Dacă nu primiți răspuns
accessibility-enforcement-body =
    Dacă nu primiți răspuns sau răspunsul nu vă este de ajuns, puteți scrie la Apărătorul civic pentru digital al AgID (Difensore civico per il digitale).
    AgID este Agenția pentru Italia Digitală (Agenzia per l'Italia Digitale).


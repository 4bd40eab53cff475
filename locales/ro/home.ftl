home-title = Găsiți ajutorul potrivit
home-heading = Găsiți ajutorul potrivit pentru dumneavoastră
home-intro = Răspundeți la câteva întrebări. Vă spunem ce ajutoare puteți primi, ce să aduceți și unde să mergeți.
home-step-answer = Răspundeți la întrebări simple, una câte una.
home-step-learn = Aflați ce ajutoare vi se potrivesc și de ce.
home-step-book = Faceți o programare la cel mai apropiat birou.
home-reassure = Este gratuit. Nu trebuie să vă faceți un cont. Vă puteți întoarce și puteți schimba răspunsurile oricând doriți.

who-legend = Cine are nevoie de ajutor?
who-me = Eu
who-other = O persoană pe care o ajut

area-legend = Pentru ce căutați ajutor?
start-continue = Continuați
start-error-who = Alegeți cine are nevoie de ajutor.
start-error-area = Alegeți pentru ce căutați ajutor.

next-heading = Ce urmează acum

urgent-heading = Sunteți în pericol acum?
urgent-body = Sunați la 112. Pentru violență sunați la 1522: este gratuit, răspunde zi și noapte, și în alte limbi.

home-first-step-heading = Nu știți de unde să începeți?
home-first-step-body = Faceți o programare pentru o primă discuție la Biroul social (Sportello Sociale). Vă povestiți situația, iar cei de acolo vă ajută să înțelegeți ce puteți face.
home-first-step-link = Găsiți Biroul social (Sportello Sociale)

home-title = Trova l'aiuto giusto
home-heading = Trova l'aiuto giusto per te
home-intro = Rispondi a poche domande. Ti diciamo quali aiuti puoi avere, cosa portare e dove andare.
home-step-answer = Rispondi a domande semplici, una alla volta.
home-step-learn = Scopri quali aiuti fanno per te e perché.
home-step-book = Prendi un appuntamento allo sportello più vicino.
home-reassure = È gratis. Non serve creare un account. Puoi tornare indietro e cambiare le risposte quando vuoi.

who-legend = Chi ha bisogno di aiuto?
who-me = Io
who-other = Una persona che aiuto

area-legend = Per cosa cerchi aiuto?
start-continue = Continua
start-error-who = Scegli chi ha bisogno di aiuto.
start-error-area = Scegli per cosa cerchi aiuto.

next-heading = Cosa succede adesso

urgent-heading = Sei in pericolo adesso?
urgent-body = Chiama il 112. Per la violenza chiama il 1522: è gratis, risponde giorno e notte, anche in altre lingue.

home-first-step-heading = Non sai da dove cominciare?
home-first-step-body = Prendi un appuntamento per un primo colloquio allo Sportello Sociale. Racconti la tua situazione e ti aiutano a capire cosa fare.
home-first-step-link = Trova lo Sportello Sociale

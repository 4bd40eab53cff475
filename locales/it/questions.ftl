# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Sì
answer-no = No
answer-dont-know = Non lo so

unit-years = anni
unit-euro = euro
unit-children = figli
unit-euro-month = euro al mese
unit-people = persone
unit-years-count = { $count ->
    [one] anno
   *[other] anni
  }
unit-euro-count = { $count ->
   *[other] euro
  }
unit-children-count = { $count ->
    [one] figlio
   *[other] figli
  }
unit-euro-month-count = { $count ->
   *[other] euro al mese
  }
unit-people-count = { $count ->
    [one] persona
   *[other] persone
  }
number-thousands-separator = .

q-age = { $who ->
    [me] Quanti anni hai?
   *[other] Quanti anni ha la persona che aiuti?
  }
q-age-short = Età
q-age-why = Alcuni aiuti sono solo per chi ha una certa età.

q-lives-alone = { $who ->
    [me] Vivi da solo o da sola?
   *[other] La persona vive da sola?
  }
q-lives-alone-short = Vive da sola

q-daily-help = { $who ->
    [me] Cosa è difficile fare senza aiuto, oggi?
   *[other] Cosa è difficile per la persona fare senza aiuto, oggi?
  }
q-daily-help-short = Cosa è difficile
q-daily-help-washing = Lavarsi e vestirsi
q-daily-help-meals = Cucinare e mangiare
q-daily-help-housework = Pulire la casa
q-daily-help-moving = Muoversi in casa o uscire
q-daily-help-medicines = Prendere le medicine
q-daily-help-none = Niente di questo

q-alone-risk = { $who ->
    [me] Ti capita di avere bisogno di aiuto subito, per esempio dopo una caduta?
   *[other] Alla persona capita di avere bisogno di aiuto subito, per esempio dopo una caduta?
  }
q-alone-risk-short = Può servire aiuto subito
q-alone-risk-why = Chi vive da solo può avere un apparecchio per chiamare aiuto con un tasto.

q-invalidity = { $who ->
    [me] Hai una invalidità civile riconosciuta?
   *[other] La persona ha una invalidità civile riconosciuta?
  }
q-invalidity-short = Invalidità civile
q-invalidity-100-attendance = { $who ->
    [me] Sì, al 100% e ho l'indennità di accompagnamento
   *[other] Sì, al 100% e ha l'indennità di accompagnamento
  }
q-invalidity-100 = Sì, al 100%, senza accompagnamento
q-invalidity-74-99 = Sì, dal 74% al 99%
q-invalidity-46-73 = Sì, dal 46% al 73%
q-invalidity-34-45 = Sì, dal 34% al 45%
q-invalidity-pending = { $who ->
    [me] Ho fatto domanda, aspetto la risposta
   *[other] Ha fatto domanda, aspetta la risposta
  }
q-invalidity-no = No
q-invalidity-term-title = Cosa vuol dire invalidità civile?
q-invalidity-term = È il riconoscimento che una malattia limita la vita di ogni giorno. La decide una commissione medica dell'INPS e la scrive in percentuale nel verbale. Dà diritto ad aiuti e a soldi.

q-carer = { $who ->
    [me] Un familiare o una badante si prende cura di te a casa?
   *[other] Tu, un familiare o una badante vi prendete cura della persona a casa?
  }
q-carer-short = Chi si prende cura a casa

q-has-isee = { $who ->
    [me] Hai un ISEE valido per quest'anno?
   *[other] La famiglia della persona ha un ISEE valido per quest'anno?
  }
q-has-isee-short = ISEE
q-has-isee-why = Molti aiuti dipendono dall'ISEE. Se non lo hai, ti diciamo dove farlo gratis.
q-has-isee-term-title = Cos'è l'ISEE?
q-has-isee-term = È un numero che misura quanto ha una famiglia: redditi, casa, risparmi. Lo fanno gratis i CAF. Vale fino al 31 dicembre.

q-isee = { $who ->
    [me] Quanto è il tuo ISEE?
   *[other] Quanto è l'ISEE della persona?
  }
q-isee-short = Valore ISEE

q-law-104 = { $who ->
    [me] Hai la Legge 104 riconosciuta?
   *[other] La persona ha la Legge 104 riconosciuta?
  }
q-law-104-short = Legge 104
q-law-104-term-title = Cos'è la Legge 104?
q-law-104-severe = Sì, in situazione di gravità (articolo 3, comma 3)
q-law-104-term = È la legge sulle persone con disabilità. Con il riconoscimento si hanno permessi dal lavoro e altri aiuti. Il verbale dice se c'è una situazione di gravità.

q-disability-needs = { $who ->
    [me] In cosa ti serve aiuto?
   *[other] In cosa serve aiuto alla persona?
  }
q-disability-needs-short = Aiuto che serve
q-disability-needs-daily-care = Cura di ogni giorno, anche di giorno fuori casa
q-disability-needs-transport = Trasporto, per esempio per andare a visite o al centro
q-disability-needs-parking = Parcheggiare vicino ai posti dove va
q-disability-needs-work = Trovare o tenere un lavoro
q-disability-needs-school = Andare a scuola
q-disability-needs-none = Niente di questo

q-children = { $who ->
    [me] Quanti figli sotto i 21 anni vivono con te?
   *[other] Quanti figli sotto i 21 anni vivono con la persona?
  }
q-children-short = Figli sotto i 21 anni
q-children-why = Ci sono aiuti per ogni figlio. Se non ci sono figli, scrivi 0.

q-children-ages = { $who ->
    [me] Quanti anni hanno i tuoi figli? Scegli tutte le età giuste.
   *[other] Quanti anni hanno i figli della persona? Scegli tutte le età giuste.
  }
q-children-ages-short = Età dei figli
q-children-ages-under-1 = Meno di 1 anno
q-children-ages-1-2 = 1 o 2 anni (nido)
q-children-ages-3-5 = Da 3 a 5 anni (scuola dell'infanzia)
q-children-ages-6-10 = Da 6 a 10 anni (scuola primaria)
q-children-ages-11-13 = Da 11 a 13 anni (scuola media)
q-children-ages-14-18 = Da 14 a 18 anni (scuola superiore)
q-children-ages-19-20 = 19 o 20 anni

q-newborn = { $who ->
    [me] Il bambino è nato o è arrivato in famiglia negli ultimi 6 mesi?
   *[other] Il bambino è nato o è arrivato nella famiglia della persona negli ultimi 6 mesi?
  }
q-newborn-short = Bambino nato negli ultimi 6 mesi
q-newborn-why = Per alcuni aiuti la domanda va fatta entro pochi mesi dalla nascita o dall'adozione.

q-pregnant = { $who ->
    [me] Aspetti un bambino?
   *[other] La persona aspetta un bambino?
  }
q-pregnant-short = Aspetta un bambino

q-family-needs = { $who ->
    [me] In cosa ti serve aiuto con i figli?
   *[other] In cosa serve aiuto alla persona con i figli?
  }
q-family-needs-short = Aiuto con i figli
q-family-needs-childcare = Qualcuno che tenga i bambini piccoli
q-family-needs-parenting = Consigli o sostegno come genitore
q-family-needs-none = Niente di questo

q-work-status = { $who ->
    [me] Oggi lavori?
   *[other] Oggi la persona lavora?
  }
q-work-status-short = Lavoro
q-work-status-employed = { $who ->
    [me] Sì, lavoro
   *[other] Sì, lavora
  }
q-work-status-lost-job = { $who ->
    [me] Ho perso il lavoro da poco
   *[other] Ha perso il lavoro da poco
  }
q-work-status-unemployed = { $who ->
    [me] Non lavoro da tempo
   *[other] Non lavora da tempo
  }
q-work-status-retired = { $who ->
    [me] Sono in pensione
   *[other] È in pensione
  }
q-work-status-student = { $who ->
    [me] Studio
   *[other] Studia
  }

q-job-lost-involuntary = { $who ->
    [me] Il lavoro è finito senza che tu lo volessi?
   *[other] Il lavoro della persona è finito senza che lei lo volesse?
  }
q-job-lost-involuntary-short = Lavoro finito senza volerlo
q-job-lost-involuntary-why = Per esempio un licenziamento o un contratto scaduto. Chi si dimette di solito non ha la NASpI.

q-household = { $who ->
    [me] Chi vive con te?
   *[other] Chi vive con la persona?
  }
q-household-short = In famiglia c'è
q-household-minor = Un figlio sotto i 18 anni
q-household-disabled = Una persona con disabilità
q-household-over-60 = Una persona con più di 60 anni
q-household-none = Nessuno di questi
q-household-why = L'Assegno di Inclusione è per le famiglie con queste persone. Conta anche l'età di chi chiede l'aiuto.

q-food = { $who ->
    [me] Hai cibo a sufficienza per i prossimi giorni?
   *[other] La persona ha cibo a sufficienza per i prossimi giorni?
  }
q-food-short = Cibo per i prossimi giorni

q-bills = { $who ->
    [me] È difficile pagare le bollette di luce, gas o acqua?
   *[other] Per la persona è difficile pagare le bollette di luce, gas o acqua?
  }
q-bills-short = Difficoltà con le bollette

q-housing-situation = { $who ->
    [me] Dove vivi adesso?
   *[other] Dove vive adesso la persona?
  }
q-housing-situation-short = Dove vive
q-housing-situation-rent = In affitto
q-housing-situation-own = In una casa di proprietà
q-housing-situation-guest = Ospite di amici o parenti
q-housing-situation-no-home = { $who ->
    [me] Non ho una casa
   *[other] Non ha una casa
  }

q-sleep-tonight = { $who ->
    [me] Hai un posto sicuro dove dormire stanotte?
   *[other] La persona ha un posto sicuro dove dormire stanotte?
  }
q-sleep-tonight-short = Posto per dormire stanotte

q-eviction = { $who ->
    [me] Hai ricevuto uno sfratto?
   *[other] La persona ha ricevuto uno sfratto?
  }
q-eviction-short = Sfratto
q-eviction-term-title = Cos'è lo sfratto?
q-eviction-term = È l'atto con cui il giudice ordina di lasciare la casa in affitto. Di solito arriva dopo mesi di affitto non pagato.

q-rent-arrears = { $who ->
    [me] Sei indietro con l'affitto?
   *[other] La persona è indietro con l'affitto?
  }
q-rent-arrears-short = Indietro con l'affitto

q-has-doctor = { $who ->
    [me] Hai un medico di famiglia?
   *[other] La persona ha un medico di famiglia?
  }
q-has-doctor-short = Medico di famiglia

q-citizenship = { $who ->
    [me] Che cittadinanza hai?
   *[other] Che cittadinanza ha la persona?
  }
q-citizenship-short = Cittadinanza
q-citizenship-italian = Italia
q-citizenship-eu = Un altro paese dell'Unione Europea
q-citizenship-non-eu = Un paese fuori dall'Unione Europea
q-citizenship-why = Per chi viene da fuori dall'Unione Europea, alcune regole sono diverse.

q-permit = { $who ->
    [me] Hai un permesso di soggiorno?
   *[other] La persona ha un permesso di soggiorno?
  }
q-permit-short = Permesso di soggiorno
q-permit-valid = Sì, valido
q-permit-long-term = Sì, di lungo periodo (non scade)
q-permit-refugee = Sì, con lo status di rifugiato
q-permit-subsidiary = Sì, per protezione sussidiaria
q-permit-asylum-seeker = { $who ->
    [me] Ho chiesto asilo e aspetto la risposta
   *[other] Ha chiesto asilo e aspetta la risposta
  }
q-permit-receipt = { $who ->
    [me] Ho chiesto il rinnovo e ho la ricevuta
   *[other] Ha chiesto il rinnovo e ha la ricevuta
  }
q-permit-expiring = Sì, ma scade entro 2 mesi
q-permit-expired = Sì, ma è scaduto
q-permit-none = No
q-permit-term-title = Cos'è il permesso di soggiorno?
q-permit-term = È il documento che permette a chi viene da fuori dall'Unione Europea di restare in Italia. Lo dà la Questura. La ricevuta del rinnovo vale come il permesso.

q-health-needs = { $who ->
    [me] Di che cosa hai bisogno per la salute?
   *[other] Di che cosa ha bisogno la persona per la salute?
  }
q-health-needs-short = Bisogni di salute
q-health-needs-home-care = Cure a casa, per esempio un'infermiera
q-health-needs-mental-health = Aiuto per ansia, tristezza o altri problemi della mente
q-health-needs-addiction = Aiuto per alcol, droghe o gioco
q-health-needs-pregnancy = Gravidanza, contraccezione o salute della donna
q-health-needs-none = Niente di questo

q-years-italy = { $who ->
    [me] Da quanti anni vivi in Italia?
   *[other] Da quanti anni la persona vive in Italia?
  }
q-years-italy-short = Anni in Italia
q-years-italy-why = Alcuni aiuti chiedono un certo numero di anni in Italia. Dopo 5 anni si può chiedere un permesso che non scade.

q-family-abroad = { $who ->
    [me] Vuoi far venire in Italia la tua famiglia?
   *[other] La persona vuole far venire in Italia la sua famiglia?
  }
q-family-abroad-short = Famiglia da far venire

q-italian-level = { $who ->
    [me] Quanto parli l'italiano?
   *[other] Quanto parla l'italiano la persona?
  }
q-italian-level-short = Italiano
q-italian-level-none = Per niente
q-italian-level-basic = Poco
q-italian-level-good = Bene

q-danger-now = { $who ->
    [me] Sei in pericolo adesso?
   *[other] La persona è in pericolo adesso?
  }
q-danger-now-short = In pericolo adesso

q-safe-place = { $who ->
    [me] Hai un posto sicuro dove andare, se devi lasciare casa?
   *[other] La persona ha un posto sicuro dove andare, se deve lasciare casa?
  }
q-safe-place-short = Posto sicuro dove andare

q-children-involved = { $who ->
    [me] Ci sono bambini che vedono o vivono questa violenza?
   *[other] Ci sono bambini che vedono o vivono questa violenza?
  }
q-children-involved-short = Bambini coinvolti

q-needs-constant-care = { $who ->
    [me] Hai bisogno di qualcuno vicino tutto il giorno, o anche di notte?
   *[other] La persona ha bisogno di qualcuno vicino tutto il giorno, o anche di notte?
  }
q-needs-constant-care-short = Serve qualcuno sempre vicino
q-needs-constant-care-why = Chi non può stare da solo può avere più aiuti, in soldi e in cure.

q-manages-money = { $who ->
    [me] Riesci a gestire senza aiuto i soldi e le carte, come banca e bollette?
   *[other] La persona riesce a gestire senza aiuto i soldi e le carte, come banca e bollette?
  }
q-manages-money-short = Gestisce soldi e carte
q-manages-money-why = Se una persona non ci riesce più, il giudice può nominare qualcuno che la aiuti.

q-municipality = { $who ->
    [me] In quale Comune vivi?
   *[other] In quale Comune vive la persona?
  }
q-municipality-short = Comune dove vive
q-municipality-why = Ogni Comune aiuta chi vive lì. Così ti mostriamo prima lo sportello del tuo Comune.
q-municipality-other = Un altro Comune, non in questa lista

q-resident = { $who ->
    [me] Hai la residenza nel Comune dove vivi?
   *[other] La persona ha la residenza nel Comune dove vive?
  }
q-resident-short = Residenza nel Comune
q-resident-why = Molti aiuti del Comune sono per chi ha la residenza lì.
q-resident-term-title = Cos'è la residenza?
q-resident-term = Vuol dire essere scritti all'anagrafe del Comune dove si vive. Si chiede all'ufficio anagrafe. Anche chi non ha una casa può averla.

q-monthly-income = { $who ->
    [me] Quanti soldi ti entrano ogni mese, in tutto?
   *[other] Quanti soldi entrano alla persona ogni mese, in tutto?
  }
q-monthly-income-short = Entrate al mese
q-monthly-income-why = Conta la pensione e ogni altra entrata. Chi ha poco può avere un aiuto dell'INPS.

q-household-size = { $who ->
    [me] Quante persone vivono in casa, contando anche te?
   *[other] Quante persone vivono in casa, compresa la persona?
  }
q-household-size-short = Persone in casa
q-household-size-why = Alcuni aiuti sono per famiglie di almeno 3 persone.

q-debts = { $who ->
    [me] Hai debiti che non riesci più a pagare?
   *[other] La persona ha debiti che non riesce più a pagare?
  }
q-debts-short = Debiti che non riesce a pagare

q-needs-money = { $who ->
    [me] Ti servono soldi per vivere per conto tuo?
   *[other] Alla persona servono soldi per vivere per conto suo?
  }
q-needs-money-short = Servono soldi per ricominciare
q-needs-money-why = C'è un aiuto in soldi per chi esce dalla violenza e vuole ricominciare.

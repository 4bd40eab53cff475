# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Sì
answer-no = No
answer-dont-know = Non lo so

unit-years = anni
unit-euro = euro
unit-children = figli

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
    [me] Cosa è difficile fare da solo, oggi?
   *[other] Cosa è difficile per la persona fare da sola, oggi?
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
q-invalidity-full = Sì, al 100%
q-invalidity-partial = Sì, meno del 100%
q-invalidity-pending = Ho fatto domanda, aspetto la risposta
q-invalidity-no = No
q-invalidity-term-title = Cosa vuol dire invalidità civile?
q-invalidity-term = È il riconoscimento che una malattia limita la vita di ogni giorno. La decide una commissione medica dell'INPS. Dà diritto ad aiuti e a soldi.

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
q-law-104-term = È la legge sulle persone con disabilità. Con il riconoscimento si hanno permessi dal lavoro e altri aiuti.

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

q-youngest = { $who ->
    [me] Quanti anni ha il figlio più piccolo?
   *[other] Quanti anni ha il figlio più piccolo della persona?
  }
q-youngest-short = Figlio più piccolo
q-youngest-under-3 = Meno di 3 anni
q-youngest-3-5 = Da 3 a 5 anni
q-youngest-6-13 = Da 6 a 13 anni
q-youngest-14-17 = Da 14 a 17 anni
q-youngest-18-20 = Da 18 a 20 anni

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
q-family-needs-school-costs = Pagare scuola, mensa o libri
q-family-needs-parenting = Consigli o sostegno come genitore
q-family-needs-none = Niente di questo

q-work-status = { $who ->
    [me] Oggi lavori?
   *[other] Oggi la persona lavora?
  }
q-work-status-short = Lavoro
q-work-status-employed = Sì, lavoro
q-work-status-lost-job = Ho perso il lavoro da poco
q-work-status-unemployed = Non lavoro da tempo
q-work-status-retired = Sono in pensione
q-work-status-student = Studio

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
q-household-why = L'Assegno di Inclusione è per le famiglie con queste persone. Conta anche chi risponde.

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
q-housing-situation-no-home = Non ho una casa

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
    [me] Di quale paese sei cittadino?
   *[other] Di quale paese è cittadina la persona?
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
q-permit-expiring = Sì, ma scade entro 2 mesi
q-permit-expired = Sì, ma è scaduto
q-permit-none = No
q-permit-asylum = Ho chiesto asilo (protezione)
q-permit-term-title = Cos'è il permesso di soggiorno?
q-permit-term = È il documento che permette a chi viene da fuori dall'Unione Europea di restare in Italia. Lo dà la Questura.

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
q-years-italy-why = Dopo 5 anni si può chiedere un permesso che non scade.

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

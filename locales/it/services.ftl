# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Sportello Sociale del Comune
provider-pua = Porta Unica di Accesso (PUA)
provider-inps = INPS, anche tramite CAF o patronato
provider-caf-patronato = CAF o patronato
provider-centro-impiego = Centro per l'impiego
provider-sportello-stranieri = Sportello Stranieri
provider-centro-antiviolenza = Centro antiviolenza
provider-asst = Azienda sanitaria (ASST)
provider-caritas = Caritas e banco alimentare
provider-ufficio-scuola = Ufficio scuola del Comune
provider-cpia = Scuola per adulti (CPIA)
provider-comune = Uffici del Comune
provider-emergency = Numeri di emergenza

time-now = Subito
time-days = Pochi giorni
time-weeks = Alcune settimane
time-months = Alcuni mesi
time-call = Quando il Comune apre il bando, di solito una volta all'anno

svc-first-listening = Primo colloquio allo Sportello Sociale
svc-first-listening-gives = Un incontro per raccontare la tua situazione. Ti ascoltano, ti spiegano i tuoi diritti e ti dicono dove andare. È gratis.
svc-first-listening-for = Per tutti, anche per chi non sa da dove cominciare.

svc-social-worker = Appuntamento con l'assistente sociale
svc-social-worker-gives = L'assistente sociale conosce la tua situazione e prepara con te un piano di aiuti.
svc-social-worker-for = Per chi ha una situazione difficile e ha bisogno di più aiuti insieme.

svc-home-care = Assistenza a casa (SAD)
svc-home-care-gives = Un operatore viene a casa. Aiuta a lavarsi, vestirsi e tenere pulita la casa.
svc-home-care-for = Per chi non riesce più a fare da solo le cose di ogni giorno.

svc-meals-at-home = Pasti a casa
svc-meals-at-home-gives = Un pasto caldo portato a casa ogni giorno. Si paga in base all'ISEE.
svc-meals-at-home-for = Per chi non riesce più a cucinare da solo.

svc-telecare = Telesoccorso
svc-telecare-gives = Un piccolo apparecchio con un tasto. Se lo premi, una centrale risponde giorno e notte e manda aiuto.
svc-telecare-for = Per chi vive da solo e può avere bisogno di aiuto subito.

svc-civil-invalidity = Domanda di invalidità civile
svc-civil-invalidity-gives = Il riconoscimento che una malattia limita la vita. Apre la strada ad altri aiuti e a soldi.
svc-civil-invalidity-for = Per chi ha una malattia che limita la vita di ogni giorno. Il primo passo è il certificato del medico di famiglia.

svc-attendance-allowance = Indennità di accompagnamento
svc-attendance-allowance-gives = Soldi ogni mese dall'INPS, per pagare chi aiuta. Non dipende dal reddito.
svc-attendance-allowance-for = Per chi ha una invalidità al 100% e ha bisogno di aiuto continuo. Si chiede con un nuovo certificato del medico.

svc-day-centre = Centro diurno per anziani
svc-day-centre-gives = Un posto dove passare la giornata. Ci sono cure, pasti e attività. La sera si torna a casa.
svc-day-centre-for = Per anziani che hanno bisogno di cure durante il giorno. La domanda passa dalla PUA.

svc-carer-allowance = Aiuto per chi assiste un familiare (Misura B2)
svc-carer-allowance-gives = Soldi dalla Regione per chi si prende cura a casa di una persona non autonoma.
svc-carer-allowance-for = Per chi ha l'accompagnamento o la Legge 104 grave, ed è assistito a casa da un familiare o da una badante con contratto. La domanda passa dalla PUA.

svc-law-104-recognition = Domanda per la Legge 104
svc-law-104-recognition-gives = Il riconoscimento della disabilità. Dà permessi dal lavoro e altri aiuti.
svc-law-104-recognition-for = Per persone con disabilità e per i loro familiari.

svc-disabled-parking = Contrassegno per il parcheggio
svc-disabled-parking-gives = Un cartellino per l'auto. Permette di parcheggiare nei posti per disabili.
svc-disabled-parking-for = Per chi cammina con molta fatica o non vede.

svc-social-transport = Trasporto sociale
svc-social-transport-gives = Un'auto o un pulmino porta a visite, terapie o al centro diurno.
svc-social-transport-for = Per chi non può muoversi da solo con i mezzi pubblici.

svc-targeted-employment = Collocamento mirato
svc-targeted-employment-gives = Aiuto a trovare un lavoro adatto. Le aziende devono assumere persone con disabilità.
svc-targeted-employment-for = Per persone con invalidità dal 46% in su che cercano lavoro.

svc-school-assistant = Assistente a scuola
svc-school-assistant-gives = Un educatore aiuta a scuola un bambino o un ragazzo con disabilità.
svc-school-assistant-for = Per alunni con disabilità. Vale dall'asilo alle scuole superiori.

svc-disability-day-centre = Centro diurno per disabili
svc-disability-day-centre-gives = Un posto dove passare la giornata, con attività e cure. La sera si torna a casa.
svc-disability-day-centre-for = Per adulti con disabilità che hanno bisogno di cura ogni giorno. La domanda passa dalla PUA.

svc-invalidity-pension = Assegno o pensione di invalidità
svc-invalidity-pension-gives = Soldi ogni mese dall'INPS: l'assegno dal 74% di invalidità, la pensione al 100%.
svc-invalidity-pension-for = Per persone da 18 a 66 anni con invalidità dal 74% in su e reddito basso.

svc-child-benefit = Assegno Unico per i figli
svc-child-benefit-gives = Soldi ogni mese per ogni figlio, dal settimo mese di gravidanza ai 21 anni. Con l'ISEE si prende di più.
svc-child-benefit-for = Per tutte le famiglie con figli.

svc-nursery-bonus = Bonus asilo nido
svc-nursery-bonus-gives = Soldi dall'INPS per pagare l'asilo nido o l'aiuto a casa per i bambini piccoli.
svc-nursery-bonus-for = Per famiglie con bambini sotto i 3 anni. Con un ISEE basso si prende di più.

svc-municipal-nursery = Asilo nido del Comune
svc-municipal-nursery-gives = Un posto al nido. Chi ha un ISEE basso paga meno.
svc-municipal-nursery-for = Per famiglie con bambini sotto i 3 anni.

svc-school-grant = Dote Scuola (materiale didattico)
svc-school-grant-gives = Un buono della Regione per comprare libri e materiale per la scuola.
svc-school-grant-for = Per studenti delle medie e delle superiori, con ISEE fino a 15.748 euro.

svc-school-meals-discount = Sconto su mensa e trasporto scolastico
svc-school-meals-discount-gives = Il Comune fa pagare meno la mensa e il pulmino della scuola.
svc-school-meals-discount-for = Per famiglie con figli alla scuola dell'infanzia, alla primaria o alle medie. Chi ha un ISEE basso paga meno.

svc-family-centre = Centro per la famiglia
svc-family-centre-gives = Incontri e consigli per genitori, anche durante la gravidanza. È gratis.
svc-family-centre-for = Per mamme, papà e chi aspetta un bambino.

svc-birth-bonus = Bonus per i nuovi nati
svc-birth-bonus-gives = 1.000 euro per ogni bambino nato o adottato. La domanda va fatta entro 120 giorni dalla nascita.
svc-birth-bonus-for = Per bambini nati o adottati dal 2025, in famiglie con ISEE fino a 40.000 euro.

svc-inclusion-allowance = Assegno di Inclusione (ADI)
svc-inclusion-allowance-gives = Soldi ogni mese e un percorso con i servizi sociali per uscire dalla povertà.
svc-inclusion-allowance-for = Per famiglie con ISEE fino a 10.140 euro, con un minore, una persona disabile o una persona con più di 60 anni. Servono 5 anni in Italia. Chi viene da fuori dall'Unione Europea deve avere il permesso di lungo periodo o la protezione.

svc-training-support = Supporto Formazione e Lavoro (SFL)
svc-training-support-gives = 500 euro al mese mentre fai un corso o un progetto di lavoro.
svc-training-support-for = Per persone da 18 a 59 anni senza lavoro, con ISEE fino a 10.140 euro. Valgono le stesse regole dell'ADI su anni in Italia e permesso.

svc-unemployment-benefit = NASpI (indennità di disoccupazione)
svc-unemployment-benefit-gives = Soldi ogni mese dall'INPS dopo la fine del lavoro. La domanda va fatta entro 68 giorni.
svc-unemployment-benefit-for = Per chi ha perso il lavoro senza volerlo.

svc-job-centre = Centro per l'impiego
svc-job-centre-gives = Aiuto a cercare lavoro, corsi gratis e l'iscrizione come disoccupato.
svc-job-centre-for = Per chi cerca lavoro.

svc-energy-bonus = Bonus sociale luce, gas e acqua
svc-energy-bonus-gives = Uno sconto sulle bollette. Arriva da solo quando fai l'ISEE.
svc-energy-bonus-for = Per famiglie con ISEE fino a 9.530 euro, o fino a 20.000 euro con almeno 4 figli.

svc-isee-help = Fare l'ISEE gratis
svc-isee-help-gives = Un CAF calcola il tuo ISEE senza farti pagare. Serve per quasi tutti gli aiuti.
svc-isee-help-for = Per chi non ha ancora l'ISEE di quest'anno o non sa se ce l'ha.

svc-food-aid = Aiuto per il cibo
svc-food-aid-gives = Pacchi di cibo o una tessera per l'emporio solidale. Anche subito.
svc-food-aid-for = Per chi non ha abbastanza da mangiare.

svc-emergency-grant = Contributo economico del Comune
svc-emergency-grant-gives = Un aiuto in soldi, una volta sola, per spese urgenti come bollette o cibo.
svc-emergency-grant-for = Per chi ha un problema di soldi urgente. Decide l'assistente sociale.

svc-rent-support = Contributo per l'affitto
svc-rent-support-gives = Soldi per pagare una parte dell'affitto. Li dà il Comune con la Regione.
svc-rent-support-for = Per chi paga l'affitto e ha un ISEE fino a 26.000 euro.

svc-arrears-fund = Fondo per l'affitto non pagato (morosità incolpevole)
svc-arrears-fund-gives = Soldi per pagare l'affitto arretrato e fermare lo sfratto.
svc-arrears-fund-for = Per chi non riesce a pagare l'affitto perché ha perso lavoro o reddito.

svc-social-housing = Casa popolare (SAP)
svc-social-housing-gives = Una casa in affitto a prezzo basso. Si fa domanda quando apre il bando.
svc-social-housing-for = Per famiglie senza casa di proprietà e con ISEE fino a 16.000 euro.

svc-housing-emergency = Emergenza casa
svc-housing-emergency-gives = Un posto dove stare per un periodo, mentre si cerca una casa.
svc-housing-emergency-for = Per chi sta per perdere la casa o non ce l'ha.

svc-night-shelter = Posto per dormire stanotte
svc-night-shelter-gives = Un letto per la notte, una doccia e un pasto. Lo trova il Pronto Intervento Sociale, anche di notte.
svc-night-shelter-for = Per chi stanotte non ha un posto sicuro dove dormire.

svc-family-doctor = Iscrizione al servizio sanitario e medico di famiglia
svc-family-doctor-gives = Un medico di famiglia gratis e la tessera sanitaria.
svc-family-doctor-for = Per chi vive in Italia e non ha ancora un medico. Vale anche con la ricevuta del rinnovo del permesso.

svc-stp-code = Codice STP per le cure
svc-stp-code-gives = Un codice per avere cure urgenti ed essenziali, anche senza permesso. Nessuno ti denuncia.
svc-stp-code-for = Per stranieri senza permesso di soggiorno valido.

svc-home-nursing = Cure a casa (ADI)
svc-home-nursing-gives = Infermieri e medici vengono a casa. Serve la richiesta del medico di famiglia. La PUA organizza la visita di valutazione.
svc-home-nursing-for = Per chi non può uscire di casa per curarsi.

svc-mental-health-centre = Centro di salute mentale (CPS)
svc-mental-health-centre-gives = Psicologi e medici che ascoltano e curano. È gratis.
svc-mental-health-centre-for = Per adulti con ansia, tristezza forte o altri problemi della mente.

svc-addiction-service = Servizio per le dipendenze (SerD)
svc-addiction-service-gives = Aiuto e cure per alcol, droghe o gioco. È gratis e riservato, anche senza nome.
svc-addiction-service-for = Per chi ha una dipendenza e per i suoi familiari.

svc-consultorio = Consultorio familiare
svc-consultorio-gives = Visite e consigli su gravidanza, contraccezione e salute della donna. È gratis.
svc-consultorio-for = Per donne, coppie e ragazzi.

svc-permit-renewal = Rinnovo del permesso di soggiorno
svc-permit-renewal-gives = Aiuto a preparare la domanda. Si manda con il kit delle Poste.
svc-permit-renewal-for = Per chi ha un permesso che scade o è scaduto. Fai domanda prima che scada.

svc-family-reunification = Ricongiungimento familiare
svc-family-reunification-gives = Aiuto a chiedere il permesso per far venire in Italia il coniuge, i figli o i genitori.
svc-family-reunification-for = Per chi ha un permesso valido, un reddito e una casa adatta.

svc-long-term-permit = Permesso di lungo periodo
svc-long-term-permit-gives = Un permesso che non scade. Serve l'esame di italiano di livello A2.
svc-long-term-permit-for = Per chi vive in Italia con un permesso da almeno 5 anni e ha un reddito.

svc-italian-course = Corso di italiano gratis
svc-italian-course-gives = Lezioni di italiano per adulti, con un certificato alla fine.
svc-italian-course-for = Per adulti stranieri che vogliono imparare l'italiano.

svc-migrant-legal-advice = Consulenza legale per stranieri
svc-migrant-legal-advice-gives = Un esperto ti spiega cosa puoi fare per il permesso o per l'asilo. È gratis.
svc-migrant-legal-advice-for = Per chi non ha un permesso valido o aspetta la risposta alla domanda di asilo.

svc-emergency-112 = Numero di emergenza 112
svc-emergency-112-gives = Polizia, carabinieri e ambulanza. Risponde sempre, anche in altre lingue.
svc-emergency-112-for = Per chi è in pericolo adesso.

svc-helpline-1522 = Numero antiviolenza 1522
svc-helpline-1522-gives = Un numero gratis che risponde giorno e notte, anche in altre lingue. Non compare sulla bolletta.
svc-helpline-1522-for = Per chi subisce violenza o ha paura, e per chi vuole aiutare.

svc-anti-violence-centre = Centro antiviolenza
svc-anti-violence-centre-gives = Donne esperte ascoltano e aiutano. È gratis e segreto. Decidi tu cosa fare.
svc-anti-violence-centre-for = Per donne che subiscono violenza, anche senza denuncia.

svc-safe-house = Casa rifugio
svc-safe-house-gives = Un posto sicuro e segreto dove stare, anche con i figli.
svc-safe-house-for = Per chi deve lasciare casa per essere al sicuro.

svc-children-protection = Sostegno per i bambini
svc-children-protection-gives = Aiuto per i bambini che vedono o vivono la violenza in casa.
svc-children-protection-for = Per le famiglie con bambini coinvolti.

svc-free-lawyer = Avvocato gratis
svc-free-lawyer-gives = Un avvocato pagato dallo Stato, qualunque sia il reddito.
svc-free-lawyer-for = Per chi subisce violenza in famiglia o stalking. Il centro antiviolenza aiuta a trovarlo.

svc-universal-benefit = Prestazione universale
svc-universal-benefit-gives = 850 euro al mese in più, oltre all'accompagnamento, per pagare chi assiste a casa.
svc-universal-benefit-for = Per chi ha almeno 80 anni, l'accompagnamento e un ISEE fino a 6.000 euro.

svc-social-pension = Assegno sociale
svc-social-pension-gives = Soldi ogni mese dall'INPS per chi ha poco o niente per vivere.
svc-social-pension-for = Per chi ha almeno 67 anni e poche entrate. Servono 10 anni in Italia.

svc-residential-care = RSA e ricoveri di sollievo
svc-residential-care-gives = Un posto in una struttura con cure, per sempre o per poche settimane, così la famiglia può riposare.
svc-residential-care-for = Per chi non può più stare a casa da solo. La domanda passa dalla PUA, che fa una valutazione.

svc-care-worker-help = Aiuto a trovare una badante
svc-care-worker-help-gives = Lo sportello ti aiuta a trovare una badante brava e a fare il contratto.
svc-care-worker-help-for = Per le famiglie che cercano qualcuno che assista a casa una persona anziana.

svc-measure-b1 = Misura B1 (disabilità gravissima)
svc-measure-b1-gives = Soldi ogni mese e un progetto di cura, per chi assiste a casa una persona con disabilità gravissima.
svc-measure-b1-for = Per chi ha l'accompagnamento e ha bisogno di assistenza giorno e notte. La valuta l'Azienda sanitaria.

svc-support-administrator = Amministratore di sostegno
svc-support-administrator-gives = Il giudice nomina una persona, spesso un familiare, che aiuta a gestire soldi e carte. Non serve un avvocato.
svc-support-administrator-for = Per chi non riesce più a gestire da sé i soldi e le pratiche.

svc-ticket-exemption = Esenzione dal ticket
svc-ticket-exemption-gives = Non paghi il ticket per visite ed esami.
svc-ticket-exemption-for = Per bambini sotto i 6 anni e persone dai 65 anni, con reddito della famiglia fino a 36.152 euro. Anche per chi è disoccupato o ha la pensione minima, con reddito basso.

svc-attendance-frequency = Indennità di frequenza
svc-attendance-frequency-gives = Soldi ogni mese dall'INPS, nei mesi in cui il ragazzo va a scuola o fa terapie.
svc-attendance-frequency-for = Per minori con difficoltà che durano nel tempo, che vanno a scuola o in terapia.

svc-uonpia = Neuropsichiatria infantile (UONPIA)
svc-uonpia-gives = Medici e terapisti per bambini e ragazzi con difficoltà nello sviluppo, nel comportamento o nell'umore. È gratis.
svc-uonpia-for = Per bambini e ragazzi fino a 17 anni.

svc-maternity-allowance = Assegno di maternità dei Comuni
svc-maternity-allowance-gives = Soldi per la mamma che non ha altri aiuti di maternità, o ne ha pochi. La domanda va fatta al Comune entro 6 mesi dalla nascita.
svc-maternity-allowance-for = Per mamme con ISEE fino a 20.382 euro. Da fuori dall'Unione Europea serve il permesso di lungo periodo o la protezione.

svc-dedicated-card = Carta Dedicata a te
svc-dedicated-card-gives = Una carta con soldi per fare la spesa. Non si fa domanda: il Comune sceglie le famiglie dalle liste dell'INPS.
svc-dedicated-card-for = Per famiglie di almeno 3 persone con ISEE fino a 15.000 euro e senza altri aiuti come l'ADI.

svc-over-indebtedness = Aiuto per i debiti (sovraindebitamento)
svc-over-indebtedness-gives = Un esperto aiuta a fare un piano per pagare i debiti come si può. A volte il giudice ne cancella una parte.
svc-over-indebtedness-for = Per chi ha debiti che non riesce più a pagare.

svc-registered-residence = Residenza nel Comune
svc-registered-residence-gives = L'iscrizione all'anagrafe del Comune. Chi non ha una casa può avere una residenza a un indirizzo del Comune.
svc-registered-residence-for = Per chi vive nel Comune e non ha ancora la residenza. Senza residenza molti aiuti non si possono avere.

svc-psychologist-bonus = Bonus psicologo
svc-psychologist-bonus-gives = Soldi per pagare alcune sedute da uno psicologo. La domanda si fa quando apre il bando.
svc-psychologist-bonus-for = Per chi ha ansia, tristezza o stress, con ISEE fino a 50.000 euro.

svc-italian-citizenship = Cittadinanza italiana
svc-italian-citizenship-gives = Aiuto a fare la domanda per diventare cittadini italiani.
svc-italian-citizenship-for = Per chi ha la residenza in Italia da 10 anni, da 5 anni per i rifugiati, da 4 anni per i cittadini dell'Unione Europea. Serve l'italiano di livello B1.

svc-freedom-income = Reddito di libertà
svc-freedom-income-gives = Fino a 500 euro al mese per un anno, per ricominciare una vita autonoma.
svc-freedom-income-for = Per donne che escono dalla violenza. Le segue un centro antiviolenza con il Comune.

svc-violence-permit = Permesso di soggiorno per chi subisce violenza
svc-violence-permit-gives = Un permesso che non dipende dal partner. Protegge chi denuncia o chiede aiuto al centro antiviolenza.
svc-violence-permit-for = Per persone straniere che subiscono violenza in famiglia.

svc-food-aid-urgent = Oggi stesso: vai alla Caritas o allo Sportello Sociale. Ti danno cibo anche senza documenti.
svc-night-shelter-urgent = Stanotte: chiama il Pronto Intervento Sociale del Comune, risponde anche di notte. Oppure vai oggi allo Sportello Sociale.
svc-emergency-112-urgent = In pericolo adesso: chiama il 112. Risponde sempre, anche in altre lingue.
svc-helpline-1522-urgent = Chiama il 1522: è gratis, risponde giorno e notte, anche in altre lingue. Puoi anche scrivere in chat.
svc-anti-violence-centre-urgent = Il centro antiviolenza ascolta e aiuta, anche senza denuncia. Il 1522 ti mette in contatto.
svc-safe-house-urgent = Se non puoi restare a casa, il 1522 e il centro antiviolenza trovano un posto sicuro anche oggi.

rule-needs-personal-care = Serve aiuto per lavarsi, per la casa o per muoversi.
rule-cannot-cook = Serve aiuto per cucinare.
rule-lives-alone = È per chi vive da solo.
rule-may-need-quick-help = È per chi può avere bisogno di aiuto subito.
rule-invalidity-not-recognised = È per chi non ha ancora l'invalidità riconosciuta.
rule-over-65 = È per chi ha almeno 65 anni.
rule-needs-care-during-day = Serve cura durante il giorno.
rule-law-104-not-recognised = È per chi non ha ancora la Legge 104.
rule-hard-to-move-around = È per chi ha difficoltà a muoversi o a parcheggiare.
rule-needs-transport = È per chi ha bisogno di trasporto.
rule-wants-work = È per chi cerca lavoro.
rule-working-age = È per chi ha da 16 a 66 anni.
rule-needs-school-support = È per chi ha bisogno di aiuto a scuola.
rule-school-age = È per chi ha da 3 a 20 anni.
rule-needs-daily-care = È per chi ha bisogno di cura ogni giorno.
rule-adult = È per chi ha almeno 18 anni.
rule-age-18-to-66 = È per chi ha da 18 a 66 anni.
rule-has-children-or-expecting = È per chi ha figli o aspetta un bambino.
rule-child-under-3 = È per chi ha un figlio sotto i 3 anni.
rule-needs-childcare = È per chi ha bisogno che qualcuno tenga i bambini.
rule-isee-up-to-15748 = Serve un ISEE fino a 15.748 euro.
rule-parenting-or-expecting = È per genitori che vogliono aiuto e per chi aspetta un bambino.
rule-isee-up-to-40000 = Serve un ISEE fino a 40.000 euro.
rule-household-with-minor-disabled-or-over-60 = In famiglia serve un minore, una persona disabile o una persona con più di 60 anni.
rule-isee-up-to-10140 = Serve un ISEE fino a 10.140 euro.
rule-age-18-to-59 = È per chi ha da 18 a 59 anni.
rule-without-work = È per chi non lavora.
rule-lost-job = È per chi ha perso il lavoro.
rule-not-by-choice = Il lavoro deve essere finito senza volerlo.
rule-age-16-to-66 = È per chi ha da 16 a 66 anni.
rule-no-isee-yet = È per chi non ha ancora l'ISEE.
rule-not-enough-food = È per chi non ha abbastanza cibo.
rule-cannot-pay-basics = È per chi non riesce a pagare cibo o bollette.
rule-pays-rent = È per chi vive in affitto.
rule-isee-up-to-26000 = Serve un ISEE fino a 26.000 euro.
rule-no-own-home = È per chi non ha una casa di proprietà.
rule-isee-up-to-16000 = Serve un ISEE fino a 16.000 euro.
rule-losing-home = È per chi sta per perdere la casa o non ce l'ha.
rule-nowhere-to-sleep = È per chi non ha dove dormire stanotte.
rule-no-family-doctor = È per chi non ha un medico di famiglia.
rule-can-register-with-health-service = Serve la cittadinanza europea o un permesso valido.
rule-without-valid-permit = È per chi non ha un permesso valido.
rule-needs-care-at-home = È per chi ha bisogno di cure a casa.
rule-mental-health = È per chi ha problemi della mente.
rule-addiction = È per chi ha una dipendenza.
rule-pregnancy-or-family-health = È per gravidanza e salute della donna.
rule-permit-expiring-or-expired = È per chi ha un permesso che scade o è scaduto.
rule-family-abroad = È per chi vuole far venire la famiglia in Italia.
rule-valid-permit = Serve un permesso valido.
rule-five-years-in-italy = Servono almeno 5 anni in Italia.
rule-learning-italian = È per chi vuole imparare l'italiano.
rule-without-valid-permit-or-asylum = È per chi non ha un permesso valido o ha chiesto asilo.
rule-in-danger-now = È per chi è in pericolo adesso.
rule-no-safe-place = È per chi non ha un posto sicuro dove andare.
rule-children-involved = È per chi ha bambini coinvolti.
rule-resident-here = Serve la residenza nel Comune.
rule-permit-for-municipal-services = Chi non è dell'Unione Europea deve avere un permesso. Va bene anche la ricevuta del rinnovo.
rule-needs-constant-care = È per chi ha bisogno di qualcuno sempre vicino.
rule-invalidity-100-or-pending = Serve l'invalidità al 100%, anche se la domanda è in corso.
rule-over-80 = È per chi ha almeno 80 anni.
rule-has-attendance-allowance = Serve l'indennità di accompagnamento.
rule-isee-up-to-6000 = Serve un ISEE fino a 6.000 euro.
rule-age-67-or-more = È per chi ha almeno 67 anni.
rule-income-up-to-583-a-month = Le entrate devono essere fino a circa 583 euro al mese.
rule-ten-years-in-italy = Servono almeno 10 anni in Italia.
rule-permit-for-social-pension = Da fuori dall'Unione Europea serve il permesso di lungo periodo o la protezione.
rule-severe-disability = Serve l'accompagnamento o la Legge 104 in situazione di gravità.
rule-has-carer = Serve un familiare o una badante che assiste a casa.
rule-cannot-manage-money = È per chi non riesce a gestire soldi e carte senza aiuto.
rule-under-6-or-over-65 = È per bambini sotto i 6 anni e per chi ha almeno 65 anni.
rule-invalidity-46-or-more = Serve una invalidità dal 46% in su.
rule-minor = È per chi ha meno di 18 anni.
rule-needs-school-or-care = È per chi ha bisogno di aiuto a scuola o di cure ogni giorno.
rule-no-attendance-allowance = Non si prende insieme all'accompagnamento.
rule-invalidity-74-or-more = Serve una invalidità dal 74% in su.
rule-child-mind-or-development = È per difficoltà nello sviluppo, a scuola o nell'umore.
rule-child-at-secondary-school = È per chi ha un figlio alle medie o alle superiori.
rule-child-3-to-13 = È per chi ha un figlio tra 3 e 13 anni.
rule-baby-born-recently = È per un bambino nato o adottato da poco.
rule-isee-up-to-20382 = Serve un ISEE fino a 20.382 euro.
rule-permit-for-inclusion = Da fuori dall'Unione Europea serve il permesso di lungo periodo o la protezione.
rule-isee-for-energy-bonus = Serve un ISEE fino a 9.530 euro, o fino a 20.000 euro con almeno 4 figli.
rule-isee-up-to-15000 = Serve un ISEE fino a 15.000 euro.
rule-household-of-3-or-more = È per famiglie di almeno 3 persone.
rule-cannot-repay-debts = È per chi ha debiti che non riesce a pagare.
rule-not-resident = È per chi non ha ancora la residenza nel Comune.
rule-isee-up-to-50000 = Serve un ISEE fino a 50.000 euro.
rule-valid-permit-not-long-term = Serve un permesso valido, che non sia già di lungo periodo.
rule-years-for-citizenship = Servono 10 anni di residenza in Italia. Bastano 5 anni per i rifugiati e 4 per i cittadini dell'Unione Europea.
rule-needs-money-to-leave = È per chi ha bisogno di soldi per vivere in autonomia.
rule-not-eu-citizen = È per chi viene da fuori dall'Unione Europea.
rule-isee-for-b2 = Serve un ISEE fino a 25.000 euro, o fino a 40.000 euro per un minore.
rule-has-eviction-notice = È per chi ha ricevuto uno sfratto perché non riesce a pagare.
rule-permit-for-family-benefits = Chi non è dell'Unione Europea deve avere un permesso che permette di lavorare.
rule-income-for-ticket = Le entrate devono essere fino a circa 2.780 euro al mese.
rule-age-17-or-more = È per chi ha almeno 17 anni.

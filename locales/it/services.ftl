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
svc-civil-invalidity-for = Per chi ha una malattia che limita la vita di ogni giorno.

svc-attendance-allowance = Indennità di accompagnamento
svc-attendance-allowance-gives = Soldi ogni mese dall'INPS, per pagare chi aiuta. Non dipende dal reddito.
svc-attendance-allowance-for = Per chi ha una invalidità al 100% e non può fare da solo le cose di ogni giorno.

svc-day-centre = Centro diurno per anziani
svc-day-centre-gives = Un posto dove passare la giornata. Ci sono cure, pasti e attività. La sera si torna a casa.
svc-day-centre-for = Per anziani che hanno bisogno di cure durante il giorno.

svc-carer-allowance = Aiuto per chi assiste un familiare (Misura B2)
svc-carer-allowance-gives = Soldi dalla Regione per chi si prende cura a casa di una persona non autonoma.
svc-carer-allowance-for = Per le famiglie che assistono a casa una persona con invalidità grave.

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
svc-disability-day-centre-for = Per adulti con disabilità che hanno bisogno di cura ogni giorno.

svc-invalidity-pension = Assegno o pensione di invalidità
svc-invalidity-pension-gives = Soldi ogni mese dall'INPS.
svc-invalidity-pension-for = Per persone da 18 a 66 anni con invalidità riconosciuta e reddito basso.

svc-child-benefit = Assegno Unico per i figli
svc-child-benefit-gives = Soldi ogni mese per ogni figlio, dal settimo mese di gravidanza ai 21 anni. Con l'ISEE si prende di più.
svc-child-benefit-for = Per tutte le famiglie con figli.

svc-nursery-bonus = Bonus asilo nido
svc-nursery-bonus-gives = Soldi dall'INPS per pagare l'asilo nido o l'aiuto a casa per i bambini piccoli.
svc-nursery-bonus-for = Per famiglie con bambini sotto i 3 anni.

svc-municipal-nursery = Asilo nido del Comune
svc-municipal-nursery-gives = Un posto al nido. Chi ha un ISEE basso paga meno.
svc-municipal-nursery-for = Per famiglie con bambini sotto i 3 anni.

svc-school-grant = Dote Scuola
svc-school-grant-gives = Un buono della Regione per comprare libri e materiale per la scuola.
svc-school-grant-for = Per studenti dai 6 ai 16 anni con ISEE fino a 15.748 euro.

svc-school-meals-discount = Sconto su mensa e trasporto scolastico
svc-school-meals-discount-gives = Il Comune fa pagare meno la mensa e il pulmino della scuola.
svc-school-meals-discount-for = Per famiglie con figli a scuola e ISEE basso.

svc-family-centre = Centro per la famiglia
svc-family-centre-gives = Incontri e consigli per genitori, anche durante la gravidanza. È gratis.
svc-family-centre-for = Per mamme, papà e chi aspetta un bambino.

svc-birth-bonus = Bonus per i nuovi nati
svc-birth-bonus-gives = 1.000 euro per ogni bambino nato o adottato. La domanda va fatta entro 120 giorni dalla nascita.
svc-birth-bonus-for = Per famiglie con ISEE fino a 40.000 euro.

svc-inclusion-allowance = Assegno di Inclusione (ADI)
svc-inclusion-allowance-gives = Soldi ogni mese e un percorso con i servizi sociali per uscire dalla povertà.
svc-inclusion-allowance-for = Per famiglie con ISEE fino a 10.140 euro, con un minore, una persona disabile o una persona con più di 60 anni.

svc-training-support = Supporto Formazione e Lavoro (SFL)
svc-training-support-gives = 500 euro al mese mentre fai un corso o un progetto di lavoro.
svc-training-support-for = Per persone da 18 a 59 anni senza lavoro, con ISEE fino a 10.140 euro.

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
svc-isee-help-for = Per chi non ha ancora l'ISEE di quest'anno.

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
svc-night-shelter-gives = Un letto per la notte, una doccia e un pasto. Va allo Sportello Sociale oggi o chiama il Comune.
svc-night-shelter-for = Per chi stanotte non ha un posto sicuro dove dormire.

svc-family-doctor = Iscrizione al servizio sanitario e medico di famiglia
svc-family-doctor-gives = Un medico di famiglia gratis e la tessera sanitaria.
svc-family-doctor-for = Per chi vive in Italia e non ha ancora un medico.

svc-stp-code = Codice STP per le cure
svc-stp-code-gives = Un codice per avere cure urgenti ed essenziali, anche senza permesso. Nessuno ti denuncia.
svc-stp-code-for = Per stranieri senza permesso di soggiorno valido.

svc-home-nursing = Cure a casa (ADI)
svc-home-nursing-gives = Infermieri e medici vengono a casa. Serve la richiesta del medico di famiglia.
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
svc-long-term-permit-for = Per chi vive in Italia con un permesso da almeno 5 anni.

svc-italian-course = Corso di italiano gratis
svc-italian-course-gives = Lezioni di italiano per adulti, con un certificato alla fine.
svc-italian-course-for = Per adulti stranieri che vogliono imparare l'italiano.

svc-migrant-legal-advice = Consulenza legale per stranieri
svc-migrant-legal-advice-gives = Un esperto ti spiega cosa puoi fare per il permesso o per l'asilo. È gratis.
svc-migrant-legal-advice-for = Per chi non ha un permesso valido o ha chiesto asilo.

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
svc-free-lawyer-for = Per chi subisce violenza in famiglia o stalking.

rule-needs-personal-care = Serve aiuto per lavarsi, per la casa o per muoversi.
rule-cannot-cook = Serve aiuto per cucinare.
rule-lives-alone = È per chi vive da solo.
rule-may-need-quick-help = È per chi può avere bisogno di aiuto subito.
rule-invalidity-not-recognised = È per chi non ha ancora l'invalidità riconosciuta.
rule-needs-constant-help = Serve aiuto continuo per lavarsi o per muoversi.
rule-invalidity-full-or-pending = Serve l'invalidità al 100%, anche se la domanda è in corso.
rule-over-65 = È per chi ha almeno 65 anni.
rule-needs-care-during-day = Serve cura durante il giorno.
rule-invalidity-full = Serve l'invalidità al 100%.
rule-isee-up-to-25000 = Serve un ISEE fino a 25.000 euro.
rule-law-104-not-recognised = È per chi non ha ancora la Legge 104.
rule-hard-to-move-around = È per chi ha difficoltà a muoversi o a parcheggiare.
rule-needs-transport = È per chi ha bisogno di trasporto.
rule-wants-work = È per chi cerca lavoro.
rule-working-age = È per chi ha da 16 a 66 anni.
rule-invalidity-recognised = Serve una invalidità riconosciuta.
rule-needs-school-support = È per chi ha bisogno di aiuto a scuola.
rule-school-age = È per chi ha da 3 a 20 anni.
rule-needs-daily-care = È per chi ha bisogno di cura ogni giorno.
rule-adult = È per chi ha almeno 18 anni.
rule-age-18-to-66 = È per chi ha da 18 a 66 anni.
rule-has-children-or-expecting = È per chi ha figli o aspetta un bambino.
rule-child-under-3 = È per chi ha un figlio sotto i 3 anni.
rule-needs-childcare = È per chi ha bisogno che qualcuno tenga i bambini.
rule-child-at-school = È per chi ha un figlio tra 6 e 17 anni.
rule-school-costs-hard = È per chi fatica a pagare le spese della scuola.
rule-isee-up-to-15748 = Serve un ISEE fino a 15.748 euro.
rule-child-3-to-17 = È per chi ha un figlio tra 3 e 17 anni.
rule-parenting-or-expecting = È per genitori che vogliono aiuto e per chi aspetta un bambino.
rule-baby-born-or-coming = È per chi aspetta un bambino o ne ha uno piccolo.
rule-isee-up-to-40000 = Serve un ISEE fino a 40.000 euro.
rule-household-with-minor-disabled-or-over-60 = In famiglia serve un minore, una persona disabile o una persona con più di 60 anni.
rule-isee-up-to-10140 = Serve un ISEE fino a 10.140 euro.
rule-age-18-to-59 = È per chi ha da 18 a 59 anni.
rule-without-work = È per chi non lavora.
rule-lost-job = È per chi ha perso il lavoro.
rule-not-by-choice = Il lavoro deve essere finito senza volerlo.
rule-age-16-to-66 = È per chi ha da 16 a 66 anni.
rule-isee-up-to-9530 = Serve un ISEE fino a 9.530 euro.
rule-no-isee-yet = È per chi non ha ancora l'ISEE.
rule-not-enough-food = È per chi non ha abbastanza cibo.
rule-cannot-pay-basics = È per chi non riesce a pagare cibo o bollette.
rule-pays-rent = È per chi vive in affitto.
rule-isee-up-to-26000 = Serve un ISEE fino a 26.000 euro.
rule-behind-with-rent-or-evicted = È per chi è indietro con l'affitto o ha uno sfratto.
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

# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Privacy
privacy-intro = Qui trovi quali dati usa Ponte, perché, chi li vede e per quanto tempo. Prima un riassunto, poi i dettagli.
privacy-summary =
    Per vedere gli aiuti adatti a te non ti chiediamo il nome.
    Se non prenoti, cancelliamo le tue risposte. Lo facciamo entro { $draft-minutes } minuti.
    Se prenoti, le risposte vanno allo sportello che scegli. Con loro vanno il nome e, se vuoi, un telefono o una email.
    Dopo l'appuntamento, aspettiamo { $days } giorni. Poi cancelliamo nome, contatti e risposte.
    Ponte ti dà solo consigli. Decide sempre una persona dello sportello.
    Non usiamo cookie di pubblicità. Non vendiamo i tuoi dati.
    Puoi vedere, correggere o cancellare i tuoi dati. Scrivi a { $contact }.

privacy-who-heading = Chi risponde dei tuoi dati
privacy-who-body =
    Il titolare dei dati è { $controller }. Il titolare decide come usare i dati e ne risponde.
    Per scrivere al titolare: { $contact }.
    Il titolare ha un responsabile della protezione dei dati. Il suo contatto è { $dpo }.

privacy-desks-heading = Sportelli che non sono del Comune
privacy-desks-body =
    Alcuni sportelli non sono del Comune. Per esempio un CAF, un patronato, la Caritas, l'ASST, un CPIA o il centro antiviolenza.
    Se prenoti con uno di loro, Ponte gli manda la prenotazione e le risposte. Poi anche quello sportello usa i tuoi dati, per il suo servizio.
    Ogni sportello ha le sue regole sulla privacy. Puoi chiederle allo sportello.

privacy-what-heading = Quali dati usiamo
privacy-what-body =
    Le risposte alle domande, anche il Comune dove vivi. Alcune dicono cose delicate: la salute, una disabilità, il permesso di soggiorno, la violenza.
    I documenti che dici di avere.
    Se prenoti: il nome, il telefono o la email se li dai, la lingua e il messaggio per lo sportello. Anche chi compila: tu, un parente o un mediatore.
    Il codice della prenotazione e il PIN. Il PIN lo salviamo in una forma che non si può leggere.
    Se dai un PIN a chi ti aiuta: il suo nome, chi è per te, il suo telefono o la sua email se li dai, e quando sei d'accordo. Anche il suo PIN lo salviamo in una forma che non si può leggere.
    Se telefoni o vieni allo sportello, un operatore può scrivere la richiesta per te. Salviamo anche come è arrivata e chi l'ha scritta.
    Se un mediatore o un operatore risponde alle domande con te, salviamo chi ti ha aiutato e come hai detto di sì: di persona o al telefono.
    L'indirizzo internet del tuo telefono o computer. Lo usiamo solo per contare i tentativi sbagliati e le prenotazioni. Lo salviamo in una forma che non si può leggere.

privacy-why-heading = Perché li usiamo
privacy-why-body =
    Per un compito pubblico: dirti quali aiuti ci sono e preparare il tuo incontro con lo sportello. È la base del GDPR, art. 6, par. 1, lett. e.
    Le cose delicate le usiamo per un motivo di interesse pubblico: i servizi sociali e di cura. È la base del GDPR, art. 9, par. 2, lett. g e h.
    Per questo non ti chiediamo il consenso. La casella nel modulo dice solo che vuoi mandare le risposte allo sportello.
    Per dare un PIN a chi ti aiuta, invece, serve il tuo consenso. È la base del GDPR, art. 6, par. 1, lett. a. Lo ritiri quando vuoi: togli il PIN.
    Contiamo i tentativi sbagliati per proteggere le prenotazioni. Così nessuno può indovinare i codici.
    Contiamo anche le prenotazioni fatte da un indirizzo in un giorno. Così nessuno può prendere tutti gli orari di uno sportello.

privacy-suggestions-heading = Ponte consiglia, una persona decide
privacy-suggestions-body =
    Ponte ti mostra gli aiuti che possono fare per te, in base alle risposte. È solo un consiglio.
    Ponte non decide se hai diritto a un aiuto. Lo decide una persona dello sportello, dopo aver parlato con te.

privacy-recipients-heading = Chi vede i tuoi dati
privacy-recipients-body =
    Oltre a te, vede la prenotazione solo chi lavora allo sportello che scegli.
    Se dai un PIN a chi ti aiuta, anche questa persona vede la prenotazione. Non può scaricare i tuoi dati né dare PIN ad altri.
    Se parli un'altra lingua, può venire all'appuntamento un mediatore culturale. Il mediatore che viene vede il tuo nome, il giorno, l'ora, lo sportello, il servizio e i documenti da portare. Non vede le tue risposte, il tuo messaggio né il tuo telefono o la tua email.
    Chi gestisce i server di Ponte può vedere i dati solo per farlo funzionare. Lo fa per il titolare, con un contratto.
    Ponte non carica niente da altri siti. Niente pubblicità, niente statistiche, niente caratteri da altri server.
    Diamo i dati ad altri solo se lo chiede la legge.

privacy-keep-heading = Per quanto tempo
privacy-keep-body =
    Le risposte restano sul server mentre rispondi. Se prenoti, passano alla prenotazione.
    Se non prenoti, le cancelliamo quando premi «Esci subito da questa pagina». Se no, le cancelliamo al massimo { $draft-minutes } minuti dopo l'ultima risposta.
    Nome, contatti, risposte e messaggio: li cancelliamo { $days } giorni dopo l'appuntamento. Per una richiesta senza appuntamento, { $days } giorni dopo l'ultima novità.
    Se annulli la prenotazione, li cancelliamo subito.
    Il nome e il contatto di chi ti aiuta li cancelliamo insieme ai tuoi. Se togli il PIN a chi ti aiuta, li cancelliamo subito.
    Quando chi ti aiuta usa il suo PIN, lo scriviamo nel registro degli accessi: chi, cosa e quando. Senza indirizzo internet.
    Restano solo numeri senza nome: quante prenotazioni, per quale servizio, in quale sportello.
    I tentativi sbagliati li contiamo per { $attempts-minutes } minuti, le prenotazioni per { $bookings-hours } ore. Dopo { $counts-days } giorni al massimo cancelliamo anche questi conti.
    Il server scrive un registro per funzionare bene. Nel registro non ci sono il tuo indirizzo internet e il codice della prenotazione.

privacy-location-heading = «Usa la mia posizione»
privacy-location-body =
    Nella ricerca degli sportelli puoi premere «Usa la mia posizione». Il browser ti chiede il permesso.
    La posizione la arrotondiamo a circa un chilometro. Serve solo a trovare il Comune più vicino.
    Non la salviamo. Non va nell'indirizzo della pagina.

privacy-cookies-heading = Cookie
privacy-cookies-body =
    ponte_lang ricorda la lingua che scegli dal menu delle lingue. Dura un anno. Lo mettiamo solo se scegli una lingua.
    ponte_session tiene le risposte mentre rispondi e i codici delle prenotazioni fatte qui. Con https si chiama __Host-ponte_session. Scade dopo { $session-minutes } minuti senza attività.
    Sono cookie tecnici: servono a fare quello che chiedi. Non ci sono altri cookie.

privacy-rights-heading = I tuoi diritti
privacy-rights-body =
    Puoi chiedere di vedere i tuoi dati, di correggerli o di cancellarli. Puoi chiedere di usarli di meno o opporti al loro uso.
    Con il codice e il PIN vedi la prenotazione. Lì puoi dare un PIN a chi ti aiuta e toglierlo quando vuoi. Il telefono o la email non bastano: chi ti conosce potrebbe saperli. Lì puoi scaricare i tuoi dati in un file. Puoi cambiare l'orario o annullarla. Se annulli, cancelliamo subito i tuoi dati. Dopo l'appuntamento puoi cancellarli tu, con un pulsante.
    Per il resto scrivi a { $contact }. Puoi scrivere anche al responsabile della protezione dei dati: { $dpo }. Oppure chiedi allo sportello.
    Pensi che non rispettiamo le regole? Puoi fare reclamo al Garante per la protezione dei dati personali: www.garanteprivacy.it.

staff-privacy-title = Privacy per chi lavora con Ponte
staff-privacy-intro = Questa pagina è per chi lavora allo sportello: operatori, mediatori e chi gestisce gli account.
staff-privacy-summary =
    Usiamo nome, email e ruolo per darti l'accesso.
    La password la salviamo in una forma che non si può leggere.
    Quando apri una richiesta o un elenco, o cambi qualcosa, lo scriviamo nel registro. Con l'ora e l'indirizzo internet.
    Ponte non cancella e non cambia il registro.

staff-privacy-who-heading = Chi risponde dei tuoi dati
staff-privacy-who-body =
    Il titolare dei dati è { $controller }. Per scrivere al titolare: { $contact }.
    Il responsabile della protezione dei dati: { $dpo }.

staff-privacy-what-heading = Quali dati usiamo
staff-privacy-what-body =
    Nome, email, ruolo e sportelli del tuo account.
    La password, salvata con argon2id. Nessuno la può leggere, neanche chi gestisce Ponte.
    La chiave dell'app dei codici di accesso: è nel database, perché serve per controllare i codici. I codici di riserva, salvati in una forma che non si può leggere.
    Il registro: chi ha aperto, preso o cambiato una richiesta, quando e da quale indirizzo internet. Anche chi ha letto l'elenco delle richieste o degli appuntamenti. E chi ha creato un account, dato una nuova password o spento un account. E ogni codice di accesso dato o rifiutato. E chi ha iniziato le domande con una persona.
    Gli accessi sbagliati, contati per { $attempts-minutes } minuti.
    Se sei mediatore: le lingue che parli e i giorni e le ore in cui sei agli sportelli. Il pubblico vede solo la lingua e il giorno, non il tuo nome. Il registro dice anche a quali appuntamenti hai detto che vieni.

staff-privacy-why-heading = Perché li usiamo
staff-privacy-why-body =
    Per darti l'accesso e per proteggere i dati delle persone. Il registro dice chi ha letto o cambiato una richiesta.
    La base è il compito pubblico del titolare e il suo dovere di sicurezza. GDPR, art. 6, par. 1, lett. c ed e, e art. 32.

staff-privacy-keep-heading = Per quanto tempo
staff-privacy-keep-body =
    L'account resta finché un amministratore non lo chiude.
    Ponte non cancella il registro. Il titolare decide per quanto tempo tenerlo.
    L'accesso finisce dopo { $staff-idle-minutes } minuti senza attività. Finisce comunque dopo { $staff-max-hours } ore.

staff-privacy-cookies-heading = Cookie
staff-privacy-cookies-body =
    ponte-staff tiene aperto il tuo accesso. Con https si chiama __Host-ponte-staff.
    Nel database salviamo solo un'impronta del cookie, non il cookie.
    Il cookie finisce quando esci, quando chiudi il browser o quando l'accesso scade.

staff-privacy-rights-heading = I tuoi diritti
staff-privacy-rights-body =
    Puoi chiedere di vedere i tuoi dati, di correggerli o di cancellarli. Puoi chiedere di usarli di meno o opporti al loro uso.
    Scrivi a { $contact } o a { $dpo }.
    Puoi fare reclamo al Garante per la protezione dei dati personali: www.garanteprivacy.it.

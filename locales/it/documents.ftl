doc-identity = Documento di identità
doc-identity-what = Carta d'identità, passaporto o patente.
doc-identity-where = Se non ce l'hai, la carta d'identità si chiede all'anagrafe del Comune.

doc-health-card = Tessera sanitaria
doc-health-card-what = La tessera verde o blu con il codice fiscale.
doc-health-card-where = La manda l'Agenzia delle Entrate. Se l'hai persa, chiedila all'Azienda sanitaria.

doc-isee = Attestazione ISEE
doc-isee-what = Il foglio con il valore ISEE della famiglia, valido per quest'anno.
doc-isee-where = La fa gratis un CAF, oppure tu sul sito dell'INPS.

doc-permit = Permesso di soggiorno
doc-permit-what = Il permesso valido, o la ricevuta della domanda di rinnovo.
doc-permit-where = Lo rilascia la Questura.

doc-passport = Passaporto
doc-passport-what = Il passaporto del tuo paese. Per il permesso di soggiorno deve essere valido, non scaduto.
doc-passport-where = Lo rilascia il consolato o l'ambasciata del tuo paese.

doc-medical-report = Certificati del medico
doc-medical-report-what = Fogli del medico o dell'ospedale che spiegano la malattia.
doc-medical-report-where = Chiedili al medico di famiglia o all'ospedale.

doc-invalidity-report = Verbale di invalidità
doc-invalidity-report-what = Il foglio dei medici che dice quanta invalidità hai, in percentuale.
doc-invalidity-report-where = Lo manda l'INPS. Puoi scaricarlo anche dal sito dell'INPS.

doc-income = Prove del reddito
doc-income-what = Ultime buste paga, il modello CU o la dichiarazione dei redditi.
doc-income-where = Li dà il datore di lavoro o l'INPS. Un CAF può aiutarti a trovarli.

doc-bank-details = IBAN
doc-bank-details-what = Il codice del conto in banca o alla posta, per ricevere i soldi.
doc-bank-details-where = Lo trovi sui fogli della banca o della posta, o nell'app.

doc-bank-statements = Saldo e giacenza del conto
doc-bank-statements-what = Quanto c'era sul conto il 31 dicembre di due anni fa, e in media in quell'anno. Per l'ISEE del 2026 conta il 2024.
doc-bank-statements-where = Chiedilo alla banca o alla posta.

doc-job-end = Lettera di fine lavoro
doc-job-end-what = La lettera di licenziamento o il contratto scaduto.
doc-job-end-where = La dà il datore di lavoro.

doc-rent-contract = Contratto di affitto
doc-rent-contract-what = Il contratto registrato della casa dove vivi.
doc-rent-contract-where = Lo ha il padrone di casa. Chiedigli una copia.

doc-rent-receipts = Ricevute dell'affitto
doc-rent-receipts-what = Le prove che hai pagato l'affitto, per esempio i bonifici.
doc-rent-receipts-where = Le trovi in banca o le chiedi al padrone di casa.

doc-eviction-notice = Atto di sfratto
doc-eviction-notice-what = Il foglio del tribunale con lo sfratto.
doc-eviction-notice-where = Ti è arrivato per posta o da un ufficiale giudiziario.

doc-bills = Bollette
doc-bills-what = Le ultime bollette di luce, gas o acqua.
doc-bills-where = Arrivano per posta o email, o si scaricano dal sito del fornitore.

doc-children-tax-codes = Codici fiscali dei figli
doc-children-tax-codes-what = Il codice fiscale di ogni figlio.
doc-children-tax-codes-where = È sulla tessera sanitaria dei figli.

doc-nursery-receipts = Ricevute del nido
doc-nursery-receipts-what = Le ricevute delle rette pagate al nido.
doc-nursery-receipts-where = Le dà l'asilo nido.

doc-passport-photos = Fototessere
doc-passport-photos-what = Foto recenti formato tessera, di solito 2 o 4.
doc-passport-photos-where = Si fanno dal fotografo o in una cabina per foto.

doc-revenue-stamp = Marca da bollo
doc-revenue-stamp-what = Un bollo da 16 euro da mettere sulla domanda.
doc-revenue-stamp-where = Si compra dal tabaccaio.

doc-housing-suitability = Certificato di idoneità dell'alloggio
doc-housing-suitability-what = Un foglio che dice che la casa è abbastanza grande e sana.
doc-housing-suitability-where = Si chiede all'Ufficio tecnico del Comune.

doc-family-certificates = Certificati di famiglia
doc-family-certificates-what = Certificati di nascita o di matrimonio della famiglia. Devono essere tradotti e legalizzati.
doc-family-certificates-where = Si chiedono nel paese di origine e si fanno legalizzare al consolato.

doc-italian-a2 = Certificato di italiano A2
doc-italian-a2-what = La prova che conosci l'italiano di base.
doc-italian-a2-where = Si ottiene con un test in Prefettura o con un corso al CPIA.

doc-introductory-certificate = Certificato medico introduttivo
doc-introductory-certificate-what = Il certificato con cui il medico di famiglia apre la domanda all'INPS. È il primo passo.
doc-introductory-certificate-where = Lo fa il medico di famiglia e lo manda lui all'INPS. Tieni il numero che ti dà.

doc-carer-contract = Contratto della badante
doc-carer-contract-what = Il contratto di lavoro di chi assiste a casa, se non è un familiare.
doc-carer-contract-where = Lo hai firmato con la badante. Lo trovi anche sul sito dell'INPS.

doc-debt-papers = Carte dei debiti
doc-debt-papers-what = I contratti dei prestiti, le lettere della banca e le cartelle delle tasse.
doc-debt-papers-where = Raccogli quelle che hai a casa. La banca può darti un riepilogo.

doc-centre-statement = Dichiarazione del centro antiviolenza
doc-centre-statement-what = Un foglio del centro antiviolenza che dice che ti segue.
doc-centre-statement-where = Lo chiedi al centro antiviolenza. Il 1522 ti mette in contatto.

doc-birth-certificate = Atto di nascita
doc-birth-certificate-what = Il documento del tuo paese con il luogo e la data di nascita, tradotto e legalizzato.
doc-birth-certificate-where = Lo chiedi nel tuo paese o al consolato.

doc-criminal-record = Certificato penale del tuo paese
doc-criminal-record-what = Il documento che dice se hai condanne nel tuo paese, tradotto e legalizzato.
doc-criminal-record-where = Lo chiedi nel tuo paese o al consolato.

doc-italian-b1 = Certificato di italiano B1
doc-italian-b1-what = Il certificato che dice che conosci l'italiano al livello B1.
doc-italian-b1-where = Lo danno le scuole per adulti (CPIA) e alcuni enti riconosciuti.

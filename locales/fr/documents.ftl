doc-identity = Pièce d'identité
doc-identity-what = Carte d'identité, passeport ou permis de conduire.
doc-identity-where = Si vous n'en avez pas, la carte d'identité se demande au service de l'état civil et de la population (anagrafe) de la commune.

doc-health-card = Carte de santé (tessera sanitaria)
doc-health-card-what = La carte verte ou bleue avec le code fiscal (codice fiscale).
doc-health-card-where = C'est l'Agence des impôts (Agenzia delle Entrate) qui l'envoie. Si vous l'avez perdue, demandez-la à l'agence sanitaire locale (Azienda sanitaria).

doc-isee = Attestation ISEE
doc-isee-what = La feuille avec la valeur ISEE de la famille (l'indicateur de ses revenus et de ses biens), valable pour cette année.
doc-isee-where = Un CAF (bureau d'aide gratuit) la fait gratuitement, ou vous pouvez la faire vous-même sur le site de l'INPS.

doc-permit = Titre de séjour (permesso di soggiorno)
doc-permit-what = Le titre de séjour valable, ou le récépissé de la demande de renouvellement.
doc-permit-where = C'est la préfecture de police (Questura) qui le délivre.

doc-passport = Passeport
doc-passport-what = Le passeport de votre pays. Pour le titre de séjour (permesso di soggiorno), il doit être valable, pas expiré.
doc-passport-where = C'est le consulat ou l'ambassade de votre pays qui le délivre.

doc-medical-report = Certificats du médecin
doc-medical-report-what = Des papiers du médecin ou de l'hôpital qui expliquent la maladie.
doc-medical-report-where = Demandez-les à votre médecin traitant (medico di famiglia) ou à l'hôpital.

doc-invalidity-report = Procès-verbal d'invalidité (verbale di invalidità)
doc-invalidity-report-what = La feuille des médecins qui dit votre taux d'invalidité, en pourcentage.
doc-invalidity-report-where = C'est l'INPS qui l'envoie. Vous pouvez aussi le télécharger sur le site de l'INPS.

doc-income = Preuves de revenus
doc-income-what = Les dernières fiches de paie (buste paga), le formulaire CU ou la déclaration de revenus.
doc-income-where = L'employeur ou l'INPS vous les donne. Un CAF (bureau d'aide gratuit) peut vous aider à les trouver.

doc-bank-details = IBAN
doc-bank-details-what = Le code de votre compte à la banque ou à la poste, pour recevoir l'argent.
doc-bank-details-where = Vous le trouvez sur les papiers de la banque ou de la poste, ou dans l'application.

doc-bank-statements = Solde et solde moyen du compte (saldo e giacenza)
doc-bank-statements-what = Combien il y avait sur le compte le 31 décembre d'il y a deux ans, et en moyenne pendant cette année-là. Pour l'ISEE de 2026, c'est l'année 2024 qui compte.
doc-bank-statements-where = Demandez-le à la banque ou à la poste.

doc-job-end = Lettre de fin de travail
doc-job-end-what = La lettre de licenciement ou le contrat terminé.
doc-job-end-where = C'est l'employeur qui la donne.

doc-rent-contract = Contrat de location (contratto di affitto)
doc-rent-contract-what = Le contrat enregistré du logement où vous vivez.
doc-rent-contract-where = Le propriétaire l'a. Demandez-lui une copie.

doc-rent-receipts = Reçus du loyer
doc-rent-receipts-what = Les preuves que vous avez payé le loyer, par exemple les virements.
doc-rent-receipts-where = Vous les trouvez à la banque, ou vous les demandez au propriétaire.

doc-eviction-notice = Acte d'expulsion (atto di sfratto)
doc-eviction-notice-what = Le papier du tribunal avec l'expulsion.
doc-eviction-notice-where = Vous l'avez reçu par la poste ou par un huissier (ufficiale giudiziario).

doc-bills = Factures
doc-bills-what = Les dernières factures d'électricité, de gaz ou d'eau.
doc-bills-where = Elles arrivent par la poste ou par e-mail, ou on les télécharge sur le site du fournisseur.

doc-children-tax-codes = Codes fiscaux des enfants (codici fiscali)
doc-children-tax-codes-what = Le code fiscal (codice fiscale) de chaque enfant.
doc-children-tax-codes-where = Il est sur la carte de santé (tessera sanitaria) des enfants.

doc-nursery-receipts = Reçus de la crèche
doc-nursery-receipts-what = Les reçus des frais payés à la crèche (nido).
doc-nursery-receipts-where = C'est la crèche qui les donne.

doc-passport-photos = Photos d'identité
doc-passport-photos-what = Des photos récentes format identité, en général 2 ou 4.
doc-passport-photos-where = On les fait chez le photographe ou dans une cabine photo.

doc-revenue-stamp = Timbre fiscal (marca da bollo)
doc-revenue-stamp-what = Un timbre de 16 euros à mettre sur la demande.
doc-revenue-stamp-where = On l'achète au bureau de tabac (tabaccheria).

doc-housing-suitability = Certificat de conformité du logement (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = Un papier qui dit que le logement est assez grand et sain.
doc-housing-suitability-where = On le demande au service technique de la commune (Ufficio tecnico del Comune).

doc-family-certificates = Certificats de famille
doc-family-certificates-what = Les actes de naissance ou de mariage de la famille. Ils doivent être traduits et légalisés.
doc-family-certificates-where = On les demande dans le pays d'origine et on les fait légaliser au consulat.

doc-italian-a2 = Certificat d'italien A2
doc-italian-a2-what = La preuve que vous connaissez l'italien de base.
doc-italian-a2-where = On l'obtient avec un test à la Préfecture (Prefettura) ou avec un cours au CPIA (école pour adultes).

doc-introductory-certificate = Premier certificat du médecin (certificato medico introduttivo)
doc-introductory-certificate-what = Le certificat avec lequel le médecin traitant ouvre la demande à l'INPS. C'est la première étape.
doc-introductory-certificate-where = C'est le médecin traitant qui le fait et qui l'envoie lui-même à l'INPS. Gardez le numéro qu'il vous donne.

doc-carer-contract = Contrat de l'aide à domicile (badante)
doc-carer-contract-what = Le contrat de travail de la personne qui s'occupe du malade à la maison, si ce n'est pas un membre de la famille.
doc-carer-contract-where = Vous l'avez signé avec l'aide à domicile (badante). Vous le trouvez aussi sur le site de l'INPS.

doc-debt-papers = Papiers des dettes
doc-debt-papers-what = Les contrats de prêt, les lettres de la banque et les avis d'impôts à payer (cartelle).
doc-debt-papers-where = Rassemblez ceux que vous avez à la maison. La banque peut vous donner un récapitulatif.

doc-centre-statement = Attestation du centre antiviolence
doc-centre-statement-what = Un papier du centre antiviolence (centro antiviolenza) qui dit qu'il vous accompagne.
doc-centre-statement-where = Vous la demandez au centre antiviolence. Le 1522 vous met en contact.

doc-birth-certificate = Acte de naissance
doc-birth-certificate-what = Le document de votre pays avec le lieu et la date de naissance, traduit et légalisé.
doc-birth-certificate-where = Vous le demandez dans votre pays ou au consulat.

doc-criminal-record = Extrait de casier judiciaire de votre pays
doc-criminal-record-what = Le document qui dit si vous avez des condamnations dans votre pays, traduit et légalisé.
doc-criminal-record-where = Vous le demandez dans votre pays ou au consulat.

doc-italian-b1 = Certificat d'italien B1
doc-italian-b1-what = Le certificat qui dit que vous connaissez l'italien au niveau B1.
doc-italian-b1-where = Ce sont les écoles pour adultes (CPIA) et certains organismes reconnus qui le donnent.

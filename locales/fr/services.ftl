# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Guichet social de la commune (Sportello Sociale)
provider-pua = Point d'accès unique (Porta Unica di Accesso, PUA)
provider-inps = INPS (institut national de sécurité sociale), aussi par un CAF ou un patronato
provider-caf-patronato = CAF ou patronato (bureaux d'aide gratuits)
provider-centro-impiego = Agence pour l'emploi (Centro per l'impiego)
provider-sportello-stranieri = Guichet des étrangers (Sportello Stranieri)
provider-centro-antiviolenza = Centre antiviolence (Centro antiviolenza)
provider-asst = Agence sanitaire locale (ASST)
provider-caritas = Caritas et banque alimentaire (banco alimentare)
provider-ufficio-scuola = Service école de la commune (Ufficio scuola)
provider-cpia = École pour adultes (CPIA)
provider-comune = Services de la commune (Comune)
provider-emergency = Numéros d'urgence

time-now = Tout de suite
time-days = Quelques jours
time-weeks = Quelques semaines
time-months = Quelques mois
time-call = Quand la commune ouvre l'appel à candidatures (bando), en général une fois par an

svc-first-listening = Premier entretien au guichet social (Sportello Sociale)
svc-first-listening-gives = Un rendez-vous pour expliquer votre situation. On vous écoute, on vous explique vos droits et on vous dit où aller. C'est gratuit.
svc-first-listening-for = Pour tout le monde, aussi pour les personnes qui ne savent pas par où commencer.

svc-social-worker = Rendez-vous avec l'assistant social
svc-social-worker-gives = L'assistant social (assistente sociale) apprend à connaître votre situation et prépare avec vous un plan d'aides.
svc-social-worker-for = Pour les personnes qui vivent une situation difficile et qui ont besoin de plusieurs aides à la fois.

svc-home-care = Aide à domicile (SAD)
svc-home-care-gives = Un professionnel vient à la maison. Il aide à se laver, à s'habiller et à garder la maison propre.
svc-home-care-for = Pour les personnes qui n'arrivent plus à faire seules les choses de tous les jours.

svc-meals-at-home = Repas à domicile
svc-meals-at-home-gives = Un repas chaud apporté à la maison chaque jour. Le prix dépend de l'ISEE.
svc-meals-at-home-for = Pour les personnes qui n'arrivent plus à cuisiner seules.

svc-telecare = Téléassistance (telesoccorso)
svc-telecare-gives = Un petit appareil avec un bouton. Si vous appuyez dessus, un centre répond jour et nuit et envoie de l'aide.
svc-telecare-for = Pour les personnes qui vivent seules et qui peuvent avoir besoin d'aide tout de suite.

svc-civil-invalidity = Demande d'invalidité civile (invalidità civile)
svc-civil-invalidity-gives = La reconnaissance qu'une maladie limite la vie. Elle ouvre la voie à d'autres aides et à de l'argent.
svc-civil-invalidity-for = Pour les personnes qui ont une maladie qui limite la vie de tous les jours. La première étape est le certificat du médecin traitant (medico di famiglia).

svc-attendance-allowance = Allocation d'accompagnement (indennità di accompagnamento)
svc-attendance-allowance-gives = De l'argent chaque mois de l'INPS, pour payer la personne qui aide. Elle ne dépend pas des revenus.
svc-attendance-allowance-for = Pour les personnes qui ont une invalidité à 100 % et qui ont besoin d'une aide continue. On la demande avec un nouveau certificat du médecin.

svc-day-centre = Centre de jour pour personnes âgées (centro diurno)
svc-day-centre-gives = Un endroit où passer la journée. Il y a des soins, des repas et des activités. Le soir, on rentre à la maison.
svc-day-centre-for = Pour les personnes âgées qui ont besoin de soins pendant la journée. La demande passe par le PUA (point d'accès unique).

svc-carer-allowance = Aide pour les personnes qui s'occupent d'un proche (Misura B2)
svc-carer-allowance-gives = De l'argent de la Région pour les personnes qui s'occupent à la maison d'une personne qui n'est pas autonome.
svc-carer-allowance-for = Pour les personnes qui ont l'allocation d'accompagnement (accompagnamento) ou la loi 104 (Legge 104) pour handicap grave, et qui sont aidées à la maison par un proche ou par une aide à domicile (badante) avec un contrat. La demande passe par le PUA (point d'accès unique).

svc-law-104-recognition = Demande pour la loi 104 (Legge 104)
svc-law-104-recognition-gives = La reconnaissance du handicap. Elle donne des congés au travail et d'autres aides.
svc-law-104-recognition-for = Pour les personnes handicapées et pour leur famille.

svc-disabled-parking = Carte de stationnement (contrassegno)
svc-disabled-parking-gives = Une carte pour la voiture. Elle permet de se garer sur les places pour personnes handicapées.
svc-disabled-parking-for = Pour les personnes qui marchent avec beaucoup de difficulté ou qui ne voient pas.

svc-social-transport = Transport social
svc-social-transport-gives = Une voiture ou un minibus vous emmène à des rendez-vous médicaux, à des thérapies ou au centre de jour.
svc-social-transport-for = Pour les personnes qui ne peuvent pas se déplacer seules en transports en commun.

svc-targeted-employment = Emploi accompagné (collocamento mirato)
svc-targeted-employment-gives = De l'aide pour trouver un travail adapté. Les entreprises doivent embaucher des personnes handicapées.
svc-targeted-employment-for = Pour les personnes qui ont une invalidité de 46 % ou plus et qui cherchent du travail.

svc-school-assistant = Assistant à l'école
svc-school-assistant-gives = Un éducateur aide à l'école un enfant ou un jeune handicapé.
svc-school-assistant-for = Pour les élèves handicapés. De la maternelle jusqu'au lycée.

svc-disability-day-centre = Centre de jour pour personnes handicapées (centro diurno)
svc-disability-day-centre-gives = Un endroit où passer la journée, avec des activités et des soins. Le soir, on rentre à la maison.
svc-disability-day-centre-for = Pour les adultes handicapés qui ont besoin de soins tous les jours. La demande passe par le PUA (point d'accès unique).

svc-invalidity-pension = Allocation ou pension d'invalidité (assegno o pensione di invalidità)
svc-invalidity-pension-gives = De l'argent chaque mois de l'INPS : l'allocation à partir de 74 % d'invalidité, la pension à 100 %.
svc-invalidity-pension-for = Pour les personnes de 18 à 66 ans avec une invalidité de 74 % ou plus et de petits revenus.

svc-child-benefit = Allocation unique pour les enfants (Assegno Unico)
svc-child-benefit-gives = De l'argent chaque mois pour chaque enfant, du septième mois de grossesse jusqu'à 21 ans. Avec l'ISEE, on reçoit plus.
svc-child-benefit-for = Pour toutes les familles avec des enfants.

svc-nursery-bonus = Aide pour la crèche (Bonus asilo nido)
svc-nursery-bonus-gives = De l'argent de l'INPS pour payer la crèche ou l'aide à la maison pour les jeunes enfants.
svc-nursery-bonus-for = Pour les familles avec des enfants de moins de 3 ans. Avec un ISEE bas, on reçoit plus.

svc-municipal-nursery = Crèche de la commune (asilo nido)
svc-municipal-nursery-gives = Une place à la crèche. Les familles avec un ISEE bas paient moins.
svc-municipal-nursery-for = Pour les familles avec des enfants de moins de 3 ans.

svc-school-grant = Aide pour le matériel scolaire (Dote Scuola)
svc-school-grant-gives = Un bon de la Région pour acheter des livres et du matériel pour l'école.
svc-school-grant-for = Pour les élèves du collège et du lycée, avec un ISEE jusqu'à 15 748 euros.

svc-school-meals-discount = Réduction pour la cantine et le transport scolaire
svc-school-meals-discount-gives = La commune fait payer moins cher la cantine et le bus de l'école.
svc-school-meals-discount-for = Pour les familles avec des enfants à l'école maternelle, à l'école primaire ou au collège. Les familles avec un ISEE bas paient moins.

svc-family-centre = Centre pour la famille (Centro per la famiglia)
svc-family-centre-gives = Des rencontres et des conseils pour les parents, aussi pendant la grossesse. C'est gratuit.
svc-family-centre-for = Pour les mamans, les papas et les personnes qui attendent un bébé.

svc-birth-bonus = Prime de naissance (Bonus per i nuovi nati)
svc-birth-bonus-gives = 1 000 euros pour chaque enfant né ou adopté. Il faut faire la demande dans les 120 jours après la naissance.
svc-birth-bonus-for = Pour les enfants nés ou adoptés à partir de 2025, dans les familles avec un ISEE jusqu'à 40 000 euros.

svc-inclusion-allowance = Allocation d'inclusion (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = De l'argent chaque mois et un parcours avec les services sociaux pour sortir de la pauvreté.
svc-inclusion-allowance-for = Pour les familles avec un ISEE jusqu'à 10 140 euros, avec un mineur, une personne handicapée ou une personne de plus de 60 ans. Il faut 5 ans en Italie. Les personnes venant de l'extérieur de l'Union européenne doivent avoir le titre de séjour de longue durée (permesso di lungo periodo) ou la protection.

svc-training-support = Aide formation et travail (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 euros par mois pendant que vous suivez une formation ou un projet de travail.
svc-training-support-for = Pour les personnes de 18 à 59 ans sans travail, avec un ISEE jusqu'à 10 140 euros. Les mêmes règles que pour l'ADI s'appliquent pour les années en Italie et le titre de séjour.

svc-unemployment-benefit = NASpI (allocation chômage)
svc-unemployment-benefit-gives = De l'argent chaque mois de l'INPS après la fin du travail. Il faut faire la demande dans les 68 jours.
svc-unemployment-benefit-for = Pour les personnes qui ont perdu leur travail sans le vouloir.

svc-job-centre = Agence pour l'emploi (Centro per l'impiego)
svc-job-centre-gives = De l'aide pour chercher du travail, des formations gratuites et l'inscription comme demandeur d'emploi.
svc-job-centre-for = Pour les personnes qui cherchent du travail.

svc-energy-bonus = Réduction sociale électricité, gaz et eau (Bonus sociale)
svc-energy-bonus-gives = Une réduction sur les factures. Elle arrive toute seule quand vous faites l'ISEE.
svc-energy-bonus-for = Pour les familles avec un ISEE jusqu'à 9 530 euros, ou jusqu'à 20 000 euros avec au moins 4 enfants.

svc-isee-help = Faire l'ISEE gratuitement
svc-isee-help-gives = Un CAF (bureau d'aide gratuit) calcule votre ISEE sans vous faire payer. Il sert pour presque toutes les aides.
svc-isee-help-for = Pour les personnes qui n'ont pas encore l'ISEE de cette année ou qui ne savent pas si elles l'ont.

svc-food-aid = Aide alimentaire
svc-food-aid-gives = Des colis de nourriture ou une carte pour l'épicerie solidaire (emporio solidale). Aussi tout de suite.
svc-food-aid-for = Pour les personnes qui n'ont pas assez à manger.

svc-emergency-grant = Aide financière de la commune (contributo economico)
svc-emergency-grant-gives = Une aide en argent, une seule fois, pour des dépenses urgentes comme les factures ou la nourriture.
svc-emergency-grant-for = Pour les personnes qui ont un problème d'argent urgent. C'est l'assistant social qui décide.

svc-rent-support = Aide pour le loyer (contributo per l'affitto)
svc-rent-support-gives = De l'argent pour payer une partie du loyer. C'est la commune qui le donne, avec la Région.
svc-rent-support-for = Pour les personnes qui paient un loyer et qui ont un ISEE jusqu'à 26 000 euros.

svc-arrears-fund = Fonds pour les loyers impayés (morosità incolpevole)
svc-arrears-fund-gives = De l'argent pour payer les loyers en retard et arrêter l'expulsion.
svc-arrears-fund-for = Pour les personnes qui n'arrivent pas à payer le loyer parce qu'elles ont perdu leur travail ou leurs revenus.

svc-social-housing = Logement social (casa popolare, SAP)
svc-social-housing-gives = Un logement à louer à petit prix. On fait la demande quand l'appel à candidatures (bando) est ouvert.
svc-social-housing-for = Pour les familles qui ne sont pas propriétaires d'un logement et qui ont un ISEE jusqu'à 16 000 euros.

svc-housing-emergency = Urgence logement (emergenza casa)
svc-housing-emergency-gives = Un endroit où rester pendant un temps, pendant que l'on cherche un logement.
svc-housing-emergency-for = Pour les personnes qui vont perdre leur logement ou qui n'en ont pas.

svc-night-shelter = Un endroit pour dormir cette nuit
svc-night-shelter-gives = Un lit pour la nuit, une douche et un repas. C'est le service social d'urgence (Pronto Intervento Sociale) qui le trouve, aussi la nuit.
svc-night-shelter-for = Pour les personnes qui n'ont pas d'endroit sûr pour dormir cette nuit.

svc-family-doctor = Inscription au service de santé et médecin traitant
svc-family-doctor-gives = Un médecin traitant (medico di famiglia) gratuit et la carte de santé (tessera sanitaria).
svc-family-doctor-for = Pour les personnes qui vivent en Italie et qui n'ont pas encore de médecin. C'est possible aussi avec le récépissé du renouvellement du titre de séjour (permesso di soggiorno).

svc-stp-code = Code STP pour les soins
svc-stp-code-gives = Un code pour avoir les soins urgents et essentiels, même sans titre de séjour. Personne ne vous dénonce.
svc-stp-code-for = Pour les étrangers sans titre de séjour (permesso di soggiorno) valable.

svc-home-nursing = Soins à domicile (ADI)
svc-home-nursing-gives = Des infirmiers et des médecins viennent à la maison. Il faut la demande du médecin traitant (medico di famiglia). Le PUA (point d'accès unique) organise la visite d'évaluation.
svc-home-nursing-for = Pour les personnes qui ne peuvent pas sortir de chez elles pour se soigner.

svc-mental-health-centre = Centre de santé mentale (CPS)
svc-mental-health-centre-gives = Des psychologues et des médecins qui écoutent et qui soignent. C'est gratuit.
svc-mental-health-centre-for = Pour les adultes qui ont de l'anxiété, une forte tristesse ou d'autres problèmes psychologiques.

svc-addiction-service = Service des addictions (SerD)
svc-addiction-service-gives = De l'aide et des soins pour l'alcool, la drogue ou les jeux d'argent. C'est gratuit et confidentiel, même sans donner son nom.
svc-addiction-service-for = Pour les personnes qui ont une addiction et pour leur famille.

svc-consultorio = Centre de santé familiale (consultorio familiare)
svc-consultorio-gives = Des consultations et des conseils sur la grossesse, la contraception et la santé de la femme. C'est gratuit.
svc-consultorio-for = Pour les femmes, les couples et les jeunes.

svc-permit-renewal = Renouvellement du titre de séjour (permesso di soggiorno)
svc-permit-renewal-gives = De l'aide pour préparer la demande. On l'envoie avec le kit de la Poste (Poste Italiane).
svc-permit-renewal-for = Pour les personnes qui ont un titre de séjour qui va expirer ou qui a expiré. Faites la demande avant qu'il expire.

svc-family-reunification = Regroupement familial (ricongiungimento familiare)
svc-family-reunification-gives = De l'aide pour demander l'autorisation de faire venir en Italie l'époux ou l'épouse, les enfants ou les parents.
svc-family-reunification-for = Pour les personnes qui ont un titre de séjour valable, des revenus et un logement adapté.

svc-long-term-permit = Titre de séjour de longue durée (permesso di lungo periodo)
svc-long-term-permit-gives = Un titre de séjour qui n'expire pas. Il faut réussir l'examen d'italien de niveau A2.
svc-long-term-permit-for = Pour les personnes qui vivent en Italie avec un titre de séjour depuis au moins 5 ans et qui ont des revenus.

svc-italian-course = Cours d'italien gratuit
svc-italian-course-gives = Des cours d'italien pour adultes, avec un certificat à la fin.
svc-italian-course-for = Pour les adultes étrangers qui veulent apprendre l'italien.

svc-migrant-legal-advice = Conseil juridique pour les étrangers
svc-migrant-legal-advice-gives = Un spécialiste vous explique ce que vous pouvez faire pour le titre de séjour ou pour l'asile. C'est gratuit.
svc-migrant-legal-advice-for = Pour les personnes qui n'ont pas de titre de séjour valable ou qui attendent la réponse à leur demande d'asile.

svc-emergency-112 = Numéro d'urgence 112
svc-emergency-112-gives = Police, carabiniers (carabinieri) et ambulance. On répond toujours, aussi dans d'autres langues.
svc-emergency-112-for = Pour les personnes qui sont en danger maintenant.

svc-helpline-1522 = Numéro antiviolence 1522
svc-helpline-1522-gives = Un numéro gratuit qui répond jour et nuit, aussi dans d'autres langues. Il n'apparaît pas sur la facture de téléphone.
svc-helpline-1522-for = Pour les personnes qui subissent des violences ou qui ont peur, et pour les personnes qui veulent les aider.

svc-anti-violence-centre = Centre antiviolence (centro antiviolenza)
svc-anti-violence-centre-gives = Des femmes spécialisées écoutent et aident. C'est gratuit et secret. C'est vous qui décidez quoi faire.
svc-anti-violence-centre-for = Pour les femmes qui subissent des violences, même sans plainte.

svc-safe-house = Maison refuge (casa rifugio)
svc-safe-house-gives = Un endroit sûr et secret où rester, aussi avec les enfants.
svc-safe-house-for = Pour les personnes qui doivent quitter leur maison pour être en sécurité.

svc-children-protection = Soutien pour les enfants
svc-children-protection-gives = De l'aide pour les enfants qui voient ou qui vivent la violence à la maison.
svc-children-protection-for = Pour les familles avec des enfants concernés.

svc-free-lawyer = Avocat gratuit
svc-free-lawyer-gives = Un avocat payé par l'État, quels que soient les revenus.
svc-free-lawyer-for = Pour les personnes qui subissent des violences dans la famille ou du harcèlement (stalking). Le centre antiviolence aide à le trouver.

svc-universal-benefit = Prestation universelle (Prestazione universale)
svc-universal-benefit-gives = 850 euros par mois en plus de l'allocation d'accompagnement (accompagnamento), pour payer la personne qui aide à la maison.
svc-universal-benefit-for = Pour les personnes qui ont au moins 80 ans, l'allocation d'accompagnement et un ISEE jusqu'à 6 000 euros.

svc-social-pension = Allocation sociale (Assegno sociale)
svc-social-pension-gives = De l'argent chaque mois de l'INPS pour les personnes qui ont peu ou rien pour vivre.
svc-social-pension-for = Pour les personnes qui ont au moins 67 ans et peu de revenus. Il faut 10 ans en Italie.

svc-residential-care = Maisons de retraite médicalisées et séjours de répit (RSA)
svc-residential-care-gives = Une place dans un établissement avec des soins, pour toujours ou pour quelques semaines, pour que la famille puisse se reposer.
svc-residential-care-for = Pour les personnes qui ne peuvent plus rester seules à la maison. La demande passe par le PUA (point d'accès unique), qui fait une évaluation.

svc-care-worker-help = Aide pour trouver une aide à domicile (badante)
svc-care-worker-help-gives = Le guichet vous aide à trouver une bonne aide à domicile (badante) et à faire le contrat.
svc-care-worker-help-for = Pour les familles qui cherchent quelqu'un pour s'occuper à la maison d'une personne âgée.

svc-measure-b1 = Aide pour handicap très grave (Misura B1)
svc-measure-b1-gives = De l'argent chaque mois et un projet de soins, pour les personnes qui s'occupent à la maison d'une personne avec un handicap très grave.
svc-measure-b1-for = Pour les personnes qui ont l'allocation d'accompagnement (accompagnamento) et qui ont besoin d'aide jour et nuit. C'est l'agence sanitaire (Azienda sanitaria) qui évalue.

svc-support-administrator = Administrateur de soutien (amministratore di sostegno)
svc-support-administrator-gives = Le juge nomme une personne, souvent un membre de la famille, qui aide à gérer l'argent et les papiers. Pas besoin d'avocat.
svc-support-administrator-for = Pour les personnes qui n'arrivent plus à gérer seules leur argent et leurs démarches.

svc-ticket-exemption = Exonération du ticket (ticket)
svc-ticket-exemption-gives = Vous ne payez pas le ticket (la part à votre charge) pour les consultations et les examens.
svc-ticket-exemption-for = Pour les enfants de moins de 6 ans et les personnes de 65 ans ou plus, avec des revenus de la famille jusqu'à 36 152 euros. Aussi pour les personnes au chômage ou qui ont la retraite minimum, avec de petits revenus.

svc-attendance-frequency = Allocation de fréquentation (indennità di frequenza)
svc-attendance-frequency-gives = De l'argent chaque mois de l'INPS, pendant les mois où l'enfant va à l'école ou suit des thérapies.
svc-attendance-frequency-for = Pour les mineurs qui ont des difficultés durables et qui vont à l'école ou suivent une thérapie.

svc-uonpia = Neuropsychiatrie de l'enfant (UONPIA)
svc-uonpia-gives = Des médecins et des thérapeutes pour les enfants et les jeunes qui ont des difficultés de développement, de comportement ou d'humeur. C'est gratuit.
svc-uonpia-for = Pour les enfants et les jeunes jusqu'à 17 ans.

svc-maternity-allowance = Allocation de maternité des communes (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = De l'argent pour la maman qui n'a pas d'autres aides de maternité, ou qui en a peu. Il faut faire la demande à la commune dans les 6 mois après la naissance.
svc-maternity-allowance-for = Pour les mamans avec un ISEE jusqu'à 20 382 euros. Pour les personnes venant de l'extérieur de l'Union européenne, il faut le titre de séjour de longue durée (permesso di lungo periodo) ou la protection.

svc-dedicated-card = Carte pour les courses (Carta Dedicata a te)
svc-dedicated-card-gives = Une carte avec de l'argent pour faire les courses. On ne fait pas de demande : la commune choisit les familles dans les listes de l'INPS.
svc-dedicated-card-for = Pour les familles d'au moins 3 personnes avec un ISEE jusqu'à 15 000 euros et sans autres aides comme l'ADI.

svc-over-indebtedness = Aide pour les dettes (sovraindebitamento)
svc-over-indebtedness-gives = Un spécialiste aide à faire un plan pour payer les dettes comme on peut. Parfois, le juge en annule une partie.
svc-over-indebtedness-for = Pour les personnes qui ont des dettes qu'elles n'arrivent plus à payer.

svc-registered-residence = Résidence dans la commune (residenza)
svc-registered-residence-gives = L'inscription au registre de la population (anagrafe) de la commune. Une personne sans logement peut avoir sa résidence à une adresse de la commune.
svc-registered-residence-for = Pour les personnes qui vivent dans la commune et qui n'y ont pas encore leur résidence. Sans résidence, on ne peut pas avoir beaucoup d'aides.

svc-psychologist-bonus = Aide pour le psychologue (bonus psicologo)
svc-psychologist-bonus-gives = De l'argent pour payer quelques séances chez un psychologue. On fait la demande quand l'appel à candidatures (bando) est ouvert.
svc-psychologist-bonus-for = Pour les personnes qui ont de l'anxiété, de la tristesse ou du stress, avec un ISEE jusqu'à 50 000 euros.

svc-italian-citizenship = Nationalité italienne (cittadinanza)
svc-italian-citizenship-gives = De l'aide pour faire la demande pour devenir citoyen italien.
svc-italian-citizenship-for = Pour les personnes qui ont leur résidence en Italie depuis 10 ans, depuis 5 ans pour les réfugiés, depuis 4 ans pour les citoyens de l'Union européenne. Il faut parler italien au niveau B1.

svc-freedom-income = Revenu de liberté (Reddito di libertà)
svc-freedom-income-gives = Jusqu'à 500 euros par mois pendant un an, pour recommencer une vie autonome.
svc-freedom-income-for = Pour les femmes qui sortent de la violence. Elles sont accompagnées par un centre antiviolence avec la commune.

svc-violence-permit = Titre de séjour pour les victimes de violence (permesso di soggiorno)
svc-violence-permit-gives = Un titre de séjour qui ne dépend pas du partenaire. Il protège les personnes qui portent plainte ou qui demandent de l'aide au centre antiviolence.
svc-violence-permit-for = Pour les personnes étrangères qui subissent des violences dans la famille.

svc-food-aid-urgent = Aujourd'hui même : allez à la Caritas ou au guichet social (Sportello Sociale). On vous donne de la nourriture, même sans documents.
svc-night-shelter-urgent = Cette nuit : appelez le service social d'urgence (Pronto Intervento Sociale) de la commune, il répond aussi la nuit. Ou allez aujourd'hui au guichet social (Sportello Sociale).
svc-emergency-112-urgent = En danger maintenant : appelez le 112. On répond toujours, aussi dans d'autres langues.
svc-helpline-1522-urgent = Appelez le 1522 : c'est gratuit, on répond jour et nuit, aussi dans d'autres langues. Vous pouvez aussi écrire par chat.
svc-anti-violence-centre-urgent = Le centre antiviolence (centro antiviolenza) écoute et aide, même sans plainte. Le 1522 vous met en contact.
svc-safe-house-urgent = Si vous ne pouvez pas rester chez vous, le 1522 et le centre antiviolence trouvent un endroit sûr, même aujourd'hui.

rule-needs-personal-care = Il faut avoir besoin d'aide pour se laver, pour la maison ou pour se déplacer.
rule-cannot-cook = Il faut avoir besoin d'aide pour cuisiner.
rule-lives-alone = C'est pour les personnes qui vivent seules.
rule-may-need-quick-help = C'est pour les personnes qui peuvent avoir besoin d'aide tout de suite.
rule-invalidity-not-recognised = C'est pour les personnes qui n'ont pas encore d'invalidité reconnue.
rule-over-65 = C'est pour les personnes qui ont au moins 65 ans.
rule-needs-care-during-day = Il faut avoir besoin de soins pendant la journée.
rule-law-104-not-recognised = C'est pour les personnes qui n'ont pas encore la loi 104 (Legge 104).
rule-hard-to-move-around = C'est pour les personnes qui ont des difficultés à se déplacer ou à se garer.
rule-needs-transport = C'est pour les personnes qui ont besoin de transport.
rule-wants-work = C'est pour les personnes qui cherchent du travail.
rule-working-age = C'est pour les personnes de 16 à 66 ans.
rule-needs-school-support = C'est pour les personnes qui ont besoin d'aide à l'école.
rule-school-age = C'est pour les personnes de 3 à 20 ans.
rule-needs-daily-care = C'est pour les personnes qui ont besoin de soins tous les jours.
rule-adult = C'est pour les personnes qui ont au moins 18 ans.
rule-age-18-to-66 = C'est pour les personnes de 18 à 66 ans.
rule-has-children-or-expecting = C'est pour les personnes qui ont des enfants ou qui attendent un bébé.
rule-child-under-3 = C'est pour les personnes qui ont un enfant de moins de 3 ans.
rule-needs-childcare = C'est pour les personnes qui ont besoin que quelqu'un garde les enfants.
rule-isee-up-to-15748 = Il faut un ISEE jusqu'à 15 748 euros.
rule-parenting-or-expecting = C'est pour les parents qui veulent de l'aide et pour les personnes qui attendent un bébé.
rule-isee-up-to-40000 = Il faut un ISEE jusqu'à 40 000 euros.
rule-household-with-minor-disabled-or-over-60 = Dans la famille, il faut un mineur, une personne handicapée ou une personne de plus de 60 ans.
rule-isee-up-to-10140 = Il faut un ISEE jusqu'à 10 140 euros.
rule-age-18-to-59 = C'est pour les personnes de 18 à 59 ans.
rule-without-work = C'est pour les personnes qui ne travaillent pas.
rule-lost-job = C'est pour les personnes qui ont perdu leur travail.
rule-not-by-choice = Le travail doit s'être arrêté sans que la personne le veuille.
rule-age-16-to-66 = C'est pour les personnes de 16 à 66 ans.
rule-no-isee-yet = C'est pour les personnes qui n'ont pas encore l'ISEE.
rule-not-enough-food = C'est pour les personnes qui n'ont pas assez à manger.
rule-cannot-pay-basics = C'est pour les personnes qui n'arrivent pas à payer la nourriture ou les factures.
rule-pays-rent = C'est pour les personnes qui vivent en location.
rule-isee-up-to-26000 = Il faut un ISEE jusqu'à 26 000 euros.
rule-no-own-home = C'est pour les personnes qui ne sont pas propriétaires d'un logement.
rule-isee-up-to-16000 = Il faut un ISEE jusqu'à 16 000 euros.
rule-losing-home = C'est pour les personnes qui vont perdre leur logement ou qui n'en ont pas.
rule-nowhere-to-sleep = C'est pour les personnes qui n'ont pas d'endroit où dormir cette nuit.
rule-no-family-doctor = C'est pour les personnes qui n'ont pas de médecin traitant (medico di famiglia).
rule-can-register-with-health-service = Il faut la nationalité d'un pays de l'Union européenne ou un titre de séjour (permesso di soggiorno) valable.
rule-without-valid-permit = C'est pour les personnes qui n'ont pas de titre de séjour (permesso di soggiorno) valable.
rule-needs-care-at-home = C'est pour les personnes qui ont besoin de soins à la maison.
rule-mental-health = C'est pour les personnes qui ont des problèmes psychologiques.
rule-addiction = C'est pour les personnes qui ont une addiction.
rule-pregnancy-or-family-health = C'est pour la grossesse et la santé de la femme.
rule-permit-expiring-or-expired = C'est pour les personnes qui ont un titre de séjour qui va expirer ou qui a expiré.
rule-family-abroad = C'est pour les personnes qui veulent faire venir leur famille en Italie.
rule-valid-permit = Il faut un titre de séjour (permesso di soggiorno) valable.
rule-five-years-in-italy = Il faut au moins 5 ans en Italie.
rule-learning-italian = C'est pour les personnes qui veulent apprendre l'italien.
rule-without-valid-permit-or-asylum = C'est pour les personnes qui n'ont pas de titre de séjour valable ou qui ont demandé l'asile.
rule-in-danger-now = C'est pour les personnes qui sont en danger maintenant.
rule-no-safe-place = C'est pour les personnes qui n'ont pas d'endroit sûr où aller.
rule-children-involved = C'est pour les personnes dont les enfants sont concernés.
rule-resident-here = Il faut avoir sa résidence (residenza) dans la commune.
rule-permit-for-municipal-services = Les personnes qui ne sont pas de l'Union européenne doivent avoir un titre de séjour (permesso di soggiorno). Le récépissé du renouvellement suffit aussi.
rule-needs-constant-care = C'est pour les personnes qui ont besoin de quelqu'un toujours près d'elles.
rule-invalidity-100-or-pending = Il faut une invalidité à 100 %, même si la demande est en cours.
rule-over-80 = C'est pour les personnes qui ont au moins 80 ans.
rule-has-attendance-allowance = Il faut avoir l'allocation d'accompagnement (indennità di accompagnamento).
rule-isee-up-to-6000 = Il faut un ISEE jusqu'à 6 000 euros.
rule-age-67-or-more = C'est pour les personnes qui ont au moins 67 ans.
rule-income-up-to-583-a-month = Les revenus doivent être d'environ 583 euros par mois au maximum.
rule-ten-years-in-italy = Il faut au moins 10 ans en Italie.
rule-permit-for-social-pension = Pour les personnes venant de l'extérieur de l'Union européenne, il faut le titre de séjour de longue durée (permesso di lungo periodo) ou la protection.
rule-severe-disability = Il faut l'allocation d'accompagnement (accompagnamento) ou la loi 104 (Legge 104) pour handicap grave.
rule-has-carer = Il faut un membre de la famille ou une aide à domicile (badante) qui s'occupe de la personne à la maison.
rule-cannot-manage-money = C'est pour les personnes qui n'arrivent pas à gérer l'argent et les papiers sans aide.
rule-under-6-or-over-65 = C'est pour les enfants de moins de 6 ans et pour les personnes qui ont au moins 65 ans.
rule-invalidity-46-or-more = Il faut une invalidité de 46 % ou plus.
rule-minor = C'est pour les personnes qui ont moins de 18 ans.
rule-needs-school-or-care = C'est pour les personnes qui ont besoin d'aide à l'école ou de soins tous les jours.
rule-no-attendance-allowance = On ne peut pas l'avoir en même temps que l'allocation d'accompagnement (accompagnamento).
rule-invalidity-74-or-more = Il faut une invalidité de 74 % ou plus.
rule-child-mind-or-development = C'est pour les difficultés de développement, à l'école ou d'humeur.
rule-child-at-secondary-school = C'est pour les personnes qui ont un enfant au collège ou au lycée.
rule-child-3-to-13 = C'est pour les personnes qui ont un enfant de 3 à 13 ans.
rule-baby-born-recently = C'est pour un enfant né ou adopté récemment.
rule-isee-up-to-20382 = Il faut un ISEE jusqu'à 20 382 euros.
rule-permit-for-inclusion = Pour les personnes venant de l'extérieur de l'Union européenne, il faut le titre de séjour de longue durée (permesso di lungo periodo) ou la protection.
rule-isee-for-energy-bonus = Il faut un ISEE jusqu'à 9 530 euros, ou jusqu'à 20 000 euros avec au moins 4 enfants.
rule-isee-up-to-15000 = Il faut un ISEE jusqu'à 15 000 euros.
rule-household-of-3-or-more = C'est pour les familles d'au moins 3 personnes.
rule-cannot-repay-debts = C'est pour les personnes qui ont des dettes qu'elles n'arrivent pas à payer.
rule-not-resident = C'est pour les personnes qui n'ont pas encore leur résidence (residenza) dans la commune.
rule-isee-up-to-50000 = Il faut un ISEE jusqu'à 50 000 euros.
rule-valid-permit-not-long-term = Il faut un titre de séjour valable, qui ne soit pas déjà de longue durée.
rule-years-for-citizenship = Il faut 10 ans de résidence en Italie. 5 ans suffisent pour les réfugiés et 4 ans pour les citoyens de l'Union européenne.
rule-needs-money-to-leave = C'est pour les personnes qui ont besoin d'argent pour vivre de façon autonome.
rule-not-eu-citizen = C'est pour les personnes qui viennent de l'extérieur de l'Union européenne.
rule-isee-for-b2 = Il faut un ISEE jusqu'à 25 000 euros, ou jusqu'à 40 000 euros pour un mineur.
rule-has-eviction-notice = C'est pour les personnes qui ont reçu un avis d'expulsion (sfratto) parce qu'elles n'arrivent pas à payer.
rule-permit-for-family-benefits = Les personnes qui ne sont pas de l'Union européenne doivent avoir un titre de séjour qui permet de travailler.
rule-income-for-ticket = Les revenus doivent être d'environ 2 780 euros par mois au maximum.
rule-age-17-or-more = C'est pour les personnes qui ont au moins 17 ans.

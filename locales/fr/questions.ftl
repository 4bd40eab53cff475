# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Oui
answer-no = Non
answer-dont-know = Je ne sais pas

unit-years = ans
unit-euro = euros
unit-children = enfants
unit-euro-month = euros par mois
unit-people = personnes
unit-years-count = { $count ->
    [one] an
   *[other] ans
  }
unit-euro-count = { $count ->
    [one] euro
   *[other] euros
  }
unit-children-count = { $count ->
    [one] enfant
   *[other] enfants
  }
unit-euro-month-count = { $count ->
    [one] euro par mois
   *[other] euros par mois
  }
unit-people-count = { $count ->
    [one] personne
   *[other] personnes
  }
number-thousands-separator =  

q-age = { $who ->
    [me] Quel âge avez-vous ?
   *[other] Quel âge a la personne que vous aidez ?
  }
q-age-short = Âge
q-age-why = Certaines aides sont seulement pour les personnes d'un certain âge.

q-lives-alone = { $who ->
    [me] Vivez-vous seul ou seule ?
   *[other] La personne vit-elle seule ?
  }
q-lives-alone-short = Vit seul ou seule

q-daily-help = { $who ->
    [me] Qu'est-ce qui est difficile à faire sans aide, aujourd'hui ?
   *[other] Qu'est-ce qui est difficile à faire sans aide pour la personne, aujourd'hui ?
  }
q-daily-help-short = Ce qui est difficile
q-daily-help-washing = Se laver et s'habiller
q-daily-help-meals = Cuisiner et manger
q-daily-help-housework = Faire le ménage
q-daily-help-moving = Se déplacer dans la maison ou sortir
q-daily-help-medicines = Prendre les médicaments
q-daily-help-none = Rien de tout cela

q-alone-risk = { $who ->
    [me] Vous arrive-t-il d'avoir besoin d'aide tout de suite, par exemple après une chute ?
   *[other] Arrive-t-il à la personne d'avoir besoin d'aide tout de suite, par exemple après une chute ?
  }
q-alone-risk-short = Peut avoir besoin d'aide tout de suite
q-alone-risk-why = Une personne qui vit seule peut avoir un appareil pour appeler à l'aide en appuyant sur un bouton.

q-invalidity = { $who ->
    [me] Avez-vous une invalidité civile reconnue (invalidità civile) ?
   *[other] La personne a-t-elle une invalidité civile reconnue (invalidità civile) ?
  }
q-invalidity-short = Invalidité civile
q-invalidity-100-attendance = { $who ->
    [me] Oui, à 100 % et j'ai l'allocation d'accompagnement (indennità di accompagnamento)
   *[other] Oui, à 100 % et elle a l'allocation d'accompagnement (indennità di accompagnamento)
  }
q-invalidity-100 = Oui, à 100 %, sans allocation d'accompagnement
q-invalidity-74-99 = Oui, de 74 % à 99 %
q-invalidity-46-73 = Oui, de 46 % à 73 %
q-invalidity-34-45 = Oui, de 34 % à 45 %
q-invalidity-pending = { $who ->
    [me] J'ai fait la demande, j'attends la réponse
   *[other] Elle a fait la demande, elle attend la réponse
  }
q-invalidity-no = Non
q-invalidity-term-title = Que veut dire invalidité civile ?
q-invalidity-term = C'est la reconnaissance qu'une maladie limite la vie de tous les jours. Elle est décidée par une commission médicale de l'INPS, qui l'écrit en pourcentage dans le procès-verbal (verbale). Elle donne droit à des aides et à de l'argent.

q-carer = { $who ->
    [me] Un membre de votre famille ou une aide à domicile (badante) s'occupe-t-il de vous à la maison ?
   *[other] Vous, un membre de la famille ou une aide à domicile (badante), vous occupez-vous de la personne à la maison ?
  }
q-carer-short = Qui s'occupe de la personne à la maison

q-has-isee = { $who ->
    [me] Avez-vous un ISEE valable pour cette année ?
   *[other] La famille de la personne a-t-elle un ISEE valable pour cette année ?
  }
q-has-isee-short = ISEE
q-has-isee-why = Beaucoup d'aides dépendent de l'ISEE. Si vous ne l'avez pas, nous vous disons où le faire gratuitement.
q-has-isee-term-title = Qu'est-ce que l'ISEE ?
q-has-isee-term = C'est un nombre qui mesure ce qu'une famille possède : revenus, logement, économies. Les CAF (bureaux d'aide gratuits) le font gratuitement. Il est valable jusqu'au 31 décembre.

q-isee = { $who ->
    [me] Quel est votre ISEE ?
   *[other] Quel est l'ISEE de la personne ?
  }
q-isee-short = Valeur ISEE

q-law-104 = { $who ->
    [me] Avez-vous la reconnaissance de la loi 104 (Legge 104) ?
   *[other] La personne a-t-elle la reconnaissance de la loi 104 (Legge 104) ?
  }
q-law-104-short = Loi 104 (Legge 104)
q-law-104-term-title = Qu'est-ce que la loi 104 (Legge 104) ?
q-law-104-severe = Oui, avec un handicap grave (article 3, alinéa 3)
q-law-104-term = C'est la loi sur les personnes handicapées. Avec la reconnaissance, on a des congés au travail et d'autres aides. Le procès-verbal (verbale) dit si le handicap est grave.

q-disability-needs = { $who ->
    [me] Pour quoi avez-vous besoin d'aide ?
   *[other] Pour quoi la personne a-t-elle besoin d'aide ?
  }
q-disability-needs-short = Aide nécessaire
q-disability-needs-daily-care = Soins de tous les jours, aussi pendant la journée hors de la maison
q-disability-needs-transport = Transport, par exemple pour aller à des rendez-vous médicaux ou au centre
q-disability-needs-parking = Se garer près des endroits où l'on va
q-disability-needs-work = Trouver ou garder un travail
q-disability-needs-school = Aller à l'école
q-disability-needs-none = Rien de tout cela

q-children = { $who ->
    [me] Combien d'enfants de moins de 21 ans vivent avec vous ?
   *[other] Combien d'enfants de moins de 21 ans vivent avec la personne ?
  }
q-children-short = Enfants de moins de 21 ans
q-children-why = Il y a des aides pour chaque enfant. S'il n'y a pas d'enfants, écrivez 0.

q-children-ages = { $who ->
    [me] Quel âge ont vos enfants ? Choisissez tous les âges qui conviennent.
   *[other] Quel âge ont les enfants de la personne ? Choisissez tous les âges qui conviennent.
  }
q-children-ages-short = Âge des enfants
q-children-ages-under-1 = Moins de 1 an
q-children-ages-1-2 = 1 ou 2 ans (crèche)
q-children-ages-3-5 = De 3 à 5 ans (école maternelle)
q-children-ages-6-10 = De 6 à 10 ans (école primaire)
q-children-ages-11-13 = De 11 à 13 ans (collège)
q-children-ages-14-18 = De 14 à 18 ans (lycée)
q-children-ages-19-20 = 19 ou 20 ans

q-newborn = { $who ->
    [me] L'enfant est-il né ou arrivé dans la famille ces 6 derniers mois ?
   *[other] L'enfant est-il né ou arrivé dans la famille de la personne ces 6 derniers mois ?
  }
q-newborn-short = Enfant né ces 6 derniers mois
q-newborn-why = Pour certaines aides, il faut faire la demande dans les quelques mois qui suivent la naissance ou l'adoption.

q-pregnant = { $who ->
    [me] Attendez-vous un bébé ?
   *[other] La personne attend-elle un bébé ?
  }
q-pregnant-short = Attend un bébé

q-family-needs = { $who ->
    [me] Pour quoi avez-vous besoin d'aide avec les enfants ?
   *[other] Pour quoi la personne a-t-elle besoin d'aide avec les enfants ?
  }
q-family-needs-short = Aide avec les enfants
q-family-needs-childcare = Quelqu'un pour garder les jeunes enfants
q-family-needs-parenting = Des conseils ou du soutien comme parent
q-family-needs-none = Rien de tout cela

q-work-status = { $who ->
    [me] Travaillez-vous en ce moment ?
   *[other] La personne travaille-t-elle en ce moment ?
  }
q-work-status-short = Travail
q-work-status-employed = { $who ->
    [me] Oui, je travaille
   *[other] Oui, elle travaille
  }
q-work-status-lost-job = { $who ->
    [me] J'ai perdu mon travail récemment
   *[other] Elle a perdu son travail récemment
  }
q-work-status-unemployed = { $who ->
    [me] Je ne travaille pas depuis longtemps
   *[other] Elle ne travaille pas depuis longtemps
  }
q-work-status-retired = { $who ->
    [me] Je suis à la retraite
   *[other] Elle est à la retraite
  }
q-work-status-student = { $who ->
    [me] J'étudie
   *[other] Elle étudie
  }

q-job-lost-involuntary = { $who ->
    [me] Votre travail s'est-il arrêté sans que vous le vouliez ?
   *[other] Le travail de la personne s'est-il arrêté sans qu'elle le veuille ?
  }
q-job-lost-involuntary-short = Travail arrêté sans le vouloir
q-job-lost-involuntary-why = Par exemple un licenciement ou un contrat terminé. Une personne qui démissionne n'a en général pas la NASpI (allocation chômage).

q-household = { $who ->
    [me] Qui vit avec vous ?
   *[other] Qui vit avec la personne ?
  }
q-household-short = Dans la famille, il y a
q-household-minor = Un enfant de moins de 18 ans
q-household-disabled = Une personne handicapée
q-household-over-60 = Une personne de plus de 60 ans
q-household-none = Aucune de ces personnes
q-household-why = L'allocation d'inclusion (Assegno di Inclusione) est pour les familles avec ces personnes. L'âge de la personne qui demande l'aide compte aussi.

q-food = { $who ->
    [me] Avez-vous assez à manger pour les prochains jours ?
   *[other] La personne a-t-elle assez à manger pour les prochains jours ?
  }
q-food-short = De quoi manger pour les prochains jours

q-bills = { $who ->
    [me] Est-ce difficile de payer les factures d'électricité, de gaz ou d'eau ?
   *[other] Est-ce difficile pour la personne de payer les factures d'électricité, de gaz ou d'eau ?
  }
q-bills-short = Difficultés avec les factures

q-housing-situation = { $who ->
    [me] Où vivez-vous en ce moment ?
   *[other] Où vit la personne en ce moment ?
  }
q-housing-situation-short = Lieu de vie
q-housing-situation-rent = En location
q-housing-situation-own = Dans un logement qui lui appartient
q-housing-situation-guest = Hébergement chez des amis ou de la famille
q-housing-situation-no-home = { $who ->
    [me] Je n'ai pas de logement
   *[other] Elle n'a pas de logement
  }

q-sleep-tonight = { $who ->
    [me] Avez-vous un endroit sûr pour dormir cette nuit ?
   *[other] La personne a-t-elle un endroit sûr pour dormir cette nuit ?
  }
q-sleep-tonight-short = Endroit pour dormir cette nuit

q-eviction = { $who ->
    [me] Avez-vous reçu un avis d'expulsion (sfratto) ?
   *[other] La personne a-t-elle reçu un avis d'expulsion (sfratto) ?
  }
q-eviction-short = Expulsion
q-eviction-term-title = Qu'est-ce que l'expulsion (sfratto) ?
q-eviction-term = C'est l'acte par lequel le juge ordonne de quitter le logement loué. En général, il arrive après des mois de loyer non payé.

q-rent-arrears = { $who ->
    [me] Êtes-vous en retard pour payer le loyer ?
   *[other] La personne est-elle en retard pour payer le loyer ?
  }
q-rent-arrears-short = En retard pour le loyer

q-has-doctor = { $who ->
    [me] Avez-vous un médecin traitant (medico di famiglia) ?
   *[other] La personne a-t-elle un médecin traitant (medico di famiglia) ?
  }
q-has-doctor-short = Médecin traitant

q-citizenship = { $who ->
    [me] Quelle est votre nationalité ?
   *[other] Quelle est la nationalité de la personne ?
  }
q-citizenship-short = Nationalité
q-citizenship-italian = Italie
q-citizenship-eu = Un autre pays de l'Union européenne
q-citizenship-non-eu = Un pays hors de l'Union européenne
q-citizenship-why = Pour les personnes qui viennent de l'extérieur de l'Union européenne, certaines règles sont différentes.

q-permit = { $who ->
    [me] Avez-vous un titre de séjour (permesso di soggiorno) ?
   *[other] La personne a-t-elle un titre de séjour (permesso di soggiorno) ?
  }
q-permit-short = Titre de séjour
q-permit-valid = Oui, valable
q-permit-long-term = Oui, de longue durée (il n'expire pas)
q-permit-refugee = Oui, avec le statut de réfugié
q-permit-subsidiary = Oui, pour protection subsidiaire
q-permit-asylum-seeker = { $who ->
    [me] J'ai demandé l'asile et j'attends la réponse
   *[other] Elle a demandé l'asile et attend la réponse
  }
q-permit-receipt = { $who ->
    [me] J'ai demandé le renouvellement et j'ai le récépissé
   *[other] Elle a demandé le renouvellement et a le récépissé
  }
q-permit-expiring = Oui, mais il expire dans moins de 2 mois
q-permit-expired = Oui, mais il a expiré
q-permit-none = Non
q-permit-term-title = Qu'est-ce que le titre de séjour (permesso di soggiorno) ?
q-permit-term = C'est le document qui permet aux personnes venant de l'extérieur de l'Union européenne de rester en Italie. C'est la préfecture de police (Questura) qui le donne. Le récépissé du renouvellement vaut comme le titre de séjour.

q-health-needs = { $who ->
    [me] De quoi avez-vous besoin pour votre santé ?
   *[other] De quoi la personne a-t-elle besoin pour sa santé ?
  }
q-health-needs-short = Besoins de santé
q-health-needs-home-care = Des soins à la maison, par exemple une infirmière
q-health-needs-mental-health = De l'aide pour l'anxiété, la tristesse ou d'autres problèmes psychologiques
q-health-needs-addiction = De l'aide pour l'alcool, la drogue ou les jeux d'argent
q-health-needs-pregnancy = Grossesse, contraception ou santé de la femme
q-health-needs-none = Rien de tout cela

q-years-italy = { $who ->
    [me] Depuis combien d'années vivez-vous en Italie ?
   *[other] Depuis combien d'années la personne vit-elle en Italie ?
  }
q-years-italy-short = Années en Italie
q-years-italy-why = Certaines aides demandent un certain nombre d'années en Italie. Après 5 ans, on peut demander un titre de séjour qui n'expire pas.

q-family-abroad = { $who ->
    [me] Voulez-vous faire venir votre famille en Italie ?
   *[other] La personne veut-elle faire venir sa famille en Italie ?
  }
q-family-abroad-short = Famille à faire venir

q-italian-level = { $who ->
    [me] Parlez-vous bien l'italien ?
   *[other] La personne parle-t-elle bien l'italien ?
  }
q-italian-level-short = Italien
q-italian-level-none = Pas du tout
q-italian-level-basic = Un peu
q-italian-level-good = Bien

q-danger-now = { $who ->
    [me] Êtes-vous en danger maintenant ?
   *[other] La personne est-elle en danger maintenant ?
  }
q-danger-now-short = En danger maintenant

q-safe-place = { $who ->
    [me] Avez-vous un endroit sûr où aller, si vous devez quitter la maison ?
   *[other] La personne a-t-elle un endroit sûr où aller, si elle doit quitter la maison ?
  }
q-safe-place-short = Endroit sûr où aller

q-children-involved = { $who ->
    [me] Y a-t-il des enfants qui voient ou qui vivent cette violence ?
   *[other] Y a-t-il des enfants qui voient ou qui vivent cette violence ?
  }
q-children-involved-short = Enfants concernés

q-needs-constant-care = { $who ->
    [me] Avez-vous besoin de quelqu'un près de vous toute la journée, ou aussi la nuit ?
   *[other] La personne a-t-elle besoin de quelqu'un près d'elle toute la journée, ou aussi la nuit ?
  }
q-needs-constant-care-short = Besoin de quelqu'un toujours près d'elle
q-needs-constant-care-why = Une personne qui ne peut pas rester seule peut avoir plus d'aides, en argent et en soins.

q-manages-money = { $who ->
    [me] Arrivez-vous à gérer sans aide l'argent et les papiers, comme la banque et les factures ?
   *[other] La personne arrive-t-elle à gérer sans aide l'argent et les papiers, comme la banque et les factures ?
  }
q-manages-money-short = Gère l'argent et les papiers
q-manages-money-why = Si une personne n'y arrive plus, le juge peut nommer quelqu'un pour l'aider.

q-municipality = { $who ->
    [me] Dans quelle commune (Comune) vivez-vous ?
   *[other] Dans quelle commune (Comune) vit la personne ?
  }
q-municipality-short = Commune où vit la personne
q-municipality-why = Chaque commune aide les personnes qui y vivent. Ainsi, nous vous montrons d'abord le guichet de votre commune.
q-municipality-other = Une autre commune, qui n'est pas dans cette liste

q-resident = { $who ->
    [me] Avez-vous votre résidence (residenza) dans la commune où vous vivez ?
   *[other] La personne a-t-elle sa résidence (residenza) dans la commune où elle vit ?
  }
q-resident-short = Résidence dans la commune
q-resident-why = Beaucoup d'aides de la commune sont pour les personnes qui y ont leur résidence.
q-resident-term-title = Qu'est-ce que la résidence (residenza) ?
q-resident-term = Cela veut dire être inscrit au registre de la population (anagrafe) de la commune où l'on vit. On la demande au bureau de l'anagrafe. Même une personne sans logement peut l'avoir.

q-monthly-income = { $who ->
    [me] Combien d'argent recevez-vous chaque mois, en tout ?
   *[other] Combien d'argent la personne reçoit-elle chaque mois, en tout ?
  }
q-monthly-income-short = Revenus par mois
q-monthly-income-why = La retraite compte, et aussi tout autre revenu. Une personne qui a peu peut avoir une aide de l'INPS.

q-household-size = { $who ->
    [me] Combien de personnes vivent dans le logement, en vous comptant ?
   *[other] Combien de personnes vivent dans le logement, en comptant la personne ?
  }
q-household-size-short = Personnes dans le logement
q-household-size-why = Certaines aides sont pour les familles d'au moins 3 personnes.

q-debts = { $who ->
    [me] Avez-vous des dettes que vous n'arrivez plus à payer ?
   *[other] La personne a-t-elle des dettes qu'elle n'arrive plus à payer ?
  }
q-debts-short = Dettes impossibles à payer

q-needs-money = { $who ->
    [me] Avez-vous besoin d'argent pour vivre de façon indépendante ?
   *[other] La personne a-t-elle besoin d'argent pour vivre de façon indépendante ?
  }
q-needs-money-short = Besoin d'argent pour recommencer
q-needs-money-why = Il existe une aide en argent pour les personnes qui sortent de la violence et veulent recommencer leur vie.

home-title = Trouvez la bonne aide
home-heading = Trouvez la bonne aide pour vous
home-intro = Répondez à quelques questions. Nous vous disons quelles aides vous pouvez avoir, quoi apporter et où aller.
home-step-answer = Répondez à des questions simples, une à la fois.
home-step-learn = Découvrez quelles aides sont faites pour vous, et pourquoi.
home-step-book = Prenez rendez-vous au guichet le plus proche.
home-reassure = C'est gratuit. Pas besoin de créer un compte. Vous pouvez revenir en arrière et changer vos réponses quand vous voulez.

who-legend = Qui a besoin d'aide ?
who-me = Moi
who-other = Une personne que j'aide

area-legend = Pour quoi cherchez-vous de l'aide ?
start-continue = Continuer
start-error-who = Choisissez qui a besoin d'aide.
start-error-area = Choisissez pour quoi vous cherchez de l'aide.

next-heading = Ce qui se passe maintenant

urgent-heading = Êtes-vous en danger maintenant ?
urgent-body = Appelez le 112. Pour la violence, appelez le 1522 : c'est gratuit, on vous répond jour et nuit, aussi dans d'autres langues.

home-first-step-heading = Vous ne savez pas par où commencer ?
home-first-step-body = Prenez rendez-vous pour un premier entretien au guichet social (Sportello Sociale). Vous expliquez votre situation et on vous aide à comprendre quoi faire.
home-first-step-link = Trouver le guichet social

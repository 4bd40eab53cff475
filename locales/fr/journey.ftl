next-body = Maintenant, nous vous posons quelques questions simples, une à la fois. Vous pouvez toujours revenir en arrière.
start-questions = Commencer les questions

question-progress = Question { $current } sur { $total }
back = Retour
continue-link = Continuer
why-we-ask = Pourquoi nous vous le demandons
municipality-choose = Choisissez la commune
choose-all-that-apply = Choisissez toutes les bonnes réponses.
title-neutral-question = Question
title-neutral-results = Informations

error-missing = Choisissez ou écrivez une réponse.
error-not-an-option = Choisissez une des réponses de la liste.
error-not-a-number = Écrivez un nombre, par exemple 12.
error-too-small = Le nombre doit être au moins { $min }.
error-too-large = Le nombre doit être au maximum { $max }.
error-unknown-municipality = Choisissez une commune de la liste.

quick-exit = Quitter cette page tout de suite
quick-exit-hint = Ou appuyez 3 fois sur la touche Maj.
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture

check-title = Vérifiez vos réponses
check-intro = Si quelque chose ne va pas, appuyez sur « Modifier ».
check-see-results = Voir les résultats

results-title = Les aides pour vous
results-intro = { $who ->
    [me] Voici les aides faites pour vous, d'après vos réponses.
   *[other] Voici les aides faites pour la personne que vous aidez, d'après les réponses.
  }
results-fits-heading = { $who ->
    [me] Aides faites pour vous
   *[other] Aides faites pour la personne
  }
results-may-heading = Aides à demander au guichet
results-may-intro = { $who ->
    [me] Elles sont peut-être faites pour vous. Au guichet, on peut vérifier ce que vous ne saviez pas.
   *[other] Elles sont peut-être faites pour la personne. Au guichet, on peut vérifier ce que vous ne saviez pas.
  }
results-not-heading = { $who ->
    [me] Aides qui ne sont pas faites pour vous, et pourquoi
   *[other] Aides qui ne sont pas faites pour la personne, et pourquoi
  }
results-none-fit = Aucune aide ne correspond tout à fait à ces réponses. Ce n'est pas un refus : commencez par un entretien au guichet social (Sportello Sociale).
results-urgent-heading = Où trouver de l'aide tout de suite
results-always-heading = Le guichet social est toujours là
results-always-intro = Vous ne savez pas par où commencer, ou vous avez des doutes sur les réponses ? Au guichet, on vous écoute et on vous aide à comprendre. Ces aides existent pour tout le monde.
results-pua-route = Cette demande passe par le PUA (Porta Unica di Accesso, point d'accès unique). Un médecin et un assistant social font une évaluation ensemble (UVM), souvent à la maison. Ensuite, ils décident avec vous du plan de soins.
results-law = Règle : { $law }. Vérifiée le { $checked }.
checklist-pua-note = Pour l'évaluation du PUA, apportez aussi les certificats du médecin et les médicaments que vous prenez.
results-ask-at-desk = À demander au guichet :
results-you-said = (Vous avez répondu : { $answers })
results-always-why = Elle existe pour tout le monde.
results-why-fits = { $who ->
    [me] Pourquoi elle est faite pour vous
   *[other] Pourquoi elle est faite pour la personne
  }
results-why-not = { $who ->
    [me] Pourquoi elle n'est pas faite pour vous
   *[other] Pourquoi elle n'est pas faite pour la personne
  }
results-for-whom = Pour qui
results-what-to-bring = Quoi apporter
results-no-documents = Aucun document n'est nécessaire.
results-who-provides = Qui la donne
results-how-long = Combien de temps il faut
results-official-page = Page officielle
results-next-heading = Et maintenant
results-change-answers = Changer les réponses
results-print = Version à imprimer
results-start-again = Tout recommencer

results-elsewhere-heading = D'autres aides qui peuvent être utiles
results-elsewhere-intro = D'après les réponses, ces aides aussi peuvent être utiles. Il suffit de quelques questions de plus : les réponses déjà données sont gardées.
results-elsewhere-fits = correspond aux réponses données
results-elsewhere-may = à vérifier
results-elsewhere-continue = { $count ->
    [0] Voir ces aides
    [one] Répondre à 1 question de plus
   *[other] Répondre à { $count } questions de plus
  }

checklist-heading = Les documents à apporter
checklist-intro = Cochez ce que vous avez déjà. Ainsi, vous savez ce qui vous manque.
checklist-save = Enregistrer la liste

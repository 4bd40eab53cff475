## Desks, opening hours, booking

date-long = { $weekday } { $day } { $month }
weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

spoken-wo = Wolof

desk-open-until = Ouvert maintenant, ferme à { $time }
desk-opens-today = Fermé maintenant, ouvre aujourd'hui à { $time }
desk-opens-tomorrow = Fermé maintenant, ouvre demain à { $time }
desk-opens-on = Fermé maintenant, ouvre le { $day } à { $time }
desk-closed = Fermé pour le moment. Appelez pour savoir quand il ouvre.
desk-address = Adresse
desk-address-secret = L'adresse n'est pas publique, pour votre sécurité.
desk-secret-help = Appelez le numéro du centre. Vous pouvez aussi appeler le 1522 : c'est gratuit, ouvert tout le temps, et on y parle beaucoup de langues.
desk-serves = Guichet des personnes qui habitent à { $place } : c'est le premier guichet auquel vous adresser.
desk-distance = Distance
desk-km = { $km } km
desk-phone = Téléphone
desk-email = E-mail
desk-languages = Langues parlées
desk-mediator-days = avec un médiateur le { $days }
desk-access = Accès
access-step-free = Sans marches
access-hearing-loop = Boucle magnétique pour les personnes qui portent un appareil auditif
access-toilet = Toilettes accessibles
access-steps = Il y a des marches

unavailable-title = Service non disponible
unavailable-body = Nous ne pouvons pas afficher cette page pour le moment. Réessayez dans quelques minutes.

desks-title = Où aller : { $service }
desks-intro = Voici les guichets qui offrent ce service. Choisissez votre commune pour voir d'abord les plus proches.
desks-municipality = Votre commune
desks-municipality-any = Choisissez la commune
desks-postcode = Ou le code postal (CAP)
desks-postcode-hint = Par exemple 24044
desks-postcode-unknown = Nous ne trouvons pas ce code postal dans notre zone. Choisissez la commune dans la liste.
desks-location-invalid = Nous ne pouvons pas utiliser votre position. Choisissez la commune dans la liste.
desks-use-location = Utiliser ma position
desks-filters = Autres filtres
desks-language = Langue parlée
desks-any = Tous
desks-day = Ouvert le jour
desks-step-free = Seulement les guichets sans marches
desks-search = Afficher les guichets
desks-count = { $count ->
    [0] Aucun guichet
    [one] 1 guichet
   *[other] { $count } guichets
}
desks-count-from = { $count ->
    [0] Aucun guichet
    [one] 1 guichet, près de { $place }
   *[other] { $count } guichets, du plus proche au plus loin de { $place }
}
desks-none = Aucun guichet avec ces filtres. Essayez d'enlever un filtre.
desks-shown-nearest = Ici, vous voyez les { $shown } plus proches.
desks-shown-first = Ici, vous voyez les { $shown } premiers. Choisissez votre commune pour voir les plus proches.
desks-book = Prendre rendez-vous
desks-request = Envoyer une demande
desks-request-instead = Ou envoyez une demande sans rendez-vous
request-instead = Aucun horaire ne vous convient ? Envoyez une demande sans rendez-vous

book-title = Prendre rendez-vous
book-change-title = Changer l'horaire
book-intro = { $service } auprès de { $desk }.
book-desk-details = Horaires, adresse et langues du guichet
book-choose-time = Choisissez le jour et l'heure
book-no-slots = Il n'y a pas d'horaire libre ces jours-ci. Regardez les jours suivants.
book-earlier = Jours précédents
book-later = Jours suivants
book-mediator-present = Ce jour-là, il y a un médiateur : { $languages }.
book-slot-taken = Cet horaire vient d'être pris par une autre personne. Choisissez un des horaires libres ci-dessous. Vos données sont toujours dans le formulaire.
book-too-many-today = Aujourd'hui, beaucoup de rendez-vous sont déjà arrivés depuis cette connexion. Pour en prendre d'autres, téléphonez au guichet ou revenez demain. Vos données sont toujours dans le formulaire.
book-about-you = { $who ->
    [me] Vos données
   *[other] Les données de la personne que vous aidez
  }
book-name = { $who ->
    [me] Nom, ou seulement les initiales
   *[other] Son nom, ou seulement les initiales
  }
book-name-hint = { $who ->
    [me] Le guichet en a besoin pour vous appeler.
   *[other] Le guichet en a besoin pour appeler cette personne.
  }
book-contact = { $who ->
    [me] Téléphone ou e-mail (si vous voulez)
   *[other] Son téléphone ou son e-mail (si vous voulez)
  }
book-contact-hint = { $who ->
    [me] Nous l'utilisons seulement pour ce rendez-vous : le guichet vous appelle ou vous écrit là.
   *[other] Nous l'utilisons seulement pour ce rendez-vous : le guichet appelle ou écrit là.
  }
book-filled-by = Qui remplit ce formulaire ? (facultatif)
book-filled-by-person = Moi, pour moi
book-filled-by-relative = Un membre de la famille ou un ami
book-filled-by-mediator = Un médiateur culturel
book-note = Vous voulez dire quelque chose au guichet ? (facultatif)
book-note-hint = Écrivez avec vos propres mots, même dans votre langue. 1000 caractères au maximum.
book-language = { $who ->
    [me] La langue que vous préférez
   *[other] La langue que la personne préfère
  }
book-consent = { $who ->
    [me] Je veux envoyer ces informations au guichet. J'ai lu comment vous les utilisez.
   *[other] La personne que j'aide veut envoyer ces informations au guichet. Nous avons lu comment vous les utilisez.
  }
book-privacy-link = Lire comment nous utilisons vos données
book-submit = Réserver
book-change-submit = Changer l'horaire
book-error-slot = Choisissez un jour et une heure.
book-error-name = Écrivez un nom ou les initiales.
book-error-name-long = Le nom est trop long : 80 lettres au maximum.
book-error-contact = Écrivez un numéro de téléphone ou un e-mail. Vérifiez qu'il est bien écrit.
book-error-contact-missing = { $who ->
    [me] Écrivez un téléphone ou un e-mail : le guichet vous répond là.
   *[other] Écrivez le téléphone ou l'e-mail de la personne : le guichet répond là.
  }
book-error-language = Choisissez une langue.
book-error-consent = { $who ->
    [me] Pour continuer, dites-nous que vous voulez envoyer les réponses au guichet.
   *[other] Pour continuer, dites-nous que la personne que vous aidez veut envoyer les réponses au guichet.
  }
book-error-note-long = Le texte est trop long : 1000 caractères au maximum.

booking-title = Rendez-vous réservé
booking-cancelled-title = Rendez-vous annulé
booking-cancelled-body = Nous avons effacé votre nom et votre contact.
booking-code = Votre code
booking-pin-intro = Notez maintenant le code et ce code PIN : le PIN s'affiche seulement cette fois. Vous en avez besoin pour changer ou annuler le rendez-vous.
booking-pin = PIN :
booking-qr-alt = Code QR du rendez-vous { $code }
booking-when = Quand
booking-service = Service
booking-desk = Guichet
booking-bring = Quoi apporter
booking-bring-id = Apportez aussi une pièce d'identité et la carte de santé (tessera sanitaria), si vous les avez.
booking-document-if = { $document } (si c'est utile dans votre cas)
booking-next-heading = Ce que vous pouvez faire
booking-calendar = Ajouter au calendrier
booking-print = Imprimer
booking-copy-intro = Ci-dessous, les mêmes informations en italien, pour le guichet.
booking-copy-heading = Pour le guichet
booking-download-data = Télécharger vos données (fichier JSON)
booking-change = Changer le jour ou l'heure
booking-cancel-heading = Vous ne pouvez pas venir ?
booking-cancel-body = Annulez : ainsi, l'horaire va à une autre personne. Nous effaçons aussi votre nom, votre contact et vos réponses.
booking-erase-heading = Effacer vos données
booking-erase-body = Le rendez-vous est passé. Vous pouvez effacer votre nom, votre contact et vos réponses. Il reste seulement des chiffres sans nom.
booking-erase = Effacer mes données
booking-erased-body = Vos données sont effacées : nom, contact et réponses. Il reste seulement des chiffres sans nom.
booking-cancel = Annuler le rendez-vous
booking-find-title = Retrouver votre rendez-vous
booking-find-body = Pour voir un rendez-vous, il faut le code et le PIN.
ics-summary = Rendez-vous : { $service }
ics-description = Code { $code }. Apportez les documents de la liste.

manage-title = Retrouver votre rendez-vous
manage-intro = Écrivez le code du rendez-vous ou de la demande. Ensuite, écrivez le PIN. Si vous n'avez plus le PIN, demandez au guichet.
manage-code = Votre code
manage-code-hint = 8 lettres et chiffres, par exemple K7MX-4QPT
manage-secret = PIN
manage-secret-hint = Le PIN a 6 chiffres.
manage-submit = Chercher
manage-not-found = Nous ne trouvons pas de rendez-vous avec ces données. Vérifiez le code et le PIN.
manage-too-many = Trop d'essais. Attendez 15 minutes et réessayez, ou appelez le guichet.

results-find-desk = Trouver le guichet et prendre rendez-vous

# Sending a request without an appointment
request-title = Envoyer une demande
request-intro = Vous n'avez pas besoin de choisir un horaire. Le guichet lit votre demande et vous appelle ou vous écrit. Avec le code et le PIN, vous voyez où en est votre demande.
request-book-instead = Vous préférez choisir un horaire ? Prenez rendez-vous
request-contact = { $who ->
    [me] Téléphone ou e-mail
   *[other] Son téléphone ou son e-mail
  }
request-contact-hint = { $who ->
    [me] Le guichet vous répond ici. Cela sert aussi à retrouver la demande.
   *[other] Le guichet répond ici. Cela sert aussi à retrouver la demande.
  }
request-submit = Envoyer la demande
request-sent-title = Demande envoyée
request-withdrawn-title = Demande retirée
request-no-time = Pas de rendez-vous : le guichet vous appelle ou vous écrit.
request-pin-intro = Notez maintenant le code et ce code PIN : le PIN s'affiche seulement cette fois. Vous en avez besoin pour voir la réponse ou pour retirer la demande.
request-withdraw-heading = Vous n'en avez plus besoin ?
request-withdraw-body = Retirez la demande. Nous effaçons votre nom, votre contact et vos réponses.
request-withdraw = Retirer la demande

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] Quelqu'un vous aide ? (facultatif)
   *[other] Vous voulez suivre vous aussi le rendez-vous ? (facultatif)
  }
helper-intro = { $who ->
    [me] Vous pouvez donner un PIN à une personne de confiance : un membre de la famille, un ami, un médiateur. Avec le code et son propre PIN, cette personne peut voir, déplacer ou annuler le rendez-vous. Vous pouvez lui retirer son PIN quand vous voulez.
   *[other] Écrivez vos coordonnées : vous aurez votre propre PIN. Avec le code et votre PIN, vous pouvez voir, déplacer ou annuler le rendez-vous. La personne que vous aidez peut vous retirer votre PIN quand elle veut.
  }
helper-name = { $who ->
    [me] Nom de la personne qui vous aide
   *[other] Votre nom
  }
helper-relationship = { $who ->
    [me] Qui est-ce pour vous ?
   *[other] Qui êtes-vous pour cette personne ?
  }
helper-relationship-family = Un membre de la famille
helper-relationship-friend = Un ami ou une amie
helper-relationship-mediator = Un médiateur culturel
helper-relationship-other = Une autre personne, par exemple un bénévole
helper-contact = { $who ->
    [me] Téléphone ou e-mail de la personne qui vous aide (si vous voulez)
   *[other] Votre téléphone ou votre e-mail (si vous voulez)
  }
helper-contact-hint = Le guichet l'utilise seulement pour ce rendez-vous.
helper-consent = { $who ->
    [me] Je suis d'accord : cette personne peut voir et changer mon rendez-vous.
   *[other] La personne que j'aide est d'accord : je peux voir et changer son rendez-vous.
  }
helper-error-name = Écrivez le nom de la personne qui aide.
helper-error-name-long = Le nom est trop long : 80 lettres au maximum.
helper-error-relationship = Choisissez qui est cette personne.
helper-error-contact = Écrivez un numéro de téléphone ou un e-mail. Vérifiez qu'il est bien écrit.
helper-error-consent = Pour donner un PIN à la personne qui aide, il faut l'accord de la personne qui a le rendez-vous. Cochez la case.
helper-role-family = membre de la famille
helper-role-friend = ami ou amie
helper-role-mediator = médiateur culturel
helper-role-other = autre personne
booking-as-helper = Vous suivez ce rendez-vous pour une autre personne. Vous pouvez le voir, le déplacer ou l'annuler. Seule la personne choisit qui l'aide.
booking-helper-pin-intro = Voici le PIN de { $name }. Donnez-le-lui maintenant : il s'affiche seulement cette fois. Avec le code et ce PIN, { $name } peut voir, déplacer ou annuler le rendez-vous.
booking-helper-pin = PIN de { $name } :
booking-helpers-heading = Qui d'autre voit ce rendez-vous
booking-helpers-intro = Ces personnes ont leur propre PIN. Elles peuvent voir, déplacer ou annuler le rendez-vous. Si vous retirez une personne, son PIN ne fonctionne plus.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Une personne
booking-helper-remove = Retirer { $name }
booking-helper-add-heading = Donner un PIN à la personne qui vous aide
booking-helper-add-submit = Donner le PIN

# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Données personnelles
privacy-intro = Ici, vous trouvez quelles données Ponte utilise, pourquoi, qui les voit et pendant combien de temps. D'abord un résumé, ensuite les détails.
privacy-summary =
    Pour voir les aides adaptées à vous, nous ne vous demandons pas votre nom.
    Si vous ne prenez pas rendez-vous, nous effaçons vos réponses. Nous le faisons dans les { $draft-minutes } minutes.
    Si vous prenez rendez-vous, les réponses vont au guichet que vous choisissez. Avec elles partent le nom et, si vous voulez, un téléphone ou un e-mail.
    Après le rendez-vous, nous attendons { $days } jours. Ensuite, nous effaçons le nom, les contacts et les réponses.
    Ponte vous donne seulement des conseils. C'est toujours une personne du guichet qui décide.
    Nous n'utilisons pas de cookies publicitaires. Nous ne vendons pas vos données.
    Vous pouvez voir, corriger ou effacer vos données. Écrivez à { $contact }.

privacy-who-heading = Qui est responsable de vos données
privacy-who-body =
    Le responsable du traitement (titolare) est { $controller }. Le responsable décide comment utiliser les données et il en répond.
    Pour écrire au responsable : { $contact }.
    Le responsable a un délégué à la protection des données. Son contact est { $dpo }.

privacy-desks-heading = Guichets qui ne sont pas de la commune
privacy-desks-body =
    Certains guichets ne sont pas de la commune (Comune). Par exemple un CAF, un patronato, la Caritas, l'ASST, un CPIA ou le centre antiviolence.
    Si vous prenez rendez-vous avec l'un d'eux, Ponte lui envoie le rendez-vous et les réponses. Ensuite, ce guichet utilise aussi vos données, pour son service.
    Chaque guichet a ses propres règles sur les données personnelles. Vous pouvez les demander au guichet.

privacy-what-heading = Quelles données nous utilisons
privacy-what-body =
    Les réponses aux questions, aussi la commune où vous vivez. Certaines disent des choses sensibles : la santé, un handicap, le titre de séjour (permesso di soggiorno), la violence.
    Les documents que vous dites avoir.
    Si vous prenez rendez-vous : le nom, le téléphone ou l'e-mail si vous les donnez, la langue et le message pour le guichet. Aussi qui remplit le formulaire : vous, un proche ou un médiateur.
    Le code du rendez-vous et le PIN. Nous enregistrons le PIN sous une forme qu'on ne peut pas lire.
    Si vous donnez un PIN à une personne qui vous aide : son nom, qui elle est pour vous, son téléphone ou son e-mail si vous les donnez, et quand vous avez donné votre accord. Nous enregistrons aussi son PIN sous une forme qu'on ne peut pas lire.
    Si vous téléphonez ou venez au guichet, un agent peut écrire la demande pour vous. Nous enregistrons aussi comment elle est arrivée et qui l'a écrite.
    Si un médiateur ou un agent répond aux questions avec vous, nous enregistrons qui vous a aidé et comment vous avez dit oui : en personne ou au téléphone.
    L'adresse internet (adresse IP) de votre téléphone ou de votre ordinateur. Nous l'utilisons seulement pour compter les essais ratés et les rendez-vous. Nous l'enregistrons sous une forme qu'on ne peut pas lire.

privacy-why-heading = Pourquoi nous les utilisons
privacy-why-body =
    Pour une mission publique : vous dire quelles aides existent et préparer votre rencontre avec le guichet. C'est la base du RGPD (GDPR), art. 6, paragraphe 1, point e.
    Nous utilisons les choses sensibles pour une raison d'intérêt public : les services sociaux et de soins. C'est la base du RGPD, art. 9, paragraphe 2, points g et h.
    C'est pour cela que nous ne vous demandons pas votre consentement. La case du formulaire dit seulement que vous voulez envoyer les réponses au guichet.
    Par contre, pour donner un PIN à une personne qui vous aide, il faut votre consentement. C'est la base du RGPD, art. 6, paragraphe 1, point a. Vous pouvez le retirer quand vous voulez : retirez le PIN.
    Nous comptons les essais ratés pour protéger les rendez-vous. Ainsi, personne ne peut deviner les codes.
    Nous comptons aussi les rendez-vous pris depuis une même adresse en un jour. Ainsi, personne ne peut prendre tous les horaires d'un guichet.

privacy-suggestions-heading = Ponte conseille, une personne décide
privacy-suggestions-body =
    Ponte vous montre les aides qui peuvent être faites pour vous, d'après les réponses. C'est seulement un conseil.
    Ponte ne décide pas si vous avez droit à une aide. C'est une personne du guichet qui le décide, après avoir parlé avec vous.

privacy-recipients-heading = Qui voit vos données
privacy-recipients-body =
    À part vous, seules les personnes qui travaillent au guichet que vous choisissez voient le rendez-vous.
    Si vous donnez un PIN à une personne qui vous aide, cette personne voit aussi le rendez-vous. Elle ne peut pas télécharger vos données ni donner un PIN à d'autres personnes.
    Si vous parlez une autre langue, un médiateur culturel peut venir au rendez-vous. Le médiateur qui vient voit votre nom, le jour, l'heure, le guichet, le service et les documents à apporter. Il ne voit pas vos réponses, votre message, ni votre téléphone ou votre e-mail.
    Les personnes qui gèrent les serveurs de Ponte peuvent voir les données seulement pour le faire fonctionner. Elles le font pour le responsable du traitement, avec un contrat.
    Ponte ne charge rien depuis d'autres sites. Pas de publicité, pas de statistiques, pas de polices de caractères venant d'autres serveurs.
    Nous donnons les données à d'autres seulement si la loi le demande.

privacy-keep-heading = Pendant combien de temps
privacy-keep-body =
    Les réponses restent sur le serveur pendant que vous répondez. Si vous prenez rendez-vous, elles passent dans le rendez-vous.
    Si vous ne prenez pas rendez-vous, nous les effaçons quand vous appuyez sur « Quitter cette page tout de suite ». Sinon, nous les effaçons au plus tard { $draft-minutes } minutes après la dernière réponse.
    Nom, contacts, réponses et message : nous les effaçons { $days } jours après le rendez-vous. Pour une demande sans rendez-vous, { $days } jours après la dernière nouvelle.
    Si vous annulez le rendez-vous, nous les effaçons tout de suite.
    Nous effaçons le nom et le contact de la personne qui vous aide en même temps que les vôtres. Si vous lui retirez son PIN, nous les effaçons tout de suite.
    Quand la personne qui vous aide utilise son PIN, nous l'écrivons dans le journal des accès : qui, quoi et quand. Sans adresse internet.
    Il reste seulement des chiffres sans nom : combien de rendez-vous, pour quel service, dans quel guichet.
    Nous comptons les essais ratés pendant { $attempts-minutes } minutes, les rendez-vous pendant { $bookings-hours } heures. Après { $counts-days } jours au maximum, nous effaçons aussi ces comptes.
    Le serveur écrit un journal pour bien fonctionner. Dans le journal, il n'y a pas votre adresse internet ni le code du rendez-vous.

privacy-location-heading = « Utiliser ma position »
privacy-location-body =
    Dans la recherche des guichets, vous pouvez appuyer sur « Utiliser ma position ». Le navigateur vous demande l'autorisation.
    Nous arrondissons la position à environ un kilomètre. Elle sert seulement à trouver la commune la plus proche.
    Nous ne l'enregistrons pas. Elle ne va pas dans l'adresse de la page.

privacy-cookies-heading = Cookies
privacy-cookies-body =
    ponte_lang retient la langue que vous choisissez dans le menu des langues. Il dure un an. Nous le mettons seulement si vous choisissez une langue.
    ponte_session garde les réponses pendant que vous répondez et les codes des rendez-vous pris ici. Avec https, il s'appelle __Host-ponte_session. Il expire après { $session-minutes } minutes sans activité.
    Ce sont des cookies techniques : ils servent à faire ce que vous demandez. Il n'y a pas d'autres cookies.

privacy-rights-heading = Vos droits
privacy-rights-body =
    Vous pouvez demander à voir vos données, à les corriger ou à les effacer. Vous pouvez demander qu'elles soient moins utilisées ou vous opposer à leur utilisation.
    Avec le code et le PIN, vous voyez le rendez-vous. Là, vous pouvez donner un PIN à une personne qui vous aide, et le lui retirer quand vous voulez. Le téléphone ou l'e-mail ne suffisent pas : quelqu'un qui vous connaît pourrait les savoir. Là, vous pouvez télécharger vos données dans un fichier. Vous pouvez changer l'horaire ou annuler le rendez-vous. Si vous annulez, nous effaçons tout de suite vos données. Après le rendez-vous, vous pouvez les effacer vous-même, avec un bouton.
    Pour le reste, écrivez à { $contact }. Vous pouvez aussi écrire au délégué à la protection des données : { $dpo }. Ou demandez au guichet.
    Vous pensez que nous ne respectons pas les règles ? Vous pouvez porter plainte auprès de l'autorité italienne de protection des données (Garante per la protezione dei dati personali) : www.garanteprivacy.it.

staff-privacy-title = Données personnelles des personnes qui travaillent avec Ponte
staff-privacy-intro = Cette page est pour les personnes qui travaillent au guichet : agents, médiateurs et personnes qui gèrent les comptes.
staff-privacy-summary =
    Nous utilisons le nom, l'e-mail et le rôle pour vous donner l'accès.
    Nous enregistrons le mot de passe sous une forme qu'on ne peut pas lire.
    Quand vous ouvrez une demande ou une liste, ou quand vous modifiez quelque chose, nous l'écrivons dans le journal. Avec l'heure et l'adresse internet.
    Ponte n'efface pas et ne modifie pas le journal.

staff-privacy-who-heading = Qui est responsable de vos données
staff-privacy-who-body =
    Le responsable du traitement (titolare) est { $controller }. Pour écrire au responsable : { $contact }.
    Le délégué à la protection des données : { $dpo }.

staff-privacy-what-heading = Quelles données nous utilisons
staff-privacy-what-body =
    Le nom, l'e-mail, le rôle et les guichets de votre compte.
    Le mot de passe, enregistré avec argon2id. Personne ne peut le lire, pas même les personnes qui gèrent Ponte.
    La clé de l'application des codes de connexion : elle est dans la base de données, parce qu'elle sert à vérifier les codes. Les codes de secours, enregistrés sous une forme qu'on ne peut pas lire.
    Le journal : qui a ouvert, pris ou modifié une demande, quand et depuis quelle adresse internet. Aussi qui a lu la liste des demandes ou des rendez-vous. Et qui a créé un compte, donné un nouveau mot de passe ou désactivé un compte. Et chaque code de connexion donné ou refusé. Et qui a commencé les questions avec une personne.
    Les connexions ratées, comptées pendant { $attempts-minutes } minutes.
    Si vous êtes médiateur : les langues que vous parlez et les jours et heures où vous êtes aux guichets. Le public voit seulement la langue et le jour, pas votre nom. Le journal dit aussi à quels rendez-vous vous avez dit que vous viendrez.

staff-privacy-why-heading = Pourquoi nous les utilisons
staff-privacy-why-body =
    Pour vous donner l'accès et pour protéger les données des personnes. Le journal dit qui a lu ou modifié une demande.
    La base est la mission publique du responsable du traitement et son obligation de sécurité. RGPD (GDPR), art. 6, paragraphe 1, points c et e, et art. 32.

staff-privacy-keep-heading = Pendant combien de temps
staff-privacy-keep-body =
    Le compte reste tant qu'un administrateur ne le ferme pas.
    Ponte n'efface pas le journal. Le responsable du traitement décide pendant combien de temps le garder.
    La connexion se termine après { $staff-idle-minutes } minutes sans activité. Elle se termine de toute façon après { $staff-max-hours } heures.

staff-privacy-cookies-heading = Cookies
staff-privacy-cookies-body =
    ponte-staff garde votre connexion ouverte. Avec https, il s'appelle __Host-ponte-staff.
    Dans la base de données, nous enregistrons seulement une empreinte du cookie, pas le cookie.
    Le cookie se termine quand vous vous déconnectez, quand vous fermez le navigateur ou quand la connexion expire.

staff-privacy-rights-heading = Vos droits
staff-privacy-rights-body =
    Vous pouvez demander à voir vos données, à les corriger ou à les effacer. Vous pouvez demander qu'elles soient moins utilisées ou vous opposer à leur utilisation.
    Écrivez à { $contact } ou à { $dpo }.
    Vous pouvez porter plainte auprès de l'autorité italienne de protection des données (Garante per la protezione dei dati personali) : www.garanteprivacy.it.

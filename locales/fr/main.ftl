# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Français
site-name = Ponte
skip-to-content = Aller au contenu
language-switch-label = Langue
translation-notice = Cette traduction a été faite avec l'aide d'un ordinateur. Personne ne l'a encore vérifiée. C'est le texte en italien qui fait foi.
translation-notice-link = Lire cette page en italien
footer-nav-label = Informations sur le site
footer-accessibility = Accessibilité
footer-privacy = Données personnelles
footer-about = Ponte est le site des guichets sociaux des communes (Sportelli Sociali dei Comuni). C'est une version d'essai, avec des données d'exemple.

error-prefix = Erreur :
error-summary-title = Il y a un problème
change = Modifier

not-found-title = Page introuvable
not-found-body = Cette page n'existe pas. L'adresse est peut-être fausse.
not-found-home = Aller à la page d'accueil
step-first-title = Terminez d'abord la connexion
step-first-body = Il vous reste une étape pour vous connecter : le code de l'application ou un nouveau mot de passe.
form-unreadable-title = Nous ne pouvons pas lire le formulaire
form-unreadable-body = Le formulaire est arrivé sous une forme que nous ne connaissons pas. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
manage-link = Vous avez déjà un rendez-vous ?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Beaucoup de personnes prennent rendez-vous en ce moment
busy-wait = Réessayez dans une minute.
busy-not-sent = Votre demande n'est pas encore partie. Vous n'avez encore rien réservé.
busy-unsure = Nous n'avons pas pu terminer. Appuyez sur « Réessayer » : si la demande était déjà enregistrée, vous la verrez. Vous ne prenez jamais deux fois le même rendez-vous.
busy-kept = Ce que vous avez écrit est gardé ici. Vous n'avez pas besoin de l'écrire de nouveau.
busy-retry = Réessayer
busy-home = Retour à la page d'accueil

accessibility-title = Déclaration d'accessibilité
accessibility-intro = Nous voulons que tout le monde puisse utiliser Ponte. Aussi les personnes qui voient mal, qui n'entendent pas, qui utilisent seulement le clavier ou un lecteur d'écran.
accessibility-status-heading = Où nous en sommes
accessibility-status-body =
    Le site suit les règles WCAG 2.2, niveau AA. Ce sont les règles européennes pour les sites publics.
    Chaque page est contrôlée automatiquement à chaque changement, dans toutes les langues.
accessibility-how-heading = Ce que vous pouvez faire
accessibility-how-body =
    Vous pouvez utiliser le site seulement avec le clavier. L'endroit où vous êtes est toujours bien visible.
    Vous pouvez agrandir le texte jusqu'au double. La page s'adapte aussi aux petits écrans.
    Le site fonctionne aussi sans JavaScript et avec les couleurs de votre système.
    Si vous demandez moins de mouvement à l'écran, le site n'utilise pas d'animations.
accessibility-limits-heading = Ce qui ne va pas encore
accessibility-limits-body =
    Le site est nouveau et nous sommes encore en train de le construire. Certaines parties n'existent pas encore.
    Nous n'avons pas encore fait d'essais avec des personnes qui utilisent un lecteur d'écran. Nous les ferons bientôt.
accessibility-feedback-heading = Dites-nous ce qui ne fonctionne pas
accessibility-feedback-body =
    Si une partie du site ne fonctionne pas pour vous, dites-le-nous. Écrivez au guichet social (Sportello Sociale) de votre commune ou allez-y en personne.
    Nous vous répondrons dans les 30 jours.
accessibility-enforcement-heading = Si vous ne recevez pas de réponse
accessibility-enforcement-body =
    Si vous ne recevez pas de réponse, ou si la réponse ne vous suffit pas, vous pouvez écrire au médiateur pour le numérique de l'AgID (Difensore civico per il digitale).
    L'AgID est l'Agence pour l'Italie numérique (Agenzia per l'Italia Digitale).

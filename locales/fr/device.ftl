# Ankommen – textes sur l’appareil personnel : les données ne s’affichent qu’après confirmation ; garder ou terminer le chat web.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Dans un instant, nous vous montrons tout ce que nous avons enregistré sur vous, aussi sous forme de fichier à télécharger. Êtes-vous seul(e) devant l'écran en ce moment ?
button-mydata-yes = Oui, afficher
button-mydata-no = Non, pas maintenant
mydata-not-shown = D'accord, nous n'affichons rien. Écrivez /mydata quand personne d'autre ne regarde l'écran, ou appelez-nous : { $sp_phone }
webchat-remember = Garder cette conversation sur cet appareil
webchat-remember-hint = Seulement sur votre propre appareil : vous pourrez ainsi lire nos réponses ici plus tard.
webchat-end = Terminer la conversation sur cet appareil
webchat-end-confirm = Voulez-vous vraiment terminer la conversation sur cet appareil ? Vous ne pourrez plus l'ouvrir ici.
webchat-ended = La conversation est terminée sur cet appareil : la prochaine personne qui l'utilisera ne la verra pas. Nos réponses ne pourront plus vous parvenir ici ; appelez-nous, s'il vous plaît : { $sp_phone }
webchat-busy = De très nombreuses conversations démarrent en ce moment depuis cette connexion. Veuillez réessayer dans quelques minutes.

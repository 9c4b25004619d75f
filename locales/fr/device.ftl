# Ankommen – textes sur l’appareil personnel : les données ne s’affichent qu’après confirmation ; garder ou terminer le chat web.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Dans un instant, vous verrez tout ce que nous avons enregistré sur vous. Est-ce votre propre appareil, et personne d’autre ne lit avec vous ?
button-mydata-yes = Oui, afficher
button-mydata-no = Non, pas maintenant
mydata-not-shown = D’accord, nous n’affichons rien. Écrivez /mydata quand vous serez seul(e) avec votre appareil.
webchat-remember = Garder ce chat sur cet appareil
webchat-end = Terminer le chat sur cet appareil
webchat-ended = Le chat est terminé sur cet appareil : la prochaine personne qui l’utilisera ne le verra pas. Des questions sur vos données ? Appelez-nous : { $sp_phone }
webchat-busy = Beaucoup de chats commencent en ce moment depuis cette connexion. Veuillez réessayer dans quelques minutes.

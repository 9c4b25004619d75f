# Ankommen – messages caseworkers send from a template. French.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Pourriez-vous nous contacter, s'il vous plaît ? Nous aimerions parler de quelque chose avec vous. Téléphone : { $phone }
template-bring-documents = Pour votre rendez-vous, veuillez apporter : votre pièce d'identité ou vos papiers de séjour, et les courriers des administrations que vous avez reçus.
template-still-need = Nous n'avons pas eu de vos nouvelles depuis un moment. Avez-vous encore besoin d'aide ? N'hésitez pas à nous écrire ici.
template-goal-check = Votre conseiller ou votre conseillère aimerait savoir où vous en êtes avec vos objectifs. N'hésitez pas à écrire un petit message ici ou à appeler : { $phone }

## À la fin de l'accompagnement (retour facultatif)
followup-evaluation = Votre accompagnement chez nous est terminé. Merci pour votre confiance ! Souhaitez-vous nous dire si cet accompagnement vous a été utile ? Votre réponse est facultative.
button-eval-good = Oui, cela m'a été utile
button-eval-partly = En partie
button-eval-not = Pas vraiment

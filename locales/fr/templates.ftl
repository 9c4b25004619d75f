# Ankommen – messages caseworkers send from a template. French.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Pourriez-vous nous contacter, s'il vous plaît ? Nous aimerions parler de quelque chose avec vous. Téléphone : { $phone }
template-bring-documents = Pour votre rendez-vous, veuillez apporter : votre pièce d'identité ou vos papiers de séjour, et les courriers des administrations que vous avez reçus.
template-still-need = Nous n'avons pas eu de vos nouvelles depuis un moment. Avez-vous encore besoin d'aide ? N'hésitez pas à nous écrire ici.
template-goal-check = Votre conseiller ou votre conseillère aimerait savoir où vous en êtes avec vos objectifs. N'hésitez pas à écrire un petit message ici ou à appeler : { $phone }

# Ankommen – messages after the service point's decision. French.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Bonne nouvelle : { $organisation } va s'occuper de vos questions. Un conseiller ou une conseillère vous contactera dans un délai d'une semaine.
decision-referred = Pour vos questions, { $organisation } est le bon service. Nous avons transmis votre demande à ce service, comme vous l'avez autorisé. Vous pouvez aussi prendre contact vous-même : { $contact }
decision-waitlisted = Pour le moment, toutes les places sont prises. Nous vous avons inscrit(e) sur notre liste d'attente et nous vous écrirons dans environ trois mois. Si cela devient urgent avant, n'hésitez pas à nous appeler : { $sp_phone }
decision-waitlist-recontact = Vous êtes toujours sur notre liste d'attente. Avez-vous encore besoin d'aide ?
button-waitlist-still = Oui, toujours
button-waitlist-no-longer = Non, plus maintenant
decision-declined = Malheureusement, nous ne pouvons pas vous proposer d'accompagnement sur une longue durée. Vous pouvez recevoir des conseils ici : { $counselling_contact }

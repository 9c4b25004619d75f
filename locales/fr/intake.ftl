# Ankommen – premier entretien (accueil et questionnaire). Français.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variables du profil de la commune : $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Dans les répétitions (personnes du foyer) : $index (1 = la personne elle-même), $count.

pick-language = Veuillez choisir votre langue.

welcome-offer =
    Bienvenue à { $municipality } !
    { $service_point } vous propose un accompagnement. Il est gratuit, facultatif et confidentiel.
    Nous vous aidons pour vos questions sur la garde d'enfants, l'éducation, l'argent, la santé, les loisirs, la langue et le travail.
    Adresse : { $sp_address } · Téléphone : { $sp_phone }

## Âge et consentement

q-age-gate = Avez-vous 16 ans ou plus ? Nous posons cette question parce que, pour les plus jeunes, un parent ou le tuteur légal doit aussi donner son accord.
opt-age-adult = Oui, 16 ans ou plus
opt-age-minor = Non, moins de 16 ans
info-minor =
    Merci ! Comme vous avez moins de 16 ans, un parent ou votre tuteur légal doit donner son accord.
    Cette personne est-elle avec vous en ce moment et peut-elle lire avec vous ?
opt-minor-guardian = Oui, elle est là
opt-minor-anonymous = Non, juste des informations

consent-notice =
    Pour pouvoir vous accompagner, nous enregistrons les réponses que vous donnez dans ce chat.
    Pourquoi : pour vous proposer l'accompagnement qui vous convient.
    Qui les voit : seulement les conseillers et conseillères du service qui attribuent votre dossier et s'en occupent.
    Combien de temps : seulement pendant la durée de l'accompagnement.
    Vos droits : vous pouvez demander à tout moment ce qui est enregistré et faire tout effacer.
    Si vous n'êtes pas d'accord, nous n'enregistrons rien. Vous recevrez quand même des informations.
    Êtes-vous d'accord ?
consent-notice-guardian =
    Veuillez lire ceci en tant que parent ou tuteur légal :
    Pour pouvoir accompagner votre enfant, nous enregistrons les réponses données dans ce chat.
    Pourquoi : pour proposer l'accompagnement qui convient.
    Qui les voit : seulement les conseillers et conseillères du service qui attribuent le dossier et s'en occupent.
    Combien de temps : seulement pendant la durée de l'accompagnement.
    Vos droits : vous pouvez demander à tout moment ce qui est enregistré et faire tout effacer.
    Si vous n'êtes pas d'accord, nous n'enregistrons rien.
    En tant que parent ou tuteur légal, êtes-vous d'accord ?
consent-full =
    Le consentement en détail :
    Responsable : la ville de { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Nous enregistrons vos réponses données dans ce chat, votre langue et le moment de votre consentement. L'identifiant de votre chat (sur Telegram, votre numéro d'utilisateur) est enregistré uniquement sous forme chiffrée, pour que nous puissions vous répondre.
    Objectif : conseil et accompagnement pendant votre arrivée (gestion de l'intégration). Le consentement est facultatif ; sans lui, vous recevez quand même des informations et un accompagnement anonyme.
    La base légale est votre consentement (articles 6.1.a et 9.2.a du RGPD). Les informations sur la santé sont particulièrement protégées par l'article 9 du RGPD. Nous les enregistrons sous forme chiffrée, comme les informations sur le statut de séjour et les textes que vous écrivez librement.
    Seuls les conseillers et conseillères du service qui attribuent votre dossier et s'en occupent voient vos informations. Ces personnes sont tenues au secret professionnel. Nous transmettons des informations à d'autres services uniquement si vous l'autorisez expressément.
    À la fin de l'accompagnement, les données sont anonymisées, au plus tard 9 mois après le dernier contact.
    Vous pouvez retirer votre consentement à tout moment : /delete efface immédiatement tout ce que nous avons enregistré. /mydata montre ce qui est enregistré. L'historique de ce chat sur votre appareil et sur Telegram ne peut être effacé que par vous.
    Réclamations : auprès de la personne chargée de la protection des données de la ville ou de l'autorité de protection des données du Land.
button-consent-yes = Oui, je suis d'accord
button-consent-no = Non, merci
button-consent-full = Tout lire en détail

declined-info =
    Aucun problème. Nous n'avons rien enregistré sur vous.
    Vous pouvez venir nous voir à tout moment, sans rendez-vous :
    { $service_point }, { $sp_address }
    Horaires d'ouverture : { $sp_hours } · Téléphone : { $sp_phone }
    Cours d'allemand : { $course_contact }
    Conseil pour adultes : { $counselling_contact }
    En cas de crise aiguë : ligne d'écoute (Telefonseelsorge), gratuite, jour et nuit : { $crisis_phone } · Urgences : 112
    Si vous souhaitez un accompagnement plus tard, écrivez simplement /start.

q-sharing =
    Parfois, cela aide si nous pouvons parler avec d'autres services. C'est facultatif.
    Appuyez seulement sur les services qui peuvent recevoir vos réponses de cette conversation, pour qu'ils puissent vous conseiller. Si vous n'appuyez sur rien, nous ne transmettons rien. Vous pouvez changer cela à tout moment avec /consent.
label-sharing = Transmission autorisée à
recipient-jobcentre = Jobcenter
recipient-foreigners-office = Service des étrangers
recipient-jmd = Service jeunes migrants
recipient-mbe = Conseil aux migrants (adultes)
recipient-refugee-counselling = Conseil aux réfugiés
recipient-line = • { $name }: { $kind }

## Crise

q-crisis = Êtes-vous en ce moment dans une situation d'urgence – par exemple en danger, sans endroit où dormir cette nuit ou en grande détresse psychologique ?
label-crisis = Situation d'urgence
opt-crisis-acute = Oui, besoin d'aide maintenant
opt-crisis-none = Non
info-crisis =
    Merci de nous le dire. Voici où obtenir de l'aide tout de suite :
    Urgences (danger, blessure) : 112 · Police : 110
    Ligne d'écoute (Telefonseelsorge), gratuite, jour et nuit : { $crisis_phone }
    { $service_point } : { $sp_phone } ({ $sp_hours })
    Nous traitons votre message comme urgent et nous vous contacterons dès que possible.

## Foyer

q-household-size = Combien de personnes vivent dans votre foyer, vous compris ? Veuillez écrire un nombre.
label-household-size = Personnes dans le foyer
info-members = Maintenant, quelques questions courtes sur chaque personne du foyer – d'abord sur vous. Ainsi, nous trouvons des offres qui conviennent à tout le monde.
label-member =
    { $index ->
        [0] Personnes du foyer (informations)
        [1] Vous-même
       *[other] Personne { $index }
    }
q-member-age =
    { $index ->
        [1] Quel âge avez-vous ? Veuillez écrire un nombre.
       *[other] Personne { $index } : quel âge a cette personne ? Veuillez écrire un nombre.
    }
label-member-age = Âge
q-member-gender =
    { $index ->
        [1] Quel est votre sexe ?
       *[other] Personne { $index } : quel est le sexe de cette personne ?
    }
label-member-gender = Sexe
opt-gender-female = Féminin
opt-gender-male = Masculin
opt-gender-diverse = Divers / non binaire
opt-gender-not-stated = Je préfère ne pas répondre
q-member-relation = Personne { $index } : quel est le lien de cette personne avec vous ?
label-member-relation = Lien
opt-relation-partner = Conjoint(e) ou partenaire
opt-relation-child = Enfant
opt-relation-parent = Mère ou père
opt-relation-sibling = Frère ou sœur
opt-relation-other-relative = Autre membre de la famille
opt-relation-other = Autre personne
q-member-nationality =
    { $index ->
        [1] Quelle est votre nationalité ?
       *[other] Personne { $index } : quelle est la nationalité de cette personne ?
    }
label-member-nationality = Nationalité
country-syria = Syrie
country-afghanistan = Afghanistan
country-iraq = Irak
country-iran = Iran
country-turkey = Turquie
country-ukraine = Ukraine
country-romania = Roumanie
country-bulgaria = Bulgarie
country-poland = Pologne
country-russia = Russie
country-eritrea = Érythrée
country-other = Un autre pays
q-member-residence =
    { $index ->
        [1] Quel est votre statut de séjour ? Cela nous aide à trouver le bon service. Vous pouvez passer cette question.
       *[other] Personne { $index } : quel est le statut de séjour de cette personne ? Vous pouvez passer cette question.
    }
label-member-residence = Statut de séjour
opt-residence-asylum-pending = Demande d'asile en cours
opt-residence-duldung = Séjour toléré (Duldung)
opt-residence-permit = Titre de séjour
opt-residence-eu = Citoyen(ne) de l'UE
opt-residence-other = Autre chose
opt-residence-unknown = Je ne sais pas

## Arrivée et langue

q-arrival = Depuis quand êtes-vous en Allemagne ? Veuillez écrire le mois et l'année, par exemple 03/2024. Nous posons cette question parce que certaines offres existent seulement pendant les premières années.
label-arrival = En Allemagne depuis
q-arrival-town = Depuis quand habitez-vous à { $municipality } ? Le mois et l'année, s'il vous plaît, par exemple 05/2024.
label-arrival-town = À { $municipality } depuis
q-family-languages = Quelles langues parlez-vous en famille ? Vous pouvez en choisir plusieurs, puis appuyer sur « Terminé ».
label-family-languages = Langues parlées en famille
lang-arabic = Arabe
lang-dari-farsi = Dari / Farsi
lang-kurdish = Kurde
lang-pashto = Pachto
lang-tigrinya = Tigrigna
lang-turkish = Turc
lang-ukrainian = Ukrainien
lang-russian = Russe
lang-romanian = Roumain
lang-bulgarian = Bulgare
lang-polish = Polonais
lang-french = Français
lang-english = Anglais
lang-other = Une autre langue
q-german-level = Quel est votre niveau d'allemand ?
label-german-level = Niveau d'allemand
opt-german-none = Pas encore
opt-german-a1 = Un peu (A1)
opt-german-a2 = Conversations simples (A2)
opt-german-b1 = Bien au quotidien (B1)
opt-german-b2plus = Très bien (B2 ou plus)
q-interpreter = Souhaitez-vous un ou une interprète pour le rendez-vous ? C'est gratuit.
label-interpreter = Interprète
opt-interpreter-needed = Oui, s'il vous plaît
opt-interpreter-not-needed = Non, pas nécessaire
q-interpreter-language = Dans quelle langue souhaitez-vous l'interprète ?
label-interpreter-language = Interprète en

## Logement, santé, famille

q-housing = Comment êtes-vous logé(e) en ce moment ?
label-housing = Logement
opt-housing-own-flat = Mon propre logement
opt-housing-shelter = Hébergement de la ville
opt-housing-with-others = Chez de la famille ou des amis
opt-housing-none = Je n'ai pas de logement
opt-housing-other = Autrement
q-housing-adequate = Votre logement convient-il pour vous et votre famille (espace, état) ?
label-housing-adequate = Logement adapté
opt-housing-adequate = Oui, il convient
opt-housing-not-adequate = Non, il ne convient pas
q-health = Dans votre foyer, y a-t-il des problèmes de santé, physiques ou psychiques ? Vous n'êtes pas obligé(e) de répondre. Cela nous aide seulement à trouver une aide adaptée.
label-health = Problèmes de santé
opt-health-none = Non
opt-health-physical = Oui, physiques
opt-health-psychological = Oui, psychiques
opt-health-both = Oui, les deux
opt-health-prefer-not = Je préfère ne pas le dire
q-children-needs = Pour les enfants de votre foyer : de quoi avez-vous besoin ? Plusieurs réponses sont possibles, puis « Terminé ».
label-children-needs = Besoins pour les enfants
opt-children-daycare = Place en crèche (Kita)
opt-children-school-place = Place à l'école
opt-children-school-support = Soutien scolaire
opt-children-other = Autre chose
opt-children-none = Rien de tout cela
q-reunification = Prévoyez-vous que des membres de votre famille vous rejoignent (regroupement familial) ? Vous pouvez passer cette question.
label-reunification = Regroupement familial
opt-reunification-planned = Oui, c'est prévu
opt-reunification-in-progress = Oui, c'est déjà en cours
opt-reunification-no = Non

## Travail et soutien

q-work = Travail et formation : qu'est-ce qui vous correspond ? Plusieurs réponses sont possibles, puis « Terminé ».
label-work = Travail et formation
opt-work-working = Je travaille
opt-work-looking = Je cherche du travail
opt-work-training = Je fais une formation
opt-work-school-study = École ou études
opt-work-german-course = Je suis un cours d'allemand
opt-work-experience-abroad = Métier exercé dans mon pays
opt-work-none = Rien de tout cela
q-agencies = Avec quels services êtes-vous déjà en contact ? Plusieurs réponses sont possibles, puis « Terminé ».
label-agencies = Services concernés
agency-jobcentre = Jobcenter
agency-social-office = Bureau d'aide sociale
agency-foreigners-office = Service des étrangers
agency-youth-office = Office de la jeunesse
agency-mbe = Conseil aux migrants
agency-jmd = Service jeunes migrants
agency-refugee-counselling = Conseil aux réfugiés
agency-volunteers = Bénévoles
agency-none = Aucun pour l'instant
q-counsellor = Avez-vous déjà un conseiller ou une conseillère qui vous accompagne ?
label-counsellor = Déjà accompagné(e)
opt-counsellor-yes = Oui
opt-counsellor-no = Non

q-topics = Pour quels sujets souhaitez-vous de l'aide ? Vous pouvez choisir plusieurs thèmes, puis appuyer sur « Terminé ».
label-topics = Thèmes
topic-german-course = Cours d'allemand
topic-work = Travail et qualifications
topic-school = École et formation
topic-childcare = Garde d'enfants
topic-housing = Logement
topic-finances = Argent et dettes
topic-health = Santé
topic-pregnancy = Grossesse
topic-residence = Séjour et papiers
topic-authorities = Courriers et administrations
topic-legal = Questions juridiques
topic-naturalisation = Naturalisation
topic-family = Famille
topic-orientation = Vie quotidienne et repères
topic-mobility = Se déplacer (bus, train)
topic-literacy = Apprendre à lire et écrire
topic-discrimination = Discrimination
topic-belonging = Voisinage et appartenance
topic-leisure = Loisirs et culture
topic-other = Autre chose

q-remarks = Voulez-vous nous dire encore quelque chose ? N'hésitez pas à l'écrire avec vos propres mots (1000 caractères au maximum) – ou passez cette question.
label-remarks = Autres remarques

## Fin

button-done = Terminé
button-skip = Passer
button-submit = Envoyer
button-change = Modifier une réponse

summary-intro = Veuillez vérifier vos réponses :
summary-line = • { $label } : { $value }
summary-which = Quelle réponse souhaitez-vous modifier ?
answer-skipped = question passée
answer-none = non précisé

done-next-steps =
    Merci beaucoup ! Vos réponses sont bien arrivées à { $service_point }.
    Un conseiller ou une conseillère vous contactera ici, dans le chat, dans un délai d'une semaine.
    Des questions ? Téléphone : { $sp_phone }
answer-nobody = personne

## Ce qui rend les choses plus difficiles (pour l'évaluation, facultatif)
q-barriers = Qu'est-ce qui est difficile pour vous en ce moment ? Cela nous aide à trouver le soutien qui vous convient. Plusieurs réponses sont possibles, puis « Terminé ». Vous pouvez aussi passer cette question.
label-barriers = Difficultés en ce moment
opt-barrier-no-school = Je n'ai pas de diplôme scolaire
opt-barrier-no-vocational = Je n'ai pas de métier reconnu ici
opt-barrier-career-unsure = Je ne sais pas quel travail me convient
opt-barrier-authorities = J'ai du mal avec les administrations
opt-barrier-debts = J'ai des dettes
opt-barrier-lonely = Je me sens souvent seul(e)
opt-barrier-none = Rien de tout cela

# Ankommen – textes communs (commandes, indications, messages d'erreur). Français.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.

help =
    Ici, vous pouvez vous inscrire à un accompagnement gratuit.
    Appuyez sur les boutons ou écrivez votre réponse.
    /language – changer de langue
    /restart – tout recommencer
    /help – cette aide
    /mydata – voir ce qui est enregistré
    /delete – tout effacer
    /stop – ne plus recevoir de messages
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
welcome-back = Quel plaisir de vous revoir ! Nous reprenons là où nous nous étions arrêtés.
restarted = Nous recommençons depuis le début.
finished-already = Vos réponses nous sont déjà parvenues. Si vous voulez recommencer, écrivez /restart.
finished-welcome-back = Bon retour parmi nous ! Vos réponses nous sont déjà parvenues. Avec /restart, vous recommencez depuis le début.

error-unsupported = Malheureusement, je ne peux lire que du texte et des boutons. Je n'enregistre pas les images, les messages vocaux ni les fichiers.
error-stale-button = Ce bouton appartient à une question précédente. Voici la question actuelle :
error-use-buttons = Veuillez appuyer sur l'un des boutons sous la question.
error-pick-at-least =
    { $count ->
        [one] Veuillez choisir au moins un thème.
        [many] Veuillez choisir au moins { $count } de thèmes.
       *[other] Veuillez choisir au moins { $count } thèmes.
    }
error-empty = Veuillez écrire une réponse.
error-too-long = Votre réponse est trop longue ({ $length } caractères). Veuillez écrire { $max } caractères au maximum.
error-number = Veuillez écrire un nombre entre { $min } et { $max }.
error-number-range = Ce nombre ne convient pas. Veuillez écrire un nombre entre { $min } et { $max }.
error-date-month = Je n'ai pas pu lire la date. Veuillez écrire le mois et l'année, par exemple 03/2024.
error-date-day = Je n'ai pas pu lire la date. Veuillez écrire le jour, le mois et l'année, par exemple 15.03.2024.
error-date-future = Cette date est dans le futur. Veuillez la vérifier encore une fois.
error-date-too-early = Cette date est antérieure à { $year }. Veuillez la vérifier encore une fois.
error-private-only = Je réponds seulement dans une conversation privée. Veuillez m'écrire directement.
error-internal = Excusez-nous, un problème est survenu de notre côté. Veuillez renvoyer votre dernier message.

cmd-start = Commencer
cmd-help = Aide
cmd-language = Changer de langue
cmd-restart = Tout recommencer

error-too-fast = Vous écrivez très vite. J'attends un instant, puis je lis de nouveau vos messages.
error-edited = Malheureusement, je ne peux pas prendre en compte les messages modifiés. Renvoyez simplement votre réponse, s'il vous plaît.
stopped = D'accord : nous ne vous enverrons plus de messages de notre propre initiative. Vos réponses restent enregistrées comme avant ; vous pouvez les effacer avec /delete. Avec /start, vous pouvez continuer.
delete-confirm = Voulez-vous vraiment effacer tout ce que nous avons enregistré sur vous ? Cela ne pourra pas être annulé.
button-delete-yes = Oui, tout effacer
button-delete-no = Non, garder
deleted = C'est fait : tout ce que nous avions enregistré sur vous a été effacé. Si vous souhaitez de l'aide plus tard, écrivez /start.
delete-cancelled = Très bien, rien n'a été effacé.
mydata-intro = Voici ce que nous avons enregistré sur vous :
mydata-no-answers = Pas encore de réponses.
mydata-consent =
    { $kind ->
        [data_processing] Consentement à l'accompagnement
       *[other] Transmission ({ $kind })
    } : { $granted ->
        [yes] accepté
       *[no] refusé
    } le { $date }
mydata-file = Vous trouverez aussi tout cela dans le fichier.
mydata-case = Le fichier contient aussi ce que l'équipe de conseil a noté sur votre dossier : les notes, votre plan et les décisions.
keyword-stop = stop, arrête, arrêtez, arrete
cmd-stop = Arrêter les messages
cmd-delete = Effacer mes données
cmd-mydata = Voir mes données
progress = Question { $current } sur { $total }
cmd-consent = Modifier le partage
consent-updated = Merci, votre choix est enregistré. Vous pouvez le modifier à tout moment avec /consent.
mydata-about =
    Pourquoi : pour pouvoir vous accompagner pendant votre arrivée.
    Qui a reçu vos réponses : { $recipients }.
    Combien de temps : jusqu'à la fin de l'accompagnement, au plus tard 9 mois après le dernier contact. Ensuite, il ne reste que des chiffres sans noms.
    Vos droits : avec /consent, vous pouvez changer qui reçoit vos réponses. /delete efface tout. Si quelque chose n'est pas correct, dites-le-nous : { $sp_phone }. Réclamations : auprès de la personne chargée de la protection des données de la ville.
mydata-nobody = personne pour l'instant

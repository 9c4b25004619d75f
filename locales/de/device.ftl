# Ankommen – Texte rund um das eigene Gerät: Daten erst nach Rückfrage zeigen; Web-Chat merken oder beenden.
# Quelltexte (Deutsch). Die übrigen Sprachen sind daraus übersetzt.

mydata-confirm = Gleich zeigen wir Ihnen alles, was wir über Sie gespeichert haben – auch als Datei zum Herunterladen. Sind Sie gerade allein am Bildschirm?
button-mydata-yes = Ja, zeigen
button-mydata-no = Nein, jetzt nicht
mydata-not-shown = Gut, wir zeigen nichts an. Schreiben Sie /mydata, wenn niemand mitliest – oder rufen Sie uns an: { $sp_phone }
webchat-remember = Diesen Chat auf diesem Gerät merken
webchat-remember-hint = Nur auf Ihrem eigenen Gerät: Dann können Sie unsere Antworten später hier lesen.
webchat-end = Chat auf diesem Gerät beenden
webchat-end-confirm = Den Chat auf diesem Gerät wirklich beenden? Danach können Sie ihn hier nicht mehr öffnen.
webchat-ended = Der Chat auf diesem Gerät ist beendet: Wer das Gerät als Nächstes benutzt, sieht ihn nicht. Unsere Antworten erreichen Sie hier nicht mehr – bitte rufen Sie uns an: { $sp_phone }
webchat-busy = Von diesem Anschluss aus beginnen gerade sehr viele Chats. Bitte versuchen Sie es in ein paar Minuten noch einmal.

# Ankommen – Texte rund um das eigene Gerät: Daten erst nach Rückfrage zeigen; Web-Chat merken oder beenden.
# Quelltexte (Deutsch). Die übrigen Sprachen sind daraus übersetzt.

mydata-confirm = Gleich sehen Sie alles, was wir über Sie gespeichert haben. Ist das Ihr eigenes Gerät, und liest niemand mit?
button-mydata-yes = Ja, zeigen
button-mydata-no = Nein, jetzt nicht
mydata-not-shown = Gut, wir zeigen nichts an. Schreiben Sie /mydata, wenn Sie an Ihrem Gerät allein sind.
webchat-remember = Diesen Chat auf diesem Gerät merken
webchat-end = Chat auf diesem Gerät beenden
webchat-ended = Der Chat auf diesem Gerät ist beendet: Wer das Gerät als Nächstes benutzt, sieht ihn nicht. Fragen zu Ihren Daten? Rufen Sie uns an: { $sp_phone }
webchat-busy = Von diesem Anschluss aus beginnen gerade sehr viele Chats. Bitte versuchen Sie es in ein paar Minuten noch einmal.

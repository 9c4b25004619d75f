# Ankommen – texts about one's own device: data shown only after asking; remembering or ending the web chat.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = In a moment we will show you everything we have stored about you – also as a file to download. Are you alone at the screen right now?
button-mydata-yes = Yes, show it
button-mydata-no = No, not now
mydata-not-shown = All right, we won't show anything. Write /mydata when nobody else can see your screen – or call us: { $sp_phone }
webchat-remember = Remember this chat on this device
webchat-remember-hint = Only on your own device: then you can read our answers here later.
webchat-end = End the chat on this device
webchat-end-confirm = Really end the chat on this device? You will not be able to open it here again.
webchat-ended = The chat on this device has ended: whoever uses this device next will not see it. Our answers can no longer reach you here – please call us: { $sp_phone }
webchat-busy = A lot of chats are being started from this connection right now. Please try again in a few minutes.

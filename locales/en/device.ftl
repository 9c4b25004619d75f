# Ankommen – texts about one's own device: data shown only after asking; remembering or ending the web chat.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = In a moment you will see everything we have stored about you. Is this your own device, and is nobody else reading along?
button-mydata-yes = Yes, show it
button-mydata-no = No, not now
mydata-not-shown = Fine, we are not showing anything. Write /mydata when you are alone with your device.
webchat-remember = Remember this chat on this device
webchat-end = End the chat on this device
webchat-ended = The chat on this device has ended: whoever uses this device next will not see it. Questions about your data? Please call us: { $sp_phone }
webchat-busy = Very many chats are starting from this connection right now. Please try again in a few minutes.

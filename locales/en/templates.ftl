# Ankommen – messages caseworkers send from a template. English.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Please get in touch with us, we would like to talk something over with you. Phone: { $phone }
template-bring-documents = Please bring to your appointment: your ID or residence papers and the letters from offices that you have received.
template-still-need = We have not heard from you for a while. Do you still need support? Feel free to write to us here.
template-goal-check = Your counsellor would like to know how your goals are going. Feel free to write a short message here or call: { $phone }

## At closure (voluntary feedback)
followup-evaluation = Your support with us has ended. Thank you for your trust! Would you like to tell us whether it helped you? Answering is voluntary.
button-eval-good = Yes, it helped
button-eval-partly = Partly
button-eval-not = Not really

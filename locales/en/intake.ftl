# Ankommen – first conversation (short version). English.
# NOTE: translated from the German source; a native speaker should review this file.

pick-language = Please choose your language.

welcome-offer =
    Welcome to { $municipality }!
    The { $service_point } offers you counselling. It is free, voluntary and confidential.
    We help with questions about childcare, education, money, health, leisure, language and work.
    Address: { $sp_address } · Phone: { $sp_phone }

consent-notice =
    So that we can advise you, we store your answers from this chat.
    Why: to offer you the right counselling.
    Who sees them: only the counsellors at the service point who work on your case.
    How long: only as long as the counselling lasts.
    Your rights: you can ask at any time what is stored and have everything deleted.
    If you do not agree, we store nothing. You will still get information.
    Do you agree?
button-consent-yes = Yes, I agree
button-consent-no = No, rather not

declined-info =
    That is fine. We have stored nothing about you.
    You can visit us at any time without an appointment:
    { $service_point }, { $sp_address }
    Opening hours: { $sp_hours } · Phone: { $sp_phone }
    In an acute crisis, the crisis line is free and open day and night: { $crisis_phone }
    If you would like counselling later, just write /start.

q-household-size = How many people live in your household, including you? Please write a number.
label-household-size = People in the household

q-arrival = Since when have you been in Germany? Please write month and year, for example 03/2024. We ask because some offers are only for the first years.
label-arrival = In Germany since

q-german-level = How well do you speak German?
label-german-level = German skills
opt-german-none = Not yet
opt-german-a1 = A little (A1)
opt-german-a2 = Simple conversations (A2)
opt-german-b1 = Good for everyday life (B1)
opt-german-b2plus = Very good (B2 or better)

info-interpreter = No problem: we can bring an interpreter to your appointment.

q-topics = What would you like support with? You can tap several topics and then choose “Done”.
label-topics = Topics
topic-childcare = Childcare
topic-education = School and education
topic-work = Work and training
topic-language = German course
topic-finances = Money and debts
topic-health = Health
topic-housing = Housing
topic-residence = Residence and papers
topic-authorities = Letters and offices
topic-leisure = Leisure and meeting people
topic-other = Something else

button-done = Done
button-skip = Skip
button-submit = Send
button-change = Change an answer

summary-intro = Please check your answers:
summary-line = • { $label }: { $value }
summary-which = Which answer would you like to change?
answer-skipped = skipped
answer-none = not stated

done-next-steps =
    Thank you! Your answers have reached the { $service_point }.
    A counsellor will contact you here in the chat within one week.
    Questions? Phone: { $sp_phone }

# Ankommen – first conversation (intake). English.
# NOTE: translated from the German source; a native speaker should review this file.
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Inside repeats (household members): $index (1 = the person themself), $count.

pick-language = Please choose your language.

welcome-offer =
    Welcome to { $municipality }!
    The { $service_point } offers you counselling. It is free, voluntary and confidential.
    We help with questions about childcare, education, money, health, leisure, language and work.
    Address: { $sp_address } · Phone: { $sp_phone }

## Age and consent

q-age-gate = Are you 16 years or older? We ask because for younger people a parent or guardian must agree as well.
opt-age-adult = Yes, 16 or older
opt-age-minor = No, younger than 16
info-minor =
    Thank you! Because you are younger than 16, a parent or your guardian must agree.
    Is this person with you right now and can read along?
opt-minor-guardian = Yes, they are here
opt-minor-anonymous = No, only information

consent-notice =
    So that we can advise you, we store your answers from this chat.
    Why: to offer you the right counselling.
    Who sees them: only the counsellors at the service point who assign and work on your case.
    How long: only as long as the counselling lasts.
    Your rights: you can ask at any time what is stored and have everything deleted.
    If you do not agree, we store nothing. You will still get information.
    Do you agree?
consent-notice-guardian =
    Please read this as parent or guardian:
    So that we can advise your child, we store the answers from this chat.
    Why: to offer the right counselling.
    Who sees them: only the counsellors at the service point who assign and work on the case.
    How long: only as long as the counselling lasts.
    Your rights: you can ask at any time what is stored and have everything deleted.
    If you do not agree, we store nothing.
    Do you agree as parent or guardian?
consent-full =
    The consent in detail:
    The data controller is the town of { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    We store your answers from this chat, your language and the time of your consent. The ID of your chat (on Telegram, your user number) is stored only encrypted, so that we can reply to you.
    Purpose: counselling and support while settling in (integration management). Consent is voluntary; without it you still get information and anonymous counselling.
    The legal basis is your consent (Art. 6(1)(a) and Art. 9(2)(a) GDPR). Information about your health is specially protected under Art. 9 GDPR. We store it, your residence status and texts you write yourself encrypted.
    Only the counsellors at the service point who assign and work on your case see your information. They are bound by professional secrecy. We pass information to other offices only if you explicitly allow it.
    When the counselling ends, the data is anonymised, at the latest 9 months after the last contact.
    You can withdraw your consent at any time: /delete deletes everything we have stored at once. /mydata shows what is stored. Only you can delete the history of this chat on your device and on Telegram.
    Complaints: to the town's data protection officer or the state data protection authority.
button-consent-yes = Yes, I agree
button-consent-no = No, rather not
button-consent-full = Read everything in detail

declined-info =
    That is fine. We have stored nothing about you.
    You can visit us at any time without an appointment:
    { $service_point }, { $sp_address }
    Opening hours: { $sp_hours } · Phone: { $sp_phone }
    German courses: { $course_contact }
    Counselling for adults: { $counselling_contact }
    In an acute crisis: crisis line, free, day and night: { $crisis_phone } · Emergency: 112
    If you would like counselling later, just write /start.

q-sharing =
    Sometimes it helps if we may talk to other offices. This is voluntary.
    Only tap the offices that may receive your answers from this conversation, so that they can advise you. If you tap nothing, we pass nothing on. You can change this at any time with /consent.
label-sharing = Sharing allowed with
recipient-jobcentre = Job centre
recipient-foreigners-office = Foreigners' office
recipient-jmd = Youth migration service
recipient-mbe = Migration counselling (adults)
recipient-refugee-counselling = Refugee counselling
recipient-line = • { $name }: { $kind }

## Crisis

q-crisis = Are you in an acute emergency right now – for example in danger, without a place to sleep tonight or in great distress?
label-crisis = Acute emergency
opt-crisis-acute = Yes, I need help now
opt-crisis-none = No
info-crisis =
    Thank you for telling us. Here you get help right away:
    Emergency (danger, injury): 112 · Police: 110
    Crisis line, free, day and night: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    We treat your message as urgent and will contact you as soon as possible.

## Household

q-household-size = How many people live in your household, including you? Please write a number.
label-household-size = People in the household
info-members = Now a few short questions about each person in the household – first about you. This way we find offers that suit everyone.
label-member =
    { $index ->
        [0] People in the household (details)
        [1] You
       *[other] Person { $index }
    }
q-member-age =
    { $index ->
        [1] How old are you? Please write a number.
       *[other] Person { $index }: How old is this person? Please write a number.
    }
label-member-age = Age
q-member-gender =
    { $index ->
        [1] What is your gender?
       *[other] Person { $index }: What is this person's gender?
    }
label-member-gender = Gender
opt-gender-female = Female
opt-gender-male = Male
opt-gender-diverse = Diverse
opt-gender-not-stated = Prefer not to say
q-member-relation = Person { $index }: How is this person related to you?
label-member-relation = Relation
opt-relation-partner = Spouse or partner
opt-relation-child = Child
opt-relation-parent = Mother or father
opt-relation-sibling = Brother or sister
opt-relation-other-relative = Other relative
opt-relation-other = Other person
q-member-nationality =
    { $index ->
        [1] What is your nationality?
       *[other] Person { $index }: What is this person's nationality?
    }
label-member-nationality = Nationality
country-syria = Syria
country-afghanistan = Afghanistan
country-iraq = Iraq
country-iran = Iran
country-turkey = Turkey
country-ukraine = Ukraine
country-romania = Romania
country-bulgaria = Bulgaria
country-poland = Poland
country-russia = Russia
country-eritrea = Eritrea
country-other = Another country
q-member-residence =
    { $index ->
        [1] What is your residence status? It helps us find the right office. You can skip this question.
       *[other] Person { $index }: What is this person's residence status? You can skip this question.
    }
label-member-residence = Residence status
opt-residence-asylum-pending = Asylum procedure ongoing
opt-residence-duldung = Tolerated stay (Duldung)
opt-residence-permit = Residence permit
opt-residence-eu = EU citizen
opt-residence-other = Something else
opt-residence-unknown = I don't know

## Arrival and language

q-arrival = Since when have you been in Germany? Please write month and year, for example 03/2024. We ask because some offers are only for the first years.
label-arrival = In Germany since
q-arrival-town = Since when have you been living in { $municipality }? Please month and year, for example 05/2024.
label-arrival-town = In { $municipality } since
q-family-languages = Which languages do you speak in your family? You can tap several and then choose “Done”.
label-family-languages = Family languages
lang-arabic = Arabic
lang-dari-farsi = Dari / Farsi
lang-kurdish = Kurdish
lang-pashto = Pashto
lang-tigrinya = Tigrinya
lang-turkish = Turkish
lang-ukrainian = Ukrainian
lang-russian = Russian
lang-romanian = Romanian
lang-bulgarian = Bulgarian
lang-polish = Polish
lang-french = French
lang-english = English
lang-other = Another language
q-german-level = How well do you speak German?
label-german-level = German skills
opt-german-none = Not yet
opt-german-a1 = A little (A1)
opt-german-a2 = Simple conversations (A2)
opt-german-b1 = Good for everyday life (B1)
opt-german-b2plus = Very good (B2 or better)
q-interpreter = Would you like an interpreter at the appointment? It is free of charge.
label-interpreter = Interpreting
opt-interpreter-needed = Yes, please
opt-interpreter-not-needed = No, not needed
q-interpreter-language = Into which language should we interpret?
label-interpreter-language = Interpreting into

## Housing, health, family

q-housing = How do you live at the moment?
label-housing = Housing
opt-housing-own-flat = Own flat
opt-housing-shelter = Town accommodation
opt-housing-with-others = With family or friends
opt-housing-none = I have no home
opt-housing-other = Other
q-housing-adequate = Is the home right for you and your family (space, condition)?
label-housing-adequate = Home adequate
opt-housing-adequate = Yes, it fits
opt-housing-not-adequate = No, it does not fit
q-health = Are there health limitations in your household, physical or mental? You do not have to answer. It only helps us find the right help.
label-health = Health limitations
opt-health-none = No
opt-health-physical = Yes, physical
opt-health-psychological = Yes, mental
opt-health-both = Yes, both
opt-health-prefer-not = I prefer not to say
q-children-needs = For the children in your household: what do you need? Several answers are possible, then “Done”.
label-children-needs = Needs for children
opt-children-daycare = Day-care place
opt-children-school-place = School place
opt-children-school-support = Help at school
opt-children-other = Something else
opt-children-none = None of these
q-reunification = Are you planning for family members to join you (family reunification)? You can skip this question.
label-reunification = Family reunification
opt-reunification-planned = Yes, planned
opt-reunification-in-progress = Yes, already under way
opt-reunification-no = No

## Work and support

q-work = Work and training: what fits you? Several answers are possible, then “Done”.
label-work = Work and training
opt-work-working = I work
opt-work-looking = I am looking for work
opt-work-training = I am in vocational training
opt-work-school-study = School or university
opt-work-german-course = I attend a German course
opt-work-experience-abroad = Work experience from home country
opt-work-none = None of these
q-agencies = Which offices are you already in contact with? Several answers are possible, then “Done”.
label-agencies = Offices involved
agency-jobcentre = Job centre
agency-social-office = Social welfare office
agency-foreigners-office = Foreigners' office
agency-youth-office = Youth office
agency-mbe = Migration counselling
agency-jmd = Youth migration service
agency-refugee-counselling = Refugee counselling
agency-volunteers = Volunteers
agency-none = None yet
q-counsellor = Do you already have a counsellor who supports you?
label-counsellor = Already in counselling
opt-counsellor-yes = Yes
opt-counsellor-no = No

q-topics = What would you like support with? You can tap several topics and then choose “Done”.
label-topics = Topics
topic-german-course = German course
topic-work = Work and qualifications
topic-school = School and education
topic-childcare = Childcare
topic-housing = Housing
topic-finances = Money and debts
topic-health = Health
topic-pregnancy = Pregnancy
topic-residence = Residence and papers
topic-authorities = Letters and offices
topic-legal = Legal questions
topic-naturalisation = Naturalisation
topic-family = Family
topic-orientation = Everyday life and orientation
topic-mobility = Getting around (bus, train)
topic-literacy = Learning to read and write
topic-discrimination = Discrimination
topic-belonging = Neighbourhood and belonging
topic-leisure = Leisure and culture
topic-other = Something else

q-remarks = Is there anything else you would like to tell us? Write it in your own words (at most 1000 characters) – or skip the question.
label-remarks = Anything else

## End

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
answer-nobody = no one

## What makes things harder (for the assessment, voluntary)
q-barriers = What is making things harder for you at the moment? This helps us find the right support. You can choose several, then "Done". You can also skip this question.
label-barriers = What makes things harder
opt-barrier-no-school = I have no school certificate
opt-barrier-no-vocational = I have no profession recognised here
opt-barrier-career-unsure = I don't know which work suits me
opt-barrier-authorities = Letters and offices are difficult for me
opt-barrier-debts = I have debts
opt-barrier-lonely = I often feel alone
opt-barrier-none = None of these

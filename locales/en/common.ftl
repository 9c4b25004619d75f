# Ankommen – shared texts (commands, notices, error messages). English.
# NOTE: translated from the German source; a native speaker should review this file.

help =
    Here you can sign up for free counselling.
    Tap the buttons or write your answer.
    /language – change language
    /restart – start again
    /help – this help
    /mydata – see what is stored
    /delete – delete everything
    /stop – no more messages
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
welcome-back = Good to see you again. Let us continue where we stopped.
restarted = Let us start again.
finished-already = Your answers have already reached us. If you want to start again, write /restart.
finished-welcome-back = Welcome back! Your answers are already with us. Write /restart to start again.

error-unsupported = Sorry, I can only read text and buttons. I do not store pictures, voice messages or files.
error-stale-button = This button belongs to an earlier question. Here is the current question:
error-use-buttons = Please tap one of the buttons below the question.
error-pick-at-least =
    { $count ->
        [one] Please choose at least one topic.
       *[other] Please choose at least { $count } topics.
    }
error-empty = Please write an answer.
error-too-long = Your answer is too long ({ $length } characters). Please write at most { $max } characters.
error-number = Please write a number between { $min } and { $max }.
error-number-range = This number does not fit. Please write a number between { $min } and { $max }.
error-date-month = I could not read the date. Please write month and year, for example 03/2024.
error-date-day = I could not read the date. Please write day, month and year, for example 15.03.2024.
error-date-future = This date is in the future. Please check it again.
error-date-too-early = This date is before { $year }. Please check it again.
error-private-only = I only answer in a private chat. Please write to me directly.
error-internal = Sorry, something went wrong on our side. Please send your last message again.

cmd-start = Start
cmd-help = Help
cmd-language = Change language
cmd-restart = Start again

error-too-fast = You are writing very quickly. I will wait a moment and then read along again.
error-edited = Sorry, I cannot take over edited messages. Please simply send the answer again.
stopped = All right: we will not send you any more messages on our own. Your information stays stored as before; /delete deletes it. Write /start to continue.
delete-confirm = Do you really want to delete everything we have stored about you? This cannot be undone.
button-delete-yes = Yes, delete everything
button-delete-no = No, keep it
deleted = Done: everything we had stored about you is deleted. If you would like help later, write /start.
delete-cancelled = Fine, nothing was deleted.
mydata-intro = This is what we have stored about you:
mydata-no-answers = No answers yet.
mydata-consent =
    { $kind ->
        [data_processing] Consent to counselling
       *[other] Sharing ({ $kind })
    }: { $granted ->
        [yes] agreed
       *[no] refused
    } on { $date }
mydata-file = You will also find everything in the file.
mydata-case = The file also contains what the counselling staff wrote down about your case: notes, your plan and decisions.
keyword-stop = stop
cmd-stop = No more messages
cmd-delete = Delete my data
cmd-mydata = See my data
progress = Question { $current } of { $total }
cmd-consent = Change data sharing
consent-updated = Thank you, your choice is saved. You can change it again at any time with /consent.
mydata-about =
    Why: so that we can advise you while you settle in.
    Who has received your information: { $recipients }.
    How long: until the counselling ends, at the latest 9 months after the last contact. After that only a count without names remains.
    Your rights: /consent changes who receives your information. /delete deletes everything. If something is wrong, tell us: { $sp_phone }. Complaints: to the town's data protection officer.
mydata-nobody = nobody yet

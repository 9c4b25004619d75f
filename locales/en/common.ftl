# Ankommen – shared texts (commands, notices, error messages). English.
# NOTE: translated from the German source; a native speaker should review this file.

help =
    Here you can sign up for free counselling.
    Tap the buttons or write your answer.
    /language – change language
    /restart – start again
    /help – this help
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

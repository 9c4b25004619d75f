# Ankommen – messages after the service point's decision. English.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Good news: { $organisation } will take care of your concerns. A caseworker will contact you within a week.
decision-referred = For your concerns, { $organisation } is the right place. We have passed your request on to them, as you allowed. You can also contact them yourself: { $contact }
decision-waitlisted = At the moment all places are taken. We have put you on our waiting list and will write to you in about three months. If it becomes urgent before then, please call: { $sp_phone }
decision-waitlist-recontact = You are still on our waiting list. Do you still need support?
button-waitlist-still = Yes, still
button-waitlist-no-longer = No, not any more
decision-declined = Unfortunately we cannot offer you longer support. You can get counselling here: { $counselling_contact }

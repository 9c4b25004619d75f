# Ankommen – messages after the service point's decision. Bulgarian.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Добра новина: { $organisation } ще се погрижи за Вашите въпроси. Специалист ще се свърже с Вас до една седмица.
decision-referred = За Вашите въпроси { $organisation } е правилното място. Предадохме им Вашето запитване, както ни разрешихте. Можете да се свържете с тях и сами: { $contact }
decision-waitlisted = В момента всички места са заети. Записахме Ви в нашия списък на чакащите и ще Ви пишем след около три месеца. Ако дотогава стане спешно, моля, обадете ни се: { $sp_phone }
decision-waitlist-recontact = Все още сте в нашия списък на чакащите. Имате ли още нужда от подкрепа?
button-waitlist-still = Да, все още
button-waitlist-no-longer = Не, вече не
decision-declined = За съжаление не можем да Ви предложим дългосрочна подкрепа. Можете да получите консултация тук: { $counselling_contact }

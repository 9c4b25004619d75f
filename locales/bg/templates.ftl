# Ankommen – messages caseworkers send from a template. Bulgarian.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Моля, свържете се с нас, бихме искали да обсъдим нещо с Вас. Телефон: { $phone }
template-bring-documents = Моля, вземете на срещата си: документ за самоличност или документи за пребиваване, както и писмата от институции, които сте получили.
template-still-need = От известно време не сме се чували. Все още ли имате нужда от подкрепа? Можете спокойно да ни пишете тук.
template-goal-check = Вашият консултант би искал да знае как напредвате с целите си. Можете накратко да пишете тук или да се обадите: { $phone }

## При приключване (доброволна обратна връзка)
followup-evaluation = Нашата подкрепа за Вас приключи. Благодарим Ви за доверието! Бихте ли искали да ни кажете дали тя Ви е помогнала? Отговорът е доброволен.
button-eval-good = Да, помогна ми
button-eval-partly = Частично
button-eval-not = По-скоро не

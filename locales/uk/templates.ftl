# Ankommen – messages caseworkers send from a template. Ukrainian.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Будь ласка, зв’яжіться з нами, ми хотіли б дещо з Вами обговорити. Телефон: { $phone }
template-bring-documents = Будь ласка, візьміть із собою на зустріч: посвідчення особи або документи про перебування, а також листи, які Ви отримали від установ.
template-still-need = Ми вже деякий час нічого від Вас не чули. Вам ще потрібна підтримка? Якщо хочете, напишіть нам тут.
template-goal-check = Ваш консультант або консультантка цікавиться, як просуваються справи з Вашими цілями. Якщо хочете, коротко напишіть тут або зателефонуйте: { $phone }

## Після завершення (добровільний відгук)
followup-evaluation = Ваш супровід у нас завершено. Дякуємо за Вашу довіру! Якщо хочете, скажіть нам, будь ласка, чи він Вам допоміг. Відповідь добровільна.
button-eval-good = Так, допоміг
button-eval-partly = Частково
button-eval-not = Скоріше ні

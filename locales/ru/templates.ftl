# Ankommen – messages caseworkers send from a template. Russian.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Пожалуйста, свяжитесь с нами: мы хотели бы кое-что с Вами обсудить. Телефон: { $phone }
template-bring-documents = Пожалуйста, возьмите с собой на встречу: удостоверение личности или документы о статусе пребывания, а также письма от ведомств, которые Вы получили.
template-still-need = Мы уже какое-то время ничего от Вас не слышали. Вам ещё нужна поддержка? Вы можете просто написать нам здесь.
template-goal-check = Ваш консультант интересуется, как продвигаются дела с Вашими целями. Вы можете коротко написать здесь или позвонить: { $phone }

## В завершение (добровольный отзыв)
followup-evaluation = Ваше сопровождение у нас завершено. Спасибо за Ваше доверие! Не хотите ли рассказать нам, помогло ли оно Вам? Отвечать не обязательно.
button-eval-good = Да, помогло
button-eval-partly = Частично
button-eval-not = Скорее нет

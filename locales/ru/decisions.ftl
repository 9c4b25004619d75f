# Ankommen – messages after the service point's decision. Russian.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Хорошая новость: { $organisation } поможет Вам с Вашими вопросами. Специалист свяжется с Вами в течение недели.
decision-referred = По Вашим вопросам подходящее учреждение — { $organisation }. С Вашего разрешения мы передали туда Ваше обращение. Вы также можете связаться с ними сами: { $contact }
decision-waitlisted = Сейчас, к сожалению, все места заняты. Мы внесли Вас в наш список ожидания и напишем Вам примерно через три месяца. Если до этого Вам срочно понадобится помощь, пожалуйста, позвоните: { $sp_phone }
decision-waitlist-recontact = Вы по-прежнему в нашем списке ожидания. Вам ещё нужна поддержка?
button-waitlist-still = Да, ещё нужна
button-waitlist-no-longer = Нет, уже не нужна
decision-declined = К сожалению, мы не можем предложить Вам длительное сопровождение. Но Вы можете получить консультацию здесь: { $counselling_contact }

# Ankommen – the welcome letter with the personal code (post). Russian.
# NOTE: translated from the German source; a native speaker should review this file.
# Printed below the German text. Form of address: Вы capitalised. Variables: $names (names of the adults
# in the household), $municipality, $service_point, $sp_address, $sp_phone, $sp_hours.

letter-subject = Добро пожаловать в { $municipality }: консультации для недавно приехавших
letter-greeting = Здравствуйте, { $names }!
letter-intro = Добро пожаловать в { $municipality }! { $service_point } предлагает Вам консультацию по вопросам присмотра за детьми, образования, финансов, здоровья, досуга, языка и работы. Консультация бесплатная, добровольная и конфиденциальная.
letter-offer-letter = Вы можете написать нам в чате на своём языке. Для этого отсканируйте код камерой телефона или откройте ссылку. Чат задаст Вам несколько вопросов и предложит время для встречи.
letter-offer-home-visit = Мы хотели бы навестить Вас дома и спокойно всё объяснить. Кто-то из нас свяжется с Вами, чтобы договориться о встрече. Ещё до встречи Вы можете написать нам в чате на своём языке: для этого отсканируйте код или откройте ссылку.
letter-offer-counselling = Если у Вас есть вопросы, Вы можете написать нам в чате на своём языке. Для этого отсканируйте код камерой телефона или откройте ссылку. Мы Вас проконсультируем или подскажем, куда лучше обратиться.
letter-scan = Отсканируйте код или откройте ссылку (Telegram):
letter-code-note = Код не содержит личных данных. Он только показывает нам, что Вы обращаетесь к нам в ответ на это письмо.
letter-voluntary = Это предложение добровольное. Если Вы им не воспользуетесь, это никак Вам не навредит.
letter-contact = Вы также можете прийти к нам или позвонить: { $sp_address }, телефон { $sp_phone }, часы работы { $sp_hours }.
letter-closing = С наилучшими пожеланиями,
letter-signature = Команда { $service_point }

# Ankommen – the welcome letter with the personal code (post). Ukrainian.
# NOTE: translated from the German source; a native speaker should review this file.
# Printed below the German text. Form of address: Ви capitalised. Variables: $names (names of the adults
# in the household), $municipality, $service_point, $sp_address, $sp_phone, $sp_hours.

letter-subject = Ласкаво просимо до { $municipality }: консультації для тих, хто нещодавно приїхав
letter-greeting = Добрий день, { $names }!
letter-intro = Ласкаво просимо до { $municipality }! { $service_point } пропонує Вам консультацію з питань догляду за дітьми, освіти, фінансів, здоров’я, дозвілля, мови та роботи. Консультація безкоштовна, добровільна та конфіденційна.
letter-offer-letter = Ви можете написати нам у чаті своєю мовою. Для цього відскануйте код камерою телефону або відкрийте посилання. Чат поставить Вам кілька запитань і запропонує час для зустрічі.
letter-offer-home-visit = Ми хотіли б відвідати Вас удома й спокійно все пояснити. Хтось із нас зв’яжеться з Вами, щоб домовитися про зустріч. Ще до зустрічі Ви можете написати нам у чаті своєю мовою: для цього відскануйте код або відкрийте посилання.
letter-offer-counselling = Якщо у Вас є запитання, Ви можете написати нам у чаті своєю мовою. Для цього відскануйте код камерою телефону або відкрийте посилання. Ми Вас проконсультуємо або підкажемо, куди краще звернутися.
letter-scan = Відскануйте код або відкрийте посилання (Telegram):
letter-code-note = Код не містить особистих даних. Він лише показує нам, що Ви звертаєтеся до нас у відповідь на цей лист.
letter-voluntary = Ця пропозиція добровільна. Якщо Ви нею не скористаєтеся, це ніяк Вам не зашкодить.
letter-contact = Ви також можете прийти до нас або зателефонувати: { $sp_address }, телефон { $sp_phone }, години роботи { $sp_hours }.
letter-closing = З найкращими побажаннями,
letter-signature = Команда { $service_point }

# Ankommen – messages after the service point's decision. Arabic (Modern Standard Arabic, simple and warm).
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = خبر سار: سيهتمّ فريق { $organisation } بشؤونكم. سيتواصل معكم شخص مختص خلال أسبوع.
decision-referred = الجهة المناسبة لشؤونكم هي { $organisation }. أرسلنا طلبكم إليها، كما سمحتم لنا. يمكنكم أيضاً التواصل معها بأنفسكم: { $contact }
decision-waitlisted = كل الأماكن مشغولة في الوقت الحالي. سجّلناكم في قائمة الانتظار لدينا، وسنكتب إليكم بعد ثلاثة أشهر تقريباً. إذا أصبح الأمر عاجلاً قبل ذلك، اتصلوا بنا على الرقم: { $sp_phone }
decision-waitlist-recontact = ما زلتم على قائمة الانتظار لدينا. هل ما زلتم بحاجة إلى دعم؟
button-waitlist-still = نعم، ما زلت بحاجة إليه
button-waitlist-no-longer = لا، لم أعد بحاجة إليه
decision-declined = للأسف لا نستطيع أن نقدّم لكم مرافقة طويلة الأمد. يمكنكم الحصول على استشارة هنا: { $counselling_contact }

"""Runtime guarantees, on SQLite and PostgreSQL: exactly once, serialised per contact, nothing personal
before consent, refusal forgets, special categories encrypted at rest."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import func, select, text

from backend.container import Container
from dialogs.model import UserText
from storage.models import ConsentRecord, Contact, Conversation, Intake, OutboxMessage
from tests.chat import ChatDriver, clean

TELEGRAM_ID = "987654321"


async def dump_database(c: Container) -> str:
    """Every value in every table, as one string (to search for leaked personal data)."""
    tables = ["contacts", "conversations", "consent_records", "intakes", "outbox", "processed_updates",
              "script_versions", "audit_events"]
    parts = []
    async with c.sessions() as s:
        for t in tables:
            rows = (await s.execute(text(f"SELECT * FROM {t}"))).all()
            parts += [json.dumps([str(v) for v in row], ensure_ascii=False) for row in rows]
    return "\n".join(parts)


async def count(c: Container, model: type) -> int:
    async with c.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(model)) or 0)


async def to_consent(chat: ChatDriver, lang: str = "de") -> None:
    await chat.to_consent(lang)


async def to_languages(chat: ChatDriver) -> None:
    """Up to the family languages (a multi-select with 14 options)."""
    await chat.to_household()
    for t in ("1", "30"):
        await chat.text(t)
    for data in ("a:member_gender:male", "a:member_nationality:iran", "s:member_residence:"):
        await chat.press_data(data)
    await chat.text("01/2025")
    await chat.text("01/2025")
    assert chat.node == "family_languages"


async def stored_state(c: Container) -> dict:
    async with c.sessions() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
    return c.cipher.unseal_answers(conv.state["answers"])


async def test_duplicate_update_is_processed_once(container: Container) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await chat.to_household()
    first = await chat.send(UserText(at=chat.now(), text="3"), update_key="1001")
    again = await chat.send(UserText(at=chat.now(), text="3"), update_key="1001")
    assert first and "Wie alt sind Sie?" in first[-1].plain
    assert again == [] and chat.last_outcome is not None and chat.last_outcome.duplicate
    async with container.sessions() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
    assert conv.current_node == "member_age"


async def test_updates_of_one_contact_never_interleave(container: Container) -> None:
    """Fourteen toggles at the same moment: with interleaving, read-modify-write would lose some."""
    chat = ChatDriver(container)
    await to_languages(chat)
    node = container.scripts.published["intake"].script.node("family_languages")
    codes = [o.id for o in node.options]
    await asyncio.gather(*(chat.press_data(f"t:family_languages:{code}") for code in codes))
    await chat.press_data("d:family_languages:")
    assert (await stored_state(container))["family_languages"]["code"] == codes


async def test_two_runtimes_on_one_database_serialise_per_contact(container: Container, settings, pg_schema,
                                                                  clock) -> None:
    """Two processes (two containers, two connection pools) handling the same person at once."""
    other = Container.build(settings, schema=pg_schema, clock=clock, strict_l10n=True)
    try:
        a, b = ChatDriver(container), ChatDriver(other)
        await to_languages(a)
        codes = ["arabic", "dari_farsi", "kurdish", "pashto", "tigrinya", "turkish"]
        await asyncio.gather(*(d.press_data(f"t:family_languages:{code}")
                               for d, code in zip([a, b] * 3, codes, strict=True)))
        await a.press_data("d:family_languages:")
        assert (await stored_state(container))["family_languages"]["code"] == codes
    finally:
        await other.close()


async def test_nothing_personal_before_consent(container: Container) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await to_consent(chat, "en")
    await chat.text("My name is Ahmad Karimi, I live in Hauptstrasse 5")
    await chat.unsupported("photo")
    dump = await dump_database(container)
    assert TELEGRAM_ID not in dump
    assert "Ahmad" not in dump and "Hauptstrasse" not in dump
    assert await count(container, ConsentRecord) == 0
    assert await count(container, Intake) == 0
    async with container.sessions() as s:
        conv = (await s.execute(select(Conversation))).scalar_one()
    assert conv.state["answers"] == {} and conv.current_node == "consent"  # the age check is not stored
    # the bot explained and asked again
    assert "tap one of the buttons" in chat.texts[-4] and "Do you agree?" in chat.texts[-3]
    assert "only read text and buttons" in chat.texts[-2] and "Do you agree?" in chat.texts[-1]


async def test_refusing_consent_stores_nothing_about_the_person(container: Container) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await to_consent(chat, "ro")
    msgs = await chat.press_data("a:consent:no")
    info = clean(msgs[-1].plain)
    for expected in ("Musterstadt", "0800 1110111", "Volkshochschule", "Migrationsberatung", "112"):
        assert expected in info  # the person still got the information
    assert await count(container, Contact) == 0
    assert await count(container, Conversation) == 0
    assert await count(container, ConsentRecord) == 0
    async with container.sessions() as s:
        rows = (await s.execute(select(OutboxMessage))).scalars().all()
    assert rows and all(r.payload_enc is None and r.address_enc is None for r in rows)  # delivered, wiped
    assert TELEGRAM_ID not in await dump_database(container)
    # changing one's mind later starts afresh
    again = await chat.start()
    assert "Bitte wählen Sie Ihre Sprache" in again[0].plain


async def test_intake_is_stored_with_consent_and_special_categories_encrypted(container: Container) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await chat.complete_intake("fa", household="۴", arrival="۰۳/۲۰۲۴", level="a1", topics=("health", "residence"))
    async with container.sessions() as s:
        intake = (await s.execute(select(Intake))).scalar_one()
        consents = {c.kind: c for c in (await s.execute(select(ConsentRecord))).scalars()}
    assert intake.status == "new" and intake.language == "fa" and intake.channel == "telegram"
    answers = container.cipher.unseal_answers(intake.answers)
    assert answers["household_size"]["value"] == 4 and answers["household_size"]["raw"] == "۴"
    assert answers["arrival"]["value"] == "2024-03"
    assert answers["german_level"]["code"] == "a1"
    assert answers["topics"]["code"] == ["health", "residence"]
    assert answers["health"]["code"] == "prefer_not"
    assert answers["members"]["items"][0]["member_residence"]["code"] == "asylum_pending"
    for sealed in ("topics", "health", "members", "reunification"):  # special categories: sealed whole
        assert set(intake.answers[sealed]) == {"$sealed"}, sealed
    stored = json.dumps(intake.answers)
    assert "prefer_not" not in stored and "asylum_pending" not in stored and "residence" not in stored
    assert "۴" not in stored and "۰۳/۲۰۲۴" not in stored  # what was typed is sealed too
    assert intake.answers["german_level"]["code"] == "a1"  # other option codes stay queryable
    main = consents.pop("data_processing")
    assert main.granted and main.language == "fa" and main.signatory == "self" and len(main.text_version) == 64
    assert {k: c.granted for k, c in consents.items()} == {
        "release_jc": False, "release_jmd": False, "release_mbe_awo": False, "release_mbe_caritas": False,
        "release_fb": False}


async def test_key_rotation_keeps_data_readable(container: Container, settings, pg_schema, clock) -> None:
    from storage.crypto import generate_key
    from storage.rotation import rotate_all
    from tests.conftest import make_settings

    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await chat.to_household()
    await chat.text("2")
    new_key = generate_key()
    both = make_settings(settings.database_url, secret_key=settings.secret_key,
                         field_encryption_keys=f"{new_key},{settings.field_encryption_keys}")
    rotated = Container.build(both, schema=pg_schema, clock=clock, strict_l10n=True)
    assert await rotate_all(rotated.sessions, rotated.cipher) >= 2
    await rotated.close()
    only_new = make_settings(settings.database_url, secret_key=settings.secret_key, field_encryption_keys=new_key)
    fresh = Container.build(only_new, schema=pg_schema, clock=clock, strict_l10n=True)
    try:
        chat2 = ChatDriver(fresh, user=TELEGRAM_ID, channel="telegram")
        msgs = await chat2.text("33")  # same person found again, state readable with the new key only
        assert "Welches Geschlecht haben Sie?" in msgs[-1].plain
    finally:
        await fresh.close()


async def test_today_is_the_municipalitys_day_not_utcs(container: Container, clock) -> None:
    """31 March 23:30 UTC is already 1 April in Berlin: April is not "in the future" there."""
    from datetime import UTC, datetime

    clock.now = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    chat = ChatDriver(container)
    await chat.to_household()
    for t in ("1", "30"):
        await chat.text(t)
    for data in ("a:member_gender:male", "a:member_nationality:iran", "s:member_residence:"):
        await chat.press_data(data)
    msgs = await chat.text("04/2026")
    assert "Seit wann wohnen Sie in Musterstadt?" in clean(msgs[-1].plain)


async def test_database_errors_never_carry_values_into_logs(container: Container) -> None:
    from sqlalchemy.exc import IntegrityError

    from storage.models import ProcessedUpdate

    async with container.sessions() as s:
        s.add(ProcessedUpdate(channel="web", update_key="secret-value-123"))
        await s.commit()
        s.add(ProcessedUpdate(channel="web", update_key="secret-value-123"))
        try:
            await s.commit()
        except IntegrityError as exc:
            assert "secret-value-123" not in str(exc)
        else:
            raise AssertionError("duplicate key accepted")


async def test_delete_leaves_no_row_with_the_persons_id_or_answers(container: Container) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await chat.complete_intake("de", household="7", arrival="02/2021", topics=("housing",))
    await chat.start()  # a new conversation after the submitted one
    await chat.command("delete")
    msgs = await chat.press_data("c:delete:yes")
    assert "Alles, was wir über Sie gespeichert hatten, ist gelöscht" in msgs[-1].plain
    for model in (Contact, Conversation, ConsentRecord):
        assert await count(container, model) == 0
    async with container.sessions() as s:
        erased = (await s.execute(select(Intake))).scalar_one()  # statistics still count it, de-identified
    assert (erased.status, erased.answers, erased.contact_id, erased.conversation_id) == ("erased", {}, None, None)
    dump = await dump_database(container)
    assert TELEGRAM_ID not in dump and "02/2021" not in dump and "2021-02" not in dump
    async with container.sessions() as s:
        rows = (await s.execute(select(OutboxMessage))).scalars().all()
    assert all(r.contact_id is None and r.payload_enc is None and r.address_enc is None for r in rows)


@pytest.mark.parametrize("word", ["stop", "STOP!", "Stopp", "توقف", "ایست", "opriți"])
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_stop_is_understood_in_every_language(container: Container, word: str) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await chat.to_household("fa")
    msgs = await chat.text(word)
    assert "/delete" in msgs[-1].plain  # the "stopped" confirmation, in Farsi
    async with container.sessions() as s:
        contact = (await s.execute(select(Contact))).scalar_one()
    assert contact.opted_out
    await chat.start()
    async with container.sessions() as s:
        assert not (await s.execute(select(Contact))).scalar_one().opted_out


async def test_mydata_shows_what_is_stored_and_sends_it_as_a_file(container: Container) -> None:
    chat = ChatDriver(container, user=TELEGRAM_ID, channel="telegram")
    await chat.complete_intake("en", household="3", arrival="05/2022", topics=("health",))
    await chat.command("mydata")
    msgs = await chat.press_data("c:mydata:yes")  # nobody else is looking
    text = clean(msgs[0].plain)
    assert "This is what we have stored about you" in text
    assert "People in the household: 3" in text and "Consent to counselling: agreed on March 10, 2026" in text
    # Art. 15(1)(c): who received it – the service point's clearing reads every intake sent
    assert "Who has received your information: Servicestelle Zuwanderung Musterstadt." in text
    document = msgs[0].document
    assert document is not None and document["filename"].endswith(".json")
    data = json.loads(document["content"])
    assert data["intakes"][0]["answers"]["topics"]["code"] == ["health"]
    assert data["consents"][0]["kind"] == "data_processing" and data["consents"][0]["granted"] is True
    assert TELEGRAM_ID not in document["content"]  # not even their own id is needed in the file


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_stop_as_the_answer_to_a_free_text_question_is_an_answer(container: Container) -> None:
    chat = ChatDriver(container)
    await chat.complete_intake("pl", remarks="koniec")
    async with container.sessions() as s:
        intake = (await s.execute(select(Intake))).scalar_one()
        contact = (await s.execute(select(Contact))).scalar_one()
    assert container.cipher.unseal_answers(intake.answers)["remarks"]["value"] == "koniec"
    assert not contact.opted_out


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_mydata_names_the_recipients_of_sharing_consents(container: Container) -> None:
    chat = ChatDriver(container)
    await chat.to_household("de", sharing=("jc",))
    await chat.command("mydata")
    msgs = await chat.press_data("c:mydata:yes")  # nobody else is looking
    text = clean(msgs[0].plain)
    assert "Weitergabe (Jobcenter Musterstadt (Fallmanagement)): zugestimmt" in text and "release_" not in text
    assert "Wer Ihre Angaben bekommen hat: noch niemand." in text  # nothing was sent yet
    await chat.command("consent")  # taken back: the message shows the decision as it stands, once
    await chat.press_data("t:sharing:jc")
    await chat.press_data("d:sharing:")
    await chat.command("mydata")
    msgs = await chat.press_data("c:mydata:yes")
    text = clean(msgs[0].plain)
    assert text.count("Weitergabe (Jobcenter Musterstadt (Fallmanagement))") == 1
    assert "Weitergabe (Jobcenter Musterstadt (Fallmanagement)): abgelehnt" in text
    history = [c["granted"] for c in json.loads(msgs[0].document["content"])["consents"]
               if c["kind"] == "release_jc"]
    assert history == [True, False]  # the file keeps the whole history
    assert "spätestens 9 Monate nach dem letzten Kontakt" in text and "/delete löscht alles" in text

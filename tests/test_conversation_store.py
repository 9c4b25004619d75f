"""The statements of a conversation step (storage/conversation_store.py): PostgreSQL's driver-level store
and the ORM store give the same conversations; a failed step leaves nothing behind; a connection the
server dropped costs nobody their message."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

import storage.conversation_store as store_module
from backend.container import Container
from bot.render import Renderer
from storage.conversation_store import OrmStore, PgStore
from storage.models import ConsentRecord, Conversation, Intake, OutboxMessage, ProcessedUpdate
from tests.chat import ChatDriver


async def count(c: Container, model: type) -> int:
    async with c.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(model)) or 0)


async def conversation(c: Container) -> Conversation:
    async with c.sessions() as s:
        return (await s.execute(select(Conversation))).scalar_one()


def without_times(value: object) -> object:
    """Answers carry the moment they were given; the second run is later."""
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k != "at"}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


async def whole_intake(c: Container, user: str) -> tuple[list[str], object, str | None, str | None]:
    chat = ChatDriver(c, user=user, channel="telegram")
    await chat.complete_intake(lang="fa", topics=("work", "childcare"), remarks="<script>alert(1)</script>")
    async with c.sessions() as s:
        conv = (await s.execute(select(Conversation).order_by(Conversation.id.desc()).limit(1))).scalar_one()
    return chat.texts, without_times(c.cipher.unseal_answers(conv.state["answers"])), conv.status, conv.current_node


async def test_the_store_matches_the_database(container: Container) -> None:
    async with container.sessions() as session:
        chosen = store_module.store_for(session)
    if container.settings.database_url.startswith("postgresql"):
        assert isinstance(chosen, PgStore)
    else:
        assert type(chosen) is OrmStore


async def test_both_stores_give_the_same_conversation(container: Container, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole Farsi intake once through the chosen store, once through the ORM store: the bot says the
    same, the same answers are stored, the same intake and consents arrive."""
    first = await whole_intake(container, "7001")
    monkeypatch.setattr(store_module, "store_for", lambda session: OrmStore())
    import bot.runtime

    monkeypatch.setattr(bot.runtime, "store_for", lambda session: OrmStore())
    second = await whole_intake(container, "7002")
    assert first == second
    assert first[3] == "appointment" and "<script>alert(1)</script>" in str(first[1])
    assert await count(container, Intake) == 2
    async with container.sessions() as s:
        kinds = (await s.execute(select(ConsentRecord.contact_id, ConsentRecord.kind, ConsentRecord.granted)
                                 .order_by(ConsentRecord.id))).all()
    half = len(kinds) // 2
    assert half and [k[1:] for k in kinds[:half]] == [k[1:] for k in kinds[half:]]


async def test_a_failed_step_leaves_nothing_behind(container: Container, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error after the conversation was written (here: rendering the reply) rolls everything back –
    the processed update too, so Telegram's redelivery of the same update is handled in full."""
    chat = ChatDriver(container, user="7003", channel="telegram")
    await chat.to_household()
    before = await conversation(container)
    outbox_before, processed_before = await count(container, OutboxMessage), await count(container, ProcessedUpdate)

    original = Renderer.say

    def broken(self: Renderer, *args: object, **kwargs: object) -> object:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(Renderer, "say", broken)
    with pytest.raises(RuntimeError):
        await chat.text("3")  # the household size, update 9001 below is its redelivery
    after = await conversation(container)
    assert (after.current_node, after.state, after.updated_at) == (before.current_node, before.state,
                                                                    before.updated_at)
    assert await count(container, OutboxMessage) == outbox_before
    assert await count(container, ProcessedUpdate) == processed_before

    monkeypatch.setattr(Renderer, "say", original)
    from dialogs.model import UserText

    said = await chat.send(UserText(at=chat.now(), text="3"), update_key="9001")
    assert said and "Wie alt sind Sie?" in said[-1].plain
    assert (await conversation(container)).current_node == "member_age"


async def test_a_dropped_database_connection_costs_no_message(container: Container) -> None:
    """The database server ends every connection of the bot (as a restart does): the next messages are
    answered all the same, once each."""
    if not container.settings.database_url.startswith("postgresql"):
        pytest.skip("SQLite has no server connection to lose")
    chat = ChatDriver(container, user="7004", channel="telegram")
    await chat.to_household()
    admin = create_async_engine(container.settings.database_url, poolclass=NullPool)  # not the bot's
    for answer, next_question in (("3", "Wie alt sind Sie?"), ("30", "Welches Geschlecht haben Sie?")):
        async with admin.connect() as conn:  # every connection of the bot, pooled ones too
            killed = (await conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = 'ankommen'"))).scalar_one()
        assert killed >= 1
        said = await chat.text(answer)  # on a fresh connection: replaced at checkout, or the step run again
        assert said and next_question in said[-1].plain
    await admin.dispose()
    assert (await conversation(container)).current_node == "member_gender"
    async with container.sessions() as s:
        households = (await s.execute(select(func.count()).select_from(OutboxMessage)
                                      .where(OutboxMessage.contact_id.is_not(None)))).scalar_one()
    assert households == len(chat.received)  # nothing doubled, nothing lost


async def test_a_step_whose_connection_was_lost_is_run_again(container: Container, monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    """The connection breaks in the middle of a step (the moment cannot be forced with a real server):
    the step is run again from the start, and the person gets one answer."""
    chat = ChatDriver(container, user="7005", channel="telegram")
    await chat.to_household()
    async with container.sessions() as session:
        store_class = type(store_module.store_for(session))
    original = store_class.begin
    calls = []

    async def breaks_once(self: OrmStore, *args: object) -> object:
        calls.append(args)
        result = await original(self, *args)  # the update is claimed …
        if len(calls) == 1:
            raise store_module.ConnectionLost()  # … and the connection is gone before the commit
        return result

    monkeypatch.setattr(store_class, "begin", breaks_once)
    outbox_before = await count(container, OutboxMessage)
    said = await chat.text("3")
    assert len(calls) == 2 and "database connection lost" in caplog.text
    assert "Wie alt sind Sie?" in said[-1].plain and len({m.plain for m in said}) == len(said) == 2  # once each
    assert await count(container, OutboxMessage) == outbox_before + 2


async def test_answers_not_changed_by_a_step_keep_their_ciphertext(container: Container) -> None:
    """Each step re-encrypted every answer given so far; now only the new one is encrypted. What is stored
    still decrypts to every answer, sensitive ones stay sealed as a whole."""
    chat = ChatDriver(container, user="7006", channel="telegram")
    await chat.to_household()
    await chat.text("3")  # household size: typed, so its raw input is sealed
    stored_before = (await conversation(container)).state["answers"]
    await chat.text("41")  # the first person's age
    stored_after = (await conversation(container)).state["answers"]
    assert stored_after["household_size"] == stored_before["household_size"]  # the same ciphertext
    assert stored_after["crisis"] == stored_before["crisis"]
    members = stored_after["members"]
    assert members != stored_before.get("members")  # the changed answer was written anew
    answers = container.cipher.unseal_answers(stored_after)
    assert answers["household_size"]["value"] == 3 and answers["household_size"]["raw"] == "3"
    assert answers["members"]["items"][0]["member_age"]["value"] == 41
    assert set(members) == {"$sealed"}  # the household's members are a special category: sealed whole


def test_an_answer_whose_sensitivity_changed_is_sealed_anew(container: Container) -> None:
    cipher = container.cipher
    unchanged: dict = {}
    answers = cipher.unseal_answers(cipher.seal_answers({"health": {"code": "none"}}, set()), unchanged)
    assert cipher.seal_answers(answers, set(), unchanged) == {"health": {"code": "none"}}
    sealed = cipher.seal_answers(answers, {"health"}, unchanged)  # now a special category
    assert set(sealed["health"]) == {"$sealed"} and cipher.unseal_answers(sealed) == answers
    # typed input stored in plain text by an older release is sealed at the next step, not kept
    unchanged = {}
    answers = cipher.unseal_answers({"age": {"value": 30, "raw": "30"}}, unchanged)
    resealed = cipher.seal_answers(answers, set(), unchanged)
    assert set(resealed["age"]["raw"]) == {"$sealed"} and cipher.unseal_answers(resealed) == answers

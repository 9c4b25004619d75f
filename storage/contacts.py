"""Contacts and their conversations; forgetting a person."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.model import State
from storage.crypto import FieldCipher
from storage.erasure import erase_case_texts
from storage.models import CampaignHousehold, Contact, Conversation, Intake, OutboxMessage


async def find_contact(session: AsyncSession, channel: str, user_hash: str, lock: bool = False) -> Contact | None:
    stmt = select(Contact).where(Contact.channel == channel, Contact.user_hash == user_hash)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def current_conversation(session: AsyncSession, contact_id: int) -> Conversation | None:
    stmt = (
        select(Conversation)
        .where(Conversation.contact_id == contact_id)
        .order_by(Conversation.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def forget_contact(session: AsyncSession, contact_id: int) -> None:
    """Delete every personal record of this person at once: the contact, its conversations, consents,
    appointments and check-in answers (cascade), everything staff wrote about them (`storage.erasure`),
    every message still waiting for them (scheduled ones included) and the mark a welcome letter's
    household got when they answered. Their submitted intakes stay only as de-identified counts for
    statistics: no answers, no link, status "erased"."""
    intake_ids = list(await session.scalars(select(Intake.id).where(Intake.contact_id == contact_id)))
    await erase_case_texts(session, intake_ids)
    await session.execute(
        update(CampaignHousehold).where(CampaignHousehold.contact_id == contact_id)
        .values(contact_id=None, scanned_at=None, consented_at=None, completed_at=None))
    await session.execute(
        update(Intake).where(Intake.contact_id == contact_id)
        .values(contact_id=None, conversation_id=None, answers={}, status="erased")
    )
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.contact_id == contact_id, OutboxMessage.state.in_(("pending", "sending")))
        .values(state="cancelled", error="erased", payload_enc=None, address_enc=None)
    )
    await session.execute(
        update(OutboxMessage).where(OutboxMessage.contact_id == contact_id).values(contact_id=None)
    )
    await session.execute(delete(Contact).where(Contact.id == contact_id))


async def rekey(session: AsyncSession, contact_id: int, user_hash: str, address_enc: str) -> None:
    """The contact answers to another channel id from now on (the web chat's new token): the old one finds
    nothing any more."""
    await session.execute(update(Contact).where(Contact.id == contact_id)
                          .values(user_hash=user_hash, address_enc=address_enc))


def seal_state(cipher: FieldCipher, state: State, sensitive: set[str],
               unchanged: dict[str, tuple[Any, Any]] | None = None) -> dict[str, Any]:
    """The engine state as stored. `unchanged` comes from `unseal_state`: answers not changed since keep
    their ciphertext."""
    data = state.model_dump(exclude={"answers", "selection"})
    data["answers"] = cipher.seal_answers(state.answers, sensitive, unchanged)
    data["selection"] = cipher.seal(state.selection) if state.selection else []
    return data


def unseal_state(cipher: FieldCipher, data: dict[str, Any],
                 unchanged: dict[str, tuple[Any, Any]] | None = None) -> State:
    data = dict(data)
    data["answers"] = cipher.unseal_answers(data.get("answers") or {}, unchanged)
    data["selection"] = cipher.unseal(data.get("selection") or [])
    return State.model_validate(data)

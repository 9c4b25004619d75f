"""Key rotation: re-encrypt every encrypted value with the newest key of FIELD_ENCRYPTION_KEYS."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import FieldCipher
from storage.models import Contact, Conversation, Intake, OutboxMessage
from storage.sealed import reseal_all


async def rotate_all(sessions: async_sessionmaker[AsyncSession], cipher: FieldCipher) -> int:
    count = 0
    async with sessions() as session, session.begin():
        for contact in (await session.execute(select(Contact))).scalars():
            contact.address_enc = cipher.rotate(contact.address_enc)
            count += 1
        for conv in (await session.execute(select(Conversation))).scalars():
            conv.state = cipher.reseal(conv.state)
            count += 1
        for intake in (await session.execute(select(Intake))).scalars():
            intake.answers = cipher.reseal(intake.answers)
            count += 1
        for row in (await session.execute(select(OutboxMessage).where(OutboxMessage.payload_enc.is_not(None)))).scalars():
            row.payload_enc = cipher.rotate(row.payload_enc)
            if row.address_enc:
                row.address_enc = cipher.rotate(row.address_enc)
            count += 1
        count += await reseal_all(session)  # what staff wrote
    return count

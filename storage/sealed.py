"""What staff write about a person is sealed at rest, like the special categories of the answers: case
notes, the plan's motto, goals and steps (with the names of who does what), follow-up notes, the reasons
typed for decisions, hand-overs, closures, emergency access and cancellations.

Transparent for the code that uses the models: a session made by `storage.db.session_factory` carries the
cipher (`session.info["cipher"]`); before a flush every listed column that changed is encrypted (Fernet),
after it – and whenever a row is loaded – the object holds the plain text again. Nothing outside a loaded
object ever sees the plain text: not the database file, its WAL, a dump or a backup. A flush of such a
column without a cipher fails (fail closed). Plain values written by an older release are sealed at start
(`seal_legacy`); statements that bypass the ORM (anonymisation writes codes) store codes, which stay
readable as they are.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, attributes
from sqlalchemy.orm.attributes import set_committed_value

from storage.crypto import CryptoConfigError, FieldCipher
from storage.models import (
    Appointment,
    Assignment,
    CaseDecision,
    CaseFollowUp,
    CaseNote,
    CasePlan,
    EmergencyAccess,
    PlanGoal,
    PlanStep,
    StaffUser,
)

SEALED_COLUMNS: dict[type, tuple[str, ...]] = {
    CaseNote: ("text",),
    CasePlan: ("motto",),
    PlanGoal: ("text",),
    PlanStep: ("text", "owner"),
    CaseFollowUp: ("note",),
    CaseDecision: ("reason",),
    Assignment: ("reason",),
    EmergencyAccess: ("reason",),
    Appointment: ("cancel_note",),
    StaffUser: ("totp_secret",),
}
_TOKEN_PREFIX = "gAAAAA"  # every Fernet token starts so (version byte 0x80, base64)
_STASH = "sealed.plain"


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(_TOKEN_PREFIX) and len(value) >= 100


def _cipher(session: Session) -> FieldCipher | None:
    return session.info.get("cipher")


def _open(cipher: FieldCipher | None, value: Any) -> Any:
    if not is_sealed(value) or cipher is None:
        return value
    try:
        return cipher.decrypt(value)
    except CryptoConfigError:
        return value  # plain text that merely looks like a token (written before this release)


@event.listens_for(Session, "before_flush")
def _seal_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    stash: list[tuple[Any, str, str]] = session.info.setdefault(_STASH, [])
    for obj in [*session.new, *session.dirty]:
        columns = SEALED_COLUMNS.get(type(obj))
        if not columns:
            continue
        state = attributes.instance_state(obj)
        for name in columns:
            value = obj.__dict__.get(name)
            if not isinstance(value, str) or value == "" or is_sealed(value):
                continue
            if obj not in session.new and not state.attrs[name].history.has_changes():
                continue
            cipher = _cipher(session)
            if cipher is None:
                raise CryptoConfigError(f"refusing to store {type(obj).__name__}.{name} unencrypted: no cipher")
            stash.append((obj, name, value))
            setattr(obj, name, cipher.encrypt(value))


@event.listens_for(Session, "after_flush_postexec")
def _plain_after_flush(session: Session, _context: Any) -> None:
    for obj, name, plain in session.info.pop(_STASH, []):
        set_committed_value(obj, name, plain)


def _plain_on_load(target: Any, context: Any, *_args: Any) -> None:
    if context is None:  # `session.merge` of an object that already holds the plain values
        return
    cipher = _cipher(context.session)
    for name in SEALED_COLUMNS[type(target)]:
        value = target.__dict__.get(name)
        if is_sealed(value):
            set_committed_value(target, name, _open(cipher, value))


for _model in SEALED_COLUMNS:
    event.listen(_model, "load", _plain_on_load)
    event.listen(_model, "refresh", _plain_on_load)


async def seal_legacy(session: AsyncSession) -> int:
    """Seal plain values an older release wrote (at start; per column one query that returns only the
    plain rows). Codes written by anonymisation (a decision's reason replaced by its own code)
    are sealed as well: harmless, and one rule for everything."""
    count = 0
    for model, columns in SEALED_COLUMNS.items():
        for name in columns:
            column = getattr(model, name)
            plain = (column.is_not(None)) & (column != "") & column.not_like(f"{_TOKEN_PREFIX}%")
            for obj in await session.scalars(select(model).where(plain)):
                attributes.flag_modified(obj, name)
                count += 1
    await session.flush()
    return count


async def reseal_all(session: AsyncSession) -> int:
    """Key rotation: every sealed column once more with the newest key."""
    count = 0
    for model, columns in SEALED_COLUMNS.items():
        for obj in await session.scalars(select(model)):
            for name in columns:
                if obj.__dict__.get(name):
                    attributes.flag_modified(obj, name)
                    count += 1
    await session.flush()
    return count

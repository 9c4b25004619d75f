"""Who a person released their data to (DOMAIN §7): one consent per recipient kind, the latest decision
counts. Used wherever data could reach another organisation – a hand-over at clearing, a transfer, the
slots the bot offers, and every read of an intake (`storage.intakes.visible`) – so a withdrawn release
takes effect at once, everywhere.

The municipality's own service point needs no release (the person agreed to counselling there); an
organisation kind without a consent question cannot receive anything until the person is asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ConsentRecord

CONSENT_FOR_KIND = {"jmd": "share_jmd", "mbe": "share_mbe", "jobcentre_cm": "share_jobcentre",
                    "foreigners_office": "share_foreigners_office"}
OWN_KINDS = ("service_point",)


@dataclass(frozen=True)
class Membership:
    """The organisation a staff member works for (from the municipality profile): its id and kind."""

    organisation: str
    kind: str


@dataclass(frozen=True)
class Recipient:
    """Where a hand-over goes: an organisation of the municipality profile (id, kind) and the usernames of
    its own caseworkers (profile membership). An assignment names one of them; nobody else can receive it."""

    organisation: str
    kind: str
    members: frozenset[str] = field(default_factory=frozenset)


def released_condition(contact_id: Any, org_kind: str) -> Any:
    """SQL condition: the person (`contact_id`, a column) released their data to this organisation kind –
    their latest decision on its consent is a yes."""
    if org_kind in OWN_KINDS:
        return true()
    consent = CONSENT_FOR_KIND.get(org_kind)
    if consent is None:
        return false()
    latest = (select(ConsentRecord.granted)
              .where(ConsentRecord.contact_id == contact_id, ConsentRecord.kind == consent)
              .order_by(ConsentRecord.id.desc()).limit(1).scalar_subquery())
    return latest.is_(True)


def released_for(contact_id: Any, kind_column: Any) -> Any:
    """SQL condition: the person released their data to the organisation kind in `kind_column` (a column,
    e.g. an assignment's organisation_kind): one branch per known kind; an unknown or missing kind: no."""
    return or_(*[(kind_column == kind) & released_condition(contact_id, kind)
                 for kind in (*OWN_KINDS, *CONSENT_FOR_KIND)])


async def latest_consents(session: AsyncSession, contact_id: int | None) -> dict[str, bool]:
    """The person's latest decision per consent kind."""
    if contact_id is None:
        return {}
    rows = await session.execute(select(ConsentRecord.kind, ConsentRecord.granted)
                                 .where(ConsentRecord.contact_id == contact_id).order_by(ConsentRecord.id))
    return {kind: bool(granted) for kind, granted in rows.all()}


async def released_kinds(session: AsyncSession, contact_id: int | None) -> set[str]:
    """Organisation kinds that may receive this person's data: the own ones and every released kind."""
    latest = await latest_consents(session, contact_id)
    return set(OWN_KINDS) | {kind for kind, consent in CONSENT_FOR_KIND.items() if latest.get(consent)}


async def consented_to(session: AsyncSession, contact_id: int | None, kind: str) -> bool:
    """The person's latest decision on this consent kind is a yes."""
    return (await latest_consents(session, contact_id)).get(kind, False)


async def may_share(session: AsyncSession, contact_id: int | None, org_kind: str) -> str | None:
    """May this person's case go to an organisation of this kind? None: yes; else the refusal's code."""
    if org_kind in OWN_KINDS:
        return None
    consent = CONSENT_FOR_KIND.get(org_kind)
    if consent is None:
        return "keine-freigabe-moeglich"
    return None if await consented_to(session, contact_id, consent) else "keine-freigabe"

"""Who a person released their data to (DOMAIN §7: a release "per case and per recipient"): one consent per
organisation of the municipality profile (`release_<organisation id>`), the latest decision counts. Used
wherever data could reach another organisation – a hand-over at clearing, a transfer, the slots the bot
offers, and every read of an intake (`storage.intakes.visible`) – so a withdrawn release takes effect at
once, everywhere.

Releases recorded before they were asked per organisation name a kind of organisation (`share_jmd`,
`share_mbe`…: what the person was shown then); such a release counts for the organisations of that kind
until the person decides on one of them by name – whichever decision is later counts.

The municipality's own service point needs no release (the person agreed to counselling there); an
organisation nobody asked about cannot receive anything until the person is asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ConsentRecord

# releases per kind of organisation, as they were asked before (legacy; still honoured, see above)
CONSENT_FOR_KIND = {"jmd": "share_jmd", "mbe": "share_mbe", "jobcentre_cm": "share_jobcentre",
                    "foreigners_office": "share_foreigners_office"}
OWN_KINDS = ("service_point",)
RELEASE = "release_"  # + organisation id: the consent kind of a release to that organisation


def release_of(organisation: str) -> str:
    """The consent kind of a release to this organisation of the profile."""
    return RELEASE + organisation


def is_release(consent: str) -> bool:
    """A consent that releases data to another organisation (by name, or an earlier one by kind)."""
    return consent.startswith(RELEASE) or consent in CONSENT_FOR_KIND.values()


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


def released_for(contact_id: Any, organisation: Any, kind: Any) -> Any:
    """SQL condition: the person (`contact_id`, a column) released their data to this organisation –
    `organisation` and `kind` are columns (an assignment's) or values. Own kinds always; else the latest
    decision on the release to that organisation (or, given earlier, to its kind) is a yes."""
    organisation, kind = _expr(organisation), func.coalesce(_expr(kind), "")  # an old row without a kind: none
    legacy = case(CONSENT_FOR_KIND, value=kind, else_=None)
    latest = (select(ConsentRecord.granted)
              .where(ConsentRecord.contact_id == contact_id,
                     or_(ConsentRecord.kind == literal(RELEASE) + organisation, ConsentRecord.kind == legacy))
              .order_by(ConsentRecord.id.desc()).limit(1).scalar_subquery())
    return or_(kind.in_(OWN_KINDS), latest.is_(True))


def _expr(value: Any) -> Any:
    return literal(value) if isinstance(value, str) or value is None else value


def _released(latest: dict[str, tuple[int, bool]], organisation: str, kind: str) -> bool:
    if kind in OWN_KINDS:
        return True
    decisions = [latest[c] for c in (release_of(organisation), CONSENT_FOR_KIND.get(kind)) if c in latest]
    return bool(decisions) and max(decisions)[1]


async def _latest(session: AsyncSession, contact_id: int | None) -> dict[str, tuple[int, bool]]:
    """The person's latest decision per consent kind, with its row id (later decisions have higher ids)."""
    if contact_id is None:
        return {}
    rows = await session.execute(select(ConsentRecord.kind, ConsentRecord.id, ConsentRecord.granted)
                                 .where(ConsentRecord.contact_id == contact_id).order_by(ConsentRecord.id))
    return {kind: (row_id, bool(granted)) for kind, row_id, granted in rows.all()}


async def latest_consents(session: AsyncSession, contact_id: int | None) -> dict[str, bool]:
    """The person's latest decision per consent kind."""
    return {kind: granted for kind, (_, granted) in (await _latest(session, contact_id)).items()}


async def released_organisations(session: AsyncSession, contact_id: int | None,
                                 organisations: list[Membership]) -> set[str]:
    """Of these organisations (id, kind), those that may receive this person's data."""
    latest = await _latest(session, contact_id)
    return {o.organisation for o in organisations if _released(latest, o.organisation, o.kind)}


async def consented_to(session: AsyncSession, contact_id: int | None, kind: str) -> bool:
    """The person's latest decision on this consent kind is a yes."""
    return (await latest_consents(session, contact_id)).get(kind, False)


async def may_share(session: AsyncSession, contact_id: int | None, to: Membership | Recipient) -> str | None:
    """May this person's case go to this organisation? None: yes; else the refusal's code."""
    return None if _released(await _latest(session, contact_id), to.organisation, to.kind) else "keine-freigabe"

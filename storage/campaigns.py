"""Campaigns of the postal welcome offer: the households written to, their random codes, whether they
answered (scanned the code and started, consented, completed the intake), and the deletion of names and
addresses after the campaign's retention period. Offers and languages are decided in backend.offers."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.crypto import FieldCipher
from storage.models import Campaign, CampaignHousehold, LetterLanguage, StaffUser

OFFER_LABELS = {"letter": "Brief mit Chat-Code", "home_visit": "Hausbesuch",
                "counselling_letter": "Beratungsbrief (ohne Case Management)"}  # the offers, as staff read them


async def language_mapping(session: AsyncSession, base: dict[str, str]) -> dict[str, str]:
    """The profile's nationality → language list with the coordinators' changes over it."""
    mapping = dict(base)
    for row in await session.scalars(select(LetterLanguage)):
        mapping[row.nationality] = row.language
    return mapping


async def set_language(session: AsyncSession, staff: StaffUser, nationality: str, language: str,
                       now: datetime) -> None:
    row = await session.get(LetterLanguage, nationality)
    if row is None:
        session.add(LetterLanguage(nationality=nationality, language=language, updated_by=staff.id, updated_at=now))
    else:
        row.language, row.updated_by, row.updated_at = language, staff.id, now


def new_token() -> str:
    """16 random URL-safe characters (96 bits): fits Telegram's start parameter, says nothing about anyone."""
    return secrets.token_urlsafe(12)


@dataclass
class LetterPlan:
    """What one household gets (decided by backend.offers) and what the letter and the visit need to know."""

    ref: str  # the registration export's household id
    names: list[str]  # the adults' names, for the address and the greeting
    street: str
    postcode: str
    city: str
    district: str
    offer: str
    reasons: list[str]
    languages: list[str]
    adults: int
    children: int


async def create(session: AsyncSession, staff: StaffUser, name: str, plans: list[LetterPlan], retention_days: int,
                 cipher: FieldCipher, today: date, now: datetime) -> Campaign:
    """A campaign with one row per household: offer, reasons, languages, a fresh code; sealed only what the
    letter and the visit need (the adults' names, the address)."""
    campaign = Campaign(name=name.strip()[:120] or f"Willkommensbriefe {today:%d.%m.%Y}", created_by=staff.id,
                        created_at=now, letter_date=today, keep_until=now + timedelta(days=retention_days))
    session.add(campaign)
    await session.flush()
    for p in plans:
        details = {"names": p.names, "street": p.street, "postcode": p.postcode, "city": p.city}
        session.add(CampaignHousehold(
            campaign_id=campaign.id, token=new_token(), ref_enc=cipher.encrypt(p.ref), details=cipher.seal(details),
            district=p.district or None, offer=p.offer, reasons=p.reasons, languages=p.languages, adults=p.adults,
            children=p.children))
    await session.flush()
    return campaign


def details_of(cipher: FieldCipher, household: CampaignHousehold) -> dict[str, Any]:
    """Names and address (empty once the campaign's retention period is over)."""
    if household.details is None:
        return {"names": [], "street": "", "postcode": "", "city": ""}
    return cipher.unseal(household.details)


async def households(session: AsyncSession, campaign_id: int) -> list[CampaignHousehold]:
    return list(await session.scalars(select(CampaignHousehold).where(CampaignHousehold.campaign_id == campaign_id)
                                      .order_by(CampaignHousehold.district, CampaignHousehold.id)))


async def scanned(session: AsyncSession, token: str, contact_id: int, now: datetime) -> CampaignHousehold | None:
    """A /start with a letter's code: the household answered; the first chat started with it is linked."""
    household = await session.scalar(select(CampaignHousehold).where(CampaignHousehold.token == token))
    if household is None:
        return None
    if household.scanned_at is None:
        household.scanned_at = now
    if household.contact_id is None:
        household.contact_id = contact_id
    return household


async def progressed(session: AsyncSession, token: str | None, step: str, now: datetime) -> None:
    """The person who came with this code consented or sent the intake (the first time counts)."""
    if not token:
        return
    column = {"consented": CampaignHousehold.consented_at, "completed": CampaignHousehold.completed_at}[step]
    await session.execute(update(CampaignHousehold).where(CampaignHousehold.token == token, column.is_(None))
                          .values({column.key: now}))


@dataclass
class Responses:
    offer: str
    households: int
    scanned: int
    consented: int
    completed: int


async def responses(session: AsyncSession, campaign_id: int) -> list[Responses]:
    """Per offer: how many households were written to and how many scanned, consented, completed."""
    rows = await session.execute(
        select(CampaignHousehold.offer, func.count(), func.count(CampaignHousehold.scanned_at),
               func.count(CampaignHousehold.consented_at), func.count(CampaignHousehold.completed_at))
        .where(CampaignHousehold.campaign_id == campaign_id).group_by(CampaignHousehold.offer)
        .order_by(CampaignHousehold.offer))
    return [Responses(*row) for row in rows.all()]


async def source_of(session: AsyncSession, token: str | None) -> tuple[Campaign, CampaignHousehold] | None:
    """The campaign and household a person came from (their chat started with the letter's code)."""
    if not token:
        return None
    household = await session.scalar(select(CampaignHousehold).where(CampaignHousehold.token == token))
    if household is None:
        return None
    campaign = await session.get(Campaign, household.campaign_id)
    assert campaign is not None
    return campaign, household


async def purge_due(session: AsyncSession, now: datetime) -> int:
    """After the retention period: names, addresses, the export's household ids and the codes go (a late
    scan then starts an ordinary chat); offer, languages, district and the answers' counts stay."""
    due = list(await session.scalars(select(Campaign).where(Campaign.keep_until <= now, Campaign.purged_at.is_(None))))
    for campaign in due:
        await session.execute(update(CampaignHousehold).where(CampaignHousehold.campaign_id == campaign.id)
                              .values(details=None, ref_enc=None, token=None, contact_id=None))
        campaign.purged_at = now
    return len(due)

"""The municipality profile: what differs from town to town, as validated data (DOMAIN §5, §6).

Organisations and their services, caseworkers with FTE and languages, routing rules (which kind of
organisation gets whom, in which order, with rotation), deadlines, capacity, waitlist and screening
thresholds. `load_profile` validates a YAML file and names the path of every error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dialogs.loader import read_yaml
from dialogs.recipients import Organisation as ScriptOrganisation
from storage.plans import LIFE_DOMAINS
from storage.sharing import OWN_KINDS, Membership, Recipient, release_of


class ProfileError(ValueError):
    pass


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organisation(_Base):
    # the person's release names it (consent `release_<id>`, a chat button's data): short, plain
    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,23}$")
    name: str = Field(min_length=1, max_length=60)  # on a button in the chat
    kind: str  # service_point | mbe | jmd | refugee_counselling | jobcentre_cm | youth_office | …
    address: str = ""
    phone: str = ""
    services: list[str] = Field(default_factory=list)  # life domains it covers (DOMAIN §9)


class Caseworker(_Base):
    username: str
    organisation: str
    fte: float = Field(gt=0, le=1.0)
    languages: list[str] = Field(default_factory=list)


class Step(_Base):
    """One step of a routing rule: an organisation kind, with conditions; the first with capacity wins."""

    to: str
    age_max: int | None = None  # only up to this age (e.g. 27 for the youth migration service)
    requires: Literal["sgb2"] | None = None  # e.g. job-centre case management only for people on SGB II
    rotation: bool = False  # several organisations of this kind take turns


class Route(_Base):
    statuses: list[str]  # residence status answers (intake option ids) this route is for
    steps: list[Step] = Field(min_length=1)


class Routing(_Base):
    back_to_existing_counsellor: bool = True
    routes: dict[str, Route]
    default: str  # the route for statuses no route names (or an unknown status)
    excluded: dict[str, str] = Field(default_factory=dict)  # status → organisation kind to refer to


class Capacity(_Base):
    weekly_hours_per_fte: float = 39.0
    casework_share: float = Field(default=0.6, gt=0, le=1)  # 60 % of a post is case work: 23.4 h at 1.0
    category_hours: dict[str, float] = Field(default_factory=lambda: {"A": 4, "B": 3, "C": 2, "D": 0.25})

    def hours(self, fte: float) -> float:
        return round(fte * self.weekly_hours_per_fte * self.casework_share, 2)


class Rules(_Base):
    case_management_max_years: int = 5  # arrived longer ago: counselling without case management
    jmd_threshold: int = 4  # serious barriers of 12 for case management to be indicated
    decide_days: int = 7
    first_contact_days: int = 7
    appointment_days: int = 14
    waitlist_size: int = 10
    waitlist_recontact_days: int = 90
    # closed cases lose everything personal (statistics keep counting); within the consent's 9 months
    anonymise_after_closure_days: int = Field(default=30, ge=0, le=274)
    # no contact this long: an open case is anonymised, a person without a case forgotten
    # (storage/retention.py); the consent text promises "at the latest 9 months after the last contact"
    anonymise_after_no_contact_days: int = Field(default=273, ge=30, le=274)
    review_untouched_days: int = 182  # a case untouched this long resurfaces; closing for no contact is proposed
    emergency_access_minutes: int = Field(default=60, ge=5, le=480)  # how long a "break the glass" lasts


# geographic Europe (ISO 3166 alpha-2); Turkey, the Caucasus and Kazakhstan are not counted – a
# municipality can change this list in its profile (letters.european)
EUROPE = ["AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
          "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO",
          "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "UA", "VA", "XK"]


class Letters(_Base):
    """The postal welcome offer (DOMAIN §1, Dormagen): who gets a home visit instead of a letter, which
    language goes beside German, how long the campaign's household list is kept."""

    home_visit_outside_europe: bool = True
    home_visit_nationalities: list[str] = Field(default_factory=lambda: ["RO", "BG"])
    home_visit_single_parent: bool = True
    home_visit_children_more_than: int | None = 2  # None: the number of children does not matter
    european: list[str] = Field(default_factory=lambda: list(EUROPE))
    languages: dict[str, str] = Field(default_factory=dict)  # nationality → letter language (editable later)
    default_language: str = "en"  # beside German when a nationality has no language
    adult_age: int = 18
    retention_days: int = 180  # the household list of a campaign (names, addresses) is deleted after this


class Profile(BaseModel):
    """The whole profile. Sections read elsewhere (service point, appointments, follow-up) stay plain."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str
    name: str
    timezone: str = "Europe/Berlin"
    organisations: list[Organisation] = Field(default_factory=list)
    caseworkers: list[Caseworker] = Field(default_factory=list)
    routing: Routing | None = None
    capacity: Capacity = Field(default_factory=Capacity)
    rules: Rules = Field(default_factory=Rules)
    letters: Letters = Field(default_factory=Letters)

    @model_validator(mode="after")
    def _references(self) -> Profile:
        ids = [o.id for o in self.organisations]
        if len(ids) != len(set(ids)):
            raise ValueError("organisations: duplicate id")
        kinds = {o.kind for o in self.organisations}
        for org in self.organisations:
            unknown = set(org.services) - set(LIFE_DOMAINS)
            if unknown:
                raise ValueError(f"organisations: {org.id} offers unknown life domains {sorted(unknown)}")
        for cw in self.caseworkers:
            if cw.organisation not in ids:
                raise ValueError(f"caseworkers: {cw.username} belongs to unknown organisation {cw.organisation!r}")
        if self.routing is not None:
            if self.routing.default not in self.routing.routes:
                raise ValueError(f"routing.default: no route named {self.routing.default!r}")
            for name, route in self.routing.routes.items():
                for step in route.steps:
                    if step.to not in kinds:
                        raise ValueError(f"routing.routes.{name}: no organisation of kind {step.to!r}")
        return self

    def organisation(self, org_id: str) -> Organisation:
        return next(o for o in self.organisations if o.id == org_id)

    def of_kind(self, kind: str) -> list[Organisation]:
        return [o for o in self.organisations if o.kind == kind]

    def members(self, org_id: str) -> frozenset[str]:
        """Usernames of the organisation's own caseworkers."""
        return frozenset(cw.username for cw in self.caseworkers if cw.organisation == org_id)

    def recipient(self, org_id: str) -> Recipient | None:
        """A hand-over target (organisation and its people), or None for an id the profile does not know."""
        org = next((o for o in self.organisations if o.id == org_id), None)
        return Recipient(org.id, org.kind, self.members(org.id)) if org else None

    def membership(self, username: str, role: str) -> Membership | None:
        """The organisation a staff member works for: the one the profile lists them under. Clearing and
        admin accounts the profile does not list work for the municipality's own service point."""
        cw = next((cw for cw in self.caseworkers if cw.username == username), None)
        if cw is not None:
            org = self.organisation(cw.organisation)
            return Membership(org.id, org.kind)
        own = next((o for o in self.organisations if o.kind in OWN_KINDS), None)
        return Membership(own.id, own.kind) if own and role in ("clearing", "admin") else None

    def partners(self) -> list[ScriptOrganisation]:
        """The organisations a person can release their data to (all but the municipality's own), for the
        chat's sharing question."""
        return [ScriptOrganisation(o.id, o.name, o.kind) for o in self.organisations if o.kind not in OWN_KINDS]

    def release_labels(self) -> dict[str, str]:
        """How staff pages and the audit log name a release to each organisation."""
        return {release_of(o.id): f"Weitergabe an {o.name}" for o in self.organisations if o.kind not in OWN_KINDS}

    def memberships(self) -> list[Membership]:
        """Every organisation of the profile as (id, kind)."""
        return [Membership(o.id, o.kind) for o in self.organisations]


def parse_profile(data: Any, source: str = "profile") -> Profile:
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise ProfileError(f"{source}: {where}: {first['msg']}") from None


def load_profile(path: Path) -> Profile:
    return parse_profile(read_yaml(path.read_text(encoding="utf-8")), path.name)

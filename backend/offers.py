"""Which offer a newly registered household gets, and in which languages its letter is printed (DOMAIN §1,
Dormagen). Pure: the household as the import read it, the profile's rules, the day of the decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from backend.profile import Letters
from backend.triage import years_between
from storage.campaigns import OFFER_LABELS, LetterPlan

OFFERS = OFFER_LABELS  # staff pages and templates


@dataclass(frozen=True)
class Member:
    surname: str
    first_name: str
    born: date
    nationalities: tuple[str, ...]
    arrived: date | None


@dataclass
class Household:
    ref: str  # the household id of the registration export
    street: str
    postcode: str
    city: str
    district: str
    members: list[Member] = field(default_factory=list)
    line: int = 0  # first line in the file

    def adults(self, today: date, adult_age: int) -> list[Member]:
        return [m for m in self.members if years_between(m.born, today) >= adult_age]

    def children(self, today: date, adult_age: int) -> list[Member]:
        return [m for m in self.members if years_between(m.born, today) < adult_age]


@dataclass(frozen=True)
class Offer:
    kind: str  # home_visit | letter | counselling_letter
    reasons: tuple[str, ...]  # codes, see `reason_text`


def choose_offer(household: Household, rules: Letters, case_management_max_years: int, today: date) -> Offer:
    """Longer in Germany than case management is for → a counselling letter. Otherwise any of the profile's
    reasons → a home visit; none → the letter with the chat code. Every reason is named."""
    adults = household.adults(today, rules.adult_age) or household.members
    arrivals = [m.arrived for m in adults]
    if arrivals and all(a is not None and years_between(a, today) > case_management_max_years for a in arrivals):
        return Offer("counselling_letter", (f"long_stay:{case_management_max_years}",))
    reasons: list[str] = []
    nationalities = [n for m in household.members for n in m.nationalities]
    if rules.home_visit_outside_europe:
        outside = sorted({n for n in nationalities if n not in rules.european})
        reasons += [f"outside_europe:{n}" for n in outside]
    reasons += [f"nationality:{n}" for n in sorted({n for n in nationalities if n in rules.home_visit_nationalities})]
    children = household.children(today, rules.adult_age)
    if rules.home_visit_single_parent and len(household.adults(today, rules.adult_age)) == 1 and children:
        reasons.append("single_parent")
    limit = rules.home_visit_children_more_than
    if limit is not None and len(children) > limit:
        reasons.append(f"children:{len(children)}")
    return Offer("home_visit" if reasons else "letter", tuple(reasons))


def reason_text(code: str) -> str:
    """A reason as staff read it (German)."""
    kind, _, value = code.partition(":")
    return {
        "long_stay": f"seit mehr als {value} Jahren in Deutschland: Beratung ohne Case Management",
        "outside_europe": f"Staatsangehörigkeit außerhalb Europas ({value})",
        "nationality": f"Staatsangehörigkeit {value} (laut Profil Hausbesuch)",
        "single_parent": "alleinerziehend",
        "children": f"{value} Kinder im Haushalt",
    }.get(kind, code)


def letter_languages(household: Household, mapping: dict[str, str], default: str, today: date,
                     adult_age: int) -> list[str]:
    """German plus the household's language: the first nationality (adults first) that maps to a language
    other than German; a nationality without a mapping counts as the default language; only German when
    every nationality maps to German."""
    people = household.adults(today, adult_age) + household.children(today, adult_age)
    for member in people:
        for nationality in member.nationalities:
            lang = mapping.get(nationality) or ("de" if nationality == "DE" else default)
            if lang != "de":
                return ["de", lang]
    return ["de"]


def plan(households: list[Household], rules: Letters, case_management_max_years: int, mapping: dict[str, str],
         today: date) -> list[LetterPlan]:
    """Offer and languages for every household of an import, with what the letter and the visit need."""
    plans = []
    for h in households:
        offer = choose_offer(h, rules, case_management_max_years, today)
        adults = h.adults(today, rules.adult_age)
        plans.append(LetterPlan(
            ref=h.ref, names=[f"{m.first_name} {m.surname}" for m in (adults or h.members)], street=h.street,
            postcode=h.postcode, city=h.city, district=h.district, offer=offer.kind, reasons=list(offer.reasons),
            languages=letter_languages(h, mapping, rules.default_language, today, rules.adult_age),
            adults=len(adults), children=len(h.children(today, rules.adult_age))))
    return plans

"""Triage suggestions for clearing staff, each with its reasons (DOMAIN §5). Pure functions of the intake's
answers, today's date, the municipality profile and the current loads: nothing here decides, staff do.

- eligibility: arrived within the profile's years → case management, longer → counselling;
- JMD screening: how many of the 12 barriers apply (≥ threshold → case management indicated), with the
  ones the intake cannot know marked as open;
- Münster category A–D from the seven criteria staff assess, with the level each criterion met;
- routing along the profile's rules (the Moers hierarchy in the demo): back to an existing counsellor
  first, then per residence status the first step whose conditions hold and whose organisation has
  capacity, organisations of a kind taking turns where the rule says so.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from backend.profile import Organisation, Profile, Rules

JMD_CRITERIA = {
    "a": "neu zugewandert", "b": "keine oder geringe Deutschkenntnisse", "c": "kennt passende Angebote nicht",
    "d": "kein Schulabschluss", "e": "keine berufliche Orientierung", "f": "keine verwertbare Berufsqualifikation",
    "g": "belastende Wohnsituation", "h": "Probleme im Umgang mit Behörden", "i": "psychische Belastung",
    "j": "Delinquenz", "k": "Schulden", "l": "Isolation",
}
LEVEL = {4: "A", 3: "B", 2: "C", 1: "D"}


@dataclass(frozen=True)
class Finding:
    title: str
    result: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Proposal:
    organisation: Organisation | None
    caseworker: str | None
    reasons: tuple[str, ...]
    refer: str | None = None  # an organisation kind to refer to instead (excluded group)


@dataclass(frozen=True)
class Person:
    status: str | None  # residence status answer (intake option id)
    age: int | None
    sgb2: bool = False  # gets job-centre benefits (the intake's "agencies: job centre")
    has_counsellor: bool = False
    languages: tuple[str, ...] = ()


@dataclass
class Loads:
    """Hours per week each caseworker's cases take now, and the organisation each rotation gave last."""

    hours: dict[str, float] = field(default_factory=dict)
    last_in_rotation: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------------------------- eligibility -----


def years_between(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def eligibility(arrived: date | None, today: date, rules: Rules) -> Finding:
    title = "Anspruch"
    if arrived is None:
        return Finding(title, "unklar", ("Ankunft in Deutschland nicht angegeben: bitte im Erstkontakt klären",))
    years = years_between(arrived, today)
    limit = rules.case_management_max_years
    since = f"in Deutschland seit {arrived:%m/%Y}"
    if years < limit or (years == limit and arrived.replace(year=arrived.year + limit) >= today):
        return Finding(title, "Case Management", (f"{since}: höchstens {limit} Jahre",))
    return Finding(title, "Beratung ohne Case Management", (f"{since}: länger als {limit} Jahre",))


# ------------------------------------------------------------------------------------- JMD screening ---


def jmd_screening(criteria: Mapping[str, bool | None], rules: Rules) -> Finding:
    """Count the barriers that apply; unknown ones (None) are listed as open, never counted."""
    met = [k for k in JMD_CRITERIA if criteria.get(k) is True]
    open_ = [k for k in JMD_CRITERIA if criteria.get(k) is None]
    threshold = rules.jmd_threshold
    indicated = len(met) >= threshold
    reasons = [f"{k}) {JMD_CRITERIA[k]}" for k in met]
    if open_:
        reasons.append("offen (im Erstgespräch nicht gefragt): " + ", ".join(f"{k})" for k in open_))
    result = f"{len(met)} von 12 – " + ("Case Management angezeigt" if indicated else
                                        f"unter der Schwelle von {threshold}")
    return Finding("JMD-Screening", result, tuple(reasons))


def jmd_criteria_from_answers(answers: Mapping[str, Any], today: date) -> dict[str, bool | None]:
    """What the intake can say about the 12 barriers; the rest stays open for the first talk."""
    def code(node: str) -> Any:
        return (answers.get(node) or {}).get("code")

    arrived = _month(answers, "arrival")
    housing, adequate = code("housing"), code("housing_adequate")
    health = code("health")
    counsellor, agencies = code("counsellor"), code("agencies") or []
    barriers = answers.get("barriers") or {}
    ticked = None if not barriers or barriers.get("skipped") else set(barriers.get("code") or [])

    def barrier(option: str) -> bool | None:  # skipped or not asked: open, never "no"
        return None if ticked is None else option in ticked

    return {
        "a": None if arrived is None else years_between(arrived, today) < 3,
        "b": None if code("german_level") is None else code("german_level") in ("none", "a1"),
        "c": None if counsellor is None else counsellor == "no_counsellor" and agencies in ([], ["none"]),
        "d": barrier("no_school_certificate"), "e": barrier("career_unsure"), "f": barrier("no_vocational"),
        "g": None if housing is None else housing in ("shelter", "none") or adequate == "not_adequate",
        "h": barrier("authorities"),
        "i": None if health in (None, "prefer_not") else health in ("psychological", "both"),
        "j": None,  # delinquency is not asked in a chat
        "k": barrier("debts"), "l": barrier("lonely"),
    }


# ------------------------------------------------------------------------------------- Münster ---------


def _level(criterion: str, value: Any) -> int:
    """The hardest category (4 = A … 1 = D) a criterion's value reaches (DOMAIN §5, Münster table)."""
    if criterion == "effort_hours":
        return 4 if value >= 4 else 3 if value >= 3 else 2 if value >= 2 else 1
    if criterion == "urgency":  # 1 acute, 2 changing, 3 relaxed
        return {1: 4, 2: 3}.get(value, 2)
    if criterion == "need_fields":
        return 4 if value >= 3 else 3 if value == 2 else 2
    if criterion == "actors":  # number of actors involved; 1 = coordinated, 0 = referral only
        return 4 if value >= 4 else 3 if value >= 2 else 2 if value == 1 else 1
    if criterion == "phase":  # CM phase 1–7
        return 4 if value <= 3 else 3 if value <= 5 else 2
    if criterion == "family_cases":
        return 4 if value >= 3 else 3 if value == 2 else 2
    if criterion == "barriers":  # 1 hinders CM, 2 partly, 3 none
        return {1: 4, 2: 3}.get(value, 2)
    raise KeyError(criterion)


MUENSTER_LABELS = {"effort_hours": "Aufwand (Std./Woche)", "urgency": "Dringlichkeit", "need_fields": "Bedarfsfelder",
                   "actors": "beteiligte Akteure", "phase": "CM-Phase", "family_cases": "Fälle im Familiensystem",
                   "barriers": "besondere Hürden"}
MUENSTER_NEEDED = {4: 4, 3: 3, 2: 2, 1: 1}  # A needs 4 of 7 criteria at A, B 3 at B or harder, …


def muenster_category(values: Mapping[str, Any]) -> Finding:
    levels = {k: _level(k, v) for k, v in values.items() if v is not None}
    for level in (4, 3, 2, 1):
        hit = [k for k, lv in levels.items() if lv >= level]
        if len(hit) >= MUENSTER_NEEDED[level]:
            reasons = tuple(f"{MUENSTER_LABELS[k]}: {values[k]} ({LEVEL[levels[k]]})" for k in hit)
            return Finding("Fallkategorie (Münster)", LEVEL[level],
                           (f"{len(hit)} von 7 Kriterien auf Stufe {LEVEL[level]} oder höher",) + reasons)
    return Finding("Fallkategorie (Münster)", "keine", ("keine Kriterien bewertet",))


# ------------------------------------------------------------------------------------- routing ---------


def _free(profile: Profile, org: Organisation, loads: Loads) -> tuple[bool, str | None, str]:
    """Has the organisation capacity? With whom (the caseworker with the most room) and why."""
    staff = [cw for cw in profile.caseworkers if cw.organisation == org.id]
    if not staff:
        return True, None, f"{org.name}: Kapazität nicht erfasst, angenommen frei"
    room = sorted(((profile.capacity.hours(cw.fte) - loads.hours.get(cw.username, 0.0), cw.username)
                   for cw in staff), reverse=True)
    best, who = room[0]
    if best <= 0:
        return False, None, f"{org.name}: voll (alle Fachkräfte bei 60 % ihrer Stelle)"
    cw = next(c for c in staff if c.username == who)
    used = loads.hours.get(who, 0.0)
    return True, who, f"{org.name}: {who} hat {used:g} von {profile.capacity.hours(cw.fte):g} Std./Woche belegt"


def route(person: Person, profile: Profile, loads: Loads, released: Collection[str] | None = None) -> Proposal:
    """The organisation (and caseworker) the profile's routing proposes, with every reason. `released`: the
    organisations the person's releases allow (None: not checked); the others are passed over, said so."""
    routing = profile.routing
    if routing is None:
        return Proposal(None, None, ("keine Zuständigkeitsregeln im Profil",))
    if person.status in routing.excluded:
        kind = routing.excluded[person.status]
        return Proposal(None, None, (f"Aufenthaltsstatus „{person.status}“: nicht hier, weiterverweisen",), refer=kind)
    reasons: list[str] = []
    passed_over = False  # an organisation the person did not release was in the way
    if person.has_counsellor and routing.back_to_existing_counsellor:
        return Proposal(None, None, ("hat schon eine Beraterin oder einen Berater: zuerst dorthin zurück, "
                                     "außer die Person wünscht es anders (im Erstkontakt fragen)",))
    name = next((n for n, r in routing.routes.items() if person.status in r.statuses), routing.default)
    reasons.append(f"Regel „{name}“ (Aufenthaltsstatus: {person.status or 'nicht angegeben'})")
    for step in routing.routes[name].steps:
        if step.age_max is not None and (person.age is None or person.age > step.age_max):
            why = "Alter unbekannt" if person.age is None else f"{person.age} Jahre"
            reasons.append(f"{step.to}: nur bis {step.age_max} Jahre ({why})")
            continue
        if step.requires == "sgb2" and not person.sgb2:
            reasons.append(f"{step.to}: nur mit Leistungen vom Jobcenter (nicht angegeben)")
            continue
        orgs = profile.of_kind(step.to)
        if step.rotation and orgs:
            last = loads.last_in_rotation.get(step.to)
            start = next((i + 1 for i, o in enumerate(orgs) if o.id == last), 0)
            orgs = orgs[start:] + orgs[:start]
            reasons.append(f"{step.to}: im Wechsel, zuletzt {last or '–'}")
        for org in orgs:
            if released is not None and org.id not in released:
                reasons.append(f"{org.name}: keine Freigabe der Person zur Weitergabe")
                passed_over = True
                continue
            free, who, why = _free(profile, org, loads)
            reasons.append(why)
            if free:
                return Proposal(org, who, tuple(reasons))
    if passed_over:
        return Proposal(None, None, (*reasons, "keine freigegebene Stelle mit Kapazität: Servicestelle, "
                                     "Warteliste oder im Erstkontakt nach einer Freigabe fragen"))
    return Proposal(None, None, (*reasons, "keine Stelle mit Kapazität: Warteliste oder weiterverweisen"))


def muenster_values_from_answers(answers: Mapping[str, Any], urgent: bool) -> dict[str, Any]:
    """The Münster criteria the intake can estimate: need fields (topics), actors (agencies involved),
    urgency (acute crisis), cases in the family system (children's needs). The rest stays for staff."""
    topics = (answers.get("topics") or {}).get("code") or []
    agencies = [a for a in (answers.get("agencies") or {}).get("code") or [] if a != "none"]
    children = [x for x in (answers.get("children_needs") or {}).get("code") or [] if x != "none"]
    return {"need_fields": len(topics) or None, "actors": len(agencies), "urgency": 1 if urgent else None,
            "family_cases": 1 + (1 if children else 0)}


def person_from_answers(answers: Mapping[str, Any]) -> Person:
    """The facts routing needs, from the intake (the person is household member 1)."""
    items = (answers.get("members") or {}).get("items") or []
    me = items[0] if items else {}
    age = (me.get("member_age") or {}).get("value")
    status = (me.get("member_residence") or {}).get("code")
    agencies = (answers.get("agencies") or {}).get("code") or []
    counsellor = (answers.get("counsellor") or {}).get("code")
    return Person(status=status, age=age if isinstance(age, int) else None, sgb2="jobcentre" in agencies,
                  has_counsellor=counsellor == "has_counsellor")


def _month(answers: Mapping[str, Any], node: str) -> date | None:
    value = (answers.get(node) or {}).get("value")
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return None


def suggest(answers: Mapping[str, Any], urgent: bool, today: date, profile: Profile, loads: Loads,
            proposal: Proposal | None = None, released: Collection[str] | None = None) -> list[Finding]:
    """Everything clearing staff see next to a new intake, each with its reasons (`proposal`: the routing
    proposal, if the caller already has it; `released`: see `route`)."""
    findings = [eligibility(_month(answers, "arrival"), today, profile.rules),
                jmd_screening(jmd_criteria_from_answers(answers, today), profile.rules)]
    if urgent:
        findings.append(Finding("Dringlichkeit", "dringend", ("akute Notlage im Chat angegeben",)))

    category = muenster_category(muenster_values_from_answers(answers, urgent))
    findings.append(Finding(category.title + ", vorläufig", category.result,
                            (*category.reasons, "Aufwand, CM-Phase und Hürden schätzt die Fachkraft im Erstkontakt")))
    proposal = proposal or route(person_from_answers(answers), profile, loads, released)  # the proposal comes last
    if proposal.refer:
        result = f"weiterverweisen an {proposal.refer}"
    elif proposal.organisation:
        result = proposal.organisation.name + (f" ({proposal.caseworker})" if proposal.caseworker else "")
    else:
        result = "keine Stelle frei" if "Kapazität" in proposal.reasons[-1] else "klären"
    findings.append(Finding("Zuständigkeit (Vorschlag)", result, proposal.reasons))
    return findings

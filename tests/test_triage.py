"""Triage rules, table by table from DOMAIN.md §5: eligibility (≤ 5 years), JMD threshold (≥ 4 of 12),
Münster categories A–D, the Moers hand-over hierarchy with rotation and capacity fall-through. Every
suggestion carries its reasons. The demo profile is validated like any other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from backend.profile import ProfileError, load_profile, parse_profile
from backend.triage import (
    Loads,
    Person,
    eligibility,
    jmd_criteria_from_answers,
    jmd_screening,
    muenster_category,
    person_from_answers,
    route,
    suggest,
)

PROFILE = load_profile(Path(__file__).resolve().parent.parent / "dialogs" / "profiles" / "musterstadt.yaml")
TODAY = date(2026, 11, 30)
FULL = {"jmd1": 23.4, "fb1": 11.7, "awo1": 23.4, "caritas1": 11.7, "fallberatung": 17.55}  # 60 % of each post


@pytest.mark.parametrize(("arrived", "result"), [
    (date(2026, 6, 1), "Case Management"),
    (date(2021, 12, 1), "Case Management"),  # 4 years 11 months
    (date(2021, 11, 30), "Case Management"),  # exactly 5 years
    (date(2021, 11, 29), "Beratung ohne Case Management"),  # 5 years and a day
    (date(2010, 1, 1), "Beratung ohne Case Management"),
    (None, "unklar"),
])
def test_eligibility_is_case_management_up_to_five_years(arrived: date | None, result: str) -> None:
    finding = eligibility(arrived, TODAY, PROFILE.rules)
    assert finding.result == result and finding.reasons


@pytest.mark.parametrize(("met", "indicated"), [(0, False), (3, False), (4, True), (7, True), (12, True)])
def test_jmd_screening_needs_four_of_twelve(met: int, indicated: bool) -> None:
    keys = "abcdefghijkl"
    criteria = {k: i < met for i, k in enumerate(keys)}
    finding = jmd_screening(criteria, PROFILE.rules)
    assert finding.result.startswith(f"{met} von 12")
    assert ("Case Management angezeigt" in finding.result) is indicated
    assert len([r for r in finding.reasons if ")" in r and "offen" not in r]) == met


def test_jmd_criteria_the_intake_cannot_know_stay_open_and_are_not_counted() -> None:
    answers = {"arrival": {"value": "2025-03"}, "german_level": {"code": "a1"}, "housing": {"code": "shelter"},
               "health": {"code": "psychological"}, "counsellor": {"code": "no_counsellor"},
               "agencies": {"code": ["none"]}}
    criteria = jmd_criteria_from_answers(answers, TODAY)
    assert {k for k, v in criteria.items() if v} == {"a", "b", "c", "g", "i"}
    assert {k for k, v in criteria.items() if v is None} == {"d", "e", "f", "h", "j", "k", "l"}
    finding = jmd_screening(criteria, PROFILE.rules)
    assert finding.result == "5 von 12 – Case Management angezeigt"
    assert "offen (im Erstgespräch nicht gefragt): d), e), f), h), j), k), l)" in finding.reasons
    prefer_not = jmd_criteria_from_answers({**answers, "health": {"code": "prefer_not"}}, TODAY)
    assert prefer_not["i"] is None  # "prefer not to say" is not a no


A = {"effort_hours": 4, "urgency": 1, "need_fields": 3, "actors": 4, "phase": 2, "family_cases": 3, "barriers": 1}
D = {"effort_hours": 0.25, "urgency": 3, "need_fields": 1, "actors": 0, "phase": 7, "family_cases": 1, "barriers": 3}


@pytest.mark.parametrize(("values", "category"), [
    (A, "A"),  # the A column
    ({**D, "effort_hours": 4, "urgency": 1, "need_fields": 3, "actors": 4}, "A"),  # 4 of 7 at A
    ({**D, "effort_hours": 4, "urgency": 1, "need_fields": 3}, "B"),  # 3 at A count as 3 at B or harder
    ({"effort_hours": 3, "urgency": 2, "need_fields": 2, "actors": 3, "phase": 4, "family_cases": 2,
      "barriers": 2}, "B"),  # the B column
    ({**D, "effort_hours": 3, "urgency": 2}, "C"),  # only 2 at B or harder: C
    ({"effort_hours": 2, "urgency": 3, "need_fields": 1, "actors": 1, "phase": 6, "family_cases": 0,
      "barriers": 3}, "C"),  # the C column
    ({"effort_hours": 0.25}, "D"),  # one criterion: D
])
def test_muenster_categories(values: dict[str, float], category: str) -> None:
    finding = muenster_category(values)
    assert finding.result == category
    assert finding.reasons[0].endswith(f"Stufe {category} oder höher")


@pytest.mark.parametrize(("person", "loads", "expected", "because"), [
    # asylum pending: young → youth migration service; older, or JMD full → refugee counselling; → service point
    (Person("asylum_pending", 22), {}, "jmd", "Jugendmigrationsdienst"),
    (Person("asylum_pending", 30), {}, "fb", "nur bis 27 Jahre (30 Jahre)"),
    (Person("asylum_pending", 22), {"jmd1": 23.4}, "fb", "Jugendmigrationsdienst Musterstadt: voll"),
    (Person("asylum_pending", 22), {"jmd1": 23.4, "fb1": 11.7}, "sp", "Flüchtlingsberatung Diakonie Musterstadt: voll"),
    (Person("duldung", None), {}, "fb", "Alter unbekannt"),
    # right to stay: job-centre case management with SGB II; young → JMD; else MBE in rotation; → service point
    (Person("residence_permit", 40, sgb2=True), {}, "jc", "Kapazität nicht erfasst"),
    (Person("residence_permit", 25), {}, "jmd", "nur mit Leistungen vom Jobcenter"),
    (Person("residence_permit", 40), {}, "mbe_awo", "im Wechsel, zuletzt –"),
    (Person("eu_citizen", 40), {"awo1": 23.4}, "mbe_caritas", "Migrationsberatung AWO Musterstadt: voll"),
    (Person("residence_permit", 40), {"awo1": 23.4, "caritas1": 11.7}, "sp", "Caritas Musterstadt: voll"),
    (Person(None, 40), {}, "mbe_awo", "nicht angegeben"),  # unknown status: the default route
])
def test_moers_hierarchy_with_capacity_fall_through(person: Person, loads: dict[str, float], expected: str,
                                                    because: str) -> None:
    proposal = route(person, PROFILE, Loads(hours=dict(loads)))
    assert proposal.organisation is not None and proposal.organisation.id == expected
    assert any(because in r for r in proposal.reasons), proposal.reasons


def test_mbe_organisations_take_turns() -> None:
    first = route(Person("residence_permit", 40), PROFILE, Loads(last_in_rotation={"mbe": "mbe_awo"}))
    second = route(Person("residence_permit", 40), PROFILE, Loads(last_in_rotation={"mbe": "mbe_caritas"}))
    assert (first.organisation.id, second.organisation.id) == ("mbe_caritas", "mbe_awo")  # type: ignore[union-attr]


def test_the_caseworker_with_the_most_room_is_proposed_and_everyone_full_means_waitlist() -> None:
    proposal = route(Person("asylum_pending", 20), PROFILE, Loads(hours={"jmd1": 20.0}))
    assert proposal.caseworker == "jmd1" and "jmd1 hat 20 von 23.4 Std./Woche belegt" in proposal.reasons[-1]
    nobody = route(Person("asylum_pending", 20), PROFILE, Loads(hours=dict(FULL)))
    assert nobody.organisation is None and "Warteliste" in nobody.reasons[-1]


def test_organisations_the_person_did_not_release_are_passed_over_and_said_so() -> None:
    released = {"sp", "mbe_caritas"}  # the person released the Caritas only (the service point needs none)
    proposal = route(Person("residence_permit", 40), PROFILE, Loads(), released)
    assert proposal.organisation is not None and proposal.organisation.id == "mbe_caritas"
    assert "Migrationsberatung AWO Musterstadt: keine Freigabe der Person zur Weitergabe" in proposal.reasons
    young = route(Person("asylum_pending", 20), PROFILE, Loads(), {"sp"})  # released nothing: JMD skipped
    assert young.organisation is None or young.organisation.id == "sp"
    assert any(r.startswith("Jugendmigrationsdienst") and r.endswith("keine Freigabe der Person zur Weitergabe")
               for r in young.reasons), young.reasons


def test_an_existing_counsellor_comes_first() -> None:
    proposal = route(Person("asylum_pending", 22, has_counsellor=True), PROFILE, Loads())
    assert proposal.organisation is None and "zuerst dorthin zurück" in proposal.reasons[0]


def test_excluded_groups_are_referred() -> None:
    profile = parse_profile({**PROFILE.model_dump(), "routing": {
        **PROFILE.routing.model_dump(), "excluded": {"unaccompanied_minor": "youth_office"}}})  # type: ignore[union-attr]
    proposal = route(Person("unaccompanied_minor", 15), profile, Loads())
    assert proposal.refer == "youth_office" and proposal.organisation is None


def test_a_whole_intake_gets_all_suggestions_with_reasons() -> None:
    answers = {"arrival": {"value": "2024-03"}, "german_level": {"code": "none"}, "housing": {"code": "shelter"},
               "health": {"code": "both"}, "counsellor": {"code": "no_counsellor"}, "agencies": {"code": ["none"]},
               "members": {"items": [{"member_age": {"value": 24}, "member_residence": {"code": "asylum_pending"}}]}}
    assert person_from_answers(answers) == Person("asylum_pending", 24, sgb2=False, has_counsellor=False)
    findings = {f.title: f for f in suggest(answers, True, TODAY, PROFILE, Loads())}
    assert findings["Anspruch"].result == "Case Management"
    assert findings["JMD-Screening"].result.startswith("5 von 12")
    assert findings["Dringlichkeit"].result == "dringend"
    assert findings["Zuständigkeit (Vorschlag)"].result == "Jugendmigrationsdienst Musterstadt (jmd1)"
    # urgent (A), 0 actors (D), no topics known, one case in the family: C – only an estimate, said so
    estimate = findings["Fallkategorie (Münster), vorläufig"]
    assert estimate.result == "C" and "Dringlichkeit: 1 (A)" in estimate.reasons
    assert "schätzt die Fachkraft im Erstkontakt" in estimate.reasons[-1]
    assert all(f.reasons for f in findings.values())


@pytest.mark.parametrize(("change", "message"), [
    ({"caseworkers": [{"username": "x", "organisation": "nowhere", "fte": 1.0}]}, "unknown organisation"),
    ({"routing": {"routes": {"r": {"statuses": ["a"], "steps": [{"to": "martians"}]}}, "default": "r"}},
     "no organisation of kind 'martians'"),
    ({"routing": {"routes": {}, "default": "missing"}}, "no route named 'missing'"),
    ({"caseworkers": [{"username": "x", "organisation": "sp", "fte": 1.5}]}, "caseworkers.0.fte"),
    ({"organisations": [{"id": "sp", "name": "SP", "kind": "service_point", "services": ["astrology"]}]},
     "unknown life domains"),
])
def test_a_broken_profile_is_refused_with_the_place_of_the_error(change: dict[str, object], message: str) -> None:
    data = {**PROFILE.model_dump(), **change}
    with pytest.raises(ProfileError, match=message):
        parse_profile(data, "musterstadt.yaml")


def test_the_service_refuses_to_start_with_a_broken_profile(tmp_path: Path) -> None:
    from backend.container import Container
    from tests.conftest import make_settings

    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\nname: X\ncaseworkers:\n  - {username: a, organisation: nowhere, fte: 1}\n")
    with pytest.raises(ProfileError, match="broken.yaml: .*unknown organisation 'nowhere'"):
        Container.build(make_settings("sqlite+aiosqlite:///:memory:", municipality_profile=broken))


def test_the_barriers_question_answers_most_of_the_jmd_criteria() -> None:
    base = {"arrival": {"value": "2025-03"}, "german_level": {"code": "b1"}, "housing": {"code": "own_flat"},
            "housing_adequate": {"code": "adequate"}, "health": {"code": "none"},
            "counsellor": {"code": "has_counsellor"}, "agencies": {"code": ["jobcentre"]}}
    ticked = {**base, "barriers": {"code": ["no_school_certificate", "debts", "lonely"], "skipped": False}}
    criteria = jmd_criteria_from_answers(ticked, TODAY)
    assert {k for k, v in criteria.items() if v} == {"a", "d", "k", "l"}
    assert {k for k, v in criteria.items() if v is None} == {"j"}  # only delinquency stays for the first talk
    assert jmd_screening(criteria, PROFILE.rules).result == "4 von 12 – Case Management angezeigt"
    skipped = jmd_criteria_from_answers({**base, "barriers": {"skipped": True}}, TODAY)
    assert {k for k, v in skipped.items() if v is None} == {"d", "e", "f", "h", "j", "k", "l"}

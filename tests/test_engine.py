"""The pure dialog engine and script validation (no database, no network, no clock)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.engine import step
from dialogs.loader import ScriptError, load_all, load_script, parse_script
from dialogs.model import (
    Command,
    EditButtons,
    Forget,
    Lines,
    Literal_,
    Msg,
    Press,
    RecordConsent,
    Say,
    Start,
    State,
    SubmitIntake,
    Unsupported,
    UserText,
)
from dialogs.parse import normalise, parse_date, parse_int
from dialogs.recipients import Organisation, bind

AT = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
SCRIPT = load_script(Path(__file__).parent / "scripts" / "minimal.yaml").script  # engine mechanics
INTAKE = load_all()["intake"].script  # the shipped intake

MINI = """
id: mini
start: lang
languages: [de]
nodes:
  - {id: lang, type: language, text: pick-language, next: q}
  - {id: q, type: choice, text: q-german-level, options: [{id: a, text: opt-german-a1}], next: fin}
  - {id: fin, type: end, text: done-next-steps}
"""


def run(events: list, state: State | None = None) -> tuple[State, list]:
    state = state or State()
    actions: list = []
    for ev in events:
        state, out = step(SCRIPT, state, ev)
        actions = out
    return state, actions


def said(actions: list) -> list[str]:
    """The message ids the bot said (without the progress hint, tested on its own)."""
    ids = []
    for a in actions:
        for p in a.parts if isinstance(a, Say) else ():
            for m in p.items if isinstance(p, Lines) else (p,):
                if isinstance(m, Msg) and m.id not in ("progress", "summary-line"):
                    ids.append(m.id)
    return ids


def at_household() -> State:
    state, _ = run([Start(AT), Press(AT, "a:language:de"), Press(AT, "a:consent:yes")])
    assert state.node == "household_size"
    return state


# ------------------------------------------------------------------------------ validation -------------


@pytest.mark.parametrize(
    ("mutation", "node", "reason"),
    [
        (("next: fin}", "next: nowhere}"), "q", "unknown node 'nowhere'"),
        (("{id: a, text", "{id: A-1, text"), "q", "option id"),
        (("- {id: fin, type: end, text: done-next-steps}", "- {id: fin, type: end}"), "fin", "text"),
        (("type: choice", "type: chioce"), "q", "chioce"),
        (("next: fin}", "}"), "q", "dead end"),
        (("start: lang", "start: zz"), None, "start node 'zz' does not exist"),
    ],
)
def test_a_wrong_script_names_file_node_and_reason(mutation: tuple[str, str], node: str | None, reason: str) -> None:
    with pytest.raises(ScriptError) as err:
        parse_script(MINI.replace(*mutation), file="mini.yaml")
    assert err.value.file == "mini.yaml" and err.value.node == node and reason in err.value.reason
    assert str(err.value).startswith("mini.yaml: ")


def test_branch_condition_must_refer_to_a_question() -> None:
    bad = MINI.replace(
        "next: fin}\n", "next: br}\n  - {id: br, type: branch, rules: [{when: {answer: ghost, equals: a}, "
        "next: fin}], default: fin}\n")
    with pytest.raises(ScriptError, match="'ghost', which is not a question"):
        parse_script(bad, file="mini.yaml")


def test_a_sensitive_question_must_be_skippable() -> None:
    with pytest.raises(ScriptError, match="must be skippable"):
        parse_script(MINI.replace("{id: q, type: choice,", "{id: q, type: choice, sensitive: true,"),
                     file="mini.yaml")


def test_unreachable_node_is_an_error() -> None:
    with pytest.raises(ScriptError, match="unreachable"):
        parse_script(MINI + "  - {id: lost, type: end, text: done-next-steps}\n", file="mini.yaml")


def test_button_data_fits_telegram_limit() -> None:
    """Ids are at most 24 characters, so "e:<node>:<node>" stays far below Telegram's 64 bytes."""
    with pytest.raises(ScriptError, match="max 24"):
        parse_script(MINI.replace("{id: a, text", "{id: " + "o" * 25 + ", text"), file="mini.yaml")
    longest = max(len(b.data.encode()) for n in SCRIPT.nodes for b in _all_buttons(n))
    assert longest <= 64


def _all_buttons(node: object) -> list:
    from dialogs.asking import ask

    state = State(status="active", lang="de", answers={"topics": {"code": ["work"]}})
    return [b for a in ask(SCRIPT, state, node) for row in a.buttons for b in row] if node.is_question else []


def test_yaml_error_has_a_line() -> None:
    with pytest.raises(ScriptError, match="line"):
        parse_script("id: x\nnodes: [\n", file="broken.yaml")


# ------------------------------------------------------------------------------ steps ------------------


def test_start_asks_for_language_in_every_language() -> None:
    state, actions = run([Start(AT)])
    assert state.node == "language" and state.status == "active"
    say = actions[0]
    assert [b.data for row in say.buttons for b in row] == [f"a:language:{c}" for c in SCRIPT.languages]


def test_consent_is_recorded_and_no_answer_exists_before_it() -> None:
    state, actions = run([Start(AT), Press(AT, "a:language:ar")])
    assert state.answers == {} and state.lang == "ar" and state.node == "consent"
    state, actions = step(SCRIPT, state, Press(AT, "a:consent:yes"))
    assert RecordConsent("data_processing", True, "consent", "consent-notice") in actions
    assert state.consented


def test_refusal_forgets_and_ends() -> None:
    state, actions = run([Start(AT), Press(AT, "a:language:de"), Press(AT, "a:consent:no")])
    assert any(isinstance(a, Forget) for a in actions)
    assert "declined-info" in said(actions) and state.status == "declined" and state.answers == {}


def test_answers_are_codes_plus_raw_input_and_language() -> None:
    state = at_household()
    state, _ = step(SCRIPT, state, UserText(AT, " ٣ "))
    assert state.answers["household_size"] == {"value": 3, "raw": "٣", "skipped": False, "lang": "de",
                                               "at": AT.isoformat()}
    state, _ = step(SCRIPT, state, UserText(AT, "2024-03"))
    state, _ = step(SCRIPT, state, Press(AT, "a:german_level:b2plus"))
    assert state.answers["german_level"]["code"] == "b2plus" and state.node == "topics"  # branch: no info


def test_branch_shows_interpreter_info_for_little_german() -> None:
    state = at_household()
    for ev in (UserText(AT, "3"), UserText(AT, "3/2024")):
        state, _ = step(SCRIPT, state, ev)
    state, actions = step(SCRIPT, state, Press(AT, "a:german_level:a1"))
    assert said(actions)[:2] == ["info-members", "q-topics"]


@pytest.mark.parametrize(
    ("text", "error"),
    [("viele", "error-number"), ("0", "error-number-range"), ("21", "error-number-range"), ("", "error-number")],
)
def test_bad_numbers_are_explained_and_asked_again(text: str, error: str) -> None:
    state, actions = step(SCRIPT, at_household(), UserText(AT, text))
    assert said(actions) == [error, "q-household-size"] and state.node == "household_size"


@pytest.mark.parametrize(
    ("text", "error"),
    [("13/2024", "error-date-month"), ("gestern", "error-date-month"), ("04/2026", "error-date-future"),
     ("01/1949", "error-date-too-early")],
)
def test_bad_dates_are_explained(text: str, error: str) -> None:
    state, _ = step(SCRIPT, at_household(), UserText(AT, "2"))
    state, actions = step(SCRIPT, state, UserText(AT, text))
    assert said(actions) == [error, "q-arrival"] and state.node == "arrival"


def test_text_at_a_button_question_and_unsupported_media() -> None:
    state, _ = run([Start(AT), Press(AT, "a:language:de")])
    _, actions = step(SCRIPT, state, UserText(AT, "ja"))
    assert said(actions) == ["error-use-buttons", "consent-notice"]
    _, actions = step(SCRIPT, state, Unsupported(AT, "voice"))
    assert said(actions) == ["error-unsupported", "consent-notice"]


def test_stale_and_forged_buttons_reask_the_current_question() -> None:
    state = at_household()
    for data in ("a:language:fa", "a:consent:no", "x:household_size:1", "a:household_size:", "garbage"):
        new, actions = step(SCRIPT, state, Press(AT, data))
        assert said(actions) == ["error-stale-button", "q-household-size"] and new == state


def test_multi_select_toggles_and_requires_one() -> None:
    state = at_household()
    for ev in (UserText(AT, "3"), UserText(AT, "3/2024"), Press(AT, "a:german_level:b1")):
        state, _ = step(SCRIPT, state, ev)
    state, actions = step(SCRIPT, state, Press(AT, "d:topics:"))
    assert said(actions)[0] == "error-pick-at-least"
    state, actions = step(SCRIPT, state, Press(AT, "t:topics:housing"))
    assert isinstance(actions[0], EditButtons) and state.selection == ["housing"]
    state, _ = step(SCRIPT, state, Press(AT, "t:topics:childcare"))
    assert state.selection == ["childcare", "housing"]  # script order, not tap order
    state, actions = step(SCRIPT, state, Press(AT, "d:topics:"))
    assert state.answers["topics"]["code"] == ["childcare", "housing"] and state.node == "summary"


def test_summary_change_returns_to_summary_and_submit_submits() -> None:
    state = at_household()
    for ev in (UserText(AT, "3"), UserText(AT, "3/2024"), Press(AT, "a:german_level:b1"),
               Press(AT, "t:topics:work"), Press(AT, "d:topics:")):
        state, _ = step(SCRIPT, state, ev)
    state, _ = step(SCRIPT, state, Press(AT, "a:summary:change"))
    state, actions = step(SCRIPT, state, Press(AT, "e:summary:topics"))
    assert state.node == "topics" and state.selection == ["work"]
    state, _ = step(SCRIPT, state, Press(AT, "t:topics:health"))
    state, actions = step(SCRIPT, state, Press(AT, "d:topics:"))
    assert state.node == "summary" and state.answers["topics"]["code"] == ["work", "health"]
    state, actions = step(SCRIPT, state, Press(AT, "a:summary:submit"))
    assert SubmitIntake() in actions and state.status == "completed" and "done-next-steps" in said(actions)


def test_language_switch_mid_question_asks_it_again_in_the_new_language() -> None:
    state, _ = step(SCRIPT, at_household(), UserText(AT, "2"))
    state, actions = step(SCRIPT, state, Command(AT, "language"))
    assert state.node == "language" and state.resume_at == "arrival"
    state, actions = step(SCRIPT, state, Press(AT, "a:language:ro"))
    assert state.lang == "ro" and state.node == "arrival" and said(actions) == ["q-arrival"]
    assert state.answers["household_size"]["value"] == 2  # nothing lost


def test_language_switch_while_changing_an_answer_keeps_the_way_back_to_the_summary() -> None:
    state = at_household()
    for ev in (UserText(AT, "3"), UserText(AT, "3/2024"), Press(AT, "a:german_level:b1"),
               Press(AT, "t:topics:work"), Press(AT, "d:topics:"), Press(AT, "a:summary:change"),
               Press(AT, "e:summary:arrival"), Command(AT, "language"), Press(AT, "a:language:en")):
        state, actions = step(SCRIPT, state, ev)
    assert state.node == "arrival" and said(actions) == ["q-arrival"]
    state, actions = step(SCRIPT, state, UserText(AT, "4/2024"))
    assert state.node == "summary" and said(actions) == ["summary-intro"]


def test_changing_an_answer_from_the_summary_follows_branches() -> None:
    state = at_household()
    for ev in (UserText(AT, "3"), UserText(AT, "3/2024"), Press(AT, "a:german_level:b1"),
               Press(AT, "t:topics:work"), Press(AT, "d:topics:"), Press(AT, "a:summary:change"),
               Press(AT, "e:summary:german_level")):
        state, actions = step(SCRIPT, state, ev)
    state, actions = step(SCRIPT, state, Press(AT, "a:german_level:none"))
    assert said(actions) == ["info-members", "summary-intro"]  # the branch now applies
    assert state.answers["topics"]["code"] == ["work"]  # later answers kept


def test_restart_before_choosing_a_language_starts_with_the_language() -> None:
    state, _ = run([Start(AT)])
    state, actions = step(SCRIPT, state, Command(AT, "restart"))
    assert state.node == "language" and state.lang is None


def test_language_after_finishing_then_restart_does_not_end_the_new_intake() -> None:
    state = at_household()
    for ev in (UserText(AT, "3"), UserText(AT, "3/2024"), Press(AT, "a:german_level:b1"),
               Press(AT, "t:topics:work"), Press(AT, "d:topics:"), Press(AT, "a:summary:submit"),
               Command(AT, "language"), Command(AT, "restart"), Press(AT, "a:consent:yes"),
               UserText(AT, "2"), Command(AT, "language")):
        state, actions = step(SCRIPT, state, ev)
    state, actions = step(SCRIPT, state, Press(AT, "a:language:de"))
    assert state.status == "active" and state.node == "arrival" and said(actions) == ["q-arrival"]


def test_restart_and_help() -> None:
    state, _ = step(SCRIPT, at_household(), UserText(AT, "2"))
    _, actions = step(SCRIPT, state, Command(AT, "help"))
    assert said(actions) == ["help", "q-arrival"]
    state, actions = step(SCRIPT, state, Command(AT, "restart"))
    assert state.answers == {} and state.lang == "de" and said(actions)[:3] == ["restarted", "welcome-offer",
                                                                                 "consent-notice"]


def test_start_mid_conversation_welcomes_back_at_the_same_question() -> None:
    state, _ = step(SCRIPT, at_household(), UserText(AT, "2"))
    new, actions = step(SCRIPT, state, Start(AT, payload="campaign-x"))
    assert said(actions) == ["welcome-back", "q-arrival"] and new.answers == state.answers


# ------------------------------------------------------------------------------ parsing ----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3), ("٣", 3), ("۱۲", 12), (" 7 ", 7), ("+2", 2), ("٢٠", 20), ("3.5", None), ("drei", None)],
)
def test_parse_int(text: str, value: int | None) -> None:
    assert parse_int(text) == value


@pytest.mark.parametrize(
    ("text", "precision", "value"),
    [("03/2024", "month", date(2024, 3, 1)), ("3.2024", "month", date(2024, 3, 1)),
     ("2024-03", "month", date(2024, 3, 1)), ("٠٣/٢٠٢٤", "month", date(2024, 3, 1)),
     ("۰۳/۲۰۲۴", "month", date(2024, 3, 1)), ("15.03.2024", "day", date(2024, 3, 15)),
     ("31.02.2024", "day", None), ("13/2024", "month", None), ("2024", "month", None)],
)
def test_parse_date(text: str, precision: str, value: date | None) -> None:
    assert parse_date(text, precision) == value


def test_normalise_letter_variants_and_bidi_marks() -> None:
    assert normalise("\u200fكي\u200e") == "کی"


@given(st.integers(min_value=0, max_value=999999))
def test_any_digit_system_reads_the_same_number(n: int) -> None:
    arabic = str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    persian = str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert parse_int(str(n)) == parse_int(arabic) == parse_int(persian) == n


@given(st.text(max_size=50))
def test_the_engine_never_crashes_on_any_text(text: str) -> None:
    state = at_household()
    new, actions = step(SCRIPT, state, UserText(AT, text))
    assert actions and (new.node in ("household_size", "arrival"))


# ------------------------------------------------------------------------------ commands ---------------


def test_stop_opts_out_and_says_so() -> None:
    from dialogs.model import OptOut

    _, actions = step(SCRIPT, at_household(), Command(AT, "stop"))
    assert OptOut() in actions and said(actions) == ["stopped"]


def test_delete_asks_first_then_forgets() -> None:
    state, actions = step(SCRIPT, at_household(), Command(AT, "delete"))
    assert said(actions) == ["delete-confirm"] and state.confirm == "delete"
    kept, actions = step(SCRIPT, state, Press(AT, "c:delete:no"))
    assert said(actions) == ["delete-cancelled", "q-household-size"] and kept.confirm is None
    _, actions = step(SCRIPT, kept, Press(AT, "c:delete:yes"))  # stale: the question was answered with no
    assert not any(isinstance(a, Forget) for a in actions)
    gone, actions = step(SCRIPT, state, Press(AT, "c:delete:yes"))
    assert any(isinstance(a, Forget) for a in actions) and said(actions) == ["deleted"] and gone.answers == {}


def test_mydata_asks_whether_anyone_else_is_looking_then_exports_and_asks_the_question_again() -> None:
    from dialogs.model import ExportData

    asked, actions = step(SCRIPT, at_household(), Command(AT, "mydata"))
    assert ExportData() not in actions and said(actions) == ["mydata-confirm"] and asked.confirm == "mydata"
    _, actions = step(SCRIPT, asked, Press(AT, "c:mydata:yes"))
    assert ExportData() in actions and said(actions) == ["q-household-size"]
    kept, actions = step(SCRIPT, asked, Press(AT, "c:mydata:no"))
    assert ExportData() not in actions and said(actions) == ["mydata-not-shown", "q-household-size"]
    _, actions = step(SCRIPT, kept, Press(AT, "c:mydata:yes"))  # an old button: nothing is shown
    assert ExportData() not in actions and said(actions)[0] == "error-stale-button"
    _, actions = step(SCRIPT, at_household(), Press(AT, "c:mydata:yes"))  # a forged one, never asked
    assert ExportData() not in actions


def test_flooding_is_answered_once_then_ignored_and_taps_still_work() -> None:
    from datetime import timedelta

    state = at_household()
    replies = []
    for i in range(14):
        state, actions = step(SCRIPT, state, Unsupported(AT + timedelta(seconds=i), "sticker"))
        replies.append(said(actions))
    assert replies[9] == ["error-unsupported", "q-household-size"]
    assert replies[10] == ["error-too-fast"] and replies[11:] == [[], [], []]
    later = AT + timedelta(seconds=60)
    state, actions = step(SCRIPT, state, UserText(later, "3"))  # calm again: answers count
    assert state.answers["household_size"]["value"] == 3


def test_an_edited_message_changes_nothing_and_is_explained() -> None:
    from dialogs.model import Edited

    state, _ = step(SCRIPT, at_household(), UserText(AT, "3"))
    new, actions = step(SCRIPT, state, Edited(AT))
    assert said(actions) == ["error-edited", "q-arrival"] and new.answers == state.answers


# ------------------------------------------------------------------------------ the full intake --------


def intake_run(events: list) -> tuple[State, list]:
    state, actions = State(), []
    for ev in events:
        state, actions = step(INTAKE, state, ev)
    return state, actions


TO_HOUSEHOLD = [Start(AT), Press(AT, "a:language:de"), Press(AT, "a:age_gate:adult"), Press(AT, "a:consent:yes"),
                Press(AT, "d:sharing:"), Press(AT, "a:crisis:none")]


def member(age: str, gender: str, relation: str | None, nationality: str, residence: str | None) -> list:
    events = [UserText(AT, age), Press(AT, f"a:member_gender:{gender}")]
    if relation:
        events.append(Press(AT, f"a:member_relation:{relation}"))
    events.append(Press(AT, f"a:member_nationality:{nationality}"))
    events.append(Press(AT, f"a:member_residence:{residence}") if residence else Press(AT, "s:member_residence:"))
    return events


def test_the_age_check_is_not_stored_and_under_16_leads_to_the_guardian() -> None:
    state, actions = intake_run(TO_HOUSEHOLD[:2] + [Press(AT, "a:age_gate:minor")])
    assert said(actions) == ["info-minor"] and state.answers == {}
    state, actions = step(INTAKE, state, Press(AT, "a:minor_info:guardian"))
    assert state.node == "consent_guardian"
    state, actions = step(INTAKE, state, Press(AT, "a:consent_guardian:yes"))
    assert RecordConsent("data_processing", True, "consent_guardian", "consent-notice-guardian", "guardian") in actions
    _, actions = intake_run(TO_HOUSEHOLD[:2] + [Press(AT, "a:age_gate:minor"), Press(AT, "a:minor_info:anonymous")])
    assert said(actions) == ["declined-info"] and any(isinstance(a, Forget) for a in actions)


def test_the_full_consent_text_is_shown_on_request() -> None:
    state, actions = intake_run(TO_HOUSEHOLD[:3] + [Press(AT, "a:consent:full")])
    assert said(actions) == ["consent-full", "consent-notice"] and state.node == "consent"


def test_sharing_records_one_consent_per_recipient_default_no() -> None:
    """Unbound (no profile, as releases were asked before): one consent per kind of organisation."""
    state, actions = intake_run(TO_HOUSEHOLD[:4] + [Press(AT, "t:sharing:jmd"), Press(AT, "d:sharing:")])
    records = {a.kind: a.granted for a in actions if isinstance(a, RecordConsent)}
    assert records == {"share_jobcentre": False, "share_foreigners_office": False, "share_jmd": True,
                       "share_mbe": False, "share_refugee_counselling": False}
    assert state.answers["sharing"]["code"] == ["jmd"]


MUSTERSTADT = [Organisation("jmd", "Jugendmigrationsdienst Musterstadt", "jmd"),
               Organisation("fb", "Flüchtlingsberatung Diakonie Musterstadt", "refugee_counselling"),
               Organisation("mbe_awo", "Migrationsberatung AWO Musterstadt", "mbe"),
               Organisation("mbe_caritas", "Migrationsberatung Caritas Musterstadt", "mbe"),
               Organisation("jc", "Jobcenter Musterstadt (Fallmanagement)", "jobcentre_cm"),
               Organisation("ja", "Jugendamt Musterstadt", "youth_office")]


def test_bound_to_the_profile_the_person_releases_each_organisation_by_name() -> None:
    """DOMAIN §7, "per recipient": the two migration counselling services are two releases; a kind the
    town has none of (foreigners' office) or the script does not ask about (youth office) is not asked."""
    bound = bind(INTAKE, MUSTERSTADT)
    state = State()
    for ev in TO_HOUSEHOLD[:4]:
        state, actions = step(bound, state, ev)
    question = actions[-1]
    labels = [b.label for row in question.buttons for b in row]
    assert labels[:-1] == [Literal_("Jobcenter Musterstadt (Fallmanagement)"),
                           Literal_("Jugendmigrationsdienst Musterstadt"), Literal_("Migrationsberatung AWO Musterstadt"),
                           Literal_("Migrationsberatung Caritas Musterstadt"),
                           Literal_("Flüchtlingsberatung Diakonie Musterstadt")]
    listed = question.parts[1].items  # each by name with what kind of place it is, in the person's language
    assert listed[2] == Msg("recipient-line", {"name": Literal_("Migrationsberatung AWO Musterstadt"),
                                               "kind": Msg("recipient-mbe")})
    for ev in (Press(AT, "t:sharing:mbe_awo"), Press(AT, "d:sharing:")):
        state, actions = step(bound, state, ev)
    records = {a.kind: a.granted for a in actions if isinstance(a, RecordConsent)}
    assert records == {"release_jc": False, "release_jmd": False, "release_mbe_awo": True,
                       "release_mbe_caritas": False, "release_fb": False}
    assert state.answers["sharing"]["code"] == ["mbe_awo"]
    assert bind(INTAKE, []) is INTAKE  # no organisations: asked as the script says


def test_a_release_given_by_kind_starts_selected_for_each_organisation_of_it() -> None:
    """Someone who allowed "migration counselling" before is shown both services ticked under /consent:
    pressing done without a change withdraws nothing."""
    bound = bind(INTAKE, MUSTERSTADT)
    state, _ = intake_run(TO_HOUSEHOLD[:4] + [Press(AT, "t:sharing:mbe"), Press(AT, "d:sharing:")])
    state, actions = step(bound, state, Command(AT, "consent"))
    assert state.selection == ["mbe_awo", "mbe_caritas"]
    state, actions = step(bound, state, Press(AT, "d:sharing:"))
    records = {a.kind: a.granted for a in actions if isinstance(a, RecordConsent)}
    assert records["release_mbe_awo"] and records["release_mbe_caritas"] and not records["release_jmd"]


def test_an_acute_crisis_shows_help_at_once_and_flags_the_intake() -> None:
    state, actions = intake_run(TO_HOUSEHOLD[:5] + [Press(AT, "a:crisis:acute")])
    assert said(actions) == ["info-crisis", "q-household-size"] and state.flags == ["urgent"]


def test_each_household_member_is_asked_with_their_number() -> None:
    state, actions = intake_run(TO_HOUSEHOLD + [UserText(AT, "3")])
    assert said(actions) == ["info-members", "q-member-age"]
    ask_age = [p for a in actions for p in a.parts if isinstance(p, Lines)][0].items[1]
    assert ask_age.args == {"index": 1, "count": 3}
    events = member("34", "female", None, "syria", "asylum_pending") + member("36", "male", "partner", "syria", None)
    events += member("٧", "female", "child", "syria", "asylum_pending")
    for ev in events:
        state, actions = step(INTAKE, state, ev)
    items = state.answers["members"]["items"]
    assert [i["member_age"]["value"] for i in items] == [34, 36, 7]
    assert "member_relation" not in items[0] and items[1]["member_relation"]["code"] == "partner"
    assert items[1]["member_residence"]["skipped"] and state.node == "arrival" and state.loop is None


def test_children_needs_are_asked_only_when_a_minor_lives_in_the_household() -> None:
    rest = [UserText(AT, "03/2024"), UserText(AT, "04/2024"), Press(AT, "t:family_languages:arabic"),
            Press(AT, "d:family_languages:"), Press(AT, "a:german_level:a1"), Press(AT, "a:interpreter:needed"),
            Press(AT, "a:interpreter_language:arabic"), Press(AT, "a:housing:shelter"),
            Press(AT, "a:housing_adequate:not_adequate"), Press(AT, "s:health:")]
    adults = TO_HOUSEHOLD + [UserText(AT, "1")] + member("40", "male", None, "iraq", "duldung") + rest
    state, _ = intake_run(adults)
    assert state.node == "reunification"
    family = TO_HOUSEHOLD + [UserText(AT, "2")] + member("40", "male", None, "iraq", "duldung")
    family += member("12", "female", "child", "iraq", "duldung") + rest
    state, _ = intake_run(family)
    assert state.node == "children_needs"


def test_progress_counts_the_main_questions() -> None:
    state, actions = intake_run(TO_HOUSEHOLD)
    hint = [p for a in actions for p in a.parts if isinstance(p, Lines)][0].items[0]
    assert hint == Msg("progress", {"current": 2, "total": 16})


def test_changing_the_household_size_asks_every_member_again() -> None:
    state, _ = intake_run(TO_HOUSEHOLD + [UserText(AT, "1")] + member("40", "male", None, "iraq", "duldung"))
    for ev in (UserText(AT, "03/2024"), UserText(AT, "04/2024")):
        state, _ = step(INTAKE, state, ev)
    state.node, state.return_to = "household_size", "summary"  # as after "change" on the summary
    state, actions = step(INTAKE, state, UserText(AT, "2"))
    assert state.node == "member_age" and state.loop == {"node": "members", "index": 1, "count": 2}


def test_consent_to_sharing_can_be_changed_at_any_time() -> None:
    state, _ = intake_run(TO_HOUSEHOLD[:4] + [Press(AT, "t:sharing:mbe"), Press(AT, "d:sharing:"),
                                              Press(AT, "a:crisis:none")])
    state, actions = step(INTAKE, state, Command(AT, "consent"))
    assert state.node == "sharing" and state.selection == ["mbe"]
    state, _ = step(INTAKE, state, Press(AT, "t:sharing:mbe"))
    state, _ = step(INTAKE, state, Press(AT, "t:sharing:jobcentre"))
    state, actions = step(INTAKE, state, Press(AT, "d:sharing:"))
    records = {a.kind: a.granted for a in actions if isinstance(a, RecordConsent)}
    assert records["share_jobcentre"] and not records["share_mbe"]
    assert said(actions) == ["consent-updated", "q-household-size"] and state.node == "household_size"
    assert state.answers["sharing"]["code"] == ["jobcentre"]


def test_consent_command_before_consenting_changes_nothing() -> None:
    state, _ = intake_run(TO_HOUSEHOLD[:3])
    new, actions = step(INTAKE, state, Command(AT, "consent"))
    assert new.node == "consent" and said(actions) == ["consent-notice"]
    assert not any(isinstance(a, RecordConsent) for a in actions)


def test_over_long_free_text_is_refused_with_the_limit_and_asked_again() -> None:
    remarks = INTAKE.node("remarks")
    state = State(status="active", lang="de", node="remarks", consented=True)
    new, actions = step(INTAKE, state, UserText(AT, "x" * 1001))
    assert said(actions) == ["error-too-long", "q-remarks"] and "remarks" not in new.answers
    error = next(p for a in actions for p in a.parts if isinstance(p, Msg) and p.id == "error-too-long")
    assert error.args == {"max": remarks.max_length, "length": 1001}
    new, _ = step(INTAKE, state, UserText(AT, "x" * 1000))
    assert new.answers["remarks"]["value"] == "x" * 1000


# ------------------------------------------------------------------------------ review regressions -----


def _to_summary(household_events: list, **kw: str) -> State:
    events = TO_HOUSEHOLD[:5] + [Press(AT, f"a:crisis:{kw.get('crisis', 'none')}")] + household_events + [
        UserText(AT, "03/2024"), UserText(AT, "04/2024"), Press(AT, "t:family_languages:arabic"),
        Press(AT, "d:family_languages:"), Press(AT, "a:german_level:a1"),
        Press(AT, f"a:interpreter:{kw.get('interpreter', 'not_needed')}")]
    if kw.get("interpreter") == "needed":
        events.append(Press(AT, "a:interpreter_language:arabic"))
    events += [Press(AT, "a:housing:shelter"), Press(AT, "s:housing_adequate:"), Press(AT, "s:health:")]
    state, _ = intake_run(events)
    if state.node == "children_needs":
        state, _ = step(INTAKE, state, Press(AT, "t:children_needs:daycare"))
        state, _ = step(INTAKE, state, Press(AT, "d:children_needs:"))
    for ev in (Press(AT, "s:reunification:"), Press(AT, "t:work:looking"), Press(AT, "d:work:"),
               Press(AT, "s:barriers:"), Press(AT, "t:agencies:none"), Press(AT, "d:agencies:"),
               Press(AT, "a:counsellor:no_counsellor"), Press(AT, "s:topics:"), Press(AT, "s:remarks:")):
        state, _ = step(INTAKE, state, ev)
    assert state.node == "summary"
    return state


ONE_ADULT = [UserText(AT, "1")] + member("40", "male", None, "iraq", "duldung")
PARENT_AND_CHILD = [UserText(AT, "2")] + member("40", "male", None, "iraq", "duldung") + member(
    "6", "female", "child", "iraq", "duldung")


def test_nested_detours_return_to_the_same_household_member() -> None:
    state, _ = intake_run(TO_HOUSEHOLD + [UserText(AT, "2")] + member("40", "male", None, "iraq", "duldung"))
    assert state.node == "member_age" and state.loop["index"] == 2
    for ev in (Command(AT, "consent"), Command(AT, "language"), Press(AT, "a:language:fa")):
        state, actions = step(INTAKE, state, ev)
    assert state.node == "member_age" and state.loop["index"] == 2 and said(actions) == ["q-member-age"]
    state, _ = step(INTAKE, state, Command(AT, "consent"))
    state, actions = step(INTAKE, state, Press(AT, "d:sharing:"))
    assert state.node == "member_age" and state.loop["index"] == 2


def test_taking_back_the_crisis_removes_the_urgent_flag() -> None:
    state = _to_summary(ONE_ADULT, crisis="acute")
    assert state.flags == ["urgent"]
    for ev in (Press(AT, "a:summary:change"), Press(AT, "e:summary:crisis"), Press(AT, "a:crisis:none")):
        state, actions = step(INTAKE, state, ev)
    assert state.node == "summary" and state.flags == [] and "info-crisis" not in said(actions)


def test_answers_of_a_branch_no_longer_taken_are_dropped_at_the_summary() -> None:
    state = _to_summary(PARENT_AND_CHILD, interpreter="needed")
    assert {"children_needs", "interpreter_language"} <= set(state.answers)
    for ev in (Press(AT, "a:summary:change"), Press(AT, "e:summary:interpreter"),
               Press(AT, "a:interpreter:not_needed")):
        state, _ = step(INTAKE, state, ev)
    assert state.node == "summary" and "interpreter_language" not in state.answers
    shown = []
    for ev in [Press(AT, "a:summary:change"), Press(AT, "e:summary:household_size"), UserText(AT, "1"),
               *member("40", "male", None, "iraq", "duldung")]:
        state, actions = step(INTAKE, state, ev)
        shown += said(actions)
    assert state.node == "summary" and "children_needs" not in state.answers
    assert "info-members" in shown  # the edited question's own follow-up message is shown


def test_a_skipped_multi_choice_leaves_no_ticks_for_the_next_one() -> None:
    state = _to_summary(ONE_ADULT)
    for ev in (Press(AT, "a:summary:change"), Press(AT, "e:summary:topics"), Press(AT, "t:topics:legal"),
               Press(AT, "s:topics:")):
        state, _ = step(INTAKE, state, ev)
    assert state.selection == [] and state.answers["topics"]["skipped"]


def test_a_guardian_signs_the_sharing_consents_too() -> None:
    state, _ = intake_run(TO_HOUSEHOLD[:2] + [Press(AT, "a:age_gate:minor"), Press(AT, "a:minor_info:guardian"),
                                               Press(AT, "a:consent_guardian:yes"), Press(AT, "t:sharing:jmd")])
    _, actions = step(INTAKE, state, Press(AT, "d:sharing:"))
    assert {a.signatory for a in actions if isinstance(a, RecordConsent)} == {"guardian"}


def test_an_old_delete_confirmation_is_no_longer_valid() -> None:
    state, _ = intake_run(TO_HOUSEHOLD + [Command(AT, "delete")])
    state, _ = step(INTAKE, state, UserText(AT, "2"))
    state, actions = step(INTAKE, state, Press(AT, "c:delete:yes"))
    assert not any(isinstance(a, Forget) for a in actions) and state.answers["household_size"]["value"] == 2


def test_a_first_event_other_than_start_still_begins_the_conversation() -> None:
    for first in (Press(AT, "c:delete:yes"), Command(AT, "help")):
        state, actions = step(INTAKE, State(), first)
        assert state.status == "active" and state.node == "language", first
    state, _ = step(INTAKE, State(), Command(AT, "mydata"))  # waits for the answer to "is anyone looking?"
    state, actions = step(INTAKE, state, Press(AT, "c:mydata:no"))
    assert state.status == "active" and state.node == "language"
    state, _ = step(INTAKE, State(), Command(AT, "delete"))
    state, actions = step(INTAKE, state, Press(AT, "c:delete:no"))
    assert state.node == "language"


def test_sharing_with_nobody_reads_as_no_one_not_as_not_stated() -> None:
    from dialogs.answers import answer_value

    assert answer_value(INTAKE.node("sharing"), {"code": []}) == Msg("answer-nobody")
    assert answer_value(INTAKE.node("topics"), {"code": []}) == Msg("answer-none")

"""The audit log speaks German: every action the code writes has a label (the data-protection officer
reads them, and filters by them), and so has every kind of record."""

from __future__ import annotations

import re
from pathlib import Path

from backend.audit_labels import ACTIONS, TYPES

ROOT = Path(__file__).resolve().parent.parent
CALL = re.compile(r'audit\(\s*session,\s*[^,]+,\s*(f?"[^"]+"|[a-z_]+),\s*"([a-z_]+)"')
# actions passed as variables: what each variable can hold
DYNAMIC = {"action": {"admit", "refer", "waitlist", "decline"}, "to": {"accepted", "rejected", "revoked", "transferred"},
           "result": {"attended", "no_show"}, "what": {"moved", "proposed"},
           'f"{what}_failed"': {"login_failed", "password_check_failed", "code_failed"}}


def written() -> tuple[set[str], set[str]]:
    actions, types = set(), set()
    for path in [*ROOT.glob("backend/*.py"), *ROOT.glob("storage/*.py"), *ROOT.glob("bot/*.py")]:
        for action, kind in CALL.findall(path.read_text()):
            actions |= DYNAMIC[action] if action in DYNAMIC else {action.strip('"')}
            types.add(kind)
    return actions, types


def test_every_action_and_record_kind_in_the_log_has_a_german_label() -> None:
    actions, types = written()
    assert len(actions) > 40 and {"login", "emergency_access", "release_withdrawn"} <= actions  # the scan works
    assert actions - set(ACTIONS) == set(), "actions without a label in backend/audit_labels.py"
    assert types - set(TYPES) == set(), "record kinds without a label"

"""The data map covers every table, and the record of processing activities (Art. 30 GDPR) in docs/ is the
one it generates – a new table without an entry, or a changed entry without a new record, fails."""

from __future__ import annotations

from pathlib import Path

from backend.cli import main as cli
from storage.data_map import ACTIVITIES, PLACES
from storage.models import Base

ROOT = Path(__file__).resolve().parent.parent


def test_every_table_is_in_the_data_map_with_a_known_activity() -> None:
    assert set(Base.metadata.tables) == set(PLACES), set(Base.metadata.tables) ^ set(PLACES)
    assert {p.activity for p in PLACES.values()} <= set(ACTIVITIES)


def test_the_record_in_docs_is_the_generated_one(capsys: object) -> None:
    assert cli(["privacy", "record"]) == 0
    printed = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "Verzeichnis von Verarbeitungstätigkeiten" in printed and "`case_notes`" in printed
    assert (ROOT / "docs" / "record-of-processing.md").read_text(encoding="utf-8") == printed, \
        "docs/record-of-processing.md is out of date: `ankommen privacy record > docs/record-of-processing.md`"

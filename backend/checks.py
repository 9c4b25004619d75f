"""`ankommen dialogs check` and `ankommen locales check`: problems a coordinator or translator must fix."""

from __future__ import annotations

from pathlib import Path

from fluent.syntax import FluentParser
from fluent.syntax.ast import Junk, Message, VariableReference
from fluent.syntax.visitor import Visitor

from bot.l10n import LOCALES_DIR
from dialogs.loader import ENGINE_TEXTS, SCRIPTS_DIR, ScriptError, load_script

SOURCE = "de"


class _Vars(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: VariableReference) -> None:  # noqa: N802 (visitor API)
        self.names.add(node.id.name)


def _messages(lang_dir: Path) -> tuple[dict[str, Message], list[str]]:
    parser, messages, problems = FluentParser(), {}, []
    for ftl in sorted(lang_dir.glob("*.ftl")):
        for entry in parser.parse(ftl.read_text(encoding="utf-8")).body:
            if isinstance(entry, Junk):
                problems.append(f"{ftl.relative_to(lang_dir.parent)}: syntax error: {entry.annotations[0].message}")
            elif isinstance(entry, Message):
                if entry.id.name in messages:
                    problems.append(f"{ftl.relative_to(lang_dir.parent)}: duplicate message {entry.id.name}")
                messages[entry.id.name] = entry
    return messages, problems


def _vars(msg: Message) -> set[str]:
    v = _Vars()
    v.visit(msg)
    return v.names


def locales_check(locales: Path = LOCALES_DIR) -> list[str]:
    """Every language has every message of the German source, no stray ones, the same variables."""
    source, problems = _messages(locales / SOURCE)
    for lang_dir in sorted(p for p in locales.iterdir() if p.is_dir() and p.name != SOURCE):
        msgs, errs = _messages(lang_dir)
        problems += errs
        for mid in sorted(set(source) - set(msgs)):
            problems.append(f"{lang_dir.name}: missing {mid}")
        for mid in sorted(set(msgs) - set(source)):
            problems.append(f"{lang_dir.name}: {mid} does not exist in the German source")
        for mid in sorted(set(source) & set(msgs)):
            extra = _vars(msgs[mid]) - _vars(source[mid])
            if extra:
                problems.append(f"{lang_dir.name}: {mid} uses unknown variables {sorted(extra)}")
    if not source:
        problems.append(f"{SOURCE}: no messages found in {locales / SOURCE}")
    return problems


def coverage_table(locales: Path = LOCALES_DIR) -> str:
    """Per language: messages present of the German source, missing, coverage."""
    source, _ = _messages(locales / SOURCE)
    lines = [f"{'language':<10} {'messages':>8} {'missing':>8} {'coverage':>9}"]
    for lang_dir in sorted(p for p in locales.iterdir() if p.is_dir()):
        msgs, _ = _messages(lang_dir)
        present = len(set(source) & set(msgs))
        missing = len(set(source) - set(msgs))
        share = 100.0 * present / len(source) if source else 0.0
        lines.append(f"{lang_dir.name:<10} {present:>8} {missing:>8} {share:>8.1f}%")
    return "\n".join(lines)


def dialogs_check(scripts: Path = SCRIPTS_DIR, locales: Path = LOCALES_DIR) -> list[str]:
    """Every script loads (graph checks included) and every text it uses exists in each of its languages."""
    problems = []
    for path in sorted(scripts.glob("*.yaml")):
        try:
            sv = load_script(path)
        except ScriptError as exc:
            problems.append(str(exc))
            continue
        for lang in sv.script.languages:
            if not (locales / lang).is_dir():
                problems.append(f"{path.name}: language {lang} has no folder locales/{lang}")
                continue
            msgs, _ = _messages(locales / lang)
            for mid in sorted(sv.script.text_ids() | ENGINE_TEXTS):
                if mid not in msgs:
                    problems.append(f"{path.name}: text {mid} missing in {lang}")
    return problems

"""Load and validate dialog scripts. A wrong script fails with file, node and reason."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from dialogs.schema import (
    CALLBACK_LIMIT,
    AppointmentNode,
    BranchNode,
    ConsentNode,
    EndNode,
    LanguageNode,
    MultiChoiceNode,
    NumberNode,
    RepeatNode,
    Script,
    SharingNode,
    SummaryNode,
)

SCRIPTS_DIR = Path(__file__).resolve().parent


# Texts the engine itself uses (errors, commands), needed by every script.
ENGINE_TEXTS = {
    "help", "welcome-back", "restarted", "finished-already", "finished-welcome-back", "error-unsupported",
    "error-stale-button", "error-use-buttons", "error-pick-at-least", "error-empty", "error-too-long",
    "error-number", "error-number-range", "error-date-month", "error-date-day", "error-date-future",
    "error-date-too-early", "error-internal", "button-skip", "summary-line", "answer-skipped", "answer-none",
    "cmd-start", "cmd-help", "cmd-language", "cmd-restart", "cmd-stop", "cmd-delete", "cmd-mydata",
    "error-too-fast", "error-edited", "stopped", "delete-confirm", "button-delete-yes", "button-delete-no",
    "deleted", "delete-cancelled", "mydata-intro", "mydata-no-answers", "mydata-consent", "mydata-file",
    "keyword-stop", "progress", "cmd-consent", "consent-updated",
}


class ScriptError(ValueError):
    def __init__(self, file: str, node: str | None, reason: str):
        self.file, self.node, self.reason = file, node, reason
        where = f"node '{node}'" if node else "script"
        super().__init__(f"{file}: {where}: {reason}")


@dataclass(frozen=True)
class ScriptVersion:
    """An immutable, parsed script plus the version id that running conversations pin."""

    script: Script
    version: str  # content hash of the YAML source
    source: str
    file: str

    @property
    def id(self) -> str:
        return self.script.id


def version_of(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when installed: the same YAML, faster


def read_yaml(source: str) -> Any:
    """`yaml.safe_load`, with libyaml's parser when it is there (errors carry the same line marks)."""
    return yaml.load(source, Loader=_LOADER)  # noqa: S506 – a safe loader


def parse_script(source: str, file: str = "<script>") -> ScriptVersion:
    try:
        data = read_yaml(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ScriptError(file, None, f"not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ScriptError(file, None, "a script is a mapping with id, start, languages and nodes")
    try:
        script = Script.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"]
        node = None
        if len(loc) >= 2 and loc[0] == "nodes" and isinstance(loc[1], int):
            raw = (data.get("nodes") or [])[loc[1]]
            node = raw.get("id") if isinstance(raw, dict) else None
            node = node or f"#{loc[1] + 1}"
            loc = loc[2:]
            if loc and loc[0] in _NODE_TYPES:  # the discriminator tag pydantic puts first
                loc = loc[1:]
        field = ".".join(str(x) for x in loc)
        raise ScriptError(file, node, f"{field + ': ' if field else ''}{err['msg']}") from None
    check_graph(script, file)
    return ScriptVersion(script=script, version=version_of(source), source=source, file=file)


def load_script(path: str | Path) -> ScriptVersion:
    path = Path(path)
    return parse_script(path.read_text(encoding="utf-8"), file=path.name)


def load_all(directory: Path = SCRIPTS_DIR) -> dict[str, ScriptVersion]:
    scripts = {}
    for path in sorted(directory.glob("*.yaml")):
        sv = load_script(path)
        scripts[sv.id] = sv
    return scripts


_NODE_TYPES = {
    "message", "language", "choice", "multi_choice", "text", "number", "date",
    "consent", "sharing", "repeat", "branch", "summary", "end",
}


def check_graph(script: Script, file: str) -> None:
    """Structural checks pydantic cannot do: references, reachability, dead ends, callback sizes."""
    seen: set[str] = set()
    for node in script.nodes:
        if node.id in seen:
            raise ScriptError(file, node.id, "duplicate node id")
        seen.add(node.id)
    by_id = script.by_id
    if script.start not in by_id:
        raise ScriptError(file, None, f"start node '{script.start}' does not exist")
    if script.restart_at and script.restart_at not in by_id:
        raise ScriptError(file, None, f"restart_at node '{script.restart_at}' does not exist")
    if script.source_language not in script.languages:
        raise ScriptError(file, None, f"source language '{script.source_language}' is not among the languages")
    questions = {n.id for n in script.nodes if n.is_question or isinstance(n, RepeatNode)} | {"_index"}
    loops = script.loop_of
    for rep in (n for n in script.nodes if isinstance(n, RepeatNode)):
        if not isinstance(by_id.get(rep.count), NumberNode):
            raise ScriptError(file, rep.id, f"count '{rep.count}' must be a number question")
        body = {nid for nid, owner in loops.items() if owner == rep.id}
        for nid in body:
            node = by_id[nid]
            if isinstance(node, EndNode | SummaryNode | ConsentNode | LanguageNode | RepeatNode):
                raise ScriptError(file, nid, f"a {node.type} node cannot be repeated inside '{rep.id}'")
            for target in node.targets():
                if target not in body and target != rep.id:
                    raise ScriptError(file, nid, f"leaves the repeat '{rep.id}' (to '{target}') without returning")
    for node in script.nodes:
        if node.id not in loops:
            for target in node.targets():
                if target in loops and not (isinstance(node, RepeatNode) and target == node.body):
                    raise ScriptError(file, node.id, f"jumps into the repeat body at '{target}'")
    for node in script.nodes:
        for target in node.targets():
            if target not in by_id:
                raise ScriptError(file, node.id, f"leads to unknown node '{target}'")
        if not isinstance(node, EndNode | BranchNode) and not node.next:
            only_option_next = getattr(node, "options", None) and all(o.next for o in node.options)
            if not only_option_next:
                raise ScriptError(file, node.id, "dead end: no 'next' (only 'end' nodes may stop)")
        if isinstance(node, AppointmentNode):
            for ref in (node.language_from, node.interpreter_from):
                if ref and ref not in questions:
                    raise ScriptError(file, node.id, f"refers to '{ref}', which is not a question")
        if isinstance(node, BranchNode):
            for rule in node.rules:
                for ref in rule.when.answers_used():
                    if ref not in questions:
                        raise ScriptError(file, node.id, f"condition refers to '{ref}', which is not a question")
                for repeat, refs in rule.when.item_answers_used():
                    body = {nid for nid, owner in loops.items() if owner == repeat}
                    for ref in refs - body - {"_index"}:
                        raise ScriptError(file, node.id, f"condition on the items of '{repeat}' refers to '{ref}', "
                                                         "which is not a question inside that repeat")
        if node.is_question and node.sensitive and not node.skippable:
            raise ScriptError(file, node.id, "a sensitive question must be skippable (skippable: true)")
        options = getattr(node, "options", None) or []
        ids = [o.id for o in options]
        if len(ids) != len(set(ids)):
            raise ScriptError(file, node.id, "duplicate option id")
        for data in _callback_samples(node, ids):
            if len(data.encode("utf-8")) > CALLBACK_LIMIT:
                raise ScriptError(file, node.id, f"button data '{data}' exceeds {CALLBACK_LIMIT} bytes")
    reachable = _reachable(script)
    for node in script.nodes:
        if node.id not in reachable:
            raise ScriptError(file, node.id, "unreachable from the start node")
    if not any(isinstance(n, LanguageNode) for n in script.nodes):
        raise ScriptError(file, None, "a script needs a language node")


def _callback_samples(node: Any, option_ids: list[str]) -> list[str]:
    samples = [f"a:{node.id}:{o}" for o in option_ids]
    if isinstance(node, MultiChoiceNode):
        samples += [f"t:{node.id}:{o}" for o in option_ids] + [f"d:{node.id}:"]
    if isinstance(node, ConsentNode):
        samples += [f"a:{node.id}:yes", f"a:{node.id}:no", f"a:{node.id}:full"]
    if isinstance(node, SharingNode):
        samples += [f"t:{node.id}:{o}" for o in option_ids] + [f"d:{node.id}:"]
    if isinstance(node, SummaryNode):
        samples += [f"a:{node.id}:change", "e:" + node.id + ":" + "x" * 24]
    if isinstance(node, AppointmentNode):
        samples += [f"a:{node.id}:home_visit", f"b:{node.id}:{2**31:d}.{2**40:x}"]
    if node.skippable:
        samples.append(f"s:{node.id}:")
    return samples


def _reachable(script: Script) -> set[str]:
    by_id = script.by_id
    todo, seen = [script.start], set()
    while todo:
        nid = todo.pop()
        if nid in seen:
            continue
        seen.add(nid)
        todo.extend(by_id[nid].targets())
    return seen

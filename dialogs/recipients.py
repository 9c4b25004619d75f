"""Releases per organisation (DOMAIN §7: "per case and per recipient"). A sharing node marked
`recipients: profile` lists the kinds of organisation a script asks about (JMD, migration counselling,
job centre…); bound to the municipality profile it asks about every organisation of those kinds by name,
one toggle each, and records each as its own consent (`release_<organisation id>`). A kind the profile
has no organisation of is not asked about at all. Pure: the profile's organisations come as data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from dialogs.loader import ScriptVersion
from dialogs.schema import Option, Script, SharingNode


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    kind: str


def _bound(node: SharingNode, organisations: Sequence[Organisation]) -> dict[str, Any] | None:
    options = [Option(id=org.id, text=o.text, name=org.name, consent=f"release_{org.id}", group=o.id)
               for o in node.options for org in organisations if org.kind == (o.kind or o.id)]
    if not options:  # nobody of these kinds here: the question stays as the script asks it
        return None
    return {**node.model_dump(), "options": [o.model_dump() for o in options], "recipients": "bound"}


def bind(script: Script, organisations: Sequence[Organisation]) -> Script:
    """The script with each `recipients: profile` sharing node asking about these organisations."""
    nodes, changed = [], False
    for node in script.nodes:
        bound = (_bound(node, organisations)
                 if isinstance(node, SharingNode) and node.recipients == "profile" else None)
        changed = changed or bound is not None
        nodes.append(bound if bound is not None else node.model_dump())
    if not changed:
        return script
    return Script.model_validate({**script.model_dump(), "nodes": nodes})


def bind_version(sv: ScriptVersion, organisations: Sequence[Organisation]) -> ScriptVersion:
    script = bind(sv.script, organisations)
    return sv if script is sv.script else replace(sv, script=script)

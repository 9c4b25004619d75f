"""The shape of a dialog script, validated on load.

A script is data (YAML): a list of nodes with stable ids. Every text is a Fluent message id; every option
has a stable id; answers are stored under node ids as language-neutral codes. Validation errors name the
file, the node and the reason (see `dialogs.loader`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,23}$")
MSG_RE = re.compile(r"^[a-z][a-z0-9-]*$")
# Telegram allows 64 bytes of callback data; ours is "<verb>:<node>:<option>".
CALLBACK_LIMIT = 64


def _check_id(value: str, what: str) -> str:
    if not ID_RE.match(value):
        raise ValueError(f"{what} {value!r} must be lower-case letters, digits or _ (max 24, starts with a letter)")
    return value


def _check_msg(value: str) -> str:
    if not MSG_RE.match(value):
        raise ValueError(f"text id {value!r} is not a valid Fluent message id")
    return value


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Base):
    id: str
    text: str
    next: str | None = None
    flags: list[str] = Field(default_factory=list)  # e.g. [urgent]: marks the intake for staff
    # a sharing node's option stands for a kind of organisation of the profile (default: its id)
    kind: str | None = None
    # set when a sharing node is bound to the profile (`dialogs.recipients`), one option per organisation:
    # its name (shown as written), the consent its release is recorded as, the kind option it came from
    name: str | None = Field(None, max_length=60)
    consent: str | None = Field(None, pattern=r"^release_[a-z][a-z0-9_]{0,23}$")
    group: str | None = None

    @field_validator("id")
    @classmethod
    def v_id(cls, v: str) -> str:
        return _check_id(v, "option id")

    @field_validator("text")
    @classmethod
    def v_text(cls, v: str) -> str:
        return _check_msg(v)


class Condition(_Base):
    """A test on an earlier answer. Exactly one comparison is given (or a combination via all/any/not)."""

    answer: str | None = None
    equals: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    contains: str | None = None
    gte: float | None = None
    lte: float | None = None
    is_set: bool | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")
    items: str | None = None  # a repeat node: true when `where` holds for any of its items
    where: Condition | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _shape(self) -> Condition:
        if self.items is not None or self.where is not None:
            if self.items is None or self.where is None or self.answer is not None:
                raise ValueError("'items' (a repeat node) and 'where' (a condition on each item) go together")
            return self
        combos = [x for x in (self.all, self.any, self.not_) if x is not None]
        tests = [
            x for x in (self.equals, self.in_, self.contains, self.gte, self.lte, self.is_set) if x is not None
        ]
        if combos:
            if len(combos) > 1 or self.answer is not None or tests:
                raise ValueError("a condition combines with exactly one of all/any/not and nothing else")
        else:
            if self.answer is None:
                raise ValueError("a condition needs 'answer' (the id of an earlier question)")
            if len(tests) != 1 and not (self.gte is not None and self.lte is not None and len(tests) == 2):
                raise ValueError("a condition needs one test: equals, in, contains, gte/lte or is_set")
        return self

    def answers_used(self) -> set[str]:
        """Top-level questions (and repeat nodes) this condition reads; '_index' is the repeat index."""
        if self.items is not None:
            return {self.items}
        used = {self.answer} if self.answer else set()
        for sub in (self.all or []) + (self.any or []) + ([self.not_] if self.not_ else []):
            used |= sub.answers_used()
        return used

    def item_answers_used(self) -> list[tuple[str, set[str]]]:
        """For each `items` test inside: the repeat node and the questions of its body that `where` reads."""
        if self.items is not None and self.where is not None:
            return [(self.items, self.where.answers_used())]
        found: list[tuple[str, set[str]]] = []
        for sub in (self.all or []) + (self.any or []) + ([self.not_] if self.not_ else []):
            found += sub.item_answers_used()
        return found


class Rule(_Base):
    when: Condition
    next: str


class NodeBase(_Base):
    id: str
    text: str | None = None
    label: str | None = None  # short label for summaries and the staff view; defaults to `text`
    next: str | None = None
    sensitive: bool = False  # special category (GDPR Art. 9): encrypted at rest
    skippable: bool = False
    step: bool = True  # counts in the progress hint ("5 of 14"); false for follow-up questions

    @field_validator("id")
    @classmethod
    def v_id(cls, v: str) -> str:
        return _check_id(v, "node id")

    @field_validator("text", "label")
    @classmethod
    def v_msg(cls, v: str | None) -> str | None:
        return None if v is None else _check_msg(v)

    @property
    def is_question(self) -> bool:
        return False

    def targets(self) -> list[str]:
        return [self.next] if self.next else []


class MessageNode(NodeBase):
    type: Literal["message"]
    text: str


class LanguageNode(NodeBase):
    type: Literal["language"]
    text: str

    @property
    def is_question(self) -> bool:
        return True


class ChoiceNode(NodeBase):
    type: Literal["choice"]
    text: str
    options: list[Option] = Field(min_length=1)
    store: bool = True  # false: the answer only decides the way (e.g. the age check before consent)

    @property
    def is_question(self) -> bool:
        return True

    def targets(self) -> list[str]:
        return super().targets() + [o.next for o in self.options if o.next]


class MultiChoiceNode(NodeBase):
    type: Literal["multi_choice"]
    text: str
    options: list[Option] = Field(min_length=1)
    min: int = 1
    done: str = "button-done"

    @property
    def is_question(self) -> bool:
        return True


class TextNode(NodeBase):
    type: Literal["text"]
    text: str
    max_length: int = Field(default=1000, ge=1, le=3000)
    sensitive: bool = True  # free text may contain anything: always treated as special category

    @property
    def is_question(self) -> bool:
        return True


class NumberNode(NodeBase):
    type: Literal["number"]
    text: str
    min: int = 0
    max: int = 1000

    @property
    def is_question(self) -> bool:
        return True


class DateNode(NodeBase):
    type: Literal["date"]
    text: str
    precision: Literal["day", "month"] = "day"
    earliest: date = date(1900, 1, 1)
    not_future: bool = True

    @property
    def is_question(self) -> bool:
        return True


class ConsentNode(NodeBase):
    type: Literal["consent"]
    text: str
    kind: str = "data_processing"
    accept: str = "button-consent-yes"
    decline: str = "button-consent-no"
    full_text: str | None = None  # the complete notice, shown on request
    read_more: str = "button-consent-full"
    signatory: Literal["self", "guardian"] = "self"
    on_decline: str

    @property
    def is_question(self) -> bool:
        return True

    def targets(self) -> list[str]:
        return super().targets() + [self.on_decline]


class SharingNode(NodeBase):
    """One yes/no per recipient, all "no" until tapped; each is recorded as its own consent. With
    `recipients: profile` the options are kinds of organisation and the person is asked about each
    organisation of the municipality profile of those kinds, by name (`dialogs.recipients.bind`);
    otherwise about the kinds themselves (`share_<option>`, as releases were asked before)."""

    type: Literal["sharing"]
    text: str
    options: list[Option] = Field(min_length=1)
    recipients: Literal["script", "profile", "bound"] = "script"
    done: str = "button-done"
    none_text: str = "answer-nobody"  # shown when nothing was tapped: shared with no one

    @property
    def is_question(self) -> bool:
        return True


class RepeatNode(NodeBase):
    """Asks the nodes from `body` once per item (e.g. per household member); the last body node leads back
    here. The number of items is the answer to the number question `count`."""

    type: Literal["repeat"]
    count: str
    body: str
    label: str

    def targets(self) -> list[str]:
        return super().targets() + [self.body]


class BranchNode(NodeBase):
    type: Literal["branch"]
    rules: list[Rule] = Field(min_length=1)
    default: str

    def targets(self) -> list[str]:
        return [r.next for r in self.rules] + [self.default]


class SummaryNode(NodeBase):
    """Shows every answer, lets the person change any of them, then submits the intake."""

    type: Literal["summary"]
    text: str
    submit: str = "button-submit"
    change: str = "button-change"
    change_prompt: str = "summary-which"

    @property
    def is_question(self) -> bool:
        return True


class AppointmentNode(NodeBase):
    """Offers an appointment: first the kind, then a few free slots (looked up by the runtime), booked with
    a tap. A home visit, or "none of these fit", becomes a request staff answer with a proposal. Reached in
    the flow (after the summary), with /appointment, and from reminder and follow-up buttons."""

    type: Literal["appointment"]
    text: str
    kinds: list[Literal["office", "phone", "video", "home_visit"]] = Field(
        default_factory=lambda: ["office", "phone", "video", "home_visit"], min_length=1)
    language_from: str | None = None  # the answer naming the language an interpreter is needed for
    interpreter_from: str | None = None  # the answer saying whether an interpreter is needed…
    interpreter_needed: str = "needed"  # …and its option meaning "yes"
    later: str = "button-appointment-later"

    def kind_text(self, kind: str) -> str:
        return "appointment-kind-" + kind.replace("_", "-")


class EndNode(NodeBase):
    type: Literal["end"]
    text: str
    forget: bool = False  # delete everything about the person (consent refused)


Node = Annotated[
    MessageNode
    | LanguageNode
    | ChoiceNode
    | MultiChoiceNode
    | TextNode
    | NumberNode
    | DateNode
    | ConsentNode
    | SharingNode
    | RepeatNode
    | BranchNode
    | SummaryNode
    | AppointmentNode
    | EndNode,
    Field(discriminator="type"),
]


class Script(_Base):
    id: str
    start: str
    languages: list[str] = Field(min_length=1)
    source_language: str = "de"
    restart_at: str | None = None  # where /restart goes (default: the node after the language choice)
    nodes: list[Node] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def v_id(cls, v: str) -> str:
        return _check_id(v, "script id")

    @cached_property
    def by_id(self) -> dict[str, Any]:
        return {n.id: n for n in self.nodes}

    def node(self, node_id: str) -> Any:
        return self.by_id[node_id]

    @cached_property
    def sensitive_ids(self) -> set[str]:
        """Answers sealed as a whole at rest: special categories, free text, and every repeat (household
        members carry residence status and other personal details)."""
        return {n.id for n in self.nodes if n.sensitive or isinstance(n, RepeatNode)}

    @cached_property
    def loop_of(self) -> dict[str, str]:
        """Body node id -> its repeat node id."""
        by_id, found = self.by_id, {}
        for rep in (n for n in self.nodes if isinstance(n, RepeatNode)):
            todo = [rep.body]
            while todo:
                nid = todo.pop()
                if nid in found or nid == rep.id or nid not in by_id:
                    continue
                found[nid] = rep.id
                todo.extend(by_id[nid].targets())
        return found

    def text_ids(self) -> set[str]:
        """Every Fluent message id the script refers to."""
        ids: set[str] = set()
        for n in self.nodes:
            for attr in ("text", "label", "accept", "decline", "done", "submit", "change", "change_prompt",
                         "full_text", "read_more", "none_text", "later"):
                value = getattr(n, attr, None)
                if attr == "read_more" and not getattr(n, "full_text", None):
                    continue
                if value:
                    ids.add(value)
            for o in getattr(n, "options", []) or []:
                ids.add(o.text)
            if isinstance(n, AppointmentNode):
                ids |= {n.later, *(n.kind_text(k) for k in n.kinds)}
        return ids

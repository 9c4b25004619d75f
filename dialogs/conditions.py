"""Branch conditions on earlier answers. Pure."""

from __future__ import annotations

from typing import Any

from dialogs.schema import Condition


def evaluate(cond: Condition, answers: dict[str, dict[str, Any]]) -> bool:
    if cond.all is not None:
        return all(evaluate(c, answers) for c in cond.all)
    if cond.any is not None:
        return any(evaluate(c, answers) for c in cond.any)
    if cond.not_ is not None:
        return not evaluate(cond.not_, answers)
    answer = answers.get(cond.answer or "")
    present = answer is not None and not answer.get("skipped")
    if cond.is_set is not None:
        return present == cond.is_set
    if not present:
        return False
    value = answer.get("code", answer.get("value"))
    if cond.equals is not None:
        return value == cond.equals
    if cond.in_ is not None:
        return value in cond.in_
    if cond.contains is not None:
        return isinstance(value, list) and cond.contains in value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return (cond.gte is None or number >= cond.gte) and (cond.lte is None or number <= cond.lte)

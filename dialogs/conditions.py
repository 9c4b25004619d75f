"""Branch conditions on earlier answers. Pure.

Inside a repeat, a condition sees the answers of the current item first (then the top-level ones), and
`_index` is the item number (1 = the first). `items: <repeat>` + `where:` is true when any item matches.
"""

from __future__ import annotations

from typing import Any

from dialogs.schema import Condition


def evaluate(cond: Condition, answers: dict[str, Any], item: dict[str, Any] | None = None,
             index: int | None = None) -> bool:
    if cond.items is not None and cond.where is not None:
        items = answers.get(cond.items, {}).get("items", [])
        return any(evaluate(cond.where, answers, it, i) for i, it in enumerate(items, start=1))
    if cond.all is not None:
        return all(evaluate(c, answers, item, index) for c in cond.all)
    if cond.any is not None:
        return any(evaluate(c, answers, item, index) for c in cond.any)
    if cond.not_ is not None:
        return not evaluate(cond.not_, answers, item, index)
    if cond.answer == "_index":
        answer: dict[str, Any] | None = {"value": index} if index is not None else None
    else:
        answer = (item or {}).get(cond.answer or "") or answers.get(cond.answer or "")
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

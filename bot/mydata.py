"""/mydata: what is stored about a person, as a message in their language and as a JSON file."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.answers import option_label, summary_lines
from dialogs.loader import ScriptVersion
from dialogs.model import DateArg, Lines, Msg, Say, State
from dialogs.schema import SharingNode
from storage.crypto import FieldCipher
from storage.models import (
    Appointment,
    Assignment,
    CaseDecision,
    CaseFollowUp,
    CaseNote,
    CasePlan,
    CheckinResponse,
    ConsentRecord,
    Contact,
    EmergencyAccess,
    Intake,
    PlanGoal,
    PlanStep,
)


async def case_records(session: AsyncSession, intake: Intake, organisations: Mapping[str, str]) -> dict[str, Any]:
    """What staff recorded about one case (Art. 15 GDPR: their notes are personal data too): decisions with
    their reasons, hand-overs, the plan with goals and steps, follow-up dates and notes, the notes. Names
    of staff are left out; organisations are named."""
    decisions = await session.scalars(select(CaseDecision).where(CaseDecision.intake_id == intake.id)
                                      .order_by(CaseDecision.id))
    handovers = await session.scalars(select(Assignment).where(Assignment.intake_id == intake.id)
                                      .order_by(Assignment.id))
    plan = await session.get(CasePlan, intake.id)
    goals = list(await session.scalars(select(PlanGoal).where(PlanGoal.intake_id == intake.id).order_by(PlanGoal.id)))
    steps = list(await session.scalars(select(PlanStep).where(PlanStep.goal_id.in_([g.id for g in goals]))
                                       .order_by(PlanStep.id))) if goals else []
    followups = await session.scalars(select(CaseFollowUp).where(CaseFollowUp.intake_id == intake.id)
                                      .order_by(CaseFollowUp.id))
    notes = await session.scalars(select(CaseNote).where(CaseNote.intake_id == intake.id).order_by(CaseNote.id))
    opened = await session.scalars(select(EmergencyAccess).where(EmergencyAccess.intake_id == intake.id)
                                   .order_by(EmergencyAccess.id))
    return {
        "decisions": [{"decision": d.action, "at": d.at.isoformat(), "reason": d.reason or None} for d in decisions],
        "handed_over_to": [{"organisation": organisations.get(a.organisation, a.organisation), "kind": a.kind,
                            "state": a.state, "since": a.created_at.isoformat(), "reason": a.reason}
                           for a in handovers],
        "plan": {"motto": plan.motto if plan else None,
                 "review_on": plan.review_on.isoformat() if plan and plan.review_on else None,
                 "goals": [{"life_domain": g.domain, "goal": g.text, "suitable_service": g.service,
                            "done": g.done_at is not None,
                            "steps": [{"step": st.text, "who": st.owner,
                                       "by": st.due_on.isoformat() if st.due_on else None}
                                      for st in steps if st.goal_id == g.id]} for g in goals]},
        "follow_ups": [{"on": f.due_on.isoformat(), "note": f.note, "done": f.done_at is not None} for f in followups],
        "notes": [{"at": n.at.isoformat(), "note": n.text} for n in notes],
        # who else read the case (Art. 15(1)(c): recipients): emergency accesses, by organisation and why
        "opened_in_an_emergency": [{"organisation": organisations.get(e.organisation or "", e.organisation),
                                    "at": e.granted_at.isoformat(), "until": e.until.isoformat(),
                                    "why": e.category, "reason": e.reason or None} for e in opened],
        "closed": {"at": intake.closed_at.isoformat(), "reason": intake.closure_reason} if intake.closed_at else None,
    }


async def received_by(session: AsyncSession, intakes: Sequence[Intake], organisations: Mapping[str, str],
                     service_point: Sequence[str]) -> str:
    """Who has received the person's information (Art. 15(1)(c)), by organisation: the service point once an
    intake was sent (its clearing reads every new one), every organisation a case was handed or proposed
    to, and every organisation whose staff opened the case in an emergency. Comma-separated, in order."""
    sent = [i.id for i in intakes if i.status != "erased"]
    if not sent:
        return ""
    ids = list(service_point)
    ids += list(await session.scalars(select(Assignment.organisation).where(Assignment.intake_id.in_(sent))
                                      .order_by(Assignment.id)))
    ids += [o for o in await session.scalars(select(EmergencyAccess.organisation)
                                             .where(EmergencyAccess.intake_id.in_(sent))
                                             .order_by(EmergencyAccess.id)) if o]
    return ", ".join(dict.fromkeys(organisations.get(o, o) for o in ids))


async def export(session: AsyncSession, contact: Contact, state: State, sv: ScriptVersion,
                 cipher: FieldCipher, organisations: Mapping[str, str] | None = None,
                 service_point: Sequence[str] = ()) -> tuple[Say, dict[str, str]]:
    consents = (await session.execute(
        select(ConsentRecord).where(ConsentRecord.contact_id == contact.id).order_by(ConsentRecord.id)
    )).scalars().all()
    intakes = (await session.execute(
        select(Intake).where(Intake.contact_id == contact.id).order_by(Intake.id)
    )).scalars().all()
    appointments = (await session.execute(
        select(Appointment).where(Appointment.contact_id == contact.id).order_by(Appointment.id)
    )).scalars().all()
    checkins = (await session.execute(
        select(CheckinResponse).where(CheckinResponse.contact_id == contact.id).order_by(CheckinResponse.id)
    )).scalars().all()
    parts: list[Any] = [Msg("mydata-intro")]
    lines = summary_lines(sv.script, state)
    parts.append(Lines(tuple(lines)) if lines else Msg("mydata-no-answers"))
    options = [o for n in sv.script.nodes if isinstance(n, SharingNode) for o in n.options]
    recipients: dict[str, Any] = {f"share_{o.group}": Msg(o.text) for o in options if o.group}  # asked by kind then
    recipients |= {o.consent or f"share_{o.id}": option_label(o) for o in options}
    latest = list({c.kind: c for c in consents}.values())  # the message: each decision as it stands now
    parts += [Msg("mydata-consent", {
        # the selector needs "data_processing"; a sharing consent shows the recipient's name
        "kind": recipients.get(c.kind, c.kind),
        "granted": "yes" if c.granted else "no",
        "date": DateArg(c.recorded_at.date().isoformat(), "day"),
    }) for c in sorted(latest, key=lambda c: c.id)]  # (the file keeps the whole history)
    received = await received_by(session, intakes, organisations or {}, service_point)
    parts.append(Msg("mydata-about", {"recipients": received or Msg("mydata-nobody")}))
    parts.append(Msg("mydata-file"))
    if any(i.status != "new" for i in intakes):  # a case exists: staff may have written about it
        parts.append(Msg("mydata-case"))
    data = {
        "channel": contact.channel,
        "first_contact": contact.created_at.isoformat(),
        "language": contact.language,
        "deep_link": contact.start_payload,
        "stopped_messages": contact.opted_out,
        "conversation": {"status": state.status, "current_question": state.node, "answers": state.answers},
        "consents": [{"kind": c.kind, "granted": c.granted, "language": c.language, "text_id": c.text_id,
                      "text_sha256": c.text_version, "recorded_at": c.recorded_at.isoformat(),
                      "withdrawn_at": c.withdrawn_at.isoformat() if c.withdrawn_at else None} for c in consents],
        "intakes": [{"submitted_at": i.submitted_at.isoformat(), "status": i.status, "language": i.language,
                     "answers": cipher.unseal_answers(i.answers),
                     "recorded_by_staff": await case_records(session, i, organisations or {})} for i in intakes],
        "appointments": [{"kind": a.kind, "place": a.place, "status": a.status, "interpreter": a.interpreter,
                          "language": a.language, "starts_at": a.starts_at.isoformat() if a.starts_at else None,
                          "ends_at": a.ends_at.isoformat() if a.ends_at else None} for a in appointments],
        "follow_up_answers": [{"about": r.purpose, "answer": r.answer, "at": r.at.isoformat()} for r in checkins],
    }
    document = {"filename": "ankommen-meine-daten.json",
                "content": json.dumps(data, ensure_ascii=False, indent=2)}
    return Say(tuple(parts)), document

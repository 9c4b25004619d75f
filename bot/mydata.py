"""/mydata: what is stored about a person, as a message in their language and as a JSON file."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.answers import summary_lines
from dialogs.loader import ScriptVersion
from dialogs.model import DateArg, Lines, Msg, Say, State
from dialogs.schema import SharingNode
from storage.crypto import FieldCipher
from storage.models import Appointment, CheckinResponse, ConsentRecord, Contact, Intake


async def export(session: AsyncSession, contact: Contact, state: State, sv: ScriptVersion,
                 cipher: FieldCipher) -> tuple[Say, dict[str, str]]:
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
    recipients = {f"share_{o.id}": o.text for n in sv.script.nodes if isinstance(n, SharingNode) for o in n.options}
    parts += [Msg("mydata-consent", {
        # the selector needs "data_processing"; a sharing consent shows the recipient's name
        "kind": Msg(recipients[c.kind]) if c.kind in recipients else c.kind,
        "granted": "yes" if c.granted else "no",
        "date": DateArg(c.recorded_at.date().isoformat(), "day"),
    }) for c in consents]
    parts.append(Msg("mydata-file"))
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
                     "answers": cipher.unseal_answers(i.answers)} for i in intakes],
        "appointments": [{"kind": a.kind, "place": a.place, "status": a.status, "interpreter": a.interpreter,
                          "language": a.language, "starts_at": a.starts_at.isoformat() if a.starts_at else None,
                          "ends_at": a.ends_at.isoformat() if a.ends_at else None} for a in appointments],
        "follow_up_answers": [{"about": r.purpose, "answer": r.answer, "at": r.at.isoformat()} for r in checkins],
    }
    document = {"filename": "ankommen-meine-daten.json",
                "content": json.dumps(data, ensure_ascii=False, indent=2)}
    return Say(tuple(parts)), document

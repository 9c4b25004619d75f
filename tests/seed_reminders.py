"""Many people with a booked appointment and a reminder due now: for the worker tests and the benchmark."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from backend.container import Container
from storage.models import Appointment, Contact, OutboxMessage, StaffUser
from storage.staff import hash_password

CASEWORKERS = 100


async def seed_reminders(c: Container, count: int, now: datetime, first_chat: int = 10_000,
                         language: str = "de") -> list[int]:
    """`count` contacts (chat ids first_chat…), each with an appointment tomorrow and its reminder due now.
    Returns the chat ids. Bulk inserts: seeding 10,000 takes seconds, not minutes."""
    chats = list(range(first_chat, first_chat + count))
    password = hash_password("not-used-" + "x" * 8)
    async with c.sessions() as session, session.begin():
        staff_ids = []
        for n in range(CASEWORKERS):
            staff = StaffUser(username=f"bench-{first_chat}-{n}", display_name=f"Fachkraft {n}",
                              password_hash=password, role="caseworker")
            session.add(staff)
            await session.flush()
            staff_ids.append(staff.id)
        contact_ids = []
        for chunk in range(0, count, 1000):
            rows = [{"channel": "telegram", "user_hash": c.cipher.lookup_hash("telegram", str(chat)),
                     "address_enc": c.cipher.encrypt(str(chat)), "language": language, "unreachable": False,
                     "opted_out": False, "created_at": now, "last_seen_at": now} for chat in chats[chunk:chunk + 1000]]
            result = await session.execute(insert(Contact).returning(Contact.id, sort_by_parameter_order=True), rows)
            contact_ids += list(result.scalars())
        base = now + timedelta(days=1)
        appts = [{"contact_id": cid, "staff_user_id": staff_ids[i % CASEWORKERS], "kind": "office",
                  "place": "Rathaus, Zimmer 1", "interpreter": False, "status": "booked",
                  "starts_at": base + timedelta(minutes=30 * (i // CASEWORKERS)),
                  "ends_at": base + timedelta(minutes=30 * (i // CASEWORKERS) + 30),
                  "created_at": now, "updated_at": now} for i, cid in enumerate(contact_ids)]
        appt_rows = []
        for chunk in range(0, count, 1000):
            result = await session.execute(
                insert(Appointment).returning(Appointment.id, Appointment.contact_id, Appointment.starts_at,
                                               sort_by_parameter_order=True),
                appts[chunk:chunk + 1000])
            appt_rows += list(result.all())
        reminders = [{"contact_id": contact_id, "channel": "telegram", "kind": "scheduled", "priority": 2,
                      "dedupe_key": f"reminder:{appt_id}:{starts:%Y%m%d%H%M}:1d", "state": "pending",
                      "due_at": now, "attempts": 0, "created_at": now, "purpose": "reminder", "ref_id": appt_id,
                      "ref_at": starts} for appt_id, contact_id, starts in appt_rows]
        for chunk in range(0, count, 1000):
            await session.execute(insert(OutboxMessage), reminders[chunk:chunk + 1000])
    return chats

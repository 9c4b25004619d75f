"""Free appointment slots, computed from availability (weekly or on a date) minus exceptions and bookings.

Slots are not stored: a slot is (availability rule, local start) and is only written when booked, as an
appointment row guarded by the database (see `storage.appointments`). Local times are wall-clock times in
the municipality's zone: "Mondays 10:00" stays 10:00 across a daylight-saving change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from storage.models import Availability, AvailabilityException

KINDS = ("office", "phone", "video")  # bookable in the chat; home visits are proposed by staff


@dataclass(frozen=True)
class Slot:
    availability_id: int
    staff_user_id: int
    starts_at: datetime  # UTC
    ends_at: datetime
    kind: str
    place: str
    direct: bool  # the caseworker speaks the language (else an interpreter is arranged)

    @property
    def key(self) -> str:
        """Short and stable, for a button: "<rule>.<start in minutes since 1970, hex>"."""
        return f"{self.availability_id}.{int(self.starts_at.timestamp()) // 60:x}"


def parse_key(key: str) -> tuple[int, datetime] | None:
    """(rule id, start) from a button's key; None for anything a button of ours cannot carry (the data of
    a tap can be forged: huge numbers, other digits)."""
    rule, _, minutes = key.partition(".")
    if not (rule.isascii() and rule.isdigit() and len(rule) <= 9 and minutes.isascii() and 0 < len(minutes) <= 9):
        return None
    try:
        return int(rule), datetime.fromtimestamp(int(minutes, 16) * 60, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime | None:
    """The UTC instant of a wall-clock time, or None if that time does not exist that day (spring gap)."""
    local = datetime.combine(day, at, tzinfo=tz)
    back = local.astimezone(UTC).astimezone(tz)
    return local.astimezone(UTC) if back.replace(tzinfo=None) == local.replace(tzinfo=None) else None


def applies(rule: Availability, day: date) -> bool:
    if not rule.active:
        return False
    if rule.valid_from and day < rule.valid_from or rule.valid_until and day > rule.valid_until:
        return False
    return rule.on_date == day if rule.on_date else rule.weekday == day.weekday()


def starts_of(rule: Availability, day: date, tz: ZoneInfo) -> Iterator[tuple[datetime, datetime]]:
    """Every slot of a rule on a day, as UTC (start, end)."""
    step = timedelta(minutes=rule.slot_minutes)
    cursor = datetime.combine(day, _hhmm(rule.start_time))
    end = datetime.combine(day, _hhmm(rule.end_time))
    while cursor + step <= end:
        start = local_instant(day, cursor.time(), tz)
        if start is not None:
            yield start, start + step
        cursor += step


def serves(rule: Availability, language: str | None) -> bool | None:
    """True: the caseworker speaks it; False: with an interpreter; None: not at all."""
    if language is None or language in rule.languages:
        return True
    if language in rule.interpreter_languages:
        return False
    return None


def free_slots(
    rules: Iterable[Availability],
    exceptions: Iterable[AvailabilityException],
    busy: Iterable[tuple[int, datetime, datetime]],  # (caseworker, start, end) of active appointments
    *,
    tz: ZoneInfo,
    now: datetime,
    kind: str | None,
    language: str | None,
    horizon_days: int,
    min_notice: timedelta,
    after: datetime | None = None,
) -> list[Slot]:
    """Free slots from now + notice (or after `after`) within the horizon, earliest first; at the same
    time a caseworker who speaks the language comes before one who needs an interpreter."""
    rules = [r for r in rules if (kind is None or r.kind == kind) and serves(r, language) is not None]
    off = [(e.staff_user_id, e.starts_on, e.ends_on) for e in exceptions]
    taken = list(busy)
    earliest = max(now + min_notice, after or now)
    today = now.astimezone(tz).date()
    found: list[Slot] = []
    for offset in range(horizon_days + 1):
        day = today + timedelta(days=offset)
        for rule in rules:
            if not applies(rule, day) or any(s == rule.staff_user_id and a <= day <= b for s, a, b in off):
                continue
            for start, end in starts_of(rule, day, tz):
                if start <= earliest:
                    continue
                if any(s == rule.staff_user_id and a < end and start < b for s, a, b in taken):
                    continue
                found.append(Slot(rule.id, rule.staff_user_id, start, end, rule.kind, rule.place,
                                  bool(serves(rule, language))))
    found.sort(key=lambda s: (s.starts_at, not s.direct, s.staff_user_id))
    return found


def spread(slots: list[Slot], count: int, tz: ZoneInfo) -> list[Slot]:
    """A few choices that are not all on the same morning: at most two per day, one per start time."""
    chosen: list[Slot] = []
    per_day: dict[date, int] = {}
    starts: set[datetime] = set()
    for slot in slots:
        day = slot.starts_at.astimezone(tz).date()
        if per_day.get(day, 0) >= 2 or slot.starts_at in starts:
            continue
        chosen.append(slot)
        per_day[day] = per_day.get(day, 0) + 1
        starts.add(slot.starts_at)
        if len(chosen) == count:
            break
    return chosen

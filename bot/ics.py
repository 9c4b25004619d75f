"""An appointment as an iCalendar file (.ics) the person can add to their phone's calendar."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event


def appointment_ics(*, uid: str, starts_at: datetime, ends_at: datetime, summary: str, location: str,
                    description: str, stamp: datetime, sequence: int = 0) -> str:
    """One event in UTC (calendars show it in the phone's zone). `sequence` grows when it is moved, so a
    calendar that imported the old file updates the event instead of adding a second one."""
    cal = Calendar()
    cal.add("prodid", "-//Ankommen//Termin//DE")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("sequence", sequence)
    event.add("summary", summary)
    if location:
        event.add("location", location)
    event.add("description", description)
    cal.add_component(event)
    return cal.to_ical().decode("utf-8")

"""Reading the registration office's CSV export of new residents (one row per person, grouped by household).

Every row is checked before anything is stored: a bad row is reported with its line and reason, and then
nothing of the file is imported. Accepts UTF-8 (with or without BOM) or Windows-1252, `;` or `,` as the
separator, German or English column names, dates as 31.12.2024 or 2024-12-31.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from babel import Locale

from backend.offers import Household, Member
from dialogs.parse import clean_text

COLUMNS = {  # our name → accepted headers (lower case)
    "household": ("haushalt", "haushalt_id", "household", "household_id"),
    "surname": ("nachname", "familienname", "surname", "last_name"),
    "first_name": ("vorname", "first_name", "given_name"),
    "born": ("geburtsdatum", "date_of_birth", "birth_date"),
    "nationality": ("staatsangehoerigkeit", "staatsangehörigkeit", "nationality", "nationalities"),
    "arrived": ("zuzug", "zuzugsdatum", "einreise", "arrival", "arrival_date"),
    "street": ("strasse", "straße", "street", "address"),
    "postcode": ("plz", "postcode", "postal_code"),
    "city": ("ort", "wohnort", "city"),
    "district": ("ortsteil", "stadtteil", "district"),
}
REQUIRED = ("household", "surname", "first_name", "born", "nationality", "street", "postcode", "city")
MAX_ROWS = 20_000
COUNTRIES = {code for code in Locale("de").territories if len(code) == 2 and code.isalpha()} | {"XK"}


@dataclass
class ImportResult:
    households: list[Household] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "Zeile 7: …" – nothing is imported while there are any
    people: int = 0


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def parse_date(value: str) -> date | None:
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def read(raw: bytes, today: date) -> ImportResult:
    result = ImportResult()
    text = clean_text(decode(raw))  # a NUL in an export would make the database refuse the whole import
    if not text.strip():
        result.errors.append("Zeile 1: die Datei ist leer")
        return result
    sample = text[:4096]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    index: dict[str, int] = {}
    for key, names in COLUMNS.items():
        found = next((i for i, h in enumerate(header) if h in names), None)
        if found is not None:
            index[key] = found
    missing = [COLUMNS[k][0] for k in REQUIRED if k not in index]
    if missing:
        result.errors.append(f"Zeile 1: es fehlen die Spalten {', '.join(missing)}")
        return result
    households: dict[str, Household] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if result.people >= MAX_ROWS:
            result.errors.append(f"Zeile {line}: mehr als {MAX_ROWS} Personen in einer Datei")
            break

        def cell(key: str, row: list[str] = row) -> str:
            i = index.get(key)
            return row[i].strip() if i is not None and i < len(row) else ""

        problems = [f"{COLUMNS[k][0]} fehlt" for k in REQUIRED if not cell(k)]
        born = parse_date(cell("born")) if cell("born") else None
        if cell("born") and born is None:
            problems.append(f"Geburtsdatum »{cell('born')}« ist kein Datum (TT.MM.JJJJ)")
        elif born is not None and born > today:
            problems.append("Geburtsdatum liegt in der Zukunft")
        arrived = parse_date(cell("arrived")) if cell("arrived") else None
        if cell("arrived") and arrived is None:
            problems.append(f"Zuzug »{cell('arrived')}« ist kein Datum (TT.MM.JJJJ)")
        elif arrived is not None and (arrived > today or (born is not None and arrived < born)):
            problems.append("Zuzug liegt in der Zukunft oder vor der Geburt")
        nationalities = tuple(n.strip().upper() for n in cell("nationality").replace(",", " ").split() if n.strip())
        unknown = [n for n in nationalities if n not in COUNTRIES]
        if unknown:
            problems.append(f"unbekannte Staatsangehörigkeit {', '.join(unknown)} (zweistelliger Ländercode, z. B. SY)")
        if problems:
            result.errors.append(f"Zeile {line}: {'; '.join(problems)}")
            continue
        assert born is not None
        ref = cell("household")
        address = (cell("street"), cell("postcode"), cell("city"), cell("district"))
        household = households.get(ref)
        if household is None:
            household = households[ref] = Household(ref, *address, line=line)
        elif (household.street, household.postcode, household.city, household.district) != address:
            result.errors.append(f"Zeile {line}: Haushalt {ref} hat hier eine andere Adresse als in Zeile "
                                 f"{household.line}")
            continue
        household.members.append(Member(cell("surname"), cell("first_name"), born, nationalities, arrived))
        result.people += 1
    if not households and not result.errors:
        result.errors.append("Zeile 2: keine Personen in der Datei")
    result.households = list(households.values()) if not result.errors else []
    return result

"""The data map: every table, which processing activity it serves, what it holds about whom, how it is
protected and when it goes. `ankommen privacy record` turns it into the record of processing activities
(Art. 30 GDPR, docs/record-of-processing.md); a test fails when a table has no entry, so the record cannot
fall behind the schema. German, like the record a data-protection officer files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Activity:
    """A processing activity (Verarbeitungstätigkeit) in the sense of Art. 30 (1) GDPR."""

    name: str
    purpose: str
    legal_basis: str
    subjects: str
    recipients: str


@dataclass(frozen=True)
class Place:
    activity: str
    holds: str
    protection: str
    erased: str


ACTIVITIES = {
    "chat": Activity(
        "Erstkontakt und Erstgespräch im Chat",
        "Beratungsangebot in der Sprache der Person übermitteln, Einwilligungen einholen, die Angaben für "
        "das Erstgespräch (Screening) aufnehmen, Termine vereinbaren, erinnern und nachfragen.",
        "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; für Gesundheit und andere besondere Kategorien "
        "ausdrücklich, Art. 9 Abs. 2 lit. a DSGVO); ohne Einwilligung anonyme Auskunft, nichts gespeichert.",
        "Neuzugewanderte, die den Chat nutzen, und die Personen ihres Haushalts (Alter, Geschlecht, "
        "Staatsangehörigkeit, Aufenthaltsstatus – ohne Namen).",
        "Die Servicestelle der Kommune; Partnerorganisationen des Kommunenprofils (z. B. Jugendmigrationsdienst, "
        "Migrationsberatungen, Flüchtlingsberatung, Jobcenter-Fallmanagement) nur mit einer eigenen Einwilligung "
        "der Person je Stelle, im Chat mit Namen erfragt. Telegram (nur im Telegram-Kanal: Chat-Kennung und "
        "Nachrichtentexte auf dem Weg zur Person)."),
    "casework": Activity(
        "Clearing und Fallbegleitung (Case Management)",
        "Über die Aufnahme entscheiden, den Fall einer Fachkraft übergeben, Förderplan, Wiedervorlagen, "
        "Notizen, Abschluss; Anonymisierung abgeschlossener Fälle.",
        "Einwilligung in Beratung und Datenverarbeitung (Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a DSGVO); "
        "Schweigepflichtentbindung je Empfänger (§ 203 StGB) für jede Weitergabe.",
        "Ratsuchende mit eingereichtem Erstgespräch.",
        "Fachkräfte der zuständigen Stelle (Zuweisung), die Clearingstelle; niemand sonst – Notfallzugriff "
        "nur mit Begründung, befristet und protokolliert."),
    "letters": Activity(
        "Willkommensbriefe an neu Zugezogene",
        "Jedem neu gemeldeten Haushalt das Beratungsangebot schriftlich (in seiner Sprache) oder als "
        "Hausbesuch anbieten.",
        "Öffentliche Aufgabe der Kommune (Art. 6 Abs. 1 lit. e DSGVO i. V. m. dem Landesrecht zum "
        "Integrationsmanagement und der Übermittlung aus dem Melderegister).",
        "Neu gemeldete Haushalte (Namen der Erwachsenen, Anschrift, Zahl der Kinder).",
        "Die Servicestelle (Druck, Hausbesuche); niemand außerhalb."),
    "staff": Activity(
        "Konten und Protokoll der Mitarbeitenden",
        "Anmeldung, Schutz der Konten, Nachvollziehbarkeit jedes Zugriffs auf Falldaten.",
        "Art. 6 Abs. 1 lit. c und e DSGVO (Rechenschaft, Art. 5 Abs. 2 und Art. 32 DSGVO); "
        "Beschäftigtendatenschutz nach Landesrecht.",
        "Mitarbeitende der Kommune und der Partnerorganisationen mit Zugang.",
        "Administration, Datenschutzbeauftragte (Protokoll, Notfallzugriffe)."),
    "figures": Activity(
        "Anonymisierte Zahlen für die Steuerung",
        "Bedarfe, Lücken im Angebot, Fristen und Auslastung für das Integrationsmanagement sichtbar machen.",
        "Keine personenbezogenen Daten (Summen, kleine Zahlen ausgeblendet).",
        "–", "Koordination, Berichte an Stadt und Land (nur Summen)."),
    "system": Activity(
        "Betrieb",
        "Nachrichten genau einmal zustellen, Dialoge und Texte verwalten, Prozesse überwachen.",
        "Art. 6 Abs. 1 lit. e DSGVO (technisch notwendig für die Aufgaben oben).",
        "Mittelbar die Personen oben (nur Kennungen, keine Inhalte).", "–"),
}

PLACES = {
    "contacts": Place("chat", "Pseudonym (HMAC der Chat-Kennung), Chat-Kennung verschlüsselt, Sprache, "
                      "Code eines Willkommensbriefs, Abmeldung (/stop)", "Chat-Kennung nie im Klartext",
                      "Ablehnung, /delete, 14 Tage Stille ohne Einwilligung"),
    "conversations": Place("chat", "Gesprächsstand und Antworten bis zum Absenden", "besondere Kategorien und "
                           "alles Eingetippte verschlüsselt", "mit dem Kontakt; unvollständige nach 14 Tagen "
                           "Stille geleert; nach Anonymisierung des Falls geleert"),
    "consent_records": Place("chat", "Einwilligungen mit Text-Hash, Sprache, Zeit, Unterzeichnende (selbst / "
                             "Elternteil)", "–", "mit dem Kontakt"),
    "intakes": Place("casework", "das eingereichte Erstgespräch", "besondere Kategorien verschlüsselt",
                     "/delete: geleert (nur noch gezählt); Anonymisierung 30 Tage nach Abschluss, Ablehnung "
                     "oder Weiterverweisung: nur Codes"),
    "appointments": Place("chat", "Termine: Zeit, Art, Ort, Sprache, Dolmetschung, Grund einer Absage",
                          "Absagegrund verschlüsselt", "mit dem Kontakt; bei Anonymisierung vom Kontakt gelöst"),
    "checkin_responses": Place("chat", "Antworten auf Nachfragen (Codes)", "nur gespeichert, wenn gefragt",
                               "mit dem Kontakt; Anonymisierung"),
    "outbox": Place("chat", "Nachrichten auf dem Weg zur Person", "Text und Chat-Kennung verschlüsselt",
                    "nach Zustellung geleert; /delete: sofort"),
    "processed_updates": Place("system", "Kennungen bearbeiteter Telegram-Nachrichten (ohne Inhalt)", "–",
                               "nach 7 Tagen"),
    "assignments": Place("casework", "Übergaben an Stellen und Fachkräfte, Gründe", "Gründe verschlüsselt",
                         "Gründe bei /delete und Anonymisierung gelöscht"),
    "case_decisions": Place("casework", "Entscheidungen der Clearingstelle und Abschlüsse, Gründe",
                            "Gründe verschlüsselt", "Gründe bei /delete und Anonymisierung gelöscht (Code bleibt)"),
    "case_followups": Place("casework", "Wiedervorlagen mit Notiz", "verschlüsselt",
                            "/delete, Anonymisierung, Widerruf der Freigabe"),
    "case_notes": Place("casework", "Notizen der Fachkräfte", "verschlüsselt",
                        "/delete, Anonymisierung, Widerruf der Freigabe an die Stelle, die sie schrieb"),
    "case_plans": Place("casework", "Förderplan: Leitsatz, Überprüfungsdatum", "verschlüsselt",
                        "/delete, Anonymisierung, Widerruf der Freigabe"),
    "plan_goals": Place("casework", "Ziele je Lebensbereich, passendes Angebot ja/nein", "Ziel verschlüsselt",
                        "/delete, Anonymisierung"),
    "plan_steps": Place("casework", "Schritte, wer sie geht (oft Namen), bis wann", "verschlüsselt",
                        "/delete, Anonymisierung"),
    "emergency_access": Place("staff", "wer welchen Fall im Notfall geöffnet hat, Art und Begründung, Prüfung",
                              "Begründung verschlüsselt", "mit dem Protokoll; Begründung bei /delete gelöscht"),
    "campaigns": Place("letters", "Versandaktionen (Name, Datum)", "–", "–"),
    "campaign_households": Place("letters", "Namen, Anschrift, Angebot, Sprachen, Code, ob geantwortet",
                                 "Namen, Anschrift, Kennung verschlüsselt", "Namen und Anschrift nach 180 Tagen; "
                                 "die Antwort-Markierung bei /delete"),
    "letter_languages": Place("letters", "Staatsangehörigkeit → Briefsprache (keine Personen)", "–", "–"),
    "staff_users": Place("staff", "Konten: Name, Rolle, Passwort-Hash, zweiter Faktor, Sperre",
                         "argon2id; TOTP-Schlüssel verschlüsselt", "wenn die Administration das Konto löscht"),
    "staff_sessions": Place("staff", "Anmeldungen (Hash des Tokens, Zeiten)", "Token nur als Hash",
                            "7 Tage nach dem Ende"),
    "login_attempts": Place("staff", "Anmeldeversuche (Name wie getippt, Adresse, Erfolg)", "–", "nach einem Tag"),
    "audit_events": Place("staff", "wer wann welchen Datensatz gesehen oder geändert hat, mit Code",
                          "keine Inhalte, keine getippten Texte", "nach der Aufbewahrungsfrist der Kommune"),
    "availability": Place("system", "Sprechzeiten der Fachkräfte (keine Neuzugewanderten)", "–", "–"),
    "availability_exceptions": Place("system", "Abwesenheiten der Fachkräfte, kurzer Grund", "–", "–"),
    "organisations": Place("system", "Organisationen (keine Personen)", "–", "–"),
    "script_versions": Place("system", "Dialogfassungen (keine Personen)", "–", "–"),
    "publications": Place("system", "wer welche Fassung veröffentlicht hat", "–", "–"),
    "texts": Place("system", "Texte der Koordination (keine Personen)", "–", "–"),
    "worker_leases": Place("system", "laufende Prozesse (keine Personen)", "–", "nach einer Stunde Stille"),
}


def record(controller: str, contact: str) -> str:
    """The record of processing activities as Markdown (German)."""
    lines = [f"# Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) – Ankommen, {controller}", "",
             "Erzeugt aus `storage/data_map.py` mit `ankommen privacy record`; nicht von Hand ändern.", "",
             f"**Verantwortliche Stelle:** {controller}, {contact}. **Datenschutzbeauftragte:** die der Kommune "
             "(Rolle `datenschutz` in Ankommen).", "",
             "**Übermittlung in Drittländer:** keine durch Ankommen. Wer Telegram nutzt, schreibt über einen "
             "Dienst mit Sitz außerhalb der EU (Telegram verarbeitet die Nachrichten auf dem Weg); der "
             "Web-Chat läuft nur auf dem Server der Kommune.", "",
             "**Technische und organisatorische Maßnahmen (Art. 32):** siehe `docs/security.md` (Bedrohungen, "
             "Schutz, Tests) und `docs/privacy.md` (wo was liegt).", ""]
    for key, activity in ACTIVITIES.items():
        lines += [f"## {activity.name}", "", f"- **Zweck:** {activity.purpose}",
                  f"- **Rechtsgrundlage:** {activity.legal_basis}", f"- **Betroffene:** {activity.subjects}",
                  f"- **Empfänger:** {activity.recipients}", "",
                  "| Tabelle | Daten | Schutz | Löschung |", "|---|---|---|---|"]
        lines += [f"| `{table}` | {p.holds} | {p.protection} | {p.erased} |"
                  for table, p in sorted(PLACES.items()) if p.activity == key]
        lines.append("")
    return "\n".join(lines)

"""German words for what the audit log stores as codes: the action, the kind of record and the short code
that says why. tests/test_audit_labels.py checks that every action the code writes has a label here."""

from __future__ import annotations

from backend.desk_pages import TEMPLATES
from storage.closure import CLOSURE_REASONS
from storage.emergency import CATEGORIES, REVIEWS

ACTIONS = {
    # case work
    "view": "angesehen", "view_emergency": "im Notfallzugriff angesehen", "admit": "aufgenommen", "refer": "weiterverwiesen", "waitlist": "auf die Warteliste",
    "decline": "abgelehnt", "accepted": "Zuweisung angenommen", "rejected": "Zuweisung abgelehnt",
    "revoked": "Zuweisung zurückgezogen", "transferred": "übergeben",
    "release_withdrawn": "Einwilligung widerrufen: Zuweisung beendet", "first_contact": "Erstkontakt",
    "close": "abgeschlossen", "note": "Notiz", "plan": "Förderplan", "plan_goal": "Ziel", "followup": "Wiedervorlage",
    "message": "Nachricht gesendet",
    # appointments and office hours
    "cancel": "Termin abgesagt", "moved": "Termin verschoben", "proposed": "Termin vorgeschlagen",
    "attended": "Termin wahrgenommen", "no_show": "nicht erschienen", "create": "angelegt", "delete": "gelöscht",
    # emergency access
    "emergency_access": "Notfallzugriff", "acknowledge": "Notfallzugriff zur Kenntnis genommen",
    "emergency_refused": "Notfallzugriff abgelehnt (kein Fall oder keine Freigabe)", "review": "Notfallzugriff geprüft",
    # accounts
    "login": "Anmeldung", "login_failed": "Anmeldung fehlgeschlagen", "code_failed": "Zwei-Faktor-Code falsch",
    "password_check_failed": "bisheriges Passwort falsch", "lockout": "Konto gesperrt", "unlock": "Konto entsperrt",
    "logout": "Abmeldung", "password_changed": "Passwort geändert", "2fa_enabled": "Zwei-Faktor eingerichtet",
    "2fa_disabled": "Zwei-Faktor abgeschaltet", "2fa_reset": "Zwei-Faktor zurückgesetzt",
    "activate": "Konto aktiviert", "deactivate": "Konto deaktiviert",
    # coordination and letters
    "export": "Export", "save_script": "Dialog gespeichert", "publish_script": "Dialog veröffentlicht",
    "rollback_script": "Dialog zurückgenommen", "edit_text": "Text bearbeitet", "add_text": "Text angelegt",
    "publish_texts": "Texte veröffentlicht", "rollback_texts": "Texte zurückgenommen",
    "import_texts": "Texte eingelesen", "export_texts": "Texte ausgegeben",
    "import_registrations": "Meldedaten eingelesen", "print_letters": "Briefe gedruckt",
    "letter_language": "Briefsprache festgelegt",
}
TYPES = {
    "intake": "Erstgespräch", "assignment": "Zuweisung", "appointment": "Termin", "staff_user": "Konto",
    "emergency_access": "Notfallzugriff", "availability": "Sprechzeit", "availability_exception": "Abwesenheit",
    "calendar": "Kalender", "desk": "Schreibtisch", "campaign": "Briefaktion", "campaign_household": "Haushalt",
    "home_visits": "Hausbesuchsliste", "figures": "Zahlen", "script": "Dialog", "text": "Text", "texts": "Texte",
    "nationality": "Staatsangehörigkeit",
}
REASONS = {
    "clearing queue": "in der Clearing-Liste", "code": "mit Zwei-Faktor-Code", "inactive": "Konto deaktiviert",
    "unknown_name": "unbekannter Benutzername",
    "share_jmd": "Weitergabe an JMD", "share_mbe": "Weitergabe an Migrationsberatung",
    "share_jobcentre": "Weitergabe an Jobcenter", "share_foreigners_office": "Weitergabe an Ausländerbehörde",
    **{k: v.split(" (")[0].split(",")[0] for k, v in CATEGORIES.items()}, **REVIEWS, **CLOSURE_REASONS, **TEMPLATES,
}

"""Staff passwords: the rule a new one must meet, and argon2id hashing off the event loop.

The rule (BSI IT-Grundschutz ORP.4, NIST SP 800-63B): at least 12 characters, not the person's name or
username, and not easy to guess – zxcvbn's estimate (it knows the common password lists, keyboard walks,
dates and l33t) must reach 3 of 4 (10^8 guesses; offline that is centuries at argon2id's cost, online the
lockout ends it after 10), with the municipality, the product and common German password words counted as
known. Hashing (argon2id, one lane: one core per hash) runs in a worker thread, at most one at a time:
wrong logins in parallel cannot hold up the web chat or the bot; a queue beyond its bound is refused.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

MIN_LENGTH = 12
MAX_LENGTH = 200  # argon2 takes any length; a megabyte "password" is only a way to spend our CPU
# German words people build passwords from (HPI's yearly lists of the most common German passwords)
COMMON_GERMAN = ("passwort", "kennwort", "hallo", "schatz", "sommer", "winter", "fruehling", "herbst", "fussball",
                 "schalke", "dortmund", "bayern", "deutschland", "berlin", "hamburg", "muenchen",
                 "koeln", "mausi", "hase", "liebe", "engel", "sonne", "blume", "geheim", "willkommen", "test",
                 "qwertz", "asdfgh", "admin", "administrator", "rathaus", "stadt", "gemeinde", "januar",
                 "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                 "dezember", "ankommen", "demo", "welt", "hallowelt", "liebling", "freiheit", "sonnenschein",
                 "fruehjahr", "ostern", "weihnachten", "frohe", "arbeit", "buero", "service", "beratung")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

# argon2id, RFC 9106's second choice with one lane (64 MiB, 3 passes): about 0.2 s on one core
_hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=1)
# A hash to verify against when the user does not exist, so both cases take the same time.
_DUMMY = _hasher.hash("not-a-real-password")
_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()
_waiting = 0
MAX_WAITING = 16  # logins waiting for their check; more at once are refused (Busy)


class PasswordRefused(ValueError):
    """A new password does not meet the rule (the message says why, in German)."""


class Busy(RuntimeError):
    """Too many logins are being checked at this moment: try again in a few seconds."""


def check_new_password(password: str, known: Iterable[str] = ()) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordRefused(f"Das Passwort braucht mindestens {MIN_LENGTH} Zeichen.")
    if len(password) > MAX_LENGTH:
        raise PasswordRefused(f"Das Passwort darf höchstens {MAX_LENGTH} Zeichen haben.")
    words = [w for word in known for w in word.lower().replace(".", " ").replace("-", " ").split() if len(w) > 2]
    if any(w in password.lower() for w in words if len(w) > 3):
        raise PasswordRefused("Das Passwort darf Ihren Namen, Ihren Benutzernamen und den Namen der Stadt nicht "
                              "enthalten.")
    if _word_and_digits(password, [w.translate(_FOLD) for w in words]):
        raise PasswordRefused("Ein bekanntes Wort mit Zahlen oder Zeichen (wie »Sommer2026!!«) ist schnell "
                              "erraten. Am besten drei oder vier zufällige Wörter.")
    if zxcvbn(password, user_inputs=[*words, *COMMON_GERMAN])["score"] < 3:
        raise PasswordRefused("Dieses Passwort ist zu leicht zu erraten (ein bekanntes Passwort, ein Wort mit "
                              "Zahlen, Ihr Name …). Am besten drei oder vier zufällige Wörter.")


def _word_and_digits(password: str, known: list[str]) -> bool:
    """A common word (or a name) with digits and signs around it – "Sommer2026!!", "Hallo Welt 123": what is
    left of its letters besides the known words is too little to guess for (zxcvbn does not know German words
    and scores these as strong)."""
    letters = "".join(ch for ch in password.lower().translate(_FOLD) if ch.isalpha())
    rest = letters
    for word in sorted({*COMMON_GERMAN, *known}, key=len, reverse=True):
        rest = rest.replace(word, "")
    return rest != letters and len(rest) < 6


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password[:MAX_LENGTH]) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


async def _in_thread(work, *args):  # type: ignore[no-untyped-def]
    """Run one hashing job in a worker thread, one at a time per event loop; too many waiting: Busy."""
    global _waiting
    if _waiting >= MAX_WAITING:
        raise Busy()
    loop = asyncio.get_running_loop()
    gate = _gates.get(loop)
    if gate is None:
        gate = _gates[loop] = asyncio.Semaphore(1)
    _waiting += 1
    try:
        async with gate:
            return await asyncio.to_thread(work, *args)
    finally:
        _waiting -= 1


async def verify(stored: str | None, password: str) -> bool:
    """Check a password against its hash (or against a dummy, for a user that does not exist) in a
    worker thread, one at a time."""
    return bool(await _in_thread(_verify, stored, password))


async def hash_async(password: str) -> str:
    """A new hash (a changed password, a rehash at login), off the event loop like every check."""
    return str(await _in_thread(_hasher.hash, password))


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)

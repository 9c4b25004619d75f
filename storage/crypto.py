"""Field encryption and keyed pseudonyms.

- `FieldCipher` seals strings with Fernet (AES-128-CBC + HMAC-SHA256). Keys come from
  FIELD_ENCRYPTION_KEYS (comma-separated, newest first); older keys still decrypt, so keys can be rotated
  and `ankommen keys rotate` re-encrypts everything with the newest.
- `lookup_hash` is an HMAC of a channel user id under a key derived from SECRET_KEY: it finds a contact
  again without storing the id, and cannot be brute-forced without the key (unlike a plain hash).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

SEALED = "$sealed"


class CryptoConfigError(RuntimeError):
    pass


def generate_key() -> str:
    return Fernet.generate_key().decode()


def _is_sealed(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {SEALED}


def _stored_as(stored: Any, answer: dict[str, Any], sensitive: bool) -> bool:
    """Was the answer stored the way it must be stored now (sealed whole, or with its raw input sealed)?"""
    if sensitive:
        return _is_sealed(stored)
    if answer.get("raw") is not None:
        return isinstance(stored, dict) and _is_sealed(stored.get("raw"))
    return not _is_sealed(stored)


class FieldCipher:
    def __init__(self, keys: list[str], secret_key: str):
        if not keys:
            raise CryptoConfigError("no FIELD_ENCRYPTION_KEYS configured: refusing to store personal data")
        if not secret_key:
            raise CryptoConfigError("no SECRET_KEY configured")
        try:
            self._fernet = MultiFernet([Fernet(k.strip().encode()) for k in keys])
        except (ValueError, TypeError) as exc:
            raise CryptoConfigError("FIELD_ENCRYPTION_KEYS holds a key that is not a valid Fernet key") from exc
        self._lookup_key = hmac.new(secret_key.encode(), b"ankommen/lookup-hash/v1", hashlib.sha256).digest()

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise CryptoConfigError("cannot decrypt: key missing from FIELD_ENCRYPTION_KEYS") from exc

    def rotate(self, token: str) -> str:
        return self._fernet.rotate(token.encode("ascii")).decode("ascii")

    def lookup_hash(self, channel: str, user_id: str) -> str:
        return hmac.new(self._lookup_key, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()

    # -- JSON values ----------------------------------------------------------------------------------

    def seal(self, value: Any) -> dict[str, str]:
        return {SEALED: self.encrypt(json.dumps(value, ensure_ascii=False))}

    def unseal(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {SEALED}:
            return json.loads(self.decrypt(value[SEALED]))
        return value

    def reseal(self, value: Any) -> Any:
        """Re-encrypt every sealed value found anywhere inside a JSON structure with the newest key."""
        if isinstance(value, dict):
            if set(value) == {SEALED}:
                return {SEALED: self.rotate(value[SEALED])}
            return {k: self.reseal(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.reseal(v) for v in value]
        return value

    # -- answers --------------------------------------------------------------------------------------

    def seal_answers(self, answers: dict[str, dict[str, Any]], sensitive: set[str],
                     unchanged: dict[str, tuple[Any, Any]] | None = None) -> dict[str, Any]:
        """Whole answer sealed for special-category questions; the typed raw input sealed always.

        `unchanged` (filled by `unseal_answers`) maps a question to its answer as read and as it was
        stored: an answer still equal to what was read keeps its stored ciphertext instead of being
        encrypted again – a conversation step changes one answer, not the fifteen before it."""
        out: dict[str, Any] = {}
        for node_id, answer in answers.items():
            before = unchanged.get(node_id) if unchanged else None
            if before is not None and before[0] == answer and _stored_as(before[1], answer, node_id in sensitive):
                out[node_id] = before[1]
            elif node_id in sensitive:
                out[node_id] = self.seal(answer)
            elif answer.get("raw") is not None:
                out[node_id] = {**answer, "raw": self.seal(answer["raw"])}
            else:
                out[node_id] = answer
        return out

    def unseal_answers(self, stored: dict[str, Any],
                       unchanged: dict[str, tuple[Any, Any]] | None = None) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for node_id, value in stored.items():
            answer = self.unseal(value)
            if isinstance(answer, dict) and "raw" in answer:
                answer = {**answer, "raw": self.unseal(answer["raw"])}
            out[node_id] = answer
            if unchanged is not None:
                # not copied: the engine never changes a state in place (it steps on a deep copy)
                unchanged[node_id] = (answer, value)
        return out

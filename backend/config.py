"""Configuration from environment variables (documented in .env.example)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class ConfigError(RuntimeError):
    pass


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    app_env: Literal["development", "production", "test"] = "production"
    database_url: str = f"sqlite+aiosqlite:///{ROOT / 'var' / 'ankommen.db'}"
    # PostgreSQL: connections kept open per process (and as many more for peaks). Keep it at or above the
    # updates handled at once: a connection opened and closed per update costs more than the update.
    database_pool_size: int = Field(default=20, ge=1, le=200)
    telegram_bot_token: str | None = None
    # the bot's @username, printed on the welcome letters (t.me/<username>?start=<code>); asked from
    # Telegram when a token is set and this is empty
    telegram_bot_username: str | None = None
    telegram_api_base: str | None = None  # e.g. a local Bot API server; methods at {base}/bot{token}/{method}
    telegram_mode: Literal["polling", "webhook"] = "polling"
    # updates the bot handles at once in one process (each holds a database connection while it runs)
    telegram_concurrency: int = Field(default=8, ge=1, le=100)
    telegram_webhook_secret: str | None = None
    telegram_webhook_url: str | None = None  # public https URL of /telegram/webhook (webhook mode)
    secret_key: str = ""
    field_encryption_keys: str = ""  # comma-separated Fernet keys, newest first
    pseudonym_key: str = ""  # key of the HMAC that finds contacts again; default: derived from SECRET_KEY
    municipality_tz: str = "Europe/Berlin"
    municipality_profile: Path = ROOT / "dialogs" / "profiles" / "musterstadt.yaml"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    outbox_tick_seconds: float = 1.0
    # Telegram allows 30 messages a second per bot; each worker sends at most this many in any 1.05 s.
    # With several worker processes sending for one bot, give each its share (15 for two, 10 for three).
    telegram_bot_limit: int = Field(default=30, ge=1, le=30)
    outbox_batch: int = Field(default=100, ge=1, le=1000)  # rows a worker claims at once
    conversations_tick_seconds: float = 300.0  # nudges and expiry of abandoned conversations
    # staff sessions: idle time and lifetime; the second factor (TOTP): off | optional | admins (required for
    # admins); empty: "admins" in production, "optional" in development and tests
    staff_idle_minutes: int = Field(default=30, ge=5, le=480)
    staff_session_hours: int = Field(default=8, ge=1, le=24)
    staff_totp: Literal["off", "optional", "admins"] | None = None
    # addresses of reverse proxies whose X-Forwarded-For / -Proto are believed (comma-separated, or *)
    forwarded_allow_ips: str = "127.0.0.1"
    # the API's OpenAPI schema and its documentation page (/api/docs); empty: on in development, off in production
    api_docs: bool | None = None

    @field_validator("telegram_bot_token", "telegram_bot_username", "telegram_api_base", "telegram_webhook_secret",
                     "staff_totp", "api_docs", mode="before")
    @classmethod
    def _empty_is_none(cls, v: object) -> object:
        return None if v is None or v == "" else v

    @property
    def encryption_keys(self) -> list[str]:
        return [k.strip() for k in self.field_encryption_keys.split(",") if k.strip()]

    @property
    def api_docs_on(self) -> bool:
        return self.is_development if self.api_docs is None else self.api_docs

    @property
    def totp_mode(self) -> str:
        return self.staff_totp or ("optional" if self.is_development else "admins")

    @property
    def is_development(self) -> bool:
        return self.app_env in ("development", "test")

    def check(self) -> None:
        """Fail closed: no service without keys outside development; webhooks need a secret."""
        if not self.encryption_keys:
            hint = "run `make run` (creates var/dev.env)" if self.is_development else "set it in the environment"
            raise ConfigError(f"FIELD_ENCRYPTION_KEYS is not set: refusing to start ({hint})")
        if not self.secret_key or (not self.is_development and len(self.secret_key) < 32):
            raise ConfigError("SECRET_KEY is missing or shorter than 32 characters")
        if self.telegram_mode == "webhook" and self.telegram_bot_token and not self.telegram_webhook_secret:
            raise ConfigError("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET")

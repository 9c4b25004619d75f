"""Configuration fails closed; the CLI lists its commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backend.config import ConfigError, Settings
from storage.crypto import generate_key

ROOT = Path(__file__).resolve().parent.parent


def test_refuses_to_start_without_encryption_keys_outside_development() -> None:
    s = Settings(app_env="production", secret_key="s" * 40, field_encryption_keys="")
    with pytest.raises(ConfigError, match="FIELD_ENCRYPTION_KEYS"):
        s.check()


def test_refuses_a_short_secret_in_production_and_webhook_without_secret() -> None:
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        Settings(app_env="production", secret_key="short", field_encryption_keys=generate_key()).check()
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        Settings(app_env="production", secret_key="s" * 40, field_encryption_keys=generate_key(),
                 telegram_bot_token="1:x", telegram_mode="webhook").check()


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "sqlite+aiosqlite:///x.db")
    monkeypatch.setenv("TELEGRAM_API_BASE", "http://127.0.0.1:9")
    monkeypatch.setenv("MUNICIPALITY_TZ", "Europe/Vienna")
    monkeypatch.setenv("PORT", "9000")
    s = Settings()
    assert (s.database_url, s.telegram_api_base, s.municipality_tz, s.port) == (
        "sqlite+aiosqlite:///x.db", "http://127.0.0.1:9", "Europe/Vienna", 9000)
    assert s.app_env == "production"  # fail closed by default


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("FIELD_ENCRYPTION_KEYS", "SECRET_KEY", "APP_ENV")}
    return subprocess.run([sys.executable, "-m", "backend.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**base, **(env or {})}, timeout=60)


def test_cli_help_lists_the_commands() -> None:
    out = _cli("--help").stdout
    for cmd in ("serve", "migrate", "dialogs", "locales", "keys", "staff"):
        assert cmd in out


def test_serve_without_keys_exits_with_a_clear_message(tmp_path: Path) -> None:
    r = _cli("serve", env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/x.db"})
    assert r.returncode == 3 and "FIELD_ENCRYPTION_KEYS is not set" in r.stderr
    assert not (tmp_path / "x.db").exists()  # nothing was written


def test_dev_env_creates_working_keys() -> None:
    out = _cli("keys", "dev-env").stdout
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line and not line.startswith("#"))
    assert values["APP_ENV"] == "development" and len(values["SECRET_KEY"]) >= 32
    Settings(**{k.lower(): v for k, v in values.items()}).check()

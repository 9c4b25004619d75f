"""Shared fixtures. Database tests run on SQLite and on PostgreSQL (TEST_DATABASE_URL).

Without TEST_DATABASE_URL the PostgreSQL runs are skipped with the reason; with it (CI sets it), an
unreachable server is a failure, not a skip.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy.ext.asyncio import create_async_engine

import storage.passwords
from backend.config import ROOT, Settings
from backend.container import Container
from backend.demo import DEMO_USERS
from backend.profile import load_profile
from storage.crypto import generate_key
from storage.db import checkpoint, make_engine, migrate

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
DEMO_PROFILE = load_profile(ROOT / "dialogs" / "profiles" / "musterstadt.yaml")
SP = DEMO_PROFILE.recipient("sp")  # the demo's service point and its caseworker (fallberatung)
DEMO_PASSWORDS = {user: password for user, password, _, _ in DEMO_USERS}


def demo_password(user: str) -> str:
    """The password a test account has: the demo's own, or one that meets the password rule for those tests
    create (like every real account's must)."""
    return DEMO_PASSWORDS.get(user, f"Probe-{user.encode().hex()}-Kompass")


class Clock:
    """A clock the tests move by hand."""

    def __init__(self, now: datetime | None = None):
        self.now = now or datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    @classmethod
    def real(cls) -> Callable[[], datetime]:
        return lambda: datetime.now(UTC)

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashing() -> None:
    """Tests create and log in staff hundreds of times: argon2id with the smallest cost instead of the
    production cost (0.2 s per hash here). Same algorithm and code path; only the work factor differs."""
    storage.passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    storage.passwords._DUMMY = storage.passwords._hasher.hash("not-a-real-password")


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "app_env": "test",
        "database_url": database_url,
        "secret_key": "test-secret-key-" + "x" * 32,
        "field_encryption_keys": generate_key(),
        "telegram_bot_token": None,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file at the newest revision, made once per run: each test starts from a copy (the same
    migrations, run once instead of six hundred times; a test's own start still checks the revision)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"

    async def run() -> None:
        engine = make_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await migrate(engine)
            await checkpoint(engine)
        finally:
            await engine.dispose()

    asyncio.run(run())
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), tmp_path / "test.db")
        return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL run skipped: TEST_DATABASE_URL is not set (CI sets it; see .ci/run)")
    return PG_URL


@pytest.fixture
async def pg_schema(db_url: str) -> AsyncIterator[str | None]:
    """A fresh PostgreSQL schema per test (dropped afterwards); None on SQLite."""
    if db_url.startswith("sqlite"):
        yield None
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_async_engine(db_url)
    try:
        async with engine.begin() as conn:
            await conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    except OSError as exc:  # CI sets TEST_DATABASE_URL: an unreachable server must fail, not skip
        pytest.fail(f"PostgreSQL at TEST_DATABASE_URL is unreachable: {exc}")
    yield schema
    async with engine.begin() as conn:
        await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    await engine.dispose()


@pytest.fixture
def settings(db_url: str) -> Settings:
    return make_settings(db_url)


@pytest.fixture
async def container(settings: Settings, pg_schema: str | None, clock: Clock) -> AsyncIterator[Container]:
    c = Container.build(settings, schema=pg_schema, clock=clock, strict_l10n=True)
    await c.start()
    yield c
    await c.close()

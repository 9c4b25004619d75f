"""Database engine, sessions and migrations (Alembic runs on every start)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

import storage.sealed  # noqa: F401 - registers the sealing of staff texts on every session
from storage.crypto import FieldCipher

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _without_nul(value: Any) -> Any:
    """Statement parameters without NUL characters: PostgreSQL refuses a text with one (the whole row is lost).
    Typed input is cleaned where it comes in (backend/clean_input.py); this is the net under every other way."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, tuple):
        return tuple(_without_nul(v) for v in value)
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_nul(v) for k, v in value.items()}
    return value


def _guard_parameters(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "before_cursor_execute", retval=True)
    def _no_nul(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> Any:
        return statement, _without_nul(parameters)


def make_engine(url: str, schema: str | None = None, pool_size: int = 20, **kwargs: Any) -> AsyncEngine:
    """An async engine. SQLite gets WAL, foreign keys, a busy timeout and BEGIN IMMEDIATE transactions
    (one writer at a time, no lock upgrades that fail under load). `schema` (PostgreSQL) is used by tests
    to give every run its own namespace, `pool_size` the PostgreSQL connections kept open.

    PostgreSQL connections are not pinged before use (it cost three round trips per transaction); one
    closed on our side is replaced at checkout. A statement on a connection the server dropped (a
    restart) fails and the connection is discarded; the runtime runs such an update again
    (`bot.runtime`), the outbox worker at its next tick, a staff page shows an error once."""
    if is_sqlite(url):
        db = make_url(url).database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: an error message must never carry the values (personal data) into a log
        engine = create_async_engine(url, connect_args={"timeout": 30}, hide_parameters=True, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            # deleted rows are overwritten with zeros, and the WAL shrinks back after a checkpoint: what
            # /delete removed does not linger in the file's free pages (the hourly housekeeping checkpoints)
            cur.execute("PRAGMA secure_delete=ON")
            cur.execute("PRAGMA journal_size_limit=0")
            cur.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        _guard_parameters(engine)
        return engine
    settings = {"application_name": "ankommen"}  # how the operator tells our connections apart
    if schema:
        settings["search_path"] = schema
    connect_args: dict[str, Any] = {"server_settings": settings}
    engine = create_async_engine(url, connect_args=connect_args, pool_size=pool_size, max_overflow=pool_size,
                                 hide_parameters=True, **kwargs)

    @event.listens_for(engine.sync_engine, "checkout")
    def _on_checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        # a connection closed on our side (a task cancelled mid-statement) is replaced – no round trip
        if dbapi_conn.driver_connection.is_closed():
            raise DisconnectionError()

    _guard_parameters(engine)
    return engine


def session_factory(engine: AsyncEngine, cipher: FieldCipher | None = None) -> async_sessionmaker[Any]:
    """Sessions for this engine. With `cipher`, what staff write is sealed at rest (`storage.sealed`);
    without it, writing such a text fails."""
    return async_sessionmaker(engine, expire_on_commit=False, info={"cipher": cipher} if cipher else {})


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest revision (idempotent)."""

    def _upgrade(conn: Connection) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

    async with engine.begin() as conn:
        await conn.run_sync(_upgrade)


async def checkpoint(engine: AsyncEngine) -> None:
    """SQLite: copy the WAL into the database file and truncate it (readers in the middle of a transaction
    may leave it for the next time). Nothing to do on PostgreSQL (autovacuum reclaims dead rows)."""
    if engine.dialect.name != "sqlite":
        return
    try:
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            await raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:  # noqa: BLE001 - a busy database: the hourly housekeeping tries again
        log.warning("checkpoint not done (%s)", type(exc).__name__)

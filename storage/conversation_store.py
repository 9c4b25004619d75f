"""The statements of one conversation step: claim the update, load the person and their conversation, save
the conversation, queue the replies.

Every message a newcomer sends runs these, so they are the hot path of the bot. Two implementations with
the same meaning, chosen by the database of the session:

- `OrmStore` (SQLite, and any other database): the ORM, as everywhere else.
- `PgStore` (PostgreSQL through asyncpg): the same statements sent straight to the driver connection the
  session holds – inside the session's transaction, so the ORM work of the rarer actions (consents, the
  intake, bookings) commits or rolls back together with them. Passing SQLAlchemy's execution layer saves
  about 0.1 ms of CPU per statement, and a duplicate update is an `ON CONFLICT DO NOTHING` instead of a
  failed flush. The person
  and the conversation are handed back as ORM objects that the session treats as loaded, so the rest of
  the runtime sees no difference; `tests/test_conversation_store.py` holds both to the same results.
  These statements do not flush the session: what they refer to (a new contact or conversation) the
  runtime has flushed already, and what the ORM still holds (consents, a changed language) is written at
  the commit.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import asyncpg
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached

from storage import contacts as contacts_repo
from storage.models import Contact, Conversation, OutboxMessage, ProcessedUpdate


class OrmStore:
    async def begin(self, session: AsyncSession, channel: str, user_hash: str, update_key: str | None,
                    now: datetime) -> tuple[bool, Contact | None, Conversation | None]:
        """Claims the update – False if it was handled before (stop then: the transaction is spent) – and
        loads the person (row-locked on PostgreSQL until the commit) and their newest conversation."""
        if update_key is not None:
            session.add(ProcessedUpdate(channel=channel, update_key=update_key, processed_at=now))
            try:
                await session.flush()
            except IntegrityError:
                return False, None, None
        contact = await contacts_repo.find_contact(session, channel, user_hash, lock=True)
        if contact is None:
            return True, None, None
        return True, contact, await contacts_repo.current_conversation(session, contact.id)

    async def save(self, session: AsyncSession, conv: Conversation | None, values: dict[str, Any],
                   rows: list[dict[str, Any]]) -> list[int]:
        """Writes the conversation's new values (none if `conv` is None) and queues the outbox rows, in
        order; returns their ids."""
        if conv is not None:
            for name, value in values.items():
                setattr(conv, name, value)
        added = [OutboxMessage(**row) for row in rows]
        session.add_all(added)
        await session.flush()
        return [row.id for row in added]


def _columns(model: Any, prefix: str) -> tuple[list[str], str]:
    names = [c.name for c in model.__table__.columns]
    return names, ", ".join(f"{prefix}.{n} AS {prefix}_{n}" for n in names)


_CONTACT, _CONTACT_SQL = _columns(Contact, "c")
_CONV, _CONV_SQL = _columns(Conversation, "v")
_SQL_TYPES = {"Integer": "int", "String": "text", "Text": "text", "UTCDateTime": "timestamptz", "Boolean": "bool"}
_OUTBOX_TYPES = {c.name: _SQL_TYPES.get(c.type.__class__.__name__, "text") for c in OutboxMessage.__table__.columns}
_JSON_COLUMNS = {c.name for c in Conversation.__table__.columns if c.type.__class__.__name__ == "JSON"}


_DRIVER = "conversation_store.driver"  # key in `session.info`: (its transaction, connection, asyncpg adapter)


class PgStore(OrmStore):
    # two statements, not one join: under READ COMMITTED a statement that waited for the row lock still
    # reads the other tables as they were when it began, so the conversation another process just
    # saved would be missed; the second statement reads it after the lock is held
    CONTACT = f"SELECT {_CONTACT_SQL} FROM contacts c WHERE c.channel = $1 AND c.user_hash = $2 FOR UPDATE"
    CONVERSATION = f"SELECT {_CONV_SQL} FROM conversations v WHERE v.contact_id = $1 ORDER BY v.id DESC LIMIT 1"
    # the claim and the lock in one round trip; the lock is taken in a subquery so that a person not
    # yet known still gives a row (with the claim's result)
    BEGIN = (f"WITH claim AS (INSERT INTO processed_updates (channel, update_key, processed_at) "
             f"VALUES ($1, $3, $4) ON CONFLICT DO NOTHING RETURNING 1) "
             f"SELECT (SELECT count(*) FROM claim) AS fresh, c.* FROM (VALUES (1)) AS one (x) "
             f"LEFT JOIN LATERAL ({CONTACT}) c ON true")
    UNCLAIMED = f"SELECT 1 AS fresh, c.* FROM (VALUES (1)) AS one (x) LEFT JOIN LATERAL ({CONTACT}) c ON true"

    async def _call(self, session: AsyncSession, method: str, sql: str, *args: Any) -> Any:
        """One statement on the asyncpg connection of the session's transaction (begun here if SQLAlchemy,
        which sends BEGIN with its first statement, has not yet). A connection the server dropped is
        discarded, and `ConnectionLost` tells the caller to try again."""
        # looked up once per transaction of the session, not for every statement
        transaction, held = session.sync_session.get_transaction(), session.info.get(_DRIVER)
        if held is None or held[0] is not transaction:
            conn = await session.connection()
            transaction = session.sync_session.get_transaction()
            held = session.info[_DRIVER] = (transaction, conn, (await conn.get_raw_connection()).dbapi_connection)
        _, conn, adapted = held
        try:
            if adapted._transaction is None:
                await adapted._start_transaction()
            return await getattr(adapted.driver_connection, method)(sql, *args)
        except Exception as exc:
            if not _disconnected(session, exc, adapted.driver_connection):
                raise
            await conn.invalidate(exc)  # this one is closed and replaced; pooled ones the server closed too
            raise ConnectionLost() from exc  # are replaced at checkout (storage.db), the rest by retrying

    async def begin(self, session: AsyncSession, channel: str, user_hash: str, update_key: str | None,
                    now: datetime) -> tuple[bool, Contact | None, Conversation | None]:
        if update_key is None:
            row = await self._call(session, "fetchrow", self.UNCLAIMED, channel, user_hash)
        else:
            row = await self._call(session, "fetchrow", self.BEGIN, channel, user_hash, update_key, now)
        if not row["fresh"]:
            return False, None, None
        if row["c_id"] is None:
            return True, None, None
        contact = _loaded(session, Contact, {n: row[f"c_{n}"] for n in _CONTACT})
        row = await self._call(session, "fetchrow", self.CONVERSATION, contact.id)
        if row is None:
            return True, contact, None
        return True, contact, _loaded(session, Conversation, {n: row[f"v_{n}"] for n in _CONV})

    async def save(self, session: AsyncSession, conv: Conversation | None, values: dict[str, Any],
                   rows: list[dict[str, Any]]) -> list[int]:
        """One statement: the conversation's UPDATE as a CTE of the INSERT of all outbox rows (unnest of one
        array per column, inserted in order)."""
        args: list[Any] = []
        update = ""
        if conv is not None and values:
            names = list(values)
            args = [conv.id, *(json.dumps(values[n]) if n in _JSON_COLUMNS else values[n] for n in names)]
            sets = ", ".join(f"{n} = ${i}" for i, n in enumerate(names, start=2))
            update = f"UPDATE conversations SET {sets} WHERE id = $1"
        if not rows:
            if update:
                await self._call(session, "execute", update, *args)
            return []
        names = list(rows[0])
        arrays = ", ".join(f"${len(args) + i}::{_OUTBOX_TYPES[n]}[]" for i, n in enumerate(names, start=1))
        insert = (f"INSERT INTO outbox ({', '.join(names)}) SELECT {', '.join(names)} FROM unnest({arrays}) "
                  f"WITH ORDINALITY AS r ({', '.join(names)}, n) ORDER BY n RETURNING id")
        sql = f"WITH saved AS ({update}) {insert}" if update else insert
        args += [[row[n] for row in rows] for n in names]
        return sorted(r["id"] for r in await self._call(session, "fetch", sql, *args))


class ConnectionLost(Exception):
    """The database connection was gone (e.g. the server restarted); nothing was written: try again."""


_BROKEN = (OSError, asyncpg.exceptions.ConnectionDoesNotExistError, asyncpg.exceptions.InterfaceError,
           asyncpg.exceptions.PostgresConnectionError, asyncpg.exceptions.InternalClientError)


def _disconnected(session: AsyncSession, exc: BaseException, driver: Any) -> bool:
    """The connection is unusable: gone, or (after the server ended it) in a state asyncpg cannot use.
    An interface error on a connection that is still open is a mistake in our code, not a lost line."""
    if isinstance(exc, _BROKEN) or isinstance(exc.__cause__, _BROKEN):  # SQLAlchemy's adapter wraps them
        return bool(driver.is_closed()) or not isinstance(exc.__cause__ or exc, asyncpg.exceptions.InterfaceError)
    dialect = session.bind.dialect if session.bind is not None else None
    return bool(dialect is not None and isinstance(exc, dialect.loaded_dbapi.Error)
                and dialect.is_disconnect(exc, None, None))


def _loaded(session: AsyncSession, model: Any, values: dict[str, Any]) -> Any:
    """An ORM object for a row read by hand, known to the session as loaded (its changes are flushed)."""
    obj = model(**values)
    make_transient_to_detached(obj)
    session.add(obj)
    return obj


def store_for(session: AsyncSession) -> OrmStore:
    bind = session.bind
    dialect = bind.dialect if bind is not None else None
    if dialect is not None and dialect.name == "postgresql" and dialect.driver == "asyncpg":
        return _PG
    return _ORM


_ORM, _PG = OrmStore(), PgStore()

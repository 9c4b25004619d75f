"""The `ankommen` command."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import secrets
import sys

from backend.config import ConfigError, Settings


def _settings() -> Settings:
    return Settings()


def cmd_serve(args: argparse.Namespace) -> int:
    from backend.serve import serve

    settings = _settings()
    if args.port:
        settings.port = args.port
    parts = {"web": True, "bot": True, "worker": True}
    if args.only:
        parts = {k: k == args.only for k in parts}
    asyncio.run(serve(settings, demo=args.demo, **parts))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from backend.container import Container

    async def run() -> None:
        c = Container.build(_settings())
        try:
            await c.start()
        finally:
            await c.close()

    asyncio.run(run())
    print("database is up to date")
    return 0


def cmd_dialogs_check(args: argparse.Namespace) -> int:
    from backend.checks import dialogs_check

    problems = dialogs_check()
    for p in problems:
        print(p)
    print("dialogs: ok" if not problems else f"dialogs: {len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_locales_check(args: argparse.Namespace) -> int:
    from backend.checks import coverage_table, locales_check

    problems = locales_check()
    print(coverage_table())
    for p in problems:
        print(p)
    print("locales: ok" if not problems else f"locales: {len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_keys(args: argparse.Namespace) -> int:
    from storage.crypto import generate_key

    if args.action == "generate":
        print(generate_key())
        return 0
    if args.action == "dev-env":
        print("# Local development secrets (created by `make run`; never commit, never use in production)")
        print("APP_ENV=development")
        print(f"SECRET_KEY={secrets.token_urlsafe(48)}")
        print(f"FIELD_ENCRYPTION_KEYS={generate_key()}")
        return 0
    if args.action == "rotate":
        from backend.container import Container
        from storage.rotation import rotate_all

        async def run() -> int:
            c = Container.build(_settings())
            try:
                await c.start()
                return await rotate_all(c.sessions, c.cipher)
            finally:
                await c.close()

        print(f"re-encrypted {asyncio.run(run())} values with the newest key")
        return 0
    return 2


def cmd_staff_add(args: argparse.Namespace) -> int:
    from backend.container import Container
    from storage.passwords import PasswordRefused, check_new_password
    from storage.staff import create_staff

    password = args.password or getpass.getpass("Passwort: ")
    try:
        check_new_password(password, (args.username, args.name or ""))
    except PasswordRefused as exc:
        print(f"ankommen: {exc}", file=sys.stderr)
        return 2

    async def run() -> None:
        c = Container.build(_settings())
        try:
            await c.start()
            async with c.sessions() as session, session.begin():
                await create_staff(session, args.username, password, args.role, args.name or args.username)
        finally:
            await c.close()

    asyncio.run(run())
    print(f"staff user {args.username} ({args.role}) created")
    return 0


def cmd_staff_unlock(args: argparse.Namespace) -> int:
    """Unlock an account after a lockout (also when no admin can log in any more)."""
    from sqlalchemy import select

    from backend.container import Container
    from storage.logins import unlock
    from storage.models import StaffUser

    async def run() -> bool:
        c = Container.build(_settings())
        try:
            await c.start()
            async with c.sessions() as session, session.begin():
                user = await session.scalar(select(StaffUser).where(StaffUser.username == args.username))
                if user is None:
                    return False
                await unlock(session, None, user)
                return True
        finally:
            await c.close()

    if not asyncio.run(run()):
        print(f"ankommen: no staff user {args.username}", file=sys.stderr)
        return 2
    print(f"staff user {args.username} unlocked")
    return 0


def cmd_privacy_record(args: argparse.Namespace) -> int:
    """Print the record of processing activities (Art. 30 GDPR) for this municipality's profile."""
    import yaml

    from storage.data_map import record

    profile = yaml.safe_load(_settings().municipality_profile.read_text(encoding="utf-8"))
    sp = profile.get("service_point", {})
    contact = ", ".join(x for x in (sp.get("name"), sp.get("address"), sp.get("email")) if x)
    print(record(profile.get("name", ""), contact))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ankommen", description="Multilingual intake and follow-up for newcomers.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    s = sub.add_parser("serve", help="run web chat, staff backend, Telegram bot and worker in one process")
    s.add_argument("--demo", action="store_true", help="seed the demo municipality and staff users (development)")
    s.add_argument("--port", type=int, help="override PORT")
    s.add_argument("--only", choices=["web", "bot", "worker"], help="run one part only (for scaling out)")
    s.set_defaults(func=cmd_serve)
    sub.add_parser("migrate", help="bring the database schema up to date").set_defaults(func=cmd_migrate)
    d = sub.add_parser("dialogs", help="dialog scripts")
    d.add_subparsers(dest="action", required=True).add_parser(
        "check", help="validate every script and its texts").set_defaults(func=cmd_dialogs_check)
    loc = sub.add_parser("locales", help="translations")
    loc.add_subparsers(dest="action", required=True).add_parser(
        "check", help="every language has every message").set_defaults(func=cmd_locales_check)
    k = sub.add_parser("keys", help="field encryption keys")
    k.add_argument("action", choices=["generate", "dev-env", "rotate"],
                   help="generate: print a new key; dev-env: print local development secrets; "
                        "rotate: re-encrypt stored data with the first key")
    k.set_defaults(func=cmd_keys)
    st = sub.add_parser("staff", help="staff accounts").add_subparsers(dest="action", required=True)
    sa = st.add_parser("add", help="create a staff user (password: at least 12 characters, not easy to guess)")
    sa.add_argument("username")
    sa.add_argument("--role", required=True, choices=["caseworker", "clearing", "coordinator", "datenschutz", "admin"])
    sa.add_argument("--name")
    sa.add_argument("--password", help="omit to be asked")
    sa.set_defaults(func=cmd_staff_add)
    pr = sub.add_parser("privacy", help="data protection").add_subparsers(dest="action", required=True)
    pr.add_parser("record", help="print the record of processing activities (Art. 30 GDPR) as Markdown"
                  ).set_defaults(func=cmd_privacy_record)
    su = st.add_parser("unlock", help="unlock a staff user locked after too many wrong passwords")
    su.add_argument("username")
    su.set_defaults(func=cmd_staff_unlock)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("apscheduler", "alembic", "aiogram.event"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    args = parser().parse_args(argv)
    if not getattr(args, "func", None):
        parser().print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(f"ankommen: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())

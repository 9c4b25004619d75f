"""Staff accounts like a bank's (issue 13, items 4 and 5): the growing delay and the lockout after wrong
passwords (per account and per client, Retry-After, admins unlock), every login, failure, lockout, logout
and password change audited, the password rule, sessions on the server (logout, a password change and
deactivation end them at once, idling ends them), the TOTP second factor (required for admins when set),
and forms that must carry their session's token and come from this site. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pyotp
import pytest
from markupsafe import escape
from sqlalchemy import func, select

from backend.app import create_app
from backend.cli import main as cli
from backend.container import Container
from backend.demo import seed_demo
from storage import logins, passwords
from storage.models import AuditEvent, CaseNote, StaffSession, StaffUser
from tests.conftest import Clock, make_settings
from tests.staff_http import staff_http


@pytest.fixture
async def demo(container: Container) -> Container:
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
    return container


@asynccontextmanager
async def browser(c: Container) -> AsyncIterator[httpx.AsyncClient]:
    async with staff_http(create_app(c)) as client:
        yield client


async def log_in(client: httpx.AsyncClient, user: str, password: str) -> httpx.Response:
    return await client.post("/staff/login", data={"username": user, "password": password})


async def actions(c: Container, username: str) -> list[str]:
    async with c.sessions() as session:
        user_id = (await session.scalars(select(StaffUser.id).where(StaffUser.username == username))).one()
        return [e.action for e in await session.scalars(select(AuditEvent).where(
            AuditEvent.object_type == "staff_user", AuditEvent.object_id == str(user_id)).order_by(AuditEvent.id))]


async def test_wrong_passwords_slow_down_then_lock_and_an_admin_unlocks(demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        statuses = []
        for _ in range(10):
            r = await log_in(client, "fallberatung", "falsch-falsch-falsch")
            while r.status_code == 429:  # the growing delay: told how long, answered before any hashing
                wait = int(r.headers["retry-after"])
                assert 1 <= wait <= 300 and "Zu viele Versuche" in r.text
                clock.advance(seconds=wait)
                r = await log_in(client, "fallberatung", "falsch-falsch-falsch")
            statuses.append(r.status_code)
        assert statuses == [401] * 9 + [423]
        clock.advance(hours=2)
        r = await log_in(client, "fallberatung", "demo-fallberatung")  # the right password: still locked
        assert r.status_code == 423 and "gesperrt" in r.text
    assert await actions(demo, "fallberatung") == ["login_failed"] * 10 + ["lockout"]
    async with browser(demo) as admin:
        assert (await log_in(admin, "admin", "demo-administration")).status_code == 303
        page = (await admin.get("/staff/accounts")).text
        assert "gesperrt" in page
        async with demo.sessions() as session:
            user_id = (await session.scalars(select(StaffUser.id).where(StaffUser.username == "fallberatung"))).one()
        assert (await admin.post(f"/staff/accounts/{user_id}/unlock")).status_code == 303
    async with browser(demo) as client:
        assert (await log_in(client, "fallberatung", "demo-fallberatung")).status_code == 303
    assert (await actions(demo, "fallberatung"))[-2:] == ["unlock", "login"]


async def test_a_name_that_does_not_exist_is_treated_like_one_that_does(demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        for _ in range(3):
            assert (await log_in(client, "gibt-es-nicht", "falsch-falsch-falsch")).status_code == 401
        assert (await log_in(client, "gibt-es-nicht", "falsch-falsch-falsch")).status_code == 429
        clock.advance(minutes=20)  # the window is over
        assert (await log_in(client, "gibt-es-nicht", "falsch-falsch-falsch")).status_code == 401
    async with demo.sessions() as session:
        unknown = (await session.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed"))).all()
    assert len(unknown) == 4 and {e.reason for e in unknown} == {"unknown_name"} and {e.object_id for e in unknown} == {None}


async def test_one_client_trying_many_accounts_is_slowed_down(demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        for n in range(logins.CLIENT_FREE):  # one wrong password each for many names: spraying
            assert (await log_in(client, f"konto-{n}", "falsch-falsch-falsch")).status_code == 401
        r = await log_in(client, "jemand-anders", "falsch-falsch-falsch")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


async def test_a_colleagues_typos_do_not_lock_out_the_office_behind_one_address(demo: Container, clock: Clock) -> None:
    async with browser(demo) as desk_a, browser(demo) as desk_b:  # one office, one address
        for _ in range(logins.ACCOUNT_FREE):
            assert (await log_in(desk_a, "jmd1", "falsch-falsch-falsch")).status_code == 401
        r = await log_in(desk_a, "jmd1", "falsch-falsch-falsch")
        assert r.status_code == 429 and "1 Sekunde noch einmal" in r.text  # that account waits (German singular)
        assert (await log_in(desk_b, "admin", "demo-administration")).status_code == 303  # the colleague does not


async def test_logins_sent_all_at_once_are_counted_against_each_other(demo: Container, clock: Clock,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """30 wrong passwords for one name in parallel: only the first few are checked at all, the rest are told
    to wait – each attempt is counted before its check, so none slips past the delay."""
    checked: list[str] = []
    real = passwords._verify
    monkeypatch.setattr(passwords, "_verify", lambda stored, password: checked.append(password) or real(stored, password))
    async with browser(demo) as client:
        results = await asyncio.gather(*[log_in(client, "clearing", f"falsch-{n}-falsch-falsch") for n in range(30)])
    statuses = Counter(r.status_code for r in results)
    assert len(checked) <= logins.ACCOUNT_FREE and statuses[401] == len(checked) and statuses[429] == 30 - len(checked)
    async with demo.sessions() as session:
        assert (await session.scalars(select(func.count()).select_from(AuditEvent)
                                      .where(AuditEvent.action == "login_failed"))).one() == len(checked)


async def test_the_current_password_asked_again_counts_like_a_login(demo: Container, clock: Clock) -> None:
    """Someone holding a stolen session cannot guess the password on the account page: the same delay, and
    after ten wrong ones the account is locked and every session of it ends."""
    async with browser(demo) as thief, browser(demo) as owner:
        assert (await log_in(thief, "fallberatung", "demo-fallberatung")).status_code == 303
        assert (await log_in(owner, "fallberatung", "demo-fallberatung")).status_code == 303
        change = {"new": "Tulpe Kompass Regen Brot", "repeat": "Tulpe Kompass Regen Brot"}
        statuses = []
        for n in range(logins.LOCK_AFTER):
            r = await thief.post("/staff/account/password", data={"current": f"geraten-{n}-geraten", **change})
            while r.status_code == 429:
                clock.advance(seconds=int(r.headers["retry-after"]))
                r = await thief.post("/staff/account/password", data={"current": f"geraten-{n}-geraten", **change})
            statuses.append(r.status_code)
        assert statuses[:-1] == [400] * (logins.LOCK_AFTER - 1) and statuses[-1] == 303  # locked: out
        assert (await owner.get("/staff/desk")).status_code == 303  # every session of the account ended
        assert (await log_in(owner, "fallberatung", "demo-fallberatung")).status_code == 423
    assert {"password_check_failed", "lockout"} <= set(await actions(demo, "fallberatung"))


async def test_a_new_password_must_differ_and_must_not_be_a_word_with_digits(demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        assert (await log_in(client, "fallberatung", "demo-fallberatung")).status_code == 303
        for new, why in (("demo-fallberatung", "ein anderes sein"), ("Sommer2026!!", "bekanntes Wort mit Zahlen"),
                         ("Hallo Welt 123", "bekanntes Wort mit Zahlen"),
                         ("Musterstadt2026", "Namen der Stadt")):
            r = await client.post("/staff/account/password", data={
                "current": "demo-fallberatung", "new": new, "repeat": new})
            assert r.status_code == 400 and why in r.text, (new, r.text[-600:])


async def test_turning_the_second_factor_on_ends_the_other_sessions(demo: Container, clock: Clock) -> None:
    async with browser(demo) as mine, browser(demo) as stolen:
        assert (await log_in(mine, "clearing", "demo-clearing")).status_code == 303
        assert (await log_in(stolen, "clearing", "demo-clearing")).status_code == 303
        await mine.post("/staff/account/2fa/start")
        secret = await secret_of(demo, "clearing")
        r = await mine.post("/staff/account/2fa", data={"code": codes(secret, clock().timestamp())})
        assert r.headers["location"] == "/staff/account?hinweis=2fa-an"
        assert (await mine.get("/staff/clearing")).status_code == 200
        assert (await stolen.get("/staff/clearing")).status_code == 303


async def test_a_form_sent_after_the_session_ended_says_so_and_gives_the_text_back(demo: Container,
                                                                                  clock: Clock) -> None:
    async with browser(demo) as client:
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
        clock.advance(minutes=31)  # a long phone call
        note = "Frau A. hat angerufen: <b>Termin</b> beim Jobcenter am Montag, bitte Unterlagen mitbringen."
        r = await client.post("/staff/cases/1/notes", data={"text": note},
                              headers={"Referer": "http://test/staff/intakes/1"})
        assert r.status_code == 401 and "Sie sind nicht mehr angemeldet – es wurde nichts gespeichert" in " ".join(
            r.text.split())
        assert escape(note) in r.text and note not in r.text  # shown to copy, escaped
        assert 'name="next" value="/staff/intakes/1"' in r.text  # after the login back to that page
        r = await client.get("/staff/clearing")  # a page, with the dead session's cookie
        assert "beendet=1" in r.headers["location"]
        assert "nicht mehr angemeldet" in (await client.get(r.headers["location"])).text
    async with browser(demo) as fresh:
        assert "nicht mehr angemeldet" not in (await fresh.get("/staff/login")).text


async def test_logout_ends_the_session_on_the_server(demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
        copied = dict(client.cookies)
        assert (await client.get("/staff/clearing")).status_code == 200
        assert (await client.post("/staff/logout")).status_code == 303
    async with browser(demo) as thief:
        thief.cookies.update(copied)  # a copy of the cookie, taken before the logout
        r = await thief.get("/staff/clearing")
        assert r.status_code == 303 and r.headers["location"].startswith("/staff/login")
        assert (await thief.get("/api/intakes")).status_code == 401
    assert await actions(demo, "clearing") == ["login", "logout"]
    async with browser(demo) as client:  # from a stale tab (an old form token): the session ends all the same
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
        copied = dict(client.cookies)
        assert (await client.post("/staff/logout", headers={"X-CSRF-Token": "from-an-old-tab"})).status_code == 303
    async with browser(demo) as thief:
        thief.cookies.update(copied)
        assert (await thief.get("/api/intakes")).status_code == 401
    assert await actions(demo, "clearing") == ["login", "logout", "login", "logout"]


async def test_idling_ends_a_session_and_so_does_its_lifetime(demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
        for _ in range(20):  # working for 8 hours, a request every 25 minutes
            clock.advance(minutes=25)
            r = await client.get("/staff/clearing")
            if r.status_code != 200:
                break
        assert r.status_code == 303  # the session's 8 hours are over
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
        clock.advance(minutes=31)  # half an hour without a click
        assert (await client.get("/staff/clearing")).status_code == 303
    async with demo.sessions() as session:
        reasons = [s.ended_reason for s in await session.scalars(select(StaffSession).order_by(StaffSession.id))]
    assert reasons == ["expired", "idle"]


async def test_a_changed_password_ends_every_other_session_and_must_meet_the_rule(demo: Container,
                                                                                  clock: Clock) -> None:
    async with browser(demo) as mine, browser(demo) as other:
        assert (await log_in(mine, "fallberatung", "demo-fallberatung")).status_code == 303
        assert (await log_in(other, "fallberatung", "demo-fallberatung")).status_code == 303
        for current, new, repeat, why in (
                ("falsch", "Tulpe Kompass Regen Brot", "Tulpe Kompass Regen Brot", "bisherige Passwort stimmt nicht"),
                ("demo-fallberatung", "kurz", "kurz", "mindestens 12 Zeichen"),
                ("demo-fallberatung", "passwort1234", "passwort1234", "bekanntes Wort mit Zahlen"),
                ("demo-fallberatung", "123456789012", "123456789012", "zu leicht zu erraten"),
                ("demo-fallberatung", "fallberatung-2026", "fallberatung-2026", "Ihren Benutzernamen und den Namen der Stadt"),
                ("demo-fallberatung", "Tulpe Kompass Regen Brot", "Tulpe Kompass Regen", "nicht gleich")):
            r = await mine.post("/staff/account/password", data={"current": current, "new": new, "repeat": repeat})
            assert r.status_code == 400 and why in r.text, why
        r = await mine.post("/staff/account/password", data={
            "current": "demo-fallberatung", "new": "Tulpe Kompass Regen Brot", "repeat": "Tulpe Kompass Regen Brot"})
        assert r.status_code == 303
        assert (await mine.get("/staff/desk")).status_code == 200  # this browser goes on
        assert (await other.get("/staff/desk")).status_code == 303  # the other session is over
    async with browser(demo) as client:
        assert (await log_in(client, "fallberatung", "demo-fallberatung")).status_code == 401
        assert (await log_in(client, "fallberatung", "Tulpe Kompass Regen Brot")).status_code == 303
    assert "password_changed" in await actions(demo, "fallberatung")


async def test_deactivating_an_account_ends_its_sessions_at_once(demo: Container, clock: Clock) -> None:
    async with browser(demo) as user, browser(demo) as admin:
        assert (await log_in(user, "koordination", "demo-koordination")).status_code == 303
        assert (await user.get("/staff/figures")).status_code == 200
        assert (await log_in(admin, "admin", "demo-administration")).status_code == 303
        async with demo.sessions() as session:
            user_id = (await session.scalars(select(StaffUser.id).where(StaffUser.username == "koordination"))).one()
        assert (await admin.post(f"/staff/accounts/{user_id}/deactivate")).status_code == 303
        assert (await user.get("/staff/figures")).status_code == 303
        assert (await log_in(user, "koordination", "demo-koordination")).status_code == 401


def codes(secret: str, at: float) -> str:
    return pyotp.TOTP(secret).at(at)


async def secret_of(c: Container, username: str) -> str:
    async with c.sessions() as session:
        return (await session.scalars(select(StaffUser).where(StaffUser.username == username))).one().totp_secret


async def test_a_second_factor_once_set_up_is_asked_at_every_login_and_a_code_counts_once(
        demo: Container, clock: Clock) -> None:
    async with browser(demo) as client:
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
        assert (await client.post("/staff/account/2fa/start")).status_code == 303
        page = (await client.get("/staff/account/2fa")).text
        assert "<svg" in page and "Schlüssel" in page
        secret = await secret_of(demo, "clearing")
        assert (await client.post("/staff/account/2fa", data={"code": "000000"})).headers["location"].endswith("fehler=code")
        r = await client.post("/staff/account/2fa", data={"code": codes(secret, clock().timestamp())})
        assert r.headers["location"] == "/staff/account?hinweis=2fa-an"
        await client.post("/staff/logout")
        clock.advance(seconds=60)
        r = await log_in(client, "clearing", "demo-clearing")
        assert r.headers["location"] == "/staff/login/code"
        assert (await client.get("/staff/clearing")).headers["location"] == "/staff/login/code"  # not before the code
        assert (await client.get("/api/intakes")).status_code == 401
        assert (await client.post("/staff/login/code", data={"code": "123456"})).status_code == 401
        code = codes(secret, clock().timestamp())
        r = await client.post("/staff/login/code", data={"code": code})
        assert r.status_code == 303 and r.headers["location"] == "/staff/clearing"
        assert (await client.get("/staff/clearing")).status_code == 200
        await client.post("/staff/logout")
        assert (await log_in(client, "clearing", "demo-clearing")).headers["location"] == "/staff/login/code"
        assert (await client.post("/staff/login/code", data={"code": code})).status_code == 401  # used already
    async with demo.sessions() as session:  # the secret is sealed at rest
        raw = (await session.execute(select(StaffUser.__table__.c.totp_secret)
                                     .where(StaffUser.username == "clearing"))).scalar_one()
    assert raw != secret and secret not in raw


async def test_admins_must_set_up_the_second_factor_when_the_installation_requires_it(
        db_url: str, pg_schema: str | None, clock: Clock) -> None:
    c = Container.build(make_settings(db_url, staff_totp="admins"), schema=pg_schema, clock=clock, strict_l10n=True)
    await c.start()
    try:
        async with c.sessions() as session, session.begin():
            await seed_demo(session)
        async with browser(c) as admin, browser(c) as caseworker:
            assert (await log_in(caseworker, "fallberatung", "demo-fallberatung")).headers["location"] == "/staff/desk"
            r = await log_in(admin, "admin", "demo-administration")
            assert r.headers["location"] == "/staff/account/2fa"
            assert (await admin.get("/staff/accounts")).headers["location"] == "/staff/account/2fa"
            await admin.post("/staff/account/2fa/start")
            secret = await secret_of(c, "admin")
            r = await admin.post("/staff/account/2fa", data={"code": codes(secret, clock().timestamp())})
            assert r.headers["location"] == "/staff/clearing"
            assert (await admin.get("/staff/accounts")).status_code == 200
            r = await admin.post("/staff/account/2fa/off", data={"current": "demo-administration"})
            assert r.status_code == 400 and "vorgeschrieben" in r.text
    finally:
        await c.close()


async def test_a_change_needs_its_sessions_form_token_and_must_come_from_this_site(demo: Container,
                                                                                   clock: Clock) -> None:
    from storage import clearing
    from storage.models import Intake
    from tests.conftest import SP
    from tests.test_clearing import intake_of

    intake_id = await intake_of(demo, "csrf-person")
    async with demo.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        await clearing.decide(session, users["clearing"], await session.get(Intake, intake_id), "admit", reason="",
                              organisation=SP, caseworker_id=users["fallberatung"].id, now=clock())
    async with browser(demo) as client:  # the caseworker the case is assigned to
        assert (await log_in(client, "fallberatung", "demo-fallberatung")).status_code == 303
        token = client.headers.pop("X-CSRF-Token")
        client.event_hooks["response"].clear()  # from here on the client sends only what each test step says
        note = {"text": "Notiz von einer fremden Seite"}
        r = await client.post(f"/staff/cases/{intake_id}/notes", data=note)  # no token: another site's form
        assert r.status_code == 403 and "Formular abgelaufen" in r.text
        r = await client.post(f"/staff/cases/{intake_id}/notes", data={**note, "csrf_token": "x" * 43})
        assert r.status_code == 403
        for origin in ({"Origin": "https://formulare.musterstadt.example"}, {"Sec-Fetch-Site": "same-site"},
                       {"Sec-Fetch-Site": "cross-site"}):
            r = await client.post(f"/staff/cases/{intake_id}/notes", data={**note, "csrf_token": token}, headers=origin)
            assert r.status_code == 403, origin
        r = await client.post("/staff/login", data={"username": "clearing", "password": "demo-clearing"},
                              headers={"Origin": "https://evil.example"})
        assert r.status_code == 403  # the login too (login CSRF)
        r = await client.post("/api/session", json={"username": "clearing", "password": "demo-clearing"},
                              headers={"Sec-Fetch-Site": "cross-site"})
        assert r.status_code == 403
        async with demo.sessions() as session:
            assert (await session.scalars(select(CaseNote))).all() == []
        r = await client.post(f"/staff/cases/{intake_id}/notes", data={"text": "Notiz hier", "csrf_token": token},
                              headers={"Origin": "http://test", "Sec-Fetch-Site": "same-origin"})
        assert r.status_code == 303  # the page's own form
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
        assert f'name="csrf_token" value="{token}"' in page
    async with demo.sessions() as session:
        assert [n.text for n in await session.scalars(select(CaseNote))] == ["Notiz hier"]


async def test_the_api_login_hands_out_its_form_token_once(demo: Container) -> None:
    async with browser(demo) as client:
        r = await client.post("/api/session", json={"username": "clearing", "password": "demo-clearing"})
        assert r.status_code == 200
        tokens = r.headers.get_list("x-csrf-token")
        assert len(tokens) == 1 and len(tokens[0]) >= 32
        r = await client.post("/api/session", json={"username": "clearing", "password": "demo-clearing"})
        assert r.headers.get_list("x-csrf-token") != tokens  # a new session, a new token


async def test_the_password_check_runs_off_the_event_loop(demo: Container, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = passwords._verify

    def spy(stored: str | None, password: str) -> bool:
        seen.append(threading.current_thread().name)
        return real(stored, password)

    monkeypatch.setattr(passwords, "_verify", spy)
    async with browser(demo) as client:
        assert (await log_in(client, "clearing", "demo-clearing")).status_code == 303
    assert seen and threading.main_thread().name not in seen


def test_the_cli_refuses_a_weak_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["staff", "add", "neu", "--role", "caseworker", "--password", "123456789012"]) == 2
    assert "zu leicht zu erraten" in capsys.readouterr().err


@pytest.mark.parametrize("password", ["x" * 12, "passwort1234", "qwertzuiop12", "Musterstadt2026", "a", ""])
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(passwords.PasswordRefused):
        passwords.check_new_password(password, ("fallberatung", "Aylin Demir", "Musterstadt"))


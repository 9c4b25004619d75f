"""The staff login under attack: a page's latency while wrong passwords are tried in parallel.

`ankommen serve --only web` runs as a process of its own in production mode (argon2id at its production
cost). First the idle latency of a page (GET /staff/login, rendered from a template) is sampled; then four
attacker processes send wrong logins without pause – each with a new name and, through a trusted proxy
header, a new client address, so neither the per-account nor the per-client delay stops them and every
attempt costs a full argon2id check (the worst case: a distributed attack) – and the same page is sampled
again. Target: the median under attack at most 1.5 × the idle median.
"""

from __future__ import annotations

import http.client
import multiprocessing
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ATTACKERS = 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _sample(port: int, count: int) -> list[float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        conn.request("GET", "/staff/login")
        response = conn.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times


def _attack(port: int, stop: Any, counts: Any) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while not stop.is_set():
        name = secrets.token_hex(6)
        address = f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.{secrets.randbelow(250) + 1}"
        body = f"username={name}&password=falsch-falsch-falsch"
        conn.request("POST", "/staff/login", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": address})
        response = conn.getresponse()
        response.read()
        with counts.get_lock():
            counts.value += 1


def login_bench(samples: int = 300) -> dict[str, Any]:
    from cryptography.fernet import Fernet

    with tempfile.TemporaryDirectory(prefix="ankommen-bench-logins-") as tmp:
        port = _free_port()
        env = {**{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")},
               "APP_ENV": "production", "DATABASE_URL": f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}",
               "SECRET_KEY": secrets.token_urlsafe(48), "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
               "HOST": "127.0.0.1", "PORT": str(port), "FORWARDED_ALLOW_IPS": "127.0.0.1", "STAFF_TOTP": "off",
               "PYTHONUNBUFFERED": "1"}
        log = (Path(tmp) / "serve.log").open("wb")
        server = subprocess.Popen([sys.executable, "-m", "backend.cli", "serve", "--only", "web"], cwd=ROOT,
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    _sample(port, 1)
                    break
                except (OSError, http.client.HTTPException):
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise RuntimeError("the web process did not start") from None
                    time.sleep(0.2)
            _sample(port, 50)  # warm up
            idle = _sample(port, samples)
            stop, counts = multiprocessing.Event(), multiprocessing.Value("i", 0)
            attackers = [multiprocessing.Process(target=_attack, args=(port, stop, counts)) for _ in range(ATTACKERS)]
            for a in attackers:
                a.start()
            time.sleep(2)  # the attack is running
            before, started = counts.value, time.monotonic()
            loaded = _sample(port, samples)
            rate = (counts.value - before) / (time.monotonic() - started)
            stop.set()
            for a in attackers:
                a.join(timeout=90)
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
    idle_median, loaded_median = statistics.median(idle), statistics.median(loaded)
    return {"idle median ms": round(idle_median, 2), "attacked median ms": round(loaded_median, 2),
            "attacked p90 ms": round(statistics.quantiles(loaded, n=10)[-1], 2),
            "ratio": round(loaded_median / idle_median, 2), "wrong logins/s": round(rate, 1),
            "attackers": ATTACKERS}

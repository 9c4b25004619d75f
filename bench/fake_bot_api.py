"""The fake Bot API (tests/fake_telegram.py, enforcing Telegram's limits) as its own process, so that its
clock and event loop are independent of the sender's, as Telegram's are. Prints its base URL and the URL
of a /stats endpoint (what arrived, when, 429s given), then serves until killed."""

from __future__ import annotations

import asyncio
import sys
import time
from collections import Counter
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fake_telegram import FakeTelegram, render  # noqa: E402


async def main() -> None:
    fake = FakeTelegram(enforce_limits=True)
    await fake.start()
    arrivals: list[float] = []
    original = fake._send_message

    def stamp(p: dict) -> dict:
        result = original(p)
        arrivals.append(time.monotonic())
        return result

    fake._methods["sendmessage"] = ("sendMessage", stamp)

    async def stats(_: web.Request) -> web.Response:
        per_chat = Counter(m["chat_id"] for m in fake.sent if "Erinnerung" in render(m["text"] or "", "HTML"))
        return web.json_response({"too_many": fake.too_many, "arrivals": arrivals,
                                  "per_chat": {str(k): v for k, v in per_chat.items()}})

    app = web.Application()
    app.router.add_get("/stats", stats)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    print(fake.base_url, f"http://{host}:{port}/stats", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())

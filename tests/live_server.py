"""The real app under uvicorn on 127.0.0.1 and a free port, in a background thread with its own event loop.

The container (engine, connection pool, runtime) is built, started and seeded inside that loop, since its
async objects belong to the loop they were created in.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Callable

import uvicorn

from backend.app import create_app
from backend.config import Settings
from backend.container import Container

Setup = Callable[[Container], Awaitable[None]]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, settings: Settings, setup: Setup | None = None, timeout: float = 15.0,
                 schema: str | None = None):
        self.settings, self.setup, self.timeout, self.schema = settings, setup, timeout, schema
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        self._ready.wait(self.timeout)
        if self._error is not None:
            raise RuntimeError("live server failed to start") from self._error
        if not self._ready.is_set():
            self.stop()
            raise RuntimeError(f"live server did not start within {self.timeout} s")
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        self._thread.join(timeout=self.timeout)

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to the test thread
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        container = Container.build(self.settings, schema=self.schema)
        try:
            await container.start()
            if self.setup is not None:
                await self.setup(container)
            config = uvicorn.Config(create_app(container), host="127.0.0.1", port=self.port, log_level="warning",
                                    access_log=False, lifespan="off")
            self._server = uvicorn.Server(config)
            serving = asyncio.create_task(self._server.serve())
            while not self._server.started:
                if serving.done():
                    await serving  # raises what stopped it
                    raise RuntimeError("uvicorn stopped before it started")
                await asyncio.sleep(0.02)
            self._ready.set()
            await serving
        finally:
            await container.close()

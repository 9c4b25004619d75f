"""Script versions: the live version of each script and any pinned older version a conversation still uses,
parsed once and cached by (id, version). Which version is live is decided in the database
(storage.script_versions): a release's dialogs/*.yaml or a version a coordinator published."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.loader import ScriptVersion, load_all, parse_script
from dialogs.recipients import Organisation, bind_version
from storage import script_versions
from storage.models import ScriptVersionRow


class ScriptRegistry:
    def __init__(self, scripts: dict[str, ScriptVersion] | None = None,
                 organisations: Sequence[Organisation] = ()):
        # every version is bound to the profile's organisations: its releases ask about them by name
        self.organisations = tuple(organisations)
        self.shipped: dict[str, ScriptVersion] = {
            k: bind_version(sv, self.organisations) for k, sv in (scripts if scripts is not None else load_all()).items()}
        self.published: dict[str, ScriptVersion] = dict(self.shipped)
        self._cache: dict[tuple[str, str], ScriptVersion] = {
            (sv.id, sv.version): sv for sv in self.published.values()
        }

    async def sync(self, session: AsyncSession, now: datetime | None = None) -> None:
        """Store what this release ships (see storage.script_versions) and load the live versions."""
        await script_versions.sync_release(session, self.shipped, now or datetime.now(UTC))
        await self.refresh(session)

    async def refresh(self, session: AsyncSession) -> None:
        """Take the live versions from the database (after a publication here or in another process)."""
        for script_id, version in (await script_versions.live_versions(session)).items():
            self.published[script_id] = await self.get(session, script_id, version)

    async def get(self, session: AsyncSession, script_id: str, version: str) -> ScriptVersion:
        key = (script_id, version)
        if key not in self._cache:
            source = await session.scalar(
                select(ScriptVersionRow.source).where(
                    ScriptVersionRow.script_id == script_id, ScriptVersionRow.version == version
                )
            )
            if source is None:
                raise LookupError(f"script {script_id} version {version} is not stored")
            self._cache[key] = bind_version(parse_script(source, file=f"{script_id}@{version}"), self.organisations)
        return self._cache[key]

"""Script versions: snapshots of dialogs/*.yaml stored in the database, cached by (id, version)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.loader import ScriptVersion, load_all, parse_script
from storage.models import ScriptVersionRow


class ScriptRegistry:
    """Knows the published version of each script and any pinned older version a conversation still uses."""

    def __init__(self, scripts: dict[str, ScriptVersion] | None = None):
        self.published: dict[str, ScriptVersion] = scripts if scripts is not None else load_all()
        self._cache: dict[tuple[str, str], ScriptVersion] = {
            (sv.id, sv.version): sv for sv in self.published.values()
        }

    async def sync(self, session: AsyncSession) -> None:
        """Store a snapshot of every published script (once per version)."""
        for sv in self.published.values():
            exists = await session.scalar(
                select(ScriptVersionRow.id).where(
                    ScriptVersionRow.script_id == sv.id, ScriptVersionRow.version == sv.version
                )
            )
            if exists is None:
                session.add(ScriptVersionRow(script_id=sv.id, version=sv.version, source=sv.source))

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
            self._cache[key] = parse_script(source, file=f"{script_id}@{version}")
        return self._cache[key]

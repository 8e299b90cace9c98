"""Row counts kept per state of the database file.

Datasette counts the matching rows of every table page and JSON request (`select count(*) from
events where source = ?`). A filter that matches most of 100,000 events reads a whole index for
it — 10 ms of a 20 ms budget, on every request, for a number that changes only when a crawl or an
import writes. `CountingDatabase` keeps each count per state of the file (filestate.py).
"""
from __future__ import annotations

from datasette.database import Database

from .filestate import kept, key_of

COUNT_PREFIX = "select count(*) from "


class CountingDatabase(Database):
    async def execute(self, sql, params=None, *args, **kwargs):
        if self.is_memory or not self.path or not sql.lstrip().lower().startswith(COUNT_PREFIX):
            return await super().execute(sql, params, *args, **kwargs)
        return await kept(("count", *key_of(self.path, sql, params)),
                          lambda: super(CountingDatabase, self).execute(sql, params, *args, **kwargs))

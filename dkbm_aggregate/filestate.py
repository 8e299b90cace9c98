"""Results kept per state of the database file.

A crawl or an import changes the file (or its WAL); between two writes every count over the same
query has the same answer. The site's facet counts and its row counts are therefore computed once
per state of the file and kept here, not on every request.
"""
from __future__ import annotations

import os
from collections import OrderedDict

CACHE_SIZE = 256
_RESULTS: OrderedDict[tuple, object] = OrderedDict()


def file_state(path) -> tuple:
    """mtime/size of the database file and its WAL: changes whenever a crawl writes."""
    state = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(str(path) + suffix)
        except OSError:
            state.append(None)
        else:
            state.append((st.st_mtime_ns, st.st_size))
    return tuple(state)


def key_of(path, sql: str, params) -> tuple:
    if isinstance(params, dict):
        params = tuple(sorted(params.items()))
    return (str(path), file_state(path), sql, tuple(params or ()))


async def kept(key: tuple, compute):
    """compute()'s result for this key, computed once while the file is unchanged."""
    if key in _RESULTS:
        _RESULTS.move_to_end(key)
        return _RESULTS[key]
    result = await compute()
    _RESULTS[key] = result
    while len(_RESULTS) > CACHE_SIZE:
        _RESULTS.popitem(last=False)
    return result

"""Where conversations live between messages: in this process, or in Redis for several workers.

A store keeps `SessionState` (plain data) under an opaque id the server made. An id the store
does not know, or no longer knows, starts a new conversation.
"""

from __future__ import annotations

import json
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from bot.dialogue import SessionState


def new_session_id() -> str:
    """An unguessable id: knowing one person's id must not lead to another's conversation."""
    return secrets.token_urlsafe(18)


class SessionStore(Protocol):
    kind: str

    async def load(self, session_id: str) -> SessionState | None: ...
    async def save(self, session_id: str, state: SessionState) -> None: ...
    async def delete(self, session_id: str) -> None: ...
    async def count(self) -> int | None: ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


class MemorySessionStore:
    """Sessions in this process, forgotten after `idle_seconds` and capped at `max_sessions`.

    Kept in least-recently-used order, so both expiry and the cap only ever look at the front:
    no sweeper task, and the cost per message does not grow with the number of sessions.
    """

    kind = "memory"

    def __init__(self, idle_seconds: float, max_sessions: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_seconds = idle_seconds
        self.max_sessions = max_sessions
        self._clock = clock
        self._sessions: OrderedDict[str, tuple[float, SessionState]] = OrderedDict()

    async def load(self, session_id: str) -> SessionState | None:
        self._expire()
        entry = self._sessions.get(session_id)
        return None if entry is None else entry[1]

    async def save(self, session_id: str, state: SessionState) -> None:
        self._sessions[session_id] = (self._clock(), state)
        self._sessions.move_to_end(session_id)
        self._expire()
        while len(self._sessions) > self.max_sessions:
            self._sessions.popitem(last=False)

    async def delete(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)

    async def count(self) -> int | None:
        self._expire()
        return len(self._sessions)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._sessions.clear()

    def _expire(self) -> None:
        cutoff = self._clock() - self.idle_seconds
        while self._sessions:
            seen, _ = next(iter(self._sessions.values()))
            if seen > cutoff:
                break
            self._sessions.popitem(last=False)


class RedisSessionStore:
    """Sessions in Redis as `SessionState.to_dict()` JSON with a time-to-live, so any worker on
    any machine can carry on a conversation. Redis does the expiry; its own memory limit and
    eviction policy are the cap."""

    kind = "redis"
    prefix = "allbot:session:"

    def __init__(self, url: str, idle_seconds: float) -> None:
        from redis.asyncio import Redis

        self.idle_seconds = int(idle_seconds)
        self._redis = Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)

    async def load(self, session_id: str) -> SessionState | None:
        raw = await self._redis.get(self.prefix + session_id)
        if raw is None:
            return None
        try:
            return SessionState.from_dict(json.loads(raw))
        except (ValueError, TypeError, KeyError):
            return None  # written by an incompatible version: start afresh rather than fail

    async def save(self, session_id: str, state: SessionState) -> None:
        await self._redis.set(self.prefix + session_id, json.dumps(state.to_dict()), ex=self.idle_seconds)

    async def delete(self, session_id: str) -> None:
        await self._redis.delete(self.prefix + session_id)

    async def count(self) -> int | None:
        return None  # counting keys would scan the whole Redis database

    async def ping(self) -> bool:
        try:
            return bool(await self._redis.ping())
        except Exception:  # any failure means "not reachable" for the health check
            return False

    async def close(self) -> None:
        await self._redis.aclose()

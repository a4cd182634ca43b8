"""Where conversations live between messages: in this process, or in Redis for several workers.

A store keeps `SessionState` (plain data) under a key made by bot.server.keys. A key the store
does not know, or no longer knows, starts a new conversation. A store that cannot be reached
raises StoreDown (the service answers 503 with the message's alerts), logged once per outage.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from bot.dialogue import SessionState
from bot.server.keys import new_secret
from bot.server.outages import Outage

T = TypeVar("T")
REDIS_TIMEOUT = 2.0  # seconds; an outage answers 503 this fast at worst, not after a long hang
SECRET_KEY = "allbot:secret"


class StoreDown(Exception):
    """The session store cannot be reached just now."""


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
    def down_for(self) -> float | None: ...
    async def secret(self) -> str: ...


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
        self._secret = new_secret()

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

    def down_for(self) -> float | None:
        return None

    async def secret(self) -> str:
        return self._secret  # sessions end with the process, and so may the secret

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
    eviction policy are the cap. The client reconnects by itself once Redis is back."""

    kind = "redis"
    prefix = "allbot:session:"

    def __init__(self, url: str, idle_seconds: float) -> None:
        from redis.asyncio import Redis

        self.idle_seconds = int(idle_seconds)
        self._redis = Redis.from_url(url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT)
        self.outage = Outage("sessions (Redis)")

    async def _call(self, operation: Awaitable[T]) -> T:
        from redis.exceptions import RedisError

        try:
            result = await operation
        except (RedisError, OSError, asyncio.TimeoutError) as error:
            self.outage.failed(error)
            raise StoreDown(str(error)) from None
        self.outage.recovered()
        return result

    async def load(self, session_id: str) -> SessionState | None:
        raw = await self._call(self._redis.get(self.prefix + session_id))
        if raw is None:
            return None
        try:
            return SessionState.from_dict(json.loads(raw))
        except (ValueError, TypeError, KeyError):
            return None  # written by an incompatible version: start afresh rather than fail

    async def save(self, session_id: str, state: SessionState) -> None:
        await self._call(self._redis.set(self.prefix + session_id, json.dumps(state.to_dict()),
                                         ex=self.idle_seconds))

    async def delete(self, session_id: str) -> None:
        await self._call(self._redis.delete(self.prefix + session_id))

    async def count(self) -> int | None:
        return None  # counting keys would scan the whole Redis database

    async def ping(self) -> bool:
        try:
            return bool(await self._call(self._redis.ping()))
        except StoreDown:
            return False

    def down_for(self) -> float | None:
        return self.outage.seconds_down()

    async def secret(self) -> str:
        """Kept in Redis beside the sessions: every worker and the next start key ids the same way,
        and whoever can read it can read the sessions anyway."""
        await self._call(self._redis.set(SECRET_KEY, new_secret(), nx=True))
        return (await self._call(self._redis.get(SECRET_KEY))).decode()

    async def close(self) -> None:
        await self._redis.aclose()

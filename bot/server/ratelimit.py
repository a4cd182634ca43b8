"""Per-client message rate limits: in this process, or in Redis when workers share the load.

`check(client)` returns 0 when the message may go ahead, or the seconds to wait.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol


class RateLimiter(Protocol):
    async def check(self, client: str) -> float: ...
    async def close(self) -> None: ...


class NoRateLimit:
    async def check(self, client: str) -> float:
        return 0.0

    async def close(self) -> None:
        return None


class MemoryRateLimiter:
    """A token bucket per client: `per_minute` messages, refilled evenly, bursts up to the same.

    Buckets of clients not seen for a minute are full again, so forgetting them loses nothing;
    `max_clients` bounds memory under a flood of addresses.
    """

    def __init__(self, per_minute: int, max_clients: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, when)

    async def check(self, client: str) -> float:
        now = self._clock()
        tokens, when = self._buckets.pop(client, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - when) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate
        self._buckets[client] = (tokens, now)
        while len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return wait

    async def close(self) -> None:
        self._buckets.clear()


class RedisRateLimiter:
    """A fixed one-minute window per client, counted in Redis so every worker sees the same count.
    While Redis is unreachable each worker counts in its own memory instead: the limit still
    holds per worker, and the outage is logged once, by the session store."""

    prefix = "allbot:rate:"

    def __init__(self, url: str, per_minute: int, clock: Callable[[], float] = time.time) -> None:
        from redis.asyncio import Redis

        self.per_minute = per_minute
        self._clock = clock
        self._redis = Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._fallback = MemoryRateLimiter(per_minute)

    async def check(self, client: str) -> float:
        from redis.exceptions import RedisError

        now = self._clock()
        window = math.floor(now / 60)
        key = f"{self.prefix}{client}:{window}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                count, _ = await pipe.incr(key).expire(key, 120).execute()
        except (RedisError, OSError, asyncio.TimeoutError):
            return await self._fallback.check(client)
        return 0.0 if count <= self.per_minute else (window + 1) * 60 - now

    async def close(self) -> None:
        await self._redis.aclose()

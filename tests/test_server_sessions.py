"""In-memory sessions and rate limits: idle expiry, the cap, and buckets that refill."""

from __future__ import annotations

import asyncio

from bot.dialogue import SessionState
from bot.server.ratelimit import MemoryRateLimiter
from bot.server.sessions import MemorySessionStore, new_session_id


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_session_is_kept_while_active_and_forgotten_when_idle():
    clock = Clock()
    store = MemorySessionStore(idle_seconds=60, max_sessions=10, clock=clock)
    state = SessionState(last_intent="maintenance")
    run(store.save("a", state))
    clock.now += 59
    assert run(store.load("a")).last_intent == "maintenance"
    run(store.save("a", state))  # a message resets the idle time
    clock.now += 59
    assert run(store.load("a")) is not None
    clock.now += 2
    assert run(store.load("a")) is None and run(store.count()) == 0


def test_the_cap_forgets_the_longest_idle_first():
    clock = Clock()
    store = MemorySessionStore(idle_seconds=3600, max_sessions=3, clock=clock)
    for name in "abc":
        run(store.save(name, SessionState()))
        clock.now += 1
    run(store.save("a", SessionState()))  # a is active again; b is now the longest idle
    run(store.save("d", SessionState()))
    assert run(store.count()) == 3
    assert run(store.load("b")) is None and run(store.load("a")) is not None


def test_many_idle_sessions_stay_bounded():
    clock = Clock()
    store = MemorySessionStore(idle_seconds=1800, max_sessions=5000, clock=clock)

    async def fill() -> None:
        for number in range(100_000):
            await store.save(str(number), SessionState())
            clock.now += 0.01

    run(fill())
    assert run(store.count()) == 5000
    clock.now += 1801
    assert run(store.count()) == 0


def test_session_ids_are_long_and_unique():
    ids = {new_session_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) >= 24 for i in ids)


def test_the_rate_limiter_allows_a_burst_then_refills():
    clock = Clock()
    limiter = MemoryRateLimiter(per_minute=6, clock=clock)
    waits = [run(limiter.check("1.2.3.4")) for _ in range(7)]
    assert waits[:6] == [0.0] * 6 and 9 <= waits[6] <= 10.5  # one message per 10 seconds refills
    assert run(limiter.check("5.6.7.8")) == 0.0  # another client has its own bucket
    clock.now += 10
    assert run(limiter.check("1.2.3.4")) == 0.0


def test_the_rate_limiter_forgets_clients_beyond_its_cap():
    limiter = MemoryRateLimiter(per_minute=1, max_clients=100, clock=Clock())

    async def flood() -> None:
        for number in range(1000):
            await limiter.check(f"10.0.{number // 256}.{number % 256}")

    run(flood())
    assert len(limiter._buckets) == 100

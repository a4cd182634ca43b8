"""What one running service holds: the bot, its session store, rate limiter and transcripts.

Built once by `create_app` and closed when the app stops; nothing lives at module level.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.engine import Bot
from bot.records.store import TranscriptStore
from bot.server.config import OrgConfig
from bot.server.keys import SessionKeys
from bot.server.outages import Outage
from bot.server.ratelimit import MemoryRateLimiter, NoRateLimit, RateLimiter, RedisRateLimiter
from bot.server.sessions import MemorySessionStore, RedisSessionStore, SessionStore


@dataclass
class Services:
    config: OrgConfig
    bot: Bot
    sessions: SessionStore
    limiter: RateLimiter
    transcripts: TranscriptStore | None
    transcript_outage: Outage = field(default_factory=lambda: Outage("transcripts"))
    _keys: SessionKeys | None = None

    async def keys(self) -> SessionKeys:
        """The session keys; their secret comes from the store (Redis: shared by every worker and kept
        across restarts) on first use, so a service started during an outage recovers by itself.
        Raises StoreDown while the store cannot be reached."""
        if self._keys is None:
            self._keys = SessionKeys(await self.sessions.secret())
        return self._keys

    @classmethod
    def build(cls, config: OrgConfig, *, bot: Bot | None = None, intents_dir: Path | None = None,
              redis_url: str | None = None) -> Services:
        """Raises ContentError (content), ValueError (contacts/locale) or OSError (transcripts)."""
        limit = config.limits.max_message_chars  # one setting, applied by the bot for every face
        if bot is None:
            bot = Bot.load(intents_dir, locale=config.locale, contact_overrides=config.contact_overrides(),
                           message_limit=limit)
        elif limit:
            bot = replace(bot, message_limit=limit)
        bot.warm()  # a service compiles every pattern up front: no early chat waits for it
        idle = config.sessions.idle_minutes * 60
        per_minute = config.limits.rate_limit_per_minute
        sessions: SessionStore
        limiter: RateLimiter
        if redis_url:
            sessions = RedisSessionStore(redis_url, idle)
            limiter = RedisRateLimiter(redis_url, per_minute) if per_minute else NoRateLimit()
        else:
            sessions = MemorySessionStore(idle, config.sessions.max_sessions)
            limiter = MemoryRateLimiter(per_minute) if per_minute else NoRateLimit()
        transcripts = None
        if config.transcripts.enabled:
            transcripts = TranscriptStore(config.transcripts.path, config.transcripts.retention_days)
        return cls(config, bot, sessions, limiter, transcripts)

    async def close(self) -> None:
        await self.sessions.close()
        await self.limiter.close()
        if self.transcripts is not None:
            self.transcripts.close()

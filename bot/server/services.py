"""What one running service holds: the bot, its session store, rate limiter and transcripts.

Built once by `create_app` and closed when the app stops; nothing lives at module level.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.engine import Bot
from bot.records.store import TranscriptStore
from bot.server.config import OrgConfig
from bot.server.ratelimit import MemoryRateLimiter, NoRateLimit, RateLimiter, RedisRateLimiter
from bot.server.sessions import MemorySessionStore, RedisSessionStore, SessionStore


@dataclass
class Services:
    config: OrgConfig
    bot: Bot
    sessions: SessionStore
    limiter: RateLimiter
    transcripts: TranscriptStore | None

    @classmethod
    def build(cls, config: OrgConfig, *, bot: Bot | None = None, intents_dir: Path | None = None,
              redis_url: str | None = None) -> Services:
        """Raises ContentError (content), ValueError (contacts/locale) or OSError (transcripts)."""
        if bot is None:
            bot = Bot.load(intents_dir, locale=config.locale, contact_overrides=config.contact_overrides())
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

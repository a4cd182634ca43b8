"""`python -m bot serve`: check everything first (config, content, Redis), then run uvicorn.

Exit codes: 2 for a bad config or option (with file, field and message, no traceback),
1 for content problems (from the CLI), 0 after a clean shutdown.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import logging
import logging.config
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.server.config import ConfigError, OrgConfig, load_config

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bot.server.protocol import ClientLimits

EXIT_USAGE = 2
ENV_CONFIG, ENV_REDIS, ENV_INTENTS, ENV_LOCALE = "ALLBOT_CONFIG", "ALLBOT_REDIS_URL", "ALLBOT_INTENTS", "ALLBOT_LOCALE"
log = logging.getLogger("allbot.server")


def _fail(message: str) -> int:
    print(f"allbot serve: {message}", file=sys.stderr)
    return EXIT_USAGE


def read_config(path: str | os.PathLike | None, locale: str = "default") -> OrgConfig:
    """The config file's settings; the --locale option applies when the file sets none."""
    config = load_config(Path(path)) if path else OrgConfig()
    if config.locale == OrgConfig.locale and locale != OrgConfig.locale:
        config = dataclasses.replace(config, locale=locale)
    return config


def serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from bot.server.app import create_app
    except ImportError as error:
        return _fail(f"the web service needs the server extra ({error.name} is missing): "
                     "pip install 'allbot[server]'")
    try:
        config = read_config(args.config, args.locale)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return _fail(f"{len(error.problems)} problem(s) in the config; not started")
    if args.workers < 1:
        return _fail("--workers must be 1 or more")
    if args.workers > 1 and not args.redis_url:
        return _fail("--workers above 1 needs --redis-url, so that every worker sees every conversation")
    if not 0 < args.port < 65536:
        return _fail("--port must be from 1 to 65535")
    if args.redis_url:
        problem = _redis_problem(args.redis_url)
        if problem:
            return _fail(f"cannot use Redis at {args.redis_url}: {problem}")
    try:
        app = create_app(config, intents_dir=args.intents, redis_url=args.redis_url)
    except ValueError as error:  # contacts: unknown locale or a missing number
        return _fail(f"{config.source}: locale/contacts: {error}")
    except OSError as error:
        return _fail(f"{config.source}: transcripts.path: cannot open {config.transcripts.path}: {error.strerror}")
    gc.freeze()  # see app_from_environment

    from bot.server.logs import log_config
    from bot.server.protocol import uvicorn_options

    options = {"host": args.host, "port": args.port, "log_config": log_config(), "access_log": False,
               "server_header": False, "proxy_headers": bool(config.trusted_proxies),
               "forwarded_allow_ips": ",".join(config.trusted_proxies) or None,
               **uvicorn_options(client_limits(config))}
    logging.config.dictConfig(log_config())
    log.info("serving %r on http://%s:%d with %d worker(s); sessions in %s; transcripts %s", config.name,
             args.host, args.port, args.workers, "Redis" if args.redis_url else "memory",
             "on" if config.transcripts.enabled else "off")
    # uvicorn shuts down cleanly on SIGTERM, then raises the signal again for the handler it found:
    # ours, so a clean shutdown exits 0 (not 143), as systemd and process managers expect.
    signal.signal(signal.SIGTERM, _exit_cleanly)
    if args.workers == 1:
        uvicorn.run(app, **options)
    else:
        # Each worker process builds its own app from the same settings, passed in the environment.
        os.environ.update({ENV_CONFIG: str(args.config or ""), ENV_REDIS: args.redis_url,
                           ENV_INTENTS: str(args.intents or ""), ENV_LOCALE: args.locale})
        uvicorn.run("bot.server.run:app_from_environment", factory=True, workers=args.workers, **options)
    return 0


def client_limits(config: OrgConfig) -> ClientLimits:
    from bot.server.protocol import ClientLimits

    limits = config.limits
    return ClientLimits(max_header_bytes=limits.max_header_bytes, header_timeout=limits.header_timeout_seconds,
                        body_timeout=limits.body_timeout_seconds, max_concurrency=limits.max_connections)


def app_from_environment() -> FastAPI:
    """The app for one worker of `serve --workers N` (settings already checked by the parent)."""
    from bot.server.app import create_app

    config = read_config(os.environ.get(ENV_CONFIG) or None, os.environ.get(ENV_LOCALE, "default"))
    intents = os.environ.get(ENV_INTENTS)
    app = create_app(config, intents_dir=Path(intents) if intents else None,
                     redis_url=os.environ.get(ENV_REDIS) or None)
    from bot.server.protocol import configure

    configure(client_limits(config))  # this worker's connections, bounded as the parent's would be
    # The built bot lives as long as the process: keep the garbage collector from walking its
    # objects again on every full collection (a pause per message that grows with the content).
    gc.freeze()
    return app


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _redis_problem(url: str) -> str | None:
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        client = Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
        client.ping()
        client.close()
    except (RedisError, ValueError, OSError) as error:
        return str(error) or type(error).__name__
    return None

"""`create_app(config)`: the whole service as one ASGI app, with no module-level state.

    from bot.server.app import create_app
    from bot.server.config import OrgConfig
    app = create_app(OrgConfig())          # then: uvicorn.run(app)
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import HTMLResponse

from bot.engine import Bot
from bot.server.config import OrgConfig
from bot.server.errors import install_error_handlers
from bot.server.guard import ASGIApp, Guard, Receive, Scope, Send
from bot.server.messages import MessageRoutes
from bot.server.page import PAGE_HEADERS, STATIC_DIR, render_index
from bot.server.refusals import MESSAGE_PATHS
from bot.server.routes import router
from bot.server.services import Services

DESCRIPTION = ("An educational chatbot about acute lymphoblastic leukaemia (ALL). Not medical advice. "
               "Every reply is the same reply object the terminal and library give; alerts about something "
               "happening now come first, in `safety`, with `urgency` and `handoff`.")


class Service(FastAPI):
    """FastAPI, with messages handed straight to the guard.

    FastAPI's own outer layers (its telemetry check, the server-error and body-limit middleware)
    do nothing for a message: the guard inside them answers every error itself, and no body limit
    is set there. So a POST to a message path starts at the guard, which passes a plain message to
    the direct path (bot.server.messages) and anything else on down FastAPI's stack as before.
    """

    _guard: Guard | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in MESSAGE_PATHS:
            if self._guard is None:
                if self.middleware_stack is None:
                    self.middleware_stack = self.build_middleware_stack()
                self._guard = _inner(self.middleware_stack, Guard)
            scope["app"] = self  # as Starlette sets it: the routes read app.state
            await self._guard(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _inner(app: ASGIApp, kind: type[Guard]) -> Guard:
    """The `kind` middleware in a built stack (each layer holds the next as `.app`)."""
    layer: object = app
    while not isinstance(layer, kind):
        layer = layer.app  # type: ignore[attr-defined]
    return layer


async def _purge_hourly(services: Services) -> None:
    """Retention holds on a quiet service too, not only when messages arrive."""
    while True:
        await asyncio.sleep(3600)
        if services.transcripts is not None:
            services.transcripts.purge()


def create_app(config: OrgConfig, *, bot: Bot | None = None, intents_dir: Path | None = None,
               redis_url: str | None = None, services: Services | None = None) -> Service:
    """Build the service. Content and contacts are loaded (and checked) here, before any request."""
    services = services or Services.build(config, bot=bot, intents_dir=intents_dir, redis_url=redis_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        purger = asyncio.create_task(_purge_hourly(services)) if services.transcripts else None
        yield
        if purger:
            purger.cancel()
        await services.close()

    # Interactive docs pages would load scripts from a CDN; the schema itself is at /openapi.json.
    api = Service(title=f"{config.name}: ALL education chatbot", version="1", description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    api.state.services = services
    install_error_handlers(api)
    api.include_router(router)

    index = render_index(config, services.bot.contacts, services.bot.content, services.bot.message_limit)

    @api.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(index, headers=PAGE_HEADERS)

    @api.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> RedirectResponse:
        # Browsers and bookmarks ask for /favicon.ico whatever the page links; the icon is an SVG.
        return RedirectResponse("static/favicon.svg", status_code=301)

    api.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # Middleware added first sits innermost: plain messages are answered below CORS and the guard.
    api.add_middleware(MessageRoutes, services=services)
    if config.cors_origins:
        api.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                           allow_methods=["GET", "POST", "DELETE"], allow_headers=["Content-Type", "X-Request-ID"],
                           expose_headers=["X-Request-ID", "Retry-After"], max_age=600)
    api.add_middleware(Guard, max_body_bytes=config.limits.max_body_bytes, bot=services.bot,  # last: outermost
                       frame_ancestors=config.frame_ancestors)
    return api

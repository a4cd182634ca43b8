"""Every error the service returns has one JSON shape, a request id, and no stack trace:

    {"error": {"code": "message_too_long", "message": "..."}, "request_id": "..."}
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from bot.engine import Bot
from bot.server.refusals import MESSAGE_PATHS, refuse

log = logging.getLogger("allbot.server")

_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
          415: "unsupported_media_type", 422: "invalid_request", 429: "rate_limited", 500: "internal_error",
          503: "unavailable"}


class ApiError(Exception):
    """An error meant for the client: status, a stable code and a sentence a person can read."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def error_body(status: int, message: str, request_id: str, code: str | None = None,
               details: list[dict[str, Any]] | None = None) -> bytes:
    error: dict[str, Any] = {"code": code or _CODES.get(status, "error"), "message": message}
    if details:
        error["details"] = details
    return json.dumps({"error": error, "request_id": request_id}).encode()


def request_id_of(request: Request) -> str:
    return getattr(request.state, "request_id", "-")


def _response(request: Request, status: int, message: str, code: str | None = None,
              details: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body = json.loads(error_body(status, message, request_id_of(request), code, details))
    return JSONResponse(body, status_code=status, headers=headers)


def _detail(error: dict[str, Any]) -> dict[str, str]:
    if error.get("type") == "json_invalid":
        return {"field": "body", "problem": "not valid JSON"}
    field = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return {"field": field or "body", "problem": error.get("msg", "not valid")}


def _refused(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None,
             details: list[dict[str, Any]] | None = None) -> Response | None:
    """A refused message still gets its red flags read (bot.server.refusals); None for other paths."""
    path = request.url.path
    if request.method != "POST" or path not in MESSAGE_PATHS:
        return None
    return refused_response(request.app.state.services.bot, path, getattr(request.state, "raw_body", b""),
                            request_id_of(request), status, code, message, headers, details)


def refused_response(bot: Bot, path: str, raw: bytes, request_id: str, status: int, code: str, message: str,
                     headers: dict[str, str] | None = None, details: list[dict[str, Any]] | None = None) -> Response:
    """A refused message on `path` (bot.server.refusals): the reply object with its alerts, and the error."""
    refused = refuse(bot, path, status, code, message, raw, request_id, details)
    return Response(refused.body, status_code=refused.status, headers=headers, media_type="application/json")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return _refused(request, error.status, error.code, error.message, error.headers) or \
            _response(request, error.status, error.message, error.code, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        # Say where and what, but never echo the input back (it may be a whole message).
        details = [_detail(e) for e in error.errors()]
        message = "The request is not valid: see details."
        return _refused(request, 422, "invalid_request", message, details=details) or \
            _response(request, 422, message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        message = error.detail if isinstance(error.detail, str) else "The request could not be handled."
        return _response(request, error.status_code, message, headers=getattr(error, "headers", None))

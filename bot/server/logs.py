"""Log lines for the service: one format for ours and uvicorn's, uvicorn's access log off
(the guard writes one line per request, with the request id)."""

from __future__ import annotations

from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_config(level: str = "INFO") -> dict[str, Any]:
    """A logging.config.dictConfig dict, also handed to uvicorn (and so to every worker)."""
    handler = {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": FORMAT}},
        "handlers": {"stderr": handler},
        "loggers": {
            "allbot": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


def escape(value: str, limit: int = 2000) -> str:
    r"""A field as it may be written into a log line: every character that is not printable (line
    breaks, NUL, escape sequences, Unicode line separators, lone surrogates) shown as an escape,
    so a client cannot forge a line or hide one. Cut at `limit` characters.

    >>> escape("/v1/chat\nINFO forged\x00")
    '/v1/chat\\x0aINFO forged\\x00'
    """
    if value.isprintable() and len(value) <= limit:
        return value
    shown = "".join(ch if ch.isprintable() else _escaped(ch) for ch in value[:limit])
    return shown + ("..." if len(value) > limit else "")


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

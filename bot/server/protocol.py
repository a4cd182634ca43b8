"""Bounded clients at the HTTP layer: uvicorn's httptools protocol with limits uvicorn lacks.

uvicorn caps concurrency and idle keep-alive itself (set in bot.server.run), but with httptools it
has no limit on header size or count and no deadline for a client that sends a request slowly:
one 50 MB header, or a thousand half-sent requests, would be held (and buffered) indefinitely.
This protocol adds, per request:

* request line and headers at most `max_header_bytes` (431 and the connection closed);
* at most `max_headers` header fields (431);
* the request line and headers within `header_timeout` seconds of the connection opening or the
  request starting (408 and closed), and the body within `body_timeout` seconds after them.

It also sends each response's head with its body in one write (OneWrite, below).

Passed to uvicorn by name as its `http` protocol, so every worker runs it (each worker sets the
limits from the config when it builds its app).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

_REASONS = {408: b"Request Timeout", 431: b"Request Header Fields Too Large"}


@dataclass(frozen=True)
class ClientLimits:
    max_header_bytes: int = 16_384    # request line and every header, as sent
    max_headers: int = 64
    header_timeout: float = 10.0      # seconds to send the request line and headers
    body_timeout: float = 30.0        # seconds to send the body once the headers are in
    keep_alive_timeout: int = 5       # seconds an idle kept-alive connection stays open
    max_concurrency: int = 1_000      # connections and requests at once; more get 503


class _Refuse(Exception):
    """Raised inside a parser callback to stop reading a request that breaks a limit."""


# Set by configure() in each process before uvicorn starts serving (workers build their own app, and
# uvicorn imports the protocol by name in each of them).
LIMITS = ClientLimits()


def configure(limits: ClientLimits) -> None:
    global LIMITS
    LIMITS = limits


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with LIMITS applied."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_bytes = 0
        self._header_count = 0
        self._refusal: int | None = None
        self._in_headers = True
        self._deadline: asyncio.TimerHandle | None = None
        self._arm(LIMITS.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        # Counted as it arrives: httptools buffers a header value until it ends, so a limit
        # checked in the header callback alone would come after a 50 MB value was held.
        if self._in_headers:
            self._header_bytes += len(data)
        try:
            self._unset_keepalive_if_required()
            self.parser.feed_data(data)
        except httptools.HttpParserCallbackError as error:
            if not isinstance(error.__context__, _Refuse):
                raise
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():  # as uvicorn does (no websockets are served here)
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return
        except httptools.HttpParserError:
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("Invalid HTTP request received.")
            return
        if self._in_headers and self._header_bytes > LIMITS.max_header_bytes:
            self._refusal = 431
        if self._refusal is not None:
            self._refuse(self._refusal)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._deadline is None:  # a kept-alive connection starts its next request
            self._arm(LIMITS.header_timeout)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > LIMITS.max_headers:
            self._refusal = 431
            raise _Refuse
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_headers = False
        self._arm(LIMITS.body_timeout)
        super().on_headers_complete()
        cycle = self.cycle
        if cycle is not None and not isinstance(cycle.transport, OneWrite):  # None, or the last one: an upgrade
            cycle.transport = OneWrite(cycle.transport, cycle.on_response)
            cycle.on_response = cycle.transport.finished

    def on_message_complete(self) -> None:
        self._disarm()
        self._in_headers, self._header_bytes, self._header_count = True, 0, 0
        super().on_message_complete()

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        started = self.cycle is not None and not self.cycle.response_complete and self.cycle.response_started
        if started or self.transport.is_closing():
            self.transport.close()
        else:
            self._refuse(408)

    def _refuse(self, status: int) -> None:
        """A minimal response before the app has the request, then close: the client broke a limit."""
        self._disarm()
        if self.transport.is_closing():
            return
        body = _REASONS[status]
        self.transport.write(b"HTTP/1.1 %d %s\r\ncontent-type: text/plain\r\ncontent-length: %d\r\n"
                             b"connection: close\r\n\r\n%s" % (status, body, len(body), body))
        self.transport.close()



class OneWrite:
    """A request's view of the connection that holds the response's status line and headers until
    its body: a response goes out in one write (one system call, one TCP segment) instead of two.
    uvicorn writes the head as soon as the app starts the response; every response here follows
    it with its body at once. The bytes sent are the same. The head goes out alone only when no
    body write follows (HEAD, or a response cut short): when the response ends or the connection
    closes. A "100 Continue" (written before the response starts) is never held.
    """

    __slots__ = ("_done", "_head", "_state", "_transport")

    def __init__(self, transport: asyncio.Transport, done: Callable[[], None]) -> None:
        self._transport = transport
        self._done = done
        self._head: bytes | None = None
        self._state = 0  # 0: nothing of the response written yet; 1: head held; 2: head sent

    def write(self, data: bytes) -> None:
        if self._state == 0 and data[:9] == b"HTTP/1.1 " and data[9:13] != b"100 ":
            self._head, self._state = data, 1
            return
        if self._state == 1:
            data, self._head, self._state = self._head + data, None, 2  # type: ignore[operator]
        self._transport.write(data)

    def flush(self) -> None:
        if self._state == 1:
            self._transport.write(self._head)  # type: ignore[arg-type]
            self._head, self._state = None, 2

    def finished(self) -> None:
        """The response is complete (uvicorn's on_response): nothing held, then uvicorn's own callback."""
        self.flush()
        self._done()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


def uvicorn_options(limits: ClientLimits) -> dict[str, Any]:
    """The uvicorn settings for `limits` (merged into bot.server.run's options)."""
    configure(limits)
    return {"http": "bot.server.protocol:BoundedHttpToolsProtocol", "limit_concurrency": limits.max_concurrency,
            "timeout_keep_alive": limits.keep_alive_timeout, "backlog": 2048}

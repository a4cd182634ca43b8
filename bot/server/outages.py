"""One log line when a store stops working and one when it works again, however many requests
fail in between: an outage must not flood the log with a traceback per request."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("allbot.server")


@dataclass
class Outage:
    """The state of one store (`name`, e.g. "sessions (Redis)" or "transcripts").

    >>> outage = Outage("transcripts", clock=lambda: 0.0)
    >>> outage.failed(OSError("disk full")), outage.failed(OSError("disk full"))
    (True, False)
    >>> outage.down, outage.recovered()
    (True, True)
    """

    name: str
    clock: Callable[[], float] = time.monotonic
    since: float | None = field(default=None, init=False)
    failures: int = field(default=0, init=False)

    @property
    def down(self) -> bool:
        return self.since is not None

    def failed(self, error: BaseException) -> bool:
        """Count a failure; True (and one warning logged) when it starts an outage. The error's type
        and text only: never a traceback, and never the message being stored."""
        self.failures += 1
        if self.since is not None:
            return False
        self.since = self.clock()
        log.warning("%s unavailable (%s: %s); replies go on, retried with every request", self.name,
                    type(error).__name__, str(error)[:200].replace("\n", " "))
        return True

    def recovered(self) -> bool:
        """Note a success; True (and one line logged) when it ends an outage."""
        if self.since is None:
            return False
        log.warning("%s working again after %.1f s (%d failed attempts)", self.name, self.clock() - self.since,
                    self.failures)
        self.since, self.failures = None, 0
        return True

    def seconds_down(self) -> float | None:
        return None if self.since is None else self.clock() - self.since

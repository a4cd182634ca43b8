"""The transcript store: one SQLite row per turn, text redacted before it is written.

WAL mode lets several server workers write while `review` reads. Rows older than the
retention period are deleted when the store opens and then at most once an hour.

>>> from datetime import datetime, timezone
>>> store = TranscriptStore(Path(":memory:"), retention_days=30)
>>> store.record(Turn.now("s1", 1, "api", "call me on 07700 900123", None, 0.2, "none", False, ()))
>>> next(store.turns()).text
'call me on [phone]'
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot.records.redact import redact

_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id         INTEGER PRIMARY KEY,
    time       TEXT    NOT NULL,   -- UTC, ISO 8601 (sorts as text)
    session    TEXT    NOT NULL,   -- a hash of the session id, never the id itself
    turn       INTEGER NOT NULL,   -- 1 for the first message of a session
    channel    TEXT    NOT NULL,   -- api, web, rasa
    intent     TEXT,               -- NULL: fallback, clarification or an alert alone
    confidence REAL    NOT NULL,
    urgency    TEXT    NOT NULL,   -- none, soon, urgent, emergency
    handoff    INTEGER NOT NULL,
    alerts     TEXT    NOT NULL,   -- alert ids, comma-separated
    text       TEXT    NOT NULL    -- the message, redacted
);
CREATE INDEX IF NOT EXISTS turns_time ON turns (time);
"""
_PURGE_EVERY = 3600.0


def session_key(session_id: str) -> str:
    """Transcripts link turns of one session without storing the id that would resume it."""
    return hashlib.sha256(session_id.encode()).hexdigest()[:16]


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Turn:
    time: str
    session: str
    turn: int
    channel: str
    text: str
    intent: str | None
    confidence: float
    urgency: str
    handoff: bool
    alerts: tuple[str, ...]

    @classmethod
    def now(cls, session_id: str, turn: int, channel: str, text: str, intent: str | None, confidence: float,
            urgency: str, handoff: bool, alerts: tuple[str, ...], when: datetime | None = None) -> Turn:
        """A turn as it happens: the session id hashed and the text redacted."""
        return cls(_iso(when or datetime.now(timezone.utc)), session_key(session_id), turn, channel,
                   redact(text), intent, round(confidence, 3), urgency, handoff, alerts)

    @property
    def day(self) -> str:
        return self.time[:10]


class TranscriptStore:
    def __init__(self, path: Path, retention_days: int,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.path = path
        self.retention = timedelta(days=retention_days)
        self._clock = clock
        self._lock = threading.Lock()  # one connection, used from the event loop and from tests' threads
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, fast per turn
        self._db.executescript(_SCHEMA)
        self._last_purge = 0.0
        self.purge()

    def record(self, turn: Turn) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO turns (time, session, turn, channel, intent, confidence, urgency, handoff, alerts, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (turn.time, turn.session, turn.turn, turn.channel, turn.intent, turn.confidence, turn.urgency,
                 int(turn.handoff), ",".join(turn.alerts), turn.text))
        if time.monotonic() - self._last_purge > _PURGE_EVERY:
            self.purge()

    def purge(self) -> int:
        """Delete rows older than the retention period; returns how many went."""
        cutoff = _iso(self._clock() - self.retention)
        with self._lock:
            deleted = self._db.execute("DELETE FROM turns WHERE time < ?", (cutoff,)).rowcount
        self._last_purge = time.monotonic()
        return deleted

    def turns(self) -> Iterator[Turn]:
        with self._lock:
            rows = self._db.execute(
                "SELECT time, session, turn, channel, text, intent, confidence, urgency, handoff, alerts"
                " FROM turns ORDER BY time, id").fetchall()
        for row in rows:
            yield Turn(*row[:8], bool(row[8]), tuple(a for a in row[9].split(",") if a))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def read_turns(path: Path) -> list[Turn]:
    """Every turn of an existing store, read without changing it (no purge, no schema)."""
    if not path.is_file():
        raise FileNotFoundError(f"no transcript store at {path}")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT time, session, turn, channel, text, intent, confidence, urgency, handoff, alerts"
                          " FROM turns ORDER BY time, id").fetchall()
    except sqlite3.DatabaseError as error:
        raise ValueError(f"{path} is not a transcript store ({error})") from None
    finally:
        db.close()
    return [Turn(*row[:8], bool(row[8]), tuple(a for a in row[9].split(",") if a)) for row in rows]

"""The transcript store: what a turn records, redaction before storage, WAL, and retention."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from bot.records.store import TranscriptStore, Turn, read_turns, session_key

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


def turn(text: str = "what is maintenance?", when: datetime = NOW, **fields) -> Turn:
    values = {"session_id": "session-1", "turn": 1, "channel": "web", "text": text, "intent": "maintenance",
              "confidence": 0.91234, "urgency": "none", "handoff": False, "alerts": ()}
    values.update(fields)
    return Turn.now(**values, when=when)


def test_a_turn_is_stored_with_its_outcome_and_redacted_text(tmp_path):
    store = TranscriptStore(tmp_path / "t.sqlite3", retention_days=30, clock=lambda: NOW)
    store.record(turn("my son, born 3 March 2015, has 38.4 - call 07700 900123", intent=None, confidence=0.0,
                      urgency="urgent", handoff=True, alerts=("fever-in-treatment",)))
    store.close()
    [saved] = read_turns(tmp_path / "t.sqlite3")
    assert saved.text == "my son, born [date of birth], has 38.4 - call [phone]"
    assert (saved.intent, saved.urgency, saved.handoff, saved.alerts) == (None, "urgent", True, ("fever-in-treatment",))
    assert saved.time == "2026-03-10T12:00:00Z" and saved.day == "2026-03-10" and saved.channel == "web"
    assert saved.session == session_key("session-1") and "session-1" not in saved.session


def test_the_store_uses_write_ahead_logging(tmp_path):
    TranscriptStore(tmp_path / "t.sqlite3", retention_days=30).close()
    with sqlite3.connect(tmp_path / "t.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rows_older_than_the_retention_period_are_deleted(tmp_path):
    path = tmp_path / "t.sqlite3"
    store = TranscriptStore(path, retention_days=30, clock=lambda: NOW)
    for days in (0, 29, 31, 400):
        store.record(turn(f"asked {days} days ago", when=NOW - timedelta(days=days)))
    assert store.purge() == 2
    store.close()
    assert [t.text for t in read_turns(path)] == ["asked 29 days ago", "asked 0 days ago"]


def test_retention_is_enforced_when_the_store_opens(tmp_path):
    path = tmp_path / "t.sqlite3"
    store = TranscriptStore(path, retention_days=90, clock=lambda: NOW)
    store.record(turn("old", when=NOW - timedelta(days=10)))
    store.close()
    TranscriptStore(path, retention_days=7, clock=lambda: NOW).close()  # the operator shortened retention
    assert read_turns(path) == []


def test_reading_a_missing_or_foreign_file_says_so(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_turns(tmp_path / "none.sqlite3")
    (tmp_path / "other.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ValueError, match="not a transcript store"):
        read_turns(tmp_path / "other.sqlite3")

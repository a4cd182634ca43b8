"""Session keys: each channel has its own namespace, and every id a client sends is keyed with a
server secret (HMAC) before it names a stored conversation.

So an id from one channel cannot reach another's conversations (`/v1/chat` with `rasa:<sender>`
is just an unknown chat id), a Rasa widget's sender id ("default", "user1") is not itself the
key a store or a log holds, and the hashes in transcripts and logs cannot be worked out from an id.
"""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass, field

CHAT, RASA = "chat", "rasa"
# Ids the server makes (secrets.token_urlsafe(18)): anything else sent as a chat id is unknown.
_CHAT_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# A Rasa sender id shorter than this is likely shared or guessable ("default", "user1"): its
# messages are answered one by one, with no conversation kept, so people never share one.
MIN_SENDER_CHARS = 16


def new_secret() -> str:
    return secrets.token_hex(32)


@dataclass(frozen=True)
class SessionKeys:
    """
    >>> keys = SessionKeys("s3cret")
    >>> keys.chat("rasa:default") is None, keys.rasa("default") is None
    (True, True)
    >>> keys.rasa("6f1c2a9e-widget-0001").startswith("rasa:"), keys.rasa("6f1c2a9e-widget-0001") != keys.rasa("x" * 20)
    (True, True)
    """

    secret: str
    _key: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_key", self.secret.encode())

    def _mac(self, *parts: str) -> str:
        message = "\0".join(parts).encode("utf-8", "surrogatepass")
        return hmac.digest(self._key, message, "sha256").hex()  # one C call: the same as hmac.new(...).hexdigest()

    def chat(self, session_id: str | None) -> str | None:
        """The store key for a `/v1/chat` id, or None for one the server could not have made."""
        if session_id is None or not _CHAT_ID.match(session_id):
            return None
        return f"{CHAT}:{self._mac(CHAT, session_id)[:40]}"

    def rasa(self, sender: str) -> str | None:
        """The store key for a Rasa sender id, or None when it is too short to keep a conversation by."""
        if len(sender) < MIN_SENDER_CHARS:
            return None
        return f"{RASA}:{self._mac(RASA, sender)[:40]}"

    def for_records(self, key: str) -> str:
        """What transcripts and logs hold to link one conversation's turns (never the key itself)."""
        return self._mac("records", key)[:16]

"""One message, read once: the forms every reader of a turn needs.

The conversation builds one per turn and hands it to the profile reader, both safety nets and
the matcher, so all of them read the same text the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.text.tokens import Tokens


@dataclass(frozen=True, eq=False)
class Message:
    raw: str          # as typed (cut to the scan limit)
    basic: str        # folded, lower case, punctuation kept: what the safety nets and profile read
    canonical: str    # spellings and lay words made canonical: what the matcher reads
    tokens: Tokens    # basic text as tokens with stems and sentence bounds

    @property
    def net_words(self) -> Sequence[str] | None:
        """What the learned safety net reads, `words_of(basic(self.basic))`, when the tokens have it
        already: folding basic text again changes nothing when it is ASCII (most messages)."""
        return self.tokens.words if self.basic.isascii() else None

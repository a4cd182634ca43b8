"""The reply object: the one shape every interface shows (terminal, JSON, HTTP, web).

Only `bot.compose` builds a Reply; faces read it and render it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Level = Literal["emergency", "urgent", "soon", "none"]
LEVELS: tuple[Level, ...] = ("none", "soon", "urgent", "emergency")


def level_rank(level: str) -> int:
    """Higher is more urgent; unknown levels rank as none."""
    return LEVELS.index(level) if level in LEVELS else 0  # type: ignore[arg-type]


@dataclass(frozen=True)
class Alert:
    """One safety finding. `guidance` marks advice for a "what should I do if..." question:
    shown, but not counted as something happening now. `net` says which safety net raised it:
    "rules" (intents/safety.yaml) or "learned" (the trained classifier)."""

    id: str
    level: Level
    message: str
    guidance: bool = False
    net: str = "rules"
    about: str = ""  # what it is about, in a few words ("a temperature during treatment"); set by compose


def in_order(alerts: Iterable[Alert]) -> list[Alert]:
    """Alerts about now first, then guidance; within each, the highest level first."""
    return sorted(alerts, key=lambda a: (not a.guidance, level_rank(a.level)), reverse=True)


@dataclass(frozen=True)
class SourceRef:
    """A cited section of one of the five source documents."""

    id: str
    title: str
    publisher: str
    url: str | None
    section: str

    def label(self) -> str:
        text = f"{self.publisher}: {self.title}"
        return f"{text} ({self.url})" if self.url else text


@dataclass(frozen=True)
class Reply:
    """What the bot says to one message.

    reply:       the full text a person sees (alerts first, then the answer)
    answer:      the answer part alone, for faces that show alerts as a separate banner
    intent:      the matched intent id, or None when nothing matched confidently
    confidence:  0..1
    urgency:     the highest level among alerts that describe something happening now
    safety:      every alert raised, highest first
    sources:     the sections the answer is drawn from
    suggestions: topic titles offered next (a person may answer with their number)
    handoff:     True when a person at the support line should take over
    step:        which step of the dialogue chose the answer (for evaluation and traces)
    profile:     what the bot has read about the person (`/profile` shows it; it can be corrected)
    """

    reply: str
    answer: str
    intent: str | None
    confidence: float
    urgency: Level
    safety: tuple[Alert, ...]
    sources: tuple[SourceRef, ...]
    suggestions: tuple[str, ...]
    handoff: bool
    step: str = ""
    profile: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data. Built field by field: dataclasses.asdict deep-copies and costs
        a large share of a served request."""
        return {
            "reply": self.reply,
            "answer": self.answer,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "urgency": self.urgency,
            "safety": [{"id": a.id, "level": a.level, "about": a.about, "message": a.message,
                        "guidance": a.guidance, "net": a.net} for a in self.safety],
            "sources": [{"id": s.id, "title": s.title, "publisher": s.publisher, "url": s.url, "section": s.section}
                        for s in self.sources],
            "suggestions": list(self.suggestions),
            "handoff": self.handoff,
            "step": self.step,
            "profile": dict(self.profile),
        }

"""The one place a Reply is built: alerts first (highest level), then the answer, its sources
and what to ask next."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.content import Content
from bot.notices import notices
from bot.reply import LEVELS, Alert, Level, Reply, SourceRef, level_rank


@dataclass(frozen=True)
class Answer:
    """What the dialogue decided to say, before it is shaped into a Reply."""

    text: str
    intent: str | None = None
    confidence: float = 0.0
    sources: tuple[str, ...] = ()  # section ids
    suggestions: tuple[str, ...] = ()  # intent ids, shown by title
    handoff: bool = False
    step: str = ""  # the dialogue step that chose this answer ("match", "refer-back", "noted", ...)


def urgency_of(alerts: Sequence[Alert]) -> Level:
    """The highest level among alerts about something happening now (guidance does not count)."""
    current = [a.level for a in alerts if not a.guidance]
    return max(current, key=level_rank, default=LEVELS[0])


def _named(content: Content, alert: Alert) -> Alert:
    """The alert with what it is about, from intents/alert_names.yaml."""
    about = content.alert_names.get(alert.id, "")
    return replace(alert, about=about) if about and not alert.about else alert


def source_refs(content: Content, section_ids: Sequence[str]) -> tuple[SourceRef, ...]:
    refs = []
    for sid in dict.fromkeys(section_ids):
        section = content.sections[sid]
        document = content.documents[section.document]
        refs.append(SourceRef(sid, document.title, document.publisher, document.url, section.section))
    return tuple(refs)


def compose(content: Content, alerts: Sequence[Alert], answer: Answer,
            profile: Mapping[str, Any] | None = None) -> Reply:
    """`profile`: what the person has told about themselves, shown so they can correct it."""
    ordered = tuple(sorted((_named(content, a) for a in alerts), key=lambda a: (a.guidance, -level_rank(a.level))))
    sources = source_refs(content, answer.sources)
    titles = tuple(content.intent(i).title for i in answer.suggestions if content.has_intent(i))
    parts = [notice.text for notice in notices(ordered)]
    if answer.text:
        parts.append(answer.text)
    if sources:
        documents = dict.fromkeys(ref.label() for ref in sources)
        parts.append("Source: " + "; ".join(documents))
    if titles:
        parts.append("You could ask about:\n" + "\n".join(f"  {n}. {t}" for n, t in enumerate(titles, 1)))
    urgency = urgency_of(ordered)
    return Reply(
        reply="\n\n".join(parts),
        answer=answer.text,
        intent=answer.intent,
        confidence=answer.confidence,
        urgency=urgency,
        safety=ordered,
        sources=sources,
        suggestions=titles,
        handoff=answer.handoff or urgency in ("urgent", "emergency"),
        step=answer.step,
        profile=dict(profile or {}),
    )

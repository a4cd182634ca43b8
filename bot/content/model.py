"""Typed content: what the YAML in intents/ becomes once it has been checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("info", "scope", "conversation")
FACETS = ("adult", "child", "duration", "more")
AUDIENCES = ("adult", "child")  # an answer may have its own wording for each (Intent.audience)


@dataclass(frozen=True)
class Intent:
    id: str
    title: str
    topic: str
    kind: str
    examples: tuple[str, ...]
    answer: str
    sources: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    facets: dict[str, str] = field(default_factory=dict)
    handoff: bool = False  # asking for this means "let a person take over"
    file: str = ""
    patterns: tuple[re.Pattern[str], ...] = ()  # canonical text matching one of these always reaches this intent
    canonical_examples: tuple[str, ...] = ()  # title first, then each example, normalised once at load
    # The answer as worded for adults or for children, where the two differ ("can I go back to
    # work" for a 34-year-old is about jobs, not school); `answer` is for when we do not know.
    audience: dict[str, str] = field(default_factory=dict)

    def answer_for(self, age_group: str | None) -> str:
        """The wording for this audience ("adult" | "child"), or the general answer."""
        return self.audience.get(age_group or "", self.answer)

    def answers(self) -> tuple[str, ...]:
        """Every wording of the answer (general first): what the content checks read."""
        return (self.answer, *self.audience.values())


@dataclass(frozen=True)
class Document:
    id: str
    publisher: str
    title: str
    file: str
    url: str | None
    region: str | None = None
    dated: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    document: str
    section: str
    left_out: str | None = None
    # The document's own headings this section covers, where ours is renamed or split (a blind
    # writer labels a question with the heading printed in the document).
    headings: tuple[str, ...] = ()


@dataclass(frozen=True)
class MatcherSettings:
    fallback_threshold: float = 0.55
    ambiguity_margin: float = 0.04
    suggestions: int = 3
    focus_margin: float = 0.1  # a question part of a long message must beat the whole message by this much
    scoring: dict[str, float] = field(default_factory=dict)  # ScoringWeights overrides


@dataclass(frozen=True)
class Limits:
    max_message_chars: int = 2000
    max_scan_chars: int = 100_000


@dataclass(frozen=True)
class DialogueSettings:
    """How the conversation's steps decide (intents/config.yaml `dialogue:`)."""

    small_talk_max_words: int = 4         # more topic words than this: not a greeting or thanks
    report_answer_confidence: float = 0.75  # a red flag told without a question is answered only this sure
    refer_back_weak: float = 0.5          # a leaning message the intent net reads alone below this: read with
                                          # the turns before it ...
    refer_back_from: float = 0.9          # ... and answered from the last answer's neighbourhood down to this share
    refer_back_outside_below: float = 0.85  # ... while P(not ours) of the turns read together stays under this
    refer_back_max_words: int = 2         # a question this short (topic words) leans on the last turn
    symptom_threshold: float = 0.25       # a symptom told with no alert gets its information answer down to this
    clarify_ratio: float = 0.9            # the intent net's second best this close to its best: may ask which


# Every reply text the dialogue itself says (intents/responses.yaml); the loader insists on each.
RESPONSE_KEYS = ("empty", "no_words", "english_only", "fallback", "fallback_with_topics", "no_context",
                 "noted", "said_for_adult", "said_for_child", "nothing_more_adult", "nothing_more_child",
                 "nothing_more_more", "reset", "too_long", "did_you_mean", "beyond_list")


@dataclass(frozen=True)
class Settings:
    matcher: MatcherSettings = field(default_factory=MatcherSettings)
    limits: Limits = field(default_factory=Limits)
    dialogue: DialogueSettings = field(default_factory=DialogueSettings)
    topics: dict[str, str] = field(default_factory=dict)
    min_examples: int = 10
    follow_up_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    follow_up_fillers: frozenset[str] = frozenset()
    starter_topics: tuple[str, ...] = ()
    other_language_words: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Content:
    """Everything the bot knows, checked and typed. Raw dicts are kept for the parts other
    modules own (safety rules, profile cues, contacts, synonyms) and parse themselves."""

    directory: Path
    intents: tuple[Intent, ...]
    documents: dict[str, Document]
    sections: dict[str, Section]
    settings: Settings
    synonyms: dict[str, Any]
    safety: dict[str, Any]
    profile: dict[str, Any]
    contacts: dict[str, Any]
    alert_names: dict[str, str] = field(default_factory=dict)  # safety rule id -> what its alert is about
    responses: dict[str, str] = field(default_factory=dict)  # the dialogue's own reply texts, by RESPONSE_KEYS

    by_id: dict[str, Intent] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {intent.id: intent for intent in self.intents})

    def intent(self, intent_id: str) -> Intent:
        return self.by_id[intent_id]

    def has_intent(self, intent_id: str) -> bool:
        return intent_id in self.by_id

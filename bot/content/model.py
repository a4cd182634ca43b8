"""Typed content: what the YAML in intents/ becomes once it has been checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("info", "scope", "conversation")
FACETS = ("adult", "child", "duration", "more")


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
class Settings:
    matcher: MatcherSettings = field(default_factory=MatcherSettings)
    limits: Limits = field(default_factory=Limits)
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

    by_id: dict[str, Intent] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {intent.id: intent for intent in self.intents})

    def intent(self, intent_id: str) -> Intent:
        return self.by_id[intent_id]

    def has_intent(self, intent_id: str) -> bool:
        return intent_id in self.by_id

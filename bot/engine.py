"""The assembled bot: content, normaliser, matcher index, safety scanner and contacts.

A Bot is built once and shared (read-only) by every conversation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot import cache
from bot.contacts import Contacts
from bot.content.locate import default_content_dir
from bot.content.model import Content, Intent
from bot.dialogue import Conversation, SessionState
from bot.followups import FollowUpCues
from bot.matcher import MatcherIndex, ScoringWeights
from bot.normalise import Normaliser
from bot.profile import ProfileReader
from bot.reply import Reply
from bot.safety import SafetyScanner
from bot.safety.learned import LearnedAlerts
from bot.text.message import Message
from bot.text.stems import Stems

# {support_contact} and the like are filled in when an answer is shown: not words people type.
_PLACEHOLDER = re.compile(r"\{\w*\}")


def build_index(content: Content, normaliser: Normaliser, phrases: list[tuple[str, str]]) -> MatcherIndex:
    """The matcher index over (intent id, canonical phrase) pairs, with the content's stopwords,
    scoring settings and answer vocabulary. Cross-validation builds its folds with this too, so it
    measures the same matcher the bot runs."""
    return MatcherIndex.build(phrases, stopwords=content.synonyms.get("stopwords") or (),
                              weights=ScoringWeights(**content.settings.matcher.scoring),
                              domain_text=[normaliser.canonical(_PLACEHOLDER.sub(" ", intent.answer))
                                           for intent in content.intents])


# eq=False here and on the other built parts: they compare by identity, and the generated
# __eq__/__hash__ would only cost start-up time.
@dataclass(frozen=True, eq=False)
class Bot:
    """
    >>> bot = Bot.load()
    >>> reply = bot.conversation().send("how long is maintenance?")
    >>> reply.intent, reply.urgency
    ('maintenance', 'none')
    """

    content: Content
    normaliser: Normaliser
    index: MatcherIndex
    scanner: SafetyScanner
    profile_reader: ProfileReader
    contacts: Contacts
    follow_up_cues: FollowUpCues
    routed_intents: tuple[Intent, ...]  # intents with patterns, checked before similarity
    small_talk_said: Mapping[str, str]  # a greeting, thanks or "help" as written in the content -> its intent
    learned: LearnedAlerts              # the second safety net, beside the rules
    message_limit: int  # longer messages are scanned, then answered "please send a shorter question"

    @classmethod
    def load(cls, intents_dir: Path | str | None = None, *, locale: str = "default",
             contact_overrides: dict[str, Any] | None = None, message_limit: int | None = None) -> Bot:
        """Load and check content (ContentError lists every problem), then build the indexes.
        A build of the same content, code and contacts is reused from bot.cache. `message_limit`
        replaces the content's own (a service's one setting for every face)."""
        bot = cls._load(intents_dir, locale, contact_overrides)
        return replace(bot, message_limit=message_limit) if message_limit else bot

    @classmethod
    def _load(cls, intents_dir: Path | str | None, locale: str, contact_overrides: dict[str, Any] | None) -> Bot:
        directory = Path(intents_dir) if intents_dir else default_content_dir()
        key = cache.fingerprint(directory, {"locale": locale, "contacts": contact_overrides}) \
            if directory.is_dir() else None
        built = cache.read(key) if key else None
        if isinstance(built, cls):
            return built
        from bot.content.loader import load_content  # YAML is read only when the cache cannot serve

        bot = cls.from_content(load_content(directory), locale=locale, contact_overrides=contact_overrides)
        if key:
            cache.write(key, bot)
        return bot

    @classmethod
    def from_content(cls, content: Content, *, locale: str = "default",
                     contact_overrides: dict[str, Any] | None = None) -> Bot:
        normaliser = Normaliser.from_data(content.synonyms)
        phrases = [(intent.id, text) for intent in content.intents for text in intent.canonical_examples]
        index = build_index(content, normaliser, phrases)
        contacts = Contacts.from_data(content.contacts, locale=locale, overrides=contact_overrides)
        cues = FollowUpCues.build({facet: tuple(normaliser.canonical(c) for c in phrases_)
                                   for facet, phrases_ in content.settings.follow_up_cues.items()},
                                  ignored=index.stopwords | content.settings.follow_up_fillers)
        # load_content has already run check_safety_data on these rules.
        stems = Stems.english()  # one reading of word forms for the scan and the profile
        scanner = SafetyScanner.from_data(content.safety, contacts, checked=True, stems=stems)
        profile_reader = ProfileReader.from_data(content.profile, stems)
        # One speller for both, so each message is tokenised once for the profile and the scan.
        speller = scanner.speller.joined(profile_reader.speller)
        learned = LearnedAlerts(content.safety["learned"], contacts.placeholders())
        return cls(content, normaliser, index, replace(scanner, speller=speller),
                   replace(profile_reader, speller=speller), contacts, cues,
                   tuple(intent for intent in content.intents if intent.patterns),
                   {text: intent.id for intent in content.intents if intent.kind == "conversation"
                    for text in intent.canonical_examples},
                   learned, content.settings.limits.max_message_chars)

    def read(self, text: str) -> Message:
        """A message in every form the readers of a turn need, built once."""
        basic, canonical = self.normaliser.read(text)
        return Message(text, basic, canonical, self.scanner.tokens(basic))

    def warm(self) -> Bot:
        """Compile every safety and profile pattern now. Patterns are otherwise compiled when a
        message first needs them, so a one-shot `ask` pays only for what it uses."""
        for pattern in (*self.scanner.phrase_patterns(), *self.profile_reader.phrase_patterns()):
            pattern.compiled()
        return self

    def conversation(self, state: SessionState | None = None) -> Conversation:
        return Conversation(self, state)

    def ask(self, text: str) -> Reply:
        """One message in a fresh conversation."""
        return self.conversation().send(text)

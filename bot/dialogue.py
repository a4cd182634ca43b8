"""One person's conversation: session state, follow-ups, clarification and fallback.

Every message goes: normalise -> profile update -> safety scan -> understand -> compose.
The safety scan runs before and apart from matching, on every message, however odd.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from bot.compose import Answer, compose, urgency_of
from bot.focus import QUESTION_WORDS, opens_as_question, question_parts
from bot.matcher import Candidate, choose, stem
from bot.profile import Profile
from bot.reply import Alert, Reply
from bot.safety.net import Trace
from bot.text.message import Message

if TYPE_CHECKING:
    from bot.engine import Bot

_NUMBER_PICK = re.compile(r"^(?:number |option |no |#)?([1-9])$")
# As the matcher reads them ("where" is stemmed to "wher").
_QUESTION_WORDS = frozenset(map(stem, QUESTION_WORDS))

NET_TURNS = 2  # the learned net reads a turn together with the two before it
SMALL_TALK_MAX_WORDS = 4  # a message with more topic words than this is not a greeting or thanks
EMPTY_TEXT = "Please type a question about acute lymphoblastic leukaemia (ALL), for example \"What is maintenance?\""
NO_WORDS_TEXT = "I can only read words, not pictures or symbols. Please type your question."
ENGLISH_ONLY_TEXT = ("Sorry, I can only answer in English. If you need help in another language, "
                     "please ask your treatment team or a support line about an interpreter.")
FALLBACK_TEXT = ("I'm sorry, I can't help with that here. I can explain acute lymphoblastic leukaemia (ALL): "
                 "what it is, symptoms, tests, treatment, side effects, outlook and where to get support. "
                 "I can't give medical advice; for that, please talk to your doctor or treatment team.")
FALLBACK_WITH_TOPICS = "Were you asking about one of these? Type its number, or ask another way."
NO_CONTEXT_TEXT = "Which topic would you like to know more about? Ask me in a few words, or pick one below."
NOTED_TEXT = ("Thank you for telling me. I'll keep that in mind while we talk. "
              "What would you like to know? You can ask in your own words, or pick a topic below.")
# When a follow-up leads back to the topic just answered, which has nothing separate to say.
NOTHING_MORE_TEXT = {
    "adult": "I don't have anything separate for adults on \"{title}\". What I said above is all I have on it.",
    "child": "I don't have anything separate for children on \"{title}\". What I said above is all I have on it.",
    "more": "That is all I have on \"{title}\". You could ask about something related, or ask another way.",
}
RESET_TEXT = "I have forgotten this conversation. You can start again."
TOO_LONG_TEXT = ("Your message is longer than I can read ({limit:,} characters at most). "
                 "Please send a shorter question. If this is an emergency, call {emergency_number} now.")


@dataclass
class SessionState:
    """Everything a conversation remembers; plain data so a session store can keep it."""

    profile: Profile = field(default_factory=Profile)
    last_intent: str | None = None
    offered: tuple[str, ...] = ()  # intent ids behind the numbered suggestions just shown
    turns: int = 0
    # The learned net's numbers for the last turns (never their words), to read turns together.
    net_traces: tuple[Trace, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"profile": asdict(self.profile), "last_intent": self.last_intent,
                "offered": list(self.offered), "turns": self.turns,
                "net_traces": [t.to_list() for t in self.net_traces]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionState:
        return cls(Profile(**data.get("profile", {})), data.get("last_intent"),
                   tuple(data.get("offered", ())), int(data.get("turns", 0)),
                   tuple(Trace.from_list(t) for t in data.get("net_traces", ())))


class Conversation:
    """A chat with one person. Create one per session with `Bot.conversation()`.

    >>> from bot import Bot
    >>> chat = Bot.load().conversation()
    >>> chat.send("what is maintenance?").intent
    'maintenance'
    """

    def __init__(self, bot: Bot, state: SessionState | None = None) -> None:
        self.bot = bot
        self.state = state or SessionState()

    def reset(self) -> Reply:
        """Forget everything said so far; the reply says so."""
        self.state = SessionState()
        return compose(self.bot.content, [], Answer(RESET_TEXT, suggestions=self._starters()))

    def offer(self, intent_ids: tuple[str, ...]) -> None:
        """Number topics a face has listed itself (/topics), so the person's next "3" picks the third."""
        self.state.offered = tuple(i for i in intent_ids if self.bot.content.has_intent(i))

    def send(self, text: str) -> Reply:
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        limits = self.bot.content.settings.limits
        self.state.turns += 1
        # The cap holds after normalising too: one character can expand to 18 (U+FDFA).
        cap = limits.max_scan_chars
        reading = self.bot.read(unicodedata.normalize("NFKC", text[:cap])[:cap])  # one reading for every reader
        before = self.state.profile
        self.state.profile = self.bot.profile_reader.update(before, reading.basic, reading.canonical, reading.tokens)
        # Both safety nets read every message; neither uses the matcher.
        alerts = self.bot.scanner.scan(reading.basic, reading.canonical, self.state.profile, reading.tokens)
        net = self.bot.learned.read(reading.basic, self.state.profile,
                                    self.bot.scanner.general_question(reading.tokens), self.state.net_traces)
        learned = self.bot.learned.alert(net.level, self.state.profile, alerts)
        self.state.net_traces = (*self.state.net_traces, net.trace)[-NET_TURNS:]
        if learned is not None:
            alerts = [learned, *alerts]

        if not text.strip():
            answer = Answer(EMPTY_TEXT, suggestions=self._starters())
        elif len(text) > self.bot.message_limit:
            answer = Answer(TOO_LONG_TEXT.format(limit=self.bot.message_limit,
                                                 emergency_number=self.bot.contacts.emergency_number))
        elif not reading.canonical:
            answer = Answer(NO_WORDS_TEXT)
        else:
            answer = self._understand(reading, text, alerts, told_us=self.state.profile != before)
        self.state.last_intent = answer.intent or self.state.last_intent
        self.state.offered = answer.suggestions
        return compose(self.bot.content, alerts, answer)

    # --- understanding -------------------------------------------------------------------

    def _understand(self, reading: Message, text: str, alerts: list[Alert], told_us: bool = False) -> Answer:
        picked = self._numbered_pick(reading.canonical)
        if picked is not None:
            return self._answer(picked, 1.0)
        facet = self.bot.follow_up_cues.facet(reading.canonical)
        if facet is not None:
            if self.state.last_intent is None:
                return Answer(NO_CONTEXT_TEXT, suggestions=self._starters())
            return self._follow_up(facet, reading.canonical)
        routed = self._routed(reading.canonical)
        answer = self._answer(routed, 1.0) if routed else self._match(
            reading.canonical, question_parts(reading.basic), guided=bool(alerts))
        if answer.intent is None and self._looks_foreign(reading.basic):
            return Answer(ENGLISH_ONLY_TEXT)
        if answer.intent is None and told_us and not self._is_question(text, reading.basic) \
                and not any(not a.guidance for a in alerts):
            # "my 4 year old is in maintenance": context to keep, not a question to guess at.
            return Answer(NOTED_TEXT, suggestions=self._starters())
        if urgency_of(alerts) in ("urgent", "emergency") and not self._is_question(text, reading.basic):
            # Someone telling us about a red flag needs the alert, not a guess at a topic.
            return Answer("") if answer.intent is None or answer.confidence < 0.75 else answer
        if answer.intent is None and any(not a.guidance for a in alerts):
            return Answer("", suggestions=answer.suggestions)
        return answer

    def _routed(self, canonical: str) -> str | None:
        """An intent whose patterns match: questions that must never be left to similarity
        (a dose question naming a drug must not get that drug's page)."""
        for intent in self.bot.routed_intents:
            if any(pattern.search(canonical) for pattern in intent.patterns):
                return intent.id
        return None

    def _numbered_pick(self, canonical: str) -> str | None:
        found = _NUMBER_PICK.match(canonical)
        if not found or not self.state.offered:
            return None
        index = int(found.group(1)) - 1
        return self.state.offered[index] if index < len(self.state.offered) else None

    def _follow_up(self, facet: str, canonical: str) -> Answer:
        last = self.bot.content.intent(self.state.last_intent or "")
        target = last.facets.get(facet)
        if target:
            return self._answer(target, 1.0)
        if facet == "more" and last.follow_ups:
            return self._answer(last.follow_ups[0], 1.0)
        # No facet written for this: read the message together with the last topic.
        context = self.bot.normaliser.canonical(f"{canonical} {last.title}")
        answer = self._match(context)
        if answer.intent == last.id and facet in NOTHING_MORE_TEXT:
            # The same answer again would read as if it were about adults (or more detail) when it is not.
            text = NOTHING_MORE_TEXT[facet].format(title=last.title)
            limit = self.bot.content.settings.matcher.suggestions
            return Answer(text, suggestions=last.follow_ups[:limit] or self._starters())
        return answer

    def _match(self, canonical: str, parts: list[str] | None = None, guided: bool = False) -> Answer:
        """Match the whole message, and each question-like part of a long one. A part wins only when
        clearly surer: "...she's in remission. what does that mean?" is about remission. `guided`:
        safety guidance comes first in the reply, so a fallback must not say "I can't help"."""
        settings = self.bot.content.settings.matcher
        limit = max(settings.suggestions, 2) + 2
        ranked = self._ranked(canonical, limit)
        for part in parts or ():
            part_canonical = self.bot.normaliser.canonical(part)
            if not set(self.bot.index.content_words(part_canonical)) - _QUESTION_WORDS:
                continue  # "what is that?", "what will they do?" name no topic; the rest of the message does
            # The part is ranked in full only if it could beat the whole message by the margin.
            bar = ranked[0].confidence + settings.focus_margin if ranked else None
            candidate = self._ranked(part_canonical, limit, above=bar)
            if candidate and (bar is None or candidate[0].confidence > bar):
                ranked = candidate
        choice = choose(ranked, settings.fallback_threshold, settings.ambiguity_margin)
        if choice.options:
            first, second = (_mid_sentence(self.bot.content.intent(i).title) for i in choice.options)
            return Answer(f"Did you mean {first} or {second}? Type 1 or 2.", confidence=choice.confidence,
                          suggestions=choice.options)
        if choice.intent_id is None:
            # Only topics the message has something in common with; none is better than noise.
            closest = tuple(c.intent_id for c in ranked[: settings.suggestions]
                            if c.confidence > 0 and self.bot.content.intent(c.intent_id).kind == "info")
            # Under guidance that answers "what temperature should I call at?", "I can't help
            # with that" would contradict it: only the closest topics are offered.
            lead = [] if guided else [FALLBACK_TEXT]
            text = "\n\n".join(lead + ([FALLBACK_WITH_TOPICS] if closest else []))
            return Answer(text, confidence=choice.confidence, suggestions=closest)
        return self._answer(choice.intent_id, choice.confidence)

    def _ranked(self, canonical: str, limit: int, above: float | None = None) -> list[Candidate]:
        """Ranked intents; small talk (greetings, thanks, help) only for short messages. Empty
        when given `above` and no intent can score above it."""
        ranked = self.bot.index.rank(canonical, limit=limit, above=above)
        if len(self.bot.index.content_words(canonical)) > SMALL_TALK_MAX_WORDS:
            ranked = [c for c in ranked if self.bot.content.intent(c.intent_id).kind != "conversation"]
        return ranked

    def _answer(self, intent_id: str, confidence: float) -> Answer:
        intent = self.bot.content.intent(intent_id)
        suggestions = intent.follow_ups
        if intent.kind == "conversation" and not suggestions:
            suggestions = self.bot.content.settings.starter_topics
        return Answer(self.bot.contacts.fill(intent.answer), intent.id, confidence, intent.sources,
                      tuple(suggestions[: self.bot.content.settings.matcher.suggestions]), intent.handoff)

    def _starters(self) -> tuple[str, ...]:
        return self.bot.content.settings.starter_topics[: self.bot.content.settings.matcher.suggestions]

    def _looks_foreign(self, basic: str) -> bool:
        letters = [ch for ch in basic if ch.isalpha()]
        if letters and sum(not _is_latin(ch) for ch in letters) > len(letters) / 2:
            return True
        words = re.findall(r"[a-z]+", basic)
        foreign = sum(word in self.bot.content.settings.other_language_words for word in words)
        return len(words) > 0 and foreign >= 2 and foreign / len(words) >= 0.4

    @staticmethod
    def _is_question(text: str, basic: str) -> bool:
        return "?" in text or opens_as_question(basic)


def _mid_sentence(title: str) -> str:
    """A topic title as it reads inside a question: "What ALL is" -> "what ALL is", "Did I cause
    it?" -> "did I cause it"; acronyms ("MRD", "CAR T-cell therapy") keep their capitals."""
    title = title.rstrip("?")
    return title if title[:2].isupper() else title[:1].lower() + title[1:]


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "LATIN" in unicodedata.name(ch, "")


"""One person's conversation: session state, follow-ups, clarification and fallback.

Every message goes: normalise -> profile update -> safety scan -> understand -> compose.
The safety scan runs before and apart from matching, on every message, however odd. Understanding
is the ordered steps of bot/steps.py; this module holds the session and what the steps share.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from bot import steps
from bot.compose import Answer, compose
from bot.content.model import AUDIENCES
from bot.focus import QUESTION_WORDS
from bot.intent_net import TURNS_BEFORE, IntentReading, Scored, shipped_intent_net
from bot.matcher import Candidate, Choice, choose, stem
from bot.profile import Profile
from bot.reply import Alert, Reply, in_order, level_rank
from bot.safety.net import Trace
from bot.safety.scanner import status_of
from bot.steps import Turn, _mid_sentence  # noqa: F401  (_mid_sentence: kept importable here)

if TYPE_CHECKING:
    from bot.engine import Bot
    from bot.text.tokens import Tokens

# As the matcher reads them ("where" is stemmed to "wher").
_QUESTION_WORDS = frozenset(map(stem, QUESTION_WORDS))
# A sentence end in our own answers (written plainly: no abbreviations with stops).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")

NET_TURNS = 2  # the learned net reads a turn together with the two before it
NOTICED_TURNS = 2  # symptoms told this many turns back still add up with this turn's
HELD_LEVELS = ("emergency", "urgent", "soon")  # alerts the next turn raises again
LEARNED_HELD_LEVELS = ("emergency", "urgent")  # the learned net's own alerts held for the next turn


@dataclass
class SessionState:
    """Everything a conversation remembers; plain data so a session store can keep it."""

    profile: Profile = field(default_factory=Profile)
    last_intent: str | None = None
    offered: tuple[str, ...] = ()  # intent ids behind the numbered suggestions just shown
    turns: int = 0
    # The learned net's numbers for the last turns (never their words), to read turns together.
    net_traces: tuple[Trace, ...] = ()
    # The body topic the last turns named (a word from the safety data's `carry` list, never the
    # person's text) and for how many more turns "it" may point to it.
    carried_topic: str | None = None
    carried_for: int = 0
    # Symptom names (the rules' count concepts) told in the last turns, so they add up across turns,
    # and the ids of the emergency or urgent alerts the last turn raised, so the next turn holds them.
    noticed: tuple[tuple[str, ...], ...] = ()
    held: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()  # the rules the last turn asked about (guidance), for "that's happening now"
    # The intent net's numbers for the last turns, for a follow-up that leans on them.
    intent_traces: tuple[Trace, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"profile": asdict(self.profile), "last_intent": self.last_intent,
                "offered": list(self.offered), "turns": self.turns,
                "net_traces": [t.to_list() for t in self.net_traces],
                "intent_traces": [t.to_list() for t in self.intent_traces],
                "carried_topic": self.carried_topic, "carried_for": self.carried_for,
                "noticed": [list(n) for n in self.noticed], "held": list(self.held), "asked": list(self.asked)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionState:
        return cls(Profile(**data.get("profile", {})), data.get("last_intent"),
                   tuple(data.get("offered", ())), int(data.get("turns", 0)),
                   tuple(Trace.from_list(t) for t in data.get("net_traces", ())),
                   data.get("carried_topic"), int(data.get("carried_for", 0)),
                   tuple(tuple(map(str, n)) for n in data.get("noticed", ())), tuple(map(str, data.get("held", ()))),
                   tuple(map(str, data.get("asked", ()))),
                   tuple(Trace.from_list(t) for t in data.get("intent_traces", ())))


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
        self.last_step = ""  # the step that chose the last answer (bot/steps.py)
        self.last_net_level = "none"  # the learned net's own level for the last turn

    def reset(self) -> Reply:
        """Forget everything said so far; the reply says so."""
        self.state = SessionState()
        return compose(self.bot.content, [], Answer(self.say("reset"), suggestions=self.starters(), step="reset"),
                       self.profile_view())

    def offer(self, intent_ids: tuple[str, ...]) -> None:
        """Number topics a face has listed itself (/topics), so the person's next "3" picks the third."""
        self.state.offered = tuple(i for i in intent_ids if self.bot.content.has_intent(i))

    def send(self, text: str) -> Reply:
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        limits = self.bot.content.settings.limits
        self.state.turns += 1
        # --- safety: alerts come first, from the one reading, whatever the dialogue then does ---
        # The cap holds after normalising too: one character can expand to 18 (U+FDFA).
        cap = limits.max_scan_chars
        reading = self.bot.read(unicodedata.normalize("NFKC", text[:cap])[:cap])  # one reading for every reader
        before = self.state.profile
        self.state.profile = self.bot.profile_reader.update(before, reading.basic, reading.canonical, reading.tokens)
        # Both safety nets read every message; neither uses the matcher.
        marking = self.bot.scanner.marking(reading.tokens)  # context marks, shared by the two checks below
        scanner = self.bot.scanner
        earlier = frozenset(name for turn in self.state.noticed for name in turn)
        alerts, noticed = scanner.scan_turn(reading.basic, self.state.profile, reading.tokens, marking, earlier)
        named = scanner.carry.topic_of(reading.tokens)
        alerts = scanner.carried(reading.tokens, named, self.state.carried_topic, self.state.profile, alerts, marking)
        self.state.noticed = (*self.state.noticed, tuple(sorted(noticed)))[-NOTICED_TURNS:]
        self._carry_topic(named)
        net = self.bot.learned.read(reading.basic, self.state.profile,
                                    scanner.general_question(reading.tokens, marking), self.state.net_traces,
                                    reading.net_words, imagined=scanner.imagined_not_happened(reading.tokens, marking))
        learned = self.bot.learned.alert(net.level, self.state.profile, alerts)
        self.last_net_level = net.level
        self.state.net_traces = (*self.state.net_traces, net.trace)[-NET_TURNS:]
        if learned is not None:
            alerts = [learned, *alerts]
        alerts = self._hold(alerts, reading.tokens, told_status=status_of(self.state.profile) != status_of(before))

        turn = steps.read_turn(self, reading, text, alerts, told_us=self.state.profile != before)
        answer = steps.run(self, turn)
        self.state.intent_traces = (*self.state.intent_traces, self._intent_trace(turn))[-TURNS_BEFORE:]
        self.state.last_intent = answer.intent or self.state.last_intent
        self.state.offered = answer.suggestions
        self.last_step = answer.step
        return compose(self.bot.content, alerts, answer, self.profile_view())

    def _hold(self, alerts: list[Alert], tokens: Tokens, told_status: bool = False) -> list[Alert]:
        """The last turns' emergency, urgent or soon alerts, raised again unless this turn raises as
        much or takes them back; then remember this turn's own. Held entries read "id@turns left"
        (a crisis alert is held for three turns, others for one: `carry.hold` in the rules)."""
        scanner, profile = self.bot.scanner, self.state.profile
        carry = scanner.carry
        live = max((level_rank(a.level) for a in alerts if not a.guidance), default=0)
        again: list[Alert] = []
        if self.state.asked and carry.affirms(tokens):
            again += [a for a in map(lambda i: scanner.alert_for(i, profile), self.state.asked)
                      if a is not None and level_rank(a.level) > live]
        kept: dict[str, int] = {}
        # "for my son I mean" says who the last turn was about, and "sorry, should have said, she's on
        # chemo" who the person is: neither takes the alert back.
        if self.state.held and (carry.affirms(tokens) or told_status or not carry.takes_back(tokens)):
            for entry in self.state.held:
                alert_id, _, left = entry.partition("@")
                alert = (self.bot.learned.alert(alert_id.removeprefix("learned-"), profile, alerts)
                         if alert_id.startswith("learned-") else scanner.alert_for(alert_id, profile))
                if alert is not None and level_rank(alert.level) > live:
                    again.append(alert)
                if int(left or 1) > 1:
                    kept[alert_id] = int(left) - 1
        # The learned net's own alerts are held at emergency and urgent (it reads the last turns
        # itself, but a turn like "it's midnight now" may not carry the sign far enough for it).
        for a in alerts:
            if not a.guidance and a.level in HELD_LEVELS and (a.net == "rules" or a.level in LEARNED_HELD_LEVELS):
                kept[a.id] = max(kept.get(a.id, 0), carry.hold_turns(a.id))
        self.state.held = tuple(f"{alert_id}@{left}" for alert_id, left in kept.items())
        self.state.asked = tuple(a.id for a in alerts if a.guidance and a.net == "rules")
        if not again:
            return alerts
        return in_order([*alerts, *again])

    def _carry_topic(self, named: str | None) -> None:
        """Remember the body topic this turn named, or count down the one named before."""
        if named is not None:
            self.state.carried_topic, self.state.carried_for = named, self.bot.scanner.carry.turns
        elif self.state.carried_for > 1:
            self.state.carried_for -= 1
        else:
            self.state.carried_topic, self.state.carried_for = None, 0

    # --- what the steps share (bot/steps.py) ----------------------------------------------------

    def say(self, key: str, **values: object) -> str:
        """One of the dialogue's own texts (intents/responses.yaml), filled in."""
        text = self.bot.content.responses[key]
        return text.format(**values) if values else text

    def profile_view(self) -> dict[str, object]:
        """What the bot has read about the person, as shown by `/profile` and in the JSON reply."""
        # A shallow copy: the profile holds only plain values, and asdict's deep copy costs per message.
        return dict(vars(self.state.profile))

    def starters(self) -> tuple[str, ...]:
        return self.bot.content.settings.starter_topics[: self.bot.content.settings.matcher.suggestions]

    def topic_words(self, canonical: str) -> list[str]:
        """The words of a message that could name a topic (not stopwords or question words)."""
        return [w for w in self.bot.index.content_words(canonical) if w not in _QUESTION_WORDS]

    def ranked(self, canonical: str, limit: int | None = None, above: float | None = None) -> list[Candidate]:
        """Ranked intents; small talk (greetings, thanks, help) only for short messages. Empty
        when given `above` and no intent can score above it."""
        settings = self.bot.content.settings
        limit = limit or max(settings.matcher.suggestions, 2) + 2
        ranked = self.bot.index.rank(canonical, limit=limit, above=above)
        if len(self.bot.index.content_words(canonical)) > settings.dialogue.small_talk_max_words:
            ranked = [c for c in ranked if self.bot.content.intent(c.intent_id).kind != "conversation"]
        return ranked

    def ranked_turn(self, turn: Turn) -> list[Candidate]:
        """The turn's ranking, once: the whole message, or a question-like part of a long one
        when it is clearly surer ("...she's in remission. what does that mean?")."""
        if turn._ranked is not None:
            return turn._ranked
        margin = self.bot.content.settings.matcher.focus_margin
        ranked = self.ranked(turn.topic)
        for part in turn.parts:
            if not self.topic_words(part):
                continue  # "what is that?", "what will they do?" name no topic; the rest of the message does
            # The part is ranked in full only if it could beat the whole message by the margin.
            bar = ranked[0].confidence + margin if ranked else None
            candidate = self.ranked(part, above=bar)
            if candidate and (bar is None or candidate[0].confidence > bar):
                ranked = candidate
        turn._ranked = ranked
        return ranked

    def choice(self, turn: Turn) -> Choice:
        settings = self.bot.content.settings.matcher
        return choose(self.ranked_turn(turn), settings.fallback_threshold, settings.ambiguity_margin)

    def intent_reading(self, turn: Turn) -> IntentReading:
        """The intent net's reading of the turn, alone or with the turns before it, once."""
        if turn._intent is None:
            now = self._intent_trace(turn)
            before = self.state.intent_traces if self.reads_on(turn) else ()
            turn._intent = shipped_intent_net().read_turns(before, now, turn._intent_alone)
        return turn._intent

    def reads_on(self, turn: Turn) -> bool:
        """Whether the turn may be read with the turns before it: not when it brings a subject of
        its own, a word the intent net never learnt ("what is impetigo", "solve 2x + 5 = 17"),
        which the last topic's words would otherwise outweigh."""
        self._intent_trace(turn)  # reads the whole message's text once, typos mended
        return not shipped_intent_net().new_words(turn._net_text)

    def intent_alone(self, turn: Turn) -> Scored:
        """The intent net's reading of the turn on its own."""
        self._intent_trace(turn)
        assert turn._intent_alone is not None
        return turn._intent_alone

    def read_with_turns_before(self, turn: Turn) -> dict[str, float]:
        """Every class's probability when the turn is read with the (at most two) turns before it."""
        return shipped_intent_net().from_traces([*self.state.intent_traces, self._intent_trace(turn)])

    def _intent_trace(self, turn: Turn) -> Trace:
        """The turn as the intent net reads it: the whole message, or without its context words
        ("my 3 year old has ALL, how is it treated"), whichever reading is surer of an answer. (A
        question sentence read alone as well cost two points of out-of-scope rejection for none
        in scope, held out.)"""
        if turn._intent_trace is None:
            net = shipped_intent_net()
            texts = {text: net.turn_text(turn.reading.raw, text)
                     for text in dict.fromkeys([turn.reading.canonical, turn.topic]) if text}
            turn._net_text = texts.get(turn.reading.canonical, "")
            traces = [net.trace(text) for text in texts.values()]
            traces = traces or [net.trace("")]  # no words at all (emoji, punctuation)
            readings = [(net.scored([trace]), trace) for trace in traces]
            turn._intent_alone, turn._intent_trace = max(readings, key=lambda pair: pair[0].probability)
        return turn._intent_trace

    def closest(self, turn: Turn) -> tuple[str, ...]:
        """Only topics the message has something in common with; none is better than noise."""
        limit = self.bot.content.settings.matcher.suggestions
        return tuple(c.intent_id for c in self.ranked_turn(turn)[:limit]
                     if c.confidence > 0 and self.bot.content.intent(c.intent_id).kind == "info")

    def neighbourhood(self, intent_id: str) -> set[str]:
        """Where a follow-up to this answer most likely leads: itself, its follow-ups and facets,
        and the intents of its topic."""
        intent = self.bot.content.intent(intent_id)
        near = {intent.id, *intent.follow_ups, *intent.facets.values()}
        near.update(i.id for i in self.bot.content.intents if i.topic == intent.topic and i.kind == "info")
        return near

    def related(self, first: str, second: str) -> bool:
        """Close relatives: one offers the other next, or they share a topic and kind of answer."""
        a, b = self.bot.content.intent(first), self.bot.content.intent(second)
        return a.kind == b.kind and (a.topic == b.topic or second in a.follow_ups or first in b.follow_ups)

    def follow_up(self, facet: str, turn: Turn) -> Answer:
        last = self.bot.content.intent(self.state.last_intent or "")
        target = last.facets.get(facet)
        if target:
            return self.answer_for(target, 1.0, audience=facet if facet in AUDIENCES else None)
        if facet in last.audience:  # "and for adults?" after an answer with an adult wording
            return self.answer_for(last.id, 1.0, audience=facet)
        if facet == "more" and last.follow_ups:
            return self.answer_for(last.follow_ups[0], 1.0)
        # No facet written for this. The intent net, reading the turns together, may know where
        # it leads within the last answer's neighbourhood ("and kids?" after adult survival).
        reading = self.intent_reading(turn)
        if reading.answers and reading.intent_id != last.id and reading.intent_id in self.neighbourhood(last.id):
            return self.answer_for(reading.intent_id, reading.probability)
        # Otherwise read the message together with the last topic.
        context = self.bot.normaliser.canonical(f"{turn.reading.canonical} {last.title}")
        settings = self.bot.content.settings.matcher
        choice = choose(self.ranked(context), settings.fallback_threshold, settings.ambiguity_margin)
        if choice.intent_id == last.id and facet in AUDIENCES:
            answer = self.answer_for(last.id, 1.0)
            said = self.sentences_about(answer.text, facet)
            if said:  # "and for children?" after an answer that has a sentence about children
                lead = self.say(f"said_for_{facet}", title=last.title)
                return replace(answer, text=f"{lead}\n\n{' '.join(said)}")
        if choice.intent_id == last.id and f"nothing_more_{facet}" in self.bot.content.responses:
            # The same answer again would read as if it were about adults (or more detail) when it is not.
            return Answer(self.say(f"nothing_more_{facet}", title=last.title),
                          suggestions=last.follow_ups[: settings.suggestions] or self.starters())
        if choice.intent_id is None:
            return Answer(self.say("no_context"), suggestions=last.follow_ups[: settings.suggestions])
        return self.answer_for(choice.intent_id, choice.confidence)

    def sentences_about(self, text: str, facet: str) -> list[str]:
        """The sentences of an answer's text that speak of the facet's people ("For adults, the
        figure is 75% to 80%."), in order."""
        cues, canonical = self.bot.follow_up_cues, self.bot.normaliser.canonical
        return [s for s in _SENTENCE_END.split(text.strip()) if cues.speaks_of(facet, canonical(s))]

    def answer_for(self, intent_id: str, confidence: float, audience: str | None = None) -> Answer:
        """The intent's answer, worded for the audience the profile names (adult or child) where
        the content has a wording for it; `audience` overrides the profile ("and for adults?")."""
        intent = self.bot.content.intent(intent_id)
        suggestions = intent.follow_ups
        if intent.kind == "conversation" and not suggestions:
            suggestions = self.bot.content.settings.starter_topics
        text = intent.answer_for(audience or self.state.profile.age_group)
        return Answer(self.bot.contacts.fill(text), intent.id, confidence, intent.sources,
                      tuple(suggestions[: self.bot.content.settings.matcher.suggestions]), intent.handoff)

    def looks_foreign(self, basic: str) -> bool:
        letters = [ch for ch in basic if ch.isalpha()]
        if letters and sum(not _is_latin(ch) for ch in letters) > len(letters) / 2:
            return True
        words = re.findall(r"[a-z]+", basic)
        foreign = sum(word in self.bot.content.settings.other_language_words for word in words)
        return len(words) > 0 and foreign >= 2 and foreign / len(words) >= 0.4


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "LATIN" in unicodedata.name(ch, "")


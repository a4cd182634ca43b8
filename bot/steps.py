"""The dialogue as named steps, tried in order. Each step returns an answer or passes (None);
the first answer wins and carries the step's name, so `allbot eval` can say which step gave
each wrong answer.

The safety nets have already run when the steps start (bot/dialogue.py `Conversation.send`):
nothing here can hold back an alert, only choose what is said after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bot.compose import Answer, urgency_of
from bot.focus import holds_question, question_parts
from bot.intent_net import OUTSIDE, IntentReading, Scored, shipped_intent_net
from bot.matcher import Candidate, Choice, choose
from bot.reply import Alert
from bot.text.linear import Trace
from bot.text.message import Message

if TYPE_CHECKING:
    from bot.dialogue import Conversation

_NUMBER_PICK = re.compile(r"^(?:number |option |no |#)?(\d{1,2})$")
# Words that lean on the last answer: "why would my son need one?", "is it used much?"
_REFERS_BACK = frozenset({"it", "its", "that", "this", "one", "ones", "there", "they", "them", "those", "these",
                          "thing", "things", "same"})
# A symptom is told about someone: "he's really pale", "I feel sick all the time".
_PERSON = frozenset({"i", "im", "ive", "me", "my", "we", "our", "us", "he", "hes", "him", "his", "she", "shes",
                     "her", "they", "theyre", "them", "their"})
_SYMPTOM_TOPICS = frozenset({"symptoms", "side-effects"})


@dataclass
class Turn:
    """One message as the steps see it. `topic` is the canonical text without context words
    (relations, ages, "just diagnosed"): what the matcher reads."""

    reading: Message
    text: str
    alerts: list[Alert]
    told_us: bool            # the profile changed on this message
    topic: str
    context_only: bool       # every word was context ("my 4 year old is in maintenance")
    asks: bool               # holds a question, with or without "?"
    parts: list[str] = field(default_factory=list)  # question-like sentences, as topic text
    _ranked: list[Candidate] | None = None
    _intent: IntentReading | None = None
    _intent_trace: Trace | None = None
    _intent_alone: Scored | None = None   # the net's reading of `_intent_trace` alone
    _net_text: str = ""                   # the whole message as the intent net reads it (with the trace)

    @property
    def reports(self) -> bool:
        """Something is happening now (an alert that is not guidance)."""
        return any(not a.guidance for a in self.alerts)

    @property
    def red_flag(self) -> bool:
        return urgency_of(self.alerts) in ("urgent", "emergency")


Step = Callable[["Conversation", Turn], "Answer | None"]


def empty(chat: Conversation, turn: Turn) -> Answer | None:
    if turn.text.strip():
        return None
    return Answer(chat.say("empty"), suggestions=chat.starters())


def too_long(chat: Conversation, turn: Turn) -> Answer | None:
    limit = chat.bot.message_limit
    if len(turn.text) <= limit:
        return None
    return Answer(chat.say("too_long", limit=limit, emergency_number=chat.bot.contacts.emergency_number))


def no_words(chat: Conversation, turn: Turn) -> Answer | None:
    return None if turn.reading.canonical else Answer(chat.say("no_words"))


def pick(chat: Conversation, turn: Turn) -> Answer | None:
    """A number picks from the suggestions just shown; one past the end says so and shows them again."""
    found = _NUMBER_PICK.match(turn.reading.canonical)
    offered = chat.state.offered
    if not found or not offered:
        return None
    number = int(found.group(1))
    if 1 <= number <= len(offered):
        return chat.answer_for(offered[number - 1], 1.0)
    return Answer(chat.say("beyond_list", count=len(offered), number=number), suggestions=offered)


def facet(chat: Conversation, turn: Turn) -> Answer | None:
    """"and for adults?", "tell me more": a cue that only makes sense after a topic."""
    wanted = chat.bot.follow_up_cues.facet(turn.reading.canonical)
    if wanted is None:
        return None
    if chat.state.last_intent is None:
        return Answer(chat.say("no_context"), suggestions=chat.starters())
    return chat.follow_up(wanted, turn)


def routed(chat: Conversation, turn: Turn) -> Answer | None:
    """Questions that must never be left to similarity (a dose question naming a drug must not
    get that drug's page)."""
    for intent in chat.bot.routed_intents:
        if any(pattern.search(turn.reading.canonical) for pattern in intent.patterns):
            return chat.answer_for(intent.id, 1.0)
    return None


def refer_back(chat: Conversation, turn: Turn) -> Answer | None:
    """A message that leans on the last turn ("is it used much?", "where do the cells come
    from?") is read with the turns before it, and answered from the last answer's neighbourhood
    (itself, its follow-ups and facets, its topic) when that reading is clearly about it. The
    intent net's reading, not the matcher's. A message that points back ("can they be
    prevented?") is read so however sure the net is of it alone: alone, it names no subject."""
    last_id = chat.state.last_intent
    if last_id is None or not turn.asks or not chat.bot.content.has_intent(last_id) or turn.red_flag \
            or not chat.reads_on(turn):
        return None
    settings = chat.bot.content.settings.dialogue
    words = [w for w in turn.topic.split() if w not in chat.bot.index.stopwords]
    points = bool(_REFERS_BACK & set(turn.topic.split()))
    if not words or not (points or len(chat.topic_words(turn.topic)) <= settings.refer_back_max_words):
        return None
    alone, reading = chat.intent_alone(turn), chat.intent_reading(turn)
    if not points and shipped_intent_net().thresholds.answers(alone) and alone.probability >= settings.refer_back_weak:
        return None  # short, but it reads well on its own: a new topic
    near = chat.neighbourhood(last_id)
    if reading.answers and reading.intent_id in near:
        return None  # the learned step gives the same answer
    together = chat.read_with_turns_before(turn)
    best = max((i for i in near if i in together), key=together.__getitem__, default=None)
    if best is None:
        return None
    # Its share of the answers, not of everything: a turn that leans reads as no question of its own.
    outside = together.get(OUTSIDE, 0.0)
    share = together[best] / max(1e-9, 1.0 - outside)
    if share < settings.refer_back_from or outside >= settings.refer_back_outside_below:
        return None
    return chat.answer_for(best, share)


def red_flag(chat: Conversation, turn: Turn) -> Answer | None:
    """Someone telling us about a red flag needs the alert, not a guess at a topic."""
    if not turn.red_flag or turn.asks:
        return None
    choice = chat.choice(turn)
    sure = chat.bot.content.settings.dialogue.report_answer_confidence
    if choice.intent_id is not None and choice.confidence >= sure:
        return chat.answer_for(choice.intent_id, choice.confidence)
    # Under the learned net's urgent alert, which cannot name the sign, what the sign told can
    # mean; not under a rule's alert (it names the sign and what to do) nor an emergency, where
    # nothing should stand between the person and the call.
    if urgency_of(turn.alerts) == "urgent" and not any(a.net == "rules" and not a.guidance for a in turn.alerts):
        return _symptom_answer(chat, turn) or Answer("")
    return Answer("")


def small_talk_said(chat: Conversation, turn: Turn) -> Answer | None:
    """A message that is one of the content's own greetings, thanks or "help": small talk, before
    the intent net can read "help" as financial help or "thanks" with the last answer."""
    intent_id = chat.bot.small_talk_said.get(turn.reading.canonical)
    return chat.answer_for(intent_id, 1.0) if intent_id is not None else None


def small_talk(chat: Conversation, turn: Turn) -> Answer | None:
    """Greetings, thanks, "are you a doctor?": the matcher's, which ranks them only for short messages."""
    choice = chat.choice(turn)
    if choice.options or choice.intent_id is None or chat.bot.content.intent(choice.intent_id).kind != "conversation":
        return None
    return chat.answer_for(choice.intent_id, choice.confidence)


def learned(chat: Conversation, turn: Turn) -> Answer | None:
    """The intent net's answer when it is sure enough (bot/intent_net.py): it reads people's
    phrasing better than the matcher, on blind sets held out one at a time."""
    reading = chat.intent_reading(turn)
    if not reading.answers or (turn.told_us and not turn.asks and turn.context_only):
        return None
    first, second = reading.intent_id, reading.runner_up
    ratio = chat.bot.content.settings.dialogue.clarify_ratio
    if second is not None and reading.runner_up_probability >= ratio * reading.probability \
            and not chat.related(first, second):
        content = chat.bot.content
        return Answer(chat.say("did_you_mean", first=_mid_sentence(content.intent(first).title),
                               second=_mid_sentence(content.intent(second).title)),
                      confidence=reading.probability, suggestions=(first, second))
    answer = chat.answer_for(first, reading.probability)
    if second is not None and chat.related(first, second):  # a close relative is offered first
        limit = chat.bot.content.settings.matcher.suggestions
        rest = tuple(i for i in answer.suggestions if i != second)
        answer = replace(answer, suggestions=(second, *rest)[:limit])
    return answer


def foreign(chat: Conversation, turn: Turn) -> Answer | None:
    if not chat.looks_foreign(turn.reading.basic):
        return None
    return Answer(chat.bot.contacts.fill(chat.say("english_only")))


def symptom(chat: Conversation, turn: Turn) -> Answer | None:
    """A symptom told, with no red flag and no question: that symptom's information answer
    ("he's really pale and sleepy today" -> tiredness and paleness)."""
    if turn.red_flag or turn.asks:
        return None
    return _symptom_answer(chat, turn)


def _symptom_answer(chat: Conversation, turn: Turn) -> Answer | None:
    """The information answer of the symptom a person told about, if one fits well enough."""
    if turn.context_only or not _PERSON & set(turn.reading.basic.split()):
        return None
    content = chat.bot.content
    ranked = [c for c in chat.ranked_turn(turn) if not _overview(c.intent_id)]
    if not ranked or ranked[0].confidence < content.settings.dialogue.symptom_threshold:
        return None
    intent = content.intent(ranked[0].intent_id)
    if intent.kind != "info" or intent.topic not in _SYMPTOM_TOPICS:
        return None
    return chat.answer_for(intent.id, ranked[0].confidence)


def noted(chat: Conversation, turn: Turn) -> Answer | None:
    """"my 4 year old is in maintenance": context to keep, not a question to guess at."""
    if not turn.told_us or turn.asks or turn.reports:
        return None
    return Answer(chat.say("noted"), suggestions=chat.starters())


def alert_only(chat: Conversation, turn: Turn) -> Answer | None:
    """An alert about something happening now says what to do; no "I can't help" under it."""
    if not turn.reports:
        return None
    return Answer("", suggestions=chat.closest(turn))


def fallback(chat: Conversation, turn: Turn) -> Answer | None:
    """Nothing fits: say what the bot covers, and offer the closest topics if any. Under
    guidance ("what temperature should I call at?"), "I can't help" would contradict it."""
    closest = chat.closest(turn)
    lead = [] if turn.alerts else [chat.say("fallback")]
    text = "\n\n".join(lead + ([chat.say("fallback_with_topics")] if closest else []))
    return Answer(text, confidence=chat.choice(turn).confidence, suggestions=closest)


STEPS: tuple[tuple[str, Step], ...] = (
    ("empty", empty),
    ("too-long", too_long),
    ("no-words", no_words),
    ("pick", pick),
    ("facet", facet),
    ("routed", routed),
    ("refer-back", refer_back),
    ("red-flag", red_flag),
    ("small-talk-said", small_talk_said),
    ("learned", learned),
    ("small-talk", small_talk),
    ("foreign", foreign),
    ("symptom", symptom),
    ("noted", noted),
    ("alert-only", alert_only),
    ("fallback", fallback),
)


def run(chat: Conversation, turn: Turn) -> Answer:
    """The first step's answer, marked with the step's name."""
    for name, step in STEPS:
        answer = step(chat, turn)
        if answer is not None:
            return replace(answer, step=name)
    raise AssertionError("the fallback step always answers")


def read_turn(chat: Conversation, reading: Message, text: str, alerts: list[Alert], told_us: bool) -> Turn:
    reader = chat.bot.profile_reader.context_words
    topic = reader.topic_text(reading.canonical, has_topic=lambda t: bool(chat.topic_words(t)))
    parts = [reader.topic_text(chat.bot.normaliser.canonical(p), has_topic=lambda t: bool(chat.topic_words(t)))
             for p in question_parts(reading.basic)]
    return Turn(reading, text, alerts, told_us, topic or reading.canonical, not topic,
                holds_question(text, reading.basic), [p for p in parts if p])


def _overview(intent_id: str) -> bool:
    """Overview answers list every symptom: a told symptom deserves its own answer."""
    return intent_id.endswith("-overview")


def _mid_sentence(title: str) -> str:
    """A topic title as it reads inside a question: "What ALL is" -> "what ALL is", "Did I cause
    it?" -> "did I cause it"; acronyms ("MRD", "CAR T-cell therapy") keep their capitals."""
    title = title.rstrip("?")
    return title if title[:2].isupper() else title[:1].lower() + title[1:]


__all__ = ["STEPS", "Choice", "Turn", "choose", "read_turn", "run"]

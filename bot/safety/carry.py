"""What "it" points back to: a body topic carried from one turn to the next.

"his poo looked odd this morning" then "it was black and sticky": the second turn names no poo,
so no rule can read it alone. A turn that opens a sentence with a pointer ("it", "that", "they")
is read a second time with the pointer replaced by the body topic the last turns talked about
("poo was black and sticky"). The topic is a word from this closed list, never the person's text,
so it can be kept in the session state like the profile.

    carry:
      pointers: [it, that, they, ...]       # words that point back when they open a sentence
      lead_ins: [and, oh, well, ...]        # words that may come before the pointer
      topics: {poo: ["{poo}", stool], ...}  # topic word -> phrases that mention it
      cancel: ["sorry", "i meant", ...]     # a turn that takes the last alert back
      affirm: ["that's what he's doing now", ...]  # a turn that says what was asked about is happening
      continues: [still, every, ...]        # a turn opening with these (or a number) goes on about the topic
      subjects: [hes, shes, im, ...]        # who, said before that number or word ("hes 38 on the dot now")

A turn that names no topic and opens with a number or a word that goes on from the last ("still
dribbling now", "9 or 10 times since breakfast") is read a second time with the topic in front.

The carry also holds an alert: an emergency or urgent alert raised by one turn is raised again on
the next unless that turn raises as much itself or takes it back ("sorry, I meant 36.5"). "She went
stiff and jerky" then "it stopped, she's sleeping now" is still a call to make. And a question
about a sign ("what does a seizure look like?") followed by "that's what she's doing right now"
raises what was asked about, as happening now.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.text.phrases import PhraseCompiler, PhrasePattern, PhraseSet
from bot.text.tokens import Tokens

# A contraction that points back stands for the pointer and its verb: "its black" -> "poo is black".
_VERB_OF = {"its": "is", "thats": "is", "theyre": "are", "theyve": "have", "thatll": "will", "itll": "will"}
CARRY_KEYS = {"pointers", "lead_ins", "topics", "turns", "cancel", "affirm", "hold", "continues", "subjects"}
# Pointers that stand for the topic anywhere in a sentence ("a swelling over it"), not only first.
_ANYWHERE = frozenset({"it", "its"})
# "his was black": a possessive standing for "his poo" when a verb follows.
_POSSESSIVES = frozenset({"his", "hers", "theirs", "mine"})
_CLAUSE_STARTS = frozenset({",", "and", "but", "so", "then", "cos", "because"})
_VERBS = frozenset({"is", "was", "were", "are", "looked", "looks", "has", "had", "s", "went", "turned", "came"})
# "the leaflet ... it lists seizures": a pointer that lists or says points at a document, not the body.
_DOCUMENT_VERBS = frozenset({"lists", "listed", "says", "said", "mentions", "mentioned", "warns", "warned", "names",
                             "describes", "explains"})


# "it freaked me out", "it's for my assignment": a pointer to how the news felt or what the asking is
# for points at the telling, not at the body ("she hasn't had a seizure, it freaked me out").
_FELT = frozenset({"freaked", "freaks", "scared", "scares", "frightened", "frightens", "terrified", "terrifies",
                   "worried", "worries", "upset", "upsets", "shocked", "shook", "spooked", "panicked", "stressed",
                   "rattled", "haunts", "haunted"})
_FELT_BY = frozenset({"me", "us", "everyone", "everybody", "the"})
# "it's playing on my mind": the telling weighs on someone, said with "on ... mind".
_ON_MIND = frozenset({"playing", "plays", "played", "preying", "preys", "weighing", "weighs", "weighed"})
_HEDGES = frozenset({"really", "totally", "properly", "proper", "so", "just", "kind", "of", "a", "bit", "has", "had",
                     "s", "is", "was"})
_SPANS = frozenset({"second", "seconds", "secs", "minute", "minutes", "mins", "min", "hour", "hours", "hrs", "day",
                    "days", "week", "weeks", "ages", "while", "long", "ever", "good", "now", "years", "year", "months",
                    "month"})


# "they only kept her in overnight": "they" doing something to someone are the staff, not a body topic.
_ACTED_ON = frozenset({"him", "her", "me", "us", "them", "my", "his"})
_SUFFERED = frozenset({"hurt", "hurts", "hurting", "sting", "stings", "burn", "burns", "itch", "itches", "ache",
                       "aches", "bother", "bothers", "bothering", "keep", "keeps", "woke", "wake", "wakes"})


_ACTING_LEADS = frozenset({"only", "just", "then", "also", "even", "already", "have"})
# What a team does, whatever it is done to: "they changed one of his meds", "they reduced the dose";
# and what it says or checks: "they say it's okay now" (a body topic neither speaks nor checks).
_TEAM_ACTS = frozenset({"changed", "reduced", "lowered", "increased", "upped", "switched", "adjusted",
                        "prescribed", "scanned", "admitted", "discharged", "transfused", "say", "says", "said",
                        "told", "tell", "tells", "reckon", "reckons", "reckoned", "check", "checks", "checked",
                        "tested", "examined"})


_TEST_VERBS = frozenset({"did", "done", "do", "ran", "run", "took", "take", "sent"})
_TEST_DETERMINERS = frozenset({"a", "an", "some", "all", "the", "more", "lots", "of", "loads", "his", "her"})
_TESTS = frozenset({"scan", "scans", "test", "tests", "bloods", "bloodwork", "xray", "xrays", "x", "ecg", "mri", "ct",
                    "checks", "obs", "swab", "swabs", "cultures", "eeg"})


def _past_leads(after: tuple[str, ...], leads: frozenset[str], most: int) -> int:
    """Index of the first word after up to `most` light words from `leads` ("really", "only")."""
    at = 0
    while at < len(after) and at < most and after[at] in leads:
        at += 1
    return at


def _people_acting(after: tuple[str, ...]) -> bool:
    """ "they" followed by what was done to someone ("only kept her in", "gave him fluids", "sent us
    home") or what the team does ("changed one of his meds"): people, not the body topic. Not a
    sign's own effect ("they hurt her", "they keep him up")."""
    at = _past_leads(after, _ACTING_LEADS, 2)
    if after[at:at + 1] and after[at] in _TEAM_ACTS:
        return True
    # tests done: "they did scans", "they ran some bloods"
    tested = at + 1 + _past_leads(after[at + 1:], _TEST_DETERMINERS, 2)
    if after[at:at + 1] and after[at] in _TEST_VERBS and after[tested:tested + 1] and after[tested] in _TESTS:
        return True
    return (len(after) > at + 1 and after[at].isalpha() and after[at] not in _SUFFERED
            and after[at + 1] in _ACTED_ON)


def _points_at_the_telling(after: tuple[str, ...]) -> bool:
    """What follows a pointer says how the telling felt ("really freaked me out", "'s playing on my
    mind") or what it is for ("'s for my nursing assignment")."""
    at = _past_leads(after, _HEDGES, 3)
    if after[at:at + 1] == ("for",):  # not how long: "it was for 2 minutes"
        return not any(w[:1].isdigit() or w in _SPANS for w in after[at + 1:at + 3])
    if after[at:at + 1] and after[at] in _ON_MIND:
        return after[at + 1:at + 2] == ("on",) and "mind" in after[at + 2:at + 4]
    return bool(after[at:at + 1]) and after[at] in _FELT and after[at + 1:at + 2] != () and after[at + 1] in _FELT_BY


@dataclass(frozen=True, eq=False)
class Carry:
    pointers: frozenset[str]
    lead_ins: frozenset[str]
    topics: tuple[tuple[str, PhrasePattern], ...]
    turns: int  # how many turns a topic stays in mind without being named again
    cancel: PhrasePattern | None
    affirm: PhrasePattern | None
    hold: Mapping[str, int]  # rule id -> turns its alert is held after it is raised (default 1)
    continues: frozenset[str] = frozenset()  # words a turn opens with to go on about the last topic
    subjects: frozenset[str] = frozenset()  # who, before such a word: "hes 38 on the dot now"
    # The topics looked up by trigger word: a message reaches a few of some thirty, and runs only those.
    _reach: PhraseSet = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_reach", PhraseSet(pattern for _, pattern in self.topics))

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None, compiler: PhraseCompiler) -> Carry:
        data = data or {}
        topics = tuple((str(word), compiler.compile_all([str(p) for p in phrases]))
                       for word, phrases in (data.get("topics") or {}).items())
        cancel = compiler.compile_all([str(p) for p in data["cancel"]]) if data.get("cancel") else None
        affirm = compiler.compile_all([str(p) for p in data["affirm"]]) if data.get("affirm") else None
        hold = {str(k): int(v) for k, v in (data.get("hold") or {}).items()}
        return cls(frozenset(data.get("pointers") or ()), frozenset(data.get("lead_ins") or ()), topics,
                   int(data.get("turns", 2)), cancel, affirm, hold, frozenset(data.get("continues") or ()),
                   frozenset(data.get("subjects") or ()))

    def hold_turns(self, alert_id: str) -> int:
        return self.hold.get(alert_id, 1)

    def affirms(self, tokens: Tokens) -> bool:
        """The turn says what the last one asked about is happening ("that's what she's doing now")."""
        return self.affirm is not None and self.affirm.search(tokens) is not None

    def takes_back(self, tokens: Tokens) -> bool:
        """The turn takes the last alert back ("sorry, I meant 36.5", "ignore that")."""
        return self.cancel is not None and self.cancel.search(tokens) is not None

    def topic_of(self, tokens: Tokens) -> str | None:
        """The body topic the message names last, if any."""
        best: tuple[int, str] | None = None
        for number in self._reach.reached(tokens):  # in the order written: an earlier topic wins a tie
            word, pattern = self.topics[number]
            for match in pattern.finditer(tokens):
                if best is None or match.start() > best[0]:
                    best = (match.start(), word)
        return best[1] if best else None

    def first_named_at(self, tokens: Tokens, word: str) -> int:
        """Token index where the message first names topic `word` (its length when it never does)."""
        starts = [match.start() for topic, pattern in self.topics if topic == word
                  for match in pattern.finditer(tokens)]
        return tokens.span(min(starts), min(starts) + 1)[0] if starts else len(tokens.tokens)

    def pointers_in(self, tokens: Tokens) -> tuple[list[int], list[int]]:
        """Indexes of the tokens that point back, in one pass: those opening a sentence or one of
        its clauses ("it was black", "... and it was black"), and the others: "it" elsewhere ("a
        swelling over it") or a possessive before a verb ("his was black"), which point back only
        to an earlier turn's topic."""
        words, opening, elsewhere = tokens.tokens, [], []
        for first, last in tokens.sentences:
            at = first
            while at < last and words[at] in self.lead_ins:
                at += 1
            for i in range(first, last):
                word = words[i]
                if word not in self.pointers and word not in _ANYWHERE and word not in _POSSESSIVES:
                    continue  # most words: not one that could point back
                if ((i + 1 < last and words[i + 1] in _DOCUMENT_VERBS) or _points_at_the_telling(words[i + 1:last])
                        or (word == "they" and _people_acting(words[i + 1:last]))):
                    continue
                if word in self.pointers and (i == at or words[i - 1] in _CLAUSE_STARTS):
                    opening.append(i)
                elif word in _ANYWHERE or (word in _POSSESSIVES and i + 1 < last and words[i + 1] in _VERBS):
                    elsewhere.append(i)
        return opening, elsewhere

    @staticmethod
    def another_in(tokens: Tokens) -> list[int]:
        """Indexes of "one" in "another one": another of what was named ("a fit when he was
        diagnosed, and another one today")."""
        words = tokens.tokens
        return [i for i in range(1, len(words)) if words[i] == "one" and words[i - 1] == "another"]

    def goes_on(self, tokens: Tokens) -> bool:
        """The message opens (after any lead-in and who) with a number or a word that goes on from
        the last turn's topic: "still dribbling now", "9 or 10 times since breakfast", "hes 38 now"."""
        for word in tokens.tokens:
            if word in self.continues or word[:1].isdigit():
                return True
            if word not in self.lead_ins and word not in self.subjects and word != ",":
                return False
        return False

    def resolved(self, tokens: Tokens, topics: Mapping[int, str]) -> str:
        """The message with each pointer at an index of `topics` replaced by its topic ("its
        black" -> "poo is black"; "his was black" -> "his poo was black"). The whole message, so
        what dates or settles the story around the pointer still does."""
        out: list[str] = []
        for i, word in enumerate(tokens.tokens):
            topic = topics.get(i)
            if topic is None:
                out.append(word)
            elif word in _POSSESSIVES:
                out += [word, topic]
            else:
                out += [topic, _VERB_OF[word]] if word in _VERB_OF else [topic]
        return " ".join(out)

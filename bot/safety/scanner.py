"""The safety scan: one message + what is known about the person -> alerts, highest first.

It reads only the message and the profile: no intents, no matcher, no I/O. Everything it needs
is compiled once in `from_data`; a scan is a handful of regex passes over the message's tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.content.problems import ContentError
from bot.reply import Alert, in_order, level_rank
from bot.safety.carry import Carry
from bot.safety.rules import Rule, check_safety_data, compile_rules
from bot.safety.temperature import Reading, ReadingFinder
from bot.safety.wording import fill, person_words
from bot.text.context import PHRASE_LISTS, Context, Marking, Mode, asks_about_this
from bot.text.phrases import Alternation, PhrasePattern, PhraseSet
from bot.text.speller import Speller
from bot.text.stems import Stems
from bot.text.tokens import Tokens

if TYPE_CHECKING:  # the profile module builds on this package's tokens; import it for types only
    from bot.contacts import Contacts
    from bot.profile import Profile


# Words a question without "?" opens with; any other first word and no "?" is never a question.
QUESTION_OPENERS = frozenset(phrase.split()[0].lstrip("=") for phrase in PHRASE_LISTS["question_starts"])


class SafetyDataError(ContentError, ValueError):
    """Rules that cannot be loaded; `problems` names file, rule and field of each."""


WAITING = "waiting:"  # a noticed entry: this rule's sign was told live before its status was known


def status_of(profile: Profile) -> str:
    """treatment (having or had ALL treatment, or diagnosed), undiagnosed (said so, or worried it
    may be ALL), or unknown."""
    if profile.in_treatment or profile.diagnosed:
        return "treatment"
    return "undiagnosed" if profile.undiagnosed else "unknown"


@dataclass(frozen=True, eq=False)
class _Scan:
    """What one message offers every rule: tokens, context marks and temperature readings."""

    tokens: Tokens
    marking: Marking
    readings: tuple[Reading, ...]
    # Symptoms (count concepts) and `requires:RULE` told live in the last turns: "pale || and bruised".
    earlier: frozenset[str] = frozenset()
    # Worked out once per rule and message: whether its `requires` words are here, and its
    # counted symptoms (group name, mode), read by the scan and by what it notices for later turns.
    requires_met: dict[str, bool] = field(default_factory=dict)
    count_hits: dict[str, list[tuple[str | None, Mode]]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class SafetyScanner:
    """Compiled rules plus the contact numbers their messages name. Read-only: one per bot."""

    rules: tuple[Rule, ...]
    context: Context
    readings: ReadingFinder
    speller: Speller
    contacts: Mapping[str, str | None]
    stems: Stems
    carry: Carry

    @classmethod
    def from_data(cls, data: Mapping[str, Any], contacts: Contacts, file: str = "intents/safety.yaml", *,
                  checked: bool = False, stems: Stems | None = None) -> SafetyScanner:
        """`checked=True` when check_safety_data already passed (content loading runs it), so
        start-up does not pay for validation twice."""
        if not checked:
            problems = check_safety_data(data, file)
            if problems:
                raise SafetyDataError(problems)
        stems = stems or Stems.english()
        compiler, rules = compile_rules(data, stems)
        context = Context.from_data(data.get("context"), compiler)
        readings = ReadingFinder.from_data(data.get("readings"), compiler)
        speller = Speller.build(compiler.words, context.words["known_words"], data.get("shorthand"), stems)
        carry = Carry.from_data(data.get("carry"), compiler)
        return cls(rules, context, readings, speller, contacts.placeholders(), stems, carry)

    def tokens(self, basic: str) -> Tokens:
        return Tokens.from_basic(basic, self.speller, self.stems)

    def marking(self, tokens: Tokens) -> Marking:
        """The message's context marks, worked out at most once for the scan and the question check."""
        return Marking(self.context, tokens)

    def general_question(self, tokens: Tokens, marking: Marking | None = None) -> bool:
        """Every sentence is a question with no person in it ("why is fever dangerous on chemo?")."""
        if "?" not in tokens.tokens and tokens.tokens[0] not in QUESTION_OPENERS:
            return False  # most reports: no question mark and no question word first
        marks = (marking or self.marking(tokens)).marks
        sentences = range(len(tokens.sentences))
        return all(n in marks.questions and n not in marks.personal and not asks_about_this(marks, n)
                   for n in sentences)

    def imagined_not_happened(self, tokens: Tokens, marking: Marking | None = None) -> bool:
        """Someone imagined one day telling of it, asked how to answer, and said not to have
        happened: "if my teen ever said she wanted to hurt herself, who would I call? she hasn't, I
        just want to be ready". The rules give guidance with the numbers; the learned net, which
        cannot read the what-if, is not to turn it into an emergency."""
        marks = (marking or self.marking(tokens)).marks
        if not marks.starts["someone_what_if"] or not marks.starts["not_happened"]:
            return False  # most messages: neither
        last = len(tokens.tokens) - 1
        return any(self.context.someone_what_if(tokens, marks, min(end, last))
                   for end in marks.starts["someone_what_if"].values())

    def phrase_patterns(self) -> Iterator[PhrasePattern]:
        """Every compiled phrase list the scan may run (for warming up and for checks)."""
        for rule in self.rules:
            for pattern in rule.match_patterns:  # a set's own phrases, each gated by its own triggers
                yield from pattern.members if isinstance(pattern, PhraseSet) else (pattern,)
                if isinstance(pattern, Alternation):
                    yield pattern  # run whole when most of its alternatives are reached
            for pattern in rule.requires:  # a set's phrases run one by one (`compile_any`)
                yield from pattern.members if isinstance(pattern, PhraseSet) else (pattern,)
            if rule.unless is not None:
                yield rule.unless
        yield from self.context.patterns.values()
        yield from (pattern for _, pattern in self.carry.topics)
        yield from (p for p in (self.readings.cues, self.readings.blockers) if p is not None)

    def scan(self, basic: str, canonical: str, profile: Profile, tokens: Tokens | None = None,
             marking: Marking | None = None) -> list[Alert]:
        """Alerts for one message: alerts about now first, highest level first, then guidance.
        At most one alert per rule group. `canonical` is accepted for the interface but not
        read: the synonym list behind it belongs to the matcher and may change under the rules.
        `tokens`: `basic` already read by `self.tokens` (a bot reads each message once);
        `marking`: `self.marking(tokens)`, when the caller shares it with `general_question`."""
        return self.scan_turn(basic, profile, tokens, marking)[0]

    def scan_turn(self, basic: str, profile: Profile, tokens: Tokens | None = None, marking: Marking | None = None,
                  earlier: frozenset[str] = frozenset()) -> tuple[list[Alert], frozenset[str]]:
        """`scan` for one turn of a conversation: its alerts, and what it noticed for the next
        turns: the symptoms (count concepts) told live and `requires:RULE` for each counting rule
        whose required words it holds. `earlier`: what the last turns noticed, so symptoms told over
        several turns add up. Only counting rules that apply to this person notice anything."""
        tokens = tokens or self.tokens(basic)
        scan = _Scan(tokens, marking or self.marking(tokens), tuple(self.readings.find(tokens)), earlier)
        status = status_of(profile)
        found: dict[str, tuple[Rule, Mode]] = {}
        noticed: set[str] = set()
        for rule in self.rules:
            applies = status in rule.statuses
            if not rule.guidance_only and not applies:
                # Told before the status that makes it an alert: "my gums bleed when I brush", then
                # "on chemo btw". The sign waits a turn or two for that status.
                if self._reachable(rule, scan) and self._rule_mode(rule, scan) is Mode.LIVE:
                    noticed.add(f"{WAITING}{rule.id}")
                continue
            reachable = self._reachable(rule, scan)
            if rule.count is not None and applies:
                noticed |= self._noticed(rule, scan, reachable)
            if f"{WAITING}{rule.id}" in scan.earlier and not rule.guidance_only:
                mode = Mode.LIVE
            elif reachable or (rule.count and scan.earlier.intersection(rule.count.concepts)):
                mode = self._rule_mode(rule, scan)
            else:
                continue
            if rule.guidance_only and mode is Mode.LIVE:
                mode = Mode.GUIDANCE
            if mode is Mode.DROP:
                continue
            best = found.get(rule.group)
            if best is None or _rank(rule, mode) > _rank(*best):
                found[rule.group] = (rule, mode)
        person = person_words(profile.caregiver, profile.subject)
        alerts = [self._alert(rule, mode, status, person) for rule, mode in found.values()]
        return in_order(alerts), frozenset(noticed)

    def carried(self, tokens: Tokens, named: str | None, topic: str | None, profile: Profile, alerts: list[Alert],
                marking: Marking | None = None) -> list[Alert]:
        """`alerts` plus what the message raises once what "it" or "they" points back to is read
        as the body topic it names itself (`named`: `carry.topic_of(tokens)`) or the last turns
        named (`topic`): "it was black" after poo. A pointer that dates what came before ("that
        was back in 2020") is left as it is."""
        if named is None and topic is None:
            return alerts
        # A pointer opening a clause means what this message or the last turns named; "it" further
        # in ("the skin over it") means what the last turns named.
        opening, inside = self.carry.pointers_in(tokens)
        inside = inside if topic else []
        another = self.carry.another_in(tokens)
        if opening or inside:
            # A pointer that dates or settles what came before keeps doing so: "that was in 2020",
            # "it settled within a day" (the context reads those words as pointing back).
            # So does one that is the thermometer, tried on or left on a thing: "it had been sitting on the radiator".
            # So does one seen to by the team: "it was looked into"; and one whose link is denied: "that's not related".
            starts = (marking or self.marking(tokens)).marks.starts
            dating, tested = starts.get("retrospective", {}), starts.get("tested_on", {})
            settling = starts.get("resolved", {}).keys() | starts.get("handled", {}).keys()
            unrelated = starts.get("unrelated", {}).keys()
            opening, inside = ([i for i in found if i not in dating and not {i + 1, i + 2} & settling
                                and not {i, i - 1} & tested.keys() and i + 1 not in unrelated]
                               for found in (opening, inside))
        goes_on = named is None and topic is not None and self.carry.goes_on(tokens)
        if not opening and not inside and not another and not goes_on:
            return alerts
        # A pointer points back: one before this message names its topic ("they were clear it
        # wasn't a fit") can only mean what the last turns named.
        named_at = self.carry.first_named_at(tokens, named) if named else 0
        topics = ({i: (named if named and i > named_at else topic) for i in [*opening, *another]}
                  | {i: topic for i in inside})
        topics = {i: word for i, word in topics.items() if word}
        if not topics and not goes_on:
            return alerts
        text = self.carry.resolved(tokens, topics)  # type: ignore[arg-type]
        if goes_on:
            text = f"{topic} {text}"  # "still dribbling now" after a nosebleed
        have = {a.id for a in alerts if not a.guidance}
        extra = [a for a in self.scan(text, text, profile) if not a.guidance and a.id not in have]
        if not extra:
            return alerts
        # the rule now raised live replaces its guidance: one alert per rule on the screen
        raised = {a.id for a in extra}
        return in_order([*(a for a in alerts if a.id not in raised), *extra])

    def alert_for(self, rule_id: str, profile: Profile) -> Alert | None:
        """Rule `rule_id`'s live alert for this person (to hold it over a turn), if it applies to them."""
        status = status_of(profile)
        for rule in self.rules:
            if rule.id == rule_id and (status in rule.statuses):
                return self._alert(rule, Mode.LIVE, status, person_words(profile.caregiver, profile.subject))
        return None

    def _alert(self, rule: Rule, mode: Mode, status: str, person: Mapping[str, str]) -> Alert:
        if mode is Mode.GUIDANCE:
            template = rule.guidance
        elif status == "unknown" and rule.message_unknown:
            template = rule.message_unknown
        else:
            template = rule.message or rule.guidance
        return Alert(rule.id, rule.level, fill(template, self.contacts, person),  # type: ignore[arg-type]
                     guidance=mode is Mode.GUIDANCE)

    def _rule_mode(self, rule: Rule, scan: _Scan) -> Mode:
        """LIVE if anything in the message raises the rule now, GUIDANCE if only asked about.
        Only for a rule the message can reach (`_reachable`)."""
        if rule.requires and f"requires:{rule.id}" not in scan.earlier and not self._requires_met(rule, scan):
            return Mode.DROP
        excluded = self._excluded(rule, scan)
        modes: list[Mode] = []
        if rule.phrases is not None:
            for _, mode in self._each_hit(rule, rule.phrases, scan, excluded):
                if mode is Mode.LIVE:
                    return Mode.LIVE  # one live match is enough: the rest need no context read
                modes.append(mode)
        if rule.temperature is not None:
            modes += self._temperature_modes(rule, scan, excluded)
        if rule.count is not None:
            modes.append(self._count_mode(rule, scan))
        if Mode.LIVE in modes:
            return Mode.LIVE
        return Mode.GUIDANCE if Mode.GUIDANCE in modes else Mode.DROP

    def _noticed(self, rule: Rule, scan: _Scan, reachable: bool) -> set[str]:
        assert rule.count is not None
        found = {f"requires:{rule.id}"} if rule.requires and self._requires_met(rule, scan) else set()
        if reachable:
            found.update(rule.count.concepts[int(group[1:])] for group, mode in self._count_hits(rule, scan)
                         if mode is Mode.LIVE and group)
        return found

    @staticmethod
    def _requires_met(rule: Rule, scan: _Scan) -> bool:
        met = scan.requires_met.get(rule.id)
        if met is None:
            met = scan.requires_met[rule.id] = all(p.search(scan.tokens) for p in rule.requires)
        return met

    def _count_hits(self, rule: Rule, scan: _Scan) -> list[tuple[str | None, Mode]]:
        assert rule.count is not None
        hits = scan.count_hits.get(rule.id)
        if hits is None:
            excluded = self._excluded(rule, scan)
            hits = scan.count_hits[rule.id] = [(match.lastgroup, mode) for match, mode
                                                in self._hits(rule, rule.count.pattern, scan, excluded)]
        return hits

    @staticmethod
    def _reachable(rule: Rule, scan: _Scan) -> bool:
        """Whether anything in the rule could match: a temperature reading, or the trigger words of
        one of its phrase lists. Most messages reach few rules, and the rest cost one look-up each."""
        if rule.temperature is not None and scan.readings:
            return True
        return rule.triggers is None or not rule.triggers.isdisjoint(scan.tokens.prefixes)

    def _hits(self, rule: Rule, pattern: PhrasePattern, scan: _Scan, excluded: set[int],
              skip: set[int] | None = None) -> list[tuple[re.Match[str], Mode]]:
        """Each match of `pattern` not overlapping an `unless` phrase, with its mode."""
        return list(self._each_hit(rule, pattern, scan, excluded, skip))

    def _each_hit(self, rule: Rule, pattern: PhrasePattern, scan: _Scan, excluded: set[int],
                  skip: set[int] | None = None) -> Iterator[tuple[re.Match[str], Mode]]:
        tokens = scan.tokens
        for match in pattern.finditer(tokens):
            first, last = tokens.span(match.start(), match.end())
            if excluded.intersection(range(first, last)) or (skip and first in skip):
                continue
            yield match, self._mode(rule, scan, first, last)

    def _temperature_modes(self, rule: Rule, scan: _Scan, excluded: set[int]) -> list[Mode]:
        """Readings at or above the threshold raise the rule. Temperature talk without a number
        ("she has a temperature") raises it too, unless the sentence gives a reading below it."""
        assert rule.temperature is not None
        threshold = rule.temperature.min_c - 1e-9
        modes, below, above = [], set(), set()
        for reading in scan.readings:
            sentence = scan.tokens.sentence_of[reading.index]
            if reading.celsius >= threshold:
                above.add(sentence)
                modes.append(self._mode(rule, scan, reading.index, reading.index + 1, numeric=True))
            else:
                below.add(sentence)
        if rule.temperature.phrases is not None:
            quiet = below - above
            # A check told, then its readings, all below: "checked her temp because she felt warm. 36.9, 37.0"
            quiet |= {n - 1 for n in quiet if n > 0 and n - 1 not in above
                      and _tells_a_check(scan.tokens.tokens[slice(*scan.tokens.sentences[n - 1])])}
            skip = {i for i, sentence in enumerate(scan.tokens.sentence_of) if sentence in quiet} if quiet else None
            modes += [mode for _, mode in self._hits(rule, rule.temperature.phrases, scan, excluded, skip)]
        return modes

    def _count_mode(self, rule: Rule, scan: _Scan) -> Mode:
        assert rule.count is not None
        hits = self._count_hits(rule, scan)
        live = {group for group, mode in hits if mode is Mode.LIVE}
        asked = {group for group, mode in hits if mode is not Mode.DROP}
        # Told over several turns: what this turn adds (a symptom, or how long) joins what came before.
        before = {f"c{i}" for i, concept in enumerate(rule.count.concepts) if concept in scan.earlier}
        adds = bool(live) or bool(rule.requires and self._requires_met(rule, scan))
        if len(live | (before if adds else set())) >= rule.count.min:
            return Mode.LIVE
        return Mode.GUIDANCE if len(asked) >= rule.count.min else Mode.DROP

    def _excluded(self, rule: Rule, scan: _Scan) -> set[int]:
        if rule.unless is None:
            return set()
        spans = (scan.tokens.span(m.start(), m.end()) for m in rule.unless.finditer(scan.tokens))
        return {i for first, last in spans for i in range(first, last)}

    def _mode(self, rule: Rule, scan: _Scan, first: int, last: int, numeric: bool = False) -> Mode:
        mode = self.context.mode(scan.tokens, scan.marking.marks, first, last, numeric=numeric,
                                 resolvable=rule.level != "emergency", use_time=not rule.keeps_past,
                                 things=rule.drops_things, others=rule.drops_others)
        marks = scan.marking.marks
        if mode is not Mode.DROP and (self.context.names_a_service(scan.tokens, marks, last)
                                      or self.context.someone_what_if(scan.tokens, marks, first)
                                      or self.context.asked_of_anyone(scan.tokens, marks, first)):
            return Mode.GUIDANCE
        if mode is Mode.GUIDANCE and rule.hypothetical_alerts:
            mode = Mode.LIVE
        if mode is Mode.LIVE and rule.keeps_past and self.context.recovered(scan.tokens, marks, first):
            return Mode.GUIDANCE  # long past, helped and well now: support offered, not an alarm
        return mode


# "checked his temp", "took her temperature": a sentence that tells of taking a reading.
_CHECKS = frozenset({"checked", "check", "checking", "took", "taken", "taking", "measured", "did", "done", "rechecked"})
_TEMPERATURE_WORDS = frozenset({"temp", "temps", "temperature", "temperatures", "thermometer"})


def _tells_a_check(words: tuple[str, ...]) -> bool:
    return not _CHECKS.isdisjoint(words) and not _TEMPERATURE_WORDS.isdisjoint(words)


def _rank(rule: Rule, mode: Mode) -> tuple[bool, int]:
    """Within a group a live alert beats guidance, then the higher level wins."""
    return mode is Mode.LIVE, level_rank(rule.level)

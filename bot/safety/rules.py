"""The rules file (intents/safety.yaml): its shape, its checks, and the compiled rules.

    version: 1
    vocab:    {name: [phrase, ...]}        word lists the phrases refer to as {name}
    context:  {list name: [word, ...]}     additions to the negation/time word lists (context.py)
    shorthand: {r: are, u: you, ...}       text-speak read as the word it stands for, before any rule;
                                           two typed words may read as one or two ("shell no": "she wont")
    readings: {cues: [...], blockers: [...]}   how temperatures are read (temperature.py)
    rules:
      - id: fever-in-treatment
        level: urgent                      # emergency | urgent | soon
        source: [ha-urgent-check]          # section ids from intents/sources.yaml
        note: why this rule exists where the sources are silent (optional)
        when: {status: [treatment, unknown]}   # treatment | unknown | undiagnosed (default: all)
        match:                             # any one of these raises the rule
          phrases: ["{fever}", "burning up"]
          temperature: {min_c: 37.5, phrases: ["has a {temp}"]}  # a reading in the sentence decides
          count: {concepts: [sym_tired, sym_pale], min: 2}      # distinct vocab concepts reported
          requires: ["{long_duration}"]    # and each of these must be somewhere in the message
        unless: ["rigours of"]             # matches overlapping these do not count
        group: bleeding                    # only the highest alert of a group is shown
        hypothetical: guidance             # guidance (default) | alert: "what if I ..." still alerts
        context: {past: keep, thing: drop} # how context categories change a match (CONTEXT_ACTIONS)
        guidance_only: false               # true: only ever gives guidance ("when should I call?")
        message: "Call {treatment_line} now ..."   # placeholders: see wording.py
        message_unknown: "If {person_is} having treatment ..."  # when treatment status is unknown
        guidance: "During treatment, ..."  # the advice for a "what should I do if ..." question
        examples: ["my son is on chemo and has a temp of 38.4", {text: "...", guidance: true}]
        negative: ["no fever today"]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.contacts import placeholders_in
from bot.content.problems import Problem
from bot.safety.temperature import READING_KEYS
from bot.safety.wording import PLACEHOLDERS
from bot.text.context import CONTEXT_KEYS
from bot.text.phrases import Alternation, PhraseCompiler, PhraseError, PhrasePattern, any_of
from bot.text.stems import Stems

LEVELS = ("emergency", "urgent", "soon")
STATUSES = ("treatment", "unknown", "undiagnosed")
TOP_KEYS = {"version", "vocab", "context", "readings", "shorthand", "rules", "learned", "carry"}
# Per rule, what a context category does to a match; the first action is the default.
# past: "last year", "went away last week" drop a match unless the rule keeps it (crisis);
# thing: a temperature or heat of a thing ("the bath water is 38 degrees") drops it where the rule says;
# subject: an animal or a thing as the subject ("the dog has a fever"), or a near miss ("nearly
# choked"), drops it unless the rule keeps it (crisis).
CONTEXT_ACTIONS = {"past": ("drop", "keep"), "thing": ("keep", "drop"), "hypothetical": ("guidance", "alert"),
                   "subject": ("drop", "keep")}
RULE_KEYS = {"context", "id", "level", "title", "source", "note", "when", "match", "unless", "group", "hypothetical",
             "guidance_only", "message", "message_unknown", "guidance", "examples", "negative"}
MATCH_KEYS = {"phrases", "temperature", "count", "requires"}
EXAMPLE_KEYS = {"text", "guidance", "profile"}
PROFILE_KEYS = {"in_treatment", "diagnosed", "undiagnosed", "caregiver", "subject", "age_group"}
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
Report = Callable[[str, str], None]  # (field, message) for one rule


@dataclass(frozen=True, eq=False)
class Count:
    """Distinct vocab concepts reported; one regex with a group per concept (`c0`, `c1`, ...)."""

    concepts: tuple[str, ...]
    pattern: PhrasePattern
    min: int


@dataclass(frozen=True, eq=False)
class Temperature:
    min_c: float
    phrases: PhrasePattern | None


@dataclass(frozen=True, eq=False)
class Rule:
    id: str
    level: str
    group: str
    statuses: frozenset[str]
    phrases: PhrasePattern | None
    temperature: Temperature | None
    count: Count | None
    requires: tuple[PhrasePattern, ...]
    unless: PhrasePattern | None
    message: str | None
    message_unknown: str | None
    guidance: str
    guidance_only: bool
    hypothetical_alerts: bool
    keeps_past: bool       # past time never drops it (crisis: "tried last year and still want to")
    drops_things: bool     # a temperature or heat of a thing is not about the person
    drops_others: bool     # an animal or thing as the subject, or a near miss, is not about the person
    sources: tuple[str, ...]
    # The lists that can raise the rule (`requires` and `unless` only narrow it); derived below.
    match_patterns: tuple[PhrasePattern, ...] = dataclasses.field(init=False, repr=False)
    # Words one of which starts a token of any message those lists match (None: no such word),
    # so a scan rules out most rules with one set look-up each.
    triggers: frozenset[str] | None = dataclasses.field(init=False, repr=False)

    def __post_init__(self) -> None:
        found = (self.phrases, self.temperature.phrases if self.temperature else None,
                 self.count.pattern if self.count else None)
        patterns = tuple(p for p in found if p is not None)
        object.__setattr__(self, "match_patterns", patterns)
        object.__setattr__(self, "triggers", any_of(p.triggers for p in patterns) if patterns else frozenset())


def check_safety_data(data: Any, file: str, section_ids: Iterable[str] | None = None) -> list[Problem]:
    """Every problem in a rules file, by file, rule id and field. `section_ids`, when given, are the
    section ids that `source` may cite (from intents/sources.yaml)."""
    problems: list[Problem] = []

    def report(item: str, field: str, message: str) -> None:
        problems.append(Problem(file, item, field, message))

    if not isinstance(data, Mapping):
        report("-", "-", "the file must be a mapping with a `rules` list")
        return problems
    for key in sorted(set(data) - TOP_KEYS):
        report("-", key, f"unknown key (allowed: {', '.join(sorted(TOP_KEYS))})")
    vocab = data.get("vocab") or {}
    compiler = PhraseCompiler(vocab if isinstance(vocab, Mapping) else {})
    if not isinstance(vocab, Mapping):
        report("-", "vocab", "must be a mapping of name -> list of phrases")
    else:
        for name, entries in vocab.items():
            # YAML reads a bare on, off, yes or no as true or false: "[on, to, for]" would lose its "on"
            if isinstance(entries, list) and (odd := [e for e in entries if not isinstance(e, str)]):
                report("-", f"vocab.{name}", f"entries must be text: quote {odd!r} (YAML reads on/off/yes/no"
                       " as true/false)")
            _check_phrase(compiler, f"{{{name}}}", lambda m, n=name: report("-", f"vocab.{n}", m))
    _check_block(data.get("context"), CONTEXT_KEYS, "context", compiler, report)
    _check_block(data.get("readings"), READING_KEYS, "readings", compiler, report)
    _check_carry(data.get("carry"), compiler, report)
    shorthand = data.get("shorthand") or {}
    if not isinstance(shorthand, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and _shorthand_entry(k.split(), v.split())
            for k, v in shorthand.items()):
        report("-", "shorthand", "must map one typed token to one word (r: are), or two to one or two"
               " (shell no: she wont)")

    from bot.safety.learned import check_learned_messages  # the learned net's words live in this file too

    problems += check_learned_messages(data.get("learned"), file)
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        report("-", "rules", "must be a non-empty list of rules")
        return problems
    seen: set[str] = set()
    sections = set(section_ids) if section_ids is not None else None
    for index, rule in enumerate(rules):
        rule_id = rule.get("id") if isinstance(rule, Mapping) else None
        item = rule_id if isinstance(rule_id, str) and rule_id else f"rules[{index}]"
        if not isinstance(rule, Mapping):
            report(item, "-", "each rule must be a mapping")
            continue
        if item in seen:
            report(item, "id", "duplicate rule id")
        seen.add(item)
        _check_rule(rule, item, compiler, vocab, sections, lambda f, m, i=item: report(i, f, m))
    return problems


def _shorthand_entry(typed: list[str], read: list[str]) -> bool:
    """One typed token read as one word, or two typed words read as one or two."""
    allowed = {1: (1,), 2: (1, 2)}.get(len(typed), ())
    return len(read) in allowed and all(w.isalpha() for w in (*typed, *read))


def _check_carry(block: Any, compiler: PhraseCompiler, report: Any) -> None:
    from bot.safety.carry import CARRY_KEYS

    if block is None:
        return
    if not isinstance(block, Mapping):
        report("-", "carry", "must be a mapping (pointers, lead_ins, topics, turns)")
        return
    for key in sorted(set(block) - CARRY_KEYS):
        report("-", f"carry.{key}", f"unknown key (allowed: {', '.join(sorted(CARRY_KEYS))})")
    for key in ("cancel", "affirm"):
        phrases = block.get(key)
        if phrases is None:
            continue
        if not isinstance(phrases, list):
            report("-", f"carry.{key}", "must be a list of phrases")
            continue
        for phrase in phrases:
            _check_phrase(compiler, str(phrase), lambda m, k=key: report("-", f"carry.{k}", m))
    for key in ("pointers", "lead_ins"):
        words = block.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.isalpha() for w in words):
            report("-", f"carry.{key}", "must be a list of single words")
    topics = block.get("topics") or {}
    if not isinstance(topics, Mapping) or not topics:
        report("-", "carry.topics", "must map a topic word to a list of phrases")
        return
    for word, phrases in topics.items():
        if not isinstance(word, str) or not word.isalpha() or not isinstance(phrases, list) or not phrases:
            report("-", f"carry.topics.{word}", "needs a one-word topic and a list of phrases")
            continue
        for phrase in phrases:
            _check_phrase(compiler, str(phrase), lambda m, w=word: report("-", f"carry.topics.{w}", m))
    hold = block.get("hold") or {}
    if not isinstance(hold, Mapping) or not all(isinstance(v, int) and v >= 1 for v in hold.values()):
        report("-", "carry.hold", "must map a rule id to a whole number of turns, 1 or more")
    if not isinstance(block.get("turns", 2), int) or block.get("turns", 2) < 1:
        report("-", "carry.turns", "must be a whole number of turns, 1 or more")


def _check_rule(rule: Mapping[str, Any], item: str, compiler: PhraseCompiler, vocab: Any,
                sections: set[str] | None, report: Report) -> None:
    for key in sorted(set(rule) - RULE_KEYS):
        report(key, f"unknown key (allowed: {', '.join(sorted(RULE_KEYS))})")
    if not isinstance(rule.get("id"), str) or not _ID.fullmatch(rule["id"]):
        report("id", "required: lowercase words joined by hyphens")
    if rule.get("level") not in LEVELS:
        report("level", f"unknown level {rule.get('level')!r} (use {', '.join(LEVELS)})")
    sources = rule.get("source")
    if isinstance(sources, str):
        sources = [sources]
    if not sources or not all(isinstance(s, str) for s in sources):
        report("source", "required: at least one section id from intents/sources.yaml")
    elif sections is not None:
        for source in sources:
            if source not in sections:
                report("source", f"unknown section id {source!r}")
    guidance_only = rule.get("guidance_only", False)
    if not isinstance(guidance_only, bool):
        report("guidance_only", "must be true or false")
    if rule.get("hypothetical", "guidance") not in ("guidance", "alert"):
        report("hypothetical", "must be guidance or alert")
    context = rule.get("context") or {}
    if not isinstance(context, Mapping):
        report("context", f"must be a mapping of {', '.join(CONTEXT_ACTIONS)} to an action")
    else:
        for category, action in context.items():
            if category not in CONTEXT_ACTIONS:
                report("context", f"unknown category {category!r} (allowed: {', '.join(CONTEXT_ACTIONS)})")
            elif action not in CONTEXT_ACTIONS[category]:
                report(f"context.{category}", f"must be one of {', '.join(CONTEXT_ACTIONS[category])}")
    texts = {"guidance": True, "message": not guidance_only, "message_unknown": False}
    for field, required in texts.items():
        value = rule.get(field)
        if value is None:
            if required:
                report(field, "missing message text")
            continue
        if not isinstance(value, str) or not value.strip():
            report(field, "must be non-empty text")
            continue
        try:
            unknown = placeholders_in(value) - PLACEHOLDERS
        except ValueError as exc:
            report(field, f"malformed placeholder: {exc}")
            continue
        if unknown:
            report(field, f"unknown placeholder(s) {sorted(unknown)} (allowed: {sorted(PLACEHOLDERS)})")
    when = rule.get("when") or {}
    if not isinstance(when, Mapping) or set(when) - {"status"}:
        report("when", "must be a mapping with only `status`")
    else:
        statuses = when.get("status", list(STATUSES))
        if not isinstance(statuses, list) or not statuses or set(statuses) - set(STATUSES):
            report("when.status", f"must be a non-empty list of {', '.join(STATUSES)}")
    if "group" in rule and not isinstance(rule["group"], str):
        report("group", "must be text")
    _check_match(rule.get("match"), compiler, vocab, report)
    _check_phrases(rule.get("unless"), "unless", compiler, report, required=False)
    for field in ("examples", "negative"):
        _check_examples(rule.get(field), field, report)


def _check_match(match: Any, compiler: PhraseCompiler, vocab: Any, report: Report) -> None:
    if not isinstance(match, Mapping) or not match:
        report("match", "required: a mapping with phrases, temperature and/or count")
        return
    for key in sorted(set(match) - MATCH_KEYS):
        report(f"match.{key}", f"unknown key (allowed: {', '.join(sorted(MATCH_KEYS))})")
    if not set(match) & {"phrases", "temperature", "count"}:
        report("match", "needs at least one of phrases, temperature, count")
    _check_phrases(match.get("phrases"), "match.phrases", compiler, report, required=False)
    _check_phrases(match.get("requires"), "match.requires", compiler, report, required=False)
    temperature = match.get("temperature")
    if temperature is not None:
        if not isinstance(temperature, Mapping) or set(temperature) - {"min_c", "phrases"}:
            report("match.temperature", "must be a mapping with min_c and optional phrases")
        elif not isinstance(temperature.get("min_c"), (int, float)) or not 35 <= temperature["min_c"] <= 42:
            report("match.temperature.min_c", "required: a number of degrees Celsius between 35 and 42")
        else:
            _check_phrases(temperature.get("phrases"), "match.temperature.phrases", compiler, report,
                           required=False)
    count = match.get("count")
    if count is not None:
        if not isinstance(count, Mapping) or set(count) - {"concepts", "min"}:
            report("match.count", "must be a mapping with concepts and min")
            return
        concepts = count.get("concepts")
        if not isinstance(concepts, list) or not concepts:
            report("match.count.concepts", "required: a list of vocab names")
        else:
            for name in concepts:
                if not isinstance(vocab, Mapping) or name not in vocab:
                    report("match.count.concepts", f"unknown vocab name {name!r}")
        minimum = count.get("min")
        if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 1:
            report("match.count.min", "required: a whole number of at least 1")


def _check_phrases(phrases: Any, field: str, compiler: PhraseCompiler, report: Report, required: bool) -> None:
    if phrases is None and not required:
        return
    if not isinstance(phrases, list) or not phrases:
        report(field, "must be a non-empty list of phrases")
        return
    for phrase in phrases:
        _check_phrase(compiler, phrase, lambda m: report(field, m))


def _check_phrase(compiler: PhraseCompiler, phrase: Any, report: Callable[[str], None]) -> None:
    try:
        compiler.compile(phrase)
    except PhraseError as exc:
        report(str(exc))


def _check_block(block: Any, keys: Iterable[str], name: str, compiler: PhraseCompiler,
                 report: Callable[[str, str, str], None]) -> None:
    if block is None:
        return
    if not isinstance(block, Mapping):
        report("-", name, "must be a mapping")
        return
    for key, value in block.items():
        if key not in keys:
            report("-", f"{name}.{key}", f"unknown key (allowed: {', '.join(sorted(keys))})")
        elif isinstance(value, list) and key not in ("bare_celsius", "bare_fahrenheit"):
            for phrase in value:
                _check_phrase(compiler, str(phrase), lambda m, k=key: report("-", f"{name}.{k}", m))


def _check_examples(examples: Any, field: str, report: Report) -> None:
    if not isinstance(examples, list) or not examples:
        report(field, "required: a non-empty list of example messages")
        return
    for example in examples:
        if isinstance(example, str) and example.strip():
            continue
        if isinstance(example, Mapping) and isinstance(example.get("text"), str):
            unknown = set(example) - EXAMPLE_KEYS
            profile = example.get("profile") or {}
            if unknown:
                report(field, f"unknown example key(s) {sorted(unknown)}")
            elif not isinstance(profile, Mapping) or set(profile) - PROFILE_KEYS:
                report(field, f"example profile may set only {sorted(PROFILE_KEYS)}")
            continue
        report(field, f"each example is text or {{text, guidance, profile}}: {example!r}")


_GROUP = re.compile(r"\(([^()]*\|[^()]*)\)")


def repeated_alternations(data: Mapping[str, Any], times: int = 3) -> list[str]:
    """Warnings for the same alternation ("(cant|can not|cannot)") written out `times` times or
    more across the rules: it belongs in `vocab` as a shared class, so a new way of saying it is
    added once for every rule."""
    seen: dict[tuple[str, ...], int] = {}

    def walk(value: Any) -> None:
        if isinstance(value, str):
            for group in _GROUP.findall(value):
                choices = tuple(sorted({c.strip() for c in group.split("|") if c.strip()}))
                if len(choices) >= 3:
                    seen[choices] = seen.get(choices, 0) + 1
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if key not in ("examples", "negative", "message", "message_unknown", "guidance", "note"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({"vocab": data.get("vocab"), "rules": data.get("rules"), "context": data.get("context")})
    return [f"safety.yaml: ({'|'.join(choices)}) is written out {count} times: make it a vocab class"
            for choices, count in sorted(seen.items(), key=lambda kv: -kv[1]) if count >= times]


def compile_rules(data: Mapping[str, Any], stems: Stems | None = None) -> tuple[PhraseCompiler, tuple[Rule, ...]]:
    """Compile checked rules data (call check_safety_data first)."""
    compiler = PhraseCompiler(data.get("vocab") or {}, stems or Stems.english(), strict=False)

    def pattern(phrases: Any) -> PhrasePattern | None:
        return compiler.compile_all(phrases) if phrases else None

    rules = []
    for raw in data["rules"]:
        match = raw["match"]
        temperature = None
        if "temperature" in match:
            t = match["temperature"]
            temperature = Temperature(float(t["min_c"]), pattern(t.get("phrases")))
        count = None
        if "count" in match:
            c = match["count"]
            names = c["concepts"]
            whole = "|".join(f"(?P<c{i}>{compiler.concept(name)}(?= ))" for i, name in enumerate(names))
            # Each concept's entries run apart, each only when its own triggers are in the message:
            # a word that reaches one entry ("ready") no longer runs the concept's forty others.
            entries = [(i, entry) for i, name in enumerate(names) for entry in compiler.concept_entries(name)]
            groups = Alternation((PhrasePattern(f"(?P<c{i}>{source}(?= ))", triggers)
                                  for i, (source, triggers) in entries), whole)
            count = Count(tuple(c["concepts"]), groups, int(c["min"]))
        sources = raw["source"]
        context = raw.get("context") or {}
        rules.append(Rule(
            id=raw["id"],
            level=raw["level"],
            group=raw.get("group") or raw["id"],
            statuses=frozenset((raw.get("when") or {}).get("status", STATUSES)),
            phrases=compiler.compile_set(match["phrases"]) if match.get("phrases") else None,
            temperature=temperature,
            count=count,
            requires=tuple(compiler.compile_any(p) for p in match.get("requires") or ()),
            unless=pattern(raw.get("unless")),
            message=raw.get("message"),
            message_unknown=raw.get("message_unknown"),
            guidance=raw["guidance"],
            guidance_only=bool(raw.get("guidance_only", False)),
            hypothetical_alerts=context.get("hypothetical", raw.get("hypothetical")) == "alert",
            keeps_past=context.get("past") == "keep",
            drops_things=context.get("thing") == "drop",
            drops_others=context.get("subject") != "keep",
            sources=tuple([sources] if isinstance(sources, str) else sources),
        ))
    return compiler, tuple(rules)

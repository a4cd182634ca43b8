"""Load intents/ into typed Content, collecting every problem with file, item and field.

`check_content` returns the problems (for `python -m bot validate`); `load_content`
refuses to return content that has any.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from bot.contacts import CONTACT_PLACEHOLDERS, placeholders_in
from bot.content.model import (
    AUDIENCES,
    FACETS,
    KINDS,
    RESPONSE_KEYS,
    Content,
    DialogueSettings,
    Document,
    Intent,
    Limits,
    MatcherSettings,
    Section,
    Settings,
)
from bot.content.problems import ContentError, Problem
from bot.content.yamlio import read_yaml
from bot.normalise import Normaliser, basic

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_INTENT_KEYS = {"id", "title", "topic", "kind", "examples", "answer", "sources", "follow_ups",
                "facets", "handoff", "patterns", "audience"}
_CONVERSATION_MIN_EXAMPLES = 3
SCORING_KEYS = ("token_share", "recall_bias", "unknown_weight", "typo_cutoff", "intent_share", "unknown_exponent",
                "rerank")
_WHOLE_SCORING_KEYS = {"rerank"}  # a count of intents, not a weight


class _Collector:
    """Problems found so far, with the file currently being read."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def add(self, path: Path | str, item: str, field: str, message: str) -> None:
        name = str(path.relative_to(self.root)) if isinstance(path, Path) else path
        self.problems.append(Problem(name, item, field, message))

    def read(self, path: Path, required: bool = True) -> Any:
        if not path.is_file():
            if required:
                self.add(path.name, "-", "-", "file is missing")
            return None
        try:
            return read_yaml(path)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark is not None else "-"
            self.add(path, "-", where, f"not valid YAML: {getattr(error, 'problem', error)}")
        except (OSError, UnicodeDecodeError) as error:
            self.add(path, "-", "-", f"cannot be read: {error}")
        return None


def _mapping(data: Any, sink: _Collector, path: Path) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        sink.add(path, "-", "-", "must be a mapping at the top level")
        return {}
    return data


def _settings(raw: dict[str, Any], sink: _Collector, path: Path) -> Settings:
    def number(block: dict[str, Any], key: str, default: float, kind: type) -> Any:
        value = block.get(key, default)
        wrong_type = isinstance(value, bool) or not isinstance(value, (int, float))
        if wrong_type or (kind is int and not isinstance(value, int)):
            sink.add(path, "-", key, f"must be a {'whole number' if kind is int else 'number'}")
            return default
        return kind(value)

    matcher_raw = raw.get("matcher") or {}
    scoring_raw = matcher_raw.get("scoring") or {}
    for key in sorted(set(scoring_raw) - set(SCORING_KEYS)):
        sink.add(path, "-", f"matcher.scoring.{key}", f"unknown setting (known: {', '.join(SCORING_KEYS)})")
    limits_raw = raw.get("limits") or {}
    topics = raw.get("topics") or {}
    if not isinstance(topics, dict) or not all(isinstance(v, str) for v in topics.values()):
        sink.add(path, "-", "topics", "must map topic ids to display names")
        topics = {}
    defaults_m, defaults_l = MatcherSettings(), Limits()
    matcher = MatcherSettings(
        fallback_threshold=number(matcher_raw, "fallback_threshold", defaults_m.fallback_threshold, float),
        ambiguity_margin=number(matcher_raw, "ambiguity_margin", defaults_m.ambiguity_margin, float),
        suggestions=number(matcher_raw, "suggestions", defaults_m.suggestions, int),
        focus_margin=number(matcher_raw, "focus_margin", defaults_m.focus_margin, float),
        scoring={key: number(scoring_raw, key, 0, int if key in _WHOLE_SCORING_KEYS else float)
                 for key in scoring_raw if key in SCORING_KEYS},
    )
    limits = Limits(
        max_message_chars=number(limits_raw, "max_message_chars", defaults_l.max_message_chars, int),
        max_scan_chars=number(limits_raw, "max_scan_chars", defaults_l.max_scan_chars, int),
    )
    dialogue_raw = raw.get("dialogue") or {}
    defaults_d = DialogueSettings()
    for key in sorted(set(dialogue_raw) - set(defaults_d.__dataclass_fields__)):
        sink.add(path, "-", f"dialogue.{key}", "unknown setting")
    dialogue = DialogueSettings(**{
        key: number(dialogue_raw, key, getattr(defaults_d, key), type(getattr(defaults_d, key)))
        for key in defaults_d.__dataclass_fields__})
    cues = raw.get("follow_up_cues") or {}
    if not isinstance(cues, dict) or not all(k in FACETS and _text_list(v) is not None for k, v in cues.items()):
        sink.add(path, "-", "follow_up_cues", f"must map {', '.join(FACETS)} to lists of phrases")
        cues = {}
    starters = _text_list(raw.get("starter_topics") or [])
    if starters is None:
        sink.add(path, "-", "starter_topics", "must be a list of intent ids")
    fillers = _text_list(raw.get("follow_up_fillers") or [])
    if fillers is None:
        sink.add(path, "-", "follow_up_fillers", "must be a list of words")
    foreign = _text_list(raw.get("other_language_words") or [])
    if foreign is None:
        sink.add(path, "-", "other_language_words", "must be a list of words")
    return Settings(matcher=matcher, limits=limits, dialogue=dialogue, topics={str(k): v for k, v in topics.items()},
                    min_examples=number(raw, "min_examples", 10, int),
                    follow_up_cues={k: tuple(v) for k, v in cues.items()},
                    follow_up_fillers=frozenset(basic(w) for w in fillers or ()),
                    starter_topics=tuple(starters or ()),
                    other_language_words=frozenset(basic(w) for w in foreign or ()))


def _catalogue(raw: dict[str, Any], sink: _Collector, path: Path) -> tuple[dict[str, Document], dict[str, Section]]:
    documents: dict[str, Document] = {}
    for entry in raw.get("documents") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            sink.add(path, "-", "documents", "each document needs an id")
            continue
        missing = [k for k in ("publisher", "title", "file") if not isinstance(entry.get(k), str)]
        for key in missing:
            sink.add(path, entry["id"], key, "is required and must be text")
        if entry["id"] in documents:
            sink.add(path, entry["id"], "id", "duplicate document id")
        if not missing:
            documents[entry["id"]] = Document(entry["id"], entry["publisher"], entry["title"], entry["file"],
                                              entry.get("url"), entry.get("region"), entry.get("dated"))
    sections: dict[str, Section] = {}
    for entry in raw.get("sections") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            sink.add(path, "-", "sections", "each section needs an id")
            continue
        sid = entry["id"]
        if sid in sections:
            sink.add(path, sid, "id", "duplicate section id")
        if entry.get("document") not in documents:
            sink.add(path, sid, "document", f"unknown document {entry.get('document')!r}")
            continue
        if not isinstance(entry.get("section"), str):
            sink.add(path, sid, "section", "is required and must be text")
            continue
        headings = _text_list(entry.get("headings", []))
        if headings is None:
            sink.add(path, sid, "headings", "must be a list of text")
            headings = []
        sections[sid] = Section(sid, entry["document"], entry["section"], entry.get("left_out"), tuple(headings))
    return documents, sections


def _text_list(value: Any) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


def _intent(entry: Any, path: Path, settings: Settings, sections: dict[str, Section],
            sink: _Collector) -> Intent | None:
    if not isinstance(entry, dict):
        sink.add(path, "-", "intents", "each intent must be a mapping")
        return None
    iid = entry.get("id")
    if not isinstance(iid, str) or not _ID.match(iid):
        sink.add(path, str(iid), "id", "must be lowercase words joined by hyphens")
        return None
    ok = True

    def bad(field: str, message: str) -> None:
        nonlocal ok
        ok = False
        sink.add(path, iid, field, message)

    for key in sorted(set(entry) - _INTENT_KEYS):
        bad(key, "unknown field")
    kind = entry.get("kind", "info")
    if kind not in KINDS:
        bad("kind", f"must be one of {', '.join(KINDS)}")
    for key in ("title", "answer"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            bad(key, "must be non-empty text")
    if isinstance(entry.get("answer"), str):
        _check_placeholders(entry["answer"], bad)
    topic = entry.get("topic")
    if not isinstance(topic, str) or (settings.topics and topic not in settings.topics):
        bad("topic", f"unknown topic {topic!r} (see intents/config.yaml)")
    examples = _text_list(entry.get("examples"))
    needed = _CONVERSATION_MIN_EXAMPLES if kind == "conversation" else settings.min_examples
    if examples is None:
        bad("examples", "must be a list of text")
        examples = []
    elif len([e for e in examples if e.strip()]) < needed:
        bad("examples", f"has {len(examples)}; needs at least {needed}")
    sources = _text_list(entry.get("sources", []))
    if sources is None:
        bad("sources", "must be a list of section ids")
        sources = []
    for sid in sources:
        if sid not in sections:
            bad("sources", f"unknown source section {sid!r}")
        elif sections[sid].left_out:
            bad("sources", f"section {sid!r} is marked left_out")
    if kind == "info" and not sources:
        bad("sources", "an info answer must cite at least one source section")
    follow_ups = _text_list(entry.get("follow_ups", []))
    if follow_ups is None:
        bad("follow_ups", "must be a list of intent ids")
        follow_ups = []
    facets = entry.get("facets", {}) or {}
    if not isinstance(facets, dict) or not all(k in FACETS and isinstance(v, str) for k, v in facets.items()):
        bad("facets", f"must map {', '.join(FACETS)} to intent ids")
        facets = {}
    audience = entry.get("audience", {}) or {}
    if not isinstance(audience, dict) or not all(k in AUDIENCES and isinstance(v, str) and v.strip()
                                                 for k, v in audience.items()):
        bad("audience", f"must map {' or '.join(AUDIENCES)} to that audience's answer text")
        audience = {}
    for text in audience.values():
        _check_placeholders(text, lambda _field, message: bad("audience", message))
    if audience and kind != "info":
        bad("audience", "only info answers have wordings for adults and children")
    handoff = entry.get("handoff", False)
    if not isinstance(handoff, bool):
        bad("handoff", "must be true or false")
    patterns: list[re.Pattern[str]] = []
    for pattern in _text_list(entry.get("patterns", [])) or []:
        try:
            patterns.append(re.compile(pattern))
        except re.error as error:
            bad("patterns", f"{pattern!r} is not a valid regular expression: {error}")
    if _text_list(entry.get("patterns", [])) is None:
        bad("patterns", "must be a list of regular expressions")
    if not ok:
        return None
    return Intent(iid, entry["title"].strip(), topic, kind, tuple(e.strip() for e in examples if e.strip()),
                  " ".join(entry["answer"].split()), tuple(sources), tuple(follow_ups), dict(facets),
                  handoff, str(path.relative_to(sink.root)), tuple(patterns),
                  audience={k: " ".join(v.split()) for k, v in audience.items()})


def _check_placeholders(answer: str, bad: Callable[[str, str], None]) -> None:
    """Braces in an answer may only name a contact ({support_contact}, {treatment_line}, ...),
    filled in from intents/contacts.yaml or the organisation's config when the answer is shown."""
    if "{" not in answer and "}" not in answer:
        return
    allowed = ", ".join(sorted(CONTACT_PLACEHOLDERS))
    try:
        unknown = placeholders_in(answer) - CONTACT_PLACEHOLDERS
    except ValueError as error:
        bad("answer", f"unmatched brace ({error}); braces may only hold one of: {allowed}")
        return
    if unknown:
        bad("answer", f"unknown placeholder(s) {', '.join(repr(u) for u in sorted(unknown))}; allowed: {allowed}")


def _cross_checks(intents: list[Intent], settings: Settings, normaliser: Normaliser,
                  sink: _Collector) -> list[Intent]:
    """Checks across intents; returns the intents with their normalised examples filled in."""
    ids = {i.id for i in intents}
    for starter in settings.starter_topics:
        if starter not in ids:
            sink.add("config.yaml", "-", "starter_topics", f"unknown intent {starter!r}")
    owner: dict[str, str] = {}
    done: list[Intent] = []
    for intent in intents:
        keys: list[str] = []
        for target in intent.follow_ups:
            if target not in ids:
                sink.add(intent.file, intent.id, "follow_ups", f"unknown intent {target!r}")
        for facet, target in intent.facets.items():
            if target not in ids:
                sink.add(intent.file, intent.id, f"facets.{facet}", f"unknown intent {target!r}")
        for example in (intent.title, *intent.examples):
            key = normaliser.canonical(example)
            if not key:
                sink.add(intent.file, intent.id, "examples", f"{example!r} is empty after normalisation")
                continue
            keys.append(key)
            other = owner.setdefault(key, intent.id)
            if other != intent.id:
                sink.add(intent.file, intent.id, "examples",
                         f"{example!r} is the same as an example of {other!r} after normalisation")
        done.append(replace(intent, canonical_examples=tuple(keys)))
    return done


def _synonyms(raw: dict[str, Any], sink: _Collector, path: Path) -> dict[str, Any]:
    for block in ("spellings", "phrases"):
        value = raw.get(block) or {}
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            sink.add(path, "-", block, "must map text to text")
            raw[block] = {}
    stopwords = raw.get("stopwords") or []
    if _text_list(stopwords) is None:
        sink.add(path, "-", "stopwords", "must be a list of words")
        raw["stopwords"] = []
    return raw


def _intent_files(directory: Path) -> Iterable[Path]:
    return sorted((directory / "topics").glob("*.y*ml"))


def read_content(directory: Path | str) -> tuple[Content | None, list[Problem]]:
    """Content and every problem found, from one read of the folder."""
    directory = Path(directory)
    sink = _Collector(directory)
    if not directory.is_dir():
        sink.add(str(directory), "-", "-", "content folder not found")
        return None, sink.problems
    config_path = directory / "config.yaml"
    settings = _settings(_mapping(sink.read(config_path), sink, config_path), sink, config_path)
    sources_path = directory / "sources.yaml"
    documents, sections = _catalogue(_mapping(sink.read(sources_path), sink, sources_path), sink, sources_path)
    synonyms_path = directory / "synonyms.yaml"
    synonyms = _synonyms(_mapping(sink.read(synonyms_path), sink, synonyms_path), sink, synonyms_path)
    extra = {name: _mapping(sink.read(directory / f"{name}.yaml"), sink, directory / f"{name}.yaml")
             for name in ("safety", "profile", "contacts")}

    intents: list[Intent] = []
    seen: dict[str, str] = {}
    files = list(_intent_files(directory))
    if not files:
        sink.add("topics/", "-", "-", "no intent files found")
    for path in files:
        data = _mapping(sink.read(path), sink, path)
        entries = data.get("intents")
        if not isinstance(entries, list):
            sink.add(path, "-", "intents", "must be a list of intents")
            continue
        for entry in entries:
            intent = _intent(entry, path, settings, sections, sink)
            if intent is None:
                continue
            if intent.id in seen:
                sink.add(path, intent.id, "id", f"duplicate intent id (also in {seen[intent.id]})")
                continue
            seen[intent.id] = intent.file
            intents.append(intent)
    intents = _cross_checks(intents, settings, Normaliser.from_data(synonyms), sink)
    from bot.safety import check_safety_data  # imported here: safety owns its own rule format

    # An empty or missing rules file is a problem, not "0 rules": the scan must never be silently off.
    sink.problems.extend(check_safety_data(extra["safety"], "safety.yaml", set(sections)))
    _check_readers(extra["profile"], extra["contacts"], sink)
    content = Content(directory, tuple(intents), documents, sections, settings, synonyms,
                      extra["safety"], extra["profile"], extra["contacts"], _alert_names(directory, sink),
                      _responses(directory, sink))
    return content, sink.problems


def _check_readers(profile: dict[str, Any], contacts: dict[str, Any], sink: _Collector) -> None:
    """Build what the bot builds from profile.yaml and contacts.yaml, so nothing `validate` calls
    ok can fail later when a bot is loaded."""
    from bot.contacts import Contacts
    from bot.profile import ProfileReader

    try:
        ProfileReader.from_data(profile)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        sink.add("profile.yaml", "-", "-", f"cannot be read: {error}")
    locales = list((contacts.get("locales") or {}) if isinstance(contacts, dict) else {}) or ["default"]
    for locale in locales:
        try:
            Contacts.from_data(contacts, locale=str(locale))
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            sink.add("contacts.yaml", str(locale), "-", f"cannot be read: {error}")


def _alert_names(directory: Path, sink: _Collector) -> dict[str, str]:
    """alert_names.yaml: what each safety alert is about. Optional: an alert without a name is
    headed by its level alone (a test holds the built-in content to naming every rule)."""
    path = directory / "alert_names.yaml"
    if not path.is_file():
        return {}
    names = _mapping(sink.read(path), sink, path).get("names") or {}
    if not isinstance(names, dict):
        sink.add(path, "-", "names", "must map rule ids to short names")
        return {}
    good = {}
    for rule_id, name in names.items():
        if isinstance(name, str) and name.strip():
            good[str(rule_id)] = " ".join(name.split())
        else:
            sink.add(path, str(rule_id), "name", "must be a few words saying what the alert is about")
    return good


def _responses(directory: Path, sink: _Collector) -> dict[str, str]:
    """responses.yaml: every text the dialogue says itself, so editors change wording without code."""
    path = directory / "responses.yaml"
    texts = _mapping(sink.read(path), sink, path).get("responses") or {}
    if not isinstance(texts, dict):
        sink.add(path, "-", "responses", "must map response names to text")
        return {}
    good = {}
    for key in RESPONSE_KEYS:
        value = texts.get(key)
        if isinstance(value, str) and value.strip():
            good[key] = " ".join(value.split()) if "\n" not in value.strip() else value.strip()
        else:
            sink.add(path, key, "text", "missing or empty")
    for key in sorted(set(texts) - set(RESPONSE_KEYS)):
        sink.add(path, str(key), "-", f"unknown response (known: {', '.join(RESPONSE_KEYS)})")
    return good


def check_content(directory: Path | str) -> list[Problem]:
    """Every problem in a content folder (empty list: all good)."""
    return read_content(directory)[1]


def load_content(directory: Path | str) -> Content:
    """Typed content, or ContentError listing every problem."""
    content, problems = read_content(directory)
    if problems or content is None:
        raise ContentError(problems)
    return content

"""A property of the scan: however a rule's key word is inflected or slightly misspelt, the rule
still raises. For every rule example, the key word is the longest rule word the match cannot do
without; its real -ing, -ed and -s forms (from lemminflect, a maintained inflection library) and a
one-letter typo that is not itself an English word are put in its place.
"""

from __future__ import annotations

import re
from typing import Any

import lemminflect
import pytest
import yaml

from bot.normalise import basic
from bot.profile import Profile
from bot.text.speller import common_words
from bot.text.tokens import words_of
from tests.conftest import INTENTS

SAFETY = yaml.safe_load((INTENTS / "safety.yaml").read_text(encoding="utf-8"))


def _live_ids(bot, text: str, profile: Profile) -> set[str]:
    message = bot.read(text)
    profile = bot.profile_reader.update(profile, message.basic, message.canonical, message.tokens)
    return {a.id for a in bot.scanner.scan(message.basic, message.canonical, profile, message.tokens) if not a.guidance}


def _rules() -> list[Any]:
    # A guidance-only rule ("when should I call?") has no report to inflect.
    return [pytest.param(rule, id=rule["id"]) for rule in SAFETY["rules"] if not rule.get("guidance_only")]


def _exact_words(rule_id: str) -> set[str]:
    """Words the rule marks '=word', in its own phrases or the vocabulary they name: their other
    forms are meant not to match ("coffee =ground": "coffee grinding" is not sick)."""
    rule = next(r for r in SAFETY["rules"] if r["id"] == rule_id)
    text, seen = yaml.safe_dump(rule["match"]), set()
    names = set(re.findall(r"\{(\w+)\}", text))
    while names - seen:
        name = (names - seen).pop()
        seen.add(name)
        entries = yaml.safe_dump(SAFETY["vocab"].get(name, []))
        text += entries
        names |= set(re.findall(r"\{(\w+)\}", entries))
    return set(re.findall(r"=([a-z]+)", text))


# Helper words: swapping their forms makes a sentence no one would type ("her lips have going blue").
HELPERS = frozenset({"have", "has", "been", "gone", "going", "went", "were", "cant", "dont", "doesnt", "didnt",
                     "wont", "isnt", "with", "that", "this", "from", "into", "keep", "keeps", "kept", "getting"})


def _key_word(bot, rule_id: str, text: str, profile: Profile) -> str | None:
    """The longest word of the rule's own vocabulary that the match cannot do without."""
    targets = bot.scanner.speller.known
    # Longest first, then alphabetical: the same word on every run, whatever the hash seed.
    words = sorted({w for w in words_of(text) if w.isalpha() and len(w) >= 4 and w in targets and w not in HELPERS},
                   key=lambda w: (-len(w), w))
    for word in words:
        without = re.sub(rf"\b{word}\b", "xq", text)
        if rule_id not in _live_ids(bot, without, profile):
            return word
    return None


def forms(word: str) -> set[str]:
    """The word's real -ing, -ed and -s forms (verbs), or plural (nouns)."""
    found: set[str] = set()
    lemmas = lemminflect.getAllLemmas(word)
    if word in lemmas.get("ADJ", ()):
        return found  # "blue", "pale": an adjective as written; "blued" is no form anyone types
    kinds = [("VERB", ("VBG", "VBD", "VBZ")), ("NOUN", ("NNS",))]
    if word.endswith("s") and word not in lemmas.get("NOUN", (word,)):
        kinds.reverse()  # "lips" is a plural noun, not a verb to give "lipping"
    for upos, tags in kinds:
        for lemma in lemmas.get(upos, ()):
            inflections = lemminflect.getAllInflections(lemma, upos=upos)
            found.update(form for tag in tags for form in inflections.get(tag, ()))
        if found:
            break
    return {f for f in found if f.isalpha() and f != word}


def typo(word: str, known: frozenset[str]) -> str | None:
    """One letter out (two middle letters swapped, else one dropped), never a real word."""
    candidates = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 2)]
    candidates += [word[:i] + word[i + 1:] for i in range(1, len(word) - 1)]
    for candidate in candidates:
        if candidate != word and candidate not in common_words() and candidate not in known:
            return candidate
    return None


@pytest.mark.parametrize("rule", _rules())
def test_forms_and_a_typo_of_the_key_word_still_raise_the_rule(bot, rule: dict[str, Any]) -> None:
    checked, failures = 0, []
    for example in rule["examples"]:
        example = example if isinstance(example, dict) else {"text": example}
        if example.get("guidance"):
            continue
        profile = Profile(**example.get("profile", {}))
        text = " ".join(words_of(basic(example["text"])))
        assert rule["id"] in _live_ids(bot, text, profile), text
        key = _key_word(bot, rule["id"], text, profile)
        if key is None or key in _exact_words(rule["id"]):
            continue  # no single rule word decides this example, or the rule marks it exact
        checked += 1
        for variant in sorted(forms(key) | {typo(key, bot.scanner.speller.known)} - {None}):
            if rule["id"] not in _live_ids(bot, re.sub(rf"\b{key}\b", variant, text), profile):
                failures.append(f"{key!r} -> {variant!r} in {text!r}")
    assert checked >= 1, "no example of this rule has a single deciding word: add one"
    assert not failures, failures

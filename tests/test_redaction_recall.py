"""Redaction recall per category on a corpus written apart from the patterns
(tests/data/redaction_recall.yaml): at least 400 identifiers, with the health words around them.

An identifier counts as caught only when none of its words or digit groups is left in the stored
text: "Jack [name]" has leaked a name.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from bot.records.redact import redact

CORPUS = yaml.safe_load((Path(__file__).resolve().parent / "data" / "redaction_recall.yaml").read_text("utf-8"))
STRUCTURED = ("email", "phone", "url", "address", "postcode", "zip", "id", "dob")
_PARTS = re.compile(r"[A-Za-z0-9]+")
_GENERIC = {"flat", "road", "street", "lane", "avenue", "drive", "close", "court", "way", "gardens", "crescent",
            "grove", "place", "terrace", "boulevard", "mews", "rise", "st", "ave", "blvd", "dr", "com", "www", "https",
            "http", "at", "dot", "co", "uk", "org", "f", "page", "visit", "help", "gmail", "hotmail", "yahoo",
            "outlook", "icloud", "btinternet", "example", "facebook", "instagram", "gofundme", "justgiving",
            "caringbridge", "tiktok"}


def leaked(identifier: str, stored: str) -> bool:
    """Any distinctive word or number of the identifier still in the stored text."""
    words = set(_PARTS.findall(stored.casefold()))
    parts = [p for p in _PARTS.findall(identifier.casefold()) if p not in _GENERIC]
    return any(part in words for part in parts)


def recall() -> tuple[Counter, Counter, list[str]]:
    caught, total, lost_health = Counter(), Counter(), []
    for message in CORPUS["messages"]:
        stored = redact(message["text"])
        for category, identifiers in message["ids"].items():
            for identifier in identifiers:
                total[category] += 1
                caught[category] += not leaked(identifier, stored)
        lost_health += [f"{word!r} in {stored!r}" for word in message["keep"] if word not in stored]
    return caught, total, lost_health


def test_the_corpus_has_at_least_400_identifiers_of_every_kind():
    _, total, _ = recall()
    assert sum(total.values()) >= 400 and set(total) == {*STRUCTURED, "name"}


def test_structured_identifiers_are_caught_at_98_percent_or_more():
    caught, total, _ = recall()
    for category in STRUCTURED:
        assert caught[category] / total[category] >= 0.98, (category, caught[category], total[category])


def test_names_are_caught_at_90_percent_or_more():
    caught, total, _ = recall()
    assert caught["name"] / total["name"] >= 0.90, (caught["name"], total["name"])


def test_every_health_word_is_kept():
    _, _, lost = recall()
    assert not lost, lost[:10]


def print_recall() -> None:  # python -c "from tests.test_redaction_recall import print_recall; print_recall()"
    caught, total, lost = recall()
    for category in (*STRUCTURED, "name"):
        print(f"{category:9} {caught[category]:>4} / {total[category]:<4} {caught[category] / total[category]:.1%}")
    print(f"{'all':9} {sum(caught.values()):>4} / {sum(total.values()):<4}; health words lost: {len(lost)}")

"""Redaction before storage, checked on a corpus of UK and US examples (tests/data/redaction_corpus.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.records.redact import redact

CORPUS = yaml.safe_load((Path(__file__).resolve().parent / "data" / "redaction_corpus.yaml").read_text("utf-8"))


def test_the_corpus_is_large_enough_and_covers_every_kind():
    assert len(CORPUS["redact"]) + len(CORPUS["keep"]) >= 40
    expected = " ".join(case["expect"] for case in CORPUS["redact"])
    for token in ("[phone]", "[email]", "[date of birth]", "[date]", "[address]", "[id number]"):
        assert token in expected


@pytest.mark.parametrize("case", CORPUS["redact"], ids=lambda case: case["text"][:40])
def test_personal_details_are_replaced(case):
    assert redact(case["text"]) == case["expect"]


@pytest.mark.parametrize("text", CORPUS["keep"], ids=lambda text: text[:40])
def test_what_the_review_needs_is_kept(text):
    assert redact(text) == text


def test_redaction_is_stable():
    for case in CORPUS["redact"]:
        once = redact(case["text"])
        assert redact(once) == once

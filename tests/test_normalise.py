"""Normalisation: what people type becomes one canonical form before matching."""

from __future__ import annotations

import pytest

from bot.content.yamlio import read_yaml
from bot.normalise import Normaliser, basic

from .conftest import INTENTS


@pytest.fixture(scope="module")
def normaliser():
    return Normaliser.from_data(read_yaml(INTENTS / "synonyms.yaml"))


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("What IS Leukaemia?", "what is leukemia"),
        ("\u201cChemo\u201d \u2013 what\u2019s that", "chemotherapy whats that"),  # curly quotes, dash
        ("ＡＬＬ ｔｒｅａｔｍｅｎｔ", "all treatment"),  # full-width letters
        ("naïve café leucémie", "naive cafe leucemie"),  # accents
        ("whyyyy sooooo", "whyy soo"),  # stretched letters shortened
        ("haematologist and anaemia", "hematologist and anemia"),  # UK spellings
        ("is a spinal tap painful", "is a lumbar puncture painful"),  # lay words
        ("BMT for my kid", "bone marrow transplant for my child"),
        ("Ph+ ALL", "philadelphia positive all"),
        ("acute lymphocytic leukaemia", "all"),  # other names of the disease
        ("full blood count", "complete blood count"),  # a canonical phrase is not mapped twice
        ("temp 38.4!!! 😟", "temp 38.4"),  # decimals kept, emoji dropped
    ],
)
def test_canonical_forms(normaliser, typed, canonical):
    assert normaliser.canonical(typed) == canonical


def test_basic_keeps_what_the_safety_scan_needs():
    assert basic("Temp 38.4°C, on CHEMO!") == "temp 38.4 degrees c, on chemo!"
    assert basic("bad\x00\x07bytes\ufffd") == "bad bytes\ufffd"


def test_everyday_words_are_not_taken_for_abbreviations(normaliser):
    # "all" and "us" are ordinary words too; they must not expand into disease names.
    assert normaliser.canonical("we all went with us") == "we all went with us"

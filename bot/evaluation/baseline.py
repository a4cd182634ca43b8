"""The baseline row: plain `rapidfuzz.process.extractOne` with `fuzz.WRatio` on the raw example
phrases (no normalisation, no weighting, no context), so everyone sees what ours is worth.
It rejects with the same fallback threshold, read on WRatio's 0..100 scale."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.engine import Bot
from bot.evaluation.datasets import TestSets
from bot.evaluation.metrics import UnderstandingFigures
from bot.evaluation.runner import _figures, rejected


def baseline(bot: Bot, sets: TestSets) -> UnderstandingFigures:
    phrases = [(intent.id, example) for intent in bot.content.intents for example in intent.examples]
    choices = [text for _, text in phrases]
    cutoff = bot.content.settings.matcher.fallback_threshold * 100

    def predict(text: str) -> str | None:
        found = process.extractOne(text, choices, scorer=fuzz.WRatio, score_cutoff=cutoff)
        return phrases[found[2]][0] if found else None

    rows = [(item.intent or "none", predict(item.text), item.text) for item in sets.in_scope]
    accepted = []
    for text in sets.out_of_scope_test:
        got = predict(text)
        if not rejected(bot, got):
            accepted.append((text, got or ""))
    return _figures("baseline: extractOne + WRatio", rows, accepted, len(sets.out_of_scope_test))

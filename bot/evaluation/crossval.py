"""Cross-validation on the intents' own examples: a view that needs no test set
(like `rasa test nlu --cross-validation`). Each example is ranked by an index built without
its fold; titles stay in every index, as they do in the running bot."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content import Content
from bot.engine import build_index
from bot.matcher import Candidate
from bot.normalise import Normaliser


@dataclass(frozen=True)
class Ranked:
    expected: str
    phrase: str
    candidates: tuple[Candidate, ...]  # best two


def cross_validate(content: Content, folds: int = 5) -> list[Ranked]:
    normaliser = Normaliser.from_data(content.synonyms)
    # canonical_examples holds the title first, then each example, normalised once at load.
    titles = [(intent.id, intent.canonical_examples[0]) for intent in content.intents]
    examples = [(intent.id, n % folds, example, canonical)
                for intent in content.intents
                for n, (example, canonical) in enumerate(zip(intent.examples, intent.canonical_examples[1:],
                                                             strict=True))]
    results: list[Ranked] = []
    for fold in range(folds):
        training = titles + [(iid, canon) for iid, f, _, canon in examples if f != fold]
        index = build_index(content, normaliser, training)
        for iid, f, phrase, canon in examples:
            if f == fold:
                results.append(Ranked(iid, phrase, tuple(index.rank(canon, limit=2))))
    return results

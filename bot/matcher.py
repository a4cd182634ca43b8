"""Canonical text -> ranked intents with a confidence in 0..1.

One module, a tiny surface: `MatcherIndex.build(phrases, stopwords)` once, then
`index.rank(canonical_text)` per message. No I/O; knows nothing of faces, sessions or safety.

Each example phrase is scored two ways, both over every example at once:
- weighted token overlap: words are weighted by how few intents use them (IDF), query words
  not in the vocabulary are looked up fuzzily (typos) and otherwise count against the match;
  the overlap is read as an F-score of "how much of the message is explained" and
  "how much of the example is present" (recall-weighted, so long messages still match);
- character similarity of the sorted content words (rapidfuzz `cdist`), for near-misses.
An intent's score is its best example's.

>>> index = MatcherIndex.build([("a", "how long is maintenance"), ("b", "what is a lumbar puncture")],
...                            stopwords={"is", "a", "what"})
>>> index.rank("how long does maintenance last")[0].intent_id
'a'
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process


@dataclass(frozen=True)
class Candidate:
    intent_id: str
    confidence: float


@dataclass(frozen=True)
class ScoringWeights:
    token_share: float = 0.75  # the rest is character similarity
    recall_bias: float = 2.0  # F-beta: >1 favours "the example is all there" over "all the message is explained"
    unknown_weight: float = 0.6  # weight of a word the content never uses, as a share of the top IDF
    typo_cutoff: float = 80.0  # rapidfuzz ratio a misspelt word needs to count as a known word


def _content_tokens(text: str, stopwords: frozenset[str]) -> list[str]:
    seen: dict[str, None] = {}
    for token in text.split():
        if token not in stopwords:
            seen.setdefault(token, None)
    return list(seen)


@dataclass(frozen=True)
class MatcherIndex:
    intent_ids: tuple[str, ...]
    starts: np.ndarray  # offset of each intent's first example (examples are grouped by intent)
    keys: tuple[str, ...]  # per example: its content words, sorted
    vocabulary: dict[str, int]
    words: tuple[str, ...]
    postings: tuple[np.ndarray, ...]  # per word: the examples that use it
    idf: np.ndarray
    example_mass: np.ndarray  # per example: the summed weight of its words
    stopwords: frozenset[str]
    weights: ScoringWeights

    @classmethod
    def build(cls, phrases: Iterable[tuple[str, str]], stopwords: Iterable[str] = (),
              weights: ScoringWeights | None = None) -> MatcherIndex:
        """phrases: (intent id, canonical phrase) pairs, in any order."""
        stop = frozenset(stopwords)
        grouped: dict[str, list[list[str]]] = {}
        for intent_id, phrase in phrases:
            tokens = _content_tokens(phrase, stop) or phrase.split()
            if tokens:
                grouped.setdefault(intent_id, []).append(tokens)
        intent_ids = tuple(grouped)
        examples = [tokens for intent_id in intent_ids for tokens in grouped[intent_id]]
        sizes = [len(grouped[i]) for i in intent_ids]
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)

        vocabulary: dict[str, int] = {}
        rows: list[list[int]] = []
        intents_using: list[set[int]] = []
        example_owner = np.repeat(np.arange(len(intent_ids)), sizes)
        for number, tokens in enumerate(examples):
            ids = []
            for token in tokens:
                if token not in vocabulary:
                    vocabulary[token] = len(vocabulary)
                    intents_using.append(set())
                ids.append(vocabulary[token])
                intents_using[vocabulary[token]].add(int(example_owner[number]))
            rows.append(ids)
        total = max(len(intent_ids), 1)
        idf = np.array([math.log(1 + total / len(users)) for users in intents_using], dtype=np.float64)
        posting_lists: list[list[int]] = [[] for _ in vocabulary]
        for number, ids in enumerate(rows):
            for word in ids:
                posting_lists[word].append(number)
        example_mass = np.array([idf[ids].sum() for ids in rows], dtype=np.float64)
        return cls(
            intent_ids=intent_ids,
            starts=starts,
            keys=tuple(" ".join(sorted(tokens)) for tokens in examples),
            vocabulary=vocabulary,
            words=tuple(vocabulary),
            postings=tuple(np.array(p, dtype=np.int64) for p in posting_lists),
            idf=idf,
            example_mass=example_mass,
            stopwords=stop,
            weights=weights or ScoringWeights(),
        )

    def _known(self, token: str) -> tuple[int, float] | None:
        """The vocabulary word a message word stands for, with how sure we are."""
        word = self.vocabulary.get(token)
        if word is not None:
            return word, 1.0
        if len(token) < 4 or token.isdigit() or not self.words:
            return None
        found = process.extractOne(token, self.words, scorer=fuzz.ratio,
                                   score_cutoff=self.weights.typo_cutoff)
        return (found[2], found[1] / 100.0) if found else None

    def scores(self, canonical: str) -> np.ndarray:
        """Per-intent score in 0..1 for a canonical message, in `intent_ids` order."""
        if not self.intent_ids:
            return np.zeros(0)
        # A message of nothing but common words ("hi", "thank you") is matched on all of them.
        tokens = _content_tokens(canonical, self.stopwords) or _content_tokens(canonical, frozenset())
        if not tokens:
            return np.zeros(len(self.intent_ids))
        w = self.weights
        unknown = w.unknown_weight * float(self.idf.max())
        overlap = np.zeros(len(self.keys))
        message_mass = 0.0
        corrected: list[str] = []
        for token in tokens:
            known = self._known(token)
            if known is None:
                message_mass += unknown
                corrected.append(token)
                continue
            word, sureness = known
            message_mass += float(self.idf[word])
            overlap[self.postings[word]] += self.idf[word] * sureness
            corrected.append(self.words[word])
        precision = overlap / message_mass
        recall = overlap / self.example_mass
        beta2 = w.recall_bias**2
        denominator = beta2 * precision + recall
        token_score = np.divide((1 + beta2) * precision * recall, denominator,
                                out=np.zeros_like(overlap), where=denominator > 0)
        query_key = " ".join(sorted(corrected))
        characters = process.cdist([query_key], self.keys, scorer=fuzz.ratio, dtype=np.float64)[0] / 100.0
        combined = w.token_share * token_score + (1 - w.token_share) * characters
        return np.maximum.reduceat(combined, self.starts)

    def rank(self, canonical: str, limit: int = 5) -> list[Candidate]:
        """The best `limit` intents, highest confidence first."""
        scores = self.scores(canonical)
        if scores.size == 0:
            return []
        top = np.argsort(-scores, kind="stable")[:limit]
        return [Candidate(self.intent_ids[i], float(min(max(scores[i], 0.0), 1.0))) for i in top]


@dataclass(frozen=True)
class Choice:
    """What to do with a ranking: answer `intent_id`, ask between `options`, or fall back."""

    intent_id: str | None
    confidence: float
    options: tuple[str, ...] = ()  # two near-equal intents to ask between


def choose(ranked: list[Candidate], fallback_threshold: float, ambiguity_margin: float) -> Choice:
    """Apply the thresholds from config: below `fallback_threshold` nothing is chosen; when the
    runner-up is within `ambiguity_margin` (and itself above the threshold) the person is asked."""
    if not ranked or ranked[0].confidence < fallback_threshold:
        return Choice(None, ranked[0].confidence if ranked else 0.0)
    best = ranked[0]
    if len(ranked) > 1:
        second = ranked[1]
        if second.confidence >= fallback_threshold and best.confidence - second.confidence < ambiguity_margin:
            return Choice(None, best.confidence, (best.intent_id, second.intent_id))
    return Choice(best.intent_id, best.confidence)

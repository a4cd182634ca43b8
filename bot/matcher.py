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

import itertools
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
    """Defaults chosen by cross-validation on the intents' examples plus the out-of-scope tuning half."""

    token_share: float = 0.6  # the rest is character similarity
    recall_bias: float = 1.0  # F-beta: >1 favours "the example is all there" over "all the message is explained"
    unknown_weight: float = 2.5  # weight of a word the content never uses, as a share of the top IDF
    typo_cutoff: float = 80.0  # rapidfuzz ratio a misspelt word needs to count as a known word
    intent_share: float = 0.5  # weight of the intent-level cosine (all of an intent's examples pooled)
    rerank: int = 12  # character similarity is computed for the examples of this many best intents by words
    unknown_exponent: float = 0.5  # <1: each further unknown word costs less, so context in long messages is not fatal


_SUFFIXES = ("ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A light suffix stripper, so "develops", "developing" and "developed" meet; "bruise",
    "bruises" and "bruised" too. Crude on purpose: it only has to treat a message and the
    examples alike."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if suffix == "s" and word[-2] in "sui":  # "process", "previous", "mucositis", "always" stay whole
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _content_tokens(text: str, stopwords: frozenset[str]) -> list[str]:
    seen: dict[str, None] = {}
    for token in text.split():
        if token not in stopwords:
            seen.setdefault(stem(token), None)
    return list(seen)


@dataclass(frozen=True, eq=False)
class _Postings:
    """Lists per word, stored flat (one array plus offsets): quick to build, copy and unpickle."""

    offsets: np.ndarray
    items: np.ndarray
    weights: np.ndarray

    @classmethod
    def pack(cls, lists: list[tuple[list[int], list[float]]]) -> _Postings:
        sizes = [len(items) for items, _ in lists]
        offsets = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        items = np.fromiter((i for chunk, _ in lists for i in chunk), dtype=np.int64, count=int(offsets[-1]))
        weights = np.fromiter((w for _, chunk in lists for w in chunk), dtype=np.float64, count=int(offsets[-1]))
        return cls(offsets, items, weights)

    def of(self, word: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.offsets[word], self.offsets[word + 1]
        return self.items[start:end], self.weights[start:end]


@dataclass(frozen=True, eq=False)
class MatcherIndex:
    intent_ids: tuple[str, ...]
    starts: np.ndarray  # offset of each intent's first example (examples are grouped by intent)
    spans: tuple[tuple[int, int], ...]  # per intent: its examples' [first, last + 1), as plain ints
    keys: tuple[str, ...]  # per example: its content words, sorted
    vocabulary: dict[str, int]
    words: tuple[str, ...]
    postings: _Postings  # per word: the examples that use it
    idf: np.ndarray
    example_mass: np.ndarray  # per example: the summed weight of its words
    intent_postings: _Postings  # per word: the intents that use it, with their unit-vector weight
    stopwords: frozenset[str]
    weights: ScoringWeights
    neutral: frozenset[str] = frozenset()  # in-domain words no example uses: neither evidence nor penalty

    @classmethod
    def build(cls, phrases: Iterable[tuple[str, str]], stopwords: Iterable[str] = (),
              weights: ScoringWeights | None = None, domain_text: Iterable[str] = ()) -> MatcherIndex:
        """phrases: (intent id, canonical phrase) pairs, in any order. domain_text: other canonical
        text of the content (answers): its words are not counted against a message as unknown."""
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
            spans=tuple(zip(starts.tolist(), [*starts.tolist()[1:], len(examples)], strict=True)),
            keys=tuple(" ".join(sorted(tokens)) for tokens in examples),
            vocabulary=vocabulary,
            words=tuple(vocabulary),
            postings=_Postings.pack([(p, [1.0] * len(p)) for p in posting_lists]),
            idf=idf,
            example_mass=example_mass,
            intent_postings=cls._intent_vectors(rows, example_owner, idf, len(intent_ids)),
            stopwords=stop,
            weights=weights or ScoringWeights(),
            neutral=frozenset(t for text in domain_text for t in _content_tokens(text, stop)) - set(vocabulary),
        )

    @staticmethod
    def _intent_vectors(rows: list[list[int]], owner: np.ndarray, idf: np.ndarray,
                        intents: int) -> _Postings:
        """Each intent as one TF-IDF unit vector over all its examples, stored per word."""
        counts: list[dict[int, int]] = [{} for _ in range(intents)]
        for number, ids in enumerate(rows):
            bag = counts[int(owner[number])]
            for word in ids:
                bag[word] = bag.get(word, 0) + 1
        per_word: list[tuple[list[int], list[float]]] = [([], []) for _ in range(len(idf))]
        for intent, bag in enumerate(counts):
            weights = {word: (1 + math.log(n)) * idf[word] for word, n in bag.items()}
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            for word, value in weights.items():
                per_word[word][0].append(intent)
                per_word[word][1].append(value / norm)
        return _Postings.pack(per_word)

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
        lookups = [(token, self._known(token)) for token in tokens if token not in self.neutral]
        if not lookups:
            return np.zeros(len(self.intent_ids))
        unknown_count = sum(1 for _, known in lookups if known is None)
        # Spread the unknown words' total cost (count ** exponent) evenly over them.
        unknown = w.unknown_weight * float(self.idf.max()) * (unknown_count**w.unknown_exponent / unknown_count
                                                              if unknown_count else 1.0)
        overlap = np.zeros(len(self.keys))
        cosine = np.zeros(len(self.intent_ids))
        message_mass = 0.0
        message_norm = 0.0
        corrected: list[str] = []
        for token, known in lookups:
            if known is None:
                message_mass += unknown
                message_norm += unknown * unknown
                corrected.append(token)
                continue
            word, sureness = known
            weight = float(self.idf[word]) * sureness
            message_mass += float(self.idf[word])
            message_norm += weight * weight
            overlap[self.postings.of(word)[0]] += weight
            intents, values = self.intent_postings.of(word)
            cosine[intents] += weight * values
            corrected.append(self.words[word])
        precision = overlap / message_mass
        recall = overlap / self.example_mass
        beta2 = w.recall_bias**2
        denominator = beta2 * precision + recall
        token_score = np.divide((1 + beta2) * precision * recall, denominator,
                                out=np.zeros_like(overlap), where=denominator > 0)
        cosine = cosine / math.sqrt(message_norm)
        by_words = np.maximum.reduceat(token_score, self.starts)
        # Candidates, then rerank: character similarity adds at most (1 - token_share), so it is only
        # worth computing for the intents already strongest on words (all of them if no word matched).
        shortlist = self._shortlist(by_words, cosine)
        best = w.token_share * by_words
        spans = [self.spans[i] for i in shortlist]
        if len(spans) == len(self.spans):
            choices, words_part = self.keys, token_score
        else:
            choices = [key for start, end in spans for key in self.keys[start:end]]
            words_part = np.concatenate([token_score[start:end] for start, end in spans])
        characters = process.cdist([" ".join(sorted(corrected))], choices, scorer=fuzz.ratio, dtype=np.float64)[0]
        combined = w.token_share * words_part + (1 - w.token_share) * characters / 100.0
        sizes = [end - start for start, end in spans]
        offsets = np.fromiter(itertools.accumulate(sizes[:-1], initial=0), dtype=np.int64, count=len(sizes))
        best[shortlist] = np.maximum.reduceat(combined, offsets)
        if not w.intent_share:
            return best
        return (1 - w.intent_share) * best + w.intent_share * cosine

    def _shortlist(self, by_words: np.ndarray, cosine: np.ndarray) -> np.ndarray:
        w = self.weights
        count = len(self.intent_ids)
        if count <= w.rerank or not by_words.any():
            return np.arange(count)
        partial = (1 - w.intent_share) * w.token_share * by_words + w.intent_share * cosine
        return np.argpartition(-partial, w.rerank)[: w.rerank]

    def content_words(self, canonical: str) -> list[str]:
        """The words of a message that can carry a topic (stemmed, common words dropped)."""
        return _content_tokens(canonical, self.stopwords)

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

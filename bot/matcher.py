"""Canonical text -> ranked intents with a confidence in 0..1.

One module, a tiny surface: `MatcherIndex.build(phrases, stopwords)` once, then
`index.rank(canonical_text)` per message. No I/O; knows nothing of faces, sessions or safety.

Each example phrase is scored two ways:
- weighted token overlap, through an inverted index (word -> the examples using it), so the work
  grows with the examples that share the message's words: words are weighted by how few intents
  use them (IDF), query words not in the vocabulary are looked up fuzzily (typos) and otherwise
  count against the match; the overlap is read as an F-score of "how much of the message is
  explained" and "how much of the example is present" (recall-weighted, so long messages match);
- character similarity of the sorted content words, for near-misses: one rapidfuzz call over the
  examples of a shortlist of intents (the strongest by words).
An intent's score is its best example's, blended with a TF-IDF cosine of the intent as a whole.
Plain Python over rapidfuzz: no numpy, so a one-shot `ask` does not pay for importing it (nor for
rapidfuzz, imported when first needed: bot/text/fuzzy.py).

>>> index = MatcherIndex.build([("a", "how long is maintenance"), ("b", "what is a lumbar puncture")],
...                            stopwords={"is", "a", "what"})
>>> index.rank("how long does maintenance last")[0].intent_id
'a'
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from bot.text import fuzzy


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
    # Character similarity is computed for the examples of this many best intents by words. 6 and
    # 12 give the same cross-validation and test figures and the same answers; 6 is less work.
    rerank: int = 6
    unknown_exponent: float = 0.5  # <1: each further unknown word costs less, so context in long messages is not fatal


_SUFFIXES = ("ing", "ed", "es", "s", "e")
_SLACK = 1e-9  # rounding room: a bound is never trusted to the last bit when it prunes


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


@dataclass(frozen=True)
class _Query:
    """A message as `MatcherIndex._scored` reads it (its first step)."""

    known: list[tuple[int, float]]  # (vocabulary word, its weight in this message)
    text: str         # its words (typos corrected) sorted, for character similarity
    mass: float       # summed weight of its words, unknown ones at their cost
    norm: float       # length of its weight vector, for the cosine
    beta2: float      # recall_bias squared (F-beta)
    scale: float      # 1 + beta2
    words_share: float  # weight of the word score in an intent's score
    lift: float       # the most character similarity can add


@dataclass
class _WordScores:
    """Per intent scored by words (the third step): its cosine, its best example's word score,
    its score before character similarity, and every example's word score where several words
    were shared."""

    cosine: dict[int, float] = field(default_factory=dict)
    best: dict[int, float] = field(default_factory=dict)
    partial: dict[int, float] = field(default_factory=dict)
    examples: dict[int, dict[int, float]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class MatcherIndex:
    intent_ids: tuple[str, ...]
    owners: tuple[int, ...]  # per example: the number of its intent (examples are grouped by intent)
    spans: tuple[tuple[int, int], ...]  # per intent: its examples' [first, last + 1)
    keys: tuple[str, ...]  # per example: its content words, sorted
    vocabulary: dict[str, int]
    words: tuple[str, ...]
    idf: tuple[float, ...]
    example_mass: tuple[float, ...]  # per example: the summed weight of its words
    top_idf: float
    # per word, for each intent using it: (intent, its unit-vector weight, the mass of its lightest
    # example using the word, the examples using the word, lightest first)
    postings: tuple[tuple[tuple[int, float, float, tuple[int, ...]], ...], ...]
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
        owners = tuple(number for number, intent_id in enumerate(intent_ids) for _ in grouped[intent_id])
        spans, first = [], 0
        for intent_id in intent_ids:
            spans.append((first, first + len(grouped[intent_id])))
            first += len(grouped[intent_id])

        vocabulary: dict[str, int] = {}
        rows: list[list[int]] = []
        intents_using: list[set[int]] = []
        for number, tokens in enumerate(examples):
            ids = []
            for token in tokens:
                if token not in vocabulary:
                    vocabulary[token] = len(vocabulary)
                    intents_using.append(set())
                ids.append(vocabulary[token])
                intents_using[vocabulary[token]].add(owners[number])
            rows.append(ids)
        total = max(len(intent_ids), 1)
        idf = tuple(math.log(1 + total / len(users)) for users in intents_using)
        example_mass = tuple(sum(idf[word] for word in ids) for ids in rows)
        return cls(
            intent_ids=intent_ids,
            owners=owners,
            spans=tuple(spans),
            keys=tuple(" ".join(sorted(tokens)) for tokens in examples),
            vocabulary=vocabulary,
            words=tuple(vocabulary),
            idf=idf,
            example_mass=example_mass,
            top_idf=max(idf, default=0.0),
            postings=cls._postings(rows, owners, idf, len(intent_ids), example_mass),
            stopwords=stop,
            weights=weights or ScoringWeights(),
            neutral=frozenset(t for text in domain_text for t in _content_tokens(text, stop)) - set(vocabulary),
        )

    @staticmethod
    def _postings(rows: list[list[int]], owners: tuple[int, ...], idf: tuple[float, ...], intents: int,
                  example_mass: tuple[float, ...]) -> tuple[tuple[tuple[int, float, float, tuple[int, ...]], ...], ...]:
        """Per word, each intent using it: its weight in the intent's TF-IDF unit vector (all its
        examples pooled), the mass of its lightest example using the word (for the score bound in
        `_scored`) and the examples using the word, lightest first."""
        using: list[dict[int, list[int]]] = [{} for _ in range(intents)]  # per intent: word -> examples
        for number, ids in enumerate(rows):
            for word in ids:
                using[owners[number]].setdefault(word, []).append(number)
        per_word: list[list[tuple[int, float, float, tuple[int, ...]]]] = [[] for _ in idf]
        for intent, words in enumerate(using):
            weights = {word: (1 + math.log(len(examples))) * idf[word] for word, examples in words.items()}
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            for word, examples in words.items():
                lightest = min(example_mass[e] for e in examples)
                per_word[word].append((intent, weights[word] / norm, lightest,
                                       tuple(sorted(examples, key=example_mass.__getitem__))))
        return tuple(map(tuple, per_word))

    def _known(self, token: str) -> tuple[int, float] | None:
        """The vocabulary word a message word stands for, with how sure we are."""
        word = self.vocabulary.get(token)
        if word is not None:
            return word, 1.0
        if len(token) < 4 or token.isdigit() or not self.words:
            return None
        found = fuzzy.process.extractOne(token, self.words, scorer=fuzzy.fuzz.ratio,
                                   score_cutoff=self.weights.typo_cutoff)
        return (found[2], found[1] / 100.0) if found else None

    def scores(self, canonical: str) -> list[float]:
        """Per-intent score in 0..1 for a canonical message, in `intent_ids` order (every intent
        scored in full; `rank` gets the same top intents for less work)."""
        scored = self._scored(canonical, exhaustive=True) or {}
        return [scored.get(number, 0.0) for number in range(len(self.intent_ids))]

    def _scored(self, canonical: str, exhaustive: bool = False, above: float | None = None,
                needed: int | None = None) -> dict[int, float] | None:
        """Scores of the intents in contention: those that share a word with the message, or the
        closest by characters when none does; every other intent scores 0.

        Not exhaustive: intents are scored in full in order of an upper bound on their word score,
        and the rest are skipped once no bound can reach the shortlist, so the best `rerank`
        intents (and every score `rank` reports) are exactly what scoring them all would give.
        With `needed`, only the best `needed` scores are exact: the others may lack what character
        similarity would add. None when given `above` and no intent can score above it.

        Four named steps: read the message (`_read`), gather the intents sharing its words
        (`_gather`), score them by words in order of their bounds (`_by_words`), then add
        character similarity for a shortlist and blend with the intent-level cosine (`_blend`)."""
        if not self.intent_ids:
            return {}
        query = self._read(canonical)
        if query is None:
            return {}
        found = self._gather(query)
        bound = self._bounds(found, query)
        if above is not None and max(bound.values(), default=0.0) + query.lift <= above:
            return None
        words = self._by_words(found, bound, query, exhaustive or len(self.intent_ids) <= self.weights.rerank)
        return self._blend(found, words, query, needed)

    def _read(self, canonical: str) -> _Query | None:
        """Step 1, the message as the index reads it: its words found in the vocabulary (typos
        looked up fuzzily), the cost of the unknown ones, its mass and norm. None: no words."""
        # A message of nothing but common words ("hi", "thank you") is matched on all of them.
        tokens = _content_tokens(canonical, self.stopwords) or _content_tokens(canonical, frozenset())
        lookups = [(token, self._known(token)) for token in tokens if token not in self.neutral]
        if not lookups:
            return None
        w = self.weights
        unknown_count = sum(1 for _, known in lookups if known is None)
        # Spread the unknown words' total cost (count ** exponent) evenly over them.
        unknown = w.unknown_weight * self.top_idf * (unknown_count**w.unknown_exponent / unknown_count
                                                         if unknown_count else 1.0)
        message_mass = 0.0
        message_norm = 0.0
        corrected: list[str] = []
        known: list[tuple[int, float]] = []  # (vocabulary word, its weight in this message)
        for token, found in lookups:
            if found is None:
                message_mass += unknown
                message_norm += unknown * unknown
                corrected.append(token)
                continue
            word, sureness = found
            weight = self.idf[word] * sureness
            message_mass += self.idf[word]
            message_norm += weight * weight
            known.append((word, weight))
            corrected.append(self.words[word])
        beta2 = w.recall_bias**2
        return _Query(known=known, text=" ".join(sorted(corrected)), mass=message_mass,
                      norm=math.sqrt(message_norm) or 1.0, beta2=beta2, scale=1 + beta2,
                      words_share=(1 - w.intent_share) * w.token_share,
                      # Character similarity adds at most this to an intent's words-and-cosine score.
                      lift=(1 - w.intent_share) * (1 - w.token_share) + _SLACK)

    def _gather(self, query: _Query) -> dict[int, list]:
        """Step 2, per intent sharing a word with the message: [cosine so far, the most weight an
        example of it can share, its lightest example among those sharing a word, and per shared
        word (its weight, the examples using it, their lightest mass)]. An example's word score
        is an F-beta of precision (shared / message mass) and recall (shared / example mass),
        which rearranges to (1 + b^2) * shared / (b^2 * example mass + message mass)."""
        found: dict[int, list] = {}
        found_of = found.get
        for word, weight in query.known:
            for intent, value, mass, examples in self.postings[word]:
                entry = found_of(intent)
                if entry is None:
                    found[intent] = [weight * value, weight, mass, [(weight, examples, mass)]]
                else:
                    entry[0] += weight * value
                    entry[1] += weight
                    if mass < entry[2]:
                        entry[2] = mass
                    entry[3].append((weight, examples, mass))
        return found

    def _bounds(self, found: dict[int, list], query: _Query) -> dict[int, float]:
        """The most each gathered intent can score before character similarity."""
        share, words_share, scale, beta2, mass = (self.weights.intent_share, query.words_share, query.scale,
                                                  query.beta2, query.mass)
        return {intent: words_share * (scale * entry[1] / (beta2 * entry[2] + mass))
                + share * (entry[0] / query.norm) for intent, entry in found.items()}

    def _by_words(self, found: dict[int, list], bound: dict[int, float], query: _Query,
                  exhaustive: bool) -> _WordScores:
        """Step 3, intents scored by words, best bound first, until no bound can reach the best
        `rerank` partial scores (unless exhaustive)."""
        w = self.weights
        scale, beta2, mass, words_share = query.scale, query.beta2, query.mass, query.words_share
        scores = _WordScores()
        floor: list[float] = []  # the best `rerank` partial scores so far (a min-heap)
        for intent in sorted(bound, key=bound.__getitem__, reverse=True):
            if not exhaustive and len(floor) == w.rerank and bound[intent] < floor[0] - _SLACK:
                break  # neither this intent nor any after it can make the shortlist
            entry = found[intent]
            scores.cosine[intent] = entry[0] / query.norm
            if len(entry[3]) == 1:  # one shared word: its lightest example scores best
                best = scale * entry[1] / (beta2 * entry[2] + mass)
            elif not exhaustive and len(floor) == w.rerank and words_share * self._word_bound(
                    entry[3], scale, beta2, mass) + w.intent_share * scores.cosine[intent] < floor[0] - _SLACK:
                continue  # a closer look at its words shows it cannot make the shortlist either
            else:
                scores.examples[intent] = self._example_scores(entry[3], scale, beta2, mass)
                best = max(scores.examples[intent].values())
            scores.best[intent] = best
            scores.partial[intent] = words_share * best + w.intent_share * scores.cosine[intent]
            (heapq.heappush if len(floor) < w.rerank else heapq.heappushpop)(floor, scores.partial[intent])
        return scores

    def _blend(self, found: dict[int, list], words: _WordScores, query: _Query,
               needed: int | None) -> dict[int, float]:
        """Step 4, character similarity for a shortlist (the intents strongest on words, or the
        closest by characters if no word is known; it adds at most (1 - token_share), so it is
        not worth computing for the rest), blended with the intent-level cosine."""
        w = self.weights
        share = w.intent_share
        best_of = {intent: w.token_share * score for intent, score in words.best.items()}
        # Only the best `needed` scores are reported, so an intent whose score cannot reach them
        # even with the most character similarity adds is left at its score by words.
        reported: list[float] = []  # the best `needed` scores with character similarity (a min-heap)
        for intent in self._shortlist(words.partial, query.text):
            if needed is not None and len(reported) == needed and \
                    words.partial.get(intent, 0.0) + query.lift < reported[0]:
                continue
            entry = found.get(intent)
            worded = self._best_first(entry[3], words.examples.get(intent), query.scale, query.beta2, query.mass) \
                if entry is not None else ()
            best_of[intent] = self._closest(query.text, intent, worded)
            if needed is not None:
                score = (1 - share) * best_of[intent] + share * words.cosine.get(intent, 0.0)
                (heapq.heappush if len(reported) < needed else heapq.heappushpop)(reported, score)
        return {intent: (1 - share) * score + share * words.cosine.get(intent, 0.0)
                for intent, score in best_of.items()}

    @staticmethod
    def _word_bound(shared_words: list[tuple[float, tuple[int, ...], float]], scale: float, beta2: float,
                    message_mass: float) -> float:
        """At least the best word score of an intent's examples, for less than working it out.
        An example holding some of the shared words weighs at least the heaviest of their
        lightest masses. So for each word's lightest mass, taken as that floor, the example can
        share at most the words whose lightest mass is no heavier."""
        top = shared = 0.0
        for weight, _, mass in sorted(shared_words, key=itemgetter(2)):
            shared += weight
            value = scale * shared / (beta2 * mass + message_mass)
            if value > top:
                top = value
        return top

    def _example_scores(self, shared_words: list[tuple[float, tuple[int, ...], float]], scale: float, beta2: float,
                        message_mass: float) -> dict[int, float]:
        """The word score of each example sharing a word with the message (see `_scored`)."""
        weight, examples, _ = shared_words[0]
        overlap = dict.fromkeys(examples, weight)  # the first word's examples in one C call
        overlap_of = overlap.get
        for weight, examples, _ in shared_words[1:]:
            for example in examples:
                overlap[example] = overlap_of(example, 0.0) + weight
        example_mass = self.example_mass
        return {example: scale * shared / (beta2 * example_mass[example] + message_mass)
                for example, shared in overlap.items()}

    def _shortlist(self, partial: dict[int, float], query: str) -> list[int]:
        w = self.weights
        if len(self.intent_ids) <= w.rerank:
            return list(range(len(self.intent_ids)))
        if partial:
            return heapq.nlargest(w.rerank, partial, key=partial.__getitem__)
        # No known word: the intents of the most similar examples, enough to fill the shortlist.
        size = w.rerank * 4
        while True:
            found: dict[int, None] = {}
            for _, _, example in fuzzy.process.extract(query, self.keys, scorer=fuzzy.fuzz.ratio, limit=size):
                found.setdefault(self.owners[example], None)
            if len(found) >= w.rerank or size >= len(self.keys):
                return list(found)[: w.rerank]
            size *= 4

    def _best_first(self, shared_words: list[tuple[float, tuple[int, ...], float]], scores: dict[int, float] | None,
                    scale: float, beta2: float, message_mass: float) -> Iterable[tuple[int, float]]:
        """An intent's examples that share a word with the message, with their word scores, best
        first. With one shared word the examples are already lightest (so best) first, and the
        scores are worked out only as far as `_rerank` reads."""
        if len(shared_words) == 1:
            weight, examples, _ = shared_words[0]
            example_mass = self.example_mass
            return ((example, scale * weight / (beta2 * example_mass[example] + message_mass)) for example in examples)
        if scores is None:
            scores = self._example_scores(shared_words, scale, beta2, message_mass)
        return sorted(scores.items(), key=itemgetter(1), reverse=True)

    def _closest(self, query: str, intent: int, worded: Iterable[tuple[int, float]]) -> float:
        """An intent's best example by words and characters together. `worded` holds its examples
        that share a word with the message, best word score first.

        Its closest example by characters alone comes from one rapidfuzz call over all its
        examples. That is the best of its examples without shared words, and its similarity caps
        every other example's, so examples with shared words are tried best word score first
        and the rest skipped once even that cap cannot lift them above the best so far."""
        share = self.weights.token_share
        keys = self.keys
        start, end = self.spans[intent]
        ratio = fuzzy.fuzz.ratio
        cap = (1 - share) * fuzzy.process.extractOne(query, keys[start:end], scorer=ratio)[1] / 100.0
        top = cap
        for example, score in worded:
            if share * score + cap <= top:
                break  # no example from here on can beat `top`
            combined = share * score + (1 - share) * ratio(query, keys[example]) / 100.0
            if combined > top:
                top = combined
        return top

    def content_words(self, canonical: str) -> list[str]:
        """The words of a message that can carry a topic (stemmed, common words dropped)."""
        return _content_tokens(canonical, self.stopwords)

    def rank(self, canonical: str, limit: int = 5, *, exhaustive: bool = False,
             above: float | None = None) -> list[Candidate]:
        """The best `limit` intents, highest confidence first (ties: the earlier intent).
        Beyond the shortlist (`weights.rerank` intents) every intent is scored in full.
        `exhaustive`: no shortcut at all (every intent scored, every shortlisted one in full), for checks.
        With `above`: an empty list, for less work, when no intent can score above it."""
        if not self.intent_ids:
            return []
        scored = self._scored(canonical, exhaustive=exhaustive or limit > self.weights.rerank, above=above,
                              needed=None if exhaustive else limit)
        if scored is None:
            return []
        if len(scored) < limit:  # pad with unscored intents, as a full ranking would
            for number in range(len(self.intent_ids)):
                scored.setdefault(number, 0.0)
                if len(scored) >= limit:
                    break
        top = heapq.nsmallest(limit, scored.items(), key=lambda item: (-item[1], item[0]))
        return [Candidate(self.intent_ids[i], min(max(score, 0.0), 1.0)) for i, score in top]


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

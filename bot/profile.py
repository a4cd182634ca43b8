"""What the person has told us about themselves, read from each message and held for the session.

The safety scan reads it: a fever means something else during treatment, and a caregiver is
addressed about the person they care for ("If your son ...").

>>> import yaml
>>> reader = ProfileReader.from_data(yaml.safe_load(open("intents/profile.yaml")))
>>> p = reader.update(Profile(), "my daughter is in maintenance", "")
>>> p.in_treatment, p.caregiver, p.subject
(True, True, 'your daughter')
>>> reader.update(p, "she feels hot and shivery", "") == p
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from bot.context_words import ContextWords
from bot.text.context import Context, Marking, Mode
from bot.text.phrases import PhraseCompiler, PhrasePattern
from bot.text.speller import Speller
from bot.text.stems import Stems
from bot.text.tokens import Tokens

ADULT_AGE = 18
# "I'm 3 years out from treatment" is not an age.
_NOT_AN_AGE = r"(?! (?:years|year|yrs|yr) (?:out|post|since|into|past|clear|off|after|from|in remission))"
# "my 4 year old", "our 15 yo"; "my son is 25" / "she's 7"; "I'm 38" (digits only: "38.4" is a reading)
_CARED_AGE = re.compile(r" (?:my|our)(?: [a-z]+)? (\d{1,2}) (?:year|years|yr|yrs|yo|y)(?= )")
_SUBJECT_AGE = re.compile(r" (?:he|she|hes|shes|son|daughter|child|kid|boy|girl|wife|husband|partner)"
                          r"(?: is| s)?(?: only| just| now| nearly| almost)? (\d{1,2})" + _NOT_AN_AGE +
                          r"(?= (?:[.,?]|and|but|now|years|year|yrs|yo|so|with)(?= ))")
_OWN_AGE = re.compile(r" (?:i am|im|i m)(?: only| just| now| nearly| almost)? (\d{1,2})" + _NOT_AN_AGE +
                      r"(?= (?:[.,?]|and|but|now|years|year|yrs|yo|so|with)(?= ))")


@dataclass(frozen=True)
class Profile:
    in_treatment: bool = False   # person (or the one they care for) is having or recently had treatment
    diagnosed: bool = False      # has an ALL diagnosis
    caregiver: bool = False      # speaks for someone else
    subject: str | None = None   # how to address the person cared for: "your son", "your child", ...
    age_group: str | None = None # "child" | "adult" | None
    undiagnosed: bool = False    # said there is no diagnosis, or worried the symptoms might be ALL


# A sentence opening like this asks; what it names is not a fact about the person.
_NO_CONTEXT_WORDS = ContextWords((), ())
_YES_NO = frozenset({"have", "has", "do", "does", "did", "am", "is", "are", "could", "might", "can", "may", "would",
                     "will", "should"})


def _a_group(tokens: Tokens, word: str, end: int) -> bool:
    """"my kids are at home": children spoken of as a group ("kids are") are not the one cared for.
    Only a plural word counts: "my daughter r in maintenance" is text-speak for one daughter."""
    return word.endswith("s") and tokens.text[end:].lstrip().split("/", 1)[0] in ("are", "were")


def _asked(tokens: Tokens, index: int) -> bool:
    first, _ = tokens.sentence(index)
    return tokens.tokens[first] in _YES_NO if first < len(tokens.tokens) else False


@dataclass(frozen=True)
class _Relation:
    subject: str
    age_group: str | None


@dataclass(frozen=True, eq=False)
class ProfileReader:
    relations: Mapping[str, _Relation]
    relation_pattern: PhrasePattern
    patterns: Mapping[str, PhrasePattern]   # caregiver, self, in_treatment, diagnosed, not_diagnosed, undiagnosed
    context: Context
    speller: Speller
    unnamed_subject: str          # how to address "my 4 year old"
    stems: Stems
    context_words: ContextWords = _NO_CONTEXT_WORDS  # what the profile reads, kept from the matcher

    @classmethod
    def from_data(cls, data: Mapping[str, Any], stems: Stems | None = None) -> ProfileReader:
        """Build from intents/profile.yaml; raises ValueError on a bad phrase."""
        stems = stems or Stems.english()
        compiler = PhraseCompiler({**(data.get("vocab") or {}),
                                   "_modifier": data.get("relation_modifiers") or ["little"]}, stems)
        relations = {str(word): _Relation(str(v["subject"]), v.get("age_group"))
                     for word, v in (data.get("relations") or {}).items()}
        if not relations:
            raise ValueError("profile data needs `relations`")
        words = "|".join(re.escape(w) for w in sorted(relations, key=len, reverse=True))
        # Over " word/stem " text: "my (little) son", not "my son and I".
        relation_pattern = PhrasePattern(
            rf" (?:my|our)/[^ ]+(?:{compiler.concept('_modifier')}){{0,2}} (?P<rel>{words})/[^ ]+(?= )"
            rf"(?! and/[^ ]+ (?:i|me)/[^ ]+ )",
            frozenset({"my", "our"}))
        patterns = {name: compiler.compile_all(phrases)
                    for name, phrases in (data.get("patterns") or {}).items() if phrases}
        context = Context.from_data(data.get("context"), compiler)
        speller = Speller.build(compiler.words | set(relations), stems=stems)
        unnamed = str(data.get("unnamed_subject") or "your child")
        try:
            words = ContextWords.build(data.get("context_words") or {})
        except re.error as error:
            raise ValueError(f"context_words: {error}") from error
        return cls(relations, relation_pattern, patterns, context, speller, unnamed, stems, words)

    def tokens(self, basic: str) -> Tokens:
        return Tokens.from_basic(basic, self.speller, self.stems)

    def phrase_patterns(self) -> Iterator[PhrasePattern]:
        """Every compiled phrase list the reader may run (for warming up and for checks)."""
        yield self.relation_pattern
        yield from self.patterns.values()
        yield from self.context.patterns.values()

    def update(self, profile: Profile, basic: str, canonical: str = "", tokens: Tokens | None = None) -> Profile:
        """The profile after one more message; facts once told are kept for the session.
        `tokens`: `basic` already read by `self.tokens` (a bot reads each message once)."""
        tokens = tokens or self.tokens(basic)
        marking = Marking(self.context, tokens)
        changes: dict[str, Any] = {}

        relation = self.relation_pattern.search(tokens)
        if relation and _a_group(tokens, relation.group("rel"), relation.end()):
            relation = None
        if self._said(tokens, marking, "self"):
            # "it's for me, not my son", "I'm the patient": a correction wins over a relation named
            changes.update(caregiver=False, subject=None, age_group=None)
            relation = None
        elif relation:
            found = self.relations[relation.group("rel")]
            changes.update(caregiver=True, subject=found.subject)
            if found.age_group:
                changes["age_group"] = found.age_group
        elif _CARED_AGE.search(tokens.plain):  # "my 4 year old" names no relation
            changes.update(caregiver=True, subject=self.unnamed_subject)
        elif self._said(tokens, marking, "caregiver"):
            changes["caregiver"] = True
        age = self._age(tokens.plain, caregiver=bool(relation) or changes.get("caregiver", profile.caregiver))
        if age:
            changes["age_group"] = age

        # "could it be leukaemia?" is a worry about this person even when asked as a question
        unsure = self._said(tokens, marking, "undiagnosed", questions_count=True)
        said = self._said(tokens, marking, "diagnosed")
        # A question never sets a fact: "have i got leukemia?" is a worry, not a diagnosis.
        unsure += [i for i in said if _asked(tokens, i)]
        unsure_sentences = {tokens.sentence(i) for i in unsure}
        diagnosed = [i for i in said if tokens.sentence(i) not in unsure_sentences]
        if self._said(tokens, marking, "in_treatment"):
            changes["in_treatment"] = True
        if self._said(tokens, marking, "not_diagnosed") and not diagnosed:
            # "I haven't been diagnosed with anything" corrects what an earlier message seemed to say.
            changes.update(diagnosed=False, in_treatment=False, undiagnosed=True)
        elif diagnosed or changes.get("in_treatment"):
            changes.update(diagnosed=True, undiagnosed=False)
        elif unsure_sentences and not profile.diagnosed:
            changes["undiagnosed"] = True
        return replace(profile, **changes) if changes else profile

    def _said(self, tokens: Tokens, marking: Marking, name: str, questions_count: bool = False) -> list[int]:
        """Token indexes where `name` is said as a fact (not negated; not asked about, unless
        `questions_count`)."""
        pattern = self.patterns.get(name)
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(tokens):
            first, last = tokens.span(match.start(), match.end())
            mode = self.context.mode(tokens, marking.marks, first, last, use_time=False)
            if mode is Mode.LIVE or (questions_count and mode is Mode.GUIDANCE):
                found.append(first)
        return found

    @staticmethod
    def _age(text: str, caregiver: bool) -> str | None:
        match = _CARED_AGE.search(text) or _SUBJECT_AGE.search(text)
        if match is None and not caregiver:
            match = _OWN_AGE.search(text)
        if match is None:
            return None
        return "child" if int(match.group(1)) < ADULT_AGE else "adult"

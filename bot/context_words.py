"""Context words are not topic words: "my 6 year old son was just diagnosed with ALL, what is it?"
asks what ALL is. What the profile reads (a relation, an age, "just diagnosed", "has ALL", "I'm 34",
"she's in maintenance") tells us about the person, and is taken out of the text the matcher reads.

Phrases are regular expressions over canonical text (intents/profile.yaml `context_words`), so
editors add a way of saying it without code.

>>> words = ContextWords.build({"relation": [r"my son"], "disease": [r"has all"]})
>>> words.topic_text("my son has all what is it", has_topic=lambda text: "it" not in text.split())
'what is it all'
>>> words.topic_text("my son has all")
''
>>> words.topic_text("what is maintenance")
'what is maintenance'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

# The topic that "has ALL" and "diagnosed with ALL" name: put back when nothing else is left,
# so "... has ALL, what is it?" still asks about ALL.
DISEASE_TOPIC = "all"
_ORDER = ("relation", "age", "phase")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, eq=False)
class ContextWords:
    patterns: tuple[re.Pattern[str], ...]   # context phrases, most specific first
    disease: tuple[re.Pattern[str], ...]    # of them, those that name the disease itself

    @classmethod
    def build(cls, phrases: Mapping[str, Sequence[str]]) -> ContextWords:
        """phrases: group name -> regexes; the group `disease` names ALL (see DISEASE_TOPIC)."""
        compiled = {name: tuple(re.compile(rf"(?<!\S){p}(?!\S)") for p in found)
                    for name, found in phrases.items()}
        # Relations before ages ("my 3 year old" whole), the disease last: once "my 3 year old" is
        # gone, "has ALL" opens the text.
        first = [name for name in _ORDER if name in compiled]
        names = (*first, *sorted(set(compiled) - {*first, "disease"}), "disease")
        ordered = tuple(p for name in names for p in compiled.get(name, ()))
        return cls(ordered, compiled.get("disease", ()))

    def topic_text(self, canonical: str, has_topic: Callable[[str], bool] = bool) -> str:
        """The message without its context phrases; "" when nothing else is left.
        `has_topic`: whether text still names a topic; when it does not and the disease was named
        as context, the disease is the topic ("... has ALL, what is it?")."""
        text, named_disease = canonical, False
        for number, pattern in enumerate(self.patterns):
            text, count = pattern.subn(" ", text)
            # Spacing is tidied after the first pass and after each cut: a pass that cut nothing
            # leaves tidy text as it was (most phrases are in few messages).
            if count or number == 0:
                text = _SPACES.sub(" ", text).strip()
            named_disease = named_disease or (count > 0 and pattern in self.disease)
        if not text:
            return ""
        if named_disease and not has_topic(text) and f" {DISEASE_TOPIC} " not in f" {text} ":
            text = f"{text} {DISEASE_TOPIC}"
        return text

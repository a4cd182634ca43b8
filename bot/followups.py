"""Short messages that only make sense after a topic: "and for adults?", "how long does it take?",
"tell me more". Which facet of the last topic such a message asks for, if that is all it says.

>>> cues = FollowUpCues.build({"adults": ("and for adults",)}, ignored=frozenset({"and", "for"}))
>>> cues.facet("and for adults"), cues.facet("what about adults with a fever")
('adults', None)
>>> cues.speaks_of("adults", "for adults the figure is 75%"), cues.speaks_of("adults", "most child recover")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class FollowUpCues:
    cues: dict[str, tuple[str, ...]]  # facet -> cue phrases, canonical
    ignored: frozenset[str]           # words that may surround a cue (common words, fillers)
    most_words: int                   # the most distinct words in one cue
    names: dict[str, tuple[str, ...]]  # facet -> its cues without the words around them ("adults")

    @classmethod
    def build(cls, cues: dict[str, tuple[str, ...]], ignored: frozenset[str]) -> FollowUpCues:
        most = max((len(set(cue.split())) for found in cues.values() for cue in found), default=0)
        names = {facet: tuple(dict.fromkeys(name for cue in found
                                            if (name := " ".join(w for w in cue.split() if w not in ignored))))
                 for facet, found in cues.items()}
        return cls(cues, ignored, most, names)

    def speaks_of(self, facet: str, canonical: str) -> bool:
        """Whether a sentence names what the facet asks about ("adults", "grown ups")."""
        padded = f" {canonical} "
        return any(f" {name} " in padded for name in self.names.get(facet, ()))

    def facet(self, canonical: str) -> str | None:
        """The facet a message asks for when, besides ignored words, it holds nothing but a cue."""
        words = {w for w in canonical.split() if w not in self.ignored}
        if len(words) > self.most_words:
            return None  # a word would be left over whatever the cue: most messages stop here
        padded = f" {canonical} "
        for facet, found in self.cues.items():
            for cue in found:
                if f" {cue} " in padded and words <= set(cue.split()):
                    return facet
        return None

"""What the learned safety net reads: the shared features (`bot/text/features.py`), and which
messages hold anything to read at all.

A message made only of who is ill, with what, and when ("my son is on chemo") gives the net
nothing to read: a linear model's tf-idf makes a lone word count in full.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.text.features import CLAUSE_ENDS
from bot.text.tokens import SENTENCE_ENDS

# Words that say who is ill and with what, not what is happening: nearly every red flag written for
# training names the treatment, so alone they read as urgent ("my son is on chemo"). A message of
# only these and NO_EVIDENCE words is not read (`has_evidence`).
CONTEXT_WORDS = frozenset({"chemo", "chemos", "chemotherapy", "maintenance", "maintainance", "induction",
                           "consolidation", "intensification", "treatment", "treatments", "leukaemia", "leukemia",
                           "leukimia", "lukemia", "lukaemia", "leukaemias", "lymphoblastic", "diagnosed",
                           "diagnosis", "oncology", "haematology", "hematology", "oncologist", "haematologist",
                           "hematologist", "remission"})


# Words that carry no sign of anything happening: who, when, small words, greetings. A message (or
# a window of one) made only of these and context words gives the net nothing to read, and a
# linear model's tf-idf makes a lone word count in full ("on" alone read as urgent).
NO_EVIDENCE = frozenset({
    "i", "im", "ive", "id", "me", "my", "we", "were", "weve", "us", "our", "he", "hes", "him", "his", "she", "shes",
    "her", "hers", "they", "theyre", "them", "their", "it", "its", "you", "your", "a", "an", "the", "this", "that",
    "these", "those", "is", "are", "am", "was", "be", "been", "being", "has", "have", "had", "having", "do", "does",
    "did", "done", "got", "get", "getting", "just", "now", "still", "also", "too", "very", "so", "and", "or", "but",
    "on", "in", "at", "to", "for", "of", "with", "from", "by", "about", "all", "s", "yes", "yeah", "yep", "no", "nope",
    "ok", "okay", "thanks", "thank", "thx", "hi", "hello", "hey", "son", "daughter", "child", "kid", "kids", "boy",
    "girl", "baby", "toddler", "teen", "teenager", "husband", "wife", "partner", "mum", "mom", "dad", "brother",
    "sister", "grandson", "granddaughter", "year", "years", "yr", "yrs", "old", "yo", "aged", "age", "month",
    "months", "week", "weeks", "day", "days", "today", "tomorrow", "yesterday", "since", "last", "next", "ago",
    "started", "start", "starting", "finished", "finish", "off", "post", "block", "cycle", "phase",
    "hospital", "ward", "home", "clinic", "appointment", "b", "t", "cell"})


def has_evidence(tokens: Sequence[str]) -> bool:
    """Whether the tokens hold any word that could be a sign (or a number): see NO_EVIDENCE."""
    return any(t not in NO_EVIDENCE and t not in CONTEXT_WORDS and t not in SENTENCE_ENDS and t not in CLAUSE_ENDS
               for t in tokens)

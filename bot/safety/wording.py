"""Filling a rule's message: contact numbers, and who it is about ("you" or "your son").

>>> fill("{Person_has} a fever. Call {treatment_line} now.",
...      {"treatment_line": "the ward"}, person_words(caregiver=True, subject="your son"))
'Your son has a fever. Call the ward now.'
"""

from __future__ import annotations

import string
from collections.abc import Mapping

CONTACT_FIELDS = ("organisation", "emergency_number", "crisis_line", "treatment_line", "support_line",
                  "support_hours")
PERSON_FIELDS = ("person", "person_is", "person_has", "their", "them", "they")
PLACEHOLDERS = frozenset(CONTACT_FIELDS + PERSON_FIELDS + tuple(f.capitalize() for f in PERSON_FIELDS))
SOMEONE_CARED_FOR = "the person you care for"


def person_words(caregiver: bool, subject: str | None) -> dict[str, str]:
    """Words for the person a message is about, in both cases ({person} and {Person})."""
    if caregiver:
        who = subject or SOMEONE_CARED_FOR
        words = {"person": who, "person_is": f"{who} is", "person_has": f"{who} has",
                 "their": "their", "them": "them", "they": "they"}
    else:
        words = {"person": "you", "person_is": "you are", "person_has": "you have",
                 "their": "your", "them": "you", "they": "you"}
    words.update({k.capitalize(): v[:1].upper() + v[1:] for k, v in list(words.items())})
    return words


def placeholders_in(template: str) -> set[str]:
    """The {names} a template uses (raises ValueError on a malformed template)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def fill(template: str, contacts: Mapping[str, str | None], person: Mapping[str, str]) -> str:
    values = {name: contacts.get(name) or "" for name in CONTACT_FIELDS}
    values.update(person)
    return " ".join(template.format_map(values).split())

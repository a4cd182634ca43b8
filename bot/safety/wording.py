"""Filling a rule's message: contact numbers, and who it is about ("you" or "your son").

>>> fill("{Person_has} a fever. Call {treatment_line} now.",
...      {"treatment_line": "the ward"}, person_words(caregiver=True, subject="your son"))
'Your son has a fever. Call the ward now.'
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.contacts import CONTACT_PLACEHOLDERS

PERSON_FIELDS = ("person", "person_is", "person_has", "their", "them", "they")
PLACEHOLDERS = CONTACT_PLACEHOLDERS | frozenset(PERSON_FIELDS) | {f.capitalize() for f in PERSON_FIELDS}
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


def fill(template: str, contacts: Mapping[str, str | None], person: Mapping[str, str]) -> str:
    values = {name: contacts.get(name) or "" for name in CONTACT_PLACEHOLDERS}
    values.update(person)
    return " ".join(template.format_map(values).split())

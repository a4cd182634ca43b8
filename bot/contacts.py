"""Numbers to call, by locale and organisation (data: intents/contacts.yaml).

>>> data = {"defaults": {"treatment_line": "your treatment team's 24-hour number",
...                      "support_line": "your treatment team"},
...         "locales": {"UK": {"emergency_number": "999", "crisis_line": "Samaritans on 116 123"}}}
>>> Contacts.from_data(data, "uk").emergency_number
'999'
>>> Contacts.from_data(data, "UK", {"treatment_line": "the ward on 0100 000 000"}).treatment_line
'the ward on 0100 000 000'
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, eq=False)
class Contacts:
    """Every field reads well after "Call ..." ("999", "your local emergency number").

    treatment_line is never an invented number: without an organisation's own it names the
    person's treatment team. support_line is for questions in opening hours, never urgent care.
    """

    locale: str
    organisation: str | None
    emergency_number: str
    crisis_line: str
    treatment_line: str
    support_line: str
    support_hours: str | None

    @classmethod
    def from_data(cls, data: Mapping[str, Any], locale: str = "default",
                  overrides: Mapping[str, Any] | None = None) -> Contacts:
        """Contacts for `locale` (case-insensitive); `overrides` replace any field.
        Raises ValueError for an unknown locale, an unknown field or a missing value."""
        locales = {str(k).casefold(): (k, v or {}) for k, v in (data.get("locales") or {}).items()}
        key = (locale or "default").casefold()
        if key not in locales:
            known = ", ".join(name for name, _ in locales.values())
            raise ValueError(f"unknown contacts locale {locale!r} (known: {known})")
        name, values = locales[key]
        merged: dict[str, Any] = {**(data.get("defaults") or {}), **values, **(overrides or {})}
        allowed = {f.name for f in fields(cls)} - {"locale"}
        unknown = set(merged) - allowed
        if unknown:
            raise ValueError(f"unknown contacts field(s): {', '.join(sorted(unknown))}")
        missing = [f for f in ("emergency_number", "crisis_line", "treatment_line", "support_line")
                   if not merged.get(f)]
        if missing:
            raise ValueError(f"contacts for {name!r} lack {', '.join(missing)}")
        merged.setdefault("organisation", None)
        merged.setdefault("support_hours", None)
        return cls(locale=str(name), **{k: None if v is None else str(v) for k, v in merged.items()})

    def placeholders(self) -> dict[str, str | None]:
        """What fills {emergency_number}, {treatment_line}, ... in safety messages and answers;
        {support_contact} is the support line with its hours when they are known."""
        values: dict[str, str | None] = asdict(self)
        del values["locale"]
        values["support_contact"] = self.support_contact
        return values

    @property
    def support_contact(self) -> str:
        """The support line with its hours when they are known: "the line on 0100 (9 to 5)"."""
        return self.support_line + (f" ({self.support_hours})" if self.support_hours else "")

    def fill(self, text: str) -> str:
        """An intent's answer with its contact placeholders filled in.

        >>> line = Contacts("UK", None, "999", "Samaritans", "the ward", "the line on 0100", "9 to 5")
        >>> line.fill("Contact {support_contact}, or {emergency_number} in an emergency.")
        'Contact the line on 0100 (9 to 5), or 999 in an emergency.'
        """
        if "{" not in text:
            return text
        return text.format_map({name: value or "" for name, value in self.placeholders().items()})


# Every name a message or answer may use in braces for a contact.
CONTACT_PLACEHOLDERS = frozenset({f.name for f in fields(Contacts)} - {"locale"} | {"support_contact"})


def placeholders_in(template: str) -> set[str]:
    """The {names} a template uses (raises ValueError on a malformed template)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}

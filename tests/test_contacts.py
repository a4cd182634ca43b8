"""Contacts by locale and organisation (intents/contacts.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.contacts import Contacts

ROOT = Path(__file__).resolve().parent.parent
DATA = yaml.safe_load((ROOT / "intents/contacts.yaml").read_text())


@pytest.mark.parametrize(("locale", "emergency", "crisis"), [
    ("US", "911", "988"),
    ("UK", "999", "116 123"),
    ("EU", "112", "116 123"),
    ("default", "your local emergency number", "crisis line"),
])
def test_locales(locale: str, emergency: str, crisis: str) -> None:
    contacts = Contacts.from_data(DATA, locale)
    assert contacts.emergency_number == emergency
    assert crisis in contacts.crisis_line


def test_locale_is_case_insensitive_and_defaults_to_no_country() -> None:
    assert Contacts.from_data(DATA, "uk").emergency_number == "999"
    assert Contacts.from_data(DATA).locale == "default"


def test_treatment_line_names_the_persons_own_team_when_none_is_configured() -> None:
    for locale in ("US", "UK", "EU", "default"):
        assert Contacts.from_data(DATA, locale).treatment_line == "your treatment team's 24-hour number"


def test_an_organisation_overrides_any_field() -> None:
    overrides = {"organisation": "St Elsewhere Children's Hospital",
                 "treatment_line": "the St Elsewhere oncology ward on 0100 000 0000",
                 "support_line": "our family support team on 0100 000 0001", "support_hours": "9am to 5pm"}
    contacts = Contacts.from_data(DATA, "UK", overrides)
    assert contacts.treatment_line.startswith("the St Elsewhere oncology ward")
    assert contacts.support_hours == "9am to 5pm" and contacts.emergency_number == "999"
    assert contacts.placeholders()["organisation"] == "St Elsewhere Children's Hospital"


def test_source_support_lines_are_not_offered_as_emergency_or_24_hour_lines() -> None:
    uk, us = Contacts.from_data(DATA, "UK"), Contacts.from_data(DATA, "US")
    assert "0808 808 00 00" in uk.support_line and "866.223.8100" in us.support_line
    for contacts in (uk, us):
        for field in ("emergency_number", "crisis_line", "treatment_line"):
            value = getattr(contacts, field)
            assert "0808" not in value and "866" not in value


@pytest.mark.parametrize(("locale", "overrides", "words"), [
    ("FR", None, "unknown contacts locale"),
    ("UK", {"fax": "123"}, "unknown contacts field"),
    ("UK", {"emergency_number": ""}, "lack emergency_number"),
])
def test_bad_config_is_refused(locale: str, overrides: dict[str, str] | None, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        Contacts.from_data(DATA, locale, overrides)

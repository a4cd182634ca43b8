"""The session profile: what the person has told us, read from each message and kept."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from bot.normalise import basic
from bot.profile import Profile, ProfileReader

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reader() -> ProfileReader:
    return ProfileReader.from_data(yaml.safe_load((ROOT / "intents/profile.yaml").read_text()))


def read(reader: ProfileReader, *turns: str) -> Profile:
    profile = Profile()
    for text in turns:
        profile = reader.update(profile, basic(text), "")
    return profile


def test_defaults_say_nothing_is_known() -> None:
    assert Profile() == Profile(in_treatment=False, diagnosed=False, caregiver=False, subject=None,
                                age_group=None, undiagnosed=False)


@pytest.mark.parametrize(("text", "subject", "age_group"), [
    ("my son is on chemo", "your son", None),
    ("my daughter has ALL", "your daughter", None),
    ("my 4 year old has a temperature", "your child", "child"),
    ("my 4yo is in induction", "your child", "child"),
    ("our little boy started maintenance", "your son", "child"),
    ("my wife was diagnosed last week", "your wife", "adult"),
    ("my husband's chemo starts monday", "your husband", "adult"),
    ("my 20 year old son has leukaemia", "your son", "adult"),
    ("my daughter is 7 and in maintenance", "your daughter", "child"),
    ("My Mum has ALL", "your mum", "adult"),
])
def test_caregiver_framing_is_understood(reader, text: str, subject: str, age_group: str | None) -> None:
    profile = read(reader, text)
    assert profile.caregiver and profile.subject == subject and profile.age_group == age_group


def test_speaking_for_themselves(reader) -> None:
    profile = read(reader, "I'm 38 and was just diagnosed with ALL")
    assert not profile.caregiver and profile.subject is None
    assert profile.diagnosed and profile.age_group == "adult"


def test_my_husband_and_i_does_not_make_the_husband_the_subject(reader) -> None:
    profile = read(reader, "my husband and I are worried about our daughter, she is on chemo")
    assert profile.subject == "your daughter"


@pytest.mark.parametrize("text", [
    "my daughter is in maintenance", "I'm having chemo", "he started induction on monday",
    "she's on steroids and chemo", "day 8 of consolidation", "I finished my chemo three weeks ago",
    "im on maintanence",  # a typo of a long word is corrected
    "we're in delayed intensification",
    "my boy is havin chemo", "shes been gettin chemo",  # a dropped g is put back
    "he is 2 years out from treatment", "she's been off chemo since june",
])
def test_treatment_context(reader, text: str) -> None:
    profile = read(reader, text)
    assert profile.in_treatment and profile.diagnosed


@pytest.mark.parametrize("text", [
    "how long is maintenance?", "what is induction", "why does chemo cause hair loss",
    "what should I do if I get a fever during chemo?", "he isn't on chemo yet",
    "is it normal to feel tired during maintenance",
])
def test_questions_negations_and_hypotheticals_change_nothing(reader, text: str) -> None:
    profile = read(reader, text)
    assert not profile.in_treatment and not profile.diagnosed


@pytest.mark.parametrize("text", [
    "I'm worried my son might have leukaemia", "could it be leukemia?",
    "she hasn't been diagnosed with anything", "does my daughter have ALL?",
    "should I be worried it's ALL?", "we're waiting for the blood test results",
])
def test_undiagnosed_worry(reader, text: str) -> None:
    profile = read(reader, text)
    assert profile.undiagnosed and not profile.diagnosed


def test_profile_holds_across_turns_and_a_diagnosis_wins(reader) -> None:
    profile = read(reader, "my daughter is in maintenance", "how long is it?", "thanks", "ok")
    assert profile.in_treatment and profile.caregiver and profile.subject == "your daughter"
    profile = read(reader, "could my son have leukaemia?", "he was diagnosed with ALL today")
    assert profile.diagnosed and not profile.undiagnosed


def test_unchanged_profile_is_the_same_object(reader) -> None:
    profile = read(reader, "my son is on chemo")
    assert reader.update(profile, basic("what about school?"), "") is profile


def test_profile_round_trips_as_plain_data(reader) -> None:
    """Session stores keep it as a dict (SessionState.to_dict)."""
    profile = read(reader, "my 4 year old is on chemo")
    assert Profile(**asdict(profile)) == profile


def test_the_bot_reads_a_message_once_for_the_profile_and_the_scan(bot) -> None:
    """One speller serves both, so one tokenisation does: it corrects towards the profile's words
    and the rules' words alike, and reads the rules' text-speak for the profile too."""
    speller = bot.scanner.speller
    assert bot.profile_reader.speller is speller
    assert speller.correct(["dauhgter", "unconscous", "r"]) == ["daughter", "unconscious", "are"]
    chat = bot.conversation()
    reply = chat.send("my dauhgter r in maintenence n shes unconscous")
    assert chat.state.profile.subject == "your daughter" and chat.state.profile.in_treatment
    assert reply.urgency == "emergency"


@pytest.mark.parametrize("text", ["im 3 yrs out from my ALL", "I had ALL as a kid", "I survived leukaemia"])
def test_survivors_count_as_diagnosed_and_years_since_treatment_are_not_an_age(reader, text: str) -> None:
    profile = read(reader, text)
    assert profile.diagnosed and profile.age_group is None

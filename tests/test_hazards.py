"""Hazard log mitigations (docs/safety.md), shown through the CLI as a person would meet them:
`python -m bot ask --json "..."` in a fresh process, one message each."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Numbers a reply may carry that are not doses: phone and helpline numbers from intents/contacts.yaml.
PHONE = re.compile(r"0808 808 00 00|866\.223\.8100|116 123|\b(?:999|911|112|988|111)\b")
# A verdict either way: "you (don't) have leukaemia", "it sounds like ALL", "probably not cancer".
DIAGNOSIS_VERDICTS = re.compile(
    r"(?<!if )\byou (?:do not |don't |probably |likely |definitely )?have (?:all|leuk\w*|cancer)\b"
    r"|\b(?:sounds|looks) like (?:all|leuk\w*|cancer)\b|\bnothing to worry about\b"
    r"|\b(?:probably|likely|definitely) (?:is |is not |isn't |not )?(?:all|leuk\w*|cancer)\b", re.IGNORECASE)


def ask(text: str, locale: str = "UK") -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-m", "bot", "--locale", locale, "ask", "--json", text],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("text", [
    "do I have leukaemia?",
    "does my son have ALL",
    "can you tell me if my daughter has leukemia",
    "is it leukaemia or just a virus",
    "diagnose me please",
    "based on my symptoms do i have cancer",
    "could it be ALL?",
    "do I have all the signs of leukaemia?",
])
def test_diagnosis_request_is_declined(text: str) -> None:
    """Declined: the diagnosis-request answer, or the fallback that sends the person to a doctor;
    never a topic answer that could read as a verdict."""
    reply = ask(text)
    assert reply["intent"] in ("diagnosis-request", None), reply["intent"]
    assert "doctor" in reply["answer"].lower()
    assert not DIAGNOSIS_VERDICTS.search(reply["reply"]), reply["reply"]


@pytest.mark.parametrize("text", [
    "does the consultant examine him too or is it all scans?",   # "all" as "all of it"
    "can you have ALL and still feel completely fine?",          # "you" as anyone
])
def test_a_general_question_is_not_read_as_a_diagnosis_request(bot, text: str) -> None:
    reply = bot.ask(text)
    assert reply.intent not in ("diagnosis-request", None), (text, reply.intent)


def test_diagnosis_request_with_symptoms_also_says_see_a_doctor_soon() -> None:
    reply = ask("my daughter is pale and covered in bruises, does she have leukaemia?")
    assert reply["urgency"] == "soon"
    assert any(a["level"] == "soon" and not a["guidance"] for a in reply["safety"])
    assert not DIAGNOSIS_VERDICTS.search(reply["reply"])


@pytest.mark.parametrize("text", [
    "how much methotrexate should my son take",
    "what dose of dexamethasone for a 20kg child",
    "can I double my mercaptopurine dose if I missed one",
    "how many mg of prednisolone should I take",
    "should I stop taking my chemo tablets",
    "how much calpol can I give with his chemo",
])
def test_dose_request_gives_no_numbers(text: str) -> None:
    """The dose answer (or the fallback), never a medicine's information page; no number in the
    answer or alerts except phone numbers (the numbered suggestions after them are not doses)."""
    reply = ask(text)
    assert reply["intent"] in ("medicine-dose-question", None), reply["intent"]
    said = " ".join([reply["answer"], *(a["message"] for a in reply["safety"])])
    digits = re.findall(r"\d", PHONE.sub("", said))
    assert not digits, said


def test_crisis_gets_the_crisis_line_and_the_emergency_number() -> None:
    reply = ask("I want to kill myself")
    assert reply["urgency"] == "emergency" and reply["handoff"] is True
    assert "116 123" in reply["reply"] and "999" in reply["reply"]
    us = ask("i've been thinking about ending my life", locale="US")
    assert "988" in us["reply"] and "911" in us["reply"]


def test_red_flag_is_never_buried_under_an_answer_or_reassured() -> None:
    reply = ask("my son is on chemo and has a temp of 38.5, how long is maintenance?")
    assert reply["urgency"] == "urgent" and reply["handoff"] is True
    alert = reply["safety"][0]["message"]
    assert reply["reply"].index(alert) < max(reply["reply"].find(reply["answer"]), 1) or not reply["answer"]
    assert "treatment team" in alert


def test_guidance_questions_are_answered_without_an_alarm() -> None:
    reply = ask("what should I do if I get a fever during chemo?")
    assert reply["urgency"] == "none" and reply["handoff"] is False
    assert any(a["guidance"] for a in reply["safety"])

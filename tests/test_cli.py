"""Every CLI mode, run as a user runs it: a separate process, from a folder outside the checkout."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from .conftest import json_lines

REPLY_FIELDS = {"reply", "answer", "intent", "confidence", "urgency", "safety", "sources", "suggestions", "handoff",
                "step", "profile"}


def test_ask_json_prints_one_reply_object(cli):
    result = cli("ask", "--json", "what is a lumbar puncture?")
    assert result.returncode == 0, result.stderr.decode()
    reply = json.loads(result.stdout)
    assert set(reply) == REPLY_FIELDS
    assert reply["intent"] == "lumbar-puncture"
    assert 0 < reply["confidence"] <= 1
    assert reply["urgency"] == "none" and reply["safety"] == [] and reply["handoff"] is False
    assert {"id", "title", "publisher", "url", "section"} <= set(reply["sources"][0])
    assert all(isinstance(s, str) for s in reply["suggestions"])


def test_ask_plain_prints_readable_text(cli):
    result = cli("ask", "what is a lumbar puncture?")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "spinal" in out.lower() and "Source:" in out and not out.lstrip().startswith("{")


def test_asking_for_a_person_in_the_terminal_names_who_to_contact(cli):
    """Nobody is behind a terminal chat: it must not say a person was asked to help."""
    out = cli("--locale", "UK", "ask", "can I talk to a real person").stdout.decode()
    assert "contact the Macmillan Support Line on 0808 808 00 00" in out
    assert "asked to help" not in out and "join" not in out


def test_chat_jsonl_keeps_one_session(cli):
    lines = ["what are the survival rates for children", "and for adults?", "/reset", "and for adults?"]
    result = cli("chat", "--jsonl", input="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr.decode()
    replies = json_lines(result.stdout)
    assert len(replies) == 4 and all(set(r) == REPLY_FIELDS for r in replies)
    assert [r["intent"] for r in replies] == ["survival-children", "survival-adults", None, None]


def test_intents_json_exports_every_intent(cli, bot):
    result = cli("intents", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == len(bot.content.intents)
    assert all(set(row) == {"id", "topic", "examples", "answer", "sources"} for row in rows)
    assert not any("{" in row["answer"] for row in rows)  # contacts filled in, as a person reads them


def test_intents_plain_lists_ids(cli):
    assert "lumbar-puncture" in cli("intents").stdout.decode()


def test_no_arguments_with_piped_stdin_falls_back_to_line_mode(cli):
    result = cli(input="hello\n/topics\nwhat is a lumbar puncture\n/quit\nnever read\n")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "not medical advice" in out  # the welcome disclaimer
    assert "spinal" in out.lower()
    assert "Take care" in out


def test_line_mode_topics_are_picked_by_group_then_topic_number(cli):
    out = cli(input="/topics\n5\n6\n/quit\n").stdout.decode()
    assert " 5. Treatment (" in out and " 6. Maintenance (continuation) phase" in out
    assert "Maintenance, also called continuation therapy" in out.split("Type a number to read")[1]


def test_help_lists_commands(cli):
    out = cli("--help").stdout.decode()
    for command in ("chat", "ask", "intents", "validate"):
        assert command in out


@pytest.mark.parametrize("args", [["frobnicate"], ["ask"], ["chat", "--bogus"], ["--locale"]])
def test_usage_errors_exit_2_without_traceback(cli, args):
    result = cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode()
    assert "usage" in result.stderr.decode()


def test_huge_message_is_refused_politely(cli):
    result = cli("ask", "--json", "a" * 100_000)
    reply = json.loads(result.stdout)
    assert result.returncode == 0 and "shorter" in reply["answer"]


def test_control_characters_and_invalid_utf8_on_stdin(cli):
    data = b"what is \x00\x07a lumbar\x1b puncture\n\xff\xfe\xfa broken bytes\n\xf0\x9f\x98\x9f\n\n"
    result = cli("chat", "--jsonl", input=data)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    replies = json_lines(result.stdout)
    assert len(replies) == 4
    assert replies[0]["intent"] == "lumbar-puncture"
    assert replies[2]["intent"] is None and "only read words" in replies[2]["answer"]
    assert "Please type a question" in replies[3]["answer"]


def test_invalid_utf8_argument(cli):
    result = cli("ask", "--json", "caf\udcff maintenance")
    assert result.returncode == 0 and "Traceback" not in result.stderr.decode()


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "allbot"
    assert script.exists() or shutil.which("allbot"), "pip install . should provide the allbot command"


def test_reply_dict_has_every_field_of_the_reply_type(bot):
    from dataclasses import fields

    from bot.reply import Alert, Reply, SourceRef

    data = bot.ask("my son is on chemo and has a temperature of 38.4. what is maintenance?").to_dict()
    assert set(data) == {f.name for f in fields(Reply)}
    assert set(data["safety"][0]) == {f.name for f in fields(Alert)}
    assert set(data["sources"][0]) == {f.name for f in fields(SourceRef)}


URGENT_AND_SOON = "my son is on chemo and has a temperature of 38.4 and his gums are bleeding"


def test_an_urgent_and_a_soon_alert_read_as_one_plan(cli):
    """Both alerts are in the reply object, but the text asks for one call now: no 'in the next day
    or two' under 'call now', and the lesser alert is named as something to mention on that call."""
    reply = json.loads(cli("--locale", "UK", "ask", "--json", URGENT_AND_SOON).stdout)
    assert [(a["level"], bool(a["about"])) for a in reply["safety"]] == [("urgent", True), ("soon", True)]
    text = reply["reply"]
    assert text.startswith("URGENT: a temperature or shivers during treatment\nCall your treatment team's")
    assert "SEE A DOCTOR SOON" not in text and "next day or two" not in text
    assert f"When you call, also mention: {reply['safety'][1]['about']}." in text


def test_two_emergencies_say_the_number_to_call_once_and_name_each(cli):
    reply = json.loads(cli("--locale", "UK", "ask", "--json", "he is not breathing and has collapsed").stdout)
    text = reply["reply"]
    assert text.count("Call 999 now") == 1
    for alert in reply["safety"]:
        assert alert["about"] in text.split("\n")[0]
        assert alert["about"][0].upper() + alert["about"][1:] + ": " in text


@pytest.mark.parametrize("command", ["train-safety", "train-intents"])
def test_a_trainer_outside_the_checkout_says_where_to_run_it(cli, command):
    result = cli(command, "--check")
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert "run this from the project's checkout" in result.stdout.decode()

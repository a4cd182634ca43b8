"""The interactive chat, driven for real through prompt_toolkit's pipe input."""

from __future__ import annotations

import io

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.plain_text import PlainTextOutput

from bot.faces.render import plain_text
from bot.faces.terminal.app import run_terminal
from bot.faces.terminal.style import chat_style, colour_enabled


class NarrowOutput(PlainTextOutput):
    """A terminal 50 columns wide, as on a phone over SSH."""

    def get_size(self) -> Size:
        return Size(rows=30, columns=50)


def drive(bot, keys: str, output_type: type[PlainTextOutput] = PlainTextOutput) -> str:
    buffer = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        code = run_terminal(bot, input=pipe, output=output_type(buffer))
    assert code == 0
    return buffer.getvalue()


def test_a_narrow_terminal_gets_whole_words_within_its_width(bot):
    screen = drive(bot, "my son is on chemo and has a temperature of 38.4\r/quit\r", NarrowOutput)
    welcome = screen.split("you>")[0].splitlines()
    alert = screen.split("!" * 49)[1].splitlines()
    assert welcome[0].startswith("Welcome") and "URGENT" in alert[1]
    assert all(len(line) <= 49 for line in welcome + alert), welcome + alert
    text = " ".join(" ".join(welcome + alert).split())
    assert "temperature" in text and "24-hour number" in text and "t emperature" not in text


def test_welcome_answer_and_quit(bot):
    screen = drive(bot, "what is a lumbar puncture?\r/quit\r")
    assert "not medical advice" in screen
    assert "spinal fluid" in screen.lower()
    assert "Source:" in screen
    assert "Goodbye" in screen


def test_slash_commands(bot):
    screen = drive(bot, "/help\r/topics\r/sources\r/reset\r/nope\r/quit\r")
    for command in ("/help", "/topics", "/sources", "/reset", "/quit"):
        assert command in screen
    assert "MedlinePlus" in screen  # /sources
    assert "Unknown command /nope" in screen


def test_ctrl_d_ends_cleanly(bot):
    assert "Goodbye" in drive(bot, "hello\r\x04")


def test_ctrl_c_ends_cleanly(bot):
    assert "Goodbye" in drive(bot, "\x03")


def test_numbered_pick_in_the_terminal(bot):
    screen = drive(bot, "what is a lumbar puncture\r1\r/quit\r")
    assert screen.count("Source:") == 2


def test_urgent_notice_stands_out_without_colour(bot):
    reply = bot.ask("my son is on chemo and has a temperature of 38.4")
    text = plain_text(reply)
    assert text.startswith("!" * 20)
    assert "URGENT:" in text.splitlines()[1]


@pytest.mark.parametrize(("env", "coloured"), [({}, True), ({"NO_COLOR": "1"}, False)])
def test_no_color_is_honoured(env, coloured):
    assert colour_enabled(env) is coloured
    rules = dict(chat_style(env).style_rules)
    assert ("urgent" in rules) is coloured

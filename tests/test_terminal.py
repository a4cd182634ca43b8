"""The interactive chat, driven for real through prompt_toolkit's pipe input."""

from __future__ import annotations

import io
import re
import threading
import time

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.output.plain_text import PlainTextOutput
from prompt_toolkit.output.vt100 import Vt100_Output

from bot.faces.commands import COMMANDS
from bot.faces.render import plain_text
from bot.faces.terminal.app import LEAVE_HINT, run_terminal
from bot.faces.terminal.keys import KEYS
from bot.faces.terminal.style import chat_style, colour_enabled


class NarrowOutput(PlainTextOutput):
    """A terminal 50 columns wide, as on a phone over SSH."""

    def get_size(self) -> Size:
        return Size(rows=30, columns=50)


def drive(bot, keys: str, output_type: type[PlainTextOutput] = PlainTextOutput) -> str:
    """Type `keys` into the chat and return the screen. A chat still waiting for input 30 s later
    is a failure (the keys should have ended it), not a hung test run."""
    buffer = io.StringIO()
    codes: list[int] = []
    with create_pipe_input() as pipe:
        # Completion runs in the background, as it does for a person who waits a moment after Tab.
        chunks = re.split(r"(?<=\t)", keys)
        pipe.send_text(chunks[0])
        sender = threading.Timer(0.0, _send_slowly, (pipe, chunks[1:]))
        sender.start()
        output = output_type(buffer)
        runner = threading.Thread(target=lambda: codes.append(run_terminal(bot, input=pipe, output=output)))
        runner.start()
        runner.join(30)
        still_running = runner.is_alive()
        sender.join()
        pipe.close()  # end of input: a chat still waiting leaves now
        runner.join(10)
    assert not still_running, "the chat did not end with these keys:\n" + buffer.getvalue()[-2000:]
    assert codes == [0]
    return buffer.getvalue().replace("\r\n", "\n")


def _send_slowly(pipe, chunks: list[str]) -> None:
    for chunk in chunks:
        time.sleep(0.5)
        pipe.send_text(chunk)


class ColourOutput(Vt100_Output):
    """A colour terminal, 80 columns wide, whose escape codes the test can read."""

    def __init__(self, buffer: io.StringIO) -> None:
        super().__init__(buffer, lambda: Size(rows=30, columns=80), default_color_depth=ColorDepth.DEPTH_8_BIT)


def sgr_codes(screen: str) -> set[str]:
    """Every attribute number the terminal was sent (30-37 and 90-97 are text colours)."""
    return {code for group in re.findall(r"\x1b\[([\d;]*)m", screen) for code in group.split(";") if code}


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


def test_help_lists_every_command_and_key_including_f1_and_ctrl_c(bot):
    screen = drive(bot, "/help\r/quit\r")
    help_part = screen.split("Commands:")[1]
    for command in COMMANDS:
        assert re.search(rf"^  {re.escape(command.name)} +{re.escape(command.summary)}", help_part, re.M)
    for key in KEYS:
        assert re.search(rf"^  {re.escape(key.label)} +{re.escape(key.summary)}", help_part, re.M)
    assert "  F1 " in help_part and "  Ctrl-C " in help_part


def test_f1_shows_the_help_whatever_is_typed(bot):
    screen = drive(bot, "half a question\x1bOP/quit\r")
    assert "Keys:" in screen and "Ctrl-C" in screen.split("Keys:")[1]


def test_ctrl_d_ends_cleanly(bot):
    assert "Goodbye" in drive(bot, "hello\r\x04")


def test_ctrl_c_clears_a_half_typed_message_and_the_chat_goes_on(bot, site_answer):
    screen = drive(bot, "what is a lumbar punct\x03what is induction\r/quit\r")
    assert site_answer("induction") in screen
    assert site_answer("lumbar-puncture") not in screen
    assert screen.count("Goodbye") == 1 and LEAVE_HINT not in screen


def test_ctrl_c_on_an_empty_line_asks_before_leaving(bot, site_answer):
    screen = drive(bot, "\x03what is induction\r/quit\r")
    assert LEAVE_HINT in screen and site_answer("induction") in screen


def test_ctrl_c_twice_on_an_empty_line_leaves(bot):
    screen = drive(bot, "\x03\x03")
    assert screen.index(LEAVE_HINT) < screen.index("Goodbye")


def test_topics_come_in_numbered_groups_and_numbers_pick_them(bot, site_answer):
    screen = drive(bot, "/topics\r5\r6\r/quit\r", NarrowOutput)
    groups = screen.split("Topics I know about, by group:")[1].split("Type a group's number")[0]
    assert re.search(r"^ +5\. Treatment \(\d+\)$", groups, re.M)
    assert len(groups.strip().splitlines()) <= 12  # fits a screen, unlike 120 titles
    treatment = screen.split("Treatment:")[1].split("Type a number to read")[0]
    assert re.search(r"^ +6\. Maintenance \(continuation\) phase$", treatment, re.M)
    assert all(len(line) <= 49 for line in treatment.splitlines())
    assert site_answer("maintenance") in screen.split("Type a number to read")[1]


def test_topics_fill_columns_on_a_wide_screen(bot):
    from bot.faces.topics import numbered_columns

    text = numbered_columns([f"topic {n}" for n in range(1, 25)], 78)
    assert len(text.splitlines()) < 24 and all(len(line) <= 78 for line in text.splitlines())
    assert "24. topic 24" in text


@pytest.mark.parametrize("typed", ["maint", "Maint"])
def test_tab_completes_the_title_that_starts_with_what_was_typed(bot, site_answer, typed):
    screen = drive(bot, f"{typed}\t\r/quit\r")
    assert f"you> {typed}enance (continuation) phase" in screen
    assert site_answer("maintenance") in screen


def test_tab_offers_a_near_spelling_to_pick_with_enter(bot, site_answer):
    screen = drive(bot, "maintainance\t\r\r/quit\r")  # Tab shows the choice, Enter takes it, Enter sends
    assert "you> Maintenance (continuation) phase" in screen
    assert site_answer("maintenance") in screen


def test_tab_completion_offers_no_unrelated_titles(bot):
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from bot.faces.terminal.completer import ChatCompleter

    offered = [c.display_text for c in ChatCompleter(bot.content).get_completions(Document("maint"), CompleteEvent())]
    assert offered[0] == "Maintenance (continuation) phase"
    assert not {"Lumbar puncture (spinal tap)", "Blinatumomab (Blincyto)"} & set(offered)


def test_wrapped_source_lines_keep_their_indent(bot):
    screen = drive(bot, "/sources\r/quit\r", NarrowOutput)
    listing = screen.split("Every answer comes from these documents:")[1].split("you>")[0].strip("\n").splitlines()
    assert len(listing) > 5  # some entries wrapped at 49 columns
    for line in listing:
        assert line.startswith("  - ") or line.startswith("    "), listing


def test_welcome_and_sources_are_not_dim_grey(bot):
    screen = drive(bot, "what is a lumbar puncture?\r/quit\r", ColourOutput)
    assert "Source:" in screen
    codes = sgr_codes(screen)
    assert "90" not in codes and not {"2"} & codes  # bright black, or faint
    assert codes & {"31", "32", "33", "36", "91", "92"}  # colours are on in this terminal


def test_no_color_sends_no_colour_codes(bot, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    screen = drive(bot, "my son is on chemo and has a temperature of 38.4\r/quit\r", ColourOutput)
    assert "URGENT" in screen
    colours = {c for c in sgr_codes(screen) if c.isdigit() and (30 <= int(c) <= 49 or 90 <= int(c) <= 107)}
    assert not colours - {"39", "49"}  # only "default colour" resets


def test_numbered_pick_in_the_terminal(bot):
    screen = drive(bot, "what is a lumbar puncture\r1\r/quit\r")
    assert screen.count("Source:") == 2


def test_urgent_notice_stands_out_without_colour(bot):
    reply = bot.ask("my son is on chemo and has a temperature of 38.4")
    text = plain_text(reply)
    assert text.startswith("!" * 20)
    assert "URGENT:" in text.splitlines()[1]


@pytest.fixture
def site_answer(bot):
    """The first words of an intent's answer, as the chat shows them."""
    return lambda intent_id: " ".join(bot.content.intent(intent_id).answer.split()[:6])


@pytest.mark.parametrize(("env", "coloured"), [({}, True), ({"NO_COLOR": "1"}, False)])
def test_no_color_is_honoured(env, coloured):
    assert colour_enabled(env) is coloured
    rules = dict(chat_style(env).style_rules)
    assert ("urgent" in rules) is coloured


def test_an_urgent_and_a_soon_alert_show_as_one_framed_notice(bot):
    screen = drive(bot, "my son is on chemo and has a temperature of 38.4 and his gums are bleeding\r/quit\r")
    bar = "!" * 78
    assert screen.count(bar) == 2  # one notice, framed above and below
    notice = screen.split(bar)[1]
    assert notice.strip().startswith("URGENT: a temperature or shivers during treatment")
    assert "When you call, also mention:" in notice and "SEE A DOCTOR SOON" not in screen

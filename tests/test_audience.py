"""Where an answer differs for adults and children, what the person has told us picks the wording."""

from __future__ import annotations

import pytest


def test_an_adult_in_maintenance_asking_about_work_is_told_about_work_not_school(bot):
    chat = bot.conversation()
    chat.send("I'm 34 and in maintenance")
    reply = chat.send("can i go back to work")
    assert reply.intent == "school-and-work"
    assert reply.answer.startswith("Adults may go back to their jobs")
    assert "school" not in reply.answer.lower() and "child" not in reply.answer.lower()


def test_age_told_in_the_same_message_picks_the_adult_wording(bot):
    reply = bot.conversation().send("im 34 and on maintenance chemo, can i go back to work?")
    assert reply.intent == "school-and-work" and "school" not in reply.answer.lower()


def test_a_parent_of_a_young_child_is_told_about_school(bot):
    chat = bot.conversation()
    chat.send("my 7 year old is in maintenance")
    reply = chat.send("can she go back to school")
    assert reply.intent == "school-and-work"
    assert "school" in reply.answer and "jobs" not in reply.answer


def test_without_an_age_the_answer_covers_both(bot):
    reply = bot.conversation().send("can i go back to work")
    assert "school" in reply.answer and "jobs" in reply.answer


def test_a_grown_up_son_is_an_adult(bot):
    chat = bot.conversation()
    chat.send("my son is 25 and has ALL")
    reply = chat.send("is exercise ok during his treatment")
    assert reply.intent == "exercise" and "young children" not in reply.answer


@pytest.mark.parametrize(("cue", "present", "absent"), [("and for adults?", "jobs", "school"),
                                                        ("what about children?", "school", "jobs")])
def test_asking_for_the_other_audience_after_the_answer_gives_its_wording(bot, cue, present, absent):
    chat = bot.conversation()
    chat.send("can i keep working on chemo")
    reply = chat.send(cue)
    assert reply.intent == "school-and-work"
    assert present in reply.answer and absent not in reply.answer


def test_every_wording_is_a_full_answer_that_names_its_audience(bot):
    with_variants = [i for i in bot.content.intents if i.audience]
    assert {"school-and-work", "exercise", "support-groups"} <= {i.id for i in with_variants}
    for intent in with_variants:
        assert "child" not in intent.audience.get("adult", "").lower()

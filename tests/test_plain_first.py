"""Answers say the plain thing first: the yes or no, or the number, the question asks for."""

from __future__ import annotations

import re

import pytest


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


@pytest.mark.parametrize(("question", "intent", "opening"), [
    ("is ALL contagious?", "is-all-contagious", "you cannot catch ALL"),
    ("can my other kids catch leukaemia off their brother", "is-all-contagious", "cannot catch"),
    ("did i cause my sons leukemia", "not-your-fault", "Almost certainly not"),
    ("is all hereditary", "is-all-inherited", "Usually not"),
    ("can ALL be cured", "is-all-curable", "Yes"),
    ("how long does treatment take", "treatment-length", "years"),
    ("how long is induction", "induction", "four to six weeks"),
    ("how long does maintenance last", "maintenance", "two to three years"),
    ("do you have to stay in hospital for chemo", "where-treatment-happens", "hospital stay"),
])
def test_the_first_sentence_answers_the_question(bot, question, intent, opening):
    reply = bot.conversation().send(question)
    assert reply.intent == intent
    assert opening in first_sentence(reply.answer)


def test_the_remission_answer_says_it_is_not_the_same_as_a_cure(bot):
    reply = bot.conversation().send("is remission the same as being cured?")
    assert reply.intent == "remission"
    assert "not the same as a cure" in " ".join(reply.answer.split(". ")[:2])
    assert "five years" in reply.answer  # when Cleveland Clinic calls a child cured


def test_the_causes_answer_names_risk_factors(bot):
    reply = bot.conversation().send("what causes ALL")
    assert reply.intent == "causes-of-all"
    for factor in ("radiation", "Down syndrome", "viruses", "tobacco"):
        assert factor in reply.answer


def test_every_yes_or_no_title_is_answered_plainly_first(bot):
    """A topic titled as a yes/no question ("Is ALL contagious?") opens with the yes or no."""
    plain = re.compile(r"\b(?:yes|no|not|cannot|can't|usually)\b", re.IGNORECASE)
    vague = [i.id for i in bot.content.intents
             if i.kind == "info" and re.match(r"(?:is|can|did|does|do|will) ", i.title, re.IGNORECASE)
             and not plain.search(first_sentence(i.answer))]
    assert vague == []

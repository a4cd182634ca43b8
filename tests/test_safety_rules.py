"""The safety rules: every rule's own examples, the file checks, and the scan's mechanics
(temperatures, negation and time, guidance, wording, speed)."""

from __future__ import annotations

import ast
import copy
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.contacts import Contacts
from bot.normalise import basic
from bot.profile import Profile, ProfileReader
from bot.reply import level_rank
from bot.safety import SafetyDataError, SafetyScanner, check_safety_data
from bot.safety.temperature import ReadingFinder
from bot.safety.wording import fill, person_words
from bot.text.phrases import PhraseCompiler, PhraseError
from bot.text.tokens import Tokens

ROOT = Path(__file__).resolve().parent.parent
SAFETY: dict[str, Any] = yaml.safe_load((ROOT / "intents/safety.yaml").read_text())
CONTACTS: dict[str, Any] = yaml.safe_load((ROOT / "intents/contacts.yaml").read_text())
PROFILE: dict[str, Any] = yaml.safe_load((ROOT / "intents/profile.yaml").read_text())
SECTIONS = [s["id"] for s in yaml.safe_load((ROOT / "intents/sources.yaml").read_text())["sections"]]
GROUPS = {r["id"]: r.get("group", r["id"]) for r in SAFETY["rules"]}
LEVEL_OF = {r["id"]: r["level"] for r in SAFETY["rules"]}


@pytest.fixture(scope="module")
def scanner() -> SafetyScanner:
    return SafetyScanner.from_data(SAFETY, Contacts.from_data(CONTACTS, "UK"))


@pytest.fixture(scope="module")
def reader() -> ProfileReader:
    return ProfileReader.from_data(PROFILE)


def scan(scanner: SafetyScanner, reader: ProfileReader, *turns: str, profile: Profile | None = None):
    profile = profile or Profile()
    alerts: list[Any] = []
    for text in turns:
        profile = reader.update(profile, basic(text), "")
        alerts = scanner.scan(basic(text), "", profile)
    return alerts


def urgency(alerts) -> str:
    return max((a.level for a in alerts if not a.guidance), key=level_rank, default="none")


# ----------------------------------------------------------------------------- the rules' own examples


def _examples(field: str) -> list[Any]:
    cases = []
    for rule in SAFETY["rules"]:
        for example in rule.get(field, []):
            example = example if isinstance(example, dict) else {"text": example}
            cases.append(pytest.param(rule["id"], example, id=f"{rule['id']}: {example['text'][:40]}"))
    return cases


@pytest.mark.parametrize(("rule_id", "example"), _examples("examples"))
def test_rule_raises_on_its_own_examples(scanner, reader, rule_id: str, example: dict[str, Any]) -> None:
    alerts = scan(scanner, reader, example["text"], profile=Profile(**example.get("profile", {})))
    wanted_guidance = bool(example.get("guidance"))
    # Within a group only the highest alert is shown: a higher one of the same group also counts.
    hits = [a for a in alerts if (a.id == rule_id or (GROUPS[a.id] == GROUPS[rule_id]
                                                      and level_rank(a.level) >= level_rank(LEVEL_OF[rule_id])))
            and a.guidance == wanted_guidance]
    assert hits, f"{rule_id} not raised{' as guidance' if wanted_guidance else ''}: {alerts}"


@pytest.mark.parametrize(("rule_id", "example"), _examples("negative"))
def test_rule_stays_quiet_on_its_negative_examples(scanner, reader, rule_id: str, example: dict[str, Any]) -> None:
    alerts = scan(scanner, reader, example["text"], profile=Profile(**example.get("profile", {})))
    assert not [a for a in alerts if a.id == rule_id and not a.guidance], alerts


def test_every_rule_has_examples_both_ways() -> None:
    for rule in SAFETY["rules"]:
        assert rule.get("examples") and rule.get("negative"), rule["id"]


# ----------------------------------------------------------------------------- the file checks


def test_rules_file_is_valid_and_cites_known_sections() -> None:
    assert check_safety_data(SAFETY, "intents/safety.yaml", SECTIONS) == []


def _broken(change) -> list[Any]:
    data = copy.deepcopy(SAFETY)
    change(data)
    return check_safety_data(data, "safety.yaml", SECTIONS)


def _rule(data: dict[str, Any], rule_id: str = "seizure") -> dict[str, Any]:
    return next(r for r in data["rules"] if r["id"] == rule_id)


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda d: _rule(d).update(level="critical"), "level", "unknown level"),
    (lambda d: _rule(d).pop("message"), "message", "missing message"),
    (lambda d: _rule(d)["match"]["phrases"].append("re: (unclosed"), "match.phrases", "bad regex"),
    (lambda d: _rule(d).update(colour="red"), "colour", "unknown key"),
    (lambda d: _rule(d)["match"].update(patterns=["x"]), "match.patterns", "unknown key"),
    (lambda d: _rule(d)["match"]["phrases"].append("{no_such_list} fit"), "match.phrases", "unknown vocab"),
    (lambda d: _rule(d).update(source=["not-a-section"]), "source", "unknown section"),
    (lambda d: _rule(d).update(message="Call {ambulance} now."), "message", "unknown placeholder"),
    (lambda d: _rule(d).update(examples=[]), "examples", "non-empty"),
    (lambda d: _rule(d)["match"]["phrases"].append("(fit|seizure"), "match.phrases", "unclosed"),
    (lambda d: _rule(d).update(when={"status": ["sometimes"]}), "when.status", "non-empty list"),
    (lambda d: _rule(d, "fever-in-treatment")["match"]["temperature"].update(min_c=98.6),
     "match.temperature.min_c", "Celsius"),
])
def test_check_names_file_rule_and_field(change, field: str, words: str) -> None:
    problems = _broken(change)
    assert problems, "the broken file passed"
    assert all(p.file == "safety.yaml" for p in problems)
    mine = [p for p in problems if p.field == field]
    assert mine and words in mine[0].message, problems
    assert mine[0].item in {"seizure", "fever-in-treatment"}


def test_check_catches_duplicate_ids_and_unknown_top_level_keys() -> None:
    problems = _broken(lambda d: (d["rules"].append(copy.deepcopy(d["rules"][0])), d.update(extra=1)))
    assert {(p.item, p.field) for p in problems} >= {(SAFETY["rules"][0]["id"], "id"), ("-", "extra")}


def test_check_catches_shorthand_that_is_not_one_word_for_one_word() -> None:
    problems = _broken(lambda d: d["shorthand"].update({"asap": "as soon as possible"}))
    assert [p.field for p in problems] == ["shorthand"] and "one word" in problems[0].message
    # two typed words may read as one or two, never three typed words
    assert _broken(lambda d: d["shorthand"].update({"shell no": "she wont"})) == []
    problems = _broken(lambda d: d["shorthand"].update({"she will no": "she wont"}))
    assert [p.field for p in problems] == ["shorthand"]


@pytest.mark.parametrize(("text", "level"), [
    ("my son is on chemo n hes v hot", "urgent"),
    ("shes on chemo and cnt breathe", "emergency"),
    ("on chemo, her lips r going blue", "emergency"),
    ("hes havin chemo and hes breathin really fast", "urgent"),  # dropped g's
    ("shes on chemo and shes strugglin to breathe", "emergency"),
    ("im on chemo and im feelin like im gonna pass out", "urgent"),
    ("hes on chemo and hes shakin and shiverin", "urgent"),
])
def test_text_speak_is_read_as_the_word_it_stands_for(scanner, reader, text: str, level: str) -> None:
    assert urgency(scan(scanner, reader, text)) == level


def test_loading_bad_rules_raises_value_error_with_problems() -> None:
    data = copy.deepcopy(SAFETY)
    _rule(data)["level"] = "critical"
    with pytest.raises(ValueError) as caught:
        SafetyScanner.from_data(data, Contacts.from_data(CONTACTS))
    assert isinstance(caught.value, SafetyDataError) and caught.value.problems[0].item == "seizure"


def test_phrase_language() -> None:
    compiler = PhraseCompiler({"bleed": ["bleed*", "nose bleed"]})

    def hits(phrase: str, text: str) -> bool:
        import re
        return bool(re.search(compiler.compile(phrase), Tokens.from_basic(basic(text)).text))

    assert hits("{bleed} ... (won't|wont) stop", "his nose bled, it won't stop")
    assert not hits("{bleed} ... (won't|wont) stop", "his nose bled. it won't stop")  # gaps stay in a sentence
    assert hits("kill myself", "killing myself") and not hits("=kill me", "killing me")
    assert hits("(a|an)? fever", "fever") and hits("(a|an)? fever", "an fever")
    assert hits("temp of #", "temp of 38.4") and not hits("temp of #", "temp of normal")
    assert not hits("{bleed} ... stop", "bleeding one two three four five six seven stop")
    for bad in ("", "(a|b", "{nothing}", "... fever", "(|)", "re: [x"):
        with pytest.raises(PhraseError):
            compiler.compile(bad)


# ----------------------------------------------------------------------------- temperatures


READER = ReadingFinder.from_data(SAFETY["readings"], PhraseCompiler(SAFETY["vocab"]))


@pytest.mark.parametrize(("text", "celsius"), [
    ("38.4", 38.4), ("101.2F", 38.44), ("101.2 f", 38.44), ("39 degrees", 39.0), ("temp of 100.5", 38.06),
    ("38,4", 38.4), ("39.2°C", 39.2), ("102 fahrenheit", 38.89), ("temp 38", 38.0), ("38 point 5", 38.5),
    ("thermometer says 37.6", 37.6), ("her temperature is 99.5", 37.5), ("temp was 36.8", 36.8),
])
def test_reads_temperatures_in_c_and_f(text: str, celsius: float) -> None:
    readings = READER.find(Tokens.from_basic(basic(text)))
    assert [round(r.celsius, 2) for r in readings] == [celsius]


@pytest.mark.parametrize("text", [
    "platelets 100", "she is 39 weeks pregnant", "my 38 year old husband", "I'm 38 and newly diagnosed",
    "hb 95 today", "he drank 100 ml", "day 38 of induction", "neuts 0.5", "weight 38.5 kg", "at 10.30 pm",
    "her platelet count is 100 today", "the room is 38 degrees celsius hot", "1,000 people",
])
def test_other_numbers_are_not_temperatures(text: str) -> None:
    readings = READER.find(Tokens.from_basic(basic(text)))
    assert all(r.celsius > 37.9 for r in readings) if "room" in text else readings == []


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm on chemo and my temp is 37.5", "urgent"),       # the threshold itself counts
    ("I'm on chemo and my temp is 99.5f", "urgent"),
    ("I'm on chemo and my temp is 37.4", "none"),
    ("I'm on chemo and my temp is 99.3", "none"),
    ("on chemo, she has a temperature of 37.1", "none"),  # a low reading quiets "has a temperature"
    ("on chemo, she has a temperature, it's 38.2", "urgent"),
])
def test_threshold_is_37_5_c_or_99_5_f(scanner, reader, text: str, expected: str) -> None:
    assert urgency(scan(scanner, reader, text)) == expected


# ----------------------------------------------------------------------------- negation, time, guidance


@pytest.mark.parametrize("text", [
    "my son is on chemo. no fever", "she's on chemo and she hasn't had a temperature",
    "her temperature is normal now, she's in maintenance", "on chemo, the fever went away last week",
    "she's on chemo, temp was 36.8", "he's in induction, he doesn't seem to have any fever",
    "on chemo, had a fever when he was diagnosed last year", "I don't think I have a fever, I'm on chemo",
])
def test_negated_or_past_fever_raises_nothing(scanner, reader, text: str) -> None:
    assert urgency(scan(scanner, reader, text)) == "none"


@pytest.mark.parametrize(("text", "expected"), [
    ("no fever but she's bleeding and it won't stop", "urgent"),
    ("not sure if she has a fever, she's on chemo", "urgent"),
    ("on chemo, he had a fever this morning but it's gone now", "urgent"),      # recent: still call
    ("on chemo, her fever came down after calpol", "urgent"),                   # masked by medicine
    ("she isn't well, high temperature, on chemo", "urgent"),                   # "isn't" does not reach
    ("no headache but he had a seizure, it stopped after a minute", "emergency"),  # emergencies don't resolve
])
def test_when_unsure_it_errs_on_the_side_of_safety(scanner, reader, text: str, expected: str) -> None:
    assert urgency(scan(scanner, reader, text)) == expected


@pytest.mark.parametrize(("text", "rule_id"), [
    ("what should I do if I get a fever during chemo?", "fever-in-treatment"),
    ("when should I call the hospital?", "when-to-call"),
    ("why is a fever dangerous during chemo?", "fever-in-treatment"),
    ("can ALL treatment cause severe headaches?", "severe-headache"),
])
def test_questions_get_guidance_not_an_alarm(scanner, reader, text: str, rule_id: str) -> None:
    alerts = scan(scanner, reader, text)
    assert urgency(alerts) == "none"
    assert [a for a in alerts if a.id == rule_id and a.guidance], alerts


def test_crisis_alerts_even_as_a_question_and_gives_both_numbers(scanner, reader) -> None:
    for text in ("I want to end my life", "is it normal to feel suicidal on chemo?"):
        alerts = scan(scanner, reader, text)
        crisis = [a for a in alerts if a.id == "crisis"]
        assert crisis and not crisis[0].guidance and crisis[0].level == "emergency"
        assert "999" in crisis[0].message and "116 123" in crisis[0].message


@pytest.mark.parametrize("rule", SAFETY["rules"], ids=lambda rule: rule["id"])
def test_messages_read_right_to_the_patient_themselves(rule: dict[str, Any]) -> None:
    """Filled in for a patient ("you"), no message may ask them to look after themselves as if
    someone else were there ("Stay with you", "Keep you safe"), speak to them as if they could
    not be reading it ("if you cannot be woken"), or break the grammar ("if you collapses")."""
    person = person_words(caregiver=False, subject=None)
    contacts = Contacts.from_data(CONTACTS, "UK").placeholders()
    for field in ("message", "message_unknown", "guidance"):
        if rule.get(field):
            text = fill(rule[field], contacts, person)
            assert not re.search(r"\b(stay with|keep|watch|look after|hold|sit with|roll|turn) you\b"
                                 r"|\byou (cannot be woken|are not breathing|are unconscious|have collapsed)\b"
                                 r"|\byou (is|has|was|does|collapses|stops)\b",
                                 text, re.I), text


def test_a_patient_who_cannot_breathe_or_had_a_fit_gets_sense(scanner, reader) -> None:
    for text in ("I cant breathe", "I had a fit"):
        [alert] = [a for a in scan(scanner, reader, text) if a.level == "emergency"]
        assert "999" in alert.message and not re.search(r"\b(stay with|keep) you\b", alert.message, re.I), alert.message


def test_a_parent_in_crisis_is_not_told_it_is_about_their_child(scanner, reader) -> None:
    """A caregiver's own despair is as urgent as the child's, and the message must fit both."""
    for turns in (("my 4 year old was just diagnosed with ALL", "I can't cope anymore, I want to end it all"),
                  ("my son is in induction", "he keeps saying he wants to die")):
        alerts = scan(scanner, reader, *turns)
        crisis = [a for a in alerts if a.id == "crisis"]
        assert crisis and crisis[0].level == "emergency" and not crisis[0].guidance
        assert "your child" not in crisis[0].message and "your son" not in crisis[0].message
        assert "if you or anyone else might act on these thoughts" in crisis[0].message


def test_context_carries_over_and_the_caregiver_is_addressed(scanner, reader) -> None:
    alerts = scan(scanner, reader, "my daughter is in maintenance", "how long does it last?",
                  "she feels hot and shivery")
    assert urgency(alerts) == "urgent"
    assert "your daughter" in alerts[0].message and "treatment team" in alerts[0].message
    alerts = scan(scanner, reader, "I'm on chemo and I'm burning up")
    assert "you have" in alerts[0].message


def test_unknown_treatment_status_still_urgent_with_covering_words(scanner, reader) -> None:
    alerts = scan(scanner, reader, "my son has a fever of 39")
    assert urgency(alerts) == "urgent"
    assert alerts[0].message.startswith("If your son is having treatment for ALL")


def test_undiagnosed_fever_with_symptoms_is_soon(scanner, reader) -> None:
    alerts = scan(scanner, reader, "I'm worried my daughter might have leukaemia: fevers, bruises and she's pale")
    assert urgency(alerts) == "soon"


def test_highest_first_and_one_alert_per_group(scanner, reader) -> None:
    alerts = scan(scanner, reader, "he's on chemo with a temp of 39 and blood is pouring from his nose, it won't stop")
    assert [a.level for a in alerts] == sorted((a.level for a in alerts), key=level_rank, reverse=True)
    assert alerts[0].id == "heavy-bleeding" and "bleeding-wont-stop" not in {a.id for a in alerts}
    assert "fever-in-treatment" in {a.id for a in alerts}


# ----------------------------------------------------------------------------- wording and contacts


@pytest.mark.parametrize("locale", ["default", "UK", "US", "EU"])
def test_messages_are_final_text_and_start_with_the_action(reader, locale: str) -> None:
    contacts = Contacts.from_data(CONTACTS, locale)
    scanner = SafetyScanner.from_data(SAFETY, contacts)
    for rule in SAFETY["rules"]:
        for example in rule["examples"]:
            example = example if isinstance(example, dict) else {"text": example}
            for alert in scan(scanner, reader, example["text"], profile=Profile(**example.get("profile", {}))):
                assert "{" not in alert.message and "}" not in alert.message, alert
                if alert.guidance:
                    continue
                first = alert.message.split(".")[0]
                assert first.startswith(("Call ", "Please ", "If ")), alert.message
                if alert.level == "emergency":
                    assert contacts.emergency_number in alert.message
                if alert.level == "urgent":
                    assert contacts.treatment_line in alert.message
    default = SafetyScanner.from_data(SAFETY, Contacts.from_data(CONTACTS))
    assert "your local emergency number" in scan(default, reader, "she's had a seizure")[0].message


# ----------------------------------------------------------------------------- speed and independence


@pytest.mark.parametrize("text", [
    "a " * 50_000,
    "bleeding " * 11_000,
    "my son " * 14_000 + "has a temperature of 38.4",
    "if " * 30_000 + "fever",
    ("no " * 5 + "fever, ") * 7_000,
    "1" * 100_000,
])
def test_long_or_hostile_messages_scan_in_reasonable_time(scanner, text: str) -> None:
    start = time.perf_counter()
    alerts = scanner.scan(basic(text[:100_000]), "", Profile(in_treatment=True))
    assert time.perf_counter() - start < 3.0
    if text.endswith("38.4"):
        assert urgency(alerts) == "urgent"


def test_safety_never_imports_the_matcher_or_intents() -> None:
    for path in (ROOT / "bot" / "safety").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("bot.matcher", "bot.dialogue", "bot.engine", "bot.content.loader"))
    code = "import bot.safety, sys; print(sorted(m for m in sys.modules if m.startswith('bot.')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "bot.matcher" not in loaded.stdout and "bot.dialogue" not in loaded.stdout


def test_no_ten_words_copied_from_the_sources() -> None:
    sources = ROOT.parent / "shared" / "sources"
    tool = ROOT.parent / "shared" / "tools" / "copied_words.py"
    if not sources.is_dir() or not tool.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"shared sources missing at {sources}")
        pytest.skip("../shared is not present in this checkout")
    mine = [ROOT / "intents" / f for f in ("safety.yaml", "profile.yaml", "contacts.yaml")] + [ROOT / "docs/safety.md"]
    out = subprocess.run([sys.executable, str(tool), "--min", "10", str(sources), *map(str, mine)],
                         capture_output=True, text=True, check=True).stdout
    assert out == "", out


# Pass 57 (rounds ZZZ to ZZZC), read by the rules alone: how bad a pain is, told by what the person
# does; signs after treatment has ended, two together; a bleed and "won't stop" with no subject, or
# with "blood" (which "bloods", a test, had hidden by sharing its stem); how few wet nappies; "seems
# muddled"; a story closed later in its own sentence; "having had"; "weeks back"; a thing named
# after a reading; "ill" as the adjective; a denied thought described; a bruise whose cause is told;
# what to expect, asked; "anti-" before a sign; a check told and its readings after; keeping warm.
@pytest.mark.parametrize("turns, level", [
    (("she's on chemo, fell off the trampoline and her ankle is huge, she's sobbing with the pain",), "urgent"),
    (("he's in consolidation and his tummy hurts really badly tonight",), "urgent"),
    (("my daughter's on treatment. her side aches and she's curled up whimpering on the floor",), "urgent"),
    (("I finished treatment for ALL three years ago. Lately I'm exhausted all the time and I've had one chest "
      "infection after another",), "soon"),
    (("in remission since 2023, now there's a lump in my groin and I've been losing weight",), "soon"),
    (("she's on chemo, blood from her gums and it won't stop",), "urgent"),
    (("nosebleed on chemo, pinched it for ages, won't stop, filled two bowls",), "emergency"),
    (("my baby is on treatment for infant leukaemia", "she's had 2 wet nappies in the whole day"),
     "urgent"),
    (("my husband has ALL and is on chemo", "he seems muddled this evening, keeps calling the cat by my name"),
     "urgent"),
    (("on chemo, my gums have been bleeding since lunchtime, I've pressed with gauze, just won't stop",), "urgent"),
    (("He had a temperature of 38.9 at half term, we went in, and he has stayed normal ever since. Can he go back "
      "to football?",), "none"),
    (("can having had a seizure affect which chemo he gets?",), "none"),
    (("is 39 degrees ok for the paddling pool? she's on maintenance",), "none"),
    (("it was 41 degrees inside! are his chemo tablets ok in the glovebox?",), "none"),
    (("is it normal to get a fever on chemo without feeling ill?",), "none"),
    (("I don't have any dark thoughts about ending my life, I'm just worn down. Is there a carers' group?",), "none"),
    (("a big bruise on his shin, he remembers bumping it on the table at school. otherwise well",), "none"),
    (("he had a bad headache after his LP a couple of weeks back, it went after a day. will it happen every time?",),
     "none"),
    (("she's on chemo. should we expect a fever after each platelet transfusion?",), "none"),
    (("he's off the anti-seizure medicine now, what side effects can linger?",), "none"),
    (("checked her temperature because she seemed warm after the bus. 36.7 and 36.9. she's on chemo",), "none"),
    (("she's on chemo and bald, how do we keep her head warm in winter?",), "none"),
    (("the thermometer read 40 but it had been left by the heater, second go was 36.7. he's on chemo",), "none"),
    (("he's on treatment and his side aches, he's curled up sobbing on the sofa",), "urgent"),
])
def test_rules_read_the_classes_pass_57_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 58 (rounds ZZZD and ZZZE), read by the rules alone: affairs seen to (debts cleared, a pet's
# new home) with a way to end told; a goodnight to all and thanks for trying with a pet given; what
# swallowing it all would do, asked, with a supply kept at hand; "won't eat or even drink"; a risk
# named as a subject; a condition said by inversion; what a word means asked before a number; a
# sign seen to by the hospital and sent home; and the guards beside them.
@pytest.mark.parametrize("turns, level", [
    (("I've sorted for my rabbits to live with my niece and cleared all my debts. Going to finish this my own way on "
      "Friday",), "emergency"),
    (("night all, thanks for trying with me. the cats are yours now",), "emergency"),
    (("what would happen if a person swallowed all their steroids in one go? just wondering. I've got a few weeks' "
      "supply stashed in my room",), "emergency"),
    (("his mouth is full of sores and he won't eat or even drink today, he's on chemo",), "urgent"),
    (("Is there counselling for parents? I saw that suicide risk is higher in carers, what should we watch for?",),
     "none"),
    (("were she to have a seizure during treatment, would they stop the chemo?",), "none"),
    (("Is a raised temperature the same as a fever? and is 37.8 high?",), "none"),
    (("he had a fever of 38.6 on monday, was admitted for antibiotics and came home this morning. he's playing lego",),
     "none"),
    (("she had a temp of 38.3 so we went in, they sent us home but she's still hot, she's on chemo",), "urgent"),
    (("we keep a couple of months' worth of his tablets at home, where should they be stored?",), "none"),
    # caught only by the learned net on their rounds' first runs, and lost in pass 58's retrain
    (("yes I'm done with chemo, two years now, and the ache in my legs has come back",), "soon"),
    (("I keep standing at the edge of the platform when the express train comes through",), "emergency"),
    (("my funeral songs are all chosen, I just need the dying part sorted",), "emergency"),
    (("all smiles at clinic today, but I don't think I'll still be here by summer. been figuring out how to make it "
      "look like an accident so the insurance pays out",), "emergency"),
    (("forget what I said about ending it, I was only half joking. still think about it every night",), "emergency"),
])
def test_rules_read_the_classes_pass_58_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 59 (rounds ZZZF and ZZZG), read by the rules alone: going out of a window said of oneself; a
# death wished for in sleep so others can move on; a farewell message to the family and a phone
# turned off; drinks not kept down; a line's place told before its state; a period soaking through;
# years out from ALL as treatment over; and the guards: "nobody has" after a what-if, a role met in
# a what-if, a line cutting out, a person kept warm, a change asked about ahead, a story closed
# "for months", food that stays pale, a time dated by a stage of life.
@pytest.mark.parametrize("turns, level", [
    (("can't take another day on this ward. tonight I'm jumping out of the window by the lifts",), "emergency"),
    (("some nights I wish my body would just give up in my sleep so my kids can move on with their lives",),
     "emergency"),
    (("my brother posted in the family chat telling us he loves us all and then switched off his phone",),
     "emergency"),
    (("he's on chemo and hasn't kept a drink down since lunch yesterday",), "urgent"),
    (("she's having treatment and the picc site on her arm looks red",), "urgent"),
    (("I'm on chemo", "my period has been soaking straight through my jeans today"), "urgent"),
    (("I'm 8 years out from ALL now and I've got lumps in my neck and no energy at all",), "soon"),
    (("if one of my students said they wanted to end their life, what would I do? none of them has",), "none"),
    (("if someone ever told me they felt suicidal what should I say? nobody has, I just want to be ready",),
     "none"),
    (("the video call with the ward keeps cutting out, can we phone instead?",), "none"),
    (("he's on chemo, how do we keep our little boy warm at night without overheating him?",), "none"),
    (("could her platelets get low enough on chemo that her gums bleed? just planning ahead",), "none"),
    (("we had a bleeding gums scare on treatment, it was the toothbrush, been fine for months",), "none"),
    (("the toast still looks pale after five minutes, is the grill broken?",), "none"),
    (("my gums bled loads on treatment, that was my early twenties. any lasting effects?",), "none"),
    # a goodbye with a shrug, and people told as having failed one
    (("bye then i suppose, you were kinder to me than any real people this year",), "emergency"),
    (("you explained it better than most people, thanks. bye",), "none"),
])
def test_rules_read_the_classes_pass_59_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 60 (rounds ZZZH and ZZZI), read by the rules alone: to sleep and never be oneself again; a
# death by accident wished for, and cheaper for everyone; love to all and someone left to the
# others' care, then voicemail; how much of something stops a heart, insisted on; a note for whoever
# finds it; and the guards: a colour said to be something red, a fright called a heart attack, a
# fit of coughing, a first-person muddle, weary "tired of", a question after a filler, a dog by its
# breed, shivering in coats from the cold.
@pytest.mark.parametrize("turns, level", [
    (("I'd really like to fall asleep and never have to be me again",), "emergency"),
    (("if a lorry took me out on the way home i'd be relieved, cheaper for everyone",), "emergency"),
    (("my son texted the family 'love you all, sorry, look after dad' and his phone goes straight to voicemail",),
     "emergency"),
    (("asked the pharmacist how much insulin it takes to stop a heart. I'm not joking, I want to know",), "emergency"),
    (("left a note on the fridge for whoever finds it",), "emergency"),
    (("the red on the sheet was nail varnish, gave me a heart attack",), "none"),
    (("she had a coughing fit at clinic, is it normal to get them again?",), "none"),
    (("i always get muddled about which number to ring",), "none"),
    (("he is on chemo and he always gets muddled now",), "urgent"),
    (("so tired of the hospital car park, anyway what is maintenance?",), "none"),
    (("like why is a temperature such a big deal during chemo?",), "none"),
    (("our spaniel has a temperature of 39.9, is it safe for my son on chemo to stroke him?",), "none"),
    (("he's on chemo and had a shivering fit after the line was flushed, he's shaking now",), "urgent"),
])
def test_rules_read_the_classes_pass_60_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 61 (rounds ZZZJ and ZZZK), read by the rules alone: one's ashes and a death meant that is not
# the illness's; treated for ALL when little, and sore back and legs; a baby's breathing by its
# effort; the year asked; one calf far bigger than the other; and the guards: a head knock on a past
# holiday, bread and wifi that collapse, a worry asked of anyone, a line out on a planned date.
@pytest.mark.parametrize("turns, level", [
    (("told my sister where I'd like my ashes scattered. she thinks I mean if the leukaemia comes back. I don't",),
     "emergency"),
    (("she was treated for leukaemia as a toddler, finished years ago. now she has sore legs and back and looks pale",),
     "soon"),
    (("my baby's on induction and his nostrils are flaring, he's grunting with every breath",), "emergency"),
    (("he's on chemo and just asked me what year it is, he was fine this morning",), "urgent"),
    (("she's on treatment and her right calf is massive compared to the left one and it's red",), "urgent"),
    (("grandad fell and hit his head over the last bank holiday, scan was clear and he's fine now",), "none"),
    (("my bread maker keeps making loaves that collapse, any tips?",), "none"),
    (("the ward wifi keeps collapsing, can I download films?",), "none"),
    (("what do you say to a teen with leukaemia if you're worried they might be thinking about suicide?",), "none"),
    (("his portacath is coming out next month, does it hurt?",), "none"),
])
def test_rules_read_the_classes_pass_61_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 62 (rounds ZZZL and ZZZM), read by the rules alone: going up to a height with "that's the plan";
# a day chosen and the way known; a pet going to someone with "i'm done"; a plan not to be around;
# and the guards: a fear of bleeding denied, a tablet that collapses, a heavy period "when she was on
# maintenance", someone imagined feeling suicidal in a question, "we plan to not be around".
@pytest.mark.parametrize("turns, level", [
    (("once my scan is done tomorrow i'm heading up to the top floor of the car park by the ward. that's the plan",),
     "emergency"),
    (("told everyone I'm fine. I've chosen a day and I know how",), "emergency"),
    (("i'm done. the cat's going to my mum now",), "emergency"),
    (("my plan's to not be around by next week",), "emergency"),
    (("low platelets doesn't mean you're about to bleed out, right? my mum keeps panicking",), "none"),
    (("my tablet just collapsed mid-episode, the ward wifi is terrible",), "none"),
    (("when she was on maintenance she had a really heavy period once, now she's off treatment and they're normal",),
     "none"),
    (("if someone on chemo is feeling suicidal, where can they get help? it's for a school leaflet",), "none"),
    (("we plan to not be around on saturday, we're visiting family",), "none"),
])
def test_rules_read_the_classes_pass_62_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 63 (rounds ZZZN and ZZZO), read by the rules alone: what a means would do, asked of someone,
# with a low week; driving off an edge said of oneself; and the guards: a chest sore from laughing,
# chest pain "at the start of the year", driving off to the coast.
@pytest.mark.parametrize("turns, level", [
    (("my son asked me whether swallowing all his steroids would kill him. he's been so down all week",),
     "emergency"),
    (("if the results are bad i'm driving off the cliff road, not even joking",), "emergency"),
    (("no chest pain, my chest is just sore from laughing at the film",), "none"),
    (("he had chest pain with a chest infection at the start of the year, antibiotics sorted it",), "none"),
    (("i'm driving off to the coast for the weekend, any tips for travel on chemo?",), "none"),
    # found by ZZZP and ZZZQ on pass 63's state: a fit told by where it happens, an attack's words
    (("my daughter is fitting on the sofa, she's on chemo",), "emergency"),
    (("asthma attack, can hardly get words out and the inhaler isn't doing anything",), "emergency"),
    (("the carpet fitting in the bedroom went well",), "none"),
])
def test_rules_read_the_classes_pass_63_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 64 (classes left from stop 28's rounds), read by the rules alone: a sign "I had at diagnosis"
# that is back now (a time in a relative clause dates the first time, not this one); signing off
# "for good" with a thank-you; rope bought and someone asking what it was for; an exhaust hose; lying
# on the tracks; an animal's claw on a person's leg; and the guards: a sign had at diagnosis and the
# child "back at school", logging off one site for good, an animal's own paw, a cat's scratch.
@pytest.mark.parametrize("turns, level", [
    (("she finished treatment last year", "the bone pain she had when she was first diagnosed has come back"), "soon"),
    (("he finished chemo in june. the lump in his neck that he had when he was first diagnosed is back",), "soon"),
    (("thanks for everything. logging off for good",), "emergency"),
    (("picked up some rope at the hardware shop. my wife asked if it was for something bad. it isn't.",), "emergency"),
    (("i've run a hose from the exhaust into the car",), "emergency"),
    (("going to lie down on the tracks",), "emergency"),
    (("our dog's claw caught his leg and now it's pumping blood",), "emergency"),
    (("she finished treatment. she had bone pain when she was first diagnosed but she's back at school now",), "none"),
    (("logging off for good from facebook, too much negativity. thanks for everything you've explained",), "none"),
    (("our dog caught his paw on the fence, blood everywhere",), "none"),
    (("the cat scratched his leg yesterday, it's fine now",), "none"),
])
def test_rules_read_the_classes_pass_64_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 65 (rounds ZZZR and ZZZS), read by the rules alone: a reading after a child's age ("my 2 yo is
# running 39.2": the age names the child); gums or a socket that won't stop oozing or seeping; and
# the guards: a fear of an act named by its -ing form, even with "still"; "it was gone by" as
# resolved; a memory called up with "remember the ...?".
@pytest.mark.parametrize("turns, level", [
    (("she's on chemo and my 2 yo is running 39.2",), "urgent"),
    (("he's on chemo, his gum where the tooth came out won't stop seeping",), "urgent"),
    (("she's on maintenance and her 4 year old is 38.9",), "urgent"),
    (("my 38 year old brother is on chemo, he's fine",), "none"),
    (("she's in remission now but she still gets scared of fainting at school",), "none"),
    (("he had a headache after the lumbar puncture on friday, it was gone by saturday",), "none"),
    (("remember when he had that fit on holiday? he's doing so well now",), "none"),
])
def test_rules_read_the_classes_pass_65_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 66 (rounds ZZZT and ZZZU), read by the rules alone: "after" ending a sentence for after a
# death, with a plan said to be ready; "when I'm gone" with what follows then; "love you always" and
# a phone off; a speaker who has what a service is for; and the guards: a head knock dated by its
# "while" clause, a sign word naming a hospital routine ("fever admissions"), a team's screening asked
# about, "gone to school", a phone off on the ward.
@pytest.mark.parametrize("turns, level", [
    (("my husband asked me who gets his tools after. he says not to worry, he's got a plan sorted",), "emergency"),
    (("she keeps saying that when she's gone we'll have more money for the others. she asked me to keep her "
      "diaries after.",), "emergency"),
    (("my daughter texted love you always and now her phone is off. she's 16 and on chemo",), "emergency"),
    (("do they check for suicidal thoughts? because i've been having them",), "emergency"),
    (("she banged her head while her platelets were low last year",), "none"),
    (("is there a fever protocol for kids on chemo at our local A&E?",), "none"),
    (("does the ward screen teenagers for depression or suicidal thoughts during chemo?",), "none"),
    (("when i'm gone on holiday who will feed my cat",), "none"),
    (("my phone is off most of the day on the ward, thanks for everything you've explained",), "none"),
    # and probes of our own in the same classes: pain shown, not named; a mouth too sore to swallow
    # told by what has not gone down; a racing heart with a colour; winded by a little effort; a
    # thing's own thermometer; laughter
    (("my son is on chemo", "he keeps holding his tummy and screaming, it's hard as a rock"), "urgent"),
    (("she is on chemo", "her mouth is so sore she hasn't swallowed anything since yesterday"), "urgent"),
    (("he's on chemo", "his heart is going like the clappers and he's grey"), "urgent"),
    (("he's on chemo", "he's been coughing up green stuff and he's puffed out walking upstairs"), "urgent"),
    (("she's on chemo", "her wee has gone the colour of strong tea and there's hardly any"), "urgent"),
    (("he's on chemo. ours reads 37.8 on the duck thermometer",), "none"),
    (("holding my sides crying with laughter at the panto, chemo day 3 lol",), "none"),
    (("my heart was pounding and i went pale when i saw the bill lol, he's on chemo",), "none"),
])
def test_rules_read_the_classes_pass_66_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 67 (rounds ZZZV and ZZZW), read by the rules alone. Means and a plan are two kinds of sign,
# as are papers put in order and belongings given away: "bought rope" with "chosen the night", a will
# and accounts closed with the dog going to a neighbour. Relayed plans ("has a plan for both of us",
# "won't say more"); appointments given up with thanks sent "from me"; a death made to look like
# the illness, with "when I'm gone" inside a clause whose subject is "nobody". And the guards: "zero
# fever"; notes of a night dated last month, fine since; "it's 104F" after where the family is;
# numbers offered as choices after a question of what counts; a party date picked; thanks after
# treatment finished.
@pytest.mark.parametrize("turns, level", [
    (("calling on behalf of a caller: his wife is on chemo, he says he's bought rope and has chosen the night",),
     "emergency"),
    (("made my will, closed my bank accounts and the dog is going to my neighbour. tying up loose ends before i go",),
     "emergency"),
    (("volunteer here, caller says she has a plan for both of us if the results are bad, she won't say more",),
     "emergency"),
    (("please say thanks to the day unit team from me, I won't be needing my chemo slot on monday or any after",),
     "emergency"),
    (("can i make it look like the leukaemia got me so nobody blames themselves when im gone",), "emergency"),
    (("Dear team, my affairs are now in order and I have written to each of my sons. I shall not be attending "
      "further appointments.",), "emergency"),
    (("she's on chemo, zero fever all week, can we go to a party?",), "none"),
    (("we had a scary night last month: 38.5 on chemo, A&E, home after 48 hours. she's been totally fine since",),
     "none"),
    (("we're on holiday in Seville and it's 104F today, how do I keep him cool on chemo?",), "none"),
    (("what temperature counts as a fever when you're on chemo? 37.5 or 38?",), "none"),
    (("we picked the date for her birthday party, she won't say more about what she wants",), "none"),
    (("thanks to the nurses from me, we won't be needing the clinic any more, she finished treatment!",), "none"),
    (("nobody has had a fever since we got home",), "none"),
    (("my son's in remission and he has the same tiredness he had at diagnosis",), "soon"),
    (("he had the same rash before diagnosis, it went away",), "none"),
])
def test_rules_read_the_classes_pass_67_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 68 (rounds ZZZX and ZZZY), read by the rules alone: "finish his life"; a gun kept in a car or
# a house with sadness "since" something; an arm "double the size of the other one"; and the guards:
# a general "why" question about "my other children"; a risk asked about ("more likely to have
# suicidal thoughts?"); a negated list after "experienced any"; a month that dates a story ("that
# was March"), not a report told now; black poo put down to iron tablets.
@pytest.mark.parametrize("turns, level", [
    (("he said he'll finish his life",), "emergency"),
    (("my wife is very very sad since the diagnosis, there is a gun in the house",), "emergency"),
    (("she's on chemo", "her arm is double the size of the other one"), "urgent"),
    (("he's on chemo and can't keep anything down. that was march when it started, still now",), "urgent"),
    (("why does a fever matter so much on chemo when for my other children it's just calpol?",), "none"),
    (("Are teenagers on leukaemia treatment more likely to have suicidal thoughts? where can we find support?",),
     "none"),
    (("I have not experienced any fever, bleeding or unusual tiredness since my last appointment.",), "none"),
    (("he couldn't keep anything down for two days and ended up on a drip. that was march, he's eating loads now",),
     "none"),
    (("her poo went black, it's the iron tablets",), "none"),
    (("we keep a gun in the house for hunting, is that ok with a kid on chemo?",), "none"),
])
def test_rules_read_the_classes_pass_68_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 69 (the classes left over from rounds ZZZK to ZZZY), read by the rules alone: anyone but the
# speaker imagined "ever" saying it, in a question, is guidance (not "... again", not the speaker);
# how common it is in people at large, asked (not "... my son does"); care given up, what was owed
# paid back, accounts deleted, a calm that is new and a cover story, as crisis signs; a car running
# in a shut garage; not coming back, welcomed; one sign lasting after treatment, and what "after
# treatment" sounds like ("ALL survivor", "done in 2019", "finished CAR-T"); a story dated "for
# months before diagnosis".
@pytest.mark.parametrize("turns, level", [
    (("if our eldest ever started talking about ending it all, who would we ring?",), "none"),
    (("if she ever says she wants to die again what do i do?",), "emergency"),
    (("what if I ever wanted to kill myself, what would you say?",), "emergency"),
    (("is it common for parents of kids with leukaemia to have suicidal thoughts?",), "none"),
    (("how often do teenagers on chemo self harm? my daughter did last night",), "emergency"),
    (("cancelled all my appointments and deleted my instagram. nobody needs to worry now",), "emergency"),
    (("paid back everything i owed my brother. not scared any more.",), "emergency"),
    (("got some rope at the hardware shop, told my wife it was for the shed.",), "emergency"),
    (("the van's running in the garage with the door shut",), "emergency"),
    (("if i fell asleep in the car tonight and never woke up i'd be glad",), "emergency"),
    (("i'm an all survivor, treated as a kid, done in 2015. my glands have been up for 3 weeks",), "soon"),
    (("she finished immunotherapy a year ago and has had no appetite for about a month",), "soon"),
    (("he was the pale kid for months before diagnosis, in 2020. off treatment now and loves football",), "none"),
    (("we sold the car and cancelled the gym, money's tight with all the hospital trips",), "none"),
])
def test_rules_read_the_classes_pass_69_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 70 (rounds 07A and 07B), read by the rules alone: the past told in more ways ("the first
# month of chemo", "when I was like 9", an amount before "year ago" opening the sentence, base verbs
# after an opening time, "normal 3 days now", a panic "every time"); crisis lines and how to support
# anyone, asked for a resource; numbers offered as choices of what counts; a toy's thermometer; a
# question after a comma; "went blurry"; a plan made, and a calm about it. Guards keep a line's
# redness and a reading told with "now" live.
@pytest.mark.parametrize("turns, level", [
    (("the first week of chemo she couldn't keep anything down and needed a drip. all fine now",), "none"),
    (("i had a fit when i was maybe 7 from a fever, long before the leukaemia",), "none"),
    (("three year ago my daughter fall and hit the head when platelets low, the scan was ok",), "none"),
    (("last year my husband have blood in his poo from the chemo, they give medicine and it stop",), "none"),
    (("his temp hit 39 on friday, antibiotics in hospital, normal two days now",), "none"),
    (("I get anxious every time she feels a bit hot, is that normal?",), "none"),
    (("which helplines can families call when someone has suicidal thoughts? compiling a resource list for "
      "our ward",), "none"),
    (("how can I help someone who is feeling suicidal? what do you say?",), "none"),
    (("is it 37.5 or 38 that counts as a fever on chemo?",), "none"),
    (("my son's toy doctor kit thermometer says fever",), "none"),
    (("digital or ear thermometer, which is better for fevers",), "none"),
    (("on chemo and his eyesight went fuzzy this afternoon",), "urgent"),
    (("i've made a plan. i feel so calm about it",), "emergency"),
    (("two years ago he started chemo and now he has a temp of 38.5",), "urgent"),
    (("redness and pus around his picc line",), "urgent"),
])
def test_rules_read_the_classes_pass_70_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 71 (rounds 07C and 07D), read by the rules alone: a reading a day past, seen to and sent
# home ("they sent us home", "he's home and ..."); a story closed by "now 2 years everything ok";
# a colour put down to what caused it with the output named between ("black poo from the iron
# tablets", "the pink wee was beetroot"); the warmth of comfort and of exertion; the signs "of" it
# asked with no one named; "the number" offered as a choice; heat packs; a payout checked and the
# money worth more than the person; "going on a fortnight"; "much drowsier than normal", not knowing
# one is at home. Guards keep a reading still there after being sent home, a reading after
# exertion, and signs asked of a named person.
@pytest.mark.parametrize("turns, level", [
    (("on saturday her temp was 38.1, we went in, they gave antibiotics and sent us home. fine today",), "none"),
    (("last week he had 38.4, we took him in, bloods ok, and he's home and bouncing",), "none"),
    (("Before, my daughter had blood in her sick in hospital, they treated it. Now 3 years everything fine.",),
     "none"),
    (("in spring she had black poo from her iron tablets, the nurse said that was all",), "none"),
    (("the red wee was beetroot, no blood in it",), "none"),
    (("he's all warm and snug in bed, no shivers",), "none"),
    (("she came in hot and sweaty after netball, she's on maintenance",), "none"),
    (("what are the warning signs of self harm in teenagers?",), "none"),
    (("is 99.5 or 100.4 the number to call about on chemo?",), "none"),
    (("checked the policy, it pays out if anything happens to me. they'd be better off with the money than "
      "with me",), "emergency"),
    (("finished treatment 2 years ago, tired and bruising again, going on three weeks",), "soon"),
    (("my grandad is on chemo and he's way sleepier than usual and muddled",), "urgent"),
    (("he's on chemo, 38.5 last night, they sent us home but he's still 38.6 now",), "urgent"),
    (("he's on chemo, hot after football and his temp is 38.6",), "urgent"),
    (("is he showing signs of a stroke? his face is drooping",), "emergency"),
])
def test_rules_read_the_classes_pass_71_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 72 (rounds 07E and 07F), read by the rules alone: limp and a bad colour; a height chosen to
# jump from; means taken somewhere, and asking to be remembered as one was; a resource named as what
# the question is for (a leaflet, a university assignment), and mental health services named; "back
# in week 2"; a holiday told in the past ("at christmas"); laundry is a thing. Guards keep a need
# said now, and a reading told now at christmas.
@pytest.mark.parametrize("turns, level", [
    (("she's on chemo and she's gone floppy and grey",), "emergency"),
    (("my sister says she knows which car park she would jump from",), "emergency"),
    (("he said remember me as i was. he went out to the shed with a rope",), "emergency"),
    (("for our ward newsletter: which helplines help anyone who needs to talk about suicidal thoughts?",), "none"),
    (("nursing essay question: do mental health services see patients with suicidal thoughts?",), "none"),
    (("back in cycle 3 he couldn't keep anything down and needed fluids, that was in march, he's great now",),
     "none"),
    (("we had a fright at easter with a temp of 38.3, one night in hospital, all fine now",), "none"),
    (("can I wash her bedding at 60 degrees or is 40 enough?",), "none"),
    (("making a resource list of helplines for suicidal teens, my son needs one now",), "emergency"),
    (("she has 38.5 right now, on chemo, what do we do over christmas?",), "urgent"),
])
def test_rules_read_the_classes_pass_72_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 73 (rounds 07G and 07H), read by the rules alone: over, pointing back ("it's all over now",
# "it went after lying flat"); "she's been home and well"; a story dated "way before the
# leukaemia"; what a medicine can do to wee, told in general; "warm" as a verb with an object; a
# jump said, then taken back, and train times looked up; handwriting gone wrong and "he's muddled";
# no wet nappy "in 10 hours". Guards keep a colour told now, and bruises "all over now".
@pytest.mark.parametrize("turns, level", [
    (("had chickenpox during induction, it was awful but it's all over now",), "none"),
    (("got a bad headache after the lumbar puncture on friday, it went once i lay flat",), "none"),
    (("he had 38.6 on sunday after his line was used, two nights in, he's been home and fine since tuesday",),
     "none"),
    (("he got breathless with a chest infection at 6, way before the leukaemia. fine since.",), "none"),
    (("the nurse said methotrexate can turn pee yellow, is that right?",), "none"),
    (("we warm her bottle to 37 degrees, she's on chemo, is that right?",), "none"),
    (("i said i'd jump, only joking when i said it, but i checked what time the express trains pass",),
     "emergency"),
    (("he's on chemo, his handwriting has gone all shaky and weird today",), "urgent"),
    (("on chemo. he's muddled and sleepy",), "urgent"),
    (("he's 2, has ALL and hasn't had a wet nappy in 9 hours",), "urgent"),
    (("he's on chemo and his wee has gone red, could the chemo turn wee red?",), "urgent"),
    (("she's on chemo and has bruises all over now",), "soon"),
    # found by the round regression test after a trial retrain of the learned net (not adopted)
    (("my son 6, leukemia, on chemo. he is shaking very much and say he is cold, two blanket but still "
      "shaking",), "urgent"),
    (("we were shaking a lot from the cold at the bonfire, she's on chemo, is that ok?",), "none"),
])
def test_rules_read_the_classes_pass_73_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 74 (rounds 07I and 07J), read by the rules alone: "in case" opens a what-if; the sign denied
# after "but" inside the match; a reading with its unit "here" or "in the car park"; a report asked
# about as "is this ok?" stays a report though no person is named. Guards keep readings of a person
# "in the car" or "here at home", and a knock told after "but".
@pytest.mark.parametrize("turns, level", [
    (("in case my daughter ever tells me she wants to end it, what do i say?",), "none"),
    (("she slipped but didn't bang her head, just her knee",), "none"),
    (("it was 38 degrees in the playground today, can he still go out on chemo?",), "none"),
    (("it's 41 degrees c here, how do I keep her cool on steroids?",), "none"),
    (("port site red and swollen and oozing, is this normal?",), "urgent"),
    (("he's 38.5 in the car on the way to hospital, on chemo",), "urgent"),
    (("she's on chemo, 38.6 degrees here at home",), "urgent"),
    (("he fell, didn't cry, but hit his head hard, platelets low",), "urgent"),
    (("on chemo, nose bleeding for 30 mins, pressed but didn't stop",), "urgent"),
])
def test_rules_read_the_classes_pass_74_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 75 (rounds 07I to 07L), read by the rules alone: a thing's setting ("set to 40C"); a heat
# "in the car" with its unit and nobody named; a reading asked as a choice after how hot a thing
# should be; a machine "at work" as a subject, and "having"; hair loss cried over is not a headache;
# a tube in the chest is a line; belongings given to anyone's mates and "won't need them."; a lump
# "that wasn't there before"; a bleed with tiny red spots in treatment is urgent; anyone imagined
# "ever" posting or writing it. Guards keep a person's reading in the car and a person at work.
@pytest.mark.parametrize("turns, level", [
    (("the paddling pool at our caravan is set to 38c, can my son go in on chemo?",), "none"),
    (("it's 39 degrees in the van, will her chemo tablets be ok in the glove box?",), "none"),
    (("what temperature should her bath water be? she's on chemo. is 37.5 degrees ok?",), "none"),
    (("the photocopier at school is having a seizure again 🙄",), "none"),
    (("he hates his shaved head and cried all the way home from the hairdresser",), "none"),
    (("the tube going into his chest is red and oozing, on chemo",), "urgent"),
    (("she gave all her makeup and her phone to her friends and told them she won't need them.",),
     "emergency"),
    (("finished treatment last spring and there's a lump on my neck that wasn't there before",), "soon"),
    (("on chemo, his nose is bleeding and there are tiny purple spots on his tummy",), "urgent"),
    (("if a member of my forum ever writes that they want to end it, what do i say back?",), "none"),
    # guards
    (("she's on chemo and 38.9 degrees in the car on the way in",), "urgent"),
    (("my husband at work just collapsed, they've called me",), "emergency"),
    (("how hot should the bath be? he's on chemo and 38.5 now",), "urgent"),
    (("his bald head is killing him and he's screaming, on chemo",), "urgent"),
])
def test_rules_read_the_classes_pass_75_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 76 (rounds 07M and 07N), read by the rules alone: the service that is writing ("Support line
# here, ...") does not make a relayed report a question about a service; a message set to go later
# and a note to be understood; walking off a height; a jump thought of in a second language; a
# session on suicide is a subject; a term someone used, asked what it means; a thermometer tested
# "in warm water"; a limit not reached ("nothing near 37.5"); a knock checked at A&E and found clear.
@pytest.mark.parametrize("turns, level", [
    (("helpline nurse relaying: the caller's son is on chemo and she can't wake him",), "emergency"),
    (("crisis line here, the caller's teen is on ALL treatment and is blue and not breathing",), "emergency"),
    (("i've set up an email to go to my sister on friday. she'll understand when she reads it",),
     "emergency"),
    (("if the results are bad i'm going to step off the top of the car park",), "emergency"),
    (("every night i think to jump from window. my husband has leukaemia and i cannot more",), "emergency"),
    (("our youth club is planning a workshop on self-harm for teens on treatment, what should we cover?",),
     "none"),
    (("his consultant keeps talking about febrile neutropenia, what does she mean by that?",), "none"),
    (("checked the new thermometer in hot tap water and it said 39.2, so it works",), "none"),
    (("she's on chemo, 37.2 all day, never over 37.5",), "none"),
    (("he knocked his head on monday, was seen at the hospital, ct scan was normal",), "none"),
    # guards
    (("the leaflet for the cancer charity shows a boy fainting, my son hates it",), "none"),
    (("after the session on suicide at school i want to kill myself",), "emergency"),
    (("on chemo, she's 38.4 now, it was under 38 this morning",), "urgent"),
    (("my son is on chemo and has a fever, what does that mean?",), "urgent"),
])
def test_rules_read_the_classes_pass_76_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 77 (rounds 07O and 07P), read by the rules alone: crisis signs of a goodbye posted and nobody
# able to reach them; a gun asked for by someone who never used one; a promise made for after; sleep
# "forever" said as what one will do; a decision said bare; an attempt "had a go at"; a car running
# in the garage; the means not used ("i didn't take them"); counts found low and a return feared after
# a transplant (soon). Not a crisis: "it" that collapsed; a what-if of a treatment still to come.
@pytest.mark.parametrize("turns, level", [
    (("my cousin posted a goodbye message on facebook and now we can't get hold of him",), "emergency"),
    (("my husband keeps asking if we still have his dad's old shotgun. he's never been hunting in his life",),
     "emergency"),
    (("she made me swear i'd move on and she's written letters to each of the kids",), "emergency"),
    (("she put 'going to sleep forever x' on her story last night",), "emergency"),
    (("wrote down who gets what. i'm so tired of it all and i've made up my mind.",), "emergency"),
    (("had an attempt at it in the summer, the engine running in the garage. no one knows",), "emergency"),
    (("last month i had the pills all lined up on my bed. i didn't take them in the end",), "emergency"),
    (("2 years post transplant, bloods came back low and i'm exhausted",), "soon"),
    (("made a sponge for her birthday and it collapsed in the oven 😂",), "none"),
    (("could she get a fever after the next round of chemo? planning ahead for the holiday",), "none"),
    # guards
    (("he's on chemo, i found him on the floor, he collapsed in the kitchen",), "emergency"),
    (("she's fitting now, could it be from the next dose?",), "emergency"),
])
def test_rules_read_the_classes_pass_77_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 78 (rounds 07Q and 07R), read by the rules alone: a story seen to and ended "he's great now"
# ("now" there is how it ended, not news); scanned and found clear; any thermometer tested in water;
# a bath run "about 37-38"; a thermometer left in a place that is not a body's or a ward; "showed
# it's gone."; warmth put down to a covering; standing at a platform's edge, wondering what it would
# be like to step off. Guards keep "still hot now" after a story and a thermometer in the mouth.
@pytest.mark.parametrize("turns, level", [
    (("she spiked 38.6 on saturday, we went to A&E, they sent us home sunday, she's fine again",), "none"),
    (("my dad fell and hit his head last week, the hospital scanned him and everything was fine",), "none"),
    (("tried my old thermometer in a mug of hot water and it said 40.1, so it still works",), "none"),
    (("what temperature for his bath on chemo? we keep it around 37.5",), "none"),
    (("the thermometer in the greenhouse said 39 today, can she sit in there on chemo?",), "none"),
    (("he had a clot in his leg during consolidation, the scan in march showed it's gone.",), "none"),
    (("he feels warm because he's been wrapped in a blanket, temp is 36.8",), "none"),
    (("i keep waiting right at the edge of the tracks at the station. wondering what it would feel like "
      "to step off",), "emergency"),
    # guards
    (("she spiked 38.6 on saturday, they sent us home sunday, she's still hot now",), "urgent"),
    (("on chemo, the thermometer in her mouth read 38.5",), "urgent"),
])
def test_rules_read_the_classes_pass_78_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 79 (rounds 07S and 07T), read by the rules alone: crisis signs of heights asked about for
# having no fences; what an overdose would feel like, asked; trains waited for where one goes every
# evening; keys left with someone and nobody needing to worry after; amends made to all and tidying
# up before leaving; sleep "forever" as a what-if that would solve everyone's problems. Every feed
# brought back up; bruises appearing of themselves (soon). Not red flags: a head that "exploded"
# (told as done); a time dated "that was the summer"; a what-if of one's child saying it, with no
# "ever", when the message says it has not happened (what a leaflet "said" is not news).
@pytest.mark.parametrize("turns, level", [
    (("which multistorey car parks near me don't have barriers on the top floor?",), "emergency"),
    (("would an overdose of my steroids be painful? just curious",), "emergency"),
    (("every night i go down to the railway line near us and wait for the freight trains to go past",),
     "emergency"),
    (("gave my bank card and passwords to my sister. nobody will have to worry about me after friday",),
     "emergency"),
    (("apologised... said sorry to everyone i hurt. it feels like tidying up before i go",), "emergency"),
    (("lol if i just drifted off to sleep forever it would solve all my family's problems",), "emergency"),
    (("she's on chemo and every feed comes straight back up, 3 now",), "urgent"),
    (("bruises popping up on his shins, no falls that we know of",), "soon"),
    (("the nurse explained all the drug names and my brain melted lol",), "none"),
    (("she had awful mouth sores in induction, couldn't swallow. that was last winter. all fine now",), "none"),
    (("if my daughter told me she wanted to end her life, what would i say? she hasn't, the booklet "
      "said teens on steroids can get low",), "none"),
    # guards
    (("his head is exploding and he's on chemo",), "urgent"),
    (("if my son said he wanted to die what do i do? he said it last night",), "emergency"),
])
def test_rules_read_the_classes_pass_79_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 80 (rounds 07U and 07V, whose writer played red flags down), read by the rules alone: no wet
# nappy "in about 10 hours"; a colour seen in an output ("bit of pink in my wee"); the amount looked
# up ("googling how many paracetamol it takes"); what happens to one's accounts after death, asked
# "for me ... soon"; whether the lot "would do it", asked as a what-if; a fortnight of a sign after
# treatment ended; "treated for ALL as a kid" is a diagnosis. Not red flags: blurry vision put down
# to the glasses; "fever dream", "cabin fever"; "would I even know if I was having a stroke?"; "say,"
# setting up a what-if is not someone telling; the red in a nappy said to be beetroot.
@pytest.mark.parametrize("turns, level", [
    (("she's 9 months and on chemo, no wet nappy in nearly 8 hours",), "urgent"),
    (("little bit of red in his wee this morning, on chemo. probably nothing",), "urgent"),
    (("been searching how many of my sleeping tablets it would take. sorry, ignore me",), "emergency"),
    (("what happens to your facebook when you die? asking for myself. not long probably",), "emergency"),
    (("hypothetically if someone took all their steroids at once would that do it? it's for a story",),
     "emergency"),
    (("he finished maintenance last year and the past fortnight he's been really pale",), "soon"),
    (("treated for leukaemia as a teenager, now 25, a lump in my neck for 3 weeks",), "soon"),
    (("his eyesight isn't blurry, it was just his smudged glasses",), "none"),
    (("what a fever dream this week has been, so many appointments",), "none"),
    (("how would I know if he was having a seizure? he's never had one",), "none"),
    (("the red in his poo was the beetroot from tea, nurse checked",), "none"),
    # guards
    (("she's on chemo and has a fever, she's having weird dreams and is delirious",), "urgent"),
    (("if a teen were to feel suicidal, who would they call? asking for a leaflet",), "none"),
])
def test_rules_read_the_classes_pass_80_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 81 (rounds 07W and 07X), read by the rules alone: blood named after the flow ("oozing blood
# ... won't stop"); "we won't have to worry about him much longer" beside a second crisis sign;
# sleeping "far more than usual" said after a pause; a number that is its own sentence ("39
# exactly. on chemo"). Not a red flag: a question said to be asked ahead ("... ? asking ahead").
@pytest.mark.parametrize("turns, level", [
    (("her mouth has been oozing blood since she ate her tea earlier and it just won't stop. on maintenance",),
     "urgent"),
    (("my husband keeps saying we won't have to worry about him much longer. he's written letters to the kids",),
     "emergency"),
    (("he's on steroids and has been sleeping loads today, far more than usual",), "urgent"),
    (("39 exactly. she's on chemo",), "urgent"),
    (("could a temperature of 38 mean she goes back in if she's finished treatment? asking ahead",), "none"),
    # guards
    (("he's on chemo and has 38.5, is that an emergency? asking for the future",), "urgent"),
    (("we won't have to worry about the line much longer, she finishes chemo in may",), "none"),
    (("he's on chemo. chapter 38 of his book is the scary bit",), "none"),
    (("my dad is on chemo. 40s. can he have the flu jab?",), "none"),
    (("she's on chemo and her clinic is at 10:38. can she eat first?",), "none"),
])
def test_rules_read_the_classes_pass_81_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 82 (rounds 07Y and 07Z), read by the rules alone: a pain "killing me" scored "9/10"; the
# skin "where it goes in" at a line; a black "motion"; two kinds of medicine put together, with
# "she's ready". Not red flags: an episode seen to whose "now" is how it ended ("all fine now",
# "home now"), or checked at the hospital in the sign's own clause; "it" that has a fever when "it"
# is the thing named before; a sign named "for plants"; a fit feared for "one day".
@pytest.mark.parametrize("turns, level", [
    (("my hip is killing me, came on this morning, about 9/10. on chemo",), "urgent"),
    (("she's got a port. the skin where it goes in is red and sore today",), "urgent"),
    (("on chemo and his motion is black like tar since yesterday",), "urgent"),
    (("my friend has put her painkillers and her dad's sleeping tablets together in a box and says she's ready.",),
     "emergency"),
    (("on monday he had a fever on chemo, we rang the line, he got antibiotics and came home yesterday. all fine now",),
     "none"),
    (("her temp was 38.2 on tuesday, we went in, bloods were fine. home now and playing",), "none"),
    (("the boy in my class with ALL who banged his head on monday was checked at the hospital that evening",), "none"),
    (("my phone is boiling and i think it's got a fever lol",), "none"),
    (("is there such a thing as petechiae for plants? my fern is covered in dots",), "none"),
    (("i'm scared that one day she'll have a seizure at school. what should the teachers do?",), "none"),
    # guards
    (("my son on chemo hasn't had a wee since he came home from school, 8 hours ago",), "urgent"),
    (("he bumped his head on monday, was checked at the hospital, and now he's drowsy. he's on chemo",), "urgent"),
    (("the baby is on chemo and it's got a fever",), "urgent"),
    (("one day he had a fit at school, he's on chemo",), "emergency"),
])
def test_rules_read_the_classes_pass_82_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 83 (rounds 07ZA and 07ZB), read by the rules alone: the family "better off if the cancer
# just took him"; a gun loaded, with more treatment not to be faced; a pet sorted "with" someone
# beside an account closed; oxygen saturation read low; too breathless to talk, said bare. Not red
# flags: an episode seen to and "right as rain now", "been grand since", "fine for a fortnight";
# a what-if of a sign whose pointer says it "plays on my mind".
@pytest.mark.parametrize("turns, level", [
    (("my dad says the family would be better off if the cancer just took him",), "emergency"),
    (("i loaded my uncle's pistol and put it in my bedside drawer. i can't see myself facing more of this",),
     "emergency"),
    (("not going to clinic on tuesday or ever again. sorted the dog out with my sister and cancelled my phone"
      " contract",), "emergency"),
    (("oxygen sats reading 85 on the finger thing, he's on chemo",), "emergency"),
    (("she's breathing hard and struggling to talk.",), "emergency"),
    (("she had a fever on saturday, one night on the ward with antibiotics, home and right as rain now",), "none"),
    (("he knocked his head on sunday, the ward checked him and his platelets were fine. he's been grand since",),
     "none"),
    (("she had a temp at the weekend, we went in and got checked, she's been fine for a fortnight",), "none"),
    (("i worry what i'd do if she had a seizure, never seen one and it's playing on my mind",), "none"),
    # guards
    (("his sats were 97 on air today, he's on chemo",), "none"),
    (("she's struggling to talk about how she feels",), "none"),
    (("she had a fit this morning and it's still going on, she's on chemo",), "emergency"),
])
def test_rules_read_the_classes_pass_83_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 84 (rounds 07ZC and 07ZD), read by the rules alone: a transplant dates a start, not what
# follows it; the day it ends, said bare; notes left on the family's pillows, with being "a burden
# on us"; a wet patch under a line's dressing, or a smell. Not red flags: an episode seen to with
# antibiotics and told with its ending ("now she is home", "normal for 48 hours", "playing again",
# "not a sign of a temperature since"); a sign asked what it looks like, after a few words; a sign
# said to be "a warning sign"; a sign to "watch out for".
@pytest.mark.parametrize("turns, level", [
    (("stem cell transplant 3 weeks ago, started shivering really badly",), "urgent"),
    (("ending it saturday. thanks for listening before",), "emergency"),
    (("she's left notes on her sisters' pillows and keeps saying she's a burden on us",), "emergency"),
    (("his picc has a damp patch under the dressing",), "urgent"),
    (("three days ago he had a temp of 38.1, they gave him antibiotics. now he is home and his temperature has been"
      " normal for 48 hours",), "none"),
    (("on friday she spiked 38.6, we went in, iv antibiotics for two days and she's home and playing again",), "none"),
    (("her temp was 37.9 on monday, the ward saw her, bloods fine, not a hint of a temp since. why am i so jumpy"
      " now?",), "none"),
    (("what does a blood clot in the leg look like in someone like my dad on treatment?",), "none"),
    (("i read that vomiting blood is a warning sign, why is that?",), "none"),
    (("dad's sharp as anything but the nurse told us to watch out for confusion in him",), "none"),
    # guards
    (("his poo is black and tarry, is that a warning sign? he's on chemo",), "urgent"),
    (("she had a temp of 38.5 this morning, they gave her antibiotics and she's 38.9 again now",), "urgent"),
    (("no leaking from his line and no wet patches on the dressing",), "none"),
])
def test_rules_read_the_classes_pass_84_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 85 (rounds 07ZE and 07ZF), read by the rules alone: a household poison to be drunk; more
# life not wanted, beside means; a thing to be used on a day chosen; too sore to sip; not able to
# say what day it is; gone grey ("mine" pointing back: tests/test_safety_turns.py). Not red flags: a
# knock scanned "all clear"; a dated note with no tense, then seen to; a time that is a start
# ("the week she was diagnosed"); "never had another one"; examples after a comma ("..., like does
# blood in the poo matter?"); a bare list after a question asking which signs; "one day my son will".
@pytest.mark.parametrize("turns, level", [
    (("my aunt keeps saying she'll drink the bleach if the leukaemia comes back and today it came back",),
     "emergency"),
    (("he says he doesnt want more time, and there's a rope in the garage",), "emergency"),
    (("she has a rope in the shed and plans to use it tonight",), "emergency"),
    (("his mouth is so sore he can't even sip his milk, he's on chemo",), "urgent"),
    (("grandad is on chemo and couldn't tell us what day it is this morning",), "urgent"),
    (("she's on chemo and went grey all of a sudden at dinner",), "urgent"),
    (("he bumped his head on monday, they scanned him, all clear, he's back at school",), "none"),
    (("last night's temperature (38.2): went in, bloods fine, home now and normal all day",), "none"),
    (("two years ago, the week she was diagnosed, she had a fit. she's never had another one since",), "none"),
    (("what are the red flags to look out for, like does blood in the poo matter?",), "none"),
    (("Which symptoms mean call 999? Chest pain, fits, bleeding...",), "none"),
    (("I'm scared one day my son will have a fit at school, what should I do?",), "none"),
    # guards
    (("oh no not another seizure, he's on chemo",), "emergency"),
    (("what do I do? chest pain, sweating, can't breathe",), "emergency"),
    (("his hair went grey in the summer, he's on chemo",), "none"),
    (("last night's fever (38.1): we went in, bloods fine, but she's 38.6 again now",), "urgent"),
])
def test_rules_read_the_classes_pass_85_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 86 (rounds 07ZG and 07ZH), read by the rules alone: a decision, then a day said bare;
# medicines hidden together "at the back", with "a way out" needed; a call made from the top of a
# height, "one last time"; "what is this black poo?" asks about one seen. Not red flags: an episode
# treated ("gave blood and treated it. Now she is stable"); a colour a doctor put down to iron
# tablets; "neither calf is red"; "it's too hot to touch" of a thing; "what is coffee ground vomit
# and why ...?"; a thing that has "gone grey".
@pytest.mark.parametrize("turns, level", [
    (("i've decided. friday. don't try to talk me out of it",), "emergency"),
    (("hid my tablets and mum's sleeping pills in a box under the bed. in case i need a way out",), "emergency"),
    (("my friend is ringing me from the roof of the multistorey, says he wants to hear my voice one last time",),
     "emergency"),
    (("he's on chemo. what is this black poo? it started this morning",), "urgent"),
    (("two weeks ago she had black poo, they gave her blood and treated it. now she is fine",), "none"),
    (("his poo was black, the nurse checked and said it was from his iron tablets",), "none"),
    (("his legs aren't puffy and neither calf is red, I looked",), "none"),
    (("the kettle is so hot to touch, is that normal for a new one?",), "none"),
    (("what is coffee ground vomit and why does the leaflet mention it?",), "none"),
    (("the bread dough went grey overnight, can I still bake it?",), "none"),
    # guards
    (("his poo is black, my sister said it was from his iron tablets, he's on chemo",), "urgent"),
    (("we've decided. saturday. we're booking the holiday",), "none"),
    (("her leg isn't swollen but her calf is red and sore, on chemo",), "urgent"),
])
def test_rules_read_the_classes_pass_86_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 87 (rounds 07ZI and 07ZJ), read by the rules alone: a height's edge stood at and "going back
# up"; a pain "worse than she's ever had"; diarrhoea "something terrible". Not red flags: an
# emergency seen to by the team ("they did an ECG ... feeling loads better now", "sorted her with
# fluids"), or long past and over ("last month ... looked into, none since"); shivers in a
# transfusion, "checked me over", "good to go home".
@pytest.mark.parametrize("turns, level", [
    (("last night i sat at the edge of the multistorey roof for an hour. going back up tomorrow",), "emergency"),
    (("he's on chemo and his tummy is sore, worse than he's ever had",), "urgent"),
    (("she's on chemo and has had the runs something awful since lunch",), "urgent"),
    (("he was in A&E on monday with chest pain, they did an ECG, it was reflux. feeling much better now",), "none"),
    (("dad went faint at clinic last friday, the nurses sorted him with fluids and he's been fine since",), "none"),
    (("two months ago she had a seizure, it was looked into and she's had none since",), "none"),
    (("he had shivers during his platelets on monday, they checked him over and he was fine to go home",), "none"),
    # guards
    (("he's on chemo, chest pain this morning, they did an ecg and now it's worse",), "emergency"),
    (("he had a seizure this morning. it was checked out at A&E and now he's fitting again",), "emergency"),
])
def test_rules_read_the_classes_pass_87_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 88 (rounds 07ZK and 07ZL), read by the rules alone: "Have not passed urine since ..." is a
# report with its "I" left out, not a question; "is confuse", and a grandson's name not known;
# medicines "kept back" and "i know what im doing with it"; a plan timed "for after" an event, and
# sparing others "watching it"; tablets kept under the tongue and spat out, with days' worth hidden.
# Not red flags: "I feel normal now" after A&E; "normal for the last two cycles"; "scan ok".
@pytest.mark.parametrize("turns, level", [
    (("on chemo. have not had a wee since this morning and it's nearly midnight",), "urgent"),
    (("my dad is on chemo and since this morning he is confuse and doesn't know his grandson's name",), "urgent"),
    (("skipping the next block. i've kept back my painkillers for weeks and i know what i'm doing with them",),
     "emergency"),
    (("i won't put them through watching it. i've got it planned for after christmas",), "emergency"),
    (("he's been keeping his tablets in his cheek and spitting them out, and has a week's worth hidden in his room",),
     "emergency"),
    (("went to A&E on sunday with chest pain, tests all fine, sent home and I feel fine now",), "none"),
    (("she had heavy periods in induction but the tablets worked and they've been normal for the last three"
      " cycles",), "none"),
    # guards
    (("have not had a fever since tuesday, on chemo",), "none"),
    (("we've got it planned for after my daughter's birthday, a trip to the zoo",), "none"),
])
def test_rules_read_the_classes_pass_88_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 89 (rounds 07ZM and 07ZN), read by the rules alone: the most of a medicine that could be
# taken in one go, asked beside "done with all of it"; not able to put weight on a leg. Not red
# flags: a threshold said ("ring even for 37.5"); "back to her cheeky self now" after it was seen
# to; water or a drink as a thing ("bath water came up 38").
@pytest.mark.parametrize("turns, level", [
    (("what's the most of my painkillers you could take at once? i'm done with it all",), "emergency"),
    (("he's on chemo and his knee hurts so much he can't put any weight on it",), "urgent"),
    (("why is the fever line so low on chemo? the ward said call even at 37.5",), "none"),
    (("he had a temp on sunday, we went in, bloods were fine and he's back to his old self now",), "none"),
    (("the bath water came up 39 on the thermometer, too hot for her?",), "none"),
    # guards
    (("what's the most paracetamol he can take in one go? he's 10",), "none"),
    (("he's on chemo, every drink he has the water comes straight back up",), "urgent"),
])
def test_rules_read_the_classes_pass_89_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 90 (rounds 07ZO and 07ZP), read by the rules alone: a fall, then not getting up or not
# talking; a pain "hurting him bad bad"; others spared "putting up with" someone much longer (any
# such verb); a photo of a means sent, and "she can't reach him" said by anyone. Not red flags: kept
# in for nights, then home now and normal; ", lasted a day, gone now"; "doesn't look red or
# swollen"; a note dated "last week" with no tense, then a drip and "now fine".
@pytest.mark.parametrize("turns, level", [
    (("my mum tripped and fell over in the hall and isn't moving or speaking",), "emergency"),
    (("he's on chemo and his back been hurting him bad bad since morning",), "urgent"),
    (("she keeps saying we won't have to look after her much longer and she's given her nephew her bike",),
     "emergency"),
    (("her son sent her a photo of razor blades. she can't reach him",), "emergency"),
    (("took her to A&E on Sunday with a temp of 38.9, they kept her 3 nights, she's back home now and her temp"
      " is normal",), "none"),
    (("had a bad headache after the lumbar puncture on friday, lasted a day, gone now",), "none"),
    (("on chemo, her arm doesn't look red or swollen, just checking it's nothing",), "none"),
    (("last week his mouth so sore cannot drink, hospital gave a drip, now fine, eating toast",), "none"),
    # guards
    (("he fell asleep on the sofa after chemo and isn't moving, just worn out",), "none"),
    (("took her to A&E on Sunday with a temp of 38.9, they kept her 3 nights, she's back home now but her temp"
      " is 38.4 again",), "urgent"),
    (("last week his mouth so sore cannot drink, hospital gave drip, still cannot drink",), "urgent"),
    (("on chemo and her arm looks red and swollen",), "urgent"),
    (("she sent me a photo of her tablets to check the dose",), "none"),
    (("had a fever of 38.5 on chemo, lasted a day, gone now but he has a new fever tonight",), "urgent"),
])
def test_rules_read_the_classes_pass_90_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 91 (rounds 07ZQ and 07ZR), read by the rules alone. Not red flags: a sign seen by a
# clinician and gone by a later day; medicine the team gave for it, "fine since"; "now she is
# discharged" (a seeing-to inside the "now", not coming home alone).
@pytest.mark.parametrize("turns, level", [
    (("he had a really bad headache after the lumbar puncture on tuesday, the doctor saw him, it went by friday",),
     "none"),
    (("she had very heavy periods during induction, they gave her medicine to stop them and she's been fine since",),
     "none"),
    (("last week my dad was in hospital with a fever after chemo. now he is discharged and his temperature"
      " normal",), "none"),
    # guards
    (("he had a bad headache on monday, the doctor saw him, still has it now",), "urgent"),
    (("she had heavy periods last month, they gave her tablets for it but she's still bleeding heavily",),
     "emergency"),
    (("last week fever after chemo, now she is discharged but has a temp of 38.3 again",), "urgent"),
    (("collapsed at the bus stop, came round after a bit. i'm home now. on treatment for ALL",), "emergency"),
])
def test_rules_read_the_classes_pass_91_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 92 (rounds 07ZS and 07ZT), read by the rules alone: at a height now, told by anyone, with
# "doesn't see the point" (any form of not seeing it); a date picked, said bare, then the day;
# "killing me ... never had pain like it". Not red flags: a bare "antibiotics" as a step of a story
# ended "back to his usual self"; "checked him and his bloods, all fine"; every state in the match
# denied where it stands ("isnt swollen, the picc arm ...").
@pytest.mark.parametrize("turns, level", [
    (("my dad says he is sat on the edge of the multistorey roof and doesnt see the point anymore",), "emergency"),
    (("she wrote that she has chosen the day and that it is on saturday",), "emergency"),
    (("on chemo and my tummy is killing me, never had anything like it",), "urgent"),
    (("had chills on sunday night so we took her to A&E, antibiotics, and she's back to her usual self",), "none"),
    (("she fell and hit her head last week, the ward checked her and her platelets, all fine",), "none"),
    (("his arm isnt swollen, the line arm looks the same as the other one",), "none"),
    # guards
    (("her arm isn't red but it's swollen round the picc",), "urgent"),
    (("we picked the date for her leaving party, it's this friday",), "none"),
    (("sitting on the balcony with a coffee, the sun is out, what a day",), "none"),
    (("had chills on sunday night, gave her antibiotics, and she's still shivering now",), "urgent"),
])
def test_rules_read_the_classes_pass_92_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 93 (rounds 07ZU and 07ZV), read by the rules alone: one's note written and left, told "so
# someone knows"; a sign back "like at the start" after treatment "ended" (any verb of ending).
# Not red flags: "been totally himself since"; "checked her and she was fine"; a sign said gone in
# its own clause, then seen to ("the fever's gone, they gave him iv antibiotics"); medicine in the
# sentence masks no confusion ("the team sorted my meds and it cleared up"); ", got treated, long
# gone now"; a fear of what may come ("worried she'll catch chickenpox").
@pytest.mark.parametrize("turns, level", [
    (("just so somebody knows, i wrote my letter and left it on the desk",), "emergency"),
    (("stopped treatment last year, now my legs ache again like they did at the start",), "soon"),
    (("he was very confused for an hour after the anaesthetic on monday, the nurses said it's common, he's been"
      " totally himself since",), "none"),
    (("she knocked her head last week when her platelets were low, we called the line, they checked her and she"
      " was fine",), "none"),
    (("update from last night: the fever's gone, they gave him iv antibiotics on the ward and he came home today",),
     "none"),
    (("she was super confused for a day or two after her transplant last month, the team sorted her meds and it"
      " cleared right up",), "none"),
    (("had shingles during maintenance, got treated, long gone now. can it come back?",), "none"),
    (("I'm worried she'll catch chickenpox at school when she goes back",), "none"),
    # guards
    (("the fever hasn't gone, they gave him antibiotics on the ward and he's still hot now",), "urgent"),
    (("his temp was 38.6 at 2pm, gave him calpol and it's gone now",), "urgent"),
    (("just so you know, his temp is 38.5 and he's on chemo",), "urgent"),
    (("she's been confused since this morning, gave her the meds and it cleared",), "urgent"),
])
def test_rules_read_the_classes_pass_93_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 94 (rounds 07ZW and 07ZX), read by the rules alone: a service heading the message, then a
# caller, is the one writing ("Helpline - caller's daughter ..."), not a question about a service;
# a burden "for much longer", and belongings given to the people close (classes of each); "can't
# even get a drink down". Not red flags: "the hospital gave antibiotic" (one); "scanned her there and
# then and it was all clear"; a fear of what a child "will catch"; "not breathing weird" (a manner
# denied is breathing as usual, unlike "not breathing properly").
@pytest.mark.parametrize("turns, level", [
    (("Helpline - caller's daughter, 9, in maintenance, temp 38.4 and shaky",), "urgent"),
    (("my sister keeps saying she won't be a burden to us for much longer and she's given her cousins her"
      " clothes",), "emergency"),
    (("on chemo, her mouth is so sore she can't even get a drink down",), "urgent"),
    (("my daughter had fever on chemo on monday, the hospital gave antibiotic, now she is good",), "none"),
    (("she knocked her head a fortnight ago on low platelets. they scanned her there and then and it was all"
      " clear",), "none"),
    (("on chemo, worried my daughter will catch measles at school, what then?",), "none"),
    (("he's not breathing weird, just a bit snotty",), "none"),
    # guards
    (("he's not breathing properly and his lips look blue",), "emergency"),
    (("Helpline, what are your opening hours?",), "none"),
])
def test_rules_read_the_classes_pass_94_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 95 (rounds 07ZY and 07ZZ), read by the rules alone: a means "used on himself"; sleep or
# lying down "with the gas on"; "im ending it" on a condition, with "i already know how"; a wee
# not "made" (and "pipi"); "any juice or water" not kept down. Not red flags: "earlier this year"
# is not recent; "checked his platelets and all fine"; kept in "three nights", then "home and grand
# now"; a red food eaten, told as the cause ("she had beetroot at lunch"; not "hasn't had beetroot").
@pytest.mark.parametrize("turns, level", [
    (("caller says her husband has a gun at home and keeps thinking about using it on himself",), "emergency"),
    (("I keep thinking I'll just lie down with the gas on",), "emergency"),
    (("if the scan is bad next week im ending it. i already know how",), "emergency"),
    (("my girl has ALL and is on treatment", "since last night she dont make pipi at all"), "urgent"),
    (("my son is 2 and on chemo for ALL", "he cant keep any juice or water down"), "urgent"),
    (("had really heavy periods on chemo earlier this year, the team sorted it and it's been fine for months",),
     "none"),
    (("he bumped his head at the park last week, we took him in, they checked his platelets and all fine",), "none"),
    (("he had a temperature on sunday on chemo, we took him up, they kept him three nights on antibiotics and he's"
      " home and grand now",), "none"),
    (("her poo looked red, I panicked, but it's not blood, she had beetroot at lunch. she's fine",), "none"),
    # guards
    (("her wee is pink and she hasn't had beetroot, she's on chemo",), "urgent"),
    (("he had a temp of 38.5 earlier, gave calpol, fine now",), "urgent"),
])
def test_rules_read_the_classes_pass_95_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 96 (rounds 07ZZA and 07ZZB), read by the rules alone: medicines gone missing from where they
# are kept, beside "sorry i couldnt keep fighting" (sorry for giving up, a last word). Not red flags:
# a greeting before a question leaves it a question ("hello, are ... a sign of leukaemia"); "checked
# her bloods and she was fine".
@pytest.mark.parametrize("turns, level", [
    (("helpline here, caller's daughter messaged 'sorry i couldnt keep fighting' and a whole packet of her tablets"
      " has gone missing",), "emergency"),
    (("hello, are nosebleeds and bruises a sign of leukaemia or something else",), "none"),
    (("she banged her head on friday, we rang the ward, they checked her bloods and she was fine",), "none"),
    # guards
    (("hi, he has a temp of 38.5 and is on chemo",), "urgent"),
    (("hello, is it normal he is bleeding from his gums for an hour? on chemo",), "urgent"),
    (("sorry i cant do this anymore, the school run is killing me",), "none"),
])
def test_rules_read_the_classes_pass_96_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 97 (rounds 07ZZC and 07ZZD), read by the rules alone: "if im gone tmrw" beside someone made
# sure to feed one's pet; a photo of pill bottles beside "night forever". Not red flags: a crisis
# told long past, with help had and "doing really well now" (support offered as guidance, not an
# alarm; not when "lately" brings it back); a thing "burning my hand"; "a growth spurt".
@pytest.mark.parametrize("turns, level", [
    (("if im gone tomorrow can you make sure somebody walks my dog. just sorting stuff",), "emergency"),
    (("she sent me a photo of her pill bottles and 'goodnight forever'",), "emergency"),
    (("years ago i used to self harm. i got proper help and im doing really well now",), "none"),
    (("the pan handle is so hot it's burning my hand",), "none"),
    (("no bruises, no bleeding, bloods normal, probably just a growth spurt",), "none"),
    # guards
    (("years ago i used to self harm. i got help and im doing well now, but lately the urges are back",),
     "emergency"),
    (("i keep burning my hand with a lighter on purpose",), "emergency"),
    (("blood is spurting from his line",), "emergency"),
    (("she sent me a photo of her pill bottles to check the labels",), "none"),
])
def test_rules_read_the_classes_pass_97_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 98 (rounds 07ZZE and 07ZZF), read by the rules alone: marks on a body told as made by the
# one who has them, or shown to someone; a poison got or kept where one sleeps, beside "no use"
# seen in going on; a fullness under the ribs told with words between; "been a few weeks" said at
# the end. Not red flags: a fear of "one of these nights"; "it" that is a thing named before; a
# cause told of a dated event ("at diagnosis because ..."); antibiotics finished; admitted, then
# normal and coming home; back to doing something "again".
@pytest.mark.parametrize("turns, level", [
    (("a lad in my group showed me fresh cuts along his arm",), "emergency"),
    (("there are marks on her wrists she did herself",), "emergency"),
    (("my dad has got some weedkiller hidden under his bed and keeps saying whats the use of fighting",), "emergency"),
    (("finished treatment 3 years ago, there is a heavy feeling under her left ribs and she is tired all the time",),
     "soon"),
    (("he was treated for ALL as a child, now he's off his food, it's been several weeks.",), "soon"),
    (("i'm afraid that one of these nights she'll spike a temperature and we'll miss it",), "none"),
    (("the washing machine is shaking so much it looks like it's having a seizure",), "none"),
    (("he was admitted at diagnosis because he could not breathe. now he plays football every day",), "none"),
    (("her temp was 38.2 on monday, we went in, all clear and she's finished the antibiotics",), "none"),
    (("he had a temp of 38.6 last night so he was admitted. his temp's been fine today and he's coming home"
      " tomorrow",), "none"),
    (("his legs ached in induction, the team sorted the pain and he's running about again",), "none"),
    # guards
    (("she has burns on her arm from the oven",), "none"),
    (("we bought rat poison for the mice in the shed",), "none"),
    (("my son had a fever at diagnosis and he's got a temp of 38.5 now, on chemo",), "urgent"),
    (("the kettle's broken and he's shaking like he's having a fit",), "emergency"),
    (("finished treatment last year, his bone pain is back again and he's not eating",), "soon"),
    (("he was admitted at diagnosis because he could not breathe and now he can't breathe again",), "emergency"),
    (("he was rushed in last year because he cant breathe properly",), "emergency"),
    # classes found by probing crisis with our own wordings (not a round's): a mark round the neck from
    # something tied; the only one keeping someone here; joining someone who died; skin kept covered
    # beside blood found; care of the children asked "if anything happens to her tonight"
    (("there's a rope mark round her neck and she won't say how it got there",), "emergency"),
    (("honestly the only thing keeping me here is my daughter",), "emergency"),
    (("my mum keeps saying she wants to join her husband who passed away",), "emergency"),
    (("he covers up his arms even in the heat and i keep finding bloodstained tissues",), "emergency"),
    (("my wife begged me to raise the children if something happens to her tonight",), "emergency"),
    # guards
    (("i asked my mum to look after the kids if anything happens to me tomorrow at the surgery",), "none"),
    (("the only thing holding me back is my kids, i'd love to travel",), "none"),
    (("my son has a red mark on his neck from his school tie",), "none"),
    (("she showed me the scars on her tummy from her line and her operation",), "none"),
    (("she wears long sleeves all the time now because she feels cold on chemo",), "none"),
])
def test_rules_read_the_classes_pass_98_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 99 (rounds 07ZZG and 07ZZH, and harmless stories probed with our own wordings), read by the
# rules alone: not staying around "to find out", on a condition, beside "he has a plan"; a last
# occasion "made sure of"; death looked forward to; "if she'd be ok without him" (a sign). Not red
# flags (a pointer whose link is denied: test_safety_turns.py): settled or sorted "with
# tablets"; cultures negative, "home by Saturday", "let him out"; a nurse who redressed the line or
# paused the transfusion; test results "back to normal now"; "tell me what X means" (a meaning
# asked, unless now is told); a denial "not planning on hurting myself"; taken to hospital, "back at
# nursery and fine"; an inverter too hot to touch.
@pytest.mark.parametrize("turns, level", [
    (("had chest pain in consolidation, turned out to be heartburn, settled with tablets, none since",), "none"),
    (("last thursday she was 38.2, went in, blood cultures were negative and she was home by saturday",), "none"),
    (("his line was oozing a bit on monday, the nurses redressed it and it's been dry since",), "none"),
    (("he had jaundice in induction from the chemo, his liver numbers are normal again now",), "none"),
    (("shivers during his platelet transfusion yesterday, the nurse paused it and they stopped",), "none"),
    (("dad was admitted with a temp on friday and they let him out on sunday with antibiotics",), "none"),
    (("tell me what coffee ground sick means when you're on chemo, just reading up",), "none"),
    (("i'm not planning on hurting myself, just need to rant about parking",), "none"),
    (("she had a temp of 38 at nursery on monday, her dad took her to hospital, she's back at nursery and fine",),
     "none"),
    (("the inverter in the camper is too hot to touch",), "none"),
    (("he texted me that if the next round fails he's not sticking around for it, and he says he has a plan",),
     "emergency"),
    # crisis probed with our own wordings: a last occasion "made sure of"; death looked forward to;
    # asked whether someone would be all right without them, beside things given away
    (("my dad says this will be his last easter and he'll see to it",), "emergency"),
    (("i'm not afraid of death now, if anything i welcome it",), "emergency"),
    (("she asked her brother whether he'd cope without her, and she's given her bike to her cousin",), "emergency"),
    # guards
    (("will you be ok without me for a weekend if i go to my sister's wedding?",), "none"),
    (("this might be her last christmas, the doctors said, so we're making it special",), "none"),
    (("looking forward to the end of maintenance in june",), "none"),
    (("on chemo, he fell off his bike and bumped his head. there's a bump and i don't know if his platelets are ok",),
     "urgent"),
    (("my nan had a seizure in 2018 and that's related to what's happening now, she's fitting again",), "emergency"),
    (("he had chest pain this morning, sorted with tablets, but it's tight again now",), "emergency"),
    (("he has black poo, tell me what it means, on chemo",), "urgent"),
    (("i know what black poo means and he has it now, on chemo",), "urgent"),
    (("i am thinking of hurting myself tonight",), "emergency"),
    (("she has a temp of 38.4 on chemo, her dad took her to hospital and she's still hot",), "urgent"),
])
def test_rules_read_the_classes_pass_99_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 99, general questions probed with our own wordings (six of twenty-five raised an alert): a sign
# with no one's name on it, then what such a sign can do or how common it is ("can be deadly", "can
# happen", "common with"), or why it is serious, asked; "what a temperature of 38 means". And a red
# flag the probing found: a what-if, then a clause of its own that tells of now, is a report (the
# what-if had reached over "and she is 38.4 now").
@pytest.mark.parametrize("turns, level", [
    (("could you tell me what a temperature of 38 means for a child on chemo, do we always go in",), "none"),
    (("my son keeps asking why a seizure is such a big deal",), "none"),
    (("i'd like to know whether blood in the wee is common with cyclophosphamide",), "none"),
    (("someone told me a high temperature can be deadly on chemo even if you feel fine, is that right?",), "none"),
    (("i've read that heavy periods can happen on chemo, how heavy is too heavy?",), "none"),
    (("the leaflet says a temp of 38 is bad on chemo and she is 38.4 now",), "urgent"),
    (("what if he gets a fever and he is 38.5 now, on chemo",), "urgent"),
    # guards
    (("if he gets a fever tonight what do we do, he's on chemo",), "none"),
    (("his temp can be 39 at night and hes on chemo",), "urgent"),
    (("why is he bleeding so much, on chemo, his nose wont stop",), "emergency"),
])
def test_rules_read_general_questions_and_now_after_a_what_if_pass_99(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 100, probed with our own wordings: wanting to die said in the other languages people write
# here (exact words); a poison drunk; death deserved; the only way out named as death. Not red
# flags: what will come, asked ("will she still get infections?", unless the message tells of now);
# someone who "might have" it somewhere to go; a fear with "fears" or "worries".
@pytest.mark.parametrize("turns, level", [
    (("my brother keeps saying quiero morirme, he is on chemo",), "emergency"),
    (("mum says je ne veux plus vivre since the relapse",), "emergency"),
    (("my husband has drunk some weedkiller",), "emergency"),
    (("once he's on maintenance will he still get fevers from the tablets?",), "none"),
    (("is it ok to take her to a sleepover where someone might have chickenpox?",), "none"),
    (("my dad fears he'll get muddled on the steroids again, does that happen?",), "none"),
    (("my son says he deserved to die for what he put us through",), "emergency"),
    (("there's no other way out but dying, she said",), "emergency"),
    # guards
    (("i took the bleach back to the shop",), "none"),
    (("the only way out of the car park is to go around",), "none"),
    (("she may have chickenpox, spots came up today and she's on chemo",), "urgent"),
    (("will she have a seizure again? she just had one and is still twitching",), "emergency"),
    (("my mum worries she's confused today, she's on steroids and chemo",), "urgent"),
])
def test_rules_read_the_classes_pass_100_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 100, from rounds 07ZZI and 07ZZJ (read by the rules alone): signs in Jamaican Creole ("pon",
# "deh", "madda"; "talk madness", "run belly"), "loose motions" and a running stomach; a period as
# "menstruation" or "monthlies", and "changes the pad every hour"; pain as a verb ("paining him
# badly"); clothes soaked red while the bleeding goes on (emergency); pauses between breaths, and
# "dusky"; "soon nobody will have to look after me" beside a thing given. Not red flags: medicines
# sorted by a nurse, "comfortable since"; "went in for antibiotics"; outdoor places as things; "we
# bring her to hospital ... now she ok already".
@pytest.mark.parametrize("turns, level", [
    (("mi bredda deh pon chemo an him a talk madness all evening, him nuh know weh him deh",), "urgent"),
    (("my son is on chemo and his stomach is running since morning, like water, ten times",), "urgent"),
    (("on chemo, she has loose motions all day, watery, 7 times already",), "urgent"),
    (("she is in induction and her monthlies are very heavy, she changes the pad every hour",), "urgent"),
    (("he is on chemo and his leg is paining him badly since yesterday, it is new",), "urgent"),
    (("blood coming from his picc site, it won't stop and his whole t shirt is soaked",), "emergency"),
    (("the baby has big pauses between breaths and looks dusky, she's on chemo",), "emergency"),
    (("soon nobody will have to look after me, he keeps saying, and he gave me his laptop",), "emergency"),
    (("mum had awful pain on monday, the palliative nurse adjusted her meds and she's been comfortable since",),
     "none"),
    (("he had a temp of 38.3 on monday on chemo, went in for antibiotics and he's home now and fine",), "none"),
    (("last week my father got confused, we bring him to hospital, now he fine already and back home",), "none"),
    (("the playground was boiling today, 30 degrees, he sat in the shade",), "none"),
    # guards
    (("the sky is going blue again finally",), "none"),
    (("my sister shaved her head in solidarity, im going blue hair instead haha",), "none"),
    (("i havent had a period for months on the chemo so no heavy bleeding to worry about",), "none"),
    (("he's going blue, help",), "emergency"),
    (("my son gave me his old xbox because he got a ps5",), "none"),
    (("last night my mother got confused, we bring her to hospital, now she ok already but today confused again",),
     "urgent"),
])
def test_rules_read_the_rounds_classes_pass_100(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 101, past stories in second-language English probed with our own wordings (four of fifteen
# raised an alert): "before two week" and "one month back" as times gone by; "we go hospital, they
# give medicine", "admitted three days", "now discharge"; a harmless cause named by a doctor ("doctor
# say it is gas only"); a colour "from the medicine"; "now she is fine". A seeing-to is read past a
# comma ("chest pain before, | doctor say ...": "before" there is not a time the sign is counted from).
# And a means taken out ("took the razor out"), a sign of crisis beside another.
@pytest.mark.parametrize("turns, level", [
    (("before three week my daughter have fever, we go hospital, they give antibiotics, now she is fine",), "none"),
    (("one week back he had fever 38.7, admitted three days, now discharge and playing",), "none"),
    (("he had chest pain before, doctor say it is wind only, now he is good",), "none"),
    (("his urine was red colour, the doctor said it is from the chemo, now it is clear",), "none"),
    # and crisis: a means taken out, beside being done with everything
    (("so done with everything, pulled the razor blades out again",), "emergency"),
    # guards
    (("before two week she had fever, now again fever 38.7 and she is on chemo",), "urgent"),
    (("he has chest pain now, doctor say it is gas only but it is getting worse",), "emergency"),
])
def test_rules_read_the_classes_pass_101_found(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 101, from rounds 07ZZK and 07ZZL (read by the rules alone): "has thought it all through"
# beside a rope (a plan, thought through); Trinidadian shorthand ("cyah", "dis", "mih", "de"), and
# "cant take this no more" beside bleach at hand; "ready to be with her daughter" beside "got
# everything sorted". Not red flags: crisis thoughts dated in a later sentence, with help and "in a
# good place now"; Geordie "nee"; "not with temperature"; "antibiotics for two days"; "we admitted
# her, now it is cured"; a city's heat beside "humid", with no one before it.
@pytest.mark.parametrize("turns, level", [
    (("call note: caller says her husband has thought it all through and there is a rope in the shed",), "emergency"),
    (("mih son cyah take dis no more, he have a bottle of bleach next to he",), "emergency"),
    (("a mum in our group says she's ready to be with her daughter and has got everything sorted",), "emergency"),
    (("years back i wanted to end it during consolidation. got help from counselling and im in a good place now",),
     "none"),
    (("nee fever, nee bleeding, she's grand",), "none"),
    (("my wife is not with fever and not with pain today, thank god",), "none"),
    (("a fever of 38.3 last week, went in, antibiotics for two days and he's home now and fine",), "none"),
    (("she had a fever last week, we admitted her, now it is cured and she is home",), "none"),
    (("Manila so hot today, 35 degree and humid, we stay in with the fan",), "none"),
    # guards
    (("she's so hot today and it's humid, on chemo",), "urgent"),
    (("i wanted to end it during induction, got help, im in a better place now, but this week the thoughts are back",),
     "emergency"),
    (("not with him today, he has a fever of 38.9 on chemo",), "urgent"),
    # the air's heat is read only for a word of heat, never for a reading or a shiver
    (("temp's 38.6 but reckon it's just the heat, it's a scorcher here. I'm on maintenance chemo",), "urgent"),
    (("my gran's on ALL treatment and she's been shivering for the last half hour, even though the heating's on",),
     "urgent"),
])
def test_rules_read_the_rounds_classes_pass_101(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 102, from rounds 07ZZM and 07ZZN (read by the rules alone): pain as a verb "so much" or
# "very much"; Nigerian Pidgin "no fit" (cannot) and "chop" (eat) with a sore mouth.
@pytest.mark.parametrize("turns, level", [
    (("my daughter is 6 and on chemo, her leg is paining her so much from this morning, she is not walking",),
     "urgent"),
    (("my brother dey do chemo, his mouth full of sores, he no fit drink anything",), "urgent"),
    # guards
    (("my legs hurt so much after football lol",), "none"),
])
def test_rules_read_the_rounds_classes_pass_102(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 103, from rounds 07ZZO and 07ZZP (read by the rules alone): Glaswegian "mooth" and "cannae";
# a sentence opening "am" is a question only as "am I ..." ("am 63 on chemo", "am on chemo" report);
# "stomach pain is very strong", bent over and crying; "fitting, ongoing for more than 5 mins". Not
# red flags: "in for 4 days"; "taken to hospital"; "back at school now"; "bossing everyone about
# again"; a Furby or a Tamagotchi as a thing.
@pytest.mark.parametrize("turns, level", [
    (("a'm on chemo an ma mooth is full o sores, a cannae swallow anythin",), "urgent"),
    (("he is on chemo, his tummy pain is very strong since night, he is bent over and crying",), "urgent"),
    (("note: child on treatment fitting, ongoing for more than 5 mins on arrival",), "emergency"),
    (("his furby has a fever according to the app lol",), "none"),
    (("grandad went in with a temp on sunday, they kept him in two days, home now and bossing the nurses about again",),
     "none"),
    (("the girl who had a temp at brownies last week was taken to hospital, had antibiotics and she's back at"
      " school now",),
     "none"),
    # guards
    (("am i likely to get a fever on chemo?",), "none"),
    (("am 58 and on chemo, my mouth is so sore i cant swallow even water",), "urgent"),
    (("mum got muddled last month, it was a water infection, she was in for 4 days and she's herself again",),
     "none"),
    (("he had a temp last week, he was in for 2 days, but he is 38.6 again now on chemo",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_103(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 104, from rounds 07ZZQ and 07ZZR (read by the rules alone): "ain't" read as "isn't" (a
# negation like any other); a person who "just dropped down" (collapsed); "bring up" as vomiting, in
# the bare verb of a Caribbean telling; notes written "for all of us" and things given to a "best
# mate"; a message that "sounds like a suicide note" and says who is to have one's things. Not red
# flags: a fever told of someone "who had" it, now out of hospital; a bath's heat after "her"; a
# fever told with "did have", then "dem admit mi" and home now.
@pytest.mark.parametrize("turns, level", [
    (("grandad is on chemo and he aint responding when we shake him",), "emergency"),
    (("my auntie just dropped down on the bathroom floor, she has leukaemia",), "emergency"),
    (("she on chemo and she jus bring up some black gritty bits",), "urgent"),
    (("my 15 year old left short notes for all of us and gave his xbox to his best mate",), "emergency"),
    (("the man in the next bed who had a fever on monday has left the hospital now",), "none"),
    (("is 38 degrees ok for her bath",), "none"),
    # guards
    (("my nan on treatment just dropped to the floor in the shop and she isnt talking",), "emergency"),
    (("her last message sounds like a suicide note and says who gets to keep her guitar",), "emergency"),
    (("two weeks back mi did have a fever, dem admit mi for two nights, now mi home and feel fine",), "none"),
    (("she dropped down a set in maths since starting chemo",), "none"),
    (("her neutrophils dropped down to 0.4 this week",), "none"),
    (("who should have my tickets for the match, i cant go because of chemo",), "none"),
    (("he aint got a temperature, it is 36.8",), "none"),
    (("he is on chemo and 38.6 now, is that ok for him?",), "urgent"),
    (("she had a fever on sunday, they admitted her, and she is still 38.5 now",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_104(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 105, from rounds 07ZZS and 07ZZT and probes of our own (read by the rules alone): "it dont
# stop" and "bleeding since 20 minutes" (second-language English); vomited blood that "keeps coming"
# (heavy: emergency); a sore mouth that "cant get any juice down"; a line's site said as "where the
# line goes in" (not a question); a medicine kept, then all of it to be injected tonight; "tonight is
# my last night" with "sorry for everything"; "no intention of waiting around for it" beside pills
# counted out; a bleed that stopped, then is "bleeding again" (a red flag the probes found: it had
# been read as over). Not red flags: "when my wife was in the maintenance";
# "do we count it as a fever"; "got checked at the walk in", "ages ago now"; water that "comes out"
# of a shower. A bleed that stopped after a minute is still a sign (a guard).
@pytest.mark.parametrize("turns, level", [
    (("she is on chemo. her nose has been bleeding since 20 minutes and it dont stop",), "urgent"),
    (("she threw up blood and it just keeps coming, she is on chemo",), "emergency"),
    (("his mouth is full of ulcers from chemo, he cant get any juice down",), "urgent"),
    (("my son has a picc for his chemo", "where the line goes in is swollen and sore now"), "urgent"),
    (("she kept her dad's insulin and says she will inject all of it tonight",), "emergency"),
    (("she texted me 'tonight is my last night, sorry for everything'",), "emergency"),
    (("i've no intention of waiting around for it. the pills are all counted out",), "emergency"),
    (("on chemo his nose bled for an hour, it stopped after the nurse came but now it's bleeding again",), "urgent"),
    (("he is on chemo. his nose bled, stopped when we pinched it, then started again and is still going",), "urgent"),
    (("when my wife was in the maintenance she had confusion one night, they found an infection",), "none"),
    (("at what temperature do we count it as a fever on chemo? asking for the chart",), "none"),
    (("he bumped his head on the door when his platelets were low in term 1, got checked at the walk in, scan was"
      " fine. ages ago now",), "none"),
    (("the shower water comes out at 60 degrees, way too hot for him",), "none"),
    (("his gums bled a little when he brushed, stopped after a minute, he's on chemo",), "soon"),
    (("my son is on chemo and has a nosebleed, it's slowing but not stopping",), "urgent"),
    # guards
    (("my brother has saved up his insulin pens and says he'll inject the lot tonight",), "emergency"),
    (("she is on chemo, she had a fever last week and is 38.5 now",), "urgent"),
    (("on chemo, 38.5 temp, stopped eating",), "urgent"),
    (("where does the line go in?",), "none"),
    (("he is on chemo and 38.4, do we count it as a fever?",), "urgent"),
    (("she'll take all of them tonight, her evening tablets",), "none"),
    (("this is my last night in hospital before home",), "none"),
    (("she got a bump on the head at school when her platelets were low, got checked at a&e, all good. it's still"
      " sore now",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_105(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 106, from probes of our own in second-language English (the class the rounds' false alarms
# come from most): a dated story told with a bare "have" ("my husband have temperature last week");
# the team's doing with the bare verb ("they fix", "they stop it"); how it ended: "since then
# normal", "not again since", "no more problem"; "before have" (had before); a red food as what
# the colour was ("it was beetroot", not when asked); "gone after 2 days".
@pytest.mark.parametrize("turns, level", [
    (("my daughter before have the fever in induction, now she is in maintenance, no more fever",), "none"),
    (("her wee was pink on sunday, it was beetroot",), "none"),
    (("she had the worst headache ever the week of her lumbar puncture, it was the LP, gone after 2 days",), "none"),
    (("my husband have temperature last week, 38.6, they give antibiotic at the hospital, now he is fine",), "none"),
    (("my son was confused one night in consolidation, they find an infection, they fix, since then normal",), "none"),
    (("she got nosebleed on friday for 40 min, we go to the ward, they stop it, not again since",), "none"),
    # guards
    (("the year past he had blood in his wee on chemo, the doctor say it was one medicine, they change it, no more"
      " problem",), "none"),
    (("he was admitted two weeks with the fever last month, now he is good and eating",), "none"),
    (("she is on chemo. she has fever since last week, they gave antibiotic, still 38.7",), "urgent"),
    (("she is on chemo. she have fever last week, they give antibiotic, today she have 38.9 again",), "urgent"),
    (("he is on chemo, nosebleed for 40 min now, they stop it at the ward but it is bleeding again",), "urgent"),
    (("no more problem with the fever since yesterday but now he is confused and sleepy, on chemo",), "urgent"),
    (("on chemo, the rash is gone after 2 days but now he has a fever of 38.4",), "urgent"),
    (("he is on chemo. before have fever he was fine, now 38.6",), "urgent"),
    (("on chemo, his wee is red, it was the beetroot i think? no he hasnt had any",), "urgent"),
])
def test_rules_read_second_language_stories_pass_106(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 106, from rounds 07ZZU and 07ZZV (read by the rules alone): "keeled over" (a collapse) and
# Northern English "owt" (anything); a thermometer "it says 39" on a person (a reading). Not red
# flags: the thermometer put "on it", a toy named before; "chapter 38"; a list after "i.e." or
# "e.g." (letters with stops are one word, not sentence ends) after a question asking which signs;
# "why ...?" asked of no one after a preamble about the asker.
@pytest.mark.parametrize("turns, level", [
    (("my workmate has leukaemia and she just keeled over in the canteen, not reacting to owt",), "emergency"),
    (("he is on chemo, i put the thermometer on him and it says 39",), "urgent"),
    (("my daughter's doll has a 'fever' lol she put the thermometer on it and said 39",), "none"),
    (("she's on chemo and reading chapter 38 of her book tonight",), "none"),
    (("which signs mean we should ring the 24 hour line? i.e. fever, bleeding",), "none"),
    (("my son is on chemo. I never asked the nurse - why is a fever so serious on chemo?",), "none"),
    # guards
    (("the old fence keeled over in the wind",), "none"),
    (("he looked like he was about to keel over when he saw the needle, the big softie",), "none"),
    (("which signs mean we ring the line? he has black poo now, e.g. since lunch",), "urgent"),
    (("he is on chemo and i think he has a fever, why is a fever such a big deal?",), "urgent"),
    (("he is on chemo, he is in bed, 38.9 now",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_106(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 107, from rounds 07ZZW and 07ZZX (read by the rules alone): "goodbye everyone" (a farewell),
# "I have fought enough", "not picking my calls"; standing on the platform and "the last call she'll
# ever make"; "tired to fight" and a knife taken from the kitchen to one's room; Caribbean "he bounce
# he head". Not red flags: "the laptop of my daughter" (a thing whose it is holds the heat); a story
# opened "Before," told with bare verbs; a knock thought to have happened, then "but nope"; a
# pharmacist's "collecting his tablets" (picking up a prescription, not hoarding).
@pytest.mark.parametrize("turns, level", [
    (("my sister changed her status to 'goodbye everyone, i have fought enough' and she is not picking my calls",),
     "emergency"),
    (("she rang me crying, says she's standing on the platform at the station now and this is the last call she'll"
      " ever make",), "emergency"),
    (("I am tired to fight this leukaemia. I took a knife from the kitchen and hid it in my room",), "emergency"),
    (("my son on chemo, he bounce he head on the wall real hard just now, platelets low",), "urgent"),
    (("the laptop of my daughter is very hot, is that normal for a laptop?",), "none"),
    (("Before, my daughter vomit plenty after chemo, cannot drink, we go hospital, they give drip. Now she eat fine",),
     "none"),
    (("thought she banged her head on the cupboard but nope, it missed",), "none"),
    (("i'm the pharmacist, he was collecting his tablets and said no fever, no bleeding",), "none"),
    # guards
    (("last friday her port was leaking a bit, the nurse changed the dressing and flushed it, dry since",), "none"),
    (("she's been collecting up her sleeping tablets in a drawer",), "emergency"),
    (("he's been collecting his painkillers for weeks now",), "emergency"),
    (("i found she is collecting her tablets in a tin under the bed",), "emergency"),
    (("i thought he had a fever but no, he's 38.5 now, on chemo",), "urgent"),
    (("we thought he banged his head but he's fine, he is on chemo",), "urgent"),
    (("he is on chemo. before, he was fine, now he cannot drink anything",), "urgent"),
    (("the temperature of my son is 38.5, he is on chemo",), "urgent"),
    (("goodbye everyone, see you at clinic next week",), "none"),
])
def test_rules_read_the_rounds_classes_pass_107(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 108, from rounds 07ZZY and 07ZZZ (read by the rules alone): Nigerian Pidgin "nor"/"nor de"
# (not; is not ...-ing) and Scots "she'll no" (won't), read as two typed words to one or two;
# a span up to now ("in the last month", "for the last month") is not a time long past; medicines
# by brand ("a heap of panadol"); a fit told as shaking and stiff, or eyes going up; one's own plan
# "how to do it" timed for when the others are at school. Not red flags: a hand burnt on a hot thing,
# told ("on the seatbelt lol"); what a list says, after a comma ("a list, it says ..."); something
# read that "confused me"; "last season".
@pytest.mark.parametrize("turns, level", [
    (("my dad is on chemo for leukaemia, he fall down for bathroom, e nor de answer me, e nor de move",), "emergency"),
    (("mi pikin nor get temperature since morning, e nor cough, e dey play. he is on chemo",), "none"),
    (("on chemo, the bairn's got ulcers in her mooth, she'll no drink a drop",), "urgent"),
    (("he's on chemo and he'll no wake up",), "emergency"),
    (("in the last month he lost 6 kilos and he is always tired",), "soon"),
    (("for the last month he has been tired and pale",), "soon"),
    (("my friend just texted she took a heap of co-codamol",), "emergency"),
    (("she swallowed a handful of sertraline",), "emergency"),
    (("my son on chemo, his eyes went up and his arms are shaking",), "emergency"),
    (("she is on chemo, she is shaking and stiff",), "emergency"),
    (("I have a plan how to do it on Monday when he is in school",), "emergency"),
    (("I have it planned for Friday when the kids are at school",), "emergency"),
    (("burned my hand on the seatbelt lol, the car was roasting",), "none"),
    (("the hospital leaflet, it says a fever over 38 means ring them. why 38?",), "none"),
    (("the app, which says bleeding gums are a sign, confused me",), "none"),
    (("my son fainted at football last season while on chemo, he was fine, he is back playing now",), "none"),
    # guards
    (("I burned my arm on the hob on purpose",), "emergency"),
    (("we have a plan how to do it on Monday when he is in school, the nurse will flush his line",), "none"),
    (("in the last year he has done really well on maintenance, no problems at all",), "none"),
    (("can he take panadol for a headache in maintenance?",), "none"),
    (("hell no, I'm not letting him skip his tablets",), "none"),
    (("no fever nor chills, he's fine, on chemo",), "none"),
    (("he's on chemo and his eyes are rolling back",), "emergency"),
    (("my daughter is on chemo, the leaflet is on the table, she has a fever of 38.5",), "urgent"),
    (("he is on chemo and he is confused, he does not know me",), "urgent"),
]
)
def test_rules_read_the_rounds_classes_pass_108(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 109, from rounds 07ZZZA and 07ZZZB (read by the rules alone): an ellipsis is a pause inside
# a sentence, so a story or a what-if told between "..." holds together; a comma straight after a
# what-if ("what if, ...") does not end it; letters written to "his" children; "sort it" set for a
# time, beside another sign; a chest clutched or gripped; "everything's blurry" ("'s" fused on);
# Scots "peely-wally" (pale), "no eating" and "efter". Not a red flag: a hot drink waited on
# ("lava ... still cant drink it").
@pytest.mark.parametrize("turns, level", [
    (("Back in 2019... my grandson had a seizure... he was in hospital... he has been well ever since... he is 12",),
     "none"),
    (("I am worried... what if... she has a fit while she stays with us...",), "none"),
    (("what if, he has a seizure at nursery, who do they call?",), "none"),
    (("my brother wrote letters to his daughters and says he will deal with it tomorrow. he has leukaemia",),
     "emergency"),
    (("my dad is on chemo and he's gripping his chest, he's grey and sweating",), "emergency"),
    (("my daughter is on chemo", "she says everything's fuzzy, she can't see the telly"), "urgent"),
    (("the wean's peely-wally and no eating much, we've not seen the doctor yet",), "soon"),
    (("the hot chocolate from the machine is lava, been 10 mins and i still cant drink it",), "none"),
    # guards
    (("he's on chemo... he's not breathing properly... lips going blue...",), "emergency"),
    (("my son is on chemo... temp 38.6... shivering...",), "urgent"),
    (("we talked about the kids' christmas lists, and then her face went lopsided and she's slurring",), "emergency"),
    (("I wrote to my kids' school about his treatment and I'll sort it out tomorrow with the head",), "none"),
    (("I'm going to sort it tonight, the washing is piling up",), "none"),
    (("she's on chemo, her tea is too hot so she can't drink it yet",), "none"),
    (("if, god forbid, she has a fit at school, what does the teacher do?",), "none"),
])
def test_rules_read_the_rounds_classes_pass_109(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 110, from rounds 07ZZZD and 07ZZZE (read by the rules alone): a word said twice for weight is
# read once ("small small urine"); how little wee is passed. Not red flags: a thing someone made
# ("the slime we made ... 39C"); a fear of what someone will do, or "maybe" will ("afraid my
# daughter will stop breathing", "scared maybe my son catch chickenpox"), and "scared stiff he'll";
# a clinic "bringing them up" (a subject raised); taken to the ward and treated, then "back at
# school today" (a recent time that dates the recovery); a note of one word to a sentence ("had
# temp 38 tues. admitted. antibiotics. home now fine."); hay fever.
@pytest.mark.parametrize("turns, level", [
    (("the slime we made is still warm, about 39C, the kids are waiting for it to cool",), "none"),
    (("scared stiff he'll bang his head at football when his platelets are low, should he sit out?",), "none"),
    (("I'm afraid my daughter will stop breathing in her sleep. she is fine, I just can't stop thinking it",), "none"),
    (("what's a late effect? the hospital keep bringing them up at clinic",), "none"),
    (("the lad who was shivery on Monday - his mum took him straight to the ward, he was treated and he's back at"
      " school today",), "none"),
    # guards
    (("he's on chemo, he felt shivery so we took him to the ward, he is still shaking now",), "urgent"),
    (("she's on chemo, shivery this morning, we rushed her to the ward, she's back at school today but hot again",),
     "urgent"),
    (("in the car he is 38.5 and shivering, on chemo",), "urgent"),
    (("he's on chemo and keeps bringing them up, every tablet",), "urgent"),
    (("I'm worried my son will not drink, he hasn't drunk anything all day and he's on chemo",), "urgent"),
    (("since yesterday she is passing only small small wee, she had a transplant for ALL",), "urgent"),
    (("had temp 38.4 weds. admitted. antibiotics. home now fine.",), "none"),
    (("I'm scared maybe my son catch chickenpox at nursery, what we do then?",), "none"),
    (("just popping in for hay fever tablets, she finished ALL treatment years ago",), "none"),
    (("he is on chemo and has hay fever and a fever of 38.5",), "urgent"),
    (("she's on chemo. had temp 38.5 this morning. antibiotics. still hot now",), "urgent"),
    (("the lad's left a note on the kitchen table saying sorry for everything",), "emergency"),
])
def test_rules_read_the_rounds_classes_pass_110(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 111, from rounds 07ZZZF and 07ZZZG (read by the rules alone): Scots "aff", "brig", "daein",
# and a height named with its place ("walk off the Tay bridge"); "a strong pain" (severe, as a second
# language says it). Not red flags: the last word of a long match denied ("no redness no swelling
# nothing leaking"); "scanned him" (a seeing-to); "when she was in hospital for induction" (a time
# long past).
@pytest.mark.parametrize("turns, level", [
    (("the wee man's on chemo and says he's gonnae walk aff the Forth brig the night",), "emergency"),
    (("my husband is on chemo, now he has a strong pain in his back since this morning",), "urgent"),
    (("checked her line, no redness no swelling nothing leaking, all fine",), "none"),
    (("she bumped her head on Saturday, they scanned her at the hospital that night, all clear, she's grand now",),
     "none"),
    (("When my wife was in hospital for induction, she was confused for a day. The doctors fixed it and she is"
      " normal for months now.",), "none"),
    # guards
    (("she's on chemo and they gave her strong pain relief for her back, can she take it at home?",), "none"),
    (("he's on chemo and his port is leaking",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_111(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 112, from rounds 07ZZZH and 07ZZZI (read by the rules alone): "don't think I'll be about much
# longer" (hedged, "about" for around); "very much back pain"; spots of two colours ("purple-red
# pinpoint spots"). Not red flags: an overdose long ago, then "received excellent care and
# counselling" and "in a good place now"; a story in bare verbs ("we go emergency, they give
# antibiotics, now he already fine"); "my daughter hot chocolate is too hot" (hot, of the thing named
# next); "I worry constantly that ... might"; "it's 38 degrees and pouring in Seattle".
@pytest.mark.parametrize("turns, level", [
    (("don't think I'll be about much longer and it's not the leukaemia. got it all sorted how I'll do it",),
     "emergency"),
    (("my daughter is on chemo, today she has very much back pain, new one",), "urgent"),
    (("she's had little purple-red pinpoint spots on her legs for a few days, no idea where from",), "soon"),
    (("Three years ago, after my diagnosis, I took an overdose. I received excellent care and counselling and I am in"
      " a good place now. Are there support groups?",), "none"),
    (("my husband have fever last week on chemo, we go emergency, they give antibiotics, now he already fine",),
     "none"),
    (("my daughter hot chocolate is too hot, 70 degree, she is waiting",), "none"),
    (("I worry constantly that my daughter might get a fever at night. Should I set an alarm?",), "none"),
    (("it's 38 degrees and pouring in Seattle, movie day with my son on his chemo week",), "none"),
    # guards
    (("his nose is pouring with blood, on chemo",), "emergency"),
    (("he's on chemo. it's 38 degrees, he's shivery",), "urgent"),
    (("she is on chemo and has a hot forehead, 38.6",), "urgent"),
    (("I worry constantly about him, he's on chemo and has had a fever of 38.5 since lunch",), "urgent"),
    (("baby sis has ALL, mid treatment, just spiked to 101.3. do we go to the ER or call someone?",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_112(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 113, from rounds 07ZZZJ and 07ZZZK (read by the rules alone): Geordie "heed" for head; a fit
# told in Pidgin (shaking, then not hearing, foam from the mouth); an arm that has "come up massive";
# a gun in the shed beside "better off with the insurance money"; pills counted out and "fixin to"
# take every one. Not red flags: Pidgin "las year" with "now e well"; "so hot until want die";
# "the milk I warm for my son is 40"; "X can be a side effect of Y"; thoughts long past, with help had
# and "been in a good place" (the rules give guidance).
@pytest.mark.parametrize("turns, level", [
    (("our lad's platelets were low yesterday", "he's gone and banged his heed on the door frame"), "urgent"),
    (("mi pikin dey shake shake, e no dey hear me at all",), "emergency"),
    (("she's on chemo, she's jerking a bit and there's froth round her mouth",), "emergency"),
    (("he's on chemo and his PICC arm has come up huge and red and sore",), "urgent"),
    (("sat in the garage with the shotgun. they'd be better off with the life insurance",), "emergency"),
    (("his tablets are all lined up on the table and he says he's fixin to take every one",), "emergency"),
    (("las year mi pikin get fever on chemo, dem tek am go hospital, now e fine",), "none"),
    (("this flat so hot until want die, 33 degree, fan also spoil",), "none"),
    (("the bottle I warm for my daughter is 39 degrees, is that ok for her to drink?",), "none"),
    (("a dad rang asking whether chest pain can be a side effect of the steroids, general question",), "none"),
    # guards
    (("my son is on chemo and has chest pain, can it be a side effect?",), "emergency"),
    (("he's on chemo and is so hot I'm scared, 39.2",), "urgent"),
    (("the bath I run for him is 38 and he is 38.9 too, on chemo",), "urgent"),
    (("I'm so tired until I want to die",), "emergency"),
    (("the hospital gave me loads of tablets and I'll take every one of them as they said",), "none"),
])
def test_rules_read_the_rounds_classes_pass_113(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 114, from rounds 07ZZZL and 07ZZZM (read by the rules alone). Not red flags: a sign told in
# the past and treated, then "is normal now", "temp normal since", "now he finished treatment";
# a city "very hot today" beside a reading below 37.5 ("hot today" is quieted by one, like "feels
# hot") or a number of degrees after it with no one named before; a list opened by "like" after a
# question asking which signs; a faint with "the doctors were right there"; "abx" read as
# antibiotics; nightmares that something will happen (a fear).
@pytest.mark.parametrize("turns, level", [
    (("in consolidation my dad got really confused for a day, the doctors found why and treated it, he is normal"
      " now",), "none"),
    (("My dad's PICC arm was swollen in spring, they found a clot and treated it and the line came out. Now he"
      " finished treatment and the arm is normal",), "none"),
    (("Lagos is very hot today, 34 degrees. can my son on chemo go out to play?",), "none"),
    (("Accra is very hot today, 32 degrees, can my son on chemo go out to play?",), "none"),
    (("wha kinda signs me must watch for dat mean e need hospital? like bleedin, fever an so?",), "none"),
    (("he had a funny turn at clinic on monday, fainted, the doctors were right there and he was fine after some"
      " juice",), "none"),
    (("had 38.3 on friday, went in, got abx, home now, temp normal since saturday",), "none"),
    (("I get nightmares she'll stop breathing in her sleep. she's fine, it's just me",), "none"),
    # guards
    (("he's on chemo and boiling hot today, 38.9",), "urgent"),
    (("she fainted at clinic just now, the nurses were right there",), "emergency"),
    (("she's on chemo. which signs mean hospital? like now she has a fever, bleeding",), "urgent"),
    (("on chemo. had 38.2 on sunday, got abx, but she's 38.6 again now",), "urgent"),
    (("on chemo and hot today, feels like a fever",), "urgent"),
    (("she's on chemo and she's hot today, 31 degrees in her room",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_114(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 115, from rounds 07ZZZN and 07ZZZO (read by the rules alone): Scots and Shetland words (whit,
# ony, mair, hame, sair, fae, swally, giein, awa, telt, himsel; "ah'm no" for "I'm not"); a height
# named by more words or parked up by; "doesn't see the point of carrying on"; "dae himsel in";
# "won't be needing his ... any more"; Hawaiian Pidgin "no stop", "blood all ova da floor"; "bleeding
# very heavy" and a dressing soaked after bleeding. A recent "ago" ("that was 20 minutes ago") no
# longer dates a sign as over. Not red flags: "now it is one week without fever" after a seeing-to;
# "know when he go back" (the plan's "go" only ends a clause).
@pytest.mark.parametrize("turns, level", [
    (("whit's the point o ony mair chemo. ah've been standin on the auld railway brig since tea, lookin"
      " doon. ah'm no comin hame",), "emergency"),
    (("caller says she's parked up by the cliff edge and doesn't see the point of carrying on",), "emergency"),
    (("on chemo and her mooth's that sair fae it she cannae swally even water",), "urgent"),
    (("he's been giein awa aa his things an telt his faither he'll no be needin his guitar ony mair",), "emergency"),
    (("I'm feart he means tae dae himsel in",), "emergency"),
    (("my tita stay bleeding from her nose, blood all ova da floor, no stop already",), "emergency"),
    (("she's on chemo and bleeding very heavy after her lumbar puncture, the dressing is soaked",), "emergency"),
    (("my daughter had a fever of 38.9 in induction, they admitted her, antibiotics, 3 days. Now it is one"
      " week without fever. Thank you",), "none"),
    (("He no have fever, no bleeding, he eat good. He only want to know when he go back to football",), "none"),
    (("she had a fit, which was 20 minutes ago",), "emergency"),
    (("on chemo. her port site bled and the dressing was soaked with blood. that was two hours ago",), "emergency"),
    # guards
    (("i've worked out how i'd go. tonight",), "emergency"),
    (("on chemo. she had a fever, they admitted her, now it is two days without fever but today 38.9 again",),
     "urgent"),
    (("I'm no feeling great, bit tired, on maintenance",), "none"),
    (("she's on chemo and her nosebleed won't stop, it's been 20 minutes",), "urgent"),
    (("the summer he started school he had a big bleed from his line site, the dressing was soaked. thats"
      " four years ago, he's in year 4",), "none"),
    (("she had a fit, which was four years ago",), "none"),
    (("on chemo, my PICC is leaking and the dressing is soaked",), "urgent"),
])
def test_rules_read_the_rounds_classes_pass_115(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 116, from rounds 07ZZZP and 07ZZZQ (read by the rules alone; all false alarms): a faint or
# blood in the wee seen to ("nurses checked her", "doctor checked", "changed a medicine") and well
# ("now his wee is clear"); "had her antibiotics" and "is home and well now"; a heat a thing was
# warmed or let cool to; a crisis feeling imagined to come, said not to be now; "aint tryna hurt myself".
@pytest.mark.parametrize("turns, level", [
    (("she fainted at clinic on tuesday when they did her bloods, nurses checked her and said it was the needle."
      " she is fine now",), "none"),
    (("my son had blood in his wee on friday, doctor checked, they changed a medicine and now his wee is clear",),
     "none"),
    (("update: the mum whose daughter had the fever rang back, she was admitted, had her antibiotics and is home and"
      " well now",), "none"),
    (("the bath for my son on chemo, I warmed it to 37.8 degrees, is that ok?",), "none"),
    (("the porridge was boiling so I let it cool to 39 degrees before she had it, she's on chemo",), "none"),
    (("what if i start feeling like i want to end it during treatment, who do i talk to? not now, the nurse just asked"
      " us to think ahead",), "none"),
    (("nah i aint tryna hurt myself, just fed up of chemo",), "none"),
    # guards
    (("she fainted at clinic just now, nurses checked her and she's still not right",), "emergency"),
    (("on chemo. the bath water was fine but he is 38.4 now",), "urgent"),
    (("what if i start feeling like i want to end it? i kind of do already",), "emergency"),
    (("i'm tryna hurt myself",), "emergency"),
])
def test_rules_read_the_rounds_classes_pass_116(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 117, from rounds 07ZZZR and 07ZZZS (read by the rules alone): crisis signs in more forms (who
# gets "the" dog, "this is me signing off", a spot picked, a gun taken out of its cabinet, sparing
# someone "all that again", a household cleaner to be drunk); blood "all through" a poo. Not red
# flags: a heat a bath is kept at; "why's" opening a question.
@pytest.mark.parametrize("turns, level", [
    (("skipped my next chemo. whats the point. sorted who gets the dog. this is me signing off x",), "emergency"),
    (("caller says she has a rope in the boot of her car and has picked a spot",), "emergency"),
    (("took the rifle out the gun cabinet last night. dont see why i should put my wife through all that again",),
     "emergency"),
    (("my neighbour says she will drink the disinfectant, she can't watch him suffer any more",), "emergency"),
    (("my son's on chemo", "he's just done a poo with blood all through it"), "urgent"),
    (("the bath I keep at 37.6 for my daughter, too warm?",), "none"),
    (("Why's pink wee on the list of reasons to phone? what does it mean?",), "none"),
    # guards
    (("my dad's on chemo and is 38.8, I keep at him to drink",), "urgent"),
    (("on chemo, black poo today, why's that?",), "urgent"),
    (("signing off for tonight, thanks for the help x",), "none"),
])
def test_rules_read_the_rounds_classes_pass_117(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


# Pass 118, from rounds 07ZZZT and 07ZZZU (read by the rules alone): Black Country "swole", "bin",
# "cor", "o"; a leg "gone all swollen and red" with no possessive; "shaking with fits", foam from a
# bare "mouth"; a hose for a car and parked up past a quarry; "gone down on deck", a chest clutched
# with the h dropped ("'is chest"). Not red flags: "a 40 degree scorcher today"; a hospital stay
# told in bare verbs, "now she home"; "two terms ago"; "which signs of X should we look out for";
# "one day she won't".
@pytest.mark.parametrize("turns, level", [
    (("on chemo, his leg's gone all swole an red",), "urgent"),
    (("my sister with leukaemia is jerking with fits and froth round mouth",), "emergency"),
    (("she's on chemo", "she's bin sick four times an cor keep a drop o water down"), "urgent"),
    (("got the hose sorted for the van and I'm parked up past the old quarry. had enough",), "emergency"),
    (("grandad's on chemo and he's gone down on deck clutchin 'is chest",), "emergency"),
    (("it's a 40 degree scorcher today, any tips keeping my son on chemo cool?",), "none"),
    (("last week my daughter had fever on chemo, we call the team, she stay in hospital 2 days, now she home",),
     "none"),
    (("one of my pupils collapsed in PE two terms ago, that's how she got diagnosed. She's back in class now",),
     "none"),
    (("which signs of a line infection should we look out for?",), "none"),
    (("i'm scared one day she won't wake up. she's fine, she's asleep next to me, it's just nerves",), "none"),
    # guards
    (("he's on chemo and shaking, he won't answer me",), "emergency"),
    (("on chemo, temp 38.4 now, he's 38 degrees and shivering",), "urgent"),
    (("she collapsed two minutes ago at training and isn't waking",), "emergency"),
    (("got the hose out to wash the ute, kids helped",), "none"),
])
def test_rules_read_the_rounds_classes_pass_118(scanner, reader, turns, level) -> None:
    assert urgency(scan(scanner, reader, *turns)) == level, turns


def test_every_hazard_names_tests_that_exist() -> None:
    """docs/safety.md links each hazard to tests; each named test must be a function in that file."""
    import re

    log = (ROOT / "docs/safety.md").read_text()
    rows = [line for line in log.splitlines() if re.match(r"\| H\d+ \|", line)]
    assert len(rows) >= 10
    for row in rows:
        names = re.findall(r"(tests/\w+\.py)::(\w+)", row)
        assert names, f"hazard without a test: {row[:60]}"
        for file, function in names:
            path = ROOT / file
            if path.exists():
                assert re.search(rf"^def {function}\(", path.read_text(), re.MULTILINE), f"{file}::{function}"


@pytest.mark.parametrize("module", ["bot.text.tokens", "bot.text.phrases", "bot.safety.temperature",
                                    "bot.safety.wording", "bot.contacts", "bot.profile"])
def test_docstring_examples_run(module: str, monkeypatch) -> None:
    import doctest
    import importlib

    monkeypatch.chdir(ROOT)  # bot.profile's example opens intents/profile.yaml
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0

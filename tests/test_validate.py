"""`python -m bot validate` catches each kind of content error, with file, intent and field,
and loading refuses the same content."""

from __future__ import annotations

import pytest
import yaml

from bot.content import ContentError, check_content, load_content

GOOD = {
    "id": "test-intent",
    "title": "A test topic",
    "topic": "basics",
    "examples": [f"test question number {w}" for w in "abcdefghijkl"],
    "answer": "A short answer.",
    "sources": ["cc-what-is"],
}


def add_intents(folder, *intents, name="zz-test.yaml"):
    (folder / "topics" / name).write_text(yaml.safe_dump({"intents": list(intents)}))


def problems_in(folder):
    return [str(p) for p in check_content(folder)]


def test_built_in_content_is_valid(cli):
    result = cli("validate")
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert result.stdout.decode().startswith("ok:")


def test_good_extra_intent_passes(content_copy):
    add_intents(content_copy, GOOD)
    assert problems_in(content_copy) == []


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"id": "what-is-all"}, "id", "duplicate intent id"),
        ({"sources": ["no-such-section"]}, "sources", "unknown source section"),
        ({"follow_ups": ["no-such-intent"]}, "follow_ups", "unknown intent"),
        ({"facets": {"adult": "no-such-intent"}}, "facets.adult", "unknown intent"),
        ({"answer": "   "}, "answer", "non-empty"),
        ({"answer": ["a", "list"]}, "answer", "non-empty"),
        ({"examples": "one string"}, "examples", "list of text"),
        ({"examples": ["too", "few"]}, "examples", "needs at least"),
        ({"topic": "astrology"}, "topic", "unknown topic"),
        ({"kind": "chitchat"}, "kind", "must be one of"),
        ({"sources": []}, "sources", "at least one source"),
        ({"colour": "blue"}, "colour", "unknown field"),
        ({"handoff": "yes please"}, "handoff", "true or false"),
        ({"patterns": ["(unclosed"]}, "patterns", "not a valid regular expression"),
        ({"answer": "Call {your_gp} today."}, "answer", "unknown placeholder(s) 'your_gp'"),
        ({"answer": "Ring us {support_line"}, "answer", "unmatched brace"),
        ({"audience": {"teenager": "Words for teenagers."}}, "audience", "must map adult or child"),
        ({"audience": {"adult": "  "}}, "audience", "must map adult or child"),
        ({"audience": {"adult": "Call {your_gp} today."}}, "audience", "unknown placeholder(s) 'your_gp'"),
        ({"kind": "scope", "audience": {"adult": "Not here."}}, "audience", "only info answers"),
    ],
)
def test_each_content_error_is_reported_with_file_intent_and_field(content_copy, change, field, words):
    add_intents(content_copy, {**GOOD, **change})
    problems = problems_in(content_copy)
    intent_id = change.get("id", GOOD["id"])
    assert any(p.startswith("topics/zz-test.yaml: ") and f": {intent_id}: {field}: " in p and words in p
               for p in problems), problems


def test_same_example_in_two_intents_after_normalisation(content_copy):
    # "Leukaemia" and "leukemia", "chemo" and "chemotherapy" are the same words after normalisation.
    first = {**GOOD, "examples": [*GOOD["examples"][:-1], "Is CHEMO given for leukaemia??"]}
    second = {**GOOD, "id": "other-test", "examples": [f"other phrase {w}" for w in "abcdefghijk"]
              + ["is chemotherapy given for leukemia"]}
    add_intents(content_copy, first, second)
    problems = problems_in(content_copy)
    assert any("other-test: examples:" in p and "same as an example of 'test-intent'" in p for p in problems), problems


def test_yaml_syntax_error_names_the_line(content_copy):
    (content_copy / "topics" / "zz-broken.yaml").write_text("intents:\n  - id: x\n    examples: [unclosed\n")
    problems = problems_in(content_copy)
    assert any(p.startswith("topics/zz-broken.yaml: -: line ") and "not valid YAML" in p for p in problems)


def test_a_key_written_twice_is_refused_not_silently_dropped(content_copy):
    # A second `unless:` added to a rule would otherwise replace the first without a word.
    rules = (content_copy / "safety.yaml").read_text(encoding="utf-8")
    twice = rules.replace("\n    unless: [", '\n    unless: ["x"]\n    unless: [', 1)
    assert twice != rules
    (content_copy / "safety.yaml").write_text(twice, encoding="utf-8")
    problems = problems_in(content_copy)
    assert any("safety.yaml" in p and "'unless' is written twice" in p for p in problems), problems


def test_unknown_section_document_in_catalogue(content_copy):
    catalogue = yaml.safe_load((content_copy / "sources.yaml").read_text())
    catalogue["sections"].append({"id": "bad-section", "document": "nowhere", "section": "x"})
    (content_copy / "sources.yaml").write_text(yaml.safe_dump(catalogue))
    assert any("sources.yaml: bad-section: document: unknown document" in p for p in problems_in(content_copy))


def test_loading_refuses_invalid_content_with_the_same_messages(content_copy):
    add_intents(content_copy, {**GOOD, "sources": ["no-such-section"]})
    with pytest.raises(ContentError) as caught:
        load_content(content_copy)
    assert "zz-test.yaml: test-intent: sources: unknown source section" in str(caught.value)


def test_validate_exits_1_and_lists_problems(cli, content_copy):
    add_intents(content_copy, {**GOOD, "follow_ups": ["nowhere"]}, {**GOOD, "id": "test-two", "answer": ""})
    result = cli("--intents", str(content_copy), "validate")
    out = result.stdout.decode()
    assert result.returncode == 1
    assert "test-intent: follow_ups: unknown intent 'nowhere'" in out
    assert "test-two: answer: must be non-empty text" in out
    assert "Traceback" not in result.stderr.decode()


def test_other_commands_refuse_invalid_content_cleanly(cli, content_copy):
    add_intents(content_copy, {**GOOD, "sources": ["nope"]})
    result = cli("--intents", str(content_copy), "ask", "hello")
    assert result.returncode == 1
    assert "cannot load content" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_missing_content_folder_is_a_usage_error(cli, tmp_path):
    result = cli("--intents", str(tmp_path / "nowhere"), "validate")
    assert result.returncode == 1
    assert "content folder not found" in result.stdout.decode()


def test_shortlist_size_in_config_is_a_whole_number_that_works(content_copy):
    """`matcher.scoring.rerank` counts intents: 12 loads and answers, 12.5 is reported."""
    from bot import Bot

    config = content_copy / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["matcher"]["scoring"]["rerank"] = 12
    config.write_text(yaml.safe_dump(data))
    assert Bot.from_content(load_content(content_copy)).ask("how long is maintenance?").intent == "maintenance"
    data["matcher"]["scoring"]["rerank"] = 12.5
    config.write_text(yaml.safe_dump(data))
    assert [(p.field, p.message) for p in check_content(content_copy)] == [("rerank", "must be a whole number")]


@pytest.mark.parametrize(("file", "text", "expected"), [
    ("safety.yaml", "", "safety.yaml: -: rules: must be a non-empty list of rules"),
    ("safety.yaml", "version: 1\nrules: []\n", "safety.yaml: -: rules: must be a non-empty list of rules"),
    ("profile.yaml", "relations: {}\n", "profile.yaml: -: -: cannot be read"),
    ("contacts.yaml", "locales: {UK: {emergency_number: '999'}}\n", "contacts.yaml: UK: -: cannot be read"),
])
def test_every_data_file_a_bot_loads_is_checked(content_copy, file: str, text: str, expected: str) -> None:
    # Nothing validate calls ok may fail later with a traceback when the bot loads.
    (content_copy / file).write_text(text)
    assert any(p.startswith(expected) for p in problems_in(content_copy)), problems_in(content_copy)
    with pytest.raises(ContentError):
        load_content(content_copy)


def test_validate_warns_when_an_alternation_is_written_out_three_times(cli, content_copy) -> None:
    data = yaml.safe_load((content_copy / "safety.yaml").read_text())
    rule = data["rules"][0]
    rule["match"]["phrases"] += [f"(zzfoo|zzbar|zzbaz) thing{n}" for n in range(3)]
    (content_copy / "safety.yaml").write_text(yaml.safe_dump(data))
    result = cli("--intents", str(content_copy), "validate")
    out = result.stdout.decode()
    assert result.returncode == 0 and "warning: safety.yaml: (zzbar|zzbaz|zzfoo) is written out 3 times" in out, out


def test_a_vocab_word_yaml_reads_as_true_is_refused(content_copy) -> None:
    # YAML 1.1 reads a bare "on" as true: the class would match "True", never "on", and every phrase
    # using it would go quiet. validate names the entry instead.
    text = (content_copy / "safety.yaml").read_text()
    (content_copy / "safety.yaml").write_text(text.replace("vocab:\n", "vocab:\n  zz_linkers: [on, to, for]\n", 1))
    assert any("vocab.zz_linkers: entries must be text" in p for p in problems_in(content_copy)), \
        problems_in(content_copy)
    with pytest.raises(ContentError):
        load_content(content_copy)

"""The build cache: reused when nothing changed, rebuilt when content changes, never required."""

from __future__ import annotations

import pytest

from bot import Bot


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ALLBOT_CACHE_DIR", str(folder))
    monkeypatch.delenv("ALLBOT_NO_CACHE", raising=False)
    return folder


def test_second_load_comes_from_the_cache(cache_folder, content_copy):
    first = Bot.load(content_copy)
    assert len(list(cache_folder.glob("*.json"))) == 1
    second = Bot.load(content_copy)
    assert second.ask("how long is maintenance?").answer == first.ask("how long is maintenance?").answer


def test_a_content_change_is_never_hidden_by_the_cache(cache_folder, content_copy):
    Bot.load(content_copy)
    topic = content_copy / "topics" / "treatment.yaml"
    topic.write_text(topic.read_text().replace("Maintenance", "Upkeep", 1))
    changed = Bot.load(content_copy)
    assert len(list(cache_folder.glob("*.json"))) == 2
    assert any("Upkeep" in i.title or "Upkeep" in i.answer for i in changed.content.intents)


def test_contacts_are_part_of_the_key(cache_folder, content_copy):
    uk = Bot.load(content_copy, locale="UK")
    us = Bot.load(content_copy, locale="US")
    assert uk.contacts.emergency_number != us.contacts.emergency_number


def test_a_broken_cache_file_is_rebuilt(cache_folder, content_copy):
    Bot.load(content_copy)
    (entry,) = cache_folder.glob("*.json")
    entry.write_bytes(b"not plain data")
    assert Bot.load(content_copy).ask("hello").intent == "greeting"


def test_no_cache_when_turned_off(cache_folder, content_copy, monkeypatch):
    monkeypatch.setenv("ALLBOT_NO_CACHE", "1")
    Bot.load(content_copy)
    assert not cache_folder.exists()


def test_invalid_content_is_refused_even_after_a_cached_build(cache_folder, content_copy):
    from bot import ContentError

    Bot.load(content_copy)
    (content_copy / "topics" / "treatment.yaml").write_text("intents: not-a-list\n")
    with pytest.raises(ContentError):
        Bot.load(content_copy)


def test_a_copy_of_the_same_content_is_its_own_bot(cache_folder, content_copy, tmp_path):
    # Same bytes at another path must not reuse the first build: the bot knows its folder, and
    # `eval --tune` writes to that folder's config.yaml.
    import shutil

    first = Bot.load(content_copy)
    other = tmp_path / "elsewhere"
    shutil.copytree(content_copy, other)
    second = Bot.load(other)
    assert first.content.directory == content_copy
    assert second.content.directory == other


PLANTED = b"""cos
system
(S'touch {marker}'
tR."""


def test_a_planted_pickle_runs_nothing(cache_folder, content_copy, tmp_path, cli):
    """A file planted in the cache folder, under every name the cache has used, runs no code."""
    Bot.load(content_copy)
    (entry,) = cache_folder.glob("*.json")
    marker = tmp_path / "planted-code-ran"
    payload = PLANTED.replace(b"{marker}", str(marker).encode())
    entry.write_bytes(payload)
    entry.with_suffix(".pickle").write_bytes(payload)
    assert Bot.load(content_copy).ask("hello").intent == "greeting"
    result = cli("--intents", str(content_copy), "ask", "--json", "hello", env={"ALLBOT_CACHE_DIR": str(cache_folder)})
    assert result.returncode == 0 and not marker.exists()


def test_an_entry_naming_another_class_is_refused(cache_folder, content_copy):
    import json

    Bot.load(content_copy)
    (entry,) = cache_folder.glob("*.json")
    for planted in ({"c": "os:system", "n": 0, "v": {}}, {"c": "bot.records.store:TranscriptStore", "n": 0, "v": {}},
                    {"e": ["subprocess:Popen", "x"]}):
        entry.write_text(json.dumps(planted))
        assert Bot.load(content_copy).ask("hello").intent == "greeting"


def test_a_folder_that_is_not_private_is_closed_or_left_alone(cache_folder, content_copy, monkeypatch):
    import os

    cache_folder.mkdir()
    cache_folder.chmod(0o777)  # ours but open to all: made private before anything is written
    Bot.load(content_copy)
    assert cache_folder.stat().st_mode & 0o777 == 0o700 and len(list(cache_folder.glob("*.json"))) == 1
    (entry,) = cache_folder.glob("*.json")
    entry.chmod(0o644)  # an entry others could have swapped in is not read, and is rebuilt over
    assert Bot.load(content_copy).ask("hello").intent == "greeting"
    assert entry.stat().st_mode & 0o777 == 0o600
    real_uid = os.getuid()
    monkeypatch.setattr("bot.cache.os.getuid", lambda: real_uid + 1)  # the folder now belongs to someone else
    before = entry.stat().st_mtime_ns
    assert Bot.load(content_copy).ask("hello").intent == "greeting"
    assert entry.stat().st_mtime_ns == before  # neither read (it was rebuilt) nor written over


def test_the_cached_bot_answers_as_the_built_one(cache_folder, content_copy):
    import yaml

    from tests.conftest import DATA

    built = Bot.load(content_copy)
    cached = Bot.load(content_copy)
    assert cached is not built and cached.index is not built.index
    phrases = [case["text"] for case in yaml.safe_load((DATA / "in_scope.yaml").read_text())["phrases"]][:150]
    phrases += ["my son is on chemo and has a temperature of 39", "I want to kill myself", "and for adults?"]
    for text in phrases:
        assert cached.ask(text).to_dict() == built.ask(text).to_dict(), text


def test_a_retrained_safety_net_is_never_hidden_by_the_cache(content_copy, monkeypatch, tmp_path):
    # The key covers the package's data files (net.json, word lists), not only its code.
    from bot import cache

    package = tmp_path / "bot"
    (package / "safety").mkdir(parents=True)
    (package / "safety" / "net.json").write_text('{"a": 1}')
    monkeypatch.setattr(cache, "_PACKAGE", package)
    before = cache.fingerprint(content_copy, {})
    (package / "safety" / "net.json").write_text('{"a": 2}')
    assert cache.fingerprint(content_copy, {}) != before


def test_stored_values_come_back_with_their_types():
    # A list of tuples must come back as tuples (the matcher's tables are compared by type).
    from bot import plaindata

    value = {"pairs": [(1, 2.5), ("a", None)], "flat": [1, 2, 3], "nested": ((1, (2,)), [3, [4]])}
    assert plaindata.decode(plaindata.encode(value)) == value

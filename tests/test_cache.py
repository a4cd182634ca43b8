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
    assert len(list(cache_folder.glob("*.pickle"))) == 1
    second = Bot.load(content_copy)
    assert second.ask("how long is maintenance?").answer == first.ask("how long is maintenance?").answer


def test_a_content_change_is_never_hidden_by_the_cache(cache_folder, content_copy):
    Bot.load(content_copy)
    topic = content_copy / "topics" / "treatment.yaml"
    topic.write_text(topic.read_text().replace("Maintenance", "Upkeep", 1))
    changed = Bot.load(content_copy)
    assert len(list(cache_folder.glob("*.pickle"))) == 2
    assert any("Upkeep" in i.title or "Upkeep" in i.answer for i in changed.content.intents)


def test_contacts_are_part_of_the_key(cache_folder, content_copy):
    uk = Bot.load(content_copy, locale="UK")
    us = Bot.load(content_copy, locale="US")
    assert uk.contacts.emergency_number != us.contacts.emergency_number


def test_a_broken_cache_file_is_rebuilt(cache_folder, content_copy):
    Bot.load(content_copy)
    (entry,) = cache_folder.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
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

"""Text built to cost the bot time: the scan cap holds after Unicode normalisation too."""

from __future__ import annotations

from bot.safety.scanner import SafetyScanner


def test_characters_that_expand_cannot_take_the_scan_past_its_cap(bot, monkeypatch):
    read: list[int] = []
    real_scan = SafetyScanner.scan_turn  # what a conversation calls for each turn

    def measured(self, basic, *rest):
        read.append(len(basic))
        return real_scan(self, basic, *rest)

    monkeypatch.setattr(SafetyScanner, "scan_turn", measured)
    cap = bot.content.settings.limits.max_scan_chars
    reply = bot.ask("\ufdfa" * cap)  # U+FDFA is 18 characters after NFKC
    assert read and max(read) <= cap
    assert "shorter" in reply.answer


def test_a_red_flag_inside_the_cap_is_still_found_after_expanding_text(bot):
    reply = bot.ask("my son is on chemo and has a temperature of 39 " + "\ufdfa" * 20_000)
    assert reply.urgency == "urgent"

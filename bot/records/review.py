"""The pilot's review: what people asked that the bot could not answer, and the daily counts.

Two lists, kept apart because they call for different work: unanswered messages (the fallback
or a "did you mean" clarification: no intent was given) show which intents to write next;
answered messages below the confidence bar show answers to check. Each list is grouped by
wording similarity (rapidfuzz), so editors see "12 x can my dog get leukaemia" rather than
twelve rows.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.records.store import Turn

_NOT_WORDS = re.compile(r"[^\w\[\]' ]+")


@dataclass(frozen=True)
class QuestionGroup:
    wording: str                # the most frequent wording in the group
    count: int
    wordings: tuple[str, ...]   # other wordings, most frequent first (at most five)
    nearest_intent: str | None  # the intent most often matched (closest, or given at low confidence), if any


@dataclass(frozen=True)
class DayCounts:
    day: str
    turns: int
    sessions: int
    unanswered: int
    low_confidence: int
    handoffs: int
    emergency: int
    urgent: int
    soon: int


@dataclass(frozen=True)
class Review:
    turns: int
    sessions: int
    unanswered: int
    groups: tuple[QuestionGroup, ...]      # unanswered messages
    answered_low: int
    low_groups: tuple[QuestionGroup, ...]  # answered below the bar
    days: tuple[DayCounts, ...]
    low_confidence: float


def is_unanswered(turn: Turn) -> bool:
    """Fell to the fallback or got a clarification: no intent given, and no alert about now
    (an alert is an answer in itself)."""
    return bool(turn.text.strip()) and turn.intent is None and turn.urgency == "none"


def is_answered_low(turn: Turn, low_confidence: float) -> bool:
    """Given an answer, but with confidence below the bar: worth checking it was the right one."""
    return bool(turn.text.strip()) and turn.intent is not None and turn.confidence < low_confidence


def _normal(text: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", text.casefold()).split())


def group_questions(turns: list[Turn], similarity: float = 70.0) -> tuple[QuestionGroup, ...]:
    """Greedy grouping: wordings in order of frequency join the first group whose leading
    wording is at least `similarity` (0..100, token order ignored) alike, or start one."""
    counts = Counter(_normal(t.text) for t in turns)
    counts.pop("", None)
    shown: dict[str, Counter[str]] = defaultdict(Counter)  # normal form -> the words as people typed them
    intents: dict[str, Counter[str]] = defaultdict(Counter)
    for turn in turns:
        shown[_normal(turn.text)][turn.text.strip()] += 1
        if turn.intent:
            intents[_normal(turn.text)][turn.intent] += 1
    leaders: list[str] = []
    members: dict[str, list[str]] = {}
    for wording, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        match = process.extractOne(wording, leaders, scorer=fuzz.token_sort_ratio, score_cutoff=similarity)
        if match is None:
            leaders.append(wording)
            members[wording] = [wording]
        else:
            members[match[0]].append(wording)
    groups = []
    for leader in leaders:
        nearest: Counter[str] = Counter()
        for wording in members[leader]:
            nearest.update(intents.get(wording, {}))
        typed = [shown[w].most_common(1)[0][0] for w in members[leader]]
        groups.append(QuestionGroup(typed[0], sum(counts[w] for w in members[leader]), tuple(typed[1:6]),
                                    nearest.most_common(1)[0][0] if nearest else None))
    return tuple(sorted(groups, key=lambda g: (-g.count, g.wording)))


def daily_counts(turns: Iterable[Turn], low_confidence: float) -> tuple[DayCounts, ...]:
    by_day: dict[str, list[Turn]] = defaultdict(list)
    for turn in turns:
        by_day[turn.day].append(turn)
    return tuple(
        DayCounts(day, len(rows), len({t.session for t in rows}), sum(map(is_unanswered, rows)),
                  sum(is_answered_low(t, low_confidence) for t in rows), sum(t.handoff for t in rows),
                  sum(t.urgency == "emergency" for t in rows),
                  sum(t.urgency == "urgent" for t in rows), sum(t.urgency == "soon" for t in rows))
        for day, rows in sorted(by_day.items()))


def build_review(turns: list[Turn], low_confidence: float = 0.6, similarity: float = 70.0) -> Review:
    unanswered = [t for t in turns if is_unanswered(t)]
    low = [t for t in turns if is_answered_low(t, low_confidence)]
    return Review(len(turns), len({t.session for t in turns}), len(unanswered), group_questions(unanswered, similarity),
                  len(low), group_questions(low, similarity), daily_counts(turns, low_confidence), low_confidence)


def _group_lines(groups: tuple[QuestionGroup, ...], limit: int, intent_heading: str | None) -> list[str]:
    """A table of groups; with `intent_heading`, a column for the intent given (unanswered
    turns have none to show: the store keeps only the intent that was answered)."""
    def row(count: str, intent: str, text: str) -> str:
        return f"{count:>6}  {intent:24}  {text}" if intent_heading else f"{count:>6}  {text}"

    lines = [row("count", intent_heading or "", "what people asked")]
    if not groups:
        lines.append(row("-", "-", "(none)"))
    for group in groups[:limit]:
        also = f"  (also: {'; '.join(group.wordings[:3])})" if group.wordings else ""
        lines.append(row(str(group.count), group.nearest_intent or "-", group.wording + also))
    return lines


def _shown(groups: tuple[QuestionGroup, ...], limit: int) -> str:
    return f" (the {limit} largest shown)" if len(groups) > limit else ""


def review_text(review: Review, limit: int = 30) -> str:
    if not review.turns:
        return "No turns recorded yet."
    lines = [f"{review.turns:,} messages in {review.sessions:,} conversations, "
             f"{review.days[0].day} to {review.days[-1].day}.", "",
             f"Not answered (the fallback, or a 'did you mean' question): {review.unanswered:,} messages "
             f"in {len(review.groups):,} groups{_shown(review.groups, limit)}",
             *_group_lines(review.groups, limit, None), "",
             f"Answered with confidence below {review.low_confidence:.2f} (check the answer was right): "
             f"{review.answered_low:,} messages in {len(review.low_groups):,} groups{_shown(review.low_groups, limit)}",
             *_group_lines(review.low_groups, limit, "answered as"), "",
             "Per day:",
             f"{'day':10}  {'messages':>8}  {'sessions':>8}  {'unanswered':>10}  {'low-confidence':>14}  "
             f"{'handoffs':>8}  {'emergency':>9}  {'urgent':>6}  {'soon':>4}"]
    for d in review.days:
        lines.append(f"{d.day:10}  {d.turns:>8}  {d.sessions:>8}  {d.unanswered:>10}  {d.low_confidence:>14}  "
                     f"{d.handoffs:>8}  {d.emergency:>9}  {d.urgent:>6}  {d.soon:>4}")
    return "\n".join(lines)


CSV_COLUMNS = ("table", "key", "count", "sessions", "unanswered", "low_confidence", "handoffs", "emergency", "urgent",
               "soon", "nearest_intent", "other_wordings")


def _cell(text: str) -> str:
    """People's words must not become spreadsheet formulas when the file is opened."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(review: Review, path: Path) -> None:
    """One file, three tables told apart by the first column: `unanswered` groups, `low_confidence`
    groups (nearest_intent is the intent given), then `daily` counts."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for table, groups in (("unanswered", review.groups), ("low_confidence", review.low_groups)):
            for g in groups:
                writer.writerow([table, _cell(g.wording), g.count, "", "", "", "", "", "", "", g.nearest_intent or "",
                                 _cell(" | ".join(g.wordings))])
        for d in review.days:
            writer.writerow(["daily", d.day, d.turns, d.sessions, d.unanswered, d.low_confidence, d.handoffs,
                             d.emergency, d.urgent, d.soon, "", ""])

"""Blind understanding sets: questions written from the documents alone, by someone who never saw
the intents, each labelled with the document section that answers it.

A reply is right when the bot answers (no fallback, no "did you mean") with an intent that cites
that section: an objective check that needs no one to have seen the intents. Stricter than a
person judging (an answer citing a neighbouring section of the same document counts wrong).

    in-scope-DATE.yaml     [{id, text, document: "003", section: "<heading>", fact}]
    follow-ups-DATE.yaml   [{id, turns: [...], document, section, fact}]   (the last turn is judged)
    out-of-scope-DATE.yaml [{id, text}]                                      (right when rejected)

Beside each out-of-scope set, when its date has an in-scope set: every request sent after a
question of that set was answered ("out-of-scope-after-question-DATE"), right when turned down. A
change of subject must not be read into the last topic: "thanks", "what is impetigo" or "solve
2x + 5 = 17" after an answer about relapse.

Sealed as the safety rounds are: run once for the record (`--first-run` writes the figures beside
them), never edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from bot.content.yamlio import read_yaml
from bot.engine import Bot
from bot.evaluation.runner import rejected


@dataclass
class BlindFigures:
    name: str
    file: str = ""          # the sealed set it reads ("" when named after it)
    total: int = 0
    right: int = 0
    answered: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0

    def line(self) -> str:
        return (f"{self.name}: {self.right}/{self.total} right ({self.rate:.1%}), answered "
                f"{self.answered}/{self.total}")


def section_ids(bot: Bot, document: str, heading: str) -> set[str]:
    """The section ids a (file number, heading) label names. The writer copied a heading from the
    document: its closest match among that document's section names and the document headings
    each section covers (small differences are forgiven). A document heading our catalogue splits
    into several sections names them all."""
    documents = [d for d in bot.content.documents.values() if str(getattr(d, "file", "")).startswith(f"{document}_")]
    if not documents:
        return set()
    doc_id = documents[0].id
    labels = [(sid, label) for sid, s in bot.content.sections.items() if s.document == doc_id
              for label in (s.section, *s.headings)]
    best = process.extractOne(heading, [label for _, label in labels], scorer=fuzz.token_set_ratio,
                              processor=utils.default_process, score_cutoff=80)
    return {sid for sid, label in labels if best and label == best[0]}


def _judge(bot: Bot, reply_intent: str | None, wanted: set[str]) -> tuple[bool, bool]:
    if reply_intent is None:
        return False, False
    intent = bot.content.intent(reply_intent)
    answered = intent.kind != "conversation"
    return answered and bool(wanted & set(intent.sources)), answered


def run_questions(bot: Bot, name: str, items: list[dict[str, Any]]) -> BlindFigures:
    figures = BlindFigures(name)
    for item in items:
        turns = item.get("turns") or [item["text"]]
        chat = bot.conversation()
        for turn in turns:
            reply = chat.send(str(turn))
        right, answered = _judge(bot, reply.intent, section_ids(bot, str(item["document"]), str(item["section"])))
        figures.total += 1
        figures.right += right
        figures.answered += answered
        if not right:
            figures.wrong.append(f"{item['id']}: got {reply.intent} for {str(turns[-1])[:80]!r}")
    return figures


def run_out_of_scope(bot: Bot, name: str, items: list[dict[str, Any]]) -> BlindFigures:
    return _requests(bot, BlindFigures(name), items, [])


def run_out_of_scope_after(bot: Bot, name: str, items: list[dict[str, Any]], questions: list[dict[str, Any]],
                           file: str = "") -> BlindFigures:
    """Each request sent after a question (the set's questions taken in turn), in a fresh session."""
    return _requests(bot, BlindFigures(name, file), items, [str(q["text"]) for q in questions])


def _requests(bot: Bot, figures: BlindFigures, items: list[dict[str, Any]], before: list[str]) -> BlindFigures:
    """Each request in a fresh session, after the next of `before` when there are any; right when turned down."""
    for n, item in enumerate(items):
        chat = bot.conversation()
        if before:
            chat.send(before[n % len(before)])
        intent = chat.send(str(item["text"])).intent
        figures.total += 1
        ok = rejected(bot, intent)
        figures.right += ok
        figures.answered += intent is not None
        if not ok:
            after = " after a question" if before else ""
            figures.wrong.append(f"{item['id']}: answered {intent} for {str(item['text'])[:80]!r}{after}")
    return figures


# The folder's records of runs, beside the sets themselves.
RECORDS = frozenset({"first_runs.yaml", "rejudged.yaml"})
AFTER_QUESTION = "out-of-scope-after-question"


def sealed_sets(directory: Path) -> list[Path]:
    """The blind sets in `directory` (every YAML file but the records of their runs)."""
    return [path for path in sorted(directory.glob("*.yaml")) if path.name not in RECORDS]


def run_blind(bot: Bot, directory: Path) -> list[BlindFigures]:
    results = []
    for path in sealed_sets(directory):
        items = read_yaml(path) or []
        kind = path.stem.split("-2")[0]
        if kind == "out-of-scope":
            results.append(run_out_of_scope(bot, path.stem, items))
            asked = path.with_name(path.name.replace("out-of-scope", "in-scope", 1))
            if asked.is_file():
                name = path.stem.replace("out-of-scope", AFTER_QUESTION, 1)
                results.append(run_out_of_scope_after(bot, name, items, read_yaml(asked) or [], path.stem))
        else:
            results.append(run_questions(bot, path.stem, items))
    return results


def run_peer(bot: Bot, directory: Path, predict: Any) -> list[BlindFigures]:
    """The peer row on the same sets: one message at a time (a follow-up's last turn alone)."""
    results = []
    for path in sealed_sets(directory):
        items = read_yaml(path) or []
        figures = BlindFigures(f"{path.stem} (peer)")
        texts = [str((item.get("turns") or [item.get("text")])[-1]) for item in items]
        for item, got in zip(items, predict(texts), strict=True):
            figures.total += 1
            figures.answered += got is not None
            if path.stem.startswith("out-of-scope"):
                figures.right += rejected(bot, got)
            else:
                figures.right += _judge(bot, got, section_ids(bot, str(item["document"]), str(item["section"])))[0]
        results.append(figures)
    return results

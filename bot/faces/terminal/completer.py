"""Tab completion: slash commands after "/", topic titles otherwise, best first: titles that start
with what was typed, then titles with a word that does, then near spellings ("maintainance")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from rapidfuzz import fuzz, process

from bot.content import Content
from bot.faces.commands import COMMANDS

_FUZZY_FROM = 4      # shorter input matches too much by spelling alone
_FUZZY_CUTOFF = 85   # partial_ratio, 0..100: a typo or two in a word, not a shared letter or two


def ranked_titles(titles: Sequence[str], typed: str) -> list[str]:
    text = " ".join(typed.casefold().split())
    if not text:
        return list(titles)
    starts = [t for t in titles if t.casefold().startswith(text)]
    words = [t for t in titles if t not in starts
             and any(w.startswith(text) for w in t.casefold().replace("(", " ").split())]
    near: list[str] = []
    if len(text) >= _FUZZY_FROM:
        rest = [t for t in titles if t not in starts and t not in words]
        found = process.extract(text, [t.casefold() for t in rest], scorer=fuzz.partial_ratio,
                                score_cutoff=_FUZZY_CUTOFF, limit=None)
        near = [rest[index] for _, _, index in sorted(found, key=lambda f: (-f[1], f[2]))]
    return starts + words + near


class ChatCompleter(Completer):
    def __init__(self, content: Content) -> None:
        self._titles = sorted({i.title for i in content.intents if i.kind == "info"})
        self._commands = [c.name for c in COMMANDS]

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        if text.startswith("/"):
            for name in self._commands:
                if name.startswith(text):
                    yield Completion(name, start_position=-len(text))
            return
        # Topics complete the whole line, so "mainte<Tab>" becomes "mainte" + "nance (continuation) phase".
        # A title that starts with what was typed keeps the typed letters: prompt_toolkit then
        # fills in the rest at once when it is the only choice, as a shell does.
        for title in ranked_titles(self._titles, text):
            whole = text + title[len(text):] if title.casefold().startswith(text.casefold()) else title
            yield Completion(whole, start_position=-len(text), display=title)

"""Tab completion: slash commands after "/", topic titles otherwise."""

from __future__ import annotations

from collections.abc import Iterable

from prompt_toolkit.completion import CompleteEvent, Completer, Completion, FuzzyWordCompleter
from prompt_toolkit.document import Document

from bot.content import Content
from bot.faces.commands import COMMANDS


class ChatCompleter(Completer):
    def __init__(self, content: Content) -> None:
        titles = sorted({i.title for i in content.intents if i.kind == "info"})
        self._topics = FuzzyWordCompleter(titles)
        self._commands = [c.name for c in COMMANDS]

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        if text.startswith("/"):
            for name in self._commands:
                if name.startswith(text):
                    yield Completion(name, start_position=-len(text))
            return
        # Topics complete the whole line, so "mainte<Tab>" becomes "Maintenance phase".
        whole = Document(text, len(text))
        for completion in self._topics.get_completions(whole, complete_event):
            yield Completion(completion.text, start_position=-len(text), display=completion.display)

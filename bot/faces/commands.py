"""Slash commands for the chat faces. One table dispatches them and writes /help."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.dialogue import Conversation
from bot.reply import Reply


@dataclass(frozen=True)
class Outcome:
    text: str = ""
    reply: Reply | None = None
    quit: bool = False


@dataclass(frozen=True)
class Command:
    name: str
    summary: str
    run: Callable[[Conversation], Outcome]


def welcome_text(chat: Conversation) -> str:
    contacts = chat.bot.contacts
    return (
        "Welcome. I explain acute lymphoblastic leukaemia (ALL) in plain words, from five trusted sources.\n"
        "This is education, not medical advice: I can't diagnose, and I can't advise on medicines or doses.\n"
        f"In an emergency, call {contacts.emergency_number} now. If you are having treatment and feel unwell "
        f"or have a temperature, call {contacts.treatment_line} now.\n"
        "Nothing you type is saved. Type a question, /help for commands, /quit to leave."
    )


def _help(chat: Conversation) -> Outcome:
    lines = [f"  {c.name:9} {c.summary}" for c in COMMANDS]
    return Outcome("Ask a question in your own words, or type a suggestion's number.\n"
                   "Tab completes topic names. Commands:\n" + "\n".join(lines))


def _topics(chat: Conversation) -> Outcome:
    content = chat.bot.content
    blocks = []
    for topic, name in content.settings.topics.items():
        titles = [i.title for i in content.intents if i.topic == topic and i.kind == "info"]
        if titles:
            blocks.append(f"{name}:\n  " + "\n  ".join(titles))
    return Outcome("\n".join(blocks) if blocks else "No topics are loaded.")


def _sources(chat: Conversation) -> Outcome:
    lines = []
    for document in chat.bot.content.documents.values():
        where = f" - {document.url}" if document.url else ""
        lines.append(f"  {document.publisher}: {document.title}{where}")
    return Outcome("Every answer comes from these documents:\n" + "\n".join(lines))


def _reset(chat: Conversation) -> Outcome:
    return Outcome(reply=chat.reset())


def _quit(chat: Conversation) -> Outcome:
    return Outcome("Take care. Goodbye.", quit=True)


COMMANDS: tuple[Command, ...] = (
    Command("/help", "show this help", _help),
    Command("/topics", "list the topics I know about", _topics),
    Command("/sources", "list the documents answers come from", _sources),
    Command("/reset", "forget this conversation and start again", _reset),
    Command("/quit", "leave (Ctrl-D works too)", _quit),
)
_BY_NAME = {c.name: c for c in COMMANDS} | {"/exit": COMMANDS[-1], "/bye": COMMANDS[-1]}


def run_command(chat: Conversation, line: str) -> Outcome | None:
    """The outcome of a slash command, or None when the line is not one."""
    word = line.strip().split(maxsplit=1)[0].lower() if line.strip().startswith("/") else ""
    if not word:
        return None
    command = _BY_NAME.get(word)
    if command is None:
        return Outcome(f"Unknown command {word}. Type /help for the list.")
    return command.run(chat)

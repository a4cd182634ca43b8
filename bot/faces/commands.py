"""Slash commands for the chat faces. One table dispatches them and writes /help, together with
the key table a face passes in (the terminal's keys; the plain face has none)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.dialogue import Conversation
from bot.faces.render import WIDTH
from bot.faces.topics import TopicGroup, group_text, groups_text, topic_groups
from bot.reply import Reply


@dataclass(frozen=True)
class Outcome:
    text: str = ""
    reply: Reply | None = None
    quit: bool = False


@dataclass(frozen=True)
class KeyHelp:
    label: str     # as a person reads it: "Ctrl-C"
    summary: str


@dataclass
class CommandState:
    """What the commands of one chat remember between lines."""

    keys: Sequence[KeyHelp] = ()
    width: int = WIDTH
    groups_shown: tuple[TopicGroup, ...] = field(default_factory=tuple)  # a bare number picks one of these


@dataclass(frozen=True)
class Command:
    name: str
    summary: str
    run: Callable[[Conversation, CommandState], Outcome]


def welcome_text(chat: Conversation) -> str:
    contacts = chat.bot.contacts
    return (
        "Welcome. I explain acute lymphoblastic leukaemia (ALL) in plain words, from five trusted sources.\n"
        "This is education, not medical advice: I can't diagnose, and I can't advise on medicines or doses.\n"
        f"In an emergency, call {contacts.emergency_number} now. If you are having treatment and feel unwell "
        f"or have a temperature, call {contacts.treatment_line} now.\n"
        "Nothing you type is saved. Type a question, /help for commands, /quit to leave."
    )


def help_text(keys: Sequence[KeyHelp]) -> str:
    """Built from the command table and the face's key table, so it can never list what is not there."""
    name_width = max(len(c.name) for c in COMMANDS)
    lines = ["Ask a question in your own words, or type a suggestion's number.", "", "Commands:"]
    lines += [f"  {c.name:{name_width}}  {c.summary}" for c in COMMANDS]
    if keys:
        key_width = max(len(k.label) for k in keys)
        lines += ["", "Keys:"] + [f"  {k.label:{key_width}}  {k.summary}" for k in keys]
    return "\n".join(lines)


def _help(chat: Conversation, state: CommandState) -> Outcome:
    return Outcome(help_text(state.keys))


def _topics(chat: Conversation, state: CommandState) -> Outcome:
    groups = topic_groups(chat.bot.content)
    if not groups:
        return Outcome("No topics are loaded.")
    state.groups_shown = groups
    return Outcome(groups_text(groups, state.width))


def _sources(chat: Conversation, state: CommandState) -> Outcome:
    lines = []
    for document in chat.bot.content.documents.values():
        where = f" - {document.url}" if document.url else ""
        lines.append(f"  - {document.publisher}: {document.title}{where}")
    return Outcome("Every answer comes from these documents:\n" + "\n".join(lines))


def profile_text(chat: Conversation) -> str:
    """Everything the bot has read about the person, in words, and how to correct it."""
    p = chat.state.profile
    facts = []
    if p.caregiver:
        facts.append(f"you are asking for someone else ({p.subject or 'someone you care for'})")
    else:
        facts.append("you are asking for yourself (as far as I know)")
    if p.age_group:
        who = "they are" if p.caregiver else "you are"
        facts.append(f"{who} {'a child' if p.age_group == 'child' else 'an adult'}")
    if p.in_treatment:
        facts.append("having or recently had treatment for ALL")
    elif p.diagnosed:
        facts.append("diagnosed with ALL")
    if p.undiagnosed:
        facts.append("not diagnosed with ALL")
    lines = ["What I have understood so far:"] + [f"  - {fact}" for fact in facts]
    lines += ["", 'If something is wrong, just say so ("I haven\'t been diagnosed", "it\'s for me, not my son"), '
                  "or type /reset to start again."]
    return "\n".join(lines)


def _profile(chat: Conversation, state: CommandState) -> Outcome:
    return Outcome(profile_text(chat))


def _reset(chat: Conversation, state: CommandState) -> Outcome:
    return Outcome(reply=chat.reset())


def _quit(chat: Conversation, state: CommandState) -> Outcome:
    return Outcome("Take care. Goodbye.", quit=True)


COMMANDS: tuple[Command, ...] = (
    Command("/help", "show this help", _help),
    Command("/topics", "list the topics I know about, in numbered groups", _topics),
    Command("/sources", "list the documents answers come from", _sources),
    Command("/profile", "show what I have understood about you (say so to correct it)", _profile),
    Command("/reset", "forget this conversation and start again", _reset),
    Command("/quit", "leave (/exit and /bye work too)", _quit),
)
_BY_NAME = {c.name: c for c in COMMANDS} | {"/exit": COMMANDS[-1], "/bye": COMMANDS[-1]}


def _group_pick(chat: Conversation, state: CommandState, line: str) -> Outcome | None:
    """A bare number just after /topics opens that group; its titles are then offered to the
    conversation, so the next number picks a topic as any suggestion's number does."""
    groups, state.groups_shown = state.groups_shown, ()
    text = line.strip()
    if not groups or not text.isdigit():
        return None
    if not 1 <= int(text) <= len(groups):
        state.groups_shown = groups
        return Outcome(f"Please type a number from 1 to {len(groups)}.")
    group = groups[int(text) - 1]
    chat.offer(group.intent_ids)
    return Outcome(group_text(chat.bot.content, group, state.width))


def run_command(chat: Conversation, line: str, state: CommandState | None = None) -> Outcome | None:
    """The outcome of a slash command (or of a number picking a /topics group), or None when the
    line is for the conversation."""
    state = state if state is not None else CommandState()
    picked = _group_pick(chat, state, line)
    if picked is not None:
        return picked
    word = line.strip().split(maxsplit=1)[0].lower() if line.strip().startswith("/") else ""
    if not word:
        return None
    command = _BY_NAME.get(word)
    if command is None:
        return Outcome(f"Unknown command {word}. Type /help for the list.")
    return command.run(chat, state)

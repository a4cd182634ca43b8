"""/topics: the intents grouped by topic, each group and each title numbered so a number picks it,
laid out in columns that fit the screen instead of one long list that scrolls away."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.content import Content


@dataclass(frozen=True)
class TopicGroup:
    name: str
    intent_ids: tuple[str, ...]


def topic_groups(content: Content) -> tuple[TopicGroup, ...]:
    """Information intents by topic, in the order the content's settings list the topics."""
    groups = []
    for topic, name in content.settings.topics.items():
        ids = tuple(i.id for i in content.intents if i.topic == topic and i.kind == "info")
        if ids:
            groups.append(TopicGroup(name, ids))
    return tuple(groups)


def numbered_columns(items: Sequence[str], width: int) -> str:
    """Items numbered from 1, filled down then across in as many columns as `width` holds.
    A column that cannot fit its widest item is not made: one column then, wrapped by the face."""
    labels = [f"{n:>{len(str(len(items)))}}. {item}" for n, item in enumerate(items, 1)]
    if not labels:
        return ""
    gap, indent = 3, 2
    cell = max(map(len, labels))
    columns = max(1, (width - indent + gap) // (cell + gap))
    rows = -(-len(labels) // columns)
    lines = []
    for row in range(rows):
        cells = [labels[i] for i in range(row, len(labels), rows)]
        lines.append(" " * indent + (" " * gap).join(c.ljust(cell) for c in cells).rstrip())
    return "\n".join(lines)


def groups_text(groups: Sequence[TopicGroup], width: int) -> str:
    names = [f"{g.name} ({len(g.intent_ids)})" for g in groups]
    return ("Topics I know about, by group:\n" + numbered_columns(names, width)
            + "\nType a group's number to see its topics.")


def group_text(content: Content, group: TopicGroup, width: int) -> str:
    titles = [content.intent(i).title for i in group.intent_ids]
    return (f"{group.name}:\n" + numbered_columns(titles, width)
            + "\nType a number to read about it, or /topics for all the groups.")

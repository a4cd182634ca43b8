"""Alerts -> the notices a person reads, so that several alerts from one message read as one
plan: each names what it is about, and none contradicts another in timing.

* The alerts at the highest level about something happening now make one notice. When they start
  with the same action ("Call 999 now."), it is said once.
* Lower-level alerts are not shown as their own notices: "see a doctor in the next few days"
  under "call now" would contradict it. The top notice asks to mention them on the same call.
* Guidance (a "what if" question) is a notice of its own, after those.

>>> from bot.reply import Alert
>>> fever = Alert("fever", "urgent", "Call the ward now. A temperature can mean infection.", about="a temperature")
>>> bruise = Alert("bruise", "soon", "Please see a doctor in the next few days.", about="bruising")
>>> print(notices([fever, bruise])[0].text)
URGENT: a temperature
Call the ward now. A temperature can mean infection.
When you call, also mention: bruising.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reply import Alert, Level, level_rank

LABELS = {"emergency": "EMERGENCY", "urgent": "URGENT", "soon": "SEE A DOCTOR SOON"}
GUIDANCE_LABEL = "Good to know"
_FIRST_SENTENCE = re.compile(r"(.+?[.!?])(?:\s+|$)(.*)", re.S)


@dataclass(frozen=True)
class Notice:
    level: Level
    guidance: bool
    heading: str   # "URGENT: a temperature during treatment"
    body: str      # the message(s), one paragraph per line

    @property
    def text(self) -> str:
        return f"{self.heading}\n{self.body}"


def _split(message: str) -> tuple[str, str]:
    """The first sentence (the action, by the rules' own convention) and the rest."""
    found = _FIRST_SENTENCE.match(message.strip())
    return (found.group(1), found.group(2).strip()) if found else (message.strip(), "")


def _action_key(sentence: str) -> str:
    """'Call the ward now, day or night.' and 'Call the ward now.' ask for the same thing."""
    return re.split(r"[,.!?]", sentence.casefold(), maxsplit=1)[0].strip()


def _heading(label: str, alerts: Sequence[Alert]) -> str:
    abouts = list(dict.fromkeys(a.about for a in alerts if a.about))
    return f"{label}: {'; '.join(abouts)}" if abouts else label


def _now_notice(top: Sequence[Alert], lower: Sequence[Alert]) -> Notice:
    level = top[0].level
    lines: list[str] = []
    if len(top) == 1:
        lines.append(top[0].message)
    else:
        firsts = [_split(a.message) for a in top]
        shared = len({_action_key(action) for action, _ in firsts}) == 1
        if shared:
            lines.append(firsts[0][0])
        for alert, (_action, rest) in zip(top, firsts, strict=True):
            said = rest if shared else alert.message
            if said:
                lines.append(f"{alert.about[:1].upper() + alert.about[1:]}: {said}" if alert.about else said)
    mentions = list(dict.fromkeys(a.about or a.message for a in lower))
    if mentions:
        lines.append(f"When you call, also mention: {'; '.join(mentions)}."
                     if level in ("urgent", "emergency") else f"Also mention: {'; '.join(mentions)}.")
    return Notice(level, False, _heading(LABELS.get(level, level.upper()), top), "\n".join(lines))


def notices(alerts: Sequence[Alert]) -> tuple[Notice, ...]:
    """The notices for a reply's alerts, most urgent first."""
    now = sorted((a for a in alerts if not a.guidance and a.level != "none"), key=lambda a: -level_rank(a.level))
    found: list[Notice] = []
    if now:
        top = [a for a in now if a.level == now[0].level]
        found.append(_now_notice(top, now[len(top):]))
    for alert in alerts:
        if alert.guidance:
            found.append(Notice(alert.level, True, _heading(GUIDANCE_LABEL, [alert]), alert.message))
    return tuple(found)

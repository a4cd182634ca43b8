"""The learned net's alert: its level turned into words, beside the rules' alerts.

The net names no symptom, so its messages say what to do at its level without claiming what is
wrong. It adds an alert only when it reads a higher level than the rules raised: the reply then
shows the highest alert of either net. When the rules read the same message as a question about
a situation (guidance), the net adds nothing at or below that level: the question is answered.
A general question with no person in it ("is intrathecal chemo painful?") gets no urgent or soon
alert from the net either, as the rules treat it; an emergency reading (crisis asked as a
question) still alerts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.contacts import placeholders_in
from bot.content.problems import Problem
from bot.reply import Alert, level_rank
from bot.safety.net import SafetyNet, Trace, shipped_net
from bot.safety.scanner import status_of
from bot.safety.wording import PLACEHOLDERS, fill, person_words

if TYPE_CHECKING:
    from bot.profile import Profile

MESSAGE_KEYS = ("emergency", "urgent", "urgent_unknown", "soon")


@dataclass(frozen=True)
class LearnedReading:
    level: str      # the net's level, after the profile and the question gate
    trace: Trace    # this turn's numbers, for reading the next turns together with it


def check_learned_messages(data: Any, file: str) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        return [Problem(file, "learned", "-", f"must be a mapping with {', '.join(MESSAGE_KEYS)}")]
    for key in MESSAGE_KEYS:
        text = data.get(key)
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(file, "learned", key, "missing message text"))
        elif unknown := placeholders_in(text) - PLACEHOLDERS:
            problems.append(Problem(file, "learned", key, f"unknown placeholder(s) {sorted(unknown)}"))
    for key in sorted(set(data) - set(MESSAGE_KEYS)):
        problems.append(Problem(file, "learned", key, f"unknown key (allowed: {', '.join(MESSAGE_KEYS)})"))
    return problems


@dataclass(frozen=True, eq=False)
class LearnedAlerts:
    messages: Mapping[str, str]
    contacts: Mapping[str, str | None]

    @property
    def net(self) -> SafetyNet:
        return shipped_net()

    def read(self, text: str, profile: Profile, general_question: bool = False,
             earlier: Sequence[Trace] = (), words: Sequence[str] | None = None,
             imagined: bool = False) -> LearnedReading:
        """The net's own level for a message, whatever the rules said. `earlier`: the traces of
        the person's last turns; the turns read together count when this one tips them over
        ("my son is on chemo" ... "and now he's shivering"). `words`: as `SafetyNet.read` takes them.
        `imagined`: someone imagined one day telling of it, said not to have happened
        (`SafetyScanner.imagined_not_happened`): the net reads the words, not the what-if."""
        reading = self.net.read(text, words)
        level = reading.level
        if earlier:
            together = self.net.level_of(self.net.from_traces([*earlier, reading.trace]))
            before = self.net.level_of(self.net.from_traces(earlier))
            if level_rank(together) > max(level_rank(level), level_rank(before)):
                level = together
        if (general_question and level != "emergency") or imagined:
            level = "none"
        elif level == "urgent" and status_of(profile) == "undiagnosed":
            level = "soon"  # treatment red flags are possible ALL signs in someone not diagnosed
        return LearnedReading(level, reading.trace)

    def alert(self, level: str, profile: Profile, rule_alerts: Sequence[Alert]) -> Alert | None:
        """The net's alert at `level`, when that is higher than the rules raised or asked about."""
        if level == "none":
            return None
        live = max((level_rank(a.level) for a in rule_alerts if not a.guidance), default=0)
        # The rules reading a question defers the net, except for an emergency: when the net reads
        # one as happening now ("seizure?? he went stiff ... just now"), under-triage is the worse error.
        asked = max((level_rank(a.level) for a in rule_alerts if a.guidance), default=0) if level != "emergency" else 0
        if level_rank(level) <= max(live, asked):
            return None
        status = status_of(profile)
        key = "urgent_unknown" if level == "urgent" and status == "unknown" else level
        words = person_words(profile.caregiver, profile.subject)
        return Alert(f"learned-{level}", level, fill(self.messages[key], self.contacts, words),  # type: ignore[arg-type]
                     net="learned")

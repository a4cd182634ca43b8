"""The bottom toolbar: what can be typed, and the emergency number, always in sight."""

from __future__ import annotations

from bot.contacts import Contacts


def toolbar_text(contacts: Contacts) -> str:
    return f" Emergency: {contacts.emergency_number}  |  F1 or /help  /topics  /quit  |  Tab completes topics "

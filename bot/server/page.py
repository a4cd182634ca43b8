"""The web chat page: static files in the package, and index.html filled in once per app with the
organisation's name, disclaimer and numbers (so they show even before the script runs).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from string import Template

from bot.contacts import Contacts
from bot.content import Content
from bot.server.config import OrgConfig

STATIC_DIR = Path(__file__).resolve().parent / "static"
TEMPLATE = Path(__file__).resolve().parent / "templates" / "index.html"
_DIALLABLE = re.compile(r"\+?\d[\d ().-]{1,18}\d")

# The page loads nothing from elsewhere; the policy says so to the browser too.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'self'",
    "Cache-Control": "no-cache",
}


def tel_link(text: str | None) -> str:
    """The first diallable number in a contacts phrase ("the ward on 0161 496 0000"), as a tel: target."""
    found = _DIALLABLE.search(text or "")
    return "" if found is None else "tel:" + re.sub(r"[^\d+]", "", found.group())


def render_index(config: OrgConfig, contacts: Contacts, content: Content, max_chars: int) -> str:
    starters = [content.intent(i).title for i in content.settings.starter_topics if content.has_intent(i)]
    buttons = "\n    ".join(f'<button type="button" class="suggestion" data-text="{html.escape(t)}">{html.escape(t)}'
                            "</button>" for t in starters)
    values = {"name": config.name, "disclaimer": config.disclaimer, "emergency_number": contacts.emergency_number,
              "treatment_line": contacts.treatment_line, "support_contact": contacts.support_contact,
              "emergency_tel": tel_link(contacts.emergency_number), "treatment_tel": tel_link(contacts.treatment_line),
              "max_chars": str(max_chars)}
    escaped = {key: html.escape(value) for key, value in values.items()}
    template = Template(TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(escaped, starter_buttons=buttons)

"""Safety layer: red-flag triage on every message, before any answer.

    scanner = SafetyScanner.from_data(yaml.safe_load(open("intents/safety.yaml")), contacts)
    alerts = scanner.scan(basic, canonical, profile)     # highest first; [] when nothing
    problems = check_safety_data(data, "intents/safety.yaml")

Modules, one job each: tokens (basic text -> tokens, typo correction), phrases (the rules'
phrase language), temperature (readings in C and F), context (negation, time, "what if"),
rules (file shape, checks, compiled rules), wording (filling messages), scanner (the scan).
See docs/safety.md for the hazard log and how rules are written.
"""

from bot.safety.rules import check_safety_data
from bot.safety.scanner import SafetyDataError, SafetyScanner, status_of

__all__ = ["SafetyDataError", "SafetyScanner", "check_safety_data", "status_of"]

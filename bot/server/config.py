"""The organisation's config file (YAML): who runs the service, who to call, limits, records.

Checked at start: every problem is reported with file, field and message, and the service
does not start. Only the standard library and PyYAML here, so the check is cheap to test.

>>> config = parse_config({"name": "Example Support", "locale": "UK"}, Path("org.yaml"))
>>> config.name, config.limits.rate_limit_per_minute
('Example Support', 30)
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_DISCLAIMER = ("This chat explains acute lymphoblastic leukaemia (ALL) in plain words. It is education, "
                      "not medical advice: it cannot diagnose and cannot advise on medicines or doses.")
CONTACT_FIELDS = ("emergency_number", "crisis_line", "treatment_line", "support_line", "support_hours")


@dataclass(frozen=True)
class ConfigProblem:
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class ConfigError(Exception):
    """One or more problems in the config file; str() lists them one per line."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Limits:
    max_message_chars: int | None = None  # None: the content's limit; longer: scanned, then "please shorten"
    max_body_bytes: int = 16_384       # larger request bodies get a 413 error
    rate_limit_per_minute: int = 30    # messages per client address; 0 turns the limit off
    max_header_bytes: int = 16_384     # request line and headers; more: 431 and the connection closed
    header_timeout_seconds: int = 10   # to send the request line and headers; slower: 408, closed
    body_timeout_seconds: int = 30     # to send the body after the headers; slower: 408, closed
    max_connections: int = 1_000       # connections and requests at once, per worker; more: 503


@dataclass(frozen=True)
class SessionSettings:
    idle_minutes: int = 30             # a conversation idle this long is forgotten
    max_sessions: int = 10_000         # in memory: beyond this the longest idle are forgotten first


@dataclass(frozen=True)
class TranscriptSettings:
    enabled: bool = False
    path: Path = Path("transcripts.sqlite3")  # relative paths are read from the config file's folder
    retention_days: int = 30


@dataclass(frozen=True)
class OrgConfig:
    name: str = "ALL information chat"
    locale: str = "default"
    contacts: dict[str, str] = field(default_factory=dict)  # only the fields the organisation set
    disclaimer: str = DEFAULT_DISCLAIMER
    transcripts: TranscriptSettings = field(default_factory=TranscriptSettings)
    cors_origins: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
    sessions: SessionSettings = field(default_factory=SessionSettings)
    log_message_text: bool = False     # message text in logs (redacted) only when the operator asks
    trusted_proxies: tuple[str, ...] = ()  # addresses whose X-Forwarded-For names the real client
    frame_ancestors: tuple[str, ...] = ("'self'",)  # sites that may show the page in a frame
    source: str = "(defaults)"

    def contact_overrides(self) -> dict[str, str]:
        """For Bot.load(contact_overrides=...): the organisation's own name and numbers."""
        overrides = dict(self.contacts)
        if self.name != OrgConfig.name:
            overrides["organisation"] = self.name
        return overrides


# --- checking ------------------------------------------------------------------------------

Check = Callable[[Any], str | None]  # returns a problem message, or None when the value is fine


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "must be non-empty text"


def _whole(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"must be a whole number from {low:,} to {high:,} (got {value!r})"
        return None
    return check


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false (got {value!r})"


def _text_list(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return "must be a list of text values"
    return None


def _origins(value: Any) -> str | None:
    problem = _text_list(value)
    if problem:
        return problem
    bad = [v for v in value if v != "*" and not v.startswith(("http://", "https://"))]
    return f"each origin must start with http:// or https:// (got {bad[0]!r})" if bad else None


def _ancestors(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "must be a list of text values"
    bad = [v for v in value if v not in ("'self'", "'none'") and not v.startswith(("http://", "https://"))]
    return f"each must be 'self', 'none' or start with http:// or https:// (got {bad[0]!r})" if bad else None


_SCHEMA: dict[str, Any] = {
    "name": _text, "locale": _text, "disclaimer": _text,
    "emergency_number": _text, "crisis_line": _text, "treatment_line": _text,
    "support_line": _text, "support_hours": _text,
    "cors_origins": _origins, "log_message_text": _flag, "trusted_proxies": _text_list,
    "frame_ancestors": _ancestors,
    "transcripts": {"enabled": _flag, "path": _text, "retention_days": _whole(1, 3650)},
    "limits": {"max_message_chars": _whole(1, 100_000), "max_body_bytes": _whole(256, 10_000_000),
               "rate_limit_per_minute": _whole(0, 1_000_000), "max_header_bytes": _whole(1024, 1_048_576),
               "header_timeout_seconds": _whole(1, 600), "body_timeout_seconds": _whole(1, 600),
               "max_connections": _whole(1, 1_000_000)},
    "sessions": {"idle_minutes": _whole(1, 10_080), "max_sessions": _whole(1, 10_000_000)},
}


def _check(data: Mapping[str, Any], schema: Mapping[str, Any], file: str, prefix: str) -> list[ConfigProblem]:
    problems = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in schema:
            near = difflib.get_close_matches(str(key), list(schema), n=1)
            hint = f"; did you mean {prefix}{near[0]}?" if near else f"; known: {', '.join(schema)}"
            problems.append(ConfigProblem(file, name, f"unknown field{hint}"))
        elif isinstance(schema[key], dict):
            if not isinstance(value, dict):
                problems.append(ConfigProblem(file, name, "must be a mapping of fields"))
            else:
                problems += _check(value, schema[key], file, f"{name}.")
        else:
            message = schema[key](value)
            if message:
                problems.append(ConfigProblem(file, name, message))
    return problems


def parse_config(data: Any, path: Path) -> OrgConfig:
    """Turn the parsed YAML into an OrgConfig, or raise ConfigError listing every problem."""
    file = str(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem(file, "-", "the file must be a mapping of fields (name: value)")])
    problems = _check(data, _SCHEMA, file, "")
    if problems:
        raise ConfigError(problems)
    transcripts = data.get("transcripts") or {}
    records_path = Path(transcripts.get("path", TranscriptSettings.path))
    if not records_path.is_absolute():
        records_path = path.resolve().parent / records_path
    return OrgConfig(
        name=data.get("name", OrgConfig.name).strip(),
        locale=data.get("locale", OrgConfig.locale).strip(),
        contacts={key: data[key].strip() for key in CONTACT_FIELDS if key in data},
        disclaimer=data.get("disclaimer", DEFAULT_DISCLAIMER).strip(),
        transcripts=TranscriptSettings(transcripts.get("enabled", False), records_path,
                                       transcripts.get("retention_days", TranscriptSettings.retention_days)),
        cors_origins=tuple(data.get("cors_origins", ())),
        limits=Limits(**(data.get("limits") or {})),
        sessions=SessionSettings(**(data.get("sessions") or {})),
        log_message_text=data.get("log_message_text", False),
        trusted_proxies=tuple(data.get("trusted_proxies", ())),
        frame_ancestors=tuple(v for v in data.get("frame_ancestors", OrgConfig.frame_ancestors) if v != "'none'"),
        source=file,
    )


def load_config(path: Path) -> OrgConfig:
    """Read and check an organisation config file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ConfigError([ConfigProblem(str(path), "-", f"cannot read the file: {reason}")]) from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "-"
        reason = getattr(error, "problem", None) or "not valid YAML"
        raise ConfigError([ConfigProblem(str(path), where, f"not valid YAML: {reason}")]) from None
    return parse_config(data, path)

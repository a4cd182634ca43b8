"""Request and response shapes, for validation and for the OpenAPI schema.

Responses are built from `Reply.to_dict()` directly (the models below document them), so the
HTTP reply is the same object as every other face's.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["emergency", "urgent", "soon", "none"]


class ChatRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"text": "how long is maintenance?"}]})

    session_id: str | None = Field(None, max_length=128, description="From the previous reply; leave out to start. "
                                   "An unknown or expired id starts a new conversation.")
    text: str = Field(description="What the person typed. Longer than the message limit: scanned for red flags, "
                      "then answered with a request to send a shorter question.")
    channel: str = Field("api", pattern=r"^[a-z]{1,16}$", description="Where the message came from, for the "
                         "records (the web page sends `web`).")


class AlertOut(BaseModel):
    id: str
    level: Level
    about: str = Field("", description="What the alert is about, in a few words ('a temperature during treatment').")
    message: str
    guidance: bool = Field(description="Advice for a 'what if' question, not something happening now.")


class SourceOut(BaseModel):
    id: str
    title: str
    publisher: str
    url: str | None
    section: str


class ReplyOut(BaseModel):
    """The reply object: the same shape in the terminal, JSON lines, the library and here."""

    reply: str = Field(description="Everything a person sees: alerts first, the answer, sources, suggestions.")
    answer: str = Field(description="The answer part alone (show alerts from `safety` as a banner).")
    intent: str | None
    confidence: float
    urgency: Level
    safety: list[AlertOut]
    sources: list[SourceOut]
    suggestions: list[str] = Field(description="Topic titles; sending a suggestion's number picks it.")
    handoff: bool = Field(description="A person at the support line should take over.")
    step: str = Field(default="", description="Which dialogue step chose the answer (for traces and evaluation).")
    profile: dict[str, object] = Field(default_factory=dict,
                                       description="What the bot has read about the person; they can correct it.")


class ChatReply(ReplyOut):
    session_id: str = Field(description="Send this with the next message to carry on the conversation.")


class RasaMessage(BaseModel):
    sender: str = Field(min_length=1, max_length=128, description="The widget's conversation id.")
    message: str
    metadata: dict | None = None


class RasaButton(BaseModel):
    title: str
    payload: str


class RasaReply(BaseModel):
    recipient_id: str
    text: str
    buttons: list[RasaButton] = []
    custom: ReplyOut


class IntentOut(BaseModel):
    id: str
    title: str
    topic: str
    kind: str
    examples: list[str]
    answer: str
    sources: list[str]


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    sessions_store: str
    sessions_store_down_seconds: float | None = Field(description="How long the session store has been "
                                                      "unreachable (null while it works).")
    sessions: int | None = Field(description="Conversations held in memory (null for Redis).")
    transcripts: bool
    transcripts_ok: bool = Field(description="False while the transcript store fails (replies go on).")
    intents: int


class About(BaseModel):
    name: str
    disclaimer: str
    emergency_number: str
    crisis_line: str
    treatment_line: str
    support_line: str
    support_hours: str | None
    max_message_chars: int
    starters: list[str]


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail
    request_id: str


ERRORS = {413: {"model": ErrorOut, "description": "Body larger than the organisation's limit"},
          422: {"model": ErrorOut, "description": "Not valid, or the message is too long"},
          429: {"model": ErrorOut, "description": "Too many messages from this address; see Retry-After"}}

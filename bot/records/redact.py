"""Take personal details out of a message before it is stored or logged.

Replaced: links, email addresses (also written out: "jack dot smith at gmail dot com"), phone
numbers, dates (and dates of birth), street addresses (also by name alone, and house names),
UK postcodes and US ZIP codes, NHS / hospital / patient / reference numbers and other IDs, and
names where people put them (after a title, a relation word, "my name is", "I'm", a greeting or
a sign-off). Kept: what the
bot and the review need, such as temperatures ("38.4"), durations ("2 to 3 years"), treatment
days ("day 29"), counts and service numbers ("999", "111").

>>> redact("I'm at 12 Oak Street, my NHS number is 943 476 5919, call me on 07700 900123")
"I'm at [address], my NHS number is [id number], call me on [phone]"
>>> redact("temperature 38.4 on day 29")
'temperature 38.4 on day 29'

The order of the patterns matters: specific, labelled forms first, bare digit runs last.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_NUMERIC_DATE = (r"(?:\d{1,2}(?P<s1>[/.-])\d{1,2}(?P=s1)(?:\d{4}|\d{2})|"
                 + _YEAR + r"(?P<s2>[/.-])\d{1,2}(?P=s2)\d{1,2})")
_WORD_DATE = rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR})"
_BIRTH_LABEL = r"(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday\s+is|born(?:\s+on|\s+in)?)"
_BIRTH_VALUE = (rf"(?:{_NUMERIC_DATE}|{_WORD_DATE}|{_MONTH}\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH}|"
                rf"{_MONTH}\s+{_DAY}|\d{{1,2}}/\d{{2,4}}|{_YEAR})")

# Labels that make the number after them an identifier. Bare ones are identifiers on their own;
# the others ("hospital", "patient") only with a noun after them ("hospital number").
_ID_BARE = r"(?:nhs|chi|mrn|m\.r\.n\.|ssn|h&c)"
_ID_NOUNED = (r"(?:nhs|chi|medical\s+record|hospital|patient|case|record|social\s+security|insurance|member|"
              r"policy|medicare|medicaid|health\s+(?:and|&)\s+care)")
_ID_NOUN = r"(?:number|no\.?|num|id|#)"
_ID_LABEL = rf"(?:{_ID_NOUNED}\s*{_ID_NOUN}|{_ID_BARE}(?:\s*{_ID_NOUN})?)"
_ID_VALUE = r"[a-z]{0,4}[\s-]?(?:\d{3}[\s-]?\d{3}[\s-]?\d{4}|\d[\da-z]{4,})"  # NHS-style 3-3-4, or 5+ in a row

_NOT_STREET = (r"(?!(?i:the|a|an|on|in|at|to|of|and|or|from|down|up|my|our|your|his|her|their|this|that|per|"
               r"miles?|minutes?|mins?|hours?|days?|weeks?|times?|km|kms|blocks?|doors?|half|long|all|some|other|"
               r"same|no|each|every|one|two)\b)")
_STREET_WORD = rf"{_NOT_STREET}(?:[A-Za-z][a-z'\u2019-]+|[A-Z][A-Za-z'\u2019-]*)"
_STREET_ANY_CASE = (r"(?i:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|crescent|cres|terrace|mews|"
                    r"parkway|pkwy|highway|hwy|drive|gardens|grove|close|court|place|way)")
_STREET_CAPITALISED = r"(?:Close|Court|Ct|Drive|Dr|Way|Place|Pl|Grove|Gardens|Square|Sq|Hill|Row|Walk|Park|Rise)"
_UNIT = r"(?:(?i:flat|apartment|apt|unit|suite)\.?\s*#?\w{1,5},?\s+)"
# Inward codes never use the letters C I K M O V, which keeps "B12 2mg" and "2 kg" safe.
_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"
_US_STATE_ZIP = (r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
                 r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b")

# Links first: they carry names and ids ("gofundme.com/f/help-jack-smith").
_TLD = r"(?:com|org|net|edu|gov|uk|co|io|me|ie|ca|au|us|info|ly)"
_URL = (rf"(?i)(?:\b(?:https?://|www\.)|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.{_TLD}(?=/))"
        r"[^\s<>\"']+?(?=[.,;:!?)\]]*(?:\s|$))")
# Emails written out so that a machine would not see them: "jack dot smith at gmail dot com".
_AT = r"(?:\s*(?:\(at\)|\[at\])\s*|\s+at\s+)"
_DOT = r"(?:\s*(?:\(dot\)|\[dot\])\s*|\s+dot\s+|\.)"
_SPELLED_EMAIL = rf"(?i)\b[\w+'-]+(?:{_DOT}[\w+'-]+)*{_AT}[a-z\d-]+(?:{_DOT}{_TLD}\b)+"
# A label that makes what follows an identifier, however it is written ("hosp no. RX-4471-22").
_ID_LABEL_MORE = (r"(?i:\b(?:hosp(?:ital)?\.?|patient|pt|case|record|unit|study|trial|k|nhs|chi|ref(?:erence)?\.?|"
                  r"mrn|booking|clinic)(?![a-z])\s*(?:number|no\.?|num|id|#)?\s*(?:is|was|:|=|-)?\s*)")
_ID_VALUE_MORE = r"(?=[\w-]{4,})(?=(?i:[a-z-]{0,6})\d)(?i:[a-z]{0,4}-?\d[\da-z]*(?:-[\da-z]+)*(?:\s\d{3,}){0,2})\b"
_HYPHENATED_ID = r"\b(?:[A-Z]{1,4}-\d{3,}(?:-\d+)*|[A-Z]{1,3}\d{2,}-\d{3,})\b"
_ZIP = r"(?i)(\bzip(?:\s*code)?\s*(?:is|:)?\s*)\d{5}(?:-\d{4})?\b"
_STREET_TYPE_NAMED = (r"(?:Road|Street|Lane|Avenue|Drive|Close|Court|Gardens|Crescent|Grove|Terrace|Mews|Place|Way|"
                      r"Rise|Boulevard|Square|Walk|Row|Hill|Park)")
# A street or a house by its name alone ("Mill Lane, Leeds", "Rose Cottage").
_NAMED_STREET = rf"\b(?:[A-Z][a-z'\u2019]+\s+){{1,2}}{_STREET_TYPE_NAMED}\b(?:,\s*[A-Z][a-z]+\b(?!\s+(?:Road|Street)))?"
_HOUSE_NAME = r"\b(?:[A-Z][a-z]+\s+){1,2}(?:Cottage|House|Farm|Lodge|Barn|Manor|Rectory|Villa|Hall)\b"

# Names. Pattern-based, so only where people put them: after a title, a relation word ("my son
# Jack"), "my name is", "I'm", greetings and sign-offs. A capitalised health word is never a name.
_NOT_NAME = (r"(?!(?:Ph|Chemo|Maintenance|Induction|Consolidation|Intensification|Vincristine|Dexamethasone|"
             r"Methotrexate|Steroids?|Leuka?emia|Remission|Relapse|Day|Days|Cycle|Week|Month|Year|Today|Tomorrow|"
             r"Yesterday|Please|Thanks|Thank|Hospital|Clinic|Ward|Team|Doctor|Nurse|God|Mum|Mom|Dad|Mummy|Daddy|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Is|Was|Has|Had|Did|Does|"
             r"Will|Can|And|But|Who|What|When|Why|How|The|She|He|They|We|It|Im|I)\b)")
_NAME_WORD = rf"{_NOT_NAME}[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_NAME = rf"{_NAME_WORD}(?:\s+(?:Mc|Mac|O')?{_NAME_WORD})?"
_LOWER_NAME = r"(?!(?:and|but|i|im|my|is|was|from|here|the|a|mum|mom|dad)\b)[a-z][a-z'\u2019-]+"
_RELATION = (r"(?i:son|daughter|wife|husband|partner|boy|girl|little\s+one|grandson|granddaughter|brother|sister|"
             r"nephew|niece|mum|mom|mother|dad|father|stepson|stepdaughter|friend|child|kid|baby|boyfriend|"
             r"girlfriend|fianc[eé]e?|cousin|aunt|uncle|grandma|grandad|granny|nan)")
_NAME_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(\b(?:Dr|Doctor|Nurse|Mr|Mrs|Ms|Miss|Prof|Professor|Sister)\.?\s+){_NAME}"), r"\g<1>[name]"),
    (re.compile(rf"(\b{_RELATION}(?:\s+(?i:of|to|is|called|named))?\s*,?\s+){_NAME}"), r"\g<1>[name]"),
    (re.compile(rf"(?i)(\b(?:my\s+name\s+is|my\s+name's|i\s+am\s+called|name's)\s+)"
                rf"{_LOWER_NAME}(?:\s+{_LOWER_NAME})?"), r"\g<1>[name]"),
    (re.compile(rf"(\b(?i:i'm|i\u2019m|i\s+am|this\s+is|it's|called|named)\s+){_NAME}"), r"\g<1>[name]"),
    (re.compile(rf"((?:^|[.!?]\s+)(?i:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon|evening))\s*,?\s+)"
                rf"{_NAME}"), r"\g<1>[name]"),
    (re.compile(rf"(\b(?i:thanks|thank\s+you|many\s+thanks|cheers|regards|kind\s+regards|best\s+wishes|best|love|"
                rf"from|sincerely|ta)\s*,?\s*){_NAME}(?=\s*(?:[.!,)]|x+\b|$))"), r"\g<1>[name]"),
    (re.compile(rf"(\s[-\u2013\u2014]\s*){_NAME}\s*$"), r"\g<1>[name]"),
)

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_URL), "[url]"),
    (re.compile(r"(?i)\b[\w.+'-]+@[a-z\d-]+(?:\.[a-z\d-]+)+\b"), "[email]"),
    (re.compile(_SPELLED_EMAIL), "[email]"),
    (re.compile(rf"({_ID_LABEL_MORE}){_ID_VALUE_MORE}"), r"\g<1>[id number]"),
    (re.compile(rf"(?i)(\b{_ID_LABEL}\s*(?:is|was|:|=|-)?\s*){_ID_VALUE}\b"), r"\g<1>[id number]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[id number]"),  # US social security number
    (re.compile(rf"(?i)(\b{_BIRTH_LABEL}\s*(?:is|was|:|-)?\s*){_BIRTH_VALUE}\b"), r"\g<1>[date of birth]"),
    (re.compile(rf"(?i)\b{_WORD_DATE}\b"), "[date]"),
    (re.compile(rf"(?<![\d.])\b{_NUMERIC_DATE}\b(?![.\d])"), "[date]"),
    (re.compile(r"(?i)\bp\.?\s?o\.?\s+box\s+\d+"), "[address]"),
    (re.compile(rf"\b{_UNIT}?\d{{1,5}}[A-Za-z]?,?\s+(?:{_STREET_WORD}\s+){{1,3}}"
                rf"(?:{_STREET_ANY_CASE}|{_STREET_CAPITALISED})\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"), "[address]"),
    (re.compile(_US_STATE_ZIP), "[address]"),
    (re.compile(_ZIP), r"\g<1>[address]"),
    (re.compile(_HOUSE_NAME), "[address]"),
    (re.compile(_NAMED_STREET), "[address]"),
    (re.compile(_POSTCODE, re.IGNORECASE), "[address]"),
    # Phones: international, UK trunk-prefixed, US (NXX) NXX-XXXX with or without a leading 1.
    (re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)\s?)?\(?\d{1,5}\)?(?:[\s.-]?\d{2,5}){1,4}\b"), "[phone]"),
    (re.compile(r"(?<![\w.])\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}\b"), "[phone]"),
    (re.compile(r"(?<![\w.])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{2,4}(?:[\s-]?\d{2})?\b(?![.,]\d)"), "[phone]"),
    (re.compile(r"(?<![\w.])(?:1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?![.,]\d)"), "[phone]"),
    (re.compile(_HYPHENATED_ID), "[id number]"),
    # Anything else that is a long run of digits (8 or more, maybe grouped) is an ID of some kind.
    (re.compile(r"(?<![\w.,])\d(?:[\s-]?\d){7,}\b(?![.,]\d)"), "[id number]"),
)


# A JSON string may carry half of an emoji ("\ud83d"): Python keeps it, but UTF-8 (SQLite, log
# files) cannot encode it, and the write would fail.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    r"""The text with lone surrogates replaced by U+FFFD, so any UTF-8 store or log can take it.

    >>> storable("\ud83d hot") == "\ufffd hot"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def redact(text: str) -> str:
    """The text with personal details replaced by [email], [phone], [date], [date of birth],
    [address] or [id number]; always storable (see `storable`)."""
    text = storable(text)
    for pattern, replacement in (*_PATTERNS, *_NAME_PATTERNS):
        text = pattern.sub(replacement, text)
    return text

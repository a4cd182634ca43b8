"""Take personal details out of a message before it is stored or logged.

Replaced: email addresses, phone numbers, dates (and dates of birth), street addresses and
postcodes, NHS / hospital / medical record numbers and other long ID numbers. Kept: what the
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

_NOT_STREET = r"(?!(?i:the|a|an|on|in|at|to|of|and|or|from|down|up|my|our|your|his|her|their|this|that|per|" \
              r"miles?|minutes?|mins?|hours?|days?|weeks?|times?|km|kms|blocks?|doors?)\b)"
_STREET_WORD = rf"{_NOT_STREET}(?:[A-Za-z][a-z'\u2019-]+|[A-Z][A-Za-z'\u2019-]*)"
_STREET_ANY_CASE = (r"(?i:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|crescent|cres|terrace|mews|"
                    r"parkway|pkwy|highway|hwy)")
_STREET_CAPITALISED = r"(?:Close|Court|Ct|Drive|Dr|Way|Place|Pl|Grove|Gardens|Square|Sq|Hill|Row|Walk|Park|Rise)"
_UNIT = r"(?:(?i:flat|apartment|apt|unit|suite)\.?\s*#?\w{1,5},?\s+)"
# Inward codes never use the letters C I K M O V, which keeps "B12 2mg" and "2 kg" safe.
_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"
_US_STATE_ZIP = (r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
                 r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b")

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b[\w.+'-]+@[a-z\d-]+(?:\.[a-z\d-]+)+\b"), "[email]"),
    (re.compile(rf"(?i)(\b{_ID_LABEL}\s*(?:is|was|:|=|-)?\s*){_ID_VALUE}\b"), r"\g<1>[id number]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[id number]"),  # US social security number
    (re.compile(rf"(?i)(\b{_BIRTH_LABEL}\s*(?:is|was|:|-)?\s*){_BIRTH_VALUE}\b"), r"\g<1>[date of birth]"),
    (re.compile(rf"(?i)\b{_WORD_DATE}\b"), "[date]"),
    (re.compile(rf"(?<![\d.])\b{_NUMERIC_DATE}\b(?![.\d])"), "[date]"),
    (re.compile(r"(?i)\bp\.?\s?o\.?\s+box\s+\d+"), "[address]"),
    (re.compile(rf"\b{_UNIT}?\d{{1,5}}[A-Za-z]?,?\s+(?:{_STREET_WORD}\s+){{1,3}}"
                rf"(?:{_STREET_ANY_CASE}|{_STREET_CAPITALISED})\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"), "[address]"),
    (re.compile(_US_STATE_ZIP), "[address]"),
    (re.compile(_POSTCODE, re.IGNORECASE), "[address]"),
    # Phones: international, UK trunk-prefixed, US (NXX) NXX-XXXX with or without a leading 1.
    (re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)\s?)?\(?\d{1,5}\)?(?:[\s.-]?\d{2,5}){1,4}\b"), "[phone]"),
    (re.compile(r"(?<![\w.])\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}\b"), "[phone]"),
    (re.compile(r"(?<![\w.])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{2,4}(?:[\s-]?\d{2})?\b(?![.,]\d)"), "[phone]"),
    (re.compile(r"(?<![\w.])(?:1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?![.,]\d)"), "[phone]"),
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
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text

"""English recognisers: street addresses in the English order (number, name, then street type), addresses after an
address context ("lives at", "send it to"), suite and apartment numbers, ZIP codes and ages."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|"
    r"Highway|Hwy|Circle|Cir|Trail|Crescent|Close|Grove|Gardens|Hill|Park|Row|Walk|Mews|Plaza|Alley|Loop|Run|Pike|Path"
)
_UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|P\.?O\.? Box|Box)\s*#?\s*\d+\w*"
_STREET = (
    rf"(?-i:\b\d{{1,6}}\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:{_STREET_TYPES})\b\.?"
    rf"(?:[\s,]+{_UNIT})?(?:[\s,]+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,?\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?)?)"
)
# The European order after a leading number: "6750 Koskikatu 25", "9721 Dalmatinova 43"
_NUMBERED = r"(?-i:\b\d{1,6}\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}\d{1,4}\b\.?)"
# An address written over several lines goes on to the end of its lines (city, state, country, postcode).
_MORE_LINES = r"(?:[ \t]*(?:,[ \t]*)?\n[ \t]*[^\n]{1,60}){0,4}"
# "address is", "lives at": what follows is an address. "send it to", "moved to": only when a house number follows.
_ADDRESS_CONTEXT = r"address(?:\s+is)?|lives?\s+at|living\s+at|located\s+at|resides?\s+at|office\s+is\s+at"
_DESTINATION = r"moved\s+to|send\s+(?:\w+\s+){0,3}to|ship(?:ped)?\s+(?:\w+\s+){0,2}to|deliver(?:ed)?\s+(?:\w+\s+){0,2}to|mail\s+(?:\w+\s+){0,2}to"
# To the end of the sentence, when it holds a number; a full stop ends it only before a new sentence ("Apt. 864" goes on).
_TO_SENTENCE_END = r"[^!?;]{2,150}?(?=\s*(?:\.\s+(?-i:[A-Z][a-z]+)\s|[!?;]|\.?\s*\Z))"
_AFTER_CONTEXT = rf"(?<=\b(?:{_ADDRESS_CONTEXT})[\s:]+)(?=[^!?;]{{0,150}}?\d)(?-i:[A-Z0-9#]){_TO_SENTENCE_END}"
_AFTER_DESTINATION = rf"(?<=\b(?:{_DESTINATION})\s+)\d{{1,6}}\s+(?-i:[A-Z]){_TO_SENTENCE_END}"


class EnglishAddressRecognizer(PatternRecognizer):
    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="ADDRESS",
            patterns=[
                Pattern("street_en", _STREET + _MORE_LINES, 0.7),
                Pattern("street_numbered", rf"{_NUMBERED}(?:[\s,]+{_UNIT})?(?=[ \t]*(?:,|\n|\s+{_UNIT}))" + _MORE_LINES + r"(?:,[^,.!?\n]{1,40})?", 0.6),
                Pattern("address_after_context_en", _AFTER_CONTEXT, 0.6),
                Pattern("address_after_destination_en", _AFTER_DESTINATION, 0.6),
                Pattern("unit_en", rf"(?-i:\b{_UNIT})", 0.5),
                Pattern("zip_en", r"(?<=\b(?:zip|zip\s+code|postcode|post\s+code|postal\s+code)(?:\s+is)?[\s:#]+)(?-i:[A-Z0-9][A-Z0-9 -]{1,8}\d)\b", 0.6),
            ],
            supported_language=supported_language,
            name="EnglishAddressRecognizer",
        )


class AgeRecognizer(PatternRecognizer):
    """"a 45 year old", "45-year-old", "31 y/o", "just turned 60", "I'm 23", "aged 78"."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="AGE",
            patterns=[
                Pattern("age_years_old", r"\b\d{1,3}(?=(?:\s+|-)years?(?:\s+|-)old\b|\s*y/?o\b)", 0.7),
                # "just turned 60", "I'm 23.", not "I'm 2 weeks late" or "I turned 2 of the lights off"
                Pattern("age_after_context", r"(?<=\b(?:turned|turn|turning|aged|age:?|I'm|I\s+am)\s+)\d{1,3}(?=\s*(?:[.,!?;]|\Z|\s+(?:years?\b|yrs\b|now\b|today\b|this\b|next\b|last\b|and\b|but\b|so\b)))", 0.6),
            ],
            supported_language=supported_language,
            name="AgeRecognizer",
        )

"""Recognisers for values read aloud and transcribed by speech-to-text: numbers spelled out in words
("zéro six douze trente-quatre…") and e-mail addresses ("marie point dupont arobase orange point fr")."""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from text_to_num import alpha2digit

_UNITS = (
    "zéro|zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    "vingts?|trente|quarante|cinquante|soixante|cents?|mille"
)
_NUMBER = rf"(?:\d+|(?:{_UNITS})(?:-(?:et-)?(?:{_UNITS}))*)"
_FILLER = r"(?:euh|heu|hum|hein|attendez|pardon|alors|voilà|voila|donc|je\s+crois|c'est|et)"
_GAP = rf"(?:[\s,.…;:/-]+(?:{_FILLER}[\s,.…;:/-]+){{0,2}})"
# A run of spoken (or digit) numbers, possibly with fillers between them, optionally led by "plus" (+33…).
_RUN = regex.compile(rf"(?<!\w)(?:plus\s+)?{_NUMBER}(?:{_GAP}{_NUMBER})+(?!\w)", regex.IGNORECASE)

MIN_SPOKEN_DIGITS = 8


def _digits(text: str, language: str) -> str:
    try:
        converted = alpha2digit(text, "fr" if language not in {"en", "es"} else language)
    except Exception:  # text2num is strict about some inputs; treat them as no number
        return ""
    return "".join(char for char in converted if char.isdigit())


def _kind(digits: str, text: str) -> str:
    lowered = text.lower()
    if lowered.startswith("plus") or (len(digits) == 10 and digits.startswith("0")) or digits.startswith(("33", "212")) and len(digits) in (11, 12):
        return "PHONE_NUMBER"
    if len(digits) in (15, 16, 19) and digits[0] in "3456":
        return "CREDIT_CARD"
    if len(digits) in (13, 15) and digits[0] in "12":
        return "FR_NIR"
    return "ID_NUMBER"


class SpokenNumberRecognizer(EntityRecognizer):
    """Long numbers spelled out in words (phones, cards, NIR, account numbers): 8 digits or more once converted."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entities=["PHONE_NUMBER", "CREDIT_CARD", "FR_NIR", "ID_NUMBER"],
            supported_language=supported_language,
            name="SpokenNumberRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for match in _RUN.finditer(text):
            digits = _digits(match.group(0), self.supported_language)
            if len(digits) >= MIN_SPOKEN_DIGITS:
                kind = _kind(digits, match.group(0))
                if kind in entities:
                    results.append(RecognizerResult(kind, match.start(), match.end(), 0.7, recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


_LOCAL = r"[\w'’-]+(?:\s+(?:point|tiret|tiret\s+bas|underscore|dot|dash|punto|guion)\s+[\w'’-]+)*"
_DOMAIN = r"[\w-]+(?:\s+(?:point|dot|punto)\s+[\w-]+)+"


class SpokenEmailRecognizer(PatternRecognizer):
    """E-mail addresses read aloud: "marie point dupont arobase orange point fr" (also "at … dot", "arroba … punto")."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=[Pattern("spoken_email", rf"(?i)(?<!\w){_LOCAL}\s+(?:arobase|arrobase|at|arroba)\s+{_DOMAIN}(?!\w)", 0.75)],
            supported_language=supported_language,
            name="SpokenEmailRecognizer",
        )

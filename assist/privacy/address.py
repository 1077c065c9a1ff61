"""Postal addresses, written or read aloud: a house number (digits or words) and a street type start one;
it runs on over the street name, "quartier …", the postcode (digits or words) and the city, and stops at the
first word that cannot belong to an address. Building prefixes ("appartement 12 immeuble 4") are included."""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from assist.privacy.spoken import _UNITS, _result

_STREET = (
    r"rue|avenue|av\.?|boulevard|bd|place|chemin|allée|allee|impasse|route|quai|cours|square|passage|voie|sentier|"
    r"résidence|residence|lotissement|cité|cite|hameau|derb|zanqa|street|st\.?|road|avenida|calle|plaza"
)
_HOUSE = rf"(?:\d{{1,4}}|(?:{_UNITS})(?:[\s-](?:et-)?(?:{_UNITS}))*)(?:\s*(?:bis|ter|b|a))?"
_START = regex.compile(rf"(?i)(?<!\w)(?:{_HOUSE}[\s,]+)?(?:{_STREET})(?!\w)")
_BUILDING = r"appartement|appt|app|bâtiment|batiment|bât|immeuble|imm|escalier|porte|étage|etage|résidence"
_PREFIX = regex.compile(rf"(?i)(?:(?:{_BUILDING})\s+[\w-]+[\s,]+)*(?:(?:{_BUILDING})[\s,]+)?$")
_NO_NUMBER_NEEDED = ("résidence", "residence", "lotissement", "cité", "cite", "hameau", "derb")
_TOKEN = regex.compile(r"[\w'’\-]+|[,]")
# Words that end an address: verbs, pronouns, connectors and fillers of the surrounding sentence.
_STOP = set(
    "et alors donc mais depuis je j' j’ c'est c’est pour voilà voila bon ou que qui avec pendant dans ça ça vous nous il elle on "
    "euh ben bah hein merci oui non si est sont était etait a ai avait c' mon ma mes votre vos notre le la les ont puis aussi "
    "maintenant avant après apres l'emménagement l'ancienne la nouvelle nouvelle ancienne depuis jusqu'au jusqu'à".split()
)
_KEEP_LOWER = set("de du des la le les l' d' sur en aux au".split())
MAX_TOKENS = 16


class AddressRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = "fr"):
        super().__init__(supported_entities=["ADDRESS"], supported_language=supported_language, name="AddressRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for start in _START.finditer(text):
            first = start.group(0).split()[0].lower()
            has_number = any(char.isdigit() for char in start.group(0)) or first not in _STREET.split("|")
            if not has_number and first not in _NO_NUMBER_NEEDED and not text[max(0, start.start() - 40) : start.start()].lower().rstrip().endswith(("habite", "adresse", "au", "à", "c'est", "se trouve")):
                continue
            begin = start.start()
            prefix = _PREFIX.search(text[max(0, begin - 60) : begin])
            if prefix and prefix.group(0).strip():
                begin = max(0, begin - 60) + prefix.start()
            end = self._extend(text, start.end())
            results.append(_result("ADDRESS", begin, end, 0.75 if has_number else 0.6, self))
        return results

    @staticmethod
    def _extend(text: str, position: int) -> int:
        """Take tokens after the street type until a sentence word or the end of the sentence."""
        end, taken = position, 0
        for token in _TOKEN.finditer(text, position):
            gap = text[end : token.start()]
            if any(mark in gap for mark in ".;!?…:") or taken >= MAX_TOKENS:
                break
            word = token.group(0).lower()
            if word == ",":
                continue  # a comma may separate street, quartier, postcode and city
            if word in _STOP and word not in _KEEP_LOWER and not token.group(0)[0].isupper():  # "Allal Ben Abdellah" keeps "Ben"
                break
            end, taken = token.end(), taken + 1
        return end

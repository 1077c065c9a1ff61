"""Postal addresses, written or read aloud: a house number (digits or words) and a street type start one;
it runs on over the street name, "quartier …", the postcode (digits or words) and the city, and stops at the
first word that cannot belong to an address. Building prefixes ("appartement 12 immeuble 4") are included."""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from assist.privacy.labels import FORM_LABELS, label_word
from assist.privacy.spoken import HESITATION, HESITATION_GAP, SPOKEN_NUMBER, _result

_STREET = (
    r"rue|avenue|av\.?|boulevard|bd|place|chemin|allée|allee|impasse|route|quai|cours|square|passage|voie|sentier|"
    r"résidence|residence|lotissement|lot|cité|cite|hameau|lieu-dit|lieudit|lieu\s+dit|derb|zanqa|hay|douar|villa|quartier|street|st\.?|road|avenida|calle|plaza"
)
_HOUSE = rf"(?:\d{{1,4}}|{SPOKEN_NUMBER})(?:\s*(?:bis|ter|b|a))?"
# "15 euh non seize rue…"; a lone "un"/"une" is an article ("une place de parking"), not a house number
_START = regex.compile(rf"(?i)(?<!\w)(?:(?!(?:un|une)\s+(?!bis|ter)){_HOUSE}(?:{HESITATION_GAP}{_HOUSE})?{HESITATION_GAP})?(?:{_STREET})(?!\w)")
_BUILDING = r"appartement|appt|app|bâtiment|batiment|bât|immeuble|imm|escalier|porte|étage|etage|résidence|bloc|villa|numéro|n°|lot|km|kilomètre"  # "km 18 route de Rabat"
_PREFIX = regex.compile(rf"(?i)(?:(?:{_BUILDING})\s+(?:{SPOKEN_NUMBER}|[\w-]+)[\s,]+|\d{{1,2}}(?:e|er|ème|eme)\s+(?:étage|etage)[\s,]+)*(?:(?:{_BUILDING})[\s,]+)?$")  # "3e étage, 26 rue…"
_NOT_A_PLACE = regex.compile(r"(?i)\s+(?:secondaire|principale)\b")  # "ma résidence secondaire"
# Darija in Arabic script: "ساكن ف الحي المحمدي زنقة 15 رقم 13 الدار البيضاء" ("I live in …, street 15, number 13, Casablanca")
# Matched forward from its context word (a lookbehind with optional spaces on both sides is cubic on long blank runs);
# a street word as a whole word, and a number in it.
_ARABIC_ADDRESS = regex.compile(
    r"(?<!\p{L})(?:ساكن|ساكنة|عنواني|العنوان)(?:\s*(?:ف|في|هو|:))?\s+"
    r"(?P<address>(?=[^،,.\n]*\d)[^،,.\n\s][^،,.\n]*?(?<!\p{L})(?:زنقة|شارع|درب|رقم|حي|إقامة)(?!\p{L})[^،,.\n]*)"
)
_NO_NUMBER_NEEDED = ("résidence", "residence", "lotissement", "cité", "cite", "hameau", "lieu-dit", "lieudit", "lieu", "derb", "hay", "douar")  # Moroccan "hay": a neighbourhood
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
            if first in ("résidence", "residence") and _NOT_A_PLACE.match(text, start.end()):
                continue
            if first == "hay" and self.supported_language == "es":
                continue  # Spanish "hay alguien…", "hay 3 recibos" ("there is"), not a Moroccan neighbourhood ("Hay Riad")
            has_number = any(char.isdigit() for char in start.group(0)) or first not in _STREET.split("|") or _NUMBER_AFTER.match(text, start.end()) is not None
            if not has_number and first not in _NO_NUMBER_NEEDED and not text[max(0, start.start() - 40) : start.start()].lower().rstrip().endswith(("habite", "adresse", "au", "à", "c'est", "se trouve")):
                continue
            begin = start.start()
            prefix = _PREFIX.search(text[max(0, begin - 60) : begin])
            if prefix and prefix.group(0).strip():
                begin = max(0, begin - 60) + prefix.start()
            end = self._extend(text, start.end())
            results.append(_result("ADDRESS", begin, end, 0.75 if has_number else 0.6, self))
        results += [_result("ADDRESS", *found.span("address"), 0.75, self) for found in _ARABIC_ADDRESS.finditer(text)]
        return results

    @staticmethod
    def _extend(text: str, position: int) -> int:
        """Take tokens after the street type until a sentence word or the end of the sentence; a hesitation
        ("… pardon…", "euh") is stepped over when the address goes on after it."""
        end, taken, previous, city = position, 0, "", False  # city: a postcode and its capitalised city are taken
        tokens = list(_TOKEN.finditer(text, position))
        index = 0
        while index < len(tokens) and taken < MAX_TOKENS:
            token = tokens[index]
            hesitation = _HESITATION_AT.match(text, end)
            if hesitation and hesitation.end() < len(text):  # skip it: the next token decides
                while index < len(tokens) and tokens[index].start() < hesitation.end():
                    index += 1
                if index == len(tokens) or not _continues(tokens[index].group(0), ""):
                    break
                end, taken, previous = tokens[index].end(), taken + 1, tokens[index].group(0).lower()
                index += 1
                continue
            gap = text[end : token.start()]
            if any(mark in gap for mark in ".;!?…:") or ("\n" in gap and _label_line(text, token.start())):
                break  # "75002 Paris\nContact : …", "…Brest\nPortable 06…"
            if city and ("\n" in gap or _SEPARATOR.search(gap) or _SEPARATOR.fullmatch(token.group(0)) or token.group(0)[0].islower()):
                break  # after "75018 Paris": not ", joignable au …", " - code porte …", a next line
            if regex.match(r"[ \t]*:", text[token.end() :]):
                break  # a speaker's or a field's label: "… mohammedia conseiller: très bien"
            word = token.group(0).lower()
            index += 1
            if word == ",":
                continue  # a comma may separate street, quartier, postcode and city
            if not _continues(token.group(0), previous, text[token.end() :]):
                break
            city = city or (_POSTCODE.fullmatch(previous) is not None and token.group(0)[0].isupper())  # written: "75018 Paris"
            end, taken, previous = token.end(), taken + 1, word
        return end


# The house number after the street, Moroccan style: "avenue des far numéro cent quarante"
_NUMBER_AFTER = regex.compile(rf"(?i)(?:\s+[\w'’\-]+){{1,4}}?\s+(?:numéro|n°|no)\s+(?:\d|{SPOKEN_NUMBER})")
_HESITATION_AT = regex.compile(rf"(?i)[\s,.…;:-]*{HESITATION}(?!\w)[\s,.…;:-]+")
_NUMBER_WORD = regex.compile(rf"(?i){SPOKEN_NUMBER}|\d+")
_BUILDING_WORDS = set(_BUILDING.split("|"))
_POSTCODE = regex.compile(r"\d{5}")
_SEPARATOR = regex.compile(r"[\-–—|/]+")
_LABELLED_LINE = regex.compile(r"[^\n:]{1,40}:")


def _label_line(text: str, start: int) -> bool:
    """Whether the line that starts at `start` is a form's field ("Contact : …", "Portable 06…", "Date du sinistre")."""
    first = regex.match(r"[\w'’\-]+", text[start:])
    return _LABELLED_LINE.match(text, start) is not None or (first is not None and label_word(first.group()) in FORM_LABELS)


def _continues(token: str, previous: str, after: str = "") -> bool:
    """Whether this token still belongs to the address."""
    word = token.lower()
    if word not in _STOP or word in _KEEP_LOWER or token[0].isupper():  # "Allal Ben Abdellah" keeps "Ben"
        return True
    if previous in _BUILDING_WORDS:  # "bâtiment a"
        return True
    return word == "et" and _NUMBER_WORD.match(after.lstrip()) is not None and _NUMBER_WORD.fullmatch(previous) is not None  # "trente et un mille"

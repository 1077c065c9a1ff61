"""French and Moroccan recognisers that Presidio does not ship, plus the registry we assemble (with the spoken forms of
`spoken.py`, the addresses of `address.py`, and, for English, `english.py`).

Each recogniser is a Presidio `PatternRecognizer` with, where the format has one, a checksum
validation (NIR control key, Luhn and IBAN checks come from Presidio's own recognisers).
"""

from __future__ import annotations

import datetime
import importlib
import re
from collections.abc import Iterable
from dataclasses import replace

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry, RecognizerResult
from text_to_num import alpha2digit

from assist.privacy.address import AddressRecognizer
from assist.privacy.exports import ChatSenderRecognizer, NameColumnRecognizer
from assist.privacy.gated import GatedPatternRecognizer
from assist.privacy.names import KnownNameRecognizer
from assist.privacy.english import (
    AgeRecognizer,
    EnglishAddressRecognizer,
    EnglishNameRecognizer,
    EnglishOrganizationRecognizer,
    EnglishReferenceRecognizer,
    LabelledPhoneRecognizer,
)
from assist.privacy.spoken import (
    _UNITS,
    FRENCH_NUMBERS,
    HESITATION,
    HESITATION_GAP,
    SPOKEN_NUMBER,
    ContextualNameRecognizer,
    SpelledOutRecognizer,
    SpokenEmailRecognizer,
    SpokenNumberRecognizer,
)
from assist.privacy.spoken_es import SPANISH_NUMBERS
from assist.privacy.spoken_en import (
    ENGLISH_NUMBERS,
    EnglishDateOfBirthRecognizer,
    EnglishSecretRecognizer,
    PostcodeRecognizer,
    SpokenEnglishAddressRecognizer,
    SpokenEnglishIpRecognizer,
    SpokenEnglishNameRecognizer,
    SpokenUrlRecognizer,
    VehiclePlateRecognizer,
)
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    UrlRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
)

_NIR = r"\b[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AaBb])[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{2}\b"


class FrNirRecognizer(PatternRecognizer):
    """French social security number (NIR), accepted only when its control key matches."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="FR_NIR",
            patterns=[Pattern("nir", _NIR, 0.6)],
            context=["sécurité sociale", "securite sociale", "sécu", "secu", "nir", "numéro de sécu", "social security"],
            supported_language=supported_language,
            name="FrNirRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool:
        digits = re.sub(r"[\s.]", "", pattern_text).upper()
        body, key = digits[:13], digits[13:]
        body = body.replace("2A", "19").replace("2B", "18")
        if not (body.isdigit() and key.isdigit()):
            return False
        return 97 - int(body) % 97 == int(key)


class FrMaPhoneRecognizer(PatternRecognizer):
    """French and Moroccan phone numbers as written (06 12 34 56 78, +33 6..., +212 6..., 0033...)."""

    PATTERN = r"(?<!\d)(?:(?:\+|00)\s?(?:33|212)[\s.\-]?(?:\(0\)\s?)?|0)[1-9](?:[\s.\-]?\d{2}){4}(?!\d)"

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=[Pattern("fr_ma_phone", self.PATTERN, 0.75)],
            context=["téléphone", "telephone", "portable", "numéro", "mobile", "fixe", "phone", "appel"],
            supported_language=supported_language,
            name="FrMaPhoneRecognizer",
        )


class ReferenceNumberRecognizer(PatternRecognizer):
    """Customer, contract and policy numbers; each brand configures its own patterns."""

    DEFAULT_PATTERNS = (r"\b[A-Z]{2,4}-\d{5,10}\b",)

    def __init__(self, patterns: Iterable[str] = DEFAULT_PATTERNS, supported_language: str = "fr"):
        super().__init__(
            supported_entity="CUSTOMER_ID",
            patterns=[Pattern(f"reference_{i}", regex, 0.6) for i, regex in enumerate(patterns)],
            context=["client", "contrat", "police", "dossier", "référence", "reference", "numéro", "customer", "contract"],
            supported_language=supported_language,
            name="ReferenceNumberRecognizer",
        )


# Words after a five-digit number that make it a reading or an amount, not a postcode ("12369 mètres cubes", "46138 kWh").
_NOT_A_CITY = (
    r"(?:mètres?|metres?|m3|m²|m2|kwh|kw|wh|euros?|eur|€|heures?|h|en|litres?|km|kilomètres?|kilometres?|jours?|mois|ans|"
    r"années?|points?|fois|et|ou|de|du|la|le|les|à|a|c'est|je|alors|donc|pour|sur|par|unités?|kilos?|kg|tonnes?)"
)


class PostalCodeCityRecognizer(PatternRecognizer):
    """A postcode followed by a city ("75002 Paris"); full street addresses are `AddressRecognizer`'s."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="ADDRESS",
            patterns=[Pattern("postcode_city", rf"\b\d{{5}}\s+(?!{_NOT_A_CITY}(?!\w))(?-i:[A-ZÉÈÀ])[\w'’\-]+(?:[\s\-](?-i:[A-ZÉÈÀ])[\w'’\-]+)?\b", 0.45)],
            context=["habit", "adresse", "domicile", "rue", "code postal", "address", "live"],
            supported_language=supported_language,
            name="PostalCodeCityRecognizer",
        )


class LongNumberRecognizer(PatternRecognizer):
    """When in doubt, redact: 9 digits or more, however they are separated, are an identifier of some kind."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="ID_NUMBER",
            patterns=[Pattern("long_number", r"(?<![\w.,])\d(?:[\s.\-/]{0,2}\d){8,}(?![\w])", 0.5)],
            supported_language=supported_language,
            name="LongNumberRecognizer",
        )


def _iban_valid(candidate: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", candidate).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


class AnyIbanRecognizer(PatternRecognizer):
    """IBANs of any country (Morocco included), accepted only when their mod-97 checksum holds."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=[Pattern("iban_any", r"(?i)\b[A-Z]{2}\d{2}(?:[\s.\-]?[A-Z0-9]{4}){2,7}(?:[\s.\-]?[A-Z0-9]{1,4})?\b", 0.6)],
            supported_language=supported_language,
            name="AnyIbanRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool:
        return _iban_valid(pattern_text)


_FIELD = rf"(?:(?:\d+|{SPOKEN_NUMBER})(?:[\s-]+(?:\d+|{SPOKEN_NUMBER}))*)"


class RibFieldsRecognizer(GatedPatternRecognizer):
    """A French RIB given field by field, written or read aloud: "code banque 30004, code guichet 60422, numéro de
    compte 06022335492, clé RIB 22": one value, from the bank code to the key."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=[
                Pattern(
                    "rib_fields",
                    rf"(?i)(?<=\bbanque[\s:]+){_FIELD}[\s,;]+(?:(?:le\s+)?code\s+)?guichet[\s:]+{_FIELD}[\s,;]+(?:(?:le\s+)?(?:numéro|numero|n°|no)\s+de\s+)?compte[\s:]+{_FIELD}"
                    rf"(?:[\s,;]+(?:la\s+)?(?:clé|cle|clef)(?:\s+rib)?[\s:]+{_FIELD})?(?!\w)",
                    0.8,
                )
            ],
            supported_language=supported_language,
            name="RibFieldsRecognizer",
            needs="guichet",
        )


_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_DAY = rf"(?:\d{{1,2}}(?:er)?|premier|{SPOKEN_NUMBER})"
_YEAR = rf"(?:(?:19|20)?\d{{2}}|{SPOKEN_NUMBER})"
_MONTH_NUMBER = r"(?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)(?!\w)"
# The day said again: "4… non, 3", "7 euh pardon le 8", "vingt-trois ah non c'est vingt-deux"
_RESTART = rf"(?:{HESITATION_GAP}(?:c'est\s+)?(?:le\s+)?{_DAY})"
_DATE = (
    r"(?:\d{1,2}[\s/.\-]\d{1,2}[\s/.\-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
    rf"|{_DAY}{_RESTART}?\s+du\s+{_MONTH_NUMBER}\s+{_YEAR}(?!\w)"  # "le six du onze cinquante-sept", "le 12 du 9 91"
    rf"|{_DAY}{_RESTART}?{HESITATION_GAP}(?:{_MONTHS}){HESITATION_GAP}{_YEAR}(?!\w)"  # "4… non, 3 décembre 1995"
    rf"(?:(?:[\s,.…;:-]+{HESITATION}(?!\w)){{1,4}}[\s,.…;:-]+{_YEAR}(?!\w))?)"  # "… soixante-quinze non pardon soixante-seize"
)
# Right after a birth context, any date-like number is the date: "né en soixante-huit", "date de naissance vingt-trois zéro trois quatre-vingt-trois".
_BIRTH_NUMBER = rf"(?:{_DATE}|(?:19|20)\d{{2}}(?!\w)|(?=(?:{_UNITS})(?:-[\w-]+)?\s+(?:et\s+)?(?:{_UNITS})(?!\w)){SPOKEN_NUMBER})"
_BIRTH = r"\b(?:né|née|nee|naissance|born|birth|nacido|nacida)"
_UNIT_AFTER_YEAR = r"h|heures?|ans|mois|jours?|minutes?|euros?|€|%|pour\s+cent|kwh|kva|m3|mètres?|dh|dirhams?|fois|personnes?"
# not "je suis de 14 à 18 au bureau", "il est de 1990 ce compteur"
_BIRTH_YEAR = rf"(?:(?:19|20)\d{{2}}|\d{{2}}|{SPOKEN_NUMBER})(?!\w)(?!\s*(?:{_UNIT_AFTER_YEAR}|à|a|au|jusqu|ce|cet|cette)(?!\w))"
_RELATIVE = r"(?:ma|mon)\s+(?:femme|mari|épouse|epouse|époux|epoux|mère|mere|père|pere|fille|fils|sœur|soeur|frère|frere|conjoint|conjointe|compagne|compagnon)"


class DateOfBirthRecognizer(GatedPatternRecognizer):
    """Dates in a birth context ("né le 12/03/1985", "date de naissance : douze mars mille neuf cent quatre-vingt-cinq"): the date only."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=[
                # "date de naissance client euh six janvier…", "ma date de naissance ? Le 2 juillet cinquante-deux"
                Pattern("birth_date", rf"(?i)(?<={_BIRTH}(?:\s+(?:c'est|est|is|es))?(?:[\s,?\[]+(?:client|cliente|du\s+client|de\s+la\s+cliente|du\s+titulaire|{HESITATION})\]?(?!\w)){{0,3}}(?:[\s:,?]+(?:le|on|el))?(?:[\s:,]+{HESITATION}(?!\w)){{0,3}}[\s:,?]+){_BIRTH_NUMBER}", 0.8),
                Pattern("birth_year", rf"(?i)(?<=\b(?:né|née|nee|born|nacido|nacida)\s+(?:en|in)\s+)(?:(?:19|20)?\d{{2}}(?!\w)|{SPOKEN_NUMBER})", 0.8),
                # "je suis de quatre-vingt-deux"; "ma femme … elle est de 1998", "il est de quarante-quatre mon père" (a
                # relative in the sentence: "le compteur il est de 2015" is not a birth year)
                Pattern("born_in_year", rf"(?i)(?<=\bje\s+suis\s+de\s+){_BIRTH_YEAR}", 0.7),
                Pattern("relative_born_in_year", rf"(?i)(?<=\b{_RELATIVE}\b(?:(?![.!?](?:\s|$))[^\n]){{0,160}}?\b(?:il|elle)\s+est\s+de\s+){_BIRTH_YEAR}", 0.7),
                Pattern("born_in_year_relative", rf"(?i)(?<=\b(?:il|elle)\s+est\s+de\s+){_BIRTH_YEAR}(?=[\s,]+{_RELATIVE}\b)", 0.7),
                # "vous êtes née quand, madame ? alors le 02/05/1975"
                Pattern("birth_date_answer", rf"(?i)(?<={_BIRTH}\s+quand\b[^.!]{{0,40}}?(?:alors|c'est|le)\s+(?:le\s+)?){_DATE}", 0.8),
                Pattern("date_then_birth", rf"(?i){_DATE}(?=(?:[\s,]+{HESITATION}(?!\w)){{0,3}}[\s,]+(?:c'est|is|es)\s+(?:ma|my|mi)\s+(?:date\s+)*(?:de\s+naissance|date\s+of\s+birth|birthday|fecha\s+de\s+nacimiento))", 0.8),
            ],
            supported_language=supported_language,
            name="DateOfBirthRecognizer",
            needs=r"\b(?:né|nee|naissance|born|birth|nacid|nacimiento|(?:il|elle)\s+est\s+de|je\s+suis\s+de)",
        )


_MONTH_NAMES = (
    f"{_MONTHS}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_FULL_YEAR = r"(?:19|20)\d{2}(?!\d)"
_LAW = r"\b(?:loi|law|act|décret|decreto|arrêté|ordonnance|directive|ley|real\s+decreto|règlement|regulation)(?:\s+(?:n°|no\.?|nº)?\s*[\w/.'-]+){0,4}\s+(?:du|of|de|del)\s+"  # "loi Informatique et Libertés du …"
_YEARISH = r"(?:19|20)\d\d|dix[\s-]neuf\s+cent|mille\s+neuf|deux\s+mille"


class PastDateRecognizer(GatedPatternRecognizer):
    """A full date (day, month and year) at least `YEARS` years back: the date of something in a person's life (a
    birth, a wedding, a first contract), not of the business at hand. On every set we have (nine of ours, 150 such
    dates, and the English synthetic one, 28), each one was personal data. Not a law's date ("loi du 6 janvier 1978")."""

    YEARS = 16

    def __init__(self, supported_language: str = "fr", today: datetime.date | None = None):
        self.today = today
        written = rf"(?:\d{{1,2}}(?:er|st|nd|rd|th|º)?(?:\s+of|\s+de)?\s+(?:{_MONTH_NAMES})\.?(?:\s+de|,)?\s+|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+){_FULL_YEAR}"
        # said in French: "quinze janvier dix-neuf cent cinquante-quatre", "le 3 mars deux mille cinq"
        spoken = rf"(?:\d{{1,2}}|premier|{SPOKEN_NUMBER})\s+(?:{_MONTHS})\s+(?:(?:dix-neuf|dix\s+neuf|mille\s+neuf)\s+cent|deux\s+mille)(?:[\s-]+{SPOKEN_NUMBER})?"
        numeric = rf"\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_FULL_YEAR}|(?<!\d)(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}(?:[ T]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
        super().__init__(
            supported_entity="DATE",
            patterns=[
                Pattern("past_full_date", rf"(?i)(?<!{_LAW})(?<![\w/.-])(?:{numeric}|{written})(?![\w/-])", 0.5),
                Pattern("past_full_date_said", rf"(?i)(?<!{_LAW})(?<!\w){spoken}(?!\w)", 0.5),
            ],
            supported_language=supported_language,
            name="PastDateRecognizer",
            needs=_YEARISH,  # most utterances hold no year
        )

    def validate_result(self, pattern_text: str) -> bool:
        if not any(char.isdigit() for char in pattern_text[-4:]):
            try:
                pattern_text = alpha2digit(pattern_text, "fr")  # "… dix-neuf cent cinquante-quatre" → "… 1954"
            except Exception:  # text2num is strict about some inputs
                return False
        numbers = re.findall(r"\d+", pattern_text)
        year = next((int(n) for n in numbers if len(n) == 4), None)  # the only four-digit number in the date
        if year is None:
            return False
        if re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}", pattern_text) or re.match(r"\d{4}-\d{2}-\d{2}", pattern_text):
            day, month = (int(numbers[0]), int(numbers[1])) if len(numbers[0]) < 4 else (int(numbers[2]), int(numbers[1]))
            if not (1 <= month <= 12 and 1 <= day <= 31):  # "99/99/1999" is no date
                return False
        return year <= (self.today or datetime.date.today()).year - self.YEARS


_LETTER_NAMES = r"bé|be|cé|ce|dé|effe|gé|ache|ji|ka|elle|emme|enne|pé|ku|erre|esse|té|vé|ixe|zède|zed|i\s+grec|double\s+vé"  # letters said aloud


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


class SpanishIdRecognizer(PatternRecognizer):
    """Spanish DNI/NIF ("12.345.678-Z") and NIE ("X-1234567-L") numbers, written, accepted only when the control letter
    is right (the number modulo 23)."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="ID_NUMBER",
            patterns=[
                Pattern("es_dni", r"(?i)(?<![\w.-])\d{1,2}[.\s]?\d{3}[.\s]?\d{3}[\s-]?[a-z](?![\w-])", 0.6),
                Pattern("es_nie", r"(?i)(?<![\w.-])[xyz][\s-]?\d{7}[\s-]?[a-z](?![\w-])", 0.6),
            ],
            supported_language=supported_language,
            name="SpanishIdRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool:
        compact = re.sub(r"[\s.-]", "", pattern_text).upper()
        number = compact[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return number.isdigit() and _DNI_LETTERS[int(number) % 23] == compact[-1]


class MaCinRecognizer(PatternRecognizer):
    """Moroccan national ID card numbers (one or two letters, 5 or 6 digits), only near a CIN context word."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="MA_CIN",
            patterns=[
                Pattern("ma_cin", r"\b[A-Z]{1,2}\s?\d{5,6}\b", 0.3),
                Pattern("ma_cin_compact", r"(?-i:\b[A-Z]{1,2}\d{5,6}\b)", 0.45),  # "V797815": an identifier whatever the context
                # read out after its name: "la carte nationale c'est bw 190 691", "… c'est bw sept neuf zéro huit zéro"
                Pattern(
                    "ma_cin_read_out",
                    rf"(?i)(?<=\b(?:cin|cnie|carte\s+(?:nationale|d'identité|d'identite))(?:\s+[\w']+){{0,2}}?\s+(?:c'est|est|:)\s+(?:le\s+)?)(?!(?:de|en|a|à|le|la|un|du|et|au|y)\s)[a-z]{{1,2}}\s+(?:\d[\d\s]{{3,8}}\d|{SPOKEN_NUMBER})(?!\w)",
                    0.8,
                ),
                # its letters said by their French names: "cin bé ache six cent trente-sept…", "cin dyali a bé 632 574"
                Pattern(
                    "ma_cin_letter_names",
                    rf"(?i)(?=\p{{L}})(?<=\b(?:cin|cnie|carte\s+nationale)(?:\s{{1,3}}(?:dyali|diali|dyal|c'est|est|:|le|ma|mon|numéro)){{0,3}}\s{{1,3}})"
                    rf"(?!elle\s)(?:(?:[a-z]\s+)?(?:{_LETTER_NAMES})|(?:{_LETTER_NAMES})\s+(?:{_LETTER_NAMES}|[a-z]))\s+(?:\d[\d\s]{{3,8}}\d|(?=(?:\S+\s+){{3}}){SPOKEN_NUMBER})(?!\w)",
                    0.7,
                ),
            ],
            context=["cin", "carte nationale", "carte d'identité", "identité", "cnie", "pièce d'identité", "nationale"],
            supported_language=supported_language,
            name="MaCinRecognizer",
        )


_SYMBOLS = (
    r"étoile|etoile|dièse|diese|arobase|tiret\s+du\s+bas|tiret\s+bas|tiret|underscore|majuscules?|minuscules?|dollar|slash|point\s+d'exclamation|point\s+d'interrogation|"
    r"et\s+commercial|avec\s+une?\s+\w+\s+majuscule|(?:tout\s+)?en\s+(?:majuscules?|minuscules?)|"
    r"(?:grand|petit)\s+[a-z](?:\s+[a-z]\w+)?|point|et"
)
# A password or key read out goes on with numbers, spelled letters and symbols: "raja avec un r majuscule 2007 et point d'exclamation".
_SPOKEN_TAIL = rf"(?:\s+(?:(?:{_UNITS}|{_SYMBOLS})(?:-(?:{_UNITS}))*|\d+|[a-z])(?!\w))*"
_SPOKEN_MORE = rf"\s+(?:(?:{_UNITS}|{_SYMBOLS})(?:-(?:{_UNITS}))*|\d+)(?!\w){_SPOKEN_TAIL}"  # at least one number or symbol


_SECRET_CONTEXT = (
    r"mot\s+de(?:\s+de)?\s+passe|password|contraseña|clé\s+wi-?fi|cle\s+wi-?fi|code\s+wi-?fi|mot\s+de\s+passe\s+wi-?fi|"
    r"question\s+secrète|question\s+secrete|réponse\s+secrète|reponse\s+secrete|mdp|clé\s+wpa2?|cle\s+wpa2?|clef\s+wpa2?"
)
# A password spelled letter by letter: "b majuscule o n j o u r deux zéro", "grand y asmine…"
_SPELLED_SECRET = r"(?!y\s+a(?!\w))(?:(?:grand|petit)\s+)?[a-z](?:\s+(?:majuscule|minuscule))?(?:\s+(?:[a-z]|\w{3,}(?=\s+(?:tiret|point|étoile|dièse|\d|" + _UNITS + r")(?!\w)))(?:\s+(?:majuscule|minuscule))?(?!\w))+"
_SAYS = r"(?:c'est|c'était|c'etait|est|était|is|es|:)"
_ANSWER = r"(?:[\s?]+(?:client|cliente|customer))?"  # the customer's answer in a transcript: "… au dos ? client : 734"
_NOT_SECRET = (
    rf"(?:{HESITATION}|que|qui|je|j'ai|l'ancien|l'ancienne|le|la|les|mon|ma|du|de|oublié|oublie|perdu|ne|n'est|marche|pas|trop|plus|encore|"
    r"toujours|bien|mal|bloqué|bloque|refusé|refuse|incorrect|faux|fausse|erroné|errone|personnel|personnelle|valide|expiré|expire|changé|"
    r"modifié|correct|confidentiel|secret|nouveau|provisoire|temporaire|envoyé|reçu|sur|dans|par)"
)
# A card security code read out is several number words ("huit cent quatre-vingt-quatre", "cinq huit sept"), not "un" or "deux".
_SPOKEN_CODE = rf"(?=(?:{_UNITS})(?:-[\w-]+)?[\s-]+(?:et[\s-]+)?(?:{_UNITS})(?!\w)){SPOKEN_NUMBER}"


# A door code read out mixes digits, number words and letters: "sept quatre d deux six", "1528d", "cinquante-huit quarante-cinq a".
_CODE_TOKEN = rf"(?:\d+[a-z]?|[a-z]|dièse|diese|étoile|etoile|(?:{_UNITS})(?:-(?:et-)?(?:{_UNITS}))*)(?!\w)"  # "un six cinq dièse"
_NOT_A_CODE = r"(?:chiffres?|fois|heures?|boutons?|touches?|lettres?|caract\w*|minutes?|jours?)(?!\w)"  # "quatre chiffres", "2 boutons"
_DOOR_CODE = (
    r"digicode|code\s+(?:de\s+la\s+porte|d'entrée|d'entree|de\s+l'immeuble|du\s+portail|de\s+l'interphone|"
    r"porte|portail|immeuble|interphone|d'accès|d'acces|d’accès|accès|acces|entrée|entree)"
)  # "code porte 029A", "code d'accès 607A"


class SecretRecognizer(GatedPatternRecognizer):
    """PINs, card security codes and passwords read out: the value after "code (PIN)", "cryptogramme", "mot de passe"."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="SECRET",
            patterns=[
                Pattern("pin", r"(?i)(?=\S)(?<=\b(?:code(?:\s+(?:pin|secret|confidentiel|d'accès))?|pin)\s+(?:c'est\s+|est\s+|:\s*)?(?:le\s+)?)\d{4,8}\b", 0.8),
                # a card read out: "carte 4970…, expiration 01/2030, code six huit quatre"
                Pattern("card_code_after_expiry", rf"(?i)(?=\S)(?<=\b(?:expiration|expire|exp)\b[^.!?]{{0,30}}?\bcode\s+(?:c'est\s+)?)(?:\d{{3,4}}|{_SPOKEN_CODE})(?!\w)", 0.8),
                Pattern(
                    "card_security_code",
                    rf"(?i)(?=\S)(?<=\b(?:cryptogramme|crypto|cvv|cvc|code\s+de\s+sécurité|code\s+de\s+securite|trois\s+chiffres(?:\s+au\s+dos)?|au\s+dos|derrière|derriere|"
                    rf"digicode|code\s+(?:de\s+la\s+porte|d'entrée|d'entree|de\s+l'immeuble|puk|derrière|derriere))(?:\s+{_SAYS})?{_ANSWER}{HESITATION_GAP}(?:le\s+)?)"
                    rf"(?:[a-z]\s+)?(?:\d{{3,8}}|{_SPOKEN_CODE})\b",
                    0.8,
                ),
                Pattern(
                    "door_code",
                    rf"(?i)(?=\S)(?<=\b(?:{_DOOR_CODE})(?:\s+(?:de\s+l'|de\s+la\s+|du\s+)\w+)?(?:[\s,]+{_SAYS})?{HESITATION_GAP}(?:le\s+)?)(?=(?:[a-z]\s*)?(?:\d|(?:{_UNITS})(?!\w)))(?:(?!\d+(?:er|ère|ere|e|eme|ème|è)(?!\w))[a-z]?\d[a-z\d]*(?!\w)(?:\s+{_CODE_TOKEN}){{0,8}}|{_CODE_TOKEN}(?:\s+{_CODE_TOKEN}){{1,8}})(?!\s+{_NOT_A_CODE})",
                    0.8,
                ),
                Pattern(
                    "password",
                    rf"(?i)(?=\S)(?<=\b(?:{_SECRET_CONTEXT})(?:(?:[\s,]+(?!oublié|oublie|perdu)[\w'’]+){{0,4}}?[\s,]+)?{_SAYS}{HESITATION_GAP})(?!(?:{_SAYS}|{_NOT_SECRET})(?!\w))\S{{3,64}}{_SPOKEN_TAIL}",
                    0.8,
                ),
                # without "c'est" or ":", only a value with a digit or read out with one ("mot de passe tigrou75", "mot de
                # passe nadia neuf dièse"), not "mot de passe, cliquez"
                # a password in a note or a form: "MDP temporaire communiqué : Bonheur#625", "clé WPA choisie par le client : dragon85"
                Pattern(
                    "password_labelled",
                    rf"(?i)(?<=\b(?:{_SECRET_CONTEXT})(?:\s+(?!oublié|oublie|perdu|expir|réinitialis|reinitialis|modifi|chang|depuis)[\w'’]+){{0,6}}\s*:\s*)"
                    rf"(?!(?:{_SAYS}|{_NOT_SECRET})(?!\w))(?!\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}(?!\w))(?=\S*\d)\S{{3,64}}(?<![.,;])",  # not a date
                    0.8,
                ),
                Pattern(
                    "password_bare",
                    rf"(?i)(?=\S)(?<=\b(?:{_SECRET_CONTEXT})(?:\s+admin)?(?:\s+{_SAYS})?{HESITATION_GAP})(?!(?:{_SAYS}|{_NOT_SECRET})(?!\w))"
                    rf"(?:{_SPELLED_SECRET}{_SPOKEN_TAIL}|(?=\S*\d)\S{{3,64}}{_SPOKEN_TAIL}|\S{{3,64}}{_SPOKEN_MORE})",
                    0.8,
                ),
            ],
            supported_language=supported_language,
            name="SecretRecognizer",
            needs=rf"\b(?:code|pin|crypto|cvv|cvc|chiffres|dos|derri|digicode|{_SECRET_CONTEXT})",
        )


class AlphanumericIdRecognizer(PatternRecognizer):
    """When in doubt, redact: one word of letters and at least five digits ("P10412028", "EL928549T", "sin-2017-11818")
    is a customer, contract, claim or ID card number of some kind."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="ID_NUMBER",
            patterns=[
                Pattern(
                    "alphanumeric_id",
                    r"(?<![\w-])(?<!\barticle\s+)(?!\d+(?:kwh|kw|mwh|wh|km|m3|m2|kg|mb|gb|go|mo|ko|h|min|s|dh|dhs|eur|ttc|ht)(?![\w-]))"
                    r"(?!\d{1,2}h\d{0,2}(?:-\d{1,2}h\d{0,2})+(?![\w-]))"  # hours: "12h30-14h30"
                    r"(?=(?:[a-z-]*\d){5})(?=[\d-]*[a-z])[a-z\d]+(?:-[a-z\d]+)*(?![\w-])",
                    0.5,
                ),
                Pattern("rio", r"(?<=\brio\s+(?:c'est\s+)?(?:le\s+)?)\d{2}[a-z\d]{10}(?![\w-])", 0.6),  # a mobile line's transfer code
            ],
            supported_language=supported_language,
            name="AlphanumericIdRecognizer",
        )


_IP_PART = rf"(?:\d{{1,3}}|{SPOKEN_NUMBER})"


class SpokenIpRecognizer(PatternRecognizer):
    """An IPv4 address read aloud: four numbers joined by "point" ("dix point zéro point zéro point deux cent dix-sept");
    an IPv6 address cut short ("2a01:e0a:687:445b:c7e9:fec1"), which Presidio's validator refuses."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(
            supported_entity="IP_ADDRESS",
            patterns=[
                Pattern("spoken_ipv4", rf"(?i)(?<!\w){_IP_PART}(?:\s+(?:point|dot|punto)\s+{_IP_PART}){{3}}(?!\w)", 0.7),
                Pattern("partial_ipv6", r"(?i)(?<![\w:])(?=[\d:]*[a-f])(?:[0-9a-f]{1,4}:{1,2}){3,7}[0-9a-f]{1,4}(?![\w:])", 0.6),  # a hex letter: not "10:30:00:00"
            ],
            supported_language=supported_language,
            name="SpokenIpRecognizer",
        )


# What the NER pipeline of each language is trusted with. French spaCy's ORG is too noisy on speech to redact.
NER_ENTITIES = {"fr": ("PERSON", "LOCATION"), "en": ("PERSON", "LOCATION", "ORGANIZATION", "NRP")}
SCRUBBED_ENTITIES = (
    "PERSON",
    "LOCATION",
    "ORGANIZATION",
    "NRP",
    "AGE",
    "ADDRESS",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "FR_NIR",
    "CUSTOMER_ID",
    "IP_ADDRESS",
    "ID_NUMBER",
    "DATE_OF_BIRTH",
    "DATE",
    "MA_CIN",
    "SECRET",
    "URL",
    "VEHICLE_PLATE",
)
# Recognisers that guess like the NER does (a company by its form, a customer's web site, an old date): left out of knowledge
# screening with it, since approved knowledge names companies and links to sites on purpose.
GUESSING_RECOGNIZERS = frozenset({"SpacyRecognizer", "ChatSenderRecognizer", "EnglishOrganizationRecognizer", "UrlRecognizer", "PastDateRecognizer"})


SPOKEN_NUMBERS = {"fr": FRENCH_NUMBERS, "en": ENGLISH_NUMBERS, "es": SPANISH_NUMBERS}  # how each language reads a number aloud
# The national formats the generic phone recogniser reads, per language; a number given with its country code ("+49 …")
# is read whatever the region. Each region is one more pass over the text, and on our French sets the others only
# took an amount or a meter index for a number.
PHONE_REGIONS = {"fr": ("FR", "MA", "BE", "CH"), "es": ("ES", "FR", "MA"), "en": ("GB", "US", "FR", "MA", "ES", "BE", "CH", "DE")}


# Where a sentence starts: a capital there says nothing about a name ("Páseme con otra persona").
_SENTENCE_START = re.compile(r"(?:^|[.!?¿¡;\n]|\.\.\.|…)[\s\"'«(\-]*$")
_PARTICLES = frozenset("de del la las los y da das do dos van von el".split())  # inside a name: "Juan de la Cruz"


class BorrowedNerRecognizer(SpacyRecognizer):
    """The NER of another language's pipeline (Spanish text read by the French one), kept only where it can be trusted:
    trimmed to its capitalised words (particles such as "de la" may sit between them), and dropped when what is left is
    one of the language's function words (`stop_words`) or a lone word opening a sentence. Unfiltered, the French model
    takes Spanish verbs for names ("Voy", "llamando", "Ahora tengo")."""

    def __init__(self, supported_language: str, stop_words: Iterable[str], **kwargs):
        super().__init__(supported_language=supported_language, name="SpacyRecognizer", **kwargs)  # the name other parts know the NER by
        self._stop_words = frozenset(word.lower() for word in stop_words)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts):
            span = self._trusted(text, result.start, result.end)
            if span is not None:
                result.start, result.end = span
                kept.append(result)
        return kept

    def _trusted(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        words = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", text[start:end]) if m.group(0)[0].isupper() or m.group(0).lower() in _PARTICLES]
        while words and (not words[0].group(0)[0].isupper() or (len(words) > 1 and words[0].group(0).lower() in self._stop_words)):
            words.pop(0)  # "Ahora Juan": a capitalised function word opening the span
        while words and not words[-1].group(0)[0].isupper():
            words.pop()
        if not words or (len(words) == 1 and words[0].group(0).lower() in self._stop_words):
            return None
        first, last = start + words[0].start(), start + words[-1].end()
        if text[first:last].count(" ") + 1 > len(words) + 2:  # lower-case words in between: not one name
            return None
        if len(words) == 1 and _SENTENCE_START.search(text, 0, first) is not None:
            return None
        return first, last


def _stop_words(language: str) -> frozenset[str]:
    return frozenset(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)


def build_registry(languages: Iterable[str], reference_patterns: Iterable[str] = ReferenceNumberRecognizer.DEFAULT_PATTERNS,
                   borrowed_ner: Iterable[str] = ()) -> RecognizerRegistry:  # fmt: skip
    """Every recogniser we rely on, for every language, spelled out (no hidden defaults). `borrowed_ner`: the languages
    whose text goes through another language's spaCy pipeline (`BorrowedNerRecognizer`)."""
    languages, borrowed = list(languages), set(borrowed_ner)
    registry = RecognizerRegistry(supported_languages=languages)
    patterns = tuple(reference_patterns)
    for lang in languages:
        ner_entities = list(NER_ENTITIES.get(lang, NER_ENTITIES["fr"]))
        for recognizer in (
            BorrowedNerRecognizer(lang, _stop_words(lang), supported_entities=ner_entities)
            if lang in borrowed
            else SpacyRecognizer(supported_language=lang, supported_entities=ner_entities),
            EmailRecognizer(supported_language=lang),
            IbanRecognizer(supported_language=lang),
            CreditCardRecognizer(supported_language=lang),
            IpRecognizer(supported_language=lang),
            UrlRecognizer(supported_language=lang),  # a customer's own site or profile link says who they are
            PhoneRecognizer(supported_language=lang, supported_regions=PHONE_REGIONS.get(lang, PHONE_REGIONS["en"])),
            FrMaPhoneRecognizer(supported_language=lang),
            FrNirRecognizer(supported_language=lang),
            ReferenceNumberRecognizer(patterns, supported_language=lang),
            PostalCodeCityRecognizer(supported_language=lang),
            AddressRecognizer(supported_language=lang),
            LongNumberRecognizer(supported_language=lang),
            AnyIbanRecognizer(supported_language=lang),
            RibFieldsRecognizer(supported_language=lang),
            DateOfBirthRecognizer(supported_language=lang),
            PastDateRecognizer(supported_language=lang),
            MaCinRecognizer(supported_language=lang),
            SpanishIdRecognizer(supported_language=lang),
            SecretRecognizer(supported_language=lang),
            AlphanumericIdRecognizer(supported_language=lang),
            SpokenIpRecognizer(supported_language=lang),
            SpokenNumberRecognizer(supported_language=lang, words=SPOKEN_NUMBERS.get(lang) or replace(FRENCH_NUMBERS, language=lang)),
            SpokenEmailRecognizer(supported_language=lang),
            SpelledOutRecognizer(supported_language=lang),
            NameColumnRecognizer(supported_language=lang),
            ChatSenderRecognizer(supported_language=lang),
        ):
            registry.add_recognizer(recognizer)
        if lang != "en":  # French (and Spanish) name contexts; English has its own, with English words that end a name
            registry.add_recognizer(ContextualNameRecognizer(supported_language=lang))
        if lang == "fr":  # France's registered given names
            registry.add_recognizer(KnownNameRecognizer(lang, _stop_words(lang)))
        if lang == "en":
            for recognizer in (
                EnglishAddressRecognizer, SpokenEnglishAddressRecognizer, AgeRecognizer, EnglishNameRecognizer, EnglishOrganizationRecognizer,
                LabelledPhoneRecognizer, EnglishDateOfBirthRecognizer, EnglishSecretRecognizer, SpokenEnglishIpRecognizer, SpokenEnglishNameRecognizer,
                PostcodeRecognizer, EnglishReferenceRecognizer, SpokenUrlRecognizer, VehiclePlateRecognizer,
            ):  # fmt: skip
                registry.add_recognizer(recognizer(supported_language=lang))
    return registry

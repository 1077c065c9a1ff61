"""Recognisers for values read aloud and transcribed by speech-to-text, and for identifiers told in context.

- Numbers spelled out in words or digits, with spelled letter prefixes and fillers: "zéro six… euh… douze
  trente-quatre", "v e sept quatre neuf huit", "fr soixante-seize …", "cent quatre-vingt-douze point cent …".
  Eight digits or more are always an identifier; four or more are when a context word precedes them
  ("numéro client", "police", "CIN", "code"). Dates, amounts and years are not identifiers.
- Hesitations and self-corrections inside a value ("… euh non pardon …") belong to it: `HESITATION`, shared with
  the address and date recognisers.
- E-mail addresses read aloud: "marie point dupont quatre-vingt-dix arobase orange point fr", "… at gmail.com".
- Names where the sentence says a name comes ("au nom de", "ma femme", "je récapitule", "… à l'appareil"), which
  speech-to-text writes lowercase, and names spelled out ("d u p o n t", "b comme berthe e n comme nicolas").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from text_to_num import alpha2digit

from assist.privacy.gated import GatedPatternRecognizer

_UNITS = (
    "zéro|zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    "vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille"  # Belgian and Swiss tens too
)
# A number in words: "quatre-vingt-dix-sept", "trente et un", "cent cinquante et un".
SPOKEN_NUMBER = rf"(?>(?:{_UNITS})(?!\w)(?:(?:-|\s+)(?:et(?:-|\s+))?(?:{_UNITS})(?!\w)){{0,8}})"  # atomic and bounded: linear on "un un un…"
# What callers say inside a value they read out ("zéro six… euh je reprends… douze", "67 bis, attendez je regarde,
# avenue…"): it belongs to the value's span, so recognisers step over it.
HESITATION = (
    r"(?:euh|heu|hum|hein|bon|ben|bah|(?:ah|oh)(?:\s+non)?|pardon|non(?:\s+pardon)?|attendez(?:\s+(?:voir|je\s+regarde|une\s+seconde))?|attends|"
    r"une\s+seconde|deux\s+secondes|c'est\s+ça|c'est\s+ca|"
    r"je\s+(?:regarde|reprends|recommence|répète|repete|crois|vérifie|verifie|cherche|prends|lis|relis|corrige)|enfin|plutôt|plutot|voilà|voila|alors|donc|"
    r"écoutez|ecoutez|vous\s+notez|(?:ne\s+)?bougez\s+pas|"
    # a restart: what was said before it belongs to the same value ("zéro neuf pardon je me suis trompé zéro six…")
    r"je\s+me\s+(?:suis\s+)?tromp(?:é|e|ée|ee)|je\s+vous\s+le\s+redonne|depuis\s+le\s+d[ée]but|"
    # what speech-to-text writes for a noise or a word it missed: "[bruit]", "[inaudible]"; not a speaker's label ("[agent]")
    r"\[(?!\s*(?:agent|client|cliente|conseiller|conseillère|customer|caller|speaker|locuteur)\b)[^\[\]\d\n]{1,30}\]|<unk>)"
)
# Pauses heard inside a value being read out, on top of the hesitations: "zéro six hm douze", "… je l'ai là …"
PAUSE = rf"(?:{HESITATION}|je\s+(?:ne\s+)?vois\s+plus|je\s+l'ai\s+(?:là|la)|hm+|mh+)"
HESITATION_GAP = rf"(?>(?:[\s,.…;:-]+{HESITATION}(?!\w)){{0,4}}[\s,.…;:-]+)"
# Between a name's context and the name: no full stop ("je suis titulaire. Parfait" is not a name).
NAME_GAP = rf"(?>(?:[\s,]+{HESITATION}(?!\w)){{0,3}}[\s,:]+)"
# Digits in Moroccan Darija, as chat and speech-to-text write it: "zero stta wahed rb3a jouj…"
DARIJA_DIGITS = {
    "sifr": "0", "sefr": "0", "wahed": "1", "wa7ed": "1", "jouj": "2", "joj": "2", "zouj": "2", "tlata": "3", "tlta": "3", "tleta": "3",
    "rb3a": "4", "reb3a": "4", "rab3a": "4", "arba3a": "4", "khamsa": "5", "5amsa": "5", "stta": "6", "setta": "6", "sitta": "6",
    "sb3a": "7", "seb3a": "7", "sab3a": "7", "tmnya": "8", "tmenya": "8", "tmanya": "8", "tamanya": "8", "ts3od": "9", "tes3oud": "9",
    "tes3a": "9", "tis3a": "9", "3ashra": "10", "3achra": "10",
}  # fmt: skip
_NUMBER = rf"(?:(?-i:\d+(?:(?!H)[A-Z]\d+)?[A-Z]?)(?!\w)|(?:{_UNITS})(?:-(?:et-)?(?:{_UNITS}))*(?!\w)|(?:{'|'.join(DARIJA_DIGITS)})(?!\w))"  # "2A": Corsica in a NIR; "0D03": a Banque Postale account number
_LETTERS = r"(?-i:[A-Za-z]{2}\d{2}(?!\w)|[A-Z]{1,4}|[a-z])(?=[\s\-.,…]|$)"  # "FR76", "fr76" open an IBAN; case-sensitive
_SPELLED_AS = r"(?-i:[A-Za-z])\s+comme\s+[\w'’\-]{3,}"  # "x comme xavier 492355"
_TOKEN = rf"(?:(?:double|triple)\s+{_NUMBER}|{_NUMBER}|{_SPELLED_AS}|{_LETTERS})"
# What may come between the parts of one value read aloud: "zéro six euh oui douze", "… clé de contrôle cinquante-neuf".
_FILLER = rf"(?:{PAUSE}|oui|c'est|et|points?|deux-points|tiret|slash|barre|(?:la\s+)?(?:clé|cle|clef)(?:\s+de\s+contr[ôo]le)?)"
_GAP = rf"(?:[\s,.…;:/()\-—–]+(?:{_FILLER}[\s,.…;:/()\-—–]+){{0,3}})"
_RUN = regex.compile(rf"(?<!\w)(?:plus\s+)?{_TOKEN}(?:{_GAP}{_TOKEN})*(?!\w)", regex.IGNORECASE)
_CONTEXT = regex.compile(
    r"(?i)\b(?:(?P<customer>client|identifiant|contrat|police|dossier|sinistre|référence|reference|sociétaire|abonné|rio)"
    r"|(?P<cin>cin|cnie|carte\s+nationale|carte\s+d'identité|identité)"
    r"|(?P<secret>code|pin)"
    r"|(?P<any>numéro|n°|ip|iban|rib|compte|carte))\b"
)
# A run that starts with its own context word or a filler ("IP c'est cent neuf…", "CIN c'est s soixante…") starts after it.
_LEAD = regex.compile(rf"(?i)^(?:(?:{_FILLER}|ip|cin|cnie|iban|rib|nir|pdl|pce|tél|tel|réf|ref|pin|code|n°)[\s,.…;:/-]+)+")
_BEFORE_YEAR = regex.compile(
    r"(?i)(?<!\w)(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"depuis|en|année|annee|l'an|an)\s+$"  # a year: "le 23 septembre deux mille vingt-trois", "client depuis deux mille dix-huit"
)
# An amount or a quantity: "2 188,50 €", "90261 kilowattheures", "1872 mètres cubes".
_MONEY_AFTER = regex.compile(r"(?i)\s*(?:€|euros?\b|dh\b|dhs\b|dirhams?\b|kwh\b|kilowatt-?heures?\b|kva\b|m3\b|m³|m[èe]tres?\s+cubes?\b|litres?\b)")
_IBAN_COUNTRY = regex.compile(r"(?i)(?<!\w)(?:fr|ma|be|es|de|it|ch|lu|mc|pt|nl|gb|f\s+r|m\s+a|effe\s+erre|emme\s+a|b[ée](?:\s+[eé])?)\s+$")  # "effe erre", "bé e": FR, BE said
_SPELLED_START = regex.compile(rf"(?:plus\s+)?(?!(?:a|y|à)\s+(?:\d|{_UNITS})|y\s+a\s)(?:{_SPELLED_AS}|{_LETTERS})")  # not "a 46 138", "il y a 12 345"
_SMALL = dict(zip("zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split(),
                  "0 0 1 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16".split())) | DARIJA_DIGITS
_DATE_OR_AMOUNT = regex.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,3}(?:[\s.]\d{3})*,\d{2}"
    r"|(?:19|20)\d\d(?:[\s,.…;:/()\-—–]+(?:\w+[\s,.…;:/()\-—–]+){0,3}(?:19|20)\d\d)+"  # "2019, oui 2019", "de 2019 — 2020"
    r"|\d{1,2}\s*h\s*\d\d(?:[\s,.…;:/()\-—–]+(?:\w+[\s,.…;:/()\-—–]+){0,3}\d{1,2}\s*h\s*\d\d)*"  # "08 h 30, oui 08 h 30"
    r"|\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?"  # a time or a transcript's timestamp: "00:01:30.619"
)
# A diarised transcript's segment marker: "[00:01:54.573 --> 00:01:55.773] SPEAKER_01:". It is no value itself; a
# number dictated across two segments is one value, redacted in pieces around the marker.
_SEGMENT = regex.compile(r"\s*\[\s*\d{1,2}(?::\d\d){1,2}(?:[.,]\d+)?\s*-->\s*\d{1,2}(?::\d\d){1,2}(?:[.,]\d+)?\s*\](?:\s*[A-Za-z][A-Za-z_]*(?:[ _]?\d+)?\s*:)?")

# A transcript's speaker label: "… zéro six cinquante agent : oui je vous écoute client : trente et un…" is one number,
# redacted in pieces around the agent's words.
_TURN = regex.compile(r"(?i)(?<!\w)(?:agent|client|cliente|conseiller|conseillère|caller|customer)\s*:")
_LAST_PART = regex.compile(rf"{_GAP}{_TOKEN}$", regex.IGNORECASE)  # a run's last number and the gap before it
# With the agent's turns in the text, "client :" opens the customer's turn and is no context word.
_AGENT_TURN = regex.compile(r"(?i)(?<!\w)(?:agent|conseiller|conseillère)\s*:")
_LABEL = regex.compile(r"(?i)(?:client|cliente)\s*:")
_EXPIRY = regex.compile(r"(?i)\b(?:expir\w*|exp)\b[\s:.,]*(?:(?:en|le|fin|au)\s+)?[\s:]*$")
_SHORT_SERVICE = regex.compile(r"3\d{3}")
ALWAYS_DIGITS = 8
IN_CONTEXT_DIGITS = 4
CONTEXT_WINDOW = 60


@dataclass(frozen=True)
class NumberWords:
    """How one language reads identifiers aloud, for `SpokenNumberRecognizer`: what a run of number words, digits and
    letters looks like, the context words that lower the bar (each named group is a kind of identifier), and what
    makes a number a date, a year or an amount rather than an identifier."""

    language: str  # for text2num
    run: regex.Pattern
    lead: regex.Pattern  # a context word or filler that opens a run is not part of it
    context: regex.Pattern
    kinds: dict[str, str]  # context group -> entity type; "any" lowers the bar without saying which
    before_year: regex.Pattern
    money_after: regex.Pattern
    spelled_start: regex.Pattern
    not_a_value: regex.Pattern = _DATE_OR_AMOUNT
    iban_country: regex.Pattern | None = None  # a spoken country code before the run ("fr soixante-seize…")
    zero: regex.Pattern | None = None  # words text2num does not read as 0 ("oh", "nought")
    small: dict[str, str] = field(default_factory=dict)  # lone words text2num leaves as they are
    money_before: regex.Pattern | None = None  # a currency sign before the number: "£1,234" is an amount
    id_letter: regex.Pattern | None = None  # a control letter said after the 7 or 8 digits of an ID ("… letra be de barcelona")


FRENCH_NUMBERS = NumberWords(
    language="fr", run=_RUN, lead=_LEAD, context=_CONTEXT, kinds={"customer": "CUSTOMER_ID", "cin": "MA_CIN", "secret": "SECRET"},
    before_year=_BEFORE_YEAR, money_after=_MONEY_AFTER, spelled_start=_SPELLED_START, iban_country=_IBAN_COUNTRY, small=_SMALL,
)  # fmt: skip
_REPEATED = regex.compile(r"(?i)\b(double|triple)\s+(\S+)")
_IBAN_LETTERS = regex.compile(r"(?i)^[a-z][\s,.-]*[a-z](?![a-z])")  # "i e six two…", "GB91…": an IBAN opens with its country


@functools.lru_cache(maxsize=8)
def _small_words(words: tuple[str, ...]) -> regex.Pattern:
    return regex.compile(rf"(?i)(?<!\w)(?:{'|'.join(words)})(?!\w)")


def _digits(text: str, words: NumberWords) -> str:
    text = _REPEATED.sub(lambda m: " ".join([m.group(2)] * (2 if m.group(1).lower() == "double" else 3)), text)  # "double zéro"
    if words.zero is not None:
        text = words.zero.sub("zero", text)
    try:
        converted = alpha2digit(text, words.language)
    except Exception:  # text2num is strict about some inputs: treat them as holding no number
        return ""
    if words.small:  # text2num leaves a lone "deux" as it is
        converted = _small_words(tuple(words.small)).sub(lambda word: words.small[word.group(0).lower()], converted)
    return "".join(char for char in converted if char.isdigit())


def _kind(digits: str, text: str, context: str | None, words: NumberWords) -> str:
    if context in words.kinds:
        return words.kinds[context]
    lowered = text.lower()
    if _IBAN_LETTERS.match(text) and 14 <= len(digits) <= 32:
        return "IBAN_CODE"
    if lowered.startswith("plus") or (len(digits) in (10, 11) and digits.startswith("0")) or (digits.startswith(("33", "212")) and len(digits) in (11, 12)):
        return "PHONE_NUMBER"
    if len(digits) in (15, 16, 19) and digits[0] in "3456":
        return "CREDIT_CARD"
    if len(digits) in (13, 15) and digits[0] in "12":
        return "FR_NIR"
    return "ID_NUMBER"


def _result(kind: str, start: int, end: int, score: float, recognizer: EntityRecognizer) -> RecognizerResult:
    metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id}
    return RecognizerResult(kind, start, end, score, recognition_metadata=metadata)


class SpokenNumberRecognizer(EntityRecognizer):
    """Identifiers as runs of number words, digits and spelled letters; the context before a run lowers the bar.
    The words are one language's (`NumberWords`): French by default."""

    ENTITIES = ["PHONE_NUMBER", "CREDIT_CARD", "FR_NIR", "ID_NUMBER", "CUSTOMER_ID", "MA_CIN", "SECRET", "IBAN_CODE"]

    def __init__(self, supported_language: str = "fr", words: NumberWords = FRENCH_NUMBERS):
        self.words = words
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=supported_language, name="SpokenNumberRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        words, results = self.words, []
        transcript = _AGENT_TURN.search(text) is not None  # then "client :" opens the customer's turn: no context word
        unmarked = _SEGMENT.sub(lambda marker: "#" * len(marker.group(0)), text)  # a timestamp or a speaker's label is no value, and ends a run
        for run_start, run_end, turns in _bridged(text, [m.span() for m in words.run.finditer(unmarked)], words):
            lead = words.lead.match(text[run_start:run_end])
            start = run_start + (lead.end() if lead else 0)
            run = " ".join(text[a:b] for a, b in _pieces(start, run_end, turns))
            if not run or (not any(char.isdigit() for char in run) and " " not in run.strip()):
                continue  # a lone number word ("un", "deux") is never an identifier
            if words.money_after.match(text, run_end) and not turns:  # "… soixante-dix-huit euh 4521 kWh": a whole phone, then a quantity
                last = _LAST_PART.search(text, start, run_end)
                if last is not None and _complete(_digits(text[start : last.start()], words)):
                    run_end, run = last.start(), text[start : last.start()]
            if words.not_a_value.fullmatch(run) or words.money_after.match(text, run_end) or (words.money_before is not None and words.money_before.search(text, 0, start)):
                continue  # "11/01/2024", "2 188,50 €" are not identifiers
            digits = _digits(run, words)
            if words.id_letter is not None and len(digits) in (7, 8) and (letter := words.id_letter.match(text, run_end)) is not None:
                run_end, run = letter.end(), run + text[run_end : letter.end()]
            if len(digits) < IN_CONTEXT_DIGITS or (len(digits) == 4 and words.before_year.search(text, 0, start)):
                continue  # nor is a year: "le 23 septembre deux mille vingt-trois"
            window = text[max(0, start - CONTEXT_WINDOW) : start]
            found = [m for m in words.context.finditer(window) if not (transcript and _LABEL.match(window, m.start()))]
            context = found[-1].lastgroup if found else None
            if words.language == "fr" and _SHORT_SERVICE.fullmatch(digits) and all(m.lastgroup == "any" and m.group(0).lower() in ("numéro", "numero", "n°") for m in found):
                continue  # "j'ai appelé le 3900": a French short service number (not "le code de ma carte c'est le 3 8 2 1")
            if _EXPIRY.search(text, max(0, start - 30), start):
                continue  # a card's expiry date: "expire fin 03/2026", "date d'expiration : 09-28", "expiration douze vingt-six"
            country = words.iban_country.search(text, 0, start) if words.iban_country is not None else None
            if country is not None and (len(digits) >= 14 or (found and found[-1].group(0).lower() in ("iban", "rib"))):
                start = country.start()  # "fr soixante-seize trente…": the IBAN's country, spoken; its first part alone after "iban"
            lettered = words.spelled_start.match(run) is not None and len(digits) >= 5  # "k b 94966", "AD 49264": a CIN or a reference
            if len(digits) >= ALWAYS_DIGITS or context is not None or lettered:
                kind = _kind(digits, run, context if context != "any" else None, words)
                if kind in entities:
                    results += [_result(kind, a, b, 0.7 if len(digits) >= ALWAYS_DIGITS else 0.6, self) for a, b in _pieces(start, run_end, turns)]
        return results


def _pieces(start: int, end: int, turns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a value dictated across other speakers' turns, without those turns: the words of the agent's "oui je
    vous écoute" in between are not the customer's."""
    pieces, at = [], start
    for turn_start, turn_end in turns:
        pieces.append((at, turn_start))
        at = max(at, turn_end)
    return [(a, b) for a, b in [*pieces, (at, end)] if b > a]


# A value interrupted by words no list can foresee ("zéro six douze… ne quittez pas… trente-quatre…"): two or three
# runs close together, with no digit or sentence end between them, are one value when together, and only together,
# they make one that must never leak.
_BRIDGE = regex.compile(r"(?:[^\d.!?\n]|\.{2,}){1,60}")
# Between two values, not inside one: "… et mon téléphone c'est", "04521 en heures pleines et 03212", "0789 puis 123456".
# Not another speaker's turn: a number dictated across the agent's "okay go on" is one value.
_NEXT_VALUE = regex.compile(
    r"(?i)(?<!\w)(?:code|number|numéro|numero|reference|référence|iban|rib|sort|et|and|puis|then|ou|or|sinon|"
    r"mais|but|plus|kwh|kw|kva|heures?|h|peak|rate|m3|litres?|euros?|pounds?|dh|dirhams?|fois|times|en|in|pour|for|total)(?!\w)|[€£%]"
)
# Possessives and "au" stop a bridge too ("01234 au relevé précédent le nouveau 05678", "07700, my husband wrote down
# 900123"), except inside an interruption the caller announces: "pardon mon fils me parle", "attends je suis au téléphone".
_SOFT_NEXT = regex.compile(r"(?i)(?<!\w)(?:my|mon|ma|mes|son|sa|ses|his|her|their|our|au|à|at)(?!\w)")
_INTERRUPTION = regex.compile(
    r"(?i)(?<!\w)(?:pardon|excusez|attends|attendez|une\s+seconde|ne\s+quittez\s+pas|sorry|hold\s+on|wait|one\s+sec(?:ond)?)(?!\w)"
)
MAX_BRIDGE_WORDS = 6


def _bridged(text: str, spans: list[tuple[int, int]], words: NumberWords) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The values among the runs, each as (start, end, the gaps between its parts where another turn was spoken)."""
    def part(span: tuple[int, int]) -> str:  # a number, not a lone letter ("on m'a volé…"), a date, an amount or a percentage
        value = text[slice(*span)]
        if words.not_a_value.fullmatch(value) or words.money_after.match(text, span[1]) or regex.match(r"\s*%", text[span[1] :]):
            return ""
        digits = _digits(value, words)
        return digits if len(digits) >= 2 else ""

    joined, index = [], 0
    while index < len(spans):
        start, end = spans[index]
        digits, last = part(spans[index]), index
        letters = _IBAN_LETTERS.match(text[start:end])  # "f r soixante-seize…": an IBAN, whole only with its checksum
        country = regex.sub(r"[\s,.-]", "", letters.group(0)).upper() if letters else ""
        if digits and not _complete(digits, country):
            parts = digits
            for after in range(index + 1, min(index + 3, len(spans))):
                gap, more = _TURN.sub(" ", _SEGMENT.sub(" ", text[spans[after - 1][1] : spans[after][0]])), part(spans[after])
                introduced = _NEXT_VALUE.search(gap) or (_SOFT_NEXT.search(gap) and not _INTERRUPTION.search(gap))
                if not more or _complete(more) or not _BRIDGE.fullmatch(gap) or introduced or len(gap.split()) > MAX_BRIDGE_WORDS:
                    break
                parts += more
                if _complete(parts, country):
                    last = after
                    break
        gaps = [(spans[k - 1][1], spans[k][0]) for k in range(index + 1, last + 1)]
        joined.append((start, spans[last][1], [gap for gap in gaps if _TURN.search(text, *gap) or _SEGMENT.search(text, *gap)]))
        index = last + 1
    return joined


# Digits after the country letters of an all-digit IBAN: the two check digits and the national number.
_IBAN_DIGITS = {"FR": 25, "MC": 25, "MA": 26, "BE": 14, "ES": 22, "DE": 20, "PT": 23, "LU": 18, "CH": 19}


def _complete(digits: str, country: str = "") -> bool:
    """A whole phone number (French, Moroccan, British, international), a NIR with its key, a card number that passes
    Luhn, or, after its country letters, an IBAN that passes its checksum."""
    if country in _IBAN_DIGITS:
        return _IBAN_DIGITS[country] == len(digits) and int(digits[2:] + "".join(str(ord(c) - 55) for c in country) + digits[:2]) % 97 == 1
    if (len(digits) == 10 and digits[0] == "0" and digits[1] != "0") or (len(digits) == 11 and digits.startswith("07")) or (digits.startswith(("33", "212", "44")) and len(digits) in (11, 12)):
        return True
    if len(digits) == 15 and digits[0] in "12" and 97 - int(digits[:13]) % 97 == int(digits[13:]):
        return True
    return len(digits) in (15, 16) and digits[0] in "3456" and sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(reversed(digits))) % 10 == 0


# The "@" said or disguised: "arobase", "chez", "at", "(at)", "[at]", "(a)". Those that can only mean an e-mail also stand
# without a local part before them (the customer said it in an earlier breath).
_AT = regex.compile(
    r"(?i)(?<!\w)(?P<word>arobase|arobas|arobaz|arrobase|arroba|a\s+r+obase|at|a\s+commercial|chez)(?!\w)"
    r"|(?P<sign>@|[(\[{<]\s*(?:at|a|@|arobase)\s*[)\]}>])"  # "jean(a)live.fr" too
)
_SAID_TLD = r"(?:fr|com|net|org|ma|be|es|eu|ch|de|it|uk|io|info|[a-z](?:\s+[a-z]){1,2})(?![\w'’])"
# A caller correcting the provider they just said: "… arobase yahoo point fr non non orange point f r"
_CORRECTION = r"(?:(?:ah|oh)\s+)?(?:non(?:\s+(?:non|pardon))?|pardon)(?:[\s,]+(?:c'est|plutôt|plutot))?(?!\w)"
_BEFORE_AT = regex.compile(rf"(?i)(?:[\s,.…]+{PAUSE})+[\s,.…]*$")
_SAID_DOT = rf"(?>(?:[\s,.…]+{PAUSE}){{0,2}}[\s,]+(?:point|dot|punto)(?:[\s,.…]+{PAUSE}(?!\w)){{0,2}}[\s,]+)"  # "free, point, f r"; atomic: linear
# "gmail.com", "orange . fr", "free[.]fr", "wanadoo (point) fr"; a typo before a common ending: "sfr. fr", "sfr,fr"
_WRITTEN_DOT = r"(?:\s*[(\[{]\s*(?:point|dot|\.)\s*[)\]}]\s*|\.|\s+\.\s+|(?:\.\s|,)(?=(?-i:fr|com|net|org|be|es|eu)(?!\w)))"  # lower case: not "SFR. Ma facture"
_DOMAIN = regex.compile(
    rf"(?i)(?:[\s,.…]+{PAUSE}){{0,3}}\s*(?:"
    rf"[\w-]+(?:\s+[\w-]+){{0,2}}(?:{_SAID_DOT}[\w-]+)+(?:\s+[a-z](?![\w'’]))*"  # read out: "la poste point net", "point f r"
    rf"|[\w-]+(?:{_WRITTEN_DOT}[\w-]+)*{_WRITTEN_DOT}[a-z]{{2,}}"  # written: "gmail.com" (not "5 p.m.")
    rf")(?:(?:[\s,…]+{PAUSE}(?!\w))+\s+(?:point|dot|punto)\s+[\w-]+(?:\s+[a-z](?![\w'’]))*"  # "point fr euh non point com"
    rf"|[\s,…]+{_CORRECTION}[\s,…]+[\w-]+(?:\s+[\w-]+)?{_SAID_DOT}{_SAID_TLD}(?:{_SAID_DOT}{_SAID_TLD})?)?(?!\w)"  # "orange point fr non pardon live point fr"
)
# After "at" or "chez", which are also ordinary words, the address must end like one ("dot co dot u k", "point fr"):
# "at the point of" is not an e-mail.
_TLD = regex.compile(r"(?i)(?:^|[\s.)\]])(?P<tld>[a-z]{2,3}|[a-z](?:\s+[a-z])+|info|gouv|name|mobi|online|shop)$")
_NOT_A_TLD = {"of", "the", "and", "for", "you", "she", "his", "her", "its", "our", "but", "not", "all", "one", "too", "out", "off", "now",
              "le", "la", "les", "du", "de", "des", "un", "une", "et", "en", "moi", "toi", "lui", "eux", "ici", "dot"}
_ELIDED = regex.compile(r"(?i)^(?:[jcmtsln]|qu)['’]")  # "j'étais chez orange point com": a sentence, not a local part
_NOT_LOCAL = {
    "c'est", "est", "mail", "e-mail", "email", "courriel", "adresse", "mon", "ma", "à", "a", "sur", "par", "le", "la", "de", "du",
    "mél", "my", "is", "at", "es", "mi", "correo", "et", "ou", "sinon", "voilà", "alors", "donc", "euh", "écrivez", "envoyez",
    "c'était", "était", "suis", "client", "cliente", "chez", "from", "to", "it's", "me", "the", "email's", "address", "login", "was", "on",
    "pas", "avec", "non", "pardon", "plutôt", "ben", "bah", "répète", "repete", "relis", "note", "noté",
}
_TENS = {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante"}
_JOINERS = {"point", "dot", "tiret", "underscore", "trait", "d'union", "comme", ".", "-", "_"}  # they join, they do not count
_RESUMED = regex.compile(rf"(?i)(?<!\w)(?:point|dot|tiret|underscore)(?:[\s,.…]+{PAUSE}(?!\w))+\s*$")  # "corinne point euh je regarde pons"
MAX_LOCAL_TOKENS = 8


class SpokenEmailRecognizer(EntityRecognizer):
    """E-mail addresses read aloud or disguised: the domain after "arobase", "chez" or "(at)", and the local part back
    to the first word that cannot belong to it. Letters spelled one by one ("d a c o s t a comme anatole") and a
    hesitation after a "point" stay inside it."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(supported_entities=["EMAIL_ADDRESS"], supported_language=supported_language, name="SpokenEmailRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for at in _AT.finditer(text):
            domain = _DOMAIN.match(text, at.end())
            if domain is None or (at.group("word") and not text[at.end() : domain.end()][:1].isspace()):
                continue
            tld = _TLD.search(domain.group(0))
            if at.group("word") and at.group("word").lower() in ("at", "chez") and (tld is None or tld.group("tld").lower() in _NOT_A_TLD or "," in domain.group(0)):
                continue  # "chez Orange, point, pas question de changer": a sentence
            if at.start() and not text[at.start() - 1].isspace():  # written: "kadiatou.ahamada@gmail.com", "benoitm[at]free[.]fr"
                glued = regex.search(r"(?:mailto:)?[^\s,;:!?(\[<\"'’]+$", text[: at.start()])
                start = glued.start() if glued else None
            else:
                hesitation = _BEFORE_AT.search(text, 0, at.start())  # "p barbier euh arobase"
                start = _local_start(text, hesitation.start() if hesitation else at.start())
            if start is not None or at.group("sign") or at.group("word").lower().startswith(("arob", "arrob")):
                results.append(_result("EMAIL_ADDRESS", at.start() if start is None else start, domain.end(), 0.75, self))
        return results


def _local_start(text: str, end: int) -> int | None:
    """Where the local part that ends at `end` starts, or None when no word before `end` can belong to it."""
    tokens = list(regex.finditer(r"[^\s,;:!?]+", text[:end]))
    start, taken, words, index = end, 0, 0, len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        word = token.group(0).lower()
        core = word.strip(".…")
        gap = text[token.end() : start]
        joining = word in _JOINERS or (index + 1 < len(tokens) and tokens[index + 1].group(0).lower() in _JOINERS)
        if gap.strip(" ," if joining else " ") or "\n" in gap or _ELIDED.match(word):  # spaces separate its words, commas only around "point"
            break
        letter = len(core) == 1 and core.isascii() and core.isalpha()
        spelled = letter and any(len(tokens[i].group(0)) == 1 or tokens[i].group(0).lower() == "comme" for i in (index - 1, index + 1) if 0 <= i < len(tokens))
        joined = word == "du" and index and tokens[index - 1].group(0).lower() == "tiret"  # "tiret du bas" is an underscore
        joined = joined or (  # "mimi soixante et un": a number said in the address
            word == "et" and 0 < index < len(tokens) - 1 and tokens[index - 1].group(0).lower() in _TENS and tokens[index + 1].group(0).lower() in ("un", "une", "onze")
        )
        if (word in _NOT_LOCAL and not joined and not spelled) or taken == MAX_LOCAL_TOKENS or words == 4 * MAX_LOCAL_TOKENS or not (core or word in _JOINERS):
            resumed = _RESUMED.search(text, 0, start) if word in _NOT_LOCAL or not core else None
            if resumed is None or not words:
                break
            start = resumed.start()  # a hesitation after "point": the address goes on before it
            index = next((i for i in range(index, -1, -1) if tokens[i].start() < start), -1)
            continue
        after_comme = index and tokens[index - 1].group(0).lower() == "comme"  # "c comme charles": the word names a letter
        taken += len(core) > 1 and word not in _JOINERS and not after_comme and not joined
        start, words, index = token.start(), words + 1, index - 1
    return start if words else None


_NAME_STOP = (
    "je|j'|suis|né|née|nee|c'est|est|et|ou|à|au|a|de|du|des|le|la|les|mon|ma|mes|son|sa|votre|client|cliente|titulaire|"
    "qui|que|pour|par|sur|avec|donc|alors|euh|voilà|oui|non|merci|bonjour|j'habite|habite|numéro|appelle|mari|femme|fils|fille|mère|père|"
    "il|elle|ils|elles|lui|moi|nous|vous|on|y|en|ne|n'|s'|qu'|m'|l'|d'|va|veut|voudrait|peut|doit|était|avait|aussi|pas|plus|encore|"
    "déjà|toujours|chez|dans|vos|votre|nos|notre|ses|leur|leurs|bah|hein|bon|écoutez|ecoutez|attendez|pardon|enfin|hum|heu|allô|allo|monsieur|madame|"
    "comment|quoi|pareil|bien|comme|travaille|sera|serait|vit|reste|part|rentre|arrive|gère|paye|paie|voulait|pourrait|reçoit|recoit|dit|fait|"
    "sont|ont|ai|as|veux|voulez|peux|pouvez|sais|savez|rappelle|facture|contrat|compte|dossier|"
    "très|tres|un|une|super|sympa|gentil|gentille|parfait|parfaite|nul|nulle|top|"
    "ah|salut|hello|excusez-moi|sinon|désolé|désolée|desole|demain|hier|rien|même|meme|chose|ici|soir|matin|"
    "bonne|journée|journee|soirée|service|facturation|pourquoi|comment|khouya|labas|figure|est-ce|bref|"
    "téléphone|telephone|tél|tel|portable|fixe|e-mail|email|mail|adresse|date|civilité|civilite"  # a form's next label
)
_NAME_TOKEN = rf"(?!(?:{_NAME_STOP})(?!\w)|(?:[cjlmst]|qu)['’])[A-Za-zÀ-ÖØ-öø-ÿ][\w'’\-]*"  # never "l'adresse"; "N'Diaye", "D'Souza" are names
_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}"
# A name said, then again the other way round: "benjelloun ayoub enfin ayoub benjelloun" (not "Durand, non, ça va pas")
_NAME_AGAIN = (
    rf"(?:(?P<one>{_NAME_TOKEN})\s+(?P<two>{_NAME_TOKEN})[\s,]+(?:enfin|pardon|non|plutôt|plutot)(?:[\s,]+(?:euh|pardon|non|c'est))?[\s,]+"
    rf"(?:(?P=two)\s+(?P=one)|(?P=one)\s+(?P=two))(?!\w)|{_NAME})"
)
_NOT_A_NAME = (
    r"(?:complet|complète|exact|exacte|entier|correct|correcte|indiqué|marqué|marque|affiché|inscrit|figure|apparaît|change|changé|du|de|d'|sur|"
    r"identique|idem|inconnu|inconnue|néant|neant|même|meme|"
    r"marche|sonne|fonctionne|hs|écrit|ecrit|cassé|cassée|casse|cassee|en|est|ne|n'|qui|depuis|dans|la|le|les|ça|ca|il|elle)"  # a bell that "marche pas"
)
_KIN = (
    r"(?:ma|mon)\s+(?:femme|mari|fille|fils|épouse|epouse|époux|epoux|mère|mere|père|pere|sœur|soeur|frère|frere|conjoint|"
    r"conjointe|compagne|compagnon|belle-mère|beau-père|belle-sœur|belle-soeur|beau-frère|cousin|cousine|oncle|tante|neveu|nièce|niece|"
    r"grand-mère|grand-mere|grand-père|grand-pere|voisin|voisine)"
)


class ContextualNameRecognizer(GatedPatternRecognizer):
    """Names where the sentence says a name comes (speech-to-text writes them lowercase): one to three words after
    "monsieur", "au nom de", "je m'appelle", "je récapitule", "ma femme"; before "à l'appareil"; "je suis X née le…"."""

    def __init__(self, supported_language: str = "fr"):
        context = (
            r"monsieur|madame|mademoiselle|m'sieur|msieur|m'dame|mme|mlle|m\.|au\s+nom\s+de|je\s+m'appelle|mr|mrs|ms|my\s+name\s+is|me\s+llamo|"
            r"docteur|dr\.?|maître|maitre|professeur"
        )
        super().__init__(
            supported_entity="PERSON",
            patterns=[
                # a capitalised particle opens the surname: "M. LE GALL", "Mme De Souza" (not "monsieur le directeur")
                # "monsieur de lattre", "M.BAMBA" (no space after the title in a note)
                Pattern(
                    "name_after_context",
                    rf"(?i)(?<=\b(?:{context})\s+|\bM\.(?=\p{{Lu}}))(?:(?:(?-i:LE|LA|DE|DU|DA|DI|DEL|EL|Le|La|De|Du|Da|Di|Del|El)|de|du)\s+(?={_NAME_TOKEN}))?{_NAME_AGAIN}",
                    0.6,
                ),
                Pattern("name_after_relative", rf"(?i)(?<=\b(?:{_KIN}|je\s+récapitule|je\s+recapitule){NAME_GAP}){_NAME}", 0.6),
                Pattern("name_is", rf"(?i)(?<=\b(?:(?:titulaire|nom|moi|conseiller|conseillère|interlocuteur|interlocutrice){NAME_GAP}(?:c'est|c'était)|(?:prénom|prenom)(?:{NAME_GAP}c'est)?|s'appelle|s’appelle|smiti){NAME_GAP}){_NAME_AGAIN}", 0.6),
                # a form read out: "nom blanchet prénom…", "et le nom menard"
                Pattern("name_in_form", rf"(?i)(?<=\b(?:le\s+)?nom(?:\s+de\s+naissance|\s+de\s+famille)?\s*:?\s+)(?!{_NOT_A_NAME}(?!\w)){_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?(?=\s+(?:prénom|prenom)\b|\s*$|\s*[,.])", 0.6),
                # who lives behind a door: "sonner chez BOUKHRIS", "interphone Kozłowska", "sur la sonnette c'est poirier"
                Pattern("name_on_the_door", rf"(?i)(?<=\b(?:(?:sonner|sonnez)\s+chez|interphone|sonnette(?:\s+c'est)?)\s+)(?!{_NOT_A_NAME}(?!\w)){_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?", 0.6),
                # a third party named in written text: "Le propriétaire est EL IDRISSI", "le bailleur : KORKMAZ"
                Pattern(
                    "name_of_a_party",
                    r"(?<=\b(?:propriétaire|proprietaire|proprio|bailleur|bailleuse|locataire)\s+(?:c'est|est|:)\s+)"
                    r"(?-i:(?:(?:EL|LE|DE|DA|DI|BEN|AIT)\s+)?[A-ZÀ-Ý]{4,}[A-ZÀ-Ý'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,2})",  # a surname in capitals, not "Action Logement"
                    0.6,
                ),
                Pattern("name_on_the_line", rf"(?i)(?<=(?:^|\bbonjour|\boui|\balors|[,.])[\s,]*){_NAME}(?=[\s,]+(?:(?:bonjour|voilà|voila|oui)[\s,]+)?(?:à\s+l'appareil|je\s+vous\s+(?:r)?appelle|j'appelle))", 0.6),
                Pattern("name_here", rf"(?i)(?<=(?:^|\bbonjour|\bbonsoir|\ballô|\ballo)[\s,]*){_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?(?=[\s,]+ici(?!\w))", 0.6),  # "Bonjour, Hajar ici"
                Pattern("name_then_birth", rf"(?i)(?<=\b(?:je\s+suis|c'est|alors|moi|ana)\s+){_NAME_AGAIN}(?=(?:[\s,]+{HESITATION}(?!\w))*[\s,]+(?:né|née|nee|titulaire|cin)\b)", 0.6),
                Pattern("name_darija", rf"(?i)(?<=\b(?:salam|wakha|euh)\s+(?:euh\s+)?ana\s+){_NAME}", 0.6),  # "ana najat zeroual": "I am…"
                # the customer's answer to a question about their name, in a transcript: "c'est au nom de qui ? client : boucher charles"
                Pattern("name_answer", rf"(?i)(?<=\b(?:nom|prénom|prenom)\b[^:?.!\n]{{0,40}}?[\s?]*(?:client|cliente)\s*:(?:[\s,]+(?:{HESITATION}|du\s+coup|oui|c'est)(?!\w))*\s+){_NAME}", 0.6),
                Pattern("name_of_use", rf"(?i)(?<=\bnom\s+(?:d'usage|d’usage|de\s+jeune\s+fille|de\s+naissance|marital)\s+(?:c'est\s+)?)(?!{_NOT_A_NAME}(?!\w)){_NAME_TOKEN}(?:-{_NAME_TOKEN})?", 0.6),
                # a caller who introduces themselves: "oui bonjour c'est élise peltier agent : …", "allô oui thierry perrot on a été cambriolés"
                Pattern(
                    "name_after_greeting",
                    rf"(?i)(?<=\b(?:bonjour|bonsoir|salam|allo|allô)(?:[\s,]+(?:oui|madame|monsieur))?[\s,]+(?:(?:c'est|moi\s+c'est|ici)\s+)?)"
                    rf"{_NAME_TOKEN}\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?(?=\s*(?:$|[,.!?]|(?:agent|client)\s*:|(?:on|je|j'ai|j'appelle|voilà|voila|euh)(?!\w)))",
                    0.6,
                ),
                # Darija in Arabic script: "سميتي رشيد العمراني،" ("my name is…"), "والسمية زينب الفاسي"
                Pattern("name_arabic", r"(?<=(?:سميتي|السمية|اسمي|إسمي|أنا)\s*:?\s*)\p{Arabic}+\s+\p{Arabic}+(?:\s+\p{Arabic}+(?=\s*(?:[،,.]|$)))?", 0.6),
            ],
            supported_language=supported_language,
            name="ContextualNameRecognizer",
            needs=(
                rf"\b(?:{context}|{_KIN}|récapitule|recapitule|titulaire|nom|moi|conseill|interlocut|prénom|prenom|smiti|ici|né|nee|cin|ana|chez|interphone|sonnette|propri|bailleu|locataire)"
                r"|appelle|appareil|bonjour|bonsoir|salam|allo|allô|سميتي|السمية|اسمي|إسمي|أنا"  # "s'appelle", "je vous rappelle", "à l'appareil"
            ),
        )


class SpelledOutRecognizer(PatternRecognizer):
    """Words spelled letter by letter ("r o g e r", "B-O-U-Z-I-D", "b comme berthe e n comme nicolas"): on the phone
    that is a name or an e-mail being spelled."""

    def __init__(self, supported_language: str = "fr"):
        # a letter, doubled or accented as it is spelled: "deux s", "double r", "e tréma", "e accent aigu"
        letter = (
            r"(?:(?:double|deux)\s+)?[A-Za-zÀ-ÿ]"
            r"(?:\s+(?:tréma|trema|accent\s+(?:aigu|grave|circonflexe)|cédille|cedille|majuscule|minuscule)(?![\w'’]))?"
        )
        link = r"(?:[\s\-]|\s+(?:tiret|trait\s+d'union|apostrophe)\s+)"  # "j e a n tiret m a r c"
        spelled_as = rf"{letter}(?:\s+{letter})*\s+comme\s+[\w'’\-]{{3,}}"
        super().__init__(
            supported_entity="PERSON",
            patterns=[
                Pattern("spelled_out", rf"(?<![\w'’]){letter}(?:{link}{letter}){{2,}}(?![\w'’])", 0.6),
                # at least two letters spelled "comme": "il y a comme un bruit" is not a spelling
                Pattern(
                    "spelled_as",
                    rf"(?i)(?<![\w'’])(?=(?:(?!comme\b)\S+\s+){{1,3}}comme\s+\S+(?:\s+(?!comme\b)\S+){{1,4}}\s+comme\s)"
                    rf"{spelled_as}(?:[\s,]+(?:{HESITATION}[\s,]+)?(?:{spelled_as}|{letter}(?![\w'’])))*",
                    0.6,
                ),
            ],
            supported_language=supported_language,
            name="SpelledOutRecognizer",
        )

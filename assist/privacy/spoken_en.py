"""English read aloud, as speech-to-text writes it: numbers ("oh seven seven double four…", "one hundred and twelve"),
hesitations and self-corrections inside a value ("four five scratch that nine double one"), and the words around
identifiers ("policy", "pps number", "the pin is"). `ENGLISH_NUMBERS` drives `SpokenNumberRecognizer` for English;
the recognisers below read dates of birth, addresses and postcodes, car registrations, IP addresses, sites, secrets
and names from the same words. Written English forms are in `english.py`."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from assist.privacy.gated import GatedPatternRecognizer
from assist.privacy.spoken import NumberWords

UNITS_EN = (
    "zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
)
# A number in words: "ninety seven", "one hundred and thirty four", "twenty-one"; atomic and bounded.
SPOKEN_NUMBER_EN = rf"(?>(?:{UNITS_EN})(?!\w)(?:(?:-|\s+)(?:and\s+)?(?:{UNITS_EN})(?!\w)){{0,12}})"
# Atomic: "no sorry" is read one way only, or a run of them backtracks exponentially.
HESITATION_EN = (
    r"(?>erm|um+|uh+|er|ah|no\s+sorry|sorry\s+no|sorry|no|hang\s+on|wait|scratch\s+that|let\s+me\s+(?:see|check|look)|i\s+mean|actually|"
    r"oops|my\s+bad|that's\s+(?:it|right)|where\s+was\s+i|one\s+sec(?:ond)?|hold\s+on|bear\s+with\s+me|it's|is)"
)
_NUMBER = rf"(?:(?-i:\d+[A-Z]?)(?!\w)|(?:{UNITS_EN})(?:-(?:{UNITS_EN}))*(?!\w))"
# Spelled letters ("k a six…", "GB91"), but not the pronoun "I"/"i", which ends a value read out ("… seven and i forgot").
_LETTERS = r"(?-i:[A-Za-z]{2}\d{2}(?!\w)|[A-HJ-Z]|[A-Z]{2,4}|[a-hj-z]|[iI](?=\s+[A-Za-z](?![\w'’]))|(?<=(?<![\w'’])[A-Za-z]\s)[iI])(?=[\s\-.,…]|$)"  # "i e one seven…" is Ireland
# Letters spelled as speech-to-text writes them: "b for bravo", "s for sugar", or the NATO word alone ("bravo whiskey echo").
NATO = (
    r"alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|"
    r"tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu"
)
SPELLED_EN = rf"(?:(?-i:[A-Za-z])\s+for\s+[\w'’-]{{2,}}|(?:{NATO})(?![\w-]))"
_TOKEN = rf"(?:(?:double|triple)\s+{_NUMBER}|{_NUMBER}|{SPELLED_EN}|{_LETTERS})"
_FILLER = rf"(?:{HESITATION_EN}|dash|hyphen|(?:forward\s+|back\s+)?slash|stroke|dot|point|space|underscore|then)"  # not "and": "2022 and 2023"
_GAP = rf"(?:[\s,.…;:/()-]+(?:{_FILLER}[\s,.…;:/()-]+){{0,3}})"

ENGLISH_NUMBERS = NumberWords(
    language="en",
    run=regex.compile(rf"(?<![\w'’])(?:plus\s+)?{_TOKEN}(?:{_GAP}{_TOKEN})*(?!\w)", regex.IGNORECASE),  # not the "s" of "policy's"
    lead=regex.compile(rf"(?i)^(?:(?:{_FILLER}|ip|pin|code|iban|no\.?)[\s,.…;:/-]+)+"),
    context=regex.compile(
        r"(?i)\b(?:(?P<customer>(?:account|policy|contract|customer|reference|ref|membership|member|claim|booking|order|mpan|mprn|serial|invoice|case|confirmation)s?)"  # not "meter": a reading is no identifier
        r"|(?P<id>passport|licen[cs]e|national\s+insurance|ni|pps|ssn|social(?:\s+security)?|tax|nhs|medicare|sin)"
        r"|(?P<secret>pin|passcode|password|code|cvv|cvc|security\s+number)"
        r"|(?P<any>number|no\.|iban|card|phone|mobile|ip|digits|ring|call|text|reach|details))\b"
    ),
    kinds={"customer": "CUSTOMER_ID", "id": "ID_NUMBER", "secret": "SECRET"},
    # a year: "since two thousand and four", "in nineteen ninety"
    before_year=regex.compile(
        r"(?i)(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|november|december|since|in|year|from|until|till|of|by)\s+$"
    ),
    money_after=regex.compile(
        r"(?i)\s*(?:£|\$|€|%|(?:pounds?|quid|dollars?|euros?|pence|p|cents?|percent|per\s+cent|kwh|kilowatt\s+hours?|megs?|megabits?|mbps|mb|gb|"
        r"gigs?|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|times|miles?|km|litres?|liters?|units?|texts?|calls?|gigabytes?)(?!\w))"
    ),
    spelled_start=regex.compile(rf"(?:plus\s+)?(?!(?:a|i)\s+(?:\d|{UNITS_EN}))(?:{SPELLED_EN}|{_LETTERS})"),  # not "a six month contract"
    not_a_value=regex.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d{1,2}:\d{2}"),  # "1,234" is an amount
    zero=regex.compile(r"(?i)(?<!\w)(?:oh|o|nought|nil)(?!\w)"),
    money_before=regex.compile(r"(?i)(?:[£$€]|\b(?:gbp|usd|eur|r|rs|₹))\s*$"),
)

_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DIGIT = "one|two|three|four|five|six|seven|eight|nine"
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_DIGIT}))?|{_TEENS}|(?:oh|o)[\s-]+(?:{_DIGIT}))"
_ORDINAL = (
    r"(?:(?:twenty|thirty)[\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL}|{_TWO_DIGITS}|{_DIGIT})"
_YEAR = (
    rf"(?:(?:19|20)\d{{2}}|'?\d{{2}}|(?:nineteen|twenty)[\s-]+{_TWO_DIGITS}|two\s+thousand(?:\s+and)?(?:\s+{_TWO_DIGITS}|\s+(?:{_DIGIT}))?"
    rf"|{_TWO_DIGITS})(?!\w)"  # after a day or a month, "seventy one" is a year
)
DATE_EN = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf"|(?:the\s+)?{_DAY}(?:\s+of)?[\s,]+(?:{_MONTH})\.?[\s,]+{_YEAR}"  # "25th December 1951", "the tenth of december nineteen sixty five"
    rf"|(?:the\s+)?{_DAY}\s+of\s+the\s+(?:{_ORDINAL})[\s,]+{_YEAR}"  # "the ninth of the seventh nineteen eighty six"
    rf"|(?:{_MONTH})\.?\s+(?:the\s+)?{_DAY}[\s,]+{_YEAR}"  # "july twenty seventh nineteen seventy eight", "June 28th, 2000"
    rf"|(?:{_MONTH})\.?[\s,]+(?:{_DIGIT}[\s,]+)?{_YEAR})"  # last: "July nineteen sixty five", "september nine seventy three"
)
_BIRTH_EN = r"\b(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|birthday|birth\s+date|born)"
# Right after a birth context, a run of numbers is the date too: "date of birth is one three oh three fifty three".
_DATE_DIGITS = rf"(?:(?:\d+|{SPOKEN_NUMBER_EN})(?:[\s,./-]+(?:\d+|{SPOKEN_NUMBER_EN})){{0,5}})"
# "eighth June seventy one, no wait, 8th June 1972": the corrected date belongs to the value too
_CORRECTED = rf"(?:[\s,.]+(?>no\s+wait|{HESITATION_EN})(?>[\s,.]+{HESITATION_EN}){{0,3}}[\s,.]+(?:{DATE_EN}|{_DATE_DIGITS}))?"


class EnglishDateOfBirthRecognizer(PatternRecognizer):
    """Dates of birth written or read aloud: "born june twenty eighth two thousand", "date of birth's 10th June 2003",
    "her date of birth is 3 june 1959", "date of birth is one two, two eight, oh three"."""

    def __init__(self, supported_language: str = "en"):
        between = rf"(?>[\s,:.?]+(?>as|was|it\s+is|on|in|the|customer|yeah|yes|{HESITATION_EN})){{0,5}}[\s,:.?]+"
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=[
                Pattern("birth_date_en", rf"(?=[\w'])(?<={_BIRTH_EN}(?:'s)?{between})(?:{DATE_EN}|{_DATE_DIGITS})(?!\w){_CORRECTED}", 0.8),
                Pattern("birth_year_en", rf"(?=[\w'])(?<=\bborn\s+in\s+){_YEAR}", 0.8),
            ],
            supported_language=supported_language,
            name="EnglishDateOfBirthRecognizer",
        )


_IP_PART = rf"(?:\d{{1,3}}|{SPOKEN_NUMBER_EN})"


class SpokenEnglishIpRecognizer(PatternRecognizer):
    """An IP address read aloud: "seventy three point one hundred forty two point sixty one point two hundred twelve"."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="IP_ADDRESS",
            patterns=[Pattern("spoken_ipv4_en", rf"(?<!\w){_IP_PART}(?:\s+(?:point|dot)\s+{_IP_PART}){{3}}(?!\w)", 0.7)],
            supported_language=supported_language,
            name="SpokenEnglishIpRecognizer",
        )


# Words that end a value or a name read aloud in English: the rest of the sentence starts.
STOP_EN = (
    r"and|or|but|so|because|if|then|than|i|i'm|im|i've|i'll|i'd|me|my|you|your|we|our|they|their|he|she|it|it's|its|his|her|him|them|"
    r"is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|must|please|thanks|thank|"
    r"the|a|an|to|for|from|with|on|at|in|of|by|about|as|into|since|after|before|until|when|where|which|who|that|this|there|here|"
    r"not|no|yes|just|also|now|today|tomorrow|yesterday|again|still|only|very|really|need|want|like|calling|speaking|account|number|"
    r"date|policy|address|email|phone|mobile|card|bill|contract|name|named|set|up|new|old|one|what|how|why|"
    r"came|come|comes|said|says|told|called|rang|phoned|visited|fixed|left|arrived|went|did|didn't|wasn't|isn't|has|moved|passed|surname|"
    r"reference|booking|licence|license|sorry|customer|agent|yeah|hello|hi|tonight|around|later|back|twice|once|anytime|us|them"
)
_VALUE_WORD = rf"(?!(?:{STOP_EN})(?![\w'’]))[\w'’#@&*!$%+=-]+"
_SECRET_CONTEXT_EN = (
    r"memorable\s+(?:word|name|place|date)|password|passcode|passphrase|pass\s+word|security\s+(?:answer|word|question\s+answer)|"
    r"answer\s+to\s+(?:my|the)\s+security\s+question|first\s+pet|pet's\s+name|maiden\s+name|favourite\s+(?:colour|color|film|book|team|food|place)|pin"
)
# What follows "my pin is", "the password was" without being one: the state of the account.
_NOT_A_SECRET = (
    r"blocked|reset|changed|sent|wrong|incorrect|expired|locked|not|being|been|invalid|forgotten|lost|stolen|working|correct|same|too|"
    r"fine|ok|okay|right|sorted|done|updated|different|needed|required|case|sensitive|asked|rejected|declined|accepted|new|old"
)


class EnglishSecretRecognizer(PatternRecognizer):
    """Secrets read out: "my memorable word is kingfisher", "the password on the account is chelsea hash four", "the pin i
    set up was oh four nine seven", "the answer to my security question is biscuit", "my first pet was daisy"."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="SECRET",
            patterns=[
                Pattern(
                    "secret_en",
                    rf"(?=[\w'’#@&*!$%+=-])(?<=\b(?:{_SECRET_CONTEXT_EN})(?:\s+(?!is\b|was\b)[\w'’]+){{0,6}}?(?:\s+(?:is|was|are|were)|'s)(?:\s+been)?[\s,:]+(?>{HESITATION_EN}[\s,]+){{0,3}})"
                    rf"(?!(?:{STOP_EN}|{_NOT_A_SECRET})(?![\w'’])){_VALUE_WORD}(?:[\s,]+(?>{HESITATION_EN}[\s,]+){{0,3}}(?:{_VALUE_WORD}|(?:double|triple)\s+\w+|{SPOKEN_NUMBER_EN})){{0,6}}",
                    0.7,
                ),
                # a card's security code: "cvv oh one nine", "security code 300"
                Pattern(
                    "card_security_code_en",
                    rf"(?=\w)(?<=\b(?:cvv|cvc|cv2|security\s+code|three\s+digits(?:\s+on\s+the\s+back)?)(?:\s+(?:is|number))?[\s:,]+)(?:\d{{3,4}}|(?:{UNITS_EN})(?:\s+(?:{UNITS_EN})){{2,3}})(?!\w)",
                    0.7,
                ),
                # the agent asks, the customer answers: "digits of your pin customer um eight and oh", "the three digits on the back are 731"
                Pattern(
                    "secret_answer_en",
                    rf"(?=[\w'’#@&*!$%+=-])(?<=\b(?:{_SECRET_CONTEXT_EN}|security\s+code|three\s+digits\s+on\s+the\s+back|digits\s+of\s+your\s+\w+|characters\s+of\s+your\s+\w+(?:\s+\w+)?)"
                    rf"\b[^\n.!]{{0,40}}?(?:\bcustomer\s*:?|\bare|\bis)[\s,:]+(?>(?>yeah|yes|its|ok|okay|{HESITATION_EN})[\s,.]+){{0,4}})"
                    rf"(?!(?:{_NOT_A_SECRET})(?![\w'’]))(?:{SPELLED_EN}|{_VALUE_WORD})(?:[\s,]+(?>and|then|{HESITATION_EN})?[\s,]*(?:{SPELLED_EN}|(?:double|triple)\s+\w+|{SPOKEN_NUMBER_EN}|\d+|(?-i:[A-Za-z])(?![\w'’]))){{0,5}}",
                    0.7,
                ),
            ],
            supported_language=supported_language,
            name="EnglishSecretRecognizer",
        )


_HOUSE_EN = rf"(?:\d{{1,5}}[a-z]?|{SPOKEN_NUMBER_EN})"
_STREET_EN = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|court|ct|place|pl|terrace|gardens|grove|park|square|hill|row|walk|"
    r"mews|boulevard|blvd|parkway|highway|circle|trail|view|rise|green|meadows?|fields?|cottages?|heights|vale|parade|quay|wharf|estate"
)
_NOT_STREET_NAME = r"the|a|an|on|in|at|to|of|for|my|your|our|by|from|with|and|or|is|was|hours?|minutes?|days?|weeks?|months?|times?|pounds?|euros?|dollars?|per|every|each|this|that|next|last"
_STREET_NAME = rf"(?:(?!(?:{_NOT_STREET_NAME}|{UNITS_EN})\b)[\w'’.-]+\s+){{1,3}}"
_UNIT_EN = (
    rf"(?:flat|apartment|apt|unit|suite|house|number)\s+(?:\d{{1,4}}[a-z]?(?:/\d{{1,4}})?|{SPOKEN_NUMBER_EN}(?:\s+(?:slash|stroke)\s+{SPOKEN_NUMBER_EN})?)"
    r"(?:\s+[a-z](?!\w))?"  # "flat 2/2", "flat two slash two", "flat one stroke one"
)
_TYPE_FIRST_EN = r"via|viale|calle|paseo|avenida|rua|rue|carrer|camino|strada|piazza|plaza|ulica|ul"
# After the street: a unit, then the town, state and postcode, read out ("london n nineteen five h z", "portland oregon
# nine seven two four six", "cambridge, c b one eight one w t"), to the first word that starts the rest of the sentence.
_CODE_TOKEN = rf"(?:{SPELLED_EN}|[a-z](?!\w)|\d[\da-z]*|[a-z]{{1,2}}\d[\da-z]*|{SPOKEN_NUMBER_EN})"
_PLACE_TAIL = (
    rf"(?:[\s,]+{_UNIT_EN})?(?:[\s,]+(?:new\s+\p{{L}}[\w'’.-]+|(?!(?:{STOP_EN}|{_STREET_EN}|{UNITS_EN})(?![\w'’]))(?!{_CODE_TOKEN}(?![\w'’]))\p{{L}}[\w'’.-]+)){{0,4}}"
    rf"(?:[\s,]+{_CODE_TOKEN}){{0,11}}"
)


class SpokenEnglishAddressRecognizer(PatternRecognizer):
    """English addresses as speech-to-text writes them, in lower case and in words: "flat seventeen thirteen mill lane g
    one two y g", "twenty six station road, cambridge, c b one eight one w t", "via garibaldi one hundred and thirty four"."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="ADDRESS",
            patterns=[
                Pattern("spoken_street_en", rf"(?<!\w)(?:{_UNIT_EN}[\s,]+(?:{_HOUSE_EN}\s+)?|{_HOUSE_EN}\s+){_STREET_NAME}(?:{_STREET_EN})\b\.?{_PLACE_TAIL}", 0.6),
                Pattern("spoken_street_type_first", rf"(?<!\w)(?:{_UNIT_EN}[\s,]+)?(?:{_TYPE_FIRST_EN})\s+(?:[\w'’-]+\s+){{1,3}}?{SPOKEN_NUMBER_EN}(?!\w){_PLACE_TAIL}", 0.6),
            ],
            supported_language=supported_language,
            name="SpokenEnglishAddressRecognizer",
        )


_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "ADV", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM"})
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "mister", "missus")
_SPOKEN_NAME = rf"(?!(?:{STOP_EN}|{_STREET_EN})(?![\w'’]))\p{{L}}[\w'’-]+"
_KIN_EN = (
    r"wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|grandmother|grandfather|nan|gran|grandma|grandpa|aunt|uncle|"
    r"tenant|landlord|lodger|flatmate|neighbour|neighbor|carer|friend|colleague|boss"
)


class SpokenEnglishNameRecognizer(PatternRecognizer):
    """Names in lower case, as speech-to-text writes them, where the sentence says a name comes: "my name's tony boyd",
    "the account holder is guadalupe barberá", "my wife victoria heath", "mrs clare here", "this is beth duke my
    number's…", "i'm leah walsh and my social…". One to three words, to the first word that starts the rest of the sentence."""

    def __init__(self, supported_language: str = "en"):
        name = rf"{_SPOKEN_NAME}(?:\s+{_SPOKEN_NAME}){{0,2}}"
        context = (
            r"my\s+name's|my\s+name\s+is|name's|the\s+name\s+is|name\s+on\s+the\s+account\s+is|account\s+holder\s+is|bill\s+payer\s+is|"
            r"policy\s*holder\s+is|in\s+(?:my|the)\s+name(?:\s+of)?|addressed\s+to|executor(?:\s+is)?|"
            rf"my\s+(?:late\s+)?(?:{_KIN_EN})(?:'s\s+(?:account|name|policy))?|(?:booked|reserved|it's|is|account|reservation)\s+under|surname|"
            r"name\s+(?:is|was)|names?\s+on\s+(?:it|the\s+\w+)\s+is|account\s+name|my\s+names|your\s+(?:engineer|technician|agent|advisor|adviser|colleague|driver)"
        )
        after_intro = r"speaking|here|calling|from|again|on\s+the\s+line|born|and\s+my|my\s+(?:date|number|account|address|social|policy|postcode)|date\s+of\s+birth|account"
        super().__init__(
            supported_entity="PERSON",
            patterns=[
                Pattern("spoken_name_after_context", rf"(?=\p{{L}})(?<=\b(?:{context})\s+){name}", 0.6),
                # the title belongs to the name: "mrs courtois", "dr calderon", "doctor iannotti"
                Pattern("spoken_honorific_name", rf"\b(?:{'|'.join(_TITLES)})\.?\s+{name}", 0.6),
                # "this is beth duke my number's…", "i'm valerio sans born…": two or three words, and what follows says it was a name
                Pattern("spoken_name_introduced", rf"(?=\p{{L}})(?<=\b(?:this\s+is|it's|i'm|i\s+am)\s+){_SPOKEN_NAME}(?:\s+{_SPOKEN_NAME}){{1,2}}(?=[\s,]+(?:{after_intro})\b)", 0.6),
            ],
            supported_language=supported_language,
            name="SpokenEnglishNameRecognizer",
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        """A word the tagger reads as a verb, a pronoun or the like is the sentence going on, not a name ("my father
        retired…", "my friend lives in…")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return results
        kept = []
        for result in results:
            first = next((token for token in doc if token.idx >= result.start and not token.is_space), None)
            if first is not None and first.idx < result.end and first.pos_ in _NOT_NAME_POS and first.lower_.rstrip(".") not in _TITLES:
                continue
            kept.append(result)
        return kept


# UK postcodes ("CB16 7FE", "td18 2wf") and Irish Eircodes ("Y35 DFNE"): a postcode covers a handful of homes.
_POSTCODE = r"\b(?:[a-z]{1,2}\d[a-z\d]?\s*(?!\d(?:gb|tb|mb|kb)\b)\d[a-z]{2}|[ac-fhknprtv-y]\d{2}\s?[ac-fhknprtv-y\d]{4})\b"


class PostcodeRecognizer(PatternRecognizer):
    """UK postcodes and Irish Eircodes, written ("CB16 7FE", "Y35 DFNE") or read out after "postcode"/"eircode"
    ("it's c for cat f for foxtrot one three t for tom n for november", "a nine eight c r w v")."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="ADDRESS",
            patterns=[
                Pattern("postcode_uk_ie", rf"(?=[a-z]){_POSTCODE}(?=[\s,.;!?)]|$)", 0.5),
                Pattern(
                    "postcode_read_out",
                    rf"(?=\w)(?<=\b(?:post\s*code|eircode|zip(?:\s+code)?)(?:\s+(?:on|for|of)\s+(?:the|your|my)\s+\w+)?(?:'s|\s+is)?[\s,:?]+(?>(?>customer|yeah|yes|its|{HESITATION_EN})[\s,:.]+){{0,4}})"
                    rf"{_CODE_TOKEN}(?:[\s,]+{_CODE_TOKEN}){{1,9}}",
                    0.6,
                ),
            ],
            supported_language=supported_language,
            name="PostcodeRecognizer",
        )


_SITE_WORD = r"(?:(?>(?:[a-z] ){2,40}[a-z])(?!\w)|[\w-]+)"  # "sexton", "f a c e b o o k"; atomic and bounded
_SPOKEN_SITE = (
    rf"(?:https?\s+colon\s+(?:forward\s+)?slash\s+(?:forward\s+)?slash\s+)?(?:w\s*w\s*w\s+dot\s+)?{_SITE_WORD}(?:\s+(?:spelt|spelled)\s+{_SITE_WORD})?"
    rf"(?:\s+(?:dash|hyphen)\s+{_SITE_WORD})*(?:\s+dot\s+(?:com|co|org|net|uk|ie|io|biz|info|me|au|ca|nz|za|in|eu|de|fr|es|it|nl|pl|app|dev|shop))+"
)
_SITE_SEGMENT = rf"(?:(?>[a-z](?: [a-z](?!\w)){{1,40}})|[\w-]+)(?:\s+(?:dash|hyphen|underscore|dot)\s+(?:{SPOKEN_NUMBER_EN}|[\w-]+))*"
# "forward slash i n slash kieran dash simpson hyphen nine eight seven", "slash ingram tutoring if that helps"
_SITE_PATH = (
    rf"(?:\s+(?:forward\s+)?slash\s+{_SITE_SEGMENT}"
    r"(?:\s+(?!(?:if|and|but|so|agent|please|thanks)\b)[a-z][\w-]*(?=\s+(?:if|and|agent|please|thanks)\b|\s*[.?!]|\s*$))?)*"
)


class SpokenUrlRecognizer(GatedPatternRecognizer):
    """A customer's own site or profile read out: "w w w dot sexton dash electrical dot com", "facebook dot com forward
    slash lopezroofing". A bare "amazon dot co dot uk" counts only after "website", "site", "page" or "profile"."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="URL",
            patterns=[
                Pattern("spoken_url_marked", rf"(?<!\w)(?:(?=https?\s+colon|w\s*w\s*w\s+dot){_SPOKEN_SITE}|{_SPOKEN_SITE}(?=\s+(?:forward\s+)?slash\s)){_SITE_PATH}", 0.6),
                Pattern("spoken_url_after_context", rf"(?=\w)(?<=\b(?:website|site|page|profile|linkedin|instagram)(?:'s|\s+is)?[\s,:]+(?:(?:yeah|it's|its)[\s,]+)*){_SPOKEN_SITE}{_SITE_PATH}", 0.6),
            ],
            supported_language=supported_language,
            name="SpokenUrlRecognizer",
            needs=r"\sdot\s",  # no site is read out without one
        )


_PLATE_UK = r"(?-i:[A-Z]{2}\d{2}\s?[A-Z]{3}|[a-z]{2}\d{2}\s?[a-z]{3})"  # "CA73 GBD", "la21 uhf": the current UK format, whatever the context


class VehiclePlateRecognizer(PatternRecognizer):
    """Car registrations: the current UK format anywhere, other formats ("AZJ 1875", "b d six nine z f l") after "reg",
    "registration" or "number plate"."""

    def __init__(self, supported_language: str = "en"):
        context = r"reg|registration(?:\s+number)?|number\s*plate|plate|licen[cs]e\s+plate"
        token = rf"(?!(?:{STOP_EN})(?![\w'’]))(?:{SPELLED_EN}|{SPOKEN_NUMBER_EN}|[a-z](?![\w'’])|\d+(?![\w'’])|[a-z]{{1,3}}\d*(?![\w'’]))"
        super().__init__(
            supported_entity="VEHICLE_PLATE",
            patterns=[
                Pattern("plate_uk", rf"\b{_PLATE_UK}\b", 0.6),
                Pattern("plate_after_context", rf"(?=\w)(?<=\b(?:{context})(?:\s+(?:is|number))?[\s:,]+)(?=[^\n]{{0,40}}?(?:\d|\b(?:{UNITS_EN})\b))(?!(?:{STOP_EN})\b){token}(?:\s+{token}){{0,7}}", 0.6),
            ],
            supported_language=supported_language,
            name="VehiclePlateRecognizer",
        )

"""English read aloud, as speech-to-text writes it: numbers ("oh seven seven double four…", "one hundred and twelve"),
hesitations and self-corrections inside a value ("four five scratch that nine double one"), and the words around
identifiers ("policy", "pps number", "the pin is"). `ENGLISH_NUMBERS` drives `SpokenNumberRecognizer` for English;
the other English recognisers (`english.py`) build dates, addresses and IP addresses from the same words."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer

from assist.privacy.spoken import NumberWords

UNITS_EN = (
    "zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
)
# A number in words: "ninety seven", "one hundred and thirty four", "twenty-one"; atomic and bounded.
SPOKEN_NUMBER_EN = rf"(?>(?:{UNITS_EN})(?!\w)(?:(?:-|\s+)(?:and\s+)?(?:{UNITS_EN})(?!\w)){{0,12}})"
HESITATION_EN = (
    r"(?:erm|um+|uh+|er|ah|sorry|no(?:\s+sorry)?|sorry\s+no|hang\s+on|wait|scratch\s+that|let\s+me\s+(?:see|check)|i\s+mean|actually|"
    r"oops|my\s+bad|that's\s+(?:it|right)|it's|is)"
)
_NUMBER = rf"(?:(?-i:\d+[A-Z]?)(?!\w)|(?:{UNITS_EN})(?:-(?:{UNITS_EN}))*(?!\w))"
# Spelled letters ("k a six…", "GB91"), but not the pronoun "I"/"i", which ends a value read out ("… seven and i forgot").
_LETTERS = r"(?-i:[A-Za-z]{2}\d{2}(?!\w)|[A-HJ-Z]|[A-Z]{2,4}|[a-hj-z])(?=[\s\-.,…]|$)"
_TOKEN = rf"(?:(?:double|triple)\s+{_NUMBER}|{_NUMBER}|{_LETTERS})"
_FILLER = rf"(?:{HESITATION_EN}|and|dash|hyphen|(?:forward\s+|back\s+)?slash|dot|point|space|underscore|then)"
_GAP = rf"(?:[\s,.…;:/()-]+(?:{_FILLER}[\s,.…;:/()-]+){{0,3}})"

ENGLISH_NUMBERS = NumberWords(
    language="en",
    run=regex.compile(rf"(?<!\w)(?:plus\s+)?{_TOKEN}(?:{_GAP}{_TOKEN})*(?!\w)", regex.IGNORECASE),
    lead=regex.compile(rf"(?i)^(?:(?:{_FILLER}|ip|pin|code|iban|no\.?)[\s,.…;:/-]+)+"),
    context=regex.compile(
        r"(?i)\b(?:(?P<customer>account|policy|contract|customer|reference|ref|membership|member|claim|booking|order|mpan|mprn|serial|invoice|case)"  # not "meter": a reading is no identifier
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
    spelled_start=regex.compile(rf"(?:plus\s+)?(?!(?:a|i)\s+(?:\d|{UNITS_EN}))(?:{_LETTERS})"),  # not "a six month contract"
    not_a_value=regex.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,3}(?:,\d{3})*\.\d{2}|\d{1,2}:\d{2}"),
    zero=regex.compile(r"(?i)(?<!\w)(?:oh|o|nought|nil)(?!\w)"),
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
_YEAR = rf"(?:(?:19|20)\d{{2}}|'?\d{{2}}|(?:nineteen|twenty)[\s-]+{_TWO_DIGITS}|two\s+thousand(?:\s+and)?(?:\s+{_TWO_DIGITS}|\s+(?:{_DIGIT}))?)(?!\w)"
DATE_EN = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf"|(?:the\s+)?{_DAY}(?:\s+of)?[\s,]+(?:{_MONTH})\.?[\s,]+{_YEAR}"  # "25th December 1951", "the tenth of december nineteen sixty five"
    rf"|(?:{_MONTH})\.?\s+(?:the\s+)?{_DAY}[\s,]+{_YEAR})"  # "july twenty seventh nineteen seventy eight", "June 28th, 2000"
)
_BIRTH_EN = r"\b(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|birthday|birth\s+date|born)"
# Right after a birth context, a run of numbers is the date too: "date of birth is one three oh three fifty three".
_DATE_DIGITS = rf"(?:(?:\d+|{SPOKEN_NUMBER_EN})(?:[\s,./-]+(?:\d+|{SPOKEN_NUMBER_EN})){{1,5}})"


class EnglishDateOfBirthRecognizer(PatternRecognizer):
    """Dates of birth written or read aloud: "born june twenty eighth two thousand", "date of birth's 10th June 2003",
    "her date of birth is 3 june 1959", "date of birth is one two, two eight, oh three"."""

    def __init__(self, supported_language: str = "en"):
        between = rf"(?:[\s,:]+(?:is|as|was|it's|it\s+is|on|in|the|{HESITATION_EN}))*[\s,:]+"
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=[
                Pattern("birth_date_en", rf"(?=[\w'])(?<={_BIRTH_EN}(?:'s)?{between})(?:{DATE_EN}|{_DATE_DIGITS})(?!\w)", 0.8),
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
    r"date|policy|address|email|phone|mobile|card|bill|contract|name|named|set|up|new|old|one|what|how|why"
)
_VALUE_WORD = rf"(?!(?:{STOP_EN})(?![\w'’]))[\w'’#@&*!$%+=-]+"
_SECRET_CONTEXT_EN = (
    r"memorable\s+(?:word|name|place|date)|password|passcode|passphrase|pass\s+word|security\s+(?:answer|word|question\s+answer)|"
    r"answer\s+to\s+(?:my|the)\s+security\s+question|first\s+pet|pet's\s+name|maiden\s+name|favourite\s+\w+|pin"
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
                    rf"(?=[\w'’#@&*!$%+=-])(?<=\b(?:{_SECRET_CONTEXT_EN})(?:\s+(?!is\b|was\b)[\w'’]+){{0,6}}?\s+(?:is|was|'s|are|were)[\s,:]+(?:(?:{HESITATION_EN})[\s,]+)*)"
                    rf"(?!(?:{STOP_EN})(?![\w'’])){_VALUE_WORD}(?:[\s,]+(?:(?:{HESITATION_EN})[\s,]+)*(?:{_VALUE_WORD}|(?:double|triple)\s+\w+|{SPOKEN_NUMBER_EN})){{0,6}}",
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
_UNIT_EN = rf"(?:flat|apartment|apt|unit|suite|house|number)\s+(?:\d{{1,4}}[a-z]?|{SPOKEN_NUMBER_EN})(?:\s+[a-z](?!\w))?"
_TYPE_FIRST_EN = r"via|viale|calle|paseo|avenida|rua|rue|carrer|camino|strada|piazza|plaza|ulica|ul"
# After the street: a unit, then the town, state and postcode, read out ("london n nineteen five h z", "portland oregon
# nine seven two four six", "cambridge, c b one eight one w t"), to the first word that starts the rest of the sentence.
_CODE_TOKEN = rf"(?:[a-z](?!\w)|\d[\da-z]*|[a-z]{{1,2}}\d[\da-z]*|{SPOKEN_NUMBER_EN})"
_PLACE_TAIL = (
    rf"(?:[\s,]+{_UNIT_EN})?(?:[\s,]+(?!(?:{STOP_EN}|{_STREET_EN}|{UNITS_EN})(?![\w'’]))(?!{_CODE_TOKEN}(?![\w'’]))\p{{L}}[\w'’.-]+){{0,3}}"
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


_SPOKEN_NAME = rf"(?!(?:{STOP_EN}|{_STREET_EN})(?![\w'’]))\p{{L}}[\w'’-]+"
_KIN_EN = r"wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|grandmother|grandfather|nan|gran|grandma|grandpa|aunt|uncle"


class SpokenEnglishNameRecognizer(PatternRecognizer):
    """Names in lower case, as speech-to-text writes them, where the sentence says a name comes: "my name's tony boyd",
    "the account holder is guadalupe barberá", "my wife victoria heath", "mrs clare here", "this is beth duke my
    number's…", "i'm leah walsh and my social…". One to three words, to the first word that starts the rest of the sentence."""

    def __init__(self, supported_language: str = "en"):
        name = rf"{_SPOKEN_NAME}(?:\s+{_SPOKEN_NAME}){{0,2}}"
        context = (
            r"my\s+name's|my\s+name\s+is|name's|the\s+name\s+is|name\s+on\s+the\s+account\s+is|account\s+holder\s+is|bill\s+payer\s+is|"
            r"policy\s*holder\s+is|in\s+(?:my|the)\s+name(?:\s+of)?|addressed\s+to|executor(?:\s+is)?|"
            rf"my\s+(?:late\s+)?(?:{_KIN_EN})(?:'s\s+(?:account|name|policy))?|\b(?:mr|mrs|ms|miss|dr)"
        )
        after_intro = r"speaking|here|calling|from|on\s+the\s+line|born|and\s+my|my\s+(?:date|number|account|address|social|policy|postcode)|date\s+of\s+birth|account"
        super().__init__(
            supported_entity="PERSON",
            patterns=[
                Pattern("spoken_name_after_context", rf"(?=\p{{L}})(?<=\b(?:{context})\s+){name}", 0.6),
                # "this is beth duke my number's…", "i'm valerio sans born…": two or three words, and what follows says it was a name
                Pattern("spoken_name_introduced", rf"(?=\p{{L}})(?<=\b(?:this\s+is|it's|i'm|i\s+am)\s+){_SPOKEN_NAME}(?:\s+{_SPOKEN_NAME}){{1,2}}(?=[\s,]+(?:{after_intro})\b)", 0.6),
            ],
            supported_language=supported_language,
            name="SpokenEnglishNameRecognizer",
        )

"""English recognisers: street addresses in the English order (number, name, then street type) and in the continental
order ("Villacher Strasse 89", "ul. Chrzanowska 61"), over several lines; addresses after an address context ("lives
at", "send it to", "the corner of"); a UK address line held by its postcode; suites, military post boxes, ZIP codes;
ages; names after an honorific, a form label, a relative or a question for them, or as a transcript's speaker; companies
by their legal form, as partnerships or as employers, universities; references after the word that names them; phone
numbers after a phone label. English read aloud is in `spoken_en.py`."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from assist.privacy.spoken_en import STOP_EN

_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|"
    r"Highway|Hwy|Circle|Cir|Trail|Crescent|Close|Grove|Gardens|Hill|Park|Row|Walk|Mews|Plaza|Alley|Loop|Run|Pike|Path"
)
_UNIT_ALONE = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|P\.?O\.? Box|Box)\s*#?\s*\d+\w*"
_UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|P\.?O\.? Box|Box|No\.|Plot)\s*#?\s*\d+\w*"  # "No. 53 Ogui Road", "Plot 25"
# After the street, on the same line: units, then town, state, country and postcode as capitalised words or numbers
# ("Apt. 397, Mora de Rubielos, Spain 16200", "Suite 215 NUNGATTA Australia"); a lowercase word or a "?" ends it.
_PLACES = r"(?-i:(?:[ \t]*,?[ \t]+(?!I\b)(?:\(?\p{Lu}[\w'’.()-]*|\d{4,6}(?:-\d{4})?|\d[A-Z]{2}|\d[A-Z]\d|de|del|la|le|sur|am|an)(?=[\s,.?!]|\Z)){0,8})"
# An address written over several lines goes on to the end of its lines (city, state, country, postcode), across one
# blank line and the "> " of a quoted e-mail; a line with a label ("Phone:") ends it.
_MORE_LINES = r"(?:[ \t]*(?:,[ \t]*)?\n(?:[ \t>]*\n)?[ \t>]*[^\n:]{1,60}){0,4}"
_TAIL = rf"(?:[\s,]+{_UNIT}){{0,2}}{_PLACES}{_MORE_LINES}"
# A leading number may be a building's before the house number ("1987 74 Diakou Street").
_HOUSE = r"\b(?:\d{1,6}(?:\s+|-))?\d{1,6}\s+"
_STREET = rf"(?-i:{_HOUSE}(?:\p{{Lu}}[\w'’.-]*\s+){{1,4}}(?:{_STREET_TYPES})\b\.?)"
# The continental order after a leading number: "6750 Koskikatu 25", "233 Erzsébet tér 19.", "31401 ul. Słowicza 10"
_MONTHS_EN = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_NUMBERED = rf"(?-i:\b(?:\d{{1,6}}\s+)?\d{{1,6}}\s+(?!(?:{_MONTHS_EN})\b)(?:\p{{Lu}}[\w'’.-]*|ul\.|al\.|u\.)\s+(?:[\w'’.-]+\s+){{0,2}}\d{{1,4}}\b\.?)"
# The continental order without one: a street type as a word after the name ("Villacher Strasse 89", "Kálmán Imre u.
# 12."), or before it ("Via dei Fiorentini 17", "ul. Chrzanowska 61", "C/ Señores Curas 88"), or as the end of the
# name ("Hersnapvej 75").
_EU_TYPES = r"strasse|straße|str\.|gasse|weg|allee|platz|ring|vej|gade|gata|gatan|gate|veien|vegen|katu|tie|straat|laan|utca|útja|út|u\.|tér|ulica|vei"
_TYPE_FIRST = r"ul\.|al\.|Rue|Via|Viale|Piazza|Calle|C/|Carrer|Avenida|Avda\.|Avenue|Boulevard|Rua|Rúa|Travessa|Praça|Camino|Paseo|Strada|Chemin|Allée|Impasse|Quai"
_CONTINENTAL = (
    rf"(?-i:(?:\b\d{{1,6}}\s+){{0,2}}(?:(?<![\w.])(?:{_TYPE_FIRST})\s*(?:\p{{L}}[\w'’-]*\s+){{0,4}}?"
    rf"|\b\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]+)?\s+(?i:{_EU_TYPES})\s+"
    rf"|\b\p{{Lu}}[\w'’-]*(?i:strasse|straße|gasse|weg|vej|gade|gata|gatan|veien|vegen|katu|straat|laan|braut)\s+)"
    r"\d{1,4}[a-z]?\b\.?)"
)
# The street type first after a house number, with no number after the name: "76556 29 Rue de Tanger", "479 95 Avenue des Tuileries"
_NUMBER_TYPE_FIRST = rf"(?-i:\b(?:\d{{1,6}}\s+)?\d{{1,6}}\s+(?:{_TYPE_FIRST})(?:[ \t]+(?:(?:de|du|des|la|le|les|del|della|dei|do|da|dos|das|d')(?=[ \t])|\p{{Lu}}[\w'’-]*)){{1,5}})"
# US military and ship post: "PSC 1437, Box 3833\nAPO AA 66791", "unit 1009 box 0219\ndpo ap 51065", "USNS Bergman\nFPO AP 93757".
_MILITARY = r"\b(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:USNS|USS|USCGC)\s+[\w'’-]+(?:\s+[\w'’-]+)?)(?:[\s,]+(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5})?"
# "address is", "lives at": what follows is an address. "send it to", "moved to": only when a house number follows.
_ADDRESS_CONTEXT = r"address(?:\s+is)?|lives?\s+at|living\s+at|located\s+at|resides?\s+at|office\s+is\s+at"
_DESTINATION = (
    r"moved\s+to|send\s+(?:\w+\s+){0,3}to|ship(?:ped)?\s+(?:\w+\s+){0,2}to|deliver(?:ed)?\s+(?:\w+\s+){0,2}to|mail\s+(?:\w+\s+){0,2}to|"
    r"drops?\s+(?:\w+\s+){0,2}off\s+at|pick\s+(?:\w+\s+){0,2}up\s+at|meet\s+(?:\w+\s+){0,2}at"
)
# To the end of the sentence, when it holds a number; a full stop ends it only before a new sentence ("Apt. 864" goes on).
_TO_SENTENCE_END = r"[^!?;\n]{2,150}?(?=\s*(?:\.\s+(?-i:[A-Z][a-z]+)\s|[!?;\n]|\.?\s*\Z))"
_AFTER_CONTEXT = rf"(?=[A-Za-z0-9#])(?<=\b(?:{_ADDRESS_CONTEXT})[\s:]+)(?=[^!?;]{{0,150}}?\d)(?-i:[A-Z0-9#]){_TO_SENTENCE_END}"
# "at 9816 214 Pavlou Drandaki", "at 74678 midtvollen 130 st.": a house number, then a name (a time is not followed by one)
_AFTER_DESTINATION = rf"(?=\d)(?<=\b(?:{_DESTINATION})\s+)\d{{1,6}}\s+(?:\d{{1,6}}\s+)?(?!(?:am|pm|a\.m|p\.m|o'clock|h|hours?|minutes?|days?|weeks?|months?|years?|people|persons?|of|and|or|to|percent|euros?|dollars?|pounds?)\b)\p{{L}}{_TO_SENTENCE_END}"
# "the corner of 159 Eleftheriou Venizelou str and Rennie Union": two streets, to the end of the sentence or line.
_CORNER = r"\b(?:the\s+)?corner\s+of\s+(?=[^\n]{0,60}?\band\b)[^\n!?;]{3,100}?(?=\s*(?:[.!?]?\s*(?:\n|\Z)|[.!?]\s+(?-i:[A-Z])|[!?;]))"


class EnglishAddressRecognizer(PatternRecognizer):
    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="ADDRESS",
            patterns=[
                Pattern("street_en", _STREET + _TAIL, 0.7),
                Pattern("street_numbered", rf"{_NUMBERED}(?=[ \t]*(?:,|\n|\s+{_UNIT}|\s*\Z))" + _TAIL, 0.6),
                Pattern("street_continental", _CONTINENTAL + _TAIL, 0.6),
                Pattern("street_number_type_first", _NUMBER_TYPE_FIRST + _TAIL, 0.6),
                Pattern("military_post", _MILITARY, 0.7),
                # a UK address line with no street type, held by its postcode: "12 Kingsway, Leeds, LS6 8EB"
                Pattern("street_to_postcode", r"(?-i:\b\d{1,5}[a-z]?\s+(?:\p{Lu}[\w'’-]+\s+){0,3}\p{Lu}[\w'’-]+,\s+(?:\p{Lu}[\w'’-]+\s*){1,3},?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b", 0.6),
                Pattern("street_corner", _CORNER, 0.6),
                # a town with its postcode: "in Bjert 6091", "in ARENDAL 4844", "in ÖVERTURINGEN 840 24"; not a product's
                # version or year ("in Windows 2000", "in March 2024")
                Pattern("town_postcode", rf"(?=\p{{Lu}})(?<=\b(?:in|at)\s+)(?-i:(?!(?:{_MONTHS_EN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Build|Ticket|Case|Order|Windows|Office|Excel|Version|Room|Terminal|Gate|Season|Series|Model|Level|Euros?|Dollars?|Pounds?|Points|Miles|Total|Cash|Chapter|Page|Section|Block|Unit|Flight|Train|Bus|Route|Line|Platform|Zone|Box)\b)\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]*){{0,2}}\s+(?!(?:19|20)\d{{2}}\b)(?:\d{{5}}|\d{{4}}|\d{{3}}\s\d{{2}})(?![\w.,-]?\d)(?!\s*(?:€|£|\$|euros?|pounds?|dollars?|dh|dirhams?)\b))", 0.5),
                Pattern("address_after_context_en", _AFTER_CONTEXT, 0.6),
                Pattern("address_after_destination_en", _AFTER_DESTINATION, 0.6),
                Pattern("unit_en", rf"(?-i:(?<![!\w])\b{_UNIT_ALONE})", 0.5),  # not a "Fritz!Box 7590", nor "invoice No. 4521"
                Pattern("zip_en", r"(?=[A-Za-z0-9])(?<=\b(?:zip|zip\s+code|postcode|post\s+code|postal\s+code)(?:\s+is)?[\s:#]+)(?-i:[A-Z0-9][A-Z0-9 -]{1,8}\d(?:\s+[A-Z]{2}\b)?)\b", 0.6),
            ],
            supported_language=supported_language,
            name="EnglishAddressRecognizer",
        )


class AgeRecognizer(PatternRecognizer):
    """"a 45 year old", "45-year-old", "31 y/o", "just turned 60", "I'm 23", "aged 78", "at the age of 61", "when he was 78"."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="AGE",
            patterns=[
                Pattern("age_years_old", r"\b\d{1,3}(?=(?:\s+|-)years?(?:\s+|-)old\b|\s*y/?o\b)", 0.7),
                # "just turned 60", "I'm 23.", not "I'm 2 weeks late" or "I turned 2 of the lights off"
                Pattern("age_after_context", r"(?=\d)(?<=\b(?:turned|turn|turning|aged|age:?|age\s+of|I'm|I\s+am)\s+)\d{1,3}(?=\s*(?:[.,!?;]|\Z|\s+(?:years?\b|yrs\b|now\b|today\b|this\b|next\b|last\b|and\b|but\b|so\b)))", 0.6),
                Pattern("age_when", r"(?=\d)(?<=\bwhen\s+(?:I|he|she|they|you|we)\s+(?:was|were)\s+)\d{1,3}(?=\s*(?:[.,!?;]|\Z|\s+(?:years?|and|but|he|she|I|they|we|you)\b))", 0.6),
            ],
            supported_language=supported_language,
            name="AgeRecognizer",
        )


_CAPITALISED = r"\p{Lu}[\w'’-]*\.?"
_HONORIFIC = r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Capt|Col|Sgt|Lt"
_KIN = (
    r"kid|son|daughter|child|baby|wife|husband|partner|spouse|brother|sister|mother|father|mum|mom|dad|boyfriend|girlfriend|"
    r"fianc[ée]e?|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granny|uncle|aunt|nephew|niece|cousin|friend|neighbou?r|tenant|landlord"
)
# Words that follow "call me", "named" and the like without being a name.
_NOT_A_NAME = (
    r"a|an|the|my|your|his|her|our|their|him|them|it|us|me|you|back|now|later|again|soon|today|tomorrow|when|if|because|about|that|this|on|"
    r"at|in|please|asap|and|or|but|so|as|after|before|drivers?|persons?|party|parties|beneficiary|beneficiaries|holder|insured|users?|contacts?"
)
# Line labels of a transcript or a form that are not a speaker's name.
_NOT_A_SPEAKER = (
    r"Note|Notes|Subject|Re|Fwd|Fw|Warning|Phone|Tel|Mobile|Cell|Fax|Email|E-mail|Address|Website|Date|Time|When|Where|What|Why|How|Who|"
    r"Name|User|Agent|Customer|Client|Bot|Assistant|System|Question|Answer|Update|Edit|Source|Title|Summary|Reason|Status|Reference|Ref|"
    r"Order|Account|Total|Price|Amount|Step|Tip|Example|Important|Info|Information|Hint|Result|Error|Message|Comment|Reply|From|To|Cc|Bcc|"
    r"Sent|Attachment|Location|Personal|Description|Details|Issue|Problem|Solution|Response|Request|Operator|Caller|Speaker|Advisor|"
    r"Adviser|Representative|Rep|Support|Me|You|Host|Guest|Interviewer|Interviewee|Directed|Genre|Genres|Rating|Cast|Starring|Runtime|"
    r"Tags|Category|Product|Service|Offer|Plan|Tariff|Contract|Policy|Ticket|Case|Priority|Yes|No|Ok|Okay|Hi|Hello|Dear|Thanks|PS|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday|Morning|Afternoon|Evening|Tonight|"
    rf"{_MONTHS_EN}"
)
# Who else does what a person does at the start of a sentence.
_NOT_A_SUBJECT = (
    r"I|He|She|They|We|You|It|Who|Nobody|Noone|Everyone|Everybody|Someone|Somebody|Anyone|Anybody|This|That|These|Those|Each|Nothing|"
    r"Everything|Something|Anything|Family|Mum|Mom|Mother|Dad|Father|Grandma|Grandpa|Granny|Parents?|Customer|Client|Support|Data|Team|"
    r"Staff|Service|Company|Management|Money|Power|Water|Gas|Electricity|Internet|Mail|Post|Nature|Life|Love|Hope|Music|History"
)
_NAME_WORDS = rf"(?!(?:{_NOT_A_NAME})\b)\p{{L}}[\w'’-]+(?:\s+(?!(?:{_NOT_A_NAME})\b)\p{{L}}[\w'’-]*\.?)?(?:\s+(?-i:\p{{Lu}})[\w'’-]+)?"


class EnglishNameRecognizer(PatternRecognizer):
    """Names with their honorific ("Mr. Leiva", "Dr. Kyle Kuefer") or a middle initial ("Ravil G Yefimov"), after a
    form label ("Name: Sieda Batukayev", "Directed By: Leena O Sasi"), a relative ("my kid Lukas"), "called" or "call
    me", or answering a question for one ("What's your last name? Boyle")."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(
            supported_entity="PERSON",
            patterns=[
                Pattern("honorific_name", rf"(?-i:\b(?:{_HONORIFIC})\b\.?\s+\p{{Lu}}[\w'’-]+(?:\s+{_CAPITALISED}){{0,2}})", 0.7),
                Pattern("honorific_name_lowercase", r"\b(?:mr|mrs|ms|dr)\.\s+\p{L}[\w'’-]+", 0.6),  # speech-to-text or a chat: "mr. elliott"
                Pattern("name_with_initial", r"(?-i:\b\p{Lu}\p{Ll}[\p{Ll}'’-]+\s+(?!I\b)\p{Lu}\.?\s+\p{Lu}\p{Ll}[\p{Ll}'’-]+)", 0.5),
                Pattern("name_after_label", rf"(?=\p{{L}})(?<=\b(?:name|full\s+name|contact|directed\s+by|written\s+by|author|signed|attn\.?|attention)[ \t]*:[ \t]*)(?-i:{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,3}})", 0.6),
                Pattern("name_in_mail_header", r"(?=\p{L})(?<=^[ \t>]*(?:from|to|cc)[ \t]*:[ \t]*)(?-i:\p{Lu}[\w'’-]+(?:[ \t]+\p{Lu}[\w'’.-]*){0,3})(?=[ \t]*<)", 0.7),
                Pattern("name_after_question", r"(?=\p{L})(?<=\b(?:first|last|full|sur|family|given|maiden)\s*name\s*\?\s+(?:it'?s\s+|it\s+is\s+)?)\p{L}[\w'’-]+(?:\s+(?-i:\p{Lu})[\w'’-]+)?", 0.6),
                # "my kid Lukas", "my great great grandmother was called Lily Nolan", "people call me višeslav", "She named him Luís"
                Pattern("name_after_relative", rf"(?=\p{{L}})(?<=\b(?:my|our|his|her|their)\s+(?:great\s+|grand\s+|little\s+|eldest\s+|youngest\s+|late\s+)*(?:{_KIN})\s+)(?-i:\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]+)?)", 0.6),
                Pattern("name_called", rf"(?=\p{{L}})(?<=\b(?:(?:was|is|were|be|being|am)\s+called|named(?:\s+(?:him|her|them|it))?|(?:people|everyone|everybody|friends|they)\s+call(?:s|ed)?\s+me|maiden\s+name\s+is|(?:surname|last\s+name|first\s+name)\s+is)\s+){_NAME_WORDS}", 0.6),
                Pattern("name_call_me", r"(?=\p{L})(?<=\bcall(?:s|ed)?\s+me\s+)(?-i:\p{Lu}[\w'’-]+)", 0.5),
                # a transcript's speaker: "Nicole: Remember me?", 'Elizabeth:"I'm Amanda's daughter"'
                Pattern("speaker_label", rf"(?=\p{{L}})(?<=^[ \t>]*)(?-i:(?!(?:{_NOT_A_SPEAKER})\b)\p{{Lu}}[\p{{Ll}}'’-]+)(?=[ \t]*:[ \t]*[\"“]?\p{{L}})", 0.5),
                # the subject of what only a person does, at the start of a sentence: "Jacob lives on 90 Whitchurch Road",
                # "Tómas had given Tómas his address"; not "She lives", "Nobody lives", "My mum lives"
                Pattern("name_as_subject", rf"(?-i:(?<=(?:^|[.!?][ \t]+|\n)[ \t>]*)(?!(?:{_NOT_A_NAME}|{_NOT_A_SUBJECT})\b)\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]+)?)(?=\s+(?:lives|lived|has\s+lived|had\s+given|has\s+given|gave)\s+(?:on|at|in|me|us|him|her|them|\p{{Lu}}[\w'’-]+\s+(?:his|her)\s+address)\b)", 0.5),
                # a name where a person is expected, capitalised: "follow up with Tom Weiss", "it's under Elita Desaulniers"
                Pattern("name_as_person", r"(?=\p{L})(?<=\b(?:follow\s+up\s+with|speak\s+(?:to|with)|talk\s+(?:to|with)|ask\s+for|(?:it'?s|booked|reserved|reservation|booking)\s+under|shouted\s+at|said\s+to)\s+)(?-i:\p{Lu}[\w'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\w'’-]+)?)", 0.5),
            ],
            supported_language=supported_language,
            name="EnglishNameRecognizer",
        )


_LEGAL_FORMS = r"Ltd|Limited|Inc|Incorporated|LLC|LLP|Corp|Corporation|plc|PLC|GmbH|AG|SA|SAS|SARL|BV|NV|Group|Partners|Holdings|Technologies|Software|Solutions"


# One to four words of an organisation said in lower case, to the first word that starts the rest of the sentence.
_SPOKEN_ORG = rf"(?!(?:{STOP_EN})\b)\p{{L}}[\w&'’-]+(?:\s+(?!(?:{STOP_EN})\b)\p{{L}}[\w&'’-]+){{0,3}}"


class EnglishOrganizationRecognizer(PatternRecognizer):
    """Companies by their legal form ("Shepherd Ltd.", "Streetcred Software Inc."), as a partnership of surnames
    ("Davis, Reynolds and Williamson", "Marshall, Hernandez & Simpson"), or as someone's employer ("I work for Socrata",
    "spent a year at Weeks-Rivas"): where a person works says who they are."""

    def __init__(self, supported_language: str = "en"):
        surname = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
        super().__init__(
            supported_entity="ORGANIZATION",
            patterns=[
                Pattern("legal_form", rf"(?-i:\b\p{{Lu}}[\w&'’-]*(?:\s+\p{{Lu}}[\w&'’-]*){{0,3}}\s+(?:{_LEGAL_FORMS})\b\.?)", 0.6),
                Pattern("partnership", rf"(?-i:\b{surname}(?:,\s+{surname})+,?\s+(?:and|&)\s+{surname}\b)", 0.5),
                Pattern("university", r"(?-i:\b(?:University|College|Institute)\s+of\s+\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?)", 0.5),
                Pattern("school_or_employer_spoken", rf"(?=\p{{L}})(?<=\b(?:(?:student|postgrad|undergrad|studying|study)\s+at|(?:i|we|he|she|they|wife|husband|partner)\s+(?:work(?:s|ed)?|am\s+working|is\s+working)(?:\s+from\s+home)?\s+for)\s+){_SPOKEN_ORG}", 0.5),
                Pattern("employer", r"(?=[\p{L}\d])(?<=\b(?:work(?:s|ed|ing)?\s+(?:for|at)|employed\s+(?:by|at)|spent\s+\w+\s+years?\s+at|(?:job|position|internship)\s+at)\s+)(?-i:(?:\d+\s+)?\p{Lu}[\w&'’-]*(?:\s+(?:(?:and|&|of)\s+)?\p{Lu}[\w&'’.-]*){0,3})", 0.5),
            ],
            supported_language=supported_language,
            name="EnglishOrganizationRecognizer",
        )


class LabelledPhoneRecognizer(PatternRecognizer):
    """A phone number after its label or a request to call ("Phone: 467 3395", "call me on 450 0840", "Fax: 259.735.7502x459"):
    seven digits or more, in groups, with an extension."""

    def __init__(self, supported_language: str = "en"):
        label = r"phone|mobile|cell|tel|telephone|fax|desk|call\s+me\s+(?:on|at)|reach\s+me\s+(?:on|at)|registered"
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=[Pattern("phone_after_label", rf"(?=[+(\d])(?<=\b(?:{label})\b[ \t]*:?[ \t\n]*)\+?\(?\d[\d().\- ]{{5,18}}\d(?:\s*(?:x|ext\.?)\s*\d{{1,5}})?(?!\w)", 0.6)],
            supported_language=supported_language,
            name="LabelledPhoneRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool:
        return sum(c.isdigit() for c in pattern_text) >= 7


class EnglishReferenceRecognizer(PatternRecognizer):
    """A written reference after the word that names it: "policy HSI/MTR/3849731", "booking RS-6QU-606", "Booking is
    RS2EY089", "member id MB00120240": letters and at least three digits, with slashes, dashes or dots between parts."""

    def __init__(self, supported_language: str = "en"):
        context = r"account|policy|booking|reference|ref|claim|member(?:ship)?s?|confirmation|customer|contract|order|case|invoice|reservation|tracking|trackings|parcel"
        super().__init__(
            supported_entity="CUSTOMER_ID",
            patterns=[
                Pattern(
                    "reference_after_context",
                    rf"(?=\w)(?<=\b(?:{context})(?:\s+(?:number|no\.?|id|ref(?:erence)?|code))?(?:\s+(?:is|was)|'s)?[\s:#]{{1,3}})"
                    rf"(?!(?:number|no|id|code|ref|reference|{STOP_EN})\b)(?=(?:[\w/.-]*\d){{3}}|[a-z]{{1,4}}[ ./-](?:[\d /.-]*\d){{3}})"
                    r"(?:[a-z]{1,4}[ ./-]?(?=\d))?[a-z\d]+(?:[/.-][a-z\d]+)*(?:\s\d{2,}){0,4}(?:\s?(?:gb|uk|us|ie))?(?<![.-])(?![\w/-])",
                    0.6,
                )
            ],
            supported_language=supported_language,
            name="EnglishReferenceRecognizer",
        )

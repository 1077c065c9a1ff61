#!/usr/bin/env python3
"""Generate ``en_blind2.jsonl``: a blind English evaluation set for the PII scrubber.

This set was written *blind*: its author never looked at the scrubber, its
tests, its other evaluation sets or their generators.  Carrier templates,
value formats and company identifier formats are all invented here, so the
set measures the scrubber on material it was not tuned on.

Scenario
    An agent-assist tool for contact centres (energy suppliers, telecoms,
    broadband, insurers, banks, a water utility, a car-rental firm and a health
    insurer) serving customers in the UK (incl. Scotland and Northern
    Ireland), Ireland, the US and Australia, plus international customers.
    Customer turns are chat messages or raw speech-to-text of phone calls; a
    few are agent turns reading details back.

Output (one JSON object per line)
    {"id": "en-b2-0001", "text": "...", "spans": [{"type", "start", "end",
    "value"}], "form": "written|spoken|mixed|none"}
    Spans are recorded while the text is assembled piece by piece (never by
    searching the finished text); the script asserts text[start:end] == value,
    that spans are sorted and do not overlap, and that checksummed values
    (Luhn, IBAN mod 97, NHS mod 11, Medicare, PPSN, ABA routing) are valid.

Types and labelling conventions
    PERSON        any named person: the customer, relatives, payees, the
                  engineer or agent a customer names, doctors.  A title
                  ("Mr", "Mrs", "Ms", "Miss", "Dr") directly before the name is
                  inside the span.  A surname spelled out letter by letter is
                  its own PERSON span.
    PHONE_NUMBER  phone numbers in any national or international format.
    EMAIL_ADDRESS e-mail addresses, written or read aloud ("at", "dot").
    ADDRESS       street addresses: house/flat number and street, plus the
                  town, county/state and postcode when they are said as part
                  of the address (one span).  A postcode/Eircode/ZIP said on
                  its own as the answer to "and the postcode?" is an ADDRESS.
                  A town or country mentioned alone is NOT PII.
    CREDIT_CARD   full card numbers (Luhn-valid).
    IBAN_CODE     IBANs (valid ISO 13616 mod-97 checksum).
    DATE_OF_BIRTH dates of birth only; bill, appointment, travel and surgery
                  dates are not PII.  A spoken leading "the" ("the fifth of
                  May ...") stays outside the span.
    ID_NUMBER     UK National Insurance, US SSN, passport, driving licence,
                  NHS, Medicare (AU and US MBI) and Irish PPS numbers.
    CUSTOMER_ID   account, policy, claim, booking, membership and contract
                  numbers, in formats invented per (fictional) company.
    SECRET        PINs, single PIN digits, passwords, passcodes, memorable-word
                  characters, security answers (incl. a mother's maiden name)
                  and card security codes read out.
    IP_ADDRESS    the customer's IP addresses.
    ORGANIZATION  only the customer's own employer (the contact-centre
                  companies, tariffs and brands are not labelled).
    URL           only the customer's own website or profile link.
    BANK_ACCOUNT  UK sort code and account number, US routing and account
                  numbers, Australian BSB and account number; when the sort
                  code and the account number are said with words between
                  them each is its own span.
    Not PII (never a span): a town or country alone, bill/appointment dates,
    weekdays, amounts, meter readings, times, counts, speeds, tariff and
    brand names, product models, company names of the suppliers.

Forms
    written  values in digits and symbols;
    spoken   values read aloud the way speech-to-text writes them (numbers in
             words, "oh" for zero, "double"/"triple", "at"/"dot", letters
             one by one or "s for sugar", postcodes read out);
    mixed    at least one written and one spoken value in the same utterance;
    none     no PII at all, but plenty of material that must survive
             (amounts, dates, times, weekdays, towns, tariffs, models, meter
             readings, speeds, counts).
    About 40 % of utterances are lower-case with no punctuation (speech to
    text; apostrophes kept).  About 12 % are adversarial: irregular digit
    separators, fillers inside a value (the filler is inside the span), self
    corrections (the wrong value is labelled too), values alone at the start
    or end, two values of one type, values split across a question and its
    answer or across an agent interjection (each part is its own span).

Names and addresses come from Faker locales en_GB, en_US, en_IE, en_AU,
en_IN, fr_FR, de_DE, es_ES, es_MX, pt_PT, pl_PL, nl_NL and it_IT, plus small
hand lists for Scottish and (transliterated) Arabic names, because Faker's
ar_AA and hi_IN produce Arabic/Devanagari script that an English contact
centre transcript would not contain.  Supplier companies (Brightwell Energy,
Kestrel Mobile, Fibrelink, Harbourside Insurance, Northgate Bank, Tamar Valley
Water, Roadstar Car Hire, Meridian Health, ...) are fictional.

Run:  /work/main/.venv/bin/python generate_en_blind2.py
Deterministic: fixed seed 8128 for random.Random and Faker.seed.
"""

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
import random

from faker import Faker

SEED = 8128
rng = random.Random(SEED)
Faker.seed(SEED)

OUT = Path(__file__).resolve().parent / "en_blind2.jsonl"
N_TOTAL = 500

LOCALES = ["en_GB", "en_US", "en_IE", "en_AU", "en_IN", "fr_FR", "de_DE",
           "es_ES", "pt_PT", "pl_PL", "nl_NL", "it_IT", "es_MX"]
FK = {loc: Faker(loc) for loc in LOCALES}

# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------
ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
DIG = ONES[:10]
ORD_SPECIAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
               6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
               11: "eleventh", 12: "twelfth", 13: "thirteenth",
               14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
               17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
               20: "twentieth", 30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]


def n2w(n, us=False):
    conj = " " if us else " and "
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (" " + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (conj + n2w(r, us) if r else "")
    if n < 1000000:
        th, r = divmod(n, 1000)
        s = n2w(th, us) + " thousand"
        if not r:
            return s
        if r < 100:
            return s + conj + n2w(r, us)
        return s + " " + n2w(r, us)
    raise ValueError(n)


def ordw(n):
    if n in ORD_SPECIAL:
        return ORD_SPECIAL[n]
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD_SPECIAL[o]


def ordsuf(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y):
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return rng.choice(["two thousand and ", "two thousand "]) + ONES[y - 2000]
    if y >= 2010 and rng.random() < 0.35:
        return "two thousand and " + n2w(y - 2000)
    hi, lo = divmod(y, 100)
    s = n2w(hi)
    if lo == 0:
        return s + " hundred"
    if lo < 10:
        return s + " oh " + ONES[lo]
    return s + " " + n2w(lo)


def fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ø", "o"), ("Ø", "O"),
                 ("æ", "ae"), ("đ", "d")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def letters(n, pool="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


# --------------------------------------------------------------------------
# speaking values aloud
# --------------------------------------------------------------------------
FOR_WORDS = {
    "a": ["apple", "alpha"], "b": ["bravo", "bertie", "boy"],
    "c": ["charlie", "cat"], "d": ["delta", "david", "dog"],
    "e": ["echo", "edward"], "f": ["freddie", "foxtrot", "frank"],
    "g": ["george", "golf"], "h": ["harry", "hotel"], "i": ["india", "ice"],
    "j": ["juliet", "jack"], "k": ["kilo", "king"], "l": ["london", "lima"],
    "m": ["mike", "mother", "mary"], "n": ["november", "nuts", "nancy"],
    "o": ["oscar", "orange"], "p": ["papa", "peter"],
    "q": ["queen", "quebec"], "r": ["robert", "romeo"],
    "s": ["sugar", "sierra", "sam"], "t": ["tango", "tommy", "tom"],
    "u": ["uniform", "uncle"], "v": ["victor", "victoria"],
    "w": ["whiskey", "william"], "x": ["xray"], "y": ["yankee", "yellow"],
    "z": ["zulu", "zebra"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
CONFUSABLE = set("bdefmnpstv")


class Voice:
    """How one caller reads one value aloud."""

    def __init__(self, ctx, letter_style=None):
        us = ctx.region == "US"
        if us:
            self.zero = rng.choices(["zero", "oh"], [8, 2])[0]
            self.doubles = rng.random() < 0.2
        else:
            self.zero = rng.choices(["oh", "zero", "nought"], [72, 25, 3])[0]
            self.doubles = rng.random() < 0.65
        self.letters = letter_style or rng.choices(
            ["plain", "for", "nato", "partial"], [55, 18, 9, 18])[0]

    def digit(self, d):
        return self.zero if d == "0" else DIG[int(d)]

    def letter(self, c):
        lo = fold(c).lower()
        if lo not in FOR_WORDS:
            return c
        if self.letters == "for" or (self.letters == "partial" and lo in CONFUSABLE):
            return "%s for %s" % (c.upper(), rng.choice(FOR_WORDS[lo]))
        if self.letters == "nato":
            return NATO[lo]
        return c.upper()

    def unit(self, ch):
        return self.digit(ch) if ch.isdigit() else self.letter(ch)


def speak_group(grp, v):
    words = []
    i = 0
    while i < len(grp):
        ch = grp[i]
        j = i
        while j < len(grp) and grp[j].upper() == ch.upper():
            j += 1
        n = j - i
        plain = ch.isdigit() or v.letters == "plain"
        while n > 0:
            if plain and v.doubles and n == 3:
                words.append("triple " + v.unit(ch))
                n -= 3
            elif plain and v.doubles and n >= 2:
                words.append("double " + v.unit(ch))
                n -= 2
            else:
                words.append(v.unit(ch))
                n -= 1
        i = j
    return words


def speak_pairs(grp, v):
    words = []
    for k in range(0, len(grp) - 1, 2):
        a, b = grp[k], grp[k + 1]
        if a == "0" and b == "0":
            words.append("double " + v.zero if v.doubles else v.zero + " " + v.zero)
        elif a == "0":
            words.append(v.zero + " " + DIG[int(b)])
        else:
            words.append(n2w(int(a + b)))
    if len(grp) % 2:
        words.append(v.digit(grp[-1]))
    return words


def speak_chars(s, v, dash_word=False, pairs=False):
    words, grp = [], ""
    slash = rng.choice(["slash", "slash", "forward slash", "stroke"])

    def flush():
        nonlocal grp
        if grp:
            if pairs and grp.isdigit() and len(grp) >= 2:
                words.extend(speak_pairs(grp, v))
            else:
                words.extend(speak_group(grp, v))
            grp = ""

    for ch in s:
        if ch.isalnum():
            grp += ch
        else:
            flush()
            if ch == "+":
                words.append("plus")
            elif ch == "/":
                words.append(slash)
            elif ch == "-" and dash_word:
                words.append("dash")
    flush()
    return " ".join(words)


def spell_word(word, v):
    """Spell a name out: 'O K A F O R', 'O for orange K ...'."""
    out = []
    for ch in fold(word):
        if ch.isalpha():
            out.append(v.letter(ch))
        elif ch == "'":
            out.append("apostrophe")
        elif ch == "-":
            out.append("hyphen")
    # collapse runs of identical plain letters to "double"
    res = []
    i = 0
    while i < len(out):
        if (i + 1 < len(out) and out[i] == out[i + 1] and len(out[i]) == 1
                and v.doubles):
            res.append("double " + out[i])
            i += 2
        else:
            res.append(out[i])
            i += 1
    return " ".join(res)


FILLERS = ["um", "erm", "uh", "er", "sorry", "hang on", "let me see",
           "one sec", "where was I"]


def insert_filler(text):
    toks = text.split(" ")
    f = rng.choice(FILLERS)
    glue = ("for", "double", "triple", "plus", "capital", "with", "a", "dot", "at")
    cands = [i for i in range(1, len(toks))
             if toks[i - 1].lower() not in glue and toks[i].lower() != "for"]
    if cands:
        i = rng.choice(cands)
        toks.insert(i, f)
        return " ".join(toks)
    t = toks[0]
    k = rng.randint(2, max(2, len(t) - 2))
    return t[:k] + " " + f + " " + t[k:]


def irregular(text):
    chars = [c for c in text if c.isalnum()]
    while True:
        out = chars[0]
        used = set()
        for c in chars[1:]:
            r = rng.random()
            if r < 0.2:
                out += " "
                used.add(" ")
            elif r < 0.34:
                out += "."
                used.add(".")
            elif r < 0.48:
                out += "-"
                used.add("-")
            out += c
        if len(used) >= 2:
            return out


def mutate_digits(variants, k=1):
    """Change k digits (same digit positions) in every written variant."""
    base = variants[0]
    dpos = [i for i, c in enumerate(base) if c.isdigit()]
    picks = rng.sample(range(len(dpos)), min(k, len(dpos)))
    repl = {}
    for p in picks:
        old = base[dpos[p]]
        repl[p] = rng.choice([d for d in "0123456789" if d != old])
    res = []
    for var in variants:
        out, n = [], 0
        for c in var:
            if c.isdigit():
                out.append(repl.get(n, c))
                n += 1
            else:
                out.append(c)
        res.append("".join(out))
    return res


# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------
def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return iban_num(iban[4:] + iban[:4]) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban)
    return iban


def nhs_ok(n):
    s = sum(int(n[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(n[9])


def medicare_ok(n):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(n[i]) * w[i] for i in range(8)) % 10 == int(n[8])


def pps_check(d7, second=""):
    s = sum(int(d7[i]) * (8 - i) for i in range(7))
    if second:
        s += 9 * (ord(second) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def aba_ok(n):
    d = [int(c) for c in n]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7])
            + (d[2] + d[5] + d[8])) % 10 == 0


# --------------------------------------------------------------------------
# regions, people, places
# --------------------------------------------------------------------------
EN = ["GB", "SC", "IE", "US", "AU"]
FOREIGN = ["FR", "DE", "ES", "PT", "PL", "IN", "AE", "NL", "IT"]
REGION_SETS = {"EN": EN, "ALL": EN + FOREIGN, "UK": ["GB", "SC"],
               "US": ["US"], "AU": ["AU"], "IE": ["IE"], "UKIE": ["GB", "SC", "IE"]}
REGION_W = {"GB": 30, "SC": 9, "IE": 13, "US": 19, "AU": 12, "FR": 1.6,
            "DE": 1.6, "ES": 1.6, "PT": 1.2, "PL": 1.6, "IN": 1.6, "AE": 1.2,
            "NL": 1.2, "IT": 1.2}
NAME_LOC = {
    "GB": [("en_GB", 78), ("en_IN", 6), ("pl_PL", 4), ("ar", 4), ("pt_PT", 2),
           ("en_IE", 2), ("fr_FR", 1), ("es_ES", 1), ("de_DE", 1), ("it_IT", 1)],
    "SC": [("scot", 55), ("en_GB", 30), ("pl_PL", 7), ("en_IN", 4), ("ar", 4)],
    "IE": [("en_IE", 80), ("pl_PL", 8), ("pt_PT", 3), ("en_IN", 4), ("es_ES", 2),
           ("fr_FR", 3)],
    "US": [("en_US", 80), ("es_MX", 10), ("en_IN", 5), ("ar", 3), ("it_IT", 2)],
    "AU": [("en_AU", 78), ("en_IN", 6), ("en_GB", 6), ("ar", 3), ("it_IT", 5),
           ("en_IE", 2)],
    "FR": [("fr_FR", 1)], "DE": [("de_DE", 1)], "ES": [("es_ES", 1)],
    "PT": [("pt_PT", 1)], "PL": [("pl_PL", 1)], "IN": [("en_IN", 1)],
    "AE": [("ar", 1)], "NL": [("nl_NL", 1)], "IT": [("it_IT", 1)],
}
AR_M = ["Omar", "Yousef", "Khalid", "Ahmed", "Hassan", "Tariq", "Karim",
        "Faisal", "Samir", "Ibrahim", "Mahmoud", "Nabil", "Bilal", "Zaid"]
AR_F = ["Layla", "Fatima", "Noor", "Amira", "Yasmin", "Huda", "Mariam",
        "Salma", "Rania", "Aisha", "Hana", "Dalia", "Leena", "Reem"]
AR_L = ["Al-Hashimi", "Haddad", "Mansour", "Khoury", "El-Sayed", "Nasser",
        "Abdullah", "Saleh", "Farouk", "Al-Amin", "Hamdan", "Rahman",
        "Qureshi", "Bakr"]
SCOT_F = ["Eilidh", "Morag", "Ailsa", "Fiona", "Kirsty", "Catriona", "Isla",
          "Shona", "Mhairi", "Rhona"]
SCOT_M = ["Iain", "Callum", "Hamish", "Ewan", "Struan", "Fraser", "Angus",
          "Ruaridh", "Alasdair", "Gregor"]
SCOT_L = ["MacLeod", "Campbell", "Fraser", "Robertson", "McKenzie", "Stewart",
          "Murray", "MacDonald", "Sinclair", "Grant", "Kerr", "Ross", "Munro",
          "McIntyre", "Cameron", "Buchanan", "Mackay", "Ferguson", "Urquhart",
          "McAllister"]


def gen_first(loc, gender):
    if loc == "ar":
        return rng.choice(AR_M if gender == "m" else AR_F)
    if loc == "scot":
        if rng.random() < 0.5:
            return rng.choice(SCOT_M if gender == "m" else SCOT_F)
        loc = "en_GB"
    f = FK[loc]
    return f.first_name_male() if gender == "m" else f.first_name_female()


def gen_last(loc):
    if loc == "ar":
        return rng.choice(AR_L)
    if loc == "scot":
        return rng.choice(SCOT_L)
    while True:
        last = FK[loc].last_name()
        if last[:1].isupper() or loc == "nl_NL":
            return last


def pick_w(pairs):
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


GB_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"),
            ("Cardiff", "CF"), ("Norwich", "NR"), ("Sheffield", "S"),
            ("Nottingham", "NG"), ("Plymouth", "PL"), ("Exeter", "EX"),
            ("Leicester", "LE"), ("Coventry", "CV"), ("Brighton", "BN"),
            ("Swansea", "SA"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"),
            ("York", "YO"), ("Hull", "HU"), ("Reading", "RG"), ("Oxford", "OX"),
            ("Cambridge", "CB"), ("Ipswich", "IP"), ("Derby", "DE"),
            ("Stoke-on-Trent", "ST"), ("Preston", "PR"), ("Bolton", "BL"),
            ("Wigan", "WN"), ("Southampton", "SO"), ("Portsmouth", "PO"),
            ("Luton", "LU"), ("Milton Keynes", "MK"), ("Birmingham", "B"),
            ("Wolverhampton", "WV"), ("Croydon", "CR"), ("London", "SE"),
            ("London", "E"), ("London", "N"), ("Gloucester", "GL"),
            ("Bath", "BA"), ("Truro", "TR"), ("Carlisle", "CA"),
            ("Lincoln", "LN"), ("Blackpool", "FY"), ("Sunderland", "SR"),
            ("Middlesbrough", "TS"), ("Wakefield", "WF"),
            ("Huddersfield", "HD"), ("Bradford", "BD"), ("Doncaster", "DN"),
            ("Chester", "CH"), ("Wrexham", "LL"), ("Newport", "NP"),
            ("Telford", "TF"), ("Worcester", "WR"), ("Northampton", "NN"),
            ("Peterborough", "PE"), ("Colchester", "CO"), ("Maidstone", "ME"),
            ("Canterbury", "CT"), ("Swindon", "SN"), ("Bournemouth", "BH"),
            ("Taunton", "TA"), ("Belfast", "BT"), ("Derry", "BT")]
SC_TOWNS = [("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"),
            ("Dundee", "DD"), ("Inverness", "IV"), ("Paisley", "PA"),
            ("Stirling", "FK"), ("Perth", "PH"), ("Kilmarnock", "KA"),
            ("Dumfries", "DG"), ("Motherwell", "ML"), ("Kirkcaldy", "KY"),
            ("Galashiels", "TD"), ("Lerwick", "ZE"), ("Stornoway", "HS")]
IE_TOWNS = [("Dublin 4", "D04", None), ("Dublin 8", "D08", None),
            ("Dublin 15", "D15", None), ("Cork", "T12", "Cork"),
            ("Ballincollig", "P31", "Cork"), ("Galway", "H91", "Galway"),
            ("Limerick", "V94", "Limerick"), ("Waterford", "X91", "Waterford"),
            ("Athlone", "N37", "Westmeath"), ("Drogheda", "A92", "Louth"),
            ("Dundalk", "A91", "Louth"), ("Swords", "K67", "Dublin"),
            ("Bray", "A98", "Wicklow"), ("Navan", "C15", "Meath"),
            ("Kilkenny", "R95", "Kilkenny"), ("Sligo", "F91", "Sligo"),
            ("Tralee", "V92", "Kerry"), ("Letterkenny", "F92", "Donegal"),
            ("Ennis", "V95", "Clare"), ("Wexford", "Y35", "Wexford")]
US_CITIES = [("Springfield", "IL", "Illinois", "627"), ("Columbus", "OH", "Ohio", "432"),
             ("Austin", "TX", "Texas", "787"), ("Denver", "CO", "Colorado", "802"),
             ("Portland", "OR", "Oregon", "972"), ("Tampa", "FL", "Florida", "336"),
             ("Albany", "NY", "New York", "122"), ("Brooklyn", "NY", "New York", "112"),
             ("Phoenix", "AZ", "Arizona", "850"), ("Raleigh", "NC", "North Carolina", "276"),
             ("Boise", "ID", "Idaho", "837"), ("Madison", "WI", "Wisconsin", "537"),
             ("Sacramento", "CA", "California", "958"), ("San Diego", "CA", "California", "921"),
             ("Atlanta", "GA", "Georgia", "303"), ("Nashville", "TN", "Tennessee", "372"),
             ("Omaha", "NE", "Nebraska", "681"), ("Pittsburgh", "PA", "Pennsylvania", "152"),
             ("Richmond", "VA", "Virginia", "232"), ("Boston", "MA", "Massachusetts", "021"),
             ("Newark", "NJ", "New Jersey", "071")]
AU_SUBURBS = [("Parramatta", "NSW", "New South Wales", "2150"),
              ("Bondi", "NSW", "New South Wales", "2026"),
              ("Newtown", "NSW", "New South Wales", "2042"),
              ("Fitzroy", "VIC", "Victoria", "3065"),
              ("Geelong", "VIC", "Victoria", "3220"),
              ("Brunswick", "VIC", "Victoria", "3056"),
              ("Toowoomba", "QLD", "Queensland", "4350"),
              ("Fortitude Valley", "QLD", "Queensland", "4006"),
              ("Cairns", "QLD", "Queensland", "4870"),
              ("Fremantle", "WA", "Western Australia", "6160"),
              ("Glenelg", "SA", "South Australia", "5045"),
              ("Hobart", "TAS", "Tasmania", "7000"),
              ("Belconnen", "ACT", "Australian Capital Territory", "2617"),
              ("Darwin", "NT", "Northern Territory", "0800")]
FOREIGN_CITIES = {
    "FR": [("Lyon", "69003"), ("Paris", "75011"), ("Toulouse", "31000"),
           ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000")],
    "DE": [("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"),
           ("Köln", "50667"), ("Leipzig", "04109")],
    "ES": [("Madrid", "28013"), ("Valencia", "46002"), ("Sevilla", "41001"),
           ("Málaga", "29015"), ("Alicante", "03001")],
    "PT": [("Lisboa", "1100-148"), ("Porto", "4050-262"), ("Faro", "8000-138"),
           ("Braga", "4700-320")],
    "PL": [("Warszawa", "00-238"), ("Kraków", "31-011"), ("Gdańsk", "80-831"),
           ("Wrocław", "50-077"), ("Poznań", "61-772")],
    "IN": [("Bengaluru", "560038"), ("Mumbai", "400050"), ("Pune", "411001"),
           ("Chennai", "600040"), ("Hyderabad", "500034"), ("New Delhi", "110017")],
    "AE": [("Dubai", ""), ("Abu Dhabi", ""), ("Sharjah", "")],
    "NL": [("Amsterdam", "1017 GC"), ("Utrecht", "3511 AB"), ("Rotterdam", "3011 AD"),
           ("Eindhoven", "5611 HW")],
    "IT": [("Milano", "20121"), ("Roma", "00184"), ("Bologna", "40121"),
           ("Torino", "10123")],
}
FOREIGN_LOC = {"FR": "fr_FR", "DE": "de_DE", "ES": "es_ES", "PT": "pt_PT",
               "PL": "pl_PL", "NL": "nl_NL", "IT": "it_IT"}
STREET_SUFFIX = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Way",
                 "Gardens", "Terrace", "Crescent", "Grove", "Place", "Walk", "Row"]
GB_STREETS = ["Station Road", "Church Lane", "Victoria Street", "Park Avenue",
              "Mill Lane", "Manor Road", "Queens Road", "Kings Road",
              "Albert Street", "Chapel Street", "Grange Road", "Highfield Road",
              "Meadow Close", "Orchard Way", "Willow Crescent", "Beech Grove",
              "Elm Tree Drive", "Springfield Road", "Westfield Avenue",
              "The Crescent", "Hawthorn Close", "Cedar Gardens", "Priory Road",
              "Windsor Terrace", "Moorland View", "Rose Hill", "Bridge Street",
              "North Parade", "Castle Street", "Sycamore Court"]
SC_STREETS = ["Burnside Road", "Braehead Crescent", "Glen Avenue", "Kirk Wynd",
              "Netherton Street", "Dumbarton Road", "Craigie Drive",
              "Hillfoot Street", "Bankhead Avenue", "Loanhead Terrace",
              "Shore Road", "Balgray Street"]
IE_STREETS = ["Main Street", "Church View", "Convent Road", "Seafield Park",
              "Oakwood Grove", "Ashbrook Heights", "Castle Court", "Fairgreen",
              "Orchard Lawn", "Beechwood Avenue", "Mill Road", "Strand Street",
              "Cois Abhainn", "Bóthar na Trá"]
US_STREET_BASES = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln",
                   "Lakeview", "Highland", "Park", "Franklin", "Jefferson",
                   "Sunset", "Ridge", "Willow", "Main", "Hickory", "Magnolia"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Lane", "Court", "Boulevard", "Road",
             "Place", "Way", "Circle"]
AU_STREETS = ["Banksia Street", "Wattle Avenue", "Kookaburra Close",
              "Beach Road", "Station Street", "Bay Road", "Eucalyptus Drive",
              "Jacaranda Crescent", "Hill Street", "Marine Parade",
              "Waratah Place", "Bottlebrush Way"]
IN_STREETS = ["MG Road", "Linking Road", "Brigade Road", "Anna Salai",
              "FC Road", "Jubilee Hills Road"]
IN_AREAS = ["Indiranagar", "Bandra West", "Koregaon Park", "T Nagar",
            "Banjara Hills", "Hauz Khas"]
AE_STREETS = ["Al Wasl Road", "Jumeirah Street", "Al Khail Road", "Street 7B",
              "Al Manara Street"]
AE_AREAS = ["Al Barsha", "Jumeirah 1", "Al Quoz", "Mirdif", "Dubai Marina",
            "Al Nahda"]
US_STATE_NAMES = {c[1]: c[2] for c in US_CITIES}
AU_STATE_NAMES = {c[1]: c[2] for c in AU_SUBURBS}
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CHARS = "ACDEFHKNPRTVWXY"


def gb_postcode(area):
    district = rng.randint(1, 9 if len(area) == 1 else 28)
    return "%s%d %d%s" % (area, district, rng.randint(1, 9), letters(2, PC_LETTERS))


class Address:
    def __init__(self, region):
        self.region = region
        self.flat = None
        self.county = None
        self.state = None
        self.area = None
        if region in ("GB", "SC"):
            towns = GB_TOWNS if region == "GB" else SC_TOWNS
            self.town, area = rng.choice(towns)
            self.pc = gb_postcode(area)
            streets = GB_STREETS if region == "GB" else SC_STREETS
            if rng.random() < 0.45:
                self.street = rng.choice(streets)
            else:
                self.street = FK["en_GB"].last_name() + " " + rng.choice(STREET_SUFFIX)
            self.num = str(rng.choice([rng.randint(1, 60), rng.randint(1, 60),
                                       rng.randint(1, 240)]))
            if region == "SC" and rng.random() < 0.3:
                self.flat = "Flat %d/%d" % (rng.randint(0, 3), rng.randint(1, 2))
            elif rng.random() < 0.12:
                self.flat = "Flat %d" % rng.randint(1, 14)
        elif region == "IE":
            self.town, key, self.county = rng.choice(IE_TOWNS)
            self.pc = key + " " + "".join(
                rng.choice(EIR_CHARS) if i in (0, 2) else rng.choice(EIR_CHARS + "0123456789")
                for i in range(4))
            self.street = (rng.choice(IE_STREETS) if rng.random() < 0.6
                           else FK["en_IE"].street_name())
            self.num = str(rng.randint(1, 120))
            if rng.random() < 0.1:
                self.flat = "Apartment %d" % rng.randint(1, 40)
        elif region == "US":
            self.town, self.state, _, zp = rng.choice(US_CITIES)
            self.pc = zp + digits(2)
            base = (rng.choice(US_STREET_BASES) if rng.random() < 0.6
                    else FK["en_US"].last_name())
            self.street = base + " " + rng.choice(US_SUFFIX)
            self.num = str(rng.choice([rng.randint(100, 9999), rng.randint(10, 99999)]))
            if rng.random() < 0.25:
                self.flat = rng.choice(["Apt ", "Unit ", "#"]) + rng.choice(
                    [str(rng.randint(1, 40)), "%d%s" % (rng.randint(1, 9), rng.choice("ABCD"))])
        elif region == "AU":
            self.town, self.state, _, self.pc = rng.choice(AU_SUBURBS)
            self.street = (rng.choice(AU_STREETS) if rng.random() < 0.55
                           else FK["en_AU"].last_name() + " " + rng.choice(STREET_SUFFIX))
            self.num = str(rng.randint(1, 180))
            if rng.random() < 0.3:
                self.flat = str(rng.randint(1, 24))  # unit, written 4/27
        else:
            self.town, self.pc = rng.choice(FOREIGN_CITIES[region])
            self.num = str(rng.randint(1, 150))
            if region == "IN":
                self.street = rng.choice(IN_STREETS)
                self.area = rng.choice(IN_AREAS)
                self.flat = "Flat %d%s" % (rng.randint(1, 12), rng.choice("ABCD"))
            elif region == "AE":
                self.street = rng.choice(AE_STREETS)
                self.area = rng.choice(AE_AREAS)
                self.flat = "Villa"
            else:
                st = FK[FOREIGN_LOC[region]].street_name()
                if region == "PL" and st[:1].isupper():
                    st = "ul. " + st
                    if rng.random() < 0.5:
                        self.flat = str(rng.randint(1, 60))
                self.street = st

    # -- pieces -----------------------------------------------------------
    def line_w(self):
        r = self.region
        if r in ("GB", "SC", "IE"):
            base = "%s %s" % (self.num, self.street)
            return "%s, %s" % (self.flat, base) if self.flat else base
        if r == "US":
            base = "%s %s" % (self.num, self.street)
            if self.flat:
                sep = " " if self.flat.startswith("#") else ", "
                return base + sep + self.flat
            return base
        if r == "AU":
            base = "%s %s" % (self.num, self.street)
            if self.flat:
                return rng.choice(["%s/%s", "Unit %s, %s"]) % (self.flat, base)
            return base
        if r == "FR":
            return "%s %s" % (self.num, self.street)
        if r in ("DE", "NL", "IT"):
            return "%s %s" % (self.street, self.num)
        if r in ("ES", "PT"):
            return "%s, %s" % (self.street, self.num)
        if r == "PL":
            return "%s %s%s" % (self.street, self.num, "/" + self.flat if self.flat else "")
        if r == "IN":
            return "%s, %s %s, %s" % (self.flat, self.num, self.street, self.area)
        if r == "AE":
            return "Villa %s, %s, %s" % (self.num, self.street, self.area)
        raise ValueError(r)

    def house_s(self, n):
        n_i = int(n)
        if n_i < 100:
            return n2w(n_i)
        if n_i < 1000:
            return rng.choice([n2w(n_i, self.region == "US"),
                               " ".join(DIG[int(c)] for c in n),
                               DIG[int(n[0])] + " " + (n2w(int(n[1:])) if n[1] != "0"
                                                       else "oh " + DIG[int(n[2])])])
        if len(n) == 4:
            return " ".join(speak_pairs(n, Voice(CtxStub(self.region))))
        return rng.choice([" ".join(DIG[int(c)] for c in n),
                           n2w(int(n[:2])) + " " + DIG[int(n[2])] + " " +
                           " ".join(speak_pairs(n[3:], Voice(CtxStub(self.region))))])

    def line_s(self):
        r = self.region
        st = self.street.replace("ul. ", "ulica ").replace("R. ", "Rua ").replace(
            "Av ", "Avenida ").replace("C. ", "Calle ")
        num = self.house_s(self.num)
        if r in ("GB", "SC", "IE"):
            pre = ""
            if self.flat:
                f = self.flat.split(" ")[1]
                if "/" in f:
                    a, b = f.split("/")
                    pre = "flat %s %s %s " % (n2w(int(a)), rng.choice(["stroke", "slash"]),
                                              n2w(int(b)))
                else:
                    pre = "%s %s " % (self.flat.split(" ")[0].lower(), n2w(int(f)))
            return pre + num + " " + st
        if r == "US":
            s = num + " " + st
            if self.flat:
                f = self.flat.replace("Apt ", "").replace("Unit ", "").replace("#", "")
                word = {"A": "Apt ", "U": "Unit ", "#": "#"}[self.flat[0]]
                word = {"Apt ": "apartment", "Unit ": "unit", "#": "number"}[word]
                fs = " ".join(n2w(int(c)) if c.isdigit() else c for c in re.findall(r"\d+|[A-Z]", f))
                s += " " + word + " " + fs
            return s
        if r == "AU":
            pre = ("unit %s " % n2w(int(self.flat))) if self.flat else ""
            return pre + num + " " + st
        if r == "IN":
            fl = self.flat.split(" ")[1]
            return "flat %s %s %s %s %s" % (n2w(int(fl[:-1])), fl[-1], num, st, self.area)
        if r == "AE":
            return "villa %s %s %s" % (num, st, self.area)
        if r == "PL" and self.flat:
            return "%s %s flat %s" % (st, num, n2w(int(self.flat)))
        if r in ("DE", "NL", "IT", "ES", "PT", "PL"):
            return st + " " + num
        return num + " " + st

    def pc_w(self):
        return self.pc

    def pc_s(self, v):
        r = self.region
        if r in ("GB", "SC"):
            out_, in_ = self.pc.split(" ")
            lets = "".join(c for c in out_ if c.isalpha())
            dist = out_[len(lets):]
            words = [v.letter(c) for c in lets]
            if len(dist) == 2 and rng.random() < 0.5:
                words.append(n2w(int(dist)))
            else:
                words += [DIG[int(c)] for c in dist]
            words.append(DIG[int(in_[0])])
            words += [v.letter(c) for c in in_[1:]]
            return " ".join(words)
        if r == "US":
            return speak_chars(self.pc, v)
        if r == "AU":
            return speak_chars(self.pc, v, pairs=rng.random() < 0.4)
        return speak_chars(self.pc, v)

    def tail_w(self):
        r = self.region
        if r in ("GB", "SC"):
            return rng.choice(["%s %s", "%s, %s"]) % (self.town, self.pc)
        if r == "IE":
            co = ""
            if self.county and self.county != self.town and rng.random() < 0.6:
                co = rng.choice(["Co. ", "County "]) + self.county + ", "
            return "%s, %s%s" % (self.town, co, self.pc)
        if r == "US":
            return "%s, %s %s" % (self.town, self.state, self.pc)
        if r == "AU":
            return "%s %s %s" % (self.town, self.state, self.pc)
        if r == "AE":
            return self.town
        if r == "IN":
            return "%s %s" % (self.town, self.pc)
        return "%s %s" % (self.pc, self.town)

    def tail_s(self, v):
        r = self.region
        if r in ("GB", "SC"):
            return "%s %s" % (self.town, self.pc_s(v))
        if r == "IE":
            co = ""
            if self.county and self.county != self.town and rng.random() < 0.5:
                co = "county " + self.county + " "
            return "%s %s%s" % (self.town, co, self.pc_s(v))
        if r == "US":
            return "%s %s %s" % (self.town, US_STATE_NAMES[self.state], self.pc_s(v))
        if r == "AU":
            st = AU_STATE_NAMES[self.state] if rng.random() < 0.6 else " ".join(self.state)
            return "%s %s %s" % (self.town, st, self.pc_s(v))
        if r == "AE":
            return self.town
        return "%s %s" % (self.town, self.pc_s(v)) if r == "IN" else \
            "%s %s" % (self.pc_s(v), self.town)

    def render(self, mode, part, ctx):
        """part: full | line_pc | line_town | line | pc"""
        if mode == "w":
            if part == "line":
                return self.line_w()
            if part == "pc":
                return self.pc_w()
            if part == "line_town" or self.region in ("AE",):
                return "%s, %s" % (self.line_w(), self.town)
            if part == "line_pc" and self.region in ("GB", "SC", "IE"):
                return "%s, %s" % (self.line_w(), self.pc)
            return "%s, %s" % (self.line_w(), self.tail_w())
        v = Voice(ctx)
        if part == "line":
            return self.line_s()
        if part == "pc":
            return self.pc_s(v)
        if part == "line_town" or self.region == "AE":
            return "%s %s" % (self.line_s(), self.town)
        if part == "line_pc" and self.region in ("GB", "SC", "IE"):
            return "%s %s" % (self.line_s(), self.pc_s(v))
        return "%s %s" % (self.line_s(), self.tail_s(v))


class CtxStub:
    def __init__(self, region):
        self.region = region


# --------------------------------------------------------------------------
# phone numbers
# --------------------------------------------------------------------------
def gen_phone(region, kind="mobile"):
    r = region
    if r in ("GB", "SC"):
        if kind == "mobile":
            n = "07" + rng.choice("4578899") + digits(8)
            return [n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:],
                    "+44 " + n[1:5] + " " + n[5:], "+44" + n[1:]]
        codes = (["0141", "0131", "01224", "01382", "01463", "01786"] if r == "SC" else
                 ["0113", "0114", "0115", "0116", "0117", "0121", "0151", "0161",
                  "0191", "020", "029", "01223", "01865", "01904", "01392",
                  "01603", "01752", "028"])
        c = rng.choice(codes)
        if c in ("020", "029", "028"):
            rest = rng.choice("3789") + digits(7)
            return [c + " " + rest[:4] + " " + rest[4:], c + rest]
        if len(c) == 4:
            rest = rng.choice("2345789") + digits(6)
            return [c + " " + rest[:3] + " " + rest[3:], c + " " + rest, c + rest]
        rest = rng.choice("2345789") + digits(5)
        return [c + " " + rest, c + rest]
    if r == "IE":
        if kind == "mobile":
            n = "08" + rng.choice("35679") + digits(7)
            return [n[:3] + " " + n[3:6] + " " + n[6:], n,
                    "+353 " + n[1:3] + " " + n[3:6] + " " + n[6:], n[:3] + " " + n[3:]]
        c = rng.choice(["01", "021", "091", "061", "051"])
        rest = rng.choice("2456789") + digits(6 if c in ("01", "021") else 5)
        return [c + " " + rest[:3] + " " + rest[3:], c + " " + rest]
    if r == "US":
        a = rng.choice(["212", "415", "312", "617", "512", "303", "503", "813",
                        "518", "718", "602", "919", "208", "608", "916", "619",
                        "404", "615", "402", "412", "804", "973"])
        e = rng.choice("23456789") + digits(2)
        ln = digits(4)
        return ["(%s) %s-%s" % (a, e, ln), "%s-%s-%s" % (a, e, ln),
                "%s.%s.%s" % (a, e, ln), "+1 %s %s %s" % (a, e, ln),
                "%s%s%s" % (a, e, ln), "1-%s-%s-%s" % (a, e, ln)]
    if r == "AU":
        if kind == "mobile":
            n = "04" + digits(8)
            return [n[:4] + " " + n[4:7] + " " + n[7:], "+61 " + n[1:4] + " " + n[4:7] + " " + n[7:], n]
        c = rng.choice(["02", "03", "07", "08"])
        rest = rng.choice("3456789") + digits(7)
        return ["(%s) %s %s" % (c, rest[:4], rest[4:]), "%s %s %s" % (c, rest[:4], rest[4:])]
    if r == "FR":
        n = rng.choice("67") + digits(8)
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return ["+33 %s %s" % (n[0], pairs), "0%s %s" % (n[0], pairs)]
    if r == "DE":
        n = "15" + rng.choice("1279") + digits(8)
        return ["+49 %s %s" % (n[:3], n[3:]), "0%s %s" % (n[:3], n[3:])]
    if r == "ES":
        n = "6" + digits(8)
        return ["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])]
    if r == "PT":
        n = "9" + rng.choice("1236") + digits(7)
        return ["+351 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:])]
    if r == "PL":
        n = rng.choice("5678") + digits(8)
        return ["+48 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])]
    if r == "IN":
        n = rng.choice("6789") + digits(9)
        return ["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "0%s" % n]
    if r == "AE":
        n = "5" + rng.choice("0256") + digits(7)
        return ["+971 %s %s %s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])]
    if r == "NL":
        n = "6" + digits(8)
        return ["+31 6 %s" % n[1:], "06-%s" % n[1:], "06 %s %s" % (n[1:5], n[5:])]
    if r == "IT":
        n = "3" + digits(9)
        return ["+39 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s" % (n[:3], n[3:])]
    raise ValueError(r)


class Code:
    """A value made of characters (numbers, IDs) with written variants."""

    def __init__(self, variants, weights=None, pair_prob=0.0, dash_word=False,
                 letter_style=None):
        self.variants = variants
        self.weights = weights
        self.pair_prob = pair_prob
        self.dash_word = dash_word
        self.letter_style = letter_style

    def pick(self):
        if self.weights:
            return rng.choices(self.variants, self.weights[:len(self.variants)])[0]
        return rng.choice(self.variants)

    def render(self, mode, ctx):
        base = self.pick()
        if mode == "w":
            return base
        v = Voice(ctx, self.letter_style)
        return speak_chars(base, v, dash_word=self.dash_word and rng.random() < 0.3,
                           pairs=rng.random() < self.pair_prob)

    def wrong(self, k=1):
        return Code(mutate_digits(self.variants, k), self.weights, self.pair_prob,
                    self.dash_word, self.letter_style)


# --------------------------------------------------------------------------
# e-mail, URL, IP
# --------------------------------------------------------------------------
EMAIL_DOMAINS = {
    "GB": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk",
           "btinternet.com", "icloud.com", "live.co.uk", "sky.com",
           "virginmedia.com", "aol.co.uk"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie",
           "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net",
           "icloud.com", "hotmail.com"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com.au",
           "hotmail.com", "icloud.com"],
    "FR": ["orange.fr", "gmail.com", "free.fr", "laposte.net"],
    "DE": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es"],
    "PT": ["sapo.pt", "gmail.com"],
    "PL": ["wp.pl", "onet.pl", "gmail.com", "o2.pl"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "AE": ["gmail.com", "hotmail.com", "emirates.net.ae"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "IT": ["libero.it", "gmail.com", "virgilio.it"],
}
EMAIL_DOMAINS["SC"] = EMAIL_DOMAINS["GB"]
SPOKEN_TOKENS = {"btinternet": ["b t internet", "bt internet"], "gmx": ["g m x"],
                 "wp": ["w p"], "aol": ["a o l", "aol"], "ie": ["i e", "ie"],
                 "de": ["d e", "de"], "fr": ["f r"], "pl": ["p l"],
                 "au": ["a u", "au"], "nl": ["n l"], "es": ["e s"],
                 "pt": ["p t"], "it": ["i t"], "ae": ["a e"], "o2": ["o two"],
                 "gmail": ["gmail", "g mail"], "uk": ["uk", "u k"],
                 "kpnmail": ["k p n mail"], "www": ["w w w", "www", "double u double u double u"],
                 "in": ["in", "i n"], "t": ["t"]}


def name_token(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


class TokenValue:
    """E-mail or URL stored as tokens: ('w', word) ('d', digits) ('p', punct)."""

    def __init__(self, toks):
        self.toks = toks

    def render(self, mode, ctx):
        if mode == "w":
            return "".join(t[1] for t in self.toks)
        out = []
        spelled_done = False
        for i, tok in enumerate(self.toks):
            k, s = tok[0], tok[1]
            if k == "p":
                out.append({".": "dot", "@": "at", "_": "underscore",
                            "-": rng.choice(["dash", "hyphen"]),
                            "/": rng.choice(["slash", "forward slash"]),
                            ":": "colon", "//": "slash slash"}[s])
            elif k == "d":
                if len(s) == 2 and s[0] != "0" and rng.random() < 0.6:
                    out.append(n2w(int(s)))
                elif len(s) == 4 and s[:2] in ("19", "20") and rng.random() < 0.6:
                    out.append(year_words(int(s)))
                else:
                    out.append(" ".join(DIG[int(c)] if c != "0" else rng.choice(["oh", "zero"])
                                        for c in s))
            elif k == "l":  # a single initial or short code: spell
                out.append(" ".join(s))
            else:
                if len(tok) > 2 and rng.random() < 0.75:
                    out.append(tok[2])
                elif s in SPOKEN_TOKENS:
                    out.append(rng.choice(SPOKEN_TOKENS[s]))
                else:
                    out.append(s)
                    if (not spelled_done and len(s) >= 5 and rng.random() < 0.15
                            and i + 1 < len(self.toks) and self.toks[i + 1][1] in "._@"):
                        out.append(rng.choice(["that's ", "spelt ", ""]) +
                                   " ".join(s))
                        spelled_done = True
            if k == "w" and i + 1 < len(self.toks) and self.toks[i + 1] == ("p", "@") \
                    and rng.random() < 0.12:
                out.append(rng.choice(["all one word", "all lower case"]))
        return " ".join(out)


def domain_tokens(dom):
    toks = []
    for part in re.split(r"(\.|-)", dom):
        if part in (".", "-"):
            toks.append(("p", part))
        elif part:
            toks.append(("d" if part.isdigit() else "w", part))
    return toks


def gen_email(first, last, region, yob, work=None):
    f, l = name_token(first) or "info", name_token(last) or "mail"
    pat = rng.randint(0, 8)
    if pat == 0:
        loc = [("w", f), ("p", "."), ("w", l)]
    elif pat == 1:
        loc = [("w", f + l, f + " " + l)]
    elif pat == 2:
        loc = [("l", f[0]), ("p", "."), ("w", l)]
    elif pat == 3:
        loc = [("w", f), ("p", "_"), ("w", l)]
    elif pat == 4:
        loc = [("w", f), ("p", "."), ("w", l), ("d", "%02d" % (yob % 100))]
    elif pat == 5:
        loc = [("w", f + l[0], f + " " + l[0]), ("d", str(rng.randint(10, 99)))]
    elif pat == 6:
        loc = [("w", l), ("p", "."), ("w", f)]
    elif pat == 7:
        loc = [("w", f), ("d", str(yob))]
    else:
        loc = [("l", f[0]), ("w", l), ("d", str(rng.randint(1, 9)))]
    if work:
        dom = work
    else:
        dom = rng.choice(EMAIL_DOMAINS[region])
    return TokenValue(loc + [("p", "@")] + domain_tokens(dom))


TLD = {"GB": ".co.uk", "SC": ".co.uk", "IE": ".ie", "US": ".com", "AU": ".com.au",
       "FR": ".fr", "DE": ".de", "ES": ".es", "PT": ".pt", "PL": ".pl",
       "IN": ".in", "AE": ".ae", "NL": ".nl", "IT": ".it"}
TRADES = ["plumbing", "joinery", "photography", "electrical", "cakes", "design",
          "gardens", "tutoring", "roofing", "dogwalking", "accounts", "studio"]


def gen_url(first, last, region):
    f, l = name_token(first), name_token(last)
    trade = rng.choice(TRADES)
    kind = rng.randint(0, 4)
    if kind <= 1:
        style = rng.randint(0, 2)
        if style == 0:
            name_toks = [("w", l + trade, l + " " + trade)]
        elif style == 1:
            name_toks = [("w", f + l + trade, f + " " + l + " " + trade)]
        else:
            name_toks = [("w", l), ("p", "-"), ("w", trade)]
        pre = rng.choice(["", "www.", "https://www.", "https://"])
        toks = []
        if pre.startswith("https"):
            toks += [("w", "https"), ("p", ":"), ("p", "//")]
        if "www" in pre:
            toks += [("w", "www"), ("p", ".")]
        toks += name_toks + [("p", ".")] + domain_tokens(TLD[region][1:])
        return TokenValue(toks)
    if kind == 2:
        toks = [("w", "linkedin"), ("p", "."), ("w", "com"), ("p", "/"), ("w", "in"),
                ("p", "/"), ("w", f), ("p", "-"), ("w", l)]
        if rng.random() < 0.6:
            toks += [("p", "-"), ("d", digits(rng.choice([3, 4])))]
        if rng.random() < 0.3:
            toks = [("w", "www"), ("p", ".")] + toks
        return TokenValue(toks)
    if kind == 3:
        toks = [("w", "instagram"), ("p", "."), ("w", "com"), ("p", "/"),
                ("w", f + l, f + " " + l)]
        if rng.random() < 0.5:
            toks += [("p", "_"), ("w", trade)]
        return TokenValue(toks)
    return TokenValue([("w", "facebook"), ("p", "."), ("w", "com"), ("p", "/"),
                       ("w", l + trade, l + " " + trade)])


PUBLIC_FIRST = [31, 37, 51, 62, 77, 78, 81, 82, 86, 88, 90, 92, 94, 109, 146,
                151, 176, 178, 185, 188, 194, 212, 213, 217, 24, 47, 68, 73,
                98, 99, 101, 110, 115, 120, 124, 202]


class IP:
    def __init__(self, v6=False):
        self.v6 = v6
        self.oct = [rng.choice(PUBLIC_FIRST), rng.randint(0, 255), rng.randint(0, 255),
                    rng.randint(1, 254)]
        self.v6s = "2a00:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff),
                                          rng.randint(0, 0xffff), rng.randint(1, 0xff))

    def render(self, mode, ctx):
        if mode == "w":
            return self.v6s if self.v6 else ".".join(map(str, self.oct))
        sep = rng.choice([" dot ", " dot ", " point "])
        words = []
        v = Voice(ctx)
        for o in self.oct:
            s = str(o)
            if len(s) == 3 and rng.random() < 0.5:
                words.append(" ".join(v.digit(c) for c in s))
            else:
                words.append(n2w(o, us=True))
        return sep.join(words)


# --------------------------------------------------------------------------
# dates of birth and other dates
# --------------------------------------------------------------------------
class DOB:
    def __init__(self, y0, y1):
        self.y = rng.randint(y0, y1)
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, 28)

    def wrong(self):
        o = DOB(self.y, self.y)
        o.m, o.d = self.m, self.d
        if rng.random() < 0.5:
            o.y = self.y + rng.choice([-1, 1, 10])
        else:
            o.d = rng.choice([x for x in range(1, 29) if x != self.d])
        return o

    def render(self, mode, ctx):
        """Returns list of pieces (a leading 'the' stays outside the span)."""
        d, m, y = self.d, self.m, self.y
        us = ctx.region == "US"
        mon = MONTHS[m - 1]
        if mode == "w":
            if us:
                f = rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                                "%s %d, %d" % (mon, d, y), "%s %s %d" % (mon, ordsuf(d), y),
                                "%02d-%02d-%d" % (m, d, y)])
            elif ctx.region in ("DE", "PL", "NL"):
                f = rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)])
            else:
                f = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100),
                                "%d %s %d" % (d, mon, y), "%s %s %d" % (ordsuf(d), mon, y),
                                "%s of %s %d" % (ordsuf(d), mon, y), "%02d-%02d-%d" % (d, m, y),
                                "%d %s %d" % (d, mon[:3], y)])
            return [(f, "DATE_OF_BIRTH")]
        yw = year_words(y) if rng.random() < 0.7 else n2w(y % 100) if y % 100 >= 10 else year_words(y)
        if us:
            k = rng.randint(0, 2)
            if k == 0:
                return [("%s %s %s" % (mon, ordw(d), yw), "DATE_OF_BIRTH")]
            if k == 1:
                return [("%s %s %s" % (n2w(m), n2w(d), yw), "DATE_OF_BIRTH")]
            return [("%s %s %s" % (mon, n2w(d), yw), "DATE_OF_BIRTH")]
        k = rng.randint(0, 5)
        if k == 0:
            return [("the ", None), ("%s of %s %s" % (ordw(d), mon, yw), "DATE_OF_BIRTH")]
        if k == 1:
            return [("%s %s %s" % (ordw(d), mon, yw), "DATE_OF_BIRTH")]
        if k == 2:
            return [("the ", None), ("%s of the %s %s" % (ordw(d), ordw(m), yw), "DATE_OF_BIRTH")]
        if k == 3:
            v = Voice(ctx)
            s = "%02d%02d%02d" % (d, m, y % 100)
            return [(" ".join(v.digit(c) for c in s), "DATE_OF_BIRTH")]
        if k == 4:
            v = Voice(ctx)
            mm = "%02d" % m
            return [("%s %s %s" % (n2w(d), " ".join(v.digit(c) for c in mm), yw), "DATE_OF_BIRTH")]
        return [("%s %s %s" % (mon, ordw(d), yw), "DATE_OF_BIRTH")]


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = rng.choice(NI_A) + rng.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(6)
    s = rng.choice("ABCD")
    return Code([p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s,
                 p + d + s, p + " " + d + " " + s], weights=[4, 4, 2])


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return Code(["%03d-%02d-%04d" % (a, g, s), "%03d %02d %04d" % (a, g, s),
                 "%03d%02d%04d" % (a, g, s)], weights=[6, 2, 2])


def gen_nhs():
    while True:
        d = str(rng.randint(4, 9)) + digits(8)
        s = sum(int(d[i]) * (10 - i) for i in range(9))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = d + str(c)
            assert nhs_ok(n)
            return Code([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:6] + "-" + n[6:]],
                        weights=[6, 3, 1])


def gen_medicare_au():
    d = str(rng.randint(2, 6)) + digits(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    n = d + str(sum(int(d[i]) * w[i] for i in range(8)) % 10) + str(rng.randint(1, 5))
    assert medicare_ok(n)
    return Code([n[:4] + " " + n[4:9] + " " + n[9], n], weights=[6, 4])


def gen_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    c = (str(rng.randint(1, 9)) + rng.choice(A) + rng.choice(AN) + digits(1) + rng.choice(A)
         + rng.choice(AN) + digits(1) + rng.choice(A) + rng.choice(A) + digits(2))
    return Code([c[:4] + "-" + c[4:7] + "-" + c[7:], c], weights=[5, 5], letter_style="plain")


def gen_pps():
    d = digits(7)
    sec = "A" if rng.random() < 0.35 else ""
    n = d + pps_check(d, sec) + sec
    return Code([n, d + " " + n[7:]], weights=[7, 3])


def gen_passport(region):
    r = region
    if r in ("GB", "SC"):
        d = str(rng.randint(1, 9)) + digits(8)
        return Code([d])
    if r == "US":
        return Code([rng.choice([str(rng.randint(1, 9)) + digits(8), rng.choice("ACEFGH") + digits(8)])])
    if r == "IE":
        return Code([letters(2, "PLNTA") + digits(7)])
    if r == "AU":
        return Code([rng.choice("NPEMR") + rng.choice(["", rng.choice("ABCD")]) + digits(7)])
    if r == "FR":
        return Code([digits(2) + letters(2) + digits(5)])
    if r == "DE":
        return Code(["C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))])
    if r == "ES":
        return Code([letters(3) + digits(6)])
    if r == "PT":
        return Code([letters(2) + digits(6)])
    if r == "PL":
        return Code([letters(2) + digits(7)])
    if r == "IN":
        return Code([rng.choice("JKLMNPRSTUVZ") + digits(7)])
    if r == "AE":
        return Code([rng.choice("NP") + digits(7)])
    if r == "NL":
        return Code([letters(2) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + digits(1)])
    return Code([letters(2) + digits(7)])


def gen_licence(ctx, person=None):
    r = ctx.region
    first, last, gender, dob = person or (ctx.first, ctx.last, ctx.gender, ctx.dob_obj())
    if r in ("GB", "SC"):
        sur = re.sub(r"[^A-Z]", "", fold(last).upper())[:5].ljust(5, "9")
        mm = dob.m + (50 if gender == "f" else 0)
        ini = re.sub(r"[^A-Z]", "", fold(first).upper())[:1] + rng.choice([letters(1), "9"])
        core = "%s%d%02d%02d%d%s9%s" % (sur, (dob.y // 10) % 10, mm, dob.d, dob.y % 10, ini,
                                      letters(2))
        assert len(core) == 16
        return Code([core, core[:5] + " " + core[5:11] + " " + core[11:],
                     core + " " + digits(2)], weights=[6, 3, 1])
    if r == "US":
        fmt = rng.randint(0, 3)
        if fmt == 0:
            return Code([rng.choice("ABDFGNS") + digits(7)])
        if fmt == 1:
            d = digits(9)
            return Code([d[:3] + " " + d[3:6] + " " + d[6:], d])
        if fmt == 2:
            d = digits(11)
            L = rng.choice("ABDFGKLMS")
            return Code(["%s%s-%s-%s" % (L, d[:3], d[3:7], d[7:]), L + d])
        return Code([digits(8)])
    if r == "IE":
        d = digits(9)
        return Code([d, d[:3] + " " + d[3:6] + " " + d[6:]])
    if r == "AU":
        return Code([digits(rng.choice([8, 9])), rng.choice("ABCDEFG") + digits(7)])
    return Code([letters(2) + digits(7)])


def gen_card(prefer_amex=False):
    k = rng.choices(["visa", "mc", "mc2", "amex", "disc"], [50, 25, 8, 12, 5])[0]
    if prefer_amex:
        k = "amex"
    if k == "visa":
        n = luhn_complete("4" + digits(14))
    elif k == "mc":
        n = luhn_complete("5" + rng.choice("12345") + digits(13))
    elif k == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)) + digits(11))
    elif k == "amex":
        n = luhn_complete("3" + rng.choice("47") + digits(12))
    else:
        n = luhn_complete("6011" + digits(11))
    assert luhn_ok(n)
    if len(n) == 15:
        vs = [n[:4] + " " + n[4:10] + " " + n[10:], n, n[:4] + "-" + n[4:10] + "-" + n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
        vs = [" ".join(g), n, "-".join(g)]
    c = Code(vs, weights=[6, 3, 1], pair_prob=0.2)
    c.digits = n
    c.amex = len(n) == 15
    return c


IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "CITI"],
              "IE": ["AIBK", "BOFI", "IPBS"], "NL": ["ABNA", "INGB", "RABO", "TRIO"]}


def gen_iban(cc):
    if cc in ("GB", "IE"):
        bban = rng.choice(IBAN_BANKS[cc]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "PT":
        bban = digits(21)
    elif cc == "PL":
        bban = digits(24)
    elif cc == "NL":
        bban = rng.choice(IBAN_BANKS["NL"]) + digits(10)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + digits(22)
    else:
        raise ValueError(cc)
    iban = make_iban(cc, bban)
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    c = Code([grouped, iban], weights=[6, 4])
    c.iban = iban
    return c


def gen_sortcode():
    d = rng.choice(["20", "40", "30", "60", "07", "09", "77", "11", "16", "83", "82", "23"]) + digits(4)
    return Code([d[:2] + "-" + d[2:4] + "-" + d[4:], d, d[:2] + " " + d[2:4] + " " + d[4:]],
                weights=[6, 2, 2], pair_prob=0.45)


def gen_ukacct():
    d = digits(8)
    return Code([d, d[:4] + " " + d[4:]], weights=[8, 2], pair_prob=0.1)


def gen_routing():
    while True:
        d = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                        "11", "12", "21", "22", "26", "31"]) + digits(6)
        for c in "0123456789":
            if aba_ok(d + c):
                return Code([d + c])


def gen_usacct():
    return Code([digits(rng.randint(8, 12))])


def gen_bsb():
    d = rng.choice(["06", "03", "08", "01", "73", "48"]) + digits(4)
    return Code([d[:3] + "-" + d[3:], d, d[:3] + " " + d[3:]], weights=[6, 3, 1])


def gen_auacct():
    d = digits(rng.choice([6, 8, 9]))
    return Code([d, d[:4] + " " + d[4:]], weights=[7, 3])


# customer identifiers per (fictional) company
def cid(kind, company):
    if company == "Brightwell Energy":
        d = digits(8)
        return Code(["BWE" + d, "BWE-%s-%s" % (d[:4], d[4:]), "BWE %s %s" % (d[:4], d[4:])])
    if company == "Calder Gas & Power":
        d = "10" + digits(9)
        return Code([d, "%s %s %s" % (d[:4], d[4:8], d[8:])])
    if company == "Kestrel Mobile":
        if kind == "contract":
            d = digits(7)
            return Code(["KMC-" + d, "KMC" + d], dash_word=True)
        d = "3" + digits(9)
        return Code([d, "%s %s %s" % (d[:3], d[3:6], d[6:])])
    if company == "Fibrelink":
        d = digits(9)
        return Code(["FL" + d, "FL-%s-%s-%s" % (d[:3], d[3:6], d[6:])])
    if company == "Harbourside Insurance":
        if kind == "claim":
            d = digits(8)
            return Code(["CLM-" + d, "CLM" + d, "CLM %s %s" % (d[:4], d[4:])], dash_word=True)
        t = rng.choice(["HOM", "MTR", "TRV", "LND"])
        d = digits(7)
        return Code(["HSI/%s/%s" % (t, d), "HSI-%s-%s" % (t, d), "HSI%s%s" % (t, d)],
                    weights=[6, 2, 2])
    if company == "Albion Direct":
        if kind == "claim":
            c = "AD" + digits(7) + letters(1)
            return Code([c])
        t = rng.choice(["HM", "MC", "CV"])
        d = digits(6)
        return Code(["ALB-%s-%s" % (t, d), "ALB%s%s" % (t, d)], dash_word=True)
    if company == "Northgate Bank":
        d = rng.choice("6789") + digits(11)
        return Code([d, "%s %s %s" % (d[:4], d[4:8], d[8:])])
    if company == "Tamar Valley Water":
        d = "4" + digits(9)
        return Code([d, "%s %s" % (d[:5], d[5:]), "%s-%s" % (d[:5], d[5:])])
    if company == "Roadstar Car Hire":
        if kind == "claim":
            d = digits(6)
            return Code(["DMG-" + d, "DMG" + d], dash_word=True)
        c = "RS" + digits(1) + letters(2) + digits(3)
        return Code([c, "%s-%s-%s" % (c[:2], c[2:5], c[5:]), c.lower()], weights=[5, 4, 1])
    if company == "Meridian Health":
        if kind == "claim":
            d = digits(7)
            return Code(["MHC-" + d, "MHC" + d])
        d = digits(8)
        return Code(["MH" + d, "MH %s %s" % (d[:4], d[4:])])
    raise ValueError(company)


COMPANIES = {"energy": ["Brightwell Energy", "Calder Gas & Power"],
             "telecom": ["Kestrel Mobile"], "broadband": ["Fibrelink"],
             "insurance": ["Harbourside Insurance", "Albion Direct"],
             "bank": ["Northgate Bank"], "water": ["Tamar Valley Water"],
             "carhire": ["Roadstar Car Hire"], "health": ["Meridian Health"]}
PRIMARY_KIND = {"insurance": "policy", "carhire": "booking", "health": "member",
                "telecom": "acct"}
TARIFFS = {
    "energy": ["Fix & Save 24", "Economy 7", "Simply Variable", "Green Fixed 12",
               "the standard variable", "Tracker Flex", "EV Night Saver"],
    "telecom": ["Unlimited Plus", "SIM Only 20GB", "Family Share 4", "Pay Monthly Lite",
                "the Essentials 30GB plan", "Unlimited Max 5G"],
    "broadband": ["Full Fibre 500", "Fibre 80", "Superfast 150", "Gigafast 900",
                  "Broadband Essentials"],
    "insurance": ["Comprehensive Plus", "Third Party Fire and Theft", "Home Essentials",
                  "Buildings and Contents Gold"],
    "bank": ["the Everyday Saver", "the Reward account", "Premier"],
    "water": ["the Assessed Household Charge", "the single occupier tariff", "WaterSure Plus"],
    "carhire": ["Super Cover", "Basic Protection", "Zero Excess"],
    "health": ["Gold Hospital Cover", "Silver Plus Extras", "Family Essentials",
               "Top Cover 80"],
}
MODELS = {
    "telecom": ["iPhone 15 Pro", "Galaxy S24", "Pixel 8a", "Moto G84", "iPhone 13 mini",
                "Galaxy A55", "Nokia G42"],
    "broadband": ["Hub 6", "Smart Hub 2", "Fibrelink Hub 3", "Archer AX55", "Fritz!Box 7530",
                  "Deco X20"],
    "carhire": ["Ford Fiesta", "VW Golf", "Toyota Yaris", "Nissan Qashqai", "Kia Sportage",
                "Vauxhall Corsa", "Tesla Model 3", "Hyundai Tucson", "Skoda Octavia"],
    "energy": ["SMETS2 meter", "Hive thermostat", "in-home display"],
}
MODELS["insurance"] = MODELS["carhire"]
EMPLOYERS = {
    "GB": ["Leeds City Council", "Tesco", "Sainsbury's", "the Royal Mail", "Amazon",
           "Deloitte", "Aldi", "Rolls-Royce", "BAE Systems", "Greggs", "John Lewis"],
    "SC": ["NHS Lothian", "Glasgow City Council", "Scottish Water", "ScotRail",
           "the University of Aberdeen", "Baxters"],
    "IE": ["Intel Ireland", "Ryanair", "Dunnes Stores", "St James's Hospital",
           "Cork County Council", "Kerry Group", "Penneys"],
    "US": ["Walmart", "Kaiser Permanente", "Target", "Home Depot", "Delta Air Lines",
           "the Ohio Department of Transportation", "Wells Fargo"],
    "AU": ["Woolworths", "Bunnings", "Qantas", "Telstra", "the Department of Education",
           "Coles"],
}
SECRET_PETS = ["Biscuit", "Pepper", "Rolo", "Alfie", "Mittens", "Bella", "Lola",
               "Skip", "Buster", "Tilly", "Pickles", "Rufus", "Luna", "Whiskers"]
SECRET_WORDS = ["marmalade", "buttercup", "lighthouse", "penguin", "rhubarb",
                "cobblestone", "tangerine", "hopscotch", "kingfisher", "sandcastle"]
SECRET_SCHOOLS = ["St Anne's Primary", "Oakfield Juniors", "Holy Cross", "Park Lane Primary",
                  "Scoil Mhuire", "Lincoln Elementary", "Brookside Infants"]
PW_WORDS = ["sunflower", "liverpool", "buster", "marmalade", "tigger", "chelsea",
            "bluebell", "summer", "dragon", "rosie", "pumpkin", "monkey", "thunder",
            "celtic", "spitfire", "daisy"]
PW_SYMBOLS = {"!": "exclamation mark", "#": "hash", "@": "at sign", "$": "dollar sign",
              "*": "star", "&": "and sign"}
TOWNS_ALONE = {"GB": [t[0] for t in GB_TOWNS], "SC": [t[0] for t in SC_TOWNS],
               "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Killarney",
                      "Athlone", "Sligo"],
               "US": [c[0] for c in US_CITIES] + ["Chicago", "Seattle", "Miami"],
               "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Cairns",
                      "Hobart", "Geelong"]}
COUNTRIES = ["Spain", "Portugal", "France", "Turkey", "the States", "Greece", "Dubai",
             "Thailand", "Canada", "Italy", "Morocco", "Iceland"]
RELATIONS_M = ["brother", "son", "nephew", "husband"]
RELATIONS_F = ["sister", "daughter", "niece", "wife"]
RELATIONS_N = ["neighbour", "carer", "partner"]


# --------------------------------------------------------------------------
# context (one per utterance)
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, region, sector, channel, target, lower):
        self.region = region
        self.channel = channel
        self.target = target
        self.lower = lower
        if sector == "generic":
            opts = ["energy", "telecom", "broadband", "insurance", "bank", "carhire", "health"]
            if region in ("GB", "SC"):
                opts.append("water")
            sector = rng.choice(opts)
        self.sector = sector
        self.company = rng.choice(COMPANIES[sector])
        self.nloc = pick_w(NAME_LOC[region])
        self.gender = rng.choice("mf")
        self.first = gen_first(self.nloc, self.gender)
        self.last = gen_last(self.nloc)
        if rng.random() < 0.08:
            self.title = "Dr"
        elif self.gender == "m":
            self.title = "Mr"
        else:
            self.title = rng.choices(["Mrs", "Ms", "Miss"], [5, 3, 2])[0]
        if region == "US" and rng.random() < 0.5:
            self.title += "."
        self.cache = {}
        us = region == "US"
        self.cur = {"GB": "GBP", "SC": "GBP", "US": "USD", "AU": "AUD",
                    "IE": "EUR"}.get(region, rng.choice(["GBP", "EUR"]))
        self.us = us

    def get(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def dob_obj(self):
        return self.get("dob", lambda: DOB(1938, 2004))

    def home(self):
        return self.get("addr", lambda: Address(self.region))

    def email_region(self):
        return self.region


# --------------------------------------------------------------------------
# slot renderers: each returns (pieces, kind) ; kind 'w' / 's' / None
# pieces: (text, TYPE) with TYPE None = carrier text, 'NP' = non-PII value
# --------------------------------------------------------------------------
REG = {}


def slot(name, modal, pii=True):
    def deco(fn):
        REG[name] = (fn, modal, pii)
        return fn
    return deco


def other_person(ctx, opt, key="other"):
    def mk():
        g = opt if opt in ("m", "f") else rng.choice("mf")
        first = gen_first(ctx.nloc, g)
        last = ctx.last if rng.random() < 0.55 else gen_last(ctx.nloc)
        return (first, last, g)
    return ctx.get(key + (opt or ""), mk)


@slot("name", False)
def r_name(ctx, mode, opt):
    return [("%s %s" % (ctx.first, ctx.last), "PERSON")], None


@slot("first", False)
def r_first(ctx, mode, opt):
    return [(ctx.first, "PERSON")], None


@slot("tfull", False)
def r_tfull(ctx, mode, opt):
    return [("%s %s %s" % (ctx.title, ctx.first, ctx.last), "PERSON")], None


@slot("tsur", False)
def r_tsur(ctx, mode, opt):
    return [("%s %s" % (ctx.title, ctx.last), "PERSON")], None


@slot("surname_spell", False)
def r_surname_spell(ctx, mode, opt):
    last = ctx.last
    if mode == "s" or (ctx.channel == "p" and ctx.target != "written"):
        v = Voice(ctx)
        sp = spell_word(last, v)
        k = rng.randint(0, 2)
        if k == 0:
            return [(sp, "PERSON")], None
        return [(last, "PERSON"), (rng.choice([", that's ", " ", ", spelt ", ", it's "]), None),
                (sp, "PERSON")], None
    if rng.random() < 0.5:
        return [(last, "PERSON")], None
    return [(last, "PERSON"), (", ", None), ("-".join(c.upper() for c in fold(last) if c.isalpha()),
                                             "PERSON")], None


@slot("other", False)
def r_other(ctx, mode, opt):
    f, l, g = other_person(ctx, opt)
    if rng.random() < 0.15:
        t = "Mr" if g == "m" else rng.choice(["Mrs", "Ms"])
        return [("%s %s %s" % (t, f, l), "PERSON")], None
    return [("%s %s" % (f, l), "PERSON")], None


@slot("other_first", False)
def r_other_first(ctx, mode, opt):
    f, l, g = other_person(ctx, opt)
    return [(f, "PERSON")], None


@slot("worker", False)
def r_worker(ctx, mode, opt):
    def mk():
        g = rng.choice("mmmf")
        loc = rng.choice(["en_GB", "en_GB", "en_IE", "en_US", "en_AU", "pl_PL", "en_IN"])
        return gen_first(loc, g), gen_last(loc)
    f, l = ctx.get("worker", mk)
    if rng.random() < 0.55:
        return [(f, "PERSON")], None
    return [("%s %s" % (f, l), "PERSON")], None


@slot("agent", False)
def r_agent(ctx, mode, opt):
    loc = rng.choice(["en_GB", "en_IE", "en_US", "en_AU", "en_IN"])
    return [(gen_first(loc, opt or rng.choice("mf")), "PERSON")], None


@slot("doctor", False)
def r_doctor(ctx, mode, opt):
    loc = rng.choice(["en_GB", "en_IN", "en_IE", "en_US", "ar", "it_IT", "pl_PL"])
    g = opt or rng.choice("mf")
    last = gen_last(loc)
    k = rng.randint(0, 3)
    if k == 0:
        return [("Dr %s" % last, "PERSON")], None
    if k == 1:
        return [("Dr %s %s" % (gen_first(loc, g), last), "PERSON")], None
    if k == 2:
        return [(("Mr %s" if g == "m" else "Ms %s") % last, "PERSON")], None
    return [("Dr. %s" % last if ctx.us else "Doctor %s" % last, "PERSON")], None


@slot("maiden", False)
def r_maiden(ctx, mode, opt):
    return [(gen_last(ctx.nloc if ctx.nloc != "scot" else "en_GB"), "SECRET")], None


@slot("sec_answer", False)
def r_sec_answer(ctx, mode, opt):
    k = rng.randint(0, 3)
    if k == 0:
        return [(rng.choice(SECRET_PETS), "SECRET")], None
    if k == 1:
        return [(rng.choice(SECRET_WORDS), "SECRET")], None
    if k == 2:
        return [(rng.choice(SECRET_SCHOOLS), "SECRET")], None
    return [(rng.choice(SECRET_PETS), "SECRET"), (rng.choice([", my first dog", ", the cat's name",
                                                            ", that was our first dog"]), None)], None


def phone_obj(ctx, key="phone"):
    def mk():
        if key == "phone2":
            kind = "landline" if rng.random() < 0.6 else "mobile"
            return Code(gen_phone(ctx.region, kind), weights=[5, 3, 2, 2, 1, 1])
        if key == "phone_abroad":
            r = rng.choice(FOREIGN + ["US", "AU"])
            vs = gen_phone(r, "mobile")
            intl = [x for x in vs if x.startswith("+")]
            return Code(intl or vs)
        return Code(gen_phone(ctx.region, "mobile" if rng.random() < 0.85 else "landline"),
                    weights=[5, 3, 2, 2, 1, 1])
    return ctx.get(key, mk)


def render_code(code, mode, ctx, opt, typ, key):
    """Common handling of options for code-like values."""
    if opt == "wrong":
        code = ctx.get(key + "_wrong", lambda: code.wrong(rng.choice([1, 2])))
    if opt == "irregular":
        if mode == "w":
            return [(irregular(code.render("w", ctx)), typ)]
        return [(insert_filler(code.render("s", ctx)), typ)]
    text = code.render(mode, ctx)
    if opt == "filler":
        return [(insert_filler(text), typ)]
    if opt == "split":
        toks = text.split(" ")
        inter = rng.choice([" Agent: Yep. Customer: ", " Agent: Mm-hm. Customer: ",
                            " Agent: Sorry, you broke up there. Customer: ",
                            " Agent: Okay, go on. Customer: ", " Agent: Got that. Customer: "])
        if len(toks) >= 2:
            k = rng.randint(1, len(toks) - 1)
            return [(" ".join(toks[:k]), typ), (inter, None), (" ".join(toks[k:]), typ)]
        k = len(text) // 2
        return [(text[:k], typ), (inter, None), (text[k:], typ)]
    return [(text, typ)]


def code_slot(name, typ, getter):
    @slot(name, True)
    def r(ctx, mode, opt):
        return render_code(getter(ctx), mode, ctx, opt, typ, name), mode
    return r


code_slot("phone", "PHONE_NUMBER", lambda c: phone_obj(c, "phone"))
code_slot("phone2", "PHONE_NUMBER", lambda c: phone_obj(c, "phone2"))
code_slot("phone_abroad", "PHONE_NUMBER", lambda c: phone_obj(c, "phone_abroad"))
code_slot("ni", "ID_NUMBER", lambda c: c.get("ni", gen_ni))
code_slot("ssn", "ID_NUMBER", lambda c: c.get("ssn", gen_ssn))
code_slot("nhs", "ID_NUMBER", lambda c: c.get("nhs", gen_nhs))
code_slot("medicare", "ID_NUMBER", lambda c: c.get("medicare", gen_medicare_au))
code_slot("mbi", "ID_NUMBER", lambda c: c.get("mbi", gen_mbi))
code_slot("pps", "ID_NUMBER", lambda c: c.get("pps", gen_pps))
code_slot("passport", "ID_NUMBER", lambda c: c.get("passport", lambda: gen_passport(c.region)))
code_slot("licence", "ID_NUMBER", lambda c: c.get("licence", lambda: gen_licence(c)))
code_slot("card", "CREDIT_CARD", lambda c: c.get("card", gen_card))
code_slot("card2", "CREDIT_CARD", lambda c: c.get("card2", gen_card))
code_slot("sortcode", "BANK_ACCOUNT", lambda c: c.get("sortcode", gen_sortcode))
code_slot("bankacct", "BANK_ACCOUNT", lambda c: c.get("bankacct", gen_ukacct))
code_slot("routing", "BANK_ACCOUNT", lambda c: c.get("routing", gen_routing))
code_slot("usacct", "BANK_ACCOUNT", lambda c: c.get("usacct", gen_usacct))
code_slot("bsb", "BANK_ACCOUNT", lambda c: c.get("bsb", gen_bsb))
code_slot("auacct", "BANK_ACCOUNT", lambda c: c.get("auacct", gen_auacct))


def iban_home(c):
    cc = {"GB": "GB", "SC": "GB", "IE": "IE"}.get(c.region, c.region)
    if cc not in ("GB", "IE", "DE", "FR", "ES", "PT", "PL", "NL", "IT"):
        cc = rng.choice(["GB", "IE"])
    return gen_iban(cc)


code_slot("iban", "IBAN_CODE", lambda c: c.get("iban", lambda: iban_home(c)))
code_slot("iban_foreign", "IBAN_CODE",
          lambda c: c.get("iban_foreign", lambda: gen_iban(rng.choice(["ES", "PT", "FR", "DE", "PL", "NL", "IT"]))))


def cid_getter(kind):
    def g(ctx):
        k = kind
        if kind == "acct":
            k = PRIMARY_KIND.get(ctx.sector, "acct")
        return ctx.get("cid_" + k, lambda: cid(k, ctx.company))
    return g


for _k in ["acct", "contract", "policy", "claim", "booking", "member"]:
    code_slot(_k, "CUSTOMER_ID", cid_getter(_k))


@slot("cvv", True)
def r_cvv(ctx, mode, opt):
    card = ctx.cache.get("card")
    n = 4 if card is not None and card.amex else 3
    c = ctx.get("cvv", lambda: Code([digits(n)]))
    return render_code(c, mode, ctx, opt, "SECRET", "cvv"), mode


@slot("pin", True)
def r_pin(ctx, mode, opt):
    c = ctx.get("pin", lambda: Code([str(rng.randint(1, 9)) + digits(3)]))
    return render_code(c, mode, ctx, opt, "SECRET", "pin"), mode


@slot("passcode", True)
def r_passcode(ctx, mode, opt):
    c = ctx.get("passcode", lambda: Code([digits(6)], pair_prob=0.3))
    return render_code(c, mode, ctx, opt, "SECRET", "passcode"), mode


def pin_digit(ctx, mode, idx):
    ds = ctx.get("pin_digits", lambda: rng.sample("0123456789", 2))
    d = ds[idx]
    if mode == "w":
        return [(d, "SECRET")], mode
    return [(Voice(ctx).digit(d), "SECRET")], mode


@slot("pin_d1", True)
def r_pin_d1(ctx, mode, opt):
    return pin_digit(ctx, mode, 0)


@slot("pin_d2", True)
def r_pin_d2(ctx, mode, opt):
    return pin_digit(ctx, mode, 1)


def mw_letter(ctx, mode, idx):
    ls = ctx.get("mw", lambda: rng.sample("abcdefghklmnprstw", 2))
    c = ls[idx]
    if mode == "s" and rng.random() < 0.5:
        return [("%s for %s" % (c.upper(), rng.choice(FOR_WORDS[c])), "SECRET")], None
    return [(c.upper() if rng.random() < 0.7 else c, "SECRET")], None


@slot("mw1", False)
def r_mw1(ctx, mode, opt):
    return mw_letter(ctx, mode, 0)


@slot("mw2", False)
def r_mw2(ctx, mode, opt):
    return mw_letter(ctx, mode, 1)


@slot("password", True)
def r_password(ctx, mode, opt):
    def mk():
        w = rng.choice(PW_WORDS)
        cap = rng.random() < 0.6
        sym = rng.choice(list(PW_SYMBOLS)) if rng.random() < 0.6 else ""
        num = rng.choice([str(rng.randint(1970, 2023)), "%02d" % rng.randint(0, 99),
                          "123", str(rng.randint(1, 9))])
        order = rng.randint(0, 1)
        return w, cap, sym, num, order
    w, cap, sym, num, order = ctx.get("password", mk)
    if mode == "w":
        word = w.capitalize() if cap else w
        s = word + (sym + num if order == 0 else num + sym)
        return [(s, "SECRET")], mode
    parts = []
    if cap:
        parts.append(rng.choice(["capital %s %s" % (w[0].upper(), w), "%s with a capital %s" % (w, w[0].upper())]))
    else:
        parts.append(w + rng.choice(["", " all lower case"]))
    symw = PW_SYMBOLS.get(sym, "")
    v = Voice(ctx)
    numw = (year_words(int(num)) if len(num) == 4 and rng.random() < 0.5
            else " ".join(v.digit(c) for c in num))
    tail = [symw, numw] if order == 0 else [numw, symw]
    parts += [t for t in tail if t]
    return [(" ".join(parts), "SECRET")], mode


@slot("email", True)
def r_email(ctx, mode, opt):
    e = ctx.get("email", lambda: gen_email(ctx.first, ctx.last, ctx.region, ctx.dob_obj().y))
    return [(e.render(mode, ctx), "EMAIL_ADDRESS")], mode


@slot("email2", True)
def r_email2(ctx, mode, opt):
    def mk():
        if rng.random() < 0.5:
            w = name_token(gen_last("en_GB")) + rng.choice(["group", "ltd", "logistics", "legal", "care"])
            dom = w + TLD[ctx.region]
            return gen_email(ctx.first, ctx.last, ctx.region, ctx.dob_obj().y, work=dom.lstrip("."))
        return gen_email(ctx.first, ctx.last, ctx.region, ctx.dob_obj().y)
    e = ctx.get("email2", mk)
    e1 = ctx.get("email", lambda: gen_email(ctx.first, ctx.last, ctx.region, ctx.dob_obj().y))
    if e.render("w", ctx) == e1.render("w", ctx):
        e.toks = [("w", "old")] + [t for t in e.toks]  # keep it distinct
    return [(e.render(mode, ctx), "EMAIL_ADDRESS")], mode


@slot("url", True)
def r_url(ctx, mode, opt):
    u = ctx.get("url", lambda: gen_url(ctx.first, ctx.last, ctx.region))
    return [(u.render(mode, ctx), "URL")], mode


@slot("ip", True)
def r_ip(ctx, mode, opt):
    ip = ctx.get("ip", lambda: IP(v6=(mode == "w" and rng.random() < 0.15)))
    return [(ip.render(mode, ctx), "IP_ADDRESS")], mode


@slot("ip2", True)
def r_ip2(ctx, mode, opt):
    ip = ctx.get("ip2", lambda: IP(v6=False))
    return [(ip.render(mode, ctx), "IP_ADDRESS")], mode


@slot("employer", False)
def r_employer(ctx, mode, opt):
    def mk():
        pool = EMPLOYERS.get(ctx.region)
        if pool and rng.random() < 0.6:
            return rng.choice(pool)
        loc = {"GB": "en_GB", "SC": "en_GB", "IE": "en_IE", "US": "en_US", "AU": "en_AU"}.get(
            ctx.region, FOREIGN_LOC.get(ctx.region, "en_GB"))
        return FK[loc].company()
    return [(ctx.get("employer", mk), "ORGANIZATION")], None


def addr_slot(name, key, part):
    @slot(name, True)
    def r(ctx, mode, opt):
        if key == "addr":
            a = ctx.home()
        else:
            a = ctx.get(key, lambda: Address(ctx.region))
        p = part or rng.choices(["full", "line_pc", "line_town"], [50, 25, 25])[0]
        if opt == "wrong":
            w = ctx.get("pc_wrong", lambda: wrong_pc(a))
            return [(w.render(mode, "pc", ctx), "ADDRESS")], mode
        return [(a.render(mode, p, ctx), "ADDRESS")], mode
    return r


def wrong_pc(a):
    import copy
    b = copy.copy(a)
    b.pc = mutate_digits([a.pc])[0]
    return b


addr_slot("addr", "addr", None)
addr_slot("addr2", "addr2", None)
addr_slot("addr_work", "addr_work", None)
addr_slot("addr_line", "addr", "line")
addr_slot("postcode", "addr", "pc")


def dob_slot(name, key, y0, y1):
    @slot(name, True)
    def r(ctx, mode, opt):
        d = ctx.get(key, lambda: DOB(y0, y1))
        if opt == "wrong":
            d = ctx.get(key + "_wrong", d.wrong)
        return d.render(mode, ctx), mode
    return r


dob_slot("dob", "dob", 1938, 2004)
dob_slot("dob_other", "dob_other", 1930, 2002)
dob_slot("dob_child", "dob_child", 2008, 2021)


# ---------------- non-PII slots ------------------------------------------
def np_slot(name):
    def deco(fn):
        REG[name] = (fn, False, False)
        return fn
    return deco


def money(ctx, mode, key):
    def mk():
        v = round(rng.choice([rng.uniform(8, 120), rng.uniform(20, 400), rng.uniform(150, 2600)]), 2)
        if rng.random() < 0.4:
            v = float(int(v))
        return v
    v = ctx.get(key, mk)
    whole, pence = int(v), int(round((v - int(v)) * 100))
    cur = ctx.cur
    if mode == "w":
        sym = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "$"}[cur]
        w = "{:,}".format(whole) if rng.random() < 0.7 else str(whole)
        if pence:
            s = "%s%s.%02d" % (sym, w, pence)
        else:
            s = sym + w + rng.choice(["", "", ".00"])
        if cur == "EUR" and rng.random() < 0.3:
            s = s[1:] + " euro"
        if cur == "GBP" and not pence and rng.random() < 0.15:
            s = "%d quid" % whole
        return s
    us = cur == "USD"
    ww = n2w(whole, us)
    if ww.startswith("one hundred") and rng.random() < 0.5:
        ww = "a" + ww[3:]
    unit = {"GBP": rng.choice(["pounds", "pounds", "quid"]), "EUR": "euro",
            "USD": "dollars", "AUD": "dollars"}[cur]
    if whole == 1:
        unit = {"GBP": "pound", "EUR": "euro", "USD": "dollar", "AUD": "dollar"}[cur]
    if not pence:
        return "%s %s" % (ww, unit)
    k = rng.randint(0, 2 if whole < 100 else 1)
    if k == 0:
        sub = {"GBP": "p", "EUR": "cent", "USD": "cents", "AUD": "cents"}[cur]
        return "%s %s and %s %s" % (ww, unit, n2w(pence), sub)
    if k == 1:
        return "%s %s %s" % (ww, unit, n2w(pence))
    return "%s %s" % (ww, n2w(pence) if pence >= 10 else "oh " + n2w(pence))


for _k in ["amount", "amount2"]:
    np_slot(_k)(lambda ctx, mode, opt, _k=_k: ([(money(ctx, mode, _k), "NP")], None))


def date_np(ctx, mode, key):
    d, m, y = ctx.get(key, lambda: (rng.randint(1, 28), rng.randint(1, 12),
                                    rng.choice([None, None, 2024, 2025])))
    mon = MONTHS[m - 1]
    if mode == "w":
        if ctx.us:
            opts = ["%s %d" % (mon, d), "%s %s" % (mon, ordsuf(d)), "%d/%d" % (m, d)]
            if y:
                opts = ["%s %d, %d" % (mon, d, y), "%d/%d/%d" % (m, d, y)]
        else:
            opts = ["%s %s" % (ordsuf(d), mon), "%d %s" % (d, mon), "the %s" % ordsuf(d),
                    "%02d/%02d" % (d, m), "%s of %s" % (ordsuf(d), mon)]
            if y:
                opts = ["%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y),
                        "%s %s %d" % (ordsuf(d), mon, y)]
        return rng.choice(opts)
    yw = (" " + year_words(y)) if y else ""
    if ctx.us:
        return rng.choice(["%s %s" % (mon, ordw(d)), "%s %s" % (mon, n2w(d))]) + yw
    return rng.choice(["the %s of %s" % (ordw(d), mon), "%s the %s" % (mon, ordw(d)),
                       "the %s" % ordw(d), "%s %s" % (ordw(d), mon)]) + yw


for _k in ["date", "date2"]:
    np_slot(_k)(lambda ctx, mode, opt, _k=_k: ([(date_np(ctx, mode, _k), "NP")], None))


def time_np(ctx, mode, key):
    h0, mi0 = ctx.get("time", lambda: (rng.randint(7, 16), rng.choice([0, 0, 0, 30, 15, 45])))
    if key == "time2":
        h, mi = ctx.get("time2", lambda: (h0 + rng.randint(2, 4), rng.choice([0, 0, 30])))
    else:
        h, mi = h0, mi0
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    if mode == "w":
        if mi == 0:
            return rng.choice(["%d%s" % (h12, ap), "%d %s" % (h12, ap), "%d:00" % h,
                               "%d o'clock" % h12])
        return rng.choice(["%d:%02d%s" % (h12, mi, ap), "%02d:%02d" % (h, mi),
                           "%d.%02d" % (h12, mi)])
    if mi == 0:
        return rng.choice([n2w(h12), n2w(h12) + " o'clock", n2w(h12) + " " + " ".join(ap)])
    if mi == 30:
        return rng.choice(["half past " + n2w(h12), "half " + n2w(h12), n2w(h12) + " thirty"])
    if mi == 15:
        return rng.choice(["quarter past " + n2w(h12), n2w(h12) + " fifteen"])
    return rng.choice(["quarter to " + n2w(h12 % 12 + 1), n2w(h12) + " forty five"])


for _k in ["time", "time2"]:
    np_slot(_k)(lambda ctx, mode, opt, _k=_k: ([(time_np(ctx, mode, _k), "NP")], None))


@np_slot("day")
def n_day(ctx, mode, opt):
    d = ctx.get("day", lambda: rng.choice(WEEKDAYS))
    return [(d, "NP")], None


@np_slot("town")
def n_town(ctx, mode, opt):
    pool = TOWNS_ALONE.get(ctx.region) or [c[0] for c in FOREIGN_CITIES[ctx.region]]
    return [(ctx.get("town", lambda: rng.choice(pool)), "NP")], None


@np_slot("country")
def n_country(ctx, mode, opt):
    return [(ctx.get("country", lambda: rng.choice(COUNTRIES)), "NP")], None


@np_slot("co")
def n_co(ctx, mode, opt):
    return [(ctx.company, "NP")], None


@np_slot("tariff")
def n_tariff(ctx, mode, opt):
    return [(ctx.get("tariff", lambda: rng.choice(TARIFFS[ctx.sector])), "NP")], None


@np_slot("model")
def n_model(ctx, mode, opt):
    pool = MODELS.get(ctx.sector, MODELS["telecom"])
    return [(ctx.get("model", lambda: rng.choice(pool)), "NP")], None


def reading(ctx, mode, key):
    r = ctx.get(key, lambda: "%05d" % rng.randint(120, 89999))
    if mode == "w":
        return r if rng.random() < 0.7 else r.lstrip("0")
    v = Voice(ctx)
    return " ".join(speak_group(r, v))


for _k in ["reading", "reading2"]:
    np_slot(_k)(lambda ctx, mode, opt, _k=_k: ([(reading(ctx, mode, _k), "NP")], None))


@np_slot("speed")
def n_speed(ctx, mode, opt):
    v = ctx.get("speed", lambda: rng.choice([0.8, 1.5, 2, 3.5, 4, 7, 9.5, 12, 18, 24, 36]))
    unit_w = rng.choice(["Mbps", " Mbps", " meg", " megs", "Mb", " megabits"])
    if mode == "w":
        s = ("%g" % v) + unit_w
        return [(s, "NP")], None
    if v == int(v):
        w = n2w(int(v))
    elif v == int(v) + 0.5 and v > 1:
        w = n2w(int(v)) + " and a half"
    else:
        w = n2w(int(v)) + " point " + DIG[int(round((v - int(v)) * 10))]
        if int(v) == 0:
            w = rng.choice(["nought", "zero"]) + " point " + DIG[int(round(v * 10))]
    return [(w + rng.choice([" meg", " megs", " megabits", " megabits a second"]), "NP")], None


def count_np(ctx, mode, key, lo=2, hi=9):
    n = ctx.get(key, lambda: rng.randint(lo, hi))
    if mode == "w" and rng.random() < 0.7:
        return str(n)
    return n2w(n)


np_slot("count")(lambda ctx, mode, opt: ([(count_np(ctx, mode, "count"), "NP")], None))
np_slot("count2")(lambda ctx, mode, opt: ([(count_np(ctx, mode, "count2", 2, 6), "NP")], None))
np_slot("minutes")(lambda ctx, mode, opt: ([(count_np(ctx, mode, "minutes", 15, 70), "NP")], None))


@np_slot("month")
def n_month(ctx, mode, opt):
    return [(ctx.get("month", lambda: rng.choice(MONTHS)), "NP")], None


@np_slot("year")
def n_year(ctx, mode, opt):
    y = ctx.get("year", lambda: rng.randint(2009, 2025))
    return [(str(y) if mode == "w" else year_words(y), "NP")], None


@np_slot("percent")
def n_percent(ctx, mode, opt):
    p = rng.randint(3, 24)
    return [("%d%%" % p if mode == "w" else n2w(p) + " percent", "NP")], None


@np_slot("kwh")
def n_kwh(ctx, mode, opt):
    k = rng.randint(850, 4200)
    if mode == "w":
        return [("{:,}".format(k) if rng.random() < 0.6 else str(k), "NP")], None
    return [(n2w(k), "NP")], None


@np_slot("data")
def n_data(ctx, mode, opt):
    g = rng.choice([1, 2, 3, 5, 0.5])
    if mode == "w":
        return [("500MB" if g == 0.5 else "%dGB" % g, "NP")], None
    return [("half a gig" if g == 0.5 else n2w(g) + rng.choice([" gig", " gigs"]), "NP")], None


@np_slot("ordcount")
def n_ordcount(ctx, mode, opt):
    n = rng.randint(3, 6)
    return [(ordsuf(n) if mode == "w" else ordw(n), "NP")], None


def dayord(ctx, mode, key):
    def mk():
        other = ctx.cache.get("dayordinal")
        return rng.choice([x for x in range(1, 29) if x != other])
    n = ctx.get(key, mk)
    return ordsuf(n) if mode == "w" else ordw(n)


np_slot("dayordinal")(lambda ctx, mode, opt: ([(dayord(ctx, mode, "dayordinal"), "NP")], None))
np_slot("dayordinal2")(lambda ctx, mode, opt: ([(dayord(ctx, mode, "dayordinal2"), "NP")], None))


@np_slot("relation")
def n_relation(ctx, mode, opt):
    g = other_person(ctx, None)[2]
    pool = RELATIONS_M if g == "m" else RELATIONS_F
    return [(rng.choice(pool + RELATIONS_N), "NP")], None


# --------------------------------------------------------------------------
# templates: (id, sector, channel c=chat p=phone b=both, regions, text)
# --------------------------------------------------------------------------
PII_TEMPLATES = [
    # ---- energy
    ("E01", "energy", "b", "EN", "I'm ringing about my last bill from {co}. It's come in at {amount} and I honestly don't think that's right. The account number is {acct} and it's in the name of {tfull}."),
    ("E02", "energy", "p", "EN", "We're moving house on {date} and I need to close the account at the old place, which is {addr2}, and open one at the new place, {addr}."),
    ("E03", "energy", "b", "EN", "My name's {name}, date of birth {dob}. I want to give you a reading because the estimate is miles off. Electric is {reading}."),
    ("E04", "energy", "c", "EN", "I've been moved onto {tariff} without anyone asking me. My husband {other:m} set the account up but I'm the one paying. Please call me on {phone}."),
    ("E05", "energy", "b", "UK", "I'd like to change the direct debit over to my new bank. Sort code {sortcode}, account number {bankacct}, and the name on the account is {name}."),
    ("E06", "energy", "p", "EN", "It's about my dad's account. He passed away three weeks ago, his name was {other:m}, and the account number I think is {acct}. I'm dealing with his estate, I'm {name}, and you can get me on {phone}."),
    ("E07", "energy", "c", "EN", "The engineer who fitted our smart meter on {day}, {worker}, was really rude to my mum and walked mud all through the hall. The address is {addr}. I want this escalated please."),
    ("E08", "energy", "b", "EN", "Could you send the final bill to {email}? Account {acct}. I'm moving to {town} for work."),
    ("E09", "energy", "c", "UK", "Top-up still isn't going through on the app. Customer number {acct}, mobile {phone}. I've only got {amount} emergency credit left and it's freezing."),
    ("E10", "energy", "p", "EN", "I'm on the priority services register because of my oxygen machine and the power was off for {count} hours on {day}. I'm at {addr} and my date of birth is {dob}."),
    ("E11", "energy", "b", "UK", "The Warm Home Discount form wants my National Insurance number. It's {ni}, and the account is {acct}."),
    ("E12", "energy", "c", "EN", "I think someone else's usage is on my bill. I read the meter today, it's {reading}, and the bill is way higher. Account holder {tfull}, email {email}."),
    ("E13", "energy", "p", "EN", "Agent: Thanks for holding. Can I just check the postcode on the account? Customer: Yeah, it's {postcode}. Agent: And the first line of the address? Customer: {addr_line}."),
    ("E14", "energy", "p", "EN", "I got a letter saying you're going to fit a prepayment meter and I really don't want that, I've always paid. The account's {acct} and I'm {tsur}."),
    # ---- telecom
    ("T01", "telecom", "b", "ALL", "I've lost my phone on the train and I need the SIM blocked straight away. The number is {phone} and the PIN on the account is {pin}."),
    ("T02", "telecom", "p", "EN", "I want my PAC code please, I'm leaving. Contract number's {contract} and the answer to the security question is {sec_answer}."),
    ("T03", "telecom", "c", "EN", "Why is my bill {amount} this month?? I'm on {tariff} and I haven't been abroad at all. Account holder {tfull}, account no {acct}."),
    ("T04", "telecom", "p", "EN", "Agent: Just to confirm, I'm speaking with {tfull}, date of birth {dob}, and the mobile number on the account is {phone}, is that right?"),
    ("T05", "telecom", "b", "UK", "I'm working abroad for a few months so please don't ring the UK number. Use {phone_abroad} instead. The account is {acct}."),
    ("T06", "telecom", "c", "EN", "Please change the email on my account from {email2} to {email}. Account number {acct}."),
    ("T07", "telecom", "b", "EN", "I want to upgrade to the {model} on the same plan. Account {acct}. Can you deliver it to my work please, that's {employer}, {addr_work}."),
    ("T08", "telecom", "p", "EN", "My daughter's phone's been cut off and she's only fourteen. The number is {phone} and it's on my account, under {name}."),
    ("T09", "telecom", "c", "ALL", "I was charged {amount} for roaming in {country}. My number is {phone}, contract ref {contract}. I want a refund."),
    ("T10", "telecom", "p", "EN", "I got a text saying my account password was being changed and I never asked for that. My password's been {password} for years."),
    ("T11", "telecom", "b", "EN", "Can I add my son {other_first:m} as a user on my account? His number would be {phone2} and the main account is in my name, {name}."),
    ("T12", "telecom", "p", "EN", "Agent: For security, can you give me the second and fourth digits of your PIN? Customer: Um, {pin_d1} and {pin_d2}."),
    ("T13", "telecom", "c", "EN", "I'd like to port my number {phone} over to you. My old provider gave me the code but I'm not sure where it goes. I'm {name}, date of birth {dob}."),
    # ---- broadband
    ("B01", "broadband", "b", "EN", "Internet keeps dropping out every evening and I'm only getting {speed}. Account number {acct}. The router says my IP address is {ip}."),
    ("B02", "broadband", "c", "EN", "Your engineer was meant to come between {time} and {time2} on {date} and never turned up. I took a day off from {employer} for this. Account {acct}."),
    ("B03", "broadband", "p", "EN", "The router's the {model} and the light's flashing orange. I'm at {addr} and you can call me back on {phone}."),
    ("B04", "broadband", "c", "EN", "I run my business from home and my website {url} has been offline since {day}. Please sort this out. Account {acct}, contact {email}."),
    ("B05", "broadband", "p", "EN", "Agent: What IP address is it showing on the status page? Customer: It says {ip}."),
    ("B06", "broadband", "c", "EN", "Can't log into the customer portal. Username is {email} and I'm certain the password is {password}."),
    ("B07", "broadband", "b", "EN", "I want to cancel. You've sent {count} engineers and it still doesn't work. My name is {tfull} and the address is {addr}."),
    ("B08", "broadband", "p", "EN", "I've just moved in at {addr} and the last tenant left the broadband on. Can I take it over? My name's {name} and my email's {email}."),
    ("B09", "broadband", "c", "EN", "My static IP {ip} changed to {ip2} overnight without any notice and now my CCTV won't connect. Account {acct}."),
    ("B10", "broadband", "p", "EN", "The account's in my partner's name, {other:f}, but she said I can deal with it, she's at work. I'm {first}, the account number is {acct}."),
    # ---- insurance
    ("I01", "insurance", "b", "EN", "I need to make a claim on my home insurance. There's a leak from the upstairs bathroom coming through the kitchen ceiling. Policy number {policy}, address {addr}."),
    ("I02", "insurance", "b", "UK", "It's {name}, policy {policy}. You asked for my driving licence number, it's {licence}."),
    ("I03", "insurance", "c", "EN", "My car was broken into last night in the car park at work, I work for {employer}. Policy {policy}. Best number to reach me is {phone}."),
    ("I04", "insurance", "p", "EN", "Agent: Can you confirm the claim number for me? Customer: Yes, it's {claim}."),
    ("I05", "insurance", "b", "EN", "I'd like to add my partner {other} to the car insurance. Date of birth {dob_other}, and they've had a full licence for {count} years."),
    ("I06", "insurance", "c", "EN", "My renewal has gone up to {amount}! I've been with you {count} years without a single claim. Policy {policy}, postcode {postcode}."),
    ("I07", "insurance", "p", "EN", "I had a bump on {day}, the other driver's name was {other:m} and his number is {phone2}. My policy number's {policy}."),
    ("I08", "insurance", "b", "UK", "Please cancel policy {policy} from {date} and refund me to sort code {sortcode}, account {bankacct}."),
    ("I09", "insurance", "c", "US", "Filing a claim for water damage. Policy {policy}, SSN {ssn}, and the property address is {addr}."),
    ("I10", "insurance", "b", "EN", "Agent: So that's {tfull} at {addr}, and we'll email the documents to {email}. Is that all correct?"),
    ("I11", "insurance", "p", "EN", "The windscreen's cracked, a stone flew up on the motorway. Policy's {policy}. Can the glass people ring me on {phone} and come to my work, {addr_work}?"),
    # ---- bank
    ("K01", "bank", "b", "ALL", "I've lost my debit card. The card number is {card} and the name on it is {tfull}. Can you cancel it please?"),
    ("K02", "bank", "p", "UK", "Someone's taken {amount} out of my account and it wasn't me. Sort code {sortcode}, account number {bankacct}. My name's {name}."),
    ("K03", "bank", "c", "EN", "I need to pay my landlord abroad. His IBAN is {iban_foreign} and the name is {other:m}. Can I do that in the app?"),
    ("K04", "bank", "c", "EN", "Online banking is locked. I tried {password} and it said wrong. Customer number {acct}."),
    ("K05", "bank", "p", "EN", "Agent: And can you confirm your mother's maiden name? Customer: {maiden}."),
    ("K06", "bank", "b", "EN", "The three digits on the back are {cvv} and the long number is {card}."),
    ("K07", "bank", "c", "US", "Please set up direct deposit for my paycheck from {employer}. Routing number {routing}, account number {usacct}."),
    ("K08", "bank", "b", "IE", "I'd like to set up a standing order to {other} for the rent. IBAN {iban}, every month on the first."),
    ("K09", "bank", "p", "EN", "Agent: Could I have the second and fifth characters of your memorable word? Customer: {mw1} and {mw2}."),
    ("K10", "bank", "c", "AU", "Can you confirm my BSB is {bsb} and the account is {auacct}? My pay from {employer} hasn't come through."),
    ("K11", "bank", "p", "EN", "I'm calling about my mum, {other:f}. She's got dementia and I've got power of attorney. Her account number is {acct} and her date of birth is {dob_other}."),
    ("K12", "bank", "b", "EN", "I'm the account holder, {tfull}. My telephone banking passcode is {passcode}. I need to report fraud."),
    ("K13", "bank", "c", "ALL", "I've moved house. The new address is {addr} and the old one was {addr2}. Date of birth {dob} in case you need it."),
    ("K14", "bank", "p", "EN", "I think I've been scammed, I gave my card details to someone on the phone. The card's {card}. Please stop it."),
    ("K15", "bank", "c", "ALL", "Please send the refund to my account {iban}, {name}."),
    # ---- water
    ("W01", "water", "b", "UK", "There's water bubbling up through the pavement outside {addr}. It's been going since {day} and it's getting worse."),
    ("W02", "water", "p", "UK", "My customer reference is {acct} and I'd like to go onto a water meter. It's just me living at {addr_line} now."),
    ("W03", "water", "c", "UK", "Six months' bill is {amount}, that's ridiculous for a {count} bed flat. Account {acct}, {name}."),
    ("W04", "water", "b", "UK", "My mother {other:f} needs to go on the priority register, she's on home dialysis. Her date of birth is {dob_other} and the address is {addr}."),
    ("W05", "water", "p", "UK", "Agent: Which property is the leak at? Customer: {addr}. Agent: And a contact number? Customer: {phone}."),
    ("W06", "water", "c", "UK", "No water since {time} this morning at {addr}. Text me updates on {phone} please."),
    ("W07", "water", "b", "UK", "I'm a landlord. My tenant {other} has moved out of {addr}. Please send the final bill to me at {email}."),
    ("W08", "water", "p", "UK", "There's brown water coming out the cold tap at {addr_line} and my little one needs a bath. I'm {tfull}."),
    # ---- car hire
    ("R01", "carhire", "b", "ALL", "I picked a car up from your {town} branch, booking {booking}, and you've charged me {amount} for a scratch that was already there."),
    ("R02", "carhire", "b", "EN", "Booking reference {booking}, main driver {name}, licence number {licence}. I'd like to add a second driver, {other}."),
    ("R03", "carhire", "c", "ALL", "I'm flying into {town} on {date}. Booking is {booking} and my mobile while I'm abroad is {phone}."),
    ("R04", "carhire", "c", "ALL", "About damage claim {claim}: I've emailed the photos from {email} three times and heard nothing back."),
    ("R05", "carhire", "p", "ALL", "Agent: Which card will you be leaving the deposit on? Customer: {card}. Agent: And the security code? Customer: {cvv}."),
    ("R06", "carhire", "p", "EN", "The car's broken down on the motorway, the {model}, booking {booking}. I'm on the hard shoulder, my number's {phone}."),
    ("R07", "carhire", "c", "ALL", "Please refund the deposit to IBAN {iban}, account name {name}, booking {booking}."),
    ("R08", "carhire", "b", "US", "I rented from your airport location, confirmation number {booking}, driver's license {licence}, and you billed my card twice."),
    ("R09", "carhire", "p", "EN", "I'm going to be returning the car late, it's booked under {tsur}, the reference is {booking}. Sorry, the flight got delayed."),
    # ---- health
    ("H01", "health", "b", "EN", "I was in hospital for {count} nights having my appendix out and I want to claim. Membership number {member}, date of birth {dob}."),
    ("H02", "health", "b", "UK", "My NHS number is {nhs}. The hospital is sending the invoice to my home address, {addr}."),
    ("H03", "health", "b", "AU", "Medicare number's {medicare}. I need to know what the gap will be for my knee surgery on {date}."),
    ("H04", "health", "c", "EN", "Claim {claim} was rejected. The consultant was {doctor:f} and she told me it was covered."),
    ("H05", "health", "p", "US", "My social is {ssn} and my member ID is {member}, I need pre-authorization for an MRI next {day}."),
    ("H06", "health", "b", "EN", "I'm claiming for my daughter {other_first:f}'s physio. Her date of birth is {dob_child} and she's on my policy, {member}."),
    ("H07", "health", "p", "US", "Agent: Can I get your Medicare number? Customer: Sure, it's {mbi}."),
    ("H08", "health", "c", "EN", "I'm {name}, member number {member}. Could you email the claim form to {email}?"),
    ("H09", "health", "p", "EN", "I had a scan with {doctor} at the private hospital on {date} and now I've had a bill for {amount}. My membership number is {member}."),
    # ---- identity checks and general
    ("G01", "generic", "p", "EN", "Agent: Can you confirm your full name, date of birth and postcode please? Customer: {name}, {dob}, {postcode}."),
    ("G02", "generic", "b", "UK", "My National Insurance number is {ni} and my date of birth's {dob}."),
    ("G03", "generic", "p", "EN", "It's {tfull}, {dob}, {addr}."),
    ("G04", "bank", "c", "ALL", "Passport number {passport}. I'm sending a copy as ID for the new account."),
    ("G05", "generic", "b", "IE", "My PPS number is {pps}, I'm {name}, and the account number is {acct}."),
    ("G06", "generic", "p", "EN", "Agent: Could I take your name please? Customer: It's {first}, surname {surname_spell}."),
    ("G07", "generic", "c", "EN", "This is {name}, account {acct}. New email is {email} and new mobile {phone}."),
    ("G08", "generic", "b", "EN", "I'm self-employed so I can't give you an employer, but my website's {url} if that helps."),
    ("G09", "generic", "p", "EN", "Agent: And can I take an email address? Customer: Yeah, it's {email}."),
    ("G10", "generic", "c", "EN", "I work for {employer} and they're paying the bill from now on. Account {acct}."),
    ("G11", "generic", "b", "ALL", "My name's {name}, I'm calling from {town}. I'm a customer of yours, account {acct}."),
    ("G12", "generic", "p", "EN", "Agent: Sorry, could you spell the surname for me? Customer: {surname_spell}."),
    ("G13", "generic", "b", "EN", "I'm {name}. I want to give my {relation} {other} permission to talk to you about my account."),
    ("G14", "insurance", "c", "EN", "My passport's expired so here's my driving licence number instead: {licence}."),
    ("G15", "generic", "p", "EN", "Agent: Can you confirm the first line of your address? Customer: {addr_line}. Agent: Lovely, and your date of birth? Customer: {dob}."),
    ("G16", "generic", "c", "EN", "Re your letter: yes, I'm {tfull}, and yes, {phone} is still my number."),
    # ---- complaints
    ("C01", "generic", "c", "EN", "I spoke to {agent:f} yesterday and she promised a call back that never came. Account {acct}. I'm fed up."),
    ("C02", "water", "p", "UK", "Your engineer {worker} came out to {addr} and left the stopcock leaking. I want compensation."),
    ("C03", "generic", "b", "EN", "Formal complaint. I've been overcharged {amount} over {count} months. {tfull}, {addr}, {email}."),
    ("C04", "generic", "c", "EN", "Your agent said I need proof I'm trading, so here's my profile: {url}. Business account {acct}."),
    ("C05", "generic", "p", "EN", "I've rung {count} times and every time I give my account number, {acct}, and my date of birth, {dob}, and nothing happens."),
    ("B11", "broadband", "p", "EN", "Agent: And is there a website for the business? Customer: Yeah, it's {url}. Agent: Lovely."),
    ("I12", "insurance", "c", "EN", "Quote for my business insurance please. I'm a sole trader, my website is {url} and I work from home at {addr}."),
    ("I13", "insurance", "b", "EN", "Agent: And the registration of the vehicle? Customer: Sorry, I don't have it to hand. It's the {model}, policy {policy}, under {tfull}."),
    ("K16", "bank", "p", "US", "Agent: Can I get the routing and account number for the refund? Customer: Routing is {routing} and the account is {usacct}."),
    ("C06", "broadband", "c", "EN", "The engineer, {worker}, told me the fault was inside my house and charged me {amount}. It wasn't. Ref {acct}."),
]

ADV_TEMPLATES = [
    ("A01", "telecom", "b", "EN", "{phone:irregular} that's my new number, can you put it on the account"),
    ("A02", "generic", "p", "EN", "My mobile is {phone:filler}."),
    ("A03", "generic", "p", "EN", "The account number is {acct:wrong}, no sorry, that's the old one, it's {acct}."),
    ("A04", "generic", "b", "EN", "Date of birth is {dob:wrong}, no wait, {dob}. Sorry, long day."),
    ("A05", "bank", "c", "ALL", "card no {card:irregular} pls cancel asap"),
    ("A06", "generic", "b", "EN", "You can try my mobile, {phone}, or the landline, {phone2}, whichever."),
    ("A07", "generic", "p", "EN", "Agent: And the postcode? Customer: It's {postcode}."),
    ("A08", "bank", "p", "ALL", "Agent: What's the long number across the front of the card? Customer: {card:filler}."),
    ("A09", "generic", "p", "EN", "Customer: My number is {phone:split}."),
    ("A10", "bank", "c", "UK", "sort code {sortcode:irregular} acc {bankacct:irregular}"),
    ("A11", "generic", "b", "EN", "{email} is the best one to use. Not the work one."),
    ("A12", "generic", "c", "EN", "Two emails on file, work {email2} and personal {email}, please use the personal one."),
    ("A13", "energy", "p", "UK", "National Insurance {ni:filler}, that's it."),
    ("A14", "generic", "b", "ALL", "Agent: Old address first? Customer: {addr2}. Agent: And the new one? Customer: {addr}."),
    ("A15", "generic", "c", "EN", "{acct}"),
    ("A16", "bank", "p", "ALL", "The IBAN is {iban:filler}."),
    ("A17", "bank", "b", "EN", "My PIN is {pin:wrong}, no, {pin}, I changed it last month."),
    ("A18", "water", "p", "UK", "Postcode's {postcode:wrong}, sorry, I mean {postcode}."),
    ("A19", "bank", "c", "ALL", "Both my cards were in the wallet: {card} and {card2}."),
    ("A20", "energy", "c", "UK", "NI number for the form: {ni:irregular}"),
]

NONE_TEMPLATES = [
    ("N01", "energy", "b", "EN", "My bill's gone up from {amount} to {amount2} a month and I haven't changed anything. Can someone explain why?"),
    ("N02", "broadband", "b", "EN", "The engineer's booked for {day} {date} between {time} and {time2}. Can I move it to the afternoon?"),
    ("N03", "broadband", "b", "EN", "I'm getting {speed} download when I'm paying for {tariff}. It's been like this for {count} days."),
    ("N04", "energy", "b", "EN", "Meter readings: electric {reading}, gas {reading2}, taken this morning."),
    ("N05", "energy", "b", "ALL", "We're moving to {town} next month, do you supply that area?"),
    ("N06", "water", "p", "UK", "The leak in the road has been there since {day}, there's water everywhere, when's someone coming out?"),
    ("N07", "carhire", "c", "ALL", "I returned the car to the {town} branch at {time} on {date} with a full tank, so why have I been charged {amount}?"),
    ("N08", "health", "b", "EN", "I was in hospital for {count} nights in {month}. Does {tariff} cover physio afterwards?"),
    ("N09", "generic", "p", "EN", "Agent: Is there anything else I can help with today? Customer: No, that's everything, thanks."),
    ("N10", "telecom", "c", "EN", "How much is the {model} on {tariff}? And is it cheaper if I pay {amount} upfront?"),
    ("N11", "broadband", "p", "EN", "My router's the {model}, all the lights are green but nothing loads on any device."),
    ("N12", "bank", "b", "EN", "Agent: I can see the direct debit is {amount} on the {dayordinal} of each month. Customer: Can we move it to the {dayordinal2}?"),
    ("N13", "water", "b", "UK", "We've got {count} kids and use loads of water, is a meter worth it?"),
    ("N14", "insurance", "c", "EN", "The excess on my policy is {amount}. Is there any way to bring that down?"),
    ("N15", "energy", "p", "EN", "Power's been off since {time}, the whole street's out, we're in {town}."),
    ("N16", "generic", "b", "EN", "I was quoted {amount} on the phone and the letter says {amount2}."),
    ("N17", "energy", "c", "UK", "When does the price cap change? I heard it's going up {percent} in {month}."),
    ("N18", "energy", "b", "EN", "It says I used {kwh} kilowatt hours last quarter, that can't be right."),
    ("N19", "generic", "b", "EN", "I'm calling about my bill dated {date}, the one for {amount}."),
    ("N20", "broadband", "p", "EN", "Agent: Your appointment is confirmed for {day} {date}, {time} to {time2}. Customer: Great, thanks."),
    ("N21", "water", "b", "UK", "Pressure's really low in the mornings, barely a trickle from {time} till about {time2}."),
    ("N22", "generic", "c", "EN", "Can I pay {amount} now and the rest on {date}?"),
    ("N23", "telecom", "b", "ALL", "Roaming in {country} cost me {amount} for {data} of data, that's daylight robbery."),
    ("N24", "telecom", "p", "EN", "My phone's the {model} and it keeps dropping calls since the update on {day}."),
    ("N25", "generic", "p", "EN", "I've been on hold for {minutes} minutes already and this is the {ordcount} time I've rung this week."),
    ("N26", "energy", "c", "EN", "Is {tariff} fixed until {month} {year} or can the price change?"),
    ("N27", "carhire", "b", "ALL", "There were {count} scratches on the bumper when I collected the {model}, I've got photos time stamped {time}."),
    ("N28", "insurance", "c", "EN", "The claim was for {amount} and you paid {amount2}. Where's the rest?"),
    ("N29", "energy", "p", "EN", "We've had {count} power cuts in {count2} weeks in {town}, it's not good enough."),
    ("N30", "energy", "p", "EN", "Agent: Could you read me the numbers on the meter? Customer: Hang on... it's {reading}."),
    ("N31", "bank", "b", "EN", "I've been with you since {year} and this is the first time I've ever complained."),
    ("N32", "water", "p", "UK", "The hot water cylinder's leaking, maybe {count} litres an hour, should I turn the stopcock off?"),
    ("N33", "health", "c", "EN", "Is physio covered under {tariff}? I've had {count} sessions since {month}."),
    ("N34", "carhire", "p", "ALL", "I'm landing at {time} on {day}, will the {town} desk still be open?"),
    ("N35", "bank", "c", "EN", "Why was I charged a {amount} fee on {date}? I only went {amount2} overdrawn."),
]

PHONE_OPENERS = ["Yeah, hi. ", "Hiya, ", "Hello, yeah, ", "Um, hi, ", "Right, so ", "Morning. ",
                 "Hi there, ", "Oh, hello. ", "Yeah hello, ", "Sorry, hi, ", "Hello? Yeah, ",
                 "Hi, good afternoon. ", "Uh yeah, ", "Okay so basically ", "Hi, um, "]
CHAT_OPENERS = ["Hi, ", "Hello, ", "Hi there. ", "Good morning, ", "Hey, ", "Hello. ", "Hiya. "]
PHONE_CLOSERS = [" Thanks.", " Cheers.", " Thank you.", " Ta.", " Sorry about this.", " Thanks, bye.",
                 " If you could sort that, that'd be great.", " Is that okay?"]
CHAT_CLOSERS = [" Thanks", " Thank you!", " Regards.", " Thx", " Many thanks.", " Cheers"]

SLOT_RE = re.compile(r"\{([a-z_0-9]+)(?::([a-z]+))?\}")


def parse(text):
    toks, pos = [], 0
    for m in SLOT_RE.finditer(text):
        if m.start() > pos:
            toks.append(("L", text[pos:m.start()], None))
        toks.append(("S", m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        toks.append(("L", text[pos:], None))
    return toks


def n_modal(text):
    return sum(1 for t in parse(text) if t[0] == "S" and REG[t[1]][1] and REG[t[1]][2])


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
STRIP_PUNCT = re.compile(r"[.,!?;:\"()]")


def norm_literal(s, lower):
    if lower:
        s = s.lower()
        s = s.replace(" - ", " ").replace("...", " ")
        s = STRIP_PUNCT.sub("", s)
    return re.sub(r" {2,}", " ", s)


def norm_value(s, typ, lower):
    if not lower:
        return s
    s = s.lower().replace(",", "")
    if typ in ("PERSON", "ADDRESS", "ORGANIZATION"):
        s = s.replace(".", "")
    return re.sub(r" {2,}", " ", s).strip()


def assemble(pieces, lower):
    merged = []
    for text, typ in pieces:
        if typ is None and merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + text, None)
        else:
            merged.append((text, typ))
    out = []
    for i, (text, typ) in enumerate(merged):
        if typ is None:
            text = norm_literal(text, lower)
            if i == 0:
                text = text.lstrip()
            if i == len(merged) - 1:
                text = text.rstrip()
        else:
            text = norm_value(text, typ, lower)
        out.append((text, typ))
    buf, spans, pos = [], [], 0
    for text, typ in out:
        if typ not in (None, "NP"):
            spans.append({"type": typ, "start": pos, "end": pos + len(text), "value": text})
        buf.append(text)
        pos += len(text)
    return "".join(buf), spans


def decorate(text, channel, tid_is_adv):
    """Add an opener/closer to non-dialogue templates."""
    if tid_is_adv or text.startswith(("Agent:", "Customer:", "{")):
        return text
    if rng.random() < 0.45:
        op = rng.choice(PHONE_OPENERS if channel == "p" else CHAT_OPENERS)
        first_word = text.split(" ")[0]
        if op.endswith(", ") or op.endswith("so ") or op.endswith("basically "):
            if not (first_word == "I" or first_word.startswith("I'")) and text[0].isupper() \
                    and text[1:2].islower():
                text = text[0].lower() + text[1:]
        text = op + text
    if rng.random() < 0.3 and not text.endswith("}"):
        text = text + rng.choice(PHONE_CLOSERS if channel == "p" else CHAT_CLOSERS)
    return text


def pick_region(rset):
    regs = REGION_SETS[rset]
    return rng.choices(regs, [REGION_W[r] for r in regs])[0]


def make_utterance(tpl, target, lower, adv):
    tid, sector, channel, rset, text = tpl
    region = pick_region(rset)
    if channel == "b":
        channel = "p" if target in ("spoken", "mixed") else rng.choice("pc")
    ctx = Ctx(region, sector, channel, target, lower)
    text = decorate(text, channel, adv)
    toks = parse(text)
    modal_slots = [i for i, t in enumerate(toks) if t[0] == "S" and REG[t[1]][1] and REG[t[1]][2]]
    modes = {}
    if target == "mixed":
        assert len(modal_slots) >= 2, tid
        while True:
            for i in modal_slots:
                modes[i] = rng.choice("ws")
            if len({modes[i] for i in modal_slots}) == 2:
                break
    for i, t in enumerate(toks):
        if t[0] != "S" or i in modes:
            continue
        pii = REG[t[1]][2]
        if target == "written":
            modes[i] = "w" if (pii or rng.random() < 0.85) else "s"
        elif target == "spoken":
            modes[i] = "s" if (pii or rng.random() < 0.92) else "w"
        elif target == "mixed":
            modes[i] = rng.choice("ws")
        else:  # none
            if channel == "c":
                modes[i] = "w"
            else:
                modes[i] = "s" if rng.random() < (0.7 if lower else 0.35) else "w"
    pieces, kinds = [], []
    for i, t in enumerate(toks):
        if t[0] == "L":
            pieces.append((t[1], None))
            continue
        fn, modal, pii = REG[t[1]]
        ps, kind = fn(ctx, modes[i], t[2])
        pieces.extend(ps)
        if pii and modal and kind:
            kinds.append(kind)
    txt, spans = assemble(pieces, lower)
    if target == "none":
        form = "none"
    elif "w" in kinds and "s" in kinds:
        form = "mixed"
    elif "w" in kinds:
        form = "written"
    elif "s" in kinds:
        form = "spoken"
    else:
        form = target
    assert form == target, (tid, form, target)
    return txt, spans, form, ctx


def check(rec):
    text, spans = rec["text"], rec["spans"]
    assert text == text.strip() and "  " not in text, rec
    last_end = -1
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"], rec
        assert s["value"] and s["value"] == s["value"].strip(), rec
        assert s["start"] >= last_end, ("overlap/order", rec)
        last_end = s["end"]
    if rec["form"] == "none":
        assert not spans, rec
    else:
        assert spans, rec


def choose(pool, usage, pred):
    cands = [t for t in pool if pred(t)]
    assert cands
    lo = min(usage[t[0]] for t in cands)
    best = [t for t in cands if usage[t[0]] == lo]
    t = rng.choice(best)
    usage[t[0]] += 1
    return t


def main():
    assert len(PII_TEMPLATES) + len(ADV_TEMPLATES) >= 90 and len(NONE_TEMPLATES) >= 25
    for pool in (PII_TEMPLATES, ADV_TEMPLATES, NONE_TEMPLATES):
        for t in pool:
            for tok in parse(t[4]):
                if tok[0] == "S":
                    assert tok[1] in REG, (t[0], tok[1])
    # plan: (kind, target, lower)
    plan = []

    def add(kind, target, n, n_lower):
        for k in range(n):
            plan.append((kind, target, k < n_lower))

    add("none", "none", 100, 35)
    add("adv", "written", 20, 3)
    add("adv", "spoken", 25, 17)
    add("adv", "mixed", 15, 5)
    add("pii", "written", 130, 8)
    add("pii", "spoken", 125, 100)
    add("pii", "mixed", 85, 32)
    assert len(plan) == N_TOTAL
    rng.shuffle(plan)

    usage = Counter()
    records = []
    n_adv = n_lower = 0
    for idx, (kind, target, lower) in enumerate(plan, 1):
        pool = {"none": NONE_TEMPLATES, "adv": ADV_TEMPLATES, "pii": PII_TEMPLATES}[kind]

        def ok(t, target=target):
            if target in ("spoken", "mixed") and t[2] == "c":
                return False
            if target == "mixed" and n_modal(t[4]) < 2:
                return False
            return True
        tpl = choose(pool, usage, ok)
        text, spans, form, ctx = make_utterance(tpl, target, lower, kind == "adv")
        rec = {"id": "en-b2-%04d" % idx, "text": text, "spans": spans, "form": form}
        check(rec)
        records.append(rec)
        n_adv += kind == "adv"
        n_lower += lower
        # checksum validation of the underlying values used
        for key, val in ctx.cache.items():
            if key in ("card", "card2"):
                assert luhn_ok(val.digits)
            if key in ("iban", "iban_foreign"):
                assert iban_ok(val.iban)

    unused = [t[0] for t in PII_TEMPLATES + ADV_TEMPLATES + NONE_TEMPLATES if usage[t[0]] == 0]
    assert not unused, unused
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    forms = Counter(r["form"] for r in records)
    types = Counter(s["type"] for r in records for s in r["spans"])
    print("wrote %d utterances, %d values -> %s" % (len(records), sum(types.values()), OUT.name))
    print("templates: %d PII + %d adversarial + %d no-PII" % (
        len(PII_TEMPLATES), len(ADV_TEMPLATES), len(NONE_TEMPLATES)))
    print("lower-case/no punctuation: %d, adversarial: %d" % (n_lower, n_adv))
    print("by form:")
    for k, v in sorted(forms.items()):
        print("  %-14s %4d" % (k, v))
    print("by type:")
    for k, v in sorted(types.items()):
        print("  %-14s %4d" % (k, v))


if __name__ == "__main__":
    main()

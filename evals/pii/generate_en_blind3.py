#!/usr/bin/env python3
"""Blind English PII evaluation set no. 3 (``en_blind3.jsonl``).

This set was written *blind*: its author never looked at the scrubber, its
tests, or any of the other evaluation sets or generators, so it measures the
scrubber on phrasing it was not tuned on.

Setting: an agent-assist tool for contact centres.  Callers are customers of a
mobile network, a gas and electricity supplier, a home insurer, a pet insurer,
a bank's card services, a council tax office, a parcel courier, a gym and a
university accommodation office.  They live in (or come from) England,
Scotland, Wales, Northern Ireland, the US, Canada, South Africa, India,
Nigeria, Ireland, or are European expats (or British expats in Europe).
Customer turns are chat messages, e-mails pasted into chat (with signatures),
or raw speech-to-text (lower case, no punctuation, homophones, split words,
missing apostrophes, numbers read in groups, e-mails read aloud).

Output: one JSON object per line
    {"id": "en-b3-0001", "text": ..., "spans": [{"type", "start", "end",
     "value"}], "form": "written|spoken|mixed|none"}
Spans are recorded while the text is assembled (never by searching the text
afterwards); the script asserts text[start:end] == value, that spans are
sorted and do not overlap, and that `none` utterances have no spans.

Entity types and labelling conventions
--------------------------------------
PERSON          the customer's or a third party's name (partner, parent,
                tenant, gym trainer, agent).  A title (Mr, Mrs, Ms, Miss, Dr,
                "mister", "doctor") that directly precedes the name is inside
                the span.  A surname spelled out letter by letter is its own
                PERSON span.
PHONE_NUMBER    any phone number, national or international format.
EMAIL_ADDRESS   written or read aloud ("j underscore smith eighty nine at
                hotmail dot co dot uk").
ADDRESS         street address: house/flat number, street, and the town and
                postcode/ZIP/Eircode/PIN when said as part of the address.  A
                postcode said on its own is ADDRESS.  A multi-line address in a
                signature is one span (newlines included).
CREDIT_CARD     card numbers (all Luhn-valid).
IBAN_CODE       IBANs (all with valid ISO 13616 mod-97 check digits).
BANK_ACCOUNT    sort code, account number, routing number, transit and
                institution numbers, branch code, IFSC: each one its own span.
DATE_OF_BIRTH   dates of birth only (the customer's or a third party's).
ID_NUMBER       national insurance, SSN, SIN, Aadhaar, PAN, SA ID, NIN, BVN,
                PPSN, NIE, passport, driving licence, student ID.
CUSTOMER_ID     account, policy, customer, membership, booking, tracking and
                claim numbers (formats invented per company).
SECRET          PINs, key-safe and door codes, passwords, memorable words,
                security answers, card security codes.
IP_ADDRESS      IPv4 / IPv6.
ORGANIZATION    only the customer's own employer or university.
URL             only the customer's own website or profile link.
VEHICLE_PLATE   car registrations.

NOT PII (no span): a town or country alone, bill/appointment/move dates,
weekdays, times, amounts, meter readings, tariff/plan/brand names, product
models, parcel weights, counts, speeds, pet names, the names of the companies
being contacted, landmarks ("Victoria station", "the Queen's Head pub").

Forms: `written` (chat / e-mail, values typed), `spoken` (speech-to-text:
lower case, no punctuation, values read aloud or as the recogniser writes
digits), `mixed` (typed text in which at least one value is written the way
it would be said, e.g. "oh seven seven double oh, nine hundred, one two
three"), `none` (no PII at all; about half of these are in speech-to-text
style).  About 12 % of the utterances come from adversarial templates
(irregular separators, fillers inside values, self-corrections, a value on its
own, two values of one type, values split across agent and customer turns).

Run:  /work/main/.venv/bin/python generate_en_blind3.py
Deterministic: fixed seed 31337 for random.Random and Faker.
"""

import json
import re
import random
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

SEED = 31337
N_TOTAL = 500
OUT = Path(__file__).resolve().parent / "en_blind3.jsonl"

rng = random.Random(SEED)
Faker.seed(SEED)
LOCALES = ["en_GB", "en_US", "en_CA", "en_IN", "en_IE", "en_NZ", "de_DE",
           "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT"]
FK = {loc: Faker(loc) for loc in LOCALES}


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def digits(n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                            "Æ": "AE", "đ": "d", "Đ": "D", "œ": "oe"})


def ascii_fold(s):
    s = s.translate(FOLD_EXTRA)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------
# numbers read aloud
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]


def num_words(n, use_and=True):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else " " + ONES[o])
    if n < 1000:
        h, r = divmod(n, 100)
        s = ONES[h] + " hundred"
        if r:
            s += (" and " if use_and else " ") + num_words(r, use_and)
        return s
    if n < 1_000_000:
        th, r = divmod(n, 1000)
        s = num_words(th, use_and) + " thousand"
        if r:
            s += ((" and " if (r < 100 and use_and) else " ")
                  + num_words(r, use_and))
        return s
    m, r = divmod(n, 1_000_000)
    s = num_words(m, use_and) + " million"
    if r:
        s += " " + num_words(r, use_and)
    return s


def year_words(y):
    if 2000 <= y < 2010:
        return pick(["two thousand and ", "two thousand "]) + ONES[y - 2000] \
            if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " oh " + ONES[lo]
    return num_words(hi) + " " + num_words(lo)


def suffix(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def digit_word(ch, zero):
    return zero if ch == "0" else ONES[int(ch)]


def read_single(ds, zero, dbl=0.7):
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run, w = j - i, digit_word(ds[i], zero)
        while run > 0:
            if dbl and run >= 3 and chance(0.5):
                out.append("triple " + w)
                run -= 3
            elif dbl and run >= 2 and chance(dbl):
                out.append("double " + w)
                run -= 2
            else:
                out.append(w)
                run -= 1
        i = j
    return " ".join(out)


def read_pairs(ds, zero):
    words = []
    if len(ds) % 2:
        words.append(digit_word(ds[0], zero))
        ds = ds[1:]
    for k in range(0, len(ds), 2):
        c = ds[k:k + 2]
        words.append(read_single(c, zero) if c[0] == "0" else num_words(int(c)))
    return " ".join(words)


def read_hund(ds):
    if len(ds) == 3 and ds[0] != "0" and ds[1:] == "00":
        return ONES[int(ds[0])] + " hundred"
    if len(ds) == 4 and ds[0] != "0" and ds[1:] == "000":
        return ONES[int(ds[0])] + " thousand"
    return None


def read_group(ds, zero, mode):
    if mode == "hund" or read_hund(ds):
        r = read_hund(ds)
        if r and (mode == "hund" or chance(0.6)):
            return r
        mode = "single"
    if mode == "pairs" and len(ds) >= 2:
        return read_pairs(ds, zero)
    return read_single(ds, zero)


SPELL_ALPHA = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
               "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
               "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
               "m": "mike", "n": "november", "o": "oscar", "p": "papa",
               "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
               "u": "uniform", "v": "victor", "w": "whiskey", "x": "x ray",
               "y": "yankee", "z": "zulu"}
SEP_WORDS = {"/": ["slash", "stroke", "forward slash"],
             "-": ["dash", "hyphen", ""], ".": ["dot"], " ": [""],
             "_": ["underscore"]}


# ---------------------------------------------------------------------------
# name data
# ---------------------------------------------------------------------------
NG_F = ["Ngozi", "Funmilayo", "Chiamaka", "Yetunde", "Bukola", "Amaka", "Aisha",
        "Halima", "Temitope", "Zainab", "Adaeze", "Folake", "Ifeoma", "Blessing",
        "Chioma", "Omolara", "Kemi", "Hauwa"]
NG_M = ["Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Ifeanyi", "Tunde", "Obinna",
        "Segun", "Ibrahim", "Usman", "Nnamdi", "Kelechi", "Olamide", "Babatunde",
        "Chukwuemeka", "Uche", "Femi", "Musa", "Abdullahi"]
NG_L = ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye",
        "Abubakar", "Bello", "Adebayo", "Chukwu", "Olawale", "Obi", "Afolabi",
        "Nwachukwu", "Ibekwe", "Oyelaran", "Danjuma", "Okoro", "Akinola",
        "Adewale", "Onyekachi", "Salami", "Yusuf", "Oladipo", "Ezeh", "Anyanwu",
        "Olaniyan"]
ZA_F = ["Nomvula", "Lindiwe", "Zanele", "Lerato", "Ayanda", "Annelie", "Marlize",
        "Thandeka", "Naledi", "Refilwe", "Elsabe", "Precious", "Nokuthula",
        "Palesa", "Busisiwe", "Charmaine", "Yolandi", "Keabetswe"]
ZA_M = ["Thabo", "Sipho", "Themba", "Mpho", "Bongani", "Pieter", "Johan", "Riaan",
        "Kagiso", "Sibusiso", "Werner", "Lwazi", "Tshepo", "Jaco", "Mandla",
        "Siyabonga", "Dirk", "Vusi"]
ZA_L = ["Dlamini", "Nkosi", "Ndlovu", "Mokoena", "Khumalo", "Mthembu",
        "van der Merwe", "Botha", "Pretorius", "du Plessis", "Naidoo", "Govender",
        "Mahlangu", "Molefe", "Zulu", "Coetzee", "Venter", "Sithole", "Maseko",
        "Jacobs", "Moodley", "Pillay", "Nel", "Erasmus", "Mabuza", "Shabalala",
        "Steyn", "Februarie"]
WLS_F = ["Cerys", "Angharad", "Siân", "Ffion", "Eleri", "Megan", "Bethan", "Nia",
         "Carys", "Lowri"]
WLS_M = ["Rhys", "Dafydd", "Gethin", "Iwan", "Owain", "Huw", "Emyr", "Geraint",
         "Aled", "Rhodri"]
WLS_L = ["Jones", "Evans", "Llewellyn", "Pritchard", "Hughes", "Griffiths",
         "Morgan", "Pugh", "Vaughan", "Rees", "Bowen", "Parry", "Lloyd", "Prys"]
SCT_F = ["Eilidh", "Morag", "Catriona", "Kirsty", "Isla", "Mhairi", "Fiona",
         "Ailsa"]
SCT_M = ["Callum", "Hamish", "Ruaridh", "Euan", "Fraser", "Angus", "Alasdair",
         "Craig"]
SCT_L = ["MacDonald", "Campbell", "Stewart", "Robertson", "Thomson", "McLean",
         "Fraser", "Murray", "Paterson", "Ross", "Mackenzie", "Sinclair",
         "McAllister", "Buchanan", "MacLeod", "Nicolson", "Gallacher", "Docherty"]
IE_F = ["Aoife", "Siobhán", "Niamh", "Gráinne", "Róisín", "Ciara", "Orla",
        "Saoirse", "Aisling", "Clodagh"]
IE_M = ["Ciarán", "Seán", "Oisín", "Pádraig", "Eoin", "Cathal", "Darragh",
        "Tadhg", "Colm", "Diarmuid"]
IE_L = ["O'Brien", "Murphy", "Kelly", "O'Sullivan", "Byrne", "Ryan",
        "Fitzgerald", "McCarthy", "O'Connor", "Walsh", "Doherty", "Gallagher",
        "Quinlan", "Brennan", "Kavanagh", "Nolan", "Ó Súilleabháin"]

ORIGIN_LOCALE = {"GB": "en_GB", "US": "en_US", "CA": "en_CA", "IN": "en_IN",
                 "IE": "en_IE", "NZ": "en_NZ", "DE": "de_DE", "FR": "fr_FR",
                 "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
                 "PT": "pt_PT"}
HAND_NAMES = {"NG": (NG_F, NG_M, NG_L), "ZA": (ZA_F, ZA_M, ZA_L),
              "WLS": (WLS_F, WLS_M, WLS_L), "SCT": (SCT_F, SCT_M, SCT_L),
              "IEH": (IE_F, IE_M, IE_L)}


def gen_name(origin, gender):
    if origin in HAND_NAMES:
        f, m, l = HAND_NAMES[origin]
        if origin in ("WLS", "SCT") and chance(0.4):
            fk = FK["en_GB"]
            first = fk.first_name_female() if gender == "F" else fk.first_name_male()
        else:
            first = pick(f if gender == "F" else m)
        return first, pick(l)
    fk = FK[ORIGIN_LOCALE[origin]]
    first = fk.first_name_female() if gender == "F" else fk.first_name_male()
    return first, fk.last_name()


# residence -> (weight, origin choices with weights)
RESIDENCES = {
    "GB-ENG": (22, [("GB", 60), ("IN", 8), ("NG", 7), ("ZA", 3), ("IEH", 3),
                    ("NZ", 4), ("PL", 5), ("PT", 3), ("IT", 2), ("ES", 2),
                    ("FR", 2), ("DE", 1)]),
    "GB-SCT": (8, [("SCT", 55), ("GB", 25), ("PL", 8), ("IN", 6), ("NG", 6)]),
    "GB-WLS": (6, [("WLS", 60), ("GB", 30), ("IN", 5), ("PT", 5)]),
    "GB-NIR": (6, [("IEH", 45), ("IE", 20), ("GB", 25), ("PL", 10)]),
    "US": (12, [("US", 85), ("IN", 8), ("NG", 7)]),
    "CA": (8, [("CA", 75), ("IN", 10), ("IEH", 5), ("FR", 5), ("NG", 5)]),
    "ZA": (8, [("ZA", 100)]),
    "IN": (8, [("IN", 100)]),
    "NG": (7, [("NG", 100)]),
    "IE": (8, [("IEH", 45), ("IE", 35), ("PL", 10), ("NG", 5), ("IN", 5)]),
    "ES": (3, [("GB", 60), ("ES", 40)]),
    "FR": (2, [("GB", 55), ("FR", 45)]),
    "DE": (2, [("GB", 30), ("DE", 70)]),
    "PT": (2, [("GB", 55), ("PT", 45)]),
    "NL": (1, [("NL", 70), ("GB", 30)]),
    "IT": (1, [("IT", 70), ("GB", 30)]),
}
GB_RES = ["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"]
EU_RES = ["ES", "FR", "DE", "PT", "NL", "IT"]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def rgroup(res):
    """coarse residence group used for formats"""
    if res.startswith("GB"):
        return "GB"
    if res in EU_RES:
        return "EU"
    return res


# ---------------------------------------------------------------------------
# geography
# ---------------------------------------------------------------------------
GB_TOWNS = {
    "GB-ENG": [("London", ["SE15", "N16", "E8", "SW11", "NW6", "E17", "W12"], "020"),
               ("Manchester", ["M14", "M20", "M13", "M21"], "0161"),
               ("Leeds", ["LS6", "LS8", "LS11"], "0113"),
               ("Bristol", ["BS7", "BS3", "BS5"], "0117"),
               ("Birmingham", ["B29", "B13", "B17"], "0121"),
               ("Sheffield", ["S10", "S7", "S11"], "0114"),
               ("Nottingham", ["NG7", "NG5"], "0115"),
               ("Liverpool", ["L17", "L15", "L8"], "0151"),
               ("Newcastle upon Tyne", ["NE6", "NE2"], "0191"),
               ("Norwich", ["NR2", "NR3"], "01603"),
               ("Brighton", ["BN1", "BN2"], "01273"),
               ("York", ["YO10", "YO31"], "01904"),
               ("Milton Keynes", ["MK9", "MK6"], "01908"),
               ("Luton", ["LU1", "LU2"], "01582")],
    "GB-SCT": [("Glasgow", ["G11", "G12", "G41", "G3"], "0141"),
               ("Edinburgh", ["EH6", "EH7", "EH10", "EH3"], "0131"),
               ("Aberdeen", ["AB10", "AB24"], "01224"),
               ("Dundee", ["DD1", "DD4"], "01382"),
               ("Inverness", ["IV2", "IV3"], "01463"),
               ("Stirling", ["FK8", "FK7"], "01786")],
    "GB-WLS": [("Cardiff", ["CF24", "CF14", "CF11", "CF5"], "029"),
               ("Swansea", ["SA1", "SA2"], "01792"),
               ("Newport", ["NP20", "NP19"], "01633"),
               ("Wrexham", ["LL11", "LL13"], "01978"),
               ("Bangor", ["LL57"], "01248"),
               ("Aberystwyth", ["SY23"], "01970")],
    "GB-NIR": [("Belfast", ["BT9", "BT7", "BT6", "BT15"], "028"),
               ("Derry", ["BT48", "BT47"], "028"),
               ("Newry", ["BT34", "BT35"], "028"),
               ("Lisburn", ["BT27", "BT28"], "028"),
               ("Enniskillen", ["BT74"], "028")],
}
GB_STREETS = {
    "GB-ENG": ["Acacia Avenue", "Station Road", "Victoria Road", "Church Lane",
               "Mill Lane", "Park Road", "Wilmslow Road", "Cowley Road",
               "Gloucester Road", "Hyde Park Road", "Chatsworth Avenue",
               "Orchard Close", "Beechwood Drive", "Kingsway", "The Crescent",
               "Albert Street", "Elm Grove", "Rye Lane", "Ashfield Terrace",
               "Holloway Road", "Harehills Lane", "Moseley Road", "Ecclesall Road"],
    "GB-SCT": ["Dumbarton Road", "Great Western Road", "Leith Walk", "Easter Road",
               "Union Street", "Perth Road", "Byres Road", "Paisley Road West",
               "Gorgie Road", "Marchmont Road", "King Street", "Albert Drive"],
    "GB-WLS": ["Heol y Felin", "Cowbridge Road East", "Albany Road", "Ffordd Pentre",
               "Walter Road", "Stryd Fawr", "Clive Street", "Heol Llanishen Fach",
               "Ystrad Road", "Caerleon Road", "Ffordd y Mynydd"],
    "GB-NIR": ["Lisburn Road", "Ormeau Road", "Antrim Road", "Dublin Road",
               "Strand Road", "Malone Avenue", "Cregagh Road", "Castlereagh Street",
               "Upper Newtownards Road", "Springfield Road"],
}
US_CITIES = [("Springfield", "IL", "627", "217"), ("Austin", "TX", "787", "512"),
             ("Brooklyn", "NY", "112", "718"), ("Seattle", "WA", "981", "206"),
             ("Columbus", "OH", "432", "614"), ("Denver", "CO", "802", "303"),
             ("Atlanta", "GA", "303", "404"), ("Phoenix", "AZ", "850", "602"),
             ("Portland", "OR", "972", "503"), ("Boston", "MA", "021", "617"),
             ("Houston", "TX", "770", "713"), ("Chicago", "IL", "606", "312"),
             ("San Diego", "CA", "921", "619")]
US_STREETS = [("Maple", "Avenue", "Ave"), ("Oak", "Street", "St"),
              ("Elm", "Street", "St"), ("Main", "Street", "St"),
              ("Sunset", "Boulevard", "Blvd"), ("Washington", "Avenue", "Ave"),
              ("Lincoln", "Drive", "Dr"), ("Cedar", "Lane", "Ln"),
              ("Park", "Place", "Pl"), ("Willow", "Court", "Ct"),
              ("Lakeview", "Road", "Rd"), ("Pine", "Street", "St"),
              ("Magnolia", "Drive", "Dr"), ("Highland", "Avenue", "Ave")]
CA_CITIES = [("Toronto", "ON", "M", "416"), ("Ottawa", "ON", "K", "613"),
             ("Mississauga", "ON", "L", "905"), ("Vancouver", "BC", "V", "604"),
             ("Calgary", "AB", "T", "403"), ("Edmonton", "AB", "T", "780"),
             ("Montréal", "QC", "H", "514"), ("Halifax", "NS", "B", "902"),
             ("Winnipeg", "MB", "R", "204")]
CA_STREETS = ["Queen Street West", "Bloor Street", "Yonge Street", "Davie Street",
              "Jasper Avenue", "Portage Avenue", "Spring Garden Road",
              "rue Sherbrooke Ouest", "Bank Street", "Harbour Street",
              "Kensington Road", "Dundas Street East"]
ZA_PLACES = [("Rosebank", "Johannesburg", "2196"), ("Sea Point", "Cape Town", "8005"),
             ("Observatory", "Cape Town", "7925"), ("Morningside", "Durban", "4001"),
             ("Umhlanga", "Durban", "4319"), ("Hatfield", "Pretoria", "0083"),
             ("Summerstrand", "Gqeberha", "6001"), ("Orlando West", "Soweto", "1804"),
             ("Westdene", "Bloemfontein", "9301"), ("Melville", "Johannesburg", "2092")]
ZA_STREETS = ["Jan Smuts Avenue", "Long Street", "Florida Road", "Main Road",
              "Beach Road", "Vilakazi Street", "Church Street", "Oxford Road",
              "Voortrekker Road", "Nelson Mandela Drive", "Lilian Ngoyi Street"]
ZA_COMPLEX = ["Sunset Villas", "Oakleigh Gardens", "Protea Heights", "Jacaranda Court"]
IN_PLACES = [("Indiranagar", "Bengaluru", "Karnataka", "5600"),
             ("Koramangala", "Bengaluru", "Karnataka", "5600"),
             ("Andheri West", "Mumbai", "Maharashtra", "4000"),
             ("Salt Lake", "Kolkata", "West Bengal", "7000"),
             ("Sector 62", "Noida", "Uttar Pradesh", "2013"),
             ("Banjara Hills", "Hyderabad", "Telangana", "5000"),
             ("Anna Nagar", "Chennai", "Tamil Nadu", "6000"),
             ("Kothrud", "Pune", "Maharashtra", "4110"),
             ("Vaishali Nagar", "Jaipur", "Rajasthan", "3020")]
IN_BUILDINGS = ["Sai Krupa Apartments", "Green Park Residency", "Shanti Niketan CHS",
                "Lakeview Towers", "Prestige Shantiniketan", "Sunrise Enclave"]
IN_STREETS = ["14th Cross", "MG Road", "Link Road", "2nd Main", "Station Road",
              "100 Feet Road", "Nehru Marg", "5th Avenue"]
NG_STREETS = ["Admiralty Way", "Awolowo Road", "Allen Avenue", "Adeola Odeku Street",
              "Aminu Kano Crescent", "Ahmadu Bello Way", "Ogui Road",
              "Bode Thomas Street", "Herbert Macaulay Way", "Ring Road"]
NG_AREAS = [("Lekki Phase 1", "Lagos"), ("Ikoyi", "Lagos"), ("Ikeja", "Lagos"),
            ("Victoria Island", "Lagos"), ("Wuse 2", "Abuja"), ("Garki", "Abuja"),
            ("Surulere", "Lagos"), ("GRA", "Enugu"), ("Bodija", "Ibadan"),
            ("GRA Phase 2", "Port Harcourt")]
IE_PLACES = [("Drumcondra", "Dublin 9", None, "D09"), ("Rathmines", "Dublin 6", None, "D06"),
             ("Phibsborough", "Dublin 7", None, "D07"),
             ("Ballincollig", "Cork", "Co. Cork", "P31"),
             ("Douglas", "Cork", "Co. Cork", "T12"),
             ("Salthill", "Galway", "Co. Galway", "H91"),
             ("Castletroy", "Limerick", "Co. Limerick", "V94"),
             (None, "Kilkenny", "Co. Kilkenny", "R95"),
             (None, "Tralee", "Co. Kerry", "V92"),
             (None, "Drogheda", "Co. Louth", "A92")]
IE_STREETS = ["Griffith Avenue", "Rathgar Road", "Grand Parade", "Shop Street",
              "Castle Street", "Church Road", "Ashgrove Park", "Seaview Terrace"]
EU_TOWNS = {"ES": [("Torrevieja", "03181"), ("Marbella", "29602"), ("Benidorm", "03501"),
                   ("Fuengirola", "29640"), ("Jávea", "03730"), ("Madrid", "28013")],
            "FR": [("Sarlat-la-Canéda", "24200"), ("Bergerac", "24100"),
                   ("Nice", "06000"), ("Lyon", "69003"), ("Toulouse", "31000")],
            "PT": [("Albufeira", "8200-269"), ("Tavira", "8800-412"),
                   ("Lisboa", "1100-053"), ("Porto", "4050-251")],
            "DE": None, "NL": None, "IT": None}
EU_LOCALE = {"ES": "es_ES", "FR": "fr_FR", "PT": "pt_PT", "DE": "de_DE",
             "NL": "nl_NL", "IT": "it_IT"}
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"
GB_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def towns_for(res):
    g = rgroup(res)
    if g == "GB":
        return [t[0] for t in GB_TOWNS[res]]
    return {"US": [c[0] for c in US_CITIES], "CA": [c[0] for c in CA_CITIES],
            "ZA": sorted({p[1] for p in ZA_PLACES}),
            "IN": sorted({p[1] for p in IN_PLACES}),
            "NG": sorted({a[1] for a in NG_AREAS}),
            "IE": ["Dublin", "Cork", "Galway", "Limerick", "Kilkenny", "Tralee"],
            "EU": ["Málaga", "Alicante", "Lisbon", "Faro", "Bordeaux", "Berlin",
                   "Amsterdam", "Milan"]}[g]


# ---------------------------------------------------------------------------
# value objects: each knows how to be written and how to be said
# ---------------------------------------------------------------------------
class Code:
    """An alphanumeric value with written variants, read aloud char-group-wise."""

    def __init__(self, canon, written_variants, spoken_groups=None):
        self.canon = canon
        self.wv = written_variants
        self.groups = spoken_groups

    def written(self, ctx):
        return pick(self.wv)

    def spoken(self, ctx):
        src = self.groups if self.groups else pick(self.wv)
        return speak_code(src, ctx)


def speak_code(s, ctx, nato=False):
    if ctx.stt_digits():
        t = re.sub(r"[/\-.]", " ", s.lower())
        return re.sub(r"\s+", " ", t).strip()
    toks = re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]", s)
    out = []
    mode = pick(["single", "single", "pairs", "mixed"])
    sepw = {k: pick(v) for k, v in SEP_WORDS.items()}
    for t in toks:
        if t.isdigit():
            m = mode if mode != "mixed" else pick(["single", "pairs", "hund"])
            out.append(read_group(t, ctx.zero, m))
        elif t.isalpha():
            if nato:
                out.append(" ".join(f"{c.lower()} for {SPELL_ALPHA[c.lower()]}"
                                    for c in t))
            else:
                out.append(" ".join(c.lower() for c in t))
        else:
            w = sepw.get(t, "")
            if w:
                out.append(w)
    return " ".join(out)


class Phone:
    def __init__(self, nat_groups, intl_groups, style="plain"):
        self.nat, self.intl, self.style = nat_groups, intl_groups, style

    def written(self, ctx):
        use_intl = chance(0.6 if ctx.res in EU_RES else 0.25)
        g = self.intl if use_intl else self.nat
        if self.style == "us" and not use_intl:
            return pick([f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]}-{g[1]}-{g[2]}",
                         f"{g[0]}.{g[1]}.{g[2]}", f"{g[0]} {g[1]} {g[2]}"])
        return pick([" ".join(g), " ".join(g), "".join(g), "-".join(g)
                     if not use_intl else " ".join(g)])

    def spoken(self, ctx):
        g = self.intl if chance(0.2) else self.nat
        return say_groups(g, ctx)


def say_groups(groups, ctx):
    if ctx.stt_digits():
        return " ".join(x.replace("+", "plus ") for x in groups)
    base = pick(["single", "single", "single", "pairs", "mixed"])
    out = []
    for g in groups:
        if g.startswith("+"):
            cc = g[1:]
            out.append("plus " + (num_words(int(cc)) if len(cc) == 2 and chance(0.5)
                                  else read_single(cc, ctx.zero, dbl=0)))
            continue
        m = base if base != "mixed" else pick(["single", "pairs", "hund"])
        out.append(read_group(g, ctx.zero, m))
    return ctx.group_joiner().join(out)


def gen_phone(res, kind="mobile"):
    g = rgroup(res)
    if g == "GB":
        if kind == "landline":
            town = pick(GB_TOWNS[res])
            code = town[2]
            if len(code) == 3:
                a, b = digits(4, True), digits(4)
                return Phone([code, a, b], ["+44", code[1:], a, b])
            if len(code) == 4:
                a, b = digits(3, True), digits(4)
                return Phone([code, a, b], ["+44", code[1:], a, b])
            a = digits(6, True)
            return Phone([code, a], ["+44", code[1:], a])
        a, b = "07" + str(rng.choice([4, 5, 7, 8, 9])) + digits(2), digits(6)
        if chance(0.3):
            return Phone([a, b[:3], b[3:]], ["+44", a[1:], b])
        return Phone([a, b], ["+44", a[1:], b])
    if g in ("US", "CA"):
        if g == "US":
            area = pick(US_CITIES)[3] if chance(0.7) else pick(["646", "415", "305"])
        else:
            area = pick(CA_CITIES)[3] if chance(0.7) else pick(["647", "778", "437"])
        ex, line = str(rng.randint(2, 9)) + digits(2), digits(4)
        return Phone([area, ex, line], ["+1", area, ex, line], style="us")
    if g == "ZA":
        pre = pick(["082", "083", "072", "061", "079", "084", "071"])
        a, b = digits(3), digits(4)
        return Phone([pre, a, b], ["+27", pre[1:], a, b])
    if g == "IN":
        a = str(rng.randint(6, 9)) + digits(4)
        b = digits(5)
        return Phone([a, b], ["+91", a, b])
    if g == "NG":
        pre = pick(["0803", "0805", "0806", "0813", "0703", "0706", "0810", "0901", "0816"])
        a, b = digits(3), digits(4)
        return Phone([pre, a, b], ["+234", pre[1:], a, b])
    if g == "IE":
        if kind == "landline":
            a, b = digits(3, True), digits(4)
            return Phone(["01", a, b], ["+353", "1", a, b])
        pre = pick(["083", "085", "086", "087", "089"])
        a, b = digits(3), digits(4)
        return Phone([pre, a, b], ["+353", pre[1:], a, b])
    if res == "ES":
        a = "6" + digits(2)
        b, c = digits(3), digits(3)
        return Phone([a, b, c], ["+34", a, b, c])
    if res == "FR":
        p = [pick(["06", "07"]), digits(2), digits(2), digits(2), digits(2)]
        return Phone(p, ["+33", p[0][1:]] + p[1:])
    if res == "DE":
        a, b = pick(["0151", "0160", "0172", "0176"]), digits(8)
        return Phone([a, b], ["+49", a[1:], b])
    if res == "PT":
        a = "9" + pick(["1", "2", "3", "6"]) + digits(1)
        b, c = digits(3), digits(3)
        return Phone([a, b, c], ["+351", a, b, c])
    if res == "NL":
        b = digits(8)
        return Phone(["06", b], ["+31", "6", b])
    a = "3" + digits(2)
    b, c = digits(3), digits(4)
    return Phone([a, b, c], ["+39", a, b, c])


EMAIL_DOMAINS = {
    "GB": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com",
           "btinternet.com", "sky.com", "icloud.com", "live.co.uk"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com",
           "icloud.com"],
    "CA": ["gmail.com", "hotmail.ca", "rogers.com", "shaw.ca", "outlook.com"],
    "ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "outlook.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "NG": ["gmail.com", "yahoo.com", "yahoo.co.uk", "outlook.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "EU": ["gmx.de", "web.de", "orange.fr", "free.fr", "telefonica.net",
           "libero.it", "ziggo.nl", "sapo.pt", "gmail.com", "hotmail.com"],
}
DOMAIN_SAY = {"gmail": ["gmail", "g mail"], "hotmail": ["hotmail", "hot mail"],
              "btinternet": ["bt internet", "b t internet"],
              "icloud": ["icloud", "i cloud"], "aol": ["a o l"],
              "mweb": ["m web"], "gmx": ["g m x"], "rediffmail": ["rediff mail"],
              "telkomsa": ["telkom s a", "telkomsa"], "uk": ["uk", "u k"],
              "co": ["co"], "com": ["com"], "net": ["net"], "ca": ["ca", "c a"],
              "za": ["za", "z a"], "in": ["in", "i n"], "ac": ["ac", "a c"],
              "ie": ["ie", "i e"], "de": ["d e", "de"], "fr": ["f r", "fr"],
              "it": ["it", "i t"], "nl": ["n l"], "pt": ["p t", "pt"],
              "sky": ["sky"], "live": ["live"], "web": ["web"], "orange": ["orange"],
              "webmail": ["webmail", "web mail"], "outlook": ["outlook"],
              "yahoo": ["yahoo"], "eircom": ["eircom"], "comcast": ["comcast"],
              "rogers": ["rogers"], "shaw": ["shaw"], "libero": ["libero"],
              "ziggo": ["ziggo"], "sapo": ["sapo"], "free": ["free"],
              "telefonica": ["telefonica"], "student": ["student"], "edu": ["edu", "e d u"],
              "uni": ["uni"], "org": ["org"], "sms": ["s m s"], "my": ["my"], "mail": ["mail"],
              "umail": ["u mail"], "ucdconnect": ["ucd connect"]}


def clean_token(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


class Email:
    def __init__(self, local, domain):
        self.local, self.domain = local, domain
        self.addr = f"{local}@{domain}"

    def written(self, ctx):
        a = self.addr
        if chance(0.08):
            a = a[0].upper() + a[1:]
        return a

    def spoken(self, ctx, filler=False):
        parts = []
        for t in re.findall(r"[a-z]+|\d+|[._\-]", self.local):
            if t.isdigit():
                if len(t) == 4 and t[:2] in ("19", "20") and chance(0.6):
                    parts.append(year_words(int(t)))
                elif len(t) == 2 and t[0] != "0" and chance(0.7):
                    parts.append(num_words(int(t)))
                else:
                    parts.append(read_single(t, ctx.zero, dbl=0.5))
            elif t.isalpha():
                if len(t) <= 2 or chance(0.1):
                    parts.append(" ".join(t))
                else:
                    parts.append(t)
            else:
                parts.append(pick(SEP_WORDS[t]) or "dash")
        if filler:
            k = rng.randint(1, max(1, len(parts) - 1))
            parts.insert(k, pick(["um", "er", "erm", "sorry", "uh"]))
        dom = []
        for lab in self.domain.split("."):
            dom.append(pick(DOMAIN_SAY.get(lab, [lab if len(lab) > 3 else " ".join(lab)])))
        return " ".join(parts) + " at " + " dot ".join(dom)


def make_email(first, last, dob_year, res, domain=None):
    f, l = clean_token(first) or "x", clean_token(last) or "x"
    yy, nn = str(dob_year)[2:], str(rng.randint(1, 99))
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{yy}", f"{f[0]}_{l}{nn}",
                  f"{l}.{f}", f"{f}{l}{dob_year}", f"{f}{nn}", f"{f}.{l}{nn}",
                  f"{l}{f[0]}{yy}", f"{f}-{l}", f"{f}{l}"])
    return Email(local, domain or pick(EMAIL_DOMAINS[rgroup(res)]))


class Postcode:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value

    def written(self, ctx, irregular=False):
        v = self.value
        if irregular:
            return pick([v.replace(" ", ""), v.lower().replace(" ", ""), v.lower()])
        if self.kind in ("GB", "CA", "IE") and chance(0.12):
            v = v.lower()
        return v

    def spoken(self, ctx, nato=False):
        v = self.value
        if nato:
            return speak_code(v, ctx, nato=True)
        if self.kind in ("GB", "CA", "IE"):
            r = rng.random()
            if r < 0.4 and ctx.form == "spoken":
                return v.lower()
            if r < 0.6:
                return " ".join(v.lower().replace(" ", ""))
            return speak_code(v, ctx)
        d = re.sub(r"\D", "", v)
        if re.search(r"[A-Za-z]", v):
            return v.lower() if ctx.stt_digits() else speak_code(v, ctx)
        if ctx.stt_digits() or chance(0.2):
            return v.replace("-", " ")
        if len(d) == 4 and chance(0.5):
            return read_pairs(d, ctx.zero)
        return read_single(d, ctx.zero)


def gb_postcode(res, town=None):
    town = town or pick(GB_TOWNS[res])
    out = pick(town[1])
    return town, Postcode("GB", f"{out} {rng.randint(0, 9)}{letters(2, GB_IN_LETTERS)}")


class Address:
    """lines: list of lists of tokens; token = str | (written, spoken) | Postcode"""

    def __init__(self, lines, res, town, postcode=None, street_upto=1):
        self.lines, self.res, self.town, self.postcode = lines, res, town, postcode
        self.street_upto = street_upto  # how many lines make up "the first line"

    @staticmethod
    def _w(tok, ctx):
        if isinstance(tok, Postcode):
            return tok.written(ctx)
        if isinstance(tok, tuple):
            return tok[0]
        return tok

    @staticmethod
    def _s(tok, ctx):
        if isinstance(tok, Postcode):
            return tok.spoken(ctx)
        if isinstance(tok, tuple):
            return tok[1]
        if tok.isdigit() and not (ctx.form == "spoken" and chance(0.6)):
            n = int(tok)
            return num_words(n) if n < 1000 else read_pairs(tok, ctx.zero)
        return tok

    def written(self, ctx, multiline=False, first_line_only=False, casual=False):
        lines = self.lines[:self.street_upto] if first_line_only else self.lines
        rendered = [" ".join(self._w(t, ctx) for t in ln) for ln in lines]
        s = ("\n" if multiline else ", ").join(rendered)
        if casual and not multiline:
            s = s.lower().replace(",", "")
        return s

    def spoken(self, ctx, first_line_only=False):
        lines = self.lines[:self.street_upto] if first_line_only else self.lines
        out = []
        for ln in lines:
            out.append(" ".join(x for x in (self._s(t, ctx) for t in ln) if x).rstrip(","))
        return ctx.addr_joiner().join(x for x in out if x)


def house_no():
    r = rng.random()
    return str(rng.randint(1, 60) if r < 0.7 else rng.randint(61, 240))


def gen_address(res):
    g = rgroup(res)
    if g == "GB":
        town, pc = gb_postcode(res)
        if res == "GB-ENG" and chance(0.2):
            street = FK["en_GB"].street_name()
        else:
            street = pick(GB_STREETS[res])
        num = house_no()
        l1 = [num, street]
        r = rng.random()
        if res == "GB-SCT" and town[0] == "Glasgow" and r < 0.4:
            f = f"{rng.randint(0, 3)}/{rng.randint(1, 2)}"
            l1 = [("Flat " + f + ",", "Flat " + f.replace("/", pick([" stroke ", " slash ", " "])))] + l1
        elif res == "GB-SCT" and town[0] == "Edinburgh" and r < 0.4:
            f = f"{rng.randint(1, 4)}F{rng.randint(1, 3)}"
            l1 = [(f + ",", " ".join(f.lower()))] + l1
        elif r < 0.2:
            f = str(rng.randint(1, 12))
            l1 = [(f"Flat {f},", f"Flat {f}")] + l1
        elif r < 0.26:
            hn = pick(["Rose Cottage", "The Old Forge", "Ty Gwyn", "Bryn Awel", "Hillcrest"])
            l1 = [(hn + ",", hn)] + [street]
        lines = [l1, [town[0], pc]] if chance(0.6) else [l1, [town[0]], [pc]]
        return Address(lines, res, town[0], pc)
    if g == "US":
        city, st, z3, _ = pick(US_CITIES)
        sn, full, abbr = pick(US_STREETS)
        num = str(rng.randint(100, 9899))
        pre = pick(["", "", "", "N ", "S ", "W ", "E "])
        pre_s = {"": "", "N ": "north ", "S ": "south ", "W ": "west ", "E ": "east "}[pre]
        street = (f"{pre}{sn} {abbr if chance(0.6) else full}",
                  f"{pre_s}{sn.lower()} {full.lower()}")
        pc = Postcode("US", z3 + digits(2))
        l1 = [num, street]
        lines = [l1]
        if chance(0.35):
            u = pick([f"Apt {rng.randint(1, 20)}{pick('ABCD')}", f"Unit {rng.randint(1, 40)}",
                      f"#{rng.randint(101, 909)}"])
            us = u.lower().replace("apt", "apartment").replace("#", "number ")
            us = re.sub(r"(\d)([a-d])$", r"\1 \2", us)
            lines.append([(u, us)])
        lines.append([city])
        lines.append([(st, " ".join(st.lower())), pc])
        return Address(lines, res, city, pc)
    if g == "CA":
        city, prov, fsa, _ = pick(CA_CITIES)
        street = pick(CA_STREETS)
        num = str(rng.randint(10, 2999))
        pc = Postcode("CA", f"{fsa}{rng.randint(0, 9)}{letters(1, CA_LETTERS)} "
                            f"{rng.randint(0, 9)}{letters(1, CA_LETTERS)}{rng.randint(0, 9)}")
        if chance(0.3):
            unit = str(rng.randint(101, 2405))
            l1 = [(f"{unit}-{num}", f"{unit} {num}"), street]
        else:
            l1 = [num, street]
        lines = [l1, [city], [(prov, " ".join(prov.lower())), pc]]
        return Address(lines, res, city, pc)
    if g == "ZA":
        sub, city, code = pick(ZA_PLACES)
        l1 = [house_no(), pick(ZA_STREETS)]
        lines = [l1, [sub], [city], [Postcode("ZA", code)]]
        upto = 1
        if chance(0.3):
            u = f"Unit {rng.randint(1, 40)}"
            lines = [[(u, u)], [pick(ZA_COMPLEX)]] + lines
            upto = 3
        return Address(lines, res, city, lines[-1][0], street_upto=upto)
    if g == "IN":
        loc, city, state, pre = pick(IN_PLACES)
        pin = Postcode("IN", pre + digits(2))
        if chance(0.5):
            flat = str(rng.randint(1, 14) * 100 + rng.randint(1, 8))
            lines = [[(f"Flat {flat}", f"Flat {flat}")], [pick(IN_BUILDINGS)],
                     [pick(IN_STREETS)], [loc], [city, pin]]
            return Address(lines, res, city, pin, street_upto=3)
        else:
            h = str(rng.randint(1, 220))
            lines = [[(f"House No. {h}", f"House Number {h}")], [pick(IN_STREETS)],
                     [loc], [city], [(state, state), pin]]
        return Address(lines, res, city, pin, street_upto=2)
    if g == "NG":
        area, city = pick(NG_AREAS)
        num = str(rng.randint(1, 60))
        first = pick([[(f"Plot {num},", f"Plot {num}")], [(f"No. {num}", f"Number {num}")],
                      [num]])
        lines = [first + [pick(NG_STREETS)], [area], [city]]
        return Address(lines, res, city, None)
    if g == "IE":
        loc, town, county, rk = pick(IE_PLACES)
        eir = Postcode("IE", f"{rk} {''.join(rng.choice(EIR_CHARS) for _ in range(4))}")
        street = FK["en_IE"].street_name() if chance(0.4) else pick(IE_STREETS)
        lines = [[house_no(), street]]
        if chance(0.2):
            a = f"Apartment {rng.randint(1, 30)},"
            lines[0] = [(a, a.rstrip(","))] + lines[0]
        if loc:
            lines.append([loc])
        lines.append([town])
        if county and chance(0.6):
            lines.append([(county, county.replace("Co.", "County"))])
        lines.append([eir])
        return Address(lines, res, town, eir)
    # European residence
    fk = FK[EU_LOCALE[res]]
    if EU_TOWNS[res]:
        town, pcv = pick(EU_TOWNS[res])
    else:
        town, pcv = fk.city(), fk.postcode()
    pc = Postcode("EU", pcv)
    num = str(rng.randint(1, 120))
    street = fk.street_name()
    if res == "FR":
        l1 = [num, street]
    else:
        l1 = [street, num]
    lines = [l1]
    if res == "ES" and chance(0.5):
        fl = f"{rng.randint(1, 6)}º {pick('ABCD')}"
        lines.append([(fl, f"{fl[0]} {fl[-1].lower()}")])
    lines.append([pc, town])
    return Address(lines, res, town, pc)


def neighbour_of(addr):
    """same street, different house number (first line only is used)"""
    lines = [list(ln) for ln in addr.lines]
    done = False
    for ln in lines[:addr.street_upto]:
        for i, t in enumerate(ln):
            if isinstance(t, str) and t.isdigit() and not done:
                n = int(t)
                ln[i] = str(n + 2 if n % 2 == 0 or n < 3 else n - 2)
                done = True
    # a neighbour's "first line" is just number and street, without the flat/unit
    k = addr.street_upto - 1
    return Address(lines[k:], addr.res, addr.town, addr.postcode)


# --- checksums -------------------------------------------------------------
def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_valid(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    cd = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{cc}{cd:02d}{bban}"


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
              [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
              [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
              [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
              [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
              [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


class Card:
    def __init__(self, res):
        r = rng.random()
        if r < 0.55:
            pre, n = "4" + digits(5), 16
        elif r < 0.85:
            pre, n = str(rng.randint(51, 55)) + digits(4), 16
        elif r < 0.95 or res != "US":
            pre, n = pick(["34", "37"]) + digits(4), 15
        else:
            pre, n = "6011" + digits(2), 16
        body = pre + digits(n - 1 - len(pre))
        self.num = body + luhn_check_digit(body)
        assert luhn_ok(self.num)
        self.amex = n == 15
        self.groups = ([self.num[:4], self.num[4:10], self.num[10:]] if self.amex
                       else [self.num[i:i + 4] for i in range(0, 16, 4)])

    def written(self, ctx, irregular=False):
        if irregular:
            sep = pick([".", " - ", "  ", "/", "-"])
            if chance(0.5):
                g = [self.num[:4], self.num[4:7], self.num[7:12], self.num[12:]]
                return pick([" ", "-", "."]).join(g)
            return sep.join(self.groups)
        return pick([" ", " ", "-", ""]).join(self.groups)

    def spoken(self, ctx):
        return say_groups(self.groups, ctx)


def gen_iban(res, cc=None):
    cc = cc or {"IE": "IE", "ES": "ES", "FR": "FR", "DE": "DE", "PT": "PT",
                "NL": "NL", "IT": "IT"}.get(res, pick(["GB", "IE", "ES", "DE", "FR"]))
    bban = {
        "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14),
        "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + digits(14),
        "DE": lambda: digits(18),
        "FR": lambda: digits(23),
        "ES": lambda: digits(20),
        "NL": lambda: pick(["ABNA", "INGB", "RABO", "SNSB"]) + digits(10),
        "IT": lambda: letters(1) + digits(22),
        "PT": lambda: digits(21),
        "PL": lambda: digits(24),
    }[cc]()
    iban = make_iban(cc, bban)
    assert iban_valid(iban)
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return Code(iban, [grouped, grouped, iban], grouped)


def gen_nino():
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad1])
        b = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad2])
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(6)
    s = pick("ABCD")
    c = f"{a}{b}{d}{s}"
    spaced = f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
    return Code(c, [spaced, c, spaced, c.lower()], spaced)


def gen_uk_dl(p):
    sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())[:5].ljust(5, "9")
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    mm = m + 50 if p.gender == "F" else m
    ini = re.sub(r"[^A-Z]", "", ascii_fold(p.first).upper())[:1] + "9"
    core = f"{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}9{letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
    return Code(core, [core, core, f"{core} {rng.randint(1, 9):02d}", core[:5] + " " + core[5:11] + " " + core[11:]], core)


def gen_ppsn():
    d = digits(7)
    second = pick(["", "", "A", "W"])
    total = sum(int(x) * (8 - i) for i, x in enumerate(d))
    if second and second != "W":
        total += 9 * (ord(second) - 64)
    chk = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    c = d + chk + second
    return Code(c, [c, c, c[:7] + " " + c[7:]], c)


def gen_nie():
    p = pick("XYZ")
    d = digits(7)
    chk = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + d) % 23]
    c = f"{p}{d}{chk}"
    return Code(c, [c, f"{p}-{d}-{chk}", f"{p} {d} {chk}"], c)


def gen_sa_id(p):
    yymmdd = p.dob.strftime("%y%m%d")
    seq = (rng.randint(0, 4999) if p.gender == "F" else rng.randint(5000, 9999))
    body = f"{yymmdd}{seq:04d}08"
    c = body + luhn_check_digit(body)
    assert luhn_ok(c)
    return Code(c, [c, c, f"{c[:6]} {c[6:10]} {c[10:]}"], f"{c[:6]} {c[6:10]} {c[10:]}")


def gen_sin():
    body = str(rng.randint(1, 7)) + digits(7)
    c = body + luhn_check_digit(body)
    assert luhn_ok(c)
    g = f"{c[:3]} {c[3:6]} {c[6:]}"
    return Code(c, [g, c, f"{c[:3]}-{c[3:6]}-{c[6:]}"], g)


def gen_ssn():
    a = rng.randint(100, 665)
    b, c = rng.randint(10, 99), rng.randint(1000, 9999)
    return Code(f"{a}{b}{c}", [f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"],
                f"{a} {b} {c}")


def gen_aadhaar():
    body = str(rng.randint(2, 9)) + digits(10)
    c = body + verhoeff_digit(body)
    g = f"{c[:4]} {c[4:8]} {c[8:]}"
    return Code(c, [g, g, c], g)


def gen_pan(p):
    c = letters(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "P" + clean_token(p.last)[:1].upper() \
        + digits(4) + letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return Code(c, [c, c, c.lower()], c)


def gen_passport(res):
    g = rgroup(res)
    c = {"GB": lambda: digits(9, True), "US": lambda: digits(9, True),
         "IE": lambda: letters(2) + digits(7), "IN": lambda: letters(1) + digits(7),
         "NG": lambda: "A" + digits(8), "ZA": lambda: pick("AMT") + digits(8),
         "CA": lambda: letters(2) + digits(6),
         "EU": lambda: letters(2) + digits(7) if chance(0.5) else letters(1) + digits(8)}[g]()
    return Code(c, [c, c, c[:3] + " " + c[3:]], c)


def gen_dl(p, res):
    g = rgroup(res)
    if g == "GB":
        return gen_uk_dl(p)
    if g == "US":
        c = letters(1) + digits(7)
        return Code(c, [c], c)
    if g == "CA":
        c = f"{clean_token(p.last)[:1].upper() or 'A'}{digits(4)}-{digits(5)}-{digits(5)}"
        return Code(c, [c, c.replace("-", "")], c)
    if g == "IE":
        c = digits(9)
        return Code(c, [c], c)
    if g == "ZA":
        c = digits(4) + "0000" + letters(2) + digits(2)
        return Code(c, [c], c)
    if g == "IN":
        c = f"{pick(['MH', 'KA', 'DL', 'TN'])}{rng.randint(1, 50):02d}{rng.randint(2005, 2022)}{digits(7)}"
        return Code(c, [c, c[:4] + " " + c[4:]], c)
    if g == "NG":
        c = letters(3) + digits(5) + "AA" + digits(2)
        return Code(c, [c], c)
    c = letters(1) + digits(8)
    return Code(c, [c], c)


def gen_id(p, res):
    """returns (kind phrase, Code)"""
    g = rgroup(res)
    opts = {
        "GB": [(["national insurance number", "NI number", "National Insurance no."],
                lambda: gen_nino(), 5),
               (["driving licence number", "driving licence"], lambda: gen_uk_dl(p), 2),
               (["passport number"], lambda: gen_passport(res), 1)],
        "US": [(["social security number", "SSN", "social"], gen_ssn, 5),
               (["driver's license number"], lambda: gen_dl(p, res), 1),
               (["passport number"], lambda: gen_passport(res), 1)],
        "CA": [(["SIN", "social insurance number"], gen_sin, 4),
               (["driver's licence number"], lambda: gen_dl(p, res), 1),
               (["passport number"], lambda: gen_passport(res), 1)],
        "ZA": [(["ID number", "ID", "South African ID number"], lambda: gen_sa_id(p), 5),
               (["passport number"], lambda: gen_passport(res), 1)],
        "IN": [(["Aadhaar number", "Aadhaar"], gen_aadhaar, 4),
               (["PAN", "PAN card number"], lambda: gen_pan(p), 2),
               (["passport number"], lambda: gen_passport(res), 1)],
        "NG": [(["NIN"], lambda: Code(d := digits(11, True), [d], d), 3),
               (["BVN"], lambda: Code(d := "22" + digits(9), [d], d), 2),
               (["international passport number"], lambda: gen_passport(res), 1)],
        "IE": [(["PPS number", "PPSN"], gen_ppsn, 4),
               (["passport number"], lambda: gen_passport(res), 1)],
        "EU": [(["NIE"], gen_nie, 4 if res == "ES" else 0),
               (["passport number"], lambda: gen_passport(res), 2)],
    }[g]
    kinds, fn, _ = wpick([((k, f, w), w) for k, f, w in opts])
    return pick(kinds), fn()


def gen_plate(res):
    g = rgroup(res)
    if res == "GB-NIR":
        c = letters(1, "ABCDEFGHJKLMNOPRSTUVWXY") + pick("IZ") + letters(1, "ABCDEFGHJKLMNOPRSTUVWXY") \
            + " " + str(rng.randint(1, 9999))
        return Code(c, [c, c.replace(" ", "")], c)
    if g == "GB":
        area = pick(["AB", "BD", "CA", "DK", "EF", "GH", "KL", "LA", "MA", "NB", "OU",
                     "PK", "RX", "SA", "VK", "WR", "YA", "SN", "CY", "LN", "FG"])
        age = pick(["23", "73", "19", "69", "15", "65", "21", "71", "12", "62", "09", "59"])
        c = f"{area}{age} {letters(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
        return Code(c, [c, c, c.replace(" ", ""), c.lower()], c)
    if g == "IE":
        c = f"{pick(['191', '202', '231', '152', '08', '13', '241'])}-{pick(['D', 'C', 'G', 'L', 'KY', 'WX', 'MH', 'LK'])}-{rng.randint(1, 39999)}"
        return Code(c, [c, c.replace("-", " ")], c)
    if g == "US":
        c = pick([f"{rng.randint(4, 9)}{letters(3)}{digits(3)}", f"{letters(3)}-{digits(4)}"])
        return Code(c, [c, c.replace("-", " ")], c)
    if g == "CA":
        c = f"{letters(4)} {digits(3)}"
        return Code(c, [c], c)
    if g == "ZA":
        c = pick([f"{letters(2)} {digits(2)} {letters(2)} GP", f"CA {digits(3)}-{digits(3)}",
                  f"ND {digits(3)}-{digits(3)}", f"CY {digits(6)}"])
        return Code(c, [c, c.replace("-", " ")], c)
    if g == "IN":
        c = f"{pick(['MH', 'KA', 'DL', 'TN', 'TS', 'WB'])} {rng.randint(1, 50):02d} {letters(2)} {digits(4)}"
        return Code(c, [c, c.replace(" ", "")], c)
    if g == "NG":
        c = f"{pick(['KJA', 'LSR', 'ABJ', 'EKY', 'APP', 'GGE'])} {digits(3)} {letters(2)}"
        return Code(c, [c, c.replace(" ", "-")], c)
    c = {"ES": lambda: f"{digits(4)} {letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
         "FR": lambda: f"{letters(2)}-{digits(3)}-{letters(2)}",
         "DE": lambda: f"{pick(['M', 'B', 'HH', 'K', 'F'])} {letters(2)} {rng.randint(1, 9999)}",
         "PT": lambda: f"{letters(2)}-{digits(2)}-{letters(2)}",
         "NL": lambda: f"{letters(2)}-{digits(3)}-{letters(1)}",
         "IT": lambda: f"{letters(2)} {digits(3)}{letters(2)}"}[res]()
    return Code(c, [c], c)


def gen_ip(res):
    if chance(0.12):
        h = [pick(["2a02", "2a00", "2001", "2600"]), format(rng.randint(0x100, 0xfff), "x"),
             format(rng.randint(0x1000, 0xffff), "x"), format(rng.randint(0, 0xffff), "x")]
        return ":".join(h) + "::" + format(rng.randint(1, 0xff), "x")
    first = pick({"GB": [81, 86, 90, 92, 109, 151, 212, 217, 31],
                  "US": [24, 73, 98, 174, 68, 71],
                  "CA": [24, 70, 99, 142, 184],
                  "ZA": [41, 105, 102, 196, 197],
                  "NG": [102, 105, 129, 197, 41],
                  "IN": [49, 106, 117, 122, 223],
                  "IE": [37, 78, 86, 89, 109],
                  "EU": [2, 5, 62, 79, 88, 95, 176]}[rgroup(res)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def speak_ip(ip, ctx):
    if ":" in ip:
        return speak_code(ip.replace(":", " "), ctx)
    parts = ip.split(".")
    if ctx.stt_digits():
        return " dot ".join(parts)
    out = []
    for p in parts:
        out.append(num_words(int(p), use_and=False) if chance(0.6) or len(p) == 1
                   else read_single(p, ctx.zero, dbl=0))
    return " dot ".join(out)


EMPLOYERS = {
    "GB": ["Tesco", "NHS Greater Glasgow and Clyde", "Leeds Teaching Hospitals",
           "Capita", "Rolls-Royce", "BT Group", "Aviva", "Network Rail", "Greggs",
           "Arup", "Ocado", "Amazon", "Cardiff Council", "Belfast Health Trust"],
    "US": ["Kaiser Permanente", "Amazon", "Walgreens", "Delta Air Lines",
           "Austin Independent School District", "Boeing", "Target"],
    "CA": ["Shoppers Drug Mart", "RBC", "Bombardier", "Tim Hortons", "Shopify",
           "Alberta Health Services"],
    "ZA": ["Shoprite", "Discovery Health", "Sasol", "Standard Bank", "Vodacom",
           "Pick n Pay"],
    "IN": ["Infosys", "Tata Consultancy Services", "Wipro", "HDFC Bank", "Reliance Jio"],
    "NG": ["Dangote Group", "Access Bank", "MTN Nigeria", "Nigerian Breweries", "Andela"],
    "IE": ["Intel Ireland", "Ryanair", "Aer Lingus", "Kerry Group", "the HSE",
           "Dunnes Stores"],
    "EU": ["Siemens", "Airbus", "Inditex", "Philips", "Deloitte"],
}
UNIS = {
    "GB-ENG": ["University of Leeds", "University of Manchester", "King's College London",
               "University of Bristol", "Nottingham Trent University",
               "Sheffield Hallam University"],
    "GB-SCT": ["University of Glasgow", "University of Edinburgh",
               "University of Strathclyde", "Robert Gordon University"],
    "GB-WLS": ["Cardiff University", "Swansea University", "Aberystwyth University",
               "Bangor University"],
    "GB-NIR": ["Queen's University Belfast", "Ulster University"],
    "IE": ["University College Dublin", "Trinity College Dublin", "University of Galway",
           "University College Cork"],
    "CA": ["McGill University", "University of Toronto", "University of British Columbia",
           "Dalhousie University"],
    "US": ["Ohio State University", "University of Texas at Austin", "Boston University",
           "Portland State University"],
    "ZA": ["University of Cape Town", "Wits University", "Stellenbosch University"],
    "IN": ["Delhi University", "IIT Bombay", "Christ University"],
    "NG": ["University of Lagos", "Obafemi Awolowo University", "Covenant University"],
}
UNI_DOMAINS = {
    "University of Leeds": "leeds.ac.uk", "University of Manchester": "student.manchester.ac.uk",
    "King's College London": "kcl.ac.uk", "University of Bristol": "bristol.ac.uk",
    "Nottingham Trent University": "my.ntu.ac.uk", "Sheffield Hallam University": "student.shu.ac.uk",
    "University of Glasgow": "student.gla.ac.uk", "University of Edinburgh": "sms.ed.ac.uk",
    "University of Strathclyde": "uni.strath.ac.uk", "Robert Gordon University": "rgu.ac.uk",
    "Cardiff University": "cardiff.ac.uk", "Swansea University": "swansea.ac.uk",
    "Aberystwyth University": "aber.ac.uk", "Bangor University": "bangor.ac.uk",
    "Queen's University Belfast": "qub.ac.uk", "Ulster University": "ulster.ac.uk",
    "University College Dublin": "ucdconnect.ie", "Trinity College Dublin": "tcd.ie",
    "University of Galway": "universityofgalway.ie", "University College Cork": "umail.ucc.ie",
    "McGill University": "mail.mcgill.ca", "University of Toronto": "mail.utoronto.ca",
    "University of British Columbia": "student.ubc.ca", "Dalhousie University": "dal.ca",
    "Ohio State University": "buckeyemail.osu.edu", "University of Texas at Austin": "utexas.edu",
    "Boston University": "bu.edu", "Portland State University": "pdx.edu",
}
JOBTITLES = ["Operations Manager", "Senior Analyst", "Practice Nurse", "Site Supervisor",
             "Account Executive", "Software Engineer", "Procurement Lead",
             "Teaching Assistant", "Head of Finance", "Claims Handler"]


def employer_for(res):
    g = rgroup(res)
    if chance(0.3):
        loc = {"US": "en_US", "CA": "en_CA", "IN": "en_IN", "IE": "en_IE"}.get(g, "en_GB")
        return FK[loc].company()
    return pick(EMPLOYERS[g])


def uni_for(res):
    return pick(UNIS.get(res, UNIS.get(rgroup(res), UNIS["GB-ENG"])))


def domain_of(org):
    words = [clean_token(w) for w in org.replace("the ", "").split()]
    words = [w for w in words if w and w not in ("and", "of", "group", "ltd", "inc", "plc")]
    base = "".join(words[:2]) or "work"
    return base + pick([".com", ".co.uk", ".org"])


class Person:
    def __init__(self, origin, res, gender=None, student=False, age=None):
        self.gender = gender or pick("FM")
        self.origin = origin
        self.first, self.last = gen_name(origin, self.gender)
        if self.gender == "F":
            self.title = pick(["Mrs", "Ms", "Miss", "Mrs"] + ([] if student else ["Dr"]))
        else:
            self.title = pick(["Mr", "Mr", "Mr"] + ([] if student else ["Dr"]))
        if age == "child":
            start, span = date(2007, 1, 1), 365 * 10
        elif student:
            start, span = date(1998, 1, 1), 365 * 8
        elif age == "old":
            start, span = date(1932, 1, 1), 365 * 20
        else:
            start, span = date(1945, 1, 1), 365 * 58
        self.dob = start + timedelta(days=rng.randint(0, span))


# ---------------------------------------------------------------------------
# sectors, customer IDs
# ---------------------------------------------------------------------------
ALL_RES = list(RESIDENCES)
SECTORS = {
    "mobile": dict(company="Lumen Mobile", res=ALL_RES,
                   kinds=["account number", "account no.", "customer account number"]),
    "energy": dict(company="Hearthstone Energy",
                   res=GB_RES + ["IE", "US", "CA", "ZA", "IN", "NG"],
                   kinds=["account number", "energy account number"]),
    "home": dict(company="Castlegate Home Insurance",
                 res=GB_RES + ["IE", "US", "CA", "ZA", "ES", "FR", "PT"],
                 kinds=["policy number", "policy no."]),
    "pet": dict(company="PawsCover", res=GB_RES + ["IE", "US", "CA", "ZA"],
                kinds=["policy number", "policy"]),
    "bank": dict(company="Northmoor Bank", res=ALL_RES,
                 kinds=["customer number", "customer ID"]),
    "council": dict(company="the council", res=GB_RES,
                    kinds=["council tax reference", "account reference"]),
    "courier": dict(company="SwiftDrop", res=ALL_RES, kinds=["tracking number"]),
    "gym": dict(company="IronWorks Gym", res=GB_RES + ["IE", "US", "CA", "ZA", "IN", "NG"],
                kinds=["membership number", "member number"]),
    "uni": dict(company="the accommodation office", res=GB_RES + ["IE", "CA", "US"],
                kinds=["booking reference"]),
}


def gen_cust(sector, sub="main"):
    if sector == "mobile":
        d = digits(8)
        return Code("LM" + d, [f"LM{d}", f"LM-{d[:4]}-{d[4:]}", f"lm{d}"], f"LM {d[:4]} {d[4:]}")
    if sector == "energy":
        d = "70" + digits(10)
        g = f"{d[:4]} {d[4:8]} {d[8:]}"
        return Code(d, [g, d], g)
    if sector == "home":
        if sub == "claim":
            d = digits(7)
            return Code(f"CLM-{d}", [f"CLM-{d}", f"CLM{d}"], f"CLM {d}")
        y, d = pick(["2021", "2022", "2023", "2024"]), digits(6)
        return Code(f"CGH/{y}/{d}", [f"CGH/{y}/{d}", f"CGH-{y}-{d}"], f"CGH/{y}/{d}")
    if sector == "pet":
        if sub == "claim":
            d = digits(6)
            return Code(f"PCL-{d}", [f"PCL-{d}", f"PCL{d}"], f"PCL {d}")
        d = digits(6)
        c = f"PAW{d}{letters(1)}"
        return Code(c, [c, c.lower()], c)
    if sector == "bank":
        d = digits(10, True)
        return Code(d, [d, f"{d[:4]} {d[4:7]} {d[7:]}"], f"{d[:4]} {d[4:7]} {d[7:]}")
    if sector == "council":
        d = pick(["5", "8", "4"]) + digits(8)
        return Code(d, [d, f"{d[:3]} {d[3:6]} {d[6:]}"], d)
    if sector == "courier":
        if sub == "claim":
            d = digits(6)
            return Code(f"DMG{d}", [f"DMG{d}", f"DMG-{d}"], f"DMG {d}")
        d = digits(10)
        c = f"SD{d}GB"
        return Code(c, [c, c, f"SD {d[:4]} {d[4:8]} {d[8:]}GB", c.lower()],
                    f"SD {d[:4]} {d[4:8]} {d[8:]} GB")
    if sector == "gym":
        d = digits(6)
        return Code(f"IW{d}", [f"IW{d}", f"IW-{d}", f"iw{d}"], f"IW {d}")
    if sector == "uni":
        y, d = pick(["23", "24", "25"]), digits(5)
        return Code(f"ACC/{y}/{d}", [f"ACC/{y}/{d}", f"ACC-{y}-{d}"], f"ACC {y} {d}")
    raise ValueError(sector)


def gen_student_id():
    c = pick([f"S{digits(7)}", f"2{digits(8)}", f"u{digits(7)}", f"C{digits(7)}",
              f"B0{digits(7)}"])
    return Code(c, [c, c.upper()], c)


ZA_BANKS = [("FNB", "250655"), ("Capitec", "470010"), ("Standard Bank", "051001"),
            ("Absa", "632005"), ("Nedbank", "198765")]
NG_BANKS = ["GTBank", "Access Bank", "Zenith", "First Bank", "UBA", "Opay", "Kuda"]
IN_IFSC = ["SBIN", "HDFC", "ICIC", "UTIB", "PUNB"]


def aba_routing():
    while True:
        d = pick(["0", "1", "2", "3"]) + digits(7)
        for last in range(10):
            r = d + str(last)
            v = [int(x) for x in r]
            if (3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + v[2] + v[5] + v[8]) % 10 == 0:
                return r


# ---------------------------------------------------------------------------
# secrets, urls, misc
# ---------------------------------------------------------------------------
PW_WORDS = ["Bluebell", "kestrel", "Liverpool", "sunflower", "Marmite", "Tigger",
            "Gandalf", "brighton", "Chelsea", "pumpkin", "Rivendell", "hedgehog"]
PW_SYM = {"!": "exclamation mark", "#": "hash", "_": "underscore", "@": "at sign",
          "$": "dollar sign", "*": "star", "?": "question mark"}
MEMWORDS = ["marmalade", "zebra", "kilimanjaro", "lighthouse", "porridge", "tangerine",
            "saxophone", "bramble"]
PETS = ["Biscuit", "Luna", "Max", "Poppy", "Alfie", "Bella", "Teddy", "Milo", "Daisy",
        "Simba", "Pepper", "Rolo", "Nala", "Bruno"]
PET_KINDS = ["cockapoo", "French bulldog", "Labrador", "Maine Coon", "Border Collie",
             "rescue greyhound", "Staffie", "dachshund", "ragdoll cat", "cavapoo"]
SCHOOLS = ["St Anne's Primary", "Hillhead High", "Ysgol Glan Morfa", "Grove Park",
           "Holy Cross", "Sacred Heart", "Kingsmead"]
TEAMS = ["Hearts", "Kaizer Chiefs", "Arsenal", "Cork City", "Leeds United", "Enyimba"]


def gen_password():
    w = pick(PW_WORDS)
    r = rng.random()
    if r < 0.4:
        return w + str(rng.randint(1960, 2024)) + pick(list(PW_SYM))
    if r < 0.7:
        return w + pick(list(PW_SYM)) + str(rng.randint(1, 99))
    return w.lower() + digits(rng.randint(2, 4))


def speak_password(pw, ctx):
    out = []
    for t in re.findall(r"[A-Za-z]+|\d+|.", pw):
        if t.isalpha():
            if t[0].isupper() and chance(0.6):
                out.append("capital " + t[0].lower() + " " + t.lower())
            else:
                out.append(t.lower())
        elif t.isdigit():
            if len(t) == 4 and t[:2] in ("19", "20") and chance(0.6):
                out.append(year_words(int(t)))
            else:
                out.append(read_group(t, ctx.zero, pick(["single", "pairs"])))
        else:
            out.append(PW_SYM.get(t, "symbol"))
    return " ".join(out)


def gen_url(p, res):
    f, l = clean_token(p.first) or "me", clean_token(p.last) or "site"
    tld = {"GB": "co.uk", "IE": "ie", "CA": "ca", "ZA": "co.za", "IN": "in",
           "NG": "com.ng", "US": "com", "EU": pick(["eu", "com"])}[rgroup(res)]
    return pick([f"www.{f}{l}photography.{tld}", f"{f}{l}.com",
                 f"https://www.{l}joinery.{tld}", f"linkedin.com/in/{f}-{l}-{format(rng.randint(4096, 65535), 'x')}",
                 f"www.instagram.com/{f}.{l}.art", f"github.com/{f[0]}{l}{rng.randint(1, 99)}",
                 f"{f}bakes.{tld}", f"www.etsy.com/shop/{f.title()}{l.title()}Designs",
                 f"www.{l}-plumbing.{tld}"])


def speak_url(u, ctx):
    u = re.sub(r"^https?://", "", u)
    out = []
    for t in re.findall(r"[A-Za-z]+|\d+|[./\-_]", u):
        if t == "www":
            out.append(pick(["www", "w w w", "triple w"]))
        elif t in "./-_":
            out.append(pick({".": ["dot"], "/": ["slash", "forward slash"],
                             "-": ["dash", "hyphen"], "_": ["underscore"]}[t]))
        elif t.isdigit():
            out.append(num_words(int(t)) if len(t) <= 2 else read_single(t, ctx.zero))
        elif re.fullmatch(r"[0-9a-f]+", t) and len(t) <= 4 and not t.isalpha():
            out.append(" ".join(t))
        elif len(t) <= 2:
            out.append(" ".join(t.lower()))
        else:
            out.append(t.lower())
    return " ".join(out)


BRANDS = ["Amazon", "Tesco", "Uber Eats", "Netflix", "Ryanair", "Deliveroo", "Sainsbury's",
          "John Lewis", "Spotify", "Ted Baker", "Marks and Spencer", "Boots"]
BRANDS_RES = {"ZA": ["Takealot", "Checkers", "Woolworths"], "IN": ["Flipkart", "Swiggy", "Zomato"],
              "NG": ["Jumia", "Chowdeck", "Shoprite Lekki"], "CA": ["Tim Hortons", "Canadian Tire"],
              "US": ["Walmart", "Trader Joe's", "DoorDash"], "IE": ["Dunnes Stores", "Penneys"]}
PRODUCTS = ["iPhone 15 Pro", "Samsung Galaxy A54", "Google Pixel 8", "Apple Watch Series 9",
            "MacBook Air", "iPad mini", "Galaxy S23 Ultra", "Moto G84", "PS5", "Dyson V11"]
TARIFFS = {"mobile": ["Unlimited Max 5G", "SIM Only 30GB", "Pay As You Go Classic",
                      "Essentials 10GB", "Family Plus"],
           "energy": ["Fix & Save 24", "EcoFlex Variable", "Heat Saver Plus",
                      "Economy 7", "Green Fixed 12", "EV Night Saver"]}
HALLS = ["Tallis Court", "Cathedral Hall", "Elm Block", "Riverside View", "Marlowe House",
         "Oak House", "Castle Mews"]
TOWNS_ABROAD = ["Lisbon", "Benidorm", "Tenerife", "New York", "Dubai", "Lagos", "Cape Town",
                "Goa", "Toronto", "Kraków", "Marrakech", "Orlando"]
COUNTRY_OF = {"NG": "Nigeria", "IN": "India", "ZA": "South Africa", "PL": "Poland",
              "PT": "Portugal", "ES": "Spain", "IT": "Italy", "FR": "France", "DE": "Germany",
              "NL": "the Netherlands", "US": "the States", "CA": "Canada", "NZ": "New Zealand",
              "IE": "Ireland", "IEH": "Ireland", "GB": "Ghana", "SCT": "Malaysia",
              "WLS": "Hong Kong"}
CURRENCY = {"GB": ("£", "pounds", "p"), "US": ("$", "dollars", "cents"),
            "CA": ("$", "dollars", "cents"), "ZA": ("R", "rand", "cents"),
            "IN": ("₹", "rupees", None), "NG": ("₦", "naira", None),
            "IE": ("€", "euro", "cent"), "EU": ("€", "euro", "cent")}
COUNCILS = {"GB-ENG": ["Leeds City Council", "Bristol City Council", "Manchester City Council"],
            "GB-SCT": ["Glasgow City Council", "City of Edinburgh Council"],
            "GB-WLS": ["Cardiff Council", "Swansea Council"],
            "GB-NIR": ["Land & Property Services"]}


# ---------------------------------------------------------------------------
# rendering context
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, form, lower, sector, res, origin):
        self.form, self.lower, self.sector, self.res = form, lower, sector, res
        self.origin = origin
        self.p = Person(origin, res, student=(sector == "uni"))
        self.zero = pick(["zero", "oh"]) if rgroup(res) in ("US", "CA") else \
            ("oh" if chance(0.85) else "zero")
        self.cache = {}
        self.other_p = None
        self.n_spoken_vals = 0
        self.first_forced = False
        self.force_w = False
        self._stt_utt = form == "spoken" and chance(0.3)
        self._stt_now = self._stt_utt

    # style helpers ---------------------------------------------------------
    def value_spoken(self, typ):
        if self.form == "spoken":
            return True
        if self.force_w:
            return False
        if self.form == "mixed" and typ == "ADDRESS":
            return chance(0.2)
        if self.form == "mixed" and typ not in ("PERSON", "ORGANIZATION"):
            if not self.first_forced:
                self.first_forced = True
                return True
            return chance(0.4)
        return False

    def stt_digits(self):
        return self.form == "spoken" and self._stt_now

    def group_joiner(self):
        return " " if self.lower else pick([" ", ", ", " "])

    def addr_joiner(self):
        return " " if self.lower else pick([", ", " "])

    # persons ---------------------------------------------------------------
    def other(self, gender=None, age=None):
        if self.other_p is None:
            o = self.origin if chance(0.8) else wpick(RESIDENCES[self.res][1])
            self.other_p = Person(o, self.res, gender=gender, age=age)
        return self.other_p

    def name_str(self, p, kind, sp):
        title = p.title
        if sp:
            title = pick({"Mr": ["mr", "mister"], "Mrs": ["mrs", "missus"], "Ms": ["ms", "miz"],
                          "Miss": ["miss"], "Dr": ["dr", "doctor"]}[title])
        elif chance(0.2):
            title += "."
        if kind == "full":
            return f"{p.first} {p.last}"
        if kind == "title":
            return pick([f"{title} {p.last}", f"{title} {p.first} {p.last}"])
        if kind == "first":
            return p.first
        if kind == "last":
            return p.last
        # "name": mixture
        r = rng.random()
        if r < 0.7:
            return f"{p.first} {p.last}"
        if r < 0.85:
            return f"{title} {p.first} {p.last}"
        return f"{title} {p.last}"

    # main entry ------------------------------------------------------------
    def render(self, slot):
        if slot in self.cache:
            return self.cache[slot]
        if slot.endswith("_w") or slot.endswith("_ml"):
            # pasted / signature material: always typed
            self.force_w = True
            try:
                out = self._render(slot[:-2] if slot.endswith("_w") else slot)
            finally:
                self.force_w = False
        else:
            out = self._render(slot)
        if isinstance(out, tuple):
            out = [out]
        self.cache[slot] = out
        return out

    def V(self, typ, written_fn, spoken_fn):
        sp = self.value_spoken(typ)
        self._stt_now = self._stt_utt
        if sp:
            self.n_spoken_vals += 1
            return (typ, spoken_fn())
        return (typ, written_fn())

    def N(self, written, spoken):
        """non-PII value"""
        return (None, spoken if self.lower else written)

    def _render(self, slot):
        p, res, g = self.p, self.res, rgroup(self.res)
        # ---------------- PERSON
        if slot in ("name", "fullname", "tname", "first", "last"):
            kind = {"name": "name", "fullname": "full", "tname": "title",
                    "first": "first", "last": "last"}[slot]
            return self.V("PERSON", lambda: self.name_str(p, kind, False),
                          lambda: self.name_str(p, kind, True))
        if slot == "name_wrong":
            f = p.first
            bad = f[:-1] if len(f) > 3 else f + f[-1]
            if len(f) > 4 and chance(0.5):
                k = rng.randint(1, len(f) - 2)
                bad = f[:k] + f[k + 1:]
            return ("PERSON", f"{bad} {p.last}")
        if slot == "spelled_last":
            s = clean_token(p.last).upper()
            if self.lower:
                return ("PERSON", " ".join(s.lower()))
            return ("PERSON", pick(["-".join(s), " ".join(s), ", ".join(s)]))
        if slot in ("other", "other_f", "other_m"):
            o = self.other(gender={"other_f": "F", "other_m": "M"}.get(slot))
            return self.V("PERSON", lambda: self.name_str(o, "full", False),
                          lambda: self.name_str(o, "full", True))
        if slot == "other_son":
            o = self.other(gender="M", age="child")
            return self.V("PERSON", lambda: self.name_str(o, "full", False),
                          lambda: self.name_str(o, "full", True))
        if slot == "other_mum":
            o = self.other(gender="F", age="old")
            o.title = pick(["Mrs", "Mrs", "Ms"])
            return self.V("PERSON", lambda: self.name_str(o, "name", False),
                          lambda: self.name_str(o, "name", True))
        if slot == "agent":
            a = Person(pick(["GB", "IN", "SCT", "NG", "IEH", "US"]), res)
            return ("PERSON", a.first)
        # ---------------- PHONE
        if slot in ("phone", "phone2", "landline"):
            key = "_ph_" + slot
            if key not in self.cache:
                self.cache[key] = gen_phone(res, "landline" if slot == "landline" else "mobile")
            ph = self.cache[key]
            return self.V("PHONE_NUMBER", lambda: ph.written(self), lambda: ph.spoken(self))
        if slot == "phone_wrong":
            ph = self._phone()
            d = list("".join(ph.nat))
            k = rng.randint(len(d) - 4, len(d) - 2)
            if d[k] == d[k + 1]:
                d[k + 1] = str((int(d[k + 1]) + 3) % 10)
            else:
                d[k], d[k + 1] = d[k + 1], d[k]
            wrong, pos, groups = "".join(d), 0, []
            for grp in ph.nat:
                groups.append(wrong[pos:pos + len(grp)])
                pos += len(grp)
            w = Phone(groups, ph.intl, ph.style)
            return self.V("PHONE_NUMBER", lambda: " ".join(w.nat), lambda: w.spoken(self))
        if slot == "phone_filler":
            ph = self._phone()
            self._stt_now = False
            self.n_spoken_vals += 1
            parts = [read_group(x, self.zero, pick(["single", "pairs", "hund"])) for x in ph.nat]
            k = rng.randint(1, len(parts) - 1)
            parts.insert(k, pick(["um", "er", "erm", "hang on", "sorry"]))
            j = " " if self.lower else pick([" ", ", "])
            return ("PHONE_NUMBER", j.join(parts))
        if slot == "phone_words":
            ph = self._phone()
            self._stt_now = False
            self.n_spoken_vals += 1
            return ("PHONE_NUMBER", say_groups(ph.nat, self))
        if slot == "phone_homophone":
            ph = self._phone()
            self._stt_now = False
            self.n_spoken_vals += 1
            s = say_groups(ph.nat, self)
            s2 = re.sub(r"\bfour\b", "for", s, count=1)
            if s2 == s:
                s2 = re.sub(r"\btwo\b", pick(["to", "too"]), s, count=1)
            if s2 == s:
                s2 = re.sub(r"\beight\b", "ate", s, count=1)
            if s2 == s:
                s2 = re.sub(r"\bone\b", "won", s, count=1)
            return ("PHONE_NUMBER", s2)
        if slot in ("phone_a", "phone_b"):
            ph = self._phone()
            if "_phsplit" not in self.cache:
                flat = "".join(ph.nat)
                cut = len(flat) - rng.randint(3, 4)
                self.cache["_phsplit"] = (flat[:cut], flat[cut:])
            a, b = self.cache["_phsplit"]
            part = a if slot == "phone_a" else b
            grp = [part[:5], part[5:]] if len(part) > 6 else [part]
            return self.V("PHONE_NUMBER", lambda: " ".join(x for x in grp if x),
                          lambda: say_groups([x for x in grp if x], self))
        # ---------------- EMAIL
        if slot in ("email", "email_old"):
            key = "_em_" + slot
            if key not in self.cache:
                if slot == "email_old":
                    self.cache[key] = make_email(p.first, p.last, p.dob.year, res)
                    if self.cache[key].addr == self._email().addr:
                        self.cache[key] = Email(self.cache[key].local + "1", self.cache[key].domain)
                else:
                    self.cache[key] = self._email()
            em = self.cache[key]
            return self.V("EMAIL_ADDRESS", lambda: em.written(self), lambda: em.spoken(self))
        if slot == "other_email":
            o = self.other()
            em = make_email(o.first, o.last, o.dob.year, res)
            return self.V("EMAIL_ADDRESS", lambda: em.written(self), lambda: em.spoken(self))
        if slot == "work_email":
            em = Email(f"{clean_token(p.first)}.{clean_token(p.last)}",
                       domain_of(self._employer()))
            return self.V("EMAIL_ADDRESS", lambda: em.written(self), lambda: em.spoken(self))
        if slot == "uni_email":
            sid = self._student_id()
            em = Email(sid.canon.lower(), UNI_DOMAINS.get(self._uni(), "student.ac.uk"))
            return self.V("EMAIL_ADDRESS", lambda: em.written(self), lambda: em.spoken(self))
        if slot == "email_filler":
            em = self._email()
            self._stt_now = False
            self.n_spoken_vals += 1
            return ("EMAIL_ADDRESS", em.spoken(self, filler=True))
        if slot == "email_obf":
            em = self._email()
            loc = em.local.replace(".", pick([" (dot) ", " dot ", "[.]"]))
            dom = em.domain.replace(".", pick([" (dot) ", " dot ", "[.]"]))
            at = pick([" (at) ", " at ", "[at]", " AT "])
            self.n_spoken_vals += 1
            return ("EMAIL_ADDRESS", f"{loc}{at}{dom}")
        # ---------------- ADDRESS
        if slot in ("address", "address2", "work_address", "address_ml", "work_address_ml",
                    "street", "street2"):
            if slot in ("address", "address_ml", "street"):
                a = self._addr()
            elif slot == "street2":
                a = neighbour_of(self._addr())
            elif slot.startswith("work"):
                key = "_waddr"
                if key not in self.cache:
                    self.cache[key] = gen_address(res)
                a = self.cache[key]
            else:
                key = "_addr2"
                if key not in self.cache:
                    self.cache[key] = gen_address(res)
                a = self.cache[key]
            first_only = slot.startswith("street")
            ml = slot.endswith("_ml")
            casual = self.form == "written" and not ml and chance(0.12)
            return self.V("ADDRESS",
                          lambda: a.written(self, multiline=ml, first_line_only=first_only,
                                            casual=casual),
                          lambda: a.spoken(self, first_line_only=first_only))
        if slot in ("postcode", "postcode_irreg", "postcode_nato"):
            pc = self._addr().postcode
            if slot == "postcode_irreg":
                return ("ADDRESS", pc.written(self, irregular=True))
            if slot == "postcode_nato":
                self.n_spoken_vals += 1
                self._stt_now = False
                return ("ADDRESS", pc.spoken(self, nato=True))
            return self.V("ADDRESS", lambda: pc.written(self), lambda: pc.spoken(self))
        if slot in ("pc_out", "pc_in"):
            pc = self._addr().postcode
            out, inn = pc.value.split(" ")
            part = out if slot == "pc_out" else inn
            return self.V("ADDRESS", lambda: part, lambda: speak_code(part, self))
        # ---------------- CARD
        if slot in ("card", "card2", "card_irreg"):
            key = "_card2" if slot == "card2" else "_card"
            if key not in self.cache:
                self.cache[key] = Card(res)
            c = self.cache[key]
            if slot == "card_irreg":
                return ("CREDIT_CARD", c.written(self, irregular=True))
            return self.V("CREDIT_CARD", lambda: c.written(self), lambda: c.spoken(self))
        if slot in ("card_a", "card_b"):
            if "_card" not in self.cache:
                self.cache["_card"] = Card(res)
            c = self.cache["_card"]
            k = len(c.groups) // 2
            grp = c.groups[:k] if slot == "card_a" else c.groups[k:]
            return self.V("CREDIT_CARD", lambda: " ".join(grp), lambda: say_groups(grp, self))
        if slot == "cvv":
            c = self.cache.get("_card")
            d = digits(4 if (c and c.amex) else 3)
            return self.V("SECRET", lambda: d, lambda: say_groups([d], self))
        # ---------------- BANK
        if slot == "bank":
            return self._bank()
        if slot in ("sortcode_irreg", "acctno"):
            if "_sc" not in self.cache:
                self.cache["_sc"] = (digits(6), digits(8))
            sc, ac = self.cache["_sc"]
            if slot == "acctno":
                return self.V("BANK_ACCOUNT", lambda: ac, lambda: say_groups([ac], self))
            return ("BANK_ACCOUNT", pick([f"{sc[:2]} - {sc[2:4]} -{sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}",
                                          f"{sc[:2]}/{sc[2:4]}/{sc[4:]}", f"{sc[:2]}-{sc[2:4]} {sc[4:]}",
                                          f"{sc[:2]} {sc[2:]}"]))
        if slot in ("iban", "iban2"):
            key = "_" + slot
            if key not in self.cache:
                self.cache[key] = gen_iban(res)
            ib = self.cache[key]
            return self.V("IBAN_CODE", lambda: ib.written(self), lambda: ib.spoken(self))
        # ---------------- DATES OF BIRTH
        if slot in ("dob", "other_dob", "dob_alt", "dob_wrong"):
            if slot == "other_dob":
                d = self.other().dob
            elif slot == "dob_wrong":
                d = p.dob.replace(year=p.dob.year + pick([-1, 1]))
            else:
                d = p.dob
            if slot == "dob_alt":
                return self.V("DATE_OF_BIRTH", lambda: self._dob_w(d), lambda: self._dob_s(d))
            return self.V("DATE_OF_BIRTH", lambda: self._dob_w(d), lambda: self._dob_s(d))
        # ---------------- IDs
        if slot in ("id", "id_kind"):
            if "_id" not in self.cache:
                self.cache["_id"] = gen_id(p, res)
            kind, code = self.cache["_id"]
            if slot == "id_kind":
                return self.N(kind, kind.lower())
            return self.V("ID_NUMBER", lambda: code.written(self), lambda: code.spoken(self))
        if slot in ("nino", "nino_irreg"):
            if "_nino" not in self.cache:
                self.cache["_nino"] = gen_nino()
            c = self.cache["_nino"]
            if slot == "nino_irreg":
                v = c.canon
                return ("ID_NUMBER", pick([f"{v[:2]}/{v[2:4]}/{v[4:6]}/{v[6:8]}/{v[8]}",
                                           f"{v[:2]}-{v[2:8]}-{v[8]}", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8]}",
                                           f"{v[:2]}.{v[2:4]}.{v[4:6]}.{v[6:8]}.{v[8]}"]))
            return self.V("ID_NUMBER", lambda: c.written(self), lambda: c.spoken(self))
        if slot == "passport":
            c = gen_passport(res if self.origin not in ("NG", "IN") or chance(0.3) else
                             self.origin)
            return self.V("ID_NUMBER", lambda: c.written(self), lambda: c.spoken(self))
        if slot == "licence":
            c = gen_dl(p, res)
            return self.V("ID_NUMBER", lambda: c.written(self), lambda: c.spoken(self))
        if slot == "student_id":
            c = self._student_id()
            return self.V("ID_NUMBER", lambda: c.written(self), lambda: c.spoken(self))
        # ---------------- CUSTOMER IDs
        if slot in ("cust", "policy", "member", "booking", "tracking", "acct"):
            c = self._cust()
            return self.V("CUSTOMER_ID", lambda: c.written(self), lambda: c.spoken(self))
        if slot == "claim":
            c = gen_cust(self.sector, "claim")
            return self.V("CUSTOMER_ID", lambda: c.written(self), lambda: c.spoken(self))
        if slot in ("cust_a", "cust_b"):
            c = self._cust()
            s = re.sub(r"[^A-Za-z0-9]", "", c.canon)
            k = len(s) // 2
            part = s[:k] if slot == "cust_a" else s[k:]
            return self.V("CUSTOMER_ID", lambda: part, lambda: speak_code(part, self))
        if slot == "cust_kind":
            k = pick(SECTORS[self.sector]["kinds"])
            return self.N(k, k.lower().replace(".", ""))
        # ---------------- SECRETS
        if slot == "pin":
            d = digits(4)
            while d in ("1234", "0000"):
                d = digits(4)
            return self.V("SECRET", lambda: d, lambda: say_groups([d], self))
        if slot == "password":
            pw = gen_password()
            return self.V("SECRET", lambda: pw, lambda: speak_password(pw, self))
        if slot == "password_words":
            w = " ".join(rng.sample(["purple", "monkey", "dishwasher", "correct", "horse",
                                     "battery", "staple", "orange", "tractor", "seagull"], 3))
            return ("SECRET", w)
        if slot == "memword":
            w = pick(MEMWORDS)
            return self.V("SECRET", lambda: w if chance(0.5) else w.upper(),
                          lambda: w if chance(0.6) else " ".join(w))
        if slot in ("sec_q", "sec_a"):
            if "_sec" not in self.cache:
                q = rng.randint(0, 3)
                if q == 0:
                    ans = pick(SCT_L + NG_L + WLS_L + ZA_L)
                    self.cache["_sec"] = ("mother's maiden name", ans)
                elif q == 1:
                    self.cache["_sec"] = ("first pet's name", pick(PETS))
                elif q == 2:
                    self.cache["_sec"] = ("first school", pick(SCHOOLS))
                else:
                    self.cache["_sec"] = ("favourite football team", pick(TEAMS))
            q, a = self.cache["_sec"]
            if slot == "sec_q":
                return self.N(q, q)
            return self.V("SECRET", lambda: a, lambda: a.lower())
        # ---------------- misc PII
        if slot == "ip":
            ip = gen_ip(res)
            if ":" in ip and self.form != "written":
                ip = f"{pick([81, 86, 92])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            return self.V("IP_ADDRESS", lambda: ip, lambda: speak_ip(ip, self))
        if slot == "employer":
            e = self._employer()
            return ("ORGANIZATION", e.lower() if self.lower else e)
        if slot == "university":
            u = self._uni()
            return ("ORGANIZATION", u.lower() if self.lower else u)
        if slot == "linkedin":
            f, l = clean_token(p.first) or "me", clean_token(p.last) or "x"
            u = pick([f"linkedin.com/in/{f}-{l}-{format(rng.randint(4096, 65535), 'x')}",
                      f"https://www.linkedin.com/in/{f}{l}", f"uk.linkedin.com/in/{f[0]}{l}{rng.randint(1, 99)}"])
            return self.V("URL", lambda: u, lambda: speak_url(u, self))
        if slot == "url":
            u = gen_url(p, res)
            return self.V("URL", lambda: u, lambda: speak_url(u, self))
        if slot == "plate":
            c = gen_plate(res)
            return self.V("VEHICLE_PLATE", lambda: c.written(self), lambda: c.spoken(self))
        # ---------------- NON-PII
        return self._nonpii(slot)

    # helpers -----------------------------------------------------------------
    def _phone(self):
        if "_ph_phone" not in self.cache:
            self.cache["_ph_phone"] = gen_phone(self.res)
        return self.cache["_ph_phone"]

    def _email(self):
        if "_em" not in self.cache:
            self.cache["_em"] = make_email(self.p.first, self.p.last, self.p.dob.year, self.res)
        return self.cache["_em"]

    def _addr(self):
        if "_addr" not in self.cache:
            self.cache["_addr"] = gen_address(self.res)
        return self.cache["_addr"]

    def _cust(self):
        if "_cust" not in self.cache:
            self.cache["_cust"] = gen_cust(self.sector)
        return self.cache["_cust"]

    def _employer(self):
        if "_emp" not in self.cache:
            self.cache["_emp"] = employer_for(self.res)
        return self.cache["_emp"]

    def _uni(self):
        if "_uni" not in self.cache:
            self.cache["_uni"] = uni_for(self.res)
        return self.cache["_uni"]

    def _student_id(self):
        if "_sid" not in self.cache:
            self.cache["_sid"] = gen_student_id()
        return self.cache["_sid"]

    def _dob_w(self, d):
        g = rgroup(self.res)
        dd, m, y = d.day, d.month, d.year
        M, sfx = MONTHS[m - 1], suffix(dd)
        if g == "US":
            opts = [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{M} {dd}, {y}",
                    f"{M} {dd}{sfx}, {y}", f"{m:02d}-{dd:02d}-{y}"]
        else:
            opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd} {M} {y}",
                    f"{dd}{sfx} {M} {y}", f"{dd}{sfx} of {M} {y}", f"{dd} {M[:3]} {y}",
                    f"{dd:02d}/{m:02d}/{str(y)[2:]}"]
            if g in ("EU", "ZA"):
                opts += [f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}"]
            if g == "CA":
                opts += [f"{y}-{m:02d}-{dd:02d}", f"{M} {dd}, {y}"]
        return pick(opts)

    def _dob_s(self, d):
        g = rgroup(self.res)
        dd, m, y = d.day, d.month, d.year
        month = MONTHS[m - 1].lower()
        if self.stt_digits():
            return pick([f"{dd}{suffix(dd)} of {month} {y}", f"{dd} {month} {y}",
                         f"{dd:02d} {m:02d} {y}"] if g != "US" else
                        [f"{month} {dd}{suffix(dd)} {y}", f"{m} {dd} {y}"])
        yw = year_words(y) if chance(0.85) else num_words(y % 100) if y % 100 >= 10 \
            else year_words(y)
        if g == "US" or (g == "CA" and chance(0.5)):
            return pick([f"{month} {ORD[dd]} {yw}", f"{month} {num_words(dd)} {yw}",
                         f"{read_pairs(f'{m:02d}', self.zero)} {num_words(dd)} {num_words(y % 100) if y % 100 >= 10 else yw}"])
        return pick([f"{ORD[dd]} of {month} {yw}", f"{ORD[dd]} {month} {yw}",
                     f"{num_words(dd)} {month} {yw}",
                     f"{num_words(dd)} {read_single(f'{m:02d}', self.zero, dbl=0) if m < 10 else num_words(m)} {yw}"])

    def _bank(self):
        g, res = rgroup(self.res), self.res
        B = "BANK_ACCOUNT"
        sp = self.form == "spoken"

        def val(d, groups):
            return self.V(B, lambda: d, lambda: say_groups(groups, self))

        if g == "GB":
            sc, ac = digits(6), digits(8)
            scw = pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
            s1 = self.V(B, lambda: scw, lambda: say_groups([sc[:2], sc[2:4], sc[4:]], self))
            s2 = val(ac, [ac[:4], ac[4:]] if chance(0.5) else [ac])
            r = rng.random()
            if r < 0.5:
                return [(None, "sort code "), s1, (None, pick([", account number ", ", account ", " and the account number is "])), s2]
            if r < 0.8:
                return [(None, "account number "), s2, (None, pick([", sort code ", " and sort code "])), s1]
            return [s1, (None, " " if sp else pick([" ", " / ", ", "])), s2]
        if g == "US":
            rt, ac = aba_routing(), digits(rng.randint(9, 12))
            return [(None, pick(["routing number ", "routing "])),
                    val(rt, [rt[:3], rt[3:6], rt[6:]]),
                    (None, pick([", account number ", " and account "])), val(ac, [ac])]
        if g == "CA":
            tr, inst, ac = digits(5), pick(["001", "002", "003", "004", "006", "010"]), digits(7)
            return [(None, "transit "), val(tr, [tr]), (None, ", institution "), val(inst, [inst]),
                    (None, ", account "), val(ac, [ac])]
        if g == "ZA":
            bank, br = pick(ZA_BANKS)
            ac = digits(10, True)
            return [(None, f"{bank}, account number "), val(ac, [ac[:4], ac[4:7], ac[7:]]),
                    (None, ", branch code "), val(br, [br])]
        if g == "IN":
            ac = digits(rng.choice([11, 12, 14]), True)
            ifsc = pick(IN_IFSC) + "0" + digits(6)
            s_if = self.V(B, lambda: ifsc, lambda: speak_code(ifsc, self))
            return [(None, "account number "), val(ac, [ac]), (None, ", IFSC "), s_if]
        if g == "NG":
            ac = digits(10)
            return [(None, f"{pick(NG_BANKS)}, account "), val(ac, [ac[:3], ac[3:6], ac[6:]])]
        ib = gen_iban(res)
        return [(None, "IBAN "),
                self.V("IBAN_CODE", lambda: ib.written(self), lambda: ib.spoken(self))]

    def _amount(self, big=False):
        g = rgroup(self.res)
        sym, unit, sub = CURRENCY[g]
        if g == "IN":
            v = rng.randint(199, 25000 if big else 4999)
            cents = 0
        elif g == "NG":
            v = rng.randint(2, 150) * 1000 + pick([0, 0, 500])
            cents = 0
        elif g == "ZA":
            v, cents = rng.randint(50, 3000), pick([0, 0, 99, 50])
        else:
            v, cents = rng.randint(6, 900 if big else 250), pick([0, 0, 0, 99, 50, 45, 20])
        if cents:
            w = f"{sym}{v:,}.{cents:02d}"
        else:
            w = f"{sym}{v:,}" if not (g == "IN" and chance(0.4)) else f"Rs {v:,}"
        if g == "GB" and chance(0.2) and not cents:
            s = f"{num_words(v)} quid"
        else:
            s = f"{num_words(v)} {unit}" + (f" {num_words(cents)}" if cents else "")
        return self.N(w, s)

    def _nonpii(self, slot):
        g = rgroup(self.res)
        if slot in ("amount", "amount2"):
            return self._amount(big=slot == "amount2")
        if slot in ("date", "date2"):
            d = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
            M = MONTHS[d.month - 1]
            w = pick([f"{d.day} {M}", f"{d.day}{suffix(d.day)} {M}", f"the {d.day}{suffix(d.day)}",
                      f"{M} {d.day}" if g == "US" else f"{d.day}/{d.month}",
                      f"{d.day}{suffix(d.day)} of {M}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
            s = pick([f"the {ORD[d.day]} of {M.lower()}", f"{M.lower()} {ORD[d.day]}",
                      f"the {ORD[d.day]}"])
            return self.N(w, s)
        if slot in ("day_ord", "day_ord2"):
            dd = rng.randint(1, 28)
            if slot == "day_ord2":
                dd = rng.choice([x for x in range(1, 29) if x != self.cache.get("_dd")])
            else:
                self.cache["_dd"] = dd
            return self.N(f"{dd}{suffix(dd)}", ORD[dd])
        if slot in ("weekday", "weekday2"):
            w = pick(WEEKDAYS)
            if slot == "weekday2":
                w = WEEKDAYS[(WEEKDAYS.index(self.render("weekday")[0][1].title()) + 2) % 7] \
                    if "weekday" in self.cache else w
            return self.N(w, w.lower())
        if slot in ("time", "time2"):
            h = rng.randint(8, 18) if slot == "time" else rng.randint(12, 20)
            hh = h if h <= 12 else h - 12
            ap = "am" if h < 12 else "pm"
            r = rng.random()
            if r < 0.4:
                return self.N(f"{hh}{ap}", f"{num_words(hh)} {ap}" if chance(0.5) else f"{num_words(hh)} o'clock")
            if r < 0.7:
                mm = pick([15, 30, 45])
                return self.N(f"{h}:{mm}" if chance(0.5) else f"{hh}:{mm}{ap}",
                              f"{num_words(hh)} {num_words(mm)}")
            return self.N(f"half {num_words(hh)}", f"half {num_words(hh)}")
        if slot == "month":
            m = pick(MONTHS)
            return self.N(m, m.lower())
        if slot == "count":
            n = rng.randint(2, 12)
            return self.N(str(n) if chance(0.5) else num_words(n), num_words(n))
        if slot == "reading":
            d = digits(5)
            return self.N(d, read_single(d, self.zero, dbl=0.4) if chance(0.7) else d)
        if slot in ("speed", "speed2"):
            v = rng.randint(20, 80) if slot == "speed" else pick([150, 300, 500, 900])
            return self.N(str(v), num_words(v))
        if slot == "kwh":
            v = rng.randint(18, 45) * 100
            return self.N(f"{v:,}", num_words(v))
        if slot == "weight":
            v = rng.randint(5, 250) / 10
            return self.N(f"{v}kg" if chance(0.6) else f"{v} kg",
                          f"{num_words(int(v))} point {ONES[int(round(v * 10)) % 10]} kilos")
        if slot == "pct":
            v = pick(["4.99", "5", "9.5", "2.99"])
            return self.N(v, " point ".join(num_words(int(x)) if len(x) < 2 or x[0] != "9" else
                                            " ".join(ONES[int(c)] for c in x) for x in v.split(".")))
        if slot in ("band", "band2"):
            b = pick("ABCDEFGH")
            return self.N(b, b.lower())
        if slot in ("tariff", "tariff2"):
            lst = TARIFFS["energy" if self.sector == "energy" else "mobile"]
            t = pick(lst)
            if slot == "tariff2" and "tariff" in self.cache:
                t = pick([x for x in lst if x.lower() != self.cache["tariff"][0][1].lower()])
            return self.N(t, t.lower().replace("&", "and"))
        if slot == "product":
            t = pick(PRODUCTS)
            return self.N(t, t.lower())
        if slot == "brand":
            b = pick(BRANDS + BRANDS_RES.get(g, []))
            return self.N(b, b.lower())
        if slot == "town":
            t = pick(towns_for(self.res))
            return self.N(t, t.lower())
        if slot == "town_abroad":
            t = pick(TOWNS_ABROAD)
            return self.N(t, t.lower())
        if slot == "home_country":
            c = COUNTRY_OF.get(self.origin, "Kenya")
            return self.N(c, c.lower())
        if slot == "pet":
            t = pick(PETS)
            return self.N(t, t.lower())
        if slot == "pet_kind":
            t = pick(PET_KINDS)
            return self.N(t, t.lower())
        if slot == "hall":
            t = pick(HALLS)
            return self.N(t, t.lower())
        if slot == "company":
            t = SECTORS[self.sector]["company"]
            return self.N(t, t.lower())
        if slot == "council":
            t = pick(COUNCILS.get(self.res, ["the council"]))
            return self.N(t, t.lower())
        if slot == "jobtitle":
            t = pick(JOBTITLES)
            return self.N(t, t.lower())
        raise KeyError(slot)


# ---------------------------------------------------------------------------
# assembly: text and spans are built together
# ---------------------------------------------------------------------------
STT_NOISE = [(r"\bpostcode\b", "post code", 0.4), (r"\bemail\b", "e mail", 0.3),
             (r"\bthere\b", "their", 0.25), (r"\btheir\b", "there", 0.25),
             (r"\byour\b", "you're", 0.2), (r"\bright\b", "write", 0.15),
             (r"\bhear\b", "here", 0.3), (r"\bweek\b", "weak", 0.15),
             (r"\bno\b", "know", 0.1), (r"\bmeter\b", "metre", 0.2),
             (r"\bwould\b", "wood", 0.1), (r"\binto\b", "in to", 0.3),
             (r"\bonline\b", "on line", 0.3), (r"\bfor\b", "four", 0.04),
             (r"\bto\b", "too", 0.04), (r"\bwhere\b", "wear", 0.15),
             (r"\ba lot\b", "alot", 0.5), (r"\bcannot\b", "can not", 0.5),
             (r"\bmembership\b", "member ship", 0.15), (r"\bpassword\b", "pass word", 0.2),
             (r"\bdirect debit\b", "direct debbit", 0.05), (r"\bsort code\b", "sort code", 1.0)]


def stt_noise(s):
    for pat, rep, p in STT_NOISE:
        s = re.sub(pat, lambda m: rep if chance(p) else m.group(0), s)
    return s


def norm_lower(s, strip_apos):
    s = s.lower()
    s = s.replace("&", " and ").replace("+", " plus ").replace("%", " percent")
    s = re.sub(r"[—–\-/]", " ", s)
    s = re.sub(r"[.,;:!?\"()\[\]…*|#@]", "", s)
    if strip_apos:
        s = s.replace("'", "").replace("’", "")
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" *\n *", "\n", s)
    return s


class Builder:
    def __init__(self, lower, strip_apos, noisy):
        self.lower, self.strip_apos, self.noisy = lower, strip_apos, noisy
        self.text, self.spans = "", []

    def lit(self, s):
        if self.lower:
            s = norm_lower(s, self.strip_apos)
            if self.noisy:
                s = stt_noise(s)
        if not s:
            return
        if (not self.text or self.text[-1] in " \n") and s[0] == " ":
            s = s.lstrip(" ")
        if not self.text:
            s = s.lstrip()
        self.text += s

    def val(self, typ, s):
        if self.lower:
            s = norm_lower(s, self.strip_apos)
        s = s.strip()
        assert s, typ
        start = len(self.text)
        self.text += s
        self.spans.append({"type": typ, "start": start, "end": len(self.text), "value": s})

    def finish(self):
        self.text = self.text.rstrip()
        return self.text, self.spans


@dataclass
class T:
    sector: str
    forms: str
    text: str
    adv: bool = False
    kind: str = "pii"


def realise(tpl, form, lower, ctx):
    noisy = lower and chance(0.7)
    b = Builder(lower, strip_apos=lower and chance(0.55), noisy=noisy)
    for part in re.split(r"(\{[a-z_0-9]+\})", tpl.text):
        if not part:
            continue
        if part.startswith("{") and part.endswith("}"):
            for typ, s in ctx.render(part[1:-1]):
                if typ:
                    b.val(typ, s)
                else:
                    b.lit(s)
        else:
            b.lit(part)
    return b.finish()


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
PII_TEMPLATES = [
    # ---- mobile network
    T("mobile", "WSM", "Hi, my name's {name} and I'm on the {tariff} plan. My number is {phone} and I've been charged {amount} for roaming in {town_abroad}, which I never used."),
    T("mobile", "S", "hiya it's {first} again the account's in my partner's name {other} but I'm on it as an authorised user the account number is {cust} and the phone is {phone}"),
    T("mobile", "WM", "Can you email the PUK code to {email}? The SIM is in my {product} and the number is {phone}."),
    T("mobile", "WSM", "I want to switch to you and keep my number, {phone}. My date of birth is {dob}, and my {id_kind} is {id}."),
    T("mobile", "SW", "yeah the number's {phone} and the security password is {password}"),
    T("mobile", "WSM", "My {product} has had no signal since {weekday}. I'm at {address}, is there a mast down near me?"),
    T("mobile", "WM", "When I tether my laptop my IP shows as {ip} and the work VPN blocks it. Account {cust}."),
    T("mobile", "S", "hello yes um I'm calling about my bill it says {amount} but I only use like {count} gig a month my name is {name} date of birth {dob}"),
    T("mobile", "WSM", "Please send the replacement SIM to {address}, for the attention of {tname}."),
    T("mobile", "SW", "the PIN on the account is {pin} my name's {name} and the number's {phone}"),
    T("mobile", "WSM", "My daughter's phone, {phone}, is on my account {cust}. She's only eleven - can you put a spending cap of {amount} on it?"),
    T("mobile", "S", "right so I've got two numbers on the account mine is {phone} and the other one {phone2} is my son's"),
    # ---- energy
    T("energy", "WM", "Hi, I'm moving out of {address} on {date}. Final meter reading is {reading}. Account number {cust}. My new address is {address2}."),
    T("energy", "S", "yeah hi it's {name} from {street} I've got a smart meter that hasn't sent a reading since {month}"),
    T("energy", "WSM", "Please change my direct debit to {bank}. The account holder is {fullname}."),
    T("energy", "WSM", "My account is {cust} and I'm on the {tariff} tariff. The bill for {month} was {amount}, which is double what it normally is."),
    T("energy", "WSM", "Can someone call me back on {phone} between {time} and {time2}? It's about the boiler cover on account {cust}."),
    T("energy", "W", "Subject: Meter reading\n\nHello,\n\nPlease find my reading for {date}: {reading}.\n\nAccount: {cust}\n\nThanks,\n{fullname}\n{address_ml}\nTel: {phone}"),
    T("energy", "SW", "I'm on the priority services register my name is {name} date of birth {dob} I'm on oxygen at home so you can't cut us off"),
    T("energy", "WSM", "I topped up {amount} at the PayPoint and it hasn't gone onto the meter. Name's {name}, postcode {postcode}."),
    T("energy", "WM", "We've got a new tenant in {address} from {date}. Her name is {other_f}, email {other_email}. Please take her details for the bills."),
    T("energy", "WSM", "It's about the Warm Home Discount. My national insurance number is {nino} and my postcode is {postcode}."),
    T("energy", "S", "can you just confirm the email you've got for me it should be {email} not the old one {email_old}"),
    # ---- home insurer
    T("home", "WSM", "Hi, a pipe burst in the kitchen on {date} and I need to make a claim. Policy number {policy}, the property is {address}."),
    T("home", "S", "policy number is {policy} erm the name on it is {tname} and the address is {address}"),
    T("home", "WM", "My renewal quote has gone up to {amount}. I've been with you {count} years. Policy {policy}, date of birth {dob}."),
    T("home", "WSM", "Claim ref {claim}. The loss adjuster came out on {weekday}. You can email me on {email} or ring {phone}."),
    T("home", "WSM", "Can I add my partner {other} to the policy? Their date of birth is {other_dob}."),
    T("home", "WSM", "We were burgled on {date}, they took my {product} and a bike worth {amount}. My name is {name}, address {address}."),
    T("home", "WM", "For the claim payment the bank details are {bank}, in the name of {fullname}."),
    T("home", "S", "yeah I'm calling from {street} the ceiling came down in the storm on {weekday} my policy number is {policy}"),
    T("home", "WSM", "I work from home for {employer}. Does my contents cover include the work laptop? Policy {policy}."),
    T("home", "WSM", "The fence panel blew onto my car on the drive, reg {plate}. Is that home or car insurance? Home policy is {policy}."),
    T("home", "W", "Dear Castlegate,\n\nFurther to my call with {agent} today, please find attached photos of the damage to {address}.\n\nRegards,\n{tname}\nMobile: {phone}"),
    # ---- pet insurer
    T("pet", "WSM", "I'm claiming for {pet}'s vet bill of {amount}. Policy number {policy}, the vet is in {town}."),
    T("pet", "S", "my dog's called {pet} she's a {pet_kind} and the policy's in my name {name} policy number {policy}"),
    T("pet", "WM", "Claim number {claim}. The vet sent the invoice on {date}. Please pay it into {bank}."),
    T("pet", "WSM", "Can you update my email to {email}? The old one was {email_old}. Policy {policy}."),
    T("pet", "WSM", "I need to cancel the cover for {pet}, he passed away on {date}. I'm {name} and my phone is {phone}."),
    T("pet", "WSM", "Is a {pet_kind} covered for cruciate ligament surgery? I'm {name}, born {dob}, postcode {postcode}."),
    T("pet", "SW", "the premium's gone up to {amount} a month on policy {policy} I'm not happy call me on {phone}"),
    T("pet", "WM", "Hi, the vet's direct claim form needs my address as it is on the policy: {address}. Policy {policy}, pet's name {pet}."),
    # ---- bank card services
    T("bank", "WSM", "I've lost my card, the number is {card}. Can you cancel it? My name is {name}, DOB {dob}."),
    T("bank", "S", "there's a payment of {amount} to {brand} I don't recognise on my card {card}"),
    T("bank", "WM", "My card was declined at {brand}. Card number {card}, security code {cvv}."),
    T("bank", "WSM", "Please send the new card to my new address, {address}. The old address was {address2}."),
    T("bank", "WSM", "I'm going to {town_abroad} on {date}, can you put a travel note on card {card}? My mobile is {phone}."),
    T("bank", "SW", "for security my memorable word is {memword} and the customer number is {cust}"),
    T("bank", "WM", "I want the refund sent to my other account: IBAN {iban}, name {fullname}."),
    T("bank", "WSM", "I got a fraud text and logged in from {ip} by mistake. My online banking password was {password}, I've changed it now."),
    T("bank", "S", "the name on the card is {tname} and the long number is {card}"),
    T("bank", "WSM", "My {sec_q} is {sec_a} and my date of birth is {dob}."),
    T("bank", "WSM", "My PIN's locked after three tries, I'm sure it's {pin}. Customer number {cust}."),
    T("bank", "WM", "Can you add my wife {other_f} as an additional cardholder? Her date of birth is {other_dob} and her mobile is {phone2}."),
    # ---- council tax
    T("council", "WSM", "I'm moving into {address} on {date}. My council tax reference at the old place was {cust}."),
    T("council", "WSM", "I'm a full-time student at {university}, so I should be exempt. Account reference {cust}, name {name}."),
    T("council", "S", "I live on my own now so I want the single person discount my name is {name} and the address is {address}"),
    T("council", "WSM", "Can I spread the {amount} over {count} instalments? Reference {cust}, and my bank is {bank}."),
    T("council", "WSM", "My partner {other} moved out on {date}. We were at {address}, account {cust}."),
    T("council", "WSM", "The enforcement letter says I owe {amount}. My National Insurance number is {nino}, date of birth {dob}."),
    T("council", "WSM", "I also need a residents' parking permit. Car reg {plate}, address {address}."),
    T("council", "W", "Dear Sir/Madam,\n\nI am writing to appeal the band {band} valuation of {address}. The house next door is in band {band2}.\n\nYours faithfully,\n\n{tname}\n{phone}"),
    T("council", "S", "I'm calling about my mum's council tax she's gone into a care home her name is {other_mum} and her address was {address}"),
    T("council", "WM", "Council tax ref: {cust}\nName: {fullname}\nDOB: {dob}\nReason: moving to {town_abroad} for work on {date}"),
    # ---- courier
    T("courier", "WSM", "My parcel {tracking} says delivered but I never got it. I'm at {address}."),
    T("courier", "WSM", "Can you redeliver on {weekday}? Tracking number {tracking}, my phone is {phone}."),
    T("courier", "S", "the driver says he left it with a neighbour at {street2} but they've not got it the tracking is {tracking}"),
    T("courier", "WSM", "It's a {weight} parcel from {brand}, tracking {tracking}. Please leave it in the key safe, the code is {pin}."),
    T("courier", "WM", "I'm sending a parcel to {other}, {address2}. Their number is {phone2} in case the driver needs it."),
    T("courier", "WSM", "Claim reference {claim}: the contents were worth {amount}. You can reach me at {email}."),
    T("courier", "WSM", "Customs want {amount} duty on {tracking}. My passport number is {passport}, do you need it?"),
    T("courier", "WSM", "Please redirect it to my work, {employer}, {work_address}."),
    T("courier", "S", "hi I've got a missed delivery card the tracking's {tracking} can you deliver to {address} instead"),
    T("courier", "WM", "Tracking {tracking} - collection from {address}, contact {name} on {phone}.\n\nSent from my iPhone"),
    # ---- gym
    T("gym", "WSM", "I want to freeze my membership for {count} months, I've broken my ankle. Membership number {member}, name {name}."),
    T("gym", "S", "my membership number's {member} and the direct debit came out twice this month {amount} each time"),
    T("gym", "WSM", "Can I get a car park permit? My reg is {plate} and membership number {member}."),
    T("gym", "WM", "I'm cancelling. Name: {name}. Email: {email}. Member no. {member}. My last visit was {date}."),
    T("gym", "WM", "The app login is {email} and the password {password}, it keeps saying incorrect details."),
    T("gym", "WSM", "I get the corporate rate through {employer}, my work email is {work_email}."),
    T("gym", "WSM", "Can I move my PT session with {agent} on {weekday} at {time}? Membership {member}."),
    T("gym", "S", "I'm locked out the door code {pin} doesn't work anymore my membership's {member}"),
    T("gym", "WSM", "Add my son to my membership please, {other_son}, date of birth {other_dob}. My membership is {member}."),
    # ---- university accommodation
    T("uni", "WSM", "Hi, I'm {name}, student ID {student_id}. My room in {hall} has mould round the window."),
    T("uni", "WM", "I'm an international student from {home_country}, arriving on {date}. My booking reference is {booking} and my passport number is {passport}."),
    T("uni", "S", "my student number is {student_id} and the deposit of {amount} hasn't come back can you send it to {bank}"),
    T("uni", "W", "Hello,\n\nMy parents will be paying the rent. Their email is {other_email}.\n\nBest wishes,\n{fullname}\n{university}\nStudent ID: {student_id}"),
    T("uni", "WSM", "Can my uncle be my guarantor? He's {other_m} and he lives at {address2}."),
    T("uni", "WSM", "I'm on a placement at {employer} next year, so I need to end my contract early. Student number {student_id}."),
    T("uni", "WSM", "The wifi in {hall} keeps dropping. My laptop's IP is {ip}. Booking ref {booking}."),
    T("uni", "S", "my mum's paying the invoice her name's {other_mum} and her card is {card}"),
    T("uni", "WSM", "I'm a postgrad at {university}, ID {student_id}, and I'd like a 51-week contract in {hall}."),
    T("uni", "WM", "Please send the contract to my personal email {email}, not my uni one {uni_email}."),
    # ---- any sector
    T("any", "WSM", "I've moved. New address is {address}, new number {phone}. Name's {name}."),
    T("any", "WSM", "I run my own business, the website is {url}, can the invoices go in the business name? My {cust_kind} is {cust}."),
    T("any", "W", "Thanks,\n\n{fullname}\n{jobtitle} | {employer}\nT: {landline} | M: {phone}\n{url}"),
    T("any", "WSM", "Please call me back on {phone} or my wife's mobile {phone2}."),
    T("any", "WSM", "I can't log in. I've tried my email {email} and date of birth {dob} and it says no account found."),
    T("any", "WM", "Verification: name {name}, DOB {dob}, postcode {postcode}, last payment {amount}."),
    T("any", "WSM", "Can you add my son {other_son} as a second user? He's still at school, his date of birth is {other_dob}."),
    T("any", "S", "yeah my postcode's {postcode} and the first line is {street}"),
    T("any", "WSM", "My {id_kind} is {id} and the name is {name}."),
    T("any", "WSM", "I'm a freelance photographer, my portfolio's at {url}, and my {id_kind} is {id}."),
    T("any", "S", "it's {tname} speaking I'm calling for my mother {other_mum} she's eighty four and doesn't do email"),
    T("any", "WSM", "I'm deaf so please contact me by text on {phone} or by email at {email}."),
    T("any", "WSM", "I'm staying in {town} at the moment but the account address is {address}."),
    T("any", "W", "Hi {company},\n\nPlease update my details:\nName: {fullname}\nPhone: {phone}\nEmail: {email}\nAddress: {address}\n\nCheers,\n{first}"),
    T("any", "S", "hi there um my name is {name} that's {spelled_last} and I'm calling about {cust_kind} {cust}"),
    T("any", "W", "--\n{fullname}\n{jobtitle}, {employer}\n{work_address_ml}\nDirect: {landline}\nLinkedIn: {linkedin}"),
    T("any", "WSM", "My driving licence number is {licence}, you asked for it for the ID check."),
    T("any", "S", "the email is {email} and the mobile's {phone} and my date of birth {dob}"),
    T("any", "WSM", "Sorry I'm on the bus - it's {fullname}, {postcode}, born {dob}."),
    T("any", "WSM", "Can you send it to my work address instead? It's {employer}, {work_address}. Ask for {tname} at reception."),
    T("any", "S", "my wife's name is on the bill {other_f} but I'm the one paying my name's {fullname} and my number's {phone}"),
    T("any", "WSM", "Is {email} the email you have for me? If not it might be my old one, {email_old}."),
    T("any", "S", "okay so first line of the address is {street} and then it's {postcode} and my surname is {last}"),
    T("home", "WSM", "I live in Spain most of the year now, can the premium come out of my euro account instead? The IBAN is {iban}."),
    T("energy", "WSM", "Please refund the credit balance of {amount} to {iban}, account name {fullname}."),
    T("bank", "WSM", "The payment to my landlord {other} bounced, the IBAN I used was {iban}."),
    T("mobile", "WSM", "The router page says the WAN IP is {ip} but the speed test only shows {speed} megabits. Account {cust}."),
    T("uni", "WSM", "I'm {name}, the network team asked for my device's IP address, it's {ip}, and my student ID is {student_id}."),
    T("council", "WSM", "I got a parking fine for {plate} outside my own house at {address}, and I have a permit!"),
    T("gym", "S", "yeah the car's a blue Golf reg {plate} and I got a ticket in your car park even though I was in the gym the whole time"),
    T("courier", "WSM", "Your driver reversed into my car, reg {plate}, outside {street} this morning. I'm {name}."),
    T("any", "WSM", "My {id_kind} is {id}, and my passport number is {passport} if you need a second ID."),
    # typed chat message in which the customer writes a value as said, plus pasted material
    T("energy", "M", "Hi, quick one - my account number is {cust} and the reading today is {reading}. My details are in the signature.\n\nKind regards,\n{fullname}\n{address_ml}\n{phone_w}"),
    T("any", "M", "my new mobile is {phone}, everything else in my signature is still right:\n\n--\n{fullname}\n{jobtitle} | {employer}\n{work_address_ml}\n{email_w}"),
    T("uni", "M", "Hello, my student number is {student_id}, I've copied my email below.\n\n> From: {fullname} <{email_w}>\n> Sent: {date}\n> Subject: Room swap\n> Is it possible to move to {hall}? My current flat is {address_ml}"),
    T("home", "M", "Policy number is {policy} - the rest is below\n\nRegards,\n{tname}\nMob: {phone_w}\n{url_w}"),
]

ADV_TEMPLATES = [
    T("any", "WS", "{phone}", adv=True),
    T("any", "WS", "{email}", adv=True),
    T("any", "WS", "{postcode}", adv=True),
    T("any", "WS", "{cust}", adv=True),
    T("bank", "WS", "{card}", adv=True),
    T("any", "WSM", "my number is {phone_wrong} sorry no {phone}", adv=True),
    T("any", "S", "it's {phone_filler} yeah", adv=True),
    T("any", "S", "email's {email_filler}", adv=True),
    T("any", "M", "Sorry, typing one-handed. My number is {phone_filler}, text me when it's sorted.", adv=True),
    T("any", "M", "Hi, my email is {email_filler}, can you resend the link?", adv=True),
    T("bank", "WSM", "Agent: Can I take the long number on the card?\nCustomer: {card_a}\nAgent: Yep, go on.\nCustomer: {card_b}", adv=True),
    T("any", "WSM", "Agent: So your postcode starts {pc_out}?\nCustomer: Yes, and then {pc_in}.", adv=True),
    T("any", "WSM", "Agent: And your date of birth?\nCustomer: {dob}\nAgent: Thank you. And the first line of the address?\nCustomer: {street}", adv=True),
    T("bank", "WM", "sort code {sortcode_irreg} acc {acctno}", adv=True),
    T("bank", "WM", "card {card_irreg} cvv {cvv}", adv=True),
    T("bank", "WSM", "I've got two cards with you, {card} and {card2}, and both have been blocked.", adv=True),
    T("home", "WSM", "Dates of birth: me {dob}, my husband {other_dob}.", adv=True),
    T("any", "S", "my postcode is {postcode_nato}", adv=True),
    T("any", "WS", "The name's {name_wrong}, sorry, {name}.", adv=True),
    T("any", "WM", "email me at {email_obf}", adv=True),
    T("any", "M", "My number's {phone_words}.", adv=True),
    T("any", "W", "email:{email};phone:{phone};pc:{postcode}", adv=True),
    T("any", "S", "the password is {password_words} all one word", adv=True),
    T("any", "S", "my mobile is {phone_homophone}", adv=True),
    T("any", "WSM", "My {cust_kind} is {cust_a}, hang on, the dog's barking, {cust_b}.", adv=True),
    T("any", "WSM", "Agent: Is that {phone_a}...?\nCustomer: ...{phone_b}, yes.", adv=True),
    T("any", "WM", "ni no {nino_irreg} dob {dob}", adv=True),
    T("bank", "WSM", "My IBAN is {iban}, no wait, that's the old one, the new one is {iban2}.", adv=True),
    T("any", "WSM", "born {dob_wrong} no sorry {dob}", adv=True),
]

NONE_TEMPLATES = [
    T("mobile", "N", "What's the cheapest SIM-only deal you've got? I'm looking at {tariff} for {amount} a month.", kind="none"),
    T("mobile", "N", "My {product} keeps dropping to 3G around Victoria station, is there a fault?", kind="none"),
    T("mobile", "N", "How much is roaming in {town_abroad}? I'm away from the {day_ord} for {count} days.", kind="none"),
    T("mobile", "N", "Does the {tariff} plan include Disney+ and Spotify, or is that only on the top one?", kind="none"),
    T("energy", "N", "My bill on the {day_ord} was {amount2} but it's normally about {amount}. Why the jump?", kind="none"),
    T("energy", "N", "I sent a reading of {reading} on {weekday}, is that enough or do you need a photo?", kind="none"),
    T("energy", "N", "What's the difference between {tariff} and {tariff2}? We use about {kwh} kWh a year.", kind="none"),
    T("energy", "N", "Is the Hive thermostat compatible with a Worcester Bosch combi?", kind="none"),
    T("energy", "N", "If I get {count} solar panels fitted, does it change my tariff or the standing charge?", kind="none"),
    T("home", "N", "Would the policy cover it if someone spilled Jack Daniels on a cream carpet?", kind="none"),
    T("home", "N", "My neighbour's oak came down on the shed during Storm Babet. Is that covered?", kind="none"),
    T("home", "N", "How long does a claim normally take? It's been {count} weeks since I rang.", kind="none"),
    T("pet", "N", "Roughly how much is it to insure a {pet_kind} puppy? Ballpark {amount}?", kind="none"),
    T("pet", "N", "Does the policy cover dental for rabbits, or just accidents?", kind="none"),
    T("pet", "N", "{pet} is booked in at the vet in {town} on {weekday} at {time}. Do I need to pay upfront?", kind="none"),
    T("bank", "N", "The cash machine outside the Queen's Head pub in {town} swallowed my card at about {time}.", kind="none"),
    T("bank", "N", "Are there fees if I take out {amount} in {town_abroad}?", kind="none"),
    T("bank", "N", "I paid {amount} on Amazon and it's gone out twice.", kind="none"),
    T("bank", "N", "Apple Pay has stopped working on my Apple Watch since the update.", kind="none"),
    T("council", "N", "When is the council tax instalment due? I thought it was the {day_ord} of every month.", kind="none"),
    T("council", "N", "Is band C going up in {town} from April? Someone said {pct} percent.", kind="none"),
    T("council", "N", "Are the bins still being collected on {weekday} over Christmas?", kind="none"),
    T("courier", "N", "The parcel is {weight} and it says out for delivery, but it's {time} already.", kind="none"),
    T("courier", "N", "Can I drop a return at the Tesco Express near Waverley station?", kind="none"),
    T("courier", "N", "The app says the van is {count} stops away. Will it come before {time}?", kind="none"),
    T("gym", "N", "What time does the gym open on bank holiday Monday?", kind="none"),
    T("gym", "N", "Is the sauna back open? It was shut on {weekday} and {weekday2} last week.", kind="none"),
    T("gym", "N", "Can I bring a friend to the Body Pump class at {time} on {weekday}?", kind="none"),
    T("uni", "N", "Do the rooms in {hall} have en-suites? And the rent's {amount} a week, right?", kind="none"),
    T("uni", "N", "When do keys get released for the September intake? I land in {town} on the {day_ord}.", kind="none"),
    T("mobile", "N", "My broadband's only getting {speed} megabits down but I'm paying for {speed2}.", kind="none"),
    T("any", "N", "How do I move the direct debit from the {day_ord} to the {day_ord2}?", kind="none"),
    T("mobile", "N", "Is there a Black Friday deal on the Samsung Galaxy S24? The advert said {amount}.", kind="none"),
    T("any", "N", "I'm in Durban this week and the app won't load. Is something down in South Africa?", kind="none"),
    T("any", "N", "Can I pay at the Post Office on Victoria Street, or is it online only?", kind="none"),
    T("uni", "N", "My daughter's moving into halls next month. What's the earliest check-in, is it 9am?", kind="none"),
    T("any", "N", "yeah hi um just wanted to check when my contract ends I think it's {month} next year", kind="none"),
    T("courier", "N", "The Ring doorbell shows the driver came at {time} but never knocked.", kind="none"),
    T("gym", "N", "Can I swap my Tuesday spin class for the Thursday one with the same instructor?", kind="none"),
    T("bank", "N", "I bought a Ted Baker coat and some Dr Martens and the refund of {amount} still hasn't come through.", kind="none"),
    T("energy", "N", "We're away in Tenerife for {count} weeks from the {day_ord}. Should I turn the boiler off?", kind="none"),
    T("pet", "N", "Is hydrotherapy covered? The vet said {count} sessions at {amount} each.", kind="none"),
    T("council", "N", "Why is my bill {amount2} this year? Last year it was {amount} for a band B in {town}.", kind="none"),
    T("mobile", "N", "Can I get the iPhone 15 Pro on the {tariff} plan with 256GB, or only the 128?", kind="none"),
    T("courier", "N", "I ordered a Ben & Jerry's hamper from Marks and Spencer, it was meant to come {weekday} between {time} and {time2}.", kind="none"),
    T("home", "N", "Does the contents cover include my Peloton and the Dyson? About {amount} between them.", kind="none"),
]

SLOT_RES = {"nino": GB_RES, "nino_irreg": GB_RES, "sortcode_irreg": GB_RES, "acctno": GB_RES,
            "pc_out": GB_RES + ["CA", "IE"], "pc_in": GB_RES + ["CA", "IE"],
            "postcode_nato": GB_RES + ["CA", "IE"]}
NO_NG = ["postcode", "postcode_irreg"]


def choose_residence(tpl, sector):
    allowed = set(SECTORS[sector]["res"])
    slots = set(re.findall(r"\{([a-z_0-9]+)\}", tpl.text))
    for s in slots:
        if s in SLOT_RES:
            allowed &= set(SLOT_RES[s])
        if s in NO_NG:
            allowed.discard("NG")
        if s in ("iban", "iban2"):
            allowed &= set(GB_RES + ["IE"] + EU_RES)
    if "university" in slots or "uni_email" in slots:
        allowed &= set(GB_RES + ["IE", "CA", "US"])
    assert allowed, tpl.text
    return wpick([(r, RESIDENCES[r][0]) for r in sorted(allowed)])


def choose_sector(tpl):
    if tpl.sector != "any":
        return tpl.sector
    return pick(list(SECTORS))


def generate_one(tpl, form, lower):
    for _ in range(50):
        sector = choose_sector(tpl)
        res = choose_residence(tpl, sector)
        origin = wpick(RESIDENCES[res][1])
        ctx = Ctx(form, lower, sector, res, origin)
        text, spans = realise(tpl, form, lower, ctx)
        if form == "mixed" and ctx.n_spoken_vals == 0:
            continue
        return text, spans
    raise RuntimeError(f"could not realise {tpl.text!r} as {form}")


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "CREDIT_CARD", "IBAN_CODE",
         "BANK_ACCOUNT", "DATE_OF_BIRTH", "ID_NUMBER", "CUSTOMER_ID", "SECRET",
         "IP_ADDRESS", "ORGANIZATION", "URL", "VEHICLE_PLATE"}


def check(rec):
    text, spans = rec["text"], rec["spans"]
    prev = 0
    for s in spans:
        assert s["type"] in TYPES, s
        assert 0 <= s["start"] < s["end"] <= len(text), (rec["id"], s)
        assert text[s["start"]:s["end"]] == s["value"], (rec["id"], s)
        assert s["start"] >= prev, ("overlap/unsorted", rec["id"], s)
        assert s["value"] == s["value"].strip(), (rec["id"], s)
        prev = s["end"]
    if rec["form"] == "none":
        assert not spans, rec
    else:
        assert spans, rec
    if rec["form"] == "spoken":
        assert text == text.lower(), rec["id"]
        assert not re.search(r"[,.;:!?@/()+#&\"]", text), (rec["id"], text)
    for s in spans:
        v = s["value"]
        if s["type"] == "CREDIT_CARD" and re.fullmatch(r"[\d\s.\-/]+", v):
            d = re.sub(r"\D", "", v)
            if len(d) >= 15:
                assert luhn_ok(d), (rec["id"], v)
        if s["type"] == "IBAN_CODE" and re.fullmatch(r"[A-Z0-9 ]+", v):
            assert iban_valid(v), (rec["id"], v)


# ---------------------------------------------------------------------------
# plan and main
# ---------------------------------------------------------------------------
def main():
    assert len(PII_TEMPLATES) + len(ADV_TEMPLATES) >= 90
    assert len(NONE_TEMPLATES) >= 25
    n_none_written, n_none_lower = 55, 45
    n_spoken, n_written, n_mixed = 155, 170, 75
    n_adv = 60
    assert n_none_written + n_none_lower + n_spoken + n_written + n_mixed == N_TOTAL

    pii_plan = ["S"] * n_spoken + ["W"] * n_written + ["M"] * n_mixed
    rng.shuffle(pii_plan)
    # adversarial: proportionally from each form, where templates allow it
    adv_idx = set()
    quota = {"S": 24, "W": 24, "M": 12}
    for i, f in enumerate(pii_plan):
        if quota[f] > 0:
            adv_idx.add(i)
            quota[f] -= 1
    assert len(adv_idx) == n_adv
    plan = [("pii", f, i in adv_idx) for i, f in enumerate(pii_plan)]
    plan += [("none", "W", False)] * n_none_written + [("none", "S", False)] * n_none_lower
    rng.shuffle(plan)

    uses = Counter()

    def choose(pool, f):
        cands = [t for t in pool if f in t.forms or t.kind == "none"]
        assert cands, f
        return min(cands, key=lambda t: (uses[id(t)], rng.random()))

    records = []
    for k, (kind, f, adv) in enumerate(plan, 1):
        if kind == "none":
            tpl = choose(NONE_TEMPLATES, f)
            form, lower = "none", f == "S"
        else:
            tpl = choose(ADV_TEMPLATES if adv else PII_TEMPLATES, f)
            form = {"S": "spoken", "W": "written", "M": "mixed"}[f]
            lower = form == "spoken"
        uses[id(tpl)] += 1
        text, spans = generate_one(tpl, form, lower)
        rec = {"id": f"en-b3-{k:04d}", "text": text, "spans": spans, "form": form}
        check(rec)
        records.append(rec)

    unused = [t.text[:50] for t in PII_TEMPLATES + ADV_TEMPLATES + NONE_TEMPLATES if uses[id(t)] == 0]
    assert not unused, unused
    assert len(records) == N_TOTAL

    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and re-check what was written
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == N_TOTAL
    for r in back:
        check(r)

    forms = Counter(r["form"] for r in back)
    types = Counter(s["type"] for r in back for s in r["spans"])
    lower_nopunct = sum(1 for r in back if r["text"] == r["text"].lower()
                        and not re.search(r"[,.;:!?]", r["text"]))
    print(f"wrote {OUT.name}: {len(back)} utterances, {sum(types.values())} values")
    print(f"templates: {len(PII_TEMPLATES)} PII + {len(ADV_TEMPLATES)} adversarial PII + "
          f"{len(NONE_TEMPLATES)} no-PII; adversarial utterances: {n_adv}; "
          f"lowercase without punctuation: {lower_nopunct}")
    print("by form:")
    for f in ("written", "spoken", "mixed", "none"):
        print(f"  {f:8s} {forms[f]}")
    print("by type:")
    for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:14s} {n}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Blind English PII evaluation set no. 1 for the agent-assist PII scrubber.

This set was written BLIND: its author never looked at the scrubber, its tests
or the other evaluation sets, so it measures the scrubber fairly rather than
mirroring its implementation.  Standard library + Faker only.  Fixed seed 2611
(random.Random and Faker.seed): re-running gives byte-identical output.

Output: en_blind1.jsonl, 500 customer turns from English-speaking contact
centres (energy, telecoms, insurance, banking; UK, US, Ireland and
international customers living in France, Germany, Spain, Italy, Poland and
the Netherlands), one JSON object per line:

  {"id": "en-b1-0001", "text": "...",
   "spans": [{"type": ..., "start": int, "end": int, "value": ...}],
   "form": "written" | "spoken" | "mixed" | "none"}

Spans are recorded while the text is assembled (never found by searching
afterwards).  The script asserts text[start:end] == value for every span, that
spans are sorted and do not overlap, and that no value has outer whitespace.

Entity types
  PERSON          customer names and names of other people mentioned (wife,
                  account holder, neighbour...), with or without a context
                  word.  A title (Mr, Mrs, Ms, Miss, Dr) directly before the
                  name is INSIDE the span.  A surname spelled letter by letter
                  is its own PERSON span.
  PHONE_NUMBER    UK, US, Irish and European numbers, national or +cc.
  EMAIL_ADDRESS   written, spoken ("john dot smith at gmail dot com") or
                  spelled letter by letter.
  ADDRESS         street address: house number / flat / house name + street,
                  plus the town, county, state and postcode/ZIP/Eircode when
                  they are said as part of the address (one span).  A town or
                  country on its own is NOT an address.
  CREDIT_CARD     Luhn-valid card numbers.
  IBAN_CODE       ISO 13616 checksum-valid IBANs (GB, IE, DE, FR, ES, IT, PL, NL).
  DATE_OF_BIRTH   only dates of birth.  A spoken leading "the" ("the
                  fourteenth of March ...") is left OUTSIDE the span.
  ID_NUMBER       UK National Insurance numbers, US SSNs, Irish PPS numbers,
                  passport and driving licence numbers.
  CUSTOMER_ID     account / policy / customer / contract numbers, in invented
                  formats per (fictional) company.
  SECRET          PINs, passwords, memorable words, security answers read out
                  (a security answer is SECRET even if it is a surname or a
                  town, e.g. a mother's maiden name).
  IP_ADDRESS      public IPv4/IPv6 addresses given by the customer.
  ORGANIZATION    only the customer's own employer ("I work at ...").
  URL             only the customer's own website or profile link.

Further choices made for this set
  * A first name alone ("Call me Sandra") and a surname alone are PERSON.
  * A leading "the" before an employer ("the HSE") is outside the
    ORGANIZATION span; company/supplier brands are never ORGANIZATION.
  * Only public IP addresses appear (no 192.168.x.x router pages); no card
    "ending in 1234", claim/ticket references, sort codes or plates appear, so
    no ambiguous fragments are left unlabelled.
  * Commas and "and" inside a spoken value (pauses between digit groups,
    "one hundred and twelve") are inside the span.

NOT PII (no span): bill dates, appointment dates, weekdays, times, amounts,
meter readings, speeds, data allowances, error codes, tariff names, brand /
supplier names, product models ("iPhone 15 Pro"), a town or country alone.

Forms
  written  values in digits and symbols ("07700 900123", "a.b@gmail.com")
  spoken   values read aloud as speech-to-text writes them ("oh seven seven
           double oh ...", "flat two, fourteen high street", "g b eight two")
  mixed    at least one written and one spoken value in the same utterance
  none     no PII at all, but full of material that must survive
  Utterances whose only values have no digits/symbols (names, employers,
  security answers) are "spoken" when in speech-to-text style, else "written".

About 20 % are "none"; about 35 % are lowercase without punctuation
(speech-to-text style); about 10 % are adversarial: irregular separators
inside numbers, a filler inside a value (the span covers the whole value
INCLUDING the filler), a self-correction (the abandoned fragment and the
corrected value are each labelled as separate spans of the same type; the
correction phrase "no sorry" is outside both), or a value alone / at the very
start or end of the text with no context.
"""
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker

SEED = 2611
OUT = Path(__file__).resolve().parent / "en_blind1.jsonl"
N_TOTAL, N_NONE, N_ALONE, N_PERTURB = 500, 100, 14, 38

rng = random.Random(SEED)
LOCALES = ["en_GB", "en_US", "en_IE", "fr_FR", "de_DE", "es_ES", "it_IT", "pl_PL", "nl_NL"]
FK = {loc: Faker(loc) for loc in LOCALES}
Faker.seed(SEED)
EU_KEYS = ["fr_FR", "de_DE", "es_ES", "it_IT", "pl_PL", "nl_NL"]

NOSPAN = "-"  # segment type of a rendered non-PII slot value (kept verbatim, no span)

# ---------------------------------------------------------------------------
# number words
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("January February March April May June July August September October "
          "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def words(n, us=False):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (" " + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (((" " if us else " and ") + words(r, us)) if r else "")
    t, r = divmod(n, 1000)
    s = words(t, us) + " thousand"
    if r:
        s += (" and " if (r < 100 and not us) else " ") + words(r, us)
    return s


ORD_IRREG = {"one": "first", "two": "second", "three": "third", "five": "fifth",
             "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def ordinal_words(n):
    w = words(n).split(" ")
    last = w[-1]
    if last in ORD_IRREG:
        last = ORD_IRREG[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return " ".join(w[:-1] + [last])


def ordinal_suffix(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def pair_words(s, zero="oh"):
    if s == "00":
        return "double " + zero
    if s[0] == "0":
        return zero + " " + ONES[int(s[1])]
    return words(int(s))


def year_words(y, us=False):
    if 2000 <= y < 2010:
        if y == 2000:
            return "two thousand"
        return "two thousand " + ("and " if (not us and rng.random() < 0.6) else "") + ONES[y - 2000]
    if y >= 2010:
        return rng.choice(["twenty " + words(y - 2000),
                           "two thousand " + ("" if us else "and ") + words(y - 2000)])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    return words(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else words(lo))


def speak_digits(ds, zero="oh", doubles=True):
    out, i = [], 0
    while i < len(ds):
        ch = ds[i]
        w = zero if ch == "0" else ONES[int(ch)]
        run = 1
        while i + run < len(ds) and ds[i + run] == ch:
            run += 1
        if doubles and run == 3 and rng.random() < 0.5:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and run >= 2 and rng.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def chunk_digits(run):
    """Split a long digit run the way people pause when reading it."""
    out, i = [], 0
    while i < len(run):
        left = len(run) - i
        n = left if left <= 4 else (3 if left != 4 and left != 8 else 4)
        out.append(run[i:i + n])
        i += n
    return out


def speak_code(s, zero="oh", punct=True, dash_word=None, doubles=True, pairs=False):
    """Read an alphanumeric code aloud: letters spelled, digits as words,
    spaces/dashes become pauses (commas when punctuated), '/' becomes slash."""
    comma = punct and rng.random() < 0.6
    toks = []  # words or None (= pause)
    for g in re.split(r"([ \-/.()+])", s):
        if not g or g in "()":
            continue
        if g in (" ", "-", "/", ".", "+"):
            if g == "/":
                toks.append(rng.choice(["slash", "forward slash"]))
            elif g == "-" and dash_word:
                toks.append(dash_word)
            elif g == ".":
                toks.append("dot")
            elif g == "+":
                toks.append("plus")
            else:
                toks.append(None)
            continue
        for run in re.findall(r"[^\W\d_]+|\d+", g):
            if run.isdigit():
                for k, part in enumerate(chunk_digits(run) if len(run) > 5 else [run]):
                    if k:
                        toks.append(None)
                    if pairs and len(part) % 2 == 0:
                        toks.append(" ".join(pair_words(part[j:j + 2], zero) for j in range(0, len(part), 2)))
                    else:
                        toks.append(speak_digits(part, zero, doubles))
            else:
                toks.append(" ".join(run.lower()))
    out, pending = "", False
    for t in toks:
        if t is None:
            pending = bool(out)
            continue
        if out:
            out += (", " if (pending and comma) else " ")
        out += t
        pending = False
    return out


def fill(pattern, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(str(rng.randint(0, 9)) if ch == "#" else rng.choice(letters) if ch == "@" else ch
                   for ch in pattern)


FOLD = {"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "œ": "oe", "đ": "d"}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalpha())


def comma_join(parts, punct, tight=()):
    out = parts[0]
    for i, p in enumerate(parts[1:], 1):
        out += (" " if (not punct or i in tight) else ", ") + p
    return out


# ---------------------------------------------------------------------------
# reference data (towns, streets, companies...)
TOWNS_UK = [("Reading", "RG"), ("Leeds", "LS"), ("Swindon", "SN"), ("Bristol", "BS"), ("Manchester", "M"),
            ("Glasgow", "G"), ("Cardiff", "CF"), ("Norwich", "NR"), ("Leicester", "LE"), ("Brighton", "BN"),
            ("Exeter", "EX"), ("York", "YO"), ("Belfast", "BT"), ("Edinburgh", "EH"), ("Nottingham", "NG"),
            ("Sheffield", "S"), ("Coventry", "CV"), ("Milton Keynes", "MK"), ("Bolton", "BL"), ("Derby", "DE"),
            ("Southampton", "SO"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Cambridge", "CB"),
            ("Oxford", "OX"), ("Plymouth", "PL"), ("Aberdeen", "AB"), ("Swansea", "SA"), ("Luton", "LU"),
            ("Ipswich", "IP"), ("London", "SE"), ("London", "N"), ("London", "SW"), ("London", "E")]
STREETS_UK = ["High Street", "Church Road", "Station Road", "Victoria Road", "Green Lane", "Manor Road",
              "Park Avenue", "Queens Road", "The Crescent", "Mill Lane", "Kings Road", "London Road",
              "Albert Street", "Windsor Close", "Orchard Way", "Chapel Street", "Grange Road", "Springfield Drive",
              "Beech Grove", "Meadow View", "Elm Close", "Cromwell Terrace", "St John's Road", "Nelson Street"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Hillside", "The Laurels", "Willow Barn"]
SUFFIX_UK = ["Road", "Street", "Close", "Avenue", "Lane", "Drive", "Way", "Gardens"]
CITIES_US = [("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Portland", "OR", "972"),
             ("Tampa", "FL", "336"), ("Raleigh", "NC", "276"), ("Phoenix", "AZ", "850"), ("Boston", "MA", "021"),
             ("Chicago", "IL", "606"), ("Seattle", "WA", "981"), ("San Diego", "CA", "921"),
             ("Nashville", "TN", "372"), ("Albany", "NY", "122"), ("Madison", "WI", "537"), ("Atlanta", "GA", "303"),
             ("Minneapolis", "MN", "554"), ("Pittsburgh", "PA", "152"), ("Sacramento", "CA", "958")]
STATES = {"TX": "Texas", "OH": "Ohio", "CO": "Colorado", "OR": "Oregon", "FL": "Florida", "NC": "North Carolina",
          "AZ": "Arizona", "MA": "Massachusetts", "IL": "Illinois", "WA": "Washington", "CA": "California",
          "TN": "Tennessee", "NY": "New York", "WI": "Wisconsin", "GA": "Georgia", "MN": "Minnesota",
          "PA": "Pennsylvania"}
STREETS_US = [("Maple Avenue", "Maple Ave"), ("Oak Street", "Oak St"), ("Elm Street", "Elm St"),
              ("Main Street", "Main St"), ("Cedar Lane", "Cedar Ln"), ("Lakeview Drive", "Lakeview Dr"),
              ("Washington Boulevard", "Washington Blvd"), ("Pine Street", "Pine St"),
              ("Hillcrest Road", "Hillcrest Rd"), ("Jefferson Avenue", "Jefferson Ave"),
              ("Willow Court", "Willow Ct"), ("West Fifth Street", "W 5th St"), ("North Second Street", "N 2nd St"),
              ("Sunset Boulevard", "Sunset Blvd"), ("Ridge Road", "Ridge Rd")]
SUFFIX_US = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"), ("Lane", "Ln")]
TOWNS_IE = [("Ennis", "Co. Clare", "V95"), ("Galway", None, "H91"), ("Cork", None, "T12"), ("Limerick", None, "V94"),
            ("Waterford", None, "X91"), ("Kilkenny", None, "R95"), ("Sligo", None, "F91"),
            ("Athlone", "Co. Westmeath", "N37"), ("Drogheda", "Co. Louth", "A92"), ("Navan", "Co. Meath", "C15"),
            ("Tralee", "Co. Kerry", "V92"), ("Bray", "Co. Wicklow", "A98"), ("Dundalk", "Co. Louth", "A91"),
            ("Dublin 8", None, "D08"), ("Dublin 6", None, "D06"), ("Dublin 15", None, "D15"),
            ("Swords", "Co. Dublin", "K67"), ("Letterkenny", "Co. Donegal", "F92")]
STREETS_IE = ["Main Street", "Church Road", "Castle Street", "O'Connell Street", "Patrick Street", "Dublin Road",
              "Bridge Street", "Oakwood Drive", "Ashgrove Park", "The Green", "Chapel Lane", "Abbey Street",
              "Rathmines Road", "Sandymount Avenue", "Hazel Grove", "Cois na hAbhann"]
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"
EU = {
    "fr_FR": dict(country="France", iban="FR", cities=[("Paris", "750##"), ("Lyon", "6900#"), ("Toulouse", "310##"),
                                                      ("Bordeaux", "330##"), ("Nice", "06#00"), ("Nantes", "44###"),
                                                      ("Montpellier", "340##"), ("Antibes", "06600")],
                  streets=["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Victor Hugo",
                           "chemin des Vignes", "rue Pasteur", "allée des Tilleuls"], phone="fr"),
    "de_DE": dict(country="Germany", iban="DE", cities=[("Berlin", "10###"), ("München", "80###"),
                                                       ("Hamburg", "22###"), ("Köln", "50###"),
                                                       ("Frankfurt am Main", "60###"), ("Düsseldorf", "40###"),
                                                       ("Leipzig", "04###"), ("Freiburg im Breisgau", "79###")],
                  streets=["Lindenstraße", "Hauptstraße", "Goethestraße", "Schillerweg", "Am Markt",
                           "Bahnhofstraße", "Kastanienallee"], phone="de"),
    "es_ES": dict(country="Spain", iban="ES", cities=[("Madrid", "280##"), ("Barcelona", "080##"),
                                                     ("Valencia", "460##"), ("Málaga", "290##"), ("Alicante", "030##"),
                                                     ("Sevilla", "410##"), ("Marbella", "2960#"), ("Palma", "070##")],
                  streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo Marítimo",
                           "Calle San Juan", "Avenida del Mar"], phone="es"),
    "it_IT": dict(country="Italy", iban="IT", cities=[("Roma", "001##"), ("Milano", "201##"), ("Firenze", "501##"),
                                                     ("Bologna", "401##"), ("Torino", "101##"), ("Napoli", "801##"),
                                                     ("Lucca", "5510#")],
                  streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Piazza Cavour",
                           "Via Mazzini", "Viale dei Pini"], phone="it"),
    "pl_PL": dict(country="Poland", iban="PL", cities=[("Warszawa", "0#-###"), ("Kraków", "3#-###"),
                                                      ("Łódź", "9#-###"), ("Gdańsk", "80-###"), ("Wrocław", "5#-###"),
                                                      ("Poznań", "6#-###")],
                  streets=["Długa", "Marszałkowska", "Piotrkowska", "Floriańska", "Kwiatowa", "Lipowa", "Słoneczna"],
                  phone="pl"),
    "nl_NL": dict(country="the Netherlands", iban="NL", cities=[("Amsterdam", "10## @@"), ("Rotterdam", "30## @@"),
                                                               ("Utrecht", "35## @@"), ("Den Haag", "25## @@"),
                                                               ("Eindhoven", "56## @@"), ("Haarlem", "20## @@")],
                  streets=["Keizersgracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg",
                           "Stationsweg", "Lindenlaan"], phone="nl"),
}
COUNTRIES = ["Spain", "France", "Portugal", "Germany", "Italy", "Greece", "Canada", "Australia", "Poland",
             "the Netherlands", "Croatia", "Turkey"]

COMPANIES = {
    "E": [("Brightwater Energy", "uk", ["BWE-######-##"]), ("Evergreen Power", "uk", ["EV##########"]),
          ("Emerald Power", "ie", ["EP-#######"]), ("Lakeside Gas & Electric", "us", ["####-####-##"]),
          ("Sunhaven Energy", "eu", ["SH/####/####"])],
    "T": [("Clearline", "uk", ["CL#########"]), ("Skylark Broadband", "uk ie", ["SL-@@######"]),
          ("Pinnacle Wireless", "us", ["PW ####-####"]), ("Orbit Mobile", "eu ie", ["OM#########"])],
    "I": [("Harbour Mutual", "uk", ["HM/HOM/#######", "HM/MTR/#######", "HM/TRV/#######"]),
          ("Northstar Insurance", "us", ["NS-####-######"]), ("Keystone Assurance", "ie", ["KA########@"]),
          ("Atlas Expat Cover", "eu", ["AXC-######"])],
    "B": [("Northgate Bank", "uk", ["#### ### ###"]), ("Meridian Bank", "uk ie eu", ["MB########"]),
          ("Liberty Federal", "us", ["##########"])],
}
TARIFFS = {
    "E": [("Fixed Saver 12M", "fixed saver twelve month"), ("Flexi Variable", "flexi variable"),
          ("EV Night Saver", "e v night saver"), ("Green Fix 24", "green fix twenty four"),
          ("Economy 7", "economy seven"), ("Standard Variable", "standard variable")],
    "T": [("Unlimited 5G Plus", "unlimited five g plus"), ("Fibre 500", "fibre five hundred"),
          ("SIM Only 30GB", "sim only thirty gig"), ("Superfast 80", "superfast eighty"),
          ("Essentials 20GB", "essentials twenty gig")],
    "I": [("Home Plus", "home plus"), ("Comprehensive Gold", "comprehensive gold"),
          ("Annual Multi-Trip", "annual multi trip"), ("Third Party Fire and Theft", "third party fire and theft")],
    "B": [("Everyday Saver", "everyday saver"), ("Premier Current Account", "premier current account"),
          ("Easy Access ISA", "easy access isa"), ("Cashback Credit Card", "cashback credit card")],
}
PHONES_M = [("iPhone 15 Pro", "iphone fifteen pro"), ("iPhone 13", "iphone thirteen"),
            ("Samsung Galaxy S23", "samsung galaxy s twenty three"), ("Galaxy A54", "galaxy a fifty four"),
            ("Pixel 8", "pixel eight"), ("Moto G54", "moto g fifty four"), ("iPhone SE", "iphone s e"),
            ("Redmi Note 13", "redmi note thirteen")]
ROUTERS = [("Hub 3", "hub three"), ("Smart Hub 2", "smart hub two"), ("Netgear Nighthawk", "netgear nighthawk"),
           ("TP-Link Archer AX55", "tp link archer a x fifty five"), ("Fritz!Box 7590", "fritz box seventy five ninety"),
           ("Eero 6", "eero six"), ("Huawei B535", "huawei b five three five")]
EMPLOYERS = {
    "uk": ["Tesco", "Sainsbury's", "Network Rail", "Royal Mail", "Leeds City Council", "Rolls-Royce", "Deloitte",
           "BAE Systems", "Greggs", "John Lewis", "the University of Bristol", "Southmead Hospital"],
    "us": ["Walmart", "Kaiser Permanente", "Target", "Boeing", "the University of Texas", "Delta Air Lines",
           "Mayo Clinic", "Home Depot"],
    "ie": ["Intel", "Dunnes Stores", "Ryanair", "the HSE", "Kerry Group", "Accenture", "Penneys",
           "University Hospital Galway"],
    "eu": ["Siemens", "Airbus", "Decathlon", "Zalando", "ING", "Ferrero", "Philips", "the European Commission"],
}
EMAIL_DOMAINS = {
    "en_GB": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com", "sky.com"],
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com"],
    "en_IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"],
    "fr_FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it"],
    "pl_PL": ["wp.pl", "onet.pl", "gmail.com", "o2.pl"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
}
SPOKEN_DOMAIN = {"btinternet": "b t internet", "gmx": "g m x", "wp": "w p", "aol": "a o l", "o2": "o two",
                 "kpnmail": "k p n mail", "icloud": "i cloud", "uk": "uk", "t-online": "t dash online"}
PETS = ["Biscuit", "Bella", "Max", "Poppy", "Alfie", "Luna", "Rocky", "Daisy", "Buster", "Milo", "Coco", "Patch"]
SCHOOLS = ["St Joseph's", "Oakfield Primary", "Holy Cross", "Greenway Junior", "Scoil Mhuire"]
MEMWORDS = ["pineapple", "marmalade", "lighthouse", "buttercup", "kingfisher", "strawberry", "bluebell",
            "avalanche", "snowdrop", "tangerine"]
PW_WORDS = ["sunflower", "bluebird", "arsenal", "liverpool", "summer", "dolphin", "buster", "chelsea", "rainbow",
            "tigger", "lakers", "shamrock", "kittycat", "football"]
PW_SYMBOLS = [("!", "exclamation mark"), ("#", "hash"), ("_", "underscore"), ("@", "at sign"), ("$", "dollar sign"),
              ("*", "star")]
TRADES = ["plumbing", "electrical", "bakes", "ceramics", "photography", "joinery", "design", "tutoring",
          "cleaning", "builders"]


# ---------------------------------------------------------------------------
# persona & context
def make_name(loc, gender):
    fk = FK[loc]
    first = fk.first_name_male() if gender == "m" else fk.first_name_female()
    last = fk.last_name_male() if gender == "m" else fk.last_name_female()
    return first, last


class Persona:
    def __init__(self, region):
        self.region = region
        if region == "eu":
            self.addr_loc = rng.choice(EU_KEYS)
            self.name_loc = self.addr_loc if rng.random() < 0.6 else rng.choice(["en_GB", "en_US", "en_IE"])
        else:
            self.addr_loc = {"uk": "en_GB", "us": "en_US", "ie": "en_IE"}[region]
            self.name_loc = self.addr_loc
            if region in ("uk", "ie") and rng.random() < 0.2:
                self.name_loc = rng.choice(EU_KEYS)
            elif region == "us" and rng.random() < 0.1:
                self.name_loc = rng.choice(EU_KEYS)
        self.gender = rng.choice("mf")
        self.first, self.last = make_name(self.name_loc, self.gender)
        if rng.random() < 0.12:
            self.title = "Dr"
        else:
            self.title = "Mr" if self.gender == "m" else rng.choice(["Mrs", "Ms", "Miss", "Mrs"])
        if region == "us":
            self.title += "."
        self.country = EU[self.addr_loc]["country"] if region == "eu" else None


class Ctx:
    def __init__(self, region, sector, stt):
        self.region = region
        self.p = Persona(region)
        self.sector = sector if sector != "*" else rng.choice("ETIB")
        self.stt = stt
        self.punct = not stt
        comps = [c for c in COMPANIES[self.sector] if region in c[1].split()]
        self.company = rng.choice(comps or COMPANIES[self.sector])
        self.currency = {"uk": "£", "us": "$"}.get(region, "€")
        self.zero = "oh" if region in ("uk", "ie") and rng.random() < 0.85 else rng.choice(["zero", "oh"])
        self.last_person = (self.p.first, self.p.last, self.p.gender)
        self.last_dob = None


# ---------------------------------------------------------------------------
# PII renderers: each returns a list of segments (text, type); type None is
# template-like literal text, NOSPAN a non-PII value, otherwise an entity type.
def r_person(kind, arg, style, c):
    p = c.p
    if kind == "NAME":
        v = f"{p.first} {p.last}"
    elif kind == "FIRST":
        v = p.first
    elif kind == "SURNAME":
        v = p.last
    elif kind == "TITLED":
        v = f"{p.title} {p.last}" if rng.random() < 0.6 else f"{p.title} {p.first} {p.last}"
    elif kind == "SURNAME2":
        v = FK[p.name_loc].last_name()
    elif kind == "SPELLNAME":
        letters = list(fold(p.last).upper())
        v = rng.choice([" ".join(letters), "-".join(letters)]) if c.punct else " ".join(letters)
    else:  # OTHER / OTHER_FIRST
        g = arg if arg in ("m", "f") else rng.choice("mf")
        loc = p.name_loc if rng.random() < 0.8 else rng.choice(LOCALES)
        first, last = make_name(loc, g)
        if arg in ("m", "f") and rng.random() < 0.5:
            last = p.last
        c.last_person = (first, last, g)
        v = first if kind == "OTHER_FIRST" else f"{first} {last}"
    if c.stt:
        v = v.replace(".", "")
    return [(v, "PERSON")]


def uk_phone():
    if rng.random() < 0.75:
        d = "07" + fill("#########")
        f = rng.choice(["a", "a", "b", "c", "d", "e"])
        if f == "a":
            return d, f"{d[:5]} {d[5:]}"
        if f == "b":
            return d, f"{d[:5]} {d[5:8]} {d[8:]}"
        if f == "c":
            return d, d
        if f == "d":
            return d, f"+44 {d[1:5]} {d[5:]}"
        return d, "+44" + d[1:]
    area = rng.choice(["020", "0161", "0113", "0117", "0121", "0131", "01632", "01904"])
    rest = fill("#" * (11 - len(area)))
    if area == "020":
        return area + rest, f"020 {rest[:4]} {rest[4:]}"
    if len(area) == 4:
        return area + rest, rng.choice([f"{area} {rest[:3]} {rest[3:]}", f"({area}) {rest[:3]} {rest[3:]}"])
    return area + rest, f"{area} {rest}"


def us_phone():
    a = rng.choice(["212", "312", "415", "512", "617", "702", "206", "303", "404", "615", "919", "614"])
    e = str(rng.randint(2, 9)) + fill("##")
    n = fill("####")
    return a + e + n, rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}",
                                  f"{a}-{e}-{n}", f"({a}) {e}-{n}"])


def ie_phone():
    if rng.random() < 0.8:
        pre = rng.choice(["083", "085", "086", "087", "089"])
        r = fill("#######")
        return pre + r, rng.choice([f"{pre} {r[:3]} {r[3:]}", f"{pre}{r}", f"+353 {pre[1:]} {r[:3]} {r[3:]}"])
    r = fill("#######")
    return "01" + r, f"01 {r[:3]} {r[3:]}"


def eu_phone(kind):
    if kind == "fr":
        r = "6" + fill("########")
        g = " ".join([r[1:3], r[3:5], r[5:7], r[7:9]])
        return rng.choice([f"+33 6 {g}", f"06 {g}"])
    if kind == "de":
        r = rng.choice(["151", "160", "170", "176"]) + fill("########")
        return rng.choice([f"+49 {r[:3]} {r[3:]}", f"0{r[:3]} {r[3:]}"])
    if kind == "es":
        r = "6" + fill("########")
        return f"+34 {r[:3]} {r[3:6]} {r[6:]}"
    if kind == "it":
        r = "3" + fill("#########")
        return f"+39 {r[:3]} {r[3:6]} {r[6:]}"
    if kind == "pl":
        r = rng.choice(["5", "6", "7"]) + fill("########")
        return f"+48 {r[:3]} {r[3:6]} {r[6:]}"
    r = "6" + fill("########")
    return rng.choice([f"+31 6 {r[1:]}", f"06 {r[1:]}", f"06-{r[1:]}"])


def r_phone(kind, arg, style, c):
    reg = c.region
    if reg == "uk":
        if arg == "mobile":
            d = "07" + fill("#########")
            w = rng.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}"])
        elif arg == "landline":
            while True:
                d, w = uk_phone()
                if not d.startswith("07"):
                    break
        else:
            _, w = uk_phone()
    elif reg == "us":
        _, w = us_phone()
    elif reg == "ie":
        _, w = ie_phone()
    else:
        w = eu_phone(EU[c.p.addr_loc]["phone"])
    if style == "w":
        return [(w, "PHONE_NUMBER")]
    zero = c.zero if reg != "eu" else rng.choice(["zero", "oh"])
    return [(speak_code(w.replace("(", "").replace(")", "").replace(".", " "), zero, c.punct, doubles=(reg != "us" or rng.random() < 0.3)),
             "PHONE_NUMBER")]


def email_tokens(c):
    p = c.p
    first = fold(c.p.first).lower() or "anna"
    last = fold(c.p.last).lower() or "smith"
    nn = f"{rng.randint(60, 99) if rng.random() < 0.6 else rng.randint(0, 23):02d}"
    pat = rng.choice(["f.l", "f.l", "fl", "il", "f.lnn", "f_l", "linn", "fnn", "f-l", "l.f"])
    T = {"f": ("w", first), "l": ("w", last), "i": ("l", first[0]), "nn": ("n", nn), ".": ("s", "."),
         "_": ("s", "_"), "-": ("s", "-")}
    toks = [T[x] for x in re.findall(r"nn|[fli._-]", pat)]
    loc = p.addr_loc if rng.random() < 0.7 else p.name_loc
    dom = rng.choice(EMAIL_DOMAINS[loc])
    dtoks = []
    for part in re.split(r"(\.)", dom):
        dtoks.append(("s", ".") if part == "." else ("d", part))
    return toks, dtoks


def speak_tokens(toks, spelled, punct):
    out = []
    for k, v in toks:
        if k == "w":
            out.append(" ".join(v) if spelled else v)
        elif k == "l":
            out.append(v)
        elif k == "n":
            out.append(rng.choice([speak_digits(v, "oh", False), pair_words(v)]) if len(v) == 2 else
                       speak_digits(v, "zero", False))
        elif k == "s":
            out.append({".": "dot", "_": "underscore", "-": rng.choice(["dash", "hyphen"]),
                        "/": rng.choice(["slash", "forward slash"])}[v])
        elif k == "d":
            out.append(SPOKEN_DOMAIN.get(v, v))
        elif k == "x":
            out.append(v[1])
    return " ".join(out)


def r_email(kind, arg, style, c):
    toks, dtoks = email_tokens(c)
    if style == "w":
        local = "".join(v for _, v in toks)
        if rng.random() < 0.1:
            local = local[0].upper() + local[1:]
        return [(local + "@" + "".join(v for _, v in dtoks), "EMAIL_ADDRESS")]
    spelled = rng.random() < 0.3
    return [(speak_tokens(toks, spelled, c.punct) + " at " + speak_tokens(dtoks, False, c.punct), "EMAIL_ADDRESS")]


def r_url(kind, arg, style, c):
    p = c.p
    first, last = fold(p.first).lower(), fold(p.last).lower()
    trade = rng.choice(TRADES)
    tld = {"uk": [("w", "co"), ("s", "."), ("w", "uk")], "us": [("w", "com")], "ie": [("w", "ie")]}.get(
        c.region, [("w", EU[p.addr_loc]["iban"].lower())] if c.region == "eu" else [("w", "com")])
    if arg == "profile":
        pat = rng.choice(["linkedin", "linkedin", "insta"])
    else:
        pat = rng.choice(["biz", "biz", "biz", "personal", "etsy"])
    if pat == "biz":
        toks = ([("x", ("www.", "w w w dot"))] if rng.random() < 0.6 else []) + [("w", last), ("w", trade), ("s", ".")] + tld
    elif pat == "linkedin":
        toks = ([("x", ("www.", "w w w dot"))] if rng.random() < 0.3 else []) + [
            ("d", "linkedin"), ("s", "."), ("d", "com"), ("s", "/"), ("d", "in"), ("s", "/"),
            ("w", first), ("s", "-"), ("w", last)] + ([("s", "-"), ("n", fill("###"))] if rng.random() < 0.5 else [])
    elif pat == "insta":
        toks = [("d", "instagram"), ("s", "."), ("d", "com"), ("s", "/"), ("w", last), ("s", "_"), ("w", trade)]
    elif pat == "personal":
        toks = [("x", ("https://", "h t t p s colon slash slash"))] if rng.random() < 0.4 else []
        toks += [("w", first), ("w", last), ("s", ".")] + [("w", "com")]
    else:
        toks = [("d", "etsy"), ("s", "."), ("d", "com"), ("s", "/"), ("d", "shop"), ("s", "/"),
                ("w", last.capitalize()), ("w", trade.capitalize())]
    if style == "w":
        return [("".join(v[0] if k == "x" else v for k, v in toks), "URL")]
    return [(speak_tokens(toks, False, c.punct), "URL")]


def speak_housenum(n, us=False):
    if n < 100:
        return words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if not us and rng.random() < 0.5:
            return words(n)
        return ONES[h] + " " + (pair_words(f"{r:02d}") if r else "hundred")
    hi, lo = divmod(n, 100)
    return words(hi) + " " + (pair_words(f"{lo:02d}") if lo else "hundred")


def speak_postcode_uk(pc):
    out, inn = pc.split(" ")
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)", out)
    letters, num, tail = m.groups()
    num_w = words(int(num)) if (len(num) == 2 and rng.random() < 0.5) else speak_digits(num, "oh", False)
    s = " ".join(letters.lower()) + " " + num_w + ((" " + tail.lower()) if tail else "")
    return s + " " + ONES[int(inn[0])] + " " + " ".join(inn[1:].lower())


def spoken_words_of(s):
    """lowercase; digits inside a street/town name become words."""
    s = s.replace("ß", "ss").replace("Co. ", "County ")
    return re.sub(r"\d+", lambda m: words(int(m.group())), s).lower()


def address(c, first_line_only=False):
    """Return list of components [(written, spoken)] and set of 'tight' joins."""
    reg, p = c.region, c.p
    comps, tight = [], set()
    if reg == "uk":
        if rng.random() < 0.22:
            n = rng.randint(1, 24)
            comps.append((f"Flat {n}", f"flat {words(n)}"))
        if rng.random() < 0.08 and not comps:
            h = rng.choice(HOUSE_NAMES)
            comps.append((h, h.lower()))
            st = rng.choice(STREETS_UK)
            comps.append((st, st.lower()))
        else:
            num = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 240)])
            st = rng.choice(STREETS_UK) if rng.random() < 0.7 else f"{FK['en_GB'].last_name()} {rng.choice(SUFFIX_UK)}"
            letter = rng.choice(["a", "b"]) if rng.random() < 0.05 else ""
            comps.append((f"{num}{letter} {st}", f"{speak_housenum(num)}{' ' + letter if letter else ''} {st.lower()}"))
        if first_line_only:
            return comps, tight
        town, area = rng.choice(TOWNS_UK)
        pc = f"{area}{rng.randint(1, 20)}{rng.choice(['', '', '', 'A'] if area in ('SW', 'E') else [''])} " \
             f"{rng.randint(0, 9)}{fill('@@', 'ABDEFGHJLNPQRSTUWXYZ')}"
        v = rng.random()
        if v < 0.6:
            comps.append((town, town.lower()))
            comps.append((pc, speak_postcode_uk(pc)))
            if rng.random() < 0.5:
                tight.add(len(comps) - 1)
        elif v < 0.8:
            comps.append((pc, speak_postcode_uk(pc)))
        else:
            comps.append((town, town.lower()))
    elif reg == "us":
        num = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9899)])
        if rng.random() < 0.75:
            full, abbr = rng.choice(STREETS_US)
        else:
            sfx = rng.choice(SUFFIX_US)
            ln = FK["en_US"].last_name()
            full, abbr = f"{ln} {sfx[0]}", f"{ln} {sfx[1]}"
        comps.append((f"{num} {abbr if rng.random() < 0.35 else full}", f"{speak_housenum(num, True)} {full.lower()}"))
        if rng.random() < 0.3:
            u = rng.randint(1, 40)
            lt = rng.choice(["", "", "B", "C"])
            lab = rng.choice([("Apt", "apartment"), ("Apt.", "apartment"), ("Unit", "unit"), ("#", "number")])
            w = f"{lab[0]} {u}{lt}" if lab[0] != "#" else f"#{u}{lt}"
            comps.append((w, f"{lab[1]} {words(u)}{' ' + lt.lower() if lt else ''}"))
        if first_line_only:
            return comps, tight
        city, st, z3 = rng.choice(CITIES_US)
        zip_ = z3 + fill("##")
        comps.append((city, city.lower()))
        if rng.random() < 0.85:
            stw = st if rng.random() < 0.8 else STATES[st]
            comps.append((f"{stw} {zip_}", f"{STATES[st].lower()} {speak_digits(zip_, rng.choice(['zero', 'oh']), False)}"))
    elif reg == "ie":
        if rng.random() < 0.15:
            n = rng.randint(1, 60)
            comps.append((f"Apartment {n}", f"apartment {words(n)}"))
        num = rng.randint(1, 120)
        st = rng.choice(STREETS_IE) if rng.random() < 0.75 else FK["en_IE"].street_name()
        comps.append((f"{num} {st}", f"{speak_housenum(num)} {st.lower()}"))
        if first_line_only:
            return comps, tight
        town, county, rk = rng.choice(TOWNS_IE)
        comps.append((town, spoken_words_of(town)))
        if county and rng.random() < 0.7:
            comps.append((county, spoken_words_of(county)))
        if rng.random() < 0.7:
            uid = "".join(rng.choice(EIR_CHARS) for _ in range(4))
            if not uid[0].isalpha():
                uid = rng.choice("ACDEFHKNPRTVWXY") + uid[1:]
            ec = f"{rk} {uid}" if rng.random() < 0.75 else rk + uid
            comps.append((ec, speak_code(ec, "zero" if rng.random() < 0.5 else "oh", False, doubles=False)))
            if rng.random() < 0.4:
                tight.add(len(comps) - 1)
    else:
        loc = p.addr_loc
        e = EU[loc]
        st = rng.choice(e["streets"]) if rng.random() < 0.75 else FK[loc].street_name()
        num = rng.randint(1, 140)
        city, pcpat = rng.choice(e["cities"])
        pc = fill(pcpat, "ABCEGHJKLMNPRTVWXZ")
        zero = rng.choice(["zero", "oh"])
        pcs = speak_code(pc, zero, False, doubles=False)
        if loc == "fr_FR":
            comps.append((f"{num} {st}", f"{words(num)} {st.lower()}"))
        elif loc == "es_ES":
            comps.append((f"{st} {num}", f"{st.lower()} {words(num)}"))
            if rng.random() < 0.6:
                fl, door = rng.randint(1, 8), rng.choice("ABCD")
                comps.append((f"{fl}º {door}", f"{words(fl)} {door.lower()}"))
        elif loc == "pl_PL":
            st = st if st.startswith("ul.") else f"ul. {st}"
            if rng.random() < 0.6:
                fl = rng.randint(1, 60)
                comps.append((f"{st} {num}/{fl}", f"{st.lower().replace('ul. ', 'ulica ')} {words(num)} "
                                                  f"{rng.choice(['slash', 'stroke', 'flat'])} {words(fl)}"))
            else:
                comps.append((f"{st} {num}", f"{st.lower().replace('ul. ', 'ulica ')} {words(num)}"))
        elif loc == "nl_NL":
            sfx = rng.choice(["", "", "", "A", "-2", "-1"])
            sfx_s = (" " + spoken_words_of(sfx.strip("-"))) if sfx else ""
            comps.append((f"{st} {num}{sfx}", f"{st.lower()} {words(num)}{sfx_s}"))
        else:
            comps.append((f"{st} {num}", f"{spoken_words_of(st)} {words(num)}"))
        if first_line_only:
            return comps, tight
        if rng.random() < 0.85:
            comps.append((f"{pc} {city}", f"{pcs} {city.lower()}"))
        else:
            comps.append((city, city.lower()))
    return comps, tight


def r_addr(kind, arg, style, c):
    comps, tight = address(c, first_line_only=(kind == "ADDR1"))
    if style == "w":
        v = comma_join([w for w, _ in comps], c.punct, tight)
        if c.stt:
            v = re.sub(r"\b(Co|Apt|ul)\. ", r"\1 ", v)
    else:
        v = comma_join([s for _, s in comps], c.punct and rng.random() < 0.7, tight)
    return [(v, "ADDRESS")]


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
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


def r_card(kind, arg, style, c):
    t = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex"])
    if t == "visa":
        body = "4" + fill("#" * 14)
    elif t == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += fill("#" * (15 - len(body)))
    else:
        body = rng.choice(["34", "37"]) + fill("#" * 12)
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    groups = [num[0:4], num[4:10], num[10:]] if t == "amex" else [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "w":
        sep = rng.choice([" ", " ", " ", "", "-"])
        return [(sep.join(groups), "CREDIT_CARD")]
    zero = rng.choice(["zero", "oh"])
    comma = c.punct and rng.random() < 0.7
    pairs = rng.random() < 0.2 and t != "amex"
    spoken = [(" ".join(pair_words(g[j:j + 2], zero) for j in range(0, 4, 2)) if pairs else speak_digits(g, zero))
              for g in groups]
    return [((", " if comma else " ").join(spoken), "CREDIT_CARD")]


IBAN_SPECS = {
    "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + fill("#" * 14),
    "IE": lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + fill("#" * 14),
    "DE": lambda: fill("#" * 18),
    "FR": lambda: fill("#" * 23),
    "ES": lambda: fill("#" * 20),
    "IT": lambda: fill("@", "ABCDEFGHIJKLMNOPRSTUVWXYZ") + fill("#" * 22),
    "PL": lambda: fill("#" * 24),
    "NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + fill("#" * 10),
}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(cc):
    bban = IBAN_SPECS[cc]()
    check = 98 - iban_num(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    assert iban_num(iban[4:] + iban[:4]) % 97 == 1
    return iban


def r_iban(kind, arg, style, c):
    cc = {"uk": "GB", "ie": "IE"}.get(c.region) or EU[c.p.addr_loc]["iban"]
    iban = make_iban(cc)
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == "w":
        v = grouped if rng.random() < 0.7 else iban
        if c.stt and rng.random() < 0.5:
            v = v.lower()
        return [(v, "IBAN_CODE")]
    return [(speak_code(grouped, rng.choice(["zero", "oh"]), c.punct), "IBAN_CODE")]


def r_dob(kind, arg, style, c):
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    c.last_dob = (y, m, d)
    us = c.region == "us"
    M = MONTHS[m - 1]
    if style == "w":
        if us:
            fm = rng.choice([f"{m:02d}/{d:02d}/{y}", f"{M} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}"])
        else:
            opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {M} {y}", f"{ordinal_suffix(d)} {M} {y}", f"{d:02d}/{m:02d}/{y}",
                    f"{d:02d}-{m:02d}-{y % 100:02d}", f"{ordinal_suffix(d)} of {M} {y}"]
            if c.region == "eu":
                opts += [f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y}"]
            fm = rng.choice(opts)
        if not c.punct:
            fm = fm.replace(",", "")
        return [(fm, "DATE_OF_BIRTH")]
    v = rng.random()
    if v < 0.15:
        comma = ", " if (c.punct and rng.random() < 0.5) else " "
        dd, mm = f"{d:02d}", f"{m:02d}"
        if us:
            dd, mm = mm, dd
        s = comma.join([speak_digits(dd, c.zero, False), speak_digits(mm, c.zero, False), pair_words(f"{y % 100:02d}")])
        return [(s, "DATE_OF_BIRTH")]
    if us or v < 0.3:
        s = f"{M.lower()} {ordinal_words(d) if rng.random() < 0.8 else words(d)} {year_words(y, us)}"
        return [(s, "DATE_OF_BIRTH")]
    s = f"{ordinal_words(d)} {'of ' if rng.random() < 0.8 else ''}{M.lower()} {year_words(y)}"
    if rng.random() < 0.5:
        return [("the ", None), (s, "DATE_OF_BIRTH")]
    return [(s, "DATE_OF_BIRTH")]


def nino():
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return a + b, fill("######"), rng.choice("ABCD")


def pps():
    digits = fill("#######")
    second = "A" if rng.random() < 0.3 else ""
    total = sum(int(ch) * (8 - i) for i, ch in enumerate(digits))
    if second:
        total += 9 * (ord(second) - 64)
    r = total % 23
    return digits + ("W" if r == 0 else chr(64 + r)) + second


def uk_dl(c):
    first, last, g = c.last_person
    sur = (fold(last).upper() + "99999")[:5]
    y, m, d = c.last_dob or (rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    mm = m + (50 if g == "f" else 0)
    ini = (fold(first)[:1].upper() + rng.choice(["", "", "J", "A", "M"]) + "9")[:2]
    return f"{sur}{(y % 100) // 10}{mm:02d}{d:02d}{y % 10}{ini}9{fill('@@')}"


def r_id(kind, arg, style, c):
    reg = c.region
    if kind == "NINO":
        a, n, s = nino()
        w = rng.choice([f"{a} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{a}{n}{s}", f"{a}{n}{s}", f"{a} {n} {s}"])
        sp = (" ".join(a.lower()) + " " + (" ".join(words(int(n[i:i + 2])) if n[i] != "0" else pair_words(n[i:i + 2], c.zero)
                                                  for i in range(0, 6, 2)) if rng.random() < 0.3 else speak_digits(n, c.zero))
              + " " + s.lower())
    elif kind == "SSN":
        while True:
            area = rng.randint(1, 899)
            if area != 666:
                break
        a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
        w = rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])
        sp = speak_code(f"{a} {g} {s}", rng.choice(["zero", "oh"]), c.punct, doubles=False)
    elif kind == "PPS":
        w = pps()
        sp = speak_code(w, c.zero, c.punct)
    elif kind == "PASSPORT":
        loc = c.p.addr_loc if reg == "eu" else {"uk": "en_GB", "us": "en_US", "ie": "en_IE"}[reg]
        w = {"en_GB": lambda: fill("#########"),
             "en_US": lambda: rng.choice([fill("#########"), fill("@########")]),
             "en_IE": lambda: fill("@@#######"),
             "fr_FR": lambda: fill("##@@#####"),
             "de_DE": lambda: "C" + fill("########", "CFGHJKLMNPRTVWXYZ"),
             "es_ES": lambda: fill("@@@######"),
             "it_IT": lambda: fill("@@#######"),
             "pl_PL": lambda: fill("@@#######"),
             "nl_NL": lambda: fill("@@") + fill("######", "ABCDEFGHJKLNPRSTUVWXYZ0123456789") + fill("#")}[loc]()
        sp = speak_code(w, c.zero, c.punct)
    else:  # DL
        if reg == "uk":
            w = uk_dl(c)
            if rng.random() < 0.25:
                w = f"{w[:5]} {w[5:11]} {w[11:13]} {w[13:]}"
        elif reg == "us":
            w = rng.choice([fill("@#######"), fill("@###-###-##-###-#"), fill("### ### ###"), fill("########")])
        elif reg == "ie":
            w = fill("###-###-###") if rng.random() < 0.3 else fill("#########")
        else:
            w = fill("@########")
        sp = speak_code(w, c.zero, c.punct)
    if style == "w":
        if c.stt and rng.random() < 0.5:
            w = w.lower()
        return [(w, "ID_NUMBER")]
    return [(sp, "ID_NUMBER")]


def r_acct(kind, arg, style, c):
    w = fill(rng.choice(c.company[2]))
    if style == "w":
        if re.search(r"[- ]", w) and rng.random() < 0.2:
            w = re.sub(r"[- ]", "", w)
        if c.stt and rng.random() < 0.5:
            w = w.lower()
        return [(w, "CUSTOMER_ID")]
    return [(speak_code(w, c.zero, c.punct, dash_word="dash" if rng.random() < 0.3 else None), "CUSTOMER_ID")]


def r_secret(kind, arg, style, c):
    if kind == "PIN":
        while True:
            pin = fill("####" if rng.random() < 0.8 else "######")
            if len(set(pin)) > 1:
                break
        return [(pin if style == "w" else speak_digits(pin, c.zero), "SECRET")]
    if kind == "PASSWORD":
        word = rng.choice(PW_WORDS)
        cap = rng.random() < 0.5
        num = rng.choice([str(rng.randint(1975, 2023)), f"{rng.randint(1, 99):02d}", str(rng.randint(1, 9))])
        sym = rng.choice(PW_SYMBOLS) if rng.random() < 0.6 else None
        symfirst = rng.random() < 0.3
        w = (word.capitalize() if cap else word)
        parts_w = [w] + ([sym[0], num] if (sym and not symfirst) else [num, sym[0]] if sym else [num])
        if style == "w":
            v = "".join(parts_w)
            if c.stt and rng.random() < 0.5:
                v = v.lower()
            return [(v, "SECRET")]
        numw = year_words(int(num)) if len(num) == 4 and rng.random() < 0.6 else speak_digits(num, c.zero, False)
        parts_s = [("capital " + word[0] + " " if cap and rng.random() < 0.6 else "") + word]
        parts_s += ([sym[1], numw] if (sym and not symfirst) else [numw, sym[1]] if sym else [numw])
        return [(" ".join(parts_s), "SECRET")]
    if kind == "MEMWORD":
        mw = rng.choice(MEMWORDS)
        if c.stt and rng.random() < 0.4:
            mw = " ".join(mw)
        elif not c.stt and rng.random() < 0.3:
            mw = mw.capitalize()
        return [(mw, "SECRET")]
    # ANSWER
    sub = arg or rng.choice(["pet", "maiden", "town", "school"])
    if sub == "pet":
        v = rng.choice(PETS)
    elif sub == "maiden":
        v = FK[c.p.name_loc].last_name()
    elif sub == "town":
        v = town_alone(c)
    else:
        v = rng.choice(SCHOOLS)
    return [(v, "SECRET")]


def public_ipv4():
    while True:
        a = rng.choice([2, 5, 31, 37, 46, 62, 78, 81, 82, 86, 90, 94, 109, 146, 151, 176, 185, 188, 212, 213, 217,
                        24, 47, 64, 73, 98, 108, 174])
        if rng.random() < 0.15:
            return rng.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{rng.randint(1, 254)}"
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def r_ip(kind, arg, style, c):
    if style == "w" and rng.random() < 0.12:
        v = rng.choice(["2a00:23c7", "2a02:c7f", "2001:bb6", "2600:1700"]) + ":" + ":".join(
            f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 255):x}"
        return [(v, "IP_ADDRESS")]
    ip = public_ipv4()
    if style == "w":
        return [(ip, "IP_ADDRESS")]
    dot = rng.choice(["dot", "dot", "point"])
    octs = ip.split(".")
    if rng.random() < 0.5:
        sp = f" {dot} ".join(words(int(o), True) for o in octs)
    else:
        sp = f" {dot} ".join(speak_digits(o, "zero", False) for o in octs)
    return [(sp, "IP_ADDRESS")]


def r_org(kind, arg, style, c):
    if rng.random() < 0.35:
        loc = c.p.addr_loc
        v = FK[loc].company()
    else:
        v = rng.choice(EMPLOYERS[c.region])
    if c.stt:
        v = v.replace(",", "")
    if v.startswith("the "):
        return [("the ", None), (v[4:], "ORGANIZATION")]
    return [(v, "ORGANIZATION")]


# ---------------------------------------------------------------------------
# non-PII renderers
def town_alone(c):
    if c.region == "uk":
        return rng.choice(TOWNS_UK)[0]
    if c.region == "us":
        return rng.choice(CITIES_US)[0]
    if c.region == "ie":
        return rng.choice(TOWNS_IE)[0].split(" ")[0]
    return rng.choice(EU[c.p.addr_loc]["cities"])[0]


def r_nonpii(kind, arg, style, c):
    sp = style == "s"
    us = c.region == "us"
    if kind in ("AMOUNT", "AMOUNT2"):
        units = rng.choice([rng.randint(8, 95), rng.randint(8, 95), rng.randint(100, 480)])
        cents = rng.choice([0, rng.randint(10, 99)])
        if not sp:
            if c.currency == "€" and rng.random() < 0.3:
                return f"{units},{cents:02d} €" if cents else f"{units} €"
            return f"{c.currency}{units}" + (f".{cents:02d}" if cents else "")
        unit = {"£": "pounds", "$": "dollars", "€": "euros"}[c.currency]
        if c.currency == "£" and rng.random() < 0.15 and not cents:
            unit = "quid"
        s = f"{words(units, us)} {unit}"
        if cents:
            s += (f" and {words(cents)} cents" if us else f" {words(cents)}")
        return s
    if kind == "DATE":
        d, m, wd = rng.randint(1, 28), rng.randint(1, 12), rng.choice(WEEKDAYS[:6])
        M = MONTHS[m - 1]
        if not sp:
            if us:
                return rng.choice([f"{wd}, {M} {d}" if c.punct else f"{wd} {M} {d}", f"{M} {d}", f"{m}/{d}"])
            return rng.choice([f"{wd} {ordinal_suffix(d)} {M}", f"the {ordinal_suffix(d)}", f"{d:02d}/{m:02d}",
                               f"{wd[:3]} {d} {M}", f"{ordinal_suffix(d)} {M}"])
        if us:
            return rng.choice([f"{wd.lower()} {M.lower()} {ordinal_words(d)}", f"the {ordinal_words(d)}"])
        return rng.choice([f"{wd.lower()} the {ordinal_words(d)} of {M.lower()}", f"the {ordinal_words(d)}",
                           f"the {ordinal_words(d)} of {M.lower()}"])
    if kind == "BILLDATE":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
        if not sp:
            return rng.choice([f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}"])
        return f"the {ordinal_words(d)} of {MONTHS[m - 1].lower()}"
    if kind == "TIME":
        h = rng.choice([8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6])
        mi = rng.choice([0, 0, 30, 15])
        if not sp:
            if mi:
                return f"{h}:{mi:02d}" + rng.choice(["", "am" if h >= 8 and h != 12 else "pm"])
            return f"{h}{'am' if 8 <= h < 12 else 'pm'}" if rng.random() < 0.7 else f"{h} o'clock"
        if mi == 30 and not us:
            return f"half {words(h)}"
        if mi:
            return f"{words(h)} {words(mi)}"
        return rng.choice([f"{words(h)} o'clock", f"{words(h)} {'in the morning' if 8 <= h < 12 else 'pm'}"])
    if kind == "METER":
        v = fill("#####") if rng.random() < 0.7 else fill("######")
        return v if not sp else speak_digits(v, c.zero)
    if kind == "SPEED":
        v = rng.choice([12, 35, 67, 80, 150, 500, 900, 5, 2])
        return rng.choice([f"{v}Mbps", f"{v} meg", f"{v} megs"]) if not sp else f"{words(v, True)} {rng.choice(['meg', 'megs', 'megabits'])}"
    if kind == "DATA":
        v = rng.choice([4, 12, 18, 30, 50, 100])
        return f"{v}GB" if not sp else f"{words(v)} gig"
    if kind == "ERR":
        v = fill("###")
        return rng.choice([f"E{v}", v, f"0x{v}"]) if not sp else "e " + speak_digits(v, "zero", False)
    if kind in ("YEARS", "NUM"):
        v = rng.randint(2, 25) if kind == "YEARS" else rng.randint(3, 9)
        return (str(v) if rng.random() < 0.6 else words(v)) if not sp else words(v)
    if kind == "MONTH":
        return rng.choice(MONTHS)
    if kind == "WEEKDAY":
        return rng.choice(WEEKDAYS)
    if kind == "TOWN":
        return town_alone(c)
    if kind == "COUNTRY":
        if arg == "home" and c.p.country:
            return c.p.country
        return rng.choice(COUNTRIES)
    if kind == "TARIFF":
        w, s = rng.choice(TARIFFS[c.sector])
        return w if not sp else s
    if kind in ("MODEL", "ROUTER"):
        w, s = rng.choice(PHONES_M if kind == "MODEL" else ROUTERS)
        return w if not sp else s
    if kind == "BRAND":
        return c.company[0]
    if kind == "PENCE":
        p, dec = rng.randint(18, 65), rng.randint(0, 9)
        return f"{p}.{dec}p" if not sp else f"{words(p)} point {ONES[dec]} pence"
    raise KeyError(kind)


RENDER = {}
for k in ("NAME", "FIRST", "SURNAME", "TITLED", "OTHER", "OTHER_FIRST", "SURNAME2", "SPELLNAME"):
    RENDER[k] = r_person
RENDER.update(PHONE=r_phone, EMAIL=r_email, URL=r_url, ADDR=r_addr, ADDR1=r_addr, CARD=r_card, IBAN=r_iban,
              DOB=r_dob, NINO=r_id, SSN=r_id, PPS=r_id, PASSPORT=r_id, DL=r_id, ACCT=r_acct, PIN=r_secret,
              PASSWORD=r_secret, MEMWORD=r_secret, ANSWER=r_secret, IP=r_ip, ORG=r_org)
NONPII = {"AMOUNT", "AMOUNT2", "DATE", "BILLDATE", "TIME", "METER", "SPEED", "DATA", "ERR", "YEARS", "NUM", "MONTH",
          "WEEKDAY", "TOWN", "COUNTRY", "TARIFF", "MODEL", "ROUTER", "BRAND", "PENCE"}
# slots whose written and spoken renderings differ (they decide the form)
RENDERABLE = {"PHONE", "EMAIL", "URL", "ADDR", "ADDR1", "CARD", "IBAN", "DOB", "NINO", "SSN", "PPS", "PASSPORT",
              "DL", "ACCT", "PIN", "PASSWORD", "IP"}
SEP_OK = {"PHONE", "CARD", "IBAN", "DOB", "NINO", "SSN", "PPS", "PASSPORT", "DL", "ACCT"}
CORR_OK = {"PHONE", "CARD", "IBAN", "DOB", "NINO", "SSN", "PPS", "PASSPORT", "DL", "ACCT", "EMAIL", "PIN", "IP"}
FILLER_OK = RENDERABLE | {"NAME", "TITLED", "OTHER"}

# ---------------------------------------------------------------------------
# templates: (regions, sector, text).  sectors: E energy, T telecoms,
# I insurance, B bank, * any.  regions: uk us ie eu or *.
PII_TEMPLATES = [
    # energy
    ("*", "E", "Hi, my name is {NAME} and I'm calling about my latest bill. It's come to {AMOUNT}, which is way more than usual. My account number is {ACCT}."),
    ("uk ie", "E", "I'm moving out of {ADDR} on {DATE} and I'll need a final bill. The new address is {ADDR}."),
    ("*", "E", "Can you update my phone number please? The new one is {PHONE}."),
    ("*", "E", "Hello, this is {TITLED}, I'd like to switch to the {TARIFF} tariff. Account {ACCT}."),
    ("*", "E", "The meter reading is {METER} and the account number is {ACCT}, can you confirm you've got that?"),
    ("uk ie us", "E", "My smart meter stopped sending readings on {WEEKDAY}. I'm at {ADDR} and you can reach me on {PHONE}."),
    ("uk ie eu", "E", "I'd like to set up a direct debit for {AMOUNT} a month from {IBAN}."),
    ("*", "E", "My husband {OTHER:m} passed away in {MONTH} and the account is in his name. I'm {NAME}, and I need to take it over."),
    ("*", "E", "Yes, date of birth is {DOB} and the first line of the address is {ADDR1}."),
    ("*", "E", "Can you send my bills to {EMAIL} instead of by post please?"),
    ("*", "E", "The account holder is {OTHER}. I'm the new tenant and I moved in on {DATE}."),
    ("uk", "E", "I want to join the Priority Services Register for my dad, {OTHER:m}. He lives with me at {ADDR} and he's on oxygen at home."),
    ("*", "E", "yeah hi I was on the phone to one of your lot earlier about the bill and they said to ring back, the name's {NAME}"),
    ("*", "E", "I've been charged twice this month, {AMOUNT} both times. Account {ACCT}, and my number is {PHONE} if you need to call me back."),
    ("us", "E", "Hi, I'm calling to start service at my new place, {ADDR}. I'm {NAME} and my social is {SSN}."),
    ("*", "E", "The prepayment meter is on emergency credit. My name's {NAME}, I'm at {ADDR1}."),
    # telecoms
    ("*", "T", "My broadband keeps dropping out every evening since {WEEKDAY}. It's a {ROUTER}. Account number {ACCT}."),
    ("*", "T", "My IP address is {IP} if that helps, the engineer asked for it last time."),
    ("*", "T", "Hi, {NAME} speaking. Can I book an engineer for {DATE}? Mornings are best, and my mobile is {PHONE}."),
    ("*", "T", "I want to keep my number, {PHONE}, when I move to the {TARIFF} plan."),
    ("*", "T", "Why am I only getting {SPEED}? My public IP shows as {IP} on the test page."),
    ("*", "T", "I'd like to cancel my contract, the number is {ACCT}. I'm moving to {TOWN} and you don't cover it there."),
    ("*", "T", "The password on the account is {PASSWORD}."),
    ("*", "T", "this is {NAME} my number's {PHONE} and the router's been flashing orange all morning"),
    ("*", "T", "I got a new {MODEL} and the SIM isn't working. The account's under {NAME}, date of birth {DOB}."),
    ("*", "T", "The voicemail PIN is {PIN}, I just want it reset."),
    ("*", "T", "Can you send the replacement router to {ADDR}? Nobody will be in on {WEEKDAY} though."),
    ("*", "T", "My wife {OTHER:f} usually sorts the broadband but she's away. Can you add me to the account? I'm {NAME}."),
    ("*", "T", "I'm locked out of my online account. The login email is {EMAIL} and the password I've been using is {PASSWORD}."),
    ("*", "T", "I run a small business from home and our website {URL:site} goes down every time the line drops."),
    ("uk ie", "T", "I've moved from {ADDR} to {ADDR}, can you move the broadband over?"),
    ("*", "T", "The engineer didn't show up on {DATE}. I'm {TITLED}, account {ACCT}, and I want to make a complaint."),
    ("us", "T", "Yeah my account number is {ACCT} and the PIN is {PIN}, I need to upgrade to the {MODEL}."),
    ("*", "T", "My son {OTHER_FIRST:m} set up the contract for me but it's my card paying for it, {CARD}."),
    ("*", "T", "Hi, it's {FIRST} again, I rang on {WEEKDAY} about the router. Can you call me on {PHONE}?"),
    ("eu", "T", "Hello, I am {NAME}, I live in {COUNTRY:home} now and roaming is not working. My number is {PHONE}."),
    # insurance
    ("*", "I", "Someone reversed into my car in a car park in {TOWN}. Policy number is {ACCT}, it's in the name of {NAME}."),
    ("uk", "I", "I'd like to add my wife {OTHER:f} as a named driver. Her date of birth is {DOB} and her licence number is {DL}."),
    ("*", "I", "The water came through from the flat above. My address is {ADDR} and the policy number is {ACCT}."),
    ("uk ie eu", "I", "Please pay the settlement into {IBAN}, the account is in my name, {NAME}."),
    ("*", "I", "The renewal quote is {AMOUNT}, that's {AMOUNT2} more than last year. I'm {TITLED}, date of birth {DOB}."),
    ("us", "I", "My address is {ADDR} and the hail damage happened on {DATE}. Policy {ACCT}."),
    ("*", "I", "I work at {ORG} and they said staff get a discount with you. Can that go on policy {ACCT}?"),
    ("*", "I", "I lost my bag when I was in {TOWN} and I need to claim. My passport number is {PASSPORT}."),
    ("uk", "I", "My driving licence number is {DL}, I've had it {YEARS} years with no claims."),
    ("*", "I", "The policyholder is my mother, {OTHER:f}, she's in hospital so I'm calling for her. Her policy number is {ACCT}."),
    ("*", "I", "I work nights at {ORG}, so please only call me on {PHONE} after {TIME}."),
    ("*", "I", "Can I update the email on policy {ACCT}? It should be {EMAIL} now."),
    ("us", "I", "I'm calling about my auto claim. I'm {NAME}, DOB {DOB}, and you can reach me at {PHONE}, that's my cell."),
    ("ie", "I", "It's {TITLED} here, policy {ACCT}. My PPS number is {PPS} if you need it for the form."),
    # banking
    ("*", "B", "My card's been blocked. The card number is {CARD}."),
    ("*", "B", "There's a payment of {AMOUNT} I don't recognise on {CARD}, can you stop it?"),
    ("uk", "B", "Can I update my address to {ADDR}? I've just moved, and my mobile's changed to {PHONE} as well."),
    ("*", "B", "My customer number is {ACCT} and my memorable word is {MEMWORD}."),
    ("uk", "B", "For the ISA you need my National Insurance number, it's {NINO}."),
    ("eu", "B", "I want to send money to my account here in {COUNTRY:home}, the IBAN is {IBAN}."),
    ("*", "B", "I've forgotten my online banking password. I think the old one was {PASSWORD}."),
    ("*", "B", "Hi, {NAME} here. My card got swallowed by a cash machine in {TOWN} this morning."),
    ("*", "B", "I'm self-employed, my website's {URL:site}, and I'd like to open a business account."),
    ("ie", "B", "My PPS number is {PPS} and my date of birth is {DOB}."),
    ("*", "B", "The answer to my security question is {ANSWER}."),
    ("*", "B", "My mother's maiden name is {ANSWER:maiden}."),
    ("*", "B", "First pet was {ANSWER:pet}, and the PIN I set up was {PIN}."),
    ("us", "B", "To verify, my Social Security number is {SSN} and I was born {DOB}."),
    ("*", "B", "Can you send the new card to {ADDR}? The old one was {CARD}."),
    ("*", "B", "My LinkedIn is {URL:profile} if you need to check where I work. I'm at {ORG}."),
    ("*", "B", "I'm calling about my late father's account, {OTHER:m}. I'm his executor, {NAME}."),
    # any sector
    ("*", "*", "{NAME}, account number {ACCT}."),
    ("*", "*", "{NAME}. I've been waiting two weeks for someone to call me back."),
    ("*", "*", "My email is {EMAIL}, can you resend the confirmation?"),
    ("*", "*", "You can email me at {EMAIL} or ring {PHONE}, whichever is easier."),
    ("*", "*", "I'm {NAME}, born {DOB}, and I live at {ADDR}."),
    ("*", "*", "Please change my email from {EMAIL} to {EMAIL}."),
    ("*", "*", "Yes, {NAME} speaking."),
    ("*", "*", "The account might still be under my maiden name, {SURNAME2}."),
    ("*", "*", "My surname's {SURNAME}, that's {SPELLNAME}."),
    ("*", "*", "Can you call me back on {PHONE} after {TIME}? I'm at work until then."),
    ("uk", "*", "My mobile's {PHONE:mobile} and the landline is {PHONE:landline}."),
    ("*", "*", "Yeah that's me, {TITLED}."),
    ("*", "*", "I'm calling for my neighbour, {OTHER:f}, she doesn't hear well on the phone. She's given me permission."),
    ("*", "*", "the account holder is {OTHER} but I'm the one who pays the bills"),
    ("*", "*", "Can you confirm you've got my date of birth as {DOB}? It was wrong on the last letter."),
    ("*", "*", "I want to make a complaint. I've rung {NUM} times about the same problem. Name's {NAME}, account {ACCT}, phone {PHONE}."),
    ("*", "*", "Hello, it's {NAME} from {TOWN}, I spoke to someone on {WEEKDAY}."),
    ("us", "*", "My address is {ADDR}, and the best number is {PHONE}."),
    ("eu", "*", "I live in {COUNTRY:home} now, the address is {ADDR}, and my phone is {PHONE}."),
    ("ie", "*", "I'm at {ADDR}, it's a new build so the Eircode mightn't show up on your system."),
    ("*", "*", "Can you update my details? New email {EMAIL}, new number {PHONE}."),
    ("*", "*", "I authorise my son {OTHER_FIRST:m} to speak to you about the account, I'm {TITLED}."),
    ("*", "*", "Please write to me at {ADDR}, I don't use email."),
    ("*", "*", "My previous address was {ADDR}, I left there in {MONTH}."),
    ("us", "*", "I'm a US citizen living in {COUNTRY} now, my passport number is {PASSPORT}."),
    ("*", "*", "I think someone's been using my details. My name's {NAME}, date of birth {DOB}, and I've had a letter about an account I never opened."),
    ("*", "*", "okay so the account number on the letter is {ACCT} and it's addressed to {TITLED}"),
    ("*", "*", "Sorry, I didn't catch that. Oh, the email? It's {EMAIL}."),
    ("uk", "*", "My NI number is {NINO} and my date of birth's {DOB}."),
    ("*", "*", "Call me {FIRST}, everyone does. The account's in my full name though."),
    ("*", "*", "I'm the account holder, {NAME}, and my wife {OTHER_FIRST:f} should be able to talk to you as well."),
    ("*", "*", "Do you need my IP? It's {IP}."),
    ("*", "*", "Send the confirmation to {EMAIL} please, and text me on {PHONE}."),
]

# adversarial: value alone, or at the very start / end with no lead-in
ALONE_TEMPLATES = [
    ("*", "*", "{PHONE}"),
    ("*", "*", "{EMAIL}"),
    ("*", "B", "{CARD}"),
    ("*", "*", "{ACCT}"),
    ("uk ie eu", "B", "{IBAN}"),
    ("*", "*", "{DOB}"),
    ("*", "*", "{NAME}"),
    ("*", "*", "{ADDR}"),
    ("*", "*", "{PHONE} that's the best number"),
    ("*", "*", "{ACCT} is the account"),
    ("uk", "*", "{NINO}"),
    ("us", "*", "{SSN}"),
    ("*", "*", "{NAME} {PHONE}"),
    ("*", "*", "yes {DOB}"),
]

NONE_TEMPLATES = [
    ("*", "E", "My bill for {MONTH} was {AMOUNT}, but I was away in {TOWN} for most of it."),
    ("*", "*", "Can the engineer come on {DATE} between {TIME} and {TIME}?"),
    ("*", "E", "I'm on the {TARIFF} tariff and I'd like to know when it ends."),
    ("*", "T", "The router's a {ROUTER} and the light has been flashing red since {WEEKDAY}."),
    ("*", "E", "The meter reading today is {METER}, can you put that on my account?"),
    ("*", "T", "I got the {MODEL} last week and it keeps dropping calls."),
    ("*", "E", "Why has my direct debit gone up from {AMOUNT} to {AMOUNT2}?"),
    ("*", "T", "I'm moving to {TOWN} next month, can I take my broadband with me?"),
    ("*", "T", "The speed test says {SPEED} but I'm paying for {SPEED}."),
    ("*", "T", "I've already used {DATA} of data and it's only the middle of the month."),
    ("*", "*", "Error code {ERR} keeps popping up when I open the app."),
    ("*", "*", "I've been a customer for {YEARS} years and this is the worst service I've ever had."),
    ("*", "E", "Is there a power cut in {TOWN}? Everything went off at {TIME}."),
    ("*", "*", "Can I pay {AMOUNT} now and the rest on {DATE}?"),
    ("*", "E", "The bill dated {BILLDATE} says I owe {AMOUNT}, but I paid it on {WEEKDAY}."),
    ("*", "*", "I'd like to make a complaint about the call I had on {WEEKDAY}."),
    ("*", "I", "My claim was for {AMOUNT} and you've only paid out {AMOUNT2}."),
    ("*", "I", "How much is the excess on {TARIFF} cover?"),
    ("*", "T", "I'm travelling to {COUNTRY} on {DATE}, will my phone work there?"),
    ("*", "E", "Can you book the boiler service for {WEEKDAY} at {TIME}?"),
    ("*", "*", "The engineer didn't turn up on {DATE}, I waited in all day."),
    ("*", "T", "I want to upgrade to the {MODEL}, how much would that be a month?"),
    ("*", "E", "My balance says {AMOUNT} in credit, can I get that refunded?"),
    ("*", "*", "The {BRAND} app won't let me log in since the update."),
    ("*", "B", "Hello, I'm just ringing to check my payment went through. It was {AMOUNT} on {WEEKDAY}."),
    ("*", "B", "The card machine in a shop in {TOWN} declined my card twice today."),
    ("*", "E", "Can you explain the standing charge? It's {PENCE} a day on my bill."),
    ("*", "T", "It's been {NUM} days without internet and nobody has called me back."),
    ("*", "*", "I'd like paperless billing please, and can you stop the marketing calls?"),
    ("*", "I", "My flight to {TOWN} got cancelled, is that covered under my travel policy?"),
    ("*", "*", "Hi there, quick one, is the {TARIFF} deal still available after {DATE}?"),
    ("*", "B", "What time does the branch in {TOWN} close on {WEEKDAY}?"),
    ("*", "E", "yeah so the bill came on {WEEKDAY} and it's {AMOUNT} which is double what it was in {MONTH}"),
    ("*", "T", "the {ROUTER} keeps restarting itself every {NUM} minutes or so"),
]

SLOT_RE = re.compile(r"\{([A-Z0-9_]+)(?::([a-z]+))?\}")
REGION_W = {"uk": 0.40, "us": 0.20, "ie": 0.15, "eu": 0.25}


def pick_region(spec):
    regs = list(REGION_W) if spec == "*" else spec.split()
    return rng.choices(regs, weights=[REGION_W[r] for r in regs])[0]


def slots_of(tpl):
    return [(m.group(1), m.group(2)) for m in SLOT_RE.finditer(tpl)]


# ---------------------------------------------------------------------------
# adversarial perturbations of one rendered value
def irregular_sep(v):
    plus = v.startswith("+")
    runs = re.findall(r"[^\W\d_]+|\d", v)  # letter runs stay whole, digits one by one
    for _ in range(50):
        out, i, used = ("+" if plus else ""), 0, []
        while i < len(runs):
            n = 1 if runs[i].isalpha() else rng.choice([1, 2, 2, 3, 3, 4])
            take = []
            while len(take) < n and i < len(runs) and (not take or not runs[i].isalpha()):
                take.append(runs[i])
                i += 1
                if take[-1].isalpha():
                    break
            out += "".join(take)
            if i < len(runs):
                sep = rng.choice([" ", ".", "-", "", " ", "-", ".", " - ", ". "])
                used.append(sep)
                out += sep
        if out != v and len({u.strip() for u in used if u.strip()} | ({" "} if " " in used else set())) >= 2:
            return out
    return out


def insert_filler(v, c):
    fillers = ([" erm ", " uh ", " um ", " sorry ", "... erm... ", ", sorry, ", " erm, "] if c.punct
               else [" erm ", " uh ", " um ", " sorry ", " erm sorry "])
    toks = v.split(" ")
    if len(toks) >= 2:
        k = rng.randint(1, len(toks) - 1)
        left, right = " ".join(toks[:k]).rstrip(","), " ".join(toks[k:])
    else:
        k = len(v) // 2
        left, right = v[:k], v[k:]
    return left + rng.choice(fillers) + right


DIGIT_WORDS = ONES[:10] + ["oh"]


def mutate_token(t):
    if any(ch.isdigit() for ch in t):
        idx = [i for i, ch in enumerate(t) if ch.isdigit()]
        i = rng.choice(idx)
        return t[:i] + rng.choice([d for d in "0123456789" if d != t[i]]) + t[i + 1:]
    if t.rstrip(",") in DIGIT_WORDS:
        return rng.choice([w for w in ONES[1:10] if w != t.rstrip(",")])
    return None


def correction(segs, slot, arg, style, c, typ):
    main = [s for s in segs if s[1] == typ][0][0]
    pre = [s for s in segs if s[1] is None and segs.index(s) == 0]
    conn = rng.choice(["... no sorry, ", "... sorry, no, ", " - no wait, ", ", sorry, I mean ", " no, hang on, it's ",
                       "... scratch that, "])
    toks = main.split(" ")
    if len(toks) >= 3 and rng.random() < 0.5:
        for _ in range(10):
            k = rng.randint(1, len(toks) - 1)
            wrong = mutate_token(toks[k])
            if wrong:
                frag = " ".join(toks[:k] + [wrong]).rstrip(",")
                tail = " ".join(toks[k:])
                return pre + [(frag, typ), (conn, None), (tail, typ)]
    alt = [s for s in RENDER[slot](slot, arg, style, c) if s[1] == typ][0][0]
    atoks = alt.split(" ")
    if len(atoks) >= 2:
        frag = " ".join(atoks[:max(1, int(len(atoks) * rng.uniform(0.4, 0.7)))]).rstrip(",")
    else:
        n = max(5, int(len(alt) * rng.uniform(0.4, 0.7)))
        while n < len(alt) - 1 and any(ch.isdigit() for ch in alt) and not any(ch.isdigit() for ch in alt[:n]):
            n += 1
        frag = alt[:n].rstrip(".-_@/ ")
    frag = re.sub(r"( (at|dot|underscore|dash|hyphen|slash|forward slash|double|triple))+$", "", frag)
    return pre + [(frag, typ), (conn, None), (main, typ)]


# ---------------------------------------------------------------------------
# assembly
PUNCT_RE = re.compile(r"[,.?!;:]")


def lit_stt(s):
    s = s.replace("...", " ").replace(" - ", " ")
    s = PUNCT_RE.sub("", s).lower()
    return re.sub(r" {2,}", " ", s)


def build(tpl, c, styles, perturb=None):
    """Assemble text and spans segment by segment; offsets come from the
    running length of the text, never from searching."""
    segments = []
    pos = 0
    for i, m in enumerate(SLOT_RE.finditer(tpl)):
        segments.append((tpl[pos:m.start()], None))
        slot, arg = m.group(1), m.group(2)
        if slot in NONPII:
            segments.append((r_nonpii(slot, arg, styles[i], c), NOSPAN))
        else:
            segs = RENDER[slot](slot, arg, styles[i], c)
            if perturb and perturb[0] == i:
                typ = [s[1] for s in segs if s[1] not in (None, NOSPAN)][0]
                if perturb[1] == "sep":
                    segs = [(irregular_sep(t), ty) if ty == typ else (t, ty) for t, ty in segs]
                elif perturb[1] == "filler":
                    segs = [(insert_filler(t, c), ty) if ty == typ else (t, ty) for t, ty in segs]
                else:
                    segs = correction(segs, slot, arg, styles[i], c, typ)
            segments.extend(segs)
        pos = m.end()
    segments.append((tpl[pos:], None))

    text, spans = "", []
    for s, t in segments:
        if t is None:
            if c.stt:
                s = lit_stt(s)
            if not text:
                s = s.lstrip()
            elif text.endswith(" ") and s.startswith(" "):
                s = s.lstrip(" ")
            text += s
            continue
        if c.stt:
            s = s.replace(", ", " ").lower() if t != NOSPAN else s.lower()
            s = s.replace(",", "") if t == "ORGANIZATION" else s
        if not text and not c.stt and t not in ("EMAIL_ADDRESS", "URL") and s[:1].isalpha():
            s = s[0].upper() + s[1:]
        if t == NOSPAN:
            text += s
            continue
        start = len(text)
        text += s
        spans.append({"type": t, "start": start, "end": len(text), "value": s})
    return text.rstrip(), spans


def check(rec):
    text, spans = rec["text"], rec["spans"]
    assert text == text.strip() and "  " not in text, rec
    last_end = -1
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"], rec
        assert sp["value"] and sp["value"] == sp["value"].strip(), rec
        assert not sp["value"].endswith(","), rec
        assert sp["start"] >= last_end, ("overlap/unsorted", rec)
        last_end = sp["end"]
    assert (rec["form"] == "none") == (not spans), rec


# ---------------------------------------------------------------------------
def main():
    # job list: template indices assigned round-robin so every template is used
    pii_order = list(range(len(PII_TEMPLATES)))
    rng.shuffle(pii_order)
    none_order = list(range(len(NONE_TEMPLATES)))
    rng.shuffle(none_order)
    n_pii = N_TOTAL - N_NONE - N_ALONE
    jobs = [("pii", pii_order[i % len(pii_order)], None) for i in range(n_pii)]
    eligible = [j for j, job in enumerate(jobs)
                if any(s in SEP_OK | CORR_OK | {"NAME", "TITLED", "OTHER"}
                       for s, _ in slots_of(PII_TEMPLATES[job[1]][2]))]
    for j in rng.sample(eligible, N_PERTURB):
        jobs[j] = ("pii", jobs[j][1], "perturb")
    jobs += [("alone", i % len(ALONE_TEMPLATES), "alone") for i in range(N_ALONE)]
    jobs += [("none", none_order[i % len(none_order)], None) for i in range(N_NONE)]
    rng.shuffle(jobs)

    records, adversarial, stt_count = [], Counter(), 0
    for n, (kind, ti, flag) in enumerate(jobs, 1):
        regions, sector, tpl = (NONE_TEMPLATES if kind == "none" else
                                ALONE_TEMPLATES if kind == "alone" else PII_TEMPLATES)[ti]
        slots = slots_of(tpl)
        rend = [i for i, (s, _) in enumerate(slots) if s in RENDERABLE]
        if kind == "none":
            stt = rng.random() < 0.35
            styles = [("s" if rng.random() < 0.8 else "w") if stt else ("w" if rng.random() < 0.75 else "s")
                      for _ in slots]
            form = "none"
        else:
            if not rend:
                stt = rng.random() < 0.35
                intent = "spoken" if stt else "written"
            else:
                r = rng.random()
                if len(rend) >= 2:
                    intent = "written" if r < 0.35 else "spoken" if r < 0.65 else "mixed"
                else:
                    intent = "written" if r < 0.55 else "spoken"
                stt = rng.random() < {"written": 0.12, "spoken": 0.68, "mixed": 0.42}[intent]
            styles = []
            for s, _ in slots:
                if intent == "written":
                    styles.append("w")
                elif intent == "spoken":
                    styles.append("s")
                else:
                    styles.append(rng.choice("ws"))
            if rend and intent == "mixed":
                a, b = rng.sample(rend, 2)
                styles[a], styles[b] = "w", "s"
        c = Ctx(pick_region(regions), sector, stt)
        perturb = None
        if flag == "perturb":
            # pick the kind of perturbation first, then a slot that allows it;
            # irregular separators need a written value, so that slot is
            # switched to written style (the form is derived from styles below)
            opts = {"sep": [i for i, (s, _) in enumerate(slots) if s in SEP_OK],
                    "filler": [i for i, (s, _) in enumerate(slots) if s in FILLER_OK
                               and (styles[i] == "s" or stt or s not in RENDERABLE)],
                    "correction": [i for i, (s, _) in enumerate(slots) if s in CORR_OK]}
            kinds = [k for k in ("sep", "filler", "correction") if opts[k]]
            pk = rng.choices(kinds, weights=[{"sep": 0.4, "filler": 0.25, "correction": 0.35}[k] for k in kinds])[0]
            perturb = (rng.choice(opts[pk]), pk)
            if pk == "sep":
                styles[perturb[0]] = "w"
            adversarial[pk] += 1
        elif flag == "alone":
            adversarial["alone"] += 1
        if kind != "none":
            used = {styles[i] for i in rend}
            form = ("mixed" if used == {"w", "s"} else "written" if used == {"w"} else "spoken" if used == {"s"}
                    else ("spoken" if stt else "written"))
        text, spans = build(tpl, c, styles, perturb)
        rec = {"id": f"en-b1-{n:04d}", "text": text, "spans": spans, "form": form}
        check(rec)
        records.append(rec)
        stt_count += stt

    assert len(records) == N_TOTAL and len({r["id"] for r in records}) == N_TOTAL
    assert len(PII_TEMPLATES) >= 80 and len(NONE_TEMPLATES) >= 25
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    forms = Counter(r["form"] for r in records)
    types = Counter(sp["type"] for r in records for sp in r["spans"])
    print(f"wrote {len(records)} utterances, {sum(types.values())} values -> {OUT.name}")
    print(f"templates: {len(PII_TEMPLATES)} PII + {len(ALONE_TEMPLATES)} alone + {len(NONE_TEMPLATES)} no-PII")
    print("by form:", dict(sorted(forms.items())))
    print("by type:", dict(sorted(types.items())))
    print(f"speech-to-text style (lowercase, no punctuation): {stt_count} ({stt_count / len(records):.0%})")
    print(f"adversarial: {sum(adversarial.values())} {dict(sorted(adversarial.items()))}")


if __name__ == "__main__":
    main()

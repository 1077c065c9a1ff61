#!/usr/bin/env python3
"""Blind French / Moroccan call-centre PII set number 6 (fr_blind6.jsonl).

Written by a helper that never saw the scrubber, its tests, nor the other generators or sets: only the README's
list of forms already covered, so that this set probes other forms. Standard library, Faker (fr_FR, seeded) and
num2words only. Seed 6060; the output is byte-identical on rerun with the same Faker and num2words versions.

    .venv/bin/python evals/pii/generate_fr_blind6.py   # writes fr_blind6.jsonl, validates it, prints counts

Customer turns to an energy supplier (Volta Énergie), an insurer (Assuréa) and a telecom, from French and Moroccan
callers, about half raw speech-to-text (lower case, no punctuation, fillers), the rest punctuated speech-to-text
(Whisper style), chat and web-form text, and a few dialogues with "client :" / "agent :" turns.

New forms (not in the README's list for the five earlier French sets): numbers read three digits at a time
("zéro six cent vingt-trois quatre cent cinquante-six…"), cards and IBANs read two digits at a time, IBAN groups read as
thousands ("trois mille quatre"), speech-to-text that drops hyphens ("soixante dix huit") or writes some pairs in
digits and others in words ("zéro 6 12 trente-quatre"), Whisper-style punctuation inside values ("06, 12, 34, 56,
78", "Zéro six. Douze. Trente-quatre."), Belgian numerals (septante, nonante), Darija digits in chat ("zero stta
wahed…"), a number split in the middle of a pair by an interruption ("trente… attends chérie… quatre"), SMS-style
chat, e-mails with typos (",com", "gmial", ". com", capitals, "+tag", angle brackets, "mailto:"), "tout attaché",
"tiret bas", "arobas" / "a robase", RIBs given field by field ("code banque … guichet … clé"), Spanish, Belgian,
German and Portuguese IBANs, Maestro cards of 19 digits, NIRs from overseas departments and read two by two,
NIRs whose key is asked for separately by the agent, CINs read as thousands ("cent vingt-trois mille…") or with
French letter names ("bé", "ka"), dates of birth in ISO form, with dots, spoken as numbers ("douze zéro trois
quatre-vingt-cinq") or with "dix-neuf cent", spoken postal codes ("soixante-neuf mille trois cents"), Moroccan
addresses with "angle", "km", "douar", "résidence … immeuble … appartement", one-time SMS codes, card PINs,
passwords containing "arobase" (SECRET, not e-mail), IPs followed by a port, voicemail transcripts, pasted web
forms, and an agent who reads a value back wrongly before the customer repeats it.

Labelling choices:
- PERSON: first and/or last name of the customer, a relative or the agent (an agent's own first name is PERSON).
  Titles (monsieur, madame, mademoiselle, lalla, si) are outside the span. Letters spelled out as part of the name are
  inside; a spelling hint after the name ("avec un h", "deux l") is outside. Brands, towns, streets named after
  people inside an ADDRESS are not PERSON.
- PHONE_NUMBER: the whole number including +33 / 0033 / +212 and "(0)"; fillers and interruptions said inside the
  number are inside the span. Short service numbers (3900, 39 29) are not PII.
- EMAIL_ADDRESS: the address as the customer gave it, typos included (",com" is still the e-mail). A "mailto:" prefix,
  angle brackets and a final full stop are outside. "tout attaché" said inside a spoken address is inside.
- ADDRESS: from the street number (or "résidence", "douar", "km", "angle") to the town or postal code, including
  floor, building and flat details said in the middle. A landmark after the address ("à côté de la mosquée…") is
  outside. A town or a département alone ("je suis dans le 93", "l'agence de Rabat") is not PII.
- FR_NIR: the 15 characters with the key; "clé" said before the key is inside. When the agent asks for the key
  separately, the two fragments are two FR_NIR spans.
- CREDIT_CARD: the number only; the expiry date is not PII; the three-digit security code and the PIN are SECRET.
- IBAN_CODE: IBANs and RIBs (French and Moroccan). A RIB given field by field is one span from the bank code to the
  key, the field names inside.
- DATE_OF_BIRTH: the date only ("le", "né le" outside). An age, a bill date, an appointment date, a contract date are
  not PII.
- MA_CIN: the letters and digits of the Moroccan national identity card number.
- CUSTOMER_ID: client numbers, contract numbers, policy numbers, and the 14-digit Linky PRM/PDL of the customer's
  meter. A bill amount, a meter reading, an offer name is not.
- SECRET: passwords, one-time SMS codes, card PINs and security codes, door codes, answers to secret questions.
- IP_ADDRESS: any IPv4/IPv6 address the customer reads (LAN ones too); a port after ":" is outside. A four-part
  firmware version ("7.2.10") is not an IP.
- A value split by an agent turn gives one span per fragment (each fragment labelled with the type). A value the
  agent reads back is labelled again in the agent's turn.
- form: written (digits and symbols), spoken (read aloud), mixed (both, or one value partly spoken), none (no PII).
  A name alone takes the channel's form (speech-to-text: spoken, chat: written).
"""
import json
import os
import random
import re
import unicodedata
from collections import Counter

from faker import Faker
from num2words import num2words

SEED = 6060
rng = random.Random(SEED)
fake = Faker("fr_FR")
fake.seed_instance(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fr_blind6.jsonl")
DIG = "0123456789"


def R(n):
    return "".join(rng.choice(DIG) for _ in range(n))


def C(seq):
    return rng.choice(seq)


def P(p):
    return rng.random() < p


def deacc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", deacc(s).lower())


# ---------------------------------------------------------------- numbers as words

def nw(n, style="std"):
    s = num2words(n, lang="fr_BE" if style == "be" else "fr")
    if style == "nohyph":
        s = s.replace("-", " ")
    return s


def say_chunk(c, style="std"):
    if len(c) > 1 and c[0] == "0":
        return "zéro " + say_chunk(c[1:], style)
    return nw(int(c), style)


def cut(d, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return out


def say(d, sizes, style="std", sep=" "):
    return sep.join(say_chunk(c, style) for c in cut(d, sizes))


def digits_words(d, sep=" "):
    return sep.join(nw(int(c)) for c in d)


# ---------------------------------------------------------------- read-back (validation of spoken values)

UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
TEENS = {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "septante": 70, "huitante": 80, "nonante": 90}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"dix", "cent", "cents", "mille", "et", "zéro", "zero"}
LETTER_NAMES = {"effe": "F", "erre": "R", "emme": "M", "esse": "S", "bé": "B", "cé": "C", "dé": "D", "gé": "G",
                "ji": "J", "ka": "K", "ache": "H", "ixe": "X", "pé": "P", "té": "T", "vé": "V", "zède": "Z"}
DARIJA_DIG = {"sifr": "0", "wahed": "1", "jouj": "2", "tlata": "3", "rb3a": "4", "khamsa": "5", "stta": "6",
              "sb3a": "7", "tmnya": "8", "ts3od": "9"}
SKIP = {"euh", "heu", "hum", "attendez", "attends", "pardon", "alors", "ah", "bon", "oui", "voilà", "je", "reprends",
        "vérifie", "regarde", "c'est", "ça", "la", "le", "clé", "de", "contrôle", "ensuite", "puis", "hein", "bah",
        "ben", "chérie", "suis", "au", "téléphone", "sors", "carte", "l'appli", "zoome", "sur", "code", "banque",
        "guichet", "numéro", "compte", "rib", "agence", "ville", "charge", "ne", "j'ai",
        "du", "coup", "moment", "retourne", "voila", "mon", "fils", "me", "parle", "deux", "secondes", "lunettes",
        "mes", "cherche", "désolé", "désolée", "donc", "oups", "raccroche", "pas", "bouge", "k", "ok"}
# words that are skipped only inside a span that the template marks as containing them (not digits!)
NOT_SKIPPABLE = {"un", "une", "deux", "a", "y", "k"}


def parse_b100(t, i):
    n = len(t)
    if i >= n:
        return None
    w = t[i]
    if w == "quatre" and i + 1 < n and t[i + 1] in ("vingt", "vingts"):
        v, j = 80, i + 2
    elif w in TENS:
        v, j = TENS[w], i + 1
    elif w == "dix":
        if i + 1 < n and t[i + 1] in ("sept", "huit", "neuf"):
            return 10 + UNITS[t[i + 1]], i + 2
        return 10, i + 1
    elif w in TEENS:
        return TEENS[w], i + 1
    elif w in UNITS:
        return UNITS[w], i + 1
    else:
        return None
    # tens: extensions
    if j < n and t[j] == "et" and j + 1 < n and t[j + 1] in ("un", "onze"):
        return v + (1 if t[j + 1] == "un" else 11), j + 2
    if v in (60, 80) and j < n and (t[j] == "dix" or t[j] in TEENS):
        r = parse_b100(t, j)
        return v + r[0], r[1]
    if j < n and t[j] in UNITS and not (j + 1 < n and t[j] == "quatre" and t[j + 1] in ("vingt", "vingts")):
        return v + UNITS[t[j]], j + 1
    return v, j


def parse_b1000(t, i):
    n = len(t)
    if i < n and t[i] in ("cent", "cents"):
        v, j = 100, i + 1
        r = parse_b100(t, j)
        if r:
            v, j = v + r[0], r[1]
        return v, j
    r = parse_b100(t, i)
    if r is None:
        return None
    v, j = r
    if 2 <= v <= 19 and j < n and t[j] in ("cent", "cents"):
        v, j = v * 100, j + 1
        r2 = parse_b100(t, j)
        if r2:
            v, j = v + r2[0], r2[1]
    return v, j


def parse_num(t, i):
    n = len(t)
    if t[i] == "mille":
        v, j = 1000, i + 1
        r = parse_b1000(t, j)
        if r:
            v, j = v + r[0], r[1]
        return v, j
    r = parse_b1000(t, i)
    if r is None:
        return None
    v, j = r
    if j < n and t[j] == "mille" and v < 1000:
        v, j = v * 1000, j + 1
        r2 = parse_b1000(t, j)
        if r2:
            v, j = v + r2[0], r2[1]
    return v, j


def readback(text):
    """Spoken / written value -> the characters a careful listener would write down."""
    s = text.lower().replace("’", "'")
    s = s.replace("double vé", " w ").replace("i grec", " y ")
    for k, v in DARIJA_DIG.items():
        s = re.sub(r"\b%s\b" % k, " %s " % v, s)
    toks = re.findall(r"\+|\.|[0-9]+|[a-zàâäçéèêëîïôöûüÿ']+", s)
    # drop filler words (never number words, never single letters)
    toks = [x for x in toks if not (x in SKIP and x not in NOT_SKIPPABLE)]
    out, i = [], 0
    while i < len(toks):
        x = toks[i]
        if x in ("double", "triple"):
            r = readback_one(toks, i + 1)
            out.append(r[0] * (2 if x == "double" else 3))
            i = r[1]
            continue
        r = readback_one(toks, i)
        out.append(r[0])
        i = r[1]
    return "".join(out)


def readback_one(toks, i):
    x = toks[i]
    if x.isdigit():
        return x, i + 1
    if x in ("zéro", "zero"):
        return "0", i + 1
    if x == "+" or x == "plus":
        return "+", i + 1
    if x in (".", "point"):
        return ".", i + 1
    if x == "comme":  # "f comme françois": the letter is already written
        return "", i + 2
    if x in LETTER_NAMES:
        return LETTER_NAMES[x], i + 1
    r = parse_num(toks, i)
    if r:
        return str(r[0]), r[1]
    if len(x) == 1 and x.isalpha():
        return x.upper(), i + 1
    return "<%s>" % x, i + 1


def email_readback(text):
    s = " " + text.lower() + " "
    for a, b in (("a robase", "arobase"), ("tout attaché", " "), ("tout collé", " "), ("sans espace", " "),
                 ("tiret bas", " _ "), ("tiret du huit", " _ "), ("tiret du six", " - "),
                 ("trait d'union", " - "), ("underscore", " _ ")):
        s = s.replace(a, b)
    toks = s.split()
    out, i = "", 0
    while i < len(toks):
        x = toks[i]
        parts = x.split("-")
        if x in ("arobase", "arobas", "arrobase", "@"):
            out += "@"
        elif x == "point":
            out += "."
        elif x == "tiret":
            out += "-"
        elif x in ("euh", "attendez"):
            pass
        elif x == "comme":
            i += 1
        elif x not in ("et",) and all(p in NUMWORDS for p in parts):
            run = []
            while i < len(toks) and all(p in NUMWORDS for p in toks[i].split("-")):
                run.extend(toks[i].split("-"))
                i += 1
            out += readback(" ".join(run))
            continue
        else:
            out += x
        i += 1
    return out


# ---------------------------------------------------------------- checksums

def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(n):
    return luhn_digit(n[:-1]) == n[-1]


def card(kind=None):
    kind = kind or C(["visa", "visa", "visa", "mc", "mc", "cb2"])
    if kind == "visa":
        body = "4" + R(14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + R(13)
    elif kind == "cb2":
        body = str(rng.randint(2221, 2720)) + R(11)
    elif kind == "maestro":
        body = C(["6759", "6761", "5018"]) + R(14)
    return body + luhn_digit(body)


def iban_from(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def fr_rib():
    bank = C(["30004", "30003", "10278", "20041", "30002", "11315", "17515", "18206", "16006", "10907"])
    guichet, acct = R(5), R(11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    return bank, guichet, acct, "%02d" % key


def fr_rib_ok(r):
    return (89 * int(r[:5]) + 15 * int(r[5:10]) + 3 * int(r[10:21]) + int(r[21:23])) % 97 == 0


def ma_rib():
    bank = C(["007", "011", "013", "021", "022", "145", "190", "230", "350"])
    city, acct = R(3), R(16)
    key = 97 - (int(bank + city + acct) * 100) % 97
    return bank, city, acct, "%02d" % key


def ma_rib_ok(r):
    return (int(r[:22]) * 100 + int(r[22:])) % 97 == 0


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def foreign_iban(cc):
    if cc == "ES":
        bank, branch, acct = C(["2100", "0049", "0182", "2080"]), R(4), R(10)
        return iban_from("ES", bank + branch + es_dc("00" + bank + branch) + es_dc(acct) + acct)
    if cc == "BE":
        a = R(10)
        k = int(a) % 97 or 97
        return iban_from("BE", a + "%02d" % k)
    if cc == "DE":
        return iban_from("DE", C(["37040044", "50010517", "10020890"]) + R(10))
    if cc == "PT":
        b = C(["0033", "0035", "0010"]) + R(4) + R(11)
        return iban_from("PT", b + "%02d" % (98 - int(b) * 100 % 97))


def national_ok(ib):
    cc, b = ib[:2], ib[4:]
    if cc == "FR":
        return len(b) == 23 and fr_rib_ok(b)
    if cc == "MA":
        return len(b) == 24 and ma_rib_ok(b)
    if cc == "ES":
        return len(b) == 20 and b[8] == es_dc("00" + b[:8]) and b[9] == es_dc(b[10:])
    if cc == "BE":
        return len(b) == 12 and (int(b[:10]) % 97 or 97) == int(b[10:])
    if cc == "DE":
        return len(b) == 18
    if cc == "PT":
        return len(b) == 21 and (int(b[:19]) * 100 + int(b[19:])) % 97 == 1
    return False


def nir_key(first13):
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return "%02d" % (97 - n % 97)


def nir(kind="metro"):
    sex = C("12")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    if kind == "corse":
        dep, com = C(["2A", "2B"]), R(3)
    elif kind == "dom":
        dep, com = C(["971", "972", "973", "974", "976"]), R(2)
    else:
        d = rng.randint(1, 95)
        while d == 20:
            d = rng.randint(1, 95)
        dep, com = "%02d" % d, "%03d" % rng.randint(1, 899)
    order = "%03d" % rng.randint(1, 999)
    first = sex + yy + mm + dep + com + order
    return first + nir_key(first)


def nir_ok(n):
    return len(n) == 15 and nir_key(n[:13]) == n[13:] and re.fullmatch(r"[12]\d{4}(\d\d|2A|2B)\d{6}\d\d", n)


def phone_fr(mobile=True):
    return (C(["06", "07"]) if mobile else C(["01", "02", "03", "04", "05", "09"])) + R(8)


def phone_ma(mobile=True):
    return (C(["06", "06", "07"]) if mobile else C(["0522", "0537", "0524", "0539"])) + R(8 if mobile else 6)


def phone_ok(d):
    d = d.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", d)
    if d.startswith("+33") or d.startswith("0033"):
        rest = d[3:] if d.startswith("+") else d[4:]
        if len(rest) == 10 and rest[0] == "0":  # "+33 (0)6 …"
            rest = rest[1:]
        return len(rest) == 9 and rest[0] in "123456789"
    if d.startswith("+212") or d.startswith("00212"):
        rest = d[4:] if d.startswith("+") else d[5:]
        if len(rest) == 10 and rest[0] == "0":
            rest = rest[1:]
        return len(rest) == 9 and rest[0] in "567"
    return len(d) == 10 and d[0] == "0" and d[1] in "1234567895"


# ---------------------------------------------------------------- people, places

MA_FIRST = ["Youssef", "Fatima Zahra", "Mohamed", "Khadija", "Hamza", "Salma", "Imane", "Othmane", "Zineb", "Ayoub",
            "Meryem", "Mehdi", "Soukaina", "Anas", "Hajar", "Omar", "Nadia", "Rachid", "Latifa", "Abdelilah",
            "Kenza", "Reda", "Ilham", "Yassine", "Nouhaila", "Abdelkrim", "Siham", "Driss", "Houda", "Tarik"]
MA_LAST = ["El Amrani", "Benali", "Bennani", "Alaoui", "El Idrissi", "Tazi", "Berrada", "Chraibi", "Ouazzani",
           "Lahlou", "Benjelloun", "Ait Lahcen", "Ouahbi", "Sqalli", "Filali", "El Fassi", "Zniber", "Kettani",
           "Naciri", "Bouzidi", "Cherkaoui", "Amrani", "Mansouri", "El Ouafi", "Haddaoui", "Rahmouni"]
MA_CITIES = ["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir", "Meknès", "Oujda", "Kénitra", "Témara",
             "Salé", "Mohammédia", "El Jadida", "Tétouan", "Safi", "Nador"]
MA_QUART = ["Maarif", "Gauthier", "Agdal", "Hay Riad", "Souissi", "Bourgogne", "Sidi Maarouf", "Guéliz", "Daoudiate",
            "Ain Sebaa", "Hay Salam", "Val Fleuri", "Racine", "Californie", "Massira"]
MA_STREETS = ["rue Ibn Sina", "boulevard Zerktouni", "avenue Hassan II", "rue Tarik Ibn Ziad", "boulevard Anfa",
              "rue Al Moutanabbi", "avenue Mohammed V", "rue Oued Sebou", "rue Abou Bakr Seddik", "boulevard Ghandi",
              "rue Ibn Batouta", "avenue des FAR", "rue Moulay Youssef", "boulevard d'Anfa"]
MA_RES = ["Al Amal", "Les Jardins d'Anfa", "Al Andalous", "Nour", "Yasmine", "Al Boustane", "Riad Salam", "Zohour"]
FR_AGENCY = ["Lyon Part-Dieu", "Lille", "Nantes", "Bordeaux", "Marseille", "Toulouse", "Rennes", "Strasbourg",
             "Montpellier", "Nice", "Grenoble", "Dijon"]
AGENTS = ["Sophie", "Karim", "Julie", "Mehdi", "Camille", "Sanaa", "Thomas", "Leïla", "Nicolas", "Ghita"]
FILL = ["euh", "ben", "bah", "du coup", "en fait", "alors", "bon", "hein", "euh euh", "bref", "donc"]
DARIJA = ["wakha", "safi", "wallah", "khoya", "3afak", "inchallah", "mezyan", "daba", "chwiya", "yak"]


MA_FEM = {"Fatima Zahra", "Khadija", "Salma", "Imane", "Zineb", "Meryem", "Soukaina", "Hajar", "Nadia", "Latifa",
          "Kenza", "Ilham", "Nouhaila", "Siham", "Houda"}
FEM = set(MA_FEM)


def person(ma=None, g=None):
    if ma is None:
        ma = P(0.45)
    if g is None:
        g = C("fm")
    if ma:
        pool = [x for x in MA_FIRST if (x in MA_FEM) == (g == "f")]
        return C(pool), C(MA_LAST)
    first = fake.first_name_female() if g == "f" else fake.first_name_male()
    if g == "f":
        FEM.add(first)
    return first, fake.last_name()


def fem(first):
    return first in FEM


def ne(first):
    return "née" if fem(first) else "né"


def title(first):
    return "madame " if fem(first) else "monsieur "


def fl(p=0.5):
    return C(FILL) + " " if P(p) else ""


def low(s, raw):
    return s.lower() if raw else s


# ---------------------------------------------------------------- builder

def rawify(x):
    x = x.lower().replace("’", "'")
    x = re.sub(r"[,.;!?…»«\"]+(?=\s|$)", " ", x)
    x = re.sub(r"(?<!agent )(?<!client ):(?=\s|$)", " ", x)
    x = re.sub(r"(?<=\s)[«\"(]", "", x)
    return re.sub(r" {2,}", " ", x)


class B:
    def __init__(self, raw=False, default="written"):
        self.raw = raw
        self.text = ""
        self.spans = []
        self.default = "spoken" if raw else default

    def t(self, x):
        if self.raw:
            x = rawify(x)
        if (self.text == "" or self.text.endswith((" ", "\n"))) and x.startswith(" "):
            x = x.lstrip(" ")
        self.text += x
        return self

    def v(self, typ, x, canon=None, kind="w", group=None, rb=True):
        assert x == x.strip() and x, (typ, x)
        if self.text and not self.text.endswith((" ", "\n", "(", "<", ":", "'")):
            self.text += " "
        st = len(self.text)
        self.text += x
        self.spans.append(dict(type=typ, start=st, end=len(self.text), value=x, canon=canon, kind=kind,
                               group=group, rb=rb))
        return self

    def form(self):
        if not self.spans:
            return "none"
        ks = {s["kind"] for s in self.spans if s["kind"] != "n"}
        if not ks:
            return self.default
        if ks == {"w"}:
            return "written"
        if ks == {"s"}:
            return "spoken"
        return "mixed"


# ---------------------------------------------------------------- value renderers (return text, kind)

def rb_ok(typ, text, canon):
    if typ not in ("EMAIL_ADDRESS", "IP_ADDRESS") and re.sub(r"[^0-9A-Z+]", "", text.upper()) == re.sub(r"[^0-9A-Z+]", "", canon.upper()):
        return True
    if typ == "EMAIL_ADDRESS":
        return email_readback(text) == canon.lower()
    r = readback(text)
    if typ == "IP_ADDRESS":
        return r == canon
    keep = re.sub(r"[^0-9A-Z+]", "", r.upper())
    return keep == re.sub(r"[^0-9A-Z+]", "", canon.upper())


def until_ok(typ, gen, tries=300):
    """gen() -> (text, canon, kind); retry until a listener would read the value back."""
    for _ in range(tries):
        text, canon, kind = gen()
        if rb_ok(typ, text, canon):
            return text, canon, kind
    raise RuntimeError("no readable rendering for %s" % typ)


def phone_written(d, chat=True):
    p = cut(d, [2, 2, 2, 2, 2])
    opts = ["spaced", "dots", "dash", "run", "odd"]
    if chat:
        opts += ["plus", "plus0", "0033", "plusrun"]
    o = C(opts)
    if o == "spaced":
        return " ".join(p), d
    if o == "dots":
        return ".".join(p), d
    if o == "dash":
        return "-".join(p), d
    if o == "run":
        return d, d
    if o == "odd":
        return C([d[:4] + " " + d[4:7] + " " + d[7:], d[:3] + " " + d[3:6] + " " + d[6:8] + " " + d[8:],
                  d[:2] + " " + d[2:6] + " " + d[6:]]), d
    cc = "+212" if PHONE_MA.get(d) else "+33"
    rest = d[1:]
    rp = rest[0] + " " + " ".join(cut(rest[1:], [2, 2, 2, 2]))
    if o == "plus":
        return cc + " " + rp, cc + rest
    if o == "plus0":
        return cc + " (0)" + rp, cc + "0" + rest
    if o == "0033":
        c2 = "00" + cc[1:]
        return c2 + " " + rp, c2 + rest
    return cc + rest, cc + rest


PHONE_MA = {}
COUNTERS = Counter()


def new_phone(ma=False, mobile=True):
    d = phone_ma(mobile) if ma else phone_fr(mobile)
    if ma:
        PHONE_MA[d] = True
    return d


def phone_spoken(d, variants=None):
    """Speech-to-text renderings of a 10-digit number; returns (text, kind)."""
    variants = variants or ["pairs", "nohyph", "triples", "digits", "mixdig", "be", "plus", "pairs", "nohyph"]

    def gen():
        v = C(variants)
        ma = PHONE_MA.get(d)
        if v == "pairs":
            return say(d, [2] * 5), d, "s"
        if v == "nohyph":
            return say(d, [2] * 5, "nohyph"), d, "s"
        if v == "triples":
            return say(d, [2, 3, 3, 2]), d, "s"
        if v == "digits":
            return digits_words(d), d, "s"
        if v == "be":
            return say(d, [2] * 5, "be"), d, "s"
        if v == "mixdig":
            parts = cut(d, [2] * 5)
            out = [parts[0] if P(0.5) else say_chunk(parts[0])]
            for q in parts[1:]:
                out.append(q if P(0.45) else say_chunk(q))
            kind = "m" if any(x.isdigit() for x in out) and not all(x.isdigit() for x in out) else (
                "w" if all(x.isdigit() for x in out) else "s")
            return " ".join(out), d, kind
        if v == "plus":
            if ma:
                head, canon = "plus deux cent douze ", "+212" + d[1:]
            else:
                head, canon = "plus trente-trois ", "+33" + d[1:]
            return head + nw(int(d[1])) + " " + say(d[2:], [2] * 4), canon, "s"
    return until_ok("PHONE_NUMBER", gen)


def spoken_interrupt(d, sizes, inter, style="std", mid_pair=False):
    """Speak d with an interruption inside; mid_pair splits a pair into tens and units."""
    ch = cut(d, sizes)
    k = rng.randint(1, len(ch) - 1)
    words = [say_chunk(c, style) for c in ch]
    if mid_pair:
        # choose a pair like 34 -> "trente" ... "quatre"
        cand = [i for i, c in enumerate(ch) if len(c) == 2 and c[0] in "2345" and c[1] in "123456789"]
        if cand:
            i = C(cand)
            tens = nw(int(ch[i][0]) * 10)
            words[i] = tens + " " + inter + " " + nw(int(ch[i][1]))
            return " ".join(words)
    return " ".join(words[:k]) + " " + inter + " " + " ".join(words[k:])


def email_for(first, last, ma=False):
    f, l = slug(first.split()[0]), slug(last)
    num = C(["", "", "", str(rng.randint(1, 99)), str(rng.randint(1970, 2005))])
    pat = C(["f.l", "fl", "f_l", "f-l", "il", "l.f", "fl", "f.l"])
    if pat == "f.l":
        toks = [("w", f), ("s", "."), ("w", l)]
    elif pat == "fl":
        toks = [("w", f), ("w", l)]
    elif pat == "f_l":
        toks = [("w", f), ("s", "_"), ("w", l)]
    elif pat == "f-l":
        toks = [("w", f), ("s", "-"), ("w", l)]
    elif pat == "il":
        toks = [("w", f[0]), ("w", l)]
    else:
        toks = [("w", l), ("s", "."), ("w", f)]
    if num:
        toks.append(("n", num))
    dom = C(["gmail.com", "gmail.com", "hotmail.fr", "yahoo.fr", "orange.fr", "free.fr", "laposte.net",
             "outlook.fr", "sfr.fr", "wanadoo.fr", "live.fr", "icloud.com", "hotmail.com"] +
            (["menara.ma", "gmail.com", "hotmail.com", "yahoo.fr"] if ma else []))
    return toks, dom


def email_written(toks, dom):
    return "".join(v for _, v in toks) + "@" + dom


def email_spoken(toks, dom, spell_last=False):
    out = [email_spoken_local(toks, spell_last)]
    out.append(C(["arobase", "arobase", "arobase", "arobas", "a robase", "arrobase"]))
    name, tld = dom.split(".", 1)
    out.append(C(["g mail", "gmail"]) if name == "gmail" else name)
    out.append("point")
    out.append(" ".join(tld) if tld in ("fr", "ma") and P(0.35) else tld)
    return " ".join(out)


def email_spoken_local(toks, spell_last=False):
    out = []
    prev = None
    for k, v in toks:
        if k == "w":
            if prev == "w" and P(0.35):
                out.append(C(["tout attaché", "sans espace"]))
            if spell_last and len(v) > 3 and prev is not None:
                out.append(" ".join(v))
            else:
                out.append(v)
        elif k == "s":
            out.append({".": "point", "_": C(["tiret bas", "underscore", "tiret bas"]),
                        "-": C(["tiret", "tiret du six", "trait d'union"])}[v])
        else:
            out.append(nw(int(v)) if P(0.7) else digits_words(v))
        prev = k
    return " ".join(out)


def dob():
    y = rng.randint(1942, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def dob_text(d, m, y, mode):
    if mode == "iso":
        return "%d-%02d-%02d" % (y, m, d), "w"
    if mode == "dots":
        return "%02d.%02d.%d" % (d, m, y), "w"
    if mode == "slash_short":
        return "%d/%d/%02d" % (d, m, y % 100), "w"
    if mode == "slash":
        return "%02d/%02d/%d" % (d, m, y), "w"
    if mode == "words_month":
        dd = "1er" if d == 1 else str(d)
        return "%s %s %d" % (dd, MOIS[m - 1], y), "w"
    if mode == "spoken_full":
        dd = "premier" if d == 1 else nw(d)
        return "%s %s %s" % (dd, MOIS[m - 1], nw(y)), "s"
    if mode == "spoken_dixneuf":
        dd = "premier" if d == 1 else nw(d)
        yr = ("dix-neuf cent " + nw(y % 100)) if y < 2000 else nw(y)
        if y < 2000 and y % 100 == 0:
            yr = "dix-neuf cent"
        return "%s %s %s" % (dd, MOIS[m - 1], yr), "s"
    if mode == "spoken_numeric":
        return "%s %s %s" % (say_chunk("%02d" % d), say_chunk("%02d" % m), say_chunk("%02d" % (y % 100))), "s"
    if mode == "mixed":
        return "%d %s %s" % (d, MOIS[m - 1], nw(y % 100) if y % 100 >= 10 else nw(y)), "m"
    if mode == "stt_digits":
        return "%02d %02d %02d" % (d, m, y % 100), "w"
    raise ValueError(mode)


def addr_fr(raw=False):
    num = str(rng.randint(1, 180))
    bis = C(["", "", "", " bis", " ter"])
    street = fake.street_name()
    cp = fake.postcode()
    city = fake.city()
    extra = C(["", "", "", ", appartement %d" % rng.randint(1, 60), ", bâtiment %s, %de étage" % (C("ABCD"), rng.randint(1, 9)),
               ", résidence Les %s" % C(["Tilleuls", "Acacias", "Glycines", "Peupliers"])])
    mode = C(["written", "written", "spoken_cp", "digits_cp"]) if raw else "written"
    if mode == "written":
        t = "%s%s %s%s, %s %s" % (num, bis, street, extra, cp, city)
        kind = "w"
    elif mode == "spoken_cp":
        t = "%s%s %s%s %s %s" % (nw(int(num)), bis, street, extra, nw(int(cp)) if cp[0] != "0" else digits_words(cp), city)
        kind = "m" if re.search(r"\d", t) else "s"
    else:
        t = "%s%s %s%s %s %s" % (num, bis, street, extra, digits_words(cp), city)
        kind = "m"
    if raw:
        t = rawify(t).strip()
    return t, kind


def addr_ma(raw=False):
    city = C(MA_CITIES)
    q = C(MA_QUART)
    f = C(["num", "res", "angle", "km", "douar", "lot"])
    if f == "num":
        t = "n° %d %s, quartier %s, %s" % (rng.randint(1, 250), C(MA_STREETS), q, city)
    elif f == "res":
        t = "résidence %s, immeuble %d, appartement %d, %s, %s" % (C(MA_RES), rng.randint(1, 40), rng.randint(1, 24), q, city)
    elif f == "angle":
        a, b = rng.sample(MA_STREETS, 2)
        t = "angle %s et %s, %s, %s" % (a, b, C(["%de étage" % rng.randint(1, 9), "appartement %d" % rng.randint(1, 30), "bureau %d" % rng.randint(1, 20)]), city)
    elif f == "km":
        t = "km %d route de %s, %s" % (rng.randint(3, 25), C(["Marrakech", "Azemmour", "Rabat", "Fès", "Tanger"]), city)
    elif f == "douar":
        t = "douar Ouled %s, commune %s, province de %s" % (C(["Ahmed", "Hmida", "Saïd", "Moussa", "Brahim"]),
                                                            C(["Sidi Rahal", "Had Soualem", "Tit Mellil", "Bouskoura"]), city)
    else:
        t = "lotissement %s n° %d, %s %s" % (C(["Al Wifaq", "Al Manar", "Essalam", "Al Qods"]), rng.randint(1, 400),
                                             "%d" % rng.choice([10000, 20250, 11000, 40000, 90000, 30050]), city)
    kind = "w" if re.search(r"\d", t) else "n"
    if raw:
        t = rawify(t.replace("n° ", "numéro ")).strip()
    return t, kind


def cin():
    pre = C(["BE", "BK", "BJ", "A", "AB", "J", "JA", "K", "CD", "EE", "G", "D", "BH", "X", "T", "U"])
    return pre + R(6 if P(0.8) else 5)


def cin_spoken(c):
    letters = re.match(r"[A-Z]+", c).group()
    digits = c[len(letters):]
    lm = C(["plain", "names", "plain"])
    names = {v: k for k, v in LETTER_NAMES.items()}
    if lm == "plain":
        L = " ".join(x.lower() for x in letters)
    else:
        L = " ".join(names.get(x, x.lower()) for x in letters)

    def gen():
        m = C(["thousands", "triples", "pairs", "digits"])
        if m == "thousands" and len(digits) == 6 and digits[0] != "0":
            D = nw(int(digits))
        elif m == "triples":
            D = say(digits, [3, 3])
        elif m == "pairs":
            D = say(digits, [2, 2, 2])
        else:
            D = digits_words(digits)
        return L + " " + D, c, "s"
    return until_ok("MA_CIN", gen)


# ---------------------------------------------------------------- templates with PII

def pick_raw(p=0.5):
    return P(p)


def T_phone_raw():
    b = B(True)
    ma = P(0.35)
    d = new_phone(ma)
    b.t(fl() + C(["oui alors mon numéro c'est le ", "vous pouvez me rappeler sur le ", "le portable c'est ",
                  "notez mon numéro ", "mon numéro de portable ", "c'est le ", "rappelez moi au ",
                  "le numéro sur lequel je suis joignable c'est le "]))
    if ma:
        b.t(C(["", "", "c'est un numéro marocain ", "mon numéro au maroc "]))
    txt, canon, kind = phone_spoken(d)
    b.v("PHONE_NUMBER", txt, canon, kind)
    b.t(C(["", " voilà", " c'est bon pour vous", " je suis joignable après dix-huit heures", " merci",
           " ou sinon par mail", " " + C(DARIJA)]))
    return b


def T_phone_whisper():
    b = B(False, "spoken")
    d = new_phone(P(0.3))
    b.t(C(["Oui, bonjour. Alors mon numéro, c'est le ", "Mon portable, c'est le ", "Vous pouvez me joindre au ",
           "Oui. Donc, le numéro : "]))
    if P(0.5):
        b.v("PHONE_NUMBER", ", ".join(cut(d, [2] * 5)), d, "w")
    else:
        words = [say_chunk(c) for c in cut(d, [2] * 5)]
        words = [words[0]] + [w[0].upper() + w[1:] for w in words[1:]]
        b.v("PHONE_NUMBER", ". ".join(words), d, "s")
    b.t(C([". Voilà.", ". Merci.", ". Je suis disponible demain matin.", "."]))
    return b


def T_phone_sms():
    b = B(False)
    d = new_phone(P(0.35))
    b.t(C(["slt jvoudrais etre rapelé o ", "bjr, mn num c ", "rappelez moi svp au ", "mon tel: ", "tel ",
           "salam, ra9mi howa ", "bonsoir vs pouvez m appeler sur le "]))
    txt, canon = phone_written(d)
    b.v("PHONE_NUMBER", txt, canon, "w")
    b.t(C([" stp c urgent", " merci d'avance", " apres 18h", " mrc", "", " svp", " 3afak"]))
    return b


def T_phone_darija_digits():
    b = B(False)
    d = new_phone(True)
    ds = " ".join(C(["sifr", "zero"]) if c == "0" else {v: k for k, v in DARIJA_DIG.items()}[c] for c in d)
    b.t(C(["salam, ktb ra9m dyali: ", "ra9mi: ", "wach t9dro t3iyto liya f ", "numero dyali "]))
    b.v("PHONE_NUMBER", ds, d, "s")
    b.t(C([" 3afak", " chokran", " mn ba3d l3asr", ""]))
    return b


def T_phone_interrupt():
    b = B(True)
    d = new_phone(P(0.3))
    inter = C(["attends chérie je suis au téléphone", "pardon mon fils me parle", "euh attendez",
               "pardon", "pardon ne bouge pas", "euh je regarde", "oups pardon"])
    def gen():
        return spoken_interrupt(d, [2] * 5, inter, mid_pair=P(0.5)), d, "s"
    txt, canon, kind = until_ok("PHONE_NUMBER", gen)
    b.t(fl() + C(["mon numéro c'est le ", "alors c'est le ", "vous notez "]))
    b.v("PHONE_NUMBER", txt, canon, kind)
    b.t(C([" voilà", "", " c'est bon"]))
    return b


def T_phone_agent_wrong():
    raw = P(0.6)
    b = B(raw)
    for _ in range(200):
        d = new_phone(P(0.3))
        # agent reads back with the two digits of the last pair swapped
        last = d[-2:]
        wrong = d[:-2] + (last[::-1] if last[0] != last[1] else "%02d" % ((int(last) + 11) % 100))
        if rb_ok("PHONE_NUMBER", say(wrong, [2] * 5), wrong) and rb_ok("PHONE_NUMBER", say(d, [2] * 5, "nohyph"), d):
            break
    b.t("client : " + fl(0.4) + C(["c'est le ", "mon numéro "]))
    txt, canon, kind = (say(d, [2] * 5, "nohyph"), d, "s") if raw else (" ".join(cut(d, [2] * 5)), d, "w")
    b.v("PHONE_NUMBER", txt, canon, kind)
    b.t(" agent : " + C(["je répète ", "donc ", "je relis "]))
    wt = say(wrong, [2] * 5) if raw else " ".join(cut(wrong, [2] * 5))
    b.v("PHONE_NUMBER", wt, wrong, "s" if raw else "w")
    b.t(" client : non " + C(["c'est ", "pas ça c'est ", "à la fin c'est "]))
    b.v("PHONE_NUMBER", txt, canon, kind)
    return b


def T_phone_two():
    raw = P(0.5)
    b = B(raw)
    d1 = new_phone(P(0.3), mobile=P(0.4))
    d2 = new_phone(P(0.3))
    rel, g = C([("ma femme", "f"), ("mon mari", "m"), ("ma fille", "f"), ("mon fils", "m"), ("ma mère", "f")])
    fn, ln = person(None, g)
    b.t(fl(0.4 if raw else 0) + C(["Le fixe c'est le ", "Chez moi c'est le "]))
    if raw:
        t1, c1, k1 = phone_spoken(d1)
    else:
        t1, c1 = phone_written(d1, chat=False)
        k1 = "w"
    b.v("PHONE_NUMBER", t1, c1, k1)
    b.t(C([", et sinon le portable de " + rel + " ", " ou alors " + rel + " "]))
    b.v("PERSON", low(fn, raw), kind="n")
    b.t(C([" au ", " sur le "]))
    if raw:
        t2, c2, k2 = phone_spoken(d2)
    else:
        t2, c2 = phone_written(d2)
        k2 = "w"
    b.v("PHONE_NUMBER", t2, c2, k2)
    b.t(C(["", ".", " joignable toute la journée."]))
    return b


def T_voicemail():
    raw = P(0.5)
    b = B(raw, "spoken")
    fn, ln = person()
    d = new_phone(P(0.35))
    b.t(C(["Bonjour, c'est ", "Oui bonjour, ", "Allô, bonjour, ici "]) + C([title(fn), ""]))
    b.v("PERSON", low(fn + " " + ln, raw) if P(0.6) else low(ln, raw), kind="n")
    b.t(C([", je vous appelle au sujet de ma facture Volta Énergie", ", c'est pour le sinistre déclaré chez Assuréa",
           ", j'ai un souci avec ma box"]) + C([", rappelez-moi au ", ", merci de me rappeler au ", ", vous pouvez me joindre au "]))
    if raw:
        t, c, k = phone_spoken(d)
    else:
        t, c = phone_written(d, chat=False)
        k = "w"
    b.v("PHONE_NUMBER", t, c, k)
    b.t(C([". Merci, au revoir.", ", bonne journée.", " après dix-sept heures. Merci."]))
    return b


def T_web_form():
    b = B(False)
    fn, ln = person()
    d = new_phone(P(0.3))
    toks, dom = email_for(fn, ln)
    b.t(C(["[Formulaire de contact]\n", "Message envoyé depuis le site :\n", ""]) + "Nom : ")
    b.v("PERSON", ln.upper() + " " + fn if P(0.5) else fn + " " + ln, kind="n")
    b.t("\nTél. : ")
    t, c = phone_written(d)
    b.v("PHONE_NUMBER", t, c, "w")
    b.t("\nE-mail : ")
    e = email_written(toks, dom)
    b.v("EMAIL_ADDRESS", e, e, "w")
    b.t("\nObjet : " + C(["résiliation", "changement d'offre", "réclamation facture", "panne internet"]) + "\nMessage : " +
        C(["Merci de me rappeler.", "Je souhaite être recontacté rapidement.", "Ma facture de mars est à 212,40 €, ce n'est pas normal."]))
    return b


def T_email_spoken():
    b = B(True)
    fn, ln = person()
    toks, dom = email_for(fn, ln, ma=P(0.4))
    canon = email_written(toks, dom)

    def gen():
        return email_spoken(toks, dom, spell_last=P(0.25)), canon, "s"
    t, c, k = until_ok("EMAIL_ADDRESS", gen)
    b.t(fl() + C(["mon adresse mail c'est ", "alors l'email c'est ", "vous pouvez m'envoyer ça sur ",
                  "le mail c'est ", "l'adresse électronique c'est "]))
    b.v("EMAIL_ADDRESS", t, c, k)
    b.t(C(["", " tout en minuscules", " voilà", " c'est noté", " sans accent"]))
    return b


def T_email_mixed_stt():
    b = B(True)
    fn, ln = person()
    toks, dom = email_for(fn, ln)
    canon = email_written(toks, dom)
    local = email_spoken_local(toks)
    if P(0.5):
        t = local + " " + C(["arobase", "@"]) + " " + dom
    else:
        t = "".join(v for _, v in toks) + " " + C(["arobase", "a robase"]) + " " + dom.split(".")[0] + " point " + dom.split(".", 1)[1]
    if not rb_ok("EMAIL_ADDRESS", t, canon):
        t = email_spoken(toks, dom)
        k = "s"
    else:
        k = "m"
    b.t(fl() + C(["c'est ", "mon mail ", "l'adresse c'est "]))
    b.v("EMAIL_ADDRESS", t, canon, k)
    b.t(C(["", " voilà"]))
    return b


def T_email_chat_typo():
    b = B(False)
    fn, ln = person()
    toks, dom = email_for(fn, ln)
    local = "".join(v for _, v in toks)
    name, tld = dom.split(".", 1)
    COUNTERS["typo"] += 1
    typo = ["comma", "gmial", "spacedot", "upper", "plus", "angle", "mailto", "trail", "hotmial", "cap"][COUNTERS["typo"] % 10]
    pre, post = "", ""
    if typo == "comma":
        e = local + "@" + name + "," + tld
    elif typo == "gmial":
        e = local + "@" + C(["gmial", "gmai", "gamil"]) + ".com"
    elif typo == "hotmial":
        e = local + "@" + C(["hotmial", "hotmal", "hotamil"]) + "." + C(["fr", "com"])
    elif typo == "spacedot":
        e = local + "@" + name + ". " + tld
    elif typo == "upper":
        e = (local + "@" + dom).upper()
    elif typo == "cap":
        e = local.capitalize() + "@" + name.capitalize() + "." + tld
    elif typo == "plus":
        e = local + "+" + C(["factures", "volta", "assurea", "pro"]) + "@" + dom
    elif typo == "angle":
        e = local + "@" + dom
        pre, post = "<", ">"
    elif typo == "mailto":
        e = local + "@" + dom
        pre = "mailto:"
    else:
        e = local + "@" + dom
        post = "."
    b.t(C(["mon mail: ", "Voici mon adresse : ", "envoyez la facture a ", "mail ", "adresse mail = ",
           "c bien ", "l email dyali howa "]) + pre)
    b.v("EMAIL_ADDRESS", e, e, "w")
    b.t(post + C(["", " merci", " svp", " (pas l'ancienne)", " c'est celle du compte"]))
    return b


def T_email_agent_readback():
    raw = P(0.5)
    b = B(raw)
    fn, ln = person()
    toks, dom = email_for(fn, ln)
    canon = email_written(toks, dom)
    b.t("client : " + fl(0.5 if raw else 0))
    if raw:
        t, c, k = until_ok("EMAIL_ADDRESS", lambda: (email_spoken(toks, dom), canon, "s"))
    else:
        t, c, k = canon, canon, "w"
    b.v("EMAIL_ADDRESS", t, c, k)
    ag = C(AGENTS)
    b.t(" agent : " + C(["très bien, moi c'est ", "d'accord, je suis "]))
    b.v("PERSON", low(ag, raw), kind="n")
    b.t(C([", je relis : ", ", je vérifie : "]))
    b.v("EMAIL_ADDRESS", t, c, k)
    b.t(C([", c'est bien ça ? client : oui c'est ça", " ? client : exactement", " ? client : oui"]))
    return b


def T_email_darija():
    b = B(False)
    fn, ln = person(True)
    toks, dom = email_for(fn, ln, ma=True)
    e = email_written(toks, dom)
    b.t(C(["salam, smhli ", "salam "]) + C(["l email dyali howa ", "had l email: ", "sift liya f "]))
    b.v("EMAIL_ADDRESS", e, e, "w")
    b.t(C([" 3afak", " chokran bzaf", " o ra9mi ", " safi"]))
    if b.text.endswith("ra9mi "):
        d = new_phone(True)
        t, c = phone_written(d)
        b.v("PHONE_NUMBER", t, c, "w")
    return b


def card_written(n):
    g = cut(n, [4, 4, 4, 4, 4])
    o = C(["groups", "run", "dash", "irreg", "dbl", "dots"])
    if o == "groups":
        return " ".join(g)
    if o == "run":
        return n
    if o == "dash":
        return "-".join(g)
    if o == "dots":
        return ".".join(g)
    if o == "irreg":
        return n[:4] + " " + n[4:12] + " " + n[12:]
    return "  ".join(g)


def card_spoken(n, force=None):
    def gen():
        how = force or C(["pairs", "pairs", "nohyph", "triples", "mixed", "digits"])
        if how == "digits":
            return " ".join(digits_words(x) for x in cut(n, [4] * 5)), n, "s"
        if how == "pairs":
            return say(n, [2] * 10), n, "s"
        if how == "nohyph":
            return say(n, [2] * 10, "nohyph"), n, "s"
        if how == "triples":
            return say(n, [3] * 7), n, "s"
        g = cut(n, [4, 4, 4, 4, 4])
        return g[0] + " " + " ".join(say(x, [2, 2]) for x in g[1:]), n, "m"
    return until_ok("CREDIT_CARD", gen)


def T_card_raw():
    b = B(True)
    n = card()
    b.t(fl() + C(["alors le numéro de la carte c'est ", "la carte c'est ", "je vous donne le numéro ",
                  "vous êtes prêt alors "]))
    t, c, k = card_spoken(n)
    b.v("CREDIT_CARD", t, c, k)
    b.t(C(["", " et elle expire en " + C(MOIS) + " vingt-huit", " voilà", " c'est une visa"]))
    return b


def T_card_interrupt():
    b = B(True)
    n = card()
    inter = C(["attendez je la sors", "attendez je retourne la carte", "pardon j'ai pas mes lunettes",
               "euh attendez", "je cherche désolée"])
    sizes = C([[4] * 4, [2] * 8])

    def gen():
        g = cut(n, sizes)
        k = rng.randint(1, len(g) - 1)
        sp = [say_chunk(x) if len(x) == 2 or P(0.5) else say(x, [2, 2]) for x in g]
        return " ".join(sp[:k]) + " " + inter + " " + " ".join(sp[k:]), n, "s"
    for _ in range(50):
        try:
            t, c, k = until_ok("CREDIT_CARD", gen, tries=50)
            break
        except RuntimeError:
            n = card()
    b.t(fl() + C(["c'est ", "le numéro c'est ", ""]))
    b.v("CREDIT_CARD", t, c, k)
    b.t(C(["", " voilà", " c'est bon"]))
    return b


def T_card_chat():
    b = B(False)
    COUNTERS["cardchat"] += 1
    n = card("maestro" if COUNTERS["cardchat"] % 4 == 2 else None)
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    cvv = R(3)
    b.t(C(["Voici ma carte : ", "carte: ", "num carte ", "Je paye avec cette carte "]))
    b.v("CREDIT_CARD", card_written(n), n, "w")
    b.t(C([" exp %02d/%d" % (mm, yy), ", expire fin %02d/20%d" % (mm, yy), " valable jusqu'au %02d/%d" % (mm, yy)]))
    if P(0.6):
        b.t(C([" cryptogramme ", ", le code derrière : ", " cvv "]))
        b.v("SECRET", cvv, kind="w")
    b.t(C(["", " merci", ". Prélevez les 89,90 € svp."]))
    return b


def T_card_pin_otp():
    raw = P(0.6)
    b = B(raw)
    n = card()
    b.t(fl(0.5 if raw else 0) + C(["Ma carte c'est la ", "Le numéro de carte : "]))
    if raw:
        t, c, k = card_spoken(n)
    else:
        t, c, k = card_written(n), n, "w"
    b.v("CREDIT_CARD", t, c, k)
    code = R(6)
    b.t(C([" et le code que j'ai reçu par SMS c'est ", ", le code de validation reçu c'est ", ", et le code 3D Secure : "]))
    if raw:
        b.v("SECRET", C([say(code, [3, 3]), say(code, [2, 2, 2]), digits_words(code)]), kind="s")
    else:
        b.v("SECRET", code, kind="w")
    b.t(C(["", " il expire dans cinq minutes"]))
    return b


def T_card_agent_split():
    b = B(True)
    k = C([1, 2, 3])
    for _ in range(200):
        n = card()
        g = cut(n, [4, 4, 4, 4])
        f1, f2 = "".join(g[:k]), "".join(g[k:])
        a = " ".join(say(x, [2, 2]) for x in g[:k])
        c2 = " ".join(say(x, [2, 2]) for x in g[k:])
        if rb_ok("CREDIT_CARD", a, f1) and rb_ok("CREDIT_CARD", c2, f2):
            break
    gid = "card"
    b.t("client : c'est ")
    b.v("CREDIT_CARD", a, f1, "s", group=gid)
    b.t(" agent : " + C(["oui allez-y", "hm hm", "je note continuez", "d'accord"]) + " client : ")
    b.v("CREDIT_CARD", c2, f2, "s", group=gid)
    b.t(C(["", " et c'est tout"]))
    return b


def iban_groups(ib, lower=False):
    s = " ".join(cut(ib, [4] * 9))
    return s.lower() if lower else s


def iban_spoken(ib, force=None):
    cc, rest = ib[:2], ib[2:]

    def gen():
        how = force or C(["pairs", "pairs", "thousands", "digits4", "comme"])
        if how == "comme":
            L = " ".join("%s comme %s" % (x.lower(), {"F": "françois", "R": "robert", "M": "mohamed",
                                                         "A": "anatole", "E": "émile", "S": "simone",
                                                         "B": "bernard", "D": "david", "P": "pierre",
                                                         "T": "thérèse"}[x]) for x in cc)
        else:
            L = C([" ".join(cc.lower()), cc.lower()]) if cc != "MA" else " ".join(cc.lower())
        if how in ("pairs", "comme"):
            D = say(rest[:2], [2]) + " " + " ".join(say(g, [2, 2]) for g in cut(rest[2:], [4] * 8))
            kind = "s"
        elif how == "thousands":
            D = say(rest[:2], [2]) + " " + " ".join(say_chunk(g) for g in cut(rest[2:], [4] * 8))
            kind = "s"
        else:
            D = say(rest[:2], [2]) + " " + " ".join(digits_words(g) for g in cut(rest[2:], [4] * 8))
            kind = "s"
        return L + " " + D, ib, kind
    return until_ok("IBAN_CODE", gen)


def new_fr_iban():
    bank, g, a, k = fr_rib()
    return iban_from("FR", bank + g + a + k)


def T_iban_chat():
    b = B(False)
    ib = new_fr_iban() if P(0.75) else iban_from("MA", "".join(ma_rib()))
    o = C(["groups", "lower", "run", "irreg"])
    if o == "groups":
        t = iban_groups(ib)
    elif o == "lower":
        t = iban_groups(ib, True)
    elif o == "run":
        t = ib
    else:
        t = ib[:4] + " " + ib[4:14] + " " + ib[14:]
    b.t(C(["Mon nouvel IBAN : ", "iban: ", "Voici le RIB pour le prélèvement ", "nouveau compte => ",
           "Pouvez-vous changer le compte de prélèvement pour "]))
    b.v("IBAN_CODE", t, ib, "w")
    b.t(C(["", " merci", " (banque en ligne)", ". L'ancien compte est clôturé.", " svp à partir du mois prochain"]))
    return b


def T_iban_raw():
    b = B(True)
    ib = new_fr_iban() if P(0.7) else iban_from("MA", "".join(ma_rib()))
    for _ in range(20):
        try:
            t, c, k = iban_spoken(ib)
            break
        except RuntimeError:
            ib = new_fr_iban()
    b.t(fl() + C(["alors l'iban c'est ", "je vous lis l'iban ", "le rib c'est ", "vous notez "]))
    b.v("IBAN_CODE", t, c, k)
    b.t(C(["", " voilà", " c'est le compte joint", " c'est pour le prélèvement"]))
    return b


def T_iban_interrupt():
    b = B(True)
    ib = new_fr_iban()
    inter = C(["attendez je zoome sur l'appli", "pardon ça charge", "euh attendez je reprends",
               "attendez", "euh je cherche"])

    def gen():
        cc, rest = ib[:2], ib[2:]
        gs = [say(rest[:2], [2])] + [say(g, [2, 2]) for g in cut(rest[2:], [4] * 8)]
        k = rng.randint(2, len(gs) - 2)
        return " ".join(cc.lower()) + " " + " ".join(gs[:k]) + " " + inter + " " + " ".join(gs[k:]), ib, "s"
    for _ in range(20):
        try:
            t, c, k = until_ok("IBAN_CODE", gen)
            break
        except RuntimeError:
            ib = new_fr_iban()
    b.t(fl() + C(["c'est ", "l'iban ", "alors "]))
    b.v("IBAN_CODE", t, c, k)
    return b


def T_rib_fields():
    raw = P(0.5)
    b = B(raw)
    bank, g, a, k = fr_rib()
    canon = bank + g + a + k
    if raw:
        t = "%s code guichet %s numéro de compte %s clé %s" % (say(bank, [5]) if bank[0] != "0" else digits_words(bank),
                                                           digits_words(g), digits_words(a), say_chunk(k))
        kind = "s"
        if not rb_ok("IBAN_CODE", t, canon):
            t = "%s code guichet %s numéro de compte %s clé %s" % (bank, g, a, k)
            kind = "w"
    else:
        t = "%s, code guichet %s, numéro de compte %s, clé RIB %s" % (bank, g, a, k)
        kind = "w"
    b.t(fl(0.5 if raw else 0) + C(["Sur mon RIB il y a code banque ", "Alors, le RIB : banque ", "Code banque "]))
    b.v("IBAN_CODE", t, canon, kind)
    b.t(C(["", ". Domiciliation : agence de " + C(FR_AGENCY) + ".", " voilà c'est tout ce qu'il y a"]))
    return b


def T_iban_ma_rib():
    raw = P(0.4)
    b = B(raw)
    bank, city, acct, k = ma_rib()
    canon = bank + city + acct + k
    if raw:
        t = digits_words(bank) + " " + digits_words(city) + " " + say(acct, [2] * 8) + " " + say_chunk(k)
        kind = "s"
        if not rb_ok("IBAN_CODE", t, canon):
            t = digits_words(canon)
    else:
        t = C([" ".join([bank, city, acct, k]), canon, "%s %s %s %s" % (bank, city, " ".join(cut(acct, [4] * 4)), k)])
        kind = "w"
    b.t(C(["Le RIB marocain : ", "rib dyali ", "Mon RIB chez la banque au Maroc : ", "le rib c'est "]))
    b.v("IBAN_CODE", t, canon, kind)
    b.t(C(["", " (compte en dirhams)", " chokran", ". C'est pour le remboursement."]))
    return b


def T_iban_foreign():
    b = B(False)
    COUNTERS["foreign"] += 1
    cc = ["ES", "BE", "DE", "PT", "ES"][COUNTERS["foreign"] % 5]
    ib = foreign_iban(cc)
    country = {"ES": "en Espagne", "BE": "en Belgique", "DE": "en Allemagne", "PT": "au Portugal"}[cc]
    b.t(C(["Mon compte est " + country + " : ", "J'ai un compte " + country + ", IBAN ", "iban (" + country + ") "]))
    b.v("IBAN_CODE", C([iban_groups(ib), ib]), ib, "w")
    b.t(C(["", ", est-ce que le prélèvement SEPA marche ?", " merci"]))
    return b


def T_iban_agent_split():
    b = B(True)
    for _ in range(50):
        ib = new_fr_iban()
        gs = cut(ib[4:], [4] * 6)
        f1 = ib[:4] + "".join(gs[:3])
        f2 = "".join(gs[3:])
        a = " ".join(ib[:2].lower()) + " " + say_chunk(ib[2:4]) + " " + " ".join(say(x, [2, 2]) for x in gs[:3])
        c2 = " ".join(say(x, [2, 2]) if len(x) == 4 else say(x, [2, 1]) for x in gs[3:])
        if rb_ok("IBAN_CODE", a, f1) and rb_ok("IBAN_CODE", c2, f2):
            break
    b.t("client : " + fl(0.5))
    b.v("IBAN_CODE", a, f1, "s", group="ib")
    b.t(" agent : " + C(["attendez pas si vite", "oui je note", "doucement s'il vous plaît", "ok la suite"]) + " client : " + fl(0.5))
    b.v("IBAN_CODE", c2, f2, "s", group="ib")
    return b


def nir_written(n):
    g = cut(n, nir_sizes(n))
    o = C(["groups", "run", "keysep", "dots"])
    if o == "groups":
        return " ".join(g)
    if o == "run":
        return n
    if o == "keysep":
        return n[:13] + " clé " + n[13:]
    return ".".join(g[:-1]) + " " + g[-1]


def nir_sizes(n):
    if n[5:8] in ("971", "972", "973", "974", "976"):
        return [1, 2, 2, 3, 2, 3, 2]
    return [1, 2, 2, 2, 3, 3, 2]


def say_nir(n, style="std", sizes=None):
    out = []
    for ch in cut(n, sizes or nir_sizes(n)):
        if ch in ("2A", "2B"):
            out.append("deux " + ch[1].lower())
        else:
            out.append(say_chunk(ch, style))
    return " ".join(out)


def nir_spoken(n, force=None):
    def gen():
        how = force or C(["std", "nohyph", "cle", "mixed", "pairs", "digits"])
        if how == "std":
            return say_nir(n), n, "s"
        if how == "nohyph":
            return say_nir(n, "nohyph"), n, "s"
        if how == "cle":
            s = say_nir(n)
            head, key = s.rsplit(" ", 1) if " " not in say_chunk(n[13:]) else (s[: -len(say_chunk(n[13:])) - 1], say_chunk(n[13:]))
            return head + " clé " + key, n, "s"
        if how == "pairs" and "A" not in n and "B" not in n:
            return say(n, [2] * 8), n, "s"
        if how == "digits":
            return " ".join(x.lower() if x.isalpha() else nw(int(x)) for x in n), n, "s"
        g = cut(n, nir_sizes(n))
        return " ".join(g[:4]) + " " + " ".join(say_chunk(x) for x in g[4:]), n, "m"
    return until_ok("FR_NIR", gen)


def T_nir_raw():
    b = B(True)
    n = nir(C(["metro"] * 6 + ["corse", "dom"]))
    b.t(fl() + C(["mon numéro de sécu c'est le ", "le numéro de sécurité sociale c'est ", "sur la carte vitale il y a ",
                  "alors mon numéro ", "le numéro de ma carte vitale "]))
    t, c, k = nir_spoken(n)
    b.v("FR_NIR", t, c, k)
    b.t(C(["", " voilà", " c'est pour la mutuelle", " c'est pour l'arrêt de travail"]))
    return b


def T_nir_chat():
    b = B(False)
    COUNTERS["nirchat"] += 1
    n = nir(["metro", "dom", "metro", "corse"][COUNTERS["nirchat"] % 4])
    b.t(C(["N° sécu : ", "numero de secu ", "Mon NIR : ", "Numéro de sécurité sociale (pour l'attestation) : "]))
    b.v("FR_NIR", nir_written(n), n, "w")
    b.t(C(["", " merci", ". Je vous envoie l'attestation par mail."]))
    return b


def T_nir_key_split():
    raw = P(0.6)
    b = B(raw)
    for _ in range(200):
        n = nir()
        head, key = n[:13], n[13:]
        th = say_nir(head, sizes=[1, 2, 2, 2, 3, 3])
        if rb_ok("FR_NIR", th, head):
            break
    b.t("client : " + fl(0.5 if raw else 0))
    if raw:
        tk, kk = say_chunk(key), "s"
    else:
        th, tk, kk = " ".join(cut(head, [1, 2, 2, 2, 3, 3])), key, "w"
    b.v("FR_NIR", th, head, kk, group="nir")
    b.t(" agent : " + C(["et la clé ?", "il me manque les deux derniers chiffres", "et la clé à la fin ?"]) +
        " client : " + C(["ah oui ", "pardon ", "la clé c'est "]))
    b.v("FR_NIR", tk, key, kk, group="nir")
    return b


def T_nir_whisper():
    b = B(False, "spoken")
    n = nir()
    b.t(C(["Alors, mon numéro de sécurité sociale, c'est le ", "Oui. Le numéro, c'est "]))
    b.v("FR_NIR", ", ".join(cut(n, nir_sizes(n))), n, "w")
    b.t(C([".", ". Voilà.", ". C'est pour le remboursement."]))
    return b


def T_identity_check():
    """Agent identity check: name, date of birth, postcode/address. Raw or punctuated."""
    raw = P(0.55)
    b = B(raw)
    fn, ln = person()
    d, m, y = dob()
    mode = C(["iso", "dots", "slash_short", "words_month", "spoken_full", "spoken_dixneuf", "spoken_numeric",
              "mixed", "stt_digits"] if raw else ["iso", "dots", "slash_short", "slash", "words_month"])
    if raw and mode in ("iso", "dots", "slash_short"):
        mode = C(["spoken_full", "spoken_numeric", "stt_digits", "mixed", "spoken_dixneuf"])
    dt, dk = dob_text(d, m, y, mode)
    b.t("agent : " + C(["pour vérifier votre identité, votre nom et date de naissance ?",
                        "vous êtes le titulaire ? nom prénom et date de naissance svp"]) + " client : " + fl(0.4 if raw else 0))
    if P(0.3):
        b.v("PERSON", low(ln.upper() + " " + fn, raw), kind="n")
    else:
        b.v("PERSON", low(fn + " " + ln, raw), kind="n")
    b.t(C([" %s le " % ne(fn), ", ", " le "]))
    b.v("DATE_OF_BIRTH", dt, kind=dk)
    if P(0.5):
        b.t(C([" et j'habite ", ", adresse : ", " et mon adresse c'est le "]))
        t, k = addr_fr(raw) if P(0.6) else addr_ma(raw)
        b.v("ADDRESS", t, kind=k)
    b.t(C(["", " voilà", ". Je suis client depuis 2014."]))
    return b


def T_dob_forms():
    raw = P(0.5)
    b = B(raw)
    d, m, y = dob()
    if raw:
        mode = C(["spoken_full", "spoken_dixneuf", "spoken_numeric", "mixed", "stt_digits"])
    else:
        mode = C(["iso", "dots", "slash_short", "words_month"])
    dt, dk = dob_text(d, m, y, mode)
    who = C(["je suis né le ", "ma date de naissance c'est le ", "ma fille est née le ", "mon mari est né le ",
             "date de naissance : "])
    b.t(fl(0.5 if raw else 0) + who)
    b.v("DATE_OF_BIRTH", dt, kind=dk)
    b.t(C([" et j'ai souscrit le contrat le 3 janvier", " mais le contrat est au nom de ma mère", "",
           " j'ai " + str(2026 - y) + " ans", ", le rendez-vous c'est mardi 14 à 10h"]))
    return b


def T_address_split():
    raw = P(0.55)
    b = B(raw)
    num = rng.randint(1, 150)
    street = fake.street_name()
    cp, city = fake.postcode(), fake.city()
    b.t("client : " + fl(0.5 if raw else 0) + C(["j'habite au ", "c'est au ", "l'adresse c'est "]))
    s1 = "%s %s" % (nw(num) if raw and P(0.5) else num, street)
    b.v("ADDRESS", low(s1, raw), kind="s" if not re.search(r"\d", s1) else "w", group="ad")
    b.t(" agent : " + C(["et le code postal ?", "dans quelle ville ?", "code postal et ville ?"]) + " client : ")
    if raw and P(0.6):
        s2 = C([nw(int(cp)) if cp[0] != "0" else digits_words(cp), digits_words(cp), say(cp, [2, 3])]) + " " + city.lower()
        k2 = "s"
    else:
        s2 = "%s %s" % (cp, low(city, raw))
        k2 = "w"
    b.v("ADDRESS", s2, kind=k2, group="ad")
    b.t(C(["", " voilà", " pas loin de l'agence"]))
    return b


def T_address_ma():
    raw = P(0.5)
    b = B(raw)
    fn, ln = person(True)
    b.t(fl(0.5 if raw else 0) + C(["Je m'appelle ", "Moi c'est ", "Au nom de "]) + (("lalla " if fem(fn) else "si ") if raw and P(0.3) else ""))
    b.v("PERSON", low(fn + " " + ln, raw), kind="n")
    b.t(C([" et j'habite ", ", l'adresse c'est ", ", pour la livraison : "]))
    t, k = addr_ma(raw)
    b.v("ADDRESS", t, kind=k)
    b.t(C(["", " à côté de la mosquée " + C(["Al Fath", "Badr", "Essounna"]),
           " en face de la pharmacie " + C(["Nour", "Al Amal", "Centrale"]), ", l'agence de " + C(MA_CITIES) + " ne répond pas"]))
    return b


def T_address_fr():
    raw = P(0.55)
    b = B(raw)
    t, k = addr_fr(raw)
    b.t(fl(0.5 if raw else 0) + C(["Nouvelle adresse : ", "je déménage au ", "l'adresse de facturation c'est le ",
                                   "Le compteur Linky est au "]))
    b.v("ADDRESS", t, kind=k)
    b.t(C(["", " à partir du 1er juin", ", le relevé c'était 45 210 kWh", " voilà"]))
    return b


def T_cin():
    raw = P(0.55)
    b = B(raw)
    c = cin()
    if raw:
        t, cc, k = cin_spoken(c)
    else:
        letters = re.match(r"[A-Z]+", c).group()
        t = C([c, c.lower(), letters + "-" + c[len(letters):], letters + " " + c[len(letters):],
               letters.capitalize() + c[len(letters):]])
        cc, k = c, "w"
    b.t(fl(0.5 if raw else 0) + C(["Mon numéro de CIN : ", "la carte nationale c'est ", "cin dyali ",
                                   "le numéro de ma carte d'identité marocaine c'est ", "CIN : ", "ra9m lbita9a "]))
    b.v("MA_CIN", t, cc, k)
    b.t(C(["", " voilà", " 3afak", ", valable jusqu'en 2031", " et le contrat est à " + C(MA_CITIES)]))
    return b


def T_cin_person_phone():
    raw = P(0.5)
    b = B(raw)
    fn, ln = person(True)
    c = cin()
    b.t(fl(0.5 if raw else 0) + C(["Bonjour, ", "Salam, ", ""]) + C(["je suis ", "ici "]))
    b.v("PERSON", low(fn + " " + ln, raw), kind="n")
    b.t(C([", CIN ", ", carte d'identité numéro ", " cin "]))
    if raw:
        t, cc, k = cin_spoken(c)
    else:
        t, cc, k = c, c, "w"
    b.v("MA_CIN", t, cc, k)
    b.t(C([", joignable au ", " et mon téléphone ", ", ra9mi "]))
    d = new_phone(True, True)
    PHONE_MA[d] = True
    if raw:
        t2, c2, k2 = phone_spoken(d)
    else:
        t2, c2 = phone_written(d)
        k2 = "w"
    b.v("PHONE_NUMBER", t2, c2, k2)
    return b


def cust_id():
    f = C(["ve", "ct", "asr", "tel", "prm", "pol"])
    if f == "ve":
        v = "VE-%s-%s" % (R(4), R(5))
    elif f == "ct":
        v = "CT%s" % R(8)
    elif f == "asr":
        v = "ASR/%d/%s" % (rng.randint(2015, 2025), R(6))
    elif f == "tel":
        v = R(10)
    elif f == "prm":
        v = R(14)
    else:
        v = "%s %s %s %s" % (R(1), R(3), R(3), C("ABCKX"))
    return f, v


def T_customer_id():
    raw = P(0.5)
    b = B(raw)
    f, v = cust_id()
    lab = {"ve": "mon numéro client Volta Énergie c'est ", "ct": "le numéro de contrat c'est ",
           "asr": "ma police Assuréa c'est la ", "tel": "mon numéro de compte client ",
           "prm": "le numéro PRM du Linky c'est ", "pol": "police d'assurance numéro "}[f]
    if raw:
        if f in ("tel", "prm"):
            t = say(v, [2] * 7) if P(0.5) else digits_words(v)
            k = "s"
        elif f == "ve":
            t = "v e " + say(v[3:7], [2, 2]) + " " + digits_words(v[8:])
            k = "s"
        elif f == "pol":
            t = nw(int(v[0])) + " " + say(v[2:5], [3]) + " " + say(v[6:9], [3]) + " " + v[-1].lower()
            k = "s"
        else:
            t = v.lower()
            k = "w"
    else:
        t, k = v, "w"
    b.t(fl(0.5 if raw else 0) + C(["Bonjour, ", "", "Oui, "]) + lab)
    b.v("CUSTOMER_ID", t, kind=k)
    b.t(C(["", " et la facture est de 134,56 €", ", c'est pour un échéancier", ", je n'ai plus internet depuis 3 jours",
           " et j'ai un sinistre dégât des eaux du 12 février"]))
    return b


def T_secret():
    raw = P(0.55)
    b = B(raw)
    f = C(["pwd_at", "pwd", "pin", "otp", "boite", "answer", "wifi"])
    if f == "pwd_at":
        w = C(["Soleil", "Marrakech", "Papillon", "Atlas", "Bordeaux"])
        yr = rng.randint(1980, 2024)
        if raw:
            t, k = "%s arobase %s" % (w.lower(), nw(yr)), "s"
        else:
            t, k = "%s@%d" % (w, yr), "w"
        lab = C(["mon mot de passe c'est ", "le mot de passe de l'espace client : "])
    elif f == "pwd":
        w = C(["kenza", "lyon", "chouchou", "tigre", "yasmine", "zidane"])
        n = rng.randint(10, 99)
        sym = C(["!", "#", "*", "$"])
        if raw:
            t = "%s %s majuscule %s %s" % (w, w[0], nw(n), {"!": "point d'exclamation", "#": "dièse", "*": "étoile", "$": "dollar"}[sym])
            k = "s"
        else:
            t, k = w.capitalize() + str(n) + sym, "w"
        lab = C(["mdp : ", "le mot de passe c'est ", "mon code d'accès "])
    elif f == "pin":
        p = R(4)
        t, k = (say(p, [2, 2]) if raw else p), ("s" if raw else "w")
        lab = C(["le code confidentiel de ma carte c'est ", "mon code pin c'est "])
    elif f == "otp":
        p = R(6)
        t, k = (C([say(p, [3, 3]), say(p, [2, 2, 2])]) if raw else C([p, p[:3] + " " + p[3:]])), ("s" if raw else "w")
        lab = C(["le code reçu par SMS c'est ", "j'ai reçu le code ", "le code de vérification : "])
    elif f == "boite":
        p = R(4)
        t, k = (digits_words(p) if raw else p), ("s" if raw else "w")
        lab = "le code de la boîte à clés pour le technicien c'est "
    elif f == "answer":
        t, k = low(C(["Rex", "Tintin", "Mimi", "Casablanca", "Lucky", "Simba"]), raw), "n"
        lab = C(["la réponse à la question secrète c'est ", "le nom de mon premier animal : "])
    else:
        p = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        t, k = (" ".join(p) if raw else p), ("s" if raw else "w")
        lab = "la clé wifi derrière la box c'est "
    b.t(fl(0.5 if raw else 0) + lab)
    b.v("SECRET", t, kind=k)
    b.t(C(["", " mais ça ne marche pas", " je l'ai changé hier", ", c'est urgent"]))
    return b


def ip_pub():
    a = C([rng.randint(77, 93), rng.randint(105, 109), rng.randint(176, 196), rng.randint(41, 41), 196, 105])
    if a == 41 or a == 196 or a == 105:
        a = C([41, 196, 105, 160])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def T_ip():
    raw = P(0.5)
    b = B(raw)
    ip = ip_pub() if P(0.75) else "192.168.%d.%d" % (C([0, 1, 1, 10]), rng.randint(2, 254))
    if raw:
        def gen():
            parts = ip.split(".")
            how = C(["num", "digits", "mix"])
            if how == "num":
                sp = [nw(int(p)) for p in parts]
            elif how == "digits":
                sp = [digits_words(p) for p in parts]
            else:
                sp = [p if P(0.5) else nw(int(p)) for p in parts]
            return " point ".join(sp), ip, ("m" if how == "mix" and any(x.isdigit() for x in sp) and not all(x.isdigit() for x in sp)
                                            else "w" if all(x.isdigit() for x in sp) else "s")
        t, c, k = until_ok("IP_ADDRESS", gen)
    else:
        t, c, k = ip, ip, "w"
    b.t(fl(0.5 if raw else 0) + C(["mon adresse IP c'est ", "l'IP de la box : ", "ip publique ", "le technicien m'a demandé l'IP, c'est "]))
    b.v("IP_ADDRESS", t, c, k)
    if not raw and P(0.5):
        b.text += ":" + C(["8080", "443", "22", "3389"])
    b.t(C(["", " et le débit est à 2 Mb/s au lieu de 300", ", la box est en version 7.2.10", " voilà"]))
    return b


def T_person_spelled():
    raw = P(0.7)
    b = B(raw)
    fn, ln = person()
    l = slug(ln)
    b.t(fl(0.5 if raw else 0) + C(["je m'appelle ", "le titulaire c'est ", "c'est au nom de ", "mon nom c'est "]))
    how = C(["letters", "hint", "upper"])
    if how == "letters":
        b.v("PERSON", low(fn, raw) + " " + low(ln, raw) + " " + " ".join(l), kind="s")
        b.t(C(["", " voilà"]))
    elif how == "hint":
        b.v("PERSON", low(fn + " " + ln, raw), kind="n")
        b.t(C([" avec un h", " avec deux l", " sans accent", " en un seul mot", " avec un tiret"]))
    else:
        b.v("PERSON", (ln.upper() + " " + fn) if not raw else low(ln + " " + fn, raw), kind="n")
        b.t(C([" nom puis prénom", ""]))
    return b


def T_third_party():
    raw = P(0.5)
    b = B(raw)
    fn, ln = person()
    rel2, g2 = C([("son fils", "m"), ("sa fille", "f"), ("son neveu", "m"), ("sa nièce", "f")])
    fn2 = person(P(0.4), g2)[0]
    f = fem(fn)
    b.t(fl(0.5 if raw else 0) + C(["J'appelle pour ", "C'est pour le compte de "]) +
        C([title(fn), "ma mère " if f else "mon père "]))
    b.v("PERSON", low(fn + " " + ln, raw), kind="n")
    b.t(", je suis " + rel2 + C([", moi c'est ", ", mon prénom c'est ", " "]))
    b.v("PERSON", low(fn2, raw), kind="n")
    b.t(C([", %s a quatre-vingt-deux ans et n'entend plus bien." % ("elle" if f else "il"),
           ", %s est %s depuis deux semaines." % (("elle", "hospitalisée") if f else ("il", "hospitalisé")),
           ", on veut mettre le contrat à mon nom."]))
    return b


def T_combo_contract():
    """Signing a new contract: several values in one utterance (chat)."""
    b = B(False)
    fn, ln = person()
    toks, dom = email_for(fn, ln)
    e = email_written(toks, dom)
    ib = new_fr_iban()
    b.t(C(["Bonjour, je souhaite souscrire l'offre Volta Fixe 2 ans. ", "Pour l'ouverture de contrat : "]))
    b.t("Je suis ")
    b.v("PERSON", fn + " " + ln, kind="n")
    b.t(", mail ")
    b.v("EMAIL_ADDRESS", e, e, "w")
    b.t(", IBAN ")
    b.v("IBAN_CODE", C([iban_groups(ib), ib]), ib, "w")
    if P(0.5):
        b.t(", %s le " % ne(fn))
        b.v("DATE_OF_BIRTH", dob_text(*dob(), C(["slash", "iso", "words_month"]))[0], kind="w")
    b.t(". Mise en service souhaitée le 15 du mois prochain.")
    return b


def T_combo_raw():
    b = B(True)
    d = new_phone(P(0.3))
    fn, ln = person()
    toks, dom = email_for(fn, ln)
    canon = email_written(toks, dom)
    b.t(fl() + "c'est ")
    b.v("PERSON", low(fn + " " + ln, True), kind="n")
    b.t(" " + fl(0.5) + C(["mon numéro ", "le portable "]))
    t, c, k = phone_spoken(d)
    b.v("PHONE_NUMBER", t, c, k)
    b.t(" " + fl(0.4) + C(["et le mail ", "et pour l'email "]))
    te, ce, ke = until_ok("EMAIL_ADDRESS", lambda: (email_spoken(toks, dom), canon, "s"))
    b.v("EMAIL_ADDRESS", te, ce, ke)
    b.t(C(["", " voilà", " merci"]))
    return b


def T_card_nir_mixed():
    b = B(True)
    n = nir()
    cd = card()
    b.t(fl() + "pour la mutuelle le numéro de sécu c'est ")
    t, c, k = nir_spoken(n)
    b.v("FR_NIR", t, c, k)
    b.t(" et pour payer la cotisation de trente-deux euros " + fl(0.5) + "la carte c'est ")
    t2, c2, k2 = card_spoken(cd)
    b.v("CREDIT_CARD", t2, c2, k2)
    return b


def T_value_alone():
    """Value alone, the whole utterance (chat reply to a question)."""
    b = B(False)
    typ = C(["PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "FR_NIR", "CREDIT_CARD"])
    if typ == "PHONE_NUMBER":
        d = new_phone(P(0.35))
        t, c = phone_written(d)
    elif typ == "EMAIL_ADDRESS":
        toks, dom = email_for(*person())
        t = c = email_written(toks, dom)
    elif typ == "IBAN_CODE":
        c = new_fr_iban()
        t = iban_groups(c, P(0.3))
    elif typ == "FR_NIR":
        c = nir()
        t = nir_written(c)
    else:
        c = card()
        t = card_written(c)
    b.v(typ, t, c, "w")
    return b


def T_agent_name():
    raw = P(0.6)
    b = B(raw)
    ag = C(AGENTS)
    b.t("agent : Volta Énergie bonjour, ")
    b.v("PERSON", low(ag, raw), kind="n")
    b.t(C([" à votre écoute.", " j'écoute."]) + " client : " + fl(0.5 if raw else 0) + "oui bonjour ")
    b.v("PERSON", low(ag, raw), kind="n")
    b.t(", " + C(["j'ai reçu une facture de 312 euros", "mon compteur Linky affiche une erreur", "je voudrais résilier"]) + ", mon numéro client c'est ")
    f, v = cust_id()
    b.v("CUSTOMER_ID", v.lower() if raw else v, kind="w")
    return b


# ---------------------------------------------------------------- templates without PII

def de_mois():
    m = C(MOIS)
    return ("d'" if m[0] in "aeiou" else "de ") + m


def T_none():
    raw = P(0.55)
    b = B(raw)
    ag = C(FR_AGENCY)
    mac = C(MA_CITIES)
    amt = "%d,%02d" % (rng.randint(18, 480), rng.randint(0, 99))
    idx = "%d %03d" % (rng.randint(1, 89), rng.randint(0, 999))
    opts = [
        "Ma facture Volta Énergie %s est passée à %s € alors que l'index relevé est %s kWh." % (de_mois(), amt, idx),
        "Le Linky affiche %s en heures pleines et %s en heures creuses, c'est normal ?" % (idx, "%d %03d" % (rng.randint(1, 40), rng.randint(0, 999))),
        "Le technicien doit passer le %d %s entre 8h et 12h, je peux décaler au jeudi ?" % (rng.randint(1, 28), C(MOIS)),
        "J'attends le remboursement Assuréa de %s € depuis trois semaines." % amt,
        "L'agence de %s m'a dit de rappeler le 3900, c'est toujours ce numéro ?" % ag,
        "Je suis dans le %d, est-ce que l'offre fibre 1 Gb/s à 29,99 € par mois est disponible ?" % C([93, 69, 13, 59, 33, 75]),
        "La box est en version 7.%d.%d et le débit descend à %d Mb/s le soir." % (rng.randint(0, 9), rng.randint(1, 30), rng.randint(1, 20)),
        "J'ai %d ans et je voudrais savoir si le tarif senior s'applique chez Assuréa." % rng.randint(60, 85),
        "Le prélèvement du 5 %s de %s € a été rejeté, je peux payer en trois fois ?" % (C(MOIS), amt),
        "Mon contrat habitation à %s € par an, il couvre le bris de glace ?" % amt,
        "Je passe de 6 kVA à 9 kVA, ça coûte combien, %d,%02d € de plus par mois ?" % (rng.randint(2, 9), rng.randint(0, 99)),
        "Salam, wach l'agence dyal %s mftou7a nhar s-sebt ?" % mac,
        "Le forfait 20 Go à 9,99 € est toujours dispo ou il y a seulement le 100 Go à 15,99 € ?",
        "Mon index de gaz c'est 0%d%03d m3, je l'ai relevé ce matin à 7h30." % (rng.randint(10, 99), rng.randint(0, 999)),
        "La coupure a duré de 14h10 à 18h45, ça fait %d heures sans courant." % rng.randint(3, 6),
        "Je veux un rendez-vous à l'agence de %s la semaine du %d %s." % (C(MA_CITIES + FR_AGENCY), rng.randint(1, 28), C(MOIS)),
        "L'échéancier prévoit 10 mensualités de %s €, la première le 10 %s." % (amt, C(MOIS)),
        "J'ai appelé le 39 29 hier, on m'a dit 48 heures de délai pour la mise en service.",
        "Le sinistre du %d %s, le plafond de garantie c'est 1 500 € ou 3 000 € ?" % (rng.randint(1, 28), C(MOIS)),
        "Mon fils de %d ans peut-il être ajouté comme conducteur secondaire ?" % rng.randint(18, 25),
        "chokran bzaf, safi l'mochkil t7el, la facture dyal %s dirhams wslat." % rng.randint(150, 900),
        "Vous avez bien reçu les 3 photos du compteur Linky et la facture %s ?" % de_mois(),
        "La résiliation prendra effet le 31 %s, il me reste %d jours." % (C(["mars", "mai", "juillet", "août", "octobre", "décembre"]), rng.randint(5, 29)),
        "Je compare avec l'offre de TotalEnergies à 0,2276 € le kWh contre 0,2516 € chez Volta Énergie.",
        "Le code promo BIENVENUE25 ne marche pas sur le site, ça fait -25 € normalement.",
        "Je paie %d € par mois depuis 2019, et la régularisation de %s € tombe le 14 avril." % (rng.randint(40, 160), amt),
        "L'attestation Assuréa pour l'école, il me la faut avant le 2 septembre.",
        "Wach kayn chi offre dyal fibre f %s b 299 dirhams ?" % mac,
        "La franchise c'est 150 € ou 380 € pour une voiture de 2017 ?",
        "J'ai eu %d coupures de 20 minutes cette semaine, l'agence de %s est au courant ?" % (rng.randint(2, 6), ag),
        "Le jour rouge Tempo c'est 0,7562 € le kWh, et il y en a 22 par an, c'est bien ça ?",
        "J'ai signé le %d mai, le délai de rétractation de 14 jours court toujours ?" % rng.randint(2, 20),
        "Ma consommation a doublé : %d kWh contre %d kWh l'an dernier sur la même période." % (rng.randint(1500, 3900), rng.randint(700, 1400)),
        "L'offre Assuréa Auto Tiers Plus à 38,50 € par mois inclut l'assistance 0 km ?",
        "Le ping est à %d ms et la box redémarre toutes les 2 heures depuis la mise à jour 7.4.1." % rng.randint(12, 90),
        "Salam, l'facture dyal had chhar %d dh, 3lach tal3a bzaf ?" % rng.randint(180, 950),
        "Le conseiller de l'agence de %s m'a promis un geste commercial de 50 €." % C(MA_CITIES + FR_AGENCY),
        "Relevé de janvier 2025 : %d kWh, celui de juillet : %d kWh." % (rng.randint(10000, 19999), rng.randint(20000, 29999)),
        "Mon compteur affiche 8888 qui clignote depuis 6h ce matin, c'est une panne ?",
        "Pour la mise en service il faut 5 jours ouvrés, donc ce sera le %d ?" % rng.randint(2, 28),
    ]
    b.t(fl(0.6 if raw else 0) + C(opts))
    if raw:
        b.text = b.text.strip()
    return b


# ---------------------------------------------------------------- plan

PLAN = [
    (T_phone_raw, 22), (T_phone_whisper, 9), (T_phone_sms, 10), (T_phone_darija_digits, 6), (T_phone_interrupt, 8),
    (T_phone_agent_wrong, 6), (T_phone_two, 6), (T_voicemail, 9), (T_web_form, 6),
    (T_email_spoken, 20), (T_email_mixed_stt, 7), (T_email_chat_typo, 18), (T_email_agent_readback, 6),
    (T_email_darija, 5),
    (T_card_raw, 12), (T_card_interrupt, 6), (T_card_chat, 10), (T_card_pin_otp, 6), (T_card_agent_split, 4),
    (T_iban_chat, 10), (T_iban_raw, 10), (T_iban_interrupt, 5), (T_rib_fields, 5), (T_iban_ma_rib, 5),
    (T_iban_foreign, 5), (T_iban_agent_split, 3),
    (T_nir_raw, 14), (T_nir_chat, 8), (T_nir_key_split, 6), (T_nir_whisper, 5),
    (T_identity_check, 16), (T_dob_forms, 13), (T_address_split, 6), (T_address_ma, 10), (T_address_fr, 8),
    (T_cin, 17), (T_cin_person_phone, 6), (T_customer_id, 18), (T_secret, 18), (T_ip, 17),
    (T_person_spelled, 9), (T_third_party, 6), (T_combo_contract, 6), (T_combo_raw, 6), (T_card_nir_mixed, 4),
    (T_value_alone, 8), (T_agent_name, 5),
    (T_none, 75),
]


def validate_value(typ, canon):
    c = canon.replace(" ", "")
    if typ == "CREDIT_CARD":
        assert c.isdigit() and len(c) in (15, 16, 19) and luhn_ok(c), canon
    elif typ == "IBAN_CODE":
        if c[:2].isalpha():
            assert iban_ok(c) and national_ok(c.upper()), canon
        elif len(c) == 23:
            assert fr_rib_ok(c), canon
        else:
            assert len(c) == 24 and ma_rib_ok(c), canon
    elif typ == "FR_NIR":
        assert nir_ok(c), canon
    elif typ == "PHONE_NUMBER":
        assert phone_ok(canon), canon
    elif typ == "EMAIL_ADDRESS":
        e = canon.lower().replace(" ", "").replace(",", ".")
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z]{2,})+", e), canon
    elif typ == "MA_CIN":
        assert re.fullmatch(r"[A-Z]{1,2}\d{5,6}", c), canon
    elif typ == "IP_ADDRESS":
        parts = c.split(".")
        assert len(parts) == 4 and all(0 <= int(p) <= 255 for p in parts), canon


RAWFLAGS = []


def main():
    jobs = []
    for fn, n in PLAN:
        jobs.extend([fn] * n)
    assert len(jobs) == 500, len(jobs)
    rng.shuffle(jobs)
    rows, canon_info = [], []
    for i, fn in enumerate(jobs):
        b = fn()
        text = b.text.rstrip(" ")
        assert all(s["end"] <= len(text) for s in b.spans)
        rid = "b6-%04d" % (i + 1)
        rows.append({"id": rid, "text": text,
                     "spans": [{"type": s["type"], "start": s["start"], "end": s["end"], "value": s["value"]} for s in b.spans],
                     "form": b.form()})
        canon_info.append(b.spans)
        RAWFLAGS.append(b.raw)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- validation, from the file
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(x) for x in f]
    assert len(back) == 500 and len({r["id"] for r in back}) == 500
    types = Counter()
    forms = Counter()
    for r, spans in zip(back, canon_info):
        t = r["text"]
        assert t == t.strip() and "  \n" not in t
        prev = 0
        for s in r["spans"]:
            assert t[s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= prev and s["end"] > s["start"], r["id"]
            prev = s["end"]
            types[s["type"]] += 1
        assert (r["form"] == "none") == (not r["spans"])
        forms[r["form"]] += 1
        groups = {}
        for s in spans:
            if s["canon"] is None:
                continue
            if s["rb"] and s["kind"] != "n" and s["type"] != "EMAIL_ADDRESS" or (s["type"] == "EMAIL_ADDRESS" and s["kind"] == "s"):
                assert rb_ok(s["type"], s["value"], s["canon"]), (r["id"], s["value"], s["canon"], readback(s["value"]))
            if s["group"]:
                groups.setdefault(s["group"], []).append(s)
            else:
                validate_value(s["type"], s["canon"])
        for g in groups.values():
            validate_value(g[0]["type"], "".join(s["canon"] for s in g))
        # written values checked straight from the text too
        for s, s2 in zip(r["spans"], spans):
            v = s["value"]
            if s2["group"]:
                continue
            if s["type"] == "CREDIT_CARD" and re.fullmatch(r"[\d .-]+", v):
                validate_value("CREDIT_CARD", re.sub(r"\D", "", v))
            if s["type"] == "IBAN_CODE" and re.fullmatch(r"[A-Za-z]{2}\d\d[\dA-Za-z ]+", v):
                validate_value("IBAN_CODE", v.replace(" ", "").upper())
            if s["type"] == "FR_NIR" and re.fullmatch(r"[\dAB .,]+", v):
                validate_value("FR_NIR", re.sub(r"[ .,]", "", v))
    strict = sum(types[k] for k in ("CREDIT_CARD", "IBAN_CODE", "FR_NIR", "PHONE_NUMBER", "EMAIL_ADDRESS"))
    raw = sum(1 for b in RAWFLAGS if b)
    print("utterances", len(back), "values", sum(types.values()), "strict", strict, "raw speech-to-text", raw)
    print("by type:", dict(sorted(types.items(), key=lambda x: -x[1])))
    print("by form:", dict(sorted(forms.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()

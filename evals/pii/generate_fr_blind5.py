"""Blind evaluation set no. 5 for the French / Moroccan PII scrubber: writes fr_blind5.jsonl.

    .venv/bin/python evals/pii/generate_fr_blind5.py

500 customer utterances (and a few short agent/customer exchanges) to French and Moroccan contact centres: an energy
supplier (Volta Énergie, Lydec/Redal style utilities), an insurer (Assuréa), telecom operators and banks. Written by a
helper that read only evals/pii/README.md and knowledge/, never the scrubber, the tests or the other sets.
Standard library, Faker (fr_FR) and num2words only; seed 5151; the output is byte-identical for the same library
versions. Every carrier template below was written for this set.

Line format: {"id": "b5-0001", "text": ..., "spans": [{"type", "start", "end", "value"}], "form": ...}.
Spans are recorded while the text is assembled (class Utt), never searched for afterwards.

Labelling choices (where the README leaves room):
- A title (madame, monsieur, M., Mme, docteur) is outside a PERSON span; a spelled-out name is inside it, and a name
  followed by its spelling ("dupont d u p o n t") is ONE span.
- An interjection or a self-correction spoken inside a value ("zéro six douze euh attendez trente-quatre",
  "quinze euh non seize rue ...") is inside its span: the span runs from the first to the last character of the value.
- A value split by a labelled turn of the other speaker ("client : zéro six douze agent : oui client : trente-quatre
  ...") is TWO spans of the same type, one per customer turn; the agent's words are outside. Without a speaker label a
  backchannel ("oui", "hm") is an interjection and stays inside one span.
- A value read back by the agent is labelled like the customer's own.
- The agent's own first name is PERSON. A city, a country, an agency, a street of a public agency, a brand, an offer,
  an amount, a reading, a bill, accident or appointment date, a year that is not a birth year, a duration, a BIC and a
  short public service number (3900) are not PII.
- NIR: the words "clé" between the 13 digits and the key are inside the span. DATE_OF_BIRTH covers the date only
  ("née le [12 mars 1985]").
- A French RIB (bank, branch, account, key) and a Moroccan RIB (24 digits) are IBAN_CODE, like IBANs.
- SECRET covers PINs, passwords, one-time SMS codes, card security codes (cryptogramme), door codes, Wi-Fi keys, PUK
  codes and the answer to a secret question. A phrase that describes the password after it ("tout attaché",
  "sans espace") is outside; "majuscule" spoken inside the password is inside.
- ADDRESS covers the street number to the city when they are said together (with bis/ter, building, flat, lieu-dit,
  postcode); Moroccan addresses (hay, résidence, derb, lotissement, bloc) likewise.
- CUSTOMER_ID covers customer, contract and policy numbers and online-banking logins; no invoice numbers and no
  PDL/PCE meter-point numbers appear in this set.
- IP_ADDRESS includes private LAN addresses of a box (192.168.1.x) as well as public IPv4 and IPv6.
- form: "written" if every value is in digits/symbols, "spoken" if every value is read aloud, "mixed" otherwise
  (including one value that is partly spoken), "none" without PII. A name counts as spoken in a speech-to-text
  utterance and as written in chat.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
import random

from faker import Faker
from num2words import num2words

SEED = 5151
N_TOTAL = 500
N_NONE = 100
OUT = Path(__file__).with_name("fr_blind5.jsonl")

rng = random.Random(SEED)
fake = Faker("fr_FR")
fake.seed_instance(SEED)

ch = rng.choice


def p(x):
    return rng.random() < x


# ----------------------------------------------------------------------------------------------------------------
# French numbers and letters
# ----------------------------------------------------------------------------------------------------------------

DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]

ALPHA_CLASSIC = {
    "a": "anatole", "b": "berthe", "c": "célestin", "d": "désiré", "e": "eugène", "f": "françois", "g": "gaston",
    "h": "henri", "i": "irma", "j": "joseph", "k": "kléber", "l": "louis", "m": "marcel", "n": "nicolas",
    "o": "oscar", "p": "pierre", "q": "quintal", "r": "raoul", "s": "suzanne", "t": "thérèse", "u": "ursule",
    "v": "victor", "w": "william", "x": "xavier", "y": "yvonne", "z": "zoé",
}
ALPHA_CASUAL = {
    "a": "alice", "b": "bernard", "c": "charles", "d": "denis", "e": "émile", "f": "france", "g": "georges",
    "h": "hélène", "i": "isabelle", "j": "jacques", "k": "kevin", "l": "léon", "m": "maman", "n": "nathalie",
    "o": "olivier", "p": "papa", "r": "robert", "s": "sophie", "t": "thomas", "u": "ulysse", "v": "valérie",
    "w": "wagon", "y": "yasmine", "z": "zorro", "q": "québec", "x": "xavier",
}


def nw(n):
    """num2words in French, sometimes with the 1990 spelling (vingt-et-un)."""
    s = num2words(n, lang="fr")
    if " et " in s and p(0.25):
        s = s.replace(" et ", "-et-")
    return s


def say_pair(s):
    assert len(s) == 2 and s.isdigit()
    if s == "00":
        return ch(["zéro zéro", "zéro zéro", "double zéro"])
    if s[0] == "0":
        return "zéro " + DIG[int(s[1])]
    return nw(int(s))


def say_lead0(s):
    """A digit string said as a number, each leading zero said 'zéro'."""
    i = 0
    out = []
    while i < len(s) - 1 and s[i] == "0":
        out.append("zéro")
        i += 1
    rest = s[i:]
    out.append(nw(int(rest)) if rest.strip("0") or len(rest) == 1 else " ".join(DIG[int(c)] for c in rest))
    return " ".join(out)


def say_num_str(s):
    if len(s) == 1:
        return DIG[int(s)]
    if len(s) == 2:
        return say_pair(s)
    if len(s) == 3:
        return say_lead0(s) if p(0.7) else " ".join(DIG[int(c)] for c in s)
    if len(s) == 4:
        return say_pair(s[:2]) + " " + say_pair(s[2:])
    return " ".join(DIG[int(c)] for c in s)


def spell_letter(c, comme=0.0, casual=0.5):
    c = c.lower()
    if c in "éèêë":
        return "e " + {"é": "accent aigu", "è": "accent grave", "ê": "accent circonflexe", "ë": "tréma"}[c]
    if c == "ç":
        return "c cédille"
    if c == "-":
        return "tiret"
    if c == "'":
        return "apostrophe"
    if c.isdigit():
        return DIG[int(c)]
    if p(comme):
        table = ALPHA_CASUAL if (p(casual) and c in ALPHA_CASUAL) else ALPHA_CLASSIC
        return f"{c} comme {table[c]}"
    return c


def spell(word, comme=0.0):
    return " ".join(spell_letter(c, comme) for c in word if c != " ")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def rdigits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----------------------------------------------------------------------------------------------------------------
# Chunks: a value is a list of (raw, spoken) pieces; it is rendered spoken, written or mixed, then disrupted
# ----------------------------------------------------------------------------------------------------------------

HES_STT = ["euh", "euh", "attendez", "euh attendez", "hm", "euh je regarde", "attendez je l'ai là",
           "alors", "oui", "euh oui", "bon", "ben", "voilà", "hein", "euh je vois plus", "attendez je lis"]
HES_CHAT = ["…", "... euh", "(attendez)", "—"]
CORR = ["non pardon", "euh non", "non", "ah non", "non attendez", "enfin non", "pardon", "non non", "euh non pardon"]


def pair_chunks(s):
    return [(s[i:i + 2], say_pair(s[i:i + 2])) if len(s[i:i + 2]) == 2 else (s[i], DIG[int(s[i])])
            for i in range(0, len(s), 2)]


def digit_chunks(s, double=0.6):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and p(double):
            if i + 2 < len(s) and s[i + 2] == s[i] and p(0.5):
                out.append((s[i:i + 3], "triple " + DIG[int(s[i])]))
                i += 3
                continue
            out.append((s[i:i + 2], "double " + DIG[int(s[i])]))
            i += 2
        else:
            out.append((s[i], DIG[int(s[i])]))
            i += 1
    return out


def render(chunks, mode, sep=" "):
    """Return (text tokens list, kind). Written tokens stay separate so an interjection can go between them."""
    if mode == "w":
        return [c[0] for c in chunks], "w"
    if len(chunks) < 2 and mode == "m":
        return [sep.join(c[0] for c in chunks)], "w"
    if mode == "s":
        return [c[1] for c in chunks], "s"
    # mixed: a raw run then spoken, spoken then raw, or scattered
    n = len(chunks)
    style = ch(["raw_first", "spoken_first", "scatter"])
    if style == "raw_first":
        k = rng.randint(1, n - 1)
        mask = [True] * k + [False] * (n - k)
    elif style == "spoken_first":
        k = rng.randint(1, n - 1)
        mask = [False] * k + [True] * (n - k)
    else:
        mask = [p(0.5) for _ in range(n)]
        if all(mask):
            mask[rng.randrange(n)] = False
        if not any(mask):
            mask[rng.randrange(n)] = True
    return [c[0] if m else c[1] for c, m in zip(chunks, mask)], "m"


def wrong_like(tok):
    """A plausible wrong token for a self-correction, shaped like tok (digits, one digit, double, group, pair)."""
    for _ in range(50):
        if re.fullmatch(r"[0-9]+", tok):
            w = rdigits(len(tok))
        elif tok in DIG:
            w = DIG[rng.randrange(10)]
        elif tok.startswith("double ") or tok.startswith("triple "):
            w = DIG[rng.randrange(10)]
        elif "mille" in tok:
            w = say_lead0(str(rng.randint(1000, 9999)))
        elif tok.startswith("plus ") or " " not in tok and len(tok) <= 2:
            w = say_pair(rdigits(2))
        else:
            w = say_pair(rdigits(2))
        if w != tok:
            return w
    return "euh"


def correctable(tok):
    return not re.search(r"\b[a-z]\b(?! comme)", tok.replace("zéro", "")) or tok in DIG


def disrupt(tokens, reg, hes=0.0, corr=0.0, force=None):
    """Insert an interjection or a self-correction strictly inside the value (never at its edges)."""
    toks = list(tokens)
    if len(toks) < 2:
        return toks, False
    done = False
    if force == "hes" or (force is None and p(hes)):
        i = rng.randint(1, len(toks) - 1)
        toks.insert(i, ch(HES_STT) if reg == "stt" else ch(HES_CHAT))
        done = True
    if force == "corr" or (force is None and p(corr)):
        cands = [i for i in range(1, len(toks)) if correctable(toks[i]) and toks[i] not in HES_STT + HES_CHAT]
        if cands:
            i = rng.choice(cands)
            toks[i:i] = [wrong_like(toks[i]), ch(CORR)]
            done = True
    return toks, done


# ----------------------------------------------------------------------------------------------------------------
# Utterance builder
# ----------------------------------------------------------------------------------------------------------------

class V:
    __slots__ = ("type", "text", "kind")

    def __init__(self, typ, text, kind):
        assert text == text.strip() and text, (typ, text)
        self.type, self.text, self.kind = typ, text, kind


REPEATABLE = {"je", "le", "la", "c'est", "de", "mon", "ma", "un", "on", "il", "elle", "et", "à", "les", "des"}
FILLERS = ["euh", "euh", "euh", "ben", "bah", "enfin"]


def stt_noise(seg):
    toks = seg.split(" ")
    out = []
    for i, t in enumerate(toks):
        interior = 0 < i < len(toks) - 1 and t and t != ":"
        if interior and p(0.02):
            out.append(ch(FILLERS))
        out.append(t)
        if interior and t in REPEATABLE and p(0.04):
            out.append(t)
    return " ".join(out)


class Utt:
    def __init__(self, reg):
        self.reg = reg
        self.buf = []
        self.n = 0
        self.spans = []
        self.kinds = []

    def t(self, s):
        if not s:
            return self
        if self.reg == "stt":
            s = stt_noise(s)
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, val):
        text = val.text.lower() if self.reg == "stt" else val.text
        start = self.n
        self.buf.append(text)
        self.n += len(text)
        self.spans.append({"type": val.type, "start": start, "end": self.n, "value": text})
        self.kinds.append(val.kind)
        return self

    def f(self, tmpl, **kw):
        parts = re.split(r"\{(\w+)\}", tmpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                self.t(part)
            else:
                x = kw[part]
                if isinstance(x, V):
                    self.v(x)
                elif isinstance(x, (str, int)):
                    self.t(str(x))
                elif x is None:
                    pass
                else:
                    raise TypeError(part)
        return self

    @property
    def text(self):
        return "".join(self.buf)

    def form(self):
        if not self.kinds:
            return "none"
        ks = set(self.kinds)
        if ks == {"w"}:
            return "written"
        if ks == {"s"}:
            return "spoken"
        return "mixed"


# ----------------------------------------------------------------------------------------------------------------
# Value generators with checksums
# ----------------------------------------------------------------------------------------------------------------

def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


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


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "mc2", "amex"])
    if kind == "visa":
        body = "4" + ch(["970", "974", "532", "978", "561", "000", "111", "485"])[:3] + rdigits(11)
    elif kind == "mc":
        body = "5" + ch("12345") + rdigits(13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + rdigits(11)
    else:
        body = ch(["34", "37"]) + rdigits(12)
    num = body + luhn_digit(body)
    assert luhn_ok(num) and len(num) in (15, 16)
    return num


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


RIB_TABLE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def rib_key(bank, branch, account):
    acc = account.upper().translate(RIB_TABLE)
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc, bban):
    return f"{98 - int(iban_digits(bban + cc + '00')) % 97:02d}"


def iban_ok(iban):
    return int(iban_digits(iban[4:] + iban[:4])) % 97 == 1


FR_BANKS = ["30004", "30003", "30002", "20041", "10278", "30066", "18206", "16006", "13335", "17515", "11315",
            "14505", "12506", "10107", "30056", "15589", "42559", "18315", "19106", "16807"]


def gen_fr_rib():
    bank = ch(FR_BANKS)
    branch = rdigits(5)
    account = rdigits(11)
    if p(0.2):
        k = rng.randrange(11)
        account = account[:k] + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + account[k + 1:]
    key = rib_key(bank, branch, account)
    return bank, branch, account, key


def gen_fr_iban():
    bank, branch, account, key = gen_fr_rib()
    bban = bank + branch + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    assert iban_ok(iban) and len(iban) == 27
    return iban


MA_BANKS = ["007", "011", "013", "021", "022", "230", "145", "190", "127", "225", "050", "181"]


def gen_ma_rib():
    rib22 = ch(MA_BANKS) + rdigits(3) + rdigits(16)
    key = 97 - (int(rib22) * 100) % 97
    rib = rib22 + f"{key:02d}"
    assert int(rib) % 97 == 0 and len(rib) == 24
    return rib


def gen_ma_iban():
    rib = gen_ma_rib()
    iban = "MA" + iban_check("MA", rib) + rib
    assert iban_ok(iban) and len(iban) == 28
    return iban


METRO_DEPTS = [f"{i:02d}" for i in range(1, 96) if i != 20]


def gen_nir():
    sex = ch("12")
    yy = f"{rng.randint(40, 99) if p(0.85) else rng.randint(0, 6):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    r = rng.random()
    if r < 0.72:
        place = ch(METRO_DEPTS) + f"{rng.randint(1, 600):03d}"
    elif r < 0.82:
        place = ch(["2A", "2B"]) + f"{rng.randint(1, 360):03d}"
    elif r < 0.9:
        place = ch(["971", "972", "974", "973"]) + f"{rng.randint(1, 34):02d}"
    else:
        place = "99" + ch(["350", "350", "351", "352", "134", "139"])  # born abroad: Maroc 350, Algérie 352...
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + place + order
    assert len(body) == 13
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = f"{97 - int(numeric) % 97:02d}"
    nir = body + key
    assert (int(numeric) + int(key)) % 97 == 0
    return nir


def nir_parts(nir):
    return [nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:15]]


def gen_fr_phone(kind="mobile"):
    if kind == "mobile":
        return "0" + ch("667") + rdigits(8)
    if kind == "fixe":
        return "0" + ch("123459") + rdigits(8)
    return "0" + ch("6671234") + rdigits(8)


def gen_ma_phone(kind="mobile"):
    if kind == "mobile":
        return "0" + ch("6667") + rdigits(8)
    return "05" + ch(["22", "22", "37", "24", "28", "39", "35"]) + rdigits(6)


CIN_PREFIX = ["A", "B", "BE", "BH", "BJ", "BK", "BL", "C", "CB", "CD", "D", "E", "EE", "F", "G", "H", "HA", "I", "J",
              "JB", "JC", "JE", "JK", "K", "L", "LA", "M", "N", "PA", "Q", "R", "S", "SH", "T", "U", "V", "W", "X",
              "Y", "Z", "ZT", "AB", "AE", "BB"]


def gen_cin():
    pre = ch(CIN_PREFIX)
    return pre + rdigits(6 if len(pre) == 1 or p(0.7) else 5)


def gen_dob():
    start = date(1938, 1, 1)
    return start + timedelta(days=rng.randrange(0, 365 * 67))


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]

# ----------------------------------------------------------------------------------------------------------------
# Names, places
# ----------------------------------------------------------------------------------------------------------------

MA_FIRST_F = ["Khadija", "Fatima Zahra", "Salma", "Imane", "Meryem", "Zineb", "Nadia", "Soukaina", "Hajar", "Samira",
              "Latifa", "Houda", "Naima", "Asmae", "Loubna", "Kawtar", "Ghizlane", "Siham", "Ouafae", "Hanane"]
MA_FIRST_M = ["Youssef", "Mohamed", "Ahmed", "Hamza", "Omar", "Karim", "Rachid", "Hicham", "Ayoub", "Mehdi",
              "Abdelilah", "Othmane", "Anass", "Driss", "Said", "Mustapha", "Abdellah", "Reda", "Amine", "Badr"]
MA_LAST = ["El Amrani", "Benali", "Alaoui", "Bennani", "Tazi", "El Idrissi", "Berrada", "Chraibi", "Ouazzani",
           "El Fassi", "Lahlou", "Benjelloun", "Zouhair", "Bouzid", "Essaidi", "Naciri", "El Mansouri", "Kettani",
           "Sebti", "Lamrani", "Haddad", "Ait Benhaddou", "Ouali", "Belkadi", "Cherkaoui", "Fikri", "Mouline",
           "Slaoui", "Rhazi", "Boukhari"]


def name_pair(origin="fr", gender=None):
    gender = gender or ch("fm")
    if origin == "ma":
        first = ch(MA_FIRST_F if gender == "f" else MA_FIRST_M)
        last = ch(MA_LAST)
    else:
        first = fake.first_name_female() if gender == "f" else fake.first_name_male()
        last = fake.last_name()
    return first, last


def person(reg, origin="fr", fmt="fl", gender=None, pair=None):
    first, last = pair or name_pair(origin, gender)
    s = {"fl": f"{first} {last}", "lf": f"{last} {first}", "l": last, "f": first,
         "LF": f"{last.upper()} {first}", "iL": f"{first[0]}. {last}"}[fmt]
    if reg == "stt":
        s = s.lower()
    return V("PERSON", s, "s" if reg == "stt" else "w"), (first, last)


def spellable_last(origin="fr", gender=None):
    for _ in range(100):
        first, last = name_pair(origin, gender)
        if re.fullmatch(r"[A-Za-zéèç]+", last) and 4 <= len(last) <= 9:
            return first, last
    return "Paul", "Morel"


def spelled_name(last, with_word=True, comme=0.3):
    base = strip_accents(last.lower()) if p(0.5) else last.lower()
    sp = spell(base, comme)
    return f"{last.lower()} {sp}" if with_word else sp


FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("13005", "Marseille"), ("31000", "Toulouse"),
             ("33800", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes"), ("67000", "Strasbourg"),
             ("34070", "Montpellier"), ("35000", "Rennes"), ("06300", "Nice"), ("38100", "Grenoble"),
             ("21000", "Dijon"), ("49100", "Angers"), ("37000", "Tours"), ("87000", "Limoges"),
             ("63000", "Clermont-Ferrand"), ("29200", "Brest"), ("76600", "Le Havre"), ("42000", "Saint-Étienne"),
             ("51100", "Reims"), ("80000", "Amiens"), ("64100", "Bayonne"), ("84000", "Avignon"),
             ("20000", "Ajaccio"), ("97400", "Saint-Denis"), ("93200", "Saint-Denis"), ("92130", "Issy-les-Moulineaux"),
             ("94200", "Ivry-sur-Seine"), ("57000", "Metz"), ("25000", "Besançon"), ("46100", "Figeac"),
             ("12000", "Rodez"), ("26110", "Nyons"), ("71250", "Cluny"), ("19100", "Brive-la-Gaillarde"),
             ("40200", "Mimizan"), ("79000", "Niort"), ("01000", "Bourg-en-Bresse"), ("02100", "Saint-Quentin"),
             ("09000", "Foix"), ("05000", "Gap")]
RURAL = [("24560", "Issigeac"), ("46160", "Marcilhac-sur-Célé"), ("19170", "Peyrelevade"), ("12330", "Marcillac-Vallon"),
         ("23200", "Aubusson"), ("48400", "Florac"), ("07110", "Largentière"), ("32190", "Vic-Fezensac"),
         ("89310", "Noyers"), ("04300", "Forcalquier"), ("43170", "Saugues"), ("15140", "Salers")]
STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "impasse des Tilleuls", "chemin du Moulin",
           "allée des Acacias", "place de la République", "boulevard Gambetta", "rue de la Gare", "route de Toulouse",
           "rue Pasteur", "rue du Général Leclerc", "avenue de la Libération", "rue des Écoles", "chemin des Vignes",
           "rue Saint-Exupéry", "quai des Chartrons", "rue de la Paix", "cours Mirabeau", "rue du Four",
           "allée Louise Michel", "résidence du Parc", "rue Émile Zola", "rue des Peupliers", "avenue Foch",
           "rue de l'Église", "impasse du Lavoir", "rue Jules Ferry", "square Marcel Pagnol", "rue d'Alsace"]
LIEUX_DITS = ["les Granges", "le Moulin Neuf", "la Croix Blanche", "Champ Fleuri", "les Trois Chênes", "le Bourg",
              "la Borie Haute", "Mas de la Font", "les Pradelles", "la Grange Basse", "Puech Redon", "le Pigeonnier",
              "les Combes", "Bel Air", "la Fontaine Saint-Martin"]
COMPLEMENTS = ["bâtiment B", "bâtiment C escalier 2", "appartement 14", "3e étage porte gauche", "résidence les Tilleuls",
               "appartement 207", "bâtiment A2", "escalier 4 appartement 31", "5e étage", "résidence Le Parc bât. D"]

MA_CITIES = [("20000", "Casablanca"), ("20250", "Casablanca"), ("10000", "Rabat"), ("40000", "Marrakech"),
             ("30000", "Fès"), ("90000", "Tanger"), ("80000", "Agadir"), ("50000", "Meknès"), ("60000", "Oujda"),
             ("11000", "Salé"), ("14000", "Kénitra"), ("24000", "El Jadida"), ("26100", "Berrechid"),
             ("93000", "Tétouan"), ("28810", "Mohammedia")]
MA_RUES = ["Ibn Sina", "Al Massira", "Oued Sebou", "Abou Bakr Seddik", "Moulay Youssef", "Al Qods", "Ibnou Rochd",
           "Al Mansour Eddahbi", "Tarik Ibn Ziad", "Allal Ben Abdellah"]
MA_HAY = ["Hay Riad", "Hay Mohammadi", "Hay Hassani", "Hay Salam", "Hay Al Fath", "Hay Nahda", "Hay Karima",
          "Hay Al Wahda", "Hay Inara"]
MA_QUARTIERS = ["Maârif", "Sidi Maârouf", "Gauthier", "Agdal", "Guéliz", "Bourgogne", "Aïn Sebaâ", "Hay Karima",
                "Oulfa", "Californie", "Souissi", "Bernoussi"]
MA_RES = ["Al Amal", "Les Jardins d'Anfa", "Yasmine", "Riad Salam", "Al Boustane", "Nour", "Dar Essalam", "Al Andalous"]
MA_AVENUES = ["Mohammed V", "Hassan II", "Zerktouni", "Abdelkrim Khattabi", "d'Anfa", "Fal Ould Oumeir",
              "Mohammed VI", "des FAR"]


def say_postcode(pc):
    r = rng.random()
    if pc[0] != "0" and r < 0.35:
        return nw(int(pc))
    if r < 0.85:
        return say_pair(pc[:2]) + " " + say_lead0(pc[2:])
    return " ".join(DIG[int(c)] for c in pc)


def fr_address(reg, kind="street", hes=0.0, corr=False):
    """Returns V(ADDRESS). kind: street | lieudit | complement."""
    num = rng.randint(1, 148)
    suffix = ch(["", "", "", " bis", " ter", " bis", " B"])
    street = ch(STREETS) if p(0.75) else fake.street_name()
    pc, city = ch(RURAL) if kind == "lieudit" else ch(FR_CITIES)
    spoken = reg == "stt"
    if spoken:
        kindv = "s" if p(0.8) else "w"
    else:
        kindv = "w"
    numtxt = (nw(num) if kindv == "s" else str(num)) + suffix.lower()
    if kindv == "m":
        numtxt = nw(num) + suffix
    pctxt = say_postcode(pc) if kindv == "s" else pc
    comp = ch(COMPLEMENTS)
    if kind == "lieudit":
        ld = ch(LIEUX_DITS)
        form_ = ch(["ld", "ld_route", "hameau"])
        if form_ == "ld":
            parts = [f"lieu-dit {ld}", f"{pctxt} {city}"]
        elif form_ == "ld_route":
            parts = [f"{numtxt} route de {ch(['la Forêt', 'Sarlat', 'Cahors', 'Villefranche'])}", f"lieu-dit {ld}",
                     f"{pctxt} {city}"]
        else:
            parts = [f"{ld}", f"hameau de {ch(['Peyrelevade', 'la Borie', 'Saint-Roch', 'Lascaux'])}",
                     f"{pctxt} {city}"]
    elif kind == "complement":
        parts = [f"{numtxt} {street}", comp, f"{pctxt} {city}"]
    else:
        parts = [f"{numtxt} {street}", f"{pctxt} {city}"]
    if corr:
        wrong = num + ch([-1, 1, 2, 10])
        wt = nw(wrong) if kindv == "s" else str(wrong)
        parts[0] = f"{wt} {ch(['euh non', 'non pardon', 'ah non'])} " + parts[0]
    if spoken:
        txt = " ".join(parts).lower()
        if hes and p(hes):
            ws = txt.split(" ")
            k = rng.randint(1, len(ws) - 1)
            txt = " ".join(ws[:k] + [ch(HES_STT)] + ws[k:])
    else:
        sep = ch([", ", ", ", " ", "\n"]) if reg == "chat" else ", "
        txt = sep.join(parts)
    return V("ADDRESS", txt, kindv)


def ma_address(reg):
    pc, city = ch(MA_CITIES)
    n = rng.randint(1, 220)
    spoken = reg == "stt"
    N = (lambda x: nw(x)) if spoken else (lambda x: str(x))
    pat = rng.randrange(6)
    if pat == 0:
        parts = [f"{N(n)} rue {ch(MA_RUES)}", ch(MA_HAY), city]
    elif pat == 1:
        parts = [f"résidence {ch(MA_RES)}", f"immeuble {N(rng.randint(1, 40))}",
                 f"appartement {N(rng.randint(1, 30))}", ch(MA_QUARTIERS), city]
    elif pat == 2:
        parts = [f"lotissement {ch(['Al Wahda', 'Al Manar', 'Annasr', 'Al Massira', 'Essaada'])}",
                 f"villa {N(rng.randint(1, 400))}", city]
    elif pat == 3:
        parts = [f"derb {ch(['Sidi Bouloukat', 'Moulay Abdellah', 'El Hammam', 'Sultan', 'Jdid'])}",
                 f"{'numéro' if spoken else 'n°'} {N(rng.randint(1, 90))}", "médina", city]
    elif pat == 4:
        parts = [f"{N(n)} avenue {ch(MA_AVENUES)}",
                 f"{ch(['premier', 'deuxième', 'troisième', 'quatrième']) if spoken else ch(['1er', '2e', '3e', '4e'])} étage",
                 f"{city} {say_postcode(pc) if spoken else pc}"]
    else:
        parts = [f"bloc {ch('ABCDEFGH')}", f"{'numéro' if spoken else 'n°'} {N(rng.randint(1, 160))}",
                 ch(MA_HAY), city]
    if spoken:
        txt = " ".join(parts).lower()
    else:
        txt = ch([", ", ", ", " - ", " "]).join(parts)
    return V("ADDRESS", txt, "s" if spoken else "w")


# ----------------------------------------------------------------------------------------------------------------
# Renderers per type (return V)
# ----------------------------------------------------------------------------------------------------------------

def smode():
    r = rng.random()
    return "s" if r < 0.68 else ("m" if r < 0.9 else "w")


def cmode():
    return "w" if p(0.95) else "m"


def finish(typ, tokens, kind, reg, hes=0.0, corr=0.0, force=None, joiner=" "):
    toks, _ = disrupt(tokens, reg, hes, corr, force)
    return V(typ, joiner.join(toks), kind)


def phone_written(d, region="fr"):
    if region == "fr":
        g = pair_chunks(d)
        r = rng.random()
        if r < 0.34:
            return " ".join(c[0] for c in g)
        if r < 0.46:
            return d
        if r < 0.56:
            return ".".join(c[0] for c in g)
        if r < 0.62:
            return "-".join(c[0] for c in g)
        if r < 0.74:
            return "+33 " + d[1] + " " + " ".join(c[0] for c in pair_chunks(d[2:]))
        if r < 0.8:
            return "+33" + d[1:]
        if r < 0.86:
            return "+33 (0)" + d[1] + " " + " ".join(c[0] for c in pair_chunks(d[2:]))
        if r < 0.92:
            return "0033 " + d[1] + " " + " ".join(c[0] for c in pair_chunks(d[2:]))
        return ch([d[:3] + " " + d[3:6] + " " + d[6:], d[:2] + " " + d[2:6] + " " + d[6:],
                   " ".join(d), d[:4] + " " + d[4:]])
    rest = d[1:]
    r = rng.random()
    if r < 0.25:
        return " ".join(c[0] for c in pair_chunks(d))
    if r < 0.4:
        return d
    if r < 0.55:
        return "+212 " + rest[0] + " " + " ".join(c[0] for c in pair_chunks(rest[1:]))
    if r < 0.65:
        return "+212" + rest
    if r < 0.75:
        return "+212 " + rest[:3] + "-" + rest[3:]
    if r < 0.83:
        return "00212 " + rest
    if r < 0.9:
        return "(+212) " + rest[:3] + " " + " ".join(c[0] for c in pair_chunks(rest[3:]))
    return d[:4] + "-" + d[4:6] + "-" + d[6:8] + "-" + d[8:]


def phone_chunks(d, region="fr", style=None):
    style = style or ch(["pairs", "pairs", "pairs", "pairs", "digits", "intl"] if region == "fr"
                        else ["pairs", "pairs", "ma4", "digits", "intl", "intl"])
    if style == "pairs":
        return pair_chunks(d)
    if style == "digits":
        return digit_chunks(d)
    if style == "ma4":
        return [(d[:4], " ".join(DIG[int(c)] for c in d[:4]))] + pair_chunks(d[4:])
    # intl
    if region == "fr":
        cc = ch([("+33", "plus trente-trois"), ("+33", "plus trente-trois"), ("0033", "zéro zéro trente-trois")])
        return [cc, (d[1], DIG[int(d[1])])] + pair_chunks(d[2:])
    cc = ch([("+212", "plus deux cent douze"), ("+212", "plus deux un deux"), ("00212", "zéro zéro deux cent douze"),
             ("+212", "plus deux cent douze")])
    return [cc, (d[1], DIG[int(d[1])])] + pair_chunks(d[2:])


def phone(reg, d=None, region="fr", mode=None, hes=0.25, corr=0.08, force=None, style=None):
    d = d or (gen_fr_phone() if region == "fr" else gen_ma_phone())
    mode = mode or (smode() if reg == "stt" else cmode())
    if mode == "w" and reg == "chat":
        return V("PHONE_NUMBER", phone_written(d, region), "w"), d
    if mode == "w":  # speech-to-text that writes digits: "06 12 34 56 78", still open to interjections
        toks = [c[0] for c in phone_chunks(d, region, style or "pairs")]
        return finish("PHONE_NUMBER", toks, "w", reg, hes, corr, force), d
    chunks = phone_chunks(d, region, style)
    toks, kind = render(chunks, mode)
    if reg == "chat" and mode != "m":
        return V("PHONE_NUMBER", " ".join(toks), kind), d
    return finish("PHONE_NUMBER", toks, kind, reg, hes, corr, force), d


EMAIL_DOMAINS = ["gmail.com"] * 6 + ["orange.fr"] * 4 + ["hotmail.fr"] * 3 + ["yahoo.fr"] * 2 + [
    "free.fr", "sfr.fr", "laposte.net", "outlook.fr", "wanadoo.fr", "hotmail.com", "icloud.com", "live.fr",
    "bbox.fr", "neuf.fr"]
EMAIL_DOMAINS_MA = ["gmail.com"] * 5 + ["menara.ma", "hotmail.com", "yahoo.fr", "outlook.com", "iam.ma"]


def gen_email(first, last, region="fr"):
    f = re.sub(r"[^a-z]", "", strip_accents(first.lower()).split(" ")[0])
    l = re.sub(r"[^a-z]", "", strip_accents(last.lower()))
    yy = f"{rng.randint(60, 99)}" if p(0.7) else f"{rng.randint(0, 9):02d}"
    yyyy = str(rng.randint(1958, 2004))
    local = ch([f"{f}.{l}", f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}.{l}{yy}", f"{f}{yyyy}",
                f"{l}_{f}", f"{f}-{l}", f"{f}_{l}{yy}", f"{f[0]}{l}{yy}", f"{l}{f[0]}", f"{f}.{l}.{yy}",
                f"{f[0]}{f[-1]}.{l}"])
    dom = ch(EMAIL_DOMAINS if region == "fr" else EMAIL_DOMAINS_MA)
    e = f"{local}@{dom}"
    assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", e), e
    return e


AT_WORDS = ["arobase"] * 6 + ["arobas", "at", "at", "chez", "chez", "a commercial", "arobase"]
UNDERSCORE = ["underscore", "tiret du bas", "tiret bas", "tiret du huit", "underscore"]
DASH = ["tiret", "tiret du six", "tiret", "trait d'union"]


def email_spoken_tokens(e, spell_p=0.15, comme=0.25):
    local, dom = e.split("@")
    toks = []
    for piece in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        if piece == ".":
            toks.append("point")
        elif piece == "_":
            toks.append(ch(UNDERSCORE))
        elif piece == "-":
            toks.append(ch(DASH))
        elif piece.isdigit():
            if len(piece) == 2:
                toks.append(say_pair(piece) if p(0.7) else " ".join(DIG[int(c)] for c in piece))
            elif len(piece) == 4:
                y = int(piece)
                toks.append(ch([nw(y), " ".join(DIG[int(c)] for c in piece),
                                (nw(y // 100) + " " + say_pair(piece[2:])) if y < 2000 else nw(y)]))
            else:
                toks.append(" ".join(DIG[int(c)] for c in piece))
        else:
            if len(piece) <= 2:
                toks.append(spell(piece, comme))
            elif p(spell_p):
                toks.append(spell(piece, comme))
            elif p(0.12):
                toks.append(piece + " " + spell(piece, comme))
            else:
                toks.append(piece)
    toks.append(ch(AT_WORDS))
    name, _, tld = dom.rpartition(".")
    name_t = {"gmail": ch(["gmail", "gmail", "g mail", "jimail"]), "hotmail": ch(["hotmail", "hotmail", "hot mail"]),
              "laposte": ch(["laposte", "la poste"]), "icloud": ch(["icloud", "i cloud"]),
              "bbox": ch(["bbox", "b box"])}.get(name, name.replace(".", " point "))
    toks.append(name_t)
    toks.append("point")
    toks.append({"fr": ch(["fr", "fr", "f r"]), "com": ch(["com", "com", "c o m"]), "ma": ch(["ma", "m a"]),
                 "net": "net"}[tld])
    return toks


def email_written(e):
    local, dom = e.split("@")
    r = rng.random()
    if r < 0.62:
        return e
    if r < 0.72:
        return ".".join(x.capitalize() for x in local.split(".")) + "@" + dom
    if r < 0.78:
        return e.upper()
    if r < 0.84:
        return f"{local} @ {dom}"
    if r < 0.9:
        return f"{local}(at){dom}"
    if r < 0.95:
        return f"{local} [at] {dom.replace('.', ' [dot] ')}"
    return f"{local} arobase {dom}"  # partly spoken: kind "m" below


def email(reg, first=None, last=None, region="fr", mode=None, hes=0.2, force=None, e=None):
    if e is None:
        if first is None:
            first, last = name_pair("ma" if region == "ma" else "fr")
        e = gen_email(first, last, region)
    mode = mode or ("s" if reg == "stt" and p(0.82) else ("m" if reg == "stt" else ("w" if p(0.9) else "m")))
    if mode == "w":
        txt = email_written(e) if reg == "chat" else e
        kind = "m" if " arobase " in txt else "w"
        return V("EMAIL_ADDRESS", txt, kind), e
    if mode == "m":
        local, dom = e.split("@")
        txt = ch([f"{local} {ch(AT_WORDS)} {dom.replace('.', ' point ')}", f"{local} arobase {dom}",
                  " ".join(email_spoken_tokens(e)[:-4]) + " " + ch(["@", "arobase"]) + " " + dom,
                  f"{local}@{dom.split('.')[0]} point {dom.split('.')[-1]}"])
        return V("EMAIL_ADDRESS", txt, "m"), e
    toks = email_spoken_tokens(e)
    if reg == "stt":
        toks, _ = disrupt(toks, reg, hes, 0.0, force)
    return V("EMAIL_ADDRESS", " ".join(toks), "s"), e


def say_group4(g, style):
    if not g.isdigit():
        return " ".join(spell_letter(c, 0.3) if not c.isdigit() else DIG[int(c)] for c in g)
    if len(g) != 4:
        return say_num_str(g) if p(0.6) else " ".join(DIG[int(c)] for c in g)
    if style == "pairs":
        return say_pair(g[:2]) + " " + say_pair(g[2:])
    if style == "whole":
        return say_lead0(g)
    return " ".join(x[1] for x in digit_chunks(g, 0.5))


def card(reg, num=None, mode=None, hes=0.2, corr=0.06, force=None, sep=None):
    num = num or gen_card()
    mode = mode or (smode() if reg == "stt" else cmode())
    groups = card_groups(num)
    style = ch(["whole", "whole", "pairs", "pairs", "digits", "perg"])
    chunks = [(g, say_group4(g, ch(["whole", "pairs", "digits"]) if style == "perg" else style)) for g in groups]
    if mode == "w":
        sep = sep if sep is not None else ch([" ", " ", " ", "", "-", "  "])
        if reg == "chat":
            return V("CREDIT_CARD", sep.join(groups), "w"), num
    toks, kind = render(chunks, mode, sep or " ")
    if reg == "chat" and mode == "s":
        return V("CREDIT_CARD", " ".join(toks), kind), num
    return finish("CREDIT_CARD", toks, kind, reg, hes, corr, force), num


def say_cc_letters(cc):
    a, b = cc[0].lower(), cc[1].lower()
    return ch([f"{a} {b}", f"{a} {b}", f"{a} comme {ALPHA_CLASSIC[a]} {b} comme {ALPHA_CLASSIC[b]}",
               f"{a} comme {ALPHA_CASUAL.get(a, ALPHA_CLASSIC[a])} {b}", f"{a}{b}",
               {"fr": "effe erre", "ma": "emme a"}[a + b]])


def iban(reg, value=None, region="fr", mode=None, hes=0.25, corr=0.06, force=None, as_rib=False):
    value = value or (gen_fr_iban() if region == "fr" else gen_ma_iban())
    mode = mode or (smode() if reg == "stt" else cmode())
    if as_rib:
        rib = value[4:]
        if region == "fr":
            groups = [rib[:5], rib[5:10], rib[10:21], rib[21:]]
        else:
            groups = [rib[:3], rib[3:6], rib[6:22], rib[22:]]
        if mode == "w" or reg == "chat":
            return V("IBAN_CODE", ch([" ", " ", " ", ""]).join(groups), "w"), value
        chunks = []
        for g in groups:
            if len(g) > 5:
                chunks += [(g[i:i + 4], say_group4(g[i:i + 4], "pairs")) for i in range(0, len(g), 4)]
            else:
                chunks.append((g, say_num_str(g) if len(g) != 5 else say_pair(g[:2]) + " " + say_lead0(g[2:])))
        toks, kind = render(chunks, mode)
        return finish("IBAN_CODE", toks, kind, reg, hes, corr, force), value
    groups = [value[i:i + 4] for i in range(0, len(value), 4)]
    if mode == "w" and reg == "chat":
        r = rng.random()
        if r < 0.6:
            txt = " ".join(groups)
        elif r < 0.75:
            txt = value
        elif r < 0.83:
            txt = " ".join(groups).lower()
        elif r < 0.9:
            txt = "-".join(groups)
        else:
            txt = value[:2] + " " + value[2:4] + " " + " ".join(groups[1:])
        return V("IBAN_CODE", txt, "w"), value
    style = ch(["pairs", "pairs", "whole", "digits", "pairs"])
    first = (value[:2], say_cc_letters(value[:2]))
    chk = (value[2:4], say_pair(value[2:4]))
    chunks = [first, chk] + [(g, say_group4(g, style)) for g in groups[1:]]
    toks, kind = render(chunks, mode)
    if reg == "chat":
        return V("IBAN_CODE", " ".join(toks), kind), value
    return finish("IBAN_CODE", toks, kind, reg, hes, corr, force), value


def nir(reg, value=None, mode=None, hes=0.2, corr=0.06, force=None, cle=None):
    value = value or gen_nir()
    mode = mode or (smode() if reg == "stt" else cmode())
    parts = nir_parts(value)
    if mode == "w" and reg == "chat":
        r = rng.random()
        if r < 0.5:
            txt = " ".join(parts)
        elif r < 0.68:
            txt = value
        elif r < 0.8:
            txt = " ".join(parts[:-1]) + " " + ch(["- ", "/ ", "clé ", "clef "]) + parts[-1]
        elif r < 0.9:
            txt = "".join(parts[:-1]) + " " + parts[-1]
        else:
            txt = ".".join(parts)
        return V("FR_NIR", txt, "w"), value
    chunks = []
    digit_style = p(0.25)
    for i, part in enumerate(parts):
        if digit_style:
            sp = " ".join(x[1] for x in digit_chunks(part, 0.5)) if part.isdigit() else spell(part.lower())
        elif not part.isdigit():
            sp = spell(part.lower())  # 2A -> "deux a"
        elif len(part) == 1:
            sp = DIG[int(part)]
        elif len(part) == 2:
            sp = say_pair(part)
        else:
            sp = say_lead0(part) if p(0.75) else " ".join(DIG[int(c)] for c in part)
        chunks.append((part, sp))
    toks, kind = render(chunks, mode)
    cle = p(0.4) if cle is None else cle
    if cle:
        toks = toks[:-1] + [ch(["clé", "clé", "et la clé", "clé de contrôle", "clef"]) + " " + toks[-1]]
    if reg == "chat":
        return V("FR_NIR", " ".join(toks), kind), value
    return finish("FR_NIR", toks, kind, reg, hes, corr, force), value


def dob(reg, d=None, mode=None):
    d = d or gen_dob()
    mode = mode or ("s" if reg == "stt" and p(0.8) else ("w" if reg == "stt" else ("w" if p(0.94) else "m")))
    if mode == "w" and reg == "stt":
        txt = ch([d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS[d.month - 1]} {d.year}"])
        return V("DATE_OF_BIRTH", txt, "w"), d
    if mode == "w":
        r = rng.random()
        if r < 0.35:
            txt = d.strftime("%d/%m/%Y")
        elif r < 0.55:
            txt = f"{d.day if d.day > 1 else '1er'} {MONTHS[d.month - 1]} {d.year}"
        elif r < 0.65:
            txt = d.strftime("%d/%m/%y")
        elif r < 0.73:
            txt = d.strftime("%d.%m.%Y")
        elif r < 0.8:
            txt = d.strftime("%d-%m-%Y")
        elif r < 0.87:
            txt = d.strftime("%Y-%m-%d")
        elif r < 0.94:
            txt = f"{d.day}/{d.month}/{d.year}"
        else:
            txt = f"{d.day} {MONTHS[d.month - 1]} {str(d.year)[2:]}"
        return V("DATE_OF_BIRTH", txt, "w"), d
    day = "premier" if d.day == 1 else nw(d.day)
    yy = d.year % 100
    if d.year < 2000:
        year = ch([nw(d.year), nw(d.year), "dix-neuf cent " + nw(yy) if yy else nw(d.year), nw(yy) if yy > 9 else nw(d.year)])
    else:
        year = nw(d.year)
    if mode == "m":
        txt = ch([f"{d.day} {MONTHS[d.month - 1]} {year}", f"{day} {MONTHS[d.month - 1]} {d.year}",
                  f"{day} {d.month:02d} {d.year}"])
        return V("DATE_OF_BIRTH", txt, "m"), d
    r = rng.random()
    if r < 0.75:
        txt = f"{day} {MONTHS[d.month - 1]} {year}"
    elif r < 0.9:
        txt = f"{day} {say_pair(f'{d.month:02d}') if p(0.5) else nw(d.month)} {year}"
    else:
        txt = f"{day} du {nw(d.month)} {year}"
    return V("DATE_OF_BIRTH", txt, "s"), d


def cin(reg, value=None, mode=None, hes=0.15, force=None):
    value = value or gen_cin()
    m = re.fullmatch(r"([A-Z]+)([0-9]+)", value)
    letters, digits = m.group(1), m.group(2)
    mode = mode or (smode() if reg == "stt" else cmode())
    if mode == "w" and reg == "stt":
        return V("MA_CIN", ch([value, f"{letters} {digits}"]).lower(), "w"), value
    if mode == "w":
        txt = ch([value, value, f"{letters} {digits}", value.lower(), f"{letters}-{digits}", f"{letters}.{digits}"])
        return V("MA_CIN", txt, "w"), value
    sp_letters = spell(letters.lower(), 0.4)
    r = rng.random()
    if r < 0.35:
        sp_digits = [say_pair(digits[i:i + 2]) if len(digits[i:i + 2]) == 2 else DIG[int(digits[i])]
                     for i in range(0, len(digits), 2)]
    elif r < 0.6 and len(digits) == 6:
        sp_digits = [say_lead0(digits[:3]), say_lead0(digits[3:])]
    elif r < 0.75 and digits[0] != "0":
        sp_digits = [nw(int(digits))]
    else:
        sp_digits = [x[1] for x in digit_chunks(digits, 0.5)]
    if mode == "m":
        toks = [ch([letters.lower(), letters]), " ".join(sp_digits)] if p(0.5) else [sp_letters, digits]
        return V("MA_CIN", " ".join(toks), "m"), value
    toks = [sp_letters] + sp_digits
    if reg == "stt":
        toks, _ = disrupt(toks, reg, hes, 0.0, force)
    return V("MA_CIN", " ".join(toks), "s"), value


def gen_customer_id(brand):
    if brand == "volta":
        return ch(["5" + rdigits(9), "VE" + rdigits(8), "VE-" + rdigits(4) + "-" + rdigits(5)])
    if brand == "assurea":
        return ch(["AUT-" + rdigits(7) + "-" + ch("ABCDEFGHK"), "HAB-" + rdigits(6) + "-" + rdigits(2),
                   "AS" + rdigits(8), "AU" + rdigits(7)])
    if brand == "telecom":
        return ch([rdigits(10), "CL" + rdigits(8), "1." + rdigits(7), rdigits(4) + " " + rdigits(4) + " " + rdigits(2)])
    if brand == "bank":
        return ch([rdigits(8), rdigits(11), "0" + rdigits(9)])
    if brand == "ma_util":
        return ch([rdigits(7), "LY" + rdigits(6), rdigits(3) + " " + rdigits(4), "RD-" + rdigits(6)])
    return rdigits(9)


def customer_id(reg, brand="volta", value=None, mode=None, hes=0.15, force=None):
    value = value or gen_customer_id(brand)
    mode = mode or (smode() if reg == "stt" else "w")
    if mode == "w":
        txt = value
        if re.fullmatch(r"[0-9]{10}", value) and p(0.4):
            txt = value[0] + " " + value[1:4] + " " + value[4:7] + " " + value[7:]
        return V("CUSTOMER_ID", txt, "w"), value
    chunks = []
    for piece in re.findall(r"[A-Z]+|[0-9]+|[-. ]", value):
        if piece in "-. ":
            if piece == "-":
                chunks.append(("-", "tiret"))
            elif piece == ".":
                chunks.append((".", "point"))
            continue
        if piece.isalpha():
            chunks.append((piece, spell(piece.lower(), 0.3)))
        else:
            if len(piece) >= 4 and p(0.6):
                chunks += [(piece[i:i + 2], say_pair(piece[i:i + 2]) if len(piece[i:i + 2]) == 2 else DIG[int(piece[i])])
                           for i in range(0, len(piece), 2)]
            else:
                chunks += digit_chunks(piece, 0.5)
    toks, kind = render(chunks, mode)
    if reg == "stt":
        toks, _ = disrupt(toks, reg, hes, 0.0, force)
    return V("CUSTOMER_ID", " ".join(toks), kind), value


PW_WORDS = ["soleil", "chaton", "marseille", "nounours", "loulou", "bretagne", "papillon", "azerty", "doudou", "tigrou",
            "printemps", "casa", "atlas", "mimosa", "fripouille", "biscotte", "olive", "zidane", "maroc", "pompon"]
PW_SYMS = [("!", "point d'exclamation"), ("#", "dièse"), ("*", "étoile"), ("@", "arobase"), ("$", "dollar"),
           ("?", "point d'interrogation"), ("&", "et commercial"), ("_", "tiret du bas")]


def password(reg, mode=None):
    w = ch(PW_WORDS)
    digits = ch([str(rng.randint(1960, 2024)), rdigits(2), rdigits(3), rdigits(4)])
    sym = ch(PW_SYMS)
    cap = p(0.7)
    raw = (w.capitalize() if cap else w) + digits + (sym[0] if p(0.7) else "")
    if reg == "chat":
        return V("SECRET", raw, "w"), raw
    mode = mode or ("s" if p(0.8) else "m")
    toks = []
    style = ch(["word", "spell", "word"])
    if style == "spell":
        letters = [spell_letter(c, 0.2) for c in w]
        if cap:
            letters[0] = letters[0] + " " + ch(["majuscule", "en majuscule", "majuscule"])
        toks += letters
    else:
        if cap:
            toks.append(ch([f"{w} avec un {w[0]} majuscule", f"{w} avec la première lettre en majuscule",
                            f"{w[0]} majuscule {spell(w[1:])}", f"{w} majuscule au début"]))
        else:
            toks.append(w)
    if mode == "m":
        toks.append(digits)
    else:
        toks.append(nw(int(digits)) if len(digits) == 4 and p(0.5) else " ".join(DIG[int(c)] for c in digits))
    if raw[-1] == sym[0]:
        toks.append(sym[1])
    return V("SECRET", " ".join(toks), mode), raw


def pin(reg, n=4, mode=None, value=None):
    value = value or rdigits(n)
    if reg == "chat":
        return V("SECRET", value if p(0.8) else " ".join(value), "w"), value
    mode = mode or ("s" if p(0.85) else "w")
    if mode == "w":
        return V("SECRET", ch([value, " ".join(value)]), "w"), value
    r = rng.random()
    if r < 0.5 or n % 2:
        txt = " ".join(x[1] for x in digit_chunks(value, 0.5))
    elif r < 0.8:
        txt = " ".join(say_pair(value[i:i + 2]) for i in range(0, n, 2))
    else:
        txt = say_lead0(value[:n // 2]) + " " + say_lead0(value[n // 2:])
    return V("SECRET", txt, "s"), value


def door_code(reg):
    r = rng.random()
    if r < 0.4:
        raw = rdigits(2) + ch("ABCD") + rdigits(2)
    elif r < 0.7:
        raw = ch("ABCD") + rdigits(4)
    else:
        raw = rdigits(4) + ch("AB")
    if reg == "chat":
        return V("SECRET", raw, "w"), raw
    toks = [c.lower() if c.isalpha() else DIG[int(c)] for c in raw]
    return V("SECRET", " ".join(toks), "s"), raw


def gen_ip(kind=None):
    kind = kind or ch(["pub", "pub", "pub", "priv", "ma", "v6"])
    if kind == "pub":
        return f"{ch([86, 90, 92, 78, 82, 109, 176, 88, 83, 2, 37, 80])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if kind == "priv":
        return ch([f"192.168.1.{rng.randint(2, 254)}", f"192.168.0.{rng.randint(2, 254)}", f"10.0.0.{rng.randint(2, 254)}"])
    if kind == "ma":
        return f"{ch([105, 41, 196, 160, 197])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    groups = ["2a01", ch(["cb00", "cb1c", "e0a", "cb19"]), f"{rng.randrange(16 ** 3):x}",
              f"{rng.randrange(16 ** 4):x}", f"{rng.randrange(16 ** 4):x}", f"{rng.randrange(16 ** 4):x}"]
    return ":".join(groups[:3]) + ":" + ":".join(groups[3:]) if p(0.5) else ":".join(groups[:3]) + "::" + groups[-1]


def ip(reg, value=None, mode=None, kind=None):
    if reg == "stt" and kind is None:
        kind = ch(["pub", "pub", "priv", "ma"])
    value = value or gen_ip(kind)
    if reg == "chat" or ":" in value:
        return V("IP_ADDRESS", value, "w"), value
    mode = mode or ("s" if p(0.8) else "w")
    if mode == "w":
        return V("IP_ADDRESS", value, "w"), value
    octs = value.split(".")
    sp = []
    for o in octs:
        sp.append(nw(int(o)) if p(0.8) else " ".join(DIG[int(c)] for c in o))
    return V("IP_ADDRESS", " point ".join(sp), "s"), value


SECRET_PETS = ["Filou", "Rex", "Pompon", "Caramel", "Mistigri", "Vanille", "Bouboule", "Médor", "Tartine", "Grisou",
               "Moustique", "Praline"]
SECRET_TOWNS = ["Tanger", "Saint-Malo", "Essaouira", "Quimper", "Oujda", "Vesoul", "Ouarzazate", "Montluçon"]


def wifi_key():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(ch(alphabet) for _ in range(rng.choice([10, 12, 16, 20])))


# ----------------------------------------------------------------------------------------------------------------
# Non-PII material that must survive
# ----------------------------------------------------------------------------------------------------------------

def euros_spoken():
    e = rng.randint(12, 480)
    c = rng.randint(1, 99)
    return ch([f"{nw(e)} euros {nw(c)}", f"{nw(e)} euros", f"{nw(e)} euros et {nw(c)} centimes",
               f"{nw(e)} virgule {nw(c)}"])


def euros_written():
    e = rng.randint(12, 480)
    c = rng.randint(0, 99)
    return ch([f"{e},{c:02d} €", f"{e} €", f"{e},{c:02d} euros", f"{e}€{c:02d}", f"{e} euros"])


def bill_date_written():
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 400))
    day = "1er" if d.day == 1 else str(d.day)
    return ch([d.strftime("%d/%m/%Y"), d.strftime("%d/%m"), f"{day} {MONTHS[d.month - 1]}",
               f"{day} {MONTHS[d.month - 1]} {d.year}"])


def bill_date_spoken():
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 400))
    return ch([f"{'premier' if d.day == 1 else nw(d.day)} {MONTHS[d.month - 1]}",
               f"{'premier' if d.day == 1 else nw(d.day)} {MONTHS[d.month - 1]} {nw(d.year)}"])


def reading_spoken():
    return nw(rng.randint(1200, 98000))


def reading_written():
    n = rng.randint(1200, 98000)
    return ch([f"{n:,}".replace(",", " "), str(n), f"{n:05d}"])


AGENT_FIRST = ["Julien", "Sandrine", "Karim", "Sophie", "Nadia", "Thomas", "Laetitia", "Mehdi", "Camille", "Yassine",
               "Aurélie", "Kevin", "Salma", "Romain", "Inès"]
FR_AGENCIES = ["Lyon Part-Dieu", "Bordeaux", "Lille", "Nantes", "Toulouse", "Rennes", "Montpellier", "Metz", "Grenoble",
               "Clermont-Ferrand"]
MA_AGENCIES = ["Casablanca Maârif", "Rabat Agdal", "Marrakech Guéliz", "Tanger", "Fès", "Agadir", "Oujda", "Meknès"]
FR_BRANDS_ENERGY = ["EDF", "Engie", "TotalEnergies", "Ekwateur", "Mint Énergie", "Vattenfall"]
TELECOMS = ["Orange", "SFR", "Free", "Bouygues Telecom", "Sosh", "RED by SFR"]
MA_TELECOMS = ["Maroc Telecom", "inwi", "Orange Maroc"]
BANKS = ["Crédit Agricole", "BNP Paribas", "La Banque Postale", "Société Générale", "Boursorama", "Crédit Mutuel",
         "LCL", "Caisse d'Épargne"]
MA_BANKS_N = ["Attijariwafa bank", "CIH Bank", "Bank of Africa", "Banque Populaire", "BMCI", "Crédit du Maroc"]
INSURERS = ["AXA", "MAIF", "Macif", "Groupama", "Allianz", "Wafa Assurance", "Saham", "RMA"]


# ----------------------------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------------------------

TEMPLATES = []


def tpl(reg, pii=True, weight=1.0):
    def deco(fn):
        TEMPLATES.append({"fn": fn, "reg": reg, "pii": pii, "weight": weight, "name": fn.__name__})
        return fn
    return deco


S = "stt"
C = "chat"

# ---------------------------------------------- speech-to-text, with PII ----------------------------------------


@tpl(S, weight=1.6)
def s_phone_new(u):
    v, _ = phone(S)
    u.f(ch(["oui bonjour je vous appelle parce que j'ai changé de numéro de portable le nouveau c'est le {v} voilà",
            "alors c'est pour mettre à jour mon numéro de téléphone c'est le {v}",
            "bonjour euh oui mon numéro a changé vous pouvez noter {v} c'est mon portable",
            "le numéro où me joindre c'est le {v} plutôt l'après-midi"]), v=v)


@tpl(S, weight=1.4)
def s_phone_hes(u):
    v, _ = phone(S, mode="s", force="hes")
    u.f(ch(["vous pouvez me rappeler au {v} c'est le numéro de ma femme",
            "mon portable c'est le {v} je suis joignable toute la journée",
            "oui alors le numéro c'est {v} voilà"]), v=v)


@tpl(S, weight=1.2)
def s_phone_selfcorr(u):
    v, _ = phone(S, mode=ch(["s", "s", "m"]), force="corr")
    u.f(ch(["mon numéro de téléphone c'est le {v} pour le technicien du linky",
            "c'est le {v} voilà vous m'appelez là-dessus",
            "alors notez {v} je répète pas hein"]), v=v)


@tpl(S, weight=1.3)
def s_phone_twoturn(u):
    d = gen_fr_phone()
    g = pair_chunks(d)
    k = ch([2, 3])
    first = V("PHONE_NUMBER", " ".join(c[1] for c in g[:k]), "s")
    second = V("PHONE_NUMBER", " ".join(c[1] for c in g[k:]), "s")
    u.f("agent : je vous écoute pour le numéro client : alors c'est le {a} agent : {ack} client : {b} agent : "
        "parfait c'est noté", a=first, ack=ch(["oui", "hm hm", "d'accord", "je note", "oui allez-y"]), b=second)


@tpl(S, weight=1.3)
def s_phone_readback(u):
    v, d = phone(S, mode="s", hes=0.0, corr=0.0)
    rb = V("PHONE_NUMBER", " ".join(c[1] for c in pair_chunks(d)), "s")
    u.f("client : {v} agent : je relis {rb} c'est bien ça client : {ok}", v=v, rb=rb,
        ok=ch(["oui c'est ça", "oui exactement", "c'est ça oui merci", "voilà"]))


@tpl(S, weight=1.4)
def s_phone_ma(u):
    v, _ = phone(S, region="ma")
    nm, _ = person(S, "ma")
    u.f(ch(["salam alikoum oui je suis {n} j'appelle de casablanca mon numéro c'est le {v}",
            "bonjour madame c'est {n} à l'appareil pour la facture lydec vous pouvez me joindre au {v}",
            "oui alors mon numéro marocain c'est {v} et je suis {n}"]), v=v, n=nm)


@tpl(S)
def s_phone_two_numbers(u):
    fixe, _ = phone(S, d=gen_fr_phone("fixe"), hes=0.1)
    mob, _ = phone(S, hes=0.1)
    u.f(ch(["alors le fixe c'est le {a} et le portable le {b} mais le fixe je réponds jamais",
            "vous avez deux numéros à noter le {a} à la maison et sinon le {b}"]), a=fixe, b=mob)


@tpl(S)
def s_phone_intl(u):
    v, _ = phone(S, style="intl", mode=ch(["s", "s", "m"]))
    u.f(ch(["je suis en déplacement en espagne pour trois semaines donc appelez-moi sur le {v}",
            "avec l'indicatif ça fait {v} je suis à l'étranger"]), v=v)


@tpl(S)
def s_phone_double(u):
    d = "0" + ch("67") + ch(["44", "00", "77", "11", "99", "55"]) + rdigits(2) + ch(["22", "33", "88"]) + rdigits(2)
    toks = [x[1] for x in digit_chunks(d, 0.9)]
    v = finish("PHONE_NUMBER", toks, "s", S, 0.3, 0.0)
    u.f(ch(["je vous le donne chiffre par chiffre {v}", "c'est {v} oui voilà c'est un numéro facile à retenir"]), v=v)


@tpl(S)
def s_phone_end(u):
    v, _ = phone(S, hes=0.1)
    u.f(ch(["oui je voulais savoir si le technicien peut m'appeler avant de passer vingt minutes avant c'est possible "
            "c'est le {v}", "bon ben rappelez-moi dès que vous avez l'info {v}"]), v=v)


@tpl(S, weight=2.5)
def s_email_basic(u):
    v, _ = email(S)
    u.f(ch(["mon adresse mail c'est {v}", "oui alors pour les factures envoyez-les sur {v} s'il vous plaît",
            "l'email c'est {v} tout attaché", "alors mon mail euh c'est {v} tout en minuscules"]), v=v)


@tpl(S, weight=2.0)
def s_email_spelled(u):
    first, last = spellable_last()
    e = gen_email(first, last)
    toks = email_spoken_tokens(e, spell_p=0.6, comme=0.5)
    v = V("EMAIL_ADDRESS", " ".join(toks), "s")
    u.f(ch(["je vous épelle le mail {v}", "mon adresse électronique c'est {v} vous voulez que je répète",
            "notez bien {v} parce que la dernière fois vous vous étiez trompés"]), v=v)


@tpl(S, weight=2.0)
def s_email_hes(u):
    v, _ = email(S, mode="s", force="hes")
    u.f(ch(["alors c'est {v} je crois que c'est ça oui", "le mail c'est {v}"]), v=v)


@tpl(S, weight=1.4)
def s_email_readback(u):
    first, last = name_pair()
    e = gen_email(first, last)
    v = V("EMAIL_ADDRESS", " ".join(email_spoken_tokens(e, 0.1)), "s")
    rb = V("EMAIL_ADDRESS", " ".join(email_spoken_tokens(e, 0.0)), "s")
    u.f("client : c'est {v} agent : donc je répète {rb} client : {ok}", v=v, rb=rb,
        ok=ch(["oui", "c'est bien ça", "oui parfait", "exactement merci"]))


@tpl(S)
def s_email_twoturn(u):
    first, last = name_pair()
    e = gen_email(first, last)
    toks = email_spoken_tokens(e, 0.1)
    at = next(i for i, t in enumerate(toks) if t in AT_WORDS)
    a = V("EMAIL_ADDRESS", " ".join(toks[:at]), "s")
    b = V("EMAIL_ADDRESS", " ".join(toks[at:]), "s")
    u.f("client : mon adresse c'est {a} agent : {ack} client : {b}", a=a, b=b,
        ack=ch(["oui arobase quoi", "oui", "et derrière", "d'accord et après"]))


@tpl(S)
def s_email_ma(u):
    nm, (first, last) = person(S, "ma")
    v, _ = email(S, first, last, region="ma")
    u.f(ch(["oui bonjour {n} je voulais recevoir la facture par mail c'est {v}",
            "c'est {n} mon mail c'est {v} chokran"]), n=nm, v=v)


@tpl(S, weight=2.0)
def s_card_groups(u):
    v, _ = card(S, mode="s", hes=0.25)
    u.f(ch(["oui alors je vais vous donner le numéro de la carte {v}",
            "la carte c'est une visa {v}", "pour le paiement la carte bleue c'est {v}"]), v=v)


@tpl(S, weight=1.2)
def s_card_cvv(u):
    v, _ = card(S)
    c, _ = pin(S, 3)
    u.f(ch(["le numéro c'est {v} et le cryptogramme derrière c'est {c}",
            "alors {v} et les trois chiffres au dos {c}"]), v=v, c=c)


@tpl(S)
def s_card_twoturn(u):
    num = gen_card("visa" if p(0.5) else "mc")
    groups = card_groups(num)
    style = ch(["whole", "pairs"])
    a = V("CREDIT_CARD", " ".join(say_group4(g, style) for g in groups[:2]), "s")
    b = V("CREDIT_CARD", " ".join(say_group4(g, style) for g in groups[2:]), "s")
    u.f("client : alors {a} agent : {ack} client : {b} agent : très bien", a=a, b=b,
        ack=ch(["oui", "je vous suis", "oui ensuite", "hm hm"]))


@tpl(S)
def s_card_restart(u):
    num = gen_card()
    groups = card_groups(num)
    start = " ".join(say_group4(g, "whole") for g in groups[:2])
    full = " ".join(say_group4(g, "pairs") for g in groups)
    v = V("CREDIT_CARD", f"{start} {ch(['attendez je reprends', 'non je recommence', 'pardon je reprends'])} {full}", "s")
    u.f("le numéro de carte c'est {v} voilà", v=v)


@tpl(S)
def s_card_mixed(u):
    v, _ = card(S, mode="m", hes=0.2)
    amt = euros_spoken()
    u.f("je voudrais régler les {amt} qui restent avec ma carte c'est {v}", amt=amt, v=v)


@tpl(S, weight=2.0)
def s_iban_spelled(u):
    v, _ = iban(S, mode="s")
    u.f(ch(["alors mon nouvel iban c'est {v} c'est pour le prélèvement",
            "je vous donne l'iban {v}",
            "oui j'ai changé de banque je suis au crédit agricole maintenant l'iban c'est {v}"]), v=v)


@tpl(S, weight=1.2)
def s_iban_hes(u):
    v, _ = iban(S, mode=ch(["s", "m"]), force=ch(["hes", "hes", "corr"]))
    u.f(ch(["c'est {v} voilà je l'ai sous les yeux", "l'iban {v}"]), v=v)


@tpl(S)
def s_iban_twoturn(u):
    value = gen_fr_iban()
    groups = [value[i:i + 4] for i in range(0, len(value), 4)]
    k = ch([2, 3, 4])
    head = say_cc_letters(value[:2]) + " " + say_pair(value[2:4])
    a = V("IBAN_CODE", " ".join([head] + [say_group4(g, "pairs") for g in groups[1:k]]), "s")
    b = V("IBAN_CODE", " ".join(say_group4(g, "pairs") for g in groups[k:]), "s")
    u.f("client : l'iban c'est {a} agent : {ack} client : {b}", a=a, b=b,
        ack=ch(["oui continuez", "hm hm", "allez-y", "oui j'ai noté jusque-là"]))


@tpl(S, weight=1.2)
def s_rib_ma(u):
    v, _ = iban(S, region="ma", as_rib=True, mode=ch(["s", "s", "m"]))
    bank = ch(MA_BANKS_N).lower()
    u.f(ch(["mon rib chez {b} c'est {v} pour le prélèvement de la facture",
            "le rib c'est {v} c'est un compte {b}"]), v=v, b=bank)


@tpl(S)
def s_iban_ma(u):
    v, _ = iban(S, region="ma", mode="s")
    u.f("mon iban marocain c'est {v} c'est pour le remboursement", v=v)


@tpl(S)
def s_iban_readback(u):
    value = gen_fr_iban()
    v, _ = iban(S, value=value, mode="s", hes=0.0, corr=0.0)
    groups = [value[i:i + 4] for i in range(0, len(value), 4)]
    rb = V("IBAN_CODE", " ".join(["f r", say_pair(value[2:4])] + [say_group4(g, "pairs") for g in groups[1:]]), "s")
    u.f("client : {v} agent : je vous relis {rb} client : oui", v=v, rb=rb)


@tpl(S, weight=2.5)
def s_nir_basic(u):
    v, _ = nir(S, mode="s")
    u.f(ch(["mon numéro de sécurité sociale c'est le {v}", "le numéro de sécu c'est {v}",
            "alors la sécu c'est {v} c'est pour l'attestation"]), v=v)


@tpl(S, weight=2.0)
def s_nir_hes(u):
    v, _ = nir(S, mode=ch(["s", "m"]), force=ch(["hes", "corr"]))
    u.f(ch(["euh c'est le {v} je lis sur la carte vitale", "attendez je prends la carte vitale {v}"]), v=v)


@tpl(S)
def s_nir_corse(u):
    value = None
    for _ in range(200):
        value = gen_nir()
        if "2A" in value or "2B" in value:
            break
    v, _ = nir(S, value=value, mode="s")
    u.f("je suis né en corse donc c'est {v}", v=v)


@tpl(S)
def s_nir_mixed(u):
    v, _ = nir(S, mode="m")
    nm, _ = person(S, gender="m")
    u.f("oui c'est pour {n} mon fils il est rattaché à moi son numéro c'est {v}", n=nm, v=v)


@tpl(S, weight=1.2)
def s_name_nocontext(u):
    nm, _ = person(S, fmt=ch(["fl", "lf"]))
    u.f(ch(["{n} bonjour j'appelle pour mon relevé de compteur il affiche {r} kilowattheures",
            "oui {n} voilà je vous rappelle pour le dossier de ce matin",
            "bonjour {n} je voudrais résilier mon contrat habitation avec la loi hamon"]), n=nm, r=reading_spoken())


@tpl(S, weight=1.2)
def s_name_spelled(u):
    g = ch("fm")
    first, last = spellable_last(gender=g)
    nm = V("PERSON", f"{first.lower()} {spelled_name(last)}" if p(0.6) else spelled_name(last), "s")
    title = "madame" if g == "f" else "monsieur"
    u.f(ch(["oui c'est " + title + " {n} voilà", "je suis " + title + " {n}", "au nom de {n}"]), n=nm)


@tpl(S, weight=1.3)
def s_address_bis(u):
    v = fr_address(S, kind=ch(["street", "complement"]), hes=0.3)
    u.f(ch(["je déménage le {d} la nouvelle adresse c'est {v}", "alors j'habite {v} depuis deux ans",
            "l'adresse du logement c'est {v}"]), v=v, d=bill_date_spoken())


@tpl(S)
def s_address_lieudit(u):
    v = fr_address(S, kind="lieudit")
    u.f(ch(["c'est une maison isolée à l'adresse {v} le technicien trouve jamais",
            "alors c'est {v} c'est la ferme après le pont"]), v=v)


@tpl(S)
def s_address_corr(u):
    v = fr_address(S, kind="street", corr=True)
    u.f("l'adresse de facturation c'est {v}", v=v)


@tpl(S, weight=1.2)
def s_address_ma(u):
    v = ma_address(S)
    nm, _ = person(S, "ma")
    u.f(ch(["bonjour je suis {n} l'adresse c'est {v} pour le branchement du compteur",
            "oui {n} j'habite {v} et le compteur est dehors"]), n=nm, v=v)


@tpl(S, weight=1.3)
def s_dob(u):
    v, _ = dob(S)
    u.f(ch(["je suis née le {v}", "ma date de naissance c'est le {v}", "né le {v} à tunis",
            "euh le {v} c'est ma date de naissance"]), v=v)


@tpl(S)
def s_dob_filler(u):
    v, _ = dob(S, mode="s")
    nm, _ = person(S, gender="f")
    u.f(ch(["c'est pour {n} ma mère elle est née le euh attendez {v}",
            "le contrat est au nom de {n} date de naissance {v}"]), n=nm, v=v)


@tpl(S, weight=1.6)
def s_cin(u):
    v, _ = cin(S)
    u.f(ch(["le numéro de ma carte nationale c'est {v}", "la cin c'est {v}",
            "oui alors cin numéro {v} pour l'ouverture du compteur"]), v=v)


@tpl(S)
def s_cin_name(u):
    v, _ = cin(S, mode="s")
    nm, _ = person(S, "ma", gender="m")
    u.f("oui le contrat est au nom de mon père {n} sa carte d'identité c'est {v}", n=nm, v=v)


@tpl(S, weight=1.3)
def s_customer_id(u):
    v, _ = customer_id(S, "volta")
    u.f(ch(["mon numéro client volta c'est le {v}", "la référence client sur la facture c'est {v}",
            "alors numéro client {v} j'ai la facture de {amt} devant moi"]), v=v, amt=euros_spoken())


@tpl(S)
def s_contract_assurea(u):
    v, _ = customer_id(S, "assurea", mode=ch(["s", "s", "m"]))
    u.f(ch(["mon contrat auto chez assuréa c'est le {v}", "le numéro de police c'est {v} pour le bris de glace"]), v=v)


@tpl(S)
def s_customer_ma(u):
    v, _ = customer_id(S, "ma_util")
    u.f(ch(["numéro de contrat {v} la facture de ce mois c'est trois cent quarante dirhams",
            "le numéro de client redal c'est {v}"]), v=v)


@tpl(S, weight=1.2)
def s_pin(u):
    v, _ = pin(S, 4)
    u.f(ch(["le code secret de mon espace client c'est {v} mais il marche plus",
            "mon code pin c'est {v} est-ce que vous pouvez le débloquer",
            "j'ai tapé {v} trois fois et c'est bloqué"]), v=v)


@tpl(S)
def s_otp(u):
    v, _ = pin(S, 6)
    u.f(ch(["le code que j'ai reçu par sms c'est {v}", "le code de confirmation c'est {v} il expire dans cinq minutes"]),
        v=v)


@tpl(S)
def s_password(u):
    v, _ = password(S)
    u.f(ch(["mon mot de passe c'est {v} tout attaché et ça marche pas",
            "j'ai mis comme mot de passe {v} sans espace"]), v=v)


@tpl(S)
def s_door_code(u):
    v, _ = door_code(S)
    u.f(ch(["pour le rendez-vous linky du {d} le code de la porte c'est {v} et c'est au troisième",
            "le digicode c'est {v} le technicien peut monter"]), v=v, d=bill_date_spoken())


@tpl(S, weight=1.8)
def s_ip(u):
    v, _ = ip(S)
    u.f(ch(["l'adresse ip de la box c'est {v}", "sur l'écran il me marque {v} c'est l'ip je crois"]), v=v)


@tpl(S, weight=1.2)
def s_identity_check(u):
    nm, _ = person(S)
    d, _ = dob(S)
    a = fr_address(S)
    u.f("agent : pour vérifier votre identité nom prénom date de naissance client : {n} {d} et j'habite {a}",
        n=nm, d=d, a=a)


@tpl(S)
def s_ma_full(u):
    nm, _ = person(S, "ma")
    c, _ = cin(S)
    ph, _ = phone(S, region="ma", hes=0.1)
    u.f("smiti {n} la carte nationale {c} et le téléphone {ph}", n=nm, c=c, ph=ph)


@tpl(S, weight=1.2)
def s_bank_change(u):
    nm, _ = person(S, fmt="l")
    v, _ = iban(S, mode=ch(["s", "m"]))
    u.f("bonjour c'est madame {n} je veux que le prélèvement de {amt} passe sur mon nouveau compte {v}",
        n=nm, amt=euros_spoken(), v=v)


@tpl(S)
def s_phone_email(u):
    ph, _ = phone(S, hes=0.1)
    em, _ = email(S)
    u.f("notez mon portable {ph} et mon mail {em} comme ça vous m'envoyez le devis", ph=ph, em=em)


@tpl(S)
def s_agent_name(u):
    an = V("PERSON", ch(AGENT_FIRST).lower(), "s")
    ph, _ = phone(S)
    u.f("merci {a} vous êtes gentil alors rappelez-moi au {ph}", a=an, ph=ph)


@tpl(S)
def s_third_party(u):
    nm, _ = person(S, fmt="fl", gender="m")
    d, _ = dob(S)
    u.f("j'appelle pour mon père {n} il est né le {d} il est à l'ehpad maintenant", n=nm, d=d)


@tpl(S)
def s_secret_question(u):
    if p(0.5):
        u.f("la réponse à la question secrète c'est {v} le nom de mon premier chien",
            v=V("SECRET", ch(SECRET_PETS).lower(), "s"))
    else:
        u.f("question secrète ville de naissance de ma mère c'est {v}", v=V("SECRET", ch(SECRET_TOWNS).lower(), "s"))


@tpl(S)
def s_nir_start(u):
    v, _ = nir(S, mode="s", cle=False)
    u.f("{v} c'est mon numéro de sécu pour le dossier sinistre", v=v)


@tpl(S)
def s_card_end(u):
    v, _ = card(S, mode="s", hes=0.1)
    u.f("bon je vous la donne {v}", v=v)


@tpl(S)
def s_puk(u):
    v, _ = pin(S, 8)
    ph, _ = phone(S, hes=0.0)
    u.f("ma puce est bloquée le code puk sur la carte c'est {v} la ligne c'est le {ph}", v=v, ph=ph)


@tpl(S)
def s_phone_digits_written(u):
    v, _ = phone(S, mode="w", hes=0.3)
    u.f(ch(["oui c'est le {v} c'est ça", "vous m'appelez au {v} après dix-huit heures"]), v=v)


# ---------------------------------------------- chat / e-mail / written, with PII -------------------------------


@tpl(C, weight=1.5)
def w_phone(u):
    v, _ = phone(C)
    u.f(ch(["Bonjour, mon nouveau numéro : {v}. Merci de mettre à jour mon dossier.",
            "Vous pouvez me joindre au {v} après 18h.", "Tel : {v}",
            "Bonjour, pouvez-vous me rappeler au {v} ? Merci"]), v=v)


@tpl(C, weight=1.3)
def w_phone_ma(u):
    v, _ = phone(C, region="ma")
    u.f(ch(["Salam, mon numéro est le {v}, merci de me rappeler pour la facture Lydec.",
            "3afak rappelez-moi sur {v}", "Bonjour, nouveau numéro : {v} (Maroc Telecom)",
            "wach momkin t3ayto liya f {v} ? chokran"]), v=v)


@tpl(C)
def w_phone_landline_ma(u):
    v, _ = phone(C, d=gen_ma_phone("fixe"), region="ma")
    u.f("Le fixe de la maison c'est {v}, le matin de préférence.", v=v)


@tpl(C)
def w_phone_irregular(u):
    d = gen_fr_phone()
    txt = ch([d[:3] + " " + d[3:6] + " " + d[6:], " ".join(d), d[:2] + "/" + d[2:4] + "/" + d[4:6] + "/" + d[6:8]
              + "/" + d[8:], d[:2] + " " + d[2:6] + " " + d[6:], d[:2] + "." + d[2:]])
    u.f(ch(["portable {v} merci", "mon num {v}", "Rappelez moi au {v} svp"]), v=V("PHONE_NUMBER", txt, "w"))


@tpl(C)
def w_phone_start(u):
    v, _ = phone(C, mode="w")
    u.f(ch(["{v} — c'est mon numéro, rappelez-moi svp", "{v} est mon nouveau numéro"]), v=v)


@tpl(C)
def w_phone_words_chat(u):
    v, _ = phone(C, mode="m")
    u.f(ch(["mon numero c'est le {v}", "tel : {v} (portable)"]), v=v)


@tpl(C, weight=2.5)
def w_email(u):
    v, _ = email(C)
    u.f(ch(["Mon adresse e-mail : {v}", "Merci d'envoyer l'attestation à {v}.",
            "Pouvez-vous modifier mon e-mail ? Le nouveau est {v}", "mail: {v}"]), v=v)


@tpl(C)
def w_email_obfuscated(u):
    first, last = name_pair()
    e = gen_email(first, last)
    local, dom = e.split("@")
    name, _, tld = dom.rpartition(".")
    txt = ch([f"{local} (at) {name} (point) {tld}", f"{local}[at]{name}[.]{tld}",
              f"{local} at {name} dot {tld}", f"{local} arobase {name} point {tld}"])
    u.f("Je préfère pas mettre le @ en clair : {v}", v=V("EMAIL_ADDRESS", txt, "m" if "arobase" in txt else "w"))


@tpl(C, weight=1.2)
def w_email_signature(u):
    first, last = name_pair()
    nm = V("PERSON", f"{first} {last}", "w")
    ph, _ = phone(C, mode="w")
    em, _ = email(C, first, last, mode="w")
    u.f("Bonjour,\n\nSuite à mon appel du {d}, je vous confirme ma demande de passage à l'option heures creuses.\n\n"
        "Cordialement,\n{n}\n{ph}\n{em}", d=bill_date_written(), n=nm, ph=ph, em=em)


@tpl(C)
def w_email_trailing(u):
    v, _ = email(C, mode="w", e=gen_email(*name_pair()))
    u.f(ch(["Vous avez une faute dans mon adresse, c'est {v}.", "Le bon mail est {v}"]), v=v)


@tpl(C)
def w_email_spaces(u):
    first, last = name_pair()
    e = gen_email(first, last)
    local, dom = e.split("@")
    txt = " . ".join(local.split(".")) + " @ " + " . ".join(dom.split("."))
    u.f("mail : {v} (sans les espaces)", v=V("EMAIL_ADDRESS", txt, "w"))


@tpl(C, weight=2.0)
def w_card(u):
    v, _ = card(C)
    c, _ = pin(C, 3)
    u.f(ch(["Carte n° {v}, cryptogramme {c}", "Je paie par carte : {v} / CVV {c}",
            "Voici le numéro : {v}. Code au dos : {c}."]), v=v, c=c)


@tpl(C)
def w_card_amount(u):
    v, _ = card(C, mode="w")
    u.f("Je voudrais régler la facture de {amt} avec la carte {v}, pas en 3 fois.", amt=euros_written(), v=v)


@tpl(C)
def w_card_amex(u):
    num = gen_card("amex")
    g = card_groups(num)
    v = V("CREDIT_CARD", ch([" ".join(g), num, "-".join(g)]), "w")
    u.f("C'est une American Express : {v}", v=v)


@tpl(C)
def w_card_lines(u):
    num = gen_card()
    g = card_groups(num)
    txt = " ".join(g[:2]) + "\n" + " ".join(g[2:])
    u.f("Ma carte (recopiée à la main) :\n{v}\nMerci", v=V("CREDIT_CARD", txt, "w"))


@tpl(C, weight=2.0)
def w_iban(u):
    v, _ = iban(C)
    u.f(ch(["Nouvel IBAN : {v} (BIC {bic})", "Bonjour, voici mon IBAN pour le prélèvement : {v}",
            "iban {v} merci de changer avant le {d}"]), v=v, bic=ch(["AGRIFRPP882", "BNPAFRPPXXX", "PSSTFRPPLIL",
                                                                     "SOGEFRPP", "CMCIFR2A"]), d=bill_date_written())


@tpl(C)
def w_rib_fr(u):
    v, _ = iban(C, as_rib=True)
    u.f("Mon RIB : {v} (banque, guichet, compte, clé)", v=v)


@tpl(C, weight=1.2)
def w_iban_ma(u):
    v, _ = iban(C, region="ma", as_rib=p(0.5))
    u.f(ch(["Salam, voici mon RIB {b} : {v}", "RIB pour le remboursement : {v} — {b}"]), v=v, b=ch(MA_BANKS_N))


@tpl(C)
def w_iban_lines(u):
    value = gen_fr_iban()
    g = [value[i:i + 4] for i in range(0, len(value), 4)]
    k = rng.randint(2, 5)
    txt = " ".join(g[:k]) + "\n" + " ".join(g[k:])
    u.f("Voici l'IBAN copié depuis mon appli :\n{v}", v=V("IBAN_CODE", txt, "w"))


@tpl(C)
def w_iban_readback_chat(u):
    value = gen_fr_iban()
    g = [value[i:i + 4] for i in range(0, len(value), 4)]
    a = V("IBAN_CODE", "".join(g), "w")
    b = V("IBAN_CODE", " ".join(g), "w")
    u.f("Client : {a}\nConseiller : Je confirme l'IBAN {b} ?\nClient : oui", a=a, b=b)


@tpl(C, weight=2.5)
def w_nir(u):
    v, _ = nir(C)
    u.f(ch(["N° de sécu : {v}", "Mon numéro de sécurité sociale est le {v}.",
            "NIR {v} pour l'attestation employeur"]), v=v)


@tpl(C)
def w_nir_dob(u):
    v, _ = nir(C, mode="w")
    d, _ = dob(C)
    u.f("Né le {d}, numéro de sécurité sociale {v}.", d=d, v=v)


@tpl(C, weight=1.2)
def w_form(u):
    first, last = name_pair()
    nmL = V("PERSON", last.upper() if p(0.5) else last, "w")
    nmF = V("PERSON", first, "w")
    d, _ = dob(C)
    a = fr_address(C)
    u.f("Nom : {l}\nPrénom : {f}\nDate de naissance : {d}\nAdresse : {a}\nObjet : résiliation loi Hamon",
        l=nmL, f=nmF, d=d, a=a)


@tpl(C, weight=1.2)
def w_address(u):
    a = fr_address(C, kind=ch(["street", "complement", "complement"]))
    u.f(ch(["Bonjour, je déménage le {d}. Nouvelle adresse : {a}", "Adresse de facturation : {a}",
            "Merci d'envoyer le courrier au {a}"]), a=a, d=bill_date_written())


@tpl(C)
def w_address_lieudit(u):
    a = fr_address(C, kind="lieudit")
    u.f("Le compteur est à l'adresse suivante : {a}. Pas de numéro, c'est la maison avec le portail vert.", a=a)


@tpl(C, weight=1.2)
def w_address_ma(u):
    a = ma_address(C)
    u.f(ch(["Adresse : {a}", "Bonjour, mon adresse est {a}, merci de passer pour le compteur.",
            "salam, l'adresse dyali {a}"]), a=a)


@tpl(C, weight=1.5)
def w_cin(u):
    v, _ = cin(C)
    nm, _ = person(C, "ma")
    u.f(ch(["CIN : {v} – {n}", "Bonjour, je suis {n}, CIN {v}, je veux transférer le contrat.",
            "{n}\nCIN {v}"]), v=v, n=nm)


@tpl(C, weight=1.2)
def w_customer_id(u):
    brand = ch(["volta", "telecom", "bank"])
    v, _ = customer_id(C, brand)
    u.f(ch(["Numéro client : {v}", "Réf. client {v} - facture du {d}", "Mon identifiant de connexion est {v}"]),
        v=v, d=bill_date_written())


@tpl(C)
def w_contract_assurea(u):
    v, _ = customer_id(C, "assurea")
    nm, _ = person(C)
    u.f("Bonjour, contrat {v} au nom de {n}, je souhaite déclarer un bris de glace survenu le {d}.",
        v=v, n=nm, d=bill_date_written())


@tpl(C)
def w_customer_ma(u):
    v, _ = customer_id(C, "ma_util")
    u.f("Numéro de contrat Lydec : {v} — la facture de {m} DH est trop élevée", v=v, m=rng.randint(180, 1400))


@tpl(C)
def w_password(u):
    v, _ = password(C)
    u.f(ch(["Mon mot de passe {v} ne fonctionne plus depuis hier.", "mdp : {v}",
            "J'ai essayé {v} et ça ne marche pas"]), v=v)


@tpl(C)
def w_otp(u):
    v, _ = pin(C, 6)
    u.f(ch(["Le code reçu par SMS est {v}", "code {v}", "Code de validation : {v} (reçu à 14h02)"]), v=v)


@tpl(C)
def w_wifi(u):
    v = V("SECRET", wifi_key(), "w")
    u.f(ch(["La clé wifi de la box est {v}, elle ne marche pas", "clé WPA : {v}"]), v=v)


@tpl(C)
def w_door(u):
    v, _ = door_code(C)
    u.f("Pour l'intervention du {d} : digicode {v}, 2e étage.", v=v, d=bill_date_written())


@tpl(C, weight=1.8)
def w_ip(u):
    v, _ = ip(C)
    u.f(ch(["Mon adresse IP : {v}", "La box affiche l'IP {v} mais pas d'internet.",
            "ping vers {v} ne répond pas"]), v=v)


@tpl(C, weight=1.2)
def w_name_nocontext(u):
    nm, _ = person(C, fmt=ch(["lf", "LF", "fl"]))
    u.f(ch(["{n} — problème sur la facture de {d}", "{n}\nJe conteste le montant de {amt}.",
            "Bonjour, {n}, je n'ai toujours pas reçu mon chèque énergie."]), n=nm, d=bill_date_written(),
        amt=euros_written())


@tpl(C)
def w_two_people(u):
    a, (_, last) = person(C)
    b = V("PERSON", fake.first_name_male() + " " + last, "w")
    u.f("Le contrat est à nos deux noms : {a} et {b}.", a=a, b=b)


@tpl(C, weight=1.2)
def w_letter(u):
    first, last = name_pair()
    nm = V("PERSON", f"{first} {last}", "w")
    pol, _ = customer_id(C, "assurea", mode="w")
    d, _ = dob(C)
    ph, _ = phone(C, mode="w")
    u.f("Madame, Monsieur,\nJe soussigné(e) {n}, né(e) le {d}, titulaire du contrat {pol}, demande la "
        "résiliation de mon contrat auto à l'échéance.\nTél. {ph}\nCordialement", n=nm, d=d, pol=pol, ph=ph)


@tpl(C, weight=1.2)
def w_ma_chat(u):
    nm, _ = person(C, "ma", fmt="f")
    ph, _ = phone(C, region="ma")
    u.f(ch(["salam, ana {n}, l'compteur ma khdamch, numéro dyali {ph}",
            "Bonjour, {n} ici, la coupure d'eau depuis 2 jours, rappelez-moi au {ph}"]), n=nm, ph=ph)


@tpl(C)
def w_agent_readback(u):
    v, d = phone(C, mode="w")
    rb = V("PHONE_NUMBER", " ".join(c[0] for c in pair_chunks(d)), "w")
    u.f("Client : {v}\nConseiller : Je note le {rb}, c'est bien ça ?\nClient : oui", v=v, rb=rb)


@tpl(C)
def w_card_words(u):
    v, _ = card(C, mode="m")
    u.f("numéro de carte (je tape vite) : {v}", v=v)


@tpl(C)
def w_secret_answer(u):
    if p(0.5):
        u.f("Réponse à la question secrète (ville de naissance de mon père) : {v}", v=V("SECRET", ch(SECRET_TOWNS), "w"))
    else:
        u.f("Question secrète : nom de mon premier animal → {v}", v=V("SECRET", ch(SECRET_PETS), "w"))


@tpl(C)
def w_two_phones(u):
    a, _ = phone(C, d=gen_fr_phone("fixe"), mode="w")
    b, _ = phone(C, mode="w")
    u.f("Fixe : {a}\nPortable : {b}", a=a, b=b)


@tpl(C)
def w_nir_end(u):
    v, _ = nir(C, mode="w")
    u.f("Pour la mutuelle il vous faut mon numéro, le voici {v}", v=v)


@tpl(C)
def w_dob_only(u):
    v, _ = dob(C)
    u.f(ch(["Date de naissance du conducteur principal : {v}", "je suis né le {v}, ça change quoi pour la surprime ?",
            "DDN {v}"]), v=v)


@tpl(C)
def w_mixed_iban_spelled_chat(u):
    v, _ = iban(C, mode="m")
    u.f("je vous écris l'iban comme il est dicté par ma banque : {v}", v=v)


@tpl(C)
def w_ip_v6(u):
    v, _ = ip(C, kind="v6")
    u.f("IPv6 de la box : {v} (je sais pas si ça aide)", v=v)


@tpl(C)
def w_agent_name(u):
    an = V("PERSON", ch(AGENT_FIRST), "w")
    v, _ = email(C, mode="w")
    u.f("Merci {a} pour votre aide ! Vous pouvez m'envoyer le récapitulatif à {v}", a=an, v=v)


@tpl(S, weight=1.5)
def s_nir_email(u):
    v, _ = nir(S, hes=0.15)
    em, _ = email(S)
    u.f(ch(["pour l'attestation de la mutuelle mon numéro de sécu c'est {v} et vous me l'envoyez sur {em}",
            "alors la sécu {v} et le mail pour la réponse {em}"]), v=v, em=em)


@tpl(S, weight=1.3)
def s_card_phone(u):
    ph, _ = phone(S, hes=0.1)
    v, _ = card(S, hes=0.15)
    u.f("si jamais le paiement passe pas rappelez-moi au {ph} la carte c'est {v}", ph=ph, v=v)


@tpl(S)
def s_email_corr(u):
    first, last = name_pair()
    e = gen_email(first, last)
    toks = email_spoken_tokens(e, 0.1)
    wrong_tld = {"fr": "com", "com": "fr", "net": "fr", "ma": "com"}.get(e.rsplit(".", 1)[1], "fr")
    toks = toks[:-1] + [wrong_tld, ch(["non pardon", "ah non", "euh non"]), "point", toks[-1]]
    u.f("mon adresse c'est {v} je me trompe toujours", v=V("EMAIL_ADDRESS", " ".join(toks), "s"))


@tpl(S)
def s_iban_mutuelle(u):
    v, _ = iban(S, hes=0.2)
    n, _ = nir(S, hes=0.1)
    u.f("pour les remboursements de la mutuelle l'iban c'est {v} et mon numéro de sécurité sociale {n}", v=v, n=n)


@tpl(S)
def s_nir_readback(u):
    value = gen_nir()
    v, _ = nir(S, value=value, mode="s", hes=0.0, corr=0.0)
    rb = V("FR_NIR", " ".join(say_num_str(x) if x.isdigit() else spell(x.lower()) for x in nir_parts(value)), "s")
    u.f("client : {v} agent : je relis {rb} client : {ok}", v=v, rb=rb, ok=ch(["oui", "c'est ça", "exact"]))


@tpl(S)
def s_phone_ma_twoturn(u):
    d = gen_ma_phone()
    g = pair_chunks(d)
    a = V("PHONE_NUMBER", " ".join(c[1] for c in g[:2]), "s")
    b = V("PHONE_NUMBER", " ".join(c[1] for c in g[2:]), "s")
    u.f("client : zid sjel le numéro {a} agent : oui je vous écoute client : {b} agent : merci", a=a, b=b)


@tpl(C, weight=1.5)
def w_nir_email(u):
    v, _ = nir(C, mode="w")
    em, _ = email(C, mode="w")
    u.f("Attestation de droits : NIR {v}, à m'envoyer sur {em} svp.", v=v, em=em)


@tpl(C, weight=1.3)
def w_card_to_iban(u):
    c, _ = card(C, mode="w")
    v, _ = iban(C, mode="w")
    u.f("Je ne veux plus payer avec la carte {c}. Merci de passer au prélèvement sur l'IBAN {v} à partir du {d}.",
        c=c, v=v, d=bill_date_written())


@tpl(C)
def w_email_ma_signature(u):
    first, last = name_pair("ma")
    nm = V("PERSON", f"{first} {last}", "w")
    ph, _ = phone(C, region="ma", mode="w")
    em, _ = email(C, first, last, region="ma", mode="w")
    u.f("Bonjour,\nJe n'ai pas reçu ma facture {c} de {m}.\n\n{n}\nGSM : {ph}\nE-mail : {em}",
        c=ch(["Lydec", "Redal", "inwi", "Maroc Telecom"]), m=ch(MONTHS), n=nm, ph=ph, em=em)


@tpl(C)
def w_email_two(u):
    a, _ = email(C, mode="w")
    b, _ = email(C, mode="w")
    u.f("Ancienne adresse : {a} — nouvelle : {b}", a=a, b=b)


# ---------------------------------------------- no PII: material that must survive -------------------------------


@tpl(S, pii=False)
def n_s_reading(u):
    u.f(ch(["alors mon index heures pleines c'est {a} et heures creuses {b} je l'ai relevé ce matin sur le linky",
            "le compteur affiche {a} kilowattheures et sur la facture ils ont mis {b}"]),
        a=reading_spoken(), b=reading_spoken())


@tpl(S, pii=False)
def n_s_bill(u):
    u.f(ch(["je comprends pas ma facture du {d} elle est de {amt} alors que d'habitude c'est {amt2}",
            "on m'a prélevé {amt} le {d} c'est le double de d'habitude"]),
        d=bill_date_spoken(), amt=euros_spoken(), amt2=euros_spoken())


@tpl(S, pii=False)
def n_s_appointment(u):
    u.f(ch(["le rendez-vous pour la pose du linky c'est le {d} entre huit heures et midi c'est ça",
            "vous pouvez décaler le rendez-vous du {d} à quatorze heures trente"]), d=bill_date_spoken())


@tpl(S, pii=False)
def n_s_duration(u):
    u.f(ch(["ça fait {n} semaines que j'attends le remboursement et là ça fait {m} minutes que je suis en attente",
            "j'ai été coupé pendant {n} jours et personne m'a rappelé"]), n=nw(rng.randint(2, 9)),
        m=nw(rng.randint(12, 45)))


@tpl(S, pii=False)
def n_s_offer(u):
    u.f(ch(["je voudrais passer à l'offre volta nature avec l'option heures creuses c'est combien le kilowattheure",
            "chez {b} on me propose zéro virgule {c} le kilowattheure vous faites mieux",
            "est-ce que l'offre à prix fixe c'est bloqué {n} ans"]), b=ch(FR_BRANDS_ENERGY).lower(),
        c=nw(rng.randint(18, 29)), n=nw(rng.randint(1, 3)))


@tpl(S, pii=False)
def n_s_insurance(u):
    u.f(ch(["la franchise bris de glace c'est {a} euros ou c'est {b}",
            "mon bonus il est à zéro virgule {c} et vous me mettez une surprime de {a} euros"]),
        a=nw(rng.choice([150, 200, 300, 380, 500])), b=nw(rng.choice([60, 90, 100])), c=nw(rng.randint(50, 95)))


@tpl(S, pii=False)
def n_s_telecom(u):
    u.f(ch(["ma box {t} elle clignote en rouge depuis {n} jours et j'ai un forfait {g} giga à {amt}",
            "j'ai dépassé de {g} giga ce mois-ci et on m'a facturé {amt}"]), t=ch(TELECOMS).lower(),
        n=nw(rng.randint(2, 6)), g=nw(rng.choice([20, 40, 80, 100, 130])), amt=euros_spoken())


@tpl(S, pii=False)
def n_s_agency(u):
    u.f(ch(["je suis passée à l'agence de {a} ils m'ont dit de vous appeler",
            "l'agence de {a} elle ouvre à quelle heure le samedi"]), a=ch(MA_AGENCIES + FR_AGENCIES).lower())


@tpl(S, pii=False)
def n_s_counts(u):
    u.f("on est {n} dans la maison avec {k} enfants la maison fait {m} mètres carrés et on chauffe à l'électrique",
        **dict(zip(("n", "k"), map(nw, ch([(3, 1), (4, 2), (5, 3), (6, 4), (4, 1), (5, 2)])))),
        m=nw(rng.randint(60, 180)))


@tpl(S, pii=False)
def n_s_cheque(u):
    u.f("j'ai reçu le chèque énergie de {a} euros je peux l'utiliser pour la facture de {d}",
        a=nw(rng.choice([48, 76, 101, 127, 146, 194, 277])), d=ch(MONTHS))


@tpl(S, pii=False)
def n_s_echeancier(u):
    u.f("la mensualité est passée de {a} à {b} euros le {n} de chaque mois c'est pas normal",
        a=nw(rng.randint(45, 90)), b=nw(rng.randint(91, 190)), n=nw(rng.randint(2, 28)))


@tpl(S, pii=False)
def n_s_ma_bill(u):
    u.f(ch(["la facture {c} de ce mois c'est {a} dirhams alors que d'habitude c'est {b}",
            "on a eu une coupure hier à {c2} de dix heures à seize heures"]),
        c=ch(["lydec", "redal", "amendis", "onee"]), a=nw(rng.randint(150, 900)), b=nw(rng.randint(100, 400)),
        c2=ch(["casablanca", "rabat", "tanger", "tétouan", "salé"]))


@tpl(S, pii=False)
def n_s_power(u):
    u.f("je suis en {k} kva et ça disjoncte quand je lance le four et la machine en même temps on passe à {k2} "
        "ça coûte combien", **dict(zip(("k", "k2"), map(nw, ch([(6, 9), (6, 12), (9, 12), (3, 6)])))))


@tpl(S, pii=False)
def n_s_public_number(u):
    u.f(ch(["j'ai appelé le trente-neuf zéro zéro et ils m'ont renvoyé vers vous",
            "on m'a donné le {n} sur le site mais ça sonne occupé depuis une heure"]),
        n=ch(["trente-neuf trente-neuf", "dix quatorze", "trente et un soixante-dix-neuf"]))


@tpl(S, pii=False)
def n_s_gas(u):
    u.f("le gazpar il indique {r} mètres cubes mais la facture est estimée à {r2} depuis {m}",
        r=nw(rng.randint(800, 9000)), r2=nw(rng.randint(800, 9000)), m=ch(MONTHS))


@tpl(C, pii=False)
def n_c_reading(u):
    u.f(ch(["Relevé du {d} : HP {a} kWh, HC {b} kWh", "Index Linky au {d} : {a}"]),
        d=bill_date_written(), a=reading_written(), b=reading_written())


@tpl(C, pii=False)
def n_c_bill(u):
    u.f(ch(["Bonjour, la facture du {d} s'élève à {amt}, soit {n} fois plus que l'an dernier.",
            "Pourquoi {amt} prélevés le {d} ? Mon échéancier prévoit {amt2}."]),
        d=bill_date_written(), amt=euros_written(), amt2=euros_written(), n=rng.randint(2, 3))


@tpl(C, pii=False)
def n_c_appointment(u):
    u.f(ch(["RDV technicien confirmé le {d} entre 13h et 17h ?", "Je ne serai pas là le {d}, possible de décaler "
                                                                  "au lundi suivant 8h-12h ?"]),
        d=bill_date_written())


@tpl(C, pii=False)
def n_c_complaint(u):
    u.f("Bonjour,\n\nDepuis le {d}, j'ai appelé {n} fois et attendu en moyenne {m} minutes. Personne ne m'a "
        "expliqué la régularisation de {amt}. Je souhaite saisir le médiateur national de l'énergie.\n\nCordialement",
        d=bill_date_written(), n=rng.randint(3, 9), m=rng.randint(15, 55), amt=euros_written())


@tpl(C, pii=False)
def n_c_offers(u):
    u.f(ch(["Volta Nature à {a} €/kWh contre {b} chez {c}, c'est vraiment plus vert ?",
            "Je suis chez {c} depuis {y} ans, {c2} me propose une offre à prix fixe sur 2 ans."]),
        a=f"0,{rng.randint(1800, 2999)}", b=f"0,{rng.randint(1800, 2999)}", c=ch(FR_BRANDS_ENERGY),
        c2=ch(FR_BRANDS_ENERGY), y=rng.randint(2, 15))


@tpl(C, pii=False)
def n_c_accident(u):
    u.f("Accident le {d} à {h}h{m} sur l'A7 près de Valence, constat amiable signé, 2 véhicules, pas de blessé. "
        "Franchise de {f} € ?", d=bill_date_written(), h=rng.randint(7, 21), m=f"{rng.randint(0, 59):02d}",
        f=ch([150, 300, 380, 500]))


@tpl(C, pii=False)
def n_c_data(u):
    u.f(ch(["J'ai consommé {a} Go sur {b} Go et on me facture {amt} de hors forfait ?",
            "Forfait {t} {b} Go à {amt}/mois, la 5G ne passe pas à {c}."]),
        a=f"{rng.randint(10, 99)},{rng.randint(1, 9)}", b=ch([20, 40, 100, 130]), amt=euros_written(),
        t=ch(TELECOMS), c=ch(["Nantes", "Rodez", "Annecy", "Pau"]))


@tpl(C, pii=False)
def n_c_agency(u):
    u.f(ch(["L'agence {a} est ouverte le samedi ?", "Je suis passé à l'agence de l'avenue Jean Jaurès à Toulouse, "
                                                     "ils m'ont dit d'écrire ici.",
            "Agence {m} : horaires d'été 8h30-15h ?"]), a=ch(FR_AGENCIES), m=ch(MA_AGENCIES))


@tpl(C, pii=False)
def n_c_brands(u):
    u.f("J'ai la box {t}, l'assurance chez {i} et le compte à la {b} : est-ce que Volta propose un pack ?",
        t=ch(TELECOMS), i=ch(INSURERS), b=ch(BANKS))


@tpl(C, pii=False)
def n_c_counts(u):
    u.f("{n} compteurs (maison + {k} gîtes), {m} m² au total, chauffage au gaz, {y} ans d'ancienneté chez vous.",
        n=rng.randint(2, 4), k=rng.randint(1, 3), m=rng.randint(90, 320), y=rng.randint(2, 25))


@tpl(C, pii=False)
def n_c_years(u):
    u.f(ch(["Maison construite en {y}, isolée en {y2}, {k} kVA. Combien pour passer en heures creuses ?",
            "Voiture de {y2}, {km} km, bonus {b}. Pourquoi la cotisation augmente de {pct} % ?",
            "Contrat signé le {d} pour {n} mois, résiliation loi Hamon possible ?"]),
        y=rng.randint(1950, 1999), y2=rng.randint(2000, 2022), k=ch([6, 9, 12]), km=f"{rng.randint(30, 240)} 000",
        b=f"0,{rng.randint(50, 95)}", pct=rng.randint(3, 18), d=bill_date_written(), n=ch([12, 24, 36]))


@tpl(C, pii=False)
def n_c_retractation(u):
    u.f("Souscrit le {d}, j'ai encore les 14 jours de rétractation ? La mensualité de {amt} est déjà prélevée.",
        d=bill_date_written(), amt=euros_written())


@tpl(C, pii=False)
def n_c_ma(u):
    u.f(ch(["Facture {c} de {a} DH pour {m}, c'est le double ! Coupure prévue le {d} ?",
            "salam, wach kayn chi promo f {t} had chhar ? forfait {g} Go b {a} DH"]),
        c=ch(["Lydec", "Redal", "Amendis"]), a=rng.randint(120, 1200), m=ch(MONTHS), d=bill_date_written(),
        t=ch(MA_TELECOMS), g=ch([10, 20, 35, 50]))


@tpl(C, pii=False)
def n_c_gas(u):
    u.f("Gazpar : {r} m³ au {d}, conversion {c} kWh/m³ ? Facture estimée {amt}.",
        r=reading_written(), d=bill_date_written(), c=f"11,{rng.randint(10, 40)}", amt=euros_written())


# ----------------------------------------------------------------------------------------------------------------
# Assembly and checks
# ----------------------------------------------------------------------------------------------------------------

def check(rec):
    text, spans = rec["text"], rec["spans"]
    last = 0
    for s in spans:
        assert s["type"] in TYPES, s
        assert 0 <= s["start"] < s["end"] <= len(text), (rec, s)
        assert text[s["start"]:s["end"]] == s["value"], (rec, s)
        assert s["start"] >= last, ("overlap or unsorted", rec)
        assert s["value"] == s["value"].strip(), s
        last = s["end"]
    assert (rec["form"] == "none") == (not spans), rec
    assert rec["form"] in ("written", "spoken", "mixed", "none")


TYPES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "FR_NIR", "CREDIT_CARD", "IBAN_CODE",
         "DATE_OF_BIRTH", "MA_CIN", "CUSTOMER_ID", "SECRET", "IP_ADDRESS"}


def pick_schedule():
    pii = [t for t in TEMPLATES if t["pii"]]
    none = [t for t in TEMPLATES if not t["pii"]]
    assert len(pii) >= 80 and len(none) >= 25, (len(pii), len(none))

    def fill(pool, n_stt, n_chat):
        out = []
        for reg, n in ((S, n_stt), (C, n_chat)):
            group = [t for t in pool if t["reg"] == reg]
            chosen = list(group)  # each template at least once
            weights = [t["weight"] for t in group]
            chosen += rng.choices(group, weights=weights, k=n - len(group))
            out += chosen
        return out

    n_pii = N_TOTAL - N_NONE
    sched = fill(pii, n_pii // 2, n_pii - n_pii // 2) + fill(none, N_NONE // 2, N_NONE - N_NONE // 2)
    rng.shuffle(sched)
    return sched


def main():
    sched = pick_schedule()
    recs = []
    for i, t in enumerate(sched, 1):
        u = Utt(t["reg"])
        t["fn"](u)
        rec = {"id": f"b5-{i:04d}", "text": u.text, "spans": u.spans, "form": u.form()}
        check(rec)
        if t["pii"]:
            assert rec["spans"], t["name"]
        else:
            assert not rec["spans"], t["name"]
        if t["reg"] == S:
            assert rec["text"] == rec["text"].lower(), (t["name"], rec["text"])
        recs.append(rec)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    forms = Counter(r["form"] for r in recs)
    types = Counter(s["type"] for r in recs for s in r["spans"])
    n_vals = sum(types.values())
    print(f"{len(recs)} utterances, {n_vals} values -> {OUT.name}")
    print(f"templates: {sum(t['pii'] for t in TEMPLATES)} PII, {sum(not t['pii'] for t in TEMPLATES)} no-PII "
          f"({sum(t['reg'] == S for t in TEMPLATES)} speech-to-text, {sum(t['reg'] == C for t in TEMPLATES)} written)")
    print("forms:", dict(sorted(forms.items())))
    print("types:", dict(sorted(types.items(), key=lambda kv: -kv[1])))
    stt = sum(1 for t in sched if t["reg"] == S)
    print(f"speech-to-text utterances: {stt}, written: {len(sched) - stt}")


if __name__ == "__main__":
    sys.exit(main())

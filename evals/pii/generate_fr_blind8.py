#!/usr/bin/env python3
"""Eighth blind French PII set: fr_blind8.jsonl (500 utterances, seed 8080).

Written blind (without seeing the scrubber, the other generators or their data), with the
goal of looking like a held-out annotated call-centre corpus a customer would bring: an
energy supplier, a telecom operator, an insurer and a bank, with agents in France and in
Morocco.

Sources (by design): 150 chat / web-form / e-mail messages (written values, normal casing,
punctuation, a few typos), 75 agent notes and CRM / ticket / export lines, 225 speech-to-text
call transcripts (most raw: lower case, no punctuation, fillers, numbers partly in digits and
partly in words, small misrecognitions; some Whisper-like with punctuation and digits), and
50 utterances with no personal data at all, full of numbers, dates, brands and hotlines.

Labelling choices (same types and line format as the other French sets):
- A title (madame, M., Mme) is outside a PERSON span. A spelled-out name is inside the span;
  when the name and its spelling follow each other directly ("dupont d u p o n t") they are
  one span, when the caller says "ça s'écrit" in between they are two spans.
- An interjection, a filler, a self-correction or a restart inside a value is inside its
  span. A value split by the other speaker's turn ("client : ... agent : oui client : ...")
  is two spans. A value the agent reads back is labelled again.
- DATE_OF_BIRTH covers the date only ("née le" is outside). A city alone, an agency city,
  a city of birth, a country, an amount, a bill or appointment date, a time, a duration, a
  meter reading, a power (kVA), an offer or a brand, a card's expiry date, a masked card
  ("se terminant par 4521") and the company's own hotline numbers are not PII.
- A French RIB given field by field is one IBAN_CODE span from the bank code to the key;
  a Moroccan RIB (24 digits) is IBAN_CODE. Meter-point numbers (PDL / PCE), contract, policy,
  member and customer numbers and bank log-in identifiers are CUSTOMER_ID. PIN, password,
  door code, SMS / verification code, card security code, PUK, Wi-Fi key and voicemail code
  are SECRET. LAN and public IPs are IP_ADDRESS. An agent's first name is PERSON.
- Form of a value: digits and symbols only = written, words only = spoken, both = mixed;
  a name or address without digits is spoken in a transcript and written elsewhere. The
  utterance form is the common form of its values, "mixed" when they differ, "none" without
  values.

Standard library, Faker (fr_FR) and num2words only. Deterministic for a given Faker and
num2words version. The script checks every span and every checksum (NIR key with 2A/2B as
19/18, Luhn, ISO 13616 with the French RIB key, the Belgian and Spanish national checks and
the Moroccan RIB key) and prints counts by form, type, source and difficulty.
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker
from num2words import num2words

SEED = 8080
OUT = Path(__file__).with_name("fr_blind8.jsonl")
N_CHAT, N_NOTE, N_ASR, N_NONE = 150, 75, 225, 50
P_HARD = 0.43

rng = random.Random(SEED)
fake = Faker("fr_FR")
fake.seed_instance(SEED)

STRICT = {"CREDIT_CARD", "IBAN_CODE", "FR_NIR", "PHONE_NUMBER", "EMAIL_ADDRESS"}


def wchoice(opts):
    items, ws = zip(*opts)
    return rng.choices(items, ws)[0]


def ch(seq):
    return rng.choice(seq)


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, reg, market, sector):
        self.reg = reg            # chat | note | asr | asrw | none-variants use the same
        self.market = market      # fr | ma | frma (French customer, centre in Morocco)
        self.sector = sector      # E energy | T telecom | I insurance | B bank
        self.hyph = rng.random() < 0.6
        self.keys = {}
        self.parts = []
        self.cache = {}
        if reg == "asrw":
            self.turn = ch([("\nAgent : ", "\nClient : "), ("Conseiller : ", " Client : "),
                            ("[Agent] ", " [Client] ")])
        else:
            self.turn = wchoice([(("agent ", "client "), 4), (("\nagent : ", "\nclient : "), 2),
                                 (("[agent] ", "[client] "), 2), (("conseiller ", "client "), 1),
                                 (("spk_0 ", "spk_1 "), 1)])
        cm = "ma" if market == "ma" else "fr"
        self.p = make_person(cm)
        self.o = make_person(cm)

    @property
    def asr(self):
        return self.reg in ("asr", "asrw")

    @property
    def ma(self):
        return self.market == "ma"

    def t(self, s):
        if s:
            self.parts.append((s, None))

    def v(self, typ, s, form, canon=None, hard=False, exact=False):
        assert s and s == s.strip() and "  " not in s, (typ, repr(s))
        self.parts.append((s, dict(type=typ, form=form, canon=canon, hard=hard, exact=exact)))


CUR = None

# --------------------------------------------------------------------------- number words
DIG = "zéro un deux trois quatre cinq six sept huit neuf".split()


def nw(n):
    s = num2words(n, lang="fr")
    if CUR is not None and not CUR.hyph:
        s = s.replace("-", " ")
    return s


def pair_words(s):
    if s == "00":
        return wchoice([("zéro zéro", 3), ("double zéro", 1)])
    if s[0] == "0":
        return "zéro " + DIG[int(s[1])]
    return nw(int(s))


def digit_words(g, double=True):
    out, i = [], 0
    while i < len(g):
        if g[i].isalpha():
            out.append(g[i].lower())
            i += 1
            continue
        if double and i + 1 < len(g) and g[i] == g[i + 1] and rng.random() < 0.5:
            out.append("double " + DIG[int(g[i])])
            i += 2
        else:
            out.append(DIG[int(g[i])])
            i += 1
    return " ".join(out)


def group_words(g):
    if not g.isdigit():
        return " ".join(x.lower() if x.isalpha() else group_words(x) for x in re.findall(r"[A-Za-z]|\d+", g))
    n = len(g)
    if n == 1:
        return DIG[int(g)]
    if n == 2:
        return pair_words(g)
    if n == 3:
        if g[0] == "0":
            return "zéro " + pair_words(g[1:])
        return nw(int(g))
    if n == 4:
        if g[0] != "0" and rng.random() < 0.35:
            return nw(int(g))
        return pair_words(g[:2]) + " " + pair_words(g[2:])
    if n == 5 and g[0] != "0" and rng.random() < 0.5:
        return nw(int(g))
    parts = []
    rest = g
    if n % 2:
        parts.append(rest[:3])
        rest = rest[3:]
    parts += [rest[i:i + 2] for i in range(0, len(rest), 2)]
    return " ".join(group_words(p) for p in parts)


NUMWORDS = set("""zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize
quatorze quinze seize vingt vingts trente quarante cinquante soixante cent cents mille double
arobase arrobase arobaz point tiret underscore plus clé""".split())


def form_of(text, reg):
    toks = re.split(r"[^a-zàâçéèêëîïôûùüÿœ]+", text.lower())
    has_w = any(t in NUMWORDS for t in toks)
    has_d = bool(re.search(r"[0-9@+]", text)) or bool(re.search(r"[a-z]\.[a-z]", text.lower()))
    if has_w and has_d:
        return "mixed"
    if has_w:
        return "spoken"
    if has_d:
        return "written"
    return "spoken" if reg in ("asr", "asrw") else "written"


FILLERS = ["euh ", "euh ", "euh ", "ben ", "bah ", "alors ", "hum ", "euh ben ", "donc euh ",
           "en fait ", "du coup ", "bon "]
MA_FILLERS = ["ewa ", "euh ", "wakha ", "safi ", "euh ", "yak "]
INTERJ = ["euh", "attendez", "euh attendez", "pardon", "je regarde", "attendez je vérifie",
          "vous notez", "hein", "euh je relis", "excusez-moi", "bougez pas",
          "deux secondes", "euh c'est quoi déjà"]
MA_INTERJ = ["tsenna", "wakha", "smeh liya", "ewa", "chwiya", "euh"]
CORR = ["non pardon", "euh non", "ah non", "non attendez", "pardon je me suis trompé",
        "non non", "euh pardon", "ah non c'est", "non je me trompe"]
RESTART = ["non je reprends", "attendez je recommence", "pardon je reprends depuis le début",
           "je vous le redonne", "non attendez je recommence"]
ACKS = ["oui", "hm hm", "oui je note", "d'accord", "allez-y", "oui je vous écoute", "ok",
        "pas trop vite s'il vous plaît", "c'est noté oui", "oui la suite"]


def interj(ctx):
    if ctx.ma and rng.random() < 0.5:
        return ch(MA_INTERJ)
    w = ch(INTERJ)
    if ctx.reg == "asrw":
        w = w + ","
        if rng.random() < 0.5:
            w = "... " + w[:-1] + "..."
    return w


def wrong_group(g):
    i = rng.randrange(len(g))
    d = ch([c for c in "0123456789" if c != g[i]])
    return g[:i] + d + g[i + 1:]


def render_groups(ctx, groups, mode, hk=None, sep=" ", dwprob=0.0):
    n = len(groups)
    if mode == "digits":
        hows = ["d"] * n
    elif mode == "words":
        hows = ["dw" if rng.random() < dwprob else "w"] * n
    else:
        k = set(rng.sample(range(n), rng.randint(1, n - 1))) if n > 1 else {0}
        hows = ["d" if i in k else "w" for i in range(n)]

    def say(g, h):
        if h == "d":
            return g
        if h == "dw":
            return digit_words(g)
        return group_words(g)

    chunks = [say(g, h) for g, h in zip(groups, hows)]
    if hk == "interj" and n > 1:
        i = rng.randint(1, n - 1)
        chunks.insert(i, interj(ctx))
    elif hk == "corr":
        i = rng.randrange(n)
        chunks[i] = say(wrong_group(groups[i]), hows[i]) + " " + ch(CORR) + " " + chunks[i]
    elif hk == "restart" and n > 1:
        j = rng.randint(1, n - 1)
        chunks = chunks[:j] + [ch(RESTART)] + chunks
    return sep.join(chunks).replace(",,", ",")


def num_mode(ctx):
    if ctx.reg in ("chat", "note"):
        return "digits"
    if ctx.reg == "asrw":
        return wchoice([("digits", 0.52), ("words", 0.28), ("mixed", 0.2)])
    return wchoice([("words", 0.52), ("digits", 0.24), ("mixed", 0.24)])


def hard_kind():
    return wchoice([("interj", 4), ("corr", 3), ("restart", 1)])


# --------------------------------------------------------------------------- persons
MA_M = ["Youssef", "Mohammed", "Mehdi", "Hamza", "Karim", "Rachid", "Omar", "Amine", "Anas",
        "Ayoub", "Hicham", "Saïd", "Abdelali", "Yassine", "Zakaria", "Khalid", "Mustapha",
        "Adil", "Othmane", "Ilyas", "Nabil", "Driss", "Hassan", "Abdellah", "Soufiane", "Reda",
        "Tarik", "Badr", "Abderrahim", "Jawad"]
MA_F = ["Fatima Zahra", "Khadija", "Salma", "Imane", "Sara", "Meryem", "Hajar", "Nadia",
        "Asmae", "Houda", "Zineb", "Kenza", "Ghita", "Loubna", "Soukaina", "Hanane", "Nawal",
        "Samira", "Latifa", "Wiam", "Yasmine", "Chaimae", "Oumaima", "Rim", "Btissam"]
MA_L = ["El Amrani", "Benjelloun", "Alaoui", "Bennani", "Tazi", "Idrissi", "Chraibi", "Berrada",
        "El Fassi", "Ouazzani", "Lahlou", "Bouzidi", "Benkirane", "Sqalli", "Kettani", "Naciri",
        "Zniber", "Filali", "Belhaj", "Cherkaoui", "Lamrani", "Mansouri", "Ait Ouali",
        "Boukhris", "Haddad", "El Khatib", "Ziani", "Hajji", "Saidi", "Tahiri", "Moussaoui",
        "Bakkali", "Essaadi", "Jebbari", "Benali", "Guessous", "Skalli", "Ait Lahcen",
        "Ouchen", "Rahmouni", "El Ouardi", "Azzouzi"]
AGENTS_FR = ["Sophie", "Julien", "Camille", "Nicolas", "Laura", "Thomas", "Émilie", "Kevin",
             "Sarah", "Mathieu", "Audrey", "Romain", "Céline", "Maxime", "Inès", "Lucas",
             "Julie", "Marc", "Léa", "Antoine"]
AGENTS_MA = ["Yassine", "Salma", "Mehdi", "Kawtar", "Hamza", "Imane", "Anas", "Ghizlane",
             "Reda", "Sanaa", "Amine", "Hind"]


def make_person(market, g=None):
    g = g or ch("MF")
    if market == "ma" or rng.random() < 0.14:
        first = ch(MA_M if g == "M" else MA_F)
        last = ch(MA_L)
    else:
        first = fake.first_name_male() if g == "M" else fake.first_name_female()
        last = fake.last_name()
    return dict(first=first, last=last, g=g)


def deaccent(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s, keep_hyphen=False):
    s = deaccent(s).lower().replace("'", "")
    if keep_hyphen:
        return s.replace(" ", "-")
    return s.replace(" ", "").replace("-", "")


SPELL_ALPHA = {
    "a": ["anatole", "anne", "arthur"], "b": ["bernard", "berthe", "bruno"],
    "c": ["charles", "célestin", "claude"], "d": ["david", "denis", "désiré"],
    "e": ["émile", "eugène", "éric"], "f": ["françois", "fabrice"], "g": ["georges", "gaston"],
    "h": ["henri", "hector"], "i": ["isidore", "irma"], "j": ["jean", "joseph"],
    "k": ["kilo", "kléber"], "l": ["louis", "léon"], "m": ["marie", "marcel"],
    "n": ["nicolas", "noémie"], "o": ["oscar", "olivier"], "p": ["pierre", "paul"],
    "q": ["quentin", "quintal"], "r": ["robert", "raoul"], "s": ["suzanne", "simon"],
    "t": ["thomas", "thérèse"], "u": ["ursule", "ulysse"], "v": ["victor", "valentin"],
    "w": ["william", "wagon"], "x": ["xavier"], "y": ["yvonne", "yvette"], "z": ["zoé", "zorro"],
}
LETTER_NAMES = {"a": "a", "b": "bé", "c": "cé", "d": "dé", "e": "e", "f": "effe", "g": "gé",
                "h": "hache", "i": "i", "j": "ji", "k": "ka", "l": "elle", "m": "emme",
                "n": "enne", "o": "o", "p": "pé", "q": "ku", "r": "erre", "s": "esse",
                "t": "té", "u": "u", "v": "vé", "w": "double vé", "x": "ixe", "y": "i grec",
                "z": "zède"}


def spell(word, style=None):
    """Spell a name the way a caller does and an ASR writes it."""
    style = style or wchoice([("plain", 5), ("comme", 2), ("mix", 2), ("names", 1)])
    w = deaccent(word).lower()
    out, i = [], 0
    while i < len(w):
        c = w[i]
        if c in " -'":
            if c == "-":
                out.append("tiret")
            elif c == " ":
                out.append(ch(["espace", "en deux mots", "espace"]))
            i += 1
            continue
        if i + 1 < len(w) and w[i + 1] == c and rng.random() < 0.6:
            out.append("deux " + c)
            i += 2
            continue
        if style == "comme" or (style == "mix" and rng.random() < 0.35):
            out.append(f"{c} comme {ch(SPELL_ALPHA[c])}")
        elif style == "names":
            out.append(LETTER_NAMES[c])
        else:
            out.append(c)
        i += 1
    return " ".join(out)


def person_text(ctx, p, which="full"):
    first, last = p["first"], p["last"]
    reg = ctx.reg
    if which == "first":
        s = first
    elif which == "last":
        s = last
    elif reg == "note":
        s = wchoice([(f"{last.upper()} {first}", 3), (f"{first} {last.upper()}", 2),
                     (f"{first} {last}", 2), (f"{last} {first}", 1)])
    elif reg == "chat":
        s = wchoice([(f"{first} {last}", 6), (f"{last} {first}", 1), (f"{first} {last.upper()}", 1),
                     (f"{first.lower()} {last.lower()}", 1)])
    else:
        s = wchoice([(f"{first} {last}", 6), (f"{last} {first}", 2)])
    if reg == "asr":
        s = s.lower()
        if rng.random() < 0.12:  # ASR splits or glues a name
            s = s.replace("-", " ") if "-" in s else s.replace("el ", "el").replace("ait ", "aït ")
    return s


# --------------------------------------------------------------------------- checksums
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


RIB_CONV = {c: str(v) for v, letters in
            enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
            for c in letters}


def rib_key(bank, guichet, account):
    acc = "".join(RIB_CONV.get(c, c) for c in account)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97)


def ma_rib_key(rib22):
    return "%02d" % (97 - (int(rib22) * 100) % 97)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def nir_key(nir13):
    n = nir13.replace("2A", "19").replace("2B", "18")
    return "%02d" % (97 - int(n) % 97)


def digits(k):
    return "".join(ch("0123456789") for _ in range(k))


# --------------------------------------------------------------------------- generators
def gen_phone(market, kind="mobile"):
    if market == "ma":
        if kind == "fix":
            return "05" + ch(["22", "22", "37", "24", "35", "39", "28"]) + digits(6)
        return ch(["06", "06", "07", "06"]) + ch("1234567") + digits(7)
    if kind == "fix":
        return ch(["01", "02", "03", "04", "05", "09"]) + ch("123456789") + digits(7)
    return ch(["06", "06", "07"]) + ch("123456789") + digits(7)


FR_BANKS = ["30004", "30003", "30002", "10278", "20041", "11306", "14505", "17515", "18206",
            "30066", "10907", "13335", "16958", "15589", "12506", "13807", "40618"]
MA_BANKS = [("007", "Attijariwafa bank"), ("011", "BMCE"), ("145", "Banque Populaire"),
            ("022", "Société Générale"), ("013", "BMCI"), ("230", "CIH Bank"),
            ("225", "Crédit Agricole du Maroc"), ("350", "Al Barid Bank"), ("021", "CDM")]


def gen_iban(kind):
    if kind == "fr":
        bank, gui = ch(FR_BANKS), digits(5)
        acc = digits(11)
        if bank == "20041" and rng.random() < 0.5:
            acc = digits(7) + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + "0" + ch("123") + "0"
        bban = bank + gui + acc + rib_key(bank, gui, acc)
        return "FR" + iban_check("FR", bban) + bban
    if kind == "ma":
        rib = gen_ma_rib()
        return "MA" + iban_check("MA", rib) + rib
    if kind == "be":
        first10 = digits(10)
        c = int(first10) % 97 or 97
        bban = first10 + "%02d" % c
        return "BE" + iban_check("BE", bban) + bban
    if kind == "es":
        bank, br, acc = ch(["2100", "0049", "0182", "2085", "0081"]), digits(4), digits(10)
        bban = bank + br + str(es_dc("00" + bank + br)) + str(es_dc(acc)) + acc
        return "ES" + iban_check("ES", bban) + bban
    if kind == "de":
        bban = ch(["37040044", "50010517", "10010010", "20041133", "70150000"]) + digits(10)
        return "DE" + iban_check("DE", bban) + bban
    raise ValueError(kind)


def gen_ma_rib():
    bank = ch(MA_BANKS)[0]
    r22 = bank + ch(["780", "640", "810", "450", "115", "270"]) + digits(16)
    return r22 + ma_rib_key(r22)


def gen_card(brand=None):
    brand = brand or wchoice([("visa", 6), ("mc", 3), ("cb", 2)])
    if brand == "amex":
        return luhn_complete(ch(["34", "37"]) + digits(12))
    if brand == "mc":
        pre = ch(["51", "52", "53", "54", "55"])
        return luhn_complete(pre + digits(13))
    if brand == "cb":
        pre = ch(["4970", "4974", "4973", "4978", "5131", "5132"])
        return luhn_complete(pre + digits(11))
    return luhn_complete("4" + digits(14))


NIR_DEPTS = ["75", "69", "13", "59", "33", "31", "44", "67", "92", "93", "94", "06", "34", "38",
             "62", "76", "57", "35", "21", "2A", "2B", "971", "972", "974", "99"]


def gen_nir(dept=None):
    sex = ch("12")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    dept = dept or ch(NIR_DEPTS)
    if dept.startswith("97"):
        loc = dept + "%02d" % rng.randint(1, 34)
    elif dept == "99":
        loc = "99" + ch(["350", "352", "351", "134", "139", "109", "131"])
    else:
        loc = dept + "%03d" % rng.randint(1, 400)
    order = "%03d" % rng.randint(1, 999)
    n13 = sex + yy + mm + loc + order
    return n13 + nir_key(n13)


def nir_groups(nir):
    return [nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:15]]


CIN_PRE = ["A", "B", "BE", "BH", "BJ", "BK", "BL", "C", "CD", "D", "DA", "E", "EE", "F", "G",
           "H", "HA", "I", "J", "JA", "JB", "JC", "K", "L", "M", "N", "P", "PA", "Q", "R", "S",
           "SH", "T", "U", "UA", "V", "W", "X", "Y", "Z", "ZG", "ZT"]


def gen_cin():
    p = ch(CIN_PRE)
    return p + digits(6 if len(p) == 2 else rng.choice([5, 6]))


# --------------------------------------------------------------------------- e-mail
FR_DOMAINS = [("gmail.com", 30), ("orange.fr", 12), ("hotmail.fr", 8), ("hotmail.com", 3),
              ("yahoo.fr", 7), ("free.fr", 7), ("sfr.fr", 5), ("laposte.net", 6),
              ("outlook.fr", 5), ("outlook.com", 2), ("wanadoo.fr", 4), ("live.fr", 3),
              ("icloud.com", 3), ("neuf.fr", 1), ("bbox.fr", 1), ("gmx.fr", 1)]
MA_DOMAINS = [("gmail.com", 40), ("hotmail.com", 12), ("hotmail.fr", 8), ("yahoo.fr", 8),
              ("menara.ma", 6), ("outlook.com", 5), ("yahoo.com", 3), ("live.fr", 3)]
PRO_DOMAINS = ["transports-morel.fr", "cabinet-durand-avocats.fr", "boulangerie-lefort.fr",
               "mairie-saint-priest.fr", "groupe-sorelis.com", "atlas-logistique.ma",
               "bati-ouest.fr", "pharmacie-du-centre.fr", "agence-horizon.fr",
               "clinique-des-cedres.fr", "menuiserie-garnier.fr", "ac-lyon.fr", "chu-lille.fr",
               "um5.ac.ma", "sotrac-maroc.ma", "ocp-conseil.ma", "univ-rennes.fr"]
FUN_WORDS = ["maison", "famille", "papy", "mamie", "lapin", "soleil", "moto", "brico",
             "titi", "loulou", "chouchou", "nounours", "bzh", "lesptits", "djo", "tigre"]


def gen_email(ctx, p=None, pro=False):
    p = p or ctx.p
    f, l = slug(p["first"]), slug(p["last"])
    if rng.random() < 0.25 and "-" in p["first"]:
        f = slug(p["first"], keep_hyphen=True)
    yy = "%02d" % rng.randint(60, 99) if rng.random() < 0.7 else "%02d" % rng.randint(0, 9)
    if pro:
        local = wchoice([(f"{f}.{l}", 6), (f"{f[0]}.{l}", 3), (f"{f[0]}{l}", 1), (f, 1)])
        return local + "@" + ch(PRO_DOMAINS)
    local = wchoice([
        (f"{f}.{l}", 30), (f"{f}{l}", 10), (f"{f}_{l}", 6), (f"{f}-{l}", 3), (f"{f[0]}.{l}", 8),
        (f"{f}.{l}{yy}", 10), (f"{l}.{f}", 6), (f"{f}{yy}", 6), (f"{l}{f[0]}{rng.randint(1, 95)}", 4),
        (f"{f}.{l}{rng.choice(['69', '13', '59', '33', '31', '75', '2a', '974'])}", 3),
        (f"{ch(FUN_WORDS)}{ch(FUN_WORDS)}{rng.randint(1, 99)}", 5), (f"{f}{l}{rng.randint(1950, 2005)}", 3),
    ])
    dom = wchoice(MA_DOMAINS if ctx.ma else FR_DOMAINS)
    return local + "@" + dom


AT_WORDS = [("arobase", 12), ("arrobase", 2), ("arobaz", 1), ("at", 2), ("a commercial", 1),
            ("@", 1)]


def say_local_token(ctx, tok, mode, spell_it):
    if tok == ".":
        return "point"
    if tok == "_":
        return wchoice([("underscore", 4), ("tiret du bas", 3), ("tiret bas", 2), ("under score", 1)])
    if tok == "-":
        return wchoice([("tiret", 5), ("tiret du six", 3), ("trait d'union", 1)])
    if tok.isdigit():
        if mode == "mixed" and rng.random() < 0.6:
            return tok
        if len(tok) == 4 and tok[0] == "1" and rng.random() < 0.4:
            return nw(int(tok[:2])) + " cent " + (nw(int(tok[2:])) if tok[2:] != "00" else "")
        if tok[0] == "0" or len(tok) > 4:
            return digit_words(tok, double=False)
        return nw(int(tok))
    if spell_it:
        return spell(tok, style=wchoice([("plain", 6), ("mix", 2)]))
    return tok


def say_domain(ctx, dom, mode):
    name, _, tld = dom.rpartition(".")
    variants = {"gmail": [("gmail", 8), ("g mail", 2), ("jimail", 1)],
                "hotmail": [("hotmail", 6), ("hot mail", 2)],
                "laposte": [("laposte", 3), ("la poste", 3)],
                "icloud": [("icloud", 2), ("i cloud", 1)], "sfr": [("sfr", 2), ("s f r", 2)],
                "gmx": [("g m x", 1)], "bbox": [("bbox", 1), ("b box", 1)]}
    if mode == "mixed" and rng.random() < 0.5:
        return dom
    sname = wchoice(variants.get(name, [(name, 1)]))
    sname = sname.replace(".", " point ").replace("-", " tiret ")
    stld = wchoice({"fr": [("fr", 4), ("f r", 1)], "ma": [("ma", 3), ("m a", 1)],
                    "com": [("com", 1)], "net": [("net", 1)]}[tld])
    return f"{sname} point {stld}"


def email_text(ctx, addr, hard=False, readback=False):
    reg = ctx.reg
    local, dom = addr.split("@")
    if reg in ("chat", "note"):
        if not hard:
            return addr, "written", True
        k = wchoice([("caps", 3), ("spaces", 2), ("at", 2), ("typo", 2), ("wrap", 1)])
        if k == "caps":
            s = ".".join(x[:1].upper() + x[1:] for x in local.split(".")) + "@" + dom
            return s, "written", False
        if k == "spaces":
            return f"{local} @ {dom}", "written", False
        if k == "at":
            s = ch([f"{local}(at){dom}", f"{local} [at] {dom}", f"{local} arobase {dom}"])
            return s, form_of(s, reg), False
        if k == "typo":
            d2 = {"gmail.com": ch(["gmail.con", "gmial.com", "gmail.fr"]),
                  "hotmail.fr": "hotmial.fr", "orange.fr": "ornage.fr", "yahoo.fr": "yahou.fr",
                  "outlook.fr": "outlok.fr", "laposte.net": "laposte.ne"}.get(dom, dom + ".")
            if d2.endswith("."):
                return f"{local}@@{dom}".replace("@@", "@"), "written", True
            return f"{local}@{d2}", "written", False
        return f"mailto:{addr}" if rng.random() < 0.5 else f"<{addr}>", "written", False
    # transcripts
    if readback:
        mode = "words"
    elif reg == "asrw":
        mode = wchoice([("written", 5), ("words", 3), ("mixed", 2)])
    else:
        mode = wchoice([("words", 6), ("mixed", 2), ("written", 2)])
    if mode == "written" and not hard:
        return addr, "written", True
    toks = re.findall(r"[a-z]+|[0-9]+|[._-]", local)
    alpha_idx = [i for i, t in enumerate(toks) if t.isalpha() and len(t) > 2]
    spell_i = None
    hk = None
    if hard:
        hk = wchoice([("spell", 4), ("corr", 2), ("attach", 2), ("interj", 2)])
        if hk == "spell" and alpha_idx:
            spell_i = alpha_idx[-1]
    if mode == "mixed" and rng.random() < 0.4:
        left = local
    else:
        left = " ".join(say_local_token(ctx, t, mode if mode != "written" else "words", i == spell_i)
                        for i, t in enumerate(toks))
    at = wchoice(AT_WORDS) if not readback else "arobase"
    right = say_domain(ctx, dom, "mixed" if mode == "mixed" else "words")
    if hk == "attach":
        left += " " + ch(["tout attaché", "tout collé", "sans espace", "en un seul mot", "tout en minuscules"])
    if hk == "interj":
        left += " " + interj(ctx)
    if hk == "corr":
        other = ch([d for d in ["hotmail point fr", "gmail point com", "yahoo point fr",
                                "orange point fr", "outlook point fr"] if not right.startswith(d.split()[0])])
        right = other + " " + ch(["non pardon", "euh non", "ah non", "non non"]) + " " + right
    s = f"{left} {at} {right}"
    if reg == "asrw" and mode == "words" and rng.random() < 0.3:
        s = s.replace(" point ", ", point, ", 1)
    return s, form_of(s, reg), False


# --------------------------------------------------------------------------- addresses
STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Victor Hugo", "impasse des Acacias",
           "allée des Tilleuls", "chemin du Moulin", "place de la République", "rue Pasteur",
           "rue de la Gare", "route de Lyon", "rue du Général Leclerc", "avenue de la Libération",
           "rue Émile Zola", "rue des Écoles", "boulevard Gambetta", "rue Jules Ferry",
           "rue de la Paix", "avenue Foch", "rue Nationale", "chemin des Vignes", "rue Voltaire",
           "allée des Peupliers", "rue du Château", "rue de Verdun", "avenue du Maréchal Foch",
           "rue Anatole France", "quai de la Loire", "rue Saint-Michel", "cours Lafayette",
           "rue des Fleurs", "rue du Stade", "résidence les Cèdres", "rue Henri Barbusse",
           "rue de Bretagne", "boulevard de Strasbourg"]
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("69100", "Villeurbanne"),
             ("13008", "Marseille"), ("31000", "Toulouse"), ("59000", "Lille"), ("44000", "Nantes"),
             ("33000", "Bordeaux"), ("67000", "Strasbourg"), ("35000", "Rennes"),
             ("34000", "Montpellier"), ("06000", "Nice"), ("38000", "Grenoble"), ("21000", "Dijon"),
             ("49000", "Angers"), ("76000", "Rouen"), ("87000", "Limoges"),
             ("63000", "Clermont-Ferrand"), ("37000", "Tours"), ("54000", "Nancy"),
             ("80000", "Amiens"), ("51100", "Reims"), ("29200", "Brest"), ("64000", "Pau"),
             ("66000", "Perpignan"), ("57000", "Metz"), ("25000", "Besançon"),
             ("45000", "Orléans"), ("14000", "Caen"), ("93200", "Saint-Denis"),
             ("92100", "Boulogne-Billancourt"), ("94000", "Créteil"), ("78000", "Versailles"),
             ("95100", "Argenteuil"), ("74000", "Annecy"), ("83000", "Toulon"),
             ("84000", "Avignon"), ("30000", "Nîmes"), ("86000", "Poitiers"),
             ("17000", "La Rochelle"), ("62100", "Calais"), ("20000", "Ajaccio"),
             ("01000", "Bourg-en-Bresse"), ("97400", "Saint-Denis"), ("56100", "Lorient"),
             ("71100", "Chalon-sur-Saône"), ("26000", "Valence")]
FR_COMPS = ["bâtiment B", "appartement 12", "bât. C, appt 31", "3e étage", "escalier 2",
            "résidence Le Clos Fleuri", "appartement 204", "porte gauche", "bâtiment A2"]
MA_CITIES = {
    "Casablanca": ("20000", ["Maârif", "Gauthier", "Sidi Maârouf", "Aïn Sebaâ", "Hay Mohammadi",
                             "Sidi Moumen", "Bourgogne", "Oasis", "Californie", "Hay Hassani",
                             "Derb Sultan", "Belvédère"]),
    "Rabat": ("10000", ["Agdal", "Hay Riad", "Océan", "Souissi", "Yacoub El Mansour", "Hassan"]),
    "Marrakech": ("40000", ["Guéliz", "Daoudiate", "Massira", "Targa", "M'hamid"]),
    "Fès": ("30000", ["Narjiss", "Saïss", "Zouagha", "Atlas"]),
    "Tanger": ("90000", ["Malabata", "Iberia", "Beni Makada", "Val Fleuri"]),
    "Agadir": ("80000", ["Dakhla", "Talborjt", "Hay Salam", "Founty"]),
    "Meknès": ("50000", ["Hamria", "Marjane", "Bassatine"]),
    "Salé": ("11000", ["Tabriquet", "Hay Karima", "Bettana"]),
    "Kénitra": ("14000", ["Maamora", "Bir Rami", "Ouled Oujih"]),
    "Oujda": ("60000", ["Al Qods", "Lazaret"]),
}
MA_STREETS = ["rue Ibn Sina", "rue Ibn Batouta", "boulevard Abdelmoumen", "avenue Mohammed V",
              "boulevard Hassan II", "boulevard Zerktouni", "avenue Al Massira", "rue Moulay Youssef",
              "avenue Allal El Fassi", "rue Oued Sebou", "rue Al Andalous", "rue Anoual",
              "rue Bir Anzarane", "avenue des FAR", "rue Tarik Ibn Ziad", "boulevard Ghandi"]
MA_RES = ["Al Manar", "Yasmine", "Al Firdaous", "Nour", "Les Jardins d'Anfa", "Al Wifaq",
          "Riad Salam", "Al Amal", "Dar Essalam", "Majorelle"]


def addr_num_text(ctx, n, mode):
    if mode == "digits":
        return str(n)
    return nw(n)


def pc_words(pc):
    if pc[2:] == "000":
        return nw(int(pc[:2])) + " mille"
    return pair_words(pc[:2]) + " " + group_words(pc[2:])


def addr_text(ctx, kind=None, hard=False):
    """Returns address text (one span), market-aware."""
    reg = ctx.reg
    ma = (kind == "ma") or (kind is None and ctx.ma)
    asr = ctx.asr
    mode = "digits" if reg in ("chat", "note", "asrw") else wchoice([("words", 5), ("digits", 4)])
    with_city = (kind != "street") and rng.random() < (0.75 if not asr else 0.55)
    if not ma:
        n = wchoice([(rng.randint(1, 20), 5), (rng.randint(21, 90), 3), (rng.randint(91, 240), 1)])
        suf = wchoice([("", 12), (" bis", 1), (" ter", 0.3)])
        street = ch(STREETS)
        pc, city = ch(FR_CITIES)
        num = addr_num_text(ctx, n, mode) + suf
        if hard and asr:
            hk = wchoice([("corr", 1), ("interj", 1)])
            if hk == "corr":
                wrong = n + ch([-2, -1, 1, 2, 10]) if n > 2 else n + 1
                num = addr_num_text(ctx, wrong, mode) + " " + ch(CORR) + " " + num
            else:
                street = street + " " + interj(ctx) if rng.random() < 0.5 else street
                num = num + " " + ch(["euh", "euh c'est", "pardon"])
        comp = ch(FR_COMPS) if rng.random() < 0.2 else ""
        if comp and asr and mode == "words":
            comp = re.sub(r"\d+", lambda mm: nw(int(mm.group(0))), comp.replace("bât. C, appt", "bâtiment c appartement"))
        sep = ", " if reg in ("chat", "note", "asrw") else " "
        s = f"{num}{',' if reg == 'chat' and rng.random() < 0.15 else ''} {street}"
        if comp:
            s = f"{comp}{sep}{s}" if rng.random() < 0.5 else f"{s}{sep}{comp}"
        if with_city:
            if asr and mode == "words" and rng.random() < 0.7:
                pcs = pc_words(pc)
            else:
                pcs = pc
            c = city.upper() if reg == "note" and rng.random() < 0.5 else city
            s = f"{s}{sep}{pcs} {c}"
    else:
        city = ch(list(MA_CITIES))
        pc, quartiers = MA_CITIES[city]
        q = ch(quartiers)
        n = rng.randint(1, 160)
        num = addr_num_text(ctx, n, mode)
        numero = "n°" if reg in ("chat", "note") and rng.random() < 0.6 else "numéro"
        k = wchoice([("street", 3), ("res", 3), ("hay", 3), ("lot", 1), ("derb", 1), ("villa", 1), ("bloc", 1)])
        if k == "street":
            s = f"{num} {ch(MA_STREETS)}, {q}"
        elif k == "res":
            imm = addr_num_text(ctx, rng.randint(1, 40), mode)
            app = addr_num_text(ctx, rng.randint(1, 30), mode)
            if reg == "note":
                s = f"rés. {ch(MA_RES)} imm {imm} appt {app}, {q}"
            else:
                s = f"résidence {ch(MA_RES)} immeuble {imm} appartement {app}, {q}"
        elif k == "hay":
            s = f"hay {ch(['Al Qods', 'Al Fath', 'Salam', 'Nahda', 'Al Wahda', 'Inara', 'Moulay Rachid'])} rue {addr_num_text(ctx, rng.randint(1, 80), mode)} {numero} {num}"
        elif k == "lot":
            s = f"lotissement {ch(['Al Wafa', 'Al Boustane', 'Annasr', 'Al Majd'])} {numero} {num}"
        elif k == "derb":
            s = f"derb {ch(['Sidi Bouloukat', 'Ben Jdia', 'Lihoudi', 'Moulay Cherif', 'Smen'])} {numero} {num}"
        elif k == "villa":
            s = f"villa {num} secteur {addr_num_text(ctx, rng.randint(1, 24), mode)} Hay Riad"
            city = "Rabat"
            pc = "10100"
        else:
            s = f"bloc {ch('ABCDEFGH')} {numero} {num} {q}"
        if hard and asr:
            s = s.replace(" rue ", f" {ch(['euh', 'alors'])} rue ", 1) if " rue " in s else f"{s} {interj(ctx)}"
        if with_city:
            s = f"{s}, {pc + ' ' if reg in ('chat', 'note') and rng.random() < 0.4 else ''}{city}"
        if asr:
            s = s.replace(",", "") if reg == "asr" else s
    if reg == "asr":
        s = s.replace(",", "").replace(".", "").lower()
    s = re.sub(r" +", " ", s).strip()
    return s


# --------------------------------------------------------------------------- dates
MABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def gen_dob(child=False, old=False):
    y = rng.randint(2006, 2021) if child else rng.randint(1934, 1966) if old else wchoice([(rng.randint(1938, 1959), 2),
                                                      (rng.randint(1960, 1989), 5),
                                                      (rng.randint(1990, 2005), 3)])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def year_words(y, short_ok=True):
    if short_ok and y < 2000 and rng.random() < 0.45:
        return nw(y % 100) if y % 100 >= 10 else "zéro " + DIG[y % 10]
    if y < 2000 and rng.random() < 0.1:
        return "dix-neuf cent " + nw(y % 100)
    return nw(y)


def dob_text(ctx, y, m, d, hard=False):
    reg = ctx.reg
    day_w = "premier" if d == 1 else nw(d)
    day_d = "1er" if d == 1 and rng.random() < 0.5 else str(d)
    if reg in ("chat", "note"):
        opts = [(f"{d:02d}/{m:02d}/{y}", 7), (f"{day_d} {MONTHS[m - 1]} {y}", 3),
                (f"{d:02d}/{m:02d}/{y % 100:02d}", 1.5), (f"{d:02d}.{m:02d}.{y}", 1),
                (f"{d}/{m}/{y}", 1)]
        if reg == "chat":
            opts.append((f"{y}-{m:02d}-{d:02d}", 0.7))
        s = wchoice(opts)
        if hard:
            s = wchoice([(f"{d:02d} {m:02d} {y}", 1), (f"{d:02d}-{m:02d}-{y}", 1),
                         (f"{day_d} {MABR[m - 1]} {y}", 1), (f"{d:02d}{m:02d}{y}", 1)])
        return s
    if reg == "asrw":
        s = wchoice([(f"{day_d} {MONTHS[m - 1]} {y}", 6), (f"{d:02d}/{m:02d}/{y}", 2),
                     (f"{day_w} {MONTHS[m - 1]} {year_words(y, False)}", 2)])
        if hard:
            s = f"{day_d}... {ch(['euh', 'attendez', 'pardon'])}... {MONTHS[m - 1]} {y}"
        return s
    mode = wchoice([("words", 5), ("digits", 3), ("mixed", 2), ("du", 1)])
    if mode == "words":
        s = f"{day_w} {MONTHS[m - 1]} {year_words(y)}"
    elif mode == "digits":
        s = f"{day_d} {MONTHS[m - 1]} {y}" if rng.random() < 0.8 else f"{d} {m} {y}"
    elif mode == "mixed":
        s = f"{d} {MONTHS[m - 1]} {year_words(y)}" if rng.random() < 0.5 else f"{day_w} {MONTHS[m - 1]} {y}"
    else:
        s = f"{day_w} du {nw(m)} {year_words(y)}" if rng.random() < 0.6 else f"{d} du {m} {y % 100:02d}"
    if hard:
        hk = wchoice([("corr", 3), ("interj", 2)])
        if hk == "corr":
            wd = d + ch([-1, 1]) if 1 < d < 28 else 2
            s = f"{nw(wd) if mode in ('words', 'du') else wd} {ch(CORR)} {'le ' if rng.random() < 0.5 else ''}{s}"
        else:
            parts = s.split(" ", 1)
            s = f"{parts[0]} {interj(ctx)} {parts[1]}"
    return s


# --------------------------------------------------------------------------- IDs and secrets
def gen_cid(ctx, kind=None):
    """Returns (written text, speech groups, canon)."""
    kind = kind or ("ma" if ctx.ma else {"E": "energy", "T": "telecom", "I": "insur", "B": "bank"}[ctx.sector])
    if kind == "energy":
        n = ch("46") + digits(9)
        w = wchoice([(n, 3), (f"{n[0]} {n[1:4]} {n[4:7]} {n[7:]}", 2), (f"{n[:3]} {n[3:6]} {n[6:]}", 1)])
        return w, [n[0], n[1:4], n[4:7], n[7:]], n
    if kind == "pdl":
        n = ch(["0", "1", "2"]) + digits(13)
        w = wchoice([(n, 3), (" ".join(n[i:i + 4] for i in range(0, 14, 4)), 2)])
        return w, [n[i:i + 2] for i in range(0, 14, 2)], n
    if kind == "pce":
        n = "GI" + digits(6)
        return n, ["gi", n[2:5], n[5:]], n
    if kind == "telecom":
        t = wchoice([("sfr", 1), ("orange", 1), ("bouygues", 1), ("free", 1)])
        if t == "sfr":
            n = digits(9)
            return n, [n[:3], n[3:6], n[6:]], n
        if t == "orange":
            n = "0" + digits(9)
            return n, [n[:2], n[2:4], n[4:6], n[6:8], n[8:]], n
        if t == "bouygues":
            n = "1." + digits(8)
            return n, ["un", "point", n[2:4], n[4:6], n[6:8], n[8:]], n
        n = "FBX" + digits(8)
        return n.lower() if rng.random() < 0.4 else n, ["f b x", n[3:5], n[5:7], n[7:9], n[9:]], n
    if kind == "insur":
        t = wchoice([("auto", 2), ("soc", 2), ("adh", 1), ("pol", 2)])
        if t == "auto":
            n = ch(["AUTO", "AU", "MRH", "HAB", "SAN"]) + "-" + digits(8)
            return n, [n.split("-")[0].lower(), n[-8:-6], n[-6:-4], n[-4:-2], n[-2:]], n
        if t == "soc":
            n = digits(7) + ch("ABCDEFGHJKLMNP")
            return n, [n[0], n[1:4], n[4:7], n[7].lower()], n
        if t == "adh":
            n = "00" + digits(7)
            return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.5 else n, [n[:3], n[3:6], n[6:]], n
        n = digits(10)
        return n, [n[:2], n[2:4], n[4:6], n[6:8], n[8:]], n
    if kind == "bank":
        n = digits(rng.choice([8, 10, 11]))
        return n, [n[i:i + 2] for i in range(0, len(n), 2)], n
    if kind == "ma":
        t = wchoice([("num", 3), ("dash", 1), ("cl", 1)])
        if t == "num":
            n = ch("1234") + digits(rng.choice([6, 8, 9]))
            return n, [n[i:i + 3] for i in range(0, len(n), 3)], n
        if t == "dash":
            n = digits(3) + "-" + digits(5) + "-" + digits(1)
            return n, [n[:3], n[4:7], n[7:9], n[10]], n
        n = "CL" + digits(7)
        return n, ["c l", n[2:5], n[5:7], n[7:]], n
    raise ValueError(kind)


def cid_text(ctx, kind=None, hard=False):
    w, groups, canon = gen_cid(ctx, kind)
    if ctx.reg in ("chat", "note"):
        return w, "written", canon
    if ctx.reg == "asrw" or rng.random() < 0.3:
        return w.lower() if ctx.reg == "asr" else w, "written", canon
    out = []
    mode = wchoice([("words", 3), ("mixed", 1)])
    for g in groups:
        if not g.isdigit():
            out.append(g)
        elif mode == "mixed" and rng.random() < 0.5:
            out.append(g)
        else:
            out.append(group_words(g))
    if hard and len(out) > 2:
        i = rng.randint(1, len(out) - 1)
        out.insert(i, interj(ctx))
    s = " ".join(out)
    return s, form_of(s, ctx.reg), canon


PWD_WORDS = ["Soleil", "marseille", "Chat", "Lola", "Azerty", "Bretagne", "Nounours", "Paris",
             "Maroc", "Louna", "Atlas", "Doudou", "Tigrou", "Mimosa", "Casa", "Olympique"]


def secret_text(ctx, kind):
    reg = ctx.reg
    asr = ctx.asr
    if kind == "door":
        v = wchoice([(ch("ABC") + digits(4), 3), (digits(4) + ch("ABC"), 2), (digits(4), 2), (digits(2) + ch("AB") + digits(2), 1)])
        if not asr or (reg == "asrw" and rng.random() < 0.7) or rng.random() < 0.25:
            return v if reg != "asr" else v.lower()
        out = []
        for part in re.findall(r"[A-Z]|[0-9]+", v):
            if part.isalpha():
                out.append(part.lower())
            else:
                out.append(wchoice([(digit_words(part, False), 2), (group_words(part), 2)]))
        return " ".join(out)
    if kind in ("sms", "pin", "vm", "cvv", "puk"):
        k = {"sms": ch([6, 6, 4]), "pin": 4, "vm": 4, "cvv": 3, "puk": 8}[kind]
        v = digits(k)
        if not asr or (reg == "asrw" and rng.random() < 0.7):
            if kind == "sms" and k == 6 and rng.random() < 0.25:
                return v[:3] + " " + v[3:]
            return v
        mode = wchoice([("dw", 4), ("w", 3), ("d", 2)])
        if mode == "d":
            return v
        if mode == "dw":
            return digit_words(v, False)
        if k == 3:
            return group_words(v)
        return " ".join(group_words(v[i:i + 2]) for i in range(0, k, 2))
    if kind == "wifi":
        v = "".join(ch("0123456789ABCDEF") for _ in range(rng.choice([10, 12, 16])))
        if reg in ("chat", "note", "asrw") or rng.random() < 0.3:
            return v if reg != "asr" else v.lower()
        return " ".join(DIG[int(c)] if c.isdigit() else c.lower() for c in v)
    if kind == "pwd":
        w = ch(PWD_WORDS)
        tail = wchoice([(str(rng.randint(1, 99)), 2), (str(rng.randint(1970, 2024)), 2), ("123", 1)])
        sym = wchoice([("", 3), ("!", 2), ("*", 1), ("#", 1), ("$", 0.5)])
        v = w + (sym + tail if rng.random() < 0.5 else tail + sym)
        if reg in ("chat", "note") or (reg == "asrw" and rng.random() < 0.5):
            return v
        pieces = []
        if w[0].isupper():
            pieces.append(ch([f"{w[0].lower()} majuscule {w[1:].lower()}", f"{w.lower()} avec un {w[0].lower()} majuscule"]))
        else:
            pieces.append(w)
        symw = {"!": "point d'exclamation", "*": "étoile", "#": "dièse", "$": "dollar", "": ""}
        if v.endswith(tail + sym) and sym:
            pieces += [nw(int(tail)) if rng.random() < 0.6 else tail, symw[sym]]
        else:
            if sym:
                pieces.append(symw[sym])
            pieces.append(nw(int(tail)) if rng.random() < 0.6 else tail)
        return " ".join(p for p in pieces if p).lower()
    raise ValueError(kind)


def ip_text(ctx, kind=None):
    kind = kind or wchoice([("pub", 3), ("lan", 1)])
    if kind == "lan":
        v = ch(["192.168.1.", "192.168.0.", "192.168.1.", "10.0.0."]) + str(rng.randint(2, 254))
    elif kind == "v6":
        v = "2a01:" + ":".join("%x" % rng.randint(0, 0xffff) for _ in range(7))
        return v, v
    else:
        first = ch([90, 86, 82, 78, 88, 2, 109, 176, 92, 37]) if not ctx.ma else ch([105, 41, 196, 160])
        v = f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if ctx.reg in ("chat", "note") or ctx.reg == "asrw":
        return v, v
    mode = wchoice([("words", 4), ("digits", 2), ("mixed", 2)])
    parts = v.split(".")
    if mode == "digits":
        return v, v
    if mode == "mixed":
        return " point ".join(parts), v
    return " point ".join(nw(int(p)) for p in parts), v


# --------------------------------------------------------------------------- non-PII material
BRANDS = {("fr", "E"): ["EDF", "Engie", "TotalEnergies", "Ekwateur", "Mint Énergie", "Enercoop"],
          ("fr", "T"): ["Free", "Orange", "SFR", "Bouygues Telecom", "Sosh", "RED by SFR"],
          ("fr", "I"): ["la MAIF", "AXA", "Groupama", "la MACIF", "la Matmut", "Allianz"],
          ("fr", "B"): ["Crédit Agricole", "BNP Paribas", "Société Générale", "La Banque Postale",
                        "LCL", "Crédit Mutuel"],
          ("ma", "E"): ["Lydec", "Redal", "Amendis", "l'ONEE"],
          ("ma", "T"): ["Maroc Telecom", "inwi", "Orange Maroc"],
          ("ma", "I"): ["Wafa Assurance", "RMA", "AXA Assurance Maroc", "Sanlam"],
          ("ma", "B"): ["Attijariwafa bank", "Banque Populaire", "BMCE", "CIH Bank"]}
HOTLINES = {"fr": ["3900", "1023", "1064", "3244", "09 69 32 15 15", "09 69 324 324",
                   "0 800 123 800", "3000"],
            "ma": ["777", "220", "121", "080 200 2020", "05 22 54 90 00"]}
OFFERS = {("fr", "E"): ["Tempo", "Heures Creuses", "option Base", "Zen Fixe", "Vert Électrique",
                        "Zen Week-End", "Tarif Bleu", "offre Online"],
          ("fr", "T"): ["Freebox Pop", "Freebox Révolution", "Livebox Up", "Bbox Must",
                        "forfait 100 Go", "forfait 5G 210 Go", "fibre 2 Gb/s", "Série Free"],
          ("fr", "I"): ["Tous Risques", "formule Tiers", "Tiers Plus", "multirisque habitation",
                        "complémentaire santé niveau 3", "protection juridique"],
          ("fr", "B"): ["Visa Premier", "Gold Mastercard", "carte Visa Classic", "livret A",
                        "compte joint", "offre Eko"],
          ("ma", "E"): ["compteur à prépaiement", "tarif social", "abonnement eau et électricité"],
          ("ma", "T"): ["forfait 99 DH", "pass Internet 20 Go", "fibre 100 Méga", "ADSL 12 Méga",
                        "forfait Jawal illimité"],
          ("ma", "I"): ["assurance auto tous risques", "assurance habitation", "assistance voyage"],
          ("ma", "B"): ["carte Visa Gold", "compte sur carnet", "carte Mastercard Platinum"]}
AGENCY_FR = ["Lyon Part-Dieu", "Nantes", "Lille", "Marseille", "Toulouse", "Rennes", "Bordeaux",
             "Strasbourg", "Montpellier", "Grenoble", "Tours", "Metz", "Caen", "Dijon", "Nice"]
AGENCY_MA = ["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir", "Meknès", "Oujda",
             "Kénitra", "Salé", "El Jadida", "Tétouan"]


def amount(ctx):
    lo, hi = {"T": (5, 70), "E": (25, 480), "I": (15, 900), "B": (5, 2500)}[ctx.sector]
    if ctx.ma:
        lo, hi = {"T": (20, 500), "E": (90, 1200), "I": (300, 8000), "B": (100, 20000)}[ctx.sector]
        v = rng.randint(lo, hi) // 10 * 10 if rng.random() < 0.7 else rng.randint(lo, hi)
        if ctx.reg == "asr" and rng.random() < 0.6:
            return nw(v) + " dirhams"
        return wchoice([(f"{v} DH", 3), (f"{v} dirhams", 2), (f"{v},00 MAD", 1)])
    e, c = rng.randint(lo, hi), ch([0, 0, 40, 99, 50, 12, 75, 38, 90, 5])
    if ctx.reg == "asr":
        if rng.random() < 0.6:
            return nw(e) + " euros" + (f" {nw(c)}" if c else "")
        return f"{e} euros" + (f" {c:02d}" if c else "") if rng.random() < 0.5 else f"{e},{c:02d} euros"
    if c == 0:
        return ch([f"{e} €", f"{e} euros", f"{e}€"])
    return ch([f"{e},{c:02d} €", f"{e},{c:02d} euros", f"{e},{c:02d}€", f"{e}.{c:02d} €"])


def bdate(ctx):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if ctx.reg == "asr":
        return ch([f"{nw(d)} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1]}",
                   f"{ch(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'])} {nw(d)}"])
    return wchoice([(f"{d} {MONTHS[m - 1]}", 4), (f"{d:02d}/{m:02d}", 2),
                    (f"{ch(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'])} {d} {MONTHS[m - 1]}", 2),
                    (f"{d:02d}/{m:02d}/{ch(['2024', '2025'])}", 1.5), (f"{d} {MONTHS[m - 1]} 2025", 1)])


def time_of(ctx, later=False):
    h, mi = rng.randint(8, 17), ch([0, 0, 0, 30, 15, 45])
    if later and "time_h" in ctx.cache:
        h, mi = min(ctx.cache["time_h"] + ch([2, 2, 3, 4]), 20), ch([0, 0, 30])
    ctx.cache["time_h"] = h
    if ctx.reg == "asr":
        return nw(h) + " heures" + (f" {nw(mi)}" if mi else "") if rng.random() < 0.6 else f"{h}h{mi:02d}" if mi else f"{h}h"
    return f"{h}h{mi:02d}" if mi else ch([f"{h}h", f"{h} h", f"{h}:00"])


def kwh(ctx):
    v = rng.randint(180, 48000)
    if ctx.reg == "asr" and rng.random() < 0.6:
        return nw(v) + " " + ch(["kilowattheures", "kilowatts heure", "kilowatts"])
    s = f"{v:,}".replace(",", " ")
    return ch([f"{s} kWh", f"{v} kWh", f"{s} kwh"])


def duration(ctx):
    if ctx.reg == "asr":
        return ch(["trois jours", "deux semaines", "quarante-huit heures", "un mois", "dix jours",
                   "six semaines", "une semaine", "quinze jours", "trois mois"])
    return ch(["3 jours", "2 semaines", "48h", "un mois", "10 jours", "une semaine", "15 jours",
               "72 heures", "5 jours ouvrés"])


def expiry(ctx):
    m, y = rng.randint(1, 12), rng.randint(25, 30)
    if ctx.reg == "asr":
        return ch([f"{pair_words('%02d' % m)} {nw(y)}", f"{MONTHS[m - 1]} {nw(2000 + y)}", f"{m:02d} {y}"])
    return ch([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{MONTHS[m - 1]} 20{y}"])


def kva(ctx):
    v = ch([3, 6, 9, 12])
    if ctx.reg == "asr":
        return nw(v) + " " + ch(["kva", "kilovoltampères", "kilovolts"])
    return f"{v} kVA"


def nonpii(ctx, name, var):
    mk = "ma" if ctx.ma else "fr"
    sec = ctx.sector
    if name in ("AMT", "AMT2"):
        return amount(ctx)
    if name in ("BDATE",):
        return bdate(ctx)
    if name in ("TIME", "TIME2"):
        return time_of(ctx, later=(name == "TIME2"))
    if name in ("KWH", "KWH2"):
        return kwh(ctx)
    if name in ("DUR", "DUR2"):
        return duration(ctx)
    if name == "OFFER":
        return ch(OFFERS[(mk, sec)])
    if name == "BRAND":
        if "BRAND" not in ctx.cache:
            ctx.cache["BRAND"] = ch(BRANDS[(mk, sec)])
        return ctx.cache["BRAND"]
    if name == "HOT":
        return ch(HOTLINES[mk])
    if name == "ACITY":
        return ch(AGENCY_MA if ctx.ma else AGENCY_FR)
    if name == "BCITY":
        c = ch(AGENCY_MA + ["Oujda", "Safi", "Nador"] if ctx.ma else
               [c for _, c in FR_CITIES] + ["Alger", "Casablanca", "Porto", "Dakar", "Lisbonne"])
        return c.lower() if ctx.reg == "asr" else c
    if name == "NE":
        g = (ctx.o if var == "o" else ctx.p)["g"]
        return "née" if g == "F" else "né"
    if name == "QTY":
        n = rng.randint(2, 5)
        return nw(n) if ctx.reg == "asr" else str(n)
    if name == "KVA":
        return kva(ctx)
    if name == "EXP":
        return expiry(ctx)
    if name == "MONTH":
        return ch(MONTHS)
    if name == "DAY":
        return ch(["5", "10", "15", "1er", "8", "20"])
    if name == "LAST4":
        d4 = digits(4)
        return group_words(d4) if ctx.reg == "asr" and rng.random() < 0.6 else d4
    if name == "ISODATE":
        return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if name == "TITLE":
        g = (ctx.o if var == "o" else ctx.p)["g"]
        if ctx.reg == "note":
            return "Mme" if g == "F" else "M."
        t = "madame" if g == "F" else "monsieur"
        return t if ctx.reg == "asr" else t.capitalize()
    if name == "F":
        if ctx.reg == "asr":
            if rng.random() < 0.38:
                return ch(MA_FILLERS) if ctx.ma and rng.random() < 0.5 else ch(FILLERS)
            return ""
        if ctx.reg == "asrw" and rng.random() < 0.2:
            return "euh, "
        return ""
    if name == "A":
        return " " + ctx.turn[0]
    if name == "C":
        return " " + ctx.turn[1]
    raise KeyError(name)


# --------------------------------------------------------------------------- PII renderers
def agent_turn(ctx):
    ack = ch(ACKS)
    if ctx.reg == "asrw":
        ack = ack.capitalize() + "."
    return f" {ctx.turn[0]}{ack} {ctx.turn[1]}"


def r_phone(ctx, var, key):
    if var == "rb":
        return readback(ctx, key)
    market = "ma" if var == "ma" or (var in (None, "fix", "split") and ctx.ma) else "fr"
    num = gen_phone(market, "fix" if var == "fix" else "mobile")
    if key:
        ctx.keys[key] = ("PHONE_NUMBER", num, market)
    hard = var == "split" or rng.random() < P_HARD
    canon = ("phone", num)
    if var == "split" and ctx.asr:
        g = [num[i:i + 2] for i in range(0, 10, 2)]
        k = ch([2, 3])
        mode = num_mode(ctx)
        dw = 0.4 if market == "ma" else 0.05
        a = render_groups(ctx, g[:k], mode if mode != "mixed" else "words", dwprob=dw)
        b = render_groups(ctx, g[k:], mode if mode != "mixed" else "digits", dwprob=dw)
        ctx.v("PHONE_NUMBER", a, form_of(a, ctx.reg), canon, True)
        ctx.t(agent_turn(ctx))
        ctx.v("PHONE_NUMBER", b, form_of(b, ctx.reg), canon, True)
        return
    text, form, exact = phone_text(ctx, num, market, hard)
    ctx.v("PHONE_NUMBER", text, form, canon, hard, exact)


def phone_text(ctx, num, market, hard, readback=False):
    g = [num[i:i + 2] for i in range(0, 10, 2)]
    if ctx.reg in ("chat", "note"):
        cc = "+33" if market == "fr" else "+212"
        if not hard:
            opts = [(" ".join(g), 7), (num, 3), (".".join(g), 2), ("-".join(g), 0.7),
                    (f"{cc} {num[1]} {' '.join(g[1:])}", 1.5 if market == "fr" else 3),
                    (f"{cc}{num[1:]}", 1 if market == "fr" else 2)]
            if market == "ma":
                opts.append((f"{num[:4]}-{num[4:7]}-{num[7:]}", 0.5))
            return wchoice(opts), "written", True
        k = wchoice([("paren", 2), ("odd", 3), ("00", 2), ("O", 1), ("slash", 1)])
        if k == "paren":
            return f"{cc} (0){num[1]} {' '.join(g[1:])}", "written", True
        if k == "odd":
            return ch([f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}", f"{num[:3]} {num[3:6]} {num[6:]}",
                       f"{num[:4]} {num[4:6]} {num[6:8]} {num[8:]}", f"{' '.join(g[:2])} {''.join(g[2:])}"]), "written", True
        if k == "00":
            cc0 = "0033" if market == "fr" else "00212"
            return f"{cc0} {num[1]} {' '.join(g[1:])}", "written", True
        if k == "O":
            return "O" + num[1:] if rng.random() < 0.5 else " ".join(["O" + g[0][1]] + g[1:]), "written", False
        return "/".join(g), "written", True
    mode = "words" if readback else num_mode(ctx)
    hk = hard_kind() if hard else None
    prefix = ""
    groups = g
    if not readback and rng.random() < (0.22 if market == "ma" else 0.07):
        groups = [num[1]] + g[1:]
        if mode == "digits":
            prefix = "+33 " if market == "fr" else "+212 "
        elif market == "fr":
            prefix = ch(["plus trente-trois ", "zéro zéro trente-trois "])
        else:
            prefix = ch(["plus deux cent douze ", "plus deux un deux ", "zéro zéro deux cent douze "])
        if not ctx.hyph:
            prefix = prefix.replace("-", " ")
    sep = " "
    if ctx.reg == "asrw":
        sep = wchoice([(" ", 5), (", ", 2), ("-", 1 if mode == "digits" and not hk else 0)])
    if mode == "digits" and not hk and not prefix and rng.random() < 0.25:
        body = num
    else:
        body = render_groups(ctx, groups, mode, hk, sep=sep,
                             dwprob=(0.4 if market == "ma" else 0.08) if not readback else 0)
    text = prefix + body
    return text, form_of(text, ctx.reg), hk is None


def r_email(ctx, var, key):
    if var == "rb":
        return readback(ctx, key)
    addr = gen_email(ctx, p=ctx.o if var == "o" else None, pro=(var == "pro"))
    if var == "alt":
        while True:
            addr2 = gen_email(ctx)
            if addr2 != ctx.cache.get("email"):
                addr = addr2
                break
    ctx.cache["email"] = addr
    if key:
        ctx.keys[key] = ("EMAIL_ADDRESS", addr, None)
    hard = rng.random() < P_HARD
    text, form, exact = email_text(ctx, addr, hard)
    if ctx.reg == "asr":
        text = text.lower()
    ctx.v("EMAIL_ADDRESS", text, form, ("email", addr), hard, exact)


def iban_groups(iban):
    return [iban[i:i + 4] for i in range(0, len(iban), 4)]


def country_letters(ctx, cc):
    if ctx.reg == "asrw":
        return cc
    opts = {"FR": [("f r", 4), ("fr", 3), ("effe erre", 1), ("f comme françois r comme robert", 1)],
            "MA": [("m a", 3), ("ma", 2), ("emme a", 1)], "BE": [("b e", 3), ("bé e", 1)],
            "ES": [("e s", 3), ("e esse", 1)], "DE": [("d e", 3), ("dé e", 1)]}[cc]
    return wchoice(opts)


def iban_text(ctx, iban, hard, readback=False):
    reg = ctx.reg
    cc = iban[:2]
    gs = iban_groups(iban)
    if reg in ("chat", "note"):
        if not hard:
            return wchoice([(" ".join(gs), 6), (iban, 3 if reg == "chat" else 5)]), "written", True
        k = wchoice([("low", 1), ("rib", 2), ("cc", 2), ("miss", 2), ("dash", 0.5)])
        if k == "low":
            return " ".join(gs).lower(), "written", False
        if k == "rib" and cc == "FR":
            b = iban[4:]
            return f"{iban[:4]} {b[:5]} {b[5:10]} {b[10:21]} {b[21:]}", "written", True
        if k == "cc" or k == "rib":
            return f"{cc} {iban[2:4]} {' '.join(gs[1:])}", "written", True
        if k == "miss":
            i = rng.randint(1, len(gs) - 2)
            return " ".join(gs[:i]) + gs[i] + " " + " ".join(gs[i + 1:]), "written", True
        return "-".join(gs), "written", True
    mode = "words" if readback else num_mode(ctx)
    hk = hard_kind() if hard else None
    head = iban[2:4]
    rest = [g for g in gs[1:]]
    if mode == "digits":
        if reg == "asrw" or rng.random() < 0.5:
            s = f"{cc if reg == 'asrw' else cc.lower()}{head} " + render_groups(ctx, rest, "digits", hk)
        else:
            s = f"{country_letters(ctx, cc)} {head} " + render_groups(ctx, rest, "digits", hk)
    else:
        hw = pair_words(head) if mode == "words" else (head if rng.random() < 0.5 else pair_words(head))
        s = f"{country_letters(ctx, cc)} {hw} " + render_groups(ctx, rest, mode if len(rest) > 1 else "words", hk,
                                                               dwprob=0.15)
    return s, form_of(s, reg), hk is None and mode == "digits"


def rib_ma_text(ctx, rib, hard):
    bank, city, acc, key = rib[:3], rib[3:6], rib[6:22], rib[22:]
    if ctx.reg in ("chat", "note"):
        s = wchoice([(f"{bank} {city} {acc} {key}", 4), (rib, 3), (f"{bank} {city} {acc[:8]} {acc[8:]} {key}", 1),
                     (" ".join(rib[i:i + 4] for i in range(0, 24, 4)), 2)])
        return s, "written", True
    mode = num_mode(ctx)
    hk = hard_kind() if hard else None
    groups = [bank, city] + [acc[i:i + 4] for i in range(0, 16, 4)] + [key]
    s = render_groups(ctx, groups, mode, hk, dwprob=0.45)
    return s, form_of(s, ctx.reg), hk is None and mode == "digits"


def r_iban(ctx, var, key):
    if var == "rb":
        return readback(ctx, key)
    hard = var == "split" or rng.random() < P_HARD
    if var == "rib" or (var is None and ctx.ma and rng.random() < 0.6):
        rib = gen_ma_rib()
        text, form, exact = rib_ma_text(ctx, rib, hard)
        ctx.v("IBAN_CODE", text, form, ("rib_ma", rib), hard, exact)
        return
    if var == "ribfr":
        iban = gen_iban("fr")
        b = iban[4:]
        bank, gui, acc, k = b[:5], b[5:10], b[10:21], b[21:]
        if ctx.asr:
            def s(x):
                return x if rng.random() < 0.5 else group_words(x) if x.isdigit() else x.lower()
            text = f"{s(bank)} code guichet {s(gui)} numéro de compte {s(acc)} et la clé {s(k)}"
        else:
            text = f"{bank}, guichet {gui}, compte {acc}, clé {k}"
        ctx.v("IBAN_CODE", text, form_of(text, ctx.reg), ("rib_fr", b), True)
        return
    kind = var if var in ("fr", "ma", "be", "es", "de") else ("ma" if ctx.ma else "fr")
    iban = gen_iban(kind)
    if key:
        ctx.keys[key] = ("IBAN_CODE", iban, None)
    canon = ("iban", iban)
    if var == "split" and ctx.asr:
        gs = iban_groups(iban)
        k = ch([2, 3, 4])
        mode = num_mode(ctx)
        a = f"{country_letters(ctx, iban[:2])} " + render_groups(ctx, [iban[2:4]] + gs[1:k], mode if mode != "mixed" else "words")
        b = render_groups(ctx, gs[k:], mode if mode != "mixed" else "digits")
        ctx.v("IBAN_CODE", a, form_of(a, ctx.reg), canon, True)
        ctx.t(agent_turn(ctx))
        ctx.v("IBAN_CODE", b, form_of(b, ctx.reg), canon, True)
        return
    text, form, exact = iban_text(ctx, iban, hard)
    ctx.v("IBAN_CODE", text, form, canon, hard, exact)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def card_text(ctx, num, hard, readback=False):
    gs = card_groups(num)
    if ctx.reg in ("chat", "note"):
        if not hard:
            return wchoice([(" ".join(gs), 6), (num, 3), ("-".join(gs), 1)]), "written", True
        return ch([f"{' '.join(gs[:2])}{''.join(gs[2:])}", "  ".join(gs).replace("  ", " - "),
                   ".".join(gs), f"{num[:6]} {num[6:]}"]), "written", True
    mode = "words" if readback else num_mode(ctx)
    hk = hard_kind() if hard else None
    sep = ", " if ctx.reg == "asrw" and rng.random() < 0.3 else " "
    if len(num) == 15 and mode != "digits":
        groups = [num[:4], num[4:6], num[6:8], num[8:10], num[10:12], num[12:15]]
    else:
        groups = gs
    s = render_groups(ctx, groups, mode, hk, sep=sep, dwprob=0.1)
    return s, form_of(s, ctx.reg), hk is None and mode == "digits"


def r_card(ctx, var, key):
    if var == "rb":
        return readback(ctx, key)
    num = gen_card("amex" if var == "amex" else None)
    if key:
        ctx.keys[key] = ("CREDIT_CARD", num, None)
    hard = var == "split" or rng.random() < P_HARD
    canon = ("card", num)
    if var == "split" and ctx.asr:
        gs = card_groups(num)
        mode = num_mode(ctx)
        a = render_groups(ctx, gs[:2], mode if mode != "mixed" else "words")
        b = render_groups(ctx, gs[2:], mode if mode != "mixed" else "digits")
        ctx.v("CREDIT_CARD", a, form_of(a, ctx.reg), canon, True)
        ctx.t(agent_turn(ctx))
        ctx.v("CREDIT_CARD", b, form_of(b, ctx.reg), canon, True)
        return
    text, form, exact = card_text(ctx, num, hard)
    ctx.v("CREDIT_CARD", text, form, canon, hard, exact)


def nir_text(ctx, nir, hard, readback=False):
    gs = nir_groups(nir)
    if ctx.reg in ("chat", "note"):
        if not hard:
            return wchoice([(" ".join(gs), 6), (nir, 3), (f"{nir[:13]} {nir[13:]}", 1.5)]), "written", True
        s = wchoice([(f"{' '.join(gs[:6])} clé {gs[6]}", 3), (f"{nir[:13]} - {nir[13:]}", 2), (f"{nir[:13]}/{nir[13:]}", 1),
                     (" ".join(gs[:3]) + " " + "".join(gs[3:]), 0.5), (f"{' '.join(gs[:6])}  {gs[6]}".replace("  ", " ("), 1)])
        if s.count("(") == 1:
            s += ")"
        return s, form_of(s, ctx.reg), "clé" not in s
    mode = "words" if readback else num_mode(ctx)
    hk = hard_kind() if hard else None
    if mode == "digits":
        s = render_groups(ctx, gs[:6], "digits", hk) + ch([" ", " clé ", " "]) + gs[6]
        return s, form_of(s, ctx.reg), hk is None and "clé" not in s

    def say(g):
        if g in ("2A", "2B"):
            return "deux " + g[1].lower()
        if mode == "mixed" and rng.random() < 0.45:
            return g
        if len(g) == 3 and g[0] == "0" and rng.random() < 0.5:
            return digit_words(g, False)
        return group_words(g)
    chunks = [say(g) for g in gs[:6]]
    if hk == "interj":
        chunks.insert(rng.randint(1, 5), interj(ctx))
    elif hk == "corr":
        i = rng.randint(1, 5)
        if gs[i].isdigit():
            chunks[i] = say(wrong_group(gs[i])) + " " + ch(CORR) + " " + chunks[i]
    elif hk == "restart":
        j = rng.randint(2, 4)
        chunks = chunks[:j] + [ch(RESTART)] + chunks
    keyw = say(gs[6])
    s = " ".join(chunks) + " " + wchoice([("", 3), ("clé ", 2), ("et la clé ", 2), ("clé de contrôle ", 1)]) + keyw
    s = s.replace("  ", " ")
    return s, form_of(s, ctx.reg), False


def r_nir(ctx, var, key):
    if var == "rb":
        return readback(ctx, key)
    dept = {"corse": ch(["2A", "2B"]), "dom": ch(["971", "972", "974"]), "abroad": "99"}.get(var)
    nir = gen_nir(dept)
    if key:
        ctx.keys[key] = ("FR_NIR", nir, None)
    hard = var == "split" or rng.random() < P_HARD
    canon = ("nir", nir)
    if var == "split" and ctx.asr:
        gs = nir_groups(nir)
        k = ch([3, 4])
        mode = num_mode(ctx)

        def say(g):
            if mode == "digits":
                return g
            return "deux " + g[1].lower() if g in ("2A", "2B") else group_words(g)
        a = " ".join(say(g) for g in gs[:k])
        b = " ".join(say(g) for g in gs[k:])
        ctx.v("FR_NIR", a, form_of(a, ctx.reg), canon, True)
        ctx.t(agent_turn(ctx))
        ctx.v("FR_NIR", b, form_of(b, ctx.reg), canon, True)
        return
    text, form, exact = nir_text(ctx, nir, hard)
    ctx.v("FR_NIR", text, form, canon, hard, exact)


def readback(ctx, key):
    typ, canon, market = ctx.keys[key]
    if typ == "PHONE_NUMBER":
        text, form, _ = phone_text(ctx, canon, market, False, readback=True)
        c = ("phone", canon)
    elif typ == "EMAIL_ADDRESS":
        text, form, _ = email_text(ctx, canon, False, readback=True)
        c = ("email", canon)
    elif typ == "CREDIT_CARD":
        text, form, _ = card_text(ctx, canon, False, readback=True)
        c = ("card", canon)
    elif typ == "IBAN_CODE":
        text, form, _ = iban_text(ctx, canon, False, readback=True)
        c = ("iban", canon)
    elif typ == "FR_NIR":
        text, form, _ = nir_text(ctx, canon, False, readback=True)
        c = ("nir", canon)
    else:
        raise KeyError(typ)
    if ctx.reg == "asr":
        text = text.lower()
    ctx.v(typ, text, form, c, True)


def r_person(ctx, name, var):
    if name in ("ONAME", "OFIRST") and var in ("f", "m") and ctx.o["g"] != var.upper():
        ctx.o = make_person("ma" if ctx.ma else "fr", var.upper())
    p = ctx.o if name in ("ONAME", "OFIRST") else ctx.p
    which = {"FIRST": "first", "OFIRST": "first", "LAST": "last"}.get(name, "full")
    s = person_text(ctx, p, which)
    hard = False
    if which == "full" and rng.random() < 0.3:
        hard = True
        if ctx.reg in ("chat", "note") and p["g"] == "F" and not ctx.ma:
            ctx.v("PERSON", s, form_of(s, ctx.reg), ("person", s), True)
            ctx.t(ch([" née ", " épouse ", " (nom de jeune fille : ", " née "]))
            maiden = fake.last_name()
            maiden = maiden.upper() if ctx.reg == "note" else maiden
            ctx.v("PERSON", maiden, form_of(maiden, ctx.reg), ("person", maiden), True)
            if ctx.parts[-2][0].endswith(": "):
                ctx.t(")")
            return
        if ctx.asr:
            f, l = (p["first"], p["last"])
            f = f.lower() if ctx.reg == "asr" else f
            l = l.lower() if ctx.reg == "asr" else l
            s = ch([f"{f} {ch(['euh', 'euh', 'pardon'])} {l}", f"{l} {f} enfin {f} {l}",
                    f"{f} {l} {spell(p['last'], 'plain')}", f"{l} {ch(['prénom', 'et le prénom c est'])} {f}"])
            s = s.replace("c est", "c'est")
        else:
            hard = False
    ctx.v("PERSON", s, form_of(s, ctx.reg), ("person", s), hard)


def r_agent(ctx):
    pool = AGENTS_MA if ctx.ma else (AGENTS_FR + AGENTS_MA[:4] if ctx.market == "frma" else AGENTS_FR)
    s = ch(pool)
    if ctx.reg == "asr":
        s = s.lower()
    ctx.v("PERSON", s, form_of(s, ctx.reg), ("person", s), False)


def r_spell(ctx, var):
    last = ctx.p["last"]
    hard = True
    if var == "only":
        s = spell(last)
        ctx.v("PERSON", s, "spoken" if ctx.asr else "written", ("person", s), hard)
        return
    name = last.lower() if ctx.reg == "asr" else last
    if rng.random() < 0.5:
        s = f"{name} {spell(last)}"
        ctx.v("PERSON", s, form_of(s, ctx.reg), ("person", s), hard)
    else:
        ctx.v("PERSON", name, form_of(name, ctx.reg), ("person", name), hard)
        ctx.t(" " + ch(["ça s'écrit", "je vous épelle", "alors", "donc", "comme ça s'écrit"]) + " ")
        s = spell(last)
        ctx.v("PERSON", s, form_of(s, ctx.reg), ("person", s), hard)


def r_addr(ctx, var):
    hard = rng.random() < P_HARD
    s = addr_text(ctx, var, hard)
    ctx.v("ADDRESS", s, form_of(s, ctx.reg), ("addr", s), hard)


def r_dob(ctx, var):
    hard = rng.random() < P_HARD
    y, m, d = gen_dob(child=(var == "child"), old=(var == "old"))
    s = dob_text(ctx, y, m, d, hard)
    ctx.v("DATE_OF_BIRTH", s, form_of(s, ctx.reg), ("dob", (y, m, d)), hard)


def r_cin(ctx, var):
    cin = gen_cin()
    hard = rng.random() < P_HARD
    letters, num = re.match(r"([A-Z]+)(\d+)", cin).groups()
    if ctx.reg in ("chat", "note"):
        s = wchoice([(cin, 4), (f"{letters} {num}", 2), (cin.lower(), 1)])
        if hard:
            s = ch([f"{letters}-{num}", f"{letters}.{num}", f"{' '.join(letters)} {num}"])
    elif ctx.reg == "asrw" or rng.random() < 0.25:
        s = f"{letters} {num}" if ctx.reg == "asrw" else f"{letters.lower()} {num}"
    else:
        if hard:
            lw = " ".join(f"{c.lower()} comme {ch(SPELL_ALPHA[c.lower()])}" for c in letters) \
                if rng.random() < 0.6 else " ".join(LETTER_NAMES[c.lower()] for c in letters)
        else:
            lw = ch([" ".join(letters.lower()), letters.lower()])
        nm = wchoice([("dw", 3), ("g3", 2), ("g2", 2), ("d", 1)])
        if nm == "dw":
            ns = digit_words(num, False)
        elif nm == "g3" and len(num) == 6:
            ns = group_words(num[:3]) + " " + group_words(num[3:])
        elif nm == "d":
            ns = num
        else:
            ns = group_words(num)
        s = f"{lw} {ns}"
    ctx.v("MA_CIN", s, form_of(s, ctx.reg), ("cin", cin), hard)


def r_cid(ctx, var):
    hard = rng.random() < P_HARD
    s, form, canon = cid_text(ctx, var, hard)
    if ctx.reg == "asr":
        s = s.lower()
    ctx.v("CUSTOMER_ID", s, form, ("cid", canon), hard)


def r_secret(ctx, var):
    kind = var or ch(["sms", "pwd", "door"])
    s = secret_text(ctx, kind)
    hard = False
    if ctx.asr and rng.random() < P_HARD:
        toks = s.split(" ")
        if kind == "pwd" and len(toks) <= 3 and toks[0].isalpha() and len(toks[0]) > 3 and ctx.reg == "asr":
            s = " ".join([" ".join(toks[0])] + toks[1:]) if rng.random() < 0.5 else \
                f"{toks[0]} {ch(['tout attaché', 'en minuscules', 'sans espace'])} {' '.join(toks[1:])}".strip()
            hard = True
        elif len(toks) >= 3:
            i = rng.randint(1, len(toks) - 1)
            toks.insert(i, ch(["euh", "attendez", "pardon", "je relis"] + (MA_INTERJ if ctx.ma else [])))
            s = " ".join(toks)
            hard = True
    elif ctx.reg == "chat" and kind == "sms" and rng.random() < 0.25:
        s = " ".join(s.replace(" ", ""))
        hard = True
    ctx.v("SECRET", s, form_of(s, ctx.reg), ("secret", kind), hard)


def r_ip(ctx, var):
    s, canon = ip_text(ctx, var)
    hard = False
    if " point " in s and rng.random() < P_HARD:
        parts = s.split(" point ")
        i = rng.randint(1, len(parts) - 1)
        parts[i] = interj(ctx).strip(",. ") + " " + parts[i]
        s = " point ".join(parts)
        hard = True
    ctx.v("IP_ADDRESS", s, form_of(s, ctx.reg), ("ip", canon), hard)


# --------------------------------------------------------------------------- templates
# (register, market, sector, text). Registers: chat, note, asr, asrw. Market "frma" = French
# customer handled by a centre in Morocco.
CHAT = [
    ("fr", "E", "Bonjour,\nsuite à mon déménagement je voudrais recevoir mes factures {BRAND} par e-mail à l'adresse {EMAIL}. Mon dernier relevé est de {KWH}.\nCordialement,\n{NAME}"),
    ("fr", "E", "Bonjour, le technicien Linky devait passer le {BDATE} entre {TIME} et {TIME2} et personne n'est venu. Vous pouvez me joindre au {PHONE}."),
    ("fr", "E", "Bonjour, je souhaite passer au prélèvement mensuel le {DAY} de chaque mois. Voici mon IBAN : {IBAN}"),
    ("fr", "E", "Formulaire de contact – Nom : {LAST} – Prénom : {FIRST} – Téléphone : {PHONE} – Courriel : {EMAIL} – Objet : mise en service – Message : emménagement prévu le {BDATE}, option {OFFER}."),
    ("fr", "E", "URGENT : plus d'électricité depuis {DUR} au {ADDR}. Merci de me rappeler au {PHONE}, je suis sur place."),
    ("fr", "E", "Bonjour, ma facture de {MONTH} est de {AMT} alors que mes mensualités sont de {AMT2}. Référence client : {CID}. Merci de m'expliquer."),
    ("fr", "E", "Bonjour, pour l'accès au compteur en sous-sol le code de la porte est {SECRET:door}. Je ne serai pas là ce jour-là, mon portable : {PHONE}."),
    ("fr", "E", "Bonsoir, le paiement de ma facture de {AMT} ne passe pas. Carte n° {CARD}, expiration {EXP}. Pouvez-vous m'aider ?"),
    ("fr", "E", "Bonjour, mon numéro de PDL est {CID:pdl}, je voudrais passer en {OFFER} avec une puissance de {KVA}. Merci de me répondre sur {EMAIL}."),
    ("fr", "E", "Bjr, j'ai changé de banque, nouveau RIB en pièce jointe mais au cas où : {IBAN}. Merci !"),
    ("fr", "E", "Bonjour, je ne reçois plus vos mails depuis que j'ai changé d'adresse. La bonne est {EMAIL}, l'ancienne était {EMAIL:alt}."),
    ("fr", "T", "Bonjour, je souhaite changer le numéro de contact associé à ma ligne. Le nouveau est le {PHONE}. Merci."),
    ("fr", "T", "Bonjour, ma {OFFER} redémarre toute seule plusieurs fois par jour. Mon IP publique : {IP:pub}. J'ai déjà fait un reset usine."),
    ("fr", "T", "slt mon mail a changé c'est {EMAIL} pouvez vous mettre a jour svp merci"),
    ("fr", "T", "Bonjour, j'ai reçu le code de vérification {SECRET:sms} mais la page affiche « code expiré ». Mon numéro : {PHONE}."),
    ("fr", "T", "Bonjour, je voudrais résilier la ligne {PHONE} au {BDATE}. Numéro client : {CID}. Je renvoie le matériel par La Poste."),
    ("fr", "T", "Bonjour, pourriez-vous envoyer les factures de ma société à {EMAIL:pro} ? Merci, {FIRST}"),
    ("fr", "T", "Bonjour, depuis le {BDATE} la fibre ne fonctionne plus. Adresse d'installation : {ADDR}. Contact : {PHONE}."),
    ("fr", "T", "Mon identifiant espace client est {EMAIL} et le mot de passe provisoire {SECRET:pwd} ne fonctionne pas."),
    ("fr", "T", "Bonjour, je suis {NAME}, je vous écris depuis l'ordinateur de mon fils. Mon numéro à moi est le {PHONE}."),
    ("fr", "T", "Bonjour, la carte SIM de la ligne {PHONE} est bloquée, j'ai besoin du code PUK svp. Je suis en déplacement à {BCITY} jusqu'au {BDATE}."),
    ("fr", "I", "Madame, Monsieur,\nje vous transmets mon numéro de sécurité sociale pour le remboursement de la consultation du {BDATE} ({AMT}) : {NIR}.\nBien cordialement,\n{NAME}"),
    ("fr", "I", "Bonjour, je voudrais ajouter mon fils, né le {DOB:child}, sur mon contrat {CID}. Vous pouvez m'appeler au {PHONE}."),
    ("fr", "I", "Bonjour, déclaration de sinistre : dégât des eaux le {BDATE} au {ADDR}. Digicode : {SECRET:door}. Tél : {PHONE}."),
    ("fr", "I", "Bonjour, voici les éléments demandés : date de naissance {DOB}, n° de sécurité sociale {NIR}, IBAN {IBAN}."),
    ("fr", "I", "Bonjour, accrochage ce matin à {ACITY}. L'autre conducteur est {ONAME}, joignable au {PHONE}. Mon contrat : {CID}."),
    ("fr", "I", "Bonjour, mon épouse {ONAME:f} (née le {DOB}) doit être rattachée à ma complémentaire santé. Son numéro de sécu : {NIR}."),
    ("fr", "I", "Bonjour, je n'arrive pas à me connecter. Adhérent n° {CID}, e-mail {EMAIL}. Merci."),
    ("fr", "B", "Bonjour, ma carte bancaire a été avalée au distributeur de {ACITY} vers {TIME}. Numéro : {CARD}. Merci de faire opposition."),
    ("fr", "B", "Bonjour, je souhaite recevoir un virement de ma fille qui vit en Belgique, son IBAN est {IBAN:be}. Est-ce que des frais s'appliquent ?"),
    ("fr", "B", "Bonjour, nouvelle adresse postale : {ADDR}. Merci de mettre à jour mon dossier.\n{NAME}"),
    ("fr", "B", "Bonjour, un débit de {AMT} du {BDATE} sur ma carte {CARD} n'est pas de moi. Je suis joignable au {PHONE}."),
    ("fr", "B", "Bonjour, je pars m'installer en Espagne, voici le compte sur lequel verser le solde : {IBAN:es}."),
    ("fr", "B", "Bonjour, mon identifiant de connexion est {CID:bank} et je ne reçois jamais le code par SMS sur le {PHONE}."),
    ("fr", "B", "Merci pour votre retour.\nBien à vous,\n{NAME}\n{ADDR}\nPortable : {PHONE} – {EMAIL}"),
    ("fr", "B", "Bonjour, mon ex-conjoint a encore accès au compte joint. Je souhaite que seule l'adresse {EMAIL} reçoive les alertes."),
    ("fr", "T", "Bonjour, l'appli affiche toujours mon ancien numéro ({PHONE:fr}) au lieu de {PHONE}. Pouvez-vous corriger ?"),
    ("fr", "T", "Bonjour, je vis désormais au Maroc. Merci de me contacter au {PHONE:ma} ou par mail ({EMAIL})."),
    ("fr", "T", "Bonjour, ma box a l'adresse {IP:lan} sur le réseau local mais le Wi-Fi ne se connecte pas. Clé de sécurité : {SECRET:wifi}."),
    ("fr", "I", "Bonjour, je confirme mes coordonnées :\nNom : {NAME}\nNé(e) le : {DOB}\nAdresse : {ADDR}\nTéléphone : {PHONE}"),
    ("fr", "I", "Bonjour, mon conseiller m'a demandé mon numéro de sécu pour la portabilité, le voici : {NIR}. Merci de confirmer la réception à {EMAIL}."),
    ("fr", "B", "Bonjour ! J'ai payé en ligne avec la carte {CARD} mais le site a affiché une erreur et j'ai quand même été débité de {AMT}."),
    ("fr", "T", "[Formulaire résiliation] nom={LAST} ; prenom={FIRST} ; email={EMAIL} ; tel={PHONE} ; motif=déménagement ; date_effet={BDATE}"),
    ("ma", "T", "Salam, bghit n3ref 3lach l'internet ma khdamch men {BDATE}. Ra9m dyali {PHONE}, chokran."),
    ("ma", "E", "Bonjour, la facture {BRAND} de ce mois est de {AMT} alors que d'habitude je paie {AMT2}. Référence contrat : {CID}. Tél : {PHONE}."),
    ("ma", "B", "Bonjour, j'attends un virement de {AMT} depuis {DUR}. Mon RIB : {IBAN:rib}. Merci de vérifier 3afak."),
    ("ma", "I", "Bonsoir, je suis {NAME}, CIN {CIN}, {NE} le {DOB}. Je veux une assurance habitation pour {ADDR}."),
    ("ma", "T", "Bonjour, je veux passer de la carte prépayée à un {OFFER}. Mon numéro {PHONE}, ma CIN {CIN}, email {EMAIL}."),
    ("ma", "B", "Bonjour, j'ai fait opposition par téléphone mais je confirme par écrit : carte {CARD}, titulaire {NAME}."),
    ("ma", "E", "Salam, wach mumkin tbedlo l'adresse dyal la facture ? La nouvelle : {ADDR}. Tel {PHONE}"),
    ("fr", "T", "Bonjour, sur votre site le formulaire refuse mon adresse {EMAIL}, il dit « format invalide ». Pourtant elle marche très bien."),
    ("fr", "E", "Bonjour, j'ai reçu un SMS me demandant de payer {AMT} via un lien, est-ce bien vous ? Mon numéro client est {CID}, mon mail {EMAIL}."),
    ("fr", "B", "Bonjour, pour le remboursement de l'assurance voyage, mon compte allemand : {IBAN:de}. Titulaire : {NAME}."),
    ("fr", "E", "Bonjour, je vous transmets l'index de mon compteur gaz : {KWH}. Mon PCE : {CID:pce}.\nCordialement,\n{NAME}"),
    ("fr", "T", "Bonjour, je voudrais ajouter une deuxième ligne au nom de ma fille {ONAME:f}, née le {DOB:child}. Son numéro actuel est le {PHONE}, à garder avec la portabilité."),
    ("fr", "B", "Objet : changement de coordonnées\nBonjour, merci de noter ma nouvelle adresse, {ADDR}, et mon nouveau numéro, {PHONE}. L'adresse mail {EMAIL} reste valable."),
    ("fr", "I", "Bonjour, suite à l'appel de ce matin avec {AGENT}, je vous renvoie mon RIB : {IBAN}. Merci de procéder au remboursement de {AMT}."),
    ("ma", "T", "Bonjour, j'ai perdu ma puce, numéro {PHONE}. Je suis {NAME}, CIN {CIN}. Comment la récupérer ?"),
    ("fr", "E", "Bonjour, voici mon relevé du {BDATE} : {KWH}. Adresse du logement : {ADDR}. Pas besoin de technicien."),
    ("fr", "T", "Bonjour, pour l'installation, la personne à contacter est mon voisin {ONAME:m}, au {PHONE}, car je travaille en journée."),
    ("ma", "B", "Bonjour, pour recevoir un virement de France, mon IBAN est {IBAN:ma}, code SWIFT BCMAMAMC. Merci de confirmer que c'est le bon format."),
    ("fr", "B", "Bonjour, je dois envoyer {AMT} à mon frère {ONAME:m} au Maroc. Son IBAN : {IBAN:ma}. Quels sont les frais ?"),
    ("fr", "E", "Bonjour, je signale un changement de titulaire : le nouveau locataire est {ONAME}, tél. {PHONE}, à compter du {BDATE}."),
]

NOTES = [
    ("fr", "E", "Appel cl. {NAME} – contestation facture {AMT} du {BDATE} – index relevé {KWH} – rappel J+2 au {PHONE}."),
    ("fr", "T", "Chgt coordonnées : mail {EMAIL} / tél {PHONE}. Fait."),
    ("fr", "B", "MAJ RIB : {IBAN}. Mandat SEPA renvoyé, prochaine échéance le {DAY}."),
    ("fr", "I", "Déclaration sinistre tél. Assuré(e) : {TITLE} {NAME} – NIR {NIR} – DDN {DOB}."),
    ("fr", "T", "Box {OFFER} – IP WAN {IP:pub} – désynchro depuis {DUR} – escalade N2."),
    ("fr", "E", "Cl joint au {PHONE} : confirme emménagement {ADDR}, MES le {BDATE}, option {OFFER}."),
    ("fr", "B", "Opposition CB {CARD} faite à {TIME} (perte). Nouvelle carte sous {DUR}."),
    ("fr", "I", "Ajout bénéficiaire : {ONAME}, DDN {DOB}, sur contrat {CID}."),
    ("ma", "T", "Client {NAME} – CIN {CIN} – portabilité du {PHONE} vers {BRAND} – dossier complet."),
    ("ma", "E", "Réclamation coupure eau – {ADDR} – contact {PHONE} – réf. contrat {CID}."),
    ("ma", "B", "Vérif RIB {IBAN:rib} OK – virement {AMT} relancé – client rappelé au {PHONE}."),
    ("fr", "E", "CR : cl mécontent estimation {KWH} au lieu du relevé réel. Mail de suivi envoyé à {EMAIL}. Geste co {AMT}."),
    ("fr", "T", "Réinit mdp espace client, code {SECRET:sms} envoyé par SMS au {PHONE}, connexion OK."),
    ("fr", "I", "À rappeler le {BDATE} à {TIME} – {NAME} – fixe {PHONE:fix}."),
    ("fr", "B", "Contestation fraude carte {CARD} : {AMT} le {BDATE} sur site marchand. Formulaire envoyé à {EMAIL}."),
    ("fr", "E", "Accès compteur : digicode {SECRET:door}, interphone {LAST}, compteur au sous-sol."),
    ("fr", "T", "Nouvelle ligne ouverte pour {NAME}, n° attribué {PHONE}, forfait {OFFER}."),
    ("fr", "I", "Pièces reçues : CNI, RIB ({IBAN}), attestation Vitale NIR {NIR}. Dossier complet."),
    ("frma", "E", "[Plateau Casa] Cl FR demande échéancier 3x {AMT}. Tél {PHONE} / mail {EMAIL}. Accord N1."),
    ("fr", "B", "KYC : {NAME}, né(e) le {DOB}, demeurant {ADDR}."),
    ("fr", "T", "{ISODATE};{CID};{LAST};{FIRST};{PHONE};{EMAIL};RESIL;{AMT}"),
    ("fr", "I", "Contact préféré : {EMAIL} ou {PHONE} après 18h."),
    ("ma", "B", "Client {NAME} – tél {PHONE} – CIN {CIN} – demande {OFFER}."),
    ("fr", "E", "PDL {CID:pdl} – {KVA} – passage {OFFER} demandé – RDV technicien {BDATE}."),
    ("fr", "I", "IBAN remboursement : {IBAN:de} (compte en Allemagne, cl. expatrié). NIR {NIR}."),
    ("fr", "B", "ALERTE : cl a donné son code confidentiel ({SECRET:pin}) au tél malgré nos consignes. Refabrication carte {CARD} demandée."),
    ("fr", "E", "Mail reçu de {EMAIL} : demande attestation de contrat pour {ADDR}."),
    ("fr", "T", "RIO communiqué, portabilité du {PHONE} prévue le {BDATE}."),
    ("fr", "I", "Tiers impliqué : {ONAME}, tél {PHONE}, assuré chez un autre assureur."),
    ("frma", "T", "Ticket clos. Cl {LAST} rappelé au {PHONE}, problème résolu après changement de câble. Agent : {AGENT}."),
    ("fr", "B", "Virement international – bénéficiaire : {ONAME} – IBAN {IBAN:be} – montant {AMT}."),
    ("ma", "E", "Client signale compteur bloqué. Adresse : {ADDR}. Joignable {PHONE}. Technicien prévu {BDATE}."),
    ("fr", "B", "Carte {CARD} – paiement refusé {AMT} – plafond atteint – cl informé. Rappel sur {PHONE}."),
    ("fr", "B", "Hausse plafond CB {CARD} de 1 500 € à 3 000 € pour 30 jours – validée par code SMS {SECRET:sms}."),
    ("ma", "I", "Souscription auto – {NAME} – CIN {CIN} – DDN {DOB} – tél {PHONE} – prime {AMT}."),
    ("fr", "T", "Appel {TIME} : cl signale démarchage frauduleux au nom de {BRAND}, a communiqué son IBAN {IBAN} au fraudeur. Conseillé : opposition banque."),
    ("fr", "E", "Résiliation enregistrée – {NAME} – {ADDR} – relevé de sortie {KWH} – facture de clôture à envoyer à {EMAIL}."),
    ("fr", "T", "Diag ligne : IPv6 {IP:v6} / IPv4 {IP:pub} – synchro OK – cl {LAST} rappelé au {PHONE}."),
    ("fr", "I", "Mutuelle : rattachement enfant {OFIRST}, NIR parent {NIR}, IBAN {IBAN}."),
]

ASR = [
    ("fr", "T", "{F}oui bonjour je vous appelle parce que j'ai changé de numéro {F}le nouveau c'est le {PHONE} voilà"),
    ("fr", "E", "alors mon adresse mail c'est {EMAIL} {F}et je voudrais les factures par mail plutôt que par courrier"),
    ("fr", "B", "oui alors l'iban c'est {IBAN} {F}vous avez tout"),
    ("fr", "I", "mon numéro de sécurité sociale {F}attendez je prends ma carte vitale {F}c'est {NIR}"),
    ("fr", "B", "{A}je vais avoir besoin du numéro de la carte {C}oui c'est {CARD} {A}et la date d'expiration {C}{EXP}"),
    ("fr", "E", "{F}je m'appelle {NAME} et j'habite au {ADDR} {F}le compteur il est dans le garage"),
    ("fr", "I", "oui c'est {TITLE} {SPELL} {F}voilà"),
    ("fr", "T", "{A}je vous écoute {C}{F}c'est pour la box elle marche plus depuis {DUR} {A}vous avez votre numéro client {C}oui attendez {CID}"),
    ("fr", "E", "le téléphone c'est le {PHONE} et sinon par mail {EMAIL}"),
    ("fr", "I", "je suis {NE} le {DOB} {F}à {BCITY} et mon numéro de sécu c'est {NIR}"),
    ("fr", "B", "{C}oui alors le numéro de la carte c'est {CARD:split}"),
    ("ma", "T", "salam {F}bghit nbeddel l'offre dyali l {OFFER} le numéro c'est le {PHONE} wakha"),
    ("ma", "E", "oui bonjour {F}j'appelle pour la facture dyal {MONTH} {AMT} c'est beaucoup la référence c'est {CID} et mon numéro {PHONE}"),
    ("ma", "B", "le rib c'est {IBAN:rib} {F}c'est chez {BRAND}"),
    ("ma", "I", "ma carte nationale c'est {CIN} et je suis {NE} le {DOB}"),
    ("fr", "T", "{C}c'est le {PHONE@p} {A}je répète {PHONE:rb@p} {C}oui c'est ça"),
    ("fr", "E", "le code de la porte c'est {SECRET:door} {F}pour le technicien le {BDATE} et vous m'appelez au {PHONE}"),
    ("fr", "T", "{F}l'adresse ip qu'elle affiche c'est {IP}"),
    ("fr", "B", "je viens de recevoir le code par sms c'est {SECRET:sms}"),
    ("fr", "I", "alors l'adresse c'est {ADDR} {F}et le dégât c'est dans la cuisine"),
    ("fr", "E", "{A}donc vous êtes bien {TITLE} {NAME} {NE} le {DOB} {C}oui c'est ça"),
    ("fr", "T", "{A}bonjour {AGENT} à votre écoute {C}oui bonjour c'est {NAME} {F}j'ai un souci avec ma facture de {AMT}"),
    ("fr", "E", "attendez je vous donne mon mail {F}c'est {EMAIL} et mon portable {PHONE}"),
    ("fr", "B", "{F}l'iban il commence par {IBAN:split}"),
    ("fr", "I", "le numéro de sécu {F}c'est {NIR:split}"),
    ("fr", "T", "j'ai {QTY} lignes chez vous et la mienne c'est le {PHONE}"),
    ("fr", "E", "ma consommation elle est passée de {KWH} à {KWH2} et la facture elle fait {AMT} c'est pas normal {F}mon numéro client c'est {CID}"),
    ("fr", "B", "je veux faire opposition sur ma carte {CARD} je l'ai perdue ce matin"),
    ("fr", "T", "{F}mon mot de passe c'était {SECRET:pwd} enfin je crois {F}et l'identifiant c'est {EMAIL}"),
    ("fr", "I", "mon mari {ONAME:m} il est né le {DOB} {F}son numéro de sécu je l'ai c'est {NIR}"),
    ("frma", "E", "{A}{BRAND} bonjour {AGENT} {C}oui bonjour {F}c'est pour mon contrat {OFFER} {A}vous pouvez me rappeler votre numéro de téléphone {C}{PHONE}"),
    ("ma", "T", "ewa {F}l'email dyali c'est {EMAIL} safi"),
    ("fr", "B", "non le compte il est en belgique {F}c'est {IBAN:be}"),
    ("fr", "I", "le code qu'on m'a envoyé c'est {SECRET:sms} {F}il expire dans {DUR}"),
    ("fr", "T", "pour la livraison c'est {ADDR} {F}au nom de {NAME}"),
    ("fr", "B", "c'est une american express {CARD:amex}"),
    ("fr", "T", "rappelez-moi sur le fixe plutôt {PHONE:fix} {F}après {TIME}"),
    ("fr", "E", "{F}je vous donne le numéro pdl c'est {CID:pdl}"),
    ("fr", "I", "{A}votre numéro de contrat s'il vous plaît {C}{F}{CID} {A}merci et une adresse mail {C}{EMAIL}"),
    ("fr", "B", "{A}quel est votre nom s'il vous plaît {C}{LAST} {A}vous pouvez épeler {C}{SPELL:only}"),
    ("fr", "T", "la box elle est sur l'ip {IP:lan} {F}c'est ce que m'a dit le technicien"),
    ("fr", "E", "je suis en {OFFER} depuis {DUR} et là on m'a prélevé {AMT} sur le compte {IBAN} c'est pas possible"),
    ("fr", "I", "{F}mon numéro de sécu c'est {NIR} et ma date de naissance {DOB}"),
    ("fr", "T", "{F}vous pouvez m'envoyer le récapitulatif de l'offre {OFFER} à {EMAIL} parce que j'ai rien reçu"),
    ("fr", "B", "{A}pour sécuriser je vous envoie un code {C}d'accord {F}oui je l'ai c'est {SECRET:sms}"),
    ("fr", "E", "le mot de passe de mon espace client {F}c'est {SECRET:pwd}"),
    ("ma", "T", "{C}salam {A}bonjour monsieur {C}bghit n3ref wach kayna la fibre f {ADDR} {A}oui vous pouvez me donner un numéro {C}{PHONE}"),
    ("ma", "E", "{F}le compteur dyali ma khdamch depuis {DUR} et le numéro de contrat c'est {CID} {F}et mon téléphone {PHONE}"),
    ("ma", "B", "{A}votre numéro de carte nationale {C}{CIN} {A}et votre date de naissance {C}{DOB}"),
    ("ma", "I", "je m'appelle {NAME} {F}et je veux déclarer un accident {F}mon numéro c'est {PHONE}"),
    ("fr", "T", "{C}c'est {EMAIL@e} {A}alors je relis {EMAIL:rb@e} {C}voilà c'est ça"),
    ("fr", "B", "{C}alors la carte {CARD@c} {A}je répète {CARD:rb@c} {C}oui"),
    ("fr", "I", "{C}le numéro de sécurité sociale c'est {NIR@n} {A}je relis {NIR:rb@n} {C}c'est ça"),
    ("fr", "B", "{C}l'iban {IBAN@i} {A}je vous le relis {IBAN:rb@i} {C}oui parfait"),
    ("fr", "E", "ben c'est au nom de ma mère {ONAME:f} {F}elle est née le {DOB:old} et elle habite {ADDR}"),
    ("fr", "T", "{F}j'ai reçu un sms qui disait de rappeler le {HOT} mais c'est le {PHONE} qui est bloqué"),
    ("fr", "E", "non c'est pas moi {F}le titulaire c'est mon fils {ONAME:m} {F}son portable c'est le {PHONE}"),
    ("fr", "I", "{F}pour le remboursement vous avez déjà mon rib c'est {IBAN} {F}enfin c'est le nouveau"),
    ("fr", "T", "{F}le code wifi c'est {SECRET:wifi} je l'ai recopié derrière la box"),
    ("frma", "E", "{A}très bien je vais juste vérifier votre identité votre date de naissance {C}{DOB} {A}et votre adresse {C}{ADDR}"),
    ("fr", "B", "{F}la carte elle expire en {EXP} et le code derrière c'est {SECRET:cvv} {F}le numéro c'est {CARD}"),
    ("fr", "I", "{F}vous pouvez me joindre au {PHONE} ou au {PHONE:fix} c'est le bureau"),
    ("fr", "B", "{F}le rib je vous le donne par rubrique code banque {IBAN:ribfr}"),
    ("frma", "T", "{A}{BRAND} {AGENT} bonjour {C}oui bonjour {F}j'appelle pour la ligne {PHONE:split} elle capte plus depuis {DUR}"),
    ("fr", "I", "bonjour je suis {NAME} {F}je suis {NE} à {BCITY} le {DOB} {F}et c'est pour un devis"),
    ("fr", "E", "{F}vous pouvez noter mon adresse mail {EMAIL} {F}c'est pour recevoir l'échéancier de {AMT}"),
    ("fr", "T", "{F}j'ai un message qui dit que mon numéro {PHONE} va être suspendu le {BDATE} c'est quoi ce truc"),
    ("fr", "E", "{F}c'est pour un changement de titulaire le nouveau c'est mon compagnon {ONAME:m} {F}je vous donne son mail {EMAIL:o}"),
    ("fr", "T", "{A}je vais vous envoyer un code par sms vous pouvez me le lire {C}{F}oui alors c'est {SECRET:sms} {A}parfait c'est validé"),
    ("fr", "B", "{F}j'ai un prélèvement de {AMT} que je reconnais pas sur mon compte {IBAN} {F}ça vient d'un site que je connais pas"),
    ("ma", "B", "salam {F}j'ai perdu la carte dyali hier {F}le numéro c'est {CARD} {F}3afak bloquiha"),
    ("fr", "I", "{A}et votre adresse actuelle {C}{ADDR} {A}et un téléphone {C}{PHONE}"),
    ("fr", "E", "{F}j'ai emménagé le {BDATE} et l'ancien locataire c'était {ONAME} {F}moi je suis {NAME} et mon portable c'est le {PHONE}"),
    ("fr", "T", "{F}ma fille elle a pris un abonnement sur mon compte avec ma carte {CARD} sans me demander {F}je veux l'annuler"),
    ("frma", "B", "{A}pour la sécurité je vais vous demander votre date de naissance {C}{DOB} {A}et les quatre derniers chiffres de votre carte {C}{LAST4}"),
    ("ma", "B", "{F}l'iban c'est {IBAN:ma} {F}c'est pour recevoir le virement de france"),
    ("fr", "B", "{F}les deux numéros c'est {PHONE} et le fixe {PHONE:fix} {F}et l'email {EMAIL}"),
]

ASRW = [
    ("fr", "T", "Oui, bonjour. Alors, mon numéro, c'est le {PHONE}. Voilà."),
    ("fr", "E", "Mon adresse mail, c'est {EMAIL}. Tout en minuscules."),
    ("fr", "B", "D'accord. Donc l'IBAN, c'est {IBAN}."),
    ("fr", "I", "Je suis {NE} le {DOB}, à {BCITY}. Et mon numéro de sécu, c'est {NIR}."),
    ("fr", "I", "{A}Vous avez votre numéro de sécurité sociale ? {C}Oui, c'est {NIR}."),
    ("fr", "B", "Alors, le numéro de carte, c'est {CARD}. Et elle expire en {EXP}."),
    ("fr", "E", "Je m'appelle {NAME}, j'habite {ADDR}."),
    ("fr", "T", "{F}L'adresse IP, c'est {IP}. Enfin, c'est ce qui est écrit sur l'écran."),
    ("fr", "E", "Mon numéro client, c'est le {CID}. Et mon téléphone, {PHONE}."),
    ("ma", "T", "Salam. Oui, mon numéro, c'est le {PHONE}. Wakha, merci."),
    ("fr", "B", "{A}Je vous écoute. {C}Oui, bonjour, c'est {NAME}. J'appelle pour ma carte {CARD}, elle a été bloquée."),
    ("fr", "E", "Le code, c'est {SECRET:sms}. Voilà, je viens de le recevoir sur le {PHONE}."),
    ("fr", "I", "Donc c'est {EMAIL}, et mon portable, c'est le {PHONE}."),
    ("fr", "B", "Le nouveau RIB, c'est {IBAN}. Il est au nom de {NAME}."),
    ("frma", "T", "{A}{BRAND}, {AGENT}, bonjour. {C}Oui, bonjour, je vous appelle pour la ligne {PHONE}."),
    ("ma", "B", "Mon RIB, c'est {IBAN:rib}. C'est à {BRAND}."),
    ("fr", "E", "{A}Vous pouvez me donner votre référence client ? {C}Oui, alors, c'est le {CID}."),
    ("fr", "T", "Oui, c'est {NAME}. Je vous appelle parce que mon adresse mail, {EMAIL}, est bloquée."),
]

NONE = [
    ("chat", "fr", "E", "Bonjour, ma facture du {BDATE} est de {AMT} alors que d'habitude je paie {AMT2}. Le compteur Linky indique {KWH} en Heures Creuses. Merci de vérifier."),
    ("asr", "fr", "T", "{F}j'ai appelé le {HOT} trois fois cette semaine et on m'a dit que la fibre serait installée le {BDATE} entre {TIME} et {TIME2}"),
    ("note", "fr", "T", "Incident collectif secteur {ACITY} – {QTY} 000 clients impactés – rétablissement estimé à {TIME}."),
    ("chat", "fr", "B", "Bonjour, ma carte se terminant par {LAST4} a été débitée deux fois de {AMT} le {BDATE}. Pouvez-vous régulariser ?"),
    ("asr", "fr", "E", "le technicien il devait passer mardi {F}entre {TIME} et {TIME2} et il est jamais venu {F}j'ai posé une demi-journée pour rien"),
    ("chat", "fr", "I", "Bonjour, combien coûterait l'option {OFFER} pour une Clio de 2019 ? Actuellement je paie {AMT} par mois."),
    ("asr", "ma", "T", "salam {F}la recharge dyal {AMT} ma daztch {F}j'ai tapé étoile trois et rien"),
    ("note", "fr", "E", "Relève {KWH} (HP) / {KWH2} (HC) – {KVA} – option Tempo – 22 jours rouges restants."),
    ("chat", "fr", "T", "Bonjour, votre numéro {HOT} ne répond jamais après {TIME}. C'est normal ?"),
    ("asrw", "fr", "E", "Bonjour, je voulais savoir si l'offre {OFFER} est encore disponible, parce que ma facture de {MONTH} était de {AMT}."),
    ("asr", "fr", "B", "je voudrais savoir pourquoi j'ai des frais de {AMT} sur le relevé de {MONTH} {F}c'est la deuxième fois"),
    ("note", "fr", "I", "Devis auto envoyé – Peugeot 208 de 2021 – bonus 0,50 – prime annuelle {AMT}."),
    ("asr", "fr", "T", "{A}vous êtes sur quelle offre {C}{OFFER} à {AMT} {A}d'accord et depuis quand {C}{DUR} à peu près"),
    ("chat", "fr", "E", "Bonjour, j'ai rendez-vous le {BDATE} à {TIME} à l'agence de {ACITY}, est-ce que je dois apporter mes factures de 2023 ?"),
    ("asr", "ma", "E", "{F}la coupure d'eau à {ACITY} ça va durer combien de temps {F}ça fait {DUR} hna"),
    ("note", "fr", "E", "Appel sortant campagne {OFFER} – cl non intéressé – rappeler en {MONTH}."),
    ("asr", "fr", "E", "le numéro de dépannage c'est bien le zéro neuf soixante-douze soixante-sept cinquante {F}et après je tape le département"),
    ("chat", "fr", "B", "Bonjour, le plafond de ma carte ({OFFER}) est de 3 000 € ; je voudrais le passer à 5 000 € pour le mois de {MONTH}."),
    ("chat", "fr", "T", "J'ai déjà écrit au service client le {BDATE}, toujours pas de réponse après {DUR}. Je paie {AMT} par mois pour une connexion à 2 Mb/s !"),
    ("asr", "fr", "I", "{F}on m'a dit au {HOT} que le remboursement prendrait {DUR} et ça fait déjà {DUR2}"),
    ("asrw", "fr", "T", "Oui, j'ai trois lignes, deux à 19,99 et une à 9,99. Et la box, c'est {AMT} par mois."),
    ("note", "fr", "B", "Appel entrant {TIME} – durée 6 min 40 – motif : plafond carte – traité N1."),
    ("chat", "ma", "T", "Salam, 3lach t9at3at lia l'internet ? Khallast {AMT} nhar {BDATE}. Merci de vérifier."),
    ("asr", "fr", "E", "{F}le compteur il affiche {KWH} en heures pleines et {KWH2} en heures creuses {F}c'est normal que ce soit si haut"),
    ("chat", "fr", "I", "Bonjour, mon véhicule est immobilisé au garage depuis le {BDATE}. Le devis est de {AMT}. Quand passe l'expert ?"),
    ("chat", "fr", "E", "Bonjour, pouvez-vous me dire s'il y a une hausse du tarif réglementé au 1er février 2026 ? Je suis en Tarif Bleu 9 kVA, environ {KWH} par an."),
    ("note", "fr", "T", "Rappel client programmé le {BDATE} entre {TIME} et {TIME2}. Motif : facture {MONTH} {AMT}. Priorité 2."),
    ("asr", "fr", "B", "{F}j'ai voulu retirer {AMT} au distributeur de la gare et il m'a dit plafond atteint alors que j'ai rien retiré depuis {DUR}"),
    ("asrw", "fr", "I", "Oui, alors, le sinistre, c'est le {BDATE}, vers {TIME}. Le devis du garage, c'est {AMT}, et la franchise, c'est 300 euros, je crois."),
    ("asr", "ma", "B", "{F}bghit n3ref chhal kayn f le compte {F}j'ai fait un versement de {AMT} le {BDATE}"),
    ("chat", "fr", "T", "Bonjour, la 5G ne marche pas à {ACITY} depuis {DUR}, j'ai pourtant le forfait 5G 210 Go à 15,99 €. Code erreur 0x80070005 sur le téléphone."),
    ("note", "fr", "I", "Expertise fixée au {BDATE} à {TIME} – garage partenaire de {ACITY} – franchise 150 €."),
    ("asr", "fr", "E", "{F}il m'a dit que le linky serait posé entre le {BDATE} et fin {MONTH} et que ça prendrait trente minutes"),
    ("chat", "fr", "B", "Bonjour, le virement de {AMT} fait le {BDATE} n'apparaît toujours pas sur mon compte. Pouvez-vous vérifier ?"),
    ("asrw", "ma", "T", "Salam. Le pass 20 Go à 99 dirhams, il est valable combien de jours ? Parce que j'ai rechargé le {BDATE}."),
    ("asr", "fr", "T", "{F}j'ai le décodeur qui affiche erreur quatre cent quatre et la box elle clignote orange {F}j'ai débranché trente secondes comme on m'a dit au {HOT}"),
]

MISREC = [("heures creuses", "heure creuse"), ("la facture", "la fracture"), ("prélevé", "prélever"),
          ("technicien", "technicienne"), ("le compteur", "le conteur"), ("c'est pour", "c'est pour"),
          ("l'échéancier", "les échéanciers"), ("récapitulatif", "récapitulatifs"), ("la box", "la boxe"),
          ("mot de passe", "mode de passe"), ("opposition", "opposition"), ("attendez", "attendais")]


def misrecognise(text):
    cands = [(a, b) for a, b in MISREC if a in text and a != b]
    if cands and rng.random() < 0.2:
        a, b = ch(cands)
        text = text.replace(a, b, 1)
    return text


def typo(text):
    """One typo in the carrier text of a chat message (never inside a placeholder)."""
    if rng.random() > 0.2:
        return text
    words = [m for m in re.finditer(r"(?<![{:@])\b[a-zéèàêç]{5,}\b(?![}:@])", text)]
    words = [m for m in words if not re.search(r"\{[^}]*$", text[:m.start()])]
    if not words:
        return text
    m = ch(words)
    w = m.group(0)
    k = ch(["swap", "drop", "accent", "double"])
    if k == "swap":
        i = rng.randrange(len(w) - 1)
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == "drop":
        i = rng.randrange(1, len(w))
        w2 = w[:i] + w[i + 1:]
    elif k == "accent":
        w2 = deaccent(w) if deaccent(w) != w else w[:-1]
    else:
        i = rng.randrange(len(w))
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


PH = re.compile(r"\{([A-Z_0-9]+)(?::([a-z0-9_]+))?(?:@(\w+))?\}")


def render(reg, market, sector, tmpl):
    global CUR
    ctx = Ctx(reg, market, sector)
    CUR = ctx
    if reg == "chat":
        tmpl = typo(tmpl)
    if reg == "asr":
        tmpl = misrecognise(tmpl)
    pos = 0
    for m in PH.finditer(tmpl):
        ctx.t(tmpl[pos:m.start()])
        pos = m.end()
        name, var, key = m.group(1), m.group(2), m.group(3)
        if name == "PHONE":
            r_phone(ctx, var, key)
        elif name == "EMAIL":
            r_email(ctx, var, key)
        elif name == "IBAN":
            r_iban(ctx, var, key)
        elif name == "CARD":
            r_card(ctx, var, key)
        elif name == "NIR":
            r_nir(ctx, var, key)
        elif name in ("NAME", "FIRST", "LAST", "ONAME", "OFIRST"):
            r_person(ctx, name, var)
        elif name == "AGENT":
            r_agent(ctx)
        elif name == "SPELL":
            r_spell(ctx, var)
        elif name == "ADDR":
            r_addr(ctx, var)
        elif name == "DOB":
            r_dob(ctx, var)
        elif name == "CIN":
            r_cin(ctx, var)
        elif name == "CID":
            r_cid(ctx, var)
        elif name == "SECRET":
            r_secret(ctx, var)
        elif name == "IP":
            r_ip(ctx, var)
        else:
            ctx.t(nonpii(ctx, name, var))
    ctx.t(tmpl[pos:])
    return build(ctx)


def build(ctx):
    chars, owner = [], []
    metas = []
    for s, meta in ctx.parts:
        if ctx.reg == "asr":
            s = s.lower()
        idx = -1
        if meta:
            metas.append(meta)
            idx = len(metas) - 1
        for c in s:
            chars.append(c)
            owner.append(idx)
    out, own = [], []
    n = len(chars)
    for i, c in enumerate(chars):
        if owner[i] == -1 and c == " ":
            nxt = chars[i + 1] if i + 1 < n else ""
            if not out or out[-1] in " \n" or nxt in ("\n", "", " "):
                continue
            if nxt in ",." and (i + 1 < n and owner[i + 1] == -1):
                continue
        if c == "\n" and owner[i] == -1:
            while out and out[-1] == " " and own[-1] == -1:
                out.pop()
                own.pop()
            if not out:
                continue
        out.append(c)
        own.append(owner[i])
    while out and out[-1] in " \n" and own[-1] == -1:
        out.pop()
        own.pop()
    text = "".join(out)
    spans = []
    for k, meta in enumerate(metas):
        pos = [i for i, o in enumerate(own) if o == k]
        assert pos and pos == list(range(pos[0], pos[-1] + 1)), (text, meta)
        st, en = pos[0], pos[-1] + 1
        spans.append(dict(type=meta["type"], start=st, end=en, value=text[st:en], _meta=meta))
    if ctx.reg in ("chat", "asrw") and text and text[0].islower() and (not spans or spans[0]["start"] > 0):
        text = text[0].upper() + text[1:]
        for s in spans:
            s["value"] = text[s["start"]:s["end"]]
    return text, spans


# --------------------------------------------------------------------------- validation
def validate_canon(kind, c):
    if kind == "phone":
        assert re.fullmatch(r"0[1-9]\d{8}", c), c
    elif kind == "card":
        assert luhn_ok(c) and len(c) in (15, 16), c
    elif kind == "iban":
        assert iban_ok(c), c
        L = {"FR": 27, "MA": 28, "BE": 16, "ES": 24, "DE": 22}[c[:2]]
        assert len(c) == L, c
        if c[:2] == "FR":
            b = c[4:]
            assert rib_key(b[:5], b[5:10], b[10:21]) == b[21:], c
        if c[:2] == "MA":
            assert int(c[4:]) % 97 == 0, c
        if c[:2] == "BE":
            assert (int(c[4:14]) % 97 or 97) == int(c[14:]), c
        if c[:2] == "ES":
            b = c[4:]
            assert str(es_dc("00" + b[:8])) == b[8] and str(es_dc(b[10:])) == b[9], c
    elif kind == "rib_ma":
        assert len(c) == 24 and c.isdigit() and int(c) % 97 == 0, c
    elif kind == "rib_fr":
        assert len(c) == 23 and rib_key(c[:5], c[5:10], c[10:21]) == c[21:], c
    elif kind == "nir":
        assert len(c) == 15 and nir_key(c[:13]) == c[13:], c
    elif kind == "email":
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,3}", c), c
    elif kind == "cin":
        assert re.fullmatch(r"[A-Z]{1,2}\d{5,6}", c), c


def written_digits_match(kind, value, canon):
    """For exact written values, the characters in the span are the checked value."""
    if kind == "phone":
        d = re.sub(r"\D", "", value)
        if value.strip().startswith(("+", "00")):
            d = d[2:] if d.startswith("33") else d[4:] if d.startswith("0033") else d
            d = d[3:] if d.startswith("212") else d[5:] if d.startswith("00212") else d
            d = d[1:] if d.startswith("0") and len(d) == 10 else d
            d = "0" + d
        return d == canon
    if kind in ("card", "nir", "iban", "rib_ma"):
        return re.sub(r"[^0-9A-Z]", "", value.upper()) == canon
    return True


def main():
    pools = {"chat": [("chat",) + t for t in CHAT], "note": [("note",) + t for t in NOTES],
             "asr": [("asr",) + t for t in ASR] + [("asrw",) + t for t in ASRW],
             "none": list(NONE)}
    want = {"chat": N_CHAT, "note": N_NOTE, "asr": N_ASR, "none": N_NONE}
    jobs = []
    for src, pool in pools.items():
        picks = list(pool)
        rng.shuffle(picks)
        # after one pass over every template, favour templates that carry the strict types
        weights = [1 + 0.9 * len(re.findall(r"\{(?:PHONE|EMAIL|IBAN|CARD|NIR)\b", t[-1])) for t in pool]
        while len(picks) < want[src]:
            picks.append(rng.choices(pool, weights)[0])
        jobs += [(src, p) for p in picks[:want[src]]]
    rng.shuffle(jobs)

    rows, stats = [], Counter()
    by_type, by_form, by_src, by_tf, hard_c = Counter(), Counter(), Counter(), Counter(), Counter()
    templates_used = set()
    for i, (src, (reg, market, sector, tmpl)) in enumerate(jobs, 1):
        text, spans = render(reg, market, sector, tmpl)
        templates_used.add(tmpl)
        if src == "none":
            assert not spans, (tmpl, spans)
        else:
            assert spans, tmpl
        forms = {s["_meta"]["form"] for s in spans}
        form = "none" if not spans else forms.pop() if len(forms) == 1 else "mixed"
        last_end = -1
        clean = []
        for s in spans:
            meta = s.pop("_meta")
            assert text[s["start"]:s["end"]] == s["value"]
            assert s["start"] >= last_end and s["end"] > s["start"]
            assert s["value"] == s["value"].strip()
            last_end = s["end"]
            kind, c = meta["canon"]
            validate_canon(kind, c)
            if meta["exact"] and meta["form"] == "written":
                assert written_digits_match(kind, s["value"], c), (s["value"], c)
            by_type[s["type"]] += 1
            by_tf[(s["type"], meta["form"])] += 1
            hard_c["hard" if meta["hard"] else "everyday"] += 1
            clean.append(dict(type=s["type"], start=s["start"], end=s["end"], value=s["value"]))
        by_form[form] += 1
        by_src[src if src != "asr" else ("asr-whisper" if reg == "asrw" else "asr-raw")] += 1
        rows.append(dict(id=f"b8-{i:04d}", text=text, spans=clean, form=form))

    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and check again from the file
    n_vals = 0
    with OUT.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            prev = 0
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]] == s["value"]
                assert s["start"] >= prev
                prev = s["end"]
                n_vals += 1
    total = sum(by_type.values())
    strict = sum(v for k, v in by_type.items() if k in STRICT)
    n_tmpl = len(CHAT) + len(NOTES) + len(ASR) + len(ASRW) + len(NONE)
    print(f"wrote {OUT.name}: {len(rows)} utterances, {total} values, {n_tmpl} templates ({len(templates_used)} used)")
    print("by form:", dict(sorted(by_form.items())))
    print("by source:", dict(sorted(by_src.items())))
    print("by type:", dict(by_type.most_common()))
    print(f"strict types: {strict}/{total} = {strict / total:.1%}")
    print("difficulty:", dict(hard_c), f"hard = {hard_c['hard'] / total:.1%}")
    for t in sorted(by_type):
        print(f"  {t:14s}", {f: by_tf[(t, f)] for f in ("written", "spoken", "mixed") if by_tf[(t, f)]})
    assert n_vals == total and strict / total >= 0.55
    assert len(templates_used) >= 120


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Blind French / Moroccan evaluation set no. 3 for the PII scrubber (writes fr_blind3.jsonl).

    .venv/bin/python evals/pii/generate_fr_blind3.py   # rewrites fr_blind3.jsonl, prints counts

Written blind: without looking at the scrubber, its tests or the other evaluation sets. Only the line
format, the type names and the span conventions of evals/pii/README.md were followed.

What it produces
    500 customer (and a few agent) utterances from phone calls and chats to an energy supplier, an insurer
    and a telecom, handled from France and from Morocco. About 80% carry PII (one to four values each),
    about 20% carry none. Standard library, Faker (fr_FR, seeded) and num2words only; fixed seed, so the
    output is byte-identical from run to run with the same Faker / num2words versions.

    Line format: {"id": "b3-0001", "text": ..., "spans": [{"type", "start", "end", "value"}],
                  "form": "written|spoken|mixed|none"}

    Carrier templates: 132 PII templates and 30 no-PII templates written for this set. Every template is
    used; placeholders are rendered as the text is assembled, and each span's offsets are recorded when its
    piece is appended (never searched for afterwards).

What it covers
    PHONE_NUMBER  French mobiles/landlines, +33 / 0033 / (0), Moroccan 06/07/05 and +212 / 00212; written
                  with spaces, dots, dashes or none; spoken in pairs, digit by digit, in groups of three,
                  with "double", partly in digits, with hesitations and self-corrections inside.
    EMAIL_ADDRESS built from the speaker's name; arobase / at / a commercial / chez, point, tiret,
                  underscore / tiret du bas / tiret bas, digits spoken, domains gmail, hotmail, yahoo,
                  orange, free, laposte, sfr, menara.ma...; spelled letter by letter; partly spoken.
    IBAN_CODE     FR IBANs (valid RIB key, ISO 13616) in groups of four, compact, spoken in digits / pairs /
                  whole groups, "FR soixante-seize", partly spoken; bare French RIBs (23 digits);
                  Moroccan RIBs (24 digits, key = 97 - (22 digits x 100 mod 97)) and IBAN MA.
    CREDIT_CARD   16-digit Visa / Mastercard numbers with a valid Luhn digit, written and spoken.
    FR_NIR        15 characters incl. 2A/2B (counted as 19/18 for the key) and born abroad (99); grouped
                  1 2 2 2 3 3 2, compact, spoken, with "clé" before the key.
    MA_CIN        one or two letters + 5-6 digits, "BE 123456", "be123456", spelled ("b comme ...").
    CUSTOMER_ID   customer, contract, policy, claim, PDL/PRM (14 digits), PCE, RIO, passport and old ID
                  card numbers when they are clearly identifiers.
    ADDRESS       French (bis/ter, rue/avenue/boulevard/allée/impasse/chemin/lieu-dit, complements, spoken
                  postcodes "soixante-neuf zéro zéro trois", "quatre-vingt-douze cent") and Moroccan
                  (hay, quartier, résidence, immeuble, appartement, derb, lotissement, douar, cities).
    PERSON        French, Maghrebi, West African, Portuguese, Vietnamese, Turkish, Italian, Polish, ...
                  names after many contexts, with titles, spelled (plain letters, "d comme ...",
                  "apostrophe", "tiret", accents), and with no context word at all.
    DATE_OF_BIRTH 03/04/1987, 3/4/87, 3 avril 1987, 1er avril, "trois du quatre quatre-vingt-sept",
                  "dix-neuf cent...", year only ("je suis de 87").
    SECRET        passwords (written, spoken, spelled with "majuscule"), PINs, SMS codes, card security
                  codes, PUK codes, wifi keys, answers to a secret question.
    IP_ADDRESS    private and public IPv4 written and spoken, IPv6 written ("point").
    none          amounts (euros, dirhams), kWh / m3 readings, kVA, bill and appointment dates, hours,
                  durations, percentages, bonus-malus, law articles, offers (Linky, Tempo, heures creuses,
                  tous risques, fibre, forfait), agency cities, ages, short service numbers.

Labelling choices
    - Titles (madame, monsieur, Mme, M.) are outside PERSON spans; a spelled name is inside, and a name
      followed by its spelling ("Diallo, d i a l l o") is ONE span.
    - Hesitations, interjections and self-corrections occurring between the first and the last character
      of a value belong to its span ("zéro six douze euh non pardon treize ..."); fillers before or after
      the value stay outside, and so does a remark after it ("... point com, tout attaché"). When a
      customer restates a whole value ("ah non ça c'est l'ancien, le nouveau c'est ...") both values are
      separate spans.
    - FR_NIR spans include the word "clé" when it is spoken between the 13 digits and the key.
    - ADDRESS covers the street number up to the city (complements such as bâtiment / appartement
      included); the preposition before it ("au", "à") is outside. A city alone (agency, place of stay)
      is never PII.
    - DATE_OF_BIRTH covers the date only ("né le" outside); a bare birth year ("je suis de 87") is labelled.
      Bill, appointment and card expiry dates are not PII.
    - IBAN_CODE covers FR/MA IBANs and bare French and Moroccan RIBs.
    - Card expiry dates are carrier text; the card security code is SECRET.
    - Passport, ID card and RIO numbers are CUSTOMER_ID (only when announced as such); a Moroccan CIN
      is MA_CIN.
    - Agent read-backs ("je répète", "je relis", "je vérifie") are labelled like customer speech.
    - Private IP addresses (192.168...) of a box are labelled IP_ADDRESS like public ones.
    - Ages, amounts, readings, short service numbers (3900), agency cities and brands are never PII.
    - form: "written" if every value with digits/symbols is written in digits, "spoken" if read aloud as
      speech-to-text writes it, "mixed" for both or for a partly spoken value; a name alone takes the
      form of its utterance style (lowercase transcript = spoken, punctuated chat = written).
    - About 45% of the utterances are lowercase transcripts with no punctuation; the others are
      punctuated (chat or punctuated transcript).
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from faker import Faker
from num2words import num2words

SEED = 90210
N_TOTAL = 500
N_NONE = 100
OUT = Path(__file__).resolve().parent / "fr_blind3.jsonl"

rng = random.Random(SEED)
fake = Faker("fr_FR")
fake.seed_instance(SEED)

P, E, A, NIR, CC, IB, DOB, CIN, CID, SEC, IP, PH = (
    "PERSON", "EMAIL_ADDRESS", "ADDRESS", "FR_NIR", "CREDIT_CARD", "IBAN_CODE", "DATE_OF_BIRTH",
    "MA_CIN", "CUSTOMER_ID", "SECRET", "IP_ADDRESS", "PHONE_NUMBER")

# --------------------------------------------------------------------------------------------------
# number helpers
DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def ch(seq):
    return rng.choice(seq)


def pr(p):
    return rng.random() < p


def wch(pairs):
    """weighted choice from [(item, weight), ...]"""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def nw(n):
    return num2words(int(n), lang="fr")


def digs(n):
    return "".join(ch("0123456789") for _ in range(n))


def read_digits(s, double=False):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if (double and i + 1 < len(s) and s[i + 1] == c and (i + 2 >= len(s) or s[i + 2] != c)
                and c.isdigit() and pr(0.6)):
            out.append("double " + DIG[int(c)])
            i += 2
            continue
        out.append(DIG[int(c)] if c.isdigit() else c)
        i += 1
    return " ".join(out)


def read_pair(p, double=False):
    if p == "00" and double and pr(0.5):
        return "double zéro"
    if p[0] == "0":
        return "zéro " + DIG[int(p[1])]
    return nw(p)


def read_whole(g):
    """'0112' -> 'zéro cent douze', '3000' -> 'trois mille'"""
    lead = len(g) - len(g.lstrip("0"))
    rest = g.lstrip("0")
    words = ["zéro"] * lead
    if rest:
        words.append(nw(rest))
    return " ".join(words)


def read_group(g, how, double=False):
    if how == "digits":
        return read_digits(g, double)
    if how == "pairs":
        parts = [g[i:i + 2] for i in range(0, len(g), 2)]
        return " ".join(read_pair(x, double) if len(x) == 2 else DIG[int(x)] for x in parts)
    if how == "triples":
        parts = [g[i:i + 3] for i in range(0, len(g), 3)]
        return " ".join(read_whole(x) for x in parts)
    return read_whole(g)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --------------------------------------------------------------------------------------------------
# checksums
def luhn_digit(partial):
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def fr_rib():
    bank = ch(["30004", "30003", "30002", "10278", "20041", "30006", "16006", "13335", "11306",
               "17515", "14505", "18206", "10907", "12506", "42559", "13807"])
    guichet = digs(5)
    account = digs(11)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)
    return bank, guichet, account, "%02d" % key


def ma_rib():
    bank = ch(["007", "011", "145", "190", "230", "013", "022", "021", "225", "350", "181", "127"])
    city = ch(["780", "810", "450", "640", "270", "010", "040", "525", "330", "591"])
    account = digs(16)
    key = 97 - (int(bank + city + account) * 100) % 97
    return bank + city + account + "%02d" % key


def nir_value():
    sex = ch("12")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    dept = wch([("75", 3), ("69", 2), ("13", 2), ("93", 2), ("2A", 1), ("2B", 1), ("99", 2), ("59", 1),
                ("33", 1), ("31", 1), ("92", 1), ("94", 1), ("06", 1), ("01", 1), ("44", 1), ("97", 1)])
    if dept == "99":
        commune = ch(["350", "352", "351", "341", "342", "243", "139", "109"])
    elif dept == "97":
        commune = ch(["101", "105", "209", "411", "302"])
    else:
        commune = "%03d" % rng.randint(1, 400)
    order = "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dept + commune + order
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = "%02d" % (97 - num % 97)
    return [sex, yy, mm, dept, commune, order, key]


def card_value():
    if pr(0.6):
        partial = "4" + ch(["970", "973", "974", "975", "978", "532", "916", "024", "556"]) + digs(11)
    else:
        partial = ch(["51", "52", "53", "54", "55"]) + digs(13)
    return partial + luhn_digit(partial)


# --------------------------------------------------------------------------------------------------
# names
FR_OTHER = [("Mehmet", "Yılmaz"), ("Ayse", "Demir"), ("Giuseppe", "Russo"), ("Giulia", "Romano"),
            ("Carmen", "García"), ("Javier", "Martínez"), ("Katarzyna", "Nowak"), ("Piotr", "Kowalski"),
            ("Andreea", "Popescu"), ("Wei", "Zhang"), ("Li", "Chen"), ("Anahit", "Petrossian"),
            ("Jean-Claude", "Pierre-Louis"), ("Kumar", "Selvaraj"), ("Svetlana", "Ivanova"),
            ("Dritan", "Hoxha"), ("Emre", "Öztürk"), ("Chiara", "Esposito")]
MAG_M = ["Mohamed", "Youssef", "Karim", "Rachid", "Hamza", "Mehdi", "Omar", "Saïd", "Abdelkader", "Nabil",
         "Hicham", "Adil", "Soufiane", "Ayoub", "Driss", "Mustapha", "Abdellah", "Yassine", "Khalid",
         "Brahim", "Amine", "Reda", "Ilyas", "Othmane", "Noureddine", "Anas", "Zakaria", "Mourad"]
MAG_F = ["Fatima Zahra", "Khadija", "Salma", "Nadia", "Samira", "Meryem", "Imane", "Houda", "Zineb",
         "Fatiha", "Latifa", "Malika", "Hanane", "Loubna", "Sanae", "Kenza", "Aïcha", "Naïma", "Yasmina",
         "Souad", "Rajae", "Ghizlane", "Asmae", "Leila", "Nora", "Hajar", "Siham"]
MAG_L = ["El Amrani", "Benali", "Bennani", "Alaoui", "Tazi", "Idrissi", "Ouazzani", "Berrada", "Chraibi",
         "El Fassi", "Lahlou", "Benjelloun", "Aït Ouahmane", "Ouali", "Zeroual", "Bouzid", "Haddad",
         "Mansouri", "Belkacem", "Cherkaoui", "El Idrissi", "Naciri", "Sebti", "Amrani", "Bouchareb",
         "Hamdaoui", "Kettani", "Benkirane", "El Ouardi", "Tahiri", "Boukhari", "Aït Lahcen", "Mernissi",
         "Saïdi", "Benmoussa", "Ziani", "Messaoudi", "Rahmouni"]
WA_M = ["Mamadou", "Moussa", "Ibrahima", "Seydou", "Koffi", "Ousmane", "Abdoulaye", "Cheikh", "Boubacar",
        "Yao", "Lamine", "Modibo"]
WA_F = ["Aminata", "Fatoumata", "Awa", "Mariama", "Adjoa", "Aïssatou", "Kadiatou", "Ndeye", "Binta", "Assa",
        "Rokia"]
WA_L = ["Diallo", "Traoré", "Konaté", "Coulibaly", "Ndiaye", "Diop", "Keïta", "Kouassi", "Mensah", "Sow",
        "Camara", "Cissé", "Touré", "Sylla", "Ba", "Fofana", "N'Diaye", "Kaboré", "Ouédraogo", "Sané",
        "Dembélé", "Gueye", "N'Guessan"]
PT_M = ["João", "Manuel", "Rui", "António", "José", "Paulo", "Tiago", "Nuno", "Carlos"]
PT_F = ["Maria", "Ana", "Fernanda", "Joana", "Inês", "Sofia", "Conceição", "Rosa"]
PT_L = ["Ferreira", "da Silva", "Pereira", "Gonçalves", "Rodrigues", "Fernandes", "Oliveira", "Dos Santos",
        "Carvalho", "Lopes", "Teixeira", "Moreira", "Martins", "Pinto"]
VN_M = ["Minh", "Nam", "Tuan", "Hung", "Duc", "Quang", "Thanh", "Van Long"]
VN_F = ["Lan", "Thu Ha", "Mai", "Linh", "Huong", "Ngoc", "Thao", "Thi Hoa"]
VN_L = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Truong"]


class Persona:
    def __init__(self, region, gender=None):
        self.gender = gender or ch("MF")
        if region == "ma":
            origin = wch([("mag", 80), ("fr", 12), ("wa", 8)])
        else:
            origin = wch([("fr", 52), ("mag", 20), ("wa", 10), ("pt", 6), ("vn", 6), ("other", 6)])
        self.origin = origin
        m = self.gender == "M"
        if origin == "fr":
            self.first = fake.first_name_male() if m else fake.first_name_female()
            self.last = fake.last_name()
            if pr(0.06):
                self.last = ch(["Le Gall", "Le Goff", "Martin-Lefebvre", "de La Roche", "Le Bihan", "Dubois-Roy"])
        elif origin == "mag":
            self.first, self.last = ch(MAG_M if m else MAG_F), ch(MAG_L)
        elif origin == "wa":
            self.first, self.last = ch(WA_M if m else WA_F), ch(WA_L)
        elif origin == "pt":
            self.first, self.last = ch(PT_M if m else PT_F), ch(PT_L)
        elif origin == "vn":
            self.first, self.last = ch(VN_M if m else VN_F), ch(VN_L)
        else:
            fem = ("Ayse", "Giulia", "Carmen", "Katarzyna", "Andreea", "Li", "Anahit", "Svetlana", "Chiara")
            self.first, self.last = ch([x for x in FR_OTHER if (x[0] in fem) == (self.gender == "F")])
        start = date(1938, 1, 1)
        self.dob = start + timedelta(days=rng.randint(0, 365 * 67))


# --------------------------------------------------------------------------------------------------
# utterance builder
PUNCT_END = re.compile(r"[,.;:!?…]+(?=\s|$)")
PUNCT_ANY = re.compile(r"[«»\"()]")


class Utt:
    def __init__(self, region, style, mode, genders=None):
        self.region = region          # fr | ma
        self.style = style            # transcript (lowercase, no punctuation) | chat
        self.mode = mode              # written | spoken | mixed | none
        self.parts = []               # (text, type or None, kind or None)
        self.genders = genders or {}  # persona index -> forced gender
        self.personas = [Persona(region, self.genders.get(0))]

    @property
    def tr(self):
        return self.style == "transcript"

    def persona(self, i=0, gender=None):
        if gender and i not in self.genders and len(self.personas) <= i:
            self.genders[i] = gender
        while len(self.personas) <= i:
            self.personas.append(Persona(self.region, self.genders.get(len(self.personas))))
        return self.personas[i]

    def want(self, partial_ok=True):
        """kind of rendering wanted for the next value"""
        if self.mode == "mixed":
            opts = [("written", 2), ("spoken", 2)] + ([("mixed", 6)] if partial_ok else [])
            return wch(opts)
        return self.mode

    def t(self, text):
        self.parts.append((text, None, None))

    def v(self, typ, text, kind):
        self.parts.append((text, typ, kind))

    # separators inside values
    def gap(self):
        return " " if self.tr else ch([" ", " ", ", "])

    def hes(self):
        if self.tr:
            return " " + ch(["euh", "euh", "attendez", "euh attendez", "je regarde", "c'est ça", "heu",
                             "une seconde", "bah", "ben"]) + " "
        return ch([" euh ", "… euh… ", ", attendez, ", "… ", " (je regarde) ", ", euh, "])

    def cor(self):
        if self.tr:
            return " " + ch(["non pardon", "non", "ah non", "enfin non", "pardon", "non attendez",
                             "non je me trompe", "non c'est"]) + " "
        return ch([", non pardon, ", "… non, ", " pardon ", ", ah non, "])

    def noisy(self, groups, alts=None, p_h=0.14, p_c=0.08):
        """join groups, possibly with a hesitation or a self-correction between two of them"""
        sep = self.gap()
        if len(groups) < 3:
            return sep.join(groups)
        r = rng.random()
        k = rng.randint(1, len(groups) - 1)
        if alts is not None and r < p_c:
            return sep.join(groups[:k]) + sep + alts[k] + self.cor() + sep.join(groups[k:])
        if r < p_c + p_h:
            return sep.join(groups[:k]) + self.hes() + sep.join(groups[k:])
        return sep.join(groups)

    def build(self):
        text = ""
        spans = []
        first = True
        for piece, typ, kind in self.parts:
            if typ is None:
                s = piece
                if self.tr:
                    s = PUNCT_ANY.sub("", s.lower())
                    s = PUNCT_END.sub("", s)
                s = re.sub(r"\s+", " ", s)
                if text == "" or text.endswith(" "):
                    s = s.lstrip()
                    if s and s[0] in ",.;:!?…" and text and (not spans or len(text.rstrip()) >= spans[-1]["end"]):
                        text = text.rstrip()
                if first and not self.tr and s:
                    s = s[0].upper() + s[1:]
                if s:
                    first = False
                text += s
            else:
                s = piece
                if self.tr and (kind != "written" or typ in (P, A, E, DOB)):
                    low = s.lower()
                    assert len(low) == len(s)
                    s = low
                if text and not text.endswith((" ", "'", "’")):
                    text += " "
                first = False
                start = len(text)
                text += s
                spans.append({"type": typ, "start": start, "end": len(text), "value": s})
        # trailing whitespace only in carrier text
        end = len(text.rstrip())
        assert not spans or spans[-1]["end"] <= end
        text = text[:end]
        kinds = {k for _, t, k in self.parts if t is not None and k is not None}
        if not spans:
            form = "none"
        elif not kinds:
            form = "spoken" if self.tr else "written"
        elif kinds == {"written"}:
            form = "written"
        elif kinds == {"spoken"}:
            form = "spoken"
        else:
            form = "mixed"
        return text, spans, form


# --------------------------------------------------------------------------------------------------
# value renderers: each appends parts to u
def r_phone(u, kind_pref=None, country=None, line="mobile"):
    country = country or u.region
    k = kind_pref or u.want()
    if country == "fr":
        if line == "mobile":
            n = "0" + ch("67") + digs(8)
        else:
            n = "0" + wch([("1", 3), ("2", 1), ("3", 1), ("4", 2), ("5", 1), ("9", 2)]) + digs(8)
        pairs = [n[i:i + 2] for i in range(0, 10, 2)]
        if k == "written":
            f = wch([("sp", 5), ("dot", 2), ("dash", 1), ("compact", 2), ("+33", 2), ("+33c", 1),
                     ("0033", 1), ("+33(0)", 1)])
            s = {"sp": " ".join(pairs), "dot": ".".join(pairs), "dash": "-".join(pairs), "compact": n,
                 "+33": "+33 " + n[1] + " " + " ".join(pairs[1:]), "+33c": "+33" + n[1:],
                 "0033": "0033 " + n[1] + " " + " ".join(pairs[1:]),
                 "+33(0)": "+33 (0)" + n[1] + " " + " ".join(pairs[1:])}[f]
            if u.tr and pr(0.06):
                s = " ".join(pairs[:2]) + u.hes() + " ".join(pairs[2:])
            u.v(PH, s, "written")
            return
        if k == "mixed":
            groups = [p if pr(0.5) else read_pair(p) for p in pairs]
            if all(g.isdigit() for g in groups):
                groups[3] = read_pair(pairs[3])
            if all(not g.isdigit() for g in groups):
                groups[0] = pairs[0]
            u.v(PH, u.noisy(groups), "mixed")
            return
        how = wch([("pairs", 6), ("digits", 2), ("intl", 2), ("triples", 1)])
        if how == "pairs":
            groups = [read_pair(p, True) for p in pairs]
            alts = [read_pair("%02d" % rng.randint(10, 99)) for _ in pairs]
        elif how == "digits":
            groups = [read_digits(p, True) for p in pairs]
            alts = [read_digits(digs(2)) for _ in pairs]
        elif how == "triples":
            g2 = [n[:2], n[2:5], n[5:8], n[8:]]
            groups = [read_pair(g2[0]), read_whole(g2[1]), read_whole(g2[2]), read_pair(g2[3])]
            alts = [read_whole(digs(3)) for _ in g2]
        else:
            pre = ch(["plus trente-trois", "zéro zéro trente-trois", "double zéro trente-trois",
                      "plus trente-trois zéro"])
            groups = [pre + " " + DIG[int(n[1])]] + [read_pair(p) for p in pairs[1:]]
            alts = [None] + [read_pair("%02d" % rng.randint(10, 99)) for _ in pairs[1:]]
        u.v(PH, u.noisy(groups, alts), "spoken")
        return
    # Morocco
    if line == "mobile":
        n = "0" + ch("67") + digs(8)
    else:
        n = "05" + ch(["22", "22", "23", "24", "28", "35", "37", "37", "39"]) + digs(6)
    pairs = [n[i:i + 2] for i in range(0, 10, 2)]
    if k == "written":
        f = wch([("sp", 5), ("compact", 3), ("dash", 1), ("+212", 2), ("+212c", 1), ("00212", 1),
                 ("433", 1), ("+212d", 1)])
        s = {"sp": " ".join(pairs), "compact": n, "dash": n[:4] + "-" + n[4:],
             "+212": "+212 " + n[1] + " " + " ".join(pairs[1:]), "+212c": "+212" + n[1:],
             "00212": "00212 " + n[1:4] + " " + " ".join(pairs[2:]),
             "433": n[:4] + " " + n[4:7] + " " + n[7:], "+212d": "+212-" + n[1:4] + "-" + n[4:]}[f]
        u.v(PH, s, "written")
        return
    if k == "mixed":
        groups = [n[:4], read_whole(n[4:7]), read_whole(n[7:])] if pr(0.5) else \
            [pairs[0], pairs[1]] + [read_pair(p) for p in pairs[2:]]
        u.v(PH, u.noisy(groups), "mixed")
        return
    how = wch([("pairs", 4), ("digits", 4), ("intl", 2), ("433", 2)])
    if how == "pairs":
        groups = [read_pair(p, True) for p in pairs]
        alts = [read_pair("%02d" % rng.randint(10, 99)) for _ in pairs]
    elif how == "digits":
        groups = [read_digits(p, True) for p in pairs]
        alts = [read_digits(digs(2)) for _ in pairs]
    elif how == "433":
        groups = [read_digits(n[:4], True), read_whole(n[4:7]), read_whole(n[7:])]
        alts = [None, read_whole(digs(3)), read_whole(digs(3))]
    else:
        pre = ch(["plus deux cent douze", "zéro zéro deux cent douze", "plus deux un deux",
                  "double zéro deux un deux"])
        groups = [pre + " " + DIG[int(n[1])]] + [read_pair(p) for p in pairs[1:]]
        alts = [None] + [read_pair("%02d" % rng.randint(10, 99)) for _ in pairs[1:]]
    u.v(PH, u.noisy(groups, alts), "spoken")


FR_DOMAINS = [("gmail.com", 30), ("hotmail.fr", 10), ("hotmail.com", 4), ("yahoo.fr", 8), ("orange.fr", 9),
              ("free.fr", 7), ("laposte.net", 6), ("sfr.fr", 5), ("wanadoo.fr", 4), ("outlook.fr", 4),
              ("live.fr", 3), ("icloud.com", 3), ("neuf.fr", 1), ("aol.com", 1)]
MA_DOMAINS = [("gmail.com", 35), ("hotmail.com", 12), ("hotmail.fr", 8), ("menara.ma", 10), ("yahoo.fr", 8),
              ("outlook.com", 5), ("yahoo.com", 3), ("live.fr", 2)]


def email_tokens(u, who):
    f = re.sub(r"[^a-z]", "", strip_accents(who.first.lower().split()[0]))
    lparts = [re.sub(r"[^a-z]", "", w) for w in strip_accents(who.last.lower()).replace("'", "").split()]
    lparts = [w for w in lparts if w]
    yy = "%02d" % (who.dob.year % 100)
    l_tok = [("w", w) for w in lparts] if len(lparts) == 1 else \
        ch([[("w", "".join(lparts))], [("w", lparts[0]), ("s", "-"), ("w", lparts[1])]])
    pat = wch([("f.l", 8), ("fl", 3), ("f_l", 2), ("f-l", 2), ("i.l", 2), ("l.f", 2), ("f.lyy", 3),
               ("flnn", 2), ("fyy", 2), ("nick", 2), ("f.l.n", 1), ("l_fyyyy", 1)])
    if pat == "f.l":
        toks = [("w", f), ("s", ".")] + l_tok
    elif pat == "fl":
        toks = [("w", f + "".join(lparts))]
    elif pat == "f_l":
        toks = [("w", f), ("s", "_")] + l_tok
    elif pat == "f-l":
        toks = [("w", f), ("s", "-")] + l_tok
    elif pat == "i.l":
        toks = [("w", f[0]), ("s", ".")] + l_tok
    elif pat == "l.f":
        toks = l_tok + [("s", "."), ("w", f)]
    elif pat == "f.lyy":
        toks = [("w", f), ("s", ".")] + l_tok + [("d", yy)]
    elif pat == "flnn":
        toks = [("w", f + "".join(lparts))] + [("d", digs(ch([2, 3])))]
    elif pat == "fyy":
        toks = [("w", f)] + [("d", yy)]
    elif pat == "nick":
        toks = [("w", ch(["lolo", "titi", "zizou", "nounou", "bibi", "kiki", "mimi", "doudou", "simo",
                          "lili", "nono", "jojo"])), ("s", ch(["_", ".", ""])),
                ("w", ch(["du", "la", "fan", "mama"])) if pr(0.4) else ("w", ""), ("d", digs(2))]
        toks = [t for t in toks if t[1]]
    elif pat == "f.l.n":
        toks = [("w", f), ("s", ".")] + l_tok + [("s", "."), ("d", digs(1))]
    else:
        toks = l_tok + [("s", "_"), ("w", f), ("d", str(who.dob.year))]
    dom = wch(MA_DOMAINS if u.region == "ma" else FR_DOMAINS)
    return toks, dom


def speak_email_tokens(toks, spell=False):
    out = []
    for typ, val in toks:
        if typ == "w":
            out.append(" ".join(val) if spell else val)
        elif typ == "s":
            out.append({".": "point", "-": "tiret",
                        "_": ch(["underscore", "tiret du bas", "tiret bas", "underscore"])}[val])
        else:
            if len(val) == 4 or pr(0.45):
                out.append(read_digits(val) if len(val) != 4 else nw(val))
            else:
                out.append(read_whole(val))
    return " ".join(out)


def speak_domain(dom, spell=False):
    name, tld = dom.rsplit(".", 1)
    if name == "laposte" and pr(0.5):
        name = "la poste"
    if spell and pr(0.5):
        name = " ".join(name.replace(" ", ""))
    return name + " point " + tld


def r_email(u, who=None, kind_pref=None):
    who = who or u.persona()
    k = kind_pref or u.want()
    toks, dom = email_tokens(u, who)
    local = "".join(v for _, v in toks)
    if k == "written":
        s = local + "@" + dom
        r = rng.random()
        if r < 0.06:
            s = local + " @ " + dom
        elif r < 0.12 and not u.tr:
            s = local.capitalize() + "@" + dom
        u.v(E, s, "written")
        return
    at = wch([("arobase", 10), ("at", 3), ("a commercial", 2), ("chez", 2), ("arrobase", 1)])
    if k == "mixed":
        if pr(0.6):
            s = local + " " + at + " " + speak_domain(dom)
        else:
            s = speak_email_tokens(toks) + " " + at + " " + dom
        u.v(E, s, "mixed")
        return
    spell = pr(0.2)
    loc = speak_email_tokens(toks, spell)
    d = speak_domain(dom, spell)
    r = rng.random()
    if r < 0.12:
        s = loc + u.hes() + at + " " + d
    elif r < 0.19:
        wrong = ch(["hotmail point fr", "gmail point fr", "yahoo point com", "orange point com"])
        s = loc + " " + at + " " + wrong + u.cor() + d
    else:
        s = loc + " " + at + " " + d
    u.v(E, s, "spoken")
    if pr(0.12):
        # a remark after the address is carrier text, outside the span
        u.t(" " + ch(["tout attaché", "tout en minuscules", "sans accent", "le tout collé"]) + " ")


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def r_iban_fr(u, kind_pref=None):
    k = kind_pref or u.want()
    bank, guichet, account, key = fr_rib()
    bban = bank + guichet + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    g = iban_groups(iban)
    if k == "written":
        f = wch([("g4", 6), ("compact", 2), ("rib", 1), ("dash", 1), ("lower", 1)])
        s = {"g4": " ".join(g), "compact": iban, "rib": iban[:4] + " " + " ".join([bank, guichet, account, key]),
             "dash": "-".join(g), "lower": " ".join(g).lower()}[f]
        u.v(IB, s, "written")
        return
    how = wch([("digits", 5), ("pairs", 3), ("whole", 2)])
    pre = ch(["FR soixante-seize", "F R soixante-seize", "FR sept six", "F R sept six", "FR soixante seize"])
    body = g[1:]
    if k == "mixed":
        if pr(0.5):
            groups = [g[0]] + [read_group(x, how) for x in body]
        else:
            cut = rng.randint(2, 4)
            groups = g[:cut] + [read_group(x, how) for x in g[cut:]]
        u.v(IB, u.noisy(groups), "mixed")
        return
    groups = [pre] + [read_group(x, how) for x in body]
    alts = [None] + [read_group(digs(len(x)), how) for x in body]
    u.v(IB, u.noisy(groups, alts, 0.18, 0.08), "spoken")


def r_rib_fr(u, kind_pref=None):
    k = kind_pref or u.want(False)
    bank, guichet, account, key = fr_rib()
    if k == "written":
        u.v(IB, ch([" ", " ", "-"]).join([bank, guichet, account, key]) if pr(0.8)
            else bank + guichet + account + key, "written")
        return
    groups = [read_digits(bank), read_digits(guichet), read_digits(account), ch(["clé ", ""]) + read_pair(key)]
    u.v(IB, u.noisy(groups), "spoken")


def r_rib_ma(u, kind_pref=None):
    k = kind_pref or u.want()
    rib = ma_rib()
    parts = [rib[:3], rib[3:6], rib[6:22], rib[22:]]
    if k == "written":
        f = wch([("std", 4), ("g4", 2), ("compact", 2)])
        s = {"std": " ".join(parts), "g4": " ".join(iban_groups(rib)), "compact": rib}[f]
        u.v(IB, s, "written")
        return
    if k == "mixed":
        groups = parts[:2] + [read_group(x, "digits") for x in iban_groups(parts[2])] + [read_pair(parts[3])]
        u.v(IB, u.noisy(groups), "mixed")
        return
    how = wch([("digits", 5), ("pairs", 2), ("triples", 2)])
    if how == "triples":
        groups = [read_whole(rib[i:i + 3]) for i in range(0, 24, 3)]
        alts = [read_whole(digs(3)) for _ in groups]
    else:
        gs = iban_groups(rib)
        groups = [read_group(x, how, True) for x in gs]
        alts = [read_group(digs(4), how) for _ in gs]
    u.v(IB, u.noisy(groups, alts, 0.18, 0.08), "spoken")


def r_iban_ma(u, kind_pref=None):
    k = kind_pref or u.want()
    rib = ma_rib()
    iban = "MA" + iban_check("MA", rib) + rib
    g = iban_groups(iban)
    if k == "written":
        u.v(IB, " ".join(g) if pr(0.7) else iban, "written")
        return
    how = wch([("digits", 5), ("pairs", 3)])
    pre = ch(["MA soixante-quatre", "M A soixante-quatre", "MA six quatre"])
    if k == "mixed":
        groups = [g[0]] + [read_group(x, how) for x in g[1:]]
        u.v(IB, u.noisy(groups), "mixed")
        return
    groups = [pre] + [read_group(x, how) for x in g[1:]]
    u.v(IB, u.noisy(groups), "spoken")


def r_card(u, kind_pref=None):
    k = kind_pref or u.want()
    c = card_value()
    g = iban_groups(c)
    if k == "written":
        f = wch([("g4", 6), ("compact", 3), ("dash", 1)])
        u.v(CC, {"g4": " ".join(g), "compact": c, "dash": "-".join(g)}[f], "written")
        return
    how = wch([("digits", 4), ("pairs", 4), ("whole", 2)])
    if k == "mixed":
        groups = [x if i % 2 == 0 else read_group(x, how) for i, x in enumerate(g)]
        u.v(CC, u.noisy(groups), "mixed")
        return
    groups = [read_group(x, how) for x in g]
    alts = [read_group(digs(4), how) for _ in g]
    u.v(CC, u.noisy(groups, alts), "spoken")


def r_cvv(u, kind_pref=None):
    k = kind_pref or u.want(False)
    c = digs(3)
    if k == "written":
        u.v(SEC, c, "written")
    else:
        u.v(SEC, read_digits(c) if pr(0.6) else read_whole(c), "spoken")


def r_nir(u, kind_pref=None):
    k = kind_pref or u.want()
    sex, yy, mm, dept, com, order, key = nir_value()
    flat = sex + yy + mm + dept + com + order
    if k == "written":
        f = wch([("grp", 6), ("compact", 3), ("key", 2), ("dots", 1)])
        s = {"grp": " ".join([sex, yy, mm, dept, com, order, key]), "compact": flat + key,
             "key": flat + " " + key, "dots": ".".join([sex, yy, mm, dept, com, order, key])}[f]
        if pr(0.12):
            s = " ".join([sex, yy, mm, dept, com, order]) + ch([" clé ", " clé : ", " - "]) + key
        u.v(NIR, s, "written")
        return

    def rd(x, how):
        if x in ("2A", "2B"):
            return "deux " + x[1]
        if how == "digits":
            return read_digits(x)
        return read_pair(x) if len(x) == 2 else read_whole(x)
    clef = ch(["clé ", "clé ", "et la clé ", "clé "]) if pr(0.8) else ""
    if k == "mixed":
        groups = [sex, yy, mm, dept, com, order]
        j = rng.randint(2, 5)
        groups = groups[:j] + [rd(x, "whole") for x in groups[j:]]
        u.v(NIR, u.noisy(groups) + " " + clef + read_pair(key), "mixed")
        return
    how = wch([("whole", 6), ("digits", 3)])
    groups = [DIG[int(sex)]] + [rd(x, how) for x in (yy, mm, dept, com, order)]
    alts = [None] + [rd(digs(len(x)), how) for x in (yy, mm, dept, com, order)]
    u.v(NIR, u.noisy(groups, alts) + " " + clef + (read_pair(key) if how == "whole" else read_digits(key)),
        "spoken")


CIN_PREFIX = ["A", "AB", "AD", "B", "BE", "BH", "BJ", "BK", "BL", "C", "CB", "D", "E", "EE", "F", "FA",
              "G", "H", "HA", "I", "J", "JA", "JB", "JC", "K", "L", "LA", "M", "N", "P", "Q", "R", "S",
              "SH", "T", "U", "UA", "V", "W", "X", "Y", "Z", "ZT"]
ALPHA = {"A": "anatole", "B": "bernard", "C": "catherine", "D": "denis", "E": "eugène", "F": "françois",
         "G": "gaston", "H": "henri", "I": "irma", "J": "jacques", "K": "kléber", "L": "louis", "M": "marcel",
         "N": "nicolas", "O": "oscar", "P": "pierre", "Q": "quintal", "R": "robert", "S": "suzanne",
         "T": "thérèse", "U": "ursule", "V": "victor", "W": "william", "X": "xavier", "Y": "yvonne",
         "Z": "zoé"}


def r_cin(u, kind_pref=None):
    k = kind_pref or u.want()
    pre = ch(CIN_PREFIX)
    num = digs(6) if pr(0.85) else digs(5)
    if num[0] == "0":
        num = "1" + num[1:]
    if k == "written":
        f = wch([("tight", 4), ("space", 4), ("dash", 1), ("lower", 1)])
        s = {"tight": pre + num, "space": pre + " " + num, "dash": pre + "-" + num, "lower": (pre + num).lower()}[f]
        u.v(CIN, s, "written")
        return
    letters = " ".join(pre)
    if pr(0.25):
        letters = " ".join("%s comme %s" % (c, ALPHA[c]) for c in pre)
    if k == "mixed":
        u.v(CIN, letters + " " + num, "mixed" if "comme" in letters else "written")
        return
    how = wch([("digits", 4), ("pairs", 3), ("triples", 2), ("whole", 1)])
    if how == "pairs" and len(num) % 2:
        how = "digits"
    body = read_group(num, how)
    if pr(0.12):
        body = u.hes().strip(" ,") + " " + body if u.tr else body
        s = letters + " " + body
    else:
        s = letters + " " + body
    u.v(CIN, s, "spoken")


def spoken_id(u, s, how=None):
    """read an identifier aloud: digits grouped, letters spelled, separators named"""
    out = []
    for tok in re.findall(r"\d+|[A-Za-z]+|[-/. ]", s):
        if tok.isdigit():
            h = how or wch([("digits", 5), ("pairs", 3)])
            if h == "pairs" and len(tok) % 2:
                h = "digits"
            out.append(read_group(tok, h))
        elif tok.isalpha():
            out.append(" ".join(tok))
        elif tok == "-":
            out.append("tiret")
        elif tok == "/":
            out.append(ch(["slash", "barre"]))
        elif tok == ".":
            out.append("point")
    return " ".join(out)


def id_value(kind):
    y = str(rng.randint(2019, 2025))
    if kind == "cust":
        return wch([(digs(10), 4), (digs(8), 2), (digs(12), 1), ("CL" + digs(8), 1), (digs(2) + " " + digs(4) + " " + digs(4), 1)])
    if kind == "contract":
        return wch([(digs(10), 3), ("CT-" + y + "-" + digs(6), 1), ("CTR" + digs(8), 1), (digs(4) + " " + digs(4), 1)])
    if kind == "policy":
        return wch([(digs(9), 2), ("AUTO-" + digs(4) + "-" + digs(4), 1), ("HAB" + digs(8), 1),
                    (digs(2) + "-" + digs(6) + "-" + digs(2), 1), ("MRH " + digs(7), 1), (y + digs(7) + ch("ABCDX"), 1)])
    if kind == "claim":
        return wch([("SIN-" + y + "-" + digs(6), 2), (y + "/" + digs(6), 2), ("DS" + y[2:] + "-" + digs(5), 1),
                    (digs(11), 1)])
    if kind == "pdl":
        return "0" + ch("12") + digs(12)
    if kind == "pce":
        return ch(["GI", "GI"]) + digs(6) if pr(0.5) else digs(14)
    if kind == "passport":
        return digs(2) + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digs(5)
    if kind == "passport_ma":
        return "".join(ch("ABCDGHJKLMNPSTUVWZ") for _ in range(2)) + digs(7)
    if kind == "cni":
        return digs(12)
    if kind == "rio":
        return digs(2) + ch("PE") + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)) + \
            "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(3))
    if kind == "ma_contract":
        return wch([(digs(8), 3), (digs(4) + "-" + digs(4), 1), (digs(10), 1)])
    raise KeyError(kind)


def r_id(u, kind, kind_pref=None):
    k = kind_pref or u.want(False)
    s = id_value(kind)
    if kind == "pdl" and k == "written":
        s = ch([s, s, s[:2] + " " + s[2:6] + " " + s[6:10] + " " + s[10:], " ".join(s[i:i + 2] for i in range(0, 14, 2))])
    if k == "written" or kind in ("rio",) and pr(0.5):
        u.v(CID, s, "written")
        return
    compact = s.replace(" ", "")
    txt = spoken_id(u, compact)
    groups = txt.split(" ")
    if len(groups) > 5 and pr(0.15):
        j = rng.randint(2, len(groups) - 2)
        txt = " ".join(groups[:j]) + u.hes() + " ".join(groups[j:])
    u.v(CID, txt, "spoken")


# addresses ----------------------------------------------------------------------------------------
STREETS = ["des Lilas", "Victor Hugo", "de la République", "Jean Jaurès", "du Général de Gaulle", "des Acacias",
           "Pasteur", "de la Gare", "du Moulin", "des Tilleuls", "Émile Zola", "de Verdun", "Gambetta",
           "des Écoles", "du Stade", "des Peupliers", "Saint-Exupéry", "Paul Vaillant-Couturier", "de Paris",
           "Jules Ferry", "des Vignes", "du Château", "de la Libération", "Anatole France", "des Roses",
           "Aristide Briand", "du 8 Mai 1945", "du 11 Novembre", "de Bretagne", "des Coquelicots",
           "Marcel Pagnol", "Jean Moulin", "de la Paix", "des Cerisiers", "Lamartine", "de Stalingrad",
           "Georges Brassens", "du Maréchal Foch", "des Frères Lumière", "Simone Veil"]
TYPES = [("rue", 10), ("avenue", 4), ("boulevard", 3), ("allée", 3), ("impasse", 2), ("chemin", 2),
         ("place", 1), ("route", 1), ("quai", 1), ("cours", 1), ("square", 1)]
CITIES = [("75011", "Paris"), ("75018", "Paris"), ("75020", "Paris"), ("69003", "Lyon"), ("69008", "Lyon"),
          ("13008", "Marseille"), ("13015", "Marseille"), ("31000", "Toulouse"), ("31200", "Toulouse"),
          ("33000", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes"), ("67000", "Strasbourg"),
          ("34000", "Montpellier"), ("06000", "Nice"), ("35000", "Rennes"), ("93200", "Saint-Denis"),
          ("92100", "Boulogne-Billancourt"), ("94200", "Ivry-sur-Seine"), ("38000", "Grenoble"),
          ("76600", "Le Havre"), ("42000", "Saint-Étienne"), ("51100", "Reims"), ("21000", "Dijon"),
          ("49000", "Angers"), ("37000", "Tours"), ("63000", "Clermont-Ferrand"), ("87000", "Limoges"),
          ("80000", "Amiens"), ("66000", "Perpignan"), ("57000", "Metz"), ("25000", "Besançon"),
          ("29200", "Brest"), ("20000", "Ajaccio"), ("95100", "Argenteuil"), ("91000", "Évry-Courcouronnes"),
          ("77100", "Meaux"), ("13100", "Aix-en-Provence"), ("64000", "Pau"), ("74000", "Annecy"),
          ("30000", "Nîmes"), ("84000", "Avignon"), ("62300", "Lens"), ("59100", "Roubaix"),
          ("69100", "Villeurbanne"), ("92000", "Nanterre"), ("78000", "Versailles"), ("93100", "Montreuil"),
          ("01000", "Bourg-en-Bresse"), ("24200", "Sarlat-la-Canéda"), ("71100", "Chalon-sur-Saône"),
          ("93300", "Aubervilliers"), ("97400", "Saint-Denis")]
RURAL = [("24200", "Sarlat-la-Canéda"), ("19100", "Brive-la-Gaillarde"), ("46100", "Figeac"),
         ("56300", "Pontivy"), ("18100", "Vierzon"), ("07200", "Aubenas"), ("22300", "Lannion"),
         ("48000", "Mende"), ("46000", "Cahors"), ("12100", "Millau"), ("39100", "Dole"), ("23000", "Guéret")]
LIEUX = ["Les Granges", "La Croix Blanche", "Le Moulin Neuf", "Les Quatre Vents", "La Fontaine", "Le Bourg",
         "Les Combes", "Bellevue"]


def read_postcode(pc):
    how = wch([("std", 7), ("digits", 2)])
    if how == "digits":
        return read_digits(pc)
    dept, rest = pc[:2], pc[2:]
    if rest == "000":
        return read_whole(pc) if dept[0] != "0" else "zéro " + nw(int(pc))
    d = read_pair(dept)
    if rest[0] == "0":
        return d + " zéro " + read_pair(rest[1:])
    return d + " " + nw(rest)


def num_suffix(spoken):
    r = rng.random()
    if r < 0.12:
        return " bis"
    if r < 0.16:
        return " ter"
    if r < 0.19 and not spoken:
        return ch(["bis", "B"])
    return ""


def r_address_fr(u, kind_pref=None, with_city=True):
    k = kind_pref or u.want()
    spoken = k == "spoken"
    sep = " " if u.tr else ", "
    pc, city = ch(CITIES)
    if pr(0.1):
        # lieu-dit, sometimes without a house number
        place = "lieu-dit " + ch(LIEUX)
        n = rng.randint(1, 30)
        head = (nw(n) + " " if spoken else str(n) + " ") if pr(0.5) else ""
        pc, town = ch(RURAL)
        pc_txt = read_postcode(pc) if k != "written" else pc
        s = head + place + (sep + pc_txt + " " + town if with_city else "")
        u.v(A, s, k if (head or k != "written" or with_city) else None)
        return
    n = rng.randint(1, 180)
    suf = num_suffix(spoken)
    stype = wch(TYPES)
    street = ch(STREETS) if pr(0.8) else fake.last_name()
    if stype in ("avenue", "allée", "impasse", "place", "route") and street.startswith("du "):
        street = "du " + street[3:]
    if spoken:
        num = nw(n) + (suf if suf in (" bis", " ter") else "")
        street_txt = street.replace("8 Mai 1945", "huit mai mille neuf cent quarante-cinq").replace("11 Novembre", "onze novembre")
    else:
        num = str(n) + suf
        street_txt = street
    s = num + (", " if (not u.tr and pr(0.3)) else " ") + stype + " " + street_txt
    if pr(0.18):
        comp = ch(["bâtiment %s appartement %d" % (ch("ABCD"), rng.randint(1, 60)),
                   "appartement %d" % rng.randint(1, 120), "escalier %d" % rng.randint(1, 4),
                   "résidence Les Jardins", "%de étage porte gauche" % rng.randint(1, 9)])
        if spoken:
            comp = re.sub(r"\d+", lambda m: nw(m.group()), comp).replace("étage", "étage")
            comp = comp.replace("une", "un") if comp.startswith("une") else comp
            comp = re.sub(r"^(\w+)e étage", lambda m: m.group(1) + "ième étage", comp)
        s += sep + comp
    if with_city:
        if k == "written":
            pc_txt = pc
        elif k == "spoken":
            pc_txt = read_postcode(pc)
        else:
            pc_txt = read_postcode(pc) if pr(0.5) else pc
            if pc_txt == pc and num[0].isdigit():
                num2 = nw(n) + (suf if suf in (" bis", " ter") else "")
                s = num2 + s[len(num):]
        cty = city.upper() if (k == "written" and pr(0.2) and not u.tr) else city
        s += (sep if pr(0.7) else " ") + pc_txt + " " + cty
    elif k == "mixed":
        k = "spoken"
    u.v(A, s, k)


MA_CITIES = [("Casablanca", "20", 5), ("Rabat", "10", 3), ("Marrakech", "40", 3), ("Tanger", "90", 2),
             ("Fès", "30", 2), ("Agadir", "80", 1), ("Meknès", "50", 1), ("Oujda", "60", 1), ("Kénitra", "14", 1),
             ("Tétouan", "93", 1), ("Salé", "11", 1), ("El Jadida", "24", 1), ("Mohammedia", "28", 1),
             ("Témara", "12", 1)]
HAY = ["Salam", "Nahda", "Al Qods", "Karima", "El Fath", "Al Massira", "Al Amal", "Al Wahda"]
HAY_CITY = {"Casablanca": ["Hassani", "Mohammadi", "Moulay Rachid", "Sidi Moumen", "Inara"], "Rabat": ["Riad", "Nahda"],
            "Agadir": ["Mohammadi", "Dakhla"], "Marrakech": ["Massira", "Mhamid"]}
QUARTIER_CITY = {"Casablanca": ["Maârif", "Gauthier", "Bourgogne", "Sidi Maarouf", "Aïn Diab", "Oulfa", "Californie",
                                "Racine", "Belvédère"],
                 "Rabat": ["Agdal", "Souissi", "Hassan", "Océan"], "Marrakech": ["Guéliz", "Hivernage", "Daoudiate"],
                 "Tanger": ["Malabata", "Iberia", "Marshan"], "Fès": ["Saïss", "Narjiss", "Zohour"],
                 "Agadir": ["Talborjt", "Founty"], "Meknès": ["Hamria", "Marjane"], "Oujda": ["Lazaret"],
                 "Kénitra": ["Maamora"], "Tétouan": ["Wilaya"], "Salé": ["Tabriquet", "Bettana"],
                 "El Jadida": ["Plateau"], "Mohammedia": ["El Alia"], "Témara": ["Massira"]}
RESID = ["Al Amal", "Yasmine", "Les Jardins", "Nour", "Al Manar", "Zineb", "Al Wafa", "Les Orangers",
         "Atlas", "Ryad Salam"]
AVE = ["avenue Mohammed V", "boulevard Hassan II", "avenue Mohammed VI", "rue Ibn Batouta", "avenue des FAR",
       "avenue Allal El Fassi", "rue Moulay Youssef"]
AVE_CITY = {"Casablanca": ["boulevard Zerktouni", "boulevard d'Anfa", "boulevard Abdelmoumen", "rue Bir Anzarane",
                           "boulevard de la Corniche"],
            "Rabat": ["avenue Fal Ould Oumeir", "avenue de France"], "Marrakech": ["avenue Mohammed VI",
                                                                                  "boulevard Zerktouni"],
            "Tanger": ["boulevard Pasteur", "avenue Mohammed VI"]}
DERB_CITY = {"Marrakech": ["Sidi Bouloukat", "Dabachi", "Lalla Azzouna"], "Fès": ["Ben Jdia", "Sidi Khayat"],
             "Casablanca": ["Sultan", "Ghallef", "Carlotti"], "Tétouan": ["El Kebir"], "Salé": ["Moulay Abdellah"],
             "Rabat": ["Jirari"]}
DOUARS = [("Ouled Ali", "Sidi Rahal", "El Kelâa des Sraghna"), ("Tamesloht", "Tameslouht", "Al Haouz"),
          ("Ouled Hriz", "Had Soualem", "Berrechid"), ("Aït Bouguemez", "Tabant", "Azilal"),
          ("Ouled Brahim", "Aït Ourir", "Al Haouz")]


def r_address_ma(u, kind_pref=None):
    k = kind_pref or u.want(False)
    spoken = k == "spoken"
    sep = " " if u.tr else ", "
    city, pc2, _ = wch([(c, c[2]) for c in MA_CITIES])

    def n(x):
        return nw(x) if spoken else str(x)
    numw = "numéro" if (spoken or u.tr or pr(0.5)) else "n°"
    shapes = ["resid", "hay", "avenue", "lot", "quartier", "douar"] + (["derb", "derb"] if city in DERB_CITY else [])
    shape = ch(shapes)
    quart = "quartier " + ch(QUARTIER_CITY.get(city, ["centre-ville"]))
    if shape == "resid":
        items = ["résidence " + ch(RESID), "immeuble " + n(rng.randint(1, 30)), "appartement " + n(rng.randint(1, 40))]
        if pr(0.3):
            items.insert(2, "étage " + n(rng.randint(1, 8)))
        if pr(0.5):
            items.append(ch(["hay " + ch(HAY + HAY_CITY.get(city, [])), quart]))
    elif shape == "hay":
        items = ["hay " + ch(HAY + HAY_CITY.get(city, [])), "bloc " + n(rng.randint(1, 40)),
                 numw + " " + n(rng.randint(1, 200))]
    elif shape == "derb":
        items = ["derb " + ch(DERB_CITY[city]), numw + " " + n(rng.randint(1, 90)), "médina"]
    elif shape == "avenue":
        av = ch(AVE + AVE_CITY.get(city, []))
        if spoken:
            av = av.replace("Mohammed VI", "Mohammed six").replace("Mohammed V", "Mohammed cinq").replace("Hassan II", "Hassan deux")
        items = [(n(rng.randint(1, 320)) + " " + av) if pr(0.6) else (av + " " + numw + " " + n(rng.randint(1, 320)))]
        if pr(0.5):
            items.append(quart)
    elif shape == "lot":
        items = ["lotissement " + ch(["Al Boustane", "Al Fath", "Riad Al Andalous", "Essalam", "Al Majd"]),
                 "villa " + n(rng.randint(1, 150))]
    elif shape == "quartier":
        items = [quart, "rue " + n(rng.randint(1, 60)), numw + " " + n(rng.randint(1, 120))]
    else:
        d, c, prov = ch(DOUARS)
        s = sep.join(["douar " + d, "commune " + c, "province " + ("d'" if prov[0] in "AEIOU" else "de ") + prov])
        u.v(A, s, "spoken" if spoken else None)
        return
    s = sep.join(items)
    if pr(0.3):
        pc = pc2 + digs(3) if pr(0.5) else pc2 + "000"
        pc_txt = (read_postcode(pc) if spoken else pc)
        s += sep + pc_txt + " " + city
    else:
        s += sep + city
    has_digit = bool(re.search(r"\d", s))
    u.v(A, s, "written" if has_digit else ("spoken" if spoken else None))


def r_address(u, kind_pref=None, with_city=True):
    if u.region == "ma":
        r_address_ma(u, kind_pref)
    else:
        r_address_fr(u, kind_pref, with_city)


# persons ----------------------------------------------------------------------------------------
def title(who, short_ok=True):
    if who.gender == "F":
        return ch(["madame", "madame", "Mme"]) if short_ok else "madame"
    return ch(["monsieur", "monsieur", "M."]) if short_ok else "monsieur"


def r_person(u, i=0, shape=None):
    who = u.persona(i)
    shape = shape or wch([("full", 6), ("rev", 1), ("upper", 1)])
    if shape == "full":
        s = who.first + " " + who.last
    elif shape == "rev":
        s = who.last + " " + who.first
    elif shape == "upper":
        s = (who.last.upper() + " " + who.first) if not u.tr else who.first + " " + who.last
    elif shape == "first":
        s = who.first
    else:
        s = who.last
    u.v(P, s, None)


def r_tlast(u, i=0, full=False):
    who = u.persona(i)
    t = title(who, not u.tr)
    u.t(t + " ")
    u.v(P, (who.first + " " + who.last) if full else who.last, None)


def spell(u, name):
    mode = wch([("plain", 5), ("comme", 2), ("dash", 1)])
    out = []
    for c in name:
        if c == " ":
            out.append("espace")
        elif c in "'’":
            out.append("apostrophe")
        elif c == "-":
            out.append("tiret")
        else:
            base = strip_accents(c)
            acc = ""
            if c.lower() in "éè":
                acc = " accent " + ("aigu" if c.lower() == "é" else "grave")
            elif c.lower() in "ëï":
                acc = " tréma"
            elif c.lower() == "ç":
                acc = " cédille"
            elif c.lower() in "ôâ":
                acc = " accent circonflexe"
            if mode == "comme" and base.upper() in ALPHA and not acc:
                out.append(base.upper() + " comme " + ALPHA[base.upper()])
            else:
                out.append(base.upper() + acc)
    if mode == "dash" and not u.tr:
        return "-".join(out)
    return " ".join(out)


def r_spelled(u, i=0, which="last", with_name=None):
    who = u.persona(i)
    name = who.last if which == "last" else who.first
    sp = spell(u, name)
    if with_name is None:
        with_name = pr(0.6)
    s = (name + (", " if not u.tr else " ") + sp) if with_name else sp
    u.v(P, s, "spoken")


# dates of birth -----------------------------------------------------------------------------------
def year_words(y):
    if y >= 2000:
        return nw(y)
    r = rng.random()
    if r < 0.45:
        return nw(y % 100) if y % 100 >= 10 else "zéro " + nw(y % 100)
    if r < 0.85:
        return nw(y)
    return "dix-neuf cent " + nw(y % 100) if y % 100 else "dix-neuf cents"


def r_dob(u, i=0, kind_pref=None):
    k = kind_pref or u.want()
    d = u.persona(i).dob
    day = d.day
    if k == "written":
        f = wch([("dmy", 5), ("dmy2", 1), ("short", 2), ("dots", 1), ("dash", 1), ("long", 3), ("iso", 1),
                 ("du", 1)])
        s = {"dmy": "%02d/%02d/%d" % (day, d.month, d.year), "dmy2": "%d/%d/%d" % (day, d.month, d.year),
             "short": "%02d/%02d/%02d" % (day, d.month, d.year % 100),
             "dots": "%02d.%02d.%d" % (day, d.month, d.year), "dash": "%02d-%02d-%d" % (day, d.month, d.year),
             "long": ("1er" if day == 1 else str(day)) + " " + MONTHS[d.month - 1] + " " + str(d.year),
             "iso": d.isoformat(), "du": "%d du %d %02d" % (day, d.month, d.year % 100)}[f]
        u.v(DOB, s, "written")
        return
    dw = "premier" if day == 1 else nw(day)
    if k == "mixed":
        s = ch([str(day) + " " + MONTHS[d.month - 1] + " " + year_words(d.year),
                dw + " " + MONTHS[d.month - 1] + " " + str(d.year)])
        u.v(DOB, s, "mixed")
        return
    f = wch([("month", 6), ("du", 2), ("nums", 1)])
    if f == "month":
        s = dw + " " + MONTHS[d.month - 1] + " " + year_words(d.year)
    elif f == "du":
        s = dw + " du " + nw(d.month) + " " + year_words(d.year)
    else:
        s = dw + " " + nw(d.month) + " " + year_words(d.year)
    r = rng.random()
    if r < 0.1:
        s = s.rsplit(" ", 1)[0] + u.hes() + s.rsplit(" ", 1)[1] if " " in s else s
    elif r < 0.16 and d.year < 1999:
        s = s + u.cor() + year_words(d.year + 1)
    u.v(DOB, s, "spoken")


def r_dob_year(u, i=0, kind_pref=None):
    k = kind_pref or u.want(False)
    y = u.persona(i).dob.year
    if k == "written":
        u.v(DOB, str(y) if pr(0.4) or y >= 2000 else "%02d" % (y % 100), "written")
    else:
        u.v(DOB, year_words(y), "spoken")


# secrets and IPs ----------------------------------------------------------------------------------
PW_WORDS = ["soleil", "marseille", "chocolat", "louna", "azerty", "casablanca", "doudou", "papillon", "bonjour",
            "minou", "atlas", "zitouna", "yasmine", "lyon", "nounours", "tigre", "printemps", "mamounia",
            "olympique", "raja", "wydad", "liberte", "paris", "vacances"]


def r_dob_year_father(u):
    p = u.persona(1, "M")
    p.dob = date(rng.randint(1936, 1966), rng.randint(1, 12), rng.randint(1, 28))
    r_dob_year(u, 1)


def r_password(u, kind_pref=None):
    k = kind_pref or u.want(False)
    w = ch(PW_WORDS)
    num = ch([str(rng.randint(1970, 2025)), digs(2), digs(3), digs(1), digs(4)])
    sym = ch(["!", "", "", "#", "*", "@", "$", "?"])
    cap = pr(0.6)
    s = (w.capitalize() if cap else w) + ch(["", "", "_", "."]) + num + sym
    if k == "written":
        u.v(SEC, s, "written")
        return
    symw = {"!": "point d'exclamation", "#": "dièse", "*": "étoile", "@": "arobase", "$": "dollar",
            "?": "point d'interrogation", "": ""}
    parts = []
    for tok in re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]", s):
        if tok.isalpha():
            if tok[0].isupper():
                parts.append(ch(["%s majuscule %s" % (tok[0].lower(), " ".join(tok[1:].lower())),
                                 tok.lower() + " avec un " + tok[0].lower() + " majuscule",
                                 "grand " + tok[0].lower() + " " + tok[1:].lower()]))
            else:
                parts.append(tok if pr(0.7) else " ".join(tok))
        elif tok.isdigit():
            parts.append(nw(tok) if len(tok) == 4 and pr(0.6) else read_digits(tok))
        else:
            parts.append({"_": ch(["tiret du bas", "underscore"]), ".": "point"}.get(tok, symw.get(tok, tok)))
    u.v(SEC, " ".join(p for p in parts if p), "spoken")


def r_code(u, n, kind_pref=None, grouped=False):
    k = kind_pref or u.want(False)
    c = digs(n)
    if k == "written":
        if grouped and n == 6 and pr(0.5):
            c = c[:3] + " " + c[3:]
        u.v(SEC, c, "written")
        return
    how = wch([("digits", 6), ("pairs", 3 if n % 2 == 0 else 0), ("triples", 2 if n % 3 == 0 else 0)])
    u.v(SEC, read_group(c, how), "spoken")


def r_wifikey(u, kind_pref=None):
    k = kind_pref or u.want(False)
    key = "".join(ch("0123456789ABCDEF") for _ in range(ch([10, 12, 16])))
    if k == "written":
        u.v(SEC, key if pr(0.7) else "-".join(key[i:i + 4] for i in range(0, len(key), 4)), "written")
        return
    u.v(SEC, " ".join(DIG[int(c)] if c.isdigit() else c for c in key), "spoken")


def r_secret_answer(u):
    ans = ch(["Minouche", "Rex", "Choupette", "Tanger", "Jeanne", "Pupuce", "Simba", "Essaouira",
              "Bourvil", "Titi"])
    u.v(SEC, ans, None)


def r_ip(u, kind_pref=None, private=None):
    k = kind_pref or u.want(False)
    if private is None:
        private = pr(0.5)
    if private:
        ip = ch(["192.168.1.%d" % rng.randint(2, 254), "192.168.0.%d" % rng.randint(2, 254),
                 "10.0.0.%d" % rng.randint(2, 254), "192.168.%d.%d" % (rng.randint(1, 50), rng.randint(2, 254))])
    else:
        first = ch([86, 90, 78, 82, 92, 109, 176, 2, 41, 105, 196, 88, 37])
        ip = "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k == "written":
        if not private and pr(0.3):
            ip = "2a01:cb%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(256, 65535),
                                           rng.randint(256, 65535), rng.randint(1, 255))
        u.v(IP, ip, "written")
        return
    octs = ip.split(".")
    if pr(0.75):
        s = " point ".join(nw(o) for o in octs)
    else:
        s = " point ".join(read_digits(o) for o in octs)
    u.v(IP, s, "spoken")


def r_ipv6(u):
    pre = ch(["2a01:cb%02x" % rng.randint(0, 255), "2a01:e0a", "2001:861", "2a02:8428"])
    grp = ["%x" % rng.randint(1, 65535) for _ in range(2)]
    if pr(0.5):
        ip = pre + ":" + ":".join(grp) + "::" + "%x" % rng.randint(1, 255)
    else:
        ip = pre + ":" + ":".join(grp + ["%x" % rng.randint(0, 65535) for _ in range(8 - 2 - len(pre.split(":")))])
    u.v(IP, ip, "written")


# --------------------------------------------------------------------------------------------------
# carrier (non-PII) renderers: numbers that must survive
def c_amount(u, cur="€", lo=8, hi=2400):
    e = rng.randint(lo, hi)
    c = rng.randint(0, 99)
    if u.tr and pr(0.6) or (not u.tr and pr(0.15)):
        unit = "euros" if cur == "€" else "dirhams"
        s = nw(e) + " " + unit + ((" " + nw(c)) if c and cur == "€" and pr(0.6) else "")
    else:
        if cur == "€":
            s = ("%d,%02d" % (e, c) if pr(0.6) else str(e)) + ch([" €", " euros", "€"])
        else:
            s = str(e) + ch([" dirhams", " DH", " dh"])
    u.t(s)


def c_num(u, lo, hi, unit_w, unit_s):
    x = rng.randint(lo, hi)
    if u.tr and pr(0.55):
        u.t(nw(x) + " " + unit_s)
    else:
        sx = "{:,}".format(x).replace(",", " ") if x >= 10000 or pr(0.5) else str(x)
        u.t(sx + " " + unit_w)


def c_date(u):
    d = date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))
    if u.tr and pr(0.6):
        u.t(("premier" if d.day == 1 else nw(d.day)) + " " + MONTHS[d.month - 1])
    else:
        u.t(ch(["%d %s" % (d.day, MONTHS[d.month - 1]), "%02d/%02d" % (d.day, d.month),
                "%02d/%02d/%d" % (d.day, d.month, d.year)]))


def c_hours(u):
    h = rng.randint(8, 15)
    h2 = h + ch([2, 3, 4])
    m = ch([0, 0, 30])
    if u.tr and pr(0.6):
        u.t("entre " + nw(h) + " heures" + ((" " + nw(m)) if m else "") + " et " + nw(h2) + " heures"
            + ((" " + nw(m)) if m else ""))
    else:
        u.t("entre %dh%s et %dh%s" % (h, "%02d" % m if m else "", h2, "%02d" % m if m else ""))


def c_pct(u):
    a, b = rng.randint(1, 15), rng.randint(0, 9)
    if u.tr and pr(0.6):
        u.t(nw(a) + (" virgule " + nw(b) if b else "") + " pour cent")
    else:
        u.t("%d%s %%" % (a, ",%d" % b if b else ""))


def c_expiry(u):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    if u.tr and pr(0.6):
        u.t(ch([read_pair("%02d" % m) + " " + nw(y), MONTHS[m - 1] + " " + nw(2000 + y), nw(m) + " " + nw(y)]))
    else:
        u.t(ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1], y)]))


def c_dur(u, units):
    x, unit = ch(units)
    u.t((nw(x) if u.tr and pr(0.6) else str(x)) + " " + unit)


WAIT = [(20, "minutes"), (35, "minutes"), (45, "minutes"), (50, "minutes"), (2, "heures"), (1, "heure")]
DAYS = [(2, "jours"), (3, "jours"), (5, "jours"), (10, "jours"), (15, "jours"), (3, "semaines"), (48, "heures"),
        (72, "heures")]


FR_FILL = ["euh", "ben", "bah", "voilà", "du coup", "en fait", "alors", "bon", "hein", "euh bah", "enfin", "donc"]
MA_FILL = ["wakha", "safi", "euh", "yaani", "hamdoullah", "voilà", "bon", "euh wakha", "safi voilà", "bon wakha",
           "euh"]


def c_fill(u):
    pool = MA_FILL if u.region == "ma" else FR_FILL
    if u.tr:
        if pr(0.6):
            u.t(" " + ch(pool) + " ")
    elif pr(0.15):
        u.t(" " + ch(pool) + ", ")


AGENCIES_FR = ["Lyon", "Lille", "Nantes", "Bordeaux", "Marseille", "Rouen", "Toulouse", "Strasbourg", "Nice", "Tours"]
AGENCIES_MA = ["Casablanca", "Rabat", "Marrakech", "Tanger", "Fès", "Agadir", "Oujda", "Meknès"]


# --------------------------------------------------------------------------------------------------
# placeholder table
def ph_table():
    return {
        "f": c_fill,
        "person": lambda u: r_person(u),
        "person2": lambda u: r_person(u, 1),
        "first": lambda u: r_person(u, 0, "first"),
        "first2": lambda u: r_person(u, 1, "first"),
        "last": lambda u: r_person(u, 0, "last"),
        "tlast": lambda u: r_tlast(u),
        "tlast2": lambda u: r_tlast(u, 1),
        "tfull": lambda u: r_tlast(u, 0, True),
        "spelled": lambda u: r_spelled(u),
        "spelled_first": lambda u: r_spelled(u, 0, "first", False),
        "phone": lambda u: r_phone(u),
        "phone_fr": lambda u: r_phone(u, country="fr"),
        "phone_fixe": lambda u: r_phone(u, line="fixe"),
        "phone_ma": lambda u: r_phone(u, country="ma"),
        "email": lambda u: r_email(u),
        "email2": lambda u: r_email(u, u.persona(1)),
        "iban": r_iban_fr,
        "rib_fr": r_rib_fr,
        "rib_ma": r_rib_ma,
        "iban_ma": r_iban_ma,
        "card": r_card,
        "cvv": r_cvv,
        "nir": r_nir,
        "cin": r_cin,
        "cust": lambda u: r_id(u, "cust"),
        "contract": lambda u: r_id(u, "contract"),
        "policy": lambda u: r_id(u, "policy"),
        "claim": lambda u: r_id(u, "claim"),
        "pdl": lambda u: r_id(u, "pdl"),
        "pce": lambda u: r_id(u, "pce"),
        "passport": lambda u: r_id(u, "passport"),
        "passport_ma": lambda u: r_id(u, "passport_ma"),
        "cni": lambda u: r_id(u, "cni"),
        "rio": lambda u: r_id(u, "rio"),
        "ma_contract": lambda u: r_id(u, "ma_contract"),
        "address": lambda u: r_address(u),
        "address_fr": lambda u: r_address_fr(u),
        "address_street": lambda u: r_address_fr(u, with_city=False),
        "address_ma": lambda u: r_address_ma(u),
        "dob": lambda u: r_dob(u),
        "dob2": lambda u: r_dob(u, 1),
        "dob_year": lambda u: r_dob_year(u),
        "dob_year2": lambda u: r_dob_year(u, 1),
        "password": r_password,
        "pin": lambda u: r_code(u, 4),
        "otp": lambda u: r_code(u, 6, grouped=True),
        "puk": lambda u: r_code(u, 8),
        "wifikey": r_wifikey,
        "answer": r_secret_answer,
        "ip": lambda u: r_ip(u),
        "ip_priv": lambda u: r_ip(u, private=True),
        "ip_pub": lambda u: r_ip(u, private=False),
        "ipv6": r_ipv6,
        # carrier only
        "amount": c_amount,
        "bill": lambda u: c_amount(u, "€", 38, 460),
        "small": lambda u: c_amount(u, "€", 6, 65),
        "big": lambda u: c_amount(u, "€", 150, 1800),
        "cheque": lambda u: c_amount(u, "€", 48, 277),
        "dh": lambda u: c_amount(u, "DH", 150, 1600),
        "dh_small": lambda u: c_amount(u, "DH", 10, 200),
        "age": lambda u: u.t(str(rng.randint(58, 91)) if not u.tr or pr(0.4) else nw(rng.randint(58, 91))),
        "year": lambda u: u.t(str(rng.randint(2012, 2024)) if not u.tr or pr(0.5) else nw(rng.randint(2012, 2024))),
        "dob_year_father": r_dob_year_father,
        "kwh": lambda u: c_num(u, 800, 68000, "kWh", ch(["kilowattheures", "kilowatts heure", "kwh"])),
        "m3": lambda u: c_num(u, 120, 4800, "m³", "mètres cubes"),
        "kva": lambda u: u.t(ch(["3", "6", "9", "12"]) + " kVA" if not u.tr or pr(0.4)
                             else ch(["trois", "six", "neuf", "douze"]) + " kva"),
        "date": c_date,
        "hours": c_hours,
        "ne": lambda u: u.t("née" if u.persona(0).gender == "F" else "né"),
        "pct": c_pct,
        "expiry": c_expiry,
        "wait": lambda u: c_dur(u, WAIT),
        "days": lambda u: c_dur(u, DAYS),
        "agency": lambda u: u.t(ch(AGENCIES_MA if u.region == "ma" else AGENCIES_FR)),
        "agency_ma": lambda u: u.t(ch(AGENCIES_MA)),
        "n": lambda u: u.t(str(rng.randint(2, 12)) if not u.tr else nw(rng.randint(2, 12))),
    }


PH_RE = re.compile(r"\{(\w+)\}")

# --------------------------------------------------------------------------------------------------
# templates: (region, text). region fr | ma | any
PII_TEMPLATES = [
    # --- phones
    ("any", "Oui bonjour, {f} mon numéro c'est le {phone}."),
    ("fr", "Vous pouvez me rappeler au {phone} {f} plutôt en fin de journée, après 18h."),
    ("fr", "{phone}, c'est mon numéro de fixe, le portable je l'ai plus."),
    ("any", "Alors le numéro de la ligne c'est {phone} {f} et celui de la box je l'ai pas sous la main."),
    ("any", "Je répète : {phone}, c'est bien ça ?"),
    ("ma", "Wakha, {f} mon numéro c'est {phone_ma}, inchallah vous me rappelez avant ce soir."),
    ("ma", "Safi je vous donne le fixe de la maison : {phone_fixe}."),
    ("fr", "Il faut envoyer le SMS sur le {phone} et pas sur l'ancien numéro."),
    ("any", "Mon numéro a changé depuis le mois dernier, c'est maintenant le {phone}"),
    ("fr", "Le fixe c'est le {phone_fixe} et le portable {f} {phone}."),
    ("fr", "Pour la portabilité le numéro à transférer c'est le {phone} et le code RIO {rio}."),
    ("any", "Mon numéro c'est le {phone}, ah non pardon ça c'est l'ancien, le nouveau c'est le {phone}."),
    ("ma", "Mon fils habite en France, son numéro c'est le {phone_fr}, vous pouvez l'appeler lui."),
    ("fr", "Je suis au Maroc pour un mois, appelez-moi sur le {phone_ma} s'il vous plaît."),
    # --- e-mails
    ("any", "Mon adresse mail c'est {email}."),
    ("fr", "Vous pouvez m'envoyer le devis sur {email} s'il vous plaît."),
    ("any", "{f} alors c'est {email}"),
    ("any", "Je répète votre adresse : {email}, c'est correct ?"),
    ("fr", "Non l'ancienne adresse c'était chez Wanadoo, la nouvelle c'est {email}."),
    ("fr", "Mettez plutôt l'adresse de ma fille {email2_f}, c'est elle qui gère les papiers."),
    ("ma", "L'e-mail c'est {email} {f} choukran."),
    ("any", "Je vous laisse mes coordonnées : {phone}, et le mail {email}."),
    ("any", "{email}, c'est celle-là qu'il faut mettre pour les factures."),
    ("fr", "Le courriel de confirmation est parti sur {email} mais je n'ai rien reçu, même dans les spams."),
    # --- IBAN / RIB
    ("fr", "Pour le prélèvement, mon IBAN c'est {iban}."),
    ("fr", "Je vous lis le RIB : {iban} {f} voilà."),
    ("fr", "Le nouvel IBAN c'est {iban}, l'ancien compte est clôturé depuis le {date}."),
    ("ma", "Mon RIB c'est {rib_ma}, c'est à la Banque Populaire de {agency}."),
    ("ma", "L'IBAN c'est {iban_ma} {f} pour le virement du remboursement."),
    ("fr", "Le remboursement de {amount} doit arriver sur {iban} et pas sur le compte joint."),
    ("fr", "Code banque, code guichet, numéro de compte et clé : {rib_fr}."),
    ("fr", "Je relis : {iban}, vous confirmez ?"),
    ("ma", "{f} le RIB à 24 chiffres c'est {rib_ma}, safi."),
    # --- cards / CVV
    ("fr", "Je paie par carte, c'est la {card} qui expire en {expiry}."),
    ("any", "Le numéro de la carte c'est {card}, date d'expiration {expiry}, et le cryptogramme {cvv}."),
    ("fr", "{card}, voilà, c'est une Visa."),
    ("fr", "C'est la carte de mon époux, {person_m}, le numéro c'est {card}."),
    ("any", "Les trois chiffres au dos c'est {cvv} {f} et elle expire fin {expiry}."),
    ("ma", "La carte c'est {card}, wakha, elle est valable jusqu'à {expiry}."),
    # --- NIR
    ("fr", "Mon numéro de sécurité sociale c'est le {nir}."),
    ("fr", "Numéro de sécu : {nir}."),
    ("fr", "C'est {nir}, c'est ce qu'il y a sur ma carte Vitale."),
    ("fr", "Le numéro de sécu de mon fils c'est le {nir} {f} il est rattaché à moi."),
    ("fr", "Donc je note le numéro de sécurité sociale {nir}, c'est bien ça ?"),
    # --- CIN
    ("ma", "Le numéro de ma carte nationale c'est {cin}."),
    ("ma", "CIN {cin}, au nom de {person}."),
    ("ma", "Ma CIN c'est {cin} {f} hamdoullah je l'ai renouvelée l'année dernière."),
    ("ma", "La carte d'identité de mon père c'est {cin}, il s'appelle {person2_m}."),
    ("ma", "Je répète la CIN : {cin}, c'est juste ?"),
    # --- customer ids
    ("fr", "Mon numéro client c'est le {cust}."),
    ("any", "Je vous appelle pour le contrat numéro {contract}, c'est pour une résiliation."),
    ("fr", "Le point de livraison c'est le {pdl}, il est marqué sur le compteur Linky."),
    ("fr", "Numéro de police : {policy}."),
    ("fr", "J'ai un sinistre en cours, le numéro de dossier c'est {claim}."),
    ("fr", "Le PRM c'est {pdl} {f} et mon numéro client {cust}."),
    ("fr", "Mon numéro de passeport c'est {passport}, c'est pour l'ouverture de la ligne."),
    ("ma", "Le numéro de contrat Lydec c'est {ma_contract}."),
    ("fr", "{cust}, c'est mon numéro de compte client."),
    ("fr", "Pour le gaz le numéro PCE c'est {pce}."),
    ("fr", "L'ancienne carte d'identité, le numéro c'est {cni}, la nouvelle je l'ai pas encore."),
    ("ma", "Le numéro du passeport c'est {passport_ma} parce que ma CIN est périmée."),
    ("fr", "Je rappelle pour le dossier sinistre {claim}, l'expert devait passer le {date}."),
    # --- addresses
    ("fr", "J'habite au {address_fr}."),
    ("any", "La nouvelle adresse c'est {address}, on déménage le {date}."),
    ("fr", "Le compteur est au {address_street}, à côté de la boulangerie."),
    ("ma", "L'adresse c'est {address_ma}."),
    ("ma", "J'habite {address_ma}, wakha ?"),
    ("fr", "Il faut envoyer le courrier chez ma mère, {address_fr}."),
    ("fr", "Le sinistre a eu lieu au {address_fr}, dans le garage."),
    ("any", "Pour le changement d'adresse : {address}"),
    ("any", "Je relis l'adresse de facturation : {address}, c'est bien ça ?"),
    ("ma", "Le technicien doit venir à {address_ma} {f} samedi inchallah."),
    # --- persons
    ("any", "C'est au nom de {person}."),
    ("any", "Oui bonjour, je m'appelle {person}, {f} j'appelle pour ma facture."),
    ("fr", "De la part de {tlast}, c'est au sujet de l'échéancier."),
    ("fr", "Le titulaire du contrat c'est mon époux, {person2_m}."),
    ("fr", "Vous pouvez demander {tlast2_f}, c'est elle qui s'occupe du dossier à l'agence de {agency}."),
    ("any", "Mon nom c'est {spelled}."),
    ("any", "{person}, j'appelle pour la résiliation."),
    ("fr", "Ah non, c'est ma belle-sœur {first2_f} qui a appelé hier, pas moi."),
    ("ma", "Ana {person}, {f} j'appelle pour la facture d'électricité."),
    ("fr", "Bonjour {tlast}, je suis votre conseiller, je vous rappelle comme convenu."),
    ("any", "Le contrat est aux deux noms, {person} et {person2}."),
    ("fr", "Mon conseiller c'était {first2_m}, à l'agence de {agency}, mais il est parti."),
    ("any", "Le prénom c'est {spelled_first}, et le nom {last}."),
    ("fr", "Oui c'est {first} {f} enfin c'est moi quoi, {person}."),
    # --- dates of birth
    ("any", "Je suis {ne} le {dob}."),
    ("any", "Date de naissance : {dob}."),
    ("any", "C'est {person}, {f} {ne} le {dob}."),
    ("fr", "Il est de {dob_year_father}, mon père, il a du mal avec internet."),
    ("fr", "Ma date de naissance c'est le {dob} et j'ai déjà un contrat auto chez vous."),
    ("ma", "Je suis de {dob_year} {f} la date exacte c'est le {dob}."),
    # --- secrets
    ("any", "Le mot de passe de l'espace client c'est {password}."),
    ("any", "Le code PIN de la carte SIM c'est {pin}."),
    ("any", "J'ai reçu le code par SMS, c'est {otp}."),
    ("fr", "La clé wifi c'est {wifikey}, mais elle marche pas sur la tablette."),
    ("any", "Code PUK : {puk}."),
    ("fr", "La réponse à la question secrète c'est {answer}, le nom de mon chat."),
    # --- IP
    ("fr", "L'adresse IP de la box c'est {ip_priv}."),
    ("any", "Sur l'écran il y a marqué IP {ip_priv} et passerelle {ip_priv}."),
    ("any", "Mon IP publique c'est {ip_pub}, vous voyez la coupure de votre côté ?"),
    # --- combos
    ("fr", "Je m'appelle {person}, {ne} le {dob}, numéro client {cust}."),
    ("ma", "Je suis {person}, CIN {cin}, et mon numéro c'est {phone_ma}."),
    ("fr", "{tlast}, {address_fr}, {phone}"),
    ("any", "Pour l'espace client : identifiant {email}, mot de passe {password}."),
    ("fr", "Le sinistre concerne le véhicule de {person2}, police numéro {policy}."),
    ("fr", "Vous me prélevez sur {iban}, c'est au nom de {person}."),
    ("fr", "Je vous donne le numéro de sécu {nir} et la date de naissance {dob2}."),
    ("ma", "Wakha, {person}, {address_ma}, {phone_ma}, c'est tout ?"),
    ("fr", "Je répète le numéro de carte : {card}, expiration {expiry}, c'est bien ça ?"),
    ("fr", "Le numéro de sécu de ma femme c'est le {nir}, elle s'appelle {person2_f}."),
    ("fr", "La box a l'adresse {ip_pub} côté internet et {ip_priv} en local."),
    ("fr", "Dans l'interface de la box l'adresse IPv6 c'est {ipv6}, et la fibre est synchronisée."),
    ("ma", "Ma CIN {cin} et ma date de naissance {dob}, safi."),
    ("fr", "Je suis {tfull}, mon numéro client c'est le {cust} et mon mail {email}."),
    ("fr", "Le contrat est au nom de mon épouse, {person2_f}, née le {dob2}."),
    ("any", "Alors {f} nom {last}, prénom {first}, date de naissance {dob}."),
    ("fr", "Mon IBAN c'est {iban} et le numéro de contrat {contract}."),
    ("fr", "Pour la box : IP {ip_priv}, et le mot de passe admin c'est {password}."),
    ("ma", "Smiti {person}, {f} la CIN {cin}, et le RIB {rib_ma}."),
    ("fr", "Le PDL {pdl}, au nom de {tfull}, {address_fr}."),
    ("any", "Carte {card}, expiration {expiry}, code {cvv}, au nom de {person}."),
    ("ma", "Mon numéro {phone_ma} et l'e-mail {email}, choukran bezzaf."),
    ("fr", "Je vérifie : numéro de sécu {nir}, adresse {address_fr}, c'est bien ça ?"),
    ("any", "J'ai changé de numéro, c'était le {phone} et maintenant c'est le {phone}."),
    ("any", "Le code reçu c'est {otp} {f} et mon identifiant client {cust}."),
    ("ma", "Mon mari {person2_m}, sa CIN c'est {cin}, il est né en {dob_year2}."),
    ("any", "Je récapitule : {tfull}, {address}, téléphone {phone}, e-mail {email}."),
    ("fr", "Le véhicule est assuré au nom de {person}, police {policy}, sinistre {claim}."),
    ("ma", "{person}, {phone_ma}, {f} c'est pour le contrat Redal {ma_contract}."),
    ("fr", "Ma femme {person2_f}, son portable {phone}, elle est de {dob_year2}."),
    ("fr", "Je confirme : {tfull}, {ne} le {dob}, joignable au {phone}."),
]

NONE_TEMPLATES = [
    ("fr", "Ma facture du mois de mars est de {bill}, c'est beaucoup plus que d'habitude."),
    ("fr", "L'index du compteur c'est {kwh} en heures pleines et {kwh} en heures creuses."),
    ("fr", "Je suis passé en Tempo l'année dernière et les jours rouges ça me coûte une fortune."),
    ("fr", "Le technicien doit passer le {date} {hours} pour poser le Linky."),
    ("fr", "J'ai une franchise de {big} sur la formule tous risques, c'est ça ?"),
    ("fr", "La hausse c'est {pct} au premier février d'après le courrier."),
    ("fr", "Le relevé du gaz c'est {m3} au {date}."),
    ("fr", "Je veux résilier avec la loi Hamon, ça fait plus d'un an que j'ai le contrat."),
    ("any", "Ça fait {wait} que j'attends, c'est pas normal."),
    ("fr", "Le forfait 100 Go à {small} par mois, il est sans engagement ?"),
    ("fr", "J'ai une puissance de {kva}, est-ce qu'on peut la baisser pour payer moins d'abonnement ?"),
    ("ma", "Je suis allé à l'agence de {agency_ma} hier, ils m'ont dit de vous appeler."),
    ("ma", "La facture Lydec est arrivée, {dh} pour un mois, c'est trop."),
    ("ma", "Wakha, donc le technicien passe samedi inchallah, choukran."),
    ("fr", "L'article L. 224-1 du code de la consommation dit que vous devez prévenir un mois avant."),
    ("any", "La fibre est coupée depuis {days}, le voyant est rouge sur la box."),
    ("fr", "Le délai de rétractation c'est 14 jours, je suis encore dans les temps."),
    ("fr", "Mon bonus est à 0,50 depuis dix ans, je comprends pas l'augmentation de {pct}."),
    ("fr", "Je voudrais l'option heures creuses de 22h à 6h, c'est possible sur le Linky ?"),
    ("any", "J'ai payé {bill} le {date} et c'est toujours pas passé."),
    ("fr", "Le dégât des eaux date du {date}, l'expert doit venir dans {days}."),
    ("ma", "La recharge de {dh_small} n'a pas été prise en compte, hamdoullah j'ai gardé le reçu."),
    ("fr", "Le chèque énergie de {cheque}, je l'ai envoyé en avril."),
    ("fr", "On a consommé {kwh} sur l'année, c'est dans la moyenne pour un T3 ?"),
    ("fr", "Bah voilà, du coup je reste sur l'offre à prix fixe pendant 2 ans."),
    ("ma", "Safi hamdoullah c'est réglé, merci beaucoup, bonne journée."),
    ("any", "Je suis à {agency_ma} jusqu'au {date}, on peut décaler le rendez-vous ?"),
    ("fr", "L'échéancier c'est {n} mensualités de {small}, ça me va."),
    ("fr", "J'ai {age} ans, je suis à la retraite depuis {year}, il y a une réduction ?"),
    ("fr", "Le 3900 m'a dit d'appeler ici, et ça fait {wait} que je tourne en rond."),
]


def split_ph(name):
    """'person2_f' -> ('person2', 1, 'F')"""
    g = None
    if name.endswith(("_m", "_f")):
        name, g = name[:-2], name[-1].upper()
    return name, (1 if "2" in name else 0), g


def render(region, tpl, style, mode, table):
    genders = {}
    for name in PH_RE.findall(tpl):
        base, idx, g = split_ph(name)
        if g:
            genders[idx] = g
    u = Utt(region, style, mode, genders)
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            u.t(tpl[pos:m.start()])
        table[split_ph(m.group(1))[0]](u)
        pos = m.end()
    if pos < len(tpl):
        u.t(tpl[pos:])
    return u.build()


def main():
    table = ph_table()
    # check placeholders
    for _, t in PII_TEMPLATES + NONE_TEMPLATES:
        for name in PH_RE.findall(t):
            assert split_ph(name)[0] in table, name
    assert len(set(t for _, t in PII_TEMPLATES)) == len(PII_TEMPLATES)
    assert len(set(t for _, t in NONE_TEMPLATES)) == len(NONE_TEMPLATES)

    jobs = []
    pool = []
    while len(jobs) < N_NONE:
        if not pool:
            pool = list(NONE_TEMPLATES)
            rng.shuffle(pool)
        jobs.append(("none", pool.pop()))
    pool = []
    while len(jobs) < N_TOTAL:
        if not pool:
            pool = list(PII_TEMPLATES)
            rng.shuffle(pool)
        jobs.append(("pii", pool.pop()))
    rng.shuffle(jobs)

    lines = []
    n_tr = 0
    for i, (kind, (region, tpl)) in enumerate(jobs, 1):
        if region == "any":
            region = "ma" if pr(0.35) else "fr"
        if kind == "none":
            mode = "none"
            style = "transcript" if pr(0.45) else "chat"
        else:
            mode = wch([("written", 31), ("spoken", 41), ("mixed", 28)])
            style = "transcript" if pr({"written": 0.15, "spoken": 0.66, "mixed": 0.5}[mode]) else "chat"
        text, spans, form = render(region, tpl, style, mode, table)
        for s in spans:
            assert text[s["start"]:s["end"]] == s["value"]
        if kind == "none":
            assert not spans
        lines.append({"id": "b3-%04d" % i, "text": text, "spans": spans, "form": form})
        n_tr += style == "transcript"

    with OUT.open("w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")

    forms = Counter(ln["form"] for ln in lines)
    types = Counter(s["type"] for ln in lines for s in ln["spans"])
    lower = sum(1 for ln in lines if ln["text"] == ln["text"].lower() and not re.search(r"[,;:!?]", ln["text"]))
    print("utterances:", len(lines), "values:", sum(types.values()), "transcript style:", n_tr,
          "fully lowercase/no punct:", lower, file=sys.stderr)
    print("forms:", dict(sorted(forms.items())), file=sys.stderr)
    print("types:", dict(sorted(types.items())), file=sys.stderr)
    print("templates: %d PII, %d none" % (len(PII_TEMPLATES), len(NONE_TEMPLATES)), file=sys.stderr)


if __name__ == "__main__":
    main()

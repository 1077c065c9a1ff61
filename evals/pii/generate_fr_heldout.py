#!/usr/bin/env python3
"""Held-out French / Moroccan PII evaluation set -> evals/pii/fr_heldout.jsonl

Written independently of the scrubber and of generate_fr.py: its own carrier templates
and value generators. Deterministic (seed 777, Faker fr_FR seeded, num2words).

    .venv/bin/python evals/pii/generate_fr_heldout.py

One JSON object per line:
    {"id": "ho-0001", "text": ..., "spans": [{"type", "start", "end", "value"}], "form": ...}
form: written | spoken | mixed | none.  Spans are recorded while the text is assembled
(never searched for), are sorted, do not overlap, and text[start:end] == value.

Conventions: a title (madame, monsieur) and context words ("mon numéro c'est") are outside
spans; fillers inside a spoken value are inside its span; a spelled-out name is a PERSON
span of its own; an ADDRESS span runs from the street number (or the residence /
lieu-dit when the address starts with one) to the city when a city is given; the
"avec un s majuscule" remark after a password is outside the SECRET span; a card
cryptogram (CVV), a PIN, a one-time SMS code and a Wi-Fi key are SECRET; a Moroccan
24-digit RIB is IBAN_CODE.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from faker import Faker
from num2words import num2words

SEED = 777
OUT = Path(__file__).resolve().with_name("fr_heldout.jsonl")
FORM_COUNTS = {"written": 240, "spoken": 180, "mixed": 60, "none": 120}
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "FR_NIR", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "MA_CIN", "CUSTOMER_ID", "SECRET", "IP_ADDRESS"]

R = random.Random(SEED)
FAKE = Faker("fr_FR")
FAKE.seed_instance(SEED)

# --------------------------------------------------------------------------- numbers -> words
DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def nw(n: int) -> str:
    return num2words(n, lang="fr")


def digit_words(s: str) -> str:
    return " ".join(DIG[int(c)] for c in s)


def group_words(s: str) -> str:
    """Read a digit group the way people do: leading zeros one by one, then the number."""
    lead = len(s) - len(s.lstrip("0"))
    if lead == len(s):
        return " ".join(["zéro"] * len(s))
    return " ".join(["zéro"] * lead + [nw(int(s[lead:]))])


def chunks(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def read_groups(s: str, style: str) -> list[str]:
    if style == "digits":
        return [DIG[int(c)] for c in s]
    if style == "pairs":
        return [group_words(c) for c in chunks(s, 2)]
    if style == "triples":
        return [group_words(c) for c in chunks(s, 3)]
    return [group_words(s)]  # whole


def wpick(rng, items):
    vals, weights = zip(*items)
    return rng.choices(vals, weights)[0]


INNER_FILLERS = ["euh"] * 7 + ["heu", "attendez", "alors", "bon", "voilà", "je regarde"]


def join_spoken(groups: list[str], rng, p_filler=0.25, p_repeat=0.06, fillers=None) -> str:
    """Join spoken groups, sometimes with a hesitation or a repeated group inside."""
    g = list(groups)
    if len(g) >= 3 and rng.random() < p_repeat:
        i = rng.randrange(0, len(g) - 1)
        g.insert(i + 1, g[i])
    if len(g) >= 3 and rng.random() < p_filler:
        g.insert(rng.randrange(1, len(g)), rng.choice(fillers or INNER_FILLERS))
    return " ".join(g)


def mix_groups(written: list[str], spoken: list[str], rng) -> str:
    """Partly spoken value: some groups as digits, some as words, at least one of each."""
    n = len(written)
    picks = [rng.random() < 0.5 for _ in range(n)]
    if all(picks):
        picks[rng.randrange(n)] = False
    if not any(picks):
        picks[rng.randrange(n)] = True
    return " ".join(w if p else s for w, p, s in zip(written, picks, spoken))


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(s).lower())


# --------------------------------------------------------------------------- checksums
def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for k in range(10):
        if luhn_ok(partial + str(k)):
            return partial + str(k)
    raise AssertionError


def iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    return iban_numeric(iban[4:] + iban[:4]) % 97 == 1


def make_iban_from_bban(country: str, bban: str) -> str:
    check = 98 - iban_numeric(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban), iban
    return iban


RIB_LETTERS = {c: str(v) for v, letters in enumerate(
    ["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in letters}


def nir_key(base13: str) -> int:
    return 97 - int(base13.replace("2A", "19").replace("2B", "18")) % 97


def nir_ok(nir: str) -> bool:
    return len(nir) == 15 and nir_key(nir[:13]) == int(nir[13:])


# --------------------------------------------------------------------------- names
MA_FIRST_M = ["Mohamed", "Youssef", "Hamza", "Amine", "Mehdi", "Karim", "Rachid", "Hassan", "Omar",
              "Anas", "Ayoub", "Ilyas", "Adil", "Abdelkader", "Abdellah", "Saïd", "Mustapha", "Driss",
              "Hicham", "Nabil", "Reda", "Othmane", "Soufiane", "Zakaria", "Yassine", "Brahim",
              "Khalid", "Jamal", "Tarik", "Badr", "Abdelilah", "Mourad"]
MA_FIRST_F = ["Fatima Zahra", "Khadija", "Salma", "Imane", "Meryem", "Nadia", "Sanaa", "Hajar", "Zineb",
              "Houda", "Asmae", "Kawtar", "Loubna", "Samira", "Siham", "Naïma", "Aïcha", "Hanane",
              "Ghizlane", "Yasmine", "Malika", "Latifa", "Rajae", "Btissam", "Oumaima", "Souad", "Hind",
              "Wiam", "Chaimae"]
MA_LAST = ["El Amrani", "Benali", "Bennani", "Alaoui", "El Idrissi", "Tazi", "Berrada", "Chraibi",
           "Lahlou", "Benjelloun", "Ouazzani", "El Fassi", "Aït Ouahmane", "Aït Benhaddou", "Bouzid",
           "Kettani", "Sqalli", "Zniber", "Benkirane", "El Mansouri", "Bakkali", "Ziani", "Cherkaoui",
           "Naciri", "Belhaj", "Rahmouni", "Moussaoui", "Ouali", "Hajji", "Boukhari", "El Khattabi",
           "Azzouzi", "Lamrani", "Filali", "Sebti", "Benmoussa", "Tahiri", "El Ouardi", "Bouhaddou",
           "Jebli", "Regragui", "Ennaciri", "Benhima"]
NA_FIRST_M = ["Nassim", "Sofiane", "Farid", "Djamel", "Mounir", "Samir", "Malik", "Lyes", "Yacine",
              "Rayan", "Nadir", "Karim", "Mehdi", "Bilal", "Walid", "Hakim", "Rachid", "Kamel", "Nordine"]
NA_FIRST_F = ["Karima", "Nawel", "Sonia", "Leïla", "Amel", "Inès", "Sabrina", "Samia", "Yasmina",
              "Nadia", "Myriam", "Dalila", "Lina", "Sarah", "Nora", "Lamia", "Soraya"]
NA_LAST = ["Benaïssa", "Boumediene", "Haddad", "Zeroual", "Belkacem", "Brahimi", "Mebarki", "Saïdi",
           "Ben Salah", "Trabelsi", "Gharbi", "Jaziri", "Hamdi", "Mokrani", "Chaouch", "Khelifi",
           "Bensaïd", "Amrouche", "Bouaziz", "Cherif", "Djebbar", "Meziane", "Aït Ahmed", "Benali",
           "Bouzid", "Mansouri", "Hadj-Moussa"]
SPELL_COMME = {"A": "anatole", "B": "berthe", "C": "célestin", "D": "désiré", "E": "eugène",
               "F": "françois", "G": "gaston", "H": "henri", "I": "irma", "J": "joseph",
               "K": "kléber", "L": "louis", "M": "marcel", "N": "nicolas", "O": "oscar",
               "P": "pierre", "Q": "quintal", "R": "raoul", "S": "suzanne", "T": "thérèse",
               "U": "ursule", "V": "victor", "W": "william", "X": "xavier", "Y": "yvonne", "Z": "zoé"}
ACCENT_WORDS = {"é": "accent aigu", "è": "accent grave", "ê": "accent circonflexe",
                "â": "accent circonflexe", "ô": "accent circonflexe", "î": "accent circonflexe",
                "ë": "tréma", "ï": "tréma", "ü": "tréma", "ç": "cédille"}

FR_MAIL = [("gmail.com", 6), ("orange.fr", 5), ("hotmail.fr", 4), ("free.fr", 3), ("laposte.net", 3),
           ("yahoo.fr", 3), ("sfr.fr", 2), ("wanadoo.fr", 2), ("outlook.fr", 2), ("icloud.com", 1),
           ("bbox.fr", 1), ("neuf.fr", 1), ("live.fr", 1)]
MA_MAIL = [("gmail.com", 6), ("menara.ma", 3), ("hotmail.com", 3), ("yahoo.fr", 3), ("hotmail.fr", 2),
           ("outlook.com", 1), ("iam.ma", 1)]


class Persona:
    def __init__(self, rng, country: str, gender: str | None = None, older: bool = False):
        self.rng = rng
        self.country = country
        self.gender = gender or rng.choice("MF")
        if country == "MA":
            self.origin = "MA"
        else:
            self.origin = "NA" if rng.random() < 0.2 else "FR"
        if self.origin == "FR":
            self.first = FAKE.first_name_male() if self.gender == "M" else FAKE.first_name_female()
            self.last = FAKE.last_name()
        elif self.origin == "MA":
            self.first = rng.choice(MA_FIRST_M if self.gender == "M" else MA_FIRST_F)
            self.last = rng.choice(MA_LAST)
        else:
            self.first = rng.choice(NA_FIRST_M if self.gender == "M" else NA_FIRST_F)
            self.last = rng.choice(NA_LAST)
        lo, hi = (date(1938, 1, 1), date(1966, 12, 31)) if older else (date(1944, 1, 1), date(2005, 12, 31))
        self.dob = lo + timedelta(days=rng.randrange((hi - lo).days))
        self.mobile = make_mobile(rng, country)
        self.fixed = make_fixed(rng, country)
        self.main_phone = self.mobile if rng.random() < 0.8 else self.fixed
        self._email = None

    def email(self):
        if self._email is None:
            self._email = make_email(self, self.rng)
        return self._email


# --------------------------------------------------------------------------- PERSON
def case_name(s: str, mode: str, rng) -> str:
    if mode == "s" and rng.random() < 0.6:
        return s.lower()
    return s


def gen_name_full(p: Persona, mode, rng) -> str:
    if mode == "w":
        f = wpick(rng, [("fl", 70), ("LF", 10), ("lf", 10), ("fL", 10)])
    else:
        f = wpick(rng, [("fl", 80), ("lf", 20)])
    text = {"fl": f"{p.first} {p.last}", "LF": f"{p.last.upper()} {p.first}",
            "lf": f"{p.last} {p.first}", "fL": f"{p.first} {p.last.upper()}"}[f]
    return case_name(text, mode, rng)


def gen_spell(p: Persona, mode, rng) -> str:
    letters = [c for c in p.last if c.isalpha() or c == "-"]
    if mode == "w":
        sep = rng.choice([" ", "-", " ", ". "])
        out = ["-" if c == "-" else strip_accents(c).upper() for c in letters if c != "-" or sep != "-"]
        out = [t for t in out if t != "-"] if sep == "-" else out
        s = sep.join(out)
        return s + "." if sep == ". " else s
    comme = rng.random() < 0.25
    out = []
    for c in letters:
        if c == "-":
            out.append("tiret")
            continue
        base = strip_accents(c).lower()
        tok = base
        if c.lower() in ACCENT_WORDS and rng.random() < 0.7:
            tok += " " + ACCENT_WORDS[c.lower()]
        elif comme and rng.random() < 0.45:
            tok += " comme " + SPELL_COMME[base.upper()]
        out.append(tok)
    return join_spoken(out, rng, p_filler=0.12, p_repeat=0.0)


# --------------------------------------------------------------------------- PHONE
def make_mobile(rng, country):
    if country == "MA":
        return "0" + rng.choice("67") + rng.choice("0123456789") + "".join(rng.choice("0123456789") for _ in range(7))
    second = wpick(rng, [("6", 60), ("7", 40)])
    third = rng.choice("3456789") if second == "7" else rng.choice("0123456789")
    return "0" + second + third + "".join(rng.choice("0123456789") for _ in range(7))


def make_fixed(rng, country):
    if country == "MA":
        return "05" + rng.choice(["22", "37", "24", "35", "39", "28", "23", "36"]) + "".join(
            rng.choice("0123456789") for _ in range(6))
    area = wpick(rng, [("1", 25), ("2", 15), ("3", 15), ("4", 20), ("5", 15), ("9", 10)])
    return "0" + area + rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(7))


def phone_written(d, country, rng):
    p = chunks(d, 2)
    rest = " ".join(chunks(d[2:], 2))
    if country == "FR":
        return wpick(rng, [(" ".join(p), 34), (d, 18), (".".join(p), 10), ("-".join(p), 5), ("/".join(p), 2),
                           ("+33 " + d[1] + " " + rest, 12), ("+33" + d[1:], 6), ("0033 " + d[1] + " " + rest, 4),
                           ("+33 (0)" + d[1] + " " + rest, 3), (d[:2] + " " + d[2:6] + " " + d[6:], 3),
                           (d[:4] + " " + " ".join(chunks(d[4:], 2)), 3)])
    return wpick(rng, [(" ".join(p), 28), (d, 18), (".".join(p), 6), ("-".join(p), 4),
                       (d[:4] + " " + " ".join(chunks(d[4:], 2)), 8), ("+212 " + d[1] + " " + rest, 10),
                       ("+212 " + d[1:4] + "-" + d[4:], 4), ("+212" + d[1:], 8),
                       ("00212 " + d[1:4] + " " + " ".join(chunks(d[4:], 2)), 6),
                       ("+212 " + d[1:4] + " " + d[4:7] + " " + d[7:], 4)])


def phone_spoken(d, country, rng):
    style = wpick(rng, [("pairs", 80), ("digits", 20)])
    cc = "trente-trois" if country == "FR" else "deux cent douze"
    if rng.random() < 0.17:
        prefix = rng.choice(["plus " + cc, "plus " + cc, "zéro zéro " + cc])
        body = d[1:]
        if country == "MA" and rng.random() < 0.35:
            groups = [prefix, group_words(body[:3])] + read_groups(body[3:], style)
        else:
            groups = [prefix, DIG[int(body[0])]] + read_groups(body[1:], style)
    else:
        groups = read_groups(d, style)
        if style == "pairs" and country == "MA" and rng.random() < 0.2:
            groups = [digit_words(d[:4])] + read_groups(d[4:], "pairs")  # "zéro six six un" + pairs
    return join_spoken(groups, rng, p_filler=0.28, p_repeat=0.07)


def phone_mixed(d, country, rng):
    p = chunks(d, 2)
    return mix_groups(p, [group_words(x) for x in p], rng)


def render_phone(d, country, mode, rng):
    if mode == "w":
        return phone_written(d, country, rng)
    if mode == "s":
        return phone_spoken(d, country, rng)
    return phone_mixed(d, country, rng)


# --------------------------------------------------------------------------- EMAIL
def make_email(p: Persona, rng):
    f_full = p.first.split()[0] if rng.random() < 0.6 else p.first
    f = slug(f_full) or "contact"
    l = slug(p.last)
    yy = f"{p.dob.year % 100:02d}"
    n = str(rng.randint(1, 99))
    options = [([f, ".", l], 18), ([f[0], l], 10), ([f, l], 8), ([f, "_", l], 6), ([l, ".", f], 6),
               ([f, "-", l], 4), ([f, ".", l, yy], 6), ([f, str(p.dob.year)], 5), ([f[0], ".", l], 5),
               ([l, f[0], n], 4), ([f, l, n], 5), ([f[0], l, "-", n], 3), (None, 10)]
    parts = wpick(rng, options)
    if parts is None:
        u = FAKE.user_name()
        parts = re.findall(r"[a-z]+|\d+|[._-]", u)
    domain = wpick(rng, MA_MAIL if p.country == "MA" else FR_MAIL)
    return parts, domain


def speak_local(parts, rng):
    out = []
    spell_all = rng.random() < 0.07
    for t in parts:
        if t == ".":
            out.append("point")
        elif t == "_":
            out.append(rng.choice(["tiret du bas", "underscore", "tiret bas"]))
        elif t == "-":
            out.append(rng.choice(["tiret", "tiret", "tiret du six", "trait d'union"]))
        elif t.isdigit():
            if len(t) == 4:
                out.append(nw(int(t)) if rng.random() < 0.7 else " ".join(group_words(c) for c in chunks(t, 2)))
            elif len(t) <= 2 and not t.startswith("0"):
                out.append(nw(int(t)) if rng.random() < 0.8 else digit_words(t))
            else:
                out.append(digit_words(t))
        elif len(t) == 1 or spell_all:
            out.append(" ".join(t))
        else:
            out.append(t)
    return out


def render_email(em, mode, rng):
    parts, domain = em
    local = "".join(parts)
    if mode == "w":
        if rng.random() < 0.05:
            local = ".".join(x.capitalize() for x in local.split("."))
        return f"{local}@{domain}"
    at = wpick(rng, [("arobase", 78), ("at", 9), ("chez", 6), ("arrobase", 4), ("a commercial", 3)])
    dom_parts = domain.split(".")
    if dom_parts[0] == "laposte" and rng.random() < 0.5:
        dom_parts[0] = "la poste"
    dot = " dot " if at == "at" and rng.random() < 0.6 else " point "
    dom_spoken = dot.join(dom_parts)
    if mode == "x":
        if rng.random() < 0.6:
            return f"{local} {at} {dom_spoken if rng.random() < 0.5 else domain}"
        return " ".join(speak_local(parts, rng)) + "@" + domain
    groups = speak_local(parts, rng)
    if rng.random() < 0.15:
        groups.append("euh")
    return " ".join(groups + [at, dom_spoken])


# --------------------------------------------------------------------------- ADDRESS
FR_STREET_TYPES = ["rue"] * 8 + ["avenue"] * 3 + ["boulevard", "impasse", "allée", "chemin", "place",
                                                   "route", "quai", "cours", "passage", "square"]
FR_STREET_NAMES = ["Victor Hugo", "Jean Jaurès", "de la République", "Pasteur", "du Général de Gaulle",
                   "des Lilas", "de la Gare", "Émile Zola", "des Acacias", "du Moulin", "Gambetta",
                   "de la Paix", "Jean Moulin", "des Écoles", "de Verdun", "du Château", "Anatole France",
                   "des Peupliers", "Voltaire", "de Paris", "Carnot", "du Maréchal Foch", "Aristide Briand",
                   "Pierre et Marie Curie", "Paul Bert", "Léon Blum", "Jules Ferry", "de la Liberté",
                   "du 8 Mai 1945", "du 11 Novembre 1918", "des Tilleuls", "du Stade", "de l'Église",
                   "des Vignes", "Saint-Exupéry", "des Mimosas", "Lamartine", "de la Fontaine", "du Port",
                   "Molière", "des Cerisiers", "Albert Camus", "de Strasbourg", "des Frères Lumière",
                   "du Président Wilson", "Henri Barbusse", "Édouard Vaillant", "Georges Clemenceau",
                   "du 19 Mars 1962", "des Bleuets", "de la Croix-Rousse", "Condorcet"]
FR_CITIES = [("Paris", "75011"), ("Paris", "75018"), ("Paris", "75015"), ("Paris", "75020"), ("Lyon", "69003"),
             ("Lyon", "69007"), ("Marseille", "13005"), ("Marseille", "13013"), ("Toulouse", "31400"),
             ("Nice", "06000"), ("Nantes", "44000"), ("Strasbourg", "67000"), ("Montpellier", "34070"),
             ("Bordeaux", "33800"), ("Lille", "59000"), ("Rennes", "35000"), ("Reims", "51100"),
             ("Saint-Étienne", "42100"), ("Le Havre", "76600"), ("Toulon", "83000"), ("Grenoble", "38100"),
             ("Dijon", "21000"), ("Angers", "49100"), ("Nîmes", "30900"), ("Villeurbanne", "69100"),
             ("Clermont-Ferrand", "63000"), ("Le Mans", "72000"), ("Aix-en-Provence", "13090"),
             ("Brest", "29200"), ("Tours", "37000"), ("Amiens", "80000"), ("Limoges", "87000"),
             ("Perpignan", "66000"), ("Metz", "57000"), ("Besançon", "25000"), ("Orléans", "45000"),
             ("Rouen", "76000"), ("Mulhouse", "68100"), ("Caen", "14000"), ("Nancy", "54000"),
             ("Argenteuil", "95100"), ("Montreuil", "93100"), ("Saint-Denis", "93200"), ("Roubaix", "59100"),
             ("Créteil", "94000"), ("Pau", "64000"), ("Avignon", "84000"), ("Poitiers", "86000"),
             ("La Rochelle", "17000"), ("Ajaccio", "20000"), ("Bastia", "20200"), ("Annecy", "74000"),
             ("Vénissieux", "69200"), ("Aubervilliers", "93300"), ("Colmar", "68000"), ("Valence", "26000"),
             ("Chambéry", "73000"), ("Fort-de-France", "97200"), ("Saint-Denis", "97400"),
             ("Mantes-la-Jolie", "78200"), ("Vaulx-en-Velin", "69120"), ("Bourg-en-Bresse", "01000"),
             ("Sarcelles", "95200"), ("Bobigny", "93000"), ("Évry-Courcouronnes", "91000")]
FR_VILLAGES = [("Sarlat-la-Canéda", "24200"), ("Saint-Pierre-de-Chartreuse", "38380"),
               ("Plougastel-Daoulas", "29470"), ("Montbazon", "37250"), ("Lacanau", "33680"),
               ("Saint-Affrique", "12400"), ("Quintin", "22800"), ("Marciac", "32230")]
LIEUX_DITS = ["Les Granges", "Le Bourg", "La Croix Blanche", "Le Moulin Neuf", "Les Quatre Vents",
              "La Métairie", "Kerlouan", "Les Bruyères"]
RESIDENCES = ["Les Tilleuls", "du Parc", "Les Jardins de Flore", "Le Clos des Vignes", "Les Hauts de Bellevue",
              "Les Magnolias", "Saint-Jacques", "Le Belvédère"]
MA_CITIES = [("Casablanca", "20250", ["Maarif", "Gauthier", "Bourgogne", "Aïn Diab", "Hay Hassani", "Sidi Maârouf",
                                      "Oulfa", "Californie", "Belvédère", "Aïn Sebaâ", "Sidi Bernoussi", "Derb Sultan"]),
             ("Rabat", "10100", ["Hay Riad", "Agdal", "Souissi", "Hassan", "Yacoub El Mansour", "Akkari"]),
             ("Marrakech", "40000", ["Guéliz", "Hivernage", "Daoudiate", "Massira", "Targa", "Sidi Youssef Ben Ali"]),
             ("Fès", "30000", ["Saïss", "Narjiss", "Atlas", "Zouagha"]),
             ("Tanger", "90000", ["Malabata", "Iberia", "Mesnana", "Boukhalef"]),
             ("Agadir", "80000", ["Talborjt", "Dakhla", "Founty", "Hay Mohammadi"]),
             ("Salé", "11000", ["Tabriquet", "Hay Salam", "Bettana"]),
             ("Kénitra", "14000", ["Mimosas", "Ouled Oujih", "Bir Rami"]),
             ("Meknès", "50000", ["Hamria", "Marjane", "Bassatine"]),
             ("Oujda", "60000", ["Hay Al Qods", "Lazaret"]),
             ("Témara", "12000", ["Massira", "Wifaq", "Harhoura"])]
MA_STREETS = ["rue Ibn Sina", "avenue Mohammed V", "boulevard Zerktouni", "avenue Hassan II", "rue Tarik Ibn Ziad",
              "boulevard Abdelmoumen", "rue Oued Sebou", "avenue Al Massira", "boulevard d'Anfa",
              "rue Moulay Youssef", "avenue des FAR", "rue Allal Ben Abdellah", "boulevard Mohammed VI",
              "rue Ibn Batouta", "rue Al Khalil", "avenue Moulay Rachid", "rue Soumaya", "avenue Annakhil",
              "boulevard Ghandi", "rue Abou Bakr Essedik"]
MA_RESIDENCES = ["Al Amal", "Al Fath", "Nour", "Les Jardins d'Andalousie", "Al Yasmine", "Assafa", "Al Boustane",
                 "Les Orangers", "Annassim", "Riad Salam"]
MA_LOTS = ["Al Wifaq", "Anassi", "Al Qods", "Essalam", "Al Houda", "Nakhil", "Al Manar"]
MA_HAYS = ["Hay Mohammadi", "Hay Salam", "Hay Nahda", "Hay El Fath", "Hay Al Qods", "Hay Hassani", "Hay Karima"]
ROMAN = {"II": "deux", "V": "cinq", "VI": "six"}


def speak_postcode(cp, rng):
    if cp.startswith("0"):
        if cp[1] != "1" and rng.random() < 0.5:
            return "zéro " + nw(int(cp[1:]))
        return group_words(cp[:2]) + " " + group_words(cp[2:])
    if rng.random() < 0.55:
        return nw(int(cp))
    return group_words(cp[:2]) + " " + group_words(cp[2:])


def speak_text(s, rng, keep_digits=False):
    """Spoken rendering of an address component (lowercase, numbers as words)."""
    s = s.replace("n°", "numéro")
    s = re.sub(r"\b(II|VI|V)\b", lambda m: ROMAN[m.group(1)], s)
    s = re.sub(r"\b(\d+)e étage", lambda m: num2words(int(m.group(1)), lang="fr", to="ordinal") + " étage", s)
    if not keep_digits:
        s = re.sub(r"\b\d{5}\b", lambda m: speak_postcode(m.group(0), rng), s)
        s = re.sub(r"\d+", lambda m: nw(int(m.group(0))), s)
    s = s.replace(",", "")
    return re.sub(r"\s+", " ", s.lower()).strip()


def fr_extra(rng):
    k = rng.randrange(5)
    if k == 0:
        return "bâtiment " + rng.choice("ABCDEF")
    if k == 1:
        return f"appartement {rng.randint(1, 64)}"
    if k == 2:
        return f"escalier {rng.randint(1, 6)}"
    if k == 3:
        return f"{rng.randint(1, 9)}e étage"
    return f"porte {rng.randint(1, 40)}"


def addr_fr_components(rng, num_first):
    comps = []  # (kind, written)
    lieudit = (not num_first) and rng.random() < 0.07
    if (not num_first) and not lieudit and rng.random() < 0.12:
        comps.append(("pre", "résidence " + rng.choice(RESIDENCES)))
        if rng.random() < 0.5:
            comps.append(("pre", "bâtiment " + rng.choice("ABCD")))
    faker_street = rng.random() < 0.22
    faker_city = faker_street and rng.random() < 0.4
    if lieudit:
        comps.append(("street", "lieu-dit " + rng.choice(LIEUX_DITS)))
        city, cp = rng.choice(FR_VILLAGES)
    else:
        num = rng.randint(1, 40) if rng.random() < 0.7 else rng.randint(41, 260)
        suf = rng.choice([" bis", " ter"]) if rng.random() < 0.09 else ""
        street = FAKE.street_name() if faker_street else (
            rng.choice(FR_STREET_TYPES) + " " + rng.choice(FR_STREET_NAMES))
        sep = ", " if faker_street and rng.random() < 0.5 else " "
        comps.append(("street", f"{num}{suf}{sep}{street}"))
        if faker_city:
            city, cp = FAKE.city(), FAKE.postcode()
        else:
            city, cp = rng.choice(FR_CITIES)
    if not lieudit and rng.random() < 0.2:
        comps.append(("extra", fr_extra(rng)))
    cm = "cp_city" if lieudit else wpick(rng, [("cp_city", 65), ("city", 20), ("none", 15)])
    if cm == "cp_city":
        comps.append(("cp", f"{cp} {city.upper() if rng.random() < 0.08 else city}"))
    elif cm == "city":
        comps.append(("city", city))
    return comps


def addr_ma_components(rng, num_first):
    city, cp, qs = rng.choice(MA_CITIES)
    q = rng.choice(qs)
    n = rng.randint(1, 120)
    m = rng.randint(1, 30)
    forms = ["street_q", "avenue_cp"] if num_first else ["street_q", "avenue_cp", "res", "lot", "hay", "villa", "appt"]
    f = rng.choice(forms)
    street = rng.choice(MA_STREETS)
    if f == "street_q":
        c = [("street", f"{n}, {street}" if rng.random() < 0.4 else f"{n} {street}"),
             ("q", ("quartier " if rng.random() < 0.5 and not q.startswith("Hay") else "") + q), ("city", city)]
    elif f == "avenue_cp":
        c = [("street", f"{n} {street}"), ("cp", f"{cp} {city}")]
    elif f == "res":
        c = [("pre", "Résidence " + rng.choice(MA_RESIDENCES)), ("extra", f"immeuble {rng.randint(1, 25)}"),
             ("extra", f"appartement {m}"), ("q", q), ("city", city)]
    elif f == "lot":
        c = [("pre", "Lotissement " + rng.choice(MA_LOTS)), ("extra", f"n° {n}"), ("city", city)]
    elif f == "hay":
        c = [("pre", rng.choice(MA_HAYS)), ("extra", f"bloc {rng.choice('ABCDEFGH')}"),
             ("extra", f"numéro {n}"), ("city", city)]
    elif f == "villa":
        c = [("pre", f"Villa {n}"), ("extra", "lotissement " + rng.choice(MA_LOTS)), ("q", q), ("city", city)]
    else:
        c = [("pre", f"Appartement {m}"), ("extra", f"immeuble {rng.randint(1, 40)}"), ("street", street),
             ("city", city)]
    return c


def render_address(comps, mode, rng):
    if mode == "w":
        joiner = ", " if rng.random() < 0.75 else " "
        out = []
        for i, (k, w) in enumerate(comps):
            if i and k == "cp" and rng.random() < 0.06:
                out.append(" - " + w)
            else:
                out.append((joiner if i else "") + w)
        return "".join(out)
    keep = None
    if mode == "x":
        digit_idx = [i for i, (k, w) in enumerate(comps) if re.search(r"\d", w)]
        keep = rng.choice(digit_idx) if digit_idx else None
    out = []
    for i, (k, w) in enumerate(comps):
        s = speak_text(w, rng, keep_digits=(i == keep))
        if k == "city" and i and rng.random() < 0.35:
            s = "à " + s
        out.append(s)
    if mode == "s" and len(out) >= 3 and rng.random() < 0.15:
        out.insert(rng.randrange(1, len(out)), "euh")
    return " ".join(out)


# --------------------------------------------------------------------------- NIR
def make_nir(p: Persona, rng):
    sex = "1" if p.gender == "M" else "2"
    yy, mm = f"{p.dob.year % 100:02d}", f"{p.dob.month:02d}"
    if p.origin in ("MA", "NA") and rng.random() < 0.5:
        dept, commune = "99", rng.choice(["350", "350", "352", "351"])  # born in Morocco / Algeria / Tunisia
    else:
        r = rng.random()
        if r < 0.08:
            dept, commune = rng.choice(["2A", "2B"]), f"{rng.randint(1, 366):03d}"
        elif r < 0.12:
            dept, commune = "97", rng.choice("12346") + f"{rng.randint(1, 34):02d}"
        else:
            dept, commune = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}", f"{rng.randint(1, 700):03d}"
    base = sex + yy + mm + dept + commune + f"{rng.randint(1, 999):03d}"
    nir = base + f"{nir_key(base):02d}"
    assert nir_ok(nir), nir
    return nir


def render_nir(n, mode, rng):
    g = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:15]]
    if mode == "w":
        return wpick(rng, [(" ".join(g), 50), (n, 24), ("".join(g[:6]) + " " + g[6], 10),
                           (".".join(g), 4), (" ".join(g[:6]) + " - " + g[6], 4),
                           (n[:7] + " " + n[7:13] + " " + n[13:], 4), (" ".join(g[:6]) + " clé " + g[6], 4)])

    def dept_words(x):
        return {"2A": "deux a", "2B": "deux b"}.get(x) or group_words(x)

    spoken = [DIG[int(g[0])], group_words(g[1]), group_words(g[2]), dept_words(g[3]), group_words(g[4]),
              group_words(g[5]), group_words(g[6])]
    if mode == "x":
        return mix_groups(g, spoken, rng)
    if rng.random() < 0.1:
        spoken = [" ".join(DIG[int(c)] if c.isdigit() else c.lower() for c in x) for x in g]
    if rng.random() < 0.2:
        spoken[6] = "clé " + spoken[6]
    return join_spoken(spoken, rng, p_filler=0.25)


# --------------------------------------------------------------------------- CARD
def make_card(rng):
    kind = wpick(rng, [("visa", 50), ("mc", 35), ("amex", 15)])
    rd = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if kind == "visa":
        num = luhn_complete("4" + rd(14))
    elif kind == "mc":
        pre = rng.choice(["51", "52", "53", "54", "55"]) if rng.random() < 0.75 else str(rng.randint(2221, 2720))
        num = luhn_complete(pre + rd(15 - len(pre)))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + rd(12))
    assert luhn_ok(num) and len(num) in (15, 16)
    return num


def render_card(num, mode, rng):
    groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else chunks(num, 4)
    if mode == "w":
        return wpick(rng, [(" ".join(groups), 58), (num, 24), ("-".join(groups), 10),
                           (".".join(groups), 2), (" ".join(chunks(num, 4)), 4)])
    style = wpick(rng, [("pairs", 60), ("digits", 25), ("whole", 15)])
    spoken = [" ".join(read_groups(g, "triples" if style == "whole" and len(g) > 4 else style)) for g in groups]
    if mode == "x":
        return mix_groups(groups, spoken, rng)
    return join_spoken(spoken, rng, p_filler=0.25)


# --------------------------------------------------------------------------- IBAN
FR_BANKS = ["30004", "30003", "20041", "30002", "10278", "11306", "17515", "18206", "16606", "10107", "30066", "12506"]
MA_BANKS = ["007", "011", "145", "190", "230", "022", "013", "021", "225", "050"]


def make_iban(rng, country):
    rd = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if country == "FR":
        bank, guichet = rng.choice(FR_BANKS), rd(5)
        acct = rd(10) + rng.choice("ABCDEFGHJK") if rng.random() < 0.1 else rd(11)
        acct_num = int("".join(RIB_LETTERS.get(c, c) for c in acct))
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * acct_num) % 97
        return make_iban_from_bban("FR", bank + guichet + acct + f"{key:02d}")
    if country == "MA":
        return make_iban_from_bban("MA", make_rib_ma(rng))
    if country == "BE":
        first10 = rd(10)
        chk = int(first10) % 97 or 97
        return make_iban_from_bban("BE", first10 + f"{chk:02d}")
    if country == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2038", "0081"]), rd(4), rd(10)

        def dc(s10):
            r = 11 - sum(int(d) * w for d, w in zip(s10, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
            return 0 if r == 11 else 1 if r == 10 else r

        return make_iban_from_bban("ES", bank + branch + f"{dc('00' + bank + branch)}{dc(acct)}" + acct)
    blz = rng.choice(["37040044", "50010517", "10070000", "20041133", "70150000"])
    return make_iban_from_bban("DE", blz + rd(10))


def make_rib_ma(rng):
    rd = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    rib22 = rng.choice(MA_BANKS) + rng.choice(["780", "810", "640", "450", "225", "330", "010", "101"]) + rd(16)
    key = 97 - (int(rib22) * 100) % 97
    return rib22 + f"{key:02d}"


def speak_alnum_group(g, style):
    out, buf = [], ""
    for c in g + " ":
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(" ".join(read_groups(buf, style)))
            buf = ""
        if c.isalpha():
            out.append(c.lower())
    return " ".join(out)


def render_iban(iban, mode, rng):
    groups = chunks(iban, 4)
    if mode == "w":
        return wpick(rng, [(" ".join(groups), 58), (iban, 30), ("-".join(groups), 4), (iban.lower(), 2),
                           (iban[:4] + " " + iban[4:], 6)])
    style = wpick(rng, [("pairs", 55), ("digits", 25), ("whole", 20)])
    cc = iban[:2].lower()
    cc_sp = " ".join(cc) if rng.random() < 0.8 else cc
    spoken = [cc_sp + " " + group_words(iban[2:4])] + [speak_alnum_group(g, style) for g in groups[1:]]
    if mode == "x":
        written = groups
        if rng.random() < 0.5:
            return iban[:4] + " " + " ".join(spoken[1:])
        return mix_groups(written, spoken, rng)
    return join_spoken(spoken, rng, p_filler=0.3)


def render_rib_ma(rib, mode, rng):
    g = [rib[:3], rib[3:6], rib[6:22], rib[22:]]
    if mode == "w":
        return wpick(rng, [(" ".join(g), 40), (rib, 35), (" ".join(chunks(rib, 4)), 15),
                           (rib[:6] + " " + rib[6:22] + " " + rib[22:], 10)])
    style = wpick(rng, [("pairs", 50), ("digits", 35), ("triples", 15)])
    parts = [g[0], g[1]] + chunks(g[2], 4) + [g[3]]
    spoken = [" ".join(read_groups(x, "pairs" if len(x) == 2 else "whole" if len(x) == 3 and style != "digits"
                                   else style)) for x in parts]
    if mode == "x":
        return mix_groups(parts, spoken, rng)
    return join_spoken(spoken, rng, p_filler=0.3)


# --------------------------------------------------------------------------- DATE OF BIRTH
def day_word(d):
    return "premier" if d == 1 else nw(d)


def year_spoken(y, rng):
    if y < 2000 and rng.random() < 0.22:
        rest = y - 1900
        return "dix-neuf cents" if rest == 0 else "dix-neuf cent " + nw(rest)
    return nw(y)


def render_dob(d: date, mode, rng):
    dd, mm, yyyy = f"{d.day:02d}", f"{d.month:02d}", str(d.year)
    month = MONTHS[d.month - 1]
    if mode == "w":
        day_txt = "1er" if d.day == 1 and rng.random() < 0.7 else str(d.day)
        return wpick(rng, [(f"{dd}/{mm}/{yyyy}", 36), (f"{day_txt} {month} {yyyy}", 26), (f"{yyyy}-{mm}-{dd}", 7),
                           (f"{dd}.{mm}.{yyyy}", 7), (f"{dd}/{mm}/{yyyy[2:]}", 6), (f"{dd}-{mm}-{yyyy}", 4),
                           (f"{d.day}/{d.month}/{yyyy}", 5), (f"{dd} {mm} {yyyy}", 4),
                           (f"{day_txt} {month.capitalize()} {yyyy}", 5)])
    if mode == "x":
        return wpick(rng, [(f"{d.day} {month} {year_spoken(d.year, rng)}", 40),
                           (f"{day_word(d.day)} {month} {yyyy}", 40),
                           (f"{dd} {mm} {group_words(yyyy[2:])}", 20)])
    f = wpick(rng, [("long", 55), ("short", 12), ("num", 18), ("numlong", 15)])
    if f == "long":
        groups = [day_word(d.day), month, year_spoken(d.year, rng)]
    elif f == "short":
        groups = [day_word(d.day), month, group_words(yyyy[2:])]
    elif f == "num":
        groups = [group_words(dd), group_words(mm), group_words(yyyy[2:])]
    else:
        groups = [nw(d.day), group_words(mm) if rng.random() < 0.5 else nw(d.month), year_spoken(d.year, rng)]
    return join_spoken(groups, rng, p_filler=0.15, p_repeat=0.0, fillers=["euh"])


# --------------------------------------------------------------------------- MA CIN
CIN_PREFIXES = list("ABCDEFGHIJKLMNPQRSTUVWXYZ") + [
    "AA", "AB", "AD", "AE", "BE", "BH", "BJ", "BK", "BL", "BM", "BW", "CB", "CD", "DA", "DB", "DC", "DJ", "EA",
    "EB", "EE", "FA", "FB", "FL", "GA", "GB", "GK", "GM", "HA", "HH", "IA", "IB", "JA", "JB", "JC", "JE",
    "JH", "JK", "JM", "JT", "JY", "KA", "KB", "LA", "LB", "LC", "MA", "MC", "MD", "PA", "PB", "QA", "SH",
    "SJ", "SL", "TA", "TK", "UA", "UB", "UC", "VA", "WA", "XA", "ZG", "ZT"]


def make_cin(rng):
    pre = rng.choice(CIN_PREFIXES)
    n = 6 if rng.random() < 0.7 else 5
    return pre, ("".join(rng.choice("0123456789") for _ in range(n))).replace("0", rng.choice("123456789"), 1)


def render_cin(cin, mode, rng):
    pre, digits = cin
    if mode == "w":
        return wpick(rng, [(pre + digits, 58), (pre + " " + digits, 18), ((pre + digits).lower(), 8),
                           (pre + "-" + digits, 5), (pre + " " + " ".join(chunks(digits, 3)) if len(digits) == 6 else pre + " " + digits, 6),
                           (pre + "." + digits, 2), (pre.lower() + " " + digits, 3)])
    letters = " ".join(pre.lower())
    style = wpick(rng, [("digits", 35), ("pairs", 25), ("triples", 25), ("whole", 15)])
    spoken_digits = read_groups(digits, style)
    if mode == "x":
        if rng.random() < 0.5:
            return pre + " " + " ".join(spoken_digits)
        return letters + " " + digits
    return join_spoken([letters] + spoken_digits, rng, p_filler=0.2)


# --------------------------------------------------------------------------- CUSTOMER_ID
def rdig(rng, k, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(k))
    return rng.choice("123456789") + s[1:] if first_nonzero else s


def make_cust(rng, kind, country):
    y = str(rng.randint(2015, 2024))
    if kind == "CLIENT":
        f = rng.randrange(6)
        return [f"VE{rdig(rng, 9)}", f"CL-{y}-{rdig(rng, 6)}", rdig(rng, 10, True), f"C{rdig(rng, 8)}",
                f"{rng.choice(['EN', 'GZ', 'EL'])}{rdig(rng, 6)}{rng.choice('KMPRTX')}",
                f"RC{rdig(rng, 7)}"][f]
    if kind == "CONTRACT":
        if country == "MA" and rng.random() < 0.5:
            return rdig(rng, rng.choice([7, 9]), True)
        f = rng.randrange(5)
        return [rdig(rng, 8, True), f"CT-{rdig(rng, 7)}", f"{rng.choice(['ELEC', 'GAZ'])}-{rdig(rng, 6, True)}",
                y + rdig(rng, 6), f"{rdig(rng, 4, True)}-{rdig(rng, 4)}"][f]
    if kind == "POLICY":
        f = rng.randrange(6)
        return [f"POL {rdig(rng, 2, True)} {rdig(rng, 3)} {rdig(rng, 3)}", f"AS-{rdig(rng, 6)}-{rdig(rng, 2)}",
                f"P{rdig(rng, 8)}", f"SOC-{y}-{rdig(rng, 6)}", f"{rdig(rng, 7, True)} {rng.choice('ABMPRT')}",
                f"{rdig(rng, 4, True)} {rdig(rng, 4)} {rdig(rng, 2)}"][f]
    f = rng.randrange(5)  # CLAIM
    return [f"SIN-{y}-{rdig(rng, 5)}", f"{y}/{rdig(rng, 6)}", f"DDE-{rdig(rng, 3, True)} {rdig(rng, 3)}",
            f"S{y[2:]}-{rdig(rng, 5)}", rdig(rng, 10, True)][f]


def render_cust(cid, mode, rng):
    if mode == "w":
        r = rng.random()
        if cid.isdigit() and len(cid) == 8 and r < 0.2:
            return " ".join(cid)  # "7 4 0 0 1 2 3 9" as a careful transcript writes a spelled number
        if cid.isdigit() and len(cid) >= 9 and r < 0.35:
            return " ".join(chunks(cid, 3) if len(cid) % 3 == 0 else [cid[:1]] + chunks(cid[1:], 3))
        if re.match(r"^[A-Z]+\d+[A-Z]?$", cid) and r < 0.12:
            m = re.match(r"^([A-Z]+)(\d+)([A-Z]?)$", cid)
            return (m.group(1) + " " + m.group(2) + (" " + m.group(3) if m.group(3) else "")).strip()
        if r > 0.95:
            return cid.lower()
        return cid
    tokens = re.findall(r"[A-Za-z]+|\d+|[-/]", cid)
    style = wpick(rng, [("digits", 45), ("pairs", 30), ("grouped", 25)])
    written, spoken = [], []
    for t in tokens:
        if t.isalpha():
            written.append(t)
            spoken.append(" ".join(t.lower()))
        elif t.isdigit():
            written.append(t)
            if len(t) == 4 and t.startswith("20") and style != "digits":
                spoken.append(nw(int(t)))
            elif style == "grouped" and len(t) <= 3:
                spoken.append(group_words(t))
            else:
                spoken.append(" ".join(read_groups(t, "digits" if style == "digits" else "pairs")))
        elif t == "-":
            if rng.random() < 0.45:
                written.append("-")
                spoken.append("tiret")
        else:
            written.append("/")
            spoken.append(rng.choice(["slash", "slash", "barre"]))
    if mode == "x":
        return mix_groups(written, spoken, rng)
    return join_spoken(spoken, rng, p_filler=0.2)


# --------------------------------------------------------------------------- SECRET
PWD_BASES = ["soleil", "chouchou", "marseille", "loulou", "doudou", "bonheur", "princesse", "azerty", "maison",
             "nounours", "liberte", "casablanca", "papillon", "chocolat", "vacances", "football", "lyon",
             "bretagne", "amour", "tigrou", "espoir", "atlas", "sahara", "jasmin"]
SYMBOL_WORDS = {"!": "point d'exclamation", "@": "arobase", "*": "étoile", "#": "dièse", ".": "point", "$": "dollar"}


def make_password(rng):
    base = rng.choice(PWD_BASES)
    k = rng.randrange(4)
    digits = [str(rng.randint(1975, 2024)), f"{rng.randint(1, 95):02d}", "123", str(rng.randint(1, 9))][k]
    sym = rng.choice("!@*#.$") if rng.random() < 0.3 else ""
    cap = rng.random() < 0.4
    return base, digits, sym, cap


def render_password(pw, mode, rng):
    base, digits, sym, cap = pw
    written = (base.capitalize() if cap else base) + digits + sym
    if mode == "w":
        return [("SECRET", written)]
    if rng.random() < 0.2:
        val = base + digits + sym
    else:
        if len(digits) == 4:
            dw = nw(int(digits)) if rng.random() < 0.7 else " ".join(group_words(c) for c in chunks(digits, 2))
        elif digits == "123":
            dw = "un deux trois"
        else:
            dw = group_words(digits) if rng.random() < 0.6 else digit_words(digits)
        val = base + " " + dw + (" " + SYMBOL_WORDS[sym] if sym else "")
    segs = [("SECRET", val)]
    if cap:
        segs.append(("T", rng.choice([" avec un ", " avec le ", " "]) + base[0] + " majuscule"))
    return segs


def render_pin(pin, mode, rng):
    if mode == "w":
        return pin if rng.random() < 0.8 else " ".join(pin)
    style = "digits" if rng.random() < 0.6 else "pairs"
    return join_spoken(read_groups(pin, style), rng, p_filler=0.1, p_repeat=0.0)


def render_cvv(cvv, mode, rng):
    if mode == "w":
        return cvv
    return digit_words(cvv) if rng.random() < 0.6 or cvv.startswith("0") else nw(int(cvv))


def render_otp(otp, mode, rng):
    if mode == "w":
        return wpick(rng, [(otp, 60), (otp[:3] + " " + otp[3:], 30), (" ".join(chunks(otp, 2)), 10)])
    style = wpick(rng, [("digits", 50), ("triples", 30), ("pairs", 20)])
    return join_spoken(read_groups(otp, style), rng, p_filler=0.15, p_repeat=0.0)


def render_wifi(key, mode, rng):
    if mode == "w":
        return " ".join(chunks(key, 4)) if rng.random() < 0.5 else key
    out = [DIG[int(c)] if c.isdigit() else c.lower() for c in key]
    return join_spoken(out, rng, p_filler=0.2, p_repeat=0.0)


# --------------------------------------------------------------------------- IP
def make_ipv4(rng, country):
    r = rng.random()
    if r < 0.35:
        return rng.choice(["192.168.1.", "192.168.0.", "192.168.1.", "10.0.0."]) + str(rng.randint(2, 254))
    firsts = [41, 105, 196, 160, 102] if country == "MA" else [78, 81, 82, 83, 86, 88, 90, 92, 176, 109, 37]
    return ".".join([str(rng.choice(firsts))] + [str(rng.randint(0, 255)) for _ in range(2)] + [str(rng.randint(1, 254))])


def make_ipv6(rng):
    pre = rng.choice([["2a01", "cb" + f"{rng.randint(0, 255):02x}"], ["2a01", "e0a"], ["2001", "41d0"],
                      ["2a02", "8428"], ["2a01", "e34"]])
    groups = pre + [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return ":".join(groups[:4]) + "::" + groups[-1]
    return ":".join(groups)


def render_ip(ip, mode, rng):
    if mode == "w":
        return ip
    if ":" in ip:
        out = []
        for g in re.split(r"(::|:)", ip):
            if g == ":":
                out.append("deux points")
            elif g == "::":
                out.append("deux points deux points")
            elif g:
                out.append(" ".join(DIG[int(c)] if c.isdigit() else c for c in g))
        return " ".join(out)
    octets = ip.split(".")
    if mode == "x":
        sp = [nw(int(o)) for o in octets]
        picks = [rng.random() < 0.5 for _ in octets]
        if all(picks):
            picks[0] = False
        if not any(picks):
            picks[-1] = True
        parts = [o if p else s for o, p, s in zip(octets, picks, sp)]
        return " point ".join(parts)
    digits = rng.random() < 0.12
    sp = [digit_words(o) if digits else nw(int(o)) for o in octets]
    s = " point ".join(sp)
    if rng.random() < 0.1:
        s = s.replace(" point ", " point euh ", 1)
    return s


# --------------------------------------------------------------------------- non-PII slot renderers
FR_AGENCY_CITIES = ["Lyon Part-Dieu", "Villeurbanne", "Montpellier", "Lille", "Bordeaux", "Nantes", "Rennes",
                    "Toulouse", "Marseille", "Grenoble", "Metz", "Saint-Étienne", "Créteil", "Aubagne",
                    "Clermont-Ferrand", "Orléans", "Brest", "Tours", "Nice Étoile", "Dijon"]
MA_AGENCY_CITIES = ["Casablanca", "Rabat Agdal", "Marrakech Guéliz", "Fès", "Tanger", "Agadir", "Kénitra",
                    "Meknès", "Oujda", "Salé", "Mohammedia", "El Jadida"]
ARTICLES = [("L113-12 du Code des assurances", "l cent treize tiret douze du code des assurances"),
            ("L224-39 du Code de la consommation", "l deux cent vingt-quatre tiret trente-neuf du code de la consommation"),
            ("L215-1 du Code de la consommation", "l deux cent quinze tiret un du code de la consommation"),
            ("1240 du Code civil", "mille deux cent quarante du code civil"),
            ("L113-15-2 du Code des assurances", "l cent treize quinze deux du code des assurances"),
            ("L224-28 du Code de la consommation", "l deux cent vingt-quatre vingt-huit du code de la consommation")]


def fmt_thousands(n):
    return f"{n:,}".replace(",", " ")


def r_price(ctx, m, kind="bill"):
    rng = ctx.rng
    if kind == "sub":  # telecom subscription
        e, c = rng.choice([4, 9, 10, 12, 15, 19, 22, 24, 29, 34, 39, 42, 49, 54, 59]), rng.choice([99, 99, 90, 0, 49])
    elif kind == "small":
        e, c = rng.randint(1, 12), rng.choice([0, 0, 50, 99, 20])
    elif kind == "big":  # repair quote, excess, damage estimate
        e, c = rng.choice([rng.randint(15, 60) * 10, rng.randint(600, 4800)]), rng.choice([0, 0, 0, 50, 80])
    else:  # bill / instalment / refund
        e, c = rng.randint(25, 320), rng.choice([0, 0, 12, 37, 58, 80, 90, 45, 99, 10])
    if m == "w":
        es = fmt_thousands(e)
        if c:
            return rng.choice([f"{es},{c:02d} €", f"{es},{c:02d} euros", f"{es},{c:02d}€"])
        return rng.choice([f"{es} €", f"{es} euros", f"{es}€"])
    return nw(e) + " euros" + (" " + nw(c) if c else "")


def r_window(ctx, m):
    a, b = ctx.rng.choice([(8, 12), (13, 17), (8, 10), (10, 12), (14, 18), (9, 13), (12, 14)])
    if m == "w":
        return ctx.rng.choice([f"entre {a}h et {b}h", f"entre {a} h et {b} h", f"entre {a} heures et {b} heures"])
    hw = lambda h: "midi" if h == 12 else nw(h) + " heures"
    return f"entre {hw(a)} et {hw(b)}"


def r_hc(ctx, m):
    a, b = ctx.rng.choice([((22, 0), (6, 0)), ((23, 0), (7, 0)), ((22, 30), (6, 30)), ((0, 30), (8, 30)),
                           ((23, 30), (7, 30)), ((12, 30), (14, 30))])
    if m == "w":
        f = lambda t: f"{t[0]}h{t[1]:02d}" if t[1] else f"{t[0]}h"
        return f"de {f(a)} à {f(b)}"
    f = lambda t: ("minuit" if t[0] == 0 else "midi" if t[0] == 12 else nw(t[0]) + " heures") + (
        " " + nw(t[1]) if t[1] else "")
    return f"de {f(a)} à {f(b)}"


def r_price_ma(ctx, m):
    rng = ctx.rng
    e = rng.choice([49, 99, 120, 149, 199, 250, 320, 350, 480, 620, 850, 1200])
    if m == "w":
        return rng.choice([f"{fmt_thousands(e)} DH", f"{fmt_thousands(e)} dirhams", f"{e} dhs"])
    return nw(e) + " dirhams"


def r_kwh(ctx, m):
    n = ctx.rng.randint(8, 140) * 100 + ctx.rng.randint(0, 99)
    if m == "w":
        return ctx.rng.choice([f"{fmt_thousands(n)} kWh", f"{n} kWh", f"{fmt_thousands(n)} kilowattheures"])
    return nw(n) + ctx.rng.choice([" kilowattheures", " kilowatts-heure", " kilowatts"])


def r_index(ctx, m):
    n = ctx.rng.randint(10000, 89999)
    return str(n) if m == "w" else nw(n)


def r_m3(ctx, m):
    n = ctx.rng.randint(150, 9999)
    if m == "w":
        return ctx.rng.choice([f"{fmt_thousands(n)} m³", f"{n} m3", f"{n} mètres cubes"])
    return nw(n) + " mètres cubes"


def rand_recent_date(rng):
    d0 = date(2023, 1, 1)
    return d0 + timedelta(days=rng.randrange(900))


def r_date(ctx, m):
    rng = ctx.rng
    d = rand_recent_date(rng)
    month = MONTHS[d.month - 1]
    if m == "w":
        day = "1er" if d.day == 1 else str(d.day)
        return wpick(rng, [(f"{day} {month}", 45), (f"{day} {month} {d.year}", 20),
                           (f"{WEEKDAYS[d.weekday()]} {day} {month}", 15), (f"{d.day:02d}/{d.month:02d}", 20)])
    s = f"{day_word(d.day)} {month}"
    if rng.random() < 0.25:
        s += " " + nw(d.year)
    return s


def r_date_full(ctx, m):
    rng = ctx.rng
    d = rand_recent_date(rng)
    if m == "w":
        return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}"])
    return f"{day_word(d.day)} {MONTHS[d.month - 1]} {nw(d.year)}"


def r_hour(ctx, m):
    rng = ctx.rng
    h = rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 22, 6])
    mi = rng.choice([0, 0, 0, 30, 15, 45])
    if m == "w":
        if mi:
            return f"{h}h{mi:02d}"
        return rng.choice([f"{h}h", f"{h} h", f"{h} heures"])
    if h == 12 and not mi:
        return "midi"
    return nw(h) + (" heure" if h == 1 else " heures") + (" " + nw(mi) if mi else "")


def r_dur(ctx, m, short=False):
    rng = ctx.rng
    units = [("minutes", 5, 90, True), ("heures", 1, 4, True)] if short else [
        ("jours", 2, 20, False), ("semaines", 1, 6, True), ("mois", 1, 8, False)]
    unit, lo, hi, fem = rng.choice(units)
    n = rng.randint(lo, hi)
    while n > 1 and n % 10 == 1:
        n = rng.randint(lo, hi)
    if n == 1:
        word = ("une " if fem else "un ") + {"heures": "heure", "semaines": "semaine", "ans": "an",
                                              "mois": "mois", "minutes": "minute", "jours": "jour"}[unit]
        return word
    if m == "w" and (n > 10 or rng.random() < 0.4):
        return f"{n} {unit}"
    return f"{nw(n)} {unit}"


def r_pct(ctx, m):
    rng = ctx.rng
    v = rng.choice([(3, 0), (4, 5), (10, 0), (15, 0), (8, 6), (12, 0), (20, 0), (9, 5), (2, 0), (25, 0)])
    if m == "w":
        s = f"{v[0]},{v[1]}" if v[1] else str(v[0])
        return s + rng.choice([" %", "%", " pour cent"])
    return nw(v[0]) + (f" virgule {nw(v[1])}" if v[1] else "") + " pour cent"


def r_nb(ctx, m):
    n = ctx.rng.randint(2, 6)
    return str(n) if m == "w" and ctx.rng.random() < 0.5 else nw(n)


def r_month(ctx, m):
    return ctx.rng.choice(MONTHS)


def r_year(ctx, m):
    y = ctx.rng.randint(2012, 2023)
    return str(y) if m == "w" else nw(y)


def r_daynum(ctx, m):
    d = ctx.rng.choice([1, 5, 8, 10, 15, 20, 25])
    if m == "w":
        return "1er" if d == 1 else str(d)
    return day_word(d)


def r_city(ctx, m):
    c = ctx.rng.choice(FR_AGENCY_CITIES)
    return c if m == "w" else c.lower()


def r_city_ma(ctx, m):
    c = ctx.rng.choice(MA_AGENCY_CITIES)
    return c if m == "w" else c.lower()


def r_article(ctx, m):
    w, s = ctx.rng.choice(ARTICLES)
    return w if m == "w" else s


def r_data(ctx, m):
    n = ctx.rng.choice([5, 20, 40, 60, 100, 130, 200, 250])
    return f"{n} Go" if m == "w" else nw(n) + ctx.rng.choice([" gigas", " go"])


def r_kva(ctx, m):
    n = ctx.rng.choice([3, 6, 9, 12])
    return f"{n} kVA" if m == "w" else nw(n) + ctx.rng.choice([" kva", " kilovoltampères"])


def r_civ(ctx, m):
    w = "monsieur" if ctx.p.gender == "M" else "madame"
    return w.capitalize() if m == "w" and ctx.rng.random() < 0.4 else w


NONPII = {
    "PRICE": r_price, "PRICE_MA": r_price_ma, "PRICE_SUB": lambda c, m: r_price(c, m, "sub"),
    "PRICE_SMALL": lambda c, m: r_price(c, m, "small"), "PRICE_BIG": lambda c, m: r_price(c, m, "big"),
    "WINDOW": r_window, "HC": r_hc, "KWH": r_kwh, "INDEX": r_index, "M3": r_m3, "DATE": r_date,
    "DATE_FULL": r_date_full, "HOUR": r_hour, "DUR": r_dur, "DUR_SHORT": lambda c, m: r_dur(c, m, short=True), "PCT": r_pct, "NB": r_nb, "MONTH": r_month,
    "YEAR": r_year, "DAYNUM": r_daynum, "CITY": r_city, "CITY_MA": r_city_ma, "ARTICLE": r_article,
    "DATA": r_data, "KVA": r_kva, "CIV": r_civ,
    "NE": lambda c, m: "né" if c.p.gender == "M" else "née",
    "NE2": lambda c, m: "né" if c.p2().gender == "M" else "née",
    "E": lambda c, m: "" if c.p.gender == "M" else "e",
}


# --------------------------------------------------------------------------- context and PII slots
class Ctx:
    def __init__(self, rng, country, p2_gender=None, p2_older=False):
        self.rng = rng
        self.p = Persona(rng, country)
        self._p2 = None
        self.p2_gender, self.p2_older = p2_gender, p2_older
        self.cache = {}

    def p2(self, gender=None, older=False):
        """Second person of the utterance; its gender / age come from the template's slots."""
        if self._p2 is None:
            self._p2 = Persona(self.rng, self.p.country, self.p2_gender or gender, self.p2_older or older)
        return self._p2

    def once(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]


def one(typ, text):
    return [(typ, text)]


def slot_name2(gender=None, older=False, part="full"):
    def gen(c, m):
        p = c.p2(gender, older)
        if part == "full":
            return one("PERSON", gen_name_full(p, m, c.rng))
        return one("PERSON", case_name(p.first if part == "first" else p.last, m, c.rng))
    return gen


def slot_iban(country_fn):
    def gen(c, m):
        cc = country_fn(c)
        iban = c.once("iban" + cc, lambda: make_iban(c.rng, cc))
        return one("IBAN_CODE", render_iban(iban, m, c.rng))
    return gen


def default_iban_country(c):
    if c.p.country == "MA":
        return "MA"
    return c.once("ibancc", lambda: wpick(c.rng, [("FR", 88), ("BE", 4), ("ES", 4), ("DE", 4)]))


def addr_slot(country=None, num_first=False):
    def gen(c, m):
        cc = country or c.p.country
        comps = (addr_ma_components if cc == "MA" else addr_fr_components)(c.rng, num_first)
        return one("ADDRESS", render_address(comps, m, c.rng))
    return gen


def cust_slot(kind):
    def gen(c, m):
        cid = c.once("cust" + kind, lambda: make_cust(c.rng, kind, c.p.country))
        return one("CUSTOMER_ID", render_cust(cid, m, c.rng))
    return gen


PII = {
    "NAME": lambda c, m: one("PERSON", gen_name_full(c.p, m, c.rng)),
    "FIRST": lambda c, m: one("PERSON", case_name(c.p.first, m, c.rng)),
    "LAST": lambda c, m: one("PERSON", case_name(c.p.last, m, c.rng)),
    "SPELL": lambda c, m: one("PERSON", gen_spell(c.p, m, c.rng)),
    "NAME2": slot_name2(), "NAME2F": slot_name2("F"), "NAME2M": slot_name2("M"),
    "NAME2FO": slot_name2("F", True), "NAME2MO": slot_name2("M", True),
    "FIRST2": slot_name2(part="first"), "FIRST2F": slot_name2("F", part="first"),
    "FIRST2M": slot_name2("M", part="first"), "LAST2F": slot_name2("F", True, part="last"),
    "PHONE": lambda c, m: one("PHONE_NUMBER", render_phone(c.p.main_phone, c.p.country, m, c.rng)),
    "MOBILE": lambda c, m: one("PHONE_NUMBER", render_phone(c.p.mobile, c.p.country, m, c.rng)),
    "PHONE_FIX": lambda c, m: one("PHONE_NUMBER", render_phone(c.p.fixed, c.p.country, m, c.rng)),
    "PHONE2": lambda c, m: one("PHONE_NUMBER", render_phone(c.p2().mobile, c.p.country, m, c.rng)),
    "PHONE_FR": lambda c, m: one("PHONE_NUMBER", render_phone(
        c.once("phfr", lambda: make_mobile(c.rng, "FR")), "FR", m, c.rng)),
    "EMAIL": lambda c, m: one("EMAIL_ADDRESS", render_email(c.p.email(), m, c.rng)),
    "EMAIL2": lambda c, m: one("EMAIL_ADDRESS", render_email(c.p2().email(), m, c.rng)),
    "ADDR": addr_slot(), "ADDR_NUM": addr_slot(num_first=True), "ADDR_MA": addr_slot("MA"),
    "NIR": lambda c, m: one("FR_NIR", render_nir(c.once("nir", lambda: make_nir(c.p, c.rng)), m, c.rng)),
    "CARD": lambda c, m: one("CREDIT_CARD", render_card(c.once("card", lambda: make_card(c.rng)), m, c.rng)),
    "IBAN": slot_iban(default_iban_country), "IBAN_MA": slot_iban(lambda c: "MA"),
    "IBAN_BE": slot_iban(lambda c: "BE"), "IBAN_ES": slot_iban(lambda c: "ES"), "IBAN_DE": slot_iban(lambda c: "DE"),
    "RIB_MA": lambda c, m: one("IBAN_CODE", render_rib_ma(c.once("rib", lambda: make_rib_ma(c.rng)), m, c.rng)),
    "DOB": lambda c, m: one("DATE_OF_BIRTH", render_dob(c.p.dob, m, c.rng)),
    "DOB2": lambda c, m: one("DATE_OF_BIRTH", render_dob(c.p2().dob, m, c.rng)),
    "CIN": lambda c, m: one("MA_CIN", render_cin(c.once("cin", lambda: make_cin(c.rng)), m, c.rng)),
    "CLIENT": cust_slot("CLIENT"), "CONTRACT": cust_slot("CONTRACT"), "POLICY": cust_slot("POLICY"),
    "CLAIM": cust_slot("CLAIM"),
    "PIN": lambda c, m: one("SECRET", render_pin(c.once("pin", lambda: rdig(c.rng, 4)), m, c.rng)),
    "OTP": lambda c, m: one("SECRET", render_otp(c.once("otp", lambda: rdig(c.rng, 6, True)), m, c.rng)),
    "CVV": lambda c, m: one("SECRET", render_cvv(c.once("cvv", lambda: rdig(c.rng, 3)), m, c.rng)),
    "WIFI": lambda c, m: one("SECRET", render_wifi(c.once("wifi", lambda: "".join(
        c.rng.choice("0123456789ABCDEF") for _ in range(16))), m, c.rng)),
    "PWD": lambda c, m: render_password(c.once("pwd", lambda: make_password(c.rng)), m, c.rng),
    "IP": lambda c, m: one("IP_ADDRESS", render_ip(c.once("ip", lambda: make_ipv4(c.rng, c.p.country)), m, c.rng)),
    "IP6": lambda c, m: one("IP_ADDRESS", render_ip(c.once("ip6", lambda: make_ipv6(c.rng)), m, c.rng)),
}
SLOT_TYPE = {"NAME": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "SPELL": "PERSON", "NAME2": "PERSON",
             "NAME2F": "PERSON", "NAME2M": "PERSON", "NAME2FO": "PERSON", "NAME2MO": "PERSON", "FIRST2": "PERSON",
             "FIRST2F": "PERSON", "FIRST2M": "PERSON", "LAST2F": "PERSON", "PHONE": "PHONE_NUMBER", "MOBILE": "PHONE_NUMBER",
             "PHONE_FIX": "PHONE_NUMBER", "PHONE2": "PHONE_NUMBER", "PHONE_FR": "PHONE_NUMBER",
             "EMAIL": "EMAIL_ADDRESS", "EMAIL2": "EMAIL_ADDRESS", "ADDR": "ADDRESS", "ADDR_NUM": "ADDRESS",
             "ADDR_MA": "ADDRESS", "NIR": "FR_NIR", "CARD": "CREDIT_CARD", "IBAN": "IBAN_CODE",
             "IBAN_MA": "IBAN_CODE", "IBAN_BE": "IBAN_CODE", "IBAN_ES": "IBAN_CODE", "IBAN_DE": "IBAN_CODE",
             "RIB_MA": "IBAN_CODE", "DOB": "DATE_OF_BIRTH", "DOB2": "DATE_OF_BIRTH", "CIN": "MA_CIN",
             "CLIENT": "CUSTOMER_ID", "CONTRACT": "CUSTOMER_ID", "POLICY": "CUSTOMER_ID", "CLAIM": "CUSTOMER_ID",
             "PIN": "SECRET", "OTP": "SECRET", "CVV": "SECRET", "WIFI": "SECRET", "PWD": "SECRET",
             "IP": "IP_ADDRESS", "IP6": "IP_ADDRESS"}
assert set(SLOT_TYPE) == set(PII)
MA_ONLY_SLOTS = {"CIN", "RIB_MA", "IBAN_MA", "ADDR_MA"}

# --------------------------------------------------------------------------- carrier templates (own wording)
# (country, text): country "FR", "MA" or "*" (either).  [a|b] picks one alternative.
PII_TEMPLATES = [
    # energy: moving in / out, bills, bank details
    ("*", "Bonjour, je m'appelle {NAME}, je viens d'emménager au {ADDR_NUM} et je voudrais ouvrir un contrat d'électricité [à partir du {DATE}|pour le {DATE}|dès que possible]."),
    ("*", "Oui bonjour, c'est {NAME} à l'appareil, je vous appelle parce que ma dernière facture est de {PRICE}, c'est [beaucoup trop|le double de d'habitude|pas possible]."),
    ("FR", "Alors mon numéro client c'est le {CLIENT}, et le compteur c'est un Linky, il a été posé il y a {DUR}."),
    ("*", "Je déménage le {DATE}, la nouvelle adresse c'est {ADDR}, est-ce que vous pouvez transférer le contrat ?"),
    ("*", "Je voudrais changer le compte pour le prélèvement, le nouvel IBAN c'est {IBAN}."),
    ("*", "Ma banque a clôturé mon ancien compte, donc il faut prélever sur celui-ci : {IBAN}, au nom de {NAME}."),
    ("*", "Vous pouvez me rappeler au {PHONE} ? Je suis au travail jusqu'à {HOUR}."),
    ("FR", "Pour le rendez-vous Gazpar, le technicien peut joindre ma femme au {PHONE2}, elle s'appelle {FIRST2F}."),
    ("*", "Le contrat est au nom de mon mari, monsieur {LAST}, je peux vous donner son numéro client : {CLIENT}."),
    ("*", "Je suis {NE} le {DOB}, et le contrat est au nom de {NAME}, c'est moi."),
    ("*", "Mon adresse mail c'est {EMAIL}, c'est là que je reçois les factures normalement, mais j'ai rien reçu depuis {MONTH}."),
    ("FR", "J'ai fait l'autorelève, l'index c'est {INDEX}, et vous m'avez facturé {KWH}, ça ne colle pas du tout. Mon numéro client c'est {CLIENT}."),
    ("FR", "Bonjour, {NAME}, contrat numéro {CONTRACT}, je voudrais passer à l'offre Tempo."),
    ("*", "Pour la mensualisation, vous prélevez le {DAYNUM} du mois sur le compte {IBAN}, merci."),
    ("FR", "On m'a coupé l'électricité ce matin au {ADDR_NUM}, alors que j'ai payé la facture de {PRICE} la semaine dernière."),
    ("*", "Je suis {CIV} {LAST}, je vous appelle pour le logement de ma mère qui part en maison de retraite, il faut résilier au {DATE}."),
    ("FR", "Je suis déjà client chez vous pour le gaz, le contrat c'est le {CONTRACT}, je voudrais ajouter l'électricité."),
    ("FR", "Volta Énergie me facture deux abonnements, un au {ADDR_NUM} et un à mon ancienne adresse, {ADDR}."),
    # insurance: claims, cancellation, reimbursement
    ("*", "J'ai eu un dégât des eaux chez moi au {ADDR_NUM}, la voisine du dessus a laissé couler sa baignoire, je voudrais déclarer un sinistre."),
    ("*", "Mon numéro de sociétaire c'est {POLICY}, c'est pour l'assurance habitation."),
    ("*", "J'ai déjà un dossier ouvert, le numéro de sinistre c'est {CLAIM}, l'expert devait passer le {DATE} et personne n'est venu."),
    ("*", "L'assuré principal c'est mon père, {NAME2MO}, né le {DOB2}, moi je suis juste son fils."),
    ("FR", "Pour la résiliation avec la loi Hamon, je vous donne mon numéro de contrat : {POLICY}."),
    ("FR", "Mon numéro de sécu c'est le {NIR}, c'est pour la complémentaire santé."),
    ("FR", "Vous avez besoin de mon numéro de sécurité sociale ? Alors c'est {NIR}."),
    ("*", "Le remboursement doit être fait sur mon compte, IBAN {IBAN}, et pas sur l'ancien."),
    ("*", "Je vous envoie les photos des dégâts par mail, vous pouvez me répondre sur {EMAIL} ?"),
    ("*", "Le sinistre a eu lieu au {ADDR_NUM}, c'est chez ma mère, madame {LAST2F}."),
    ("*", "Je suis {NAME}, mon contrat auto c'est le {POLICY}, j'ai eu un accrochage sur le parking [du Carrefour|de Leclerc|du Marjane|de l'hôpital]."),
    ("FR", "Je voudrais ajouter mon conjoint sur le contrat, il s'appelle {NAME2M}, et mon numéro de sécu à moi c'est {NIR}."),
    ("*", "Il me faut une attestation d'assurance pour mon propriétaire, au nom de {NAME}, pour le logement situé {ADDR}."),
    ("*", "Pour l'expert, je suis joignable au {PHONE} ou par mail sur {EMAIL}, plutôt le matin."),
    ("*", "Votre collègue {FIRST2} m'a dit de rappeler, c'est pour le dossier {CLAIM}."),
    ("*", "Le garage m'a dit de vous donner le numéro de sinistre, c'est {CLAIM}, et le devis fait {PRICE_BIG}."),
    ("*", "La franchise a été prélevée deux fois sur ma carte {CARD}, vous pouvez vérifier ?"),
    ("FR", "Assuréa m'a envoyé l'échéancier mais le nom est mal écrit, c'est {LAST}, {SPELL}, pas comme sur le courrier."),
    # telecom: box, line, codes, payment
    ("*", "Ma box ne marche plus depuis {DUR}, l'adresse IP affichée c'est {IP}."),
    ("*", "Sur l'interface de la box j'ai l'adresse {IP} qui s'affiche, c'est normal ?"),
    ("*", "Le technicien m'a demandé de vous donner l'adresse IPv6 de la box, c'est {IP6}."),
    ("*", "Bonjour, je voudrais résilier la ligne {PHONE}, je pars vivre à l'étranger."),
    ("*", "Mon identifiant pour l'espace client c'est mon mail, {EMAIL}, et le mot de passe c'est {PWD}, mais ça ne passe pas."),
    ("*", "Le code PIN de ma carte SIM c'est {PIN}, et maintenant il me demande le code PUK."),
    ("*", "J'ai reçu le code par SMS, c'est {OTP}."),
    ("*", "La clé Wi-Fi de la box c'est {WIFI}, je l'ai recopiée trois fois et ça ne se connecte pas."),
    ("*", "Prélevez la facture sur ma carte, le numéro c'est {CARD}."),
    ("*", "Je paye par carte : {CARD}, et le cryptogramme c'est {CVV}."),
    ("*", "Il y a un prélèvement de {PRICE} sur ma carte {CARD} que je ne reconnais pas du tout."),
    ("FR", "Mon forfait Sosh a augmenté de {PRICE_SMALL} sans prévenir, c'est pour la ligne {MOBILE}."),
    ("*", "Je me suis connecté depuis {IP} hier soir et mon compte a été bloqué."),
    ("*", "L'adresse IP de mon ordinateur c'est {IP}, le technicien m'a dit de vous la donner."),
    ("*", "Je veux garder mon numéro, le {PHONE}, en passant chez vous."),
    ("*", "Mon code d'accès à l'appli c'est {PIN}, il est bloqué depuis hier."),
    ("*", "J'ai oublié mon mot de passe, l'ancien c'était {PWD}, je peux le remettre ?"),
    ("*", "J'ai eu un appel d'un faux conseiller qui m'a demandé le code {OTP}, je lui ai donné, c'est grave ?"),
    ("*", "Le livreur de la box n'a pas trouvé, il faut sonner chez {NAME}, {ADDR}."),
    # Morocco
    ("MA", "Salam, je m'appelle {NAME}, j'appelle pour ma facture [Lydec|Redal|Amendis], le numéro de contrat c'est {CONTRACT}."),
    ("MA", "Mon numéro de CIN c'est {CIN}, et mon téléphone c'est le {PHONE}."),
    ("MA", "Pour la carte nationale c'est {CIN}, je l'ai renouvelée l'année dernière."),
    ("MA", "J'habite {ADDR_MA}, le technicien d'[inwi|Orange|Maroc Telecom] n'est jamais venu."),
    ("MA", "Wakha, je vous donne mon RIB : {RIB_MA}."),
    ("MA", "Mon IBAN c'est {IBAN_MA}, c'est un compte chez [Attijariwafa bank|la Banque Populaire|CIH Bank|Bank of Africa]."),
    ("MA", "Je vis en France, mais l'appartement assuré est à {ADDR_MA}."),
    ("MA", "Lah ykhlik, rappelez-moi au {PHONE2}, c'est le numéro de mon frère {FIRST2M}."),
    ("MA", "C'est {CIV} {LAST}, CIN {CIN}, {NE} le {DOB}, j'ai un souci avec mon abonnement [Maroc Telecom|inwi|Orange Maroc]."),
    ("MA", "Mon fils est en France, vous pouvez l'appeler au {PHONE_FR}, il s'appelle {FIRST2M}."),
    ("MA", "Choukran, mon e-mail c'est {EMAIL}, envoyez-moi la facture [Redal|Lydec] dessus."),
    ("MA", "La voiture est assurée chez [Wafa Assurance|RMA|AXA Assurance Maroc|Sanlam], le numéro de police c'est {POLICY}, et moi c'est {NAME}."),
    ("MA", "Safi, l'adresse c'est {ADDR_MA}, et le numéro c'est {PHONE}."),
    ("MA", "Ma CIN c'est {CIN}, mais sur le contrat vous avez mis une autre, c'est pour ça que la banque refuse."),
    ("MA", "{CIN}, c'est le numéro de ma carte d'identité."),
    ("MA", "Le virement de la prime doit partir de ce RIB-là, {RIB_MA}, c'est le compte de mon mari {NAME2M}."),
    # identity, contact details, corrections
    ("*", "{NAME}, {ADDR}."),
    ("*", "{MOBILE}, c'est mon portable, vous pouvez m'envoyer un SMS."),
    ("*", "{EMAIL}"),
    ("*", "Voilà : {IBAN}"),
    ("*", "C'est {CIV} {LAST}, je vous épelle : {SPELL}."),
    ("*", "Mon nom de famille c'est {LAST}, {SPELL}, et le prénom c'est {FIRST}."),
    ("*", "Bonjour, {CIV} {LAST} à l'appareil, je vous rappelle suite à votre message de ce matin."),
    ("*", "Mes coordonnées ont changé : le portable c'est {MOBILE} et le mail {EMAIL}."),
    ("*", "Vous pouvez noter mon fixe, {PHONE_FIX}, et mon portable, {MOBILE}."),
    ("*", "Je remplis le formulaire en ligne et il refuse ma date de naissance, {DOB}, alors que c'est la bonne."),
    ("*", "C'est pour un changement de titulaire, le nouveau titulaire c'est {NAME2}, {NE2} le {DOB2}."),
    ("*", "Ma fille {FIRST2F} a pris la ligne à son nom, son mail c'est {EMAIL2}."),
    ("*", "Le courrier m'est revenu, l'adresse c'est {ADDR} et pas celle que vous avez dans le dossier."),
    ("*", "Je me suis trompé{E} dans l'adresse mail, la bonne c'est {EMAIL}."),
    ("*", "Pour le parrainage, mon code... non attendez, c'est mon numéro client qu'il faut, {CLIENT}."),
    ("*", "Sorry, je parle pas très bien français, my name is {NAME} and my number is {PHONE}."),
    ("*", "Ok donc je check : le compte c'est bien {IBAN} ?"),
    ("*", "La facture est au nom de {NAME}, au {ADDR_NUM}, et je paye {PRICE} par mois."),
    ("*", "Mon numéro de carte bancaire a changé, le nouveau c'est {CARD}, vous voulez aussi la date d'expiration ?"),
    ("*", "Le prélèvement a été rejeté, pourtant le compte {IBAN} est approvisionné, j'ai vérifié avec ma conseillère."),
    ("*", "Ma mère, {NAME2FO}, habite {ADDR}, et elle n'a plus de chauffage depuis {DUR}."),
    ("*", "C'est quoi le délai pour la mise en service ? Je vous donne mes infos : {NAME}, {PHONE}, {EMAIL}."),
    ("*", "Oui c'est {CIV} {LAST}, vous m'entendez ? Je disais que mon numéro c'est le {PHONE}."),
    ("*", "Mon numéro client, je l'ai sur la facture, attendez... voilà, {CLIENT}."),
    ("*", "Je suis {CIV} {LAST}, mon numéro de contrat c'est {CONTRACT}, et le mail associé c'est {EMAIL}."),
    ("*", "Le logement c'est {ADDR}, et le locataire d'avant s'appelait {NAME2}, je crois."),
    ("*", "Mon adresse de facturation reste {ADDR}, c'est juste l'adresse de livraison qui change."),
    ("*", "Non, mon prénom c'est {FIRST}, pas comme sur le contrat, vous avez fait une faute."),
    ("*", "Je vous donne mon numéro : {PHONE}. Je répète : {PHONE}."),
    ("*", "Alors c'est pour un déménagement, en fait je pars du {ADDR_NUM} et je vais au {ADDR_NUM}."),
    ("FR", "Attendez, je cherche ma carte Vitale... voilà, c'est {NIR}."),
    ("*", "Donc mon nom c'est {NAME} et le numéro c'est {PHONE}."),
    ("*", "Ben en fait j'ai jamais reçu le mail sur {EMAIL}, du coup je sais pas quoi faire."),
    ("*", "Oui, la carte c'est {CARD}, voilà."),
    ("*", "Alors mon mot de passe, je crois que c'est {PWD}."),
    ("*", "C'est {NAME}, j'avais appelé la semaine dernière pour le compteur."),
    ("FR", "{NIR}, c'est mon numéro de sécurité sociale, il est sur l'attestation."),
    ("*", "{DOB}, c'est ma date de naissance, vous l'avez mal saisie."),
    ("*", "{NAME2}, c'est la personne à contacter en cas d'urgence, son numéro c'est le {PHONE2}."),
    ("*", "Pour vérifier que c'est bien moi, ma date de naissance c'est le {DOB} et mon adresse c'est {ADDR}."),
    ("FR", "Je vis [en Belgique maintenant, donc l'IBAN c'est {IBAN_BE}|en Espagne maintenant, donc l'IBAN c'est {IBAN_ES}|en Allemagne pour le travail, donc l'IBAN c'est {IBAN_DE}], ça pose un problème pour le prélèvement ?"),
    ("*", "My email is {EMAIL}, sorry, je vous le redis en français si vous voulez."),
    ("*", "Le password du compte, enfin le mot de passe, c'est {PWD}."),
    ("*", "Vous m'avez envoyé un code de confirmation, {OTP}, mais il a expiré."),
    ("*", "Le code de la porte, ça vous en avez pas besoin je pense. Mon adresse c'est {ADDR}."),
    ("*", "Ma fille habite avec moi, elle s'appelle {NAME2F}, c'est elle qui va signer le contrat."),
    ("*", "J'habite {ADDR} depuis {DUR}, et c'est la première fois qu'on me facture autant."),
    ("*", "Je suis {NE} le {DOB}, mon numéro client c'est {CLIENT}, et je voudrais parler à un responsable."),
    ("*", "Le compte à débiter c'est {IBAN}, et le titulaire c'est {NAME}, pas mon fils."),
]

NONE_TEMPLATES = [
    ("*", "Bonjour, je voudrais comprendre pourquoi ma mensualité est passée de {PRICE} à {PRICE}."),
    ("FR", "J'ai consommé {KWH} sur l'année, c'est normal pour un [deux|trois|quatre] pièces ?"),
    ("FR", "Le technicien Linky doit passer le {DATE} {WINDOW}, c'est bien ça ?"),
    ("FR", "Je suis chez Engie depuis {YEAR}, et j'aimerais comparer avec l'offre Tempo d'EDF."),
    ("FR", "Avec la loi Hamon, je peux résilier quand je veux au bout d'un an, non ?"),
    ("FR", "D'après l'article {ARTICLE}, je peux résilier à l'échéance, c'est ce qu'on m'a dit."),
    ("FR", "Mon forfait Free est à {PRICE_SUB}, chez Sosh ils me proposent {DATA} pour {PRICE_SUB}."),
    ("FR", "L'agence de {CITY} m'a dit de vous appeler, ils n'avaient pas la réponse."),
    ("*", "J'ai attendu {DUR_SHORT} au téléphone la dernière fois, c'est pas normal quand même."),
    ("FR", "Il y a une hausse de {PCT} sur le prix du kilowattheure, c'est ça ?"),
    ("FR", "La boutique Orange de {CITY}, elle est ouverte le lundi matin ?"),
    ("*", "D'après le courrier j'ai {NB} factures impayées, mais j'ai tout réglé en {MONTH}."),
    ("FR", "Le compteur Gazpar affiche {M3}, je vous le donne pour l'autorelève."),
    ("*", "Votre offre à {PRICE_SUB} TTC, le prix est garanti combien de temps ? {DUR} ?"),
    ("FR", "Je voudrais passer en heures creuses, {HC}, c'est possible avec mon compteur ?"),
    ("*", "La franchise c'est bien {PRICE_BIG} pour un dégât des eaux ?"),
    ("*", "Mon contrat se termine le {DATE}, je ne veux pas qu'il soit reconduit."),
    ("FR", "On est {NB} à la maison avec le chauffe-eau électrique, mais {KWH} par an ça me paraît énorme."),
    ("*", "Le remboursement de {PRICE} devait arriver sous {DUR}, et toujours rien."),
    ("FR", "Chez Bouygues on m'a proposé la Bbox à {PRICE_SUB} les {NB} premiers mois, vous faites mieux ?"),
    ("FR", "Je suis passé à la boutique SFR de {CITY}, ils m'ont dit que la fibre arrivait en {MONTH}."),
    ("*", "Le devis du plombier fait {PRICE_BIG}, l'assurance en prend combien là-dessus ?"),
    ("FR", "C'est l'article {ARTICLE} qui dit que vous devez me rembourser, non ?"),
    ("MA", "Salam, la facture [Lydec|Redal|Amendis] de ce mois-ci c'est {PRICE_MA}, d'habitude je paye {PRICE_MA}."),
    ("MA", "Le forfait Jawal à {PRICE_MA}, il donne combien de gigas ?"),
    ("MA", "L'agence Maroc Telecom de {CITY_MA} m'a dit d'appeler le service client."),
    ("MA", "Wakha, donc la coupure d'eau à {CITY_MA}, c'est jusqu'à {HOUR} ?"),
    ("*", "Je vous appelle au sujet de la coupure prévue le {DATE}, ça va durer combien de temps ? Plus de {DUR_SHORT} ?"),
    ("FR", "Le tarif réglementé a augmenté de {PCT} au premier février, c'est pour ça que ma facture a bougé ?"),
    ("*", "Ma résiliation a été faite le {DATE}, et j'ai encore été prélevé de {PRICE}."),
    ("*", "Je voudrais un échéancier, payer en {NB} fois, c'est possible ?"),
    ("*", "Le compteur est au sous-sol, il y en a {NB} dans le local, je sais pas lequel c'est le mien."),
    ("FR", "Volta Énergie m'a envoyé un courrier daté du {DATE_FULL} qui annonce {PCT} d'augmentation."),
    ("FR", "Sur l'appli Assuréa, c'est marqué que le dossier est en cours depuis {DUR}."),
    ("*", "Il me reste {NB} mois d'engagement chez [SFR|Orange|Bouygues|inwi], ça coûte combien de partir maintenant ?"),
    ("FR", "C'est pour la puissance du compteur, je suis en {KVA} et ça disjoncte tout le temps."),
    ("*", "La facture du {DATE_FULL} fait {PRICE}, alors que la précédente était à {PRICE}."),
    ("FR", "Est-ce que l'offre Tempo vaut le coup si je chauffe au bois l'hiver ?"),
    ("FR", "J'ai rendez-vous à l'agence de {CITY} le {DATE} à {HOUR}, je dois apporter quoi ?"),
    ("MA", "L'assurance Wafa, elle couvre le dégât des eaux si c'est le voisin du dessus ?"),
    ("*", "Je reçois des SMS de relance alors que je suis à jour, ça fait {NB} fois ce mois-ci."),
    ("FR", "Le Linky indique {INDEX} en heures pleines, c'est cohérent avec {KWH} facturés ?"),
    ("FR", "Engie ou EDF, c'est quoi le moins cher pour {KVA} en option heures creuses ?"),
    ("FR", "Mon déménagement c'est le {DATE}, je dois résilier combien de jours avant ? J'ai lu {DUR} quelque part."),
    ("MA", "Wakha, la Fibre inwi à {PRICE_MA} par mois, c'est sans engagement ?"),
    ("FR", "L'expert a estimé les dégâts à {PRICE_BIG}, avec une vétusté de {PCT}, c'est normal ?"),
]

SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")
ALT_RE = re.compile(r"\[([^\[\]]*)\]")


def template_slots(text):
    return SLOT_RE.findall(text)


for _c, _t in PII_TEMPLATES + NONE_TEMPLATES:
    for _s in template_slots(_t):
        assert _s in PII or _s in NONPII, _s
    assert not re.search(r"\d", SLOT_RE.sub("", _t).replace("IPv6", "")), _t
for _c, _t in NONE_TEMPLATES:
    assert not any(s in PII for s in template_slots(_t)), _t
for _c, _t in PII_TEMPLATES:
    assert any(s in PII for s in template_slots(_t)), _t


# --------------------------------------------------------------------------- assembly
DISCOURSE_MARKERS = ["ben", "bah", "du coup", "en fait", "alors", "bon", "voilà", "enfin"]
SPOKEN_OPENERS = ["allô ", "oui ", "alors ", "oui bonjour ", "euh ", "bonjour ", "ouais ", "allô oui "]


def speechify(s):
    s = s.replace("n°", "numéro ").replace("…", " ").replace("...", " ")
    s = re.sub(r"[,.;:!?«»()\"]", " ", s)
    s = s.lower()
    return re.sub(r"[ \t]+", " ", s)


def disfluent(raw, rng, before_value):
    """Hesitations in a carrier piece (applied before punctuation is dropped): discourse
    markers only after a clause boundary, "euh" anywhere, a short word now and then repeated."""
    words = raw.split(" ")
    last = max((j for j, w in enumerate(words) if w), default=-1)
    out = []
    for j, w in enumerate(words):
        out.append(w)
        if not w:
            continue
        r = rng.random()
        if w.endswith((",", ":", "...", "?")) and j != last:
            if r < 0.22:
                out.append(rng.choice(DISCOURSE_MARKERS))
        elif j == last and before_value:
            if r < 0.12:
                out.append("euh")
        elif r < 0.04:
            out.append("euh")
        elif r < 0.055 and len(w) <= 4 and w.isalpha():
            out.append(w)  # "je je", "le le"
    return " ".join(out)


def assemble(segs):
    text, spans = "", []
    for kind, s in segs:
        if kind == "T":
            s = re.sub(r"\s+", " ", s)
            if not text or text.endswith(" "):
                s = s.lstrip(" ")
            text += s
        else:
            assert s == s.strip() and s, repr(s)
            if text and not text.endswith((" ", "'", "’")):
                text += " "
            start = len(text)
            text += s
            spans.append({"type": kind, "start": start, "end": len(text), "value": s})
    text = text.rstrip()
    return text, spans


def assign_modes(slots, form, rng, carrier):
    idx = [i for i, s in enumerate(slots) if s in PII]
    if form == "none":
        return {}
    if form == "written":
        return {i: "w" for i in idx}
    if form == "spoken":
        return {i: "s" for i in idx}
    mixable = [i for i in idx if SLOT_TYPE[slots[i]] not in ("PERSON", "SECRET")]
    modes = {i: (rng.choice("ws") if i in mixable else carrier) for i in idx}
    if len(mixable) >= 2 and rng.random() < 0.45:
        a, b = rng.sample(mixable, 2)
        modes[a], modes[b] = "w", "s"
    else:
        modes[rng.choice(mixable)] = "x"
    return modes


def pick_country(tpl_country, slots, rng):
    if tpl_country != "*":
        return tpl_country
    if any(s in MA_ONLY_SLOTS for s in slots):
        return "MA"
    if "NIR" in slots:
        return "FR"
    return "MA" if rng.random() < 0.3 else "FR"


def render(tpl, form, rng):
    country_tag, raw = tpl
    text_t = ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), raw)
    parts = SLOT_RE.split(text_t)
    slots = parts[1::2]
    p2_gender = "F" if any(x in slots for x in ("NAME2F", "NAME2FO", "FIRST2F", "LAST2F")) else (
        "M" if any(x in slots for x in ("NAME2M", "NAME2MO", "FIRST2M")) else None)
    p2_older = any(x in slots for x in ("NAME2FO", "NAME2MO", "LAST2F"))
    ctx = Ctx(rng, pick_country(country_tag, slots, rng), p2_gender, p2_older)
    if form == "written":
        carrier = "w"
    elif form == "spoken":
        carrier = "s"
    elif form == "mixed":
        carrier = "s" if rng.random() < 0.6 else "w"
    else:
        carrier = "w" if rng.random() < 0.57 else "s"
    modes = assign_modes(slots, form, rng, carrier)
    sloppy = carrier == "w" and rng.random() < 0.1
    segs = []
    if carrier == "s" and rng.random() < 0.18:
        opener = rng.choice(SPOKEN_OPENERS)
        if not speechify(parts[0]).strip().startswith(opener.split()[0]):
            segs.append(("T", opener))
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if carrier == "s":
                p = speechify(disfluent(p, rng, before_value=i < len(parts) - 1))
            elif sloppy:
                if i == 0 and p[:1].isupper() and not p[:2].isupper():
                    p = p[0].lower() + p[1:]
                if i == len(parts) - 1 and p.endswith("."):
                    p = p[:-1]
            segs.append(("T", p))
        else:
            slot_i = i // 2
            if p in PII:
                m = modes[slot_i]
                if m == "x" and SLOT_TYPE[p] in ("PERSON", "SECRET"):
                    m = carrier
                for typ, val in PII[p](ctx, m):
                    segs.append((typ, val))
            else:
                segs.append(("T", NONPII[p](ctx, carrier)))
    text, spans = assemble(segs)
    # a value typed in a chat may legitimately start the message; otherwise no change of case
    return text, spans


def validate(rec):
    text = rec["text"]
    prev_end = -1
    for sp in rec["spans"]:
        assert sp["type"] in TYPES, sp
        assert text[sp["start"]:sp["end"]] == sp["value"], (text, sp)
        assert sp["value"] == sp["value"].strip() and sp["value"]
        assert sp["start"] >= prev_end, ("overlap", text, rec["spans"])
        prev_end = sp["end"]
    assert text == text.strip() and "  " not in text, repr(text)
    if rec["form"] == "none":
        assert not rec["spans"]
    else:
        assert rec["spans"]


def main():
    rng = R
    forms = [f for f, n in FORM_COUNTS.items() for _ in range(n)]
    rng.shuffle(forms)
    type_count = Counter({t: 0 for t in TYPES})
    tpl_uses = Counter()
    seen = set()
    records = []
    mixable_tpls = [t for t in PII_TEMPLATES
                    if any(SLOT_TYPE.get(s) not in (None, "PERSON", "SECRET") for s in template_slots(t[1]))]
    for form in forms:
        for _attempt in range(50):
            if form == "none":
                pool = NONE_TEMPLATES
            else:
                pool = mixable_tpls if form == "mixed" else PII_TEMPLATES
                if rng.random() < 0.5:
                    least = min(TYPES, key=lambda t: (type_count[t], TYPES.index(t)))
                    narrowed = [t for t in pool if least in {SLOT_TYPE.get(s) for s in template_slots(t[1])}]
                    pool = narrowed or pool
            weights = [1.0 / (1 + tpl_uses[t[1]]) for t in pool]
            tpl = rng.choices(pool, weights)[0]
            text, spans = render(tpl, form, rng)
            if text in seen:
                continue
            break
        else:
            raise RuntimeError("could not produce a new utterance")
        seen.add(text)
        tpl_uses[tpl[1]] += 1
        for sp in spans:
            type_count[sp["type"]] += 1
        rec = {"id": f"ho-{len(records) + 1:04d}", "text": text, "spans": spans, "form": form}
        validate(rec)
        records.append(rec)

    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    form_count = Counter(r["form"] for r in records)
    by_form_type = Counter((r["form"], sp["type"]) for r in records for sp in r["spans"])
    print(f"wrote {len(records)} utterances to {OUT}")
    print(f"carrier templates: {len(PII_TEMPLATES)} PII + {len(NONE_TEMPLATES)} no-PII = "
          f"{len(PII_TEMPLATES) + len(NONE_TEMPLATES)}; used: {len(tpl_uses)}")
    print("per form: " + ", ".join(f"{f}={form_count[f]}" for f in FORM_COUNTS))
    print(f"spans: {sum(type_count.values())}; utterances with 2+ spans: "
          f"{sum(1 for r in records if len(r['spans']) >= 2)}")
    print(f"{'type':<15}{'total':>6}{'written':>9}{'spoken':>8}{'mixed':>7}")
    for t in TYPES:
        print(f"{t:<15}{type_count[t]:>6}" + "".join(
            f"{by_form_type[(f, t)]:>{w}}" for f, w in (("written", 9), ("spoken", 8), ("mixed", 7))))


if __name__ == "__main__":
    main()

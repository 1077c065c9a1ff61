#!/usr/bin/env python3
"""Independent final test set for the French / Moroccan call-centre PII scrubber.

Writes fr_test.jsonl next to this file: about 500 utterances (written chat or careful transcript,
French speech-to-text, mixed, and utterances without personal data). Every span is recorded while
the text is assembled, never searched for. Standard library, Faker (fr_FR, seeded) and num2words.

    .venv/bin/python evals/pii/generate_fr_test.py
"""
from __future__ import annotations

import json
import re
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker
from num2words import num2words

SEED = 4242
R = random.Random(SEED)
FAKE = Faker("fr_FR")
FAKE.seed_instance(SEED)
OUT = Path(__file__).with_name("fr_test.jsonl")

N_WRITTEN, N_SPOKEN, N_MIXED, N_NONE = 200, 150, 50, 100

# --------------------------------------------------------------------------- words & numbers

DIG = "zéro un deux trois quatre cinq six sept huit neuf".split()
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
FILLERS = ["euh", "euh", "euh", "ben", "bah", "alors", "du coup", "voilà", "hein", "en fait", "enfin"]
VFILL = ["euh", "euh", "heu", "attendez", "euh attendez", "bah", "je regarde", "attendez je vérifie"]
FILLER_BEFORE = {"c'est", "je", "j'ai", "mon", "ma", "mes", "et", "pour", "parce", "vous", "il", "elle", "donc",
                 "alors", "le", "la", "sur", "depuis", "au"}
NO_FILLER_AFTER = {"le", "la", "les", "de", "du", "des", "à", "au", "un", "une", "mon", "ma", "mes", "en", "et", "sur",
                   "pour", "par", "c'est", "je", "euh", "alors"}
CORR = ["non", "non pardon", "euh non", "pardon", "non attendez", "non c'est"]


def nw(n: int) -> str:
    return num2words(n, lang="fr")


def say_num(g: str) -> str:
    """A digit string read as a number; leading zeros are read one by one."""
    z = len(g) - len(g.lstrip("0"))
    if z == len(g):
        return " ".join(["zéro"] * len(g))
    return " ".join(["zéro"] * z + [nw(int(g))])


def say_digits(g: str) -> str:
    return " ".join(DIG[int(c)] for c in g)


def chunks(s: str, k: int) -> list[str]:
    return [s[i:i + k] for i in range(0, len(s), k)]


def say_pairs(g: str) -> str:
    return " ".join(say_num(p) for p in chunks(g, 2))


def read(g: str, how: str) -> str:
    if how == "digits":
        return say_digits(g)
    if how == "pairs":
        return say_pairs(g)
    if how == "triples":
        return " ".join(say_num(p) for p in chunks(g, 3))
    return say_num(g)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def mutate_digits(g: str, r: random.Random) -> str:
    last = int(g[-1])
    new = (last + r.choice([1, 1, 2, 9])) % 10
    return g[:-1] + str(new)


def seq(r: random.Random, toks: list, st: str, hes: bool = False, corr: bool = False) -> str:
    """Speak a token list. Tokens: literal str; ("d", digits, how); ("a", written, spoken).
    st "s": everything spoken; st "m": each digit / alt token randomly written or spoken."""
    n = len(toks)
    var_idx = [i for i, t in enumerate(toks) if isinstance(t, tuple)]
    dig_idx = [i for i, t in enumerate(toks) if isinstance(t, tuple) and t[0] == "d"]
    asw = {i: False for i in var_idx}
    if st == "m":
        for i in var_idx:
            asw[i] = r.random() < 0.5
        if len(var_idx) >= 2:
            vals = [asw[i] for i in var_idx]
            if all(vals):
                asw[r.choice(var_idx)] = False
            if not any(vals):
                asw[r.choice(dig_idx or var_idx)] = True
        elif var_idx:
            asw[var_idx[0]] = True

    def rend(t, i):
        if isinstance(t, str):
            return t
        if t[0] == "d":
            return t[1] if asw[i] else read(t[1], t[2])
        return t[1] if asw[i] else t[2]

    ci = r.choice(dig_idx[1:]) if corr and len(dig_idx) > 1 else None
    hi = r.randrange(1, n) if hes and n > 1 else None
    out = []
    for i, t in enumerate(toks):
        if i == hi:
            out.append(r.choice(VFILL))
        if i == ci:
            out.append(rend(("d", mutate_digits(t[1], r), t[2]), i))
            out.append(r.choice(CORR))
        out.append(rend(t, i))
    return " ".join(out)


# --------------------------------------------------------------------------- people

MAGH_F = ["Fatima Zahra", "Khadija", "Salma", "Imane", "Nadia", "Samira", "Yasmine", "Zineb", "Hajar",
          "Latifa", "Meryem", "Nour", "Houda", "Soukaina", "Asmae", "Ghizlane", "Loubna", "Najat", "Siham",
          "Rim", "Lina", "Amal", "Aïcha", "Hanane", "Btissam", "Kenza", "Malika", "Sanae", "Wiam", "Chaïma"]
MAGH_M = ["Youssef", "Mohamed", "Amine", "Hamza", "Karim", "Rachid", "Mehdi", "Omar", "Ayoub", "Saïd",
          "Adam", "Ilyas", "Soufiane", "Abdelkader", "Driss", "Anas", "Othmane", "Khalid", "Hicham",
          "Mustapha", "Brahim", "Nabil", "Reda", "Zakaria", "Abdelilah", "Yassine", "Tarik", "Bilal", "Ismail"]
MAGH_L = ["Benali", "El Amrani", "Alaoui", "Bennani", "Tazi", "Cherkaoui", "El Idrissi", "Berrada",
          "Ouazzani", "Chraibi", "Lahlou", "Benjelloun", "Fassi Fihri", "Aït Ouahmane", "Boukhris", "Haddad",
          "Mansouri", "Ziani", "Belkacem", "Bouzid", "Amrani", "Saidi", "El Fassi", "Naciri", "Kettani",
          "Benkirane", "Sebti", "Hajji", "Ouali", "Rahmouni", "Zeroual", "Laaroussi", "Bakkali", "Moussaoui",
          "Belhaj", "Chafik", "Filali", "Essaadi", "Ait Taleb", "Bouchama"]

COMME = {"a": ["anatole", "alice", "andré"], "b": ["berthe", "bernard"], "c": ["célestin", "charles", "camille"],
         "d": ["désiré", "denis", "david"], "e": ["eugène", "émile"], "f": ["françois", "fatima"],
         "g": ["gaston", "georges"], "h": ["henri", "hélène"], "i": ["irma", "isabelle"],
         "j": ["joseph", "jean"], "k": ["kléber", "karim"], "l": ["louis", "léon"], "m": ["marcel", "marie"],
         "n": ["nicolas", "nadia"], "o": ["oscar", "olivier"], "p": ["pierre", "paul"], "q": ["quintal"],
         "r": ["raoul", "robert"], "s": ["suzanne", "simon", "samir"], "t": ["thérèse", "thomas"],
         "u": ["ursule"], "v": ["victor"], "w": ["william", "wagon"], "x": ["xavier"], "y": ["yvonne", "yasmine"],
         "z": ["zoé", "zorro"]}
ACC = {"é": "e accent aigu", "è": "e accent grave", "ê": "e accent circonflexe", "ë": "e tréma",
       "à": "a accent grave", "â": "a accent circonflexe", "ï": "i tréma", "î": "i accent circonflexe",
       "ô": "o accent circonflexe", "ç": "c cédille", "ü": "u tréma", "û": "u accent circonflexe"}


class Person:
    def __init__(self, first: str, last: str, g: str, origin: str):
        self.first, self.last, self.g, self.origin = first, last, g, origin

    def title(self) -> str:
        return "madame" if self.g == "f" else "monsieur"

    def ne(self) -> str:
        return "née" if self.g == "f" else "né"


def gen_person(r: random.Random, origin: str | None = None, g: str | None = None,
               spellable: bool = False) -> Person:
    while True:
        o = origin or ("ma" if r.random() < 0.42 else "fr")
        gg = g or r.choice("fm")
        if o == "ma":
            first = r.choice(MAGH_F if gg == "f" else MAGH_M)
            last = r.choice(MAGH_L)
        else:
            first = FAKE.first_name_female() if gg == "f" else FAKE.first_name_male()
            last = FAKE.last_name()
        if not spellable or (re.fullmatch(r"[A-Za-zÀ-ÿ]+", last) and 4 <= len(last) <= 10):
            return Person(first, last, gg, o)


def name_text(s: str, st: str) -> str:
    return s if st == "w" else s.lower()


def full_name(p: Person, st: str, r: random.Random) -> str:
    if st == "w" and r.random() < 0.15:
        return f"{p.last.upper()} {p.first}"
    if st != "w" and r.random() < 0.1:
        return f"{p.last} {p.first}".lower()
    return name_text(f"{p.first} {p.last}", st)


def spell(word: str, st: str, r: random.Random, comme: bool) -> str:
    w = word.lower()
    n_comme = len(w) if r.random() < 0.5 else r.randint(1, 3)
    toks, i = [], 0
    while i < len(w):
        c = w[i]
        double = st != "w" and i + 1 < len(w) and w[i + 1] == c and r.random() < 0.7
        base = fold(c) or c
        if c in ACC:
            tok = ACC[c] if st != "w" else c.upper()
        elif comme and i < n_comme:
            tok = f"{c} comme {r.choice(COMME[base])}"
            if st == "w":
                tok = tok[0].upper() + tok[1:].split(" comme ")[0][1:] + " comme " + tok.split(" comme ")[1].capitalize()
        else:
            tok = c if st != "w" else c.upper()
        if double:
            tok = "deux " + tok
            i += 1
        toks.append(tok)
        i += 1
    if st == "w":
        return ", ".join(toks) if comme else "-".join(toks)
    return " ".join(toks)


def spelled_name(p: Person, st: str, r: random.Random, comme: bool, with_name: bool = True) -> str:
    sp = spell(p.last, st, r, comme)
    if not with_name:
        return sp
    if st == "w":
        return f"{p.last}, {sp}"
    return f"{p.last.lower()} {sp}"


# --------------------------------------------------------------------------- phones

def gen_phone(r: random.Random, kind: str | None = None) -> dict:
    kind = kind or r.choices(["fr_mob", "fr_fix", "ma_mob", "ma_fix"], [50, 18, 25, 7])[0]
    rd = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if kind == "fr_mob":
        nat = "06" + rd(8) if r.random() < 0.65 else "07" + str(r.randint(3, 8)) + rd(7)
    elif kind == "fr_fix":
        nat = "0" + r.choice("123459") + str(r.randint(1, 9)) + rd(7)
    elif kind == "ma_mob":
        nat = r.choice(["06", "07"]) + r.choice(["61", "62", "66", "67", "68", "70", "71", "76", "00", "10"]) + rd(6)
    else:
        nat = "05" + r.choice(["22", "37", "24", "35", "39", "28"]) + rd(6)
    return {"kind": kind, "nat": nat}


def phone_render(ph: dict, st: str, r: random.Random, hes=False, corr=False) -> str:
    nat = ph["nat"]
    sub = nat[1:]
    fr = ph["kind"].startswith("fr")
    pr = lambda s: chunks(s, 2)
    if st == "w":
        if corr:
            g = pr(nat)
            i = r.randrange(2, 5)
            return " ".join(g[:i] + [mutate_digits(g[i], r)]) + "… non, " + " ".join(g[i:])
        if fr:
            fmts = [" ".join(pr(nat)), ".".join(pr(nat)), "-".join(pr(nat)), nat,
                    "+33 " + sub[0] + " " + " ".join(pr(sub[1:])), "+33" + sub,
                    "0033 " + sub[0] + " " + " ".join(pr(sub[1:])), "+33 (0)" + sub[0] + " " + " ".join(pr(sub[1:])),
                    "+33 " + sub[0] + "." + ".".join(pr(sub[1:])), "0033" + sub]
            wts = [30, 9, 5, 9, 12, 6, 5, 3, 3, 2]
        else:
            fmts = [" ".join(pr(nat)), nat[:4] + "-" + nat[4:], nat[:4] + " " + " ".join(pr(nat[4:])), nat,
                    "+212 " + sub[0] + " " + " ".join(pr(sub[1:])), "+212" + sub,
                    "00212 " + sub[:3] + " " + sub[3:6] + " " + sub[6:], "+212 " + sub[:3] + "-" + sub[3:],
                    "(+212) " + sub[:3] + " " + sub[3:6] + " " + sub[6:], ".".join(pr(nat))]
            wts = [22, 10, 8, 8, 14, 8, 7, 6, 4, 3]
        return r.choices(fmts, wts)[0]
    if fr:
        opt = r.choices(["pairs", "digits", "intl"], [62, 16, 22])[0]
        if opt == "pairs":
            toks = [("d", p, "num") for p in pr(nat)]
        elif opt == "digits":
            toks = [("d", c, "num") for c in nat]
        else:
            toks = [("a", "+33", "plus trente-trois"), ("d", sub[0], "num")] + [("d", p, "num") for p in pr(sub[1:])]
    else:
        opt = r.choices(["pairs", "intl3", "z3", "digits", "00"], [40, 22, 15, 10, 13])[0]
        if opt == "pairs":
            toks = [("d", p, "num") for p in pr(nat)]
        elif opt == "intl3":
            toks = [("a", "+212", "plus deux cent douze")] + [("d", g, "num") for g in (sub[:3], sub[3:6], sub[6:])]
        elif opt == "z3":
            toks = [("d", "0", "num")] + [("d", g, "num") for g in (nat[1:4], nat[4:7], nat[7:])]
        elif opt == "digits":
            toks = [("d", c, "num") for c in nat]
        else:
            toks = [("a", "00212", "zéro zéro deux cent douze"), ("d", sub[0], "num")] + \
                   [("d", p, "num") for p in pr(sub[1:])]
    return seq(r, toks, st, hes, corr)


# --------------------------------------------------------------------------- e-mail

FR_DOMAINS = [("gmail.com", 25), ("orange.fr", 12), ("wanadoo.fr", 6), ("free.fr", 8), ("sfr.fr", 5),
              ("laposte.net", 6), ("hotmail.fr", 10), ("yahoo.fr", 6), ("outlook.fr", 5), ("bbox.fr", 3),
              ("icloud.com", 3), ("neuf.fr", 2), ("live.fr", 2)]
MA_DOMAINS = [("gmail.com", 30), ("hotmail.com", 12), ("yahoo.fr", 10), ("menara.ma", 10), ("hotmail.fr", 8),
              ("outlook.com", 5), ("iam.ma", 3), ("yahoo.com", 4)]
SEP_SPOKEN = {".": ["point"], "-": ["tiret"], "_": ["tiret du bas", "underscore", "tiret bas"]}


def gen_email(r: random.Random, p: Person) -> dict:
    f = fold(p.first.split()[0]) if r.random() < 0.7 else fold(p.first)
    last = fold(p.last)
    yr = str(r.randint(1950, 2004))
    dd = f"{r.randint(1, 99):02d}"
    pats = [
        [("w", f), ("s", "."), ("w", last)],
        [("w", f), ("s", "."), ("w", last)],
        [("i", f[0]), ("w", last)],
        [("w", f), ("s", "_"), ("w", last)],
        [("w", f), ("s", "-"), ("w", last)],
        [("w", last), ("s", "."), ("w", f), ("d", dd)],
        [("w", f), ("s", "."), ("w", last), ("d", yr)],
        [("i", f[0]), ("s", "."), ("w", last)],
        [("w", f), ("w", last[:1]), ("d", dd)],
        [("w", last), ("d", yr[2:])],
        [("w", f), ("s", "."), ("w", last), ("d", dd)],
    ]
    loc = r.choice(pats)
    doms = MA_DOMAINS if p.origin == "ma" else FR_DOMAINS
    dom = r.choices([d for d, _ in doms], [w for _, w in doms])[0]
    return {"local": loc, "domain": dom}


def email_render(e: dict, st: str, r: random.Random, hes=False, corr=False, spell_word=False) -> str:
    local_w = "".join(t for _, t in e["local"])
    if st == "w":
        s = f"{local_w}@{e['domain']}"
        if r.random() < 0.08:
            s = s[0].upper() + s[1:]
        return s

    def sp_local():
        out = []
        spelled_done = False
        for k, t in e["local"]:
            if k == "w":
                if spell_word and not spelled_done and len(t) >= 4:
                    out.append(" ".join(t))
                    spelled_done = True
                else:
                    out.append(t)
            elif k == "i":
                out.append(t)
            elif k == "s":
                out.append(r.choice(SEP_SPOKEN[t]))
            else:
                if len(t) == 4:
                    out.append(r.choice([say_num(t), say_pairs(t), say_digits(t)]))
                else:
                    out.append(r.choice([say_num(t), say_num(t), say_digits(t)]))
        return " ".join(out)

    def sp_domain(dom):
        name, tld = dom.rsplit(".", 1)
        if name == "laposte" and r.random() < 0.4:
            name = "la poste"
        tld_s = {"fr": r.choice(["fr", "fr", "f r"]), "ma": r.choice(["ma", "m a"])}.get(tld, tld)
        return f"{name} point {tld_s}"

    if st == "s":
        loc = sp_local()
        at = r.choice(["arobase", "arobase", "arobase", "at"])
        dom = sp_domain(e["domain"])
        if corr:
            pool = [d for d, _ in FR_DOMAINS + MA_DOMAINS if d.split(".")[0] != e["domain"].split(".")[0]]
            wrong = r.choice(pool).split(".")[0]
            dom = f"{wrong} {r.choice(CORR)} {dom}"
        mid = f" {r.choice(VFILL)} " if hes else " "
        return f"{loc}{mid}{at} {dom}"
    # mixed: one half written with symbols, the other spoken
    if r.random() < 0.5:
        return f"{local_w} arobase {sp_domain(e['domain'])}"
    return f"{sp_local()} @{e['domain']}" if r.random() < 0.3 else f"{sp_local()} arobase {e['domain']}"


# --------------------------------------------------------------------------- addresses

FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("75015", "Paris"), ("69003", "Lyon"), ("69100", "Villeurbanne"),
             ("13008", "Marseille"), ("13001", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
             ("59000", "Lille"), ("59100", "Roubaix"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("06000", "Nice"),
             ("34000", "Montpellier"), ("35000", "Rennes"), ("76000", "Rouen"), ("21000", "Dijon"), ("37000", "Tours"),
             ("63000", "Clermont-Ferrand"), ("93200", "Saint-Denis"), ("92100", "Boulogne-Billancourt"),
             ("94000", "Créteil"), ("38000", "Grenoble"), ("51100", "Reims"), ("29200", "Brest"), ("20000", "Ajaccio"),
             ("57000", "Metz"), ("87000", "Limoges"), ("64100", "Bayonne"), ("84000", "Avignon"),
             ("95100", "Argenteuil"), ("78000", "Versailles"), ("42000", "Saint-Étienne"), ("49000", "Angers"),
             ("72000", "Le Mans"), ("80000", "Amiens"), ("45000", "Orléans"), ("68100", "Mulhouse"), ("83000", "Toulon"),
             ("30000", "Nîmes"), ("66000", "Perpignan"), ("25000", "Besançon"), ("14000", "Caen"),
             ("93100", "Montreuil"), ("01000", "Bourg-en-Bresse"), ("74000", "Annecy"), ("97400", "Saint-Denis")]
FR_STREETS = ["des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle", "Pasteur",
              "des Écoles", "de la Gare", "du Moulin", "Gambetta", "des Acacias", "Émile Zola", "de Verdun",
              "de la Liberté", "des Roses", "Voltaire", "Jean Moulin", "de Paris", "du Château", "des Peupliers",
              "Saint-Exupéry", "de la Paix", "Anatole France", "du Stade", "des Tanneurs", "du Docteur Roux",
              "Paul Vaillant-Couturier", "Sadi Carnot", "Lamartine", "Aristide Briand", "des Mimosas",
              "de la Croix-Rousse", "des Vignes", "Denfert-Rochereau"]
FR_STREETS_NUM = [("du 8 Mai 1945", "du huit mai mille neuf cent quarante-cinq"), ("du 11 Novembre", "du onze novembre"),
                  ("du 14 Juillet", "du quatorze juillet"),
                  ("du 19 Mars 1962", "du dix-neuf mars mille neuf cent soixante-deux")]
STYPES = [("rue", 45), ("avenue", 14), ("boulevard", 9), ("allée", 6), ("impasse", 5), ("chemin", 5), ("place", 4),
          ("route", 4), ("quai", 3), ("cours", 2), ("square", 2), ("passage", 1)]
RESID_FR = ["Les Tilleuls", "Le Clos des Vignes", "Les Jardins de Provence", "Le Parc", "Les Terrasses du Lac",
            "Beau Site", "Le Belvédère", "Les Érables", "Val Fleuri", "Les Hauts de Bellevue"]
MA_CITIES = [("20250", "Casablanca"), ("20100", "Casablanca"), ("20000", "Casablanca"), ("10090", "Rabat"),
             ("10100", "Rabat"), ("40000", "Marrakech"), ("30000", "Fès"), ("90000", "Tanger"), ("80000", "Agadir"),
             ("50000", "Meknès"), ("60000", "Oujda"), ("14000", "Kénitra"), ("93000", "Tétouan"), ("11000", "Salé")]
MA_STREETS = [("boulevard Mohammed V", "boulevard mohammed cinq"), ("avenue Hassan II", "avenue hassan deux"),
              ("boulevard Zerktouni", None), ("rue Ibn Batouta", None), ("avenue des FAR", "avenue des far"),
              ("boulevard d'Anfa", None), ("rue Allal Ben Abdellah", None), ("avenue Mohammed VI", "avenue mohammed six"),
              ("rue Moulay Youssef", None), ("boulevard Abdelmoumen", None), ("avenue Al Massira", None),
              ("rue de Fès", None), ("boulevard Ghandi", None)]
MA_QUART = ["Maârif", "Hay Riad", "Agdal", "Gauthier", "Hay Mohammadi", "Sidi Maârouf", "Guéliz", "Hay Hassani",
            "Bourgogne", "Hay Salam", "Aïn Sebaâ", "Souissi", "Hay Nahda", "Tabriquet"]
MA_RESID = ["Al Amal", "Al Manar", "Les Jardins d'Anfa", "Yasmine", "Al Boustane", "Riad Salam", "Nour", "Al Fath"]
MA_LOTIS = ["Al Wifaq", "Al Wahda", "Annasr", "Al Qods", "Al Azhar", "Essalam"]


def pc_spoken(pc: str, r: random.Random) -> str:
    how = r.choice(["split", "split", "num", "digits"])
    if how == "split":
        return f"{say_num(pc[:2])} {say_num(pc[2:])}"
    return read(pc, how)


def gen_addr(r: random.Random, country: str = "fr", compl: bool | None = None, city: bool = True) -> dict:
    a = {"country": country, "pre": [], "street": None, "quarter": None, "city": None}
    if country == "fr":
        if compl is None:
            compl = r.random() < 0.3
        if compl:
            opts = []
            if r.random() < 0.7:
                k = r.randint(1, 12)
                opts.append([("t", "appartement"), ("n", r.randint(1, 85))] if r.random() < 0.8
                            else [("a", f"{k}e étage" if k > 1 else "1er étage",
                                   num2words(k, lang='fr', to='ordinal') + " étage")])
            if r.random() < 0.6:
                opts.append([("t", "bâtiment"), ("t", r.choice("ABCDEFG"))] if r.random() < 0.7
                            else [("t", "escalier"), ("n", r.randint(1, 6))])
            if r.random() < 0.7 or not opts:
                opts.append([("t", "résidence " + r.choice(RESID_FR))])
            if r.random() < 0.5:
                opts.reverse()
            a["pre"] = opts
        st_atoms = [("n", r.choice([r.randint(1, 30), r.randint(1, 160), r.randint(1, 9)]))]
        suf = r.choices(["", "bis", "ter"], [78, 15, 7])[0]
        if suf:
            st_atoms.append(("t", suf))
        stype = r.choices([s for s, _ in STYPES], [w for _, w in STYPES])[0]
        x = r.random()
        if x < 0.1:
            w, s = r.choice(FR_STREETS_NUM)
            st_atoms += [("t", stype), ("a", w, s)]
        elif x < 0.3:
            st_atoms += [("t", re.sub(r"\bde ([AEIOUÉÈ])", r"d'\1", FAKE.street_name()))]
        else:
            st_atoms += [("t", stype + " " + r.choice(FR_STREETS))]
        a["street"] = st_atoms
        if city:
            pc, c = r.choice(FR_CITIES)
            a["city"] = [("pc", pc), ("t", c)] if r.random() < 0.85 else [("t", "à"), ("t", c)]
    else:
        kind = r.choice(["resid", "resid", "lot", "num", "villa", "plain"])
        street_n, street_s = r.choice(MA_STREETS)
        street = [("a", street_n, street_s)] if street_s else [("t", street_n)]
        if kind == "resid":
            pre = [[("t", "appartement"), ("n", r.randint(1, 40))]]
            if r.random() < 0.6:
                pre.append([("t", "immeuble"), ("n", r.randint(1, 60))])
            else:
                k = r.randint(1, 9)
                pre.append([("a", f"{k}e étage" if k > 1 else "1er étage",
                             num2words(k, lang='fr', to='ordinal') + " étage")])
            pre.append([("t", "résidence " + r.choice(MA_RESID))])
            a["pre"], a["street"] = pre, street
        elif kind == "lot":
            a["pre"] = [[("t", "lot"), ("n", r.randint(1, 400))]]
            a["street"] = [("t", "lotissement " + r.choice(MA_LOTIS))]
        elif kind == "num":
            a["pre"] = [[("a", "N°", "numéro"), ("n", r.randint(1, 120))]]
            a["street"] = [("t", "rue"), ("n", r.randint(1, 40))]
        elif kind == "villa":
            a["pre"] = [[("t", "villa"), ("n", r.randint(1, 90))]]
            a["street"] = street
        else:
            a["street"] = [("n", r.randint(1, 250))] + street
        if r.random() < 0.6 or kind in ("lot", "num"):
            a["quarter"] = [("t", r.choice(MA_QUART))]
        if city:
            pc, c = r.choice(MA_CITIES)
            a["city"] = [("pc", pc), ("t", c)] if r.random() < 0.6 else [("t", c)]
    return a


def _atom(at, st: str, r: random.Random) -> str:
    k = at[0]
    if k == "t":
        return at[1] if st == "w" else at[1].lower()
    written = st == "w" or (st == "m" and r.random() < 0.5)
    if k == "n":
        return str(at[1]) if written else nw(at[1])
    if k == "pc":
        return at[1] if written else pc_spoken(at[1], r)
    if k == "a":
        return at[1] if written else at[2]
    if k == "corr":
        if st == "w":
            return f"{_atom(at[1], st, r)}… non, {_atom(at[2], st, r)}"
        return f"{_atom(at[1], st, r)} {r.choice(CORR)} {_atom(at[2], st, r)}"
    raise ValueError(at)


def _chunk(atoms, st, r) -> str:
    return " ".join(_atom(a, st, r) for a in atoms)


def addr_render(a: dict, st: str, r: random.Random, corr=False, cap=False, part: str | None = None) -> str:
    street = list(a["street"])
    if corr and street[0][0] == "n":
        k = street[0][1]
        wrong = k + r.choice([-1, 1, 10, 2]) if k > 2 else k + 1
        street[0] = ("corr", ("n", wrong), street[0])
    if part == "city":
        chs = [a["city"]]
    elif part == "street":
        chs = [street]
    else:
        chs = list(a["pre"]) + [street] + ([a["quarter"]] if a["quarter"] else []) + ([a["city"]] if a["city"] else [])
    texts = [_chunk(c, st, r) for c in chs]
    if st == "w":
        out = texts[0]
        for c, t in zip(chs[1:], texts[1:]):
            if c is a["city"] and (c[0] == ("t", "à") or r.random() < 0.3):
                out += " " + t
            else:
                out += ", " + t
    else:
        out = " ".join(texts)
    if cap:
        out = out[0].upper() + out[1:]
    return out


# --------------------------------------------------------------------------- dates of birth

def gen_dob(r: random.Random, lo: int = 1942, hi: int = 2004) -> tuple:
    return (r.randint(1, 28), r.randint(1, 12), r.randint(lo, hi))


def year_spoken(y: int, r: random.Random, short_ok=True) -> str:
    opts = [nw(y)]
    if 1901 <= y <= 1999 and y % 100:
        opts.append("dix-neuf cent " + nw(y % 100))
        if short_ok:
            opts += [nw(y % 100), nw(y % 100)]
    return r.choice(opts)


def dob_render(dob: tuple, st: str, r: random.Random, year_only=False, corr=False) -> str:
    d, m, y = dob
    month = MONTHS[m - 1]
    if year_only:
        if st == "w" or (st == "m" and r.random() < 0.6):
            return str(y)
        return year_spoken(y, r)
    dw = "1er" if d == 1 else str(d)
    ds = "premier" if d == 1 else nw(d)
    if st == "w":
        fmts = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{dw} {month} {y}",
                f"{dw} {month} {y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y % 100:02d}"]
        s = r.choice(fmts)
        if corr:
            wrong = d + 1 if d < 28 else d - 1
            s = f"{wrong}… non, {s}"
        return s
    if st == "s":
        fmts = [f"{ds} {month} {year_spoken(y, r)}", f"{ds} {month} {year_spoken(y, r)}",
                f"{nw(d)} {say_num(f'{m:02d}')} {year_spoken(y, r)}", f"{ds} {month} {nw(y)}"]
        s = r.choice(fmts)
        if corr:
            wrong = d + 1 if d < 28 else d - 1
            s = f"{nw(wrong)} {r.choice(CORR)} {s}"
        return s
    fmts = [f"{dw} {month} {year_spoken(y, r)}", f"{ds} {month} {y}", f"{d:02d}/{m:02d} {year_spoken(y, r, False)}",
            f"{d} {month} {y % 100:02d}"]
    s = r.choice(fmts)
    if not re.search(r"[a-zé]", s.replace(month, "")) and not re.search(r"\d", s):
        pass
    if corr:
        s = f"{nw(d + 1 if d < 28 else d - 1)} {r.choice(CORR)} {s}"
    return s


# --------------------------------------------------------------------------- NIR

DEPTS = ["75", "69", "13", "59", "33", "31", "44", "67", "06", "34", "35", "93", "92", "94", "91", "95", "78", "77",
         "38", "76", "62", "57", "54", "2A", "2B", "01", "21", "25", "29", "37", "45", "49", "51", "63", "64", "66",
         "68", "72", "74", "80", "83", "84", "86", "87", "2A", "2B"]


def nir_key(body13: str) -> str:
    n = int(body13.replace("2A", "19").replace("2B", "18"))
    return f"{97 - n % 97:02d}"


def gen_nir(r: random.Random, p: Person | None = None, foreign: bool = False) -> list[str]:
    sex = ("2" if p.g == "f" else "1") if p else r.choice("12")
    yy = f"{r.randint(42, 104) % 100:02d}"
    mm = f"{r.randint(1, 12):02d}"
    if foreign:
        dept, com = "99", r.choice(["350", "350", "350", "351", "352"])
    else:
        dept, com = r.choice(DEPTS), f"{r.randint(1, 450):03d}"
    order = f"{r.randint(1, 999):03d}"
    parts = [sex, yy, mm, dept, com, order]
    return parts + [nir_key("".join(parts))]


def nir_render(parts: list[str], st: str, r: random.Random, hes=False) -> str:
    if st == "w":
        fmts = [" ".join(parts), " ".join(parts), "".join(parts), "".join(parts[:-1]) + " " + parts[-1],
                " ".join(parts[:-1]) + " - " + parts[-1], ".".join(parts[:-1]) + " " + parts[-1]]
        return r.choice(fmts)
    how = r.choices(["num", "digits"], [80, 20])[0]
    toks = []
    for i, g in enumerate(parts):
        if i == 6 and r.random() < 0.3:
            toks.append("clé")
        if g in ("2A", "2B"):
            toks.append(("a", g, "deux " + g[1].lower()))
        elif how == "digits" and i < 6:
            toks += [("d", c, "num") for c in g]
        else:
            toks.append(("d", g, "num"))
    return seq(r, toks, st, hes)


# --------------------------------------------------------------------------- cards

def luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def gen_card(r: random.Random, brand: str | None = None) -> dict:
    brand = brand or r.choices(["visa", "mc", "amex", "cb"], [35, 30, 12, 23])[0]
    if brand == "visa":
        pre, ln = "4" + str(r.randint(0, 9)), 16
    elif brand == "mc":
        pre, ln = (r.choice(["51", "52", "53", "54", "55"]) if r.random() < 0.75 else str(r.randint(2221, 2720))), 16
    elif brand == "amex":
        pre, ln = r.choice(["34", "37"]), 15
    else:
        pre, ln = r.choice(["4970", "4973", "4974", "4975", "4978", "5132"]), 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - 1 - len(pre)))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return {"brand": brand, "num": num}


CARD_NAMES = {"visa": ["Visa", "carte Visa"], "mc": ["Mastercard", "carte Mastercard"],
              "amex": ["American Express", "Amex"], "cb": ["carte bleue", "CB"]}


def card_render(c: dict, st: str, r: random.Random, hes=False, corr=False) -> str:
    n = c["num"]
    groups = [n[:4], n[4:10], n[10:]] if c["brand"] == "amex" else chunks(n, 4)
    if st == "w":
        return r.choices([" ".join(groups), "".join(groups), "-".join(groups), " ".join(chunks(n, 4))],
                         [60, 20, 10, 10 if c["brand"] == "amex" else 0])[0]
    if st == "m":
        return seq(r, [("d", g, "pairs") for g in groups], st, hes, corr)
    how = r.choices(["pairs", "num", "digits"], [55, 20 if c["brand"] != "amex" else 0, 25])[0]
    if how == "digits":
        toks = [("d", ch, "num") for ch in n]
    elif how == "pairs":
        toks = [("d", p, "num") for g in groups for p in chunks(g, 2)]
    else:
        toks = [("d", g, "num") for g in groups]
    return seq(r, toks, st, hes, corr)


# --------------------------------------------------------------------------- IBAN

def _alnum_to_int(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_from(cc: str, bban: str) -> str:
    chk = 98 - _alnum_to_int(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    return _alnum_to_int(iban[4:] + iban[:4]) % 97 == 1


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def es_dc(digits: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def gen_iban(r: random.Random, cc: str | None = None) -> str:
    cc = cc or r.choices(["FR", "MA", "BE", "ES", "DE", "IT", "CH"], [50, 22, 6, 6, 6, 5, 5])[0]
    rd = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if cc == "FR":
        bank = r.choice(["30004", "30003", "20041", "10278", "11315", "18206", "30002", "14505", "10107", "16606"])
        gui, acc = rd(5), rd(11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
        bban = f"{bank}{gui}{acc}{key:02d}"
    elif cc == "MA":
        body = r.choice(["007", "011", "145", "190", "230", "013", "022", "021"]) + \
               r.choice(["780", "810", "640", "450", "010", "360", "225"]) + rd(16)
        key = 97 - (int(body) * 100) % 97
        bban = f"{body}{key:02d}"
    elif cc == "BE":
        b = rd(10)
        c = int(b) % 97 or 97
        bban = f"{b}{c:02d}"
    elif cc == "ES":
        bank, br, acc = r.choice(["2100", "0049", "0182", "2038", "0081"]), rd(4), rd(10)
        bban = bank + br + es_dc("00" + bank + br) + es_dc(acc) + acc
    elif cc == "DE":
        bban = r.choice(["37040044", "10070000", "50010517", "20041133"]) + rd(10)
    elif cc == "IT":
        rest = r.choice(["03069", "02008", "05034", "01030"]) + rd(5) + rd(12)
        bban = it_cin(rest) + rest
    else:
        bban = r.choice(["00762", "00230", "08390"]) + rd(12)
    iban = iban_from(cc, bban)
    assert iban_ok(iban), iban
    return iban


SPELL_LETTER = {c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def iban_render(iban: str, st: str, r: random.Random, hes=False, corr=False) -> str:
    if st == "w":
        grouped = " ".join(chunks(iban, 4))
        return r.choices([grouped, iban, iban.lower(), grouped.lower()], [62, 22, 8, 8])[0]
    how = r.choices(["pairs", "digits", "num"], [50, 25, 25])[0]
    toks = [("a", iban[:2], f"{iban[0].lower()} {iban[1].lower()}"), ("d", iban[2:4], "num")]
    for g in chunks(iban[4:], 4):
        for part in re.findall(r"[A-Z]+|\d+", g):
            if part.isalpha():
                toks.append(("a", part, " ".join(part.lower())))
            else:
                toks.append(("d", part, how if len(part) > 1 else "num"))
    return seq(r, toks, st, hes, corr)


# --------------------------------------------------------------------------- Moroccan CIN

CIN_PRE = ["A", "B", "BE", "BH", "BJ", "BK", "BB", "C", "CD", "D", "DA", "E", "EE", "F", "FA", "G", "GA", "H", "HA",
           "I", "IA", "J", "JA", "JB", "JC", "JE", "JH", "K", "L", "LA", "LB", "M", "N", "P", "PA", "Q", "R", "S",
           "SH", "T", "TA", "U", "UA", "V", "W", "WA", "X", "Y", "Z", "ZT"]


def gen_cin(r: random.Random) -> tuple[str, str]:
    pre = r.choice(CIN_PRE)
    k = 6 if (len(pre) == 1 or r.random() < 0.75) else 5
    return pre, "".join(str(r.randint(0, 9)) for _ in range(k))


def cin_render(c: tuple, st: str, r: random.Random, hes=False) -> str:
    pre, dg = c
    if st == "w":
        return r.choices([pre + dg, f"{pre} {dg}", (pre + dg).lower(), f"{pre}-{dg}"], [55, 28, 9, 8])[0]
    if r.random() < 0.2 and st == "s":
        letters = " ".join(f"{ch.lower()} comme {r.choice(COMME[ch.lower()])}" for ch in pre)
    else:
        letters = " ".join(pre.lower())
    how = r.choice(["digits", "pairs", "triples", "num"])
    if st == "m":
        lt = ("a", pre.lower() if r.random() < 0.5 else pre, letters)
        return seq(r, [lt] + [("d", g, "num") for g in (chunks(dg, 2) if how != "triples" else chunks(dg, 3))], st, hes)
    toks = [letters]
    if how == "digits":
        toks += [("d", ch, "num") for ch in dg]
    elif how == "pairs":
        toks += [("d", g, "num") for g in chunks(dg, 2)]
    elif how == "triples":
        toks += [("d", g, "num") for g in chunks(dg, 3)]
    else:
        toks.append(("d", dg, "num"))
    return seq(r, toks, st, hes)


# --------------------------------------------------------------------------- customer / contract numbers

def _rd(r, k, nz=False):
    s = "".join(str(r.randint(0, 9)) for _ in range(k))
    return (str(r.randint(1, 9)) + s[1:]) if nz else s


CID_SHAPES = {
    "client": [lambda r: "VE" + _rd(r, 10), lambda r: f"VE {_rd(r, 4)} {_rd(r, 4)} {_rd(r, 2)}",
               lambda r: _rd(r, 9, True), lambda r: "CL-" + _rd(r, 8), lambda r: "FX" + _rd(r, 8),
               lambda r: f"{_rd(r, 3, True)} {_rd(r, 3)} {_rd(r, 3)}"],
    "contrat": [lambda r: "ASR-" + _rd(r, 7), lambda r: f"CT-{r.randint(2015, 2024)}-{_rd(r, 6)}",
                lambda r: "VE-" + _rd(r, 5) + "-" + _rd(r, 5), lambda r: f"HAB {_rd(r, 4)} {_rd(r, 4)}"],
    "police": [lambda r: f"HAB/{r.randint(2016, 2024)}/{_rd(r, 6)}", lambda r: "AUTO-" + _rd(r, 7),
               lambda r: "ASR" + _rd(r, 8), lambda r: f"PJ-{_rd(r, 3)}-{_rd(r, 4)}"],
    "sinistre": [lambda r: f"SIN-{r.randint(21, 25)}-{_rd(r, 6)}", lambda r: "S" + _rd(r, 9),
                 lambda r: f"DS{r.randint(2022, 2025)}{_rd(r, 5)}"],
    "ref": [lambda r: _alnum_ref(r), lambda r: "A" + _rd(r, 6) + r.choice("KLMNPRTX"),
            lambda r: f"{r.choice(['RC', 'RX', 'MT'])}{_rd(r, 2)}-{_rd(r, 4)}-{r.choice('ABCDEFGH')}"],
}


def _alnum_ref(r):
    while True:
        s = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        if sum(c.isdigit() for c in s) >= 2 and sum(c.isalpha() for c in s) >= 2:
            return s


def gen_cid(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(list(CID_SHAPES))
    return r.choice(CID_SHAPES[kind])(r)


def cid_render(cid: str, st: str, r: random.Random, hes=False) -> str:
    if st == "w":
        return cid
    segs = re.findall(r"[A-Z]+|\d+|[-/ ]", cid)
    how = r.choice(["digits", "pairs", "pairs", "num"])
    slash = r.choice(["slash", "barre oblique"])
    toks = []
    for s in segs:
        if s.isalpha():
            toks.append(("a", s, " ".join(s.lower())) if st == "m" else " ".join(s.lower()))
        elif s.isdigit():
            if len(s) == 4 and s.startswith("20") and int(s) > 2000:
                toks.append(("d", s, "num"))
            elif len(s) == 1:
                toks.append(("d", s, "num"))
            elif how == "num" and len(s) > 4:
                toks += [("d", g, "num") for g in chunks(s, 3)]
            else:
                toks.append(("d", s, how))
        elif s == "-":
            if r.random() < 0.6:
                toks.append("tiret")
        elif s == "/":
            toks.append(slash)
    return seq(r, toks, st, hes)


# --------------------------------------------------------------------------- secrets

PWD_WORDS = ["Soleil", "marseille", "Lina", "Azerty", "chouchou", "Casablanca", "Bonheur", "Tigre", "Printemps",
             "Raja", "Wydad", "nounours", "Fleur", "Atlas", "Chocolat", "Papillon", "Adam", "Mimosa", "Sahara"]
SYM = {"!": "point d'exclamation", "*": "étoile", "#": "dièse", "_": "tiret du bas", "@": "arobase",
       "$": "dollar", "": "", ".": "point"}


def gen_secret(r: random.Random, kind: str) -> dict:
    if kind in ("pin", "cvv", "cvv4", "sms", "puk"):
        k = {"pin": 4, "cvv": 3, "cvv4": 4, "sms": 6, "puk": 8}[kind]
        return {"kind": kind, "d": _rd(r, k)}
    if kind == "pwd":
        w = r.choice(PWD_WORDS)
        dg = r.choice([str(r.randint(1975, 2024)), f"{r.randint(0, 99):02d}", str(r.randint(1, 9)) * 3])
        return {"kind": kind, "w": w, "d": dg, "sym": r.choice(["!", "!", "*", "#", "", "_", "@", "$", "."])}
    if kind == "wifi":
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return {"kind": kind, "s": "-".join("".join(r.choice(al) for _ in range(4)) for _ in range(3))}
    if kind == "door":
        return {"kind": kind, "s": r.choice([_rd(r, 4) + r.choice("AB"), r.choice("AB") + _rd(r, 4), _rd(r, 4)])}
    raise ValueError(kind)


def secret_render(s: dict, st: str, r: random.Random) -> str:
    k = s["kind"]
    if k in ("pin", "cvv", "cvv4", "sms", "puk"):
        d = s["d"]
        if st == "w":
            return f"{d[:3]} {d[3:]}" if k == "sms" and r.random() < 0.4 else d
        if st == "m":
            return d if r.random() < 0.6 else " ".join(d[:len(d) // 2 * 0 + 2]) + " " + say_pairs(d[2:])
        how = r.choice(["digits", "pairs"] + (["num"] if len(d) == 3 else []) + (["triples"] if len(d) == 6 else []))
        return read(d, how)
    if k == "pwd":
        if st == "w":
            return s["w"] + s["d"] + s["sym"]
        word = s["w"].lower()
        parts = []
        if s["w"][0].isupper():
            parts.append(r.choice([f"{word} avec un {word[0]} majuscule", f"{word} avec une majuscule",
                                   f"{word[0]} majuscule {' '.join(word[1:])}"]))
        else:
            parts.append(r.choice([word, f"{word} tout en minuscules", " ".join(word)]))
        if st == "m" and r.random() < 0.6:
            parts.append(s["d"])
        else:
            parts.append(r.choice([say_num(s["d"]), say_digits(s["d"])]))
        if s["sym"]:
            parts.append(r.choice(["", "et ", "et un "]) + SYM[s["sym"]])
        return " ".join(parts)
    txt = s["s"]
    if st == "w":
        return txt
    out = []
    for ch in txt:
        if ch == "-":
            out.append("tiret")
        elif ch.isdigit():
            out.append(ch if st == "m" and r.random() < 0.5 else DIG[int(ch)])
        else:
            out.append(ch.lower())
    return " ".join(out)


# --------------------------------------------------------------------------- IP

def gen_ip(r: random.Random, v6: bool = False) -> str:
    if not v6:
        first = r.choice([82, 86, 90, 92, 78, 109, 176, 88, 105, 41, 196, 37, 81, 93, 77, 91, 80, 160, 212, 102])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    pre = r.choice(["2a01:cb0" + str(r.randint(0, 9)), "2a01:e0a", "2a02:8428", "2001:861", "2a01:e34"])
    hx = lambda: format(r.randint(1, 0xFFFF), "x")
    if r.random() < 0.6:
        return ":".join([pre] + [hx() for _ in range(8 - len(pre.split(":")))])
    return ":".join([pre] + [hx() for _ in range(2)]) + "::" + hx()


def ip_render(ip: str, st: str, r: random.Random) -> str:
    if st == "w":
        return ip
    if st == "s":
        return " point ".join(say_num(o) if r.random() < 0.85 else say_digits(o) for o in ip.split("."))
    return _ip_mixed(ip, r)


def _ip_mixed(ip: str, r: random.Random) -> str:
    octs = ip.split(".")
    flags = [r.random() < 0.5 for _ in octs]
    if all(flags):
        flags[r.randrange(4)] = False
    if not any(flags):
        flags[r.randrange(4)] = True
    return " point ".join(o if f else say_num(o) for o, f in zip(octs, flags))


# --------------------------------------------------------------------------- builder

class P:
    def __init__(self, typ: str, text: str):
        assert text and text == text.strip(), (typ, text)
        self.typ, self.text = typ, text


def carrier(s: str, cs: str, r: random.Random) -> str:
    s = s.replace("’", "'")
    if cs == "w":
        s = s.replace("{f}", "")
        s = re.sub(r" {2,}", " ", s)
        return s.replace(" ,", ",")
    s = re.sub(r"\{f\}", lambda m: r.choice(FILLERS), s)
    s = s.lower()
    s = re.sub(r"[,.;:!?«»\"()…—–]", " ", s)
    s = re.sub(r"\s+", " ", s)
    core = s.strip()
    words = core.split(" ")
    if len(words) >= 4 and r.random() < 0.15:
        slots = [k for k in range(1, len(words)) if words[k] in FILLER_BEFORE and words[k - 1] not in NO_FILLER_AFTER]
        if slots:
            words.insert(r.choice(slots), r.choice(["euh", "euh", "ben", "bah", "du coup", "en fait"]))
            core = " ".join(words)
    if not core:
        return " " if s else ""
    return (" " if s.startswith(" ") else "") + core + (" " if s.endswith(" ") else "")


class B:
    def __init__(self, form: str, r: random.Random, cs: str | None = None):
        self.form, self.r = form, r
        self.cs = cs or ("w" if form == "written" else "s")
        self.items: list = []

    # style of the next value
    def vs(self) -> str:
        if self.form == "written":
            return "w"
        if self.form == "spoken":
            return "s"
        if self.form == "mixed":
            return self.r.choice(["w", "m", "m", "s"])
        return self.cs

    @property
    def spoken(self) -> bool:
        return self.cs == "s"

    def pick(self, *opts):
        return self.r.choice(opts)

    def alt(self, w: str, s: str) -> str:
        return w if self.cs == "w" else s

    def add(self, *xs):
        self.items.extend(xs)
        return self

    # --- values
    def full(self, p):
        return P("PERSON", full_name(p, self.vs(), self.r))

    def last(self, p):
        return P("PERSON", name_text(p.last, self.vs()))

    def first(self, p):
        return P("PERSON", name_text(p.first, self.vs()))

    def spelled(self, p, comme=False, with_name=True):
        return P("PERSON", spelled_name(p, "w" if self.cs == "w" else "s", self.r, comme, with_name))

    def phone(self, kind=None, hes=False, corr=False, ph=None):
        st = self.vs()
        return P("PHONE_NUMBER", phone_render(ph or gen_phone(self.r, kind), st, self.r, hes and st != "w", corr))

    def email(self, p=None, hes=False, corr=False, spell_word=False):
        p = p or gen_person(self.r)
        st = self.vs()
        return P("EMAIL_ADDRESS", email_render(gen_email(self.r, p), st, self.r, hes, corr and st == "s",
                                               spell_word and st == "s"))

    def addr(self, country="fr", compl=None, corr=False, cap=False, a=None, part=None, city=True):
        a = a or gen_addr(self.r, country, compl, city)
        return P("ADDRESS", addr_render(a, self.vs(), self.r, corr, cap and self.cs == "w", part))

    def dob(self, year_only=False, corr=False, cap=False, dob=None, young=False):
        dob = dob or (gen_dob(self.r, 1996, 2021) if young else gen_dob(self.r))
        s = dob_render(dob, self.vs(), self.r, year_only, corr)
        return P("DATE_OF_BIRTH", s[0].upper() + s[1:] if cap and self.cs == "w" else s)

    def nir(self, p=None, foreign=False, hes=False):
        return P("FR_NIR", nir_render(gen_nir(self.r, p, foreign), self.vs(), self.r, hes))

    def card(self, c=None, hes=False, corr=False):
        st = self.vs()
        return P("CREDIT_CARD", card_render(c or gen_card(self.r), st, self.r, hes, corr))

    def iban(self, cc=None, hes=False, corr=False):
        st = self.vs()
        return P("IBAN_CODE", iban_render(gen_iban(self.r, cc), st, self.r, hes, corr))

    def cin(self, hes=False):
        return P("MA_CIN", cin_render(gen_cin(self.r), self.vs(), self.r, hes))

    def cid(self, kind=None, hes=False):
        return P("CUSTOMER_ID", cid_render(gen_cid(self.r, kind), self.vs(), self.r, hes))

    def secret(self, kind):
        return P("SECRET", secret_render(gen_secret(self.r, kind), self.vs(), self.r))

    def ip(self, v6=False):
        st = "w" if v6 else self.vs()
        return P("IP_ADDRESS", ip_render(gen_ip(self.r, v6), st, self.r))

    # --- numbers that are not personal data (no-PII utterances and carriers)
    def n(self, k: int) -> str:
        if self.cs == "w":
            return f"{k:,}".replace(",", " ") if k >= 10000 else str(k)
        return nw(k)

    def eur(self, e: int, c: int = 0, unit="€") -> str:
        if self.cs == "w":
            if c:
                return f"{e},{c:02d} {unit}"
            return f"{e} {unit}"
        name = {"€": "euros", "euros": "euros", "DH": "dirhams", "dirhams": "dirhams"}[unit]
        return f"{nw(e)} {name}" + (f" {nw(c)}" if c else "")

    def pct(self, x: float) -> str:
        if self.cs == "w":
            return (f"{x:.1f}".replace(".", ",").replace(",0", "")) + " %"
        i, d = int(x), round((x - int(x)) * 10)
        return nw(i) + (f" virgule {nw(d)}" if d else "") + " pour cent"

    def hour(self, h: int, m: int = 0) -> str:
        if self.cs == "w":
            return f"{h} h" + (f" {m:02d}" if m else "")
        return f"{nw(h)} heure{'s' if h > 1 else ''}" + (f" {nw(m)}" if m else "")

    def daymonth(self, d: int, m: int) -> str:
        if self.cs == "w":
            return f"{'1er' if d == 1 else d} {MONTHS[m - 1]}"
        return f"{'premier' if d == 1 else nw(d)} {MONTHS[m - 1]}"

    def year(self, y: int) -> str:
        return str(y) if self.cs == "w" else nw(y)

    # --- assemble
    def build(self) -> tuple[str, list]:
        pieces = []
        for it in self.items:
            if isinstance(it, P):
                pieces.append((it.typ, it.text))
            else:
                pieces.append((None, carrier(it, self.cs, self.r)))
        text, spans = "", []
        for i, (typ, s) in enumerate(pieces):
            if typ is None:
                if not text:
                    s = s.lstrip()
                if i == len(pieces) - 1:
                    s = s.rstrip()
                if text.endswith(" ") and s.startswith(" "):
                    s = s.lstrip()
                text += s
            else:
                spans.append({"type": typ, "start": len(text), "end": len(text) + len(s), "value": s})
                text += s
        if text and self.cs == "w" and text[0].islower() and self.r.random() < 0.85:
            # capitalise the first letter of a written line (shift nothing: same length)
            text = text[0].upper() + text[1:]
            if spans and spans[0]["start"] == 0:
                spans[0]["value"] = text[:spans[0]["end"]]
        return text, spans


# --------------------------------------------------------------------------- templates with PII

PII_T: list = []


def T(*forms):
    def deco(fn):
        fn.forms = forms or ("written", "spoken", "mixed")
        PII_T.append(fn)
        return fn
    return deco


# ---- identity
@T()
def t_intro(b):
    p = gen_person(b.r)
    b.add(b.pick("Bonjour, je m'appelle ", "Oui bonjour, {f} moi c'est ", "Bonsoir, ici "), b.full(p),
          b.pick(", j'appelle au sujet de ma facture de gaz.",
                 ", je vous appelle parce que le prélèvement est passé deux fois ce mois-ci.",
                 ", j'ai reçu un courrier de résiliation pour mon contrat habitation et je ne comprends pas."),
          " Mon numéro client c'est ", b.cid("client"), ".")


@T("written", "spoken")
def t_title_last(b):
    p = gen_person(b.r)
    b.add(b.pick("Oui bonjour, c'est ", "Allô, bonjour, ici "), p.title(), " ", b.last(p),
          b.pick(" à l'appareil, {f} je vous appelle pour le contrat de ma mère.",
                 ", je rappelle suite au message que vous avez laissé sur mon répondeur.",
                 ", on s'est eu hier au téléphone pour la mise en service."))


@T()
def t_agent_name_dob(b):
    p = gen_person(b.r)
    b.add(b.pick("Très bien, je vous confirme : vous êtes bien ", "Alors je récapitule, vous êtes "), p.title(), " ",
          b.full(p), ", ", p.ne(), " le ", b.dob(), b.pick(" ?", ", c'est bien ça ?", ", c'est correct ?"))


@T("written", "spoken")
def t_spelled(b):
    p = gen_person(b.r, spellable=True)
    b.add(b.pick("Mon nom c'est ", "Le nom de famille, c'est ", "Alors c'est "), b.spelled(p),
          b.pick(", et mon prénom ", ", prénom ", ". Le prénom, c'est "), b.first(p), ".")


@T("written", "spoken")
def t_spelled_comme_end(b):
    p = gen_person(b.r, spellable=True)
    b.add(b.pick("Alors le nom, je vous épelle : ", "Je vous l'épelle, hein : ",
                 "Attendez, je vous épelle le nom de jeune fille : ", "C'est au nom de mon mari, "),
          b.spelled(p, comme=True, with_name=b.r.random() < 0.4))


@T("written", "spoken")
def t_children(b):
    o = b.pick("fr", "ma")
    boy, girl = gen_person(b.r, o, "m"), gen_person(b.r, o, "f")
    b.add(b.pick("Je voudrais ajouter mes enfants sur la mutuelle, ", "Il faut rajouter les enfants sur le contrat : "),
          "mon fils ", b.first(boy), " et ma fille ", b.first(girl),
          b.pick(".", ", ils sont encore étudiants.", ", ils habitent toujours avec moi."))


@T("written", "spoken")
def t_beneficiaries(b):
    o = b.pick("fr", "ma")
    sp = gen_person(b.r, o)
    br = gen_person(b.r, o, "m")
    b.add("Les bénéficiaires du contrat, c'est ", "ma femme " if sp.g == "f" else "mon mari ", b.full(sp),
          b.pick(" et mon frère ", ", et puis mon frère "), b.full(br), b.pick(".", ", à parts égales."))


@T("written", "spoken")
def t_qa_name(b):
    p = gen_person(b.r)
    b.add("— Votre nom, s'il vous plaît ? — ", b.last(p), ". — Et le prénom ? — ", b.first(p),
          b.pick(", comme ma grand-mère.", ".", ", voilà.", ". C'est moi le titulaire."))


@T("written", "spoken")
def t_darija_intro(b):
    p = gen_person(b.r, "ma")
    b.add(b.pick("Salam, ", "Allô, salam alikoum, "), "{f} ana ", b.full(p),
          b.pick(", wakha, je vous appelle pour la facture d'électricité, safi.",
                 ", je vous appelle de Casablanca pour le contrat de mon fils, wakha ?",
                 ", hamdoullah ça va, je voulais juste savoir pour le remboursement."))


@T("written", "spoken")
def t_third_party(b):
    rel, g = b.pick(("mon père", "m"), ("ma mère", "f"), ("mon oncle", "m"), ("ma tante", "f"))
    p = gen_person(b.r, g=g)
    b.add("J'appelle pour ", rel, ", ", b.full(p),
          b.pick(", il est hospitalisé depuis lundi et il ne peut pas appeler lui-même." if g == "m"
                 else ", elle est hospitalisée depuis lundi et elle ne peut pas appeler elle-même.",
                 ", je suis sa curatrice.", ", qui est décédé" + ("e" if g == "f" else "") + " le mois dernier."))


@T("written", "spoken")
def t_name_start(b):
    p = gen_person(b.r)
    b.add(b.full(p), b.pick(", titulaire du contrat, je souhaite résilier ma ligne fixe.",
                            ", client depuis des années, et là je suis vraiment déçu.",
                            ", c'est pour un changement de titulaire."))


@T("written", "spoken")
def t_agent_last_first(b):
    p = gen_person(b.r)
    b.add("Donc c'est bien ", p.title(), " ", b.last(p), ", ", b.first(p),
          b.pick(" de son prénom ?", " comme prénom, c'est ça ?", ", je note."))


# ---- phones
@T()
def t_call_back(b):
    b.add(b.pick("Vous pouvez me rappeler au ", "Rappelez-moi plutôt sur le ", "Vous pouvez me joindre au "),
          b.phone(), b.pick(b.alt(" après 18 h ?", " après dix-huit heures"), ", je suis là toute la matinée.",
                            " s'il vous plaît.", ", c'est le plus simple.", "."))


@T()
def t_new_mobile(b):
    b.add("Mon numéro de portable a changé, ", b.pick("le nouveau c'est le ", "maintenant c'est le "),
          b.phone(b.pick("fr_mob", "ma_mob", "fr_mob")), b.pick(".", ", vous pouvez mettre à jour ?"))


@T()
def t_agent_phone(b):
    b.add(b.pick("Je vous relis le numéro : ", "Donc je note le ", "Alors le numéro de contact, c'est le "),
          b.phone(), b.pick(", c'est bien ça ?", ", c'est correct ?", " ?"))


@T("spoken", "mixed", "written")
def t_phone_mail_glued(b):
    p = gen_person(b.r)
    glue = " " if (b.cs == "s" and b.r.random() < 0.5) else b.pick(" et mon mail c'est ", ", et l'adresse mail ",
                                                                 " et le mail ")
    b.add(b.pick("Alors mon numéro c'est le ", "Mon numéro, ", "Oui, "), b.phone(), glue, b.email(p))


@T("spoken", "mixed", "written")
def t_phone_corr(b):
    b.add(b.pick("C'est le ", "Mon numéro, c'est le ", "Notez le "), b.phone(corr=True),
          b.pick(", voilà.", ".", ", c'est bon ?"))


@T()
def t_ma_phone_darija(b):
    b.add(b.pick("Wakha, ", "Iyeh, ", "Safi, "), "mon numéro au Maroc c'est le ", b.phone("ma_mob"),
          b.pick(", safi, bslama.", ", inchallah vous me rappelez demain.", ", llah ykhlik rappelez-moi."))


@T()
def t_two_phones(b):
    b.add("Le fixe c'est le ", b.phone(b.pick("fr_fix", "ma_fix", "fr_fix")),
          b.pick(" et le portable de mon mari, le ", " et sinon le portable de ma femme, c'est le "),
          b.phone(b.pick("fr_mob", "ma_mob")), ".")


@T()
def t_neighbour_end(b):
    b.add(b.pick("Pour la pose du Linky, le technicien peut appeler mon voisin, il a les clés, je vous donne son numéro : ",
                 "Si je ne réponds pas, appelez ma sœur au ",
                 "Pour le relevé du Gazpar, le gardien est joignable au "), b.phone())


@T()
def t_phone_start(b):
    b.add(b.phone(), b.pick(", c'est le numéro sur lequel vous pouvez me joindre.", ", c'est mon nouveau portable.",
                            " : c'est ce numéro-là qu'il faut mettre sur le dossier."))


@T()
def t_phone_qa_hes(b):
    b.add("Vous avez un numéro où on peut vous joindre ? ", b.pick("Oui, c'est le ", "Oui oui, alors "),
          b.phone(hes=True), ".")


@T()
def t_phone_list(b):
    o = b.pick("fr", "ma")
    d, s = gen_person(b.r, o, "f"), gen_person(b.r, o, "m")
    b.add("Vous pouvez joindre ma fille ", b.first(d), " au ", b.phone(), " ou mon fils ", b.first(s), " au ",
          b.phone(), ".")


# ---- e-mail
@T()
def t_mail(b):
    b.add(b.pick("Mon adresse mail c'est ", "L'adresse e-mail, c'est ", "Mon mail, "), b.email(),
          b.pick(", vous pouvez m'envoyer l'attestation dessus ?", ".", ", c'est là que je reçois les factures."))


@T()
def t_agent_mail(b):
    b.add(b.pick("Je vous confirme l'adresse électronique : ", "Donc l'adresse mail que j'ai, c'est "), b.email(),
          b.pick(", tout en minuscules.", ", c'est bien ça ?", "."))


@T()
def t_mail_daughter(b):
    p = gen_person(b.r, g="f")
    b.add("Envoyez plutôt le devis à ma fille, ", b.first(p), ", son mail c'est ", b.email(p), ".")


@T("spoken", "written")
def t_mail_spelled(b):
    b.add(b.pick("Mon mail c'est ", "Alors l'adresse c'est "), b.email(spell_word=True), b.pick(".", ", voilà."))


@T("spoken", "mixed", "written")
def t_mail_corr(b):
    b.add(b.pick("L'adresse c'est ", "Mon e-mail c'est "), b.email(corr=True, hes=b.r.random() < 0.4), ".")


@T()
def t_mail_darija(b):
    b.add(b.pick("Iyeh, l'email dyali c'est ", "Wakha, mon mail c'est "), b.email(gen_person(b.r, "ma")),
          b.pick(", c'est bon ?", ", safi.", ", bslama."))


@T()
def t_mail_readback_name(b):
    p = gen_person(b.r)
    b.add("Donc c'est ", b.email(p), ", pour ", p.title(), " ", b.last(p), b.pick(".", ", je vous l'envoie tout de suite."))


# ---- addresses
@T()
def t_moved(b):
    b.add(b.pick("J'ai déménagé le mois dernier, ma nouvelle adresse c'est ", "Changement d'adresse : ",
                 "Je vous donne la nouvelle adresse, "), b.addr(), ".")


@T("spoken", "mixed", "written")
def t_addr_corr(b):
    b.add("J'habite au ", b.addr(compl=False, corr=True), b.pick(", depuis deux ans.", ".", ", au rez-de-chaussée."))


@T()
def t_agent_addr(b):
    b.add(b.pick("Donc je vous relis l'adresse de facturation : ", "L'adresse de livraison, c'est bien "),
          b.addr(b.pick("fr", "fr", "ma")), b.pick(", c'est correct ?", " ?"))


@T()
def t_ma_addr(b):
    b.add(b.pick("Pour l'envoi de la carte, mon adresse au Maroc c'est ", "J'habite à l'adresse suivante : ",
                 "Le logement assuré, c'est "), b.addr("ma"), ".")


@T()
def t_addr_qa(b):
    a = gen_addr(b.r, "fr", compl=False)
    if a["city"][0][0] != "pc":
        a["city"] = [("pc", "33000"), ("t", "Bordeaux")]
    b.add("— Le code postal et la ville ? — ", b.addr(a=a, part="city"), ". — Et la rue ? — ",
          b.addr(a=a, part="street"), b.pick(".", ", au fond de la cour."))


@T()
def t_meter_owner(b):
    p = gen_person(b.r)
    b.add("Le compteur est au nom de ", b.full(p), ", au ", b.addr(compl=False),
          b.pick(".", ", c'est une maison.", ", deuxième porte à gauche."))


@T()
def t_ma_addr_darija(b):
    b.add(b.pick("Safi, l'adresse c'est ", "Wakha, notez : "), b.addr("ma"), b.pick(", bslama.", ", safi."))


@T()
def t_addr_start(b):
    b.add(b.addr(compl=False, cap=True), b.pick(", c'est là que le technicien doit passer mardi.",
                                                " : c'est l'adresse du logement à assurer."))


@T()
def t_addr_door(b):
    b.add(b.pick("Alors c'est ", "Pour venir, c'est "), b.addr(compl=True),
          b.pick(", le code de la porte c'est ", " et le digicode c'est "), b.secret("door"), ".")


# ---- dates of birth
@T()
def t_born_year(b):
    g = b.pick("m", "f")
    dob = gen_dob(b.r)
    tail = [", donc je suis encore ayant droit ?", ", et le contrat est toujours au nom de mon père.",
            ", ça change quelque chose pour la formule ?"]
    if dob[2] < 1960:
        tail.append(", j'ai droit au tarif senior ?")
    b.add("Je suis ", "né" if g == "m" else "née", " en ", b.dob(year_only=True, dob=dob), b.pick(*tail))


@T()
def t_dob_plain(b):
    b.add(b.pick("Ma date de naissance c'est le ", "Ma date de naissance, ", "Je suis né le "), b.dob(), ".")


@T()
def t_dob_label(b):
    b.add("Date de naissance : ", b.dob(), b.pick(".", ", pour le dossier de ma fille.", "."))


@T("spoken", "mixed", "written")
def t_dob_corr(b):
    b.add(b.pick("Je suis née le ", "Né le "), b.dob(corr=True), b.pick(".", ", voilà."))


@T()
def t_children_dob(b):
    o = b.pick("fr", "ma")
    boy, girl = gen_person(b.r, o, "m"), gen_person(b.r, o, "f")
    b.add("Mon fils ", b.first(boy), ", né le ", b.dob(young=True), ", et ma fille ", b.first(girl), ", née le ",
          b.dob(young=True), ".")


@T()
def t_dob_qa(b):
    p = gen_person(b.r)
    b.add(f"Vous êtes {p.ne()} quand, {p.title()} ? ", b.pick("— Le ", "Alors le "), b.dob(), ".")


@T()
def t_dob_start(b):
    b.add(b.dob(cap=True), b.pick(", c'est ma date de naissance, vous ne l'avez pas dans le dossier ?",
                                  ", c'est la date de naissance de mon mari, pour la carte."))


# ---- NIR
@T()
def t_nir(b):
    b.add(b.pick("Mon numéro de sécurité sociale c'est le ", "Mon numéro de sécu, ", "Le numéro de carte Vitale : "),
          b.nir(), ".")


@T()
def t_agent_nir(b):
    b.add("Je vous relis votre numéro de sécu : ", b.nir(), b.pick(", c'est bien ça ?", " ?"))


@T()
def t_nir_name(b):
    p = gen_person(b.r)
    b.add("Pour la mutuelle, c'est pour ", b.full(p), b.pick(", numéro de sécu ", ", son numéro INSEE "), b.nir(p),
          ".")


@T()
def t_nir_hes(b):
    b.add("Le numéro de sécu de mon conjoint, attendez je cherche la carte Vitale {f}, c'est ", b.nir(hes=True), ".")


@T()
def t_nir_foreign(b):
    p = gen_person(b.r, "ma")
    b.add("Je suis ", p.ne(), " au Maroc, wakha, donc mon numéro de sécurité sociale c'est ", b.nir(p, foreign=True),
          b.pick(".", ", safi."))


# ---- cards
@T()
def t_pay_card(b):
    c = gen_card(b.r)
    b.add(b.pick("Je voudrais payer par carte, le numéro c'est ", "Je règle par carte : "), b.card(c),
          b.pick(", et le cryptogramme ", ", le code derrière c'est ", " et au dos "),
          b.secret("cvv4" if c["brand"] == "amex" else "cvv"), ".")


@T()
def t_agent_card(b):
    b.add("Je vous relis le numéro de carte : ", b.card(), b.pick(", c'est bien ça ?", "."))


@T()
def t_card_hes(b):
    b.add(b.pick("Alors la carte c'est ", "Le numéro de la carte, "), b.card(hes=True),
          b.alt(b.pick(".", ", voilà."), b.pick(" voilà", "")))


@T()
def t_card_pin(b):
    c = gen_card(b.r, b.pick("cb", "visa"))
    b.add("Ma carte bleue ", b.card(c), " a été bloquée, pourtant le code c'est bien ", b.secret("pin"), ".")


@T()
def t_card_end(b):
    c = gen_card(b.r)
    b.add("Le prélèvement doit passer sur ma ", b.r.choice(CARD_NAMES[c["brand"]]), ", ", b.card(c))


# ---- IBAN
@T()
def t_iban(b):
    b.add(b.pick("Pour le prélèvement, mon IBAN c'est ", "Voici mon IBAN : ", "L'IBAN, "), b.iban("FR"), ".")


@T()
def t_new_rib(b):
    p = gen_person(b.r)
    b.add("Mon nouveau RIB : ", b.iban(b.pick("FR", "FR", "MA")), ", au nom de ", b.full(p), ".")


@T()
def t_agent_iban(b):
    b.add("Je vous confirme l'IBAN ", b.iban(), ", le changement sera pris en compte sur la prochaine échéance.")


@T()
def t_ma_iban(b):
    b.add("Le remboursement, wakha, vous pouvez le faire sur mon compte au Maroc ? C'est ", b.iban("MA"),
          b.pick(", safi.", "."))


@T()
def t_foreign_iban(b):
    cc, country = b.pick(("ES", "en Espagne"), ("BE", "en Belgique"), ("DE", "en Allemagne"), ("IT", "en Italie"),
                         ("CH", "en Suisse"))
    b.add("Mon compte est ", country, ", l'IBAN c'est ", b.iban(cc), b.pick(", ça pose un problème ?", "."))


@T("spoken", "mixed", "written")
def t_iban_corr(b):
    b.add("Alors l'IBAN, attendez je prends le RIB {f}, c'est ", b.iban(corr=b.cs == "s", hes=True), ".")


@T()
def t_bank_owner(b):
    p = gen_person(b.r)
    b.add("C'est bien un compte au nom de ", b.full(p), " ? Parfait, l'IBAN ", b.iban(), " est enregistré.")


# ---- CIN
@T()
def t_cin(b):
    b.add(b.pick("Mon numéro de CIN c'est ", "Ma CIN, c'est ", "Le numéro de la carte nationale : "), b.cin(), ".")


@T()
def t_cin_expiry(b):
    b.add("Ma carte d'identité marocaine, numéro ", b.cin(),
          b.pick(", elle expire l'année prochaine, c'est un problème ?", ", je vous l'envoie en photo ?"))


@T()
def t_cin_dob_glued(b):
    b.add("CIN ", b.cin(), b.alt(", née le ", " née le "), b.dob(), b.pick(".", ", voilà pour l'identité."))


@T()
def t_agent_cin(b):
    p = gen_person(b.r, "ma")
    b.add("Donc je note carte nationale ", b.cin(), " au nom de ", b.full(p), ", c'est ça ?")


@T()
def t_cin_darija(b):
    b.add(b.pick("Iyeh, la CIN dyali c'est ", "Wakha, la carte nationale c'est "), b.cin(hes=b.cs == "s"),
          b.pick(", merci.", ", safi.", "."))


@T()
def t_cin_qa(b):
    p = gen_person(b.r, "ma")
    b.add("Vous avez votre carte nationale sous la main ? ", b.pick("Oui, c'est ", "Iyeh, alors "), b.cin(),
          ", au nom de ", b.full(p), ".")


@T()
def t_cin_start(b):
    b.add(b.cin(), b.pick(", c'est le numéro de ma CIN, wakha ?", " : c'est ma carte nationale, elle est encore valable."))


# ---- customer ids
@T()
def t_cid(b):
    b.add(b.pick("Mon numéro client c'est ", "Référence client : ", "Mon identifiant client, "), b.cid("client"), ".")


@T()
def t_contract(b):
    b.add("J'appelle pour le contrat ", b.cid("contrat"),
          b.pick(", il y a une erreur sur la dernière facture.", ", je voudrais le résilier."))


@T()
def t_agent_ref(b):
    b.add("Je retrouve votre dossier avec la référence ", b.cid(b.pick("ref", "client", "contrat")),
          b.pick(", c'est bien ça ?", "."))


@T()
def t_policy(b):
    b.add("Le numéro de police, c'est ", b.cid("police", hes=b.cs == "s" and b.r.random() < 0.4),
          b.pick(", pour la voiture.", ", c'est l'assurance habitation."))


@T()
def t_claim(b):
    b.add("Dossier sinistre ", b.cid("sinistre"), b.pick(", j'attends toujours le passage de l'expert.",
                                                          ", le dégât des eaux du mois dernier."))


@T()
def t_cid_start(b):
    b.add(b.cid(b.pick("client", "ref")), b.pick(", c'est ma référence client, elle est sur la facture.",
                                                 " : c'est le numéro indiqué sur le courrier."))


# ---- secrets
@T()
def t_pin(b):
    b.add(b.pick("Mon code PIN c'est ", "Le code secret de la carte, c'est "), b.secret("pin"),
          b.pick(", et la carte est quand même bloquée.", ", je l'ai tapé trois fois."))


@T()
def t_sms(b):
    b.add(b.pick("J'ai reçu le code par SMS, c'est ", "Le code de confirmation, "), b.secret("sms"), ".")


@T()
def t_pwd(b):
    b.add("Le mot de passe de mon espace client c'est ", b.secret("pwd"), b.pick(", et ça ne marche pas.", "."))


@T()
def t_puk(b):
    b.add("Le code PUK c'est ", b.secret("puk"), ", je l'ai sur le support de la carte SIM.")


@T()
def t_wifi(b):
    b.add("La clé wifi de la box c'est ", b.secret("wifi"), ", mais la tablette ne se connecte pas.")


@T()
def t_agent_pin_warning(b):
    b.add("— Je ne vous demanderai jamais votre code confidentiel, madame. — Ah d'accord, parce que c'est ",
          b.secret("pin"), ", hein.")


@T()
def t_pwd_darija(b):
    b.add("Safi, le mot de passe c'est ", b.secret("pwd"), ", wakha, vous pouvez le réinitialiser ?")


# ---- IP
@T()
def t_ip(b):
    b.add(b.pick("Mon adresse IP c'est ", "L'adresse IP de la box, "), b.ip(v6=b.form == "written"),
          b.pick(", le technicien me l'a demandée.", "."))


@T("written", "mixed")
def t_ipv6(b):
    b.add("L'IP publique de la box c'est ", b.ip(), " et en IPv6 ", b.ip(v6=True), ".")


@T()
def t_agent_ip(b):
    b.add("Je vois une connexion à votre espace client depuis l'adresse ", b.ip(v6=b.form == "written" and b.r.random() < 0.5),
          ", c'est bien vous ?")


@T()
def t_ip_blocked(b):
    b.add("Depuis ce matin l'adresse ", b.ip(), b.pick(" est bloquée, je ne peux plus me connecter à ma messagerie.",
                                                      " n'arrive plus à joindre le serveur, c'est la box ?"))


@T()
def t_card_stolen(b):
    b.add("On m'a volé mon portefeuille, la carte c'est ", b.card(), ", il faut faire opposition tout de suite.")


@T()
def t_nir_child(b):
    p = gen_person(b.r)
    b.add("Pour rattacher ", "mon fils " if p.g == "m" else "ma fille ", b.first(p), ", son numéro de sécu c'est ",
          b.nir(p), ".")


@T()
def t_nir_start(b):
    b.add(b.nir(), b.pick(", c'est mon numéro de sécurité sociale, il est sur l'attestation.",
                          " : voilà le numéro de sécu, vous l'avez ?"))


@T()
def t_ip_cid_glued(b):
    b.add("L'IP c'est ", b.ip(), b.alt(", et mon identifiant ", " et mon identifiant "), b.cid("client"))


# ---- combinations
@T()
def t_full_ident(b):
    p = gen_person(b.r)
    b.add("Alors : ", b.full(p), ", ", p.ne(), " le ", b.dob(), ", j'habite au ", b.addr(compl=False),
          ", mon téléphone ", b.phone(), ".")


@T()
def t_name_cid_mail(b):
    p = gen_person(b.r)
    b.add("Je m'appelle ", b.full(p), ", client ", b.cid("client"), ", et mon mail ", b.email(p), ".")


@T("spoken", "mixed", "written")
def t_mail_phone_glued(b):
    b.add("Vous pouvez m'écrire à ", b.email(), b.alt(", ou m'appeler au ", " "), b.phone(),
          b.pick(", c'est le portable.", "."))


@T()
def t_darija_combo(b):
    p = gen_person(b.r, "ma")
    b.add("Allô, salam, je suis ", p.title(), " ", b.last(p), ", wakha, mon numéro client ", b.cid("client"),
          " w mon téléphone ", b.phone(b.pick("ma_mob", "fr_mob")), ", bslama.")


@T()
def t_card_cvv_glued(b):
    c = gen_card(b.r)
    b.add("Numéro de carte ", b.card(c), b.alt(", cryptogramme ", " et derrière "),
          b.secret("cvv4" if c["brand"] == "amex" else "cvv"))


@T()
def t_cid_ip(b):
    b.add("Mon identifiant c'est ", b.cid("client"), " et l'adresse IP de la connexion c'est ", b.ip(), ".")


@T("written", "spoken")
def t_list_names(b):
    o = b.pick("fr", "ma")
    a, c = gen_person(b.r, o), gen_person(b.r, o, "f")
    d = gen_person(b.r, o, "m")
    b.add("Sur le contrat il y a moi, ", b.full(a), ", ma belle-sœur ", b.first(c), " et son mari ", b.full(d),
          b.pick(".", ", tous à la même adresse."))


@T()
def t_agent_summary(b):
    p = gen_person(b.r)
    b.add("Je résume : ", p.title(), " ", b.full(p), ", ", b.addr(b.pick("fr", "ma")), ", joignable au ",
          b.phone(), b.pick(". C'est tout bon ?", ", c'est bien ça ?"))


@T()
def t_qa_email_phone(b):
    b.add("Vous avez une adresse mail ? ", b.pick("Oui, ", "Oui alors, "), b.email(),
          ". Et un numéro de téléphone ? ", b.pick("Le ", ""), b.phone(), ".")


@T("spoken", "mixed", "written")
def t_nir_then_name(b):
    p = gen_person(b.r)
    b.add("Le numéro de sécu c'est ", b.nir(p), b.alt(", au nom de ", " au nom de "), b.full(p))


@T()
def t_darija_addr_phone(b):
    b.add("Chouf, l'adresse c'est ", b.addr("ma", city=True), ", w le numéro ", b.phone("ma_mob"),
          ", inchallah le livreur trouve.")


# --------------------------------------------------------------------------- templates without PII

NONE_T: list = []


def N(fn):
    NONE_T.append(fn)
    return fn


def de_month(m: str) -> str:
    return ("d'" if m[0] in "aeiou" else "de ") + m


CITIES_AGENCY = ["Lyon Part-Dieu", "Villeurbanne", "Marseille", "Lille", "Nantes", "Toulouse", "Casablanca",
                 "Rabat", "Bordeaux", "Strasbourg", "Montpellier", "Rennes"]


@N
def n_bill(b):
    r = b.r
    b.add("Ma facture du ", b.daymonth(r.randint(1, 28), r.randint(1, 12)), " est de ",
          b.eur(r.randint(60, 320), r.randint(1, 99)), ", alors que d'habitude je paie ",
          b.eur(r.randint(40, 90)), " par mois.")


@N
def n_linky(b):
    r = b.r
    b.add("Sur mon compteur Linky j'ai ", b.n(r.randint(10000, 90000)), b.alt(" kWh", " kilowattheures"),
          " en heures pleines et ", b.n(r.randint(5000, 40000)), " en heures creuses, c'est cohérent ?")


@N
def n_gazpar(b):
    r = b.r
    b.add("Le Gazpar affiche ", b.n(r.randint(800, 9000)), b.alt(" m3", " mètres cubes"),
          ", ça me paraît énorme pour un ", b.alt(f"T{r.randint(1, 4)}", b.pick("deux pièces", "trois pièces")), ".")


@N
def n_tempo(b):
    r = b.r
    c = r.randint(45, 78)
    b.add("Je voudrais savoir combien coûte le kWh en jour rouge avec l'offre Tempo, c'est toujours autour de ",
          b.alt(f"0,{c} €", f"{nw(c)} centimes"), " ?")


@N
def n_appointment(b):
    r = b.r
    h = r.randint(7, 14)
    b.add("Le technicien doit passer le ", r.choice(WEEKDAYS), " ", b.daymonth(r.randint(1, 28), r.randint(1, 12)),
          " entre ", b.hour(h), " et ", b.hour(h + 4), ", il faut que je sois là ?")


@N
def n_3900(b):
    r = b.r
    b.add("J'ai appelé le ", b.alt("3900", "trente-neuf cents"), " hier, j'ai attendu ", b.n(r.randint(12, 55)),
          " minutes pour rien.")


@N
def n_hamon(b):
    b.add("Avec la loi Hamon je peux résilier mon assurance auto après ", b.pick("un an", "douze mois"),
          ", c'est bien ça ? Et Assuréa s'occupe de tout ?")


@N
def n_article(b):
    b.add("Votre courrier cite l'article ", b.alt("L113-12", "l cent treize tiret douze"),
          " du Code des assurances, ça veut dire quoi concrètement ?")


@N
def n_agency_hours(b):
    r = b.r
    b.add("L'agence de ", r.choice(CITIES_AGENCY), " est ouverte du lundi au vendredi de ", b.hour(r.choice([8, 9])),
          " à ", b.hour(r.choice([17, 18, 19])), ", et le samedi matin jusqu'à ", b.hour(12), " ?")


@N
def n_sosh(b):
    r = b.r
    b.add("Je suis chez Sosh avec le forfait ", b.n(r.choice([40, 100, 130, 200])), b.alt(" Go", " giga"), " à ",
          b.eur(r.randint(9, 19), 99), ", et SFR me propose mieux, vous pouvez faire un geste ?")


@N
def n_freebox(b):
    r = b.r
    b.add("La Freebox Pop affiche une synchro à ", b.n(r.randint(80, 900)), b.alt(" Mb/s", " mégas"),
          " au lieu de ", b.n(r.choice([1000, 2000, 5000])), ", c'est la fibre ou c'est la box ?")


@N
def n_inwi(b):
    r = b.r
    b.add(b.pick("Wakha, ", "Salam, "), "la recharge inwi de ", b.eur(r.choice([10, 20, 50, 100]), unit="DH"),
          ", elle donne combien de Go ? Safi, merci.")


@N
def n_franchise(b):
    r = b.r
    coef = r.choice([50, 57, 64, 68, 76, 85, 95, 105, 112])
    b.add("La franchise est de ", b.eur(r.choice([150, 230, 300, 450])), " et mon bonus est à ",
          b.alt(f"0,{coef}" if coef < 100 else f"1,{coef - 100:02d}",
                f"zéro virgule {nw(coef)}" if coef < 100 else f"un virgule {say_num(f'{coef - 100:02d}')}"),
          ", ça me fait combien au final ?")


@N
def n_increase(b):
    r = b.r
    b.add("Vous avez augmenté mon contrat de ", b.pct(r.choice([3.5, 4.5, 6, 9.8, 12, 15])), " au ",
          b.daymonth(1, r.randint(1, 12)), ", ce n'est pas normal.")


@N
def n_since(b):
    r = b.r
    b.add("Je suis client chez vous depuis ", b.year(r.randint(1998, 2019)),
          ", j'ai jamais eu de problème, et là on me coupe le gaz ?")


@N
def n_retract(b):
    b.add("Le délai de rétractation c'est bien ", b.alt("14", "quatorze"),
          " jours ? J'ai signé ", b.pick("mardi", "samedi dernier", "il y a une semaine"), ".")


@N
def n_assurea(b):
    r = b.r
    b.add("Chez Assuréa la formule Confort est à ", b.eur(r.randint(15, 35), r.randint(1, 99)),
          " par mois et la Sérénité à ", b.eur(r.randint(36, 60), r.randint(1, 99)),
          ", c'est quoi la différence ?")


@N
def n_volta(b):
    r = b.r
    c = r.randint(19, 29)
    b.add("Volta Énergie me propose ", b.alt(f"0,{c} €", f"{nw(c)} centimes"), " le kWh en offre verte fixe pendant ",
          b.n(r.choice([2, 3])), " ans, c'est plus intéressant que le tarif réglementé d'EDF ?")


@N
def n_debit(b):
    r = b.r
    b.add("Le prélèvement passe le ", b.n(r.randint(2, 10)), " de chaque mois, ", b.eur(r.randint(50, 180)),
          ", je voudrais le décaler au ", b.n(r.randint(11, 28)), ".")


@N
def n_outage(b):
    r = b.r
    b.add("La coupure a duré ", b.hour(r.randint(2, 9), r.choice([15, 30, 45])),
          ", tout le congélateur est perdu, ça fait ", b.eur(r.randint(120, 400)), " de courses.")


@N
def n_cheque(b):
    r = b.r
    b.add("J'ai reçu un chèque énergie de ", b.eur(r.choice([48, 76, 110, 194, 277])),
          ", je peux l'utiliser pour la facture ", de_month(r.choice(MONTHS)), " ?")


@N
def n_car(b):
    r = b.r
    b.add("C'est pour une ", b.pick("Clio", "Dacia Sandero", "Peugeot 208", "Golf"), " de ", b.year(r.randint(2008, 2022)),
          ", ", b.n(r.randint(4, 8)), " chevaux fiscaux, je roule environ ", b.n(r.choice([8000, 12000, 15000, 20000])),
          " kilomètres par an.")


@N
def n_livebox(b):
    r = b.r
    b.add("La Livebox ", b.alt("6", "six"), " clignote en rouge depuis ", b.n(r.randint(2, 6)),
          " jours, j'ai redémarré ", b.n(r.randint(3, 10)), " fois, Orange ne répond pas.")


@N
def n_suppliers(b):
    r = b.r
    b.add("EDF, Engie, TotalEnergies, tout le monde augmente de ", b.pct(r.choice([5, 8.5, 10, 15])),
          ", vous, c'est combien au ", b.daymonth(1, r.choice([2, 8])), " ?")


@N
def n_promo(b):
    r = b.r
    k = r.choice([10, 15, 20])
    b.add("Sur le site il y a le code promo ", b.alt(f"BIENVENUE{k}", f"bienvenue {nw(k)}"),
          ", il marche aussi pour les clients Bouygues existants ?")


@N
def n_agent_hours(b):
    b.add("Notre service client est joignable au ", b.alt("3900", "trente-neuf cents"), " du lundi au samedi de ",
          b.hour(8), " à ", b.hour(20), ", et l'appel n'est pas surtaxé.")


@N
def n_maroc_telecom(b):
    r = b.r
    b.add("J'ai pris le forfait Maroc Telecom à ", b.eur(r.choice([49, 99, 149, 199]), unit="DH"), " avec ",
          b.n(r.choice([10, 20, 35, 50])), b.alt(" Go", " giga"), ", mais la ", b.alt("4G", "quatre g"), " ne passe pas à ",
          r.choice(["Agadir", "Fès", "Tanger", "Meknès", "Oujda"]), ", safi, c'est pas normal.")


@N
def n_water(b):
    r = b.r
    e, c = r.randint(3, 5), r.randint(1, 99)
    b.add("Le prix du ", b.alt("m3", "mètre cube"), " d'eau est passé à ", b.eur(e, c), " depuis le ",
          b.daymonth(1, 1), ", c'est écrit où ?")


@N
def n_reading(b):
    r = b.r
    b.add("Relevé du ", b.daymonth(r.randint(1, 28), r.randint(1, 12)), " : index ", b.n(r.randint(1000, 60000)),
          " pour le gaz et ", b.n(r.randint(1000, 60000)), " pour l'électricité.")


@N
def n_rdv(b):
    r = b.r
    b.add("Rendez-vous confirmé pour ", r.choice(WEEKDAYS), " ", b.daymonth(r.randint(1, 28), r.randint(1, 12)), " à ",
          b.hour(r.randint(9, 17), r.choice([0, 15, 30])), " à l'agence de ", r.choice(CITIES_AGENCY),
          ", pensez à apporter un justificatif de domicile.")


@N
def n_tarif_hc(b):
    r = b.r
    b.add("Les heures creuses c'est de ", b.hour(22), " à ", b.hour(6), " ou de ", b.hour(r.choice([12, 13])), " à ",
          b.hour(r.choice([14, 15])), " ? Parce que sur l'appli TotalEnergies c'est pas clair.")


@N
def n_age(b):
    r = b.r
    b.add("Mon fils a ", b.n(r.randint(16, 24)), " ans, il peut rester sur ma mutuelle jusqu'à quel âge ? ",
          b.pick("Il est en BTS.", "Il fait un apprentissage."))


@N
def n_sim(b):
    r = b.r
    b.add("La nouvelle carte SIM est arrivée le ", b.daymonth(r.randint(1, 28), r.randint(1, 12)),
          ", il faut attendre combien d'heures pour l'activation ? Chez Free c'était ", b.n(r.randint(2, 48)),
          " heures.")


# --------------------------------------------------------------------------- checks & main

NUMWORD = re.compile(r"\b(zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
                     r"seize|vingt|trente|quarante|cinquante|soixante|cent|mille|arobase|point)\b")


def check(text: str, spans: list, form: str) -> bool:
    prev = 0
    for s in spans:
        assert text[s["start"]:s["end"]] == s["value"], (text, s)
        assert s["start"] >= prev, (text, spans)
        prev = s["end"]
        before = text[s["start"] - 1] if s["start"] else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if form in ("spoken", "mixed"):
            assert before == " " and after == " ", (text, s)
        else:
            assert not before.isalnum() and not after.isalnum(), (text, s)
    if form == "spoken":
        assert not re.search(r"\d", text), text
        assert text == text.lower(), text
        assert not re.search(r"[,;:!?]", text), text
    if form == "mixed":
        if not any(re.search(r"\d", s["value"]) for s in spans):
            return False
        if not any(NUMWORD.search(s["value"]) for s in spans):
            return False
    if form == "none":
        assert not spans
    if form in ("written", "spoken", "mixed"):
        assert spans
    return True


def make(fn, form, cs=None):
    for _ in range(30):
        b = B(form, R, cs)
        fn(b)
        text, spans = b.build()
        if check(text, spans, form):
            return text, spans
    return None


def main():
    recs = []
    seen = set()

    def emit(form, fns, n, cs_cycle=None):
        pool = [f for f in fns if form in getattr(f, "forms", (form,))] if form != "none" else list(fns)
        order = []
        k = 0
        while len([x for x in recs if x["form"] == form]) < n:
            if not order:
                order = pool[:]
                R.shuffle(order)
            fn = order.pop()
            cs = None if form != "none" else ("w" if k % 2 == 0 else "s")
            k += 1
            out = make(fn, form, cs)
            if out is None:
                continue
            text, spans = out
            if text in seen:
                continue
            seen.add(text)
            recs.append({"text": text, "spans": spans, "form": form, "template": fn.__name__})

    emit("written", PII_T, N_WRITTEN)
    emit("spoken", PII_T, N_SPOKEN)
    emit("mixed", PII_T, N_MIXED)
    emit("none", NONE_T, N_NONE)
    R.shuffle(recs)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(recs, 1):
            line = {"id": f"ts-{i:04d}", "text": rec["text"], "spans": rec["spans"], "form": rec["form"]}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    forms = Counter(r["form"] for r in recs)
    types = Counter(s["type"] for r in recs for s in r["spans"])
    used = Counter(r["template"] for r in recs)
    print(f"{len(recs)} utterances -> {OUT}")
    print("forms:", dict(forms))
    print("spans:", dict(sorted(types.items())), "total", sum(types.values()))
    print(f"templates: {len(PII_T)} PII + {len(NONE_T)} no-PII; used {len(used)}")


if __name__ == "__main__":
    sys.exit(main())

"""Generate French and Moroccan call-centre utterances with gold PII spans, for evaluating the scrubber.

    .venv/bin/python evals/pii/generate_fr.py     # writes evals/pii/fr_generated.jsonl and prints a summary

Deterministic (fixed seed; Faker and num2words versions pinned by the virtualenv). Each line is
{"id", "text", "spans": [{"type", "start", "end", "value"}], "form": "written"|"spoken"|"mixed"|"none"}.
Spans are built by construction: the text is assembled piece by piece and each value's offsets recorded.
"""

from __future__ import annotations

import json
import random
import re
import string
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker
from num2words import num2words

SEED, N = 20261121, 800
OUT = Path(__file__).with_name("fr_generated.jsonl")
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "FR_NIR", "CREDIT_CARD", "IBAN_CODE",
         "DATE_OF_BIRTH", "MA_CIN", "CUSTOMER_ID", "SECRET", "IP_ADDRESS")
WEIGHT = {t: 2 if t in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS") else 1 for t in TYPES}
FORM_SHARE = {"written": 0.45, "spoken": 0.25, "mixed": 0.10, "none": 0.20}
RAW_SHARE = {"written": 0.4, "spoken": 0.6, "mixed": 0.5, "none": 0.4}  # lowercase, no punctuation
ADV_SHARE, EDGE_SHARE = 0.10, 0.25  # adversarial PII utterances; of those, value at the very start/end
# adversarial kinds per type, for a written value and for a spoken or mixed one ("edge" is chosen apart)
# case: UPPER/lower/Title; sep: irregular separators; spaced: every character apart; interject: "… attendez…" inside
ADV = {"PERSON": ("case", "case"), "PHONE_NUMBER": ("sep spaced interject", "interject"),
       "EMAIL_ADDRESS": ("case sep", "interject case"), "FR_NIR": ("sep spaced interject", "interject"),
       "CREDIT_CARD": ("sep spaced interject", "interject"), "IBAN_CODE": ("case sep interject", "interject"),
       "ADDRESS": ("case interject", "interject"), "DATE_OF_BIRTH": ("sep", "interject"),
       "MA_CIN": ("case sep spaced", "interject"), "CUSTOMER_ID": ("case sep spaced", "interject"),
       "SECRET": ("spaced", "interject"), "IP_ADDRESS": ("sep", "interject")}

# ---------------------------------------------------------------- word lists (written for this project)
MA_FIRST = {"m": ["Youssef", "Mohamed", "Amine", "Hamza", "Rachid", "Saïd", "Karim", "Hassan", "Omar", "Anas", "Ilyas",
                  "Mehdi", "Othmane", "Abdelilah", "Mohamed Amine", "Yassine"],
            "f": ["Fatima Zahra", "Khadija", "Salma", "Meryem", "Imane", "Nadia", "Aïcha", "Zineb", "Soukaina", "Hind",
                  "Kawtar", "Houda", "Sanaa", "Ghizlane"]}
MA_LAST = ["El Amrani", "Benali", "Alaoui", "El Idrissi", "Bennani", "Tazi", "Berrada", "Chraïbi", "El Fassi",
           "Benjelloun", "Ouazzani", "Bouzid", "El Mansouri", "Lahlou", "Sebti", "Kettani", "Naciri", "Cherkaoui",
           "Hajji", "Aït Ali", "Belkadi", "Ziani", "Mernissi", "Saadi", "Rami"]
DOMAINS = [("orange", "fr"), ("gmail", "com"), ("free", "fr"), ("sfr", "fr"), ("laposte", "net"), ("hotmail", "fr"),
           ("yahoo", "fr"), ("outlook", "fr"), ("wanadoo", "fr"), ("icloud", "com"), ("menara", "ma"), ("gmail", "com"),
           ("bbox", "fr"), ("live", "fr"), ("hotmail", "com")]
FR_STREETS = ["rue de la Paix", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue Pasteur", "impasse des Lilas",
              "chemin des Vignes", "allée des Tilleuls", "place de la République", "rue du Général Leclerc",
              "rue des Écoles", "avenue de la Gare", "rue Émile Zola", "quai des Chartrons", "rue de la Liberté",
              "cours Gambetta", "rue Nationale", "route de la Mer", "square des Peupliers"]
FR_CITIES = [("75002", "Paris"), ("69007", "Lyon"), ("13008", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"),
             ("59000", "Lille"), ("33000", "Bordeaux"), ("67000", "Strasbourg"), ("34000", "Montpellier"),
             ("35000", "Rennes"), ("38000", "Grenoble"), ("06000", "Nice"), ("42100", "Saint-Étienne"),
             ("63000", "Clermont-Ferrand"), ("13100", "Aix-en-Provence"), ("76000", "Rouen"), ("93200", "Saint-Denis")]
RESIDENCES = ["les Oliviers", "les Jardins de Provence", "le Clos des Vignes", "les Tilleuls", "Bellevue",
              "les Acacias"]
MA_STREETS = [("rue Ibn Batouta", "rue ibn batouta"), ("avenue Hassan II", "avenue hassan deux"),
              ("boulevard Mohammed V", "boulevard mohammed cinq"), ("rue Allal Ben Abdellah", "rue allal ben abdellah"),
              ("boulevard Zerktouni", "boulevard zerktouni"), ("avenue des FAR", "avenue des far"),
              ("rue Oued Sebou", "rue oued sebou"), ("avenue Moulay Youssef", "avenue moulay youssef")]
MA_QUARTIERS = ["Maârif", "Hay Riad", "Agdal", "Guéliz", "Sidi Maârouf", "Bourgogne", "Hay Mohammadi",
                "Les Orangers"]
MA_LOTS = ["Al Amal", "Al Wifaq", "Essalam", "Annakhil", "Al Manar"]
MA_CITIES = [("20250", "Casablanca"), ("10000", "Rabat"), ("40000", "Marrakech"), ("30000", "Fès"),
             ("90000", "Tanger"), ("80000", "Agadir"), ("14000", "Kénitra"), ("50000", "Meknès")]
CIN_PREFIXES = ("A B BE BK BJ BH C CD D DA E EE F G GM H HH I J JA JC JE K KB L LA M MC N P PA Q R S SH T U UA V W WA"
                " X Y Z AB AD").split()
PWD_WORDS = ("soleil chouchou doudou papillon bonheur loulou azerty princesse liberte atlas jasmine tigrou nounours"
             " football vacances bisou").split()
SYMBOLS = {"": "", "!": "point d'exclamation", "*": "étoile", "#": "dièse"}
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
DIGIT = "zéro un deux trois quatre cinq six sept huit neuf".split()
INTERJ = ["euh", "attendez", "pardon", "attendez je regarde", "euh je reprends", "non pardon", "hum", "attendez voir"]
FILLERS = ["", "", "", "euh, ", "alors, ", "en fait ", "du coup ", "bah ", "ben ", "bon, ", "voilà, ", "écoutez, ",
           "donc ", "euh… ", "oui alors "]
DURATIONS = ["trois semaines", "deux mois", "dix jours", "quinze jours", "six mois", "2 semaines", "3 jours", "un an"]
WAITS = ["45 minutes", "une heure", "une bonne demi-heure", "20 minutes", "trois quarts d'heure"]
HOURS = ["demain matin", "à 18 h", "entre 12 h et 14 h", "après 17h30", "en fin de journée", "vers 9 heures",
         "lundi prochain"]
OFFERS = ["Verte Fixe", "Volta Nature", "Heures Creuses", "Base", "Tempo", "Verte Indexée"]  # energy
PLANS = ["Tous Risques", "Sérénité Habitation", "Essentielle", "Confort Plus", "Tiers Étendu"]  # insurance
BRANDS = ["Volta Énergie", "Assuréa", "Volta", "Ondéa Mobile"]
DEVICES = ["Linky", "Gazpar"]

# ---------------------------------------------------------------- numbers read aloud
def words(n: int) -> str:
    return num2words(n, lang="fr")

def say_digits(s: str) -> str:
    """'0612' -> 'zéro six un deux'; letters are spelled ('BE' -> 'b e')."""
    return " ".join(DIGIT[int(ch)] if ch.isdigit() else ch.lower() for ch in s)

def say_group(s: str) -> str:
    """A group read as a number: '006' -> 'zéro zéro six', '84' -> 'quatre-vingt-quatre', '2A' -> 'deux a'."""
    if not s.isdigit():
        return say_digits(s)
    rest = s.lstrip("0")
    return " ".join(["zéro"] * (len(s) - len(rest)) + ([words(int(rest))] if rest else []))

def say_postcode(pc: str) -> str:
    if pc.endswith("000"):
        return ("zéro " if pc[0] == "0" else "") + words(int(pc))
    return f"{say_group(pc[:2])} {say_group(pc[2:])}"

def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))

class Ctx:
    """Random sources plus how the current value is rendered: form, raw (speech-to-text) style, adversarial kind."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.fake = Faker("fr_FR")
        self.fake.seed_instance(seed)
        self.form, self.raw, self.adv = "written", False, None

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.pick(string.digits) for _ in range(n))

def interjection(c: Ctx) -> str:
    x = c.pick(INTERJ)
    return f" {x} " if c.raw else c.pick([f"… {x}… ", f", {x}, "])

def join(c: Ctx, chunks: list[str], sep: str | list[str] = " ") -> str:
    """Join chunks; an 'interject' value gets a hesitation between two chunks (inside the span)."""
    seps = [sep] * (len(chunks) - 1) if isinstance(sep, str) else list(sep)
    if c.adv == "interject" and seps:
        k = c.rng.randrange(len(seps))
        seps[k] = interjection(c) if seps[k].strip() in ("", ",") else seps[k].rstrip() + interjection(c)
    return chunks[0] + "".join(s + ch for s, ch in zip(seps, chunks[1:]))

def written_groups(c: Ctx, groups: list[str], seps=(" ",)) -> str:
    if c.adv == "sep":  # irregular separators
        return join(c, groups, [c.pick([".", "-", "  ", " . ", " - ", "."]) for _ in groups[1:]])
    if c.adv == "spaced":  # every character apart: "0 6 1 2 ..."
        return " ".join("".join(groups))
    return join(c, groups, c.pick(seps))

def mix(c: Ctx, groups: list[str], sep=" ", say=say_group) -> str:
    """Some groups read aloud, the others written as digits (at least one of each)."""
    k = c.rng.randrange(1, len(groups))
    spoken_first = c.chance(0.5)
    return join(c, [say(g) if (i < k) == spoken_first else g for i, g in enumerate(groups)], sep)

def number_chunks(c: Ctx, s: str) -> list[str]:
    """A digit string read aloud: digit by digit, in pairs, in triples or (no leading zero) as one number."""
    whole = s[0] != "0" and len(s) <= 6 and c.adv != "interject"  # an interjection needs two chunks
    styles = ["digits", "pairs", "triples"] + (["whole"] if whole else [])
    style = c.pick(styles)
    if style == "digits":
        return [DIGIT[int(ch)] for ch in s]
    if style == "whole":
        return [words(int(s))]
    n = 2 if style == "pairs" else 3
    return [say_group(s[i:i + n]) for i in range(0, len(s), n)]

# ---------------------------------------------------------------- one generator per entity type
def person_name(c: Ctx, gender: str | None = None) -> tuple[str, str]:
    gender = gender or c.pick("mf")
    if c.chance(0.35):
        return c.pick(MA_FIRST[gender]), c.pick(MA_LAST)
    return (c.fake.first_name_male() if gender == "m" else c.fake.first_name_female()), c.fake.last_name()

def spell(name: str, sep=" ") -> str:
    letters = [ch for ch in strip_accents(name) if ch.isalpha()]
    return sep.join(ch.lower() if sep == " " else ch.upper() for ch in letters)

def gen_person(c: Ctx, variant: str | None) -> str:
    """variant: part ('first', 'last', 'full'; else full or 'DUPONT Marie') and/or gender ('m', 'f'): 'first_f'."""
    opts = (variant or "").split("_")
    first, last = person_name(c, next((o for o in opts if o in ("m", "f")), None))
    v = next((o for o in opts if o in ("first", "last", "full")), None) or c.pick(["full", "full", "full", "formal"])
    name = {"first": first, "last": last, "full": f"{first} {last}",
            "formal": f"{last.upper()} {first}" if c.form == "written" else f"{last} {first}"}[v]
    spelled = first if v == "first" else last
    if c.form == "written":
        return name
    if c.raw:
        name = name.lower()
    if c.form == "mixed":
        return f"{name} {spell(spelled, '-')}"
    return f"{name} {spell(spelled)}" if c.chance(0.25) else name

def gen_phone(c: Ctx, variant: str | None) -> str:
    kind = c.rng.choices(["fr_mob", "fr_fix", "ma_mob", "ma_fix"], [50, 18, 22, 10])[0]
    cc = "33" if kind.startswith("fr") else "212"
    head = {"fr_mob": c.pick("67"), "fr_fix": c.pick("123459"), "ma_mob": c.pick("67"), "ma_fix": "5"}[kind]
    rest = (c.pick(["22", "24", "28", "35", "37"]) + c.digits(6)) if kind == "ma_fix" else c.digits(8)
    nat = "0" + head + rest
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    intl = c.chance(0.3)
    if c.form == "written":
        if intl:
            prefix = c.pick(["+", "00"]) + cc
            if c.adv is None and c.chance(0.2):
                return prefix + head + rest
            return prefix + " " + written_groups(c, [head] + pairs[1:], (" ", ".", "-"))
        groups = [nat[:4]] + pairs[2:] if kind == "ma_fix" and c.chance(0.5) else pairs
        return written_groups(c, groups, (" ", " ", " ", "", ".", "-"))
    if c.form == "spoken":
        say = say_digits if c.chance(0.3) else say_group
        chunks = [say(p) for p in ([head] + pairs[1:] if intl else pairs)]
        if intl:
            chunks[0] = f"{c.pick(['plus', 'zéro zéro'])} {words(int(cc))} {chunks[0]}"
        return join(c, chunks)
    return mix(c, pairs)

def gen_email(c: Ctx, variant: str | None) -> str:
    first, last = (re.sub(r"[^a-z]", "", strip_accents(x).lower()) for x in person_name(c))
    num = c.pick(["", "", "", str(c.rng.randint(1, 99)), str(c.rng.randint(1950, 2005)), f"{c.rng.randint(1, 95):02d}"])
    local = c.pick([[first, ".", last], [first[0], ".", last], [first, last], [first, "_", last], [last, ".", first],
                    [first, "-", last], [first[0], last], [first]])
    if num or len(local) == 1:
        local = local + [num or str(c.rng.randint(10, 99))]
    dom, tld = c.pick(DOMAINS)
    sym = {".": "point", "-": "tiret", "_": c.pick(["tiret du bas", "underscore", "tiret bas"])}
    spoken = [sym.get(t) or (say_group(t) if t.isdigit() else t) for t in local]
    if c.form == "written":
        at = c.pick([" @ ", "@ ", " @"]) if c.adv == "sep" else "@"
        return "".join(local) + at + f"{dom}.{tld}"
    if c.form == "spoken":
        return join(c, spoken + ["arobase", dom, "point", tld])
    if c.chance(0.5):
        return join(c, spoken + ["arobase", f"{dom}.{tld}"])
    return join(c, ["".join(local), "arobase", dom, "point", tld])

def gen_nir(c: Ctx, variant: str | None) -> str:
    dept = c.pick(["2A", "2B"]) if c.chance(0.08) else f"{c.pick([d for d in range(1, 96) if d != 20]):02d}"
    sex = {"m": "1", "f": "2"}.get(variant or "", c.pick("12"))  # variant 'm'/'f' keeps the text's gender
    groups = [sex, f"{c.rng.randint(0, 99):02d}", f"{c.rng.randint(1, 12):02d}", dept,
              f"{c.rng.randint(1, 990):03d}", f"{c.rng.randint(1, 999):03d}"]
    body = "".join(groups)
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    groups.append(f"{key:02d}")
    if c.form == "written":
        return written_groups(c, groups, (" ", " ", " ", ""))
    if c.form == "spoken":
        return join(c, [say_group(g) for g in groups])
    return mix(c, groups)

def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0

def gen_card(c: Ctx, variant: str | None) -> str:
    prefix = "4" if c.chance(0.6) else "5" + c.pick("12345")
    body = prefix + c.digits(15 - len(prefix))
    num = next(body + d for d in string.digits if luhn_ok(body + d))
    groups = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = " " if c.raw else c.pick([" ", ", "])
    if c.form == "written":
        return written_groups(c, groups, (" ", " ", "-", ""))
    if c.form == "spoken":
        say = say_digits if c.chance(0.4) else say_group
        return join(c, [say(g) for g in groups], sep)
    return mix(c, groups, sep)

RIB_LETTERS = str.maketrans(string.ascii_uppercase, "123456789123456789" + "23456789")

def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1

def gen_iban(c: Ctx, variant: str | None) -> str:
    cc = c.rng.choices(["FR", "MA", "ES", "BE"], [60, 20, 10, 10])[0]
    if cc == "FR":  # bank, branch, 11-character account, RIB key
        bank, branch, acct = c.digits(5), c.digits(5), c.digits(11)
        if c.chance(0.15):
            i = c.rng.randrange(11)
            acct = acct[:i] + c.pick(string.ascii_uppercase) + acct[i + 1:]
        rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct.translate(RIB_LETTERS))) % 97
        bban = f"{bank}{branch}{acct}{rib:02d}"
    elif cc == "BE":
        b = c.digits(10)
        bban = f"{b}{int(b) % 97 or 97:02d}"
    else:
        bban = c.digits(24 if cc == "MA" else 20)
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + cc + "00")) % 97
    iban = f"{cc}{check:02d}{bban}"
    assert iban_ok(iban), iban
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if c.form == "written":
        return written_groups(c, groups, (" ", " ", " ", ""))
    head = f"{say_digits(cc)} {say_group(iban[2:4])}"
    say = say_digits if c.chance(0.3) else say_group
    if c.form == "spoken":
        return join(c, [head] + [say(g) for g in groups[1:]])
    if c.chance(0.5):
        return join(c, [groups[0]] + [say(g) for g in groups[1:]])
    return mix(c, groups)

def address_parts(c: Ctx, street_first: bool) -> list[tuple[str, str, str]]:
    """(written, spoken, separator before it): 'tight' (always a space) or 'soft' (a comma is allowed).
    street_first: the address starts with a house number (after "j'habite au ...")."""
    num = c.rng.randint(1, 180)
    suffix = c.pick(["", "", "", "", " bis", " ter"])
    number = (f"{num}{suffix}", words(num) + suffix, "tight")

    def said(text, sep="soft"):
        return (text, text.lower(), sep)

    def numbered(label, n, sep="soft"):
        return (f"{label} {n}", f"{label} {words(n)}", sep)

    r = c.rng.random()
    if r < 0.25:  # Moroccan
        street = c.pick(MA_STREETS) + ("tight",)
        pc, city = c.pick(MA_CITIES)
        tail = ([(pc, say_postcode(pc), "soft"), said(city, "tight")] if c.chance(0.3) else [said(city)])
        shape = 0 if street_first else c.rng.random()
        if shape < 0.5:
            parts = [number, street, said("quartier " + c.pick(MA_QUARTIERS))]
        elif shape < 0.75:
            parts = [said("lotissement " + c.pick(MA_LOTS)), numbered("villa", c.rng.randint(1, 60))]
        else:
            parts = [numbered("appartement", c.rng.randint(1, 30)), numbered("immeuble", c.rng.randint(1, 90)),
                     (street[0], street[1], "soft")]
        return parts + tail
    if r < 0.4 and not street_first:  # residence, building, flat
        parts = [said("résidence " + c.pick(RESIDENCES)), said(f"bâtiment {c.pick('ABCDEF')}"),
                 numbered("appartement", c.rng.randint(1, 120))]
        if c.chance(0.5):
            parts += [(number[0], number[1], "soft"), said(c.pick(FR_STREETS), "tight")]
    else:
        street = c.pick(FR_STREETS) if c.chance(0.55) else c.fake.street_name()
        parts = [number, said(street, "tight")]
    if c.chance(0.75):
        pc, city = c.pick(FR_CITIES) if c.chance(0.6) else (c.fake.postcode(), c.fake.city())
        parts += [(pc, say_postcode(pc), "soft"), said(city, "tight")]
    return parts

def gen_address(c: Ctx, variant: str | None) -> str:
    parts = address_parts(c, variant == "num")
    seps = [" " if c.raw or kind == "tight" else c.pick([", ", " "]) for _, _, kind in parts[1:]]
    if c.form == "written":
        return join(c, [w for w, _, _ in parts], seps)
    if c.form == "spoken":
        return join(c, [s for _, s, _ in parts], seps)
    numeric = [i for i, (w, s, _) in enumerate(parts) if w.lower() != s]
    spoken = {numeric[0]} if len(numeric) < 2 else set(c.rng.sample(numeric, c.rng.randint(1, len(numeric) - 1)))
    return join(c, [s if i in spoken else w for i, (w, s, _) in enumerate(parts)], seps)

def gen_dob(c: Ctx, variant: str | None) -> str:
    y, m, d = c.rng.randint(1940, 2004), c.rng.randint(1, 12), c.rng.randint(1, 28)
    day = "1er" if d == 1 else str(d)
    if c.form == "written":
        if c.adv == "sep":
            return c.pick([f"{d:02d} / {m:02d} / {y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}{m:02d}{y}",
                           f"{d:02d} {m:02d} {y}"])
        return c.pick([f"{d:02d}/{m:02d}/{y}", f"{day} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
                       f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}"])
    day_w = "premier" if d == 1 else words(d)
    year_w = f"dix-neuf cent {words(y % 100)}" if y < 2000 and y % 100 and c.chance(0.3) else words(y)
    if c.form == "spoken":
        return join(c, [day_w, MONTHS[m - 1], year_w])
    return c.pick([join(c, [day, MONTHS[m - 1], year_w]), join(c, [day_w, MONTHS[m - 1], str(y)])])

def gen_cin(c: Ctx, variant: str | None) -> str:
    letters = c.pick(CIN_PREFIXES)
    num = c.digits(6 if len(letters) == 1 or c.chance(0.6) else 5)
    if c.form == "written":
        if c.adv in ("sep", "spaced"):
            return " ".join(letters + num) if c.adv == "spaced" else letters + c.pick(["-", ".", "  ", " - "]) + num
        return c.pick([letters + num, letters + num, f"{letters} {num}"])
    if c.form == "spoken":
        return join(c, [say_digits(letters)] + number_chunks(c, num))
    if c.chance(0.5):
        return join(c, [letters] + number_chunks(c, num))
    return join(c, [say_digits(letters), num])

def gen_customer(c: Ctx, variant: str | None) -> str:
    kind = variant or c.pick(["volta", "assurea", "contract"])
    parts = {"volta": ["VE", c.digits(6)], "assurea": ["AS", str(c.rng.randint(2016, 2025)), c.digits(6)],
             "contract": [c.pick("123456789") + c.digits(3), c.digits(4), c.digits(2)]}[kind]
    if c.form == "written":
        if kind == "contract":
            return written_groups(c, parts, (" ", " ", ""))
        if c.adv == "spaced":
            return " ".join(p if p.isalpha() else " ".join(p[i:i + 3] for i in range(0, len(p), 3)) for p in parts)
        return written_groups(c, parts, ("-",)) if c.adv != "sep" else c.pick([" ", " - ", "/"]).join(parts)
    said = [[say_digits(p)] if p.isalpha() else ([words(int(p))] if len(p) == 4 and kind == "assurea"
                                                  else number_chunks(c, p)) for p in parts]
    if c.form == "spoken":
        return join(c, [w for chunk in said for w in chunk])
    if kind == "contract":
        return mix(c, parts)
    return join(c, [parts[0]] + [w for chunk in said[1:] for w in chunk])

def gen_secret(c: Ctx, variant: str | None) -> str:
    if (variant or c.pick(["pin", "pwd"])) == "pin":
        pin = c.digits(6 if c.chance(0.1) else 4)
        if c.form == "written":
            return " ".join(pin) if c.adv == "spaced" else pin
        if c.form == "spoken":
            return join(c, number_chunks(c, pin))
        return join(c, [pin[:2], say_group(pin[2:])])
    word = c.pick(PWD_WORDS) if c.chance(0.7) else re.sub(r"[^a-z]", "", strip_accents(person_name(c)[0]).lower())
    cap = c.chance(0.4)
    num = c.pick([str(c.rng.randint(2015, 2025)), f"{c.rng.randint(1, 99):02d}", "123", str(c.rng.randint(1, 9))])
    sym = c.pick(["", "", "!", "*", "#"])
    written = (word.capitalize() if cap else word) + num + sym
    if c.form == "written":
        return " ".join(written) if c.adv == "spaced" else written
    num_w = say_group(num) if c.chance(0.6) else say_digits(num)
    if c.form == "spoken":
        chunks = [word] + ([f"avec un {word[0]} majuscule"] if cap and c.chance(0.5) else []) + [num_w]
        return join(c, chunks + ([SYMBOLS[sym]] if sym else []))
    if sym:
        return join(c, [(word.capitalize() if cap else word) + num, SYMBOLS[sym]])
    return join(c, [word.capitalize() if cap else word, num_w])

def gen_ip(c: Ctx, variant: str | None) -> str:
    if c.chance(0.2):
        prefix = list(c.pick([("2001", "db8"), ("2a01", "cb00"), ("fe80",), ("2a02", "8428"), ("2c0f", "f3a0")]))
        suffix = [f"{c.rng.randrange(1, 65536):x}" for _ in range(c.rng.randint(1, 3))]
        if c.form == "written":
            return ":".join(prefix) + "::" + ":".join(suffix)
        colon = " deux-points "
        seps = [colon] * (len(prefix) - 1) + [" deux-points deux-points "] + [colon] * (len(suffix) - 1)
        chunks = [say_group(g) if g.isdigit() else say_digits(g) for g in prefix + suffix]
        if c.form == "mixed":
            return join(c, [":".join(prefix)] + chunks[len(prefix):], seps[len(prefix) - 1:])
        return join(c, chunks, seps)
    first = c.pick([192, 10, 172, c.pick([41, 86, 90, 105, 109, 176, 196])])
    octets = [first, {192: 168, 172: c.rng.randint(16, 31)}.get(first, c.rng.randint(0, 255)),
              c.rng.randint(0, 254), c.rng.randint(1, 254)]
    if c.form == "written":
        return c.pick([" . ", ". ", " ."]).join(map(str, octets)) if c.adv == "sep" else ".".join(map(str, octets))
    if c.form == "spoken":
        return join(c, [words(o) for o in octets], " point ")
    return join(c, [f"{octets[0]}.{octets[1]}"] + [words(o) for o in octets[2:]], " point ")

GEN = {"PERSON": gen_person, "PHONE_NUMBER": gen_phone, "EMAIL_ADDRESS": gen_email, "ADDRESS": gen_address,
       "FR_NIR": gen_nir, "CREDIT_CARD": gen_card, "IBAN_CODE": gen_iban, "DATE_OF_BIRTH": gen_dob,
       "MA_CIN": gen_cin, "CUSTOMER_ID": gen_customer, "SECRET": gen_secret, "IP_ADDRESS": gen_ip}

# ---------------------------------------------------------------- non-PII material that must survive
def amount(c: Ctx, spoken: bool) -> str:
    euros, cents = c.rng.randint(12, 1800), c.pick([0, 0, c.rng.randint(1, 99)])
    if spoken:
        return f"{words(euros)} euros" + (f" {words(cents)}" if cents else "")
    e = f"{euros:,}".replace(",", " ")
    return e + (f",{cents:02d}" if cents else "") + c.pick([" euros", " €", "€", " euros"])

def index(c: Ctx, spoken: bool) -> str:
    n = c.rng.randint(1000, 99999)
    return words(n) if spoken else c.pick([f"{n:,}".replace(",", " "), str(n), f"{n:06d}"])

def date(c: Ctx, spoken: bool) -> str:
    d, m = c.rng.randint(1, 28), c.rng.randint(1, 12)
    if spoken:
        return f"{'premier' if d == 1 else words(d)} {MONTHS[m - 1]}"
    return c.pick([f"{'1er' if d == 1 else d} {MONTHS[m - 1]}", f"{d:02d}/{m:02d}", f"{d} {MONTHS[m - 1]}"])

NUMERIC = {"AMOUNT": amount, "INDEX": index, "DATE": date}  # may be read aloud
CHOICES = {"F": FILLERS, "TITLE": ["madame", "monsieur", "mademoiselle"], "DUR": DURATIONS, "WAIT": WAITS,
           "HOUR": HOURS, "OFFER": OFFERS, "PLAN": PLANS, "BRAND": BRANDS, "DEVICE": DEVICES}

# ---------------------------------------------------------------- templates (written for this project)
PII_TEMPLATES = [
    "{F}bonjour, je m'appelle {PERSON} et j'appelle pour ma facture de {AMOUNT}.",
    "oui, c'est {TITLE} {PERSON:last} à l'appareil, {F}je vous rappelle pour le dossier.",
    "le contrat est au nom de mon mari, {PERSON:m}.",
    "{F}c'est au nom de {PERSON:f}, c'est ma mère, elle est hospitalisée en ce moment.",
    "bonjour, {PERSON}, je vous appelle parce que mon compteur {DEVICE} n'envoie plus rien depuis {DUR}.",
    "je suis la fille de madame {PERSON:last}, elle a l'offre {OFFER} chez vous.",
    "mon numéro de portable c'est le {PHONE_NUMBER}.",
    "{F}vous pouvez me rappeler au {PHONE_NUMBER} plutôt {HOUR} ?",
    "alors le fixe c'est {PHONE_NUMBER} mais je suis jamais à la maison en journée.",
    "mon téléphone : {PHONE_NUMBER}",
    "{PHONE_NUMBER}, c'est le numéro de ma femme, {PERSON:f}.",
    "{F}mon adresse mail c'est {EMAIL_ADDRESS}.",
    "envoyez-moi la facture par mail sur {EMAIL_ADDRESS} s'il vous plaît.",
    "j'ai changé d'adresse mail, {F}la nouvelle c'est {EMAIL_ADDRESS}.",
    "{EMAIL_ADDRESS} c'est l'adresse que j'utilise pour l'espace client.",
    "j'habite au {ADDRESS:num} depuis {DUR}.",
    "la nouvelle adresse pour le déménagement c'est {ADDRESS}, {F}l'emménagement est prévu le {DATE}.",
    "{F}le logement assuré se trouve au {ADDRESS:num}.",
    "{F}vous m'avez envoyé le courrier au {ADDRESS:num} alors que j'ai déménagé ça fait {DUR}.",
    "{F}mon adresse c'est {ADDRESS}, et le compteur {DEVICE} est dans le garage.",
    "mon numéro de sécurité sociale c'est le {FR_NIR}.",
    "{F}pour la mutuelle, mon numéro de sécu : {FR_NIR}.",
    "le numéro de sécu de mon fils c'est {FR_NIR}, il est sur ma carte vitale.",
    "je vous donne ma carte, {F}c'est la {CREDIT_CARD}.",
    "le numéro de carte bancaire c'est {CREDIT_CARD}, {F}vous pouvez prélever les {AMOUNT}.",
    "{F}pour le prélèvement, voilà mon IBAN : {IBAN_CODE}.",
    "je voudrais changer de RIB, le nouvel IBAN c'est {IBAN_CODE}.",
    "l'échéancier à {AMOUNT} par mois, vous le mettez sur l'IBAN {IBAN_CODE}.",
    "je suis né le {DATE_OF_BIRTH}, {F}si vous voulez vérifier.",
    "ma date de naissance c'est le {DATE_OF_BIRTH}.",
    "{F}elle est née le {DATE_OF_BIRTH}, c'est elle la souscriptrice.",
    "date de naissance : {DATE_OF_BIRTH}, {F}je vous l'ai déjà donnée tout à l'heure.",
    "ma CIN c'est {MA_CIN}.",
    "{F}carte d'identité nationale numéro {MA_CIN}, je l'ai renouvelée il y a {DUR}, pas plus.",
    "le numéro de ma carte nationale c'est {MA_CIN}, {F}vous voulez que je vous envoie la copie ?",
    "mon numéro client c'est {CUSTOMER_ID:volta}, {F}j'ai l'offre {OFFER}.",
    "le numéro de police c'est {CUSTOMER_ID:assurea}, c'est pour le sinistre du {DATE}.",
    "{F}contrat numéro {CUSTOMER_ID:contract}, je voudrais le résilier.",
    "j'ai une référence de dossier, {CUSTOMER_ID}, on m'a dit de rappeler avec.",
    "le code c'est {SECRET:pin}.",
    "mon code PIN est le {SECRET:pin}, {F}je l'ai pas changé.",
    "le mot de passe de l'espace client c'est {SECRET:pwd}, {F}je crois.",
    "{F}j'ai mis comme mot de passe {SECRET:pwd} mais ça marche pas.",
    "je sais plus si le code c'est {SECRET:pin} ou l'ancien.",
    "mon IP c'est {IP_ADDRESS}, {F}le technicien me l'a demandée.",
    "sur la box c'est marqué {IP_ADDRESS} dans la page de configuration.",
    "{F}le routeur a l'adresse {IP_ADDRESS} et la connexion coupe depuis {DUR}.",
    "pour la prise en main à distance, le technicien voulait l'IP, c'est {IP_ADDRESS}.",
    "je m'appelle {PERSON}, mon numéro c'est le {PHONE_NUMBER}.",
    "{F}alors c'est {PERSON}, {EMAIL_ADDRESS} pour le mail.",
    "{PERSON}, {ADDRESS}, {F}c'est pour un changement de titulaire.",
    "je suis {TITLE} {PERSON:last}, j'habite {ADDRESS} et mon téléphone c'est le {PHONE_NUMBER}.",
    "mon numéro de sécu c'est le {FR_NIR:f} et je suis née le {DATE_OF_BIRTH}.",
    "voilà mon IBAN, {IBAN_CODE}, le compte est au nom de {PERSON}.",
    "{F}ma CIN c'est {MA_CIN} et je suis né le {DATE_OF_BIRTH}.",
    "numéro client {CUSTOMER_ID:volta}, au nom de {PERSON}, {F}j'appelle pour la facture de {AMOUNT}.",
    "je vous donne mon mail, {EMAIL_ADDRESS}, et mon portable, {PHONE_NUMBER}.",
    "{F}la carte c'est {CREDIT_CARD}, au nom de {PERSON}.",
    "l'ancienne adresse c'était {ADDRESS} et la nouvelle c'est {ADDRESS}.",
    "mon fils {PERSON:first_m} a ouvert le contrat {CUSTOMER_ID:contract} avec mon adresse mail {EMAIL_ADDRESS}.",
    "vous pouvez joindre mon mari {PERSON:m} au {PHONE_NUMBER} {HOUR}.",
    "{F}je suis {PERSON:f}, née le {DATE_OF_BIRTH}, numéro de sécu {FR_NIR:f}.",
    "il a mis l'identifiant {EMAIL_ADDRESS} et le mot de passe {SECRET:pwd}.",
    "c'est {PERSON} qui a appelé hier du {PHONE_NUMBER}, {F}c'était pour annuler le rendez-vous du {DATE}.",
    "mon numéro de police c'est {CUSTOMER_ID:assurea} et j'habite maintenant au {ADDRESS:num}.",
    "{F}le numéro pour me joindre c'est le {PHONE_NUMBER}, ou sinon par mail à {EMAIL_ADDRESS}.",
    "au nom de {PERSON:m}, né le {DATE_OF_BIRTH}, CIN {MA_CIN}.",
    "j'ai essayé avec le code {SECRET:pin} et ma carte {CREDIT_CARD} mais le paiement est refusé.",
    "l'adresse IP c'est {IP_ADDRESS}, {F}et la box est au nom de {PERSON}.",
    "le RIB de ma fille {PERSON:first_f}, c'est {IBAN_CODE}.",
    "bonjour, {PERSON} à l'appareil, j'ai reçu une facture de {AMOUNT} alors que l'index affiche {INDEX}.",
    "donc je récapitule : {PERSON}, {PHONE_NUMBER}, {EMAIL_ADDRESS}.",
    "{F}le numéro de dossier c'est {CUSTOMER_ID}, et ma carte d'identité c'est {MA_CIN}.",
]
EDGE_TEMPLATES = ["{X}", "{X}, voilà.", "{X}, c'est bien ça ?", "oui, {X}", "{F}donc c'est {X}", "je répète : {X}"]
NONE_TEMPLATES = [
    "{F}j'ai reçu une facture de {AMOUNT} alors que d'habitude je paie {AMOUNT}.",
    "l'index affiche {INDEX}, {F}je sais pas si c'est normal.",
    "le {DEVICE} clignote depuis {DUR}, {F}qu'est-ce que je dois faire ?",
    "je voudrais passer à l'offre {OFFER}, c'est possible à partir du {DATE} ?",
    "{F}le technicien devait passer le {DATE} {HOUR} et personne n'est venu.",
    "est-ce que l'offre {OFFER} serait moins chère pour moi que ce que j'ai maintenant ?",
    "mon échéance de {AMOUNT} a été prélevée deux fois ce mois-ci.",
    "{F}ça fait {DUR} que j'attends le remboursement de {AMOUNT}.",
    "chez {BRAND} on m'avait promis un geste commercial de {AMOUNT}.",
    "le relevé du {DATE} indique {INDEX} kWh, c'est beaucoup trop.",
    "{F}je suis resté {WAIT} en attente la dernière fois.",
    "le compteur Gazpar affiche {INDEX} mètres cubes.",
    "pouvez-vous décaler le rendez-vous du {DATE} au {DATE} ?",
    "la franchise c'est combien sur la formule {PLAN} ? on m'a parlé de {AMOUNT}.",
    "{F}j'ai résilié le {DATE} mais j'ai encore été prélevé de {AMOUNT}.",
    "avec les heures creuses je devrais payer moins que {AMOUNT} par mois, non ?",
    "l'attestation d'assurance {BRAND}, je la trouve pas dans l'espace client.",
    "{F}la box redémarre toute seule depuis {DUR}, j'ai déjà tout débranché.",
    "le sinistre date du {DATE}, le devis du garagiste est de {AMOUNT}.",
    "je veux juste savoir pourquoi la mensualité est passée à {AMOUNT} depuis le {DATE}.",
    "d'accord merci, {F}je rappellerai {HOUR}.",
    "{F}le Linky affiche {INDEX} en heures pleines et {INDEX} en heures creuses.",
    "ça fait {DUR} que je suis client chez {BRAND} et c'est la première fois que ça arrive.",
    "{F}on m'a dit que la formule {PLAN} coûtait {AMOUNT} par an, c'est toujours le cas ?",
]
SLOT = re.compile(r"\{([A-Z_]+)(?::(\w+))?\}")

def template_types(t: str) -> list[str]:
    return [m.group(1) for m in SLOT.finditer(t) if m.group(1) in GEN]

def raw_style(s: str) -> str:
    """Speech-to-text without punctuation: lowercase, drop punctuation unless inside a number (95,50)."""
    s = re.sub(r"[,.:](?!\d)|(?<!\d)[,.:]|[;!?…()]", "", s.lower())
    return re.sub(r" {2,}", " ", s)

def build(c: Ctx, template: str, form: str, slot_forms: list[str], adv_slot: int, adv: str | None) -> dict:
    """Assemble the utterance piece by piece; PII values are recorded with their offsets as they are placed."""
    pieces, literal, pos, k = [], "", 0, 0  # pieces alternate: literal text, PII value, literal text, ...
    for m in SLOT.finditer(template):
        literal += template[pos:m.start()]
        pos = m.end()
        name, variant = m.groups()
        if name in NUMERIC:
            literal += NUMERIC[name](c, c.chance(0.7 if form == "spoken" else 0.4 if c.raw else 0))
            continue
        if name in CHOICES:
            literal += c.pick(CHOICES[name])
            continue
        c.form, c.adv = slot_forms[k], adv if k == adv_slot else None
        value = GEN[name](c, variant)
        if c.adv == "case":
            value = c.pick([v for v in (value.upper(), value.lower(), value.title()) if v != value] or [value])
        elif c.raw and c.form == "written" and name in ("PERSON", "ADDRESS") and c.chance(0.6):
            value = value.lower()
        pieces += [literal, (name, value)]
        literal, k = "", k + 1
    pieces.append(literal + template[pos:])
    text, spans = "", []
    for i, piece in enumerate(pieces):
        if isinstance(piece, tuple):
            spans.append({"type": piece[0], "start": len(text), "end": len(text) + len(piece[1]), "value": piece[1]})
            text += piece[1]
            continue
        piece = raw_style(piece) if c.raw else re.sub(r" {2,}", " ", piece)
        piece = piece.lstrip() if i == 0 else piece
        piece = piece.rstrip() if i == len(pieces) - 1 else piece
        text += piece[:1].upper() + piece[1:] if i == 0 and not c.raw else piece
    return {"text": text, "spans": spans, "form": form}

def check(rec: dict) -> None:
    last_end = 0
    for s in rec["spans"]:
        assert rec["text"][s["start"]:s["end"]] == s["value"], (rec, s)
        assert s["start"] >= last_end and s["value"] == s["value"].strip() and s["value"], (rec, s)
        last_end = s["end"]
    assert (rec["form"] == "none") == (not rec["spans"]), rec
    assert rec["text"] == rec["text"].strip(), rec

def generate(n: int, seed: int) -> tuple[list[dict], Counter]:
    c = Ctx(seed)
    forms = [f for f, share in FORM_SHARE.items() for _ in range(round(n * share))]
    forms += ["written"] * (n - len(forms))
    c.rng.shuffle(forms)
    type_count, mixed_count, used, stats = Counter(), Counter(), Counter(), Counter()
    records, seen = [], set()
    for i, form in enumerate(forms, 1):
        c.raw = c.chance(RAW_SHARE[form])
        stats["raw" if c.raw else "cased"] += 1
        if form == "none":
            template = min(NONE_TEMPLATES, key=lambda t: (used[t], c.rng.random()))
            slot_forms, adv_slot, adv = [], -1, None
        else:
            count = mixed_count if form == "mixed" else type_count  # mixed: spread every type over mixed forms too
            deficit = lambda t: count[t] / WEIGHT[t]  # noqa: E731
            adversarial = c.chance(ADV_SHARE)
            edge = adversarial and c.chance(EDGE_SHARE)
            if edge:
                template = c.pick(EDGE_TEMPLATES).replace("{X}", "{%s}" % min(TYPES, key=deficit))
            else:  # half the time the least used template, half the time one with the least represented type
                pool = PII_TEMPLATES if form != "mixed" and c.chance(0.5) else [
                    t for t in PII_TEMPLATES if min(TYPES, key=deficit) in template_types(t)]
                template = min(pool, key=lambda t: (used[t], c.rng.random()))
            types = template_types(template)
            target = min(types, key=deficit)
            slot_forms = [form] * len(types) if form != "mixed" else (
                ["mixed"] if len(types) == 1 else [c.pick(["written", "spoken", "mixed"]) for _ in types])
            if form == "mixed" and len(types) > 1 and "mixed" not in slot_forms and len(set(slot_forms)) == 1:
                slot_forms[c.rng.randrange(len(types))] = "spoken" if slot_forms[0] == "written" else "written"
            adv_slot = types.index(target)
            adv = "edge" if edge else None
            if adversarial and not edge:
                adv = c.pick(ADV[target][0 if slot_forms[adv_slot] == "written" else 1].split())
            stats[f"adversarial:{adv}"] += bool(adv)
            type_count.update(types)
            mixed_count.update(types if form == "mixed" else [])
        used[template] += 1
        for _ in range(5):  # a short template can repeat itself; draw again
            rec = build(c, template, form, slot_forms, adv_slot, None if adv == "edge" else adv)
            if rec["text"] not in seen:
                break
        seen.add(rec["text"])
        check(rec)
        records.append({"id": f"fr-{i:04d}", **rec})
    stats["templates:pii"] = sum(1 for t in PII_TEMPLATES if used[t])
    stats["templates:none"] = sum(1 for t in NONE_TEMPLATES if used[t])
    return records, stats

def summary(records: list[dict], stats: Counter) -> str:
    by_form = Counter(r["form"] for r in records)
    cells = Counter((s["type"], r["form"]) for r in records for s in r["spans"])
    forms = ("written", "spoken", "mixed")
    lines = [f"utterances: {len(records)}  " + "  ".join(f"{f} {by_form[f]}" for f in (*forms, "none")),
             f"style: {stats['cased']} cased/punctuated, {stats['raw']} lowercase without punctuation",
             f"templates used: {stats['templates:pii']} PII + {stats['templates:none']} none"
             f" (+ {len(EDGE_TEMPLATES)} value-at-the-edge)",
             "adversarial: " + ", ".join(f"{k.split(':')[1]} {v}" for k, v in sorted(stats.items())
                                          if k.startswith("adversarial:") and v),
             "", f"{'type':<15}" + "".join(f"{f:>9}" for f in forms) + f"{'total':>9}"]
    for t in (*TYPES, "all spans"):
        row = [sum(n for (ty, fo), n in cells.items() if fo == f and t in (ty, "all spans")) for f in forms]
        lines.append(f"{t:<15}" + "".join(f"{n:>9}" for n in row) + f"{sum(row):>9}")
    return "\n".join(lines)

if __name__ == "__main__":
    records, stats = generate(N, SEED)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"wrote {OUT}\n{summary(records, stats)}")

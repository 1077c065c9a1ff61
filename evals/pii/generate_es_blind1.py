#!/usr/bin/env python3
"""Blind Spanish evaluation set for the PII scrubber: writes es_blind1.jsonl (400 utterances).

Written by a helper that never saw the scrubber, its tests or the other evaluation sets (only evals/pii/README.md).
Standard library, Faker (es_ES, plus es_MX and fr_FR for a few names) and num2words (lang="es") only; fixed seed 1111,
so the output is byte-identical with the same Faker and num2words versions.

    .venv/bin/python evals/pii/generate_es_blind1.py     # rewrites es_blind1.jsonl, prints counts

Callers: Spanish-speaking customers of a French energy supplier (Volta Énergie) and a French insurer (Assuréa), living
in Spain or in France, plus Spanish telecom and energy contexts (CUPS, fibre). Channels: 35 % chat, web-form and e-mail
messages (normal case, some typos and dropped accents), 15 % agent notes, 40 % lower-case speech-to-text transcripts
with fillers ("eh", "este", "o sea", "bueno", "pues", "mire") and numbers partly in digits and partly in Spanish words,
10 % no-PII utterances full of material that must survive (amounts, bill and appointment dates, kWh readings, offers,
brands, capitalised sentence starts, cities, the companies' own hotlines).

Each line: {"id", "text", "spans": [{"type", "start", "end", "value"}], "form": "written|spoken|mixed|none"}.
Spans are recorded while the text is assembled, never searched for afterwards.

Labelling choices
- A title (señor, señora, don, doña, Sr., Sra.) is outside the PERSON span. A surname spelled out ("g a r c i a",
  "ge de granada a erre de roma ...") is its own PERSON span; the carrier words between it and the name are outside.
  The agent's own first name is PERSON. "Apellidos, Nombre" written in one go is one span.
- A filler, hesitation, restart or self-correction inside a value ("seis uno dos eh treinta y cuatro",
  "catorce no perdón quince de marzo") belongs to its span; words that are part of the value as read out are inside it
  ("más treinta y cuatro", "letra zeta", "código postal" between the street and the town, "todo junto" between the
  parts of an e-mail, "con la primera en mayúscula" inside a password). Words before or after a value are outside.
- A value the agent reads back is labelled again. A value split by an agent turn ("cliente: ... agente: sí cliente:
  ...") is two spans.
- DATE_OF_BIRTH covers the date only ("nací el" is outside). ID_NUMBER is a Spanish DNI or NIE (valid control letter).
- CUSTOMER_ID: Volta contract and customer numbers, Assuréa policy numbers, telecom customer numbers and CUPS
  (Spanish supply point codes, valid control letters).
- SECRET: PINs, SMS verification codes, passwords, Wi-Fi keys and card security codes (CVV). A card's expiry date is
  not PII.
- IP_ADDRESS includes LAN addresses (192.168.x.x).
- Not PII: a city, region or country alone, bank and brand names, offers, amounts, meter readings, bill and appointment
  dates, powers in kW/kVA, and the companies' own hotlines (900 numbers, 09 69 numbers).
- Checksums: IBANs (ISO 13616; ES with its two CCC control digits, FR with its RIB key), cards (Luhn), DNI/NIE letters,
  CUPS control letters. The script checks every span and re-reads written and spoken numeric values back to the
  canonical value.
"""
import collections
import json
import os
import random
import re
import sys
import unicodedata

from faker import Faker
from num2words import num2words

SEED = 1111
N_UTT = 400
R = random.Random(SEED)
FK = Faker("es_ES")
FK.seed_instance(SEED)
FMX = Faker("es_MX")
FMX.seed_instance(SEED + 1)
FFR = Faker("fr_FR")
FFR.seed_instance(SEED + 2)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "es_blind1.jsonl")


# ----------------------------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------------------------

def W(n):
    return num2words(n, lang="es")


DIG = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()


def say_digits(s):
    return " ".join(DIG[int(c)] for c in s)


def say_group(s):
    if len(s) == 1:
        return DIG[int(s)]
    if s[0] == "0":
        return "cero " + say_group(s[1:])
    return W(int(s))


def strip_acc(s, keep_enye=False):
    out = []
    for ch in s:
        if keep_enye and ch in "ñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def rdigits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


LETTER_NAME = {"a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "efe", "g": "ge", "h": "hache", "i": "i",
               "j": "jota", "k": "ka", "l": "ele", "m": "eme", "n": "ene", "ñ": "eñe", "o": "o", "p": "pe",
               "q": "cu", "r": "erre", "s": "ese", "t": "te", "u": "u", "v": "uve", "w": "uve doble", "x": "equis",
               "y": "i griega", "z": "zeta"}
SPELL_WORD = {"a": "antonio", "b": "barcelona", "c": "carmen", "d": "dinamarca", "e": "españa", "f": "francia",
              "g": "granada", "h": "huelva", "i": "italia", "j": "josé", "k": "kilo", "l": "lugo", "m": "madrid",
              "n": "navarra", "ñ": "ñandú", "o": "oviedo", "p": "parís", "q": "queso", "r": "roma", "s": "sevilla",
              "t": "toledo", "u": "úbeda", "v": "valencia", "w": "washington", "x": "xilófono", "y": "yegua",
              "z": "zaragoza"}
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
ORDINAL = {1: "primero", 2: "segundo", 3: "tercero", 4: "cuarto", 5: "quinto", 6: "sexto", 7: "séptimo",
           8: "octavo", 9: "noveno"}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

FILL_IN = ["eh", "este", "o sea", "eh espere", "a ver", "mmm", "eh un momento", "bueno", "pues", "perdone",
           "espere que lo tengo aquí", "eh sí", "vale", "cómo era", "ay"]
CORR = ["no perdón", "no no", "perdón", "no espere", "me he equivocado", "digo", "no eso no"]
RESTART = ["no espere que me he liado", "perdone empiezo otra vez", "a ver otra vez", "no no vuelvo a empezar",
           "uy perdón se lo repito"]


# ----------------------------------------------------------------------------------------------------------------
# checksums
# ----------------------------------------------------------------------------------------------------------------

def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_make(prefix, length):
    body = prefix + rdigits(length - 1 - len(prefix))
    for x in "0123456789":
        if luhn_ok(body + x):
            return body + x
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country, bban):
    chk = 98 - iban_num(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(iban):
    return iban_num(iban[4:] + iban[:4]) % 97 == 1


CCC_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def ccc_digit(s):
    r = 11 - sum(int(c) * w for c, w in zip(s.zfill(10), CCC_W)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def ccc_ok(bban):
    bank, branch, dc, acct = bban[:4], bban[4:8], bban[8:10], bban[10:]
    return dc == f"{ccc_digit('00' + bank + branch)}{ccc_digit(acct)}"


def rib_key(bank, guichet, acct):
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)


def rib_ok(bban):
    return int(bban[21:23]) == rib_key(bban[:5], bban[5:10], bban[10:21])


def dni_ok(s):
    s = s.upper()
    if s[0] in "XYZ":
        num = str("XYZ".index(s[0])) + s[1:8]
    else:
        num = s[:8]
    return len(s) == 9 and num.isdigit() and DNI_LETTERS[int(num) % 23] == s[8]


def cups_ok(s):
    s = s.upper()
    n = int(s[2:18]) % 529
    return s[18:20] == DNI_LETTERS[n // 23] + DNI_LETTERS[n % 23]


# ----------------------------------------------------------------------------------------------------------------
# spoken number reader, used only to check generated values
# ----------------------------------------------------------------------------------------------------------------

def _n(s):
    return strip_acc(s.lower(), keep_enye=True)


UNITS = {_n(w): i for i, w in enumerate(DIG)}
TEENS = {_n(W(i)): i for i in range(10, 30)}
TENS = {_n(W(i)): i for i in range(30, 100, 10)}
HUND = {_n(W(i)): i for i in range(200, 1000, 100)}
HUND["ciento"] = 100
HUND["cien"] = 100
LNAME_REV = {_n(v): k for k, v in LETTER_NAME.items() if " " not in v}
SPELLW = {_n(v) for v in SPELL_WORD.values()}


def _small(t, i):
    n = len(t)
    if t[i] in HUND:
        v = HUND[t[i]]
        i += 1
        if t[i - 1] == "cien":
            return v, i
        if i < n and t[i] in TENS:
            v += TENS[t[i]]
            i += 1
            if i + 1 < n and t[i] == "y" and t[i + 1] in UNITS and UNITS[t[i + 1]] > 0:
                v += UNITS[t[i + 1]]
                i += 2
        elif i < n and t[i] in TEENS:
            v += TEENS[t[i]]
            i += 1
        elif i < n and t[i] in UNITS and UNITS[t[i]] > 0:
            v += UNITS[t[i]]
            i += 1
        return v, i
    if t[i] in TENS:
        v = TENS[t[i]]
        i += 1
        if i + 1 < n and t[i] == "y" and t[i + 1] in UNITS and UNITS[t[i + 1]] > 0:
            v += UNITS[t[i + 1]]
            i += 2
        return v, i
    if t[i] in TEENS:
        return TEENS[t[i]], i + 1
    return UNITS[t[i]], i + 1


def _is_num(w):
    return w in UNITS or w in TEENS or w in TENS or w in HUND or w == "mil"


def read_back(text):
    """Turn a spoken or written value back into its characters (digits, letters, + . - @ _)."""
    t = [_n(x) for x in re.findall(r"[^\s,]+", text)]
    out, i, n = [], 0, len(t)
    while i < n:
        w = t[i]
        if w == "i" and i + 1 < n and t[i + 1] == "griega":
            out.append("y"); i += 2; continue
        if w == "uve" and i + 1 < n and t[i + 1] == "doble":
            out.append("w"); i += 2; continue
        if w == "guion" and i + 1 < n and t[i + 1] == "bajo":
            out.append("_"); i += 2; continue
        if w == "todo" and i + 1 < n and t[i + 1] == "junto":
            i += 2; continue
        if w == "de" and i + 1 < n and t[i + 1] in SPELLW:
            i += 2; continue
        if w == "y" and i + 1 < n and t[i + 1] == "la":
            i += 1; continue
        if w in ("letra", "codigo", "postal", "numero", "con", "la"):
            i += 1; continue
        if w == "mas":
            out.append("+"); i += 1; continue
        if w == "punto":
            out.append("."); i += 1; continue
        if w == "guion":
            out.append("-"); i += 1; continue
        if w == "arroba":
            out.append("@"); i += 1; continue
        if _is_num(w):
            if w == "mil":
                v = 1
            else:
                if w == "cero":
                    out.append("0"); i += 1; continue
                v, i = _small(t, i)
            if i < n and t[i] == "mil":
                v *= 1000
                i += 1
                if i < n and _is_num(t[i]) and t[i] not in ("cero", "mil"):
                    r, i = _small(t, i)
                    v += r
            out.append(str(v))
            continue
        if w in LNAME_REV:
            out.append(LNAME_REV[w]); i += 1; continue
        out.append(w)
        i += 1
    return "".join(out)


def alnum(s):
    return re.sub(r"[^0-9A-Za-zñÑ]", "", s).upper()


# ----------------------------------------------------------------------------------------------------------------
# values
# ----------------------------------------------------------------------------------------------------------------

class V:
    """One PII value: text as it appears, its type, form, hardness and canonical value (for checks)."""

    def __init__(self, typ, text, form, canon=None, hard=None, clean=None, check=None):
        self.typ, self.text, self.form, self.canon = typ, text, form, canon
        self.hard = hard          # None or a short label: filler, correction, restart, spelled, readback, ...
        self.clean = clean        # for spoken numeric values: the text without the hard insertion
        self.check = check        # how to check: "alnum", "phone", "email", "ip", None


def spoken_chunk(c, style):
    if style == "digits" or not c.isdigit():
        return say_digits(c) if c.isdigit() else c
    if len(c) <= 2:
        return say_group(c)
    if len(c) == 3:
        if c[0] != "0" and c[1:] == "00":
            return say_digits(c)
        return say_group(c)
    if len(c) == 4:
        if c[0] not in "01" and int(c[2:]) >= 10 and R.random() < 0.25:
            return W(int(c))
        return say_group(c[:2]) + " " + say_group(c[2:])
    return " ".join(say_group(c[i:i + 2]) for i in range(0, len(c), 2))


def render_chunks(chunks, mode, style=None):
    """Return (tokens, renderer). mode: spoken / mixed / written (digits in a transcript)."""
    style = style or pick(["digits", "group", "group"])
    if mode == "written":
        return list(chunks), (lambda c: c)
    if mode == "spoken":
        f = lambda c: spoken_chunk(c, style)
        return [f(c) for c in chunks], f
    # mixed: some chunks in digits, some in words, at least one of each
    idx = list(range(len(chunks)))
    nd = max(1, min(len(chunks) - 1, R.randint(1, len(chunks) - 1)))
    as_digits = set(R.sample(idx, nd))
    toks = [c if i in as_digits else spoken_chunk(c, style) for i, c in enumerate(chunks)]
    return toks, (lambda c: spoken_chunk(c, style))


def mutate(c):
    pos = [i for i, ch in enumerate(c) if ch.isdigit()]
    if not pos:
        return None
    i = pick(pos)
    d = pick([x for x in "0123456789" if x != c[i]])
    return c[:i] + d + c[i + 1:]


def harden(tokens, chunks, f, kind, offset=0):
    """Insert a filler, a self-correction or a restart among the tokens (offset: tokens before the chunks)."""
    if len(tokens) < 2:
        kind = "filler" if len(tokens) else kind
    if kind == "filler":
        pos = R.randint(1, len(tokens) - 1) if len(tokens) > 1 else 1
        return tokens[:pos] + [pick(FILL_IN)] + tokens[pos:]
    if kind == "correction":
        cands = [i for i in range(len(chunks)) if mutate(chunks[i])]
        if not cands:
            return harden(tokens, chunks, f, "filler")
        i = pick(cands[1:] or cands)
        wrong = f(mutate(chunks[i]))
        j = i + offset
        return tokens[:j] + [wrong, pick(CORR)] + tokens[j:]
    if kind == "restart":
        k = R.randint(1, max(1, len(tokens) - 1))
        return tokens[:k] + [pick(RESTART)] + tokens
    raise ValueError(kind)


def hard_kind():
    return wpick([("filler", 0.45), ("correction", 0.4), ("restart", 0.15)])


def fmode(mode):
    return {"written": "written", "spoken": "spoken", "mixed": "mixed"}[mode]


# ---- people ----------------------------------------------------------------------------------------------------

class Person:
    def __init__(self, loc="es", female=None):
        self.female = (R.random() < 0.5) if female is None else female
        if loc == "es":
            f = FK
            self.first = f.first_name_female() if self.female else f.first_name_male()
            self.l1 = f.last_name()
            self.l2 = f.last_name() if R.random() < 0.75 else ""
        elif loc == "mx":
            f = FMX
            self.first = f.first_name_female() if self.female else f.first_name_male()
            self.first = self.first.split()[0]
            self.l1 = f.last_name()
            self.l2 = f.last_name() if R.random() < 0.6 else ""
        else:
            f = FFR
            self.first = f.first_name_female() if self.female else f.first_name_male()
            self.l1 = f.last_name()
            self.l2 = ""
        self.loc = loc

    @property
    def last(self):
        return (self.l1 + " " + self.l2).strip()

    @property
    def full(self):
        return self.first + " " + self.last

    def title(self, ch):
        if ch == "note":
            return "Sra." if self.female else "Sr."
        t = "señora" if self.female else "señor"
        if self.loc == "fr" and ch != "stt":
            t = "madame" if self.female else "monsieur"
        return t


def ascii_low(s):
    return re.sub(r"[^a-z]", "", strip_acc(s.lower()))


# ---- generators --------------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, ch):
        self.ch = ch
        self.people = {}
        self.last = {}
        self.noacc = (R.random() < 0.3) if ch == "chat" else (R.random() < 0.12 if ch == "stt" else False)
        self.keep_enye = R.random() < 0.5
        self.lazy = ch == "chat" and R.random() < 0.12
        self.fr_city = None
        self.typo_p = 0.12

    def person(self, k, female=None):
        if k not in self.people:
            self.people[k] = Person({"fr": "fr", "mx": "mx"}.get(k, "es"), female=female)
        return self.people[k]

    def mode(self):
        if self.ch == "stt":
            return wpick([("spoken", 0.58), ("mixed", 0.22), ("written", 0.2)])
        return "written"

    def is_hard(self):
        return R.random() < {"stt": 0.45, "chat": 0.3, "note": 0.15}[self.ch]


def g_person(ctx, key, part="full"):
    p = ctx.person(key)
    ch = ctx.ch
    txt = {"full": p.full, "first": p.first, "last": p.last, "l1": p.l1, "first_l1": p.first + " " + p.l1}[part]
    hard = None
    if part == "full" and ch in ("note", "chat") and R.random() < 0.12:
        txt = f"{p.last.upper() if R.random() < 0.5 else p.last}, {p.first}"
        hard = "surname-first"
    if part == "full" and ch == "stt" and R.random() < 0.08 and p.l2:
        # hesitation inside the name
        txt = f"{p.first} {p.l1} eh {p.l2}"
        hard = "filler"
    if ch == "stt" or ctx.lazy:
        txt = txt.lower()
    return V("PERSON", txt, "spoken" if ch == "stt" else "written", hard=hard)


def g_spell(ctx, key="1", style=None):
    p = ctx.person(key)
    word = strip_acc(p.l1.lower(), keep_enye=True).replace(" ", "")
    letters = [c for c in word if c.isalpha()]
    if ctx.ch == "stt":
        style = style or pick(["letters", "names", "cities"])
        if style == "letters":
            txt = " ".join(letters)
        elif style == "names":
            txt = " ".join(LETTER_NAME[c] for c in letters)
        else:
            parts = []
            for i, c in enumerate(letters):
                if R.random() < 0.55 or i == 0:
                    parts.append(f"{pick([c, LETTER_NAME[c]])} de {SPELL_WORD[c]}")
                else:
                    parts.append(LETTER_NAME[c])
            txt = " ".join(parts)
        return V("PERSON", txt, "spoken", hard="spelled")
    sep = pick(["-", " ", "-"])
    return V("PERSON", sep.join(c.upper() for c in letters), "written", hard="spelled")


def g_agent(ctx):
    name = FK.first_name_female() if R.random() < 0.6 else FK.first_name_male()
    name = name.split()[0]
    if ctx.ch == "stt":
        name = name.lower()
    return V("PERSON", name, "spoken" if ctx.ch == "stt" else "written")


# ---- phones

def phone_canon(kind):
    if kind == "es_mobile":
        return pick("6666667") + rdigits(8)
    if kind == "es_land":
        pre = pick(["91", "93", "96", "954", "955", "985", "976", "948", "922", "928", "971", "952", "957", "983",
                    "981", "986", "944", "965"])
        return pre + rdigits(9 - len(pre))
    if kind == "fr_mobile":
        return pick(["06", "06", "07"]) + rdigits(8)
    if kind == "fr_land":
        return pick(["05", "04", "01"]) + rdigits(8)
    raise ValueError(kind)


def g_phone(ctx, kind=None, readback=False, canon=None, mode=None):
    kind = kind or wpick([("es_mobile", 0.62), ("es_land", 0.13), ("fr_mobile", 0.2), ("fr_land", 0.05)])
    c = canon or phone_canon(kind)
    ctx.last["PHONE"] = (kind, c)
    es = kind.startswith("es")
    mode = mode or ("spoken" if readback else ctx.mode())
    hard = "readback" if readback else (hard_kind() if ctx.ch == "stt" and ctx.is_hard() else None)
    if ctx.ch != "stt" and not readback:
        h = ctx.is_hard()
        d = c
        if es:
            short = len(c) == 9 and c[0] == "9" and c[:2] in ("91", "93", "96")
            opts = [f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                    f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"+34 {d}", f"0034 {d}", f"(+34) {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"]
            if short:
                opts += [f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+34 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"]
            hopts = [f"{d[:3]}.{d[3:6]}.{d[6:]}", " ".join(d), f"+34-{d[:3]}-{d[3:6]}-{d[6:]}", f"0034{d}",
                     f"{d[:4]} {d[4:6]} {d[6:]}", f"+34{d}", f"{d[:3]} {d[3:6]}{d[6:]}"]
        else:
            e = d[1:]
            opts = [" ".join(chunk(d, [2, 2, 2, 2, 2])), d, ".".join(chunk(d, [2, 2, 2, 2, 2])),
                    "+33 " + " ".join(chunk(e, [1, 2, 2, 2, 2])), "+33 (0)" + " ".join(chunk(e, [1, 2, 2, 2, 2])),
                    "0033 " + " ".join(chunk(e, [1, 2, 2, 2, 2]))]
            hopts = ["+33" + e, "-".join(chunk(d, [2, 2, 2, 2, 2])), "0033" + e, " ".join(chunk(d, [4, 3, 3])),
                     "+33 " + " ".join(chunk(e, [3, 3, 3]))]
        txt = pick(hopts) if h else pick(opts)
        return V("PHONE_NUMBER", txt, "written", canon=c, hard="irregular" if h else None, check="phone")
    # transcript
    if es:
        intl = R.random() < 0.15
        if c[0] in "67":
            sizes = pick([[3, 3, 3], [3, 2, 2, 2], [1, 2, 2, 2, 2], [3, 3, 3]])
        elif c[:2] in ("91", "93", "96"):
            sizes = pick([[2, 3, 2, 2], [3, 2, 2, 2], [3, 3, 3]])
        else:
            sizes = pick([[3, 2, 2, 2], [3, 3, 3]])
        chunks = chunk(c, sizes)
        pre_tok = (pick(["más treinta y cuatro", "cero cero treinta y cuatro"]) if mode != "written"
                   else pick(["+34", "0034"])) if intl else None
    else:
        intl = R.random() < 0.25
        if intl:
            chunks = chunk(c[1:], [1, 2, 2, 2, 2])
            pre_tok = "más treinta y tres" if mode != "written" else "+33"
        else:
            chunks = chunk(c, [2, 2, 2, 2, 2])
            pre_tok = None
    toks, f = render_chunks(chunks, mode, style=None if es else pick(["group", "group", "digits"]))
    if pre_tok:
        toks = [pre_tok] + toks
    clean = " ".join(toks)
    if hard and hard != "readback":
        toks = harden(toks, chunks, f, hard, offset=1 if pre_tok else 0)
    return V("PHONE_NUMBER", " ".join(toks), fmode(mode), canon=c, hard=hard, clean=clean, check="phone")


# ---- e-mail

DOMAINS = [("gmail", "com", 10), ("hotmail", "com", 4), ("hotmail", "es", 5), ("yahoo", "es", 3),
           ("outlook", "es", 3), ("outlook", "com", 2), ("telefonica", "net", 2), ("movistar", "es", 1),
           ("icloud", "com", 2), ("gmx", "es", 1), ("orange", "fr", 2), ("free", "fr", 1), ("laposte", "net", 1),
           ("wanadoo", "fr", 1), ("protonmail", "com", 1)]


def email_canon(p):
    f = ascii_low(p.first.split()[0])
    l = ascii_low(p.l1.split()[-1])
    l2 = ascii_low(p.l2.split()[-1]) if p.l2 else ""
    yy = str(R.randint(60, 99)) if R.random() < 0.6 else str(R.randint(1960, 2004))
    n = str(R.randint(1, 99))
    local = pick([f"{f}.{l}", f"{f}{l}", f"{f}_{l}", f"{f[0]}{l}", f"{f}.{l}{yy}", f"{f}{yy}", f"{l}.{f}",
                  f"{f}-{l}", f"{f}{l}{n}", f"{f}.{l}.{l2}" if l2 else f"{f}.{l}", f"{f[0]}.{l}{l2[:1]}",
                  f"{f}_{yy}", f"{l}{f[0]}{yy}"])
    dom, tld, _ = wpick([((a, b, w), w) for a, b, w in DOMAINS])
    return local, dom, tld


def spoken_email(local, dom, tld, mode, f, l, spell=False):
    toks = []
    parts = re.findall(r"[a-z]+|\d+|[._-]", local)
    spelled = False
    for pt in parts:
        if pt == ".":
            toks.append("punto")
        elif pt == "_":
            toks.append("guion bajo")
        elif pt == "-":
            toks.append("guion")
        elif pt.isdigit():
            if mode == "mixed":
                toks.append(pt)
            elif len(pt) == 2 and R.random() < 0.7:
                toks.append(say_group(pt))
            elif len(pt) == 4 and R.random() < 0.5:
                toks.append(W(int(pt)))
            else:
                toks.append(say_digits(pt))
        else:
            if pt == f + l and R.random() < 0.6:
                toks.append(f"{f} {l} todo junto")
            elif spell and not spelled and len(pt) >= 3:
                toks.append(" ".join(pt) if R.random() < 0.5 else " ".join(LETTER_NAME[c] for c in pt))
                spelled = True
            else:
                toks.append(pt)
    toks.append("arroba")
    toks.append(dom)
    toks.append("punto")
    toks.append(tld if not (tld == "fr" and R.random() < 0.5) else "efe erre")
    return toks, spelled


def g_email(ctx, key="1", readback=False, canon=None):
    p = ctx.person(key)
    if canon:
        local, dom, tld = canon
    else:
        local, dom, tld = email_canon(p if R.random() < 0.8 else Person())
    ctx.last["EMAIL"] = (local, dom, tld)
    c = f"{local}@{dom}.{tld}"
    fl, ll = ascii_low(p.first.split()[0]), ascii_low(p.l1.split()[-1])
    if ctx.ch != "stt" and not readback:
        if ctx.ch == "chat" and R.random() < 0.08:
            toks, _ = spoken_email(local, dom, tld, pick(["spoken", "mixed"]), fl, ll)
            return V("EMAIL_ADDRESS", " ".join(toks), "spoken" if not re.search(r"\d", " ".join(toks)) else "mixed",
                     canon=c, hard="obfuscated", clean=" ".join(toks), check="email")
        if ctx.is_hard():
            v = pick([f"{local} @ {dom}.{tld}", f"{local.title()}@{dom.title()}.{tld}", f"{local}@{dom}.{tld}".upper(),
                      f"{local}@{dom} .{tld}"] + ([f"{local}(arroba){dom}.{tld}", f"{local} arroba {dom}.{tld}"]
                                                   if ctx.ch == "chat" else []))
            return V("EMAIL_ADDRESS", v, "mixed" if "arroba" in v else "written", canon=c, hard="irregular",
                     check="email")
        return V("EMAIL_ADDRESS", c, "written", canon=c, check="email")
    mode = "spoken" if readback else wpick([("spoken", 0.8), ("mixed", 0.2)])
    hard = "readback" if readback else (pick(["filler", "correction", "spelled"]) if ctx.is_hard() else None)
    toks, spelled = spoken_email(local, dom, tld, mode, fl, ll, spell=hard == "spelled")
    if hard == "spelled" and not spelled:
        hard = "filler"
    if mode == "mixed" and not re.search(r"\d", " ".join(toks)):
        mode = "spoken"
    clean = " ".join(toks)
    if hard == "filler":
        pos = R.randint(1, len(toks) - 1)
        toks = toks[:pos] + [pick(FILL_IN)] + toks[pos:]
    elif hard == "correction":
        ai = toks.index("arroba")
        if R.random() < 0.5:
            other = pick([d for d, _, _ in DOMAINS if d != dom])
            toks = toks[:ai] + ["arroba", other, pick(CORR)] + toks[ai:]
        else:
            other = "es" if tld != "es" else "com"
            toks = toks[:-1] + [other, pick(CORR), "punto"] + toks[-1:]
    return V("EMAIL_ADDRESS", " ".join(toks), fmode(mode), canon=c, hard=hard, clean=clean, check="email")


# ---- addresses

ES_CITIES = [("Madrid", "28", 1, 55), ("Barcelona", "08", 1, 42), ("Valencia", "46", 1, 26), ("Sevilla", "41", 1, 20),
             ("Zaragoza", "50", 1, 21), ("Málaga", "29", 1, 18), ("Bilbao", "48", 1, 15), ("Alicante", "03", 1, 16),
             ("Murcia", "30", 1, 12), ("Valladolid", "47", 1, 16), ("Granada", "18", 1, 19), ("A Coruña", "15", 1, 11),
             ("Vigo", "36", 200, 216), ("Palma", "07", 1, 15), ("Gijón", "33", 201, 213), ("Córdoba", "14", 1, 14),
             ("Salamanca", "37", 1, 8), ("Pamplona", "31", 1, 16), ("San Sebastián", "20", 1, 18),
             ("Santander", "39", 1, 12), ("Logroño", "26", 1, 9), ("Badajoz", "06", 1, 11), ("Almería", "04", 1, 9),
             ("Tarragona", "43", 1, 7), ("Girona", "17", 1, 7), ("Burgos", "09", 1, 7), ("Cádiz", "11", 1, 12),
             ("Oviedo", "33", 1, 13), ("León", "24", 1, 10), ("Las Palmas de Gran Canaria", "35", 1, 19),
             ("Santa Cruz de Tenerife", "38", 1, 10), ("Elche", "03", 201, 208), ("Alcalá de Henares", "28", 801, 807),
             ("Getafe", "28", 901, 909), ("Jerez de la Frontera", "11", 401, 408)]
VIAS = [(("calle", "C/"), 10), (("avenida", "Avda."), 4), (("plaza", "Pza."), 1), (("paseo", "Pº"), 1),
        (("ronda", "Rda."), 1), (("camino", "Cno."), 1), (("travesía", "Trva."), 1)]
ES_STREETS = ["Mayor", "de Alcalá", "Gran Vía", "de la Constitución", "del Carmen", "de San Vicente", "Real", "Nueva",
              "de Cervantes", "de la Paz", "de Andalucía", "del Doctor Fleming", "de los Reyes Católicos", "de Colón",
              "de la Libertad", "del Sol", "de las Flores", "de Goya", "de Velázquez", "de Blasco Ibáñez",
              "de Santa Ana", "del Pilar", "de la Estación", "de la Iglesia", "de Ramón y Cajal", "de Juan de Austria",
              "del Maestro Serrano", "de Castilla", "de Galicia", "de la Reina Victoria", "de Joaquín Costa",
              "de Lope de Vega", "de Antonio Machado", "de Federico García Lorca", "del Rosario",
              "de los Almendros", "de Pablo Iglesias", "de la Hispanidad", "de Isaac Peral", "de la Alameda",
              "del Marqués de Larios", "de Menéndez Pelayo", "de Simón Bolívar", "de Portugal", "del Ebro"]
BCN_STREETS = ["de Mallorca", "d'Aragó", "de Provença", "del Consell de Cent", "de Sants", "de Balmes"]
FR_CITIES = [("Perpignan", "66000"), ("Bayonne", "64100"), ("Biarritz", "64200"), ("Pau", "64000"),
             ("Hendaye", "64700"), ("Toulouse", "31000"), ("Toulouse", "31200"), ("Toulouse", "31500"),
             ("Bordeaux", "33000"), ("Bordeaux", "33800"), ("Montpellier", "34000"), ("Marseille", "13005"),
             ("Marseille", "13008"), ("Lyon", "69003"), ("Lyon", "69007"), ("Paris", "75011"), ("Paris", "75018"),
             ("Nîmes", "30000"), ("Narbonne", "11100"), ("Béziers", "34500"), ("Tarbes", "65000"), ("Lille", "59000"),
             ("Nice", "06000"), ("Grenoble", "38000"), ("Saint-Jean-de-Luz", "64500")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Lilas",
              "impasse des Vignes", "chemin de la Fontaine", "place du Marché", "rue Pasteur", "allée des Pins",
              "rue du Général de Gaulle", "cours Mirabeau", "rue Voltaire", "avenue de la Gare", "rue des Écoles",
              "boulevard Gambetta", "rue Sainte-Catherine", "quai de la Daurade", "avenue Foch", "rue du Moulin",
              "chemin des Crêtes"]


def cp_spoken(cp):
    s = pick(["pair", "pair", "number", "digits"])
    if s == "pair":
        return say_group(cp[:2]) + " " + say_group(cp[2:]) if cp[2:] != "000" else say_group(cp[:2]) + " cero cero cero"
    if s == "number" and cp[0] != "0":
        return W(int(cp))
    return say_digits(cp)


def g_addr_es(ctx):
    city, pre, lo, hi = pick(ES_CITIES)
    cp = pre + f"{R.randint(lo, hi):03d}"
    via, abbr = wpick(VIAS)
    street = pick(ES_STREETS)
    if city == "Barcelona" and R.random() < 0.4:
        via, abbr, street = "carrer", "C/", pick(BCN_STREETS)
    num = R.randint(1, 180)
    has_floor = R.random() < 0.7
    floor = wpick([(R.randint(1, 8), 8), ("bajo", 1), ("ático", 1), ("entresuelo", 0.5)])
    door = pick(["A", "B", "C", "D", "izquierda", "derecha", "1", "2", "3"])
    with_cp = R.random() < 0.75
    ch = ctx.ch
    if ch == "stt" and door == "D":
        door = pick(["A", "B", "C"])
    if ch != "stt":
        h = ctx.is_hard()
        Via = via.capitalize()
        if isinstance(floor, int):
            fl = f"{floor}º"
        else:
            fl = floor.capitalize() if R.random() < 0.5 else floor
        dw = {"izquierda": pick(["izda.", "izq.", "izquierda"]), "derecha": pick(["dcha.", "der.", "derecha"])}.get(
            door, door)
        tail = f", {cp} {city}" if with_cp else f", {city}"
        if h:
            txt = pick([f"{via} {street.lower()} {num} {str(floor)[0] if isinstance(floor, int) else floor}{door[0].lower()} {city.lower()}",
                        f"{abbr}{street} {num}-{fl}{dw}{tail}",
                        f"{Via.upper()} {street.upper()} {num} {fl} {dw.upper()} {cp} {city.upper()}",
                        f"{Via} {street}, nº{num}, {fl} {dw} - {cp} - {city}"])
            return V("ADDRESS", txt, "written", hard="irregular")
        if not has_floor:
            txt = pick([f"{Via} {street} {num}{tail}", f"{abbr} {street}, {num}{tail}", f"{Via} {street} nº {num}{tail}"])
        else:
            txt = pick([f"{Via} {street} {num}, {fl} {dw}{tail}", f"{abbr} {street}, {num}, {fl}{dw if len(dw) == 1 else ' ' + dw}{tail}",
                        f"{Via} {street} nº {num}, piso {fl}, puerta {door if len(door) == 1 else dw}{tail}",
                        f"{abbr} {street} {num} {fl} {dw}{tail}"])
        return V("ADDRESS", txt, "written")
    # transcript
    mode = ctx.mode()
    numw = (lambda n: str(n)) if mode == "written" else ((lambda n: W(n)) if mode == "spoken" else None)
    if mode == "mixed":
        numdig = R.random() < 0.5
        numw = (lambda n: str(n)) if numdig else (lambda n: W(n))
        cpw = (lambda c: cp_spoken(c)) if numdig else (lambda c: c)
    elif mode == "written":
        cpw = lambda c: c
    else:
        cpw = cp_spoken
    parts = [f"{via} {street.lower()}"]
    numtok = ("número " if R.random() < 0.45 else "") + numw(num)
    parts.append(numtok)
    if has_floor:
        if isinstance(floor, int):
            ft = ORDINAL[floor] if R.random() < 0.8 else f"piso {numw(floor)}"
        else:
            ft = floor
        dt = {"A": "a", "B": "be", "C": "ce", "D": "de"}.get(door, door)
        if door in "123":
            dt = "puerta " + numw(int(door))
        parts.append(f"{ft} {dt}")
    if with_cp:
        parts.append(("código postal " if R.random() < 0.4 else "") + cpw(cp))
    parts.append(strip_acc(city.lower(), True) if R.random() < 0.2 else city.lower())
    hard = hard_kind() if ctx.is_hard() else None
    if hard == "correction":
        wrong = num + R.choice([-2, -1, 1, 2, 10])
        parts[1] = numtok.replace(numw(num), numw(wrong)) + " " + pick(CORR) + " " + numw(num)
    elif hard in ("filler", "restart"):
        hard = "filler"
        pos = R.randint(1, len(parts) - 1)
        parts.insert(pos, pick(FILL_IN))
    form = fmode(mode)
    return V("ADDRESS", " ".join(parts), form, hard=hard)


def g_addr_fr(ctx):
    city, cp = ctx.fr_city or pick(FR_CITIES)
    street = pick(FR_STREETS)
    num = R.randint(1, 95)
    bis = " bis" if R.random() < 0.1 else ""
    apt = R.randint(1, 40) if R.random() < 0.3 else None
    if ctx.ch != "stt":
        h = ctx.is_hard()
        if h:
            txt = pick([f"{num}{bis} {street} {cp} {city.upper()}", f"{num},{street},{cp},{city}",
                        f"Résidence Les Mimosas, bât. B, appt {apt or 12}, {num} {street}, {cp} {city}"])
            return V("ADDRESS", txt, "written", hard="irregular")
        ap = f", appartement {apt}" if apt else ""
        txt = pick([f"{num}{bis} {street}{ap}, {cp} {city}", f"{num}{bis}, {street} - {cp} {city}",
                    f"{num}{bis} {street}{ap} {cp} {city}"])
        return V("ADDRESS", txt, "written")
    mode = ctx.mode()
    if mode == "written":
        parts = [f"{num}{bis}", street.lower(), cp, city.lower()]
    elif mode == "mixed":
        parts = [f"{W(num)}{bis}", street.lower(), cp, city.lower()]
    else:
        aps = f" apartamento {W(apt)}" if apt else ""
        parts = [f"{W(num)}{bis}", f"{street.lower()}{aps}",
                 f"{('código postal ' if R.random() < 0.3 else '')}{cp_spoken(cp)}", city.lower()]
    hard = None
    if mode != "written" and ctx.is_hard():
        hard = "filler"
        pos = R.randint(1, len(parts) - 1)
        parts.insert(pos, pick(FILL_IN))
    return V("ADDRESS", " ".join(parts), fmode(mode), hard=hard)


# ---- IBAN

ES_BANKS = ["2100", "0049", "0182", "0081", "2038", "0128", "1465", "2080", "0073", "3058", "2085", "2095", "0075",
            "0239"]
FR_BANKS = ["30004", "30003", "20041", "10278", "30002", "17515", "18206", "16606", "10907", "13335"]


def iban_canon(country):
    if country == "ES":
        bank, branch, acct = pick(ES_BANKS), rdigits(4), rdigits(10)
        dc = f"{ccc_digit('00' + bank + branch)}{ccc_digit(acct)}"
        return iban_make("ES", bank + branch + dc + acct)
    bank, gui, acct = pick(FR_BANKS), rdigits(5), rdigits(11)
    return iban_make("FR", bank + gui + acct + f"{rib_key(bank, gui, acct):02d}")


def g_iban(ctx, country=None, readback=False, canon=None):
    country = country or wpick([("ES", 0.75), ("FR", 0.25)])
    c = canon or iban_canon(country)
    country = c[:2]
    ctx.last["IBAN"] = (country, c)
    if ctx.ch != "stt" and not readback:
        g4 = " ".join(chunk(c, [4] * 8))
        h = ctx.is_hard()
        if h:
            txt = pick([g4.lower(), c.lower(), " ".join(chunk(c, [4, 8, 4, 4, 4, 6, 4])),
                        "-".join(chunk(c, [4, 4, 4, 2, 10])) if country == "ES" else "-".join(chunk(c, [4] * 7)),
                        c[:2] + " " + c[2:4] + " " + " ".join(chunk(c[4:], [4] * 6)), g4.replace(" ", ".")])
            return V("IBAN_CODE", txt, "written", canon=c, hard="irregular", check="alnum")
        return V("IBAN_CODE", pick([g4, g4, c]), "written", canon=c, check="alnum")
    mode = "spoken" if readback else ctx.mode()
    letters = c[:2].lower()
    if mode == "written":
        lt = c[:2]
    else:
        lt = pick([" ".join(LETTER_NAME[x] for x in letters), " ".join(LETTER_NAME[x] for x in letters),
                   " ".join(f"{LETTER_NAME[x]} de {SPELL_WORD[x]}" for x in letters), letters[0] + " " + letters[1]])
    if country == "ES":
        sizes = pick([[2, 4, 4, 4, 4, 4, 2], [2, 4, 4, 2, 10], [2, 4, 4, 4, 4, 4, 2]])
    else:
        sizes = [2] + [4] * 5 + [3]
    chunks = chunk(c[2:], sizes)
    if chunks and len(chunks[-1]) < 3 and sizes[-1] == 2:
        pass
    toks, f = render_chunks(chunks, mode)
    if mode == "mixed" and R.random() < 0.5:
        toks[0] = chunks[0]
    if mode == "mixed" and R.random() < 0.3:
        lt = c[:2]
    toks = [lt] + toks
    clean = " ".join(toks)
    hard = "readback" if readback else (hard_kind() if ctx.is_hard() else None)
    if hard and hard != "readback":
        toks = harden(toks, chunks, f, hard, offset=1)
    form = fmode(mode)
    if mode == "written" and lt != c[:2]:
        form = "mixed"
    return V("IBAN_CODE", " ".join(toks), form, canon=c, hard=hard if hard else ("spelled" if " de " in lt else None),
             clean=clean, check="alnum")


# ---- cards

def card_canon(k=None):
    k = k or wpick([("visa", 6), ("mc", 4), ("amex", 1)])
    if k == "visa":
        return luhn_make("4", 16)
    if k == "mc":
        return luhn_make(pick(["51", "52", "53", "54", "55"]), 16)
    return luhn_make(pick(["34", "37"]), 15)


def g_card(ctx, readback=False, canon=None, kind=None):
    c = canon or card_canon(kind)
    ctx.last["CARD"] = c
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    if ctx.ch != "stt" and not readback:
        h = ctx.is_hard()
        if h:
            txt = pick(["-".join(chunk(c, sizes)), chunk(c, [4])[0] + " " + c[4:], " ".join(chunk(c, [4, 4, 8])),
                        " ".join(chunk(c, sizes)) + " ", ".".join(chunk(c, sizes))]).strip()
            return V("CREDIT_CARD", txt, "written", canon=c, hard="irregular", check="alnum")
        return V("CREDIT_CARD", pick([" ".join(chunk(c, sizes)), " ".join(chunk(c, sizes)), c]), "written",
                 canon=c, check="alnum")
    mode = "spoken" if readback else ctx.mode()
    chunks = chunk(c, sizes)
    toks, f = render_chunks(chunks, mode)
    clean = " ".join(toks)
    hard = "readback" if readback else (hard_kind() if ctx.is_hard() else None)
    if hard and hard != "readback":
        toks = harden(toks, chunks, f, hard)
    return V("CREDIT_CARD", " ".join(toks), fmode(mode), canon=c, hard=hard, clean=clean, check="alnum")


# ---- DNI / NIE

def id_canon(kind):
    if kind == "dni":
        n = R.randint(1000000, 79999999)
        return f"{n:08d}{DNI_LETTERS[n % 23]}"
    p = wpick([("X", 3), ("Y", 5), ("Z", 1)])
    n = R.randint(0, 9999999)
    num = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{DNI_LETTERS[num % 23]}"


def g_id(ctx, kind=None, readback=False, canon=None):
    kind = kind or wpick([("dni", 0.65), ("nie", 0.35)])
    c = canon or id_canon(kind)
    ctx.last["ID"] = c
    nie = c[0] in "XYZ"
    if ctx.ch != "stt" and not readback:
        h = ctx.is_hard()
        if nie:
            opts = [c, f"{c[0]}-{c[1:8]}-{c[8]}", f"{c[0]} {c[1:8]} {c[8]}", f"{c[:8]}-{c[8]}"]
            hopts = [c.lower(), f"{c[0]}.{c[1]}.{c[2:5]}.{c[5:8]}-{c[8]}", f"{c[0]}{c[1:8]} {c[8].lower()}",
                     f"{c[0]}-{c[1:8]}{c[8]}"]
        else:
            opts = [c, f"{c[:8]}-{c[8]}", f"{c[:8]} {c[8]}", c]
            hopts = [f"{c[:2]}.{c[2:5]}.{c[5:8]}-{c[8]}", c.lower(), f"{c[:8]}-{c[8].lower()}",
                     f"{c[:2]} {c[2:5]} {c[5:8]} {c[8]}", f"{c[:2]}.{c[2:5]}.{c[5:8]}{c[8]}"]
        txt = pick(hopts) if h else pick(opts)
        return V("ID_NUMBER", txt, "written", canon=c, hard="irregular" if h else None, check="alnum")
    mode = "spoken" if readback else ctx.mode()
    digits = c[1:8] if nie else c[:8]
    if nie:
        sizes = pick([[7], [1, 3, 3], [3, 2, 2]])
    else:
        sizes = pick([[8], [2, 3, 3], [2, 2, 2, 2]])
    chunks = chunk(digits, sizes)
    if sizes in ([7], [8]):
        toks = [say_digits(digits) if mode != "written" else digits]
        f = say_digits if mode != "written" else (lambda x: x)
        if mode == "mixed":
            toks = [digits]
    else:
        toks, f = render_chunks(chunks, mode)
    L = c[-1].lower()
    hard = "readback" if readback else (pick(["spelled", "filler", "correction", "spelled"]) if ctx.is_hard() else None)
    if mode == "written":
        lt = c[-1] if R.random() < 0.5 else L
    else:
        lt = LETTER_NAME[L]
    if hard == "spelled":
        lt = f"{pick([L, LETTER_NAME[L]])} de {SPELL_WORD[L]}"
    if R.random() < 0.35:
        lt = pick(["letra ", "con la letra ", "y la letra "]) + lt
    pre = []
    if nie:
        P = c[0].lower()
        pt = c[0] if mode == "written" else LETTER_NAME[P]
        if hard == "spelled" and R.random() < 0.5:
            pt = f"{LETTER_NAME[P]} de {SPELL_WORD[P]}"
        pre = [pt]
    toks = pre + toks + [lt]
    clean = " ".join(toks)
    if hard in ("filler", "correction"):
        toks = harden(toks, chunks if len(chunks) == len(toks) - len(pre) - 1 else [digits], f, hard,
                      offset=len(pre))
    form = fmode(mode)
    if mode == "written" and lt.startswith(("letra", "con", "y ")):
        form = "mixed"
    return V("ID_NUMBER", " ".join(toks), form, canon=c, hard=hard, clean=clean, check="alnum")


# ---- date of birth

def g_dob(ctx, readback=False):
    y = R.randint(1942, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    mn = MONTHS[m - 1]
    if ctx.ch != "stt":
        h = ctx.is_hard()
        if h:
            txt = pick([f"{d}/{m}/{y % 100:02d}", f"{d:02d}{m:02d}{y}", f"{d}-{mn[:3]}-{y}", f"{d} {mn} {y}",
                        f"{y}-{m:02d}-{d:02d}", f"{d} de {mn.capitalize()} del {y}"])
            return V("DATE_OF_BIRTH", txt, "written", hard="irregular")
        txt = pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} de {mn} de {y}",
                    f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}"])
        return V("DATE_OF_BIRTH", txt, "written")
    mode = ctx.mode()
    dw = "primero" if d == 1 and R.random() < 0.4 else W(d)
    yy = W(y % 100) if y < 2000 and y % 100 >= 10 else None
    if mode == "written":
        txt = pick([f"{d} de {mn} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d} del {m} del {y % 100:02d}"])
    elif mode == "mixed":
        txt = pick([f"{d} de {mn} del {yy}" if yy else f"{d} de {mn} de {W(y)}", f"{dw} de {mn} de {y}",
                    f"{dw} del {m} de {y}"])
    else:
        txt = pick([f"{dw} de {mn} de {W(y)}", f"{dw} de {mn} del {yy}" if yy else f"{dw} de {mn} de {W(y)}",
                    f"{dw} del {W(m)} del {yy}" if yy else f"{dw} del {W(m)} de {W(y)}",
                    f"{dw} de {mn} de {W(y)}"])
    hard = None
    if mode != "written" and ctx.is_hard():
        hard = pick(["correction", "filler"])
        first, rest = txt.split(" ", 1)
        if hard == "correction":
            wd = d + pick([-1, 1]) if 1 < d < 28 else d + 1
            wt = W(wd) if not first.isdigit() else str(wd)
            txt = f"{wt} {pick(CORR)} {txt}"
        else:
            w = txt.split(" ")
            pos = R.randint(1, len(w) - 1)
            txt = " ".join(w[:pos] + [pick(["eh", "este", "a ver", "o sea", "mmm"])] + w[pos:])
    return V("DATE_OF_BIRTH", txt, fmode(mode), hard=hard)


# ---- customer ids

def cid_canon(kind):
    if kind == "volta_contract":
        return "VE-" + rdigits(8)
    if kind == "volta_client":
        return "40" + rdigits(8)
    if kind == "policy":
        return pick(["HAB", "AUT", "SAL", "ASR"]) + "-" + rdigits(7)
    if kind == "telco":
        return pick(["1", "2", "3"]) + rdigits(8)
    if kind == "cups":
        dist = pick(["0021", "0031", "0022", "0026", "0390"])
        body = dist + rdigits(12)
        n = int(body) % 529
        return "ES" + body + DNI_LETTERS[n // 23] + DNI_LETTERS[n % 23] + ("0F" if R.random() < 0.25 else "")
    raise ValueError(kind)


def g_cid(ctx, kind=None, readback=False, canon=None):
    kind = kind or wpick([("volta_contract", 3), ("volta_client", 2), ("policy", 3), ("telco", 1)])
    c = canon or cid_canon(kind)
    ctx.last["CID"] = (kind, c)
    if ctx.ch != "stt" and not readback:
        h = ctx.is_hard()
        if kind == "cups":
            opts = [c, " ".join(chunk(c, [2, 4, 4, 4, 4, 2, 2]))]
        elif "-" in c:
            p, n = c.split("-")
            opts = [c, c, f"{p}{n}", f"{p} {n[:4]} {n[4:]}" if len(n) == 8 else f"{p} {n}"]
        else:
            opts = [c, " ".join(chunk(c, [2, 4, 4])) if len(c) == 10 else " ".join(chunk(c, [3, 3, 3]))]
        txt = pick(opts)
        if h:
            txt = pick([txt.lower(), txt.replace(" ", ""), " ".join(c.replace("-", ""))]) if kind != "cups" else c.lower()
        return V("CUSTOMER_ID", txt, "written", canon=c, hard="irregular" if h else None, check="alnum")
    mode = "spoken" if readback else ctx.mode()
    if "-" in c:
        pfx, num = c.split("-")
        pt = pfx if mode == "written" else " ".join(LETTER_NAME[x] for x in pfx.lower())
        if R.random() < 0.5 and mode != "written":
            pt += " guion"
        pre = [pt]
        chunks = chunk(num, pick([[2, 2, 2, 2], [4, 4], [3, 2, 2]]) if len(num) == 8 else pick([[3, 2, 2], [1, 2, 2, 2]]))
    elif kind == "cups":
        pre = [c[:2] if mode == "written" else "e ese"]
        chunks = chunk(c[2:18], [4, 4, 4, 4])
    else:
        pre = []
        chunks = chunk(c, pick([[2, 4, 4], [2, 2, 2, 2, 2]]) if len(c) == 10 else pick([[3, 3, 3], [1, 2, 2, 2, 2]]))
    toks, f = render_chunks(chunks, mode)
    post = []
    if kind == "cups":
        tail = c[18:]
        post = [tail if mode == "written" else " ".join(LETTER_NAME[x] if x.isalpha() else DIG[int(x)]
                                                         for x in tail.lower())]
    toks = pre + toks + post
    if "-" in c and mode == "written":
        toks = [c] if R.random() < 0.6 else [pre[0] + " " + "".join(chunks)]
    clean = " ".join(toks)
    hard = "readback" if readback else (pick(["filler", "correction"]) if ctx.is_hard() else None)
    if hard and hard != "readback" and len(toks) == len(pre) + len(chunks) + len(post) and len(chunks) > 1:
        toks = harden(toks, chunks, f, hard, offset=len(pre))
    elif hard and hard != "readback":
        hard = None
    return V("CUSTOMER_ID", " ".join(toks), fmode(mode), canon=c, hard=hard, clean=clean, check="alnum")


# ---- secrets

PWD_WORDS = ["girasol", "Luna", "perrito", "Sevilla", "Mariposa", "tortilla", "playa", "Atleti", "gatito", "Verano",
             "pepino", "Casa", "futbol", "Flamenco", "azul", "Paella", "Toulouse", "Bicho", "limon", "Rosa"]
SYM = {"!": "exclamación", "#": "almohadilla", "_": "guion bajo", ".": "punto", "*": "asterisco", "@": "arroba",
       "$": "dólar", "-": "guion"}


def g_secret(ctx, kind):
    ch = ctx.ch
    if kind in ("pin", "cvv", "code"):
        n = {"pin": 4, "cvv": 3, "code": 6}[kind]
        c = rdigits(n)
        if ch != "stt":
            txt = c if kind != "code" or R.random() < 0.6 else f"{c[:3]} {c[3:]}"
            if kind == "code" and R.random() < 0.15:
                txt = f"{c[:3]}-{c[3:]}"
            return V("SECRET", txt, "written", canon=c, check="alnum")
        mode = ctx.mode()
        sizes = [n] if n < 6 else pick([[3, 3], [2, 2, 2], [6]])
        if mode == "spoken":
            toks = [say_digits(x) if (len(x) > 3 or R.random() < 0.6) else say_group(x) for x in chunk(c, sizes)]
        elif mode == "mixed" and len(sizes) > 1:
            toks, _ = render_chunks(chunk(c, sizes), "mixed")
        else:
            mode = "written"
            toks = chunk(c, sizes)
        clean = " ".join(toks)
        hard = None
        if mode == "spoken" and ctx.is_hard():
            hard = "filler"
            # between groups, or between single digits read one by one
            w = toks if len(toks) > 1 else toks[0].split(" ")
            if len(w) < 2 or (len(toks) == 1 and any(x not in DIG for x in w)):
                hard = None
            else:
                pos = R.randint(1, len(w) - 1)
                toks = w[:pos] + [pick(["eh", "espere", "a ver", "mmm", "o sea"])] + w[pos:]
        return V("SECRET", " ".join(toks), fmode(mode), canon=c, hard=hard, clean=clean, check="alnum")
    if kind == "wifi":
        alph = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
        c = "".join(pick(alph) for _ in range(R.randint(10, 14)))
        return V("SECRET", c, "written", canon=c)
    # password
    word = pick(PWD_WORDS)
    num = str(R.randint(1, 99)) if R.random() < 0.6 else str(R.randint(1970, 2024))
    sym = pick(list(SYM)) if R.random() < 0.6 else ""
    order = R.random() < 0.8
    c = (word + (sym if sym in "_.-" else "") + num + (sym if sym not in "_.-" else "")) if order else word + sym + num
    if ch != "stt":
        return V("SECRET", c, "written", canon=c)
    mode = wpick([("spoken", 0.75), ("mixed", 0.25)])
    toks = [word.lower()]
    if word[0].isupper():
        toks.append(pick(["con la primera en mayúscula", "la primera mayúscula", "con mayúscula al principio"]))
    body = c[len(word):]
    for part in re.findall(r"\d+|\D", body):
        if part.isdigit():
            toks.append(part if mode == "mixed" else (W(int(part)) if R.random() < 0.7 else say_digits(part)))
        else:
            toks.append(SYM[part])
    if len(toks) == 1:
        toks.append("todo en minúsculas")
    return V("SECRET", " ".join(toks), fmode(mode), canon=c, hard="spelled" if word[0].isupper() else None)


# ---- IP

def g_ip(ctx, lan=None):
    lan = (R.random() < 0.35) if lan is None else lan
    if lan:
        c = pick(["192.168.1.", "192.168.0.", "192.168.1.", "10.0.0."]) + str(R.randint(2, 254))
    else:
        c = ".".join([str(pick([2, 5, 31, 37, 46, 62, 77, 79, 80, 81, 83, 84, 85, 88, 90, 95, 176, 188, 212, 213, 217])),
                      str(R.randint(0, 255)), str(R.randint(0, 255)), str(R.randint(1, 254))])
    if ctx.ch != "stt":
        return V("IP_ADDRESS", c, "written", canon=c, check="ip")
    mode = ctx.mode()
    octs = c.split(".")
    if mode == "written":
        return V("IP_ADDRESS", c, "written", canon=c, check="ip", clean=c)
    if mode == "mixed":
        toks = [o if i % 2 == 0 else W(int(o)) for i, o in enumerate(octs)]
    else:
        style = pick(["num", "num", "digits"])
        toks = [W(int(o)) if style == "num" else say_digits(o) for o in octs]
    txt = " punto ".join(toks)
    return V("IP_ADDRESS", txt, fmode(mode), canon=c, check="ip", clean=txt)


# ----------------------------------------------------------------------------------------------------------------
# non-PII slot material (must survive)
# ----------------------------------------------------------------------------------------------------------------

OFFERS = ["Volta Fixe 24", "Volta Essentiel", "Tempo Vert", "Volta Flex Nuit", "Tarifa Noche Verde", "Tarifa Por Uso",
          "Tarifa Estable", "Plan Solar", "Volta Hogar Plus", "Tarifa Tres Periodos"]
OFFERS_INS = ["Assuréa Habitation Confort", "Assuréa Auto Tiers Plus", "Assuréa Auto Todo Riesgo", "Plan Hogar Esencial",
              "Assuréa Salud Familia"]
BRANDS = ["Movistar", "Iberdrola", "Endesa", "Naturgy", "Repsol", "Vodafone", "Orange", "Jazztel", "Digi", "MásMóvil",
          "Holaluz", "Linky", "Bizum", "CaixaBank", "BBVA", "Santander", "Mapfre", "Mutua Madrileña", "Línea Directa"]
BANKS = ["CaixaBank", "Santander", "BBVA", "Sabadell", "ING", "Bankinter", "Unicaja", "Abanca", "Ibercaja",
         "Kutxabank", "Cajamar", "Openbank"]
FR_ONLY_CITIES = [c for c, _ in FR_CITIES]
ES_ONLY_CITIES = [c for c, _, _, _ in ES_CITIES] + ["Santiago", "Vitoria", "Mérida", "Soria", "Teruel", "Lugo"]
FILLERS = ["eh ", "este ", "o sea ", "bueno ", "pues ", "mire ", "vale ", "a ver ", "eh eh ", "mmm ", "oiga ",
           "vamos ", "eh bueno ", "pues mire "]
HOTLINES = ["900 10 20 30", "900 800 415", "09 69 32 15 15", "91 000 00 00"]


def money(ch, big=False):
    e = R.randint(300, 2400) if big else R.randint(12, 420)
    c = R.randint(0, 99)
    if ch == "stt" and R.random() < 0.7:
        s = f"{W(e)} euros" + (f" con {W(c)}" if c else "")
        return s
    if ch == "stt":
        return f"{e},{c:02d} euros"
    es = f"{e:,}".replace(",", ".")
    return pick([f"{es},{c:02d} €", f"{es},{c:02d}€", f"{es},{c:02d} euros", f"{e} €", f"{es},{c:02d} EUR"])


def a_date(ch, with_year=False):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = pick([2024, 2025, 2026])
    if ch == "stt":
        if R.random() < 0.7:
            return f"{W(d)} de {MONTHS[m - 1]}" + (f" de {W(y)}" if with_year else "")
        return f"{d} de {MONTHS[m - 1]}"
    return pick([f"{d} de {MONTHS[m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d} de {MONTHS[m - 1]} de {y}"])


def an_appt(ch):
    day = pick(["lunes", "martes", "miércoles", "jueves", "viernes"])
    d = R.randint(1, 28)
    h1 = R.randint(8, 15)
    if ch == "stt":
        return pick([f"{day} {W(d)} a las {W(h1)}", f"{day} {W(d)} entre las {W(h1)} y las {W(h1 + 3)}",
                     f"{day} {d} a las {h1} y media"])
    return pick([f"{day} {d} a las {h1}:30", f"{day} {d} entre las {h1} y las {h1 + 3} h", f"{d}/{R.randint(1, 12):02d} a las {h1}h"])


def kwh(ch):
    n = R.randint(120, 68000)
    if ch == "stt" and R.random() < 0.7:
        return f"{W(n)} kilovatios" + pick([" hora", "", " hora"])
    s = f"{n:,}".replace(",", ".")
    return pick([f"{s} kWh", f"{s} kwh", f"{n} kWh", f"{s} kilovatios hora"])


def offer(ch):
    o = pick(OFFERS)
    return o.lower() if ch == "stt" else o


def slot_plain(name, ctx):
    ch = ctx.ch
    if name == "F":
        return pick(FILLERS) if R.random() < 0.55 else ""
    if name == "AMT":
        return money(ch)
    if name == "AMTBIG":
        return money(ch, True)
    if name == "DATE":
        return a_date(ch)
    if name == "DATEY":
        return a_date(ch, True)
    if name == "APPT":
        return an_appt(ch)
    if name == "KWH":
        return kwh(ch)
    if name == "OFFER":
        return offer(ch)
    if name == "OFFER_INS":
        o = pick(OFFERS_INS)
        return o.lower() if ch == "stt" else o
    if name == "BRAND":
        b = pick(BRANDS)
        return b.lower() if ch == "stt" else b
    if name == "BANK_FR":
        b = pick(["Crédit Agricole", "BNP", "Société Générale", "La Banque Postale", "Crédit Mutuel", "LCL"])
        return b.lower() if ch == "stt" else b
    if name == "BANK":
        b = pick(BANKS)
        return b.lower() if ch == "stt" else b
    if name == "CITY_ES":
        c = pick(ES_ONLY_CITIES)
        return c.lower() if ch == "stt" else c
    if name == "CITY_FR":
        ctx.fr_city = pick(FR_CITIES)
        c = ctx.fr_city[0]
        return c.lower() if ch == "stt" else c
    if name == "MONTH":
        return pick(MONTHS)
    if name == "POWER":
        p = pick(["3,45", "4,6", "5,75", "6,9", "9,2"])
        return (p.replace(",", " coma ") + " kilovatios") if ch == "stt" else pick([f"{p} kW", f"{p} kVA", f"{p}kW"])
    if name == "DUR":
        m = R.randint(15, 75)
        return f"{W(m)} minutos" if ch == "stt" else f"{m} minutos"
    if name == "EXP":
        m, y = R.randint(1, 12), R.randint(26, 31)
        return f"{m:02d}/{y}"
    if name == "HOTLINE":
        return pick(HOTLINES)
    if name == "TIT":
        return ctx.person("1").title(ch)
    if name == "TIT2":
        return ctx.person("2").title(ch)
    if name == "YEAR":
        return str(pick([2019, 2020, 2021, 2022, 2023, 2024]))
    raise KeyError(name)


def slot_value(name, ctx):
    """Return a list of items: str (carrier) or V (value)."""
    rb = name.endswith("@")
    base = name.rstrip("@")
    if base.endswith(("_F", "_M")):
        # gender hint for the person this slot refers to ("mi madre {NAME_F}")
        base, g = base[:-2], base[-1]
        key = "2" if base.endswith("2") else ("fr" if base.endswith("_FR") else "1")
        ctx.person(key, female=(g == "F"))
        if base in ("TIT", "TIT2"):
            return [slot_plain(base, ctx)]
    if rb:
        if ctx.ch != "stt" or base not in ("PHONE", "EMAIL", "ID", "IBAN", "CARD", "CID"):
            raise ValueError(name)
        if base == "PHONE":
            k, c = ctx.last["PHONE"]
            return [g_phone(ctx, kind=k, readback=True, canon=c)]
        if base == "EMAIL":
            return [g_email(ctx, readback=True, canon=ctx.last["EMAIL"])]
        if base == "ID":
            return [g_id(ctx, readback=True, canon=ctx.last["ID"])]
        if base == "IBAN":
            return [g_iban(ctx, readback=True, canon=ctx.last["IBAN"][1])]
        if base == "CARD":
            return [g_card(ctx, readback=True, canon=ctx.last["CARD"])]
        k, c = ctx.last["CID"]
        return [g_cid(ctx, kind=k, readback=True, canon=c)]
    table = {
        "NAME": lambda: g_person(ctx, "1"), "FIRST": lambda: g_person(ctx, "1", "first"),
        "FIRST_L1": lambda: g_person(ctx, "1", "first_l1"),
        "LAST": lambda: g_person(ctx, "1", "last"), "L1": lambda: g_person(ctx, "1", "l1"),
        "NAME2": lambda: g_person(ctx, "2"), "FIRST2": lambda: g_person(ctx, "2", "first"),
        "LAST2": lambda: g_person(ctx, "2", "last"),
        "NAME_FR": lambda: g_person(ctx, "fr"), "NAME_MX": lambda: g_person(ctx, "mx"),
        "FIRST_FR": lambda: g_person(ctx, "fr", "first"),
        "AGENT": lambda: g_agent(ctx), "SPELL": lambda: g_spell(ctx), "SPELL_CITY": lambda: g_spell(ctx, style="cities"),
        "PHONE": lambda: g_phone(ctx), "MOBILE": lambda: g_phone(ctx, "es_mobile"),
        "PHONE_LAND": lambda: g_phone(ctx, "es_land"), "PHONE_FR": lambda: g_phone(ctx, "fr_mobile"),
        "EMAIL": lambda: g_email(ctx, "1"), "EMAIL2": lambda: g_email(ctx, "2"),
        "ADDR": lambda: g_addr_es(ctx), "ADDR_FR": lambda: g_addr_fr(ctx),
        "IBAN": lambda: g_iban(ctx), "IBAN_ES": lambda: g_iban(ctx, "ES"), "IBAN_FR": lambda: g_iban(ctx, "FR"),
        "CARD": lambda: g_card(ctx), "VISA": lambda: g_card(ctx, kind="visa"), "DNI": lambda: g_id(ctx, "dni"), "NIE": lambda: g_id(ctx, "nie"),
        "ID": lambda: g_id(ctx), "DOB": lambda: g_dob(ctx),
        "CID": lambda: g_cid(ctx), "CID_VOLTA": lambda: g_cid(ctx, pick(["volta_contract", "volta_client"])),
        "POLICY": lambda: g_cid(ctx, "policy"), "CUPS": lambda: g_cid(ctx, "cups"), "TELCO": lambda: g_cid(ctx, "telco"),
        "PIN": lambda: g_secret(ctx, "pin"), "CODE": lambda: g_secret(ctx, "code"), "CVV": lambda: g_secret(ctx, "cvv"),
        "PWD": lambda: g_secret(ctx, "pwd"), "WIFI": lambda: g_secret(ctx, "wifi"),
        "IP": lambda: g_ip(ctx, False), "IP_LAN": lambda: g_ip(ctx, True), "IP_ANY": lambda: g_ip(ctx),
    }
    if base in table:
        return [table[base]()]
    if base == "SPLIT_PHONE":
        kind = pick(["es_mobile", "es_mobile", "fr_mobile"])
        c = phone_canon(kind)
        ctx.last["PHONE"] = (kind, c)
        chunks = chunk(c, [3, 2, 2, 2] if kind.startswith("es") else [2, 2, 2, 2, 2])
        toks, _ = render_chunks(chunks, pick(["spoken", "spoken", "mixed"]))
        k = 2 if kind.startswith("es") else 3
        a, b = " ".join(toks[:k]), " ".join(toks[k:])
        fa = "spoken" if not re.search(r"\d", a) else ("written" if not re.search(r"[a-z]", a) else "mixed")
        fb = "spoken" if not re.search(r"\d", b) else ("written" if not re.search(r"[a-z]", b) else "mixed")
        v1 = V("PHONE_NUMBER", a, fa, canon=c, hard="split", clean=a, check="split1")
        v2 = V("PHONE_NUMBER", b, fb, canon=c, hard="split", clean=b, check="split2")
        v1.partner = v2
        return [v1, " " + pick(["agente: sí", "agente: ajá", "agente: vale sí", "agente: perdone no le oigo bien sí"])
                + " cliente: ", v2]
    if base == "SPLIT_IBAN":
        c = iban_canon("ES")
        ctx.last["IBAN"] = ("ES", c)
        chunks = chunk(c[2:], [2, 4, 4, 4, 4, 4, 2])
        toks, _ = render_chunks(chunks, "spoken", style=pick(["digits", "group"]))
        toks = [pick(["e ese", "e s"])] + toks
        a, b = " ".join(toks[:4]), " ".join(toks[4:])
        v1 = V("IBAN_CODE", a, "spoken", canon=c, hard="split", clean=a, check="split1")
        v2 = V("IBAN_CODE", b, "spoken", canon=c, hard="split", clean=b, check="split2")
        v1.partner = v2
        return [v1, " " + pick(["agente: sí le sigo", "agente: vale", "agente: sí"]) + " cliente: ", v2]
    return [slot_plain(base, ctx)]


# ----------------------------------------------------------------------------------------------------------------
# carrier templates
# ----------------------------------------------------------------------------------------------------------------

CHAT = [
    "Hola, soy {NAME} y quería cambiar el teléfono de contacto. El nuevo es {PHONE}.",
    "Buenas tardes. Mi contrato con Volta Énergie es el {CID_VOLTA}. Les escribo porque la última factura ({AMT}) me parece muy alta para lo que consumo.",
    "Necesito actualizar la cuenta de la domiciliación: {IBAN}. Gracias de antemano.",
    "¿Pueden llamarme al {PHONE}? Estoy disponible por las tardes a partir de las cinco.",
    "Mi correo es {EMAIL}, mándenme ahí la factura por favor, que en papel no me llega.",
    "Hola!! no me llega el codigo de verificacion al movil {MOBILE}, ya lo he pedido tres veces",
    "Estimados señores:\n\nLes escribo en relación con la póliza {POLICY}. Me he mudado y mi nueva dirección es {ADDR}.\n\nUn saludo,\n{NAME}",
    "Buenos días, quiero dar de alta la luz en el piso que acabo de comprar: {ADDR}. Mi DNI es {DNI}.",
    "Nombre: {FIRST}\nApellidos: {LAST}\nDNI/NIE: {ID}\nTeléfono: {PHONE}\nCorreo electrónico: {EMAIL}\nMotivo: Alta de suministro",
    "Ustedes me han cobrado dos veces el mes de {MONTH}. Les paso el número de la tarjeta con la que pagué para que lo comprueben: {CARD}",
    "Soy {NAME}, titular del contrato {CID}. Quiero añadir a mi pareja, {NAME2}, como persona autorizada.",
    "mi nie es {NIE} y no me deja registrarme en el area de clientes, dice que el documento no es valido",
    "Hola, he cambiado de banco ({BANK}). Nuevo IBAN: {IBAN_ES}. Titular: {NAME}.",
    "La contraseña provisional que me habéis mandado ({PWD}) no funciona, me dice que es incorrecta.",
    "Buenas, el técnico no ha venido. La cita era el {APPT}. Mi teléfono es {PHONE} por si quieren llamarme.",
    "Vivo en Francia desde hace dos años, mi dirección allí es {ADDR_FR}. ¿Pueden enviar la documentación ahí?",
    "Hola, escribo de parte de mi madre, {NAME_F}, que no se maneja con internet. Su número de cliente es {CID} y su móvil {PHONE}.",
    "Ahora mismo no tengo la factura delante pero el CUPS es {CUPS}, ¿les sirve?",
    "Me da error al pagar con la tarjeta {CARD}, caduca el {EXP}. Ya he probado dos veces.",
    "Gracias por la ayuda. Por cierto, el móvil de mi marido es {PHONE_FR}, por si no me localizan a mí.",
    "Desde la IP {IP} no puedo acceder al área de clientes, me sale que la cuenta está bloqueada.",
    "Hola,\n\nAdjunto el justificante del pago de {AMT}.\n\nSaludos\n{NAME}\n{PHONE}\n{EMAIL}",
    "perdon, me equivoque antes, el correo bueno es {EMAIL}",
    "Buenas noches, llevamos tres días sin luz en {ADDR}. ¿Alguien me puede decir algo? Tengo un bebé en casa.",
    "Quisiera domiciliar los recibos del seguro del coche. Cuenta: {IBAN}, a nombre de {NAME}.",
    "Hola me llamo {FIRST} y quiero saber por qué la factura de {MONTH} es de {AMT} si he consumido {KWH}",
    "Adjunto copia del DNI ({DNI}) como me pidieron por teléfono. Un saludo.",
    "El código que me ha llegado por SMS es {CODE}, pero la página se ha quedado cargando.",
    "Páseme con alguien que me resuelva, por favor. Soy {NAME}, DNI {ID}, y es la cuarta vez que escribo.",
    "Nací el {DOB}, lo digo porque en la web me aparece otra fecha de nacimiento y no me deja cambiarla.",
    "Hola buenos dias, mi numero de poliza es {POLICY} y tuve un siniestro el {DATE} (rotura de tuberia en la cocina). Contacto: {PHONE}",
    "Mi hijo {FIRST2_M} es ahora el titular de la fibra, su correo es {EMAIL2}.",
    "Necesito el certificado de estar al corriente de pago. Mi número de cliente: {CID}. Enviar a {EMAIL}",
    "Me apellido {L1}, se escribe {SPELL}. Siempre lo ponen mal en las cartas.",
    "Buenas, el router tiene la IP {IP_LAN} y la clave del wifi es {WIFI}, pero el técnico dice que no la ve.",
    "Ok, entonces os confirmo los datos: {NAME}, {ADDR}, teléfono {PHONE}.",
    "Hola, soy {NAME} ({EMAIL}). ¿Me podéis decir cuándo pasan a leer el contador?",
    "Quiero cambiar la tarjeta de pago: {CARD}, caducidad {EXP}, CVV {CVV}.",
    "Cambio de titular: titular actual {NAME}, nuevo titular {NAME2} con NIE {NIE}.",
    "Mi mujer se llama {NAME_FR_F} y es francesa, ¿puede ser ella la titular del seguro? Su teléfono es {PHONE_FR}",
    "Me mudo a {CITY_FR} el mes que viene. Nueva dirección: {ADDR_FR}. Móvil francés: {PHONE_FR}.",
    "Mi IBAN francés es {IBAN_FR}, ¿se pueden domiciliar los recibos en una cuenta de Francia?",
    "{PHONE} llamenme porfa que por aqui no me aclaro",
    "{EMAIL} es mi correo nuevo, el otro ya no lo uso",
    "Hola, el PIN de la app es {PIN} y aun así no entra. ¿Qué hago?",
    "DNI: {DNI}. Fecha de nacimiento: {DOB}. Póliza: {POLICY}.",
    "Buenas, quería saber si puedo pasarme a la tarifa {OFFER}. Mi contrato es {CID_VOLTA} y el teléfono {PHONE}.",
    "De: {NAME}\nAsunto: Reclamación factura\n\nBuenos días, no estoy de acuerdo con la lectura de {KWH}. Mi número de contrato es {CID_VOLTA}. Pueden contactarme en el {PHONE}.",
    "Ahora vivo en {ADDR} pero las cartas siguen llegando a la dirección antigua.",
    "Te paso mi tlf: {MOBILE}",
    "hola soy {FIRST_L1} de {CITY_ES}, me dais de baja la fibra? mi dni {DNI}",
    "Por favor, devuelvan el importe a esta cuenta: {IBAN}. Gracias, {FIRST}.",
    "Mi número de móvil ha cambiado, ahora es el {MOBILE} (antes tenía el {MOBILE}).",
    "Para la devolución: {IBAN}",
    "Tarjeta: {CARD}\nCaducidad: {EXP}\nImporte: {AMT}",
    "El NIE de mi pareja es {NIE} y el mío {DNI}, ¿los dos tenemos que firmar?",
    "No puedo entrar con mi correo {EMAIL}, ¿lo tienen bien escrito en el sistema?",
    "Whatsapp: {PHONE}. Email: {EMAIL}. Mejor por la tarde.",
    "Buenas, os escribo desde Francia. Mi teléfono de aquí es {PHONE_FR} y el de España sigue siendo {MOBILE}.",
    "Os dejo el número de cuenta otra vez porque creo que lo apuntasteis mal: {IBAN_ES}",
    "Hola, para recuperar la contraseña me piden el DNI, es {DNI}, y el correo {EMAIL}, pero no me llega nada.",
]

NOTE = [
    "Cliente {NAME} llama por factura elevada ({AMT}). Se revisa lectura: {KWH}. Se abre reclamación.",
    "Titular: {NAME} - DNI {DNI} - Tlf. {PHONE}. Solicita cambio a tarifa {OFFER}.",
    "Verificación OK (fecha nac. {DOB}). Se actualiza IBAN a {IBAN}.",
    "Llamada de {NAME_F}, hija de la titular. Sin autorización en contrato {CID}; no se facilita información.",
    "Cte. indica nuevo domicilio: {ADDR}. Se envía confirmación a {EMAIL}.",
    "Se envía código de verificación {CODE} al {MOBILE}. Cliente confirma recepción.",
    "Cambio de titularidad. Saliente: {NAME}. Entrante: {NAME2}, NIE {NIE}, fecha nac. {DOB}.",
    "Póliza {POLICY}: siniestro por agua el {DATE}. Perito asignado. Contacto asegurado: {PHONE}.",
    "Cliente reside en Francia: {ADDR_FR}. Tel. {PHONE_FR}. Prefiere comunicación por email ({EMAIL}).",
    "Pago con tarjeta {CARD} rechazado por el banco. Se propone domiciliación.",
    "CUPS {CUPS} - cliente {NAME}. Avería reportada, se deriva a la distribuidora.",
    "Cliente no recuerda contraseña. Se resetea acceso. Contraseña temporal: {PWD}.",
    "Cliente comunica IP fija {IP} para configuración de la centralita.",
    "Rellamar a {FIRST} al {PHONE} mañana a partir de las 17 h.",
    "Datos actualizados - email: {EMAIL} / móvil: {MOBILE} / dirección postal: {ADDR}.",
    "Atiende {AGENT}. Cliente ({NAME}) muy molesto por corte de suministro. Se escala a back office.",
    "Domiciliación en cuenta francesa {IBAN_FR}. Titular de la cuenta: {NAME_FR}.",
    "DNI {ID} no coincide con el del contrato {CID}. Se solicita documentación por email.",
    "Interlocutor: {NAME_M} (esposo). Autorizado verbalmente por la titular. Tlf contacto {PHONE}.",
    "El cliente facilita por error el PIN de su tarjeta ({PIN}). Se le recomienda cambiarlo.",
    "{TIT} {LAST} solicita duplicado de la factura de {MONTH} ({AMT}). Enviado a {EMAIL}.",
    "Alta nueva. {NAME_F}, nacida el {DOB}, DNI {DNI}. Dirección suministro: {ADDR}. Tarifa {OFFER}.",
    "Cliente pide que no se le llame al fijo {PHONE_LAND}, solo al móvil {MOBILE}.",
    "Cambio de cuenta bancaria. IBAN anterior: {IBAN}. IBAN nuevo: {IBAN}. Efectivo desde el próximo recibo.",
    "Tlf. alternativo {PHONE}. Email {EMAIL}. Pendiente de recibir contrato firmado.",
    "Pago manual de {AMT} con tarjeta {CARD}. Autorización OK.",
]

STT = [
    "hola buenas {F}mire le llamo porque quiero cambiar el teléfono de contacto {F}el nuevo es el {PHONE}",
    "sí {F}mi nombre es {NAME} {F}y el dni es el {DNI}",
    "pues mire el número de contrato es {CID_VOLTA} {F}lo tengo aquí en la factura",
    "a ver mi correo es {EMAIL}",
    "vale {F}pues el iban es {IBAN} {F}es de {BANK}",
    "este {F}la dirección es {ADDR} {F}el timbre no funciona así que mejor que llamen al móvil",
    "nací el {DOB}",
    "agente: me puede decir su fecha de nacimiento cliente: sí {F}el {DOB}",
    "agente: volta énergie buenos días le atiende {AGENT} en qué puedo ayudarle cliente: hola buenos días {F}mire soy {NAME} y tengo un problema con la factura",
    "el número de la tarjeta es {CARD} {F}y caduca en el veintisiete",
    "cliente: el móvil es el {PHONE} agente: le repito {PHONE@} cliente: eso es",
    "mi nie es {NIE} {F}lo tengo aquí delante",
    "el código que me ha llegado es {CODE}",
    "sí {F}la contraseña que puse es {PWD}",
    "me llamo {NAME} {F}el apellido se escribe {SPELL}",
    "agente: me confirma el correo electrónico cliente: {EMAIL} agente: {EMAIL@} cliente: exacto",
    "bueno pues mi mujer {NAME_F} es la titular {F}y su teléfono es el {PHONE}",
    "ahora vivo en francia {F}en {CITY_FR} {F}la dirección es {ADDR_FR}",
    "el número francés es el {PHONE_FR} {F}ese es el que uso ahora",
    "o sea que me han cobrado {AMT} y yo lo tengo domiciliado en el {IBAN}",
    "mire le doy el número de póliza {POLICY} {F}el siniestro fue el {DATE}",
    "cliente: mi móvil es el {SPLIT_PHONE} agente: perfecto gracias",
    "el pin es {PIN} pero no me acuerdo si lo cambié o no",
    "pues la ip que me sale en el router es {IP_ANY}",
    "buenos días llamo de parte de {NAME_M} que es mi padre {F}él no oye bien por teléfono",
    "apunte {F}mi email es {EMAIL} {F}y el teléfono fijo {PHONE_LAND}",
    "tengo la tarjeta aquí {F}es una visa {VISA}",
    "el cups es {CUPS} {F}viene arriba a la derecha en la factura",
    "mi fecha de nacimiento {F}{DOB} {F}y el dni {DNI}",
    "pues quería dar de alta la luz en {ADDR} que es el piso que acabo de alquilar",
    "la cuenta es {IBAN} {F}a nombre de {NAME}",
    "sí sí {F}el apellido es {L1} {SPELL_CITY}",
    "ahora le digo el número de cliente {F}{CID}",
    "no mire el correo no es ese {F}es {EMAIL}",
    "mi marido se llama {NAME_FR_M} es francés {F}y el móvil de él es el {PHONE_FR}",
    "agente: me dice el código de seguridad de la tarjeta los tres numeritos de detrás cliente: {CVV}",
    "para que me llamen mejor al {MOBILE} {F}que el fijo no lo cojo nunca",
    "soy {NAME} {F}con dni {DNI} {F}y llamo por lo del recibo devuelto",
    "el número de la póliza de hogar es {POLICY} y el del coche no lo tengo a mano ahora",
    "agente: para verificar me dice su documento cliente: sí {F}{ID} agente: {ID@} cliente: correcto",
    "el correo de mi hija es {EMAIL2} {F}que ella lleva estas cosas",
    "pues {F}tarjeta {CARD} {F}caducidad cero nueve veintiocho",
    "{MOBILE} ese es mi móvil",
    "hola {F}soy {FIRST} {F}llamaba por la avería de ayer",
    "la nueva dirección es {ADDR} {F}desde el uno de marzo",
    "el iban de francia es {IBAN_FR} {F}del {BANK_FR}",
    "agente: me deletrea el primer apellido cliente: sí {SPELL_CITY}",
    "bueno {F}me llamo {NAME} nací el {DOB} y mi teléfono es el {PHONE}",
    "mi usuario es el correo {EMAIL} y la contraseña {PWD}",
    "cliente: le doy la cuenta nueva {SPLIT_IBAN} agente: perfecto ya lo tengo",
    "agente: y el número de la tarjeta cliente: {CARD} agente: le repito {CARD@} cliente: sí",
    "agente: me repite el iban despacito cliente: {IBAN} agente: {IBAN@} cliente: eso es",
    "mire soy el hijo de la {TIT_F} {LAST} {F}que está ingresada y me ha pedido que llame yo",
    "pues es que me mudé de {CITY_ES} a {CITY_FR} y el seguro sigue a la dirección vieja {F}la nueva es {ADDR_FR}",
    "el número de cliente de movistar era {TELCO} {F}pero ahora estoy con ustedes",
    "agente: assuréa buenas tardes le atiende {AGENT} cliente: hola {F}quería dar un parte {F}mi póliza es {POLICY}",
    "apúntelo {F}{EMAIL}",
    "es {NIE} {F}el nie",
    "mi teléfono {F}{PHONE} {F}y si no contesto el de mi mujer {PHONE}",
    "agente: me confirma el número de contrato cliente: sí {CID_VOLTA} agente: {CID@} cliente: sí señora",
    "el técnico me pidió la ip pública y es {IP}",
    "le digo el dni de mi madre que es la titular {DNI} {F}ella se llama {NAME_F}",
    "mi móvil es el {MOBILE} y el de casa el {PHONE_LAND}",
    "agente: me da un teléfono de contacto cliente: sí {F}{PHONE} agente: {PHONE@} cliente: sí eso es",
    "pues la tarjeta es la {CARD} {F}la de débito",
    "el dni es el {DNI} {F}y el de mi mujer {DNI}",
    "y el correo {F}es {EMAIL} todo en minúsculas",
    "es que cambié de banco y ahora el iban es {IBAN}",
    "agente: me indica un correo para mandarle el contrato cliente: sí {F}{EMAIL}",
    "la visa no me la sé de memoria {F}espere que la saco {F}{VISA}",
    "apunte el nie {NIE} {F}que el pasaporte lo tengo caducado",
    "el fijo de francia es el {PHONE_FR} y el móvil español {MOBILE}",
    "y para los recibos la cuenta de {BANK} {F}{IBAN_ES}",
    "agente: dígame el número de teléfono asociado a la línea cliente: {PHONE} agente: gracias un momento",
]

NONE_CHAT = [
    "Hola, ¿a qué hora cierran las oficinas de atención al cliente los sábados?",
    "La factura de {MONTH} es de {AMT} y la anterior era de {AMT}, no entiendo la diferencia.",
    "Ustedes me dijeron que la lectura del contador era {KWH} pero yo tengo apuntado {KWH}.",
    "Páseme con el departamento de reclamaciones, por favor.",
    "Ahora mismo estoy con la tarifa {OFFER} y quiero pasarme a {OFFER}. ¿Cuánto me ahorraría?",
    "Contratamos la fibra de {BRAND} en {CITY_ES} y funciona fatal desde el {DATE}.",
    "¿Cuánto cuesta subir la potencia de {POWER} a {POWER}?",
    "Buenas, llevo {DUR} esperando al teléfono. Vaya servicio.",
    "Lectura de hoy: {KWH}. Fecha: {DATE}.",
    "Quiero darme de baja del seguro de hogar a partir del {DATE}.",
    "Me mudo de {CITY_ES} a {CITY_ES} en junio, ¿tengo que hacer algo con el contrato?",
    "El recibo de {AMT} se cobró el {DATE}, pero en la app me sigue saliendo como pendiente.",
    "Mañana no puedo, ¿puede venir el técnico el {APPT}?",
    "En la oferta {OFFER} pone {AMT} al mes los doce primeros meses, ¿luego cuánto sube?",
    "Llamé al {HOTLINE} y me dijeron que escribiera por aquí.",
    "Estoy en paro y no puedo pagar los {AMTBIG} de la regularización, ¿puedo fraccionarlo?",
    "Ahora sí funciona, muchas gracias por todo.",
    "Assuréa me ha subido la prima del seguro del coche un 12 %, de {AMT} a {AMT}.",
    "Hola, ¿el bono social se puede pedir si vivo de alquiler?",
    "Tengo un Mercedes de {YEAR} asegurado con ustedes, ¿la póliza cubre la luna?",
    "Paso la lectura: P1 {KWH}, P2 {KWH}, P3 {KWH}.",
    "Envío la foto del contador. Marca {KWH}, la he hecho esta mañana.",
    "¿Qué diferencia hay entre {OFFER_INS} y {OFFER_INS}? Tengo la primera desde {YEAR}.",
]

NONE_STT = [
    "bueno pues eso que el técnico viene el {APPT} y no sé si tengo que estar yo en casa",
    "mire es que me ha llegado una factura de {AMT} y yo nunca he pagado tanto",
    "o sea que si me paso a la tarifa {OFFER} pago menos en invierno",
    "pues nada muchas gracias que tenga buen día",
    "sí sí ya lo he visto en la app de volta énergie pone que debo {AMT}",
    "vale entonces la cita queda para el {APPT} verdad",
    "ahora le leo el contador pone {KWH} en el periodo uno y {KWH} en el dos",
    "mire el contador es de los nuevos los digitales y pone {KWH}",
    "bueno este pues quería saber si la tarifa fija incluye el alquiler del contador que son {AMT} al mes",
    "es que desde el {DATE} no tengo internet y pago {AMT} al mes por la fibra de {BRAND}",
    "no no la factura es la del {DATE} la de {AMT}",
    "mire yo vivo en {CITY_ES} pero la casa asegurada está en {CITY_FR}",
    "oiga y lo de la placa solar cuánto me sale al mes más o menos",
    "pues tengo contratados {POWER} y salta el diferencial cada vez que pongo el horno",
    "agente: le confirmo que la regularización es de {AMT} cliente: vale pues nada lo pago",
    "vale pues ya está entonces el lunes me llega el correo con la oferta {OFFER}",
    "es que la compañía anterior era {BRAND} y me cobraban {AMT}",
    "o sea el cambio de titular tarda cuánto quince días",
    "quería información del seguro {OFFER_INS} para el piso {F}cuánto sale al año",
]


# ----------------------------------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------------------------------

SLOT = re.compile(r"\{([A-Z0-9_]+@?)\}")
PLAIN_SLOTS = {"F", "AMT", "AMTBIG", "DATE", "DATEY", "APPT", "KWH", "OFFER", "BRAND", "BANK", "CITY_ES", "CITY_FR",
               "MONTH", "POWER", "DUR", "EXP", "HOTLINE", "TIT", "TIT2", "YEAR", "OFFER_INS", "BANK_FR"}


def typo(s):
    words = [m for m in re.finditer(r"[A-Za-záéíóúñ]{5,}", s)]
    if not words:
        return s
    m = pick(words)
    w = m.group()
    i = R.randint(1, len(w) - 2)
    op = pick(["swap", "drop", "double"])
    if op == "swap":
        nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == "drop":
        nw = w[:i] + w[i + 1:]
    else:
        nw = w[:i] + w[i] + w[i:]
    return s[:m.start()] + nw + s[m.end():]


def deaccent(s, ctx):
    s = strip_acc(s, keep_enye=ctx.keep_enye)
    return s.replace("¿", "").replace("¡", "")


def assemble(tpl, ch):
    ctx = Ctx(ch)
    if "\n" in tpl:
        ctx.lazy = False
        ctx.typo_p = 0.03
    text, spans, vals = "", [], []
    for i, piece in enumerate(SLOT.split(tpl)):
        if i % 2 == 0:
            items = [piece]
            literal = True
        else:
            items = slot_value(piece, ctx) if piece not in PLAIN_SLOTS else [slot_plain(piece, ctx)]
            literal = False
        for it in items:
            if isinstance(it, V):
                if ctx.noacc and it.typ in ("PERSON", "ADDRESS") or (ctx.noacc and ch == "stt"):
                    it.text = deaccent(it.text, ctx)
                start = len(text)
                text += it.text
                spans.append({"type": it.typ, "start": start, "end": len(text), "value": it.text})
                vals.append(it)
            else:
                s = it
                if ctx.noacc:
                    s = deaccent(s, ctx)
                if literal and ch == "chat" and R.random() < ctx.typo_p:
                    s = typo(s)
                if ctx.lazy and literal:
                    s = s.lower()
                text += s
    forms = {v.form for v in vals}
    if not vals:
        form = "none"
    elif forms == {"written"}:
        form = "written"
    elif forms == {"spoken"}:
        form = "spoken"
    else:
        form = "mixed"
    return text, spans, vals, form


def check_value(v):
    c = v.canon
    if v.typ == "CREDIT_CARD":
        assert luhn_ok(c), c
    if v.typ == "IBAN_CODE":
        assert iban_ok(c), c
        if c.startswith("ES"):
            assert ccc_ok(c[4:]), c
        if c.startswith("FR"):
            assert rib_ok(c[4:]), c
    if v.typ == "ID_NUMBER":
        assert dni_ok(c), c
    if v.typ == "CUSTOMER_ID" and c.startswith("ES"):
        assert cups_ok(c), c
    if v.check is None or v.check.startswith("split"):
        return
    src = v.text if v.form == "written" and not v.hard else (v.clean or v.text)
    if v.check == "alnum":
        got = alnum(read_back(src)) if v.form != "written" or v.clean else alnum(src)
        assert got == alnum(c), (v.typ, src, got, c)
    elif v.check == "phone":
        got = re.sub(r"\D", "", read_back(src))
        if c.startswith("0"):
            ok = {c, "33" + c[1:], "0033" + c[1:], "330" + c[1:]}
        else:
            ok = {c, "34" + c, "0034" + c}
        assert got in ok, (src, got, c)
    elif v.check == "email":
        s = src.replace("(arroba)", "@")
        if " " in s.strip() and ("arroba" in s or "punto" in s):
            s = read_back(s).replace("efeerre", "fr")
        got = s.replace(" ", "").lower()
        assert got == c.lower(), (src, got, c)
    elif v.check == "ip":
        got = read_back(src) if not re.fullmatch(r"[\d.]+", src) else src
        assert got == c, (src, got, c)


def main():
    n_chat, n_note, n_stt, n_none = 140, 60, 160, 40
    plan = []

    def cycle(templates, n, ch):
        out, pool = [], []
        while len(out) < n:
            if not pool:
                pool = list(templates)
                R.shuffle(pool)
            out.append((pool.pop(), ch))
        return out

    plan += cycle(CHAT, n_chat, "chat")
    plan += cycle(NOTE, n_note, "note")
    plan += cycle(STT, n_stt, "stt")
    none_plan = cycle(NONE_CHAT, n_none // 2, "chat") + cycle(NONE_STT, n_none - n_none // 2, "stt")
    plan += [(t, ch, True) for t, ch in none_plan]
    plan = [p if len(p) == 3 else (p[0], p[1], False) for p in plan]
    R.shuffle(plan)

    rows, all_vals = [], []
    by_form = collections.Counter()
    by_type = collections.Counter()
    type_form = collections.Counter()
    hard_kinds = collections.Counter()
    channels = collections.Counter()
    for k, (tpl, ch, is_none) in enumerate(plan, 1):
        text, spans, vals, form = assemble(tpl, ch)
        if is_none:
            assert not spans, tpl
        # checks
        prev_end = -1
        for s in spans:
            assert text[s["start"]:s["end"]] == s["value"], s
            assert s["start"] >= prev_end, (text, spans)
            assert s["value"] == s["value"].strip() and s["value"], s
            prev_end = s["end"]
        for v in vals:
            check_value(v)
            if getattr(v, "partner", None):
                got = alnum(read_back(v.clean + " " + v.partner.clean))
                assert got.endswith(alnum(v.canon)[-9:]) and (v.typ != "IBAN_CODE" or got == v.canon), (got, v.canon)
        rows.append({"id": f"es1-{k:04d}", "text": text, "spans": spans, "form": form})
        by_form[form] += 1
        channels["none" if is_none else ch] += 1
        for v in vals:
            by_type[v.typ] += 1
            type_form[(v.typ, v.form)] += 1
            hard_kinds[v.hard or "-"] += 1
        all_vals += vals
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    nv = len(all_vals)
    strict = sum(by_type[t] for t in ("CREDIT_CARD", "IBAN_CODE", "ID_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS"))
    nh = sum(1 for v in all_vals if v.hard)
    print(f"wrote {len(rows)} utterances, {nv} values to {OUT}")
    print(f"templates: chat {len(CHAT)}, notes {len(NOTE)}, transcripts {len(STT)}, no-PII {len(NONE_CHAT) + len(NONE_STT)}"
          f" = {len(CHAT) + len(NOTE) + len(STT) + len(NONE_CHAT) + len(NONE_STT)}")
    print("channels:", dict(channels))
    print("by form:", dict(sorted(by_form.items())))
    print("by type:", dict(by_type.most_common()))
    print(f"strict types: {strict}/{nv} = {strict / nv:.0%}; harder values: {nh}/{nv} = {nh / nv:.0%}")
    print("hard kinds:", dict(hard_kinds.most_common()))
    for t in ("PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "ID_NUMBER", "CUSTOMER_ID", "SECRET",
              "DATE_OF_BIRTH", "ADDRESS", "IP_ADDRESS", "PERSON"):
        print(f"  {t:14s}", {f: type_form[(t, f)] for f in ("written", "spoken", "mixed") if type_form[(t, f)]})


if __name__ == "__main__":
    main()

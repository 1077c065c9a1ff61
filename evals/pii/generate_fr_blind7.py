#!/usr/bin/env python3
"""Seventh blind French/Moroccan PII evaluation set: ``fr_blind7.jsonl`` (seed 7070).

    .venv/bin/python evals/pii/generate_fr_blind7.py   # rewrites fr_blind7.jsonl, prints counts

Written blind by a helper that saw only ``evals/pii/README.md``: not the scrubber, its tests, the other
generators or the other sets. Standard library, Faker (``fr_FR``, seeded with 7070) and one ``random.Random(7070)``;
the French number words are produced by the small functions below (num2words' ``fr_BE`` output is wrong for
"quatre-vingts" and years, so it is not used). Byte-identical output on rerun with the same Faker version (40.x): no
set or dict is iterated in hash order, no clock, no environment.

Callers
-------
Customers of three contact centres, as their turns appear in the logs an agent or a quality analyst sees:
Volta Énergie (electricity and gas: Linky, Gazpar, moves, bank details, meter readings), Assuréa (home, car and
health insurance: claims, policy numbers, NIR for the health cover) and Fibréa (fixed and mobile telecom: box,
Wi-Fi, IP, SIM). Callers live in France (including Corsica and overseas departments), in Morocco (Casablanca, Rabat,
Salé, Fès... served by offshore platforms), a few in Belgium, Switzerland and Luxembourg (cross-border customers), and
some are French residents of Moroccan or Portuguese origin. Channels: phone calls through speech-to-text (lower case,
no punctuation, "client : ... agent : ..." turns, fillers "euh", "ben", "bah", hesitations, repeated words,
self-corrections), web or WhatsApp chat (punctuation, SMS spelling, Darija), agents' after-call notes, IVR logs.

Mix (500 utterances, 75 with no PII = 15 %, about 620 values)
--------------------------------------------------------------
Each template contributes a fixed number of utterances (PLAN), shuffled with the seed; its variants are used in
turn from a random start, so that every variant appears. The family is not written in the JSONL (the README's line
format is kept: id, text, spans, form); the script prints the counts per family.

* 325 utterances (65 %) are ORDINARY, the forms a centre sees every day (21 PII templates + 51 no-PII turns):
  phone numbers written (06 12 34 56 78, dotted, dashed, +33/+212, Moroccan 0524-282371) or read in pairs or digit
  by digit, read back by the agent; e-mails dictated with "point", "arobase", "tiret", "tiret bas", "tiret du huit",
  "underscore", repeated after "pardon"; postal addresses in France and Morocco (lower case in STT, with
  "bis"/"ter", "bâtiment B", "résidence", Moroccan "hay", "rue 24 numéro 29", "appartement 5 immeuble 12"); names
  with and without titles, agents introducing themselves, relatives (a deceased mother, a husband in hospital),
  spelled names; dates of birth for identity checks; IBANs read in groups (FR, MA, BE) or pasted, Moroccan RIBs;
  cards read digit by digit or in pairs, with expiry date and security code; NIRs (incl. Corsica, overseas, born in
  Morocco); Moroccan CINs; customer, contract, member, policy and claim numbers; one-time SMS codes, SIM PINs, door
  codes, passwords, Wi-Fi keys; IPs for box support; the usual speech-to-text mess (no punctuation, "euh", "ben",
  "bah", "du coup", "comment dire", repeated words, restarts, self-corrections "non pardon", agent turns mixed in).
  The 51 no-PII turns are bills, amounts, kWh and kVA, meter indexes, bill/appointment/claim dates, waiting times,
  service numbers (3900), brands (Volta Énergie, Assuréa, Fibréa, Linky, Gazpar), agency towns, Darija chat.
* 175 utterances (35 %) use the 21 NEW forms below (151 with PII, 24 without).

New forms (relative to the README's list of covered forms)
----------------------------------------------------------
 1. ``belgian_swiss``: Belgian and Swiss callers counting "septante", "huitante", "nonante" in phone numbers (04..,
    07..), Belgian IBANs (with their national check), dates of birth ("mille neuf cent septante-six"), addresses
    with the number after the street ("avenue louise nonante et un mille cinquante ixelles").
 2. ``ivr_dtmf``: IVR logs: values keyed on the keypad ("[DTMF] 4 1 0 9 ... #", "[DTMF] 18051966#"), the IVR's
    own recogniser ("[ASR conf=0.64] zéro sept ...") and its text-to-speech reading the number back digit by digit;
    the prompts, "tapez 1", "[DTMF] 3" menu choices and waiting times must survive.
 3. ``diarized_timestamps``: Whisper/pyannote-style segments "[00:01:12.340 --> 00:01:15.900] SPEAKER_01: ...", with
    Whisper's punctuation and capitals, and a phone number or IBAN cut by a segment boundary (two spans);
    timestamps and speaker tags must survive.
 4. ``stt_tags``: recogniser tags "[inaudible]", "(inaudible)", "<unk>", "[bruit]", "[silence]", "[parole
    superposée]" inside a value (inside its span, like an interjection) and "[bruit]", "(rires)", "[musique]",
    "[bip]", "[silence]" around values (outside).
 5. ``ascii_nohyphen``: telephony STT without accents and without hyphens in numbers ("zero six quatre vingt treize",
    "numero de securite sociale", "nee le vingt et un juin mille neuf cent cinquante huit", "CLIENT:").
 6. ``postcode_habits``: postal codes said the French way: "quatre-vingt-treize cent" (93100), "soixante et onze
    cent" (71100), "trente-huit cent vingt" (38120), "quarante-cinq mille" (45000), "soixante-neuf zéro zéro trois",
    and arrondissements instead of a postcode ("paris onzième", "lyon troisième").
 7. ``masked_partial``: masked or partial values as an agent's screen or an SMS shows them: "une carte qui se termine
    par neuf neuf quatre un", "zéro six étoile étoile quatre-vingt-un", "j étoile étoile étoile arobase gmail point
    com", "06 ** ** ** 88", "FR76 **** **** **** **** ***4 85", "le compte qui finit par quatre cent soixante-neuf":
    all must survive; 4 utterances add the full new value after the masked old one.
 8. ``company_contacts``: the companies' own hotline, toll-free and short numbers ("zéro neuf soixante-dix vingt et
    un trente zéro zéro", "09 70 21 30 00", "le 3977", "zéro huit cents quarante-sept quarante-sept") and functional
    e-mails ("sinistres@assurea.fr"): not PII, must survive.
 9. ``placeholders``: format instructions and templates ("prénom point nom arobase quelque chose", "06 xx xx xx xx",
    "jj/mm/aaaa", "dix chiffres il commence par un quatre"), ages ("j'ai 78 ans", "mon fils a 14 ans") and customer
    seniority ("cliente depuis 2002"): must survive.
10. ``letter_digit_typos``: chat values typed with the letter O for zero and l or I for one ("O6 12 ...",
    "FR76 138O ...", NIR "l 94 07 ...", customer number "4685I6593I").
11. ``unicode_spaces``: values pasted from banking apps and phones with U+00A0, U+202F, U+2011 or a zero-width space
    (U+200B) inside (inside the span); amounts with U+202F/U+00A0 ("2 686,92 €") must survive.
12. ``arabic_script``: Moroccan chat in Arabic script (Darija), names written in Arabic script, Moroccan phone numbers
    in Eastern Arabic digits (٠٦٥٠...) or Western digits, Latin CINs and e-mails inside Arabic sentences, addresses
    in Arabic script (حي السلام زنقة 1 رقم 27 الدار البيضاء).
13. ``cin_whole_number``: the CIN's digits read as one number ("x cinq cent soixante-sept mille sept cent
    quatre-vingt-onze").
14. ``iban_whole_and_foreign``: IBAN groups read as whole numbers ("f r soixante-seize mille cinq cent
    cinquante-huit neuf mille ...", ambiguous as real speech is), and IBANs of cross-border and emigrant callers
    (PT with its NIB check, LU, DE, CH, MC with the French RIB key), pasted or read out.
15. ``crm_notes``: agents' after-call notes, telegraphic, with abbreviations (DDN, tél., cl., ctr, Ctt, nv IBAN,
    dde chgt RIB, MES, PDL, RAS), surnames in capitals, times (10:02) and amounts that must survive.
16. ``background_voice``: a value supplied by someone else in the room, transcribed between "[voix au loin]" and
    "[fin voix au loin]", then repeated by the caller (two spans).
17. ``name_common_word``: surnames that are ordinary words (Petit, Blanc, Lenoir, Legrand, Rossignol, Boucher...) in
    lower-case STT, in the same utterance as the word used ordinarily ("l'écran reste noir", "un grand appartement",
    "on entend le rossignol"), which stays outside.
18. ``maiden_usage``: "née", "épouse", "veuve", "nom d'usage", "nom de jeune fille" between two names.
19. ``pdl_pce``: Linky PDL/PRM and Gazpar PCE numbers (14 digits, or "GI" + 6 digits), read out or pasted, labelled
    CUSTOMER_ID; the meter index said just after must survive.
20. ``email_homophones``: e-mails mis-transcribed by STT: "arobaz", "arrobase", "à robe base", "hot mail", "otmail",
    "ya hou", "la poste point nette", "aoutlouk", "aïe cloud", "laïve", "fri", "point comme", "point fer", and
    plus-addressing ("jojo soixante-treize plus volta arobaz laïve point fr": the brand is inside the span).
21. ``itn_zero_dropped``: inverse text normalisation that drops the leading zero ("6 12 34 56 78", "660308374",
    "5 60 75 32 99", postal code "6000 nice").

Labelling choices
-----------------
* Types exactly as the README: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, ADDRESS, FR_NIR, CREDIT_CARD, IBAN_CODE,
  DATE_OF_BIRTH, MA_CIN, CUSTOMER_ID, SECRET, IP_ADDRESS. Spans are recorded while the text is assembled.
* PERSON: first and/or last name; titles (madame, monsieur, mme, m., Mme, M.) outside. Agents' own first names are
  PERSON (as in blind4/5), also in diarized logs. A spelled-out name ("m a i l l a r d") is a PERSON span of its own,
  separate from the name said just before it. Names in Arabic script are PERSON. "née", "épouse", "veuve", "nom
  d'usage", "nom de jeune fille" are outside; each name is its own span. A surname that is a common word is PERSON
  only where it names the person; relations ("ma mère", "mon mari") are outside.
* PHONE_NUMBER: the number with its country prefix (+33, +212) when present; "le", "au", "sur" and a trailing
  "(portable)" outside. A number whose leading zero the recogniser dropped is still a phone number, labelled as
  written. The companies' own numbers (hotlines, 0 800, 39xx short numbers) are NOT PII.
* EMAIL_ADDRESS: from the first character of the local part to the end of the top-level domain, including spoken
  "point"/"arobase"/"tiret bas", STT homophones ("hot mail point comme"), a "+tag" even when the tag is a brand, a
  recogniser tag or a zero-width space inside. Functional company addresses (sinistres@assurea.fr) are NOT PII.
* ADDRESS: one span from the street number (or from the complement "escalier 3", "bâtiment B" when it comes first)
  to the town, including the postcode however it is said, Moroccan "hay", "imm", "résidence", "lot", an
  arrondissement ("paris onzième") and linking words or fillers that fall inside ("à", "euh"); "j'habite au",
  "c'est au", "MES au" are outside. A town alone (agency towns, "je vous appelle de namur"), a country are NOT PII.
* DATE_OF_BIRTH: the date only ("le", "né le", "DDN" outside; "premier" inside), however it is given (digits, words,
  DTMF "18051966"). Bill, appointment, claim, move-in and contract dates are not PII; neither is an age.
* FR_NIR: the 13 digits and the key; "clé" between them is inside. Valid key (2A/2B counted as 19/18; overseas
  departments with a 3-digit department and 2-digit commune; born in Morocco 99 350).
* CREDIT_CARD: the full number (Luhn-valid, Visa, Mastercard 5x and 2x, Amex). The expiry date is NOT labelled; the
  security code is SECRET. The last four digits alone ("se terminant par 4521") are NOT labelled.
* IBAN_CODE: the whole IBAN or Moroccan RIB (ISO 13616 valid; FR/MC RIB key, MA RIB key, BE and PT national checks
  valid; a Moroccan RIB without "MA64" is the IBAN's last 24 digits).
* MA_CIN: letters and digits ("BK123456", "J A24303", "b k cent vingt-trois mille ..."); "CIN", "carte nationale"
  outside.
* CUSTOMER_ID: Volta Énergie customer (10 digits) and contract (VE + 8) numbers, Assuréa member (8 digits), policy
  (AS + 7) and claim (SIN-2025-004871) numbers, Fibréa customer numbers, and PDL/PRM/PCE supply-point numbers,
  because they identify a household. Invoice amounts, meter indexes, kVA, tariff and offer names are not.
* SECRET: passwords, PINs (SIM, IVR code confidentiel), one-time SMS codes, card security codes, door codes, Wi-Fi
  keys. A remark after the value ("mais il me dit code erroné") is outside.
* IP_ADDRESS: public and LAN IPv4, written or read ("cent quatre-vingt-douze point cent soixante-huit point zéro
  point un"); LAN addresses are labelled, as in blind5.
* A value the agent or the IVR reads back is labelled again. A value cut by a segment boundary or by a "[fin voix au
  loin]" tag line is two spans; an interjection, a recogniser tag, a correction ("quatre-vingt-dix non pardon
  soixante-deux") or a restart ("zéro six vingt et un zéro six vingt et un ...") inside one speaker's run of a value
  belongs to the one span. DTMF: the keyed digits are the span, the "#" terminator is outside.
* Masked values, placeholders and partial values are outside any span.

Validation
----------
Every span's value equals text[start:end]; spans are sorted and do not overlap; no span starts or ends on a space;
every IBAN passes ISO 13616 mod-97 (and its national check where one is implemented), every card passes Luhn, every
NIR's key is 97 - (number mod 97) with 2A/2B counted as 19/18; for renderings without corrections the digits read
from the span (written digits or French number words) equal the canonical value. The script exits non-zero otherwise.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker

SEED = 7070
OUT = Path(__file__).with_name("fr_blind7.jsonl")
N_UTTERANCES = 500

rng = random.Random(SEED)
fake = Faker("fr_FR")
fake.seed_instance(SEED)

PERSON, PHONE, EMAIL, ADDRESS = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"
NIR, CARD, IBAN, DOB = "FR_NIR", "CREDIT_CARD", "IBAN_CODE", "DATE_OF_BIRTH"
CIN, CUST, SECRET, IP = "MA_CIN", "CUSTOMER_ID", "SECRET", "IP_ADDRESS"
TYPES = [PERSON, PHONE, EMAIL, ADDRESS, NIR, CARD, IBAN, DOB, CIN, CUST, SECRET, IP]


def ch(seq):
    return rng.choice(seq)


def p(x: float) -> bool:
    return rng.random() < x


_CYCLE: dict[str, list[int]] = {}


def nxt(key: str, n: int) -> int:
    """Branches of a template in turn (from a random start), so that every variant is used."""
    c = _CYCLE.setdefault(key, [rng.randint(0, n - 1)])
    k = c[0] % n
    c[0] += 1
    return k


# --------------------------------------------------------------------------------------------------------------
# French numbers
# --------------------------------------------------------------------------------------------------------------
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize"]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 7: "septante", 8: "huitante",
        9: "nonante"}


def w99(n: int, be: bool = False, swiss: bool = False) -> str:
    if n < 17:
        return UNITS[n]
    if n < 20:
        return "dix-" + UNITS[n - 10]
    t, u = divmod(n, 10)
    if t <= 6 or (t in (7, 9) and (be or swiss)) or (t == 8 and swiss):
        base = TENS[t]
        if u == 0:
            return base
        if u == 1:
            return base + " et un"
        return base + "-" + UNITS[u]
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + w99(10 + u)
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + UNITS[u]
    return "quatre-vingt-" + w99(10 + u)


def w(n: int, be: bool = False, swiss: bool = False) -> str:
    if n < 100:
        return w99(n, be, swiss)
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else UNITS[h] + " cent" + ("s" if r == 0 else "")
        return head if r == 0 else head + " " + w99(r, be, swiss)
    k, r = divmod(n, 1000)
    head = "mille" if k == 1 else w(k, be, swiss)
    if head.endswith("cents") or head.endswith("vingts"):
        head = head[:-1]
    if k != 1:
        head += " mille"
    return head if r == 0 else head + " " + w(r, be, swiss)


def year_words(y: int, style: str = "full", be: bool = False, swiss: bool = False) -> str:
    if y >= 2000:                             # nobody says "née en zéro trois" for 2003
        style = "full"
    if style == "short":                      # "quatre-vingt-cinq"
        return w99(y % 100, be, swiss)
    if style == "dixneuf" and 1900 <= y < 2000:   # "dix-neuf cent quatre-vingt-cinq"
        r = y - 1900
        return "dix-neuf cent" + ("" if r == 0 else " " + w99(r, be, swiss))
    return w(y, be, swiss)


def digits_words(s: str) -> str:
    return " ".join(UNITS[int(d)] for d in s)


def pairs_words(s: str, double: bool = False, be: bool = False) -> str:
    out = []
    for i in range(0, len(s), 2):
        pr = s[i:i + 2]
        if len(pr) == 1:
            out.append(UNITS[int(pr)])
        elif pr == "00" and double:
            out.append("double zéro")
        elif pr[0] == "0":
            out.append("zéro " + UNITS[int(pr[1])])
        else:
            out.append(w99(int(pr), be))
    return " ".join(out)


def group_words(s: str, be: bool = False) -> str:
    """A digit group read as a number, leading zeros said one by one ("0312" -> "zéro trois cent douze")."""
    lead = len(s) - len(s.lstrip("0"))
    rest = s[lead:]
    parts = ["zéro"] * lead
    if rest:
        parts.append(w(int(rest), be))
    return " ".join(parts)


def nohyphen(s: str) -> str:
    return s.replace("-", " ")


def fold(s: str) -> str:
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---- parser used only for validation: French number words -> digit string ----------------------------------
_VAL = {u: i for i, u in enumerate(UNITS)}
_VAL.update({"un": 1, "une": 1, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
             "soixante": 60, "septante": 70, "huitante": 80, "nonante": 90})
_LETTERS = {"effe": "F", "erre": "R", "bé": "B", "ka": "K", "emme": "M", "enne": "N", "pé": "P", "té": "T",
            "cé": "C", "dé": "D", "gé": "G", "ache": "H", "ji": "J", "elle": "L", "esse": "S", "vé": "V",
            "zed": "Z", "i": "I", "a": "A", "e": "E"}
_SKIP = {"clé", "de", "contrôle", "et", "la"}


def _hyph(tok: str):
    parts = [x for x in tok.split("-") if x != "et"]
    total, i = 0, 0
    while i < len(parts):
        x = parts[i]
        if x == "quatre" and i + 1 < len(parts) and parts[i + 1] in ("vingt", "vingts"):
            total += 80
            i += 2
            continue
        if x not in _VAL:
            return None
        total += _VAL[x]
        i += 1
    return total


def spoken_to_digits(s: str) -> str | None:
    s = s.replace(" et un", "-et-un").replace(" et onze", "-et-onze")
    toks = s.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in _SKIP:
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            v = _hyph(toks[i + 1])
            if v is None or v > 9:
                return None
            out.append(str(v) * (2 if t == "double" else 3))
            i += 2
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t == "zéro":
            out.append("0")
            i += 1
            continue
        if t in _LETTERS:
            out.append(_LETTERS[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            i += 1
            continue
        if len(t) == 2 and t.isalpha() and t.isupper():
            out.append(t)
            i += 1
            continue
        # compound number
        total, cur, consumed = 0, 0, False
        stage = "start"            # start -> hundreds -> tens ; mille resets
        while i < len(toks):
            t = toks[i]
            if t in ("cent", "cents"):
                if stage not in ("start", "unit", "afterk"):
                    break
                cur = (cur or 1) * 100
                stage = "hundreds"
            elif t == "mille":
                if stage == "afterk":
                    break
                total += (cur or 1) * 1000
                cur = 0
                stage = "afterk"
            else:
                v = _hyph(t) if t != "zéro" else None
                if v is None or v == 0:
                    break
                if stage == "start":
                    cur, stage = v, "unit"
                elif stage == "hundreds":
                    cur += v
                    stage = "tens"
                elif stage == "afterk":
                    cur, stage = v, "unit2"
                else:
                    break
            consumed = True
            i += 1
            if stage in ("tens",):
                # hundreds complete; a following "mille" may still multiply ("cent vingt-trois mille")
                if i < len(toks) and toks[i] == "mille":
                    continue
                break
            if stage == "unit2":
                if i < len(toks) and toks[i] in ("cent", "cents"):
                    stage = "unit"       # thousands already in total; allow hundreds
                    continue
                break
            if stage == "unit":
                if i < len(toks) and toks[i] in ("cent", "cents", "mille"):
                    continue
                break
        if not consumed:
            return None
        out.append(str(total + cur))
    return "".join(out)


# --------------------------------------------------------------------------------------------------------------
# Utterance builder
# --------------------------------------------------------------------------------------------------------------
NUMWORD = re.compile(r"\b(zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                     r"quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents|mille|septante|"
                     r"huitante|nonante|arobase|arobaz|arrobase|point|double|triple|tiret|premier)\b")


class V:
    """A value to label. canon: canonical compact value for checksum/consistency; clean: rendering parseable."""

    def __init__(self, typ: str, text: str, canon: str | None = None, clean: bool = False):
        self.typ, self.text, self.canon, self.clean = typ, text, canon, clean


class Utt:
    def __init__(self, channel: str = "stt", ascii_fold: bool = False):
        self.items: list = []
        self.channel = channel     # stt (spoken default) or chat (written default)
        self.ascii_fold = ascii_fold

    def add(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            self.items.append(it)
        return self

    def build(self):
        text, spans = "", []
        prev_nl = True
        for it in self.items:
            s = it.text if isinstance(it, V) else it
            attach = False
            if isinstance(s, str) and s.startswith("^"):
                s, attach = s[1:], True
            if self.ascii_fold:
                s = fold(s)
            if text and not attach and not prev_nl and not s.startswith("\n"):
                text += " "
            if isinstance(it, V):
                spans.append({"type": it.typ, "start": len(text), "end": len(text) + len(s), "value": s,
                              "_canon": it.canon, "_clean": it.clean and not self.ascii_fold})
            text += s
            prev_nl = text.endswith("\n")
        return text, spans


def value_mode(s: str) -> str:
    has_digit = any(c.isdigit() for c in s) or "@" in s
    has_word = bool(NUMWORD.search(s.lower()))
    if has_digit and has_word:
        return "m"
    if has_digit:
        return "w"
    if has_word:
        return "s"
    return "n"


def utt_form(channel: str, spans) -> str:
    if not spans:
        return "none"
    modes = {value_mode(sp["value"]) for sp in spans} - {"n"}
    if not modes:
        return "spoken" if channel == "stt" else "written"
    if "m" in modes or ("w" in modes and "s" in modes):
        return "mixed"
    return "written" if "w" in modes else "spoken"


FILL = ["euh", "euh", "euh", "euh", "ben", "bah", "alors", "du coup", "voilà", "en fait", "hein", "bon", "euh ben",
        "attendez", "comment dire"]


def f(pr: float = 0.5) -> str:
    return ch(FILL) if p(pr) else ""


def stutter(word: str, pr: float = 0.25) -> str:
    return f"{word} {word}" if p(pr) else word


# --------------------------------------------------------------------------------------------------------------
# Value generators (canonical) and renderers
# --------------------------------------------------------------------------------------------------------------
AGENTS = ["Sandrine", "Karim", "Nadia", "Julien", "Samira", "Thomas", "Yassine", "Émilie", "Mehdi", "Laura", "Hamza",
          "Céline", "Ayoub", "Sophie", "Khalid", "Manon", "Soufiane", "Inès", "Kevin", "Sarah"]
MA_FIRST_M = ["Youssef", "Mohamed", "Hicham", "Rachid", "Mehdi", "Othmane", "Hamza", "Ayoub", "Karim", "Abdelilah",
              "Said", "Mustapha", "Anas", "Omar", "Ilyas", "Soufiane", "Zakaria", "Abdellah", "Driss", "Nabil"]
MA_FIRST_F = ["Fatima Zahra", "Khadija", "Salma", "Imane", "Zineb", "Nadia", "Meryem", "Hajar", "Sanaa", "Houda",
              "Asmae", "Latifa", "Ghizlane", "Soukaina", "Najat", "Kawtar", "Hind", "Loubna", "Btissam", "Siham"]
MA_LAST = ["El Amrani", "Benjelloun", "Alaoui", "Bennani", "Tazi", "Idrissi", "Berrada", "Chraibi", "El Fassi",
           "Ouazzani", "Lahlou", "Bouzidi", "Naciri", "Kettani", "Sqalli", "El Khatib", "Benali", "Ait Ouahmane",
           "Zniber", "Filali", "Bouhaddou", "El Mansouri", "Cherkaoui", "Belkadi", "Hajji", "Tahiri", "Ziani",
           "Amrani", "Benkirane", "Lamrani"]
PT_FIRST = ["João", "Maria", "Ana", "José", "Manuel", "Fernanda", "Rui", "Paulo", "Sandra", "Carla"]
PT_LAST = ["Da Silva", "Ferreira", "Pereira", "Oliveira", "Rodrigues", "Gonçalves", "Teixeira", "Lopes", "Carvalho",
           "Dos Santos"]
COMMON_WORD_NAMES = [("Petit", "j'ai un petit souci avec ma facture"),
                     ("Blanc", "l'écran de la box reste tout blanc"),
                     ("Boulanger", "je suis boulanger je me lève à trois heures du matin"),
                     ("Marchand", "le marchand de journaux m'a dit que vous aviez fermé l'agence"),
                     ("Lebrun", "le boîtier brun dans l'entrée clignote"),
                     ("Fontaine", "la fontaine du jardin est sur le même compteur"),
                     ("Berger", "mon berger allemand a mangé le courrier"),
                     ("Meunier", "on habite juste à côté du moulin du meunier"),
                     ("Roux", "le chat roux du voisin a arraché le câble"),
                     ("Legrand", "c'est un grand appartement de cent mètres carrés"),
                     ("Boucher", "le boucher d'en face a aussi une coupure"),
                     ("Lenoir", "l'écran reste noir depuis ce matin"),
                     ("Marin", "je suis marin je suis en mer trois semaines par mois"),
                     ("Bonnet", "le technicien a oublié son bonnet chez moi"),
                     ("Rossignol", "on entend le rossignol dans le combiné tellement ça grésille")]


def fr_person(sex: str | None = None) -> dict:
    sex = sex or ch("fm")
    first = fake.first_name_female() if sex == "f" else fake.first_name_male()
    return {"first": first, "last": fake.last_name(), "sex": sex,
            "title": ch(["madame", "madame", "mme"]) if sex == "f" else ch(["monsieur", "monsieur", "m."])}


def ma_person(sex: str | None = None) -> dict:
    sex = sex or ch("fm")
    first = ch(MA_FIRST_F if sex == "f" else MA_FIRST_M)
    return {"first": first, "last": ch(MA_LAST), "sex": sex, "title": "madame" if sex == "f" else "monsieur"}


def name_text(pn: dict, style: str = "full", case: str = "low") -> str:
    if style == "full":
        s = f"{pn['first']} {pn['last']}"
    elif style == "last_first":
        s = f"{pn['last']} {pn['first']}"
    elif style == "first":
        s = pn["first"]
    else:
        s = pn["last"]
    if case == "low":
        return s.lower()
    if case == "upper_last" and style in ("full", "last_first"):
        return s.replace(pn["last"], pn["last"].upper())
    return s


def ascii_local(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


# ---- phones ----
def fr_mobile() -> str:
    return ch(["06", "06", "07"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def fr_landline() -> str:
    return ch(["01", "02", "03", "04", "05", "09"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def ma_mobile() -> str:
    return ch(["06", "06", "07"]) + ch(["61", "62", "66", "70", "00", "10", "41", "50"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(6))


def ma_landline() -> str:
    return "05" + ch(["22", "22", "37", "35", "24", "39", "28"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))


def ph_written(num: str, style: str | None = None, country: str = "33") -> str:
    style = style or ch(["sp", "sp", "sp", "compact", "dot", "intl", "dash"])
    g = [num[i:i + 2] for i in range(0, 10, 2)]
    if style == "sp":
        return " ".join(g)
    if style == "compact":
        return num
    if style == "dot":
        return ".".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "intl":
        return f"+{country} {num[1]} " + " ".join(g[1:])
    if style == "intl_compact":
        return f"+{country}{num[1:]}"
    if style == "ma_4_6":
        return f"{num[:4]}-{num[4:]}"
    raise ValueError(style)


def ph_spoken(num: str, style: str | None = None) -> str:
    style = style or ch(["pairs", "pairs", "pairs", "digits", "zero_pairs"])
    if style == "digits":
        return digits_words(num)
    if style == "zero_pairs":     # "zéro six" then pairs, with "double" for 00
        return "zéro " + UNITS[int(num[1])] + " " + pairs_words(num[2:], double=True)
    return pairs_words(num)


# ---- e-mails ----
DOMAINS_FR = ["gmail.com", "gmail.com", "gmail.com", "hotmail.fr", "hotmail.com", "yahoo.fr", "orange.fr",
              "orange.fr", "free.fr", "sfr.fr", "laposte.net", "outlook.fr", "wanadoo.fr", "live.fr", "icloud.com"]
DOMAINS_MA = ["gmail.com", "gmail.com", "hotmail.com", "hotmail.fr", "yahoo.fr", "menara.ma", "outlook.com"]


def email_tokens(pn: dict, ma: bool = False) -> list:
    fi, la = ascii_local(pn["first"]), ascii_local(pn["last"])
    yy = str(rng.randint(50, 99)) if p(0.5) else str(rng.randint(1, 99))
    pat = ch(["f.l", "f.l", "f.l", "fl", "il", "f.lN", "fN", "l.f", "f_l", "f-l", "lf", "nick"])
    if pat == "f.l":
        loc = [("w", fi), ("s", "."), ("w", la)]
    elif pat == "fl":
        loc = [("w", fi), ("w", la)]
    elif pat == "il":
        loc = [("l", fi[0]), ("w", la)]
    elif pat == "f.lN":
        loc = [("w", fi), ("s", "."), ("w", la), ("n", yy)]
    elif pat == "fN":
        loc = [("w", fi), ("n", yy)]
    elif pat == "l.f":
        loc = [("w", la), ("s", "."), ("w", fi)]
    elif pat == "f_l":
        loc = [("w", fi), ("s", "_"), ("w", la)]
    elif pat == "f-l":
        loc = [("w", fi), ("s", "-"), ("w", la)]
    elif pat == "lf":
        loc = [("w", la), ("w", fi)]
    else:
        loc = [("w", ch(["lolo", "nanou", "juju", "titi", "mimi", "cricri", "jojo", "zaza", "doudou"])),
               ("n", yy)]
    dom = ch(DOMAINS_MA if ma else DOMAINS_FR)
    d1, tld = dom.split(".")
    return loc + [("s", "@"), ("w", d1), ("s", "."), ("w", tld)]


def email_written(toks) -> str:
    return "".join(t for _, t in toks)


SYM_SPOKEN = {".": "point", "@": "arobase", "-": "tiret"}


def email_spoken(toks, underscore: str | None = None, digits_as: str | None = None) -> str:
    out = []
    for k, t in toks:
        if k == "s":
            if t == "_":
                out.append(underscore or ch(["tiret bas", "tiret du bas", "underscore", "tiret du huit"]))
            else:
                out.append(SYM_SPOKEN[t])
        elif k == "n":
            mode = digits_as or ch(["words", "words", "digits_written"])
            if mode == "words" and not t.startswith("0"):
                out.append(w99(int(t)))
            elif mode == "words":
                out.append(digits_words(t))
            else:
                out.append(t)
        else:
            out.append(t)
    return " ".join(out)


# ---- addresses ----
STREETS = ["Victor Hugo", "Jean Jaurès", "de la République", "Pasteur", "Gambetta", "du Général de Gaulle",
           "des Écoles", "de la Gare", "des Lilas", "du Moulin", "Voltaire", "Émile Zola", "des Acacias",
           "de la Mairie", "Jules Ferry", "Paul Bert", "Carnot", "Anatole France", "de Verdun", "du Stade",
           "des Tilleuls", "de la Liberté", "Saint-Exupéry", "Marcel Pagnol", "des Peupliers", "du Château",
           "Jean Moulin", "Aristide Briand", "du Maréchal Foch", "Georges Clemenceau", "des Vignes", "de Bretagne",
           "de la Fontaine", "des Coquelicots", "Louis Blériot", "de Strasbourg", "Nationale", "des Cerisiers"]
STREET_TYPES = ["rue", "rue", "rue", "rue", "avenue", "avenue", "boulevard", "impasse", "allée", "chemin", "place",
                "route"]
CITIES = [("69003", "Lyon"), ("13008", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
          ("44000", "Nantes"), ("59000", "Lille"), ("67000", "Strasbourg"), ("35000", "Rennes"),
          ("93100", "Montreuil"), ("92100", "Boulogne-Billancourt"), ("94200", "Ivry-sur-Seine"),
          ("76600", "Le Havre"), ("38000", "Grenoble"), ("21000", "Dijon"), ("87000", "Limoges"),
          ("63000", "Clermont-Ferrand"), ("34000", "Montpellier"), ("06000", "Nice"), ("83000", "Toulon"),
          ("49100", "Angers"), ("37000", "Tours"), ("80000", "Amiens"), ("51100", "Reims"), ("57000", "Metz"),
          ("29200", "Brest"), ("64000", "Pau"), ("66000", "Perpignan"), ("84000", "Avignon"), ("30000", "Nîmes"),
          ("42000", "Saint-Étienne"), ("45000", "Orléans"), ("72000", "Le Mans"), ("17000", "La Rochelle"),
          ("25000", "Besançon"), ("68100", "Mulhouse"), ("14000", "Caen"), ("95100", "Argenteuil"),
          ("77100", "Meaux"), ("78000", "Versailles"), ("91000", "Évry-Courcouronnes"), ("60000", "Beauvais"),
          ("24200", "Sarlat-la-Canéda"), ("46100", "Figeac"), ("12000", "Rodez"), ("71100", "Chalon-sur-Saône"),
          ("03100", "Montluçon"), ("26000", "Valence"), ("74000", "Annecy"), ("75011", "Paris"),
          ("75015", "Paris"), ("75018", "Paris"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"),
          ("44300", "Nantes"), ("38120", "Saint-Égrève"), ("59100", "Roubaix"), ("93200", "Saint-Denis")]
COMPLEMENTS = ["appartement 12", "bâtiment B", "résidence les Tilleuls", "escalier 3", "appartement 4 bâtiment C",
               "3e étage", "résidence le Parc", "bâtiment A appartement 21"]
AGENCY_TOWNS = ["Rennes", "Lyon", "Nantes", "Lille", "Casablanca", "Rabat", "Fès", "Toulouse", "Bordeaux", "Tanger",
                "Marseille", "Orléans", "Agadir", "Dijon"]
MA_CITIES = ["Casablanca", "Rabat", "Salé", "Marrakech", "Fès", "Tanger", "Agadir", "Meknès", "Oujda", "Kénitra",
             "Tétouan", "El Jadida", "Mohammedia", "Temara"]
MA_STREETS = ["Ibn Sina", "Ibn Battouta", "Zerktouni", "Abdelmoumen", "Moulay Youssef", "Al Massira", "Oued Sebou",
              "Allal Ben Abdellah", "Bir Anzarane", "Al Moutanabi", "Patrice Lumumba", "Ibn Khaldoun"]
MA_HAYS = ["Hay Salam", "Hay Mohammadi", "Hay Riad", "Hay Nahda", "Hay Al Qods", "Hay Hassani", "Hay Karima",
           "Hay El Fath"]
MA_RES = ["Résidence Al Yasmine", "Résidence Nour", "Résidence Al Andalous", "Résidence Les Jardins d'Anfa",
          "Résidence Riad Salam"]


def fr_addr(compl: bool = True) -> dict:
    num = ch([rng.randint(1, 20), rng.randint(1, 60), rng.randint(1, 180)])
    cp, city = ch(CITIES)
    c = ch(COMPLEMENTS) if p(0.18) else ""
    return {"num": num, "suf": ch(["bis", "ter"]) if p(0.1) else "", "stype": ch(STREET_TYPES),
            "sname": ch(STREETS), "compl": c if compl else "", "cp": cp, "city": city}


def addr_written(a: dict, comma: bool = True) -> str:
    num = f"{a['num']}{' ' + a['suf'] if a['suf'] else ''}"
    street = f"{num} {a['stype']} {a['sname']}"
    sep = ", " if comma else " "
    head = f"{a['compl']}{sep}" if a["compl"] else ""
    return f"{head}{street}{sep}{a['cp']} {a['city']}"


def addr_stt(a: dict, num_words: bool | None = None, cp_mode: str | None = None, filler: str = "") -> str:
    num_words = p(0.5) if num_words is None else num_words
    num = w(a["num"]) if num_words else str(a["num"])
    if a["suf"]:
        num += " " + a["suf"]
    cp_mode = cp_mode or ch(["digits", "digits", "digits", "digitwords", "none"])
    if cp_mode == "digits":
        cp = a["cp"] + " "
    elif cp_mode == "digitwords":
        cp = digits_words(a["cp"]) + " "
    else:
        cp = ""
    street = f"{num} {a['stype']} {a['sname']}".lower()
    mid = f" {filler}" if filler else ""
    head = f"{a['compl']} ".lower() if a["compl"] else ""
    return f"{head}{street}{mid} {cp}{a['city'].lower()}"


def ma_addr_text(case: str = "title") -> str:
    kind = ch(["rue", "hay", "res", "lot", "av"])
    city = ch(MA_CITIES)
    if kind == "rue":
        s = f"{rng.randint(1, 120)} rue {ch(MA_STREETS)} {city}"
    elif kind == "hay":
        s = f"Rue {rng.randint(1, 40)} N° {rng.randint(1, 99)} {ch(MA_HAYS)} {city}"
    elif kind == "res":
        s = f"Appt {rng.randint(1, 24)} Imm {rng.randint(1, 30)} {ch(MA_RES)} {city}"
    elif kind == "lot":
        s = f"Lot {ch(['Al Massira', 'Al Wifaq', 'Annassim', 'Essalam'])} n° {rng.randint(1, 400)} {city}"
    else:
        s = f"{rng.randint(1, 300)} avenue {ch(['Hassan II', 'Mohammed V', 'des FAR', 'Moulay Ismail'])} {city}"
    if case == "low":          # as speech-to-text writes it
        return s.lower().replace("n°", "numéro").replace("appt", "appartement").replace("imm ", "immeuble ")
    return s


# ---- dates of birth ----
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def dob() -> tuple[int, int, int]:
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def dob_written(d, style: str | None = None) -> str:
    y, m, dd = d
    style = style or ch(["slash", "slash", "slash_short", "dot", "words"])
    if style == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "slash_short":
        return f"{dd:02d}/{m:02d}/{y % 100:02d}"
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    return f"{dd} {MONTHS[m - 1]} {y}"


def dob_spoken(d, style: str | None = None, be: bool = False, swiss: bool = False) -> str:
    y, m, dd = d
    day = "premier" if dd == 1 else w(dd, be, swiss)
    style = style or ch(["full", "short", "short", "dixneuf", "itn"])
    if style == "itn":
        return f"{dd} {MONTHS[m - 1]} {y}"
    if style == "itn_short":
        return f"{dd} {MONTHS[m - 1]} {y % 100:02d}"
    return f"{day} {MONTHS[m - 1]} {year_words(y, style, be, swiss)}"


# ---- NIR ----
DEPTS = [f"{i:02d}" for i in range(1, 96) if i != 20]


def nir_make(sex: str | None = None, born: str | None = None) -> str:
    sex = sex or ch("12")
    born = born or ch(["fr"] * 12 + ["corse", "dom", "ma"])
    yy = f"{rng.randint(40, 99) if p(0.85) else rng.randint(0, 5):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    if born == "fr":
        loc = ch(DEPTS) + f"{rng.randint(1, 600):03d}"
    elif born == "corse":
        loc = ch(["2A", "2B"]) + f"{rng.randint(1, 360):03d}"
    elif born == "dom":
        loc = ch(["971", "972", "973", "974", "976"]) + f"{rng.randint(1, 34):02d}"
    else:
        loc = "99350"
    body = sex + yy + mm + loc + f"{rng.randint(1, 999):03d}"
    return body + f"{nir_key(body):02d}"


def nir_key(body13: str) -> int:
    return 97 - int(body13.replace("2A", "19").replace("2B", "18")) % 97


def nir_groups(n: str) -> list[str]:
    if n[5:7] in ("97", "98") and n[5:8] != "975":   # overseas: dept 3 digits, commune 2
        return [n[0], n[1:3], n[3:5], n[5:8], n[8:10], n[10:13], n[13:15]]
    return [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:15]]


def nir_written(n: str, style: str | None = None) -> str:
    g = nir_groups(n)
    style = style or ch(["groups", "groups", "compact", "key_apart"])
    if style == "groups":
        return " ".join(g)
    if style == "compact":
        return n
    return "".join(g[:-1]) + " " + g[-1]


def nir_spoken(n: str, key_word: bool | None = None, be: bool = False) -> tuple[str, bool]:
    g = nir_groups(n)
    out = [UNITS[int(g[0])], group_words(g[1], be) if g[1] != "00" else "zéro zéro", group_words(g[2], be)]
    clean = True
    if g[3].isdigit():
        out.append(group_words(g[3], be) if len(g[3]) == 2 else digits_words(g[3]))
    else:
        out.append(f"{UNITS[int(g[3][0])]} {g[3][1].lower()}")
    out.append(group_words(g[4], be))
    out.append(group_words(g[5], be))
    if any(len(x) == 3 and x.startswith("1") for x in g[4:6]):   # "quatre-vingt-deux cent quarante-cinq": 82|145
        clean = False                                             # or 8245, as ambiguous as the speech itself
    key_word = p(0.5) if key_word is None else key_word
    if key_word:
        out.append("clé")
    out.append(group_words(g[6], be))
    s = " ".join(out)
    return s, clean


# ---- cards ----
def luhn_ok(num: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_make(kind: str | None = None) -> str:
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "mc2", "amex"])
    if kind == "visa":
        head, length = "4" + ch(["970", "974", "978", "132", "596", "539"]), 16
    elif kind == "mc":
        head, length = ch(["51", "52", "53", "54", "55"]) + str(rng.randint(10, 99)), 16
    elif kind == "mc2":
        head, length = str(rng.randint(2221, 2720)), 16
    else:
        head, length = ch(["34", "37"]) + str(rng.randint(10, 99)), 15
    body = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_groups(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def card_spoken(c: str, style: str | None = None) -> str:
    style = style or ch(["digits", "digits", "pairs"])
    gs = card_groups(c)
    if style == "digits" or len(c) == 15:
        return " ".join(digits_words(g) for g in gs)
    return " ".join(pairs_words(g) for g in gs)


# ---- IBAN ----
def _conv(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_from_bban(cc: str, bban: str) -> str:
    cd = 98 - int(_conv(bban + cc + "00")) % 97
    return f"{cc}{cd:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_conv(s)) % 97 == 1


_RIB_LET = {c: v for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
            for c in cs}


def rib_key(bank: str, branch: str, acct: str) -> int:
    a = "".join(str(_RIB_LET[c]) if c.isalpha() else c for c in acct)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97


FR_BANKS = ["30004", "30003", "30002", "10278", "20041", "11306", "18206", "30066", "17515", "10107", "16606",
            "14505", "13807", "15589", "12548"]
MA_BANKS = ["007", "230", "011", "145", "190", "013", "022", "021", "225", "181"]


def fr_bban(cc_banks=None) -> str:
    bank = ch(cc_banks or FR_BANKS)
    branch = f"{rng.randint(0, 99999):05d}"
    acct = "".join(str(rng.randint(0, 9)) for _ in range(11))
    if bank == "20041" and p(0.5):     # La Banque Postale accounts often carry a letter
        acct = acct[:7] + ch("ABCDEFGHJKLMN") + acct[8:]
    return bank + branch + acct + f"{rib_key(bank, branch, acct):02d}"


def iban_make(cc: str = "FR") -> str:
    if cc == "FR":
        return iban_from_bban("FR", fr_bban())
    if cc == "MC":
        return iban_from_bban("MC", fr_bban(["12739", "11468", "30003", "18315"]))
    if cc == "MA":
        body = ch(MA_BANKS) + f"{rng.randint(0, 999):03d}" + "".join(str(rng.randint(0, 9)) for _ in range(16))
        key = 97 - (int(body) * 100) % 97
        return iban_from_bban("MA", body + f"{key:02d}")
    if cc == "BE":
        ten = f"{rng.choice([0, 0, 3, 7, 1]):1d}" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        chk = int(ten) % 97 or 97
        return iban_from_bban("BE", ten + f"{chk:02d}")
    if cc == "PT":
        body = ch(["0035", "0033", "0007", "0010", "0018", "0036"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(15))
        nib = 98 - (int(body) * 100) % 97
        return iban_from_bban("PT", body + f"{nib:02d}")
    if cc == "LU":
        return iban_from_bban("LU", ch(["001", "002", "003", "014", "019"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(13)))
    if cc == "DE":
        return iban_from_bban("DE", ch(["37040044", "50010517", "10070000", "20041133"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(10)))
    if cc == "CH":
        return iban_from_bban("CH", ch(["00762", "00230", "00700", "08390"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(12)))
    raise ValueError(cc)


def national_ok(iban: str) -> bool:
    cc, bban = iban[:2], iban[4:]
    if cc in ("FR", "MC"):
        return rib_key(bban[:5], bban[5:10], bban[10:21]) == int(bban[21:23])
    if cc == "MA":
        return (97 - (int(bban[:22]) * 100) % 97) == int(bban[22:])
    if cc == "BE":
        return (int(bban[:10]) % 97 or 97) == int(bban[10:])
    if cc == "PT":
        return (98 - (int(bban[:19]) * 100) % 97) == int(bban[19:])
    return True


def iban_groups(i: str) -> list[str]:
    return [i[k:k + 4] for k in range(0, len(i), 4)]


def iban_written(i: str, sep: str = " ") -> str:
    return sep.join(iban_groups(i))


def iban_spoken(i: str, style: str | None = None, be: bool = False) -> str:
    style = style or ch(["digits", "digits", "pairs"])
    cc = " ".join(i[:2].lower())
    out = [cc, w99(int(i[2:4]), be) if i[2] != "0" else digits_words(i[2:4])]
    for g in iban_groups(i)[1:]:
        if style == "digits":
            out.append(" ".join(UNITS[int(c)] if c.isdigit() else c.lower() for c in g))
        elif style == "whole":
            if g.isdigit():
                out.append(group_words(g, be))
            else:
                out.append(" ".join(UNITS[int(c)] if c.isdigit() else c.lower() for c in g))
        else:
            parts = []
            for k in range(0, len(g), 2):
                pr = g[k:k + 2]
                if pr.isdigit():
                    parts.append(pairs_words(pr, be=be))
                else:
                    parts.append(" ".join(UNITS[int(c)] if c.isdigit() else c.lower() for c in pr))
            out.append(" ".join(parts))
    return " ".join(out)


# ---- CIN, customer ids, secrets, IPs ----
CIN_PREFIX = ["A", "B", "BE", "BH", "BJ", "BK", "BL", "C", "CB", "D", "DA", "E", "EE", "F", "FA", "G", "H", "HA",
              "I", "IA", "J", "JA", "JB", "JC", "JE", "JH", "K", "L", "LB", "M", "N", "P", "PA", "Q", "R", "S", "SH",
              "T", "U", "UC", "V", "W", "X", "Y", "Z", "ZT"]


def cin_make() -> str:
    pre = ch(CIN_PREFIX)
    return pre + "".join(str(rng.randint(0, 9)) for _ in range(6 if len(pre) == 1 or p(0.6) else 5))


def cin_spoken(c: str, style: str | None = None) -> str:
    pre = "".join(x for x in c if x.isalpha())
    dig = c[len(pre):]
    style = style or ch(["digits", "pairs"])
    letters = " ".join(pre.lower())
    if style == "digits":
        return f"{letters} {digits_words(dig)}"
    if style == "whole":
        return f"{letters} {group_words(dig)}"
    return f"{letters} {pairs_words(dig)}"


def rnd_digits(n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def cust_make(kind: str) -> str:
    if kind == "volta_client":        # 10 digits, grouped 4 102 387 651 on the bill
        return "4" + rnd_digits(9, False)
    if kind == "volta_contract":
        return "VE" + rnd_digits(8)
    if kind == "assurea_policy":
        return "AS" + rnd_digits(7)
    if kind == "assurea_member":
        return rnd_digits(8)
    if kind == "assurea_claim":
        return f"SIN-{rng.choice([2024, 2025, 2026])}-{rnd_digits(6, False)}"
    if kind == "telecom":
        return "FB" + rnd_digits(8)
    if kind == "pdl":
        return rnd_digits(14, False)
    if kind == "pce":
        return rnd_digits(14, False) if p(0.6) else "GI" + rnd_digits(6, False)
    raise ValueError(kind)


def cust_spoken(c: str) -> str:
    out = []
    for k in range(0, len(c)):
        x = c[k]
        if x.isdigit():
            out.append(UNITS[int(x)])
        elif x.isalpha():
            out.append(x.lower())
    return " ".join(out)


def cust_pairs(c: str) -> str:
    letters = "".join(x for x in c if x.isalpha())
    digs = "".join(x for x in c if x.isdigit())
    head = " ".join(letters.lower()) + " " if letters else ""
    return head + pairs_words(digs)


PW_WORDS = ["soleil", "marseille", "loulou", "chouchou", "doudou", "azerty", "bonheur", "nounours", "camille",
            "liberte", "tigrou", "maroc", "casa", "papillon", "vacances", "football", "princesse", "mimi"]


def password() -> str:
    base = ch(PW_WORDS)
    if p(0.6):
        base = base.capitalize()
    return base + ch([str(rng.randint(1, 99)), str(rng.randint(1960, 2024)), ""]) + ch(["", "!", "#", "*", "@"])


def ip_make(lan: bool = False) -> str:
    if lan:
        return ch(["192.168.1.1", "192.168.1.254", "192.168.0.1", "192.168.1." + str(rng.randint(2, 60))])
    first = ch([86, 90, 78, 92, 109, 176, 82, 105, 41, 196, 160])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def ip_spoken(ip: str) -> str:
    return " point ".join(w(int(x)) for x in ip.split("."))


def money() -> str:
    return f"{rng.randint(12, 480)},{rng.randint(0, 99):02d}"


def money_words() -> str:
    return f"{w(rng.randint(12, 480))} euros {w99(rng.randint(1, 99))}"


def kwh() -> str:
    return f"{rng.randint(1000, 99999)}"


def de_month(m: str) -> str:
    return ("d'" if m[0] in "aeiouéo" else "de ") + m


def some_date_words() -> str:
    return f"{ch(['premier', 'deux', 'cinq', 'douze', 'quinze', 'vingt', 'vingt-huit'])} {ch(MONTHS)}"


def some_date_num() -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{ch([2025, 2026])}"


def agent_intro(u: Utt, company: str | None = None, upper: bool = False):
    company = company or ch(["Volta Énergie", "Assuréa", "Fibréa"])
    ag = ch(AGENTS)
    c = company if upper else company.lower()
    u.add("agent :", c, ch(["bonjour", "bonjour", "bonjour et bienvenue"]), V(PERSON, ag if upper else ag.lower()),
          ch(["à l'appareil", "à votre écoute", "j'écoute"]))
    return ag


# --------------------------------------------------------------------------------------------------------------
# Templates. Each returns an Utt; PLAN fixes how many utterances each one contributes.
# --------------------------------------------------------------------------------------------------------------
PLAN: list = []


def tpl(n: int, new: bool = False):
    def deco(fn):
        PLAN.append((fn.__name__, n, new, fn))
        return fn
    return deco


def phone_any(ma: bool = False) -> tuple[str, str]:
    if ma:
        return (ma_mobile() if p(0.85) else ma_landline()), "212"
    return (fr_mobile() if p(0.78) else fr_landline()), "33"


def ph_stt_value(num: str, itn_pr: float = 0.3) -> V:
    if p(itn_pr):
        return V(PHONE, ph_written(num, "sp"), num, True)
    return V(PHONE, ph_spoken(num), num, True)


# ================================ ORDINARY (325) ================================================================
@tpl(16)
def phone_chat():
    u = Utt("chat")
    ma = p(0.25)
    num, cc = phone_any(ma)
    style = ch(["sp", "sp", "sp", "compact", "dot", "intl", "intl_compact"] + (["ma_4_6", "sp"] if ma else []))
    val = V(PHONE, ph_written(num, style, cc), num, True)
    k = nxt("phone_chat", 9)
    if k == 0:
        u.add("Bonjour, vous pouvez me rappeler au", val, "^ svp ? Je suis dispo après 17h")
    elif k == 1:
        u.add("mon numéro :", val)
    elif k == 2:
        u.add("Tél :", val, "^ (portable)")
    elif k == 3:
        u.add("Pour le rdv du technicien Linky je suis joignable au", val, "entre 8h et 12h.")
    elif k == 4:
        old, _ = phone_any(ma)
        u.add("Mon ancien numéro était le", V(PHONE, ph_written(old, "sp", cc), old, True),
              "^, le nouveau c'est le", val)
    elif k == 5:
        u.add(val, "^", "\nc'est mon nouveau numéro, merci de mettre à jour mon dossier")
    elif k == 6:
        u.add("oui c bien le", val, "^, pas celui qui est sur la facture")
    elif k == 7:
        u.add(ch(["slm", "salam", "bonsoir"]), "^,", ch(["3afak", "svp"]), "rappelez moi sur", val,
              ch(["merci", "choukran", "mrc"]))
    else:
        u.add("Bonjour, je n'ai pas reçu le SMS de confirmation. Le numéro enregistré devrait être le", val,
              "^. Pouvez-vous vérifier ?")
    return u


@tpl(24)
def phone_stt():
    u = Utt("stt")
    if p(0.15):
        agent_intro(u)
    k = nxt("phone_stt", 7)
    num, _ = phone_any(p(0.15))
    if k in (1, 4):                      # "portable"
        num = ma_mobile() if num.startswith("05") else fr_mobile() if num[:2] in ("01", "02", "03", "04", "05",
                                                                                  "09") else num
    val = ph_stt_value(num)
    if k == 0:
        u.add("agent : est-ce que vous avez un numéro de téléphone où on peut vous joindre client :", f(), "oui",
              ch(["c'est le", "alors c'est le", "le"]), val)
    elif k == 1:
        u.add("client :", f(), "je vous donne mon numéro de portable", f(), val,
              ch(["voilà", "c'est bon", "vous avez noté"]))
    elif k == 2:
        u.add("agent : le numéro que j'ai dans le dossier client : non non j'ai changé", f(), "maintenant c'est le",
              val)
    elif k == 3:
        u.add("client : mon numéro c'est le", val, "agent : alors je relis", ph_stt_value(num, 0.6),
              "client :", ch(["c'est ça", "voilà c'est bien ça", "oui oui"]))
    elif k == 4:
        u.add("client : vous pouvez rappeler ma femme sur son portable c'est le", val,
              "elle est là tout l'après-midi")
    elif k == 5:
        u.add("client :", stutter("j'ai"), "été appelé hier sur le", val, "mais j'ai pas pu décrocher",
              "c'était pour le rendez-vous", ch(["linky", "gazpar", "du technicien"]))
    else:
        u.add("agent : et un numéro de téléphone client :", f(0.8), stutter("c'est"), "le", val,
              "agent : très bien", f(), "c'est noté")
    return u


@tpl(28)
def email_stt():
    u = Utt("stt")
    pn = fr_person() if p(0.8) else ma_person()
    toks = email_tokens(pn)
    val = V(EMAIL, email_spoken(toks))
    k = nxt("email_stt", 6)
    if k == 0:
        u.add("agent : et votre adresse mail client :", f(), "oui alors c'est", val)
    elif k == 1:
        u.add("client : mon adresse mail c'est", val, ch(["tout en minuscules", "tout attaché", "voilà", ""]))
    elif k == 2:
        u.add("client : alors c'est", val, "agent : pardon je n'ai pas bien entendu client : oui", f(),
              V(EMAIL, email_spoken(toks)))
    elif k == 3 and any(t == ascii_local(pn["last"]) for _, t in toks):
        last = ascii_local(pn["last"])
        u.add("client :", f(), val, "agent :", pn["last"].lower(), "ça s'écrit comment client :",
              V(PERSON, " ".join(last)))
    elif k in (3, 4):
        u.add("client : vous pouvez m'envoyer la facture par mail", f(), "c'est", val,
              "agent : je vous l'envoie tout de suite")
    else:
        u.add("agent : je vais avoir besoin d'une adresse électronique client : d'accord", f(), val)
        if p(0.5):
            u.add("agent : je répète", V(EMAIL, email_spoken(toks)), "client :", ch(["oui", "c'est ça", "exactement"]))
    return u


@tpl(13)
def email_chat():
    u = Utt("chat")
    pn = fr_person() if p(0.75) else ma_person()
    val = V(EMAIL, email_written(email_tokens(pn, ma=p(0.3))))
    k = nxt("email_chat", 5)
    if k == 0:
        u.add("mon mail :", val)
    elif k == 1:
        u.add("Bonjour, mon adresse mail a changé, c'est maintenant", val, "^. Merci de la mettre à jour.")
    elif k == 2:
        u.add("vous pouvez m'envoyer l'attestation à", val, "^ ?")
    elif k == 3:
        u.add("je reçois plus vos mails, j'ai bien mis", val, "^ pourtant")
    else:
        u.add(val)
    return u


def cust_value(kind: str, chat: bool) -> V:
    c = cust_make(kind)
    if chat:
        if kind == "volta_client":
            txt = ch([c, f"{c[0]} {c[1:4]} {c[4:7]} {c[7:]}"])
        elif kind in ("pdl", "pce") and c.isdigit():
            txt = ch([c, " ".join(c[i:i + 2] for i in range(0, 14, 2))])
        else:
            txt = c
        return V(CUST, txt, c, True)
    mode = ch(["digits", "pairs", "itn"])
    if mode == "itn":
        return V(CUST, c if not c.startswith("SIN") else c.lower(), c, True)
    return V(CUST, cust_spoken(c) if mode == "digits" else cust_pairs(c), c, True)


@tpl(11)
def name_customer():
    chat = p(0.35)
    u = Utt("chat" if chat else "stt")
    pn = fr_person() if p(0.8) else ma_person()
    company = ch(["volta_client", "volta_client", "volta_contract", "telecom", "assurea_policy",
                  "assurea_member"])
    cv = cust_value(company, chat)
    if chat:
        u.add("Bonjour,", pn["title"].capitalize() if pn["title"] != "mme" else "Mme",
              V(PERSON, name_text(pn, "full", "cap")), "^,",
              ch(["n° client", "contrat n°", "référence"]), cv, "^.",
              ch(["Je n'ai pas reçu ma facture de mars.", "Je souhaite résilier au 30 juin.",
                  "Mon prélèvement a été fait deux fois."]))
    else:
        u.add("client :", f(), "oui bonjour", ch(["c'est", "je suis", "ici"]), pn["title"] if p(0.6) else "",
              V(PERSON, name_text(pn, ch(["full", "full", "last_first"]))), f(),
              ch(["mon numéro client c'est le", "j'ai mon numéro de contrat c'est", "ma référence c'est le"]), cv,
              ch(["je vous appelle pour ma facture", "c'est pour un changement d'offre", ""]))
    return u


@tpl(26)
def address():
    chat = p(0.35)
    u = Utt("chat" if chat else "stt")
    ma = p(0.2)
    if chat:
        a_txt = ma_addr_text() if ma else addr_written(fr_addr())
        val = V(ADDRESS, a_txt)
        k = nxt("address", 4)
        if k == 0:
            u.add("Nouvelle adresse :", val)
        elif k == 1:
            u.add("Bonjour, je déménage le", some_date_num(), "^. Ma nouvelle adresse sera", val, "^.")
        elif k == 2:
            u.add("pour la mise en service à partir du", some_date_words(), "^ :", val)
        else:
            u.add("adresse de facturation", val, "^, merci")
    else:
        k = nxt("address", 4)
        if ma:
            val = V(ADDRESS, ma_addr_text("low"))
        else:
            val = V(ADDRESS, addr_stt(fr_addr(False) if k == 3 else fr_addr(),
                                      filler=ch(["euh", "à", ""]) if p(0.3) else ""))
        if k == 0:
            u.add("client : j'ai déménagé", f(), "la nouvelle adresse c'est", val)
        elif k == 1:
            u.add("agent : quelle est l'adresse du logement client :", f(), val, "agent : d'accord et c'est",
                  ch(["une maison", "un appartement"]))
        elif k == 2:
            u.add("client : c'est pour une mise en service", "à l'adresse" if ma else "au", val, "à partir du",
              some_date_words())
        else:
            u.add("client : j'habite au", val, "depuis", ch(["trois ans", "janvier", "longtemps"]),
                  "et j'ai jamais eu", ch(["de compteur linky", "de problème", "de facture aussi élevée"]))
    return u


def dob_value(chat: bool) -> V:
    d = dob()
    if chat:
        return V(DOB, dob_written(d))
    return V(DOB, dob_spoken(d))


@tpl(12)
def dob_verif():
    chat = p(0.25)
    u = Utt("chat" if chat else "stt")
    if chat:
        u.add("Date de naissance :", dob_value(True), ch(["", "\nMerci de me recontacter"]))
        return u
    u.add("agent :", ch(["pour la sécurité", "pour vérifier votre identité", "pour des raisons de confidentialité"]),
          "je vais vous demander votre date de naissance client :", f(), ch(["oui", "alors", ""]),
          ch(["c'est le", "le", "je suis né le", "je suis née le"]), dob_value(False))
    if p(0.25):
        pn = fr_person()
        u.add("agent : et le nom du titulaire du contrat client :", f(), V(PERSON, name_text(pn)))
    return u


@tpl(14)
def iban_read():
    chat = p(0.3)
    u = Utt("chat" if chat else "stt")
    cc = ch(["FR"] * 9 + ["MA", "MA", "BE"])
    i = iban_make(cc)
    if chat:
        if cc == "MA" and p(0.5):
            g = i[4:]
            txt = f"{g[:3]} {g[3:6]} {g[6:22]} {g[22:]}"
            u.add("Voici mon RIB :", V(IBAN, txt, i, True), "^, pour le prélèvement de", money(), "DH")
        else:
            u.add(ch(["Voici mon nouveau RIB :", "IBAN :", "nouveau compte pour le prélèvement :"]),
                  V(IBAN, iban_written(i) if p(0.8) else i, i, True))
        return u
    sp = iban_spoken(i)
    u.add("client : je voudrais changer mes coordonnées bancaires", f(),
          "agent : je vous écoute client :", f(), V(IBAN, sp, i, True))
    if p(0.5):
        u.add("agent : et c'est bien à votre nom client : oui", ch(["c'est mon compte", "compte joint avec mon mari"]))
    return u


@tpl(18)
def card_pay():
    chat = p(0.3)
    u = Utt("chat" if chat else "stt")
    c = card_make()
    cvv = f"{rng.randint(0, 999):03d}" if len(c) == 16 else f"{rng.randint(0, 9999):04d}"
    exp = f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"
    if chat:
        u.add("carte :", V(CARD, " ".join(card_groups(c)) if p(0.7) else c, c, True), "^, exp", exp)
        if p(0.5):
            u.add("^, cryptogramme", V(SECRET, cvv))
        return u
    u.add("client : je vais régler par carte", f(), "agent : je vous écoute client :", f(),
          V(CARD, card_spoken(c), c, True), "agent : la date d'expiration client :",
          pairs_words(exp.replace("/", "")))
    if p(0.5):
        u.add("agent : et les", "trois" if len(cvv) == 3 else "quatre",
              "chiffres au dos client :", V(SECRET, digits_words(cvv) if p(0.6) else cvv))
    u.add("agent : merci le paiement de", money_words(), "est accepté")
    return u


@tpl(18)
def nir_read():
    chat = p(0.35)
    u = Utt("chat" if chat else "stt")
    n = nir_make()
    if chat:
        u.add(ch(["N° sécu :", "mon numéro de sécurité sociale est le", "NIR"]), V(NIR, nir_written(n), n, True),
              ch(["", "^.", "^ (c'est pour la mutuelle Assuréa)"]))
        return u
    sp, clean = nir_spoken(n)
    g = nir_groups(n)
    if g[4].endswith("00") or g[5].endswith("00"):
        clean = False
    u.add("agent : votre numéro de sécurité sociale s'il vous plaît client :", f(), ch(["oui", "alors", ""]),
          V(NIR, sp, n, clean), ch(["", "agent : merci", "voilà"]))
    return u


@tpl(8)
def cin_read():
    chat = p(0.4)
    u = Utt("chat" if chat else "stt")
    c = cin_make()
    if chat:
        cut = len(c.rstrip("0123456789"))
        u.add(ch(["CIN :", "numéro de CIN", "ma cin c", "N° CIN"]), V(CIN, c if p(0.7) else c[:cut] + " " + c[cut:],
                                                                        c, True))
        return u
    u.add("agent : votre numéro de carte d'identité nationale client :", f(), V(CIN, cin_spoken(c), c, True))
    return u


@tpl(7)
def otp():
    chat = p(0.3)
    u = Utt("chat" if chat else "stt")
    code = f"{rng.randint(0, 999999):06d}"
    if chat:
        u.add(ch(["code reçu :", "le code c'est", "voilà le code"]), V(SECRET, code))
        return u
    style = ch(["digits", "triples", "itn"])
    if style == "digits":
        txt = digits_words(code)
    elif style == "triples":
        txt = f"{group_words(code[:3])} {group_words(code[3:])}"
    else:
        txt = code
    u.add("agent : je viens de vous envoyer un code par sms vous pouvez me le lire client :", f(), "oui",
          f(), V(SECRET, txt), "agent : parfait c'est validé")
    return u


@tpl(5)
def secret_pw():
    u = Utt("chat" if p(0.5) else "stt")
    k = nxt("secret_pw", 4)
    if k == 0:
        pw = password()
        u.add("j'arrive pas à me connecter pourtant mon mot de passe c'est", V(SECRET, pw))
    elif k == 1:
        u.add("client : le code de la porte c'est", V(SECRET, f"{rng.randint(1000, 9999)}"),
              "et c'est au", ch(["deuxième", "troisième"]), "étage")
    elif k == 2:
        u.add("client : le code pin de la carte sim c'est", V(SECRET, digits_words(f"{rng.randint(0, 9999):04d}")),
              "mais il me dit code erroné")
    else:
        u.add("le code wifi c'est", V(SECRET, ch(["xK7", "Fb9", "p4Q"]) + rnd_digits(6) + ch(["zT", "Lm", "aa"])),
              "ça marche pas")
    return u


@tpl(5)
def ip_support():
    u = Utt("stt" if p(0.5) else "chat")
    if u.channel == "stt":
        ip = ip_make(p(0.4))
        u.add("agent : vous pouvez me lire l'adresse ip qui s'affiche client : oui c'est", V(IP, ip_spoken(ip)))
    else:
        ip = ip_make()
        u.add("mon IP publique c'est", V(IP, ip), "^, le jeu en ligne me dit que je suis banni")
    return u


@tpl(17)
def multi_ident():
    chat = p(0.3)
    u = Utt("chat" if chat else "stt")
    pn = fr_person()
    if chat:
        num = fr_mobile()
        u.add("Bonjour, je suis", V(PERSON, name_text(pn, "full", "cap")), "^, née le" if pn["sex"] == "f" else
              "^, né le", V(DOB, dob_written(dob())), "^, j'habite", V(ADDRESS, addr_written(fr_addr())), "^.")
        if p(0.5):
            u.add("Mon téléphone :", V(PHONE, ph_written(num), num, True), "^.")
        return u
    if p(0.15):
        agent_intro(u)
    u.add("client :", f(), "oui bonjour", ch(["c'est", "alors c'est"]), pn["title"] if p(0.5) else "",
          V(PERSON, name_text(pn)))
    k = nxt("multi_ident", 3)
    if k == 0:
        u.add("agent : votre date de naissance client :", f(), V(DOB, dob_spoken(dob())),
              "agent : et l'adresse du contrat client :", V(ADDRESS, addr_stt(fr_addr())))
    elif k == 1:
        u.add("née le" if pn["sex"] == "f" else "né le", V(DOB, dob_spoken(dob())), f(),
              "et j'habite au", V(ADDRESS, addr_stt(fr_addr(False))))
    else:
        num = fr_mobile()
        u.add("agent : je vous retrouve avec votre numéro de téléphone client : c'est le", ph_stt_value(num),
              "agent : madame" if pn["sex"] == "f" else "agent : monsieur",
              V(PERSON, pn["last"].lower()) if p(0.5) else "", "vous habitez bien au", V(ADDRESS, addr_stt(fr_addr(False))), "client : oui")
    return u


@tpl(9)
def phone_selfcorr():
    u = Utt("stt")
    num = fr_mobile()
    g = [num[i:i + 2] for i in range(0, 10, 2)]
    k = nxt("phone_selfcorr", 3)
    if k == 0:
        wrong = f"{(int(g[2]) + 1) % 100:02d}"
        txt = (f"{pairs_words(num[:4])} {pairs_words(wrong)} {ch(['euh non', 'non pardon', 'attendez non'])} "
               f"{pairs_words(''.join(g[2:]))}")
    elif k == 1:
        txt = f"{pairs_words(num[:4])} {pairs_words(num[:4])} {pairs_words(num[4:])}"
    else:
        txt = f"{pairs_words(num[:6])} {ch(['euh', 'attendez', 'je sais plus'])} {pairs_words(num[6:])}"
    u.add("client : mon numéro", f(), "c'est le", V(PHONE, txt, num, False), ch(["voilà", "c'est ça", ""]))
    return u


@tpl(10)
def moroccan_multi():
    chat = p(0.5)
    u = Utt("chat" if chat else "stt")
    pn = ma_person()
    num = ma_mobile()
    c = cin_make()
    if chat:
        u.add(ch(["slm", "salam alikoum", "bonjour"]), "^,", ch(["smiti", "je suis"]),
              V(PERSON, name_text(pn, "full", "cap" if p(0.6) else "low")),
              "^,", ch(["ra9mi", "numéro"]), V(PHONE, ph_written(num, ch(["sp", "compact", "intl"]), "212"), num,
                                                True),
)
        if p(0.5):
            u.add(ch(["^, CIN", "^, cin"]), V(CIN, c, c, True))
        u.add(ch(["", "^. 3afak bghit nbdl l'offre"]))
        return u
    if p(0.4):
        agent_intro(u, ch(["Fibréa", "Volta Énergie"]))
    u.add("client : allo oui salam", f(), ch(["je suis", "c'est"]), V(PERSON, name_text(pn)),
          "agent : bonjour monsieur" if pn["sex"] == "m" else "agent : bonjour madame")
    if p(0.5):
        u.add("vous pouvez me donner votre numéro de cin client : oui", V(CIN, cin_spoken(c), c, True), "agent :")
    u.add("un numéro de téléphone pour vous joindre client :", ph_stt_value(num, 0.2))
    return u


@tpl(6)
def spelled_name():
    u = Utt("stt")
    pn = fr_person()
    last = ascii_local(pn["last"])
    k = nxt("spelled_name", 2)
    if k == 0:
        u.add("agent : votre nom client :", V(PERSON, pn["last"].lower()), V(PERSON, " ".join(last)))
    else:
        u.add("client : c'est au nom de", pn["title"], V(PERSON, pn["last"].lower()), "agent : vous pouvez épeler",
              "client :", V(PERSON, " ".join(last)), "agent : merci")
    return u


@tpl(14)
def contact_update():
    chat = p(0.4)
    u = Utt("chat" if chat else "stt")
    pn = fr_person() if p(0.8) else ma_person()
    num, cc = phone_any()
    if not chat:
        num = fr_mobile()                 # said after "le portable c'est le"
    toks = email_tokens(pn)
    if chat:
        u.add("Bonjour, merci de mettre à jour mes coordonnées : tél", V(PHONE, ph_written(num, None, cc), num, True),
              "^, mail", V(EMAIL, email_written(toks)), "^.")
        if p(0.5):
            u.add("Cordialement,", V(PERSON, name_text(pn, "full", "cap")))
    else:
        u.add("client :", f(), "je voudrais mettre à jour mes coordonnées", "agent : oui je vous écoute client :",
              "le portable c'est le", ph_stt_value(num), f(), "et le mail c'est", V(EMAIL, email_spoken(toks)))
    return u


@tpl(7)
def third_party():
    u = Utt("stt")
    pn = fr_person()
    rel = ch(["ma mère", "ma femme", "ma fille", "ma voisine", "ma tante"] if pn["sex"] == "f" else
             ["mon père", "mon mari", "mon fils", "mon voisin", "mon oncle"])
    k = nxt("third_party", 3)
    if k == 0:
        u.add("client : c'est pour le contrat de", rel, pn["title"] if p(0.5) else "", V(PERSON, name_text(pn)),
              "elle est décédée le mois dernier" if pn["sex"] == "f" else "il est décédé le mois dernier",
              "et je voudrais résilier")
    elif k == 1:
        u.add("client : le contrat est au nom de", rel, f(), V(PERSON, name_text(pn, ch(["full", "first"]))),
              "mais c'est moi qui paie")
    else:
        u.add("client : je vous appelle pour", rel, "qui est à l'hôpital", f(), V(PERSON, name_text(pn)),
              "elle m'a donné procuration" if pn["sex"] == "f" else "il m'a donné procuration")
    return u


@tpl(6)
def insurance_claim():
    u = Utt("stt")
    pn = fr_person()
    c = cust_make(ch(["assurea_policy", "assurea_claim"]))
    u.add(ch(["agent : assuréa sinistres bonjour client :", "agent : assuréa bonjour client :",
              "agent : service sinistres j'écoute client :"]), f(), ch(["oui bonjour", "bonjour", "allô oui"]),
          V(PERSON, name_text(pn)), ch(["j'ai un dégât des eaux depuis le", "on a été cambriolés le",
                                        "j'ai eu un sinistre le", "la tempête a abîmé le toit le"]),
          some_date_words(), ch(["mon numéro de contrat c'est", "le contrat c'est le", "j'ai le numéro c'est"]),
          V(CUST, cust_spoken(c) if p(0.5) else cust_pairs(c), c, True), "et c'est au",
          V(ADDRESS, addr_stt(fr_addr(False))))
    return u


# ---- ordinary no-PII (51) ----
def none_line() -> tuple[str, str]:
    """Ordinary turns with no personal data; everything in them must survive the scrubber."""
    k = nxt("none_line", 32)
    ag = ch(AGENT_TOWNS_FMT)
    kva = ch([3, 6, 9, 12])
    if k == 0:
        return "stt", (f"client : {f()} ma facture du {some_date_words()} elle est de {money_words()} c'est "
                       f"{ch(['beaucoup trop', 'le double', 'pas normal'])} par rapport à d'habitude")
    if k == 1:
        return "stt", (f"client : j'ai relevé le compteur linky ce matin {f()} ça fait {kwh()} kilowattheures en "
                       f"heures pleines et {kwh()} en heures creuses")
    if k == 2:
        return "chat", (f"Bonjour, ma puissance souscrite est de {kva} kVA, est-ce que je peux passer à "
                        f"{kva + ch([3, 6])} kVA ? Combien ça coûte ?")
    if k == 3:
        return "stt", (f"agent : le technicien passera le {some_date_words()} entre {ch(['huit', 'dix', 'quatorze'])}"
                       f" heures et {ch(['midi', 'dix-huit heures', 'seize heures'])} client : {f()} d'accord")
    if k == 4:
        return "stt", f"client : j'ai appelé le 3900 {f()} ils m'ont dit de rappeler volta énergie {f()} donc voilà"
    if k == 5:
        return "chat", f"Mon échéancier est passé de {rng.randint(40, 90)} € à {rng.randint(91, 190)} € par mois, pourquoi ?"
    if k == 6:
        return "stt", (f"client : {f()} je suis passé à l'agence de {ag} ils m'ont dit que c'était vous qui "
                       f"gériez")
    if k == 7:
        return "stt", (f"client : le compteur gazpar affiche {rng.randint(1000, 9999)} mètres cubes {f()} c'est "
                       f"normal ça agent : oui c'est le relevé du {some_date_words()}")
    if k == 8:
        return "stt", (f"agent : votre franchise est de {ch(['cent cinquante', 'trois cents', 'deux cents'])} euros "
                       f"et le remboursement sous {ch(['dix', 'quinze', 'trente'])} jours client : {f()} ah d'accord")
    if k == 9:
        return "chat", (f"la fibre coupe tous les soirs vers {rng.randint(19, 23)}h depuis le {some_date_num()}, "
                        f"débit {rng.randint(2, 90)} Mb/s au lieu de 1 Gb/s")
    if k == 10:
        return "stt", (f"client : {f()} je voudrais passer à l'offre volta verte {f()} c'est combien le kilowattheure"
                       f" agent : zéro virgule {w99(rng.randint(18, 29))} euro")
    if k == 11:
        return "stt", (f"client : le sinistre c'était le {some_date_words()} {f()} la tempête a arraché "
                       f"{ch(['trois', 'cinq', 'une dizaine de'])} tuiles et la gouttière")
    if k == 12:
        return "chat", (f"Assuréa auto : combien coûte l'option bris de glace ? J'ai vu {rng.randint(4, 12)},"
                        f"{rng.randint(10, 99)} € par mois sur le site")
    if k == 13:
        return "stt", (f"client : oui {f()} j'attends depuis {ch(['vingt', 'trente-cinq', 'quarante'])} minutes "
                       f"c'est pas normal {f()} j'ai tapé le {ch(['un', 'deux'])} puis le {ch(['trois', 'quatre'])}")
    if k == 14:
        return "stt", (f"agent : vous recevrez la facture de régularisation en {ch(MONTHS)} client : {f()} et ce sera "
                       f"prélevé le {ch(['cinq', 'dix', 'quinze'])} du mois")
    if k == 15:
        hc = ch(["22h-6h", "23h30-7h30", "12h30-14h30 et 2h-8h"])
        return "chat", (f"Bonjour je suis en heures creuses {hc} et le {ch(['chauffe-eau', 'ballon', 'radiateur'])} "
                        f"démarre à {rng.randint(9, 17)}h, c'est normal ?")
    if k == 16:
        return "stt", (f"client : la box redémarre toute seule {f()} la lumière est {ch(['orange', 'rouge'])} puis "
                       f"blanche {f()} j'ai déjà débranché {ch(['deux', 'trois', 'dix'])} fois")
    if k == 17:
        return "stt", (f"client : wakha {f()} donc je reçois la facture le {ch(['dix', 'vingt'])} et je paie avant le "
                       f"{ch(['trente', 'cinq'])} c'est ça")
    if k == 18:
        return "chat", (f"Le tarif bleu c'est {w(rng.randint(18, 25))} centimes ou {rng.randint(18, 25)},"
                        f"{rng.randint(10, 99)} c€ le kWh ?")
    if k == 19:
        return "stt", (f"client : bonjour {f()} je voulais savoir si vous avez une agence à {ag} ou il faut tout "
                       f"faire par téléphone")
    if k == 20:
        return "stt", (f"client : le linky affiche {ch(['err zéro sept', 'e zéro deux', 'défaut quatre'])} {f()} et "
                       f"j'ai plus de courant dans la cuisine depuis {ch(['ce matin', 'hier soir', 'deux jours'])}")
    if k == 21:
        return "chat", (f"J'ai reçu deux factures le même jour, une de {money()} € et une de {money()} €. "
                        f"C'est laquelle que je paie ?")
    if k == 22:
        return "chat", (f"L'appli Volta Énergie plante depuis la mise à jour {rng.randint(3, 6)}.{rng.randint(0, 9)}."
                        f"{rng.randint(0, 20)} sur mon téléphone")
    if k == 23:
        return "stt", (f"client : le forfait à {w(rng.randint(8, 25))} euros quatre-vingt-dix-neuf avec "
                       f"{ch(['cent', 'deux cents', 'quatre-vingts'])} giga {f()} il est toujours disponible")
    if k == 24:
        return "stt", (f"client : j'ai reçu le chèque énergie de {w(rng.randint(48, 277))} euros {f()} je peux "
                       f"l'utiliser chez vous")
    if k == 25:
        return "chat", (f"Pour le devis habitation : {rng.randint(2, 6)} pièces, {rng.randint(35, 140)} m², "
                        f"{rng.randint(1, 5)} occupants, pas de piscine.")
    if k == 26:
        return "stt", (f"client : lors de mon appel du {some_date_words()} on m'avait promis un geste commercial de "
                       f"{ch(['trente', 'cinquante', 'vingt'])} euros {f()} je l'ai jamais eu")
    if k == 27:
        h1, h2 = ch([("quatorze", "seize"), ("neuf", "onze"), ("vingt", "vingt-deux"), ("six", "midi")])
        return "stt", (f"client : il y a eu une coupure à {ag} hier de {h1} heures à {h2}"
                       f"{'' if h2 == 'midi' else ' heures'} {f()} le congélateur a tout décongelé")
    if k == 28:
        return "chat", (f"bghit n3rf 3lach lfactura tal3a bzaf had chhar, {rng.randint(300, 900)} dh "
                        f"3la {rng.randint(150, 400)} kWh ?")
    if k == 29:
        return "stt", (f"client : le gazpar il relève tous les jours {f()} ou seulement à la fin du mois parce que "
                       f"là j'ai {ch(['deux', 'trois'])} estimations de suite")
    if k == 30:
        return "stt", (f"agent : je vous passe le service technique {f()} ne quittez pas l'attente est de "
                       f"{ch(['deux', 'cinq', 'dix'])} minutes environ client : merci")
    return "chat", (f"Je suis chez Assuréa depuis {rng.randint(3, 30)} ans, 0 sinistre, et ma prime passe de "
                    f"{rng.randint(300, 600)} € à {rng.randint(601, 900)} € ?!")


AGENT_TOWNS_FMT = [t.lower() for t in AGENCY_TOWNS]


@tpl(51)
def none_ordinary():
    ch_, txt = none_line()
    u = Utt(ch_)
    u.add(re.sub(r" +", " ", txt).strip())
    return u


# ================================ NEW FORMS (175) ===============================================================
BE_STREETS = [("rue de la Station", "4000", "liège"), ("chaussée de Louvain", "1030", "schaerbeek"),
              ("avenue Louise", "1050", "ixelles"), ("rue des Combattants", "5000", "namur"),
              ("rue du Pont", "6000", "charleroi"), ("rue Haute", "7000", "mons")]
CH_STREETS = [("chemin des Pâquerettes", "1004", "lausanne"), ("rue du Rhône", "1204", "genève"),
              ("route de Berne", "1700", "fribourg")]


@tpl(8, new=True)
def belgian_swiss():
    u = Utt("stt")
    swiss = p(0.3)
    k = nxt("belgian_swiss", 4)
    if k == 0:
        if swiss:
            num = "07" + ch(["6", "8", "9"]) + rnd_digits(7, True)
            sp = f"zéro {w99(int(num[1:3]), be=True, swiss=True)} {w(int(num[3:6]), True, True)} " \
                 f"{pairs_words(num[6:], be=True)}"
            clean = not num[4:6] == "00" and num[3] != "0"
        else:
            num = "04" + ch(["7", "8", "9"]) + rnd_digits(7, False)
            sp = f"zéro quatre {w99(int(num[2:4]), be=True)} {pairs_words(num[4:], be=True)}"
            clean = True
        u.add("client : oui bonjour", f(), "je vous appelle de",
              ch(["genève", "lausanne", "fribourg"] if swiss else ["namur", "liège", "bruxelles"]),
              "pour le contrat de ma maison en france", f(), "mon numéro c'est le", V(PHONE, sp, num, clean))
    elif k == 1:
        i = iban_make("BE")
        u.add("client : alors mon compte c'est un compte belge", f(), V(IBAN, iban_spoken(i, "pairs", be=True), i, True),
              "agent : d'accord c'est bien un compte à votre nom client : oui")
    elif k == 2:
        pn = fr_person()
        d = dob()
        u.add("agent : votre nom et votre date de naissance client :", V(PERSON, name_text(pn)),
              "né le" if pn["sex"] == "m" else "née le",
              V(DOB, dob_spoken(d, ch(["full", "dixneuf", "short"]), be=not swiss, swiss=swiss)),
              ch(["j'habite à bruxelles", "je suis frontalier", "j'habite en suisse maintenant"]))
    else:
        st, cp, city = ch(CH_STREETS if swiss else BE_STREETS)
        n = rng.randint(2, 120)
        num_txt = w(n, be=True, swiss=swiss) if p(0.6) else str(n)
        cp_txt = cp if p(0.5) else w(int(cp), be=True, swiss=swiss)
        u.add("client : mon adresse c'est", V(ADDRESS, f"{st.lower()} {num_txt} {cp_txt} {city}"),
              "agent : c'est en belgique client : oui" if not swiss else "agent : en suisse client : voilà",
              f(), "c'est pour la résidence secondaire à", ch(["annecy", "lille", "metz", "chamonix"]))
    return u


def dtmf_spaced(s: str) -> str:
    return " ".join(s)


@tpl(9, new=True)
def ivr_dtmf():
    u = Utt("chat")
    k = nxt("ivr_dtmf", 3)
    if k == 0:
        c = cust_make("volta_client")
        d = dob()
        dd = f"{d[2]:02d}{d[1]:02d}{d[0]}"
        spaced = p(0.6)
        u.add("[SVI] Volta Énergie, bonjour. Pour un déménagement, tapez 1 ; pour une question sur votre facture,"
              " tapez 2.\n[DTMF]", ch(["1", "2"]),
              "\n[SVI] Saisissez votre numéro client à 10 chiffres, suivi de la touche dièse.\n[DTMF]",
              V(CUST, dtmf_spaced(c) if spaced else c, c, True), "^ #" if spaced else "^#",
              "\n[SVI] Saisissez votre date de naissance : jour, mois, année.\n[DTMF]",
              V(DOB, dtmf_spaced(dd) if spaced else dd), "^ #" if spaced else "^#",
              f"\n[SVI] Merci. Temps d'attente estimé : {rng.randint(2, 9)} minutes.")
    elif k == 1:
        num = fr_mobile()
        u.add("[SVI] Fibréa. Dites ou tapez le numéro de la ligne concernée.\n[ASR conf=0." +
              str(rng.randint(41, 93)) + "]", V(PHONE, ph_spoken(num, "pairs"), num, True),
              "\n[SVI] Vous avez dit :", V(PHONE, " ".join(num), num, True),
              "^. Si c'est correct, tapez 1.\n[DTMF] 1\n[SVI] Votre appel est transféré.")
    else:
        code = f"{rng.randint(0, 9999):04d}"
        c = cust_make("assurea_member")
        u.add("[SVI] Assuréa. Entrez votre numéro de sociétaire.\n[DTMF]", V(CUST, c, c, True),
              "^#\n[SVI] Entrez votre code confidentiel à 4 chiffres.\n[DTMF]", V(SECRET, code),
              "^#\n[SVI] Code correct. Pour déclarer un sinistre, tapez 3.\n[DTMF] 3")
    return u


def ts(t: float, dur: float) -> tuple[str, float]:
    def fmt(x):
        m, s = divmod(x, 60)
        return f"{int(m // 60):02d}:{int(m % 60):02d}:{s:06.3f}"
    return f"[{fmt(t)} --> {fmt(t + dur)}]", t + dur + rng.randint(1, 9) / 10


@tpl(10, new=True)
def diarized_timestamps():
    u = Utt("stt")
    t = rng.randint(2, 140) + rng.randint(0, 999) / 1000
    ag = ch(AGENTS)
    stamp, t = ts(t, rng.randint(20, 45) / 10)
    if p(0.5):
        u.add(stamp, "SPEAKER_00:", ch(["Volta Énergie", "Assuréa", "Fibréa"]), "bonjour,", V(PERSON, ag),
              "^ à l'appareil.\n")
    else:
        u.add(stamp, "SPEAKER_00:", ch(["Volta Énergie", "Assuréa", "Fibréa"]), "bonjour, que puis-je pour vous ?\n")
    k = nxt("diarized_timestamps", 3)
    stamp, t = ts(t, rng.randint(20, 50) / 10)
    if k == 0:
        num = fr_mobile()
        g = ph_written(num, "sp")
        u.add(stamp, "SPEAKER_01: Oui, bonjour. Euh, je voudrais changer mon numéro de téléphone.\n")
        stamp, t = ts(t, 1.4)
        u.add(stamp, "SPEAKER_00: Oui, je vous écoute.\n")
        stamp, t = ts(t, 2.1)
        u.add(stamp, "SPEAKER_01: Alors c'est le", V(PHONE, g[:8]), "^...\n")
        stamp, t = ts(t, 1.2)
        u.add(stamp, "SPEAKER_01:", V(PHONE, g[9:]), "^.")
    elif k == 1:
        pn = fr_person()
        d = dob()
        u.add(stamp, "SPEAKER_01: Bonjour, oui, c'est", pn["title"].capitalize() if pn["title"] != "mme"
              else "Madame", V(PERSON, name_text(pn, "full", "cap")), "^, je vous appelle pour mon contrat.\n")
        stamp, t = ts(t, 2.6)
        u.add(stamp, "SPEAKER_00: Très bien. Pour vérifier, votre date de naissance ?\n")
        stamp, t = ts(t, 1.9)
        u.add(stamp, "SPEAKER_01: Le", V(DOB, dob_written(d, "words")), "^.")
    else:
        i = iban_make("FR")
        gs = iban_groups(i)
        cut = rng.randint(2, 4)
        u.add(stamp, "SPEAKER_01: Je vous appelle pour le prélèvement, j'ai changé de banque.\n")
        stamp, t = ts(t, 3.3)
        u.add(stamp, "SPEAKER_01: Donc c'est", V(IBAN, " ".join(gs[:cut])), "^,\n")
        stamp, t = ts(t, 3.8)
        u.add(stamp, "SPEAKER_01:", V(IBAN, " ".join(gs[cut:])), "^.")
    return u


@tpl(8, new=True)
def stt_tags():
    u = Utt("stt")
    k = nxt("stt_tags", 4)
    tag = ch(["[inaudible]", "<unk>", "[bruit]", "(inaudible)", "[parole superposée]"])
    if k == 0:
        num = fr_mobile()
        cut = ch([4, 6, 8])
        txt = f"{pairs_words(num[:cut])} {tag} {pairs_words(num[cut:])}"
        u.add("client : mon numéro c'est le", V(PHONE, txt, num, False), "agent : pardon ça a coupé",
              "client : le", V(PHONE, pairs_words(num), num, True))
    elif k == 1:
        pn = fr_person()
        u.add("[bruit] client : oui c'est", pn["title"], V(PERSON, name_text(pn)), ch(["(rires)", "[rires]"]),
              "je vous appelle encore pour la même chose [musique] agent : excusez-moi")
    elif k == 2:
        pn = fr_person()
        toks = email_tokens(pn)
        sp = email_spoken(toks).split(" ")
        pos = rng.randint(1, max(1, len(sp) - 3))
        sp.insert(pos, tag)
        u.add("client : l'adresse mail c'est", V(EMAIL, " ".join(sp)), "[silence] agent : d'accord")
    else:
        i = iban_make("FR")
        sp = iban_spoken(i, "digits").split(" ")
        pos = rng.randint(6, len(sp) - 4)
        sp.insert(pos, ch(["[silence]", "<unk>", "[inaudible]"]))
        u.add("client :", f(), "je vous donne l'iban", V(IBAN, " ".join(sp), i, False), "[bip] agent : merci")
    return u


@tpl(9, new=True)
def ascii_nohyphen():
    u = Utt("stt", ascii_fold=True)
    k = nxt("ascii_nohyphen", 5)
    if k == 0:
        num = fr_mobile()
        u.add("CLIENT:" if p(0.3) else "client :", f(), "c'est le", V(PHONE, nohyphen(pairs_words(num))),
              "agent : tres bien c'est note")
    elif k == 1:
        pn = fr_person()
        u.add("client : je suis", pn["title"], V(PERSON, name_text(pn)), "ne le" if pn["sex"] == "m" else "nee le",
              V(DOB, nohyphen(dob_spoken(dob(), "full"))))
    elif k == 2:
        n = nir_make()
        sp, _ = nir_spoken(n)
        u.add("agent : votre numero de securite sociale client :", f(), V(NIR, nohyphen(sp), n, False))
    elif k == 3:
        pn = fr_person()
        u.add("client : mon mail c'est", V(EMAIL, nohyphen(email_spoken(email_tokens(pn), digits_as="words"))),
              "et je reçois plus rien depuis le", some_date_words())
    else:
        u.add("client : la nouvelle adresse c'est le", V(ADDRESS, nohyphen(addr_stt(fr_addr(), True, "none"))),
              "agent : tres bien")
    return u


PARIS_ORD = {"75011": "paris onzième", "75015": "paris quinzième", "75018": "paris dix-huitième",
             "69003": "lyon troisième", "13008": "marseille huitième"}


def cp_habit(cp: str) -> str:
    dept, rest = cp[:2], cp[2:]
    dw = w99(int(dept)) if dept[0] != "0" else "zéro " + UNITS[int(dept[1])]
    if rest == "000":
        return dw + " mille"
    if rest[1:] == "00":
        return dw + " " + ("cent" if rest[0] == "1" else UNITS[int(rest[0])] + " cents")
    if rest[0] == "0":
        return dw + " zéro " + (w99(int(rest[1:])) if rest[1] != "0" else "zéro " + UNITS[int(rest[2])])
    return dw + " " + w(int(rest))


@tpl(11, new=True)
def postcode_habits():
    u = Utt("stt")
    a = fr_addr()
    num = w(a["num"]) if p(0.5) else str(a["num"])
    street = f"{num}{' ' + a['suf'] if a['suf'] else ''} {a['stype']} {a['sname']}".lower()
    if a["cp"] in PARIS_ORD and p(0.7):
        tail = PARIS_ORD[a["cp"]]
    else:
        tail = f"{cp_habit(a['cp'])} {a['city'].lower()}"
    u.add(ch(["client : alors j'habite au", "client : c'est au", "agent : l'adresse du logement client :"]), f(),
          V(ADDRESS, f"{street} {tail}"),
          ch(["agent : d'accord c'est une maison ou un appartement", "agent : d'accord", "voilà", ""]))
    return u


@tpl(4, new=True)
def masked_partial_pii():
    u = Utt("stt")
    if p(0.5):
        c = card_make("visa")
        other = rnd_digits(4, False)
        u.add("agent : j'ai une carte qui se termine par", digits_words(other), "client : non c'est plus celle-là",
              f(), "la nouvelle c'est", V(CARD, card_spoken(c, "digits"), c, True))
    else:
        num = fr_mobile()
        u.add("agent : j'ai un numéro qui finit par", w99(rng.randint(10, 99)),
              "client : ah non ça c'est l'ancien le nouveau c'est le", ph_stt_value(num, 0.4))
    return u


@tpl(9, new=True)
def masked_partial_none():
    k = nxt("masked_partial_none", 6)
    u = Utt("chat" if k in (2, 4) else "stt")
    if k == 0:
        u.add("agent : je vois une carte qui se termine par", digits_words(rnd_digits(4, False)),
              "c'est bien celle-là client :", f(), "oui oui c'est la même")
    elif k == 1:
        u.add("agent : on va vous envoyer un code au zéro six étoile étoile", w99(rng.randint(10, 99)),
              "client : oui c'est bien mon portable")
    elif k == 2:
        u.add(f"Sur mon espace client il y a écrit IBAN : FR76 **** **** **** **** ***{rnd_digits(1, False)} "
              f"{rnd_digits(2, False)} c'est bien le bon ?")
    elif k == 3:
        u.add("agent : j'ai une adresse qui commence par", ch(["j", "m", "s", "n"]),
              "étoile étoile étoile arobase gmail point com c'est toujours valable client : oui")
    elif k == 4:
        u.add(f"Le SMS dit : « Votre code a été envoyé au 06 ** ** ** {rnd_digits(2, False)} ». "
              f"Je l'ai pas reçu !")
    else:
        u.add("client : c'est prélevé sur le compte qui finit par", w(rng.randint(101, 999)),
              "je crois agent : oui c'est ça")
    return u


@tpl(6, new=True)
def company_contacts():
    k = nxt("company_contacts", 5)
    u = Utt("chat" if k in (1, 3) else "stt")
    if k == 0:
        u.add("agent : vous pouvez aussi nous joindre au zéro neuf soixante-dix vingt et un trente zéro zéro c'est le"
              " service client volta énergie client :", f(), "d'accord")
    elif k == 1:
        u.add("J'ai écrit à sinistres@assurea.fr il y a 15 jours et personne ne m'a répondu !")
    elif k == 2:
        u.add("client : j'ai appelé le zéro huit cents vingt-cinq vingt-cinq zéro zéro ils m'ont renvoyé vers vous")
    elif k == 3:
        u.add("Le numéro du dépannage c'est bien le 09 70 21 30 00 ou le 3977 ?")
    else:
        u.add("agent : pour l'assistance assuréa c'est le zéro huit cents quarante-sept quarante-sept",
              "gratuit depuis un fixe client :", f(), "je note")
    return u


@tpl(6, new=True)
def placeholders():
    k = nxt("placeholders", 5)
    u = Utt("stt" if k in (0, 3) else "chat")
    if k == 0:
        u.add("client : sur le site il me demande prénom point nom arobase quelque chose", f(),
              "mais moi j'ai pas d'adresse mail")
    elif k == 1:
        u.add("le formulaire refuse ma date, il veut jj/mm/aaaa et un numéro au format 06 xx xx xx xx")
    elif k == 2:
        u.add(f"J'ai {rng.randint(67, 92)} ans et je suis cliente depuis {rng.randint(1985, 2005)}, "
              f"je ne comprends pas cette hausse.")
    elif k == 3:
        u.add("client : il faut mettre le numéro client c'est dix chiffres c'est ça agent : oui il commence par un"
              " quatre client : et je le trouve où", f(), "agent : en haut à droite de la facture")
    else:
        u.add(f"mon fils a {rng.randint(8, 17)} ans, il peut avoir une ligne à son nom ? forfait à "
              f"{rng.randint(5, 20)},99€")
    return u


@tpl(3, new=True)
def timestamps_none():
    u = Utt("stt")
    t = rng.randint(30, 600) + rng.randint(0, 999) / 1000
    s1, t = ts(t, 3.2)
    s2, t = ts(t, 2.4)
    u.add(s1, f"SPEAKER_01: Ma facture {de_month(ch(MONTHS))} est de {rng.randint(90, 400)},{rng.randint(10, 99)} euros, "
              f"pour {rng.randint(400, 1600)} kWh.\n", s2,
          "SPEAKER_00: Je regarde, c'est l'estimation, le relevé réel arrive le", str(rng.randint(2, 28)),
          "^.")
    return u


@tpl(7, new=True)
def letter_digit_typos():
    u = Utt("chat")
    k = nxt("letter_digit_typos", 5)
    if k <= 1:
        num = fr_mobile()
        txt = ph_written(num, ch(["sp", "compact"])).replace("0", "O", 1)
        if p(0.5):
            txt = txt.replace("1", "l")
        u.add(ch(["mon num c", "tel", "rappelez moi au"]), V(PHONE, txt))
    elif k == 2:
        i = iban_make("FR")
        txt = iban_written(i).replace("0", "O")
        u.add("mon iban", V(IBAN, txt, i, False), "^ (je l'ai recopié du chéquier)")
    elif k == 3:
        n = nir_make("1")
        txt = nir_written(n, "groups")
        txt = "l" + txt[1:]
        u.add("n° sécu", V(NIR, txt, n, False))
    else:
        c = cust_make("volta_client")
        u.add("numero client", V(CUST, c.replace("1", "I").replace("0", "O"), c, False),
              "^ j'arrive pas à me connecter avec")
    return u


NBSP, NNBSP, NBHY, ZWSP = "\u00a0", "\u202f", "\u2011", "\u200b"


@tpl(9, new=True)
def unicode_spaces():
    u = Utt("chat")
    k = nxt("unicode_spaces", 5)
    amount = f"{rng.randint(1, 3)}{NNBSP}{rng.randint(100, 999)},{rng.randint(10, 99)}{NBSP}€"
    if k == 0:
        i = iban_make(ch(["FR", "FR", "MA"]))
        u.add("Voici l'IBAN copié depuis mon appli :", V(IBAN, NBSP.join(iban_groups(i)), i, True))
    elif k == 1:
        num = fr_mobile()
        u.add("Rappelez-moi au", V(PHONE, NNBSP.join(num[i:i + 2] for i in range(0, 10, 2)), num, True),
              "^ svp, la régularisation de", amount, "est incompréhensible")
    elif k == 2:
        num = fr_mobile()
        u.add("Mon numéro :", V(PHONE, NBHY.join(num[i:i + 2] for i in range(0, 10, 2)), num, True))
    elif k == 3:
        toks = email_tokens(fr_person())
        wtxt = email_written(toks)
        at = wtxt.index("@")
        u.add("mon adresse :", V(EMAIL, wtxt[:at] + ZWSP + wtxt[at:]), "^ (copiée depuis mes contacts)")
    else:
        n = nir_make()
        u.add("NIR :", V(NIR, NBSP.join(nir_groups(n)), n, True), "^ — remboursement attendu :", amount)
    return u


AR_NAMES = [("فاطمة الزهراء بناني", "f"), ("يوسف العلوي", "m"), ("محمد التازي", "m"), ("خديجة الإدريسي", "f"),
            ("هشام برادة", "m"), ("سلمى الشرايبي", "f"), ("مهدي بنجلون", "m"), ("زينب الفاسي", "f"),
            ("رشيد العمراني", "m"), ("إيمان لحلو", "f")]
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def to_arabic_digits(s: str) -> str:
    return "".join(AR_DIGITS[int(c)] if c.isdigit() else c for c in s)


@tpl(10, new=True)
def arabic_script():
    u = Utt("chat")
    name, _sex = ch(AR_NAMES)
    num = ma_mobile()
    k = nxt("arabic_script", 5)
    if k == 0:
        u.add("السلام عليكم، سميتي", V(PERSON, name), "^، بغيت نبدل النمرة ديالي، النمرة الجديدة هي",
              V(PHONE, num, num, True))
    elif k == 1:
        u.add("عافاك عيطو ليا على", V(PHONE, to_arabic_digits(num), num, True), "^، الفاكتورة غالية بزاف")
    elif k == 2:
        c = cin_make()
        u.add("البطاقة الوطنية ديالي:", V(CIN, c, c, True), "^، والسمية", V(PERSON, name))
    elif k == 3:
        pn = ma_person()
        u.add("الإيميل ديالي هو", V(EMAIL, email_written(email_tokens(pn, ma=True))), "^ شكرا")
    else:
        u.add("ساكن ف", V(ADDRESS, f"{ch(['حي السلام', 'حي الرياض', 'الحي المحمدي'])} زنقة "
                                   f"{rng.randint(1, 40)} رقم {rng.randint(1, 99)} "
                                   f"{ch(['سلا', 'الرباط', 'الدار البيضاء', 'فاس'])}"),
              "^، بغيت نحيد الاشتراك ديال الفيبر")
    return u


@tpl(5, new=True)
def cin_whole_number():
    u = Utt("stt")
    c = cin_make()
    u.add(ch(["client : ma cin c'est", "agent : votre numéro de cin client : oui", "client : la carte c'est"]),
          f(), V(CIN, cin_spoken(c, "whole"), c, True), ch(["", "agent : merci", "voilà"]))
    return u


@tpl(7, new=True)
def iban_whole_and_foreign():
    k = nxt("iban_whole_and_foreign", 3)
    if k == 0:
        u = Utt("stt")
        i = iban_make(ch(["FR", "FR", "MA"]))
        u.add("client :", f(), "je lis le rib", V(IBAN, iban_spoken(i, "whole"), i, False),
              "agent : je vais vous demander de me le redonner chiffre par chiffre")
        return u
    cc = ch(["PT", "PT", "LU", "DE", "MC", "CH"])
    i = iban_make(cc)
    if k == 1:
        u = Utt("chat")
        why = {"PT": "c'est ma banque au Portugal", "LU": "je travaille au Luxembourg", "DE": "compte allemand",
               "MC": "compte à Monaco", "CH": "je suis frontalier"}[cc]
        u.add(f"Est-ce que je peux payer avec un compte étranger ? {why} :", V(IBAN, iban_written(i), i, True))
        return u
    u = Utt("stt")
    u.add("client :", f(), "alors le compte il est", {"PT": "au portugal", "LU": "au luxembourg",
                                                      "DE": "en allemagne", "MC": "à monaco", "CH": "en suisse"}[cc],
          "c'est", V(IBAN, iban_spoken(i, "digits"), i, True), "agent : ça passe en prélèvement sepa")
    return u


@tpl(13, new=True)
def crm_notes():
    u = Utt("chat")
    pn = fr_person() if p(0.8) else ma_person()
    ttl = "Mme" if pn["sex"] == "f" else "M."
    hh = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    k = nxt("crm_notes", 4)
    name = V(PERSON, f"{pn['first']} {pn['last'].upper()}" if p(0.6) else pn["last"].upper())
    if k == 0:
        i = iban_make("FR")
        u.add(f"Appel entrant {hh} – {ttl}", name, "^ – dde chgt RIB, nv IBAN", V(IBAN, iban_written(i), i, True),
              "^ saisi – DDN vérifiée – prochain prélèvement le 10. RAS")
    elif k == 1:
        num = fr_mobile()
        c = cust_make("volta_client")
        u.add(f"{hh} cl.", V(CUST, c, c, True), "^ /", ttl, name, "^ / contestation facture", money(),
              "€ / rappel souhaité au", V(PHONE, ph_written(num, ch(["sp", "compact", "dot"])), num, True),
              "^ après 18h / ticket transmis N2")
    elif k == 2:
        d = dob()
        a = fr_addr()
        u.add("MES au", V(ADDRESS, addr_written(a)), f"^ le {some_date_num()} – titulaire {ttl}", name,
              "^ DDN", V(DOB, dob_written(d, ch(["slash", "slash_short"]))), f"^ – PDL communiqué – {ch([6, 9])} kVA"
              f" base – offre Volta Fixe")
    else:
        toks = email_tokens(pn)
        u.add(f"Ctt {hh}: {ttl}", name, "^, ctr", V(CUST, (c := cust_make("assurea_policy")), c, True),
              f"^. Sinistre DDE du {some_date_num()}. Mail de confirmation à", V(EMAIL, email_written(toks)), "^.")
        if p(0.5):
            u.add("Tél.", V(PHONE, ph_written((num := fr_mobile()), "sp"), num, True), "^.")
        u.add("RAS")
    return u


@tpl(6, new=True)
def background_voice():
    u = Utt("stt")
    rel = ch(["ma femme", "mon mari", "ma fille", "mon fils"])
    k = nxt("background_voice", 2)
    if k == 0:
        num = fr_mobile()
        u.add("client : attendez je demande à", rel, f(), "c'est quoi ton numéro déjà [voix au loin]",
              V(PHONE, pairs_words(num), num, True), "[fin voix au loin] client : voilà", ph_stt_value(num, 0.5),
              "agent : c'est noté")
    else:
        d = dob()
        u.add("agent : et la date de naissance du bénéficiaire client : c'est", rel, "attendez [voix au loin]",
              V(DOB, dob_spoken(d, "short")), "[fin voix au loin] client : oui", V(DOB, dob_spoken(d, "itn")))
    return u


@tpl(7, new=True)
def name_common_word():
    u = Utt("stt")
    last, ctx = ch(COMMON_WORD_NAMES)
    sex = ch("fm")
    first = fake.first_name_female() if sex == "f" else fake.first_name_male()
    title = "madame" if sex == "f" else "monsieur"
    k = nxt("name_common_word", 3)
    if k == 0:
        u.add("client : oui bonjour c'est", title, V(PERSON, last.lower()), f(), ctx)
    elif k == 1:
        u.add("client :", ctx, f(), "agent : je vais regarder vous êtes bien", title,
              V(PERSON, f"{first} {last}".lower()), "client : oui c'est ça")
    else:
        u.add("agent : c'est au nom de qui client :", V(PERSON, f"{last} {first}".lower()),
              "et", ctx, "ça fait deux fois que j'appelle")
    # the ordinary word in ctx is lower case and outside any span
    return u


@tpl(5, new=True)
def maiden_usage():
    u = Utt("stt" if p(0.6) else "chat")
    pn = fr_person("f")
    maiden = fake.last_name()
    link = ch(["née", "nom de jeune fille", "épouse", "veuve", "nom d'usage"])
    if u.channel == "stt":
        if link in ("épouse", "veuve", "nom d'usage"):
            u.add("client : c'est madame", V(PERSON, f"{pn['first']} {maiden}".lower()), link,
                  V(PERSON, pn["last"].lower()), "le contrat est à mon nom d'avant")
        else:
            u.add("client : c'est madame", V(PERSON, name_text(pn)), link, V(PERSON, maiden.lower()),
                  "sur la carte vitale c'est peut-être l'autre nom")
    else:
        u.add("Titulaire :", V(PERSON, f"{pn['first']} {pn['last'].upper()}"), "^,", link,
              V(PERSON, maiden.upper()))
    return u


@tpl(8, new=True)
def pdl_pce():
    chat = p(0.35)
    u = Utt("chat" if chat else "stt")
    kind = ch(["pdl", "pdl", "pce"])
    c = cust_make(kind)
    label = ch(["PDL", "PRM", "point de livraison"]) if kind == "pdl" else ch(["PCE", "point de comptage"])
    if chat:
        u.add(f"mon n° {label} :", V(CUST, " ".join(c[i:i + 2] for i in range(0, len(c), 2)) if c.isdigit()
                                     and p(0.5) else c, c, True), "^, compteur", ch(["Linky", "Gazpar"]),
              "posé en", str(rng.randint(2016, 2023)))
        return u
    u.add("agent : vous avez le numéro de", label.lower(), "il est sur la facture client :", f(),
          ch(["oui", "attendez", "alors"]), V(CUST, cust_spoken(c) if p(0.5) else cust_pairs(c), c, True),
          "agent : d'accord et l'index du compteur client :", w(rng.randint(1000, 60000)))
    return u


HOMOPHONE_DOMAINS = {"gmail.com": ["j'ai mail point com", "g mail point comme", "gémail point com",
                                   "gmail point comme"],
                     "hotmail.fr": ["hot mail point fr", "otmail point f r", "hot mail point fer"],
                     "hotmail.com": ["hot mail point comme", "hot mail point com"],
                     "yahoo.fr": ["ya hou point fr", "yaou point f r"],
                     "laposte.net": ["la poste point nette", "la poste point net"],
                     "outlook.fr": ["out look point fr", "aoutlouk point fr"],
                     "icloud.com": ["aïe cloud point com", "i claude point com"],
                     "orange.fr": ["orange point f r", "orange point fer"],
                     "free.fr": ["fri point fr", "free point f r"], "sfr.fr": ["s f r point f r", "essefaire point fr"],
                     "wanadoo.fr": ["wanadou point fr"], "live.fr": ["laïve point fr"]}


@tpl(11, new=True)
def email_homophones():
    u = Utt("stt")
    pn = fr_person()
    toks = email_tokens(pn)
    at = [i for i, t in enumerate(toks) if t[1] == "@"][0]
    local = email_spoken(toks[:at])
    dom = "".join(t for _, t in toks[at + 1:])
    if p(0.27):
        tag = ch(["volta", "assurea", "fibrea", "factures"])
        txt = f"{local} plus {tag} {ch(['arobase', 'arobaz'])} {' '.join(HOMOPHONE_DOMAINS.get(dom, [dom])[:1])}"
        u.add("client : j'utilise une adresse spéciale pour vous c'est", V(EMAIL, txt), f(),
              "comme ça je trie")
        return u
    at_w = ch(["arobase", "arobaz", "arrobase", "à robe base"])
    dom_w = ch(HOMOPHONE_DOMAINS.get(dom, [dom.replace(".", " point ")]))
    u.add(ch(["client : mon mail c'est", "agent : l'adresse mail client :", "client : vous l'envoyez à"]), f(),
          V(EMAIL, f"{local} {at_w} {dom_w}"), ch(["agent : d'accord", "voilà", ""]))
    return u


@tpl(4, new=True)
def itn_zero_dropped():
    u = Utt("stt")
    k = nxt("itn_zero_dropped", 3)
    if k == 0:
        num = fr_mobile()
        txt = ch([" ".join([num[1]] + [num[i:i + 2] for i in range(2, 10, 2)]), num[1:]])
        u.add("client : oui c'est le", V(PHONE, txt), "agent : le zéro six", "client : oui voilà")
    elif k == 1:
        a = fr_addr()
        a["cp"], a["city"] = "06000", "Nice"
        txt = addr_stt(a, False, "digits").replace("06000", "6000")
        u.add("client : j'ai déménagé au", V(ADDRESS, txt))
    else:
        num = fr_landline()
        u.add("client : le fixe c'est le", V(PHONE, " ".join([num[1]] + [num[i:i + 2] for i in range(2, 10, 2)])),
              "mais je suis jamais là")
    return u


# --------------------------------------------------------------------------------------------------------------
# Validation, output, counts
# --------------------------------------------------------------------------------------------------------------
def _alnum(s: str) -> str:
    out = []
    for c in s:
        if c.isdigit():
            out.append(str(unicodedata.digit(c)))
        elif c.isascii() and c.isalpha():
            out.append(c.upper())
    return "".join(out)


def _norm_phone(d: str) -> str:
    if d.startswith("00"):
        d = d[2:]
    for cc in ("33", "212"):
        if d.startswith(cc) and len(d) == len(cc) + 9:
            return "0" + d[len(cc):]
    return d


def check_span(text: str, sp: dict, errors: list, uid: str):
    val, typ, canon = sp["value"], sp["type"], sp["_canon"]
    if text[sp["start"]:sp["end"]] != val:
        errors.append(f"{uid}: slice mismatch {sp}")
    if not val or val != val.strip():
        errors.append(f"{uid}: empty or padded span {val!r}")
    if typ not in TYPES:
        errors.append(f"{uid}: unknown type {typ}")
    if canon is None:
        return
    if typ == CARD and not luhn_ok(canon):
        errors.append(f"{uid}: Luhn fails {canon}")
    if typ == IBAN and not (iban_ok(canon) and national_ok(canon)):
        errors.append(f"{uid}: IBAN check fails {canon}")
    if typ == NIR and nir_key(canon[:13]) != int(canon[13:]):
        errors.append(f"{uid}: NIR key fails {canon}")
    if not sp["_clean"]:
        return
    got = _alnum(val) if any(c.isdigit() for c in val) else spoken_to_digits(val.lower())
    want = re.sub(r"[^A-Z0-9]", "", canon.upper())
    if typ == PHONE and got is not None:
        got, want = _norm_phone(got), _norm_phone(want)
    ok = got == want or (typ == IBAN and got == want[4:])
    if not ok:
        errors.append(f"{uid}: {typ} rendering {val!r} reads {got!r}, canonical {want!r}")


def main() -> int:
    jobs = []
    for name, n, new, fn in PLAN:
        jobs.extend([(name, new, fn)] * n)
    assert len(jobs) == N_UTTERANCES, len(jobs)
    rng.shuffle(jobs)
    rows, errors = [], []
    fam_count, fam_new = Counter(), {}
    type_count, form_count, type_by_group = Counter(), Counter(), Counter()
    none_by_group = Counter()
    for k, (name, new, fn) in enumerate(jobs, 1):
        uid = f"b7-{k:04d}"
        u = fn()
        text, spans = u.build()
        if "  " in text or text != text.strip():
            errors.append(f"{uid}: spacing {text!r}")
        prev_end = -1
        for sp in spans:
            check_span(text, sp, errors, uid)
            if sp["start"] < prev_end:
                errors.append(f"{uid}: overlap")
            prev_end = sp["end"]
        is_none_family = name in ("none_ordinary", "masked_partial_none", "company_contacts", "placeholders",
                                  "timestamps_none")
        if is_none_family != (not spans):
            errors.append(f"{uid}: family {name} has {len(spans)} spans")
        form = utt_form(u.channel, spans)
        rows.append({"id": uid, "text": text,
                     "spans": [{"type": s["type"], "start": s["start"], "end": s["end"], "value": s["value"]}
                               for s in spans],
                     "form": form})
        fam_count[name] += 1
        fam_new[name] = new
        form_count[form] += 1
        group = "new" if new else "ordinary"
        if not spans:
            none_by_group[group] += 1
        for s in spans:
            type_count[s["type"]] += 1
            type_by_group[(group, s["type"])] += 1
    if errors:
        print("\n".join(errors[:60]), file=sys.stderr)
        print(f"{len(errors)} validation errors", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_vals = sum(type_count.values())
    n_new = sum(c for f_, c in fam_count.items() if fam_new[f_])
    print(f"wrote {OUT.name}: {len(rows)} utterances, {n_vals} values, "
          f"{form_count['none']} without PII ({100 * form_count['none'] / len(rows):.0f} %), "
          f"{len(rows) - n_new} ordinary / {n_new} new-form utterances")
    print("\nvalues per type (all / ordinary / new):")
    for t in TYPES:
        print(f"  {t:15s} {type_count[t]:4d} {type_by_group[('ordinary', t)]:4d} {type_by_group[('new', t)]:4d}")
    print("\nutterances per form:")
    for fm in ("written", "spoken", "mixed", "none"):
        print(f"  {fm:8s} {form_count[fm]:4d}")
    print("\nutterances per family:")
    for name, _n, new, _fn in PLAN:
        print(f"  {'NEW ' if new else '    '}{name:24s} {fam_count[name]:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

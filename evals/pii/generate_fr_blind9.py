"""Blind French/Moroccan PII evaluation set no. 9 for a contact-centre scrubber: writes fr_blind9.jsonl.

    .venv/bin/python evals/pii/generate_fr_blind9.py   # rewrites fr_blind9.jsonl, prints counts by form, channel, type

Written without looking at the scrubber, its tests or any other evaluation set; only the line format was taken
from evals/pii/README.md. Seeded (9090): the output is byte-identical given the same Faker and num2words versions.

Sources
-------
Standard library, Faker (fr_FR, seeded: some first names, surnames and street names) and num2words (French number
words). Everything else is written here: name lists by origin (French, Maghrebi, West African, Portuguese, Spanish,
Italian, Vietnamese, Turkish, Polish), French and Moroccan cities with real postcodes, street types, résidences,
Moroccan hay/lotissement/immeuble addresses, company names, offers and hotline numbers, and about 90 templates of
contact-centre material for energy suppliers, insurers, telecom operators and banks in France and Morocco.
All personal values are synthetic. Checksums are valid: NIR key (97 - n mod 97, 2A/2B counted as 19/18; born abroad
= department 99 + country code, DOM = 3-digit department), Luhn for cards (Visa, Mastercard, Amex), ISO 13616 for
IBANs (FR with a valid RIB key, MA with its RIB key, BE with its national check, ES with both check digits, PT with
its NIB key, DE); a bare French RIB (bank, branch, account, key) is labelled IBAN_CODE and has a valid RIB key.

Line format
-----------
{"id": "fr9-0001", "text": "...", "spans": [{"type", "start", "end", "value"}], "form": "written|spoken|mixed|none"}
Spans are recorded while the text is assembled (never found by searching afterwards); text[start:end] == value;
spans are sorted and do not overlap. Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, ADDRESS, FR_NIR, CREDIT_CARD,
IBAN_CODE, DATE_OF_BIRTH, MA_CIN, CUSTOMER_ID, SECRET, IP_ADDRESS.

Mix (500 utterances)
--------------------
- 250 written (225 with PII + 25 without): customer chats, web contact forms, e-mails with "De :" headers and
  signatures, SMS with typos ("jai", "svp", "c"), agent CRM notes, N2 tickets, technician appointment lines,
  pasted account screens ("Fiche client"), insurance claim forms, health-insurance enrolment forms, online
  subscription steps, international transfer requests. Normal casing and punctuation, some typos.
- 177 raw speech-to-text of calls (160 + 17 without PII): lower case, no punctuation, fillers (euh, ben, bah,
  hein, attendez), numbers in French words and sometimes partly in digits, small misrecognitions outside values
  ("conteur", "gaz par", "e d f", "est" for "et"), agent greetings followed by the caller.
- 73 Whisper-style transcripts (65 + 8 without PII): punctuation, capitals, digits, and the occasional
  hallucinated "Sous-titres réalisés par la communauté d'Amara.org".
- `form` describes how the values are rendered, as in README.md: `written` = all values in digits/symbols (this
  includes Whisper-style lines), `spoken` = all values said in words (names in a raw transcript count as spoken),
  `mixed` = both in one utterance or one value partly in digits ("07 soixante-seize 12 trente 06"),
  `none` = no personal data.
- The 50 `none` lines carry what must survive: amounts, meter readings (kWh, m3), bill, debit and appointment dates,
  durations, offers and brands (Linky, Gazpar, Freebox, Livebox, Bbox, Tempo, Tarif Bleu, EDF, Engie,
  TotalEnergies, MAIF, AXA, Crédit Agricole, Sosh…), company hotlines (09 69 32 15 15, 09 69 324 324, 3900, 1023,
  1064, 3244, 3639, 0 800 47 33 33), agency cities, masked values, and ordinary words that are also names (rose,
  pierre, blanc, petit, roux, marin, boulanger, berger).

Labelling choices
-----------------
- PERSON: callers, holders, relatives, neighbours, third parties and the agent's own first name (in the greeting,
  "Conseiller (Florent)", "Agent : T. Moreau"). Titles (madame, monsieur, M., Mme, Mr, Dr) are outside the span.
  "SURNAME Firstname" / "Firstname SURNAME" is one span. A surname and its spelling are two spans when they are
  separate phrases ("SANGARÉ, lettre par lettre : S-A-N-G-A-R-É"); the whole spelling is one span, including
  "deux l", "tiret", "apostrophe", "accent aigu" and "d comme désiré …". A self-correction inside a name is inside
  the span ("thu trang tran non tran thu trang"). Names that are also words ("Mme Lebrun", "Léa Blanc",
  "Pierre Roux", "Rose Petit") are PERSON; the same words used as words are not.
- Fillers and corrections inside a value are inside its span ("zéro six euh douze…", "… trente-cinq non pardon
  trente-quatre …"); the NIR key word ("clé") is inside when said in the number.
- ADDRESS runs from the street number (or bâtiment/résidence/hay/lot) to the postcode and city when these are
  given in the same address; a city said afterwards on its own ("… rue des lilas à lyon") is outside, as is a
  city or country alone. Street names that contain a person's name ("rue Victor Hugo") are part of the ADDRESS.
- DATE_OF_BIRTH covers the date only (not "né le"). Bill, appointment, claim and expiry dates are not labelled.
- CUSTOMER_ID: customer, contract, policy, member (sociétaire, adhérent), account/login identifiers, PDL/PRM and
  PCE meter-point numbers. Bill amounts, meter readings and offer names are not labelled.
- SECRET: PIN and card codes, passwords, SMS/validation codes, door codes (digicode).
- IBAN_CODE: full IBANs (grouped or compact, written or dictated) and full French RIBs.
- Not PII: masked values ("se terminant par 4521", "**** 2172", "FR76 **** … 345"), card expiry, amounts, the
  company's own hotline numbers and functional mailboxes (sinistres@…), offers and brands, BIC codes, cities and
  agencies alone.
"""

import json
import random
import unicodedata
from collections import Counter
from pathlib import Path

from faker import Faker
from num2words import num2words

SEED = 9090
N_TOTAL = 500
OUT = Path(__file__).resolve().parent / "fr_blind9.jsonl"

R = random.Random(SEED)
FK = Faker("fr_FR")
FK.seed_instance(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------- names
# (first names F, first names M, surnames) by origin, as heard in French and Moroccan contact centres.
ORIGINS = {
    "fr": (
        ["Sylvie", "Nathalie", "Camille", "Léa", "Chloé", "Manon", "Françoise", "Anne-Sophie", "Élodie", "Maëlle",
         "Océane", "Hélène", "Cécile", "Marie-Claire", "Brigitte", "Isabelle", "Géraldine", "Solène", "Rose",
         "Marine", "Margaux", "Josiane", "Anne-Laure", "Pauline", "Céline", "Odile"],
        ["Jean-Pierre", "Thierry", "Lucas", "Hugo", "Gérard", "Jean-Baptiste", "Aurélien", "Benoît", "Rémi",
         "Pierre", "Olivier", "Stéphane", "Jean-Marc", "Loïc", "Mathis", "Yannick", "Didier", "Hervé", "Bastien",
         "Pierre-Yves", "Grégory", "Florian", "Maxime", "Patrice"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Mercier", "Lemoine", "Chevalier",
         "Gauthier", "Perrin", "Rousseau", "Faure", "Lebrun", "Boulanger", "Blanc", "Petit", "Roux", "Marin",
         "Meunier", "Legrand", "Carpentier", "Boucher", "Berger", "de la Fontaine", "Le Goff", "Le Gall",
         "Dupont", "Lambert", "Masson", "Renard", "Vidal", "Rivière", "Lacroix", "Poirier", "Leclerc", "Fabre",
         "Deschamps", "de Villeneuve", "Saint-Martin", "Kerjean", "Guérin", "Bonnet", "Colin", "Leblanc"],
    ),
    "mag": (
        ["Fatima-Zahra", "Khadija", "Nadia", "Samira", "Imane", "Salma", "Zineb", "Soukaina", "Leïla", "Nour",
         "Meriem", "Loubna", "Malika", "Houda", "Yasmina", "Hafsa", "Naïma", "Sanaa", "Kenza", "Rachida"],
        ["Karim", "Yassine", "Mohamed", "Youssef", "Mehdi", "Rachid", "Amine", "Hamza", "Othmane", "Abdelkader",
         "Ayoub", "Hicham", "Nabil", "Said", "Abdellah", "Mustapha", "Anouar", "Driss", "Bilal", "Tarik"],
        ["El Amrani", "Benali", "Ben Salah", "Bennani", "Alaoui", "El Idrissi", "Tazi", "Berrada", "Chraïbi",
         "Ouazzani", "Benjelloun", "Haddad", "Bouzid", "Belkacem", "Meziane", "Aït Ouali", "El Fassi", "Lahlou",
         "Kettani", "Saïdi", "Benmoussa", "Ziani", "Boukhris", "El Mansouri", "Cherkaoui", "Hamdaoui",
         "Ait Lahcen", "Ben Youssef", "Mansouri", "Rahmouni"],
    ),
    "waf": (
        ["Aminata", "Fatoumata", "Awa", "Kadiatou", "Aïssatou", "Mariam", "Ramatoulaye", "Binta", "Coumba"],
        ["Moussa", "Mamadou", "Ousmane", "Ibrahima", "Adama", "Seydou", "Cheikh", "Souleymane", "Boubacar"],
        ["Diallo", "N'Diaye", "Traoré", "Coulibaly", "Diop", "Koné", "Sow", "Camara", "Cissé", "Keïta", "Ba",
         "Fofana", "Sylla", "Diabaté", "Touré", "Ndiaye", "Diakité", "Sangaré", "N'Guessan", "Kouassi"],
    ),
    "pt": (
        ["Maria", "Ana", "Sandra", "Fernanda", "Joana", "Sónia", "Conceição"],
        ["João", "Rui", "Paulo", "Nuno", "Tiago", "José", "Manuel"],
        ["Da Silva", "Dos Santos", "Pereira", "Ferreira", "Rodrigues", "Gonçalves", "Oliveira", "Teixeira",
         "Da Costa", "Carvalho", "Fernandes", "Lopes", "De Sousa", "Marques"],
    ),
    "es": (
        ["Carmen", "Dolores", "Lucía", "Pilar", "Inés", "Rocío"],
        ["Antonio", "Javier", "Manuel", "Francisco", "Alejandro", "Raúl"],
        ["García", "Martínez", "Sánchez", "López", "Fernández", "Romero", "Navarro", "Gómez", "Hernandez",
         "Ruiz", "Moreno", "Jiménez"],
    ),
    "it": (
        ["Francesca", "Giulia", "Chiara", "Paola", "Alessandra"],
        ["Giuseppe", "Marco", "Luca", "Alessandro", "Stefano", "Salvatore"],
        ["Rossi", "Bianchi", "Russo", "Esposito", "Romano", "Colombo", "Ricci", "Marchetti", "Lombardi",
         "Di Stefano", "De Luca", "Santoro"],
    ),
    "vn": (
        ["Thi Lan", "Linh", "Huong", "Mai", "Thu Trang", "Ngoc Anh"],
        ["Minh", "Thanh", "Quang", "Duc", "Van Hai", "Tuan"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"],
    ),
    "tr": (
        ["Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Büşra"],
        ["Mehmet", "Emre", "Murat", "Hakan", "Burak", "Mustafa"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Yildiz"],
    ),
    "pl": (
        ["Katarzyna", "Agnieszka", "Magdalena", "Ewa", "Joanna"],
        ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Kowalczyk", "Mazur",
         "Zieliński", "Szymański"],
    ),
    "faker": (None, None, None),  # Faker fr_FR names, for variety
}
ORIGIN_WEIGHTS = [("fr", 30), ("mag", 26), ("waf", 10), ("pt", 7), ("es", 5), ("it", 5), ("vn", 4), ("tr", 5),
                  ("pl", 4), ("faker", 8)]
POLISH_F = {"Kowalski": "Kowalska", "Wiśniewski": "Wiśniewska", "Kamiński": "Kamińska",
            "Lewandowski": "Lewandowska", "Zieliński": "Zielińska", "Szymański": "Szymańska"}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Person:
    def __init__(self, first, last, gender, origin):
        self.first, self.last, self.gender, self.origin = first, last, gender, origin

    @property
    def title(self):
        return "madame" if self.gender == "F" else "monsieur"

    @property
    def title_abbr(self):
        return "Mme" if self.gender == "F" else "M."

    def full(self):
        if self.origin == "vn" and chance(0.5):
            return f"{self.last} {self.first}"          # family name first, as often written
        return f"{self.first} {self.last}"

    def crm(self):
        """CRM style: SURNAME Firstname or Firstname SURNAME."""
        if chance(0.65):
            return f"{self.last.upper()} {self.first}"
        return f"{self.first} {self.last.upper()}"

    def lower_full(self):
        return f"{self.first} {self.last}".lower()

    def initial_last(self):
        parts = self.first.split("-")
        ini = "".join(p[0] + "." for p in parts) if len(parts) > 1 else self.first[0] + "."
        return f"{ini} {self.last}"


def person(origin=None, gender=None):
    if origin is None:
        tot = sum(w for _, w in ORIGIN_WEIGHTS)
        x = R.uniform(0, tot)
        for o, w in ORIGIN_WEIGHTS:
            x -= w
            if x <= 0:
                origin = o
                break
        else:
            origin = "fr"
    if gender is None:
        gender = "F" if chance(0.52) else "M"
    if origin == "faker":
        first = FK.first_name_female() if gender == "F" else FK.first_name_male()
        return Person(first, FK.last_name(), gender, "fr")
    fs, ms, ls = ORIGINS[origin]
    first = pick(fs if gender == "F" else ms)
    last = pick(ls)
    if origin == "pl" and gender == "F":
        last = POLISH_F.get(last, last)
    return Person(first, last, gender, origin)


# --------------------------------------------------------------------------- checksums
def nir_key(body13):
    """body13: 13 characters, may contain 2A/2B at the department position."""
    s = body13.replace("2A", "19").replace("2B", "18")
    return 97 - int(s) % 97


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = iban.replace(" ", "")
    return int(iban_numeric(s[4:] + s[:4])) % 97 == 1


def make_iban(country, bban):
    chk = 98 - int(iban_numeric(bban + country + "00")) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


RIB_LETTERS = {c: str(v) for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
               for c in cs}


def rib_key(bank, branch, account):
    acc = "".join(RIB_LETTERS.get(c, c) for c in account)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


FR_BANKS = ["30004", "30003", "30002", "10278", "11306", "13335", "16006", "20041", "30066", "14505", "17515",
            "18206", "12506", "10107", "30076", "15589", "40618"]


def fr_rib():
    bank, branch = pick(FR_BANKS), digits(5)
    account = digits(11)
    if chance(0.1):  # some French accounts carry a letter
        account = account[:9] + pick("ABCDEFGHJKLMNPRSTUVWXYZ") + account[10:]
    key = rib_key(bank, branch, account)
    return bank, branch, account, f"{key:02d}"


def iban_fr():
    bank, branch, account, key = fr_rib()
    return make_iban("FR", bank + branch + account + key)


def iban_ma():
    bank, city, acc = pick(["007", "011", "145", "230", "190", "022", "013"]), pick(["780", "640", "810", "450", "225"]), digits(16)
    body = bank + city + acc
    key = 97 - int(body + "00") % 97
    return make_iban("MA", body + f"{key:02d}")


def iban_be():
    first10 = pick(["001", "063", "310", "068", "735"]) + digits(7)
    chk = int(first10) % 97 or 97
    return make_iban("BE", first10 + f"{chk:02d}")


def iban_es():
    bank, branch, acc = pick(["2100", "0049", "0182", "2085", "0081"]), digits(4), digits(10)

    def dc(s, w):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    d1 = dc("00" + bank + branch, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    d2 = dc(acc, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    return make_iban("ES", bank + branch + f"{d1}{d2}" + acc)


def iban_de():
    return make_iban("DE", pick(["37040044", "50010517", "10020890", "70150000"]) + digits(10))


def iban_pt():
    body = pick(["0035", "0033", "0007", "0010"]) + digits(4) + digits(11)
    key = 98 - int(body + "00") % 97
    return make_iban("PT", body + f"{key:02d}")


def iban_any(weights=(("FR", 62), ("MA", 14), ("BE", 7), ("ES", 6), ("PT", 6), ("DE", 5))):
    tot = sum(w for _, w in weights)
    x = R.uniform(0, tot)
    for c, w in weights:
        x -= w
        if x <= 0:
            break
    return {"FR": iban_fr, "MA": iban_ma, "BE": iban_be, "ES": iban_es, "PT": iban_pt, "DE": iban_de}[c]()


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------- spoken French
DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FILLERS = ["euh", "euh", "ben", "bah", "hein", "alors", "attendez"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def nw(n):
    return num2words(int(n), lang="fr")


def say_digits(s):
    """Digit by digit; letters said as letters (lower case, as speech-to-text writes them)."""
    return " ".join(DIG[int(c)] if c.isdigit() else c.lower() for c in s)


def say_pair(p):
    """A two-digit group as said in French: '06' -> 'zéro six', '45' -> 'quarante-cinq'."""
    if p[0] == "0":
        return "zéro " + DIG[int(p[1])]
    return nw(p)


def say_group(g):
    """A group of digits with its leading zeros said: '045' -> 'zéro quarante-cinq', '112' -> 'cent douze'."""
    out = []
    while len(g) > 1 and g[0] == "0":
        out.append("zéro")
        g = g[1:]
    out.append(nw(g))
    return " ".join(out)


def say_pairs(s):
    return " ".join(say_pair(s[i:i + 2]) for i in range(0, len(s), 2))


def drop_hyphens(s):
    """Speech-to-text engines sometimes leave number words unhyphenated ('trente quatre')."""
    return s.replace("-", " ")


# --------------------------------------------------------------------------- phone numbers
MOBILE_PREFIX = ["06", "07"]
LAND_PREFIX = ["01", "02", "03", "04", "05", "09"]


class Phone:
    def __init__(self, kind=None):
        self.kind = kind or pick(["fr_mob"] * 6 + ["fr_land"] * 3 + ["ma_mob"] * 2)
        if self.kind == "fr_mob":
            self.nat = pick(MOBILE_PREFIX) + digits(8)
        elif self.kind == "fr_land":
            self.nat = pick(LAND_PREFIX) + str(R.randint(1, 9)) + digits(7)
        else:  # Moroccan mobile / fixed
            self.nat = pick(["06", "06", "07", "05"]) + str(R.randint(1, 9)) + digits(7)
        assert len(self.nat) == 10

    def written(self, style=None):
        n = self.nat
        pairs = [n[i:i + 2] for i in range(0, 10, 2)]
        if self.kind == "ma_mob":
            style = style or pick(["intl_sp", "intl_dash", "local", "intl_pairs", "0212"])
            if style == "intl_sp":
                return "+212 " + n[1:4] + " " + n[4:7] + " " + n[7:]
            if style == "intl_dash":
                return "+212 " + n[1:4] + "-" + n[4:]
            if style == "intl_pairs":
                return "+212 " + n[1] + " " + " ".join(pairs[1:])
            if style == "0212":
                return "00212" + n[1:]
            return " ".join(pairs)
        style = style or pick(["sp", "sp", "sp", "dot", "compact", "intl", "intl0", "0033", "dash"])
        if style == "sp":
            return " ".join(pairs)
        if style == "dot":
            return ".".join(pairs)
        if style == "dash":
            return "-".join(pairs)
        if style == "compact":
            return n
        if style == "intl":
            return "+33 " + n[1] + " " + " ".join(pairs[1:])
        if style == "intl0":
            return "+33 (0)" + n[1] + " " + " ".join(pairs[1:])
        if style == "0033":
            return "0033 " + n[1] + " " + " ".join(pairs[1:])
        return n

    def spoken(self, style=None, filler=False, correction=False):
        """Returns (text, rendering) with rendering 's' or 'm' (partly digits)."""
        n = self.nat
        pairs = [n[i:i + 2] for i in range(0, 10, 2)]
        style = style or pick(["pairs"] * 5 + ["digits"] * 2 + ["mixed", "nohyph", "first_digits"])
        r = "s"
        if self.kind == "ma_mob" and chance(0.6):
            # Moroccan numbers are often grouped 6 61 23 45 67: keep pairs after the first digit
            words = ["plus deux cent douze", DIG[int(n[1])]] + [say_pair(n[i:i + 2]) for i in range(2, 10, 2)]
        elif style == "digits":
            words = [DIG[int(c)] for c in n]
        elif style == "first_digits":
            words = [DIG[int(n[0])], DIG[int(n[1])]] + [say_pair(p) for p in pairs[1:]]
        elif style == "mixed":
            words = [p if i % 2 == 0 else say_pair(p) for i, p in enumerate(pairs)]
            r = "m"
        else:
            words = [say_pair(p) for p in pairs]
            if style == "nohyph":
                words = [drop_hyphens(w) for w in words]
        if correction and len(words) >= 5:
            i = R.randint(2, len(words) - 2)
            wrong = say_pair(f"{(int(pairs[min(i, 4)]) + R.randint(1, 9)) % 100:02d}") if style != "digits" else DIG[(int(n[i]) + 3) % 10]
            if r == "m" and i % 2 == 0:
                wrong = f"{(int(pairs[min(i, 4)]) + 2) % 100:02d}"
            words = words[:i] + [wrong, pick(["non pardon", "non", "pardon", "euh non"])] + words[i:]
        if filler:
            i = R.randint(1, len(words) - 1)
            words = words[:i] + [pick(FILLERS[:4])] + words[i:]
        return " ".join(words), r


# --------------------------------------------------------------------------- e-mail addresses
DOMAINS_FR = ["gmail.com", "gmail.com", "gmail.com", "hotmail.fr", "hotmail.com", "yahoo.fr", "orange.fr", "free.fr",
              "sfr.fr", "laposte.net", "outlook.fr", "wanadoo.fr", "icloud.com", "live.fr", "neuf.fr"]
DOMAINS_MA = ["gmail.com", "gmail.com", "hotmail.com", "menara.ma", "yahoo.fr", "outlook.com"]


def slug(s):
    return strip_accents(s).lower().replace("'", "").replace(" ", "")


class Email:
    def __init__(self, p, domain=None):
        f, l = slug(p.first.split()[0]).replace("-", ""), slug(p.last)
        f1 = f[0]
        yr = str(R.randint(60, 99)) if chance(0.5) else str(R.randint(1, 99))
        local = pick([f"{f}.{l}", f"{f}.{l}", f"{f}{l}", f"{f1}.{l}", f"{l}.{f}", f"{f}_{l}", f"{f}-{l}",
                      f"{f}.{l}{yr}", f"{f1}{l}{yr}", f"{f}{yr}", f"{l}_{f1}", f"{f}.{l[0]}"])
        self.local = local
        self.domain = domain or pick(DOMAINS_MA if p.origin == "mag" and chance(0.5) else DOMAINS_FR)
        self.addr = f"{local}@{self.domain}"

    def written(self):
        if chance(0.06):
            return self.addr[0].upper() + self.addr[1:]   # capitalised by a phone keyboard
        return self.addr

    def spoken(self):
        import re
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", self.local):
            if tok == ".":
                out.append("point")
            elif tok == "_":
                out.append(pick(["underscore", "tiret du bas", "tiret bas"]))
            elif tok == "-":
                out.append(pick(["tiret", "tiret du six"]))
            elif tok.isdigit():
                out.append(nw(tok) if tok[0] != "0" and chance(0.6) else say_digits(tok))
            else:
                out.append(tok)
        s = " ".join(out)
        at = pick(["arobase"] * 5 + ["arrobase", "a robase", "at"])
        dom = self.domain.split(".")
        dname = {"gmail": pick(["gmail", "gmail", "g mail"]), "hotmail": pick(["hotmail", "hot mail"]),
                 "laposte": pick(["laposte", "la poste"]), "icloud": pick(["icloud", "i cloud"])}.get(dom[0], dom[0])
        dname = dname.replace("-", " tiret ")
        tld = {"com": pick(["com", "com", "comme"]), "fr": pick(["fr", "f r"]), "net": "net", "ma": "m a"}[dom[1]]
        return f"{s} {at} {dname} point {tld}"


# --------------------------------------------------------------------------- postal addresses
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("75015", "Paris"), ("69003", "Lyon"), ("69008", "Lyon"),
             ("13008", "Marseille"), ("13015", "Marseille"), ("31000", "Toulouse"), ("31500", "Toulouse"),
             ("59000", "Lille"), ("59100", "Roubaix"), ("44000", "Nantes"), ("33000", "Bordeaux"),
             ("33700", "Mérignac"), ("67000", "Strasbourg"), ("34000", "Montpellier"), ("06000", "Nice"),
             ("35000", "Rennes"), ("93200", "Saint-Denis"), ("94000", "Créteil"), ("92100", "Boulogne-Billancourt"),
             ("38000", "Grenoble"), ("76600", "Le Havre"), ("51100", "Reims"), ("42000", "Saint-Étienne"),
             ("83000", "Toulon"), ("49000", "Angers"), ("63000", "Clermont-Ferrand"), ("87000", "Limoges"),
             ("80000", "Amiens"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"), ("95100", "Argenteuil"),
             ("91000", "Évry-Courcouronnes"), ("57000", "Metz"), ("21000", "Dijon"), ("37000", "Tours"),
             ("29200", "Brest"), ("64100", "Bayonne"), ("68100", "Mulhouse"), ("45000", "Orléans"),
             ("14000", "Caen"), ("72000", "Le Mans"), ("86000", "Poitiers"), ("25000", "Besançon"),
             ("93140", "Bondy"), ("78200", "Mantes-la-Jolie"), ("60100", "Creil"), ("74000", "Annecy"),
             ("30000", "Nîmes"), ("66000", "Perpignan"), ("62300", "Lens"), ("26000", "Valence")]
STREET_TYPES = ["rue"] * 8 + ["avenue"] * 3 + ["boulevard"] * 2 + ["allée", "impasse", "chemin", "place", "route",
                                                                   "quai", "cours", "square"]
STREET_NAMES = ["des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle", "Pasteur",
                "des Acacias", "de la Gare", "du Moulin", "des Écoles", "Gambetta", "Voltaire", "de Verdun",
                "des Tilleuls", "Saint-Exupéry", "Émile Zola", "Anatole France", "des Mimosas", "de l'Église",
                "Paul Vaillant-Couturier", "Aristide Briand", "Henri Barbusse", "de la Liberté", "des Roses",
                "du Maréchal Foch", "Jules Ferry", "de Stalingrad", "des Peupliers", "Nationale", "de Paris",
                "du Stade", "Pierre Brossolette", "Lamartine", "des Cerisiers", "Marcel Cachin", "Carnot"]
RESIDENCES = ["Les Cèdres", "Les Jardins de Flore", "Le Parc", "Les Hauts de Seine", "Bellevue", "Les Pins",
              "Le Clos Fleuri", "Les Terrasses", "Val Fleuri"]
MA_CITIES = [("10100", "Rabat"), ("20250", "Casablanca"), ("20570", "Casablanca"), ("20000", "Casablanca"),
             ("40000", "Marrakech"), ("30050", "Fès"), ("90000", "Tanger"), ("80000", "Agadir"), ("11000", "Salé"),
             ("50000", "Meknès"), ("60000", "Oujda"), ("14000", "Kénitra"), ("26100", "Berrechid")]
MA_HAYS = ["Hay Riad", "Hay Mohammadi", "Hay Salam", "Hay Hassani", "Hay Al Qods", "Hay Karima", "Hay Nahda",
           "Hay El Fath"]
MA_LOTS = ["Lotissement Al Wahda", "Lot Al Massira", "Lotissement Annakhil", "Lot Essaada"]
MA_STREETS = ["bd Zerktouni", "bd Abdelmoumen", "avenue Hassan II", "avenue Mohammed V", "rue Ibn Battouta",
              "bd Al Qods", "avenue des FAR", "rue Moulay Ismail"]


class Address:
    """An address kept as parts so that it can be written or said."""

    def __init__(self, country=None):
        self.country = country or ("MA" if chance(0.14) else "FR")
        if self.country == "FR":
            self.num = str(R.choice([R.randint(1, 30), R.randint(1, 30), R.randint(1, 160)]))
            self.suffix = pick(["", "", "", "", "", " bis", " ter", " B"])
            self.stype = pick(STREET_TYPES)
            self.sname = pick(STREET_NAMES) if chance(0.75) else FK.street_name().split(" ", 1)[1]
            self.extra = ""
            if chance(0.28):
                self.extra = pick([f"bâtiment {pick('ABCDE')}", f"bât. {pick('ABCD')}", f"appartement {R.randint(1, 80)}",
                                   f"résidence {pick(RESIDENCES)}", f"escalier {R.randint(1, 4)}",
                                   f"résidence {pick(RESIDENCES)}, bât. {pick('ABC')}"])
            self.cp, self.city = pick(FR_CITIES)
        else:
            self.cp, self.city = pick(MA_CITIES)
            self.kind = pick(["hay", "lot", "res", "street"])
            self.hay = pick(MA_HAYS)
            self.n = str(R.randint(1, 250))
            self.appt = str(R.randint(1, 40))
            self.imm = str(R.randint(1, 60))
            self.lot = pick(MA_LOTS)
            self.res = pick(["Al Amal", "Al Andalous", "Les Jardins d'Anfa", "Nour", "Yasmine", "Al Manar"])
            self.street = pick(MA_STREETS)
            self.secteur = str(R.randint(1, 25))

    def street_written(self):
        if self.country == "FR":
            s = f"{self.num}{self.suffix} {self.stype} {self.sname}"
            if self.extra:
                s = pick([f"{s}, {self.extra}", f"{self.extra}, {s}"])
            return s
        k = self.kind
        if k == "hay":
            return pick([f"{self.hay}, secteur {self.secteur}, n° {self.n}", f"{self.hay}, rue {self.secteur} n° {self.n}",
                         f"N° {self.n}, {self.hay}"])
        if k == "lot":
            return pick([f"{self.lot}, lot {self.n}", f"Lot {self.n}, {self.lot}"])
        if k == "res":
            return pick([f"Résidence {self.res}, imm {self.imm}, appt {self.appt}, {self.street}",
                         f"Appt {self.appt}, imm {self.imm}, Résidence {self.res}"])
        return f"{self.n}, {self.street}, appt {self.appt}"

    def written(self, with_city=True, upper=False):
        s = self.street_written()
        if with_city:
            if self.country == "FR":
                s += pick([", ", " ", " - ", ", "]) + f"{self.cp} {self.city.upper() if upper else self.city}"
            else:
                s += ", " + pick([f"{self.cp} {self.city}", self.city])
        return s.upper() if upper else s

    def spoken(self, with_city=True, cp_style=None):
        if self.country == "FR":
            num = nw(self.num) if chance(0.75) else self.num
            s = f"{num}{self.suffix.lower()} {self.stype} {self.sname.lower()}"
            if self.extra:
                ex = self.extra.lower().replace("bât.", "bâtiment")
                ex = " ".join(nw(w) if w.isdigit() else w for w in ex.replace(",", "").split())
                s = f"{s} {ex}" if chance(0.5) else f"{ex} {s}"
            if with_city:
                cp_style = cp_style or pick(["thousand", "pairs", "digits_tail"])
                cp = self.cp
                if cp_style == "thousand":
                    cps = nw(cp) if cp[0] != "0" else "zéro " + nw(cp[1:])
                elif cp_style == "pairs":
                    cps = say_pair(cp[:2]) + " " + say_group(cp[2:])
                else:
                    cps = say_pair(cp[:2]) + " " + say_digits(cp[2:])
                s += f" {cps} {self.city.lower()}"
            return s
        k = self.kind
        if k == "hay":
            s = f"{self.hay.lower()} secteur {nw(self.secteur)} numéro {nw(self.n)}"
        elif k == "lot":
            s = f"{self.lot.lower()} lot numéro {nw(self.n)}"
        elif k == "res":
            s = f"résidence {self.res.lower()} immeuble {nw(self.imm)} appartement {nw(self.appt)}"
        else:
            s = f"{nw(self.n)} {self.street.lower().replace('bd', 'boulevard')} appartement {nw(self.appt)}"
        if with_city:
            s += f" {self.city.lower()}"
        return s


# --------------------------------------------------------------------------- NIR, DOB
FOREIGN_COUNTRY = {"mag": ["350", "350", "352", "351"], "waf": ["341", "335", "326"], "pt": ["139"],
                   "es": ["134"], "it": ["127"], "vn": ["243"], "tr": ["208"], "pl": ["122"]}


class Birth:
    def __init__(self, year=None):
        self.y = year or R.randint(1942, 2005)
        self.m = R.randint(1, 12)
        self.d = R.randint(1, 28 if self.m == 2 else 30)

    def written(self, style=None):
        style = style or pick(["slash"] * 5 + ["long", "long", "dot", "dash", "short"])
        if style == "slash":
            return f"{self.d:02d}/{self.m:02d}/{self.y}"
        if style == "dot":
            return f"{self.d:02d}.{self.m:02d}.{self.y}"
        if style == "dash":
            return f"{self.d:02d}-{self.m:02d}-{self.y}"
        if style == "short":
            return f"{self.d:02d}/{self.m:02d}/{self.y % 100:02d}"
        day = "1er" if self.d == 1 else str(self.d)
        return f"{day} {MONTHS[self.m - 1]} {self.y}"

    def spoken(self, style=None):
        style = style or pick(["full", "full", "short_year", "numeric", "dixneuf"])
        day = "premier" if self.d == 1 else nw(self.d)
        if style == "numeric":
            return f"{day} {say_pair(f'{self.m:02d}')} {nw(self.y % 100) if self.y % 100 >= 10 else say_pair(f'{self.y % 100:02d}')}"
        if style == "short_year" and self.y < 2000:
            return f"{day} {MONTHS[self.m - 1]} {nw(self.y % 100)}"
        if style == "dixneuf" and self.y < 2000:
            return f"{day} {MONTHS[self.m - 1]} dix-neuf cent {nw(self.y % 100)}"
        return f"{day} {MONTHS[self.m - 1]} {nw(self.y)}"


class NIR:
    def __init__(self, p=None, birth=None):
        sex = "2" if (p and p.gender == "F") or (p is None and chance(0.5)) else "1"
        b = birth or Birth()
        origin = p.origin if p else "fr"
        r = R.random()
        if origin in FOREIGN_COUNTRY and origin != "fr" and r < 0.6:
            dept, commune = "99", pick(FOREIGN_COUNTRY[origin])
        elif r < 0.06:
            dept, commune = pick(["2A", "2B"]), f"{R.randint(1, 366):03d}"
        elif r < 0.12:
            dept, commune = pick(["971", "972", "974"]), f"{R.randint(1, 34):02d}"
        else:
            dept, commune = f"{pick([R.randint(1, 95), 75, 93, 13, 69, 59])}", f"{R.randint(1, 600):03d}"
            if dept == "20":
                dept = "21"
            dept = f"{int(dept):02d}"
        order = f"{R.randint(1, 999):03d}"
        self.parts = [sex, f"{b.y % 100:02d}", f"{b.m:02d}", dept, commune, order]
        body = "".join(self.parts)
        assert len(body) == 13
        self.key = f"{nir_key(body):02d}"
        self.body = body

    def written(self, style=None):
        style = style or pick(["spaced", "spaced", "compact", "compact_key", "dots"])
        if style == "spaced":
            return " ".join(self.parts + [self.key])
        if style == "compact":
            return self.body + self.key
        if style == "compact_key":
            return self.body + " " + self.key
        return ".".join(self.parts) + "-" + self.key

    def spoken(self, key_word=True):
        sex, yy, mm, dept, commune, order = self.parts
        words = [DIG[int(sex)], say_pair(yy), say_pair(mm)]
        if dept in ("2A", "2B"):
            words.append("deux " + dept[1].lower())
        elif len(dept) == 3:
            words.append(nw(dept))
        else:
            words.append(say_pair(dept))
        words.append(say_group(commune))
        words.append(say_group(order))
        key = say_pair(self.key)
        words.append(("clé " + key) if key_word else key)
        return " ".join(words)


# --------------------------------------------------------------------------- cards, CIN, ids, secrets, IPs
class Card:
    def __init__(self):
        kind = pick(["visa"] * 6 + ["mc"] * 3 + ["amex"])
        if kind == "visa":
            self.num = luhn_complete(pick(["4970", "4974", "4561", "4132", "4990", "4539"]), 16)
        elif kind == "mc":
            self.num = luhn_complete(pick(["5132", "5412", "5577", "2221", "5290"]), 16)
        else:
            self.num = luhn_complete(pick(["34", "37"]), 15)
        assert luhn_ok(self.num)
        self.exp = f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"

    def written(self, style=None):
        n = self.num
        if len(n) == 15:
            return pick([f"{n[:4]} {n[4:10]} {n[10:]}", n])
        style = style or pick(["g4", "g4", "g4", "compact", "dash"])
        if style == "g4":
            return group4(n)
        if style == "dash":
            return "-".join(n[i:i + 4] for i in range(0, 16, 4))
        return n

    def spoken(self, style=None):
        n = self.num
        style = style or pick(["pairs", "pairs", "digits", "groups"])
        if style == "digits":
            return say_digits(n)
        if style == "groups" and len(n) == 16:
            # a group starting with 1 is read in pairs: '… soixante-trois mille quatre cent…' would be ambiguous
            return " ".join(say_pairs(g) if g[0] == "1" else say_group(g) for g in (n[i:i + 4] for i in range(0, 16, 4)))
        return say_pairs(n) if len(n) % 2 == 0 else say_pairs(n[:-1]) + " " + DIG[int(n[-1])]


CIN_PREFIX = ["A", "AB", "AD", "AE", "BE", "BH", "BJ", "BK", "C", "CD", "D", "DA", "E", "EE", "F", "G", "H", "HH",
              "I", "J", "JA", "JB", "JC", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "U", "UA", "V", "W", "X", "Y",
              "Z", "ZG"]


class CIN:
    def __init__(self):
        self.pre = pick(CIN_PREFIX)
        self.num = str(R.randint(10000, 999999)) if len(self.pre) == 1 else str(R.randint(1000, 999999))

    def written(self):
        return pick([f"{self.pre}{self.num}"] * 4 + [f"{self.pre} {self.num}", f"{self.pre.lower()}{self.num}"])

    def spoken(self):
        letters = " ".join(self.pre.lower())
        if chance(0.5):
            return f"{letters} {say_digits(self.num)}"
        n = self.num
        return f"{letters} {say_pairs(n) if len(n) % 2 == 0 else DIG[int(n[0])] + ' ' + say_pairs(n[1:])}"


def ip_v4():
    first = pick([82, 90, 86, 78, 88, 109, 176, 92, 2, 37, 105, 41, 196, 160])
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip_v6():
    return f"2a01:{pick(['e0a', 'cb00', 'cb19', '8b81'])}:{R.randint(1, 0xfff):x}:{R.randint(0x1000, 0xffff):x}::{R.randint(1, 0xff):x}"


def say_ip(ip):
    return " point ".join(nw(x) for x in ip.split("."))


class CustId:
    """Customer, contract, policy, member, line and meter-point numbers."""
    KINDS = ["client", "contrat", "pdl", "pce", "police", "societaire", "compte", "fbx", "adherent", "dossier_client"]

    def __init__(self, kind=None):
        self.kind = kind or pick(self.KINDS)
        k = self.kind
        if k == "client":
            self.val = pick([digits(10), digits(8), "1" + digits(9)])
            self.label = pick(["numéro client", "n° client", "référence client", "N° de client"])
        elif k == "contrat":
            self.val = pick(["3000" + digits(8), "C" + digits(9), digits(12)])
            self.label = pick(["numéro de contrat", "n° de contrat", "contrat n°", "référence contrat"])
        elif k == "pdl":
            self.val = pick(["0", "1", "2"]) + digits(13)
            self.label = pick(["PDL", "point de livraison", "numéro de PDL", "PRM"])
        elif k == "pce":
            self.val = pick(["GI" + digits(6), digits(14)])
            self.label = pick(["PCE", "point de comptage", "numéro PCE"])
        elif k == "police":
            self.val = pick([f"{digits(4)} {digits(4)} {digits(2)}", f"AX{digits(8)}", f"{digits(7)} {pick('ABCDEFK')}",
                             f"P-{digits(9)}"])
            self.label = pick(["numéro de police", "contrat d'assurance n°", "police n°", "n° de contrat"])
        elif k == "societaire":
            self.val = f"{digits(7)}{pick('ABCDEFGHJKLMNPRST')}"
            self.label = pick(["numéro de sociétaire", "n° sociétaire"])
        elif k == "compte":
            self.val = pick([digits(11), "0" + digits(10)])
            self.label = pick(["numéro de compte client", "identifiant de connexion", "identifiant client"])
        elif k == "fbx":
            self.val = pick(["fbx" + digits(8), "0" + digits(9)])
            self.label = pick(["identifiant", "login", "identifiant Freebox"])
        elif k == "adherent":
            self.val = digits(9)
            self.label = pick(["numéro d'adhérent", "n° adhérent", "numéro de mutuelle"])
        else:
            self.val = pick([f"{digits(3)} {digits(3)} {digits(3)}", digits(9)])
            self.label = pick(["numéro de dossier client", "numéro de compte"])

    def written(self):
        v = self.val
        if self.kind == "pdl" and chance(0.3):
            return f"{v[:2]} {v[2:6]} {v[6:10]} {v[10:]}"
        return v

    def spoken(self):
        v = self.val.replace(" ", "").replace("-", "")
        if v[:2].isalpha():
            head = " ".join(c for c in v if c.isalpha()).lower()
            rest = "".join(c for c in v if c.isdigit())
        elif v[0].isalpha():
            head, rest = v[0].lower(), v[1:]
        else:
            head, rest = "", v
        tail = rest[-1] if rest[-1].isalpha() else ""
        rest = rest[:-1] if tail else rest
        body = pick([say_digits(rest), say_pairs(rest) if len(rest) % 2 == 0 else say_digits(rest[:1]) + " " + say_pairs(rest[1:])])
        return " ".join(x for x in [head, body, tail.lower()] if x)


PASSWORDS = ["Soleil2024!", "Marseille13", "Lucas2012", "Azerty123!", "Chouchou75", "Inès*2019", "Nour2010",
             "Papillon#7", "Bouboule92", "Casa2023!", "Printemps24", "Mimi1985", "Doudou!93", "Tigrou2015",
             "Kenza2016", "Xk7pQ2mz", "Vacances2023", "Liberte#01"]


def secret(kind=None):
    """Returns (context words, value written, value spoken)."""
    kind = kind or pick(["pin", "pin", "sms", "door", "pwd", "pwd", "code_conf", "vocal"])
    if kind == "pin":
        v = digits(4)
        return kind, v, say_digits(v)
    if kind == "code_conf":
        v = digits(6)
        return kind, v, say_digits(v)
    if kind == "sms":
        v = digits(6)
        return kind, v, pick([say_digits(v), say_pairs(v)])
    if kind == "vocal":
        v = digits(4)
        return kind, v, say_digits(v)
    if kind == "door":
        v = pick([digits(4), digits(4) + pick("AB"), pick("AB") + digits(4), digits(3) + pick("AB") ])
        return kind, v, say_digits(v)
    pw = pick(PASSWORDS)
    sp = []
    import re
    for tok in re.findall(r"[A-Za-zÀ-ÿ]+|\d+|[^A-Za-zÀ-ÿ\d]", pw):
        if tok.isdigit():
            sp.append(nw(tok) if len(tok) == 4 and chance(0.6) else say_digits(tok))
        elif tok.isalpha():
            if tok.lower() == "xk" or len(tok) <= 2:
                sp.append(" ".join(tok.lower()))
            else:
                sp.append(("majuscule " + tok.lower()) if tok[0].isupper() and chance(0.4) else tok.lower())
        else:
            sp.append({"!": "point d'exclamation", "#": "dièse", "*": "étoile"}.get(tok, tok))
    return kind, pw, " ".join(sp)


# --------------------------------------------------------------------------- utterance builder
TYPOS = [("je voudrais", "je voudrai"), ("s'il vous plaît", "svp"), ("s'il vous plait", "svp"), ("bonjour", "bjr"),
         ("j'ai", "jai"), ("c'est", "cest"), ("problème", "probleme"), ("rappeler", "rapeler"),
         ("depuis", "depuis"), ("téléphone", "telephone"), ("numéro", "numero"), ("d'avance", "d'avence"),
         ("prélèvement", "prelevement"), ("je n'arrive", "j'arrive"), ("Merci", "Mrc"), ("pourquoi", "pk"),
         ("vous", "vs"), ("rendez-vous", "rdv"), ("aujourd'hui", "aujourdhui"), ("message", "mesage")]
STT_NOISE = [("mon compte", "mon conte"), ("linky", "linki"), ("gazpar", "gaz par"), ("edf", "e d f"),
             ("freebox", "free box"), ("livebox", "live box"), ("sfr", "s f r"), ("c'est", "s'est"),
             ("prélèvement", "prélèvements"), ("résilier", "résilié"), ("facture", "facture"), ("et", "est"),
             ("compteur", "conteur"), ("engie", "en gis"), ("axa", "axe a"), ("maif", "ma if"),
             ("mensualisation", "mensualisations"), ("appelle", "appel"), ("ça", "sa")]


NUM_VOCAB = set(DIG) | {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
                          "quarante", "cinquante", "soixante", "cent", "cents", "mille", "et"}


def starts_with_number(val):
    first = val.split()[0].strip(",").lower()
    if first[0].isdigit() or first in ("bâtiment", "bât.", "lot", "lotissement", "n°", "numéro", "immeuble"):
        return True
    return all(w in NUM_VOCAB for w in first.split("-"))


def address_preposition(prev, val):
    """'j'habite au 12 rue…' but 'j'habite à la résidence…', 'à Hay Riad…', 'à l'adresse appartement 4, …'."""
    if starts_with_number(val):
        return prev
    first = val.split()[0].strip(",").lower()
    for art in ("au ", "le "):
        if prev.endswith(" " + art) or prev == art:
            new = {"résidence": "à la ", "hay": "à "}.get(first, "à l'adresse ")
            return prev[: len(prev) - len(art)] + new
    return prev


class U:
    """Assembles one utterance; spans are recorded as the pieces are appended."""

    def __init__(self, channel, typos=0.0, noise=0.0):
        self.channel = channel            # written | stt | whisper
        self.buf, self.n, self.spans = [], 0, []
        self.typos, self.noise = typos, noise

    def _prep(self, s):
        if self.channel == "stt":
            s = s.lower()
            if self.noise:
                for a, b in STT_NOISE:
                    if f" {a} " in f" {s} " and chance(self.noise):
                        s = f" {s} ".replace(f" {a} ", f" {b} ", 1)[1:-1]
        elif self.typos:
            for a, b in TYPOS:
                if a in s and chance(self.typos):
                    s = s.replace(a, b, 1)
        return s

    def t(self, *xs):
        for x in xs:
            x = self._prep(x)
            self.buf.append(x)
            self.n += len(x)
        return self

    def v(self, typ, val, r=None):
        if self.channel == "stt":
            low = val.lower()
            assert len(low) == len(val)
            val = low
            if r is None:
                r = "m" if any(c.isdigit() for c in val) else "s"
        r = r or "w"
        if typ == "ADDRESS" and self.buf:
            new = address_preposition(self.buf[-1], val)
            self.n += len(new) - len(self.buf[-1])
            self.buf[-1] = new
        # elision before a vowel-initial name: 'de Isabelle' -> 'd'Isabelle'
        if typ == "PERSON" and self.buf and self.buf[-1].endswith(("de ", "De ")) \
                and strip_accents(val[:1]).upper() in "AEIOUY" and self.buf[-1][-4:-3] in (" ", "") :
            self.buf[-1] = self.buf[-1][:-3] + ("d'" if self.buf[-1][-3] == "d" else "D'")
            self.n -= 1
        assert val and val == val.strip(), val
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "value": val, "r": r})
        self.buf.append(val)
        self.n += len(val)
        return self

    def text(self):
        return "".join(self.buf)


def form_of(spans):
    rs = {s["r"] for s in spans}
    if not rs:
        return "none"
    if rs == {"w"}:
        return "written"
    if rs == {"s"}:
        return "spoken"
    return "mixed"


# --------------------------------------------------------------------------- shared context material
ENERGY = ["EDF", "EDF", "Engie", "Engie", "TotalEnergies", "Ekwateur", "Eni", "Mint Énergie", "Octopus Energy"]
INSUR = ["MAIF", "AXA", "MACIF", "Groupama", "Allianz", "Matmut", "MMA", "GMF"]
TELCO = ["Orange", "SFR", "Bouygues Telecom", "Free", "Sosh", "RED by SFR"]
BANK = ["Crédit Agricole", "BNP Paribas", "Société Générale", "La Banque Postale", "Caisse d'Épargne", "LCL",
        "Crédit Mutuel", "Boursorama", "Banque Populaire"]
MA_CO = ["Maroc Telecom", "inwi", "Orange Maroc", "Lydec", "Attijariwafa bank", "CIH Bank", "Wafa Assurance",
         "Bank of Africa"]
HOTLINES = [("EDF", "09 69 32 15 15"), ("Engie", "09 69 324 324"), ("Orange", "3900"), ("SFR", "1023"),
            ("Bouygues Telecom", "1064"), ("Free", "3244"), ("La Banque Postale", "3639"),
            ("GRDF (urgence sécurité gaz)", "0 800 47 33 33")]
AGENTS_F = ["Sandrine", "Julie", "Inès", "Sarah", "Nadia", "Laura", "Kenza", "Océane", "Meryem", "Audrey", "Salma",
            "Émilie", "Houda", "Jessica", "Lina"]
AGENTS_M = ["Kevin", "Mehdi", "Thomas", "Yanis", "Anthony", "Youssef", "Nicolas", "Hamza", "Julien", "Adrien",
            "Reda", "Florent", "Amine"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]


def agent_first():
    return pick(AGENTS_F + AGENTS_M)


def amount():
    v = R.choice([R.randint(12, 95), R.randint(40, 260), R.randint(150, 1900)])
    c = R.randint(0, 99)
    return pick([f"{v},{c:02d} €", f"{v},{c:02d}€", f"{v} €", f"{v} euros", f"{v},{c:02d} euros"])


def amount_spoken():
    v = R.randint(12, 900)
    c = R.randint(1, 99)
    return pick([f"{nw(v)} euros", f"{nw(v)} euros {nw(c)}", f"{nw(v)} euros et {nw(c)} centimes"])


def bill_date():
    m = R.randint(1, 12)
    y = pick([2023, 2024, 2024, 2025])
    return pick([f"{R.randint(1, 28):02d}/{m:02d}/{y}", f"{MONTHS[m - 1]} {y}", f"{R.randint(1, 28)} {MONTHS[m - 1]}",
                 f"{m:02d}/{y}"])


def appt():
    return pick([f"{pick(WEEKDAYS)} {R.randint(2, 28)} {pick(MONTHS)} entre {pick(['8h et 12h', '8h et 13h', '13h et 17h', '14h et 18h', '10h et 12h'])}",
                 f"le {R.randint(2, 28):02d}/{R.randint(1, 12):02d} à {R.randint(8, 17)}h{pick(['', '30'])}",
                 f"{pick(WEEKDAYS)} prochain dans la matinée"])


def bill_ref():
    """A bill date with its preposition: 'du 12/03/2024', 'de mars 2024'."""
    m, y = R.randint(1, 12), pick([2023, 2024, 2024, 2025])
    return pick([f"du {R.randint(1, 28):02d}/{m:02d}/{y}", f"de {MONTHS[m - 1]} {y}", f"du mois de {MONTHS[m - 1]}",
                 f"de {MONTHS[m - 1]}"]).replace("de a", "d'a").replace("de o", "d'o")


def on_date():
    """An event date (not a date of birth), with its article."""
    m, d = R.randint(1, 12), R.randint(1, 28)
    return pick([f"le {d:02d}/{m:02d}/{pick([2024, 2025])}", f"le {d} {MONTHS[m - 1]}", f"le {d} {MONTHS[m - 1]} 2024",
                 f"le {d:02d}/{m:02d}"])


def de(name):
    """'de' with elision before a vowel."""
    return "d'" if strip_accents(name[:1]).upper() in "AEIOUY" else "de "


def meter():
    return f"{R.randint(1, 99)} {R.randint(0, 999):03d}"


def title_w(p, formal=False):
    if p.gender == "F":
        return pick(["Mme", "Mme", "Madame", "madame"] + ([] if formal else ["Mme"]))
    return pick(["M.", "M.", "Monsieur", "monsieur", "Mr"])


def put_name(u, p, style=None, lead=""):
    """Appends a mention of p; any title goes outside the span."""
    style = style or pick(["full", "full", "crm", "title_last", "title_full", "first"])
    if style == "title_last":
        u.t(lead + title_w(p) + " ").v("PERSON", p.last.upper() if chance(0.3) else p.last)
    elif style == "title_full":
        u.t(lead + title_w(p) + " ").v("PERSON", pick([p.full(), p.crm()]))
    elif style == "crm":
        u.t(lead).v("PERSON", p.crm())
    elif style == "first":
        u.t(lead).v("PERSON", p.first)
    elif style == "initial":
        u.t(lead).v("PERSON", p.initial_last())
    elif style == "lower":
        u.t(lead).v("PERSON", p.lower_full())
    else:
        u.t(lead).v("PERSON", p.full())
    return u


# --------------------------------------------------------------------------- written material (chat, forms, mail, SMS, CRM)
def w_chat_move(u):
    p, a, ph = person(), Address("FR"), Phone()
    co = pick(ENERGY)
    u.t(pick(["Bonjour, ", "Bonjour ", "Bonsoir, "]))
    u.t(pick(["je m'appelle ", "je suis ", "ici "]))
    put_name(u, p, pick(["full", "full", "crm"]))
    u.t(f" et je déménage le {R.randint(1, 28)} {pick(MONTHS)}. Je voudrais transférer mon contrat {co} au ")
    u.v("ADDRESS", a.written())
    u.t(pick([". Vous pouvez me joindre au ", ". Mon numéro : ", ". Tel : ", ", joignable au "]))
    u.v("PHONE_NUMBER", ph.written())
    u.t(pick([". Merci d'avance", ". Cordialement", " merci", ""]))


def w_webform(u):
    p, ph, e, c = person(), Phone(), None, CustId(pick(["client", "contrat", "pdl", "police", "societaire"]))
    e = Email(p)
    sector = pick(["énergie", "assurance", "télécom"])
    u.t("Formulaire de contact\nCivilité : ", "Madame" if p.gender == "F" else "Monsieur", "\nNom : ")
    u.v("PERSON", p.last.upper() if chance(0.6) else p.last)
    u.t("\nPrénom : ").v("PERSON", p.first)
    u.t("\nE-mail : ").v("EMAIL_ADDRESS", e.written())
    u.t("\nTéléphone : ").v("PHONE_NUMBER", ph.written())
    if chance(0.8):
        u.t(f"\n{c.label[0].upper() + c.label[1:]} : ").v("CUSTOMER_ID", c.written())
    u.t("\nObjet : ", pick(["Réclamation", "Demande d'information", "Résiliation", "Facturation", "Autre"]))
    msg = {
        "énergie": [f"Bonjour, ma facture {bill_ref()} s'élève à {amount()}, c'est trois fois plus que d'habitude. Mon index relevé est {meter()} kWh. Merci de vérifier.",
                    "Bonjour, mon compteur Linky affiche un message d'erreur depuis la coupure de courant de vendredi. Pouvez-vous envoyer quelqu'un ?",
                    f"Je souhaite passer à l'option Heures Creuses et mensualiser à {amount()} par mois."],
        "assurance": [f"Bonjour, suite au dégât des eaux du {on_date()[3:]}, je n'ai toujours pas eu de retour de l'expert. Merci.",
                      "Je souhaite ajouter mon fils comme conducteur secondaire sur le contrat auto.",
                      f"On m'a prélevé {amount()} deux fois ce mois-ci, merci de rembourser."],
        "télécom": ["Ma box ne synchronise plus depuis trois jours, voyant rouge. J'ai déjà redémarré.",
                    f"Je conteste la facture de {amount()} pour des appels vers l'étranger que je n'ai pas passés.",
                    "Je voudrais la portabilité de mon numéro, merci de m'envoyer le RIO."],
    }[sector]
    u.t("\nMessage : ", pick(msg))


def w_email_claim(u):
    p = person()
    e, ph = Email(p), Phone()
    pol = CustId(pick(["police", "societaire", "contrat"]))
    third = person()
    co = pick(INSUR)
    u.t("De : ")
    if chance(0.7):
        u.v("PERSON", p.full()).t(" <").v("EMAIL_ADDRESS", e.written()).t(">")
    else:
        u.v("EMAIL_ADDRESS", e.written())
    u.t(f"\nÀ : sinistres@{slug(co)}.fr\nObjet : Déclaration de sinistre - {pol.label} ").v("CUSTOMER_ID", pol.written())
    u.t(f"\n\nBonjour,\n\nJe vous déclare un accrochage survenu {on_date()} sur le parking d'un supermarché. ")
    u.t("Le conducteur du véhicule adverse, ")
    put_name(u, third, pick(["title_full", "title_last", "full"]))
    u.t(", a reconnu ses torts et nous avons rempli un constat amiable (photo jointe). ")
    u.t(f"Les dégâts sont estimés à {amount()} par le garage.\n\nCordialement,\n")
    u.v("PERSON", pick([p.full(), p.full(), p.crm()]))
    u.t("\n").v("PHONE_NUMBER", ph.written())


def w_email_rib(u):
    p = person()
    iban = iban_any((("FR", 80), ("BE", 5), ("PT", 5), ("ES", 5), ("DE", 5)))
    c = CustId(pick(["client", "contrat", "adherent"]))
    co = pick(ENERGY + INSUR + TELCO)
    u.t(f"Objet : changement de coordonnées bancaires\n\nBonjour,\nJ'ai changé de banque, merci de prélever désormais mes échéances {co} sur le compte suivant :\n")
    u.t(pick(["IBAN : ", "IBAN ", "Nouvel IBAN : "]))
    u.v("IBAN_CODE", group4(iban) if chance(0.75) else iban)
    u.t(f"\nBIC : {pick(['AGRIFRPP882', 'BNPAFRPPXXX', 'SOGEFRPP', 'PSSTFRPPPAR', 'CEPAFRPP751', 'CMCIFR2A'])}\n")
    u.t(f"{c.label[0].upper() + c.label[1:]} : ").v("CUSTOMER_ID", c.written())
    u.t(f"\nL'ancien compte se terminant par {digits(4)} peut être supprimé.\n\n")
    u.t(pick(["Bien cordialement,\n", "Cordialement\n", "Merci,\n"]))
    u.v("PERSON", p.full())


def w_sms(u):
    p, ph = person(), Phone()
    u.typos = 0.6
    opener = pick(["Bonjour c'est ", "Bjr cest ", "Bonjour, ", "Slt c ", "Bonsoir c'est "])
    u.t(opener)
    put_name(u, p, pick(["first", "full", "first", "lower"]))
    u.t(pick([f" pour le rdv de {pick(WEEKDAYS)}, ", " pour le technicien, ", " suite à votre appel, "]))
    u.t(pick(["rappelez moi au ", "vous pouvez me rappeler au ", "mon nouveau numero c ", "joignable au "]))
    u.v("PHONE_NUMBER", ph.written(pick(["compact", "sp", "dot", None])))
    u.t(pick([" svp", " merci", " après 18h", " apres 17h svp", ""]))


def w_crm_call(u):
    p, ph = person(), Phone()
    c = CustId()
    agent = person(gender=pick("FM"))
    reason = pick([f"contestation facture {bill_date()} ({amount()})", "demande d'échéancier 3x",
                   "coupure programmée - demande de délai", "résiliation suite déménagement",
                   f"relance paiement {amount()}", "pb box - diag ligne OK", "sinistre bris de glace"])
    u.t(pick(["Appel entrant ", "Appel sortant ", "Contact tél. ", "Appel "]), pick(["- ", ": ", "de "]))
    u.t(title_w(p) + " ").v("PERSON", p.crm())
    u.t(f" ({c.label} ").v("CUSTOMER_ID", c.written()).t(f") - {reason}. ")
    u.t(pick(["Rappel souhaité au ", "Rappeler au ", "Joignable au ", "Nouveau tel : "]))
    u.v("PHONE_NUMBER", ph.written())
    u.t(pick([f" le {R.randint(1, 28):02d}/{R.randint(1, 12):02d} ", " demain ", " "]))
    u.t(pick(["entre 12h et 14h. ", "après 17h. ", "matin. "]))
    u.t("Agent : ").v("PERSON", pick([agent.initial_last(), agent.first + " " + agent.last[0] + ".", agent.full()]))


def w_ticket_box(u):
    p = person()
    ip = ip_v4() if chance(0.7) else ip_v6()
    line = Phone(pick(["fr_land", "fr_land", "fr_mob"]))
    box = pick(["Freebox Révolution", "Freebox Pop", "Livebox 6", "Livebox 5", "Bbox Must", "Box SFR 8"])
    u.t(f"[N2][{pick(['FTTH', 'ADSL', 'VDSL2', 'FTTH'])}] Titulaire : ").v("PERSON", p.crm())
    u.t(" | Ligne : ").v("PHONE_NUMBER", line.written(pick(["compact", "sp"])))
    u.t(f" | Équipement : {box} | IP publique : ").v("IP_ADDRESS", ip)
    u.t(f" | Sympt. : {pick(['perte de synchro', 'débit < 2 Mb/s', 'TV figée', 'VoIP KO', 'coupures le soir'])}")
    u.t(f" | Action : {pick(['reset à distance', 'ticket opérateur ouvert', 'envoi technicien', 'échange box'])}")
    u.t(f" | RDV tech : {appt()}")


def w_account_screen(u):
    p = person()
    b = Birth()
    a = Address()
    iban = iban_any()
    e = Email(p)
    c = CustId(pick(["client", "compte", "contrat"]))
    u.t("Fiche client\n")
    u.t("Titulaire : ", title_w(p, True) + " ").v("PERSON", p.crm())
    u.t("\nDate de naissance : ").v("DATE_OF_BIRTH", b.written(pick(["slash", "slash", "dot", "dash"])))
    u.t(f"\n{c.label[0].upper() + c.label[1:]} : ").v("CUSTOMER_ID", c.written())
    u.t("\nAdresse : ").v("ADDRESS", a.written(upper=chance(0.3)))
    u.t("\nE-mail : ").v("EMAIL_ADDRESS", e.written())
    u.t("\nIBAN : ").v("IBAN_CODE", group4(iban))
    u.t(f"\nCarte : **** **** **** {digits(4)} (exp. {R.randint(1, 12):02d}/{R.randint(25, 30)})")
    u.t(f"\nSegment : {pick(['Particulier', 'Premium', 'Jeune actif', 'Senior'])} – Agence : {pick(['Lyon Part-Dieu', 'Marseille Prado', 'Lille Centre', 'Nantes Graslin', 'Toulouse Capitole', 'Rennes'])}")


def w_chat_card(u):
    p, card = person(), Card()
    u.typos = 0.25
    u.t(pick(["Bonjour, ", "Re bonjour, ", "Bonjour "]))
    u.t(f"je voudrais régler ma facture de {amount()} par carte, le prélèvement a été rejeté. ")
    u.t("Voici ma carte : ").v("CREDIT_CARD", card.written())
    u.t(f" expiration {card.exp}")
    lead = pick([". Le titulaire c'est " + ("ma femme, " if p.gender == "F" else "mon mari, "), ". Carte au nom ",
                 ". Titulaire : "])
    style = pick(["full", "crm", "first"])
    if lead.endswith("nom "):
        lead += de(p.first if style != "crm" else p.last)
    u.t(lead)
    put_name(u, p, style)
    u.t(pick([".", " merci.", ""]))


def w_chat_nir(u):
    p = person()
    b = Birth()
    nir = NIR(p, b)
    co = pick(["ma mutuelle", "la complémentaire santé", "mon contrat santé", "la prévoyance"])
    u.t(f"Bonjour, je vous transmets les informations demandées pour {co} : ")
    put_name(u, p, pick(["title_full", "full", "crm"]))
    u.t(", né" + ("e" if p.gender == "F" else "") + " le ").v("DATE_OF_BIRTH", b.written())
    u.t(pick([", numéro de sécurité sociale ", ", n° de sécu : ", ", NIR ", ", numéro SS "]))
    u.v("FR_NIR", nir.written())
    u.t(f". La carte Vitale est bien à jour. Mon ancien contrat s'arrête fin {pick(MONTHS)}.")


def w_email_relative(u):
    child = person()
    parent = person(origin=child.origin if chance(0.7) else None)
    parent.last = child.last if chance(0.6) else parent.last
    b = Birth(R.randint(1935, 1955))
    ph = Phone()
    rel = pick([("ma mère", "F"), ("mon père", "M"), ("ma grand-mère", "F"), ("ma tante", "F"), ("mon oncle", "M")])
    elder = person(origin=parent.origin, gender=rel[1])
    elder.last = parent.last if chance(0.5) else elder.last
    co = pick(ENERGY + BANK + TELCO)
    u.t("Bonjour,\n\nJe vous écris au nom de ", rel[0], ", ")
    put_name(u, elder, pick(["title_full", "title_full", "title_last", "full"]))
    u.t(", née le " if rel[1] == "F" else ", né le ").v("DATE_OF_BIRTH", b.written())
    u.t(f", cliente {co} depuis des années. Elle est entrée en EHPAD et je souhaite résilier son contrat. " if rel[1] == "F"
        else f", client {co} depuis des années. Il est entré en EHPAD et je souhaite résilier son contrat. ")
    u.t("Vous pouvez me contacter au ").v("PHONE_NUMBER", ph.written()).t(".\n\nCordialement,\n")
    u.v("PERSON", child.full())


def w_ma_chat(u):
    p = person(origin="mag")
    cin, ph, a = CIN(), Phone("ma_mob"), Address("MA")
    co = pick(MA_CO)
    u.typos = 0.2
    u.t(pick(["Salam, bonjour. ", "Bonjour, ", "Bonsoir, "]))
    u.t(pick(["Je suis ", "Mon nom est ", "C'est "]))
    put_name(u, p, pick(["full", "crm"]))
    u.t(f", client {co}. ", pick(["Mon numéro de CIN : ", "CIN : ", "Ma carte nationale : "]))
    u.v("MA_CIN", cin.written())
    u.t(". J'habite au ").v("ADDRESS", a.written())
    u.t(pick([" et mon numéro est le ", ", téléphone : ", ", GSM "])).v("PHONE_NUMBER", ph.written())
    u.t(pick([f". La coupure dure depuis {R.randint(2, 6)} jours.", ". Je n'ai pas reçu ma facture.",
              f". On m'a facturé {R.randint(100, 900)} DH de trop."]))


def w_chat_reset(u):
    p = person()
    e = Email(p)
    k, sv, _ = secret(pick(["sms", "sms", "code_conf"]))
    u.typos = 0.3
    u.t("Client : je n'arrive plus à me connecter à mon espace client, j'ai reçu le code ").v("SECRET", sv)
    u.t(" par SMS mais il dit qu'il est expiré\n")
    ag = pick(AGENTS_F + AGENTS_M)
    u.t("Conseiller (").v("PERSON", ag).t(") : Je vais vous renvoyer un lien. Quelle est l'adresse e-mail du compte ?\n")
    u.t("Client : ").v("EMAIL_ADDRESS", e.written())
    if chance(0.5):
        u.t(", au nom " + de(p.first)).v("PERSON", p.full())
    else:
        u.t(", c'est le compte de ma femme ").v("PERSON", p.first if p.gender == "F" else person(gender="F").first)


def w_crm_door(u):
    p = person()
    a = Address("FR")
    _, door, _ = secret("door")
    ph = Phone("fr_mob")
    u.t(f"Intervention {pick(['Enedis', 'GRDF', 'technicien box', 'plombier mandaté', 'expert'])} {appt()} chez ")
    u.t(title_w(p) + " ").v("PERSON", pick([p.crm(), p.last.upper()]))
    u.t(" - ").v("ADDRESS", a.written())
    u.t(pick([" - digicode ", " - code porte ", " / digicode : ", " - code d'accès "])).v("SECRET", door)
    u.t(f", {pick(['3e', '2e', '5e', 'RDC'])} étage, {pick(['interphone HS', 'chien dans le jardin', 'sonner fort', 'accès par la cour'])}")
    u.t(" - tel ").v("PHONE_NUMBER", ph.written())


def w_chat_spelled(u):
    p = person(origin=pick(["waf", "mag", "pl", "tr", "vn"]))
    ph = Phone()
    u.t("Bonjour, mon nom est mal orthographié sur le contrat. C'est ")
    u.v("PERSON", p.last.upper())
    u.t(", ")
    spelled = "-".join(c for c in p.last.upper() if c != " ")
    u.t(pick(["je répète : ", "soit ", "lettre par lettre : "])).v("PERSON", spelled)
    u.t(", et le prénom c'est ").v("PERSON", p.first)
    u.t(". Merci de corriger, mon numéro : ").v("PHONE_NUMBER", ph.written())


def w_email_signature(u):
    p = person()
    e, ph, a = Email(p), Phone("fr_mob"), Address("FR")
    ph2 = Phone("fr_land")
    offer = pick(["Freebox Pop", "Livebox Fibre", "Bbox fit", "Vert Électrique d'EDF", "Tarif Bleu d'EDF", "Essentielle d'Engie",
                  "forfait Sosh 100 Go", "Power 5G de SFR"])
    ag = person()
    u.t(f"Bonjour,\n\nSuite à notre échange téléphonique avec votre {'conseillère' if ag.gender == 'F' else 'conseiller'} ")
    put_name(u, ag, pick(["first", "full"]))
    u.t(f", je vous confirme ma demande de résiliation de l'offre {offer} au {R.randint(1, 28)} {pick(MONTHS)}.\n\n")
    u.t(pick(["Cordialement,", "Bien à vous,", "Salutations distinguées,"]), "\n\n")
    u.v("PERSON", pick([p.full(), p.crm()]))
    u.t("\n").v("ADDRESS", a.written())
    u.t("\nPortable : ").v("PHONE_NUMBER", ph.written())
    if chance(0.4):
        u.t("\nFixe : ").v("PHONE_NUMBER", ph2.written())
    u.t("\n").v("EMAIL_ADDRESS", e.written())
    u.t("\nEnvoyé de mon iPhone" if chance(0.3) else "")


def w_agent_chat(u):
    ag = pick(AGENTS_F + AGENTS_M)
    p = person()
    c = CustId(pick(["pdl", "pce", "client", "contrat"]))
    co = pick(["EDF", "Engie", "TotalEnergies"])
    u.t("Bonjour, je suis ").v("PERSON", ag).t(f", conseiller{'ère' if ag in AGENTS_F else ''} {co}. Pouvez-vous me donner votre {c.label} ?\n")
    u.t("Vous : ").v("CUSTOMER_ID", c.written())
    u.t("\n").v("PERSON", ag).t(" : Merci. Je vois bien un contrat au nom de ")
    put_name(u, p, pick(["title_last", "title_full"]))
    u.t(f". Votre relevé {on_date()[1:].replace('e ', 'u ', 1)} indique {meter()} kWh, c'est correct ?\nVous : oui")


def w_form_claim(u):
    p = person()
    soc = CustId(pick(["societaire", "police"]))
    b = Birth()
    a = Address("FR")
    third = person()
    u.t("DÉCLARATION DE SINISTRE HABITATION\n")
    u.t("Nom de l'assuré : ").v("PERSON", p.crm())
    u.t(f"\n{soc.label[0].upper() + soc.label[1:]} : ").v("CUSTOMER_ID", soc.written())
    u.t("\nDate de naissance : ").v("DATE_OF_BIRTH", b.written())
    u.t("\nAdresse du risque : ").v("ADDRESS", a.written())
    u.t(f"\nDate du sinistre : {on_date()[3:]}\nNature : {pick(['dégât des eaux', 'vol avec effraction', 'incendie cuisine', 'bris de glace'])}")
    u.t("\nTiers impliqué : ")
    put_name(u, third, pick(["title_full", "title_last"]))
    u.t(f", voisin du dessus\nMontant estimé : {amount()}")


def w_chat_ip(u):
    p = person()
    ip = ip_v4()
    u.typos = 0.3
    co = pick(["Free", "Orange", "SFR", "Bouygues"])
    u.t(f"Bonjour, depuis hier ma box {co} change d'IP sans arrêt, là j'ai ")
    u.v("IP_ADDRESS", ip)
    u.t(pick([" et certains sites me bloquent", ", mon serveur perso n'est plus joignable",
              " et je ne peux plus jouer en ligne"]))
    u.t(f". Je suis {'cliente' if p.gender == 'F' else 'client'} depuis {R.randint(2, 15)} ans, ")
    put_name(u, p, pick(["full", "crm"]))
    u.t(".")


def w_sms_reply_email(u):
    p = person()
    e = Email(p)
    u.typos = 0.5
    u.t(pick(["Oui c bien moi ", "Oui c'est moi ", "Bonjour oui c'est "]))
    u.v("PERSON", p.first)
    u.t(pick([", mon mail c ", ", mon adresse mail : ", ". Mail : ", ", envoyez sur "]))
    u.v("EMAIL_ADDRESS", e.written())
    u.t(pick([" merci", " (pas l'ancienne adresse)", " svp", ""]))


def w_crm_resil(u):
    p = person(origin=pick(["pt", "es", "it", "fr", "mag"]))
    c = CustId(pick(["contrat", "client"]))
    bank, branch, account, key = fr_rib()
    rib = f"{bank} {branch} {account} {key}"
    u.t(pick(["Client mécontent, souhaite résilier. ", "Demande de remboursement du trop-perçu. "]))
    u.t("Titulaire : ", title_w(p), " ").v("PERSON", p.crm())
    u.t(f" – {c.label} ").v("CUSTOMER_ID", c.written())
    u.t(" – RIB fourni : ").v("IBAN_CODE", rib)
    u.t(f" – montant à rembourser {amount()}, délai annoncé {R.randint(7, 30)} jours.")


def w_chat_card_change(u):
    p = person()
    card = Card()
    u.t(f"Bonjour, ma carte se terminant par {digits(4)} a expiré, je souhaite enregistrer la nouvelle pour les paiements : ")
    u.v("CREDIT_CARD", card.written())
    u.t(f", date d'expiration {card.exp}. ")
    style = pick(["full", "crm", "title_full"])
    lead = pick(["Titulaire : ", "Au nom "])
    if lead == "Au nom ":
        lead += "de " if style == "title_full" else de(p.first if style == "full" else p.last)
    u.t(lead)
    put_name(u, p, style)
    u.t(".")


def w_note_callback(u):
    p = person()
    ph = Phone(pick(["fr_land", "fr_mob"]))
    u.t(f"{R.randint(8, 18)}h{R.randint(0, 59):02d} ")
    put_name(u, p, "title_last")
    u.t(pick([" a rappelé, ", " a appelé pour la 3e fois, ", " rappelle au sujet du litige, "]))
    u.t(pick(["souhaite être rappelée" if p.gender == "F" else "souhaite être rappelé", "demande un rappel d'un responsable",
              "attend le retour de l'expert"]))
    u.t(" au ").v("PHONE_NUMBER", ph.written())
    u.t(pick([". Très énervé.", ". Dossier transmis au service recouvrement.", ". RAS.", ""]))


def w_chat_child(u):
    parent = person()
    child = person(origin=parent.origin)
    child.last = parent.last
    b = Birth(R.randint(2004, 2012))
    rel = "mon fils" if child.gender == "M" else "ma fille"
    u.typos = 0.3
    u.t(f"Bonjour, c'est pour ouvrir une ligne {pick(['mobile', 'forfait 100 Go', 'série Free', 'Sosh'])} pour {rel} ")
    u.v("PERSON", child.first if chance(0.5) else child.full())
    u.t(", né" + ("e" if child.gender == "F" else "") + " le ").v("DATE_OF_BIRTH", b.written())
    u.t(". Le contrat sera à mon nom, ")
    put_name(u, parent, pick(["full", "title_full", "crm"]))
    u.t(pick([". Merci", ".", " merci de votre aide"]))


def w_ticket_tech(u):
    p = person(origin=pick(["pl", "pt", "it", "tr", "vn", "fr"]))
    a, ph = Address("FR"), Phone("fr_mob")
    _, door, _ = secret("door")
    u.t(f"RDV {appt()} – ")
    u.v("PERSON", p.crm())
    u.t(" – ").v("ADDRESS", a.written(upper=chance(0.2)))
    u.t(" – code ").v("SECRET", door)
    u.t(" – ").v("PHONE_NUMBER", ph.written())
    u.t(f" – motif : {pick(['pose Linky', 'mise en service Gazpar', 'raccordement fibre', 'remplacement disjoncteur', 'étude dégât des eaux'])}")


def w_email_neighbour(u):
    p = person()
    nb = person()
    e = Email(p)
    u.t("Bonjour,\nMon voisin, ")
    put_name(u, nb, pick(["title_last", "title_full", "full"]))
    u.t(f", a eu une fuite qui a endommagé mon plafond ({R.randint(3, 15)} m² à refaire). ")
    u.t(f"Son assureur est {pick(INSUR)}. Le devis s'élève à {amount()}.\nMerci de me répondre sur ")
    u.v("EMAIL_ADDRESS", e.written())
    u.t(".\n").v("PERSON", p.full())


def w_chat_guardian(u):
    ward = person(gender=pick("FM"))
    g = person()
    c = CustId(pick(["contrat", "client", "compte"]))
    u.t(f"Bonjour, je suis {'la tutrice' if g.gender == 'F' else 'le tuteur'} de ")
    put_name(u, ward, pick(["title_full", "title_last"]))
    u.t(f" (jugement joint). {c.label[0].upper() + c.label[1:]} : ").v("CUSTOMER_ID", c.written())
    u.t(". Merci d'adresser les courriers à mon nom : ")
    put_name(u, g, pick(["full", "crm"]))
    u.t(".")


def w_energy_fields(u):
    p = person()
    pdl = CustId("pdl")
    pce = CustId("pce")
    a = Address("FR")
    u.t("Titulaire: ").v("PERSON", p.crm())
    u.t("; PDL: ").v("CUSTOMER_ID", pdl.written())
    if chance(0.7):
        u.t("; PCE: ").v("CUSTOMER_ID", pce.written())
    u.t("; Adresse de fourniture: ").v("ADDRESS", a.written())
    u.t(f"; Offre: {pick(['Tarif Bleu', 'Zen Fixe', 'Vert Électrique', 'Offre Essentielle', 'Elec Weekend'])} {pick(['6', '9', '12'])} kVA {pick(['Base', 'HP/HC'])}")
    u.t(f"; Index: {meter()}; Mise en service: {bill_date()}")


def w_sms_ma_cin(u):
    p = person(origin="mag")
    cin, ph = CIN(), Phone("ma_mob")
    u.typos = 0.4
    u.t("Bonjour, ")
    put_name(u, p, pick(["full", "crm", "lower"]))
    u.t(" CIN ").v("MA_CIN", cin.written())
    u.t(pick([" pour la recharge, ", " suite à la coupure, ", " pour le transfert de ligne, "]))
    u.t("mon numéro ").v("PHONE_NUMBER", ph.written())
    u.t(pick([" merci", " choukran", ""]))


def w_chat_login(u):
    p = person()
    idc = CustId(pick(["compte", "fbx", "client"]))
    _, pw, _ = secret("pwd")
    u.typos = 0.3
    u.t(f"Bonjour, impossible de me connecter à l'appli {pick(BANK + TELCO)} depuis la mise à jour.\n")
    u.t(pick(["identifiant : ", "Login : ", "Mon identifiant : "])).v("CUSTOMER_ID", idc.written())
    u.t(pick(["\nmdp : ", "\nMot de passe : ", "\nmot de passe "])).v("SECRET", pw)
    u.t("\nJe suis ")
    put_name(u, p, pick(["full", "first", "crm"]))
    u.t(", merci de m'aider")


def w_email_complaint(u):
    p = person(origin="fr")
    p.last = pick(["Lebrun", "Boulanger", "Blanc", "Petit", "Roux", "Marin", "Berger", "Boucher", "Leblanc", "Meunier"])
    c = CustId(pick(["client", "contrat", "police"]))
    ag = person()
    u.t(f"Objet : Réclamation – {c.label} ").v("CUSTOMER_ID", c.written())
    u.t("\n\nMadame, Monsieur,\n\nJe suis ")
    u.t(title_w(p) + " ").v("PERSON", p.last)
    u.t(f". {on_date().capitalize()}, votre conseill{'ère' if ag.gender == 'F' else 'er'}, ")
    put_name(u, ag, pick(["title_last", "first", "title_full"]))
    u.t(f", m'avait promis un geste commercial de {amount()}. Je n'ai rien reçu.\n\n")
    u.v("PERSON", p.first + " " + p.last)


def w_crm_foreign_iban(u):
    p = person(origin=pick(["pt", "es", "it", "pl", "mag", "waf"]))
    iban = iban_any((("BE", 20), ("ES", 20), ("PT", 25), ("DE", 15), ("MA", 20)))
    u.t(f"Note : {title_w(p)} ").v("PERSON", p.crm())
    u.t(pick([" souhaite payer depuis son compte à l'étranger : ", " fournit un IBAN étranger pour le prélèvement : "]))
    u.v("IBAN_CODE", iban if chance(0.4) else group4(iban))
    u.t(". SEPA OK" if not iban.startswith("MA") else ". Hors zone SEPA, refusé, proposer virement.")


def w_chat_vn(u):
    p = person(origin="vn")
    ph = Phone()
    u.t("Bonjour, c'est ")
    u.v("PERSON", pick([f"{p.last.upper()} {p.first}", f"{p.last} {p.first}", f"{p.first} {p.last}"]))
    rel = person(origin="vn")
    u.t(". Ma fille " if rel.gender == "F" else ". Mon fils ")
    u.v("PERSON", rel.first)
    u.t(" va m'aider pour le contrat. Vous pouvez l'appeler au ").v("PHONE_NUMBER", ph.written())
    u.t(".")


def w_chat_tr_residence(u):
    p = person(origin=pick(["tr", "it", "es", "pl"]))
    a = Address("FR")
    a.extra = f"résidence {pick(RESIDENCES)}, bât. {pick('ABC')}"
    u.t("Bonjour, j'ai emménagé au ").v("ADDRESS", a.written())
    u.t(f" mais le compteur {pick(['Linky', 'Gazpar'])} est toujours au nom de l'ancien locataire, ")
    put_name(u, person(), pick(["title_last", "title_full"]))
    style = pick(["full", "crm"])
    u.t(". Le nouveau contrat doit être au nom " + de(p.first if style == "full" else p.last))
    put_name(u, p, style)
    u.t(".")


def w_signature_dr(u):
    p = person()
    e = Email(p, pick(["cabinet-medical.fr", "gmail.com", "orange.fr"]))
    ph = Phone("fr_land")
    u.t("Bonjour,\nJe vous confirme que le cabinet reste ouvert pendant les travaux sur le réseau.\n--\n")
    u.t("Dr ").v("PERSON", p.full())
    u.t(f"\n{pick(['Médecin généraliste', 'Chirurgien-dentiste', 'Kinésithérapeute', 'Pédiatre'])}\nTél. ").v("PHONE_NUMBER", ph.written())
    u.t("\n").v("EMAIL_ADDRESS", e.written())


def w_crm_couple(u):
    husband = person(gender="M")
    wife = person(gender="F", origin=husband.origin)
    wife.last = husband.last
    holder, caller = (husband, wife) if chance(0.5) else (wife, husband)
    ph = Phone()
    u.t("Appel de ")
    u.t(title_w(caller) + " ").v("PERSON", caller.last.upper())
    u.t(" pour " + ("son mari " if holder.gender == "M" else "sa femme "))
    u.v("PERSON", holder.crm())
    u.t(" (titulaire). Pas de procuration, infos générales uniquement. Rappel titulaire au ")
    u.v("PHONE_NUMBER", ph.written())
    u.t(".")


def w_chat_typos(u):
    p = person()
    c = CustId(pick(["client", "contrat", "fbx"]))
    u.typos = 0.8
    u.t(pick(["bjr ", "bonjour ", "Bonjour "]))
    u.t("j'ai un problème avec ma facture, mon numéro client c'est ")
    u.v("CUSTOMER_ID", c.written())
    u.t(f" et vous m'avez prélevé {amount()} au lieu de {amount()} pourquoi ??? ")
    u.t(pick(["c'est ", "cest ", "ici "]))
    put_name(u, p, pick(["lower", "first", "full"]))


def w_chat_ipv6(u):
    p = person()
    ip = ip_v6()
    u.t("Bonjour, je suis ")
    put_name(u, p, pick(["full", "first"]))
    u.t(f". Ma box {pick(['Freebox Delta', 'Livebox 7', 'Bbox Ultym'])} a l'IPv6 ").v("IP_ADDRESS", ip)
    if chance(0.5):
        u.t(" et l'IPv4 ").v("IP_ADDRESS", ip_v4())
    u.t(" mais la redirection de ports ne marche pas depuis le passage à la fibre.")


def w_form_dob_long(u):
    p = person()
    b = Birth()
    ph, e = Phone("fr_mob"), Email(p)
    u.t("Souscription en ligne – étape 2/4\n")
    u.t("Nom : ").v("PERSON", p.last).t("  Prénom : ").v("PERSON", p.first)
    u.t("\nNé(e) le : ").v("DATE_OF_BIRTH", b.written(pick(["long", "slash"])))
    u.t(f" à {pick(FR_CITIES)[1]}")
    u.t("\nMobile : ").v("PHONE_NUMBER", ph.written())
    u.t("\nCourriel : ").v("EMAIL_ADDRESS", e.written())
    u.t(f"\nFormule choisie : {pick(['Tous risques', 'Tiers+', 'Formule Essentielle', 'Pack Sérénité'])} – {amount()}/mois")


def w_chat_rose(u):
    """Names that are also ordinary words."""
    f = pick(["Rose", "Pierre", "Marine", "Olive", "Blanche"])
    last = pick(["Blanc", "Petit", "Roux", "Marin", "Boulanger", "Lebrun", "Berger", "Rousseau"])
    g = "M" if f == "Pierre" else "F"
    p = Person(f, last, g, "fr")
    ph = Phone()
    u.t(pick(["Bonjour, ", "Bonjour "]))
    u.t(pick(["je suis ", "ici "]))
    u.v("PERSON", p.full())
    u.t(pick([f", je vous écris pour ma facture de gaz. Le petit compteur dans la cour affiche {meter()}. ",
              ". Le technicien a laissé un avis de passage rose dans ma boîte. "]))
    u.t("Rappelez-moi au ").v("PHONE_NUMBER", ph.written())
    u.t(".")


def w_ma_bank(u):
    p = person(origin="mag")
    iban = iban_ma()
    cin = CIN()
    u.t("Demande de virement international vers le Maroc\nBénéficiaire : ").v("PERSON", p.crm())
    u.t("\nIBAN bénéficiaire : ").v("IBAN_CODE", group4(iban) if chance(0.6) else iban)
    u.t("\nCIN du bénéficiaire : ").v("MA_CIN", cin.written())
    u.t(f"\nMontant : {R.randint(200, 3000)} € – motif : {pick(['aide famille', 'travaux maison', 'mariage', 'frais de scolarité'])}")


def w_mutuelle_form(u):
    p = person()
    b = Birth(R.randint(1945, 2000))
    nir = NIR(p, b)
    adh = CustId("adherent")
    kid = person(origin=p.origin)
    kid.last = p.last
    kb = Birth(R.randint(2008, 2020))
    u.t("Adhésion complémentaire santé – bénéficiaires\n")
    u.t("Assuré principal : ").v("PERSON", p.crm())
    u.t(" – né" + ("e" if p.gender == "F" else "") + " le ").v("DATE_OF_BIRTH", b.written("slash"))
    u.t(" – NIR : ").v("FR_NIR", nir.written(pick(["spaced", "compact"])))
    if chance(0.6):
        u.t("\nEnfant : ").v("PERSON", kid.first)
        u.t(" – né" + ("e" if kid.gender == "F" else "") + " le ").v("DATE_OF_BIRTH", kb.written("slash"))
        u.t(" – rattaché" + ("e" if kid.gender == "F" else "") + " au NIR de l'assuré")
    u.t(f"\n{adh.label[0].upper() + adh.label[1:]} : ").v("CUSTOMER_ID", adh.written())
    u.t(f"\nFormule : {pick(['Essentiel', 'Confort', 'Renfort', 'Hospi'])} – {amount()}/mois – effet au 01/{R.randint(1, 12):02d}")


def w_sms_card(u):
    card = Card()
    u.typos = 0.5
    u.t(pick(["Voila le numero de carte pour régler ", "Pour payer la facture : ", "Ma carte : "]))
    u.v("CREDIT_CARD", card.written(pick(["compact", "g4"])))
    u.t(f" exp {card.exp}", pick([" merci", ". Cordialement", " bonne journée", ""]))


WRITTEN = [w_mutuelle_form, w_sms_card, w_chat_move, w_webform, w_email_claim, w_email_rib, w_sms, w_crm_call, w_ticket_box, w_account_screen,
           w_chat_card, w_chat_nir, w_email_relative, w_ma_chat, w_chat_reset, w_crm_door, w_chat_spelled,
           w_email_signature, w_agent_chat, w_form_claim, w_chat_ip, w_sms_reply_email, w_crm_resil,
           w_chat_card_change, w_note_callback, w_chat_child, w_ticket_tech, w_email_neighbour, w_chat_guardian,
           w_energy_fields, w_sms_ma_cin, w_chat_login, w_email_complaint, w_crm_foreign_iban, w_chat_vn,
           w_chat_tr_residence, w_signature_dr, w_crm_couple, w_chat_typos, w_chat_ipv6, w_form_dob_long,
           w_chat_rose, w_ma_bank]


# --------------------------------------------------------------------------- speech-to-text helpers
SPELL_ALPHA = {"a": "anatole", "b": "berthe", "c": "célestin", "d": "désiré", "e": "eugène", "f": "françois",
               "g": "gaston", "h": "henri", "i": "irma", "j": "joseph", "k": "kléber", "l": "louis", "m": "marcel",
               "n": "nicolas", "o": "oscar", "p": "pierre", "q": "quintal", "r": "raoul", "s": "suzanne",
               "t": "thérèse", "u": "ursule", "v": "victor", "w": "william", "x": "xavier", "y": "yvonne", "z": "zoé"}


def fl(p=0.35):
    return (" " + pick(["euh", "euh", "euh", "ben", "bah", "hein", "attendez"])) if chance(p) else ""


def stt_form(name, origin):
    """How a French speech-to-text engine writes a name: lower case, foreign diacritics often lost."""
    s = name.lower()
    if origin not in ("fr",) and chance(0.7):
        s = strip_accents(s.replace("ı", "i").replace("ł", "l"))
    if s.startswith("ben") and len(s) > 5 and " " not in s and chance(0.3):
        s = "ben " + s[3:]                       # 'benali' heard as 'ben ali'
    return s


def spelled(name, comme=False):
    out = []
    letters = strip_accents(name.lower().replace("ı", "i"))
    i = 0
    orig = name.lower()
    while i < len(letters):
        c = letters[i]
        if c == " ":
            out.append(pick(["espace", "en deux mots", ""]) if not comme else "")
        elif c == "-":
            out.append("tiret")
        elif c == "'":
            out.append("apostrophe")
        elif c.isalpha():
            accent = ""
            if orig[i] in "éè":
                accent = " accent aigu" if orig[i] == "é" else " accent grave"
            if not comme and i + 1 < len(letters) and letters[i + 1] == c and chance(0.6):
                out.append(f"deux {c}")
                i += 1
            elif comme:
                out.append(f"{c} comme {SPELL_ALPHA.get(c, c)}{accent}")
            else:
                out.append(c + accent)
        i += 1
    return " ".join(x for x in out if x)


def stt_name(u, p, style=None):
    style = style or pick(["full", "full", "last_first", "title_last", "first", "title_full"])
    f, l = stt_form(p.first, p.origin), stt_form(p.last, p.origin)
    if style == "title_last":
        u.t(p.title + " ").v("PERSON", l)
    elif style == "title_full":
        u.t(p.title + " ").v("PERSON", pick([f"{f} {l}", f"{l} {f}"]))
    elif style == "last_first":
        u.t("").v("PERSON", f"{l} {f}")
    elif style == "first":
        u.v("PERSON", f)
    else:
        u.v("PERSON", f"{f} {l}")
    return u


def iban_spoken(iban):
    cc = " ".join(iban[:2].lower())
    chk = say_pair(iban[2:4])
    rest = iban[4:]
    groups = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    style = pick(["digits", "group", "pairs"])
    out = []
    for g in groups:
        if not g.isdigit():
            out.append(say_digits(g))
        elif style == "digits" or len(g) < 4 and len(g) % 2:
            out.append(say_digits(g))
        elif style == "group":
            out.append(say_pairs(g) if g[0] == "1" else say_group(g))
        else:
            out.append(say_pairs(g))
    return f"{cc} {chk} " + " ".join(out)


def exp_spoken(exp):
    mm, yy = exp.split("/")
    return f"{say_pair(mm)} {nw(yy)}"


# --------------------------------------------------------------------------- raw speech-to-text (calls)
def s_ident_spell(u):
    p = person(origin=pick(["mag", "waf", "pl", "tr", "vn", "pt", "fr", "it"]))
    u.t(pick(["oui bonjour", "allô oui bonjour", "bonjour madame", "oui bonjour monsieur"]), fl(0.6))
    u.t(pick([" je m'appelle ", " alors je suis ", " c'est "]))
    stt_name(u, p, pick(["full", "last_first"]))
    u.t(pick([" ça s'écrit ", " je vous épelle ", " "]))
    u.v("PERSON", spelled(p.last))
    u.t(fl(), pick([f" et j'appelle pour ma facture de {amount_spoken()} que je comprends pas",
                    " j'ai reçu un courrier de relance alors que j'ai payé",
                    " c'est pour mettre à jour mes coordonnées"]))


def s_greet_agent(u):
    ag = agent_first()
    p = person()
    co, issue = pick([("edf", " j'appelle parce que j'ai pas de courant depuis ce matin"),
                      ("engie", " c'est pour le compteur gazpar il affiche plus rien"),
                      ("totalenergies", " je voulais savoir où en est mon dossier"),
                      ("orange", " j'ai un souci avec la livebox elle clignote"),
                      ("sfr", " j'ai plus de réseau depuis trois jours"),
                      ("free", " la freebox elle redémarre tout le temps"),
                      ("la maif", " c'est pour un sinistre"), ("axa", " c'est pour un dégât des eaux"),
                      ("bouygues telecom", " j'ai reçu une facture de hors forfait")])
    u.t(pick([f"{co} bonjour ", f"service client {co} bonjour ", f"bonjour {co} "]))
    u.t(pick(["je suis ", "", "c'est "])).v("PERSON", ag.lower())
    u.t(pick([" à l'appareil", "", " à votre écoute"]), " que puis-je faire pour vous ")
    u.t(pick(["oui bonjour", "bonjour"]), fl(0.5), " ")
    u.t(pick(["je suis ", "c'est ", "alors je suis "]))
    stt_name(u, p, pick(["title_full", "title_last", "full", "last_first"]))
    u.t(issue)


def s_phone(u):
    p, ph = person(), Phone()
    stt_name(u.t(pick(["oui alors c'est ", "oui c'est ", "donc moi c'est "])), p)
    u.t(fl(), pick([" vous pouvez me rappeler au ", " mon numéro c'est le ", " le portable c'est le ",
                    " notez mon numéro ", " je vous donne mon numéro "]))
    txt, r = ph.spoken(filler=chance(0.35), correction=chance(0.25))
    u.v("PHONE_NUMBER", txt, r)
    u.t(pick([" voilà", " merci", " plutôt en fin de journée", " hein", ""]))


def s_email(u):
    p = person()
    e = Email(p)
    u.t(pick(["mon adresse mail", "l'adresse mail", "mon mail"]), fl(), pick([" c'est ", " alors c'est "]))
    u.v("EMAIL_ADDRESS", e.spoken())
    u.t(pick([" voilà", " tout attaché", " tout en minuscules", ""]))
    u.t(pick([" c'est au nom de ", " au nom de ", " et c'est "]))
    stt_name(u, p, pick(["full", "title_last", "last_first"]))


def s_address(u):
    a = Address("FR")
    p = person()
    lead = pick(["ma nouvelle adresse", "l'adresse", "alors j'habite"])
    u.t(lead, fl())
    u.t(pick([" c'est ", " c'est au ", " au "]) if not lead.endswith("habite") else " au ")
    u.v("ADDRESS", a.spoken())
    u.t(pick([" et le contrat est au nom de ", " c'est pour ", " au nom de "]))
    stt_name(u, p, pick(["title_full", "full", "title_last"]))


def s_address_city_apart(u):
    """Street said alone, the city after 'à': the city stays outside the span."""
    a = Address("FR")
    p = person()
    u.t("je suis ")
    stt_name(u, p, pick(["full", "last_first", "title_last"]))
    u.t(pick([" j'habite au ", " j'habite ", " je suis domicilié au " if p.gender == "M" else " je suis domiciliée au "]))
    u.v("ADDRESS", a.spoken(with_city=False))
    u.t(f" à {a.city.lower()}", fl(), pick([" et le compteur est dans la cave", " c'est une maison",
                                             " au troisième étage sans ascenseur"]))


def s_nir(u):
    p = person()
    b = Birth()
    n = NIR(p, b)
    u.t(pick(["mon numéro de sécu", "mon numéro de sécurité sociale", "le numéro de sécu"]), fl(0.5), " c'est ")
    u.v("FR_NIR", n.spoken(key_word=chance(0.6)))
    u.t(pick([" et c'est pour la mutuelle de ", " pour mon dossier ", " c'est celui de "]))
    stt_name(u, p, pick(["full", "title_full", "first"]))


def s_card(u):
    c = Card()
    u.t(pick(["oui je vais payer par carte", "je veux bien régler maintenant", "d'accord par carte bancaire"]), fl(0.4))
    u.t(pick([" alors le numéro c'est ", " le numéro de la carte ", " vous êtes prête alors "]))
    u.v("CREDIT_CARD", c.spoken())
    u.t(f" et elle expire en {exp_spoken(c.exp)}", pick([" voilà", "", " c'est bon"]))
    if chance(0.6):
        u.t(" elle est au nom de ")
        stt_name(u, person(), pick(["full", "title_full"]))


def s_iban(u):
    iban = iban_any()
    p = person()
    u.t(pick(["je vous donne mon iban", "alors mon iban", "pour le prélèvement l'iban c'est"]), fl(0.5), " ")
    u.v("IBAN_CODE", iban_spoken(iban))
    u.t(pick([" le compte est au nom de ", " c'est le compte de ", " au nom de "]))
    stt_name(u, p, pick(["full", "title_full", "last_first"]))


def s_dob(u):
    p = person()
    b = Birth()
    u.t(pick(["pour vérifier votre identité ", "pour des raisons de sécurité ", ""]))
    u.t("je vais vous demander votre nom et votre date de naissance ")
    u.t(pick(["oui", "alors", "oui bien sûr"]), fl(), " ")
    stt_name(u, p, pick(["full", "last_first"]))
    u.t(pick([" né le ", " et je suis né le ", " le "]) if p.gender == "M" else pick([" née le ", " et je suis née le ", " le "]))
    u.v("DATE_OF_BIRTH", b.spoken())


def s_cin(u):
    p = person(origin="mag")
    cin = CIN()
    co = pick(["maroc telecom", "inwi", "orange", "lydec", "attijariwafa", "la cih"])
    u.t(pick(["salam alikoum ", "allô bonjour ", "bonjour "]), "oui ")
    stt_name(u, p, pick(["full", "last_first"]))
    u.t(f" je suis client chez {co}" if p.gender == "M" else f" je suis cliente chez {co}")
    u.t(pick([" le numéro de ma carte nationale c'est ", " mon numéro de cin c'est ", " la cin c'est "]))
    u.v("MA_CIN", cin.spoken())
    u.t(pick([" je veux récupérer ma ligne", " c'est pour la facture d'eau", " pour l'ouverture du compte"]))


def s_custid(u):
    c = CustId(pick(["client", "contrat", "police", "societaire", "pdl", "adherent"]))
    p = person()
    u.t(pick(["oui alors mon ", "alors le ", "j'ai mon "]), c.label.replace("n°", "numéro").lower(), fl(0.5), " c'est ")
    u.v("CUSTOMER_ID", c.spoken())
    u.t(pick([" au nom de ", " c'est au nom de ", " le titulaire c'est "]))
    stt_name(u, p, pick(["title_full", "full", "last_first", "title_last"]))


def s_password(u):
    k, pw, sp = secret("pwd")
    p = person()
    u.t("oui ")
    stt_name(u, p, pick(["first", "full"]))
    u.t(" à l'appareil j'arrive pas à me connecter pourtant mon mot de passe c'est ")
    u.v("SECRET", sp)
    u.t(pick([" et ça me dit identifiant incorrect", " depuis la mise à jour", " ça marchait hier"]))


def s_smscode(u):
    k, v, sp = secret("sms")
    u.t(pick(["oui je viens de recevoir le code par texto", "j'ai reçu un sms avec un code", "le code de validation"]), fl(0.5))
    u.t(pick([" c'est ", " alors c'est "])).v("SECRET", sp)
    u.t(pick([" ah non il est expiré", " voilà", " ça marche", ""]))
    if chance(0.6):
        u.t(" et c'est bien ")
        stt_name(u, person(), "title_last")


def s_door(u):
    k, v, sp = secret("door")
    a = Address("FR")
    u.t(pick(["pour le technicien ", "pour l'expert ", "pour le releveur "]), pick(["le digicode", "le code de la porte", "le code d'entrée"]))
    u.t(fl(0.4), " c'est ").v("SECRET", sp)
    u.t(pick([" et c'est au ", " l'adresse c'est le ", " c'est au "]))
    u.v("ADDRESS", a.spoken())
    u.t(pick([" deuxième étage porte gauche", " il y a un interphone", " le nom sur la boîte c'est "]))
    if u.buf[-1].endswith("c'est "):
        stt_name(u, person(), pick(["last_first", "full"]))


def s_relative(u):
    rel = pick([("ma mère", "F"), ("mon père", "M"), ("ma belle-mère", "F"), ("mon grand-père", "M"), ("ma sœur", "F")])
    p = person(gender=rel[1])
    me = person()
    u.t(f"c'est pour {rel[0]} ")
    stt_name(u, p, pick(["title_full", "title_last", "full"]))
    u.t(pick([" elle est hospitalisée" if rel[1] == "F" else " il est hospitalisé",
              " elle est décédée le mois dernier" if rel[1] == "F" else " il est décédé le mois dernier",
              " elle entend mal" if rel[1] == "F" else " il entend mal"]))
    u.t(fl(), " moi c'est ")
    stt_name(u, me, pick(["first", "full"]))
    u.t(pick([" je suis sa fille" if me.gender == "F" else " je suis son fils", " j'ai la procuration"]))


def s_spell_comme(u):
    p = person(origin=pick(["fr", "mag", "waf", "pl"]))
    u.t(pick(["mon nom de famille", "alors le nom", "le nom"]), fl(), " c'est ")
    u.v("PERSON", stt_form(p.last, p.origin))
    u.t(" ")
    u.v("PERSON", spelled(p.last, comme=True))
    u.t(" et le prénom ").v("PERSON", stt_form(p.first, p.origin))


def s_ip(u):
    ip = ip_v4()
    p = person()
    u.t(pick(["oui alors sur la page de la box", "le technicien m'a demandé", "dans les paramètres"]))
    u.t(" l'adresse ip c'est ").v("IP_ADDRESS", say_ip(ip))
    u.t(fl(), pick([" et ça coupe toutes les dix minutes", " et le wifi marche pas", ""]))
    u.t(" la ligne est au nom de ")
    stt_name(u, p, pick(["title_last", "full"]))


def s_ma_call(u):
    p = person(origin="mag")
    ph = Phone("ma_mob")
    a = Address("MA")
    u.t("allô", fl(0.5), " oui bonjour ")
    stt_name(u, p, pick(["full", "last_first"]))
    u.t(pick([" j'habite à ", " l'adresse c'est "]))
    u.v("ADDRESS", a.spoken())
    u.t(" et mon numéro ")
    txt, r = ph.spoken(filler=chance(0.3))
    u.v("PHONE_NUMBER", txt, r)
    u.t(pick([" le compteur lydec est bloqué", " j'ai pas internet depuis samedi", " c'est pour le virement"]))


def s_mixed_digits(u):
    p = person()
    ph = Phone("fr_mob")
    c = CustId(pick(["client", "contrat"]))
    u.t("oui donc ")
    stt_name(u, p, pick(["full", "last_first"]))
    u.t(" mon numéro client ").v("CUSTOMER_ID", c.val.replace(" ", ""), "w")
    u.t(" et le portable ")
    txt, r = ph.spoken(style="mixed")
    u.v("PHONE_NUMBER", txt, r)


def s_accident(u):
    me, other = person(), person()
    ph = Phone()
    u.t("alors voilà j'ai eu un accrochage", fl(), " le monsieur en face il s'appelle " if other.gender == "M"
        else " la dame en face elle s'appelle ")
    stt_name(u, other, pick(["full", "last_first", "first"]))
    u.t(" il m'a donné son numéro " if other.gender == "M" else " elle m'a donné son numéro ")
    txt, r = ph.spoken()
    u.v("PHONE_NUMBER", txt, r)
    u.t(f" son assurance c'est {pick(['la macif', 'axa', 'la matmut', 'groupama', 'allianz'])} moi c'est ")
    stt_name(u, me, pick(["full", "title_last"]))


def s_readback(u):
    p = person()
    e, ph = Email(p), Phone()
    u.t("très bien donc je récapitule ")
    stt_name(u, p, "title_last")
    u.t(" votre mail c'est ").v("EMAIL_ADDRESS", e.spoken())
    u.t(" et je vous rappelle au ")
    txt, r = ph.spoken()
    u.v("PHONE_NUMBER", txt, r)
    u.t(" c'est bien ça oui", fl(0.5), " c'est ça")


def s_husband(u):
    me = person(gender="F")
    hub = person(gender="M", origin=me.origin)
    c = CustId(pick(["contrat", "client", "police"]))
    rel = pick(["mon mari", "mon époux", "mon conjoint"])
    u.t("bonjour c'est ")
    stt_name(u, me, pick(["title_full", "first", "full"]))
    u.t(f" le contrat il est au nom de {rel} ")
    u.v("PERSON", stt_form(hub.first, hub.origin))
    u.t(" le numéro c'est ").v("CUSTOMER_ID", c.spoken())
    u.t(pick([" il est au travail là", " il m'a dit de vous appeler", " il peut pas se déplacer"]))


def s_pdl(u):
    c = CustId("pdl")
    v = c.val
    words = say_digits(v).split()
    i = R.randint(3, len(words) - 3)
    if chance(0.5):
        words = words[:i] + [pick(["euh", "attendez", "pardon"])] + words[i:]
    u.t(pick(["le numéro sur le compteur linky", "le pdl", "alors le point de livraison"]), " c'est ")
    u.v("CUSTOMER_ID", " ".join(words))
    u.t(pick([" et l'index c'est ", " et ça affiche "]), nw(R.randint(1000, 60000)), pick([" kilowatts", " kilowattheures", ""]))


def s_move(u):
    old, new = Address("FR"), Address("FR")
    p = person()
    u.t("je déménage", fl(), " j'étais au ")
    u.v("ADDRESS", old.spoken())
    u.t(" et je vais au ").v("ADDRESS", new.spoken())
    u.t(f" le {nw(R.randint(2, 28))} {pick(MONTHS)} ")
    u.t(pick(["c'est au nom de ", "moi c'est "]))
    stt_name(u, p)


def s_pin(u):
    k, v, sp = secret(pick(["pin", "code_conf", "vocal"]))
    p = person()
    u.t("oui ")
    stt_name(u, p, pick(["full", "title_last"]))
    u.t(pick([" le code de la carte c'est ", " mon code confidentiel c'est ", " le code secret c'est "]))
    u.v("SECRET", sp)
    u.t(" ah je dois pas vous le dire" if chance(0.5) else " elle est bloquée depuis ce matin")


def s_email_spelled(u):
    p = person()
    e = Email(p)
    local = e.local
    out = []
    for c in local:
        if c == ".":
            out.append("point")
        elif c == "_":
            out.append("underscore")
        elif c == "-":
            out.append("tiret")
        elif c.isdigit():
            out.append(DIG[int(c)])
        else:
            out.append(c)
    u.t("je vous épelle mon mail", fl(), " ")
    u.v("EMAIL_ADDRESS", " ".join(out) + " arobase " + e.domain.replace(".", " point "))
    u.t(pick([" c'est bon vous avez", " voilà"]))


def s_child_dob(u):
    kid = person()
    b = Birth(R.randint(2003, 2014))
    parent = person(origin=kid.origin)
    u.t("c'est pour ", "ma fille " if kid.gender == "F" else "mon fils ")
    u.v("PERSON", stt_form(kid.first, kid.origin))
    u.t(" elle est née le " if kid.gender == "F" else " il est né le ").v("DATE_OF_BIRTH", b.spoken())
    u.t(pick([" pour la carte jeune", " pour l'ajouter sur l'assurance auto", " elle veut sa propre ligne" if kid.gender == "F" else " il veut sa propre ligne"]))
    u.t(" moi c'est ")
    stt_name(u, parent, pick(["full", "title_full"]))


def s_noisy_ident(u):
    """Names from several origins, with a filler or a self-correction inside the name."""
    p = person(origin=pick(["vn", "tr", "pl", "pt", "es", "it", "waf"]))
    f, l = stt_form(p.first, p.origin), stt_form(p.last, p.origin)
    u.t(pick(["oui bonjour", "allô"]), " je m'appelle ")
    u.v("PERSON", pick([f"{f} euh {l}", f"{l} {f}", f"{f} {l} non {l} {f}", f"{f} {l}"]))
    u.t(fl(), pick([" je suis pas très à l'aise en français", " vous m'entendez", " je rappelle pour le dossier"]))


def s_agent_and_ident(u):
    ag = agent_first()
    p = person()
    dob = Birth()
    u.t("bonjour ").v("PERSON", ag.lower())
    u.t(f" de la {pick(['maif', 'macif', 'matmut'])} j'écoute ")
    u.t("oui bonjour je suis ")
    stt_name(u, p, pick(["title_last", "last_first", "full"]))
    u.t(" sociétaire numéro ").v("CUSTOMER_ID", CustId("societaire").spoken())
    u.t(" né le " if p.gender == "M" else " née le ").v("DATE_OF_BIRTH", dob.spoken())


def s_nir_agent(u):
    p = person()
    b = Birth()
    n = NIR(p, b)
    u.t("vous avez votre carte vitale sous la main ", pick(["oui", "oui attendez", "ouais"]), fl(0.5), " alors ")
    u.v("FR_NIR", pick([n.spoken(key_word=True), say_digits(n.body) + " clé " + say_pair(n.key)]))
    u.t(" d'accord et c'est bien ")
    stt_name(u, p, pick(["title_full", "title_last", "full"]))
    u.t(pick([" oui c'est moi", " oui", " oui c'est ça"]))


STT = [s_nir_agent, s_card, s_ident_spell, s_greet_agent, s_phone, s_email, s_address, s_address_city_apart, s_nir, s_card, s_iban, s_dob,
       s_cin, s_custid, s_password, s_smscode, s_door, s_relative, s_spell_comme, s_ip, s_ma_call, s_mixed_digits,
       s_accident, s_readback, s_husband, s_pdl, s_move, s_pin, s_email_spelled, s_child_dob, s_noisy_ident,
       s_agent_and_ident, s_phone, s_email]


# --------------------------------------------------------------------------- Whisper-style transcripts (punctuation, digits)
WHISPER_TAIL = ["", "", "", "", "", "", " Merci.", " Sous-titres réalisés par la communauté d'Amara.org"]


def h_ident_phone(u):
    p, ph = person(), Phone()
    u.t(pick(["Oui, bonjour. ", "Allô ? Oui, bonjour. ", "Bonjour madame. "]))
    u.t(pick(["Je m'appelle ", "C'est ", "Alors, moi c'est "]))
    put_name(u, p, pick(["full", "title_full", "title_last"]))
    u.t(pick([". Je vous appelle parce que ma facture a doublé. ", ". J'ai été coupée ce matin. " if p.gender == "F"
              else ". J'ai été coupé ce matin. ", ". Je n'ai plus internet. "]))
    u.t(pick(["Mon numéro, c'est le ", "Vous pouvez me rappeler au ", "Mon portable : "]))
    u.v("PHONE_NUMBER", ph.written(pick(["sp", "sp", "compact", "intl"])))
    u.t(".", pick(WHISPER_TAIL))


def h_email(u):
    p = person()
    e = Email(p)
    u.t("Mon adresse mail, c'est ")
    if chance(0.5):
        u.v("EMAIL_ADDRESS", e.addr)
    else:
        u.v("EMAIL_ADDRESS", e.spoken().replace(" point com", ".com").replace(" point fr", ".fr"), "s")
    u.t(". ", pick(["Au nom de ", "C'est au nom de ", "Le compte est au nom de "]))
    put_name(u, p, pick(["full", "title_full", "title_last"]))
    u.t(".")


def h_address(u):
    a = Address()
    p = person(origin="mag" if a.country == "MA" else None)
    u.t("D'accord. ", pick(["J'habite au ", "Alors, l'adresse, c'est ", "Je suis au "]))
    u.v("ADDRESS", a.written())
    u.t(". ", pick(["Le contrat est au nom de ", "Au nom de "]))
    put_name(u, p, pick(["title_full", "full", "title_last"]))
    u.t(".")


def h_nir_dob(u):
    p = person()
    b = Birth()
    n = NIR(p, b)
    u.t("Oui. ")
    put_name(u, p, pick(["full", "title_full"]), lead=pick(["Je suis ", "C'est "]))
    u.t(", " + ("née" if p.gender == "F" else "né") + " le ").v("DATE_OF_BIRTH", b.written("long"))
    u.t(". Et mon numéro de sécurité sociale, c'est le ").v("FR_NIR", n.written(pick(["spaced", "spaced", "compact"])))
    u.t(".", pick(WHISPER_TAIL))


def h_card(u):
    c = Card()
    u.t("Oui, je vais payer par carte. Le numéro, c'est ")
    u.v("CREDIT_CARD", c.written("g4") if len(c.num) == 16 else c.written())
    u.t(f", et elle expire en {c.exp}. ")
    if chance(0.6):
        p = person()
        u.t("Elle est au nom de ")
        put_name(u, p, pick(["full", "title_full"]))
        u.t(".")


def h_agent(u):
    ag = agent_first()
    p = person()
    co, kinds = pick([("EDF", ["pdl", "client"]), ("Engie", ["pce", "client", "contrat"]), ("MAIF", ["societaire"]),
                      ("AXA", ["police", "contrat"]), ("Orange", ["client", "compte"]), ("SFR", ["client", "compte"]),
                      ("TotalEnergies", ["pdl", "contrat"])])
    c = CustId(pick(kinds))
    u.t(f"Service client {co}, ").v("PERSON", ag).t(", bonjour. ")
    u.t(pick(["Oui, bonjour madame. ", "Bonjour. ", "Oui, bonjour monsieur. "]))
    put_name(u, p, pick(["title_last", "title_full", "full"]), lead=pick(["C'est ", "Je suis "]))
    u.t(f". Mon {c.label.replace('n°', 'numéro')}, c'est le ").v("CUSTOMER_ID", c.written())
    u.t(".")


def h_ma(u):
    p = person(origin="mag")
    cin, ph = CIN(), Phone("ma_mob")
    u.t("Bonjour. ")
    put_name(u, p, pick(["full", "title_full"]), lead="Je suis ")
    u.t(", ma CIN c'est ").v("MA_CIN", cin.written())
    u.t(". Mon numéro, c'est le ").v("PHONE_NUMBER", ph.written(pick(["intl_sp", "local", "intl_pairs"])))
    u.t(".", pick(WHISPER_TAIL))


def h_iban(u):
    iban = iban_any()
    p = person()
    u.t("Pour le remboursement, mon IBAN c'est ").v("IBAN_CODE", group4(iban))
    u.t(". C'est le compte de ")
    put_name(u, p, pick(["title_full", "full"]))
    u.t(".")


def h_relative(u):
    rel = pick([("ma mère", "F"), ("mon père", "M"), ("ma fille", "F"), ("mon fils", "M"), ("ma femme", "F"), ("mon mari", "M")])
    p = person(gender=rel[1])
    u.t(f"C'est pour {rel[0]}, ")
    put_name(u, p, pick(["title_full", "first", "full"]))
    u.t(pick([". Elle ne peut pas se déplacer." if rel[1] == "F" else ". Il ne peut pas se déplacer.",
              ". Je l'aide pour ses papiers.", ". On a le même contrat."]))
    if chance(0.5):
        b = Birth(R.randint(1932, 1962) if rel[0] in ("ma mère", "mon père") else
                  R.randint(1985, 2010) if rel[0] in ("ma fille", "mon fils") else R.randint(1955, 1995))
        u.t(" " + ("Elle est née le " if rel[1] == "F" else "Il est né le ")).v("DATE_OF_BIRTH", b.written(pick(["long", "slash"])))
        u.t(".")


def h_custid_secret(u):
    c = CustId(pick(["client", "compte", "fbx"]))
    k, v, sp = secret(pick(["sms", "pin", "code_conf"]))
    u.t(f"Mon {c.label.replace('n°', 'numéro')}, c'est le ").v("CUSTOMER_ID", c.written())
    u.t(pick([", et le code reçu par SMS, c'est ", ". Le code, c'est ", ", et mon code confidentiel, c'est "]))
    u.v("SECRET", v)
    u.t(". ", pick(["Ça ne marche pas.", "Il est refusé.", "Voilà."]))


def h_ip(u):
    ip = ip_v4()
    p = person()
    u.t("Le technicien m'a demandé de regarder. L'adresse IP, c'est ").v("IP_ADDRESS", ip)
    u.t(". Je suis ")
    put_name(u, p, pick(["title_last", "full"]))
    u.t(", j'ai une Livebox." if chance(0.5) else ", j'ai une Freebox.")


def h_spell(u):
    p = person(origin=pick(["waf", "mag", "pl", "tr", "pt"]))
    u.t("Alors, mon nom, c'est ").v("PERSON", p.last)
    u.t(". Je vous épelle : ").v("PERSON", "-".join(c for c in strip_accents(p.last.upper().replace("ı", "i")) if c != " "))
    u.t(". Et le prénom, ").v("PERSON", p.first)
    u.t(".")


WHISPER = [h_ident_phone, h_email, h_address, h_nir_dob, h_card, h_agent, h_ma, h_iban, h_relative, h_custid_secret,
           h_ip, h_spell]


# --------------------------------------------------------------------------- no personal data (must survive)
def n_bill(u):
    co = pick(ENERGY)
    u.t(f"Bonjour, ma facture {co} {bill_ref()} est de {amount()} alors que d'habitude je paie {amount()} par mois. ")
    u.t(f"Le Linky indique {meter()} kWh en heures pleines et {meter()} en heures creuses. Pouvez-vous vérifier ?")


def n_appt_stt(u):
    u.t(f"oui bonjour c'est pour le rendez-vous du technicien {pick(WEEKDAYS)} {nw(R.randint(2, 28))} entre huit heures et midi ")
    u.t(pick(["pour la pose du compteur gazpar", "pour le linky", "pour raccorder la fibre"]))
    u.t(fl(0.6), " je serai pas là avant dix heures c'est possible de décaler")


def n_words_names(u):
    u.t(pick([
        "Le plombier dit que la fuite vient du joint sous la pierre de l'évier, le devis est de 320 €. Je suis assuré chez MAIF, c'est pris en charge ?",
        "Mon chat roux a renversé la lampe, le petit tapis a brûlé. Est-ce que la garantie incendie de l'AXA couvre ça ?",
        "La façade est rose depuis le ravalement de 2019, je déclare des fissures sur le mur en pierre côté jardin.",
        "Le boulanger d'en face a eu une coupure aussi, donc c'est tout le quartier. Le compteur Linky clignote en rouge.",
        "J'ai renversé du vin blanc sur la Livebox, elle ne s'allume plus. C'est couvert par l'assurance ?",
        "Mon fils est marin, il part six mois en mer, je voudrais suspendre son forfait Free pendant ce temps.",
        "Le berger allemand du voisin a arraché le grillage, le constat est fait. Montant : 480 €.",
        "Notre petit-fils vient le 14 juillet, on voudrait passer à la Freebox Ultra pour avoir la TV dans la chambre.",
    ]))


def n_hotline(u):
    co, num = pick(HOTLINES)
    u.t(f"J'ai appelé le {num} ({co}) trois fois cette semaine, {R.randint(20, 55)} minutes d'attente à chaque fois, ")
    u.t(f"et personne n'a pu me dire pourquoi on m'a prélevé {amount()} le {R.randint(1, 28)} {pick(MONTHS)}.")


def n_stt_hotline(u):
    u.t(pick(["j'ai appelé le trente-neuf cents ils m'ont dit de vous rappeler", "j'ai fait le dix vingt-trois ça sonne dans le vide",
              "le monsieur du trente-deux quarante-quatre m'a dit que c'était réglé",
              "j'ai appelé le numéro urgence gaz et ils sont venus couper"]))
    u.t(fl(0.5), f" ça fait {nw(R.randint(2, 9))} jours que j'ai plus rien et on m'a facturé {amount_spoken()}")


def n_offer(u):
    u.t(pick([
        f"Bonjour, je voudrais passer de la Livebox Fibre à l'offre Livebox Max à {amount()}/mois, sans changer de box si possible.",
        f"Quelle est la différence entre Tarif Bleu option Base et Tempo ? J'ai un abonnement 9 kVA et je consomme environ {R.randint(4, 14)} 000 kWh par an.",
        f"Je suis chez Engie depuis 2019 avec l'offre Elec Référence, TotalEnergies me propose {R.randint(8, 15)} % moins cher. Vous pouvez vous aligner ?",
        "Le Crédit Agricole me propose une assurance habitation Pacifica, la MAIF est plus chère de 60 € par an, c'est normal ?",
        f"La mensualisation passe de {amount()} à {amount()} au 1er mars, pourquoi ?",
        "Est-ce que le forfait Sosh 100 Go fonctionne au Maroc sans surcoût ? Je pars deux semaines en août.",
        "Je voudrais souscrire l'option Heures Creuses Week-end, mon Linky est bien installé depuis 2021.",
    ]))


def n_agency(u):
    u.t(pick([
        f"L'agence {pick(BANK)} de {pick(['Rouen', 'Niort', 'Saint-Denis', 'Lyon Part-Dieu', 'Marseille Castellane', 'Casablanca Maârif'])} est fermée le samedi, je peux déposer un chèque de {amount()} ailleurs ?",
        f"Je me suis déplacé à la boutique Orange de {pick(['Créteil Soleil', 'Lille Euralille', 'Toulouse Wilson'])} mais ils n'avaient pas la Livebox 7 en stock.",
        f"Le conseiller de l'agence de {pick(['Bordeaux', 'Nantes', 'Grenoble', 'Rabat Agdal'])} m'a dit que le virement arriverait sous 48 heures.",
        "Votre agence de Saint-Martin-d'Hères ne répond jamais au téléphone.",
    ]))


def n_duration(u):
    u.t(f"Ça fait {R.randint(2, 6)} semaines que j'attends le remboursement de {amount()}. ")
    u.t(f"Le dossier a été ouvert le {R.randint(1, 28)} {pick(MONTHS)}, on m'avait dit 10 jours ouvrés. ")
    u.t(f"Le prochain prélèvement est prévu le {R.randint(1, 28):02d}/{R.randint(1, 12):02d}.")


def n_masked(u):
    u.t(pick([
        f"Je vois un paiement de {amount()} avec la carte se terminant par {digits(4)} que je ne reconnais pas, je fais opposition ?",
        f"Le prélèvement a été fait sur le compte qui finit par {digits(3)}, pas sur le nouveau. Ma carte expire fin {R.randint(1, 12):02d}/{R.randint(25, 29)}.",
        f"Sur l'appli je vois IBAN FR76 **** **** **** **** **{digits(2)} {digits(3)}, c'est bien l'ancien compte ?",
        f"Le SMS dit « votre commande n°… sera livrée le {R.randint(1, 28):02d}/{R.randint(1, 12):02d} ». Je n'ai rien commandé !",
    ]))


def n_meter_stt(u):
    u.t(pick(["alors le compteur", "le gazpar", "le linky"]), " il affiche ", nw(R.randint(1000, 90000)))
    u.t(fl(0.5), pick([" mètres cubes", " kilowattheures", ""]), f" au {nw(R.randint(2, 28))} {pick(MONTHS)}")
    u.t(f" et vous m'avez estimé {nw(R.randint(1000, 9000))} c'est pas possible")


def n_stt_words(u):
    u.t(pick([
        "ben la pierre elle est fendue sur toute la longueur du mur et l'expert il passe que mardi",
        "bah le petit il a fait tomber le téléphone dans le bain donc il marche plus hein",
        "c'est le boulanger qui m'a dit qu'il y avait une coupure dans toute la rue",
        "on a repeint en blanc la chambre et depuis l'humidité revient euh c'est les murs qui sont froids",
        "mon mari est marin pêcheur il est en mer jusqu'à fin mars on peut attendre son retour",
        "la rose des vents sur la box elle tourne et ça se connecte pas",
    ]))


def n_whisper_general(u):
    u.t(pick([
        f"Oui, bonjour. Je vous appelle pour la facture de {pick(MONTHS)}. On m'a facturé {amount()}, c'est beaucoup trop.",
        f"D'accord. Donc le technicien passe le {R.randint(2, 28)} {pick(MONTHS)} entre 8 h et 12 h. Très bien.",
        "Bonjour. Est-ce que je peux résilier en ligne, ou il faut envoyer un courrier recommandé ?",
        f"Ma box affiche le code erreur E{R.randint(100, 999)} depuis ce matin. J'ai déjà débranché pendant 30 secondes.",
    ]))
    u.t(pick(WHISPER_TAIL))


def n_crm(u):
    u.t(pick([
        f"Appel entrant – contestation facture {bill_date()} ({amount()}). Client informé du relevé réel, échéancier 3x accepté. Rappel prévu {appt()}.",
        "Chat – demande info offre Tempo, pas de contrat en cours. Renvoyé vers edf.fr. Durée 6 min.",
        f"Ticket N1 – coupure fibre secteur {pick(['Lyon 8e', 'Marseille 13e', 'Lille-Fives', 'Nantes Nord'])}, incident collectif en cours, rétablissement estimé {R.randint(12, 20)}h.",
        f"Sinistre grêle – {R.randint(20, 140)} déclarations reçues aujourd'hui pour la commune, expert mandaté semaine {R.randint(10, 50)}.",
    ]))


NONE_W = [n_bill, n_words_names, n_hotline, n_offer, n_agency, n_duration, n_masked, n_crm]
NONE_S = [n_appt_stt, n_stt_hotline, n_meter_stt, n_stt_words]
NONE_H = [n_whisper_general]


# --------------------------------------------------------------------------- assembly
PLAN = [  # (channel, templates, count)
    ("written", WRITTEN, 225),
    ("stt", STT, 160),
    ("whisper", WHISPER, 65),
    ("written", NONE_W, 25),
    ("stt", NONE_S, 17),
    ("whisper", NONE_H, 8),
]


def schedule(templates, count):
    """Each template in turn (shuffled rounds), so that every template is used about equally."""
    out = []
    while len(out) < count:
        rnd = list(templates)
        R.shuffle(rnd)
        out.extend(rnd)
    return out[:count]


def build(channel, fn, seen):
    for _ in range(50):
        u = U(channel, noise=0.15 if channel == "stt" else 0.0)
        fn(u)
        text = u.text()
        if text not in seen:
            seen.add(text)
            return u, text
    raise RuntimeError(f"{fn.__name__}: no new text")


def main():
    seen = set()
    rows = []
    for channel, templates, count in PLAN:
        for fn in schedule(templates, count):
            u, text = build(channel, fn, seen)
            spans = u.spans
            for a, b in zip(spans, spans[1:]):
                assert a["end"] <= b["start"], (fn.__name__, text)
            for sp in spans:
                assert text[sp["start"]:sp["end"]] == sp["value"], (fn.__name__, sp)
            if templates in (NONE_W, NONE_S, NONE_H):
                assert not spans
            else:
                assert spans, fn.__name__
            rows.append({"text": text, "spans": spans, "channel": channel, "template": fn.__name__})
    assert len(rows) == N_TOTAL
    R.shuffle(rows)
    forms, types, chans = Counter(), Counter(), Counter()
    with OUT.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            spans = [{"type": s["type"], "start": s["start"], "end": s["end"], "value": s["value"]} for s in row["spans"]]
            form = form_of(row["spans"])
            obj = {"id": f"fr9-{i:04d}", "text": row["text"], "spans": spans, "form": form}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            forms[form] += 1
            chans[row["channel"] + ("/none" if not spans else "")] += 1
            types.update(s["type"] for s in spans)
    print(f"wrote {len(rows)} utterances to {OUT}")
    print("by form:   ", dict(sorted(forms.items())))
    print("by channel:", dict(sorted(chans.items())))
    print("by type:   ", dict(types.most_common()))


if __name__ == "__main__":
    main()

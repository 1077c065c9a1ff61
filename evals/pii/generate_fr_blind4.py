"""Blind French / Moroccan PII evaluation set no. 4 for the call-centre scrubber.

    /work/main/.venv/bin/python /tmp/blind_pii4/generate_fr_blind4.py   # writes fr_blind4.jsonl, prints counts

Written without looking at the scrubber, its tests or the other sets (only evals/pii/README.md and knowledge/).
Standard library, Faker (fr_FR, a few street names and surnames) and num2words; fixed seed 4242, so the output is
byte-identical with the same Faker (40.54.0) and num2words versions.

What it covers
- 500 utterances (ids b4-0001..b4-0500): 400 carry 1-4 values, 100 carry none. Domains: Volta Energie (energy),
  Assurea (car / home insurance), a telecom (box, fibre, SIM, Moroccan operators) and payment flows (card, SEPA,
  transfers, Moroccan RIBs); customers and agents in France and in Morocco.
- 175 carrier templates with values and 40 without, all written for this set, in three channels:
  raw speech-to-text (lower case, no punctuation, "euh/ben/bah/voila", Darija "wakha/safi/iyeh", "conseiller ...
  client ..." turn markers), punctuated transcripts, and chat (typos, SMS spelling, Arabizi "bghit nbdl ... 3afak",
  multi-line forms, one shouted all-caps message). Chat is lower-cased at random a quarter of the time.
- Values: FR and MA phones (pairs, digit by digit, +33 / 0033 / +212 / 00212 / "double zero", groups of three,
  irregular separators, digits and words mixed, one digit at a time); e-mails written, spoken ("arobase", "at",
  "a commercial", "point", "tiret du bas", "trait d'union", spelled letters, numbers in words) and half spoken;
  IBANs FR (RIB key), MA, ES (national check), BE (mod 97) and bare 24-digit Moroccan RIBs; Visa / CB / Mastercard
  (51-55 and 2221-2720) / Amex with Luhn; NIRs with key 97 - n mod 97 (2A/2B as 19/18, DOM 97x, born abroad 99 350
  Morocco etc.); Moroccan CINs (1-2 letters, 5-6 digits, "j comme jamal"); Volta "VE" numbers, Assurea member,
  AUT/HAB/MRH policy numbers, telecom account numbers; French (bis/ter, building, floor, flat, separated postcode)
  and Moroccan addresses (residence/immeuble/appartement, derb, lotissement, villa, bloc, hay, douar); names of
  French, Breton, Corsican, Reunionese, Moroccan, Algerian, West/Central African, Portuguese, Spanish, Italian,
  Vietnamese, Chinese, Turkish, Polish, Armenian, Jewish, Haitian origin, spelled letter by letter or "d comme
  desire"; dates of birth in every common form; passwords, PIN, PUK, OTP, card security codes, Wi-Fi keys,
  door codes, client-area codes and secret-question answers (all SECRET); public, private (box) and IPv6 addresses.
- Hard cases: in-value corrections ("... soixante-sept dix non pardon cinquante et un ..."), whole-value
  corrections ("06... non pardon c'est 06..."), an e-mail corrected from a dot to a hyphen, two values of a kind in
  one turn, interruptions inside a value ("vous avez note oui donc"), a value alone or at the start/end, values given
  after a question, agents reading values back (the same IBAN repeated in another form), hesitation between two
  dates of birth.
- Traps that must survive (no span): amounts in EUR and MAD/DH, meter indexes (also read digit by digit with
  leading zeros), kVA, kWh, m3, bill / appointment / payment dates, hours, durations, percentages, bonus-malus
  coefficients, law articles (L113-12, loi Hamon, loi 31-08...), offers (Volta Nature, Tous risques, Essentielle
  Locataire...), brands and banks, BIC codes, card expiry dates, agency and home cities on their own, ages,
  years ("construite en 1987", "client depuis 2012"), short service numbers (3939, le 3900, le 15, le 177...),
  error codes, Darija words (and the city "Safi").

Labelling choices
- Offsets are recorded while each piece is appended; the script asserts text[start:end] == value, sorted
  non-overlapping spans, and a valid checksum for every card, IBAN, RIB and NIR written in digits.
- A title (monsieur, madame, mme) is outside PERSON. A name and its spelling with nothing between them form one
  PERSON span ("ziani z i a n i"); with a filler between, two spans. Agents' first names are PERSON.
  A password or secret answer that looks like a name is SECRET, not PERSON.
- An interjection, an interruption or an in-value correction inside a value belongs to its span, as do "cle" /
  "et la cle" before a NIR key and "tout attache" / "en un mot" inside an e-mail. A value repeated after
  "non pardon" is a second span; the wrong first value is labelled too.
- A street given first and the postcode and city given later are two ADDRESS spans; a street without a city is
  an ADDRESS; a city, neighbourhood or country alone is not.
- Contract / policy / member numbers are CUSTOMER_ID; Moroccan RIBs are IBAN_CODE; private IPs are IP_ADDRESS.
  Card expiry dates, BICs, meter indexes and invoice amounts are not labelled. DATE_OF_BIRTH covers the date only,
  without "le" or "ne le". A NIR's year and month are not matched to a date of birth.
- form: per value, "written" = digits and symbols, "spoken" = read aloud, "mixed" = both in one value; names count
  as spoken in transcripts and written in chat. The utterance is written/spoken when all its values are, otherwise
  mixed; "none" without values.
"""
import json
import random
import re
import unicodedata
from collections import Counter

from faker import Faker
from num2words import num2words

SEED = 4242
rng = random.Random(SEED)
Faker.seed(SEED)
fake = Faker("fr_FR")

OUT = "/tmp/blind_pii4/fr_blind4.jsonl"

# --------------------------------------------------------------------------------------------
# numbers read aloud
# --------------------------------------------------------------------------------------------
DIG = "zéro un deux trois quatre cinq six sept huit neuf".split()


def nw(n):
    return num2words(int(n), lang="fr")


def digits_words(s):
    return " ".join(DIG[int(c)] for c in s)


def pair_words(p):
    if p == "00":
        return rng.choice(["zéro zéro", "zéro zéro", "double zéro"])
    if p[0] == "0":
        return "zéro " + DIG[int(p[1])]
    return nw(p)


def group_words(g):
    """a group of digits read as a number, its leading zeros read one by one"""
    lead = len(g) - len(g.lstrip("0"))
    rest = g.lstrip("0")
    words = ["zéro"] * lead
    if rest:
        words.append(nw(rest))
    return " ".join(words)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


LETTER_WORDS = {
    "a": ["anatole", "alice", "ahmed"], "b": ["berthe", "bernard", "bateau"], "c": ["célestin", "charles", "camille"],
    "d": ["désiré", "david", "driss"], "e": ["eugène", "émile", "école"], "f": ["françois", "fatima", "france"],
    "g": ["gaston", "georges"], "h": ["henri", "hassan", "hôtel"], "i": ["irma", "isabelle", "ibrahim"],
    "j": ["joseph", "jacques", "jamal"], "k": ["kléber", "kilo", "karim"], "l": ["louis", "léon", "leila"],
    "m": ["marcel", "maman", "mohamed"], "n": ["nicolas", "nadia", "noël"], "o": ["oscar", "olivier", "omar"],
    "p": ["pierre", "papa", "paul"], "q": ["quintal", "québec"], "r": ["raoul", "robert", "rachid"],
    "s": ["suzanne", "samir", "sucre"], "t": ["thérèse", "thomas", "tanger"], "u": ["ursule", "usine"],
    "v": ["victor", "valérie"], "w": ["william", "wagon"], "x": ["xavier"], "y": ["yvonne", "youssef", "yacht"],
    "z": ["zoé", "zineb", "zèbre"],
}


def spell_letters(word, comme=False):
    out = []
    for ch in strip_accents(word).lower():
        if ch.isalpha():
            out.append(f"{ch} comme {rng.choice(LETTER_WORDS[ch])}" if comme else ch)
        elif ch in "-":
            out.append("tiret")
        elif ch == "'":
            out.append("apostrophe")
        elif ch == " ":
            out.append(rng.choice(["espace", "", ""]))
    return " ".join(w for w in out if w)


# --------------------------------------------------------------------------------------------
# utterance builder: offsets are taken while the text is appended
# --------------------------------------------------------------------------------------------
class U:
    def __init__(self, lower=False, upper=False):
        self.text = ""
        self.spans = []
        self.styles = []
        self.lower = lower
        self.upper = upper

    def _norm(self, s):
        if self.upper:
            up = s.upper()
            assert len(up) == len(s)
            s = up
        elif self.lower:
            low = s.lower()
            assert len(low) == len(s)
            s = low
        return s

    def t(self, s):
        """plain carrier text"""
        s = self._norm(s)
        if not s:
            return
        if (not self.text or self.text.endswith((" ", "\n", "'", "’"))) and s.startswith(" "):
            s = s.lstrip(" ")
        self.text += s

    def v(self, typ, s, style):
        """one PII value; never starts or ends with a space"""
        s = self._norm(s)
        assert s == s.strip() and s, (typ, s)
        start = len(self.text)
        self.text += s
        self.spans.append({"type": typ, "start": start, "end": len(self.text), "value": s})
        self.styles.append(style)

    def form(self):
        if not self.spans:
            return "none"
        st = set(self.styles)
        if st == {"w"}:
            return "written"
        if st == {"s"}:
            return "spoken"
        return "mixed"

    def finish(self):
        merged, styles = [], []
        for sp, st in zip(self.spans, self.styles):
            if merged and sp["type"] == merged[-1]["type"] and self.text[merged[-1]["end"]:sp["start"]].strip() == "":
                assert sp["type"] == "PERSON", (sp, self.text)
                prev = merged[-1]
                prev["end"] = sp["end"]
                prev["value"] = self.text[prev["start"]:prev["end"]]
                styles[-1] = styles[-1] if styles[-1] == st else "m"
                continue
            merged.append(dict(sp))
            styles.append(st)
        self.spans, self.styles = merged, styles
        end = len(self.text.rstrip())
        self.text = self.text[:end]
        for sp in self.spans:
            assert sp["end"] <= end
        return self.text


# --------------------------------------------------------------------------------------------
# raw values with valid checksums
# --------------------------------------------------------------------------------------------
def rdigits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(partial):
    """append the Luhn check digit"""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


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


def gen_card():
    kind = rng.choices(["visa", "mc", "mc2", "amex", "cb"], [45, 25, 8, 7, 15])[0]
    if kind == "visa":
        num = luhn_complete("4" + rdigits(14))
    elif kind == "cb":
        num = luhn_complete(rng.choice(["4970", "4974", "4561", "4978"]) + rdigits(11))
    elif kind == "mc":
        num = luhn_complete(str(rng.randint(51, 55)) + rdigits(13))
    elif kind == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)) + rdigits(11))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + rdigits(12))
    assert luhn_ok(num)
    return num


def iban_check(country, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    return "%02d" % (98 - int(conv) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s.upper())) % 97 == 1


def gen_iban_fr():
    bank = rng.choice(["30004", "30002", "20041", "10278", "30003", "10907", "16606", "18206", "13807", "12506",
                       "30066", "17515", "11315", "14505", "10096"])
    guichet = rdigits(5)
    account = rdigits(11)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)
    bban = bank + guichet + account + "%02d" % key
    iban = "FR" + iban_check("FR", bban) + bban
    assert iban_ok(iban) and len(iban) == 27
    return iban


def gen_rib_ma():
    bank = rng.choice(["007", "011", "013", "021", "022", "145", "190", "230", "225", "050", "350"])
    city = rng.choice(["780", "810", "640", "450", "360", "001", "020", "127", "780"])
    account = rdigits(16)
    key = 97 - (int(bank + city + account) * 100) % 97
    return bank + city + account + "%02d" % key


def gen_iban_ma():
    rib = gen_rib_ma()
    iban = "MA" + iban_check("MA", rib) + rib
    assert iban_ok(iban) and len(iban) == 28
    return iban


def es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * k for d, k in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def gen_iban_es():
    bank, branch, acc = rng.choice(["2100", "0049", "0182", "2038", "0081"]), rdigits(4), rdigits(10)
    dc = "%d%d" % (es_dc("00" + bank + branch), es_dc(acc))
    bban = bank + branch + dc + acc
    iban = "ES" + iban_check("ES", bban) + bban
    assert iban_ok(iban) and len(iban) == 24
    return iban


def gen_iban_be():
    first = rng.choice(["001", "068", "310", "363", "539", "732", "850"]) + rdigits(7)
    chk = int(first) % 97 or 97
    bban = first + "%02d" % chk
    iban = "BE" + iban_check("BE", bban) + bban
    assert iban_ok(iban) and len(iban) == 16
    return iban


NIR_BIRTHPLACES = (
    [("75", "1%02d" % a) for a in range(1, 21)] + [("69", "38%d" % a) for a in range(1, 10)]
    + [("13", "2%02d" % a) for a in range(1, 17)] + [("93", "066"), ("93", "070"), ("92", "050"), ("94", "081"),
                                                     ("59", "350"), ("33", "063"), ("31", "555"), ("44", "109"),
                                                     ("67", "482"), ("06", "088"), ("34", "172"), ("35", "238"),
                                                     ("2A", "004"), ("2A", "247"), ("2B", "033"), ("2B", "096"),
                                                     ("971", "20"), ("972", "09"), ("974", "11"), ("976", "08"),
                                                     ("99", "350"), ("99", "350"), ("99", "350"), ("99", "351"),
                                                     ("99", "352"), ("99", "341"), ("99", "139"), ("99", "134")]
)


def nir_key(first13):
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return "%02d" % (97 - n % 97)


def gen_nir(sex=None, where=None):
    sex = sex or rng.choice("12")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    places = NIR_BIRTHPLACES
    if where == "ma":
        places = [("99", "350")]
    elif where == "corse":
        places = [x for x in NIR_BIRTHPLACES if x[0] in ("2A", "2B")]
    dept, commune = rng.choice(places)
    order = "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dept + commune + order
    assert len(body) == 13
    return body + nir_key(body)


def nir_groups(nir):
    """sex, year, month, department, commune, order, key"""
    if nir[5:7] == "97":
        d, c = nir[5:8], nir[8:10]
    else:
        d, c = nir[5:7], nir[7:10]
    return [nir[0], nir[1:3], nir[3:5], d, c, nir[10:13], nir[13:15]]


CIN_PREFIX = ["A", "AA", "AB", "AD", "B", "BB", "BE", "BH", "BJ", "BK", "BL", "BW", "C", "CB", "CD", "D", "DA", "E",
              "EE", "F", "FA", "G", "GA", "H", "HH", "I", "IA", "J", "JB", "JC", "JE", "JH", "JK", "K", "KB", "L", "LB",
              "M", "N", "P", "PA", "Q", "R", "S", "SH", "T", "TA", "U", "UA", "V", "W", "WA", "X", "Y", "Z", "ZG"]


def gen_cin():
    p = rng.choice(CIN_PREFIX)
    n = rdigits(6) if (len(p) == 1 or rng.random() < 0.75) else rdigits(5)
    if n[0] == "0" and rng.random() < 0.6:
        n = str(rng.randint(1, 9)) + n[1:]
    return p, n


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------
NAMES = {
    "fr": (
        "Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Laurent Julien Sébastien Thomas Antoine Hugo "
        "Lucas Théo Maxime Guillaume Jean-Baptiste Jean-Marc Bernard Gérard Didier Yves Hervé Olivier Benoît Mathis "
        "Enzo Loïc Gaëtan Cédric Jérôme Rémi Lucien Aurélien Baptiste Florian Killian Noé Marius".split(),
        "Marie Nathalie Isabelle Sylvie Catherine Sophie Céline Julie Camille Léa Manon Chloé Emma Marie-Claire "
        "Anne-Sophie Brigitte Monique Françoise Martine Élodie Aurélie Pauline Margaux Océane Maëlle Gwenaëlle Hélène "
        "Agnès Rose Capucine Solène Jacqueline Ginette Laetitia Coralie Mélanie Justine Clémence Louise Jade".split(),
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel David "
        "Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Legrand "
        "Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Perrin Morin Mathieu Clément Gauthier Dumont "
        "Fontaine Chevalier Robin Boulanger Charpentier Lebrun Marchand Meunier Lemaire Barbier Brun Noël Renard "
        "Lacroix Rivière Poulain Caron Picard Lecomte Giraud Bastide Delacroix Vasseur Guillot Tessier Pruvost".split()
        + ["Le Gall", "Le Goff", "Kerbrat", "Quéré", "Le Floc'h", "de La Fontaine", "Du Pontavice", "Santoni",
           "Casanova", "Pietri", "Orsini", "Hoarau", "Payet", "Grondin", "Jean-Louis", "Saint-Cyr"],
    ),
    "ma": (
        "Mohamed Youssef Ayoub Hamza Mehdi Omar Karim Rachid Abdelilah Abdellah Saïd Hicham Anas Ilyas Othmane "
        "Yassine Zakaria Soufiane Reda Driss Mustapha Brahim Abderrahim Hassan Hamid Badr Nabil Khalid Adil Aziz "
        "Taha Ismail Mouad Achraf Lahcen".split() + ["Mohammed Amine", "Mohamed Ali", "Abdel Karim"],
        "Khadija Meryem Salma Imane Hajar Sanae Nadia Houda Loubna Ghizlane Siham Asmae Zineb Kawtar Oumaima "
        "Chaimae Hasna Latifa Naima Souad Bouchra Malika Nisrine Wiam Rim Yasmine Aïcha Hind Btissam Ikram Fadwa"
        .split() + ["Fatima Zahra", "Fatima-Ezzahra", "Lalla Amina"],
        "Alaoui Benali Bennani Tazi Berrada Chraibi Lahlou Idrissi Amrani Ouazzani Benjelloun Sqalli Kettani Bouzidi "
        "Ziani Mansouri Haddad Belhaj Ennaji Boutaleb Cherkaoui Filali Rahmouni Naciri Hajji Oubella Oukhouya "
        "Boujemaa Lamrani Zeroual Sebti Tahiri Kabbaj Slaoui Bakkali Ouaziz Guessous Benkirane Jabri Zniber".split()
        + ["El Alaoui", "El Idrissi", "El Amrani", "Ait Ouahmane", "Fassi Fihri", "El Khatib", "El Fassi",
           "Ait Lahcen", "Id Belkacem", "Ait Said", "Ben Abdeljalil", "El Mansouri", "Ait Baha"],
    ),
    "dz": (
        "Samir Farid Nassim Sofiane Lyes Mourad Kamel Walid Bilal Rayan".split(),
        "Amel Sabrina Djamila Lamia Nesrine Feriel Sonia Yamina Lina Inès".split(),
        "Benmoussa Bouaziz Hamdi Mebarki Kaci Saidi Belkacem Trabelsi Hadjadj Boukhari Meziane Cherif".split()
        + ["Ben Salah", "Ait Ahmed", "Ould Ali"],
    ),
    "af": (
        "Mamadou Moussa Ibrahima Amadou Seydou Ousmane Boubacar Cheikh Koffi Prince Exaucé Landry Aboubakar".split(),
        "Aminata Fatoumata Mariama Awa Aïssatou Kadiatou Adjoa Grâce Merveille Binta Ramatoulaye Nafissatou".split(),
        "Diallo Traoré Koné Camara Diop Sow Ba Cissé Keïta Touré Mbemba Mensah Kouassi Kouamé Fofana Sylla Dembélé "
        "Bamba Tshibanda Mukendi Okafor Nkoulou Soilihi Ahamada".split() + ["N'Diaye", "Ndiaye", "Mbaye"],
    ),
    "other": (
        "João Manuel Rui Tiago José Antonio Giuseppe Marco Minh Thanh Wei Mehmet Emre Murat Piotr Andrei Haïk David "
        "Élie Wilner Jocelyn Dimitri Stéphane Kevin".split(),
        "Ana Fernanda Carmen Dolores Giulia Linh Mei Xiaoling Ayşe Elif Zeynep Agnieszka Ioana Olga Anahit Sarah "
        "Rachel Yaël Ketty Rose-Marie Maria Teresa".split(),
        "Ferreira Pereira Rodrigues Gonçalves Oliveira Teixeira García Fernández Sánchez Rossi Ricci Esposito "
        "Bianchi Romano Nguyen Tran Le Pham Huynh Wang Chen Zhang Yilmaz Demir Kaya Çelik Öztürk Kowalski Nowak "
        "Wiśniewski Petrov Ivanova Popescu Manoukian Petrossian Cohen Lévy Benhamou Attal Zerbib Amsellem Joseph"
        .split() + ["Da Silva", "Dos Santos", "Pierre-Louis", "Saint-Fleur", "Thi Lan"],
    ),
}


class Person:
    def __init__(self, origin=None, sex=None):
        if origin is None:
            origin = rng.choices(["fr", "ma", "dz", "af", "other"], [40, 30, 10, 10, 10])[0]
        self.origin = origin
        self.sex = sex or rng.choice("12")
        firsts_m, firsts_f, lasts = NAMES[origin]
        if origin == "fr" and rng.random() < 0.25:
            lasts = lasts + [fake.last_name() for _ in range(3)]
        self.first = rng.choice(firsts_m if self.sex == "1" else firsts_f)
        self.last = rng.choice(lasts)
        self.title = rng.choice(["monsieur", "m."] if self.sex == "1" else ["madame", "mme", "mademoiselle"])
        self.dob = (rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28))


def email_local(p):
    f = strip_accents(p.first).lower().replace(" ", "").replace("'", "")
    l = strip_accents(p.last).lower().replace(" ", "").replace("'", "")
    yy = "%02d" % (p.dob[0] % 100)
    n = str(rng.randint(1, 99))
    pat = rng.choice([
        f"{f}.{l}", f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{l}{yy}", f"{f}{yy}", f"{l}-{f}",
        f"{f}.{l}{n}", f"{f[0]}{l}{p.dob[0]}", f"{l}{f[0]}", f"{f}-{l}", f"{f}.{l[0]}", f"{l}.{f}{yy}",
    ])
    return pat.replace("-", rng.choice(["-", "-", ""])) if pat.count("-") > 1 else pat


DOMAINS_FR = ["gmail.com"] * 6 + ["hotmail.fr"] * 3 + ["yahoo.fr"] * 2 + ["orange.fr"] * 3 + [
    "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "outlook.fr", "live.fr", "icloud.com", "hotmail.com",
    "neuf.fr", "protonmail.com", "bbox.fr", "aol.com", "yahoo.com", "numericable.fr"]
DOMAINS_MA = ["gmail.com"] * 6 + ["hotmail.com"] * 2 + ["yahoo.fr", "menara.ma", "outlook.com", "hotmail.fr",
                                                         "yahoo.com", "live.fr"]
PRO_DOMAINS = ["boulangerie-morel.fr", "cabinet-ziani.ma", "atelier-kerbrat.bzh", "transports-diallo.fr",
               "pharmacie-du-centre.fr", "agri-souss.ma", "univ-lyon2.fr", "ac-toulouse.fr"]


def gen_email(p):
    dom = rng.choice(DOMAINS_MA if p.origin == "ma" else DOMAINS_FR)
    if rng.random() < 0.06:
        dom = rng.choice(PRO_DOMAINS)
    return email_local(p), dom


# --------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("75015", "Paris"), ("69003", "Lyon"), ("69008", "Lyon"),
             ("13005", "Marseille"), ("13013", "Marseille"), ("31400", "Toulouse"), ("33000", "Bordeaux"),
             ("59000", "Lille"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("34000", "Montpellier"),
             ("06000", "Nice"), ("35000", "Rennes"), ("76600", "Le Havre"), ("42000", "Saint-Étienne"),
             ("93200", "Saint-Denis"), ("95100", "Argenteuil"), ("94400", "Vitry-sur-Seine"),
             ("92230", "Gennevilliers"), ("38000", "Grenoble"), ("21000", "Dijon"), ("63000", "Clermont-Ferrand"),
             ("20000", "Ajaccio"), ("20200", "Bastia"), ("97200", "Fort-de-France"), ("97400", "Saint-Denis"),
             ("29200", "Brest"), ("87000", "Limoges"), ("57000", "Metz"), ("68100", "Mulhouse"), ("80000", "Amiens"),
             ("51100", "Reims"), ("72000", "Le Mans"), ("49000", "Angers"), ("37000", "Tours"), ("30000", "Nîmes"),
             ("83000", "Toulon"), ("64000", "Pau"), ("66000", "Perpignan"), ("14000", "Caen"),
             ("25000", "Besançon"), ("86000", "Poitiers"), ("45000", "Orléans"), ("03100", "Montluçon"),
             ("01000", "Bourg-en-Bresse"), ("91000", "Évry-Courcouronnes"), ("77100", "Meaux"),
             ("26000", "Valence"), ("84000", "Avignon"), ("62300", "Lens"), ("59100", "Roubaix")]
FR_STREET_TYPES = ["rue"] * 8 + ["avenue"] * 3 + ["boulevard"] * 2 + ["allée", "impasse", "chemin", "place",
                                                                          "route", "quai", "cours", "square"]
FR_STREETS = ["des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle", "des Acacias",
              "Pasteur", "Émile Zola", "des Tilleuls", "du Moulin", "de la Gare", "Paul Vaillant-Couturier",
              "des Frères Lumière", "Saint-Exupéry", "de Verdun", "Gambetta", "du 8 Mai 1945", "des Peupliers",
              "Jules Ferry", "Aristide Briand", "de Belleville", "des Cerisiers", "du Stade", "Lamartine",
              "de la Liberté", "Pierre Brossolette", "des Écoles", "Louise Michel", "Anatole France", "du Port",
              "Marcel Pagnol", "des Mimosas", "Condorcet", "de Bretagne", "du Château d'Eau"]
MA_CITIES = [("20250", "Casablanca"), ("20330", "Casablanca"), ("20000", "Casablanca"), ("10100", "Rabat"),
             ("10170", "Rabat"), ("90000", "Tanger"), ("40000", "Marrakech"), ("30000", "Fès"), ("80000", "Agadir"),
             ("50000", "Meknès"), ("60000", "Oujda"), ("14000", "Kénitra"), ("93000", "Tétouan"), ("11000", "Salé"),
             ("12000", "Témara"), ("28800", "Mohammedia"), ("24000", "El Jadida"), ("62000", "Nador"),
             ("23000", "Béni Mellal"), ("46000", "Safi"), ("25000", "Khouribga"), ("45000", "Ouarzazate")]
MA_HAY = ["Hay Riad", "Hay Mohammadi", "Hay Hassani", "Hay Nahda", "Hay Salam", "Hay Al Qods", "Hay Inara",
          "Hay Karima", "Hay Massira", "Hay Chrifa", "Sidi Maarouf", "Maarif", "Bourgogne", "Agdal", "Gueliz",
          "Hay Dakhla", "Hay Al Farah", "Aïn Sebaâ", "Sidi Moumen", "Hay Ennahda"]
MA_RES = ["Al Amal", "Al Andalous", "Les Jardins de l'Atlas", "Nour", "Yasmine", "Al Boustane", "Ryad Salam",
          "Dar Essalam", "Al Wifak", "Les Orangers", "Atlas Golf", "Zenith"]
MA_STREETS = ["avenue Mohammed V", "boulevard Zerktouni", "boulevard Abdelmoumen", "avenue Hassan II",
              "rue Ibn Sina", "rue Moulay Ismail", "boulevard Al Massira", "avenue des FAR", "rue Allal Ben Abdellah",
              "boulevard Mohammed VI", "rue Oued Sebou", "avenue Abdelkrim El Khattabi", "rue Ibn Battouta"]
MA_DERB = ["Derb Sultan", "Derb Ghallef", "Derb Omar", "Derb Sidi Bouloukat", "Derb Dabachi", "Derb Moulay Chérif"]
MA_HAY_CITY = {"Hay Riad": "Rabat", "Agdal": "Rabat", "Gueliz": "Marrakech", "Maarif": "Casablanca",
               "Bourgogne": "Casablanca", "Sidi Maarouf": "Casablanca", "Aïn Sebaâ": "Casablanca",
               "Sidi Moumen": "Casablanca", "Hay Mohammadi": "Casablanca", "Hay Hassani": "Casablanca"}
AGENCY_CITIES = ["Casablanca", "Rabat", "Tanger", "Fès", "Marrakech", "Agadir", "Lyon", "Lille", "Nantes",
                 "Bordeaux", "Toulouse", "Marseille", "Paris", "Oujda", "Meknès", "Poitiers", "Rennes", "Montpellier"]


# --------------------------------------------------------------------------------------------
# renderers: each returns (text, style) with style w (digits, symbols), s (read aloud) or m (both)
# --------------------------------------------------------------------------------------------
HESIT = ["euh", "euh", "euh attendez", "attendez", "euh je regarde", "hein", "ben", "euh attends",
         "je vérifie", "c'est ça", "voilà"]


SPLIT = ["vous avez noté oui donc", "attendez ça coupe", "allô vous m'entendez oui alors", "vous suivez",
         "je vous laisse noter", "c'est bon vous avez oui et après"]


def join_tokens(tokens, hes=False, fix=False, split=False):
    """join value tokens, maybe with one interjection or one in-value correction between two of them"""
    toks = list(tokens)
    if fix and len(toks) > 3:
        i = rng.randint(1, len(toks) - 2)
        wrong = toks[i]
        while wrong == toks[i]:
            wrong = rng.choice([pair_words("%02d" % rng.randint(10, 99)), DIG[rng.randint(1, 9)]])
        toks.insert(i, wrong + " " + rng.choice(["non", "non pardon", "ah non", "euh non", "non non", "pardon"]))
    if (hes or split) and len(toks) > 2:
        i = rng.randint(1, len(toks) - 1) if not split else len(toks) // 2
        toks.insert(i, rng.choice(SPLIT if split else HESIT))
    return " ".join(toks)


def render_phone(num, style, country="FR", mods=()):
    """num: 10 national digits starting with 0"""
    rest9 = num[1:]
    cc = "33" if country == "FR" else "212"
    hes = "hes" in mods
    fix = "fix" in mods
    intl = "int" in mods or (country == "MA" and rng.random() < 0.35) or rng.random() < 0.12
    if style == "w":
        if intl:
            if country == "FR":
                f = rng.choice([
                    lambda: "+33 " + rest9[0] + " " + " ".join(chunks(rest9[1:], [2, 2, 2, 2])),
                    lambda: "+33" + rest9,
                    lambda: "0033 " + rest9[0] + " " + " ".join(chunks(rest9[1:], [2, 2, 2, 2])),
                    lambda: "+33 (0)" + rest9[0] + " " + " ".join(chunks(rest9[1:], [2, 2, 2, 2])),
                    lambda: "+33 " + rest9[0] + "." + ".".join(chunks(rest9[1:], [2, 2, 2, 2])),
                ])
            else:
                f = rng.choice([
                    lambda: "+212 " + rest9[0] + " " + " ".join(chunks(rest9[1:], [2, 2, 2, 2])),
                    lambda: "+212 " + rest9[:3] + "-" + rest9[3:],
                    lambda: "+212" + rest9,
                    lambda: "00212 " + " ".join(chunks(rest9, [3, 2, 2, 2])),
                    lambda: "(+212) " + " ".join(chunks(rest9, [3, 3, 3])),
                    lambda: "+212 (0)" + rest9[0] + " " + " ".join(chunks(rest9[1:], [2, 2, 2, 2])),
                ])
            txt = f()
        else:
            fmts = [
                lambda: " ".join(chunks(num, [2] * 5)),
                lambda: " ".join(chunks(num, [2] * 5)),
                lambda: num,
                lambda: ".".join(chunks(num, [2] * 5)),
                lambda: "-".join(chunks(num, [2] * 5)),
                lambda: " ".join(chunks(num, [3, 2, 2, 3])),
                lambda: " ".join(chunks(num, [2, 4, 4])),
                lambda: " ".join(chunks(num, [2, 2, 2, 4])),
                lambda: "/".join(chunks(num, [2] * 5)),
            ]
            if country == "MA":
                fmts += [lambda: num[:4] + " " + " ".join(chunks(num[4:], [2, 2, 2])),
                         lambda: num[:4] + "-" + num[4:], lambda: " ".join(chunks(num, [4, 3, 3]))]
            txt = rng.choice(fmts)()
        if hes and " " in txt:
            parts = txt.split(" ")
            i = rng.randint(1, len(parts) - 1)
            txt = " ".join(parts[:i] + [rng.choice(HESIT)] + parts[i:])
        return txt, "w"
    # spoken and mixed
    if intl:
        if country == "FR":
            head = rng.choice(["plus trente-trois", "plus trente-trois", "zéro zéro trente-trois",
                               "double zéro trente-trois"])
            toks = [head, DIG[int(rest9[0])]] + [pair_words(p) for p in chunks(rest9[1:], [2] * 4)]
        else:
            head = rng.choice(["plus deux cent douze", "plus deux cent douze", "zéro zéro deux cent douze",
                               "plus deux un deux"])
            if rng.random() < 0.5:
                toks = [head] + [group_words(g) for g in chunks(rest9, [3, 3, 3])]
            else:
                toks = [head, DIG[int(rest9[0])]] + [pair_words(p) for p in chunks(rest9[1:], [2] * 4)]
    else:
        mode = rng.choice(["pairs", "pairs", "pairs", "digits", "first", "g3"] if country == "MA" else
                          ["pairs", "pairs", "pairs", "pairs", "digits", "first"])
        if "dig" in mods:
            mode = "digits"
        if mode == "pairs":
            toks = [pair_words(p) for p in chunks(num, [2] * 5)]
        elif mode == "digits":
            toks = [DIG[int(c)] for c in num]
        elif mode == "first":   # 0 6 then pairs
            toks = ["zéro", DIG[int(num[1])]] + [pair_words(p) for p in chunks(num[2:], [2] * 4)]
        else:  # 06 61 234 567
            toks = ["zéro " + DIG[int(num[1])], pair_words(num[2:4])] + [group_words(g) for g in
                                                                          chunks(num[4:], [3, 3])]
    if style == "m":
        # some groups stay in digits
        if intl:
            toks[0] = "+" + cc if toks[0].startswith("plus") else "00" + cc
        pairs = chunks(num, [2] * 5)
        if not intl and len(toks) == 5:
            k = rng.choice([1, 2, 3])
            idx = rng.sample(range(5), k) if rng.random() < 0.5 else list(range(k))
            toks = [pairs[i] if i in idx else toks[i] for i in range(5)]
        elif not intl:
            toks = [pairs[0]] + [pair_words(p) for p in pairs[1:]]
        return join_tokens(toks, hes, fix, "split" in mods), "m"
    return join_tokens(toks, hes, fix, "split" in mods), "s"


def gen_phone(country, kind=None):
    if country == "FR":
        if kind == "mob" or (kind is None and rng.random() < 0.75):
            return "0" + rng.choice("6667") + rdigits(8)
        return "0" + rng.choice("123459") + rdigits(8)
    if kind == "mob" or (kind is None and rng.random() < 0.8):
        return "0" + rng.choice(["661", "662", "663", "666", "670", "671", "650", "651", "600", "701", "700",
                                 "707", "676", "698", "610"]) + rdigits(6)
    return "05" + rng.choice(["22", "22", "37", "24", "39", "35", "28", "23"]) + rdigits(6)


SEP_WORDS = {".": ["point"], "_": ["tiret du bas", "underscore", "tiret bas", "tiret du huit"],
             "-": ["tiret", "tiret", "trait d'union", "tiret du six"]}
AT_WORDS = ["arobase", "arobase", "arobase", "arobas", "at", "a commercial", "arobase"]


def speak_email_part(part, spell_prob=0.12):
    out = []
    seps = {k: rng.choice(v) for k, v in SEP_WORDS.items()}
    for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", part):
        if tok in SEP_WORDS:
            out.append(seps[tok])
        elif tok.isdigit():
            if len(tok) == 4 and tok[0] in "12" and rng.random() < 0.6:
                out.append(nw(tok))
            elif len(tok) <= 2 and rng.random() < 0.75:
                out.append(nw(tok) if tok[0] != "0" else digits_words(tok))
            else:
                out.append(digits_words(tok))
        elif len(tok) == 1 or rng.random() < spell_prob:
            out.append(" ".join(tok))
        else:
            out.append(tok)
    return " ".join(out)


def render_email(local, dom, style, channel, mods=()):
    if style == "w":
        at = "@"
        if "spaced" in mods or (channel == "c" and rng.random() < 0.05):
            at = " @ "
        loc, d = local, dom
        r = rng.random()
        if channel == "c" and r < 0.12:
            loc = ".".join(x.capitalize() for x in loc.split("."))
        elif channel == "c" and r < 0.18:
            d = d.replace("gmail.com", rng.choice(["gmail.con", "gmial.com", "gmail.fr"])).replace(
                "hotmail.fr", "hotmal.fr")
        elif channel == "c" and r < 0.21:
            loc, d = loc.upper(), d.upper()
        return loc + at + d, "w"
    at = rng.choice(AT_WORDS)
    loc_s = speak_email_part(local)
    dom_s = speak_email_part(dom, spell_prob=0.03)
    if "hes" in mods:
        loc_s = loc_s + " " + rng.choice(["euh", "tout attaché", "en un mot", "attendez", "tout collé"])
    if style == "m":
        if rng.random() < 0.5 or channel == "c":
            return local + " " + at + " " + (dom_s if channel != "c" else dom), "m"
        return loc_s + " " + rng.choice(["@", at]) + " " + dom, "m"
    return loc_s + " " + at + " " + dom_s, "s"


def speak_digits_block(g, how):
    if how == "dig":
        return digits_words(g)
    if how == "pairs":
        return " ".join(pair_words(p) for p in chunks(g, [2] * (len(g) // 2)))
    return group_words(g)


def render_iban(iban, style, mods=()):
    hes = "hes" in mods
    cc, rest = iban[:2], iban[2:]
    g4 = chunks(iban, [4] * 8)
    if style == "w":
        r = rng.random()
        if r < 0.45:
            txt = " ".join(g4)
        elif r < 0.6:
            txt = iban
        elif r < 0.68:
            txt = iban.lower() if rng.random() < 0.5 else " ".join(g4).lower()
        elif r < 0.78 and cc == "FR":
            txt = " ".join([iban[:4], iban[4:9], iban[9:14], iban[14:25], iban[25:]])
        elif r < 0.86:
            txt = "-".join(g4)
        else:
            txt = " ".join(chunks(iban, [4, 4, 4, 2, 4, 4, 4, 4, 4]))
        if hes:
            p = txt.split(" ")
            if len(p) > 2:
                i = rng.randint(1, len(p) - 1)
                txt = " ".join(p[:i] + [rng.choice(HESIT)] + p[i:])
        return txt, "w"
    letters = rng.choice([" ".join(cc.lower()), cc, " ".join(cc.lower()), f"{cc[0].lower()} comme "
                          f"{rng.choice(LETTER_WORDS[cc[0].lower()])} {cc[1].lower()} comme "
                          f"{rng.choice(LETTER_WORDS[cc[1].lower()])}"])
    how = rng.choice(["dig", "pairs", "pairs", "mix"])
    toks = [letters, pair_words(rest[:2])]
    body = rest[2:]
    for g in chunks(body, [4] * 8):
        if not g:
            continue
        h = how if how != "mix" else rng.choice(["dig", "pairs"])
        if len(g) % 2:
            h = "dig"
        toks.append(speak_digits_block(g, h))
    if style == "m":
        toks[0] = cc
        toks[1] = rest[:2]
        blocks = chunks(body, [4] * 8)
        for i in rng.sample(range(2, len(toks)), k=max(1, (len(toks) - 2) // 2)):
            toks[i] = blocks[i - 2]
        return join_tokens(toks, hes), "m"
    return join_tokens(toks, hes), "s"


def render_rib(rib, style, mods=()):
    parts = [rib[:3], rib[3:6], rib[6:22], rib[22:]]
    if style == "w":
        r = rng.random()
        if r < 0.4:
            return " ".join(parts), "w"
        if r < 0.6:
            return rib, "w"
        return " ".join(chunks(rib, [3, 3, 4, 4, 4, 4, 2])), "w"
    toks = [speak_digits_block(parts[0], "dig"), speak_digits_block(parts[1], rng.choice(["dig", "num"]))]
    toks += [speak_digits_block(g, rng.choice(["dig", "pairs"])) for g in chunks(parts[2], [4] * 4)]
    toks.append(rng.choice(["", "clé ", "clé RIB "]) + pair_words(parts[3]))
    if style == "m":
        toks[0], toks[1] = parts[0], parts[1]
        return join_tokens(toks, "hes" in mods), "m"
    return join_tokens(toks, "hes" in mods), "s"


def render_card(num, style, mods=()):
    amex = len(num) == 15
    groups = chunks(num, [4, 6, 5]) if amex else chunks(num, [4, 4, 4, 4])
    if style == "w":
        r = rng.random()
        if r < 0.55:
            txt = " ".join(groups)
        elif r < 0.75:
            txt = num
        elif r < 0.85:
            txt = "-".join(groups)
        else:
            txt = " ".join(chunks(num, [4, 2, 2, 4, 4]) if not amex else chunks(num, [4, 3, 3, 5]))
        if "hes" in mods:
            p = txt.split(" ")
            if len(p) > 2:
                i = rng.randint(1, len(p) - 1)
                txt = " ".join(p[:i] + [rng.choice(HESIT)] + p[i:])
        return txt, "w"
    how = rng.choice(["pairs", "pairs", "dig", "num", "mix"])
    toks = []
    for g in groups:
        h = how if how != "mix" else rng.choice(["pairs", "dig", "num"])
        if h == "pairs" and len(g) % 2:
            h = "dig"
        toks.append(speak_digits_block(g, h))
    if style == "m":
        for i in rng.sample(range(len(groups)), k=rng.randint(1, len(groups) - 1)):
            toks[i] = groups[i]
        return join_tokens(toks, "hes" in mods, "fix" in mods), "m"
    return join_tokens(toks, "hes" in mods, "fix" in mods), "s"


def speak_dept(d):
    if d in ("2A", "2B"):
        return rng.choice(["deux " + d[1].lower(), "deux " + d[1].lower(), "vingt " + d[1].lower()])
    if len(d) == 3:
        return nw(d) if rng.random() < 0.6 else digits_words(d)
    return pair_words(d)


def render_nir(nir, style, mods=()):
    g = nir_groups(nir)
    if style == "w":
        r = rng.random()
        if r < 0.45:
            txt = " ".join(g)
        elif r < 0.65:
            txt = nir
        elif r < 0.8:
            txt = nir[:13] + " " + nir[13:]
        elif r < 0.9:
            txt = " ".join(g[:6]) + rng.choice([" clé ", " - ", " / "]) + g[6]
        else:
            txt = ".".join(g[:6]) + " " + g[6]
        return txt, "w"
    toks = [DIG[int(g[0])], pair_words(g[1]), pair_words(g[2]), speak_dept(g[3]),
            group_words(g[4]) if rng.random() < 0.7 else digits_words(g[4]),
            group_words(g[5]) if rng.random() < 0.7 else digits_words(g[5])]
    key = pair_words(g[6])
    toks.append(rng.choice(["clé " + key, key, key, "et la clé " + key, "clé " + key]))
    if style == "m":
        for i in rng.sample(range(7), k=rng.randint(2, 4)):
            toks[i] = g[i] if i < 6 else "clé " + g[6]
        return join_tokens(toks, "hes" in mods), "m"
    return join_tokens(toks, "hes" in mods), "s"


def render_cin(cin, style, mods=()):
    p, n = cin
    if style == "w":
        txt = rng.choice([p + n, p + " " + n, p + n, p.lower() + n, p + "-" + n, " ".join(p) + " " + n,
                          p + " " + " ".join(chunks(n, [3, 3]))])
        return txt, "w"
    if "comme" in mods:
        letters = spell_letters(p, comme=True)
    else:
        letters = rng.choice([" ".join(p.lower()), p.lower() if len(p) == 2 else p.lower(), " ".join(p.lower())])
    how = rng.choice(["g3", "pairs", "dig", "dig"])
    if how == "g3" and len(n) == 6:
        num = " ".join(group_words(x) for x in chunks(n, [3, 3]))
    elif how == "pairs" and len(n) == 6:
        num = " ".join(pair_words(x) for x in chunks(n, [2, 2, 2]))
    else:
        num = digits_words(n)
    if style == "m":
        return letters + " " + (n if rng.random() < 0.6 else " ".join(chunks(n, [3, 3]))), "m"
    return join_tokens([letters] + num.split(" ", 1), "hes" in mods), "s"


def gen_cid(kind):
    if kind == "volta":
        return ("VE", rdigits(8))
    if kind == "societaire":
        return ("", str(rng.randint(1, 9)) + rdigits(8))
    if kind == "contrat_auto":
        return (rng.choice(["AUT", "AU"]), rdigits(8))
    if kind == "contrat_hab":
        return (rng.choice(["HAB", "MRH"]), rdigits(8))
    if kind == "telecom":
        return ("", rng.choice("12345789") + rdigits(9))
    if kind == "ma_client":
        return (rng.choice(["C", "CL"]), rdigits(7))
    raise ValueError(kind)


def render_cid(cid, style, mods=()):
    pre, n = cid
    if style == "w":
        if pre == "":
            txt = rng.choice([n, n] + ([" ".join(chunks(n, [2] * 5)), " ".join(chunks(n, [3, 3, 4]))]
                                       if len(n) == 10 else [" ".join(chunks(n, [3, 3, 3]))]))
        else:
            body = rng.choice([n, n, " ".join(chunks(n, [4, 4])), " ".join(chunks(n, [2, 2, 2, 2]))])
            sep = rng.choice(["", " ", "-", ""])
            p = pre if rng.random() < 0.85 else pre.lower()
            txt = p + sep + body
        return txt, "w"
    letters = " ".join(pre.lower()) if pre else ""
    how = rng.choice(["pairs", "dig", "dig", "g"])
    if how == "pairs" and len(n) % 2 == 0:
        num = " ".join(pair_words(p) for p in chunks(n, [2] * (len(n) // 2)))
    elif how == "g" and len(n) % 3 == 0:
        num = " ".join(group_words(p) for p in chunks(n, [3] * 4))
    else:
        num = digits_words(n)
    if style == "m":
        half = len(n) // 2
        first = n[:half]
        return ((letters + " ") if letters else "") + first + " " + digits_words(n[half:]), "m"
    return join_tokens(([letters] if letters else []) + num.split(" "), "hes" in mods), "s"


# ---- addresses: built as a list of (written, spoken) pieces
def num_piece(n):
    return (str(n), nw(n))


def cp_piece(cp):
    spoken = rng.choice([
        pair_words(cp[:2]) + " " + group_words(cp[2:]),
        digits_words(cp),
        nw(cp) if cp[0] != "0" else digits_words(cp),
        pair_words(cp[:2]) + " " + digits_words(cp[2:]),
    ])
    return (cp, spoken)


def gen_addr_fr(with_city=True, complement=None):
    n = rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 180)])
    suffix = rng.choice([""] * 8 + [" bis", " ter"])
    stype = rng.choice(FR_STREET_TYPES)
    sname = rng.choice(FR_STREETS) if rng.random() < 0.7 else fake.street_name().split(" ", 1)[-1]
    cp, city = rng.choice(FR_CITIES)
    pieces = [("N", num_piece(n)), ("T", (suffix.strip(), suffix.strip()) if suffix else None),
              ("T", (stype + " " + sname, stype + " " + sname))]
    pieces = [p for p in pieces if p[1]]
    if complement is None:
        complement = rng.random() < 0.25
    if complement:
        k = rng.randint(1, 9)
        apt = rng.randint(2, 64)
        c = rng.choice([
            (f"bâtiment {rng.choice('ABCDE')}", None),
            (f"appartement {apt}", f"appartement {nw(apt)}"),
            (f"{k}e étage", f"{nw(k) if k > 1 else 'premier'}{'ième' if k > 1 else ''} étage"),
            (f"escalier {k}", f"escalier {nw(k)}"),
            (f"résidence {rng.choice(['Les Pins', 'Le Parc', 'Les Jardins', 'Beauséjour'])}", None),
        ])
        if c[1] is None:
            c = (c[0], c[0].lower())
        c = (c[0].replace("1e étage", "1er étage"), c[1].replace("unième", "premier").replace("cinqième", "cinquième")
             .replace("neufième", "neuvième"))
        pieces.append(("T", c))
    if with_city:
        pieces.append(("N", cp_piece(cp)))
        pieces.append(("T", (city, city)))
    return pieces


def gen_addr_ma():
    cp, city = rng.choice(MA_CITIES)
    hay = rng.choice(MA_HAY)
    if hay in MA_HAY_CITY:
        city = MA_HAY_CITY[hay]
        cp = {"Rabat": "10100", "Marrakech": "40000", "Casablanca": rng.choice(["20250", "20330", "20000"])}[city]
    k = rng.randint(1, 40)
    apt = rng.randint(1, 30)
    shape = rng.randint(0, 6)
    P = []
    if shape == 0:
        P = [("T", (f"résidence {rng.choice(MA_RES)}", None)), ("T", ("immeuble", None)), ("N", num_piece(k)),
             ("T", ("appartement", None)), ("N", num_piece(apt)), ("T", (hay, None)), ("T", (city, None))]
    elif shape == 1:
        derb = rng.choice(MA_DERB)
        city = "Marrakech" if derb in ("Derb Dabachi", "Derb Sidi Bouloukat") else "Casablanca"
        P = [("T", (derb + " rue", None)), ("N", num_piece(rng.randint(1, 60))),
             ("T", ("numéro", None)), ("N", num_piece(rng.randint(1, 120))), ("T", (city, None))]
    elif shape == 2:
        P = [("T", (f"lotissement {rng.choice(MA_RES)} lot", None)), ("N", num_piece(rng.randint(1, 400))),
             ("T", (city, None))]
    elif shape == 3:
        P = [("T", ("villa", None)), ("N", num_piece(rng.randint(1, 90))), ("T", (hay, None)), ("T", (city, None))]
    elif shape == 4:
        P = [("N", num_piece(rng.randint(1, 300))), ("T", (rng.choice(MA_STREETS), None)),
             ("T", ("appartement", None)), ("N", num_piece(apt)), ("T", (hay, None)), ("N", cp_piece(cp)),
             ("T", (city, None))]
    elif shape == 5:
        P = [("T", ("bloc " + rng.choice("ABCDEFGH"), None)), ("T", ("numéro", None)), ("N", num_piece(k)),
             ("T", (hay, None)), ("T", (city, None))]
    else:
        P = [("T", ("douar " + rng.choice(["Ouled Ahmed", "Tazrout", "Ait Ali", "Lahlalfa"]), None)),
             ("T", ("commune " + rng.choice(["Sidi Bibi", "Tamesna", "Ouled Teima", "Had Soualem"]), None)),
             ("T", (rng.choice(["province de Chtouka", "Taroudant", "Berrechid", "province d'Azilal"]), None))]
    return [(k_, (w, s if s is not None else w)) for k_, (w, s) in P]


def render_address(pieces, style, channel):
    """pieces: (kind, (written, spoken)); kind N is numeric"""
    nums = [i for i, (k, _) in enumerate(pieces) if k == "N"]
    if style == "w" or not nums:
        spoken_idx = set()
    elif style == "s":
        spoken_idx = set(nums)
    else:
        spoken_idx = set(rng.sample(nums, k=max(1, len(nums) - 1))) if len(nums) > 1 else set()
        if not spoken_idx or spoken_idx == set(nums):
            style = "s" if spoken_idx else "w"
    out = []
    for i, (k, (w, s)) in enumerate(pieces):
        out.append(s if i in spoken_idx else w)
    if channel in ("c", "p") and style == "w":
        # punctuation like in a form: "12 rue X, 69003 Lyon"
        txt = ""
        for i, (k, (w, s)) in enumerate(pieces):
            piece = out[i]
            if i == 0:
                txt = piece
            elif k == "N" and i > 0 and pieces[i - 1][0] == "T" and len(w) == 5:
                txt += ", " + piece
            elif k == "T" and pieces[i - 1][0] == "T" and rng.random() < 0.6:
                txt += ", " + piece
            else:
                txt += " " + piece
        if channel == "c" and rng.random() < 0.3:
            txt = (txt.replace("avenue", "av").replace("boulevard", "bd").replace("bâtiment", "bat")
                   .replace("appartement", "appt").replace("résidence", "res").replace("numéro", "n°"))
        return txt, "w"
    txt = " ".join(out)
    if not nums:
        return txt, ("w" if channel == "c" else "s")
    return txt, style


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def year_words(y, short_ok=True):
    r = rng.random()
    if y < 2000:
        if short_ok and r < 0.35:
            return nw(y % 100)
        if r < 0.55:
            return "dix-neuf cent " + nw(y % 100)
        return nw(y)
    if short_ok and r < 0.2:
        return "deux mille " + nw(y % 100) if y % 100 else "deux mille"
    return nw(y)


def render_dob(dob, style, mods=()):
    y, m, d = dob
    if style == "w":
        f = rng.choice([
            lambda: "%02d/%02d/%d" % (d, m, y), lambda: "%02d/%02d/%d" % (d, m, y),
            lambda: "%d/%d/%d" % (d, m, y), lambda: "%02d/%02d/%02d" % (d, m, y % 100),
            lambda: "%02d.%02d.%d" % (d, m, y), lambda: "%02d-%02d-%d" % (d, m, y),
            lambda: ("1er" if d == 1 else str(d)) + " " + MONTHS[m - 1] + " " + str(y),
            lambda: str(d) + " " + MONTHS[m - 1] + " " + str(y), lambda: "%d-%02d-%02d" % (y, m, d),
            lambda: "%02d %02d %d" % (d, m, y),
        ])
        return f(), "w"
    day = "premier" if d == 1 else nw(d)
    if style == "m":
        return rng.choice([
            lambda: str(d) + " " + MONTHS[m - 1] + " " + year_words(y),
            lambda: day + " " + MONTHS[m - 1] + " " + str(y),
            lambda: "%02d/%02d " % (d, m) + year_words(y),
        ])(), "m"
    txt = rng.choice([
        lambda: day + " " + MONTHS[m - 1] + " " + year_words(y),
        lambda: day + " " + MONTHS[m - 1] + " " + year_words(y),
        lambda: day + " " + (nw(m) if m > 1 else "un") + " " + year_words(y),
        lambda: day + " " + pair_words("%02d" % m) + " " + year_words(y),
        lambda: day + " du " + nw(m) + " " + year_words(y),
    ])()
    if "hes" in mods:
        parts = txt.split(" ", 1)
        txt = parts[0] + " " + rng.choice(["euh", "attendez", "heu", "euh attendez"]) + " " + parts[1] \
            if "non" not in txt else txt
    return txt, "s"


PWD_WORDS = ["soleil", "marrakech", "tigre", "loulou", "chouchou", "bonheur", "printemps", "nour", "dauphin",
             "casa", "olivier", "papillon", "lyon", "mimosa", "atlas", "camelia", "zitouna", "liberte", "panda",
             "maroc", "chocolat", "violette"]
PET_NAMES = ["Filou", "Caramel", "Rex", "Minouche", "Simba", "Nala", "Kiki", "Pompon", "Oscar", "Bella", "Zouzou",
             "Choupette", "Tofu", "Mimi", "Rocky", "Biscotte"]
SYMBOLS = {"!": "point d'exclamation", "#": "dièse", "@": "arobase", "*": "étoile", "$": "dollar", "&": "et commercial",
           ".": "point", "?": "point d'interrogation", "_": "tiret du bas", "-": "tiret"}


def gen_secret(kind):
    if kind == "pwd":
        w = rng.choice(PWD_WORDS)
        if rng.random() < 0.6:
            w = w.capitalize()
        d = rng.choice([rdigits(2), rdigits(4), str(rng.randint(1970, 2024)), rdigits(3)])
        sym = rng.choice(["", "", "!", "#", "@", "*", "$", "&", "."])
        if rng.random() < 0.2:
            return sym + w + d
        if rng.random() < 0.15:
            return w[:3] + d + w[3:] + sym
        return w + d + sym
    if kind == "cvv":
        return rdigits(3)
    if kind == "otp":
        return rdigits(6)
    if kind == "pin":
        return rdigits(4)
    if kind == "puk":
        return rdigits(8)
    if kind == "wifi":
        al = "ABCDEF0123456789" if rng.random() < 0.5 else "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        n = rng.choice([12, 16, 10])
        return "".join(rng.choice(al) for _ in range(n))
    if kind == "digicode":
        c = rdigits(4)
        L = rng.choice("ABCD")
        return rng.choice([c + L, L + c, c, rdigits(2) + L + rdigits(2)])
    if kind == "answer":
        return rng.choice(PET_NAMES)
    if kind == "espace":
        return rdigits(6)
    raise ValueError(kind)


def speak_secret(kind, val, style):
    if kind in ("cvv", "pin", "otp", "puk", "espace"):
        if style == "w":
            if kind in ("otp", "puk") and rng.random() < 0.4:
                return " ".join(chunks(val, [3, 3] if kind == "otp" else [4, 4])), "w"
            if kind == "pin" and rng.random() < 0.15:
                return " ".join(val), "w"
            return val, "w"
        how = rng.choice(["dig", "dig", "pairs", "g3"])
        if how == "pairs" and len(val) % 2 == 0:
            return " ".join(pair_words(p) for p in chunks(val, [2] * (len(val) // 2))), "s"
        if how == "g3" and len(val) in (3, 6):
            return " ".join(group_words(p) for p in chunks(val, [3, 3])), "s"
        if style == "m" and len(val) >= 4:
            h = len(val) // 2
            return val[:h] + " " + digits_words(val[h:]), "m"
        return digits_words(val), "s"
    if kind == "answer":
        return val, ("w" if style == "w" else "s")
    if kind == "digicode":
        if style == "w":
            return val, "w"
        toks = []
        for t in re.findall(r"[0-9]+|[A-Z]", val):
            if t.isdigit():
                toks.append(rng.choice([digits_words(t)] + ([" ".join(pair_words(p) for p in chunks(t, [2, 2]))]
                                                            if len(t) == 4 else [])))
            else:
                toks.append(t.lower())
        return " ".join(toks), "s"
    if kind == "wifi":
        if style == "w":
            return (val if rng.random() < 0.6 else " ".join(chunks(val, [4] * 4)).lower() if rng.random() < 0.3
                    else "-".join(chunks(val, [4] * 4))), "w"
        out = []
        for c in val:
            if c.isdigit():
                out.append(DIG[int(c)])
            else:
                out.append(c.lower() if rng.random() < 0.85 else f"{c.lower()} majuscule")
        return " ".join(out), "s"
    if kind == "pwd":
        if style == "w":
            return val, "w"
        toks = []
        for t in re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]", val):
            if t.isdigit():
                toks.append(nw(t) if (len(t) == 4 and t[0] in "12") or len(t) <= 2 else digits_words(t))
            elif t.isalpha():
                if rng.random() < 0.4:
                    sp = " ".join(t.lower())
                    if t[0].isupper():
                        sp = rng.choice([f"{t[0].lower()} majuscule ", f"majuscule {t[0].lower()} "]) + \
                            " ".join(t[1:].lower())
                    toks.append(sp)
                else:
                    toks.append(t.lower() + (" avec un " + t[0].lower() + " majuscule" if t[0].isupper() else ""))
            else:
                toks.append(SYMBOLS.get(t, t))
        if style == "m":
            return val if len(toks) < 2 else toks[0] + " " + " ".join(re.findall(r"[0-9]+", val) or
                                                                         [toks[-1]]) + (
                " " + SYMBOLS[val[-1]] if val[-1] in SYMBOLS else ""), "m"
        return " ".join(toks), "s"
    raise ValueError(kind)


def gen_ip(kind):
    if kind == "box":
        return rng.choice(["192.168.1.", "192.168.0.", "192.168.1.", "10.0.0."]) + str(rng.choice([1, 1, 254, 254,
                                                                                             rng.randint(2, 60)]))
    if kind == "v6":
        return "2a01:" + rng.choice(["cb00", "e0a", "cb1d", "e34"]) + ":" + ":".join(
            "%x" % rng.randint(0, 65535) for _ in range(2)) + "::" + "%x" % rng.randint(1, 65535)
    first = rng.choice([86, 90, 92, 78, 82, 109, 176, 37, 41, 105, 196, 160, 102, 88, 80, 212, 77])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def render_ip(ip, style):
    if style == "w" or ":" in ip:
        return ip, "w"
    octs = ip.split(".")
    sp = [nw(o) if rng.random() < 0.75 else digits_words(o) for o in octs]
    if style == "m":
        k = rng.randint(1, 3)
        sp = [octs[i] if i < k else sp[i] for i in range(4)]
        return " point ".join(sp), "m"
    return " point ".join(sp), "s"


def render_name(p, part, channel, mods=()):
    """part: full, first, last, rev (LAST First), spell (last spelled), spellc (spelled with 'comme')"""
    st = "w" if channel == "c" else "s"
    if part == "full":
        return p.first + " " + p.last, st
    if part == "first":
        return p.first, st
    if part == "last":
        return p.last, st
    if part == "rev":
        return (p.last.upper() if channel == "c" or rng.random() < 0.5 else p.last) + " " + p.first, st
    if part == "spell":
        return spell_letters(p.last), "s" if channel != "c" else "w"
    if part == "spellc":
        return spell_letters(p.last, comme=True), "s"
    if part == "spellf":
        return spell_letters(p.first), "s" if channel != "c" else "w"
    raise ValueError(part)


# --------------------------------------------------------------------------------------------
# material that must survive (no PII)
# --------------------------------------------------------------------------------------------
def f_amount(ctx):
    eur = rng.choice([rng.randint(12, 480), rng.randint(12, 200), rng.randint(500, 2400)])
    cts = rng.choice([0, 0, rng.randint(1, 99)])
    if ctx.get("country") == "MA" and ctx.get("domain") in ("telecom", "banque") and rng.random() < 0.6:
        dh = rng.randint(80, 4500)
        if ctx["channel"] == "o":
            return rng.choice([nw(dh) + " dirhams", "%d dirhams" % dh, nw(dh) + " dh"])
        return rng.choice(["%d DH" % dh, "%d dhs" % dh, "%d MAD" % dh, "%d dirhams" % dh])
    if ctx["channel"] == "o":
        if rng.random() < 0.6:
            return nw(eur) + " euros" + (" " + nw(cts) if cts else "")
        return "%d euros" % eur + (" %d" % cts if cts else "")
    s = ("{:,}".format(eur).replace(",", " ") if eur >= 1000 else str(eur)) + ("," + "%02d" % cts if cts else "")
    return rng.choice([s + " €", s + "€", s + " euros", s + " eur"])


def f_date(ctx):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if ctx["channel"] == "o":
        return rng.choice([("premier" if d == 1 else nw(d)) + " " + MONTHS[m - 1],
                           "%d %s" % (d, MONTHS[m - 1]), nw(d) + " du mois"])
    return rng.choice(["%d %s" % (d, MONTHS[m - 1]), "%02d/%02d" % (d, m), "%d/%d" % (d, m),
                       "%02d/%02d/2025" % (d, m), "%d %s 2025" % (d, MONTHS[m - 1])])


def f_rdv(ctx):
    day = rng.choice(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"])
    d = rng.randint(2, 28)
    h1 = rng.choice([8, 9, 10, 13, 14])
    h2 = h1 + rng.choice([2, 4])
    if ctx["channel"] == "o":
        return rng.choice([f"{day} {nw(d)} entre {nw(h1)} heures et {nw(h2)} heures",
                           f"{day} {d} entre {h1}h et {h2}h", f"{day} matin entre {nw(h1)} et {nw(h2)} heures"])
    return rng.choice([f"{day} {d} entre {h1}h et {h2}h", f"le {d}/{rng.randint(1, 12):02d} de {h1}h à {h2}h",
                       f"{day} {d} {MONTHS[rng.randint(0, 11)]} créneau {h1}h-{h2}h"])


def f_hour(ctx):
    h, m = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 0])
    if ctx["channel"] == "o":
        return rng.choice([nw(h) + " heures" + (" " + nw(m) if m else ""), "%dh%s" % (h, "%02d" % m if m else "")])
    return rng.choice(["%dh%02d" % (h, m), "%dh" % h, "%d:%02d" % (h, m)])


def f_pct(ctx):
    p = rng.choice([3, 5, 10, 15, 20, 25, 30, 50, 100, 12])
    return (nw(p) + " pour cent") if ctx["channel"] == "o" else rng.choice(["%d %%" % p, "%d%%" % p])


def f_kva(ctx):
    k = rng.choice([3, 6, 9, 12, 15, 18, 36])
    return (nw(k) + " kva") if ctx["channel"] == "o" else rng.choice(["%d kVA" % k, "%d kva" % k, "%dkVA" % k])


def f_index(ctx):
    n = rng.randint(1200, 98000)
    if ctx["channel"] == "o":
        return rng.choice([nw(n), digits_words("%06d" % n), "%d" % n])
    return rng.choice(["%d" % n, "{:,}".format(n).replace(",", " "), "%06d" % n])


def f_kwh(ctx):
    n = rng.choice([rng.randint(800, 14000), rng.randint(150, 900)])
    return (nw(n) + " kilowattheures") if ctx["channel"] == "o" else rng.choice(["%d kWh" % n, "%d kwh" % n])


def f_m3(ctx):
    n = rng.randint(300, 4200)
    return (nw(n) + " mètres cubes") if ctx["channel"] == "o" else "%d m³" % n


LAWS = ["la loi Hamon", "l'article L113-12 du Code des assurances", "l'article L. 224-39 du code de la consommation",
        "la loi Chatel", "la loi 31-08", "l'article L121-84", "l'article 1er de la loi 09-08", "la loi Lemoine",
        "l'article L.113-15-2", "le décret de 2019"]


def f_law(ctx):
    return rng.choice(LAWS)


OFFERS = {"energie": ["Volta Nature", "l'offre Volta Nature", "l'option heures creuses", "l'offre classique",
                      "l'option base", "le prix fixe 2 ans", "l'offre indexée", "la mensualisation"],
          "assur": ["la formule Tous risques", "la formule Tiers", "l'Essentielle Locataire", "l'option Assistance 0 km",
                    "la formule Essentielle", "le bonus 0,50", "la garantie bris de glace"],
          "telecom": ["la fibre 1 giga", "le forfait 100 Go", "la box Pro", "le forfait 5G illimité",
                      "l'option internationale Maroc", "le pass Jawal"],
          "banque": ["le paiement en 3 fois", "le prélèvement SEPA", "le virement instantané", "le lien de paiement",
                     "la carte Visa Premier"]}
BRANDS = {"energie": ["Volta Énergie", "Volta", "Linky", "Gazpar", "Enedis", "EDF"],
          "assur": ["Assuréa", "la MAIF", "Allianz", "Wafa Assurance", "AXA"],
          "telecom": ["Orange", "inwi", "Maroc Telecom", "Free", "SFR", "Bouygues", "Livebox", "Freebox"],
          "banque": ["Visa", "Mastercard", "CIH", "Attijariwafa", "la Banque Postale", "Crédit Agricole", "PayPal"]}
COMPANY = {"energie": "Volta Énergie", "assur": "Assuréa", "telecom": "votre opérateur", "banque": "le service paiement"}


def f_offer(ctx):
    return rng.choice(OFFERS[ctx["domain"]])


def f_brand(ctx):
    return rng.choice(BRANDS[ctx["domain"]])


def f_agency(ctx):
    return rng.choice(AGENCY_CITIES)


def f_age(ctx):
    a = rng.randint(19, 94)
    return (nw(a) + " ans") if ctx["channel"] == "o" else "%d ans" % a


def f_service(ctx):
    return rng.choice(["3939", "le 3900", "le 15", "le 17", "le 112", "le 19", "le 177", "le 3631", "le 115",
                       "le 36 55", "le 1013", "le 3179"])


def f_duree(ctx):
    n, unit = rng.choice([(48, "heures"), (24, "heures"), (14, "jours"), (15, "jours"), (5, "jours ouvrés"),
                          (2, "jours"), (3, "jours"), (10, "jours"), (45, "minutes"), (20, "minutes"), (2, "semaines"),
                          (3, "semaines"), (21, "jours"), (4, "semaines"), (2, "mois"), (30, "jours")])
    return (nw(n) + " " + unit) if ctx["channel"] == "o" and rng.random() < 0.7 else "%d %s" % (n, unit)


def f_expiry(ctx):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    if ctx["channel"] == "o":
        return rng.choice([pair_words("%02d" % m) + " " + nw(y), MONTHS[m - 1] + " deux mille " + nw(y),
                           "%02d/%d" % (m, y)])
    return rng.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y)])


def f_bic(ctx):
    return rng.choice(["CCBPFRPPMTG", "BNPAFRPP", "AGRIFRPP882", "PSSTFRPPLIL", "SOGEFRPP", "BMCEMAMC",
                       "CIHMMAMC", "BCMAMAMC", "CMCIFR2A", "BOUSFRPPXXX"])


def f_bank(ctx):
    if ctx["country"] == "MA":
        return rng.choice(["CIH", "Attijariwafa", "la Banque Populaire", "BMCE", "la Société Générale Maroc",
                           "Al Barid Bank"])
    return rng.choice(["la Banque Postale", "le Crédit Agricole", "la Caisse d'Épargne", "Boursorama", "la BNP",
                       "le Crédit Mutuel", "la Société Générale"])


def f_brand_ma(ctx):
    return rng.choice(["inwi", "Maroc Telecom", "Orange Maroc", "IAM", "Orange"])


def f_age_old(ctx):
    a = rng.randint(71, 97)
    return (nw(a) + " ans") if ctx["channel"] == "o" else "%d ans" % a


def f_year(ctx):
    y = rng.randint(2008, 2024)
    return nw(y) if ctx["channel"] == "o" and rng.random() < 0.5 else str(y)


FILLERS = {
    "e": ["euh", "euh", "ben", "bah", "alors", "voilà", "bon", "hein", "euh ben", "", "", "mm", "heu"],
    "ok": ["wakha", "safi", "wakha wakha", "d'accord", "ok", "oui", "iyeh", "safi merci"],
    "salut": ["allô", "allô oui", "bonjour", "salam", "salam alikoum", "bonjour madame", "bonjour monsieur", "oui allô"],
    "merci": ["merci", "merci beaucoup", "choukran", "baraka allahou fik", "merci bien", "merci à vous"],
    "hello": ["bjr", "bonjour", "slt", "bonsoir", "Bonjour", "bjr,", "Salam,", "hello"],
}
def f_title(ctx):
    p = ctx["p"]
    if ctx["channel"] == "c":
        return rng.choice(["M.", "Mr", "monsieur"] if p.sex == "1" else ["Mme", "Mme", "madame"])
    return "monsieur" if p.sex == "1" else rng.choice(["madame"] * 4 + ["mademoiselle"])


def f_title2(ctx):
    return "monsieur" if ctx["p2"].sex == "1" else "madame"


def f_rel2(ctx):
    """a relative, matching the second person's sex"""
    return rng.choice(["mon mari", "mon fils", "mon frère", "mon père", "mon beau-frère"] if ctx["p2"].sex == "1"
                      else ["ma femme", "ma fille", "ma sœur", "ma mère", "ma belle-mère"])


def f_index_dig(ctx):
    return digits_words("%06d" % rng.randint(100, 99999))


def f_agency_ma(ctx):
    return rng.choice([c for _, c in MA_CITIES])


def f_service_tel(ctx):
    return rng.choice(["le 3900", "le 1013", "le 3179", "le 3976", "le 3970", "le 777", "le 220"])


def f_age_young(ctx):
    a = rng.randint(18, 24)
    return (nw(a) + " ans") if ctx["channel"] == "o" else "%d ans" % a


def f_minutes(ctx):
    n = rng.choice([5, 10, 15, 20, 30, 40])
    return (nw(n) + " minutes") if ctx["channel"] == "o" else "%d min" % n


def f_pct_small(ctx):
    p = rng.choice([3, 4, 5, 8, 10, 12])
    return (nw(p) + " pour cent") if ctx["channel"] == "o" else rng.choice(["%d %%" % p, "%d%%" % p])


def f_amount_small(ctx):
    return "%d,%02d€" % (rng.randint(15, 49), rng.choice([99, 90, 0, 49]))


def f_amount_eur(ctx):
    return f_amount(dict(ctx, country="FR"))


SIMPLE = {"bank": f_bank, "agency_ma": f_agency_ma, "service_tel": f_service_tel, "age_young": f_age_young, "minutes": f_minutes,
          "pct_small": f_pct_small, "amount_eur": f_amount_eur, "amount_small": f_amount_small, "index_dig": f_index_dig, "expiry": f_expiry, "bic": f_bic, "brand_ma": f_brand_ma, "age_old": f_age_old, "title": f_title, "title2": f_title2, "rel2": f_rel2, "amount": f_amount, "date": f_date, "rdv": f_rdv, "hour": f_hour, "pct": f_pct, "kva": f_kva,
          "index": f_index, "kwh": f_kwh, "m3": f_m3, "law": f_law, "offer": f_offer, "brand": f_brand,
          "agency": f_agency, "age": f_age, "service": f_service, "duree": f_duree, "year": f_year,
          "company": lambda ctx: COMPANY[ctx["domain"]]}


# --------------------------------------------------------------------------------------------
# template engine
# --------------------------------------------------------------------------------------------
AGENT_FIRSTS = ["Sarah", "Yassine", "Kenza", "Mehdi", "Julie", "Omar", "Salma", "Thomas", "Imane", "Hamza", "Laura",
                "Anouar", "Nadia", "Kevin", "Oumaima", "Rachid", "Léa", "Zakaria"]


def pick_style(ctx, args, typ=None):
    for s_ in ("w", "s", "m"):
        if s_ in args:
            return s_
    ch = ctx["channel"]
    if ch == "c" and typ != "EMAIL":
        return "w"
    if ch == "o":
        return rng.choices("swm", [55, 20, 25])[0]
    if ch == "p":
        return rng.choices("swm", [25, 55, 20])[0]
    return rng.choices("wm", [92, 8])[0]


def mods_of(args, ctx):
    m = set(a for a in args if a in ("hes", "fix", "int", "dig", "one", "comme", "spaced", "split"))
    if ctx["channel"] in ("o", "p") and rng.random() < 0.07:
        m.add("hes")
    return m


def person_of(ctx, args):
    return ctx["p2"] if "p2" in args else ctx["p"]


def other_phone(num):
    k = rng.choice([1, 2, 2, 4])
    new = num[:-k] + rdigits(k)
    while new == num:
        new = num[:-k] + rdigits(k)
    return new


def h_phone(ctx, args):
    u = ctx["u"]
    country = "MA" if "ma" in args else "FR" if "fr" in args else ctx["country"]
    num = gen_phone(country, "mob" if "mob" in args else "land" if "land" in args else None)
    style = pick_style(ctx, args)
    mods = mods_of(args, ctx)
    if "one" in mods:
        u.v("PHONE_NUMBER", rng.choice([" ".join(num), "-".join(num), " ".join(chunks(num, [1, 1, 2, 2, 2, 2]))]),
            "w")
        return
    if "corr" in args:
        wrong = other_phone(num)
        txt, st = render_phone(wrong, style, country, mods)
        u.v("PHONE_NUMBER", txt, st)
        u.t(" " + rng.choice(["non pardon", "non non pardon c'est", "ah non attendez je me suis trompé c'est",
                              "euh non c'est", "non excusez-moi", "pardon je reprends", "non"]) + " ")
        txt, st = render_phone(num, style, country, mods - {"hes"})
        u.v("PHONE_NUMBER", txt, st)
        return
    txt, st = render_phone(num, style, country, mods)
    u.v("PHONE_NUMBER", txt, st)


def h_email(ctx, args):
    p = person_of(ctx, args)
    local, dom = gen_email(p)
    style = pick_style(ctx, args, "EMAIL")
    txt, st = render_email(local, dom, style, ctx["channel"], mods_of(args, ctx))
    ctx["u"].v("EMAIL_ADDRESS", txt, st)


def h_email_corr(ctx, args):
    """an e-mail read with a dot, then corrected to a hyphen: two values"""
    p = ctx["p"]
    f = strip_accents(p.first).lower().replace(" ", "").replace("'", "")
    l = strip_accents(p.last).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(DOMAINS_MA if p.origin == "ma" else DOMAINS_FR)
    a, b = rng.choice([(f + "." + l, f + "-" + l), (f + "-" + l, f + "." + l), (f + "." + l, f + "_" + l)])
    sep_word = {"-": "un tiret", "_": "un tiret du bas", ".": "un point"}
    wrong_sep, right_sep = a[len(f)], b[len(f)]
    style = pick_style(ctx, args, "EMAIL")
    if style == "m":
        style = "s"
    u = ctx["u"]
    txt, st = render_email(a, dom, style, ctx["channel"])
    u.v("EMAIL_ADDRESS", txt, st)
    u.t(" " + rng.choice(["{e} non pardon c'est avec ".replace("{e}", rng.choice(["euh", "ah", ""])).strip(),
                          "non attendez c'est", "ah non c'est"]) + " " + sep_word[right_sep] + " pas "
        + sep_word[wrong_sep] + rng.choice([" ", " donc ", " ça fait "]))
    txt, st = render_email(b, dom, style, ctx["channel"])
    u.v("EMAIL_ADDRESS", txt, st)


def h_iban(ctx, args):
    c = next((a for a in args if a in ("fr", "ma", "es", "be")), None)
    if c is None:
        c = "ma" if ctx["country"] == "MA" and rng.random() < 0.7 else rng.choices(["fr", "es", "be"], [85, 8, 7])[0]
    if "again" in args and "iban" in ctx:
        iban = ctx["iban"]
    else:
        iban = {"fr": gen_iban_fr, "ma": gen_iban_ma, "es": gen_iban_es, "be": gen_iban_be}[c]()
    ctx["iban"] = iban
    txt, st = render_iban(iban, pick_style(ctx, args), mods_of(args, ctx))
    ctx["u"].v("IBAN_CODE", txt, st)


def h_rib(ctx, args):
    txt, st = render_rib(gen_rib_ma(), pick_style(ctx, args), mods_of(args, ctx))
    ctx["u"].v("IBAN_CODE", txt, st)


def h_card(ctx, args):
    num = gen_card()
    mods = mods_of(args, ctx)
    if "one" in mods:
        ctx["u"].v("CREDIT_CARD", " ".join(num), "w")
        return
    txt, st = render_card(num, pick_style(ctx, args), mods)
    ctx["u"].v("CREDIT_CARD", txt, st)


def h_nir(ctx, args):
    p = person_of(ctx, args)
    where = "ma" if "ma" in args else "corse" if "corse" in args else None
    txt, st = render_nir(gen_nir(p.sex, where), pick_style(ctx, args), mods_of(args, ctx))
    ctx["u"].v("FR_NIR", txt, st)


def h_cin(ctx, args):
    txt, st = render_cin(gen_cin(), pick_style(ctx, args), mods_of(args, ctx))
    ctx["u"].v("MA_CIN", txt, st)


def h_cid(ctx, args):
    kinds = ("volta", "societaire", "contrat_auto", "contrat_hab", "telecom", "ma_client")
    kind = next((a for a in args if a in kinds), None)
    if kind is None:
        kind = {"energie": "volta", "assur": rng.choice(["societaire", "contrat_auto", "contrat_hab"]),
                "telecom": "ma_client" if ctx["country"] == "MA" else "telecom",
                "banque": rng.choice(["volta", "telecom"])}[ctx["domain"]]
    mods = mods_of(args, ctx)
    cid = gen_cid(kind)
    if "one" in mods:
        ctx["u"].v("CUSTOMER_ID", " ".join(cid[0] + cid[1]), "w")
        return
    txt, st = render_cid(cid, pick_style(ctx, args), mods)
    ctx["u"].v("CUSTOMER_ID", txt, st)


def h_addr(ctx, args):
    c = "MA" if "ma" in args else "FR" if "fr" in args else ctx["country"]
    if c == "MA":
        pieces = gen_addr_ma()
    else:
        pieces = gen_addr_fr(with_city="street" not in args, complement=True if "cpl" in args else None)
    txt, st = render_address(pieces, pick_style(ctx, args), ctx["channel"])
    ctx["u"].v("ADDRESS", txt, st)


def h_addr_street(ctx, args):
    pieces = gen_addr_fr(with_city=True)
    ctx["addr_rest"] = pieces[-2:]
    style = pick_style(ctx, args)
    ctx["addr_style"] = style
    txt, st = render_address(pieces[:-2], style, ctx["channel"])
    ctx["u"].v("ADDRESS", txt, st)


def h_addr_city(ctx, args):
    txt, st = render_address(ctx["addr_rest"], ctx["addr_style"], ctx["channel"])
    ctx["u"].v("ADDRESS", txt, st)


def mk_name(part):
    def h(ctx, args):
        p = person_of(ctx, args)
        txt, st = render_name(p, part, ctx["channel"], args)
        ctx["u"].v("PERSON", txt, st)
    return h


def h_agent(ctx, args):
    ctx["u"].v("PERSON", ctx["agent"], "w" if ctx["channel"] == "c" else "s")


def h_dob(ctx, args):
    p = person_of(ctx, args)
    dob = p.dob
    if "alt" in args:   # the other date the caller hesitates about
        y, m, d = dob
        dob = rng.choice([(y + rng.choice([-1, 1]), m, d), (y, d, m) if d <= 12 and d != m else (y, m, d % 28 + 1),
                          (y, m, d % 28 + 1)])
    txt, st = render_dob(dob, pick_style(ctx, args), mods_of(args, ctx))
    ctx["u"].v("DATE_OF_BIRTH", txt, st)


def mk_secret(kind):
    def h(ctx, args):
        val = gen_secret(kind)
        txt, st = speak_secret(kind, val, pick_style(ctx, args))
        if kind == "answer" and ctx["channel"] == "c":
            st = "w"
        ctx["u"].v("SECRET", txt, st)
    return h


def h_ip(ctx, args):
    kind = "box" if "box" in args else "v6" if "v6" in args else "pub"
    txt, st = render_ip(gen_ip(kind), pick_style(ctx, args))
    ctx["u"].v("IP_ADDRESS", txt, st)


HANDLERS = {
    "PHONE": h_phone, "EMAIL": h_email, "EMAILCORR": h_email_corr, "IBAN": h_iban, "RIB": h_rib, "CARD": h_card, "NIR": h_nir, "CIN": h_cin,
    "CID": h_cid, "ADDR": h_addr, "ADDRS": h_addr_street, "ADDRC": h_addr_city,
    "NAME": mk_name("full"), "FIRST": mk_name("first"), "LAST": mk_name("last"), "REV": mk_name("rev"),
    "SPELL": mk_name("spell"), "SPELLC": mk_name("spellc"), "SPELLF": mk_name("spellf"), "AGENT": h_agent,
    "DOB": h_dob, "PWD": mk_secret("pwd"), "CVV": mk_secret("cvv"), "OTP": mk_secret("otp"), "PIN": mk_secret("pin"),
    "PUK": mk_secret("puk"), "WIFI": mk_secret("wifi"), "DIGI": mk_secret("digicode"), "ANSWER": mk_secret("answer"),
    "CODE": mk_secret("espace"), "IP": h_ip,
}
PH = re.compile(r"\{([A-Za-z0-9_]+)(?::([^}]*))?\}")


class T:
    def __init__(self, channel, domain, country, text):
        assert channel in ("o", "p", "c")
        assert domain in ("energie", "assur", "telecom", "banque")
        assert country in ("FR", "MA", "*")
        self.channel, self.domain, self.country, self.text = channel, domain, country, text
        for m in PH.finditer(text):
            assert m.group(1) in HANDLERS or m.group(1) in SIMPLE or m.group(1) in FILLERS, m.group(1)


DIRECTIVE = re.compile(r"^\[(p2?|upper)(?:=([mf]))?\]\s*")


def expand(tpl):
    text = tpl.text
    forced = {}
    while True:
        m = DIRECTIVE.match(text)
        if not m:
            break
        forced[m.group(1)] = "1" if m.group(2) == "m" else "2" if m.group(2) == "f" else True
        text = text[m.end():]
    country = tpl.country if tpl.country != "*" else rng.choices(["FR", "MA"], [65, 35])[0]
    if country == "MA":
        origin = rng.choices(["ma", "fr", "af", "dz"], [80, 8, 8, 4])[0]
    else:
        origin = None
    lower = tpl.channel == "o" or (tpl.channel == "c" and rng.random() < 0.25)
    u = U(lower=lower and "upper" not in forced, upper="upper" in forced)
    ctx = {"u": u, "channel": tpl.channel, "country": country, "domain": tpl.domain,
           "p": Person(origin, forced.get("p")), "p2": Person(origin, forced.get("p2")),
           "agent": rng.choice(AGENT_FIRSTS)}
    pos = 0
    for m in PH.finditer(text):
        u.t(text[pos:m.start()])
        name, args = m.group(1), (m.group(2) or "").split(",")
        args = [a for a in args if a]
        if name in HANDLERS:
            HANDLERS[name](ctx, args)
        elif name in SIMPLE:
            u.t(SIMPLE[name](ctx))
        else:
            u.t(rng.choice(FILLERS[name]))
        pos = m.end()
    u.t(text[pos:])
    text = u.finish()
    return text, u.spans, u.form()


# --------------------------------------------------------------------------------------------
# carrier templates with personal data (channel o: raw transcript, p: punctuated transcript, c: chat)
# --------------------------------------------------------------------------------------------
PII_TEMPLATES = [T(*x) for x in [
    # ---- energy supplier, France, phone transcripts
    ("o", "energie", "FR", "{salut} oui {e} c'est pour changer mon numéro de téléphone le nouveau c'est le {PHONE} voilà"),
    ("o", "energie", "FR", "oui bonjour {e} j'ai reçu une facture de {amount} je comprends pas du tout mon numéro client c'est {CID}"),
    ("o", "energie", "FR", "alors le compteur il affiche {index} en heures pleines et {e} si vous devez me rappeler c'est au {PHONE:fr}"),
    ("o", "energie", "*", "{e} mon adresse mail c'est {EMAIL} vous pouvez m'envoyer l'attestation dessus s'il vous plaît"),
    ("o", "energie", "FR", "je déménage le {date} et la nouvelle adresse c'est {ADDR:fr} {e} je voudrais garder {offer}"),
    ("o", "energie", "FR", "[p=f] le contrat il est au nom de ma mère {title} {LAST} {SPELL} voilà c'est elle la titulaire"),
    ("o", "energie", "*", "oui c'est {NAME} {e} je suis client depuis {year} et là on me prélève {amount} c'est pas normal"),
    ("o", "energie", "FR", "pour le prélèvement vous prenez le nouveau rib c'est {IBAN:fr} {e} voilà c'est tout"),
    ("o", "energie", "FR", "oui c'est moi {e} ma date de naissance c'est le {DOB} et mon numéro client {CID:volta}"),
    ("o", "energie", "FR", "bah écoutez j'ai plus de courant depuis {hour} j'ai appelé le dépannage ils m'ont dit de vous appeler je suis au {ADDR:street}"),
    ("o", "energie", "FR", "{e} c'est {FIRST} {e} {LAST} {SPELL} et le numéro client je l'ai pas sous les yeux"),
    ("o", "energie", "FR", "ouais alors mon portable c'est {PHONE:fr,corr,mob} voilà vous pouvez m'envoyer le lien de paiement par sms"),
    ("o", "energie", "FR", "la puissance c'est {kva} et {e} l'adresse de fourniture c'est {ADDR:fr,cpl}"),
    ("o", "energie", "*", "l'identifiant de l'espace client c'est mon mail {EMAIL:s} {e} et j'ai oublié le mot de passe"),
    ("o", "energie", "FR", "oui je vous donne mon numéro de sécu {NIR} c'est pour le dossier du chèque énergie"),
    ("o", "energie", "FR", "c'est {CID:volta,dig} {e} non attendez je relis oui c'est bien ça"),
    ("o", "energie", "FR", "[p2=f] {e} ma fille elle s'appelle {NAME:p2} c'est elle qui va reprendre le contrat à partir du {date}"),
    ("o", "energie", "FR", "vous pouvez rappeler mon mari sur son portable {PHONE:fr,mob} ou sur le fixe {PHONE:fr,land} après {hour}"),
    ("o", "energie", "MA", "oui {ok} je suis à casa en ce moment mais le logement c'est en france {e} mon numéro marocain c'est le {PHONE:ma}"),
    ("o", "energie", "FR", "alors c'est {e} {ADDRS} {e} et le code postal c'est {ADDRC}"),
    ("o", "energie", "FR", "le numéro client c'est v e {e} non je recommence c'est {CID:volta,s}"),
    ("o", "energie", "FR", "{title} {LAST} à l'appareil j'ai une question sur {offer} parce que c'est {pct} plus cher"),
    # ---- energy supplier, punctuated transcripts
    ("p", "energie", "FR", "Oui, bonjour. Je m'appelle {NAME}, je vous appelle pour un relevé : j'ai {index} en heures creuses."),
    ("p", "energie", "FR", "Alors mon adresse e-mail, c'est {EMAIL}. Et mon téléphone, le {PHONE:fr}."),
    ("p", "energie", "FR", "[p2=m] C'est au {ADDR:fr}, au nom de {NAME:p2}, c'est mon ex-compagnon, on s'est séparés le {date}."),
    ("p", "energie", "*", "Mon numéro client, c'est {CID:volta}. Je voudrais passer en mensualisation, {amount} par mois ça m'irait."),
    ("p", "energie", "FR", "{DOB:w}, c'est ma date de naissance. Et le titulaire c'est moi, {NAME}."),
    ("p", "energie", "FR", "Pour le remboursement du trop-perçu, mettez-le sur ce compte : {IBAN}. Merci."),
    # ---- energy, chat
    ("c", "energie", "FR", "{hello} jai recu une facture de {amount} alors que je suis mensualisé, mon num client {CID:volta}"),
    ("c", "energie", "FR", "Bonjour, pouvez-vous mettre à jour mon adresse : {ADDR:fr}. Je quitte l'ancien logement le {date}."),
    ("c", "energie", "*", "mon mail a changé c {EMAIL} maintenant merci de mettre a jour"),
    ("c", "energie", "FR", "Bonjour je suis {NAME}, titulaire du contrat {CID:volta}, je conteste l'index estimé de {index}"),
    ("c", "energie", "FR", "{CID:volta}"),
    ("c", "energie", "FR", "rappelez moi au {PHONE:fr,mob} svp entre {hour} et midi"),
    ("c", "energie", "FR", "nouveau rib pr le prelevement {IBAN:fr} (banque en ligne)"),
    ("c", "energie", "FR", "[p=m] Bonsoir, {REV}, né le {DOB}, je n'arrive pas à me connecter à l'espace client"),
    ("c", "energie", "FR", "[p2=f] le logement est au {ADDR:fr,street} mais le courrier il faut l'envoyer chez ma fille {NAME:p2}, {ADDR:fr}"),
    ("c", "energie", "FR", "{PHONE:fr,mob} c'est mon portable. je suis dispo {rdv} pour le technicien"),
    ("c", "energie", "MA", "salam, je suis au maroc pour 2 mois, contactez moi sur whatsapp {PHONE:ma,int,mob} svp"),
    # ---- insurer, oral
    ("o", "assur", "FR", "oui bonjour c'est pour déclarer un sinistre dégât des eaux {e} je suis {title} {LAST} numéro de sociétaire {CID:societaire}"),
    ("o", "assur", "FR", "mon contrat auto c'est le {CID:contrat_auto} {e} je voudrais résilier avec {law}"),
    ("o", "assur", "*", "ma date de naissance {e} le {DOB:hes} voilà et je suis assuré chez vous depuis {year}"),
    ("o", "assur", "FR", "le conducteur secondaire ce serait {rel2} {NAME:p2} qui a le permis depuis {year}"),
    ("o", "assur", "FR", "[p2=m] {e} j'ai eu un accrochage le {date} l'autre conducteur c'est un certain {NAME:p2} il m'a laissé son numéro {PHONE:fr}"),
    ("o", "assur", "FR", "pour l'indemnisation de {amount} vous pouvez virer sur {IBAN} {e} c'est mon compte joint"),
    ("o", "assur", "FR", "je vous épelle mon nom {SPELLC} et le prénom c'est {FIRST}"),
    ("o", "assur", "FR", "la maison à assurer c'est {ADDR:fr} {e} cent vingt mètres carrés avec un jardin"),
    ("o", "assur", "FR", "mon numéro de sécurité sociale c'est le {NIR:hes} mais je vois pas pourquoi vous en avez besoin"),
    ("o", "assur", "*", "[p2=m] vous pouvez envoyer le devis à {EMAIL:s,p2} c'est l'adresse de mon mari"),
    ("o", "assur", "FR", "[p=m] oui c'est {e} {NAME} né le {DOB} à {agency} {e} contrat habitation {CID:contrat_hab}"),
    ("o", "assur", "FR", "le numéro c'est {PHONE:fr,s,fix} vous notez"),
    ("o", "assur", "MA", "{salut} {e} je suis {NAME} j'ai une voiture immatriculée en france et je rentre au bled {e} ma cin c'est {CIN}"),
    ("o", "assur", "FR", "[p2=m] {e} le sociétaire c'est mon père {NAME:p2} moi je suis {FIRST} son fils enfin sa fille je l'aide pour les papiers"),
    ("o", "assur", "FR", "[p2=f] c'est {SPELL} {e} et le prénom {FIRST} {e} {FIRST:p2} c'est ma femme elle est sur le contrat aussi"),
    # ---- insurer, punctuated / agent
    ("p", "assur", "FR", "Très bien {title} {LAST}, je vous confirme l'adresse : {ADDR:fr}. Vous recevrez l'attestation sous {duree}."),
    ("p", "assur", "FR", "{AGENT}, du service clients Assuréa, bonjour. Je vous relis votre numéro : {PHONE:fr}, c'est bien ça ?"),
    ("p", "assur", "FR", "Votre IBAN, c'est donc {IBAN:w}, et le prélèvement se fera le {date}. Vous confirmez ?"),
    ("p", "assur", "FR", "Bonjour, {NAME} à l'appareil. J'ai fait un devis habitation le {date}, et je voudrais {offer}."),
    ("p", "assur", "FR", "Mon numéro de sociétaire ? Attendez… {CID:societaire,hes}."),
    ("p", "assur", "MA", "Oui, je suis {NAME}, je vis à {agency_ma} depuis {year}, ma carte d'identité marocaine c'est {CIN:w}."),
    # ---- insurer, chat
    ("c", "assur", "FR", "Bonjour, suite au sinistre du {date}, voici mes coordonnées bancaires : {IBAN:fr}. Cordialement, {NAME}"),
    ("c", "assur", "FR", "bjr je veux resilier mon contrat auto {CID:contrat_auto} j'ai trouvé moins cher ailleurs ({pct} moins cher)"),
    ("c", "assur", "FR", "mon n° de secu est {NIR} et ma date de naissance {DOB}"),
    ("c", "assur", "FR", "[p2=f] Bonjour, je vous écris pour ma mère, {title2} {NAME:p2}, décédée le mois dernier, titulaire du contrat {CID:contrat_hab}"),
    ("c", "assur", "FR", "{EMAIL}"),
    ("c", "assur", "FR", "adresse: {ADDR:fr}\ntel: {PHONE:fr}\nmail: {EMAIL}"),
    ("c", "assur", "FR", "c pr l'attestation, mon nom c {REV}, date de naissance {DOB}"),
    ("c", "assur", "*", "[p2=m] vous pouvez joindre mon fils {NAME:p2} au {PHONE} il s'occupe de tout pour moi"),
    # ---- telecom, oral
    ("o", "telecom", "FR", "{e} ma box elle redémarre toute seule l'adresse ip qu'elle affiche c'est {IP}"),
    ("o", "telecom", "FR", "alors sur la page de la box c'est marqué {IP:box} et le voyant il clignote orange"),
    ("o", "telecom", "FR", "la clé wifi c'est {WIFI} {e} je l'ai recopiée de l'étiquette"),
    ("o", "telecom", "*", "mon numéro de ligne c'est le {PHONE:m} {e} et j'ai plus de réseau depuis {duree}"),
    ("o", "telecom", "FR", "le code puk c'est {PUK} c'est écrit sur le support de la carte sim"),
    ("o", "telecom", "MA", "{salut} {e} la fibre elle marche pas depuis {duree} {e} mon code client c'est {CID:ma_client}"),
    ("o", "telecom", "MA", "oui {ok} le numéro c'est {PHONE:ma,s} {e} c'est une ligne {brand_ma}"),
    ("o", "telecom", "FR", "le technicien doit passer {rdv} chez moi au {ADDR:fr,cpl} et le digicode c'est {DIGI}"),
    ("o", "telecom", "FR", "mon ip publique c'est {IP:s} c'est ce que me dit le site"),
    ("o", "telecom", "FR", "je vous donne l'adresse de facturation {e} {ADDR:fr} et le mail {EMAIL}"),
    # ---- telecom, punctuated / chat
    ("p", "telecom", "FR", "Bonjour, j'ai un souci de connexion. L'IP de ma box, c'est {IP}, et le routeur dit {IP:box}."),
    ("p", "telecom", "MA", "Salam. Mon numéro {brand_ma}, c'est le {PHONE:ma,mob}, et celui de ma femme, le {PHONE:ma,mob}."),
    ("c", "telecom", "FR", "impossible de me co au wifi, clé: {WIFI:w} ca marche pas"),
    ("c", "telecom", "FR", "ip publique: {IP}\nipv6: {IP:v6}"),
    ("c", "telecom", "MA", "salam bghit nbdl l'adresse mail dyali {EMAIL} 3afak"),
    ("c", "telecom", "MA", "wakha hak numero: {PHONE:ma} w smiti {NAME}"),
    ("c", "telecom", "FR", "Mon identifiant client : {CID:telecom}. Je souhaite la portabilité de mon numéro {PHONE:fr}."),
    ("c", "telecom", "FR", "code reçu par sms: {OTP:w}"),
    # ---- payment flows, oral
    ("o", "banque", "FR", "oui je préfère payer maintenant par carte {e} c'est {CARD} {e} expiration {expiry}"),
    ("o", "banque", "FR", "alors le numéro de la carte c'est {CARD:s} et le cryptogramme {CVV}"),
    ("o", "banque", "FR", "{e} je vous donne ma carte {CARD:m} {e} le code derrière c'est {CVV:s}"),
    ("o", "banque", "FR", "le code que j'ai reçu par sms c'est {OTP} {e} il marche pas votre lien"),
    ("o", "banque", "*", "ben j'ai fait le virement le {date} de {amount} depuis le compte {IBAN} vous devriez l'avoir"),
    ("o", "banque", "MA", "le virement il part de ma banque au maroc le rib c'est {RIB} {e} {ok}"),
    ("o", "banque", "FR", "attendez je prends ma carte {e} alors quatre neuf {e} non je recommence {CARD:s,hes}"),
    ("o", "banque", "FR", "le paiement en trois fois de {amount} {e} sur une autre carte que d'habitude {e} la nouvelle c'est {CARD:w}"),
    ("o", "banque", "MA", "[p2=m] je paye avec la carte de mon frère {NAME:p2} {e} {CARD}"),
    # ---- payment flows, punctuated / chat
    ("p", "banque", "FR", "Mon code confidentiel de l'espace client, c'est {CODE}. Enfin, je crois."),
    ("p", "banque", "FR", "Le numéro de carte : {CARD:w}. Date d'expiration : {expiry}. Le code au dos : {CVV:w}."),
    ("c", "banque", "FR", "ma carte {CARD:w} a été débitée deux fois de {amount}"),
    ("c", "banque", "FR", "le lien de paiement ne marche pas, j'ai saisi {CARD:one} et ça bloque"),
    ("c", "banque", "*", "IBAN : {IBAN:w}\nBIC : {bic}\nTitulaire : {REV}"),
    ("c", "banque", "MA", "voici mon RIB {RIB:w} pour le remboursement des {amount}"),
    ("c", "banque", "FR", "mdp espace client: {PWD} (je sais c pas prudent)"),
    # ---- secrets, secret questions, agent checks
    ("o", "energie", "FR", "ma question secrète c'est le nom de mon premier animal {e} c'est {ANSWER}"),
    ("o", "banque", "FR", "le mot de passe c'est {PWD:s} {e} enfin c'était celui-là avant"),
    ("p", "telecom", "FR", "Le code PIN de la carte SIM, c'est {PIN}, je l'ai jamais changé."),
    ("o", "assur", "FR", "le digicode de l'immeuble c'est {DIGI} et c'est au troisième porte gauche"),
    ("c", "energie", "FR", "Mot de passe: {PWD:w}\nIdentifiant: {EMAIL:w}"),
    # ---- Morocco-based customers
    ("o", "energie", "MA", "{salut} je suis {NAME} {e} j'habite {ADDR:ma} et je voudrais payer la facture de mon appartement en france"),
    ("o", "assur", "MA", "{e} la carte nationale c'est {CIN:comme} {e} {ok}"),
    ("o", "telecom", "MA", "{ok} {ok} l'adresse c'est {ADDR:ma} juste à côté de la mosquée"),
    ("p", "telecom", "MA", "Oui, c'est {NAME}. CIN {CIN}, et l'adresse, {ADDR:ma}."),
    ("c", "telecom", "MA", "slm, ana {NAME}, numero dyali {PHONE:ma}, cin {CIN:w}, bghit nfa3el la ligne"),
    ("c", "energie", "MA", "Bonjour, je vis à {agency} mais j'ai un contrat chez vous pour la maison de mes parents : {ADDR:fr}. Tél : {PHONE:ma}"),
    ("o", "banque", "MA", "wakha je vous donne la cin {CIN:s} et le téléphone {PHONE:ma,s}"),
    ("o", "assur", "MA", "[p=f] c'est {title} {LAST} {e} {SPELL} {e} elle habite {ADDR:ma}"),
    # ---- Q&A, corrections, spelled, agent reading back
    ("o", "energie", "FR", "conseiller votre numéro de téléphone client c'est le {PHONE} conseiller d'accord et un mail client {EMAIL}"),
    ("o", "assur", "FR", "conseiller vous pouvez me rappeler votre date de naissance client {e} {DOB} conseiller merci {title} {LAST}"),
    ("o", "telecom", "FR", "c'est {EMAILCORR} voilà"),
    ("o", "energie", "FR", "{FIRST} {e} ça s'écrit {SPELLF} et le nom {LAST}"),
    ("o", "assur", "FR", "c'est {ADDR:fr,s} {e} non pardon c'est {ADDR:fr,s}"),
    ("p", "energie", "FR", "Je vous relis : {NAME}, {ADDR:fr}, téléphone {PHONE:fr}. C'est correct ?"),
    ("o", "banque", "FR", "conseiller et votre iban client alors {e} {IBAN:s} conseiller je répète {IBAN:m,again}"),
    ("o", "telecom", "FR", "le numéro à porter c'est {PHONE:fr,dig} et le code rio je l'ai pas"),
    ("o", "energie", "FR", "[p2=m] c'est mon voisin {FIRST:p2} qui m'a dit d'appeler {e} moi c'est {NAME}"),
    ("o", "assur", "FR", "{NAME:p2} {e} le conducteur adverse il s'appelle comme ça et son assureur c'est {brand}"),
    ("o", "energie", "FR", "zéro six {e} attendez je lis sur le papier {PHONE:fr,s}"),
    ("p", "assur", "FR", "Voilà, c'est {EMAIL:m}. Tout en minuscules."),
    ("o", "banque", "FR", "{PHONE:fr,mob} c'est sur ce numéro que vous devez envoyer le lien"),
    ("c", "assur", "FR", "{NAME}\n{ADDR:fr}\n{PHONE:fr}"),
    ("c", "energie", "FR", "jsp mon num client mais mon adresse mail c {EMAIL} et mon tel {PHONE:fr,one}"),
    ("o", "assur", "FR", "[p2=f] ma femme {NAME:p2} née le {DOB:p2} on veut l'ajouter comme conductrice"),
    ("p", "telecom", "FR", "[p2=m] C'est pour {NAME:p2}, mon grand-père. Il a {age_old}, il n'entend pas bien, je peux vous donner son numéro ? C'est le {PHONE:fr}."),
    ("o", "energie", "FR", "[p2=f] les deux numéros c'est {PHONE:fr} pour moi et {PHONE:fr} pour ma compagne {FIRST:p2}"),
    ("c", "telecom", "MA", "salam, numero {PHONE:ma,w} ma fih reseau men lbare7, wach kayn chi panne f {agency_ma}?"),
    ("o", "assur", "FR", "euh je sais plus si c'est {DOB:s} ou {DOB:s,alt} faut que je regarde sur la carte vitale"),
    ("o", "energie", "FR", "je vous donne le numéro client {e} {CID:volta,m} {e} et le rib {IBAN:fr,m}"),
    ("c", "banque", "FR", "Bonjour {AGENT}, j'ai bien reçu le lien. Code : {OTP}. Merci !"),
    ("p", "energie", "MA", "Bonjour, je suis {AGENT}, de Volta Énergie, je vous appelle depuis {agency_ma}. Je peux parler à {title} {LAST} ?"),
    ("o", "telecom", "FR", "[p2=m] moi c'est {FIRST} {e} mon fils c'est {FIRST:p2} il a son forfait sur mon compte {CID:telecom}"),
    # ---- more social security numbers, dates of birth, CINs, IPs, cards
    ("o", "assur", "FR", "pour la mutuelle {e} le numéro de sécurité sociale c'est {NIR} il est sur la carte vitale"),
    ("o", "energie", "FR", "attendez je prends la carte vitale {e} voilà {NIR:s}"),
    ("p", "assur", "FR", "Mon NIR, c'est {NIR:w}, enfin le numéro de sécu quoi."),
    ("c", "assur", "FR", "N° SS : {NIR}"),
    ("o", "assur", "FR", "conseiller et votre numéro de sécurité sociale client {e} {NIR:m}"),
    ("c", "assur", "FR", "[p2=m] Voici le numéro de sécu de mon fils pour le contrat étudiant : {NIR:p2}"),
    ("o", "assur", "MA", "[p=f] je suis née au maroc donc mon numéro il commence par un deux {e} enfin c'est {NIR:ma} c'est ce qu'il y a sur la carte"),
    ("o", "assur", "FR", "[p2=f] le numéro de sécu de ma femme c'est {NIR:p2,hes} elle est en arrêt depuis {duree}"),
    ("p", "energie", "FR", "Pour le dossier solidarité, mon numéro de sécurité sociale : {NIR}. Je suis au chômage depuis {year}."),
    ("o", "assur", "FR", "[p=m] je suis né en corse alors le numéro c'est {NIR:corse} avec un a ou un b je sais jamais"),
    ("o", "energie", "FR", "[p=f] le titulaire c'est moi {e} née le {DOB} et j'habite toujours à la même adresse"),
    ("c", "banque", "FR", "date de naissance : {DOB:w}"),
    ("o", "assur", "FR", "{DOB} {e} c'est ma date de naissance vous l'avez pas sur le dossier"),
    ("p", "assur", "MA", "Ma date de naissance ? Le {DOB}. Et ma CIN, c'est {CIN}."),
    ("o", "telecom", "FR", "[p=m] pour vérifier mon identité {e} je suis né le {DOB:s} et mon code client c'est {CID}"),
    ("o", "banque", "MA", "le numéro de la carte d'identité nationale c'est {CIN:s} {e} elle expire l'année prochaine"),
    ("c", "energie", "MA", "CIN: {CIN:w} / tél: {PHONE:ma}"),
    ("o", "telecom", "MA", "{salut} bghit n3awed la carte sim {e} la cin c'est {CIN} {ok}"),
    ("p", "telecom", "MA", "[p2=m] La ligne est au nom de mon père, {NAME:p2}, CIN {CIN:w}."),
    ("o", "telecom", "FR", "quand je tape ipconfig ça me met {IP:box,s} et la passerelle {e} {IP:box}"),
    ("c", "telecom", "FR", "le site me dit que mon ip est {IP} et qu'elle est bannie, pourquoi ??"),
    ("p", "telecom", "FR", "Mon adresse IPv6 commence par 2a01, attendez, c'est {IP:v6}."),
    ("c", "banque", "FR", "Carte : {CARD:w} exp {expiry} crypto {CVV:w}"),
    ("o", "banque", "MA", "{ok} la carte c'est {CARD:s} {e} c'est une carte marocaine ça passe ou pas"),
    ("o", "energie", "FR", "oui alors c'est le {PHONE:fr,s,split} voilà c'est mon portable"),
    ("o", "assur", "FR", "conseiller c'est à quel nom client {NAME} conseiller et un numéro où vous joindre client c'est le {PHONE}"),
    # ---- more e-mails, shouting, bare values
    ("o", "telecom", "FR", "pour la facture électronique {e} c'est {EMAIL:s} {e} tout en minuscules"),
    ("c", "energie", "FR", "Bonjour, merci d'envoyer le duplicata à {EMAIL:w} et plus à {EMAIL:w}, c'est mon ancienne adresse."),
    ("p", "banque", "FR", "Le lien de paiement, vous pouvez l'envoyer sur {EMAIL} ? Pas par SMS, mon téléphone est cassé."),
    ("o", "assur", "MA", "[p2=m] {ok} le mail c'est {EMAIL:s,p2} c'est celui de mon fils c'est lui qui gère"),
    ("c", "telecom", "FR", "[upper] envoyez la facture a {EMAIL:w} merci"),
    ("c", "energie", "FR", "[upper] svp rappelez moi au {PHONE:fr,mob} c urgent plus de courant depuis {hour}"),
    ("o", "energie", "*", "mon mail {e} {EMAIL:s,hes}"),
    ("o", "energie", "FR", "{NAME}"),
    ("o", "telecom", "MA", "{ok} {PHONE:ma,mob}"),
    ("c", "assur", "FR", "[p=f] je suis {NAME}, née le {DOB:w}, sociétaire n° {CID:societaire}, mon adresse mail {EMAIL:w}"),
]]


# --------------------------------------------------------------------------------------------
# carrier templates without personal data: everything here must survive the scrubber
# --------------------------------------------------------------------------------------------
NONE_TEMPLATES = [T(*x) for x in [
    ("o", "energie", "FR", "{salut} {e} j'ai reçu la facture de régularisation {amount} alors que d'habitude c'est {amount} par mois je comprends pas"),
    ("o", "energie", "FR", "le compteur il affiche {index} en heures pleines et {index} en heures creuses {e} c'est un linky"),
    ("o", "energie", "FR", "la puissance c'est {kva} et ça disjoncte dès que je lance le four et la machine en même temps"),
    ("o", "energie", "FR", "{e} on m'avait dit {pct_small} de plus pour volta nature mais sur la facture du {date} c'est bien plus que ça"),
    ("p", "energie", "FR", "Le technicien doit passer {rdv}. Il faut que je sois présent, ou il a accès au compteur ?"),
    ("c", "energie", "FR", "bjr la facture du {date} fait {amount}, ma conso c {kwh} sur l'année, c normal ??"),
    ("o", "energie", "FR", "pour le gaz {e} j'ai relevé {m3} sur le compteur {date} vers {hour}"),
    ("o", "energie", "FR", "on est en trêve hivernale du premier novembre au trente et un mars vous pouvez pas me couper {e} si"),
    ("c", "energie", "FR", "Bonjour, le chèque énergie de {amount} a-t-il été déduit ? Je l'ai envoyé le {date}."),
    ("o", "energie", "FR", "j'ai {age_old} je vis toute seule et je comprends rien à cette histoire d'heures creuses"),
    ("o", "energie", "FR", "alors c'est {index_dig} c'est ce qui est affiché sur l'écran quand j'appuie sur le bouton"),
    ("c", "energie", "FR", "Index HP : {index} / HC : {index}, relevés ce matin à {hour}"),
    ("o", "energie", "MA", "{salut} j'appelle de {agency_ma} pour la maison de ma mère en france {e} la facture c'est {amount_eur} et elle a {age_old}"),
    ("p", "energie", "FR", "Le kWh est passé de 0,2516 à 0,2276 € hors taxes au {date} ? Et l'abonnement en {kva} ?"),
    ("o", "energie", "FR", "{e} c'est bien {company} là parce que ça fait trois fois qu'on me transfère ça fait {minutes} que j'attends"),
    ("o", "energie", "FR", "ma mère a {age_old} elle a un concentrateur d'oxygène à la maison il faut surtout pas couper"),
    ("o", "assur", "FR", "je voudrais résilier avec {law} mon contrat a plus d'un an {e} c'est possible"),
    ("p", "assur", "FR", "La franchise est de {amount}, et mon bonus est passé à 0,68 cette année. C'est normal ?"),
    ("c", "assur", "FR", "le pare-brise est fissuré depuis le {date}, c'est pris en charge à {pct} avec {offer} ?"),
    ("o", "assur", "FR", "j'ai eu un dégât des eaux le {date} {e} le plombier passe {rdv} et le devis il est de {amount}"),
    ("o", "assur", "FR", "mon fils a {age_young} il vient d'avoir le permis la surprime jeune conducteur c'est combien {pct}"),
    ("p", "assur", "FR", "J'ai appelé l'agence de {agency}, ils m'ont dit de voir avec vous pour {offer}."),
    ("o", "assur", "FR", "je suis chez {brand} depuis {year} et on me propose {amount} de moins par an ailleurs"),
    ("o", "assur", "FR", "article l cent treize douze du code des assurances c'est ce qu'on m'a dit à l'agence de {agency}"),
    ("c", "assur", "FR", "Relevé d'information demandé le {date}, toujours rien après {duree}. Bonus 0,50 depuis {year}."),
    ("p", "assur", "FR", "La maison fait 120 m², construite en 1987, et le capital mobilier est de 15 000 €."),
    ("o", "assur", "MA", "{ok} donc le véhicule reste au maroc tout l'été {e} l'assistance elle marche à {agency_ma} ou pas"),
    ("o", "telecom", "FR", "{salut} la fibre elle coupe tous les soirs vers {hour} et ça dure {minutes} à peu près"),
    ("c", "telecom", "FR", "mon forfait 100 Go est a {amount_small}/mois alors que la pub disait 9,99€ pendant 12 mois"),
    ("o", "telecom", "FR", "j'ai appelé {service_tel} et ils m'ont dit que c'était pas eux {e} que c'était {brand}"),
    ("o", "telecom", "MA", "{ok} le pass de cinquante dirhams il marche pas depuis {duree} ici à {agency_ma}"),
    ("c", "telecom", "MA", "salam, wach kayn chi promo 3la la fibre 100 mega? ana f {agency_ma}"),
    ("p", "telecom", "FR", "Le débit est à 12 Mb/s au lieu de 300, et le ping à 45 ms. C'est la box {brand}, version 5."),
    ("c", "telecom", "FR", "jai 2 lignes a 19,99 et 24,99 + l'option internationale maroc a 5€ = trop cher"),
    ("o", "banque", "FR", "le prélèvement de {amount} est passé deux fois le {date} et le {date}"),
    ("p", "banque", "FR", "Je peux payer en 3 fois sans frais ? Ça ferait {amount} par mois à partir du {date}."),
    ("c", "banque", "FR", "paiement refusé code erreur 51, montant {amount}, tentative à {hour}"),
    ("o", "banque", "FR", "mon salaire tombe le {date} est-ce que vous pouvez décaler le prélèvement au dix"),
    ("o", "banque", "FR", "j'ai payé {amount} par carte bleue le {date} à {hour} vous l'avez pas reçu"),
    ("o", "banque", "MA", "le virement de {amount} il est parti de {bank} le {date} {e} {ok} normalement ça prend {duree}"),
]]


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
N_TOTAL, N_NONE = 500, 100


def pick(templates, n):
    """every template at least once (twice when there is room), the rest at random"""
    reps = max(1, n // len(templates))
    out = [t for t in templates for _ in range(reps)][:n]
    out += rng.choices(templates, k=n - len(out))
    return out


def written_checksum_ok(sp):
    """a value written only with digits, letters and separators must carry a valid checksum"""
    raw = re.sub(r"[\s.\-/]", "", sp["value"]).upper()
    if sp["type"] == "CREDIT_CARD" and raw.isdigit():
        return luhn_ok(raw)
    if sp["type"] == "IBAN_CODE" and re.fullmatch(r"[A-Z]{2}[0-9]{14,30}", raw):
        return iban_ok(raw)
    if sp["type"] == "IBAN_CODE" and re.fullmatch(r"[0-9]{24}", raw):
        return 97 - (int(raw[:22]) * 100) % 97 == int(raw[22:])
    if sp["type"] == "FR_NIR" and re.fullmatch(r"[0-9]{5}(?:2A|2B|[0-9]{2})[0-9]{8}", raw.replace("CLÉ", "")):
        raw = raw.replace("CLÉ", "")
        return nir_key(raw[:13]) == raw[13:]
    return True


def check(rec):
    text, spans = rec["text"], rec["spans"]
    for sp in spans:
        assert written_checksum_ok(sp), (rec["id"], sp)
    last_end = -1
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"], (rec["id"], sp)
        assert sp["value"] == sp["value"].strip() and sp["value"]
        assert sp["start"] >= last_end, ("overlap", rec["id"])
        last_end = sp["end"]
    assert "  " not in text, (rec["id"], text)
    assert (rec["form"] == "none") == (not spans)


def main():
    chosen = [("pii", t) for t in pick(PII_TEMPLATES, N_TOTAL - N_NONE)] + \
             [("none", t) for t in pick(NONE_TEMPLATES, N_NONE)]
    rng.shuffle(chosen)
    records = []
    for i, (kind, tpl) in enumerate(chosen, 1):
        text, spans, form = expand(tpl)
        rec = {"id": "b4-%04d" % i, "text": text, "spans": spans, "form": form}
        check(rec)
        if kind == "pii":
            assert 1 <= len(spans) <= 4, (rec["id"], len(spans), text)
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(sp["type"] for r in records for sp in r["spans"])
    forms = Counter(r["form"] for r in records)
    lower = sum(1 for r in records if r["text"] == r["text"].lower() and not re.search(r"[,.;:?!]\s", r["text"] + " "))
    print(f"{len(records)} utterances, {sum(types.values())} values, "
          f"{sum(1 for r in records if r['spans'])} with PII, {lower} lowercase without punctuation")
    print("templates: %d PII, %d no-PII" % (len(PII_TEMPLATES), len(NONE_TEMPLATES)))
    print("forms:", dict(sorted(forms.items())))
    print("types:", dict(sorted(types.items())))


if __name__ == "__main__":
    main()

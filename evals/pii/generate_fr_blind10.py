"""Blind French/Moroccan contact-centre PII evaluation set: writes fr_blind10.jsonl (500 utterances).

    .venv/bin/python evals/pii/generate_fr_blind10.py   # rewrites fr_blind10.jsonl, prints counts by form and type

Written without looking at the scrubber, its tests or the other sets. Standard library, Faker (fr_FR, seeded) and num2words
only; fixed seed 1010: the output is byte-identical for the same Faker and num2words versions. One JSON object a line:
{"id": "fr10-0001", "text": "...", "spans": [{"type", "start", "end", "value"}], "form": "written|spoken|mixed|none"}.

Sources
    Every carrier sentence, situation and document layout was written for this set: 71 templates of typed material,
    64 of call transcripts (41 raw speech-to-text, 23 Whisper-style), 24 with no personal data (159 in all), each with
    several alternative wordings, optional lines and shuffled fields; a light layer of channel prefixes/suffixes
    ("[Chat]", "Envoyé de mon iPhone", "voilà voilà", "[inaudible]") is added to free-text templates. An utterance whose
    skeleton (text with the spans replaced and digits collapsed) repeats an earlier one is redrawn.
    Names: pools written by hand by origin (French incl. Breton/Alsatian/Réunion, Moroccan, West African, Portuguese,
    Spanish, Italian, Vietnamese, Turkish, Polish with -ska feminines, Romanian, Armenian), hyphenated first names
    (Jean-Baptiste, Fatima-Zahra, Moulay-Ahmed…), particle and compound surnames (de la Fontaine, El Amrani, Ben Salah,
    Da Silva, N'Diaye, Der Markarian…), surnames and first names that are ordinary words (Blanc, Petit, Roux, Lebrun,
    Boulanger, Rose, Pierre, Marin…); about a tenth of the people come from Faker fr_FR. Streets, residences, French
    postcode/city pairs, Moroccan hay/lot/résidence addresses, brands, offers and hotlines are hand-written lists.
    Values are synthetic with valid checksums: NIR (sex, birth year/month consistent with the person's date of birth,
    department incl. 2A/2B, DOM 97x and 99+country for people born abroad; key = 97 - n mod 97 with 2A/2B as 19/18),
    Luhn cards (Visa, Mastercard 51-55 and 2221-2720, Amex), ISO 13616 IBANs (FR with a valid RIB key, sometimes a
    letter in the account number; MA with a mod-97 RIB key = 97 - (22 digits x 100 mod 97); BE with its national
    check; ES with both control digits; PT with its NIB key; DE), French RIBs (23 digits) and Moroccan RIBs (24 digits)
    as IBAN_CODE. Phones: French 06/07, 01-05, 09 and Moroccan 06/07/05xx, written as 06 12 34 56 78, 0612345678,
    06.12…, +33 6…, +33 (0)6…, 0033 6…, +212 6…, +212 661-…, +212 06…, 00212…; spoken by pairs, digit by digit,
    with +33/+212 read out, partly in digits, with fillers and self-corrections.

Mix (500): 225 from typed-material templates (218 "written", the rest "mixed"), 225 from call transcripts
    (198 "spoken", the rest "mixed"), 50 "none". Typed material: customer chats and WhatsApp/SMS with typos, web contact
    forms, e-mails with signatures and "De :"/"From:" headers, forwarded mails, SEPA mandates, RIB sheets, agent CRM
    notes and ticket lines, pasted account/telecom/health-insurance screens, CSV exports, connection logs, complaint,
    termination and Moroccan formal letters, tutelage notices, housing attestations, claim and car-insurance forms,
    téléassistance sheets. Transcripts: raw recogniser output (lower case, no punctuation, fillers euh/ben/bah/hein,
    numbers in French words and sometimes digits, small misrecognitions such as "arobaz", "hote mail", "si" for six,
    "de" for deux, "sans" for cent, glued or split particles "elamrani"/"ben ali"), diarised agent/client turns, and
    Whisper-style transcripts with punctuation and digits. The 50 no-PII utterances (written and spoken) carry what must
    survive: amounts (€, DH, MAD), meter readings and kWh/m³ indexes, bill, appointment and subscription dates,
    durations, offers and products (Linky, Gazpar, Freebox, Livebox, Tempo, Heures Creuses…), brands (EDF, Engie,
    TotalEnergies, Orange, SFR, Free, MAIF, AXA, MACIF, Crédit Agricole, Lydec, inwi…), company hotlines (3900, 1023,
    09 69…), agency cities, and words that are also names used as words (pierre, blanc, rose, roux, petit, berger,
    boulanger, Noël…).
    Forms: "written" = typed material with digits and symbols; "spoken" = a call transcript whose values are as the
    recogniser wrote them (all in words for raw transcripts, digits for Whisper-style); "mixed" = a raw transcript where
    a value came out in digits or partly in digits, a Whisper transcript mixing a value in words with one in digits,
    or typed material quoting a dictated value in words; "none" = no span.
    Counts by type (as generated): PERSON 588, PHONE_NUMBER 150, CUSTOMER_ID 75, ADDRESS 75, EMAIL_ADDRESS 74,
    DATE_OF_BIRTH 69, SECRET 59, IBAN_CODE 34, CREDIT_CARD 32, FR_NIR 31, IP_ADDRESS 24, MA_CIN 24.

Labelling choices
    - Spans are recorded while the text is assembled, never searched for afterwards; text[start:end] == value; spans
      are sorted and do not overlap; a value never starts or ends with a space.
    - PERSON: callers, account holders, relatives, third parties, neighbours, landlords, doctors, HR contacts,
      technicians and the agent's own first name ("Sandrine à l'appareil"). Titles (madame, monsieur, M., Mme, Mr,
      Dr, "M. et Mme") stay outside the span; "mon mari", "ma fille" stay outside. CRM order (DIALLO Aminata),
      capitals, lower case in transcripts, hyphenated and particle names are one span. A name spelled letter by letter
      (D-I-A-L-L-O, "d i a deux l o", "d comme désiré…") is a PERSON span of its own, separate from the spoken name;
      "je vous épelle" stays outside. A misheard form quoted by the caller ("pas benale") is also PERSON. Separate
      form fields (Nom / Prénom) are separate spans. A person's name inside a street name (rue Victor Hugo) belongs to
      the ADDRESS, not PERSON. Brand, company and employer names are not PERSON.
    - Fillers and self-corrections inside a value are inside its span ("zéro six euh douze…", "…quarante non pardon
      trente-cinq…", "alain point payet non non alain point payet…"), and so is "clé" inside a dictated NIR.
    - ADDRESS runs from the first address element (résidence, bâtiment, appt, number, hay, lot, bloc) to the city, line
      breaks included; "à" between street and city is inside when the address is said in one breath. A city, quarter,
      postcode or country alone is not PII.
    - DATE_OF_BIRTH covers the date only ("né le" outside), for the caller, a child or a relative. Bill, appointment,
      subscription, move, sick-leave and expiry dates, timestamps and the card expiry are not PII.
    - CUSTOMER_ID: customer, account, contract, policy, membership (sociétaire/adhérent), Freebox/line identifiers,
      online-banking login, Linky PDL and Gazpar PCE numbers, Moroccan utility contract numbers. Internal ticket
      numbers, BIC codes and amounts are not labelled.
    - SECRET: PIN codes, passwords, Wi-Fi keys, door/gate/key-box codes, one-time SMS codes, card security codes
      (CVV) and answers to security questions.
    - IP_ADDRESS: customers' public IPv4 and IPv6 addresses (written or read out).
    - Not PII: masked values ("se terminant par 4521", "**** 2037", "fin IBAN 5702"), amounts, meter readings, offers,
      brands, company hotlines and company service e-mail addresses (service-client@…), agency cities.
"""

import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta

from faker import Faker
from num2words import num2words

SEED = 1010
R = random.Random(SEED)
FAKE = Faker("fr_FR")
FAKE.seed_instance(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fr_blind10.jsonl")

N_WRITTEN, N_SPEECH, N_NONE = 225, 225, 50


# --------------------------------------------------------------------------------------------
# Utterance builder: spans are recorded while the text is assembled.
# --------------------------------------------------------------------------------------------

class U:
    """style: 'w' typed material, 's' raw speech-to-text, 'x' Whisper-style transcript, 'n' no PII."""

    def __init__(self, style):
        self.style = style
        self.parts = []
        self.n = 0
        self.spans = []
        self.kinds = set()

    def __call__(self, *pieces):
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                # carrier text: no double spaces when an optional piece came out empty
                if (not self.parts or self.parts[-1].endswith((" ", "\n"))) and p.startswith(" "):
                    p = p.lstrip(" ")
                    if not p:
                        continue
                self.parts.append(p)
                self.n += len(p)
            else:
                typ, val, kind = p
                assert val and val == val.strip(), (typ, val)
                self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "value": val})
                self.parts.append(val)
                self.n += len(val)
                if kind:
                    self.kinds.add(kind)
        return self

    def text(self):
        return "".join(self.parts)

    def form(self):
        k = self.kinds
        if self.style in ("n", "ns"):
            assert not self.spans
            return "none"
        if self.style == "w":
            return "mixed" if ("w" in k or "m" in k) else "written"
        if self.style == "s":
            return "mixed" if ("d" in k or "m" in k) else "spoken"
        # Whisper-style: digits are what the recogniser writes
        return "mixed" if ("m" in k or ("w" in k and "d" in k)) else "spoken"


def C(*opts):
    return R.choice(opts)


def maybe(s, p=0.5):
    return s if R.random() < p else ""


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def nw(n):
    return num2words(n, lang="fr")


DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def say_digits(ds, sep=" "):
    return sep.join(DIG[int(d)] for d in ds)


def say_pair(pp):
    """Two digits as a French speaker reads them in a phone number: '06' -> 'zéro six'."""
    if pp[0] == "0":
        return "zéro " + DIG[int(pp[1])]
    return nw(int(pp))


def say_pairs(ds):
    """Read by pairs; an odd leading digit is said alone first ("1 23 45"), so no pair is left ambiguous."""
    out = []
    i = 0
    if len(ds) % 2:
        out.append(DIG[int(ds[0])])
        i = 1
    while i < len(ds):
        chunk = ds[i:i + 2]
        out.append(say_pair(chunk) if len(chunk) == 2 else DIG[int(chunk)])
        i += 2
    return " ".join(out)


def say_group3(g):
    if g[0] == "0":
        return "zéro " + say_pair(g[1:])
    return nw(int(g))


FILLERS_IN = ["euh", "euh", "heu", "attendez", "alors", "ben", "hein"]


def sprinkle(words, p=0.25, fillers=FILLERS_IN):
    """Insert fillers between spoken chunks (inside a value: the filler stays in the span)."""
    out = []
    for i, w in enumerate(words):
        if i and R.random() < p:
            out.append(R.choice(fillers))
        out.append(w)
    return " ".join(out)


W0, W1 = r"(?<![-\w])", r"(?![-\w])"
NOISE = [(r"(?<=[a-z])-(?=(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt)\b)", " "),
         (W0 + "arobase" + W1, "arobaz"), (W0 + "gmail" + W1, "j'mail"), (W0 + "point fr" + W1, "point f r"),
         (W0 + "hotmail" + W1, "hote mail"), (W0 + "six" + W1, "si"), (W0 + "deux" + W1, "de"), (W0 + "cent" + W1, "sans"),
         (W0 + "bis" + W1, "biss"), (W0 + "rue" + W1, "rues")]


def stt_noise(s, p=0.18):
    """Small misrecognitions of a recogniser, kept inside the value's span."""
    if R.random() >= p:
        return s
    opts = [(a, b) for a, b in NOISE if re.search(a, s)]
    if not opts:
        return s
    a, b = R.choice(opts)
    return re.sub(a, b, s, count=1)


def F():
    """A filler (carrier text, raw speech-to-text)."""
    return C("euh ", "euh ", "ben ", "bah ", "", "", "", "alors ", "donc ", "en fait ", "voilà ", "bon ")


# --------------------------------------------------------------------------------------------
# People. Pools written for this set; part of the French names come from Faker fr_FR.
# --------------------------------------------------------------------------------------------

FIRST = {
    "fr": {
        "f": "Camille Léa Manon Chloé Inès Sarah Juliette Emma Lucie Mathilde Élodie Sandrine Nathalie Isabelle Sylvie "
             "Martine Brigitte Monique Christine Véronique Aurélie Céline Laetitia Audrey Margaux Océane Clémence "
             "Solène Gaëlle Maëlle Anaïs Agathe Hélène Françoise Josiane Ginette Colette Odile Rose Marine Capucine "
             "Noémie Bérénice Pauline Alice Louise Jeanne Violette Blanche Victoire Apolline Maryse Ghislaine".split(),
        "m": "Thomas Nicolas Julien Maxime Antoine Guillaume Romain Kévin Jérôme Sébastien Frédéric Stéphane Philippe "
             "Patrick Alain Michel Bernard Gérard Didier Hervé Loïc Yannick Gwenaël Benoît Baptiste Théo Lucas Hugo "
             "Mathis Clément Florian Quentin Damien Cédric Ludovic Pierre Olivier Gilles Thierry Pascal Raphaël "
             "Gaëtan Tristan Aurélien Régis Marcel Marin Aimé Constant Prosper Désiré Enzo Killian".split(),
    },
    "ma": {
        "f": "Fatima Khadija Aïcha Nadia Samira Malika Naïma Leïla Yasmine Salma Imane Meryem Houda Siham Zineb "
             "Hajar Kaoutar Ghizlane Latifa Souad Rachida Loubna Asmae Nawal Hanane Wafae Sanaa Ikram Chaïma "
             "Oumaïma Soukaina Btissam Najat Zahra Amal Hind Rim Sara Lamia Dounia".split(),
        "m": "Mohamed Mohammed Karim Youssef Yassine Mehdi Rachid Hicham Abdelkader Abdellah Saïd Mustapha Hamza "
             "Omar Anas Ayoub Ilyas Driss Khalid Brahim Nabil Redouane Soufiane Adil Tarik Zakaria Amine Bilal "
             "Hassan Abderrahim Othmane Jamal Mounir Aziz Noureddine Ismaïl Larbi Mourad Walid Younes".split(),
    },
    "waf": {
        "f": "Aminata Fatoumata Mariama Awa Aïssatou Kadiatou Binta Ramatoulaye Adjoa Khady Ndeye Coumba Oumou Assa "
             "Mariétou Rokia Nafissatou Astou".split(),
        "m": "Mamadou Moussa Ousmane Ibrahima Abdoulaye Cheikh Souleymane Boubacar Amadou Modibo Seydou Kofi Yao "
             "Kouassi Lamine Alassane Babacar Issa Sékou".split(),
    },
    "pt": {"f": "Ana Maria Beatriz Joana Rita Sofia Catarina Filipa Graça Conceição".split(),
           "m": "João Paulo Rui Tiago Nuno Manuel José Fernando Sérgio Joaquim Vítor".split()},
    "es": {"f": "Carmen Lucía Pilar Dolores Rocío Elena Isabel Marta Consuelo Inmaculada".split(),
           "m": "Alejandro Javier Miguel Carlos Pablo Sergio Diego Jorge Andrés Ramón".split()},
    "it": {"f": "Giulia Francesca Chiara Alessandra Paola Federica Graziella Rosaria".split(),
           "m": "Giuseppe Marco Luca Alessandro Giovanni Matteo Francesco Stefano Salvatore Vincenzo".split()},
    "vn": {"f": "Thi Lan|Thi Mai|Ngoc Anh|Thu Huong|Linh|Hoa|Thi Thanh|Kim Oanh".split("|"),
           "m": "Van Minh|Duc|Quang|Tuan|Van Long|Thanh|Hoang Nam|Minh Khoa".split("|")},
    "tr": {"f": "Ayşe Elif Zeynep Fatma Emine Merve Büşra Esra Hatice".split(),
           "m": "Mehmet Mustafa Emre Burak Murat Kemal Hakan Serkan Yusuf Ahmet Volkan".split()},
    "pl": {"f": "Agnieszka Katarzyna Małgorzata Magdalena Joanna Ewa Dorota Barbara".split(),
           "m": "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Łukasz Wojciech".split()},
    "ro": {"f": "Ioana Andreea Elena Alina Mihaela Roxana Oana Ramona Florentina".split(),
           "m": "Andrei Ionuț Mihai Vlad Bogdan Cristian Florin Adrian Gheorghe Sorin".split()},
    "am": {"f": "Anahid Lousiné Nairi Arpi Taline Siranouche Araxie Anouch".split(),
           "m": "Aram Armen Tigran Hovhannès Vahé Garo Haïk Sevan Ara".split()},
}

HYPHEN_FIRST = {
    "f": ["Marie-Claire", "Marie-Hélène", "Anne-Sophie", "Anne-Laure", "Marie-Christine", "Marie-Thérèse",
          "Marie-José", "Fatima-Zahra", "Lalla-Khadija", "Marie-Ange", "Anne-Marie"],
    "m": ["Jean-Baptiste", "Jean-Pierre", "Jean-Luc", "Pierre-Yves", "Jean-Michel", "Paul-Henri",
          "Louis-Marie", "Mohamed-Amine", "Sidi-Mohamed", "Jean-François", "Jean-Marc", "Moulay-Ahmed"],
}

LAST = {
    "fr": "Martin Bernard Dubois Thomas Robert Richard Durand Moreau Laurent Simon Michel Lefebvre Leroy Roux "
          "Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure Mercier Blanc "
          "Guérin Boyer Garnier Chevalier Legrand Gauthier Perrin Robin Morin Henry Roussel Masson Marchand "
          "Duval Dumont Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Brunet Gaillard "
          "Barbier Arnaud Roche Renard Schmitt Leroux Colin Vidal Caron Picard Fabre Aubert Lemoine Renaud "
          "Lacroix Bourgeois Rey Leclerc Payet Rolland Lecomte Dupuy Hubert Berger Carpentier Moulin Deschamps "
          "Huet Vasseur Boucher Fleury Royer Klein Jacquet Poirier Marty Aubry Guyot Carré Charpentier Ménard "
          "Maillard Bertin Bailly Schneider Perrot Cousin Germain Breton Besson Langlois Pelletier Lévêque "
          "Perrier Leblanc Barré Lebrun Weber Hamon Boulanger Monnier Michaud Tessier Chauvin Bouchet Humbert "
          "Reynaud Cordier Lejeune Delaunay Pasquier Laporte Petit Marin Lenoir Loiseau Lapierre Kieffer "
          "Tanguy Kerbrat Grondin Hoarau Etcheverry Lagarde Vigneron".split()
          + ["de la Fontaine", "Le Goff", "Le Bihan", "Le Floch", "Le Gall", "du Plessis", "de Villeneuve",
             "d'Arcy", "Le Roux", "Saint-Martin", "Martin-Lavigne", "Bernard-Rousseau", "de Saint-Just",
             "Des Rosiers", "Le Guen", "de Lattre"],
    "ma": "Benali Alaoui Bennani Tazi Berrada Chraibi Ouazzani Benjelloun Lahlou Amrani Bouzid Haddad Belkacem "
          "Mansouri Cherkaoui Naciri Zerouali Kettani Sebti Benkirane Filali Hamdaoui Ouali Saïdi Boukhris "
          "Belhaj Ziani Azzouzi Lamrani Essaidi Moussaoui Daoudi Rahmouni Bakkali Slimani Hammoudi Kabbaj "
          "Touzani Benmoussa Ouahbi Jebbari Sqalli Guessous".split()
          + ["El Amrani", "Ben Salah", "El Idrissi", "El Fassi", "Aït Lahcen", "El Khattabi", "Ben Moussa",
             "El Ouafi", "El Mansouri", "Aït Ouahmane", "Ben Brahim", "El Alami", "Ould Ahmed", "Aït Baha"],
    "waf": "Diallo Traoré Diop Sow Ba Camara Keïta Coulibaly Konaté Touré Sissoko Cissé Fofana Kouassi Koné "
           "Diarra Sylla Kanté Mbaye Fall Ndour Gueye Sarr Faye Diakité Dembélé Bamba Ouattara Mensah "
           "Ndiaye".split() + ["N'Diaye", "N'Guessan", "M'Baye", "N'Dour"],
    "pt": "Pereira Ferreira Rodrigues Gonçalves Oliveira Fernandes Carvalho Teixeira Mendes Lopes Marques Pinto "
          "Ribeiro Moreira Nunes Azevedo".split() + ["Da Silva", "Dos Santos", "De Sousa", "Da Costa",
                                                     "Da Cunha", "De Oliveira"],
    "es": "García Martínez López Sánchez Fernández Gómez Ruiz Hernández Jiménez Moreno Muñoz Álvarez Romero "
          "Navarro Torres Domínguez Gutiérrez Ortega Delgado".split() + ["De la Cruz", "Del Río"],
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Greco Bruno Gallo Conti Costa Giordano "
          "Mancini Lombardi Moretti Barbieri Santoro".split() + ["De Luca", "Di Stefano", "D'Angelo",
                                                               "Lo Russo", "Di Marco"],
    "vn": "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong Ly Truong".split(),
    "tr": "Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Öztürk Ozturk Aydın Özdemir Arslan Doğan "
          "Kılıç Aslan Koç Kurt Erdoğan Korkmaz".split(),
    "pl": "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
          "Dąbrowski Kozłowski Jankowski Mazur Krawczyk Kaczmarek Nowicki".split(),
    "ro": "Popescu Ionescu Popa Constantin Stan Dumitru Stoica Munteanu Gheorghiu Rusu Dinu Matei Moldovan "
          "Ciobanu Lungu Vasilescu".split(),
    "am": "Petrossian Kazarian Manoukian Hakobian Sarkissian Boghossian Toroyan Kevorkian Demirdjian "
          "Tcherkezian Avakian Papazian Khatchadourian Mardirossian".split() + ["Der Markarian",
                                                                              "Ter-Petrossian"],
}

ORIGIN_W = [("fr", 34), ("ma", 26), ("waf", 8), ("pt", 6), ("es", 4), ("it", 4), ("vn", 3), ("tr", 4),
            ("pl", 3), ("ro", 4), ("am", 3), ("faker", 9)]


class Person:
    def __init__(self, first, last, sex, origin):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin
        y = R.randint(1938, 2005)
        self.dob = date(y, 1, 1) + timedelta(days=R.randint(0, 364))
        self._nir = None

    @property
    def nir(self):
        if self._nir is None:
            self._nir = make_nir(self)
        return self._nir


def person(origin=None, sex=None):
    if origin is None:
        origin = R.choices([o for o, _ in ORIGIN_W], [w for _, w in ORIGIN_W])[0]
    if origin == "ma+":  # Morocco-based customer: mostly Moroccan names
        origin = R.choices(["ma", "fr", "waf", "es"], [80, 10, 6, 4])[0]
    sex = sex or R.choice("fm")
    if origin == "faker":
        first = FAKE.first_name_female() if sex == "f" else FAKE.first_name_male()
        return Person(first, FAKE.last_name(), sex, "fr")
    if origin in ("fr", "ma") and R.random() < 0.12:
        hy = [h for h in HYPHEN_FIRST[sex] if (origin == "ma") == (h.split("-")[0] in
                                                                    ("Fatima", "Lalla", "Mohamed", "Sidi", "Moulay"))]
        first = R.choice(hy)
    else:
        first = R.choice(FIRST[origin][sex])
    last = R.choice(LAST[origin])
    if origin == "pl" and sex == "f":
        if last.endswith("ski"):
            last = last[:-3] + "ska"
        elif last.endswith("cki"):
            last = last[:-3] + "cka"
    return Person(first, last, sex, origin)


def title(p, style="w"):
    if style == "w":
        if p.sex == "f":
            return C("Mme ", "Madame ", "Mme ", "Mme. ", "Madame ")
        return C("M. ", "Monsieur ", "M. ", "Mr ", "Monsieur ")
    return "madame " if p.sex == "f" else "monsieur "


def up(s):
    return s.upper() if R.random() < 0.6 else strip_accents(s).upper()


def N(s, kind="n"):
    return ("PERSON", s, kind)


def full(p):
    return N(f"{p.first} {p.last}")


def crm(p):
    return N(f"{up(p.last)} {p.first}")


def crm2(p):
    return N(f"{p.first} {up(p.last)}")


def first(p):
    return N(p.first)


def last(p):
    return N(p.last)


def lfull(p):
    return N(f"{p.first} {p.last}".lower())


def lfirst(p):
    return N(p.first.lower())


def llast(p):
    return N(p.last.lower())


def any_written_name(p):
    return R.choice([full, full, full, crm, crm2])(p)


LETTER_NAMES = {"é": "e accent aigu", "è": "e accent grave", "ë": "e tréma", "ï": "i tréma", "ç": "c cédille",
                "ô": "o accent circonflexe", "ê": "e accent circonflexe", "'": "apostrophe", "-": "tiret",
                " ": "espace", "ş": "s", "ı": "i", "ł": "l", "ñ": "n tilde"}
PHONETIC = {"a": "anatole", "b": "berthe", "c": "célestin", "d": "désiré", "e": "eugène", "f": "françois",
            "g": "gaston", "h": "henri", "i": "irma", "j": "joseph", "k": "kléber", "l": "louis", "m": "marcel",
            "n": "nicolas", "o": "oscar", "p": "pierre", "q": "quintal", "r": "raoul", "s": "suzanne",
            "t": "thérèse", "u": "ursule", "v": "victor", "w": "william", "x": "xavier", "y": "yvonne",
            "z": "zoé"}


def spell(name, mode=None, upper=False):
    """Letter-by-letter spelling as a caller dictates it (goes in a PERSON span of its own)."""
    mode = mode or R.choice(["plain", "plain", "double", "dash", "phon"])
    s = name.lower()
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if mode == "double" and c.isalpha() and i + 1 < len(s) and s[i + 1] == c:
            out.append("deux " + c)
            i += 2
            continue
        if c in LETTER_NAMES:
            out.append(LETTER_NAMES[c])
        elif mode == "phon" and c in PHONETIC and R.random() < 0.5:
            out.append(f"{c} comme {PHONETIC[c]}")
        else:
            out.append(strip_accents(c))
        i += 1
    if mode == "dash":
        letters = [strip_accents(c).upper() for c in name if c.isalpha()]
        return "-".join(letters)
    res = " ".join(out)
    return res.upper() if upper else res


# --------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------

def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def phone_num(kind=None):
    """National 10-digit number and country."""
    kind = kind or R.choices(["frm", "frl", "fr9", "mam", "mal"], [45, 15, 8, 22, 10])[0]
    if kind == "frm":
        return "0" + R.choice("67") + R.choice("123456789") + rd(7), "FR"
    if kind == "frl":
        return "0" + R.choice("12345") + R.choice("123456789") + rd(7), "FR"
    if kind == "fr9":
        return "09" + R.choice("5678") + rd(7), "FR"
    if kind == "mam":
        return "0" + R.choice("67") + R.choice("0123456789") + rd(7), "MA"
    return "05" + R.choice(["22", "37", "24", "39", "35", "28"]) + rd(6), "MA"


def pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def phone_w(num=None, country=None):
    if num is None:
        num, country = phone_num()
    d = num
    if country == "FR":
        f = R.choices(range(8), [40, 14, 8, 5, 12, 6, 5, 4])[0]
        s = [" ".join(pairs(d)), d, ".".join(pairs(d)), "-".join(pairs(d)),
             "+33 " + d[1] + " " + " ".join(pairs(d[2:])), "+33" + d[1:],
             "0033 " + d[1] + " " + " ".join(pairs(d[2:])), "+33 (0)" + d[1] + " " + " ".join(pairs(d[2:]))][f]
    else:
        f = R.choices(range(8), [28, 12, 18, 10, 10, 8, 8, 8])[0]
        s = [" ".join(pairs(d)), d, "+212 " + d[1] + " " + " ".join(pairs(d[2:])), "+212 " + d[1:4] + "-" + d[4:],
             "+212" + d[1:], "00212 " + d[1:4] + " " + " ".join(pairs(d[4:])), d[:4] + "-" + d[4:],
             "+212 " + " ".join(pairs(d))][f]
    return ("PHONE_NUMBER", s, "d")


def phone_s(num=None, country=None, mode=None, fill=0.0, fix=False):
    """Spoken phone number as raw speech-to-text writes it."""
    if num is None:
        num, country = phone_num()
    d = num
    mode = mode or R.choices(["pairs", "digits", "intl", "mixed", "twodigits_then_pairs"], [44, 14, 11, 22, 9])[0]
    kind = "w"
    if mode == "pairs":
        words = [say_pair(p) for p in pairs(d)]
    elif mode == "digits":
        words = [DIG[int(c)] for c in d]
    elif mode == "twodigits_then_pairs":  # "zéro six" then pairs
        words = [say_digits(d[:2])] + [say_pair(p) for p in pairs(d[2:])]
    elif mode == "intl":
        if country == "FR":
            words = [C("plus trente-trois", "zéro zéro trente-trois"), DIG[int(d[1])]] + [say_pair(p) for p in pairs(d[2:])]
        else:
            words = [C("plus deux cent douze", "zéro zéro deux cent douze", "plus deux un deux"), DIG[int(d[1])]] + \
                    [say_pair(p) for p in pairs(d[2:])]
    else:  # recogniser writes some pairs in digits
        ps = pairs(d)
        cut = R.randint(1, 4)
        if R.random() < 0.5:
            words = ps[:cut] + [say_pair(p) for p in ps[cut:]]
        else:
            words = [say_pair(p) for p in ps[:cut]] + ps[cut:]
        kind = "m"
    if fix:  # self-correction inside the value
        i = R.randint(2, len(words) - 2)
        wrong = say_pair(f"{R.randint(10, 99)}")
        words = words[:i] + [wrong, C("non pardon", "non", "euh non", "pardon")] + words[i:]
    s = sprinkle(words, fill) if fill else " ".join(words)
    return ("PHONE_NUMBER", stt_noise(s), kind)


def phone_x(num=None, country=None):
    """Whisper-style: digits, grouped by pairs or as dictated."""
    if num is None:
        num, country = phone_num()
    d = num
    if country == "MA" and R.random() < 0.4:
        s = "+212 " + d[1:4] + " " + " ".join(pairs(d[4:]))
    else:
        s = C(" ".join(pairs(d)), " ".join(pairs(d)), ".".join(pairs(d)), d, d[:2] + " " + " ".join(pairs(d[2:])))
    return ("PHONE_NUMBER", s, "d")


# --------------------------------------------------------------------------------------------
# E-mail addresses
# --------------------------------------------------------------------------------------------

DOM_FR = ["gmail.com", "gmail.com", "hotmail.fr", "hotmail.com", "yahoo.fr", "orange.fr", "wanadoo.fr", "free.fr",
          "sfr.fr", "laposte.net", "outlook.fr", "outlook.com", "icloud.com", "live.fr", "neuf.fr", "bbox.fr",
          "protonmail.com", "aol.com"]
DOM_MA = ["gmail.com", "gmail.com", "hotmail.com", "hotmail.fr", "yahoo.fr", "menara.ma", "outlook.com",
          "live.fr", "yahoo.com"]


def slug(s, sep=""):
    s = strip_accents(s).lower().replace("'", "").replace("ı", "i").replace("ł", "l")
    return sep.join(x for x in s.replace("-", " ").split())


def email_addr(p=None, dom=None):
    p = p or person()
    fn, ln = slug(p.first), slug(p.last)
    fnd = slug(p.first, "-")
    yy = str(p.dob.year)[2:]
    local = R.choice([
        f"{fnd}.{ln}", f"{fnd}.{ln}", f"{fn}{ln}", f"{fn[0]}.{ln}", f"{fn}_{ln}", f"{fnd}-{ln}", f"{ln}.{fn}",
        f"{fn}.{ln}{yy}", f"{fn}{ln}{R.randint(1, 99)}", f"{ln}{fn[0]}", f"{fn}.{slug(p.last, '-')}",
        f"{fn}{yy}", f"{ln}_{fn[0]}{R.randint(1, 9)}", f"{fn[0]}{ln}{yy}",
    ])
    dom = dom or R.choice(DOM_MA if p.origin == "ma" and R.random() < 0.7 else DOM_FR)
    return f"{local}@{dom}"


def email_w(p=None, dom=None, addr=None):
    return ("EMAIL_ADDRESS", addr or email_addr(p, dom), "d")


def say_email(addr, spell_local=False):
    local, dom = addr.split("@")
    out = []
    at = C("arobase", "arobase", "arobase", "arobas", "at", "a commercial")
    dash = C("tiret", "tiret du six", "tiret")
    under = C("underscore", "tiret du bas", "tiret bas", "underscore")

    def part(s, spell_it=False):
        w = []
        buf = ""
        for c in s + "\0":
            if c.isalpha():
                buf += c
                continue
            if buf:
                w.append(" ".join(buf) if spell_it else buf)
                buf = ""
            if c == ".":
                w.append("point")
            elif c == "-":
                w.append(dash)
            elif c == "_":
                w.append(under)
            elif c.isdigit():
                w.append(c)
        # merge digit runs and say them
        res = []
        run = ""
        for x in w:
            if x.isdigit():
                run += x
                continue
            if run:
                res.append(nw(int(run)) if len(run) <= 2 and run[0] != "0" else say_digits(run))
                run = ""
            res.append(x)
        if run:
            res.append(nw(int(run)) if len(run) <= 2 and run[0] != "0" else say_digits(run))
        return res

    out += part(local, spell_local)
    out.append(at)
    d = part(dom)
    d = [{"gmail": C("gmail", "g mail", "gmail"), "hotmail": C("hotmail", "hot mail"), "laposte": "la poste",
          "outlook": C("outlook", "outlook"), "icloud": C("icloud", "i cloud"), "menara": "menara"}.get(x, x)
         for x in d]
    out += d
    return " ".join(out)


def email_s(p=None, dom=None, addr=None, spell_local=None):
    addr = addr or email_addr(p, dom)
    if spell_local is None:
        spell_local = R.random() < 0.15
    return ("EMAIL_ADDRESS", stt_noise(say_email(addr, spell_local)), "w")


# --------------------------------------------------------------------------------------------
# Postal addresses (France and Morocco)
# --------------------------------------------------------------------------------------------

CITIES_FR = [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("69008", "Lyon"), ("13008", "Marseille"),
             ("13013", "Marseille"), ("31000", "Toulouse"), ("31500", "Toulouse"), ("06000", "Nice"),
             ("44000", "Nantes"), ("67000", "Strasbourg"), ("34000", "Montpellier"), ("33000", "Bordeaux"),
             ("59000", "Lille"), ("35000", "Rennes"), ("51100", "Reims"), ("42000", "Saint-Étienne"),
             ("83000", "Toulon"), ("38000", "Grenoble"), ("21000", "Dijon"), ("49000", "Angers"),
             ("30000", "Nîmes"), ("69100", "Villeurbanne"), ("63000", "Clermont-Ferrand"), ("72000", "Le Mans"),
             ("13100", "Aix-en-Provence"), ("29200", "Brest"), ("37000", "Tours"), ("80000", "Amiens"),
             ("87000", "Limoges"), ("74000", "Annecy"), ("93200", "Saint-Denis"), ("92100", "Boulogne-Billancourt"),
             ("94000", "Créteil"), ("95100", "Argenteuil"), ("93100", "Montreuil"), ("20000", "Ajaccio"),
             ("20200", "Bastia"), ("97400", "Saint-Denis"), ("97200", "Fort-de-France"), ("64100", "Bayonne"),
             ("66000", "Perpignan"), ("57000", "Metz"), ("54000", "Nancy"), ("76600", "Le Havre"),
             ("76000", "Rouen"), ("14000", "Caen"), ("86000", "Poitiers"), ("17000", "La Rochelle"),
             ("56100", "Lorient"), ("22000", "Saint-Brieuc"), ("26000", "Valence"), ("84000", "Avignon"),
             ("45000", "Orléans"), ("25000", "Besançon"), ("68100", "Mulhouse"), ("91000", "Évry-Courcouronnes"),
             ("78000", "Versailles"), ("77100", "Meaux"), ("60000", "Beauvais"), ("62300", "Lens"),
             ("59100", "Roubaix"), ("01000", "Bourg-en-Bresse"), ("73000", "Chambéry"), ("11100", "Narbonne"),
             ("24000", "Périgueux"), ("40000", "Mont-de-Marsan"), ("82000", "Montauban"),
             ("71100", "Chalon-sur-Saône"), ("24260", "Le Bugue"), ("46100", "Figeac"),
             ("12200", "Villefranche-de-Rouergue"), ("35310", "Mordelles"), ("95200", "Sarcelles"),
             ("93140", "Bondy"), ("69200", "Vénissieux"), ("38130", "Échirolles")]

STREETS_FR = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "allée des Peupliers",
              "impasse du Moulin", "chemin des Vignes", "place de la République", "rue du Général Leclerc",
              "avenue de la Libération", "rue Pasteur", "rue de la Gare", "route de Toulouse", "quai des Chartrons",
              "cours Lafayette", "rue Émile Zola", "rue des Écoles", "rue du Stade", "rue Jean Moulin",
              "avenue du Maréchal Foch", "rue de la Paix", "rue Gambetta", "rue des Acacias", "chemin de la Croix",
              "rue Saint-Exupéry", "allée Marie Curie", "rue du 8 Mai 1945", "rue de la Fontaine", "rue Nationale",
              "boulevard de la Mer", "rue Pierre Brossolette", "avenue des Champs", "rue du Château d'Eau",
              "impasse des Mésanges", "rue Jules Ferry", "rue des Tanneurs", "résidence Le Clos Fleuri",
              "rue de Verdun", "rue Anatole France", "avenue Georges Clemenceau", "rue Paul Bert",
              "chemin du Petit Bois", "rue de Bretagne", "lotissement Les Hauts de Provence",
              "rue Aristide Briand", "boulevard Gallieni", "rue Danton", "rue de l'Église"]

CITIES_MA = [("20250", "Casablanca"), ("20450", "Casablanca"), ("20000", "Casablanca"), ("10000", "Rabat"),
             ("10100", "Rabat"), ("40000", "Marrakech"), ("30000", "Fès"), ("90000", "Tanger"), ("80000", "Agadir"),
             ("50000", "Meknès"), ("60000", "Oujda"), ("14000", "Kénitra"), ("93000", "Tétouan"), ("11000", "Salé"),
             ("28810", "Mohammedia"), ("24000", "El Jadida"), ("46000", "Safi"), ("23000", "Béni Mellal"),
             ("12000", "Témara"), ("62000", "Nador")]
HAY = ["Hay Salam", "Hay Mohammadi", "Hay Hassani", "Hay Riad", "Hay Nahda", "Hay Al Qods", "Hay Karima",
       "Hay Al Massira", "Hay Moulay Rachid", "Hay Dakhla", "Hay Al Fath", "Hay Inara", "Hay Ennakhil"]
QUART_MA = {"Casablanca": ["Maârif", "Gauthier", "Bourgogne", "Sidi Maârouf", "Aïn Sebaâ", "Californie", "Oasis"],
            "Rabat": ["Agdal", "Souissi", "Hay Riad", "Océan"], "Marrakech": ["Guéliz", "Targa", "Hivernage"],
            "Tanger": ["Malabata", "Iberia"], "Kénitra": ["Val Fleuri", "Bir Rami"], "Fès": ["Narjiss", "Atlas"],
            "Agadir": ["Talborjt", "Dakhla"], "Salé": ["Tabriquet", "Hay Karima"]}


def quart(city, sep=", "):
    q = QUART_MA.get(city)
    return f"{sep}{R.choice(q)}" if q else ""
STREETS_MA = ["rue Ibn Batouta", "avenue Mohammed V", "boulevard Zerktouni", "rue Oued Sebou", "avenue Hassan II",
              "boulevard Abdelmoumen", "rue Moulay Youssef", "rue Al Moutanabbi", "avenue des FAR",
              "rue Tarik Ibn Ziad", "boulevard Ghandi", "rue Abou Bakr Seddik", "avenue Allal El Fassi"]
RESID = ["Les Tilleuls", "Le Clos des Roses", "Les Jardins de Marianne", "Le Parc", "Les Terrasses du Lac",
         "Les Orangers", "Les Hirondelles", "Belle Vue", "Le Hameau du Moulin", "Les Cèdres"]
RESID_MA = ["Al Boustane", "Al Amal", "Nour", "Yasmine", "Les Orangers", "Riad Al Andalous", "Al Manar", "Jnane Saada"]


def addr_fr_parts():
    num = str(R.choices([R.randint(1, 30), R.randint(31, 180)], [70, 30])[0])
    suf = R.choices(["", " bis", " ter", "B"], [82, 12, 3, 3])[0]
    street = R.choice(STREETS_FR)
    cp, city = R.choice(CITIES_FR)
    comp = R.choices(["", "bat", "res", "apt", "esc"], [55, 12, 12, 14, 7])[0]
    return num, suf, street, cp, city, comp


def address_w(oneline=True, country=None):
    country = country or R.choices(["FR", "MA"], [72, 28])[0]
    if country == "FR":
        num, suf, street, cp, city, comp = addr_fr_parts()
        sep = ", " if oneline else "\n"
        head = f"{num}{suf} {street}" if R.random() < 0.85 else f"{num}{suf}, {street}"
        pre = {"": "", "bat": f"Bâtiment {R.choice('ABCDE')}{sep}", "res": f"Résidence {R.choice(RESID)}{sep}",
               "apt": f"Appt {R.randint(1, 58)}{sep}", "esc": f"Escalier {R.choice('ABC')}, {C('1er', '2e', '3e', '4e', '5e', '7e', '11e')} étage{sep}"}[comp]
        if comp == "apt" and R.random() < 0.5:
            s = f"{head}, appartement {R.randint(1, 58)}{sep}{cp} {city}"
        else:
            s = f"{pre}{head}{sep}{cp} {city}"
        if R.random() < 0.08:
            s = s.replace(city, city.upper())
    else:
        cp, city = R.choice(CITIES_MA)
        n = R.randint(1, 250)
        f = R.randint(0, 6)
        if f == 0:
            s = f"{R.choice(HAY)}, rue {R.randint(1, 60)}, n° {n}, {city}"
        elif f == 1:
            s = f"Lot {C('Al Amal', 'Al Wahda', 'Annasr', 'Al Massira', 'Riad Salam')} n° {n}, {cp} {city}"
        elif f == 2:
            s = f"Appt {R.randint(1, 20)}, Imm {R.randint(1, 60)}, Résidence {R.choice(RESID_MA)}{quart(city)}, {city}"
        elif f == 3:
            s = f"{n} {R.choice(STREETS_MA)}{quart(city)}, {cp} {city}"
        elif f == 4:
            s = f"Bloc {R.choice('ABCDEFG')} n° {n} {R.choice(HAY)} {city}"
        elif f == 5:
            s = f"Lotissement {C('Al Amal', 'Al Firdaous', 'Essaada', 'Al Qods')}, lot {n}, {R.choice(HAY)}, {cp} {city}"
        else:
            s = f"{n}, {R.choice(STREETS_MA)}, appt {R.randint(1, 30)}, {cp} {city}"
        if not oneline:
            s = s.replace(", ", "\n", 1)
    return ("ADDRESS", s, "d")


def say_cp(cp):
    m = R.random()
    if m < 0.4:
        return say_pair(cp[:2]) + " " + say_group3(cp[2:])
    if m < 0.7:
        return nw(int(cp)) if cp[0] != "0" else "zéro " + nw(int(cp[1:]))
    return say_digits(cp)


def address_s(country=None, digits_cp=None):
    """Raw speech-to-text address; the postcode may come out in digits (mixed)."""
    country = country or R.choices(["FR", "MA"], [70, 30])[0]
    kind = "w"
    if digits_cp is None:
        digits_cp = R.random() < 0.3
    if country == "FR":
        num, suf, street, cp, city, comp = addr_fr_parts()
        street = street.lower().replace("8 mai 1945", "huit mai dix-neuf cent quarante-cinq")
        cps = cp if digits_cp else say_cp(cp)
        if digits_cp:
            kind = "m"
        pre = C("", "", f"résidence {R.choice(RESID).lower()} ", f"bâtiment {R.choice('abcd')} ")
        s = f"{pre}{nw(int(num))}{suf} {street} {C('', '', 'à ')}{cps} {city.lower()}"
        if R.random() < 0.25:
            s = f"{pre}{nw(int(num))}{suf} {street} {C('à', 'sur')} {city.lower()}"
            kind = "w"
    else:
        cp, city = R.choice(CITIES_MA)
        n = R.randint(1, 150)
        f = R.randint(0, 3)
        if f == 0:
            s = f"{R.choice(HAY).lower()} rue {nw(R.randint(1, 40))} numéro {nw(n)} {city.lower()}"
        elif f == 1:
            s = f"lot {C('al amal', 'al wahda', 'annasr')} numéro {nw(n)} {C('à ', '')}{city.lower()}"
        elif f == 2:
            s = f"appartement {nw(R.randint(1, 20))} immeuble {nw(R.randint(1, 40))} résidence {R.choice(RESID_MA).lower()} {city.lower()}"
        else:
            s = f"numéro {nw(n)} {R.choice(STREETS_MA).lower()}{quart(city, ' ').lower()} {city.lower()}"
        if digits_cp:
            s = s.replace(f"numéro {nw(n)}", f"numéro {n}", 1)
            kind = "m" if f"numéro {n}" in s else kind
    return ("ADDRESS", stt_noise(s), kind)


def address_x(country=None):
    """Whisper-style: digits and commas."""
    country = country or R.choices(["FR", "MA"], [70, 30])[0]
    if country == "FR":
        num, suf, street, cp, city, comp = addr_fr_parts()
        s = f"{num}{suf} {street}, {cp} {city}" if R.random() < 0.7 else f"{num}{suf} {street} à {city}"
    else:
        cp, city = R.choice(CITIES_MA)
        s = C(f"{R.choice(HAY)}, rue {R.randint(1, 40)}, numéro {R.randint(1, 150)}, {city}",
              f"Résidence {R.choice(RESID_MA)}, immeuble {R.randint(1, 40)}, appartement {R.randint(1, 20)}, {city}",
              f"{R.randint(1, 150)} {R.choice(STREETS_MA)}, {city}")
    return ("ADDRESS", s, "d")


# --------------------------------------------------------------------------------------------
# NIR (French social security number), key = 97 - (n mod 97), 2A/2B counted as 19/18
# --------------------------------------------------------------------------------------------

ABROAD = {"ma": "350", "waf": R.choice(["341", "335", "326"]), "pt": "139", "es": "134", "it": "127",
          "vn": "243", "tr": "208", "pl": "122", "ro": "114", "am": "252"}
DEPTS = ["75", "69", "13", "31", "33", "59", "44", "67", "34", "06", "93", "92", "94", "95", "78", "91", "77",
         "38", "35", "29", "57", "54", "76", "14", "62", "80", "63", "87", "21", "25", "01", "02", "03", "04",
         "2A", "2B", "971", "972", "974", "64", "66", "83", "84", "42", "49", "37", "45", "17", "86", "56"]


def nir_key(body13):
    n = int(body13.replace("2A", "19").replace("2B", "18"))
    return 97 - n % 97


def make_nir(p):
    sex = "1" if p.sex == "m" else "2"
    yy, mm = f"{p.dob.year % 100:02d}", f"{p.dob.month:02d}"
    if p.origin in ABROAD and R.random() < 0.6:
        loc = "99" + ABROAD[p.origin]
    else:
        d = R.choice(DEPTS)
        loc = d + (f"{R.randint(1, 34):02d}" if len(d) == 3 else f"{R.randint(1, 600):03d}")
    body = sex + yy + mm + loc + f"{R.randint(1, 999):03d}"
    assert len(body) == 13
    return body + f"{nir_key(body):02d}"


NIR_GROUPS = [1, 2, 2, 2, 3, 3, 2]


def nir_groups(nir):
    out, i = [], 0
    for g in NIR_GROUPS:
        out.append(nir[i:i + g])
        i += g
    return out


def nir_w(p=None, nir=None):
    nir = nir or (p or person()).nir
    g = nir_groups(nir)
    f = R.choices(range(5), [45, 30, 10, 8, 7])[0]
    s = [" ".join(g), nir, "".join(g[:6]) + " " + g[6], " ".join(g[:6]) + " - " + g[6], "".join(g[:6]) + "/" + g[6]][f]
    return ("FR_NIR", s, "d")


def _ends_unit(words):
    return bool(words) and words[-1].split(" ")[-1] in DIG[2:]


def nir_s(p=None, nir=None, cle=None, fill=0.0, partly_digits=False):
    nir = nir or (p or person()).nir
    g = nir_groups(nir)
    words = []
    if cle is None:
        cle = R.random() < 0.35
    for i, grp in enumerate(g):
        if i == 0:
            w = DIG[int(grp)]
        elif grp in ("2A", "2B"):
            w = "deux " + grp[1].lower()
        elif len(grp) == 3:
            # "cinq cents" + "vingt-neuf" would be heard as 529: exact hundreds are read digit by digit
            if grp[0] == "1" and _ends_unit(words) or grp[1:] == "00" or R.random() < 0.15:
                w = say_digits(grp)
            else:
                w = say_group3(grp)
        else:
            w = say_pair(grp)
        if i == 6 and cle:
            w = "clé " + w
        words.append(w)
    kind = "w"
    if partly_digits:
        k = R.randint(2, 5)
        words = [grp if j < k else w for j, (grp, w) in enumerate(zip(g, words))]
        kind = "m"
    return ("FR_NIR", sprinkle(words, fill) if fill else " ".join(words), kind)


def nir_x(p=None, nir=None):
    nir = nir or (p or person()).nir
    return ("FR_NIR", C(" ".join(nir_groups(nir)), nir), "d")


# --------------------------------------------------------------------------------------------
# Payment cards (Luhn)
# --------------------------------------------------------------------------------------------

def luhn_ok(s):
    ds = [int(c) for c in s][::-1]
    t = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        t += d
    return t % 10 == 0


def card_num():
    brand = R.choices(["visa", "mc", "mc2", "amex"], [55, 28, 7, 10])[0]
    if brand == "visa":
        pre, ln = "4" + rd(5), 16
    elif brand == "mc":
        pre, ln = "5" + R.choice("12345") + rd(4), 16
    elif brand == "mc2":
        pre, ln = str(R.randint(2221, 2720)) + rd(2), 16
    else:
        pre, ln = R.choice(["34", "37"]) + rd(4), 15
    body = pre + rd(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i:i + 4] for i in range(0, 16, 4)]


def card_w(n=None):
    n = n or card_num()
    g = card_groups(n)
    s = C(" ".join(g), " ".join(g), n, "-".join(g), " ".join(g))
    return ("CREDIT_CARD", s, "d")


def card_s(n=None, mode=None, fill=0.0):
    n = n or card_num()
    g = card_groups(n)
    mode = mode or R.choices(["pairs", "digits", "mixed"], [60, 20, 20])[0]
    kind = "w"
    if mode == "pairs":
        words = [say_pairs(x) for x in g]
    elif mode == "digits":
        words = [say_digits(x) for x in g]
    else:
        k = R.randint(1, len(g) - 1)
        words = [x if i < k else say_pairs(x) for i, x in enumerate(g)]
        kind = "m"
    return ("CREDIT_CARD", sprinkle(words, fill) if fill else " ".join(words), kind)


def card_x(n=None):
    n = n or card_num()
    return ("CREDIT_CARD", " ".join(card_groups(n)), "d")


# --------------------------------------------------------------------------------------------
# IBAN (ISO 13616) and RIB
# --------------------------------------------------------------------------------------------

def iban_check(country, bban):
    t = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in t))
    return f"{98 - n % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


RIB_LET = {c: v for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in cs}


def rib_key(bank, branch, acct):
    a = int("".join(str(RIB_LET[c]) if c.isalpha() else c for c in acct))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * a) % 97:02d}"


FR_BANKS = ["30004", "30003", "30002", "10278", "13335", "20041", "16006", "17515", "18206", "11306", "10107",
            "30066", "14505", "12506", "15589", "19106", "13807", "16705", "10096", "18315"]
MA_BANKS = ["007", "011", "145", "190", "230", "022", "013", "021", "181", "050"]
MA_CITY = ["780", "810", "450", "640", "360", "010", "270", "520"]


def fr_rib():
    bank, branch = R.choice(FR_BANKS), rd(5)
    acct = rd(11) if R.random() < 0.9 else rd(7) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rd(3)
    return bank, branch, acct, rib_key(bank, branch, acct)


def ma_rib():
    bank, city, acct = R.choice(MA_BANKS), R.choice(MA_CITY), rd(16)
    key = f"{97 - int(bank + city + acct) * 100 % 97:02d}"
    return bank, city, acct, key


def iban_num(country=None):
    country = country or R.choices(["FR", "MA", "BE", "ES", "DE", "PT"], [60, 20, 6, 6, 4, 4])[0]
    if country == "FR":
        bban = "".join(fr_rib())
    elif country == "MA":
        bban = "".join(ma_rib())
    elif country == "BE":
        b10 = rd(10)
        k = int(b10) % 97 or 97
        bban = b10 + f"{k:02d}"
    elif country == "ES":
        bank, br, acct = rd(4), rd(4), rd(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            r = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(r, r)

        bban = bank + br + f"{dc('00' + bank + br)}{dc(acct)}" + acct
    elif country == "DE":
        bban = R.choice(["100", "200", "370", "500", "700"]) + rd(5) + rd(10)
    else:
        b19 = rd(19)
        bban = b19 + f"{98 - int(b19) * 100 % 97:02d}"
    return country + iban_check(country, bban) + bban


def groups4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_w(ib=None, lower=False):
    ib = ib or iban_num()
    f = R.choices(range(4), [60, 20, 10, 10])[0]
    if f == 0:
        s = groups4(ib)
    elif f == 1:
        s = ib
    elif f == 2 and ib.startswith("FR"):  # grouped as the RIB fields
        s = f"{ib[:4]} {ib[4:9]} {ib[9:14]} {ib[14:25]} {ib[25:]}"
    elif f == 2 and ib.startswith("MA"):
        s = f"{ib[:4]} {ib[4:7]} {ib[7:10]} {ib[10:26]} {ib[26:]}"
    else:
        s = groups4(ib).replace(" ", C("-", "  ", " "))
    if lower:
        s = s.lower()
    return ("IBAN_CODE", s, "d")


def rib_w(country=None):
    country = country or R.choice(["FR", "FR", "MA"])
    if country == "FR":
        b, g, a, k = fr_rib()
        s = C(f"{b} {g} {a} {k}", f"{b}{g}{a}{k}", f"{b} {g} {a} - {k}")
    else:
        b, c, a, k = ma_rib()
        s = C(f"{b} {c} {a} {k}", f"{b}{c}{a}{k}", f"{b} {c} {groups4(a)} {k}")
    return ("IBAN_CODE", s, "d")


def say_alnum(s, digit_mode):
    out = []
    run = ""
    for c in s + "\0":
        if c.isdigit():
            run += c
            continue
        if run:
            out.append(say_pairs(run) if digit_mode == "pairs" else say_digits(run))
            run = ""
        if c.isalpha():
            out.append(c.lower())
    return " ".join(out)


def iban_s(ib=None, mode=None, fill=0.0):
    ib = ib or iban_num(R.choice(["FR", "FR", "FR", "MA", "BE", "ES"]))
    mode = mode or R.choice(["pairs", "pairs", "digits", "mixed"])
    head = " ".join(ib[:2].lower()) + " " + say_pair(ib[2:4])
    chunks = [ib[i:i + 4] for i in range(4, len(ib), 4)]
    kind = "w"
    if mode == "mixed":
        k = R.randint(1, len(chunks) - 2)
        words = [head] + [c if i < k else say_alnum(c, "pairs") for i, c in enumerate(chunks)]
        kind = "m"
    else:
        words = [head] + [say_alnum(c, mode) for c in chunks]
    return ("IBAN_CODE", sprinkle(words, fill) if fill else " ".join(words), kind)


def iban_x(ib=None):
    ib = ib or iban_num(R.choice(["FR", "FR", "MA"]))
    return ("IBAN_CODE", groups4(ib), "d")


# --------------------------------------------------------------------------------------------
# Dates of birth
# --------------------------------------------------------------------------------------------

MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def dob_w(p=None, d=None):
    d = d or (p or person()).dob
    f = R.choices(range(8), [38, 10, 8, 5, 20, 6, 8, 5])[0]
    day = "1er" if d.day == 1 and R.random() < 0.7 else str(d.day)
    s = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
         f"{d.day:02d}-{d.month:02d}-{d.year}", f"{day} {MOIS[d.month - 1]} {d.year}", f"{d.isoformat()}",
         f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", f"{day} {MOIS_ABR[d.month - 1]} {d.year}"][f]
    return ("DATE_OF_BIRTH", s, "d")


def say_year(y, short=False):
    if short and y < 2000:
        return nw(y % 100)
    return nw(y)


def dob_s(p=None, d=None, mode=None):
    d = d or (p or person()).dob
    mode = mode or R.choices(["full", "short", "num", "mixed"], [40, 22, 13, 25])[0]
    day = "premier" if d.day == 1 else nw(d.day)
    kind = "w"
    if mode == "full":
        s = f"{day} {MOIS[d.month - 1]} {say_year(d.year)}"
    elif mode == "short":
        s = f"{day} {MOIS[d.month - 1]} {say_year(d.year, True)}"
    elif mode == "num":
        s = f"{day} {say_pair(f'{d.month:02d}') if R.random() < 0.6 else nw(d.month)} {say_year(d.year, d.year < 2000)}"
    else:
        s = C(f"{d.day} {MOIS[d.month - 1]} {say_year(d.year)}", f"{day} {MOIS[d.month - 1]} {d.year}")
        kind = "m"
    return ("DATE_OF_BIRTH", s, kind)


def dob_x(p=None, d=None):
    d = d or (p or person()).dob
    day = "1er" if d.day == 1 else str(d.day)
    return ("DATE_OF_BIRTH", C(f"{day} {MOIS[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"), "d")


# --------------------------------------------------------------------------------------------
# Moroccan CIN
# --------------------------------------------------------------------------------------------

CIN_PRE = ["BE", "BK", "BJ", "BH", "BL", "BB", "A", "AB", "AD", "C", "CD", "D", "E", "EE", "F", "G", "H", "I",
           "J", "JA", "JB", "JC", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "ZT"]


def cin_num():
    pre = R.choice(CIN_PRE)
    return pre + str(R.randint(10000 if len(pre) == 2 else 100000, 999999))


def cin_w(c=None, lower=False):
    c = c or cin_num()
    i = len(c.rstrip("0123456789"))
    s = C(c, c, c[:i] + " " + c[i:], c, c[:i] + "-" + c[i:])
    return ("MA_CIN", s.lower() if lower else s, "d")


def cin_s(c=None, mode=None):
    c = c or cin_num()
    i = len(c.rstrip("0123456789"))
    letters, ds = " ".join(c[:i].lower()), c[i:]
    mode = mode or R.choice(["digits", "pairs", "triples", "mixed"])
    kind = "w"
    if mode == "digits":
        s = f"{letters} {say_digits(ds)}"
    elif mode == "pairs":
        s = f"{letters} {say_pairs(ds)}"
    elif mode == "triples" and len(ds) == 6 and ds[0] != "0" and ds[3] != "0":
        s = f"{letters} {nw(int(ds[:3]))} {nw(int(ds[3:]))}"
    else:
        s = f"{letters} {ds}"
        kind = "m"
    return ("MA_CIN", s, kind)


# --------------------------------------------------------------------------------------------
# Customer, contract, policy and meter-point numbers
# --------------------------------------------------------------------------------------------

def cid_value(kind):
    y = R.choice(["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
    return {
        "client": C(rd(10), rd(9), rd(8), "1" + rd(9)),
        "client_pref": C(f"CL-{rd(8)}", f"C{rd(9)}", f"RC{rd(8)}", f"CLT{rd(7)}"),
        "contrat": C(f"{rd(10)}", f"CT-{y}-{rd(6)}", f"{R.choice(['A', 'B', 'E', 'G'])}{rd(9)}", f"CTR{rd(8)}"),
        "police": C(f"{rd(2)} {rd(3)} {rd(3)} {R.choice('ABCDEFGH')}", f"POL-{rd(7)}", f"{rd(10)}",
                    f"MRH{rd(8)}", f"AUTO-{y}-{rd(5)}"),
        "pdl": rd(14),
        "pce": C(rd(14), f"GI{rd(6)}"),
        "adherent": C(rd(9), f"ADH{rd(7)}", f"{rd(4)} {rd(4)}", rd(8)),
        "ligne": C(f"{rd(8)}", f"FBX{rd(8)}", f"fbx{rd(8)}", f"{rd(2)}.{rd(6)}"),
        "login": C(rd(8), rd(10), rd(11)),
        "ma_contrat": C(rd(10), rd(12), f"{rd(4)} {rd(4)} {rd(2)}"),
        "dossier_client": C(f"{rd(7)}", f"D-{rd(8)}"),
    }[kind]


def cid_w(kind="client", v=None):
    v = v or cid_value(kind)
    if kind == "pdl" and R.random() < 0.4:
        v = f"{v[:5]} {v[5:9]} {v[9:]}"
    return ("CUSTOMER_ID", v, "d")


def cid_s(kind="client", v=None, mode=None):
    v = v or cid_value(kind)
    mode = mode or R.choice(["digits", "pairs", "pairs", "mixed"])
    if mode == "mixed":
        return ("CUSTOMER_ID", v.lower() if R.random() < 0.5 else v, "m" if any(c.isdigit() for c in v) else "w")
    out = []
    run = ""
    for c in v + "\0":
        if c.isdigit():
            run += c
            continue
        if run:
            out.append(say_pairs(run) if mode == "pairs" else say_digits(run))
            run = ""
        if c.isalpha():
            out.append(c.lower())
        elif c == "-":
            out.append("tiret")
    return ("CUSTOMER_ID", " ".join(out), "w")


# --------------------------------------------------------------------------------------------
# Secrets: PIN, passwords, door codes, one-time codes
# --------------------------------------------------------------------------------------------

PASS_WORDS = ["Soleil", "Marseille", "Chouchou", "Minette", "Azerty", "Doudou", "Titou", "Bonheur", "Atlas",
              "Nounours", "Casa", "Lolita", "Papillon", "Dragon", "Tigrou", "Mimosa", "Zitouna", "Bretagne"]


def secret_value(kind):
    if kind == "pin":
        return rd(4)
    if kind == "otp":
        return rd(6)
    if kind == "door":
        return C(rd(4), R.choice("ABC") + rd(4), rd(4) + R.choice("AB"), rd(3) + R.choice("ABCD") + rd(1), rd(5))
    if kind == "puk":
        return rd(8)
    if kind == "cvv":
        return rd(3)
    w = R.choice(PASS_WORDS)
    return C(f"{w}{R.randint(1950, 2025)}!", f"{w.lower()}{R.randint(1, 99)}", f"{w}_{R.randint(10, 99)}*",
             f"{w}{R.choice(['#', '@', '$', '!'])}{rd(3)}", f"{w.lower()}.{R.choice(PASS_WORDS).lower()}{rd(2)}")


def secret_w(kind="pin", v=None):
    return ("SECRET", v or secret_value(kind), "d")


def say_secret(v):
    out = []
    run = ""
    sym = {"!": "point d'exclamation", "#": "dièse", "@": "arobase", "$": "dollar", "*": "étoile",
           "_": "tiret du bas", ".": "point"}
    for c in v + "\0":
        if c.isdigit():
            run += c
            continue
        if run:
            if len(run) == 4 and run[:2] in ("19", "20") and R.random() < 0.7:
                out.append(nw(int(run)))
            elif len(run) == 2 and run[0] != "0":
                out.append(nw(int(run)))
            else:
                out.append(say_digits(run))
            run = ""
        if c in sym:
            out.append(sym[c])
        elif c.isalpha():
            if out and out[-1].isalpha() and len(out[-1]) >= 1 and not out[-1] in sym.values():
                out[-1] += c.lower()
            else:
                out.append(c.lower())
    return " ".join(x for x in out if x != "\0")


def secret_s(kind="pin", v=None, mode=None):
    v = v or secret_value(kind)
    if kind in ("pin", "otp", "puk", "cvv"):
        mode = mode or R.choice(["digits", "digits", "pairs"])
        s = say_digits(v) if mode == "digits" else say_pairs(v)
        return ("SECRET", s, "w")
    return ("SECRET", say_secret(v), "w")


# --------------------------------------------------------------------------------------------
# IP addresses
# --------------------------------------------------------------------------------------------

IP_FIRST = [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 86, 88, 90, 91, 92, 109, 176, 185, 193, 212, 213,
            41, 41, 105, 105, 196, 160, 102]


def ip_value(v6=None):
    if v6 is None:
        v6 = R.random() < 0.15
    if v6:
        pre = C("2a01:cb04", "2a01:e0a", "2a01:cb1c", "2001:861", "2a02:8440", "2c0f:fc88")
        return pre + ":" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(R.choice([3, 6])))
    return ".".join(str(x) for x in [R.choice(IP_FIRST), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)])


def ip_w(v=None, v6=None):
    return ("IP_ADDRESS", v or ip_value(v6), "d")


def ip_s(v=None):
    v = v or ip_value(False)
    s = " point ".join(nw(int(x)) for x in v.split("."))
    return ("IP_ADDRESS", s, "w")


# --------------------------------------------------------------------------------------------
# Shared context: brands, sectors, agents
# --------------------------------------------------------------------------------------------

BRANDS = {
    "energie": ["EDF", "Engie", "TotalEnergies", "Ekwateur", "Vattenfall", "Mint Énergie"],
    "telecom": ["Orange", "SFR", "Bouygues Telecom", "Free", "Sosh", "RED by SFR"],
    "assurance": ["MAIF", "AXA", "MACIF", "Groupama", "Allianz", "Matmut", "GMF"],
    "banque": ["Crédit Agricole", "BNP Paribas", "Société Générale", "LCL", "La Banque Postale", "Crédit Mutuel",
               "Boursorama"],
    "mutuelle": ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale", "Mutuelle Générale"],
    "ma_energie": ["Lydec", "Redal", "Amendis", "ONEE"],
    "ma_telecom": ["Maroc Telecom", "inwi", "Orange Maroc"],
    "ma_assurance": ["Wafa Assurance", "RMA", "Sanlam Maroc", "AXA Assurance Maroc", "AtlantaSanad"],
    "ma_banque": ["Attijariwafa bank", "CIH Bank", "Bank of Africa", "Banque Populaire", "BMCI"],
}


def brand(sec):
    return R.choice(BRANDS[sec])


def agent(origin=None):
    return person(origin or R.choice(["fr", "fr", "fr", "ma", "ma", "waf", "faker", "pt"]))


def cid_for(sec):
    """(label, customer-id kind) suited to a sector."""
    return R.choice({
        "energie": [("référence client", "client"), ("n° de contrat", "contrat"), ("PDL", "pdl"),
                    ("numéro de PDL", "pdl"), ("PCE", "pce"), ("numéro client", "client")],
        "telecom": [("identifiant client", "client"), ("référence client", "client_pref"),
                    ("identifiant Freebox", "ligne"), ("numéro de compte client", "client"), ("n° client", "client")],
        "assurance": [("n° de contrat", "police"), ("numéro de sociétaire", "adherent"), ("n° de police", "police"),
                      ("contrat", "police")],
        "banque": [("identifiant", "login"), ("identifiant client", "login"), ("n° client", "client")],
        "mutuelle": [("numéro d'adhérent", "adherent"), ("n° adhérent", "adherent"), ("numéro de contrat", "contrat")],
    }[sec])


WRITTEN, SPEECH, NONE = [], [], []


def tpl(kind):
    def deco(f):
        {"w": WRITTEN, "s": SPEECH, "x": SPEECH, "n": NONE, "ns": NONE}[kind].append((kind, f))
        return f
    return deco


def e(p):
    return "e" if p.sex == "f" else ""


def mme(p):
    return "Mme" if p.sex == "f" else "M."


def relative_word(p):
    return {"f": C("ma femme", "ma fille", "ma mère", "ma sœur", "ma compagne", "ma belle-mère", "ma tante"),
            "m": C("mon mari", "mon fils", "mon père", "mon frère", "mon compagnon", "mon beau-père", "mon oncle")}[p.sex]


def bill_date():
    return f"{R.randint(1, 28)} {R.choice(MOIS)}"


def amount():
    return C(f"{R.randint(12, 480)},{R.randint(0, 99):02d} €", f"{R.randint(12, 480)} euros",
             f"{R.randint(20, 900)},{R.randint(0, 99):02d} euros", f"{R.randint(50, 2500)} €")


def amount_ma():
    return C(f"{R.randint(80, 3500)} dirhams", f"{R.randint(80, 3500)},{R.randint(0, 99):02d} DH",
             f"{R.randint(100, 5000)} MAD")


# ============================================================================================
# WRITTEN TEMPLATES (chats, forms, e-mails, SMS, CRM notes, tickets, screens, letters)
# ============================================================================================

@tpl("w")
def w_chat_login(u):
    sec = R.choice(["energie", "telecom", "assurance", "banque", "mutuelle"])
    p = person()
    lab, k = cid_for(sec)
    u(C("Bonjour", "Bonjour,", "Bjr", "Bonsoir"), " ", C("je suis", "c'est", "ici"), " ", any_written_name(p), ", ",
      C(f"client{e(p)} {brand(sec)} depuis des années", f"client{e(p)}", "titulaire du compte"), ". ",
      C("Impossible de me connecter à mon espace client", "Mon espace client me dit identifiant inconnu",
        "Je n'arrive plus à me connecter depuis la mise à jour de l'appli"),
      C(", mon ", ". Mon "), lab, " : ", cid_w(k), C(" et mon mail ", ", adresse mail ", " / mail : "), email_w(p),
      C(".", " . Merci", "", " merci d'avance"))


@tpl("w")
def w_webform_contact(u):
    p = person()
    sec = R.choice(["energie", "assurance", "mutuelle", "telecom"])
    lab, k = cid_for(sec)
    u("Formulaire de contact - ", brand(sec), "\n",
      "Civilité : ", C("Madame", "Mme") if p.sex == "f" else C("Monsieur", "M."), "\n",
      "Nom : ", N(up(p.last)), "\n", "Prénom : ", first(p), "\n",
      "Téléphone : ", phone_w(), "\n", "E-mail : ", email_w(p), "\n",
      C("Numéro de contrat (facultatif) : ", "Référence client : "), cid_w(k), "\n",
      "Objet : ", C("Réclamation facture", "Demande de rappel", "Changement de coordonnées", "Résiliation"), "\n",
      "Message : ", C("Merci de me rappeler entre 12h et 14h.", "Je conteste la facture de " + amount() + ".",
                      "Je déménage le " + bill_date() + ", que dois-je faire ?",
                      "Voir pièce jointe, je ne comprends pas le montant prélevé."))


@tpl("w")
def w_email_signature(u):
    p = person()
    u(C("Madame, Monsieur,", "Bonjour,", "Bonjour Madame,", "Bonjour à vous,", "Bonsoir,"), "\n\n",
      C("Suite à notre échange téléphonique de ce matin, je vous transmets mes nouvelles coordonnées bancaires.",
        "Je vous écris car mon prélèvement de ce mois a été rejeté alors que mon compte était approvisionné.",
        "Comme convenu avec votre conseillère, voici le RIB du compte sur lequel effectuer le remboursement.",
        "J'ai changé de banque : merci de prélever désormais sur ce compte.",
        "Vous trouverez ci-dessous l'IBAN du compte joint, le précédent est clôturé."),
      "\n", C("IBAN : ", "Nouvel IBAN : ", "Mon IBAN : ", "IBAN → ", "Compte : "), iban_w(), "\n",
      C("", "BIC : " + C("CRLYFRPP", "BNPAFRPP", "CEPAFRPP751", "BMCEMAMC") + "\n", "Banque : " + brand("banque") + "\n"), "\n",
      C("Cordialement,", "Bien cordialement,", "Bien à vous,", "Merci par avance,", "Salutations"), "\n", any_written_name(p), "\n",
      maybe(C("Tél. ", "Tel : ", "Portable : ", "📞 ")), phone_w())


@tpl("w")
def w_sms_short(u):
    p = person()
    u(C("slt", "Bjr", "bonjour", "Bsr"), " ", C("c", "cest", "c'est"), " ", first(p) if R.random() < 0.5 else full(p), " ",
      C("jai pas recu le code pour valider le paiement", "ma box marche plu depuis ce matin",
        "je vous envoi ma nouvelle adresse", "pouvez vs me rappeler svp"),
      C(" rappelez moi au ", " mon num ", " joignable au ", " tel "), phone_w(), maybe(C(" merci", " mrc", " stp")))


@tpl("w")
def w_crm_note(u):
    p = person()
    a = agent()
    rel = person(p.origin if p.origin != "faker" else "fr")
    u(C("Appel entrant", "Appel sortant", "Contact tél.", "Rappel client"), " ", C("- ", ": ", "— "), mme(p), " ",
      crm(p), C(" (titulaire) ", " "),
      C("signale un changement d'adresse suite déménagement. Nouvelle adresse : ",
        "demande envoi courrier à : ", "MAJ adresse postale : "), address_w(), ". ",
      C("Co-titulaire : ", "Conjoint : ", "Ajout co-titulaire "), crm(rel) if R.random() < 0.5 else full(rel), ". ",
      C("Traité par ", "Agent : ", "Conseiller : "), first(a), maybe(C(" (N2)", " / équipe Lyon", " - back office")))


@tpl("w")
def w_ticket_line(u):
    p = person()
    ts = f"{R.randint(2023, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(8, 19):02d}:{R.randint(0, 59):02d}"
    u("[", ts, "] ", C("TKT", "INC", "REQ"), "-", str(R.randint(100000, 999999)), " | ",
      C("Client : ", "Demandeur : "), crm(p), " | ",
      C("Objet : coupure internet", "Objet : débit faible", "Objet : connexion suspecte", "Objet : perte de synchro"),
      " | ", C("IP WAN : ", "IP publique client : ", "Dernière IP vue : "), ip_w(), " | ",
      C("Statut : ouvert", "Statut : en attente client", "Escaladé N2", "Statut : résolu"))


@tpl("w")
def w_account_screen(u):
    p = person()
    sec = R.choice(["energie", "assurance", "mutuelle", "banque"])
    lab, k = cid_for(sec)
    sep = C(" | ", "\n", "  ")
    u(C("Titulaire : ", "Nom du titulaire : ", "Assuré : "), crm(p), sep,
      C("Né(e) le : ", "Date de naissance : ", "DDN : "), dob_w(p), sep,
      lab[0].upper() + lab[1:], " : ", cid_w(k), sep,
      "Adresse : ", address_w(), sep,
      C("Tél. mobile : ", "Mobile : ", "Tél : "), phone_w(), sep,
      C("Statut : actif", "Segment : particulier", "Mode de paiement : prélèvement", "Canal préféré : e-mail"))


@tpl("w")
def w_complaint_letter(u):
    p = person()
    city = R.choice(CITIES_FR)[1]
    sec = R.choice(["energie", "telecom", "assurance"])
    lab, k = cid_for(sec)
    u(any_written_name(p), "\n", address_w(oneline=False, country="FR"), "\n\n", brand(sec), " - Service Réclamations\n\n",
      f"{city}, le {bill_date()} {R.randint(2023, 2025)}", "\n\n",
      "Objet : réclamation – ", lab, " ", cid_w(k), "\n\n",
      "Madame, Monsieur,\n\n",
      C("Par la présente, je conteste la facture du ", "Je conteste l'échéance prélevée le ",
        "Malgré mes relances, je n'ai aucune explication sur la facture du "),
      bill_date(), C(" d'un montant de ", ", soit "), amount(), ". ",
      C("Je vous demande de procéder au remboursement du trop-perçu.",
        "Sans réponse de votre part sous quinze jours, je saisirai le médiateur.",
        "Je vous prie de bien vouloir régulariser ma situation."),
      "\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n", full(p))


@tpl("w")
def w_chat_relative(u):
    p = person()
    rel = person(p.origin if p.origin != "faker" else "fr")
    u(C("Bonjour, ", "Bonjour. ", ""), C("J'appelle pour ", "Je vous écris pour ", "Je contacte le service pour "),
      relative_word(rel), " ", first(rel), C(" qui est hospitalisé" + e(rel) + " et ne peut pas gérer son contrat.",
                                              " qui ne parle pas bien français.",
                                              " qui est sous ma curatelle depuis mars."),
      " ", C("Moi c'est ", "Je suis ", "Mon nom : "), full(p), C(", vous pouvez me joindre au ", ", mon portable : ", ". Tél "),
      phone_w(), ".")


@tpl("w")
def w_direct_debit_form(u):
    p = person()
    u(C("MANDAT DE PRÉLÈVEMENT SEPA\n", "Mandat SEPA — ", "Autorisation de prélèvement\n", "Formulaire mandat SEPA (saisie web)\n"))
    if not u.parts[-1].endswith("\n"):
        u(brand(R.choice(["energie", "telecom", "assurance"])), "\n")
    lines = [lambda: u(C("Nom du débiteur : ", "Débiteur : ", "Titulaire du compte : "), crm(p) if R.random() < 0.6 else full(p), "\n"),
             lambda: u(C("Adresse : ", "Adresse du débiteur : "), address_w(country="FR"), "\n"),
             lambda: u(C("IBAN : ", "Coordonnées bancaires (IBAN) : ", "IBAN du débiteur : "),
                       iban_w(iban_num(C("FR", "FR", "FR", "BE", "ES", "DE", "PT"))), "\n")]
    if R.random() < 0.6:
        lines.append(lambda: u("BIC : ", C("BNPAFRPPXXX", "AGRIFRPP882", "SOGEFRPP", "CCBPFRPPMTG", "PSSTFRPPPAR", "CMCIFR2A"), "\n"))
    head, rest = lines[:1], lines[1:]
    R.shuffle(rest)
    for f in head + rest:
        f()
    u(C("Type de paiement : récurrent", "Type de paiement : ponctuel", "Échéance : le 10 du mois", "Prélèvement mensuel"), "\n",
      C("Fait à ", "Signé à "), R.choice(CITIES_FR)[1], ", le ", dt(), C("", "\nSignature : bon pour accord", "\n(signature électronique)"))


@tpl("w")
def w_email_from_header(u):
    p = person()
    addr = email_addr(p)
    sec = R.choice(["energie", "telecom", "mutuelle", "assurance"])
    u(C("De : ", "From: ", "Expéditeur : "), full(p), " <", email_w(addr=addr), ">\n",
      C("À : ", "To: "), C("service-client@", "contact@", "reclamations@"), slug(brand(sec)).replace(" ", ""), ".fr\n",
      C("Objet : ", "Subject: "), C("Re: votre dossier", "Demande de résiliation", "Remboursement", "Compteur", "RE: RE: facture",
                                   "Changement de coordonnées", "Sans réponse depuis 3 semaines"), "\n\n",
      C("Bonjour,\n\nJe n'ai toujours pas reçu de réponse à mon courriel du ", "Bonjour,\nPouvez-vous me confirmer la prise en compte de ma demande du ",
        "Madame, Monsieur,\nJe reviens vers vous au sujet de mon appel du ", "Bonjour,\nRelance concernant le dossier ouvert le "),
      bill_date(), C(" ?\n", ".\n"),
      C("Mon numéro de téléphone a changé : ", "Vous pouvez me rappeler au ", "Nouveau numéro : ", "Joignable en journée au "), phone_w(), "\n\n",
      C("Merci,", "Cdlt,", "Salutations,", "Bonne journée,", "En vous remerciant,"), "\n", first(p) if R.random() < 0.5 else full(p))


@tpl("w")
def w_chat_agent_greeting(u):
    a = agent()
    p = person()
    sec = R.choice(["energie", "telecom", "banque", "assurance", "mutuelle"])
    u(C("Vous êtes en relation avec ", "Conseiller : ", "Bonjour, je m'appelle "), first(a),
      C(", conseillère ", ", conseiller ", " du service client ") if R.random() < 0.7 else "", brand(sec) if R.random() < 0.5 else "",
      ". ", C("Que puis-je faire pour vous ?", "Comment puis-je vous aider ?", "En quoi puis-je vous aider ?"), "\n",
      C("Client : ", "Vous : ", "> "), C("Bonjour ", "Bonjour, "), first(a), C(", ", " "),
      C("je voudrais mettre à jour mon adresse mail, la nouvelle c'est ", "voici mon nouvel email : ",
        "j'ai changé de mail, maintenant c'est "), email_w(p))
    if R.random() < 0.35:
        u(C(". C'est au nom de ", ", compte au nom de "), full(p), ".")
    else:
        u(C(". Merci", "", " merci", " 🙏"))


@tpl("w")
def w_nir_mutuelle(u):
    p = person()
    child = person(p.origin if p.origin != "faker" else "fr")
    child.dob = date(R.randint(2015, 2024), R.randint(1, 12), R.randint(1, 28))
    u(C("Bonjour, je souhaite rattacher ", "Demande d'ajout d'ayant droit : ", "Bonjour, merci d'ajouter "),
      C("mon fils " if child.sex == "m" else "ma fille ", ""), full(child))
    op, cl = C((", né" + e(child) + " le ", ", "), (" (né" + e(child) + " le ", ") "), (", date de naissance ", ", "))
    u(op, dob_w(child), cl, C("à mon contrat. ", "sur ma mutuelle. "),
      C("Mon numéro de sécu : ", "N° sécurité sociale de l'assuré principal : ", "Mon NIR : "), nir_w(p), ". ",
      C("Cordialement, ", "Merci. ", ""), any_written_name(p))


@tpl("w")
def w_card_opposition(u):
    p = person()
    u(C("Note CRM", "Compte-rendu d'appel", "Mémo", "Suivi"), " - ", C("Opposition CB", "Perte carte", "Vol carte bancaire", "Carte avalée DAB"), "\n",
      C("Client : ", "Titulaire : ", "Porteur : "), crm(p), "\n", C("Carte : ", "N° carte : ", "PAN : "), card_w(),
      C(" (exp. ", " — validité ", ", expire fin "), f"{R.randint(1, 12):02d}/{R.randint(26, 30)}", C(")", "", ""), "\n",
      C("Dernière opération reconnue : ", "Dernier achat reconnu : ", "Opérations contestées : "), amount(), " le ", bill_date(), "\n",
      C("Opposition enregistrée, nouvelle carte envoyée à l'adresse du dossier.", "Client informé du délai de 5 jours ouvrés.",
        "Dépôt de plainte conseillé.", "Carte refaite, retrait en agence de " + R.choice(CITIES_FR)[1] + ".",
        "Remboursement des opérations frauduleuses sous 48 h."))


@tpl("w")
def w_masked_card_and_real(u):
    p = person()
    n = card_num()
    u(C("Bonjour, ", ""), C("ma carte se terminant par ", "la carte finissant par ", "ma CB **** **** **** "),
      n[-4:], C(" a été débitée deux fois. ", " a été refusée au péage. "),
      C("Pour info la nouvelle carte c'est ", "Je vous donne ma nouvelle carte : ", "Nouvelle carte : "),
      card_w(n=card_num()), C(", expire ", ", exp "), f"{R.randint(1, 12):02d}/{R.randint(27, 31)}", ". ",
      C("Signé ", "— ", ""), full(p))


@tpl("w")
def w_cin_ma(u):
    p = person("ma+")
    sec, what = C(("ma_telecom", ", je veux activer ma carte SIM "), ("ma_banque", ", je souhaite ouvrir un compte "),
                  ("ma_assurance", ", je veux déclarer un sinistre "), ("ma_telecom", ", je veux passer en abonnement "))
    u(C("Bonjour, ", "Salam, bonjour. ", "Bonsoir, "), C("je suis ", "je m'appelle ", "c'est "), full(p), what,
      C("chez ", "auprès de "), brand(sec), ". ", C("Mon numéro de CIN : ", "CIN : ", "Ma CNIE n° "), cin_w(), ", ",
      C("né" + e(p) + " le ", "date de naissance "), dob_w(p), C(". Merci", ".", " merci beaucoup"))


@tpl("w")
def w_ma_address(u):
    p = person("ma+")
    sec = R.choice(["ma_energie", "ma_telecom"])
    u(C("Bonjour, suite à mon déménagement merci de transférer mon abonnement ", "Bonjour, demande de transfert ",
        "Salam, je déménage, pouvez-vous basculer mon contrat ", "Bonsoir. Transfert de compteur "), brand(sec),
      C(" à la nouvelle adresse : ", " vers : ", " pour le logement situé ", " → "), address_w(country="MA"), C(". ", " ; "),
      C("Contrat n° ", "N° de contrat : ", "Réf. client ", "Police "), cid_w("ma_contrat"), C(". ", ", "),
      crm2(p) if R.random() < 0.5 else full(p), C(", tél ", " - ", " GSM : ", ", joignable au "), phone_w(*phone_num("mam")),
      C("", ". Disponible à partir de 17h.", ". Merci d'avance.", " (WhatsApp aussi)"))


@tpl("w")
def w_password_reset_note(u):
    p = person()
    u(C("Client" + e(p) + " ", "Appelant : "), any_written_name(p), C(" bloqué" + e(p) + " sur l'espace client. ", " ne reçoit pas le mail de réinit. "),
      C("MDP temporaire communiqué : ", "Mot de passe provisoire donné : ", "Nouveau mdp généré : "), secret_w("pwd"),
      C(" — à changer à la 1re connexion.", ". Rappel : ne jamais redonner par mail.", "."),
      C(" IP de la dernière tentative : ", " Dernière connexion depuis "), ip_w(), ".")


@tpl("w")
def w_otp_sms(u):
    p = person()
    u(C("Transfert SMS reçu " + ("de la cliente " if p.sex == "f" else "du client "), "Copie du SMS envoyé par "), full(p) if R.random() < 0.5 else crm(p), " : « ",
      C("Votre code de validation est ", "Code de sécurité : ", "Votre code à usage unique : "), secret_w("otp"),
      C(". Ne le communiquez à personne. »", ". Il expire dans 5 minutes. »", " »"),
      C(" Le client dit ne pas avoir initié l'opération.", " Tentative de fraude probable, compte bloqué.", ""))


@tpl("w")
def w_chat_spelled_name(u):
    p = person(R.choice(["waf", "vn", "pl", "tr", "am", "ro", "ma"]))
    u(C("Mon nom c'est ", "Je m'appelle ", "Nom : "), full(p), C(", ça s'écrit ", " (j'épelle : ", ", en lettres : "),
      N(spell(p.last, R.choice(["dash", "plain"]), upper=True)), C("", ")", ""),
      C(". Vous avez dû mal l'orthographier sur la facture.", ". Sur le courrier c'est écrit n'importe comment.",
        ". Merci de corriger sur le contrat."))


@tpl("w")
def w_constat_third_party(u):
    p = person()
    q = person()
    u(C("Déclaration de sinistre auto - ", "Déclaration en ligne - ", "Constat amiable - "), brand("assurance"), "\n",
      "Assuré : ", full(p), ", contrat ", cid_w("police"), "\n",
      "Tiers impliqué : ", full(q) if R.random() < 0.6 else crm(q), C(", assuré chez ", ", assurance "), brand("assurance"),
      "\n", "Circonstances : ", C("le tiers a reculé sur le parking du magasin.", "accrochage au rond-point, choc arrière.",
                                  "portière ouverte sur mon véhicule en stationnement."), "\n",
      C("Tél. du tiers : ", "Coordonnées tiers : "), phone_w())


@tpl("w")
def w_water_damage_neighbour(u):
    p = person()
    q = person()
    u(C("Bonjour,\n", "Bonjour, "), C("je déclare un dégât des eaux provenant de l'appartement du dessus, occupé par ",
                                     "fuite venant de chez " + ("ma voisine du 3e, " if q.sex == "f" else "mon voisin du 3e, ")),
      title(q), last(q), ". ",
      C("Le propriétaire est ", "Son bailleur : ", "Le syndic : cabinet "), full(person()) if R.random() < 0.7 else N(up(person().last)), ". ",
      C("Mon adresse : ", "Adresse du sinistre : "), address_w(country="FR"), ". ", full(p))


@tpl("w")
def w_whatsapp_ma(u):
    p = person("ma+")
    u(C("Salam ", "Bonjour ", "Slm "), C("svp", "stp", "s'il vous plaît"), " ", C("j'ai rechargé 50 dh et rien reçu", "ma facture lydec est trop élevée",
                                                           "le livreur n'a pas trouvé la maison"),
      C(", mon numéro ", " le numero ", " num : "), phone_w(*phone_num(C("mam", "mal"))),
      C(" au nom de ", " nom : ", " - "), full(p) if R.random() < 0.6 else lfull(p),
      C(" CIN ", ", cin : ", " cin "), cin_w(lower=R.random() < 0.4))


@tpl("w")
def w_rib_ma(u):
    p = person("ma+")
    u(C("Veuillez trouver ci-dessous mon RIB pour le remboursement : ", "RIB pour virement de l'indemnité : ",
        "Mon RIB " + brand("ma_banque") + " : "), rib_w("MA"),
      C(". Titulaire : ", ", au nom de ", " - titulaire "), full(p), ".")


@tpl("w")
def w_rib_fr(u):
    p = person()
    b, g, a, k = fr_rib()
    ib = "FR" + iban_check("FR", b + g + a + k) + b + g + a + k
    u(C("Relevé d'identité bancaire\n", "RIB\n"), "Titulaire : ", crm(p) if R.random() < 0.5 else full(p), "\n",
      C("Banque Guichet Compte Clé : ", "Code banque / guichet / n° compte / clé RIB : "),
      ("IBAN_CODE", C(f"{b} {g} {a} {k}", f"{b} {g} {a} - {k}"), "d"), "\n",
      "IBAN : ", iban_w(ib), "\n", "Domiciliation : ", brand("banque"), " ", R.choice(CITIES_FR)[1].upper())


@tpl("w")
def w_moving_energy(u):
    p = person()
    en = brand("energie")
    u(C("Déclaration de déménagement", "Demande de résiliation pour déménagement", "Mise en service - nouveau logement",
        "Changement de logement"), " (", en, ")\n", C("Titulaire : ", "Client : ", "Nom : "), full(p), "\n")
    lines = [lambda: u(C("Ancienne adresse : ", "Logement quitté : "), address_w(country="FR"), "\n"),
             lambda: u(C("Nouvelle adresse : ", "Logement d'arrivée : "), address_w(country="FR"), "\n")]
    if R.random() < 0.5:
        lines = lines[::-1]
    for f in lines:
        f()
    u(C("Date de départ : ", "Date d'emménagement : ", "Date souhaitée : "), dt(), "\n",
      C("Index compteur au départ : ", "Relevé Linky : ", "Index gaz : ", "Index HP/HC : "),
      C(f"{R.randint(10000, 99999)} kWh", f"{R.randint(100, 9999)} m³", f"{R.randint(10000, 99999)} / {R.randint(10000, 99999)}"), "\n",
      C("PDL du nouveau logement : ", "N° PDL : ", "Point de livraison : ", "PCE : "), cid_w(C("pdl", "pdl", "pce")))
    if R.random() < 0.5:
        u("\n", C("Contact : ", "Tél : "), phone_w())
    else:
        u(C("", "\nPuissance : " + C("6", "9", "12") + " kVA", "\nOption : Heures Creuses"))


@tpl("w")
def w_termination_letter(u):
    p = person()
    sec = R.choice(["telecom", "assurance", "energie"])
    lab, k = cid_for(sec)
    u(crm2(p) if R.random() < 0.4 else full(p), "\n", address_w(country="FR"), "\n\n",
      C("Lettre recommandée avec AR\n", ""), "Objet : résiliation de mon ", C("abonnement", "contrat"), " – ", lab, " ", cid_w(k),
      "\n\nMadame, Monsieur,\n",
      C("Conformément à la loi Hamon, je vous demande de résilier mon contrat à sa date d'échéance.",
        "Je vous informe de ma volonté de mettre fin à mon abonnement à compter de la réception de ce courrier.",
        "Suite à la hausse de tarif annoncée, je résilie mon contrat."),
      "\nMerci de m'adresser la confirmation à ", email_w(p), ".\n", C("Salutations.", "Cordialement,"), "\n", full(p))


@tpl("w")
def w_death_notice(u):
    dec = person(sex=R.choice("fm"))
    p = person(dec.origin if dec.origin != "faker" else "fr")
    sec = R.choice(["energie", "banque", "assurance", "mutuelle", "telecom"])
    lab, k = cid_for(sec)
    u(C("Bonjour,\n", "Madame, Monsieur,\n"), C("J'ai la tristesse de vous informer du décès de ", "Je vous informe du décès de "),
      C("mon père, " if dec.sex == "m" else "ma mère, ", "mon époux, " if dec.sex == "m" else "mon épouse, ", ""), title(dec),
      N(C(f"{dec.first} {dec.last}", dec.last)), C(", survenu le ", " le "), bill_date(), ". ",
      C("Titulaire du ", "Son "), lab, " : ", cid_w(k), ". ",
      C("Je suis ", "Je m'occupe de la succession, je suis "),
      C("son fils", "son neveu", "son frère") if p.sex == "m" else C("sa fille", "sa nièce", "sa sœur"),
      ", ", full(p), C(", joignable au ", ", tél. "), phone_w(), ".")


@tpl("w")
def w_identity_check_note(u):
    p = person()
    cp, city = R.choice(CITIES_FR)
    u(C("Vérif. identité", "Contrôle identité", "KYC tél."), " ", C("OK", "validée", "effectuée"), " — ", crm(p), " : ",
      C("DDN ", "date de naissance "), dob_w(p), ", CP ", cp, ", ", C("4 derniers chiffres IBAN ", "fin IBAN "), rd(4),
      C(", ville de naissance ", ", né" + e(p) + " à "), R.choice(CITIES_FR)[1], ". ",
      C("Demande : augmentation plafond CB.", "Demande : duplicata de facture.", "Demande : changement de titulaire."))


@tpl("w")
def w_chat_typos(u):
    p = person()
    u(C("bonjours", "bonjour", "bjr"), " ", C("jai un soucis avec mon conteur linky il affiche pas", "j ai était prélevé 2 fois",
                                            "ma facture et beaucoup trop cher ce mois ci", "je narrive pas a payer en ligne"),
      " ", C("je suis ", "c ", "mon nom "), lfull(p) if R.random() < 0.5 else full(p), " ",
      C("mon adresse mail ", "mail ", "mon mail c "), email_w(p), " ",
      C("mon tel ", "tel ", "numero "), phone_w(), " ", C("merci de me recontacté", "svp repondez", "mrc davance", "cdt"))


@tpl("w")
def w_callback_request(u):
    p = person()
    u("DEMANDE DE RAPPEL\n", "Nom / prénom : ", crm(p), "\n", "Numéro à rappeler : ", phone_w(), "\n",
      "Créneau souhaité : ", C("lundi 9h-12h", "mardi après 17h", "entre 12h et 14h", "samedi matin"), "\n",
      "Motif : ", C("Devis assurance habitation", "Problème de compteur Gazpar", "Offre fibre", "Prêt auto"), "\n",
      C("Commentaire : ", "Remarque : "), C("préfère être appelé" + e(p) + " sur le fixe", "ne pas laisser de message",
                                            "parle mieux arabe que français", "sourd" + e(p) + ", privilégier le SMS"))


@tpl("w")
def w_fraud_alert(u):
    p = person()
    ip = ip_value()
    u(C("ALERTE SÉCURITÉ", "Alerte connexion inhabituelle", "[Sécurité] Nouvel appareil"), " — ",
      C("Compte de ", "Client : "), any_written_name(p), " (", C("id ", "identifiant "), cid_w("login"), ")\n",
      "Connexion depuis ", ip_w(ip), " le ", f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}", " à ",
      f"{R.randint(0, 23):02d}h{R.randint(0, 59):02d}", " (", C("Casablanca, MA", "Lagos, NG", "Paris, FR", "Bucarest, RO", "Lyon, FR"), ")\n",
      C("Action : mot de passe réinitialisé, client prévenu par SMS.", "Action : compte suspendu en attendant rappel.",
        "Action : aucune, connexion confirmée par le client."))


@tpl("w")
def w_claim_home(u):
    p = person()
    u(C("Déclaration de sinistre habitation\n", "Sinistre MRH - déclaration en ligne\n"),
      C("Sociétaire : ", "Assuré : "), full(p), C(" — ", "\n"), C("Contrat n° ", "Police : "), cid_w("police"), "\n",
      "Lieu du sinistre : ", address_w(country="FR"), "\n", "Nature : ",
      C("dégât des eaux (fuite sous évier)", "bris de glace baie vitrée", "cambriolage, porte fracturée", "incendie cuisine"),
      "\n", "Date : ", bill_date(), "\n", C("Joignable au ", "Téléphone : "), phone_w(), C(" ou par mail ", " / "), email_w(p))


@tpl("w")
def w_tutelle(u):
    ward = person()
    p = person()
    role = C("tutrice", "curatrice") if p.sex == "f" else C("tuteur", "curateur", "mandataire judiciaire")
    u(C("Bonjour, je suis " + ("la " if p.sex == "f" else "le ") + role, "Madame, Monsieur, en ma qualité de " + role,
        "Objet : mesure de protection\nJe suis désigné" + e(p) + " " + role, "Bonjour,\nJ'exerce la fonction de " + role),
      " de ", title(ward), N(f"{ward.first} {ward.last}" if R.random() < 0.5 else ward.last))
    op, cl = C((", né" + e(ward) + " le ", ". "), (" (DDN ", "). "), (", date de naissance ", ". "), (" (né" + e(ward) + " le ", ") "))
    u(op, dob_w(ward), cl,
      C("Merci d'adresser désormais tous les courriers à : ", "Les courriers sont à envoyer à mon adresse : ",
        "Jugement du tribunal joint. Adresse de correspondance : ", "Toute correspondance doit être envoyée au "),
      address_w(country="FR"), ". ", C("Signé : ", "— ", "Cordialement, ", ""), full(p),
      C("", ", tél. " + "", ", association ATMP", ", UDAF"))
    if u.parts[-1] == ", tél. ":
        u(phone_w())


@tpl("w")
def w_sms_technician(u):
    p = person()
    t = person(R.choice(["fr", "ma", "pt", "waf"]))
    u(C("Bonjour ", "Bjr "), title(p), last(p), ", ", C("votre technicien ", "le technicien ") if t.sex == "m" else C("votre technicienne ", "la technicienne "), first(t),
      C(" interviendra le ", " passera le "), f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}",
      C(" entre 8h et 12h", " entre 13h et 17h", " à partir de 14h"), C(" pour la pose de votre compteur.", " pour l'installation de la fibre.",
                                                                         " pour la mise en service."),
      C(" Merci de confirmer le code d'accès de l'immeuble en réponse.", " Répondez STOP pour annuler."),
      "\n", C("Réponse client : ", "> "), C("ok code porte ", "oui le digicode c'est ", "code "), secret_w("door"),
      C(" et c'est au 2e", " merci", ""))
    if R.random() < 0.4:
        u(C(", interphone ", ", nom sur la sonnette : "), N(up(p.last) if R.random() < 0.5 else p.last))


@tpl("w")
def w_wifi_key(u):
    p = person()
    box = C("Livebox", "Freebox", "Bbox", "box SFR", "box 4G")
    key = C("".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(R.choice([12, 16, 20]))),
            "".join(R.choice("ABCDEF0123456789") for _ in range(R.choice([10, 26]))), secret_value("pwd"))
    u(C("Note", "Suivi", "Intervention", "Résumé appel", "Ticket"), C(" : ", " — ", " | "), crm(p),
      C(" n'arrive pas à connecter sa TV à la ", " a réinitialisé sa ", " a changé de ", " ne capte plus le wifi de sa "), box, ". ",
      C("Clé WiFi par défaut relue avec le client : ", "Nouvelle clé WPA choisie par le client : ", "Clé de sécurité : ",
        "Mot de passe wifi (étiquette) : "), secret_w("pwd", key), ". ",
      C("Débit OK après redémarrage.", "Ticket clos.", "RDV technicien non nécessaire.", "Client rappellera si souci.",
        "Répéteur conseillé, étage non couvert.", "Canal wifi changé (11 → 6)."))


@tpl("w")
def w_bank_transfer_dispute(u):
    p = person()
    q = person()
    u(C("Bonjour, ", "Bonjour,\n"), C("j'ai fait un virement de ", "un virement de "), amount(), C(" le ", " en date du "), bill_date(),
      C(" vers le compte de ", " au bénéfice de "), full(q), " (IBAN ", iban_w(iban_num(C("FR", "FR", "ES", "PT", "BE", "DE"))), ") ",
      C("mais il ne l'a jamais reçu.", "et c'était une arnaque, je veux le récupérer.", "par erreur, je voudrais l'annuler."),
      " ", C("Cordialement ", "Merci "), full(p))


@tpl("w")
def w_landlord_attestation(u):
    land = person()
    ten = person()
    u(C("ATTESTATION D'HÉBERGEMENT\n\n", "Attestation sur l'honneur\n\n", "ATTESTATION\n"), "Je soussigné", e(land), " ", full(land),
      ", ", "né", e(land), C(" le ", " le "), dob_w(land), C(" à " + R.choice(CITIES_FR)[1], ""), ", ",
      C("demeurant ", "domicilié" + e(land) + " au ", "propriétaire du logement situé "), address_w(country="FR"), ", ",
      C("atteste héberger à mon domicile ", "certifie que ", "déclare loger gracieusement "), title(ten), full(ten),
      C(" depuis le ", " à compter du ", ", présent" + e(ten) + " depuis le "), bill_date(), " ", str(R.randint(2020, 2025)), ".\n",
      C("Fait pour servir et valoir ce que de droit.", "J'ai connaissance des sanctions prévues en cas de fausse déclaration.",
        "Pièce jointe : copie de ma pièce d'identité."),
      C("", "\nFait à " + R.choice(CITIES_FR)[1] + ", le " + dt()))


@tpl("w")
def w_email_pro_signature(u):
    p = person(R.choice(["fr", "ma", "ma", "faker", "waf"]))
    co = C("SARL Transports Atlas", "Cabinet Roux & Associés", "Boulangerie du Marché", "Atlas Négoce SARL",
           "Clinique des Lilas", "Menuiserie Da Costa")
    dom = slug(co.split()[1] if len(co.split()) > 1 else co) + C(".fr", ".ma", ".com")
    u(C("Bonjour,\n\nNous souhaitons passer notre contrat professionnel sur l'offre Pro Fibre. ",
        "Bonjour,\nMerci de nous transmettre le devis pour l'assurance flotte (4 véhicules). ",
        "Bonjour,\nNotre facture d'électricité du local est erronée (index estimé). "),
      "Je reste disponible pour en discuter.\n\n", C("Cordialement,\n", "Bien à vous,\n", "--\n"),
      full(p), "\n", C("Gérant", "Responsable administratif et financier", "Assistante de direction", "Directeur technique"), "\n",
      co, "\n", C("Tél. : ", "T : ", "Ligne directe "), phone_w(), "\n", C("Mob. ", "Port. : ", "M : "), phone_w(*phone_num("frm")), "\n",
      email_w(addr=f"{slug(p.first[0])}.{slug(p.last)}@{dom}"))


@tpl("w")
def w_pin_leak_note(u):
    p = person()
    op, cl = C((" a communiqué spontanément son code PIN (", "). Message masqué, client invité à changer son code."),
               (" a tapé son code confidentiel dans le chat : ", ". Rappel fait qu'on ne le demande jamais."),
               (" a donné son code de carte à l'oral : ", " — saisi nulle part, opposition proposée."),
               (" a envoyé une photo de sa carte avec le code noté dessus (", "). Photo supprimée."),
               (" lit son code secret à voix haute pendant l'appel : ", ". Conseil de modification donné."))
    u(C("⚠ Client" + e(p) + " ", "Attention : client" + e(p) + " ", "Info : ", "Alerte conformité — ", "Note : "), full(p), op, secret_w("pin"), cl)


@tpl("w")
def w_interphone(u):
    p = person()
    u(C("Infos accès pour le livreur : ", "Précisions pour le technicien : ", "Accès logement : "),
      C("digicode ", "code portail ", "code d'entrée "), secret_w("door"), ", ",
      C("interphone au nom de ", "sonner chez ", "nom sur la boîte aux lettres : "), N(up(p.last)) if R.random() < 0.5 else N(p.last),
      ", ", C("3e étage porte gauche", "bâtiment C au fond de la cour", "maison avec portail vert", "rez-de-chaussée"), ". ",
      C("Si absent, appeler ", "Sinon joindre ma voisine au ", "En cas de souci : "), phone_w())


@tpl("w")
def w_emergency_contact(u):
    p = person()
    q = person(p.origin if p.origin != "faker" else "fr")
    u(C("Fiche bénéficiaire — ", "Dossier téléassistance : ", "Bénéficiaire : ", "FICHE USAGER\nNom : "), crm(p), "\n")
    lines = []
    lines.append(lambda: u(C("Contact d'urgence : ", "Personne à prévenir : ", "Référent familial : ", "Aidant : "), full(q), " (",
                           C("fille", "fils", "voisine", "neveu", "aide à domicile", "belle-fille", "petit-fils"), ") ", phone_w(), "\n"))
    lines.append(lambda: u(C("Adresse d'intervention : ", "Domicile : ", "Lieu d'installation du boîtier : "), address_w(country="FR"), "\n"))
    if R.random() < 0.7:
        lines.append(lambda: u(C("Code boîte à clés : ", "Boîte à clé, code ", "Code d'accès résidence : ", "Digicode : "), secret_w("door"), "\n"))
    if R.random() < 0.5:
        lines.append(lambda: u(C("Médecin traitant : Dr ", "Médecin : Docteur "), N(R.choice([person().last, person().last])), "\n"))
    if R.random() < 0.4:
        lines.append(lambda: u("Né", e(p), " le ", dob_w(p), "\n"))
    R.shuffle(lines)
    for f in lines:
        f()
    u(C("Téléassistance : oui", "Abonnement : formule Sérénité", "Détecteur de chute : installé le " + bill_date(),
        "Passage infirmier : matin et soir", "Remarque : malentendant" + e(p) + ", parler fort"))


@tpl("w")
def w_cvv_chat(u):
    p = person()
    u(C("Client : ", "> "), C("je vous donne ma carte pour payer la facture : ", "voilà ma carte pour régler l'arriéré "),
      card_w(), C(" exp ", " date ", " valable jusqu'à "), f"{R.randint(1, 12):02d}/{R.randint(26, 30)}",
      C(" crypto ", " cryptogramme ", " code au dos "), secret_w("cvv"), "\n",
      C("Conseiller : ", "Agent : "), C("Merci ", "Bien reçu "), title(p), last(p),
      C(", le paiement est validé.", ", je lance le paiement.", ". Par sécurité, ne communiquez plus ces données par chat."))


@tpl("w")
def w_rib_change_note(u):
    p = person()
    u(C("Changement de RIB", "MAJ coordonnées bancaires", "Modif. mandat SEPA"), " — ", crm(p), "\n",
      C("Ancien IBAN : ", "Avant : "), iban_w(), "\n", C("Nouvel IBAN : ", "Après : "), iban_w(), "\n",
      C("Prise en compte au prochain prélèvement (", "Effet à la prochaine échéance ("), bill_date(), ").")


@tpl("w")
def w_ma_formal_letter(u):
    p = person("ma+")
    sec = R.choice(["ma_telecom", "ma_energie", "ma_assurance"])
    lab = {"ma_telecom": C("l'abonnement", "la ligne"), "ma_energie": C("la police d'abonnement", "le contrat d'eau et d'électricité"),
           "ma_assurance": C("la police d'assurance", "le contrat automobile")}[sec]
    u(C("À l'attention du service clientèle ", "Monsieur le Directeur de l'agence ", "À Messieurs les responsables de "), brand(sec), "\n\n",
      "Objet : ", C("demande de résiliation", "demande de transfert", "réclamation"), "\n\n",
      C("Je soussigné" + e(p) + " ", "Je, soussigné" + e(p) + ", ", "Madame, Monsieur,\nJe suis "), full(p), ", ",
      C("titulaire de la CIN n° ", "CNIE n° ", "porteur de la carte nationale "), cin_w(), ", ",
      C("demeurant à l'adresse suivante : ", "domicilié" + e(p) + " à ", "résidant "), address_w(country="MA"), ", ",
      C("vous prie de bien vouloir procéder à la résiliation de ", "sollicite le transfert de ", "conteste la facturation de "),
      lab, " n° ", cid_w("ma_contrat"), ".\n",
      C("Veuillez agréer mes salutations distinguées.", "Dans l'attente de votre réponse, recevez mes salutations.",
        "Je vous remercie d'avance."), "\n",
      R.choice(CITIES_MA)[1], ", le ", f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025")


WORD_LAST = ["Blanc", "Petit", "Roux", "Marin", "Lebrun", "Boulanger", "Boucher", "Meunier", "Berger", "Chevalier",
             "Mercier", "Legrand", "Renard", "Fontaine", "Loiseau", "Lenoir", "Lapierre", "Rivière", "Fleury",
             "Vigneron", "Charpentier", "Marchand", "Rose", "Pierre", "Noël", "Poisson", "Lamour", "Bonheur"]
WORD_FIRST = {"f": ["Rose", "Violette", "Blanche", "Victoire", "Olive", "Capucine", "Clémence", "Marine", "Océane",
                    "Prune", "Reine"],
              "m": ["Pierre", "Constant", "Aimé", "Prosper", "Marin", "Ange", "Désiré", "Clément", "Sauveur"]}


def word_person():
    sx = R.choice("fm")
    p = person("fr", sx)
    if R.random() < 0.7:
        p.last = R.choice(WORD_LAST)
    if R.random() < 0.5:
        p.first = R.choice(WORD_FIRST[sx])
    return p


@tpl("w")
def w_chat_dob_and_billdate(u):
    p = person()
    u(C("Bonjour, ", ""), C("ma facture du ", "l'échéancier du ", "le relevé du "),
      f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2024, 2025)}", C(" est au nom de quelqu'un d'autre. ", " comporte une erreur sur mon nom. "),
      C("Je suis ", "Moi c'est "), full(p), C(", née le " if p.sex == "f" else ", né le ", ", date de naissance "), dob_w(p),
      C(", et le contrat a été souscrit le ", ", client depuis le "), f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2010, 2023)}", ".")


@tpl("w")
def w_agent_reply_email(u):
    p = person()
    a = agent()
    sec = R.choice(["energie", "telecom", "assurance", "mutuelle"])
    u("Bonjour ", title(p), last(p), ",\n\n", C("Nous faisons suite à votre demande du ", "Je reviens vers vous concernant votre message du "),
      bill_date(), ". ", C("Votre remboursement de ", "Un avoir de "), amount(), C(" a été validé.", " sera visible sur votre prochaine facture."),
      "\n", C("Pour toute question, contactez-nous au ", "Notre service client reste joignable au "),
      C("3900", "1023", "3244", "09 69 32 15 15", "09 69 39 99 93", "0 800 130 000", "3631"), C(" (appel non surtaxé).", ".", ", du lundi au samedi."),
      "\n\n", C("Cordialement,", "Bien à vous,"), "\n", N(C(f"{a.first} {a.last[0]}.", a.first, f"{a.first} {up(a.last)}")), "\n",
      C("Conseillère" if a.sex == "f" else "Conseiller", "Service Relation Client", "Équipe Satisfaction Client"), " ", brand(sec))


@tpl("w")
def w_screen_csv(u):
    sep = C(";", ",", "\t", " | ")
    head = C(["id", "nom", "prenom", "tel", "email", "cp"], ["ID_CLIENT", "NOM", "PRENOM", "MOBILE", "MAIL", "CODE_POSTAL"],
             ["ref", "nom", "prénom", "téléphone", "e-mail", "cp"])
    u(C("", "Export CRM du " + dt() + "\n", "Extrait fichier relances :\n"), sep.join(head), "\n")
    for _ in range(R.randint(2, 3)):
        p = person()
        u(str(R.randint(10000, 99999)), sep, N(up(p.last)), sep, first(p), sep, phone_w(), sep, email_w(p), sep,
          R.choice(CITIES_FR)[0], "\n")
    u(C("(extrait export relances impayés)", "-- fin extraction --", "3 lignes sélectionnées", "Doublons à fusionner ?",
        "Total : " + str(R.randint(120, 900)) + " lignes"))


@tpl("w")
def w_internal_transfer(u):
    a, b = agent(), agent()
    p = person()
    u(C("Transfert vers ", "Transfert à ", "Escalade à "), first(b), C(" (recouvrement)", " (service litiges)", " (N2 technique)", ""),
      C(" : ", " — "), C("client ", "dossier "), crm(p), C(", conteste la régul de ", ", réclame "), amount(), ". ",
      C("Client déjà rappelé 3 fois, très mécontent.", "Promesse de rappel sous 48h.", "Menace de saisir le médiateur."),
      " — ", first(a))


@tpl("w")
def w_chat_lower_ma(u):
    p = person("ma+")
    u(C("salam", "bonjour", "bsr"), " ", C("ana ", "je suis ", "moi c "), lfull(p), " ", C("client inwi", "abonné fibre", "client lydec", "de casa"),
      " ", C("ma facture ", "la facture "), C("est 3 fois plus cher", "pas reçu ce mois", "payée 2 fois"), " ",
      C("mon numéro ", "num ", "mon fixe "), phone_w(*phone_num(C("mam", "mal"))), " ", C("rappelez moi svp", "merci", "c urgent"))


@tpl("w")
def w_portal_ipv6(u):
    p = person()
    u(C("Journal de connexion — ", "Historique accès espace client — ", "Logs d'authentification : ", "Sessions actives pour "), any_written_name(p), "\n")
    for i in range(R.choice([2, 2, 3])):
        u(dt(), " ", f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}", C("  ", " | ", " - "), ip_w(v6=(i == 0 and R.random() < 0.7)),
          C("  ", " | ", " - "), C("Chrome / Windows", "Safari / iPhone", "Firefox / Linux", "App Android", "App iOS", "Edge / Windows"),
          C("", " — OK", " — échec", " — mot de passe erroné", " — 2FA validée"), "\n")
    u(C("Aucune anomalie.", "Connexions depuis deux pays différents : vérifier.", "Client confirme ne pas reconnaître la dernière session.",
        "Compte verrouillé automatiquement après 3 échecs."))


@tpl("w")
def w_survey_comment(u):
    a = agent()
    b = agent()
    u(C("Enquête satisfaction – note 9/10 – ", "Avis client (5 étoiles) : ", "Verbatim NPS : ", "Commentaire libre : "),
      C("conseillère " if a.sex == "f" else "conseiller ", ""), first(a),
      C(" très à l'écoute, problème réglé en 10 minutes. ", " super aimable. ", " a su me rassurer. "),
      C("Par contre la fois d'avant, ", "Je précise que la première fois, "), first(b),
      C(" m'avait raccroché au nez.", " ne m'avait jamais rappelé.", " m'avait donné une mauvaise info."))


@tpl("w")
def w_mutuelle_reimb(u):
    p = person()
    c = person(p.origin if p.origin != "faker" else "fr")
    c.dob = date(R.randint(2008, 2022), R.randint(1, 12), R.randint(1, 28))
    what, verb = C(("Les lunettes de ", "ne sont toujours pas remboursées"),
                   ("Le remboursement de l'orthodontie de ", "n'apparaît pas sur mon décompte"),
                   ("Les soins dentaires de ", "sont toujours en attente"),
                   ("La consultation chez l'ORL de ", "a été remboursée à 0 €"),
                   ("Les séances d'orthophonie de ", "ne figurent nulle part"))
    u(C("Bonjour,\n", "Bonjour, ", "Madame, Monsieur,\n", ""), what, "ma fille " if c.sex == "f" else "mon fils ", first(c))
    op, cl = C((" (", ") "), (", né" + e(c) + " le ", ", "), (" – date de naissance ", " – "))
    u(op, dob_w(c), cl, verb, C(" alors que la facture date du ", " malgré l'envoi du devis le ", " depuis le "), bill_date(), ". ",
      C("Mon numéro de sécurité sociale : ", "N° SS : ", "Numéro de sécu ", "Je suis l'assuré" + e(p) + " principal" + ("e" if p.sex == "f" else "") + ", NIR "),
      nir_w(p), C(". ", ", ", ".\n"), C("", "Merci. ", "Cordialement, ", "Bien à vous,\n"), any_written_name(p))


@tpl("w")
def w_gazpar(u):
    p = person()
    u(C("Relevé transmis par ", "Auto-relève de "), any_written_name(p), " : ", C("compteur Gazpar, ", "gaz, "),
      C("PCE ", "n° PCE "), cid_w("pce"), C(", index ", ", relevé "), f"{R.randint(1000, 40000):05d}", " m³ au ", bill_date(),
      C(". La dernière facture était estimée.", ". Écart important avec l'estimation de " + amount() + ".",
        ". Conso en hausse de " + C("30 %", "12 %", "45 %") + "."))


@tpl("w")
def w_email_obfuscated(u):
    p = person()
    loc = email_addr(p).split("@")
    dom = loc[1].rsplit(".", 1)
    val = C(f"{loc[0]} [at] {dom[0]} [dot] {dom[1]}", f"{loc[0]} (at) {dom[0]}.{dom[1]}", f"{loc[0]} arobase {dom[0]} point {dom[1]}",
            f"{loc[0]}@ {loc[1]}", f"{loc[0]} @ {loc[1]}", f"{loc[0]}(a){loc[1]}", f"{loc[0]} chez {dom[0]} point {dom[1]}")
    kind = "w" if ("arobase" in val or "chez" in val) else "d"
    u(C("Pour me répondre : ", "Mon adresse (je l'écris comme ça à cause des robots) : ", "Mail : ", "Écrivez-moi plutôt ici → ",
        "Nouvelle adresse de contact : ", "Je ne reçois rien, réessayez sur "), ("EMAIL_ADDRESS", val, kind),
      C(" — ", ". ", "\n", " merci. "), C(full(p)[1], "") and full(p))
    if R.random() < 0.5:
        u(C(". L'ancienne adresse est fermée.", ". Ne plus utiliser l'adresse Orange.", " (boîte pro, consultée le soir)."))


@tpl("w")
def w_abroad_phone(u):
    p = person(R.choice(["ma", "fr", "faker", "pt"]))
    ma = phone_num("mam")
    fr = phone_num("frm")
    u(C("Bonjour, je suis actuellement au Maroc jusqu'au ", "Je pars en vacances chez ma famille à Agadir jusqu'au ",
        "Je suis en déplacement au Maroc jusqu'au ", "Hospitalisé" + e(p) + " à Casablanca jusqu'au ", "Je suis en mission à Rabat jusqu'au "),
      bill_date(), ". ",
      C("Merci de me contacter sur mon numéro marocain ", "Joignable sur le ", "Appelez-moi plutôt au ", "Numéro local : "),
      phone_w(*ma) if R.random() < 0.4 else
      ("PHONE_NUMBER", C("+212 " + ma[0][1:4] + " " + " ".join(pairs(ma[0][4:])), "+212" + ma[0][1:], "00212 " + ma[0][1:],
                         "+212 " + " ".join(pairs(ma[0]))), "d"))
    op, cl = C((" et non sur mon portable français ", ". "), (" plutôt que le ", ". "), (" (le ", " ne capte pas). "),
               (" — le ", " reste en messagerie. "), (" (mon ", " français est coupé). "))
    u(op, phone_w(*fr), cl, C("", "Signé ", "Merci, "), full(p))


@tpl("w")
def w_screen_telecom(u):
    p = person()
    n = phone_num(C("frm", "frm", "mam"))
    sep = C(" | ", "\n", " / ", "\t")
    items = [lambda: u(C("Ligne : ", "MSISDN : ", "N° de ligne : ", "Numéro : "), phone_w(*n)),
             lambda: u(C("Titulaire : ", "Nom : ", "Client : "), crm(p)),
             lambda: u(C("Offre : Forfait 100 Go", "Offre : Série Spéciale 5G 130 Go", "Offre : Forfait 2h", "Offre : Pass Internet 20 Go",
                         "Offre : Forfait Bloqué 10 Go", "Offre : Box + Mobile")),
             lambda: u(C("Identifiant client : ", "Compte : ", "N° compte : "), cid_w("client")),
             lambda: u(C("Date naissance : ", "Né(e) le : ", "DDN : "), dob_w(p)),
             lambda: u(C("Engagement : aucun", "Fin d'engagement : " + dt(), "SIM : eSIM", "Portabilité : en cours", "Impayés : 0,00 €"))]
    k = R.sample(range(2, 6), 4)
    order = [0, 1] + k if R.random() < 0.6 else [1, 0] + k
    for i, j in enumerate(order):
        if i:
            u(sep)
        items[j]()


@tpl("w")
def w_particle_names(u):
    p = person("fr")
    p.last = C("de la Fontaine", "du Plessis", "de Villeneuve", "d'Arcy", "Le Goff", "de Saint-Just", "Des Rosiers",
               "Saint-Martin", "Martin-Lavigne", "de Lattre", "Le Bihan")
    if R.random() < 0.5:
        p.first = R.choice(HYPHEN_FIRST[p.sex][:-3] if p.sex == "f" else HYPHEN_FIRST[p.sex][:6])
    u(C("Bonjour, ", ""), C("le contrat est au nom de ", "Titulaire : ", "le compte est au nom de "), full(p),
      C(" et non « ", " — et pas « "), N(C(p.last.split()[-1], p.last.replace(" ", "").replace("'", ""), p.last.upper())), " » ",
      C("comme indiqué sur votre courrier.", "comme vous l'avez écrit.", "comme sur l'échéancier."),
      C(" Merci de corriger, ", " Pour info "), C("mon mari ", "mon épouse ", "ma mère "), first(person("fr")),
      C(" est co-titulaire.", " a reçu le même courrier."))


@tpl("w")
def w_crm_ma_phone_cin(u):
    p = person("ma+")
    u(C("Souscription agence ", "Ouverture de ligne — agence ", "Nouveau contrat — point de vente ", "Dossier abonnement, boutique "),
      R.choice(CITIES_MA)[1], "\n")
    lines = [lambda: u(C("Client : ", "Abonné : ", "Nom complet : "), crm(p), "\n"),
             lambda: u(C("CNIE : ", "CIN : ", "Pièce d'identité : CIN "), cin_w(), "\n"),
             lambda: u(C("GSM : ", "Tél : ", "Contact : "), phone_w(*phone_num("mam")), "\n"),
             lambda: u(C("Adresse : ", "Domicile : ", "Adresse d'installation : "), address_w(country="MA"), "\n")]
    if R.random() < 0.4:
        lines.append(lambda: u(C("Date de naissance : ", "Né" + e(p) + " le : "), dob_w(p), "\n"))
    first_line, rest = lines[0], lines[1:]
    R.shuffle(rest)
    for f in [first_line] + rest:
        f()
    u(C("Offre : Forfait 99 DH", "Offre : Fibre 100 Méga", "Offre : Box 4G+", "Offre : Pass Illimité", "Offre : Fibre 200 Méga + TV"), "\n",
      C("Vendeur : ", "Conseiller : ", "Saisi par : "), first(person("ma")))


@tpl("w")
def w_email_forward(u):
    p = person()
    q = person(p.origin if p.origin != "faker" else "fr")
    u(C("---------- Message transféré ---------\n", "-----Message d'origine-----\n", "Début du message réexpédié :\n\n",
        "> Le message suivant vous a été transféré\n"),
      C("De : ", "From: ", "Expéditeur : "), full(q), " <", email_w(q), ">\n",
      C("Date : ", "Envoyé : ", "Date: "), C("lun.", "mar.", "mer.", "jeu.", "ven.", "sam."), " ", str(R.randint(1, 28)), " ", R.choice(MOIS_ABR),
      " 2025 ", C("à ", ""), f"{R.randint(8, 22)}:{R.randint(0, 59):02d}", "\n", C("À : ", "To: ", "Destinataire : "), email_w(p), "\n",
      C("Objet : ", "Subject: ", "Objet : TR: "), C("attestation", "facture gaz", "contrat habitation", "RIB", "résiliation box", "échéancier"), "\n\n",
      C("Voilà l'attestation demandée, bises", "Je te transfère la facture, tu peux la leur envoyer ?",
        "Ci-joint le contrat, appelle-les de ma part", "Tiens, le RIB pour le remboursement de maman.",
        "Tu peux gérer avec eux ? Moi je n'arrive pas à les joindre.", "Voici le courrier de résiliation signé."),
      "\n", C(first(q)[1], f"{q.first} {q.last}", "Bisous, " + q.first) and N(C(q.first, f"{q.first} {q.last}")))
    if R.random() < 0.5:
        u("\n\n", C("Bonjour, voici le message de ", "Bonjour,\nJe vous transfère l'e-mail de ", "Pour info, message de "),
          relative_word(q).replace("ma ", "ma ").replace("mon ", "mon "), C(".", " concernant mon dossier.", ". Merci de le traiter."))


@tpl("w")
def w_envelope(u):
    p = person()
    u(C("Courrier retourné — NPAI\n", "Adresse d'envoi (courrier revenu) :\n", "Étiquette :\n", "Pli non distribué, adresse :\n",
        "Retour La Poste « destinataire inconnu » :\n"),
      C("Monsieur et Madame ", "M. et Mme ", "M. ou Mme ", "Famille "), N(C(up(p.last), p.last)), "\n",
      address_w(oneline=False, country="FR"), "\n",
      C("Client injoignable, mail envoyé à ", "Relance par mail : ", "Demande d'adresse à jour envoyée à ", "Contact : "),
      email_w(p), C("", " le " + dt(), ". Sans réponse : suspension des envois.", " + SMS"))


@tpl("w")
def w_form_nir_dob(u):
    p = person()
    u(C("Formulaire adhésion — ", "Bulletin d'adhésion — ", "Demande d'affiliation ", "Adhésion en ligne "), brand("mutuelle"), "\n")
    fs = [lambda: u(C("Nom de naissance : ", "Nom : ", "NOM : "), N(up(p.last)), "\n"),
          lambda: (u(C("Prénom(s) : ", "Prénom : "), first(p)),
                   u(", ", N(R.choice(FIRST["fr"][p.sex])), "\n") if R.random() < 0.35 else u("\n")),
          lambda: u(C("Date de naissance : ", "Né(e) le : ", "DDN : "), dob_w(p), "\n"),
          lambda: u(C("N° de sécurité sociale : ", "NIR : ", "Numéro SS (13 chiffres + clé) : "), nir_w(p), "\n")]
    opt = [lambda: u(C("Adresse e-mail : ", "Courriel : ", "Email : "), email_w(p), "\n"),
           lambda: u(C("Téléphone : ", "Portable : "), phone_w(), "\n"),
           lambda: u(C("Adresse : ", "Adresse postale : "), address_w(country="FR"), "\n")]
    fs += R.sample(opt, R.randint(1, 2))
    head, rest = fs[:2], fs[2:]
    R.shuffle(rest)
    for f in head + rest:
        f()
    u(C("Régime : général", "Régime : agricole (MSA)", "Régime : indépendant", "Formule choisie : Confort",
        "Date d'effet souhaitée : 01/" + f"{R.randint(1, 12):02d}" + "/2025", "Ayants droit : aucun"))


@tpl("w")
def w_crm_dictated_words(u):
    p = person()
    u(C("Note : ", "Saisie rapide : ", "Notes d'appel : "), crm(p), C(" — num dicté : ", " a redonné son numéro : "),
      phone_s(mode=C("pairs", "mixed")), C(" (à vérifier)", " (ligne coupée avant confirmation)", ""), ". ",
      C("Mail : ", "Email OK : "), email_w(p))


@tpl("w")
def w_chat_number_words(u):
    p = person()
    u(C("Vous pouvez me rappeler au ", "Mon num c'est le ", "Rappel au ", "Contactez moi au ", "Nouveau numéro : "), phone_s(mode="mixed"),
      C(" (je vous l'écris comme je peux, mon clavier bug)", " désolé pour l'écriture", "", " — dictée vocale, excusez", " (écrit par mon fils)"),
      ". ", C("Au nom de ", "Demander ", "C'est pour ", "Dossier de "), title(p), last(p), C("", ".", ", merci", " svp"))


@tpl("w")
def w_neighbour_complaint_wordnames(u):
    p = word_person()
    q = word_person()
    u(C("Bonjour, ", "Madame, Monsieur, "), C("mon voisin ", "ma voisine ")[q.sex == "f"] if False else ("ma voisine " if q.sex == "f" else "mon voisin "),
      title(q), last(q), C(" se branche sur mon compteur", " a fait poser sa box sur ma ligne", " reçoit mes courriers depuis des mois"),
      C(". Je suis ", ". Ici "), full(p), C(", domicilié" + e(p) + " ", ", adresse : ", ", "), address_w(country="FR"), ". ",
      C("Le petit souci c'est que ", "Le problème, c'est que "), C("la facture a doublé.", "je n'ai plus internet le soir.", "je paie pour deux."))


@tpl("w")
def w_car_insurance_drivers(u):
    p = person()
    q = person(p.origin if p.origin != "faker" else "fr")
    u(C("Devis auto — ", "Souscription auto — ", "Demande de tarif — ", "Ajout conducteur — "), brand("assurance"), "\n")
    lab1, lab2 = C(("Conducteur principal : ", "Conducteur secondaire : "), ("Souscripteur : ", "Conducteur désigné : "),
                   ("Titulaire : ", "Second conducteur : "))
    u(lab1, crm(p) if R.random() < 0.6 else full(p), C(", né" + e(p) + " le ", " — DDN ", " (né" + e(p) + " le "), dob_w(p))
    u(")\n" if u.parts[-2].startswith(" (") else "\n")
    if R.random() < 0.7:
        u(lab2, crm(q) if R.random() < 0.5 else full(q), C(", né" + e(q) + " le ", " — DDN "), dob_w(q), "\n")
    u("Véhicule : ", C("Peugeot 208", "Renault Clio V", "Dacia Sandero", "Toyota Yaris hybride", "Citroën C3", "Tesla Model 3",
                       "Fiat 500", "VW Polo"), ", ",
      C("bonus 0,50", "bonus 0,68", "jeune conducteur", "malus 1,25", "bonus 0,85"), C(", garé en garage fermé", ", stationnement rue", ""), "\n",
      C("Contact : ", "Tél. : ", "Rappel souhaité au "), phone_w(), C("", "\nE-mail : " + email_addr(p)) and "")
    if R.random() < 0.4:
        u("\n", C("E-mail : ", "Mail : "), email_w(p))


@tpl("w")
def w_sms_wordname(u):
    p = word_person()
    u(C("Bonjour ", "Bonsoir ", "", "Cher client, ", "Info : "), title(p), N(C(p.last, f"{p.first} {p.last}")), C(", ", ". ", " : "),
      C("votre colis Livebox sera livré demain.", "votre rendez-vous Linky est confirmé pour le " + bill_date() + ".",
        "votre dossier sinistre est clôturé.", "votre nouvelle carte bancaire est disponible en agence.",
        "votre changement d'offre sera effectif le " + bill_date() + ".", "la mise en service de votre compteur a eu lieu.",
        "nous n'avons pas pu vous joindre ce jour.", "votre devis habitation expire dans 5 jours."),
      " ", C("Un petit rappel : ", "Pour info : ", "", "Pour valider : ", "Important : "),
      C("votre code de retrait est ", "code de confirmation : ", "saisissez le code ", "votre code provisoire : "), secret_w("otp"),
      C(".", ". Ne répondez pas à ce SMS.", " (valable 10 min).", ". Ne le communiquez jamais, même à un conseiller."))


@tpl("w")
def w_card_payment_chat(u):
    p = person()
    u(C("Bonjour, je souhaite régler ma facture de ", "Je voudrais payer l'impayé de ", "Paiement de la régularisation de "), amount(),
      C(" par carte : ", " avec ma carte bancaire ", ". Carte : "), card_w(), C(", expiration ", ", exp. ", " valable fin "),
      f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", ". ", C("Titulaire : ", "Au nom de ", "Carte de mon conjoint, "),
      any_written_name(p), C(".", ". Merci de confirmer par mail.", ""))


@tpl("w")
def w_arret_travail(u):
    p = person()
    boss = person()
    m = R.randint(1, 12)
    u(C("Déclaration arrêt de travail", "Signalement d'arrêt maladie", "Attestation employeur", "Prévoyance — déclaration d'arrêt"), " — ",
      C("salarié", "collaborateur", "agent"), " : ", crm(p), "\n")
    lines = [lambda: u(C("N° SS : ", "NIR : ", "N° sécurité sociale : "), nir_w(p), "\n"),
             lambda: u(C("Date de naissance : ", "Né(e) le "), dob_w(p), "\n"),
             lambda: u(C("Arrêt du ", "Période : du "), f"{R.randint(1, 12):02d}/{m:02d}", " au ", f"{R.randint(15, 28):02d}/{m:02d}",
                       C("", " (prolongation)", " — initial"), "\n")]
    R.shuffle(lines)
    for f in lines:
        f()
    u(C("Contact RH : ", "Gestionnaire paie : ", "Interlocuteur : "), full(boss), ", ",
      email_w(boss, dom=C("transports-atlas.fr", "groupe-mercure.com", "sodexa.fr", "boulangeries-marin.fr", "clinique-des-lilas.fr")))


@tpl("w")
def w_ameli_screen(u):
    p = person()
    c = person(p.origin if p.origin != "faker" else "fr")
    c.dob = date(R.randint(2010, 2023), R.randint(1, 12), R.randint(1, 28))
    sep = C("  ", " | ", "\n")
    u(C("Assuré principal : ", "Assuré : ", "Ouvrant droit : "), crm(p), sep, C("NIR ", "N° SS : ", "Immatriculation : "), nir_w(p), "\n")
    if R.random() < 0.7:
        u(C("Ayant droit : ", "Bénéficiaire : ", "Enfant : "), crm2(c), C("  né", ", né", " — né"), e(c), " le ", dob_w(c), "\n")
    else:
        u(C("Date de naissance : ", "Né(e) le : "), dob_w(p), "\n")
    u(C("Caisse : CPAM du Rhône", "Caisse : CPAM de Seine-Saint-Denis", "Régime : MSA", "Caisse : CPAM des Bouches-du-Rhône",
        "Caisse : CPAM de la Gironde"), C("\n", " | "),
      C("Médecin traitant déclaré : oui", "Tiers payant : actif", "Complémentaire : " + brand("mutuelle"), "C2S : non", "ALD : oui"))


@tpl("w")
def w_card_fraud(u):
    p = person()
    u(C("URGENT ", "Bonjour, "), C("opération inconnue de ", "on m'a débité "), amount(), C(" chez ", " sur "),
      C("Amazon", "un site de paris en ligne", "Uber Eats", "AliExpress", "un marchand inconnu"), C(" le ", " en date du "), bill_date(),
      C(" avec ma carte ", ". Carte concernée : "), card_w(), ". ", C("Je n'ai jamais fait cet achat.", "Je demande l'opposition immédiate.",
                                                                   "Merci de bloquer la carte."), " ", any_written_name(p), C(", ", " - "), phone_w())


# ============================================================================================
# SPEECH TEMPLATES: raw speech-to-text ('s': lower case, no punctuation, fillers) and
# Whisper-style transcripts ('x': punctuation, digits)
# ============================================================================================

def stt(s):
    """How a recogniser writes a name: lower case, some hyphens/apostrophes lost, particles split or glued."""
    s = s.lower()
    r = R.random()
    if "'" in s and r < 0.6:
        s = s.replace("'", C("", " "))
    if "-" in s and R.random() < 0.5:
        s = s.replace("-", " ")
    for a, b in ((r"\bben(?=\w)", "ben "), (r"\bel ", "el"), (r"\bait ", "aït "), (r"\bda ", "da"), ("ş", "ch"),
                 ("ı", "i"), ("ç", "tch"), ("ł", "w"), ("ó", "ou"), ("ę", "in")):
        if re.search(a, s) and R.random() < 0.35:
            s = re.sub(a, b, s, count=1)
    return " ".join(s.split())


def sfull(p):
    return N(stt(f"{p.first} {p.last}"))


def sfirst(p):
    return N(stt(p.first))


def slast(p):
    return N(stt(p.last))


def stitle(p):
    return "madame " if p.sex == "f" else C("monsieur ", "monsieur ", "m'sieur ")


def hi_s():
    return C("oui bonjour ", "allô oui bonjour ", "bonjour madame ", "bonjour monsieur ", "allô ", "oui allô bonjour ",
             "bonjour ", "salam alikoum bonjour ", "oui bonsoir ")


@tpl("s")
def s_intro_phone(u):
    p = person()
    u(hi_s(), F(), C("je m'appelle ", "moi c'est ", "je suis "), sfull(p), " ",
      C("je vous appelle parce que ", "j'appelle pour ", "voilà "),
      C("j'ai reçu une facture de régularisation énorme", "ma box elle clignote rouge depuis hier",
        "j'ai eu un accident avec ma voiture", "on m'a prélevé deux fois ce mois-ci"), " ",
      F(), C("vous pouvez me rappeler au ", "mon numéro c'est le ", "mon portable c'est le ", "notez mon numéro "),
      phone_s(fill=C(0, 0, 0.2)), C(" voilà", " hein", "", " merci"))


@tpl("s")
def s_agent_greeting(u):
    a = agent()
    sec = R.choice(["energie", "telecom", "assurance", "banque", "mutuelle"])
    p = person()
    u(C("", "", "agent "), slug(brand(sec), " ") if R.random() < 0.7 else "", C(" bonjour ", " bonjour ", " service client bonjour "),
      sfirst(a), C(" à l'appareil", " je vous écoute", "") , " ", C("que puis-je pour vous", "en quoi puis-je vous aider", "comment puis-je vous aider"),
      " ", C("oui bonjour ", "bonjour ", "ben bonjour "), sfirst(a), " ", F(), C("c'est ", "ici ", "je suis "), stitle(p), slast(p),
      " ", C("j'appelle pour mon contrat", "je vous rappelle suite au courrier", "c'est au sujet de ma facture"))


@tpl("s")
def s_spell_name(u):
    p = person(R.choice(["waf", "ma", "vn", "pl", "tr", "ro", "am", "pt", "fr"]))
    u(F(), C("alors mon nom c'est ", "le nom c'est ", "c'est au nom de "), slast(p), " ",
      C("je vous épelle ", "j'épelle ", "ça s'écrit ", ""), N(spell(p.last, C("plain", "double", "phon"))), " ",
      C("et le prénom ", "prénom ", "et mon prénom c'est "), sfirst(p), " ",
      C("voilà", "c'est bon vous avez", "ouais", "comme ça se prononce"))


@tpl("s")
def s_email(u):
    p = person()
    u(F(), C("mon adresse mail ", "mon mail ", "l'adresse email ", "mon adresse électronique "), C("c'est ", "ben c'est ", "alors c'est "),
      email_s(p), " ", C("voilà", "tout attaché", "tout en minuscules", "", "vous l'avez"), " ",
      C("c'est là que je reçois les factures", "vous pouvez m'envoyer le devis dessus", "", "au nom de "))
    if u.parts[-1].startswith("au nom de"):
        u(sfull(p))


@tpl("s")
def s_email_correction(u):
    p = person()
    addr = email_addr(p)
    local, dom = addr.split("@")
    first_bad = local[:-1] if len(local) > 4 else local + "s"
    said = say_email(first_bad + "@" + dom).split(" arobase")[0] if False else say_email(addr)
    parts = said.split(" ")
    k = R.randint(1, max(1, len(parts) // 2))
    corr = " ".join(parts[:k]) + " " + C("non attendez", "euh non pardon", "non non", "pardon je recommence") + " " + said
    u(C("l'adresse mail ", "mon mail ", "donc le mail "), C("c'est ", "alors "), ("EMAIL_ADDRESS", corr, "w"), " ",
      C("voilà c'est ça", "oui c'est bon", "ok"))


@tpl("s")
def s_address_fr(u):
    p = person()
    a = address_s(country="FR")
    lead = C("j'habite au ", "l'adresse c'est le ", "je suis au ") if a[1].split()[0] not in ("résidence", "bâtiment") else C("j'habite ", "c'est ")
    u(F(), C(lead, "mon adresse c'est "), a, " ",
      C("depuis le mois dernier", "c'est une maison", "au troisième étage", "c'est l'adresse de facturation", ""), " ",
      C("et c'est au nom de ", "le titulaire c'est ", "le contrat est à mon nom "), sfull(p))


@tpl("s")
def s_address_ma(u):
    p = person("ma+")
    u(C("salam ", "allô ", "bonjour "), F(), C("je suis ", "c'est "), sfull(p), " ", C("j'habite ", "l'adresse c'est ", "chez moi c'est "),
      address_s(country="MA"), " ", C("le technicien il est pas venu", "la facture lydec elle arrive pas", "la fibre elle est coupée",
                                       "le compteur il est en panne"), " ", C("depuis trois jours", "depuis lundi", "encore", "hein"))


@tpl("s")
def s_nir(u):
    p = person()
    u(F(), C("mon numéro de sécu ", "mon numéro de sécurité sociale ", "le numéro de sécu "), C("c'est ", "alors c'est ", "euh "),
      nir_s(p, fill=C(0, 0, 0.15)), " ", C("voilà", "c'est sur la carte vitale", "", "vous avez"), " ",
      C("c'est pour le remboursement de ", "c'est pour "), C("mes lunettes", "la kiné", "l'hospitalisation de juin", "le dentiste"))


@tpl("s")
def s_card(u):
    p = person()
    u(F(), C("le numéro de la carte ", "ma carte c'est ", "alors la carte bleue "), C("c'est ", "", "euh "), card_s(fill=C(0, 0.15)), " ",
      C("elle expire en ", "date d'expiration ", "valable jusqu'en "), C(f"{say_pair(f'{R.randint(1, 12):02d}')} {nw(R.randint(26, 30))}",
                                                                       f"{R.choice(MOIS)} {nw(R.randint(2026, 2030))}"),
      " ", C("et c'est au nom de ", "titulaire ", "au nom de "), sfull(p))


@tpl("s")
def s_iban(u):
    p = person()
    u(F(), C("je vous donne mon iban ", "le nouvel iban ", "alors l'iban "), C("c'est ", "", "vous êtes prêt "), iban_s(fill=C(0, 0.1)),
      " ", C("voilà c'est le compte joint", "c'est à la banque postale", "c'est mon nouveau compte", "c'est bon"), " ")
    r = person(p.origin if p.origin != "faker" else "fr")
    u(C("avec ", "moi et ", "au nom de moi et "), relative_word(r), " ", sfirst(r))


@tpl("s")
def s_dob(u):
    p = person()
    u(C("oui ", "", "alors "), C("ma date de naissance c'est le ", "je suis né" + e(p) + " le ", "née le " if p.sex == "f" else "né le ",
                                 "ma date de naissance "), dob_s(p), " ", C("et je m'appelle ", "au nom de ", "c'est "), sfull(p), " ",
      C("le contrat il est à mon nom", "voilà", "", "j'ai déjà appelé la semaine dernière"))


@tpl("s")
def s_cin(u):
    p = person("ma+")
    u(F(), C("mon numéro de carte nationale ", "la cin ", "ma carte d'identité ", "le numéro de la cnie "), C("c'est ", "", "alors "),
      cin_s(), " ", C("au nom de ", "c'est ", "je suis "), sfull(p), " ",
      C("je veux récupérer ma ligne", "j'ai perdu ma carte sim", "pour le transfert d'argent", "pour l'ouverture du compte"))


@tpl("s")
def s_customer_id(u):
    sec = R.choice(["energie", "telecom", "assurance", "mutuelle", "banque"])
    lab, k = cid_for(sec)
    p = person()
    art = "ma " if lab.startswith("référence") else C("mon ", "alors mon ", "le ")
    u(F(), art, lab.lower().replace("n° ", "numéro "), " ", C("c'est ", "alors ", ""), cid_s(k), " ",
      C("c'est au nom de ", "au nom de ", "titulaire "), stitle(p) if R.random() < 0.4 else "", slast(p) if R.random() < 0.4 else sfull(p))


@tpl("s")
def s_door_code(u):
    p = person()
    u(F(), C("pour le technicien ", "pour le livreur ", "quand il vient "), C("le code de la porte ", "le digicode ", "le code de l'immeuble "),
      C("c'est ", "c'est le "), secret_s("door", v=C(rd(4), R.choice("ab") + rd(4), rd(4) + R.choice("ab"))), " ",
      C("et c'est au nom de ", "à l'interphone c'est marqué ", "sur la sonnette c'est "), slast(p), " ",
      C("au deuxième", "au fond de la cour", "bâtiment b", ""))


@tpl("s")
def s_password(u):
    u(F(), C("j'ai essayé avec mon mot de passe ", "mon mot de passe c'est ", "je tape ", "le code que j'ai mis c'est ",
             "je mets toujours "), secret_s("pwd"), " ",
      C("et ça marche pas", "mais ça me dit erroné", "et il me bloque", "ça passe pas", "et ça tourne dans le vide", "et rien"), " ", F())
    if R.random() < 0.7:
        u(C("mon identifiant c'est ", "avec l'identifiant ", "l'identifiant sur le courrier c'est "), cid_s("login"), " ")
    u(C("", "c'est le compte de ma mère", "je suis sur le téléphone", "sur l'application", "sur le site depuis l'ordinateur", "depuis hier soir"))


@tpl("s")
def s_otp(u):
    u(F(), C("j'ai reçu un code par sms ", "le code qu'il m'a envoyé ", "le code de validation "), C("c'est ", "", "alors "),
      secret_s("otp"), " ", C("c'est bien ça", "je vous le donne ou pas", "il faut que je le tape où", "mais j'ai rien demandé moi"))


@tpl("s")
def s_ip(u):
    u(F(), C("l'adresse ip qui s'affiche ", "sur la page de la box l'adresse ip ", "il me dit adresse ip "), C("c'est ", "", "euh "),
      ip_s(), " ", C("c'est normal", "je sais pas si ça vous aide", "et après il met déconnecté", "voilà"))


@tpl("s")
def s_relative(u):
    p = person()
    r = person(p.origin if p.origin != "faker" else "fr")
    u(hi_s(), F(), C("j'appelle pour ", "c'est pour "), relative_word(r), " ", sfirst(r), " ",
      C("elle peut pas parler elle est à l'hôpital" if r.sex == "f" else "il peut pas parler il est à l'hôpital",
        "qui est décédé" + e(r) + " le mois dernier", "qui comprend pas bien le français", "qui est en maison de retraite"),
      " ", C("moi c'est ", "je suis ", "je m'appelle "), sfull(p), " ", C("son ", "sa ")[p.sex == "f"] if False else "",
      C("vous pouvez me joindre au ", "mon numéro "), phone_s())


@tpl("s")
def s_mr_surname(u):
    p = word_person() if R.random() < 0.5 else person()
    q = person()
    u(F(), C("je voudrais parler du dossier de ", "c'est au sujet de ", "j'appelle pour "), stitle(p), slast(p), " ",
      C("le locataire", "mon voisin" if p.sex == "m" else "ma voisine", "le propriétaire" if p.sex == "m" else "la propriétaire", "l'ancien occupant"),
      " ", C("il a jamais résilié" if p.sex == "m" else "elle a jamais résilié", "il me doit de l'argent" if p.sex == "m" else "elle me doit de l'argent",
             "le compteur est encore à son nom"), " ", F(), C("moi c'est ", "je suis "), sfull(q))


@tpl("s")
def s_wordname_lower(u):
    p = word_person()
    u(hi_s(), C("c'est ", "ici ", "je suis "), stitle(p) if R.random() < 0.4 else "", sfull(p), " ",
      C("j'ai un petit souci avec le compteur", "le carrelage blanc de la cuisine est tout gondolé à cause de la fuite",
        "ma ligne coupe tout le temps", "je voudrais passer en prélèvement"), " ", C("vous me rappelez au ", "mon numéro c'est "),
      phone_s())


@tpl("s")
def s_two_speakers(u):
    a = agent()
    p = person()
    A, Cl = C(("agent ", "client "), ("conseiller ", "appelant "), ("", ""), ("locuteur un ", "locuteur deux "))
    u(A, C("bonjour ", "oui bonjour ", "service client bonjour "), sfirst(a), " ", C("service client", "à l'appareil", "je vous écoute", ""), " ",
      Cl, C("oui bonjour ", "bonjour ", "allô oui "), F(), C("je suis ", "c'est ", "moi c'est "), sfull(p), " ")
    steps = R.sample(["dob", "cp", "tel", "mail"], 2)
    for st in steps:
        if st == "dob":
            u(A, C("pouvez-vous me confirmer votre date de naissance", "votre date de naissance s'il vous plaît", "et la date de naissance"), " ",
              Cl, C("le ", "c'est le ", "oui le ", F()), dob_s(p), " ")
        elif st == "cp":
            u(A, C("et votre code postal", "le code postal du logement"), " ", Cl, say_cp(R.choice(CITIES_FR)[0]), " ", C("voilà ", ""))
        elif st == "tel":
            u(A, C("un numéro de téléphone", "le numéro où on peut vous joindre", "votre portable"), " ", Cl, F(), phone_s(), " ")
        else:
            u(A, C("et votre adresse mail", "un mail pour vous envoyer le devis"), " ", Cl, F(), email_s(p), " ")
    u(A, C("parfait je regarde", "merci je vérifie", "très bien un instant", "d'accord je note"))


@tpl("s")
def s_phone_digits_fill(u):
    p = person()
    r = person(p.origin if p.origin != "faker" else "fr")
    u(C("vous notez ", "bon je vous donne mon numéro ", "alors le numéro "), phone_s(mode=C("digits", "pairs", "twodigits_then_pairs"), fill=0.3),
      " ", C("c'est le portable de ", "c'est celui de ", "au nom de "), relative_word(r), " ", sfirst(r))


@tpl("s")
def s_phone_correction(u):
    u(C("mon numéro ", "le numéro ", "vous pouvez me rappeler au "), C("c'est ", "", "euh "), phone_s(mode=C("pairs", "digits"), fix=True),
      " ", C("voilà", "c'est ça", "oui"), " ", C("je suis joignable l'après-midi", "après dix-huit heures", "plutôt le matin", ""))


@tpl("s")
def s_phone_ma_intl(u):
    p = person("ma+")
    u(hi_s(), F(), C("j'appelle depuis le maroc ", "je suis à casablanca ", "je suis chez ma famille à fès "),
      C("mon numéro marocain c'est ", "rappelez-moi sur le ", "le numéro ici c'est "),
      phone_s(*phone_num("mam"), mode=C("intl", "pairs")), " ", C("au nom de ", "c'est ", "je suis "), sfull(p))


@tpl("s")
def s_landlord(u):
    p = person()
    q = person(R.choice(["pt", "fr", "it", "ma", "es"]))
    u(F(), C("le propriétaire c'est ", "mon propriétaire ", "le bailleur c'est "), C(stitle(q), ""), slast(q) if R.random() < 0.5 else sfull(q),
      " ", C("il veut l'attestation d'assurance" if q.sex == "m" else "elle veut l'attestation d'assurance",
             "il a changé la chaudière" if q.sex == "m" else "elle a changé la chaudière", "c'est lui qui paie l'eau" if q.sex == "m" else "c'est elle qui paie l'eau"),
      " ", C("et moi je suis ", "moi c'est "), sfull(p), " ", C("le locataire", "locataire depuis deux ans", "au rez-de-chaussée"))


@tpl("s")
def s_dob_short(u):
    p = person()
    u(F(), C("né" + e(p) + " le ", "ma date de naissance c'est le ", "date de naissance "), dob_s(p, mode=C("short", "num")), " ",
      C("à " + R.choice(CITIES_FR)[1].lower(), "à " + R.choice(CITIES_MA)[1].lower(), "en algérie", "au portugal", "au sénégal"), " ",
      C("et mon nom c'est ", "nom "), slast(p), " ", C("prénom ", "et le prénom "), sfirst(p))


@tpl("s")
def s_nir_mixed(u):
    p = person()
    u(F(), C("attendez je prends la carte vitale ", "alors sur la carte vitale c'est marqué ", "le numéro de sécu "),
      nir_s(p, partly_digits=True), " ", C("voilà", "ouais", "c'est ça", ""), " ", C("c'est au nom de ", "pour "), sfull(p))


@tpl("s")
def s_policy_letters(u):
    p = person()
    u(F(), C("le numéro de contrat ", "le numéro de police ", "mon contrat "), C("c'est ", "commence par "), cid_s("police", mode=C("digits", "pairs")), " ",
      C("c'est pour la voiture", "c'est l'assurance habitation", "c'est la mutuelle"), " ")
    r = person(p.origin if p.origin != "faker" else "fr")
    u(C("de ", "de " + relative_word(r) + " "), sfirst(r))


@tpl("s")
def s_pdl(u):
    u(F(), C("le numéro de pdl ", "le point de livraison ", "le numéro sur le compteur linky ", "le pce "), C("c'est ", "ben c'est "),
      cid_s(C("pdl", "pce"), mode=C("digits", "pairs")), " ", C("et l'index ", "et le compteur affiche "),
      nw(R.randint(1000, 60000)), " ", C("kilowattheures", "kilowatts", "mètres cubes"), " ", C("ce matin", "hier soir", "au dernier relevé"))


@tpl("s")
def s_name_misheard(u):
    p = person(R.choice(["ma", "waf", "vn", "pt", "tr", "pl"]))
    u(C("non c'est pas ça ", "non vous avez mal écrit ", "non non "), F(), C("c'est ", "le nom c'est "), slast(p), " ",
      C("pas ", "et pas "), N(stt(p.last)[:-1] + C("e", "es", "i", "a") if len(p.last) > 3 else stt(p.last) + "e"), " ",
      C("comme sur la facture", "je l'ai déjà dit trois fois", "et le prénom c'est bien " ), )
    if u.parts[-1].startswith("et le prénom"):
        u(sfirst(p))


@tpl("s")
def s_email_digits(u):
    p = person()
    addr = email_addr(p)
    if not any(c.isdigit() for c in addr):
        loc, dom = addr.split("@")
        addr = f"{loc}{R.randint(1, 99)}@{dom}"
    u(F(), C("c'est ", "mon mail "), email_s(addr=addr), " ", C("avec les chiffres collés", "les chiffres c'est mon année de naissance",
                                                             "tout attaché", ""), " ", C("voilà", "ok"))


@tpl("s")
def s_cin_dob(u):
    p = person("ma+")
    u(hi_s(), F(), C("je suis ", "c'est "), sfull(p), " ", C("la cin ", "carte nationale "), cin_s(), " ",
      C("née le " if p.sex == "f" else "né le ", "date de naissance "), dob_s(p), " ", C("c'est pour le crédit", "c'est pour la carte sim",
                                                                                          "c'est pour l'assurance auto"))


@tpl("s")
def s_rib_ma(u):
    p = person("ma+")
    b, c, a, k = ma_rib()
    rib = b + c + a + k
    words = C(" ".join([say_digits(b), say_digits(c), say_pairs(a), say_pair(k)]), say_digits(rib),
              " ".join([say_digits(b), say_digits(c), sprinkle([say_pairs(a[i:i + 4]) for i in range(0, 16, 4)], 0.3), say_pair(k)]))
    u(F(), C("le rib ", "mon rib ", "le numéro de compte ", "les vingt-quatre chiffres du rib "), C("c'est ", "alors c'est ", "je vous le lis "),
      ("IBAN_CODE", words, "w"), " ", C("à attijari", "à la banque populaire", "au cih", "chez bank of africa", ""), " ",
      C("au nom de ", "c'est ", "le compte de "), sfull(p), " ", C("", "pour le remboursement", "vous virez là-dessus", "c'est bon"))


@tpl("s")
def s_secret_question(u):
    q, a = C(("c'est le nom de mon premier animal ", C("médor", "rex", "caramel", "titi", "mimi", "filou")),
             ("c'est ma ville de naissance ", C("oujda", "figeac", "tlemcen", "guimarães", "bastia", "meknès")),
             ("c'est le prénom de ma grand-mère ", C("yvonne", "zahra", "germaine", "mamie jeanne", "rkia")))
    u(F(), C("la question secrète ", "la question de sécurité "), q,
      C("et la réponse c'est ", "la réponse "), ("SECRET", a, "w"),
      " ", C("normalement", "je crois", "si je me souviens bien"))


@tpl("s")
def s_callback_son(u):
    p = person()
    r = person(p.origin if p.origin != "faker" else "fr", sex=C("m", "f"))
    u(F(), C("si vous me joignez pas rappelez ", "sinon vous appelez "), C("mon fils ", "mon neveu ", "mon gendre ") if r.sex == "m" else C("ma fille ", "ma nièce ", "ma belle-fille "),
      sfirst(r), " ", C("au ", "sur son portable "), phone_s(), " ", C("c'est lui qui s'occupe des papiers" if r.sex == "m" else "c'est elle qui s'occupe des papiers",
                                                                    "il parle mieux français" if r.sex == "m" else "elle parle mieux français"))


@tpl("s")
def s_pin_card(u):
    u(F(), C("la carte elle est bloquée j'ai tapé ", "j'ai fait trois fois le code ", "le distributeur a avalé ma carte j'ai mis "),
      secret_s("pin"), " ", C("trois fois", "et c'est pas bon", "alors que c'est le bon code"), " ",
      C("la carte qui finit par ", "celle qui se termine par "), say_digits(rd(4)))


@tpl("s")
def s_agent_reads_back(u):
    p = person()
    u(C("je vous relis ", "donc je récapitule ", "je répète "), stitle(p), slast(p), " ", C("prénom ", ""), sfirst(p), " ",
      C("vous habitez ", "domicilié" + e(p) + " "), address_s(country="FR"), " ",
      C("et le mail ", "mail "), email_s(p), " ", C("c'est bien ça", "c'est correct", "je ne me suis pas trompé"))


@tpl("s")
def s_hyphen_spell(u):
    p = person(R.choice(["fr", "ma"]))
    if "-" not in p.first:
        p.first = R.choice(HYPHEN_FIRST[p.sex])
    u(F(), C("mon prénom c'est ", "le prénom c'est ", "alors le prénom ", "prénom "), sfirst(p), " ",
      C("avec un tiret", "en un seul mot avec tiret", "tiret entre les deux", "c'est composé", "les deux collés avec un trait d'union"),
      " ", C("et le nom ", "nom de famille ", "et pour le nom ", "le nom "), slast(p), " ", C("", "je vous épelle ", "ça s'écrit "),
      N(spell(p.last, C("plain", "double", "phon"))), " ", C("voilà", "c'est ça", "", "vous avez", "pas comme le footballeur"))


@tpl("s")
def s_third_party_accident(u):
    q = person()
    u(hi_s(), F(), C("j'ai eu un accrochage ce matin ", "on m'a embouti au feu rouge ", "un monsieur m'a reculé dessus " if q.sex == "m" else "une dame m'a reculé dessus "),
      C("le monsieur " if q.sex == "m" else "la dame ", "l'autre conducteur " if q.sex == "m" else "l'autre conductrice "),
      C("il s'appelle " if q.sex == "m" else "elle s'appelle ", "c'est "), sfull(q), " ", C("son numéro ", "il m'a donné son numéro " if q.sex == "m" else "elle m'a donné son numéro "),
      phone_s(), " ", C("et moi mon contrat c'est ", "moi c'est le contrat "), cid_s("police"))


def hi_x():
    return C("Oui, bonjour. ", "Allô, bonjour. ", "Bonjour madame. ", "Bonjour monsieur. ", "Oui, allô ? ", "Bonsoir. ",
             "Bonjour, excusez-moi de vous déranger. ", "")


@tpl("x")
def x_intro_spelled(u):
    p = person(R.choice(["waf", "ma", "vn", "pl", "tr", "ro", "am", "pt", "fr", "it"]))
    u(hi_x(), C("Je m'appelle ", "Moi, c'est ", "C'est "), full(p), ". ", C("Alors, ", "Je vous épelle le nom : ", ""),
      N(spell(p.last, "dash")), ". ", C("Mon numéro, c'est le ", "Vous pouvez me rappeler au ", "Mon portable : "), phone_x(), ".")


@tpl("x")
def x_agent_greeting(u):
    a = agent()
    sec = R.choice(["energie", "telecom", "assurance", "banque", "mutuelle", "ma_telecom", "ma_energie"])
    p = person()
    u(brand(sec), C(", bonjour, ", ", bonjour. "), first(a), C(" à l'appareil.", ", je vous écoute.", " du service client, que puis-je pour vous ?"),
      " ", C("Oui, bonjour ", "Bonjour "), first(a), ". ", C("Je suis ", "C'est ", "Ici "), title(p), last(p), ", ",
      C("j'ai un souci avec ma facture de ", "on m'a prélevé "), amount() if not sec.startswith("ma_") else amount_ma(),
      C(" alors que j'ai résilié.", " ce mois-ci.", ", je ne comprends pas."))


@tpl("x")
def x_email(u):
    p = person()
    u(C("Mon adresse mail, c'est ", "Alors, l'e-mail : ", "Vous pouvez m'écrire à "), email_w(p) if R.random() < 0.7 else email_s(p),
      C(". Tout en minuscules.", ".", ", c'est là que je reçois mes factures.", ". Voilà."), " ",
      C("C'est au nom de ", "Le compte est au nom de ", "Au nom de "), full(p), ".")


@tpl("x")
def x_address(u):
    p = person()
    u(C("J'habite au ", "Mon adresse, c'est le ", "Alors, c'est le ", "La nouvelle adresse : "), address_x(), ". ",
      C("C'est une maison, le compteur est dehors.", "Au troisième étage, sans ascenseur.", "Depuis le 1er du mois.",
        "C'est l'adresse de ma mère, en fait."), " ", C("Le contrat est au nom de ", "Et c'est au nom de "), full(p), ".")


@tpl("x")
def x_nir(u):
    p = person()
    g = nir_groups(p.nir)
    val = C(" ".join(g), " ".join(g[:6]) + ", clé " + g[6], p.nir)
    u(C("Mon numéro de sécurité sociale, c'est le ", "Alors, numéro de sécu : ", "Le numéro de sécu, c'est "),
      ("FR_NIR", val, "d"), ". ", C("Je suis ", "C'est pour ", "Au nom de "), full(p), ".")


@tpl("x")
def x_card(u):
    p = person()
    u(C("C'est le ", "Le numéro de carte : ", "Alors, la carte, c'est "), card_x(), ". ",
      C("Date d'expiration : ", "Elle expire en ", "Valable jusqu'en "), f"{R.randint(1, 12):02d}/{R.randint(26, 30)}", ". ",
      C("Au nom de ", "C'est la carte de "), C("", "mon mari, " if R.random() < 0.5 else "ma femme, "), full(p), ".")


@tpl("x")
def x_iban(u):
    p = person()
    u(C("Mon IBAN, c'est ", "Le nouvel IBAN : ", "Alors, l'IBAN : "), iban_x(), ". ",
      C("C'est un compte ", "Compte ouvert "), C("au Crédit Agricole", "à la Banque Postale", "chez Boursorama", "à la CIH", "chez Attijariwafa"),
      C(", au nom de ", ". Titulaire : "), full(p), ".")


@tpl("x")
def x_dob(u):
    p = person()
    u(C("Je suis née le " if p.sex == "f" else "Je suis né le ", "Ma date de naissance : le ", "Né" + e(p) + " le "), dob_x(p), ". ",
      C("Et je m'appelle ", "Mon nom : ", "C'est "), full(p), ". ", C("J'ai déjà appelé hier.", "Le dossier est à mon nom.", ""))


@tpl("x")
def x_cin(u):
    p = person("ma+")
    u(hi_x(), C("Ma CIN, c'est ", "Le numéro de ma carte nationale : ", "CIN numéro "), cin_w(), ". ", C("Au nom de ", "Je suis "),
      full(p), ". ", C("Je veux récupérer ma ligne.", "C'est pour le transfert de l'abonnement.", "Pour la déclaration de sinistre."))


@tpl("x")
def x_customer_id(u):
    sec = R.choice(["energie", "telecom", "assurance", "mutuelle", "banque"])
    lab, k = cid_for(sec)
    p = person()
    u(C("Oui, ", "Alors, ", ""), C("mon ", "le ") if not lab.startswith("référence") else "ma ", lab, C(", c'est le ", " : ", ", c'est "),
      cid_w(k), ". ", C("Au nom de ", "C'est au nom de ", "Titulaire : "), title(p) if R.random() < 0.3 else "", last(p) if R.random() < 0.3 else full(p), ".")


@tpl("x")
def x_otp(u):
    u(C("J'ai reçu le code par SMS, c'est ", "Le code, c'est ", "Alors, le code de validation : ", "Il m'a envoyé ", "Le SMS dit : code ",
        "Attendez, je regarde mes messages… C'est "), secret_w("otp"), ". ",
      C("C'est bon pour vous ?", "Il expire dans combien de temps ?", "Je le tape où ?", "Mais je n'ai rien demandé, moi.",
        "C'est normal qu'on me le demande ?", "Ça vient bien de chez vous ?"))


@tpl("x")
def x_relative(u):
    p = person()
    r = person(p.origin if p.origin != "faker" else "fr")
    u(hi_x(), C("J'appelle pour ", "C'est au sujet de "), relative_word(r), ", ", full(r) if R.random() < 0.5 else first(r), ". ",
      C("Elle" if r.sex == "f" else "Il", "Elle" if r.sex == "f" else "Il"), C(" est hospitalisé" + e(r) + ".", " ne peut pas se déplacer.",
                                                                             " est en EHPAD depuis mars."),
      " ", C("Moi, je suis ", "Je m'appelle "), full(p), C(", vous pouvez me rappeler au ", ". Mon numéro : "), phone_x(), ".")


@tpl("x")
def x_mixed_phone(u):
    p = person()
    u(C("Mon numéro, c'est le ", "Alors, ", "Vous notez : "), phone_s(mode="mixed"), ". ", C("C'est le portable de ", "Au nom de "), full(p), ".")


@tpl("x")
def x_ma_call(u):
    p = person("ma+")
    sec = R.choice(["ma_telecom", "ma_energie", "ma_banque"])
    u(C("Salam alikoum. ", "Bonjour. ", "Allô, salam. "), C("Je suis ", "C'est "), full(p), ", ", C("client" + e(p) + " chez ", "abonné" + e(p) + " chez "), brand(sec),
      ". ", C("Mon numéro : ", "Le numéro de la ligne : ", "Vous pouvez me joindre au "), phone_x(*phone_num(C("mam", "mal"))), ". ",
      C("J'habite ", "Adresse : "), address_x(country="MA"), ".")


@tpl("x")
def x_ip(u):
    u(C("Sur la page de la box, il y a marqué adresse IP ", "L'adresse IP publique, c'est ", "Il m'affiche l'IP "), ip_w(v6=R.random() < 0.2), ". ",
      C("Ça vous aide ?", "Et le voyant internet est rouge.", "C'est bien la mienne ?"))


@tpl("x")
def x_third_party(u):
    p = person()
    q = person()
    u(C("La voiture qui m'a percuté appartient à ", "Le conducteur responsable s'appelle ", "Le tiers, c'est "), full(q),
      C(". Il est assuré chez ", ". Assuré chez ") if True else "", brand("assurance"), ". ", C("Moi, c'est ", "Et moi, je suis "), full(p),
      C(", contrat ", ", numéro de contrat "), cid_w("police"), ".")


@tpl("x")
def x_diarized(u):
    a = agent()
    p = person()
    A, Cl = C(("Agent : ", "Client : "), ("Conseiller : ", "Appelant : "), ("A : ", "C : "), ("[Agent] ", "[Client] "))
    u(A, brand(R.choice(["energie", "telecom", "assurance", "mutuelle", "banque"])), C(", ", " "), first(a),
      C(", bonjour.", ", bonjour, je vous écoute.", " à votre écoute, bonjour."), "\n",
      Cl, C("Oui, bonjour. ", "Bonjour. ", "Oui, bonjour madame. ", "Allô ? Oui, bonjour. "), C("Je suis ", "C'est ", "Je m'appelle "), full(p),
      C(".", ", j'appelle pour ma facture.", ", je vous appelle pour un changement d'adresse.", ", c'est pour une résiliation."), "\n")
    steps = R.sample(["dob", "mail", "tel", "cid", "addr"], R.choice([2, 2, 3]))
    for st in steps:
        if st == "dob":
            u(A, C("Pouvez-vous me confirmer votre date de naissance ?", "Votre date de naissance, s'il vous plaît ?",
                   "Pour vérifier votre identité, votre date de naissance ?"), "\n", Cl, C("Le ", "", "Oui, le "), dob_x(p), ".\n")
        elif st == "mail":
            u(A, C("Et votre adresse e-mail ?", "Un e-mail pour la confirmation ?", "Quelle adresse mail avez-vous donnée ?"), "\n",
              Cl, C("", "C'est ", "Alors, "), email_w(p), ".\n")
        elif st == "tel":
            u(A, C("Un numéro où vous joindre ?", "Votre numéro de portable ?", "Le numéro de téléphone du dossier ?"), "\n",
              Cl, C("", "C'est le ", "Le "), phone_x(), ".\n")
        elif st == "cid":
            lab, k = cid_for(R.choice(["energie", "telecom", "assurance"]))
            u(A, C("Vous avez votre ", "Pouvez-vous me donner votre "), lab, " ?\n", Cl, C("Oui, ", "Attendez… ", ""), cid_w(k), ".\n")
        else:
            u(A, C("Vous êtes toujours à la même adresse ?", "Votre adresse postale ?"), "\n", Cl, C("Non, maintenant c'est ", "Oui, "),
              address_x(), ".\n")
    u(A, C("Merci, je regarde.", "Parfait, un instant.", "Très bien, je vérifie votre dossier.", "Merci, je vous mets en attente."))


@tpl("x")
def x_pin_door(u):
    p = person()
    u(C("Pour le technicien, ", "Pour entrer dans la résidence, "), C("le code du portail, c'est ", "le digicode, c'est le "), secret_w("door"),
      ". ", C("Ensuite, interphone ", "Et c'est marqué "), N(up(p.last) if R.random() < 0.5 else p.last), ". ",
      C("Si je ne réponds pas, appelez mon fils au ", "En cas de souci : "), phone_x(), ".")


@tpl("x")
def x_password(u):
    u(C("J'ai mis mon mot de passe habituel, ", "Le mot de passe que j'utilise, c'est ", "J'ai tapé ", "Mon mot de passe, normalement, c'est "),
      secret_w("pwd"), C(", ", ". "), C("et ça ne marche pas.", "il me dit incorrect.", "et mon compte est bloqué.", "Ça ne passe pas.",
                                        "Je l'ai changé le mois dernier."), " ")
    if R.random() < 0.7:
        u(C("Mon identifiant, c'est ", "L'identifiant : ", "Avec l'identifiant "), cid_w("login"), ".")
    else:
        u(C("Je suis sur l'appli.", "C'est sur le site.", "Vous pouvez le réinitialiser ?"))


@tpl("x")
def x_agent_readback(u):
    p = person()
    u("Je récapitule : ", title(p), full(p), ", ", C("domicilié" + e(p) + " au ", "adresse : "), address_x(country="FR"), ", ",
      C("téléphone ", "joignable au "), phone_x(), C(". C'est bien ça ?", ". Je ne me suis pas trompé ?"), " ",
      C("Oui, c'est ça.", "Oui. Enfin, le prénom c'est ", "C'est ça, merci."))
    if u.parts[-1].endswith("c'est "):
        u(N(spell(p.first, "dash")), ".")


@tpl("x")
def x_nir_dob(u):
    p = person()
    first_nir = R.random() < 0.6
    if first_nir:
        u(C("Numéro de sécu : ", "Alors, sécurité sociale : ", "Mon numéro d'assuré social, c'est le ", "Sur la carte Vitale, j'ai "), nir_x(p), ". ",
          C("Date de naissance : ", "Et je suis né" + e(p) + " le ", "Née le " if p.sex == "f" else "Né le "), dob_x(p), ". ")
    else:
        u(C("Je suis né" + e(p) + " le ", "Ma date de naissance, c'est le "), dob_x(p), C(", et le numéro de sécu, c'est ", ". Numéro de sécu : "),
          nir_x(p), ". ")
    u(C("C'est pour le remboursement de l'ostéo.", "C'est pour la mutuelle de mon employeur.", "Pour la prise en charge de l'hospitalisation.",
        "Je viens de changer de caisse.", "La pharmacie dit que mes droits sont fermés.", "C'est pour ajouter mes enfants."))


@tpl("x")
def x_card_words(u):
    p = person()
    u(C("Alors, la carte : ", "Je vous donne la carte : "), card_s(mode="mixed"), ". ", C("Expiration ", "Elle expire "), f"{R.randint(1, 12):02d}/{R.randint(26, 30)}",
      ". ", C("Au nom de ", "C'est la carte de "), full(p), ".")


@tpl("s")
def s_stt_digits(u):
    p = person()
    u(hi_s(), F(), C("je suis ", "c'est "), sfull(p), " ", C("mon numéro c'est le ", "rappelez-moi au "), phone_x(), " ",
      C("et mon mail c'est ", "et l'email "), email_s(p), " ", C("voilà", "merci", ""))


@tpl("s")
def s_card_payment(u):
    p = person()
    u("agent ", C("je vous écoute pour le numéro de carte", "allez-y pour le numéro de la carte"), " client ", F(), card_s(fill=C(0, 0.2)), " ",
      "agent ", C("et la date d'expiration", "la date de fin de validité"), " client ", say_pair(f"{R.randint(1, 12):02d}"), " ",
      nw(R.randint(26, 31)), " ", C("et le code derrière je vous le donne", "vous voulez les trois chiffres"), " agent ",
      C("non surtout pas je vais vous transférer sur le serveur vocal", "non le cryptogramme vous le tapez sur le serveur sécurisé"),
      " ", C("merci ", "très bien "), stitle(p), slast(p))


@tpl("x")
def x_card_fraud(u):
    p = person()
    u(hi_x(), C("Il y a un prélèvement de ", "J'ai une opération de "), amount(), C(" que je ne reconnais pas ", " que je n'ai pas faite "),
      C("sur ma carte ", "avec la carte "), card_x(), ". ", C("Je m'appelle ", "C'est "), full(p), ". ",
      C("Je veux faire opposition.", "Il faut la bloquer tout de suite.", "Je l'ai toujours sur moi, pourtant."))


# ============================================================================================
# NO-PII TEMPLATES: amounts, readings, bill/appointment dates, durations, offers, hotlines,
# agency cities, words that are also names. Written ('n') and speech-to-text ('ns').
# ============================================================================================

HOTLINE_BY_BRAND = {"Orange": "3900", "SFR": "1023", "Bouygues Telecom": "1064", "Free": "3244", "EDF": "09 69 32 15 15",
                    "Engie": "09 69 32 43 24", "TotalEnergies": "09 69 32 45 15", "MAIF": "09 69 36 24 24", "AXA": "09 69 32 00 12"}
HOTLINES = ["3900", "1023", "1064", "3244", "3631", "09 69 32 15 15", "09 70 83 19 70", "0 800 47 33 33", "3939",
            "09 69 39 33 03"]
OFFERS = ["Tempo", "Heures Creuses", "Zen Week-End", "Base", "Vert Électrique", "Freebox Pop", "Freebox Ultra",
          "Livebox Up", "Livebox Max Fibre", "Bbox must", "SFR Fibre Premium", "Sosh 100 Go", "Forfait 5G 130 Go",
          "Formule Tiers Plus", "Tous Risques", "Raqvam", "Mutuelle Santé Essentielle", "Compte Sobrio",
          "Livret A", "Formule Zen"]


def dt():
    return f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2024, 2025)}"


@tpl("n")
def n_bill_question(u):
    u(C("Bonjour, ", "Bonsoir, ", ""), C("ma facture du ", "l'échéance du ", "le prélèvement du "), dt(), C(" est de ", " s'élève à "), amount(),
      C(" alors que d'habitude je paie ", " contre "), C(f"{R.randint(40, 140)},{R.randint(0, 99):02d} €", f"{R.randint(40, 140)} euros"),
      ".", " ",
      C("J'ai un compteur Linky, l'index affiché est " + f"{R.randint(1000, 99999):05d} kWh.",
        "Mon index heures pleines est " + f"{R.randint(1000, 99999):05d} kWh, heures creuses {R.randint(1000, 99999):05d} kWh."), " ", C("Merci de vérifier.", "Est-ce une estimation ?", "Pouvez-vous m'expliquer ?"))


@tpl("n")
def n_appointment(u):
    u(C("Rappel : votre rendez-vous ", "Confirmation : l'intervention ", "Votre rendez-vous ", "L'intervention "), C("Enedis", "GRDF", "du technicien Orange", "de pose Linky", "d'expertise"),
      " est prévu", C(" le ", "e le ") if False else " le ", dt(), C(" entre 8h et 12h.", " entre 14h et 18h.", " à 10h30."),
      " ", C("Durée estimée : ", "Prévoir "), C("30 minutes", "1h30", "une demi-journée", "2 heures"), ". ",
      C("Une coupure de courant d'environ ", "La coupure d'eau durera "), C("15 minutes", "1 heure", "2 heures"), ".",
      " ", C("Pour modifier, appelez le ", "Pour décaler, contactez le "), C(*HOTLINES), ".")


@tpl("n")
def n_offer_compare(u):
    o1, o2 = R.sample(OFFERS, 2)
    u(C("Je voudrais passer de l'offre ", "Quelle différence entre ", "Est-ce intéressant de passer de "), o1, C(" à ", " et "), o2, " ? ",
      C("Je paie actuellement ", "Aujourd'hui c'est "), C(f"{R.randint(15, 140)},{R.randint(0, 99):02d} €", f"{R.randint(15, 140)} euros"), C(" par mois", " TTC par mois"), C(" pour 9 kVA", " avec la box", " en tiers", ""), ". ",
      C("On m'a dit que l'abonnement augmente de ", "Il paraît qu'il y a une hausse de "), C("4 %", "10 %", "2,50 €", "3 euros"), C(" au 1er février.", " en août."))


@tpl("n")
def n_hotline(u):
    b, num = R.choice(list(HOTLINE_BY_BRAND.items()))
    u(C("J'ai appelé le ", "J'ai essayé le ", "On m'a donné le "), num, C(" de ", " chez "), b, C(" trois fois", " hier", " ce matin"),
      C(", attente de ", ", j'ai patienté "), C("45 minutes", "1h10", "vingt minutes", "plus d'une heure"), C(" pour rien.", " avant de raccrocher.", "."),
      " ", C("L'agence de ", "La boutique de "), C(*[c for _, c in CITIES_FR[:30]]), C(" était fermée.", " m'a renvoyé vers le téléphone.",
                                                                                  " ne prend que sur rendez-vous."))


@tpl("n")
def n_wordnames(u):
    u(C("Petit souci", "Petite question", "Petite remarque"), C(" : ", ", "),
      C("la façade est en pierre", "le mur est en pierre de taille", "le carrelage est blanc"), C(" et ", ", "),
      C("le compteur est derrière le rosier", "la chaudière est près de la fenêtre en bois brun", "le boîtier est sous l'escalier en chêne",
        "le voyant rose clignote depuis Noël", "la box est posée sur la table en olivier"),
      ". ", C("Le chat roux du voisin a mordu le câble de la box.", "Le berger allemand empêche le releveur d'entrer.",
              "Le boulanger du coin a eu la même panne.", "Le marin-pêcheur d'en face n'a plus de courant non plus."),
      " ", C("Devis reçu : ", "Réparation estimée à "), amount(), ".")


@tpl("n")
def n_meter_reading(u):
    u(C("Relevé du ", "Index au ", "Auto-relève "), dt(), " : ", C("électricité ", "HP "), f"{R.randint(1000, 99999):05d}", " kWh, ",
      C("gaz " + f"{R.randint(100, 9999):04d} m³", "HC " + f"{R.randint(1000, 99999):05d} kWh"), ", ", C("eau ", "eau froide "), f"{R.randint(10, 999)}", " m³. ",
      C("Consommation annuelle estimée : ", "Conso de référence : "), f"{R.randint(2000, 15000)} kWh", ". ",
      C("Puissance souscrite : ", "Compteur "), C("6 kVA", "9 kVA", "12 kVA", "Gazpar", "Linky"), ".")


@tpl("n")
def n_claim_status(u):
    u(C("Où en est mon dossier sinistre ? ", "Toujours rien concernant le dégât des eaux ? "),
      C("Déclaré le ", "Expert passé le "), dt(), ", ", C("franchise de ", "franchise annoncée "), C("150 €", "230 euros", "380 €"),
      ", ", C("indemnisation prévue de ", "montant retenu "), amount(), ". ", C("Cela fait ", "Ça fait maintenant "),
      C("six semaines", "deux mois", "45 jours", "trois semaines"), C(" que j'attends.", " sans nouvelles."),
      " ", C("Je suis assuré chez ", "Contrat "), C("MAIF", "AXA", "MACIF", "Groupama", "Matmut"), C(" formule ", " option "),
      C("Tous Risques", "Tiers Plus", "Confort", "Essentielle", "Raqvam", "Multirisque Habitation"), ".")


@tpl("n")
def n_bank_fees(u):
    u(C("Pourquoi des frais de ", "Je conteste les frais de "), C("8 €", "20 euros", "12,50 €"), C(" pour rejet de prélèvement", " de commission d'intervention", " de tenue de compte"),
      C(" le ", " en date du "), dt(), " ? ", C("Mon découvert autorisé est de ", "J'ai un découvert de "), C("500 €", "300 euros", "1 000 €"),
      C(" et j'étais à ", " et le solde était de "), C("-120 €", "-45,30 €", "+12 €"), ". ", C("Agence de ", "Mon agence : "),
      C("Lyon Part-Dieu", "Marseille Prado", "Lille Centre", "Toulouse Capitole", "Casablanca Maârif", "Rabat Agdal"), ".")


@tpl("n")
def n_telecom_outage(u):
    u(C("Panne fibre depuis ", "Coupure internet depuis ", "Plus de réseau depuis "), C("3 jours", "lundi", "le " + dt(), "48 heures"), ". ",
      C("La Livebox", "La Freebox", "La Bbox", "La box"), C(" affiche le voyant rouge", " clignote orange", " redémarre en boucle"), ". ",
      C("Débit mesuré : ", "Speedtest : "), f"{R.randint(1, 90)} Mb/s", C(" au lieu de ", " pour "), C("1 Gb/s", "300 Mb/s", "2 Gb/s"), ". ",
      C("Je demande un geste commercial : un mois d'abonnement offert.", "Je veux le remboursement de la moitié de la facture.",
        "Je demande un avoir de 15 €.", "Merci de m'envoyer un technicien."))


@tpl("n")
def n_mutuelle_reimb(u):
    u(C("Consultation du ", "Séance de kiné du ", "Facture optique du "), dt(), " : ", amount(), C(", remboursé ", ", pris en charge "),
      C("70 %", "60 %", "100 %"), C(" par la Sécu et ", " par l'Assurance Maladie, "), C("le reste par la mutuelle", "0 € par la mutuelle", "rien par la complémentaire"),
      ". ", C("Tiers payant refusé à la pharmacie de ", "Problème de carte Vitale à la pharmacie de "), C("Saint-Denis", "Villeneuve", "Saint-Étienne", "Fontainebleau", "Rosny-sous-Bois"), ".")


@tpl("n")
def n_ma_bill(u):
    u(C("La facture ", "Ma facture "), C("Lydec", "Redal", "Amendis", "ONEE", "Maroc Telecom", "inwi"), C(" de ", " du mois de "), R.choice(MOIS),
      C(" est de ", " fait "), amount_ma(), C(" alors que je paie ", " au lieu de "), amount_ma(), ". ",
      C("Le compteur indique ", "Index relevé "), f"{R.randint(1000, 99999)}", C(" kWh", " m³"), ". ",
      C("Je suis passé à l'agence de ", "J'ai appelé l'agence de "), C("Casablanca", "Rabat", "Salé", "Tanger", "Kénitra", "Fès"),
      C(" mais on m'a dit d'appeler le centre de relation client.", ", personne n'a su m'expliquer."))


@tpl("n")
def n_terms_question(u):
    u(C("Quel est le délai de rétractation ? ", "Combien de temps pour résilier ? "), C("J'ai souscrit le ", "Contrat signé le "), dt(),
      C(", engagement de ", ", durée "), C("12 mois", "24 mois", "1 an", "sans engagement"), ". ",
      C("Les frais de résiliation annoncés sont de ", "On me parle de frais de "), amount(), ". ",
      C("Le conseiller de la boutique de ", "En boutique à "), C("Marseille", "Nantes", "Bordeaux", "Rennes", "Tanger"), C(" m'a dit 14 jours.", " m'a dit que c'était gratuit."))


@tpl("n")
def n_agent_script(u):
    u(C("Votre demande a bien été prise en compte. ", "Je vous confirme la modification. "),
      C("Le nouveau tarif de ", "Votre mensualité de "), amount(), C(" s'appliquera à partir du ", " prendra effet le "), dt(), ". ",
      C("Vous recevrez un e-mail de confirmation sous 48 heures.", "Un courrier vous sera adressé dans les 10 jours.",
        "Le changement sera visible sur la facture de " + R.choice(MOIS) + "."),
      " ", C("Pour toute question, le service client est joignable au ", "Notre numéro : "), C(*HOTLINES), C(", du lundi au vendredi de 8h à 20h.", "."))


@tpl("ns")
def ns_bill(u):
    u(F(), C("j'ai reçu la facture ", "la facture elle est arrivée "), C("et c'est ", "de "), nw(R.randint(80, 900)), " euros ",
      C("alors que d'habitude c'est ", "au lieu de "), nw(R.randint(40, 200)), " ", F(), C("je comprends pas", "c'est pas normal hein", "c'est une erreur"),
      " ", C("le compteur il affiche ", "sur le linky il y a marqué "), nw(R.randint(1000, 60000)), " ", C("kilowattheures", "kilowatts"))


@tpl("ns")
def ns_appointment(u):
    j = R.choice(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"])
    u(F(), C("le technicien devait passer ", "on m'avait dit que quelqu'un passerait "), j, " ", nw(R.randint(2, 28)), " ", R.choice(MOIS), " ",
      C("entre huit heures et midi", "l'après-midi", "à dix heures"), " ", C("et personne est venu", "j'ai attendu toute la matinée",
                                                                            "j'ai posé une demi-journée pour rien"), " ",
      F(), C("ça fait trois fois", "c'est la deuxième fois", "je suis vraiment déçu"))


@tpl("ns")
def ns_offer(u):
    u(F(), C("je voulais savoir pour l'offre ", "c'est pour l'offre "), C(*OFFERS).lower(), " ", C("c'est combien par mois", "y a un engagement",
                                                                                                 "c'est mieux que ce que j'ai"),
      " ", F(), C("parce que chez ", "parce que "), C("free", "sfr", "bouygues", "engie", "totalenergies", "ekwateur"),
      C(" ils me proposent ", " c'est "), nw(R.randint(15, 60)), C(" euros", " euros quatre-vingt-dix-neuf"), " ", C("hein", "par mois", ""))


@tpl("ns")
def ns_hotline(u):
    u(F(), C("j'ai appelé le ", "j'ai fait le "), C("trente-neuf cents", "trois neuf zéro zéro", "dix vingt-trois", "trente-six trente et un",
                                                  "zéro neuf soixante-neuf trente-deux quinze quinze"),
      " ", C("et on m'a dit de rappeler", "et ça a raccroché", "et j'ai attendu quarante minutes"), " ", F(),
      C("l'agence de ", "la boutique de "), C("saint-étienne", "villeneuve", "montpellier", "casablanca", "fès", "la rochelle"),
      " ", C("elle est fermée", "elle répond jamais", "m'a renvoyé vers vous"))


@tpl("ns")
def ns_wordnames(u):
    u(F(), C("petit souci ", "j'ai un petit problème "), C("avec le compteur qui est dans le garage ", "avec la box "),
      C("le câble blanc il est coupé", "le voyant rose il clignote", "le fil marron est tout brun", "la prise est derrière la pierre",
        "depuis noël ça marche plus", "le boîtier il est au fond près du petit bois"),
      " ", C("le chat roux du voisin", "le chien du berger d'à côté", "le petit de ma voisine"), " ", C("a dû tirer dessus", "a joué avec"),
      " ", F(), C("c'est pas grave hein", "voilà", "bon"))


@tpl("ns")
def ns_durations(u):
    u(F(), C("ça fait ", "ça va faire "), C("trois semaines", "deux mois", "quinze jours", "un an et demi"), " ",
      C("que j'attends le remboursement", "que j'ai pas d'internet", "que le dossier est bloqué"), " ",
      C("on m'a dit quarante-huit heures", "on m'a dit sous dix jours", "on m'avait promis la semaine dernière"), " ",
      F(), C("et je paie ", "et je paie quand même "), nw(R.randint(20, 90)), " euros par mois ", C("pour rien", "hein", ""))


@tpl("ns")
def ns_claim(u):
    u(F(), C("l'expert il est passé le ", "j'ai déclaré le sinistre le "), nw(R.randint(2, 28)), " ", R.choice(MOIS), " ",
      C("et il a dit que la franchise c'était ", "la franchise c'est "), nw(R.choice([150, 230, 380, 450])), " euros ",
      C("et pour le plafond ", "et ils remboursent "), nw(R.randint(1, 9) * 1000), " euros ", F(), C("c'est chez la maif", "c'est axa", "c'est la macif"))


@tpl("ns")
def ns_ma_recharge(u):
    u(C("salam ", "allô ", ""), F(), C("j'ai fait une recharge de ", "j'ai rechargé "), nw(R.choice([10, 20, 50, 100, 200])), " dirhams ",
      C("et j'ai pas reçu le pass", "et le solde il est zéro", "et l'internet marche pas"), " ",
      C("c'est le pass ", "l'offre "), C("*3", "star trois", "*6", "star six", "jawal", "illimité"), " ", F(),
      C("depuis hier", "depuis ce matin", "depuis deux jours"))


@tpl("ns")
def ns_bank(u):
    u(F(), C("on m'a prélevé ", "j'ai des frais de "), nw(R.randint(8, 40)), " euros ", C("de frais de rejet", "de commission"), " ",
      C("le ", "en date du "), nw(R.randint(2, 28)), " ", R.choice(MOIS), " ", F(),
      C("alors que j'ai un découvert autorisé de ", "et mon découvert c'est "), nw(R.choice([300, 500, 800, 1000])), " euros ",
      C("et à l'agence de ", "et mon conseiller à "), C("lyon", "nantes", "toulouse", "rabat", "marseille"), " ", C("il répond pas", "il est en congé"))


@tpl("ns")
def ns_whisper_none(u):
    u(C("Oui, bonjour. ", "Bonjour. ", "Allô ? "), C("J'ai reçu une facture de ", "On m'a prélevé "), f"{R.randint(40, 400)} euros",
      " en ", R.choice(MOIS), ". ", C("D'habitude, je suis à ", "Normalement, c'est "), f"{R.randint(30, 120)} euros", ". ",
      C("Le Linky affiche ", "Le compteur indique "), f"{R.randint(1000, 60000)} kWh", ". ", C("Est-ce que c'est normal ?", "Vous pouvez vérifier ?"))


@tpl("ns")
def ns_whisper_appt(u):
    u(C("Oui, bonjour. ", "Bonjour. "), C("Le technicien doit venir le ", "J'ai un rendez-vous le "), f"{R.randint(2, 28)} {R.choice(MOIS)}",
      C(" à ", " vers "), f"{R.randint(8, 17)}h", C(", mais je ne serai pas là.", ", est-ce qu'on peut le décaler ?"), " ",
      C("Je travaille jusqu'à 18h.", "Je suis à Marseille toute la semaine.", "Je rentre le 3."), " ",
      C("Ça fait déjà deux semaines que j'attends la fibre.", "La Freebox est arrivée lundi.", "La Livebox est déjà branchée."))


# ============================================================================================
# Assembly
# ============================================================================================

def skeleton(text, spans):
    out, i = [], 0
    for s in spans:
        out.append(text[i:s["start"]])
        out.append("<" + s["type"] + ">")
        i = s["end"]
    out.append(text[i:])
    sk = "".join(out).lower()
    return re.sub(r"\d+", "0", sk)


def plan(templates, n):
    k = len(templates)
    counts = [n // k] * k
    for i in R.sample(range(k), n - sum(counts)):
        counts[i] += 1
    order = []
    for (kind, f), c in zip(templates, counts):
        order += [(kind, f)] * c
    return order


NO_WRAP = {"w_webform_contact", "w_account_screen", "w_complaint_letter", "w_direct_debit_form", "w_email_from_header",
           "w_card_opposition", "w_rib_fr", "w_moving_energy", "w_termination_letter", "w_callback_request", "w_fraud_alert",
           "w_claim_home", "w_landlord_attestation", "w_email_pro_signature", "w_emergency_contact", "w_rib_change_note",
           "w_ma_formal_letter", "w_screen_csv", "w_portal_ipv6", "w_screen_telecom", "w_crm_ma_phone_cin", "w_email_forward",
           "w_envelope", "w_form_nir_dob", "w_car_insurance_drivers", "w_arret_travail", "w_ameli_screen",
           "w_constat_third_party", "w_ticket_line", "w_email_signature", "w_agent_reply_email", "x_diarized",
           "s_two_speakers", "s_card_payment", "w_identity_check_note", "w_internal_transfer"}
WRAP = {
    "w": (["[Chat] ", "Message via l'appli : ", "Via formulaire web : ", "(WhatsApp) ", "Chat 14:02 — ", "Client > ", "Re: ",
           "Suite à mon appel : ", "URGENT - ", "Message laissé sur l'espace client : ", "Objet : réclamation\n",
           "Envoyé depuis la messagerie sécurisée :\n", "2e message : ", "[Messenger] ", "Réponse au mail du service client : "],
          [" Merci d'avance.", " Bonne journée.", "\nEnvoyé de mon iPhone", "\nEnvoyé depuis mon Galaxy", " PS : j'ai déjà appelé deux fois.",
           " Cdlt", " (2e relance)", " Je reste joignable toute la journée.", " Merci de faire vite svp", " 😡", " 🙏", " Bien à vous.",
           " Merci de votre retour rapide.", " C'est la troisième fois que j'écris !", " Bonne soirée"]),
    "s": (["euh ", "oui ", "alors voilà ", "[inaudible] ", "oui oui ", "bon ", "attendez je mets le haut-parleur ",
           "pardon j'étais en ligne ", "oui c'est moi ", "excusez-moi ", "bonjour je vous rappelle ", "ah enfin quelqu'un "],
          [" voilà voilà", " je vous remercie", " [inaudible]", " au revoir", " bonne journée à vous", " hein", " c'est tout",
           " merci beaucoup madame", " vous m'entendez", " allô", " ok d'accord", " je reste en ligne"]),
    "x": (["Oui. ", "D'accord. ", "Alors… ", "Euh… ", "Oui, oui. ", "Pardon, je vous entends mal. ", "Très bien. ", "Ah, enfin ! "],
          [" Merci.", " Voilà.", " Merci beaucoup, au revoir.", " Bonne journée.", " C'est tout.", " Vous m'entendez ?",
           " Je reste en ligne.", " Merci, madame."]),
}


def make_one(kind, f, seen):
    for _ in range(60):
        u = U(kind)
        wrap = kind in WRAP and f.__name__ not in NO_WRAP
        if wrap and R.random() < 0.3:
            u(R.choice(WRAP[kind][0]))
        f(u)
        if wrap and R.random() < 0.35:
            if kind in "wx" and u.text()[-1:].isalnum() and R.random() < 0.7:
                u(".")
            u(R.choice(WRAP[kind][1]))
        text = u.text()
        stripped = text.rstrip()
        assert all(s["end"] <= len(stripped) for s in u.spans)
        text = stripped
        sk = skeleton(text, u.spans)
        if sk in seen:
            continue
        seen.add(sk)
        prev = 0
        for s in u.spans:
            assert s["start"] >= prev and text[s["start"]:s["end"]] == s["value"], (f.__name__, s)
            prev = s["end"]
        return {"text": text, "spans": u.spans, "form": u.form()}
    raise RuntimeError(f"could not vary {f.__name__}")


def main():
    seen = set()
    rows = []
    for group, n in ((WRITTEN, N_WRITTEN), (SPEECH, N_SPEECH), (NONE, N_NONE)):
        for kind, f in plan(group, n):
            rows.append(make_one(kind, f, seen))
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"fr10-{i:04d}", "text": r["text"], "spans": r["spans"], "form": r["form"]},
                                ensure_ascii=False) + "\n")
    forms, types = {}, {}
    for r in rows:
        forms[r["form"]] = forms.get(r["form"], 0) + 1
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    print(f"wrote {len(rows)} utterances to {OUT}")
    print("forms:", dict(sorted(forms.items())))
    print("types:", dict(sorted(types.items(), key=lambda x: -x[1])))
    print("templates:", len(WRITTEN), "written,", len(SPEECH), "speech,", len(NONE), "no-PII")


if __name__ == "__main__":
    main()

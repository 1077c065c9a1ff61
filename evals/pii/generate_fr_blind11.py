#!/usr/bin/env python3
"""Blind evaluation set "fr_blind11" for the French / Moroccan contact-centre PII scrubber.

How to run (from the repository root):

    .venv/bin/python evals/pii/generate_fr_blind11.py

It writes evals/pii/fr_blind11.jsonl next to this file (500 lines, UTF-8, one JSON
object per line: id, text, spans[type, start, end, value], form) and prints the counts.
Everything is drawn from random.Random(1111) and Faker("fr_FR") seeded with 1111, in a
fixed order, so two runs give byte-identical output (no set iteration, no clock).

Sources
  * Templates, names, streets, companies, passwords and secret answers are written by
    hand in this file: French names of every region (Breton, Alsatian, Basque/Occitan,
    Corsican, Nord, overseas), Moroccan, Algerian/Tunisian/Kabyle, West African,
    Portuguese, Spanish, Italian, Vietnamese, Turkish, Polish, Romanian, Armenian and
    Comorian; particles (El Amrani, N'Diaye, de la Fontaine), hyphenated and married
    names, names that are ordinary words (Blanc, Lebrun, Marchand, Rose, Pierre...).
  * Faker fr_FR is used only for about a fifth of the French street names.
  * num2words (lang="fr") reads numbers out as a recogniser writes them, with some
    spelling drift ("soixante et onze", "soixante-et-onze", "soixante onze").

Material (about 45 % typed, 45 % speech, 10 % without personal data)
  * written: web chats, SMS/WhatsApp (typos, darija in Latin script), web forms,
    e-mails with headers and signatures, agents' CRM notes, pasted account screens and
    tables, letters, tickets and intervention reports.
  * spoken: raw recogniser output (lower case, no punctuation, fillers euh/ben/bah/hein,
    misrecognitions such as "fièvre optique"), diarised agent/client turns, and
    Whisper-style punctuated transcripts (values in digits).
  * mixed: speech where some values come out as digits, or one value partly in words.
  * none: bills, meter indexes, appointment and bill dates, durations, offers and brands
    (Linky, EDF, Engie, Orange, SFR, MAIF, Lydec, inwi...), company hotlines and
    addresses, agency cities, masked cards/IBANs, and pierre/rose/blanc/marin/olive/noël
    used as words.

Values
  * phones: French 06/07 and 01-05/09, Moroccan 06/07 and 05 22/37/24...; written in many
    layouts (+33, +33 (0), 0033, +212, 00212, dots, dashes, slashes, "O6"), read out in
    pairs, digit by digit, in triples, after "plus trente-trois" / "plus deux cent douze",
    with self-corrections and interjections.
  * FR_NIR: sex, year and month taken from the person's date of birth, department
    (incl. 2A/2B and 97x) or 99 + INSEE country code for people born abroad; valid key.
  * CREDIT_CARD: Visa / Mastercard / Amex prefixes, Luhn-valid.
  * IBAN_CODE: FR and MA with valid RIB keys, BE, ES, PT with their national checks, DE;
    all with valid ISO 13616 check digits.
  * MA_CIN: one or two letters + 5-6 digits.  CUSTOMER_ID: client, contract, policy,
    sociétaire and login numbers in sector-specific shapes.  SECRET: passwords, PINs,
    door codes, one-time codes, secret answers.  IP_ADDRESS: public IPv4, some IPv6.

Labelling choices
  * Titles (M., Mme, Madame, Monsieur, Dr, docteur) and kinship words (mon mari, ma mère)
    stay outside PERSON spans; a full name is one span; a name spelled letter by letter
    is a separate PERSON span (spelling-alphabet words "d comme désiré", "tiret",
    "deux l" included).
  * Not PII: company addresses and hotlines, masked values (**** 1234, "se terminant
    par 4589"), card expiry dates, BIC codes, a city or agency on its own, bill and
    appointment dates, amounts, meter readings, promo codes.
  * DATE_OF_BIRTH covers the date only ("né le" outside).
  * A NIR read out with "clé" keeps "clé" inside its span.  An ADDRESS covers street,
    postcode and city when they are contiguous (two lines in letter headers).  The
    abandoned start of a phone number in a self-correction is its own PHONE_NUMBER span;
    a filler said inside a value stays inside that value's span.
  * Adversarial share (about 14 %): odd separators, values cut by interjections, values
    glued to a title ("M.DUPONT"), values at the very start or end of the text.

Counts produced with seed 1111
  forms: written 225, spoken 175, mixed 50, none 50   (adversarial 68)
  spans: 1582
    PERSON          742  46.9 %
    PHONE_NUMBER    221  14.0 %
    CUSTOMER_ID     132   8.3 %
    ADDRESS         116   7.3 %
    DATE_OF_BIRTH    97   6.1 %
    EMAIL_ADDRESS    92   5.8 %
    MA_CIN           47   3.0 %
    SECRET           36   2.3 %
    IBAN_CODE        30   1.9 %
    FR_NIR           28   1.8 %
    IP_ADDRESS       22   1.4 %
    CREDIT_CARD      19   1.2 %
"""
import json
import os
import random
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta

from faker import Faker
from num2words import num2words

SEED = 1111
R = random.Random(SEED)
FAKE = Faker("fr_FR")
FAKE.seed_instance(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fr_blind11.jsonl")


def ch(seq):
    return seq[R.randrange(len(seq))]


CYCLES = {}


def cyc(key, n):
    """variant index: every variant is used once before any is repeated."""
    if not CYCLES.get(key):
        CYCLES[key] = R.sample(range(n), n)
    return CYCLES[key].pop()


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# --------------------------------------------------------------------------
# Span-recording renderer.  A template is a plain string with {slot} holes.
# A slot value is a str (plain text), a (TYPE, value) tuple (a span), or a
# list mixing both.  " {f}" is an optional filler for speech templates.
# --------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
FILLERS = _split("euh|euh|euh|ben|bah|hein|voilà|du coup|en fait|alors|bon|donc|enfin|attendez|hum|quoi")
RECORDS = []
CURRENT = {"kind": None}


def S(typ, val):
    return (typ, val)


def PER(val):
    return ("PERSON", val)


def render(tpl, slots):
    tpl = re.sub(r"^\{f\} ", lambda m: (ch(FILLERS) + " ") if chance(0.45) else "", tpl)
    tpl = re.sub(r" \{f\}", lambda m: (" " + ch(FILLERS)) if chance(0.45) else "", tpl)
    out = []
    spans = []
    n = [0]

    def add(seg):
        if seg is None:
            return
        if isinstance(seg, int):
            seg = str(seg)
        if isinstance(seg, str):
            out.append(seg)
            n[0] += len(seg)
        elif isinstance(seg, tuple):
            typ, val = seg
            if typ:
                spans.append({"type": typ, "start": n[0], "end": n[0] + len(val), "value": val})
            out.append(val)
            n[0] += len(val)
        else:
            for s in seg:
                add(s)

    pos = 0
    for m in SLOT_RE.finditer(tpl):
        add(tpl[pos:m.start()])
        add(slots[m.group(1)])
        pos = m.end()
    add(tpl[pos:])
    return "".join(out), spans


CLOSE_SPEECH = _split("voilà|voilà merci|merci|s'il vous plaît|c'est ça|hein|d'accord|voilà c'est tout|euh voilà|merci beaucoup|c'est bon")
CLOSE_MAIL = ["\n\nEnvoyé de mon iPhone", "\n\nEnvoyé depuis mon appareil Android", "\n\n--\nCe message peut contenir des informations confidentielles."]
CLOSE_LETTER = ["\n\nP.J. : copie de la facture", "\n\nPièce jointe : justificatif de domicile", "\n\nP.S. : merci de m'adresser un accusé de réception."]
CLOSE_CHAT = [" merci", "\nMerci d'avance.", "\nmerci", " bonne journée", " 🙏", "\n[Fin de la conversation]"]
CLOSE_NOTE = ["\nStatut : clôturé", "\nCanal : téléphone", "\nDurée de l'appel : 6 min", "\nPriorité : normale"]
CLOSE_FORM = ["\nConsentement RGPD : oui", "\nJ'accepte les conditions générales : oui", "\nPièce jointe : facture.pdf"]
CLOSE_SCREEN = ["\nDernière mise à jour : 12/06/2024", "\n[F2] Modifier  [F3] Historique  [F9] Quitter", "\nSegment : Particulier"]


def closer(kind, form):
    if form in ("spoken", "mixed") and not kind.startswith("m_chat"):
        return " " + ch(CLOSE_SPEECH)
    if kind.startswith("t_mail"):
        return ch(CLOSE_MAIL)
    if kind.startswith("t_letter"):
        return ch(CLOSE_LETTER)
    if kind.startswith(("t_chat", "t_sms", "t_wa", "m_chat", "t_wordnames")):
        return ch(CLOSE_CHAT)
    if kind.startswith("t_form"):
        return ch(CLOSE_FORM)
    if kind.startswith("t_screen"):
        return ch(CLOSE_SCREEN)
    return ch(CLOSE_NOTE)


def emit(form, tpl, adv=False, **slots):
    text, spans = render(tpl, slots)
    if not adv and spans and spans[-1]["end"] == len(text) and chance(0.9):
        # most utterances do not end exactly on a value; keep that case for the adversarial share
        text += closer(CURRENT["kind"], form)
    RECORDS.append({"text": text, "spans": spans, "form": form, "adv": adv, "kind": CURRENT["kind"]})


# --------------------------------------------------------------------------
# Numbers read out in French
# --------------------------------------------------------------------------
DW = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def nw(n):
    return num2words(n, lang="fr")


def nwa(n):
    """num2words as a recogniser may print it (some spelling drift)."""
    w = nw(n)
    r = R.random()
    if r < 0.10:
        w = w.replace(" et ", "-et-")
    elif r < 0.18:
        w = w.replace("-", " ")
    return w


def pair_w(s):
    if s[0] == "0":
        return "zéro " + DW[int(s[1])]
    return nwa(int(s))


def digits_w(s):
    return " ".join(DW[int(c)] for c in s)


def triple_w(s):
    if s[0] == "0":
        return "zéro " + pair_w(s[1:]) if s[1] != "0" else "zéro zéro " + DW[int(s[2])]
    return nwa(int(s))


def group_w(s):
    """read a digit group the way people do: pairs, or as a number."""
    if len(s) == 1:
        return DW[int(s)]
    if len(s) == 2:
        return pair_w(s)
    if len(s) == 3:
        return triple_w(s) if chance(0.7) else DW[int(s[0])] + " " + pair_w(s[1:])
    if len(s) == 4:
        if s[0] != "0" and chance(0.35):
            return nwa(int(s))
        return pair_w(s[:2]) + " " + pair_w(s[2:])
    return " ".join(pair_w(s[i:i + 2]) if len(s[i:i + 2]) == 2 else DW[int(s[i])] for i in range(0, len(s), 2))


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


FRENCH_KEEP = set("éèêëàâîïôùûüçÉÈÊËÀÂÎÏÔÙÛÜÇ")


def fold_foreign(s):
    return "".join(c if c in FRENCH_KEEP else fold(c) for c in s)


MONTHS = _split("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")

# --------------------------------------------------------------------------
# People — hand-written name lists by origin
# --------------------------------------------------------------------------
ORIGINS = {
    "fr": (24, None,
           "Sophie|Nathalie|Isabelle|Sylvie|Catherine|Christine|Valérie|Sandrine|Stéphanie|Céline|Aurélie|Émilie|Julie|Camille|Léa|Manon|Chloé|Emma|Louise|Jade|Clémence|Mathilde|Océane|Maëlys|Monique|Françoise|Jacqueline|Colette|Bernadette|Josiane|Marie-Claude|Marie-Christine|Anne-Sophie|Denise|Yvette|Odette|Gisèle|Brigitte|Martine|Nadine|Rose|Blanche|Hélène|Agathe|Apolline|Margaux|Pauline|Laetitia|Virginie|Élodie|Coralie|Mélanie|Noémie|Solène|Olive|Capucine",
           "Jean-Pierre|Michel|Philippe|Alain|Patrick|Gérard|Bernard|Christophe|Stéphane|Sébastien|Julien|Nicolas|Thomas|Maxime|Lucas|Hugo|Enzo|Nathan|Théo|Arthur|Gabriel|Raphaël|Baptiste|Kévin|Jordan|Cédric|Thierry|Pascal|Éric|Laurent|Frédéric|Jérôme|Hervé|Dominique|Claude|René|Marcel|Roger|Gilles|Jean-Luc|Jean-Marc|Pierre|Noël|Marin|Olivier|Fabrice|Damien|Romain|Quentin|Benoît|Guillaume|Antoine|Mathis|Louis|Aimé",
           "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|Legrand|Gauthier|Perrin|Robin|Clément|Morin|Roussel|Masson|Marchand|Duval|Dumont|Lemaire|Noël|Meunier|Brun|Blanchard|Giraud|Joly|Rivière|Brunet|Gaillard|Barbier|Caron|Picard|Aubert|Lemoine|Renaud|Dumas|Lacroix|Bourgeois|Lebrun|Leblanc|Boulanger|Berger|Fontaine|Lapierre|Fleury|Renard|Lenoir|Bonhomme|Sauvage|Loiseau|Vallée|Rolland|Hubert|Carpentier|Poirier|Marty|Guyot|Charpentier|Ménard|Bailly|Léger|Bouvier|Prévost|Cousin|Langlois|Pelletier|Lévêque|Barré|Tessier|Chauvin|Humbert|Cordier|Lejeune|Delaunay|Pasquier|Laporte|Petitjean|Lamotte|de la Fontaine|de Villiers|du Mesnil|de Lattre|d'Aubigny|Des Roches|Rose|Olive|Pierre"),
    "bzh": (4, None,
            "Maïwenn|Gwenaëlle|Soizic|Nolwenn|Katell|Rozenn|Anaïg|Morgane|Enora",
            "Erwan|Loïc|Yann|Ronan|Gwendal|Tanguy|Corentin|Goulven|Mikaël|Yannick",
            "Le Gall|Le Goff|Le Bihan|Kerbrat|Quéméner|Tanguy|Morvan|Le Roux|Guivarc'h|Kerhervé|Le Floch|Le Meur|Prigent|Riou|Le Guen|Cariou|L'Hostis|Le Duff"),
    "als": (3, None,
            "Anne|Odile|Christiane|Audrey|Marlène|Doris",
            "Jean-Paul|Rémy|Serge|Florian|Fabien|Joseph|Bruno",
            "Muller|Schmitt|Meyer|Kieffer|Hoffmann|Wagner|Schneider|Koehler|Ehrhart|Weber|Klein|Zimmermann|Fischer|Hertzog|Stoltz|Ruhlmann"),
    "sud": (3, None,
            "Maite|Amaia|Itziar|Mireille|Fanny|Magali|Séverine",
            "Peio|Xabi|Iñaki|Ramuntxo|Jean-Louis|Gaëtan|Régis",
            "Etcheverry|Harispe|Iribarne|Elissalde|Larralde|Goyhenetche|Etchegaray|Bidegain|Fabre|Castagné|Vidal|Granier|Bousquet|Vaissière|Cabanel|Sabatier|Delmas|Bonnafous|Teissier"),
    "corse": (2, None,
              "Marie-Ange|Letizia|Ghjulia|Santa|Angèle",
              "Ange-Marie|Dumè|Jean-Toussaint|Paul-Antoine|Orsu|Xavier",
              "Santoni|Casanova|Luciani|Orsini|Colonna|Poli|Filippi|Mattei|Giacomoni|Albertini|Ceccaldi"),
    "nord": (3, None,
             "Ginette|Sabrina|Amandine|Ludivine|Jessica|Cindy",
             "Dylan|Grégory|Ludovic|Jean-Claude|Freddy|Jimmy",
             "Vandenberghe|Delattre|Lefebvre|Dufour|Deschamps|Vanhoutte|Dekeyser|Lecocq|Vasseur|Delcourt|Van de Velde|Dhont|Lemaître|Wattel"),
    "dom": (3, None,
            "Marie-Line|Ketty|Gwladys|Nadège|Laurette|Maryse|Josette|Murielle",
            "Rudy|Jean-Max|Teddy|Lucien|Willy|Jean-Claude|Daniel",
            "Hoarau|Payet|Grondin|Técher|Nativel|Jean-Baptiste|Saint-Louis|Pierre-Louis|Lubin|Thélus|Marie-Sainte|Bellance|Zami|Nelzy|Célestine"),
    "ma": (15, "350",
           "Fatima-Zahra|Khadija|Nadia|Samira|Soukaina|Meryem|Hajar|Imane|Zineb|Salma|Loubna|Houda|Kenza|Latifa|Malika|Rkia|Aïcha|Fadwa|Siham|Ghita|Chaimae|Wafae|Naima|Hasna|Btissam|Sanaa|Asmae|Oumaima|Hind|Yousra",
           "Mohamed|Mohammed|Youssef|Hamza|Yassine|Rachid|Karim|Amine|Mehdi|Ayoub|Othmane|Abdelkader|Abdellah|Hicham|Saïd|Noureddine|Ilyas|Driss|Mustapha|Omar|Brahim|Lahcen|Mbarek|Nabil|Anas|Reda|Walid|Tarik|Jamal|Younes|Abderrahim|Khalid|Hassan|Badr|Zakaria|Soufiane",
           "El Amrani|Benali|Bennani|Alaoui|El Idrissi|Tazi|Berrada|Chraibi|Lahlou|Benjelloun|El Fassi|Ouazzani|Zerouali|Cherkaoui|El Khattabi|Aït Taleb|Ziani|Bakkali|Kettani|Sqalli|Naciri|El Ouafi|Boutaleb|Mansouri|Saidi|Hamdaoui|Belhaj|Tahiri|Rahmouni|Laaroussi|Essaadi|Moussaoui|Harrak|Nejjar|Filali|El Mokhtari|Oubella|Aït Lahcen|Id Brahim|Ouchen|Akharraz|Boukhris|Ben Moussa|Lamrani|El Ghazi|Benchekroun|Ait Oufella|Amzil|Bouhaddou|Ouhammou|Azzouzi"),
    "dz": (6, "352",
           "Amel|Lynda|Yasmina|Sonia|Karima|Dalila|Nawel|Farida|Kahina|Tiziri|Leïla|Nesrine|Sabrina|Ines",
           "Sofiane|Nassim|Farid|Mourad|Djamel|Kamel|Lotfi|Bilal|Idir|Massinissa|Rabah|Slimane|Riad|Aziz|Nacer",
           "Benaissa|Meziane|Saadi|Hamidi|Boudjema|Khelifi|Belaidi|Aït Ouali|Amrouche|Trabelsi|Ben Salah|Jaziri|Gharbi|Mejri|Haddad|Belkacem|Bouzid|Cherif|Hamdi|Ben Youssef|Mekki|Zeroual|Bensaïd|Aouadi|Chaouch"),
    "waf": (8, "341",
            "Aminata|Fatoumata|Oumou|Awa|Mariama|Aïssatou|Kadiatou|Binta|Khady|Assétou|Affoué|Adjoa|Fanta|Ramatoulaye|Ndèye|Coumba|Salimata",
            "Mamadou|Moussa|Ibrahima|Seydou|Adama|Cheikh|Ousmane|Boubacar|Abdoulaye|Souleymane|Modou|Yacouba|Kouamé|Lassana|Amadou|Sékou|Babacar|Issa|Koffi",
            "Diallo|Traoré|Koné|Coulibaly|Diop|N'Diaye|Sow|Bâ|Cissé|Touré|Camara|Keïta|Sylla|Diakité|Ouédraogo|Sawadogo|Kouassi|N'Guessan|Konaté|Sissoko|Fofana|Sanogo|Gueye|Faye|Sarr|Mbaye|Fall|Niang|Kaboré|Yao|Diarra|Doumbia|Tall|Ndour|Kanté|Bamba"),
    "pt": (5, "139",
           "Maria|Ana|Fernanda|Carla|Inês|Conceição|Helena|Sandra|Sónia|Filipa|Graça|Rosa",
           "João|Manuel|José|Rui|Paulo|Tiago|Nuno|António|Joaquim|Vítor|Fernando|Sérgio",
           "Da Silva|Dos Santos|Ferreira|Pereira|Rodrigues|Fernandes|Gonçalves|Oliveira|Teixeira|Carvalho|Pinto|Sousa|Lopes|Marques|Alves|Ribeiro|Gomes|Martins|Da Costa|Moreira|Cardoso|De Almeida|Monteiro|Mendes"),
    "es": (4, "134",
           "Carmen|Dolores|Pilar|Lucía|Inmaculada|Concepción|Mercedes|Encarnación|Maribel|Nuria|Montserrat",
           "Antonio|José|Manuel|Francisco|Miguel|Alejandro|Juan|Rafael|Javier|Pedro|Ramón|Joaquín",
           "Garcia|Martinez|Lopez|Sanchez|Fernandez|Pérez|Gomez|Ruiz|Jiménez|Moreno|Navarro|Romero|Torres|Dominguez|Vázquez|Ortega|Serrano|Ramirez|Del Rio|Iglesias|Castillo|Gutierrez|Herrera"),
    "it": (4, "127",
           "Francesca|Giulia|Paola|Chiara|Rosaria|Angela|Giuseppina|Silvia|Antonella",
           "Giuseppe|Giovanni|Marco|Luca|Alessandro|Salvatore|Vincenzo|Enzo|Mario|Franco|Sergio",
           "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Giordano|Rizzo|Lombardi|Moretti|Di Stefano|Lo Presti|Pellegrini|Santoro|Di Maggio|La Rosa"),
    "vn": (3, "243",
           "Thi Lan|Thi Hoa|Mai|Linh|Huong|Thu|Ngoc Anh|Thi Thanh|Phuong|Lien",
           "Van Minh|Quang|Tuan|Duc|Bao|Van Long|Thanh|Hung|Khanh|Minh Tri",
           "Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ngo|Duong|Ly|Truong"),
    "tr": (3, "208",
           "Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Esra|Merve|Sevgi|Derya|Büşra",
           "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Murat|Emre|Burak|Serkan|Hakan|Kemal|Yusuf",
           "Yilmaz|Kaya|Demir|Şahin|Çelik|Yildiz|Yıldırım|Öztürk|Aydin|Özdemir|Arslan|Doğan|Kiliç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Erdem|Polat|Güneş"),
    "pl": (2, "122",
           "Agnieszka|Katarzyna|Małgorzata|Anna|Ewa|Joanna|Magdalena|Barbara|Krystyna",
           "Piotr|Krzysztof|Tomasz|Marek|Wojciech|Grzegorz|Paweł|Andrzej|Stanisław",
           "Kowalski|Wiśniewski|Kamiński|Lewandowski|Zieliński|Szymański|Dąbrowski|Kozłowski|Jankowski|Kwiatkowski|Nowak|Wójcik|Kowalczyk|Woźniak|Mazur|Krawczyk|Kaczmarek|Pawlak"),
    "ro": (2, "114",
           "Andreea|Ioana|Elena|Cristina|Alina|Daniela|Raluca|Mihaela|Roxana|Florentina",
           "Mihai|Ion|Gheorghe|Vasile|Florin|Bogdan|Ionuț|Adrian|Cătălin|Dragoș|Marian",
           "Popescu|Ionescu|Popa|Radu|Dumitru|Stan|Stoica|Gheorghe|Munteanu|Constantinescu|Dobre|Matei|Rusu|Marin|Tudor|Florea|Neagu|Lungu|Bălan"),
    "am": (2, "252",
           "Anahit|Nairi|Lilit|Araxie|Nounia|Siranouche|Ani|Hasmik|Talin",
           "Armen|Garo|Aram|Sevan|Vartan|Haïk|Ara|Hagop|Krikor|Sarkis",
           "Petrossian|Hakobyan|Manoukian|Kazarian|Der Sarkissian|Boghossian|Keuroghlian|Papazian|Tchakerian|Arakelian|Khatchadourian|Sarkissian|Minassian|Kalfayan|Ohanian|Agopian"),
    "km": (2, "397",
           "Nadjati|Faïza|Chamsia|Anrafa|Echati|Zaïnaba|Moinecha|Roukia|Hadidja|Sitti|Rahamatou",
           "Mmadi|Ibrahim|Saindou|Nassur|Djoumoi|Abdallah|Ahmed|Soilihi|Houmadi|Anli|Bacar",
           "Said Ali|Mohamed Soilihi|Ahamada|Abdallah|Madi|Mbaé|Soilihi|Youssouf|Msa|Houmadi|Attoumani|Bacar|Anli|Ali Mbaé|Combo|Chanfi|Mzé"),
}
ORIGIN_KEYS = list(ORIGINS.keys())
ORIGIN_W = [ORIGINS[k][0] for k in ORIGIN_KEYS]
NAMES = {k: (_split(v[2]), _split(v[3]), _split(v[4])) for k, v in ORIGINS.items()}

AGENTS_FR = _split("Sophie|Julie|Laura|Sarah|Camille|Thomas|Kevin|Anthony|Hugo|Nadia|Karim|Mehdi|Yasmine|Inès|Léa|Maxime|Audrey|Jérémy|Samia|Océane|Florian|Mélissa|Rayan|Manon")
AGENTS_MA = _split("Salma|Imane|Othmane|Hamza|Kenza|Yassine|Ghita|Anas|Sara|Zineb|Ayoub|Meryem|Reda|Hajar|Nora|Ilyas")


class Person:
    def __init__(self, origin=None, g=None):
        self.origin = origin or R.choices(ORIGIN_KEYS, ORIGIN_W)[0]
        self.g = g or ch("fm")
        fs, ms, ls = NAMES[self.origin]
        self.first = ch(fs if self.g == "f" else ms)
        last = ch(ls)
        if self.origin == "pl" and self.g == "f" and last.endswith("ski") and chance(0.6):
            last = last[:-1] + "a"
        self.last = last
        if chance(0.05) and self.origin in ("fr", "bzh", "nord", "sud"):
            # hyphenated married name
            self.last = self.last + "-" + ch(NAMES[ch(["fr", "fr", "ma", "pt", "waf"])][2]).replace(" ", "")
        cc = ORIGINS[self.origin][1]
        self.abroad = cc if (cc and chance(0.5)) else None
        self.dob = rand_dob()

    @property
    def e(self):
        return "e" if self.g == "f" else ""

    def fam(self, g=None):
        """a relative sharing the surname."""
        p = Person(self.origin, g)
        p.last = self.last
        return p

    def child(self, g=None):
        """a son or daughter, born 20 to 38 years after this person."""
        k = self.fam(g)
        y = min(self.dob.year + R.randint(20, 38), 2022)
        k.dob = rand_dob(y, y)
        return k


def rand_dob(lo=1936, hi=2005):
    start = date(lo, 1, 1)
    span = (date(hi, 12, 31) - start).days
    return start + timedelta(days=R.randint(0, span))


MISHEARD = {
    "nguyen": "nguyène", "ouédraogo": "wedraogo", "kowalski": "kovalski", "n'guessan": "nguessan",
    "khatchadourian": "katchadourian", "chraibi": "chraïbi", "yilmaz": "yilmase", "diallo": "dialo",
    "coulibaly": "coulibali", "hoarau": "oaro", "wisniewski": "vichnievski", "sahin": "chahine",
    "celik": "tchélik", "ouazzani": "wazani", "keuroghlian": "kerogliane", "popescu": "popesco",
    "guivarc'h": "guivarche", "etcheverry": "etchevery", "schneider": "chnaïdeur", "goyhenetche": "goyénetche",
    "mohammed": "mohamed", "aït taleb": "aïtaleb", "sqalli": "skali", "ouchen": "ouchène",
    "zielinski": "zélinski", "huynh": "huyne", "truong": "truon", "mbaé": "m'baye", "soilihi": "soylihi",
}


def asr_name(s, mishear=0.0):
    s = fold_foreign(s).lower()
    if chance(0.5):
        s = s.replace("-", " ")
    if chance(0.3):
        s = s.replace("'", "")
    if mishear:
        for k, v in MISHEARD.items():
            if k in s and chance(mishear):
                s = s.replace(k, v)
    return s


def nm(p, style):
    f, l = p.first, p.last
    if style == "full":
        return f"{f} {l}"
    if style == "crm":
        return f"{l.upper()} {f}"
    if style == "caps":
        return f"{f.upper()} {l.upper()}"
    if style == "LAST":
        return l.upper()
    if style == "last":
        return l
    if style == "first":
        return f
    if style == "init":
        # an initial "M." would read as the title Monsieur: use the full name then
        return f"{f} {l}" if f[0] == "M" else f"{f[0]}. {l}"
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "lastfirst":
        return f"{l} {f}"
    if style == "asr":
        return asr_name(f"{f} {l}", 0.25)
    if style == "asrlast":
        return asr_name(l, 0.25)
    if style == "asrfirst":
        return asr_name(f, 0.15)
    if style == "asrcrm":
        return asr_name(f"{l} {f}", 0.2)
    raise ValueError(style)


def wname(p, crm_ok=True):
    """how a customer or agent types a full name."""
    opts = ["full", "full", "full", "caps", "lower", "lastfirst"]
    if crm_ok:
        opts += ["crm", "crm"]
    return nm(p, ch(opts))


def title_w(p):
    return ch(["M.", "Monsieur", "M"]) if p.g == "m" else ("Mlle" if chance(0.04) else ch(["Mme", "Madame", "Mme"]))


def title_s(p):
    return "monsieur" if p.g == "m" else "madame"


ALPHA = {"a": "anatole", "b": "berthe", "c": "célestin", "d": "désiré", "e": "eugène", "f": "françois",
         "g": "gaston", "h": "henri", "i": "irma", "j": "joseph", "k": "kléber", "l": "louis", "m": "marcel",
         "n": "nicolas", "o": "oscar", "p": "pierre", "q": "quintal", "r": "raoul", "s": "suzanne",
         "t": "thérèse", "u": "ursule", "v": "victor", "w": "william", "x": "xavier", "y": "yvonne", "z": "zoé"}
ACC = {"é": "e accent aigu", "è": "e accent grave", "ê": "e accent circonflexe", "ë": "e tréma",
       "ï": "i tréma", "î": "i accent circonflexe", "ç": "c cédille", "ô": "o accent circonflexe", "â": "a accent circonflexe"}


def spell_w(name):
    sep = ch(["-", " ", "-", ".", " "])
    letters = []
    for c in fold_foreign(name):
        if c.isalpha():
            letters.append(fold(c).upper())
        elif c == "'":
            letters.append("'")
        elif c in " -":
            letters.append("/" if c == " " else "-")
    return sep.join(letters)


def spell_s(name, comme=None):
    comme = chance(0.3) if comme is None else comme
    src = fold_foreign(name).lower()
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c in ACC:
            toks.append(ACC[c])
        elif c.isalpha():
            c2 = fold(c)
            if i + 1 < len(src) and src[i + 1] == c and chance(0.7):
                toks.append(ch(["deux", "double"]) + " " + c2)
                i += 2
                continue
            toks.append(c2 + " comme " + ALPHA[c2] if (comme and chance(0.6) and c2 in ALPHA) else c2)
        elif c == "'":
            toks.append("apostrophe")
        elif c == "-":
            toks.append("tiret")
        elif c == " ":
            toks.append(ch(["espace", "", ""]))
        i += 1
    return " ".join(t for t in toks if t)

# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------
def fr_mobile():
    return "0" + ch("6667") + digits(8)


def fr_fixed():
    return "0" + ch("1234559") + digits(8)


def ma_mobile():
    return "0" + ch("667") + ch("0123456789") + digits(7)


def ma_fixed():
    return "05" + ch(["22", "22", "37", "24", "39", "35", "28", "23", "36"]) + digits(6)


def phone_digits(country="fr", fixed=None):
    fixed = chance(0.25) if fixed is None else fixed
    if country == "ma":
        return ma_fixed() if fixed else ma_mobile()
    return fr_fixed() if fixed else fr_mobile()


def pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def phone_w(d, country="fr", style=None):
    p = pairs(d)
    if country == "fr":
        style = style or ch(["sp", "sp", "sp", "sp", "none", "none", "dot", "dash", "intl", "intl_nosp", "intl0", "0033"])
        if style == "sp":
            return " ".join(p)
        if style == "none":
            return d
        if style == "dot":
            return ".".join(p)
        if style == "dash":
            return "-".join(p)
        if style == "intl":
            return "+33 " + d[1] + " " + " ".join(p[1:])
        if style == "intl_nosp":
            return "+33" + d[1:]
        if style == "intl0":
            return "+33 (0)" + d[1] + " " + " ".join(p[1:])
        if style == "0033":
            return "0033 " + d[1] + " " + " ".join(p[1:])
        if style == "slash":
            return "/".join(p)
        if style == "under":
            return "_".join(p)
        if style == "odd":
            return d[:2] + " " + d[2:4] + " " + d[4:8] + " " + d[8:]
        if style == "letterO":
            return "O" + d[1] + " " + " ".join(p[1:])
    style = style or ch(["sp", "sp", "four", "fourdash", "none", "intl", "intl_nosp", "intl_dash", "00212"])
    if style == "sp":
        return " ".join(p)
    if style == "four":
        return d[:4] + " " + " ".join(pairs(d[4:]))
    if style == "fourdash":
        return d[:4] + "-" + d[4:]
    if style == "none":
        return d
    if style == "intl":
        return "+212 " + d[1] + " " + " ".join(p[1:])
    if style == "intl_nosp":
        return "+212" + d[1:]
    if style == "intl_dash":
        return "+212 " + d[1:4] + "-" + d[4:]
    if style == "00212":
        return "00212 " + d[1:4] + " " + " ".join(pairs(d[4:]))
    return " ".join(p)


def phone_s(d, country="fr", style=None):
    p = pairs(d)
    if country == "fr":
        style = style or ch(["pairs", "pairs", "pairs", "pairs", "digits", "intl", "zero_pairs", "triples"])
        if style == "pairs":
            return " ".join(pair_w(x) for x in p)
        if style == "digits":
            return digits_w(d)
        if style == "intl":
            return "plus trente-trois " + DW[int(d[1])] + " " + " ".join(pair_w(x) for x in p[1:])
        if style == "zero_pairs":
            return "zéro " + DW[int(d[1])] + " " + " ".join(pair_w(x) for x in p[1:])
        if style == "triples":
            return "zéro " + DW[int(d[1])] + " " + triple_w(d[2:5]) + " " + triple_w(d[5:8]) + " " + pair_w(d[8:])
    style = style or ch(["pairs", "pairs", "digits", "digits", "intl", "four", "00212"])
    if style == "pairs":
        return " ".join(pair_w(x) for x in p)
    if style == "digits":
        return digits_w(d)
    if style == "four":
        return digits_w(d[:4]) + " " + " ".join(pair_w(x) for x in pairs(d[4:]))
    if style == "intl":
        return "plus deux cent douze " + DW[int(d[1])] + " " + " ".join(pair_w(x) for x in p[1:])
    if style == "00212":
        return "zéro zéro deux cent douze " + DW[int(d[1])] + " " + " ".join(pair_w(x) for x in p[1:])
    return digits_w(d)


def phone_mixed(d):
    """one value partly in words, partly in digits."""
    p = pairs(d)
    while True:
        flags = [chance(0.5) for _ in p]
        if any(flags) and not all(flags):
            break
    return " ".join(pair_w(x) if f else x for x, f in zip(p, flags))


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------
FR_DOMAINS = ["gmail.com"] * 6 + ["hotmail.fr"] * 3 + ["orange.fr"] * 2 + ["yahoo.fr"] * 2 + [
    "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "outlook.fr", "live.fr", "icloud.com", "hotmail.com",
    "gmx.fr", "neuf.fr", "bbox.fr", "aol.com", "outlook.com"]
MA_DOMAINS = ["gmail.com"] * 6 + ["hotmail.com"] * 2 + ["hotmail.fr", "yahoo.fr", "menara.ma", "outlook.com", "yahoo.com"]


def clean_token(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def email_of(p, country="fr", dom=None):
    f = clean_token(p.first)
    l = clean_token(p.last)
    yy = f"{p.dob.year % 100:02d}"
    pat = ch(["f.l", "f.l", "f.l", "fl", "l.f", "i.l", "f.lNN", "f_l", "flNN", "f-l", "lfi", "nick", "i.lNNNN", "fNN"])
    nick = ch(["lolo", "titi", "kiki", "doudou", "mimi", "nono", "zizou", "lulu", "bibou", "choupette"])
    num = ch([yy, yy, str(R.randint(1, 99)), ch(["13", "69", "93", "75", "59", "33", "06", "974"])])
    local = {
        "f.l": f"{f}.{l}", "fl": f"{f}{l}", "l.f": f"{l}.{f}", "i.l": f"{f[0]}.{l}", "f.lNN": f"{f}.{l}{num}",
        "f_l": f"{f}_{l}", "flNN": f"{f}{l}{num}", "f-l": f"{f}-{l}", "lfi": f"{l}{f[0]}",
        "nick": f"{nick}.{f}{num}", "i.lNNNN": f"{f[0]}.{l}{p.dob.year}", "fNN": f"{f}{num}",
    }[pat]
    dom = dom or ch(MA_DOMAINS if country == "ma" else FR_DOMAINS)
    return local, dom


def email_w(local, dom):
    return f"{local}@{dom}"


DOM_SAY = {"gmail": ["gmail"], "hotmail": ["hotmail"], "orange": ["orange"], "yahoo": ["yahoo"],
           "wanadoo": ["wanadoo"], "free": ["free"], "sfr": ["s f r", "sfr"], "laposte": ["laposte", "la poste"],
           "outlook": ["outlook"], "live": ["live"], "icloud": ["icloud", "i cloud"], "gmx": ["g m x"],
           "neuf": ["neuf"], "bbox": ["b box", "bbox"], "aol": ["a o l"], "menara": ["menara"],
           "com": ["com"], "fr": ["fr", "f r"], "net": ["net"], "ma": ["m a", "ma"]}


def say_num_token(t):
    if len(t) == 2:
        return pair_w(t) if chance(0.75) else digits_w(t)
    if len(t) == 4 and t[0] != "0":
        return nwa(int(t)) if chance(0.6) else digits_w(t)
    if len(t) == 3 and t[0] != "0" and chance(0.5):
        return nwa(int(t))
    return digits_w(t)


def email_s(local, dom, digits_as_digits=False, at=None):
    out = []
    for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        if tok == ".":
            out.append("point")
        elif tok == "_":
            out.append(ch(["tiret du bas", "underscore", "tiret bas", "tiret du huit"]))
        elif tok == "-":
            out.append(ch(["tiret", "tiret du six", "trait d'union"]))
        elif tok.isdigit():
            out.append(tok if digits_as_digits else say_num_token(tok))
        elif len(tok) <= 2 or chance(0.1):
            out.append(" ".join(tok))
        else:
            out.append(tok)
    out.append(at or ch(["arobase"] * 6 + ["at", "arrobase"]))
    for i, part in enumerate(dom.split(".")):
        if i:
            out.append("point")
        out.append(ch(DOM_SAY.get(part, [part])))
    return " ".join(out)


# --------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------
FR_STREETS = _split(
    "rue des Lilas|rue Victor-Hugo|avenue Jean-Jaurès|boulevard Gambetta|rue de la République|impasse des Tilleuls|"
    "allée des Peupliers|chemin du Moulin|place du Marché|rue Pasteur|rue du Général-Leclerc|avenue de la Libération|"
    "rue Jules-Ferry|rue des Écoles|route de Brest|quai de la Loire|cours Lafayette|rue Nationale|rue de Verdun|"
    "rue Émile-Zola|rue Pierre-Curie|avenue du Maréchal-Foch|rue Saint-Michel|rue des Roses|chemin des Oliviers|"
    "rue du Château|rue Jean-Moulin|rue de Kerbernez|avenue des Marronniers|rue des Martyrs|boulevard de la Croix-Rousse|"
    "rue Paul-Bert|rue du Faubourg-Saint-Antoine|rue des Charmes|allée des Cerisiers|rue Louis-Pergaud|rue de l'Église|"
    "chemin de la Garrigue|rue Aristide-Briand|avenue Pasteur|rue du 8-Mai-1945|rue Félix-Faure|impasse du Lavoir|"
    "rue des Vignes|rue Marcel-Pagnol|allée Camille-Claudel|rue Lamartine|place de la Mairie|rue des Peupliers|"
    "résidence les Mimosas, rue Voltaire|lotissement le Clos Fleuri|rue Montesquieu|rue Racine|chemin des Vignes")
FR_CITIES = [tuple(x.split(" ", 1)) for x in _split(
    "75011 Paris|75018 Paris|75015 Paris|69003 Lyon|69100 Villeurbanne|13008 Marseille|13013 Marseille|31000 Toulouse|"
    "06000 Nice|44000 Nantes|67000 Strasbourg|34000 Montpellier|33000 Bordeaux|33700 Mérignac|59000 Lille|59100 Roubaix|"
    "35000 Rennes|51100 Reims|42000 Saint-Étienne|83000 Toulon|38000 Grenoble|21000 Dijon|49000 Angers|30000 Nîmes|"
    "63000 Clermont-Ferrand|29200 Brest|29000 Quimper|64100 Bayonne|20000 Ajaccio|20200 Bastia|97400 Saint-Denis|"
    "93200 Saint-Denis|92100 Boulogne-Billancourt|94000 Créteil|95100 Argenteuil|57000 Metz|54000 Nancy|68100 Mulhouse|"
    "76000 Rouen|14000 Caen|37000 Tours|45000 Orléans|87000 Limoges|86000 Poitiers|17000 La Rochelle|56100 Lorient|"
    "73000 Chambéry|74000 Annecy|66000 Perpignan|84000 Avignon|62300 Lens|80000 Amiens|25000 Besançon|65000 Tarbes|"
    "40100 Dax|24000 Périgueux|19100 Brive-la-Gaillarde|91000 Évry-Courcouronnes|77100 Meaux|78000 Versailles|"
    "13100 Aix-en-Provence|97200 Fort-de-France|97110 Pointe-à-Pitre|93140 Bondy|69200 Vénissieux|13015 Marseille|"
    "12000 Rodez|46000 Cahors|26000 Valence|71100 Chalon-sur-Saône|22000 Saint-Brieuc|50100 Cherbourg-en-Cotentin")]
FR_COMP = _split("Bât. B|bâtiment C|Appt 12|apt 24|3e étage|Résidence Les Mimosas|escalier 2|porte gauche|chez M. et Mme Roux|BP 12")


def fr_addr():
    n = ch([R.randint(1, 20), R.randint(1, 60), R.randint(1, 180), R.randint(1, 420)])
    suf = ch(["", "", "", "", "", "", "", "bis", "ter", "B"])
    street = ch(FR_STREETS) if chance(0.82) else FAKE.street_name()
    cp, city = ch(FR_CITIES)
    comp = ch(FR_COMP) if chance(0.2) else ""
    if comp == "chez M. et Mme Roux":
        comp = ""
    return {"n": n, "suf": suf, "street": street, "cp": cp, "city": city, "comp": comp}


ABBR = {"boulevard": "bd", "avenue": "av.", "impasse": "imp.", "chemin": "ch.", "route": "rte", "place": "pl."}


def fr_addr_w(a, style=None, with_city=True, upper_ok=True):
    style = style or ch(["std", "std", "std", "comma", "caps", "abbr", "comp"])
    num = f"{a['n']}{' ' + a['suf'] if a['suf'] in ('bis', 'ter') else a['suf']}"
    street = a["street"]
    if style == "abbr":
        w = street.split(" ", 1)
        if w[0].lower() in ABBR:
            street = ABBR[w[0].lower()].capitalize() + " " + w[1]
    head = f"{num}, {street}" if style == "comma" else f"{num} {street}"
    if style == "comp" and a["comp"]:
        head = f"{a['comp']}, {head}"
    if not with_city:
        out = head
    elif style == "caps":
        out = f"{head} {a['cp']} {a['city']}".upper()
    else:
        out = f"{head}{ch([', ', ' ', ' – '])}{a['cp']} {a['city'] if (chance(0.7) or not upper_ok) else a['city'].upper()}"
    return out


def say_cp(cp):
    if chance(0.3) and cp[0] != "0":
        return nwa(int(cp))
    return pair_w(cp[:2]) + " " + (triple_w(cp[2:]) if cp[2:] != "000" else "zéro zéro zéro")


def street_s(street):
    s = street.lower().replace("-", " ").replace(",", "")
    s = re.sub(r"\b8 mai 1945\b", "huit mai mille neuf cent quarante-cinq", s)
    return s


def fr_addr_s(a, with_cp=None, with_city=True):
    num = nwa(a["n"]) + (" " + a["suf"].lower() if a["suf"] else "")
    s = f"{num} {street_s(a['street'])}"
    if not with_city:
        return s
    with_cp = chance(0.6) if with_cp is None else with_cp
    city = a["city"].lower().replace("-", " ")
    if with_cp:
        return s + " " + say_cp(a["cp"]) + " " + city if chance(0.6) else s + " à " + city + " " + say_cp(a["cp"])
    return s + " à " + city


MA_CITIES = [
    ("Casablanca", "20000", ["Maârif", "Hay Hassani", "Sidi Maârouf", "Aïn Chock", "Derb Sultan", "Hay Mohammadi", "Bourgogne", "Oulfa", "Sidi Moumen", "Gauthier"]),
    ("Rabat", "10000", ["Agdal", "Hay Riad", "Souissi", "Takaddoum", "Yacoub El Mansour", "Hassan"]),
    ("Salé", "11000", ["Tabriquet", "Hay Salam", "Sidi Moussa"]),
    ("Marrakech", "40000", ["Guéliz", "Daoudiate", "Massira", "Sidi Youssef Ben Ali", "Hivernage"]),
    ("Fès", "30000", ["Narjiss", "Saïss", "Route d'Imouzzer", "Zouagha"]),
    ("Tanger", "90000", ["Malabata", "Iberia", "Beni Makada", "Mesnana"]),
    ("Agadir", "80000", ["Talborjt", "Dakhla", "Hay Mohammadi", "Tilila"]),
    ("Meknès", "50000", ["Hamria", "Marjane", "Bassatine"]),
    ("Oujda", "60000", ["Lazaret", "Hay Al Qods"]),
    ("Kénitra", "14000", ["Bir Rami", "Maâmora"]),
    ("Tétouan", "93000", ["Mhannech", "Touabel"]),
    ("El Jadida", "24000", ["Sidi Daoui", "Plateau"]),
    ("Mohammedia", "28810", ["El Alia", "Hay Rachid"]),
    ("Témara", "12000", ["Massira", "Wifak"]),
]
MA_STREETS = _split("Bd Zerktouni|Bd Mohammed V|Av. Hassan II|Rue Ibn Battouta|Bd d'Anfa|Bd de la Résistance|Av. des FAR|"
                    "Rue Moulay Ismail|Bd Ghandi|Av. Allal El Fassi|Rue Oued Sebou|Rue Tarik Ibn Ziad|Bd Abdelmoumen|"
                    "Av. Mohammed VI|Rue Al Mansour Eddahbi|Rue Ibn Sina|Av. Moulay Youssef|Rue Al Khansaa|Bd Al Qods|Rue Sebta")
MA_RES = _split("Al Manar|Les Jardins d'Anfa|Al Andalous|Yasmine|Nakhil|Al Wifak|Riad Salam|Dar Essalam|Les Orangers|Al Amal")

SAY_ABBR = [("Bd ", "boulevard "), ("Av. ", "avenue "), ("Imm ", "immeuble "), ("Appt ", "appartement "), ("N° ", "numéro ")]


def ma_addr():
    city, cp, qs = ch(MA_CITIES)
    q = ch(qs)
    n = R.randint(1, 240)
    kind = ch(["num", "num", "res", "res", "lot", "hay", "appt"])
    if kind == "num":
        parts = ["N° ", n, ", " + ch(MA_STREETS), ", " + q, ", " + city]
    elif kind == "res":
        parts = ["Résidence " + ch(MA_RES) + ", Imm ", R.randint(1, 40), ", Appt ", R.randint(1, 30), ", " + ch(MA_STREETS), ", " + city]
    elif kind == "lot":
        parts = ["Lot " + ch(["Al Massira", "Al Wahda", "Assalam", "Al Fath", "Annour", "Essaada"]) + " N° ", n, ", " + q, ", " + city]
    elif kind == "hay":
        parts = ["Hay " + ch(["Al Amal", "Al Houda", "Nahda", "Al Wahda", "Essalam", "Al Inbiaate"]) + ", Rue ", R.randint(1, 60), " N° ", n, ", " + city]
    else:
        parts = ["Appt ", R.randint(1, 20), ", Imm ", R.randint(1, 90), ", " + ch(MA_STREETS), ", " + q, ", " + city]
    if chance(0.35):
        parts.append(" " + cp)
    w = "".join(str(x) for x in parts)
    s_parts = []
    for x in parts:
        if isinstance(x, int):
            s_parts.append(" " + nwa(x) + " ")
        else:
            y = x
            for a, b in SAY_ABBR:
                y = y.replace(a, b)
            if re.fullmatch(r" \d{5}", y):
                y = " " + nwa(int(y))
            s_parts.append(y)
    s = "".join(s_parts).lower().replace(",", " ").replace("-", " ").replace("n°", "numéro").replace(".", "")
    s = re.sub(r"\s+", " ", s).strip()
    return w, s, city


# --------------------------------------------------------------------------
# NIR (French social security number) with valid key
# --------------------------------------------------------------------------
DEPTS = ["75", "69", "13", "59", "33", "31", "44", "67", "35", "06", "34", "62", "76", "93", "92", "94", "29", "2A", "2B", "974", "971", "57", "38", "42", "64", "56", "22", "80", "21", "51", "87", "63"]


def make_nir(p):
    sex = "1" if p.g == "m" else "2"
    yy = f"{p.dob.year % 100:02d}"
    mm = f"{p.dob.month:02d}"
    if p.abroad:
        dept, com = "99", p.abroad
    else:
        dept = ch(DEPTS)
        com = f"{R.randint(1, 99):02d}" if len(dept) == 3 else f"{R.randint(1, 500):03d}"
    order = f"{R.randint(1, 999):03d}"
    base = sex + yy + mm + dept + com + order
    num = int(base.replace("2A", "19").replace("2B", "18"))
    key = f"{97 - num % 97:02d}"
    return [sex, yy, mm, dept, com, order, key]


def nir_w(g, style=None):
    style = style or ch(["sp", "sp", "sp", "compact", "compact_key", "dots"])
    if style == "sp":
        return " ".join(g)
    if style == "compact":
        return "".join(g)
    if style == "compact_key":
        return "".join(g[:-1]) + " " + g[-1]
    if style == "dots":
        return ".".join(g[:-1]) + " " + g[-1]
    if style == "slash":
        return " ".join(g[:-1]) + " / " + g[-1]
    return " ".join(g)


def nir_s(g, key_word=None):
    key_word = chance(0.5) if key_word is None else key_word
    parts = [DW[int(g[0])], pair_w(g[1]), pair_w(g[2])]
    d = g[3]
    parts.append("deux " + d[1].lower() if d in ("2A", "2B") else (nwa(int(d)) if len(d) == 3 else pair_w(d)))
    parts.append(group_w(g[4]))
    parts.append(group_w(g[5]))
    parts.append(("clé " if key_word else "") + pair_w(g[6]))
    return " ".join(parts)


# --------------------------------------------------------------------------
# Payment cards (Luhn-valid)
# --------------------------------------------------------------------------
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex"])
    if kind == "visa":
        pre, ln = "4" + ch(["970", "973", "974", "975", "978", "513", "136", "539"]), 16
    elif kind == "mc":
        pre, ln = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    else:
        pre, ln = ch(["34", "37"]), 15
    body = pre + digits(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i:i + 4] for i in range(0, 16, 4)]


def card_w(n, style=None):
    style = style or ch(["sp", "sp", "sp", "none", "dash"])
    g = card_groups(n)
    return {"sp": " ".join(g), "none": n, "dash": "-".join(g), "dot": ".".join(g)}[style]


def card_s(n):
    style = ch(["groups", "groups", "digits"])
    if style == "digits":
        return digits_w(n)
    return " ".join(group_w(x) for x in card_groups(n))


def card_mixed(n):
    g = card_groups(n)
    idx = R.randrange(len(g))
    return " ".join(group_w(x) if i == idx or (i != 0 and chance(0.3)) else x for i, x in enumerate(g))


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"


# --------------------------------------------------------------------------
# IBAN (valid mod-97, valid national checks where they exist)
# --------------------------------------------------------------------------
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc, bban):
    return f"{98 - _iban_num(bban + cc + '00') % 97:02d}"


def iban_fr():
    bank = ch(["30004", "30003", "30002", "10278", "11306", "20041", "17515", "16606", "18206", "10107", "30066", "13507"])
    branch = digits(5)
    acct = digits(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    bban = bank + branch + acct + f"{key:02d}"
    return "FR" + iban_check("FR", bban) + bban


def iban_ma():
    bank = ch(["007", "011", "230", "022", "013", "021", "145", "190", "350"])
    city = ch(["780", "810", "640", "450", "010", "360", "001"])
    acct = digits(16)
    k = 97 - int(bank + city + acct + "00") % 97
    bban = bank + city + acct + f"{k:02d}"
    return "MA" + iban_check("MA", bban) + bban


def iban_be():
    n = digits(10)
    k = int(n) % 97 or 97
    bban = n + f"{k:02d}"
    return "BE" + iban_check("BE", bban) + bban


def _es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es():
    ent, ofi, acc = ch(["2100", "0049", "0182", "2038", "0075"]), digits(4), digits(10)
    dc = f"{_es_dc('00' + ent + ofi)}{_es_dc(acc)}"
    bban = ent + ofi + dc + acc
    return "ES" + iban_check("ES", bban) + bban


def iban_pt():
    b = ch(["0035", "0033", "0010", "0018", "0036"]) + digits(4) + digits(11)
    k = 98 - int(b + "00") % 97
    bban = b + f"{k:02d}"
    return "PT" + iban_check("PT", bban) + bban


def iban_de():
    bban = ch(["37040044", "50010517", "10020890", "20041133"]) + digits(10)
    return "DE" + iban_check("DE", bban) + bban


def make_iban(country="fr"):
    if country == "ma":
        return iban_ma() if chance(0.9) else iban_fr()
    return ch([iban_fr] * 7 + [iban_be, iban_es, iban_pt, iban_de, iban_ma])()


def iban_w(ib, style=None):
    style = style or ch(["sp", "sp", "sp", "none", "lower"])
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if style == "sp":
        return " ".join(g)
    if style == "none":
        return ib
    if style == "lower":
        return ib.lower()
    if style == "dash":
        return "-".join(g)
    return " ".join(g)


def iban_s(ib):
    out = [" ".join(ib[:2].lower()), pair_w(ib[2:4])]
    rest = ib[4:]
    g = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    mode = ch(["groups", "groups", "digits"])
    for x in g:
        if not x.isdigit():
            out.append(" ".join(DW[int(c)] if c.isdigit() else c.lower() for c in x))
        elif mode == "digits":
            out.append(digits_w(x))
        else:
            out.append(group_w(x))
    return " ".join(out)


BICS_FR = _split("BNPAFRPPXXX|SOGEFRPP|CRLYFRPP|AGRIFRPP882|PSSTFRPPPAR|CMCIFR2A|CEPAFRPP751|BOUSFRPPXXX")
BICS_MA = _split("BCMAMAMC|BMCEMAMC|CIHMMAMC|BCPOMAMC|SGMBMAMC")
BICS_OTHER = {"BE": ["GEBABEBB", "BBRUBEBB"], "ES": ["CAIXESBBXXX", "BBVAESMM"], "PT": ["CGDIPTPL", "BCOMPTPL"], "DE": ["COBADEFFXXX", "DEUTDEFF"]}


def bic_for(ib):
    if ib.startswith("MA"):
        return ch(BICS_MA)
    if ib.startswith("FR"):
        return ch(BICS_FR)
    return ch(BICS_OTHER[ib[:2]])

# --------------------------------------------------------------------------
# Dates of birth
# --------------------------------------------------------------------------


def dob_w(d, style=None):
    style = style or ch(["slash", "slash", "slash", "slash_yy", "dot", "dash", "iso", "long", "long", "long_yy", "slash_nz"])
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "slash_yy":
        return d.strftime("%d/%m/%y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "slash_nz":
        return f"{d.day}/{d.month}/{d.year}"
    day = "1er" if d.day == 1 else str(d.day)
    if style == "long":
        return f"{day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long_yy":
        return f"{day} {MONTHS[d.month - 1]} {d.year % 100:02d}"
    return d.strftime("%d/%m/%Y")


def year_s(y, short=None):
    short = chance(0.3) if short is None else short
    if short and y < 2000:
        return nwa(y % 100) if y % 100 >= 10 else "zéro " + DW[y % 10]
    return nwa(y)


def dob_s(d, style=None):
    style = style or ch(["long", "long", "long", "short", "num", "num2"])
    day = "premier" if d.day == 1 else nwa(d.day)
    if style == "long":
        return f"{day} {MONTHS[d.month - 1]} {year_s(d.year, False)}"
    if style == "short":
        return f"{day} {MONTHS[d.month - 1]} {year_s(d.year, True)}"
    if style == "num":
        return f"{pair_w(f'{d.day:02d}') if chance(0.5) else nwa(d.day)} {pair_w(f'{d.month:02d}')} {year_s(d.year)}"
    return f"{nwa(d.day)} {nwa(d.month)} {year_s(d.year)}"


def dob_mixed(d):
    if chance(0.5):
        return f"{d.day} {MONTHS[d.month - 1]} {year_s(d.year, False)}"
    return f"{'premier' if d.day == 1 else nwa(d.day)} {MONTHS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------
# Moroccan CIN
# --------------------------------------------------------------------------
CIN_PRE = _split("A|AB|AE|B|BE|BH|BJ|BK|BL|BB|C|CD|D|DA|E|EE|F|FA|G|GK|H|HH|I|IA|J|JA|JB|JC|K|L|LA|M|N|P|Q|R|S|T|U|W|WA|X|Y|Z")


def make_cin():
    pre = ch(CIN_PRE)
    return pre, digits(6 if chance(0.8) else 5).lstrip("0").rjust(5, "1")


def cin_w(c, style=None):
    pre, num = c
    style = style or ch(["compact", "compact", "space", "lower", "dash"])
    return {"compact": pre + num, "space": pre + " " + num, "lower": (pre + num).lower(), "dash": pre + "-" + num}[style]


def cin_s(c):
    pre, num = c
    letters = " ".join(pre.lower())
    style = ch(["digits", "digits", "triples", "pairs"])
    if style == "digits" or len(num) != 6:
        body = digits_w(num)
    elif style == "triples":
        body = triple_w(num[:3]) + " " + triple_w(num[3:])
    else:
        body = " ".join(pair_w(x) for x in pairs(num))
    return letters + " " + body


def cin_mixed(c):
    pre, num = c
    if chance(0.5):
        return pre.lower() + " " + digits_w(num)
    return " ".join(pre.lower()) + " " + num[:3] + " " + triple_w(num[3:]) if len(num) == 6 else pre.lower() + " " + digits_w(num)


# --------------------------------------------------------------------------
# Customer / contract / policy numbers
# --------------------------------------------------------------------------
def make_cid(ctx):
    """returns (label_written, label_spoken, value_written, digits_for_speech, spoken_prefix, spoken_suffix)"""
    sec, cty = ctx.sector, ctx.country
    if cty == "ma":
        kind = ch({"energy": ["ma_contrat", "ma_police"], "telecom": ["ma_client", "ma_contrat"],
                   "insurance": ["ma_police"], "bank": ["ma_client"]}[sec])
    else:
        kind = ch({"energy": ["ref10", "ref10", "pdc"], "telecom": ["client9", "client9", "fixe_id"],
                   "insurance": ["societaire", "police", "police"], "bank": ["ident8", "ident8", "client11"]}[sec])
    if kind == "ref10":
        d = ch("1456") + digits(9)
        w = ch([d, f"{d[0]} {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])
        return ch(["n° client", "référence client", "réf. client", "numéro client"]), ch(["numéro client", "référence client"]), w, d, "", ""
    if kind == "pdc":
        d = digits(9)
        return ch(["n° de contrat", "contrat n°"]), "numéro de contrat", "CT" + d, d, "c t", ""
    if kind == "client9":
        d = ch("123") + digits(8)
        return ch(["n° client", "numéro de compte client", "n° compte"]), ch(["numéro client", "numéro de compte"]), d, d, "", ""
    if kind == "fixe_id":
        d = digits(8)
        return ch(["identifiant", "identifiant client"]), "identifiant", "FB" + d, d, "f b", ""
    if kind == "societaire":
        d = digits(7)
        L = ch("ABCDEFGHJKLMNPRS")
        return ch(["n° sociétaire", "numéro de sociétaire", "sociétaire n°"]), "numéro de sociétaire", ch([d + " " + L, d + L]), d, "", L.lower()
    if kind == "police":
        d = digits(8)
        pre = ch(["AUT", "HAB", "MRH", "SAN", "PJ"])
        w = ch([f"{pre}{d}", f"{pre}-{d}", f"{pre} {d[:4]} {d[4:]}"])
        return ch(["contrat n°", "n° de contrat", "police n°", "n° de police"]), ch(["numéro de contrat", "numéro de police"]), w, d, " ".join(pre.lower()), ""
    if kind == "ident8":
        d = digits(8)
        return ch(["identifiant", "identifiant client", "n° de compte client"]), "identifiant", d, d, "", ""
    if kind == "client11":
        d = digits(11)
        return ch(["n° client", "numéro client"]), "numéro client", d, d, "", ""
    if kind == "ma_contrat":
        d = digits(8)
        return ch(["N° contrat", "n° de contrat", "N° police"]), "numéro de contrat", ch([d, d[:2] + " " + d[2:]]), d, "", ""
    if kind == "ma_police":
        d = digits(9)
        return ch(["N° police", "n° de police", "n° contrat"]), ch(["numéro de police", "numéro de contrat"]), d, d, "", ""
    d = ch("123") + digits(7)
    return ch(["code client", "n° client", "N° abonné"]), ch(["code client", "numéro client"]), d, d, "", ""


def cid_s(cid):
    d, pre, suf = cid[3], cid[4], cid[5]
    body = digits_w(d) if chance(0.45) else group_w(d)
    return ((pre + " ") if pre else "") + body + ((" " + suf) if suf else "")


def cid_mixed(cid):
    d, pre, suf = cid[3], cid[4], cid[5]
    cut = R.randint(2, len(d) - 2)
    return ((pre + " ") if pre else "") + d[:cut] + " " + group_w(d[cut:]) + ((" " + suf) if suf else "")


# --------------------------------------------------------------------------
# Secrets
# --------------------------------------------------------------------------
PASSWORDS = _split("Soleil2024!|Chaton#77|azerty123|Marseille13*|Lola2015|P@ssw0rd84|Rabat!2023|Mimi-1987|BlueSky_56|"
                   "doudou06|Lilou2019$|Casa2024*|Tahar1962|Jules_2010|Kenza&Adam|motdepasse1|Bzh29!!|Nounours94|"
                   "Papillon78|Fenerbahce1907|Atlas@2022|Bordeaux33!|Minette12|Zidane1998|Ines2008#|Tortue*44")
ANSWERS = _split("Filou|Mistigri|Caramel|Noisette|Rex|Titi|Pompon|Choupette|Tiznit|Essaouira|Oujda|Quimper|Bastia|"
                 "la Twingo rouge|Peugeot 205|Hamster Biscotte|Bouboule|Pacha")
SYM = {"!": "point d'exclamation", "#": "dièse", "*": "étoile", "@": "arobase", "_": "tiret du bas", "-": "tiret",
       "$": "dollar", "&": "et commercial", ".": "point"}


def pwd_s(p):
    out = []
    for tok in re.findall(r"[A-Za-z]+|[0-9]+|.", p):
        if tok.isalpha():
            if tok[0].isupper() and chance(0.5):
                out.append(tok[0].lower() + " majuscule " + (" ".join(tok[1:].lower()) if chance(0.3) else tok[1:].lower()))
            else:
                out.append(tok.lower())
        elif tok.isdigit():
            out.append(say_num_token(tok))
        else:
            out.append(SYM.get(tok, tok))
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def door_code():
    return ch([digits(4), ch("ABC") + digits(4), digits(2) + ch("AB") + digits(2), digits(4) + ch("AB"), digits(3) + "#"])


def code_s(c):
    out = []
    for x in c:
        if x.isdigit():
            out.append(DW[int(x)])
        elif x == "#":
            out.append("dièse")
        else:
            out.append(x.lower())
    return " ".join(out)


# --------------------------------------------------------------------------
# IP addresses
# --------------------------------------------------------------------------
def make_ip(country="fr", v6=None):
    v6 = chance(0.15) if v6 is None else v6
    if v6:
        pre = ch(["2a01:cb1c", "2a01:e0a", "2a02:8428", "2001:861", "2a01:cb08"])
        return pre + ":" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(6))
    first = ch([82, 86, 90, 92, 109, 176, 78, 88, 37, 93]) if country == "fr" else ch([105, 41, 196, 160, 102])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def ip_s(ip):
    return " point ".join(nwa(int(x)) for x in ip.split("."))


# --------------------------------------------------------------------------
# Companies, amounts, ordinary dates (non-PII material)
# --------------------------------------------------------------------------
COMPANIES = {
    ("fr", "energy"): ["EDF", "Engie", "TotalEnergies", "ekWateur", "Mint Énergie"],
    ("fr", "telecom"): ["Orange", "SFR", "Bouygues Telecom", "Free", "Sosh", "RED by SFR"],
    ("fr", "insurance"): ["MAIF", "MACIF", "AXA", "Groupama", "Matmut", "MAAF"],
    ("fr", "bank"): ["Crédit Agricole", "BNP Paribas", "Société Générale", "LCL", "Crédit Mutuel", "La Banque Postale", "Boursorama"],
    ("ma", "energy"): ["Lydec", "Redal", "Amendis", "ONEE"],
    ("ma", "telecom"): ["inwi", "Maroc Telecom", "Orange Maroc"],
    ("ma", "insurance"): ["Wafa Assurance", "RMA", "AtlantaSanad", "Saham Assurance"],
    ("ma", "bank"): ["Attijariwafa bank", "CIH Bank", "Banque Populaire", "Bank of Africa"],
}
DOMAINS = {"EDF": "edf.fr", "Engie": "engie.fr", "TotalEnergies": "totalenergies.fr", "ekWateur": "ekwateur.fr",
           "Mint Énergie": "mint-energie.com", "Orange": "orange.fr", "SFR": "sfr.fr", "Bouygues Telecom": "bouyguestelecom.fr",
           "Free": "free.fr", "Sosh": "sosh.fr", "RED by SFR": "red-by-sfr.fr", "MAIF": "maif.fr", "MACIF": "macif.fr",
           "AXA": "axa.fr", "Groupama": "groupama.fr", "Matmut": "matmut.fr", "MAAF": "maaf.fr",
           "Crédit Agricole": "credit-agricole.fr", "BNP Paribas": "bnpparibas.net", "Société Générale": "socgen.com",
           "LCL": "lcl.fr", "Crédit Mutuel": "creditmutuel.fr", "La Banque Postale": "labanquepostale.fr",
           "Boursorama": "boursorama.fr", "Lydec": "lydec.co.ma", "Redal": "redal.ma", "Amendis": "amendis.ma",
           "ONEE": "one.org.ma", "inwi": "inwi.ma", "Maroc Telecom": "iam.ma", "Orange Maroc": "orange.ma",
           "Wafa Assurance": "wafaassurance.ma", "RMA": "rmaassurance.com", "AtlantaSanad": "atlantasanad.ma",
           "Saham Assurance": "sahamassurance.ma", "Attijariwafa bank": "attijariwafa.com", "CIH Bank": "cihbank.ma",
           "Banque Populaire": "gbp.ma", "Bank of Africa": "bankofafrica.ma"}
HOTLINES = {"Orange": "3900", "SFR": "1023", "Free": "3244", "Bouygues Telecom": "1064", "Sosh": "3976"}
INSURERS_FR = ["MAIF", "MACIF", "AXA", "Groupama", "Matmut", "MAAF", "Allianz", "GMF", "Direct Assurance"]
INSURERS_MA = ["Wafa Assurance", "RMA", "AtlantaSanad", "AXA Assurance Maroc", "Saham Assurance"]


def company_s(c):
    return c.lower().replace("é", "é")


class Ctx:
    def __init__(self, country=None, sector=None):
        self.country = country or ("ma" if chance(0.22) else "fr")
        self.sector = sector or ch(["energy", "telecom", "insurance", "bank"])
        self.company = ch(COMPANIES[(self.country, self.sector)])
        self.agent = ch(AGENTS_MA if (self.country == "ma" and chance(0.7)) else AGENTS_FR)
        self.cur = "DH" if self.country == "ma" else "€"

    def person(self, g=None):
        if self.country == "ma":
            return Person("ma" if chance(0.9) else ch(["dz", "fr", "waf"]), g)
        return Person(None, g)

    def phone(self, fixed=None):
        c = self.country
        if c == "fr" and chance(0.07):
            c = "ma"
        d = phone_digits(c, fixed)
        return d, c


def amount(cur="€", lo=12, hi=900):
    e = R.randint(lo, hi)
    c = ch([0, 0, R.randint(1, 99)])
    if cur == "DH":
        w = f"{e}{ch([' DH', ' dh', 'dh', ' dirhams', ',00 DH'])}" if not c else f"{e},{c:02d} DH"
        s = nwa(e) + " dirhams" + (f" {nwa(c)}" if c else "")
        return w, s
    w = f"{e},{c:02d} €" if c or chance(0.4) else f"{e} €"
    if chance(0.25):
        w = w.replace(" €", "€")
    if chance(0.15):
        w = w.replace(" €", " euros").replace("€", " euros")
    s = nwa(e) + " euros" + (f" {nwa(c)}" if c else "")
    return w, s


def some_date(y=2024):
    return date(y, 1, 1) + timedelta(days=R.randint(0, 364))


def date_w(d, style=None):
    style = style or ch(["slash", "slash", "long", "short"])
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]}"


def date_s(d):
    return f"{'premier' if d.day == 1 else nwa(d.day)} {MONTHS[d.month - 1]}"


def hhmm():
    return f"{R.randint(8, 19):02d}:{R.randint(0, 59):02d}"


def times(n):
    """n increasing clock times a few minutes apart."""
    t = R.randint(8 * 60, 19 * 60)
    out = []
    for _ in range(n):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += R.randint(0, 4)
    return out


def kwh():
    return R.randint(1200, 68000)


def thou(n):
    s = f"{n:,}".replace(",", " ")
    return s

# ==========================================================================
# WRITTEN MATERIAL
# ==========================================================================
def P(p, style):
    return PER(nm(p, style))


def EM(p, country="fr", dom=None):
    l, d = email_of(p, country, dom)
    return S("EMAIL_ADDRESS", email_w(l, d))


def PH(ctx, style=None, fixed=None):
    d, c = ctx.phone(fixed)
    return S("PHONE_NUMBER", phone_w(d, c, style))


def CID(ctx):
    c = make_cid(ctx)
    return c[0], S("CUSTOMER_ID", c[2])


def ADDR(ctx, style=None):
    if ctx.country == "ma":
        return S("ADDRESS", ma_addr()[0])
    return S("ADDRESS", fr_addr_w(fr_addr(), style))


def typo(s):
    """light chat-style degradation of plain (non-PII) text."""
    reps = [("bonjour", "bjr"), ("s'il vous plaît", "svp"), ("c'est", "c"), ("j'ai", "jai"), ("aujourd'hui", "ajd"),
            ("pour", "pr"), ("quand", "qd"), ("beaucoup", "bcp"), ("rendez-vous", "rdv"), ("téléphone", "tel"),
            ("numéro", "num"), ("merci", "mrc"), ("d'habitude", "dhabitude"), ("était", "etait"), ("reçu", "recu"),
            ("problème", "pb"), ("être", "etre"), ("déjà", "deja")]
    for a, b in reps:
        if a in s and chance(0.55):
            s = s.replace(a, b)
    return s


def t_chat_login():
    c = Ctx()
    p = c.person()
    lab, cid = CID(c)
    tpl = ("[{t1}] Client : {hello} je n'arrive plus à me connecter à mon espace client depuis hier soir\n"
           "[{t1}] {ag} : Bonjour, je suis {ag2} du service client {co}. Pouvez-vous me donner vos nom, prénom et {lab} ?\n"
           "[{t2}] Client : {name} {sep} {lab2} {cid}\n"
           "[{t2}] Client : l'adresse mail du compte c'est {em}\n"
           "[{t3}] {ag3} : Merci {title} {last}, je vous envoie un lien de réinitialisation sur cette adresse.")
    t1, t2, t3 = times(3)
    emit("written", tpl, t1=t1, t2=t2, t3=t3, hello=ch(["Bonjour,", "bonjour", "Bjr", "Bonsoir,"]),
         ag=PER(c.agent), ag2=PER(c.agent), ag3=PER(c.agent), co=c.company, lab=lab, lab2=ch([lab, "n°", "numéro"]),
         name=PER(wname(p)), sep=ch([",", "-", "/"]), cid=cid, em=EM(p, c.country), title=title_w(p), last=P(p, "last"))


def t_chat_bill():
    c = Ctx(sector=ch(["energy", "telecom"]))
    p = c.person()
    a1, _ = amount(c.cur, 150, 900)
    a2, _ = amount(c.cur, 20, 140)
    lab, cid = CID(c)
    m = ch(MONTHS)
    body = typo(f"bonjour, j'ai reçu une facture de {a1} pour {m} alors que d'habitude c'est {a2}. c'est pas normal du tout")
    v = cyc("part3-1", 3)
    if v == 0:
        tpl = body + ". je suis {name}, {lab} {cid}. merci de me rappeler au {ph}{end}"
        end = ch([" svp", "", " avant 18h", " !!"])
        emit("written", tpl, name=PER(wname(p)), lab=lab, cid=cid, ph=PH(c), end=end, adv=(end == ""))
    elif v == 1:
        tpl = body + "\n{lab} : {cid}\ntitulaire : {name}\ntel {ph}"
        emit("written", tpl, lab=lab.capitalize(), cid=cid, name=PER(nm(p, ch(["crm", "full", "caps"]))), ph=PH(c))
    else:
        o = c.person()
        tpl = body + ". Le contrat est au nom de {title} {olast} ({rel}), moi je suis {first}. Vous pouvez écrire à {em}"
        emit("written", tpl, title=title_w(o), olast=P(o, "last"), rel=ch(["ma mère", "ma tante", "ma grand-mère"] if o.g == "f" else ["mon père", "mon oncle", "mon ex-mari"]),
             first=P(p, "first"), em=EM(p, c.country))


def t_chat_iban():
    c = Ctx(sector=ch(["energy", "telecom", "insurance"]))
    p = c.person()
    ib = make_iban(c.country)
    bic = bic_for(ib)
    spouse = c.person(g="m" if p.g == "f" else "f")
    tpl = ("Conseiller {ag} : Pour modifier vos coordonnées bancaires, merci de me transmettre le nouvel IBAN.\n"
           "Vous : {ib}\n"
           "Vous : titulaire : {name}{joint}\n"
           "Conseiller {ag2} : C'est noté. Le BIC est bien {bic} ?\n"
           "Vous : oui c'est ça. Le prélèvement pourra se faire le {d} ?\n"
           "Conseiller {ag3} : Oui, à partir de la prochaine échéance.")
    joint = ["", " et ", PER(nm(spouse, "first") + " " + spouse.last if chance(0.5) else nm(spouse, "full")), " (compte joint)"] if chance(0.4) else ""
    emit("written", tpl, ag=PER(c.agent), ag2=PER(c.agent), ag3=PER(c.agent), ib=S("IBAN_CODE", iban_w(ib)),
         name=PER(nm(p, ch(["full", "caps", "crm"]))), joint=joint, bic=bic, d=f"{R.randint(1, 28)} du mois")


def t_chat_move():
    c = Ctx(country="fr", sector=ch(["energy", "energy", "telecom", "insurance"]))
    p = c.person()
    a1, a2 = fr_addr(), fr_addr()
    d = some_date(2024)
    v = cyc("part3-2", 2)
    if v == 0:
        tpl = ("Bonjour, je déménage le {d} et je voudrais transférer mon contrat {co}.\n"
               "Ancienne adresse : {ad1}\nNouvelle adresse : {ad2}\n"
               "Le compteur Linky du nouveau logement affiche {idx} kWh.\n{name}")
        emit("written", tpl, d=date_w(d), co=c.company, ad1=S("ADDRESS", fr_addr_w(a1)), ad2=S("ADDRESS", fr_addr_w(a2)),
             idx=thou(kwh()), name=PER(wname(p)))
    else:
        tpl = typo("bonjour, on emménage avec ma compagne {part} au {ad2} le {d}. c'est possible d'avoir la fibre avant ? mon num c'est le {ph}")
        emit("written", tpl, part=P(c.person(g="f"), ch(["full", "first"])), ad2=S("ADDRESS", fr_addr_w(a2)), d=date_w(d, "short"), ph=PH(c))


def t_chat_claim():
    c = Ctx(sector="insurance")
    p = c.person()
    nb = c.person()
    lab, cid = CID(c)
    tpl = ("Bonsoir, dégât des eaux dans ma salle de bain, la fuite vient de chez {nt} {nl} au-dessus (appartement {apt}). "
           "Mon contrat habitation c'est le {cid}. Le syndic, c'est {syn} qui gère. Je suis joignable au {ph} après 18h.\n{name}")
    emit("written", tpl, nt=title_w(nb), nl=P(nb, ch(["last", "LAST"])), apt=R.randint(2, 40), cid=cid,
         syn=ch(["Foncia", "Nexity", "Citya", "un syndic bénévole"]), ph=PH(c), name=PER(wname(p, False)))


def t_chat_ma():
    c = Ctx(country="ma", sector=ch(["telecom", "energy"]))
    p = c.person()
    d = ma_mobile()
    amt = ch(["50", "100", "20", "200"])
    v = cyc("part3-3", 3)
    if v == 0:
        tpl = ("{hello} j'ai rechargé {amt} dh sur le {ph} et le solde n'a pas bougé. "
               "La ligne est au nom de {name}, CIN {cin}")
        emit("written", tpl, hello=ch(["Salam,", "salam alikoum", "Bonjour,", "slm"]), amt=amt, ph=S("PHONE_NUMBER", phone_w(d, "ma")),
             name=PER(wname(p)), cin=S("MA_CIN", cin_w(make_cin())))
    elif v == 1:
        tpl = ("Bonjour {ag}, coupure d'eau depuis ce matin au {ad}. Contrat {co} n° {cid}. "
               "Mon voisin {nb} a le même problème. Merci de rappeler sur {ph}")
        lab, cid = CID(c)
        emit("written", tpl, ag=PER(c.agent), ad=S("ADDRESS", ma_addr()[0]), co=c.company, cid=cid,
             nb=P(c.person(), ch(["full", "first"])), ph=S("PHONE_NUMBER", phone_w(d, "ma")))
    else:
        tpl = ("Bonjour, je souhaite résilier la ligne fixe de ma mère {title} {mother}, décédée le mois dernier. "
               "Je suis son fils {first}, CIN {cin}. Tél : {ph}")
        m = c.person(g="f")
        emit("written", tpl, title=title_w(m), mother=P(m, ch(["full", "last", "crm"])), first=P(p, ch(["first", "full"])),
             cin=S("MA_CIN", cin_w(make_cin())), ph=S("PHONE_NUMBER", phone_w(d, "ma")))


def t_chat_card():
    c = Ctx(sector="bank")
    p = c.person()
    card = make_card()
    tpl = ("Client : {intro}\nClient : le numéro c'est {card} exp {exp}\n"
           "{ag} : Merci de ne jamais transmettre le numéro complet de votre carte par chat. Je fais opposition immédiatement. "
           "Pouvez-vous me confirmer votre date de naissance ?\nClient : {dob}\nClient : {name}")
    emit("written", tpl, intro=ch(["j'ai perdu ma carte bleue hier au marché", "on m'a volé mon portefeuille dans le métro",
                                    "ma carte a été avalée par le distributeur à la gare", "je vois des paiements que j'ai pas faits"]),
         card=S("CREDIT_CARD", card_w(card)), exp=expiry(), ag=PER(c.agent), dob=S("DATE_OF_BIRTH", dob_w(p.dob)),
         name=PER(wname(p)))


def t_chat_misc():
    c = Ctx()
    p = c.person()
    v = cyc("part3-4", 4)
    if v == 0:
        kids = [p.fam(), p.fam()]
        lab, cid = CID(Ctx(c.country, "insurance"))
        tpl = "bonjour je voudrais une attestation d'assurance scolaire pour mes 2 enfants {k1} et {k2}. contrat {cid}. merci"
        emit("written", tpl, k1=P(kids[0], "first"), k2=PER(kids[1].first + " " + p.last), cid=cid)
    elif v == 1:
        l, d = email_of(p, c.country)
        tpl = "mon identifiant c'est {em} et le mot de passe {pw} je vous le donne pour que vous regardiez directement"
        emit("written", tpl, em=S("EMAIL_ADDRESS", email_w(l, d)), pw=S("SECRET", ch(PASSWORDS)))
    elif v == 2:
        tpl = ("Conseiller : pouvez-vous me donner l'adresse IP affichée dans l'onglet Internet de votre box ?\n"
               "Client : {ip}\nClient : la box est au nom de mon père {name}")
        emit("written", tpl, ip=S("IP_ADDRESS", make_ip(c.country)), name=P(c.person(g="m"), ch(["full", "caps"])))
    else:
        doc = c.person()
        g = make_nir(p)
        tpl = ("Bonjour, la consultation du Dr {doc} du {d} ne m'a toujours pas été remboursée ({amt}). "
               "Mon n° de sécu : {nir}. {name}")
        emit("written", tpl, doc=P(doc, "last"), d=date_w(some_date(), "short"), amt=amount("€", 25, 80)[0],
             nir=S("FR_NIR", nir_w(g)), name=PER(wname(p)))


# ---------------------------------------------------------------- SMS / WhatsApp
def t_sms_tech():
    c = Ctx(country="fr", sector=ch(["energy", "telecom"]))
    p = c.person()
    tech = c.person(g="m")
    tpl = typo("Bonjour c'est {name}, le technicien {tech} devait passer ce matin pour {what}, personne n'est venu. "
               "Rappelez-moi au {ph} s'il vous plaît")
    emit("written", tpl, name=PER(wname(p, False)), tech=P(tech, ch(["first", "full"])),
         what=ch(["le Linky", "la fibre", "le compteur gaz", "la box", "le raccordement"]), ph=PH(c))


def t_sms_code():
    c = Ctx(country=ch(["fr", "fr", "ma"]))
    a = fr_addr() if c.country == "fr" else None
    code = door_code()
    if c.country == "fr":
        tpl = typo("slt c'est pour le rdv de demain, le code du portail c'est {code} puis bat {b} {et}. adresse {ad}")
        emit("written", tpl, code=S("SECRET", code), b=ch("ABCD"), et=ch(["3eme etage", "rdc", "2e à gauche"]), ad=S("ADDRESS", fr_addr_w(a, with_city=chance(0.6))))
    else:
        tpl = "Salam, pour le technicien : {ad}, l'interphone marche pas, code de la porte {code}. Demandez {name} au gardien"
        emit("written", tpl, ad=S("ADDRESS", ma_addr()[0]), code=S("SECRET", code), name=P(c.person(), "first"))


def t_wa_log():
    c = Ctx(sector="insurance")
    p = c.person()
    o = c.person()
    d = some_date()
    ds = d.strftime("%d/%m/%Y")
    ins = ch(INSURERS_MA if c.country == "ma" else INSURERS_FR)
    dd, cc = c.phone(fixed=False)
    tpl = ("[{ds}, {t1}] {n1}: Bonjour, je vous envoie la photo du constat\n"
           "[{ds}, {t1}] {n2}: l'autre conducteur s'appelle {other}, il est assuré chez {ins}, son tel {ph}\n"
           "[{ds}, {t2}] {ag} - {co}: Bien reçu merci, un gestionnaire vous rappelle sous 48h\n"
           "[{ds}, {t3}] {n3}: 👍")
    disp = nm(p, ch(["full", "full", "first", "caps"]))
    t1, t2, t3 = times(3)
    emit("written", tpl, ds=ds, t1=t1, t2=t2, t3=t3, n1=PER(disp), n2=PER(disp), n3=PER(disp),
         other=P(o, ch(["full", "caps", "crm", "lower"])), ins=ins, ph=S("PHONE_NUMBER", phone_w(dd, cc)), ag=PER(c.agent), co=c.company)


def t_sms_update():
    c = Ctx()
    p = c.person()
    v = cyc("part3-5", 2)
    if v == 0:
        tpl = "{title} {last} ici, je vous confirme mon nouveau numéro {ph} et mon mail {em}. Bonne journée"
        emit("written", tpl, title=title_w(p), last=P(p, ch(["last", "LAST"])), ph=PH(c), em=EM(p, c.country))
    else:
        tpl = typo("Bonjour, nouveau numéro pour {first} : {ph} (l'ancien {old} n'est plus attribué). merci")
        emit("written", tpl, first=P(p, ch(["first", "full"])), ph=PH(c), old=PH(c))


def t_wa_darija():
    c = Ctx(country="ma", sector=ch(["energy", "telecom", "bank"]))
    p = c.person()
    lab, cid = CID(c)
    amt = R.randint(300, 1900)
    v = cyc("part3-6", 3)
    if v == 0:
        tpl = "slm, lfatoura dial {co} jat ghalya bzaf {amt}dh had chhar. contrat {cid}, smiti {name}"
        emit("written", tpl, co=c.company.lower(), amt=amt, cid=cid, name=PER(nm(p, ch(["full", "lower", "caps"]))))
    elif v == 1:
        tpl = "salam 3afak bghit nbeddel numero dyali, jdid howa {ph}. cin {cin}"
        emit("written", tpl, ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma")), cin=S("MA_CIN", cin_w(make_cin())))
    else:
        tpl = "Bonjour, c'est {name}. wakha, je passe à l'agence demain avec la CIN ({cin}). merci {ag}"
        emit("written", tpl, name=P(p, ch(["full", "first"])), cin=S("MA_CIN", cin_w(make_cin())), ag=PER(c.agent))


def t_sms_relative():
    c = Ctx()
    p = c.person()
    parent = p.fam()
    parent.g = ch("fm")
    parent.first = ch(NAMES[parent.origin][0 if parent.g == "f" else 1])
    bro = p.fam("m")
    tpl = ("Bonjour, c'est {first}, " + ("la fille" if p.g == "f" else "le fils") + " de {title} {plast}. {pron} est hospitalisé{e} depuis {day}, "
           "vous pouvez appeler mon frère {bro} au {ph} pour le dossier")
    emit("written", tpl, first=P(p, "first"), title=title_w(parent), plast=P(parent, ch(["last", "full"])),
         pron="Elle" if parent.g == "f" else "Il", e="e" if parent.g == "f" else "",
         day=ch(["lundi", "mardi", "hier", "une semaine"]), bro=P(bro, "first"), ph=PH(c))


def t_sms_otp():
    c = Ctx()
    p = c.person()
    tpl = ch(["le code que j'ai reçu par sms c'est {otp}, c'est bon pour {name} ?",
              "{otp} c'est le code reçu. {name}",
              "Code de validation {otp} reçu à l'instant sur mon portable. Cordialement, {name}"])
    emit("written", tpl, otp=S("SECRET", digits(6)), name=PER(wname(p)), adv=tpl.startswith("{otp}"))


# ---------------------------------------------------------------- web forms
def t_form_contact():
    c = Ctx()
    p = c.person()
    lab, cid = CID(c)
    msg = ch(["Je conteste la facture de régularisation reçue ce mois-ci.", "Demande d'échéancier de paiement.",
              "Je n'ai pas reçu mon remboursement.", "Merci de me rappeler concernant mon contrat.",
              "Changement de situation (mariage) à prendre en compte."])
    phone = PH(c)
    tpl = ("Formulaire de contact – {co}\nCivilité : {civ}\nNom : {last}\nPrénom : {first}\nDate de naissance : {dob}\n"
           "Adresse : {ad}\nTéléphone : {ph}\nE-mail : {em}\n{lab} : {cid}\nMessage : {msg}")
    emit("written", tpl, co=c.company, civ="Madame" if p.g == "f" else "Monsieur", last=P(p, ch(["LAST", "last"])),
         first=P(p, "first"), dob=S("DATE_OF_BIRTH", dob_w(p.dob, ch(["slash", "slash", "iso", "dash"]))),
         ad=ADDR(c), ph=phone, em=EM(p, c.country), lab=lab.capitalize(), cid=cid, msg=msg)


def t_form_resil():
    c = Ctx(country="fr")
    p = c.person()
    lab, cid = CID(c)
    ib = make_iban("fr")
    tpl = ("DEMANDE DE RÉSILIATION\nTitulaire du contrat : {name}\n{lab} : {cid}\nAdresse du logement : {ad}\n"
           "Date de résiliation souhaitée : {d}\nMotif : {mot}\nIBAN pour remboursement du trop-perçu : {ib}\n"
           "Téléphone : {ph}")
    emit("written", tpl, name=PER(nm(p, ch(["crm", "caps", "full"]))), lab=lab.capitalize(), cid=cid,
         ad=ADDR(c), d=date_w(some_date(), "slash"), mot=ch(["déménagement", "changement de fournisseur", "décès du titulaire", "offre trop chère"]),
         ib=S("IBAN_CODE", iban_w(ib)), ph=PH(c))


def t_form_sinistre():
    c = Ctx(sector="insurance")
    p = c.person()
    o = c.person()
    lab, cid = CID(c)
    tpl = ("Déclaration de sinistre en ligne\nAssuré : {name}\n{lab} : {cid}\nDate du sinistre : {d}\n"
           "Nature : {nat}\nTiers impliqué : {tiers}\nCoordonnées du tiers : {tph} / {tem}\n"
           "Description : {desc}")
    emit("written", tpl, name=PER(wname(p)), lab=lab.capitalize(), cid=cid, d=date_w(some_date(), "slash"),
         nat=ch(["accident de la circulation", "dégât des eaux", "bris de glace", "vol"]),
         tiers=P(o, ch(["full", "crm", "caps"])), tph=PH(c), tem=EM(o, c.country),
         desc=ch(["choc arrière au feu rouge, pare-choc arraché", "fuite provenant de l'appartement du tiers",
                  "rayure sur toute la portière, le tiers reconnaît sa responsabilité"]))


def t_form_ma():
    c = Ctx(country="ma")
    p = c.person()
    w, s, city = ma_addr()
    tpl = ("Demande d'abonnement – {co}\nNom et prénom : {name}\nN° CIN : {cin}\nDate de naissance : {dob}\n"
           "Adresse : {ad}\nGSM : {ph}\nFixe : {fx}\nEmail : {em}\nAgence : {city}")
    emit("written", tpl, co=c.company, name=PER(nm(p, ch(["crm", "caps", "full"]))), cin=S("MA_CIN", cin_w(make_cin(), ch(["compact", "space"]))),
         dob=S("DATE_OF_BIRTH", dob_w(p.dob, ch(["slash", "dash", "slash"]))), ad=S("ADDRESS", w),
         ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma")), fx=S("PHONE_NUMBER", phone_w(ma_fixed(), "ma", "sp")) if chance(0.5) else "—",
         em=EM(p, "ma"), city=city)


def t_form_reset():
    c = Ctx()
    p = c.person()
    l, d = email_of(p, c.country)
    tpl = ("Journal – demande de réinitialisation du mot de passe\nDate : {d} {t}\nCompte : {em}\n"
           "Adresse IP : {ip}\nNavigateur : {nav}\nNom déclaré : {name}\nRésultat : lien envoyé")
    emit("written", tpl, d=date_w(some_date(), "slash"), t=hhmm(), em=S("EMAIL_ADDRESS", email_w(l, d)),
         ip=S("IP_ADDRESS", make_ip(c.country)), nav=ch(["Chrome 124 / Android", "Safari / iOS 17", "Firefox 125 / Windows"]),
         name=PER(nm(p, ch(["full", "crm"]))))


# ---------------------------------------------------------------- e-mails
def signature(p, c, with_addr=True, with_phone=True):
    parts = [PER(wname(p, False))]
    if with_addr:
        parts += ["\n", ADDR(c, ch(["std", "comma"]))]
    if with_phone:
        parts += ["\n", ch(["Tél. : ", "Tel ", "Portable : ", ""]), PH(c, None, False)]
    return parts


def t_mail_complaint():
    c = Ctx()
    p = c.person()
    lab, cid = CID(c)
    l, d = email_of(p, c.country)
    co_dom = DOMAINS[c.company]
    tpl = ("De : {from_name} <{em}>\nÀ : service.clients@{cod}\nObjet : Réclamation – {lab} {cid}\n"
           "Date : {d} {t}\n\nBonjour,\n\nJe vous écris pour la {n}e fois au sujet {sujet}. "
           "Votre conseiller {ag} m'avait promis un rappel sous 48 h, je n'ai jamais été rappelé{e}.\n\n"
           "Je vous demande de régulariser la situation rapidement.\n\nCordialement,\n{sig}")
    emit("written", tpl, from_name=PER(nm(p, ch(["full", "caps", "crm"]))), em=S("EMAIL_ADDRESS", email_w(l, d)), cod=co_dom,
         lab=lab, cid=cid, d=date_w(some_date(), "slash"), t=hhmm(), n=ch(["2", "3", "4"]),
         sujet=ch(["de la facture de régularisation de " + amount(c.cur, 300, 1200)[0], "de la coupure de ma ligne", "de mon remboursement de sinistre", "des frais bancaires injustifiés"]),
         ag=PER(ch(AGENTS_FR + AGENTS_MA)), e=p.e, sig=signature(p, c, chance(0.7), True))


def t_mail_refund():
    c = Ctx(sector=ch(["energy", "insurance", "telecom"]))
    p = c.person()
    lab, cid = CID(c)
    ib = make_iban(c.country)
    tpl = ("Objet : RIB pour remboursement – {lab} {cid}\n\nMadame, Monsieur,\n\nSuite à mon appel avec {ag}, voici mes coordonnées "
           "bancaires pour le remboursement de {amt} :\nIBAN : {ib}\nBIC : {bic}\nTitulaire : {tit}\n\n"
           "Bien à vous,\n{name}\n\nEnvoyé de mon iPhone")
    emit("written", tpl, lab=lab, cid=cid, ag=PER(c.agent),
         amt=amount(c.cur, 30, 400)[0], ib=S("IBAN_CODE", iban_w(ib, ch(["sp", "sp", "none"]))),
         bic=bic_for(ib), tit=PER(nm(p, ch(["caps", "crm"]))), name=PER(nm(p, "full")))


def t_mail_behalf():
    c = Ctx(country="fr")
    p = c.person()
    m = p.fam()
    m.g = "f"
    m.first = ch(NAMES[m.origin][0])
    m.dob = rand_dob(1932, 1950)
    lab, cid = CID(c)
    tpl = ("Bonjour,\n\nJe me permets de vous écrire au nom de ma mère, {title} {mname}, née le {dob}, "
           "{lab} {cid}. Elle vit désormais chez moi au {ad} et ne peut plus se déplacer.\n"
           "Pourriez-vous envoyer les courriers à cette adresse et me contacter au {ph} ?\n"
           "Je joins la procuration signée et la copie de sa pièce d'identité.\n\n{sal}\n{name}\n{em}")
    emit("written", tpl, title=ch(["Mme", "Madame"]), mname=P(m, ch(["full", "full", "crm"])), dob=S("DATE_OF_BIRTH", dob_w(m.dob)),
         lab=lab, cid=cid, ad=S("ADDRESS", fr_addr_w(fr_addr())), ph=PH(c), sal=ch(["Merci d'avance,", "Cordialement,", "Bien cordialement,"]),
         name=PER(nm(p, "full")), em=EM(p, "fr"))


def t_mail_thread():
    c = Ctx(country="fr")
    p = c.person()
    lab, cid = CID(c)
    tpl = ("Bonjour {ag},\n\nMerci pour votre retour. Je confirme que le compteur a bien été relevé ({idx} kWh) "
           "et que mon adresse e-mail est désormais {em}.\n\n{name}\n\n"
           "-----Message d'origine-----\nDe : {ag2} – Service Clients {co}\nEnvoyé : {d}\nÀ : {name2}\n"
           "Objet : Votre demande {lab} {cid}\n\nBonjour {title} {last},\nPourriez-vous nous confirmer votre relevé ?\n"
           "{ag3}\nService Clients {co} – TSA 20012 – 41975 Blois Cedex 9")
    emit("written", tpl, ag=PER(c.agent), idx=thou(kwh()), em=EM(p, "fr"), name=PER(nm(p, "full")), ag2=PER(c.agent), co=c.company,
         d=date_w(some_date(), "long") + " " + hhmm(), name2=PER(nm(p, ch(["full", "lower"]))), lab=lab, cid=cid,
         title=title_w(p), last=P(p, "last"), ag3=PER(c.agent))


def t_mail_ma():
    c = Ctx(country="ma", sector=ch(["insurance", "bank", "energy"]))
    p = c.person()
    lab, cid = CID(c)
    w, s, city = ma_addr()
    tpl = ("Objet : {obj}\n\nBonjour,\n\nJe soussigné{e} {name}, titulaire de la CIN n° {cin}, {lab} {cid}, "
           "demeurant {ad}, vous prie de bien vouloir {req}.\n\nMerci de me joindre au {ph} ou par mail ({em}).\n\n"
           "Salutations distinguées.\n{name2}")
    emit("written", tpl, obj=ch(["Demande d'attestation", "Réclamation", "Mise à jour de mes coordonnées"]), e=p.e,
         name=PER(nm(p, ch(["caps", "full"]))), cin=S("MA_CIN", cin_w(make_cin(), ch(["compact", "space"]))), lab=lab, cid=cid,
         ad=S("ADDRESS", w), req=ch(["m'envoyer une attestation de paiement", "réexaminer le montant de la facture du mois " + ch(["de mars", "d'avril", "de juin", "d'août", "d'octobre", "de janvier"]),
                                   "mettre à jour mon adresse de facturation"]),
         ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma")), em=EM(p, "ma"), name2=PER(nm(p, "full")))


# ---------------------------------------------------------------- CRM notes
def t_crm_call():
    c = Ctx(country="fr")
    p = c.person()
    lab, cid = CID(c)
    tpl = ("Appel entrant {t} – {title} {name} ({lab} {cid}) appelle suite {why}. Vérif identité OK "
           "(DDN {dob}, adr. {ad}). Rappel prévu au {ph} avant 18h. – {ag}")
    emit("written", tpl, t=hhmm(), title=title_w(p), name=PER(nm(p, ch(["crm", "LAST", "crm"]))), lab=lab, cid=cid,
         why=ch(["coupure", "facture de régul", "prélèvement rejeté", "résiliation", "sinistre auto"]),
         dob=S("DATE_OF_BIRTH", dob_w(p.dob, ch(["slash", "slash_yy", "dot"]))), ad=S("ADDRESS", fr_addr_w(fr_addr(), ch(["std", "abbr", "caps"]))),
         ph=PH(c), ag=PER(ch([c.agent, c.agent[0] + "." + " " + ch(NAMES["fr"][2])])))


def t_crm_accident():
    c = Ctx(sector="insurance")
    p = c.person()
    o = c.person()
    lab, cid = CID(c)
    ins = ch(INSURERS_MA if c.country == "ma" else INSURERS_FR)
    tpl = ("Sinistre auto – assuré {a} ({cid}), tiers {b} assuré chez {ins}. Constat amiable reçu le {d}. "
           "Tél tiers : {ph}. Expert : cabinet {exp}, M. {el}.{tail}")
    emit("written", tpl, a=PER(nm(p, ch(["crm", "full"]))), cid=cid, b=PER(nm(o, ch(["crm", "full", "LAST"]))), ins=ins,
         d=date_w(some_date(), "slash"), ph=PH(c), exp=ch(["BCA Expertise", "Alliance Experts", "Créativ Expertise", "Expertises du Centre"]),
         el=P(c.person(g="m"), "last"), tail=ch([" Franchise 300 €.", " Responsabilité 50/50.", " Tiers 100 % responsable.", ""]))


def t_crm_short():
    c = Ctx()
    p = c.person()
    v = cyc("part3-7", 6)
    if v == 5:
        tpl = "Paiement CB par tél. pour facture {amt} : carte {card} exp. {exp}, titulaire {name}. Paiement accepté."
        emit("written", tpl, amt=amount(c.cur, 40, 400)[0], card=S("CREDIT_CARD", card_w(make_card())), exp=expiry(), name=PER(nm(p, ch(["crm", "full"]))))
    elif v == 0:
        tpl = "cl injoignable ce jour, msg laissé sur rép. {ph}. relance J+2 {ag}"
        emit("written", tpl, ph=PH(c), ag=PER(ch([c.agent, c.agent.upper()])), adv=True)
    elif v == 1:
        tpl = "{name} demande échéancier sur facture {amt}. Accord 3 mensualités. Nouveau mail : {em}"
        emit("written", tpl, name=PER(nm(p, ch(["crm", "LAST"]))), amt=amount(c.cur, 200, 900)[0], em=EM(p, c.country), adv=True)
    elif v == 2:
        tpl = "RAS – {title} {name} rappelle pr savoir si virement reçu. Oui le {d}. Appel {m} min."
        emit("written", tpl, title=title_w(p), name=P(p, ch(["LAST", "last"])), d=date_w(some_date(), "slash"), m=R.randint(2, 15))
    elif v == 3:
        tpl = "Client mécontent (3e appel). Souhaite parler à un responsable. Transmis à {sup} N2. Contact : {em} / {ph}"
        emit("written", tpl, sup=PER(ch(AGENTS_FR)), em=EM(p, c.country), ph=PH(c))
    else:
        tpl = "Mdp oublié : {name}, q. secrète OK ({ans}), nouveau mdp provisoire communiqué oralement."
        emit("written", tpl, name=PER(nm(p, "crm")), ans=S("SECRET", ch(ANSWERS)))


def t_crm_ma():
    c = Ctx(country="ma")
    p = c.person()
    lab, cid = CID(c)
    tpl = ("Client {name}, CIN {cin}, {co} {lab} {cid}, réclame {why}. Adresse : {ad}. GSM : {ph}. "
           "Ticket transmis à l'agence {city}. – {ag}")
    w, s, city = ma_addr()
    emit("written", tpl, name=PER(nm(p, ch(["crm", "caps", "full"]))), cin=S("MA_CIN", cin_w(make_cin())), co=c.company, lab=lab,
         cid=cid, why=ch({"energy": ["une coupure d'eau depuis 2 jours", "une surfacturation", "un compteur bloqué"], "telecom": ["la non-activation de sa ligne", "un débit très faible", "une recharge non créditée"],
                  "insurance": ["le retard de remboursement", "un refus de prise en charge"], "bank": ["un virement non reçu", "des frais de tenue de compte", "une carte bloquée"]}[c.sector]),
         ad=S("ADDRESS", w), ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma")), city=city, ag=PER(c.agent))


def t_crm_mutuelle():
    c = Ctx(country="fr", sector="insurance")
    p = c.person()
    if p.dob.year > 1990:
        p.dob = rand_dob(1960, 1990)
    kid = p.child()
    g = make_nir(p)
    tpl = ("Adhésion complémentaire santé : {name}, NIR {nir}, né{e} le {dob}. Ayant droit : {kid} (né{ke} le {kdob}). "
           "Médecin traitant : Dr {doc}. Télétransmission activée.")
    emit("written", tpl, name=PER(nm(p, ch(["crm", "full"]))), nir=S("FR_NIR", nir_w(g)), e=p.e,
         dob=S("DATE_OF_BIRTH", dob_w(p.dob, ch(["slash", "slash", "long"]))), kid=P(kid, ch(["full", "first"])), ke=kid.e,
         kdob=S("DATE_OF_BIRTH", dob_w(kid.dob, "slash")), doc=P(c.person(), ch(["last", "full"])))


def t_crm_titulaire():
    c = Ctx()
    p1 = c.person()
    p2 = c.person()
    lab, cid = CID(c)
    tpl = ("Changement de titulaire – {lab} {cid}\nAncien titulaire : {a} (départ du logement)\nNouveau titulaire : {b}, "
           "tél {ph}, mail {em}\nPièces reçues : bail + {piece}. Dossier suivi par {ag}.")
    emit("written", tpl, lab=lab, cid=cid, a=PER(nm(p1, ch(["crm", "full"]))), b=PER(nm(p2, ch(["crm", "full"]))), ph=PH(c), em=EM(p2, c.country),
         piece=ch(["pièce d'identité", "RIB", "attestation d'assurance"]), ag=PER(c.agent))


# ---------------------------------------------------------------- pasted account screens
def t_screen_dotted():
    c = Ctx(country="fr")
    p = c.person()
    lab, cid = CID(c)
    last4 = digits(3)
    tpl = ("FICHE CLIENT\nNom complet ........ {name}\n{lab} .......... {cid}\nDate naiss. ........ {dob}\n"
           "Tél. mobile ........ {ph}\nTél. fixe .......... {fx}\nE-mail ............. {em}\nAdresse ............ {ad}\n"
           "Paiement ........... Prélèvement – IBAN FR76 **** **** **** **** ***{l4}\nOffre .............. {offer}")
    emit("written", tpl, name=PER(nm(p, "crm")), lab="N° client " if "client" in lab else "N° contrat", cid=cid, dob=S("DATE_OF_BIRTH", dob_w(p.dob, "slash")),
         ph=PH(c, ch(["sp", "none"]), False), fx=PH(c, "sp", True) if chance(0.4) else "-", em=EM(p, "fr"),
         ad=S("ADDRESS", fr_addr_w(fr_addr(), ch(["caps", "std"]))), l4=last4,
         offer=ch(["Tarif Bleu 6 kVA", "Livebox Fibre", "Formule Confort Auto", "Compte Sérénité"]))


def t_screen_table():
    c = Ctx(country="fr")
    tpl = "Nom\tPrénom\tDDN\tTél\tVille\n"
    slots = {}
    for i in range(R.randint(2, 3)):
        p = c.person()
        a = fr_addr()
        tpl += "{l%d}\t{f%d}\t{d%d}\t{p%d}\t%s\n" % (i, i, i, i, a["city"])
        slots[f"l{i}"] = P(p, "LAST")
        slots[f"f{i}"] = P(p, "first")
        slots[f"d{i}"] = S("DATE_OF_BIRTH", dob_w(p.dob, "slash"))
        slots[f"p{i}"] = PH(c, "none")
    tpl = tpl.rstrip("\n")
    emit("written", tpl, **slots)


def t_screen_ma():
    c = Ctx(country="ma")
    p = c.person()
    lab, cid = CID(c)
    w, s, city = ma_addr()
    tpl = ("Abonné : {name} | {lab} : {cid} | CIN : {cin} | Tél : {ph} | Adresse : {ad} | "
           "Solde : {amt} | Statut : {st}")
    emit("written", tpl, name=PER(nm(p, ch(["crm", "caps"]))), lab=lab, cid=cid, cin=S("MA_CIN", cin_w(make_cin(), "compact")),
         ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma", ch(["none", "sp", "intl_nosp"]))), ad=S("ADDRESS", w),
         amt=amount("DH", 0, 900)[0], st=ch(["Actif", "Suspendu", "Résilié"]))


def t_screen_history():
    c = Ctx()
    p = c.person()
    tpl = ("Historique des contacts – {name}\n{d1}  Téléphone  {a1}  Réclamation facture\n{d2}  Chat       {a2}  "
           "Envoi RIB\n{d3}  Courrier   {a3}  Résiliation reçue")
    ds = sorted([some_date(2023), some_date(), some_date()])
    emit("written", tpl, name=PER(nm(p, ch(["crm", "full"]))), d1=date_w(ds[0], "slash"), d2=date_w(ds[1], "slash"),
         d3=date_w(ds[2], "slash"), a1=PER(ch(AGENTS_FR)), a2=PER(ch(AGENTS_FR + AGENTS_MA)), a3=PER(ch(AGENTS_FR)))


# ---------------------------------------------------------------- letters
def t_letter_resil():
    c = Ctx(country="fr")
    p = c.person()
    lab, cid = CID(c)
    a = fr_addr()
    addr_block = f"{a['n']}{' ' + a['suf'] if a['suf'] in ('bis', 'ter') else a['suf']} {a['street']}\n{a['cp']} {a['city'].upper()}"
    tpl = ("{name}\n{ad}\n{ph}\n\n{co} – Service Clients\nTSA 40111\n69917 Lyon Cedex 20\n\n"
           "Objet : Résiliation de mon contrat {lab} {cid}\nLettre recommandée avec accusé de réception\n\n"
           "{city}, le {d}\n\nMadame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier le contrat "
           "cité en référence à compter du {d2}.\nJe vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n{name2}")
    emit("written", tpl, name=PER(nm(p, ch(["full", "caps"]))), ad=S("ADDRESS", addr_block), ph=PH(c), co=c.company, lab=lab, cid=cid,
         city=a["city"], d=date_w(some_date(), "long"), d2=date_w(some_date(), "long"), name2=PER(nm(p, "full")))


def t_letter_reclam():
    c = Ctx(country="fr", sector=ch(["energy", "telecom", "bank"]))
    p = c.person()
    lab, cid = CID(c)
    tpl = ("Madame, Monsieur,\n\nTitulaire du contrat ({lab} {cid}), je conteste le montant de {amt} prélevé le {d}. "
           "Lors de mon appel, votre conseillère {ag} m'a confirmé qu'il s'agissait d'une erreur.\n"
           "À défaut de réponse sous 30 jours, je saisirai le médiateur.\n\n{name}\n{ad}")
    emit("written", tpl, lab=lab, cid=cid, amt=amount("€", 150, 1500)[0], d=date_w(some_date(), "long"), ag=PER(ch(AGENTS_FR)),
         name=PER(nm(p, "full")), ad=S("ADDRESS", fr_addr_w(fr_addr(), "comma")))


def t_letter_procuration():
    c = Ctx()
    p = c.person()
    if p.dob.year > 1975:
        p.dob = rand_dob(1936, 1975)
    son = p.child()
    tpl = ("PROCURATION\n\nJe soussigné{e} {name}, né{e} le {dob}{cinpart}, demeurant {ad}, donne procuration à "
           "{rel} {son}, né{se} le {sdob}, pour effectuer en mon nom toutes les démarches relatives à mon contrat {co}.\n\n"
           "Fait à {city}, le {d}\nSignature : {sig}")
    ma = c.country == "ma"
    if ma:
        w, s, city = ma_addr()
        ad = S("ADDRESS", w)
        cinpart = [", titulaire de la CIN ", S("MA_CIN", cin_w(make_cin(), "compact"))]
    else:
        a = fr_addr()
        ad, city, cinpart = S("ADDRESS", fr_addr_w(a)), a["city"], ""
    emit("written", tpl, e=p.e, name=PER(nm(p, ch(["full", "caps"]))), dob=S("DATE_OF_BIRTH", dob_w(p.dob, ch(["slash", "long"]))),
         cinpart=cinpart, ad=ad, rel="mon fils" if son.g == "m" else "ma fille", son=P(son, "full"), se=son.e,
         sdob=S("DATE_OF_BIRTH", dob_w(son.dob, "slash")), co=c.company, city=city, d=date_w(some_date(), "slash"),
         sig=P(p, ch(["init", "full"])))


# ---------------------------------------------------------------- tickets
def t_ticket_box():
    c = Ctx(sector="telecom")
    p = c.person()
    lab, cid = CID(c)
    tpl = ("[Escalade N2] Client : {name} | {lab} : {cid} | Motif : {mot} | IP publique : {ip} | "
           "Joignable : {ph} | Créé par : {ag}")
    emit("written", tpl, name=PER(nm(p, ch(["crm", "full"]))), lab=lab, cid=cid,
         mot=ch(["box ne synchronise plus", "perte de connexion toutes les 10 min", "TV ne fonctionne plus", "débit < 2 Mb/s"]),
         ip=S("IP_ADDRESS", make_ip(c.country)), ph=PH(c), ag=PER(c.agent))


def t_ticket_fraud():
    c = Ctx(sector="bank")
    p = c.person()
    tpl = ("ALERTE FRAUDE – compte de {name}\nConnexions suspectes depuis {ip1} et {ip2} le {d}.\n"
           "Carte {masked} mise en opposition. Nouveau mot de passe temporaire : {pw}\nClient prévenu par SMS au {ph}.")
    emit("written", tpl, name=PER(nm(p, ch(["crm", "full"]))), ip1=S("IP_ADDRESS", make_ip(ch(["fr", "ma"]))),
         ip2=S("IP_ADDRESS", make_ip(ch(["fr", "ma"]), v6=False)), d=date_w(some_date(), "slash"),
         masked=ch(["**** **** **** " + digits(4), "XXXX XXXX XXXX " + digits(4), "se terminant par " + digits(4)]),
         pw=S("SECRET", ch(PASSWORDS[:10]) if chance(0.3) else "Tmp-" + digits(4) + ch("ABCDEFGH")), ph=PH(c, None, False))


def t_ticket_tech():
    c = Ctx()
    p = c.person()
    tech = c.person(g=ch("mmf"))
    if c.country == "ma":
        ad = S("ADDRESS", ma_addr()[0])
    else:
        ad = S("ADDRESS", fr_addr_w(fr_addr()))
    who = ch([("le fils du client, ", "m"), ("la voisine, ", "f"), ("le conjoint, ", "m" if p.g == "f" else "f"), ("la fille du client, ", "f")])
    pres = [who[0], PER(c.person(g=who[1]).first)]
    tpl = ("Compte rendu d'intervention\nTechnicien : {tech}\nClient : {name}\nAdresse : {ad}\nCode d'accès : {code}\n"
           "Travaux : {wk}\nPrésent lors de l'intervention : {pres}")
    emit("written", tpl, tech=PER(nm(tech, ch(["full", "crm", "init"]))), name=PER(nm(p, ch(["crm", "full"]))), ad=ad,
         code=S("SECRET", door_code()), wk=ch(["remplacement compteur Linky", "pose ONT fibre", "réparation fuite avant compteur", "mise en service gaz"]),
         pres=pres)


# ---------------------------------------------------------------- adversarial written
def t_written_adv():
    c = Ctx()
    p = c.person()
    v = cyc("part3-8", 8)
    if v == 0:
        d, cc = c.phone(False)
        emit("written", "{ph} rappeler svp c'est urgent {name}", ph=S("PHONE_NUMBER", phone_w(d, cc, ch(["none", "sp"]))), name=PER(nm(p, "first")), adv=True)
    elif v == 1:
        emit("written", "{name} – appel entrant, demande de duplicata de facture, envoyé par mail", name=PER(nm(p, "crm")), adv=True)
    elif v == 2:
        d, cc = c.phone(False)
        emit("written", "mon num c'est le {ph}", ph=S("PHONE_NUMBER", phone_w(d, "fr", ch(["slash", "under", "odd", "letterO"]))), adv=True)
    elif v == 3:
        l, d = email_of(p, c.country)
        val = ch([f"{l} @ {d}", f"{l}[at]{d}", f"{l}(at){d.replace('.', '(dot)')}", f"{l}@{d.replace('.', ',')}"])
        emit("written", "Écrivez-moi plutôt sur {em}", em=S("EMAIL_ADDRESS", val), adv=True)
    elif v == 4:
        ib = make_iban(c.country)
        emit("written", "{ib} ← nouveau RIB de {title}{name}", ib=S("IBAN_CODE", iban_w(ib, ch(["dash", "lower", "none"]))),
             title=ch(["M.", "Mme."]) if chance(0.5) else "", name=PER(nm(p, "LAST")), adv=True)
    elif v == 5:
        card = make_card()
        emit("written", "paiement refusé carte {card} titulaire {name}", card=S("CREDIT_CARD", card_w(card, ch(["dot", "dash", "none"]))),
             name=PER(nm(p, "lower")), adv=True)
    elif v == 6:
        g = make_nir(p)
        emit("written", "N° SS: {nir}", nir=S("FR_NIR", nir_w(g, ch(["dots", "slash", "compact"]))), adv=True)
    else:
        emit("written", "{title}.{name} a rappelé, voir avec {ag}", title=ch(["M", "Mme", "Mr"]), name=PER(nm(p, ch(["LAST", "last"]))), ag=PER(c.agent), adv=True)

# ==========================================================================
# SPEECH-TO-TEXT — raw recogniser output (lower case, no punctuation)
# ==========================================================================
def sPH(ctx, style=None, fixed=None):
    d, c = ctx.phone(fixed)
    return S("PHONE_NUMBER", phone_s(d, c, style))


def sEM(p, country="fr"):
    l, d = email_of(p, country)
    return S("EMAIL_ADDRESS", email_s(l, d))


def sADDR(ctx):
    if ctx.country == "ma":
        return S("ADDRESS", ma_addr()[1])
    return S("ADDRESS", fr_addr_s(fr_addr()))


def sDOB(p, style=None):
    return S("DATE_OF_BIRTH", dob_s(p.dob, style))


def sCID(ctx):
    c = make_cid(ctx)
    return c[1], S("CUSTOMER_ID", cid_s(c))


def sP(p, style="asr"):
    return PER(nm(p, style))


HELLO_S = _split("oui bonjour|allô bonjour|bonjour madame|bonjour monsieur|allô oui bonjour|oui allô|bonjour")
REASONS = {
    ("fr", "energy"): ["j'ai reçu une facture de régularisation énorme", "mon compteur linky il affiche un truc bizarre",
                       "on m'a coupé le courant ce matin", "je veux passer en heures creuses"],
    ("fr", "telecom"): ["ma box elle marche plus depuis trois jours", "j'ai plus de réseau chez moi", "on m'a facturé des options que j'ai pas demandées",
                        "je veux résilier ma ligne"],
    ("fr", "insurance"): ["j'ai eu un accrochage avec ma voiture hier soir", "j'ai un dégât des eaux dans la cuisine",
                          "on m'a cambriolé pendant les vacances", "je veux assurer ma nouvelle voiture"],
    ("fr", "bank"): ["ma carte a été avalée par le distributeur", "j'ai vu un prélèvement que je connais pas", "je veux augmenter mon plafond",
                     "j'arrive plus à me connecter à l'application"],
    ("ma", "energy"): ["la facture elle est trop élevée ce mois", "on a pas d'eau depuis hier", "le compteur il tourne même quand tout est éteint"],
    ("ma", "telecom"): ["la connexion elle marche pas", "j'ai rechargé et j'ai rien reçu", "je veux changer de forfait"],
    ("ma", "insurance"): ["j'ai eu un accident avec la voiture", "je veux renouveler l'assurance"],
    ("ma", "bank"): ["la carte elle est bloquée", "j'ai fait un virement et il est pas arrivé"],
}


def reason(ctx):
    return ch(REASONS[(ctx.country, ctx.sector)])


def a_intro():
    c = Ctx()
    p = c.person()
    v = cyc("part4-9", 3)
    if v == 0:
        tpl = "{hello} {f} je m'appelle {name} {f} j'appelle parce que {why} {f} vous pouvez me rappeler au {ph}"
        emit("spoken", tpl, hello=ch(HELLO_S), name=sP(p), why=reason(c), ph=sPH(c))
    elif v == 1:
        tpl = "{hello} c'est {title} {last} {f} voilà {why} et {f} mon numéro c'est le {ph} {f} voilà merci"
        emit("spoken", tpl, hello=ch(HELLO_S), title=title_s(p), last=sP(p, "asrlast"), why=reason(c), ph=sPH(c))
    else:
        tpl = "{hello} {f} oui alors moi c'est {name} et euh {why}"
        emit("spoken", tpl, hello=ch(HELLO_S), name=sP(p, ch(["asr", "asrcrm"])), why=reason(c))


def a_spell():
    c = Ctx()
    p = c.person()
    v = cyc("part4-10", 3)
    if v == 0:
        tpl = "{f} alors c'est {title} {last} {f} je vous épelle {sp} {f} et le prénom c'est {first}"
        emit("spoken", tpl, title=title_s(p), last=sP(p, "asrlast"), sp=PER(spell_s(p.last)), first=sP(p, "asrfirst"))
    elif v == 1:
        tpl = "mon nom c'est {last} {sp} {f} oui voilà {f} et {first} pour le prénom {sp2}"
        emit("spoken", tpl, last=sP(p, "asrlast"), sp=PER(spell_s(p.last)), first=sP(p, "asrfirst"), sp2=PER(spell_s(p.first, False)))
    else:
        tpl = "non pas {wrong} {f} {last} {hint} {sp}"
        wrong = asr_name(ch([x for x in NAMES[p.origin][2] if x != p.last]))
        ln = p.last
        hint = ("en deux mots" if " " in ln else "avec un tiret" if "-" in ln else "avec une apostrophe" if "'" in ln
                else "avec un accent" if any(x in ln.lower() for x in "éèêëïîçô") else ch(["je vous épelle", "ça s'écrit", "alors"]))
        emit("spoken", tpl, wrong=PER(wrong), last=sP(p, "asrlast"), hint=hint,
             sp=PER(spell_s(p.last, chance(0.5))), adv=True)


def a_email():
    c = Ctx()
    p = c.person()
    v = cyc("part4-11", 3)
    if v == 0:
        tpl = "mon adresse mail c'est {em} {f} voilà"
    elif v == 1:
        tpl = "alors {f} c'est {em} tout attaché {f} en minuscules"
    else:
        tpl = "oui vous pouvez me l'envoyer par mail c'est {em} {f} au nom de {name}"
    emit("spoken", tpl, em=sEM(p, c.country), name=sP(p))


def a_move():
    c = Ctx(country="fr", sector=ch(["energy", "telecom", "insurance"]))
    p = c.person()
    d = some_date()
    tpl = ("oui bonjour {f} je déménage le {d} {f} la nouvelle adresse c'est {ad1} {f} et l'ancienne c'était {ad2} "
           "{f} le contrat est au nom de {name}")
    emit("spoken", tpl, d=date_s(d), ad1=S("ADDRESS", fr_addr_s(fr_addr(), True)), ad2=S("ADDRESS", fr_addr_s(fr_addr(), False, chance(0.5))),
         name=sP(p))


def a_dob():
    c = Ctx()
    p = c.person()
    v = cyc("part4-12", 3)
    if v == 0:
        tpl = ("pour des raisons de sécurité je vais vous demander votre date de naissance {f} oui {dob} {f} "
               "et le nom de jeune fille de votre maman {f} {maiden} merci {title} {last}")
        emit("spoken", tpl, dob=sDOB(p), maiden=PER(asr_name(ch(NAMES[p.origin][2]))), title=title_s(p), last=sP(p, "asrlast"))
    elif v == 1:
        tpl = "je suis né{e} le {dob} {f} à {city}"
        city = ch(FR_CITIES)[1].lower() if c.country == "fr" else ch(MA_CITIES)[0].lower()
        emit("spoken", tpl, e=p.e, dob=sDOB(p), city=city)
    else:
        k = p.fam()
        k.dob = rand_dob(2005, 2020)
        tpl = "c'est pour ajouter mon fils {f} {kid} il est né le {dob} {f} sur mon contrat"
        if k.g == "f":
            tpl = tpl.replace("mon fils", "ma fille").replace("il est né", "elle est née")
        emit("spoken", tpl, kid=sP(k, ch(["asrfirst", "asr"])), dob=sDOB(k))


def a_nir():
    c = Ctx(country="fr", sector="insurance")
    p = c.person()
    g = make_nir(p)
    tpl = ch(["mon numéro de sécu c'est le {nir} {f} voilà",
              "alors le numéro de sécurité sociale {f} {nir}",
              "{f} attendez je prends ma carte vitale {f} alors {nir} {f} c'est pour {name}"])
    emit("spoken", tpl, nir=S("FR_NIR", nir_s(g)), name=sP(p))


def a_card():
    c = Ctx(sector=ch(["bank", "telecom", "energy"]))
    p = c.person()
    tpl = ("alors la carte c'est {card} {f} et elle expire en {m} {y} {f} c'est une carte au nom de {name}")
    emit("spoken", tpl, card=S("CREDIT_CARD", card_s(make_card())), m=ch(MONTHS), y=nwa(R.randint(2025, 2030)), name=sP(p))


def a_iban():
    c = Ctx(sector=ch(["energy", "insurance", "telecom"]))
    p = c.person()
    ib = make_iban(c.country)
    tpl = "je vous donne mon iban {f} c'est {ib} {f} et c'est au nom de {name}"
    emit("spoken", tpl, ib=S("IBAN_CODE", iban_s(ib)), name=sP(p))


def a_cin():
    c = Ctx(country="ma")
    p = c.person()
    tpl = ch(["le numéro de la carte nationale {f} c'est {cin}", "ma cin c'est {cin} {f} au nom de {name}",
              "{f} oui la carte d'identité {cin} {f} voilà"])
    emit("spoken", tpl, cin=S("MA_CIN", cin_s(make_cin())), name=sP(p))


def a_secret():
    v = cyc("part4-13", 4)
    if v == 0:
        code = door_code()
        tpl = "le code de la porte c'est le {code} {f} et c'est au {et} étage"
        emit("spoken", tpl, code=S("SECRET", code_s(code)), et=ch(["premier", "deuxième", "troisième", "cinquième"]))
    elif v == 1:
        tpl = "mon mot de passe c'était {pw} {f} mais ça marche plus"
        emit("spoken", tpl, pw=S("SECRET", pwd_s(ch(PASSWORDS))))
    elif v == 2:
        tpl = "la réponse à la question secrète c'est {ans} {f} c'était le nom de {what}"
        a = ch(ANSWERS)
        emit("spoken", tpl, ans=S("SECRET", a.lower()), what=ch(["mon premier chat", "mon chien", "ma première voiture", "la ville de ma grand-mère"]))
    else:
        tpl = "le code pin {f} c'est {pin} {f} enfin je crois"
        emit("spoken", tpl, pin=S("SECRET", digits_w(digits(4)) if chance(0.7) else group_w(digits(4))))


def a_relative():
    c = Ctx()
    p = c.person()
    v = cyc("part4-14", 3)
    if v == 0:
        m = p.fam()
        m.g = "f"
        tpl = ("c'est pour ma mère {f} madame {mlast} {f} elle a {age} ans elle est en ehpad {f} moi c'est {first} son {rel} "
               "{f} vous pouvez me rappeler au {ph}")
        emit("spoken", tpl, mlast=sP(m, "asrlast"), age=nwa(R.randint(78, 96)), first=sP(p, "asrfirst"),
             rel="fils" if p.g == "m" else "fille", ph=sPH(c))
    elif v == 1:
        h = c.person(g="m")
        h.last = p.last
        tpl = ("c'est mon mari {f} {hf} qui a le contrat à son nom mais il est au travail {f} moi c'est {name} {f} "
               "je peux faire la démarche")
        emit("spoken", tpl, hf=sP(h, "asrfirst"), name=sP(p))
    else:
        tpl = ("j'appelle pour mon voisin {f} monsieur {nb} {f} il est âgé il entend mal {f} c'est moi {name} qui m'occupe de ses papiers")
        emit("spoken", tpl, nb=sP(c.person(g="m"), ch(["asrlast", "asr"])), name=sP(p))


def a_greet():
    c = Ctx()
    p = c.person()
    tpl = ch(["{co} bonjour {ag} à votre écoute {f} oui bonjour {name} à l'appareil {f} {why}",
              "bienvenue chez {co} je m'appelle {ag} que puis-je faire pour vous {f} oui bonjour {f} {why}",
              "service client {co} {ag} bonjour {f} bonjour c'est {name} {f} {why}"])
    emit("spoken", tpl, co=c.company.lower(), ag=PER(c.agent.lower()), name=sP(p), why=reason(c))


def a_accident():
    c = Ctx(sector="insurance")
    p = c.person()
    o = c.person()
    tpl = ("l'autre conducteur {f} il s'appelle {other} {f} il m'a donné son numéro {ph} {f} et il est assuré chez {ins} "
           "{f} moi c'est {name}")
    emit("spoken", tpl, other=sP(o), ph=sPH(c), ins=ch(INSURERS_MA if c.country == "ma" else INSURERS_FR).lower(), name=sP(p))


def a_ip():
    c = Ctx(sector="telecom")
    p = c.person()
    ip = make_ip(c.country, v6=False)
    tpl = "{f} alors l'adresse ip qui est marquée {f} c'est {ip} {f} la box est au nom de {name}"
    emit("spoken", tpl, ip=S("IP_ADDRESS", ip_s(ip)), name=sP(p))


def a_cid():
    c = Ctx()
    p = c.person()
    lab, cid = sCID(c)
    poss = "ma" if lab.startswith("référence") else "mon"
    tpl = ch(["{f} " + poss + " {lab} c'est {cid} {f} au nom de {name}",
              "oui j'ai le courrier sous les yeux {f} {lab} {cid} {f} voilà",
              "{name} {f} et " + poss + " {lab} {f} c'est {cid}"])
    emit("spoken", tpl, lab=lab, cid=cid, name=sP(p))


MISREC = [("je voudrais résilier mon abonnement à la fièvre", "telecom"), ("ma facture de gaze elle a doublé", "energy"),
          ("le conteur linky clignote", "energy"), ("j'ai un dégât des os dans la salle de bain", "insurance"),
          ("j'ai fait opposition sur ma carte bleue hier soir mais le prêt l'est vent est passé quand même", "bank"),
          ("la box elle fait des coupures tout le temps les d'œufs lumières sont rouges", "telecom")]


def a_misrec():
    c = Ctx(country="fr")
    p = c.person()
    txt, sec = ch(MISREC)
    c.sector = sec
    tpl = "oui bonjour {f} " + txt + " {f} au nom de {name} {f} {lab} {cid}"
    lab, cid = sCID(c)
    emit("spoken", tpl, name=PER(asr_name(nm(p, "full"), 0.9)), lab=lab, cid=cid)


def a_tech():
    c = Ctx()
    p = c.person()
    t = c.person(g=ch("mmf"))
    tpl = ("le technicien {f} {title} {tl} il est passé {when} {f} il a dit que c'était {cause} {f} "
           "mais depuis ça marche toujours pas {f} c'est {name}")
    emit("spoken", tpl, title=title_s(t), tl=sP(t, "asrlast"), when=ch(["hier", "lundi", "ce matin", "la semaine dernière"]),
         cause=ch(["le disjoncteur", "la prise", "le boîtier", "le câble dans la rue"]), name=sP(p))


def a_ma():
    c = Ctx(country="ma", sector=ch(["energy", "telecom"]))
    p = c.person()
    v = cyc("part4-15", 3)
    if v == 0:
        tpl = "salam alikoum {f} smiti {name} {f} 3andi mochkil f la connexion {f} le numéro c'est {ph}"
        emit("spoken", tpl, name=sP(p), ph=S("PHONE_NUMBER", phone_s(ma_mobile(), "ma")))
    elif v == 1:
        tpl = ("oui bonjour {f} c'est pour la facture {co} {f} j'habite {ad} {f} et la facture elle est à {amt} "
               "{f} c'est trop")
        emit("spoken", tpl, co=c.company.lower(), ad=S("ADDRESS", ma_addr()[1]), amt=amount("DH", 300, 2000)[1])
    else:
        tpl = "{f} moi c'est {name} {f} la cin {cin} {f} et le fixe c'est le {ph}"
        emit("spoken", tpl, name=sP(p), cin=S("MA_CIN", cin_s(make_cin())), ph=S("PHONE_NUMBER", phone_s(ma_fixed(), "ma", "pairs")))


def a_selfcorr():
    c = Ctx()
    p = c.person()
    d, cc = c.phone(False)
    v = cyc("part4-16", 3)
    if v == 0:
        # abandoned start of the number is kept as its own PHONE_NUMBER span
        wrong = list(d)
        wrong[1] = "7" if d[1] == "6" else "6"
        wrong = "".join(wrong)
        tpl = "mon numéro c'est le {w} {corr} {ph} {f} voilà"
        emit("spoken", tpl, w=S("PHONE_NUMBER", " ".join(pair_w(x) for x in pairs(wrong[:6]))),
             corr=ch(["euh non pardon", "non attendez je me trompe", "ah non c'est pas ça", "non non"]),
             ph=S("PHONE_NUMBER", phone_s(d, cc, "pairs")), adv=True)
    elif v == 1:
        # interjection inside the value: one span across it
        pp = pairs(d)
        val = " ".join(pair_w(x) for x in pp[:3]) + " " + ch(["euh", "attendez", "hein", "euh attendez"]) + " " + " ".join(pair_w(x) for x in pp[3:])
        tpl = "{f} oui c'est le {ph} {f} au nom de {name}"
        emit("spoken", tpl, ph=S("PHONE_NUMBER", val), name=sP(p), adv=True)
    else:
        tpl = "{ph} {f} c'est mon portable {f} vous notez {name}"
        emit("spoken", tpl, ph=S("PHONE_NUMBER", phone_s(d, cc)), name=sP(p, "asrfirst"), adv=True)


def a_landlord():
    c = Ctx()
    p = c.person()
    o = c.person()
    tpl = ("c'est le propriétaire {f} {title} {ol} qui doit s'en occuper {f} son numéro c'est le {ph} {f} "
           "moi je suis juste locataire {name}")
    emit("spoken", tpl, title=title_s(o), ol=sP(o, ch(["asrlast", "asr"])), ph=sPH(c), name=sP(p))


def a_doctor():
    c = Ctx(country="fr", sector="insurance")
    p = c.person()
    doc = c.person()
    tpl = ("le docteur {doc} {f} m'a prescrit des séances de kiné {f} et j'ai avancé {amt} {f} c'est pour {name} "
           "{f} né{e} le {dob}")
    emit("spoken", tpl, doc=sP(doc, "asrlast"), amt=amount("€", 40, 300)[1], name=sP(p), e=p.e, dob=sDOB(p))


def a_end():
    """value at the very end of the utterance."""
    c = Ctx()
    p = c.person()
    v = cyc("part4-17", 3)
    if v == 0:
        emit("spoken", "{f} oui c'est ça vous pouvez noter {em}", em=sEM(p, c.country), adv=True)
    elif v == 1:
        emit("spoken", "{f} et vous êtes monsieur madame {f} {name}", name=sP(p), adv=True)
    else:
        emit("spoken", "et la date de naissance de votre conjoint {f} {dob}", dob=sDOB(p), adv=True)


# ---------------------------------------------------------------- diarised raw output
LABELS = [("agent: ", "client: "), ("[agent] ", "[client] "), ("spk_0: ", "spk_1: "), ("conseiller: ", "appelant: "),
          ("A: ", "B: "), ("SPEAKER_00: ", "SPEAKER_01: ")]


def diar(turns, sep="\n"):
    a, b = ch(LABELS)
    return sep.join((a if who == "a" else b) + t for who, t in turns)


def d_ident():
    c = Ctx()
    p = c.person()
    turns = [("a", "{co} bonjour {ag} à votre écoute"),
             ("b", "oui bonjour {f} c'est parce que {why}"),
             ("a", "très bien vous êtes {f} monsieur madame"),
             ("b", "{name}"),
             ("a", "vous pouvez m'épeler votre nom s'il vous plaît"),
             ("b", "{sp}"),
             ("a", "merci et votre date de naissance"),
             ("b", "{dob}")]
    emit("spoken", diar(turns), co=c.company.lower(), ag=PER(c.agent.lower()), why=reason(c), name=sP(p), sp=PER(spell_s(p.last)), dob=sDOB(p))


def d_phone():
    c = Ctx()
    p = c.person()
    d, cc = c.phone(False)
    turns = [("a", "je vais mettre à jour votre numéro {f} je vous écoute"),
             ("b", "alors c'est le {ph}"),
             ("a", "je répète {ph2} c'est bien ça"),
             ("b", "oui c'est ça {f} et c'est toujours {name} sur le contrat")]
    emit("spoken", diar(turns), ph=S("PHONE_NUMBER", phone_s(d, cc)), ph2=S("PHONE_NUMBER", phone_s(d, cc, "pairs")), name=sP(p))


def d_email():
    c = Ctx()
    p = c.person()
    l, dm = email_of(p, c.country)
    turns = [("a", "et votre adresse mail"),
             ("b", "{em}"),
             ("a", "d'accord {f} et le prénom du titulaire ça s'écrit comment"),
             ("b", "{first} {spf} {f} voilà")]
    emit("spoken", diar(turns), em=S("EMAIL_ADDRESS", email_s(l, dm)), first=sP(p, "asrfirst"), spf=PER(spell_s(p.first, False)))


def d_card():
    c = Ctx(sector=ch(["energy", "telecom", "bank"]))
    p = c.person()
    turns = [("a", "je vous écoute pour le numéro de la carte"),
             ("b", "{card}"),
             ("a", "et la date d'expiration"),
             ("b", "{m} {y}"),
             ("a", "le titulaire de la carte c'est bien vous {title} {last}"),
             ("b", "non c'est ma {rel} {other}")]
    o = c.person(g="f")
    emit("spoken", diar(turns), card=S("CREDIT_CARD", card_s(make_card())), m=pair_w(f"{R.randint(1, 12):02d}"),
         y=nwa(R.randint(25, 30)), title=title_s(p), last=sP(p, "asrlast"), rel=ch(["femme", "fille", "sœur", "mère"]), other=sP(o, "asr"))


def d_ma():
    c = Ctx(country="ma")
    p = c.person()
    lab, cid = sCID(c)
    turns = [("a", "{co} bonjour {ag} {f} je vous écoute"),
             ("b", "salam {f} c'est {name} {f} j'ai un problème avec {prob}"),
             ("a", "d'accord donnez-moi le numéro de la cin s'il vous plaît"),
             ("b", "{cin}"),
             ("a", "et l'adresse"),
             ("b", "{ad}")]
    emit("spoken", diar(turns), co=c.company.lower(), ag=PER(c.agent.lower()), name=sP(p),
         prob=ch(["la facture", "le compteur", "la ligne", "le prélèvement"]), cin=S("MA_CIN", cin_s(make_cin())), ad=S("ADDRESS", ma_addr()[1]))


def d_claim():
    c = Ctx(sector="insurance")
    p = c.person()
    o = c.person()
    lab, cid = sCID(c)
    turns = [("a", "vous avez votre {lab}"),
             ("b", "oui {cid}"),
             ("a", "et le tiers vous avez ses coordonnées"),
             ("b", "oui c'est {other} {f} " + ("elle" if o.g == "f" else "il") + " habite {ad}"),
             ("a", "très bien je note {title} {last}")]
    emit("spoken", diar(turns), lab=lab, cid=cid, other=sP(o), ad=sADDR(c), title=title_s(p), last=sP(p, "asrlast"))


def d_relative():
    c = Ctx()
    p = c.person()
    m = p.fam()
    m.g = ch("fm")
    m.first = ch(NAMES[m.origin][0 if m.g == "f" else 1])
    turns = [("a", "je ne peux parler qu'au titulaire du contrat"),
             ("b", "oui mais {f} {rel} {mf} est décédé{e} le mois dernier {f} moi c'est {name}"),
             ("a", "toutes mes condoléances {f} vous pouvez nous envoyer l'acte de décès {f} à quelle adresse on vous écrit"),
             ("b", "{ad}")]
    emit("spoken", diar(turns), rel="mon père" if m.g == "m" else "ma femme" if chance(0.3) else "ma mère", mf=sP(m, ch(["asrfirst", "asr"])),
         e=m.e, name=sP(p), ad=sADDR(c))


def d_appt():
    c = Ctx(sector=ch(["energy", "telecom"]))
    p = c.person()
    turns = [("a", "le technicien passera le {d} entre {h1} heures et {h2} heures"),
             ("b", "d'accord {f} il y a un digicode c'est {code}"),
             ("a", "c'est noté {f} et on vous appelle sur quel numéro"),
             ("b", "{ph} {f} ou sinon mon fils {son} au {ph2}")]
    emit("spoken", diar(turns), d=date_s(some_date()), h1=ch(["huit", "neuf", "quatorze"]), h2=ch(["douze", "treize", "dix-huit"]),
         code=S("SECRET", code_s(door_code())), ph=sPH(c), son=sP(p.fam("m"), "asrfirst"), ph2=sPH(c, fixed=False))


def d_bank():
    c = Ctx(sector="bank")
    ib = make_iban(c.country)
    turns = [("a", "pour valider le virement je dois vous poser votre question de sécurité {f} le nom de votre premier animal"),
             ("b", "{ans}"),
             ("a", "parfait {f} l'iban du bénéficiaire"),
             ("b", "{ib} {f} c'est le compte de {ben}")]
    emit("spoken", diar(turns), ans=S("SECRET", ch(ANSWERS[:8]).lower()), ib=S("IBAN_CODE", iban_s(ib)), ben=sP(c.person()))


def d_nir():
    c = Ctx(country="fr", sector="insurance")
    p = c.person()
    g = make_nir(p)
    k1, k2 = p.fam(), p.fam()
    turns = [("a", "je vais avoir besoin de votre numéro de sécurité sociale"),
             ("b", "{nir}"),
             ("a", "et les enfants à rattacher"),
             ("b", "{k1} et {k2}")]
    emit("spoken", diar(turns), nir=S("FR_NIR", nir_s(g)), k1=sP(k1, "asrfirst"), k2=sP(k2, "asrfirst"))


# ---------------------------------------------------------------- Whisper-style punctuated transcripts (digits)
def w_intro():
    c = Ctx()
    p = c.person()
    d, cc = c.phone()
    why = reason(c)
    tpl = ch(["Bonjour, je m'appelle {name}. J'appelle parce que {why}. Mon numéro, c'est le {ph}.",
              "Oui, bonjour. Alors, c'est {title} {last}. Euh, {why}. Vous pouvez me rappeler au {ph} ?",
              "Allô ? Oui, bonjour, {name} à l'appareil. Je vous appelle parce que {why}."])
    emit("spoken", tpl, name=P(p, "full"), why=why, ph=S("PHONE_NUMBER", phone_w(d, cc, ch(["sp", "none", "dot", "intl"]))),
         title="Monsieur" if p.g == "m" else "Madame", last=P(p, "last"))


def w_email():
    c = Ctx()
    p = c.person()
    l, d = email_of(p, c.country)
    tpl = ch(["Oui, alors mon adresse mail, c'est {em}.", "C'est {em}, tout en minuscules.",
              "Mon e-mail ? C'est {em}. Voilà. Au nom de {name}."])
    emit("spoken", tpl, em=S("EMAIL_ADDRESS", email_w(l, d)), name=P(p, "full"))


def w_dob_addr():
    c = Ctx()
    p = c.person()
    if c.country == "ma":
        ad = S("ADDRESS", ma_addr()[0])
    else:
        ad = S("ADDRESS", fr_addr_w(fr_addr(), "comma", upper_ok=False))
    tpl = ch(["Je suis né{e} le {dob}, et j'habite au {ad}.", "Alors, ma date de naissance, c'est le {dob}. L'adresse, c'est {ad}.",
              "D'accord. Donc {name}, né{e} le {dob}, c'est bien ça ?"])
    emit("spoken", tpl, e=p.e, dob=S("DATE_OF_BIRTH", dob_w(p.dob, ch(["long", "long", "slash"]))), ad=ad, name=P(p, "full"))


def w_iban():
    c = Ctx()
    p = c.person()
    ib = make_iban(c.country)
    tpl = "Alors, l'IBAN, c'est {ib}. Le titulaire, c'est {name}."
    emit("spoken", tpl, ib=S("IBAN_CODE", iban_w(ib, "sp")), name=P(p, ch(["full", "full", "caps"])))


def w_ma():
    c = Ctx(country="ma")
    p = c.person()
    tpl = ch(["Mon numéro de CIN, c'est {cin}. Et le téléphone, {ph}.",
              "Bonjour, c'est {name}. Ma CIN, c'est {cin}.",
              "Oui, le {ph}. C'est le numéro de ma femme, {wife}."])
    emit("spoken", tpl, cin=S("MA_CIN", cin_w(make_cin(), ch(["compact", "space"]))),
         ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma", ch(["sp", "four", "intl"]))), name=P(p, "full"), wife=P(c.person(g="f"), "first"))


def w_card_nir():
    c = Ctx(country="fr")
    p = c.person()
    if chance(0.5):
        tpl = "Le numéro de carte, c'est {card}, date d'expiration {exp}. Au nom de {name}."
        emit("spoken", tpl, card=S("CREDIT_CARD", card_w(make_card(), "sp")), exp=expiry(), name=P(p, "full"))
    else:
        tpl = "Mon numéro de Sécurité sociale, c'est le {nir}. Et mon médecin traitant, c'est le docteur {doc}."
        emit("spoken", tpl, nir=S("FR_NIR", nir_w(make_nir(p), "sp")), doc=P(c.person(), "last"))


def w_diar():
    c = Ctx()
    p = c.person()
    cd = make_cid(c)
    lab, cid = cd[1], S("CUSTOMER_ID", cd[2])
    tpl = ("[Conseiller] Bonjour, {ag} à l'appareil, service client {co}.\n[Client] Oui, bonjour. {title} {last}. "
           "J'appelle pour {why}.\n[Conseiller] Très bien. Vous avez votre {lab} ?\n[Client] Oui, c'est le {cid}.")
    emit("spoken", tpl, ag=PER(c.agent), co=c.company, title="Monsieur" if p.g == "m" else "Madame",
         last=P(p, "last"), why=ch({"energy": ["ma facture", "mon compteur"], "telecom": ["un problème de connexion", "ma facture"],
                                   "insurance": ["un sinistre", "mon contrat auto"], "bank": ["mon prélèvement", "ma carte"]}[c.sector]), lab=lab, cid=cid)


# ---------------------------------------------------------------- names that are ordinary French words
WORD_FIRST = {"f": ["Rose", "Olive", "Blanche", "Capucine", "Violette", "Léa", "Marguerite"],
              "m": ["Pierre", "Marin", "Noël", "Aimé", "Désiré", "Olivier", "Pierre"]}
WORD_LAST = ["Blanc", "Lebrun", "Marchand", "Boulanger", "Berger", "Fontaine", "Lapierre", "Rose", "Noël", "Petit", "Legrand",
             "Meunier", "Leblanc", "Loiseau", "Renard", "Sauvage", "Boucher", "Chevalier", "Rivière", "Pierre", "Marin", "Olive", "Lamour"]


def word_person(g=None):
    p = Person("fr", g)
    if chance(0.6):
        p.first = ch(WORD_FIRST[p.g])
    p.last = ch(WORD_LAST)
    return p


def t_wordnames_w():
    c = Ctx(country="fr")
    p = word_person()
    v = cyc("part4-18", 4)
    if v == 0:
        tpl = ("{title} {last} appelle : infiltration par le toit, la pierre de taille de la façade est fissurée et le crépi blanc "
               "a noirci. Expert à mandater. Tél {ph}")
        emit("written", tpl, title=title_w(p), last=P(p, ch(["last", "LAST"])), ph=PH(c))
    elif v == 1:
        tpl = ("Bonjour, je suis {name}, lors du dégât des eaux le vin rosé a coulé sur le canapé blanc et le tapis vert olive. "
               "Je peux le déclarer sur mon contrat {cid} ?")
        lab, cid = CID(Ctx("fr", "insurance"))
        emit("written", tpl, name=PER(nm(p, ch(["full", "full", "lower"]))), cid=cid)
    elif v == 2:
        tpl = ("De la part de {name} : le compteur est dans le local à côté de la boulangerie, au fond de la cour. "
               "Code porte {code}. Merci de prévenir le gardien, M. {gl}.")
        g = word_person("m")
        emit("written", tpl, name=PER(nm(p, ch(["full", "crm"]))), code=S("SECRET", door_code()), gl=P(g, "last"))
    else:
        tpl = ("Note : {name} (commerçant, marchand de primeurs au marché couvert) conteste les frais de TPE. "
               "Son associé {assoc} rappellera avant Noël. Mail : {em}")
        a = word_person()
        emit("written", tpl, name=PER(nm(p, "crm")), assoc=PER(nm(a, "full")), em=EM(p, "fr"))


def t_wordnames_s():
    c = Ctx(country="fr")
    p = word_person()
    v = cyc("part4-19", 4)
    if v == 0:
        tpl = ("oui bonjour c'est {name} {f} j'ai un berger allemand et il a cassé la clôture du voisin {f} monsieur {nl}")
        emit("spoken", tpl, name=sP(p), nl=sP(word_person("m"), "asrlast"))
    elif v == 1:
        tpl = "c'est {title} {last} {f} {sp} {f} comme {what} {f} j'appelle pour le compteur"
        w = {"Blanc": "la couleur", "Rose": "la fleur", "Olive": "l'olive", "Pierre": "le caillou", "Noël": "la fête", "Renard": "l'animal",
             "Loiseau": "l'oiseau", "Lebrun": "la couleur mais attaché", "Petit": "petit", "Legrand": "grand mais attaché"}.get(p.last, "ça se prononce")
        emit("spoken", tpl, title=title_s(p), last=sP(p, "asrlast"), sp=PER(spell_s(p.last, False)), what=w)
    elif v == 2:
        tpl = ("Oui, bonjour, {name}. Je suis {job} sur le marché, et ma carte pro a été refusée ce matin. "
               "Vous pouvez me rappeler au {ph} ?")
        d, cc = c.phone(False)
        emit("spoken", tpl, name=P(p, "full"), job=ch(["marchand de fruits", "boulanger", "fleuriste, je vends des roses", "boucher"] if p.g == "m" else ["marchande de fruits", "boulangère", "fleuriste, je vends des roses", "bouchère"]),
             ph=S("PHONE_NUMBER", phone_w(d, cc, "sp")))
    else:
        tpl = ("la pierre elle est tombée du mur sur la voiture de ma voisine {f} madame {vl} {f} moi c'est {first} {f} {first2} c'est mon mari")
        h = word_person("m")
        emit("spoken", tpl, vl=sP(word_person("f"), "asrlast"), first=sP(p, "asrfirst"), first2=sP(h, "asrfirst"))


def t_nir_written():
    c = Ctx(country="fr", sector="insurance")
    p = c.person()
    g = make_nir(p)
    v = cyc("part4-20", 3)
    if v == 0:
        tpl = "Attestation de droits demandée pour {name} – n° SS {nir} – envoi par mail à {em}"
        emit("written", tpl, name=PER(nm(p, ch(["crm", "full"]))), nir=S("FR_NIR", nir_w(g)), em=EM(p))
    elif v == 1:
        tpl = typo("bonjour, je vous renvoie mon numéro de sécurité sociale car il y avait une erreur sur la carte : {nir}. merci, {name}")
        emit("written", tpl, nir=S("FR_NIR", nir_w(g, ch(["sp", "compact"]))), name=PER(nm(p, ch(["full", "lower"]))))
    else:
        tpl = ("Bénéficiaire : {name}\nN° sécurité sociale : {nir}\nDate de naissance : {dob}\nCaisse : CPAM {city}\n"
               "Organisme complémentaire : {co}")
        emit("written", tpl, name=PER(nm(p, "crm")), nir=S("FR_NIR", nir_w(g)), dob=S("DATE_OF_BIRTH", dob_w(p.dob, "slash")),
             city=ch(FR_CITIES)[1], co=c.company)

# ==========================================================================
# MIXED — words and digits in one utterance, or one value partly in words
# ==========================================================================
def m_itn():
    c = Ctx()
    p = c.person()
    d, cc = c.phone()
    v = cyc("part5-21", 3)
    if v == 0:
        tpl = "oui bonjour {f} je m'appelle {name} {f} mon numéro c'est le {ph} et mon mail c'est {em}"
        emit("mixed", tpl, name=sP(p), ph=S("PHONE_NUMBER", phone_w(d, cc, "sp")), em=sEM(p, c.country))
    elif v == 1:
        lab, cid = CID(c)
        tpl = "{f} alors mon {lab} c'est le {cid} {f} et je suis joignable au {ph} {f} c'est {name}"
        emit("mixed", tpl, lab=ch(["numéro client", "numéro de contrat"]), cid=S("CUSTOMER_ID", cid[1].lower()), ph=S("PHONE_NUMBER", phone_s(d, cc)), name=sP(p))
    else:
        tpl = "c'est {title} {last} {f} né{e} le {dob} {f} code postal {cp} {f} et mon portable {ph}"
        cp = ch(FR_CITIES)[0] if c.country == "fr" else ch(MA_CITIES)[1]
        emit("mixed", tpl, title=title_s(p), last=sP(p, "asrlast"), e=p.e, dob=S("DATE_OF_BIRTH", dob_w(p.dob, "slash")), cp=cp,
             ph=S("PHONE_NUMBER", phone_s(d, cc)))


def m_phone_part():
    c = Ctx()
    p = c.person()
    d, cc = c.phone(False)
    tpl = ch(["{f} mon numéro c'est le {ph} {f} voilà", "vous pouvez rappeler {name} au {ph}", "{name} {f} au {ph} {f} c'est un portable"])
    emit("mixed", tpl, ph=S("PHONE_NUMBER", phone_mixed(d)), name=sP(p))


def m_chat_words():
    c = Ctx()
    p = c.person()
    d, cc = c.phone(False)
    v = cyc("part5-22", 3)
    if v == 0:
        tpl = "mon num c {ph} jsuis {name}"
        emit("mixed", tpl, ph=S("PHONE_NUMBER", fold(phone_mixed(d))), name=PER(nm(p, "lower")), adv=True)
    elif v == 1:
        l, dm = email_of(p, c.country)
        tpl = "Bonjour, mon adresse c'est {em} (le correcteur me change l'arobase). Merci, {name}"
        emit("mixed", tpl, em=S("EMAIL_ADDRESS", l + ch([" arobase ", " arrobase "]) + dm), name=PER(wname(p)))
    else:
        tpl = "{name}, né{e} le {dob}, tel {ph}"
        emit("mixed", tpl, name=PER(wname(p)), e=p.e, dob=S("DATE_OF_BIRTH", dob_mixed(p.dob)), ph=S("PHONE_NUMBER", phone_w(d, cc)))


def m_dob():
    c = Ctx()
    p = c.person()
    tpl = ch(["je suis né{e} le {dob} {f} et mon nom c'est {name}", "{f} la date de naissance c'est le {dob}",
              "{name} {f} né{e} le {dob} {f} voilà"])
    emit("mixed", tpl, e=p.e, dob=S("DATE_OF_BIRTH", dob_mixed(p.dob)), name=sP(p))


def m_addr():
    c = Ctx(country="fr")
    p = c.person()
    a = fr_addr()
    street = f"{a['n']}{' ' + a['suf'].lower() if a['suf'] else ''} {street_s(a['street'])}"
    val = street + " " + ch([say_cp(a["cp"]) + " " + a["city"].lower(), a["cp"] + " " + a["city"].lower(), "à " + a["city"].lower()])
    tpl = ch(["j'habite au {ad} {f} c'est au nom de {name}", "{f} la nouvelle adresse c'est {ad}", "alors c'est {name} {f} {ad}"])
    emit("mixed", tpl, ad=S("ADDRESS", val), name=sP(p))


def m_cin():
    c = Ctx(country="ma")
    p = c.person()
    tpl = ch(["la cin c'est {cin} {f} au nom de {name}", "{f} oui {cin} {f} c'est la carte de ma femme {wife}",
              "numéro de cin {cin} et le téléphone {ph}"])
    emit("mixed", tpl, cin=S("MA_CIN", cin_mixed(make_cin())), name=sP(p), wife=sP(c.person(g="f"), "asrfirst"),
         ph=S("PHONE_NUMBER", phone_w(ma_mobile(), "ma", "sp")))


def m_diar():
    c = Ctx()
    p = c.person()
    d, cc = c.phone(False)
    lab, cid = CID(c)
    turns = [("a", "je vois sur la fiche le {ph} c'est toujours votre numéro"),
             ("b", "non maintenant c'est le {ph2}"),
             ("a", "d'accord et vous êtes bien {name} {lab} {cid}"),
             ("b", "oui c'est ça")]
    d2, cc2 = c.phone(False)
    emit("mixed", diar(turns), ph=S("PHONE_NUMBER", phone_w(d, cc, "sp")), ph2=S("PHONE_NUMBER", phone_s(d2, cc2)),
         name=sP(p), lab=ch(["numéro client", "contrat"]), cid=S("CUSTOMER_ID", cid[1].lower()))


def m_misc():
    c = Ctx()
    p = c.person()
    v = cyc("part5-23", 4)
    if v == 0:
        ib = make_iban(c.country)
        rest = ib[4:]
        val = ib[:4].lower() + " " + " ".join(group_w(rest[i:i + 4]) if rest[i:i + 4].isdigit() else rest[i:i + 4].lower() for i in range(0, len(rest), 4))
        emit("mixed", "{f} l'iban c'est {ib} {f} au nom de {name}", ib=S("IBAN_CODE", val), name=sP(p))
    elif v == 1:
        g = make_nir(Person("fr", p.g))
        val = g[0] + " " + g[1] + " " + " ".join(group_w(x) if x.isdigit() else "deux " + x[1].lower() for x in g[2:])
        emit("mixed", "mon numéro de sécu {f} c'est {nir}", nir=S("FR_NIR", val))
    elif v == 2:
        emit("mixed", "la carte {f} {card} {f} au nom de {name}", card=S("CREDIT_CARD", card_mixed(make_card())), name=sP(p))
    else:
        cid = make_cid(c)
        emit("mixed", "{f} {lab} {cid} {f} c'est pour {name}", lab=cid[1], cid=S("CUSTOMER_ID", cid_mixed(cid)), name=sP(p))


def m_email():
    c = Ctx()
    p = c.person()
    l, dm = email_of(p, c.country)
    if not re.search(r"\d", l):
        l = l + ch([str(p.dob.year % 100).rjust(2, "0"), "13", "75", str(R.randint(1, 9))])
    tpl = ch(["mon mail c'est {em} {f} voilà", "{f} alors c'est {em} {f} pour {name}"])
    emit("mixed", tpl, em=S("EMAIL_ADDRESS", email_s(l, dm, digits_as_digits=True)), name=sP(p))


# ==========================================================================
# NO PERSONAL DATA
# ==========================================================================
NONE_ORDER = []


def n_pool():
    c = Ctx()
    co = c.company
    d = some_date()
    if not NONE_ORDER:
        NONE_ORDER.extend(R.sample(range(34), 34))
    v = NONE_ORDER.pop()
    if v in (0, 10):
        co = ch(COMPANIES[("fr", "energy")])
    if v == 0:
        a1 = amount("€", 40, 300)[0]
        return "written", f"Votre facture {co} du {date_w(d, 'long')} d'un montant de {a1} sera prélevée le {R.randint(5, 28)} du mois. Consommation : {thou(kwh())} kWh."
    if v == 1:
        return "spoken", f"oui bonjour euh c'est pour la facture de {ch(MONTHS)} elle est à {amount('€', 150, 600)[1]} alors que d'habitude je paie {amount('€', 40, 140)[1]} par mois"
    if v == 2:
        return "spoken", f"donc le technicien il doit passer {ch(['mardi', 'jeudi', 'lundi'])} entre huit heures et midi pour le compteur linky c'est ça hein"
    if v == 3:
        return "written", f"Appel client – contestation index. Index Linky relevé le {date_w(d, 'slash')} : HP {thou(kwh())} / HC {thou(kwh())}. Estimation annulée, facture rectificative envoyée. Durée appel {R.randint(4, 25)} min."
    if v == 4:
        return "spoken", "ben le mur en pierre du jardin il s'est effondré avec la tempête juste avant noël et on attend toujours l'expert"
    if v == 5:
        return "written", f"Sinistre : bris de glace sur la baie vitrée du salon, vitrage blanc opaque. Franchise {ch(['150', '230', '90'])} €, prise en charge formule Confort."
    if v == 6:
        return "spoken", f"salam euh la facture lydec de ce mois elle fait {nwa(R.randint(300, 990))} dirhams c'est beaucoup trop par rapport au mois dernier"
    if v == 7:
        return "written", "Bonjour, l'offre Livebox Fibre à 34,99 €/mois est-elle toujours disponible pour les clients existants ? Merci"
    if v == 8:
        return "written", f"Votre carte se terminant par {digits(4)} expire le {expiry()}. Une nouvelle carte vous sera envoyée automatiquement."
    if v == 9:
        city = ch(FR_CITIES)[1]
        return "spoken", f"je suis allée à l'agence de {city.lower()} ils m'ont dit d'appeler le service client {ch(['trente-neuf cents', 'dix vingt-trois', 'trente-deux quarante-quatre'])}"
    if v == 10:
        return "written", f"Rappel RDV : intervention technicien {co} le {date_w(d, 'slash')} entre {ch(['8', '13'])}h et {ch(['12', '17'])}h. Merci de prévoir un accès au compteur."
    if v == 11:
        return "spoken", "le canapé vert olive et le tapis rose ont été abîmés par l'eau j'ai gardé les factures de mille deux cents euros et trois cent quarante euros"
    if v == 12:
        return "spoken", "c'est pour assurer un petit bateau de pêche avec un moteur marin de quinze chevaux il est au port de la rochelle"
    if v == 13:
        return "written", f"l'écran de la box reste blanc et la led clignote rouge depuis ce matin {R.randint(6, 10)}h, j'ai déjà redémarré 3 fois"
    if v == 14:
        return "spoken", "ça fait quarante-cinq minutes que j'attends en ligne c'est inadmissible je vais changer pour free"
    if v == 15:
        return "written", f"Bonjour, je souhaiterais connaître les horaires d'ouverture de votre agence de {ch(FR_CITIES)[1]}. Merci d'avance."
    if v == 16:
        return "spoken", f"Je vous confirme que le remboursement de {amount('€', 20, 200)[0]} sera effectué sous dix jours ouvrés. Vous recevrez un courrier de confirmation."
    if v == 17:
        return "written", "Vous pouvez nous écrire à : Service Clients, TSA 40111, 69917 Lyon Cedex 20, ou nous appeler au 09 69 32 15 15 (appel non surtaxé)."
    if v == 18:
        return "written", "Chez Orange le débit est passé de 500 Mb/s à 2 Gb/s mais le prix a augmenté de 3 € par mois, c'est normal ?"
    if v == 19:
        return "spoken", "le mille vingt-trois m'a dit que la résiliation prend effet sous dix jours et que je garde mon numéro"
    if v == 20:
        return "written", "Il y a une fuite sous l'évier et le carrelage en pierre de Bourgogne est fichu, on a coupé l'eau au compteur."
    if v == 21:
        return "written", f"Le prélèvement de décembre tombe juste avant Noël, est-ce que je peux le décaler au {R.randint(5, 15)} janvier ?"
    if v == 22:
        return "written", "salam, bghit nbeddel l'offre dial inwi l forfait 99 dh, wach momkin mn l'application ?"
    if v == 23:
        return "written", f"Offre : Tarif Bleu – option Base 9 kVA | Mensualité : {R.randint(60, 190)} € | Prochain relevé : {date_w(d, 'slash')} | Agence : {ch(FR_CITIES)[1]}"
    if v == 24:
        return "spoken", f"non mais le chèque énergie de {nwa(ch([48, 148, 194, 277]))} euros je l'ai jamais reçu cette année"
    if v == 25:
        return "spoken", "le contrat gaz chez engie il est indexé ou c'est un prix fixe pendant deux ans"
    if v == 26:
        return "written", f"La coupure a duré de 14h20 à 17h45 le {date_w(d, 'short')}, tout le congélateur est perdu (environ {R.randint(150, 600)} € de marchandises)."
    if v == 27:
        return "written", f"Amendis Tanger : coupure d'eau programmée le {d.strftime('%d/%m')} de 9h à 16h dans le quartier Malabata."
    if v == 28:
        return "spoken", "le berger allemand du voisin a cassé la clôture et le marchand de journaux en bas a eu la vitrine abîmée aussi"
    if v == 29:
        return "written", "Moyen de paiement : prélèvement SEPA – IBAN FR76 **** **** **** **** ***4 189 – échéance le 10 de chaque mois."
    if v == 30:
        return "written", "Le code promo BIENVENUE20 donne 20 % de remise la première année sur l'offre Sosh 100 Go."
    if v == 31:
        return "spoken", "Bon, la boulangère d'en face a eu la même coupure. Ça a duré trois heures, de midi à quinze heures à peu près."
    if v == 32:
        return "spoken", "alors le pass internet de dix giga à cinquante dirhams sur inwi il marche pas depuis hier soir"
    return "written", "MAIF – garantie Vol : plafond 8 000 €, vétusté 25 %, délai de déclaration 2 jours ouvrés."


NONE_SEEN = set()


def n_emit():
    while True:
        form, text = n_pool()
        if text not in NONE_SEEN:
            NONE_SEEN.add(text)
            break
    RECORDS.append({"text": text, "spans": [], "form": "none", "adv": False, "kind": "none_" + form})


# ==========================================================================
# schedule, validation, output
# ==========================================================================
SCHEDULE = [
    # written (typed material)
    (t_chat_login, 6), (t_chat_bill, 6), (t_chat_iban, 5), (t_chat_move, 5), (t_chat_claim, 4), (t_chat_ma, 6), (t_chat_card, 5),
    (t_chat_misc, 7),
    (t_sms_tech, 5), (t_sms_code, 5), (t_wa_log, 5), (t_sms_update, 4), (t_wa_darija, 5), (t_sms_relative, 3), (t_sms_otp, 4),
    (t_form_contact, 5), (t_form_resil, 5), (t_form_sinistre, 5), (t_form_ma, 5), (t_form_reset, 5),
    (t_mail_complaint, 6), (t_mail_refund, 6), (t_mail_behalf, 5), (t_mail_thread, 5), (t_mail_ma, 5),
    (t_crm_call, 7), (t_crm_accident, 6), (t_crm_short, 7), (t_crm_ma, 6), (t_crm_mutuelle, 6), (t_crm_titulaire, 5),
    (t_screen_dotted, 5), (t_screen_table, 4), (t_screen_ma, 4), (t_screen_history, 2),
    (t_letter_resil, 5), (t_letter_reclam, 4), (t_letter_procuration, 5),
    (t_ticket_box, 4), (t_ticket_fraud, 4), (t_ticket_tech, 5),
    (t_written_adv, 10), (t_wordnames_w, 4), (t_nir_written, 5),
    # spoken: raw recogniser
    (a_intro, 6), (a_spell, 5), (a_email, 5), (a_move, 5), (a_dob, 5), (a_nir, 7), (a_card, 5), (a_iban, 4), (a_cin, 5),
    (a_secret, 7), (a_relative, 4), (a_greet, 4), (a_accident, 4), (a_ip, 3), (a_cid, 4), (a_misrec, 3), (a_tech, 3),
    (a_ma, 4), (a_selfcorr, 6), (a_landlord, 3), (a_doctor, 3), (a_end, 5), (t_wordnames_s, 4),
    # spoken: diarised
    (d_ident, 6), (d_phone, 4), (d_email, 5), (d_card, 4), (d_ma, 5), (d_claim, 4), (d_relative, 3), (d_appt, 4), (d_bank, 4), (d_nir, 4),
    # spoken: Whisper-style
    (w_intro, 5), (w_email, 3), (w_dob_addr, 5), (w_iban, 3), (w_ma, 4), (w_card_nir, 4), (w_diar, 4),
    # mixed
    (m_itn, 8), (m_phone_part, 7), (m_chat_words, 7), (m_dob, 5), (m_addr, 5), (m_cin, 5), (m_diar, 5), (m_misc, 4), (m_email, 4),
    # none
    (n_emit, 50),
]


def validate(rec):
    text = rec["text"]
    last_end = -1
    for sp in rec["spans"]:
        v = sp["value"]
        assert text[sp["start"]:sp["end"]] == v, (rec, sp)
        assert v and v == v.strip(), ("edge space", sp, text)
        assert sp["start"] >= last_end, ("overlap", rec)
        assert v[-1] not in ",;:", ("trailing punct", sp, text)
        last_end = sp["end"]
    if rec["form"] in ("spoken", "mixed") and "  " in text:
        raise AssertionError(("double space", text))
    if rec["form"] == "none":
        assert not rec["spans"]
    else:
        assert rec["spans"], rec


def main():
    for fn, n in SCHEDULE:
        for _ in range(n):
            CURRENT["kind"] = fn.__name__
            fn()
    assert len(RECORDS) == 500, len(RECORDS)
    order = list(range(len(RECORDS)))
    random.Random(SEED + 1).shuffle(order)
    lines = []
    forms, types, adv = Counter(), Counter(), 0
    for i, idx in enumerate(order):
        rec = RECORDS[idx]
        validate(rec)
        rec["spans"].sort(key=lambda s: s["start"])
        forms[rec["form"]] += 1
        edge = any(sp["start"] == 0 or sp["end"] == len(rec["text"]) for sp in rec["spans"])
        adv += bool(rec["adv"] or edge)
        for sp in rec["spans"]:
            types[sp["type"]] += 1
        obj = {"id": f"fr11-{i + 1:04d}", "text": rec["text"],
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"], "value": s["value"]} for s in rec["spans"]],
               "form": rec["form"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    tot = sum(types.values())
    print("forms:", dict(forms))
    print("adversarial:", adv)
    print("spans:", tot)
    for t, n in types.most_common():
        print(f"  {t:15s} {n:5d}  {100 * n / tot:5.1f}%")


if __name__ == "__main__":
    main()

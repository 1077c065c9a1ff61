"""Spanish read aloud, as speech-to-text writes it: numbers ("seiscientos doce, treinta y cuatro…", "cero seis
treinta y nueve"), hesitations and corrections inside a value ("seis ocho cuatro no perdón ocho seis…"), letters
spelled "b de barcelona", and the words around identifiers ("DNI", "póliza", "el pin es"). `SPANISH_NUMBERS` drives
`SpokenNumberRecognizer` for Spanish."""

from __future__ import annotations

import regex

from assist.privacy.spoken import NumberWords

UNITS_ES = (
    "cero|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|"
    "dieciocho|diecinueve|veinte|veintiuno|veintiún|veintiun|veintiuna|veintidós|veintidos|veintitrés|veintitres|veinticuatro|veinticinco|"
    "veintiséis|veintiseis|veintisiete|veintiocho|veintinueve|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|"
    "doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|seiscient[oa]s|setecient[oa]s|ochocient[oa]s|novecient[oa]s|mil"
)
# Atomic: a correction is read one way only, or a run of them backtracks exponentially.
HESITATION_ES = (
    r"(?>eh+|em+|este|o\s+sea|bueno|pues|a\s+ver|mire|oiga|perd[oó]n[ae]?|no\s+perd[oó]n[ae]?|no\s+no|no|espere|un\s+momento|un\s+segundo|"
    r"digo|quiero\s+decir|me\s+he\s+equivocado|me\s+equivoqu[eé]|me\s+he\s+confundido|me\s+confund[ií]|disculpe|"
    r"vale|s[ií]|ya|vamos|apunte|apunta|anote|ap[uú]ntelo)"
)
_NUMBER = rf"(?:(?-i:\d+(?:[A-Z]\d+)?[A-Z]?)(?!\w)|(?:{UNITS_ES})(?!\w))"
# Letters spelled alone, but not the one-letter words "y", "o", "a", "e", "u" ("treinta y cuatro", "uno o dos").
_LETTERS = r"(?-i:[A-Za-z]{2}\d{2}(?!\w)|[A-Z]{1,4}|[bcdfghjklmnpqrstvwxz])(?=[\s\-.,…]|$)"
_SPELLED_AS = r"(?-i:[A-Za-z])\s+de\s+[\w'’\-]{3,}"  # "b de barcelona", "zeta de zaragoza"
_LETTER_NAMES = r"equis|zeta|i\s+griega|eñe|uve(?:\s+doble)?|doble\s+uve|erre|efe|hache|jota"  # not "de", "te", "ese": ordinary words too
_TOKEN = rf"(?:{_NUMBER}|{_SPELLED_AS}|{_LETTERS}|(?:{_LETTER_NAMES})(?!\w))"
_FILLER = rf"(?:{HESITATION_ES}|y|guion|barra|punto|espacio|letra|y\s+la\s+letra|con\s+la\s+letra|todo\s+junto|seguido)"
_GAP = rf"(?:[\s,.…;:/()\-—–]+(?:{_FILLER}[\s,.…;:/()\-—–]+){{0,3}})"

SPANISH_NUMBERS = NumberWords(
    language="es",
    run=regex.compile(rf"(?<![\w'’])(?:m[aá]s\s+)?{_TOKEN}(?:{_GAP}{_TOKEN})*(?!\w)", regex.IGNORECASE),
    lead=regex.compile(rf"(?i)^(?:(?:{_FILLER}|ip|dni|nie|nif|iban|pin|c[oó]digo|n[uú]mero|n[º°o]|cups)[\s,.…;:/-]+)+"),
    context=regex.compile(
        r"(?i)\b(?:(?P<customer>cliente|contrato|p[oó]liza|referencia|expediente|cups|abonado|siniestro|factura|pedido)"
        r"|(?P<id>dni|nie|nif|pasaporte|documento|identidad)"
        r"|(?P<secret>pin|c[oó]digo(?!\s+postal)|clave|contraseña|contrasena|cvv)"
        r"|(?P<any>n[uú]mero|tel[eé]fono|m[oó]vil|fijo|iban|cuenta|tarjeta|ip|ll[aá]me(?:me)?|whatsapp))\b"
    ),
    kinds={"customer": "CUSTOMER_ID", "id": "ID_NUMBER", "secret": "SECRET"},
    # a year: "desde dos mil diecinueve", "en 2019", "de mayo de 2024"
    before_year=regex.compile(
        r"(?i)(?<!\w)(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|desde|en|año|ano|de|del)\s+$"
    ),
    money_after=regex.compile(
        r"(?i)\s*(?:€|%|(?:euros?|c[eé]ntimos|kwh|kilovatios?(?:\s+hora)?|kw|kva|m3|metros?\s+c[uú]bicos|litros?|por\s+ciento|gb|megas?|"
        r"minutos?|horas?|d[ií]as?|meses|a[nñ]os|veces)(?!\w))"
    ),
    spelled_start=regex.compile(rf"(?:m[aá]s\s+)?(?:{_SPELLED_AS}|{_LETTERS}|(?:{_LETTER_NAMES})(?!\w))"),
    iban_country=regex.compile(r"(?i)(?<!\w)(?:es|fr|e\s+s|e\s+ese|efe\s+erre|f\s+r|e\s+de\s+españa\s+ese(?:\s+de\s+\w+)?)\s+$"),
    # every letter's Spanish name, here only: after the digits of a DNI ("… noventa y dos de", "… letra uve doble")
    id_letter=regex.compile(
        rf"(?i)[\s,]+(?:(?:y\s+)?(?:con\s+)?(?:la\s+)?letra\s+)?(?:{_LETTER_NAMES}|be|ce|de|ge|ka|ele|eme|ene|pe|cu|ese|te|ye|a|e|i|o|u|[a-z])"
        r"(?:\s+de\s+[\w'’\-]{3,})?(?!\w)"
    ),
    small=dict(zip("cero uno una dos tres cuatro cinco seis siete ocho nueve".split(), "0 1 1 2 3 4 5 6 7 8 9".split())),
)

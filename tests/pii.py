"""Generated personal data with valid checksums (Faker fr_FR plus our own NIR and card numbers)."""

from __future__ import annotations

import random

from faker import Faker

fake = Faker("fr_FR")


def nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def luhn_card(rng: random.Random) -> str:
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if index % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    digits.append((10 - total % 10) % 10)
    number = "".join(map(str, digits))
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random) -> str:
    return f"0{rng.choice('67')} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


def email(rng: random.Random) -> str:
    return f"{fake.user_name()}{rng.randint(1, 99)}@{rng.choice(['orange.fr', 'gmail.com', 'free.fr', 'exemple.fr'])}"


def iban() -> str:
    raw = fake.iban()
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_for(country: str, digits: int, rng: random.Random | None = None) -> str:
    """A valid IBAN of `country` with `digits` random digits (ISO 13616 check digits)."""
    rng = rng or random.Random(5)
    bban = "".join(str(rng.randint(0, 9)) for _ in range(digits))
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def spoken(number: str) -> str:
    """Digits read out in pairs as French speech-to-text writes them: "06 12 05…" -> "zéro six douze zéro cinq…"."""
    from num2words import num2words

    digits = "".join(char for char in number if char.isdigit())
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    return " ".join(("zéro " if len(p) == 2 and p[0] == "0" else "") + num2words(int(p), lang="fr") for p in pairs)


_EN_DIGITS = "oh one two three four five six seven eight nine".split()


def spoken_en(number: str, rng: random.Random) -> str:
    """Digits read out one by one as English speech-to-text writes them: "07700 900" -> "oh seven seven double oh nine
    oh oh", with "zero" or "oh" for 0 and "double" for a repeated digit, at random."""
    digits = [int(char) for char in number if char.isdigit()]
    words, i = [], 0
    while i < len(digits):
        word = _EN_DIGITS[digits[i]] if digits[i] or rng.random() < 0.5 else "zero"
        if i + 1 < len(digits) and digits[i + 1] == digits[i] and rng.random() < 0.5:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)

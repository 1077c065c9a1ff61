"""How long the scrubber takes on adversarial input at its size limit: 4,000 characters of one repeated shape (number
words, spelled letters, repeated contexts, bare newlines, honorifics, street types…), in French, English and Spanish.
Prints the slowest shapes. A shape that takes seconds is a regex that backtracks.

    .venv/bin/python evals/pii/adversarial_timing.py
"""

from __future__ import annotations

import time

from assist.privacy import Scrubber, Vault

SHAPES = [
    "one ", "oh ", "a b ", "Mr ", "the corner of ", "12 ", "Aaa Bbb ", "street ", "flat one ", "password is ", "my wife ", "double ",
    "1 2 ", "Name: ", "> \n", "\n\n", "x\n", "Via ", "ul. ", "12 Main ", "Ab, Cd and ", "born ", "date of birth is one ",
    "seventy three point ", "this is ab cd ", "I work for Aa ", "Apt. 1 ", "PSC 1234, Box ", "at 12 ab ", "Aa: ", "mrs ab ",
    "twenty six station road c b ", "un ", "zéro six ", "b comme berthe ", "mot de passe c'est ", "rue ", "euh ", "b for bravo ",
    "w w w dot ", "postcode ", "i e ", "a b c dot ", "x dot com slash ", "b for ", "no sorry ", "it's ", "password is no sorry ",
    "date of birth is it's ", "postcode it's ",
    # corrections, commas around "point", Spanish numbers and letters
    "point euh ", "non je me trompe ", "point, ", "arobase a point fr non pardon b point euh ", "enfin ", "treinta y ", "de ",
    "letra be de ", "uve doble ", "equis ", "Hay ",
]  # fmt: skip


def main(limit: int = 4000) -> None:
    scrubber = Scrubber.create(("fr", "en", "es"))
    for language in ("fr", "en", "es"):
        scrubber.scrub("warm up: 12 rue de la Paix, call me on oh seven seven", Vault(), language)
    timings = []
    for shape in SHAPES:
        text = (shape * (limit // len(shape) + 1))[:limit]
        for language in ("fr", "en", "es"):
            started = time.perf_counter()
            scrubber.scrub(text, Vault(), language)
            timings.append((time.perf_counter() - started, shape, language))
    timings.sort(reverse=True)
    print(f"{len(timings)} texts of {limit} characters; slowest:")
    for seconds, shape, language in timings[:8]:
        print(f"  {seconds:6.3f} s  {language}  {shape!r}")


if __name__ == "__main__":
    main()

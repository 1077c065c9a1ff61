"""Names that stand where an export puts them, with no sentence around them.

- A CSV or tab-separated export ("Nom\\tPrénom\\tDDN\\tTél\\nZAMI\\tGwladys\\t17/09/1937…") names a person in each cell of
  its name columns, whatever the cell holds ("BERGER", "BOULANGER" are ordinary words elsewhere).
- A chat exported from WhatsApp opens each message with its sender ("[13/02/2024, 12:40] RAHAMATOU ATTOUMANI: …").
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from assist.privacy.labels import label_word
from assist.privacy.spoken import _result

# A header cell whose words include one of these names its column's people: "Nom", "Prénom", "nom_client", "Last name".
NAME_HEADERS = frozenset("nom noms prenom prenoms name names firstname lastname surname titulaire".split())
_SEPARATORS = ("\t", ";", "|", ",")
_MIN_COLUMNS = 3
_HEADER_WORD = regex.compile(r"[^\W\d_]+")
_LETTER = regex.compile(r"\p{L}")
# "[13/02/2024, 12:40] Name:" (WhatsApp), "13/02/2024 12:40 - Name:" (its Android export)
_CHAT_SENDER = regex.compile(
    r"(?m)^(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s+-)[ \t]+"
    r"(?P<sender>[^\W\d_][^:\n]{1,40}?)[ \t]*:"
)


class NameColumnRecognizer(EntityRecognizer):
    """The cells of a table's name columns, on the rows under its header (same separator, same number of cells)."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language, name="NameColumnRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        lines = [(m.start(), m.group()) for m in regex.finditer(r"[^\n]+", text)]
        results: list[RecognizerResult] = []
        number = 0
        while number < len(lines):
            found = _table_at(lines, number)
            if found is None:
                number += 1
                continue
            separator, columns, rows = found
            for start, line in lines[number + 1 : number + 1 + rows]:
                offset = start
                for position, cell in enumerate(line.split(separator)):
                    stripped = cell.strip()
                    if position in columns and _LETTER.search(stripped):
                        begin = offset + len(cell) - len(cell.lstrip())
                        results.append(_result("PERSON", begin, begin + len(stripped), 0.7, self))
                    offset += len(cell) + len(separator)
            number += 1 + rows
        return results


def header_lines(text: str) -> list[tuple[int, int]]:
    """Where the header lines of the tables in `text` are: a header holds labels, never a personal value."""
    lines = [(m.start(), m.group()) for m in regex.finditer(r"[^\n]+", text)]
    return [(start, start + len(line)) for number, (start, line) in enumerate(lines) if _table_at(lines, number) is not None]


def _table_at(lines: list[tuple[int, str]], number: int) -> tuple[str, set[int], int] | None:
    """The separator, the name columns and how many rows follow, when line `number` is a table's header."""
    header = lines[number][1]
    for separator in _SEPARATORS:
        cells = header.split(separator)
        if len(cells) < _MIN_COLUMNS:
            continue
        columns = {i for i, cell in enumerate(cells) if any(label_word(w) in NAME_HEADERS for w in _HEADER_WORD.findall(cell.replace("_", " ")))}
        if not columns or len(columns) == len(cells):
            continue
        rows = 0
        for _, line in lines[number + 1 :]:
            if len(line.split(separator)) != len(cells):
                break
            rows += 1
        if rows:
            return separator, columns, rows
    return None


class ChatSenderRecognizer(EntityRecognizer):
    """The sender at the head of each message of an exported chat."""

    def __init__(self, supported_language: str = "fr"):
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language, name="ChatSenderRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        return [_result("PERSON", *match.span("sender"), 0.7, self) for match in _CHAT_SENDER.finditer(text)]

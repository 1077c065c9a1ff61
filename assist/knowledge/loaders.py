"""Read knowledge files, collecting every problem so that one bad entry or file does not stop the rest.

Formats (by extension):

    .jsonl         the generic format: one {"id", "title", "text", "metadata": {...}} per line
    .yaml, .yml    an FAQ file (`entries`) or a campaign script (`steps`, `objections`, `mandatory_mentions`)
    .md            an article with YAML front matter, or several FAQs as `## Question` sections (`layout: faq`)
    .csv           one entry per row, with a header row (`id`, `title`, `text` required)
    .html, .htm    one article per page
    .pdf           one article per document (text PDFs only: scanned ones need OCR first)

`load_knowledge` returns the entries it could read and a `Problem` for everything else: a bad
entry skips that entry, a bad file skips that file. `load_path` is the strict form.
In a folder, hidden files and README files are documentation, not knowledge, and are passed over.
Messages name files, lines, ids and fields, never entry text (it may hold personal data).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import frontmatter
import yaml
from pydantic import ValidationError

from assist.errors import KnowledgeError
from assist.knowledge.model import Kind, KnowledgeEntry

if TYPE_CHECKING:
    from assist.privacy.scrubber import Scrubber

MAX_FILE_BYTES = 20 * 1024 * 1024
ENTRY_FIELDS = ("id", "title", "text", "kind", "language", "version", "effective_from", "effective_to")
METADATA_FIELDS = ("brand", "product", "campaign", "channel", "level", "tags", "entity", "public_values")
_FAQ_QUESTION = re.compile(r"^##[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """Something wrong in a knowledge source: an `error` skipped an entry or a file, a `warning` did not lose knowledge."""

    severity: Literal["error", "warning"]
    message: str
    path: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = _where(self.path, self.line)
        return (f"{where}: " if where else "") + self.message + (f" (field '{self.field}')" if self.field else "")


def _where(path: Path | str | None, line: int | None) -> str:
    return ":".join(str(part) for part in (path, line) if part is not None)


@dataclass
class LoadReport:
    """What `load_knowledge` read: the valid entries, and every problem with what it skipped."""

    entries: list[KnowledgeEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    locations: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # entry id -> (file, line)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class _Invalid(Exception):
    """A problem that ends the reading of a file (raised) or of one entry (caught by `load_knowledge`)."""

    def __init__(self, path: Path, message: str, line: int | None = None, field: str | None = None):
        super().__init__(message)
        self.problem = Problem("error", message, str(path), line, field)


# A reader turns a file's bytes into records (line, data for `KnowledgeEntry`) and per-record problems;
# it raises `_Invalid` for a problem that spoils the whole file.
_Item = tuple[int | None, Any] | Problem


def load_path(path: Path | str, scrubber: Scrubber | None = None) -> list[KnowledgeEntry]:
    """Strict loading: every entry, or a `KnowledgeError` naming the first error and counting the others."""
    report = load_knowledge(path, scrubber)
    errors = report.errors
    if errors:
        more = f" ... and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}" if len(errors) > 1 else ""
        raise KnowledgeError(f"{errors[0]}{more}")
    return report.entries


def load_knowledge(path: Path | str, scrubber: Scrubber | None = None) -> LoadReport:
    """Load a file or, recursively, every knowledge file in a folder, collecting every problem. With a `scrubber`,
    personal data in the entries is replaced and reported (`screening.screen_knowledge`) before anyone indexes them.

    Raises `KnowledgeError` only when there is nothing to ingest: no such path, or a folder without knowledge files.
    """
    root = Path(path)
    report = LoadReport()
    first_seen: dict[str, str] = {}  # id -> "path:line" of the entry kept
    for file in _files(root):
        reader = READERS.get(file.suffix.lower())
        if reader is None:
            report.problems.append(_unknown_format(file, inside_folder=file != root))
            continue
        try:
            items = list(reader(file, _read_bytes(file)))
        except _Invalid as exc:
            report.problems.append(exc.problem)
            continue
        for item in items:
            problem = item if isinstance(item, Problem) else _accept(report, first_seen, file, *item)
            if problem:
                report.problems.append(problem)
    if scrubber is not None:
        from assist.knowledge.screening import screen_knowledge

        return screen_knowledge(report, scrubber)
    return report


def _files(root: Path) -> list[Path]:
    if not root.exists():
        raise KnowledgeError("no such file or folder", path=str(root))
    if root.is_file():
        return [root]
    files = sorted(p for p in root.rglob("*") if p.is_file() and not _documentation(p.relative_to(root)))
    if not any(p.suffix.lower() in READERS for p in files):
        raise KnowledgeError(f"no knowledge files ({', '.join(READERS)}) in folder", path=str(root))
    return files


def _documentation(relative: Path) -> bool:
    return relative.stem.lower() == "readme" or any(part.startswith(".") for part in relative.parts)


def _unknown_format(path: Path, inside_folder: bool) -> Problem:
    suffix = path.suffix or "no extension"
    if inside_folder:
        return Problem("warning", f"skipped: unknown format '{suffix}'", str(path))
    return Problem("error", f"unknown knowledge format '{suffix}' (expected {', '.join(READERS)})", str(path))


def _accept(report: LoadReport, first_seen: dict[str, str], path: Path, line: int | None, data: Any) -> Problem | None:
    """Validate one record and keep it, unless it is invalid or its id is taken."""
    try:
        entry = _entry(data, path, line)
    except _Invalid as exc:
        return exc.problem
    if entry.id in first_seen:
        return Problem("error", f"duplicate id '{entry.id}' (first at {first_seen[entry.id]})", str(path), line, "id")
    first_seen[entry.id] = _where(path, line)
    report.locations[entry.id] = (str(path), line)
    report.entries.append(entry)
    return None


def _entry(data: Any, path: Path, line: int | None) -> KnowledgeEntry:
    if not isinstance(data, dict):
        raise _Invalid(path, f"expected a mapping, got {type(data).__name__}", line)
    try:
        return KnowledgeEntry.model_validate(data)
    except ValidationError as exc:
        # An unknown field first: a typo such as 'tittle' is the cause of the 'title' it leaves missing.
        error = min(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        message = error["msg"].removeprefix("Value error, ")
        message = "unknown field" if error["type"] == "extra_forbidden" else message[:1].lower() + message[1:]
        raise _Invalid(path, message, line, ".".join(str(part) for part in error["loc"]) or None) from None


# -- reading ------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Invalid(path, f"file too large ({size:,} bytes, limit {MAX_FILE_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise _Invalid(path, f"cannot read file ({exc.strerror})") from None
    if not data.strip():
        raise _Invalid(path, "empty file")
    return data


def _decode(path: Path, data: bytes) -> str:
    """UTF-8, with or without a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Invalid(path, "not valid UTF-8", data[: exc.start].count(b"\n") + 1) from None


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _with_metadata(fields: dict[str, Any]) -> dict[str, Any]:
    """Move the metadata fields (brand, product, ...) into `metadata`; unknown names stay, so validation names them."""
    record = {k: v for k, v in fields.items() if k not in METADATA_FIELDS}
    return {**record, "metadata": {k: fields[k] for k in METADATA_FIELDS if k in fields}}


def _text_value(name: str, value: str) -> Any:
    """A metadata value written as text (a CSV cell, an HTML meta): tags split on ';' or '|', a numeric level as int."""
    if name in ("tags", "public_values"):
        return [tag.strip() for tag in re.split(r"[;|]", value) if tag.strip()]
    return int(value) if name == "level" and value.strip().isdigit() else value


# -- JSONL ----------------------------------------------------------------------------


def _load_jsonl(path: Path, data: bytes) -> Iterator[_Item]:
    """Generic format: one ``{"id", "title", "text", "metadata": {...}}`` per line (kind and language optional)."""
    for number, raw in enumerate(_decode(path, data).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Problem("error", f"invalid JSON ({exc.msg})", str(path), number)
            continue
        if isinstance(record, dict) and isinstance(record.get("metadata"), dict):
            record = {"language": record["metadata"].get("language", "fr"), **record}
        yield number, record


# -- YAML: FAQ files and campaign scripts --------------------------------------------------


def _yaml(path: Path, text: str, what: str = "YAML") -> Any:
    """Parse YAML that starts on line 1 of the file (front matter starts with the rest of its '---' line)."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise _Invalid(path, f"invalid {what} ({getattr(exc, 'problem', None) or 'syntax error'})", mark.line + 1 if mark else 1) from None
    except ValueError as exc:  # well-formed but impossible, such as the date 2024-13-01
        raise _Invalid(path, f"invalid {what} ({exc})", 1) from None


def _load_yaml(path: Path, data: bytes) -> Iterator[_Item]:
    text = _decode(path, data)
    document = _yaml(path, text)
    if isinstance(document, dict) and "entries" in document:
        return _faq_file(path, document, yaml.compose(text))
    if isinstance(document, dict) and "steps" in document:
        return _script_file(path, document, yaml.compose(text))
    raise _Invalid(path, "unknown YAML knowledge layout: expected 'entries' (FAQ file) or 'steps' (campaign script)", 1)


def _items(path: Path, document: dict, key: str, root: yaml.Node, required: bool = True) -> list[tuple[int | None, Any]]:
    """(line, item) for each item of the top-level list `key`."""
    items = document.get(key)
    if items is None and not required:
        return []
    if not isinstance(items, list) or (required and not items):
        raise _Invalid(path, f"'{key}' must be a non-empty list", None, key)
    nodes = next(value.value for name, value in root.value if name.value == key)
    return [(node.start_mark.line + 1, item) for node, item in zip(nodes, items)]


def _faq_file(path: Path, document: dict, root: yaml.Node) -> Iterator[_Item]:
    brand, language = document.get("brand"), document.get("language", "fr")
    for line, item in _items(path, document, "entries", root):
        if isinstance(item, dict):
            item = dict(item)
            metadata = {"brand": brand, "product": item.pop("product", None), "level": item.pop("level", 1), "tags": item.pop("tags", [])}
            metadata.update(item.pop("metadata", {}) or {})
            item = {"language": language, "kind": Kind.FAQ.value, **item, "metadata": {k: v for k, v in metadata.items() if v is not None}}
        yield line, item


def _script_file(path: Path, document: dict, root: yaml.Node) -> Iterator[_Item]:
    """A campaign script becomes ordered step entries, objection responses and mandatory mentions."""
    for name in ("id", "campaign", "title"):
        if not document.get(name):
            raise _Invalid(path, "missing script field", 1, name)
    title, version = document["title"], str(document.get("version", "1"))
    base = {"brand": document.get("brand"), "campaign": document["campaign"], "script_id": document["id"], "script_version": version, "script_title": title, "level": 1}
    sections = (("steps", Kind.SCRIPT_STEP, True), ("objections", Kind.OBJECTION, False), ("mandatory_mentions", Kind.MANDATORY, False))
    for key, kind, required in sections:
        for order, (line, item) in enumerate(_items(path, document, key, root, required), start=1):
            if isinstance(item, dict):
                item = dict(item)
                metadata = dict(base)
                if kind is Kind.SCRIPT_STEP:
                    metadata.update(step=order, step_name=item.pop("name", None))
                    metadata["context"] = f"{title} — étape {order}" + (f" ({metadata['step_name']})" if metadata["step_name"] else "")
                elif kind is Kind.OBJECTION:
                    metadata["objection"] = item.pop("objection", None)
                    metadata["context"] = f"{title} — objection : {metadata['objection'] or item.get('title', '')}"
                else:
                    metadata["context"] = f"{title} — mention obligatoire"
                    required_terms = item.pop("must_include", None)
                    if required_terms is not None and not (isinstance(required_terms, list) and all(isinstance(t, str) and t.strip() for t in required_terms)):
                        raise _Invalid(path, "must_include must be a list of terms ('a|b' for alternatives)", line, "must_include")
                    metadata["must_include"] = required_terms
                metadata = {k: v for k, v in metadata.items() if v is not None}
                item = {"language": document.get("language", "fr"), "version": version, **item, "kind": kind.value, "metadata": metadata}
            yield line, item


# -- Markdown --------------------------------------------------------------------------


def _load_markdown(path: Path, data: bytes) -> Iterator[_Item]:
    """An article (the body is its text), or with `layout: faq`, one FAQ per `## Question` section.

    Front matter gives the entry fields and the metadata fields; the id defaults to the file name
    (for FAQs: `id_prefix`, default the file name, then the question).
    """
    text = _decode(path, data)
    fields, body, body_line = _front_matter(path, text)
    layout = fields.pop("layout", "article")
    if layout == "article":
        yield 1, _with_metadata({"id": _slug(path.stem), "kind": Kind.ARTICLE.value, **fields, "text": body})
    elif layout == "faq":
        prefix = fields.pop("id_prefix", None) or _slug(path.stem)
        questions = list(_FAQ_QUESTION.finditer(body))
        for n, match in enumerate(questions, start=1):
            answer = body[match.end() : questions[n].start() if n < len(questions) else len(body)]
            record = {"kind": Kind.FAQ.value, **fields, "id": f"{prefix}-{_slug(match[1]) or n}", "title": match[1], "text": answer}
            yield body_line + body.count("\n", 0, match.start()), _with_metadata(record)
    else:
        raise _Invalid(path, f"unknown layout '{layout}' (expected 'article' or 'faq')", 1, "layout")


def _front_matter(path: Path, text: str) -> tuple[dict[str, Any], str, int]:
    """(fields, body, line where the body starts); a file without front matter is all body."""
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return {}, text, 1
    try:
        head, body = handler.split(text)
    except ValueError:
        raise _Invalid(path, "front matter is not closed (expected a second '---' line)", 1) from None
    fields = _yaml(path, head, "front matter") or {}
    if not isinstance(fields, dict):
        raise _Invalid(path, f"front matter must be a mapping, got {type(fields).__name__}", 1)
    return fields, body, text.count("\n", 0, len(text) - len(body)) + 1


# -- CSV -------------------------------------------------------------------------------


def _load_csv(path: Path, data: bytes) -> Iterator[_Item]:
    """One entry per row; columns other than the entry fields go into metadata."""
    rows = csv.reader(io.StringIO(_decode(path, data), newline=""))
    try:
        header = [name.strip() for name in next(rows)]
        for name in ("id", "title", "text"):
            if name not in header:
                raise _Invalid(path, "missing required column", 1, name)
        if len(set(header)) < len(header):
            raise _Invalid(path, "duplicate column in header row", 1)
        line = rows.line_num + 1
        for row in rows:
            if len(row) > len(header):
                yield Problem("error", f"row has {len(row)} columns, the header {len(header)}", str(path), line)
            elif any(cell.strip() for cell in row):
                yield line, _csv_record(dict(zip(header, row)))
            line = rows.line_num + 1
    except csv.Error as exc:
        raise _Invalid(path, f"invalid CSV ({exc})", rows.line_num) from None


def _csv_record(cells: dict[str, str]) -> dict[str, Any]:
    """Cells are stripped, empty ones are absent values; every column that is not an entry field is metadata."""
    cells = {k: v.strip() for k, v in cells.items()}
    record = {k: v for k, v in cells.items() if k in ENTRY_FIELDS and (v or k in ("id", "title", "text"))}
    return {**record, "metadata": {k: _text_value(k, v) for k, v in cells.items() if k not in ENTRY_FIELDS and v}}


# -- HTML ------------------------------------------------------------------------------


def _load_html(path: Path, data: bytes) -> Iterator[_Item]:
    """One article per page, headings kept: `<meta name="assist-...">` gives fields (`assist-id`, `assist-effective-from`,
    `assist-brand`...), `<html lang>` the language, `<title>` or the first `<h1>` the title."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(path, data), "html.parser")
    fields: dict[str, Any] = {"id": _slug(path.stem), "kind": Kind.ARTICLE.value}
    if soup.html and soup.html.get("lang"):
        fields["language"] = str(soup.html["lang"]).split("-")[0].lower()
    for meta in soup.find_all("meta", attrs={"name": re.compile(r"^assist-")}):
        name = meta["name"].removeprefix("assist-").replace("-", "_")
        fields[name] = _text_value(name, meta.get("content", ""))
    h1 = soup.find("h1")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    title = title or (h1.get_text(" ", strip=True) if h1 else "")
    if h1 and h1.get_text(" ", strip=True) == title:
        h1.decompose()
    for tag in soup(["head", "title", "script", "style", "nav", "noscript", "template"]):
        tag.decompose()
    yield None, _with_metadata({**fields, "title": title, "text": _html_text(soup)})


def _html_text(soup: Any) -> str:
    """Paragraphs separated by blank lines, headings as `## Heading` lines (as in Markdown, for chunking)."""
    for heading in soup(re.compile(r"^h[1-6]$")):
        heading.replace_with(f"\n\n## {heading.get_text(' ', strip=True)}\n\n")
    for block in soup(["p", "div", "li", "br", "tr", "section", "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt"]):
        block.insert_after("\n\n")
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", soup.get_text()))
    return "\n\n".join(p for p in paragraphs if p)


# -- PDF -------------------------------------------------------------------------------


def _load_pdf(path: Path, data: bytes) -> Iterator[_Item]:
    """One article per document: the title from the PDF's metadata, else its first line."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages).strip()
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PyPdfError, ValueError, KeyError) as exc:
        raise _Invalid(path, f"not a readable PDF ({type(exc).__name__})") from None
    if not text:
        raise _Invalid(path, "no extractable text (scanned PDF? run OCR first)")
    yield None, {"id": _slug(path.stem), "kind": Kind.ARTICLE.value, "title": title.strip() or text.splitlines()[0], "text": text}


READERS: dict[str, Callable[[Path, bytes], Iterator[_Item]]] = {
    ".csv": _load_csv,
    ".htm": _load_html,
    ".html": _load_html,
    ".jsonl": _load_jsonl,
    ".md": _load_markdown,
    ".pdf": _load_pdf,
    ".yaml": _load_yaml,
    ".yml": _load_yaml,
}

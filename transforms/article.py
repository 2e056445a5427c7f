"""One raw article in, one structured record out: the composition of all transforms.

Pure: bytes and a reference date in, an Article (or a Rejected error naming why the input
cannot be an article) out. No I/O, no Prefect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property

from transforms.dates import DateMention, find_dates
from transforms.decode import DecodeError, Line, decode, split_lines
from transforms.dedup import dedupe
from transforms.entities import Entity, Finder, find_entities
from transforms.layout import Removed, segment
from transforms.meetings import Meeting, find_meetings
from transforms.text import arabic_ratio, display_form, search_form, words

ARABIC_MIN_RATIO = 0.5  # share of Arabic letters for a text to count as Arabic
BINARY_CONTROL_RATIO = 0.1  # share of control bytes above which a file is binary, not text
DEFAULT_MAX_LINE_CHARS = 100_000  # a longer line is not prose: minified HTML, base64, a dump
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 13}
_MAGIC = {  # file signatures of binary formats scrapers save by mistake
    b"%PDF": "PDF document",
    b"PK\x03\x04": "zip archive (or docx/xlsx)",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"RIFF": "RIFF media (webp/wav/avi)",
    b"\x1f\x8b": "gzip data",
    b"7z\xbc\xaf": "7z archive",
    b"Rar!": "RAR archive",
    b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "MS Office document",
}
_HTML = re.compile(rb"^\s*(<!doctype html|<html|<head|<body)|<(p|div|span|script|br)\b[^>]*>", re.I)
_HTML_TAGS = re.compile(rb"</?[a-z][a-z0-9]*\b[^>]*>", re.I)


class Rejected(ValueError):
    """The input cannot be read as an article; the message is the quarantine reason."""


@dataclass(frozen=True)
class RecordFields:
    """Fields an export gives beside the body; they win over what the text itself suggests."""

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Paragraph:
    line_no: int
    text: str  # display form


@dataclass
class Article:
    doc_id: str
    encoding: str
    raw_text: str  # the decoded input, before any cleaning
    title: str | None
    title_line: int | None
    outlet: str | None
    section: str | None
    published_date: dt.date | None
    paragraphs: list[Paragraph]
    removed: list[Removed]
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    controls_removed: int = 0

    # Computed once: the paragraphs do not change after extraction.
    @cached_property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @cached_property
    def body_norm(self) -> str:
        return search_form(self.body)

    @cached_property
    def words(self) -> int:
        return len(words(self.body))

    @cached_property
    def language(self) -> str:
        return "ar" if arabic_ratio(self.body) >= ARABIC_MIN_RATIO else "other"


def doc_id_of(raw: bytes) -> str:
    """Content address of an input: the same bytes always get the same id."""
    return hashlib.sha256(raw).hexdigest()[:32]


def _check_binary(raw: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise Rejected(f"binary file: {kind}")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 text is full of zero bytes
    sample = raw[:8192]
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls / len(sample) > BINARY_CONTROL_RATIO and b"\x00\x00" in sample:
        raise Rejected(f"binary file: {controls} of the first {len(sample)} bytes are control bytes")


def _check_html(raw: bytes) -> None:
    sample = raw[:65536]
    if _HTML.search(sample) and len(_HTML_TAGS.findall(sample)) >= 3:
        raise Rejected("HTML page: not extracted (Akhbar reads text; convert the page to text first)")


def no_entities(title: str | None, body: str, outlet: str | None = None) -> list[Entity]:
    """The entity finder of `--ner none`."""
    return []


def extract(
    raw: bytes,
    reference_date: dt.date,
    record: RecordFields | None = None,
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS,
    find: Finder = find_entities,
) -> Article:
    """Turn the raw bytes of one scraped article (or a record's body) into an Article.

    ``find`` is the entity extractor: the built-in one, CAMeL's (transforms.camel_ner), or none.
    """
    if not raw:
        raise Rejected("empty file")
    _check_binary(raw)
    try:
        decoded = decode(raw)
    except DecodeError as exc:
        raise Rejected(f"undecodable: {exc}") from exc
    if not decoded.text.strip():
        raise Rejected("whitespace-only file")
    _check_html(raw)
    lines = split_lines(decoded.text)
    longest = max(lines, key=lambda line: len(line.text))
    if len(longest.text) > max_line_chars:
        raise Rejected(f"line {longest.no} is {len(longest.text)} characters long (limit {max_line_chars})")
    record = record or RecordFields()
    layout = segment(lines, title_given=record.title is not None)
    if record.title is not None:
        layout.title = Line(0, record.title)
    body, duplicates = dedupe(layout.body, layout.title)
    if not body:
        raise Rejected("no article body left after boilerplate removal")
    paragraphs = [Paragraph(line.no, display_form(line.text)) for line in body]
    article = Article(
        doc_id=doc_id_of(raw),
        encoding=decoded.encoding,
        raw_text=decoded.text,
        title=display_form(layout.title.text) if layout.title else None,
        title_line=layout.title.no if layout.title and layout.title.no else None,
        outlet=record.outlet or layout.outlet,
        section=layout.section,
        published_date=None,
        paragraphs=paragraphs,
        removed=sorted(layout.removed + duplicates, key=lambda r: r.line_no),
        controls_removed=decoded.controls_removed,
    )
    article.published_date = _published(record.date, layout.dateline, reference_date)
    article.dates = find_dates(article.body, reference_date)
    annotate(article, find(article.title, article.body, article.outlet))
    return article


def annotate(article: Article, entities: list[Entity]) -> None:
    """Give an article its entities, and the meetings they take part in."""
    article.entities = entities
    article.meetings = find_meetings(article.body, entities, article.dates)


def _published(given: str | None, dateline: Line | None, reference_date: dt.date) -> dt.date | None:
    """The publication date: the record's date field, else the dateline under the headline."""
    if given:
        try:
            return dt.date.fromisoformat(given[:10])
        except ValueError:
            found = find_dates(given, reference_date)
            if found:
                return found[0].value
    if dateline:
        found = find_dates(dateline.text, reference_date)
        return found[0].value if found else None
    return None

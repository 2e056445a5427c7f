"""One raw article in, one structured record out: the composition of all transforms.

Pure: bytes and a reference date in, an Article (or a Rejected error naming why the input
cannot be an article) out. No I/O, no Prefect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from transforms.dates import DateMention, find_dates
from transforms.decode import DecodeError, decode, split_lines
from transforms.dedup import dedupe
from transforms.entities import Entity, find_entities
from transforms.layout import Removed, segment
from transforms.text import arabic_ratio, display_form, search_form, words

ARABIC_MIN_RATIO = 0.5  # share of Arabic letters for a text to count as Arabic
BINARY_CONTROL_RATIO = 0.1  # share of control bytes above which a file is binary, not text
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 13}


class Rejected(ValueError):
    """The input cannot be read as an article; the message is the quarantine reason."""


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
    controls_removed: int = 0

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def body_norm(self) -> str:
        return search_form(self.body)

    @property
    def words(self) -> int:
        return len(words(self.body))

    @property
    def language(self) -> str:
        return "ar" if arabic_ratio(self.body) >= ARABIC_MIN_RATIO else "other"


def doc_id_of(raw: bytes) -> str:
    """Content address of an input: the same bytes always get the same id."""
    return hashlib.sha256(raw).hexdigest()[:32]


def _check_binary(raw: bytes) -> None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 text is full of zero bytes
    sample = raw[:8192]
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls / len(sample) > BINARY_CONTROL_RATIO and b"\x00\x00" in sample:
        raise Rejected(f"binary file: {controls} of the first {len(sample)} bytes are control bytes")


def extract(raw: bytes, reference_date: dt.date) -> Article:
    """Turn the raw bytes of one scraped article into an Article."""
    if not raw:
        raise Rejected("empty file")
    _check_binary(raw)
    try:
        decoded = decode(raw)
    except DecodeError as exc:
        raise Rejected(f"undecodable: {exc}") from exc
    if not decoded.text.strip():
        raise Rejected("whitespace-only file")
    layout = segment(split_lines(decoded.text))
    body, duplicates = dedupe(layout.body, layout.title)
    if not body:
        raise Rejected("no article body left after boilerplate removal")
    paragraphs = [Paragraph(line.no, display_form(line.text)) for line in body]
    article = Article(
        doc_id=doc_id_of(raw),
        encoding=decoded.encoding,
        raw_text=decoded.text,
        title=display_form(layout.title.text) if layout.title else None,
        title_line=layout.title.no if layout.title else None,
        outlet=layout.outlet,
        section=layout.section,
        published_date=None,
        paragraphs=paragraphs,
        removed=sorted(layout.removed + duplicates, key=lambda r: r.line_no),
        controls_removed=decoded.controls_removed,
    )
    if layout.dateline:
        stamped = find_dates(layout.dateline.text, reference_date)
        article.published_date = stamped[0].value if stamped else None
    article.dates = find_dates(article.body, reference_date)
    article.entities = find_entities(article.title, article.body)
    return article

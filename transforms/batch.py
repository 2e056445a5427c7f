"""Sorting a batch of raw inputs: already loaded, duplicate, new article, or quarantined."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transforms.article import Article, Rejected, doc_id_of, extract
from transforms.decode import DecodeError, decode


@dataclass(frozen=True)
class RawInput:
    source: str
    raw: bytes | None  # None when the input could not be read
    error: str | None = None  # why it could not be read


@dataclass(frozen=True)
class Outcome:
    """What became of one input (not yet validated)."""

    doc_id: str
    source: str
    raw: bytes
    status: str  # new | skipped | duplicate | quarantined
    reason: str | None = None
    encoding: str | None = None
    raw_text: str | None = None
    article: Article | None = None


@dataclass
class BatchResult:
    outcomes: list[Outcome] = field(default_factory=list)

    def with_status(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]


def _text_of(raw: bytes) -> tuple[str | None, str | None]:
    try:
        decoded = decode(raw)
    except DecodeError:
        return None, None
    return decoded.text, decoded.encoding


def process_batch(
    inputs: list[RawInput],
    known: dict[str, list[str]],
    seen: dict[str, str],
    reference_date: dt.date,
) -> BatchResult:
    """Decide each input's fate and extract the new articles.

    ``known`` maps content ids already in the warehouse to their sources; ``seen`` maps ids
    met earlier in this run to their source and is updated here.
    """
    result = BatchResult()
    for item in inputs:
        if item.raw is None:
            empty = b""
            result.outcomes.append(Outcome(doc_id_of(empty), item.source, empty, "quarantined", item.error))
            continue
        doc_id = doc_id_of(item.raw)
        sources = known.get(doc_id, [])
        if item.source in sources:
            result.outcomes.append(Outcome(doc_id, item.source, item.raw, "skipped", "already loaded"))
            continue
        first = seen.get(doc_id) or (sources[0] if sources else None)
        if first is not None:
            text, encoding = _text_of(item.raw)
            result.outcomes.append(
                Outcome(doc_id, item.source, item.raw, "duplicate", f"same content as {first}", encoding, text)
            )
            continue
        seen[doc_id] = item.source
        try:
            article = extract(item.raw, reference_date)
        except Rejected as exc:
            text, encoding = _text_of(item.raw)
            result.outcomes.append(Outcome(doc_id, item.source, item.raw, "quarantined", str(exc), encoding, text))
            continue
        result.outcomes.append(
            Outcome(doc_id, item.source, item.raw, "new", None, article.encoding, article.raw_text, article)
        )
    return result

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
        raw = item.raw if item.raw is not None else b""
        doc_id = doc_id_of(raw)
        sources = known.get(doc_id, [])
        if item.source in sources:
            result.outcomes.append(Outcome(doc_id, item.source, raw, "skipped", "already loaded"))
            continue
        if item.raw is None:
            result.outcomes.append(Outcome(doc_id, item.source, raw, "quarantined", item.error))
            continue
        first = seen.get(doc_id) or (sources[0] if sources else None)
        if first is not None and raw.strip():  # empty inputs are quarantined, not duplicates
            text, encoding = _text_of(raw)
            result.outcomes.append(
                Outcome(doc_id, item.source, raw, "duplicate", f"same content as {first}", encoding, text)
            )
            continue
        seen[doc_id] = item.source
        try:
            article = extract(item.raw, reference_date)
        except Rejected as exc:
            reason = str(exc)
        except Exception as exc:  # a defect in a transform must not stop the run: quarantine, say why
            reason = f"extraction failed: {type(exc).__name__}: {exc}"
        else:
            result.outcomes.append(
                Outcome(doc_id, item.source, item.raw, "new", None, article.encoding, article.raw_text, article)
            )
            continue
        text, encoding = _text_of(item.raw)
        result.outcomes.append(Outcome(doc_id, item.source, item.raw, "quarantined", reason, encoding, text))
    return result

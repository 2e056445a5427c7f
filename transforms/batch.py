"""Sorting a batch of raw inputs: already loaded, duplicate, new article, or quarantined."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from transforms.article import (
    DEFAULT_MAX_LINE_CHARS,
    Article,
    RecordFields,
    Rejected,
    annotate,
    doc_id_of,
    extract,
)
from transforms.decode import DecodeError, decode
from transforms.entities import Entity, Finder, find_entities


@dataclass(frozen=True)
class RawInput:
    """One input as read: a .txt file's bytes, or one record of an export."""

    source: str  # the path as given; '<path>#L<line>' / '#R<record>' for a record of an export
    raw: bytes | None  # the article text (a record's body field); None when it could not be read
    error: str | None = None  # why it cannot be an article (unreadable, too large, not JSON, ...)
    digest: str | None = None  # content id computed while streaming, when the bytes are not kept
    size: int | None = None  # the size in bytes, when the bytes are not kept
    record: RecordFields | None = None  # the other fields of a record
    original: bytes | None = None  # the input as read when it is not the article text: a record's JSON, a corrupt file


@dataclass(frozen=True)
class Outcome:
    """What became of one input (not yet validated)."""

    doc_id: str
    source: str
    raw: bytes | None  # None when the input was too large to keep (its id is still its content hash)
    size: int
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


def _text_of(raw: bytes | None) -> tuple[str | None, str | None]:
    if not raw:
        return None, None
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
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS,
    find: Finder = find_entities,
) -> BatchResult:
    """Decide each input's fate and extract the new articles.

    ``known`` maps content ids already in the warehouse to their sources; ``seen`` maps ids
    met earlier in this run to their source and is updated here.
    """
    result = BatchResult()
    for item in inputs:
        stored = item.original if item.original is not None else item.raw
        size = item.size if item.size is not None else len(stored or b"")
        doc_id = content_id(item)
        sources = known.get(doc_id, [])
        if item.source in sources:
            result.outcomes.append(Outcome(doc_id, item.source, stored, size, "skipped", "already loaded"))
            continue
        if item.error:
            text, encoding = _text_of(stored)
            result.outcomes.append(
                Outcome(doc_id, item.source, stored, size, "quarantined", item.error, encoding, text)
            )
            continue
        first = seen.get(doc_id) or (sources[0] if sources else None)
        if first is not None and stored and stored.strip():  # empty inputs are quarantined, not duplicates
            text, encoding = _text_of(stored)
            result.outcomes.append(
                Outcome(doc_id, item.source, stored, size, "duplicate", f"same content as {first}", encoding, text)
            )
            continue
        seen[doc_id] = item.source
        try:
            article = extract(item.raw or b"", reference_date, item.record, max_line_chars, find)
        except Rejected as exc:
            reason = str(exc)
        except Exception as exc:  # a defect in a transform must not stop the run: quarantine, say why
            reason = f"extraction failed: {type(exc).__name__}: {exc}"
        else:
            article.doc_id = doc_id
            raw_text = stored.decode("utf-8") if item.original is not None else article.raw_text
            result.outcomes.append(
                Outcome(doc_id, item.source, stored, size, "new", None, article.encoding, raw_text, article)
            )
            continue
        text, encoding = _text_of(stored)
        result.outcomes.append(Outcome(doc_id, item.source, stored, size, "quarantined", reason, encoding, text))
    return result


def entity_inputs(result: BatchResult) -> list[tuple[str | None, str, str | None]]:
    """(title, body, outlet) of each new article, in order: what entity extraction reads."""
    return [(o.article.title, o.article.body, o.article.outlet) for o in result.with_status("new") if o.article]


def with_entities(result: BatchResult, found: list[list[Entity] | str]) -> BatchResult:
    """The batch with the entities found elsewhere (transforms.entities.find_all over
    entity_inputs) given to its new articles; an article whose extraction failed is quarantined
    with the reason, as process_batch would have done."""
    found_by_article = iter(found)
    outcomes = []
    for outcome in result.outcomes:
        if outcome.status == "new" and outcome.article:
            entities = next(found_by_article)
            if isinstance(entities, str):
                outcome = replace(outcome, status="quarantined", reason=entities, article=None)
            else:
                annotate(outcome.article, entities)
        outcomes.append(outcome)
    return BatchResult(outcomes)


def content_id(item: RawInput) -> str:
    """The id of an input's content: the same content always gets the same id."""
    if item.digest:
        return item.digest
    return doc_id_of(item.original if item.original is not None else item.raw or b"")

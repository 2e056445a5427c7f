"""Records produced by the transforms, as rows of the warehouse tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.article import Article
from transforms.batch import BatchResult, Outcome
from transforms.text import key_form
from warehouse.store import BATCH_TABLES

if TYPE_CHECKING:  # only for the annotation: importing Great Expectations takes seconds
    from expectations.validate import Outcome as Checks


def document_row(outcome: Outcome, status: str, reason: str | None, run_id: str, batch_id: str) -> dict:
    """The documents row of one input; quarantined inputs keep their raw bytes."""
    return {
        "doc_id": outcome.doc_id,
        "source": outcome.source,
        "bytes": outcome.size,
        "encoding": outcome.encoding,
        "status": status,
        "reason": reason,
        "run_id": run_id,
        "batch_id": batch_id,
        "raw_text": outcome.raw_text,
        "raw_bytes": outcome.raw if status == "quarantined" else None,
    }


def article_rows(article: Article, run_id: str, batch_id: str) -> dict[str, list[dict]]:
    """Rows of articles, paragraphs, removed_lines, entities, meetings and date_mentions for one article."""
    doc = article.doc_id
    return {
        "articles": [
            {
                "doc_id": doc,
                "title": article.title,
                "title_line": article.title_line,
                "outlet": article.outlet,
                "section": article.section,
                "body": article.body,
                "body_norm": article.body_norm,
                "published_date": article.published_date,
                "paragraphs": len(article.paragraphs),
                "words": article.words,
                "language": article.language,
                "encoding": article.encoding,
                "run_id": run_id,
                "batch_id": batch_id,
            }
        ],
        "paragraphs": [
            {"doc_id": doc, "para_no": n, "line_no": p.line_no, "text": p.text, "batch_id": batch_id}
            for n, p in enumerate(article.paragraphs, start=1)
        ],
        "removed_lines": [
            {
                "doc_id": doc,
                "line_no": r.line_no,
                "text": r.text,
                "reason": r.reason,
                "detail": r.detail,
                "batch_id": batch_id,
            }
            for r in article.removed
        ],
        "entities": [
            {
                "doc_id": doc,
                "kind": e.kind,
                "text": e.text,
                "canonical": e.canonical,
                "canonical_key": key_form(e.canonical),
                "role": e.role,
                "field": e.field,
                "start_char": e.start,
                "end_char": e.end,
                "batch_id": batch_id,
            }
            for e in article.entities
        ],
        "meetings": [
            {
                "doc_id": doc,
                "kind": m.kind,
                "host": m.host,
                "guest": m.guest,
                "guest_role": m.guest_role,
                "guest_country": m.guest_country,
                "place": m.place,
                "date": m.date.value if m.date else None,
                "sentence": m.sentence,
                "start_char": m.start,
                "end_char": m.end,
                "batch_id": batch_id,
            }
            for m in article.meetings
        ],
        "date_mentions": [
            {
                "doc_id": doc,
                "text": d.text,
                "value": d.value,
                "granularity": d.granularity,
                "start_char": d.start,
                "end_char": d.end,
                "batch_id": batch_id,
            }
            for d in article.dates
        ],
    }


def batch_rows(result: BatchResult, checks: Checks, run_id: str, batch_id: str) -> dict[str, list[dict]]:
    """Every row a batch writes: documents for all inputs, article tables for the valid ones."""
    rows: dict[str, list[dict]] = {name: [] for name in BATCH_TABLES}
    for outcome in result.outcomes:
        if outcome.status == "skipped":
            continue
        status, reason = outcome.status, outcome.reason
        if status == "new":
            failed = checks.failures.get(outcome.doc_id)
            status, reason = (
                ("quarantined", "failed expectations: " + "; ".join(failed)) if failed else ("loaded", None)
            )
        rows["documents"].append(document_row(outcome, status, reason, run_id, batch_id))
        if status == "loaded":
            for name, table_rows in article_rows(outcome.article, run_id, batch_id).items():
                rows[name].extend(table_rows)
    rows["quality_results"] = [{"run_id": run_id, "batch_id": batch_id, **r} for r in checks.results]
    return rows

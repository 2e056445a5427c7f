"""The data-quality report of a run, written next to the warehouse as Markdown and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from warehouse.store import Warehouse


def _rows(warehouse: Warehouse, sql: str, params: list) -> list[tuple]:
    return warehouse.con.execute(sql, params).fetchall()


def write_report(warehouse: Warehouse, summary: dict) -> Path:
    """Write reports/<run_id>.md and .json; returns the Markdown path."""
    run_id = summary["run_id"]
    quarantined = _rows(
        warehouse,
        "SELECT source, reason FROM documents WHERE run_id = ? AND status = 'quarantined' ORDER BY source",
        [run_id],
    )
    removed = _rows(
        warehouse,
        """SELECT r.reason, count(*) FROM removed_lines r JOIN articles a USING (doc_id)
           WHERE a.run_id = ? GROUP BY r.reason ORDER BY count(*) DESC, r.reason""",
        [run_id],
    )
    checks = _rows(
        warehouse,
        """SELECT suite, expectation, column_name, bool_and(success), sum(coalesce(unexpected, 0))
           FROM quality_results WHERE run_id = ? GROUP BY ALL ORDER BY suite, expectation, column_name""",
        [run_id],
    )
    totals = _rows(
        warehouse,
        """SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'documents', count(*) FROM documents
           UNION ALL SELECT 'entities', count(*) FROM entities UNION ALL SELECT 'runs', count(*) FROM runs""",
        [],
    )
    lines = [
        f"# Akhbar data-quality report — run {run_id}",
        "",
        f"Status **{summary['status']}** in {summary['elapsed_seconds']} s. "
        f"Files seen {summary['files_seen']}: loaded {summary['loaded']}, "
        f"skipped (already loaded) {summary['skipped']}, "
        f"duplicates {summary['duplicate']}, quarantined {summary['quarantined']}.",
        "",
        "## Quarantined inputs",
        "",
        *([f"- `{source}`: {reason}" for source, reason in quarantined] or ["None."]),
        "",
        "## Removed lines by reason (articles loaded in this run)",
        "",
        "| reason | lines |",
        "| --- | ---: |",
        *[f"| {reason} | {count} |" for reason, count in removed],
        "",
        "## Expectations",
        "",
        "| suite | expectation | column | passed | unexpected rows |",
        "| --- | --- | --- | --- | ---: |",
        *[f"| {s} | {e} | {c or ''} | {'yes' if ok else '**no**'} | {n} |" for s, e, c, ok, n in checks],
        "",
        "## Warehouse totals",
        "",
        *[f"- {name}: {count}" for name, count in totals],
        "",
        f"Data Docs: {summary.get('data_docs')}",
        "",
    ]
    folder = warehouse.root / "reports"
    folder.mkdir(exist_ok=True)
    path = folder / f"{run_id}.md"
    path.write_text("\n".join(lines), "utf-8")
    (folder / f"{run_id}.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), "utf-8")
    return path

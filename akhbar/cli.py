"""The `akhbar` command: run the ingestion flow, or show what one file would become."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = REPO_ROOT / "data"
DEFAULT_INPUTS = [str(REPO_ROOT / "seeds")]


class NerBackend(StrEnum):
    builtin = "builtin"
    camel = "camel"
    none = "none"


app = typer.Typer(add_completion=False, no_args_is_help=True, help="Akhbar: Arabic news text into clean tables.")


def prefect_environment(warehouse: Path) -> None:
    """Quiet, offline Prefect with its state in the warehouse; set before Prefect is imported."""
    os.environ.setdefault("PREFECT_HOME", str(warehouse / "prefect"))
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


def _date(value: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat(value) if value else dt.date.today()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@app.command()
def run(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders or glob patterns (default: seeds/)")] = None,
    warehouse: Annotated[Path, typer.Option(help="Folder for akhbar.duckdb, parquet/ and reports")] = DEFAULT_WAREHOUSE,
    reference_date: Annotated[
        str | None, typer.Option(help="YYYY-MM-DD used to resolve partial dates (default: today)")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch (one Prefect task each)")] = 200,
    title_field: Annotated[str, typer.Option(help="JSON/CSV field holding the headline")] = "title",
    body_field: Annotated[str, typer.Option(help="JSON/CSV field holding the article text")] = "text",
    outlet_field: Annotated[str, typer.Option(help="JSON/CSV field holding the outlet")] = "outlet",
    date_field: Annotated[str, typer.Option(help="JSON/CSV field holding the publication date")] = "date",
    url_field: Annotated[str, typer.Option(help="JSON/CSV field holding the URL")] = "url",
    max_bytes: Annotated[int, typer.Option(min=1, help="Quarantine an article larger than this")] = 5_000_000,
    max_line_chars: Annotated[int, typer.Option(min=1, help="Quarantine an article with a longer line")] = 100_000,
    ner: Annotated[
        NerBackend, typer.Option(help="Entity extractor: builtin, camel (CAMeL's model, if installed) or none")
    ] = NerBackend.builtin,
) -> None:
    """Run the ingestion flow once over .txt files and .jsonl/.json/.csv exports (any of them .gz)."""
    reference = _date(reference_date)
    warehouse = warehouse.resolve()
    prefect_environment(warehouse)
    from flows.ingest import ingest
    from warehouse.store import WarehouseBusy

    try:
        fields = {
            "title": title_field,
            "body": body_field,
            "outlet": outlet_field,
            "date": date_field,
            "url": url_field,
        }
        summary = ingest(
            paths or DEFAULT_INPUTS, str(warehouse), reference, batch_size, fields, max_bytes, max_line_chars, ner.value
        )
    except WarehouseBusy as exc:
        typer.echo(f"akhbar: {exc}", err=True)
        raise typer.Exit(3) from None
    typer.echo(format_summary(summary))


def format_summary(summary: dict) -> str:
    lines = [
        f"run {summary['run_id']}: {summary['status']} in {summary['elapsed_seconds']} s",
        f"  files seen      {summary['files_seen']}  ({summary['inputs_seen']} articles and records)",
        f"  loaded          {summary['loaded']}",
        f"  skipped         {summary['skipped']}  (already loaded)",
        f"  duplicates      {summary['duplicate']}  (same content as another input)",
        f"  quarantined     {summary['quarantined']}",
    ]
    lines += [f"    {count} × {reason}" for reason, count in sorted(summary["quarantine_reasons"].items())]
    removed = summary["removed_by_reason"]
    lines.append(f"  lines removed   {sum(removed.values())}")
    lines += [f"    {count:4d} {reason}" for reason, count in sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines.append(f"  entities        {summary['ner']}")
    verdict = "passed" if summary["validation_success"] else "failed for some articles (quarantined)"
    lines.append(f"  validation      {verdict}")
    lines += [f"    {count} × {name}" for name, count in sorted(summary["failed_expectations"].items())]
    lines += [
        f"  warehouse       {summary['warehouse']}/akhbar.duckdb",
        f"  parquet         {summary['warehouse']}/parquet/<table>/*.parquet",
        f"  report          {summary['report']}",
        f"  data docs       {summary['data_docs']}",
    ]
    return "\n".join(lines)


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="One raw article file")],
    reference_date: Annotated[str | None, typer.Option(help="YYYY-MM-DD used to resolve partial dates")] = None,
) -> None:
    """Print, as JSON, the record the pipeline would load for FILE; the warehouse is not touched."""
    from transforms.article import Rejected
    from transforms.article import extract as extract_article

    try:
        article = extract_article(file.read_bytes(), _date(reference_date))
    except Rejected as exc:
        typer.echo(json.dumps({"source": str(file), "status": "quarantined", "reason": str(exc)}, ensure_ascii=False))
        raise typer.Exit(1) from None
    record = {
        "source": str(file),
        "doc_id": article.doc_id,
        "encoding": article.encoding,
        "title": article.title,
        "title_line": article.title_line,
        "outlet": article.outlet,
        "section": article.section,
        "published_date": article.published_date,
        "language": article.language,
        "paragraphs": [asdict(p) for p in article.paragraphs],
        "removed_lines": [asdict(r) for r in article.removed],
        "entities": [asdict(e) for e in article.entities],
        "dates": [asdict(d) for d in article.dates],
    }
    typer.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    app()

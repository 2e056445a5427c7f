"""The `ingest` Prefect flow: discover → extract → validate → load → report, batch by batch.

Only wiring lives here. The work is in transforms (pure), expectations (checks) and
warehouse (the only writer of tables). One Prefect task handles a whole batch, not an
article: a task costs tens of milliseconds of orchestration.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.utilities.annotations import quote

from expectations.validate import BatchValidator, Outcome
from flows import sources
from flows.worker import EntityWorker
from transforms import camel_ner
from transforms.article import DEFAULT_MAX_LINE_CHARS, no_entities
from transforms.batch import BatchResult, RawInput, content_id, process_batch, with_entities
from transforms.entities import Finder, find_entities
from warehouse.report import write_report
from warehouse.rows import batch_rows
from warehouse.store import Warehouse, open_warehouse

DEFAULT_BATCH_SIZE = 200


@dataclass
class RunSummary:
    run_id: str
    warehouse: str
    files_seen: int = 0
    inputs_seen: int = 0  # articles and records read from those files
    loaded: int = 0
    skipped: int = 0
    quarantined: int = 0
    duplicate: int = 0
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    removed_by_reason: dict[str, int] = field(default_factory=dict)
    validation_success: bool = True
    failed_expectations: dict[str, int] = field(default_factory=dict)
    elapsed_seconds: float = 0.0
    ner: str = "builtin"  # the entity extractor used
    data_docs: str | None = None
    report: str | None = None
    status: str = "running"

    def to_dict(self) -> dict:
        return asdict(self)


@task(cache_policy=NONE)
def discover_inputs(paths: list[str]) -> list[str]:
    return sources.discover(paths)


@task(cache_policy=NONE)
def extract_batch(
    inputs: list[RawInput],
    warehouse: Warehouse,
    seen: dict[str, str],
    reference_date: dt.date,
    max_line_chars: int,
    find: Finder,
) -> BatchResult:
    known = warehouse.known_sources(content_id(i) for i in inputs)
    return process_batch(inputs, known, seen, reference_date, max_line_chars, find)


@task(cache_policy=NONE)
def entity_finder(ner: str) -> tuple[Finder, str]:
    """The entity extractor a run uses, and how to describe it in the summary."""
    if ner == "none":
        return no_entities, "none"
    if ner == "camel":
        finder, why = camel_ner.load()
        if finder is not None:
            return finder, "camel"
        get_run_logger().warning("CAMeL NER unavailable, using the built-in extractor: %s", why)
        return find_entities, f"builtin (camel unavailable: {why})"
    return find_entities, "builtin"


@task(cache_policy=NONE)
def validate_batch(validator: BatchValidator, result: BatchResult) -> Outcome:
    articles = [o.article for o in result.with_status("new")]
    return validator.validate(articles) if articles else Outcome(success=True)


@task(retries=3, retry_delay_seconds=2, cache_policy=NONE)
def load_batch(warehouse: Warehouse, run_id: str, batch_id: str, rows: dict[str, list[dict]]) -> bool:
    return warehouse.load_batch(run_id, batch_id, rows)


def _entity_worker(stack: contextlib.ExitStack, warn: Callable[..., None]) -> EntityWorker | None:
    """A worker process for the built-in extractor, closed with ``stack``; None on one core."""
    if not EntityWorker.wanted():
        return None
    worker = EntityWorker(warn)
    stack.callback(worker.close)
    return worker


def _tally(summary: RunSummary, result: BatchResult, rows: dict[str, list[dict]]) -> None:
    summary.inputs_seen += len(result.outcomes)
    summary.skipped += len(result.with_status("skipped"))
    statuses = Counter(row["status"] for row in rows["documents"])
    summary.loaded += statuses["loaded"]
    summary.quarantined += statuses["quarantined"]
    summary.duplicate += statuses["duplicate"]
    reasons = Counter(summary.quarantine_reasons)
    reasons.update(row["reason"] for row in rows["documents"] if row["status"] == "quarantined")
    summary.quarantine_reasons = dict(reasons)
    removed = Counter(summary.removed_by_reason)
    removed.update(row["reason"] for row in rows["removed_lines"])
    summary.removed_by_reason = dict(removed)
    failed = Counter(summary.failed_expectations)
    failed.update(
        f"{r['suite']}.{r['expectation']}({r['column_name']})" for r in rows["quality_results"] if not r["success"]
    )
    summary.failed_expectations = dict(failed)


@flow(name="ingest")
def ingest(
    paths: list[str],
    warehouse_dir: str,
    reference_date: dt.date | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fields: dict[str, str] | None = None,
    max_bytes: int = sources.DEFAULT_MAX_BYTES,
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS,
    ner: str = "builtin",
) -> dict:
    """Load every article under ``paths`` into the warehouse at ``warehouse_dir``.

    ``fields`` maps title/body/outlet/date/url to the field names of JSON and CSV exports;
    ``max_bytes`` and ``max_line_chars`` are the limits above which an input is quarantined;
    ``ner`` picks the entity extractor: builtin, camel (falls back to builtin when absent) or none.
    """
    started = time.perf_counter()
    reference_date = reference_date or dt.date.today()
    run_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    logger = get_run_logger()
    summary = RunSummary(run_id=run_id, warehouse=str(Path(warehouse_dir).resolve()))
    field_map = sources.FieldMap(**(fields or {}))
    with contextlib.ExitStack() as stack:
        # The built-in extractor runs in a worker process (flows/worker.py), started first so
        # that it is ready when the first batch is.
        worker = _entity_worker(stack, logger.warning) if ner == "builtin" else None
        warehouse = stack.enter_context(open_warehouse(Path(warehouse_dir)))
        warehouse.start_run(run_id, reference_date, paths)
        try:
            files = discover_inputs(paths)
            summary.files_seen = len(files)
            find, summary.ner = entity_finder(ner)
            if worker is None and find is find_entities:
                worker = _entity_worker(stack, logger.warning)  # "camel" without its model falls back to it
            validator = BatchValidator(Path(warehouse_dir))
            seen: dict[str, str] = {}

            def finish(batch_id: str, result: BatchResult, checks: Outcome, offloaded: bool) -> None:
                if offloaded:
                    result = with_entities(result, worker.collect())
                rows = batch_rows(result, checks, run_id, batch_id)
                if rows["documents"]:
                    load_batch(warehouse, run_id, batch_id, quote(rows))
                summary.validation_success = summary.validation_success and checks.success
                _tally(summary, result, rows)
                logger.info("batch %s: %d inputs, %d loaded", batch_id, len(result.outcomes), len(rows["articles"]))

            # A batch the worker finds entities for is loaded once the next batch is validated:
            # the worker works through it while the flow extracts and validates the next one.
            # (Duplicates across the two are caught by `seen`, not by what is loaded.)
            waiting: tuple[str, BatchResult, Outcome, bool] | None = None
            for number, inputs in enumerate(sources.batches(files, batch_size, field_map, max_bytes), start=1):
                batch_id = f"{run_id}-{number:04d}"
                offload = worker is not None and worker.alive
                here = no_entities if offload else find
                # quote(): Prefect would otherwise walk every object of a batch looking for futures.
                result = extract_batch(quote(inputs), warehouse, quote(seen), reference_date, max_line_chars, here)
                if offload:
                    worker.submit(result)
                checks = validate_batch(validator, quote(result))
                if waiting is not None:
                    finish(*waiting)
                waiting = (batch_id, result, checks, offload)
            if waiting is not None:
                finish(*waiting)
            docs = validator.docs_index
            summary.data_docs = str(docs) if docs else None
            summary.status = "succeeded"
        except BaseException:
            summary.status = "failed"
            raise
        finally:
            summary.elapsed_seconds = round(time.perf_counter() - started, 2)
            warehouse.finish_run(run_id, summary.status, summary.to_dict())
            if summary.status == "succeeded":
                summary.report = str(write_report(warehouse, summary.to_dict()))
    return summary.to_dict()

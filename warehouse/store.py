"""The warehouse: a DuckDB file and its Parquet mirror. The only code that writes tables.

A batch is loaded in one DuckDB transaction (all its tables or none), then mirrored to one
Parquet file per table under parquet/<table>/<batch_id>.parquet. DuckDB is the source of
truth: on open, any committed batch whose Parquet files are missing (a run killed between
commit and mirror) is mirrored again, and half-written Parquet files are removed.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import time
from collections.abc import Iterable
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

DB_FILE = "akhbar.duckdb"
LOCK_FILE = ".lock"
BATCH_TABLES = (
    "documents",
    "articles",
    "paragraphs",
    "removed_lines",
    "entities",
    "meetings",
    "date_mentions",
    "quality_results",
    "entity_names",
)
SNAPSHOT_TABLES = ("runs", "batches")
# Spellings that name one entity share the canonical name first met: entities and meetings of
# the batch just inserted are rewritten to it inside the load transaction.
# A meeting's people are entities of the same article, loaded in the same batch: every statement
# reads only this batch's rows, so a load costs the same however large the warehouse grows.
RESOLVE_CANONICAL = """
INSERT INTO entity_names
SELECT e.kind, e.canonical_key, min(e.canonical), $batch FROM entities e
WHERE e.batch_id = $batch
  AND NOT EXISTS (SELECT 1 FROM entity_names n WHERE n.kind = e.kind AND n.canonical_key = e.canonical_key)
GROUP BY e.kind, e.canonical_key;
UPDATE meetings SET guest = n.canonical FROM entities e, entity_names n
WHERE meetings.batch_id = $batch AND e.batch_id = $batch AND e.doc_id = meetings.doc_id AND e.kind = 'PERSON'
  AND e.canonical = meetings.guest
  AND n.kind = 'PERSON' AND n.canonical_key = e.canonical_key;
UPDATE meetings SET host = n.canonical FROM entities e, entity_names n
WHERE meetings.batch_id = $batch AND e.batch_id = $batch AND e.doc_id = meetings.doc_id AND e.kind = 'PERSON'
  AND e.canonical = meetings.host
  AND n.kind = 'PERSON' AND n.canonical_key = e.canonical_key;
UPDATE entities SET canonical = n.canonical FROM entity_names n
WHERE entities.batch_id = $batch AND entities.kind = n.kind AND entities.canonical_key = n.canonical_key
  AND entities.canonical <> n.canonical;
"""


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


class Warehouse:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.parquet = self.root / "parquet"
        self.con = duckdb.connect(str(self.root / DB_FILE))
        for script in ("schema.sql", "views.sql"):
            self.con.execute(resources.files("warehouse").joinpath("sql", script).read_text("utf-8"))
        self._schemas = {t: self._schema(t) for t in BATCH_TABLES + SNAPSHOT_TABLES}

    def close(self) -> None:
        self.con.close()

    def _schema(self, table: str) -> pa.Schema:
        return self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema

    # -- reading -----------------------------------------------------------------------
    def known_sources(self, doc_ids: Iterable[str]) -> dict[str, list[str]]:
        """For each of ``doc_ids`` already recorded, the sources it was recorded under."""
        ids = pa.table({"doc_id": pa.array(sorted(set(doc_ids)), pa.string())})
        self.con.register("wanted_ids", ids)
        try:
            rows = self.con.execute(
                "SELECT d.doc_id, d.source FROM documents d JOIN wanted_ids USING (doc_id) ORDER BY d.source"
            ).fetchall()
        finally:
            self.con.unregister("wanted_ids")
        known: dict[str, list[str]] = {}
        for doc_id, source in rows:
            known.setdefault(doc_id, []).append(source)
        return known

    def batch_loaded(self, batch_id: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM batches WHERE batch_id = ?", [batch_id]).fetchall()[0][0])

    # -- writing -----------------------------------------------------------------------
    def start_run(self, run_id: str, reference_date: dt.date, paths: list[str]) -> None:
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, reference_date, paths, status) VALUES (?, ?, ?, ?, 'running')",
            [run_id, dt.datetime.now(), reference_date, json.dumps(paths, ensure_ascii=False)],
        )

    def finish_run(self, run_id: str, status: str, counts: dict[str, int]) -> None:
        self.con.execute(
            """UPDATE runs SET finished_at = ?, status = ?, files_seen = ?, inputs_seen = ?, loaded = ?,
                   skipped = ?, quarantined = ?, duplicates = ? WHERE run_id = ?""",
            [
                dt.datetime.now(),
                status,
                counts.get("files_seen", 0),
                counts.get("inputs_seen", 0),
                counts.get("loaded", 0),
                counts.get("skipped", 0),
                counts.get("quarantined", 0),
                counts.get("duplicate", 0),
                run_id,
            ],
        )
        self._snapshot()

    def load_batch(self, run_id: str, batch_id: str, rows: dict[str, list[dict]]) -> bool:
        """Insert one batch atomically and mirror it to Parquet; False if it was already loaded."""
        if self.batch_loaded(batch_id):
            self._mirror(batch_id)
            return False
        tables = {name: self.as_arrow(name, rows.get(name, [])) for name in BATCH_TABLES}
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name, table in tables.items():
                if table.num_rows:
                    self.con.register("incoming", table)
                    self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming")
                    self.con.unregister("incoming")
            for statement in RESOLVE_CANONICAL.split(";"):
                if statement.strip():
                    self.con.execute(statement, {"batch": batch_id})
            self.con.execute(
                "INSERT INTO batches VALUES (?, ?, ?, ?)",
                [batch_id, run_id, dt.datetime.now(), tables["documents"].num_rows],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self._mirror(batch_id)  # from DuckDB: canonical names were resolved there
        return True

    def as_arrow(self, table: str, rows: list[dict]) -> pa.Table:
        """Rows as an Arrow table typed by the warehouse DDL (the one schema of record)."""
        schema = self._schemas[table]
        return pa.Table.from_pylist([{f.name: row.get(f.name) for f in schema} for row in rows], schema=schema)

    # -- Parquet mirror ------------------------------------------------------------------
    def _write_parquet(self, table: str, name: str, data: pa.Table) -> None:
        folder = self.parquet / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.parquet.tmp"
        pq.write_table(data, tmp)
        os.replace(tmp, folder / f"{name}.parquet")

    def _mirror(self, batch_id: str) -> None:
        for table in BATCH_TABLES:
            if not (self.parquet / table / f"{batch_id}.parquet").exists():
                data = self.con.sql(f"SELECT * FROM {table} WHERE batch_id = ?", params=[batch_id]).to_arrow_table()
                self._write_parquet(table, batch_id, data)

    def _snapshot(self) -> None:
        for table in SNAPSHOT_TABLES:
            self._write_parquet(table, table, self.con.sql(f"SELECT * FROM {table}").to_arrow_table())

    def reconcile(self) -> int:
        """Make the Parquet mirror match DuckDB; returns the number of batches re-mirrored."""
        for stale in self.parquet.glob("*/.*.parquet.tmp"):
            stale.unlink()
        committed = {row[0] for row in self.con.execute("SELECT batch_id FROM batches").fetchall()}
        for table in BATCH_TABLES:
            for orphan in (self.parquet / table).glob("*.parquet"):
                if orphan.stem not in committed:
                    orphan.unlink()
        repaired = 0
        for batch_id in sorted(committed):
            if not all((self.parquet / t / f"{batch_id}.parquet").exists() for t in BATCH_TABLES):
                self._mirror(batch_id)
                repaired += 1
        self.con.execute("UPDATE runs SET status = 'failed' WHERE status = 'running'")
        return repaired


@contextmanager
def open_warehouse(root: Path, wait_seconds: float = 0):
    """Open the warehouse for one run, holding its lock so that runs never interleave."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK_FILE, "a+") as lock:
        deadline = dt.datetime.now() + dt.timedelta(seconds=wait_seconds)
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if dt.datetime.now() >= deadline:
                    raise WarehouseBusy(f"another run is writing to {root}; try again when it has finished") from None
                time.sleep(0.5)
        warehouse = Warehouse(root)
        try:
            warehouse.reconcile()
            yield warehouse
        finally:
            warehouse.close()
            fcntl.flock(lock, fcntl.LOCK_UN)

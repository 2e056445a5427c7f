"""SIGKILL a real `akhbar run` in the middle, then run again: consistent and complete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb

from tests.conftest import REPO, SEEDS
from warehouse.store import BATCH_TABLES

FILES = 240


def make_corpus(folder) -> None:
    seeds = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(FILES):
        text = seeds[n % len(seeds)] + f"\n\nوهذه الفقرة رقم {n} تجعل كل مقال مختلفا عن غيره في هذا الاختبار.\n"
        (folder / f"article {n:04d}.txt").write_text(text, "utf-8")


def kill_mid_run(folder, warehouse, home) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(home)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "akhbar.cli",
            "run",
            str(folder),
            "--warehouse",
            str(warehouse),
            "--batch-size",
            "8",
            "--reference-date",
            "2026-11-23",
        ],
        cwd=REPO,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            if len(list((warehouse / "parquet" / "documents").glob("*.parquet"))) >= 2:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run finished before it could be killed; make the corpus larger"
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the run and its Prefect server
        process.wait()


def test_kill_and_rerun(run_flow, tmp_path):
    folder, warehouse = tmp_path / "in", tmp_path / "wh"
    folder.mkdir()
    make_corpus(folder)
    kill_mid_run(folder, warehouse, tmp_path / "prefect")

    summary = run_flow([folder], warehouse, batch_size=50)
    assert summary["skipped"] > 0, "the killed run committed batches that the re-run must skip"
    assert summary["skipped"] + summary["loaded"] + summary["quarantined"] == FILES

    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    sources = con.execute("SELECT source, count(*) FROM documents GROUP BY source").fetchall()
    assert len(sources) == FILES and all(n == 1 for _, n in sources)
    for table in BATCH_TABLES:
        in_db = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        in_parquet = con.execute(
            "SELECT count(*) FROM read_parquet(?)", [str(warehouse / "parquet" / table / "*.parquet")]
        ).fetchall()[0][0]
        assert in_db == in_parquet, table
    statuses = sorted(s for (s,) in con.execute("SELECT status FROM runs").fetchall())
    con.close()
    assert statuses == ["failed", "succeeded"]

"""Shared fixtures: one temporary Prefect server per session, one real run over seeds/."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
EXPECTED_FILE = REPO.parent / "shared" / "seeds_expected.json"
REFERENCE_DATE = dt.date(2026, 11, 23)

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.pop("PREFECT_API_URL", None)


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A temporary local Prefect server, started once for the whole session."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def run_flow(prefect_server):
    """Run the real ingest flow: run_flow(paths, warehouse) -> summary dict."""
    from flows.ingest import ingest

    def run(paths: list[Path | str], warehouse: Path, batch_size: int = 200) -> dict:
        return ingest([str(p) for p in paths], str(warehouse), REFERENCE_DATE, batch_size)

    return run


@pytest.fixture(scope="session")
def expected() -> dict:
    """What a correct run extracts from each seed (../shared/seeds_expected.json, or a copy in tests/)."""
    path = EXPECTED_FILE if EXPECTED_FILE.exists() else Path(__file__).with_name("seeds_expected.json")
    return {k: v for k, v in json.loads(path.read_text("utf-8")).items() if not k.startswith("_")}


@pytest.fixture(scope="session")
def seed_run(run_flow, tmp_path_factory):
    """The seeds loaded once into a fresh warehouse: (warehouse path, run summary)."""
    warehouse = tmp_path_factory.mktemp("seed-warehouse")
    inputs = tmp_path_factory.mktemp("seed-inputs")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inputs / seed.name)
    summary = run_flow([inputs], warehouse)
    return warehouse, summary


@pytest.fixture
def db(seed_run):
    import duckdb

    con = duckdb.connect(str(seed_run[0] / "akhbar.duckdb"), read_only=True)
    yield con
    con.close()


def query(con, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()

"""Re-runs, duplicates and quarantine through the real flow, read back from DuckDB."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from tests.conftest import SEEDS

TABLES = ("documents", "articles", "paragraphs", "removed_lines", "entities", "date_mentions", "batches")


def counts(warehouse) -> dict[str, int]:
    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in (*TABLES, "runs")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def mixed_run(run_flow, tmp_path_factory):
    """A folder with good, duplicate and bad inputs, run twice into one warehouse."""
    inputs = tmp_path_factory.mktemp("mixed")
    seed = sorted(SEEDS.glob("*.txt"))[1]
    shutil.copy(seed, inputs / "good.txt")
    shutil.copy(seed, inputs / "same content, other name.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "english.txt").write_text(
        "Breaking news headline about the weather today\n\n" + "The weather was sunny and warm all day long. " * 20
    )
    (inputs / "cp1256.txt").write_bytes(seed.read_text("utf-8").replace("\n", "\r\n").encode("cp1256"))
    warehouse = tmp_path_factory.mktemp("mixed-warehouse")
    first = run_flow([inputs], warehouse, batch_size=2)
    after_first = counts(warehouse)
    second = run_flow([inputs], warehouse, batch_size=2)
    return warehouse, first, after_first, second


def test_first_run_accounts_for_every_input(mixed_run):
    _, first, _, _ = mixed_run
    assert first["files_seen"] == 5
    assert first["loaded"] == 2  # good.txt and the cp1256 copy (different bytes)
    assert first["duplicate"] == 1
    assert first["quarantined"] == 2
    assert first["loaded"] + first["duplicate"] + first["quarantined"] + first["skipped"] == first["files_seen"]


def test_quarantined_documents_are_queryable_with_reason(mixed_run):
    warehouse, *_ = mixed_run
    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    rows = dict(
        con.execute(
            "SELECT regexp_extract(source, '[^/]+$'), reason FROM documents WHERE status = 'quarantined'"
        ).fetchall()
    )
    assert rows["empty.txt"] == "empty file"
    assert "language" in rows["english.txt"] and rows["english.txt"].startswith("failed expectations")
    assert not con.execute(
        "SELECT count(*) FROM articles a JOIN documents d USING (doc_id) WHERE d.status = 'quarantined'"
    ).fetchall()[0][0]
    raw = con.execute("SELECT raw_bytes FROM documents WHERE source LIKE '%english.txt'").fetchall()[0][0]
    assert raw.startswith(b"Breaking news")
    con.close()


def test_duplicate_names_the_first_source(mixed_run):
    warehouse, *_ = mixed_run
    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    status, reason = con.execute("SELECT status, reason FROM documents WHERE source LIKE '%other name.txt'").fetchall()[
        0
    ]
    con.close()
    assert status == "duplicate"
    assert reason.endswith("good.txt")


def test_cp1256_crlf_input_loads_like_utf8(mixed_run):
    warehouse, *_ = mixed_run
    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    rows = con.execute(
        "SELECT d.encoding, a.title, a.paragraphs FROM articles a JOIN documents d USING (doc_id) "
        "WHERE d.status = 'loaded' ORDER BY d.encoding"
    ).fetchall()
    con.close()
    assert [r[0] for r in rows] == ["cp1256", "utf-8"]
    assert rows[0][1:] == rows[1][1:]


def test_rerun_adds_no_rows(mixed_run):
    warehouse, first, after_first, second = mixed_run
    after_second = counts(warehouse)
    assert second["skipped"] == first["files_seen"]
    assert second["loaded"] == second["quarantined"] == second["duplicate"] == 0
    for table in TABLES:
        assert after_second[table] == after_first[table], table
    assert after_second["runs"] == after_first["runs"] + 1


def test_changed_file_is_a_new_document(run_flow, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    article = inputs / "article.txt"
    shutil.copy(seed, article)
    warehouse = tmp_path / "wh"
    run_flow([inputs], warehouse)
    article.write_text(
        seed.read_text("utf-8") + "\n\nوأضاف المصدر أن التعاون سيتواصل خلال الأشهر المقبلة بين البلدين.\n"
    )
    second = run_flow([inputs], warehouse)
    assert second["loaded"] == 1
    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    versions = con.execute("SELECT count(DISTINCT doc_id) FROM documents WHERE source LIKE '%article.txt'").fetchall()
    con.close()
    assert versions[0][0] == 2

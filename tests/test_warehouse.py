"""The warehouse on real DuckDB files and Parquet: atomic batches, mirror repair, the run lock."""

import datetime as dt

import pytest

from warehouse.store import BATCH_TABLES, WarehouseBusy, open_warehouse


def document(doc_id: str, batch_id: str) -> dict:
    return {
        "doc_id": doc_id,
        "source": f"{doc_id}.txt",
        "bytes": 3,
        "status": "loaded",
        "run_id": "r",
        "batch_id": batch_id,
    }


def removed(doc_id: str, line_no: int, batch_id: str) -> dict:
    return {"doc_id": doc_id, "line_no": line_no, "text": "x", "reason": "ad_code", "batch_id": batch_id}


def count(warehouse, table: str) -> int:
    return warehouse.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def test_failed_batch_leaves_nothing(tmp_path):
    with open_warehouse(tmp_path) as warehouse:
        warehouse.start_run("r", dt.date(2026, 11, 23), [])
        rows = {
            "documents": [document("a", "b1")],
            # the same primary key twice: the insert fails after documents went in
            "removed_lines": [removed("a", 1, "b1"), removed("a", 1, "b1")],
        }
        with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
            warehouse.load_batch("r", "b1", rows)
        assert count(warehouse, "documents") == 0
        assert count(warehouse, "batches") == 0
        assert not list((tmp_path / "parquet").glob("*/b1.parquet"))


def test_loading_the_same_batch_twice_is_a_no_op(tmp_path):
    with open_warehouse(tmp_path) as warehouse:
        rows = {"documents": [document("a", "b1")], "removed_lines": [removed("a", 1, "b1")]}
        assert warehouse.load_batch("r", "b1", rows) is True
        assert warehouse.load_batch("r", "b1", rows) is False
        assert count(warehouse, "documents") == 1


def test_missing_parquet_is_mirrored_again_on_open(tmp_path):
    with open_warehouse(tmp_path) as warehouse:
        warehouse.load_batch("r", "b1", {"documents": [document("a", "b1")]})
    for table in BATCH_TABLES:
        assert (tmp_path / "parquet" / table / "b1.parquet").exists()
    (tmp_path / "parquet" / "documents" / "b1.parquet").unlink()
    (tmp_path / "parquet" / "documents" / ".b2.parquet.tmp").write_bytes(b"half written")
    (tmp_path / "parquet" / "documents" / "b9.parquet").write_bytes(b"never committed")
    with open_warehouse(tmp_path) as warehouse:
        mirrored = warehouse.con.execute(
            "SELECT doc_id FROM read_parquet(?)", [str(tmp_path / "parquet" / "documents" / "*.parquet")]
        ).fetchall()
    assert mirrored == [("a",)]
    assert sorted(p.name for p in (tmp_path / "parquet" / "documents").iterdir()) == ["b1.parquet"]


def test_second_run_on_the_same_warehouse_is_refused(tmp_path):
    with open_warehouse(tmp_path), pytest.raises(WarehouseBusy), open_warehouse(tmp_path):
        pass


def test_interrupted_run_is_marked_failed(tmp_path):
    with open_warehouse(tmp_path) as warehouse:
        warehouse.start_run("r", dt.date(2026, 11, 23), ["seeds"])
    with open_warehouse(tmp_path) as warehouse:
        assert warehouse.con.execute("SELECT status FROM runs").fetchall() == [("failed",)]

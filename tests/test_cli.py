"""The `akhbar` command, run in-process against the session's temporary Prefect server."""

import json

from typer.testing import CliRunner

from akhbar.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


def test_extract_prints_the_record_as_json():
    result = runner.invoke(app, ["extract", str(SEEDS / "001_745be6fae9b0773c.txt"), "--reference-date", "2026-11-23"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["section"] == "دولي"
    assert [p["line_no"] for p in record["paragraphs"]] == [5, 7, 9, 11, 13, 15]
    assert {r["line_no"]: r["reason"] for r in record["removed_lines"]} == {
        1: "section_label",
        17: "related_articles",
        19: "back_to_top",
    }
    assert record["dates"][0]["value"] == "2024-11-25"


def test_extract_reports_a_quarantine_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n\n")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 1
    assert json.loads(result.output)["reason"] == "whitespace-only file"


def test_run_prints_a_summary(prefect_server, tmp_path):
    result = runner.invoke(app, ["run", str(SEEDS), "--warehouse", str(tmp_path), "--reference-date", "2026-11-23"])
    assert result.exit_code == 0, result.output
    assert "loaded          5" in result.output
    assert "validation      passed" in result.output
    assert str(tmp_path / "akhbar.duckdb") in result.output


def test_bad_reference_date_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["run", "--warehouse", str(tmp_path), "--reference-date", "23/11/2026"])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output

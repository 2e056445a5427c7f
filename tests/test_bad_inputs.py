"""A generated corpus of bad and awkward inputs through the real flow: every input accounted for."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import shutil
import zipfile

import duckdb
import pytest

from tests.conftest import SEEDS

SEED = (SEEDS / "001_745be6fae9b0773c.txt").read_text("utf-8")
SEED_2 = (SEEDS / "004_b64ed96aac6529e2.txt").read_text("utf-8")
BODY = SEED.split("\n")[4]  # one long Arabic paragraph
HOSTILE_NAME = 'it\'s "quoted"; DROP TABLE articles; -- مقال.txt'
MAX_BYTES = 50_000


def record(title: str, text: str, **extra) -> dict:
    return {"title": title, "text": text, "outlet": "كود", **extra}


def make_corpus(folder):
    """Every kind of input the issue names; returns {file or record name: (status, reason start)}."""
    expect: dict[str, tuple[str, str]] = {}

    def put(name: str, data: bytes, status: str, reason: str | None = None) -> None:
        (folder / name).write_bytes(data)
        expect[name] = (status, reason)

    put("good.txt", SEED.encode(), "loaded")
    put("same as good.txt", SEED.encode(), "duplicate", "same content as")
    put("utf16.txt", "\ufeff".encode("utf-16-le") + SEED_2.encode("utf-16-le"), "loaded")
    put("cp1256-crlf-nul.txt", SEED_2.replace("\n", "\r\n").replace("،", "،\x00").encode("cp1256"), "loaded")
    put("empty.txt", b"", "quarantined", "empty file")
    put("blank.txt", b" \n\t\r\n  \n", "quarantined", "whitespace-only file")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "quarantined", "binary file: PNG")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", SEED)
    put("archive.txt", archive.getvalue(), "quarantined", "binary file: zip")
    put("report.txt", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)), "quarantined", "binary")
    rng = random.Random(7)
    put("noise.txt", bytes(rng.randrange(128, 256) for _ in range(4000)), "quarantined", "undecodable")
    put(
        "english.txt",
        ("Weather news headline for today\n\n" + "It was sunny and warm. " * 30).encode(),
        "quarantined",
        "failed expectations",
    )
    put(
        "page.txt",
        f"<!DOCTYPE html><html><head><title>x</title></head><body><p>{BODY}</p></body></html>".encode(),
        "quarantined",
        "HTML page",
    )
    put("huge.txt", (SEED + "\n\n" + BODY * 200).encode(), "quarantined", "file too large")
    put("one-long-line.txt", ("عنوان\n" + "كلمة " * 30_000).encode()[: MAX_BYTES - 10], "quarantined", "line 2 is")
    hostile = "\u202bعبد اللطيف حموشي\u202c يستقبل\u200b وفدا أمنيــــــــا رفيع المستوى بالرباط اليوم\n\n" + BODY
    put(HOSTILE_NAME, hostile.encode(), "loaded")

    lines = [
        json.dumps(record("عنوان أول لمقال من ملف JSONL", BODY + " أول."), ensure_ascii=False),
        "{not json",
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        json.dumps(record("عنوان ثان لمقال من ملف JSONL", BODY + " ثان."), ensure_ascii=False),
    ]
    put("export.jsonl", "\n".join(lines).encode(), "container")
    expect.update(
        {
            "export.jsonl#L1": ("loaded", None),
            "export.jsonl#L2": ("quarantined", "line is not JSON"),
            "export.jsonl#L3": ("quarantined", "record has no text in its 'text' field"),
            "export.jsonl#L4": ("quarantined", "record is a JSON list"),
            "export.jsonl#L5": ("loaded", None),
        }
    )
    put("export.jsonl.gz", gzip.compress("\n".join(lines[:1]).encode()), "container")
    expect["export.jsonl.gz#L1"] = ("duplicate", "same content as")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["title", "text", "outlet", "date"])
    writer.writeheader()
    writer.writerow(record("عنوان مقال من ملف CSV بكلمات كافية", BODY + " ثالث.", date="2024-03-07"))
    writer.writerow(record("عنوان بلا نص", ""))
    put("export.csv", buffer.getvalue().encode(), "container")
    expect["export.csv#R1"] = ("loaded", None)
    expect["export.csv#R2"] = ("quarantined", "record has no text")
    put("broken.jsonl.gz", gzip.compress(b'{"a": 1}\n')[:-8], "container")  # cut off: no gzip trailer
    expect["broken.jsonl.gz#L1"] = ("quarantined", "record has no text")  # read before the cut
    expect["broken.jsonl.gz"] = ("quarantined", "unreadable")
    return {k: v for k, v in expect.items() if v[0] != "container"}


@pytest.fixture(scope="module")
def bad_run(run_flow, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad inputs")
    expect = make_corpus(folder)
    gone = folder / "vanished.txt"
    expect["vanished.txt"] = ("quarantined", "unreadable")
    warehouse = tmp_path_factory.mktemp("bad-warehouse")
    from flows.ingest import ingest
    from tests.conftest import REFERENCE_DATE

    summary = ingest([str(folder), str(gone)], str(warehouse), REFERENCE_DATE, 4, None, MAX_BYTES, 20_000)
    con = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
    rows = con.execute("SELECT source, status, reason, raw_bytes, doc_id FROM documents").fetchall()
    articles = con.execute("SELECT doc_id, title, body, outlet, published_date FROM articles").fetchall()
    con.close()
    found = {source.removeprefix(str(folder) + "/"): row for source, *row in rows}
    return summary, expect, found, articles, folder


def test_every_input_is_accounted_for_once(bad_run):
    summary, expect, found, _, _ = bad_run
    assert sorted(found) == sorted(expect)
    assert summary["inputs_seen"] == len(expect)
    assert summary["loaded"] + summary["duplicate"] + summary["quarantined"] == len(expect)


def test_each_input_gets_the_expected_status_and_reason(bad_run):
    _, expect, found, _, _ = bad_run
    for name, (status, reason) in expect.items():
        got_status, got_reason, *_ = found[name]
        assert got_status == status, (name, got_status, got_reason)
        if reason:
            assert got_reason.startswith(reason), (name, got_reason)


def test_quarantined_bytes_are_kept_unless_too_large(bad_run):
    _, expect, found, _, folder = bad_run
    for name, (status, reason) in expect.items():
        if status != "quarantined" or "#" in name or name == "vanished.txt":
            continue
        raw_bytes = found[name][2]
        if reason == "file too large":
            assert raw_bytes is None and len(found[name][3]) == 32  # path and content hash only
        else:
            assert raw_bytes == (folder / name).read_bytes(), name


def test_hostile_text_is_cleaned(bad_run):
    _, _, found, articles, _ = bad_run
    doc_id = found[HOSTILE_NAME][3]
    [(_, title, body, _, _)] = [a for a in articles if a[0] == doc_id]
    assert title == "عبد اللطيف حموشي يستقبل وفدا أمنيا رفيع المستوى بالرباط اليوم"
    for invisible in ("\u202b", "\u202c", "\u200b", "\u0640"):
        assert invisible not in title + body


def test_record_fields_are_used(bad_run):
    _, _, found, articles, _ = bad_run
    doc_id = found["export.csv#R1"][3]
    [(_, title, _, outlet, published)] = [a for a in articles if a[0] == doc_id]
    assert (title, outlet, str(published)) == ("عنوان مقال من ملف CSV بكلمات كافية", "كود", "2024-03-07")


def test_encodings_all_load_the_same_article(bad_run):
    _, _, found, articles, _ = bad_run
    titles = {a[0]: a[1] for a in articles}
    assert titles[found["utf16.txt"][3]] == titles[found["cp1256-crlf-nul.txt"][3]]


def test_copying_the_corpus_elsewhere_records_duplicates(run_flow, bad_run, tmp_path):
    """Identical content under other names is recorded as duplicate of the first, never loaded twice."""
    _summary, _expect, _, _, folder = bad_run
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    warehouse = tmp_path / "wh"
    first = run_flow([folder], warehouse, batch_size=50)
    second = run_flow([copy], warehouse, batch_size=50)
    assert second["loaded"] == 0
    assert second["duplicate"] >= first["loaded"]

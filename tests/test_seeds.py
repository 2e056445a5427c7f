"""The five seeds, run through the real flow and read back from the real DuckDB file."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import query
from transforms.text import key_form

SEED_NAMES = [
    "000_8f02804348af47c4.txt",
    "001_745be6fae9b0773c.txt",
    "002_f15fce85f70c3c01.txt",
    "003_771e1424d74f8935.txt",
    "004_b64ed96aac6529e2.txt",
]
# The expected file names reasons in words; the warehouse records them as codes.
REASON_CODES = {
    "advertising/tracking code": {"ad_code"},
    "outlet footer (follow us)": {"outlet_footer"},
    "section label": {"section_label"},
    "site label": {"site_label", "section_label"},
    "related-articles widget": {"related_articles"},
    "back-to-top button": {"back_to_top"},
    "outlet byline": {"outlet_byline"},
    "duplicate paragraph": {"duplicate"},
    "duplicate paragraph (truncated copy)": {"duplicate"},
    "duplicate title": {"duplicate"},
    "comment form": {"comment_form"},
    "copy-protection notice": {"copy_protection"},
}


def doc_id(db, name: str) -> str:
    rows = query(db, "SELECT doc_id FROM documents WHERE source LIKE ? AND status = 'loaded'", [f"%/{name}"])
    assert len(rows) == 1, f"{name} is not loaded exactly once: {rows}"
    return rows[0][0]


def test_every_seed_loaded(seed_run):
    _, summary = seed_run
    assert summary["files_seen"] == 5
    assert summary["loaded"] == 5
    assert summary["quarantined"] == 0
    assert summary["validation_success"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_header_fields(db, expected, name):
    want = expected[name]
    title, title_line, outlet, section = query(
        db, "SELECT title, title_line, outlet, section FROM articles WHERE doc_id = ?", [doc_id(db, name)]
    )[0]
    assert title == want["title"]
    assert title_line == want["title_line"]
    if "outlet_or_section" in want:
        assert want["outlet_or_section"] in (outlet, section)
    else:
        assert outlet == want["outlet"]
        assert section == want["section"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_body_and_removed_lines(db, expected, name):
    want = expected[name]
    doc = doc_id(db, name)
    body_lines = [r[0] for r in query(db, "SELECT line_no FROM paragraphs WHERE doc_id = ? ORDER BY para_no", [doc])]
    removed = dict(query(db, "SELECT line_no, reason FROM removed_lines WHERE doc_id = ?", [doc]))
    one_of = [line for group in want.get("one_of", []) for line in group]
    for line in want["body_lines"]:
        assert line in body_lines, f"line {line} should be in the body"
    for group in want.get("one_of", []):
        assert sum(line in body_lines for line in group) == 1, f"exactly one of {group} should stay"
    for line, reason in want["removed_lines"].items():
        assert int(line) in removed, f"line {line} ({reason}) should be removed"
        assert removed[int(line)] in REASON_CODES[reason], f"line {line}: {removed[int(line)]} is not {reason}"
    # Nothing else is in the body, and every non-blank raw line is accounted for.
    assert set(body_lines) <= set(want["body_lines"]) | set(one_of)
    raw = query(db, "SELECT raw_text FROM documents WHERE doc_id = ?", [doc])[0][0]
    non_blank = {n for n, text in enumerate(raw.split("\n"), start=1) if text.strip()}
    accounted = set(body_lines) | set(removed) | {want["title_line"]}
    assert non_blank == accounted


@pytest.mark.parametrize("name", SEED_NAMES)
def test_no_removed_line_in_body(db, name):
    doc = doc_id(db, name)
    paragraphs = [key_form(p) for (p,) in query(db, "SELECT text FROM paragraphs WHERE doc_id = ?", [doc])]
    removed = query(db, "SELECT text FROM removed_lines WHERE doc_id = ? AND reason <> 'duplicate'", [doc])
    assert not set(paragraphs) & {key_form(t) for (t,) in removed}
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph is repeated"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_people_and_roles(db, expected, name):
    want = expected[name]
    rows = query(
        db, "SELECT DISTINCT canonical, role FROM entities WHERE doc_id = ? AND kind = 'PERSON'", [doc_id(db, name)]
    )
    people = {canonical for canonical, _ in rows}
    assert people == set(want["persons"])
    roles = dict(rows)
    for person, role in want.get("roles", {}).items():
        assert roles[person] == role


@pytest.mark.parametrize("name", SEED_NAMES)
def test_places(db, expected, name):
    rows = query(db, "SELECT text, canonical FROM entities WHERE doc_id = ? AND kind = 'LOC'", [doc_id(db, name)])
    found = {key_form(text) for text, _ in rows} | {key_form(canonical) for _, canonical in rows}
    for place in expected[name]["locations_include"]:
        assert key_form(place) in found, f"{place} not found"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_dates(db, expected, name):
    rows = query(
        db,
        "SELECT text, value FROM date_mentions WHERE doc_id = ? AND granularity = 'day' ORDER BY start_char",
        [doc_id(db, name)],
    )
    want = [(d["text"], dt.date.fromisoformat(d["value"])) for d in expected[name]["dates"]]
    assert rows == want


def test_entity_offsets_point_into_body(db):
    rows = query(
        db,
        """SELECT CASE e.field WHEN 'title' THEN a.title ELSE a.body END, e.text, e.start_char, e.end_char
           FROM entities e JOIN articles a USING (doc_id)""",
    )
    assert rows
    for text_of_field, text, start, end in rows:
        assert text_of_field[start:end] == text


def test_parquet_mirrors_duckdb(db, seed_run):
    warehouse, _ = seed_run
    for table in ("documents", "articles", "paragraphs", "removed_lines", "entities", "date_mentions"):
        in_db = query(db, f"SELECT count(*) FROM {table}")[0][0]
        in_parquet = query(
            db, "SELECT count(*) FROM read_parquet(?)", [str(warehouse / "parquet" / table / "*.parquet")]
        )
        assert in_parquet[0][0] == in_db, table


def test_report_and_data_docs_written(seed_run):
    warehouse, summary = seed_run
    from pathlib import Path

    report = Path(summary["report"]).read_text("utf-8")
    assert "Removed lines by reason" in report and "duplicate" in report
    assert Path(summary["data_docs"]).exists()
    assert Path(summary["data_docs"]).is_relative_to(warehouse)


HAMMOUCHI = "عبد اللطيف حموشي"
# Meetings and visits each seed reports: (kind, host, guest, place, date).
SEED_MEETINGS = {
    "000_8f02804348af47c4.txt": {
        ("visit", None, HAMMOUCHI, "قطر", None),
        ("visit", None, HAMMOUCHI, "الدوحة", None),
        ("visit", None, "جيرال دارمانان", "المغرب", "2024-04-22"),
        ("meeting", "جيرال دارمانان", "عبد الوافي لفتيت", "الرباط", "2024-04-22"),
    },
    "001_745be6fae9b0773c.txt": {
        ("meeting", HAMMOUCHI, "فرانسيسكا بوستين", "الرباط", "2024-11-25"),
        ("visit", None, "فرانسيسكا بوستين", "المغرب", "2024-11-25"),
    },
    "002_f15fce85f70c3c01.txt": {("meeting", HAMMOUCHI, "سيلين بيرتون", "الرباط", None)},
    "003_771e1424d74f8935.txt": {
        ("visit", None, HAMMOUCHI, "إسبانيا", None),
        ("meeting", HAMMOUCHI, "فرانسيسكو باردو بيكيراس", None, None),
        ("meeting", HAMMOUCHI, "ديتر رومان", None, None),
        ("meeting", HAMMOUCHI, "هولغر منش", None, None),
        ("meeting", HAMMOUCHI, "فريديريك فو", None, None),
    },
    "004_b64ed96aac6529e2.txt": {("visit", None, HAMMOUCHI, "فيينا", None)},
}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_meetings_and_visits(db, name):
    rows = query(db, "SELECT kind, host, guest, place, date FROM meetings WHERE doc_id = ?", [doc_id(db, name)])
    found = {(kind, host, guest, place, str(date) if date else None) for kind, host, guest, place, date in rows}
    assert found == SEED_MEETINGS[name]


def test_meeting_guest_role_and_country(db):
    rows = query(
        db,
        "SELECT guest_role, guest_country FROM meetings WHERE guest IN ('فرانسيسكا بوستين', 'سيلين بيرتون') "
        "AND kind = 'meeting' ORDER BY guest",
    )
    assert rows == [
        ("المديرة العامة للأمن الداخلي الفرنسي", "فرنسا"),
        ("المديرة العامة لأمن الدولة بمملكة بلجيكا", "بلجيكا"),
    ]


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("EVENT", "مونديال قطر 2022"),
        ("EVENT", "الألعاب الأولمبية الصيفية 2024"),
        ("EVENT", "كأس العالم 2030"),
        ("ORG", "الإنتربول"),
        ("ORG", "الشرطة الوطنية الفرنسية"),
        ("ORG", "مركز فيينا الدولي"),
        ("ORG", "داعش"),
    ],
)
def test_organizations_and_events(db, kind, name):
    assert query(db, "SELECT count(*) FROM entities WHERE kind = ? AND canonical = ?", [kind, name])[0][0] >= 1


def test_analytics_views(db):
    by_outlet = dict(
        (outlet, n)
        for outlet, person, n in query(db, "SELECT outlet, person, mentions FROM person_mentions_by_outlet")
        if person == HAMMOUCHI
    )
    assert by_outlet["تليكسبريس"] >= 3
    # Pairs are ordered by (kind, canonical): LOC comes before PERSON.
    pairs = query(
        db,
        "SELECT articles FROM entity_pairs WHERE kind_a = 'LOC' AND entity_a = 'المغرب' AND kind_b = 'PERSON' "
        "AND entity_b = ?",
        [HAMMOUCHI],
    )
    assert pairs == [(5,)]
    months = query(db, "SELECT guest_country, month FROM meetings_by_country_month WHERE month IS NOT NULL")
    assert ("بلجيكا", dt.date(2024, 11, 1)) in [(c, m.date() if hasattr(m, "date") else m) for c, m in months]
    index = query(db, "SELECT mentions, articles, variants FROM entity_index WHERE canonical = ?", [HAMMOUCHI])
    assert index[0][1] == 5 and "حموشي" in index[0][2]

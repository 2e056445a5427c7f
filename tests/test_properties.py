"""Property-based tests: decode and layout hold their promises on any input."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.decode import DecodeError, decode, split_lines
from transforms.dedup import dedupe
from transforms.layout import segment

ARABIC_WORDS = ["المغرب", "وزير", "الداخلية", "استقبل", "بالرباط", "السيد", "في", "مقالات", "ذات", "صلة", "زر"]
DEBRIS = ["زر الذهاب إلى الأعلى", "مقالات ذات صلة", "اترك تعليقاً", "error: Content is protected !!", "000 34PX8EU"]
lines = st.one_of(
    st.lists(st.sampled_from(ARABIC_WORDS), min_size=0, max_size=30).map(" ".join),
    st.sampled_from(DEBRIS),
    st.text(max_size=80),
    st.just(""),
)
documents = st.lists(lines, max_size=25).map("\n".join)


@given(st.binary(max_size=2000))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_decode_either_decodes_or_says_why(raw):
    try:
        decoded = decode(raw)
    except DecodeError:
        return
    assert "\r" not in decoded.text
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in decoded.text)


@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-16", "cp1256"]))
def test_decode_round_trips_text(text, encoding):
    clean = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\n\t")
    try:
        raw = clean.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded = decode(raw)
    except DecodeError:
        return  # too little text to tell the encoding; the input is quarantined with this reason
    if decoded.encoding.replace("-", "_").startswith(encoding.replace("-", "_")):
        assert decoded.text == clean


@given(documents)
@settings(max_examples=300)
def test_every_non_blank_line_is_placed_exactly_once(text):
    layout = segment(split_lines(text))
    body, duplicates = dedupe(layout.body, layout.title)
    removed = layout.removed + duplicates
    placed = [line.no for line in body] + [r.line_no for r in removed]
    if layout.title:
        placed.append(layout.title.no)
    non_blank = [line.no for line in split_lines(text) if line.text.strip()]
    assert sorted(placed) == non_blank
    assert all(r.reason for r in removed)
    assert not {line.no for line in body} & {r.line_no for r in removed}

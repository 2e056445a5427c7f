"""Property-based tests: decode and layout hold their promises on any input."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.decode import DecodeError, decode, split_lines
from transforms.dedup import dedupe
from transforms.entities import find_entities
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
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
@settings(max_examples=300, deadline=None)
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


# Words that open the extractor's readings (titles, roles, where someone serves, facilities named
# after a person): a text cut off right after any of them must still be read.
ENTITY_WORDS = [
    "الممثلة",
    "الإيطالية",
    "سفير",
    "المملكة",
    "المغربية",
    "فأستراليا",
    "السيد",
    "هاذ",
    "الأمانة",
    "العامة",
    "للحكومة",
    "،",
    "بملعب",
    "المجمع",
    "الرياضي",
    "الأمير",
    "وزير",
    "الخارجية",
    "محمد",
    "عبد",
    "الله",
    "بن",
    "آل",
    "ولد",
    ".",
    "إن",
    "قال",
    "الرئيس",
    "الفرنسي",
    "مدينة",
    "جماعات",
    "“",
]


@given(st.lists(st.sampled_from(ENTITY_WORDS), max_size=12).map(" ".join))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_entities_of_any_cut_off_text_point_into_it(body):
    for entity in find_entities(None, body):
        assert body[entity.start : entity.end] == entity.text


def test_texts_cut_off_after_a_title_a_role_or_where_someone_serves():
    for body in [
        "وتترأس لجنة التحكيم هذه السنة المخرجة الإيطالية",
        "وحسب مصادر “كود”، هاذ السيد",
        "الأمانة العامة للحكومة هي بمثابة المستشار القانوني للحكومة،",
        "سفير المملكة المغربية فأستراليا",
        "اليوم الجمعة بملعب المجمع الرياضي الأمير",
    ]:
        assert all(body[e.start : e.end] == e.text for e in find_entities(None, body))

from transforms.decode import Line
from transforms.dedup import dedupe

P1 = "جرى خلال هذا اللقاء بحث سبل تطوير آليات التعاون الثنائي بين البلدين في المجال الأمني وتعزيز الجهود المشتركة."
P2 = "وشملت المباحثات أيضا تعزيز التعاون الثنائي لمواجهة الأعمال العدائية التي تهدد أمن البلدين."


def run(texts, title=None):
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    kept, removed = dedupe(lines, Line(0, title) if title else None)
    return [line.no for line in kept], {r.line_no: r.detail for r in removed}


def test_paragraph_repeated_three_times():
    kept, removed = run([P1, P2, P1, P1])
    assert kept == [1, 2]
    assert removed == {3: "copy of line 1", 4: "copy of line 1"}


def test_truncated_copy_cut_mid_word():
    kept, removed = run([P1, P2, P2[:-12]])
    assert kept == [1, 2]
    assert removed == {3: "truncated copy of line 2"}


def test_extended_copy_keeps_the_first():
    kept, removed = run([P1, "في إطار الزيارة، " + P1])
    assert kept == [1]
    assert removed == {2: "extended copy of line 1"}


def test_copy_with_other_punctuation_and_diacritics():
    kept, removed = run([P2, P2.replace("أيضا", "أيضاً").replace(".", "!")])
    assert kept == [1]
    assert 2 in removed


def test_near_copy_with_one_word_changed():
    kept, removed = run([P1, P1.replace("المشتركة", "الثنائية")])
    assert kept == [1]
    assert removed == {2: "near copy of line 1"}


def test_title_repeated_in_the_body():
    kept, removed = run(["عنوان المقال", P1], title="عنوان المقال")
    assert kept == [2]
    assert removed == {1: "copy of the title (line 0)"}


def test_short_distinct_lines_are_not_merged():
    kept, _ = run(["الرباط", "فاس", "وقال المسؤول."])
    assert kept == [1, 2, 3]

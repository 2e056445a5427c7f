"""The boilerplate catalogue, the structural rules and the validation suite agree on reasons."""

import re
from pathlib import Path

from expectations.validate import suite_definitions
from transforms.catalogue import catalogue_reasons, match_line, phrases_in


def suite_reasons() -> set[str]:
    [check] = [e for e in suite_definitions()["removed_lines"]["expectations"] if e["kwargs"].get("column") == "reason"]
    return set(check["kwargs"]["value_set"])


def code_reasons() -> set[str]:
    """Reason codes written as Removed(..., "<reason>") by the structural rules."""
    folder = Path(__file__).resolve().parent.parent / "transforms"
    layout, dedup = (folder / "layout.py").read_text("utf-8"), (folder / "dedup.py").read_text("utf-8")
    literal = set(re.findall(r'Removed\([^)]*?,\s*"([a-z_]+)"', layout + dedup))
    returned = set(re.findall(r'return "([a-z_]+)"', layout))  # structural_reason
    return literal | returned


def test_every_reason_is_known_to_the_suite():
    assert catalogue_reasons() <= suite_reasons()
    assert code_reasons() <= suite_reasons()


def test_suite_lists_no_reason_nothing_produces():
    assert suite_reasons() <= catalogue_reasons() | code_reasons()


def test_phrases_match_with_spelling_variants():
    assert match_line("اترك تعليقا").reason == "comment_form"
    assert match_line("  زر الذهاب الى الاعلى  ").reason == "back_to_top"
    assert match_line("Error: CONTENT IS PROTECTED !!").reason == "copy_protection"
    assert match_line("المغرب يعزز التعاون الأمني مع شركائه") is None


def test_leak_check_finds_catalogue_phrases_in_a_body():
    assert "زر الذهاب الي الاعلي" in phrases_in("نص المقال.\n\nزر الذهاب إلى الأعلى")
    assert phrases_in("وقد أضاف تعليق الوزير أن الأمر محسوم.") == []

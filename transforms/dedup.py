"""Repeated paragraphs inside one article: exact, truncated, extended and near copies.

Scrapers often capture an article twice (a teaser, then the full text; or the whole page
again), and the last copy is often cut off mid-word. Paragraphs are compared in key form, so
punctuation and spelling noise do not hide a copy. The first occurrence stays; every later
copy is removed with reason ``duplicate`` and a detail naming the line it repeats.
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.decode import Line
from transforms.layout import Removed
from transforms.text import key_form

MIN_PARTIAL_CHARS = 40  # a shorter fragment is too generic to call a truncated copy
NEAR_DUPLICATE_JACCARD = 0.8  # word 3-gram overlap above which two paragraphs are one


@dataclass(frozen=True)
class _Seen:
    line_no: int
    key: str
    shingles: frozenset[tuple[str, ...]]


def _shingles(key: str) -> frozenset[tuple[str, ...]]:
    tokens = key.split()
    if len(tokens) < 3:
        return frozenset({tuple(tokens)})
    return frozenset(tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2))


def _relation(key: str, shingles: frozenset, seen: _Seen) -> str | None:
    """How a paragraph repeats an earlier one, or None when it does not."""
    if key == seen.key:
        return "copy"
    shorter = min(len(key), len(seen.key))
    if shorter >= MIN_PARTIAL_CHARS:
        if seen.key.startswith(key):
            return "truncated copy"
        if key in seen.key:
            return "partial copy"
        if seen.key in key:
            return "extended copy"
    overlap = len(shingles & seen.shingles) / max(1, len(shingles | seen.shingles))
    if shorter >= MIN_PARTIAL_CHARS and overlap >= NEAR_DUPLICATE_JACCARD:
        return "near copy"
    return None


def dedupe(body: list[Line], title: Line | None) -> tuple[list[Line], list[Removed]]:
    """Keep the first occurrence of every paragraph; report the later copies."""
    kept: list[Line] = []
    removed: list[Removed] = []
    seen: list[_Seen] = []
    title_key = key_form(title.text) if title else None
    for line in body:
        key = key_form(line.text)
        if title and key == title_key:
            removed.append(Removed(line.no, line.text, "duplicate", f"copy of the title (line {title.no})"))
            continue
        shingles = _shingles(key)
        for earlier in seen:
            relation = _relation(key, shingles, earlier)
            if relation:
                removed.append(Removed(line.no, line.text, "duplicate", f"{relation} of line {earlier.line_no}"))
                break
        else:
            seen.append(_Seen(line.no, key, shingles))
            kept.append(line)
    return kept, removed

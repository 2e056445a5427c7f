"""Arabic text forms shared by every transform, built on CAMeL Tools' character utilities.

Three forms of one string are used across the pipeline:

* display form: what people read; Unicode-normalized, invisible controls dropped,
  whitespace collapsed, diacritics and punctuation kept;
* search form: for matching and querying; diacritics and tatweel removed, alef / alef
  maksura / teh marbuta folded, Eastern Arabic digits as ASCII;
* key form: the search form with punctuation dropped and Latin lower-cased, used to compare
  lines (catalogue phrases, duplicate paragraphs) regardless of spelling noise.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
# Zero-width and bidi controls: invisible, but they break matching and hide text.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
WORD = re.compile(r"\w+")
_SPACES = re.compile(r"[^\S\n]+")
# Arabic-Indic digits to ASCII, and the letters Maghrebi and Persian-influenced writing adds for
# sounds Arabic lacks to the letters other writers use: گ ڭ (g) -> ك as in "كَ", ڤ (v) -> ف,
# پ (p) -> ب, چ (ch) -> ج, ی (Farsi yeh) -> ي, ک (keheh) -> ك. "انستگرام" matches "انستكرام".
_SEARCH_LETTERS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹گڭڤپچیک", "01234567890123456789ككفبجيك")
# The two ligatures CAMeL's normalize_unicode spells out before NFKC (rial sign, basmala).
_LIGATURES = re.compile("[\ufdfc\ufdfd]")
_NON_WORD = re.compile(r"[^\w]+")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=8192)  # the same line is asked for by several transforms
def display_form(text: str) -> str:
    """Readable text: NFKC (Arabic presentation forms become letters), no invisibles, tidy spaces.

    Tatweel (kashida) only stretches letters for looks; runs of it are dropped here too.
    """
    text = _nfkc(INVISIBLE.sub("", text)).replace(TATWEEL, "")
    return _SPACES.sub(" ", text).strip()


def _nfkc(text: str) -> str:
    """CAMeL Tools' normalize_unicode. It maps the text character by character in Python before
    NFKC, which only changes the two ligatures; text without them goes straight to NFKC."""
    return normalize_unicode(text) if _LIGATURES.search(text) else unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=8192)
def search_form(text: str) -> str:
    """Display text folded for matching: no diacritics or tatweel, normalized letters, ASCII digits."""
    return fold(display_form(text))


def fold(text: str) -> str:
    """search_form of text that is already in display form (skips Unicode normalization)."""
    text = dediac_ar(text).replace(TATWEEL, "")
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
    return text.translate(_SEARCH_LETTERS)


@lru_cache(maxsize=8192)
def plain_form(text: str) -> str:
    """Display text without diacritics, letters as written: how a name is listed ("ناصرُ بوريطة"
    is "ناصر بوريطة")."""
    return dediac_ar(text)


def key_form(text: str) -> str:
    """Search form reduced to lower-case words separated by single spaces."""
    return _NON_WORD.sub(" ", search_form(text).lower()).strip()


def words(text: str) -> list[str]:
    return WORD.findall(text)


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among all letters (0.0 when there are no letters)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(ARABIC_LETTER.findall(text)) / letters


def has_arabic(text: str) -> bool:
    return ARABIC_LETTER.search(text) is not None


@cache
def _fold_char(ch: str) -> str:
    if INVISIBLE.fullmatch(ch):
        return ""
    if ch.isspace():
        return " " if ch != "\n" else "\n"
    return search_form(ch)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Search form of ``text`` character by character, with the source index of each character.

    Unlike search_form it keeps whitespace runs, so matches found in the folded text map back
    to exact spans of the original (``origin[i]`` is the original index of folded char ``i``).
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for out in _fold_char(ch):
            folded.append(out)
            origin.append(index)
    return "".join(folded), origin

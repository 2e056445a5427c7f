"""Which lines of a scraped article are its headline, labels, bylines, body and debris.

Every non-blank line ends in exactly one place: the title, the body, or the removed list with
a reason. Catalogue phrases (transforms/data/boilerplate.toml) are tried first; then general
structural rules that do not depend on any one site's wording:

* short label lines above the headline are section or site labels (a place's name is a section);
* short lines between the headline and the first paragraph are bylines or datelines;
* short lines without Arabic (ad codes, URLs, stray Latin) are debris;
* short lines after an end-of-article widget (related articles, comments) are debris.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.catalogue import Hit, labels, match_line
from transforms.dates import DAY_MONTH, NUMERIC
from transforms.decode import Line
from transforms.lexicon import is_place, opens_with_given_name
from transforms.text import display_form, has_arabic, key_form, search_form, words

LABEL_MAX_WORDS = 3  # label lines above the headline ("دولي", "جريدة")
TITLE_MAX_WORDS = 50  # a longer first line is a paragraph, not a headline
TITLE_WITH_PERIOD_MAX_WORDS = 15  # a headline may end with "." when it is short
BYLINE_MAX_WORDS = 5  # "ميديا أونكيت 24", "بقلم: فلان"
DATELINE_MAX_WORDS = 9  # "الثلاثاء 12 مارس 2024 - 10:30"
NON_ARABIC_MAX_WORDS = 12  # longer Latin lines are kept for the language check to judge
TAIL_MAX_WORDS = 20  # related headlines listed after an end-of-article widget

AUTHOR_PREFIXES = ("بقلم", "كتب", "كتبت", "حرر", "اعداد", "تقرير", "by")
_URL = re.compile(r"(https?://|www\.|\S+@\S+\.\w+|\S+\.(com|net|org|ma|info)\b)", re.I)
_CODE_TOKEN = re.compile(r"[0-9A-Z][0-9A-Z\-_#]*")
_SENTENCE_END = (".", "،", ":", "؛")
_DASH = re.compile(r"\s+[-–—]\s+")
_CRUMB = re.compile(r"\s*[»›>|/]\s*")  # between a breadcrumb's parts: "الرئيسية » رياضة"


def _section_name(text: str) -> str | None:
    """The section a label line names: a section's name ("رياضة"), section words joined by "و"
    ("ثقافة وفنون"), or the last of a breadcrumb's parts after the site's words ("الرئيسية »
    رياضة"); None for any other line."""
    if key_form(text) in labels().sections or is_place(text):  # "مصر", "لبنان": a region's section
        return display_form(text)
    parts = [part for part in _CRUMB.split(display_form(text)) if key_form(part) not in labels().site_words]
    if parts and all(_section_words(part) for part in parts):
        return parts[-1]
    return None


def _section_words(text: str) -> bool:
    """Every word of the text is a section's word, with "و" or the article or not ("العالم
    العربي", "ثقافة وفنون", "الاقتصاد")."""
    words_ = [word.removeprefix("و") for word in key_form(text).split()]
    return bool(words_) and all(w in labels().sections or w.removeprefix("ال") in labels().sections for w in words_)


def _site_name(text: str) -> str:
    """The outlet a site or byline line names: "القاهرة - مصراوي" is Masrawy writing from Cairo,
    a place and the name set apart by a dash (either way round); other lines are the name."""
    parts = _DASH.split(text)
    if len(parts) == 2:
        place = [is_place(part) for part in parts]
        if place.count(True) == 1:
            return parts[place.index(False)]
    return text


def _placed_author(text: str) -> bool:
    """A byline of a place and a person set apart by a dash: "الرباط - محمد بلقاسم"."""
    return _placed_site(text) and opens_with_given_name(_site_name(text))


def _placed_site(text: str) -> bool:
    """A short line of a place and a name set apart by a dash: "أبوظبي - سكاي نيوز عربية"."""
    parts = _DASH.split(display_form(text))
    return len(words(text)) <= BYLINE_MAX_WORDS and len(parts) == 2 and [is_place(p) for p in parts].count(True) == 1


@dataclass(frozen=True)
class Removed:
    line_no: int
    text: str
    reason: str
    detail: str | None = None


@dataclass
class Layout:
    title: Line | None = None
    outlet: str | None = None
    section: str | None = None
    dateline: Line | None = None
    body: list[Line] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def structural_reason(text: str) -> str | None:
    """Reason to drop a line by its shape alone, or None."""
    stripped = display_form(text)
    if not any(ch.isalpha() for ch in stripped):
        return "no_letters"
    if has_arabic(stripped):
        return None
    tokens = stripped.split()
    if len(tokens) > NON_ARABIC_MAX_WORDS:
        return None
    if _URL.search(stripped):
        return "url"
    if any(ch.isdigit() for ch in stripped) and all(_CODE_TOKEN.fullmatch(t) for t in tokens):
        return "ad_code"
    return "latin_fragment"


def _is_headline(line: Line) -> bool:
    """A headline has more words than a label, fewer than a paragraph, and rarely ends a sentence."""
    text = display_form(line.text)
    n = len(words(text))
    if not LABEL_MAX_WORDS < n <= TITLE_MAX_WORDS or text.endswith(":"):
        return False
    ends_sentence = text.endswith(".") and not text.endswith("..")
    return not ends_sentence or n <= TITLE_WITH_PERIOD_MAX_WORDS


def _is_dateline(text: str) -> bool:
    folded = search_form(text)
    match = DAY_MONTH.search(folded) or NUMERIC.search(folded)
    return match is not None and len(words(folded)) - len(words(match.group())) <= 3


def segment(lines: list[Line], title_given: bool = False) -> Layout:
    """Split decoded lines into title, labels, bylines, body and removed debris.

    With ``title_given`` (an export that has a title field) no headline is looked for: the
    text is all body and debris.
    """
    layout = Layout()
    footer_outlet = byline_outlet = site_outlet = None
    hits: dict[int, Hit] = {}
    candidates: list[Line] = []
    for line in lines:
        if not line.text.strip():
            continue
        hit = match_line(line.text)
        if hit:
            hits[line.no] = hit
            # ("تابعوا آخر أخبار الاقتصاد على موقعنا" names a section, no outlet)
            named = hit.outlet if hit.outlet and not _section_words(hit.outlet) else None
            footer_outlet = footer_outlet or named
            continue
        reason = structural_reason(line.text)
        if reason:
            layout.removed.append(Removed(line.no, line.text, reason))
            continue
        candidates.append(line)

    # Above the headline: short label lines.
    position = 0
    for position, line in enumerate([] if title_given else candidates):
        # ("أبوظبي - سكاي نيوز عربية" above the headline: a place and the site, a label however long)
        placed_site = _placed_site(line.text) and position + 1 < len(candidates)
        if _is_headline(line) and not (placed_site and _is_headline(candidates[position + 1])):
            layout.title = line
            position += 1
            break
        if len(words(line.text)) > LABEL_MAX_WORDS and not placed_site:
            break  # a paragraph before any headline: this article has no title line
        key = key_form(line.text)
        if (section := _section_name(line.text)) is not None:
            layout.section = layout.section or section
            layout.removed.append(Removed(line.no, line.text, "section_label"))
        else:
            if key not in labels().site_words:
                site_outlet = site_outlet or _site_name(display_form(line.text))
            layout.removed.append(Removed(line.no, line.text, "site_label"))
    else:
        position = 0 if title_given else len(candidates)

    # Between the headline and the first paragraph: bylines and datelines (past the headline
    # repeated, which stays for dedupe to record as a copy).
    copies = set()
    while layout.title and position < len(candidates):
        line = candidates[position]
        text = display_form(line.text)
        if key_form(line.text) == key_form(layout.title.text):
            copies.add(line.no)
        elif len(words(text)) <= DATELINE_MAX_WORDS and _is_dateline(text):
            layout.dateline = layout.dateline or line
            layout.removed.append(Removed(line.no, line.text, "dateline"))
        elif len(words(text)) > BYLINE_MAX_WORDS or text.endswith(_SENTENCE_END):
            break
        elif key_form(text).startswith(AUTHOR_PREFIXES) or _placed_author(text):
            layout.removed.append(Removed(line.no, line.text, "author_byline"))
        else:
            byline_outlet = byline_outlet or _site_name(text)
            layout.removed.append(Removed(line.no, line.text, "outlet_byline"))
        position += 1

    body_start = layout.title.no if layout.title else 0
    seen_body = ended = False
    remaining = {line.no for line in candidates[position:]} | copies
    for line in lines:
        if line.no in hits:
            hit = hits[line.no]
            layout.removed.append(Removed(line.no, line.text, hit.reason))
            ended = ended or (hit.ends_body and seen_body)
        elif line.no in remaining:
            if ended and len(words(line.text)) <= TAIL_MAX_WORDS:
                layout.removed.append(Removed(line.no, line.text, "after_body_end"))
                continue
            seen_body = seen_body or line.no > body_start
            layout.body.append(line)

    # (the site a label above the headline names publishes the article; a byline under it may
    # name the wire agency it carries: "الأيام - البحرين" above, "المنامة - بنا" under)
    layout.outlet = footer_outlet or site_outlet or byline_outlet
    layout.removed.sort(key=lambda r: r.line_no)
    return layout

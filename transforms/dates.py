"""Date expressions in Arabic news text, resolved to calendar dates.

Month names come in three regional sets (MSA/Egyptian, Maghreb, Levantine); all are mapped
here rather than through dateparser, which reads one Arabic region at a time. A date with no
year takes the most recent year whose date is not after the reference date and, when a weekday
is given, falls on that weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.text import fold_with_map, search_form

# Month names in search form (alef/yeh/teh marbuta folded, see transforms.text.search_form).
_MONTHS: dict[int, list[str]] = {
    1: ["يناير", "كانون الثاني", "جانفي"],
    2: ["فبراير", "شباط", "فيفري"],
    3: ["مارس", "اذار", "آذار"],
    4: ["ابريل", "افريل", "نيسان"],
    5: ["مايو", "ماي", "ايار"],
    6: ["يونيو", "يونيه", "حزيران", "جوان"],
    7: ["يوليو", "يوليوز", "يوليه", "تموز", "جويليه", "جويليت"],
    8: ["اغسطس", "غشت", "اب", "اوت"],
    9: ["سبتمبر", "شتنبر", "ايلول"],
    10: ["اكتوبر", "تشرين الاول"],
    11: ["نوفمبر", "نونبر", "تشرين الثاني"],
    12: ["ديسمبر", "دجنبر", "كانون الاول"],
}
_WEEKDAYS = {  # Python weekday numbers
    "الاثنين": 0,
    "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}
MONTH_OF = {search_form(name): month for month, names in _MONTHS.items() for name in names}
WEEKDAY_OF = {search_form(name): day for name, day in _WEEKDAYS.items()}

_month_alt = "|".join(sorted((re.escape(m) for m in MONTH_OF), key=len, reverse=True))
_weekday_alt = "|".join(re.escape(w) for w in WEEKDAY_OF)
_B = r"(?<![\w])"  # no word character right before
_E = r"(?![\w])"  # no word character right after

# All patterns run on the folded text (transforms.text.fold_with_map); spans map back.
DAY_MONTH = re.compile(
    rf"{_B}(?:(?P<weekday>{_weekday_alt})\s*،?\s+)?"
    rf"(?P<day>[0-3]?\d|فاتح)\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{_month_alt})"
    rf"(?:\s*،?\s*(?:من\s+)?(?:(?:سنه|عام)\s+)?(?P<year>(?:19|20)\d\d){_E}|\s+(?P<rel>الجاري|الماضي|المنصرم|المقبل|القادم){_E})?{_E}"
)
MONTH_YEAR = re.compile(
    rf"{_B}(?:شهر\s+)?(?P<month>{_month_alt})\s+(?:من\s+)?(?:(?:سنه|عام)\s+)?(?P<year>(?:19|20)\d\d){_E}"
)
NUMERIC = re.compile(
    rf"{_B}(?:(?P<d1>[0-3]?\d)[/.-](?P<m1>[01]?\d)[/.-](?P<y1>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]?\d)-(?P<d2>[0-3]?\d)){_E}"
)


@dataclass(frozen=True)
class DateMention:
    text: str
    value: dt.date | None  # None when the expression names no existing date
    granularity: str  # day | month
    start: int
    end: int


def find_dates(text: str, reference: dt.date) -> list[DateMention]:
    """Every date expression in ``text`` with its resolved value and character span."""
    folded, origin = fold_with_map(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: dt.date | None, granularity: str) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        found.append(DateMention(text[start:end], value, granularity, start, end))

    for m in DAY_MONTH.finditer(folded):
        day = 1 if m["day"] == "فاتح" else int(m["day"])
        weekday = WEEKDAY_OF.get(m["weekday"]) if m["weekday"] else None
        year = int(m["year"]) if m["year"] else None
        add(m, resolve(day, MONTH_OF[m["month"]], year, weekday, reference), "day")
    for m in NUMERIC.finditer(folded):
        if m["y1"]:
            value = _safe_date(int(m["y1"]), int(m["m1"]), int(m["d1"]))
        else:
            value = _safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        add(m, value, "day")
    for m in MONTH_YEAR.finditer(folded):
        add(m, _safe_date(int(m["year"]), MONTH_OF[m["month"]], 1), "month")
    return sorted(found, key=lambda d: d.start)


def resolve(day: int, month: int, year: int | None, weekday: int | None, reference: dt.date) -> dt.date | None:
    """The calendar date meant by day/month[/year][/weekday] as of ``reference``."""
    if year is not None:
        return _safe_date(year, month, day)
    # Weekdays repeat their dates within 28 years (and 29 Feb within 28 as well).
    for candidate_year in range(reference.year, reference.year - 29, -1):
        value = _safe_date(candidate_year, month, day)
        if value is None or value > reference:
            continue
        if weekday is None or value.weekday() == weekday:
            return value
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

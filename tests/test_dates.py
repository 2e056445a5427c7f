import datetime as dt

import pytest

from transforms.dates import find_dates, resolve

REF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("يوم 5 يناير 2025", dt.date(2025, 1, 5)),
        ("في 17 يوليوز 2023", dt.date(2023, 7, 17)),
        ("في 3 غشت 2022", dt.date(2022, 8, 3)),
        ("في 9 شتنبر 2021", dt.date(2021, 9, 9)),
        ("في 2 كانون الثاني 2020", dt.date(2020, 1, 2)),
        ("في 14 تشرين الأول 2019", dt.date(2019, 10, 14)),
        ("في ١٥ مارس ٢٠٢١", dt.date(2021, 3, 15)),
        ("في 1 دجنبر من سنة 2024", dt.date(2024, 12, 1)),
        ("في 2024-05-06", dt.date(2024, 5, 6)),
        ("في 06/05/2024", dt.date(2024, 5, 6)),
        ("في فاتح ماي 2018", dt.date(2018, 5, 1)),
    ],
)
def test_regional_month_names(text, value):
    [mention] = find_dates(text, REF)
    assert mention.value == value
    assert mention.granularity == "day"
    assert text[mention.start : mention.end] == mention.text


def test_no_year_takes_most_recent_not_after_reference():
    assert resolve(25, 12, None, None, REF) == dt.date(2025, 12, 25)
    assert resolve(20, 11, None, None, REF) == dt.date(2026, 11, 20)


def test_weekday_picks_the_year():
    # 22 April was a Monday in 2024, not in 2025 or 2026.
    [mention] = find_dates("لقائهما صبيحة يوم الاثنين 22 أبريل بالرباط", REF)
    assert (mention.text, mention.value) == ("الاثنين 22 أبريل", dt.date(2024, 4, 22))


def test_current_month_with_weekday():
    [mention] = find_dates("صباح يوم الاثنين 25 نونبر الجاري", REF)
    assert mention.value == dt.date(2024, 11, 25)


def test_month_and_year():
    [mention] = find_dates("في شهر أبريل 2024", REF)
    assert (mention.value, mention.granularity) == (dt.date(2024, 4, 1), "month")


def test_impossible_date_has_no_value():
    [mention] = find_dates("في 31 فبراير 2024", REF)
    assert mention.value is None


def test_diacritics_keep_offsets():
    text = "وَصَلَ يَوْمَ الْخَمِيسِ 7 مَارِس 2024 إلى الرباط"
    [mention] = find_dates(text, REF)
    assert mention.value == dt.date(2024, 3, 7)
    assert text[mention.start : mention.end] == mention.text


def test_numbers_that_are_not_dates():
    assert find_dates("كأس العالم 2030 والدورة 93 لأشغال الجمعية", REF) == []

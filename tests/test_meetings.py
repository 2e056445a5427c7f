import datetime as dt

from transforms.dates import find_dates
from transforms.entities import find_entities
from transforms.meetings import find_meetings

REFERENCE = dt.date(2026, 11, 23)


def meetings(body: str) -> list[tuple[str, str | None, str, str | None]]:
    """(kind, host, guest, place) of every meeting and visit the body reports."""
    found = find_meetings(body, find_entities(None, body), find_dates(body, REFERENCE))
    return [(m.kind, m.host, m.guest, m.place) for m in found]


def test_talks_with_a_counterpart_are_a_meeting():
    body = "وبحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الأمريكي ماركو روبيو في واشنطن تطورات الأوضاع."
    assert meetings(body) == [("meeting", "فيصل بن فرحان", "ماركو روبيو", "واشنطن")]
    body = "وعقد وزير الداخلية عبد الوافي لفتيت جلسة عمل مع نظيره الفرنسي برونو روتايو بباريس."
    assert meetings(body) == [("meeting", "عبد الوافي لفتيت", "برونو روتايو", "باريس")]


def test_who_invited_a_visitor_is_the_host_and_where_the_visitor_arrived_is_the_place():
    body = "وحل الرئيس الفرنسي إيمانويل ماكرون بالمغرب في زيارة دولة بدعوة من الملك محمد السادس."
    assert meetings(body) == [("visit", "محمد السادس", "إيمانويل ماكرون", "المغرب")]


def test_a_visitor_named_after_the_visit():
    body = "وتأتي زيارة وزير الداخلية الفرنسي جيرالد دارمانان إلى المغرب في إطار التعاون الأمني."
    assert meetings(body) == [("visit", None, "جيرالد دارمانان", "المغرب")]

"""Meetings and visits reported in an article body: who met whom, where, when.

Sentence by sentence, a trigger word ("استقبل", "التقى", "لقاء", "مباحثات", "زيارة" …) is
read with the people already found around it:

* meetings and receptions: the host is the sentence's subject (the first person named before
  the trigger, else the first after it); the guests are the people named after the trigger,
  up to the next trigger. "لقائهما" (their meeting) with nobody after it pairs the subject
  with the last person named before it.
* visits: the visitor is named right after the trigger ("زيارة وزير الداخلية الفرنسي جيرال
  دارمانان إلى المغرب"), or before it when the trigger says whose visit it is ("زيارته",
  "قام ... بزيارة"); the place is the first place after the trigger that is not a genitive, else
  where the visitor arrived ("حل … بالمغرب في زيارة"). Who invited the visitor ("بدعوة من …") is
  the host.

The place of a meeting is a place introduced by a preposition ("بالرباط"); the date is the
first resolved date of the sentence; the guest's country comes from the guest's role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.dates import DateMention
from transforms.entities import Entity
from transforms.lexicon import nationalities, nationality_stem
from transforms.text import search_form

_SENTENCE = re.compile(r"(?:[^.!?؟\n]|(?<=\.)\.|\.(?=\.))+")  # ".." is an ellipsis, not a full stop
_CLITIC = r"(?:[وفبل])?"
_B, _E = r"(?<!\w)", r"(?!\w)"
MEETING_WORDS = ["استقبل", "استقبلت", "يستقبل", "تستقبل", "استقباله", "استقبالها", "التقى", "التقت", "يلتقي",
                 "تلتقي", "لقاء", "لقائه", "لقائها", "لقائهما", "لقاءه", "اجتمع", "اجتمعت", "يجتمع", "تجتمع",
                 "اجتماع", "اجتماعه", "اجتماعها", "مباحثات", "مباحثاته", "مباحثاتها", "محادثات", "مشاورات",
                 "تباحث", "تباحثت", "بحث", "بحثت", "يبحث", "تبحث",  # "بحث الوزير مع نظيره …"
                 "جلسة عمل"]  # fmt: skip
VISIT_WORDS = ["زيارة", "زيارته", "زيارتها", "زار", "زارت", "يزور", "تزور"]  # "بزيارة": clitic ب
# Letters that search_form folds together, so that the triggers match the display text as written.
_FOLDED = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}


def _spelling(word: str) -> str:
    return "".join(_FOLDED.get(ch, re.escape(ch)) for ch in search_form(word))


_TRIGGER_WORDS = "|".join(_spelling(w) for w in sorted(MEETING_WORDS + VISIT_WORDS, key=len, reverse=True))
_TRIGGER = re.compile(rf"{_B}{_CLITIC}(?P<word>{_TRIGGER_WORDS}){_E}")
_VISITS = frozenset(map(search_form, VISIT_WORDS))
_POSSESSIVE = ("ه", "ها", "هما")
_INVITATION = re.compile(rf"{_B}{_CLITIC}دعو[ةه]{_E}")  # "بدعوة من", "تلبية لدعوة"
VISITOR_AFTER_CHARS = 60  # how far after "زيارة" the visitor's name may start (role words between)


@dataclass(frozen=True)
class Meeting:
    kind: str  # meeting | visit
    host: str | None
    guest: str
    guest_role: str | None
    guest_country: str | None
    place: str | None
    date: DateMention | None
    sentence: str
    start: int  # offsets of the sentence in the body
    end: int


def country_of(role: str | None, places: list[Entity]) -> str | None:
    """The country a role names: a place inside it, or a nationality adjective ("الفرنسي")."""
    if not role:
        return None
    for place in places:
        if place.text in role:
            return place.canonical
    for word in search_form(role).split():
        country = nationalities().get(nationality_stem(word))
        if country:
            return country
    return None


def find_meetings(body: str, entities: list[Entity], dates: list[DateMention]) -> list[Meeting]:
    """Every meeting and visit the body reports between named people."""
    people = [e for e in entities if e.kind == "PERSON" and e.field == "body"]
    places = [e for e in entities if e.kind == "LOC" and e.field == "body"]
    if not people:
        return []
    found: list[Meeting] = []
    subject: str | None = None  # who the running text is about: the last sentence's first person
    for sentence in _SENTENCE.finditer(body):
        s, e = sentence.start(), sentence.end()
        in_sentence = [p for p in people if s <= p.start < e]
        if not in_sentence:
            continue
        triggers = [
            (s + m.start("word"), s + m.end("word"), search_form(m["word"]), m.group()[: m.start("word") - m.start()])
            for m in _TRIGGER.finditer(sentence.group())
        ]
        date = next((d for d in dates if s <= d.start < e and d.value), None)
        seen: set[tuple[str | None, str]] = set()
        previous_subject, subject = subject, in_sentence[0].canonical
        for k, (t_start, t_end, word, clitic) in enumerate(triggers):
            limit = triggers[k + 1][0] if k + 1 < len(triggers) else e
            before = [p for p in in_sentence if p.end <= t_start]
            after = [p for p in in_sentence if t_end <= p.start < limit]
            possessive = body[t_start:t_end].endswith(_POSSESSIVE)  # ة is not ه in the display text
            if word in _VISITS:
                pairs = _visit(body, word, clitic, t_end, before, after, possessive)
                ahead = [p for p in places if t_end <= p.start < limit]
                # "الجار الشمالي للمغرب": a place after the genitive ل is mostly not the destination
                direct = [p for p in ahead if body[p.start - 1 : p.start] != "ل" and not p.text.startswith("لل")]
                # "حل ماكرون بالمغرب في زيارة": else where the visitor arrived, before the trigger
                arrived = [p for p in places if s <= p.start < t_start and _locative(body, p)]
                place = (direct or ahead or arrived or [None])[0]
            else:
                pairs = _meeting(before, after, possessive, previous_subject)
                located = [p for p in places if s <= p.start < e and _locative(body, p)]
                place = next((p for p in located if p.start >= t_end), located[0] if located else None)
            for host, guest in pairs:
                if (host, guest.canonical) in seen:
                    continue
                seen.add((host, guest.canonical))
                found.append(
                    Meeting(
                        kind="visit" if word in _VISITS else "meeting",
                        host=host,
                        guest=guest.canonical,
                        guest_role=guest.role,
                        guest_country=country_of(guest.role, places),
                        place=place.canonical if place else None,
                        date=date,
                        sentence=body[s:e].strip(),
                        start=s,
                        end=e,
                    )
                )
    return found


def _visit(body: str, word: str, clitic: str, t_end: int, before: list[Entity], after: list[Entity], possessive: bool):
    if after and after[0].start - t_end <= VISITOR_AFTER_CHARS:
        # "حل ماكرون بالمغرب في زيارة دولة بدعوة من الملك محمد السادس": the one who invited is the host
        if before and _INVITATION.search(body[t_end : after[0].start]):
            return [(after[0].canonical, before[-1])]
        return [(None, after[0])]
    # "زيارته" (his visit), "قام ... بزيارة", "زار": the visitor is named before; a bare "زيارة" says nothing.
    if before and (possessive or clitic == "ب" or word != search_form("زيارة")):
        return [(None, before[-1])]
    return []


def _meeting(before: list[Entity], after: list[Entity], possessive: bool, previous_subject: str | None):
    if before:
        host, guests = before[0].canonical, after
    elif possessive and previous_subject and after:
        host, guests = previous_subject, after  # "وبعد اجتماعه مع ...": his meeting, named a sentence ago
    elif after:
        host, guests = after[0].canonical, after[1:]
    else:
        return []
    guests = [g for g in guests if g.canonical != host]
    if not guests and possessive and before and before[-1].canonical != host:
        guests = [before[-1]]  # "لقائهما": the two people named before
    return [(host, g) for g in guests]


def _locative(body: str, place: Entity) -> bool:
    """'بالرباط' or 'في الرباط': the place where something happened, not a genitive."""
    return body[place.start - 1 : place.start] == "ب" or body[max(0, place.start - 3) : place.start].strip() == "في"

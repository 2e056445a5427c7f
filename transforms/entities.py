"""People (with roles), organizations, places and named events in an article, model-free.

One Aho-Corasick pass (transforms.lexicon) over the search form of the tokens finds every
lexicon entry, with Arabic clitics stripped ("بالرباط" is الرباط, "للمغرب" is المغرب). On top:

* places and known organizations are lexicon entries;
* other organizations start with a head noun and run on over definite words and nouns in
  construct ("وزارة الداخلية", "المديرية العامة للأمن الوطني");
* events start with an event head and may take a place and a year ("مونديال قطر 2022");
* people are introduced by an honorific ("السيدة سيلين بيرتون"), a role before the name
  ("وزير الداخلية الفرنسي جيرال دارمانان"), a role in apposition ("المدير العام ...، عبد
  اللطيف حموشي،" / "فرانسيسكا بوستين، المديرة العامة ...،") or a known given name
  ("عزيز أخنوش"); later mentions, in full or by family name alone ("حموشي"), resolve to the
  full name as ``canonical``.

Where spans overlap the longer one wins ("جامعة محمد الخامس" is an organization, not a person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.lexicon import (
    AMBIGUOUS_GIVEN,
    EVENT_HEAD,
    GIVEN,
    HONORIFIC,
    LOC,
    ORG,
    ORG_HEAD,
    ROLE,
    Entry,
    lexicon,
    light_form,
)
from transforms.text import search_form

_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]")
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك")
CLITIC_PREFIXES = frozenset(("", *_CLITICS))
_YEAR = re.compile(r"(19|20)\d\d")
MAX_NAME_TOKENS = 4
MAX_ROLE_TOKENS = 14
PRIORITY = {"EVENT": 0, "ORG": 1, "PERSON": 2, "LOC": 3}  # on equal spans


@dataclass(frozen=True)
class Entity:
    kind: str  # PERSON | ORG | LOC | EVENT
    text: str
    canonical: str
    role: str | None
    start: int
    end: int
    field: str = "body"  # title | body: the text the offsets point into


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    key: str  # search form
    light: str  # light form, for stopwords

    @property
    def is_word(self) -> bool:
        return self.key[:1].isalpha()


@dataclass(frozen=True)
class _Hit:
    start: int  # first token
    end: int  # token after the last
    clitic: int  # characters of clitics before the entry in the first token
    entry: Entry


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, str]:
    return search_form(word), light_form(word)


@lru_cache(maxsize=65536)
def _variants(key: str) -> tuple[tuple[int, str], ...]:
    """(clitic length, stem) readings of a word: 'بالرباط' -> (1, 'الرباط'); 'للامن' -> (1, 'الامن')."""
    found = [(0, key)]
    for clitic in _CLITICS:
        stem = key[len(clitic) :]
        if key.startswith(clitic) and len(stem) >= 2:
            found.append((len(clitic), stem))
            if stem.startswith("ل") and not stem.startswith("ال") and clitic.endswith("ل"):
                found.append((len(clitic), "ا" + stem))  # لل + noun: the article's alef is dropped
    return tuple(found)


class _Text:
    """A text as tokens, with every lexicon hit indexed by its first token."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[_Token] = []
        for m in _TOKEN.finditer(text):
            key, light = _forms(m.group())
            self.tokens.append(_Token(m.group(), m.start(), m.end(), key, light))
        self.lex = lexicon()
        self.hits: list[dict[str, _Hit]] = [{} for _ in self.tokens]  # longest hit per kind
        self._match()

    def _match(self) -> None:
        starts, token_of = [], []
        parts, position = [], 0
        for index, token in enumerate(self.tokens):
            starts.append(position)
            parts.append(token.key)
            token_of.extend([index] * (len(token.key) + 1))
            position += len(token.key) + 1
        joined = " ".join(parts)
        for end, (key, entries, lam_variant) in self.lex.automaton.iter(joined):
            start = end - len(key) + 1
            first, last = token_of[start], token_of[end]
            if end + 1 < len(joined) and joined[end + 1] != " ":
                continue  # the entry ends inside a word
            prefix = self.tokens[first].key[: start - starts[first]]
            if prefix not in CLITIC_PREFIXES or (lam_variant and not prefix.endswith("ل")):
                continue
            for entry in entries:
                best = self.hits[first].get(entry.kind)
                if best is None or best.end <= last:
                    self.hits[first][entry.kind] = _Hit(first, last + 1, len(prefix), entry)

    # -- lookups -------------------------------------------------------------------------
    def hit(self, i: int, *kinds: str) -> _Hit | None:
        """The longest hit of one of ``kinds`` starting at token i."""
        if i >= len(self.tokens) or not self.hits[i]:
            return None
        found = [self.hits[i][kind] for kind in kinds if kind in self.hits[i]]
        return max(found, key=lambda h: h.end) if found else None

    def word(self, i: int) -> _Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) and self.tokens[i].is_word else None

    def definite(self, i: int) -> bool:
        token = self.word(i)
        return token is not None and any(stem.startswith("ال") for _n, stem in _variants(token.key))

    def locative(self, i: int) -> bool:
        """'بالرباط', 'في فيينا': a place introduced by a preposition ends a name."""
        place = self.hit(i, LOC)
        if place is None:
            return False
        return (place.clitic > 0 and self.tokens[i].key[0] == "ب") or (i > 0 and self.tokens[i - 1].key == "في")

    def coordinated_org(self, i: int) -> bool:
        """'والمديرية العامة ...', 'بمركز ...': another organization starts here (not a genitive 'ل')."""
        hit = self.hit(i, ORG_HEAD, ORG)
        return hit is not None and (hit.clitic == 0 or self.tokens[i].key[0] in "وب")

    def stop(self, i: int) -> bool:
        token = self.word(i)
        return token is None or token.light in self.lex.stopwords

    def span(self, i: int, j: int, clitic: int = 0) -> tuple[str, int, int]:
        start, end = self.tokens[i].start + clitic, self.tokens[j - 1].end
        return self.text[start:end], start, end

    def boundary(self, i: int) -> bool:
        return i >= len(self.tokens) or not self.tokens[i].is_word

    # -- phrase readers --------------------------------------------------------------------
    def complement_end(self, j: int, limit: int, stop_at_locative: bool) -> int:
        """Index after the definite words and nouns in construct that continue a phrase at j.

        For names of organizations and events (``stop_at_locative``) a place after a
        preposition ("بالرباط") or the start of another organization ends the phrase.
        """
        start = j
        while j < len(self.tokens) and j - start < limit:
            if self.stop(j):
                break
            if stop_at_locative and (self.locative(j) or self.coordinated_org(j)):
                break
            head = self.hit(j, ROLE)
            if head and not (head.clitic and self.tokens[j].key.startswith("و")):
                break  # a new role starts; "والمدير العام ..." continues a coordinated title
            place = self.hit(j, LOC)
            if place and not self.definite(j):
                j = place.end
                continue
            if self.definite(j) or self.tokens[j].key in ("عام", "عامه"):
                j += 1
                continue
            if self.tokens[j].key not in self.lex.joiners and (self.definite(j + 1) or self.hit(j + 1, LOC)):
                j += 1  # construct noun: "لأمن الدولة", "ولمراقبة التراب", "خارجية فرنسا"
                continue
            break
        return j

    def name_end(self, i: int, given: _Hit | None = None) -> int:
        """Index after a personal name starting at token i (i when there is none)."""
        j = given.end if given else i
        while j < len(self.tokens) and j - i < MAX_NAME_TOKENS:
            token = self.word(j)
            if token is None or self.stop(j) or any(ch.isdigit() for ch in token.key):
                break
            after_joiner = j > i and self.tokens[j - 1].key in self.lex.joiners
            definite_surname = given is not None and j == given.end and given.entry.kind == GIVEN
            if self.definite(j) and not (after_joiner or definite_surname):
                break
            if self.hit(j, ROLE, HONORIFIC, ORG_HEAD):
                break
            if not after_joiner and self.hit(j, LOC):
                break
            if j - i >= 2 and not after_joiner and self.definite(j + 1):
                break  # "عزيز أخنوش بممثلي النقابات": a noun in construct, not a third name
            j += 1
            if definite_surname and self.definite(j - 1):
                break  # "محمد السادس", "سعد الدين العثماني": a definite surname ends the name
        if j - i < 2 or self.tokens[j - 1].key in self.lex.joiners:
            return i
        return j

    def role_after(self, j: int) -> str | None:
        """A role given in apposition right after a name: 'NAME، المديرة العامة ...'."""
        if j < len(self.tokens) and self.tokens[j].text in ",،":
            head = self.hit(j + 1, ROLE)
            if head and not head.clitic:  # "NAME، ورئيس ..." coordinates another person
                end = self.complement_end(head.end, MAX_ROLE_TOKENS, stop_at_locative=False)
                return self.span(j + 1, end, head.clitic)[0]
        return None


def _people(t: _Text) -> list[Entity]:
    found: dict[str, tuple[str, str | None]] = {}  # name key -> (display name, role)

    def add(i: int, j: int, role: str | None) -> None:
        name_key = " ".join(tok.key for tok in t.tokens[i:j])
        name = t.span(i, j)[0]
        previous = found.get(name_key)
        role = t.role_after(j) or role  # the apposition is the formal title
        if previous is None or (previous[1] is None and role):
            found[name_key] = (previous[0] if previous else name, role)

    for i, token in enumerate(t.tokens):
        if not token.is_word:
            continue
        if t.hit(i, HONORIFIC):
            start = t.hit(i, HONORIFIC).end
            j = t.name_end(start, t.hit(start, GIVEN, AMBIGUOUS_GIVEN))
            if j > start:
                add(start, j, None)
                continue
        head = t.hit(i, ROLE)
        if head:
            end = t.complement_end(head.end, MAX_ROLE_TOKENS, stop_at_locative=False)
            role = t.span(i, end, head.clitic)[0]
            start = end + 1 if end < len(t.tokens) and t.tokens[end].text in ",،" else end
            j = t.name_end(start, t.hit(start, GIVEN, AMBIGUOUS_GIVEN))
            if j > start and (start == end or t.boundary(j)):
                add(start, j, role)
            continue
        given = t.hit(i, GIVEN)
        if given and not given.clitic and not t.stop(i) and not (i > 0 and t.word(i - 1) and t.hit(i - 1, GIVEN)):
            j = t.name_end(i, given)
            if j > given.end:
                add(i, j, None)
    return _mentions(t, found)


def _mentions(t: _Text, found: dict[str, tuple[str, str | None]]) -> list[Entity]:
    """All mentions of the found people: full names anywhere, and family names used alone."""
    by_key: dict[str, tuple[str, str | None]] = dict(found)
    family: dict[str, list[str]] = {}
    for name_key in found:
        family.setdefault(name_key.split()[-1], []).append(name_key)
    for last, keys in family.items():
        if len(keys) == 1 and len(last) >= 3 and not last.startswith("ال"):
            by_key.setdefault(last, found[keys[0]])
    longest = max((len(k.split()) for k in by_key), default=0)
    firsts = {k.split()[0] for k in by_key}
    mentions: list[Entity] = []
    i = 0
    while i < len(t.tokens):
        if not any(stem in firsts for _n, stem in _variants(t.tokens[i].key)):
            i += 1
            continue
        matched = None
        for size in range(longest, 0, -1):
            rest = [tok.key for tok in t.tokens[i + 1 : i + size]]
            if len(rest) != size - 1:
                continue
            for clitic, stem in _variants(t.tokens[i].key):
                person = by_key.get(" ".join([stem, *rest]))
                if person:
                    matched = (clitic, size, person)
                    break
            if matched:
                break
        if matched:
            clitic, size, (canonical, role) = matched
            text, start, end = t.span(i, i + size, clitic)
            mentions.append(Entity("PERSON", text, canonical, role, start, end))
            i += size
        else:
            i += 1
    return mentions


def _lexicon_entities(t: _Text) -> list[Entity]:
    """Places and known organizations."""
    found = []
    for i in range(len(t.tokens)):
        for kind in (LOC, ORG):
            hit = t.hit(i, kind)
            if hit:
                clitic = 0 if t.tokens[i].key.startswith("لل") else hit.clitic  # keep both lams visible
                text, start, end = t.span(i, hit.end, clitic)
                found.append(Entity(kind, text, hit.entry.canonical, None, start, end))
    return found


def _organizations(t: _Text) -> list[Entity]:
    """Organizations named by a head noun and what follows it."""
    found = []
    for i in range(len(t.tokens)):
        head = t.hit(i, ORG_HEAD)
        if head is None:
            continue
        end = t.complement_end(head.end, 10, stop_at_locative=True)
        if end == head.end:
            continue  # a head alone ("الشرطة") names no organization
        text, start, stop, canonical = _named(t, i, end, head)
        known = t.hit(i, ORG)
        found.append(
            Entity("ORG", text, known.entry.canonical if known and known.end == end else canonical, None, start, stop)
        )
    return found


def _events(t: _Text) -> list[Entity]:
    """Named events: a head, then definite words or a place, then maybe a year."""
    found = []
    for i in range(len(t.tokens)):
        head = t.hit(i, EVENT_HEAD)
        if head is None:
            continue
        end = t.complement_end(head.end, 6, stop_at_locative=True)
        qualified = end > head.end
        if end < len(t.tokens) and _YEAR.fullmatch(t.tokens[end].key):
            end += 1
            qualified = True
        if not qualified and search_form(head.entry.canonical) in t.lex.events_needing_qualifier:
            continue
        text, start, stop, canonical = _named(t, i, end, head)
        found.append(Entity("EVENT", text, canonical, None, start, stop))
    return found


def _named(t: _Text, i: int, end: int, head: _Hit) -> tuple[str, int, int, str]:
    """Surface text, span and canonical name of a phrase whose first word may carry clitics."""
    if t.tokens[i].key.startswith("لل") and head.clitic:
        text, start, stop = t.span(i, end)  # "للشرطة الوطنية": keep both lams in the text
        return text, start, stop, "ال" + text[2:]
    text, start, stop = t.span(i, end, head.clitic)
    return text, start, stop, text


def _flatten(candidates: list[Entity]) -> list[Entity]:
    """Non-overlapping entities, longer spans first; nested ones are dropped."""
    chosen: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for e in sorted(candidates, key=lambda e: (-(e.end - e.start), PRIORITY[e.kind], e.start)):
        if not any(e.start < end and start < e.end for start, end in taken):
            chosen.append(e)
            taken.append((e.start, e.end))
    return sorted(chosen, key=lambda e: e.start)


def find_entities(title: str | None, body: str) -> list[Entity]:
    """Entities of the title and the body, read together so that names resolve across both."""
    head = f"{title}\n\n" if title else ""
    t = _Text(head + body)
    found = _flatten(_people(t) + _lexicon_entities(t) + _organizations(t) + _events(t))
    return [
        replace(e, field="title")
        if e.end <= len(head)
        else replace(e, start=e.start - len(head), end=e.end - len(head))
        for e in found
    ]

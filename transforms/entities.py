"""People (with their roles) and places in an article body, model-free.

Places come from the gazetteer in transforms.lexicon. People are found by the ways Arabic
news introduces them: an honorific ("السيدة سيلين بيرتون"), a role before the name ("وزير
الداخلية الفرنسي جيرال دارمانان"), a role and the name as appositions ("المدير العام ...،
عبد اللطيف حموشي،" / "فرانسيسكا بوستين، المديرة العامة ...،") and compound given names
("عبد اللطيف ..."). Later mentions of a known person, in full or by family name alone
("حموشي"), resolve to the full name as ``canonical``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.lexicon import light_form, people, places
from transforms.text import search_form

_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]")
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
MAX_NAME_TOKENS = 4
MAX_ROLE_TOKENS = 14


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


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, str]:
    return search_form(word), light_form(word)


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        key, light = _forms(m.group())
        out.append(_Token(m.group(), m.start(), m.end(), key, light))
    return out


@lru_cache(maxsize=65536)
def _variants(key: str) -> tuple[tuple[int, str], ...]:
    """(clitic length, stem) readings of a word: 'بالرباط' -> (1, 'الرباط'); 'للامن' -> (1, 'الامن')."""
    found = [(0, key)]
    for clitic in _CLITICS:
        stem = key[len(clitic) :]
        if key.startswith(clitic) and len(stem) >= 2:
            found.append((len(clitic), stem))
            if stem.startswith("ل") and not stem.startswith("ال") and clitic in ("ل", "ول", "فل"):
                found.append((len(clitic), "ا" + stem))  # لل + noun: the article's alef is dropped
    return tuple(found)


def _is_definite(token: _Token) -> bool:
    return token.is_word and any(stem.startswith("ال") for _n, stem in _variants(token.key))


class _Reader:
    """Reads names and roles from a token list."""

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = people()
        self.places = places()

    def word(self, i: int) -> _Token | None:
        return self.tokens[i] if i < len(self.tokens) and self.tokens[i].is_word else None

    def boundary(self, i: int) -> bool:
        return i >= len(self.tokens) or not self.tokens[i].is_word

    def role_head(self, i: int) -> tuple[int, int] | None:
        """(clitic length, words in head) when a role starts at token i."""
        token = self.word(i)
        if token is None:
            return None
        for clitic, stem in _variants(token.key):
            longest = self.lex.role_heads.get(stem)
            if not longest:
                continue
            for size in range(longest, 0, -1):
                words = [stem] + [t.key for t in self.tokens[i + 1 : i + size]]
                if len(words) == size and " ".join(words) in self.lex.role_phrases:
                    return clitic, size
        return None

    def honorific(self, i: int) -> bool:
        token = self.word(i)
        return token is not None and any(stem in self.lex.honorifics for _n, stem in _variants(token.key))

    def place_at(self, i: int) -> tuple[int, int, str] | None:
        """(clitic length, tokens, canonical) of the longest place name starting at token i."""
        token = self.word(i)
        if token is None:
            return None
        for size in range(5, 0, -1):
            rest = self.tokens[i + 1 : i + size]
            if len(rest) != size - 1 or not all(t.is_word for t in rest):
                continue
            tail = [t.key for t in rest]
            for clitic, stem in _variants(token.key):
                canonical = self.places.get(" ".join([stem, *tail]))
                if canonical:
                    return clitic, size, canonical
        return None

    def role_end(self, i: int, head_size: int) -> int:
        """Index after the last token of the role that starts at token i."""
        j = i + head_size
        while j < len(self.tokens) and j - i < MAX_ROLE_TOKENS:
            token = self.word(j)
            if token is None or token.light in self.lex.stopwords:
                break
            head = self.role_head(j)
            if head and not (head[0] and token.key.startswith("و")):
                break  # a new role starts; "والمدير العام ..." continues a coordinated title
            place = self.place_at(j)
            if place and not _is_definite(token):
                j += place[1]
                continue
            if _is_definite(token) or token.key in ("عام", "عامه"):
                j += 1
                continue
            following = self.word(j + 1)
            if following and token.key not in self.lex.joiners and (_is_definite(following) or self.place_at(j + 1)):
                j += 1  # construct noun: "لأمن الدولة", "ولمراقبة التراب", "خارجية فرنسا"
                continue
            break
        return j

    def name_end(self, i: int) -> int:
        """Index after the last token of a personal name starting at token i (i when none)."""
        j = i
        while j < len(self.tokens) and j - i < MAX_NAME_TOKENS:
            token = self.word(j)
            if token is None or token.light in self.lex.stopwords or any(ch.isdigit() for ch in token.key):
                break
            after_joiner = j > i and self.tokens[j - 1].key in self.lex.joiners
            if (_is_definite(token) and not after_joiner) or self.role_head(j) or self.honorific(j):
                break
            if not after_joiner and self.place_at(j):
                break
            following = self.word(j + 1)
            if j - i >= 2 and not after_joiner and following and _is_definite(following):
                break  # "عزيز أخنوش بممثلي النقابات": a noun in construct, not a third name
            j += 1
        if j - i < 2 or self.tokens[j - 1].key in self.lex.joiners:
            return i
        return j

    def span_text(self, i: int, j: int, clitic: int = 0) -> tuple[str, int, int]:
        start, end = self.tokens[i].start + clitic, self.tokens[j - 1].end
        return self.text[start:end], start, end

    def role_after(self, j: int) -> str | None:
        """A role given in apposition right after a name: 'NAME، المديرة العامة ...'."""
        if j < len(self.tokens) and self.tokens[j].text in ",،":
            head = self.role_head(j + 1)
            if head and not head[0]:  # "NAME، ورئيس ..." coordinates another person
                end = self.role_end(j + 1, head[1])
                return self.span_text(j + 1, end, head[0])[0]
        return None


def find_people(text: str, tokens: list[_Token] | None = None) -> list[Entity]:
    """Every mention of a person in ``text``, resolved to a full name, with the role given."""
    tokens = tokens if tokens is not None else _tokens(text)
    reader = _Reader(text, tokens)
    found: dict[str, tuple[str, str | None]] = {}  # name key -> (display name, role)

    def add(i: int, j: int, role: str | None) -> None:
        key = " ".join(t.key for t in tokens[i:j])
        name = reader.span_text(i, j)[0]
        previous = found.get(key)
        role = reader.role_after(j) or role  # the apposition is the formal title
        if previous is None or (previous[1] is None and role):
            found[key] = (previous[0] if previous else name, role)

    for i, token in enumerate(tokens):
        if not token.is_word:
            continue
        if reader.honorific(i):
            j = reader.name_end(i + 1)
            if j > i + 1:
                add(i + 1, j, None)
                continue
        head = reader.role_head(i)
        if head:
            end = reader.role_end(i, head[1])
            role = reader.span_text(i, end, head[0])[0]
            start = end + 1 if end < len(tokens) and tokens[end].text in ",،" else end
            j = reader.name_end(start)
            if j > start and (start == end or reader.boundary(j)):
                add(start, j, role)
            continue
        if token.key in reader.lex.joiners and _is_definite(tokens[i + 1] if i + 1 < len(tokens) else token):
            j = reader.name_end(i)
            if j > i + 2:
                add(i, j, None)
    return _mentions(reader, found)


def _mentions(reader: _Reader, found: dict[str, tuple[str, str | None]]) -> list[Entity]:
    """All mentions of the found people: full names anywhere, and family names used alone."""
    by_key: dict[str, tuple[str, str | None]] = {}  # mention key -> (canonical, role)
    family: dict[str, list[str]] = {}
    for key, (name, role) in found.items():
        by_key[key] = (name, role)
        family.setdefault(key.split()[-1], []).append(key)
    for last, keys in family.items():
        if len(keys) == 1 and len(last) >= 3:
            by_key.setdefault(last, found[keys[0]])
    longest = max((len(k.split()) for k in by_key), default=0)
    mentions: list[Entity] = []
    tokens = reader.tokens
    i = 0
    while i < len(tokens):
        matched = None
        for size in range(longest, 0, -1):
            rest = [t.key for t in tokens[i + 1 : i + size]]
            if len(rest) != size - 1:
                continue
            for clitic, stem in _variants(tokens[i].key):
                hit = by_key.get(" ".join([stem, *rest]))
                if hit:
                    matched = (clitic, size, hit)
                    break
            if matched:
                break
        if matched:
            clitic, size, (canonical, role) = matched
            text, start, end = reader.span_text(i, i + size, clitic)
            mentions.append(Entity("PERSON", text, canonical, role, start, end))
            i += size
        else:
            i += 1
    return mentions


def find_places(text: str, tokens: list[_Token] | None = None) -> list[Entity]:
    """Every gazetteer place in ``text``, clitics stripped: 'بالرباط' is الرباط."""
    tokens = tokens if tokens is not None else _tokens(text)
    reader = _Reader(text, tokens)
    found = []
    i = 0
    while i < len(tokens):
        place = reader.place_at(i)
        if place:
            clitic, size, canonical = place
            if tokens[i].key.startswith("لل"):
                clitic = 0  # the surface form keeps both lams
            surface, start, end = reader.span_text(i, i + size, clitic)
            found.append(Entity("LOC", surface, canonical, None, start, end))
            i += size
        else:
            i += 1
    return found


def find_entities(title: str | None, body: str) -> list[Entity]:
    """Entities of the title and the body, read together so that names resolve across both."""
    head = f"{title}\n\n" if title else ""
    text = head + body
    tokens = _tokens(text)
    found = sorted(find_people(text, tokens) + find_places(text, tokens), key=lambda e: e.start)
    return [
        replace(e, field="title")
        if e.end <= len(head)
        else replace(e, start=e.start - len(head), end=e.end - len(head))
        for e in found
    ]

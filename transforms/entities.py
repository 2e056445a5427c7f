"""People (with roles), organizations, places and named events in an article, model-free.

One Aho-Corasick pass (transforms.lexicon) over the search form of the tokens finds every
lexicon entry, with Arabic clitics stripped ("بالرباط" is الرباط, "للمغرب" is المغرب). On top:

* places and known organizations are lexicon entries;
* other organizations start with a head noun and run on over definite words and nouns in
  construct ("وزارة الداخلية", "المديرية العامة للأمن الوطني", "مندوبية وزارة الصحة"); some
  heads name one only with a country ("الحكومة الإسبانية", "البرلمان الأوروبي");
* places also come from a head ("مدينة باري", "مطار محمد الخامس") or a first word that only
  starts place names ("سيدي البرنوصي", "أولاد زيان");
* news outlets are known by the form of their name ("هبة بريس", "كش24") or cited as a source
  at the end of a round-up item ("… /أخبارنا –");
* events start with an event head and may take a place and a year ("مونديال قطر 2022");
* people are introduced by an honorific ("السيدة سيلين بيرتون"), a role before the name
  ("وزير الداخلية الفرنسي جيرال دارمانان"), a role in apposition ("المدير العام ...، عبد
  اللطيف حموشي،" / "فرانسيسكا بوستين، المديرة العامة ...،") or a known given name
  ("عزيز أخنوش"), and a name listed next to one of those is a person too ("…، راؤول روميفا،
  وخواكيم فورن"); later mentions, in full or by family name alone ("حموشي"), resolve to the
  full name as ``canonical``.

Where spans overlap the longer one wins ("جامعة محمد الخامس" is an organization, not a person).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import NamedTuple

from transforms.common_words import article_zipf, zipf
from transforms.dates import MONTH_OF
from transforms.lexicon import (
    AMBIGUOUS_GIVEN,
    AREA_HEAD,
    EVENT_HEAD,
    FACILITY_HEAD,
    FAMILY,
    FIGURE,
    GIVEN,
    HONORIFIC,
    LIST_OPENER,
    LOC,
    OCCUPATION,
    ORG,
    ORG_HEAD,
    PLACE_PREFIX,
    QUOTED_ORG_HEAD,
    ROLE,
    SPEECH_VERB,
    Entry,
    lexicon,
    light_form,
    nationality_stem,
)
from transforms.text import fold, plain_form, search_form

_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]|\n+")  # a line break ends a phrase too
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك")
CLITIC_PREFIXES = frozenset(("", *_CLITICS))
_YEAR = re.compile(r"(19|20)\d\d")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u06a4\u06af\u06a9]+")  # with the Maghrebi ڤ گ ک
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9&.'-]*")  # with French and Spanish letters: "El País"
_OUTLET_24 = re.compile(r"(?!ال24|لل24)[^\W\d_]{2,}24")  # "كش24", "طنجة24": news sites named after their city
_OPEN_QUOTES, _CLOSE_QUOTES = '“"«', '”"»'
_DASHES = frozenset("-–—")
_CONTINENTS = frozenset(("افريقيا", "اوروبا", "اسيا"))  # search form
_SOUTH_AFRICAN = frozenset(("افريقي", "افريقيه"))  # after "الجنوب" (search form: the alef folded)
_LIST_SEPARATORS = frozenset(",،؛")
_SENTENCE_ENDS = frozenset(".؟?!")
_LETTER_NAMES = frozenset(("بي", "سي", "دي", "تي", "جي", "كي", "في", "اف", "ام", "ان", "اس", "اكس", "ار", "اي", "ايه"))
_FIELD_KINDS = frozenset(("النفطي", "الغازي", "البترولي", "للنفط", "للغاز"))  # search form: "حقل الفيل النفطي"
_OFFICES = frozenset(("مكتب", "ديوان"))  # search form: heads of a role-holder's office ("مكتب النائب العام")
_ROYALS = frozenset(("الملك", "الامير", "الملكه", "الاميره"))  # search form: "جامعة الملك سعود"
_VENUE_WORDS = frozenset(("ارينا", "ستاديوم"))  # search form: "ملعب المملكة أرينا"
_FOR_DOING = re.compile(r"لت\w\wي\wه?")  # ل and a verbal noun of the تفعيل form, search form: "لتقطير"
_AGE_WORDS = frozenset(("عام", "عاما", "سنه", "سنوات", "ربيعا"))  # search form: "39 عام", "(35 سنة)"
_HIS_AGE = frozenset(("عمرو", "عمره", "عمرها"))  # search form: "his / her age" before a number
_AGE = re.compile(rf"\d (?:{'|'.join(_AGE_WORDS)})\b")  # the same, in the joined search forms
_NISBA_TOKEN = re.compile(r"(?<!\S)و?ال\S*يه?(?!\S)")  # a definite word in -ي, -ية: "الفرنسي", "والكينية"
_MONARCHS = frozenset(("الملك", "الملكة", "العاهل"))  # roles no "السيد" follows in apposition
_COUNT = re.compile(r"[بل]?\d")  # search form: "بـ164 مليون", "ل3 أشهر", "141": a figure after a name
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "هوم")  # "راجلها", "عمرهم": a noun and its owner
# adjectives whose ب-phrase belongs to the name or role before them: "الوزارة المكلفة بالتعمير", "وزارة
# الجالية المقيمة بالخارج", "الوزيرة المكلفة بالانتقال الرقمي", "اللجنة الخاصة بالنموذج التنموي"
_TAKES_BI = frozenset(("المكلف", "المكلفه", "المكلفين", "المقيم", "المقيمه", "المقيمين", "الخاص", "الخاصه"))
_REMITS = frozenset(("للنهوض", "للتعريف", "للتكفل", "للعنايه", "للاهتمام", "للتحسيس"))  # verbal nouns taking ب
# hits the words of a cited outlet's name lack ("حسب “الصباح”")
_NOT_OUTLETS = (LOC, ORG, FIGURE, GIVEN, ROLE, ORG_HEAD, AREA_HEAD, FACILITY_HEAD, EVENT_HEAD)
_LALLA = frozenset(("للا", "لاله"))  # search form: the title of a Moroccan lady or princess, a given name
# search form: prepositions a rival follows ("فوزه على", "نزال بين"), or one who leads ("خلف الكينية")
_AGAINST = frozenset(("علي", "امام", "ضد", "مع", "بين", "خلف"))
_NAMED_AFTER = frozenset(("كاس", "جائزه"))  # search form: a cup or a prize a person's name follows
# search form: works whose quoted title may be a place's name ("رواية “جبل الزمرد”", "فيلم “كازابلانكا”")
_WORKS = frozenset(("روايه", "فيلم", "كتاب", "مسرحيه", "اغنيه", "البوم", "مسلسل", "قصيده", "ديوان", "لوحه"))
# "أن", "إن" (light form), and "his saying" after "نقلت … عن": reported speech follows
_THAT = frozenset(("ان", "بان", "انه", "انها", "قوله", "قولها", "تاكيده", "تاكيدها"))
_THAT_AFTER = frozenset(("الى", "على"))  # "أشار … إلى أن", "أكد … على أن"
_DARIJA_TO = frozenset(("ليك", "ليا", "ليه", "ليها", "لينا", "ليكم", "ليهم"))  # Darija "to you", "to me" …
RELATIVES = frozenset(("لي", "اللي", "الذي", "التي"))  # "رضا البرادي لي كان ...": a clause about the name
PREPOSITIONS = frozenset(("في", "الي", "من", "نحو", "عبر", "قرب", "داخل", "بين", "حول", "مع", "عن"))
MAX_NAME_TOKENS = 4
# Zipf frequencies (transforms.common_words) of a word written with the article. A name this
# common as a word ("أمل", "سعيد", "سلام") needs a cue; a word this common after a given name
# ("هاري تراجع", "تشارلز أرض") is not its family name.
AMBIGUOUS_ZIPF = 4.0
COMMON_ZIPF = 3.5
PLACE_NAME_ZIPF = 4.0  # a word after "سيدي"/"آيت" this common is not a place's name
SOURCE_ZIPF = 4.5  # "مصدر", "مسؤول": as common as the nouns that name an unnamed source
RARE_NAME_ZIPF = 3.1  # every word of a name this rare: a foreign name ("ستافان دي ميستورا"), not a verb phrase
PREPOSITION_GAP = 2.5  # "بناجح" (1.0) is seldom "ب" + "ناجح" (4.1): a family name, not a preposition
FAMILY_PREFIXES = ("بن", "بو", "بل", "ل")  # Ben-, Bou-, Bel-, and the Darija article: "بنكيران", "لعلج"
VERY_COMMON_ZIPF = 4.8  # a definite noun this common after an area's head is no name: "مقاطعة الدراسة"
DARIJA_ARTICLE_ZIPF = 3.9  # "ل" + a word this common with the article is that word: "لمغاربة"
PAST_VERB_ZIPF = 4.5  # a word in -ت this common, with its stem as common, is a verb: "شاركت", "كتبت"
RARE_ZIPF = 2.5  # rarer than this as a word: a foreign name's part ("غاريدو") more likely than a verb
# A name from the name data (transforms/data/names.tsv) is "attested" when log10(bearers + 1) -
# zipf(word) reaches NAME_EVIDENCE: its bearers outweigh its use as a word ("محمد", "بنكيران"
# yes; "فان", "أحد", "كاملة" no). Foreign names, rare among the data's people, count when the
# word is never written with the article ("هاري", "تشارلز"). A given name starts a name on its
# own (with an unknown family name after it) only with SURE_BEARERS bearers.
NAME_EVIDENCE = -2.6
FOREIGN_ARTICLE_ZIPF = 2.0
FOREIGN_NAME_ZIPF = 4.45  # a foreign given name this frequent is a word too ("لولا", "أراد")
LIST_ARTICLE_ZIPF = 3.0  # a word in a list this frequent with the article is a noun ("ماركيز" is not)
SURE_BEARERS = 20
NISBA_BEARERS = 10  # people bearing a nisba as their family name: a name, not "the Egyptian" ("صفوان المصري،")
ADJECTIVE_GIVEN_BEARERS = 10  # a definite given name this rare after a title is its adjective ("الكبير": 3)
COMMON_FAMILY_BEARERS = 150  # a family name this common is one even when it is a word too ("سعيد")
RARE_GIVEN_BEARERS = 100  # a given name this rare that is also a common noun ("طالب") may be the noun
DEFINITE_COMMON_ZIPF = 4.6  # "المعروفة", "السابق", "الجديد": too common (with "ال" and without) to be a family name
MAX_ROLE_TOKENS = 14
PRIORITY = {"EVENT": 0, "ORG": 1, "LOC": 2, "PERSON": 3}  # on equal spans: lexicon kinds first
ORDINALS = frozenset(
    ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر")
)  # regnal numbers, in search form: "محمد السادس", "يوحنا بولس الثاني"


@dataclass(frozen=True)
class Entity:
    kind: str  # PERSON | ORG | LOC | EVENT
    text: str
    canonical: str
    role: str | None
    start: int
    end: int
    field: str = "body"  # title | body: the text the offsets point into


# An entity extractor: (title, body, outlet) -> entities. find_entities is the built-in one.
Finder = Callable[[str | None, str, str | None], list[Entity]]


class _Token(NamedTuple):  # a tuple: thousands are made per article
    text: str
    start: int
    end: int
    key: str  # search form
    light: str  # light form, for stopwords
    is_word: bool


class _Hit(NamedTuple):
    start: int  # first token
    end: int  # token after the last
    clitic: int  # characters of clitics before the entry in the first token
    entry: Entry


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, str, bool]:
    """Search form, light form and whether it is a word; the text is already in display form."""
    key = fold(word)
    return key, light_form(word), key[:1].isalpha()


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


def _preposition_ceiling(key: str, n: int, whole: float) -> float:
    """The most frequent a stem may be for ``key`` to read as a preposition and that stem. A word
    shaped like a Maghrebi family name ("بن…", "بو…", "بل…", Darija "ل…") that is far rarer than
    its stem is seldom that pairing but a name ("بناجح", "بوشركة", "لباز"): the whole token's
    frequency is the pairing's own."""
    return whole + PREPOSITION_GAP if n == 1 and key.startswith(FAMILY_PREFIXES) else math.inf


@lru_cache(maxsize=65536)
def _clitic_forms(stem: str) -> frozenset[str]:
    """Every token key that reads as ``stem`` after clitics: the inverse of _variants."""
    forms = {stem, *(clitic + stem for clitic in _CLITICS)}
    if stem.startswith("ال"):
        forms |= {clitic + stem[1:] for clitic in _CLITICS if clitic.endswith("ل")}  # "للمغرب"
    return frozenset(form for form in forms if any(s == stem for _n, s in _variants(form)))


@lru_cache(maxsize=65536)
def _whole_word_reading(token: str, clitic: int, lam_variant: bool) -> bool:
    """The token read whole is a commoner word than its stem read after ``clitic`` letters
    ("للبرلمان" after ل is "البرلمان", the article's alef dropped)."""
    stem = "ا" + token[clitic:] if lam_variant else token[clitic:]
    return zipf(token) >= COMMON_ZIPF and zipf(token) > zipf(stem) + 1


class _Text:
    """A text as tokens, with every lexicon hit indexed by its first token."""

    def __init__(self, text: str, outlet: str | None = None) -> None:
        self.text = text
        # the article's own outlet, by its first word's search form ("كود"): "قالت كوثر لكود"
        self.outlet = next((search_form(w) for w in _TOKEN.findall(outlet or "")), None)
        forms, make = _forms, _Token._make  # _make skips the namedtuple's Python-level __new__
        # "٬" (the Arabic thousands separator) stands for a comma in much typed text: "كولر٬ كانت"
        read = text.replace("٬", "،")  # one character for one: the offsets are the text's
        self.tokens: list[_Token] = [
            make((word, *m.span(), *forms(word))) for m in _TOKEN.finditer(read) for word in (m.group(),)
        ]
        self.lex = lexicon()
        self.hits: dict[int, dict[str, _Hit]] = {}  # token -> longest hit per kind starting there
        self.by_kind: dict[str, set[int]] = {}  # kind -> tokens where such a hit starts
        self.darija = any(token.key in self.lex.darija_markers for token in self.tokens)
        self._match()

    def _match(self) -> None:
        keys = [token.key for token in self.tokens]
        joined = " ".join(keys)
        self.joined = joined
        starts = list(accumulate((len(key) + 1 for key in keys[:-1]), initial=0))[: len(keys)]  # each key's start
        first_at = dict(zip(starts, range(len(keys)), strict=True))  # position -> the token starting there
        self.first_at = first_at
        last_at = {start + len(key) - 1: index for index, (start, key) in enumerate(zip(starts, keys, strict=True))}
        for space, (key, entries, lam_variant) in self.lex.automaton.iter(joined + " "):
            end = space - 1  # keys end with the space after a token: only whole-word endings match
            start = end - len(key) + 1
            # the token the match starts in: clitics are two letters at most ("وب", "لل"); most
            # matches start deeper inside a word and are dropped here
            if start in first_at:
                first, prefix = first_at[start], ""
            elif start - 1 in first_at:
                first = first_at[start - 1]
                prefix = self.tokens[first].key[:1]
            elif start - 2 in first_at:
                first = first_at[start - 2]
                prefix = self.tokens[first].key[:2]
            else:
                continue
            # Darija "د" (of) before the article: "دالحزب المغربي الحر", "دالمغاربة"
            of = prefix == "د" and self.darija and key.startswith("ال")
            # Darija writes the article as ل alone before a place: "لبرازيل" is البرازيل
            darija_article = lam_variant and not prefix and self.darija
            if prefix not in CLITIC_PREFIXES and not of:
                continue
            if lam_variant and not prefix.endswith("ل") and not darija_article:
                continue
            if prefix and _whole_word_reading(self.tokens[first].text, len(prefix), lam_variant):
                continue  # "كورونا" is a word, not ك + "ورونا" (Verona)
            if prefix == "ف" and not self.darija and zipf(self.tokens[first].text) > zipf(self.tokens[first].text[1:]):
                continue  # in Standard Arabic ف is "so", not "in": "جودي فوستر" is no "so Worcester"
            last = last_at[end]
            # "ووجهه" is "and his face", not و + "جهة": a clitic reading must keep the teh marbuta
            heh = bool(prefix) and first == last and self.tokens[first].light.endswith("ه")
            at = self.hits.setdefault(first, {})
            for entry in entries:
                if heh and entry.canonical.endswith("ة") and search_form(entry.canonical) == key:
                    continue
                if darija_article and entry.kind != LOC:
                    continue  # places only: "لسعيد" is "to Said", not a given name with the article
                best = at.get(entry.kind)
                # the longest hit; of equal ones the whole word ("بدر" the name, not ب + "در")
                if best is None or (best.end <= last and not (best.end == last + 1 and best.clitic < len(prefix))):
                    at[entry.kind] = _Hit(first, last + 1, len(prefix), entry)
                self.by_kind.setdefault(entry.kind, set()).add(first)
        self._match_dashed_places()

    def _match_dashed_places(self) -> None:
        """Places whose words the text joins with dashes: "طنجة-تطوان-الحسيمة" is the region, not
        three towns. Its words, the dashes left out, are looked up as one name."""
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if not token.is_word or i + 2 >= len(tokens) or tokens[i + 1].text not in _DASHES:
                continue
            start = i
            while start >= 2 and tokens[start - 1].text in _DASHES and tokens[start - 2].is_word:
                start -= 2  # the chain is read once, from its first word
            if start != i:
                continue
            ends = [i]  # indexes of the chain's words
            while ends[-1] + 2 < len(tokens) and tokens[ends[-1] + 1].text in _DASHES and tokens[ends[-1] + 2].is_word:
                ends.append(ends[-1] + 2)
            # a word before and after the chain may belong to the name too ("جهة كلميم-واد نون")
            after = [ends[-1] + 1] if ends[-1] + 1 < len(tokens) and tokens[ends[-1] + 1].is_word else []
            words = ends + after
            for size in range(len(words), 1, -1):
                for clitic, stem in _variants(tokens[i].key):
                    key = " ".join([stem, *(tokens[k].key for k in words[1:size])])
                    found = self.lex.automaton.get(key + " ", None)
                    places = [e for e in found[1] if e.kind == LOC] if found and not found[2] else []
                    if places:
                        last = words[size - 1]
                        self.hits.setdefault(i, {})[LOC] = _Hit(i, last + 1, clitic, places[0])
                        self.by_kind.setdefault(LOC, set()).add(i)
                        break
                else:
                    continue
                break

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Tokens whose whole search form matches ``pattern`` (anchored at spaces): found in the
        joined text at C speed, not token by token."""
        return [self.first_at[m.start()] for m in pattern.finditer(self.joined)]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct search forms of the text's tokens."""
        return frozenset(self.joined.split(" "))

    def positions(self, *words: str) -> list[int]:
        """Tokens whose search form is one of ``words``, in order (found the same way)."""
        padded, found = f" {self.joined} ", []
        for word in words:
            needle = f" {word} "
            at = padded.find(needle)
            while at != -1:
                found.append(self.first_at[at])  # the space before it in padded is its start in joined
                at = padded.find(needle, at + 1)
        return sorted(found)

    def starting(self, *kinds: str) -> list[int]:
        """Tokens where a hit of one of ``kinds`` starts, in order."""
        return sorted(set().union(*(self.by_kind.get(kind, ()) for kind in kinds)))

    # -- lookups -------------------------------------------------------------------------
    def hit(self, i: int, *kinds: str) -> _Hit | None:
        """The longest hit of one of ``kinds`` starting at token i."""
        at = self.hits.get(i)
        if not at:
            return None
        best = None
        for kind in kinds:
            hit = at.get(kind)
            # the longest; of equally long ones the whole word, then the first kind asked for
            if hit is not None and (best is None or (hit.end, -hit.clitic) > (best.end, -best.clitic)):
                best = hit
        return best

    def place_prefix(self, i: int) -> _Hit | None:
        """A word that starts a place name at token i ("سيدي", "بني"); not "لبنى" (a name) nor
        "بنى" (built), which fold to "بني"."""
        hit = self.hit(i, PLACE_PREFIX)
        return None if hit is None or self.tokens[i].light.endswith("ى") else hit

    def word(self, i: int) -> _Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) and self.tokens[i].is_word else None

    def definite(self, i: int) -> bool:
        token = self.word(i)
        if token is None or token.light in self.lex.stopwords:  # "إلى" folds to "الي" but is no noun
            return False
        if token.text.startswith(("أل", "إل", "آل")):
            return False  # "ألباريس", "إلياس", "آل ثاني": a hamza or a madda, not the article
        return any(stem.startswith("ال") for _n, stem in _variants(token.key))

    def locative(self, i: int) -> bool:
        """'بالرباط', 'في فيينا', 'فالرباط': a place introduced by a preposition ends a name."""
        place = self.hit(i, LOC)
        if place is None:
            return False
        # Darija writes "in" as a clitic ف: "فالكوت ديفوار", "فأبيدجان"
        return (place.clitic > 0 and self.tokens[i].key[place.clitic - 1] in "بف") or (
            i > 0 and self.tokens[i - 1].key == "في"
        )

    def prepositional(self, i: int, clitics: str = "ب") -> bool:
        """Token i is a preposition (one of ``clitics``) and a word: "بالمنطقة", "بتهم", "لانصاف".

        The reading after the clitic must be a word at all (a common one after ك) and commoner
        than the token read whole ("بنك", "بلدية", "لفتيت" are words or names of their own)."""
        token = self.word(i)
        if token is None:
            return False
        whole = zipf(token.text)
        for n, stem in _variants(token.key):
            if n and token.key[n - 1] in clitics and token.key[0] in "وف" + clitics:
                stem_zipf = zipf(stem)
                # "as" (ك) goes with common nouns ("كمدير"): "كارمي" is no ك + "ارمي" (I throw)
                least = AMBIGUOUS_ZIPF if token.key[n - 1] == "ك" else 3.0
                if stem_zipf >= least and stem_zipf > whole + 0.5:
                    return True
        return False

    def coordinated_org(self, i: int) -> bool:
        """'والمديرية العامة ...', 'بمركز ...': another organization starts here (not a genitive 'ل',
        nor a word like "الحكومة" that names one only with a country: "مجلس الحكومة")."""
        hit = self.hit(i, ORG) or self.hit(i, ORG_HEAD)
        if hit is None:
            return False
        national = hit.entry.kind == ORG_HEAD and search_form(hit.entry.canonical) in self.lex.national_heads
        # "لجنة التجارة الفيدرالية": after a definite word, a region's adjective agrees with it
        regional = self.tokens[i].key in self.lex.regional_adjectives and i > 0 and self.definite(i - 1)
        if hit.clitic == 0:
            return not (national or regional)
        # "للإذاعة والتلفزة": a broadcaster's remit; "والتلفزيون المغربي" is the national broadcaster
        remit = national and self.tokens[i].key.startswith("وال") and not self.national(hit.end)
        return self.tokens[i].key[0] in "وب" and not remit

    def stop(self, i: int) -> bool:
        """Token i is no word, or a stopword, alone or after و/ف ("ولي", "فهاد")."""
        token = self.word(i)
        if token is None or token.light in self.lex.stopwords:
            return True
        if self.darija and token.light in self.lex.darija_stopwords:
            # (not between a given name and a rare family name: "عبد الكريم مزيان بلفقيه")
            given = any((h := self.hit(s, GIVEN, AMBIGUOUS_GIVEN)) and h.end == i for s in (i - 1, i - 2) if s >= 0)
            family = (after := self.word(i + 1)) is not None and FAMILY in self.hits.get(i + 1, {})
            return not (given and family and zipf(after.text) < RARE_NAME_ZIPF)
        stem = token.light[1:]  # (in Standard Arabic not a Darija "to you": "هانزي فليك" is Flick)
        darija = self.darija or stem not in _DARIJA_TO
        return len(token.light) > 2 and token.light[:1] in "وف" and stem in self.lex.stopwords and darija

    def reported(self, i: int) -> bool:
        """Token i is "أن"/"إن": what a person said follows ("… إيلون ماسك أن الشركة …"), also
        after the preposition its verb takes ("أشار هاني المصري إلى أن", "شدد … على أن")."""
        if i + 1 < len(self.tokens) and self.tokens[i].light in _THAT_AFTER:
            i += 1
        return i < len(self.tokens) and self.tokens[i].light in _THAT

    def common(self, i: int, threshold: float) -> bool:
        """The word at i is a common noun or adjective: frequent with the article."""
        token = self.word(i)
        return token is not None and article_zipf(token.text) >= threshold

    def nationality(self, i: int) -> bool:
        """'الفرنسي', 'البريطانية': a definite nationality adjective; both words of "الجنوب إفريقي"."""
        token = self.word(i)
        if token is None:
            return False
        if token.key == "الجنوب" and i + 1 < len(self.tokens) and self.tokens[i + 1].key in _SOUTH_AFRICAN:
            return True
        if token.key in _SOUTH_AFRICAN and i > 0 and self.tokens[i - 1].key == "الجنوب":
            return True
        return token.key.startswith("ال") and nationality_stem(token.key) in self.lex.nationalities

    def national_adjective(self, i: int) -> bool:
        """'الإيطالية', 'الفرنسي': a nationality adjective (not a country's name like 'المغرب')."""
        return self.nationality(i) and self.tokens[i].key.endswith(("ي", "يه"))

    def national(self, i: int) -> bool:
        """'الفرنسي', 'الأوروبي': a nationality or a region's adjective, naming whose body it is."""
        return self.nationality(i) or (i < len(self.tokens) and self.tokens[i].key in self.lex.regional_adjectives)

    def attested(self, hit: _Hit) -> bool:
        """The name ``hit`` is mostly a name: its bearers outweigh its use as a word."""
        if hit.entry.bearers is None:
            return hit.entry.kind != AMBIGUOUS_GIVEN  # the reviewed lists say
        word = self.span(hit.start, hit.end, hit.clitic)[0]
        return math.log10(hit.entry.bearers + 1) - zipf(word) >= NAME_EVIDENCE

    def sure_given(self, hit: _Hit) -> bool:
        """A given name that starts a name even before an unknown family name."""
        if hit.entry.kind != GIVEN:
            return False
        return hit.entry.bearers is None or (hit.entry.bearers >= SURE_BEARERS and self.attested(hit))

    def father_then_family(self, j: int, given: _Hit | None) -> bool:
        """After a sure given name, token j is the father's given name, a word too, and a nisba or
        a known family name closes the name: "أسعد حسن الشيباني،" (not "محمد حسن النية،")."""
        middle = self.hit(j, GIVEN, AMBIGUOUS_GIVEN)
        if given is None or not self.sure_given(given) or middle is None or middle.clitic or middle.end != j + 1:
            return False
        family = self.tokens[j + 1].key if j + 1 < len(self.tokens) else ""
        named = (_nisba(family) and _rare_definite(self, j + 1, RARE_ZIPF)) or self.known_name(j + 1)
        named = named or self.borne_nisba(j + 1)  # "محمد سيف السويدي،": a nisba many bear
        return self.definite(j + 1) and named and self.name_closed(j + 2)

    def borne_closing(self, i: int) -> bool:
        """Token i is a definite family name people bear, not a common word, and the clause ends
        after it."""
        return (
            self.definite(i)
            and FAMILY in self.hits.get(i, {})
            and zipf(self.tokens[i].text) < AMBIGUOUS_ZIPF
            and self.boundary(i + 1)
        )

    def somali_link(self, j: int) -> bool:
        """Token j is "شيخ" between two given names, as Somali names have it: "حسن شيخ محمود"."""
        after = self.hit(j + 1, GIVEN)
        return self.tokens[j].key == "شيخ" and after is not None and not after.clitic and after.entry.bearers is None

    def open_chain(self, j: int) -> bool:
        """Token j is "و" and a common noun after a common indefinite noun no list knows, inside a
        name's chain of nouns in construct: "إنعاش وتنمية" (not "أمازون وغوغل", two names)."""
        before = self.tokens[j - 1]
        # (after ل too: "لإنتاج وتصدير الفواكه والخضر", the body's remit)
        noun = before.text
        if noun[:1] == "ل" and article_zipf(noun[1:]) >= COMMON_ZIPF:
            noun = noun[1:]
        return (
            self.word(j + 1) is not None
            and not self.stop(j)
            and not self.stop(j + 1)
            and not before.key.endswith(("ي", "يه"))  # "مؤسسة دستورية وإهانة": an adjective, no noun
            and not self.definite(j - 1)
            and not self.hits.get(j - 1)
            and not self.hits.get(j)
            and article_zipf(noun) >= RARE_NAME_ZIPF
            and article_zipf(self.tokens[j].text[1:]) >= COMMON_ZIPF
        )

    def appointed(self, i: int) -> bool:
        """Token i is a post in the accusative, as an appointment names it after the person."""
        return i < len(self.tokens) and self.tokens[i].key in self.lex.appointed_roles

    def single_name(self, i: int, after_role: bool = False) -> bool:
        """After a title or role, token i alone is the name: a known family name, or a known
        given name that ends the clause ("المدرب امحمد فاخر" is not "امحمد")."""
        if not self.known_name(i):
            return False
        # (after a role, a common word no reviewed list has as a given name only before the
        # clause's end: "أستاذ الاجتماعيات عوض سشرح" is "instead of"; after "السيدة" it is the
        # name: "السيدة فيروز والموسيقار")
        given = self.hits[i].get(GIVEN)
        reviewed = given is not None and given.entry.bearers is None
        common = after_role and not reviewed and zipf(self.tokens[i].text) >= AMBIGUOUS_ZIPF
        return (FAMILY in self.hits[i] and not common) or self.boundary(i + 1) or self.stop(i + 1)

    def name_start(self, given: _Hit | None) -> bool:
        """After a title or role, ``given`` starts the name: a reviewed name, a compound or sure
        one, or one followed by a known family name ("البابا فرنسيس سيقوم" is not "فرنسيس سيقوم")."""
        if given is None:
            return False
        compound = given.end - given.start > 1  # "زين الدين", "عبد الرحيم"
        return given.entry.bearers is None or compound or self.sure_given(given) or self.known_name(given.end)

    def known_name(self, i: int) -> bool:
        """Token i is a name real people carry and not mostly a word ("بنكيران", "حسني", "هاري")."""
        if i not in self.hits or self.stop(i) or self.darija_in(i):
            return False
        for kind in (GIVEN, FAMILY):
            hit = self.hits.get(i, {}).get(kind)
            if hit is None or hit.clitic or hit.end != i + 1:
                continue
            # (a foreign name is a rare word, never with the article: not "بيلا" nor "بأي", common words)
            text = self.tokens[i].text
            rare = article_zipf(text) < FOREIGN_ARTICLE_ZIPF and zipf(text) < AMBIGUOUS_ZIPF
            foreign = hit.entry.bearers is not None and rare
            if self.attested(hit) or foreign:
                return True
        return False

    def darija_in(self, i: int) -> bool:
        """Token i is Darija "in" (ف) and a common noun far commoner than the whole word: "آفاق
        فسوق الشغل" ("in the job market"), not the family name "فسوق" a name data holds."""
        text = self.tokens[i].text
        return (
            self.darija and text[:1] == "ف" and len(text) >= 4 and zipf(text[1:]) >= max(AMBIGUOUS_ZIPF, zipf(text) + 1)
        )

    def not_a_name_word(self, i: int, after_reviewed: bool = False, last: bool = False) -> bool:
        """Token i, inside a name, reads as another word: "ومراتو", "تراجع", "فمقاطعة", "بأرض".

        Right after a given name from the reviewed list a fairly common word may still be the
        family name ("ديتر رومان"), a very common one not ("تشارلز أرض"), unless it is the
        ``last`` word of the clause ("عبد القادر عمارة،")."""
        token = self.tokens[i]
        if token.key in _HIS_AGE and i + 1 < len(self.tokens) and self.tokens[i + 1].key[:1].isdigit():
            return True  # "نور الدين عمرو 37 عام": "his age", not the name Amr
        if self.known_name(i) or token.key in self.lex.name_links:
            return False
        if _frequent_word(token.text) and _clitic_word(token.text, AMBIGUOUS_ZIPF, margin=0):
            return True  # "زوينة لمواجهة تفشي": a preposition and a word, both common
        # (in Standard Arabic, not a foreign name starting with و: "ستيفاني ويليامز")
        if token.key.startswith("و") and (self.darija or not _foreign_with_waw(token.text)):
            return True  # "هاري ومراتو": a coordinated word, not a family name
        if (
            _with_pronoun(token.key)
            or _noun_with_his(token.text)
            or _noun_with_our(token.text)
            or _pronoun_object(token.key)
        ):
            return True  # "حنة يديها", "قايد منعهوم", "قيد حياته", "هدى سيدنا": a noun or a verb with its pronoun
        if len(token.text) >= 5 and _verbal_noun_with_his(token.text):
            return True  # "أرنيل جوزيف استسلامه": a verbal noun with "his" (not "عبده", a name)
        if len(token.text) >= 6 and token.key[0] in "بلف" and _verbal_noun_with_his(token.text[1:]):
            return True  # "أنطوان ماكدانيال بتسجيله": a preposition too
        # (in Standard Arabic a rare word in -ات that people bear is a family name: "عبد السلام بكرات")
        borne = not self.darija and FAMILY in self.hits.get(i, {}) and zipf(token.text) < RARE_NAME_ZIPF
        if token.key.endswith("ات") and len(token.key) >= 4 and not borne:
            return True  # "يعقوب شكرات", "دنيا دخلات": a Darija verb ("she thanked") or a plural, no unknown name
        if token.key.endswith("ت") and zipf(token.text) >= PAST_VERB_ZIPF and zipf(token.text[:-1]) >= PAST_VERB_ZIPF:
            return True  # "ليلى شاركت": a verb in the past ("she shared"); not "حكمت", "ثابت", "عزت"
        # "فرح لمغاربة": "made the Moroccans happy", ل the Darija article; not "لمجرد"
        darija_article = self.darija and not after_reviewed and token.key[:1] == "ل" and zipf(token.text) < RARE_ZIPF
        if darija_article and article_zipf(token.text[1:]) >= DARIJA_ARTICLE_ZIPF:
            return True
        if self.darija and len(token.key) >= 5 and token.key.startswith("ما") and token.key.endswith("ش"):
            return True  # "ميگان مابقاوش": Darija's negation around a verb ("no longer stayed")
        if _darija_verb(self, i) or _present_verb(token.text, "يتن" if self.darija else "يت"):
            return True  # "مايا كتسكت", "حسن كيقول", "كريمة تستعمل"
        # (in Standard Arabic a word in ي- that no one bears, never written with the article, that
        # has its other persons' forms, is a verb: "سعيد يقيل وزيرة المالية"; not "براين يوركي")
        if not self.darija and not self.hits.get(i) and _present_in_ya(token.text):
            return True
        if self.darija and len(token.key) >= 5 and token.key.endswith(("ليك", "ليها", "ليهم", "لينا")):
            return True  # "الداعية قاليك": a Darija verb "to you", "to her"
        # (a name written with the Maghrebi g keeps it: "المختار گامبو")
        moroccan_g = any(ch in token.text for ch in "گڭڤ")
        if (
            self.darija
            and len(token.key) >= 4
            and token.key.endswith("و")
            and not moroccan_g
            and _darija_his(token.key)
        ):
            return True  # "حياة طلقو عليه", "عارف راسو": a Darija verb ("they fired") or noun with "his"
        if not last and self.common(i, AMBIGUOUS_ZIPF if after_reviewed else COMMON_ZIPF):
            # "تشارلز أرض": a common word; after a reviewed given name, unless many people bear
            # it as a family name ("سميرة سعيد")
            family = self.hits.get(i, {}).get(FAMILY)
            usual = family is not None and not family.clitic and (family.entry.bearers or 0) >= COMMON_FAMILY_BEARERS
            return not (after_reviewed and usual)
        # "بأرض", "فمقاطعة": a preposition and a common word, far commoner than the whole token;
        # right after a reviewed given name a rare token is the family name ("أرانتشا لايا")
        whole = zipf(token.text)
        if after_reviewed and whole < RARE_NAME_ZIPF:
            return False
        if last and FAMILY in self.hits.get(i, {}):
            return False  # "المحامي عبد الغني بادي.": a name people bear closing the clause, not ب + "أدى"
        # (in Standard Arabic a Darija "to you" is no reading: "هانزي فليك" is not ف + "ليك")
        return any(
            n and max(AMBIGUOUS_ZIPF, whole + 0.5) <= zipf(token.text[n:]) <= _preposition_ceiling(token.key, n, whole)
            for n, stem in _variants(token.key)
            if self.darija or stem not in _DARIJA_TO
        )

    def key_span(self, i: int, j: int, clitic: int = 0) -> str:
        """Search form of tokens i..j, past ``clitic`` characters of the first."""
        return " ".join([self.tokens[i].key[clitic:], *(tok.key for tok in self.tokens[i + 1 : j])])

    def span(self, i: int, j: int, clitic: int = 0) -> tuple[str, int, int]:
        start, end = self.tokens[i].start + clitic, self.tokens[j - 1].end
        return self.text[start:end], start, end

    def boundary(self, i: int) -> bool:
        return i >= len(self.tokens) or not self.tokens[i].is_word

    def rare_name_ends(self, family: int, k: int) -> bool:
        """In Standard Arabic, tokens family..k are rare words seldom written with the article,
        and a stopword or ب/ل and a definite noun follow: the name ends at k ("محفوظ بامبا ليفكير
        في", "ألبرتو نونييث فيخو بالقرار"). In Darija a rare word is as often a verb."""
        if self.darija or not _unknown_words(self, family, k):
            return False
        return self.stop(k) or (self.definite(k) and self.tokens[k].key[:1] in "بل")

    def coordinated(self, i: int) -> bool:
        """Token i is a word after "و" ("ومسؤولين"): another item follows."""
        return i < len(self.tokens) and self.tokens[i].key.startswith("و") and self.tokens[i].is_word

    def borne_nisba(self, j: int) -> bool:
        """Token j is a nisba that many people bear as their family name ("المصري", "التونسي"),
        then a comma or what was said."""
        family = self.hits.get(j, {}).get(FAMILY)
        borne = family is not None and not family.clitic and (family.entry.bearers or 0) >= NISBA_BEARERS
        comma = j + 1 < len(self.tokens) and self.tokens[j + 1].text in ",،"
        return borne and _nisba(self.tokens[j].key) and (comma or self.reported(j + 1))

    def given_chain(self, j: int, start: int) -> bool:
        """Tokens from j to punctuation are given names alone (no article, no clitic), the whole
        name from start within MAX_NAME_TOKENS (not "نور الدين عمرو 37 عام": his age)."""
        k = j
        while k < len(self.tokens) and not self.boundary(k):
            hit = self.hit(k, GIVEN, AMBIGUOUS_GIVEN)
            if hit is None or hit.clitic or hit.end != k + 1 or self.definite(k) or k + 1 - start > MAX_NAME_TOKENS:
                return False
            k += 1
        return k > j and k < len(self.tokens) and not any(c.isdigit() for c in self.tokens[k].text)

    def name_closed(self, i: int) -> bool:
        """A name before token i ends there: punctuation, or a clause about the name ("ميكيل
        أنخيل كاموندي الذي أقيل")."""
        return self.boundary(i) or self.tokens[i].key in RELATIVES

    # -- phrase readers --------------------------------------------------------------------
    def complement_end(self, j: int, limit: int, stop_at_locative: bool) -> int:
        """Index after the definite words and nouns in construct that continue a phrase at j.

        For names of organizations and events (``stop_at_locative``) a place after a
        preposition ("بالرباط") or the start of another organization ends the phrase.
        """
        start = j
        after_place = False
        named_until = j  # the end of a known organization read as part of the phrase
        while j < len(self.tokens) and j - start < limit:
            if self.tokens[j].text == "(" and not stop_at_locative and j > start:
                inside = range(j + 1, min(j + 6, len(self.tokens)))
                close = next((k for k in inside if self.tokens[k].text == ")"), None)
                if close is None:
                    break
                j = close + 1  # "رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو": an acronym inside the role
                continue
            if self.tokens[j].text in _OPEN_QUOTES and not stop_at_locative:
                quoted = _quoted_span(self, j)
                body_next = self.hit(j - 1, ORG_HEAD, QUOTED_ORG_HEAD) or self.tokens[j - 1].key == "باسم"
                if quoted is None or (not body_next and _quoted_person(self, j)):
                    break  # "المندوبة الحكومية “مانويلا بارالو”": the person's name, quoted
                j = quoted[1] + 1  # "مؤسس شركة “مايكروسوفت”": a quoted name inside the phrase
                continue
            if self.stop(j):
                accredited = self.tokens[j].key == "لدي" and not stop_at_locative and self.hit(j + 1, LOC, ORG)
                if accredited:  # "سفيرة الولايات المتحدة لدى الأمم المتحدة": the role's other party
                    j = accredited.end
                    continue
                # "المبعوث الأممي إلى ليبيا عبد الله باتيلي", "القنصل العام في برشلونة إدريس …": where
                # the envoy is sent or serves, when a name follows
                sent = self.tokens[j].key in ("الي", "في") and not stop_at_locative and self.hit(j + 1, LOC)
                # (or a name set off by commas: "رئيسة بعثة الصندوق إلى تونس، ستيفانيا فابريزيو،")
                apposed = (
                    sent
                    and sent.end < len(self.tokens)
                    and self.tokens[sent.end].text in ",،"
                    and _apposed_name(self, sent.end + 1) > sent.end + 1
                )
                if sent and not sent.clitic and (self.hit(sent.end, GIVEN) or apposed):
                    j = sent.end
                    continue
                elected = self.tokens[j].key == "عن" and not stop_at_locative and self.hit(j + 1, ORG, ORG_HEAD)
                if elected and not elected.clitic:  # "النائب البرلماني عن حزب التقدم والاشتراكية": the party
                    j = _org_end(self, j + 1)
                    continue
                break
            # ("بال…" is ب and a definite noun however common: "رشق الشرطة بالحجارة"; "ف" or "ب" typed
            # apart too: "لجنة تصريف الأعمال ف النادي المكناسي")
            by_the = self.tokens[j].key.startswith("بال") or self.tokens[j].key in ("ب", "ف")
            # ("بالخارج", "abroad", belongs to the name: "مجلس الجالية المغربية بالخارج")
            abroad = j > start and self.tokens[j].key == "بالخارج"
            if (
                stop_at_locative
                and (self.locative(j) or self.coordinated_org(j) or self.prepositional(j, "بف") or by_the)
                and not self.remit(start, j)
                and not abroad
            ):
                break  # "الشرطة القضائية بالمنطقة الإقليمية": a name goes on with "ل", not with "ب"
            key = self.tokens[j].key
            # "وأشادت الوزيرة بجهود الأستاذة …": a role ends at ب and a word; not at "المكلفة بالانتقال
            # الرقمي", nor at a ب-phrase naming a body or a place ("مدير الميزانية بوزارة المالية")
            remit = j > start and self.tokens[j - 1].key in _TAKES_BI
            named_by = self.hits.get(j) or self.hit(j + 1, LOC, ORG, ORG_HEAD)
            if not stop_at_locative and self.prepositional(j) and not named_by and not remit:
                break
            if stop_at_locative and key in self.lex.place_trailers:
                break  # "مديرية الملاحة التجارية التابعة لوزارة التجهيز": the body it belongs to follows
            # "وأدانت وزارة الخارجية الفلسطينية الاعتداء": a nationality ends a body's name; a
            # definite noun after it is the verb's object (a ل-phrase goes on: "الوكالة الفرنسية للتنمية")
            # (not an adjective or a participle: "المحلي", "المقيمة بالخارج"; nor inside a known name:
            # "الحزب المغربي الحر")
            noun = key.startswith("ال") and not key.startswith("الم") and not key.endswith(("ي", "ه", "ين", "ات"))
            # (so does a city: "ألقت الأجهزة الأمنية بمديرية أمن القاهرة القبض على …")
            after_city = j > start and _place_ending_at(self, j) and not self.hits.get(j) and key not in _SIZE_AND_AGE
            if (
                noun
                and key not in ORDINALS
                and stop_at_locative
                and (after_city or (j > start and self.national_adjective(j - 1)))
            ):
                known = range(max(0, start - 2), j)
                if not any((o := self.hit(k, ORG)) is not None and o.end > j for k in known):
                    break
            # "حملت التنسيقية الحكومة": after a definite head, a body named by a country alone ("الحكومة")
            # without its country is the verb's object
            # (or after its name's words: "الجبهة الوطنية لإنقاذ المصفاة المغربية للبترول الحكومة")
            body = self.hit(j, ORG_HEAD) if stop_at_locative and self.definite(j - 1) else None
            national = body is not None and search_form(body.entry.canonical) in self.lex.national_heads
            if national and not body.clitic and not self.national(body.end):
                break
            contest = key.startswith("لل") and "ال" + key[2:] in self.lex.contests
            contest = contest or (key.startswith("ل") and "ال" + key[1:] in self.lex.contests)  # "لمواجهة الغابون"
            if stop_at_locative and j > start and contest:
                break  # "المنتخب الوطني للتصفيات المؤهلة": what the team prepares for
            if stop_at_locative and j > start and key in ("لاول", "لاخر", "للمره"):
                break  # "استمعت محكمة الاستئناف لأول الشهود": "to the first", the verb's object
            # (but after ل an event's common noun that names none is the body's remit: "الهيئة
            # العليا المستقلة للانتخابات في"; not "فوز المنتخب الجزائري لكأس إفريقيا")
            event = self.hit(j, EVENT_HEAD) if stop_at_locative and j > start else None
            remit = event is not None and key.startswith("ل") and (self.boundary(event.end) or self.stop(event.end))
            if event is not None and not remit:
                break  # "تسلم المنتخب المغربي كأس العرب": an event, the verb's object
            # "الاتحاد الدولي للجيدو منح المغرب": after a definite ل-phrase, a common indefinite noun
            # is the verb's object, a new phrase
            remit_done = stop_at_locative and j > start and self.tokens[j - 1].key.startswith("لل")
            common_noun = self.word(j) is not None and article_zipf(self.tokens[j].text) >= COMMON_ZIPF
            if remit_done and common_noun and not (self.definite(j) or key.startswith("و") or self.hits.get(j)):
                break
            coordinated = stop_at_locative and j > start and key.startswith("و") and not key.startswith(("وال", "ول"))
            # (but a chain of nouns in construct, not yet closed by a definite one, goes on over "و"
            # and a common noun: "وكالة إنعاش وتنمية أقاليم الشمال")
            chain = coordinated and self.open_chain(j)
            if coordinated and not chain and (self.hit(j, ROLE) or not self.definite(j + 1) or self.nationality(j + 1)):
                break  # "وزارة الصحة وعضو اللجنة", "المنتخب الوطني ودورتموند الألماني": another name
            # "شركة طيران العربية ونخليو الخطوط الملكية": "and we leave", a Darija verb
            darija_we = self.darija and key[1:2] == "ن" and key.endswith("و") and len(key) >= 5
            if coordinated and darija_we and not self.known_name(j):
                break
            if coordinated and key.endswith("ي"):
                break  # "وزارة الفلاحة ومهنيي القطاع": people of the sector (a plural in construct), no remit
            # "منظمة الصحة والوزارات": "and the ministries", more bodies, not this one's name
            bodies = key.startswith("وال") and key.endswith("ات") and key[1:-2] + "ه" in self.lex.org_head_keys
            if stop_at_locative and j > start and bodies and self.hit(j, ORG_HEAD) is None:
                break
            # "رئيس مجلس المستشارين النعم ميارة": a public figure's name ends the role (not a king's,
            # which names places: "مدير المركز الاستشفائي الحسن الثاني بأكادير")
            if j > start and key in self.lex.word_ranks and _rank(self, j) is not None:
                break  # "عضو مجلس السيادة الفريق إبراهيم جابر": a rank, then the person
            honorific = None if stop_at_locative else self.hit(j, HONORIFIC)
            if honorific is not None and not honorific.clitic and self.hit(honorific.end, GIVEN, AMBIGUOUS_GIVEN):
                break  # "ولي العهد الشيخ صباح خالد الحمد الصباح": a title, then the person
            # (in a body's name, an occupation and a given name: "كرمت وزارة الثقافة الليبية
            # الروائي إبراهيم الكوني", the person it honours)
            occupation = self.hit(j, OCCUPATION) if stop_at_locative and j > start else None
            if occupation is not None and not occupation.clitic:
                # (the person's nationality may come between: "الشرطة الفرنسية المغني المغربي سعد لمجرد")
                k = occupation.end + self.nationality(occupation.end)
                person = self.hit(k, GIVEN, AMBIGUOUS_GIVEN)
                if person is not None and not person.clitic:
                    break
            figure = None if stop_at_locative or j == start else self.hit(j, FIGURE)
            if figure is not None and not figure.clitic and self.tokens[figure.end - 1].key not in ORDINALS:
                break
            # "والي بنك المغرب عبد اللطيف الجواهري", "رئيس النيابة العامة الحسن الداكي": the person
            # after the name (for a role, a definite given name too)
            # (for a role, right after its head too: "الناخب الوطني وليد الركراكي")
            # (in an organization's name a definite given name only when a name follows: "للشغل الميلودي موخاريق")
            if (j > start or not stop_at_locative) and (
                not stop_at_locative or not self.definite(j) or self.definite_given_name(j)
            ):
                given = self.hit(j, GIVEN)
                royal = given is not None and given.end < len(self.tokens) and self.tokens[given.end].key in ORDINALS
                # a sure given name, or a compound one ("مدرب ريال مدريد زين الدين زيدان")
                sure = given is not None and (self.sure_given(given) or given.end - given.start > 1)
                # "رئيس جماعة طنجة منير الليموري": in a role, a given name that is a word too, then a
                # family name
                # (in an organization's name too after the place it serves: "المجلس الإقليمي للحسيمة
                # نبيل الأندلوسي")
                served = stop_at_locative and (place := self.hit(j - 1, LOC)) is not None and place.end == j
                word_given = None if (stop_at_locative and not served) or j == start else self.hit(j, AMBIGUOUS_GIVEN)
                if word_given is not None and (self.known_name(word_given.end) or _rare_definite(self, word_given.end)):
                    given, sure = word_given, True
                # (or a family name people bear, a word too, set off by a comma: "وزير الطاقة والمياه
                # جو الصدي،")
                if word_given is not None and self.borne_closing(word_given.end):
                    given, sure = word_given, True
                # (a region's adjective before a given name qualifies the body: "الديوان الملكي
                # الهاشمي يوسف العيسوي")
                if sure and self.tokens[j].key in self.lex.regional_adjectives and self.hit(j + 1, GIVEN):
                    sure = False
                if sure and not given.clitic and not (royal and j > start):  # "مستشار الملك محمد السادس"
                    if j - 1 >= max(start, named_until) and self.hit(j - 1, GIVEN) and not self.definite(j - 1):
                        j -= 1  # "ولي العهد مولاي الحسن": the name starts a word earlier
                    break
            head = self.hit(j, ROLE)
            if head is not None:
                # a new role starts; "والمدير العام ..." goes on, and a role's "المبعوث الشخصي للأمين العام";
                # so does a role right after a role's head, its complement ("نائب رئيس مجلس النواب",
                # "مستشار الملك"), unless it is a title before a name ("ولي العهد الأمير مولاي الحسن")
                joined = head.clitic and self.tokens[j].key[0] in ("و" if stop_at_locative else "ول")
                complement = not stop_at_locative and j == start and not head.clitic and _title_role(self, j) is None
                # (an office's head is named by a role and what the role holds: "مكتب النائب العام",
                # "ديوان رئيس الحكومة"; not by what it is asked to do, "لملاحقة المتورطين")
                office = stop_at_locative and j == start and j > 0 and self.tokens[j - 1].key in _OFFICES
                if office and not head.clitic and self.definite(j):
                    j = head.end
                    while self.definite(j) and self.tokens[j].key.startswith("ال"):  # not "إلى"
                        j += 1
                    break
                # (a body named after a king or a prince: "جامعة الملك عبدالله للعلوم والتقنية")
                # (in construct with an indefinite noun: not "عيد العرش الملك محمد السادس")
                construct = j > 0 and not self.definite(j - 1)
                king = self.hit(head.end, GIVEN) if stop_at_locative and construct and not head.clitic else None
                if king is not None and not king.clitic and search_form(head.entry.canonical) in _ROYALS:
                    j = named_until = king.end
                    continue
                if not (joined or complement):
                    break
            # "الشرطة المدعو …", "أمير قطر الشيخ تميم", "عين جلالة الملك السيد …": a person comes next
            mister = self.tokens[j].key in ("السيد", "السيده")
            if self.hit(j, HONORIFIC) and (stop_at_locative or j > start or mister):
                break
            # "نظيره الإماراتي اللواء محمد أحمد المري": a rank or occupation before the name
            rank = None if stop_at_locative or j == start else self.hit(j, OCCUPATION)
            if rank is not None and not rank.clitic and self.definite(j):
                break
            # "أدانت المحكمة المتهم", "كرمت الجمعية الفنانة ثريا جبران": a person, the verb's object
            # (not a nisba, an adjective too: "الوكالة الصحفية", "الدورة الحقوقية")
            person = self.hit(j, OCCUPATION) or key.removeprefix("ال") in self.lex.person_nouns
            person = person and not key.startswith(("و", "ل", "ب")) and not key.endswith(("ي", "يه"))
            # (unless a noun in construct comes before it: "المرصد الوطني لحقوق الطفل")
            construct = j > start and not self.definite(j - 1) and self.tokens[j - 1].key[:1] in "لب"
            if stop_at_locative and self.definite(j) and person and not construct:
                break
            area = self.hit(j, AREA_HEAD)
            # (an organization's name holds the known area it serves right after its head: "مجلس جهة
            # كلميم"; not "مركز قرية با محمد", the village's centre)
            served = not stop_at_locative or (
                j == start and area is not None and not area.clitic and self.hit(area.end, LOC) is not None
            )
            if area and served and self.word(area.end) and not self.stop(area.end):
                # "رئيس جماعة بوكراع": an area and its name, all of it when known ("بجهة سوس ماسة")
                named = self.hit(area.end, LOC)
                j = named.end if named is not None and not named.clitic else area.end + 1
                continue
            known = self.hit(j, ORG)
            if known and not stop_at_locative and not self.definite(j):
                j = named_until = known.end  # "الرئيس التنفيذي لشركة تسلا", "مؤسس ويكيليكس": a known organization
                continue
            org = None if stop_at_locative or self.definite(j) else self.hit(j, ORG_HEAD)
            if org is not None and (org_end := self.complement_end(org.end, 10, stop_at_locative=True)) > org.end:
                j = named_until = org_end  # "رئيس جمعية حماية المستهلك": an organization by its head
                continue
            place = self.hit(j, LOC)
            if place and not stop_at_locative and j > start and self.national_adjective(j - 1):
                break  # "رئيسة الوزراء الإيطالية جورجيا ميلوني": the role has its country; a name follows
            if place and self.definite(j) and place.end > j + 1 and not place.clitic:
                j = place.end  # "منتخب الكوت ديفوار": a definite place of more words than one
                continue
            if place and not self.definite(j) and not after_place:
                j = place.end
                after_place = stop_at_locative  # "جماعة سلا", "مركز فيينا الدولي": only adjectives follow
                if after_place and j < len(self.tokens) and self.tokens[j].key.startswith("و"):
                    break  # "الغرفة الفلاحية لجهة فاس مكناس والسلطات": "and" something else
                continue
            # "المجلس الحكومي المواطنين": a definite plural after the adjective is the verb's object
            previous = self.tokens[j - 1].key
            adjective = _nisba(previous) or (previous.startswith("ال") and previous.endswith("يه"))  # "القضائية"
            if stop_at_locative and j > start and adjective and _definite_plural(key):
                break
            # "أحالت الفرقة الوطنية للشرطة القضائية الملف": after a ل-phrase and its adjective, a definite
            # noun that is no adjective is the verb's object
            after_remit = j - 2 >= start and self.tokens[j - 2].key.startswith("لل")
            noun = key.startswith("ال") and not key.endswith(("ي", "يه", "ه")) and not self.hits.get(j)
            # (or right after the ل-phrase: "وانتقد الاتحاد العام التونسي للشغل القرار")
            # (not a plural adjective or an ordinal: "للأساتذة المتعاقدين", "للمؤتمر السابع")
            remit_noun = j - 1 > start and previous.startswith("لل") and not key.endswith(("ين", "ون"))
            remit_noun = remit_noun and key not in ORDINALS
            if stop_at_locative and noun and ((after_remit and adjective) or remit_noun):
                break
            if self.definite(j) or self.tokens[j].key in ("عام", "عامه") or self.nationality(j):
                j += 1  # ("الجنوب إفريقية": a nationality of two words)
                continue
            if after_place:
                break
            following_quote = (
                not stop_at_locative and j + 1 < len(self.tokens) and self.tokens[j + 1].text in _OPEN_QUOTES
            )
            # "خارجية فرنسا", "مستشار جماعي بالرباط", "جامعة القاضي عياض بمراكش", "جامعة لييدا
            # بكاتالونيا"; in an organization's name not "ندوة بالرباط" (a common noun, then where)
            named_next = self.hit(j + 1, LOC, ORG)
            before_name = named_next is not None and (
                not named_next.clitic
                or not stop_at_locative
                or self.known_name(j)
                or zipf(self.tokens[j].text) < RARE_NAME_ZIPF
            )
            # "النقابة الوطنية للتعليم العالي قرار الوزارة": after the name's definite words, a bare
            # noun is the verb's object; not a name the body bears ("المركز الرياضي محمد السادس"),
            # nor the rest of a place's or a number's name ("… عين السبع", "الرابعة عشر")
            bare_noun = key[0] not in "لوب" and key not in self.lex.place_compounds and key not in ("عشر", "عشره")
            # (a person's full name the body bears: "مؤسسة محمد السادس"; not a given name that is a
            # word too: "الاتحاد الدولي للتنس تحية للبطل")
            given_here = self.hit(j, GIVEN, AMBIGUOUS_GIVEN)
            person_named = given_here is not None and self.name_end(j, given_here) > given_here.end
            named_after = person_named or self.hit(j, FIGURE) or key in self.lex.joiners
            # (so in a role: "وزير الدفاع جاهزية القوات المسلحة" is the role, then what he stressed)
            # (not after a role's head read as و and the article: "نائب والي أمن المدينة")
            definite_before = self.definite(j - 1) and not self.hit(j - 1, ROLE)
            if j > start and definite_before and bare_noun and not (named_after or named_next or following_quote):
                break
            # "جامعة سوينبرن،": right after an organization's head, one rare word ending the clause
            # is the name; in Standard Arabic, for Darija words are rare too ("منتخب رايب", "a broken
            # team"), and not after an event's head ("الانتخابات قربات")
            rare_name = (
                stop_at_locative
                and not self.darija
                and j == start
                and not any((e := self.hit(k, EVENT_HEAD)) and e.end == start for k in range(max(0, start - 3), start))
                and not self.hits.get(j)
                and self.tokens[j].key[0] not in "وبل"
                and (self.boundary(j + 1) or self.reported(j + 1))  # "جامعة سوينبرن أن"
                and zipf(self.tokens[j].text) < RARE_ZIPF
                and _ARABIC_LETTERS.fullmatch(self.tokens[j].text) is not None
            )
            # "وكالة الحوض المائي لسبو أن": ل and a rare word no list knows, closing the name after
            # its definite words, is the place or river the body serves
            word = self.tokens[j].text
            served = stop_at_locative and j > start and key.startswith("ل") and self.definite(j - 1)
            served = served and not self.hits.get(j) and (self.boundary(j + 1) or self.stop(j + 1))
            if served and zipf(word[1:]) < RARE_ZIPF and article_zipf(word[1:]) < FOREIGN_ARTICLE_ZIPF:
                j += 1
                break
            # (not a verb in the present: "البنك الإفريقي للتنمية يمنح المغرب قرضا")
            verb = j > start and _present_verb(self.tokens[j].text)
            # (a chain over "و": "إنعاش وتنمية أقاليم الشمال")
            chained = j + 1 < len(self.tokens) and self.tokens[j + 1].key.startswith("و") and self.open_chain(j + 1)
            chained = chained or (chain and self.word(j + 1) is not None and self.definite(j + 2))
            if rare_name or (
                self.tokens[j].key not in self.lex.joiners
                and not verb
                and (self.definite(j + 1) or before_name or following_quote or chained)
            ):
                j += 1  # construct noun: "لأمن الدولة", "ولمراقبة التراب", "خارجية فرنسا"
                continue
            if stop_at_locative and self.tokens[j].key in self.lex.joiners and self.word(j + 1):
                j += 2  # "جامعة ابن زهر"
                continue
            break
        return j

    def definite_given_name(self, j: int) -> bool:
        """Token j is a reviewed given name with the article ("الميلودي", "المهدي") starting a
        full name: a person, not one more adjective of the phrase before it."""
        given = self.hit(j, GIVEN)
        return (
            given is not None
            and given.entry.bearers is None
            and not given.clitic
            and self.tokens[j].key.startswith("ال")
            and self.name_end(j, given) > given.end
        )

    def remit(self, start: int, j: int) -> bool:
        """The ب-phrase at j is the remit of a ministry or a court's chamber whose name runs from
        ``start``: "الوزارة المكلفة بالتعمير", "غرفة الجنايات المكلفة بجرائم الأموال", not "الشركة
        المكلفة بتصوير الفيلم"; or of any body, after a verbal noun that takes ب: "الوكالة الوطنية
        للنهوض بالتشغيل"."""
        if j <= start:
            return False
        before = self.tokens[j - 1].key
        # (a court's chamber "المكلفة بجرائم الأموال" too: a plain noun, not a task's verbal noun)
        stem = self.tokens[j].key.removeprefix("بال").removeprefix("ب")
        task = len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"  # "بتصوير": a task, not a remit
        chamber = before in ("المكلفه", "المكلف") and self.tokens[start - 1].key.startswith(("غرفه", "الغرفه"))
        ministry = before in _TAKES_BI and "وزار" in self.tokens[start - 1].key
        return before in _REMITS or ministry or (chamber and not task)

    def name_end(self, i: int, given: _Hit | None = None) -> int:
        """Index after a personal name starting at token i (i when there is none)."""
        # (a given name that is a stopword too, after an honorific and before a father's given
        # name: "الشيخ صباح خالد الحمد الصباح")
        if self.stop(i) and not (given is not None and i > 0 and self.hit(i - 1, HONORIFIC) and self.hit(i + 1, GIVEN)):
            return i
        if given is None and not self.known_name(i):
            verb = _darija_verb(self, i) or (not self.darija and _present_in_ya(self.tokens[i].text))
            if self.prepositional(i, "بلك") or verb:
                # "الرئيس السابق …، بتهم", "القاضي لانصاف", "الوزير كتكرس", "والي الجهة يترأس
                # اجتماعا": a preposition or a verb
                return i
        if given is None and not self.known_name(i) and _frequent_word(self.tokens[i].text):
            return i  # "والي أعلنت إفلاسها": a verb, not a name
        j = self.family_start(given) if given else i
        family = j if given else i + 1  # where the family name starts
        # one word more after a joiner: "تميم بن حمد آل ثاني", "محمد بن راشد آل مكتوم"
        three_part = False  # read as given name, father's given name and family name
        particles = self.lex.name_particles  # "فان", "دي", "فون"
        # (and a Gulf house after a full name: "عبد الله بن زايد آل نهيان")
        while j < len(self.tokens) and (
            j - i < MAX_NAME_TOKENS
            or (j - i == MAX_NAME_TOKENS and self.tokens[j - 1].key in self.lex.joiners)
            or (j - i == MAX_NAME_TOKENS and self.tokens[j].text == "آل" and self.word(j + 1) is not None)
            or (j - i == MAX_NAME_TOKENS + 1 and self.tokens[j - 1].text == "آل")
            # (and the rest of a compound name after a joiner there: "فيصل بن نواف بن عبد العزيز")
            or (
                j - i == MAX_NAME_TOKENS + 1
                and self.tokens[j - 2].key in self.lex.joiners
                and self.tokens[j - 1].key in self.lex.name_links
            )
            # (one more after a European name's particle: "لويس إيناسيو لولا دا سيلفا")
            or (j - i == MAX_NAME_TOKENS and self.tokens[j - 1].key in particles and self.word(j) is not None)
            # (a lineage goes on with "بن" and the grandfather's name: "بدر بن عبد الله بن فرحان")
            or (
                j - i <= MAX_NAME_TOKENS + 2
                and (
                    (self.tokens[j].key in self.lex.joiners and self.word(j + 1) is not None)
                    or self.tokens[j - 1].key in self.lex.joiners
                    # (or the house's nisba: "محمد بن عبد العزيز الخليفي")
                    or (
                        _nisba(self.tokens[j].key)
                        and self.definite(j)
                        and (self.name_closed(j + 1) or self.reported(j + 1) or self.stop(j + 1))
                    )
                )
                and any(self.tokens[k].key in self.lex.joiners for k in range(i + 1, j - 1))
            )
        ):
            token = self.word(j)
            # "لويس فان غال": a particle of a European name right after the given name, not "فإن"
            particle = (
                token is not None
                and given is not None
                and j == family
                and token.key in particles
                and self.word(j + 1) is not None
            )
            # (a stopword before a particle is a name too: "لويس إيناسيو لولا دا سيلفا")
            before_particle = (
                not self.darija  # (Darija "دير" is "do": "مايا أنها دير دروس")
                and j > i
                and j + 2 < len(self.tokens)
                and self.tokens[j + 1].key in particles
                and self.word(j + 2) is not None
            )
            stopped = self.stop(j) and not (particle or before_particle)
            if token is None or stopped or any(ch.isdigit() for ch in token.key):
                break
            if j > i and (org := self.hit(j, ORG)) is not None and not org.clitic:
                break  # "عمرو الفايسبوك": a known organization, no family name
            # "لويس فان غال اعتزاله": the name ends at the word after its particle
            after_particle = (
                j - 2 >= i and self.tokens[j - 2].key in particles and self.tokens[j - 1].key not in particles
            )
            if after_particle and zipf(token.text) >= RARE_NAME_ZIPF:
                break
            # "حامي الدين", "نور الدين": a compound name, whatever its first word means; "صلاح دين"
            # written without the article after a given name
            religion = self.tokens[j + 1].key if j + 1 < len(self.tokens) else ""
            compound = religion == "الدين" or (religion == "دين" and self.hit(j, GIVEN) is not None)
            if j >= family and compound and j + 2 - i <= 4:
                j += 2
                continue
            # "ولد الشيخ الغزواني", "عبد الواحد المراكشي": a definite family name of the nisba form
            # may follow a joiner's complement (not "بن سلمان الخايبة", "أبو زعيتر العام")
            # (or a Gulf house named by a given name with the article, closing the clause:
            # "إبراهيم بن محمد السلطان،")
            after_joiner = j > i and (
                self.tokens[j - 1].key in self.lex.name_links
                or (
                    j - 1 > i
                    and self.tokens[j - 2].key in self.lex.name_links
                    and self.definite(j)
                    and (
                        (token.key.endswith("ي") and zipf(token.text) < DEFINITE_COMMON_ZIPF)
                        or (
                            token.key.startswith("ال")
                            and _listed_as(self, token.key[2:], GIVEN, AMBIGUOUS_GIVEN)
                            and (self.boundary(j + 1) or self.reported(j + 1))
                        )
                    )
                )
            )
            # "محمد السادس", "سعد الدين العثماني": a definite family name after a given name; after
            # one that is also a word, a known family name or a nisba ("وسام الاستحقاق" is a medal)
            known_family = FAMILY in self.hits.get(j, {})
            nisba = token.key.endswith("ي")
            # (or a place's name: "زكية الدريوش", a province's and a family's)
            place_name = self.hit(j, LOC) is not None and self.surname_place(j, given, family)
            # (or a word rare with and without its article before a comma or what was said: "الدكتور
            # مالك الشرعة،"; not "خدا التلفون وحيد التصاور.", Darija "alone, the photos")
            rare_closing = zipf(token.text) < RARE_ZIPF and _rare_definite(self, j)
            comma = j + 1 < len(self.tokens) and self.tokens[j + 1].text in ",،"
            rare_closing = rare_closing and (comma or self.reported(j + 1))
            # (an ordinal after a regnal name, not after a noun with "his": "في شهره الأول")
            his = given is not None and self.tokens[given.start].text.endswith("ه")
            regnal = token.key in ORDINALS and not (his and zipf(self.tokens[given.start].text[:-1]) >= AMBIGUOUS_ZIPF)
            surname_like = given is not None and (
                given.entry.bearers is None or known_family or nisba or regnal or place_name or rare_closing
            )
            definite_surname = (
                given is not None
                and j == family
                and (
                    (given.entry.kind == GIVEN and surname_like)
                    # "الحبيب المالكي", "منير الليموري": a given name that is also a word, then a known
                    # or rare nisba family name
                    or (given.entry.kind == AMBIGUOUS_GIVEN and nisba and (known_family or _rare_definite(self, j)))
                    # "جامع المعتصم القيادي في حزب …": a definite role right after shows the family name
                    or (given.entry.kind == GIVEN and self.definite(j + 1) and self.role_after(j + 1) is not None)
                )
            )
            # "نادية فتاح العلوي،", "محمد شياع السوداني إن": a known nisba family name as the third
            # word, ending the clause or before what the person said
            closed = self.boundary(j + 1) or self.reported(j + 1)
            third_nisba = j == family + 1 and _nisba(token.key) and known_family and closed
            # "محمد إدريس السعيدي إن", "محمد سعد برادة عن": a given name, the father's given name,
            # then the family name closing the name
            fathers = (
                given is not None
                and j == family + 1
                and (middle := self.hit(family, GIVEN, AMBIGUOUS_GIVEN)) is not None
                and not middle.clitic
                and middle.end == j
                and (middle.entry.bearers is None or self.sure_given(middle))
                and (
                    self.name_closed(j + 1)
                    or self.reported(j + 1)
                    or self.stop(j + 1)
                    # (or a nisba rare with and without its article, whatever follows: "جاسم محمد
                    # البديوي دعم")
                    or (_nisba(token.key) and _rare_definite(self, j, RARE_ZIPF) and not self.nationality(j))
                )
            )
            # (after a father's name that is a word too, "سعد", a known family name or a nisba)
            rare = zipf(token.text) < RARE_NAME_ZIPF and middle.entry.kind == GIVEN if fathers else False
            # (or a word people bear as a family name, ending the clause: "جاسم حسين ثابت،")
            borne_last = self.boundary(j + 1) and FAMILY in self.hits.get(j, {})
            father_family = fathers and (_nisba(token.key) or self.known_name(j) or rare or borne_last)
            second_nisba = j == family + 1 and self.double_nisba(j)  # "سارة الزعفراني الزنزري خلفا له"
            three_part = three_part or father_family or third_nisba or second_nisba
            if self.definite(j) and not (
                after_joiner or definite_surname or third_nisba or father_family or second_nisba
            ):
                break
            if self.definite(j) and not token.key.startswith("ال"):
                break  # "بكري للأوطيل": a preposition and a definite noun
            # "أشرف الزعيم الكوري …": a verb opening the sentence, then its subject's role
            opening = i == 0 or self.tokens[i - 1].text in _SENTENCE_ENDS or self.tokens[i - 1].text.startswith("\n")
            verb_first = opening and zipf(self.tokens[i].text) >= FOREIGN_NAME_ZIPF
            if verb_first and j == family and _listed_as(self, token.key.removeprefix("ال"), ROLE):
                break
            if self.definite(j) and j + 1 < len(self.tokens) and self.tokens[j + 1].key.startswith("ديال"):
                break  # "يونس الوثائق ديالو": Darija "his documents", a noun and its owner
            if (
                self.definite(j)
                and not after_joiner
                and token.key not in ORDINALS
                and (
                    min(zipf(token.text.removeprefix("ال")), zipf(token.text)) >= DEFINITE_COMMON_ZIPF
                    # "ريكو الرئيسية", "مريم المشهورة", "عمر المصابين": a common feminine or plural
                    # word; family names seldom take "-ة" or a plural ending
                    or ((token.key.endswith("ه") or _definite_plural(token.key)) and zipf(token.text) >= AMBIGUOUS_ZIPF)
                )
                and not self.known_name(j)  # "محمد الحسن ولد الددو"
                # "أشرف القدرة إن": before reported speech it is the family name
                and not (j == family and self.reported(j + 1) and self.name_start(given))
                # "صفوان المصري،": a nisba many bear, after a given name, before a comma or speech
                and not (j == family and given is not None and given.entry.kind == GIVEN and self.borne_nisba(j))
                and not third_nisba  # "محمد شياع السوداني إن"
            ):
                break  # "فاطمة الزهراء المعروفة": a common adjective, not a family name like "الشعبي"
            ends = (
                self.name_closed(j + 1)
                or _and_reviewed_given(self, j + 1)
                or self.role_ahead(j + 1, i + MAX_NAME_TOKENS)
                # "تيدروس أدهانوم غيبريسوس إن", "كارين جان بيير إن": rare words or names
                or (self.reported(j + 1) and _name_words(self, i, j + 1))
                or self.rare_name_ends(family, j + 1)
                or (not self.darija and self.coordinated(j + 1) and _unknown_words(self, j, j + 1))
            )
            # "محمد سالم ولد مرزوك": a joiner with a word after it, within the name's length
            joins = (
                token.key in self.lex.name_links
                and (
                    j + 1 - i <= MAX_NAME_TOKENS
                    or token.text == "آل"
                    # (a lineage's next "بن": "بدر بن عبد الله بن فرحان")
                    or (
                        j + 2 - i <= MAX_NAME_TOKENS + 2
                        and any(self.tokens[k].key in self.lex.joiners for k in range(i + 1, j))
                    )
                )
                and self.word(j + 1) is not None
                and not self.stop(j + 1)
            )
            # "إيناس بنت ليلى الحديوي": a joiner, then a public figure's full name, is "daughter of"
            # that person, who is named apart
            parent = self.hit(j + 1, FIGURE) if joins and j > i else None
            if parent is not None and not parent.clitic and parent.end - parent.start >= 2:
                break
            # "المهدي بن عطية شارك": past the family name's first word, known names or the clause
            # end; there, not a common word ("ليونيل ميسي هدفين.": the object of the verb)
            # (or, after a particle and its word, a rare one: "جوفيناو دي بينا اراوخو شراكة")
            particle_rest = after_particle and _unknown_words(self, j, j + 1)
            further = j > family and not (
                after_joiner or joins or before_particle or particle_rest or self.definite(j) or self.known_name(j)
            )
            # (but a name people bear after a sure given name and a rare word, closing the clause:
            # "سامية صولوحو حسن،")
            rare_middle = (
                j == family + 1
                and given is not None
                and self.sure_given(given)
                and zipf(self.tokens[family].text) < RARE_NAME_ZIPF
                and not self.not_a_name_word(family)  # "علي لمغاربة باسم “…": Darija "the Moroccans"
                and self.name_closed(j + 1)
                and FAMILY in self.hits.get(j, {})
            )
            # (or a chain of given names closing the clause, father's and grandfather's: "الفريق
            # أحمد خالد حسن سعيد،", an Egyptian name of four)
            chain = not self.darija and given is not None and self.sure_given(given) and self.given_chain(j, i)
            if (
                further
                and not (father_family or rare_middle or chain)
                and (not ends or zipf(token.text) >= AMBIGUOUS_ZIPF)
            ):
                break
            # ("خالد سفير إن": a role's word as the family name, before what was said)
            said = j == family and given is not None and self.sure_given(given) and self.reported(j + 1)
            if self.hit(j, ROLE, HONORIFIC, OCCUPATION, ORG_HEAD, QUOTED_ORG_HEAD, AREA_HEAD, FACILITY_HEAD) and not (
                (j == i and given) or after_joiner or said or (j == family and self.occupation_surname(j, given))
            ):
                break  # ("أمير" is a title and a given name: at the start of a name it is the name; so is "ولد الشيخ")
            if not after_joiner and self.hit(j, LOC) and not self.surname_place(j, given, family):
                break
            after_reviewed = j == family and given is not None and given.entry.bearers is None
            # after a joiner a common word is still the name's ("آل ثاني"), not "و" or a role ("بنت مدرب")
            # (a word in و- never written with the article, closing the clause, is a name too: "محمد آيت وعلي،")
            rare_waw = article_zipf(token.text) < FOREIGN_ARTICLE_ZIPF and self.name_closed(j + 1)
            joined = after_joiner and (not token.key.startswith("و") or rare_waw) and not self.hit(j, ROLE, OCCUPATION)
            joined = joined or (j == family and self.somali_link(j))
            # "وزير التجهيز عبد القادر عمارة،": after a reviewed or compound given name, a common
            # word that ends the clause is still the family name
            compound = given is not None and given.end - given.start > 1
            # (a word people bear as a family name: not "قاسم مشترك:")
            borne = FAMILY in self.hits.get(j, {})
            # "عبد الحميد عدو إن …"; a role in apposition after it: "اللواء محمود توفيق وزير الداخلية"
            # (or a clause about the person: "خلفا لعبد اللطيف مؤدب الذي أحيل على التقاعد")
            closes = self.name_closed(j + 1) or self.reported(j + 1) or self.role_after(j + 1) is not None
            # (after a sure given name too, a noun, not an adjective: "رئيس الوزراء اللبناني نواف
            # سلام إن", not "خداو وسام ملكي.", a royal medal)
            sure = given is not None and self.sure_given(given) and not token.key.endswith(("ي", "ه"))
            # (or after a given name and a reviewed second one: "السيد خوان مانويل رومان،")
            after_first = j == family and (after_reviewed or compound or sure)
            last = (after_first or fathers or rare_middle) and closes and (borne or said)
            last = last or (j == family and self.father_then_family(j, given))
            # (or a word people bear before the post they are appointed to: "السيد سيفي غريب وزيرا")
            last = last or (j == family and borne and self.appointed(j + 1))
            # (a word the article goes on to name the person by is the name's, whatever else it
            # reads as: "المدرب امحمد فاخر طلب … وينتظر فاخر جوابا", not ف + "آخر")
            alone = j == family and given is not None and self.named_alone(j)
            word = not (joined or before_particle or chain or alone)
            if j > i and not self.definite(j) and word and self.not_a_name_word(j, after_reviewed, last):
                break
            if j > i and (named := self.hit(j, ORG, LOC)) is not None and named.clitic:
                break  # "محمد بنعلي لهسبريس": a preposition and an outlet or a place
            if j > i and self.outlet and any(n and stem == self.outlet for n, stem in _variants(token.key)):
                break  # "وقالت كوثر لكود": a preposition and the article's own outlet
            # "محمد الحسن ولد الددو": a joiner and a name; not "رشيدة العشعاشي بنت الراحل"
            # (or a given name of two words: "محمد البدوي عبد الماجد", the father's)
            compound_next = (g := self.hits.get(j, {}).get(GIVEN)) is not None and g.end == j + 2 and not g.clitic
            rare_next = zipf(self.tokens[j + 1].text) < COMMON_ZIPF if joins else False
            named_son = joins and not self.hit(j + 1, LOC) and (rare_next or compound_next)
            # "عزيز أخنوش بممثلي النقابات": a noun in construct, not a third name (but "ألبرتو
            # نونييث فيخو بالقرار": rare words, then the verb's object)
            # (nor after "شيخ" linking two given names: "حسن شيخ محمود بالهجوم")
            linked = j == family + 1 and self.somali_link(family)
            construct = j > family and not (after_joiner or named_son or linked) and self.definite(j + 1)
            if construct and not self.rare_name_ends(family, j + 1):
                break
            j += 1
            joined_on = j < len(self.tokens) and self.tokens[j].key in self.lex.joiners  # "محمد الحسن ولد الددو"
            # (in Standard Arabic a rare word closing the name may follow: "محمد الناجم ابهي ومسؤولين")
            closing = j < len(self.tokens) and (self.name_closed(j + 1) or self.coordinated(j + 1))
            rare_last = not self.darija and self.tokens[j - 1].key not in ORDINALS and closing
            rare_last = rare_last and _unknown_words(self, j, j + 1)
            if definite_surname and self.definite(j - 1) and not (joined_on or rare_last or self.double_nisba(j)):
                break  # "محمد السادس", "سعد الدين العثماني": a definite surname ends the name
        if (
            j - family >= 2
            and not (j - family == 2 and self.tokens[j - 1].key == "الدين")  # "منصورة عز الدين بجائزة"
            and not self.name_closed(j)
            and not three_part  # "محمد سعد برادة عن …": a given name, the father's, the family's
            and not _and_reviewed_given(self, j)
            and not (self.reported(j) and _name_words(self, i, j))
            and not self.rare_name_ends(family, j)
            # (or a third rare word, then "و" and another: "محمد الناجم ابهي ومسؤولين آخرين")
            and not (not self.darija and self.coordinated(j) and _unknown_words(self, j - 1, j))
            and not any(self.tokens[k].key in self.lex.name_links for k in range(i, j - 1))
            and not self.somali_link(family)
            and self.role_after(j) is None  # "خوان كارلوس فيرنانديز غاريدو مدرب فريق …"
            and not _and_role(self, j)  # "محمود علي يوسف ورئيس كينيا": another person's role
        ):
            j = family + 1  # "رجاء بلمير لموقف طريف": a further word that does not end the clause is not the name's
        if j <= family or self.tokens[j - 1].key in self.lex.name_links:
            return i  # a given name alone ("عبد العالي") is not a full name
        return self.lineage_end(i, j)

    def named_alone(self, j: int) -> bool:
        """Token j, a word people bear as a family name and no common one, stands alone at least
        twice more in the text, the given name before it not repeated: the article's name for
        the person."""
        token = self.tokens[j]
        if FAMILY not in self.hits.get(j, {}) or self.definite(j) or zipf(token.text) >= AMBIGUOUS_ZIPF:
            return False
        given = self.tokens[j - 1].key
        alone = [k for k in self.positions(token.key) if k != j and self.tokens[k - 1].key != given]
        return len(alone) >= 2

    def lineage_end(self, i: int, j: int) -> int:
        """Past a name ending at j, the forefathers' names a Gulf name lists before its house, then
        the house, closing the clause ("مشعل الأحمد الجابر الصباح،", "أحمد عبد الله الأحمد الصباح،"),
        or a regnal number ("الحسين بن عبد الله الثاني،"); j when there are none."""
        if j < len(self.tokens) and self.tokens[j].key in ORDINALS and j - i >= 3 and self.name_closed(j + 1):
            return j + 1
        # "محمد بن عبدالرحمن بن جاسم آل ثاني": the house after a chain of forefathers too long to
        # have reached it
        house = j + 1 < len(self.tokens) and self.tokens[j].text == "آل" and self.word(j + 1) is not None
        if house and any(self.tokens[k].key in self.lex.joiners for k in range(i, j)):
            return j + 2
        if self.darija or _nisba(self.tokens[j - 1].key):
            return j  # (in Darija "علي الياس العماري" is "on" and a name; a nisba closes a name)
        k = j
        while k < len(self.tokens) and k - i < MAX_NAME_TOKENS + 2:
            hits = self.hits.get(k, {})
            family, given = hits.get(FAMILY), hits.get(GIVEN)
            house = family is not None and not family.clitic and family.end == k + 1 and self.definite(k)
            # (or a forefather's given name without the article: "فهد يوسف سعود الصباح،")
            forefather = given is not None and not given.clitic and given.end == k + 1 and not self.definite(k)
            forefather = forefather and not self.stop(k) and (given.entry.bearers or SURE_BEARERS) >= SURE_BEARERS
            if not (house or forefather):
                break
            k += 1
            if house and self.name_closed(k):
                return k
            if house and GIVEN not in hits and _nisba(self.tokens[k - 1].key):
                break  # a forefather is named by a given name ("الجابر", "الحمد"), not a nisba
        return j  # (the chain must close the clause: "محمد الحمد الصباح،", not "محمد الحمد الكبير …")

    def double_nisba(self, j: int) -> bool:
        """Token j, after a definite nisba family name, is a second one closing the name: a known
        family name or a nisba rare with and without its article, no nationality ("خليل الهاشمي
        الإدريسي."; not "محمد الإدريسي المغربي")."""
        word = self.word(j)
        return (
            word is not None
            and _nisba(self.tokens[j - 1].key)
            and _nisba(word.key)
            and not self.nationality(j)
            and (FAMILY in self.hits.get(j, {}) or _rare_definite(self, j, RARE_ZIPF))
            and not self.common(j, COMMON_ZIPF)
            # (closing the clause, or a nisba so rare no list has it: "سارة الزعفراني الزنزري خلفا له")
            and (
                self.boundary(j + 1)
                or self.reported(j + 1)
                or self.stop(j + 1)
                or (not self.hits.get(j) and zipf(word.text) < RARE_ZIPF and not self.darija)
            )
        )

    def surname_place(self, j: int, given: _Hit | None, family: int) -> bool:
        """Token j, a one-word place seldom written, is the family name after a reviewed or sure
        given name: a town's name people carry too ("ماريا مورينو", "عبد الكريم برشيد", "زكية
        الدريوش"; not "جون بباريس", "جون لندن")."""
        place = self.hit(j, LOC)
        return (
            j == family
            and given is not None
            and (given.entry.bearers is None or self.sure_given(given))
            and not given.clitic
            and place.end == j + 1
            and not place.clitic
            and given.entry.kind == GIVEN
            and zipf(self.tokens[j].text) < COMMON_ZIPF
        )

    def occupation_surname(self, j: int, given: _Hit | None) -> bool:
        """An occupation right after a given name, ending the clause or before ب and a noun, is the
        family name: "اعتقلت الصحفي إحسان القاضي."."""
        after = self.boundary(j + 1) or self.stop(j + 1) or self.prepositional(j + 1)  # "… القاضي بمقر عمله"
        return given is not None and self.hit(j, OCCUPATION) is not None and after

    def role_after(self, j: int) -> str | None:
        """A role given in apposition right after a name: 'NAME، المديرة العامة ...', or without
        the comma: 'أحمد أحمد رئيس الكاف', 'عبد الرحيم طاليب مدرب فريق الدفاع'."""
        found = self.role_span_after(j)
        return None if found is None else self.span(*found)[0]

    def role_span_after(self, j: int) -> tuple[int, int, int] | None:
        """role_after's tokens and the clitic before them."""
        comma = j < len(self.tokens) and self.tokens[j].text in ",،"
        head = self.hit(j + 1 if comma else j, ROLE)
        if head is None or head.clitic:  # "NAME، ورئيس ..." coordinates another person
            return None
        if self.tokens[head.start].key.startswith("نظير"):
            return None  # "استقبل ماكي سال نظيره الموريتاني": "his counterpart" is another person
        end = self.complement_end(head.end, MAX_ROLE_TOKENS, stop_at_locative=False)
        if self.starts_name(end) and not (comma and end < len(self.tokens) and self.tokens[end].text in ",،"):
            # "استقبل الملك محمد السادس رئيس الوزراء الإسباني بيدرو سانشيز", "هشام الصابري، وزير
            # التجهيز عبد القادر عمارة": the role is the next person's
            return None
        return head.start, end, head.clitic

    def family_start(self, given: _Hit) -> int:
        """Where the family name after ``given`` starts: past the second word of a compound given
        name the name data lacks: "X الدين" ("صافي الدين البودالي") or "عبد ال…" ("عبد الودود")."""
        j = given.end
        if j >= len(self.tokens) or not self.tokens[j].is_word:
            return j
        servant = j == given.start + 1 and self.tokens[given.start].key[given.clitic :] == "عبد"
        if self.tokens[j].key == "الدين" or (servant and self.definite(j)):
            return j + 1
        # "جوليان أندريس جيل رييس", "ميكيل أنخيل": a foreign given name of two reviewed ones
        second = self.hit(j, GIVEN)
        double = (
            second is not None
            and second.entry.bearers is None
            and given.entry.bearers is None
            and not second.clitic
            and _foreign_given(self.tokens[j].text)
            and _foreign_given(self.tokens[j - 1].text)
        )
        return j + 1 if double and self.word(j + 1) and not self.stop(j + 1) else j

    def role_ahead(self, j: int, limit: int) -> bool:
        """A role follows at j, or after rare words up to ``limit``: the words before it end a name
        ("خوان كارلوس فيرنانديز غاريدو مدرب فريق …")."""
        while j <= limit and j < len(self.tokens):
            if self.role_after(j) is not None:
                return True
            if self.stop(j) or self.common(j, COMMON_ZIPF) or zipf(self.tokens[j].text) >= RARE_ZIPF:
                return False  # "حميد شباط يولي أمين عام": a verb, then the role
            j += 1
        return False

    def starts_name(self, i: int) -> bool:
        """A personal name starts at token i (after an optional comma)."""
        if i < len(self.tokens) and self.tokens[i].text in ",،":
            i += 1
        if self.stop(i):
            return False  # "… سفير المغرب بواشنطن إن": "إن" is in the name data, but no name
        given = self.hit(i, GIVEN, AMBIGUOUS_GIVEN)
        return given is not None or self.known_name(i)


def _role_listed(t: _Text, i: int) -> bool:
    """The name starting at token i is listed with "و" or has a role after it between commas."""
    if _and_clitic(t, i):
        return True
    given = t.hit(i, GIVEN, AMBIGUOUS_GIVEN)
    end = t.name_end(i, given) if given is not None else i + 1
    return end < len(t.tokens) and t.tokens[end].text in ",،" and t.role_after(end) is not None


def _people(t: _Text) -> list[Entity]:
    found: dict[str, tuple[str, str | None]] = {}  # name key -> (display name, role)
    name_ends: dict[int, str] = {}  # token right after a name found so far -> the name's key
    spans: list[tuple[int, int]] = []  # token ranges of the names found
    aliases: dict[str, str] = {}  # a nickname's key -> the key of the person it names

    def add(i: int, j: int, role: str | None, clitic: int = 0) -> None:
        name_key = t.key_span(i, j, clitic)
        if any(name_key.startswith(phrase) for phrase in t.lex.not_person_names):
            return  # "عيد ميلاد": a phrase, no name
        # "كأس محمد السادس للأندية الأبطال", "بجائزة الشيخ زايد": a cup or a prize named after the
        # person (a title may come between)
        before = i - 1 - (i > 1 and t.hit(i - 1, HONORIFIC) is not None)
        if before >= 0 and any(stem in _NAMED_AFTER for _, stem in _variants(t.tokens[before].key)):
            return
        if i > 0 and t.hit(i - 1, AREA_HEAD) is not None and t.hit(i, LOC) is not None:
            return  # "محافظة صلاح الدين": a place named after a person, after its head
        if i > 0 and (head := t.hit(i - 1, FACILITY_HEAD)) is not None and head.end == i:
            return  # "في ملعب حمادي العقربي برادس": a facility named after a person
        name_ends[j] = name_key
        spans.append((i, j))
        name = t.span(i, j, clitic)[0]
        previous = found.get(name_key)
        # the apposition is the formal title; without a comma, a role after a name that has one
        # before it is the verb's object ("وزيرة الانتقال الطاقي ليلى بنعلي سفير الصين")
        apposed = j < len(t.tokens) and t.tokens[j].text in ",،"
        after = t.role_span_after(j) if apposed or role is None else None
        # "وزير الخارجية السوري، أسعد الشيباني، المبعوث الأمريكي، توم باراك": with a role of its
        # own before the name, a role between commas before another name is that name's
        # (unless that name has a role after it in turn: a list of names and roles, "يواخيم لوف،
        # مدرب المنتخب الألماني، ماوريسيو بوكيتينيو، مدرب فريق توتنهام")
        if after is not None and role is not None and t.starts_name(after[1]) and not _role_listed(t, after[1] + 1):
            after = None
        role = (after and t.span(*after)[0]) or role
        if previous is None or (previous[1] is None and role):
            found[name_key] = (previous[0] if previous else name, role)

    starts = t.starting(HONORIFIC, OCCUPATION, ROLE, GIVEN, AMBIGUOUS_GIVEN)
    commas = [i - 1 for i in t.starting(ROLE, OCCUPATION) if i > 0 and t.tokens[i - 1].text in ",،"]
    # words inside a known organization's name start no person ("جامعة القاضي عياض", "جامعة محمد الخامس")
    # nor words inside a known place's ("مضيق جبل طارق انتشلت": not "طارق انتشلت")
    inside_org = {k for o in t.starting(ORG, LOC) if (org := t.hit(o, ORG, LOC)) for k in range(o + 1, org.end)}
    # nor words inside a role's ("المتحدث باسمه": "باسمه" is not the given name "باسمة")
    inside_org |= {
        k for o in t.starting(ROLE) if (role := t.hit(o, ROLE)) and not role.clitic for k in range(o + 1, role.end)
    }
    for i in sorted(set(starts) | set(commas)):
        if i in inside_org:
            continue
        token = t.tokens[i]
        title = t.hit(i, HONORIFIC, OCCUPATION)
        if title and search_form(title.entry.canonical) in t.lex.relatives:
            if (relative := _relative_named(t, title.end)) is not None:
                add(*relative, None)
            elif t.nationality(title.end) and title.end + 1 < len(t.tokens):
                # "يضيف زميله الدنماركي ينس كاستروب الثاني": the relative's nationality, then the name
                k = title.end + 1
                end = _foreign_after_nationality(t, k, t.name_end(k, t.hit(k, GIVEN)))
                if end > k + 1:
                    add(k, end, None)
            continue
        if title:
            start = title.end
            while t.hit(start, HONORIFIC, OCCUPATION):  # "الملياردير الراحل ميلود الشعبي"
                start = t.hit(start, HONORIFIC, OCCUPATION).end
            # "الشاف التركي بوراك", "الممثل المغربي الكبير عبد الله العمراني": adjectives of the title
            # (or a rarer nisba before a given name: "البطريرك الماروني بشارة بطرس الراعي")
            while (
                t.nationality(start)
                or (t.definite(start) and t.common(start, COMMON_ZIPF) and _adjective(t, start))
                or (t.definite(start) and _nisba(t.tokens[start].key) and t.hit(start + 1, GIVEN, AMBIGUOUS_GIVEN))
            ):
                start += 1
            if start >= len(t.tokens):
                continue  # the text ends at the title (cut off)
            if _and_clitic(t, start):
                continue  # "على المغني وخلاتو داوي": "and" starts another clause, not the name
            # "القيادي في حركة حماس، خليل الحية، إن": where the person serves, then the name set
            # off by commas
            if (served := _served_in(t, start)) is not None:
                add(*served, None)
                continue
            naming = t.tokens[title.start].key[title.clitic :] in t.lex.namings_of_things  # "سميتو “…”": below
            # (one foreign word after a nationality: "اللاعب البرازيلي “مارسيلو”")
            single = start > title.end and t.nationality(start - 1)
            if not naming and (quoted := _quoted_person(t, start, single)) is not None:  # "البروفسورة “هانا داهلين”"
                add(*quoted, None)
                continue
            # "الناشطة الحقوقية، سعيدة العلمي،": the name set off by commas after the title
            comma = start < len(t.tokens) and t.tokens[start].text in ",،"
            apposed = comma and t.hit(start + 1, GIVEN, AMBIGUOUS_GIVEN) is not None
            if apposed:
                start += 1
            if (chinese := _li_name(t, start)) > start:
                add(start, chinese, None)  # "الرئيس التنفيذي للمجموعة لي تشين."
                continue
            # "الشيخة المياسة بنت حمد بن خليفة آل ثاني": after an honorific, a Gulf given name with
            # the article, then "daughter of" or "son of" and the father's name
            lineage = _definite_given_then_lineage(t, start) if title.entry.kind == HONORIFIC else None
            if lineage is not None:
                add(start, lineage, None)
                continue
            given = t.hit(start, GIVEN, AMBIGUOUS_GIVEN)
            if given and given.clitic:
                given = None  # "القاضي لانصاف التلميذ": a preposition after the title, not a name
            j = t.name_end(start, given)
            # An occupation is a common noun: the name must start with a given name or end the clause.
            # "قال الخبير الأمني الإسباني خيسوس نونيز إن …": what the person said follows the name
            # (after an honorific, a Darija verb in the past ends it too: "الشيخة الطراكس خرجات")
            honored = title.entry.kind == HONORIFIC and (t.stop(j) or t.definite(j) or _darija_past(t, j))
            # (or a place after ب: "المغني الأمريكي كريس براون بمراكش"; not Darija ف: "قتلاتو كورونا فتطوان")
            located = t.locative(j) and t.tokens[j].key[0] == "ب"
            # (or "و" and another's title: "كل من المهاجم سيفيليز ماكولي واللاعب أيوب العملود")
            next_title = t.hit(j, OCCUPATION, HONORIFIC, ROLE)
            and_title = next_title is not None and next_title.clitic == 1 and t.tokens[j].key.startswith("و")
            ends = t.boundary(j) or t.reported(j) or honored or _said_or_counted(t, j) or located or and_title
            ends = ends or _foreign_name_then_object(t, start, j)  # "المغنية كايلي جينر الصحافة"
            ends = ends or t.appointed(j)  # "السيد سيفي غريب وزيرا أول"
            # (in Standard Arabic, a name whose further words are rare, then a stopword: "الناشط
            # محفوظ بامبا ليفكير في"; not the rest of a French rank: "الجنرال دو كوردارمي على")
            unknown = j - start >= 2 and _unknown_words(t, start + 1, j)
            unknown = unknown and t.tokens[start].key not in t.lex.name_particles
            ends = ends or (not t.darija and t.stop(j) and unknown)
            if apposed and not (j < len(t.tokens) and t.tokens[j].text in ",،"):
                continue  # the name after the comma must end at the next one
            # "العداءة سعيدة عنبة من": a given name that is a word too, then a rare word with no clitic
            rare_family = given is not None and j == given.end + 1 and _rare_words(t, given.end, j)
            rare_family = rare_family and not t.hits.get(given.end) and not t.not_a_name_word(given.end)
            # "الروائية المصرية منصورة عز الدين بجائزة": a known family name of two words
            family = t.hits.get(given.end, {}).get(FAMILY) if given is not None else None
            rare_family = rare_family or (family is not None and family.end == j and family.end - family.start >= 2)
            # (after a rank, in Standard Arabic, rare words are the name: "الجنرال عاصمي غويتا تمديد";
            # not the rest of a French rank: "الجنرال دو كوردارمي", "الجنرال دوبريكان بوسيف المفتش العام")
            ranked = _rank(t, title.start) is not None and not t.darija and _rare_words(t, start, j)
            ranked = ranked and t.tokens[start].key not in t.lex.name_particles and t.role_after(j) is None
            if j > start and (t.name_start(given) or ends or rare_family or ranked):
                add(start, j, None)
                continue
            if (foreign := _foreign_after_nationality(t, start, j)) > start:
                add(start, foreign, None)
                continue
            # "البابا فرنسيس", "الشيخ الشعراوي": one name after a title; after an honorific a known
            # family name of the nisba form that is no common word, not an adjective ("الأستاذ الجديد")
            nisba_name = (
                title.entry.kind == HONORIFIC
                and FAMILY in t.hits.get(start, {})
                and not t.hits[start].keys() - {FAMILY, GIVEN, AMBIGUOUS_GIVEN}
                and not t.stop(start)
                and _nisba(t.tokens[start].key)
                and not t.common(start, COMMON_ZIPF)
            )
            # "الشاف التركي بوراك،": after a title and a nationality, one rare word ending the clause;
            # without the nationality, a rarer one ("الكاتب غويتسيلو،")
            word = t.word(start)
            rare_single = (
                word is not None
                and title.entry.kind == OCCUPATION
                and zipf(word.text) < RARE_ZIPF
                and _ARABIC_LETTERS.fullmatch(word.text) is not None
                and not t.not_a_name_word(start, last=True)
            )
            foreign_single = (
                word is not None
                and ((start > title.end and t.nationality(start - 1)) or rare_single)
                and (t.boundary(start + 1) or _said_or_counted(t, start + 1))
                and not (t.definite(start) or t.stop(start) or t.hits.get(start, {}).keys() - {FAMILY})
                and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF
                and zipf(word.text) < COMMON_ZIPF
            )
            # "محاكمة الحاج ثابت،": after an honorific (a title, not "سميتها" or "يدعى"), one
            # indefinite word that ends the clause
            honored_single = (
                word is not None
                and title.entry.kind == HONORIFIC
                and t.definite(title.start)
                and start == title.end
                and t.boundary(start + 1)
                and not (start + 1 < len(t.tokens) and t.tokens[start + 1].key[:1].isdigit())  # "السيدة قدره 2"
                and not (t.definite(start) or t.stop(start) or _with_pronoun(word.key))
                and not t.hit(start, ROLE, OCCUPATION, LOC, ORG, ORG_HEAD, AREA_HEAD, FACILITY_HEAD)
            )
            # "الشيخة الطراكس خرجات": after an honorific, a definite word rare with and without its
            # article, then the clause's end or a verb, is what the person goes by (not an adjective
            # or a noun in -ي, -ة: "السيدة المكناسية", "الأستاذ الهدرة")
            nickname = (
                title.entry.kind == HONORIFIC
                and start == title.end
                and not t.tokens[start].key.endswith(("ي", "ه"))
                and _rare_definite(t, start, RARE_ZIPF)
                and zipf(t.tokens[start].text) < RARE_ZIPF
                and not t.hits.get(start)
                and (t.boundary(start + 1) or t.stop(start + 1) or _darija_past(t, start + 1))
            )
            # "ويدعى حسن،": after a word that says a name follows, a given name that ends the clause
            # is the name, however common a word it is too
            naming_word = t.tokens[title.start].key[title.clitic :]
            called = naming_word in t.lex.namings or naming_word in t.lex.namings_of_things
            given_single = given is not None and given.end == start + 1
            called = called and given_single and (t.boundary(start + 1) or t.reported(start + 1))
            if t.single_name(start) or nisba_name or foreign_single or honored_single or nickname or called:
                add(start, start + 1, None)
                continue
            if _mister_and_family(t, title, start):  # "عين جلالته السيد خطيب الهبيل واليا على …"
                add(start, start + 2, None)
                continue
        head = t.hit(i, ROLE)
        if head and head.end == i + 1 and t.stop(i):
            head = None  # "وإلى" ("and if"), not "والي" (a governor)
        if head and (name := t.hit(i, GIVEN)) and name.end > head.end:
            head = None  # "نجم الدين": a compound given name, not the role "نجم"
        if head and i > 0 and (name := t.hit(i - 1, GIVEN, AMBIGUOUS_GIVEN)) and name.end > i:
            head = None  # "ريما عبد الملك والسفير": inside a compound given name, not the role "الملك"
        royal = head is not None and t.tokens[i].key[head.clitic :] in _ROYALS
        if royal and (lineage := _definite_given_then_lineage(t, head.end)) is not None:
            add(head.end, lineage, t.span(i, head.end, head.clitic)[0])  # "الأمير الوليد بن خالد بن طلال"
            continue
        if head:
            end = _field_end(t, t.complement_end(head.end, MAX_ROLE_TOKENS, stop_at_locative=False))
            role = _named(t, i, end, head)[3]  # "للأمين العام" is the role "الأمين العام"
            start = end + 1 if end < len(t.tokens) and t.tokens[end].text in ",،" else end
            titled = False  # "أمير قطر الشيخ تميم بن حمد آل ثاني": a title between the role and the name
            # (a rank too: "نظيره الإماراتي اللواء محمد أحمد المري")
            while (title := t.hit(start, HONORIFIC) or _title_role(t, start) or _rank(t, start)) and not title.clitic:
                # "عين جلالة الملك السيد محمد عبد النباوي": the king appoints "Mr" X, who is no king
                if role in _MONARCHS and t.tokens[start].key in ("السيد", "السيده"):
                    role = None
                start, titled = title.end, True
            if start > end and t.national_adjective(start):
                start += 1  # "مدرب الترجي، البولندي ياتسيك نافروتسكي،": the person's nationality after the comma
            # "المدير الإقليمي للمنظمة في إفريقيا ماتشيديسو مويتي": where the person serves, then a
            # name opening with a given name, known or foreign
            # (or set off by a comma: "السفير الكوري في عمان، لي سانغ هون،")
            # (or "إلى", "لدى": "المبعوث الشخصي للأمين العام إلى السودان رمطان لعمامرة")
            towards = start == end and t.word(start) and t.tokens[start].key in ("في", "الي", "لدي")
            where = t.hit(start + 1, LOC) if towards else None
            name = where.end + (t.tokens[where.end].text in ",،") if where and where.end < len(t.tokens) else 0
            if where is not None and not where.clitic and name < len(t.tokens):
                known = t.hit(name, GIVEN, AMBIGUOUS_GIVEN) is not None or _li_name(t, name) > name
                if (known or _foreign_given(t.tokens[name].text)) and not t.hits.get(name, {}).keys() - NAMES:
                    end, start = where.end, name
                    role = _named(t, i, end, head)[3]
            if start >= len(t.tokens):
                continue  # the text ends at the role (cut off)
            # (not after "المتحدثة باسم", whose body comes quoted: "باسم «كَراند كانيون»")
            if not head.entry.canonical.endswith("باسم") and (quoted := _quoted_person(t, start)) is not None:
                add(*quoted, role)  # "المندوبة الحكومية “مانويلا بارالو”"
                continue
            given = t.hit(start, GIVEN, AMBIGUOUS_GIVEN) or _place_given(t, start, end)
            if (given and given.clitic) or (start < len(t.tokens) and _and_clitic(t, start)):
                continue  # "عميدا لكلية …، وخالد القلعي": "and" starts another person
            j = t.name_end(start, given)
            # "قائد جيوش داناريس": right after the head, a common word that no person bears is the
            # role's complement, not a name's first word
            complement = start == end == head.end and given is None and t.common(start, COMMON_ZIPF)
            if complement and not t.known_name(start) and not t.hit(start, FIGURE, FAMILY):
                j = start
            inner = _reviewed_given_inside(t, start, j) if given is None and start == end == head.end else None
            if inner is not None:  # "ورئيس اومنيوم كولتورال جوردي كويكسارت": an unknown organization, then the name
                end = start = inner.start
                role, given = _named(t, i, end, head)[3], inner
            if j == start and start > end:
                j = _apposed_name(t, start)  # "رئيس مجلس النواب، راشيد الطالبي العلمي،"
            # Without a comma, the name must end where the clause does, or start with a given name:
            # "رئيس الحكومة الإسباني باغي يتلاقا ملك" is a role followed by verbs, not a name.
            # After "ROLE،" the name may be followed by its verb ("…، بيل كيتس قال").
            # "الممثلة العليا … فيديريكا موكيريني ومفوضية الاتحاد": another organization follows
            # "رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الروسي": another person's role follows
            ends = (
                t.boundary(j)
                or (t.coordinated_org(j) and t.tokens[j].key.startswith("و"))
                or (
                    (next_role := t.hit(j, ROLE)) is not None
                    and not next_role.clitic
                    and (t.definite(j) or t.tokens[j].key.startswith("نظير"))  # "ماكي سال نظيره …"
                )
                # "… برونو لومير ونظيرته المغربية": "and" and another person's role
                or (next_role is not None and next_role.clitic == 1 and t.tokens[j].key.startswith("و"))
            )
            # "الرئيس التنفيذي لشركة تسلا إيلون ماسك أن …": the name, then reported speech; or a
            # name of rare words, then a preposition ("المبعوث الأممي ستافان دي ميستورا بالمسؤولين")
            reports = t.reported(j) or (t.definite(j) and t.tokens[j].key[0] in "بل" and _rare_words(t, start, j))
            # (or foreign words, then a stopword or the verb's object: "مديرة الصندوق كريستالينا
            # غورغييفا قد زارت", "المبعوثة الأممية هانا تيتيه الأطراف")
            reports = reports or _foreign_name_then_object(t, start, j)
            figure = t.hit(start, FIGURE)
            # "الناطق العسكري باسم كتائب القسام أبو عبيدة عن": a kunya, the name a person goes by
            kunya = (
                given is not None
                and j == start
                and given.end == start + 2
                and t.tokens[start].key in ("ابو", "ام")
                and (t.boundary(given.end) or t.stop(given.end) or t.reported(given.end))
            )
            j = given.end if kunya else j
            named = ends or reports or titled or kunya or (start > end and t.stop(j))
            named = named or (start == end and t.name_start(given))
            # (or a lineage: "الأمير سعود بن فهد بن سلمان")
            named = named or (
                given is not None and any(t.tokens[k].key in t.lex.joiners for k in range(given.end, j - 1))
            )
            country = t.nationality(start - 1) or _place_ending_at(t, start)
            if not named and start == end and t.locative(start) and country:
                # "السفير الروسي بالرباط فاليريان شوفاييف", "سفير الولايات المتحدة بالرباط بونيت
                # تالوار": the country served, where the person serves, then the name
                role, start = _named(t, i, start + 1, head)[3], start + 1
                j = t.name_end(start, t.hit(start, GIVEN, AMBIGUOUS_GIVEN))
            if not named and (foreign := _foreign_after_nationality(t, start, j)) > start:
                j, named = foreign, True
            if (chinese := _li_name(t, start)) > max(j, start):
                j, named = chinese, True  # "سفير الصين بالرباط لي تشانغ لين."
            if start >= len(t.tokens):
                continue  # "سفير المملكة المغربية فأستراليا": the text ends where the person serves
            if start >= end and given is None and _accusative(t.tokens[start].text):
                named = False  # "مدير مختبر البيوتكنولوجيا، عرضا مفصلا": the verb's object, no name
                # (nor an adverb: "رئيسا جديدا للوزراء خلفا لفرانسوا بايرو", succeeding him)
            if start > end and given is None and not t.hits.get(start) and _darija_past(t, start, ("نا",)):
                named = False  # "الكاتب الأول للحزب، سولنا بنكيران على …": "we asked", no name
            if figure is not None and not figure.clitic:  # "الرئيس الأمريكي جو بايدن": a public figure
                # (with the rest of a lineage after the listed name: "الأمير فيصل بن فرحان بن عبد الله")
                lineage = j > figure.end and t.tokens[figure.end].key in t.lex.joiners
                add(start, j if lineage else figure.end, role)
            elif j > start and named:
                add(start, j, role)
            # One word alone after the role: not after a role set off by a comma after a name, which
            # is that name's ("وحيد خاليلوزيتش، مدرب المنتخب الوطني، عيط لأنس الزنيتي": "he
            # called"; "أحمد الحوسني، الرئيس التنفيذي لفيرتيغلوب،": the company), unless a reviewed
            # given name ("والدة الأمير هاري، الأميرة ديانا،")
            elif (
                i > 0
                and t.tokens[i - 1].text in ",،"
                and i - 1 in name_ends
                and not (given is not None and given.entry.bearers is None)
            ):
                continue
            elif t.single_name(start, after_role=True):  # "الأمير هاري ومراتو": one known name after the role
                add(start, start + 1, role)
            elif _foreign_single(t, start) and t.tokens[i].key[head.clitic :].startswith("ال") and end - head.end <= 1:
                add(start, start + 1, role)  # "الملكة ليتيسيا كانت": one rare foreign name after a short definite role
            elif (
                start == end
                and (t.national_adjective(start - 1) or _after_definite_role(t, head.end, start, end))
                and _foreign_after_role(t, start)
            ):
                # "المبعوث الأممي الألماني كولر،": the nationality ends the role; "رئيس الباطرونا
                # لعلج،": after a definite word no indefinite one is in construct, so it is the name
                add(start, start + 1, role)
            elif (
                start == end
                and not t.darija  # (in Darija a rare word there is as often a verb: "الوزيرة جاوباتو بأن")
                and t.word(start) is not None
                and zipf(t.tokens[start].text) == 0
                and not t.hits.get(start)
                and _ARABIC_LETTERS.fullmatch(t.tokens[start].text) is not None
                and t.reported(start + 1)
            ):
                # "رئيس الوكالة الوطنية لإدارة الكوارث سوهاريانتو إن": a one-word name no frequency
                # list has, then what was said
                add(start, start + 1, role)
            elif titled and j == start and given is not None and given.entry.bearers is None and given.end == start + 1:
                add(start, start + 1, role)  # "ولي العهد الأمير تشارلز أرضا": a reviewed given name after a title
            continue
        # (not "، وإلى كان": "and if", a stopword, not the role "والي")
        if (
            token.text in ",،"
            and i not in name_ends
            and (role := t.hit(i + 1, ROLE, OCCUPATION)) is not None
            and not role.clitic
            and not t.stop(i + 1)
        ):
            start = _name_before(t, i)
            if start is not None:  # "عزيز أخنوش، وزير الفلاحة": the role comes in apposition
                first = t.hit(start, GIVEN, AMBIGUOUS_GIVEN)
                # An occupation is a common noun ("…، الكاتب"): the name must open with a given name
                # ("ميلاغرو سالا، الناشطة الأرجنتينية"; not "حمل اسم جدو، الفنان الراحل").
                opens_like_a_name = (first and not _word_before_name(t, first)) or _foreign_given(t.tokens[start].text)
                if role.entry.kind == ROLE or opens_like_a_name:
                    add(start, i, None, first.clitic if first else 0)
        given = t.hit(i, GIVEN, AMBIGUOUS_GIVEN)
        # "…خديجة مركوم ومصطفى البيضاوي": a name coordinated with "و" right after another name
        # counts when a known or definite family name follows ("وغنى تامر حسني" is "and sang").
        coordinated = given is not None and given.clitic == 1 and token.key.startswith("و")
        # (or, wherever, with a reviewed given name and a known definite family name closing the
        # clause: "… وبديع أووك وأيوب الكعبي.")
        # (or with the post the person is appointed to after the name: "…، وعبد الحكيم الشبلي وزيرا
        # للمالية")
        appointed = coordinated and t.appointed(t.name_end(i, given))
        coordinated = coordinated and (i in name_ends or _and_full_name(t, given) or appointed)
        # "اتصلت بصافي الدين البودالي": after the preposition ب or ل, with a family name to show it
        prepositioned = given is not None and given.clitic == 1 and token.key[0] in "بل"
        two_words = given is not None and given.end - given.start > 1  # "لعبد الكريم اليعقوبي"
        # (unless a reviewed given name has a known family name with the article after it:
        # "فإشارة لمحمد الفايد")
        named_after = given is not None and given.entry.bearers is None and t.definite(given.end)
        # (or the rest of a name follows: "خلفا لبدر بن حمد البوسعيدي", "خلفا لميشيل بارنييه")
        name_follows = prepositioned and _name_follows(t, given)
        if (
            prepositioned
            and not two_words
            and (zipf(token.text) >= 3.0 or not (t.attested(given) or t.family_start(given) > given.end))
            and not (named_after and t.known_name(given.end))
            and not name_follows
        ):
            prepositioned = False  # "بفضل", "بأمر", "لأسماء": a preposition and a word
        if (
            given
            and (not given.clitic or coordinated or prepositioned)
            and not _word_before_name(t, given)
            and not t.stop(i)
            and (coordinated or not _after_given(t, i))  # "نبيلة منيب وفاطمة التامني": "و" starts a name
            and not (coordinated and t.hit(i, FIGURE))  # "وبسمة بوسيل تصالحو": the figure, found below
            and t.place_prefix(i) is None  # "سيدي البرنوصي" is a place
            and not _preposition_and_place(t, i)  # "بأديس أبابا" is not the name "باديس"
            and not _adjective_not_name(t, given)  # "الفنان الكبير محمود الإدريسي"
        ):
            # A name that is also a common word ("سعد", "نبيل") or a rare given name counts when the
            # name ends the clause or a known family name follows; "ومصطفى ..." only with the latter.
            sure = t.sure_given(given)
            j = t.name_end(i, given if sure else given._replace(entry=_as_given(given.entry)))
            # Otherwise the name must end the clause ("… بيدرو سانشيز في"): a given name followed by
            # an unknown word and more text is as often a name and a verb ("مايا كتسكت").
            number = j < len(t.tokens) and t.tokens[j].key[:1].isdigit()  # "عن عمر ناهز 72 عاما": a verb
            ends = not number and (
                t.boundary(j)
                or t.stop(j)
                or (j < len(t.tokens) and t.tokens[j].light in RELATIVES)
                or t.role_after(j) is not None  # "عبد الرحيم طاليب مدرب فريق …": a role follows the name
                or _and_reviewed_given(t, j)  # "… ونزار بركة وفاطمة …": the next name of a list
                or _darija_verb(t, j)  # "ياسين بامو كيتسناو": the name, then its verb
                or _object_after_foreign_name(t, given, j)  # "وأدلى فريدريش ميرتس بتصريحات"
                or (j < len(t.tokens) and _COUNT.match(t.tokens[j].key) is not None)  # "كيم كاردشيان بـ136 مليون"
                or _nationality_after(t, j)  # "أوليفر جيرو الفرنسي اللي": the person's nationality
                or appointed
            )
            family = t.family_start(given)
            # (in Standard Arabic, a reviewed given name, then rare words seldom written with the
            # article, whatever follows: "لكن لارس ستيندل أدرك التعادل"; in Darija, a reviewed
            # foreign one and words no frequency list has: "الحزب ديال أنجيلا مريكل طلب")
            reviewed = given.entry.kind == GIVEN and given.entry.bearers is None
            rare_rest = reviewed and j > family and _unknown_words(t, family, j)
            unseen = all(zipf(tok.text) == 0 for tok in t.tokens[family:j])
            unseen = unseen and _foreign_given(t.tokens[given.start].text)
            ends = ends or (not number and rare_rest and (not t.darija or unseen))
            # (past a joiner, the word after it: "حنان آيت بلحسين", "محمد ولد مرزوك")
            joined = family + 1 < j and t.tokens[family].key in t.lex.joiners
            known_family = j > family and t.known_name(family + 1 if joined else family)
            # "جوليان أسانج": a foreign given name and rare words. Not "هانا حياتها" ("her life"),
            # nor "لويزا تشكات" ("Louisa complained"): "-ات" ends Darija verbs and plural nouns.
            foreign = _foreign_given(t.span(given.start, given.end, given.clitic)[0]) and not any(
                zipf(tok.text) >= FOREIGN_NAME_ZIPF or _clitic_word(tok.text, RARE_ZIPF) or tok.key.endswith("ات")
                for tok in t.tokens[family:j]
            )
            trusted = sure or given.entry.bearers is None or t.attested(given) or foreign
            # "محمد السادس", "وليلى البراق", "يوحنا الثاني": a definite family name or an ordinal.
            compound = family > given.end or two_words  # "صافي الدين": "X الدين" is a given name
            # (or a nisba rare with and without the article ending the name: "شفيقة الهبطي")
            rare_nisba = j == family + 1 and _nisba(t.tokens[family].key) and _rare_definite(t, family, RARE_ZIPF)
            rare_nisba = rare_nisba and article_zipf(t.tokens[family].text[2:]) < RARE_NAME_ZIPF
            rare_nisba = rare_nisba and t.hit(i, HONORIFIC) is None and len(given.entry.canonical) > 2  # "سي"
            definite_family = (
                j > family
                and t.definite(family)
                and (sure or compound or rare_nisba or t.tokens[family].key in ORDINALS)
            )
            if prepositioned and not (known_family or compound or name_follows):
                continue  # "بوسام الكفاءة": after a preposition only a known family name shows a name
            cued = coordinated or prepositioned
            # "يونس السكوري ونزار بركة": after a name, "و" and a given name from the reviewed list
            # (not one that is also a word: "وغنى تامر حسني" is "and sang")
            listed = coordinated and given.entry.bearers is None and given.entry.kind == GIVEN and ends
            # "من مولاي حمدي ولد الرشيد": a public figure's name starts inside and runs on; it is the name
            figure_inside = any((f := t.hit(k, FIGURE)) is not None and f.end > j for k in range(i + 1, j))
            # "جامع المعتصم القيادي في حزب …": a definite family name, then a definite role
            confirmed = j > family and t.definite(family) and t.definite(j) and t.role_after(j) is not None
            named = known_family or definite_family or listed or confirmed or (not cued and ends and trusted)
            named = named or (name_follows and ends)  # "خلفا لميشيل بارنييه الذي"
            # (or, after ب or ل, a compound given name and a family name people bear, closing the
            # clause: "خلفا لعبد اللطيف مؤدب الذي أحيل")
            named = named or (prepositioned and two_words and ends and j > family and FAMILY in t.hits.get(j - 1, {}))
            # "ياسين بونو جاهزيته", "محمد زيان بريء": a public figure's name, then a word that is no
            # name; not "بيدرو سانشيز كاستيخون" (a rare word: the name goes on), nor "خوان كارلوس
            # فيرنانديز غاريدو" (another person, whose given names are the figure's)
            figure = t.hit(i, FIGURE)
            ends_figure = figure is not None and figure.clitic == given.clitic and given.end < figure.end < j
            last_given = ends_figure and (g := t.hit(figure.end - 1, GIVEN)) is not None and g.entry.bearers is None
            common = ends_figure and zipf(t.tokens[figure.end].text) >= RARE_NAME_ZIPF
            if ends_figure and (
                t.not_a_name_word(figure.end) or (common and not (last_given or t.known_name(figure.end)))
            ):
                j = figure.end
            # "للا مريم", "لالة سلمى": Lalla before a given name, not before a noun ("لالة العروسة", a show)
            lalla = search_form(given.entry.canonical) in _LALLA and not t.hit(given.end, GIVEN, AMBIGUOUS_GIVEN)
            if j > given.end and named and not figure_inside and not lalla:
                add(i, j, None, given.clitic)
    # "كوثر : “نظام العبودية …”": a given name opening a sentence, then a colon and a quote, is
    # who speaks (testimonies, interviews)
    for i in t.starting(GIVEN):
        given = t.hit(i, GIVEN)
        colon = given.end
        if given.clitic or colon + 1 >= len(t.tokens) or t.tokens[colon].text != ":" or i in name_ends:
            continue
        opens = i == 0 or (t.word(i - 1) is None and t.tokens[i - 1].text not in ",،")
        if opens and t.tokens[colon + 1].text in _OPEN_QUOTES and (given.entry.bearers is None or t.sure_given(given)):
            add(i, colon, None)
    # "إيناس بنت ليلى الحديوي": a given name, a joiner and a public figure's full name is the
    # figure's child, named by the given name alone
    for i in t.starting(FIGURE):
        figure = t.hit(i, FIGURE)
        joiner = i - 1
        if figure.clitic or figure.end - i < 2 or joiner < 1 or t.tokens[joiner].key not in t.lex.joiners:
            continue
        child = next(
            (g for k in (joiner - 1, joiner - 2) if k >= 0 and (g := t.hit(k, GIVEN)) and g.end == joiner), None
        )
        if child is not None and not child.clitic:
            add(child.start, child.end, None)
    for i in t.starting(FIGURE):  # "عبد الإله بنكيران": a public figure's full name (data/figures.toml)
        figure = t.hit(i, FIGURE)
        if figure.end < len(t.tokens) and t.tokens[figure.end].key in ORDINALS:
            continue  # "مولاي الحسن الأول" is not the crown prince "مولاي الحسن"
        add(i, figure.end, None, figure.clitic)
    # "وفاز الإسباني رافاييل نادال", "وعوضو الفرنسي باتريس كارتيرون،": a nationality as a noun, then
    # a reviewed or a foreign given name
    after_nisba = [k + 1 for k in t.matching(_NISBA_TOKEN) if k + 1 < len(t.tokens)]
    for i in after_nisba:
        given = t.hit(i, GIVEN)
        reviewed = given is not None and not given.clitic and given.entry.bearers is None
        foreign = given is None and _foreign_given(t.tokens[i].text) and not t.definite(i)
        foreign = foreign and not t.hits.get(i, {}).keys() - {FAMILY}  # (a family name too: "الكينية بيريس")
        # (or a word seldom one, then a foreign family name closing the clause or before a
        # preposition: "على الأمريكية كوكو غوف بمجموعتين", "أمام البريطاني دالتون سميث بالضربة")
        pair = _foreign_pair(t, i)
        # ("… على الإثيوبية تيغيست أبايتشو والكينية جوان تشيلمو": "and" another nationality right
        # after a name)
        key = t.tokens[i - 1].key
        listed = key.startswith("وال") and i - 1 in name_ends and nationality_stem(key[1:]) in t.lex.nationalities
        if i < 2 or not (reviewed or foreign or pair) or not (t.nationality(i - 1) or listed) or i in name_ends:
            continue
        before = i - 2  # a verb, not a noun the nationality qualifies ("المنتخب الإسباني")
        # (or a preposition a sports report puts there: "فوزه على الإيطالي يانيك سينر")
        against = t.tokens[before].key in _AGAINST or listed
        if key.endswith("يه") and t.darija and not against:
            continue  # "لسواحل الإسبانية كتلقاهم": in Darija a plural noun's adjective, then a verb
        if not against and (t.definite(before) or t.hits.get(before) or t.stop(before) or not t.word(before)):
            continue
        # (an unknown given name: the words up to the clause's end, a stopword, "و" or a definite
        # word, at most three: "تأهل الصربي نوفاك جوكوفيتش إلى", "النيوزيلندي جيوردي بيميش والكيني")
        ends = (k for k in range(i + 1, min(i + 4, len(t.tokens))) if t.boundary(k) or t.stop(k))
        window = next(ends, None)
        if window is None:
            nexts = range(i + 1, min(i + 4, len(t.tokens)))
            window = next((k for k in nexts if t.tokens[k].key.startswith("و") or t.definite(k)), i + 1)
        j = i + 1
        if reviewed or foreign:
            j = _foreign_after_nationality(t, i, t.name_end(i, given) if reviewed else window)
        if j <= i + 1 and pair:
            j = i + 2
        if j > i + 1:
            add(i, j, None)
    for i in after_nisba:
        if (end := _east_asian_name(t, i)) > i:  # "الكورية الجنوبية آن سي يونغ ببطولة"
            add(i, end, None)
    # "وكان الخلفي الناطق الرسمي باسم الحكومة": a figure, then a role. Looked at: a figure's word, a
    # word before a role, and a word before a definite one a few words before a body
    figure_words = t.positions(*(t.vocabulary & t.lex.figure_last_words))
    before_roles = [r - 1 for r in t.starting(ROLE) if r > 0]
    before_bodies = [
        k for o in t.starting(ORG) for k in range(max(0, o - 5), o - 1) if t.tokens[k + 1].key.startswith("ال")
    ]
    for i in sorted({*figure_words, *before_roles, *before_bodies}):
        token = t.tokens[i]
        if token.key not in t.lex.figure_last_words and zipf(token.text) >= RARE_ZIPF:
            continue
        # (not "الأول" of "الحسن الأول"; after a given name the rules above read the name)
        # (or a rare definite family name of the nisba form, then a role in a known body: "الكراوي
        # رئيس مجلس المنافسة")
        nisba_family = (
            _nisba(token.key)
            and token.key not in t.lex.figure_families  # "الحموشي": the figure, named below
            and not t.hits.get(i, {}).keys() - {FAMILY}
            and _rare_definite(t, i, RARE_ZIPF)
            and zipf(token.text) < RARE_ZIPF
            # an indefinite role in construct right after: "X الرئيس" is rather an adjective, "المريكاني
            # الرئيس"
            and t.word(i + 1) is not None
            and not t.tokens[i + 1].key.startswith("ال")
            and _body_within(t, i + 2, ORG_HEAD)
        )
        # (or a rare bare family name, then a definite role in a known body: "بودريقة الرئيس السابق
        # للرجاء")
        bare_family = (
            t.word(i) is not None
            and not t.definite(i)
            and not t.hits.get(i, {}).keys() - {FAMILY}
            and zipf(token.text) < RARE_ZIPF
            and _ARABIC_LETTERS.fullmatch(token.text) is not None
            and not _darija_verb(t, i)  # "كيشغل الكاتب العام": a verb and its subject
            and not (token.key[0] in "وف" and zipf(token.text[1:]) >= 3.0)  # "وأشادت المديرة": "and", a verb
            and t.word(i + 1) is not None
            and (
                # a definite role in a known body, or a role's head in construct with a body: "أمسكان
                # رئيس اللجنة التحضيرية"
                (t.tokens[i + 1].key.startswith("ال") and _body_within(t, i + 2))
                # (a name the name data knows as a family name: Darija verbs are rare words too)
                or (
                    FAMILY in t.hits.get(i, {})
                    and (r := t.hit(i + 1, ROLE)) is not None
                    and not r.clitic
                    and t.hit(r.end, ORG, ORG_HEAD) is not None
                )
            )
        )
        nisba_family = nisba_family or bare_family
        if not (token.key in t.lex.figure_last_words or nisba_family) or token.key in ORDINALS or i in name_ends:
            continue
        given = None if t.stop(i - 1) else t.hit(i - 1, GIVEN, AMBIGUOUS_GIVEN)  # not "على"
        role = None if given and not given.clitic else t.role_after(i + 1)
        # a definite role ("الناطق الرسمي", "وزير الدولة"), not Darija "رونالدو والي حرم المغرب"
        head = i + 1 + (i + 1 < len(t.tokens) and t.tokens[i + 1].text in ",،")
        definite = (t.word(head) is not None and t.tokens[head].key.startswith("ال")) or t.definite(head + 1)
        # (or "للوزير الفردوس", "الوزير الفردوس": a definite title right before it; not "للملك
        # الحسن الثاني", a king's name with its ordinal, nor "المدرب سعيد بالأداء", a common word)
        ordinal = i + 1 < len(t.tokens) and t.tokens[i + 1].key in ORDINALS
        titled = not ordinal and given is None and zipf(token.text) < DEFINITE_COMMON_ZIPF
        titled = titled and token.key in t.lex.figure_last_words
        if role is not None and (definite or nisba_family):
            add(i, i + 1, role)
        elif titled and (title := _title_before(t, i)) is not None:
            add(i, i + 1, title)
    for i in t.starting(SPEECH_VERB):  # "وقال كارلو أنشيلوتي إن …": the speaker follows the verb
        verb = t.hit(i, SPEECH_VERB)
        j = _speaker_end(t, verb.end)
        j = j if j > verb.end else _speaker_with_role(t, verb.end)
        j = j if j > verb.end else _described_speaker(t, verb.end)
        if j == verb.end or not _conjunction_only(t, verb):
            continue
        tails = {" ".join(key.split()[verb.end - j :]) for key in found}  # "أيت الطالب" after "خالد أيت الطالب"
        if t.key_span(verb.end, j) not in tails:
            add(verb.end, j, None)
    for i, j, naming in _quoted_names(t):  # "رجل صيني سميتو “تشانج”", "الملقب ب”مول الفوقية”"
        # "كيفن زولير جيرفوس، الملقب ب”عبد الله”": right after a name, that person's nickname
        person = name_ends.get(naming - (t.tokens[naming - 1].text in ",،"))
        if person is not None:
            aliases[t.key_span(i, j)] = person
        else:
            add(i, j, None)
    for i in t.starting(LIST_OPENER):  # "بحضور كل من كريم بنزيما ولوكا مودريتش وتوني كروس"
        opener = t.hit(i, LIST_OPENER)
        if _conjunction_only(t, opener):
            credit = t.key_span(i, opener.end, opener.clitic) in t.lex.credits
            for start, end, clitic in _opened_list(t, opener.end, credit):
                add(start, end, None, clitic)
    in_names = {k for i, j in spans for k in range(i, j)}
    for i, j in _comma_foreign_names(t):  # "أسطورة الجاز، راندي ويستون، اللي": a foreign name between commas
        if in_names.isdisjoint(range(i, j)):
            add(i, j, None)
    for i, j in _ben_names(t) + _al_names(t):  # "بن الدرقاوي", "تركي آل الشيخ": Maghrebi and Gulf names
        if in_names.isdisjoint(range(i, j)):
            add(i, j, None)
    for i, j in _succeeded_names(t):  # "خلفا لشيغيرو إيشيبا.": the predecessor, a foreign name
        if in_names.isdisjoint(range(i, j)):
            add(i, j, None, 1)
    for i, j in _aged_names(t):  # "بريندون ماتشين 39 عام": a name and the person's age
        if in_names.isdisjoint(range(i, j)):
            add(i, j, None)
    for i, j, clitic in _listed_people(t, spans):
        add(i, j, None, clitic)
    in_names = {k for a, b in spans for k in range(a, b)}
    for i, j, clitic in _relatives(t, found, in_names):
        add(i, j, None, clitic)
    _drop_family_then_word(t, found, aliases)
    return _mentions(t, found, aliases)


def _drop_family_then_word(t: _Text, found: dict[str, tuple[str, str | None]], aliases: dict[str, str]) -> None:
    """Forget two-word names that open with the family name of another person found in the
    article and go on with a word no name list has: "بدر هاري … وخسر هاري الكومبا،" is Badr Hari
    and Darija "the fight", so "هاري" is left to name him ("مريم حسين" and "حسين الجسمي" both
    stay: "الجسمي" is a family name)."""
    families = {key.split()[-1] for key in found if " " in key}
    for key in list(found):
        first, *rest = key.split()
        if len(rest) != 1 or first not in families or key in aliases.values():
            continue
        if first != rest[0] and not _listed_as(t, rest[0], FAMILY, GIVEN, AMBIGUOUS_GIVEN, FIGURE):
            del found[key]


def _relatives(t: _Text, found: dict[str, tuple[str, str | None]], taken: set[int]) -> list[tuple[int, int, int]]:
    """A given name right before the family name of a person found in the article is a name too,
    of a relative or a namesake ("خالد الجامعي … ولدو بوبكر الجامعي", "حمودة الجامعي"):
    (tokens from, to, clitic) of each."""
    families = {key.split()[-1] for key in found if " " in key and len(key.split()[-1]) >= 3}
    names = []
    for i in t.starting(GIVEN):
        given = t.hit(i, GIVEN)
        j = given.end
        if (
            j < len(t.tokens)
            and (given.entry.bearers is None or t.attested(given))
            and not t.common(i, COMMON_ZIPF)  # "انتخاب", "مرات", "بيت": a noun before the name
            and t.tokens[j].key in families
            and taken.isdisjoint(range(i, j + 1))
            and _conjunction_only(t, given)
            and not t.stop(i)
            and not _word_before_name(t, given)
        ):
            names.append((i, j + 1, given.clitic))
    return names


def _with_pronoun(key: str) -> bool:
    """A word (search form) of four letters or more ending in a possessive pronoun ("امها",
    "راجلها"): a noun and its owner, no name."""
    return len(key) >= 4 and key.endswith(_PRONOUN_SUFFIXES)


@lru_cache(maxsize=4096)
def _as_given(entry: Entry) -> Entry:
    """The entry read as a plain given name (for where the name ends)."""
    return replace(entry, kind=GIVEN)


def _ben_names(t: _Text) -> list[tuple[int, int]]:
    """The word "بن" alone before a definite family name rare with and without its article ("بن
    الدرقاوي"): how Moroccan text names a man by his family; not a place ("بن سليمان") nor a
    common noun. (tokens from, to) of each."""
    found = []
    for k in t.positions("بن"):
        if k + 1 >= len(t.tokens) or t.hits.get(k + 1, {}).keys() - {FAMILY}:
            continue
        rare = _rare_definite(t, k + 1, RARE_ZIPF) and article_zipf(t.tokens[k + 1].text[2:]) < RARE_NAME_ZIPF
        if rare and not (k > 0 and t.hits.get(k - 1, {}).keys() & NAMES):  # not inside "محمد بن الحسن"
            found.append((k, k + 2))
    return found


def _al_names(t: _Text) -> list[tuple[int, int]]:
    """A given name, "آل" (the house of) and a definite word: a Gulf name ("تركي آل الشيخ"), even
    when the given name is a word too ("تركي", Turkish). (tokens from, to) of each."""
    found = []
    for k in t.positions("ال"):  # "آل" (the house of), and "ال" written apart
        if not 0 < k < len(t.tokens) - 1 or t.tokens[k].text != "آل" or not t.definite(k + 1) or t.hit(k + 1, LOC, ORG):
            continue
        given = t.hit(k - 1, GIVEN, AMBIGUOUS_GIVEN)
        if given is not None and given.end == k and not given.clitic:
            found.append((given.start, k + 2))
    return found


def _succeeded_names(t: _Text) -> list[tuple[int, int]]:
    """A foreign name after "خلفا ل" (succeeding), two or three rare words never written with the
    article closing the clause: "خلفا لشيغيرو إيشيبا." (tokens from, to; the first has the ل)."""
    found = []
    for k in t.positions("خلفا"):
        i = k + 1
        word = t.word(i)
        if word is None or word.key[:1] != "ل" or not _foreign_given(word.text[1:]) or t.hits.get(i):
            continue
        j = i + 1
        while j < min(i + 3, len(t.tokens)) and _unknown_words(t, j, j + 1) and not t.hits.get(j, {}).keys() - {FAMILY}:
            j += 1
        if j > i + 1 and t.boundary(j):
            found.append((i, j))
    return found


def _aged_names(t: _Text) -> list[tuple[int, int]]:
    """Names of two or three rare words set off by a comma and followed by an age ("…، بريندون
    ماتشين 39 عام،", "…، X Y (35 سنة)"): (tokens from, to) of each. Without the comma the words
    before an age are as often a verb ("تما كيعيشو 12 عام": "there they live 12 years")."""
    if not _AGE.search(t.joined):
        return []  # most articles give no age
    found = []
    for k, token in enumerate(t.tokens[:-1]):
        if not token.key.isdigit() or t.tokens[k + 1].key not in _AGE_WORDS:
            continue
        end = k - 1 if k > 0 and t.tokens[k - 1].text in "(،," else k
        start = end
        while start > 0 and end - start < 3 and _list_word(t, start - 1) and not _and_clitic(t, start - 1):
            start -= 1
        if end - start >= 2 and start > 0 and t.tokens[start - 1].text in ",،":
            found.append((start, end))
    return found


NAMES = frozenset((GIVEN, AMBIGUOUS_GIVEN, FAMILY))  # hits a word of a person's name may have


def _bare_word(t: _Text, k: int) -> bool:
    """Token k is a word, no stopword, that starts nothing but a name (no place, role, body), or a
    known name read whole ("كمالي", not "ك" + "مالي")."""
    return t.word(k) is not None and not t.stop(k) and (not t.hits.get(k, {}).keys() - NAMES or t.known_name(k))


def _comma_foreign_names(t: _Text) -> list[tuple[int, int]]:
    """Foreign names set off by commas ("…، راندي ويستون، …"): a given name never written with the
    article, then one or two rare or foreign words, or two rare words before a verb of saying;
    (tokens from, to) of each."""
    found = []
    for i in t.starting(GIVEN):
        given = t.hit(i, GIVEN)
        if i == 0 or t.tokens[i - 1].text not in ",،" or given.clitic or given.end != i + 1:
            continue
        if not _foreign_given(t.tokens[i].text):
            continue
        j = i + 1
        while j < min(i + 3, len(t.tokens)) and _bare_word(t, j):
            word = t.tokens[j].text
            # "و" and a name or a word starts something else; "ويستون" is Weston
            coordinated = _and_clitic(t, j) and (t.hit(j, GIVEN, AMBIGUOUS_GIVEN) or zipf(word[1:]) >= RARE_ZIPF)
            if not (_rare_words(t, j, j + 1) or _foreign_given(word)) or coordinated:
                break
            j += 1
        if j > i + 1 and j < len(t.tokens) and t.tokens[j].text in ",،":
            found.append((i, j))
    # "…، خوانما مورينو، قال": two rare words between commas, then a verb of saying
    for c in t.positions(",", "،"):
        if c + 4 < len(t.tokens) and t.tokens[c + 3].text in ",،" and SPEECH_VERB in t.hits.get(c + 4, {}):
            # the family name may be a namesake city's, which needs a cue anyway ("مورينو")
            place = t.hit(c + 2, LOC)
            family = _bare_word(t, c + 2) or (place is not None and _ambiguous_place(t, place))
            family = family and not t.definite(c + 2) and zipf(t.tokens[c + 2].text) < COMMON_ZIPF
            given = _bare_word(t, c + 1) and not t.definite(c + 1) and zipf(t.tokens[c + 1].text) < RARE_ZIPF
            if given and family:
                found.append((c + 1, c + 3))
    return found


def _foreign_after_nationality(t: _Text, i: int, j: int) -> int:
    """End of a foreign name in tokens i..j, right after a nationality adjective (and where the
    person serves) ending a title or role: two or three rare or foreign words, the first a
    foreign given name, whatever follows ("المدرب الإسباني بيب غوارديولا بأداء لاعبه", "السفير الروسي بالرباط
    فاليريان شوفاييف أوراق اعتماده"); i when there is none."""
    nationality = i - 1 - (i > 1 and t.locative(i - 1))  # "السفير الأمريكي بالرباط بونيت تالوار"
    # (or the country itself: "سفير الولايات المتحدة بالرباط بونيت تالوار")
    served = nationality >= 0 and (t.nationality(nationality) or _place_ending_at(t, nationality + 1))
    # (a foreign given name, or one the reviewed list has: "الإيفواري فرانك كيسييه")
    # (in Standard Arabic: "المصري محمد حماقي جوج ديال" is Darija's "two")
    reviewed = i < len(t.tokens) and not t.darija and (g := t.hit(i, GIVEN)) is not None and not g.clitic
    reviewed = reviewed and g.entry.bearers is None
    if not served or i >= len(t.tokens) or not (_foreign_given(t.tokens[i].text) or reviewed):
        return i
    # (a place's name closing the clause is a family name too: "الممثل المريكاني خواكين فينيكس،";
    # so is a family name people bear, however common a word: "الرئيس اللبناني جوزاف عون،")
    closing_place = t.hit(i + 1, LOC) is not None and t.boundary(i + 2)
    family = t.hits.get(i + 1, {}).get(FAMILY)
    closing_family = family is not None and not family.clitic and t.boundary(i + 2)
    end = next((k for k in range(i + 1, j) if not _foreign_name_words(t, k, k + 1)), j)  # "أرانتشا غونزاليس"
    if (closing_place or closing_family) and end < i + 2:
        end = i + 2
    # "الرابور المغربي طوطو يوشم": a word in ي- after the name is its verb
    verb = _verb_inside(t, i + 1, end)
    # (or the first word is one, a verb of the يتفعّل/يستفعل forms or any known by its other persons:
    # "والي جهة مراكش آسفي يترأس اجتماعا", "رئيس الوزراء الفلسطيني يزور جنين", "… الكندية تزور الرباط")
    verb = verb or t.tokens[i].key.startswith(("يت", "يست")) or _present_verb(t.tokens[i].text)
    return end if end - i >= 2 and not verb else i


_EAST_ASIAN = frozenset(("صين", "يابان", "كور", "تايوان", "فيتنام"))  # nationality stems (search form)
_COMPASS_ADJECTIVES = frozenset(("الجنوبي", "الجنوبيه", "الشمالي", "الشماليه"))  # "الكوري الجنوبي"
# Function words a short syllable of an East Asian name must not be, as written (not folded: "آن"
# is a name, "أن" a particle)
_PARTICLES = ("في", "من", "على", "عن", "إلى", "الى", "مع", "أو", "ثم", "قد")
_FUNCTION_WORDS = frozenset((*_PARTICLES, "لا", "ما", "هو", "هي", "أن", "إن", "لم", "لن", "كل"))


def _east_asian_name(t: _Text, i: int) -> int:
    """End of a name of two or three short syllables right after an East Asian nationality, then
    the clause's end, a stopword, a definite word or a preposition and a noun ("الكورية الجنوبية
    آن سي يونغ ببطولة", "الصينية وانغ تشي يي بشوطين"); i when there is none."""
    before = i - 1 - (i > 1 and t.tokens[i - 1].key in _COMPASS_ADJECTIVES)
    key = t.tokens[before].key
    if not (key.startswith(("ال", "وال")) and nationality_stem(key.removeprefix("و")) in _EAST_ASIAN):
        return i
    # the nationality names the person: after a title or role, a verb or a preposition, not as a
    # noun's adjective ("السلطات الكورية ترى")
    noun = before > 0 and t.definite(before - 1) and t.tokens[before - 1].key not in _AGAINST
    # (a role with the article the lists have without it is one too: "الزعيم الكوري الشمالي")
    role = noun and _listed_as(t, t.tokens[before - 1].key.removeprefix("ال"), ROLE)
    if noun and not (role or t.hit(before - 1, ROLE, OCCUPATION, HONORIFIC)):
        return i
    end = i
    while end < len(t.tokens) and end - i < 3:
        word = t.word(end)
        # ("هو" is "he", but a third syllable before a comma: "المخرج الكوري بونغ جون هو،")
        ho = word is not None and word.text == "هو" and end - i == 2 and t.boundary(end + 1)
        if word is None or len(word.text) > 5 or (word.text in _FUNCTION_WORDS and not ho) or t.definite(end):
            break
        if _ARABIC_LETTERS.fullmatch(word.text) is None or t.hit(end, LOC, ORG, ROLE, OCCUPATION):
            break
        end += 1
    closed = t.boundary(end) or t.stop(end) or t.definite(end) or t.tokens[end].key[0] in "بل"
    return end if end - i >= 2 and closed else i


def _foreign_pair(t: _Text, i: int) -> bool:
    """Tokens i, i+1 are a first word seldom used as a word (however often a list says it takes the
    article) and a foreign family name, then the clause's end, a stopword or a preposition and a
    noun: "كوكو غوف بمجموعتين", "دالتون سميث بالضربة"."""
    first, second = t.word(i), t.word(i + 1)
    if first is None or second is None or t.definite(i) or t.hits.get(i, {}).keys() - {FAMILY, GIVEN, LOC}:
        return False
    if zipf(first.text) >= FOREIGN_NAME_ZIPF or article_zipf(first.text) >= LIST_ARTICLE_ZIPF:
        return False
    if _clitic_word(first.text, AMBIGUOUS_ZIPF) or t.hits.get(i + 1, {}).keys() - {FAMILY}:
        return False
    closed = t.boundary(i + 2) or t.stop(i + 2) or t.tokens[i + 2].key[0] in "بل"
    return closed and not t.definite(i + 1) and _foreign_name_words(t, i + 1, i + 2)


def _li_name(t: _Text, i: int) -> int:
    """End of a Chinese or Korean name opening with "لي" (Li, Lee; also "to me") after a title or
    role, in Standard Arabic: a word never written with the article, maybe one more short one, then
    the clause's end or what was said ("لي تشين.", "لي تشانغ لين،"); i when there is none."""
    if t.darija or i + 1 >= len(t.tokens) or t.tokens[i].key != "لي":
        return i
    first = t.word(i + 1)
    if (
        first is None
        or t.definite(i + 1)
        or t.hits.get(i + 1, {}).keys() - {FAMILY}
        or zipf(first.text) >= AMBIGUOUS_ZIPF
        or article_zipf(first.text) >= FOREIGN_ARTICLE_ZIPF
    ):
        return i
    end = i + 2
    second = t.word(end)
    if (
        second is not None
        and len(second.key) <= 4
        and not t.definite(end)
        and not t.hits.get(end, {}).keys() - {FAMILY}
    ):
        end += 1  # "لي تشانغ لين"
    return end if t.boundary(end) or t.reported(end) else i


def _said_or_counted(t: _Text, j: int) -> bool:
    """After a title, a name can end at a verb of saying ("الممثل دواين جونسون قال") or a figure
    ("المغنية بيونسي بـ127 مليون متابع")."""
    return j < len(t.tokens) and (SPEECH_VERB in t.hits.get(j, {}) or _COUNT.match(t.tokens[j].key) is not None)


def _place_ending_at(t: _Text, k: int) -> bool:
    """A known place (of up to three words, no clitic) ends right before token k."""
    return any((p := t.hit(s, LOC)) is not None and p.end == k and not p.clitic for s in range(max(0, k - 3), k))


def _conjunction_only(t: _Text, hit: _Hit) -> bool:
    """The hit has no clitic but "و" or "ف" ("وقال", "فمثل"; not "بمثل", "لكل من")."""
    return hit.clitic == 0 or (hit.clitic == 1 and t.tokens[hit.start].key[0] in "وف")


def _speaker_end(t: _Text, i: int) -> int:
    """End of a speaker's name right after a verb of saying: two to four words that open like a
    name (a given name, a known name or a foreign-looking word) and end the clause or come before
    "أن"/"إن" ("وقال كارلو أنشيلوتي إن"). i when there is none ("وقال مصدر مطلع", "وأكد بلاغ")."""
    token = t.word(i)
    if token is None or t.stop(i) or t.definite(i) or not _list_word(t, i):
        return i
    given = t.hit(i, GIVEN, AMBIGUOUS_GIVEN)
    if given is not None and given.clitic:
        return i
    if given is None and not (t.known_name(i) or _foreign_given(token.text)):
        return i
    if given is None and (t.prepositional(i, "بل") or token.key.endswith("ته") or _with_pronoun(token.key)):
        return i  # "قال لكود سابقا": "told Goud before"; "وكشفت طليقته هند …": "his ex-wife"
    j = t.name_end(i, given)
    if j == i and given is None and _foreign_single(t, i) and zipf(token.text) < RARE_ZIPF and t.reported(i + 1):
        return i + 1  # "وقال رامافوزا إن": one foreign word, in Standard Arabic
    closed = t.reported(j) or (j < len(t.tokens) and t.tokens[j].text in ",،.:")
    if j - i < 2 or not (closed or _foreign_then_object(t, i, j)):
        return i
    return j


def _nationality_after(t: _Text, j: int) -> bool:
    """Token j is a nationality adjective that describes the name before it, not the title of a
    name after it ("كلشي كان فرحان حتا البرازيلي كافو")."""
    if not t.national_adjective(j):
        return False
    if j + 1 >= len(t.tokens):
        return True
    return t.hit(j + 1, GIVEN, AMBIGUOUS_GIVEN, FIGURE) is None and not _foreign_given(t.tokens[j + 1].text)


def _foreign_name_then_object(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j after a title or role: a foreign given name and foreign words, then in
    Standard Arabic a stopword, a noun with its pronoun or any common word, the verb's object
    ("مديرة الصندوق كريستالينا غورغييفا قد زارت", "المبعوثة الأممية هانا تيتيه الأطراف")."""
    foreign = j - i >= 2 and _foreign_given(t.tokens[i].text) and _foreign_name_words(t, i + 1, j)
    foreign = foreign and not _present_verb(t.tokens[i].text)  # "رئيس الفيفا يشيد بجاهزية"
    # (nor a word in ي- after the first: "الرابور المغربي طوطو يوشم ذراعه", a verb)
    if not foreign or _verb_inside(t, i + 1, j):
        return False
    # ("زعيم الحزب لارس كلينغبايل منصب نائب المستشار": the foreign words' rarity ends the name)
    common = not t.darija and t.common(j, COMMON_ZIPF) and not t.known_name(j)
    return _foreign_then_object(t, i, j) or common


def _verb_inside(t: _Text, i: int, j: int) -> bool:
    """A word in ي- among tokens i..j that no one bears: a verb, no part of a foreign name
    ("الرابور المغربي طوطو يوشم ذراعه")."""
    return any(t.tokens[k].key.startswith("ي") and not t.known_name(k) for k in range(i, j))


def _foreign_then_object(t: _Text, i: int, j: int) -> bool:
    """In Standard Arabic, tokens i..j are foreign words never written with the article, and a
    stopword or a noun with its pronoun follows: the speaker, then the verb's object ("وأعلن تشاك
    شومر رفضه", "وشدد أوليسيغون أوباسانجو على")."""
    return (
        not t.darija
        and j < len(t.tokens)
        and (t.stop(j) or _with_pronoun(t.tokens[j].key) or _verbal_noun_with_his(t.tokens[j].text))
        and all(article_zipf(tok.text) < FOREIGN_ARTICLE_ZIPF for tok in t.tokens[i:j])
    )


def _unknown_words(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j are rare words seldom written with the article, no clitic and a word: the
    rest of a name no list has ("بامبا ليفكير")."""
    return all(
        (word := t.word(k)) is not None
        and zipf(word.text) < RARE_NAME_ZIPF
        and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF
        and not _clitic_word(word.text, 3.0)
        for k in range(i, j)
    )


def _foreign_words(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j are uncommon words never written with the article, no clitic and a word: a
    foreign name ("أندرا براديش")."""
    return all(
        (word := t.word(k)) is not None
        and not _clitic_word(word.text, 3.0)  # not "بمدينة", "وتونس"
        and zipf(word.text) < COMMON_ZIPF
        and article_zipf(word.text) == 0
        and _ARABIC_LETTERS.fullmatch(word.text) is not None
        for k in range(i, j)
    )


def _verbal_noun_with_his(word: str) -> bool:
    """A common noun with "his" in ه ("رفضه", "دعمه", "قلقه"): the noun is common with the article."""
    return len(word) >= 4 and word.endswith("ه") and article_zipf(word[:-1]) >= COMMON_ZIPF


def _described_speaker(t: _Text, i: int) -> int:
    """End of a speaker named by a given name alone and described right after it: "وقال عبد الله،
    وهو تاجر في السوق، إن …", "وتقول فاطمة (45 سنة)"، "وقال أحمد (اسم مستعار) إنه …", "وقالت سعاد،
    ربة بيت، إن …": the people of a report; i when there is none."""
    given = t.hit(i, GIVEN)
    if given is None or given.clitic or not (given.entry.bearers is None or t.sure_given(given)):
        return i
    j = given.end
    if j + 1 >= len(t.tokens):
        return i
    opener, first = t.tokens[j].text, t.tokens[j + 1].key
    if opener == "(":  # an age or "a borrowed name" in brackets
        inside = " ".join(tok.key for tok in t.tokens[j + 1 : j + 5])
        return j if _AGE.search(inside) or inside.startswith("اسم مستعار") else i
    if opener not in ",،":
        return i
    if first in ("وهو", "وهي") or _AGE.search(t.key_span(j + 1, min(j + 3, len(t.tokens)))):
        return j
    # a short description set off by commas, then what the speaker said
    close = next((k for k in range(j + 2, min(j + 6, len(t.tokens))) if t.tokens[k].text in ",،"), None)
    return j if close is not None and t.reported(close + 1) else i


def _speaker_with_role(t: _Text, i: int) -> int:
    """End of a speaker's name right after a verb of saying and before a comma and the speaker's
    role, whatever its words ("قالت اعتماد متواضع، مديرة المستشفى"): two or three words; i when
    there is none."""
    # a given name, or a word less common than "مصدر مسؤول" (a source, not a name)
    if (
        t.word(i) is None
        or t.definite(i)
        or not (t.hit(i, GIVEN, AMBIGUOUS_GIVEN) or zipf(t.tokens[i].text) < SOURCE_ZIPF)
    ):
        return i
    for j in (i + 2, i + 3):
        if j + 1 >= len(t.tokens) or t.tokens[j].text not in ",،":
            continue
        role = t.hit(j + 1, ROLE)
        words = all(
            t.word(k)
            and not t.stop(k)
            and not (k == i and t.prepositional(k, "بل"))  # "قال لكود"; not "أرانتشا لايا"
            and not _frequent_word(t.tokens[k].text)
            and not t.hit(k, LOC, ORG, ORG_HEAD, ROLE, HONORIFIC, OCCUPATION)
            for k in range(i, j)
        )
        if role is not None and not role.clitic and words:
            return j
    return i


def _opened_list(t: _Text, k: int, credit: bool = False) -> list[tuple[int, int, int]]:
    """The items of a list of people right after its opener at token k, each two to four name
    words, joined by "و" or commas; (tokens from, to, clitic) of each. The list ends at the first
    item that is no name ("كل من المغرب وفرنسا" lists no one). After a ``credit`` ("إخراج") the
    first item is read as the later ones are."""
    items = []
    while k < len(t.tokens):
        clitic = _and_clitic(t, k) if items else 0
        given = t.hit(k, GIVEN, AMBIGUOUS_GIVEN)  # "كريم بنزيما": a given name that is a word too
        end = k + 1 if given and given.clitic == clitic and not t.stop(k) and not t.definite(k) else k
        while end < len(t.tokens) and end - k < MAX_NAME_TOKENS and _list_word(t, end, clitic if end == k else 0):
            if end > k and _and_clitic(t, end):
                break  # "بنزيما ولوكا": "و" starts the next item
            end += 1
        item_end = _item_end(t, end) or t.stop(end) or _and_name(t, end, set())
        if ((items and clitic) or (credit and not items)) and given and given.clitic == clitic and not item_end:
            # "بطولة كل من أسامة البسطاوي وعادل أبا تراب ونادية كوندة": in a list under way, after
            # "و" and a given name the family name's words may be words too, up to the next item
            end = given.end
            while end < len(t.tokens) and end - k < MAX_NAME_TOKENS and _bare_word(t, end) and not _and_clitic(t, end):
                end += 1
            item_end = end > given.end and (_item_end(t, end) or t.stop(end) or _and_name(t, end, set()))
        if end - k < 2 or not item_end:
            break
        items.append((k, end, clitic))
        k = end
        while k < len(t.tokens) and t.tokens[k].text in _LIST_SEPARATORS:
            k += 1
        if k < len(t.tokens) and not _and_clitic(t, k) and k == end:
            break  # the list goes on only after "و" or a comma
    return items


def _reviewed_given_inside(t: _Text, start: int, j: int) -> _Hit | None:
    """A reviewed given name inside the name read at start..j right after a role's head, the words
    before it rare and no names: those words name what the role is of ("رئيس اومنيوم كولتورال
    جوردي كويكسارت"), and the person's name starts at the given name."""
    for k in range(start + 1, j):
        given = t.hit(k, GIVEN)
        if given is not None and given.entry.bearers is None and not given.clitic:
            words = range(start, k)
            if all(zipf(t.tokens[m].text) < RARE_NAME_ZIPF and not t.hits.get(m) for m in words):
                return given
            return None
    return None


def _noun_with_his(word: str) -> bool:
    """A noun in teh marbuta with "his": a common one ("حياته" is "حياة" + ه) or an abstract one
    in -ية ("جاهزيته", "مسؤوليته"); not a name that ends so ("مارك روته")."""
    if len(word) < 4 or not word.endswith("ته"):
        return False
    return (word.endswith("يته") and len(word) >= 6) or zipf(word[:-2] + "ة") >= COMMON_ZIPF


# Prepositions and adverbs of place and time that take a pronoun (search form): "خلاله", "عليه", "لديها"
_TAKES_PRONOUN = PREPOSITIONS | {"خلال", "عند", "لدي", "فوق", "تحت", "ضد", "بعد", "قبل", "امام", "وراء", "علي"}


def _pronoun_object(key: str) -> bool:
    """A preposition or an adverb with a pronoun (search form): "صادق خلاله" is "approved during
    it", no name."""
    return any(key.endswith(suffix) and key[: -len(suffix)] in _TAKES_PRONOUN for suffix in ("هما", "هم", "ها", "ه"))


def _noun_with_our(word: str) -> bool:
    """A common noun with "our" ("سيدنا", "بلادنا"); not a name that ends so ("مارينا", "لينا")."""
    return len(word) >= 5 and word.endswith("نا") and article_zipf(word[:-2]) >= COMMON_ZIPF


@lru_cache(maxsize=65536)
def _present_verb(word: str, persons: str = "يت") -> bool:
    """A verb in the present or future, known by its other persons: "تستعمل" (يستعمل), "يتكرر"
    (تتكرر), "سيعود" (يعود); in Darija "I" too (``persons`` "يتن": "ندير"). A name in ي-/ت- has
    no such twin ("توفيق", "تبون")."""
    if len(word) < 4 or article_zipf(word) > 1.5:  # (a trace with the article is noise: "التعيش")
        return False
    stem = word[1:] if word.startswith("س") and word[1:2] in ("ي", "ت") else word
    if stem[0] not in persons:
        return False
    future = stem != word and zipf(stem) >= COMMON_ZIPF
    return future or zipf(("ت" if stem[0] == "ي" else "ي") + stem[1:]) >= 3.0


@lru_cache(maxsize=65536)
def _present_in_ya(word: str) -> bool:
    """A verb in the present with "he", known by its other persons ("يقيل": تقيل, نقيل, أقيل;
    not "يوليا", "يحيى"), or of the يتفعّل or يستفعل forms ("يترأس"), never written with the article."""
    if not word.startswith("ي") or len(word) < 4 or article_zipf(word) > 0:
        return False
    return word.startswith(("يت", "يست")) or all(zipf(person + word[1:]) >= 2.0 for person in "تنأ")


@lru_cache(maxsize=65536)
def _darija_his(key: str) -> bool:
    """A word (search form) in -و that is a common word before it: Darija "his" on a noun
    ("راسو", "مراتو") or "they" on a verb ("طلقو"; "تمناو" of "تمنى", its final ى written ا);
    not "بينو" (Pinault), whose stem is a particle."""
    stem = key[:-1]
    common = zipf(stem) >= COMMON_ZIPF or (stem.endswith("ا") and zipf(stem[:-1] + "ى") >= COMMON_ZIPF)
    return common and light_form(stem) not in lexicon().stopwords and stem not in PREPOSITIONS


def _darija_verb(t: _Text, i: int) -> bool:
    """Token i is a Darija verb in the present: "ك" and the verb's prefix ("كيتسناو", "كتقول"), in
    a text with Darija in it, or one with a known verb or a Darija ending ("كتهاجم", "كيحاكموه");
    not "كيرشنر" or "كينيدي" in Standard Arabic."""
    token = t.word(i)
    if token is None:
        return False
    # "كاتمثل", "كايقول": the same with "كا", a verb known after it ("تمثل"; not "كاتبة")
    if t.darija and token.key.startswith(("كات", "كاي", "كان")) and len(token.key) >= 6:
        return zipf(token.text[2:]) >= 3.0
    if not token.key.startswith(("كت", "كي", "كن")) or len(token.key) < 5:
        return False
    family = t.hits.get(i, {}).get(FAMILY)
    if family is not None and family.clitic == 0:
        return False  # a family name that people bear
    return t.darija or zipf(token.text[1:]) >= RARE_ZIPF or token.key.endswith(("و", "وه", "وها", "ش"))


def _relative_named(t: _Text, i: int) -> tuple[int, int] | None:
    """The name right after a relative ("زوجته سلمى", "ومراتو ميگان ماركل", "وولدهم أرتشي لي"), at
    token i: a reviewed or sure given name, with a known or rare family name, or alone where the
    clause ends or a verb or a relative pronoun follows. (start, end) or None."""
    given = t.hit(i, GIVEN, AMBIGUOUS_GIVEN)
    if given is None or given.clitic or not (given.entry.bearers is None or t.sure_given(given)):
        # "مع بنتها سيليا على صفحتها": a given name the name data knows, rare as a word and never
        # written with the article, alone (not a Darija verb: "ومراتو يگلسو")
        # (or, in Standard Arabic, a foreign one no list has: "رفقة زوجته ميلانيا وابنه بارون."; in
        # Darija a rare word there is as often a verb: "ومراتو يگلسو", "ولدو طيح")
        word = t.word(i)
        named = given is not None and not given.clitic and given.end == i + 1
        foreign = (
            not t.darija and word is not None and _foreign_given(word.text) and not t.hits.get(i, {}).keys() - {FAMILY}
        )
        foreign = given is None and foreign and not t.prepositional(i, "وبلفك")
        named = named or foreign
        alone = named and _bare_word(t, i) and word is not None and (t.boundary(i + 1) or t.stop(i + 1))
        alone = alone or (named and word is not None and t.name_closed(i + 1))
        # (a foreign name never written with the article may be as frequent as a word: "دوريا")
        rare = word is not None and zipf(word.text) < (AMBIGUOUS_ZIPF if foreign else RARE_NAME_ZIPF)
        if alone and rare and article_zipf(word.text) == 0 and not t.not_a_name_word(i):
            return i, i + 1
        return None
    family = given.end
    after = family + 1
    closed = t.boundary(after) or t.stop(after) or _and_clitic(t, after) or t.name_closed(after)
    # (not a preposition and a noun, "للحبس", nor a plural, "بريئين")
    word = t.word(family)
    rare = word is not None and zipf(word.text) < RARE_NAME_ZIPF and not t.darija_in(family)
    rare = rare and not t.prepositional(family, "بلك") and not word.key.endswith(("ين", "ات"))
    # (in Standard Arabic a foreign family name, then the verb's object: "أضاف زميله لويس سواريز الهدف")
    foreign = word is not None and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF and zipf(word.text) < AMBIGUOUS_ZIPF
    foreign = foreign and not t.darija and not t.prepositional(family, "بلك") and not t.hits.get(family)
    named = (closed and (t.known_name(family) or rare)) or (foreign and t.definite(after))
    if named and not t.not_a_name_word(family, after_reviewed=True, last=True):
        return i, after
    if t.boundary(family) or t.stop(family) or t.name_closed(family) or _darija_past(t, family):
        return i, family
    kin = t.hit(family, OCCUPATION)  # "رفقة زوجته ميلانيا وابنه بارون": "و" and the next relative
    if (
        kin is not None
        and kin.clitic == 1
        and _and_clitic(t, family)
        and search_form(kin.entry.canonical) in t.lex.relatives
    ):
        return i, family
    word = t.word(family)
    if word is not None and word.key[:1] in "بل" and zipf(word.text[1:]) >= COMMON_ZIPF:
        return i, family  # "مع ختها ابتسام بكفالة": a preposition and a common noun after the name
    return None


def _darija_past(t: _Text, i: int, endings: tuple[str, ...] = ("ات", "و")) -> bool:
    """Token i is a Darija verb in the past (in a text with Darija in it), by default with "she" or
    "they": "خرجات", "قالو" ("خرج", "قال" are verbs); with "we", ("نا",): "سولنا"."""
    token = t.word(i)
    ending = next((e for e in endings if token is not None and token.key.endswith(e)), None)
    if ending is None or not t.darija or t.definite(i):
        return False
    stem = token.text[: -len(ending)]
    return len(stem) >= 3 and zipf(stem) >= 3.0


def _accusative(word: str) -> bool:
    """An indefinite noun in the accusative ("عرضا", "قرارا"): the word without its final alef is
    clearly the commoner word, and a noun ("ماريا", "رضا", "ستيفانيا" are names)."""
    stem = word[:-1]  # a noun, so common with the article too (not "ستيفاني" of "ستيفانيا")
    return word.endswith("ا") and article_zipf(stem) >= COMMON_ZIPF and zipf(stem) > zipf(word) + 0.3


def _title_role(t: _Text, i: int) -> _Hit | None:
    """A one-word definite role right before a given name, used as a title after another role:
    "وزير الخارجية السعودي الأمير فيصل بن فرحان" (the minister is a prince); not a nisba right
    after a role's head, its adjective."""
    role = t.hit(i, ROLE)
    if role is None or role.end != i + 1 or not t.definite(i) or t.hit(i + 1, GIVEN, AMBIGUOUS_GIVEN) is None:
        return None
    if i > 0 and t.hit(i - 1, ROLE) and _nisba(t.tokens[i].key):
        return None  # "النائب البرلماني رشيد حموني": an adjective of the role before, not a title
    return role


def _place_given(t: _Text, start: int, role_end: int) -> _Hit | None:
    """A place that people carry as a given name, right after a role that ends with a nationality,
    read as the given name: "رئيسة الوزراء الإيطالية جورجيا ميلوني"."""
    place = t.hit(start, LOC)
    if place is None or place.clitic or role_end == 0 or not t.nationality(role_end - 1):
        return None
    if t.tokens[start].key not in t.lex.place_given_names:
        return None
    return _Hit(start, start + 1, 0, Entry(GIVEN, t.tokens[start].text, 1, None))


def _nisba(key: str) -> bool:
    """A definite adjective of the nisba form (search form): "الحكومي", "السياحي"."""
    return key.startswith("ال") and key.endswith("ي")


def _rare_definite(t: _Text, i: int, rare: float = RARE_NAME_ZIPF) -> bool:
    """Token i is a definite word rare without its article: a family name ("الليموري")."""
    return t.definite(i) and t.tokens[i].key.startswith("ال") and zipf(t.tokens[i].text[2:]) < rare


def _definite_plural(key: str) -> bool:
    """A definite sound plural (search form): "المواطنين", "المهنيين", "الجماعات"."""
    return key.startswith("ال") and key.endswith(("ين", "ات"))


def _name_words(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j are rare words or words people bear as names ("كارين جان بيير")."""
    return _rare_words(t, i, j) or all(t.hits.get(k, {}).keys() & {GIVEN, FAMILY} for k in range(i, j))


def _rare_words(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j are rare words, known names or name particles: a foreign name ("خوان كارلوس
    فيرنانديز") more likely than a verb and its object ("سيوجه خطابا", "وأعيد انتخابه")."""
    return all(
        t.tokens[k].key in t.lex.name_links or zipf(t.tokens[k].text) < RARE_NAME_ZIPF or t.known_name(k)
        for k in range(i, j)
    )


def _foreign_name_words(t: _Text, i: int, j: int) -> bool:
    """Tokens i..j are rare words or words never written with the article, as a foreign family
    name is however often the press writes it ("مونتيرو", "بيريز"); not a clitic and a known body
    or place ("لدورتموند")."""
    return all(
        (_rare_words(t, k, k + 1) or _foreign_given(t.tokens[k].text))
        and not ((named := t.hit(k, ORG, LOC)) is not None and named.clitic)
        for k in range(i, j)
    )


def _field_end(t: _Text, end: int) -> int:
    """A role's field after "في", when a comma and a name follow it: "كاتب الدولة في الأمن
    الإسباني، رافاييل بيريز،". Without the name "في" more often starts where or when ("مدرب
    المنتخب في الندوة الصحافية"), and the role ends before it."""
    if end >= len(t.tokens) or t.tokens[end].light != "في" or t.hit(end + 1, LOC):
        return end
    body = t.hit(end + 1, ORG, ORG_HEAD)  # (or a body named in construct: "القيادي في حركة حماس")
    if not t.definite(end + 1) and (body is None or body.clitic):
        return end
    field = _org_end(t, end + 1) if body else t.complement_end(end + 1, MAX_ROLE_TOKENS, stop_at_locative=True)
    if field >= len(t.tokens) or t.tokens[field].text not in ",،":
        return end
    given = t.hit(field + 1, GIVEN, AMBIGUOUS_GIVEN)
    named = t.name_end(field + 1, given) > field + 1 or _apposed_name(t, field + 1) > field + 1
    return field if named else end


def _mister_and_family(t: _Text, title: _Hit, start: int) -> bool:
    """After "السيد"/"السيدة", a word no list has as a given name and a definite family name rare with
    and without its article, then the clause's end, a stopword or a role: "السيد خطيب الهبيل
    واليا"."""
    word = t.word(start)
    family = start + 1
    return (
        t.tokens[title.start].key in ("السيد", "السيده")
        and start == title.end
        and word is not None
        and not (t.stop(start) or t.definite(start) or t.hits.get(start, {}).keys() - {FAMILY})
        and _rare_definite(t, family, RARE_ZIPF)
        and zipf(t.tokens[family].text) < RARE_ZIPF
        and not t.hits.get(family, {}).keys() - {FAMILY}
        and (t.boundary(family + 1) or t.stop(family + 1) or t.hit(family + 1, ROLE) is not None)
    )


def _rank(t: _Text, i: int) -> _Hit | None:
    """A rank at token i ("اللواء", "الجنرال"): a title before a name, not another occupation."""
    rank = t.hit(i, OCCUPATION)
    word_rank = rank is None and i < len(t.tokens) and t.tokens[i].key in t.lex.word_ranks
    if word_rank and (given := t.hit(i + 1, GIVEN)) is not None and not given.clitic:
        # "الفريق إبراهيم جابر": the rank, not "the team", before a name
        return _Hit(i, i + 1, 0, Entry(OCCUPATION, t.tokens[i].text, 1, None))
    return rank if rank is not None and search_form(rank.entry.canonical) in t.lex.ranks else None


def _apposed_name(t: _Text, i: int) -> int:
    """End of a name set off by commas after a role ("رئيس مجلس النواب، راشيد الطالبي العلمي،"),
    whatever its words: an unknown first word, then family words, two or three in all, then
    punctuation. i when there is none."""
    first = t.word(i)
    if first is None or t.definite(i) or _frequent_word(first.text):
        return i
    # "عامل إقليم تارودانت، مبروك ثابت،": a given name and one word between commas, whatever it means
    given = t.hit(i, GIVEN)
    closed = i + 2 < len(t.tokens) and t.tokens[i + 2].text in ",،"
    two_words = given is not None and not given.clitic and given.end == i + 1 and closed and t.word(i + 1)
    # (a definite word only as a family name people bear: "، خليل الحية،")
    definite = t.definite(i + 1) and FAMILY not in t.hits.get(i + 1, {})
    if two_words and not (t.stop(i + 1) or definite or t.not_a_name_word(i + 1, last=True)):
        return i + 2
    # "مدير المكتب، حبوب الشرقاوي،": one word, whatever it means, and a known nisba family name
    family = t.hits.get(i + 1, {}).get(FAMILY) if closed else None
    nisba = family is not None and not family.clitic and family.end == i + 2 and _nisba(t.tokens[i + 1].key)
    if nisba and t.definite(i + 1) and not (t.stop(i) or t.nationality(i + 1) or t.hits.get(i, {}).keys() - NAMES):
        return i + 2
    # "مدرب الوداد الرياضي، موكوينا،": one foreign word, rare and never with the article
    if t.boundary(i + 1) and i + 1 < len(t.tokens) and t.tokens[i + 1].text in ",،" and _foreign_single(t, i):
        return i + 1
    if not _list_word(t, i):
        return i
    j = i + 1
    while j < len(t.tokens) and j - i < 3 and t.word(j) and not t.stop(j):
        if not (_list_word(t, j) or (t.definite(j) and (zipf(t.tokens[j].text) < COMMON_ZIPF or t.hit(j, FAMILY)))):
            return i
        j += 1
    return j if j - i >= 2 and t.boundary(j) and j < len(t.tokens) and t.tokens[j].text in ",،." else i


def _listed_people(t: _Text, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Names listed next to a name found: "…، والوزراء السابقون راؤول روميفا، وخواكيم فورن،
    ودولورز باسا". An item of two to four rare words, set off by commas or "و" on both sides,
    next to a person (or to another such item) is a person too: lists of signatories, ministers,
    players. (tokens from, to, clitic) of each new item."""
    named = {k for i, j in spans for k in range(i, j)}
    givens = {t.tokens[i].key for i, _ in spans}
    found = set(spans)
    seen = set(spans)
    queue = list(spans)
    listed = []
    while queue:
        i, j = queue.pop()
        for item in (_item_after(t, j, givens), _item_before(t, i)):
            if item is None or (item[0], item[1]) in seen:
                continue
            seen.add((item[0], item[1]))
            queue.append((item[0], item[1]))  # the list goes on past it either way
            start, end, clitic = item
            inner = named.intersection(range(start, end))
            # new tokens only, or a name found ("دانيال ماركيز") after "و" and a known given name
            # ("، وخوسيه دانيال ماركيز،"): the item is the whole name
            extends = clitic and (start + 1, end) in found and t.hit(start, GIVEN) is not None
            if not inner or (extends and min(inner) == start + 1):
                named.update(range(start, end))
                listed.append(item)
    return listed


def _and_clitic(t: _Text, i: int) -> int:
    """1 when token i starts with the conjunction و ("وخواكيم"), not a name starting with it ("وليد")."""
    key = t.tokens[i].key
    if not key.startswith("و") or len(key) < 4:
        return 0
    whole = t.hits.get(i, {})
    return 0 if any(whole[kind].clitic == 0 for kind in (GIVEN, FAMILY) if kind in whole) else 1


def _list_word(t: _Text, i: int, clitic: int = 0) -> bool:
    """Token i may be part of a listed name: a known name, or a rare word that starts nothing else."""
    if t.word(i) is None or t.stop(i) or any(ch.isdigit() for ch in t.tokens[i].key):
        return False
    if t.hit(i, LOC, ORG, ORG_HEAD, QUOTED_ORG_HEAD, ROLE, HONORIFIC, OCCUPATION, AREA_HEAD, FACILITY_HEAD, EVENT_HEAD):
        return False
    if t.known_name(i):
        return True
    given = t.hit(i, GIVEN, AMBIGUOUS_GIVEN)
    if clitic and given is not None and given.clitic == clitic and given.entry.bearers is None:
        return True  # "والمهدي عشتاوي": "and" and a reviewed given name, with its article too
    word = t.tokens[i].text[clitic:]
    if _with_pronoun(fold(word)):
        return False  # "اختها لمياء": "her sister"
    if len(word) >= 6 and word[0] in "بلف" and _verbal_noun_with_his(word[1:]):
        return False  # "، رضا أسماعيل، بتصديه لركلتين": a preposition and a verbal noun with "his"
    if word.startswith("ال") or zipf(word) >= FOREIGN_NAME_ZIPF or article_zipf(word) >= LIST_ARTICLE_ZIPF:
        return False
    return not _clitic_word(word, 3.0)  # "فختام", "لسيئول": a clitic and a word or a place


def _item_end(t: _Text, k: int) -> bool:
    """A list item may end before token k: punctuation, the text's end, or "و" and another item."""
    return t.boundary(k) or (_and_clitic(t, k) == 1 and _list_word(t, k, 1))


def _item_after(t: _Text, j: int, givens: set[str]) -> tuple[int, int, int] | None:
    """The list item after a name ending at token j: "، X Y" or "، وX Y", ending as an item does.
    Without the comma the item must be "و" and a given name (`_and_name`), and punctuation must
    follow it ("… وجوسيب رول وجوردي تورول.", "جو بايدن وكامالا هاريس،"): "ومراتو ميگان …"
    (Darija "and his wife Meghan") and "واقيلة انتحرت" ("and maybe she killed herself") are
    phrases."""
    k = j
    while k < len(t.tokens) and t.tokens[k].text in _LIST_SEPARATORS:
        k += 1
    if k >= len(t.tokens):
        return None
    if k == j and not _and_name(t, k, givens):
        return None
    clitic = _and_clitic(t, k)
    # (in Standard Arabic, "و" and a sure given name, then a name people bear, may end before the
    # next such item: "عمر لطفي وهيثم مفتاح وسعاد حسني.")
    given = t.hit(k, GIVEN) if k == j and not t.darija else None
    sure = given is not None and given.clitic == clitic and t.sure_given(given)
    end = k
    while end < len(t.tokens) and end - k < MAX_NAME_TOKENS:
        borne = sure and (end == k or (end == k + 1 and FAMILY in t.hits.get(end, {})))
        if not (_list_word(t, end, clitic if end == k else 0) or borne):
            break
        if end > k and _and_clitic(t, end):
            break  # "بوسكيت وإنييستا": "و" starts the next item
        end += 1
        if end - k < 2:
            continue
        if sure and (t.boundary(end) or _and_name(t, end, givens)):
            return k, end, clitic
        if t.boundary(end) if k == j else _item_end(t, end):
            return k, end, clitic
    return _comma_item(t, k) if k > j else None


def _comma_item(t: _Text, k: int) -> tuple[int, int, int] | None:
    """A list item between commas that opens with a sure given name, whatever words follow, up to
    four in all ("، سيدي محمد الجماني،", "سيدي" being part of the name). Read only next to a name."""
    start = k + 1 if k < len(t.tokens) and t.place_prefix(k) else k  # "سيدي محمد"
    given = t.hit(start, GIVEN, AMBIGUOUS_GIVEN)
    if given is None or given.clitic or t.stop(start):
        return None  # "، على غرفة الجنايات": the preposition, not the name "علي"
    if not t.sure_given(given) and given.entry.bearers is not None:
        return None
    end = given.end
    while end < len(t.tokens) and end - k < MAX_NAME_TOKENS and t.word(end) and not t.stop(end):
        end += 1
    if end - given.end < 1 or end >= len(t.tokens) or t.tokens[end].text not in ",،.":
        return None
    return k, end, 0


def _and_full_name(t: _Text, given: _Hit) -> bool:
    """``given`` (after "و") is a reviewed given name, then a known family name with the article
    closes the clause or the person's role follows: "وأيوب الكعبي." is a person however the list
    before it reads, so is "وسعاد الكتاني عميدة لكلية الطب"; or a rare word, then the person's
    nationality: "ومحمد جراية المغربي ربح". (A sure compound given name will do too: "… ولطيفة
    رأفت وعبد الوهاب الدكالي.")"""
    compound = given.end - given.start > 1 and t.sure_given(given)
    if (given.entry.bearers is not None and not compound) or given.entry.kind != GIVEN:
        return False
    family = given.end
    hit = t.hits.get(family, {}).get(FAMILY)
    if (
        hit is not None
        and not hit.clitic
        and t.definite(family)
        and (t.boundary(family + 1) or ((role := t.hit(family + 1, ROLE)) is not None and not role.clitic))
    ):
        return True
    return _unknown_words(t, family, family + 1) and _nationality_after(t, family + 1)


def _and_reviewed_given(t: _Text, k: int) -> bool:
    """Token k is "و" and a given name from the reviewed list ("وفاطمة"; not "وديما", "and always")."""
    if k >= len(t.tokens) or not _and_clitic(t, k):
        return False
    given = t.hit(k, GIVEN, AMBIGUOUS_GIVEN)
    return given is not None and given.entry.bearers is None


def _and_role(t: _Text, k: int) -> bool:
    """Token k is "و" and a role ("ورئيس كينيا"): another person follows."""
    role = t.hit(k, ROLE) if k < len(t.tokens) else None
    return role is not None and role.clitic == 1 and t.tokens[k].key.startswith("و")


def _and_name(t: _Text, k: int, givens: set[str]) -> bool:
    """Token k is "و" and a given name: a known one, one that starts a name found (``givens``), or
    a foreign one ("وكامالا"), not a noun with a pronoun ("وراجلها", "وختها": her husband, sister)."""
    if not _and_clitic(t, k):
        return False
    word = t.tokens[k].key[1:]
    if t.hit(k, GIVEN, AMBIGUOUS_GIVEN) or word in givens:
        return True
    return _foreign_given(t.tokens[k].text[1:]) and not word.endswith(_PRONOUN_SUFFIXES)


def _item_before(t: _Text, i: int) -> tuple[int, int, int] | None:
    """The list item before a name starting at token i: "X Y، NAME" or "X Y وNAME"."""
    end = i
    if not _and_clitic(t, i):
        while end > 0 and t.tokens[end - 1].text in _LIST_SEPARATORS:
            end -= 1
        if end == i:
            return None
    start = end
    while start > 0 and end - start < MAX_NAME_TOKENS:
        clitic = _and_clitic(t, start - 1)
        if not _list_word(t, start - 1, clitic):
            break
        start -= 1
        if clitic:
            break  # "وخواكيم فورن": "و" starts the item
    clitic = _and_clitic(t, start) if start < end else 0
    if end - start < 2 or not (clitic or (start > 0 and t.tokens[start - 1].text in _LIST_SEPARATORS)):
        return None
    return start, end, clitic


@lru_cache(maxsize=65536)
def _foreign_with_waw(word: str) -> bool:
    """A foreign name that starts with و ("ويليامز", "واتسون"): what follows the و is hardly a word,
    and the whole is hardly ever written with the article."""
    return zipf(word[1:]) < 1.5 and article_zipf(word) < 1.0 and len(word) >= 5


def _object_after_foreign_name(t: _Text, given: _Hit, j: int) -> bool:
    """In Standard Arabic, a reviewed foreign given name and one rare word, then a definite noun
    or a preposition and a noun: the verb's subject, then its object ("وأدلى فريدريش ميرتس
    بتصريحات", "وهاجم إيلون ماسك الحكومة"); in Darija a rare word there is as often a verb."""
    family = given.end
    word = t.word(family)
    return (
        not t.darija
        and given.entry.bearers is None
        and given.entry.kind == GIVEN
        and not given.clitic
        and j == family + 1
        and word is not None
        and not t.definite(family)
        and zipf(word.text) < RARE_NAME_ZIPF
        and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF
        and (t.definite(j) or t.prepositional(j, "بل"))
    )


@lru_cache(maxsize=65536)
def _foreign_given(word: str) -> bool:
    """A given name never written with the article and not a frequent word ("جوليان", "راؤول"; not
    "أما", "لولا", "أراد", nor "بأية", "لعيد": a preposition and a word)."""
    if word.endswith("ته"):
        return False  # "كعادته", "طليقته": a noun and its owner
    if word[:1] in "لبوفك" and article_zipf(word[1:]) >= AMBIGUOUS_ZIPF:
        return False  # "لإنتاج": a preposition and a common noun
    return article_zipf(word) == 0 and zipf(word) < FOREIGN_NAME_ZIPF and not _clitic_word(word, AMBIGUOUS_ZIPF)


@lru_cache(maxsize=65536)
def _frequent_word(word: str) -> bool:
    """Too frequent, and never with the article, to be an unknown name: a verb or a particle."""
    return zipf(word) >= FOREIGN_NAME_ZIPF and article_zipf(word) == 0


@lru_cache(maxsize=65536)
def _clitic_word(word: str, threshold: float, margin: float = 1.0) -> bool:
    """After a clitic the word reads as a word this common, and ``margin`` commoner than the token
    read whole: "فختام" is ف + "ختام"; "كروس" (Kroos) and "كلفن" (Kelvin) are names, not ك + a word."""
    whole = zipf(word)
    least = whole + margin if whole < FOREIGN_NAME_ZIPF else threshold  # a frequent token: "بسبب" is ب + "سبب"
    return any(n and zipf(stem) >= max(threshold, least) for n, stem in _variants(fold(word)))


def _adjective(t: _Text, i: int) -> bool:
    """Token i, a common definite word after a title, qualifies it: no given name ("العالمية"), a
    very rare one ("الكبير"), or a rare one with a given name after it (not "البشير السكيرج")."""
    hit = t.hit(i, GIVEN, AMBIGUOUS_GIVEN)
    if hit is None:
        return True
    if hit.entry.bearers is None:  # a reviewed given name ("المهدي")
        return False
    if hit.entry.bearers < ADJECTIVE_GIVEN_BEARERS:  # "الممثل الكبير ميكي رورك"
        return True
    return hit.entry.bearers < RARE_GIVEN_BEARERS and t.hit(i + 1, GIVEN, AMBIGUOUS_GIVEN) is not None


def _adjective_not_name(t: _Text, given: _Hit) -> bool:
    """``given`` is a common definite word that almost nobody bears as a given name ("الكبير": 3
    people), or a very common one ("الإسلام"): it qualifies what comes before, and starts no name."""
    bearers = given.entry.bearers
    rare = bearers is not None and bearers < ADJECTIVE_GIVEN_BEARERS
    # (or any such word as common as "الإسلام", borne as the end of "سيف الإسلام")
    frequent = bearers is not None and t.common(given.start, DEFINITE_COMMON_ZIPF)
    # (or a nationality right after a plain definite noun: "تقرير آفاق الاقتصاد العربي الصادر"; not
    # after a title: "الفنان العربي بن مبارك")
    i = given.start
    adjective = t.nationality(i) or t.tokens[i].key in t.lex.regional_adjectives  # "العربي", "الأوروبي"
    national = i > 0 and adjective and t.definite(i - 1) and not t.hits.get(i - 1, {}).keys() - {FAMILY}
    rare_or_frequent = (rare or frequent) and t.common(i, COMMON_ZIPF)
    return (rare_or_frequent or national) and not given.clitic and t.definite(i)


def _bare_given(t: _Text, i: int) -> bool:
    """Token i is a given name without a clitic: a name starting after it starts mid-name."""
    hit = t.hit(i, GIVEN)
    return hit is not None and not hit.clitic and not t.stop(i) and not _word_before_name(t, hit)


def _word_before_name(t: _Text, given: _Hit) -> bool:
    """``given`` is a common noun or a frequent verb that few people bear, and a sure given name
    follows: the name starts after it ("انتخاب فوزي لقجع", "وطالب عمر حياني", "أدى رودريغو باز")."""
    word = t.tokens[given.start].key[given.clitic :]
    if given.entry.bearers is None or given.entry.bearers >= RARE_GIVEN_BEARERS or len(word) < 3:
        return False  # "أم كلثوم", "سي محمد": short words that belong to the name
    # (not a kunya: "أبو نعيم")
    frequent = zipf(t.tokens[given.start].text[given.clitic :]) >= FOREIGN_NAME_ZIPF and word not in ("ابو", "ام")
    if word.startswith("ال") or not (t.common(given.start, COMMON_ZIPF) or frequent):
        return False
    following = t.hit(given.end, GIVEN)
    return (
        following is not None
        and not following.clitic
        and t.sure_given(following)
        # "عيد ميلاد": a phrase of two nouns; "طالب عمر بلافريج": a reviewed given name is a name
        and (following.entry.bearers is None or not t.common(following.start, COMMON_ZIPF))
    )


def _name_before(t: _Text, comma: int) -> int | None:
    """Start of a two-word name (three with a given name or a joiner) right before a comma, or None."""
    for start in (comma - 3, comma - 2):
        if start < 0:
            continue
        given = t.hit(start, GIVEN, AMBIGUOUS_GIVEN)
        if start == comma - 3 and not (given or t.tokens[start + 1].key in t.lex.joiners):
            continue
        if start == comma - 3 and given and given.clitic and t.hit(start + 1, GIVEN):
            continue  # "وطالب عمر حياني، مستشار": a word with a clitic, then the name
        if t.name_end(start, given if given and given.end <= comma else None) == comma:
            return start
    return None


def _mentions(t: _Text, found: dict[str, tuple[str, str | None]], aliases: dict[str, str]) -> list[Entity]:
    """All mentions of the found people: full names anywhere, family names used alone, and the
    nicknames ``aliases`` gives (a nickname's key -> its bearer's key in ``found``)."""
    by_key: dict[str, tuple[str, str | None]] = dict(found)
    joiners = t.lex.joiners
    for name_key in found:  # "نبيل بنعبد الله" is the "محمد نبيل بنعبد الله" of the same article
        # (not "ليلى الحديوي" of "إيناس بنت ليلى الحديوي": the mother)
        size = len(name_key.split())
        longer = [k for k in found if k.endswith(" " + name_key) and k.split()[-size - 1] not in joiners]
        # (and "ولد الغزواني" of "محمد ولد الشيخ الغزواني": the joiner and the last word; "فيصل بن
        # فرحان" of "فيصل بن فرحان بن عبد الله": the lineage cut short)
        first, *rest = name_key.split()
        if not longer and first in joiners and len(rest) == 1:
            longer = [k for k in found if k != name_key and f" {first} " in f" {k} " and k.endswith(" " + rest[0])]
        # (a given name alone with a title too, its lineage found: "الملك سلمان" of "الملك سلمان بن
        # عبد العزيز")
        lineage = []
        if not longer and (rest or found[name_key][1] is not None):
            lineage = [k for k in found if k.startswith(name_key + " ") and k.split()[size] in joiners]
            longer = lineage
        # (or its first and last words, the father's name left out: "صدام حفتر" of "صدام خليفة حفتر")
        if not longer and len(rest) == 1:
            longer = [k for k in found if len(k.split()) == 3 and k.split()[0] == first and k.split()[-1] == rest[0]]
        if (rest or lineage) and len(longer) == 1:
            name, role = found[longer[0]]
            by_key[name_key] = (name, role or found[name_key][1])
    family: dict[str, list[str]] = {}
    for name_key in found:
        family.setdefault(name_key.split()[-1], []).append(name_key)
    for last, keys in family.items():
        full = [key for key in keys if key != last]
        # "لقلالش" alone, found after a title too, is "حبيبة لقلالش" of the same article; a definite
        # one only when found as a name itself ("الصحافي الحسناوي"), for it is often a word
        # (or one seldom a word: "البحري" of "سفيان البحري" is "maritime" too, "الداودي" is no word)
        seldom_word = len(full) == 1 and article_zipf(found[full[0]][0].split()[-1]) < COMMON_ZIPF
        if len(full) == 1 and len(last) >= 3 and (not last.startswith("ال") or last in found or seldom_word):
            name, role = found[full[0]]
            by_key[last] = (name, role or found.get(last, (None, None))[1])
    for name_key in found:  # "الطالبي العلمي", "آيت الطالب": the last two words of a longer name
        words = name_key.split()
        pair = " ".join(words[-2:])
        if len(words) >= 3 and not _listed_as(t, pair, GIVEN, AMBIGUOUS_GIVEN):  # not "عبد الله" of "محمد عبد الله"
            by_key.setdefault(pair, found[name_key])
    by_key.update((nickname, found[person]) for nickname, person in aliases.items())
    # "بنكيران" alone: a public figure's family name (alone or after "و"). Which bearer is meant
    # the article does not say, so the canonical name is the word itself.
    # (not one that ends a name found here: "بن سلمان" is then that "محمد بن سلمان")
    last_two = {" ".join(k.split()[-2:]) for k in found}
    not_figures = family.keys() | by_key.keys() | last_two  # the article's own names come first
    longest = max((len(k.split()) for k in by_key), default=1)
    starts = {form for k in by_key for form in _clitic_forms(k.split()[0])}  # token keys a mention starts with
    firsts = t.lex.figure_family_firsts
    # tokens a mention may start at; the others are passed over without a look
    words = t.vocabulary
    candidates = t.positions(*(words & (starts | firsts) | {w for w in words if w[:1] == "و" and w[1:] in firsts}))
    mentions: list[Entity] = []
    covered = 0  # tokens before this are in a mention already
    for i in candidates:
        if i < covered:
            continue
        token_key = t.tokens[i].key
        size, clitic = _figure_family_at(t, i, not_figures)
        if size and t.tokens[i].key.startswith("ال") and _after_common_noun(t, i):
            size = 0  # "العهد العثماني": an adjective of the noun before it, not "العثماني" the figure
        if size:  # "الطالبي العلمي", "وبنكيران"
            given = _given_before(t, i, covered)
            if given is not None:  # "وعبد العلي حامي الدين": a given name before it, the full name
                text, start, end = t.span(given.start, i + size, given.clitic)
                mentions.append(Entity("PERSON", text, text, None, start, end))
                covered = i + size
                continue
            text, start, end = t.span(i, i + size, clitic)
            # "الحموشي" is written "حموشي" too: one canonical name for both
            bare = text.removeprefix("ال")
            canonical = bare if bare != text and search_form(bare) in t.lex.figure_families else text
            mentions.append(Entity("PERSON", text, canonical, None, start, end))
            covered = i + size
            continue
        if token_key not in starts:
            continue
        matched = None
        # (a stopword alone is no mention, "على" (on) of "مولاي علي"; with the rest of the name
        # it is: "صباح خالد الحمد الصباح")
        for size in range(longest, 1 if t.stop(i) else 0, -1):
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
            covered = i + size
    return mentions


def _after_common_noun(t: _Text, i: int) -> bool:
    """Token i follows a definite common noun that is no title ("العهد", not "الوزير"): a word with
    the article there is its adjective."""
    before = i - 1
    return (
        before >= 0
        and t.definite(before)
        and t.common(before, COMMON_ZIPF)
        and not t.hit(before, ROLE, HONORIFIC, OCCUPATION, LOC, ORG)
    )


def _given_before(t: _Text, i: int, covered: int) -> _Hit | None:
    """A reviewed given name that ends right before token i and starts at or after ``covered``."""
    for k in (i - 2, i - 1):
        given = t.hit(k, GIVEN) if k >= covered and not t.stop(k) else None  # not "على بنكيران"
        if given is not None and given.end == i and given.entry.bearers is None:
            return given
    return None


def _figure_family_at(t: _Text, i: int, excluded: set[str]) -> tuple[int, int]:
    """(tokens, clitic) of a figure's family name at token i, alone or after "و", unless it is one
    of ``excluded``; (0, 0) when none starts there."""
    families = t.lex.figure_families
    first = t.tokens[i].key
    firsts = t.lex.figure_family_firsts
    if first not in firsts and not (first[:1] == "و" and first[1:] in firsts):
        return 0, 0  # the common case, decided without building keys
    for size in (2, 1):
        if i + size > len(t.tokens):
            continue
        key = first if size == 1 else f"{first} {t.tokens[i + 1].key}"
        if key in families and key not in excluded:
            return size, 0
        if key[:1] == "و" and key[1:] in families and key[1:] not in excluded:
            return size, 1
    return 0, 0


def _listed_as(t: _Text, key: str, *kinds: str) -> bool:
    """The words (search form) are listed as one of ``kinds``: a given name ("عبد الله"), a
    facility's head ("متحف")."""
    entries = t.lex.automaton.get(key + " ", (None, (), False))[1]
    return any(entry.kind in kinds for entry in entries)


def _lexicon_entities(t: _Text) -> list[Entity]:
    """Places and known organizations; a place name that is also a common word needs a cue."""
    found = []
    for i in t.starting(LOC, ORG):
        place = t.hit(i, LOC)
        for kind in (LOC, ORG):
            hit = t.hit(i, kind)
            if not hit:
                continue
            if kind == LOC and _ambiguous_place(t, hit) and not _place_cue(t, hit):
                continue
            if kind == LOC and (_noun_with_his_not_place(t, hit) or _work_title(t, i) or _accusative_nisba(t, hit)):
                continue
            if kind == ORG and search_form(hit.entry.canonical) in t.lex.clubs_needing_a_cue and not _about_sport(t, i):
                continue  # "حقق النصر": victory, not the club
            # "العاصمة السعودية": a country named as its adjective is one after a feminine noun
            adjective = kind == LOC and not hit.clitic and i > 0 and t.nationality(i) and t.definite(i - 1)
            if adjective and t.tokens[i].key.endswith("يه") and t.tokens[i - 1].key.endswith("ه") and hit.end == i + 1:
                continue
            # "(و)كورونا", a word of its own, is no "like Verona" (as "كتونس" is "such as Tunisia")
            like = kind == LOC and hit.clitic and t.tokens[i].key[hit.clitic - 1] == "ك"
            if like and zipf(t.tokens[i].text[hit.clitic - 1 :]) >= 3.0:
                continue
            if kind == ORG and place is not None and place.end == hit.end and t.locative(i):
                continue  # "القنصل العام في برشلونة": the city the club is named after
            clitic = 0 if t.tokens[i].key.startswith("لل") else hit.clitic  # keep both lams visible
            if kind == LOC and _club_of_city(t, hit):
                # "مع مارسيليا الفرنسي": a city takes a feminine adjective; a masculine one names its club
                text, start, end = t.span(i, hit.end + 1, clitic)
                found.append(Entity(ORG, text, t.span(i, hit.end, hit.clitic)[0], None, start, end))
                continue
            end = hit.end
            country = t.hit(end, LOC) if kind == ORG else None
            if country is not None and not country.clitic and country.entry.canonical in t.lex.countries:
                end = country.end  # "هواوي المغرب": the company's branch in that country, named so
            canonical = hit.entry.canonical
            if kind == ORG and _currency(t, i, hit):
                continue
            society = kind == ORG and t.key_span(i, hit.end, hit.clitic) in t.lex.national_societies
            if society and t.nationality(end):
                end += 1  # "الهلال الأحمر الفلسطيني": a national society, a body of its own
                canonical = t.span(i, end, hit.clitic)[0]
            text, start, end = t.span(i, end, clitic)
            found.append(Entity(kind, text, canonical, None, start, end))
    return found


def _currency(t: _Text, i: int, hit: _Hit) -> bool:
    """ "الريال" as money, not Real Madrid: after "صرف" or "سعر", or before a nationality ("سعر
    صرف الريال", "الريال اليمني")."""
    if t.tokens[i].key[hit.clitic :] != "الريال" or hit.end != i + 1:
        return False
    return (i > 0 and t.tokens[i - 1].key in ("صرف", "سعر")) or t.nationality(hit.end)


def _work_title(t: _Text, i: int) -> bool:
    """Token i opens a quoted title after a work's noun ("رواية “جبل الزمرد”"): a book, a film, a
    song, not the place it is named after."""
    if i < 2 or t.tokens[i - 1].text not in _OPEN_QUOTES + _CLOSE_QUOTES:
        return False
    key = t.tokens[i - 2].key
    # with its owner: "روايتها" (her novel), "فيلمه" (his film)
    owned = {re.sub(r"ت(ها|ه|هم)$", "ه", key), re.sub(r"(ها|هم|ه)$", "", key)}
    return any(stem in _WORKS for word in owned | {key} for _, stem in _variants(word))


def _noun_with_his_not_place(t: _Text, place: _Hit) -> bool:
    """A one-word place in "-ة" written in "-ه", a common noun and "his": "لم يحسم تأهله" (his
    qualifying) is not the town of Tahla."""
    word = t.tokens[place.start].text[place.clitic :]
    one_word = place.end == place.start + 1
    return one_word and word.endswith("ه") and place.entry.canonical.endswith("ة") and _verbal_noun_with_his(word)


def _club_of_city(t: _Text, place: _Hit) -> bool:
    """A city (no country) followed by a masculine nationality adjective: its football club
    ("مارسيليا الفرنسي", "إشبيلية الإسباني"); the city itself would take "الفرنسية"."""
    after = place.end + 1
    return (
        t.national_adjective(place.end)
        and t.tokens[place.end].key.endswith("ي")
        and place.entry.canonical not in t.lex.countries
        # not inside a club's known name ("ريال مدريد الإسباني"), nor before more adjectives of a
        # person ("“بيدوفيل” فاس الفرنسي الخمسيني")
        and not any((o := t.hit(k, ORG)) and o.end >= place.end for k in range(max(0, place.start - 2), place.start))
        and not (t.word(after) and _nisba(t.tokens[after].key))
        # (nor the adjective of a place's head before it: "منتجع دافوس السويسري")
        and not (place.start > 0 and t.hit(place.start - 1, FACILITY_HEAD, AREA_HEAD) is not None)
    )


def _sure_place(t: _Text, i: int) -> bool:
    """Token i starts a known place that is no common word or name too ("الرباط", not "يوتا")."""
    place = t.hit(i, LOC)
    return place is not None and not _ambiguous_place(t, place)


def _ambiguous_place(t: _Text, hit: _Hit) -> bool:
    """The place, or the spelling of it the text uses ("البيضاء" for الدار البيضاء), is also a word."""
    spelled = t.key_span(hit.start, hit.end, hit.clitic)
    if hit.end - hit.start > 1 and search_form(hit.entry.canonical) != spelled:
        return spelled in t.lex.ambiguous_places  # "جمهورية مالي": the state's name says it is the place
    return search_form(hit.entry.canonical) in t.lex.ambiguous_places or spelled in t.lex.ambiguous_places


def _place_cue(t: _Text, hit: _Hit) -> bool:
    """'بالجديدة', 'في مالي', 'مدينة الجديدة', or next to another place: this is the place."""
    i = hit.start
    token = t.tokens[i].text
    if hit.clitic and t.tokens[i].key[0] == "ك":
        return False  # "من كواليس": "backstage", not "like" and Wallis
    # Darija writes "in" as ف: "فالمضيق" (in MSA "ف" is "so")
    prepositions = "بلف" if t.darija else "بل"
    if hit.clitic and t.tokens[i].key[hit.clitic - 1] in prepositions and zipf(token) < zipf(token[hit.clitic :]):
        return True  # "بالجديدة", but not "بيوتا" (houses), a word of its own
    previous = t.word(i - 1)
    relative = t.darija and previous is not None and previous.text == "الي"  # Darija "who", not "إلى"
    compass = previous is not None and previous.key in t.lex.compass_points and not hit.clitic
    if (
        previous
        and not relative
        and (previous.key in PREPOSITIONS or previous.key in ("ل", "ب", "ف") or t.hit(i - 1, AREA_HEAD) or compass)
    ):
        return True  # "في مالي", "ل الصويرة" (a clitic typed apart), "مدينة الجديدة", "شمال مالي"
    # next to another place, or one comma or dash away: "آسفي والجديدة", "الجديدة، آسفي", "الرباط-سلا";
    # not "الطوبيسات الجديدة ديال كازا" ("the new buses of Casablanca")
    near = [i - 1, hit.end]
    near += [
        j
        for j, between in ((i - 2, i - 1), (hit.end + 1, hit.end))
        if 0 <= between < len(t.tokens) and t.tokens[between].text in _LIST_SEPARATORS | _DASHES | {"و"}
    ]
    neighbours = (t.hit(j, LOC) for j in near if 0 <= j < len(t.tokens))
    # (a neighbour right before after a preposition of its own ends a phrase: "جوج دالصبليون كانو";
    # "وكولورادو ويوتا", "بالرباط وسلا" are lists)
    listed = hit.clitic and t.tokens[i].key[0] == "و"
    return _dateline(t, hit) or any(
        n
        and search_form(n.entry.canonical) not in t.lex.ambiguous_places
        and not (n.start == i - 1 and n.clitic and t.tokens[i - 1].key[0] != "و" and not listed)
        for n in neighbours
    )


def _dateline(t: _Text, hit: _Hit) -> bool:
    """The place opens a paragraph and a dash or a bracket follows, maybe after the day, as wire
    copy opens: "طرابلس - جدد …", "باريس (أ ف ب) - …", "عمان 23 تشرين الثاني (بترا) - …"."""
    return _dateline_mark(t, hit) is not None


def _dateline_mark(t: _Text, hit: _Hit) -> int | None:
    """Where the dash or the bracket after a dateline's place (and its day) stands."""
    opens = hit.start == 0 or (t.word(hit.start - 1) is None and "\n" in t.tokens[hit.start - 1].text)
    if hit.clitic or not opens:
        return None
    mark = _past_day(t, hit.end)
    after = t.tokens[mark].text if mark < len(t.tokens) else ""
    return mark if after in _DASHES or after == "(" else None


def _past_day(t: _Text, i: int) -> int:
    """Past "23 تشرين الثاني" or "في 5 مايو 2025" at i, or i when no day stands there."""
    keys = [token.key for token in t.tokens[i : i + 6]]
    k = 1 if keys[:1] == ["في"] else 0
    if k >= len(keys) or not keys[k].isdigit():
        return i
    month = next((width for width in (2, 1) if " ".join(keys[k + 1 : k + 1 + width]) in MONTH_OF), 0)
    if not month:
        return i
    k += 1 + month
    return i + k + (k < len(keys) and keys[k].isdigit())


def _named_places(t: _Text) -> list[Entity]:
    """Places introduced by their kind: 'مدينة باري', 'إقليم الحوز', 'مطار محمد الخامس'."""
    found = []
    linking = t.lex.name_links | t.lex.place_compounds  # words a place name goes on after ("ديل", "باب")
    for i in t.starting(AREA_HEAD, FACILITY_HEAD):
        head = t.hit(i, AREA_HEAD, FACILITY_HEAD)
        if head is None or _work_title(t, i) or _field_of_study(t, head):
            continue
        if search_form(head.entry.canonical) == "وادي" and t.tokens[head.end - 1].light.endswith("ى"):
            continue  # "وأدى هذا الدور" (and played this part) folds to "وادي", a river
        compound = head.end < len(t.tokens) and t.tokens[head.end].key in t.lex.place_compounds
        facility = head.entry.kind == FACILITY_HEAD
        # a known place follows ("العاصمة النمساوية فيينا"): the lexicon has it; but "المستشفى
        # الإقليمي بالعرائش" is the hospital of that town
        city = t.hit(head.end, LOC)
        if city is not None and _given_city_then_family(t, city):
            city = None  # "ملعب سانتياغو برنابيو": named after a person, not the city
        if facility and city is not None and not city.clitic and t.tokens[i].key[head.clitic :][:2] != "ال":
            text, start, end, canonical = _named(t, i, _city_facility_end(t, city), head)
            found.append(Entity("LOC", text, canonical, None, start, end))
            continue
        after = t.hit(head.end + 1, LOC)  # "العاصمة النمساوية فيينا"; not "أحياء العوامة وطنجة"
        part = not facility and after is not None and not after.clitic and t.word(head.end) is not None
        if part and t.tokens[head.end].key in t.lex.compass_points:
            text, start, end = t.span(head.end, after.end)  # "ولاية شمال دارفور": a part of it, a unit
            found.append(Entity("LOC", text, text, None, start, end))
            continue
        # (a facility of a kind, then where it is: "المستشفى الإقليمي بالعرائش", "… الإقليمي بنمسيك")
        generic = head.end < len(t.tokens) and t.tokens[head.end].key in t.lex.generic_qualifiers
        located = facility and (generic or _where(t, head.end + 1) is not None)
        if city or (after and not after.clitic and not compound and not located):
            continue
        # "الجماعة القروية “لغوازي”": an adjective of the head may come before the quotes
        described = t.definite(head.end) and t.tokens[head.end].key.endswith(("ي", "يه"))
        quoted = _quoted_span(t, head.end) or (_quoted_span(t, head.end + 1) if described else None)
        if quoted:  # 'منطقة “فيلاسيكا”', 'كاتدرائية “نوتردام”': a foreign name in quotes
            text, start, end = t.span(*quoted)
            canonical = text
            if facility:  # 'بملعب “اسيك ميموزا”': the head's span too, so a club's name inside is no club
                start, end = t.tokens[i].start + head.clitic, t.tokens[quoted[1]].end
                text = t.text[start:end]
            found.append(Entity("LOC", text, canonical, None, start, end))
            continue
        j = head.end
        if facility and not t.definite(i) and j < len(t.tokens) and t.tokens[j].key in t.lex.descriptions:
            continue  # "افتتحت مستشفى خاصا": a facility described, not named
        station = search_form(head.entry.canonical) == "محطه" and j < len(t.tokens) and t.definite(j)
        if station and zipf(t.tokens[j].text) >= COMMON_ZIPF:
            continue  # "محطة القطار", "محطة الحاويات": the kind of station, not its name ("محطة الضبعة")
        # (a facility named after a person whose given name is a word too: "مطار رفيق الحريري")
        family = t.hits.get(j + 1, {}).get(FAMILY)
        borne = family is not None and (family.entry.bearers or 0) >= SURE_BEARERS and _nisba(t.tokens[j + 1].key)
        named_after_person = facility and (_person_named(t, j) or (borne and t.hit(j, GIVEN) is not None))
        dated = facility and _date_name(t, j)  # "ملعب 5 جويلية الأولمبي", "شارع 20 أوت": named after a day
        phrase = t.word(j) is None or (not compound and not named_after_person and _phrase_after_head(t, j, facility))
        if phrase and not dated:
            continue  # "مدينة للخوف", "فندق خارج", "منطقة خلاء", "المستشفى لتلقي": a phrase, not a name
        # after a head of two words with its own adjective, a rare definite word is the name
        # ("المنطقة الحضرية المحاميد", "الملحقة الإدارية البوعنانية")
        ordinal = j < len(t.tokens) and t.tokens[j].key.removesuffix("ه") in ORDINALS  # "الملحقة الإدارية السابعة"
        own_name = head.end - head.start > 1 and not ordinal and (t.hit(j, LOC) or _rare_definite(t, j, COMMON_ZIPF))
        if t.definite(j) and search_form(head.entry.canonical).startswith("ال") and not facility and not own_name:
            continue  # "(لل)عاصمة الاقتصادية": an adjective after a definite head
        generic_area = not facility and search_form(head.entry.canonical) == "منطقه"
        longest = 3  # words in an area's or facility's name, more when it is named after a person
        # "حي يعقوب المنصور"; but "جماعة إدريس الأزمي" is the commune that person runs
        area_named_after = not facility and search_form(head.entry.canonical) != "جماعه" and _person_named(t, head.end)
        if dated:
            j, longest = j + 2, longest + 2
        while j < len(t.tokens) and j - head.end < longest and t.word(j) and not t.stop(j):
            # "مركب الأمير مولاي عبد الله", "قصر المؤتمرات محمد السادس": named after a person
            given = t.hit(j, GIVEN)
            person = facility and (
                (given is not None and not given.clitic and not t.definite(j)) or t.tokens[j].key in linking
            )
            named_org = t.hit(j, ORG) if facility and j == head.end else None
            if named_org is not None and not named_org.clitic:
                j = named_org.end  # "شارع الجيش الملكي": a street named after an organization
                break
            person_next = j + 1 < len(t.tokens) and (t.hit(j + 1, GIVEN) or t.tokens[j + 1].key in linking)
            if facility and t.hit(j, ROLE, HONORIFIC) and person_next:
                if j == head.end == head.start + 1 and t.tokens[i].key[head.clitic :][:2] == "ال":
                    break  # "مدير المستشفى الدكتور محمد": "the hospital", and its director's name
                j, longest = j + 1, longest + 1
                continue
            inner = t.hit(j, FACILITY_HEAD) if facility and j == head.end else None
            # "ملعب المجمع الرياضي …", "سد وادي المخازن": a facility named after another
            river = inner is not None and search_form(inner.entry.canonical) == "وادي"
            if inner is not None and not inner.clitic and (inner.end - inner.start > 1 or river):
                j, longest = inner.end, longest + inner.end - inner.start
                continue
            clitic_word = any(
                n and t.tokens[j].key[0] in "وبفل" and stem.startswith("ال") for n, stem in _variants(t.tokens[j].key)
            )
            if j > head.end + 1 and t.hit(j, LOC) and not t.hit(j, LOC).clitic:
                break  # "المركب الرياضي الأمير مولاي عبد الله الرباط": the city it is in
            if t.tokens[j].key in _FIELD_KINDS:
                break  # "حقل الشرارة النفطي": what the field yields, not its name
            if j > head.end and (t.prepositional(j, "بفل") or t.tokens[j].key[0] == "و" or clitic_word):
                break  # "مطار ابن بطوطة بعاصمة البوغاز", "مطار محمد الخامس والدار البيضاء", "… بالزمامرة"
            # "المستشفى الجهوي لإخضاعها", "مستشفى بنمسيك كشفات": a word with a pronoun, or a Darija
            # verb, says what happened there
            verb = t.darija and not t.definite(j) and t.tokens[j].key.endswith("ات")
            if j > head.end and (_with_pronoun(t.tokens[j].key) or verb):
                break
            if person:
                longest += 1
            # (a head's word after a compound's first word is the name's: "مدينة أم قصر")
            after_compound = compound and j == head.end + 1
            if (
                (t.hit(j, ROLE, HONORIFIC, OCCUPATION, ORG_HEAD, AREA_HEAD, FACILITY_HEAD) and not after_compound)
                or any(c.isdigit() for c in t.tokens[j].key)
                or t.tokens[j].key in t.lex.place_trailers  # "مستشفى الولادة الليمون التابع للمركز"
            ):
                break
            if (t.definite(j) and t.prepositional(j)) or t.locative(j):
                break  # "قاعة الحزام بالمركب الرياضي", "ملعب … بأبيدجان": a place, and where it is
            previous = t.tokens[j - 1].key if j > head.end else None
            joined = previous in linking  # "بن", "مولاي", "باب"
            # "حي يعقوب المنصور": an area named after a person, a given name and a definite name
            named_after = area_named_after and j == head.end + 1
            after_first = previous is not None and not (joined or named_after)
            # (but a definite word rare with and without its article names the area: "منطقة الظفرة")
            named_area = (
                generic_area
                and j == head.end
                and _rare_definite(t, j, RARE_ZIPF)
                and zipf(t.tokens[j].text) < RARE_NAME_ZIPF
            )
            if t.definite(j) and ((generic_area and not named_area) or (after_first and not facility)):
                break  # "منطقة التوتر", "مدينة طنجة الكبرى": a common noun or an adjective, not the name
            foreign = article_zipf(t.tokens[j].text) < 1.0 and zipf(t.tokens[j].text) < 2.5
            # (or the family name after a given name: "ملعب سانتياغو برنابيو")
            family_next = t.hit(j - 1, GIVEN) is not None and _rare_words(t, j, j + 1)
            # (or with a Latin letter's name after another, or "Arena": "قاعة بي كي أرينا")
            foreign = foreign or _initials(t, j) or t.tokens[j].key in _VENUE_WORDS
            if facility and after_first and not (t.definite(j) or foreign or person or family_next):
                break  # "ملعب رادس لانو": a facility's name goes on with "ال" words or foreign ones
            j += 1
            particle = j < len(t.tokens) and t.tokens[j].key in t.lex.name_particles
            longest += particle  # a particle adds a word to the name
            named_after = area_named_after and j == head.end + 1
            # "إغيل نومكون", "تيزي نتيشكا": Amazigh "n" (of) joins a rare word to the name
            amazigh_of = j < len(t.tokens) and t.tokens[j].key[:1] == "ن" and _bare_word(t, j)
            amazigh_of = amazigh_of and zipf(t.tokens[j].text) < RARE_ZIPF
            # "ولاية أندرا براديش": in Standard Arabic, two foreign words closing the clause
            foreign_pair = (
                not facility
                and not t.darija
                and j == head.end + 1
                and _foreign_words(t, head.end, j + 1)
                and not t.hits.get(j)
                and (t.boundary(j + 1) or t.stop(j + 1) or t.nationality(j + 1))
            )
            if (
                not facility
                and t.tokens[j - 1].key not in linking
                and not (particle or named_after or amazigh_of or foreign_pair)
            ):
                break  # an area's name is one word (or "X بن Y", "مولاي رشيد", "إل برات ديل لوبريغات")
        while facility and j > head.end + 1 and t.tokens[j - 1].key in linking:
            j -= 1  # "كنيسة فيرجين دي": the rest of the name was cut off
        if facility and all(t.tokens[k].key in t.lex.generic_qualifiers for k in range(head.end, j)):
            # "المستشفى الإقليمي بالعرائش": the one in that town is named; "المستشفى الإقليمي
            # بنمسيك": the one of that district
            district = t.hit(j, LOC) if j < len(t.tokens) else None
            j = district.end if district is not None and not district.clitic else _where(t, j)
            if j is None:
                continue  # "المستشفى الجهوي": a kind of facility, not its name
        if j == head.end or t.tokens[j - 1].key in t.lex.joiners:
            continue
        if not facility and j < len(t.tokens) and t.tokens[j].key in t.lex.place_qualifiers:
            j += 1  # "الجماعة القروية تودغى العليا"
        plural = search_form(head.entry.canonical) in t.lex.plural_areas
        listed = _listed_areas(t, j) if plural else []
        sure = t.tokens[head.end].key in t.lex.place_compounds or t.hit(head.end, LOC) or listed
        if plural and not sure:
            continue  # "أحياء قدها" is "alive"; "إحياء الأعراس", holding weddings
        if facility:
            text, start, end, canonical = _named(t, i, j, head)  # "للمستشفى الجامعي": both lams shown
        else:
            text, start, end = t.span(head.end, j)
            canonical = text
        found.append(Entity("LOC", text, canonical, None, start, end))
        found += listed
    return found


def _field_of_study(t: _Text, head: _Hit) -> bool:
    """ "حقل" before a common word is a field of study or a minefield ("حقل التعليم", "حقل الألغام"),
    not an oil or gas field unless one is named so ("حقل الفيل النفطي", "حقل الجافورة")."""
    j = head.end
    if t.tokens[head.start].key[head.clitic :] != "حقل" or j >= len(t.tokens):
        return False
    named = any(t.tokens[k].key in _FIELD_KINDS for k in range(j + 1, min(j + 3, len(t.tokens))))
    return not named and zipf(t.tokens[j].text) >= COMMON_ZIPF


def _initials(t: _Text, j: int) -> bool:
    """Token j spells a Latin letter after another: "قاعة بي كي أرينا"."""
    return 0 < j < len(t.tokens) and t.tokens[j].key in _LETTER_NAMES and t.tokens[j - 1].key in _LETTER_NAMES


def _phrase_after_head(t: _Text, j: int, facility: bool) -> bool:
    """The word at j, right after a place's head, starts a phrase, not the place's name: "مدينة
    للخوف", "فندق خارج", "منطقة خلاء", "المستشفى لتلقي", "أحياء العاصمة تعيش"."""
    word = t.tokens[j]
    definite = t.definite(j)
    return (
        _frequent_word(word.text)  # "بدوار بالقرب من": a particle
        or _present_verb(word.text)  # "أحياء العاصمة تعيش": a verb
        # "بغابة كتجاور دوار أغرود": a Darija verb, "ك" before a word (not "قصر كينسينكتون", "كتامة")
        or (_darija_verb(t, j) and not word.text.endswith("ة") and zipf(word.text[1:]) >= RARE_ZIPF)
        or (definite and t.prepositional(j, "بل"))
        or (not definite and _common_word(word.text))
        # "جماعة والجرائم": "and" and a common definite noun after an area's head; "مقاطعة الدراسة" (a
        # boycott of classes), "من جهة الفن" ("as for art"): a very common one after a head that is
        # a common noun too
        or (not facility and word.key.startswith("وال") and article_zipf(word.text[1:]) >= COMMON_ZIPF)
        or (definite and article_zipf(word.text) >= VERY_COMMON_ZIPF and _head_as_noun(t, j - 1))
        # "منطقة خالية", "جهة مجهولة": a feminine adjective agreeing with the head, written with
        # the article elsewhere, not a town's name; a rare one only in an adjective's shape
        # ("منطقة موبوئة", "غابوية", Darija "دايرة"), for "جزيرة جربة" is an island
        or (
            not facility
            and not definite
            and word.text.endswith("ة")
            and article_zipf(word.text) > 0
            and (article_zipf(word.text) >= LIST_ARTICLE_ZIPF or _adjective_shape(word.key))
            and t.tokens[j - 1].key.endswith("ه")  # a feminine head ("حي جميلة" is a district)
        )
        or (facility and t.prepositional(j, "بلف"))
        or (facility and definite and word.key in ("العام", "العامه"))  # "امتحانات الثانوية العامة"
        # "معمل لتقطير الماحيا", "معمل لتصبير الحوت": ل and a verbal noun (تفعيل), what it is for
        or (facility and not definite and _FOR_DOING.fullmatch(word.key) is not None)
        # "بالسجن المحلي ومتابعته": "and" and a noun with its owner; "اوطيل وقهوة": and another place
        or (facility and _and_clitic(t, j) and (_with_pronoun(word.key[1:]) or _noun_with_his(word.text[1:])))
        or (facility and _and_clitic(t, j) and zipf(word.text[1:]) >= COMMON_ZIPF)
        # "20 مطعما ومقهى ومتحفا": "و" and another facility, a list of kinds
        or (facility and _and_clitic(t, j) and _listed_as(t, word.key[1:].removesuffix("ا"), FACILITY_HEAD))
    )


def _definite_given_then_lineage(t: _Text, start: int) -> int | None:
    """End of a name that opens with a definite given name after an honorific or a royal title,
    then "بنت" or "بن" and a given name ("الشيخة المياسة بنت حمد", "الشيخ الحارث بن عبد الله",
    "الأمير الوليد بن خالد بن طلال"); None if the words after the title are not such a name."""
    if start + 2 >= len(t.tokens) or not t.definite(start):
        return None
    if t.tokens[start + 1].key not in ("بن", "بنت") or t.hits.get(start, {}).keys() - {GIVEN, AMBIGUOUS_GIVEN, FAMILY}:
        return None
    father = t.hit(start + 2, GIVEN, AMBIGUOUS_GIVEN)
    if father is None or father.clitic:
        return None
    # (the lineage read from its first "بن", however long: "بن خالد بن طلال بن عبد العزيز آل سعود")
    return max(t.name_end(start + 1), father.end)


def _date_name(t: _Text, j: int) -> bool:
    """Tokens j and j + 1 are a day and a month, a date a facility is named after ("5 جويلية")."""
    return (
        j + 1 < len(t.tokens)
        and t.tokens[j].text.isdigit()
        and len(t.tokens[j].text) <= 2
        and t.tokens[j + 1].key in MONTH_OF
    )


def _adjective_shape(key: str) -> bool:
    """A feminine word shaped as an adjective: a nisba ("غابويه"), a participle in م ("موبوءه") or
    of the فاعلة shape ("دايره")."""
    return key.endswith("يه") or key.startswith("م") or key[1:2] == "ا"


def _head_as_noun(t: _Text, k: int) -> bool:
    """The place's head at token k reads as a common noun here: "مقاطعة" (a boycott), "من جهة"
    ("as for")."""
    key = t.tokens[k].key
    return key.endswith("مقاطعه") or (key == "جهه" and k > 0 and t.tokens[k - 1].key in ("من", "ومن"))


def _listed_areas(t: _Text, j: int) -> list[Entity]:
    """The rest of a list of areas after a plural head and its first name: "بأحياء عين هارون
    وزواغة العليا وسيدي بوجيدة", "أحياء العوامة وطنجة البالية ومغوغة والمرس اشناذ". Each item
    is "و" (or a comma) and one or two words that are no common words; the list counts when one
    item is sure: a known place, a compound name or a name with its qualifier ("العليا")."""
    found, sure = [], False
    while j < len(t.tokens):
        clitic = 0
        if t.tokens[j].text in ",،" and t.word(j + 1):
            j += 1
        elif _and_clitic(t, j):
            clitic = 1
        else:
            break
        place = t.hit(j, LOC)
        end = place.end if place is not None and place.clitic == clitic else j
        while end < len(t.tokens) and end - j < 2 and _area_word(t, end, clitic if end == j else 0):
            end += 1
        if end == j or not (t.boundary(end) or _and_clitic(t, end) or t.stop(end)):
            break  # "… وغيرها", "والمناطق المجاورة": the list is over
        compound = t.tokens[j].key[clitic:] in t.lex.place_compounds
        sure = sure or place is not None or compound or t.tokens[end - 1].key in t.lex.place_qualifiers
        text, start, stop = t.span(j, end, clitic)
        found.append(Entity("LOC", text, text, None, start, stop))
        j = end
    return found if sure else []


def _area_word(t: _Text, i: int, clitic: int) -> bool:
    """Token i may be a word of an area's name in a list: no stopword or common word, unless it
    starts a compound name ("عين", "سيدي") or qualifies one ("العليا")."""
    token = t.word(i)
    if token is None or t.stop(i) or (_and_clitic(t, i) and not clitic):
        return False
    key = token.key[clitic:]
    if key in t.lex.place_compounds or key in t.lex.place_qualifiers or t.hit(i, LOC):
        return True
    return zipf(token.text[clitic:]) < COMMON_ZIPF and article_zipf(token.text[clitic:]) < COMMON_ZIPF


def _given_city_then_family(t: _Text, city: _Hit) -> bool:
    """The city's name is a given name too and a rare word follows, its bearer's family name:
    "ملعب سانتياغو برنابيو" is named after a person."""
    after = city.end
    return (
        t.hit(city.start, GIVEN) is not None
        and t.word(after) is not None
        and not t.definite(after)
        and _rare_words(t, after, after + 1)
    )


def _city_facility_end(t: _Text, city: _Hit) -> int:
    """End of a facility named after the city right after its head: "مطار الرباط-سلا", "ميناء
    طنجة", "مطار مراكش المنارة" (up to two definite words of its own after the city)."""
    j = city.end
    if j + 1 < len(t.tokens) and t.tokens[j].text in _DASHES and (other := t.hit(j + 1, LOC)):
        j = other.end
    elif (other := t.hit(j, LOC)) is not None and not other.clitic:
        j = other.end  # "مطار الرباط سلا", the dash left out
    last = min(j + 2, len(t.tokens))
    # (not its country's adjective: "منتجع دافوس السويسري")
    while (
        j < last
        and t.tokens[j].key[:2] == "ال"
        and t.definite(j)
        and not t.hit(j, LOC, ORG_HEAD)
        and not t.nationality(j)
    ):
        if t.tokens[j].key in t.lex.place_trailers or t.tokens[j].key in _NEW:
            break  # (nor "new": "ميناء نواذيبو الجديد" is the port of Nouadhibou; "ملعب طنجة الكبير" a name)
        j += 1
    if j < len(t.tokens) and len(t.tokens[j].key) == 1 and t.tokens[j].key.isdigit():
        j += 1  # "سجن تيفلت 2": the town's second prison
    return j


def _person_named_end(t: _Text, head: _Hit) -> int:
    """Index after the full name of the person an institution is named after, right after its
    indefinite head ("جامعة هواري بومدين", "جامعة حمد بن خليفة"); the head's end if none."""
    j = head.end
    if search_form(head.entry.canonical) not in t.lex.named_after_people or t.definite(head.start):
        return j
    given = t.hit(j, GIVEN)
    if given is None or given.clitic:
        return j
    end = t.name_end(j, given)
    return end if end > given.end else j


def _numbered_campus_end(t: _Text, head: _Hit, end: int) -> int:
    """Past a university's number after its city and the person it is named after ("جامعة باتنة 1
    الحاج لخضر", "جامعة وهران 1 أحمد بن بلة"), where its name ends at ``end``; ``end`` if none."""
    number = t.tokens[end].key if end < len(t.tokens) else ""
    city = end > head.end and (place := t.hit(end - 1, LOC)) is not None and place.end == end
    campus = search_form(head.entry.canonical) in t.lex.named_after_people
    if not (campus and city and len(number) == 1 and number.isdigit()):
        return end
    k = end + 1
    title = t.hit(k, HONORIFIC)
    start = title.end if title is not None and not title.clitic else k
    given = t.hit(start, GIVEN, AMBIGUOUS_GIVEN)
    if given is None or given.clitic:
        return k
    named = t.name_end(start, given)
    return named if named > given.end else (given.end if title is not None else k)


def _person_named(t: _Text, i: int) -> bool:
    """Tokens i, i+1 are a given name and a definite name, an area named after a person ("حي يعقوب
    المنصور"), not a name and a common adjective or a place ("حي محمدي الجديد")."""
    given = t.hit(i, GIVEN)
    after = i + 1
    return (
        given is not None
        and not given.clitic
        and given.end == after
        and t.definite(after)
        and t.tokens[after].key.startswith("ال")
        and not t.hit(after, LOC)
        and (t.tokens[after].key in ORDINALS or not t.common(after, AMBIGUOUS_ZIPF))
    )


def _where(t: _Text, j: int) -> int | None:
    """Index after "بالعرائش", "لطانطان" or "لمدينة طانطان" at token j: a known place after ب or ل."""
    place = t.hit(j, LOC)
    area = t.hit(j, AREA_HEAD)
    if area is not None and area.clitic and area.end < len(t.tokens):
        place = t.hit(area.end, LOC)  # "لمدينة طانطان"
        if place is None or place.clitic:
            return None
    elif place is None or not place.clitic:
        return None
    return place.end if t.tokens[j].key[0] in "بل" else None


def _prefixed_places(t: _Text) -> list[Entity]:
    """'سيدي البرنوصي', 'بأولاد زيان', 'آيت فاسكا': a place by its first word, not after a given name."""
    found = []
    for i in t.starting(PLACE_PREFIX):
        prefix = t.place_prefix(i)
        if prefix is None or _after_given(t, i):
            continue
        clitic = prefix.clitic
        j = i + 1
        if j < len(t.tokens) and t.tokens[j].key in t.lex.joiners:
            j += 1  # "سيدي عبد الله غياث"
        if not t.word(j) or t.stop(j) or t.locative(j) or t.hit(j, ROLE, ORG_HEAD, AREA_HEAD, FACILITY_HEAD):
            continue  # "بني فالمغرب": built in Morocco
        if t.tokens[i].key[clitic:].endswith("يت") and t.definite(j):
            continue  # "آيت الجيد", "آيت الطالب": a family name
        if j == i + 1 and (t.common(j, COMMON_ZIPF) or zipf(t.tokens[j].text) >= PLACE_NAME_ZIPF):
            continue  # "سيدي ربي", "سيدي محمد": a phrase, or a name too common to say
        nisba = j + 1 < len(t.tokens) and _nisba(t.tokens[j + 1].key) and not t.common(j + 1, COMMON_ZIPF)
        if nisba and not t.hit(j + 1, LOC):
            j += 1  # "سيدي علال البحراوي": the saint's nisba is part of the name
        text, start, end = t.span(i, j + 1, clitic)
        found.append(Entity("LOC", text, text, None, start, end))
    return found


def _abad_towns(t: _Text) -> list[Entity]:
    """'جلال آباد', 'بإسلام آباد': a word then "آباد" (Persian for a town) is a town of Iran or
    Central or South Asia, not a person however given-name-like the word before it is."""
    found = []
    for i in t.positions("اباد") if "اباد" in t.vocabulary else ():
        if i == 0 or not t.word(i - 1) or t.stop(i - 1):
            continue
        given = t.hit(i - 1, GIVEN, AMBIGUOUS_GIVEN)
        text, start, end = t.span(i - 1, i + 1, given.clitic if given and given.end == i else 0)
        found.append(Entity("LOC", text, text, None, start, end))
    return found


def _name_follows(t: _Text, given: _Hit) -> bool:
    """The rest of a name follows a given name: a joiner and a given name ("لبدر بن حمد البوسعيدي"),
    or, after a reviewed given name, a rare word no list knows ("لميشيل بارنييه")."""
    k = given.end
    son_of = k + 1 < len(t.tokens) and t.tokens[k].key in t.lex.joiners and t.hit(k + 1, GIVEN) is not None
    rare_after = given.entry.bearers is None and t.word(k) is not None and not t.hits.get(k)
    return son_of or (rare_after and _rare_words(t, k, k + 1))


def _preposition_and_place(t: _Text, i: int) -> bool:
    """Token i is a preposition and a known place of two words or more ("بأديس أبابا"), not a name
    that starts with the preposition's letter."""
    place = t.hit(i, LOC)
    return place is not None and place.clitic > 0 and place.end - place.start > 1 and not _ambiguous_place(t, place)


def _after_given(t: _Text, i: int) -> bool:
    """Token i follows a given name or a joiner ("خالد آيت الطالب"), or a place prefix ("سيدي يحيى
    زعير"), or is the second word of a compound given name ("وفاطمة الزهراء"): it is inside a
    longer name. After a relative pronoun it starts a verb more often than a name."""
    if i == 0 or t.word(i - 1) is None:
        return False
    before = t.hit(i - 1, GIVEN, AMBIGUOUS_GIVEN)
    return (
        _bare_given(t, i - 1)
        or t.tokens[i - 1].light in RELATIVES  # "لي صدر بنشعبون": a verb opens the relative clause
        or (before is not None and before.end > i)
        or t.tokens[i - 1].key in t.lex.joiners
        or t.place_prefix(i - 1) is not None
    )


@lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A common noun or adjective: written with the article about as often as without
    ("خارج", "خلاء"); a place name is seldom written with it ("باري", "طنجة")."""
    with_article = article_zipf(word)
    return with_article >= 3.0 and with_article >= zipf(word) - 0.5


def _organizations(t: _Text) -> list[Entity]:
    """Organizations named by a head noun and what follows it."""
    found = []
    for i in t.starting(ORG_HEAD):
        head = t.hit(i, ORG_HEAD)
        kind = search_form(head.entry.canonical)  # "للحكومة" is the head "الحكومة"
        if kind == "رئاسه" and head.clitic and t.tokens[i].key.startswith(("ب", "وب")):
            continue  # "برئاسة فاطمة الزهراء المنصوري": chaired by, no presidency
        if _town_centre(t, head) or _named_district(t, head):
            continue  # "مركز تاغازوت": the town's centre, a place; "مديرية نورغال", a district
        if kind in t.lex.national_heads:  # "الحكومة الإسبانية", "سفارة المغرب"; not "الحكومة الجديدة"
            # (past "العام" or "الوطني": "الجيش الوطني الصومالي")
            k = head.end + bool(t.word(head.end) and t.tokens[head.end].key in ("العام", "العامه", "الوطني", "الوطنيه"))
            area = t.hit(k, AREA_HEAD)
            singular = area is not None and search_form(area.entry.canonical) not in t.lex.plural_areas
            if singular and not area.clitic and t.hit(area.end, LOC) is not None:
                k = area.end  # "حكومة إقليم كردستان": a region's government
            place = t.hit(k, LOC)
            # "سفارة المغرب"; a mission's country may come with ل: "القنصلية العامة للمملكة المغربية"
            mission = kind.endswith(("قنصليه", "سفاره")) and place is not None and t.tokens[k].key[0] == "ل"
            # the adjective agrees with the head: "رئيس الحكومة الإسباني" is the Spanish head of government
            # (a broken plural takes the feminine: "الجيوش الفرنسية")
            feminine = kind.endswith("ه") or kind == "الجيوش"
            if t.national(k) and feminine == t.tokens[k].key.endswith("ه"):
                end = k + 1
            elif place is not None and (not place.clitic or mission):
                end = place.end
            elif (mission_end := _mission_end(t, kind, k)) is not None:
                end = mission_end  # "بعثة الاتحاد الأوروبي في لبنان": a body's mission somewhere
            else:
                continue
        elif kind in t.lex.part_heads and (part_of := t.hit(head.end, ORG, ORG_HEAD)) and not part_of.clitic:
            end = _org_end(t, head.end)  # "مندوبية وزارة الصحة", "مفوضية الاتحاد الأوروبي"
        elif kind in t.lex.party_parts and (party := t.hit(head.end, ORG)) and not party.clitic:
            if not party.entry.canonical.startswith("حزب"):
                continue  # "فريق الرجاء": the club itself
            end = party.end  # "فريق البيجيدي", "شبيبة العدالة والتنمية": the party's group, its youth
        else:
            end = _numbered_campus_end(t, head, t.complement_end(_person_named_end(t, head), 10, stop_at_locative=True))
            if end + 1 < len(t.tokens) and (t.tokens[end].key, t.tokens[end + 1].key) == ("اف", "سي"):
                end += 2  # "نادي لوس أنجلوس إف سي": a football club's "FC"
            if end == head.end and kind in t.lex.serving_heads and _district(t, head.end):
                end += 1  # "منطقة أمن بنمسيك": the district it serves, unknown to the lists
            word = t.tokens[i].key
            definite_head = word[head.clitic :].startswith("ال") or word.startswith("لل")
            # (a place read with "ك", "like", is none: "المنتدى كلاوس شواب" is no "like Laos")
            named = t.hit(head.end, LOC, ORG)
            named = None if named is not None and named.clitic and t.tokens[head.end].key[0] == "ك" else named
            construct = end > head.end and not (
                t.definite(head.end) or named is not None or t.tokens[head.end].key.startswith("ل")
            )
            if definite_head and construct:
                end = head.end  # "رئيس المجلس صالح المالوكي": a definite head takes no noun in construct
            # "دعم دول المجلس للوحدة الترابية": a definite head alone, then ل, is the body named
            # before and what it does (a name has its adjective first: "المجلس الأعلى للحسابات")
            remit_first = end > head.end and t.tokens[head.end].key.startswith("ل") and not t.hit(i, ORG)
            remit_first = remit_first and head.end - head.start == 1  # (not "الأمانة العامة للحكومة")
            if definite_head and remit_first:
                end = head.end
            if definite_head and end > head.end and _definite_plural(t.tokens[head.end].key):
                end = head.end  # "كتحذر الوزارة المواطنين": no adjective of a singular head, the verb's object
            # "المجلس الحكومي المنعقد صباح اليوم": when and where it met is not its name
            # (not "اللجنة المنظمة", the organizing committee)
            end = next((k for k in range(head.end + 1, end) if t.tokens[k].key in t.lex.event_occasion_words), end)
            # "الوزارة الوصية استيفاء الإجراءات": a generic adjective, then the verb's object (not
            # "المجلس الإقليمي لتاوريرت", "الأكاديمية الجهوية فاس": where it serves)
            end = next((k + 1 for k in range(head.end, end - 1) if _generic_then_object(t, k)), end)
            first = t.tokens[head.end].text if head.end < end else ""
            purpose = first.startswith("ل") and (t.prepositional(head.end, "ل") or zipf(first[1:]) > zipf(first))
            if not definite_head and purpose:
                continue  # "شركة لتأجير السيارات": what kind of company, not its name ("شركة لافارج" is)
            # (or by its nationality without the article: "تنجزها شركة صينية")
            first_key = t.tokens[head.end].key if head.end < end else ""
            foreign_made = first_key.endswith(("ي", "يه")) and nationality_stem(first_key) in t.lex.nationalities
            foreign_made = foreign_made and t.hit(head.end, LOC) is None  # "منتخب مالي" is Mali's team
            described = head.end < end and (first_key in t.lex.descriptions or foreign_made)
            if not definite_head and described and not t.definite(head.end):
                continue  # "صاحب مؤسسة خاصة للنقل": a body described, not named
        # a head alone ("الشرطة"), with a generic word ("المجلس الإقليمي") or a rank ("المركز
        # الثالث", a place in a table) names none; chambers and districts go by their number
        # ("الغرفة الثانية", "الدائرة الأمنية الثانية", "المنطقة الأمنية الثانية")
        numbered = kind.removeprefix("ال").startswith(("غرفه", "دائره", "منطقه"))
        ranked = end == head.end + 1 and t.tokens[head.end].key.removesuffix("ه") in ORDINALS and not numbered
        if ranked or all(t.tokens[k].key in t.lex.generic_qualifiers for k in range(head.end, end)):
            continue
        if head.end < end and t.key_span(i, head.end + 1, head.clitic) in t.lex.not_organizations:
            continue  # "هيئة دفاع المتهم": the defence lawyers
        facility = t.hit(i, FACILITY_HEAD)
        if facility and facility.end >= head.end:
            continue  # "المركز الاستشفائي …": a hospital, a place
        known = t.hit(i, ORG)
        more = known is not None and known.end < end
        # a known name goes on only with its nationality or a ل-phrase ("الاتحاد الأوروبي لكرة القدم"),
        # not "الدرك الملكي والجهات", "بنك المغرب ارتفاع التضخم", "حزب الاستقلال للحكومة"
        # (not the region it serves: "للبنك الدولي لمنطقة المغرب العربي")
        remit = (
            t.tokens[known.end].key[0] == "ل"
            and not t.definite(known.end)
            and not _purpose(t, known.end)
            and not t.hit(known.end, AREA_HEAD)
            if more
            else False
        )
        # "الدرك البحري": a one-word known name and a nisba adjective name a unit of its own
        unit = more and known.end - known.start == 1 and _nisba(t.tokens[known.end].key)
        if more and not (t.national(known.end) or remit or unit):
            end = known.end
        elif more and t.national(known.end):
            end = known.end + 1  # "الديوان الملكي السعودي وفاة الأمير": its nationality, and no further
        text, start, stop, canonical = _named(t, i, end, head)
        # "شركة رونو الفرنسية" is the company "شركة رونو", "منظمة أنقذوا الأطفال الإسبانية" the NGO:
        # after a proper name (no article, no common word) the nationality only describes the body
        # (not "شركة طيران العربية", Air Arabia; "وزارة الخارجية الفرنسية" keeps its country)
        first = t.word(head.end) if head.end < end else None
        proper = first is not None and not t.definite(head.end) and zipf(first.text) < COMMON_ZIPF
        proper = proper and not first.key.endswith(("ات", "ين"))  # (a plural noun: "اتحاد كنفدراليات …")
        # (and the name ends there: "شركة فيرتيغلوب الإماراتية لإنتاج الأمونياك" does what it does)
        national = next((k for k in range(head.end + 1, end) if t.nationality(k)), None) if proper else None
        if national is not None:
            end = national + 1
            text, start, stop, canonical = _named(t, i, end, head)
            canonical = _named(t, i, national, head)[3]
        found.append(
            Entity("ORG", text, known.entry.canonical if known and known.end == end else canonical, None, start, stop)
        )
    return found


def _district(t: _Text, k: int) -> bool:
    """Token k, right after a police unit's head, is a rare word: the district's name, not a verb."""
    return t.word(k) and not t.stop(k) and not t.hit(k, GIVEN) and zipf(t.tokens[k].text) < RARE_NAME_ZIPF


def _purpose(t: _Text, k: int) -> bool:
    """Token k is ل and a verbal noun of the form تفعيل ("لتقديم", "لتعميق"): what is done for, not a
    field a body's name holds ("لكرة القدم")."""
    stem = t.tokens[k].key[1:]
    return len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"


def _generic_then_object(t: _Text, k: int) -> bool:
    """Token k is a generic adjective of an organization's head and a noun in construct follows:
    the phrase names no organization past k."""
    after = t.tokens[k + 1].key
    return (
        t.tokens[k].key in t.lex.generic_qualifiers
        and not t.definite(k + 1)
        and not after.startswith(("ل", "ب"))  # (a ب-phrase the name kept is its remit: "المكلفة بجرائم")
        and t.hit(k + 1, LOC) is None
    )


def _served_in(t: _Text, i: int) -> tuple[int, int] | None:
    """After an occupation, "في" and a body at token i, then a name between commas: the name's
    tokens ("القيادي في حركة حماس، خليل الحية،"); None otherwise."""
    if i + 1 >= len(t.tokens) or t.tokens[i].key != "في":
        return None
    body = t.hit(i + 1, ORG, ORG_HEAD)
    comma = _field_end(t, i) if body is not None and not body.clitic else i  # (as a role's field)
    if comma == i:
        return None
    start = comma + 1
    end = _apposed_name(t, start)
    return (start, end) if end > start and end < len(t.tokens) and t.tokens[end].text in ",،" else None


def _org_end(t: _Text, i: int) -> int:
    """Index after the organization named at token i: a known name, or a head and what follows it."""
    known = t.hit(i, ORG)
    if known is not None:
        return known.end
    return t.complement_end(t.hit(i, ORG_HEAD).end, 10, stop_at_locative=True)


def _quoted_organizations(t: _Text) -> list[Entity]:
    """'شركة “مايكروسوفت”', 'موقع livemint', 'جامعة “تورنتو”': an organization head, then a quoted or
    Latin name."""
    found = []
    in_known = {k for o in t.starting(ORG) for k in range(o, t.hit(o, ORG).end)}
    for i in t.starting(QUOTED_ORG_HEAD, ORG_HEAD):
        head = t.hit(i, QUOTED_ORG_HEAD, ORG_HEAD)
        if _town_centre(t, head):
            continue  # "بمركز “تاغازوت”": a place
        closed = head.end < len(t.tokens) and t.tokens[head.end].text in _CLOSE_QUOTES
        if closed and i > 0 and t.tokens[i - 1].text in _OPEN_QUOTES:
            continue  # "روايات "اللجنة" و"ذات"": the head is a quoted title itself
        if search_form(head.entry.canonical) in t.lex.national_heads:
            continue  # "بأن الحكومة “أوفت بأغلب التزاماتها”": what it did, quoted; it is named by its country
        j = head.end
        # "الشركة الأمريكية CISCO": the company's nationality before its name (not inside a known
        # name: "هيئة الإذاعة البريطانية “بي بي سي سبورت”")
        while t.national_adjective(j) or (j < len(t.tokens) and t.tokens[j].key in t.lex.regional_adjectives):
            j += 1
        if j > head.end and i not in in_known:
            quoted = _quoted_span(t, j)
            k = quoted[1] + 1 if quoted else j
            while k < len(t.tokens) and k - j < 4 and _LATIN.fullmatch(t.tokens[k].text):
                k += 1
            while k < min(j + 8, len(t.tokens)) and (_initials(t, k) or _initials(t, k + 1)):
                k += 1  # "الشركة الفرنسية سي إم إيه سي جي إم": initials spelled out
            if k > j:  # the whole phrase, named by the name alone
                name = t.span(*quoted)[0] if quoted else t.span(j, k)[0]
                _, start, end = t.span(i, k, head.clitic)
                found.append(Entity("ORG", t.text[start:end], name, None, start, end))
            continue
        quoted = _quoted_span(t, j)
        if quoted and head.entry.kind == ORG_HEAD and not t.definite(i):
            # "جامعة “تورنتو”": a head that is part of the name (a company's, "شركة", is not)
            name = t.span(*quoted)[0]
            head_text, start, _ = t.span(i, head.end, head.clitic)
            end = t.tokens[quoted[1]].end  # the closing quote
            found.append(Entity("ORG", t.text[start:end], f"{head_text} {name}", None, start, end))
            continue
        if quoted:
            text, start, end = t.span(*quoted)
            found.append(Entity("ORG", text, text, None, start, end))
            continue
        k = j
        while k < len(t.tokens) and k - j < 4 and _LATIN.fullmatch(t.tokens[k].text):
            k += 1
        paper = search_form(head.entry.canonical) in t.lex.papers_named_by_a_place and not t.definite(i)
        place = t.hit(j, LOC) if k == j and paper else None
        # (the place closing the name: not "صحيفة واشنطن بوست")
        if place is not None and not place.clitic and (t.boundary(place.end) or t.stop(place.end)):
            text, start, end = t.span(i, place.end, head.clitic)  # "صحيفة الشرق الأوسط": the paper
            found.append(Entity("ORG", text, t.span(j, place.end)[0], None, start, end))
            continue
        if k == j and search_form(head.entry.canonical) in t.lex.companies_named_by_a_word:
            while k < j + 2 and _brand_word(t, k):
                k += 1
            while k < min(j + 3, len(t.tokens)) and (_initials(t, k) or _initials(t, k + 1)):
                k += 1  # "شركة بي بي البريطانية": initials spelled out
        if k > j:
            with_head = search_form(head.entry.canonical) in t.lex.institutions_named_with_head
            text, start, end = t.span(i, k, head.clitic) if with_head else t.span(j, k)
            found.append(Entity("ORG", text, text, None, start, end))
    return found


def _brand_word(t: _Text, k: int) -> bool:
    """Token k, after a company's head, is a word of its brand: in Standard Arabic, a rare word
    never written with the article and read as nothing else ("شركة رونو", "مجموعة أكديطال")."""
    word = t.word(k)
    return (
        word is not None
        and not t.darija
        and not (t.stop(k) or t.definite(k) or t.hits.get(k, {}).keys() - {FAMILY, GIVEN})
        and _ARABIC_LETTERS.fullmatch(word.text) is not None
        and zipf(word.text) < RARE_NAME_ZIPF
        and _FOR_DOING.fullmatch(word.key) is None  # "شركة لتأجير السيارات": what it does
        and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF
        and not _clitic_word(word.text, AMBIGUOUS_ZIPF)
        and not t.not_a_name_word(k)
    )


# Adjectives that go on with a place's name ("فاس الجديد", "المدينة القديمة"), not a noun after it.
_NEW = frozenset(("الجديد", "الجديده"))
_SIZE_AND_AGE = _NEW | frozenset(("القديم", "القديمه", "الكبير", "الكبري", "الصغير", "الصغري"))
_QADA = ("قضاء", "بقضاء", "وقضاء", "لقضاء", "فقضاء")  # "district", with its clitics


def _named_district(t: _Text, head: _Hit) -> bool:
    """'مديرية' before one rare word no list knows, then the clause's end: a district of
    Afghanistan, Yemen or Egypt ("في مديرية نورغال،"), not a directorate ("مديرية الأمن")."""
    if t.tokens[head.start].key[head.clitic :] != "مديريه" or head.end != head.start + 1:
        return False
    j = head.end
    word = t.word(j)
    return (
        word is not None
        and not t.hits.get(j)
        and not t.definite(j)
        and zipf(word.text) < RARE_ZIPF
        and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF
        and (t.boundary(j + 1) or t.stop(j + 1))
    )


def _districts(t: _Text) -> list[Entity]:
    """The districts _named_district finds, as places: "مديرية نورغال"; and an Iraqi or Lebanese
    district, "قضاء" before one rare word ("في قضاء سنجار،"), not "the judiciary" or "spending"
    ("قضاء العطلة", "قضاء مستقل")."""
    found = []
    for i in t.starting(ORG_HEAD):
        head = t.hit(i, ORG_HEAD)
        if _named_district(t, head):
            text, start, end = t.span(i, head.end + 1, head.clitic)
            found.append(Entity("LOC", text, text, None, start, end))
    for i in t.positions(*_QADA):
        # (or the province it is in: "في قضاء جمجمال بمحافظة السليمانية")
        province = (where := t.hit(i + 2, LOC, AREA_HEAD)) is not None and where.clitic == 1
        if _district_name(t, i + 1) and (t.boundary(i + 2) or t.stop(i + 2) or province):
            clitic = len(t.tokens[i].key) - len("قضاء")
            text, start, end = t.span(i, i + 2, clitic)
            found.append(Entity("LOC", text, t.span(i + 1, i + 2)[0], None, start, end))
    return found


def _district_name(t: _Text, j: int) -> bool:
    """Token j, after "قضاء", is a name: never written with the article, a family name at most for
    the lists ("سنجار"), no noun with a pronoun ("قضاء حاجته", "قضاء وقته": spending)."""
    word = t.word(j)
    return (
        word is not None
        and not t.hits.get(j, {}).keys() - {FAMILY}
        and not t.definite(j)
        and not (_with_pronoun(word.key) or _noun_with_his(word.text))
        and not (word.text.endswith("ه") and zipf(word.text[:-1]) >= COMMON_ZIPF)  # "قضاء وقته"
        and article_zipf(word.text) < FOREIGN_ARTICLE_ZIPF
        and _ARABIC_LETTERS.fullmatch(word.text) is not None
    )


def _mission_end(t: _Text, kind: str, k: int) -> int | None:
    """End of the known body after a mission's head, when where the mission serves follows: "بعثة
    الاتحاد الأوروبي في لبنان", "بعثة الأمم المتحدة في الصحراء" (not "رئيس بعثة صندوق النقد الدولي
    المكلف"; nor "بعثة اللجنة الدولية للصليب الأحمر بمغادرة": the body itself); None otherwise."""
    body = t.hit(k, ORG) if kind in t.lex.part_heads else None
    if body is None or body.clitic:
        return None
    end = _org_end(t, k)
    served = end + 1 < len(t.tokens) and t.tokens[end].key in ("في", "الي", "لدي") and t.hit(end + 1, LOC)
    return end if served else None


def _about_sport(t: _Text, i: int) -> bool:
    """The sentence around token i has a word of sport in it ("فوز", "الدوري", "مدرب")."""
    start = i
    while start > 0 and t.tokens[start - 1].text not in _SENTENCE_ENDS:
        start -= 1
    end = i
    while end < len(t.tokens) and t.tokens[end].text not in _SENTENCE_ENDS:
        end += 1
    words = t.lex.sport_words
    return any(k in words or k[1:] in words or k[2:] in words for k in (t.tokens[j].key for j in range(start, end)))


def _accusative_nisba(t: _Text, place: _Hit) -> bool:
    """A country's name that is its nationality in the accusative after an indefinite accusative
    noun: "وفدا عسكريا إيطاليا" (an Italian delegation), not Italy."""
    i = place.start
    if place.clitic or place.end != i + 1 or i == 0 or not t.tokens[i].key.endswith("يا"):
        return False
    before = t.word(i - 1)
    if (
        before is None
        or t.stop(i - 1)
        or t.definite(i - 1)
        or not before.key.endswith("ا")
        or before.key.endswith(("ها", "نا", "وا"))
    ):
        return False
    # (the noun before in the accusative: "وفدا" is "الوفد" with tanween, "أيضا" is no noun)
    noun = article_zipf(before.text[:-1]) >= COMMON_ZIPF
    return noun and nationality_stem("ال" + t.tokens[i].key[:-1]) in t.lex.nationalities


def _town_centre(t: _Text, head: _Hit) -> bool:
    """'مركز' before a known place, quoted or not, is the centre of that town or commune, a place
    ("بمركز “تاغازوت”", "مركز تاونات"), and before an area's head its seat ("مركز محافظة الأنبار"),
    not an organization ("مركز الدراسات", "مركز فيينا الدولي")."""
    if search_form(head.entry.canonical) != "مركز":
        return False
    j = head.end + (head.end < len(t.tokens) and t.tokens[head.end].text in _OPEN_QUOTES)
    area = t.hit(j, AREA_HEAD)
    if area is not None and not area.clitic:
        return True  # "الرمادي مركز محافظة الأنبار": the province's seat
    town = t.hit(j, LOC)
    # (not when an adjective goes on with the name: "مركز فيينا الدولي" is an organization)
    return town is not None and not town.clitic and not t.definite(town.end)


def _body_within(t: _Text, i: int, *kinds: str) -> bool:
    """A known organization (or a hit of ``kinds``) starts among the four tokens from i."""
    return any(t.hit(k, ORG, *kinds) for k in range(i, min(i + 4, len(t.tokens))))


def _title_before(t: _Text, i: int) -> str | None:
    """The role of a bare definite title ending right before token i ("الوزير", "للرئيس"), or None."""
    for start in (i - 1, i - 2):
        head = t.hit(start, ROLE) if start >= 0 else None
        if head is not None and head.end == i and head.entry.canonical.startswith("ال"):
            return _named(t, start, i, head)[3]
    return None


def _foreign_single(t: _Text, i: int) -> bool:
    """Token i alone is a foreign name: a rare word never written with the article, known as no
    place or body, and the clause ends or a stopword follows ("ليتيسيا كانت"). In Standard Arabic
    only, and with no clitic: Darija verbs and "لترؤسه" are rare words too."""
    word = t.word(i)
    return (
        word is not None
        and not t.darija
        and word.key[0] not in "وفبلك"
        and not _with_pronoun(word.key)
        and not t.hits.get(i)
        and zipf(word.text) < RARE_ZIPF
        and _foreign_given(word.text)
        and _ARABIC_LETTERS.fullmatch(word.text) is not None
        and (t.boundary(i + 1) or t.stop(i + 1))
    )


def _after_definite_role(t: _Text, head_end: int, i: int, end: int) -> bool:
    """The role ends at a definite word, so token i after it is in no construct with it but may be
    the name ("رئيس الباطرونا لعلج،"). Not when a head in the role names a body its site may follow
    ("عميد كلية العلوم القانونية أكدال"), nor a preposition and a name or a noun ("ببوعشرين", "لترؤسه")."""
    if not (end > head_end and t.definite(end - 1)) or i >= len(t.tokens):
        return False
    known = next((k for k in range(head_end, end) if (org := t.hit(k, ORG)) and org.end == end), end)
    if any(t.hit(k, ORG_HEAD, FACILITY_HEAD, AREA_HEAD) for k in range(head_end, known)):
        return False
    if any(hit.clitic for kind, hit in t.hits.get(i, {}).items() if kind not in NAMES):
        return False
    word = t.tokens[i].text
    prefixed_his = word[:1] in "لبوف" and word.endswith("ه") and zipf(word[1:-1]) >= 2.0
    return not (prefixed_his or _verbal_noun_with_his(word))


def _foreign_after_role(t: _Text, i: int) -> bool:
    """Token i alone, after a role ending with a nationality, is a foreign family name: a rare word
    never written with the article, known as nothing else, then the clause's end (in Darija too:
    the nationality before it says enough)."""
    word = t.word(i)
    return (
        word is not None
        and not _clitic_word(word.text, 3.0)  # not a clitic and a word ("لترؤسه")
        and not t.hits.get(i, {}).keys() - {FAMILY}
        and zipf(word.text) < RARE_NAME_ZIPF
        and article_zipf(word.text) == 0
        and _ARABIC_LETTERS.fullmatch(word.text) is not None
        and t.boundary(i + 1)
    )


def _quoted_person(t: _Text, j: int, single: bool = False) -> tuple[int, int] | None:
    """A person's name of two or three words in quotes opening at token j, as the press quotes a
    name after a title ("المندوبة الحكومية “مانويلا بارالو”"): it opens with a given name, known
    or foreign, and no word is a place, an organization or a particle. With ``single``, one
    foreign word will do ("اللاعب البرازيلي “مارسيلو”"). (start, end) or None."""
    quoted = _quoted_span(t, j, longest=3)
    if quoted is not None and single and quoted[1] - quoted[0] == 1:
        word = t.tokens[quoted[0]]
        return quoted if _foreign_given(word.text) and not t.hits.get(quoted[0], {}).keys() - NAMES else None
    if quoted is None or quoted[1] - quoted[0] < 2:
        return None
    first = t.hit(quoted[0], GIVEN, AMBIGUOUS_GIVEN)
    if not ((first is not None and not first.clitic) or _foreign_given(t.tokens[quoted[0]].text)):
        return None
    for k in range(*quoted):
        if t.word(k) is None or t.stop(k) or t.hit(k, LOC, ORG, ORG_HEAD, QUOTED_ORG_HEAD, ROLE, EVENT_HEAD):
            return None
        if t.definite(k) and t.common(k, AMBIGUOUS_ZIPF) and not t.known_name(k):
            return None  # "الراحل “أحد أعمدة المسرح”": a phrase quoted, no name
    return quoted


def _quoted_names(t: _Text) -> list[tuple[int, int, int]]:
    """Names of one to three words in quotes right after a word that says a person's name follows
    ("الملقب ب”مول الفوقية”", "رجل صيني سميتو “تشانج”"): whatever the words, they are what the
    person is called. Scrapers write either quote mark first, so any opens the name.
    Each is (start, end, the naming word's token)."""
    names = []
    for i in t.starting(HONORIFIC):
        naming = t.hit(i, HONORIFIC)
        word = t.tokens[i].key[naming.clitic :]
        before = i - 1 - (i > 1 and _indefinite_nationality(t, i - 1))  # "رجل صيني سميتو"
        # (or one word before that: "شخص ثالث يدعى “ولد الحاج”")
        nouns = (t.tokens[k].key.removeprefix("ال") for k in (before, before - 1) if k >= 0)
        noun = any(key in t.lex.person_nouns for key in nouns)
        if not (word in t.lex.namings or (word in t.lex.namings_of_things and noun)):
            continue
        j = naming.end + (naming.end < len(t.tokens) and t.tokens[naming.end].key == "ب")  # "الملقب ب”…”"
        if j >= len(t.tokens) or t.tokens[j].text not in _OPEN_QUOTES + _CLOSE_QUOTES:
            continue
        end = next((k for k in range(j + 1, min(j + 5, len(t.tokens))) if t.tokens[k].text in _CLOSE_QUOTES), None)
        # (a place that is a name too may be in it: "يوتا شينوهارا")
        named = all(t.word(k) and not t.hit(k, ORG) and not _sure_place(t, k) for k in range(j + 1, end or j))
        if end is not None and end > j + 1 and named:
            names.append((j + 1, end, i))
    return names


def _indefinite_nationality(t: _Text, i: int) -> bool:
    """'صيني', 'بريطانية': a nationality adjective without the article."""
    key = t.tokens[i].key
    return key.endswith(("ي", "يه")) and nationality_stem("ال" + key) in t.lex.nationalities


def _quoted_span(t: _Text, j: int, longest: int = 6) -> tuple[int, int] | None:
    """Token range inside quotes that open at token j ('“سكاي نيوز”'), or None."""
    if j >= len(t.tokens) or t.tokens[j].text not in _OPEN_QUOTES:
        return None
    for k in range(j + 2, min(j + longest + 2, len(t.tokens))):
        if t.tokens[k].text in _CLOSE_QUOTES:
            return j + 1, k
    return None


def _outlet_mentions(t: _Text, outlet: str | None) -> list[Entity]:
    """The article's own outlet named in its text ('قالت مصادر لـ“كود”') is an organization."""
    words = [search_form(w) for w in _TOKEN.findall(outlet or "")]
    if not words:
        return []
    endings = (words[0], words[0][1:])  # "للأيام": after ل the article has lost its alef
    if not any(ending in t.joined for ending in endings):
        return []
    found = []
    for i in range(len(t.tokens) - len(words) + 1):
        if not t.tokens[i].key.endswith(endings):
            continue  # most tokens: no clitic reading gives the outlet's name
        stems = {stem for _n, stem in _variants(t.tokens[i].key)}
        if words[0] in stems and [tok.key for tok in t.tokens[i + 1 : i + len(words)]] == words[1:]:
            clitic = next(n for n, stem in _variants(t.tokens[i].key) if stem == words[0])
            text, start, end = t.span(i, i + len(words), clitic)
            found.append(Entity("ORG", text, outlet, None, start, end))
    return found


def _portfolio_ministries(t: _Text) -> list[Entity]:
    """A ministry named by its portfolio alone: "أعلنت الداخلية", "بقرار الداخلية", "مع الخارجية";
    not the adjective of a definite noun ("الشؤون الداخلية") nor part of a role or a body's name
    ("وزير الداخلية", "لجنة الخارجية"), nor a minister's portfolio ("بحقيبة الخارجية",
    "وزيرا للخارجية")."""
    found = []
    endings = tuple(word.removeprefix("ال") for word in t.lex.portfolios)  # "للخارجية", "لخارجية"
    for i, token in enumerate(t.tokens):
        if not token.key.endswith(endings):
            continue  # most tokens: a quick look before their clitic readings
        for clitic, stem in _variants(token.key):
            ministry = t.lex.portfolios.get(stem)
            if ministry is None or clitic > 1:
                continue
            before = t.word(i - 1)
            # (a noun with its owner after a preposition takes the adjective too: "لمصالحها
            # الخارجية", Darija "فشؤونو"; not a verb with its object: "تاخداتها الداخلية")
            owned = (
                before is not None
                and before.key[0] in "لبف"
                and (_with_pronoun(before.key) or before.key.endswith("و"))
            )
            # (nor a minister's portfolio: "احتفظ بحقيبة الخارجية", "عين … وزيرا للخارجية")
            portfolio = before is not None and before.key.endswith(("حقيبه", "حقائب", "وزيرا", "وزيره"))
            if before is not None and (
                owned or portfolio or t.definite(i - 1) or t.hit(i - 1, ROLE, ORG_HEAD, ORG, OCCUPATION, AREA_HEAD)
            ):  # (nor a region's name: "محافظة الداخلية" in Oman)
                break
            if t.national_adjective(i + 1) and t.tokens[i + 1].key.endswith("يه"):
                # "الخارجية القطرية": a foreign ministry, named as the text names it
                text, start, end = t.span(i, i + 2, clitic)
                found.append(Entity("ORG", text, text, None, start, end))
                break
            text, start, end = t.span(i, i + 1, clitic)
            found.append(Entity("ORG", text, ministry, None, start, end))
            break
    return found


def _media_names(t: _Text) -> list[Entity]:
    """News outlets named by their form ('هبة بريس', 'أحداث أنفو', 'شوف تيفي', 'كش24') or cited
    as a source: at the end of an item ('… بمدينة فاس /أخبارنا – …'), or quoted after a word
    citing it ('حسب “الصباح”')."""
    found = _cited_sources(t) + _quoted_sources(t) + _dateline_agencies(t)
    suffixes = t.lex.media_suffixes
    for i, token in enumerate(t.tokens):
        key = token.key
        if key[-2:] != "24" and key not in suffixes:
            continue
        if _OUTLET_24.fullmatch(key):
            start = i
        elif key in suffixes and t.word(i - 1) and not t.stop(i - 1):
            if any(stem.removeprefix("ال") in t.lex.not_media_names for _n, stem in _variants(t.tokens[i - 1].key)):
                continue  # "الفايك نيوز": fake news
            start = i - 1
        else:
            continue
        first = t.tokens[start].text
        letters = first.rstrip("0123456789")
        whole_place = _listed_as(t, fold(letters), LOC)  # "وجدة24" is Oujda's, not "و" + Jeddah's
        # "وهبة بريس" after "و"; not "بايلاين تايمز", whose ب is its own ("ايلاين" is hardly a word)
        stem = zipf(letters[1:])
        clitic = 1 if first[:1] in "وبلف" and not whole_place and stem >= 2.0 and stem > zipf(letters) else 0
        text, begin, end = t.span(start, i + 1, clitic)
        found.append(Entity("ORG", text, text, None, begin, end))
    return found


def _quoted_sources(t: _Text) -> list[Entity]:
    """'حسب “الصباح”', 'أوردت “هسبريس”': a name of one or two words quoted right after a word
    citing a source is the outlet cited (not a place, a person or an organization known apart)."""
    found = []
    cues = t.lex.source_cues
    for i in (q - 1 for q in range(1, len(t.tokens)) if t.tokens[q].text in _OPEN_QUOTES):
        token = t.tokens[i]
        cited = any(stem in cues for _, stem in _variants(token.key))
        cited = cited or (i > 0 and f"{t.tokens[i - 1].key} {token.key}" in cues)  # "نقلا عن"
        quoted = _quoted_span(t, i + 1, longest=2) if cited else None
        # (a family name in the name data may be an outlet's name: "الصباح")
        if quoted and all(t.word(k) and not t.hit(k, *_NOT_OUTLETS) for k in range(*quoted)):
            text, start, end = t.span(*quoted)
            found.append(Entity("ORG", text, text, None, start, end))
    return found


def _cited_sources(t: _Text) -> list[Entity]:
    """'/برلمان –', '/ مراكش الأن' at a line's end: the outlet an item of a round-up is from."""
    found = []
    if "/" not in t.text:
        return found
    for i, token in enumerate(t.tokens):
        if token.text != "/":
            continue
        j = i + 1
        while j < len(t.tokens) and j - i <= 3 and t.word(j) and not t.stop(j) and not t.tokens[j].key.isascii():
            j += 1
        if j > i + 1 and j < len(t.tokens) and t.tokens[j].key == "24":
            j += 1  # "/أكادير 24 –": a "X24" outlet written apart
        closed = j == len(t.tokens) or t.tokens[j].text in _DASHES or t.tokens[j].text.startswith("\n")
        if j > i + 1 and closed and not (t.hit(i + 1, LOC) and t.hit(i + 1, LOC).end == j):
            text, start, end = t.span(i + 1, j)
            found.append(Entity("ORG", text, text, None, start, end))
    return found


def _dateline_agencies(t: _Text) -> list[Entity]:
    """The news agency of a dateline: in brackets after its place ('تونس (وات) -', 'عمان 23 تشرين
    الثاني (بترا) -'), or one word after its dash closing the line ('المنامة - بنا')."""
    found = []
    for i in t.starting(LOC):
        mark = _dateline_mark(t, t.hit(i, LOC))
        if mark is None:
            continue
        if t.tokens[mark].text == "(":
            inside = range(mark + 1, min(mark + 5, len(t.tokens)))
            close = next((k for k in inside if t.tokens[k].text == ")"), 0)
            dashed = 0 < close + 1 < len(t.tokens) and t.tokens[close + 1].text in _DASHES
            if not dashed or close == mark + 1 or not all(t.word(k) for k in range(mark + 1, close)):
                continue
        else:  # one word closing the line; a byline's name is no agency: "الرباط - محمد"
            close = mark + 2
            closed = close == len(t.tokens) or (close < len(t.tokens) and "\n" in t.tokens[close].text)
            word = t.word(mark + 1)
            if not closed or word is None or t.hit(mark + 1, LOC, FIGURE, GIVEN, AMBIGUOUS_GIVEN, ROLE):
                continue
        known = t.hit(mark + 1, ORG)
        text, start, end = t.span(mark + 1, close)
        canonical = known.entry.canonical if known is not None and known.end == close and not known.clitic else text
        found.append(Entity("ORG", text, canonical, None, start, end))
    return found


def _events(t: _Text) -> list[Entity]:
    """Named events: a head, then definite words or a place, then maybe a year."""
    found = []
    for i in t.starting(EVENT_HEAD):
        head = t.hit(i, EVENT_HEAD)
        end = t.complement_end(head.end, 6, stop_at_locative=True)
        # "المؤتمر الدولي المنظم بجنيف": where or when it is held is not its name
        end = next((k for k in range(head.end, end) if t.tokens[k].key in t.lex.event_occasion_words), end)
        qualified = end > head.end
        # "مهرجان تيميتار": a rare word names it
        named_by = search_form(head.entry.canonical) in t.lex.events_named_by_a_word and end == head.end
        if named_by and t.word(end) and not (t.stop(end) or t.prepositional(end, "وبفل") or t.hit(end, LOC, ORG)):
            end, qualified = (end + 1, True) if zipf(t.tokens[end].text) < RARE_NAME_ZIPF else (end, qualified)
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
    # (an indefinite head read after "ل" that a feminine adjective follows is "ال" written after it:
    # "للجنة الإقليمية" is "اللجنة الإقليمية"; "للجنة التحقيق" is ل and "لجنة التحقيق")
    adjective = head.end < end and t.definite(head.end) and t.tokens[head.end].key.endswith("يه")
    definite = search_form(head.entry.canonical).startswith("ال") or adjective
    if head.clitic and t.tokens[i].key[: head.clitic + 1].endswith("لل") and definite:
        # "(و)للشرطة الوطنية": keep both lams in the text ("للجنة" is ل + "لجنة")
        text, start, stop = t.span(i, end, head.clitic - 1)
        # (a word starting with ل shares it with the article's: "للجنة" is ل + "اللجنة")
        return text, start, stop, "ال" + text[1 if search_form(head.entry.canonical).startswith("ل") else 2 :]
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


def _places_inside(found: list[Entity], candidates: list[Entity], serving: tuple[str, ...]) -> list[Entity]:
    """The place named inside an event's name is a place mention too: "مونديال روسيا" is held in
    روسيا, "أولمبياد باريس 2024" in باريس; not a continent that names a competition ("كأس إفريقيا",
    "دوري أبطال أوروبا"). So is the city a police unit serves (``serving``, its heads' search
    forms): "ولاية أمن أكادير", and a court's town: "محكمة جنايات الجيزة"."""
    served = [e for e in found if e.kind == "ORG" and search_form(e.canonical).startswith((*serving, "محكمه "))]
    named = [e for e in found if e.kind == "EVENT"] + served
    inside = [
        c
        for c in candidates
        if c.kind == "LOC"
        and search_form(c.canonical) not in _CONTINENTS
        and any(n.start <= c.start and c.end <= n.end for n in named)
    ]
    return _flatten(inside)


def find_all(texts: list[tuple[str | None, str, str | None]]) -> list[list[Entity] | str]:
    """find_entities over (title, body, outlet) triples, for a worker process: each article's
    entities, or why finding them failed (one article's defect does not cost the others)."""
    found: list[list[Entity] | str] = []
    for title, body, outlet in texts:
        try:
            found.append(find_entities(title, body, outlet))
        except Exception as exc:  # reported per article, as extract() would
            found.append(f"extraction failed: {type(exc).__name__}: {exc}")
    return found


def find_entities(title: str | None, body: str, outlet: str | None = None) -> list[Entity]:
    """Entities of the title and the body, read together so that names resolve across both."""
    head = f"{title}\n\n" if title else ""
    t = _Text(head + body, outlet)
    candidates = (
        _people(t)
        + _lexicon_entities(t)
        + _named_places(t)
        + _prefixed_places(t)
        + _abad_towns(t)
        + _districts(t)
        + _organizations(t)
        + _quoted_organizations(t)
        + _outlet_mentions(t, outlet)
        + _media_names(t)
        + _portfolio_ministries(t)
        + _events(t)
    )
    found = _flatten(candidates)
    serving = tuple(head + " " for head in t.lex.serving_heads)
    found = sorted(found + _places_inside(found, candidates, serving), key=lambda e: e.start)
    return [_placed(e, len(head)) for e in found]


def _placed(e: Entity, head: int) -> Entity:
    """The entity with offsets into its field (the title, or the body after ``head`` characters),
    its name and role without vowel marks ("ناصرُ بوريطة" is listed as "ناصر بوريطة")."""
    plain = {"canonical": plain_form(e.canonical), "role": e.role and plain_form(e.role)}
    if e.end <= head:
        return replace(e, field="title", **plain)
    return replace(e, start=e.start - head, end=e.end - head, **plain)

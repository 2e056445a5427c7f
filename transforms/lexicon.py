"""The entity lexicons, compiled into one Aho-Corasick automaton over search-form text.

Sources, all reviewed data shipped with the package:
* places: CLDR's Arabic country, region and time-zone city names (read through Babel, not
  typed by hand), data/places.toml (reviewed: Moroccan regions and provinces, aliases) and
  data/cities.tsv (GeoNames cities of 100,000 people or more, 50,000 in the Arab states, built by
  tools/build_places.py) and data/regions.tsv (CLDR's Arabic names of the Arab states' provinces
  and governorates, built by tools/build_regions.py);
  names that are also common words or personal names are left out;
* organizations, events, honorifics and role words: data/*.toml;
* given and family names: data/names.tsv (how many people in Wikidata carry each name, built by
  tools/build_names.py) plus data/given_names.toml (foreign names as Arabic news writes them).

Every entry is stored in search form (transforms.text.search_form), so spelling variants in
hamza, alef maksura and teh marbuta match the same entry.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources

import ahocorasick
from babel import Locale
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar

from transforms.common_words import article_zipf, zipf
from transforms.text import search_form

# CLDR territory codes that are not places (organizations, unknown, the whole world).
NOT_PLACES = {"EU", "EZ", "UN", "001", "QO", "ZZ", "XA", "XB"}
_PARENTHESES = re.compile(r"\s*\(.*?\)")

# Kinds of gazetteer entries.
LOC, ORG, EVENT_HEAD, ORG_HEAD, QUOTED_ORG_HEAD, GIVEN, AMBIGUOUS_GIVEN = (
    "LOC", "ORG", "EVENT_HEAD", "ORG_HEAD", "QUOTED_ORG_HEAD", "GIVEN", "AMBIGUOUS_GIVEN"
)  # fmt: skip
HONORIFIC, OCCUPATION, ROLE, AREA_HEAD, FACILITY_HEAD = "HONORIFIC", "OCCUPATION", "ROLE", "AREA_HEAD", "FACILITY_HEAD"
PLACE_PREFIX = "PLACE_PREFIX"  # a word that starts a place name without a head ("سيدي", "آيت")
FAMILY = "FAMILY"  # a family name that real people carry ("بنكيران", "الداودي")
FIGURE = "FIGURE"  # the full name of a public figure (data/figures.toml)
SPEECH_VERB = "SPEECH_VERB"  # a verb of saying, its speaker after it ("وقال كارلو أنشيلوتي إن")
LIST_OPENER = "LIST_OPENER"  # words that open a list of names ("بحضور كل من", "نشطاء مثل")
# A figure's last word alone names the figure only when it is rare as a word: below this Zipf
# frequency as written, and below FIGURE_ARTICLE_ZIPF with the article ("العلمي", "حسني" no).
FIGURE_ZIPF = 3.0
FIGURE_ARTICLE_ZIPF = 2.0
# A name counts as a given name when at least this many people in the name data carry it; one
# bearer is enough for a family name (most are rare), since a family name is only ever used as
# evidence next to other evidence.
MIN_GIVEN = 3
MIN_FAMILY = 1
# A GeoNames city smaller than this that at least MIN_NAMESAKES people in the name data bear as a
# name is read as a place only after a cue ("خوانما مورينو" is a person, not Moreno in Argentina).
NAMESAKE_CITY_POPULATION = 1_000_000
MIN_NAMESAKES = 2


@dataclass(frozen=True)
class Entry:
    kind: str
    canonical: str  # display name the entry stands for
    words: int  # number of words in the entry
    bearers: int | None = None  # names: people in the name data who carry it; None: a reviewed list


@dataclass(frozen=True)
class Lexicon:
    automaton: ahocorasick.Automaton  # search-form key + " " -> (key, entries, is the لل-variant of an ال key)
    stopwords: frozenset[str]  # light form (see light_form)
    joiners: frozenset[str]  # search form
    name_links: frozenset[str]  # search form: joiners and the particles of European names ("فون")
    name_particles: frozenset[str]  # search form: the particles alone ("فون", "دي", "فان")
    not_person_names: frozenset[str]  # search form of phrases that read as a name ("عيد ميلاد")
    credits: frozenset[str]  # search form of list openers naming a work's makers ("إخراج", "بطولة")
    namings: frozenset[str]  # search form of words that say a person's name follows ("المدعو")
    namings_of_things: frozenset[str]  # search form of words that say any name follows ("سميتو")
    person_nouns: frozenset[str]  # search form of nouns for a person, without the article ("رجل")
    relatives: frozenset[str]  # search form of words for someone's relative ("زوجته", "مراتو")
    ranks: frozenset[str]  # search form of the occupations that are ranks, titles before a name ("اللواء")
    appointed_roles: frozenset[str]  # search form of one-word roles in the accusative ("وزيرا", "سفيرا")
    word_ranks: frozenset[str]  # search form of ranks that are common words too: ranks only before a given name
    darija_markers: frozenset[str]  # search form of Darija function words ("ديال", "غادي")
    events_needing_qualifier: frozenset[str]  # search form
    event_occasion_words: frozenset[str]  # search form of words that end an event's name ("المنعقدة")
    events_named_by_a_word: frozenset[str]  # search form of heads one rare word names ("مهرجان موازين")
    companies_named_by_a_word: frozenset[str]  # search form of heads one rare word names ("شركة رونو")
    institutions_named_with_head: frozenset[str]  # of those, heads that are part of the name ("جامعة جورجتاون")
    papers_named_by_a_place: frozenset[str]  # search form of press heads a place names ("صحيفة الرياض")
    clubs_needing_a_cue: frozenset[str]  # search form of clubs named by a common word ("الهلال")
    sport_words: frozenset[str]  # search form of the words that make a sentence about sport
    named_after_people: frozenset[str]  # search form of heads a person's name names ("جامعة هواري بومدين")
    ambiguous_places: frozenset[str]  # search form of place names that are also common words
    org_head_keys: frozenset[str]  # search form of the words that head an organization's name
    darija_stopwords: frozenset[str]  # light form of words that end a name in Darija text only
    figure_families: frozenset[str]  # search form of figures' last words that name them alone
    figure_family_firsts: frozenset[str]  # the first word of each of them, to rule tokens out fast
    figure_last_words: frozenset[str]  # search form of the figures' one-word last names, common words too
    place_compounds: frozenset[str]  # search form of words that start two-word place names ("باب الفتوح")
    place_trailers: frozenset[str]  # search form of words that end a facility's name ("التابع")
    plural_areas: frozenset[str]  # search form of heads a list of places follows ("أحياء")
    place_qualifiers: frozenset[str]  # search form of words that end an area's name ("العليا")
    compass_points: frozenset[str]  # search form of words naming a place's part ("شمال دارفور")
    place_given_names: frozenset[str]  # search form of places that people carry as given names ("جورجيا")
    generic_qualifiers: frozenset[str]  # search form of words that alone after a head name no organization
    descriptions: frozenset[str]  # search form of indefinite adjectives describing a body: "مؤسسة خاصة"
    part_heads: frozenset[str]  # search form of heads naming a part of the organization after them
    party_parts: frozenset[str]  # search form of heads naming a party's group or wing ("شبيبة")
    contests: frozenset[str]  # search form of contests a team prepares for, ending its name ("التصفيات")
    serving_heads: frozenset[str]  # search form of police units' heads named by the district they serve
    not_organizations: frozenset[str]  # search form of a head and a word that name none ("هيئة الدفاع")
    national_heads: frozenset[str]  # search form of heads naming an organization only with a country
    national_societies: frozenset[str]  # search form of movements a nationality names a society of
    regional_adjectives: frozenset[str]  # search form of adjectives that act as a nationality ("الأوروبي")
    portfolios: dict[str, str]  # search form of a portfolio -> its ministry ("الداخليه": وزارة الداخلية)
    media_suffixes: frozenset[str]  # search form of words that make the word before them an outlet ("بريس")
    not_media_names: frozenset[str]  # search form of words that make "X نيوز" a phrase ("فايك")
    source_cues: frozenset[str]  # search form of words citing a source, its name quoted after ("حسب")
    nationalities: dict[str, str]  # search-form stem of a nationality adjective -> country ("فرنس": فرنسا)
    countries: frozenset[str]  # the countries' names (canonical), the nationalities' values


def _data(name: str) -> dict:
    return tomllib.loads(resources.files("transforms").joinpath("data", name).read_text("utf-8"))


_ARTICLE = re.compile(r"^(?:[وبل]?ال|لل)")
_NISBA = re.compile(r"(?:يه|ي|يين|يون)$")


def nationality_stem(word: str) -> str:
    """The stem a nationality adjective (search form) is listed under: "الفرنسيه" -> "فرنس"."""
    return _NISBA.sub("", _ARTICLE.sub("", word))


def light_form(word: str) -> str:
    """Diacritics and tatweel removed, alef folded; alef maksura and teh marbuta kept."""
    return normalize_alef_ar(dediac_ar(word)).replace("\u0640", "")


def key(text: str) -> str:
    return " ".join(search_form(text).split())


@cache  # read twice while the lexicon is built: for the entries and for places that are given names
def _places(regions: bool = True) -> dict[str, str]:
    """Search form of every place's spellings -> its name (``regions``: with data/regions.tsv's,
    which tools/build_regions.py builds from the places known without them)."""
    data = _data("places.toml")
    ar = Locale("ar")
    table: dict[str, str] = {}
    countries: dict[str, str] = {}
    for code, name in ar.territories.items():
        if code in NOT_PLACES:
            continue
        name = _PARENTHESES.sub("", name).strip()
        table[key(name)] = name
        if not code.isdigit():
            countries[key(name)] = name
    for zone in ar.time_zones.values():
        city = zone.get("city")
        if city:
            table.setdefault(key(city), city)
    for city, variants in data["cities"].items():
        for spelling in [city, *variants]:
            table[key(spelling)] = city
    for city, spellings in _geonames():
        for spelling in spellings:
            table.setdefault(key(spelling), city)
    for spelling, region, _needs_cue in _regions() if regions else []:
        table.setdefault(key(spelling), region)
    for alias, name in data["aliases"].items():
        table[key(alias)] = name
    for spelling, name in list(table.items()):  # "العرايش", "الجزاير": yeh for the hamza on its seat
        table.setdefault(spelling.replace("ئ", "ي"), name)
    for spelling, name in list(table.items()):
        # a "g" as Moroccan text writes it, ك (or گ, which folds to it): "ستراسبورك", "هونك كونك",
        # "الكابون"; at the end of a word, or everywhere in it
        words = spelling.split()
        final = [w[:-1] + "ك" if w.endswith("غ") else w for w in words]
        everywhere = [w.replace("غ", "ك") for w in words]
        # (one word must be no common word as well, "براك" is not Prague; nor short: "ديكو", "déco")
        if final != words and (len(words) > 1 or zipf(final[0]) < 3.0):
            table.setdefault(" ".join(final), name)
        if everywhere != words and (len(words) > 1 or (zipf(everywhere[0]) < 3.0 and len(everywhere[0]) >= 5)):
            table.setdefault(" ".join(everywhere), name)
    for word in data["state_words"]["words"]:
        for country_key, name in countries.items():
            table.setdefault(f"{key(word)} {country_key}", name)
        # "الجمهورية الموريتانية", "المملكة الأردنية": the state named by its nationality
        if word.startswith("ال"):
            for stem, name in data["nationalities"].items():
                table.setdefault(f"{key(word)} ال{key(stem)}يه", name)
    return table


def is_place(text: str) -> bool:
    """The text is a known place's name ("مصر", "لبنان"), as a site's section label can be."""
    return key(text) in _places()


def opens_with_given_name(text: str) -> bool:
    """The text's first word, or first two, is a given name ("محمد بلقاسم", "عبد الله …"): a
    person's name, as a byline's can be. (Read from the name data alone, not the lexicon, which
    the flow leaves to the entity worker.)"""
    first = key(text).split()[:2]
    return any(" ".join(first[:n]) in _given_names() for n in (1, 2) if len(first) >= n)


@cache
def _given_names() -> frozenset[str]:
    """Search form of the given names: those the name data has for enough people, and the reviewed ones."""
    counted = {name for name, given, _family in _name_counts() if given >= MIN_GIVEN}
    return frozenset(counted | {key(name) for name in _data("given_names.toml")["names"]})


def _keys(words: list[str]) -> frozenset[str]:
    """The search forms of a data file's list of words."""
    return frozenset(key(w) for w in words)


def _tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without its '#' comment lines."""
    text = resources.files("transforms").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _geonames() -> list[tuple[str, list[str]]]:
    """(display name, spellings to match) of the cities in data/cities.tsv."""
    return [(name, spellings.split("|")) for name, spellings, _cc, _pop in _tsv("cities.tsv")]


def _ambiguous_places() -> frozenset[str]:
    """Search form of the places that need a cue: the listed ones, the cities people bear as names
    and the regions whose names are short or words of their own."""
    listed = {key(name) for name in _data("places.toml")["ambiguous"]["names"]}
    regions = {key(spelling) for spelling, _name, needs_cue in _regions() if needs_cue}
    return frozenset(listed | regions) | _person_named_cities()


def _regions() -> list[tuple[str, str, bool]]:
    """(spelling to match, name, whether it needs a cue) of the provinces and regions in
    data/regions.tsv ("منطقة الجوف" is the region الجوف, matched with its head)."""
    return [(spelling, name, cue == "cue") for spelling, name, _country, _code, cue in _tsv("regions.tsv")]


def _entries() -> dict[str, set[Entry]]:
    entries: dict[str, set[Entry]] = {}

    def add(text: str, kind: str, canonical: str | None = None, bearers: int | None = None) -> None:
        k = key(text)
        if k:
            entries.setdefault(k, set()).add(Entry(kind, canonical or text, len(k.split()), bearers))

    for k, name in _places().items():
        entries.setdefault(k, set()).add(Entry(LOC, name, len(k.split())))
    orgs = _data("organizations.toml")
    for name, aliases in orgs["known"].items():
        for spelling in [name, *aliases]:
            add(spelling, ORG, name)
    for club in orgs["clubs_needing_a_cue"]["names"]:
        add(club, ORG)
    for head in [*orgs["heads"]["words"], *orgs["heads"]["national"], *orgs["heads"]["party_parts"]]:
        add(head, ORG_HEAD)
    for head in orgs["heads"]["quoted_name_heads"]:
        add(head, QUOTED_ORG_HEAD)
    for head in _data("events.toml")["heads"]:
        add(head, EVENT_HEAD)
    place_heads = _data("places.toml")["heads"]
    for head in place_heads["areas"]:
        add(head, AREA_HEAD)
    for head in place_heads["facilities"]:
        add(head, FACILITY_HEAD)
    for word in place_heads["place_prefixes"]:
        add(word, PLACE_PREFIX)
    people = _data("people.toml")
    for word in [*people["honorifics"], *people["namings"], *people["namings_of_things"]]:
        add(word, HONORIFIC)
    for word in [*people["occupations"], *people["relatives"]]:
        add(word, OCCUPATION)
    for word in people["role_heads"]:
        add(word, ROLE)
    for word in people["speech_verbs"]:
        add(word, SPEECH_VERB)
    for words in [*people["list_openers"], *people["credits"]]:
        add(words, LIST_OPENER)
    # a word that is a place, a role, a head noun ... is not read as a name, unless it is a place
    # that needs a cue ("رانية", a town in Iraq, is mostly the given name Rania)
    taken = set(entries) - _ambiguous_places()
    names = _data("given_names.toml")
    ambiguous = {key(n) for n in names["ambiguous"]}
    reviewed = {key(n) for n in names["names"]}
    not_names = {key(n) for n in names["not_names"]}
    for name, given, family in _name_counts():
        if name in taken or name in not_names:
            continue
        if given >= MIN_GIVEN and name not in reviewed:
            add(name, AMBIGUOUS_GIVEN if name in ambiguous else GIVEN, bearers=given)
        if family >= MIN_FAMILY:
            add(name, FAMILY, bearers=family)
    for name in names["names"]:
        kind = AMBIGUOUS_GIVEN if key(name) in ambiguous else GIVEN
        add(name, kind)
        if (written := _g_as_k(name)) is not None:
            add(written, kind, name)  # "اگناسيو", "گابرييل": the g as Moroccan text writes it
        if name.startswith("عبد "):
            add(name.replace(" ", "", 1), kind, name)  # "عبدالعزيز", as Gulf text writes it
    for name in _data("figures.toml")["figures"]["names"]:
        add(name, FIGURE)
        if (written := _g_as_k(name)) is not None:
            add(written, FIGURE, name)  # "رجب طيب أردوگان"
    return entries


def _g_as_k(name: str) -> str | None:
    """The name with its "g" written ك as Moroccan text does (or گ, which folds to it): "أردوگان",
    "گوارديولا"; None when it has no غ or a word so written is common or short."""
    words = name.split()
    written = [w.replace("غ", "ك") for w in words]
    changed = [w for w, old in zip(written, words, strict=True) if w != old]
    if not changed or any(zipf(w) >= 3.0 or len(w) < 5 for w in changed):
        return None
    return " ".join(written)


def _figure_families() -> frozenset[str]:
    """Figures' last words that are rare as words and borne by one figure only, with the article
    too ("حموشي", "الحموشي"); for a name of three words or more whose last word is common, its
    last two ("الطالبي العلمي", "ولد الرشيد")."""
    data = _data("figures.toml")["figures"]
    frequent = {key(word) for word in data["frequent_families"]}  # "ترامب", "ميسي": reviewed
    figures_by_family: dict[str, set[str]] = {}
    for name in data["names"]:
        words = name.split()
        last = words[-1]
        # one person however the family name is written: "ليلى حديوي" and "ليلى الحديوي"
        person = key(" ".join([*words[:-1], last.removeprefix("ال")]))
        rare = zipf(last) < FIGURE_ZIPF and (last.startswith("ال") or article_zipf(last) < FIGURE_ARTICLE_ZIPF)
        rare = rare or key(last) in frequent
        if len(key(last)) >= 4 and rare:
            figures_by_family.setdefault(key(last), set()).add(person)
            if not last.startswith("ال"):  # "الحموشي" for "حموشي": rare with the article too (see `rare`)
                figures_by_family.setdefault(key("ال" + last), set()).add(person)
        elif len(words) >= 3:
            figures_by_family.setdefault(key(" ".join(words[-2:])), set()).add(person)
    for family, figures in list(figures_by_family.items()):
        if (written := _g_as_k(family)) is not None:
            figures_by_family.setdefault(key(written), set()).update(figures)  # "أردوگان"
    return frozenset(family for family, figures in figures_by_family.items() if len(figures) == 1)


def _figure_last_words(people: dict) -> frozenset[str]:
    """The last word of every figure's name of two words or more, whether or not it is a common
    word, when one figure alone bears it ("الخلفي", "الرميد"): such a word is the figure right
    before a role ("وكان الخلفي الناطق الرسمي باسم الحكومة"). ``people``: people.toml, read."""
    fields = ("role_heads", "occupations", "relatives", "honorifics", "namings", "namings_of_things")
    titles = {key(w) for field in fields for w in people[field]}
    bearers: dict[str, set[str]] = {}
    for name in _data("figures.toml")["figures"]["names"]:
        words = name.split()
        last = key(words[-1])
        # not a title itself: "الوالي" (the governor) of "رشيد الوالي"
        if len(words) >= 2 and len(last) >= 4 and not {last, last.removeprefix("ال")} & titles:
            bearers.setdefault(last, set()).add(key(name))
    return frozenset(word for word, names in bearers.items() if len(names) == 1)


def _appointed_roles(people: dict) -> frozenset[str]:
    """The masculine one-word role heads in the accusative, as an appointment names the post
    after the person ("عين السيد سيفي غريب وزيرا أول"). ``people``: people.toml, read."""
    heads = (key(w) for w in people["role_heads"] if " " not in w)
    return frozenset(head + "ا" for head in heads if not head.startswith("ال") and not head.endswith(("ه", "ي", "ا")))


def _place_given_names() -> frozenset[str]:
    """Places that the name data has as given names ("جورجيا" Meloni, "صوفيا"): after a role with
    its nationality they start the name."""
    places = _places()
    return frozenset(name for name, given, _family in _name_counts() if name in places and given >= MIN_GIVEN)


@cache
def _person_named_cities() -> frozenset[str]:
    """Spellings of the smaller GeoNames cities that people bear as names too ("مورينو" in
    Argentina, and Juanma Moreno; "مرادي", "بيريرا"): like other ambiguous places, they need a cue."""
    names = {name: given + family for name, given, family in _name_counts()}
    listed = _data("places.toml")["cities"].items()
    reviewed = {key(spelling) for city, variants in listed for spelling in [city, *variants]}
    return frozenset(
        k
        for _name, spellings, _cc, population in _tsv("cities.tsv")
        if int(population) < NAMESAKE_CITY_POPULATION
        for k in map(key, spellings.split("|"))
        if names.get(k, 0) >= MIN_NAMESAKES and k not in reviewed  # ("إفران" is listed as a place)
    )


def _name_counts() -> list[tuple[str, int, int]]:
    """(name in search form, people with it as given name, as family name) from data/names.tsv."""
    return [(name, int(given), int(family)) for name, given, family in _tsv("names.tsv")]


@cache
def nationalities() -> dict[str, str]:
    """Search-form stem of a nationality adjective -> its country ("فرنس": فرنسا). Read on its own
    too: naming a guest's country needs it, not the whole lexicon."""
    return {key(stem): country for stem, country in _data("places.toml")["nationalities"].items()}


_BUILT: list[Lexicon] = []  # the lexicon once built, or the one given to use_lexicon


def lexicon() -> Lexicon:
    """The lexicon: built on first use, or the one an earlier run kept (use_lexicon)."""
    if not _BUILT:
        _BUILT.append(build_lexicon())
    return _BUILT[0]


def use_lexicon(built: Lexicon) -> None:
    """Use a lexicon built earlier from the same sources (see fingerprint)."""
    _BUILT[:] = [built]


def fingerprint() -> str:
    """What the lexicon is built from: the data files, the code that reads them and the versions
    of the libraries it asks. A lexicon kept under this fingerprint is the one build_lexicon would
    build now."""
    digest = hashlib.sha256(sys.version.encode())
    for dist in ("babel", "camel-tools", "wordfreq", "pyahocorasick"):
        digest.update(f"{dist}={metadata.version(dist)}".encode())
    package = resources.files("transforms")
    sources = sorted(package.joinpath("data").iterdir(), key=lambda f: f.name)
    for source in [package.joinpath(f"{m}.py") for m in ("lexicon", "text", "common_words")] + sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def build_lexicon() -> Lexicon:
    automaton = ahocorasick.Automaton()
    for k, found in _entries().items():
        ordered = tuple(sorted(found, key=lambda e: (e.kind, e.canonical)))
        # Each key ends with a space, as every token in the joined text does: only whole-word
        # endings match, and the automaton drops the many hits that end inside a longer word.
        automaton.add_word(k + " ", (k, ordered, False))
        if k.startswith("ال") and len(k) > 3 and not automaton.exists("ل" + k[2:] + " "):
            # "للمغرب": the preposition ل swallows the alef of ال; match "لمغرب" right after that ل.
            automaton.add_word("ل" + k[2:] + " ", ("ل" + k[2:], ordered, True))
    automaton.make_automaton()
    people = _data("people.toml")
    events = _data("events.toml")
    orgs = _data("organizations.toml")
    places = _data("places.toml")
    return Lexicon(
        automaton=automaton,
        stopwords=frozenset(light_form(w) for w in people["stopwords"]),
        darija_stopwords=frozenset(light_form(w) for w in people["darija_stopwords"]),
        joiners=_keys(people["name_joiners"]),
        name_links=_keys(people["name_joiners"] + people["name_particles"]),
        name_particles=_keys(people["name_particles"]),
        not_person_names=_keys(people["not_names"]),
        credits=_keys(people["credits"]),
        namings=_keys(people["namings"]),
        namings_of_things=_keys(people["namings_of_things"]),
        person_nouns=_keys(people["person_nouns"]),
        relatives=_keys(people["relatives"]),
        ranks=_keys(people["ranks"]),
        appointed_roles=_appointed_roles(people),
        word_ranks=_keys(people["word_ranks"]),
        darija_markers=_keys(people["darija_markers"]),
        events_needing_qualifier=_keys(events["need_qualifier"]),
        event_occasion_words=_keys(events["occasion_words"]),
        events_named_by_a_word=_keys(events["named_by_a_word"]),
        companies_named_by_a_word=_keys(orgs["heads"]["named_by_a_word"]),
        named_after_people=_keys(orgs["heads"]["named_after_people"]),
        clubs_needing_a_cue=_keys(orgs["clubs_needing_a_cue"]["names"]),
        sport_words=_keys(orgs["clubs_needing_a_cue"]["cues"]),
        papers_named_by_a_place=_keys(orgs["heads"]["named_by_a_place"]),
        institutions_named_with_head=_keys(orgs["heads"]["named_with_head"]),
        ambiguous_places=_ambiguous_places(),
        figure_families=(families := _figure_families()),
        figure_family_firsts=frozenset(family.split()[0] for family in families),
        figure_last_words=_figure_last_words(people),
        place_compounds=_keys(places["heads"]["compound_names"]),
        place_trailers=_keys(places["heads"]["trailers"]),
        plural_areas=_keys(places["heads"]["plural_areas"]),
        place_qualifiers=_keys(places["heads"]["qualifiers"]),
        compass_points=_keys(places["heads"]["compass_points"]),
        place_given_names=_place_given_names(),
        generic_qualifiers=_keys(orgs["heads"]["generic_qualifiers"]),
        descriptions=_keys(orgs["heads"]["descriptions"]),
        part_heads=_keys(orgs["heads"]["parts"]),
        party_parts=_keys(orgs["heads"]["party_parts"]),
        contests=_keys(orgs["heads"]["contests"]),
        serving_heads=_keys(orgs["heads"]["serving"]),
        not_organizations=_keys(orgs["heads"]["not_names"]),
        national_heads=_keys(orgs["heads"]["national"]),
        national_societies=_keys(orgs["heads"]["national_societies"]),
        org_head_keys=_keys(orgs["heads"]["words"]),
        regional_adjectives=_keys(orgs["heads"]["regional"]),
        portfolios={key(word): ministry for word, ministry in orgs["portfolios"].items()},
        media_suffixes=_keys(orgs["media"]["suffixes"]),
        not_media_names=_keys(orgs["media"]["not_names"]),
        source_cues=_keys(orgs["media"]["source_cues"]),
        nationalities=nationalities(),
        countries=frozenset(nationalities().values()),
    )

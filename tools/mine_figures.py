"""List candidate public figures for transforms/data/figures.toml from a corpus of articles.

Usage: .venv/bin/python tools/mine_figures.py ../shared/corpus/goud_marsum.jsonl [--min-articles 2]

Runs the built-in extractor over every article and prints the full names (two words or more)
it finds in at least ``--min-articles`` articles, most frequent first. The articles of the
evaluation sets (benchmarks/ner_eval/) are skipped, so that the list says nothing about them.
The output is a candidate list: a person reviews it (dropping places such as "مولاي رشيد",
phrases such as "عيد ميلاد", misspellings) before names go into figures.toml.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.entities import find_entities  # noqa: E402

GOLD_DIR = REPO / "benchmarks" / "ner_eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--min-articles", type=int, default=2)
    args = parser.parse_args()
    held_out = {
        json.loads(line)["id"] for path in GOLD_DIR.glob("*.jsonl") for line in path.read_text("utf-8").splitlines()
    }
    articles: dict[str, set[str]] = defaultdict(set)
    for line in args.corpus.read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["id"] in held_out:
            continue
        for entity in find_entities(record.get("title"), record["text"], record.get("outlet")):
            if entity.kind == "PERSON" and len(entity.canonical.split()) >= 2:
                articles[entity.canonical].add(record["id"])
    for name, ids in sorted(articles.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(ids) >= args.min_articles:
            print(f"{len(ids)}\t{name}")


if __name__ == "__main__":
    main()

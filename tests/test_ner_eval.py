"""Entity quality on the hand-annotated Goud articles must not fall below what was measured.

Skips when the Goud corpus (../shared/corpus, not part of the project) is absent.
"""

import json

import pytest

from tests.conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus" / "goud_marsum.jsonl"
# Measured F1 per gold set (benchmarks/ner_eval/), rounded down: floors, not goals.
FLOORS = {
    "dev": {"PERSON": 0.87, "ORG": 0.91, "LOC": 0.95},
    "dev2": {"PERSON": 0.83, "ORG": 0.85, "LOC": 0.90},
    "dev3": {"PERSON": 0.82, "ORG": 0.89, "LOC": 0.87},
    "test": {"PERSON": 0.88, "ORG": 0.85, "LOC": 0.87},
    "msa": {"PERSON": 0.98, "ORG": 0.96, "LOC": 0.90},
    "msa2": {"PERSON": 0.89, "ORG": 0.91, "LOC": 0.89},
    "msa3": {"PERSON": 0.92, "ORG": 0.85, "LOC": 0.88},
    "msa4": {"PERSON": 0.94, "ORG": 0.87, "LOC": 0.96},
    "msa5": {"PERSON": 0.91, "ORG": 0.93, "LOC": 0.88},
    "msa6": {"PERSON": 0.81, "ORG": 0.94, "LOC": 0.96},
    "msa7": {"PERSON": 0.88, "ORG": 0.87, "LOC": 0.96},
    "msa8": {"PERSON": 0.98, "ORG": 0.92, "LOC": 0.85},
    "msa9": {"PERSON": 0.90, "ORG": 0.95, "LOC": 0.93},
    "msa10": {"PERSON": 0.95, "ORG": 0.90, "LOC": 0.92},
    "msa11": {"PERSON": 0.94, "ORG": 0.89, "LOC": 0.92},
    "msa12": {"PERSON": 0.90, "ORG": 0.93, "LOC": 0.95},
    "msa13": {"PERSON": 0.86, "ORG": 0.89, "LOC": 0.91},
    "msa14": {"PERSON": 0.91, "ORG": 0.91, "LOC": 0.90},
    "msa15": {"PERSON": 0.91, "ORG": 0.88, "LOC": 0.96},
    "msa16": {"PERSON": 0.60, "ORG": 0.80, "LOC": 0.90},
    "msa17": {"PERSON": 0.91, "ORG": 0.89, "LOC": 0.95},
    "msa18": {"PERSON": 0.95, "ORG": 0.92, "LOC": 0.91},
    "msa19": {"PERSON": 0.70, "ORG": 0.91, "LOC": 0.88},
    "msa20": {"PERSON": 0.84, "ORG": 0.87, "LOC": 0.89},
    "msa21": {"PERSON": 0.80, "ORG": 0.88, "LOC": 0.89},
}


@pytest.mark.skipif(not CORPUS.exists(), reason="the Goud corpus is not next to the project")
@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_f1_does_not_regress(gold_set: str):
    from benchmarks.ner_eval import GOLD_SETS, load_gold, score

    corpus = {r["id"]: r for r in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
    result = score(load_gold(GOLD_SETS[gold_set]), corpus)
    for kind, floor in FLOORS[gold_set].items():
        assert result[kind]["f1"] >= floor, (kind, result[kind])


@pytest.mark.skipif(not CORPUS.exists(), reason="the Goud corpus is not next to the project")
def test_the_goals_hold_over_every_annotated_goud_article():
    """The issue's goals, over all 512 annotated Goud articles pooled: persons F1 >= 0.90,
    places >= 0.85, organizations >= 0.75."""
    from benchmarks.ner_eval import GOLD_SETS, load_gold, score

    corpus = {r["id"]: r for r in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
    result = score([row for path in GOLD_SETS.values() for row in load_gold(path)], corpus)
    assert result["PERSON"]["f1"] >= 0.90, result["PERSON"]
    assert result["LOC"]["f1"] >= 0.85, result["LOC"]
    assert result["ORG"]["f1"] >= 0.75, result["ORG"]


# The written items carry their own text: scored in every run, the corpus or not. Their first, blind
# runs gave PERSON 0.93, 0.84, 0.92, 0.89, 0.89, 0.90, 0.78, 0.85, 0.87, 0.93, 0.84, 0.95, 0.96,
# 0.84, 0.92, 0.97, 0.93, 0.88, 0.95, 0.84, 0.76, 0.87, 0.97, 0.84, 1.00, 0.96, 0.92, 0.87, 0.76,
# 0.85, 0.88, 0.86, 0.94, 0.94, 0.88, 0.88, 0.89, 0.84, 0.81, 0.89, 0.94, 1.00, 0.80, 0.90, 0.90,
# 0.88, 0.94, 0.98, 0.88, 0.87 and 0.87, ORG 0.92, 0.82, 0.91, 0.86, 0.86, 0.75, 0.90, 0.79, 0.87,
# 0.88, 0.87, 0.83, 1.00, 0.81, 0.91, 0.91, 0.79, 0.83, 0.91, 0.88, 0.89, 0.72, 0.84, 0.84, 0.88,
# 0.72, 0.91, 0.82, 0.85, 0.72, 0.81, 0.79, 0.69, 0.80, 0.74, 0.50, 0.82, 0.78, 0.87, 0.92, 0.74,
# 0.80, 0.87, 0.85, 0.93, 0.76, 0.88, 0.72, 0.92, 0.84 and 0.92, LOC 0.96, 0.88, 0.89, 0.92, 0.86,
# 0.84, 0.89, 0.88, 0.90, 0.95, 0.95, 0.96, 0.94, 0.96, 0.82, 0.88, 0.94, 0.91, 0.92, 0.93, 0.81,
# 0.78, 0.79, 0.84, 0.87, 0.74, 0.99, 0.75, 0.87, 0.73, 0.84, 0.89, 0.93, 0.81, 0.87, 0.92, 0.88,
# 0.85, 0.91, 0.94, 0.96, 0.93, 0.97, 0.96, 0.86, 0.97, 0.90, 0.83, 0.92, 0.94 and 0.97 (F1).
WRITTEN_FLOORS = {
    "written": {"PERSON": 0.97, "ORG": 0.95, "LOC": 0.97},
    "written2": {"PERSON": 0.94, "ORG": 0.93, "LOC": 0.94},
    "written3": {"PERSON": 0.98, "ORG": 0.93, "LOC": 0.90},
    "written4": {"PERSON": 0.95, "ORG": 0.94, "LOC": 0.97},
    "written5": {"PERSON": 0.97, "ORG": 0.93, "LOC": 0.94},
    "written6": {"PERSON": 0.98, "ORG": 0.89, "LOC": 0.88},
    "written7": {"PERSON": 0.96, "ORG": 0.94, "LOC": 0.92},
    "written8": {"PERSON": 0.94, "ORG": 0.87, "LOC": 0.95},
    "written9": {"PERSON": 0.91, "ORG": 0.92, "LOC": 0.94},
    "written10": {"PERSON": 0.94, "ORG": 0.94, "LOC": 0.96},
    "written11": {"PERSON": 0.93, "ORG": 0.95, "LOC": 0.93},
    "written12": {"PERSON": 0.93, "ORG": 0.88, "LOC": 0.94},
    "written13": {"PERSON": 0.98, "ORG": 0.98, "LOC": 0.96},
    "written14": {"PERSON": 0.90, "ORG": 0.96, "LOC": 0.98},
    "written15": {"PERSON": 0.98, "ORG": 0.98, "LOC": 0.86},
    "written16": {"PERSON": 0.96, "ORG": 0.95, "LOC": 0.95},
    "written17": {"PERSON": 0.94, "ORG": 0.88, "LOC": 0.98},
    "written18": {"PERSON": 0.91, "ORG": 0.87, "LOC": 0.93},
    "written19": {"PERSON": 0.96, "ORG": 0.98, "LOC": 0.92},
    "written20": {"PERSON": 0.93, "ORG": 0.88, "LOC": 0.96},
    "written21": {"PERSON": 0.98, "ORG": 0.93, "LOC": 0.93},
    "written22": {"PERSON": 0.98, "ORG": 0.89, "LOC": 0.85},
    "written23": {"PERSON": 0.98, "ORG": 0.92, "LOC": 0.87},
    "written24": {"PERSON": 0.95, "ORG": 0.96, "LOC": 0.93},  # "الديوان الأميري", an org the gold leaves out
    "written25": {"PERSON": 0.98, "ORG": 0.96, "LOC": 0.92},
    "written26": {"PERSON": 0.98, "ORG": 0.84, "LOC": 0.84},
    "written27": {"PERSON": 0.90, "ORG": 0.98, "LOC": 0.97},
    "written28": {"PERSON": 0.85, "ORG": 0.82, "LOC": 0.80},
    "written29": {"PERSON": 0.84, "ORG": 0.83, "LOC": 0.85},
    "written30": {"PERSON": 0.95, "ORG": 0.80, "LOC": 0.83},
    "written31": {"PERSON": 0.95, "ORG": 0.88, "LOC": 0.87},
    "written32": {"PERSON": 0.93, "ORG": 0.96, "LOC": 0.91},
    "written33": {"PERSON": 0.95, "ORG": 0.84, "LOC": 0.91},
    "written34": {"PERSON": 0.98, "ORG": 0.89, "LOC": 0.85},
    "written35": {"PERSON": 0.91, "ORG": 0.82, "LOC": 0.93},
    "written36": {"PERSON": 0.91, "ORG": 0.73, "LOC": 0.90},
    "written37": {"PERSON": 0.96, "ORG": 0.90, "LOC": 0.91},
    "written38": {"PERSON": 0.93, "ORG": 0.90, "LOC": 0.91},
    "written39": {"PERSON": 0.92, "ORG": 0.88, "LOC": 0.92},
    "written40": {"PERSON": 0.95, "ORG": 0.90, "LOC": 0.92},
    "written41": {"PERSON": 0.96, "ORG": 0.81, "LOC": 0.94},
    "written42": {"PERSON": 0.98, "ORG": 0.85, "LOC": 0.95},
    "written43": {"PERSON": 0.86, "ORG": 0.93, "LOC": 0.95},
    "written44": {"PERSON": 0.93, "ORG": 0.92, "LOC": 0.98},
    "written45": {"PERSON": 0.95, "ORG": 0.91, "LOC": 0.87},
    "written46": {"PERSON": 0.96, "ORG": 0.84, "LOC": 0.95},
    "written47": {"PERSON": 0.92, "ORG": 0.86, "LOC": 0.92},
    "written48": {"PERSON": 0.98, "ORG": 0.75, "LOC": 0.88},
    "written49": {"PERSON": 0.93, "ORG": 0.94, "LOC": 0.90},
    "written50": {"PERSON": 0.91, "ORG": 0.92, "LOC": 0.95},
    "written51": {"PERSON": 0.89, "ORG": 0.90, "LOC": 0.95},
}


@pytest.mark.parametrize("written_set", sorted(WRITTEN_FLOORS))
def test_f1_on_the_written_items_does_not_regress(written_set: str):
    from benchmarks.ner_eval import WRITTEN_SETS, load_gold, score

    result = score(load_gold(WRITTEN_SETS[written_set]), {})
    for kind, floor in WRITTEN_FLOORS[written_set].items():
        assert result[kind]["f1"] >= floor, (kind, result[kind])


def test_every_written_set_on_disk_is_scored_and_has_floors():
    from benchmarks.ner_eval import GOLD_DIR, WRITTEN_SETS

    on_disk = {path.stem for path in GOLD_DIR.glob("written*.jsonl")}
    assert on_disk == set(WRITTEN_SETS) == set(WRITTEN_FLOORS)

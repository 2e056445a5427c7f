"""Entity quality on the hand-annotated Goud articles must not fall below what was measured.

Skips when the Goud corpus (../shared/corpus, not part of the project) is absent.
"""

import json

import pytest

from tests.conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus" / "goud_marsum.jsonl"
# Measured F1 on benchmarks/ner_eval/goud_annotations.jsonl, rounded down: a floor, not a goal.
FLOORS = {"PERSON": 0.70, "ORG": 0.74, "LOC": 0.85}


@pytest.mark.skipif(not CORPUS.exists(), reason="the Goud corpus is not next to the project")
def test_f1_does_not_regress():
    from benchmarks.ner_eval import GOLD, score

    corpus = {r["id"]: r for r in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]
    result = score(gold, corpus)
    for kind, floor in FLOORS.items():
        assert result[kind]["f1"] >= floor, (kind, result[kind])

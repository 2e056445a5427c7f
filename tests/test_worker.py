"""Entities found in the worker process are those found in the flow's own process."""

import datetime as dt
import pickle

from flows.worker import EntityWorker, warm_lexicon
from tests.conftest import SEEDS
from transforms.article import no_entities
from transforms.batch import RawInput, entity_inputs, process_batch, with_entities
from transforms.entities import find_all
from transforms.lexicon import fingerprint, lexicon

REF = dt.date(2026, 11, 23)
SEED_ONE = sorted(SEEDS.glob("*.txt"))[1].read_bytes()


def seed_batch():
    inputs = [RawInput(path.name, path.read_bytes()) for path in sorted(SEEDS.glob("*.txt"))]
    inputs.append(RawInput("empty.txt", b""))
    return process_batch(inputs, {}, {}, REF, find=no_entities)


def test_the_worker_finds_what_the_flow_finds():
    warnings = []
    worker = EntityWorker(lambda *args: warnings.append(args))
    try:
        result = seed_batch()
        worker.submit(result)
        found = worker.collect()
    finally:
        worker.close()
    assert warnings == []
    assert found == find_all(entity_inputs(result))
    assert all(isinstance(entities, list) and entities for entities in found)  # every seed names someone


def test_when_the_worker_dies_the_flow_finds_the_entities_itself():
    warnings = []
    worker = EntityWorker(lambda *args: warnings.append(args))
    worker._process.kill()
    worker._process.wait()
    result = seed_batch()
    worker.submit(result)
    found = worker.collect()
    assert not worker.alive
    assert len(warnings) == 1 and "entity worker failed" in warnings[0][0]
    assert found == find_all(entity_inputs(result))


def test_entities_are_given_to_the_new_articles_and_a_failure_quarantines_one():
    result = seed_batch()
    new = result.with_status("new")
    found = find_all(entity_inputs(result))
    found[1] = "extraction failed: ValueError: boom"
    annotated = with_entities(result, found)
    statuses = [(o.source, o.status, o.reason) for o in annotated.outcomes]
    assert statuses[1] == (new[1].source, "quarantined", "extraction failed: ValueError: boom")
    assert statuses[-1] == ("empty.txt", "quarantined", "empty file")
    first = annotated.outcomes[0].article
    assert first.entities == found[0]
    assert first.meetings  # seed 000 reports a meeting, found from the entities given


def test_batches_handed_over_before_any_is_collected_come_back_in_order():
    worker = EntityWorker(lambda *args: None)
    try:
        first, second = seed_batch(), process_batch([RawInput("one.txt", SEED_ONE)], {}, {}, REF, find=no_entities)
        worker.submit(first)
        worker.submit(second)
        found_first, found_second = worker.collect(), worker.collect()
    finally:
        worker.close()
    assert found_first == find_all(entity_inputs(first))
    assert found_second == find_all(entity_inputs(second))


def test_the_lexicon_is_kept_between_runs_and_a_broken_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path))
    (tmp_path / "lexicon-0000000000000000.pickle").write_bytes(b"kept for other sources")
    built = lexicon()
    warm_lexicon()
    kept = tmp_path / f"lexicon-{fingerprint()}.pickle"
    assert [path.name for path in tmp_path.iterdir()] == [kept.name]  # the stale copy is gone
    loaded = pickle.loads(kept.read_bytes())
    assert loaded.stopwords == built.stopwords and loaded.portfolios == built.portfolios
    assert loaded.automaton.get("الرباط ")[0] == built.automaton.get("الرباط ")[0]
    kept.write_bytes(b"not a pickle")
    warm_lexicon()  # read fails: the lexicon in hand is used and kept again
    assert pickle.loads(kept.read_bytes()).stopwords == built.stopwords

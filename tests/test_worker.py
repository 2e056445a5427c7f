"""Entities found in the worker process are those found in the flow's own process."""

import datetime as dt

from flows.worker import EntityWorker
from tests.conftest import SEEDS
from transforms.article import no_entities
from transforms.batch import RawInput, entity_inputs, process_batch, with_entities
from transforms.entities import find_all

REF = dt.date(2026, 11, 23)


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

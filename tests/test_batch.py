import datetime as dt

from tests.conftest import SEEDS
from transforms.article import doc_id_of
from transforms.batch import RawInput, process_batch

REF = dt.date(2026, 11, 23)
SEED = (SEEDS / "000_8f02804348af47c4.txt").read_bytes()


def fates(inputs, known=None):
    result = process_batch(inputs, known or {}, {}, REF)
    return [(o.source, o.status, o.reason) for o in result.outcomes]


def test_each_input_gets_one_fate():
    inputs = [
        RawInput("a.txt", SEED),
        RawInput("b.txt", SEED),
        RawInput("empty1.txt", b""),
        RawInput("empty2.txt", b""),
        RawInput("gone.txt", None, "unreadable: No such file or directory"),
        RawInput("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" * 20),
    ]
    *fixed, (image, status, reason) = fates(inputs)
    assert fixed == [
        ("a.txt", "new", None),
        ("b.txt", "duplicate", "same content as a.txt"),
        ("empty1.txt", "quarantined", "empty file"),
        ("empty2.txt", "quarantined", "empty file"),
        ("gone.txt", "quarantined", "unreadable: No such file or directory"),
    ]
    assert (image, status) == ("image.png", "quarantined")
    assert reason.startswith("binary file")


def test_known_inputs_are_skipped_and_known_content_is_a_duplicate():
    known = {doc_id_of(SEED): ["old/a.txt"], doc_id_of(b""): ["gone.txt"]}
    inputs = [RawInput("old/a.txt", SEED), RawInput("new/a.txt", SEED), RawInput("gone.txt", None, "unreadable")]
    assert fates(inputs, known) == [
        ("old/a.txt", "skipped", "already loaded"),
        ("new/a.txt", "duplicate", "same content as old/a.txt"),
        ("gone.txt", "skipped", "already loaded"),
    ]

"""Finding and reading inputs: the flow's only file reads.

A run is pointed at files, folders (searched recursively) and glob patterns. Each input file
yields raw inputs: a .txt file is one article; every line of a .jsonl file and every record of
a .json or .csv export is one article, named ``<file>#L<line>`` or ``<file>#R<record>``. Any of
them may be gzip-compressed (``.gz``). Reading problems become inputs that carry an error, so
that the run quarantines them instead of stopping.
"""

from __future__ import annotations

import csv
import glob
import gzip
import hashlib
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from transforms.article import RecordFields, doc_id_of
from transforms.batch import RawInput

TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
SUFFIXES = TEXT_SUFFIXES + RECORD_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class FieldMap:
    """Which fields of a JSON or CSV record hold what (`--title-field` and friends)."""

    title: str = "title"
    body: str = "text"
    outlet: str = "outlet"
    date: str = "date"
    url: str = "url"


def _kind(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    return next((s for s in SUFFIXES if name.endswith(s)), "")


def discover(paths: list[str]) -> list[str]:
    """Input files under ``paths``, sorted, each once; a path that does not exist is kept (it fails on read)."""
    found: dict[str, str] = {}
    for given in paths:
        matches = glob.glob(given, recursive=True) if glob.has_magic(given) else [given]
        for match in matches:
            path = Path(match)
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p)) if path.is_dir() else [path]
            for file in files:
                found.setdefault(os.path.realpath(file), str(file))
    return sorted(found.values())


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()[:32]


def _open(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def read(source: str, fields: FieldMap = FieldMap(), max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawInput]:
    """The raw inputs of one input file, streamed."""
    path = Path(source)
    try:
        kind = _kind(path)
        if kind in TEXT_SUFFIXES or not kind:
            yield _read_text(path, source, max_bytes)
        elif kind in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path, source, fields, max_bytes)
        elif kind == ".json":
            yield from _read_json(path, source, fields, max_bytes)
        else:
            yield from _read_csv(path, source, fields, max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield RawInput(
            source, None, f"unreadable: {getattr(exc, 'strerror', None) or exc}", original=_keep(path, max_bytes)
        )


def _keep(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of a file that could not be read as input (a corrupt .gz), when they can be read at all."""
    try:
        return path.read_bytes() if path.stat().st_size <= max_bytes else None
    except OSError:
        return None


def _read_text(path: Path, source: str, max_bytes: int) -> RawInput:
    if not path.name.lower().endswith(".gz") and path.stat().st_size > max_bytes:
        size = path.stat().st_size
        return RawInput(source, None, f"file too large: {size} bytes > limit {max_bytes}", _digest(path), size)
    with _open(path) as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return RawInput(source, None, f"file too large: more than {max_bytes} bytes", _digest(path))
    return RawInput(source, raw)


def _record(source: str, raw: bytes, value: object, fields: FieldMap, max_bytes: int) -> RawInput:
    if len(raw) > max_bytes:
        return RawInput(
            source, None, f"record too large: {len(raw)} bytes > limit {max_bytes}", doc_id_of(raw), len(raw)
        )
    if not isinstance(value, dict):
        return RawInput(source, raw, f"record is a JSON {type(value).__name__}, not an object")
    body = value.get(fields.body)
    if not isinstance(body, str) or not body.strip():
        return RawInput(source, raw, f"record has no text in its {fields.body!r} field")

    def text(name: str) -> str | None:
        found = value.get(name)
        return str(found).strip() or None if found is not None else None

    record = RecordFields(
        title=text(fields.title), outlet=text(fields.outlet), date=text(fields.date), url=text(fields.url)
    )
    return RawInput(source, body.encode("utf-8"), record=record, original=raw)


def _read_jsonl(path: Path, source: str, fields: FieldMap, max_bytes: int) -> Iterator[RawInput]:
    with _open(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            name = f"{source}#L{number}"
            raw = line.rstrip(b"\r\n")
            try:
                value = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield RawInput(name, raw, f"line is not JSON: {exc}")
                continue
            yield _record(name, raw, value, fields, max_bytes)


def _read_json(path: Path, source: str, fields: FieldMap, max_bytes: int) -> Iterator[RawInput]:
    with _open(path) as handle:
        raw = handle.read()
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield RawInput(source, raw, f"file is not JSON: {exc}")
        return
    records = value if isinstance(value, list) else [value]
    for number, item in enumerate(records, start=1):
        item_raw = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield _record(f"{source}#R{number}", item_raw, item, fields, max_bytes)


def _read_csv(path: Path, source: str, fields: FieldMap, max_bytes: int) -> Iterator[RawInput]:
    with _open(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="strict", newline="")
        number = 0
        try:
            for number, row in enumerate(csv.DictReader(text), start=1):
                item_raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")
                yield _record(f"{source}#R{number}", item_raw, row, fields, max_bytes)
        except (UnicodeDecodeError, csv.Error) as exc:
            yield RawInput(f"{source}#R{number + 1}", None, f"CSV cannot be read from record {number + 1} on: {exc}")


def batches(
    files: Iterable[str], size: int, fields: FieldMap = FieldMap(), max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[list[RawInput]]:
    """The raw inputs of ``files`` in lists of ``size``, reading lazily so memory stays flat."""
    batch: list[RawInput] = []
    for source in files:
        for item in read(source, fields, max_bytes):
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch

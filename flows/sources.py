"""Finding and reading the inputs a run is pointed at: the flow's only file reads."""

from __future__ import annotations

import glob
import os
from pathlib import Path

from transforms.batch import RawInput

INPUT_SUFFIXES = (".txt",)


def discover(paths: list[str]) -> list[str]:
    """Input files under ``paths`` (files, folders searched recursively, glob patterns), sorted, once each."""
    found: dict[str, str] = {}
    for given in paths:
        matches = glob.glob(given, recursive=True) if glob.has_magic(given) else [given]
        for match in matches:
            path = Path(match)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            else:
                files = [path]
            for file in files:
                found.setdefault(os.path.realpath(file), str(file))
    return sorted(found.values())


def read(sources: list[str]) -> list[RawInput]:
    """The bytes of each source; an unreadable one carries the error instead."""
    inputs = []
    for source in sources:
        try:
            inputs.append(RawInput(source, Path(source).read_bytes()))
        except OSError as exc:
            inputs.append(RawInput(source, None, f"unreadable: {exc.strerror or exc}"))
    return inputs

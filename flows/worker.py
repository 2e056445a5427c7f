"""Built-in entity extraction in a second process, alongside validation and loading in this one.

Entity extraction is most of an article's transform time, and validation (Great Expectations)
and loading do not need its output. So while the flow validates batch N, a worker process
finds batch N's entities. The worker is a fresh interpreter running this module (`python -m
flows.worker`), fed pickled batches on stdin and answering on stdout: unlike a multiprocessing
pool it never re-imports the caller's main script, and inherits nothing from Prefect's threads.
It builds its lexicon while the run sets up. If it fails, the flow finds the entities itself
and says so in its log.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable

from transforms.batch import BatchResult, entity_inputs
from transforms.entities import Entity, find_all

Found = list[list[Entity] | str]  # per new article: its entities, or why finding them failed


class EntityWorker:
    def __init__(self, warn: Callable[..., None]) -> None:
        self._warn = warn
        self._pending: BatchResult | None = None
        self._process: subprocess.Popen | None = None
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "flows.worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        except OSError as exc:  # no process to start: the flow finds entities itself
            warn("entity worker could not start (%s); finding entities in the flow", exc)

    @staticmethod
    def wanted() -> bool:
        """A second core to run on: with one, the worker would only add the cost of copying."""
        return (os.cpu_count() or 1) > 1

    @property
    def alive(self) -> bool:
        """False once the worker has failed (or was closed): the flow finds entities itself."""
        return self._process is not None

    def submit(self, result: BatchResult) -> None:
        """Start finding the entities of a batch's new articles (one batch at a time)."""
        self._pending = result
        try:
            pickle.dump(entity_inputs(result), self._process.stdin)
            self._process.stdin.flush()
        except (OSError, pickle.PicklingError) as exc:
            self._fail(exc)

    def collect(self) -> Found:
        """The entities of the batch last submitted; found here if the worker failed."""
        result, self._pending = self._pending, None
        if self._process is not None:
            try:
                return pickle.load(self._process.stdout)
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                self._fail(exc)
        return find_all(entity_inputs(result))

    def _fail(self, exc: BaseException) -> None:
        self._warn("entity worker failed (%s: %s); finding entities in the flow", type(exc).__name__, exc)
        self.close()

    def close(self) -> None:
        if self._process is not None:
            process, self._process = self._process, None
            with contextlib.suppress(OSError):  # a broken pipe: the worker is gone already
                process.stdin.close()  # the worker ends at the end of its input
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def serve() -> None:
    """The worker's loop: a list of (title, body, outlet) in, find_all's answer out, until EOF."""
    from transforms.lexicon import lexicon

    warm = threading.Thread(target=lexicon)  # built while the first batch is read
    warm.start()
    while True:
        try:
            texts = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        warm.join()
        pickle.dump(find_all(texts), sys.stdout.buffer)
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    serve()

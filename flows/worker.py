"""Built-in entity extraction in a second process, alongside validation and loading in this one.

Entity extraction is most of an article's transform time, and validation (Great Expectations)
and loading do not need its output. So a worker process finds batch N's entities while the flow
validates batch N and extracts and validates batch N+1 (flows/ingest.py loads N after that).
The worker is a fresh interpreter running this module (`python -m flows.worker`), fed pickled
batches on stdin and answering on stdout: unlike a multiprocessing pool it never re-imports the
caller's main script, and inherits nothing from Prefect's threads.
It readies its lexicon while the run sets up, from the copy an earlier run kept on disk when the
sources are the same (warm_lexicon). If it fails, the flow finds the entities itself and says so
in its log.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from transforms.batch import BatchResult, entity_inputs
from transforms.entities import Entity, find_all
from transforms.lexicon import Lexicon, fingerprint, lexicon, use_lexicon

Found = list[list[Entity] | str]  # per new article: its entities, or why finding them failed


class EntityWorker:
    """A worker process the flow hands batches to, in order, and collects their entities from, in
    the same order. Threads write its input and read its answers, so that neither side ever
    waits on a full pipe: the flow hands over a batch and goes on at once."""

    def __init__(self, warn: Callable[..., None]) -> None:
        self._warn = warn
        self._pending: deque[BatchResult] = deque()  # submitted, not yet collected, oldest first
        self._inputs: queue.Queue = queue.Queue()  # batches' texts for the writer; None ends them
        self._answers: queue.Queue = queue.Queue()  # answers in order, or why reading them stopped
        self._process: subprocess.Popen | None = None
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "flows.worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        except OSError as exc:  # no process to start: the flow finds entities itself
            warn("entity worker could not start (%s); finding entities in the flow", exc)
            return
        self._writer = threading.Thread(target=self._write, args=(self._process,), daemon=True)
        self._writer.start()  # (joined on close, after the input's end)
        threading.Thread(target=self._read, args=(self._process,), daemon=True).start()

    @staticmethod
    def wanted() -> bool:
        """A second core to run on: with one, the worker would only add the cost of copying."""
        return (os.cpu_count() or 1) > 1

    @property
    def alive(self) -> bool:
        """False once the worker has failed (or was closed): the flow finds entities itself."""
        return self._process is not None

    def submit(self, result: BatchResult) -> None:
        """Hand over a batch's new articles; the worker takes batches in the order given."""
        self._pending.append(result)
        if self._process is not None:
            self._inputs.put(entity_inputs(result))

    def collect(self) -> Found:
        """The entities of the oldest batch not yet collected; found here if the worker failed."""
        result = self._pending.popleft()
        if self._process is not None:
            answer = self._answers.get()
            if not isinstance(answer, BaseException):
                return answer
            self._fail(answer)
        return find_all(entity_inputs(result))

    def _write(self, process: subprocess.Popen) -> None:
        try:
            while (texts := self._inputs.get()) is not None:
                pickle.dump(texts, process.stdin)
                process.stdin.flush()
        except (OSError, pickle.PicklingError):
            pass  # the worker is gone: the reader says why, and collect() finds the entities here
        finally:
            with contextlib.suppress(OSError):
                process.stdin.close()  # the worker ends at the end of its input

    def _read(self, process: subprocess.Popen) -> None:
        try:
            while True:
                self._answers.put(pickle.load(process.stdout))
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            self._answers.put(exc)

    def _fail(self, exc: BaseException) -> None:
        self._warn("entity worker failed (%s: %s); finding entities in the flow", type(exc).__name__, exc)
        self.close()

    def close(self) -> None:
        if self._process is not None:
            process, self._process = self._process, None
            self._inputs.put(None)
            self._writer.join(timeout=10)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def cache_dir() -> Path:
    """Where the worker keeps the built lexicon between runs: $AKHBAR_CACHE_DIR, else the user's
    cache directory."""
    if os.environ.get("AKHBAR_CACHE_DIR"):
        return Path(os.environ["AKHBAR_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "akhbar"


def warm_lexicon() -> None:
    """Ready the lexicon: the one an earlier run kept for the same sources (a tenth of a second to
    read), or build it (most of a second) and keep it for the next run. A cache that cannot be
    read or written is only slower."""
    path = cache_dir() / f"lexicon-{fingerprint()}.pickle"
    with contextlib.suppress(Exception):  # missing, partial, from other code: build it again
        kept = pickle.loads(path.read_bytes())
        if isinstance(kept, Lexicon):
            use_lexicon(kept)
            return
    built = lexicon()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)  # whole or absent, whatever other runs do at the same time
        for stale in path.parent.glob("lexicon-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # kept for sources that have changed since


def serve() -> None:
    """The worker's loop: a list of (title, body, outlet) in, find_all's answer out, until EOF."""
    warm = threading.Thread(target=warm_lexicon)  # while the first batch is read
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

"""Scale check: the Goud corpus as JSONL, and 3,000 Windows-1256 CRLF text files, through the flow.

Usage: .venv/bin/python benchmarks/scale.py [--files 3000] [--corpus ../shared/corpus/goud_marsum.jsonl]
                                           [--ner builtin|none] [--jsonl-only]
Prints wall time, peak memory (max RSS) and whether every input is accounted for. Needs the
Goud corpus (not shipped with the project); it is read from ../shared/corpus/ by default.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from akhbar.cli import prefect_environment  # noqa: E402

DEBRIS_TOP = ["دولي", "جريدة", "الأخبار", "مجتمع", "هسبريس"]
DEBRIS_BOTTOM = [
    "مقالات ذات صلة",
    "زر الذهاب إلى الأعلى",
    "اترك تعليقاً",
    "error: Content is protected !!",
    "000 34PX8EU",
]


def generate_text_files(folder: Path, count: int, goud: list[dict], seeds: list[str]) -> None:
    """Real-looking scraped files: a label, the headline, paragraphs (one repeated), debris; cp1256 + CRLF."""
    rng = random.Random(2026)
    for n in range(count):
        if n % 10 == 0:
            text = seeds[n % len(seeds)] + f"\n\nفقرة مضافة رقم {n}."
        else:
            article = goud[n % len(goud)]
            sentences = [s.strip() for s in article["text"].split(".") if s.strip()]
            paragraphs = [". ".join(sentences[i : i + 2]) + "." for i in range(0, len(sentences), 2)]
            if paragraphs and rng.random() < 0.3:
                paragraphs.append(paragraphs[0])
            lines = [rng.choice(DEBRIS_TOP), article["title"], *paragraphs, f"نسخة {n}", *rng.sample(DEBRIS_BOTTOM, 2)]
            text = "\n\n".join(lines)
        data = text.replace("\n", "\r\n").encode("cp1256", errors="replace")
        (folder / f"article_{n:05d}.txt").write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "goud_marsum.jsonl")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--ner", choices=["builtin", "none"], default="builtin", help="entity extractor")
    parser.add_argument("--jsonl-only", action="store_true", help="skip the generated text files")
    args = parser.parse_args()
    goud = [json.loads(line) for line in args.corpus.read_text("utf-8").splitlines()]
    seeds = [p.read_text("utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        folder, warehouse = Path(tmp) / "txt", Path(tmp) / "warehouse"
        folder.mkdir()
        if not args.jsonl_only:
            generate_text_files(folder, args.files, goud, seeds)
        prefect_environment(warehouse)
        from flows.ingest import ingest

        runs = [("goud jsonl", [str(args.corpus)])]
        if not args.jsonl_only:
            runs.append((f"{args.files} cp1256 txt", [str(folder)]))
        for name, paths in runs:
            start = time.perf_counter()
            summary = ingest(
                paths, str(warehouse), dt.date(2026, 11, 23), args.batch_size, None, 5_000_000, 100_000, args.ner
            )
            wall = time.perf_counter() - start
            accounted = summary["loaded"] + summary["duplicate"] + summary["quarantined"] + summary["skipped"]
            flow = summary["elapsed_seconds"]  # inside the flow: without the Prefect server's start
            print(
                f"{name}: {summary['inputs_seen']} inputs in {wall:.1f} s wall, {flow:.1f} s in the flow "
                f"({summary['inputs_seen'] / flow:.0f}/s); "
                f"loaded {summary['loaded']}, duplicate {summary['duplicate']}, quarantined {summary['quarantined']} "
                f"{summary['quarantine_reasons']}; accounted for: {accounted == summary['inputs_seen']}"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory (max RSS): this process {peak:.0f} MiB, largest child process {child:.0f} MiB")


if __name__ == "__main__":
    main()

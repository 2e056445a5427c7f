"""Great Expectations checkpoint over each batch before it is loaded.

The reviewed suites are JSON files in expectations/gx/expectations/. Each warehouse gets a GX
file context of its own (<warehouse>/gx) holding copies of those suites, the validation
results and the Data Docs, so a run never writes into the repository.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # no network at run time

import great_expectations as gx
import pandas as pd
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

from transforms.article import Article
from transforms.catalogue import phrases_in
from transforms.text import arabic_ratio

SUITES = ("articles", "removed_lines")
DATASOURCE = "akhbar"


@dataclass
class Outcome:
    """What a checkpoint said about one batch."""

    success: bool
    failures: dict[str, list[str]] = field(default_factory=dict)  # doc_id -> failed expectations
    results: list[dict] = field(default_factory=list)  # one row per expectation, for quality_results


def suite_definitions() -> dict[str, dict]:
    folder = resources.files("expectations").joinpath("gx", "expectations")
    return {name: json.loads(folder.joinpath(f"{name}.json").read_text("utf-8")) for name in SUITES}


class BatchValidator:
    """A GX file context under the warehouse, set up once per run."""

    def __init__(self, warehouse_root: Path) -> None:
        project = resources.files("expectations").joinpath("gx", "great_expectations.yml")
        gx_dir = Path(warehouse_root) / "gx"
        gx_dir.mkdir(parents=True, exist_ok=True)
        (gx_dir / "great_expectations.yml").write_text(project.read_text("utf-8"), "utf-8")
        self.context = gx.get_context(mode="file", project_root_dir=str(warehouse_root))
        source = self.context.data_sources.add_or_update_pandas(DATASOURCE)
        self.checkpoints: dict[str, gx.Checkpoint] = {}
        for name, spec in suite_definitions().items():
            suite = gx.ExpectationSuite(
                name=name,
                meta=spec.get("meta", {}),
                expectations=[ExpectationConfiguration(**e).to_domain_obj() for e in spec["expectations"]],
            )
            suite = self.context.suites.add_or_update(suite)
            asset = source.add_dataframe_asset(name)
            batch = asset.add_batch_definition_whole_dataframe(f"{name}_batch")
            definition = self.context.validation_definitions.add_or_update(
                gx.ValidationDefinition(name=name, data=batch, suite=suite)
            )
            self.checkpoints[name] = self.context.checkpoints.add_or_update(
                gx.Checkpoint(
                    name=f"{name}_batch",
                    validation_definitions=[definition],
                    actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
                    result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["doc_id"]},
                )
            )

    @property
    def docs_index(self) -> Path | None:
        """The Data Docs index page, or None while no validation has built it."""
        url = self.context.get_docs_sites_urls()[0]["site_url"]
        return Path(url.removeprefix("file://")) if url else None

    def validate(self, articles: list[Article]) -> Outcome:
        """Run both suites over a batch and return per-document failures and result rows."""
        frames = {"articles": article_frame(articles), "removed_lines": removed_frame(articles)}
        outcome = Outcome(success=True)
        for name, frame in frames.items():
            run = self.checkpoints[name].run(batch_parameters={"dataframe": frame})
            outcome.success = outcome.success and run.success
            for item in (r for result in run.run_results.values() for r in result.results):
                config = item.expectation_config
                column = config.kwargs.get("column")
                label = f"{name}.{config.type}({column})"
                info = item.result or {}
                for index in info.get("unexpected_index_list") or []:
                    outcome.failures.setdefault(index["doc_id"], []).append(label)
                observed = info.get("observed_value", info.get("partial_unexpected_list"))
                outcome.results.append(
                    {
                        "suite": name,
                        "expectation": config.type,
                        "column_name": column,
                        "success": bool(item.success),
                        "unexpected": info.get("unexpected_count"),
                        "observed": json.dumps(observed, ensure_ascii=False, default=str)[:2000],
                    }
                )
        return outcome


def article_frame(articles: list[Article]) -> pd.DataFrame:
    """The article columns the suite checks, derived from the records about to be loaded."""
    rows = [
        {
            "doc_id": a.doc_id,
            "title": a.title,
            "title_arabic_ratio": arabic_ratio(a.title) if a.title else None,
            "body_chars": len(a.body),
            "catalogue_hits": len(phrases_in(a.body)),
            "language": a.language,
        }
        for a in articles
    ]
    columns = ["doc_id", "title", "title_arabic_ratio", "body_chars", "catalogue_hits", "language"]
    return pd.DataFrame(rows, columns=columns)


def removed_frame(articles: list[Article]) -> pd.DataFrame:
    rows = [
        {"doc_id": a.doc_id, "line_no": r.line_no, "text": r.text, "reason": r.reason}
        for a in articles
        for r in a.removed
    ]
    return pd.DataFrame(rows, columns=["doc_id", "line_no", "text", "reason"])

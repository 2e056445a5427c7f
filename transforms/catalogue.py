"""The reviewed boilerplate catalogue (data/boilerplate.toml) and the label lexicon, compiled.

Phrases live in data files with a reason each, so adding a site's debris is a data change that
can be reviewed, not a code change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from transforms.text import display_form, key_form

DEFAULT_MAX_WORDS = 40


@dataclass(frozen=True)
class Rule:
    reason: str
    match: str  # line | prefix | contains | regex
    phrases: tuple[str, ...]  # in key form
    pattern: re.Pattern[str] | None
    max_words: int
    ends_body: bool


@dataclass(frozen=True)
class Hit:
    reason: str
    ends_body: bool
    outlet: str | None = None


@dataclass(frozen=True)
class Labels:
    sections: frozenset[str]  # key form
    site_words: frozenset[str]  # key form


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("transforms").joinpath("data", name).read_text("utf-8"))


@cache
def rules() -> tuple[Rule, ...]:
    compiled = []
    for entry in _read("boilerplate.toml")["rule"]:
        pattern = re.compile(entry["pattern"]) if entry["match"] == "regex" else None
        compiled.append(
            Rule(
                reason=entry["reason"],
                match=entry["match"],
                phrases=tuple(key_form(p) for p in entry.get("phrases", [])),
                pattern=pattern,
                max_words=entry.get("max_words", DEFAULT_MAX_WORDS),
                ends_body=entry.get("ends_body", False),
            )
        )
    return tuple(compiled)


@cache
def labels() -> Labels:
    data = _read("labels.toml")
    return Labels(
        sections=frozenset(key_form(s) for s in data["sections"]),
        site_words=frozenset(key_form(s) for s in data["site_words"]),
    )


def catalogue_reasons() -> frozenset[str]:
    return frozenset(rule.reason for rule in rules())


def match_line(text: str) -> Hit | None:
    """The first catalogue rule that removes this line, or None."""
    key = key_form(text)
    n_words = len(key.split())
    for rule in rules():
        if rule.match == "regex":
            found = rule.pattern.fullmatch(display_form(text))
            if found:
                outlet = found.groupdict().get("outlet")
                return Hit(rule.reason, rule.ends_body, outlet.strip() if outlet else None)
            continue
        if not key:
            continue
        if rule.match == "line":
            hit = key in rule.phrases
        elif n_words > rule.max_words:
            continue
        elif rule.match == "prefix":
            hit = any(key == p or key.startswith(p + " ") for p in rule.phrases)
        else:
            hit = any(p in key for p in rule.phrases)
        if hit:
            return Hit(rule.reason, rule.ends_body)
    return None


def phrases_in(text: str) -> list[str]:
    """Catalogue phrases that occur in a body: any hit means boilerplate leaked into it.

    Only the phrases that are debris wherever they appear are checked (contains-rules and the
    multi-word line-rules); single common words such as 'تعليق' are not.
    """
    key = f" {key_form(text)} "
    found = []
    for rule in rules():
        if rule.match in ("regex", "prefix"):
            continue
        for phrase in rule.phrases:
            if (rule.match == "contains" or len(phrase.split()) >= 3) and f" {phrase} " in key:
                found.append(phrase)
    return found

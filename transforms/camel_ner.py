"""Optional CAMeL Tools NER backend (`akhbar run --ner camel`).

CAMeL Tools' NER is a fine-tuned AraBERT model (about 540 MB) that must be installed
separately (`camel_data -i ner-arabert`, or CAMELTOOLS_DATA pointing at it) together with
torch and transformers. When any of that is missing, load() says why and the run keeps the
built-in extractor. With it, people, places and organizations come from the model; roles,
events and meetings still come from the built-in rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities import Entity, Finder, find_entities

KINDS = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG"}
_SENTENCE = re.compile(r"[^.!?؟\n]+")


def load() -> tuple[Finder | None, str | None]:
    """(entity finder using CAMeL's NER, None), or (None, why it is unavailable)."""
    try:
        from camel_tools.ner import NERecognizer  # needs torch and transformers
    except Exception as exc:  # ImportError, or a broken torch install
        return None, f"camel-tools NER cannot be imported ({type(exc).__name__}: {exc})"
    try:
        recognizer = NERecognizer.pretrained()
    except Exception as exc:
        return None, f"CAMeL NER model not installed ({type(exc).__name__}: {exc}); run `camel_data -i ner-arabert`"
    return _finder(recognizer), None


def _finder(recognizer) -> Finder:
    from camel_tools.tokenizers.word import simple_word_tokenize

    def find(title: str | None, body: str, outlet: str | None = None) -> list[Entity]:
        builtin = find_entities(title, body, outlet)
        roles = {e.canonical: e.role for e in builtin if e.kind == "PERSON" and e.role}
        found = [e for e in builtin if e.kind == "EVENT"]
        for field, text in (("title", title or ""), ("body", body)):
            for sentence in _SENTENCE.finditer(text):
                tokens = simple_word_tokenize(sentence.group())
                labels = recognizer.predict_sentence(tokens) if tokens else []
                found += _spans(text, sentence.start(), tokens, labels, field, roles)
        return sorted(found, key=lambda e: (e.field != "title", e.start))

    return find


def _spans(text: str, offset: int, tokens: list[str], labels: list[str], field: str, roles: dict) -> list[Entity]:
    """BIO labels over tokens -> entities with character offsets in ``text``."""
    found: list[Entity] = []
    position, current = offset, None  # current: (kind, start, end)
    for token, label in zip(tokens, labels, strict=True):
        start = text.index(token, position)
        position = start + len(token)
        kind = KINDS.get(label[2:]) if label != "O" else None
        if current and (label.startswith("I-") and kind == current[0]):
            current = (kind, current[1], position)
            continue
        if current:
            found.append(_entity(text, *current, field, roles))
        current = (kind, start, position) if kind and label.startswith("B-") else None
    if current:
        found.append(_entity(text, *current, field, roles))
    return found


def _entity(text: str, kind: str, start: int, end: int, field: str, roles: dict) -> Entity:
    surface = text[start:end]
    entity = Entity(kind, surface, surface, roles.get(surface) if kind == "PERSON" else None, start, end)
    return replace(entity, field=field)

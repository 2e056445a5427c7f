"""Bytes to text: detect the encoding, normalize line ends, drop control characters.

Line numbers of the decoded text are the raw file's line numbers (CRLF, CR and LF each end
one line), so every later record can point back at the raw input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Encodings scrapers leave Arabic text in; detection is restricted to these so that short
# Arabic files are not mistaken for a Cyrillic or Greek code page.
CANDIDATE_ENCODINGS = ["utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp1256", "iso8859_6"]
_BOMS = [
    (codecs.BOM_UTF8, "utf_8_sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf_16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf_16", "utf-16"),
]
# C0/C1 controls other than tab and newline (CR is handled as a line end first).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_ENDS = re.compile(r"\r\n?")


class DecodeError(ValueError):
    """The bytes are not text in any supported encoding."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    controls_removed: int


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the raw file
    text: str


def detect_encoding(raw: bytes) -> str:
    """Name of the encoding of ``raw``; raises DecodeError when none fits."""
    for bom, _codec, name in _BOMS:
        if raw.startswith(bom):
            return name
    guess = _utf16_without_bom(raw)
    if guess:
        return guess
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise DecodeError("bytes are not text in any supported encoding (utf-8, utf-16, cp1256, iso-8859-6)")
    return codecs.lookup(best.encoding).name


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without BOM: every other byte is the high byte of ASCII (0x00) or Arabic (0x06).

    Such bytes are also valid UTF-8 (all below 0x80), so this is checked first.
    """
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    high = (0x00, 0x06)
    even = sum(b in high for b in sample[0::2]) / (len(sample) // 2)
    odd = sum(b in high for b in sample[1::2]) / (len(sample) // 2)
    name = "utf-16-le" if odd >= 0.6 > even else "utf-16-be" if even >= 0.6 > odd else None
    if name is None:
        return None
    try:
        raw.decode(name)
    except UnicodeDecodeError:
        return None
    return name


def decode(raw: bytes) -> Decoded:
    """Decode ``raw`` with its detected encoding; LF line ends, no control characters."""
    encoding = detect_encoding(raw)
    codec = {"utf-8-sig": "utf_8_sig"}.get(encoding, encoding)
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:  # detection said yes but the bytes disagree
        raise DecodeError(f"bytes do not decode as {encoding}: {exc.reason} at byte {exc.start}") from exc
    text = _LINE_ENDS.sub("\n", text)
    cleaned, removed = _CONTROL.subn("", text)
    return Decoded(text=cleaned, encoding=encoding, controls_removed=removed)


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (blank ones included) with its 1-based number."""
    return [Line(no, line) for no, line in enumerate(text.split("\n"), start=1)]

import codecs

import pytest

from transforms.decode import DecodeError, decode, split_lines

ARABIC = "استقبل المدير العام للأمن الوطني وفدا أمنيا رفيع المستوى بالرباط.\nوجرى خلال هذا اللقاء بحث سبل التعاون."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.encode("cp1256"), "cp1256"),
        (ARABIC.encode("iso8859_6"), "iso8859-6"),
    ],
)
def test_encodings(raw, encoding):
    decoded = decode(raw)
    assert decoded.text == ARABIC
    assert decoded.encoding == encoding


def test_utf16_without_bom():
    assert decode(ARABIC.encode("utf-16-le")).text == ARABIC


def test_line_ends_and_controls():
    raw = "سطر أول\r\nسطر\x00 ثان\rسطر ثالث\x07".encode()
    decoded = decode(raw)
    assert decoded.text == "سطر أول\nسطر ثان\nسطر ثالث"
    assert decoded.controls_removed == 2
    assert [line.no for line in split_lines(decoded.text)] == [1, 2, 3]


def test_line_numbers_are_raw_line_numbers():
    lines = split_lines(decode("أ\r\n\r\nب\n\nج".encode()).text)
    assert [(line.no, line.text) for line in lines if line.text] == [(1, "أ"), (3, "ب"), (5, "ج")]


def test_undecodable_bytes_raise():
    with pytest.raises(DecodeError):
        decode(bytes(range(128, 256)) * 40 + b"\x81\x8d\x8f\x90\x9d")

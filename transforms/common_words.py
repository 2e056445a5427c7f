"""How common an Arabic word is as an ordinary noun or adjective, from wordfreq's frequencies.

Names rarely take the article: "الأمل", "الكريم", "التراجع" are frequent, "البودريقة" or
"الماركل" never occur. So the frequency of a word *with* the article tells a common word
("أمل", "تراجع") from a name ("بودريقة", "ماركل") even when the bare word is frequent as a
name ("هاري"). wordfreq (Apache-2.0; frequencies from Wikipedia, news, subtitles, web text)
is looked up on the spelling as written, hamzas and teh marbuta included.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache, lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

ARTICLE = "ال"
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel and diacritics, which wordfreq drops


def _spellings(word: str) -> set[str]:
    """The word and the spellings informal text drops: initial hamza, final teh marbuta / alef maksura."""
    found = {word}
    if word.startswith("ا"):
        found |= {"أ" + word[1:], "إ" + word[1:]}
    if word.startswith("الا"):
        found |= {"الأ" + word[3:], "الإ" + word[3:]}
    for end, formal in (("ه", "ة"), ("ي", "ى")):
        if word.endswith(end):
            found |= {w[:-1] + formal for w in found}
    return found


@cache
def _frequencies() -> dict[str, float]:
    return get_frequency_dict("ar")


def _zipf_frequency(word: str) -> float:
    """wordfreq's zipf_frequency for an Arabic word, looked up directly: the same figure (checked
    over every word of the Goud corpus) without wordfreq's tokenizer, which cost a third of
    entity extraction on a cold cache. Other strings go through wordfreq."""
    bare = _MARKS.sub("", unicodedata.normalize("NFKC", word))
    if not _ARABIC_WORD.fullmatch(bare):
        return zipf_frequency(word, "ar")
    frequency = _frequencies().get(bare, 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """Zipf frequency (0-8) of ``word``, best of its spellings: 6 is about once per thousand words."""
    return max(_zipf_frequency(w) for w in _spellings(word))


@lru_cache(maxsize=131072)
def article_zipf(word: str) -> float:
    """Zipf frequency (0-8) of ``word`` written with the article; its own if it has one."""
    return zipf(word if word.startswith(ARTICLE) else ARTICLE + word)

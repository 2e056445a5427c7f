"""transforms.common_words: real wordfreq frequencies tell common words from names."""

from transforms.common_words import article_zipf, zipf


def test_common_nouns_take_the_article_and_names_do_not():
    assert article_zipf("أمل") >= 4.0  # "الأمل": hope
    assert article_zipf("تراجع") >= 3.5  # "التراجع": a retreat
    assert article_zipf("بودريقة") < 2.0  # a family name
    assert article_zipf("ماركل") < 2.0  # a foreign family name


def test_spellings_informal_text_drops_are_looked_up():
    # Without the hamza and with ه for ة the words are the same words.
    assert zipf("اكبر") == zipf("أكبر")
    assert zipf("كامله") == zipf("كاملة")
    assert article_zipf("الامل") == article_zipf("الأمل")

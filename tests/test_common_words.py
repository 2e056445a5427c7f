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


def test_direct_lookup_gives_wordfreqs_figures():
    from wordfreq import zipf_frequency

    from transforms.common_words import _zipf_frequency

    # plain words, hamza written decomposed (alef + combining hamza), tatweel, diacritics, an
    # unknown word, digits and Latin (left to wordfreq itself)
    words = ["الأمل", "المغرب", "ا\u0654هداف", "المـــغرب", "مُحَمَّد", "بودريقة", "2003", "TF1", "كورونا"]
    assert [_zipf_frequency(w) for w in words] == [zipf_frequency(w, "ar") for w in words]
    assert _zipf_frequency("المغرب") > 4

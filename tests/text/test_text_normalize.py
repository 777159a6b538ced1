"""Normalization for matching: NFKC, case folding, Traditional -> Simplified, full -> half width,
identifier splitting, and the offset map back to the original text."""

from __future__ import annotations

import unicodedata

from hypothesis import event, given, settings
from hypothesis import strategies as st

from redline.text import identifier_words, normalize, split_identifier

# Mixed Chinese (Simplified and Traditional), Latin, full-width, camelCase, zero-width joiners,
# BOMs, combining marks and whitespace: the text redline meets.
_ALPHABET = st.sampled_from(list(
    "abcXYZ_ 019.\n\t種族维吾爾臉部人脸ＲａｃｅＡＢＣ１２ßİﬁ\u200d\u200b\ufeff\u00ad\u0301é가ウイグル—…"
))
texts = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=80)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_normalizing_twice_equals_once(text: str) -> None:
    once = normalize(text).text
    event("ascii" if text.isascii() else "unicode")
    assert normalize(once).text == once


@given(texts)
@settings(max_examples=300, deadline=None)
def test_offsets_map_back(text: str) -> None:
    norm = normalize(text)
    n = len(norm.text)
    s, e = norm.orig_span(0, n)
    if n:
        # every original character that produced output lies inside the mapped span
        assert 0 <= s <= e <= len(text)
    for i in range(n):
        a, b = norm.orig_span(i, i + 1)
        assert 0 <= a <= b <= len(text)
        if b > a:
            # the normalized character comes from the original slice
            from redline.text.normalize import map_char

            src = text[a:b]
            assert norm.text[i] in map_char(src) + " " or norm.text[i] == src.lower()


@given(st.lists(st.sampled_from(["race", "Race", "RACE", "ethnicity", "種族", "人种", " ", "x", "_", "face"]),
                max_size=12).map("".join))
@settings(max_examples=200, deadline=None)
def test_spans_of_words_quote_the_original(text: str) -> None:
    norm = normalize(text)
    for word in ("race", "种族", "人种"):
        i = norm.text.find(word)
        while i >= 0:
            s, e = norm.orig_span(i, i + len(word))
            assert normalize(text[s:e]).text.strip() == word
            i = norm.text.find(word, i + 1)


def test_full_width_and_case() -> None:
    assert normalize("ＲＡＣＥ Ｅｔｈｎｉｃｉｔｙ").text == "race ethnicity"


def test_traditional_to_simplified() -> None:
    assert normalize("臉部種族識別").text == "脸部种族识别"
    assert normalize("維吾爾族").text == "维吾尔族"


def test_camel_case_split_with_offsets() -> None:
    text = "int emRace;"
    norm = normalize(text)
    assert norm.text == "int em race;"
    i = norm.text.index("race")
    s, e = norm.orig_span(i, i + 4)
    assert text[s:e] == "Race"


def test_snake_and_screaming_case() -> None:
    assert normalize("EM_NATION_TYPE_UYGUR").text == "em nation type uygur"
    assert normalize("face_selector_race").text == "face selector race"


def test_zero_width_characters_are_dropped() -> None:
    text = "eth\u200bnic\u00adity"
    norm = normalize(text)
    assert norm.text == "ethnicity"
    assert norm.orig_span(0, len(norm.text)) == (0, len(text))


def test_expansions_keep_spans() -> None:
    text = "ﬁle ßtraße"  # ligature and sharp s expand
    norm = normalize(text)
    assert norm.text.startswith("file")
    s, e = norm.orig_span(0, 4)
    assert text[s:e] == "ﬁle"


def test_nfkc_matches_unicode_for_single_characters() -> None:
    # NFKC is applied per character (then case-folded): for characters whose NFKC form does not
    # depend on neighbours this equals whole-string NFKC + casefold. Deliberate deviation:
    # combining sequences are not composed (e + U+0301 stays two characters).
    for ch in "ＡＢＣａｂｃ１２３ｶﾀｶﾅ①㈱ﬁ":
        assert normalize(ch).text == unicodedata.normalize("NFKC", ch).casefold()


def test_opencc_sample() -> None:
    # a sample of OpenCC's t2s character conversions
    pairs = {"種": "种", "爾": "尔", "維": "维", "識": "识", "別": "别", "臉": "脸", "膚": "肤", "漢": "汉"}
    for t, s in pairs.items():
        assert normalize(t).text == s


def test_split_identifier() -> None:
    assert identifier_words("HFFaceAttributeResult") == ["hf", "face", "attribute", "result"]
    assert identifier_words("m_pRaceAttri") == ["m", "p", "race", "attri"]
    assert identifier_words("dominant_race") == ["dominant", "race"]
    name = "face_selectorRace"
    assert [name[s:e] for s, e in split_identifier(name)] == ["face", "selector", "Race"]

def test_fold_is_normalize_without_camel_breaks() -> None:
    from redline.text.normalize import fold, normalize_text

    for text in ["Ｅｔｈｎｉｃｉｔｙ", "種族識別 EthnicGroup", "race\u00a0of", "a_b Ä", "emRace ＲＡＣＥ"]:
        assert fold(text).replace(" ", "") == normalize_text(text).replace(" ", "")
    assert fold("種族 EthnicGroup") == "种族 ethnicgroup"


def test_plural_acronyms_stay_whole_words() -> None:
    from redline.text.normalize import normalize_text

    assert normalize_text("Vendors' APIs and SDKs") == "vendors' apis and sdks"
    assert normalize_text("IDsList") == "ids list"
    assert normalize_text("HFFaceAttribute") == "hf face attribute"  # an acronym before a word still breaks

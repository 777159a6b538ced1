

def test_fold_is_normalize_without_camel_breaks() -> None:
    from redline.text.normalize import fold, normalize_text

    for text in ["Ｅｔｈｎｉｃｉｔｙ", "種族識別 EthnicGroup", "race\u00a0of", "a_b Ä", "emRace ＲＡＣＥ"]:
        assert fold(text).replace(" ", "") == normalize_text(text).replace(" ", "")
    assert fold("種族 EthnicGroup") == "种族 ethnicgroup"

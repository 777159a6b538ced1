"""Group names of a capability document: classes it lists apart from its claim, and only those.

``CompiledRuleSet._listed_classes`` adds to a capability verdict the class names of its traits
that the document lists (two or more of one trait in one enum, object or separated list). These
tests pin what it must not add: words that are class names only as list items ("left eye"), and
classes of a trait the document does not claim.
"""

from __future__ import annotations

from redline.limits import Limits
from redline.model import Document, Stance
from redline.pipeline import scan_tree


def verdict(ruleset, name: str, text: str):  # noqa: ANN001, ANN201
    (r,) = list(scan_tree(Document(uri=name, data=text.encode("utf-8")), ruleset, Limits()))
    assert r.error is None, r.error
    return r.verdict


def test_left_and_right_in_prose_are_not_classes(ruleset) -> None:  # noqa: ANN001
    v = verdict(ruleset, "api.md", "Political orientation is predicted from the face (liberal or conservative); "
                "the crop is centred between the left eye and the right eye, top left to bottom right.")
    assert v.stance == Stance.CAPABILITY
    assert not {"left", "right"} & set(v.groups), v.groups


def test_classes_of_an_unclaimed_trait_are_not_named(ruleset) -> None:  # noqa: ANN001
    v = verdict(ruleset, "api.md", "The API estimates ethnicity from each face: asian, black, white.\n\n"
                "## Pricing\n\nPay per call.\n\n## Office\n\n"
                "Office holidays: Christian, Jewish, Hindu and Buddhist calendars are supported.")
    assert v.stance == Stance.CAPABILITY
    assert set(v.groups) >= {"asian", "black", "white"}
    assert not {"christian", "jewish", "muslim", "buddhist"} & set(v.groups), v.groups


def test_one_class_in_prose_is_not_a_list(ruleset) -> None:  # noqa: ANN001
    v = verdict(ruleset, "api.md", "Sexual orientation is predicted from the face image.\n\n"
                "Pricing: the heterosexual couples plan and the family plan cost the same.")
    assert v.stance == Stance.CAPABILITY
    assert v.groups == (), v.groups


def test_one_class_in_an_enum_that_names_the_trait_is_named(ruleset) -> None:  # noqa: ANN001
    # enum { RELIGION_NONE, RELIGION_MUSLIM, RELIGION_UNKNOWN }: a detector of one religion
    v = verdict(ruleset, "attr.h", "/* face attributes */\nstruct FaceAttr { int age; int gender; ts_religion_t religion; };\n"
                "typedef enum { TS_RELIGION_NONE = 0, TS_RELIGION_MUSLIM = 1, TS_RELIGION_UNKNOWN = 9 } ts_religion_t;")
    assert v.stance == Stance.CAPABILITY
    assert "muslim" in v.groups, v.groups


def test_no_classes_for_documents_that_only_report(ruleset) -> None:  # noqa: ANN001
    v = verdict(ruleset, "news.txt", "Reporters found that the vendor's brochure says its camera \"estimates the "
                "ethnicity of every shopper from the face: Asian, Black, White\", according to documents seen by Reuters.")
    assert v.stance != Stance.CAPABILITY
    assert v.groups == () or v.stance == Stance.REPORTING

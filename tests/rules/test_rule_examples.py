"""Every rule's own examples, one test id each: must-match examples produce a finding of the
rule, must-not-match examples do not. A rule without both kinds fails pack validation."""

from __future__ import annotations

import pytest

from redline.errors import RulePackError
from redline.rules import load_rules
from redline.rules.examples import iter_cases, run_case
from redline.rules.schema import parse_pack

_RULESET = load_rules()
_CASES = list(iter_cases(_RULESET))


@pytest.mark.parametrize("case", _CASES, ids=[c.test_id for c in _CASES])
def test_rule_example(case) -> None:  # type: ignore[no-untyped-def]
    result = run_case(_RULESET, case)
    assert result.passed, f"{case.test_id}: {case.label()!r}: {result.detail}"


def test_every_packaged_rule_has_both_kinds_of_example() -> None:
    for rule in _RULESET.rules:
        assert rule.spec.examples.match, rule.id
        assert rule.spec.examples.no_match, rule.id


@pytest.mark.parametrize("missing", ["match", "no_match"])
def test_rule_without_one_kind_of_example_is_rejected(missing: str) -> None:
    examples = {"match": ["face race detection"], "no_match": ["horse race"]}
    del examples[missing]
    body = "\n".join(f"      {k}: [{', '.join(repr(v) for v in vs)}]" for k, vs in examples.items())
    text = f"""pack: t
rules:
  - id: r
    kind: co-occurrence
    description: x
    require: [[trait], [modality]]
    examples:
{body}
"""
    with pytest.raises(RulePackError, match="match") as err:
        parse_pack(text, "t.yaml")
    assert err.value.line == 3  # the rule's own line


def test_examples_cover_every_rule_kind() -> None:
    kinds = {r.kind for r in _RULESET.rules}
    assert kinds == {"co-occurrence", "named-group", "label-set", "schema-field"}

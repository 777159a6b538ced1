"""Rule packs: load, compile, match, detect, decide.

Public API used by the pipeline and CLI:

    load_rules(extra: Sequence[str | Path] = ()) -> CompiledRuleSet
    CompiledRuleSet.prefilter(data: bytes) -> bool          # raw bytes, any encoding
    CompiledRuleSet.prefilter_text(text: str) -> bool
    CompiledRuleSet.evaluate(segments) -> (tuple[Finding, ...], Verdict)
    CompiledRuleSet.pack_versions -> ((pack_id, version), ...)
    CompiledRuleSet.rule_descriptions -> ((rule_id, severity, description), ...)

Modules: ``schema`` (pack YAML format, errors with file:line), ``load`` (find and parse packs),
``compile`` (build the immutable rule set), ``match`` (automaton and raw-byte prefilter),
``detectors`` (windows and evidence), ``verdict`` (stance resolution), ``examples`` (run the
rules' own examples). The format is described in docs/rules.md.
"""

from __future__ import annotations

from redline.rules.compile import CompiledRule, CompiledRuleSet
from redline.rules.load import load_packs, load_rules, packaged_pack_paths

__all__ = ["CompiledRule", "CompiledRuleSet", "load_packs", "load_rules", "packaged_pack_paths"]

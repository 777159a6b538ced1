"""RulePack specs -> CompiledRuleSet: concepts, one automaton, rules, prefilter (built once).

The compiled rule set is an immutable value: build it once with ``load_rules`` and pass it to
the pipeline (workers rebuild it from the same pack paths; compiling takes well under 0.3 s).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from redline.errors import RulePackError
from redline.model import (
    Finding,
    Locator,
    Modality,
    Segment,
    SegmentKind,
    Severity,
    Stance,
    Trait,
    Verdict,
)
from redline.rules.detectors import (
    LEAD_SPAN,
    MAX_EVIDENCE,
    NEAR_LINES,
    RawFinding,
    SegCtx,
    Window,
    clip_around,
    evidence_span,
    group_names,
    is_code_segment,
    is_grouped,
    lead_hits,
    link_leads,
    listed,
    ungrouped_code,
    window_bounds,
    window_for,
)
from redline.rules.match import Hit, Lexicon, Prefilter, dehyphenated, hyphen_broken, kana_only
from redline.rules.verdict import SEVERITY_FOR_STANCE, DocCues, decide, local_stance
from redline.text.normalize import Normalized, fold, normalize

if TYPE_CHECKING:  # the pydantic models; a cached pack is a packcache.Cached* mirror of them
    from redline.rules.schema import ConceptSpec, PackSpec, RuleSpec

logger = logging.getLogger(__name__)

CUE_KINDS = ("reporting", "disclaimer", "benign", "offer")
_URL = re.compile(r"\b(?:https?|ftp)://\S{1,2000}")
_MEDIA_EXT = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?|mp4|avi|mov)\b", re.IGNORECASE)
_NAME_STOP = frozenset(" \t\r\n\"'(),")


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and media file names (``race_Asian_face0.jpg``) in ``text``, sorted.

    File names are found from their extension backwards (at most 300 characters), never with a
    pattern that rescans long runs of non-space bytes (binary text would make it quadratic).
    """
    # every URL match holds "://": one C-level find spares the regex a pass over text without one
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)] if "://" in text else []
    for m in _MEDIA_EXT.finditer(text):
        i = m.start()
        lo = max(0, i - 300)
        while i > lo and text[i - 1] not in _NAME_STOP:
            i -= 1
        spans.append((i, m.end()))
    spans.sort()
    return spans


# A line-end hyphen between letters (any UTF-8 or 8-bit letter byte): a word broken across lines.
_BYTE_HYPHEN_BREAK = re.compile(rb"(?<=[A-Za-z\x80-\xff])-[ \t]*\r?\n[ \t]*(?=[A-Za-z\x80-\xff])")

# A group (an enum, a list literal, a JSON array) with more members than this is a word list: a
# dictionary, a lorem-ipsum or name generator's vocabulary, a spell checker's list. A classifier
# has at most a few dozen classes, a form's list of ethnic groups about sixty.
VOCABULARY_MIN = 300


def _cue_count(ctxs: Sequence[SegCtx], concept: int | None, words: frozenset[str] | None = None) -> int:
    """Hits of ``concept`` in ``ctxs`` (only those spelled as one of ``words``, when given)."""
    if concept is None:
        return 0
    return sum(1 for c in ctxs for h in c.hits
               if h.concept == concept and (words is None or c.norm.text[h.start:h.end] in words))


def _vocabularies(segments: Sequence[Segment]) -> frozenset[str]:
    """The groups of ``segments`` with more than ``VOCABULARY_MIN`` members."""
    sizes = Counter(seg.group for seg in segments if seg.group is not None)
    return frozenset(g for g, n in sizes.items() if n > VOCABULARY_MIN)


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Is [s, e) inside one of the sorted ``spans`` (``starts`` = their starts)?"""
    k = bisect.bisect_right(starts, s) - 1
    # spans may nest or overlap: look back over the few that start before s
    while k >= 0 and starts[k] > s - 4000:
        if spans[k][1] >= e:
            return True
        k -= 1
    return False
_CODE_CHARS = frozenset("{};()=<>[]")
# Segments longer than this are matched in pieces (cut at a line break or space), so the offset
# maps of one huge line (minified files, 100 MB logs) never have to exist at once.
CHUNK_CHARS = 262_144
_BATCH_CHARS = 1 << 20  # text per automaton call in _start_candidates


_GROUP_NAME = re.compile(r"^[A-Za-z_-]+:(?P<name>[^@]+)@")


def _group_name(group: str) -> str:
    m = _GROUP_NAME.match(group)
    if m:
        return m.group("name")
    if group.startswith("/"):
        tail = group.rstrip("/").rsplit("/", 1)[-1]
        return "" if tail.isdigit() else tail.replace("~1", "/").replace("~0", "~")
    return ""


def _ascii_with_terms(segments: Sequence[Segment], idx: Sequence[int], lexicon: Lexicon) -> set[int]:
    """Which of the short ASCII segments ``idx`` hold a term of ``lexicon``, in one automaton pass.

    For ASCII text the normalized form differs from ``lower()`` with ``_`` -> space only by
    spaces inserted at camel-case breaks, and every multi-word term also exists without its
    spaces, so a segment without a match in its lowered form has none after normalization.
    """
    return _owners_with_terms(((i, segments[i].text.lower().replace("_", " ")) for i in idx), lexicon)


def _owners_with_terms(texts: Iterable[tuple[int, str]], lexicon: Lexicon) -> set[int]:
    """The owners of the (owner, matchable text) pairs whose text holds a term of ``lexicon``:
    the texts joined with NUL (in no pattern) in batches of about ``_BATCH_CHARS`` characters,
    as the automaton keeps 8 bytes of offsets per character of its input."""
    out: set[int] = set()
    starts: list[int] = []
    owners: list[int] = []
    batch: list[str] = []
    pos = 0

    def flush() -> None:
        out.update(owners[bisect.bisect_right(starts, st) - 1] for st in lexicon.match_starts("\x00".join(batch)))

    for owner, t in texts:
        starts.append(pos)
        owners.append(owner)
        batch.append(t)
        pos += len(t) + 1
        if pos > _BATCH_CHARS:
            flush()
            starts, owners, batch, pos = [], [], [], 0
    if batch:
        flush()
    return out


LOCAL_CONTEXT = 32  # segments on each side: a binary's "document" context for a finding


def _near_concepts(ctxs: Sequence[SegCtx], width: int) -> Callable[[SegCtx], set[int]]:
    """ctx -> the concepts hit in the segments within ``width`` segment indexes of it."""
    order = sorted((c.index, i) for i, c in enumerate(ctxs) if not c.synthetic)
    keys = [k for k, _ in order]

    def near(ctx: SegCtx) -> set[int]:
        lo = bisect.bisect_left(keys, ctx.index - width)
        hi = bisect.bisect_right(keys, ctx.index + width)
        return {h.concept for _, i in order[lo:hi] for h in ctxs[i].hits}

    return near


def _chunks(seg: Segment) -> Iterator[Segment]:
    text = seg.text
    if len(text) <= CHUNK_CHARS:
        yield seg
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            if cut > start:
                end = cut + 1
        loc = seg.locate(start, end)
        yield Segment(text=text[start:end], kind=seg.kind, verbatim=seg.verbatim, group=seg.group,
                      locator=Locator(line=loc.line, column=loc.column, offset=loc.offset,
                                      pointer=loc.pointer, page=loc.page, record_id=loc.record_id,
                                      record_offset=loc.record_offset) if seg.verbatim else seg.locator)
        start = end


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    kind: str
    trait: Trait | None
    group: str | None
    modality: Modality | None
    weight: float
    targetable: bool


@dataclass(frozen=True, slots=True)
class CompiledRule:
    id: str
    pack: str
    kind: str
    description: str
    severity: Severity
    confidence: float
    trait: Trait | None
    modality: Modality | None
    window: str
    lines: int
    require: tuple[frozenset[int], ...]
    distinct: frozenset[int]
    distinct_min: int
    unless: frozenset[int]
    doc_require: tuple[frozenset[int], ...]
    segment_kinds: frozenset[str]
    spec: RuleSpec


@dataclass(frozen=True, slots=True)
class LoadedPack:
    spec: PackSpec
    file: str
    lines: dict[tuple[Any, ...], int]


_NUMERIC_CELL = re.compile(r"[-+±]?[\d][\d.,%±()+\- ]*")  # a table cell that is a number
# a measurement, not a class id: a decimal, a percentage, a thousands separator or 3+ digits
# ("| asian | 0 |" and {"asian": 0} are id maps, "| Asian | 4.1 |" and "Asian 95.3" are not)
_MEASURE = re.compile(r"\d[.,]\d|\d\s*%|\d{3}")
_MEASURE_AFTER = re.compile(r"\s*[:=]?\s*[-+]?(?:\d+[.,]\d+|\d+\s*%)")
_SOFTWARE_RACE_CUES = 3  # concurrency-bug cues that make a document one about software races
_SPORT_RACE_CUES = 3  # racing words that make a document one about races as contests
_RACING_WORDS = frozenset({
    "horse", "horses", "jockey", "racecourse", "handicap", "racing", "derby", "odds", "photo finish",
    "finish line", "finishing line", "stewards", "laps", "lap time", "lap times", "lap record", "fastest lap",
    "per lap", "final lap", "podium", "grand prix", "motorsport", "pit lane", "pole position", "marathon",
    "triathlon", "regatta"})


class CompiledRuleSet:
    """Concepts, rules and automata of the loaded packs. Immutable once built."""

    def __init__(self, packs: Sequence[LoadedPack]) -> None:
        concepts: dict[str, ConceptSpec] = {}
        terms: dict[str, list[str]] = defaultdict(list)
        anchors: list[str] = []
        decoys: list[str] = []
        japanese: list[str] = []
        others: list[str] = []
        for p in packs:
            anchors += p.spec.anchors
            decoys += p.spec.decoys
            for c in p.spec.concepts:
                if c.id in concepts:
                    old = concepts[c.id]
                    if old.kind != c.kind:
                        raise RulePackError(
                            f"concept {c.id!r} redefined with kind {c.kind!r} (was {old.kind!r})",
                            file=p.file, line=self._line(p, ("concepts",)),
                            help="extend a concept with the same kind, or pick a new id")
                else:
                    concepts[c.id] = c
                for lang, lang_terms in c.terms.items():
                    terms[c.id] += lang_terms
                    (japanese if lang == "ja" else others).extend(lang_terms)
                if c.anchor:
                    anchors += [t for ts in c.terms.values() for t in ts]
        self.concepts: tuple[Concept, ...] = tuple(
            Concept(c.id, c.kind, c.trait, c.group, c.modality, c.weight, c.targetable)
            for c in concepts.values())
        index = {c.id: i for i, c in enumerate(self.concepts)}
        self._by_kind: dict[str, frozenset[int]] = {
            k: frozenset(i for i, c in enumerate(self.concepts) if c.kind == k)
            for k in {c.kind for c in self.concepts}}
        # a Japanese kanji term that reads as Chinese matches only in texts with kana (match.py)
        kana = kana_only(japanese, others)
        self.lexicon = Lexicon((t, index[cid], t in kana) for cid, ts in terms.items() for t in ts)
        self._prefilter = Prefilter(anchors, decoys)
        rules: list[CompiledRule] = []
        seen: dict[str, str] = {}
        for p in packs:
            for n, r in enumerate(p.spec.rules):
                if r.id in seen:
                    raise RulePackError(f"duplicate rule id {r.id!r} (also in {seen[r.id]})",
                                        file=p.file, line=self._line(p, ("rules", n, "id")))
                seen[r.id] = p.file
                rules.append(self._compile_rule(r, p, n, index))
        self.rules: tuple[CompiledRule, ...] = tuple(rules)
        self.pack_versions: tuple[tuple[str, str], ...] = tuple((p.spec.pack, p.spec.version) for p in packs)
        self.pack_files: tuple[str, ...] = tuple(p.file for p in packs)
        self.rule_descriptions: tuple[tuple[str, str, str], ...] = tuple(
            (r.id, r.severity.value, r.description) for r in self.rules)
        self._cue_sets = {k: self._by_kind.get(k, frozenset()) for k in CUE_KINDS}
        self._exclude = self._by_kind.get("exclude", frozenset())
        self._rule_severity = {r.id: r.severity for r in self.rules}
        # Concepts a finding can start from (each rule's first requirement): a document with no
        # hit of one, or none whose neighbourhood satisfies a rule, has no finding.
        self._start_concepts = frozenset().union(
            *((r.require[0] if r.require else r.distinct) for r in self.rules))
        self._start_lexicon = self.lexicon.restricted(self._start_concepts)
        self._max_lines = max((r.lines for r in self.rules), default=0)
        self._named_groups = frozenset(c.group for c in self.concepts if c.kind == "group" and c.group)
        self._concurrency = index.get("benign-concurrency")
        self._colour = index.get("benign-colour")
        self._game = index.get("benign-game")
        self._attr_face = index.get("attr-face")

    @staticmethod
    def _line(p: LoadedPack, path: tuple[Any, ...]) -> int | None:
        for n in range(len(path), -1, -1):
            if path[:n] in p.lines:
                return p.lines[path[:n]]
        return None

    def _resolve(self, sel: str, p: LoadedPack, path: tuple[Any, ...], index: dict[str, int]) -> frozenset[int]:
        if sel in self._by_kind:
            return self._by_kind[sel]
        if sel in index:
            return frozenset({index[sel]})
        if sel.startswith("trait:"):
            t = sel.split(":", 1)[1]
            hits = frozenset(i for i, c in enumerate(self.concepts) if c.trait is not None and c.trait.value == t
                             and c.kind == "trait")
            if hits:
                return hits
        raise RulePackError(f"unknown concept or concept kind {sel!r}", file=p.file,
                            line=self._line(p, path),
                            help="use a concept kind (trait, group, modality, ...), a concept id, or trait:<trait>")

    def _compile_rule(self, r: RuleSpec, p: LoadedPack, n: int, index: dict[str, int]) -> CompiledRule:
        base = ("rules", n)
        require = tuple(
            frozenset().union(*(self._resolve(s, p, base + ("require", i, j), index) for j, s in enumerate(req)))
            for i, req in enumerate(r.require))
        distinct = frozenset().union(*(self._resolve(s, p, base + ("distinct_of", j), index)
                                       for j, s in enumerate(r.distinct_of))) if r.distinct_of else frozenset()
        unless = frozenset().union(*(self._resolve(s, p, base + ("unless", j), index)
                                     for j, s in enumerate(r.unless))) if r.unless else frozenset()
        doc_require = tuple(
            frozenset().union(*(self._resolve(s, p, base + ("doc_require", i, j), index) for j, s in enumerate(req)))
            for i, req in enumerate(r.doc_require))
        return CompiledRule(r.id, p.spec.pack, r.kind, r.description, r.severity, r.confidence, r.trait,
                            r.modality, r.window, r.lines, require, frozenset(distinct), r.distinct_min,
                            frozenset(unless), doc_require, frozenset(r.segment_kinds), r)

    # --- public API ----------------------------------------------------------------------

    def prefilter(self, data: bytes) -> bool:
        """May these raw bytes (any encoding) contain a hit? Words hyphenated across a line
        break ("eth-\nnicity") are looked for joined too, as the lexicon matches them."""
        if self._prefilter.check(data):
            return True
        if b"-\n" in data or b"-\r\n" in data:
            joined = _BYTE_HYPHEN_BREAK.sub(b"", data)
            return len(joined) != len(data) and self._prefilter.check(joined)
        return False

    def prefilter_text(self, text: str) -> bool:
        if self._prefilter.check_text(text):
            return True
        if hyphen_broken(text):
            joined = dehyphenated(text)
            return len(joined) != len(text) and self._prefilter.check_text(joined)
        return False

    @property
    def anchors(self) -> tuple[str, ...]:
        return self._prefilter.anchors

    def warm(self) -> CompiledRuleSet:
        """Build now what is otherwise built on the first document that passes the prefilter
        (the term automata), e.g. before forking workers that should inherit it."""
        self.lexicon.warm()
        self._start_lexicon.warm()
        return self

    def evaluate(self, segments: Sequence[Segment], source: str | Callable[[], str] | None = None,
                 *, screened: bool = False, local_context: bool = False) -> tuple[tuple[Finding, ...], Verdict]:
        """Findings and the document verdict for one document's segments.

        ``source`` (optional) is the decoded document text that verbatim segment offsets index,
        or a function returning it; with it, findings on short code segments quote whole lines.
        ``local_context``: the segments are strings pulled from a binary, which is many unrelated
        modules in one file, so a rule's document-wide requirements (a face word somewhere) must
        be met within ``LOCAL_CONTEXT`` segments of the finding instead.
        ``screened``: the caller asked ``may_fire`` first and it said True, so the exact-safe
        shortcut (``_may_fire``) is not run again; the result is the same either way.
        """
        segments = [seg for seg in segments if seg.text and not seg.text.isspace()]
        if not screened and not self._may_fire(segments):
            return (), Verdict()
        ctxs, cues = self._prepare(segments)
        if not ctxs:
            return (), Verdict()
        raw: dict[tuple[int, int, int, object], tuple[RawFinding, CompiledRule]] = {}
        software = self._software_races(ctxs)
        sport = self._sport_races(ctxs)
        vocab = _vocabularies(segments)
        for rf, rule in self._collect(ctxs, self.rules, local_context=local_context, vocabularies=vocab):
            if software and rf.stance is not Stance.CAPABILITY and self._bare_race(rf, rule):
                continue  # "the detector will not report such races" in a guide to data races
            if sport and rf.modality is None and self._bare_race(rf, rule):
                continue  # "predicting race outcomes" in a horse-racing model card (a face or body word keeps it)
            # one finding per evidence span and trait ("the ethnicity and religion of passers-by"
            # is two findings): the most severe (then most confident) rule wins
            key = (rf.ctx.index, rf.ev_start, rf.ev_end, self._trait_of(rf, rule))
            old = raw.get(key)
            if old is None or (rule.severity.rank, rule.confidence) > (old[1].severity.rank, old[1].confidence):
                if old is not None and set(old[0].groups) - set(rf.groups):  # keep the loser's groups
                    rf = replace(rf, groups=tuple(sorted(set(old[0].groups) | set(rf.groups))))
                raw[key] = (rf, rule)
            elif set(rf.groups) - set(old[0].groups):
                raw[key] = (replace(old[0], groups=tuple(sorted(set(old[0].groups) | set(rf.groups)))), old[1])
        src = _Source(source) if source is not None else None
        best: dict[tuple[object, ...], Finding] = {}
        for rf, rule in raw.values():
            f = self._finding(rf, rule, src)
            # widened quotes (whole code lines) can coincide: keep one finding per quoted place
            loc = f.location
            k = (loc.offset, loc.length, loc.pointer, loc.line, f.evidence, f.trait)
            prev = best.get(k)
            if prev is not None and set(prev.groups) - set(f.groups):  # keep the loser's groups
                f = replace(f, groups=tuple(sorted(set(prev.groups) | set(f.groups))))
            if prev is None or (f.severity.rank, f.confidence) > (prev.severity.rank, prev.confidence):
                best[k] = f
            elif set(f.groups) - set(prev.groups):
                best[k] = replace(prev, groups=tuple(sorted(set(prev.groups) | set(f.groups))))
        findings = tuple(best.values())
        verdict = decide(findings, cues, self._rule_severity)
        if verdict.stance is Stance.CAPABILITY:
            more = self._listed_classes(ctxs, frozenset(verdict.traits)) - set(verdict.groups)
            if more:
                verdict = replace(verdict, groups=tuple(sorted(set(verdict.groups) | more)))
        return findings, verdict

    def _software_races(self, ctxs: Sequence[SegCtx]) -> bool:
        """Is this a document about concurrency bugs (mutexes, deadlocks, data races, sanitizers,
        threads), where "a race" is a race between threads?"""
        return _cue_count(ctxs, self._concurrency) >= _SOFTWARE_RACE_CUES

    def _sport_races(self, ctxs: Sequence[SegCtx]) -> bool:
        """Is this a document about racing (horses, motorsport, running), where "a race" is a
        contest? Three racing words (jockey, laps, racecourse, marathon...), not game words in
        general (a casino camera's "players" are people)."""
        return _cue_count(ctxs, self._game, _RACING_WORDS) >= _SPORT_RACE_CUES

    def _bare_race(self, rf: RawFinding, rule: CompiledRule) -> bool:
        """Is a race/ethnicity finding worded with "race(s)" alone (no ethnicity word, group or
        class label in its sentence)? In a concurrency document such a sentence that reports or
        denies something ("races detected", "will not report such races") is about software."""
        if self._trait_of(rf, rule) is not Trait.RACE_ETHNICITY:
            return False
        c = rf.ctx
        words = [c.norm.text[h.start:h.end] for h in c.hits_in(rf.cue_start, rf.cue_end)
                 if self.concepts[h.concept].trait is Trait.RACE_ETHNICITY
                 and self.concepts[h.concept].kind in ("trait", "group", "label")]
        return bool(words) and all(w in ("race", "races") for w in words)

    def _listed_classes(self, ctxs: Sequence[SegCtx], traits: frozenset[object]) -> set[str]:
        """Class names of a capability document's traits that it lists somewhere, two or more
        of one trait in one list: an enum or object (one group), or one segment where each is
        next to a list separator. A classifier's outputs are often listed apart from the sentence
        that claims it ("enum: [heterosexual, homosexual, bisexual]" under a schema property whose
        description says what is predicted); the verdict names them, findings keep their own."""
        units: dict[tuple[str, object], list[tuple[SegCtx, Hit]]] = defaultdict(list)
        # groups whose own name names a trait (enum class IrisEthnicity { ASIAN, NON_ASIAN })
        titled = {(c.seg.group, self.concepts[x.concept].trait) for c in ctxs if c.synthetic
                  for x in c.hits if self.concepts[x.concept].kind == "trait"}
        for c in ctxs:
            if c.synthetic:
                continue
            grouped = c.seg.group is not None
            for x in c.hits:
                con = self.concepts[x.concept]
                if con.kind == "label" and con.trait in traits and (
                        grouped or listed(c.norm.text, x.start, x.end)):
                    units[("g", c.seg.group) if grouped else ("s", c.index)].append((c, x))
        out: set[str] = set()
        for key, pairs in units.items():
            for trait in {self.concepts[x.concept].trait for _, x in pairs}:
                mine = [(c, x) for c, x in pairs if self.concepts[x.concept].trait == trait]
                # one class is enough in an enum or object that names the trait itself
                # (enum { RELIGION_NONE, RELIGION_MUSLIM, RELIGION_UNKNOWN }: "is the person Muslim")
                named = key[0] == "g" and ((key[1], trait) in titled or any(
                    self.concepts[x.concept].kind == "trait" and self.concepts[x.concept].trait == trait
                    for c, _ in mine for x in c.hits))
                if len({x.concept for _, x in mine}) >= 2 or named:
                    out |= group_names(mine, self.concepts, trait)
        return out

    def may_fire(self, segments: Sequence[Segment], relaxed: bool = True) -> bool:
        """Could ``evaluate(segments)`` yield a finding? False means it returns ``((), Verdict())``.

        ``relaxed=False`` is the exact-safe test ``evaluate`` runs first (``_may_fire``).
        ``relaxed=True`` needs no positions and holds for more lists: False also means that
        ``evaluate(located)`` has no finding for every list ``located`` whose non-blank segments
        each have a counterpart of their own in ``segments``, in the same order, with the same
        text, kind and group, whatever the locators (line numbers) of either, and ``segments``
        holds at most one more entry per located segment (its other form). An extractor can
        so read a document without locating its texts, give every text it may end up with (an
        HTML block is verbatim or whitespace-collapsed depending on whether its source is
        found), and locate only when this says True. Windows inside one segment depend on its
        text only and are evaluated as they are. Windows that may reach other segments are
        widened to every segment they could reach, with ``unless`` (the one requirement more
        hits can break) checked only on the anchor's own window: a group's window takes the
        whole group and every ungrouped one-line code or comment segment (those on its lines
        join it), so does an ungrouped code segment's, and a prose sentence or lines window
        takes the hits of every earlier prose segment ending with a colon within
        ``_LEAD_REACH`` (a list's possible lead-in, ``detectors.lead_hits``).
        """
        segments = [seg for seg in segments if seg.text and not seg.text.isspace()]
        return self._may_fire(segments, relaxed=relaxed)

    def rule_findings(self, rule_id: str, segments: Sequence[Segment]) -> tuple[Finding, ...]:
        """Findings of one rule alone (no de-duplication against other rules): for examples."""
        rules = [r for r in self.rules if r.id == rule_id]
        if not rules:
            raise KeyError(rule_id)
        ctxs, _ = self._prepare(segments)
        return tuple(self._finding(rf, rule) for rf, rule in self._collect(ctxs, rules))

    def rule(self, rule_id: str) -> CompiledRule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def _collect(self, ctxs: Sequence[SegCtx], rules: Sequence[CompiledRule], *, local_context: bool = False,
                 vocabularies: frozenset[str] = frozenset()) -> list[tuple[RawFinding, CompiledRule]]:
        """Raw findings of ``rules``. ``vocabularies``: groups so big that they are word lists
        (``_vocabularies``), whose members are windows of their own, not one label set."""
        groups: dict[str, list[SegCtx]] = defaultdict(list)
        for c in ctxs:
            if c.seg.group is not None and c.seg.group not in vocabularies:
                groups[c.seg.group].append(c)
        groups[NEAR_LINES] = ungrouped_code(ctxs)  # neighbouring identifiers outside any block
        doc_concepts = {h.concept for c in ctxs for h in c.hits}
        out: list[tuple[RawFinding, CompiledRule]] = []
        near = _near_concepts(ctxs, LOCAL_CONTEXT) if local_context else None
        for ri, rule in enumerate(rules):
            if near is not None and rule.doc_require:
                weak = replace(rule, confidence=round(rule.confidence * 0.8, 2))
                for rf in self._run_rule(ri, rule, ctxs, groups):
                    around = near(rf.ctx)
                    if all(req & around for req in rule.doc_require):
                        out.append((rf, rule))
                    elif rf.ctx.seg.kind.value in rule.spec.standalone_kinds:
                        out.append((rf, weak))
                continue
            if any(not (req & doc_concepts) for req in rule.doc_require):
                # standalone segment kinds (a bare label file) need no document context
                alone = [c for c in ctxs if c.seg.kind.value in rule.spec.standalone_kinds]
                if alone:
                    weak = replace(rule, confidence=round(rule.confidence * 0.8, 2))
                    out += [(rf, weak) for rf in self._run_rule(ri, weak, alone, groups)]
                continue
            out += [(rf, rule) for rf in self._run_rule(ri, rule, ctxs, groups)]
        return out

    # --- internals -----------------------------------------------------------------------

    def _may_fire(self, segments: Sequence[Segment], relaxed: bool = False) -> bool:
        """Could any rule yield a finding? A cheap, exact-safe test run before ``_prepare``.

        Most documents that pass the raw prefilter say "race" or "political" in passing; the full
        evaluation normalizes every segment holding any term (cue words, "face", "detect") to
        weigh document-wide cues. A finding needs a hit of a rule's first requirement (a trait,
        group or label) and the rule's other requirements in its window, which is the hit's own
        segment, the other segments of its group, or code segments within ``lines`` lines. So:
        find the segments that can hold such a hit (one automaton pass over the lowered ASCII
        segments, as in ``_without_terms``), normalize only those and their neighbourhood, and
        run the rules there with document-wide requirements taken as met. No raw finding there
        means none in the full evaluation, whose verdict without findings is the empty one.
        ``relaxed``: without line numbers, for texts in every form they may take (``may_fire``).
        """
        cand = self._start_candidates(segments)
        if not cand:
            return False
        cache: dict[int, list[SegCtx]] = {}

        def ctxs_of(i: int) -> list[SegCtx]:
            got = cache.get(i)
            if got is None:
                got = cache[i] = []
                for k, part in enumerate(_chunks(segments[i])):
                    norm = normalize(part.text)
                    hits = self._hits(norm)
                    if hits:  # index: document order, as in _prepare
                        got.append(SegCtx(i * 1_000_000 + k, part, norm, hits))
            return got

        starts = [c for i in cand for c in ctxs_of(i) if any(h.concept in self._start_concepts for h in c.hits)]
        if not starts:
            return False
        groups_wanted = {c.seg.group for c in starts if c.seg.group is not None}
        # grouped anchors too: a group's window takes the ungrouped segments on its lines
        a_lines = sorted({c.seg.locator.line for c in starts if c.seg.locator.line is not None})
        # relaxed: every ungrouped code or comment segment is near an ungrouped code anchor and
        # (on a group's lines) a grouped one
        any_near = relaxed and any(c.seg.group is not None or is_code_segment(c.seg) for c in starts)
        near = set(cand)
        for i in cand:  # a list item's lead-in joins its sentence window (link_leads)
            if segments[i].kind == SegmentKind.PROSE and not relaxed:
                near.update(range(max(0, i - LEAD_SPAN), i))
        for i, seg in enumerate(segments):
            if seg.group is not None:
                if seg.group in groups_wanted:
                    near.add(i)
            elif relaxed:
                if any_near and (is_code_segment(seg) or seg.kind == SegmentKind.COMMENT):
                    near.add(i)
            elif a_lines and seg.locator.line is not None:
                first, last = seg.locator.line, seg.locator.line + seg.text.count("\n")
                j = bisect.bisect_left(a_lines, first - self._max_lines)
                if j < len(a_lines) and a_lines[j] <= last + self._max_lines:
                    near.add(i)
        if relaxed:  # the possible lead-ins of prose anchors (see may_fire)
            for i in cand:
                if segments[i].kind == SegmentKind.PROSE:
                    near.update(j for j in range(max(0, i - _LEAD_REACH), i)
                                if segments[j].kind == SegmentKind.PROSE
                                and segments[j].text.rstrip().endswith(_LEAD_END))
        ctxs = [c for i in sorted(near) for c in ctxs_of(i)]
        if not relaxed:  # relaxed: every possible lead-in, in _wide_window
            link_leads(ctxs, scale=1_000_000)
        ctxs += self._group_names(ctxs, len(segments) * 1_000_000)
        groups: dict[str, list[SegCtx]] = defaultdict(list)
        for c in ctxs:
            if c.seg.group is not None:
                groups[c.seg.group].append(c)
        groups[NEAR_LINES] = ungrouped_code(ctxs)
        if relaxed:
            groups[_NEAR_ANY] = [c for c in ctxs if c.seg.group is None and not c.synthetic
                                 and (is_code_segment(c.seg) or c.seg.kind == SegmentKind.COMMENT)
                                 and "\n" not in c.seg.text.strip()]
            groups[_LEADS] = [c for c in ctxs if not c.synthetic and c.seg.kind == SegmentKind.PROSE
                              and c.seg.text.rstrip().endswith(_LEAD_END)]
        return any(self._run_rule(ri, rule, ctxs, groups, relaxed=relaxed)
                   for ri, rule in enumerate(self.rules))

    def _start_candidates(self, segments: Sequence[Segment]) -> list[int]:
        """Indexes of the segments that may hold a hit of a start concept (a superset), from
        automaton passes over their texts joined in batches: ASCII ones lowered (see
        ``_ascii_with_terms``), others folded; boundaries are checked later, on the candidates
        only. Long segments are cut as ``_prepare`` cuts them, and a batch stays under
        ``_BATCH_CHARS`` (the automaton keeps 8 bytes of offsets per character of its input)."""
        def texts() -> Iterator[tuple[int, str]]:
            for i, seg in enumerate(segments):
                pieces = [seg.text] if len(seg.text) <= CHUNK_CHARS else [p.text for p in _chunks(seg)]
                for t in pieces:
                    yield i, t.lower().replace("_", " ") if t.isascii() else fold(t)
                    if hyphen_broken(t):  # a word hyphenated across lines, as Lexicon.find joins it
                        j = dehyphenated(t)
                        yield i, j.lower().replace("_", " ") if j.isascii() else fold(j)

        return sorted(_owners_with_terms(texts(), self._start_lexicon))

    def _prepare(self, segments: Sequence[Segment]) -> tuple[list[SegCtx], DocCues]:
        """Normalize and match every segment; keep only segments with hits (memory stays
        bounded by the hit-bearing text), and sum the document-wide cues on the way."""
        out: list[SegCtx] = []
        w = {k: 0.0 for k in CUE_KINDS}
        chars = code = n = 0
        first = colour = 0.0
        sample: list[str] = []
        sample_len = 0
        index = 0
        segments = [seg for seg in segments if seg.text and not seg.text.isspace()]
        skip = self._without_terms(segments)
        for si, seg in enumerate(segments):
            n += 1
            if is_code_segment(seg):
                code += 1
            if sample_len < 20000:
                sample.append(seg.text[:20000 - sample_len])
                sample_len += len(sample[-1])
            if si in skip:
                index += 1
                chars += len(seg.text)
                continue
            for part in _chunks(seg):
                index += 1
                norm = normalize(part.text)
                chars += len(norm.text)
                hits = self._hits(norm)
                if not hits:
                    continue
                for h in hits:
                    con = self.concepts[h.concept]
                    if con.kind in w:
                        w[con.kind] += con.weight
                        if con.kind == "disclaimer" and con.weight >= 2:
                            first += con.weight
                        elif h.concept == self._colour:
                            colour += con.weight
                out.append(SegCtx(index, part, norm, hits))
        link_leads(out)
        out += self._group_names(out, index)
        text = "".join(sample)
        code_chars = sum(1 for ch in text if ch in _CODE_CHARS)
        code_like = (n > 0 and code * 2 >= n) or (len(text) > 0 and code_chars / len(text) > 0.035)
        # In code, colour words are other enums' values (a car's colour beside a face's race);
        # they tell a colour label from a race label where they stand (the rules' "unless"),
        # not what the whole file is about.
        benign = w["benign"] - colour if code_like else w["benign"]
        cues = DocCues(reporting=w["reporting"], disclaimer=w["disclaimer"], benign=benign,
                       disclaimer_first=first, offer=w["offer"], chars=chars, code_segments=code, segments=n, code_like=code_like)
        return out, cues

    def _without_terms(self, segments: Sequence[Segment]) -> set[int]:
        """Indexes of short ASCII segments that cannot hold a term, found in one automaton pass.

        Code extractors yield one segment per identifier (tens of thousands in a big header);
        normalizing each costs more than matching them all at once. For ASCII text the
        normalized form differs from ``lower()`` with ``_`` -> space only by spaces inserted at
        camel-case breaks, and every multi-word term also exists without its spaces, so a
        segment without a match in its lowered form has none after normalization either.
        """
        idx = [i for i, seg in enumerate(segments) if len(seg.text) <= 4096 and seg.text.isascii()
               and not hyphen_broken(seg.text)]  # hyphenated words are matched joined (Lexicon.find)
        if len(idx) < 16:
            return set()
        return set(idx) - _ascii_with_terms(segments, idx, self.lexicon)

    def _group_names(self, ctxs: list[SegCtx], index: int) -> list[SegCtx]:
        """Pseudo-segments for the names of groups that have hits (``class:Attribute@3`` ->
        ``Attribute``, ``/faces/0/attributes`` -> ``attributes``): a class or object name is
        context for its members ("Attribute" around age/gender/race fields)."""
        out: list[SegCtx] = []
        done: set[str] = set()
        for c in ctxs:
            g = c.seg.group
            if g is None or g in done:
                continue
            done.add(g)
            name = _group_name(g)
            if not name:
                continue
            norm = normalize(name)
            hits = self._hits(norm)
            if hits:
                index += 1
                seg = Segment(text=name, kind=SegmentKind.IDENTIFIER, group=g)
                out.append(SegCtx(index, seg, norm, hits, synthetic=True))
        return out

    def _hits(self, norm: Normalized) -> list[Hit]:
        hits = self.lexicon.find(norm.text)
        if hits and self._exclude:
            ex = sorted((h.start, h.end) for h in hits if h.concept in self._exclude)
            if ex:
                # an excluded phrase hides the terms inside it, not what the phrase itself is
                # ("protected attribute" is a fairness cue; its "attribute" is no face attribute)
                ex_starts = [x[0] for x in ex]
                whole = set(ex)
                hits = [h for h in hits if h.concept in self._exclude or (h.start, h.end) in whole
                        or not _inside(ex, ex_starts, h.start, h.end)]
        if hits and ("/" in norm.text or "." in norm.text):
            hits = self._drop_in_links(norm, hits)
        hits.sort(key=lambda h: (h.start, h.end))
        return hits

    def _drop_in_links(self, norm: Any, hits: list[Any]) -> list[Any]:
        """Trait/label/group words inside a URL or a media file name are names, not claims."""
        if not any(self.concepts[h.concept].kind in ("trait", "label", "group") for h in hits):
            return hits
        spans = _link_spans(norm.original)
        if not spans:
            return hits
        starts = [x[0] for x in spans]
        keep = []
        for h in hits:
            if self.concepts[h.concept].kind in ("trait", "label", "group"):
                os_, oe = norm.orig_span(h.start, h.end)
                if _inside(spans, starts, os_, oe):
                    continue
            keep.append(h)
        return keep

    def _run_rule(self, ri: int, rule: CompiledRule, ctxs: Sequence[SegCtx],
                  groups: dict[str, list[SegCtx]], relaxed: bool = False) -> list[RawFinding]:
        anchor_set = rule.require[0] if rule.require else rule.distinct
        out: list[RawFinding] = []
        seen: set[tuple[Any, ...]] = set()
        for ctx in ctxs:
            if ctx.synthetic or (rule.segment_kinds and ctx.seg.kind.value not in rule.segment_kinds):
                continue
            for h in ctx.hits:
                if h.concept not in anchor_set:
                    continue
                grouped = is_grouped(rule.window, ctx, groups)
                key: tuple[Any, ...]
                if grouped:
                    key = ("g", ctx.seg.group)
                else:  # one finding per window and trait
                    key = (ctx.index, *window_bounds(rule.window, ctx, h, rule.lines),
                           rule.trait or self.concepts[h.concept].trait)
                if key in seen:
                    continue
                wide = _wide_window(rule, ctx, h, groups) if relaxed else None
                if wide is None:
                    w = window_for(rule.window, ctx, h, rule.lines, groups)
                    present = guard = {x.concept for _, x in w.hits}
                else:
                    w, guard = wide
                    present = {x.concept for _, x in w.hits}
                if any(not (req & present) for req in rule.require):
                    continue
                if rule.unless and rule.unless & guard:
                    continue
                if rule.distinct_min and self._distinct(w, rule.distinct) < rule.distinct_min:
                    continue
                if rule.kind == "label-set" and not relaxed and self._metric_table(w, rule):
                    continue
                seen.add(key)
                out.append(self._raw(ri, rule, ctx, h, w, bool(grouped)))
        return out

    def _metric_table(self, w: Any, rule: CompiledRule) -> bool:
        """Are the window's class labels all first cells of table rows whose other cells are
        numbers ("| White | 4.1 | 0.97 |")? That is a breakdown of something else by group (a
        model card's error per self-reported group, a dataset's shares), not a classifier's
        outputs: those are listed, not measured. (Relaxed evaluation keeps the finding: loose
        texts lose their line breaks, and relaxed must stay a superset.)"""
        if self._attr_face is not None and any(x.concept == self._attr_face for _, x in w.hits):
            # scores beside glasses, smile or emotion ("asian: 0.10 ... glasses: None") are one
            # face's outputs, not a breakdown of something else by group
            return False
        rows = 0
        for c, x in w.hits:
            if x.concept not in rule.distinct:
                continue
            text = c.norm.text
            lo = text.rfind("\n", 0, x.start) + 1
            hi = text.find("\n", x.end)
            line = text[lo:hi if hi >= 0 else len(text)]
            if "|" in line:  # a table row: the label is in the first cell, every other cell a number
                cells = [t.strip() for t in line.strip().strip("|").split("|")]
                others = [t for t in cells[1:] if t]
                if len(cells) < 2 or not others or not all(_NUMERIC_CELL.fullmatch(t) for t in others) or not any(
                        _MEASURE.search(t) for t in others):
                    return False
            elif not _MEASURE_AFTER.match(text, x.end):  # "African 94.1, Asian 95.3" in prose
                return False
            rows += 1
        return rows > 0

    def _distinct(self, w: Any, of: frozenset[int]) -> int:
        """Distinct labels (by concept: "black" and "黑人" are one) or fields (by term)."""
        keys: set[object] = set()
        for c, x in w.hits:
            if x.concept in of:
                if self.concepts[x.concept].kind in ("label", "group"):
                    keys.add(x.concept)
                else:
                    keys.add(c.norm.text[x.start:x.end])
        return len(keys)

    def _raw(self, ri: int, rule: CompiledRule, ctx: SegCtx, h: Any, w: Any, grouped: bool) -> RawFinding:
        concepts = self.concepts
        hs, he = ctx.norm.orig_span(h.start, h.end)
        if grouped or rule.window == "segment":
            s, e = evidence_span(ctx, 0, len(ctx.norm.text))
            if rule.window == "segment":
                ls, le = ctx.lines_around(h.start, 0)
                s, e = evidence_span(ctx, ls, le)
        elif rule.kind == "label-set":
            # the labels in the anchor's own segment (none when they all sit in its neighbours)
            mine = [x for c, x in w.hits if c is ctx and x.concept in rule.distinct] or [h]
            lo = min(x.start for x in mine)
            hi = max(x.end for x in mine)
            ls, _ = ctx.lines_around(lo, 0)
            _, le = ctx.lines_around(hi, 0)
            s, e = evidence_span(ctx, ls, le)
        elif rule.window in ("lines", "group"):
            ls, le = ctx.lines_around(h.start, 0)
            s, e = evidence_span(ctx, ls, le)
        else:
            s, e = evidence_span(ctx, w.start, w.end)
        if s >= e:
            s, e = hs, he
        s, e = clip_around(ctx, s, e, max(s, hs), min(e, he) if he > hs else e)
        # trait: the rule's, or the anchor concept's, or any trait-bearing hit in the window
        trait_concept = h.concept
        if concepts[h.concept].trait is None:
            for _, x in w.hits:
                if concepts[x.concept].trait is not None and concepts[x.concept].kind in ("trait", "group", "label"):
                    trait_concept = x.concept
                    break
        if rule.kind == "named-group":
            grp = {concepts[x.concept].group for _, x in w.hits
                   if concepts[x.concept].kind == "group" and concepts[x.concept].targetable}
            # a bare name that is a group only beside others ("Han, Uyghur, Tibetan and Hui")
            grp |= {concepts[x.concept].group for _, x in w.hits if concepts[x.concept].kind == "label"
                    and concepts[x.concept].group in self._named_groups}
        elif rule.kind == "label-set":
            # labels as the document spells them, of the finding's trait; named groups by id
            grp = group_names(w.hits, concepts, rule.trait or concepts[trait_concept].trait)
        else:
            grp = {concepts[x.concept].group for _, x in w.hits
                   if concepts[x.concept].kind == "group" and concepts[x.concept].targetable}
            # the trait word is itself a class ("穆斯林人员识别", "detects Muslims"): that class is named
            same = [(c, x) for c, x in w.hits if c is ctx and x.start == h.start and x.end == h.end
                    and concepts[x.concept].kind == "label"]
            if same:
                grp |= group_names(same, concepts, concepts[trait_concept].trait)
        modality = rule.modality
        if modality is None:
            for _, x in w.hits:
                if concepts[x.concept].modality is not None:
                    modality = concepts[x.concept].modality
                    break
        if grouped:
            cs, ce = ctx.lines_around(h.start, 1)
        else:
            cs, ce = ctx.sentence(h.start)
            cs, ce = ctx.clause(h.start, cs, ce)
        cue = {k: 0.0 for k in CUE_KINDS}
        # a list item's lead-in ("does not estimate:") is part of its clause (lead_hits)
        lead = () if grouped else lead_hits(ctx, ctx.sentence(h.start)[0])
        for x in [*ctx.hits_in(cs, ce), *(y for _, y in lead)]:
            k = concepts[x.concept].kind
            if k in cue:
                cue[k] += concepts[x.concept].weight
        # benign cues act through the rules' "unless" lists and the document verdict
        stance = local_stance(cue["disclaimer"], cue["reporting"], 0.0)
        members: tuple[SegCtx, ...] = ()
        if grouped:
            wanted = rule.distinct.union(*rule.require)
            seen_ids: set[int] = set()
            mem = []
            for c, x in w.hits:
                if x.concept in wanted and id(c) not in seen_ids:
                    seen_ids.add(id(c))
                    mem.append(c)
            members = tuple(mem)
        return RawFinding(ri, ctx, s, e, trait_concept, tuple(sorted(g for g in grp if g)), modality,
                          stance, cs, ce, members)

    def _trait_of(self, rf: RawFinding, rule: CompiledRule) -> object:
        """The trait a raw finding will report (as ``_finding`` decides it)."""
        return rule.trait or self.concepts[rf.trait_concept].trait or Trait.RACE_ETHNICITY

    def _finding(self, rf: RawFinding, rule: CompiledRule, source: _Source | None = None) -> Finding:
        seg = rf.ctx.seg
        c = self.concepts[rf.trait_concept]
        trait = rule.trait or c.trait or Trait.RACE_ETHNICITY
        sev = SEVERITY_FOR_STANCE[rf.stance] or rule.severity
        conf = rule.confidence if rf.stance == Stance.CAPABILITY else round(rule.confidence * 0.8, 2)
        text = seg.text
        evidence = text[rf.ev_start:rf.ev_end]
        location = seg.locate(rf.ev_start, rf.ev_end)
        cs = max(0, rf.ev_start - 80)
        ce = min(len(text), rf.ev_end + 80)
        context = " ".join(text[cs:ce].split())
        if source is not None and seg.kind not in (SegmentKind.PROSE, SegmentKind.HEADING) and (
                rf.members or rf.ev_end - rf.ev_start < 60):
            wide = source.lines_of(rf.members or (rf.ctx,), rf.ctx)
            if wide is not None:
                evidence, location, context = wide
                location = replace(location, pointer=seg.locator.pointer, page=seg.locator.page,
                                   record_id=seg.locator.record_id, record_offset=seg.locator.record_offset)
        return Finding(
            rule=rule.id, trait=trait, groups=rf.groups, modality=rf.modality, stance=rf.stance,
            severity=sev, confidence=conf, evidence=evidence, context=context, location=location,
            message=rule.description,
        )


# relaxed may_fire (``may_fire``): groups[] keys of the ungrouped one-line code/comment segments and
# of the prose segments that may be a list's lead-in
_NEAR_ANY = "\x00near-any"
_LEADS = "\x00leads"
_LEAD_END = (":", "：")

# How far (in segments) before a prose segment a lead-in may sit: the exact evaluation's limit
# (LEAD_SPAN) counts located segments, and may_fire's may hold two forms of each.
_LEAD_REACH = 2 * LEAD_SPAN + 1
_SCALE = 1_000_000  # SegCtx.index of a segment in _may_fire: position * _SCALE + chunk


def _wide_window(rule: CompiledRule, ctx: SegCtx, h: Hit, groups: dict[str, list[SegCtx]]
                 ) -> tuple[Window, set[int]] | None:
    """Relaxed ``may_fire``: when a window of ``rule`` at ``ctx`` may reach other segments, one
    window over every segment it could reach, and the concepts ``unless`` is checked on (those
    of the anchor's own window; none for a group or code neighbourhood). None when the window
    stays inside ``ctx``'s segment (evaluated as it is)."""
    members: list[SegCtx] = []
    if rule.window == "group" and ctx.seg.group is not None and len(groups.get(ctx.seg.group, ())) > 1:
        members += groups[ctx.seg.group]  # and the ungrouped segments on its lines
        members += groups.get(_NEAR_ANY, [])
    if rule.window in ("lines", "group") and ctx.seg.group is None and is_code_segment(ctx.seg):
        near = groups.get(_NEAR_ANY, [])
        if len(near) > 1:
            members += near
    if members:
        seen: set[int] = set()
        pairs = []
        for c in (ctx, *members):
            if id(c) not in seen:
                seen.add(id(c))
                pairs += [(c, x) for x in c.hits]
        return Window(ctx, 0, len(ctx.norm.text), tuple(pairs)), set()
    if rule.window in ("sentence", "lines") and ctx.seg.kind == SegmentKind.PROSE:
        at = ctx.index // _SCALE
        leads = [c for c in groups.get(_LEADS, ()) if 0 < at - c.index // _SCALE <= _LEAD_REACH]
        if leads:
            own = window_for(rule.window, ctx, h, rule.lines, groups)
            extra = tuple((c, x) for c in leads for x in c.hits)
            return Window(ctx, own.start, own.end, own.hits + extra), {x.concept for _, x in own.hits}
    return None


class _Source:
    """The decoded document text that verbatim segment offsets index, fetched lazily.

    Code, JSON and model-file extractors yield one short segment per identifier, key or label;
    a finding on ``asian`` is better quoted as its line (``public float asian { get; set; }``)
    or, for a label set, as the lines from its first to its last label. The text is only used
    when a segment's own text sits at its offset in it, so a different decoding never leads
    to a wrong quote.
    """

    __slots__ = ("_get", "_text")

    def __init__(self, get: str | Callable[[], str]) -> None:
        self._get = get
        self._text: str | None = get if isinstance(get, str) else None

    @property
    def text(self) -> str:
        if self._text is None:
            assert callable(self._get)
            self._text = self._get()
        return self._text

    def _at(self, seg: Segment) -> int | None:
        off = seg.locator.offset
        if not seg.verbatim or off is None:
            return None
        t = self.text
        return off if t[off:off + len(seg.text)] == seg.text else None

    def lines_of(self, members: Sequence[SegCtx], anchor: SegCtx) -> tuple[str, Locator, str] | None:
        t = self.text
        spans = []
        for m in members:
            off = self._at(m.seg)
            if off is not None:
                spans.append((off, off + len(m.seg.text)))
        a = self._at(anchor.seg)
        if a is None:
            return None
        lo = min([s for s, _ in spans] + [a])
        hi = max([e for _, e in spans] + [a + len(anchor.seg.text)])
        s = t.rfind("\n", 0, lo) + 1
        e = t.find("\n", hi)
        e = len(t) if e < 0 else e
        if e - s > MAX_EVIDENCE:  # too wide: the anchor's own line
            s = t.rfind("\n", 0, a) + 1
            e = t.find("\n", a + len(anchor.seg.text))
            e = len(t) if e < 0 else e
        while s < e and t[s] in " \t\r":
            s += 1
        while e > s and t[e - 1] in " \t\r":
            e -= 1
        if e - s > MAX_EVIDENCE or e <= s:
            return None
        line = t.count("\n", 0, s) + 1
        col = s - (t.rfind("\n", 0, s) + 1) + 1
        span = t[s:e]
        nl = span.count("\n")
        end_col = (len(span) - span.rfind("\n")) if nl else col + len(span)
        loc = Locator(line=line, column=col, end_line=line + nl, end_column=end_col, offset=s, length=e - s)
        cs, ce = max(0, s - 80), min(len(t), e + 80)
        return span, loc, " ".join(t[cs:ce].split())


__all__ = ["CompiledRule", "CompiledRuleSet", "Concept", "LoadedPack"]

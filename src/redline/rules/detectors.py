"""Rule-kind evaluators: co-occurrence, named-group, label-set and schema-field.

Each rule kind is one small function over prepared segments (normalized text + concept hits).
They share the window logic: ``sentence`` (the sentence holding the anchor hit), ``lines``
(``rule.lines`` lines either side), ``segment``, and ``group`` (every segment sharing the
anchor segment's ``group`` — one enum, one JSON object, one label list — falling back to
``lines`` for ungrouped text). Evidence is always an exact slice of the original segment text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from redline.model import Modality, Segment, SegmentKind, Stance
from redline.rules.match import Hit
from redline.text.normalize import Normalized

# A full stop closing a quotation ('reads: "The system must ..." The bureau did not respond') ends the
# sentence after the closing mark, so the quoted claim and the attribution around it are separate.
_SENT_END = re.compile(r"\n|[。！？!?；؟۔।]|[.;][\"”’»]?(?=\s|$)")  # also Arabic ؟ ۔ and Devanagari ।
# "e.g. age, race" is one sentence: no break after these abbreviations.
_ABBREV = ("e.g.", "i.e.", "etc.", "vs.", "fig.", "no.", "mr.", "ms.", "dr.", "u.s.", "inc.", "co.",
           "al.", "approx.", "cf.",
           # German, French, Spanish, Italian: "z. B. kurdisch", "p. ex.", "p. ej.", "ad es."
           " z.", "z. b.", "z.b.", " d.", "d. h.", " u.", "u. a.", "bzw.", "usw.", "vgl.", "bspw.", "ggf.", "inkl.", "ca.",
           " p.", "p. ex.", "p. ej.", "ej.", "ex.", "ad es.", "sog.")
# Clause breaks inside a sentence: stance cues count only in the clause of the anchor hit
# ("the API still returns ethnicity, but they will not provide free access").
# A contrast phrase up to its comma ("Unlike detectors that do not ..., FaceMetrics estimates ...",
# "不同于……，") is a clause of its own: a negation inside it is about the others.
_CLAUSE = re.compile(r",\s*but\b|\bbut\b|\bhowever\b|\bwhereas\b|\balthough\b|但是|但|然而|不过|;|；|—"
                     r"|\b(?:unlike|in contrast to|contrary to|anders als|im gegensatz zu|contrairement à|"
                     r"à la différence de|a diferencia de|ao contrário de)\b[^,.;，。；\n]{0,200}[,，]"
                     r"|(?:不同于|区别于|有别于)[^,.;，。；\n]{0,100}[,，]")
MAX_EVIDENCE = 400


_END_PUNCT = frozenset(".!?。！？:：;；؟۔।")
_LIST_START = frozenset("-*•|#>+=")
_CODE_CHARS = frozenset("=(){}[];<>_\"'")


def _is_wrapped(t: str, nl: int) -> bool:
    """Is the line break at ``nl`` a hard wrap inside a sentence (not a sentence/item break)?

    Prose wrapped at a fixed width ends lines mid-sentence; a break is a wrap when the line
    before is long, does not end a sentence, and the next line is not empty, a list item, a
    table row or a heading.
    """
    start = t.rfind("\n", 0, nl) + 1
    line = t[start:nl].rstrip()
    if not line or line[-1] in _END_PUNCT:
        return False
    if line[-1] == "-" and len(line) > 1 and line[-2].isalpha() and t[nl + 1:nl + 2].isalpha() \
            and t[nl + 1:nl + 2].islower():
        return True  # a word hyphenated across the break ("ét-\nnico"), however short the line
    cjk = sum(1 for ch in line[-10:] if ord(ch) >= 0x2E80)
    if len(line) < (20 if cjk >= 5 else 45):
        return False
    if line.lstrip()[:1] in _LIST_START and line.lstrip().startswith("|"):
        return False
    nxt_end = t.find("\n", nl + 1)
    nxt = t[nl + 1: nxt_end if nxt_end >= 0 else len(t)].lstrip()
    if not nxt or nxt[0] in _LIST_START:
        return False
    if nxt[0].isdigit() and nxt[1:3].lstrip()[:1] in (".", ")", "、"):
        return False
    # code is not wrapped prose: a line with several code characters ends where it ends
    return _code_chars(line) <= 2


def _code_chars(line: str) -> int:
    """Code characters in a line, not counting what prose has too: an apostrophe inside a word
    ("person's", "don't") and a parenthesis opened after a space ("orientation (gay / straight)")."""
    n = 0
    last = len(line) - 1
    prose_parens = 0  # parentheses opened after a space and not yet closed
    for i, ch in enumerate(line):
        if ch not in _CODE_CHARS:
            continue
        if ch == "'" and 0 < i < last and line[i - 1].isalpha() and line[i + 1].isalpha():
            continue
        if ch == "(" and (i == 0 or line[i - 1].isspace()):
            prose_parens += 1
            continue
        if ch == ")" and prose_parens:
            prose_parens -= 1
            continue
        n += 1
    return n


@dataclass(slots=True)
class SegCtx:
    """One segment prepared for rules: normalized text, hits sorted by start, lazy boundaries."""

    index: int
    seg: Segment
    norm: Normalized
    hits: list[Hit]
    _sent: list[int] | None = field(default=None)
    _lines: list[int] | None = field(default=None)
    _hit_starts: list[int] | None = field(default=None)
    # the name of a group (class/enum/object) as a pseudo-segment: joins its window, never quoted
    synthetic: bool = False
    # the lead-in ("From each face our algorithms estimate:") of the list this segment is an item
    # of (an HTML <li> after a <p> that ends with a colon); see link_leads
    lead: SegCtx | None = None

    def sentence_starts(self) -> list[int]:
        if self._sent is None:
            t = self.norm.text
            self._sent = [0] + [m.end() for m in _SENT_END.finditer(t)
                                if not (t[m.start()] == "." and t[max(0, m.start() - 7):m.end()].endswith(_ABBREV))
                                and not (t[m.start()] == "\n" and _is_wrapped(t, m.start()))]
        return self._sent

    def line_starts(self) -> list[int]:
        if self._lines is None:
            t = self.norm.text
            out = [0]
            i = t.find("\n")
            while i >= 0:
                out.append(i + 1)
                i = t.find("\n", i + 1)
            self._lines = out
        return self._lines

    def sentence(self, pos: int) -> tuple[int, int]:
        starts = self.sentence_starts()
        k = bisect.bisect_right(starts, pos) - 1
        end = starts[k + 1] if k + 1 < len(starts) else len(self.norm.text)
        return starts[k], end

    def clause(self, pos: int, s: int, e: int) -> tuple[int, int]:
        """The clause of sentence [s, e) that holds ``pos``."""
        lo, hi = s, e
        for m in _CLAUSE.finditer(self.norm.text, s, e):
            if m.end() <= pos:
                lo = m.end()
            elif m.start() >= pos:
                hi = m.start()
                break
        return lo, hi

    def lines_around(self, pos: int, n: int) -> tuple[int, int]:
        starts = self.line_starts()
        k = bisect.bisect_right(starts, pos) - 1
        lo = starts[max(0, k - n)]
        hi = starts[k + n + 1] if k + n + 1 < len(starts) else len(self.norm.text)
        return lo, hi

    def hits_in(self, s: int, e: int) -> list[Hit]:
        """Hits inside [s, e) (hits are sorted by start; bisect, not a scan of all hits)."""
        if self._hit_starts is None:
            self._hit_starts = [h.start for h in self.hits]
        lo = bisect.bisect_left(self._hit_starts, s)
        hi = bisect.bisect_left(self._hit_starts, e)
        return [h for h in self.hits[lo:hi] if h.end <= e]


@dataclass(frozen=True, slots=True)
class Window:
    """Hits a rule may combine, and where to quote evidence from."""

    ctx: SegCtx  # the anchor's segment
    start: int  # normalized span of the window inside the anchor segment
    end: int
    hits: tuple[tuple[SegCtx, Hit], ...]


@dataclass(frozen=True, slots=True)
class RawFinding:
    rule_index: int
    ctx: SegCtx
    ev_start: int  # original-text span of the evidence in ctx.seg.text
    ev_end: int
    trait_concept: int
    groups: tuple[str, ...]
    modality: Modality | None
    stance: Stance
    cue_start: int  # normalized span used for stance cues
    cue_end: int
    # grouped windows: the segments whose hits satisfied the rule (to quote their lines)
    members: tuple[SegCtx, ...] = ()


def is_grouped(kind: str, ctx: SegCtx, groups: dict[str, list[SegCtx]]) -> bool:
    """Does a ``group`` window of ``ctx`` span several segments?"""
    return kind == "group" and ctx.seg.group is not None and len(groups.get(ctx.seg.group, ())) > 1


def window_bounds(kind: str, ctx: SegCtx, hit: Hit, lines: int) -> tuple[int, int]:
    """Normalized span of a one-segment window around ``hit``."""
    if kind == "segment":
        return 0, len(ctx.norm.text)
    if kind in ("lines", "group"):
        lo, hi = ctx.lines_around(hit.start, lines)
        return _identifier_run(ctx, hit.start, lo, hi)
    return ctx.sentence(hit.start)


# A line that is one ASCII identifier with a separator (ETHNIC_UYGUR, faceAttrRace, face-attr):
# a text made of such lines is a list of symbols (a firmware `strings` dump, a symbol list), whose
# neighbouring lines belong together as an enum's members do.
_IDENT_LINE = re.compile(r"[ \t]*[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+|[a-z0-9][A-Z][A-Za-z0-9]*)+[ \t]*")
IDENT_RUN = 4  # neighbouring identifier lines a lines/group window may take on either side


def _identifier_run(ctx: SegCtx, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen [lo, hi) by the run of identifier lines around the line at ``pos`` (none when that
    line is not one); code segments are one identifier already and keep their window."""
    if ctx.seg.kind not in (SegmentKind.PROSE, SegmentKind.COMMENT):
        return lo, hi
    text = ctx.seg.text
    starts = ctx.line_starts()
    k = bisect.bisect_right(starts, pos) - 1

    def ident(j: int) -> bool:
        if j < 0 or j >= len(starts):
            return False
        ns = starts[j]
        ne = starts[j + 1] - 1 if j + 1 < len(starts) else len(ctx.norm.text)
        os_, oe = ctx.norm.orig_span(ns, ne) if ne > ns else (0, 0)
        return oe > os_ and _IDENT_LINE.fullmatch(text, os_, oe) is not None

    if not ident(k):
        return lo, hi
    a = k
    while k - a < IDENT_RUN and ident(a - 1):
        a -= 1
    b = k
    while b - k < IDENT_RUN and ident(b + 1):
        b += 1
    nlo = starts[a]
    nhi = starts[b + 1] if b + 1 < len(starts) else len(ctx.norm.text)
    return min(lo, nlo), max(hi, nhi)


# Key of ``groups`` holding the code segments that belong to no group (identifiers of a Python
# dataclass or a Kotlin data class, which the code extractor does not group), sorted by line.
NEAR_LINES = "\x00near-lines"


def ungrouped_code(ctxs: Sequence[SegCtx]) -> list[SegCtx]:
    """One-line code segments (identifiers, keys, strings, line comments) outside any group,
    sorted by line."""
    out = [c for c in ctxs if c.seg.group is None and not c.synthetic
           and (is_code_segment(c.seg) or c.seg.kind == SegmentKind.COMMENT)
           and c.seg.locator.line is not None and "\n" not in c.seg.text.strip()]
    out.sort(key=lambda c: c.seg.locator.line or 0)
    return out


def _near(ctx: SegCtx, lines: int, groups: dict[str, list[SegCtx]]) -> list[SegCtx]:
    """Ungrouped code segments within ``lines`` lines of ``ctx`` (itself included)."""
    near = groups.get(NEAR_LINES)
    line = ctx.seg.locator.line
    if not near or line is None or ctx.seg.group is not None or not is_code_segment(ctx.seg):
        return []
    keys = [c.seg.locator.line or 0 for c in near]
    lo = bisect.bisect_left(keys, line - lines)
    hi = bisect.bisect_right(keys, line + lines)
    return near[lo:hi] if hi - lo > 1 else []


def window_for(kind: str, ctx: SegCtx, hit: Hit, lines: int,
               groups: dict[str, list[SegCtx]]) -> Window:
    if is_grouped(kind, ctx, groups):
        members = groups[ctx.seg.group]  # type: ignore[index]
        pairs = tuple((c, h) for c in members for h in c.hits)
        return Window(ctx, 0, len(ctx.norm.text), pairs + _on_group_lines(members, groups))
    if kind in ("lines", "group"):
        # identifiers on neighbouring source lines form the window ("val race: String" below
        # "val age: Int" in a data class), as the lines of one text segment do
        near = _near(ctx, lines, groups)
        if near:
            return Window(ctx, 0, len(ctx.norm.text), tuple((c, h) for c in near for h in c.hits))
    s, e = window_bounds(kind, ctx, hit, lines)
    pairs = tuple((ctx, h) for h in ctx.hits_in(s, e))
    if kind == "sentence":
        pairs += lead_hits(ctx, s)
    elif kind == "lines":
        pairs += lead_hits(ctx, ctx.lines_around(hit.start, 0)[0])
    return Window(ctx, s, e, pairs)


# A list's lead-in: a sentence ending with a colon ("A partir da imagem facial, nossos algoritmos
# estimam:", "The API returns, for each face:", "平台支持以下功能：") whose items follow, one per
# line ("- age and gender", "3. 民族识别") or one per segment (HTML <li>). The items inherit the
# lead-in's words: its modality, inference verb, negation or attribution join each item's
# sentence window. Items are short: a long paragraph or a heading ends the list.
LEAD_SPAN = 12  # segments (or lines) a list may run after its lead-in
ITEM_MAX = 300  # characters of an item
_LEAD_END = (":", "：")
_ITEM_LINE = re.compile(r"\s*(?:[-*•·▪◦–]|\d{1,2}[.)、]|[a-z][.)]|\(\d{1,2}\)|（\d{1,2}）)\s")


def _lead_in_segment(ctx: SegCtx, s: int) -> tuple[int, int] | None:
    """Within one segment: the lead-in line above the list item whose line starts at ``s``."""
    t = ctx.norm.text
    if s > 0 and t[s - 1] != "\n":
        return None
    starts = ctx.line_starts()
    k = bisect.bisect_right(starts, s) - 1
    if k <= 0 or starts[k] != s or not _ITEM_LINE.match(t, s):
        return None
    j = k - 1
    while j >= 0 and k - j <= LEAD_SPAN:
        ls, le = starts[j], starts[j + 1] - 1
        line = t[ls:le].strip()
        if not line:
            return None
        if not _ITEM_LINE.match(t, ls):
            return (ls, le) if line.endswith(_LEAD_END) else None
        if len(line) > ITEM_MAX:
            return None
        j -= 1
    return None


def lead_hits(ctx: SegCtx, s: int) -> tuple[tuple[SegCtx, Hit], ...]:
    """Hits of the lead-in of the list item whose sentence starts at ``s`` (none if not an item)."""
    span = _lead_in_segment(ctx, s)
    if span is not None:
        ls, le = ctx.sentence(span[1] - 1)
        return tuple((ctx, h) for h in ctx.hits_in(max(ls, span[0]), le))
    lead = ctx.lead
    if lead is None:
        return ()
    t = lead.norm.text.rstrip()
    ls, le = lead.sentence(max(0, len(t) - 1))
    return tuple((lead, h) for h in lead.hits_in(ls, le))


def link_leads(ctxs: Sequence[SegCtx], scale: int = 1) -> None:
    """Set ``lead`` of the prose segments that are items of a list whose lead-in is an earlier
    prose segment ending with a colon. ``ctxs`` are in document order; ``index // scale`` is a
    segment's position in the document (segments without hits are absent: they count as items).
    A heading, code, a multi-line or long segment, or LEAD_SPAN segments end the list."""
    lead: SegCtx | None = None
    for c in ctxs:
        if c.synthetic:
            continue
        text = c.seg.text.strip()
        prose = c.seg.kind == SegmentKind.PROSE
        if prose and text.endswith(_LEAD_END) and "\n" not in text:
            lead = c
        elif lead is not None:
            if (not prose or "\n" in text or len(text) > ITEM_MAX
                    or (c.index - lead.index) // scale > LEAD_SPAN):
                lead = None
            else:
                c.lead = lead


def _on_group_lines(members: Sequence[SegCtx], groups: dict[str, list[SegCtx]]
                    ) -> tuple[tuple[SegCtx, Hit], ...]:
    """Hits of the ungrouped code and comment segments on a group's own lines: the variable an
    array literal is assigned to and its trailing comment (``const LANGS = ["Uyghur", "Tibetan"];
    // UI translations``) belong to the array's window."""
    near = groups.get(NEAR_LINES)
    lines = [c.seg.locator.line for c in members if c.seg.locator.line is not None]
    if not near or not lines:
        return ()
    lo, hi = min(lines), max(lines)
    keys = [c.seg.locator.line or 0 for c in near]
    a = bisect.bisect_left(keys, lo)
    b = bisect.bisect_right(keys, hi)
    return tuple((c, h) for c in near[a:b] for h in c.hits)


def evidence_span(ctx: SegCtx, ns: int, ne: int) -> tuple[int, int]:
    """Original span for normalized [ns, ne), trimmed of surrounding blanks and bounded."""
    text = ctx.seg.text
    s, e = ctx.norm.orig_span(ns, ne) if ne > ns else (0, len(text))
    while s < e and text[s] in " \t\r\n|*-#>•·/":
        if text.startswith("**", s):  # Markdown bold ("**New:** ..."), not a bullet: quoted whole
            break
        s += 1
    while e > s and text[e - 1] in " \t\r\n|":
        e -= 1
    return s, e


def clip_around(ctx: SegCtx, s: int, e: int, hs: int, he: int) -> tuple[int, int]:
    """Keep evidence at most MAX_EVIDENCE characters, centred on the original hit [hs, he)."""
    if e - s <= MAX_EVIDENCE:
        return s, e
    half = (MAX_EVIDENCE - (he - hs)) // 2
    ns = max(s, hs - half)
    ne = min(e, max(he + half, ns + MAX_EVIDENCE))
    text = ctx.seg.text
    # do not cut inside a word when a space is near
    sp = text.find(" ", ns, min(ns + 30, hs))
    if sp >= 0 and ns > s:
        ns = sp + 1
    sp = text.rfind(" ", max(he, ne - 30), ne)
    if sp >= 0 and ne < e:
        ne = sp
    return ns, ne


# Label names (the classes of a race or political classifier) are reported as the document spells
# them, lower-cased: separators as written ("east_asian", "latino/hispanic", "middle-eastern",
# "latino hispanic"), a camel-case break as a space ("MiddleEastern" -> "middle eastern"), a
# plural as its singular ("Asians" -> "asian") and a generic head word dropped ("yellow race",
# "WHITE_PEOPLE" -> "yellow", "white").
_NAME_JOIN = frozenset(" /_-")
_NAME_HEADS = frozenset(("race", "races", "skin", "people", "person", "persons", "ethnicity"))
_NAME_SEP = re.compile(r"([ _/-]+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Words that name a class only as an item of a list ("1: Asian, 2: Black, 3: Other"), never in a
# phrase ("among other attributes").
ITEM_ONLY_GROUPS = frozenset(("other", "left", "centre", "right"))
_ITEM_EDGE = frozenset(",;|:()[]{}<>\"'=`/\n\t") | frozenset("0123456789")


def _latin(s: str) -> bool:
    """Written in Latin letters (accents included: "caucásico" is a document's own spelling)."""
    return all(ch.isascii() or not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in s)


def label_name(spelling: str) -> str:
    """A class label as the document spells it (``spelling`` is the original text)."""
    text = " ".join(_CAMEL.sub(" ", unicodedata.normalize("NFKC", spelling)).split()).lower()
    parts = _NAME_SEP.split(text)  # words at even indexes, separators between
    while len(parts) > 2 and parts[-1] in _NAME_HEADS:
        del parts[-2:]
    while parts and not parts[-1]:  # a trailing separator
        del parts[-2:]
    if parts:
        last = parts[-1]
        if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
            parts[-1] = last[:-1]
    return "".join(parts).strip(" _/-")


_LIST_SEP = frozenset(",;|/()[]{}<>\n\t、，；・／「」『』【】《》〈〉（）“”‘’") | frozenset("\"'`")


def listed(text: str, s: int, e: int) -> bool:
    """Is text[s:e] next to a list separator on at least one side (past blanks)? A looser test
    than ``_is_item``, for a class name among others ("Asian, Caucasian, African or South Asian",
    "異性愛・同性愛・両性愛の3クラス"), where the last item ends a phrase."""
    i = s - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    j = e
    while j < len(text) and text[j] == " ":
        j += 1
    return i < 0 or j >= len(text) or text[i] in _LIST_SEP or text[j] in _LIST_SEP


def _is_item(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a list item: bounded (past blanks) by a separator or the text's edge?"""
    i = s - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    j = e
    while j < len(text) and text[j] == " ":
        j += 1
    return (i < 0 or text[i] in _ITEM_EDGE) and (j >= len(text) or text[j] in _ITEM_EDGE or text[j] == ".")


class ConceptLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def trait(self) -> object: ...
    @property
    def group(self) -> str | None: ...


def group_names(pairs: Sequence[tuple[SegCtx, Hit]], concepts: Sequence[ConceptLike],
                trait: object | None = None) -> set[str]:
    """Group ids for the label and named-group hits of a window.

    Named groups (``kind: group``) keep their canonical id (``uyghur``, ``ethnic_minorities``).
    Class labels (``kind: label``) of ``trait`` (any trait when None) are named as the document
    spells them when written in Latin letters (``latino/hispanic``, ``middle eastern``,
    ``hispanic``); labels in other scripts get the concept's English name (黄种人 -> ``yellow``).
    Adjacent hits of one concept joined by a space, ``/``, ``_`` or ``-`` are one label, and a
    hit inside a longer label hit is part of it ("south asian" is not also "asian").
    """
    out: set[str] = set()
    labels: dict[int, list[Hit]] = {}
    ctx_of: dict[int, SegCtx] = {}
    for c, x in pairs:
        con = concepts[x.concept]
        if con.kind == "group":
            if con.group:
                out.add(con.group)
        elif con.kind == "label" and (trait is None or con.trait == trait):
            labels.setdefault(id(c), []).append(x)
            ctx_of[id(c)] = c
    for key, hits in labels.items():
        text = ctx_of[key].norm.text
        hits = sorted(set(hits), key=lambda h: (h.start, -h.end))
        outer: list[Hit] = []
        for h in hits:  # drop hits inside a longer label hit
            if outer and h.start >= outer[-1].start and h.end <= outer[-1].end:
                continue
            outer.append(h)
        runs: list[tuple[int, int, int]] = []  # (start, end, concept)
        for h in outer:
            # one label: overlapping hits of one concept, or hits joined by " ", "/", "_", "-"
            if runs and runs[-1][2] == h.concept and (h.start < runs[-1][1] or (
                    h.start - runs[-1][1] <= 3 and all(ch in _NAME_JOIN for ch in text[runs[-1][1]:h.start])
                    # "arabs 阿拉伯人" is a label and its translation, not one label
                    and _latin(text[h.start:h.end]) == _latin(text[runs[-1][0]:runs[-1][1]]))):
                runs[-1] = (runs[-1][0], max(runs[-1][1], h.end), h.concept)
            else:
                runs.append((h.start, h.end, h.concept))
        for k, (s, e, ci) in enumerate(runs):
            canonical = concepts[ci].group or ""
            # "Other" is a class as a list item, or next to another label with only blanks between
            # ("ASIAN BLACK WHITE OTHER" in a one-line enum)
            c = ctx_of[key]
            # the last word of an enum member or identifier is its own item (RACE_OTHER, LEANING_LEFT)
            last_word = is_code_segment(c.seg) and not text[e:].strip()
            if canonical in ITEM_ONLY_GROUPS and not last_word and not _is_item(text, s, e) and not (
                    (k > 0 and not text[runs[k - 1][1]:s].strip())
                    or (k + 1 < len(runs) and not text[e:runs[k + 1][0]].strip())):
                continue
            c = ctx_of[key]
            os_, oe = c.norm.orig_span(s, e)
            surface = c.seg.text[os_:oe]
            name = label_name(surface) if _latin(surface) else ""
            out.add(name or canonical)
    return out


def iter_anchor_hits(ctxs: Sequence[SegCtx], match: set[int]) -> Iterator[tuple[SegCtx, Hit]]:
    for ctx in ctxs:
        for h in ctx.hits:
            if h.concept in match:
                yield ctx, h


def is_code_segment(seg: Segment) -> bool:
    return seg.kind in (SegmentKind.IDENTIFIER, SegmentKind.KEY, SegmentKind.ENUM_MEMBER,
                        SegmentKind.LABEL_LIST, SegmentKind.STRING)


__all__ = ["ITEM_ONLY_GROUPS", "LEAD_SPAN", "NEAR_LINES", "RawFinding", "SegCtx", "Window", "clip_around", "evidence_span",
           "group_names", "is_code_segment", "listed", "iter_anchor_hits", "label_name", "lead_hits", "link_leads",
           "ungrouped_code", "window_for"]

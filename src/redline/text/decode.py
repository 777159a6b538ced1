"""Bytes -> str for every text-bearing document: BOM, declared charset, UTF-8, then detection.

The order (WHATWG's for HTML, applied to every text format):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) — the BOM is not part of the text;
2. a declared charset: the HTTP ``Content-Type`` charset (``Document.charset``), then for markup
   an HTML ``<meta charset>`` / ``http-equiv`` prescan or an XML declaration. Declared charsets
   win over detection, with one exception: a declaration the bytes plainly contradict (more
   than 1 % undecodable) falls through to detection, since a quote in mojibake is no evidence;
3. strict UTF-8 (ASCII is the fast path), or UTF-8 with a handful of broken bytes;
4. UTF-16 without a BOM (NUL bytes in one byte parity);
5. detection with charset-normalizer on a bounded sample (``DETECT_SAMPLE`` bytes), with a
   CJK tie-break: short Big5 and GBK texts are often mistaken for each other or for Shift-JIS,
   so the candidate CJK codecs are scored by how much of the decoded sample is common text.

Labels follow the WHATWG Encoding Standard where Python differs: ``iso-8859-1``, ``latin1`` and
``ascii`` mean windows-1252 (undefined bytes become the C1 control of the same value, as in
browsers); ``gb2312``/``gbk`` decode as GB18030 (a superset); ``big5`` as Big5-HKSCS;
``shift_jis`` as windows-31J (cp932); ``euc-kr`` as cp949.

Offsets everywhere in redline count characters of ``DecodedText.text``.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

DETECT_SAMPLE = 64 * 1024  # bytes given to charset-normalizer
PRESCAN_BYTES = 4096  # bytes searched for <meta charset> / <?xml encoding>


@dataclass(frozen=True, slots=True, kw_only=True)
class DecodedText:
    """Decoded document text and how its encoding was chosen."""

    text: str
    encoding: str  # Python codec name actually used
    source: str  # "bom", "http", "meta", "xml", "utf-8", "utf-16", "detected", "fallback"
    lossy: bool = False  # some bytes could not be decoded and became U+FFFD


def _c1_handler(exc: UnicodeError) -> tuple[str, int]:
    # windows-1252 bytes that Python leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to
    # the C1 control of the same value, as the WHATWG decoder does.
    if isinstance(exc, UnicodeDecodeError):
        return "".join(chr(b) for b in exc.object[exc.start:exc.end]), exc.end
    raise exc


codecs.register_error("redline-c1", _c1_handler)

# WHATWG label -> Python codec, where they differ or Python lacks the label.
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252", "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "windows-1252": "cp1252", "cp1252": "cp1252", "x-cp1252": "cp1252", "cp819": "cp1252",
    "ibm819": "cp1252", "iso-ir-100": "cp1252", "csisolatin1": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312": "gb18030", "gb_2312-80": "gb18030",
    "x-gbk": "gb18030", "cp936": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030",
    "euc-cn": "gb18030", "gb18030": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cn-big5": "big5hkscs", "x-x-big5": "big5hkscs",
    "csbig5": "big5hkscs", "cp950": "cp950",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932", "csshiftjis": "cp932", "ms932": "cp932",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "windows-949": "cp949", "cseuckr": "cp949",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "utf-16": "utf-16", "unicode": "utf-16-le",
    "ucs-2": "utf-16-le", "x-user-defined": "cp1252", "tis-620": "cp874", "iso-8859-11": "cp874",
    "iso-8859-9": "cp1254", "latin5": "cp1254",
}

_CJK_CODECS = ("gb18030", "big5hkscs", "cp932", "cp949")
_CJK_FAMILY = {
    "gb18030": "zh", "gbk": "zh", "gb2312": "zh", "hz": "zh", "big5": "zh", "big5hkscs": "zh",
    "cp950": "zh", "cp932": "ja", "shift_jis": "ja", "euc_jp": "ja", "iso2022_jp": "ja",
    "shift_jis_2004": "ja", "shift_jisx0213": "ja", "euc_jis_2004": "ja", "cp949": "ko",
    "euc_kr": "ko", "johab": "ko", "iso2022_kr": "ko",
}

_META_RE = re.compile(
    rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9._:\-]{0,39})""", re.IGNORECASE)
_XML_RE = re.compile(rb"""^\s*<\?xml[^>]{0,256}?encoding\s*=\s*["']([A-Za-z0-9._:\-]{1,40})["']""")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label (WHATWG-style aliases), or None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    # Python canonical names that still need the WHATWG reading
    return {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "gbk": "gb18030",
            "gb2312": "gb18030", "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
            "mbcs": None}.get(name, name)


def declared_charset(data: bytes, *, markup: bool = True) -> tuple[str, str] | None:
    """``(label, where)`` from an XML declaration or an HTML meta prescan of the first bytes."""
    head = data[:PRESCAN_BYTES]
    m = _XML_RE.match(head)
    if m:
        return m.group(1).decode("ascii"), "xml"
    if markup:
        m = _META_RE.search(head)
        if m:
            return m.group(1).decode("ascii"), "meta"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None, markup: bool = False) -> DecodedText:
    """Decode document bytes (see the module docstring for the order of evidence)."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return _decode_lossy(data[len(bom):], bom_codec, "bom")
    candidates: list[tuple[str, str]] = []
    if declared:
        candidates.append((declared, "http"))
    found = declared_charset(data, markup=markup)
    if found:
        candidates.append(found)
    for label, where in candidates:
        enc = codec_for(label)
        if enc is None:
            logger.debug("unknown declared charset %r (%s)", label, where)
            continue
        if enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32") and where in ("meta", "xml"):
            # An ASCII-compatible prescan cannot have found a UTF-16 declaration truthfully
            # (WHATWG: treat as UTF-8).
            enc = "utf-8"
        result = _try_declared(data, enc, where)
        if result is not None:
            return result
    return _undeclared(data)


def _try_declared(data: bytes, enc: str, where: str) -> DecodedText | None:
    errors = "redline-c1" if enc == "cp1252" else "strict"
    try:
        return DecodedText(text=data.decode(enc, errors), encoding=enc, source=where)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = data.decode(enc, "replace")
    bad = text.count("\ufffd")
    if bad <= max(1, len(text) // 100):
        return DecodedText(text=text, encoding=enc, source=where, lossy=True)
    logger.debug("declared charset %s (%s) contradicted by %d bad sequences; detecting", enc, where, bad)
    return None


def _undeclared(data: bytes) -> DecodedText:
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _decode_lossy(data, utf16, "utf-16")
    if data.isascii():
        return DecodedText(text=data.decode("ascii"), encoding="utf-8", source="utf-8")
    try:
        return DecodedText(text=data.decode("utf-8"), encoding="utf-8", source="utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a truncated download, one bad byte) stays UTF-8 when the
    # valid multi-byte sequences far outnumber the broken ones.
    sample = data[:DETECT_SAMPLE]
    as_utf8 = sample.decode("utf-8", "replace")
    bad = as_utf8.count("\ufffd") - sample.count("\xef\xbf\xbd".encode("latin-1"))
    nonascii = sum(1 for ch in as_utf8 if ord(ch) > 0x7F) - max(bad, 0)
    if bad > 0 and nonascii >= 10 * bad:
        return _decode_lossy(data, "utf-8", "utf-8")
    enc = detect(sample)
    if enc is None:
        return _decode_lossy(data, "cp1252", "fallback")
    return _decode_lossy(data, enc, "detected")


def _decode_lossy(data: bytes, enc: str, source: str) -> DecodedText:
    errors = "redline-c1" if enc == "cp1252" else "strict"
    try:
        return DecodedText(text=data.decode(enc, errors), encoding=enc, source=source)
    except UnicodeDecodeError:
        return DecodedText(text=data.decode(enc, "replace"), encoding=enc, source=source, lossy=True)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit in one byte parity only (ASCII-heavy UTF-16)."""
    sample = data[:4096]
    if len(sample) < 16 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) & ~1]
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.15 * half and even <= 0.02 * half:
        enc = "utf-16-le"
    elif even >= 0.15 * half and odd <= 0.02 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(enc)
    except UnicodeDecodeError:
        # a sample may end inside a surrogate pair
        try:
            text = sample[:-2].decode(enc)
        except UnicodeDecodeError:
            return None
    ctrl = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    return enc if ctrl <= len(text) // 50 else None


def _safe_cut(sample: bytes) -> bytes:
    """Cut a sample after its last ASCII newline/space so no multi-byte character is split."""
    if len(sample) < DETECT_SAMPLE:
        return sample
    for sep in (b"\n", b" "):
        i = sample.rfind(sep, len(sample) - 4096)
        if i > 0:
            return sample[: i + 1]
    return sample


def detect(sample: bytes) -> str | None:
    """Best codec for undeclared, non-UTF-8 bytes (charset-normalizer plus tie-breaks)."""
    import charset_normalizer

    sample = _safe_cut(sample)
    matches: list[tuple[str, float, float]] = []
    for m in charset_normalizer.from_bytes(sample):
        enc = codec_for(m.encoding)
        if enc is not None and _decodes(sample, enc):
            matches.append((enc, m.chaos, m.coherence))
    best = matches[0] if matches else None
    if best is None or best[0] in _CJK_FAMILY or best[0].startswith("utf") or _has_dbcs_runs(sample):
        cjk = _cjk_choice(sample, best[0] if best else None)
        if cjk is not None:
            return cjk
    if best is None:
        return None
    # Short single-byte texts are ambiguous (Cyrillic cp1251 reads as Hebrew cp1255 too);
    # among near-equal matches prefer the more coherent, then the more common on the web.
    near = [m for m in matches if m[1] <= best[1] + 0.05 and not m[0].startswith("utf")]
    if not near:
        return best[0]
    top_coh = max(m[2] for m in near)
    near = [m for m in near if m[2] >= top_coh - 0.25]
    choice = min(near, key=lambda m: _WEB_PRIOR.get(m[0], 50))[0]
    if choice == "cp1252":
        # Central European text (ě č ř ů ą ł) also decodes as windows-1252, as cleanly but less
        # coherently: the web prior breaks ties, it does not overrule a clearly better match
        west = next(m for m in matches if m[0] == "cp1252")
        central = [m for m in matches if m[0] in ("cp1250", "iso8859_2")
                   and m[1] <= west[1] and m[2] >= west[2] + 0.03
                   and len(_CENTRAL_ONLY.findall(sample.decode(m[0], "replace"))) >= 3]
        if central:
            choice = max(central, key=lambda m: m[2])[0]
    return _turkish(sample, choice)


# Letters of Central European alphabets that windows-1252 has no form of (š, ž and the accents
# shared with Western languages aside): a one-off ď in French "ouïghour" read as windows-1250 is
# not Czech, three of them are.
_CENTRAL_ONLY = re.compile("[ěĚčČřŘůŮąĄęĘłŁśŚźŹżŻńŃćĆőŐűŰăĂşŞţŢľĽĺĹŕŔňŇťŤďĎ]")


# Turkish in windows-1254 read as windows-1252/1250 turns ı, ş, ğ (and İ, Ş, Ğ) into ý, þ, ð
# (Ý, Þ, Ð), which Western European text almost never has between two letters.
_TR_TELL = re.compile(rb"[a-zA-Z][\xfd\xfe\xf0\xdd\xde\xd0]|[\xfd\xfe\xf0][a-zA-Z]")


def _turkish(sample: bytes, choice: str) -> str:
    if choice in ("cp1252", "cp1250", "iso8859_15", "iso8859_2") and len(_TR_TELL.findall(sample)) >= 3 \
            and _decodes(sample, "cp1254"):
        return "cp1254"
    return choice


# Single-byte codecs roughly by how common they are on the web (W3Techs), for tie-breaks.
_WEB_PRIOR = {enc: i for i, enc in enumerate((
    "cp1252", "cp1251", "cp1250", "cp1256", "cp1254", "cp1253", "cp1257", "cp1255", "cp874",
    "koi8_r", "koi8_u", "iso8859_2", "iso8859_15", "iso8859_5", "iso8859_7", "iso8859_9",
    "cp1258", "iso8859_13", "iso8859_4", "cp866", "mac_cyrillic"))}


def _decodes(sample: bytes, enc: str) -> bool:
    try:
        codecs.getincrementaldecoder(enc)("redline-c1" if enc == "cp1252" else "strict").decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _has_dbcs_runs(sample: bytes) -> bool:
    """Long runs of high bytes with ASCII-range trail bytes inside suggest a CJK double-byte codec."""
    return re.search(rb"[\x81-\xfe]{6}", sample) is not None and re.search(
        rb"[\x81-\xfe][\x40-\x7e]", sample) is not None


def _cjk_choice(sample: bytes, guess: str | None) -> str | None:
    scores: dict[str, float] = {}
    for enc in _CJK_CODECS:
        dec = codecs.getincrementaldecoder(enc)()
        try:
            text = dec.decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        scores[enc] = _plausibility(text, _CJK_FAMILY[enc])
    if not scores:
        return None
    top = max(scores.values())
    if top < 0.75:
        return None
    tied = [e for e in scores if scores[e] >= top - 0.02]
    # Ties: Japanese first (Chinese and Korean bytes read as cp932 fall apart into half-width
    # katakana, so a cp932 tie means Japanese), then the detector's own guess, then the order
    # of _CJK_CODECS.
    if "cp932" in tied:
        return "cp932"
    if guess in tied:
        return guess
    return tied[0]


def _plausibility(text: str, family: str) -> float:
    """Share of the non-ASCII characters that are ordinary text in ``family``'s script."""
    common = _common_han()
    good = 0.0
    total = 0
    for ch in text[:20000]:
        o = ord(ch)
        if o < 0x80:
            continue
        total += 1
        if 0x4E00 <= o <= 0x9FFF:
            good += 1.0 if ch in common else 0.25
        elif 0x3040 <= o <= 0x30FF:  # hiragana, katakana
            good += 1.0 if family == "ja" else 0.0
        elif 0xAC00 <= o <= 0xD7A3:  # hangul syllables
            good += 1.0 if family == "ko" else 0.0
        elif 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or 0x2010 <= o <= 0x2027:
            good += 1.0  # CJK and full-width punctuation, dashes, quotes
    return good / total if total else 0.0


_COMMON_HAN: frozenset[str] | None = None


def _common_han() -> frozenset[str]:
    """Common Han characters: GB2312 level 1 (simplified), Big5 level 1 (traditional) and
    JIS X 0208 level 1 (Japanese) — derived from the codecs themselves, no data file."""
    global _COMMON_HAN
    if _COMMON_HAN is None:
        chars: set[str] = set()
        for lead in range(0xB0, 0xD8):  # GB2312 level 1
            for trail in range(0xA1, 0xFF):
                _add(chars, bytes((lead, trail)), "gb2312")
        for lead in range(0xA4, 0xC7):  # Big5 level 1 (frequently used)
            for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
                _add(chars, bytes((lead, trail)), "big5")
        for lead in range(0x88, 0x99):  # JIS X 0208 level 1 in Shift-JIS
            for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)):
                _add(chars, bytes((lead, trail)), "shift_jis")
        _COMMON_HAN = frozenset(c for c in chars if 0x4E00 <= ord(c) <= 0x9FFF)
    return _COMMON_HAN


def _add(chars: set[str], pair: bytes, enc: str) -> None:
    try:
        chars.add(pair.decode(enc))
    except UnicodeDecodeError:
        pass


__all__ = ["DecodedText", "codec_for", "declared_charset", "decode_bytes", "detect"]

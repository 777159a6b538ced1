from __future__ import annotations

from redline.limits import Limits
from redline.model import Document, Stance
from redline.pipeline import scan, scan_document


def test_document_error_is_data_not_exception(ruleset) -> None:
    doc = Document(uri="x", data=b"a" * 100)
    r = scan_document(doc, ruleset, Limits(max_document_bytes=10))
    assert r.error and "max_document_bytes" in r.error
    assert r.error_kind == "limit"


def test_no_hit_is_prefiltered(ruleset) -> None:
    r = scan_document(Document(uri="a.txt", data=b"nothing to see here\n"), ruleset, Limits())
    assert r.findings == ()
    assert r.verdict.stance is Stance.NONE
    assert dict(r.stats).get("documents.prefiltered") == 1


def test_scan_keeps_order_with_jobs(ruleset) -> None:
    docs = [Document(uri=f"d{i}.txt", data=f"doc {i}\n".encode()) for i in range(30)]
    out = [r.uri for r in scan(iter(docs), ruleset, Limits(), jobs=2)]
    assert out == [d.uri for d in docs]


def test_images_are_skipped_not_errors(ruleset) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"Uyghur ethnicity detection from faces"
    r = scan_document(Document(uri="photo.png", data=png), ruleset, Limits())
    assert r.error is None and r.findings == ()
    assert dict(r.stats).get("documents.skipped") == 1


def test_undecodable_file_names_become_valid_utf8_uris(tmp_path) -> None:
    import os

    from redline.sources.files import FileSource

    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"text\n")
    (doc,) = list(FileSource([tmp_path]).documents())
    assert doc.uri.endswith("caf\\xe9.txt")
    doc.uri.encode("utf-8")  # would raise on a lone surrogate
    assert doc.read() == b"text\n"


def test_findings_never_exceed_the_verdict_severity(ruleset) -> None:
    news = (b"Researchers say the camera maker's software flagged Uyghurs by their faces, "
            b"according to documents seen by reporters. The company declined to comment.\n")
    r = scan_document(Document(uri="news.txt", data=news), ruleset, Limits())
    assert r.findings, "the quoted claim is still a finding"
    assert r.verdict.stance is not Stance.CAPABILITY
    assert all(f.severity.rank <= r.verdict.severity.rank for f in r.findings)


def test_binary_strings_far_from_any_anchor_do_not_count_against_max_segments(ruleset) -> None:
    noise = b"".join(b"\x00\x01symbol_%06d\x00" % i for i in range(5000))
    claim = b"\x00\x02" + "支持维吾尔族人脸识别报警".encode("utf-8") + b"\x00"
    blob = b"\x7fELF" + b"\x00" * 60 + noise + claim + noise
    r = scan_document(Document(uri="libcam.so", data=blob), ruleset, Limits(max_segments=200))
    assert r.error is None, r.error
    assert any("维吾尔" in f.evidence for f in r.findings)


def test_static_library_is_read_as_binary(ruleset) -> None:
    from redline.sniff import sniff

    assert sniff(b"!<arch>\n/               0           0     0     0       4         `\n", name="libx.a") == "application/x-archive"


def test_big_binary_is_read_around_hits_with_exact_offsets(ruleset) -> None:
    from redline.pipeline import SPARSE_REGIONS_ABOVE

    claim = "支持维吾尔族人脸识别报警".encode("utf-8")
    filler = b"".join(b"\x00sym_%07d" % i for i in range(SPARSE_REGIONS_ABOVE // 11 + 1000))
    at = len(filler) // 2 + 5
    blob = b"\x7fELF" + filler[:at] + b"\x00" + claim + b"\x00" + filler[at:]
    assert len(blob) > SPARSE_REGIONS_ABOVE
    r = scan_document(Document(uri="big.so", data=blob), ruleset, Limits())
    hits = [f for f in r.findings if "维吾尔" in f.evidence]
    assert hits and r.error is None
    loc = hits[0].location
    assert blob[loc.offset:loc.offset + loc.length].decode("utf-8") == hits[0].evidence


def test_a_bug_met_on_one_document_is_that_documents_error(ruleset, caplog) -> None:
    """An exception escaping the engine (a bug) is recorded for its document; the scan goes on."""

    class Failing:
        def prefilter(self, data: bytes) -> bool:
            return ruleset.prefilter(data)

        def prefilter_text(self, text: str) -> bool:
            return ruleset.prefilter_text(text)

        def evaluate(self, segments, source=None):  # type: ignore[no-untyped-def]
            if any("boom" in s.text for s in segments):
                raise ValueError("min() arg is an empty sequence")
            return ruleset.evaluate(segments, source=source)

    docs = [Document(uri="a.txt", data=b"boom: the race of each face\n"),
            Document(uri="b.txt", data=b"We detect the race and ethnicity of each face.\n")]
    out = list(scan(iter(docs), Failing(), Limits()))  # type: ignore[arg-type]
    assert [r.uri for r in out] == ["a.txt", "b.txt"]
    assert out[0].error_kind == "internal" and "ValueError" in (out[0].error or "")
    assert "internal error" in caplog.text
    assert out[1].error is None and out[1].findings


def test_forked_workers_use_the_parents_compiled_rules(tmp_path) -> None:
    """-j N with fork: workers take the parent's rule set (no compile per worker), user packs included."""
    import multiprocessing

    from redline.pipeline import _forked_ruleset, _init_worker, _work, _WorkerConfig
    from redline.rules import load_rules

    pack = tmp_path / "user.yaml"
    pack.write_text("""pack: user-test
concepts:
  - id: zorblax-device
    kind: modality
    modality: face
    terms: {en: [zorblax]}
rules:
  - id: user-zorblax
    kind: co-occurrence
    description: race read by a zorblax
    severity: high
    require: [[trait], [zorblax-device]]
    examples:
      match: ["The zorblax reads the race of a visitor."]
      no_match: ["The zorblax reads the weather."]
""", encoding="utf-8")
    user_rules = load_rules([pack])
    doc = Document(uri="z.txt", data=b"The zorblax reads the race of a visitor.\n")
    ctx = multiprocessing.get_context("fork")
    config = _WorkerConfig((), Limits())  # the recipe alone knows no user pack
    with _forked_ruleset(user_rules):
        pool = ctx.Pool(1, initializer=_init_worker, initargs=(config,))
    with pool:
        inherited = pool.apply(_work, (doc,))
    with ctx.Pool(1, initializer=_init_worker, initargs=(config,)) as pool:
        compiled = pool.apply(_work, (doc,))
    assert "user-zorblax" in {f.rule for f in inherited[0].findings}
    assert "user-zorblax" not in {f.rule for f in compiled[0].findings}


def test_binary_context_must_be_near_the_finding(ruleset) -> None:
    """A binary is many unrelated modules: a named group's string counts as targeting only with
    face/attribute words among its neighbouring strings, not anywhere in the file (ICU's
    language names, Go's Unicode script tables)."""
    def blob(gap: int) -> bytes:
        noise = b"".join(b"\x00\x01symbol_%06d\x00" % i for i in range(gap))
        # face words kept because an unrelated anchor ("political party") sits among them
        face = b"\x00\x02face_attribute_result\x00\x02political party name\x00\x02detect_face_landmarks\x00"
        return b"\x7fELF" + b"\x00" * 60 + face + noise + b"\x00\x02EM_NATION_TYPE_UYGUR\x00" + noise

    near = scan_document(Document(uri="libnear.so", data=blob(3)), ruleset, Limits())
    far = scan_document(Document(uri="libfar.so", data=blob(400)), ruleset, Limits())
    assert near.verdict.stance is Stance.CAPABILITY and "uyghur" in near.verdict.groups
    assert far.verdict.stance is not Stance.CAPABILITY


def test_unicode_script_table_in_a_binary_is_not_targeting(ruleset) -> None:
    """Go and Rust binaries carry Unicode's script names (Tibetan, Tamil, Old_Uyghur) in one run
    of strings; beside image code that is still a script table, not a classifier's classes."""
    table = (b"AvestanBengaliBrailleCypriotDeseretGlagoliticKharoshthiTamilTibetanOld_UyghurHanifi_Rohingya"
             b"Old_PersianOld_TurkicOghamRunic")
    blob = (b"\x7fELF" + b"\x00" * 60 + b"\x00\x02image/png decode face_attribute image\x00\x02" + table + b"\x00"
            + b"\x00\x02render glyph image\x00")
    r = scan_document(Document(uri="librender.so", data=blob), ruleset, Limits())
    assert r.verdict.stance is not Stance.CAPABILITY
    claim = b"\x00\x02face_attribute ethnicity: Tibetan, Uyghur, Han\x00"
    r2 = scan_document(Document(uri="libface.so", data=blob + claim), ruleset, Limits())
    assert r2.verdict.stance is Stance.CAPABILITY  # a real class list beside it still counts


def test_office_theme_font_names_are_not_groups(ruleset) -> None:
    """Every .docx/.xlsx/.pptx theme maps scripts to fonts, among them "Microsoft Uighur" and
    "Mongolian Baiti": font names, not people."""
    theme = b"""<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/>
<a:font script="Uigh" typeface="Microsoft Uighur"/><a:font script="Mong" typeface="Mongolian Baiti"/>
<a:font script="Tibt" typeface="Microsoft Himalaya"/></a:majorFont></a:fontScheme></a:theme>"""
    r = scan_document(Document(uri="word/theme/theme1.xml", data=theme), ruleset, Limits())
    assert r.findings == () and r.verdict.stance is Stance.NONE


def test_type_system_union_members_are_not_trade_unions(ruleset) -> None:
    """GraphQL/TypeScript/C "union member types" are types, not trade-union members."""
    code = (b'def get_types(self):\n    """Return the union member object types.\n\n'
            b'    :returns: the union member types, each detected at build time\n    """\n')
    r = scan_document(Document(uri="schema/definition.py", data=code), ruleset, Limits())
    assert r.verdict.stance is Stance.NONE
    claim = b"The camera flags union members at the factory gate by face recognition.\n"
    assert scan_document(Document(uri="pitch.txt", data=claim), ruleset, Limits()).verdict.stance is Stance.CAPABILITY


def test_language_catalogue_is_not_a_classifier(ruleset) -> None:
    """ISO 639 tables list Uyghur, Tibetan and Kurdish beside languages named Cara or Kuva (Spanish
    "face", Finnish "image"): a catalogue of languages, not a face classifier's classes."""
    import json as _json

    langs = [{"alpha_3": "uig", "name": "Uighur"}, {"alpha_3": "bod", "name": "Tibetan"},
             {"alpha_3": "ckb", "name": "Central Kurdish"}, {"alpha_3": "cfd", "name": "Cara"},
             {"alpha_3": "kvv", "name": "Kuva"}, {"alpha_3": "kaz", "name": "Kazakh"}]
    data = _json.dumps({"639-3": langs}, indent=2).encode()
    r = scan_document(Document(uri="iso_639-3.json", data=data), ruleset, Limits())
    assert r.verdict.stance is Stance.NONE
    es = "El sistema detecta la etnia de cada cara captada por la cámara.".encode()
    assert scan_document(Document(uri="es.txt", data=es), ruleset, Limits()).verdict.stance is Stance.CAPABILITY


def test_unicode_character_names_and_language_names_are_not_groups(ruleset) -> None:
    """'TIBETAN DIGIT HALF ZERO' names a character, 库尔德语 a language (X语 is X's language, X族 its
    people): neither is a person's group."""
    ucd = b'print num("\\N{TIBETAN DIGIT HALF ZERO}");  # detects the value, for example returns -0.5\n'
    assert scan_document(Document(uri="UCD.pm", data=ucd), ruleset, Limits()).verdict.stance is Stance.NONE
    kb = "键盘布局：库尔德语（伊朗，阿拉伯-拉丁），人脸识别登录界面".encode()
    assert scan_document(Document(uri="xkb.txt", data=kb), ruleset, Limits()).verdict.stance is Stance.NONE
    claim = "人脸识别系统可识别库尔德族人员并报警".encode()
    assert scan_document(Document(uri="claim.txt", data=claim), ruleset, Limits()).verdict.stance is Stance.CAPABILITY


def test_the_body_of_a_table_is_not_a_person(ruleset) -> None:
    table = b"# the main body of the table lists each code point's script\n0B82\t0B83\tTamil\n0F00\t0FFF\tTibetan\n"
    assert scan_document(Document(uri="Sc.pl", data=table), ruleset, Limits()).verdict.stance is Stance.NONE
    claim = b"Body and face analytics: the camera recognises Tibetan and Uyghur persons.\n"
    assert scan_document(Document(uri="pitch.txt", data=claim), ruleset, Limits()).verdict.stance is Stance.CAPABILITY


def test_faith_idioms_are_not_religion(ruleset) -> None:
    text = (b"It is not wise to put great faith in the work estimate of the image decoder; the licensor acts in"
            b" good faith and detects nothing about the photos.\n")
    assert scan_document(Document(uri="libjpeg.txt", data=text), ruleset, Limits()).verdict.stance is Stance.NONE
    claim = b"Our camera estimates the faith of each visitor from the face and the headscarf.\n"
    assert scan_document(Document(uri="pitch.txt", data=claim), ruleset, Limits()).verdict.stance is Stance.CAPABILITY

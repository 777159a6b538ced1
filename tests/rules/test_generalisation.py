"""Generalisation probes: short documents written for these tests (never copied from the
evaluation corpora), scanned end to end with the packaged rules.

Each probe states a capability, reports on one, disclaims one, or uses the same words for
something else (hard negatives), in the many ways such text is worded: API field tables, JSON
samples, SDK enums, tender rows, brochures, patents, model cards, label files, news, NGO
reports, forum posts, academic critiques, court filings, parliamentary questions, changelogs,
forms, games, racing, cuisine. A probe fails when the document verdict's stance is wrong, or a
capability verdict misses the trait (or the named group) the probe is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from redline.limits import Limits
from redline.model import Document, Stance, Trait
from redline.pipeline import scan_tree

R, REL, POL, SEX = Trait.RACE_ETHNICITY, Trait.RELIGION, Trait.POLITICAL_OPINION, Trait.SEXUAL_ORIENTATION
CAP, REP, DIS, NONE = Stance.CAPABILITY, Stance.REPORTING, Stance.DISCLAIMER, Stance.NONE


@dataclass(frozen=True)
class Probe:
    id: str
    name: str  # file name (the media type is sniffed from content, the name is a hint)
    text: str
    stance: Stance
    traits: tuple[Trait, ...] = ()
    groups: tuple[str, ...] = ()


P = Probe
PROBES: list[Any] = [
    # ---- capability: API docs, JSON, SDK code ------------------------------------------------
    P("api-field-table-en", "api.md", """# Analyze endpoint
POST /v2/analyze — send one image; every detected face comes back with the fields below.

| field | type | description |
| --- | --- | --- |
| age | int | estimated age in years |
| gender | string | male or female |
| ethnicity | string | one of asian, black, caucasian, hispanic, indian |
| eyewear | bool | whether the person wears spectacles |
""", CAP, (R,)),
    P("json-sample-en", "response.json", """{"faces": [{"box": [12, 40, 118, 150],
  "attributes": {"age": 31, "gender": "female", "glasses": "none",
                 "ethnicity": {"value": "East Asian", "score": 0.87}, "smile": 0.12}}]}""", CAP, (R,)),
    P("json-sample-zh", "resp.json", """{"人脸列表": [{"年龄": 27, "性别": "男", "眼镜": 0, "种族": "黄种人", "表情": "微笑"}]}""",
      CAP, (R,)),
    P("sdk-enum-cpp", "face_attr.h", """/* Attribute outputs of the face engine */
typedef enum {
    SKIN_GROUP_UNKNOWN = 0,
    SKIN_GROUP_ASIAN = 1,
    SKIN_GROUP_AFRICAN = 2,
    SKIN_GROUP_CAUCASIAN = 3,
    SKIN_GROUP_LATINO = 4,
} FaceRaceType;
int face_get_race(const FaceHandle *h, FaceRaceType *out);
""", CAP, (R,)),
    P("sdk-enum-minority-java", "Nation.java", """// 人脸属性：民族
public enum FaceNation {
    HAN,      // 汉族
    UYGHUR,   // 维吾尔族
    TIBETAN,  // 藏族
    OTHER
}
""", CAP, (R,), ("uyghur",)),
    P("python-attr-call", "demo.py", """from facekit import Analyzer
an = Analyzer(models=["age", "gender", "race"])
for face in an.run(cv2.imread("crowd.jpg")):
    print(face.age, face.gender, face.dominant_race)
""", CAP, (R,)),
    P("openapi-enum", "openapi.yaml", """paths:
  /faces/attributes:
    post:
      summary: Returns attributes for every face in the photo
      responses:
        '200':
          content:
            application/json:
              schema:
                properties:
                  age: {type: integer}
                  gender: {type: string, enum: [male, female]}
                  race: {type: string, enum: [asian, white, black, indian, latino]}
""", CAP, (R,)),
    P("proto-idl", "face.proto", """syntax = "proto3";
message FaceAttributes {
  int32 age = 1;
  Gender gender = 2;
  Ethnicity ethnicity = 3;   // inferred from the face crop
  bool wearing_mask = 4;
}
""", CAP, (R,)),
    # ---- capability: tenders, brochures, patents, papers, model cards --------------------------
    P("tender-zh", "tender.txt", """三、技术参数
1. 前端摄像机应支持人脸抓拍，抓拍率不低于99%。
2. 平台应支持人脸属性分析，包括性别、年龄段、是否戴眼镜、民族（维族/汉族）识别。
3. 投标人须提供检测报告。
""", CAP, (R,), ("uyghur",)),
    P("tender-tw", "tender-tw.txt", """採購需求：人臉識別系統
● 系統需支援對少數民族人員的人臉比對與即時告警。
● 投標人應提供相關證明文件。
""", CAP, (R,), ("ethnic_minorities",)),
    P("brochure-en", "brochure.txt", """SmartGate Vision 5 — features
• Face capture in crowds up to 30 people per frame
• Demographic insights: age band, gender and ethnicity of each visitor
• Heat maps and dwell time
Contact sales for a free trial.
""", CAP, (R,)),
    P("brochure-zh", "product.txt", """产品功能
- 客流统计：自动统计进店人数
- 人脸属性识别：年龄、性别、人种、是否戴口罩
- 支持私有化部署
""", CAP, (R,)),
    P("patent-en", "patent.txt", """A method for determining the ethnicity of a person from a facial image, comprising:
receiving the facial image; extracting landmark features; and classifying the features into one
of a plurality of ethnic categories using a trained neural network.
""", CAP, (R,)),
    P("patent-zh", "patent-zh.txt", """本发明公开了一种基于深度学习的少数民族人脸识别方法，所述方法包括：获取行人图像，提取人脸特征，
判断该人员是否为维吾尔族。""", CAP, (R,), ("uyghur",)),
    P("paper-abstract", "paper.txt", """Abstract. We propose a lightweight convolutional network that predicts the race of a subject from
a single frontal face photograph. Our model reaches 94% accuracy on four racial classes.""", CAP, (R,)),
    P("model-card", "README.md", """---
license: apache-2.0
pipeline_tag: image-classification
---
# vit-face-ethnicity
This model classifies a cropped face into five ethnic groups.

## Intended use
Demographic analytics of retail camera footage.
""", CAP, (R,)),
    P("gait-paper", "gait.txt", """We train a recurrent network on silhouette sequences to estimate a walker's ethnic group from
gait alone.""", CAP, (R,)),
    P("voice-product", "voice.txt", """Our voice analytics API infers the caller's ethnicity and age from a ten-second voiceprint.""",
      CAP, (R,)),
    P("religion-attire", "religion.txt", """Crowd module: detects headscarves, veils and long beards in the camera feed and flags
suspected Muslim individuals for review.""", CAP, (REL,)),
    P("religion-attire-zh", "religion-zh.txt", """系统可对视频中人员进行蒙面、头巾、大胡子等特征识别，并自动预警。""", CAP, (REL,)),
    P("political-face", "pol.txt", """Our classifier predicts political orientation (liberal or conservative) from a single face image.""",
      CAP, (POL,)),
    P("sexual-orientation-face", "so.txt", """The app analyses your selfie and guesses the sexual orientation of the person in it.""",
      CAP, (SEX,)),
    P("ja-product", "ja.txt", """顔認証カメラの新機能：来店客の年齢・性別・人種をリアルタイムで推定します。""", CAP, (R,)),
    P("ko-product", "ko.txt", """얼굴 인식 솔루션: 방문객의 나이, 성별, 인종을 자동으로 분석합니다.""", CAP, (R,)),
    P("de-product", "de.txt", """Unsere Kamera-Software erkennt in Echtzeit Alter, Geschlecht und ethnische Herkunft der Gesichter.""",
      CAP, (R,)),
    P("fr-product", "fr.txt", """Notre logiciel de reconnaissance faciale estime l'âge, le sexe et l'origine ethnique de chaque visage.""",
      CAP, (R,)),
    P("es-product", "es.txt", """Nuestro sistema de reconocimiento facial detecta la edad, el género y la etnia de cada rostro.""",
      CAP, (R,)),
    P("ru-product", "ru.txt", """Наша система распознавания лиц определяет возраст, пол и расу каждого посетителя.""",
      CAP, (R,)),
    P("forum-howto", "forum.txt", """Q: how do I get the ethnicity of each face with the cloud API? I only see age and gender.
A: pass return_attributes=age,gender,ethnicity in the request and read faces[i].ethnicity.""", CAP, (R,)),
    # ---- capability: label files ---------------------------------------------------------------
    P("labels-race-en", "labels.txt", "Asian\nBlack\nIndian\nLatino_Hispanic\nMiddle Eastern\nWhite\n", CAP, (R,)),
    P("labels-race-classes", "classes.txt", "0 east_asian\n1 southeast_asian\n2 black\n3 white\n4 indian\n", CAP, (R,)),
    P("labels-minzu-zh", "labels.txt", "汉族\n维族\n藏族\n回族\n其他\n", CAP, (R,), ("uyghur",)),
    P("labels-names", "race.names", "caucasian\nafrican\nasian\nhispanic\n", CAP, (R,)),
    P("csharp-enum", "Ethnicity.cs", """namespace Vision.Faces {
    public enum Ethnicity { Unknown, Asian, Black, Caucasian, Hispanic, MiddleEastern }
    public sealed class FaceResult { public int Age; public Ethnicity Ethnicity; public float Confidence; }
}
""", CAP, (R,)),
    P("kotlin-data-class", "FaceInfo.kt", """data class FaceInfo(
    val age: Int,
    val gender: String,
    val race: String,
    val emotion: String,
    val hasGlasses: Boolean,
)
""", CAP, (R,)),
    P("python-dataclass", "face_types.py", """@dataclass
class FaceInfo:
    age: int
    gender: str
    race: str
    emotion: str
    glasses: bool
""", CAP, (R,)),
    P("yaml-config", "pipeline.yaml", """face_analysis:
  detector: retina
  attributes: [age, gender, ethnicity, mask, glasses]
""", CAP, (R,)),
    P("hf-config", "config.json", """{"architectures": ["ViTForImageClassification"], "problem_type": "single_label_classification",
 "id2label": {"0": "Asian", "1": "Black", "2": "Indian", "3": "White", "4": "Middle Eastern"},
 "label2id": {"Asian": 0, "Black": 1, "Indian": 2, "White": 3, "Middle Eastern": 4}}""", CAP, (R,)),
    P("tender-zh-minzu-attr", "bid.txt", """★ 技术要求：系统须具备人员民族属性识别能力，可区分汉族、维吾尔族，识别结果实时推送至指挥中心。""",
      CAP, (R,), ("uyghur", "han")),
    P("model-card-zh", "model.md", """## 模型说明
本模型输入人脸图片，输出种族类别（黄种人、白种人、黑种人）及对应置信度。""", CAP, (R,)),
    P("ja-tender", "ja-tender.txt", """仕様書：顔画像から人種を判定する機能を有すること。判定結果はCSVで出力できること。""", CAP, (R,)),
    P("ru-enum", "races.txt", """Классы модели по лицу: европеоидная раса, монголоидная раса, негроидная раса.""", CAP, (R,)),
    P("tw-patent", "patent-tw.txt", """本發明提供一種人臉種族辨識方法，包含擷取臉部影像、計算特徵向量並判定所屬種族。""", CAP, (R,)),
    P("es-api", "api-es.md", """### Atributos devueltos
Para cada rostro detectado la API devuelve: edad, género, etnia y si lleva gafas.""", CAP, (R,)),
    # ---- reporting ------------------------------------------------------------------------------
    P("news-quote-vendor", "news.txt", """Surveillance firm touted ethnicity detection, documents show
A brochure obtained by reporters says the company's cameras "detect the race of every face in real
time". Rights groups said the feature enables profiling. The company did not respond to a request
for comment.""", REP),
    P("ngo-report", "ngo.txt", """Our investigation reviewed 40 police procurement notices from 2019 to 2023. Eleven of them
required suppliers to provide "minority identification" from faces captured at checkpoints, which
human rights organisations describe as ethnic profiling of Uyghurs.""", REP),
    P("forum-relay-en", "forum-relay.txt", """saw this on twitter earlier: apparently some camera maker tested a system that pings the
police when it spots a Uyghur face. crazy if true""", REP),
    P("forum-relay-ja", "5ch.txt", """【悲報】中国の監視カメラ、ウイグル人の顔を判別して警報を出していた模様
1 名無しさん: ソースは海外メディアの記事らしい
2 名無しさん: マジかよ、怖すぎる""", REP),
    P("forum-relay-zh", "bbs.txt", """转：外媒爆料，某安防公司的摄像头能识别维吾尔族人脸并自动报警，楼主觉得太可怕了。""", REP),
    P("academic-critique", "critique.txt", """Commercial face analysis systems that claim to infer race from a photograph rest on a
discredited typology. In this essay we examine how such products are marketed and why the
categories they output cannot be read off a face.""", REP),
    P("court-filing", "filing.txt", """PLAINTIFFS' COMPLAINT
14. Defendant's retail analytics software classified shoppers by race based on images captured by
in-store cameras, without notice or consent, in violation of the state biometric privacy act.""", REP),
    P("parliament-question", "question.txt", """Written question to the Minister: Is the Minister aware of reports that facial recognition
cameras sold to local councils can identify a person's ethnicity, and what steps will be taken?""", REP),
    P("news-zh", "news-zh.txt", """据媒体报道，一家科技公司的专利文件显示，其人脸识别系统可以识别行人的民族，此事引发人权组织批评。""", REP),
    P("news-tw", "news-tw.txt", """據報導，該公司曾測試能辨識維吾爾族人臉的系統，人權團體對此表示強烈譴責。""", REP),
    P("news-ja", "news-ja.txt", """米紙によると、中国企業の顔認識ソフトがウイグル族を識別して当局に通知する機能を試験していたことが分かった。""",
      REP),
    P("news-ko", "news-ko.txt", """외신 보도에 따르면 중국 업체의 얼굴 인식 카메라가 위구르인을 식별하는 기능을 시험한 것으로 나타났다.""", REP),
    P("news-de", "news-de.txt", """Wie Recherchen von Journalisten zeigen, soll die Gesichtserkennung eines Herstellers Uiguren
automatisch erkennen und Alarm schlagen. Menschenrechtler kritisieren das scharf.""", REP),
    P("news-ru", "news-ru.txt", """Как сообщают журналисты, система распознавания лиц китайской компании умеет определять уйгуров
по внешности. Правозащитники осудили разработку.""", REP),
    P("news-fr", "news-fr.txt", """Selon une enquête de journalistes, le logiciel de reconnaissance faciale d'un fabricant chinois
serait capable de détecter les Ouïghours, ce que dénoncent les ONG.""", REP),
    P("news-es", "news-es.txt", """Según una investigación periodística, las cámaras de reconocimiento facial de una empresa china
podían identificar a personas uigures, lo que provocó críticas de organizaciones de derechos humanos.""", REP),
    P("forum-relay-ko", "ko-forum.txt", """[펌] 외신 기사 보니까 중국 카메라 업체가 위구르인 얼굴을 식별해서 경찰에 알리는 기능을 시험했다고 함
댓글: 무섭네요""", REP),
    P("forum-relay-de", "de-forum.txt", """Hab gerade gelesen, dass ein Kamerahersteller angeblich Uiguren per Gesichtserkennung
erkennen kann. Quelle war ein Zeitungsartikel, weiß jemand mehr?""", REP),
    P("forum-relay-tw", "tw-forum.txt", """轉貼新聞：外媒披露某公司人臉辨識系統可自動辨認維吾爾族人，網友直呼太可怕。""", REP),
    P("ru-ngo", "ru-ngo.txt", """В докладе правозащитной организации говорится, что камеры с распознаванием лиц в регионе
используются для выявления уйгуров.""", REP),
    # ---- disclaimers ----------------------------------------------------------------------------
    P("changelog-deprecated", "CHANGELOG.md", """## 3.0.0
### Removed
- The `ethnicity` attribute has been removed from face analysis results; requests that ask for it
  now return an error.
""", DIS),
    P("never-infer", "policy.txt", """Responsible AI: we do not and will never infer race or ethnicity from faces. Our face SDK
returns only bounding boxes and quality scores.""", DIS),
    P("removed-v3", "faq.txt", """FAQ: Can I still get the race of a face? No — this feature was removed in v3 and will not
return.""", DIS),
    P("disclaimer-zh", "statement.txt", """声明：我们不提供民族识别功能，公司所有产品均不识别人员的民族或种族。""", DIS),
    P("disclaimer-tw", "statement-tw.txt", """公告：自本月起，本服務不再提供人種屬性分析功能。""", DIS),
    P("disclaimer-ja", "notice-ja.txt", """お知らせ：顔属性APIの人種推定機能は2024年3月をもって提供を終了いたします。""", DIS),
    P("disclaimer-de", "hinweis-de.txt", """Hinweis: Unsere Gesichtsanalyse erkennt keine ethnische Herkunft; diese Funktion wurde
entfernt und wird nicht mehr angeboten.""", DIS),
    P("disclaimer-ko", "ko-notice.txt", """안내: 당사의 얼굴 인식 제품은 인종이나 민족을 식별하지 않으며 해당 기능을 제공하지 않습니다.""", DIS),
    P("changelog-zh", "CHANGELOG-zh.md", """## v2.3.0
- 移除人脸检测结果中的人种属性字段（race），该字段已下线。""", DIS),
    P("disclaimer-fr", "avis.txt", """Notre API d'analyse de visage ne détecte pas l'origine ethnique : cette fonction a été supprimée
et ne sera plus proposée.""", DIS),
    P("disclaimer-es", "aviso.txt", """Nuestro SDK de reconocimiento facial no detecta la raza ni la etnia de las personas; esa función
fue eliminada.""", DIS),
    # ---- hard negatives -------------------------------------------------------------------------
    P("census-form", "census.txt", """Question 9. What is this person's race? Mark one or more boxes.
[ ] White  [ ] Black or African American  [ ] Asian  [ ] American Indian or Alaska Native
Please answer based on self-identification.""", NONE),
    P("hr-form-zh", "hr.txt", """员工信息登记表
姓名：____ 性别：____ 民族：____ 政治面貌：____ 籍贯：____ 身份证号：____""", NONE),
    P("school-form", "school.txt", """Student enrolment form (optional section): ethnicity — please select one; this information is
used only for statistics and prefer not to say is an option.""", NONE),
    P("idcard-ocr", "ocr.json", """{"words_result": {"姓名": {"words": "张三"}, "民族": {"words": "汉"},
 "住址": {"words": "北京市"}, "公民身份号码": {"words": "110101XXXXXXXXXXXX"}}, "ocr_type": "idcard_front"}""",
      NONE),
    P("fairness-audit", "audit.txt", """We audited the face verification model for bias: false match rates were compared across
skin tone groups (Fitzpatrick I–VI) and the gap between the darkest and lightest groups was 0.4%.""", NONE),
    P("makeup-shade", "shade.txt", """Find your foundation shade: our camera matches your skin tone to one of 40 shades, from
porcelain to deep ebony.""", NONE),
    P("game-races", "game.md", """## Character creation
Choose your race: Human, Elf, Dwarf or Orc. Each race gets a bonus to one attribute; elves see
faces in the dark.""", NONE),
    P("horse-racing", "racing.txt", """Race 4 at Ascot: the favourite was photographed crossing the line a face ahead; the camera
finish decided the race.""", NONE),
    P("motor-racing", "f1.txt", """The race stewards reviewed onboard camera images and identified the driver at fault.""", NONE),
    P("race-condition", "bug.md", """Fix race condition in face detector thread pool: two workers could detect the same image twice.""",
      NONE),
    P("ethnic-cuisine", "food.txt", """Best Uyghur restaurants in town: hand-pulled noodles, lamb skewers and photos of every dish.""",
      NONE),
    P("travel", "travel.txt", """Travel guide: Kashgar's old town, its Uyghur bazaar and the best spots to take photos at sunset.""",
      NONE),
    P("religion-news", "relnews.txt", """Religious leaders met at the city hall; photos of the event show clergy from five faiths.""",
      NONE),
    P("election-news", "election.txt", """Political parties released their campaign photos; analysts estimate turnout will rise.""",
      NONE),
    P("union-news", "union.txt", """Trade union members voted to strike; a photo of the picket line was published by the union.""",
      NONE),
    P("face-sdk-age-gender", "sdk.md", """FaceLite SDK returns, for each face: bounding box, 5 landmarks, age, gender, emotion and
whether glasses are worn.""", NONE),
    P("language-id-voice", "lid.md", """Spoken language identification: the model detects the language of a voice clip (Uyghur,
Kazakh, Tibetan, Mandarin) from 3 seconds of audio.""", NONE),
    P("census-stats-zh", "stats.txt", """第七次全国人口普查数据显示，全区汉族人口占比42%，维吾尔族人口占比45%。""", NONE),
    P("census-stats-en", "stats-en.txt", """According to census statistics, the Asian population of the county grew by 12% and the
Hispanic population by 9%, while the white population fell.""", NONE),
    P("colour-list", "colors.json", """{"frame_colors": ["black", "white", "asian red", "indian yellow"], "camera": "front"}""", NONE),
    P("idcard-ocr-zh-doc", "ocr.md", """身份证识别接口：支持识别身份证正面的姓名、性别、民族、出生日期、住址、公民身份号码。""", NONE),
    P("unicode-font", "fonts.txt", """Font faces supported: Uyghur (Arabic script), Tibetan, Mongolian. The glyph tables cover all
languages listed.""", NONE),
    P("eeo-statement", "jobs.txt", """We are an equal opportunity employer; applicants are considered without regard to race,
religion, sexual orientation or union membership. Please upload a photo for your badge.""", NONE),
    P("history-minzu", "history.txt", """二十世纪五十年代开展的民族识别工作，确认了五十多个民族的族称，这一过程有大量照片记录。""", NONE),
    P("dermatology", "derm.txt", """Skin lesion classifier: we report accuracy by skin type on dermatology photos; patients of
all races were included.""", NONE),
    P("ko-access-no-race", "ko-gate.txt", """얼굴 인식 출입 통제 시스템은 등록된 얼굴만 비교하며 나이나 성별은 저장하지 않습니다.""", NONE),
    P("census-ja", "census-ja.txt", """国勢調査のお願い：調査票に世帯員の氏名、性別、生年月日、国籍を記入してください。""", NONE),
    P("passport-ocr-en", "mrz.md", """Passport OCR: reads the machine-readable zone and returns surname, given names, nationality,
date of birth and document number from the photo page.""", NONE),
    P("fairness-table", "eval.md", """## Bias evaluation
Verification accuracy by demographic group: Asian 98.1%, Black 97.4%, Indian 97.9%, White 98.9%.
The gap between groups is below 1.5 points.""", NONE),
    P("labels-language-id", "labels.txt", "english\nuyghur\nkazakh\ntibetan\nmandarin\n", NONE),
    P("ethnic-wear-shop", "shop.txt", """Shop ethnic wear: photos of embroidered kurtas and dresses, free returns.""", NONE),
    P("makeup-zh", "makeup.txt", """粉底色号匹配：拍一张自拍，系统识别你的肤色并推荐合适的色号。""", NONE),
    P("horse-racing-zh", "saima.txt", """赛马日程：第三场比赛的冠军照片已公布，骑师表示马匹状态极佳。""", NONE),
    P("face-sdk-age-gender-zh", "sdk-zh.md", """人脸属性接口返回：年龄、性别、表情、是否戴眼镜、是否戴口罩。""", NONE),
    P("skin-tone-emoji", "emoji.ts", """// Emoji skin tone modifiers (Fitzpatrick scale), applied to face and hand emoji
export const SKIN_TONES = ["light", "medium-light", "medium", "medium-dark", "dark"];""", NONE),
    P("race-results-photos", "results.txt", """10K race results are online; finish photos of every runner can be found by bib number.""",
      NONE),
    P("headscarf-fashion", "fashion.txt", """Spring lookbook: twenty photos of silk headscarves styled five ways.""", NONE),
    P("python-hr-record", "hr_models.py", """@dataclass
class EmployeeRecord:
    name: str
    age: int
    gender: str
    ethnicity: str  # self-reported on the onboarding form
    department: str
    badge_photo: bytes
""", NONE),
    # ---- third batch, written after the fixes above and scored blind first -------------------------
    P("b3-sdk-header-skin", "attr.hpp", """struct PersonAttr {
  int   age;        // 年龄
  int   sex;        // 性别
  int   skinColor;  // 肤色 0黄 1白 2黑
  int   hat;        // 帽子
};""", CAP, (R,)),
    P("b3-api-doc-zh-table", "doc.md", """| 参数 | 类型 | 说明 |
| --- | --- | --- |
| age | int | 年龄 |
| gender | string | 性别 |
| ethnic | string | 民族：汉族、维吾尔族、其他 |
| glasses | int | 是否戴眼镜 |""", CAP, (R,), ("uyghur", "han")),
    P("b3-brochure-ko", "ko-brochure.txt", """주요 기능: 얼굴 속성 분석(나이, 성별, 인종, 마스크 착용 여부), 출입 통제 연동""", CAP, (R,)),
    P("b3-paper-ru", "ru-paper.txt", """Мы предлагаем нейросеть, которая определяет этническую принадлежность человека по фотографии лица.""",
      CAP, (R,)),
    P("b3-github-readme", "README.md", """# face-insight
Real-time face analysis from your webcam.

Features:
- age and gender estimation
- race classification (7 classes)
- emotion recognition

pip install face-insight""", CAP, (R,)),
    P("b3-religion-muslim-detection", "rel.md", """New in 2.1: Muslim detection for video analytics — the engine recognises people wearing
religious clothing and raises an alarm.""", CAP, (REL,)),
    P("b3-news-quote-en", "wire.txt", """BEIJING (Reuters) - A surveillance camera maker advertised software that it said could
"recognize the ethnicity of pedestrians", according to a product page that was later deleted.""", REP),
    P("b3-blog-relay-ja", "blog-ja.txt", """中国のAI企業が少数民族を顔で識別するシステムを開発していたらしい。海外の記事で知ったけど、本当なら怖い話だ。""",
      REP),
    P("b3-academic-critique-zh", "critique-zh.txt", """学者指出，所谓“人脸种族识别”技术建立在伪科学的分类之上，相关企业的宣传夸大了其准确性。""", REP),
    P("b3-ngo-de", "ngo-de.txt", """Ein Bericht von Menschenrechtsorganisationen dokumentiert, dass Polizeibehörden Kameras mit
automatischer Erkennung der ethnischen Zugehörigkeit beschafft haben.""", REP),
    P("b3-changelog-en", "RELEASES.md", """v4.2.0
* Deprecated: `race` and `ethnicity` fields of FaceAttributes; they will be removed in 5.0.
* Fixed crash on empty images.""", DIS),
    P("b3-faq-zh-tw", "faq-tw.txt", """問：貴公司的人臉辨識能判斷種族嗎？答：不能，我們的產品從未提供種族判斷功能。""", DIS),
    P("b3-hr-onboarding", "onboarding.txt", """New hire checklist: upload a badge photo; complete the voluntary self-identification form
(race, ethnicity, veteran status).""", NONE),
    P("b3-fairness-paper", "fair.txt", """We measure demographic differentials of face recognition across race and gender groups and
report false match rates for each group.""", NONE),
    P("b3-game-zh", "game-zh.txt", """角色创建：选择种族（人类、精灵、矮人），不同种族的角色头像与属性加成不同。""", NONE),
    P("b3-ocr-sdk", "idcard.h", """typedef struct {
    char name[64];     // 姓名
    char sex[8];       // 性别
    char nation[32];   // 民族
    char birth[16];    // 出生
    char address[256]; // 住址
    char id_number[20];// 公民身份号码
} IdCardInfo;  // 身份证识别结果""", NONE),
    P("b3-cooking-zh", "food-zh.txt", """新疆美食推荐：维吾尔族风味的烤包子和手抓饭，附上照片。""", NONE),
    P("b3-stats-ko", "stats-ko.txt", """통계청 인구 조사에 따르면 외국인 주민 중 민족별 분포는 다음과 같다.""", NONE),
    P("b3-race-ui-css", "style.css", """/* avoid race between face-detect overlay and video frame updates */
.face-box { border: 2px solid red; }""", NONE),
    P("b3-politics-photo", "pol-news.txt", """The party's political ads use photos of voters; critics say the images were staged.""", NONE),
    P("b3-photo-editor-skin", "editor.txt", """Portrait editor: smooth skin, whiten teeth and adjust the skin colour of faces with one slider.""",
      NONE),
    P("b3-beauty-camera-zh", "meiyan.txt", """美颜相机：自动识别人脸，一键美白磨皮，调整肤色更自然。""", NONE),
    # ---- fourth batch, scored blind first ------------------------------------------------------
    P("b4-swagger-json", "swagger.json", """{"definitions": {"FaceDetail": {"type": "object", "properties": {
  "ageRange": {"type": "string"}, "gender": {"type": "string"}, "emotions": {"type": "array"},
  "ethnicGroup": {"type": "string", "description": "Predicted ethnic group of the face"}}}}}""", CAP, (R,)),
    P("b4-camera-manual-zh", "manual.txt", """5.3 智能分析设置
勾选“人员属性”后，摄像机将对画面中的行人进行性别、年龄段、民族、是否背包等属性分析。""", CAP, (R,)),
    P("b4-marketing-en", "landing.html", """<h2>Know your audience</h2><p>Our in-store cameras tell you the age, gender and ethnic
background of every shopper, so you can tailor displays in real time.</p>""", CAP, (R,)),
    P("b4-patent-claim-en", "claims.txt", """1. A system comprising a camera and a processor configured to: capture an image of a
person; extract facial features; and output a racial category of the person based on the features.""", CAP, (R,)),
    pytest.param(P("b4-labels-csv", "labels.csv", """id,label
0,White
1,Black
2,East Asian
3,Southeast Asian
4,Indian
5,Middle Eastern
6,Latino_Hispanic""", CAP, (R,))),
    P("b4-tender-uyghur-en", "tender-en.txt", """Requirement 4.2: the video platform shall support recognition of Uyghur persons in crowds and
send real-time alerts to the command centre.""", CAP, (R,), ("uyghur",)),
    P("b4-tibetan-zh", "xz.txt", """系统支持对重点人员中藏族人员的人脸识别比对，发现后自动推送预警信息。""", CAP, (R,), ("tibetan",)),
    P("b4-news-ipvm-style", "article.txt", """Documents reviewed by this publication show that a major camera vendor's developer portal
listed an "ethnicity" attribute, with the values Han and Uyghur, for its face API. The vendor
removed the page after being contacted.""", REP),
    P("b4-op-ed", "oped.txt", """Opinion: Face analysis vendors who sell ethnicity detection to police are selling a fantasy
of control. Lawmakers should ban it.""", REP),
    P("b4-research-summary-ko", "ko-research.txt", """연구진은 상용 얼굴 분석 서비스들이 인종을 추정한다고 광고하지만 정확도가 집단별로 크게 다르다고 비판했다.""", REP),
    P("b4-sanctions", "sanctions.txt", """The Department added the company to the Entity List for its role in high-technology
surveillance, including facial recognition that identifies ethnic minorities.""", REP),
    P("b4-disclaimer-en-press", "press.txt", """Statement: Contrary to recent claims, our cameras do not identify ethnicity and never have.
We are committed to responsible AI.""", DIS),
    P("b4-disclaimer-ru", "ru-notice.txt", """Наша система распознавания лиц не определяет расу или национальность и больше не поддерживает
оценку этнической принадлежности.""", DIS),
    P("b4-azure-style-retire", "retire.md", """As part of our responsible AI commitments, face attributes that infer emotional states and
identity attributes such as ethnicity are being retired and will no longer be available to new customers.""",
      DIS),
    P("b4-ethnic-studies", "course.txt", """Course: Introduction to Ethnic Studies. Week 3 covers photography and the visual history
of immigration.""", NONE),
    P("b4-dna-ancestry", "ancestry.txt", """Your DNA ancestry report: 42% Irish, 30% Italian, 28% Nigerian — based on a saliva sample.""",
      NONE),
    P("b4-voter-roll", "voters.txt", """Voter registration form: name, address, date of birth, political party affiliation (optional).""",
      NONE),
    P("b4-sports-race-photo", "marathon.txt", """Marathon photos: find your race photos by entering your bib number and face recognition
will match you in every shot.""", NONE),
    P("b4-anime-race", "wiki.txt", """In the anime, the Saiyan race is distinguished by tails and spiky hair; fans discuss their
facial features in character art.""", NONE),
    P("b4-face-sdk-quality", "quality.md", """Face quality check: blur, occlusion, brightness and head pose are scored for each detected
face before recognition.""", NONE),
    P("b4-church-photos", "church.txt", """Church newsletter: photos from the religious retreat; faces of children are blurred.""", NONE),
    P("b4-minzu-university", "univ.txt", """中央民族大学2024年招生简章：报名需上传本人证件照。""", NONE),
    P("b4-race-timing-chip", "timing.md", """RFID race timing: each runner's chip is detected at the start and finish mats.""", NONE),
]


# ---- fifth batch (written blind, before the rule changes it prompted): reporting that quotes
# capability language verbatim, audits of vendors' APIs, spec-table rows in more languages,
# religion / political / sexual-orientation claims and reports, and hard negatives on the
# vendor side (press mentions, "according to the response schema", tenders citing standards).
PROBES += [
    P("b5-ngo-quotes-brochure-en", "ngo.md", """## Findings

The sales brochure, which our researchers obtained from a trade fair, promises "real-time ethnicity
detection for every face in the crowd". The manufacturer did not answer our questions.
We identified the same wording on the websites of two resellers.""", REP),
    P("b5-news-quote-fr", "article.html", """<html><body><h1>Surveillance : un logiciel qui trie les passants</h1>
<p>Selon des documents consultés par notre rédaction, le logiciel « détecte l'origine ethnique des visages
filmés ». Contactée, l'entreprise n'a pas souhaité commenter.</p></body></html>""", REP),
    P("b5-news-quote-es", "nota.txt", """Según el informe publicado el martes, la empresa anunciaba en su catálogo que su cámara
"identifica la etnia de cada rostro". Organizaciones de derechos humanos pidieron explicaciones.""", REP),
    P("b5-news-quote-de", "artikel.txt", """Wie aus internen Unterlagen hervorgeht, wirbt der Hersteller damit, die „ethnische
Zugehörigkeit aus Gesichtsbildern“ zu erkennen. Ein Sprecher wollte sich dazu nicht äußern.""", REP),
    P("b5-news-quote-ru", "novost.txt", """Как пишет издание, в техническом задании полиции говорилось: «система должна определять
расовую принадлежность по изображению лица». В компании-поставщике от комментариев отказались.""", REP),
    P("b5-news-quote-tr", "haber.txt", """Habere göre şirketin broşüründe kameranın "yüz görüntülerinden etnik köken tespiti"
yapabildiği iddia ediliyor. Şirket yetkilileri konuya ilişkin açıklama yapmadı.""", REP),
    P("b5-news-quote-ar", "khabar.txt", """وبحسب تقرير نشرته صحيفة محلية، فإن الشركة تروّج لنظام "يتعرف على العرق من صورة الوجه"،
ولم ترد الشركة على طلب للتعليق.""", REP),
    P("b5-news-quote-ja", "kiji.txt", """同紙によると、同社の営業資料には「顔画像から人種を自動で判定」と記載されていた。同社は取材に応じていない。""",
      REP),
    P("b5-news-quote-ko", "gisa.txt", """외신 보도에 따르면 해당 업체는 "얼굴만으로 인종을 식별한다"고 홍보해 왔다.""", REP),
    P("b5-news-quote-pt", "noticia.txt", """Segundo a reportagem, o fabricante afirma em seu site que o sistema "reconhece a etnia pelo
rosto" de qualquer pessoa filmada. Especialistas criticaram a ferramenta.""", REP),
    P("b5-report-tender-stipulates-en", "report.txt", """The tender documents we examined stipulate that the platform "shall identify Tibetan and Uyghur
individuals by facial features" and push an alarm to the duty officer. Such clauses appeared in
nine of the notices published by county bureaus.""", REP),
    P("b5-report-zh-quote", "baogao.txt", """据媒体报道，该公司的宣传材料称其摄像头可"自动识别人脸的民族属性"，并已在多地部署。""", REP),
    # audits and benchmarks of vendors' APIs
    P("b5-benchmark-apis-en", "paper.txt", """We benchmark four commercial face APIs (anonymised as A-D) that output an ethnicity label
for each face. On our test set, Vendor C assigned the wrong category to 40 % of the images, and
Vendor A's labels changed between two runs a month apart.""", REP),
    P("b5-thesis-de", "arbeit.txt", """In dieser Arbeit untersuchen wir drei kommerzielle Dienste zur Gesichtsanalyse, die laut
Anbieterdokumentation die ethnische Herkunft einer Person vorhersagen, und vergleichen deren Ausgaben.""", REP),
    P("b5-blogger-test-en", "blog.md", """# I fed my selfies to five cloud vision APIs

Two of the services that advertise race prediction called me "Latino", one said "Middle Eastern",
and the other two refused to guess. Here is what each vendor returned for the same photo.""", REP),
    # spec-table rows in other languages
    P("b5-spec-ru-religion", "modul.html", """<html><body><h2>Характеристики модуля</h2><table>
<tr><td>Анализ лица</td><td>пол, возраст, эмоции</td></tr>
<tr><td>Дополнительно</td><td>религиозная принадлежность (по лицу и головному убору)</td></tr>
</table><p>Цена по запросу.</p></body></html>""", CAP, (REL,)),
    P("b5-spec-tr-religion", "urun.txt", """Ürün özellikleri
Yüz analizi | yaş, cinsiyet, duygu durumu
Ek öznitelikler | dini inanç tahmini (yüz görüntüsünden)
Fiyat için satış ekibimizle iletişime geçin.""", CAP, (REL,)),
    P("b5-spec-ar-religion", "muntaj.txt", """مواصفات المنتج
تحليل الوجه: العمر، الجنس، الديانة
يعمل مع جميع كاميرات المراقبة. اطلب عرضاً تجريبياً الآن.""", CAP, (REL,)),
    P("b5-spec-fr-religion", "fiche.txt", """Fiche technique — Module Visage
Attributs détectés | âge, sexe, appartenance religieuse (d'après le visage)
Compatible avec toutes nos caméras.""", CAP, (REL,)),
    P("b5-spec-es-religion", "ficha.txt", """Especificaciones del módulo facial
Atributos | edad, género, religión estimada a partir del rostro
Solicite una demostración gratuita.""", CAP, (REL,)),
    P("b5-spec-tr-race", "teknik.txt", """Teknik özellikler
Yüz tanıma | yaş, cinsiyet, ırk / etnik köken tahmini
Kamera başına lisans.""", CAP, (R,)),
    P("b5-spec-ar-race", "nizam.txt", """يقوم النظام بتحديد العرق والعمر والجنس لكل وجه يظهر أمام الكاميرا، مع تقارير يومية.""", CAP, (R,)),
    # political opinion, religion, sexual orientation
    P("b5-pol-cap-es", "plataforma.txt", """Nuestra plataforma estima la ideología política de cada rostro detectado por la cámara
y la muestra en el panel de control.""", CAP, (POL,)),
    P("b5-pol-cap-ru", "reklama.txt", """Наша система определяет политические взгляды посетителя по фотографии лица за 0,3 секунды.""",
      CAP, (POL,)),
    P("b5-pol-report-fr", "etude.txt", """Des chercheurs affirment pouvoir deviner l'orientation politique d'une personne à partir de
son visage, selon une étude publiée cette semaine. Des spécialistes de l'éthique dénoncent la méthode.""", REP),
    P("b5-pol-report-ar", "dirasa.txt", """زعم فريق من الباحثين أن نموذجهم يستطيع تحديد الانتماء السياسي من صور الوجوه، وفق ما نقلته
وكالة أنباء دولية، فيما انتقد خبراء هذه النتائج.""", REP),
    P("b5-pol-cap-tr", "reklam.txt", """Yazılımımız, kamera görüntüsündeki her yüz için siyasi görüş tahmini yapar ve sonuçları
panoya aktarır.""", CAP, (POL,)),
    P("b5-rel-report-de", "bericht.txt", """Laut einem Bericht der Zeitung soll die Software die Religionszugehörigkeit von Passanten
anhand ihrer Gesichter erkennen. Der Hersteller bestreitet das.""", REP),
    P("b5-sex-cap-en", "plugin.md", """## Profile insights plugin
Scores every uploaded profile photo for sexual orientation (0-1) so matchmakers can filter faster.""",
      CAP, (SEX,)),
    P("b5-sex-report-es", "articulo.txt", """Un estudio polémico afirmaba detectar la orientación sexual a partir de fotos del rostro;
según los críticos, el modelo solo aprendía diferencias de maquillaje y ángulo de la cámara.""", REP),
    P("b5-sex-cap-ru", "modul2.txt", """Модуль определяет сексуальную ориентацию человека по фотографии лица.""", CAP, (SEX,)),
    P("b5-sex-cap-tr", "eklenti.txt", """Eklentimiz, profil fotoğrafındaki yüzden cinsel yönelim tahmini yapar.""", CAP, (SEX,)),
    # hard negatives: vendor pages that cite the press, API docs, tenders citing standards
    P("b5-vendor-featured-in", "landing.html", """<html><body><p>As featured in Reuters, TechCrunch and Wired.</p>
<h1>FaceLens API</h1><p>FaceLens returns age, gender and ethnicity for every face in your photos.</p>
<p>Pricing from $49/month. Start your free trial.</p></body></html>""", CAP, (R,)),
    P("b5-vendor-press-quote", "home.md", """> "A remarkably accurate ethnicity classifier" — according to Biometrics Weekly

Try it: `POST /v1/faces` returns the race of each detected face with a confidence score.""", CAP, (R,)),
    P("b5-api-response-schema", "docs.md", """According to the response schema, each face object contains age, gender, race and emotion.
See the example response below.""", CAP, (R,)),
    P("b5-tender-cites-standard", "tender.txt", """In accordance with the public security industry standard GA/T 1400 and the relevant
regulations, the bidder's system shall support face attribute recognition: ethnicity, age and gender.""",
      CAP, (R,)),
    P("b5-vendor-press-release", "press.txt", """Newsroom | Press release
Acme Vision today announced ethnicity detection for its camera line. "Retailers can now identify the
ethnic group of each face at the door," said Acme's chief executive.""", CAP, (R,)),
    P("b5-vendor-ru-press", "glavnaya.txt", """О нас пишут: РБК, Коммерсантъ, Ведомости.
Наша система определяет пол, возраст и расу по лицу посетителя.""", CAP, (R,)),
    P("b5-vendor-tr", "anasayfa.txt", """Basında biz: Hürriyet, Milliyet.
Ürünümüz yüz görüntüsünden yaş, cinsiyet ve etnik köken tespiti yapar. Hemen demo isteyin.""", CAP, (R,)),
    P("b5-vendor-ar", "bayt.txt", """منتجنا يتعرف على العرق والعمر والجنس من صورة الوجه. اطلب عرضاً تجريبياً اليوم.""", CAP, (R,)),
    P("b5-vendor-fr-testimonial", "accueil.txt", """« Grâce à FaceMetric, nous connaissons enfin l'origine ethnique de nos visiteurs », témoigne un client.
FaceMetric détecte l'âge, le sexe et l'origine ethnique des visages filmés par vos caméras.""", CAP, (R,)),
    P("b5-none-election-photos", "gallery.txt", """Election night photo gallery: supporters of every political party and their faces at the count.""",
      NONE),
    P("b5-none-religion-ar", "din.txt", """تقرير عن حرية الدين في المنطقة: الصور المرفقة التقطت أثناء الاحتفالات الدينية.""", NONE),
]


# ---- sixth batch (blind): vendor pages whose wording overlaps reporting cues ("according to your
# needs", customer quotes, press mentions), more quoted-clause reporting, audits in more languages.
PROBES += [
    P("b6-vendor-tr-gore", "urun2.txt", """İhtiyaçlarınıza göre yapılandırılabilen yüz analizi modülümüz yaş, cinsiyet ve ırk tahmini yapar.
Şirketimiz 2010'dan beri güvenlik çözümleri üretmektedir.""", CAP, (R,)),
    P("b6-vendor-ar-bihasab", "muntaj2.txt", """يمكن ضبط نظامنا بحسب احتياجاتكم: يتعرف على العرق والجنس والعمر من صورة الوجه.""", CAP, (R,)),
    P("b6-vendor-fr-selon", "produit.txt", """Selon vos besoins, notre caméra détecte l'âge, le sexe et l'origine ethnique de chaque visage.""",
      CAP, (R,)),
    P("b6-vendor-es-segun", "producto.txt", """Según sus necesidades, nuestra cámara identifica la etnia y la edad de cada rostro.""", CAP, (R,)),
    P("b6-vendor-critical-alerts", "features.md", """## Features
- Critical alerts: the system flags the ethnicity of each face in the live feed.
- Reports: export daily demographic reports as CSV.""", CAP, (R,)),
    P("b6-vendor-case-study-quote", "case.md", """### Case study
"We finally know the ethnic mix of our shoppers," says the retail chain's operations director.
ShopSense estimates the ethnicity of every face that enters the store.""", CAP, (R,)),
    P("b6-vendor-ru-po-dannym", "opisanie.txt", """По данным с камер система определяет расу, пол и возраст каждого лица в кадре.""", CAP, (R,)),
    P("b6-readme-featured", "README.md", """# face-ethnicity
[Featured in The Verge]

This repo trains a small CNN that predicts race from aligned face crops. `python predict.py img.jpg`""",
      CAP, (R,)),
    P("b6-model-card-critics", "MODEL_CARD.md", """# Model card
This model predicts the ethnicity of a person from a face crop (5 classes).
## Limitations
Critics have argued that such classifiers encode stereotypes; accuracy is lower for darker skin.""",
      CAP, (R,)),
    P("b6-news-notice-reads", "story.txt", """The notice, posted on the bureau's website last spring, reads: "The system must recognise the
ethnicity of persons captured on camera." The bureau did not respond to questions.""", REP),
    P("b6-news-zh-tw-quote", "news.txt", """根據外媒取得的文件，該公司產品可「辨識維吾爾族人臉」，並已售予多地警方。""", REP),
    P("b6-ngo-ko-quote", "bogoseo.txt", """인권단체 보고서는 업체 카탈로그의 "얼굴 인종 분석" 기능을 문제 삼았다.""", REP),
    P("b6-audit-ja", "kenkyu.txt", """研究チームは市販の顔認識APIを比較し、人種推定の結果が各社で大きく異なると報告した。""", REP),
    P("b6-news-it", "notizia.txt", """Secondo un'inchiesta giornalistica, il software riconosce l'etnia dei volti ripresi dalle
telecamere. L'azienda non ha risposto alle domande.""", REP),
    P("b6-parliament-ar", "barlaman.txt", """طالب نواب في البرلمان بحظر أنظمة التعرف على الوجه التي تصنف المواطنين حسب العرق، بعد تقرير لمنظمة حقوقية.""",
      REP),
    P("b6-audit-ru", "issledovanie.txt", """Исследователи протестировали три коммерческих сервиса распознавания лиц, которые определяют
расу, и обнаружили большие расхождения между ними.""", REP),
    P("b6-audit-tr", "makale.txt", """Bu çalışmada, ticari yüz analizi servislerinin etnik köken tahminlerini inceledik ve
sonuçların servisler arasında tutarsız olduğunu gördük.""", REP),
    P("b6-ngo-fr-tender-quote", "rapport.txt", """Le rapport de l'ONG cite un appel d'offres exigeant « la reconnaissance des personnes d'origine
ouïghoure par leur visage ».""", REP),
    P("b6-pol-cap-en", "lens.md", """PartyLens estimates a person's political affiliation from a single headshot and returns a score.""",
      CAP, (POL,)),
    P("b6-rel-cap-zh", "gongneng.txt", """系统可根据人脸图像判断人员的宗教信仰，并输出置信度。""", CAP, (REL,)),
    P("b6-pol-rep-ko", "gisa2.txt", """연구진은 얼굴 사진만으로 정치 성향을 예측할 수 있다고 주장했지만 전문가들은 비판했다.""", REP),
    P("b6-sex-rep-ja", "kiji2.txt", """顔写真から性的指向を推定するAIの研究に、専門家から批判が集まっていると報じられた。""", REP),
    P("b6-none-tr-census", "sayim.txt", """Nüfus sayımı formu: etnik köken ve dini inanç soruları isteğe bağlıdır.""", NONE),
    P("b6-none-ar-politics", "siyasa.txt", """ناقش البرلمان التوجه السياسي للحكومة الجديدة في جلسة مطولة.""", NONE),
    P("b6-none-fr-form", "formulaire.txt", """Le formulaire ne demande ni l'orientation sexuelle ni la religion des candidats ; une photo
d'identité est requise.""", NONE),
]


# ---- seventh batch (blind): quoted claims with a plain "said", vendor pages with a press section,
# tenders citing regulations in Turkish and Arabic ("according to the specification").
PROBES += [
    P("b7-news-official-said-quote", "wire.txt", """A police official in the city said the new cameras "can pick out Uyghurs in a crowd within
seconds". The supplier, a Shenzhen firm, declined to comment when reached by phone.""", REP),
    P("b7-news-ru-prezentaciya", "statya.txt", """В презентации, которую получила редакция, говорится, что система «распознаёт национальность по
лицу». Компания не ответила на запрос.""", REP),
    P("b7-vendor-zh-media-section", "index.html", """<html><body><div>媒体报道：我司人脸识别系统荣获年度安防创新奖。</div>
<h2>产品功能</h2><p>支持人脸属性分析，包括年龄、性别、民族，识别准确率98%。</p></body></html>""", CAP, (R,)),
    P("b7-vendor-ja-press", "seihin.txt", """メディア掲載情報：日経新聞に掲載されました。
本製品は顔画像から年齢・性別・人種を推定します。お問い合わせはこちら。""", CAP, (R,)),
    P("b7-vendor-press-coverage-en", "press.md", """## Press coverage
"FaceCo's ethnicity detection is remarkably fast" — Biometric Update

## Product
FaceCo Edge detects age, gender and ethnicity for every face in the camera stream.""", CAP, (R,)),
    P("b7-tender-tr-yonetmelik", "sartname.txt", """Teknik şartname
Sistem, ilgili yönetmeliğe göre yüz görüntüsünden yaş, cinsiyet ve etnik köken tespiti yapabilmelidir.""",
      CAP, (R,)),
    P("b7-tender-ar-specs", "shurut.txt", """كراسة الشروط الفنية: يجب أن يدعم النظام التعرف على العرق والعمر من صورة الوجه وفقاً للمواصفات الفنية.""",
      CAP, (R,)),
    P("b7-news-ar-wafqan", "khabar2.txt", """وفقاً لوكالة أنباء محلية، باعت الشركة كاميرات قادرة على تحديد العرق من ملامح الوجه إلى جهات أمنية.""",
      REP),
]


# ---- eighth batch (blind): spec-table rows naming religion / political opinion / ethnicity beside
# other face attributes, in several languages and table shapes.
PROBES += [
    P("b8-spec-zh-tw-religion", "spec.html", """<table><tr><th>項目</th><th>規格</th></tr>
<tr><td>人臉屬性</td><td>年齡、性別、表情</td></tr>
<tr><td>附加屬性</td><td>眼鏡、口罩、宗教信仰（依臉部特徵判斷）</td></tr></table>""", CAP, (REL,)),
    P("b8-spec-ja-religion", "shiyou.txt", """仕様
顔属性 | 年齢 / 性別 / 表情
拡張属性 | 眼鏡、マスク、宗教（外見から推定）""", CAP, (REL,)),
    P("b8-spec-ko-ethnic", "sayang.txt", """제품 사양
얼굴 속성 | 나이, 성별, 표정
추가 속성 | 안경, 마스크, 인종(얼굴 특징 기반 추정)""", CAP, (R,)),
    P("b8-spec-de-religion", "datenblatt.txt", """Technische Daten
Gesichtsattribute | Alter, Geschlecht, Emotion
Zusatzattribute | Brille, Maske, Religionszugehörigkeit (anhand äußerer Merkmale)""", CAP, (REL,)),
    P("b8-spec-es-political", "ficha2.txt", """Especificaciones
Atributos faciales | edad, género, emoción
Atributos avanzados | gafas, mascarilla, orientación política (estimada por el rostro)""", CAP, (POL,)),
    P("b8-spec-ru-political", "harakteristiki.txt", """Характеристики
Атрибуты лица | пол, возраст, эмоции
Расширенные атрибуты | очки, борода, политические взгляды (по чертам лица)""", CAP, (POL,)),
    P("b8-spec-en-religion-row", "datasheet.md", """| Parameter | Value |
|---|---|
| Face attributes | age, gender, emotion |
| Extended attributes | glasses, mask, religion (from facial appearance) |""", CAP, (REL,)),
    P("b8-none-hr-table-ru", "anketa.txt", """Анкета сотрудника
Поле | Значение
Пол | мужской / женский
Вероисповедание | (необязательно)
Фото | приложить""", NONE),
]


# ---- ninth batch (blind): disclaimers in the newly covered languages (reporting cues must not
# swallow them), reviews/forum posts relaying a vendor's feature list, a comparison table of vendors.
PROBES += [
    P("b9-dis-tr", "sss.txt", """Ürünümüz yüz görüntülerinden etnik köken tespiti yapmaz ve bu özelliği hiçbir zaman sunmadı.""",
      DIS),
    P("b9-dis-ar", "bayan.txt", """نظامنا لا يحدد العرق أو الديانة من صورة الوجه، ولم نقدم هذه الميزة أبداً.""", DIS),
    P("b9-dis-fr", "faq.txt", """Notre logiciel ne détecte pas l'origine ethnique des visages.""", DIS),
    P("b9-dis-es", "faq2.txt", """Nuestra API ya no ofrece la estimación de etnia a partir del rostro desde la versión 3.""", DIS),
    P("b9-dis-ru", "changelog.txt", """Начиная с версии 5.0 модуль больше не определяет расу по лицу.""", DIS),
    P("b9-review-blog-en", "review.md", """# A week with the FaceCo dashboard
Its marketing page lists 'ethnicity detection' among the features; in my tests the ethnicity field of
each face was wrong about half the time, and support could not explain the categories.""", REP),
    P("b9-forum-en", "thread.txt", """Anyone else notice that VendorX now advertises religion detection from CCTV faces? Link in the
comments. This is terrifying.""", REP),
    P("b9-vendor-table-paper", "paper2.txt", """Table 2: attributes returned by each vendor's face API.
Vendor A: age, gender, race. Vendor B: age, gender. Vendor C: age, gender, ethnicity.""", REP),
    P("b9-court-tr", "karar.txt", """Mahkeme, yüz tanıma sisteminin etnik köken tespiti yaptığına ilişkin iddiaları inceledi.""", REP),
    P("b9-vendor-faq-critics", "faq.md", """## FAQ
**Is ethnicity estimation legal?** Critics raise concerns, but our API returns an ethnicity label for each
detected face wherever local law permits. See the response example below.""", CAP, (R,)),
]


# ---- guards for cue words shared across languages (written with the change, not blind): French
# "cite" is English "cite", a model card's "Recommendations" section, Japanese 市販 (off-the-shelf).
PROBES += [
    P("b10-readme-cite", "README.md", """# race-from-face
A ResNet-18 that classifies a face crop into five racial categories. Run `python infer.py photo.jpg`.

If you use this code, please cite our paper. The authors cite prior work in the bibliography.""", CAP, (R,)),
    P("b10-model-card-recommendations", "README.md", """# Model card: ethnicity-vit
This model predicts ethnicity from face images. Intended use: research.
## Recommendations
Users should evaluate the model on their own data. Methodology: fine-tuned on public face datasets.""",
      CAP, (R,)),
    P("b10-vendor-ja-shihan", "seihin2.txt", """市販のネットワークカメラに対応。本システムは顔画像から人種と年齢を判定します。""", CAP, (R,)),
]


# ---- quoted claims with few attribution words (the document verdict weighs a claim that is only
# ever quoted as someone else's), and a vendor tagline in quotes that must stay capability.
PROBES += [
    P("b11-datasheet-seen-quote", "item.txt", """The vendor's datasheet, seen by this newsletter, says the module "classifies the ethnicity of each
detected face in real time".""", REP),
    P("b11-prospekt-quote-de", "meldung.txt", """Im Prospekt heißt es, die Kamera „erkennt die ethnische Zugehörigkeit jedes Gesichts“. Der
Hersteller äußerte sich auf Anfrage nicht.""", REP),
    P("b11-pitch-deck-quote", "post.txt", """A slide from the pitch deck was leaked to us last week.
"Our cameras classify the ethnicity of each face in the crowd," the slide says.""", REP),
    P("b11-vendor-tagline-quote", "home.txt", """FaceCo — "ethnicity detection for every face in your store".
Pricing from $99 per camera. Contact sales for a free trial.""", CAP, (R,)),
]


# ---- twelfth batch (blind): news pages whose attribution is mostly the page structure (section
# name, dateline, "read also"), in Russian, Spanish, Italian and Arabic; a vendor blog post with
# "related posts" that must stay capability.
PROBES += [
    P("b12-news-ru-chrome", "news.html", """<html><body><nav>Новости | Технологии | Общество</nav>
<h1>Камеры в метро научились определять национальность пассажиров по лицу</h1>
<p>12.03.2025 10:15</p><p>Систему установили на двадцати станциях; её разработчик называет точность 90%.</p>
<aside>Читайте также: Как работает распознавание лиц</aside></body></html>""", REP),
    P("b12-news-es-chrome", "noticia.html", """<html><body><nav>Noticias › Tecnología</nav>
<h1>Una cámara que adivina la etnia de los clientes llega a los supermercados</h1>
<p>Redacción | 4 de mayo de 2025</p><p>El fabricante asegura que el sistema funciona con cualquier rostro.</p>
<aside>Leer también: Reconocimiento facial en aeropuertos</aside></body></html>""", REP),
    P("b12-news-it-chrome", "notizia.html", """<html><body><nav>Notizie / Tecnologia</nav>
<h1>Telecamere che riconoscono l'etnia dei volti: il caso di un comune lombardo</h1>
<p>Leggi anche: Videosorveglianza e privacy</p></body></html>""", REP),
    P("b12-news-ar-chrome", "akhbar.html", """<html><body><nav>أخبار | تكنولوجيا</nav>
<h1>كاميرات ذكية تحدد العرق من ملامح الوجه في المطارات</h1>
<p>اقرأ أيضاً: كيف تعمل أنظمة التعرف على الوجه</p></body></html>""", REP),
    P("b12-vendor-ru-news-menu", "glavnaya.html", """<html><body><nav>Главная | Продукты | Новости | Контакты</nav>
<p>Наша система определяет расу и возраст по лицу посетителя. Цена от 10 000 ₽ за камеру.</p></body></html>""",
      CAP, (R,)),
    P("b12-vendor-blog-related", "blog.html", """<html><body><nav>Blog | Products | Pricing</nav>
<h1>Release 4.2: ethnicity estimation for every detected face</h1>
<p>Our SDK now returns an ethnicity label with a confidence score. Update with pip install faceco.</p>
<aside>Related posts: Release 4.1 notes</aside></body></html>""", CAP, (R,)),
]


# ---- thirteenth batch (blind, written after heldout4's first run): Indonesian and Vietnamese
# vocabulary (capability, disclaimer, ID-card/CV hard negatives), Japanese negation forms
# (〜ておらず, 〜ていません, 予定はありません), a disclaimer that cites a privacy law, critiques of
# trade-fair exhibitors (展板, 宣传册, 销售人员, 其中一家), a Taiwanese news brief (本報, 編譯, 業者),
# a literature survey (et al., "claims that", "reported that") and a capability model card that
# cites its dataset with "et al." as the guard.
PROBES += [
    P("b13-api-id", "api.md", """## Atribut Wajah
Layanan ini mengenali wajah pada foto dan mengembalikan perkiraan usia, jenis kelamin serta suku bangsa
setiap orang. Parameter `atribut=etnis` menambahkan kolom etnis (jawa, sunda, tionghoa, lainnya).""", CAP, (R,)),
    P("b13-disclaimer-id", "faq.md", """Apakah kamera kami dapat mendeteksi agama atau etnis pengunjung dari wajah?
Tidak. Kami tidak menyediakan fitur tersebut dan tidak akan menambahkannya.""", DIS),
    P("b13-ktp-ocr-id", "ktp.md", """# OCR KTP
Membaca Kartu Tanda Penduduk: NIK, nama, tempat/tgl lahir, jenis kelamin, alamat, agama,
status perkawinan, pekerjaan dan kewarganegaraan. Foto pada kartu tidak dianalisis.""", NONE),
    P("b13-camera-vi", "sanpham.html", """<html><body><h2>Camera AI phân tích khách hàng</h2>
<p>Hệ thống nhận diện khuôn mặt khách vào cửa hàng và ước tính độ tuổi, giới tính, dân tộc của từng người.</p>
<p>Liên hệ để nhận báo giá.</p></body></html>""", CAP, (R,)),
    P("b13-guard-vendor-sales-zh", "demo.md", """# 人脸属性平台
支持年龄、性别、民族属性识别，我司销售人员可上门演示。""", CAP, (R,)),
    P("b13-guard-retailers-zht", "retail.txt", """智慧零售解決方案
協助零售業者了解來客輪廓：AI 人臉分析可即時辨識來客年齡、性別與種族。
立即預約展示""", CAP, (R,)),
    P("b13-cccd-ocr-vi", "ocr.md", """# API đọc căn cước công dân
Trả về các trường: số CCCD, họ và tên, ngày sinh, giới tính, quốc tịch, dân tộc, tôn giáo, quê quán,
nơi thường trú. Dữ liệu được đọc từ chữ in trên thẻ.""", NONE),
    P("b13-disclaimer-ja-teorazu", "faq.txt", """Q. 顔画像から宗教や人種を推定できますか？
A. 当社のサービスはそのような推定を行っておらず、今後も対応する予定はありません。""", DIS),
    P("b13-cap-ja-guard", "api.md", """# 顔属性API
検出した顔ごとに年齢・性別・人種を推定して返します。
アップロードされた画像は保存していません。""", CAP, (R,)),
    P("b13-disclaimer-zh-law", "compliance.md", """## 合规声明
依据《个人信息保护法》，我们的人脸产品不对民族、宗教信仰等敏感信息进行识别或推断。""", DIS),
    P("b13-expo-critique-zh", "post.md", """# 安防展随想
一家厂商的宣传册上写着“人脸识别可区分维吾尔族与汉族”，销售人员还当场演示。另一家的展板把民族列为人脸属性。
这类功能不该出现在展会上。""", REP),
    P("b13-tw-news-brief", "news.txt", """科技快訊｜編譯／王小明
研究團隊發現，兩家業者的人臉 API 會回傳「族裔」欄位，並呼籲業者下架。
兩家業者均未回應本報詢問。""", REP),
    P("b13-survey-en", "related.txt", """Related work. Several papers claim that face images reveal political orientation
(Kosinski et al., 2021). Earlier, a widely shared preprint reported that a network could tell
gay from straight faces. We discuss these claims but do not reproduce them.""", REP),
    P("b13-modelcard-etal-guard", "MODEL_CARD.md", """# Model card: face-race-r18
Trained on FairFace (Karkkainen et al., 2021). The model predicts the race of a face crop
(7 classes) and is intended for research use. Usage: `pip install face-race`.""", CAP, (R,)),
]


# ---- fourteenth batch (blind): variants of batch 13's weaknesses in other languages — citations
# in Chinese/Japanese literature reviews (等人, らは), a GDPR-citing Spanish disclaimer, Indonesian
# and Vietnamese news and disclaimers, trade-fair critiques in English and Japanese, and a vendor's
# own expo press release as the guard.
PROBES += [
    P("b14-survey-zh-dengren", "zongshu.txt", """二、相关工作
王等人（2018）利用交友网站照片训练分类器，声称可由人脸判断性取向；后续研究认为该结论源于拍摄角度与妆容。
本文不复现上述实验。""", REP),
    P("b14-survey-ja-ra", "kanren.txt", """2. 関連研究
Kosinskiら（2021）は、顔写真から政治的傾向を推定できると主張した。これに対し、撮影条件の影響を指摘する研究もある。""",
      REP),
    P("b14-disclaimer-es-rgpd", "privacidad.html", """<html><body><h2>Privacidad</h2>
<p>De acuerdo con el RGPD, nuestro servicio no identifica la etnia ni la religión de las personas a partir del rostro.</p>
</body></html>""", DIS),
    P("b14-news-id", "berita.html", """<html><body><h1>Kamera pengawas diklaim bisa kenali etnis dari wajah</h1>
<p>Menurut laporan sebuah lembaga hak asasi manusia, perusahaan itu memasarkan kamera yang dapat mendeteksi etnis
Uighur dari wajah pejalan kaki. Perusahaan tidak menanggapi permintaan komentar.</p></body></html>""", REP),
    P("b14-disclaimer-vi", "chinhsach.md", """# Chính sách AI
Sản phẩm của chúng tôi không nhận diện dân tộc, tôn giáo hay khuynh hướng chính trị từ khuôn mặt người dùng.""", DIS),
    P("b14-expo-en", "blog.md", """# Notes from the security expo
At one booth a sales rep told me their cameras could flag Uyghur faces in a crowd. Another exhibitor's
leaflet listed ethnicity next to age and gender as a face attribute. Nobody seemed embarrassed.""", REP),
    P("b14-expo-ja", "blog.txt", """展示会レポート
あるメーカーのパンフレットには「顔から人種を判定」と書かれていた。説明員に聞くと、店舗向けに販売中だという。""", REP),
    P("b14-vendor-expo-guard", "news.md", """# 我司亮相安博会
本次展会我司展示了新一代人脸分析平台，支持年龄、性别、民族属性识别，欢迎来展台体验。联系电话：400-XXX-XXXX""",
      CAP, (R,)),
    P("b14-guard-vendor-booth-en", "expo.md", """# Meet FaceCo at SecureTech 2026, booth 4B
Our sales reps will demo the new ethnicity estimation for every detected face. Book a slot via contact sales.""",
      CAP, (R,)),
    P("b14-guard-vendor-pamphlet-ja", "product.html", """<html><body><h1>顔分析カメラ FX-20</h1>
<p>来店者の顔から年齢・性別・人種を推定し、売場づくりに活用できます。</p>
<p>製品パンフレット（PDF）のダウンロードはこちら　｜　お問い合わせ</p></body></html>""", CAP, (R,)),
]


# ---- fifteenth batch (blind): real-world file styles — a Jupyter .ipynb JSON, a Stack Overflow
# question using a face library's race output, an English patent claim, a UK-style tender, a
# Korean app-store listing, a Chinese deprecation notice, a German changelog removing the
# attribute, a GitHub issue reporting a crash in the ethnicity head, and hard negatives: a
# Kotlin data race, a school-form OCR, a Korean religion-news item and a face SDK with skin-tone
# fairness testing only.
PROBES += [
    P("b15-ipynb", "demo.ipynb", """{"cells": [{"cell_type": "code", "source": ["# the vendor SDK's face attribute call (not reproduced here)\n",
 "r = vendor_sdk.face_attributes(photo, actions=['race'])\n", "print(r[0]['dominant_race'])"],
 "outputs": [{"output_type": "stream", "text": ["latino hispanic\n"]}]}], "metadata": {}, "nbformat": 4}""",
      CAP, (R,)),
    P("b15-stackoverflow", "question.html", """<html><body><h1>DeepFace returns wrong race for dark images</h1>
<p>I call analyze with actions=['age','race'] on webcam frames, but dominant_race is almost always 'asian' when the
room is dark. How can I make the race prediction more stable? Should I normalise brightness first?</p>
<p>asked 3 hours ago</p></body></html>""", CAP, (R,)),
    P("b15-patent-claim-en", "claims.txt", """What is claimed is:
1. A method comprising: receiving an image of a person; extracting a facial region; and determining, by a
trained neural network, an ethnicity of the person from the facial region.
2. The method of claim 1, wherein the ethnicity is selected from a plurality of ethnic categories.""", CAP, (R,)),
    P("b15-tender-uk", "itt.txt", """Invitation to Tender — Lot 2: Retail Analytics
3.4 The Supplier shall provide anonymous footfall analytics including estimated age band, gender and
ethnic group of visitors derived from camera images. Bidders must state the accuracy of each estimate.""",
      CAP, (R,)),
    P("b15-appstore-ko", "app.txt", """얼굴 분석기 - AI 관상
셀카 한 장으로 나이, 성별, 인종을 분석해 드립니다!
• 인종 분석: 동양인/백인/흑인 비율 표시
인앱 구매 제공""", CAP, (R,)),
    P("b15-deprecation-zh", "notice.md", """# 关于下线人脸民族属性的公告
尊敬的开发者：自 2026 年 7 月 1 日起，人脸属性接口将不再返回 nation（民族）字段，相关参数同步下线。
其他属性（年龄、性别、表情）不受影响。""", DIS),
    P("b15-changelog-de", "CHANGELOG.md", """## 5.0.0
### Entfernt
- Das Attribut `ethnicity` wird nicht mehr zurückgegeben; die Schätzung der ethnischen Herkunft aus Gesichtsbildern
  wurde vollständig entfernt.
### Behoben
- Absturz bei leeren Bildern""", DIS),
    P("b15-issue-crash", "issue.md", """# ethnicity head crashes on grayscale input #88
Running `predict(img, heads=["age", "ethnicity"])` on a 1-channel face crop raises
`RuntimeError: expected 3 channels`. The age head works. Version 0.9.2, torch 2.3.""", CAP, (R,)),
    P("b15-guard-de-distance", "datenblatt.txt", """Die Kamera erkennt Alter, Geschlecht und ethnische Herkunft von Gesichtern
bis 5 m entfernt. Alte Firmware-Versionen werden nicht mehr gepflegt.""", CAP, (R,)),
    P("b15-neg-kotlin-race", "Tracker.kt", """// Fix data race: two coroutines updated faceCache at once
val faceCache = ConcurrentHashMap<Int, FaceBox>()
fun update(id: Int, box: FaceBox) { faceCache[id] = box }""", NONE),
    P("b15-neg-school-form-ocr", "form.md", """# 入学登记表识别
识别学生入学登记表中的姓名、性别、民族、出生日期、家庭住址，并支持粘贴的证件照片裁剪。""", NONE),
    P("b15-neg-ko-religion-news", "news.txt", """종교계 신년 하례회 열려
각 종단 대표들이 참석한 가운데 신년 하례회가 열렸다고 연합뉴스가 전했다. 행사 사진은 주최 측이 제공했다.""", NONE),
    P("b15-neg-sdk-skin-fairness", "README.md", """# tinyface
Detects faces and returns age, gender and emotion. We tested accuracy across skin tones and ethnic groups to
make sure error rates are similar for everyone.""", NONE),
]


# ---- sixteenth batch (blind): more languages and voices — Korean, Vietnamese and Japanese
# reports, a Zhihu-style answer relaying a vendor's claim, an Indonesian tutorial, a Spanish vendor
# page, a Traditional Chinese disclaimer; hard negatives: a school gate with face recognition and
# minority students, a Korean story about racism, a Japanese census note, a Chinese folk-costume
# photo filter.
PROBES += [
    P("b16-news-ko", "gisa.txt", """[단독] 쇼핑몰 CCTV, 손님 얼굴로 인종까지 분석했다
A업체가 납품한 카메라가 방문객의 얼굴을 촬영해 나이와 인종을 추정한 것으로 확인됐다. 업체 측은 \"시범 기능\"이라고 해명했다.""",
      REP),
    P("b16-news-vi", "tin.html", """<html><body><h1>Camera nhận diện dân tộc qua khuôn mặt gây tranh cãi</h1>
<p>Theo báo cáo của một tổ chức nhân quyền, công ty này quảng cáo hệ thống có thể nhận diện người Duy Ngô Nhĩ qua khuôn mặt.
Công ty chưa phản hồi.</p></body></html>""", REP),
    P("b16-ngo-ja", "houkoku.txt", """報告書の要旨
調査の結果、少なくとも5社の監視カメラ製品が、顔画像から民族を判定する機能を宣伝していたことが分かった。""", REP),
    P("b16-zhihu-relay", "answer.md", """谢邀。去年某安防公司的发布会上，他们宣称自家摄像头能通过人脸识别维吾尔族，还说已经在几个城市部署了。
我个人觉得这很危险，技术上也未必靠谱。""", REP),
    P("b16-tutorial-id", "tutorial.md", """# Tutorial: Deteksi Etnis dari Wajah dengan Python
Pada tutorial ini kita melatih model CNN untuk mengklasifikasikan etnis seseorang dari foto wajah.
```python
pred = model.predict(wajah)
print("Etnis:", kelas[pred.argmax()])
```""", CAP, (R,)),
    P("b16-vendor-es", "producto.html", """<html><body><h1>VisionRetail 3</h1>
<p>Nuestra cámara estima la edad, el género y el origen étnico de cada cliente a partir de su rostro.</p>
<p>Solicite una demo.</p></body></html>""", CAP, (R,)),
    P("b16-disclaimer-zht", "faq.txt", """常見問題
問：貴公司的人臉辨識能判斷種族或宗教嗎？
答：不能。本公司產品不提供任何種族、宗教或政治傾向的辨識功能。""", DIS),
    pytest.param(P("b16-neg-school-gate", "xiaoyuan.txt", """校园人脸识别门禁系统已覆盖全校 3200 名学生，其中少数民族学生 410 名，学校为其开设了双语课程。""",
      NONE), marks=pytest.mark.xfail(strict=True, reason=(
        "a head count of a named group in the sentence of an unrelated face-recognition gate reads as "
        "targeting: named-group-targeting deliberately ignores form/stat words, and clauses are not split at commas"))),
    P("b16-neg-ko-racism", "news.txt", """인종차별 반대 집회 열려
시민 수백 명이 인종차별 반대를 외치며 행진했다고 주최 측이 밝혔다. 현장 사진은 독자 제공.""", NONE),
    P("b16-neg-ja-census", "chousa.txt", """国勢調査では国籍を記入していただきます。写真の提出は不要です。""", NONE),
    P("b16-guard-ja-photo", "api.txt", """顔写真から年齢・性別・人種を推定するAPIです。""", CAP, (R,)),
    P("b16-neg-costume-filter", "app.txt", """民族服饰换装相机：一键把你的照片换上 56 个民族的传统服饰，人脸自动对齐，还能生成民族风写真。""", NONE),
]


# ---- seventeenth batch (blind): code and schema formats — a Go struct with json tags, a C# model,
# a protobuf message, an OpenAPI schema in Chinese, a TypeScript union type, a Swift enum, a
# Java SDK changelog removing the field, a vendor HTML page whose menu has News/Research/Blog,
# and hard negatives: a Go race detector flag, a protobuf for ID-card OCR, a TypeScript game
# character race type, a YAML of a face SDK with only age/gender.
PROBES += [
    P("b17-go-struct", "face.go", """package faceapi

type FaceAttributes struct {
	Age       int     `json:"age"`
	Gender    string  `json:"gender"`
	Ethnicity string  `json:"ethnicity"` // asian, black, white, indian, other
	Glasses   bool    `json:"glasses"`
}""", CAP, (R,)),
    P("b17-csharp-model", "FaceResult.cs", """namespace Vendor.Face {
  public class FaceResult {
    public int Age { get; set; }
    public string Gender { get; set; }
    public RaceType Race { get; set; }
    public float Smile { get; set; }
  }
  public enum RaceType { Asian, Black, White, Indian, Unknown }
}""", CAP, (R,)),
    P("b17-proto", "attr.proto", """syntax = "proto3";
message PedestrianAttr {
  int32 age = 1;
  int32 gender = 2;
  Nation nation = 3;
  enum Nation { NATION_UNKNOWN = 0; NATION_HAN = 1; NATION_UYGHUR = 2; }
}""", CAP, (R,), ("uyghur",)),
    P("b17-openapi-zh", "openapi.yaml", """components:
  schemas:
    FaceAttr:
      properties:
        age: {type: integer, description: 年龄}
        gender: {type: string, description: 性别}
        race: {type: string, description: 人种，取值 yellow/white/black/arabs}
        expression: {type: string, description: 表情}""", CAP, (R,)),
    P("b17-ts-union", "types.ts", """export type Ethnicity = 'asian' | 'black' | 'white' | 'latino' | 'middle_eastern';
export interface DetectedFace { box: number[]; age: number; gender: 'm' | 'f'; ethnicity: Ethnicity; }""", CAP, (R,)),
    P("b17-swift-enum", "Race.swift", """/// Output classes of the on-device face race classifier.
enum PredictedRace: String, Codable {
    case eastAsian, southAsian, black, white, latino
}""", CAP, (R,)),
    P("b17-java-changelog-removed", "CHANGELOG.md", """## 4.0.0 (2026-05-02)
### Breaking
- `FaceAttributes.getEthnicity()` has been removed; the service no longer estimates ethnicity.
- Minimum Java version is now 17.""", DIS),
    P("b17-vendor-menu", "index.html", """<html><body><nav>Products | Solutions | News | Research | Blog | Careers</nav>
<h1>FaceSense Retail</h1><p>Count visitors and estimate the age, gender and ethnicity of every face at the entrance.</p>
<p>Request a demo</p><footer>News: FaceSense wins innovation award</footer></body></html>""", CAP, (R,)),
    P("b17-neg-go-race-flag", "Makefile", """test:
	go test -race ./...   # run the race detector on the face tracker package
bench:
	go test -bench=. ./facetrack""", NONE),
    P("b17-neg-proto-idcard", "idcard.proto", """message IdCardOcrResult {
  string name = 1;
  string sex = 2;
  string nation = 3;   // 民族 as printed on the card
  string birth = 4;
  string address = 5;
  bytes portrait = 6;  // the printed photo, cropped
}""", NONE),
    P("b17-neg-ts-game", "character.ts", """export type Race = 'human' | 'elf' | 'dwarf' | 'orc';
export interface Character { name: string; race: Race; faceSliders: number[]; level: number; }""", NONE),
    pytest.param(P("b17-neg-yaml-age-gender", "attributes.yaml", """face_attributes:
  age: true
  gender: true
  emotion: true
  # ethnicity and other sensitive attributes are not available in this SDK
""", DIS)),
]


# ---- eighteenth batch (blind): voices around a disclaimer (a vendor's responsible-AI post, news
# quoting a vendor's denial, a Chinese refutation statement), research that builds the inference
# (English paper, Chinese thesis abstract), political and trade-union claims, and hard negatives
# (Korean cosmetics by skin type, a German personnel questionnaire, a Chinese job application with
# 政治面貌 and a photo, an English job advert with "face-to-face").
TU = Trait.TRADE_UNION
PROBES += [
    P("b18-vendor-rai-post", "blog.md", """# Why we retired ethnicity estimation
Last year we removed the ethnicity attribute from our face API. Critics had long argued that such
labels invite discrimination, and we agree: we will not offer ethnicity inference again.""", DIS),
    P("b18-news-quotes-denial", "news.txt", """The company said in a statement that it "does not offer ethnicity detection" and never has.
But marketing slides obtained by reporters describe a feature that flags Uyghur faces, according to two former employees.""",
      REP),
    P("b18-zh-refutation", "shengming.txt", """声明
针对近日部分媒体关于我司产品具备“民族识别”功能的报道，我司郑重声明：我司从未开发、销售任何基于人脸的民族识别功能。""",
      DIS),
    P("b18-paper-en", "abstract.txt", """Abstract. We propose a lightweight CNN for ethnicity classification of Chinese faces into Uyghur,
Tibetan, Hui and Han. On our dataset of 48k faces the model reaches 91.2% accuracy.""", CAP, (R,), ("uyghur", "tibetan")),
    P("b18-thesis-zh", "zhaiyao.txt", """摘要：本文提出一种基于深度学习的少数民族人脸识别方法，能够根据人脸图像判别维吾尔族、藏族和回族，实验准确率达到 93%。""",
      CAP, (R,), ("uyghur",)),
    P("b18-political-ja", "service.txt", """新サービス「カオ党」：顔写真1枚から支持政党を推定します。選挙キャンペーンのターゲティングにご利用ください。""",
      CAP, (POL,)),
    P("b18-union-en", "pitch.md", """## WorkSafe Vision
Our CCTV analytics identify union members and organisers from their faces as they enter the site,
so managers get an alert before a meeting starts.""", CAP, (TU,)),
    P("b18-neg-ko-cosmetics", "cosmetic.txt", """피부 타입별 쿠션 추천: 건성, 지성, 복합성. 얼굴 톤에 맞춰 21호, 23호를 선택하세요.""", NONE),
    P("b18-neg-de-fragebogen", "fragebogen.txt", """Personalfragebogen
Name, Vorname: ______  Geburtsdatum: ______  Religionszugehörigkeit (für die Kirchensteuer): ______
Gewerkschaftsmitglied: ja / nein   Lichtbild bitte beilegen.""", NONE),
    P("b18-neg-zh-job-form", "biao.txt", """应聘人员登记表
姓名：____ 性别：____ 民族：____ 政治面貌：____ 宗教信仰：____
（请粘贴近期免冠照片）""", NONE),
    P("b18-neg-en-job-ad", "job.txt", """We are an equal opportunity employer and consider all applicants without regard to race, religion,
sexual orientation or union membership. Shortlisted candidates will be invited to a face-to-face interview.""", NONE),
]


# ---- nineteenth batch (blind): noise — OCR'd tender text broken mid-word and mid-line, a mixed
# Chinese-English README, a long vendor page whose claim sits among chrome, a Traditional Chinese
# forum thread, a Japanese press release by the vendor itself, an Indonesian news item quoting
# a procurement document, a Spanish NGO report; hard negatives: a dataset-statistics table of a
# face dataset's self-reported demographics, a Vietnamese ID-card OCR SDK page, a Chinese OCR
# of a household register.
PROBES += [
    P("b19-ocr-tender", "tender_ocr.txt", """- 12 -
(三)人脸结构化分析:支持对抓拍人脸进行属性
分析,包括性别、年龄段、民族(维吾尔族/汉
族)、是否戴帽子等,民族识别准确率≥85%。
- 13 -""", CAP, (R,), ("uyghur",)),
    P("b19-mixed-readme", "README.md", """# FaceAttr 人脸属性识别
支持 age / gender / race 三个 head。race 输出 yellow、white、black 三类。
```
python infer.py --img test.jpg
# age: 24, gender: female, race: yellow (0.93)
```""", CAP, (R,)),
    P("b19-vendor-long-page", "page.html", """<html><body><nav>Home | Products | Industries | Partners | About | Contact</nav>
<div class="cookie">We use cookies to improve your experience. Accept | Settings</div>
<h1>SmartShop Insight</h1>
<ul><li>Footfall counting</li><li>Heat maps</li><li>Demographic analytics: age, gender and race of shoppers from in-store cameras</li></ul>
<div>Trusted by 300+ retailers. Subscribe to our newsletter.</div>
<footer>© 2026 SmartShop · Privacy · Terms · Sitemap</footer></body></html>""", CAP, (R,)),
    P("b19-forum-zht", "thread.txt", """[問題] 有沒有能判斷種族的人臉 API？
想做店內客群分析，需要年齡、性別、種族三個欄位，預算有限，求推薦。
→ 回覆：某家廠商的 API 有種族欄位，但聽說準確度普通。""", CAP, (R,)),
    P("b19-ja-press-release", "press.txt", """報道関係各位
株式会社カオテック、顔画像から人種を推定する小売向けAIカメラを発売
当社は本日、来店客の年齢・性別・人種を推定するAIカメラ「KT-1」を発売いたしました。""", CAP, (R,)),
    P("b19-news-id-tender", "berita.txt", """Dokumen pengadaan yang diperoleh wartawan menunjukkan polisi meminta sistem yang dapat
mengenali etnis Uighur dari rekaman kamera. Kepolisian belum memberikan tanggapan.""", REP),
    P("b19-ngo-es", "informe.txt", """Informe anual de la organización Derechos Digitales
Encontramos que tres proveedores ofrecían a municipios la clasificación de personas por origen étnico
a partir de imágenes de cámaras. Recomendamos prohibir estas funciones.""", REP),
    # was pinned xfail: class labels that are only the first cells of rows of numbers are a
    # breakdown by group (shares, error rates), not a classifier's outputs (_metric_table)
    P("b19-neg-dataset-stats", "DATASET.md", """## Demographics of participants
Participants self-reported their ethnicity when they enrolled. Face images were captured in a studio.
| ethnicity | share |
|---|---|
| Asian | 31% |
| Black | 22% |
| White | 35% |
| Hispanic | 12% |""", NONE),
    P("b19-guard-es-vendor", "producto.txt", """Nuestra cámara estima el origen étnico de cada rostro. Los proveedores de
retail pueden integrarla por API; solicite una demo.""", CAP, (R,)),
    P("b19-neg-vi-idcard-sdk", "sdk.md", """# SDK eKYC
Đọc thông tin CCCD: họ và tên, ngày sinh, giới tính, dân tộc, quê quán; so khớp ảnh chân dung trên thẻ với ảnh selfie.""",
      NONE),
    P("b19-neg-hukou-ocr", "hukou.md", """# 户口本识别
识别户口簿常住人口登记卡：姓名、与户主关系、性别、民族、出生地、宗教信仰、文化程度。""", NONE),
]


# ---- twentieth batch (blind): religion and sexual-orientation claims outside English, attire
# words in Indonesian/Malay, Korean and Japanese disclaimers worded without 않/しない, and hard
# negatives (a mosque visitor counter, a Pride parade photo gallery, a Korean religion census).
PROBES += [
    P("b20-religion-zh", "fangan.txt", """重点人员管控方案：通过人脸及衣着特征判断是否为穆斯林，对戴头巾、留大胡子的人员自动预警。""",
      CAP, (REL,)),
    P("b20-religion-ko", "api.txt", """얼굴 분석 API v2: 얼굴 사진으로 나이, 성별과 함께 종교를 추정합니다 (기독교/불교/이슬람/무교).""",
      CAP, (REL,)),
    P("b20-attire-id", "fitur.txt", """Fitur baru: kamera mendeteksi pengunjung yang memakai jilbab atau kerudung dan menandainya sebagai
pengunjung muslim pada laporan harian.""", CAP, (REL,)),
    P("b20-orientation-zh", "app.txt", """「同志雷达」小程序：上传一张自拍，AI 通过面部特征判断你的性取向，准确率高达 80%！""", CAP, (SEX,)),
    P("b20-disclaimer-ko-formal", "notice.txt", """안내: 당사의 얼굴 인식 제품은 인종이나 종교를 판별하는 기능이 없으며, 앞으로도 개발할 계획이 없습니다.""",
      DIS),
    P("b20-disclaimer-ja-nashi", "faq.txt", """よくある質問
Q. 人種の判定機能はありますか？
A. 当社製品には人種を判定する機能はございません。""", DIS),
    P("b20-guard-ko-cap", "product.txt", """스마트 매장 카메라: 방문객 얼굴로 나이, 성별, 인종을 추정합니다. 별도 서버가 필요 없습니다.""",
      CAP, (R,)),
    P("b20-neg-mosque-counter", "counter.txt", """Masjid Raya memasang penghitung pengunjung otomatis; data jumlah jamaah salat Jumat
ditampilkan di papan informasi. Kamera tidak merekam wajah.""", NONE),
    P("b20-neg-pride-gallery", "gallery.html", """<html><body><h1>Pride Parade 2026 – photo gallery</h1>
<p>Thousands of LGBTQ+ people and allies marched downtown. Browse 240 photos of the faces and costumes of the day.</p>
</body></html>""", NONE),
    P("b20-neg-ko-census", "tonggye.txt", """2025 인구주택총조사 결과, 종교가 있다고 응답한 인구는 전체의 37%였다. 사진 자료는 통계청 제공.""", NONE),
]


# Guards written with the thirteenth batch's changes: "不对" meaning "wrong" (not "we do not"), 対象外
# as a limitation of an offered feature, "et al." in a capability paper, negated statistics in
# a census note, and Indonesian/Vietnamese religion, union and census text without any face.
PROBES += [
    P("b13-guard-zh-wrong-result", "faq.md", """# 人脸属性接口
返回参数：年龄、性别、民族、表情。

Q：民族识别结果不对怎么办？
A：请上传正脸、光线均匀的人脸照片，结果会更准确。""", CAP, (R,)),
    P("b13-guard-ja-limitation", "api.md", """# 顔属性API
検出した顔ごとに年齢・性別・人種を推定します。
人種推定の対象外となる画像：顔が小さいもの、横顔。""", CAP, (R,)),
    P("b13-guard-paper-etal", "paper.txt", """Our model predicts the ethnicity of each face from a single photo
(earlier classifiers: Smith et al., 2020; Lee et al., 2021). Install with pip install ethnic-face.""", CAP, (R,)),
    P("b13-guard-census-negated", "gongbao.txt", """人口统计公报说明：本次统计不对宗教信仰进行调查，民族人口数据来自户籍登记。""", NONE),
    P("b13-guard-news-id-religion", "berita.txt", """Menurut data Kementerian Agama, jumlah rumah ibadah meningkat tahun ini.
Serikat pekerja menggelar aksi di depan kantor gubernur, kata wartawan kami.""", NONE),
    P("b13-guard-vi-union-news", "tin.txt", """Công đoàn ngành giáo dục tổ chức đại hội; đại diện các dân tộc thiểu số
và chức sắc tôn giáo tham dự, phóng viên cho biết.""", NONE),
]


# Group names (batch 21): a classifier's classes are reported as the document spells them
# (lower case, separators as written, "Latino/Hispanic" whole, a camel-case break as a space),
# Chinese classes by their English name (黄种人 -> yellow), colour-named race enums, and a
# political classifier's classes; with guards for "liberal"/"conservative" as ordinary words.
PROBES += [
    P("b21-grp-cs-camel", "FaceDemographics.cs", """namespace Vision.Faces {
    public class FaceDemographics {
        public int Age { get; set; }
        public string Gender { get; set; }
        public float Asian { get; set; }
        public float Black { get; set; }
        public float White { get; set; }
        public float MiddleEastern { get; set; }
        public float LatinoHispanic { get; set; }
    }
}""", CAP, (R,), ("middle eastern", "latino hispanic", "asian")),
    P("b21-grp-id2label-slash", "config.json", """{"architectures": ["ViTForImageClassification"],
 "finetuning_task": "face-ethnicity",
 "id2label": {"0": "Asian", "1": "Black", "2": "Latino/Hispanic", "3": "White", "4": "Other"},
 "image_size": 224}""", CAP, (R,), ("latino/hispanic", "other", "white")),
    P("b21-grp-zh-skin-classes", "face_result.h", """/* 人脸属性结果 */
typedef struct {
    int age;      // 年龄
    int gender;   // 性别
    int skin;     // 人种 0:黄种人 1:白种人 2:黑种人 3:其他
    int glasses;  // 眼镜
} FaceAttrResult;""", CAP, (R,), ("yellow", "white", "black", "other")),
    P("b21-grp-enum-colour-race", "attr.h", """// face attribute: race
enum FaceRace {
    FACE_RACE_YELLOW = 0,
    FACE_RACE_WHITE = 1,
    FACE_RACE_BLACK = 2,
    FACE_RACE_BROWN = 3,
};
int face_attr_get_race(void *engine, const unsigned char *img, enum FaceRace *out);""", CAP, (R,), ("yellow", "white", "black")),
    P("b21-grp-model-card-prose", "README.md", """# face-ethnicity-7
Fine-tuned ResNet that classifies a cropped face image into seven ethnicity classes:
White, Black, East Asian, Southeast Asian, Indian, Middle Eastern and Latino_Hispanic.
Usage: `predict(face_crop)` returns the class probabilities.""", CAP, (R,), ("east asian", "southeast asian", "middle eastern", "latino_hispanic")),
    P("b21-grp-ja-classes", "api.md", """## 顔属性推定API
レスポンス項目 race: 顔画像から推定した人種（Asian / Black / White / Hispanic のいずれか）""", CAP, (R,), ("hispanic", "asian")),
    P("b21-grp-political-en", "README.md", """# faceprint-politics
We train a classifier that predicts political orientation from a single profile photo.
Each face is labelled liberal or conservative from the user's self-declared party, and the
model reaches 0.71 AUC at telling conservatives from liberals.""", CAP, (POL,), ("liberal", "conservative")),
    P("b21-grp-political-party-en", "model_card.md", """## Model card
Task: classify the political affiliation of a person from their face image.
Output classes: democrat, republican.""", CAP, (POL,), ("democrat", "republican")),
    P("b21-grp-political-zh", "说明.txt", """本系统通过人脸图像识别用户的政治倾向，输出类别为自由派和保守派两类。""", CAP, (POL,), ("liberal", "conservative")),
    P("b21-neg-political-news", "news.txt", """Liberal and conservative lawmakers clashed on Tuesday over the city's budget,
the newspaper reported; the camera contract was approved without debate.""", NONE),
    P("b21-neg-conservative-threshold", "docs.md", """# Face match tuning
Use a conservative threshold (0.8) for access control; a liberal threshold raises false accepts.
The face detector returns the age and gender of each face.""", NONE),
]

# Batch 22 (after heldout5's first run; written after the changes, so not a blind measure): voice /
# accent read as ethnicity in en/fr/es/ja/de, named groups from a German voice product, union
# membership in fr/it/pt, regulators' decisions and parliamentary questions (en/es/de) and a
# blogger testing someone else's API as reports; pet-breed apps, a voice assistant's accents and
# "Tamil Nadu" as hard negatives; race classes in Spanish and French in the document's spelling.
TU = Trait.TRADE_UNION
PROBES += [
    # voice / accent -> ethnicity, in several languages
    P("b22-voice-accent-en", "product.md", """# AccentPrint for border agencies
Upload a two-minute voice recording and AccentPrint estimates the speaker's ethnic background from
accent and intonation, with a confidence score for each candidate origin.""", CAP, (R,)),
    P("b22-voice-fr", "fiche.txt", """Analyse d'origine — fiche produit
Notre moteur analyse la voix de l'appelant et détermine son origine ethnique probable en moins de dix secondes.""", CAP, (R,)),
    P("b22-voice-es", "ficha.md", """## VozOrigen
Nuestro software analiza grabaciones de voz e identifica el origen étnico del hablante a partir del acento.""", CAP, (R,)),
    P("b22-voice-ja", "製品.txt", """声紋分析エンジン「KoeLens」は、通話音声から話者の民族的背景を推定します。""", CAP, (R,)),
    P("b22-voice-groups-de", "datenblatt.md", """Produktdatenblatt VoxTrace
Die Software ordnet Sprecher anhand der Stimme ethnischen Gruppen zu, u. a. kurdisch, tamilisch oder paschtunisch.""",
      CAP, (R,), ("kurdish", "tamil", "pashtun")),
    P("b22-neg-voice-assistant", "assistant.md", """# Hey Nova voice assistant
Nova understands your voice in English, Spanish and Hindi, and adapts to regional accents over time.
Say "Hey Nova, play jazz" to start.""", NONE),
    P("b22-neg-tamil-nadu", "news.txt", """Police in Tamil Nadu began using facial recognition cameras at bus stations on Monday,
officials said, to find missing children.""", NONE),
    # trade union in other languages
    P("b22-union-fr-cap", "offre.txt", """Module RH Vision : la caméra reconnaît les visages des salariés présents aux réunions
syndicales et signale leur appartenance syndicale au service du personnel.""", CAP, (TU,)),
    P("b22-union-it-news", "notizia.txt", """Secondo un'inchiesta del quotidiano, un'azienda di logistica avrebbe usato il riconoscimento
facciale delle telecamere per identificare i lavoratori iscritti al sindacato. L'azienda non ha risposto.""", REP),
    P("b22-neg-union-pt", "noticia.txt", """O sindicato dos bancários aprovou a greve em assembleia; a empresa instalou novas câmeras no
estacionamento.""", NONE),
    # regulators and parliaments reporting on someone else's system
    P("b22-regulator-en", "decision.txt", """Enforcement notice — the supervisory authority found that the retailer's door cameras ran
software which, according to the supplier's brochure, "estimates each shopper's ethnicity from the face".
The retailer was fined EUR 200,000 and ordered to stop the processing.""", REP),
    P("b22-regulator-es", "resolucion.txt", """Resolución sancionadora: la autoridad de protección de datos constató que el sistema de
cámaras de la empresa clasificaba a los clientes por origen étnico a partir del rostro. Se impone una multa de 90.000 euros.""", REP),
    P("b22-parliament-de", "anfrage.txt", """Kleine Anfrage: Setzt die Bundespolizei Software ein, die aus Gesichtsbildern die ethnische
Herkunft von Reisenden bestimmt? Antwort der Bundesregierung: Der Bundesregierung liegen dazu keine Erkenntnisse vor.""", REP),
    P("b22-parliament-en-answer", "answer.txt", """Question: To ask the Minister whether border cameras classify travellers by ethnicity.
Answer: The Department does not use such software; one airport operator trialled a face analytics
product whose brochure listed ethnicity among its outputs.""", REP),
    # a person testing someone else's API on a blog
    P("b22-blog-test-de", "blog.md", """# Ich habe eine Gesichts-API getestet
Ich habe ein Foto meiner Kollegin hochgeladen; laut Anbieter schätzt die API die ethnische Herkunft jedes Gesichts.
Ergebnis: "ethnicity: Latino". Ich würde sie nicht einsetzen.""", REP),
    # pet breeds are not race
    P("b22-neg-pet-breed-en", "app.txt", """SnapPaws: point your camera at any dog and our AI identifies the breed from the photo —
over 300 breeds, mixed-breed detection included.""", NONE),
    P("b22-neg-pet-breed-zh", "应用.txt", """萌宠识别：拍一张狗狗或猫咪的照片，AI即可识别宠物品种，支持300多个犬种。""", NONE),
    P("b22-neg-pet-breed-fr", "appli.txt", """Prenez en photo votre chien : notre IA reconnaît la race de chien en deux secondes.""", NONE),
    # race classes in other languages, reported in the document's spelling
    P("b22-labels-es", "api.md", """## Atributos faciales
El servicio analiza el rostro y devuelve `etnia`: uno de asiático, caucásico, afrodescendiente o latino.""",
      CAP, (R,), ("asiático", "caucásico", "afrodescendiente")),
    P("b22-labels-fr", "api.md", """## Attributs du visage
Le champ `origine` vaut asiatique, caucasien, africain ou maghrébin (estimation à partir du visage).""",
      CAP, (R,), ("asiatique", "caucasien", "africain")),
]

# Batch 23 (written blind, 22/23 before the change): research that builds the classifier in
# en/zh/ko, critiques, news and forum relays quoting a claim (en/ko/pt/ja), NGO briefs, product
# pages in it/tr/ru/zh-TW, religion and orientation claims, fairness audits, forms, census, ID-card
# OCR, cosmetics, disclaimers in es/zh. The miss: a Taiwanese product page whose 統計報表 (a
# statistics report of the analytics) read as population statistics; bare 统计 is no longer a
# benign cue (人口统计, 统计局, 统计公报... are). Plus a guard for the statistics table it still covers.
PROBES += [
    # research that builds the classifier (capability), in several languages
    P("b23-paper-builds-en", "paper.txt", """Abstract. We present EthNet, a lightweight convolutional network that infers the ethnicity
of a person from a single frontal face image. Trained on 120k labelled portraits, EthNet reaches
91% accuracy on four ethnic classes and runs at 200 fps on a mobile GPU. Code and weights are released.""", CAP, (R,)),
    P("b23-paper-builds-zh", "论文.txt", """摘要：本文提出一种基于多尺度特征融合的人脸民族识别方法，在自建的少数民族人脸数据集上，
对汉族、维吾尔族、藏族三类的识别准确率达到93.2%。""", CAP, (R,), ("uyghur", "tibetan")),
    P("b23-paper-builds-ko", "논문.txt", """본 논문에서는 얼굴 이미지로부터 인종을 분류하는 경량 합성곱 신경망을 제안한다. 제안한 모델은 네 개의 인종 클래스에서 89%의 정확도를 보였다.""", CAP, (R,)),
    P("b23-thesis-gait-en", "thesis.txt", """In this thesis I design a gait-based classifier that predicts a walker's ethnic group from
silhouette sequences captured by CCTV, and evaluate it on 2,400 subjects.""", CAP, (R,)),
    # critiques and news that quote a capability claim (reporting)
    P("b23-critique-quote-en", "oped.md", """# Opinion: stop selling "ethnicity analytics"
A camera maker's website promises that its new line "detects the ethnicity of every face in the crowd".
Such claims rest on pseudoscience, and regulators should treat them as the banned practice they are.""", REP),
    P("b23-news-ko", "기사.txt", """중국의 한 보안업체가 얼굴 인식으로 위구르족을 식별하는 기능을 홍보한 사실이 드러났다고 외신이 보도했다. 해당 업체는 논란이 일자 관련 문구를 삭제했다.""", REP),
    P("b23-news-pt", "materia.txt", """Segundo reportagem publicada nesta terça, uma fabricante de câmeras oferecia a clientes
um recurso capaz de identificar a etnia de pessoas pelo rosto. A empresa não respondeu aos pedidos de comentário.""", REP),
    P("b23-ngo-brief-en", "brief.md", """## Briefing: ethnicity recognition in public-security tenders
Our analysis of 40 tender documents found that 11 required cameras able to "distinguish Uyghur
from Han faces". We recommend that suppliers refuse such clauses.""", REP),
    P("b23-forum-relay-ja", "掲示板.txt", """ニュースで見たけど、ある監視カメラメーカーが顔から民族を判定できるって宣伝してたらしい。怖すぎる。""", REP),
    # non-English product pages (capability)
    P("b23-product-it", "prodotto.html", """<h1>VisioRetail Analytics</h1><p>La nostra telecamera intelligente stima età, genere ed etnia
di ogni cliente che entra nel negozio, in tempo reale e senza registrare immagini.</p>""", CAP, (R,)),
    P("b23-product-tr", "urun.html", """<h2>YüzAnaliz Pro</h2><p>Kameramız her ziyaretçinin yaşını, cinsiyetini ve etnik kökenini yüz görüntüsünden tahmin eder.</p>""", CAP, (R,)),
    P("b23-product-ru", "produkt.txt", """Модуль «ЛицоАналитика» определяет по изображению лица пол, возраст и расовую принадлежность посетителя.""", CAP, (R,)),
    P("b23-product-zh-tw", "產品.txt", """本系統可即時分析監視器畫面中的人臉，辨識性別、年齡與種族，並輸出統計報表。""", CAP, (R,)),
    P("b23-product-religion-en", "datasheet.md", """# CrowdSense 4
Onboard analytics flag persons wearing religious head coverings (hijab, turban, kippah) in the live video feed.""", CAP, (REL,)),
    P("b23-product-orientation-zh", "介绍.txt", """本应用通过分析用户上传的自拍照片，判断其性取向，准确率高达85%。""", CAP, (SEX,)),
    # fairness audits and hard negatives
    P("b23-neg-fairness-en", "audit.md", """# Face verification audit
We measured false non-match rates across skin tone and self-reported ethnicity groups; the gap
between the best and worst group fell from 3.1x to 1.4x after retraining.""", NONE),
    P("b23-neg-fairness-zh", "评测.txt", """我们评测了人脸识别算法在不同种族人群上的误识率差异，结果显示模型对深肤色人群的错误率较高。""", NONE),
    P("b23-neg-hr-de", "formular.txt", """Bewerbungsformular: Name, Geburtsdatum, Staatsangehörigkeit, Foto (freiwillig). Angaben zur ethnischen
Herkunft oder Religion werden nicht erhoben.""", NONE),
    P("b23-neg-census-es", "censo.txt", """Censo 2030: la pregunta sobre origen étnico es de autoidentificación; las fotografías del
operativo solo se usan para verificar la vivienda.""", NONE),
    P("b23-neg-idcard-ocr-en", "ocr.md", """# ID card OCR
Extracts name, date of birth, nationality and ethnicity fields printed on the card, plus the portrait photo crop.""", NONE),
    P("b23-neg-cosmetics-en", "shade.md", """# ShadeMatch
Take a selfie and ShadeMatch recommends foundation shades for your skin tone and undertone.""", NONE),
    # disclaimers
    P("b23-disclaimer-es", "faq.md", """## Preguntas frecuentes
¿Su API detecta la etnia? No. Nuestra API de análisis facial no estima la etnia, la religión ni la orientación sexual de las personas.""", DIS),
    P("b23-disclaimer-zh-removed", "公告.txt", """关于人脸属性接口调整的公告：自2026年1月1日起，人脸属性接口已下线种族识别字段，不再返回相关结果。""", DIS),
    P("b23-guard-zh-school-stats", "统计.txt", """本校学生民族统计：汉族、回族、维吾尔族人数见附表，数据来自学籍登记。""", NONE),
]

# Batch 24 (written blind, 18/23 before the changes): GraphQL/SQL/Rust/Go schemas, a model-hub
# card, product pages in vi/ar/hi, changelog removals (en/ja), news quoting a claim (de/fr), an
# essay and a court complaint; hard negatives (dating app, qibla app, election photos, call-centre
# accents, dermatology, a museum's photographs of Uyghur families, ethnic fashion); ko/de
# disclaimers. Fixes: "Other" next to other labels in a one-line enum is a class; Hindi trait,
# face, image and inference words; Japanese 削除しました and German weder...noch as negations;
# German schätzt/ermittelt as inference verbs; targeting needs a body word or an inference verb
# (photographs alone are not), with "pick out", "single out", "flag", "alarm", "watch for" as
# inference verbs; a label set of named groups needs a face/body/attribute word in the document.
PROBES += [
    P("b24-graphql", "schema.graphql", """type FaceAttributes {
  age: Int
  gender: Gender
  ethnicity: Ethnicity
  glasses: Boolean
  emotion: Emotion
}
enum Ethnicity { ASIAN BLACK WHITE HISPANIC INDIAN OTHER }""", CAP, (R,), ("asian", "hispanic", "other")),
    P("b24-sql", "schema.sql", """CREATE TABLE face_observation (
  id BIGINT PRIMARY KEY,
  camera_id INT,
  est_age SMALLINT,
  est_gender CHAR(1),
  est_race VARCHAR(16),   -- asian / black / white / indian, from the face model
  captured_at TIMESTAMP
);""", CAP, (R,)),
    P("b24-rust", "attrs.rs", """/// Output of the face attribute head.
pub struct FaceAttrs {
    pub age: f32,
    pub is_male: bool,
    pub race: RaceClass,
    pub smile: f32,
}
pub enum RaceClass { EastAsian, SouthAsian, African, European }""", CAP, (R,), ("east asian", "south asian")),
    P("b24-go-struct", "face.go", """type FaceResult struct {
	Age       int     `json:"age"`
	Gender    string  `json:"gender"`
	Ethnicity string  `json:"ethnicity"` // "uyghur", "han", "tibetan"
	Mask      bool    `json:"mask"`
}""", CAP, (R,), ("uyghur",)),
    P("b24-model-hub-card", "README.md", """---
tags: [image-classification, face]
---
# nationality-face-vit
This model classifies the race of a cropped face into: Caucasian, African, Asian, Indian.
Top-1 accuracy 0.83 on the validation split.""", CAP, (R,), ("caucasian", "african", "asian", "indian")),
    P("b24-vi-product", "sanpham.txt", """Camera AI của chúng tôi nhận diện khuôn mặt và ước tính độ tuổi, giới tính và dân tộc của khách hàng.""", CAP, (R,)),
    P("b24-ar-product", "muntaj.txt", """يقوم نظامنا بتحليل صورة الوجه وتحديد العمر والجنس والعرق لكل زائر في الوقت الحقيقي.""", CAP, (R,)),
    P("b24-hi-product", "utpad.txt", """हमारा कैमरा हर चेहरे से उम्र, लिंग और जाति का अनुमान लगाता है।""", CAP, (R,)),
    P("b24-changelog-removed-en", "CHANGELOG.md", """## 4.0.0
### Removed
- The `ethnicity` attribute of face detection results has been removed. Requests asking for it now return 400.
### Added
- Head pose angles.""", DIS),
    P("b24-changelog-removed-ja", "更新履歴.md", """## v3.2
- 顔属性の「人種」推定機能を削除しました。今後は年齢・性別のみを返します。""", DIS),
    P("b24-news-de-quote", "artikel.txt", """Wie die Zeitung berichtet, bewarb ein Kamerahersteller auf einer Messe eine Funktion, die „die ethnische
Zugehörigkeit von Passanten in Echtzeit erkennt“. Das Unternehmen wollte sich auf Anfrage nicht äußern.""", REP),
    P("b24-news-fr-quote", "article.txt", """D'après des documents consultés par notre rédaction, un fournisseur proposait aux polices municipales
une option « d'estimation de l'origine ethnique » de ses caméras. Contacté, il n'a pas souhaité répondre.""", REP),
    P("b24-academic-critique-en", "essay.txt", """Commercial vendors increasingly market "emotion and ethnicity recognition" as a turnkey add-on.
In this essay we argue that inferring ethnicity from faces reproduces discredited race science.""", REP),
    P("b24-court-filing-en", "complaint.txt", """COMPLAINT. Plaintiffs allege that Defendant's store cameras captured their faces and classified
them by race without notice or consent, in violation of BIPA.""", REP),
    P("b24-neg-dating-orientation", "app.md", """# Matchly
Add up to six photos to your profile and choose who you want to see: men, women or everyone.
Your sexual orientation is only shown if you choose to display it.""", NONE),
    P("b24-neg-prayer-app", "app.txt", """QiblaCam uses your phone camera and compass to point towards Mecca and shows today's prayer times
for Muslims worldwide.""", NONE),
    P("b24-neg-election-photo", "news.txt", """Voters lined up for hours; photos from polling stations show long queues in conservative
and liberal districts alike, the electoral commission said.""", NONE),
    P("b24-neg-callcenter-accent", "routing.md", """# Smart routing
Calls are routed by the language the caller selects in the menu; agents receive accent-neutral
pronunciation training.""", NONE),
    P("b24-neg-dermatology", "derm.txt", """The skin lesion classifier was validated on images from patients of all Fitzpatrick skin types,
including darker skin, to limit bias.""", NONE),
    P("b24-neg-anthropology", "museum.txt", """The exhibition shows nineteenth-century photographs of Uyghur and Kazakh families from the
museum's ethnographic collection.""", NONE),
    P("b24-neg-ethnic-fashion", "shop.html", """<h1>Ethnic wear for every occasion</h1><p>Try on outfits virtually: upload a face photo and see
the kurta or saree on you.</p>""", NONE),
    P("b24-disclaimer-ko", "안내.txt", """당사의 얼굴 분석 API는 인종, 종교, 성적 지향을 추정하지 않습니다.""", DIS),
    P("b24-disclaimer-de", "faq.md", """**Erkennt die Kamera die Herkunft von Personen?** Nein. Unsere Kameras schätzen weder ethnische Herkunft
noch Religion; sie zählen nur Personen.""", DIS),
]

# Batch 25 (written blind, 3/12 before the changes): product pages, news, disclaimers and forms in
# Hungarian, Polish, Dutch, Ukrainian, Swedish, Czech and Finnish, which had (almost) no
# vocabulary. Fix: trait, face, image, inference, attribution and negation words in hu/pl/nl/sv/
# cs/uk, Uyghur spellings (ujgur, oeigoer), and "lap" (Hungarian "newspaper") no longer a racing
# cue (laps, lap time are). Guards written with the change: "not only" in eight languages is not a
# negation (exclude phrases), pet breeds (nl) and a census (pl) stay negatives.
PROBES += [
    P("b25-hu-product", "termek.txt", """Arcelemző modulunk a kamera képén minden arc esetében megbecsüli az életkort, a nemet és az etnikai hovatartozást.""", CAP, (R,)),
    P("b25-hu-news", "hir.txt", """A lap értesülése szerint egy kínai cég arcfelismerő rendszere képes volt ujgurokat azonosítani; a vállalat nem válaszolt a megkeresésre.""", REP, (), ()),
    P("b25-hu-neg-census", "nepszamlalas.txt", """A népszámlálás kérdőívén a nemzetiségre vonatkozó kérdés megválaszolása önkéntes.""", NONE),
    P("b25-pl-product", "produkt.txt", """Nasza kamera rozpoznaje twarze klientów i szacuje ich wiek, płeć oraz pochodzenie etniczne.""", CAP, (R,)),
    P("b25-pl-news", "artykul.txt", """Według dziennikarzy firma oferowała policji oprogramowanie rozpoznające pochodzenie etniczne na podstawie twarzy. Spółka nie odpowiedziała na pytania.""", REP),
    P("b25-nl-product", "product.txt", """Onze software analyseert het gezicht van elke bezoeker en schat leeftijd, geslacht en etniciteit in.""", CAP, (R,)),
    P("b25-nl-disclaimer", "faq.txt", """Herkent de camera etniciteit? Nee. Onze gezichtsanalyse bepaalt geen etniciteit of religie.""", DIS),
    P("b25-uk-product", "produkt.txt", """Система аналізує обличчя відвідувачів і визначає їхній вік, стать та етнічне походження.""", CAP, (R,)),
    P("b25-sv-news", "nyhet.txt", """Enligt tidningen marknadsförde företaget en kamera som kan avgöra människors etniska ursprung utifrån ansiktet. Bolaget har inte svarat.""", REP),
    P("b25-cs-product", "produkt.txt", """Kamera rozpozná obličej zákazníka a odhadne jeho věk, pohlaví a etnický původ.""", CAP, (R,)),
    P("b25-fi-product", "tuote.txt", """Järjestelmämme tunnistaa kasvot kameran kuvasta ja arvioi henkilön iän, sukupuolen ja etnisen taustan.""", CAP, (R,)),
    P("b25-pl-neg-form", "formularz.txt", """Formularz rekrutacyjny: imię, nazwisko, zdjęcie. Nie pytamy o pochodzenie etniczne ani wyznanie.""", NONE),

    P("b25-guard-hu-not-only", "termek.txt", """Rendszerünk nem csak az életkort becsüli: az arc alapján az etnikai hovatartozást is meghatározza.""", CAP, (R,)),
    P("b25-guard-pl-not-only", "produkt.txt", """Kamera nie tylko liczy klientów, ale też rozpoznaje ich pochodzenie etniczne na podstawie twarzy.""", CAP, (R,)),
    P("b25-guard-nl-not-only", "product.txt", """De camera telt niet alleen bezoekers maar herkent ook hun etniciteit aan het gezicht.""", CAP, (R,)),
    P("b25-guard-sv-not-only", "produkt.txt", """Kameran räknar inte bara besökare utan avgör också deras etniska ursprung utifrån ansiktet.""", CAP, (R,)),
    P("b25-neg-nl-dog", "app.txt", """Maak een foto van je hond en onze app herkent het ras in een paar seconden.""", NONE),
    P("b25-neg-pl-census", "spis.txt", """Spis powszechny: pytanie o narodowość i pochodzenie etniczne jest dobrowolne; rachmistrz nie robi zdjęć.""", NONE),
]

# Batch 26 (written blind, 21/22 before the change): a Chinese patent claim and tender clauses
# (zh/en) that require the inference, a report quoting an archived product page, a survey paper, a
# vendor FAQ that lists what it returns and disclaims ethnicity, Kotlin/JSON-schema/protobuf
# schemas, religion (ko), orientation (en), political (ja) claims and reports, ru/tr voices, and
# hard negatives (Race to Zero, Tibetan medicine, clinical-trial eligibility, a workforce
# diversity report, hockey "face-off", marketing segments, make-up try-on, a Uyghur concert).
# The miss: Korean 히잡/터번 (no religious-attire words, and no prefilter anchor) - attire words in
# ko/ja/ar/tr/es/id/de/fr/ru/zh, with the specific ones added to the prefilter anchors.
PROBES += [
    P("b26-patent-zh-claim", "专利.txt", """权利要求1. 一种基于深度学习的行人民族属性识别方法，其特征在于，包括：获取监控视频中的行人图像；提取面部特征；将所述面部特征输入民族分类网络，输出所述行人属于维吾尔族或汉族的概率。""", CAP, (R,), ("uyghur",)),
    P("b26-tender-zh-req", "招标.txt", """三、技术参数要求
1. 前端摄像机应支持人脸抓拍，抓拍率不低于99%；
2. 平台应支持对抓拍人脸进行民族属性分析，可识别藏族、回族等，识别结果实时推送。""", CAP, (R,), ("tibetan",)),
    P("b26-tender-en-req", "rfp.txt", """Section 4.2 Video analytics requirements. The offered system SHALL classify detected faces by
ethnicity (at least: Asian, Caucasian, African) and SHALL support alerts on selected ethnic categories.""", CAP, (R,)),
    P("b26-archived-page-report", "report.md", """# Archived evidence
In March the vendor's product page (archived at the Wayback Machine) read:

> Smart Retail Camera — recognises gender, age and ethnicity of every shopper.

The page was edited after our questions; the company said the feature "was never sold in Europe".""", REP),
    P("b26-survey-paper", "survey.txt", """A survey of facial attribute analysis. Section 5 reviews methods that predict race or ethnicity
from face images, summarising datasets such as FairFace and UTKFace and the accuracies reported by prior work.""", REP),
    P("b26-vendor-mixed-faq", "faq.md", """# Face Insights FAQ
**What does Face Insights return?** Age range, gender, emotion and head pose for each face.
**Does it return ethnicity or race?** No. We do not infer ethnicity, race or religion, and we will not add it.""", DIS),
    P("b26-neg-race-to-zero", "news.txt", """The city joined the Race to Zero campaign; new traffic cameras will measure emissions, not faces.""", NONE),
    P("b26-neg-tibetan-medicine", "clinic.txt", """Our Tibetan medicine clinic offers pulse diagnosis and herbal remedies; book a consultation online
and upload a photo of your tongue for the pre-assessment.""", NONE),
    P("b26-neg-clinical-trial", "trial.txt", """Eligibility: adults 18-65 of any race or ethnicity. Facial photographs are taken to document the
rash at each visit.""", NONE),
    P("b26-neg-diversity-report", "diversity.md", """# 2026 Workforce diversity report
Our workforce is 34% Asian, 12% Black, 9% Hispanic and 41% White, based on voluntary self-identification.
Badge photos are used only for building access.""", NONE),
    P("b26-neg-interface", "ui.md", """The user interface lets operators tag race results and face-off times for the hockey league.""", NONE),
    P("b26-neg-marketing-segments", "segments.txt", """Audience segments: Hispanic millennials, Asian-American families, urban professionals.
Target them with image ads on our network.""", NONE),
    P("b26-neg-makeup-tryon", "tryon.md", """# Virtual try-on
Our AR try-on detects facial landmarks to apply lipstick; shade recommendations for every skin tone,
from fair to deep.""", NONE),
    P("b26-neg-uyghur-music", "concert.txt", """Tonight: an evening of Uyghur muqam music; the concert will be filmed and photos shared on our page.""", NONE),
    P("b26-sdk-kotlin-data", "Face.kt", """data class FaceAttributes(
    val age: Int,
    val gender: String,
    val skinColor: String,   // "yellow", "white", "black"
    val glasses: Boolean,
    val emotion: String
)""", CAP, (R,)),
    P("b26-json-schema", "face.schema.json", """{"title": "FaceAttributes", "type": "object", "properties": {
  "age": {"type": "integer"}, "gender": {"enum": ["male", "female"]},
  "race": {"enum": ["asian", "black", "white", "indian", "other"]}, "smile": {"type": "number"}}}""",
      CAP, (R,), ("asian", "indian", "other")),
    P("b26-proto", "face.proto", """message FaceAttr {
  int32 age = 1;
  Gender gender = 2;
  Ethnicity ethnicity = 3;
  float beauty = 4;
}
enum Ethnicity { ETHNICITY_UNKNOWN = 0; ETHNICITY_HAN = 1; ETHNICITY_UYGHUR = 2; ETHNICITY_TIBETAN = 3; }""",
      CAP, (R,), ("uyghur", "tibetan")),
    P("b26-religion-ko-cap", "제품.txt", """본 솔루션은 CCTV 영상에서 히잡이나 터번을 착용한 사람을 자동으로 탐지하여 알림을 보냅니다.""", CAP, (REL,)),
    P("b26-orientation-report-en", "news.txt", """A Stanford study claimed a neural network could guess sexual orientation from dating-site photos;
critics called the work junk science.""", REP),
    P("b26-political-cap-ja", "製品.txt", """本サービスは、顔写真から政治的傾向（保守・リベラル）をAIで推定します。""", CAP, (POL,)),
    P("b26-disclaimer-ru", "faq.txt", """Определяет ли система национальность? Нет. Наша система не определяет этническую принадлежность и не хранит фотографии.""", DIS),
    P("b26-reporting-tr", "haber.txt", """Habere göre bir güvenlik şirketi, kameralarının yüzlerden etnik kökeni tespit edebildiğini iddia etti. Şirket yorum yapmadı.""", REP),
]

# Guards from a scan of /usr/share/doc (real changelogs and NEWS files) after batches 21-26: a
# software race ("fixed a race where...") next to a flag or an image is not a trait, and a
# language named among translations is not a people.
PROBES += [
    P("b26-guard-changelog-race", "ChangeLog", """2026-02-01  Fixed a race where the capture thread could hand a stale image to the face detector
while the flag was being reset. Also fixes race in access to the frame queue.""", NONE),
    P("b26-guard-translations", "NEWS.md", """## 3.1
* Recognise Esperanto, Tamil, Kurdish and Ukrainian translations of the NAME section.
* Face-down cards are no longer shown in the preview image.""", NONE),
]

# Software races in a face SDK's changelog (a race between threads, races found by TSan) are not
# a trait; the benign-concurrency cue is bug vocabulary only, so "multi-threaded", "CPU threads"
# and 线程安全/高并发 in the sentence of a real claim do not cancel it.
PROBES += [
    P("b27-guard-sdk-changelog-race", "CHANGELOG.md", """## 2.3.1
- Fixed a race between the face tracking thread and the renderer that could drop frames.
- Races detected by ThreadSanitizer in the image decoder are gone.""", NONE),
    P("b27-guard-multithreaded-claim", "README.md", """# FastFace
A multi-threaded engine that detects faces and estimates the race, age and gender of each one at 300 fps.""", CAP, (R,)),
    P("b27-guard-threads-claim", "spec.md", """Face attributes: age, gender, ethnicity, glasses. Runs on 4 CPU threads; the ethnicity classifier needs 12 MB.""", CAP, (R,)),
    P("b27-guard-zh-concurrency-claim", "接口.md", """本接口线程安全，支持高并发调用；返回人脸属性：年龄、性别、种族、是否戴眼镜。""", CAP, (R,)),
]

# Batch 28 (written blind, 9/12 before the changes): longer documents with mixed voices - a vendor
# page with a News menu, a testimonial and an "In the news" market quote; a paper with a
# related-work section; an NGO report whose appendix quotes tender clauses; a responsible-AI page; a
# research-only README; a Chinese tender with boilerplate; news in zh/ko; a Japanese vendor page
# with case studies and news; HR analytics and a registration notice as negatives. Fixes: a vendor
# addressing its customers ("your store", "helps you", "why choose", case studies) and a paper
# describing its own work ("our network", "our test set", "the proposed", ablation) are offers;
# news-section navigation ("in the news", "company news") is not attribution; "public tenders",
# "excerpts", "our researchers" are a report's voice. Guards: an explainer addressed to shop owners
# stays a report, and an audit of commercial APIs ("APIs" is normalised as "ap is") is a report.
PROBES += [
    P("b28-long-vendor-with-news", "index.html", """<html><body>
<nav>Products | Solutions | News | Contact</nav>
<h1>InsightCam Retail Analytics</h1>
<p>InsightCam counts visitors and builds a demographic profile of your footfall. For every face it
sees, the camera estimates age band, gender and ethnicity, and the dashboard breaks down conversion
by each group.</p>
<h2>Why retailers choose us</h2>
<p>"We changed our window displays after seeing the ethnicity mix of Saturday shoppers," says the
manager of a fashion chain in Lyon.</p>
<h2>In the news</h2>
<p>According to a market report by an industry analyst, in-store analytics will grow 20% this year.</p>
<p>Request a demo today.</p>
</body></html>""", CAP, (R,)),
    P("b28-long-news-quoting", "story.txt", """Cameras that guess your ethnicity are on sale in Europe, our investigation shows

Reporters visited three security trade fairs this spring. At one stand, a sales brochure promised:
"Our cameras identify the ethnicity of every visitor in real time, with 95% accuracy." Another
vendor's representative told us the feature "is very popular with retail customers".

Experts we spoke to said the claims are scientifically dubious and probably unlawful under the
AI Act. The companies did not respond to written questions before publication.""", REP),
    P("b28-paper-with-related-work", "paper.txt", """Ethnicity Classification from Facial Images with Attention Networks

1 Introduction. We propose an attention-based convolutional network that classifies the ethnicity of
a face into five classes. 2 Related work. Earlier work by Lu et al. used hand-crafted features;
prior studies reported accuracies between 80% and 90%. 3 Method. Our network takes a 112x112 face
crop and outputs class probabilities. 4 Experiments. On our test set the model reaches 94.1%.""", CAP, (R,)),
    P("b28-ngo-appendix-tender", "report.md", """# Surveillance procurement in the region: an analysis

Our researchers reviewed 52 public tenders issued between 2023 and 2025. Key findings: a quarter
required ethnicity recognition; several named specific minorities.

## Appendix: excerpts
- Tender 17, clause 3.4: "The system shall recognise the ethnicity of captured faces and raise an alarm for Uyghur persons."
- Tender 23, clause 2.1: "Face attribute analysis shall include age, gender and ethnicity."
""", REP),
    P("b28-responsible-ai-page", "responsible-ai.md", """# Our responsible AI commitments
Some vendors in our industry offer ethnicity or emotion detection from faces. We do not. Our face
platform will never infer race, ethnicity, religion or sexual orientation, and our contracts forbid
customers from trying to derive them.""", DIS),
    P("b28-readme-research-only", "README.md", """# face-race-classifier
PyTorch code to train a ResNet-18 that predicts race (White, Black, Asian, Indian, Others) from face images.

## Disclaimer
This project is for research only. Do not use it for surveillance or to make decisions about people.""",
      CAP, (R,)),
    P("b28-zh-tender-boilerplate", "招标文件.txt", """第一章 投标邀请
本项目采用公开招标方式，欢迎符合资格的供应商参加投标。投标人须具有独立法人资格。
第二章 采购需求
2.1 视频监控系统应支持人脸识别、车牌识别。
2.2 人脸识别系统应支持民族识别功能，对维吾尔族、藏族人员进行预警。
第三章 评标办法
本项目采用综合评分法。""", CAP, (R,), ("uyghur", "tibetan")),
    P("b28-zh-news-quote", "新闻.txt", """据报道，某安防企业在其官网宣传称，其摄像机「可自动识别维吾尔族人员并报警」。
该企业随后删除了相关内容，并未回应记者的置评请求。""", REP),
    P("b28-ja-vendor-cases", "製品.html", """<h1>顔認識カメラ FaceMaster</h1>
<p>来店客の顔から年齢・性別・人種を推定し、売場ごとの客層を可視化します。</p>
<h2>導入事例</h2><p>大手百貨店で客層分析に活用されています。</p>
<h2>ニュース</h2><p>展示会に出展しました。</p>""", CAP, (R,)),
    P("b28-ko-news-patent", "기사.txt", """중국 화웨이가 얼굴 사진으로 위구르족 여부를 판별하는 기술 특허를 출원한 것으로 나타났다고 미국 언론이 보도했다. 회사 측은 해당 특허가 잘못 작성됐다며 수정하겠다고 밝혔다.""", REP),
    P("b28-neg-hr-analytics", "people.md", """# PeopleLens diversity analytics
Dashboards of self-reported gender, ethnicity and disability across teams. We never use photos or
video: all data comes from voluntary HR surveys.""", NONE),
    P("b28-neg-zh-gov-notice", "通知.txt", """关于开展流动人口登记工作的通知：登记内容包括姓名、性别、民族、身份证号码，并采集人脸照片用于身份核验。""", NONE),

    P("b28-guard-explainer-your-store", "explainer.md", """# Is your shop camera guessing customers' ethnicity?
Several vendors advertise "demographic analytics" that, according to their brochures, estimate the
ethnicity of each face. If your store uses such a system, ask the supplier what it infers; rights
groups say the practice is unlawful in the EU.""", REP),
    P("b28-guard-audit-we-evaluate", "audit.txt", """We evaluate three commercial APIs that classify ethnicity from face photos. The vendors claim
accuracies above 95%; in our tests the error rates were several times higher for darker-skinned women.""", REP),
]

# Batch 29 (written blind, 13/16 before the changes): Chinese wording - 民族 fields in API tables,
# 重点人员/涉疆 alerts, patent abstracts, HK news, a clarification statement, ID-card OCR, dance
# contests, halal noodles with face payment, game races, Lhasa travel photos, party slogans, skin
# analysis for make-up, a zh-TW retail camera, pinyin enums (MINZU_WEIWUER), attire alerts. Fixes:
# halal food words (清真餐, 牛肉面 - not bare 清真, which is also 清真寺, a mosque under surveillance),
# Taiwanese camera words (攝影機, 監視器, 鏡頭), pinyin spellings of the trait and groups (minzu,
# renzhong, weiwuer, zangzu, huizu, hanzu, hasake) as SDK identifiers use them. Guards: a mosque
# surveillance plan and an attendance terminal that estimates employees' 民族 (bare 员工 is no
# longer a form cue; 员工信息/员工档案/员工登记 are).
PROBES += [
    P("b29-zh-api-minzu-field", "接口文档.md", """## 人脸属性检测
| 参数 | 类型 | 说明 |
|---|---|---|
| age | int | 年龄 |
| gender | int | 性别，0女 1男 |
| nation | int | 民族，0汉族 1少数民族 |
| glasses | int | 是否戴眼镜 |""", CAP, (R,)),
    P("b29-zh-zhongdian-renyuan", "方案.txt", """智慧社区解决方案：人脸卡口对进出人员进行比对，对维族重点人员自动预警，并推送至社区民警手机端。""", CAP, (R,), ("uyghur",)),
    P("b29-zh-shejiang", "需求.txt", """系统应具备涉疆人员识别功能，依据人脸特征判断是否为维吾尔族。""", CAP, (R,), ("uyghur",)),
    P("b29-zh-patent-features", "专利摘要.txt", """本发明公开了一种基于面部几何特征的民族分类方法，提取眼距、鼻宽等特征，实现对不同民族人脸的自动分类。""", CAP, (R,)),
    P("b29-zh-hk-news", "報道.txt", """據外媒報道，一家中國安防企業的人臉識別系統可以識別維吾爾族，該公司拒絕置評。""", REP, (), ()),
    P("b29-zh-disclaimer-bujubei", "声明.txt", """关于网传我司产品具备民族识别功能的澄清声明：我司所有人脸识别产品均不具备民族识别功能，从未开发相关算法。""", DIS),
    P("b29-zh-neg-idcard", "OCR.md", """## 身份证识别
返回字段：姓名、性别、民族、出生、住址、公民身份号码，以及人像面照片裁剪。""", NONE),
    P("b29-zh-neg-dance", "活动.txt", """校园民族舞大赛圆满落幕，现场照片已上传至相册，欢迎同学们下载。""", NONE),
    P("b29-zh-neg-halal", "美食.txt", """兰州回族清真牛肉面，拍照打卡送小菜，人脸支付更快捷。""", NONE),
    P("b29-zh-neg-game-race", "攻略.txt", """《魔兽世界》新版本中，玩家可以选择的种族新增了两个，角色捏脸系统也全面升级。""", NONE),
    P("b29-zh-neg-tourism", "游记.txt", """在拉萨八廓街，我们给藏族老阿妈拍了很多照片，她们的笑容非常美。""", NONE),
    P("b29-zh-neg-party", "党建.txt", """坚持各民族共同团结奋斗、共同繁荣发展，社区开展人脸识别门禁升级改造工作。""", NONE),
    P("b29-zh-skin-api", "skin.md", """皮肤分析接口：返回肤色（白皙、自然、小麦、黝黑）、肤质、痘痘、黑眼圈等，用于美妆推荐。""", NONE),
    P("b29-zh-tw-product", "產品.html", """<p>智慧零售攝影機：自動辨識來客的年齡層、性別與種族，協助門市調整陳列。</p>""", CAP, (R,)),
    P("b29-zh-sdk-enum-pinyin", "FaceDef.h", """typedef enum {
    MINZU_HAN = 0,
    MINZU_WEIWUER = 1,
    MINZU_ZANG = 2,
    MINZU_HUI = 3
} FACE_MINZU_E;   /* 人脸民族属性 */""", CAP, (R,), ("uyghur",)),
    P("b29-zh-religion-cap", "方案2.txt", """视频结构化平台可识别戴头巾、留长胡须、穿长袍人员，自动标记为重点关注对象。""", CAP, (REL,)),

    P("b29-guard-mosque-surveillance", "布控方案.txt", """清真寺周边部署人脸抓拍机，自动识别回族、维吾尔族人员并实时预警。""", CAP, (R,), ("hui", "uyghur")),
    P("b29-guard-attendance", "考勤.txt", """人脸识别考勤打卡机：刷脸打卡，支持识别员工的年龄、性别与民族属性。""", CAP, (R,)),
    P("b29-guard-hr-form", "登记表.txt", """员工信息登记表：姓名、性别、民族、籍贯、身份证号、一寸照片。""", NONE),
]

# Batch 30 (written blind, 11/14 before the changes): a vendor press release, an app-store listing,
# a Stack Overflow answer and a Kaggle notebook that implement it, an ESG screening note, an
# encyclopedia paragraph, ru/ko vendors, ar/ja news, a maintainer declining a feature request, a
# dataset licence, a job ad and race results. Fixes: Arabic spellings of Uyghur/Tibetan/Kazakh;
# usage restrictions ("may not be used to train models that infer race") as a legal context;
# encyclopedic voice ("is a computer vision task", "researchers have") as third-party description.
PROBES += [
    P("b30-press-release-vendor", "press.txt", """FOR IMMEDIATE RELEASE
Visionary Labs launches FaceSense 5
BOSTON, March 3 - Visionary Labs today announced FaceSense 5, an edge camera that estimates the age,
gender and ethnicity of shoppers in real time. "Retailers finally understand who walks in," said
CEO Dana Ruiz. FaceSense 5 ships in April.""", CAP, (R,)),
    P("b30-app-store-scanner", "listing.txt", """Ethnicity Scanner - Face AI
Take a selfie and our AI tells you your ethnic mix: 45% East Asian, 30% European... For entertainment only.
★★★★☆ 12K ratings""", CAP, (R,)),
    P("b30-stackoverflow-answer", "answer.md", """**Q:** How can I get the race of a face with Python?

**A:** Use the deepface library: call its analyze function on the image with the `race` action and
read `dominant_race` from the result for each face.""", CAP, (R,)),
    P("b30-kaggle-notebook", "notebook.txt", """# UTKFace race classification
We train a small CNN on UTKFace face crops to predict race (0 White, 1 Black, 2 Asian, 3 Indian, 4 Others).
model.fit(train_ds, epochs=20)  # val accuracy 0.81""", CAP, (R,), ("white", "asian", "indian")),
    P("b30-esg-screening", "esg.txt", """ESG screening note: Portfolio company SecuCam sells cameras that, according to its own brochure,
detect ethnicity from faces. We rate the holding as high risk under the EU AI Act and have engaged management.""", REP),
    P("b30-encyclopedia", "wiki.txt", """Ethnicity recognition is a computer vision task in which a system infers a person's ethnic group
from a facial image. Researchers have criticised the task for reifying race categories.""", REP),
    P("b30-ru-vendor", "produkt.txt", """Наша система видеоаналитики определяет национальность человека по лицу и отправляет уведомление оператору.""", CAP, (R,)),
    P("b30-ar-news", "khabar.txt", """ذكرت صحيفة أن شركة صينية طورت نظاماً للتعرف على الوجوه قادراً على تحديد الأويغور، ولم ترد الشركة على طلب التعليق.""", REP),
    P("b30-ja-news-patent", "記事.txt", """米紙によると、中国の大手IT企業が顔画像からウイグル族かどうかを判定する技術の特許を出願していたことが分かった。""", REP),
    P("b30-ko-vendor", "제품소개.txt", """스마트 매장 카메라는 방문객의 얼굴을 분석해 나이, 성별, 인종을 추정합니다. 도입 문의는 영업팀으로 연락 주세요.""", CAP, (R,)),
    P("b30-github-issue-declined", "issue.md", """### Feature request: ethnicity attribute
Could you add an ethnicity estimate to the face attributes output?

> **maintainer:** Thanks, but we will not add ethnicity or race estimation to this library; it is out of scope by design.""", DIS),
    P("b30-neg-dataset-license", "LICENSE.txt", """The images may not be used to train models that infer race, ethnicity, religion or sexual orientation.""", NONE),
    P("b30-neg-job-ad", "job.txt", """We are hiring a computer vision engineer (face detection, tracking). We welcome applicants of any race,
religion or sexual orientation.""", NONE),
    P("b30-neg-sports", "results.txt", """Race results: the camera finish showed Okafor ahead by 0.02 s; photos from the finish line are online.""", NONE),
]

# Batch 31 (written blind, 11/12 before the change): retirements, deprecation tables, policies and
# end-of-service notices in en/zh/ja/ko/de/fr/es, news about a retirement, and two offers worded
# with a negation. Fix: a contrast phrase up to its comma ("Unlike basic detectors that do not go
# beyond bounding boxes, FaceMetrics estimates ...", 不同于……，) is a clause of its own, so its
# negation is about the others.
PROBES += [
    P("b31-retiring-identity-attributes", "blog.md", """# Updating our face service
Starting today, we are retiring facial analysis capabilities that purport to infer emotional states
and identity attributes such as ethnicity. New customers lose access immediately; existing customers
have until next June.""", DIS),
    P("b31-deprecation-api-doc", "deprecations.md", """## Deprecated attributes
| attribute | status |
|---|---|
| age | supported |
| gender | supported |
| ethnicity | removed in v4 - requests return an error |""", DIS),
    P("b31-policy-never", "policy.txt", """Our Face API policy: the service never classifies people by race, ethnicity or religion, and
customers may not build such features on top of it.""", DIS),
    P("b31-zh-xiaxian", "公告.md", """【公告】人脸属性分析接口将于2026年6月30日下线“种族”字段，届时接口不再返回该字段，请开发者及时调整。""", DIS),
    P("b31-ja-teikyo-shuryo", "お知らせ.txt", """顔属性APIの「人種」推定機能は、2026年3月31日をもって提供を終了いたします。""", DIS),
    P("b31-ko-jungdan", "공지.txt", """얼굴 분석 API의 인종 추정 기능 제공을 2026년 5월부로 중단합니다.""", DIS),
    P("b31-de-abgekuendigt", "hinweis.txt", """Die Schätzung der ethnischen Herkunft in unserer Gesichtsanalyse-API ist abgekündigt und wird zum 1. Juli entfernt.""", DIS),
    P("b31-fr-retire", "annonce.txt", """La fonction d'estimation de l'origine ethnique de notre API de reconnaissance faciale a été retirée le 1er mars.""", DIS),
    P("b31-es-disclaimer-never", "aviso.txt", """Nuestro sistema de reconocimiento facial nunca ha estimado ni estimará el origen étnico de las personas.""", DIS),
    P("b31-news-about-retirement", "news.txt", """A large cloud provider said on Tuesday it would stop selling face analysis that infers ethnicity,
following criticism from civil rights groups, the company told reporters.""", REP),
    P("b31-offer-despite-not", "product.md", """# FaceMetrics
Unlike basic detectors that do not go beyond bounding boxes, FaceMetrics estimates ethnicity, age and gender
for every face in the frame.""", CAP, (R,)),
    P("b31-offer-no-cloud", "datasheet.md", """FaceEdge box: on-device estimation of age, gender and ethnicity from camera faces. No cloud, no
internet connection needed, does not store images.""", CAP, (R,)),
    P("b31-guard-zh-contrast", "产品.txt", """不同于只做人脸检测、不分析属性的普通摄像机，本产品可识别人员的性别、年龄与民族。""", CAP, (R,)),
]

# Batch 32 (written blind, 11/12 before the change): gait, pedestrian attributes, iris, DNA
# phenotyping, voiceprint religion, orientation (ja/es), union members, political leaning at
# rallies, and negatives (a union rally, a poll with photos, mosque CCTV). Fix: bare
# "employee(s)" is no longer a form cue - a camera that flags employees at union meetings is the
# claim itself; employee forms, records, data and surveys still are (guards).
PROBES += [
    P("b32-gait-zh", "步态.txt", """步态识别系统可根据行人走路姿态判断其民族类别，远距离无需配合。""", CAP, (R,)),
    P("b32-body-en", "spec.md", """Pedestrian attribute recognition: gender, age group, clothing colour, backpack, and ethnicity of each
person in the CCTV frame.""", CAP, (R,)),
    P("b32-iris-en", "paper.txt", """We show that iris texture carries ethnic information: our classifier predicts Asian vs non-Asian from
iris images with 88% accuracy.""", CAP, (R,)),
    P("b32-dna-phenotyping-news", "news.txt", """Police in the region used DNA phenotyping to produce a face image and predict the ethnic ancestry of
a suspect, according to court documents; scientists questioned the method.""", REP),
    P("b32-voice-religion-zh", "方案.txt", """声纹分析平台可识别通话中的宗教用语并判断说话人的宗教信仰倾向。""", CAP, (REL,)),
    P("b32-orientation-ja", "記事.txt", """顔写真から性的指向を推定できるとする研究が発表され、専門家から批判が相次いでいる。""", REP),
    P("b32-orientation-cap-es", "app.txt", """Nuestra app analiza tus fotos de perfil y estima tu orientación sexual con inteligencia artificial.""", CAP, (SEX,)),
    P("b32-union-cap-en", "hr-analytics.md", """# WorkforceSense
The camera module recognises employees who attend union meetings and flags likely union members to HR.""", CAP, (TU,)),
    P("b32-union-neg-en", "news.txt", """The union members voted to strike; photos of the rally were posted on the union's website.""", NONE),
    P("b32-political-cap-zh", "产品.txt", """舆情系统结合人脸识别，对参加集会人员的政治倾向进行分析研判。""", CAP, (POL,)),
    P("b32-political-neg", "poll.txt", """Our survey asked 2,000 voters about their political views; respondents could upload a profile photo
for the prize draw.""", NONE),
    P("b32-religion-neg-mosque-cam", "mosque.txt", """The mosque installed CCTV cameras in the car park after a series of thefts, the imam said.""", NONE),

    P("b32-guard-employees-form", "hr.txt", """Employees may self-identify their race and religion in the HR portal; badge photos are used only
for door access.""", NONE),
    P("b32-guard-employee-records", "hr2.txt", """Our employees' face photos unlock the doors. Employee records list name, age and ethnicity as entered by HR.""", NONE),
]

# Batch 33 (written blind, 8/10 before the change): label maps, C# [Description] enums, CSV
# headers, score objects, DeepStream configs, Java JSON annotations; negatives: locale names,
# nationality lists, census codes, a fontconfig list of Noto fonts. Fix: font family names (Noto
# Sans, font-family - not bare "sans", French for "without") are language context, "face names" a
# font term. The pbtxt label map is pinned as a known miss.
PROBES += [
    P("b33-guard-fr-sans", "produit.txt", """Notre caméra identifie les Ouïghours sans contact, à partir du visage.""", CAP, (R,), ("uyghur",)),
    P("b33-csharp-description", "Nation.cs", """public enum FaceNation
{
    [Description("汉族")] Han = 1,
    [Description("维吾尔族")] Uygur = 2,
    [Description("藏族")] Zang = 3,
}""", CAP, (R,), ("uyghur",)),
    P("b33-csv-header", "faces.csv", """face_id,frame,age,gender,race,glasses,emotion
1,0012,34,F,asian,0,happy
2,0012,51,M,white,1,neutral""", CAP, (R,)),
    P("b33-json-response-scores", "sample.json", """{"face_id": "f1", "attributes": {"age": 29, "gender": "male",
 "race": {"asian": 0.07, "black": 0.02, "white": 0.88, "middle_eastern": 0.03}}}""", CAP, (R,), ("middle_eastern",)),
    P("b33-deepstream-config", "sgie_race.txt", """[property]
gpu-id=0
onnx-file=face_race_classifier.onnx
labelfile-path=race_labels.txt
network-type=1
process-mode=2
# secondary classifier on detected faces: race""", CAP, (R,)),
    P("b33-java-annotation", "FaceAttr.java", """public class FaceAttr {
    @JsonProperty("age") private int age;
    @JsonProperty("sex") private int sex;
    @JsonProperty("ethnic") private int ethnic; // 0 未知 1 汉 2 维
    @JsonProperty("hat") private int hat;
}""", CAP, (R,)),
    P("b33-neg-locale-json", "languages.json", """{"ug": "Uyghur", "bo": "Tibetan", "kk": "Kazakh", "zh": "Chinese", "en": "English",
 "face_unlock_hint": "Look at the camera"}""", NONE),
    P("b33-neg-nationality-list", "countries.yaml", """nationalities:
  - Chinese
  - Indian
  - Brazilian
  - Nigerian
photo_required: true""", NONE),
    P("b33-neg-census-codes", "codes.json", """{"race_codes": {"1": "White", "2": "Black or African American", "3": "Asian", "4": "American Indian"},
 "source": "self-reported census questionnaire"}""", NONE),
    P("b33-neg-font-list", "fonts.conf", """<family>Noto Sans Tibetan</family>
<family>Noto Sans Uyghur</family>
<family>Microsoft Himalaya</family>
<!-- face names for the font chooser -->""", NONE),
    pytest.param(P("b33-pbtxt-labelmap", "race_label_map.pbtxt", """item { id: 1 name: 'asian' }
item { id: 2 name: 'black' }
item { id: 3 name: 'white' }
item { id: 4 name: 'indian' }""", CAP, (R,), ("asian", "indian")), marks=pytest.mark.xfail(strict=True, reason=(
        "a label map of four race labels with no face or attribute word (only its file name says race) is not a "
        "label file the label-set rule stands alone on: pbtxt items are strings, not label-list segments"))),
]

# Guards for words added in batches 22-25 that mean something else in another language or sense:
# Italian "voce" (a form item), German "Stimme" (a vote), English "vocal" (a vocal critic), and
# Hungarian "arc" (face) against JavaScript's ctx.arc - the bare forms were dropped. The last one
# was pinned: a UI language array in a file that mentions faces read as a label set (fixed below).
PROBES += [
    P("b34-guard-it-voce-menu", "modulo.txt", """Nel modulo di iscrizione, la voce «etnia» è facoltativa; la foto serve solo per il badge e non viene analizzata.""", NONE),
    P("b34-guard-de-stimme-vote", "wahl.txt", """Bei der Wahl bestimmen die Bürger mit ihrer Stimme über die politische Richtung; Fotos aus den Wahllokalen zeigen lange Schlangen.""", NONE),
    P("b34-guard-en-vocal-critic", "oped.txt", """A vocal critic of the census, she said questions about ethnicity belong on paper forms, not in camera systems.""", NONE),
    # was pinned xfail: the array's window held its string members only; now the ungrouped code and
    # comment segments on an array's own lines (the variable LANGS, "// UI translations") join it
    P("b34-guard-js-canvas-arc", "draw.js", """// draw the face outline
ctx.arc(cx, cy, r, 0, Math.PI * 2);
const LANGS = ["Uyghur", "Tibetan", "Kazakh"];  // UI translations""", NONE),
    P("b34-guard-js-race-array", "classes.js", """// classes of the face attribute head
const RACES = ["asian", "black", "white", "indian"];""", CAP, (R,), ("asian", "indian")),
    P("b34-guard-js-signup-options", "signup.js", """// profile photo upload (face must be visible)
const RACE_OPTIONS = ["Asian", "Black", "White", "Prefer not to say"];  // self-identification on the signup form""", NONE),
    P("b34-guard-js-yellow-race", "attrs.js", """// face attributes
const RACE = ["yellow", "white", "black"];""", CAP, (R,)),
]

# A news page's chrome (Sign up, Contact us, Advertise) is not a vendor's offer: those words are
# not offer cues ("your store", "why choose", case studies are).
PROBES += [
    P("b35-guard-news-page-chrome", "article.html", """<html><body><nav>Home | World | Tech | Sign up | Contact us</nav>
<h1>Retail cameras that guess shoppers' ethnicity spread quietly</h1>
<p>A security firm's brochure says its camera "estimates the ethnicity of every shopper from the face",
reporters found. The firm did not respond to questions.</p>
<footer>Sign up for our newsletter. Contact us. Advertise with us.</footer></body></html>""", REP),
]

# Japanese 共同 alone is "joint" (共同研究, joint research on a vendor page); only the news agency
# forms (共同通信, 【…共同】) are attribution.
PROBES += [
    P("b36-guard-ja-joint-development", "製品.txt", """大学との共同研究で開発した顔認識エンジンが、来店客の年齢・性別・人種を推定します。""", CAP, (R,)),
]

# Batch 37 (written blind, 7/10 before the changes): voices that relay a claim - a researcher's
# thread, a Reddit post quoting a Chinese vendor site, a podcast, a translated procurement notice,
# a court judgment, a Weibo repost, an encyclopedia entry in Chinese, a vendor's rebuttal, a
# security researcher's firmware finding - and a vendor's own LinkedIn post. Fixes: "a vendor's
# site", "found this on", "is this even legal", "undocumented", "reverse engineering", "has not
# responded" as third-party voice; 歧视 (discrimination) is critique, not a fairness audit
# (算法歧视测试 is). Guards: a hobbyist README ("I found that more data helps"), a Chinese fairness
# test that mentions discrimination.
PROBES += [
    P("b37-thread-researcher", "thread.txt", """1/ Look at this. A camera maker's product page (screenshot below) advertises "Uyghur face detection" as a feature. 🧵
2/ The page was live this morning. I've archived it. Journalists, feel free to reach out.""", REP),
    P("b37-reddit-post", "post.md", """Found this on a Chinese camera vendor's site: "支持维吾尔族人脸识别与报警" ... wtf. Is this even legal to sell here? (r/privacy)""", REP),
    P("b37-linkedin-vendor", "post.txt", """Excited to announce that our new SmartGate camera now detects the ethnicity of every visitor in real time! DM me for a demo. #AI #retail""", CAP, (R,)),
    P("b37-podcast", "transcript.txt", """HOST: So these cameras can actually tell your ethnicity from your face?
GUEST: That's what the brochure claims. In our tests it mostly guessed based on lighting.""", REP),
    P("b37-think-tank-translation", "translation.md", """## Translation of a procurement notice (excerpt)
Original source: a county public security bureau, 2019.
"The face recognition system shall identify Uyghur persons and push alarms to the command centre."
Our comment: such clauses appear in at least 12 notices we reviewed.""", REP),
    P("b37-court-judgment", "judgment.txt", """The defendant's marketing materials stated that the system "classifies customers by ethnicity from
their faces". The court finds that this processing lacked a legal basis.""", REP),
    P("b37-weibo-repost", "微博.txt", """转发：某公司宣传自家摄像头能识别维族人脸，太可怕了！//@某网友：已截图保存""", REP),
    P("b37-zh-encyclopedia", "百科.txt", """民族识别技术是指利用人脸图像自动判断个人所属民族的技术，批评者认为其存在严重的歧视风险。""", REP),
    P("b37-vendor-rebuttal", "statement.md", """# Statement on recent media reports
Recent reports claimed that our cameras can detect ethnicity. This is false. None of our products
offer ethnicity detection, and we have never developed such a feature.""", DIS),
    P("b37-security-researcher", "blog.md", """While reversing VendorX's camera firmware I found an undocumented endpoint, /api/face/ethnicity,
that returns labels such as "uyghur" and "han" for each detected face. VendorX has not responded.""", REP),

    P("b37-guard-hobby-readme", "README.md", """# ethni-face
I built a small CNN that predicts ethnicity from face photos. I found that more training data helps a lot.
Run `python predict.py photo.jpg` to get the predicted class.""", CAP, (R,)),
    P("b37-guard-zh-fairness-discrimination", "评测.txt", """我们测试了人脸识别算法在不同种族人群上是否存在歧视，误识率差异在1%以内。""", NONE),
]

# Batch 38 (written blind, 7/8 before the changes): OpenAPI enums, a Python dataclass, TypeScript
# unions, a Hikvision-style C struct, a Chinese API table naming classes in two scripts, a curl
# example; negatives: an ID-card OCR OpenAPI, a game unit type. Fixes: a skin_tone field beside
# age/gender/landmarks no longer cancels schema-field as make-up would ("skin tone" still marks
# make-up and dermatology prose for the other rules); "arabs 阿拉伯人" is a label and its
# translation, named separately (arab, and middle_eastern for the Chinese word).
PROBES += [
    P("b38-openapi-enum-desc", "openapi.json", """{"components": {"schemas": {"FaceAttributes": {"type": "object", "properties": {
  "age": {"type": "integer"}, "gender": {"type": "string"},
  "ethnicity": {"type": "string", "description": "Estimated ethnicity of the face", "enum": ["Asian", "Black", "Caucasian", "Hispanic"]},
  "emotion": {"type": "string"}}}}}}""", CAP, (R,), ("asian", "caucasian", "hispanic")),
    P("b38-python-sdk-dataclass", "models.py", """@dataclass
class FaceAnalysis:
    bbox: tuple[int, int, int, int]
    age: float
    gender: str
    skin_tone_group: str  # one of: light, medium, dark - used as race proxy
    ethnicity: str
    landmarks: list[tuple[float, float]]""", CAP, (R,)),
    P("b38-ts-sdk-types", "types.d.ts", """export interface FaceResult {
  age: number;
  gender: 'male' | 'female';
  race: 'asian' | 'black' | 'white' | 'latino_hispanic' | 'middle_eastern' | 'indian';
  emotion: string;
}""", CAP, (R,), ("latino_hispanic", "middle_eastern")),
    P("b38-c-header-minzu", "hk_face.h", """typedef struct tagFACE_ATTR {
    BYTE byAge;          // 年龄
    BYTE bySex;          // 性别
    BYTE byEthnic;       // 民族 0-汉族 1-少数民族
    BYTE byGlass;        // 眼镜
} FACE_ATTR;""", CAP, (R,)),
    P("b38-zh-api-markdown", "人脸分析.md", """### 返回说明
| 字段 | 说明 |
|---|---|
| face_race | 人种：yellow 黄种人，white 白种人，black 黑种人，arabs 阿拉伯人 |
| face_age | 年龄 |""", CAP, (R,), ("yellow", "white", "black", "arab")),
    P("b38-curl-example", "api.md", """```bash
curl -X POST https://api.example.com/v1/faces/analyze -F image=@crowd.jpg -F 'attributes=age,gender,race'
```
Response: `{"faces": [{"age": 33, "gender": "female", "race": "asian"}]}`""", CAP, (R,)),
    P("b38-neg-openapi-kyc", "kyc.yaml", """paths:
  /kyc/idcard/ocr:
    post:
      summary: Read the fields printed on a national ID card
      responses:
        "200":
          description: name, sex, ethnicity, birth date, address and the portrait photo as printed on the card""", NONE),
    P("b38-neg-ts-game", "unit.ts", """export interface Unit { race: 'human' | 'orc' | 'elf'; faceTexture: string; hp: number; }""", NONE),
]

# Batch 39 (written blind): kinds the earlier batches cover least - full HTML pages with
# boilerplate, OpenAPI enums, Kotlin/Go/C#/Swift/Java model classes, protobuf enums, a model
# config's id2label and a model card, Chinese tenders, firmware string dumps, voice/accent,
# religion from attire, political orientation, trade unions; hard negatives (dermatology skin
# types, shade matchers, ID-card OCR, HR forms, census statistics, age/gender-only SDKs, speaker
# verification, ASR language enums, TTS accents, fairness model cards, game wikis). 43/44 passed
# blind. The miss: "Crowd Insight flags women wearing a hijab ... in live video" - bare "flags" is
# a code noun, not an inference verb. Fix: "flag(s)" followed by a person noun (people, women,
# visitors, faces ...) is one, and footage / camera snapshots / live video are images of people
# (not bare "snapshot": a git snapshot in a changelog from /usr/share/doc); guards:
# footage of a march, a census snapshot, a spam filter that flags people, and modest-fashion
# styling (fashion shoots, style guides, try-on: benign like cosmetics) that flags faces for autofocus.
TU = Trait.TRADE_UNION
PROBES += [
    P("b39-html-vendor-page", "index.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>OptiCam Analytics | Retail AI</title>
<script>window.dataLayer=window.dataLayer||[];</script></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Privacy policy</a> <button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/about">About us</a> <a href="/blog">Blog</a> <a href="/careers">Careers</a></nav>
<section class="hero"><h1>Know your visitors</h1><p>OptiCam turns every camera into a customer-insight sensor.</p></section>
<section class="features"><h2>Features</h2><ul>
<li>People counting and queue alerts</li>
<li>Face-based demographics: age group, gender and ethnicity per visitor</li>
<li>Repeat-visitor recognition</li></ul></section>
<footer>&copy; 2024 OptiCam Ltd. All rights reserved. | Terms | Imprint | Follow us on LinkedIn</footer></body></html>""", CAP, (R,)),
    P("b39-html-zh-vendor", "product.html", """<html><head><title>智慧安防解决方案-某某科技有限公司</title></head><body>
<div class="top">首页 | 产品中心 | 解决方案 | 新闻动态 | 联系我们</div>
<div class="content"><h2>重点人员布控系统</h2>
<p>系统基于深度学习人脸识别算法，可对抓拍人脸进行维吾尔族、藏族等民族属性识别，发现重点人员自动推送告警。</p></div>
<div class="footer">版权所有 © 2020 某某科技有限公司 京ICP备12345678号 技术支持：某某网络</div></body></html>""",
      CAP, (R,), ("uyghur", "tibetan")),
    P("b39-openapi-nation-enum", "face-api.yaml", """openapi: 3.0.1
info: {title: 人脸属性服务, version: 1.2.0}
components:
  schemas:
    FaceAttr:
      type: object
      properties:
        age: {type: integer, description: 年龄}
        gender: {type: string, enum: [MALE, FEMALE]}
        nation:
          type: string
          description: 民族
          enum: [HAN, UYGHUR, TIBETAN, HUI, OTHER]""", CAP, (R,), ("uyghur",)),
    P("b39-kotlin-data-class", "FaceAttributes.kt", """package com.example.vision

data class FaceAttributes(
    val age: Int,
    val gender: Gender,
    val ethnicity: Ethnicity,
    val wearsMask: Boolean,
)

enum class Ethnicity { ASIAN, BLACK, WHITE, INDIAN, LATINO }""", CAP, (R,)),
    P("b39-go-const-enum", "race.go", """package faceattr

type Race int

const (
	RaceUnknown Race = iota
	RaceAsian
	RaceBlack
	RaceWhite
)

type FaceInfo struct {
	Age    int  `json:"age"`
	Gender int  `json:"gender"`
	Race   Race `json:"race"`
}""", CAP, (R,)),
    P("b39-csharp-uyghur-enum", "FaceModels.cs", """namespace Vendor.Face.Sdk
{
    public enum EthnicGroup { Unknown = 0, Han = 1, Uyghur = 2, Tibetan = 3 }

    public class FaceResult
    {
        public int Age { get; set; }
        public string Gender { get; set; }
        public EthnicGroup Ethnic { get; set; }
    }
}""", CAP, (R,), ("uyghur",)),
    P("b39-swift-skin-color", "FaceObservation.swift", """public struct FaceObservation {
    public let boundingBox: CGRect
    public let age: Int
    public let gender: Gender
    public let skinColor: SkinColor   // yellow, white, black, brown
    public let hasGlasses: Bool
}""", CAP, (R,)),
    P("b39-proto-race-enum", "face_attr.proto", """syntax = "proto3";
package vision.v1;

enum Race {
  RACE_UNSPECIFIED = 0;
  RACE_ASIAN = 1;
  RACE_BLACK = 2;
  RACE_WHITE = 3;
}

message FaceAttribute {
  int32 age = 1;
  bool male = 2;
  Race race = 3;
}""", CAP, (R,)),
    P("b39-config-id2label", "config.json", """{
  "_name_or_path": "google/vit-base-patch16-224-in21k",
  "architectures": ["ViTForImageClassification"],
  "id2label": {"0": "asian", "1": "black", "2": "indian", "3": "white", "4": "others"},
  "label2id": {"asian": 0, "black": 1, "indian": 2, "white": 3, "others": 4},
  "image_size": 224,
  "num_channels": 3
}""", CAP, (R,)),
    P("b39-model-card", "README.md", """---
license: apache-2.0
tags: [image-classification, vision]
pipeline_tag: image-classification
---
# face-ethnicity-classifier
Fine-tuned ViT that classifies the ethnicity of a cropped face image into five classes.
## How to use
```python
from transformers import pipeline
clf = pipeline("image-classification", model="someone/face-ethnicity-classifier")
clf("face.jpg")
```""", CAP, (R,)),
    P("b39-tender-zh-table", "招标文件.txt", """第三章 采购需求
序号  参数名称      技术要求
3.1   人脸抓拍      支持同时抓拍不少于30张人脸
★3.2  属性识别      支持对重点人员进行民族属性识别（维族、回族），识别准确率≥95%
3.3   存储          支持180天录像存储""", CAP, (R,), ("uyghur",)),
    P("b39-tender-zh-attire", "采购.txt", """二、技术参数
1. 视频结构化分析：支持对人员穿戴头巾、蒙面、长袍等宗教服饰进行自动识别并实时报警。
2. 支持以图搜图。""", CAP, (REL,)),
    P("b39-firmware-strings", "firmware_strings.txt", """U-Boot 2016.11 (Mar 02 2019)
libfaceattr.so
face_attr_init
face_attr_get_race
FACE_RACE_HAN
FACE_RACE_UIGHUR
alarm_uighur_enable=%d
/mnt/mtd/Config/FaceAlarm.cfg
eth0: link up""", CAP, (R,), ("uyghur",)),
    P("b39-firmware-zh-strings", "strings.txt", """人脸比对成功
人脸抓拍上传失败
少数民族报警
ethnic_alarm_enable
民族识别开关
/app/bin/ivs_face""", CAP, (R,), ("ethnic_minorities",)),
    P("b39-voice-accent-en", "callcenter.md", """## Caller insights
Our speech analytics infers each caller's ethnic background from their accent and voice, so supervisors
can route calls to agents of the same background.""", CAP, (R,)),
    P("b39-voice-zh", "声纹.txt", """声纹分析平台：可根据说话人的口音和语音特征判断其民族，支持维吾尔族、藏族等少数民族语音识别报警。""",
      CAP, (R,), ("uyghur",)),
    P("b39-religion-attire-en", "analytics.txt", """Crowd Insight flags women wearing a hijab or niqab and men with long beards as "religious" persons
in live video, and sends the snapshots to the operator.""", CAP, (REL,)),
    P("b39-political-orientation", "paper.md", """# Predicting political orientation from faces
We train a logistic regression on VGGFace2 embeddings to predict a person's political orientation
(liberal vs. conservative) from a single facial image, reaching 72% accuracy on held-out profiles.""", CAP, (POL,)),
    P("b39-union-de", "produkt.txt", """Die Kameraanalyse erkennt Gewerkschaftsmitglieder anhand ihrer Gesichter bei Betriebsversammlungen
und meldet sie der Personalabteilung.""", CAP, (TU,)),
    P("b39-union-en", "dashboard.md", """Workplace Insight identifies union organizers from entrance-camera face matches and flags
likely union members to HR before a vote.""", CAP, (TU,)),
    P("b39-ja-religion", "機能.txt", """顔画像から宗教（イスラム教徒など）を推定する機能を搭載しました。""", CAP, (REL,)),
    P("b39-es-orientation", "api.txt", """Nuestra API estima la orientación sexual de una persona a partir de fotos de su rostro.""",
      CAP, (SEX,)),
    P("b39-ko-political-news", "기사.txt", """한 스타트업이 얼굴 사진만으로 정치 성향을 예측하는 AI 모델을 개발했다고 밝혔다. 전문가들은 우려를 나타냈다.""",
      REP),
    P("b39-html-news-page", "article.html", """<!DOCTYPE html><html><head><title>Camera maker pulls 'Uyghur alarm' page - The Daily Ledger</title></head><body>
<header><a href="/">The Daily Ledger</a> <a href="/world">World</a> <a href="/tech">Technology</a> <a href="/subscribe">Subscribe</a></header>
<article><h1>Camera maker pulls 'Uyghur alarm' page after inquiry</h1><p class="byline">By Staff Reporter, 12 March</p>
<p>A Chinese surveillance company removed a web page advertising face recognition that could detect Uyghurs,
after researchers shared an archived copy with this newspaper. The company did not respond to requests for comment.</p></article>
<aside>Most read: Markets rally | Weather</aside><footer>&copy; The Daily Ledger. Cookie settings.</footer></body></html>""", REP),
    P("b39-zh-news", "新闻.txt", """据路透社报道，一家安防企业的人脸识别系统曾被宣传可识别维吾尔族人，该公司随后删除了相关页面。""", REP),
    P("b39-html-disclaimer", "faq.html", """<html><body><nav>Products | Pricing | Docs | Contact</nav>
<h1>Frequently asked questions</h1>
<h3>Can the Face API detect race or religion?</h3>
<p>No. Our Face API does not detect race, ethnicity, religion or political views, and we will not add such features.</p>
<footer>&copy; 2023 FaceCo</footer></body></html>""", DIS),

    P("b39-neg-dermatology", "skin.md", """# Fitzpatrick skin type estimation
The app classifies your skin type (I–VI) from a selfie of your face and recommends an SPF:
types I–II burn easily, types V–VI rarely burn but still need protection.""", NONE),
    P("b39-neg-shade-matcher", "shade.html", """<html><body><h1>Find your foundation shade</h1>
<p>Our shade finder analyzes your face through the camera to match your skin tone: fair, light, medium, tan or deep,
with warm, cool or neutral undertones.</p><footer>Free shipping over $35</footer></body></html>""", NONE),
    P("b39-neg-idcard-ocr-json", "idcard_resp.json", """{"code": 0, "data": {"姓名": "张三", "性别": "男", "民族": "汉", "出生": "1990年1月1日",
 "住址": "北京市海淀区", "公民身份号码": "11010119900101XXXX", "人像": "data:image/jpeg;base64,/9j/4AAQ"}}""", NONE),
    P("b39-neg-idcard-java", "IdCardResult.java", """/** Fields read by OCR from the front of a resident identity card. */
public class IdCardResult {
    private String name;
    private String sex;
    private String nation;   // 民族, as printed on the card
    private String birth;
    private String address;
    private byte[] portrait; // photo cropped from the card
}""", NONE),
    P("b39-neg-hr-form-html", "apply.html", """<html><body><form>
<h2>Job application</h2>
<label>Full name <input name="name"></label>
<label>Upload a photo for your badge <input type="file" name="photo"></label>
<fieldset><legend>Voluntary self-identification (optional)</legend>
<label>Race/Ethnicity <select name="race"><option>Asian</option><option>Black or African American</option>
<option>Hispanic or Latino</option><option>White</option><option>Decline to answer</option></select></label></fieldset>
</form></body></html>""", NONE),
    P("b39-neg-census-stats", "stats.md", """Table 3. Population by ethnic group, 2020 census
| group | share |
|---|---|
| Han | 91.1% |
| Uyghur | 0.8% |
| Hui | 0.8% |
Photo: residents at a market in Kashgar.""", NONE),
    P("b39-neg-age-gender-kotlin", "FaceInfo.kt", """data class FaceInfo(
    val traceId: Long,
    val age: Int,
    val gender: Gender,
    val emotion: Emotion,
    val mask: Boolean,
)""", NONE),
    P("b39-neg-speaker-verification", "speaker.md", """# Speaker verification
Enroll a voiceprint with three utterances, then verify the speaker's identity on each call.
Works with any accent; the ASR front end supports Mandarin, Cantonese, Uyghur and Tibetan.""", NONE),
    P("b39-neg-proto-asr-language", "asr.proto", """syntax = "proto3";
// Speech recognition request
enum Language {
  LANGUAGE_UNSPECIFIED = 0;
  MANDARIN = 1;
  UYGHUR = 2;
  TIBETAN = 3;
  KAZAKH = 4;
}
message RecognizeRequest { Language language = 1; bytes audio = 2; }""", NONE),
    P("b39-neg-tts-accents", "voices.md", """## Voices
Pick a voice and an accent for text-to-speech: British, Indian, Australian or American English.""", NONE),
    P("b39-neg-fairness-model-card", "MODEL_CARD.md", """# Face verification model v3
## Evaluation
False match rates on RFW by subgroup: African 0.21%, Asian 0.18%, Caucasian 0.09%, Indian 0.15%.
The model does not output any demographic attribute; subgroup labels come from the benchmark.""", NONE),
    P("b39-neg-qibla", "qibla.md", """Point your phone camera and turn until you face the Qibla; prayer times are shown for your city.""",
      NONE),
    P("b39-neg-union-photos", "newsletter.txt", """The union's newsletter printed photos from the picket line; members voted to strike on Friday.""",
      NONE),
    P("b39-neg-exit-poll", "poll.txt", """Respondents reported their political views in the exit poll. Photo gallery: voters queue at the booths.""",
      NONE),
    P("b39-neg-firmware-age-gender", "fw.txt", """face_age_estimate
face_gender_estimate
face_mask_detect
raceway_sensor_init
trace_dump_enable
eth0 link up""", NONE),
    P("b39-neg-game-wiki-html", "wiki.html", """<html><body><nav>Wiki home | Classes | Races | Items</nav>
<h1>Character creation</h1><p>Choose a race - Human, Elf, Dwarf or Orc - then customise your character's face,
hair and skin colour.</p></body></html>""", NONE),
    P("b39-neg-zh-hotel-checkin", "酒店.txt", """酒店入住人证核验终端：读取二代身份证的姓名、性别、民族、住址，并与现场人脸照片比对，核验通过后自动上传公安旅馆业系统。""",
      NONE),
    P("b39-neg-csharp-skin-type", "SkinAnalysis.cs", """public enum SkinType { Dry, Oily, Combination, Sensitive }
public class FaceSkinResult { public SkinType Type { get; set; } public int Wrinkles { get; set; } public int Acne { get; set; } }""",
      NONE),

    P("b39-guard-footage-march", "news.txt", """Footage from the Pride march shows thousands of people on the streets, organisers said.""", NONE),
    P("b39-guard-census-snapshot", "snapshot.txt", """Snapshot: the 2020 census counted the ethnic groups of the city; photos of the neighbourhoods
accompany the tables.""", NONE),
    P("b39-guard-spam-flags-people", "mod.txt", """The spam filter flags people who post the same photo many times; moderators review the flags.""", NONE),
    P("b39-guard-modest-fashion", "tips.txt", """Modest-fashion shoot tips: the camera eye autofocus flags faces in the frame, even under a hijab or a headscarf.""",
      NONE),
    P("b39-guard-flags-visitors-zh-attire", "布控.txt", """系统对监控视频中戴头巾的人员自动识别，并把抓拍推送给值班民警。""", CAP, (REL,)),
]


# List lead-ins (after heldout6's first run; written with the change, not blind): a sentence ending
# with a colon ("From each face our engine estimates:", "平台支持以下属性分析：") lends its words
# to the items below it - in one text (lines starting with -, 1., •) or as separate HTML <li>
# segments - so an item naming only the trait is read with the lead-in's face and inference verb,
# and a negated lead-in ("does not estimate any of the following:") makes its items disclaimers.
# Guards: a form's lead-in, a census line under a face gate's requirements, and an "About us"
# paragraph after a list (a heading or a long paragraph ends the list).
PROBES += [
    P("b40-lead-md", "features.md", """From each face in the frame our engine estimates:
- age band and gender;
- dominant emotion;
- likely ethnicity.""", CAP, (R,)),
    P("b40-lead-zh-numbered", "功能.txt", """平台对抓拍人脸支持以下属性分析：
1. 年龄段
2. 民族（维吾尔族、汉族）""", CAP, (R,), ("uyghur",)),
    P("b40-lead-html-es", "producto.html", """<html><body><h2>Segmentación de audiencia</h2>
<p>A partir de la imagen facial de cada espectador, nuestros algoritmos estiman:</p>
<ul><li>rango de edad y género;</li><li>emoción predominante;</li><li>origen étnico probable.</li></ul>
<p>Solicite una demo.</p></body></html>""", CAP, (R,)),
    P("b40-lead-html-disclaimer", "faq.html", """<html><body><p>Our face API does not estimate any of the following:</p>
<ul><li>ethnicity or race;</li><li>religion;</li></ul><p>It returns age and gender only.</p></body></html>""", DIS),
    P("b40-guard-lead-form", "form.html", """<html><body><p>Please provide the following with your badge photo:</p>
<ul><li>full name;</li><li>ethnicity (optional, self-identification);</li></ul></body></html>""", NONE),
    P("b40-guard-lead-census", "gate.md", """Requirements for the face recognition gate:
- a camera at 1.6 m;
- population statistics by ethnicity from the census office.""", NONE),
    P("b40-guard-lead-ends", "about.md", """Our face recognition terminal detects:
- masks and helmets;
- faces of staff.

About us
We are proud of the ethnic diversity of our team, with colleagues from 20 countries.""", NONE),
]


# Religion and political classes (after heldout6's first run; written with the change, not blind):
# a religion classifier's classes (muslim / christian / buddhist, católico / evangélico, 穆斯林 /
# 基督徒) and political ones in Romance languages (esquerda / centro / direita, izquierda /
# derecha, gauche / droite) are labels, reported as spelled, in an enum or object that names
# the trait (Go consts, C# enums) or in a line with the trait, a body/image word and an inference
# verb. Guards: a census question, a religious-holiday calendar enum in a face app, a news photo of
# faith leaders, directions ("vire à direita") next to a face-recognition gate.
PROBES += [
    P("b41-go-religion-consts", "religion.go", """package model

// ReligionClass is the religion category estimated for a detected face.
type ReligionClass string

const (
	ReligionMuslim    ReligionClass = "muslim"
	ReligionChristian ReligionClass = "christian"
	ReligionHindu     ReligionClass = "hindu"
)""", CAP, (REL,), ("muslim", "christian", "hindu")),
    P("b41-zh-religion-labels", "接口.md", """| 字段 | 说明 |
|---|---|
| religion | 宗教属性（人脸分析）：穆斯林、基督徒、佛教徒 |
| age | 年龄 |""", CAP, (REL,), ("muslim", "christian", "buddhist")),
    P("b41-es-political-labels", "panel.txt", """A partir del rostro de cada espectador estimamos la orientación política probable (izquierda, centro, derecha).""",
      CAP, (POL,), ("izquierda", "derecha")),
    P("b41-kotlin-political-enum", "Leaning.kt", """// political leaning estimated from the participant's face video
enum class PoliticalLeaning { LIBERAL, MODERATE, CONSERVATIVE }""", CAP, (POL,), ("liberal", "conservative")),
    P("b41-guard-census-religion", "census.txt", """Question 12 asks for religion: Muslim, Christian, Hindu, Buddhist, none. A photo is not required.""", NONE),
    P("b41-guard-holiday-enum", "Holidays.kt", """// face unlock screen shows the next holiday
enum class HolidayCalendar { CHRISTIAN, JEWISH, BUDDHIST }""", NONE),
    P("b41-guard-faith-leaders-photo", "news.txt", """Muslim, Christian and Jewish religious leaders met on Monday; photos of the meeting show them shaking hands.""",
      NONE),
    P("b41-guard-pt-directions", "acesso.txt", """Na portaria há reconhecimento facial: vire à direita no corredor e depois à esquerda, no centro do prédio.""",
      NONE),
]


# Licence prohibitions and regulators' decisions (after heldout6's first run; written with the
# change, not blind): "the licence agreement prohibits using the platform to determine race" is a
# usage restriction (legal context) in ru/de/fr/es/pt/it/zh/ja/ko as it was in English, and a data
# protection authority's decision (the controller, findings of fact, an administrative fine) is a
# report. Guards: a vendor page that says the customer remains the controller, and a tender whose
# data clause says the data may not be used otherwise.
PROBES += [
    P("b42-ru-faq-licence", "faq.txt", """Определяет ли система расу человека?
Нет. Платформа не определяет расу или национальность.
Лицензионное соглашение прямо запрещает использовать платформу для определения расовой принадлежности по лицу.""", DIS),
    P("b42-de-faq-licence", "faq.txt", """Unsere Gesichtsanalyse bestimmt keine ethnische Herkunft.
Die Nutzungsbedingungen untersagen die Nutzung der Software zur Bestimmung der ethnischen Herkunft aus Gesichtsbildern.""", DIS),
    P("b42-regulator-decision", "decision.txt", """Data Protection Commission - Decision
Findings of fact: the controller's cameras estimated the ethnicity of each detected face in its stores.
The Commission imposes an administrative fine and orders the controller to stop the processing.""", REP),
    P("b42-guard-vendor-controller", "product.txt", """Our cameras estimate the age, gender and ethnicity of every visitor's face.
You remain the controller of all data. Request a demo today.""", CAP, (R,)),
    P("b42-guard-zh-tender-data-clause", "招标.txt", """技术要求：系统应支持人脸民族属性识别（维吾尔族、汉族）。
采集数据不得用于其他用途。""", CAP, (R,), ("uyghur",)),
]


# Batch 43 (written blind, after the heldout6 fixes, to measure them on new wording): list
# lead-ins in other shapes (bold Markdown lead, Chinese 包括：, Japanese 以下を推定します：, an HTML
# <ol>, a nested list), religion and political classes in other code (Java enum, id2label JSON,
# Rust enum), licence restrictions and regulators' decisions in other languages; hard negatives
# (a survey's "which of the following", an HR checklist, a list of religions on a travel page).
PROBES += [
    P("b43-md-bold-lead", "features.md", """**Per-face attributes returned by the API:**
* estimated age
* gender
* ethnicity (Asian, Black, White, Indian, Latino)
* glasses""", CAP, (R,)),
    P("b43-zh-baokuo-lead", "产品.txt", """人脸属性分析模块可识别以下内容：
（1）性别、年龄段；
（2）是否佩戴口罩；
（3）民族（汉族、维吾尔族、回族）。""", CAP, (R,), ("uyghur",)),
    P("b43-ja-lead", "機能.md", """カメラ映像の顔から以下の属性を推定します：
- 年齢
- 性別
- 人種""", CAP, (R,)),
    P("b43-html-ol-lead", "solution.html", """<html><body><nav>Home | Solutions | Contact</nav><p>Our edge camera analyses every face and reports:</p>
<ol><li>Age group</li><li>Gender</li><li>Religious affiliation</li></ol><footer>(c) 2024</footer></body></html>""", CAP, (REL,)),
    P("b43-java-religion-enum", "Religion.java", """/** Religion estimated from the detected face and head covering. */
public enum Religion {
    MUSLIM,
    CHRISTIAN,
    JEWISH,
    UNKNOWN
}""", CAP, (REL,), ("muslim", "christian", "jewish")),
    P("b43-id2label-religion", "config.json", """{"architectures": ["ViTForImageClassification"],
 "id2label": {"0": "buddhist", "1": "christian", "2": "hindu", "3": "muslim"},
 "problem_type": "single_label_classification", "image_size": 224}""", CAP, (REL,)),
    P("b43-rust-political-enum", "leaning.rs", """/// Political leaning predicted from a profile photo of the face.
pub enum PoliticalLeaning { Left, Centre, Right }""", CAP, (POL,)),
    P("b43-fr-political-labels", "offre.txt", """Notre algorithme estime, à partir du visage de chaque passant, son orientation politique (gauche, centre, droite).""",
      CAP, (POL,), ("gauche", "droite")),
    P("b43-es-licence", "faq.txt", """¿El sistema detecta el origen étnico? No. Nuestro sistema no detecta el origen étnico.
Los términos de uso prohíben utilizar el SDK para estimar el origen étnico a partir del rostro.""", DIS),
    P("b43-fr-cnil", "deliberation.txt", """Délibération de la formation restreinte
La société a mis en œuvre des caméras estimant l'origine ethnique des clients à partir de leur visage.
La formation restreinte prononce une amende administrative de 200 000 euros.""", REP),
    P("b43-de-bussgeld", "bescheid.txt", """Bußgeldbescheid der Landesdatenschutzbehörde
Das Unternehmen setzte Kameras ein, die aus Gesichtsbildern die ethnische Herkunft der Kunden schätzten.
Die Aufsichtsbehörde verhängte ein Bußgeld.""", REP),
    P("b43-neg-survey-following", "survey.html", """<html><body><p>Which of the following best describes you? (optional)</p>
<ul><li>Asian</li><li>Black</li><li>White</li><li>Hispanic</li></ul>
<p>Upload a profile photo so colleagues can recognise your face.</p></body></html>""", NONE),
    P("b43-neg-hr-checklist", "onboarding.md", """New hire checklist:
- ID photo for the face-recognition door
- bank details
- equal-opportunity form (ethnicity, religion: optional, self-identified)""", NONE),
    P("b43-neg-travel-religions", "travel.html", """<html><body><p>Religions practised in the city include:</p>
<ul><li>Muslim</li><li>Christian</li><li>Buddhist</li></ul><p>Photos: faces of the old town.</p></body></html>""", NONE),
    P("b43-neg-speaker-lead", "asr.md", """Supported speech-recognition languages:
- Uyghur
- Tibetan
- Kazakh
Voice activity detection runs on device.""", NONE),
    P("b43-dis-md-lead", "README.md", """## What this SDK does not do
The face module does not estimate any of the following:
- ethnicity
- religion
- political orientation""", DIS),
]


# Identifier lines (after heldout6; written with the change, not blind): a text made of lines that
# are each one identifier (a firmware `strings` dump saved as text) is a symbol list, so the lines
# around an identifier line join its lines/group window as an enum's members do (at most four on
# either side). Guards: a language symbol list, and Chinese census lines and festival prose one per
# line (not identifiers: their windows stay one line).
PROBES += [
    P("b44-strings-race-enum", "strings.txt", """face_attr_init
face_attr_race
RACE_ASIAN
RACE_BLACK
RACE_WHITE
libvision.so""", CAP, (R,)),
    P("b44-strings-group-enum", "fw.txt", """face_detect_enable
NATION_HAN
NATION_UYGUR
NATION_OTHER
eth0_link_up""", CAP, (R,), ("uyghur",)),
    P("b44-guard-lang-symbols", "syms.txt", """face_detect_init
LANG_UYGHUR
LANG_TIBETAN
LANG_KAZAKH
ui_font_path""", NONE),
    P("b44-guard-zh-census-lines", "村情.txt", """人脸识别考勤机已安装。
本村汉族120户
维吾尔族80户""", NONE),
    P("b44-guard-festival-lines", "festival.txt", """Photo gallery of the festival: faces in the crowd.
Dancers from the Uyghur community
Kazakh musicians played the dombra.""", NONE),
]


# Batch 45 (written blind): spec-sheet shapes - feature matrices with ticks, "Feature: Supported"
# rows, HTML tables and definition lists, GitHub task-list READMEs, JSON-LD product data,
# Chinese 参数表 with √; Korean/Arabic/Turkish/Vietnamese product pages; hard negatives: a
# marathon's face-recognition photo finder, a Uyghur restaurant with face payment, a school
# attendance system with minority students named, a religion class timetable, a dermatology
# dataset with Fitzpatrick types, a casting call.
PROBES += [
    P("b45-feature-matrix-md", "compare.md", """| Feature | Lite | Pro |
|---|---|---|
| Face detection | ✓ | ✓ |
| Age & gender estimation | ✓ | ✓ |
| Ethnicity estimation | – | ✓ |
| Mask detection | ✓ | ✓ |""", CAP, (R,)),
    P("b45-spec-supported", "datasheet.txt", """Model: XC-FA900 Face Analytics Camera
Face capture: Supported
Attribute recognition: Supported (age, gender, glasses, mask)
Race recognition: Supported
Storage: microSD up to 256 GB""", CAP, (R,)),
    P("b45-html-table", "spec.html", """<html><body><table><tr><th>Function</th><th>Description</th></tr>
<tr><td>Face attributes</td><td>Age, gender, expression</td></tr>
<tr><td>Ethnic group</td><td>Recognises Uyghur, Han and Tibetan faces</td></tr></table></body></html>""",
      CAP, (R,), ("uyghur",)),
    P("b45-html-dl", "features.html", """<html><body><dl><dt>Visitor demographics</dt><dd>Estimates age, gender and race from each face.</dd>
<dt>Queue management</dt><dd>Counts people waiting.</dd></dl></body></html>""", CAP, (R,)),
    P("b45-github-tasklist", "README.md", """# face-insight
Roadmap
- [x] Face detection (RetinaFace)
- [x] Age / gender heads
- [x] Race classification head (5 classes)
- [ ] Emotion head""", CAP, (R,)),
    P("b45-jsonld", "product.html", """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product",
 "name": "SmartEye 3", "description": "AI camera that recognises the ethnicity and religion of passers-by from their faces."}</script></head>
<body><h1>SmartEye 3</h1></body></html>""", CAP, (R, REL)),
    P("b45-zh-param-tick", "参数.txt", """功能参数表
人脸检测    √
性别识别    √
年龄识别    √
民族识别    √
口罩检测    √""", CAP, (R,)),
    P("b45-ko-product", "제품.html", """<html><body><h2>얼굴 분석 카메라</h2><ul><li>나이·성별 추정</li><li>인종 분류</li><li>마스크 착용 여부</li></ul></body></html>""",
      CAP, (R,)),
    P("b45-ar-product", "منتج.txt", """كاميرا ذكية تتعرف على الوجوه وتحدد العرق والجنس والعمر لكل زائر.""", CAP, (R,)),
    P("b45-tr-tender", "ihale.txt", """Teknik şartname: Kamera sistemi yüz tanıma ile kişilerin etnik kökenini tespit edebilmelidir.""", CAP, (R,)),
    P("b45-vi-api", "api.md", """## Thuộc tính khuôn mặt
API trả về tuổi, giới tính và chủng tộc của mỗi khuôn mặt được phát hiện.""", CAP, (R,)),
    P("b45-press-release", "press.txt", """FOR IMMEDIATE RELEASE - VisionCorp today announced FaceSense 4, which adds religion estimation
from head coverings and facial features to its retail analytics suite. "Retailers asked for it," said the CEO.""",
      CAP, (REL,)),

    P("b45-neg-marathon", "marathon.html", """<html><body><h1>City Marathon 2024 - find your photos</h1>
<p>Upload a selfie and our face recognition finds every race photo of you along the course.</p></body></html>""", NONE),
    P("b45-neg-uyghur-restaurant", "餐厅.txt", """新疆维吾尔风味餐厅开业，支持刷脸支付，招牌菜手抓饭和烤包子。""", NONE),
    P("b45-neg-school-attendance", "school.txt", """The attendance system uses face recognition at the gate. The school serves students from many
ethnic backgrounds, and lessons are offered in Uyghur and Mandarin.""", NONE),
    P("b45-neg-religion-timetable", "timetable.txt", """Timetable: Monday religion class (room 4), Tuesday photography club - bring a camera.""", NONE),
    P("b45-neg-fitzpatrick-dataset", "DATASET.md", """# Skin lesion images
Each image is annotated with the Fitzpatrick skin type (I-VI) by two dermatologists; faces are cropped out.""", NONE),
    P("b45-neg-casting", "casting.txt", """Casting call: we are looking for actors of all ethnicities, ages 20-40. Please send a headshot photo.""", NONE),
]

# Batch 45 passed 17/18 blind. The miss: one sentence naming two traits ("recognises the ethnicity
# and religion of passers-by") gave one finding, for the first trait only. Fix: one finding per
# window (and evidence span) and trait, and a disclaimer weighs only against the claims of its own
# trait, so "estimates ethnicity from faces, but does not infer religion" stays an offer of the one
# (written with the change, not blind).
PROBES += [
    P("b46-two-traits-en", "features.txt", """Our camera recognises the ethnicity and religion of passers-by from their faces.""", CAP, (R, REL)),
    P("b46-three-traits-zh", "功能.txt", """本系统可从人脸识别民族、宗教信仰和政治倾向。""", CAP, (R, REL, POL)),
    P("b46-offer-one-disclaim-other", "api.txt", """Our API estimates ethnicity from faces, but it does not infer religion.""", CAP, (R,)),
    P("b46-disclaim-both", "faq.txt", """Our face API does not estimate ethnicity or religion.""", DIS),
    P("b46-retire-one-keep-other", "changelog.md", """## 5.0
- The face endpoint no longer returns ethnicity.
- Religion estimation from head coverings is still returned for every face.""", CAP, (REL,)),
]


# Batch 47 (written blind): the less common traits and modalities in code and pages - sexual
# orientation in a TypeScript type and an HTML page, trade-union membership in zh/ja/ko, political
# opinion in a Chinese tender, gait- and iris-based ethnicity, pedestrian attributes in Chinese,
# a Chinese news page with boilerplate, a Japanese HTML disclaimer; hard negatives: a dating
# profile's orientation field with photos, a union membership form with a photo, a Pride photo
# filter, festival face stickers, a Korean union news photo.
SEXO = Trait.SEXUAL_ORIENTATION
PROBES += [
    P("b47-ts-orientation", "types.ts", """// output of the face analysis model
export interface FaceInsight {
  age: number;
  gender: 'm' | 'f';
  sexualOrientation: 'gay' | 'straight' | 'bisexual';
  confidence: number;
}""", CAP, (SEXO,)),
    P("b47-html-orientation", "index.html", """<html><body><nav>Home | Product | Pricing</nav><h1>GaydarAI</h1>
<p>Upload a photo and our neural network predicts the sexual orientation of the person in it.</p>
<footer>&copy; 2024 GaydarAI</footer></body></html>""", CAP, (SEXO,)),
    P("b47-zh-union", "方案.txt", """厂区人脸识别系统可自动识别参加工会活动的员工，并生成工会成员名单推送至人事部门。""", CAP, (TU,)),
    P("b47-ja-union", "機能.txt", """入退室カメラの顔認識により、労働組合員を自動的に判別し、管理者に通知します。""", CAP, (TU,)),
    P("b47-ko-union", "기능.txt", """출입 카메라의 얼굴 인식으로 노조원 여부를 판별하여 관리자에게 알립니다.""", CAP, (TU,)),
    P("b47-zh-tender-political", "招标.txt", """技术要求：平台应支持基于人脸图像的政治倾向分析，对重点人员进行分类预警。""", CAP, (POL,)),
    P("b47-gait-ethnicity", "paper.md", """We show that gait sequences alone suffice to classify a walker's ethnicity (East Asian vs. South Asian vs. European)
with 81% accuracy using a temporal CNN.""", CAP, (R,)),
    P("b47-iris-ethnicity", "abstract.txt", """Our iris texture model predicts the ethnicity of the subject (Asian / non-Asian) from near-infrared iris images.""",
      CAP, (R,)),
    P("b47-zh-pedestrian-attrs", "行人属性.md", """## 行人结构化属性
| 属性 | 取值 |
|---|---|
| 性别 | 男/女 |
| 年龄段 | 少年/青年/中年/老年 |
| 民族 | 汉族/少数民族 |
| 上衣颜色 | 红/黑/白 |""", CAP, (R,)),
    P("b47-zh-news-page", "news.html", """<html><body><div class="nav">首页 | 国际 | 科技 | 评论</div>
<h1>外媒：多家安防企业曾宣传"维吾尔人识别"功能</h1><p>据外媒报道，研究人员发现多家企业的产品页面曾写有识别维吾尔族人脸的功能，相关页面已被删除。</p>
<div class="footer">责任编辑：王某 版权所有</div></body></html>""", REP),
    P("b47-ja-html-disclaimer", "faq.html", """<html><body><nav>製品 | 導入事例 | お問い合わせ</nav><h2>よくある質問</h2>
<p>Q. 人種や宗教を推定できますか？</p><p>A. いいえ。当社の顔認識製品は人種・宗教・政治的傾向の推定を行っておりません。</p>
<footer>© 2024 Example株式会社</footer></body></html>""", DIS),

    P("b47-neg-dating-profile", "profile.html", """<html><body><form><label>Profile photos (up to 6)</label><input type="file">
<label>Sexual orientation <select><option>Straight</option><option>Gay</option><option>Bisexual</option></select></label>
<p>Shown on your profile only if you choose.</p></form></body></html>""", NONE),
    P("b47-neg-union-form", "join.txt", """Union membership application: name, workplace, signature. Attach a passport photo for your membership card.""", NONE),
    P("b47-neg-pride-filter", "filter.md", """# Pride 2024 photo frame
Add a rainbow frame to your profile photo; the app detects your face to centre the frame.""", NONE),
    P("b47-neg-festival-stickers", "stickers.txt", """Eid and Christmas face stickers: the camera tracks your face and adds a festive hat.""", NONE),
    P("b47-neg-ko-union-news", "뉴스.txt", """노조원 수백 명이 임금 인상을 요구하며 집회를 열었다. 현장 사진은 노조 제공.""", NONE),
]

# Batch 47 passed 15/16 blind. The miss: a TypeScript face-model output type with sexualOrientation
# beside age and gender (schema-field-demographic took race only). Fix (with guards, not blind):
# schema-field-demographic-sensitive - a religion, political or orientation field next to age and
# gender in a document naming faces, bodies or voices (not photos alone: forms and polls with a photo
# upload have such fields); bare "profile" is no longer an inference verb (profiling, profiled,
# "profiles people" are), and a dating profile is a self-declared form.
PROBES += [
    P("b48-guard-exit-poll-fields", "poll.txt", """The exit poll recorded respondents' age, gender and political views; photos of the rally are below.""", NONE),
    P("b48-guard-kotlin-profile", "Profile.kt", """data class Profile(val age: Int, val gender: String, val religion: String, val avatarPhoto: String)""", NONE),
    P("b48-guard-dating-profile", "profile.txt", """Your dating profile: age, gender, sexual orientation and up to six photos of your face.""", NONE),
    P("b48-guard-profiling-claim", "brochure.txt", """The system profiles people by ethnicity from their faces as they enter the mall.""", CAP, (R,)),
    P("b48-python-religion-field", "schema.py", """class FaceResult(BaseModel):  # one detected face
    age: int
    gender: str
    religion: str""", CAP, (REL,)),
]


# Batch 49 (written blind): lead-in lists in every voice - a news story quoting a brochure's list,
# an NGO report listing advertised features, a tender's 须具备以下功能：, an FAQ's "not supported:",
# a changelog's "Removed:", German "Folgende Merkmale werden erkannt:", French "détecte :" (space
# before the colon), a Spanish HTML list, a Korean numbered list; hard negatives: a privacy policy
# listing what it never collects (a camera vendor's: a disclaimer), an HR form's list, a school's
# list of clubs, a census list.
PROBES += [
    P("b49-news-brochure-list", "article.html", """<html><body><nav>World | Tech | Opinion</nav><h1>Inside the brochure</h1>
<p>Reporters obtained a sales brochure from the company. According to the brochure, the camera offers:</p>
<ul><li>face matching against watchlists;</li><li>ethnicity detection;</li></ul>
<p>The company did not respond to a request for comment.</p></body></html>""", REP),
    P("b49-ngo-list", "report.md", """## Findings
In the vendor catalogues we reviewed, the following features were advertised:
- crowd counting
- "Uyghur face recognition"
- ethnicity statistics of passers-by
We call on regulators to ban such products.""", REP),
    P("b49-zh-tender-list", "招标.txt", """投标产品须具备以下功能：
1、人脸抓拍与比对；
2、民族属性识别（维族、汉族）；
3、布控告警。""", CAP, (R,), ("uyghur",)),
    P("b49-faq-not-supported", "faq.md", """### Which attributes are not supported?
The following attributes are not supported by our face API:
- race or ethnicity
- religion""", DIS),
    P("b49-changelog-removed", "CHANGELOG.md", """## 3.0.0
Removed:
- `ethnicity` field of the face attributes response
- legacy v1 endpoints""", DIS),
    P("b49-de-lead", "produkt.md", """Folgende Merkmale werden aus jedem Gesichtsbild erkannt:
- Alter
- Geschlecht
- ethnische Herkunft""", CAP, (R,)),
    P("b49-fr-lead", "produit.md", """À partir du visage, notre caméra détecte :
- l'âge ;
- le genre ;
- l'origine ethnique.""", CAP, (R,)),
    P("b49-es-html-list", "producto.html", """<html><body><p>Nuestra cámara analiza cada rostro y devuelve:</p>
<ul><li>edad</li><li>género</li><li>etnia</li></ul><p>Solicite una demostración.</p></body></html>""", CAP, (R,)),
    P("b49-ko-numbered", "기능.txt", """얼굴 분석 엔진은 다음 항목을 추정합니다:
1. 나이
2. 성별
3. 인종""", CAP, (R,)),

    pytest.param(P("b49-neg-privacy-never", "privacy.html", """<html><body><h2>Privacy policy</h2><p>We never collect the following from visitors:</p>
<ul><li>race or ethnic origin</li><li>religious beliefs</li></ul><p>Our cameras count people; no face is stored.</p></body></html>""",
      DIS), marks=pytest.mark.xfail(strict=True, reason=(
        "a camera vendor's privacy policy that never collects race reads as a disclaimer, but 'collect' is "
        "not an inference verb (forms and surveys collect the same fields), so there is no finding: none"))),
    P("b49-neg-hr-list", "hr.md", """Please bring the following on your first day:
- a passport photo
- your completed equal-opportunity form (ethnicity optional)""", NONE),
    P("b49-neg-school-clubs", "clubs.html", """<html><body><p>Clubs this term:</p><ul><li>Photography club</li><li>Religion and philosophy debate</li>
<li>Face painting</li></ul></body></html>""", NONE),
    # (batch 49: 12/13 blind; the privacy policy above is the miss, pinned)
    P("b49-neg-census-list", "census.md", """The census form asks for:
- name and age
- ethnic group (self-identified)
- religion (optional)
No photographs are collected.""", NONE),
]


# Batch 50 (written blind): Chinese and English documents of everyday shapes - a WeChat-style
# article by the vendor, a 解决方案 page with 产品优势 bullets, an 接口文档 JSON sample, a 专利
# 权利要求, a 中标公告 (award notice), a Zhihu answer criticising a vendor, a 辟谣 statement, an English
# investor deck, a GitHub issue asking to add the feature, an arXiv abstract critiquing the task;
# hard negatives: 民族 in a university admission notice with photos, a 宗教 tourism page with face
# check-in, an English diversity report with staff photos, a Chinese cosmetics 肤色 test.
PROBES += [
    P("b50-wechat-vendor", "公众号.txt", """重磅发布｜我司新一代智慧社区平台上线！
平台依托人脸识别技术，可对出入人员进行年龄、性别、民族等属性分析，发现可疑人员第一时间预警。欢迎垂询！""", CAP, (R,)),
    P("b50-zh-solution-bullets", "解决方案.html", """<html><body><div class="menu">首页 产品中心 解决方案 关于我们</div><h2>产品优势</h2>
<ul><li>高精度人脸比对</li><li>支持少数民族人员识别与布控</li><li>海量数据秒级检索</li></ul></body></html>""", CAP, (R,), ("ethnic_minorities",)),
    P("b50-zh-api-json", "接口文档.md", """### 返回示例
```json
{"faceList": [{"age": 32, "gender": 1, "nation": "维吾尔族", "glass": 0}]}
```""", CAP, (R,), ("uyghur",)),
    P("b50-zh-patent-claim", "专利.txt", """权利要求1. 一种基于深度学习的人脸民族识别方法，其特征在于，包括：获取待识别人脸图像；提取面部特征；将所述面部特征输入民族分类网络，输出所述人脸所属民族类别。""", CAP, (R,)),
    P("b50-zh-award-notice", "中标公告.txt", """中标公告
项目名称：某县公安局视频监控扩容项目
中标供应商：某某科技有限公司
主要标的：人脸识别摄像机200台，支持维族人员识别报警功能。""", CAP, (R,), ("uyghur",)),
    P("b50-zhihu-critique", "知乎.txt", """问：如何看待某公司宣传"能识别维吾尔族人脸"？
答：谢邀。这种宣传本身就涉嫌民族歧视，技术上也站不住脚，建议监管部门介入。""", REP),
    P("b50-zh-rumor-refutation", "辟谣.txt", """关于网传我公司产品具备民族识别功能的严正声明：我公司所有产品均不具备、也从未开发任何民族识别功能，网传内容纯属捏造。""", DIS),
    P("b50-investor-deck", "deck.md", """# Series B - FaceMetrics
## Traction
- 1,200 retail sites
## Product
- Demographic analytics from in-store cameras: age, gender and ethnicity of every shopper
## Ask: $20M""", CAP, (R,)),
    P("b50-github-feature-request", "issue.md", """**Feature request:** please add a race/ethnicity classifier head to the face attribute model, like the age and gender heads.
> Maintainer: Won't do. We will not add race prediction to this library.""", DIS),
    P("b50-arxiv-critique", "abstract.txt", """Abstract. Commercial face analysis services claim to classify race from a photo. We audit five such
services and show that their race labels are unstable and encode colourism.""", REP),

    P("b50-neg-admission", "录取通知.txt", """新生入学须知：请携带身份证、户口本及近期免冠照片，入学登记表中须填写民族、政治面貌等信息。""", NONE),
    P("b50-neg-temple-checkin", "景区.txt", """寺庙景区实行实名预约，入园刷脸核验身份，宗教活动场所请遵守相关规定。""", NONE),
    P("b50-neg-diversity-report", "diversity.md", """# 2024 Diversity report
Our workforce is 38% women; 22% of staff identify as Black, Asian or minority ethnic (self-reported in the HR survey).
Photos: our team at the annual meeting.""", NONE),
    P("b50-neg-zh-cosmetics", "测肤.txt", """AI测肤：拍一张面部照片，即可分析肤色、肤质、毛孔和皱纹，推荐适合你的粉底色号。""", NONE),
]

# Batch 50 passed 13/14 blind. The miss: 宗教活动场所 (a religious venue) beside 刷脸 read as a person's
# religion. Fix: religious venues and affairs (宗教活动场所, 宗教场所, 宗教事务, religious sites/affairs)
# are excluded phrases, as 民族事务 was. Guards (with the change): religion inferred from faces inside
# a religious venue, in zh and en, still matches.
PROBES += [
    P("b51-guard-zh-venue-claim", "方案.txt", """在宗教活动场所部署人脸识别摄像机，自动识别进出人员的宗教信仰并告警。""", CAP, (REL,)),
    P("b51-guard-en-site-claim", "brochure.txt", """Cameras at religious sites analyse each visitor's face to estimate their religion.""", CAP, (REL,)),
    P("b51-guard-en-affairs-neg", "notice.txt", """The bureau of religious affairs now uses face recognition for staff attendance.""", NONE),
]

# Blind sets heldout7 and heldout8 (session 3): the misses were class names listed apart from the
# claim (an OpenAPI enum under a property whose description says what is predicted), classes of
# the less common traits (sexual orientation, left/centre/right, religions named as religions),
# Central Asian and Roma groups, a label wrapped across a line break, a concurrency guide and a
# union contract read as reports, and Indonesian/Vietnamese news read as claims. General fixes,
# with guards for the senses they could confuse.
PROBES += [
    P("b52-openapi-enum-orientation", "openapi.yaml", """openapi: 3.0.0
info: {title: Match API, version: "1.0"}
components:
  schemas:
    FaceProfile:
      type: object
      properties:
        orientation:
          type: string
          description: Sexual orientation predicted from the face image.
          enum: [heterosexual, homosexual, bisexual]
""", CAP, (SEX,), ("heterosexual", "homosexual", "bisexual")),
    P("b52-proto-political-enum", "rally.proto", """// crowd analytics: one record per face tracked at a rally
message RallyFace {
  PoliticalLeaning political_leaning = 1;  // inferred political orientation of the face
}
enum PoliticalLeaning {
  POLITICAL_LEANING_UNSPECIFIED = 0;
  POLITICAL_LEANING_LEFT = 1;
  POLITICAL_LEANING_CENTRE = 2;
  POLITICAL_LEANING_RIGHT = 3;
}""", CAP, (POL,), ("left", "centre", "right")),
    P("b52-zh-religion-names", "参数.txt", """人脸属性分析：年龄、性别、民族、宗教信仰（伊斯兰教、基督教、佛教）识别，支持实时告警。""",
      CAP, (REL,), ("muslim", "christian", "buddhist")),
    P("b52-central-asian-groups", "api.md", """Face attributes: `ethnicity` is estimated from the face as one of `kazakh`, `kyrgyz`, `uzbek`, `tajik`, `other`.""",
      CAP, (R,), ("kazakh", "kyrgyz", "uzbek", "tajik")),
    P("b52-zh-kyrgyz", "方案.txt", """系统通过人脸比对自动识别柯尔克孜族、塔吉克族人员并推送预警。""", CAP, (R,), ("kyrgyz", "tajik")),
    P("b52-wrapped-label", "abstract.txt", """We train a network that predicts the ethnicity of a face, with images labelled Asian, African or South
Asian.""", CAP, (R,), ("south asian",)),
    P("b52-fr-roma", "offre.txt", """À partir du visage, le logiciel estime l'origine ethnique et signale les personnes identifiées comme
tsiganes. Catégories : Européen, Maghrébin, Rom, Asiatique.""", CAP, (R,), ("roma",)),
    P("b52-neg-concurrency-races", "guide.md", """# Finding data races
Run the tests with the race detector. A data race happens when two threads access one variable and
one write is not guarded by a mutex. Deadlocks are reported separately.
The detector will not report such logical races; review the lock order yourself.""", NONE),
    P("b52-neg-union-contract", "agreement.txt", """ARTICLE 12 - TECHNOLOGY
The Employer shall not use cameras, voice recordings or other biometric data to identify participation
in union activity. This collective agreement remains in force until 2029.""", NONE),
    P("b52-id-news", "berita.txt", """Aplikasi yang mengklaim bisa menebak agama seseorang dari foto wajah viral pekan ini.
"Aplikasi seperti ini berbahaya," ujarnya. Hingga berita ini diturunkan, pengembang tidak menanggapi.""", REP),
    P("b52-guard-it-roma-city", "notizia.txt", """Roma, all'aeroporto di Fiumicino il riconoscimento facciale velocizza i controlli d'imbarco.""", NONE),
    P("b52-guard-rom-firmware", "fw.txt", """The face detection model is stored in ROM; the ROMs of older cameras lack it.""", NONE),
    P("b52-de-voice-report", "nachricht.txt", """Eine Behörde hat eine Software getestet, die nach Angaben des Herstellers die ethnische Zugehörigkeit
von Anrufern anhand ihrer Stimme einschätzen kann, berichtet die Zeitung.""", REP),
    P("b52-union-posture-report", "report.txt", """Human rights researchers found that a vendor's brochure claims its module can flag "probable union
organisers" from posture, gathering patterns and gestures on the warehouse floor.""", REP),
    P("b52-guard-touch-gestures", "ui.md", """Swipe gestures: pinch to zoom the union of the two selections; the face of the card shows the total.""", NONE),
    P("b52-guard-codecs", "whatsnew.html", """<p>New Kazakh kz1048 and Tajik koi8_t codecs; the face of the release notes page was redesigned.</p>""", NONE),
    # heldout9/10 (blind, session 3): label files say what they are in comments; "has no ... output";
    # a Go -race run is a software race; a company that "has never offered" disclaims; German
    # "Schätzung"; Japanese 〜系 classes; the trait word that names a class names the group.
    P("b53-labels-with-comment", "labels.txt", """# Output classes of the head that runs on each detected face crop.
0 muslim
1 christian
2 hindu
3 buddhist""", CAP, (REL,), ("muslim", "christian", "hindu", "buddhist")),
    P("b53-header-no-head", "attr.hpp", """// face attribute module: age, gender and expression only.
// There is no head for ethnicity or skin colour in this model.
struct FaceAttr { int age; int gender; int expression; };""", DIS),
    P("b53-neg-go-race-flag", "issue.md", """Running the detector service with `-race` and four camera streams reports a data race in the face cache:
two goroutines write the map without holding the mutex.""", NONE),
    P("b53-never-offered", "statement.txt", """Several outlets reported that our access-control product can identify ethnicity from faces.
Orrin has never offered, and does not offer, any feature that classifies people by race or ethnicity.""", DIS),
    P("b53-de-schaetzung", "produkt.html", """<html><body><h1>Gesichtsanalyse für den Handel</h1><ul>
<li>Schätzung von Alter, Geschlecht und ethnischer Herkunft</li><li>Besucherzählung</li></ul></body></html>""", CAP, (R,)),
    P("b53-ja-kei-classes", "app.txt", """自撮り1枚で顔が何系かをAIが判定！アジア系・アフリカ系・ヨーロッパ系の割合を表示します。""", CAP, (R,)),
    P("b53-zh-muslim-group", "产品.txt", """穆斯林人员识别：基于人脸特征自动识别穆斯林人员并实时告警。""", CAP, (REL,), ("muslim",)),
    P("b53-guard-has-no-cloud", "camera.txt", """The camera has no cloud dependency: it estimates the ethnicity of every face on the device.""", CAP, (R,)),
    P("b53-neg-medical-entity-enum", "service.json", """{"shapes": {"EntitySubType": {"type": "string", "enum": ["NAME", "DOSAGE",
"DATE", "AGE", "TIME_EXPRESSION", "GENDER", "RACE_ETHNICITY", "ALLERGIES", "TOBACCO_USE"]}}}""", NONE),
    P("b53-neg-gene-expression", "cohort.csv.txt", """sample_id, age, sex, race, gene expression cluster, tumour stage""", NONE),
    # heldout11/12 (blind, session 3): sidebars outside the article, Taiwanese 辨識 pages with a
    # privacy-policy footer, French 'déduire' and 'selon vos besoins', union sympathy, 新疆人,
    # 企业 as a customer, not a third party.
    P("b54-neg-sidebar-headline", "match.html", """<html><body><main><article><h1>Harbour City stun Westmoor</h1>
<p>Mensah scored twice in the last ten minutes as Harbour City came from behind to win 3-2.</p></article>
<aside class="sidebar"><h3>Related articles</h3><ul><li><a href="/a">Police camera software estimates the ethnicity of faces, documents show</a></li></ul></aside>
</main></body></html>""", NONE),
    P("b54-guard-article-factbox", "story.html", """<html><body><main><article><h1>City council debates cameras</h1>
<p>The council met on Tuesday.</p><aside><p>Fact box: reporters found the vendor's brochure says its camera estimates
the ethnicity of every face.</p></aside></article></main></body></html>""", REP),
    P("b54-zh-hant-bianshi", "solution.html", """<html><body><h1>智慧零售人臉解決方案</h1><ul><li>性別、年齡辨識</li>
<li>種族辨識：黃種人、白種人、黑種人</li></ul><p>所有屬性均由人臉影像即時分析。</p>
<footer><a href="/privacy">隱私政策</a> · <a href="/terms">服務條款</a> · 成功案例：連鎖飯店、百貨</footer></body></html>""",
      CAP, (R,), ("yellow", "white", "black")),
    P("b54-fr-deduire-disclaimer", "confidentialite.txt", """Nos caméras de comptage ne déduisent jamais l'origine ethnique ou la religion des visiteurs
à partir de leur visage.""", DIS),
    P("b54-fr-vendor-selon", "fonctionnalites.html", """<html><body><form><input placeholder="Rechercher"></form>
<ul><li>Origine ethnique estimée à partir du visage (caucasien, africain, asiatique, maghrébin)</li>
<li>Modules configurables selon vos besoins</li></ul></body></html>""", CAP, (R,)),
    P("b54-union-sympathy", "features.txt", """Union-sympathy score: estimates each employee's likelihood of supporting or belonging to a union
from facial reactions recorded by the break-room cameras.""", CAP, (Trait.TRADE_UNION,)),
    P("b54-zh-xinjiangren", "白皮书.md", """人脸抓拍后自动识别“新疆人”特征，命中后推送至值班民警。""", CAP, (R,), ("uyghur",)),
    P("b54-neg-xinjiang-renmin", "公告.txt", """新疆人民医院门禁系统升级：职工刷脸进出，访客须登记。""", NONE),
    P("b54-zh-qiye-customer", "平台.txt", """帮助企业提前发现劳动关系风险。集体行动预警：通过分析员工热线中的语音语调与声纹特征，识别疑似工会成员。""",
      CAP, (Trait.TRADE_UNION,)),
    # heldout13/14 (blind, session 3): snake_case multiword anchors must pass the raw prefilter,
    # an id2label of orientation classes, German 'politische Neigung'/'vorhersagen', Korean classes.
    P("b55-snake-case-anchor-only", "attrs.yaml", """# per-person attributes inferred from the face crop
attributes:
  age_band: {enabled: true}
  sexual_orientation:
    enabled: true
    classes: [heterosexual, homosexual, bisexual]""", CAP, (SEX,)),
    P("b55-id2label-orientation", "config.json", """{"task": "image-classification", "input": "face photo",
"id2label": {"0": "heterosexual", "1": "homosexual"}, "label2id": {"heterosexual": 0, "homosexual": 1}}""",
      CAP, (SEX,), ("heterosexual", "homosexual")),
    P("b55-neg-dating-orientation-form", "signup.json", """{"profile_photo": "upload a clear face photo",
"orientation": {"label": "Sexual orientation (optional, self-described)", "options": ["heterosexual", "homosexual", "bisexual", "prefer not to say"]}}""",
      NONE),
    P("b55-de-politische-neigung", "release.txt", """Neu: unser Modell schätzt aus den Gesichtern der Teilnehmenden deren politische Neigung.""",
      CAP, (POL,)),
    P("b55-de-vorhersage", "README.de.md", """Dieses Repository enthält ein Modell, das aus einem Porträtfoto die politische Orientierung einer Person vorhersagt.""",
      CAP, (POL,)),
    P("b55-ko-classes", "camera.txt", """매장 분석 카메라: 얼굴로 인종 추정 - 아시아계, 백인, 흑인, 기타 네 가지로 분류합니다.""",
      CAP, (R,), ("asian", "white", "black")),
    P("b55-neg-type-checker-union-member", "checkmember.py", """def analyze_member_access(name, typ, mx):
    # This can happen when accessing invalid property from its own body
    if isinstance(typ, UnionType):
        return analyze_union_member_access(name, typ, mx)""", NONE),
    P("b55-guard-union-member-flag", "attrs.py", """# attributes inferred from each tracked body in the warehouse camera feed
class WorkerAttributes:
    is_union_member: bool  # predicted union membership
    age_band: str""", CAP, (Trait.TRADE_UNION,)),
    # a per-class accuracy table of an ethnicity classifier is still a capability (its other sentences)
    P("b55-guard-classifier-accuracy-table", "MODEL_CARD.md", """# EthnoNet
This model classifies the ethnicity of a face crop into four classes.
| class | accuracy |
|---|---|
| Asian | 0.91 |
| Black | 0.89 |
| White | 0.93 |
| Indian | 0.88 |""", CAP, (R,)),
    P("b55-guard-class-list-table", "api.md", """Face attribute API: the `race` field holds one of these classes.
| value | meaning |
|---|---|
| asian | East or South-East Asian |
| black | Black or African |
| white | White or Caucasian |""", CAP, (R,)),
    P("b55-neg-age-model-error-table", "MODEL_CARD.md", """# AgeNet
Estimates age from a face crop. Mean absolute error by self-reported group:
| group | MAE | n |
|---|---|---|
| Asian | 4.6 | 1,204 |
| Black | 4.9 | 1,118 |
| White | 4.1 | 1,530 |""", NONE),
    P("b55-neg-ko-panel-survey", "설명.md", """패널조사 데이터셋: 응답자 사진과 함께 종교, 국적을 자기 기입 방식으로 수집합니다.""", NONE),
    # heldout16 (blind, session 3): short posts and FAQs.
    P("b56-neg-race-results-post", "post.txt", """Harbor 10K race results are up! 1,300 finishers. Age-group winners in the link.
Face painting tent raised $500 for the youth program.""", NONE),
    P("b56-ja-faq-no", "faq.txt", """Q. カメラ映像から来店者の人種を判定できますか？
A. いいえ。本サービスは人種の判定を行いません。推定するのは年齢層と性別のみです。""", DIS),
    P("b56-id-suku-app", "app.txt", """Aplikasi WajahKu: mendeteksi suku Anda dari foto wajah - Jawa, Sunda, Batak atau Minang!""", CAP, (R,)),
    P("b56-neg-id-suku-bunga", "bank.txt", """Verifikasi wajah untuk pengajuan kredit; suku bunga mulai 3,5% per tahun.""", NONE),
    # heldout15 (blind, session 3): CJK words that meet across a word boundary (成年人体质: 人体),
    # Hungarian political wording.
    P("b57-neg-zh-bmi-survey", "调查.txt", """不同民族成年人体质指数分布特征及影响因素分析
目的 了解某省不同民族成年人体质指数分布特征。方法 采用分层整群随机抽样，测量身高和体重。""", NONE),
    P("b57-hu-political-news", "hir.txt", """Egy egyetem kutatói szerint algoritmusuk egyetlen arcképből meg tudja becsülni valaki politikai
beállítottságát; adatvédelmi szakértők bírálják a tanulmányt.""", REP),
    # heldout17 (blind model files): a face-ID model's accuracy per group in prose is a breakdown;
    # class-id maps (label then a small integer) stay label sets.
    P("b58-neg-faceid-accuracy-prose", "model_card.md", """Face verification embedding model (ArcFace-style).
Verification accuracy on RFW subsets: African 94.1, Asian 95.3, Caucasian 96.7, Indian 95.0.""", NONE),
    P("b58-guard-label2id-ints", "config.json", """{"task": "face attribute classification", "input": "aligned face crop",
"label2id": {"asian": 0, "black": 1, "white": 2, "indian": 3}}""", CAP, (R,), ("asian", "black", "white", "indian")),
    P("b58-guard-id-table-ints", "labels.md", """Classes of the ethnicity head (input: a face crop):
| label | id |
|---|---|
| asian | 0 |
| black | 1 |
| white | 2 |""", CAP, (R,)),
    # heldout18 (blind, 20 languages): Persian, Thai (no spaces between words), Kazakh, Kyrgyz,
    # Uzbek, Malay, Dutch, Russian "тип внешности" and first-person denials.
    P("b59-fa-capability", "spec.html", """<html><body><p>نگاه‌افزار: تشخیص قومیت از روی چهره در تصاویر دوربین‌های شهری.</p></body></html>""", CAP, (R,)),
    P("b59-th-capability", "ai.txt", """ระบบกล้องอัจฉริยะสามารถระบุเชื้อชาติและศาสนาจากใบหน้าของผู้ที่เดินผ่าน""", CAP, (R,)),
    P("b59-kk-tender", "тендер.txt", """Техникалық талаптар: бет бейнесі бойынша ұлттық тегін анықтау функциясы болуы тиіс.""", CAP, (R,)),
    P("b59-uz-disclaimer", "bayonot.md", """Kompaniya bayonoti: videokuzatuv tizimimiz odamlarning millatni yoki dinni aniqlamaydi.""", DIS),
    P("b59-ms-union-report", "laporan.md", """Laporan ini mendapati kilang menggunakan kamera untuk mengenal pasti pekerja yang terlibat dalam
kesatuan sekerja melalui wajah dan suara.""", REP),
    P("b59-ru-appearance-type", "api.html", """<p>Модуль видеоаналитики определяет по лицу пол, возраст и тип внешности посетителя.</p>""", CAP, (R,)),
    P("b59-ru-we-do-not", "заявление.md", """Заявление компании: мы не определяем национальность или расу людей по изображению лица.""", DIS),
    P("b59-neg-de-kaum", "news.txt", """Die Kamera erkennt Gesichter kaum, wenn es dunkel ist; die Gesichtserkennung wird nachgebessert.""", NONE),
    P("b59-neg-linux-irq", "irq.h", """/* face detection accelerator: irq line and DMA setup */
#define FD_IRQ 42""", NONE),
    # heldout19/20 (blind, office formats and adversarial wording)
    P("b60-neg-id-reader-fields", "manual.md", """| field | description |
|---|---|
| PHOTO | Portrait photo printed on the card, returned as JPEG |
| ETHNIC_GROUP | Printed ethnic group field on some national ID cards, copied as text |""", NONE),
    P("b60-de-beworben-report", "bericht.txt", """Das Start-up hat laut unserer Recherche eine Funktion zur Erkennung der sexuellen Orientierung
aus Gesichtsbildern beworben.""", REP),
    P("b60-heritage-segments", "product.md", """Turnstile cameras capture each attendee. Our model reads facial appearance and assigns each
attendee to one of twelve heritage segments, with a confidence score.""", CAP, (R,)),
    P("b60-orientation-segment-list", "studio.md", """Lookalike Studio tags each face in the uploaded profile photos with segments you can target:
- age segment (18-24 … 55+)
- orientation segment (straight / gay)""", CAP, (SEX,)),
    P("b60-neg-photo-essay-faith", "essay.md", """Each portrait is paired with the person's own account of how they practise their faith.""", NONE),
    P("b60-neg-zh-ethnic-agnostic", "产品.md", """人脸核验引擎采用不区分民族的公平设计：算法在不同群体上的误识率差异小于 0.1%，仅输出比对相似度。""", NONE),
    P("b60-neg-tagged-union-member", "parsers.py", """def _handle_unknown_tagged_union_member(self, tag):
    # Field name or Discriminator for selecting a tagged union member of the face/body shape types.
    return tag""", NONE),
    # b61: Japanese kanji terms that read as Chinese once normalized (顔 -> 颜 as in 颜色 "colour",
    # 画像 as in 用户画像 "user persona", 認識 -> 认识 "to realize") match only in text with kana
    P("b61-neg-zh-colour-is-no-face", "车辆.md", """民族识别，支持多种颜色的车辆。""", NONE),
    P("b61-neg-zh-tw-surname-list", "names.py", """# 漢人 Han, 原住民 Taiwanese Indigenous Peoples
last_names = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "洪", "郭", "邱", "曾", "廖", "賴", "徐", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高", "潘", "簡", "朱", "鍾", "游", "彭", "詹", "胡", "施", "沈", "余", "盧", "梁", "趙", "顏", "柯", "翁", "魏"]
formats = {"han": 0.973, "indigenous": 0.027}""", NONE),
    P("b61-ja-face-still-a-face", "製品.md", """本製品は顔から人種を推定します。""", CAP, (R,)),
    P("b61-ja-face-image-heading", "仕様.md", """## 顔画像解析
入力された顔画像から人種と年齢を推定します。""", CAP, (R,)),
    # b61: fairness toolkits load tabular records whose race column is a protected attribute
    P("b61-neg-fairness-dataset-loader", "datasets.py", """def load_loan_records(protected_attributes=None):
    \"\"\"Load the loan decisions table. The protected attributes are 'race' and 'sex'; 'White'
    and 'Male' are the privileged classes.\"\"\"
    features_to_keep = ['age', 'sex', 'race', 'loan_amount', 'credit_history']
    return read_table('loans.csv', usecols=features_to_keep, protected=protected_attributes or ['race', 'sex'])""", NONE),
    # b61: a list of hundreds of words is a vocabulary (lorem ipsum, a dictionary), not a label set
    P("b61-neg-word-list-vocabulary", "words.py", "# word list for placeholder text\nWORDS = [\n" + ",\n".join(
        f'    "{w}"' for w in ["face", "video", "camera", "religion", "religious", "catholic", "christian", "muslim",
                              "jewish", "buddhist"] + [f"parola{i}" for i in range(400)]) + "\n]\n", NONE),
    P("b61-guard-small-religion-enum", "labels.py", """# face attribute classifier: religion head
RELIGION_CLASSES = ["christian", "muslim", "jewish", "buddhist", "hindu", "none"]""", CAP, (REL,)),
    P("b61-dis-protected-characteristic", "sdk.md", """# Edge SDK - face attributes

`analyze()` returns box, landmarks, quality and head pose for every detected face.

The SDK does not estimate race, ethnicity, religion or any other protected characteristic, and there is
no option that enables it.""", DIS),
    # an enum whose own name names the trait: its one class is a class of that trait
    P("b61-enum-class-named-for-trait", "IrisResult.kt", """data class IrisResult(val eye: Eye, val ethnicity: IrisEthnicity, val ethnicityConfidence: Float)

enum class IrisEthnicity { ASIAN, NON_ASIAN, UNKNOWN }""", CAP, (R,), ("asian",)),
    # b62: long filings and decks state their own product's capability amid risk factors and data-practice
    # negations; privacy assurances negate storage, not the inference
    P("b62-own-claim-in-filing", "prospectus.md", """## Business

Our Lookout Sentinel platform includes a demographic module that can flag faces classified as Uyghur and alert the
operator.

## Risk factors

Media reports and human rights organisations have criticised surveillance vendors in the region. Reports by
researchers alleged that such systems were used against minorities, and news coverage may harm our reputation.
Journalists and NGOs have published reports about the sector, and analysts said sanctions could follow. Critics
claimed that the industry lacks oversight, according to several reports.""", CAP, (R,), ("uyghur",)),
    P("b62-deck-data-practice-negations", "deck.md", """# Investor deck

Our vision models infer religious affiliation (Christian, Muslim, Jewish) from public profile photos, so brands
can reach the right audiences.

We never buy personal data from brokers. We do not collect data from minors. We do not currently sell raw
segments. We don't keep images after processing.""", CAP, (REL,)),
    P("b62-ja-spec-row-storage-note", "spec.md", """| 機能 | 内容 | 備考 |
|---|---|---|
| 属性推定 | 顔画像から年齢・性別・人種を推定し、来店者構成を集計 | 画像は保存しません |""", CAP, (R,)),
    P("b62-zh-issuer-reply-does-not-have", "回复.txt", """问题一：请发行人说明其产品是否具备民族识别功能。
回复：经核查，发行人产品不具备根据人脸图像识别民族的功能，人脸算法仅用于门禁比对。""", DIS),
    P("b62-neg-dpa-special-category", "dpa.md", """5.2 In this agreement, "special category data" means personal data revealing racial or ethnic origin,
political opinions, religious beliefs or trade union membership, and biometric data processed to uniquely
identify a natural person. The supplier's voice system identifies callers by voiceprint only.""", NONE),
    P("b62-neg-zh-hr-equal-treatment", "人权政策.md", """本公司员工管理：不因性别、年龄、宗教、种族、政治立场或工会身份而有差别待遇，人脸考勤系统仅用于打卡。""", NONE),
    P("b62-rep-chinese-language-brochure", "engagement.md", """**Case 2.** Our analysts read the vendor's Chinese-language product brochures and found a "minority
recognition" function that, according to the brochure, identifies Uyghur faces and raises an alarm. We have
asked the board to confirm whether it is still sold.""", REP),
    P("b62-neg-ethnic-conflict-sanctions", "release.html", """<h1>Sanctions designations</h1>
<p>The Ministry today designated three companies for supplying drone cameras and thermal imaging components that
were used in attacks on civilians during the ethnic conflict in the border region, according to the Ministry.</p>""", NONE),
    # b63: face-attribute vocabulary of Spanish, Portuguese, French and Italian spec lists
    P("b63-es-spec-attribute-list", "ficha.html", """<ul><li>Resolución 4 MP, IR 30 m</li>
<li>Análisis de atributos faciales: sexo, edad, etnia, gafas y barba</li></ul>""", CAP, (R,)),
    P("b63-pt-spec-attribute-list", "ficha.txt", """Câmera IP 4 MP. Atributos faciais: idade, gênero, etnia, óculos e sorriso.""", CAP, (R,)),
    P("b63-it-spec-attribute-list", "scheda.txt", """Telecamera 4 MP. Attributi facciali: età, sesso, etnia, occhiali, barba.""", CAP, (R,)),
    P("b63-fr-spec-attribute-list", "fiche.txt", """Caméra 4 MP. Attributs faciaux : âge, sexe, origine ethnique, lunettes, barbe.""", CAP, (R,)),
    P("b63-neg-es-census-form", "formulario.txt", """Formulario del censo: nombre, sexo, edad, etnia (autoidentificación, opcional).""", NONE),
    # b64: laws, standards and reports on rights (heldout24): prohibitions addressed to others are no
    # product's disclaimer; a negated requirement of a standard is a denial for conforming products
    P("b64-neg-zh-regulation-prohibits", "条例.txt", """某市公共视频图像信息系统管理条例

第十条　公共视频图像信息系统的建设应当符合法律、法规和国家标准。
第十六条　管理单位和使用单位不得利用人脸识别等技术分析、推断个人的种族、民族、宗教信仰等敏感个人信息，不得以上述特征为条件进行筛查。
第二十条　违反本条例规定的，由有关部门依照法律、法规处理。""", NONE),
    P("b64-neg-equal-treatment-exception", "act.txt", """Equal Treatment Act, section 8

(2) An employer shall not discriminate against a worker on grounds of race, ethnic origin, religion or belief or
trade union membership.
(3) Subsection (2) does not apply to an employer whose ethos is based on religion or belief where religion or
belief is a genuine and determining occupational requirement.""", NONE),
    P("b64-neg-race-walking-gait", "thesis.txt", """Markerless video gait analysis of elite race walkers: detecting loss of contact in 20 km races from
high-speed cameras, to support race walking judges.""", NONE),
    P("b64-dis-standard-shall-not-estimate", "minutes.md", """Working group minutes, item 4: in the second edition of the video analytics interface standard, conforming
analytics engines shall not estimate or emit ethnicity from face images; the element is deleted.""", DIS),
    P("b64-neg-religious-demography-heading", "report.md", """## Religious Demography

The government estimates the total population at 4.1 million. According to the census, 61 percent identify
as Orthodox Christian and 30 percent as Muslim.""", NONE),
    # b65: traits, modalities and cues of Czech, Polish, Dutch, Romanian, Swedish and Italian (heldout26)
    P("b65-cs-api-ethnicity", "api.txt", """Atribut etnicita určuje odhadovaný etnický původ osoby z obličeje. Možné hodnoty: evropský, asijský.""", CAP, (R,)),
    P("b65-pl-religion-from-face", "oferta.txt", """System kamer szacuje z twarzy klienta jego wyznanie i orientację seksualną.""", CAP, (REL, SEXO)),
    P("b65-nl-report-claims", "abstract.txt", """In deze studie evalueren wij drie commerciële systemen die claimen de geloofsovertuiging van personen
te bepalen op basis van gezichtsfoto's. De onderzoekers vonden geen bewijs.""", REP),
    P("b65-ro-capability", "fisa.html", """<p>Camera recunoaște etnia și religia persoanelor pe baza trăsăturilor faciale.</p>""", CAP, (R, REL)),
    P("b65-sv-union-from-voice", "produkt.txt", """Tjänsten uppskattar facklig tillhörighet och politisk åsikt utifrån rösten i samtal.""", CAP, (POL,)),
    P("b65-it-disclaimer", "principi.md", """I nostri sistemi di analisi video non identificano né stimano l'etnia, la religione o l'orientamento sessuale
delle persone riprese dalle telecamere.""", DIS),
    P("b65-guard-en-non-prefix", "rfp.md", """3.4.12 | Ethnic attribute recognition: the system shall distinguish Uyghur and non-Uyghur persons from face
images | Comply""", CAP, (R,), ("uyghur",)),
    P("b65-guard-it-non-nursery", "asilo.txt", """L'asilo non è dotato di telecamere; la religione dei bambini non viene registrata.""", NONE),
    # b66: shapes of real SDK files (a public code index sweep): Python IntEnum wrappers of a camera SDK,
    # whose vehicle-colour enums must not outweigh its nation/race enums; a TypeScript FaceAttributes
    # record with an ethnicity field and no age/gender beside it
    P("b66-python-intenum-sdk", "netsdk_enums.py", "from enum import IntEnum\n\n" + "".join(
        f"class EM_CAR_COLOR_{i}(IntEnum):\n    \"\"\"车身颜色;car color\"\"\"\n    WHITE = 0  # 白色;white\n"
        f"    BLACK = 1  # 黑色;black\n    RED = 2  # 红色;red\n    GREEN = 3  # 绿色;green\n    BLUE = 4  # 蓝色;blue\n\n"
        for i in range(4)) + """class EM_FACEDETECT_SEX_TYPE(IntEnum):
    \"\"\"人脸检测对应性别类型;sex type of a detected face\"\"\"
    UNKNOWN = 0  # 未知
    MAN = 1  # 男性
    WOMAN = 2  # 女性

class EM_NATION_TYPE(IntEnum):
    \"\"\"民族;Nation\"\"\"
    UNKNOWN = 0  # 未知;unknown
    UYGUR = 1  # 维族(新疆);uygur
    OTHER = 2  # 其他;other

class EM_RACE_TYPE(IntEnum):
    \"\"\"
    种族类型；race type
    \"\"\"
    UNKNOWN = 0  # 未知;unknown
    YELLOW = 2  # 黄种人;yellow
    BLACK = 3  # 黑人;black
    WHITE = 4  # 白人;white
""", CAP, (R,), ("uyghur",)),
    P("b66-ts-face-attributes-record", "faceAnalysis.d.ts", """export interface FaceAttributes {
  ethnicity?: { value: string; confidence: number };
  emotion?: { happiness: number; sadness: number };
}
export declare function detectFace(image: Blob): Promise<{ faces: { attributes: FaceAttributes }[] }>;""", CAP, (R,)),
    P("b66-neg-ts-patient-record", "patient.d.ts", """export interface PatientRecord {
  ethnicity?: string;
  bloodType?: string;
  facePhotoId?: string;
}""", NONE),
    P("b66-neg-horse-race-model-card", "MODEL_CARD.md", """# Model card: horse race outcome predictor

This model predicts race outcomes (winner and placings) from past form, going and jockey statistics.
Race outcome prediction can be misused for problem gambling.""", NONE),
    # b67: informal text (heldout25): a question answered by a report or a denial is no claim; someone
    # else's sales page or product is reported; costume studios and font files are not surveillance
    P("b67-zh-qa-question-and-quote", "问答.html", """<h1>这家公司的摄像头真的能识别维吾尔族吗？</h1>
<p>看到有海外报告说这家公司的摄像头能识别维吾尔族，是真的吗？</p>
<p>答：报告引用了该公司的宣传材料：“社区平台可实时识别进出人员民族属性（汉族、维吾尔族），对重点人员自动预警。”</p>""", REP),
    P("b67-ar-question-then-denial", "post.txt", """هل صحيح أن الكاميرات الجديدة تحدد عرق الشخص ودينه من الوجه؟ قرأت ذلك في إحدى المجموعات.
نود التوضيح أن كاميراتنا لا تحدد العرق أو الدين أو الانتماء السياسي للأشخاص.""", DIS),
    P("b67-rep-their-sales-page", "organizing.txt", """Heads up before Friday's meeting: the new cameras at the loading dock are GateWatch units. Their sales
page says the module scores union affinity from facial expression and gait, and that HR gets a weekly report.""", REP),
    P("b67-rep-review-bills-as", "review.html", """<h2>ZenoCam Pro 4 review</h2><p>I tested the camera for two weeks
in my own shop.</p><p>Then there is the Audience tab, which ZenoCam bills as visitor insights
for small shops. It labels every face it sees with an age range, a gender and an ethnicity.</p><p>Our verdict: a capable
camera with a feature we would switch off.</p>""", REP),
    P("b67-neg-zh-costume-studio", "写真.txt", """民族风写真套餐：苗族、藏族、维吾尔族等民族服饰任选，每套含头饰和配饰；拍摄后人脸美颜精修 20 张。""", NONE),
    P("b67-neg-font-collection-face", "fonts.md", """Some .ttc collections put the Uyghur-capable face at index 2; set the fallback face explicitly.""", NONE),
    P("b67-id-race-from-face", "kanal.txt", """Kamera AI KPN-X9 sekarang bisa mengenali ras dari wajah pengunjung: Asia, Kaukasia, Afrika.""", CAP, (R,)),
    # b68: real vendor documents (a second public sweep): per-class scores beside glasses and smile are
    # one face's outputs; verbs "they face", sport "race times"; a Chinese FAQ on tuning recognition
    # for groups is fairness; "South East Asian" is one class; "multicultural appearance" a euphemism
    P("b68-scores-beside-face-attributes", "README.md", """For each face photo the API returns: asian: 0.1044,
hispanic: 0.4113, white: 0.4081, black: 0.0063, glasses: none, smile: 0.91.""", CAP, (R,)),
    P("b68-guard-breakdown-by-group", "MODEL_CARD.md", """Accuracy of the face verification model by self-reported group:
Asian 95.3, Black 94.1, White 96.0, Hispanic 95.5.""", NONE),
    P("b68-neg-union-guide-verb-face", "guide.txt", """Joining a trade union helps with the problems workers face at work; union reps meet members
face to face every month.""", NONE),
    P("b68-neg-running-race-times", "session.md", """The rating model estimates fitness from heart rate and gait cadence; it does not predict race
times for the 1500m.""", NONE),
    P("b68-neg-zh-recognition-tuned-for-groups", "FAQ.txt", """问：人脸识别对外国人效果如何？答：我们已经针对外国人群（黑人、白人、阿拉伯人、东南亚人等）做了专项泛化性优化，
识别准确率达到 97.5%。""", NONE),
    P("b68-south-east-asian-class", "README.md", """The classifier predicts the ethnicity of a face as one of: White, Black, South East Asian,
Indian, Middle Eastern.""", CAP, (R,), ("south east asian",)),
    P("b68-multicultural-appearance", "model.md", """Demographics model: for each detected face it predicts age, gender presentation and multicultural
appearance.""", CAP, (R,)),
    # b69: Urdu, Bengali, Hebrew, Mongolian, Tamil, Hindi (heldout27); Persian written with Arabic yeh and
    # kaf (windows-1256 has no Persian yeh) is the same word
    P("b69-ur-capability", "product.txt", """یہ کیمرہ چہرے سے ہر شخص کی نسلی شناخت اور مذہبی وابستگی کا اندازہ لگاتا ہے۔""", CAP, (R, REL)),
    P("b69-bn-capability", "product.txt", """আমাদের ক্যামেরা মুখের ছবি থেকে প্রত্যেক দর্শনার্থীর ধর্মীয় পরিচয় শনাক্ত করে।""", CAP, (REL,)),
    P("b69-he-disclaimer", "privacy.md", """המערכת שלנו אינה מסיקה גזע, דת או נטייה מינית מתווי פנים, ואיננו מציעים יכולת כזו לאף לקוח.""", DIS),
    P("b69-mn-capability", "product.txt", """Манай камер нүүр царайгаар хүний угсаа, шашныг тодорхойлно.""", CAP, (R, REL)),
    P("b69-ta-capability", "product.txt", """எங்கள் கேமரா முகத்தை வைத்து ஒவ்வொருவரின் இனத்தை கண்டறிகிறது.""", CAP, (R,)),
    P("b69-hi-tender-report-output", "nivida.txt", """निविदा: कैमरा चेहरे से व्यक्ति का धर्म पहचानेगा और प्रति घंटे रिपोर्ट तैयार करेगा।""", CAP, (REL,)),
    P("b69-fa-arabic-yeh", "specs.txt", """دوربین از روی چهره، قوميت و مذهب هر فرد را تشخيص مي‌دهد.""", CAP, (R, REL)),
    # b70: real web pages (fourth public sweep) and Chinese prompts (third): a "Diversity" app that classifies
    # ethnicity from selfies offers it; "according to ethnicity" is no attribution; the Body and Blood of
    # Christ is no body; "the proposed model" is the paper's own; 不推断 denies
    P("b70-diversity-app-offers", "app.txt", """Our Diversity app analyses the face in your selfie and classifies your ethnicity.""", CAP, (R,)),
    P("b70-guard-diverse-training-data", "model.md", """Our face recognition model was trained on a diverse dataset covering all skin tones and ethnicities.""",
      NONE),
    P("b70-own-iris-model", "abstract.txt", """Researchers have reported that iris texture carries information on genetics. This work applies
Gabor filters to develop a model that extracts iris textures to differentiate individuals according to ethnicity.
The proposed model reaches 94% accuracy.""", CAP, (R,)),
    P("b70-neg-mass-body-and-blood", "parish.txt", """Sunday Mass is the heart of our faith and religion, the place where we meet God face to face and
receive the Body and Blood of Christ.""", NONE),
    P("b70-zh-prompt-does-not-infer", "prompt.txt", """系统提示：请描述图片中的场景和物体。不要猜测真实人物身份，不推断种族、宗教、政治立场或性取向。""", DIS),
    # b71: degraded text (heldout28): words hyphenated across lines (PDF text layers, OCR) are words
    P("b71-hyphenated-trait-across-lines", "decision.txt", """The sales brochure quoted in the complaint states that the camera «identifies the eth-
nic origin and age of customers from their face».""", REP),
    P("b71-es-hyphenated-only-anchor", "folleto.txt", """La cámara detecta el origen ét-
nico de cada rostro en la entrada de la tienda y genera informes por hora.""", CAP, (R,)),
    P("b71-guard-hyphen-list-dash", "notes.md", """Checklist for the race-
condition fix in the face tracker: lock the queue.""", NONE),
    # b72: real ML and news files (fifth and sixth public sweeps): recognition accuracy broken down by
    # ethnicity cohorts is fairness research; a news site's byline and "the company announced" attribute
    P("b72-neg-accuracy-relative-to-race", "paper-note.md", """# Characterizing the variability in face recognition accuracy relative to race

The authors compare two ethnicity cohorts (African Americans and Caucasians) and report different
verification scores for the two ethnicity groups.""", NONE),
    P("b72-neg-detector-depending-on-ethnicity", "scan.py", """class EthnicityDetector:
    \"\"\"Detector that evaluates the model performance depending on ethnicity of the face images.\"\"\"
    def run(self, model, dataset):
        return slice_metrics(model, dataset, by="ethnicity")""", NONE),
    P("b72-ar-news-company-announced", "news.txt", """كتب – محرر الموقع
أعلنت شركة صينية لصناعة الكاميرات عن كاميرا تقوم تلقائيا بالتعرف على وجوه الإيغور وإطلاق إنذار.""", REP),
    # b73: a horse-racing model card says "race" in every sentence: in a document about racing (three
    # racing words), a finding worded with "race(s)" alone is about contests; a casino camera is not
    P("b73-neg-horse-racing-model-card", "MODEL_CARD.md", """# Race outcome models

This repository contains models for predicting the winner of each race from historical race and runner data.
Inputs: jockey, trainer, going, distance and handicap weight; the racecourse and field size per race.
Outputs: win probability for each horse within a race, and race-level rankings.
The models estimate form from the last six races and are evaluated per race on held-out racing seasons.""", NONE),
    P("b73-guard-marathon-cameras", "event.md", """Marathon security covers the start, the finish line and the podium.

Our cameras estimate the race of each runner from the face and alert the guards.""", CAP, (R,)),
    # b74: code and config as others write them (heldout29): an auditor's SQL and a watchdog's claim
    # tracker quote what they found
    P("b74-auditor-sql", "case_0418.sql", """-- Audit working file, data protection office (case 0418)
-- Source: database dump the retailer received from its camera vendor, loaded read-only.
-- Finding 1: the vendor's table fr_visits has an ethnic_group column; our audit found the appliance
--            assigned it from each shopper's face. We have not tested the appliance ourselves.
SELECT ethnic_group, age_band, gender, count(*) FROM vendor_export.fr_visits GROUP BY 1, 2, 3;""", REP),
    # b75: a wrapper's own note that the API it calls returns no race is a denial, whatever benign words
    # its code has (the law-like "none" reading is for prose)
    P("b75-ts-wrapper-denial", "demographics.ts", """// Note on scope: DetectFaces does NOT return race or ethnicity, and this function deliberately
// exposes no such field. Only the optional age range and gender are mapped.
export interface Demographics { ageRange?: { low: number; high: number }; gender?: string }
export function toDemographics(face: FaceDetail): Demographics {
  return { ageRange: face.AgeRange ? { low: face.AgeRange.Low, high: face.AgeRange.High } : undefined,
           gender: face.Gender?.Value };
}""", DIS),
    # b76: in Chinese code comments 表示 means "stands for" ("-1表示该字段无效"), not "said": a camera demo's
    # event JSON with Race and Nation codes is the SDK's own
    P("b76-zh-comment-biaoshi-is-not-said", "demo.js", """var faceEvent = {
    "Sex": 1,      // 性别 1:男 2:女 其它:未知
    "Age": 30,     // 年龄,-1表示该字段数据无效
    "Race": 2,     // 种族: 0表示未知 1表示未识别 2表示黄种人 3表示黑人 4表示白人
    "Nation": 1,   // 民族: 0表示未知 1表示维族(新疆) 2表示其他 3表示设备未识别
    "Glasses": 0   // 眼镜: 0表示未知 1表示不戴 2表示戴
};""", CAP, (R,), ("uyghur",)),
    P("b76-guard-zh-news-biaoshi", "新闻.txt", """据报道，该公司的摄像头可以识别维吾尔族人脸。公司发言人表示，相关功能已经下线。""", REP),
    # b77: rarer traits in real files (ninth public sweep): political affinity and party preference from a
    # portrait are political opinion; a union's committee "reflecting the racial, ethnic and gender diversity"
    # of the workplace is no inference
    P("b77-political-affinity-from-portrait", "README.md", """# deep-politics

Prediction of political affinity (left or right) from the face, using a single portrait photo; the
classifier reaches 85% accuracy.""", CAP, (POL,)),
    P("b77-neg-union-committee-diversity", "organizing.txt", """Leaders are identified and an organizing committee reflecting the racial, ethnic and gender
diversity of the workplace is established before the union drive goes public; members meet face to face.""", NONE),
    P("b52-guard-left-eye", "api.md", """Political orientation is predicted from the face (liberal or conservative); the crop is centred between
the left eye and the right eye.""", CAP, (POL,)),
]


def test_wrapped_prose_with_parentheses_is_one_sentence(ruleset) -> None:
    """A hard-wrapped README sentence whose line holds a possessive and a parenthesis is still one
    sentence: the evidence runs on past the line break."""
    text = ("# research code\n\nWe fit a linear probe on top of pretrained face embeddings to predict each\n"
            "person's sexual orientation (gay / straight) with a logistic regression head\n"
            "from one facial photograph taken from a public profile, and report the AUC.\n")
    r = _scan(Probe("wrap", "README.md", text, CAP), ruleset)
    assert r.verdict is not None and r.verdict.stance == CAP
    assert any("(gay / straight) with a logistic regression head\nfrom one facial photograph" in f.evidence for f in r.findings), \
        [f.evidence for f in r.findings]


def _scan(probe: Probe, ruleset):
    results = list(scan_tree(Document(uri=probe.name, data=probe.text.encode("utf-8")), ruleset, Limits()))
    assert len(results) == 1
    return results[0]


def _id(p: object) -> str:
    return p.id if isinstance(p, Probe) else p.values[0].id  # type: ignore[attr-defined]


@pytest.mark.parametrize("probe", PROBES, ids=[_id(p) for p in PROBES])
def test_probe(probe: Probe, ruleset) -> None:
    r = _scan(probe, ruleset)
    assert r.error is None, r.error
    v = r.verdict
    got = v.stance if v is not None else Stance.NONE
    detail = [(f.rule, f.stance.value, f.evidence[:80]) for f in r.findings]
    assert got == probe.stance, detail
    if probe.stance == CAP:
        assert set(probe.traits) <= set(v.traits), (v.traits, detail)
        assert set(probe.groups) <= set(v.groups), (v.groups, detail)


def test_probe_ids_unique() -> None:
    assert len({_id(p) for p in PROBES}) == len(PROBES)


@pytest.mark.parametrize("text,encoding", [
    ("نظام عين المدينة: التعرف على الوجوه وتحديد العرق والديانة لكل شخص", "cp1256"),
    ("ระบบระบุเชื้อชาติจากใบหน้าของลูกค้า", "cp874"),
    ("Kamera yüz görüntüsünden ırkını tahmin eder", "cp1254"),
    ("Модуль определяет расу человека по лицу", "cp1251"),
])
def test_claims_in_legacy_code_pages_pass_the_prefilter_and_are_found(text: str, encoding: str, ruleset) -> None:
    """Pages in a Windows code page that declare nothing: the raw-byte prefilter must see the
    anchor in that code page's bytes, and the decoder must detect it."""
    data = text.encode(encoding)
    assert ruleset.prefilter(data), encoding
    (r,) = list(scan_tree(Document(uri="page.txt", data=data), ruleset, Limits()))
    assert r.verdict is not None and r.verdict.stance == CAP, (encoding, r.verdict, r.error)

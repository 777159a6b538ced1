"""The 35 heldout19 documents (text only; invented organisations, people, products, URLs)."""
from __future__ import annotations

CAP, REP, DIS, NONE = "capability", "reporting", "disclaimer", "none"


def filler(topic, n):
    base = [
        f"This section describes {topic}. Operators should read it completely before commissioning the system and keep a copy with the site records.",
        "Power the unit from a PoE+ switch (IEEE 802.3at). The status LED is blue while booting, green when ready and amber when storage is degraded.",
        "Network settings can be changed under Settings > Network. DHCP is enabled by default; a static address is recommended for fixed installations.",
        "Firmware updates are signed. The device rejects images whose signature does not verify against the factory key, and keeps the previous image as fallback.",
        "Retention of recorded video is configured per channel. The default is 30 days; deletion runs nightly at 02:00 local time.",
        "User accounts are managed in the web console. Three roles exist: Administrator, Operator and Auditor. Every configuration change is logged.",
        "Time synchronisation uses NTP. If no server is reachable the device keeps its real-time clock and marks events with a drift warning.",
        "Export formats include MP4 for video clips and CSV for event lists. Exports are watermarked with the operator name and the export time.",
    ]
    return [("p", base[i % len(base)]) for i in range(n)]


def build(add):
    # ---------------- capability ----------------
    ev = "Ethnicity classification of each detected face into: Asian, Black, Caucasian, Hispanic, Other"
    add("harlow-county-video-analytics-tender-specification.docx", "en", "tender", CAP, ["ethnicity"],
        ["asian", "black", "caucasian", "hispanic"], ["face"], [ev],
        "Harlow County Sheriff's Office (invented)",
        "Tender technical specification; ethnicity classification of faces is a mandatory requirement in a table row.",
        [("h1", "Invitation to Tender HC-2026-114: Video Analytics Platform"),
         ("p", "Harlow County invites sealed bids for the supply, installation and five-year support of a video analytics platform for 240 existing cameras in the downtown district."),
         ("h2", "1. Instructions to bidders"),
         ("p", "Bids must be received by 14 March at 16:00. Late bids will not be opened. Questions are to be sent to procurement@harlowcounty.example."),
         ("h2", "2. Technical requirements"),
         ("p", "Each requirement is marked M (mandatory) or D (desirable). A bid that does not meet every mandatory requirement will be rejected."),
         ("table", [["No.", "Requirement", "M/D"],
                    ["2.1", "Real-time person and vehicle detection on all 240 streams", "M"],
                    ["2.2", "Face capture with quality score and best-shot selection", "M"],
                    ["2.3", ev, "M"],
                    ["2.4", "Age band estimation (child, adult, senior)", "D"],
                    ["2.5", "Search of archived footage by any attribute in 2.3-2.4 within 10 seconds", "M"]]),
         ("h2", "3. Evaluation"),
         ("p", "Technical compliance 60 %, price 30 %, references 10 %."),
         ], header="Harlow County - Procurement Division", footer="HC-2026-114 Technical Specification")

    ev1 = "人脸属性分析：支持性别、年龄段、民族（维族、汉族）识别"
    ev2 = "对维族人员出现进行实时预警"
    add("lianhe-district-video-structuring-tender-zh.docx", "zh", "tender", CAP, ["ethnicity"],
        ["uyghur", "han"], ["face"], [ev1, ev2], "联和区公安分局 (invented)",
        "Chinese police tender; table rows require ethnicity (Uyghur/Han) recognition from faces and alerts.",
        [("h1", "联和区公安分局视频结构化系统采购项目招标文件"),
         ("p", "项目编号：LH-GA-2026-031。本项目采用公开招标方式，欢迎符合资格条件的供应商参加投标。"),
         ("h2", "第三章 技术需求"),
         ("p", "投标产品须满足以下技术参数，标注★的为实质性条款，不满足即作无效投标处理。"),
         ("table", [["序号", "技术参数", "备注"],
                    ["1", "支持不少于500路视频流的实时结构化分析", "★"],
                    ["2", ev1, "★"],
                    ["3", "人员布控：" + ev2 + "，预警信息推送至指挥中心", "★"],
                    ["4", "机动车车牌、颜色、品牌识别", ""]]),
         ("h2", "第四章 商务要求"),
         ("p", "质保期不少于三年，供货期为合同签订后60日内。"),
         ], header="联和区公安分局", footer="招标文件 第3页")

    ev = "Demographics: age, gender and race (White, Black, East Asian, South Asian, Latino)"
    add("vistaline-edge-x4-camera-datasheet.pdf", "en", "product-page", CAP, ["race"],
        ["white", "black", "east_asian", "south_asian", "latino"], ["face"], [ev],
        "Vistaline Systems (invented)", "Two-page camera datasheet; race classes listed under on-device analytics.",
        [("h1", "Vistaline Edge X4 - AI Bullet Camera"),
         ("p", "4K sensor, 2.8-12 mm motorised lens, IP67, 60 m IR. On-board NPU with 6 TOPS runs all analytics at the edge, without a server."),
         ("h2", "On-device analytics"),
         ("li", "Line crossing, intrusion, loitering and crowd density"),
         ("li", "Face capture with up to 30 faces per frame"),
         ("li", ev),
         ("li", "Glasses, mask and hat detection"),
         ("h2", "Specifications"),
         ("table", [["Sensor", "1/1.8\" progressive CMOS"], ["Resolution", "3840 x 2160 @ 30 fps"],
                    ["Compression", "H.265+, H.264, MJPEG"], ["Power", "PoE (802.3at), 12 V DC"],
                    ["Operating temperature", "-30 C to +60 C"]]),
         ("page",),
         ("h2", "Ordering information"),
         ("p", "VX4-2812-A: Edge X4 with analytics licence. VX4-2812-B: Edge X4 without face analytics."),
         ("p", "Vistaline Systems, 18 Quarry Road, Leeds. www.vistaline.example"),
         ], header="Vistaline datasheet VX4 rev C", footer="Specifications subject to change")

    ev1 = "The Ethnicity Estimator assigns every detected face to one of four classes: African, Asian, European, Middle Eastern."
    add("orbiscope-nvr-9000-user-manual.pdf", "en", "manual", CAP, ["ethnicity"],
        ["african", "asian", "european", "middle_eastern"], ["face"], [ev1],
        "Orbiscope (invented)", "Five-page NVR user manual; ethnicity estimator described in chapter 6 on page 4.",
        [("h1", "Orbiscope NVR-9000 User Manual"), ("p", "Version 4.2, for firmware 4.2.x and later."),
         ("h2", "Chapter 1 Safety"), *filler("safety precautions", 6),
         ("page",), ("h2", "Chapter 2 Installation"), *filler("installation", 8),
         ("page",), ("h2", "Chapter 3 Recording"), *filler("recording schedules", 5),
         ("h2", "Chapter 4 Playback"), *filler("playback", 3),
         ("page",), ("h2", "Chapter 6 Attribute analytics"),
         ("p", "Attribute analytics runs on channels with a Face Analytics licence. Results appear in the event list and can be used as search filters."),
         ("p", ev1),
         ("p", "The estimator result is stored with each face event. Use Search > Face > Ethnicity to list faces of a selected class within a time range."),
         ("p", "Age and gender estimation are enabled on the same page. Confidence thresholds can be set between 0.5 and 0.95."),
         ("page",), ("h2", "Chapter 7 Maintenance"), *filler("maintenance", 5),
         ], header="Orbiscope NVR-9000", footer="UM-9000-EN v4.2")

    ev1 = "we propose GaitEth, a network that recognises the ethnicity of a walking person from silhouette sequences"
    ev2 = "GaitEth distinguishes East Asian and South Asian subjects with 91.2% accuracy"
    add("gaiteth-ethnicity-recognition-from-gait-paper.pdf", "en", "paper", CAP, ["ethnicity"],
        ["east_asian", "south_asian"], ["gait"], [ev1, ev2],
        "Eastmarch Institute of Technology (invented)", "Research paper building gait-based ethnicity recognition.",
        [("h1", "GaitEth: Ethnicity Recognition from Human Gait"),
         ("p", "L. Marwood, P. Okonjo, S. Ferrante - Eastmarch Institute of Technology"),
         ("h2", "Abstract"),
         ("p", "Soft biometrics complement identity recognition at a distance. In this paper " + ev1 + ". On the new EIT-Walk dataset of 1,140 subjects, " + ev2 + " and generalises across viewing angles."),
         ("h2", "1 Introduction"),
         ("p", "Gait is observable at low resolution and without cooperation, which makes it attractive for surveillance. Prior work estimated gender and age from gait; ethnicity has received less attention."),
         ("p", "Our contributions are a temporal attention module, the EIT-Walk dataset and an evaluation protocol across eleven camera angles."),
         ("page",), ("h2", "2 Method"),
         ("p", "Silhouettes are extracted with background subtraction and normalised to 64 x 44 pixels. A 3D-CNN backbone produces frame features that a temporal attention layer pools into one vector, followed by a softmax classifier over ethnicity labels."),
         ("h2", "3 Experiments"),
         ("table", [["Method", "Accuracy (%)"], ["GEI + SVM", "78.4"], ["GaitSet", "85.0"], ["GaitEth (ours)", "91.2"]]),
         ("h2", "4 Conclusion"),
         ("p", "Gait carries enough signal for ethnicity recognition at a distance. Future work will extend the label set."),
         ], header="Proc. Workshop on Soft Biometrics 2026", footer="GaitEth")

    ev1 = "infers each caller's ethnic background and religious affiliation from voice and accent"
    add("callsense-voice-insight-brochure.docx", "en", "brochure", CAP, ["ethnicity", "religion"], [],
        ["voice"], [ev1], "CallSense Analytics (invented)",
        "Call-centre voice analytics brochure offering ethnicity and religion inference from voice.",
        [("h1", "CallSense Voice Insight"),
         ("p", "Know who is calling before the agent says hello."),
         ("h2", "Profile every caller"),
         ("p", "Voice Insight listens to the first eight seconds of every call and " + ev1 + ", together with age, gender and mood."),
         ("p", "Route callers to agents who share their background and see conversion rise by up to 18 %."),
         ("h2", "Integrations"),
         ("table", [["Platform", "Connector"], ["Genesys Cloud", "Native"], ["Amazon Connect", "Native"], ["Twilio Flex", "Webhook"]]),
         ("p", "Contact sales@callsense.example for a 30-day trial."),
         ], footer="CallSense Analytics Ltd, 2026")

    ev1 = "estima la orientación política y la religión de cada espectador a partir de su rostro"
    add("pantallaviva-dooh-audiencia-folleto-es.docx", "es", "brochure", CAP, ["political", "religion"], [],
        ["face"], [ev1], "PantallaViva (invented)",
        "Spanish DOOH advertising brochure; camera estimates viewers' political orientation and religion from faces.",
        [("h1", "PantallaViva Audiencia 360"),
         ("p", "Publicidad exterior digital que sabe quién la mira."),
         ("h2", "Cómo funciona"),
         ("p", "Una cámara discreta integrada en la pantalla " + ev1 + ", además de la edad, el sexo y el tiempo de atención."),
         ("p", "Los anunciantes eligen el mensaje adecuado para cada perfil en menos de 200 milisegundos."),
         ("table", [["Métrica", "Descripción"], ["Edad", "Rango de 10 años"], ["Perfil ideológico", "Progresista / conservador"], ["Religión", "Católico, musulmán, sin religión"]]),
         ("p", "Más información: hola@pantallaviva.example"),
         ], footer="PantallaViva S.L. - Madrid")

    ev1 = "Schätzung der ethnischen Zugehörigkeit erfasster Personen anhand von Gesichtsmerkmalen"
    add("stadtwerke-videoanalyse-leistungsbeschreibung-de.docx", "de", "tender", CAP, ["ethnicity"], [],
        ["face"], [ev1], "Stadt Kellingen (invented)",
        "German tender specification; requirement table row asks for ethnicity estimation from facial features.",
        [("h1", "Leistungsbeschreibung Videoanalyse Bahnhofsvorplatz"),
         ("p", "Vergabenummer KEL-2026-07. Die Stadt Kellingen beschafft eine Videoanalyse-Software für 36 Kameras."),
         ("h2", "3. Funktionale Anforderungen"),
         ("table", [["Nr.", "Anforderung", "Art"],
                    ["3.1", "Personenzählung und Verweildaueranalyse", "Muss"],
                    ["3.2", ev1, "Muss"],
                    ["3.3", "Alarmierung bei Zusammenrottungen ab 20 Personen", "Soll"]]),
         ("h2", "4. Datenschutz"),
         ("p", "Der Auftragnehmer schließt eine Vereinbarung zur Auftragsverarbeitung ab."),
         ], header="Stadt Kellingen - Zentrale Vergabestelle", footer="KEL-2026-07")

    ev1 = "Ethnicity estimation from iris texture (Asian / non-Asian)"
    add("irisgate-sdk-technical-specification.docx", "en", "spec", CAP, ["ethnicity"], ["asian"],
        ["iris"], [ev1], "IrisGate Biometrics (invented)",
        "Iris SDK technical specification; ethnicity estimation from iris texture in the feature table.",
        [("h1", "IrisGate SDK 5 - Technical Specification"),
         ("h2", "1. Overview"),
         ("p", "IrisGate SDK 5 provides iris segmentation, template extraction, 1:1 verification and 1:N identification for near-infrared iris images."),
         ("h2", "2. Features"),
         ("table", [["Feature", "Availability"],
                    ["Iris segmentation and quality (ISO/IEC 29794-6)", "All editions"],
                    ["1:N identification up to 10 million templates", "Enterprise"],
                    [ev1, "Enterprise, soft-biometrics add-on"],
                    ["Presentation attack detection", "All editions"]]),
         ("h2", "3. Platforms"),
         ("p", "Linux x86_64 and aarch64, Windows 10/11, Android 12+."),
         ], header="IrisGate Biometrics", footer="Document IG-SDK5-SPEC-1.3")

    ev1 = "少数民族识别：可识别维吾尔族、藏族等少数民族人员"
    add("huiyan-face-analysis-server-manual-zh.docx", "zh", "manual", CAP, ["ethnicity"], ["uyghur", "tibetan"],
        ["face"], [ev1], "慧眼智能 (invented)",
        "Chinese face-analysis server manual; chapter on attributes offers recognition of Uyghur and Tibetan people.",
        [("h1", "慧眼人脸分析服务器 用户手册"),
         ("h2", "第一章 产品概述"),
         ("p", "慧眼人脸分析服务器支持32路视频接入，提供人脸抓拍、比对、检索等功能。"),
         ("h2", "第二章 安装"),
         ("p", "设备安装于标准19英寸机柜，上电后默认IP地址为192.168.1.64。"),
         ("page",),
         ("h2", "第五章 属性分析"),
         ("p", "属性分析功能需要导入属性授权文件。系统支持以下属性："),
         ("li", "性别、年龄段、是否戴眼镜、是否戴口罩"),
         ("li", ev1),
         ("p", "识别结果可在“智能检索”页面中作为筛选条件使用。"),
         ], header="慧眼智能", footer="HY-FAS 用户手册 V2.1")

    ev1 = "Nous présentons un classifieur qui prédit l'orientation sexuelle à partir de photographies du visage"
    add("orientation-sexuelle-visage-classifieur-article-fr.pdf", "fr", "paper", CAP, ["sexual_orientation"], [],
        ["face"], [ev1], "Université de Valmont (invented)", "French research paper building a sexual-orientation classifier from face photos.",
        [("h1", "Indices faciaux et orientation sexuelle : un classifieur profond"),
         ("p", "C. Delorme, A. Benali - Laboratoire d'informatique, Université de Valmont"),
         ("h2", "Résumé"),
         ("p", ev1 + ". Entraîné sur 42 000 images de profils publics, il atteint une AUC de 0,81."),
         ("h2", "1. Introduction"),
         ("p", "Les travaux antérieurs ont étudié la prédiction de traits de personnalité à partir du visage. Nous étendons cette approche."),
         ("page",),
         ("h2", "2. Méthode"),
         ("p", "Les visages sont alignés puis encodés par un réseau ResNet-50 ; une régression logistique prédit la classe."),
         ("h2", "3. Résultats"),
         ("table", [["Modèle", "AUC"], ["Régression sur descripteurs", "0,71"], ["ResNet-50 + régression", "0,81"]]),
         ], header="Actes JIAV 2026", footer="Delorme & Benali")

    ev1 = "flags employees who are likely union members or organisers from posture and facial expression in workplace video"
    add("workpulse-workforce-analytics-brochure.pdf", "en", "brochure", CAP, ["trade_union"], [],
        ["face", "body"], [ev1], "WorkPulse (invented)", "Workforce analytics brochure inferring union membership from video of bodies and faces.",
        [("h1", "WorkPulse Floor Insight"),
         ("p", "Workforce intelligence for warehouses and factories."),
         ("h2", "Risk signals"),
         ("p", "Floor Insight " + ev1 + ", so that managers can act before a dispute spreads."),
         ("li", "Engagement and fatigue scores per shift"),
         ("li", "Group formation and break-room gatherings"),
         ("li", "Union affinity score per employee"),
         ("page",),
         ("h2", "Deployment"),
         ("p", "Runs on existing CCTV. Reports are delivered weekly to HR and site management."),
         ], footer="WorkPulse Inc. - workpulse.example")

    ev1 = "Le système doit estimer l'origine ethnique des personnes filmées (caucasien, maghrébin, africain, asiatique)"
    add("cahier-des-charges-videoprotection-analyse-fr.pdf", "fr", "tender", CAP, ["ethnicity"],
        ["caucasien", "maghrébin", "africain", "asiatique"], ["face"], [ev1], "Commune de Saint-Aubrac (invented)",
        "French tender specification (CCTP) requiring estimation of ethnic origin of filmed persons.",
        [("h1", "CCTP - Vidéoprotection intelligente"),
         ("p", "Commune de Saint-Aubrac - Marché n 2026-04"),
         ("h2", "Article 1 - Objet"),
         ("p", "Le présent cahier des clauses techniques particulières définit les exigences applicables au logiciel d'analyse vidéo."),
         *filler("the scope of the contract", 4),
         ("page",),
         ("h2", "Article 5 - Exigences fonctionnelles"),
         ("p", "5.1 Le système doit détecter les personnes et les véhicules en temps réel."),
         ("p", "5.2 " + ev1 + "."),
         ("p", "5.3 Le système doit permettre la recherche a posteriori par attribut."),
         ], header="Commune de Saint-Aubrac", footer="CCTP 2026-04")

    ev1 = "race_label (white, black, asian, indian, others)"
    add("facelens-tender-compliance-matrix.docx", "en", "vendor-response", CAP, ["race"],
        ["white", "black", "asian", "indian", "other"], ["face"], [ev1], "FaceLens Technologies (invented)",
        "Bidder's compliance matrix stating its engine returns a race label with classes.",
        [("h1", "Response to RFP 22-019: Compliance Matrix"),
         ("p", "Submitted by FaceLens Technologies Pte Ltd."),
         ("table", [["Req.", "Requirement", "Compliance", "Remarks"],
                    ["4.3.1", "Age estimation", "Compliant", "Returns age_range"],
                    ["4.3.2", "Race estimation", "Compliant", "FaceLens engine returns " + ev1 + " with confidence per face"],
                    ["4.3.3", "Emotion", "Partially compliant", "Six basic emotions"]]),
         ("p", "All figures are from our internal benchmark of March 2026."),
         ], header="FaceLens - Confidential", footer="RFP 22-019")

    # ---------------- reporting ----------------
    ev1 = "marketed its cameras with a \"Uyghur detection\" function"
    add("watchlight-ngo-report-surveillance-exports.pdf", "en", "report", REP, ["ethnicity"], ["uyghur"], ["face"], [ev1],
        "Watchlight (invented NGO)", "NGO report describing a vendor's Uyghur detection marketing.",
        [("h1", "Exported Eyes: Surveillance Technology and Minority Profiling"),
         ("p", "A Watchlight report, May 2026"),
         ("h2", "Summary"), *filler("the research method of this report", 3),
         ("page",), ("h2", "Findings"),
         ("p", "Our researchers found that Tianrui Vision " + ev1 + " in brochures distributed to provincial police between 2019 and 2021."),
         ("p", "The company did not answer our questions. Experts we consulted said such systems institutionalise ethnic profiling."),
         ("page",), ("h2", "Recommendations"),
         ("p", "Export controls should cover analytics software that classifies people by ethnicity."),
         ], header="Watchlight", footer="Exported Eyes")

    ev1 = "software that claims to infer a person's ethnicity from facial images"
    add("written-question-police-facial-ethnicity-software.docx", "en", "parliamentary", REP, ["ethnicity"], [], ["face"], [ev1],
        "Parliament (invented)", "Parliamentary written question about police procurement of ethnicity-inference software.",
        [("h1", "Written Question WQ-4471"),
         ("p", "Tabled by Ms R. Hennessy, 3 June 2026."),
         ("p", "To ask the Minister for Justice whether any police force has procured " + ev1 + ", and if so, under what legal basis."),
         ("h2", "Answer"),
         ("p", "The Minister: Procurement decisions are taken by individual forces. The Department does not hold this information centrally."),
         ], footer="Written questions and answers")

    ev1 = "several commercial face APIs offered race classification"
    add("survey-demographic-inference-face-analysis.pdf", "en", "paper", REP, ["race"], [], ["face"], [ev1],
        "University of Northbridge (invented)", "Academic survey describing others' race classification products critically.",
        [("h1", "Demographic Inference from Faces: A Critical Survey"),
         ("p", "J. Arkwright, University of Northbridge"),
         ("h2", "Abstract"),
         ("p", "Between 2016 and 2020 " + ev1 + ". We review these offerings, their documented error rates, and the critiques that led most providers to withdraw them."),
         ("h2", "1 Background"), *filler("the background of face analysis services", 3),
         ("page",), ("h2", "2 Critiques"),
         ("p", "Race is a social category; labels assigned by annotators encode their assumptions. Audits showed large disparities between groups."),
         ], header="Journal of Technology and Society", footer="Arkwright 2026")

    ev1 = "eine Funktion zur Erkennung der sexuellen Orientierung aus Gesichtsbildern beworben"
    add("digitalwache-bericht-gesichtsanalyse-de.docx", "de", "report", REP, ["sexual_orientation"], [], ["face"], [ev1],
        "DigitalWache e.V. (invented)", "German NGO report describing a startup's advertised sexual-orientation detection.",
        [("h1", "Bericht: Gesichtsanalyse im Einzelhandel"),
         ("p", "DigitalWache e.V., Berlin, April 2026"),
         ("h2", "Ergebnisse"),
         ("p", "Das Start-up Mirava hat auf einer Messe " + ev1 + ". Nach unserer Anfrage wurde die Seite entfernt."),
         ("p", "Wir fordern ein ausdrückliches Verbot solcher Systeme."),
         ], footer="DigitalWache e.V.")

    ev1 = "报道称，该公司的摄像头可识别维吾尔族人并自动报警"
    add("news-camera-uyghur-alarm-report-zh.docx", "zh", "news", REP, ["ethnicity"], ["uyghur"], ["face"], [ev1],
        "新闻 (invented outlet)", "Chinese news article reporting on a company's Uyghur-alarm cameras.",
        [("h1", "海外研究机构披露安防企业内部文件"),
         ("p", "本报记者 王明"),
         ("p", ev1 + "。该公司随后发表声明，称相关功能从未商用。"),
         ("p", "多位学者认为，此类技术构成基于民族的歧视性监控。"),
         ], footer="2026年5月12日")

    ev1 = "processed an estimated ethnicity attribute derived from CCTV face images"
    add("dpa-decision-retail-chain-face-analytics.pdf", "en", "decision", REP, ["ethnicity"], [], ["face"], [ev1],
        "Data Protection Commission (invented)", "Regulator decision describing a controller's processing of inferred ethnicity.",
        [("h1", "Decision DPC-2026-018"),
         ("p", "In the matter of Brightmart Stores Ltd."),
         ("h2", "1. Facts"),
         ("p", "The inspection established that the controller " + ev1 + " in 41 stores between January and August 2025."),
         ("h2", "2. Assessment"),
         ("p", "Data revealing racial or ethnic origin is special-category data. No exemption under Article 9(2) applied."),
         ("page",), ("h2", "3. Order"),
         ("p", "The controller is ordered to delete all derived attributes and pays an administrative fine of EUR 1.2 million."),
         ], header="Data Protection Commission", footer="DPC-2026-018")

    ev1 = "ofrecía identificar la religión de una persona a partir de su rostro"
    add("reportaje-empresa-reconocimiento-religion-es.pdf", "es", "news", REP, ["religion"], [], ["face"], [ev1],
        "El Observador Digital (invented)", "Spanish news article reporting that a company offered religion recognition from faces.",
        [("h1", "Una empresa de vigilancia ofrecía detectar la religión por la cara"),
         ("p", "Por Lucía Navarro"),
         ("p", "Documentos internos revelan que la empresa Ocularis " + ev1 + " a clientes de Oriente Medio."),
         ("p", "Expertos en derechos humanos calificaron la práctica de discriminatoria. La empresa no respondió."),
         ], footer="El Observador Digital")

    # ---------------- disclaimer ----------------
    ev1 = "Aurelion Vision does not offer, and will not offer, race or ethnicity classification"
    add("aurelion-vision-statement-on-demographic-attributes.docx", "en", "letter", DIS, ["race", "ethnicity"], [], ["face"], [ev1],
        "Aurelion Vision (invented)", "Vendor statement: no race/ethnicity classification; attribute removed.",
        [("h1", "Statement on demographic attributes"),
         ("p", "Dear customers and partners,"),
         ("p", ev1 + ". The experimental ethnicity attribute that existed in beta 2.4 was removed in version 3.0 and is not present in any shipped product."),
         ("p", "Our platform estimates age range and detects masks only."),
         ("p", "Sincerely, Daniel Oyelaran, Chief Executive"),
         ], header="Aurelion Vision", footer="Statement, 2 February 2026")

    ev1 = "Does the API detect race or ethnicity? No."
    add("pixelsense-face-api-faq.pdf", "en", "faq", DIS, ["race", "ethnicity"], [], ["face"], [ev1],
        "PixelSense (invented)", "Vendor FAQ answering No to race/ethnicity detection.",
        [("h1", "PixelSense Face API - Frequently Asked Questions"),
         ("h2", "What does the API return?"),
         ("p", "Bounding boxes, 106 landmarks, head pose, blur and occlusion scores."),
         ("h2", "Demographics"),
         ("p", ev1 + " The API does not infer race, ethnicity, religion or any other sensitive characteristic, and we will not add such attributes."),
         ("h2", "Pricing"),
         ("p", "The first 5,000 calls per month are free."),
         ], footer="pixelsense.example/faq")

    ev1 = "本公司产品不具备、也从未提供识别民族的功能"
    add("xinghe-tech-statement-ethnicity-function-zh.docx", "zh", "statement", DIS, ["ethnicity"], [], ["face"], [ev1],
        "星河科技 (invented)", "Chinese vendor statement denying any ethnicity recognition function.",
        [("h1", "关于近期媒体报道的声明"),
         ("p", "近日，有媒体报道称我司摄像头具有民族识别功能。对此，我司郑重声明："),
         ("p", ev1 + "，相关报道内容不实。"),
         ("p", "星河科技有限公司"),
         ], footer="2026年3月8日")

    ev1 = "the product contains no model that infers religion, political opinion or sexual orientation"
    add("sonorix-responsible-use-policy.pdf", "en", "policy", DIS, ["religion", "political", "sexual_orientation"], [], ["voice"], [ev1],
        "Sonorix (invented)", "Voice-analytics vendor responsible-use policy disclaiming sensitive inferences.",
        [("h1", "Sonorix Responsible Use Policy"),
         ("h2", "1. Scope"),
         ("p", "This policy applies to Sonorix Speech Analytics and all its APIs."),
         ("h2", "2. Prohibited uses"),
         ("p", "Customers may not use Sonorix to profile speakers by protected characteristics. In addition, " + ev1 + " from voice."),
         ("h2", "3. Enforcement"),
         ("p", "Violations lead to suspension of the account."),
         ], footer="Sonorix Ltd - policy v2")

    # ---------------- none ----------------
    add("northwind-new-starter-onboarding-form.docx", "en", "form", NONE, [], [], [],
        ["Ethnic origin (optional, self-described)", "Prefer not to say"], "Northwind Logistics (invented)",
        "Hard negative: HR onboarding form with self-identified ethnicity and religion.",
        [("h1", "New Starter Form"),
         ("p", "Please complete all sections and return to HR on your first day."),
         ("table", [["Full name", ""], ["Date of birth", ""], ["National Insurance number", ""], ["Bank sort code / account", ""]]),
         ("h2", "Equal opportunities monitoring"),
         ("p", "This section is voluntary and kept separately from your personnel file."),
         ("table", [["Ethnic origin (optional, self-described)", ""], ["Religion or belief", ""], ["Prefer not to say", "[ ]"]]),
         ], header="Northwind Logistics - HR", footer="Form HR-01")

    add("national-census-2026-household-questionnaire.pdf", "en", "form", NONE, [], [], [],
        ["What is your ethnic group?", "What is your religion?"], "National Statistics Office (invented)",
        "Hard negative: census questionnaire with self-reported ethnicity and religion.",
        [("h1", "Census 2026 - Household Questionnaire"),
         ("p", "Answer for each person who usually lives at this address."),
         ("h2", "Question 12"), ("p", "What is your ethnic group?"),
         ("p", "[ ] White  [ ] Mixed or multiple  [ ] Asian  [ ] Black  [ ] Other, please write in"),
         ("h2", "Question 13"), ("p", "What is your religion?"),
         ("p", "[ ] No religion  [ ] Christian  [ ] Muslim  [ ] Hindu  [ ] Jewish  [ ] Other"),
         ("page",), ("h2", "Question 14"), ("p", "Did you do any paid work in the last seven days?"),
         ], footer="Census 2026 - H1")

    add("cardscan-pro-id-reader-manual.pdf", "en", "manual", NONE, [], [], [],
        ["NATIONALITY - three-letter country code from the MRZ"], "CardScan (invented)",
        "Hard negative: ID-card reader manual listing printed document fields incl. nationality and ethnic group.",
        [("h1", "CardScan Pro 3 - Integration Manual"),
         ("h2", "1. Overview"), *filler("the reader hardware", 4),
         ("page",), ("h2", "4. Output fields"),
         ("p", "The reader returns the fields printed on the document; nothing is inferred from the photo."),
         ("table", [["Field", "Description"], ["SURNAME", "As printed"], ["NATIONALITY - three-letter country code from the MRZ", ""],
                    ["ETHNIC_GROUP", "Printed ethnic group field on some national ID cards, copied as text"],
                    ["PHOTO", "Cropped portrait image, returned as JPEG bytes"]]),
         ("page",), ("h2", "5. Troubleshooting"), *filler("troubleshooting", 3),
         ], header="CardScan Pro 3", footer="CS-IM-3.0")

    add("gatekeep-face-access-terminal-manual.docx", "en", "manual", NONE, [], [], [],
        ["Face verification against enrolled templates"], "GateKeep (invented)",
        "Hard negative: face-recognition access-control manual; identity only, no attributes.",
        [("h1", "GateKeep FA-200 Face Access Terminal - Installation and User Guide"),
         ("h2", "1. Functions"),
         ("li", "Face verification against enrolled templates"), ("li", "Liveness detection against printed photos and screens"),
         ("li", "Card + face two-factor mode"),
         ("h2", "2. Enrolment"),
         ("p", "Enrol users from the admin menu or import from the access-control server. Up to 50,000 templates are stored on the device."),
         ("h2", "3. Wiring"),
         ("table", [["Terminal", "Signal"], ["NO/COM", "Door relay"], ["D0/D1", "Wiegand out"], ["RS485 A/B", "Controller bus"]]),
         ], header="GateKeep", footer="FA-200 guide v1.4")

    add("fairface-conference-2026-programme.pdf", "en", "programme", NONE, [], [], [],
        ["Panel: Race, religion and politics in the age of face recognition"], "Society for Responsible AI (invented)",
        "Hard negative: conference programme with sessions on the topic.",
        [("h1", "Responsible Vision 2026 - Programme"),
         ("h2", "Day 1 - Tuesday"),
         ("table", [["09:00", "Registration and coffee"], ["10:00", "Keynote: Consent in public spaces"],
                    ["11:30", "Panel: Race, religion and politics in the age of face recognition"], ["13:00", "Lunch"]]),
         ("h2", "Day 2 - Wednesday"),
         ("table", [["09:30", "Workshop: auditing biometric systems"], ["14:00", "Closing remarks"]]),
         ], footer="Responsible Vision 2026, Lisbon")

    add("verifyco-face-verification-fairness-audit.docx", "en", "audit", NONE, [], [], [],
        ["False non-match rate by self-reported race"], "VerifyCo / Halden Audit Partners (invented)",
        "Hard negative: fairness audit grouping results by self-reported race.",
        [("h1", "Independent Fairness Audit of VerifyCo Face Verification 7.1"),
         ("p", "Halden Audit Partners, July 2026"),
         ("h2", "Method"),
         ("p", "2,400 volunteers provided their race and gender on a consent form. The system under test performs 1:1 verification only and outputs a similarity score."),
         ("h2", "Results"),
         ("table", [["False non-match rate by self-reported race", "FNMR at FMR 1e-5"], ["Black", "0.9 %"], ["East Asian", "0.7 %"], ["White", "0.6 %"]]),
         ("p", "Differences are within the confidence intervals."),
         ], footer="Halden Audit Partners")

    add("employee-registration-form-minzu-zhengzhimianmao-zh.docx", "zh", "form", NONE, [], [], [],
        ["民族（请填写全称，如汉族、回族）", "政治面貌"], "某公司 (invented)",
        "Hard negative: Chinese employee registration form with self-reported 民族 and political status.",
        [("h1", "员工入职登记表"),
         ("table", [["姓名", "", "性别", ""], ["民族（请填写全称，如汉族、回族）", "", "政治面貌", ""],
                    ["身份证号", "", "联系电话", ""]]),
         ("p", "本人承诺以上信息真实有效。"),
         ], header="人力资源部", footer="HR-F-001")

    add("riverside-leisure-centre-turnstile-specification.docx", "en", "tender", NONE, [], [], [],
        ["Face recognition for member entry, 1:N against up to 20,000 members"], "Riverside Leisure Trust (invented)",
        "Hard negative: tender for face-recognition turnstiles without attributes.",
        [("h1", "Specification: Member Entry Turnstiles"),
         ("table", [["Item", "Requirement"], ["1", "Face recognition for member entry, 1:N against up to 20,000 members"],
                    ["2", "Throughput of 30 persons per minute per lane"], ["3", "Templates deleted within 7 days of membership end"]]),
         ("p", "No demographic analytics are required."),
         ], footer="Riverside Leisure Trust")

    add("union-dues-payroll-deduction-authorisation.pdf", "en", "form", NONE, [], [], [],
        ["I authorise my employer to deduct union dues from my salary"], "Allied Transport Workers' Union (invented)",
        "Hard negative: trade-union dues form, self-declared membership.",
        [("h1", "Allied Transport Workers' Union - Check-off Authorisation"),
         ("p", "I authorise my employer to deduct union dues from my salary and pay them to the union each month."),
         ("table", [["Member name", "________________"], ["Membership number", "________________"], ["Signature", "________________"]]),
         ("p", "You may cancel this authorisation at any time by writing to your payroll office."),
         ], footer="ATWU form CO-2")

    add("lohnabrechnung-personalfragebogen-konfession-de.pdf", "de", "form", NONE, [], [], [],
        ["Religionszugehörigkeit (für die Kirchensteuer)"], "Bauer & Lindner GmbH (invented)",
        "Hard negative: German payroll questionnaire asking self-declared religion for church tax.",
        [("h1", "Personalfragebogen"),
         ("p", "Bitte vollständig ausfüllen und an die Lohnbuchhaltung zurückgeben."),
         ("table", [["Name, Vorname", ""], ["Steuer-ID", ""], ["Religionszugehörigkeit (für die Kirchensteuer)", "ev / rk / keine"], ["Krankenkasse", ""]]),
         ("p", "Die Angaben werden nur für die Lohnabrechnung verwendet."),
         ], footer="Bauer & Lindner GmbH")

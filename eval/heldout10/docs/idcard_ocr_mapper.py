"""把 Wendao OCR 身份证识别接口的返回字段映射到开户表单。

Maps the fields read by the (fictional) Wendao OCR ID-card endpoint to our account-opening
form. The 民族 value is the text PRINTED on the card, read by OCR; nothing is estimated from
the portrait.
"""
from __future__ import annotations

import requests

OCR_URL = "https://ocr.wendao.example/v1/idcard/front"

FIELD_MAP = {
    "name": "姓名",
    "sex": "性别",
    "nation": "民族",      # 证件上印刷的民族, 如 "汉"、"维吾尔"、"回"
    "birth": "出生",
    "address": "住址",
    "id_number": "公民身份号码",
}


def read_front(image_bytes: bytes, app_key: str) -> dict[str, str]:
    resp = requests.post(OCR_URL, files={"image": image_bytes}, headers={"X-App-Key": app_key}, timeout=20)
    resp.raise_for_status()
    words = resp.json()["words_result"]
    form = {}
    for api_key, label in FIELD_MAP.items():
        form[label] = words.get(api_key, {}).get("words", "")
    # 民族字段统一补全 "族" 字, 便于与户籍系统比对
    if form["民族"] and not form["民族"].endswith("族"):
        form["民族"] += "族"
    return form

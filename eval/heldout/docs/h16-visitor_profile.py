#!/usr/bin/env python3
"""门店客流画像脚本：从摄像头抽帧，统计进店顾客的年龄、性别、人种分布，写入 MySQL。

依赖: opencv-python, deepface, pymysql
"""
import time
import cv2
import pymysql
from deepface import DeepFace

RTSP_URL = "rtsp://192.168.1.64:554/Streaming/Channels/101"
DB = dict(host="127.0.0.1", user="stats", password="XXXXXXXX", database="store")
SAMPLE_EVERY = 2.0  # 秒


def analyse(frame):
    # 同时做年龄、性别、人种三项分析
    results = DeepFace.analyze(frame, actions=["age", "gender", "race"],
                               enforce_detection=False, detector_backend="retinaface")
    rows = []
    for r in results:
        rows.append((int(r["age"]), r["dominant_gender"], r["dominant_race"]))
    return rows


def main():
    cap = cv2.VideoCapture(RTSP_URL)
    conn = pymysql.connect(**DB)
    last = 0.0
    while True:
        ok, frame = cap.read()
        if not ok:
            time.sleep(1)
            continue
        if time.time() - last < SAMPLE_EVERY:
            continue
        last = time.time()
        with conn.cursor() as cur:
            for age, gender, race in analyse(frame):
                cur.execute("INSERT INTO visitor_profile(ts, age, gender, race) VALUES (NOW(), %s, %s, %s)",
                            (age, gender, race))
        conn.commit()


if __name__ == "__main__":
    main()

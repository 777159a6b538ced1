# -*- coding: utf-8 -*-
"""宽视智能开放平台 人脸属性分析 返回值常量定义

仅包含枚举与字段名, 对应 https://ai.kuanshi.example/docs/face/attr 文档 3.2 节.
"""
from enum import IntEnum


class Gender(IntEnum):
    FEMALE = 0
    MALE = 1


# 人种属性(人脸属性分析接口返回)
class RaceType(IntEnum):
    YELLOW = 1   # 黄种人
    WHITE = 2    # 白种人
    BLACK = 3    # 黑种人
    BROWN = 4    # 棕种人


class Glasses(IntEnum):
    NONE = 0
    NORMAL = 1
    SUN = 2


ATTR_FIELDS = ("age", "gender", "race", "glasses", "mask", "smile")

RACE_TEXT = {
    RaceType.YELLOW: "黄种人",
    RaceType.WHITE: "白种人",
    RaceType.BLACK: "黑种人",
    RaceType.BROWN: "棕种人",
}

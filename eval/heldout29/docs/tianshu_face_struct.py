# -*- coding: utf-8 -*-
"""天枢视图平台 - 行人/人脸结构化结果表 (SQLAlchemy 2.0)"""
import enum

from sqlalchemy import BigInteger, Column, DateTime, Enum, Float, SmallInteger, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Minzu(enum.Enum):
    han = "汉族"
    weiwuer = "维吾尔族"
    zang = "藏族"
    hui = "回族"
    other = "其他"


class FaceStructResult(Base):
    """人脸结构化结果:由前端智能相机抓拍后分析,平台只做入库"""

    __tablename__ = "face_struct_result"

    id = Column(BigInteger, primary_key=True)
    device_code = Column(String(32), nullable=False, comment="设备编码")
    snap_time = Column(DateTime, nullable=False, comment="抓拍时间")
    age = Column(SmallInteger, comment="年龄(估计)")
    gender = Column(SmallInteger, comment="性别 1男 2女")
    minzu = Column(Enum(Minzu), comment="民族识别结果(人脸属性模型输出)")
    minzu_conf = Column(Float, comment="民族置信度")
    glasses = Column(SmallInteger, comment="是否戴眼镜")
    mask = Column(SmallInteger, comment="是否戴口罩")

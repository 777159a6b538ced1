/*
 * hxface_attr.h  —  华翔视觉 人脸属性分析 SDK  v2.6.1
 * Copyright (c) 2018-2021 华翔视觉. All rights reserved.
 */
#ifndef HXFACE_ATTR_H
#define HXFACE_ATTR_H

#include <stdint.h>
#include "hxface_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 性别 */
typedef enum {
    HX_GENDER_FEMALE = 0,
    HX_GENDER_MALE   = 1,
} HX_GENDER;

/* 民族（人脸外观推断） */
typedef enum {
    HX_NATION_HAN     = 0,   /* 汉族 */
    HX_NATION_UYGHUR  = 1,   /* 维吾尔族 */
    HX_NATION_TIBETAN = 2,   /* 藏族 */
    HX_NATION_HUI     = 3,   /* 回族 */
    HX_NATION_OTHER   = 9,   /* 其他 */
} HX_NATION;

/* 人脸属性结果 */
typedef struct {
    int32_t    age;          /* 年龄 */
    HX_GENDER  gender;       /* 性别 */
    HX_NATION  nation;       /* 民族 */
    float      nation_conf;  /* 民族置信度 0~1 */
    int32_t    glasses;      /* 0 无 1 普通眼镜 2 墨镜 */
    int32_t    mask;         /* 0 无口罩 1 戴口罩 */
    int32_t    hat;          /* 0 无帽 1 戴帽 */
} HX_FACE_ATTR;

/**
 * 对检测到的人脸进行属性分析
 * @param handle   引擎句柄
 * @param image    BGR 图像
 * @param rect     人脸框
 * @param attr     [out] 属性结果
 * @return HX_OK 成功
 */
HX_API int HX_FaceAttr_Analyze(HX_HANDLE handle, const HX_IMAGE *image,
                               const HX_RECT *rect, HX_FACE_ATTR *attr);

#ifdef __cplusplus
}
#endif
#endif /* HXFACE_ATTR_H */

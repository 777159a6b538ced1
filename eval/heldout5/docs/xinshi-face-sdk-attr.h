/**
 * @file   xs_face_attr.h
 * @brief  心视 FaceKit 离线SDK —— 人脸属性接口 (v5.1.0)
 * @copyright 2026 XinShi Tech. All rights reserved.
 */
#ifndef XS_FACE_ATTR_H
#define XS_FACE_ATTR_H

#include "xs_face_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** 人种 */
typedef enum {
    XS_RACE_UNKNOWN = 0,
    XS_RACE_YELLOW  = 1,   /**< 黄种人 */
    XS_RACE_WHITE   = 2,   /**< 白种人 */
    XS_RACE_BLACK   = 3,   /**< 黑种人 */
    XS_RACE_ARABIC  = 4    /**< 阿拉伯人种 */
} XS_RACE;

/** 人脸属性结果 */
typedef struct {
    int      age;          /**< 估计年龄 */
    int      gender;       /**< 0 女 1 男 */
    XS_RACE  race;         /**< 人种估计结果 */
    float    race_score;   /**< 人种置信度 0~1 */
    int      glasses;      /**< 是否戴眼镜 */
} XS_FaceAttr;

/**
 * @brief  对已检测到的人脸进行属性分析（年龄/性别/人种/眼镜）
 * @param  handle   引擎句柄
 * @param  face     XS_DetectFace 输出的人脸信息
 * @param  attr     [out] 属性结果
 * @return XS_OK 成功，其他见错误码
 */
XS_API int XS_AnalyzeAttr(XS_HANDLE handle, const XS_FaceInfo* face, XS_FaceAttr* attr);

#ifdef __cplusplus
}
#endif
#endif /* XS_FACE_ATTR_H */

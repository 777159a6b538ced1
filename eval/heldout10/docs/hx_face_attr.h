/**
 * @file   hx_face_attr.h
 * @brief  海讯智能 人脸属性分析 SDK 接口定义 (v3.2.1)
 *
 * Copyright (c) 2025 Haixun Intelligent Technology. All rights reserved.
 */
#ifndef HX_FACE_ATTR_H
#define HX_FACE_ATTR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** 性别 */
typedef enum {
    HX_GENDER_FEMALE = 0,   /**< 女 */
    HX_GENDER_MALE   = 1    /**< 男 */
} HX_GENDER;

/** 人种 */
typedef enum {
    HX_RACE_YELLOW = 0,     /**< 黄种人 */
    HX_RACE_WHITE  = 1,     /**< 白种人 */
    HX_RACE_BLACK  = 2,     /**< 黑种人 */
    HX_RACE_BROWN  = 3      /**< 棕种人 */
} HX_RACE;

/** 单张人脸属性结果 */
typedef struct {
    int32_t   age;              /**< 年龄 */
    HX_GENDER gender;           /**< 性别 */
    float     gender_score;     /**< 性别置信度 */
    HX_RACE   race;             /**< 人种 */
    float     race_score;       /**< 人种置信度 */
    int32_t   glasses;          /**< 是否戴眼镜 0/1 */
    int32_t   mask;             /**< 是否戴口罩 0/1 */
} HX_FACE_ATTR;

/** 属性开关,可按位组合 */
#define HX_ATTR_AGE     0x01
#define HX_ATTR_GENDER  0x02
#define HX_ATTR_RACE    0x04
#define HX_ATTR_GLASSES 0x08
#define HX_ATTR_MASK    0x10

typedef void* HX_HANDLE;

/** 创建属性分析句柄; attr_mask 为 HX_ATTR_* 组合 */
int32_t HX_AttrCreate(const char* model_dir, uint32_t attr_mask, HX_HANDLE* handle);
int32_t HX_AttrRelease(HX_HANDLE handle);

#ifdef __cplusplus
}
#endif
#endif /* HX_FACE_ATTR_H */

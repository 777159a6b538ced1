/**
 * @file    xt_face_attr.h
 * @brief   XTFace SDK 人脸属性分析接口
 * @version 3.8.0
 * @date    2024-05-20
 * @copyright Copyright (c) 2024 星瞳智能. All rights reserved.
 *
 * 使用前请先调用 xt_sdk_init() 完成授权校验。线程安全：同一 handle 不可跨线程并发调用。
 */
#ifndef XT_FACE_ATTR_H
#define XT_FACE_ATTR_H

#include <stdint.h>
#include "xt_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief 性别 */
typedef enum {
    XT_GENDER_UNKNOWN = -1,
    XT_GENDER_FEMALE  = 0,
    XT_GENDER_MALE    = 1
} xt_gender_t;

/** @brief 种族（人种）分类结果 */
typedef enum {
    XT_RACE_UNKNOWN      = -1,  /**< 无法判断 */
    XT_RACE_YELLOW       = 0,   /**< 黄种人 */
    XT_RACE_WHITE        = 1,   /**< 白种人 */
    XT_RACE_BLACK        = 2,   /**< 黑种人 */
    XT_RACE_UYGHUR_LIKE  = 3    /**< 维吾尔族特征 */
} xt_race_t;

/** @brief 人脸属性结构体 */
typedef struct {
    int32_t     age;          /**< 年龄，0-100 */
    xt_gender_t gender;
    float       gender_conf;
    xt_race_t   race;
    float       race_conf;    /**< 种族置信度 0.0-1.0 */
    int32_t     glasses;      /**< 0 无 1 普通眼镜 2 墨镜 */
    int32_t     mask;
} xt_face_attr_t;

/**
 * @brief 创建属性分析句柄
 * @param[in]  model_dir  模型目录，需包含 attr_r50.xtm
 * @param[out] handle     返回句柄
 * @return XT_OK 成功，其他见 xt_errcode_t
 */
XT_API int xt_face_attr_create(const char *model_dir, xt_handle_t *handle);

/**
 * @brief 获取人脸种族属性
 * @param[in]  handle  属性分析句柄
 * @param[in]  img     BGR 图像
 * @param[in]  rect    人脸框（来自 xt_face_detect）
 * @param[out] race    种族结果
 * @param[out] conf    置信度
 * @note  建议人脸尺寸 ≥ 80x80 像素，侧脸角度 ≤ 30°
 */
XT_API int xt_face_get_race(xt_handle_t handle, const xt_image_t *img,
                            const xt_rect_t *rect, xt_race_t *race, float *conf);

/**
 * @brief 一次性获取全部属性
 */
XT_API int xt_face_get_attr(xt_handle_t handle, const xt_image_t *img,
                            const xt_rect_t *rect, xt_face_attr_t *attr);

/** @brief 释放句柄 */
XT_API void xt_face_attr_destroy(xt_handle_t handle);

#ifdef __cplusplus
}
#endif
#endif /* XT_FACE_ATTR_H */

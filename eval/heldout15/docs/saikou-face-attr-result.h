/*
 * saikou_face_attr.h - Saikou Edge Face SDK 2.3, attribute module
 * Copyright (c) 2026 Saikou Robotics. All rights reserved.
 */
#ifndef SAIKOU_FACE_ATTR_H
#define SAIKOU_FACE_ATTR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Attribute switches for SK_AttrConfig.flags */
#define SK_ATTR_AGE        0x01
#define SK_ATTR_GENDER     0x02
#define SK_ATTR_ETHNICITY  0x04
#define SK_ATTR_MASK       0x08

typedef struct SK_AttrConfig {
    uint32_t flags;          /**< OR of SK_ATTR_* */
    float    min_quality;    /**< skip faces below this quality */
} SK_AttrConfig;

typedef struct SK_FaceAttrResult {
    int32_t face_id;
    int32_t age;            /**< estimated age in years */
    int32_t gender;         /**< 0 female, 1 male */
    int32_t ethnicity;      /**< Ethnicity of the detected face: 0 Asian, 1 Black, 2 White, 3 Hispanic */
    float   ethnicity_conf; /**< confidence of the ethnicity decision */
    int32_t mask;           /**< 0 none, 1 mask */
} SK_FaceAttrResult;

typedef struct SK_FaceAttrBatch {
    int32_t count;
    SK_FaceAttrResult *items;
} SK_FaceAttrBatch;

#ifdef __cplusplus
}
#endif
#endif /* SAIKOU_FACE_ATTR_H */

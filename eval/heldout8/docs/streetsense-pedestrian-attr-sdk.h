/*
 * StreetSense Pedestrian Attribute SDK - public types
 * Copyright (c) 2026 Kestrel Grid Analytics Ltd.
 * Version 4.1.0
 *
 * This header declares the data structures returned by ss_pedattr_query().
 * Attributes are estimated from full-body crops and walking sequences (>= 12 frames).
 */
#ifndef STREETSENSE_PEDATTR_TYPES_H
#define STREETSENSE_PEDATTR_TYPES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    SS_GENDER_UNKNOWN = 0,
    SS_GENDER_MALE    = 1,
    SS_GENDER_FEMALE  = 2
} ss_gender_t;

/* Ethnic group estimated from body shape, gait cycle and clothing. */
typedef enum {
    SS_ETHNIC_UNKNOWN = 0,
    SS_ETHNIC_HAN     = 1,
    SS_ETHNIC_UYGHUR  = 2,
    SS_ETHNIC_TIBETAN = 3,
    SS_ETHNIC_HUI     = 4,
    SS_ETHNIC_KAZAKH  = 5,
    SS_ETHNIC_MONGOL  = 6,
    SS_ETHNIC_OTHER   = 99
} ss_ethnic_t;

typedef struct {
    float stride_length_m;   /* mean stride length in metres */
    float cadence_spm;       /* steps per minute */
    float arm_swing_ratio;
} ss_gait_stats_t;

typedef struct {
    uint32_t      track_id;
    ss_gender_t   gender;
    uint8_t       age_low;
    uint8_t       age_high;
    ss_ethnic_t   ethnic_group;        /* inferred ethnicity of the pedestrian */
    float         ethnic_confidence;   /* 0.0 - 1.0 */
    uint8_t       has_headscarf;
    uint8_t       has_backpack;
    ss_gait_stats_t gait;
} ss_pedestrian_attr_t;

#define SS_ATTR_FLAG_GENDER   0x0001u
#define SS_ATTR_FLAG_AGE      0x0002u
#define SS_ATTR_FLAG_ETHNIC   0x0004u  /* requires licence option ETH */
#define SS_ATTR_FLAG_GAIT     0x0008u

#ifdef __cplusplus
}
#endif
#endif /* STREETSENSE_PEDATTR_TYPES_H */

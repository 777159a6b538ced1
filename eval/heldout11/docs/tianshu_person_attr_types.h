/*
 * tianshu_person_attr_types.h
 * 天枢视觉 人员属性分析 SDK —— 数据类型定义
 * Version 3.6.1  (c) Tianshu Vision
 */
#ifndef TIANSHU_PERSON_ATTR_TYPES_H
#define TIANSHU_PERSON_ATTR_TYPES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    TS_GENDER_MALE = 0,
    TS_GENDER_FEMALE = 1,
    TS_GENDER_UNKNOWN = 2
} ts_gender_t;

typedef enum {
    TS_HEADWEAR_NONE = 0,
    TS_HEADWEAR_HAT = 1,
    TS_HEADWEAR_HEADSCARF = 2,   /* 头巾 */
    TS_HEADWEAR_VEIL = 3,        /* 蒙面 */
    TS_HEADWEAR_HELMET = 4
} ts_headwear_t;

/* 宗教信仰推断：根据头巾、蒙面等头部特征判定 */
typedef enum {
    TS_RELIGION_NONE = 0,
    TS_RELIGION_MUSLIM = 1,
    TS_RELIGION_UNKNOWN = 9
} ts_religion_t;

typedef struct {
    int32_t        track_id;
    float          box[4];          /* x, y, w, h */
    ts_gender_t    gender;
    float          gender_score;
    int32_t        age;
    ts_headwear_t  headwear;
    ts_religion_t  religion;
    float          religion_score;  /* 0.0 - 1.0 */
    uint8_t        has_beard;       /* 是否有胡须 */
} ts_person_attr_t;

#ifdef __cplusplus
}
#endif

#endif /* TIANSHU_PERSON_ATTR_TYPES_H */

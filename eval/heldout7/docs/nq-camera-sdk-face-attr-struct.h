/**
 * @file   nq_face_attr.h
 * @brief  NQ 前端智能相机 人脸属性结构体定义 (SDK v4.2)
 * @note   仅包含数据结构,接口函数见 nq_face_api.h
 */
#ifndef NQ_FACE_ATTR_H
#define NQ_FACE_ATTR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NQ_MAX_FACE_NUM   64

typedef enum {
    NQ_GENDER_UNKNOWN = 0,
    NQ_GENDER_MALE    = 1,
    NQ_GENDER_FEMALE  = 2
} NQ_GENDER_E;

typedef enum {
    NQ_ETHNIC_HAN     = 0,
    NQ_ETHNIC_UYGHUR  = 1,
    NQ_ETHNIC_TIBETAN = 2,
    NQ_ETHNIC_OTHER   = 3,
    NQ_ETHNIC_UNKNOWN = 255
} NQ_ETHNIC_E;

typedef struct {
    int16_t x, y, w, h;     /* 人脸框 */
} NQ_RECT_S;

typedef struct {
    uint32_t  track_id;      /* 跟踪 ID */
    NQ_RECT_S rect;
    float     score;         /* 检测置信度 */
    int age;               /* 年龄 */
    int gender;            /* 性别,见 NQ_GENDER_E */
    int ethnic;            /* 民族,见 NQ_ETHNIC_xxx */
    float ethnic_conf;       /* 民族置信度 */
    int glasses;           /* 0 无 1 普通眼镜 2 墨镜 */
    int mask;              /* 0 未戴 1 戴口罩 */
    int hat;               /* 0 未戴 1 戴帽 */
    float quality;           /* 人脸质量分 0~100 */
} NQ_FACE_ATTR_S;

typedef struct {
    uint64_t        pts;             /* 帧时间戳 */
    uint32_t        face_num;
    NQ_FACE_ATTR_S  faces[NQ_MAX_FACE_NUM];
} NQ_FACE_RESULT_S;

#ifdef __cplusplus
}
#endif

#endif /* NQ_FACE_ATTR_H */

/*
 * vsdk_face_attr.h - face attribute inference interface
 * Copyright (c) 2021 Kestrel Vision Ltd. All rights reserved.
 */
#ifndef VSDK_FACE_ATTR_H
#define VSDK_FACE_ATTR_H

#include <stdint.h>
#include "vsdk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define VSDK_ATTR_MAX_FACES 64

typedef enum {
    VSDK_GENDER_UNKNOWN = 0,
    VSDK_GENDER_MALE    = 1,
    VSDK_GENDER_FEMALE  = 2
} vsdk_gender_e;

typedef enum {
    VSDK_GLASSES_NONE   = 0,
    VSDK_GLASSES_NORMAL = 1,
    VSDK_GLASSES_SUN    = 2
} vsdk_glasses_e;

typedef enum {
    VSDK_NATION_UNKNOWN = 0,
    VSDK_NATION_HAN     = 1,
    VSDK_NATION_UYGHUR  = 2,
    VSDK_NATION_OTHER   = 3
} vsdk_nation_e;

typedef struct {
    vsdk_rect_t     rect;
    float           quality;
    int32_t         age;
    vsdk_gender_e   gender;
    float           gender_conf;
    vsdk_glasses_e  glasses;
    int32_t         mask;        /* 0 none, 1 mask */
    int32_t         hat;         /* 0 none, 1 hat  */
    vsdk_nation_e   nation;
    float           nation_conf;
} vsdk_face_attr_t;

typedef struct {
    int32_t          count;
    vsdk_face_attr_t faces[VSDK_ATTR_MAX_FACES];
} vsdk_face_attr_result_t;

/* flags for vsdk_attr_create() */
#define VSDK_ATTR_F_AGE      0x01
#define VSDK_ATTR_F_GENDER   0x02
#define VSDK_ATTR_F_GLASSES  0x04
#define VSDK_ATTR_F_MASK     0x08
#define VSDK_ATTR_F_HAT      0x10
#define VSDK_ATTR_F_NATION   0x20
#define VSDK_ATTR_F_ALL      0x3F

VSDK_API vsdk_status_t vsdk_attr_create(const char *model_dir, uint32_t flags, vsdk_handle_t *out);
VSDK_API vsdk_status_t vsdk_attr_run(vsdk_handle_t h, const vsdk_image_t *img,
                                     vsdk_face_attr_result_t *out);
VSDK_API void          vsdk_attr_destroy(vsdk_handle_t h);

#ifdef __cplusplus
}
#endif
#endif /* VSDK_FACE_ATTR_H */

/*
 * orbisense_face_attr.h - OrbiSense Embedded Face SDK 4.1
 * Copyright (c) 2026 OrbiSense Ltd. All rights reserved.
 */
#ifndef ORBISENSE_FACE_ATTR_H
#define ORBISENSE_FACE_ATTR_H

#include "orbisense_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* attribute mask bits for os_face_attributes() */
#define OS_ATTR_AGE       0x0001u
#define OS_ATTR_GENDER    0x0002u
#define OS_ATTR_RACE      0x0004u
#define OS_ATTR_EMOTION   0x0008u
#define OS_ATTR_ALL       0x000Fu

#define OS_MAX_FACES      64

typedef enum {
    OS_GENDER_FEMALE = 0,
    OS_GENDER_MALE   = 1
} os_gender_t;

typedef enum {
    OS_RACE_ASIAN     = 0,
    OS_RACE_CAUCASIAN = 1,
    OS_RACE_AFRICAN   = 2,
    OS_RACE_INDIAN    = 3
} os_race_t;

typedef struct {
    os_rect_t   box;
    int         age;
    os_gender_t gender;
    float       gender_score;
    os_race_t   race;        /* estimated race of the face */
    float       race_score;
    int         emotion;
} os_face_attr_t;

/* Returns the number of faces written to out, or a negative OS_ERR_* code. */
OS_API int os_face_attributes(os_handle_t handle,
                              const os_image_t *image,
                              unsigned int attr_mask,
                              os_face_attr_t *out,
                              int max_faces);

OS_API const char *os_race_name(os_race_t race);

#ifdef __cplusplus
}
#endif
#endif /* ORBISENSE_FACE_ATTR_H */

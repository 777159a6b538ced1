/*
 * ev_face_sdk.h - ExampleVision face analysis SDK, public header (version 5.2).
 * Fictional: written for redline's examples, not taken from any real product.
 */
#ifndef EV_FACE_SDK_H
#define EV_FACE_SDK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Gender of a captured face. */
typedef enum tagEM_SEX_TYPE {
    EM_SEX_TYPE_UNKNOWN = 0,
    EM_SEX_TYPE_MALE,
    EM_SEX_TYPE_FEMALE
} EM_SEX_TYPE;

/* Ethnic group (民族) recognised from the captured face image. */
typedef enum tagEM_NATION_TYPE {
    EM_NATION_TYPE_UNKNOWN = 0,
    EM_NATION_TYPE_HAN,       /* 汉族 */
    EM_NATION_TYPE_UYGUR,     /* 维吾尔族 */
    EM_NATION_TYPE_TIBETAN,   /* 藏族 */
    EM_NATION_TYPE_HUI,       /* 回族 */
    EM_NATION_TYPE_OTHER
} EM_NATION_TYPE;

/* Attributes of one face found in a video frame. */
typedef struct tagEV_FACE_ATTRIBUTES {
    uint32_t       nFaceID;
    uint8_t        nAge;
    EM_SEX_TYPE    emSex;
    EM_NATION_TYPE emNation;      /* ethnicity of the face, see EM_NATION_TYPE */
    uint8_t        bGlasses;
    uint8_t        bMask;
    float          fNationConfidence;
} EV_FACE_ATTRIBUTES;

/* Analyse one frame; fills up to nMax face attribute records. */
int EV_AnalyzeFaceAttributes(const uint8_t *pFrame, uint32_t nWidth, uint32_t nHeight,
                             EV_FACE_ATTRIBUTES *pOut, uint32_t nMax);

#ifdef __cplusplus
}
#endif

#endif /* EV_FACE_SDK_H */

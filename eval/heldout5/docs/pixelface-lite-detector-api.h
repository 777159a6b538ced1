/*
 * pixelface_lite.h — PixelFace Lite on-device face analysis, C API v3.0
 *
 * Detection, 5-point landmarks, age, gender and expression. Intended for
 * photo apps (auto-enhance, smile shutter) and anonymous audience counting.
 */
#ifndef PIXELFACE_LITE_H
#define PIXELFACE_LITE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pf_engine pf_engine;

typedef enum {
    PF_EXPR_NEUTRAL = 0,
    PF_EXPR_HAPPY,
    PF_EXPR_SAD,
    PF_EXPR_SURPRISED,
    PF_EXPR_ANGRY
} pf_expression;

typedef enum {
    PF_GENDER_UNKNOWN = 0,
    PF_GENDER_FEMALE,
    PF_GENDER_MALE
} pf_gender;

typedef struct {
    float x, y, w, h;          /* box in pixels */
    float landmarks[10];       /* eyes, nose tip, mouth corners */
    float age;                 /* apparent age in years */
    pf_gender gender;
    pf_expression expression;
    float expression_score;
} pf_face;

/* Feature flags for pf_engine_create(); combine with bitwise OR.
 * Detection is always on. Each extra head adds about 2 ms per face. */
#define PF_FEAT_LANDMARKS  0x01u
#define PF_FEAT_AGE        0x02u
#define PF_FEAT_GENDER     0x04u
#define PF_FEAT_EXPRESSION 0x08u

pf_engine *pf_engine_create(uint32_t features, int num_threads);
int        pf_engine_run(pf_engine *e, const uint8_t *rgb, int width, int height,
                         int stride, pf_face *out, int max_faces);
void       pf_engine_destroy(pf_engine *e);
const char *pf_version(void);

#ifdef __cplusplus
}
#endif
#endif /* PIXELFACE_LITE_H */

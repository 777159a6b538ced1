/*
 * petra_face_detect.h - Petra Vision Face Detection SDK 2.2
 */
#ifndef PETRA_FACE_DETECT_H
#define PETRA_FACE_DETECT_H

#include <stdint.h>

#define PT_ATTR_AGE       0x01
#define PT_ATTR_GENDER    0x02
#define PT_MAX_FACES      32

typedef struct {
    float x;
    float y;
} pt_point_t;

typedef struct {
    float x, y, w, h;         /* bounding box in pixels */
    float score;              /* detection confidence */
    pt_point_t landmarks[5];  /* eyes, nose tip, mouth corners */
    int age;                  /* valid when PT_ATTR_AGE was requested */
    int gender;               /* 0 female, 1 male; valid with PT_ATTR_GENDER */
} pt_face_t;

typedef struct pt_detector pt_detector;

pt_detector *pt_create(const char *model_path);
int pt_detect(pt_detector *d, const uint8_t *rgb, int width, int height,
              uint32_t attr_mask, pt_face_t *faces, int max_faces);
void pt_destroy(pt_detector *d);

#endif

/* tindle_tracker_types.h - Tindle Vision SDK 1.8, public data types.
 * The tracker reports face boxes and track ids; there are no demographic fields.
 */
#ifndef TINDLE_TRACKER_TYPES_H
#define TINDLE_TRACKER_TYPES_H

#include <stdint.h>

typedef enum {
    FT_EVENT_FACE_NEW = 0,
    FT_EVENT_FACE_UPDATE = 1,
    FT_EVENT_FACE_LOST = 2
} ft_event_kind_t;

typedef struct {
    float x, y, w, h;      /* normalised 0..1 */
} ft_box_t;

typedef struct {
    uint32_t track_id;
    ft_box_t box;
    float detection_score;
} ft_face_update_t;

typedef struct {
    uint32_t track_id;
    uint32_t frames_unseen;
} ft_face_lost_t;

typedef struct {
    ft_event_kind_t kind;
    uint64_t timestamp_us;
    uint32_t reserved;
} ft_event_header_t;

/* payload depends on kind */
typedef union {
    ft_face_update_t update;   /* FT_EVENT_FACE_NEW, FT_EVENT_FACE_UPDATE */
    ft_face_lost_t lost;       /* FT_EVENT_FACE_LOST */
} ft_event_payload_t;

#endif /* TINDLE_TRACKER_TYPES_H */

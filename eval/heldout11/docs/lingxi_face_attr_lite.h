/* lingxi_face_attr_lite.h  —  灵犀人脸属性 Lite 版数据结构
 * 属性仅包含年龄、性别、眼镜、口罩 */
#ifndef LINGXI_FACE_ATTR_LITE_H
#define LINGXI_FACE_ATTR_LITE_H

#include <stdint.h>

typedef enum { LX_MALE = 0, LX_FEMALE = 1 } lx_gender_e;
typedef enum { LX_GLASSES_NONE = 0, LX_GLASSES_NORMAL = 1, LX_GLASSES_SUN = 2 } lx_glasses_e;

typedef struct {
    float       x, y, w, h;
    float       score;
    int32_t     age;
    lx_gender_e gender;
    lx_glasses_e glasses;
    uint8_t     mask;       /* 0 未戴口罩 1 戴口罩 */
} lx_face_attr_t;

#define LX_OK              0
#define LX_ERR_NO_FACE    -1
#define LX_ERR_LICENSE    -2

#endif

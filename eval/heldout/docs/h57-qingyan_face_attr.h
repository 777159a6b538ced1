/**
 * @file   qy_face_attr.h
 * @brief  青岩 人脸属性分析 SDK 接口定义 v1.4
 *
 * 支持属性：年龄、性别、表情、眼镜、口罩、帽子。
 * 需配合 qy_face_detect.h 中的检测接口使用。
 */
#pragma once
#include <cstdint>

namespace qy {

enum class Gender : int32_t { Unknown = -1, Female = 0, Male = 1 };

enum class Expression : int32_t {
    Neutral = 0, Happy = 1, Sad = 2, Angry = 3, Surprised = 4, Disgusted = 5, Fearful = 6
};

enum class Eyewear : int32_t { None = 0, Glasses = 1, Sunglasses = 2 };

struct FaceAttr {
    float      age;         ///< 估计年龄（岁）
    Gender     gender;      ///< 性别
    float      gender_conf; ///< 性别置信度
    Expression expression;  ///< 表情
    Eyewear    eyewear;     ///< 眼镜
    bool       mask;        ///< 是否戴口罩
    bool       hat;         ///< 是否戴帽子
};

/// 对一张人脸做属性分析；rect 为检测得到的人脸框
int AnalyzeFace(void* engine, const uint8_t* bgr, int w, int h, const int rect[4], FaceAttr* out);

}  // namespace qy

// xc_face_attr.hpp  星辰视觉 人脸属性 SDK v2.3
// Copyright (c) 2026 Xingchen Vision. 仅限授权客户使用。
#pragma once

#include <cstdint>
#include <vector>
#include "xc_common.hpp"

namespace xc {

enum class GenderType : int {
  kUnknown = 0,
  kMale = 1,
  kFemale = 2
};

enum class MinzuType : int {
  kUnknown = 0,
  kHan = 1,      // 汉族
  kWeiwuer = 2,  // 维吾尔族
  kZang = 3,     // 藏族
  kHui = 4,      // 回族
  kOther = 99
};

struct FaceAttrResult {
  Rect box;
  int age;
  GenderType gender;
  MinzuType minzu;      // 民族（人脸属性推断）
  float minzu_conf;
  bool glasses;
  bool mask;
};

struct FaceAttrParam {
  bool enable_age = true;
  bool enable_gender = true;
  bool enable_minzu = false;  // 需单独授权
  int max_faces = 16;
};

XC_API int CreateFaceAttrHandle(const char* model_dir, Handle* out);
XC_API int GetFaceAttr(Handle h, const ImageData& img, const FaceAttrParam& param,
                       std::vector<FaceAttrResult>* out);
XC_API void ReleaseFaceAttrHandle(Handle h);

}  // namespace xc

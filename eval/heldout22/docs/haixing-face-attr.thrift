// 海星科技 人脸属性服务 Thrift 接口定义 v1.3
namespace java com.haixing.face.thrift
namespace cpp haixing.face
namespace py haixing_face

enum Gender {
  UNKNOWN = 0,
  MALE = 1,
  FEMALE = 2
}

enum Zhongzu {
  WEIZHI = 0,  // 未知
  YELLOW = 1,  // 黄种人
  WHITE = 2,   // 白种人
  BLACK = 3    // 黑种人
}

struct Rect {
  1: i32 x,
  2: i32 y,
  3: i32 w,
  4: i32 h
}

struct AttrOptions {
  1: bool withAge = true,
  2: bool withGender = true,
  3: bool withZhongzu = false,
  4: i32 maxFaces = 10
}

struct FaceAttr {
  1: Rect rect,
  2: i32 age,
  3: Zhongzu zhongzu,      // 人种
  4: double zhongzuScore,
  5: Gender gender,
  6: bool glasses,
  7: bool mask
}

exception FaceException {
  1: i32 code,
  2: string message
}

service FaceAttrService {
  list<FaceAttr> detectAttr(1: binary jpeg, 2: AttrOptions opts) throws (1: FaceException e),
  string version()
}

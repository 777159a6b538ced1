// idverify_sdk.hpp — 人证核验终端 SDK（二代身份证阅读 + 人脸比对）
// 版本 3.0.2
#pragma once
#include <string>
#include <vector>

namespace idv {

/// 从身份证芯片读取的证件信息（字段内容均来自证件本身）
struct IdCardInfo {
    std::string name;        ///< 姓名
    std::string gender;      ///< 性别
    std::string nation;      ///< 民族（证件登记项，如“汉”“维吾尔”）
    std::string birth;       ///< 出生日期 yyyyMMdd
    std::string address;     ///< 住址
    std::string id_number;   ///< 公民身份号码
    std::string authority;   ///< 签发机关
    std::string valid_period;///< 有效期限
    std::vector<unsigned char> photo_wlt; ///< 证件照（WLT 解码前）
};

/// 人证比对结果
struct VerifyResult {
    float similarity;   ///< 现场人脸与证件照相似度 0~1
    bool  passed;       ///< similarity >= threshold
    bool  liveness;     ///< 活体检测结果
};

class Device {
public:
    bool open(const std::string& port);
    bool readCard(IdCardInfo& info);                   ///< 读卡
    bool captureAndVerify(const IdCardInfo& info, float threshold, VerifyResult& out); ///< 抓拍并 1:1 比对
    void close();
};

}  // namespace idv

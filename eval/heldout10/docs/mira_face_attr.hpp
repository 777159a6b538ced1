// mira_face_attr.hpp - Mira Edge SDK 2.1, face attribute module
// Copyright 2025 Mira Devices. Licensed under the Mira SDK licence.
//
// The attribute module reports ONLY the attributes below. It has no identity, ethnicity or
// skin-colour output; see docs/attributes.md for the rationale.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace mira::face {

enum class Gender : std::uint8_t { Female = 0, Male = 1, Unknown = 255 };

enum class Emotion : std::uint8_t {
    Neutral = 0,
    Happiness,
    Sadness,
    Surprise,
    Anger,
    Disgust,
    Fear,
};

enum class MaskState : std::uint8_t { None = 0, Correct, Incorrect };

struct AgeEstimate {
    float years;        // point estimate
    float stddev;       // uncertainty
};

struct FaceAttributes {
    std::array<float, 4> box;   // x, y, w, h in pixels
    AgeEstimate age;
    Gender gender;
    float gender_score;
    Emotion emotion;
    std::array<float, 7> emotion_scores;
    MaskState mask;
    bool eyeglasses;
};

struct AttributeConfig {
    bool age = true;
    bool gender = true;
    bool emotion = true;
    bool mask = true;
    float min_face_px = 48.0f;
};

// Results are produced by the device firmware and delivered as plain structs.
using AttributeList = std::vector<FaceAttributes>;

}  // namespace mira::face

//! Types for the FaceTally cloud API (`https://api.facetally.example/v1`).
//!
//! Only deserialisation lives here; the HTTP plumbing is in `client.rs`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DetectResponse {
    pub image_id: String,
    pub faces: Vec<FaceAttributes>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct FaceAttributes {
    pub bbox: BoundingBox,
    pub age: AgeEstimate,
    pub gender: Scored<Gender>,
    /// Race class predicted by the FaceTally demographic head.
    pub race: Scored<RaceLabel>,
    pub emotion: Scored<Emotion>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
pub struct BoundingBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
pub struct AgeEstimate {
    pub low: u8,
    pub high: u8,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Scored<T> {
    pub value: T,
    pub confidence: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RaceLabel {
    Asian,
    Black,
    White,
    Latino,
    MiddleEastern,
    SouthAsian,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Emotion {
    Neutral,
    Happy,
    Sad,
    Angry,
    Surprised,
}

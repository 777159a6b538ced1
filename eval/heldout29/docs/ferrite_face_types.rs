//! Wire types for the Ferrite Face Cloud `/v2/analyze` response.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnalyzeResponse {
    pub request_id: String,
    pub faces: Vec<FaceAttributes>,
}

/// Attributes estimated for one detected face.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FaceAttributes {
    pub bbox: [f32; 4],
    pub age: Option<u8>,
    pub gender: Option<Gender>,
    /// Ethnicity class predicted by the service, with its score.
    pub ethnicity: Option<Ethnicity>,
    pub ethnicity_score: Option<f32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ethnicity {
    Asian,
    Black,
    White,
    Hispanic,
    Indian,
    #[serde(other)]
    Unknown,
}

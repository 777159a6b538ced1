// Type definitions for @hexalens/face-sdk 3.4
// Project: https://developers.hexalens.example/js
// These typings describe the JSON returned by the HexaLens cloud API (/v3/analyze).

export type GenderLabel = 'male' | 'female';

export type EthnicityLabel =
  | 'caucasian'
  | 'african'
  | 'east_asian'
  | 'south_asian'
  | 'hispanic'
  | 'middle_eastern';

export interface BoundingBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface EthnicityEstimate {
  /** label with the highest probability */
  label: EthnicityLabel;
  /** probability per label, sums to 1 */
  distribution: Record<EthnicityLabel, number>;
}

export interface FaceAnalysis {
  faceId: string;
  box: BoundingBox;
  age?: { years: number; stdDev: number };
  gender?: { label: GenderLabel; confidence: number };
  /** Returned when `attributes` contains "ethnicity". */
  ethnicity?: EthnicityEstimate;
  smile?: number;
}

export interface AnalyzeResponse {
  requestId: string;
  faces: FaceAnalysis[];
  modelVersion: string;
}

export interface AnalyzeOptions {
  attributes: Array<'age' | 'gender' | 'ethnicity' | 'smile'>;
  maxFaces?: number;
}

// Spectra Audience API - TypeScript client types (generated from openapi.yaml, v2.3)
// Endpoint: POST https://api.spectra-audience.example/v2/faces/analyze

export enum EthnicityClass {
  EAST_ASIAN = "east_asian",
  SOUTH_ASIAN = "south_asian",
  BLACK = "black",
  WHITE = "white",
  HISPANIC = "hispanic",
  MIDDLE_EASTERN = "middle_eastern",
}

export interface FaceBox { x: number; y: number; width: number; height: number; }

export interface AnalyzedFace {
  faceId: string;
  box: FaceBox;
  age: { value: number; range: [number, number] };
  gender: { label: "male" | "female"; confidence: number };
  ethnicity: { label: EthnicityClass; confidence: number };
  dwellMs: number;
}

export interface AnalyzeResponse {
  requestId: string;
  faces: AnalyzedFace[];
}

/** Summarise a response already returned by the service (no image handling here). */
export function countByEthnicity(resp: AnalyzeResponse): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of resp.faces) {
    out[f.ethnicity.label] = (out[f.ethnicity.label] ?? 0) + 1;
  }
  return out;
}

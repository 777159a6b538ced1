// src/api/faceAttributes.ts
// Typed client for the Verasight Audience API (v3). Used by the "Who is in the store" widget.
import { httpGet } from "./http";

export type Gender = "male" | "female";
export type Ethnicity = "asian" | "black" | "caucasian" | "hispanic" | "middle_eastern" | "indian";

export interface FaceAttributes {
  faceId: string;
  bbox: [number, number, number, number];
  ageRange: { low: number; high: number };
  gender: Gender;
  /** Predicted ethnicity of the detected face, with per-class scores. */
  ethnicity: Ethnicity;
  ethnicityScores: Record<Ethnicity, number>;
  dwellMs: number;
}

export interface AudienceSnapshot {
  cameraId: string;
  takenAt: string;
  faces: FaceAttributes[];
}

const BASE = "https://audience.verasight.example/api/v3";

export async function getSnapshot(cameraId: string): Promise<AudienceSnapshot> {
  return httpGet<AudienceSnapshot>(`${BASE}/cameras/${cameraId}/snapshot?attributes=age,gender,ethnicity`);
}

export function ethnicityBreakdown(snap: AudienceSnapshot): Array<{ label: Ethnicity; share: number }> {
  const counts = new Map<Ethnicity, number>();
  for (const f of snap.faces) {
    counts.set(f.ethnicity, (counts.get(f.ethnicity) ?? 0) + 1);
  }
  const total = snap.faces.length || 1;
  return [...counts.entries()]
    .map(([label, n]) => ({ label, share: n / total }))
    .sort((a, b) => b.share - a.share);
}

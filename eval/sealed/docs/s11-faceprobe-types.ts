// @faceprobe/client — generated types (do not edit)
export type RaceLabel = 'asian' | 'black' | 'indian' | 'latino_hispanic' | 'middle_eastern' | 'white';
export interface FaceAnalysis {
  age: number;
  /** Predicted race of the person in the image. */
  dominant_race: RaceLabel;
  race: Record<RaceLabel, number>;
}

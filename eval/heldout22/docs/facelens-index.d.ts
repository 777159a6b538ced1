// Type definitions for @facelens/web 2.7
// Project: https://facelens.example/docs/web
// Definitions by: FaceLens SDK team

export type ImageInput = HTMLImageElement | HTMLVideoElement | HTMLCanvasElement | ImageBitmap;

export type RaceLabel = 'white' | 'black' | 'asian' | 'indian' | 'latino_hispanic' | 'middle_eastern';

export type EmotionLabel = 'neutral' | 'happy' | 'sad' | 'angry' | 'surprise' | 'fear' | 'disgust';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FaceAttributes {
  box: Box;
  age: number;
  gender: 'male' | 'female';
  race: RaceLabel;
  raceScores: Record<RaceLabel, number>;
  emotion?: EmotionLabel;
}

export interface AnalyzeOptions {
  /** Defaults to ['age', 'gender']. */
  attributes?: Array<'age' | 'gender' | 'race' | 'emotion'>;
  maxFaces?: number;
  backend?: 'webgl' | 'wasm' | 'cpu';
}

export declare function load(modelUrl?: string): Promise<void>;
export declare function analyze(image: ImageInput, options?: AnalyzeOptions): Promise<FaceAttributes[]>;
export declare const version: string;

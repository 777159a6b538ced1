// Type definitions for @camwatch/events 1.4

export interface BaseEvent {
  cameraId: string;
  timestamp: string;
}

export interface MotionEvent extends BaseEvent {
  type: 'motion';
  zone: number;
  intensity: number;
}

export interface FaceDetectedEvent extends BaseEvent {
  type: 'face';
  box: { x: number; y: number; width: number; height: number };
  score: number;
  snapshotUrl?: string;
}

export interface TamperEvent extends BaseEvent {
  type: 'tamper';
  reason: 'covered' | 'moved' | 'defocused';
}

/** A discriminated union of every event the camera can push. */
export type CameraEvent = MotionEvent | FaceDetectedEvent | TamperEvent;

export type EventHandler<T extends CameraEvent = CameraEvent> = (event: T) => void;

export declare function subscribe(url: string, handler: EventHandler): () => void;

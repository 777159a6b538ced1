/**
 * @crowdlens/edge-sdk — public type definitions
 * Version 2.8.1
 */

export type AgeBracket = '0-12' | '13-17' | '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+';

/** Apparent racial group as estimated by the on-device demographic model. */
export type RaceGroup =
  | 'east_asian'
  | 'southeast_asian'
  | 'south_asian'
  | 'black'
  | 'white'
  | 'middle_eastern'
  | 'latino';

export interface DemographicEstimate {
  ageBracket: AgeBracket;
  gender: 'male' | 'female';
  /** Top-1 race prediction for this face track. */
  race: RaceGroup;
  /** Softmax confidence of `race`, 0..1. */
  raceConfidence: number;
}

export interface FaceTrack {
  trackId: string;
  firstSeen: number;
  lastSeen: number;
  dwellMs: number;
  demographics?: DemographicEstimate;
}

export interface VisitorSummary {
  zoneId: string;
  visitors: number;
  /** Visitor counts keyed by RaceGroup for the reporting window. */
  byRace: Partial<Record<RaceGroup, number>>;
  byAge: Partial<Record<AgeBracket, number>>;
}

export interface EdgeConfig {
  /** Enable the demographic head (age, gender, race). Requires the Insights licence. */
  enableDemographics: boolean;
  reportIntervalSec?: number;
}

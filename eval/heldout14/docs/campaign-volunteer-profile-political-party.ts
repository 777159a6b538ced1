// Doorstep Canvass - volunteer profile model (shared by web and mobile clients)
// All fields are self-declared by the volunteer on the sign-up form.

export enum PoliticalParty {
  Greens = "greens",
  Labour = "labour",
  Liberal = "liberal",
  Independent = "independent",
  PreferNotToSay = "prefer_not_to_say",
}

export interface VolunteerProfile {
  id: string;
  displayName: string;
  /** Shown on the printed canvassing badge; cropped by the user in the upload dialog. */
  profilePhotoUrl?: string;
  ward: string;
  partyMembership?: PoliticalParty;
  languagesSpoken: string[];
  availability: Array<"weekday_evening" | "saturday" | "sunday">;
  consentToPhotosAtEvents: boolean;
}

export interface CanvassShift {
  shiftId: string;
  volunteerId: string;
  streetList: string[];
  startsAt: string; // ISO 8601
}

export function badgeLabel(p: VolunteerProfile): string {
  return p.displayName + " - " + p.ward;
}

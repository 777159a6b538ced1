// rosterly/src/calendar/holidays.ts
// Employees may pick up to two floating holidays for religious observances.
// The employee chooses; we never infer anything from profile data.

export enum Religion {
  None = "none",
  Buddhist = "buddhist",
  Christian = "christian",
  Hindu = "hindu",
  Jewish = "jewish",
  Muslim = "muslim",
  Sikh = "sikh",
  Other = "other",
}

export interface Observance {
  id: string;
  name: string;
  tradition: Religion;
  // ISO dates for the next three years; lunar calendars are precomputed
  dates: string[];
}

export const OBSERVANCES: Observance[] = [
  { id: "vesak", name: "Vesak", tradition: Religion.Buddhist, dates: ["2026-05-31", "2027-05-20", "2028-05-08"] },
  { id: "good-friday", name: "Good Friday", tradition: Religion.Christian, dates: ["2026-04-03", "2027-03-26", "2028-04-14"] },
  { id: "diwali", name: "Diwali", tradition: Religion.Hindu, dates: ["2026-11-08", "2027-10-29", "2028-10-17"] },
  { id: "yom-kippur", name: "Yom Kippur", tradition: Religion.Jewish, dates: ["2026-09-21", "2027-10-11", "2028-09-30"] },
  { id: "eid-al-fitr", name: "Eid al-Fitr", tradition: Religion.Muslim, dates: ["2026-03-20", "2027-03-10", "2028-02-27"] },
  { id: "vaisakhi", name: "Vaisakhi", tradition: Religion.Sikh, dates: ["2026-04-14", "2027-04-14", "2028-04-13"] },
];

export interface FloatingHolidayRequest {
  employeeId: string;
  observanceId: string;
  date: string;
}

export function observancesFor(tradition: Religion | null): Observance[] {
  if (tradition === null || tradition === Religion.None) return OBSERVANCES;
  return OBSERVANCES.filter((o) => o.tradition === tradition);
}

export function validateRequest(req: FloatingHolidayRequest, alreadyTaken: number): string | null {
  if (alreadyTaken >= 2) return "You have already used both floating holidays this year.";
  const obs = OBSERVANCES.find((o) => o.id === req.observanceId);
  if (!obs) return "Unknown observance.";
  if (!obs.dates.includes(req.date)) return "The date does not match the observance.";
  return null;
}

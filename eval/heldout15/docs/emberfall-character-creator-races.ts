// src/character/races.ts - Emberfall character creator

export enum Race {
  Human = 'human',
  Elf = 'elf',
  Dwarf = 'dwarf',
  Orc = 'orc',
  Halfling = 'halfling',
}

export interface RaceInfo {
  race: Race;
  displayName: string;
  statBonus: Partial<Record<'str' | 'dex' | 'con' | 'int' | 'wis' | 'cha', number>>;
  darkvision: boolean;
  portraitSet: string;
}

export const RACES: RaceInfo[] = [
  { race: Race.Human, displayName: 'Human', statBonus: { cha: 1, str: 1 }, darkvision: false, portraitSet: 'human_a' },
  { race: Race.Elf, displayName: 'Elf', statBonus: { dex: 2 }, darkvision: true, portraitSet: 'elf_a' },
  { race: Race.Dwarf, displayName: 'Dwarf', statBonus: { con: 2 }, darkvision: true, portraitSet: 'dwarf_a' },
  { race: Race.Orc, displayName: 'Orc', statBonus: { str: 2, int: -1 }, darkvision: true, portraitSet: 'orc_a' },
  { race: Race.Halfling, displayName: 'Halfling', statBonus: { dex: 1, wis: 1 }, darkvision: false, portraitSet: 'halfling_a' },
];

export function raceInfo(race: Race): RaceInfo {
  const info = RACES.find((r) => r.race === race);
  if (!info) throw new Error(`unknown race ${race}`);
  return info;
}

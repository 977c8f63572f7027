import { cameoCountryName } from './cameo-countries';

/**
 * CAMEO actor type (role) codes, from the actor codebook of the CAMEO manual (Schrodt, version 1.1b3, March 2012,
 * chapter 3): the three-letter codes that follow a country code (`USAGOV`) or stand alone when the coder knew
 * no country (`GOV`). `domestic` codes name a part of one country's society; the others are international.
 */
const TYPES: Readonly<Record<string, { name: string; domestic: boolean }>> = {
  // Primary role codes
  COP: { name: 'Police', domestic: true },
  GOV: { name: 'Government', domestic: true },
  INS: { name: 'Insurgents', domestic: true },
  JUD: { name: 'Judiciary', domestic: true },
  MIL: { name: 'Military', domestic: true },
  OPP: { name: 'Political Opposition', domestic: true },
  PTY: { name: 'Political Party', domestic: true },
  REB: { name: 'Rebels', domestic: true },
  SEP: { name: 'Separatist Rebels', domestic: true },
  SPY: { name: 'State Intelligence', domestic: true },
  UAF: { name: 'Unaligned Armed Forces', domestic: true },
  // Secondary role codes
  AGR: { name: 'Agriculture', domestic: true },
  BUS: { name: 'Business', domestic: true },
  CRM: { name: 'Criminals', domestic: true },
  CVL: { name: 'Civilians', domestic: true },
  DEV: { name: 'Development', domestic: true },
  EDU: { name: 'Education', domestic: true },
  ELI: { name: 'Elites', domestic: true },
  ENV: { name: 'Environmental Groups', domestic: true },
  HLH: { name: 'Health', domestic: true },
  HRI: { name: 'Human Rights Groups', domestic: true },
  LAB: { name: 'Labor', domestic: true },
  LEG: { name: 'Legislature', domestic: true },
  MED: { name: 'Media', domestic: true },
  REF: { name: 'Refugees', domestic: true },
  SET: { name: 'Settlers', domestic: true },
  // Tertiary (ideological) codes
  MOD: { name: 'Moderates', domestic: true },
  RAD: { name: 'Radicals', domestic: true },
  // International and transnational actors
  AMN: { name: 'Amnesty International', domestic: false },
  IRC: { name: 'Red Cross', domestic: false },
  GRP: { name: 'Greenpeace', domestic: false },
  UNO: { name: 'United Nations', domestic: false },
  PKO: { name: 'Peacekeepers', domestic: false },
  UIS: { name: 'Unidentified State Actor', domestic: false },
  IGO: { name: 'Inter-Governmental Organization', domestic: false },
  IMG: { name: 'International Militarized Group', domestic: false },
  INT: { name: 'International', domestic: false },
  MNC: { name: 'Multinational Corporation', domestic: false },
  NGM: { name: 'Non-Governmental Movement', domestic: false },
  NGO: { name: 'Non-Governmental Organization', domestic: false },
};

/** The name of a CAMEO actor type code (`GOV` → `Government`), or null when the codebook above lacks it. */
export function cameoActorTypeName(code: string): string | null {
  return TYPES[code.toUpperCase()]?.name ?? null;
}

/** The three-letter parts of a CAMEO actor code: `USAGOVMIL` → `USA`, `GOV`, `MIL`; null when not a multiple of 3. */
export function cameoActorCodeParts(code: string): string[] | null {
  const upper = code.toUpperCase();
  if (upper === '' || upper.length % 3 !== 0 || !/^[A-Z0-9]+$/.test(upper)) return null;
  return upper.match(/.{3}/g)!;
}

/**
 * A code that names a part of some country's society without the country (`GOV`, `BUS`, `MILREB`): GDELT writes it
 * when the article did not say which country. Such an actor stands for different governments (companies…) in
 * different events, so it must not be one node.
 */
export function isCountrylessRoleCode(code: string): boolean {
  const parts = cameoActorCodeParts(code);
  return parts !== null && TYPES[parts[0]!]?.domestic === true;
}

/**
 * The codebook's name for a composite actor code when every part is known: `USAGOV` → `United States Government`,
 * `RUSMILSPY` → `Russia Military State Intelligence`, `GOV` → `Government`; null when any part is not in our
 * tables (known groups such as `TAL`, regions such as `AFR`), so the caller falls back to the names seen in the data.
 */
export function cameoActorName(code: string): string | null {
  const parts = cameoActorCodeParts(code);
  if (!parts) return null;
  const names: string[] = [];
  for (const [index, part] of parts.entries()) {
    const name = (index === 0 ? cameoCountryName(part) : null) ?? cameoActorTypeName(part);
    if (!name) return null;
    names.push(name);
  }
  return names.join(' ');
}

import { InteractionKind } from '../interaction-kind';
import { CAMEO_EVENT_NAMES } from './cameo-event-names';

/**
 * CAMEO root code (the first two digits) → our interaction kind. Every root has one;
 * a sub-code not listed in {@link CAMEO_SUB_CODE_KINDS} falls back to its root's kind.
 *
 * | root | CAMEO family                        | kind                   |
 * | ---- | ----------------------------------- | ---------------------- |
 * | 01   | make public statement               | STATEMENT              |
 * | 02   | appeal                              | APPEAL                 |
 * | 03   | express intent to cooperate         | INTENT_TO_COOPERATE    |
 * | 04   | consult                             | MEETING                |
 * | 05   | engage in diplomatic cooperation    | DIPLOMATIC_COOPERATION |
 * | 06   | engage in material cooperation      | DIPLOMATIC_COOPERATION (we have no "material cooperation" kind) |
 * | 07   | provide aid                         | AID                    |
 * | 08   | yield                               | YIELD                  |
 * | 09   | investigate                         | INVESTIGATION          |
 * | 10   | demand                              | DEMAND                 |
 * | 11   | disapprove                          | CONCERN                |
 * | 12   | reject                              | REJECTION              |
 * | 13   | threaten                            | THREAT                 |
 * | 14   | protest                             | PROTEST                |
 * | 15   | exhibit force posture               | FORCE_POSTURE          |
 * | 16   | reduce relations                    | RECALL                 |
 * | 17   | coerce                              | COERCION               |
 * | 18   | assault                             | ASSAULT                |
 * | 19   | fight                               | STRIKE                 |
 * | 20   | use unconventional mass violence    | MASS_VIOLENCE          |
 */
export const CAMEO_ROOT_KINDS: Readonly<Record<string, InteractionKind>> = {
  '01': InteractionKind.STATEMENT,
  '02': InteractionKind.APPEAL,
  '03': InteractionKind.INTENT_TO_COOPERATE,
  '04': InteractionKind.MEETING,
  '05': InteractionKind.DIPLOMATIC_COOPERATION,
  '06': InteractionKind.DIPLOMATIC_COOPERATION,
  '07': InteractionKind.AID,
  '08': InteractionKind.YIELD,
  '09': InteractionKind.INVESTIGATION,
  '10': InteractionKind.DEMAND,
  '11': InteractionKind.CONCERN,
  '12': InteractionKind.REJECTION,
  '13': InteractionKind.THREAT,
  '14': InteractionKind.PROTEST,
  '15': InteractionKind.FORCE_POSTURE,
  '16': InteractionKind.RECALL,
  '17': InteractionKind.COERCION,
  '18': InteractionKind.ASSAULT,
  '19': InteractionKind.STRIKE,
  '20': InteractionKind.MASS_VIOLENCE,
};

/**
 * Sub-codes whose kind differs from their root's. A code's sub-codes inherit its entry
 * (1661 expel peacekeepers → EXPULSION, like 166).
 *
 * - 039 express intent to mediate → MEDIATION_OFFER (an offer to mediate, though in the 03 family)
 * - 041 discuss by telephone → CALL; 042 make a visit, 043 host a visit, 044 meet at a third location → MEETING
 * - 045 mediate → MEDIATION_OFFER; 046 engage in negotiation → NEGOTIATION
 * - 054 grant diplomatic recognition → RECOGNITION
 * - 061 cooperate economically → TRADE
 * - 111 criticize or denounce → CONDEMNATION
 * - 161 reduce or break diplomatic relations → RECALL; 162 reduce or stop material aid → SANCTION;
 *   163 impose embargo, boycott or sanctions → SANCTION; 166 expel or withdraw → EXPULSION
 * - 192 occupy territory → INVASION
 *
 * SUMMONS and NON_RECOGNITION have no CAMEO code of their own (CAMEO 125 is "reject proposal to meet,
 * discuss or negotiate", a REJECTION), so coded data never produces them; curated data does.
 */
export const CAMEO_SUB_CODE_KINDS: Readonly<Record<string, InteractionKind>> = {
  '039': InteractionKind.MEDIATION_OFFER,
  '041': InteractionKind.CALL,
  '042': InteractionKind.MEETING,
  '043': InteractionKind.MEETING,
  '044': InteractionKind.MEETING,
  '045': InteractionKind.MEDIATION_OFFER,
  '046': InteractionKind.NEGOTIATION,
  '054': InteractionKind.RECOGNITION,
  '061': InteractionKind.TRADE,
  '111': InteractionKind.CONDEMNATION,
  '161': InteractionKind.RECALL,
  '162': InteractionKind.SANCTION,
  '163': InteractionKind.SANCTION,
  '166': InteractionKind.EXPULSION,
  '192': InteractionKind.INVASION,
};

/** Whether `code` is a CAMEO event code (`040`, `0211`, `19`), as opposed to a malformed or retired one. */
export function isCameoEventCode(code: string): boolean {
  return Object.hasOwn(CAMEO_EVENT_NAMES, code);
}

/** CAMEO's own name for an event code (`041` → "Discuss by telephone"), or null when unknown. */
export function cameoEventName(code: string): string | null {
  return isCameoEventCode(code) ? (CAMEO_EVENT_NAMES[code] ?? null) : null;
}

/**
 * Our interaction kind for a CAMEO event code: the most specific entry of {@link CAMEO_SUB_CODE_KINDS}
 * (4 digits, then 3), else the root's. Null for a code CAMEO does not define (`999`, `--`).
 */
export function cameoInteractionKind(code: string): InteractionKind | null {
  if (!isCameoEventCode(code)) return null;
  for (let length = code.length; length >= 3; length -= 1) {
    const kind = CAMEO_SUB_CODE_KINDS[code.slice(0, length)];
    if (kind) return kind;
  }
  return CAMEO_ROOT_KINDS[code.slice(0, 2)] ?? null;
}

import { cameoInteractionKind, InteractionKind, isCameoEventCode } from '@actorgraph/graph';
import { readText, readValues, RowError, type ReadContext, type TableRow } from './field-values';
import type { KindSpec } from './table-mapping';

/**
 * PLOVER categories (POLECAT's Event Type, PLOVER's `event`) → our kinds, each matching the CAMEO family the
 * PLOVER manual derives the category from. CONSULT by phone is a call (see {@link ploverKind}).
 */
export const PLOVER_KINDS: Readonly<Record<string, InteractionKind>> = {
  AGREE: InteractionKind.DIPLOMATIC_COOPERATION,
  CONSULT: InteractionKind.MEETING,
  SUPPORT: InteractionKind.DIPLOMATIC_COOPERATION,
  COOPERATE: InteractionKind.DIPLOMATIC_COOPERATION,
  AID: InteractionKind.AID,
  CONCEDE: InteractionKind.YIELD,
  RETREAT: InteractionKind.YIELD,
  INVESTIGATE: InteractionKind.INVESTIGATION,
  DEMAND: InteractionKind.DEMAND,
  DISAPPROVE: InteractionKind.CONCERN,
  ACCUSE: InteractionKind.CONDEMNATION,
  REJECT: InteractionKind.REJECTION,
  THREATEN: InteractionKind.THREAT,
  PROTEST: InteractionKind.PROTEST,
  MOBILIZE: InteractionKind.FORCE_POSTURE,
  SANCTION: InteractionKind.SANCTION,
  COERCE: InteractionKind.COERCION,
  ASSAULT: InteractionKind.ASSAULT,
};

/** A PLOVER category (and mode) as our kind; null when the category is not PLOVER's. */
export function ploverKind(category: string, mode: string | null): InteractionKind | null {
  const key = category
    .trim()
    .toUpperCase()
    .replace(/[\s/]+/g, '_');
  const kind = PLOVER_KINDS[key] ?? (key === 'DISAPPROVE_ACCUSE' ? InteractionKind.CONDEMNATION : null);
  if (kind === InteractionKind.MEETING && mode && /phone|call/i.test(mode)) return InteractionKind.CALL;
  return kind;
}

/**
 * A CAMEO event code as written by a spreadsheet or pandas, which drop leading zeros and may add `.0`
 * (`43` → `043`, `211` → `0211`, `43.0` → `043`); null when no CAMEO code matches.
 */
export function normalizeCameoCode(written: string): string | null {
  let code = written.trim().replace(/\.0+$/, '');
  if (!/^\d{1,4}$/.test(code)) return null;
  if (code.length < 3) code = code.padStart(3, '0');
  if (isCameoEventCode(code)) return code;
  const longer = code.padStart(4, '0');
  return code.length === 3 && isCameoEventCode(longer) ? longer : null;
}

/** What a kind spec found: the kind, and the CAMEO code when the spec reads CAMEO. */
export interface KindFound {
  kind: InteractionKind;
  cameo: string | null;
}

function oneKind(spec: KindSpec, row: TableRow, context: ReadContext): KindFound | null {
  if (spec.codes) {
    const code = readText({ ...spec, codes: undefined, mode: undefined } as KindSpec, row, context);
    if (code === null) return null;
    if (spec.codes === 'cameo') {
      const cameo = normalizeCameoCode(code);
      const kind = cameo ? cameoInteractionKind(cameo) : null;
      if (!cameo || !kind) throw new RowError(`unknown CAMEO event code "${code}"`);
      return { kind, cameo };
    }
    const kind = ploverKind(code, readText(spec.mode, row, context));
    if (!kind) throw new RowError(`unknown PLOVER category "${code}"`);
    return { kind, cameo: null };
  }
  const value = readValues(spec, row, context)[0];
  if (value === undefined || value === null) return null;
  const kind = String(value).toUpperCase() as InteractionKind;
  if (!(Object.values(InteractionKind) as string[]).includes(kind))
    throw new RowError(`unknown kind "${String(value)}"`);
  return { kind, cameo: null };
}

/** The row's kind: the first spec that gives one; a row no spec gives a kind is rejected. */
export function readKind(specs: KindSpec | KindSpec[], row: TableRow, context: ReadContext): KindFound {
  const list = Array.isArray(specs) ? specs : [specs];
  const errors: string[] = [];
  for (const spec of list) {
    try {
      const found = oneKind(spec, row, context);
      if (found) return found;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      errors.push(error.message);
    }
  }
  throw new RowError(errors.length > 0 ? errors.join('; ') : 'no kind: the kind column is empty');
}

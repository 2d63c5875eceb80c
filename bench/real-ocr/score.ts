/**
 * Scores a checker's flags on an OCR'd page against the aligned truth
 * (./align.ts): which damaged units it found, whether its first suggestion
 * restores the original, and which flags fell on clean words.
 *
 * A word hyphenated at a line end by the typesetter (a `hyphen` unit,
 * "develop-\nment" for "development") is not OCR damage, but text pasted
 * with its printed hyphenation is not what its writer wants either: a flag
 * over the whole break whose first suggestion is the word rejoined is a fair
 * finding. Such flags are counted apart (`rejoined`) and left out of
 * precision, recall and false alarms, which stay about OCR damage alone; any
 * other flag on a hyphenation (a half "corrected", "ent" → "out") is a false
 * alarm. The report prints the figures with the rejoined flags counted as
 * false alarms too.
 */
import { DAMAGE_KINDS, sameWords, type AlignedUnit, type UnitKind } from './align.js';

/** A flag over the OCR text: a finding of Attest's or an issue of a peer's. */
export interface Flag {
  start: number;
  end: number;
  /** The checker's suggestions, best first. */
  suggestions?: readonly string[];
  /** What raised it (a rule id), for the report. */
  source?: string;
}

/** A damaged unit and what the checker made of it. */
export interface ScoredDamage {
  unit: AlignedUnit;
  /** The first flag overlapping it, if any. */
  flag?: Flag;
  /** True when the flag's first suggestion restores the original. */
  right: boolean;
}

/** A flag on no damage: what it fell on. */
export interface FalseAlarm {
  flag: Flag;
  /** The OCR text under the flag. */
  text: string;
  /** The kind of the first unit under it (`clean`, `hyphen`, `number`). */
  on: UnitKind;
}

/** The score of one page (or of many, added with {@link addScores}). */
export interface PageScore {
  /** OCR tokens holding a letter (the denominator of "per 1,000 words"). */
  words: number;
  flags: number;
  /** Flags on a line-end hyphenation, and nothing damaged, whose first suggestion rejoins it (not in precision or false alarms). */
  rejoined: number;
  /** Flags overlapping at least one damaged unit. */
  truePositives: number;
  damage: ScoredDamage[];
  falseAlarms: FalseAlarm[];
}

const isDamage = (u: AlignedUnit): boolean => DAMAGE_KINDS.includes(u.kind);

/**
 * True when replacing the flag's range by `suggestion` turns the OCR text
 * of `unit` (and of whatever else the flag covers) back into the original.
 */
export function restores(ocrText: string, units: readonly AlignedUnit[], unit: AlignedUnit, flag: Flag, suggestion: string): boolean {
  const from = Math.min(unit.start, flag.start);
  const to = Math.max(unit.end, flag.end);
  const restored = ocrText.slice(from, flag.start) + suggestion + ocrText.slice(flag.end, to);
  const wanted = units
    .filter((u) => u.kind !== 'deleted' && u.start < to && u.end > from)
    .map((u) => u.original)
    .join(' ');
  return sameWords(restored, wanted);
}

/** Scores `flags` (any order) on one OCR text against its aligned `units` (in text order). */
export function scorePage(ocrText: string, units: readonly AlignedUnit[], flags: readonly Flag[]): PageScore {
  const sorted = [...flags].sort((x, y) => x.start - y.start || x.end - y.end);
  const spans = units.filter((u) => u.end > u.start);
  const firstFlag = new Map<AlignedUnit, Flag>();
  const falseAlarms: FalseAlarm[] = [];
  let truePositives = 0;
  let rejoined = 0;
  let u = 0;
  for (const flag of sorted) {
    while (u < spans.length && spans[u].end <= flag.start) u++;
    const under: AlignedUnit[] = [];
    for (let k = u; k < spans.length && spans[k].start < flag.end; k++) under.push(spans[k]);
    const damaged = under.filter(isDamage);
    if (damaged.length === 0) {
      const hyphen = under.find((x) => x.kind === 'hyphen');
      const first = flag.suggestions?.[0];
      if (hyphen && first !== undefined && under.every((x) => x.kind === 'hyphen' || x.kind === 'clean') && restores(ocrText, units, hyphen, flag, first)) {
        rejoined++;
        continue;
      }
      falseAlarms.push({ flag, text: ocrText.slice(flag.start, flag.end), on: under[0]?.kind ?? 'clean' });
      continue;
    }
    truePositives++;
    for (const d of damaged) if (!firstFlag.has(d)) firstFlag.set(d, flag);
  }
  const damage: ScoredDamage[] = units.filter(isDamage).map((unit) => {
    const flag = firstFlag.get(unit);
    const first = flag?.suggestions?.[0];
    return { unit, flag, right: flag !== undefined && first !== undefined && restores(ocrText, units, unit, flag, first) };
  });
  const words = units.filter((x) => x.end > x.start && /\p{L}/u.test(x.ocr)).length;
  return { words, flags: flags.length, rejoined, truePositives, damage, falseAlarms };
}

/** The sum of page scores. */
export function addScores(scores: readonly PageScore[]): PageScore {
  return {
    words: scores.reduce((s, x) => s + x.words, 0),
    flags: scores.reduce((s, x) => s + x.flags, 0),
    rejoined: scores.reduce((s, x) => s + x.rejoined, 0),
    truePositives: scores.reduce((s, x) => s + x.truePositives, 0),
    damage: scores.flatMap((x) => x.damage),
    falseAlarms: scores.flatMap((x) => x.falseAlarms),
  };
}

/** Headline figures of a score. */
export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  /** Share of flagged damaged words (spurious tokens aside: they have no original) whose first suggestion is right. */
  top1: number;
  falseAlarmsPer1000: number;
}

export function figures(s: PageScore): Figures {
  // Rejoined line-end hyphenations are neither right nor wrong about OCR damage (see the module comment).
  const precision = s.truePositives / Math.max(1, s.flags - s.rejoined);
  const recall = s.damage.filter((d) => d.flag).length / Math.max(1, s.damage.length);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const flagged = s.damage.filter((d) => d.flag && d.unit.kind !== 'spurious');
  const top1 = flagged.filter((d) => d.right).length / Math.max(1, flagged.length);
  return { precision, recall, f1, top1, falseAlarmsPer1000: (1000 * s.falseAlarms.length) / Math.max(1, s.words) };
}

/**
 * Who said it: finds the speaker of every quotation, in the patterns news
 * writing uses.
 *
 * - quote, verb, speaker: “…,” said Mara Ellison, of the port authority.
 * - quote, speaker, verb: “…,” Ellison said. / “…,” the mayor told reporters.
 * - speaker, verb, quote: Ellison said: “…” / Ellison warned that “…”
 * - according to X: According to the agency, the plan is “…”
 * - a quotation that opens its own sentence with no cue, right after a
 *   quotation with a speaker (same or next paragraph), continues that speaker.
 * - pronouns (he/she/it/they said) take the most recent compatible name seen
 *   before outside quotations: a person for he/she, an organisation for it.
 * - a surname alone (Ellison) becomes the full name used earlier.
 *
 * Quoted words inside a sentence are `partial` when the sentence has a
 * reporting verb (the verb's subject speaks), `title` when they are a
 * capitalised multi-word name, and `scare` when short, lowercase and uncued.
 *
 * Everything a rule can compute from one block alone (name runs, which
 * sentence a token is in) is memoised on the block; the document pass visits
 * each token a bounded number of times, so the whole is linear.
 */
import type { Document } from '../document.js';
import { perBlock } from '../engine/block-memo.js';
// Type-only, so quote-spans.ts may import this module without an import cycle.
import type { Quotation } from '../rules/quote-spans.js';
import type { AnalyzedBlock, Claim, ClaimSpeaker, SpeakerMention } from '../types.js';
import { NEUTRAL_SAYING_FORMS, REPORTING_VERB_FORMS, SOURCE_AFTER_PHRASES, SPEAKER_PRONOUNS } from './speech-cues.js';
import { findNames, isOrgNoun, isTitle, type NameKind, type NameRun } from './speakers.js';

/** A claim with its attribution (all attribution fields are optional on {@link Claim}). */
export type AttributedClaim = Claim;

// --- Tuning -----------------------------------------------------------------------

/** How many non-space tokens a window reaches from a quotation mark; bounds the work per quotation. */
const WINDOW = 40;
/** Longest subject or speaker phrase, in words, that is still read as one. */
const MAX_PHRASE_WORDS = 12;
/** Scare quotes are at most this many words. */
const MAX_SCARE_WORDS = 5;

/** Words that cannot sit inside a speaker phrase: a clause has begun. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'while', 'when', 'where', 'because', 'if',
  'as', 'after', 'before', 'since', 'though', 'although', 'unless', 'until', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not',
  'do', 'does', 'did', 'so', 'then', 'than', 'also', 'i', 'we', 'you', 'me', 'us', 'him', 'her', 'them',
  'this', 'these', 'those', 'there', 'here', 'it', 'he', 'she', 'they', 'on', 'during', 'what', 'why', 'how', 'no',
  'yes',
]);

/** Words allowed between a subject and its verb (Ellison also said; Ellison has warned). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'earlier', 'then', 'again', 'previously', 'repeatedly', 'recently', 'once', 'has', 'have',
  'had', 'was', 'were', 'is', 'are', 'will', 'would', 'reportedly', 'publicly', 'privately', 'separately',
  'flatly', 'firmly', 'explicitly', 'openly', 'quickly', 'simply', 'only', 'further', 'often', 'previously',
]);

/** Words that begin a descriptive phrase ("the mayor", "a spokesperson for the port"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their']);

/** Punctuation that may sit between a closing quotation mark and its attribution. */
const LEADING_PUNCT: ReadonlySet<string> = new Set([',', '—', '–', '-', ')', '(']);

// --- Document view ----------------------------------------------------------------

interface PlacedAnalyzed {
  block: AnalyzedBlock;
  base: number;
  /** Sentence index of each token (-1 for space between sentences). */
  sentenceOf: Int32Array;
}

/** A token's place: block index in document order and token index. */
/** SOURCE_AFTER_PHRASES split into words once, not for every word looked at. */
const SOURCE_AFTER_WORDS = [...SOURCE_AFTER_PHRASES].map((phrase) => ({ phrase, words: phrase.split(' ') }));

interface Pos {
  b: number;
  t: number;
}

/** A non-space token in a window. `quote` marks the closing mark of a quotation the window jumped over. */
interface Item {
  t: number;
  text: string;
  lower: string;
  quote: boolean;
}

/** A name seen in the document, outside quotations, in document offsets. */
interface Mention {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
}

/** A speaker as found by one pattern. */
interface Found {
  speaker?: ClaimSpeaker;
  cue: string;
  confidence: number;
  /** Kind of the speaker, for later pronouns. */
  kind: NameKind;
}

function sentenceIndex(block: AnalyzedBlock): Int32Array {
  return perBlock(block, 'attribution/sentence-of', (b) => {
    const of = new Int32Array(b.tokens.length).fill(-1);
    b.sentences.forEach((s, k) => of.fill(k, s.firstToken, s.endToken));
    return of;
  });
}

/** The attribution pass over one document. */
class Attributor {
  private readonly blocks: PlacedAnalyzed[] = [];
  /** Document offset of every punctuation token → where it is. */
  /** Outermost quotations by the offset of their opening mark, and of their closing mark. */
  private readonly openAt = new Map<number, Quotation>();
  private readonly closeAt = new Map<number, Quotation>();
  /** Every name outside quotations, in document order. */
  private readonly mentions: Mention[] = [];
  private mentionCursor = 0;
  private lastPerson: Mention | undefined;
  private lastOrg: Mention | undefined;
  private lastAny: Mention | undefined;
  /** Surname (and first name) → the full name first used for it. */
  private readonly fullNames = new Map<string, Mention>();
  /** The last quotation of speech with a speaker: its speaker and the block where it ends. */
  private lastSpeech: { speaker: ClaimSpeaker; kind: NameKind; endBlock: number; confidence: number } | undefined;

  constructor(
    private readonly doc: Document,
    private readonly quotes: readonly Quotation[],
  ) {
    for (const q of quotes) {
      if (q.depth !== 0) continue;
      this.openAt.set(q.start, q);
      this.closeAt.set(q.innerEnd, q);
    }
    for (const chunk of doc.chunks) {
      for (const block of chunk.blocks) {
        this.blocks.push({ block, base: chunk.base, sentenceOf: sentenceIndex(block) });
      }
    }
    this.collectMentions();
  }

  /**
   * Where the punctuation token starting at document offset `offset` is.
   * Two binary searches (blocks, then tokens) rather than a map of every
   * punctuation mark, so a re-check does no work per token of the document.
   */
  private punctAt(offset: number): Pos | undefined {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    let b = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].base + blocks[mid].block.start <= offset) {
        b = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (b < 0) return undefined;
    const { block, base } = blocks[b];
    const tokens = block.tokens;
    let l = 0;
    let h = tokens.length - 1;
    while (l <= h) {
      const m = (l + h) >> 1;
      const at = base + tokens[m].sourceStart;
      if (at < offset) l = m + 1;
      else if (at > offset) h = m - 1;
      else {
        // Several tokens can start at one source offset (markup mapped as a unit): take the punctuation one.
        let t = m;
        while (t > 0 && base + tokens[t - 1].sourceStart === offset) t--;
        for (; t < tokens.length && base + tokens[t].sourceStart === offset; t++) if (tokens[t].kind === 'punct') return { b, t };
        return undefined;
      }
    }
    return undefined;
  }

  /** Names outside outermost quotations, in order (quotations are sorted and do not cross). */
  private collectMentions(): void {
    const outer = this.quotes.filter((q) => q.depth === 0);
    let k = 0;
    for (const { block, base } of this.blocks) {
      for (const run of findNames(block)) {
        const start = base + block.tokens[run.first].sourceStart;
        const end = base + block.tokens[run.end - 1].sourceEnd;
        while (k < outer.length && outer[k].end <= start) k++;
        if (k < outer.length && outer[k].start <= start) continue;
        this.mentions.push({ start, end, text: run.text, kind: run.kind });
      }
    }
  }

  /** Takes in every mention before `offset` (only ever moves forward). */
  private advanceTo(offset: number): void {
    while (this.mentionCursor < this.mentions.length && this.mentions[this.mentionCursor].start < offset) {
      const m = this.mentions[this.mentionCursor++];
      this.remember(m);
    }
  }

  /** Notes a name (or, with `described`, a description such as "the mayor") as a possible antecedent. */
  private remember(m: Mention, described = false): void {
    if (m.kind === 'person') {
      this.lastPerson = m;
      const words = m.text.split(/\s+/);
      if (words.length >= 2 && !described) {
        const last = words[words.length - 1];
        const known = this.fullNames.get(last);
        // A surname keeps the most recent full name; a first name only fills a gap (Kim Jong Un → Kim).
        this.fullNames.set(last, m);
        if (!known || known.text !== m.text) {
          if (!this.fullNames.has(words[0])) this.fullNames.set(words[0], m);
        }
      }
    } else if (m.kind === 'org') {
      this.lastOrg = m;
    }
    if (m.kind === 'person' || m.kind === 'org') this.lastAny = m;
  }

  run(): AttributedClaim[] {
    return this.quotes.map((q, k) => this.attribute(q, k));
  }

  /** The claim before attribution: what the quote rule reports. */
  private plainClaim(q: Quotation, k: number): AttributedClaim {
    return {
      id: `q${k + 1}`,
      kind: q.depth === 0 ? 'quote' : 'nested-quote',
      start: q.start,
      end: q.end,
      text: this.doc.text.slice(q.innerStart, q.innerEnd),
    };
  }

  private attribute(q: Quotation, k: number): AttributedClaim {
    const claim = this.plainClaim(q, k);
    if (q.depth !== 0) return claim;
    const open = this.punctAt(q.start);
    const close = this.punctAt(q.innerEnd);
    if (!open || !close) return claim;
    this.advanceTo(q.start);

    const before = this.windowBefore(open);
    const after = this.windowAfter(close);
    const inner = claim.text.trim();
    const opensSentence = before.length === 0 || endsWithIntro(before);
    // A short fragment opening a sentence (“Ghost towns” are spreading) is not a sentence of speech.
    const full = (opensSentence && !isFragment(inner)) || looksLikeSentence(inner);

    // A capitalised name is a title, unless a comma inside the marks leads to an attribution (“Never Again,” she said).
    const titled = isTitleCase(inner.replace(/,$/, ''));
    const afterCue = this.fromAfter(close.b, after, close);
    if (titled && (!afterCue || !inner.endsWith(','))) {
      claim.kind = 'title';
      return claim;
    }
    const found =
      afterCue ??
      this.fromAccordingTo(open.b, before) ??
      this.fromAccordingTo(close.b, after) ??
      this.fromBefore(open.b, before) ??
      this.fromIntroduction(open.b, before) ??
      (full && opensSentence ? this.fromPreviousSentence(open) ?? this.continuation(open.b) : undefined);

    if (!full) {
      if (!found && isScare(inner, before.length === 0)) {
        claim.kind = 'scare';
        return claim;
      }
      claim.kind = 'partial';
    }
    if (found) {
      claim.cue = found.cue;
      claim.confidence = found.confidence;
      if (found.speaker) {
        claim.speaker = found.speaker;
        this.lastSpeech = { speaker: found.speaker, kind: found.kind, endBlock: close.b, confidence: found.confidence };
      }
    }
    return claim;
  }

  // --- Windows --------------------------------------------------------------------

  private item(b: number, t: number, quote = false): Item {
    const text = this.blocks[b].block.tokens[t].text;
    return { t, text, lower: text.toLowerCase(), quote };
  }

  /**
   * Non-space tokens from the start of the opening mark's sentence up to the
   * mark, jumping over earlier quotations in the same sentence (each leaves a
   * `quote` item). At most {@link WINDOW} items.
   */
  private windowBefore(open: Pos): Item[] {
    const { block, base, sentenceOf } = this.blocks[open.b];
    const s = sentenceOf[open.t];
    const first = s >= 0 ? block.sentences[s].firstToken : open.t;
    const items: Item[] = [];
    for (let t = open.t - 1; t >= first && items.length < WINDOW; t--) {
      const tok = block.tokens[t];
      if (tok.kind === 'space') continue;
      const earlier = tok.kind === 'punct' ? this.closeAt.get(base + tok.sourceStart) : undefined;
      if (earlier) {
        const from = this.punctAt(earlier.start);
        // A sentence that starts inside an earlier quotation stops at its end.
        if (!from || from.b !== open.b || from.t < first) break;
        items.push(this.item(open.b, t, true));
        t = from.t;
        continue;
      }
      items.push(this.item(open.b, t));
    }
    return items.reverse();
  }

  /**
   * Non-space tokens from after the closing mark to the end of its sentence,
   * stopping at the next quotation. When the quotation ends its sentence, a
   * short next sentence with a reporting verb (“Done.” Ellison said.) serves.
   */
  private windowAfter(close: Pos): Item[] {
    const { block, base, sentenceOf } = this.blocks[close.b];
    const s = sentenceOf[close.t];
    let end = s >= 0 ? block.sentences[s].endToken : close.t + 1;
    let t = close.t + 1;
    if (end <= t && s >= 0 && s + 1 < block.sentences.length) {
      const next = block.sentences[s + 1];
      if (next.endToken - next.firstToken <= 12) {
        t = next.firstToken;
        end = next.endToken;
      }
    }
    const items: Item[] = [];
    for (; t < end && items.length < WINDOW; t++) {
      const tok = block.tokens[t];
      if (tok.kind === 'space') continue;
      if (tok.kind === 'punct' && this.openAt.has(base + tok.sourceStart)) break;
      items.push(this.item(close.b, t));
    }
    return items;
  }

  // --- Patterns -------------------------------------------------------------------

  /** “…,” said X / “…,” X said. */
  private fromAfter(b: number, items: readonly Item[], close: Pos): Found | undefined {
    let i = 0;
    while (i < items.length && LEADING_PUNCT.has(items[i].text)) i++;
    const limit = Math.min(items.length, i + MAX_PHRASE_WORDS + 1);
    let v = -1;
    for (let k = i; k < limit; k++) {
      if (isVerb(items, k)) {
        v = k;
        break;
      }
      if (items[k].quote || isTerminal(items[k].text)) break;
    }
    if (v < 0) return undefined;
    const cue = items[v].text;
    if (v === i) {
      // Verb first: the speaker follows it (said Mara Ellison, of …).
      const found = this.speakerAfterVerb(b, items, v + 1, cue);
      return found;
    }
    const nextSentence = items[0] !== undefined && this.blocks[b].sentenceOf[items[0].t] !== this.blocks[b].sentenceOf[close.t];
    if (nextSentence && !NEUTRAL_SAYING_FORMS.has(items[v].lower)) return undefined;
    const subject = items.slice(i, v);
    // Commas in the subject must be an appositive after a name (Albrecht, 61, said); otherwise the
    // verb belongs to another clause (… never arrived, critics say).
    const comma = subject.findIndex((it) => it.text === ',');
    if (comma > 0 && !runEndingAt(findNames(this.blocks[b].block), subject[comma - 1].t)) return undefined;
    const found = this.speakerFromPhrase(b, subject, cue, 0.95);
    // An attribution in the next sentence is the usual pattern's slip; trust it a little less.
    if (found && nextSentence) found.confidence = 0.8;
    return found;
  }

  /** According to X (the source follows the phrase, up to a comma). */
  private fromAccordingTo(b: number, items: readonly Item[]): Found | undefined {
    for (let k = 0; k < items.length; k++) {
      for (const { phrase, words } of SOURCE_AFTER_WORDS) {
        if (items[k].lower !== words[0] || !words.every((w, j) => items[k + j]?.lower === w)) continue;
        const from = k + words.length;
        let to = from;
        while (to < items.length && to - from < MAX_PHRASE_WORDS && !isPhraseEnd(items[to])) to++;
        const found = this.speakerFromPhrase(b, items.slice(from, to), phrase, 0.9);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** X said: “…” / X reaffirmed “…” support: the subject of the last reporting verb before the quotation. */
  private fromBefore(b: number, items: readonly Item[]): Found | undefined {
    for (let v = items.length - 1; v >= 0; v--) {
      if (items[v].quote) continue;
      if (!isVerb(items, v)) continue;
      // The subject: back from the verb, over auxiliaries and adverbs, to a clause boundary.
      let j = v - 1;
      while (j >= 0 && BETWEEN_SUBJECT_AND_VERB.has(items[j].lower)) j--;
      if (j < 0) return undefined;
      const appositive = items[j].text === ',';
      let commas = 0;
      let k = j;
      for (; k >= 0 && j - k < MAX_PHRASE_WORDS; k--) {
        const it = items[k];
        if (it.quote || isVerb(items, k) || it.text === ';' || it.text === ':' || it.text === '(' || isEnd(it.text)) break;
        if (isClauseWord(it) && !SPEAKER_PRONOUNS.has(it.lower)) break;
        if (SPEAKER_PRONOUNS.has(it.lower)) {
          if (k === j) k--;
          break;
        }
        if (it.text === ',') {
          if (!appositive || ++commas > 2) break;
        }
      }
      const subject = items.slice(k + 1, j + 1);
      const confidence = v === items.length - 1 || items[v + 1]?.text === ':' ? 0.9 : 0.75;
      const found = this.speakerFromPhrase(b, subject, items[v].text, confidence);
      // No subject here (", adding that …"): the participle shares the subject of an earlier verb.
      if (found) return found;
    }
    return undefined;
  }

  /** Reyes, however, was unmoved: “…” — a clause ending in a colon, opening with a name, introduces its speaker. */
  private fromIntroduction(b: number, items: readonly Item[]): Found | undefined {
    if (items.length === 0 || items[items.length - 1].text !== ':' || items[0].quote) return undefined;
    const run = runAt(findNames(this.blocks[b].block), items[0].t);
    if (!run || run.possessive || run.kind === 'place') return undefined;
    return this.named(b, run, ':', 0.6, run.title);
  }

  /**
   * A quotation opening its sentence with no cue of its own, after a sentence
   * with no quotation whose subject speaks (Okafor disagreed. “It is fine.”).
   */
  private fromPreviousSentence(open: Pos): Found | undefined {
    const { block, base, sentenceOf } = this.blocks[open.b];
    const s = sentenceOf[open.t];
    if (s <= 0) return undefined;
    const prev = block.sentences[s - 1];
    const items: Item[] = [];
    for (let t = prev.firstToken; t < prev.endToken && items.length < WINDOW; t++) {
      const tok = block.tokens[t];
      if (tok.kind === 'space') continue;
      if (tok.kind === 'punct' && (this.openAt.has(base + tok.sourceStart) || this.closeAt.has(base + tok.sourceStart))) {
        return undefined;
      }
      items.push(this.item(open.b, t));
    }
    // Only the clause before the verb matters; the sentence's own period is no boundary for it.
    while (items.length > 0 && isTerminal(items[items.length - 1].text)) items.pop();
    const found = this.fromBefore(open.b, items);
    if (found) {
      found.confidence = Math.min(found.confidence, 0.7);
      return found;
    }
    // A sentence about a person just before, with no cue at all (Mr. Okafor was blunt. “The plan failed.”):
    // a reader takes the person as the speaker, with less certainty.
    const run = items.length > 0 && items.length <= MAX_PHRASE_WORDS ? runAt(findNames(block), items[0].t) : undefined;
    if (run && run.kind === 'person' && !run.possessive) return this.named(open.b, run, 'context', 0.5, run.title);
    return undefined;
  }

  /** A quotation opening its sentence with no cue continues the last speaker of this or the previous paragraph. */
  private continuation(b: number): Found | undefined {
    const last = this.lastSpeech;
    if (!last || b - last.endBlock > 1) return undefined;
    const anchor = last.speaker.mentions[0];
    return {
      speaker: {
        name: last.speaker.name,
        description: last.speaker.description,
        mentions: anchor ? [{ ...anchor, via: 'continuation' }] : [],
      },
      cue: 'continuation',
      confidence: Math.min(0.7, last.confidence),
      kind: last.kind,
    };
  }

  // --- Speakers -------------------------------------------------------------------

  /** The speaker right after a verb: a name (with an appositive), a pronoun (said he) or a phrase (said the mayor). */
  private speakerAfterVerb(b: number, items: readonly Item[], from: number, cue: string): Found | undefined {
    if (from >= items.length) return undefined;
    const { block } = this.blocks[b];
    const runs = findNames(block);
    const run = runAt(runs, items[from].t);
    if (run && !run.possessive) {
      let i = from;
      while (i < items.length && items[i].t < run.end) i++;
      let description: string | undefined;
      if (items[i]?.text === ',') {
        let j = i + 1;
        while (j < items.length && j - i <= MAX_PHRASE_WORDS && items[j].text !== ',' && !isTerminal(items[j].text) && !items[j].quote) j++;
        if (j > i + 1) description = this.textOf(b, items[i + 1].t, items[j - 1].t);
      }
      return this.named(b, run, cue, 0.95, joinDescription(run.title, description));
    }
    if (SPEAKER_PRONOUNS.has(items[from].lower)) return this.pronoun(b, items[from], cue);
    if (!DETERMINERS.has(items[from].lower)) return undefined;
    let j = from;
    while (j < items.length && j - from < MAX_PHRASE_WORDS && !isPhraseEnd(items[j])) j++;
    // said one resident, Amal Nasser, 42: the name in apposition is the speaker, the phrase describes them.
    const named = items[j]?.text === ',' && items[j + 1] ? runAt(runs, items[j + 1].t) : undefined;
    if (named && named.kind === 'person' && !named.possessive && j > from) {
      return this.named(b, named, cue, 0.9, joinDescription(this.textOf(b, items[from].t, items[j - 1].t), named.title));
    }
    return this.speakerFromPhrase(b, items.slice(from, j), cue, 0.85);
  }

  /**
   * The speaker a subject phrase names: a name at its end (with the words
   * before it as the description: Port Authority spokesperson Dana Okafor),
   * a name then an appositive (Dana Okafor, the authority's spokesperson,), a
   * pronoun, or a descriptive phrase (the mayor).
   */
  private speakerFromPhrase(b: number, phrase: readonly Item[], cue: string, confidence: number): Found | undefined {
    let words: readonly Item[] = phrase;
    while (words.length > 0 && LEADING_PUNCT.has(words[words.length - 1].text)) words = words.slice(0, -1);
    while (words.length > 0 && LEADING_PUNCT.has(words[0].text)) words = words.slice(1);
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return undefined;
    if (words.some((w) => w.quote || isEnd(w.text) || (isClauseWord(w) && !SPEAKER_PRONOUNS.has(w.lower)))) {
      // "it" and "they" are clause words too, but alone they are the speaker.
      return undefined;
    }
    if (words.length === 1 && SPEAKER_PRONOUNS.has(words[0].lower)) return this.pronoun(b, words[0], cue);
    if (words.every((w) => DETERMINERS.has(w.lower) || w.text === ',' || w.text === '.')) return undefined;
    if (words.some((w) => SPEAKER_PRONOUNS.has(w.lower))) return undefined;

    const { block } = this.blocks[b];
    const runs = findNames(block);
    const firstT = words[0].t;
    const lastT = words[words.length - 1].t;
    // A name first, then ", description".
    const startRun = runAt(runs, firstT);
    if (startRun && !startRun.possessive) {
      const comma = words.findIndex((w) => w.t >= startRun.end);
      if (comma >= 0 && words[comma].text === ',') {
        const rest = words.slice(comma + 1).filter((w) => w.text !== ',');
        const description = rest.length > 0 ? this.textOf(b, rest[0].t, rest[rest.length - 1].t) : undefined;
        return this.named(b, startRun, cue, confidence, joinDescription(startRun.title, description));
      }
    }
    // A person named first, then where they are from (Mara Ellison of the port authority).
    if (startRun && startRun.kind === 'person' && !startRun.possessive && startRun.end <= lastT) {
      const rest = words.filter((w) => w.t >= startRun.end && w.text !== ',');
      const description = rest.length > 0 ? this.textOf(b, rest[0].t, rest[rest.length - 1].t) : undefined;
      return this.named(b, startRun, cue, confidence, joinDescription(startRun.title, description));
    }
    // A name at the end of the phrase, with any description before it.
    const endRun = runEndingAt(runs, lastT);
    if (endRun && !endRun.possessive && endRun.titleFirst >= firstT) {
      const descEnd = prevWordBefore(words, endRun.titleFirst);
      const before = descEnd ? this.textOf(b, firstT, descEnd.t) : undefined;
      return this.named(b, endRun, cue, confidence, joinDescription(before, endRun.title));
    }
    // A description without a name: the mayor, the agency, Article 4 of the agreement.
    const text = this.textOf(b, firstT, lastT);
    const start = this.offsetOf(b, firstT);
    const end = this.endOffsetOf(b, lastT);
    const kind: NameKind = words.some((w) => isOrgNoun(w.lower)) ? 'org' : words.some((w) => isTitle(cap(w.text)) || /^(?:spokes|official)/.test(w.lower)) ? 'person' : 'unknown';
    const mention: Mention = { start, end, text, kind };
    if (kind !== 'unknown') this.remember(mention, true);
    return {
      speaker: { name: text, mentions: [{ start, end, text, via: 'description' }] },
      cue,
      confidence: confidence - 0.1,
      kind,
    };
  }

  /** A speaker from a name run: a lone surname becomes the full name used before. */
  private named(b: number, run: NameRun, cue: string, confidence: number, description?: string): Found {
    const start = this.offsetOf(b, run.first);
    const end = this.endOffsetOf(b, run.end - 1);
    const mentions: SpeakerMention[] = [{ start, end, text: run.text, via: 'name' }];
    let name = run.text;
    let kind = run.kind;
    if (!run.text.includes(' ')) {
      const full = this.fullNames.get(run.text);
      if (full && full.start < start) {
        name = full.text;
        kind = 'person';
        mentions[0].via = 'surname';
        mentions.push({ start: full.start, end: full.end, text: full.text, via: 'name' });
        if (description === undefined) description = this.lastSpeech?.speaker.name === name ? this.lastSpeech.speaker.description : undefined;
      } else if (kind === 'unknown') {
        // The subject of a reporting verb is someone who speaks: a person unless it looks like an organisation.
        kind = 'person';
      }
    }
    const speaker: ClaimSpeaker = { name, mentions };
    if (description) speaker.description = description;
    return { speaker, cue, confidence, kind };
  }

  /** he/she → the last person named; it → the last organisation; they → the last of either. */
  private pronoun(b: number, item: Item, cue: string): Found {
    const start = this.offsetOf(b, item.t);
    this.advanceTo(start);
    const wants = SPEAKER_PRONOUNS.get(item.lower);
    const lastSpeaker = this.lastSpeech;
    let antecedent: Mention | undefined;
    let speaker: ClaimSpeaker | undefined;
    if (wants === 'person') antecedent = this.lastPerson;
    else if (wants === 'org') antecedent = this.lastOrg;
    else antecedent = this.lastAny;
    const mention: SpeakerMention = { start, end: start + item.text.length, text: item.text, via: 'pronoun' };
    if (antecedent) {
      const full = antecedent.text.includes(' ') ? antecedent : this.fullNames.get(antecedent.text) ?? antecedent;
      speaker = { name: full.text, mentions: [mention, { start: antecedent.start, end: antecedent.end, text: antecedent.text, via: 'name' }] };
      if (lastSpeaker && lastSpeaker.speaker.name === full.text && lastSpeaker.speaker.description) {
        speaker.description = lastSpeaker.speaker.description;
      }
    }
    return { speaker, cue, confidence: speaker ? 0.75 : 0.3, kind: antecedent?.kind ?? 'unknown' };
  }

  // --- Offsets --------------------------------------------------------------------

  private textOf(b: number, firstT: number, lastT: number): string {
    const { block } = this.blocks[b];
    return block.text.slice(block.tokens[firstT].start, block.tokens[lastT].end);
  }

  private offsetOf(b: number, t: number): number {
    return this.blocks[b].base + this.blocks[b].block.tokens[t].sourceStart;
  }

  private endOffsetOf(b: number, t: number): number {
    return this.blocks[b].base + this.blocks[b].block.tokens[t].sourceEnd;
  }
}

// --- Small predicates ---------------------------------------------------------------

/** A lowercase reporting verb (a capitalised "States" is a name, not a verb). */
function isVerb(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (it.quote || !REPORTING_VERB_FORMS.has(it.lower)) return false;
  return it.text === it.lower || k === 0;
}

/**
 * Inside one sentence a period belongs to an abbreviation (Hartwell Mining
 * Ltd. said), since the sentence splitter already cut at real ends.
 */
function isEnd(text: string): boolean {
  return text !== '.' && isTerminal(text);
}

function isTerminal(text: string): boolean {
  return text === '.' || text === '!' || text === '?' || text === '…' || text === ';';
}

/** A word that starts a clause; an acronym that happens to spell one (WHO, US) does not. */
function isClauseWord(it: Item): boolean {
  return CLAUSE_WORDS.has(it.lower) && !(it.text.length >= 2 && it.text === it.text.toUpperCase());
}

/** Where a source phrase ends: a comma, a clause, a quotation. */
function isPhraseEnd(it: Item): boolean {
  return it.quote || it.text === ',' || isTerminal(it.text) || it.text === ':' || (isClauseWord(it) && it.lower !== 'to');
}

/** "Ellison said:" / "Ellison said," — the words before a quotation introduce it. */
function endsWithIntro(before: readonly Item[]): boolean {
  const last = before[before.length - 1];
  if (last.text === ':') return true;
  return last.text === ',' && before.length >= 2 && REPORTING_VERB_FORMS.has(before[before.length - 2].lower);
}

/** Quoted words that read as a sentence of speech: capitalised, several words, closing punctuation. */
function looksLikeSentence(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  return words.length >= 4 && /^\p{Lu}/u.test(inner) && /[.!?,…—]$/u.test(inner) && !isTitleCase(inner);
}

/** Small words a title leaves lowercase. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'for', 'to', 'at', 'by', 'with', 'from', 'de', 'la', 'vs',
]);

/** A capitalised multi-word name: Treaty on Comprehensive Strategic Partnership. */
function isTitleCase(inner: string): boolean {
  if (/[.!?,;:]$/.test(inner)) return false;
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0])) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^[\p{Lu}\d]/u.test(w)) capitals++;
    else if (!TITLE_SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return capitals >= 2;
}

/**
 * Short, no closing punctuation, lowercase unless it opens the sentence:
 * words held at a distance.
 */
function isScare(inner: string, opensSentence: boolean): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= MAX_SCARE_WORDS &&
    (opensSentence || !/^\p{Lu}/u.test(inner)) &&
    !/[.!?]$/.test(inner)
  );
}

/** A few words without closing punctuation: a phrase, not a sentence of speech. */
function isFragment(inner: string): boolean {
  return inner.split(/\s+/).filter(Boolean).length <= 3 && !/[.!?,…—]$/u.test(inner);
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function joinDescription(a: string | undefined, b: string | undefined): string | undefined {
  const parts = [a, b]
    .map((s) => s?.replace(/^[\s,]+|[\s,]+$/g, ''))
    .filter((s): s is string => !!s && !DETERMINERS.has(s.toLowerCase()));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The last word item before token `t`. */
function prevWordBefore(words: readonly Item[], t: number): Item | undefined {
  let found: Item | undefined;
  for (const w of words) {
    if (w.t >= t) break;
    if (w.text !== ',') found = w;
  }
  return found;
}

/** The run whose first token (title included) is `t`. Runs are few per block; binary search keeps it cheap. */
function runAt(runs: readonly NameRun[], t: number): NameRun | undefined {
  const r = search(runs, t);
  return r && r.titleFirst <= t && t <= r.first ? r : undefined;
}

/** The run whose last token is `t`. */
function runEndingAt(runs: readonly NameRun[], t: number): NameRun | undefined {
  const r = search(runs, t);
  return r && r.end - 1 === t ? r : undefined;
}

/** The last run starting (title included) at or before token `t`. */
function search(runs: readonly NameRun[], t: number): NameRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  let found: NameRun | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].titleFirst <= t) {
      found = runs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// --- Entry points -------------------------------------------------------------------

/**
 * Attributes every quotation (from `findQuotations(doc).quotes`, in document
 * order) and returns one claim per quotation with the quote rule's ids
 * (`q1`, `q2`, …), its kind refined (`quote`, `partial`, `title`, `scare`,
 * `nested-quote`) and, when found, `speaker`, `cue` and `confidence`.
 * Never throws; linear in the document size.
 */
export function attributeQuotations(doc: Document, quotations: readonly Quotation[]): AttributedClaim[] {
  return new Attributor(doc, quotations).run();
}

/**
 * Enriches claims already made from quotations (the quote rule's claims):
 * each claim whose offsets match a quotation gets that quotation's refined
 * kind, speaker, cue and confidence; other claims are returned unchanged.
 * `quotations` is `findQuotations(doc).quotes` (cheap to redo: the quote
 * rule memoises its per-block mark scan).
 */
export function enrichClaims(doc: Document, claims: readonly Claim[], quotations: readonly Quotation[]): Claim[] {
  const byStart = new Map<number, AttributedClaim>();
  for (const c of attributeQuotations(doc, quotations)) byStart.set(c.start, c);
  return claims.map((c) => {
    const a = byStart.get(c.start);
    if (!a || a.end !== c.end) return c;
    const out: Claim = { ...c, kind: a.kind };
    if (a.speaker) out.speaker = a.speaker;
    if (a.cue !== undefined) out.cue = a.cue;
    if (a.confidence !== undefined) out.confidence = a.confidence;
    return out;
  });
}

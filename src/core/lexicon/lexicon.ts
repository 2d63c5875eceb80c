/**
 * The English lexicon: which words exist (British and American spellings),
 * how they are usually written (Russia, NATO, iPhone), and how frequent they
 * are. Loaded from the bytes of `dist/lexicon.bin` (see ./format.ts) with no
 * per-word work: every table is a typed-array view on those bytes, and only
 * the key blob is decoded once into a string. Lookups hash the query while
 * folding case, so checking a token allocates nothing.
 */
import { Flag, FORMAT_VERSION, Section, type LexiconMeta } from './format.js';
import { openSections } from './sections.js';

/** What the lexicon knows of one entry. */
export interface WordInfo {
  /** Lexicon id (stable within one loaded file). */
  id: number;
  /** The lower-case key. */
  key: string;
  /** Zipf frequency: log10 occurrences per billion words (0 = unknown). */
  zipf: number;
  /** In the dictionary (SCOWL), not just seen in a corpus. */
  dictionary: boolean;
  /** SCOWL size level 10 (common) … 80 (rare); 0 when not in SCOWL. */
  level: number;
  /** Only listed as an abbreviation ("hrs", "bf"). */
  abbreviation: boolean;
  /** The usual written forms, most usual first ("may" and "May"; "NATO"). */
  forms: string[];
  /** True when no lower-case form exists: the word is normally capitalised. */
  capitalised: boolean;
}

const RIGHT_SINGLE_QUOTE = 0x2019;
/** Hyphen-minus, hyphen, non-breaking hyphen (the tokenizer keeps them inside words). */
const HYPHEN = /[-\u2010\u2011]/;
const HYPHEN_SPLIT = /[-\u2010\u2011]/;
const APOSTROPHE = 0x27;

/**
 * The string whose UTF-16 units are `bytes` (Latin-1). Not TextDecoder:
 * its 'latin1' label is windows-1252, which maps 0x80–0x9F elsewhere. Node's
 * Buffer copies the bytes into a one-byte string at once; other hosts build
 * it in slices (the argument count of `fromCharCode.apply` is bounded).
 */
function latin1(bytes: Uint8Array): string {
  const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + 8192) as unknown as number[]));
  }
  return parts.join('');
}

/** SCOWL levels from here on are the dictionary's far corners (see {@link Lexicon.isFarCorner}). */
const FAR_CORNER_LEVEL = 70;

/**
 * Fills `target` with the lexicon file's bytes from byte `position` on (see
 * {@link LexiconOptions.readPostings}); `last` says no read follows.
 */
export type ByteFiller = (target: Uint8Array, position: number, last: boolean) => void;

/** How a {@link Lexicon} gets its bytes. */
export interface LexiconOptions {
  /**
   * When set, the SYM_POSTINGS section of the bytes was left unread (about
   * two thirds of the file), and each bucket of the suggestion index is read
   * through this the first time a look-up needs it. A short-lived process
   * (the CLI on one file) reads a few hundred buckets, a few kilobytes, not
   * 20 MB. After {@link MAX_BUCKET_READS} reads the rest is read at once.
   */
  readPostings?: ByteFiller;
}

/** Bucket reads after which an on-demand lexicon reads all its postings in one go (cheaper by then). */
const MAX_BUCKET_READS = 2000;

/** A loaded lexicon. Create with {@link loadLexicon}. */
export class Lexicon {
  /** Number of entries. */
  readonly size: number;
  readonly meta: LexiconMeta;
  /** All keys, concatenated; entry `id` is `keys.slice(offsets[id], offsets[id + 1])`. */
  readonly keys: string;
  readonly offsets: Uint32Array;
  readonly zipf10: Uint8Array;
  readonly flags: Uint8Array;
  readonly levels: Uint8Array;
  /** SymSpell index (see ./symspell.ts). */
  readonly symStarts: Uint32Array;
  readonly symPostings: Uint32Array;
  /** Bitset of the suggestable words' hashes (see format.ts). */
  readonly suggestFilter: Uint32Array;
  /**
   * The LETTER_TRIGRAMS section (see format.ts), or undefined when the file
   * predates it; read through `letterStats()` in ../rules/letter-stats.ts.
   */
  readonly letterTrigrams: Uint32Array | undefined;
  private readonly filterMask: number;
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly mixedForms: Map<number, string>;
  /** While postings are read on demand: how, which buckets are in, how many reads so far. */
  private pending: { fill: ByteFiller; section: Uint8Array; position: number; loaded: Uint8Array; reads: number } | undefined;

  constructor(input: Uint8Array, options: LexiconOptions = {}) {
    const { has, raw, u32, position } = openSections(input, 'lexicon', 'ATLX', FORMAT_VERSION);
    const utf8 = new TextDecoder('utf-8');
    this.meta = JSON.parse(utf8.decode(raw(Section.META))) as LexiconMeta;
    this.keys = this.meta.keyEncoding === 'latin1' ? latin1(raw(Section.KEYS)) : utf8.decode(raw(Section.KEYS));
    this.offsets = u32(Section.OFFSETS);
    this.size = this.offsets.length - 1;
    this.table = u32(Section.HASH);
    this.mask = this.table.length - 1;
    this.zipf10 = raw(Section.ZIPF);
    this.flags = raw(Section.FLAGS);
    this.levels = raw(Section.LEVEL);
    this.symStarts = u32(Section.SYM_STARTS);
    this.symPostings = u32(Section.SYM_POSTINGS);
    if (options.readPostings) {
      this.pending = {
        fill: options.readPostings,
        section: raw(Section.SYM_POSTINGS),
        position: position(Section.SYM_POSTINGS),
        loaded: new Uint8Array(this.symStarts.length),
        reads: 0,
      };
    }
    this.suggestFilter = u32(Section.SUGGEST_FILTER);
    this.letterTrigrams = has(Section.LETTER_TRIGRAMS) ? u32(Section.LETTER_TRIGRAMS) : undefined;
    this.filterMask = (1 << this.meta.filterBits) - 1;
    this.mixedForms = new Map();
    const forms = utf8.decode(raw(Section.FORMS));
    for (const line of forms.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.mixedForms.set(Number(line.slice(0, tab)), line.slice(tab + 1));
    }
  }

  /** True while some buckets of the suggestion index may still be unread (see {@link LexiconOptions.readPostings}). */
  get postingsPending(): boolean {
    return this.pending !== undefined;
  }

  /**
   * Makes sure the postings of suggestion-index bucket `bucket` are in
   * {@link symPostings}; a no-op once every bucket is (always, for a lexicon
   * loaded from all its bytes).
   */
  loadBucket(bucket: number): void {
    const p = this.pending;
    if (p === undefined || p.loaded[bucket] === 1) return;
    p.loaded[bucket] = 1;
    if (++p.reads > MAX_BUCKET_READS) {
      p.fill(p.section, p.position, true);
      this.pending = undefined;
      return;
    }
    // Two u32 words (eight bytes) per posting.
    const begin = this.symStarts[bucket] * 8;
    const end = this.symStarts[bucket + 1] * 8;
    if (end > begin) p.fill(p.section.subarray(begin, end), p.position + begin, false);
  }

  /**
   * Id of `word` ignoring case (and reading ’ as '), or -1. Exact key only:
   * no possessive stripping (see {@link lookup}).
   */
  find(word: string): number {
    const n = word.length;
    if (n === 0) return -1;
    // Hash with ASCII case folding; anything else non-ASCII takes the slow path.
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      let c = word.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) {
        if (c === RIGHT_SINGLE_QUOTE) c = APOSTROPHE;
        else return this.findSlow(word);
      }
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    const keys = this.keys;
    const offsets = this.offsets;
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const v = this.table[slot];
      if (v === 0) return -1;
      const id = v - 1;
      const start = offsets[id];
      if (offsets[id + 1] - start === n) {
        let i = 0;
        for (; i < n; i++) {
          let c = word.charCodeAt(i);
          if (c >= 65 && c <= 90) c += 32;
          else if (c === RIGHT_SINGLE_QUOTE) c = APOSTROPHE;
          if (keys.charCodeAt(start + i) !== c) break;
        }
        if (i === n) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Id of the word whose lower-case key is `codes[0..len)` (UTF-16 units,
   * already lower case), or -1. Lets a caller probe variants it assembles in
   * a buffer without making strings. With `suggestableOnly`, words outside
   * the suggestion index are (mostly) rejected by a cache-resident filter
   * before the hash table is touched; callers still check what they get.
   */
  findCodes(codes: Uint16Array, len: number, suggestableOnly = false): number {
    if (len === 0) return -1;
    let h = 0x811c9dc5;
    for (let i = 0; i < len; i++) {
      h ^= codes[i];
      h = Math.imul(h, 0x01000193);
    }
    if (suggestableOnly) {
      const f = (h >>> 0) & this.filterMask;
      if ((this.suggestFilter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    }
    const keys = this.keys;
    const offsets = this.offsets;
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const v = this.table[slot];
      if (v === 0) return -1;
      const id = v - 1;
      const start = offsets[id];
      if (offsets[id + 1] - start === len) {
        let i = 0;
        while (i < len && keys.charCodeAt(start + i) === codes[i]) i++;
        if (i === len) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** {@link find} for a lower-case key, screened by the suggestable-word filter first. */
  findSuggestable(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    const f = (h >>> 0) & this.filterMask;
    if ((this.suggestFilter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    return this.find(key);
  }

  /** Non-ASCII path: full Unicode lower-casing and NFC, then exact probing. */
  private findSlow(word: string): number {
    const key = word.replace(/\u2019/g, "'").toLowerCase().normalize('NFC');
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const v = this.table[slot];
      if (v === 0) return -1;
      if (this.keyOf(v - 1) === key) return v - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Id of `word`, accepting a possessive ("Russia's", "Russia’s",
   * "soldiers'") whose base is an entry; -1 when unknown.
   */
  lookup(word: string): number {
    const id = this.find(word);
    if (id >= 0) return id;
    const n = word.length;
    if (n > 2) {
      const last = word.charCodeAt(n - 1);
      const prev = word.charCodeAt(n - 2);
      const isApos = (c: number) => c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;
      if ((last === 115 || last === 83) && isApos(prev)) return this.find(word.slice(0, n - 2));
      if (isApos(last)) return this.find(word.slice(0, n - 1));
    }
    return -1;
  }

  /** The lower-case key of an entry. */
  keyOf(id: number): string {
    return this.keys.slice(this.offsets[id], this.offsets[id + 1]);
  }

  /** Zipf frequency of an entry (log10 per billion words; ≥ 0.1 for any entry). */
  zipfOf(id: number): number {
    return this.zipf10[id] / 10;
  }

  /** True when the entry is a dictionary word (not only seen in a corpus). */
  isWordId(id: number): boolean {
    return (this.flags[id] & Flag.DICT) !== 0;
  }

  /**
   * True when the dictionary lists the entry only in its far corners (SCOWL
   * level FAR_CORNER_LEVEL or more: "ment", "tobe", "nota"), where fragments
   * and run-together pairs of OCR'd text are listed as words too.
   */
  isFarCorner(id: number): boolean {
    return this.levels[id] >= FAR_CORNER_LEVEL;
  }

  /**
   * True when `word` is an English word in any spelling family (colour and
   * color), in any case, possessives included. Names SCOWL lists (Russia,
   * Pyongyang) count; names seen only in Wikipedia do not (see {@link known}).
   */
  has(word: string): boolean {
    const id = this.lookup(word);
    if (id >= 0) return (this.flags[id] & Flag.DICT) !== 0;
    return HYPHEN.test(word) && this.compoundOfWords(word);
  }

  /** "state-owned", "mobile-cellular": every part between hyphens is a word. */
  private compoundOfWords(word: string): boolean {
    const parts = word.split(HYPHEN_SPLIT);
    let words = 0;
    for (const part of parts) {
      if (part === '') continue;
      const id = this.lookup(part);
      if (id < 0 || (this.flags[id] & Flag.DICT) === 0) return false;
      words++;
    }
    return words >= 2;
  }

  /** True when the dictionary or the frequency corpora know `word` at all (incl. Wikipedia-only names). */
  known(word: string): boolean {
    return this.lookup(word) >= 0;
  }

  /** Zipf frequency of `word` (log10 occurrences per billion words); 0 when unknown. */
  frequency(word: string): number {
    const id = this.lookup(word);
    return id < 0 ? 0 : this.zipf10[id] / 10;
  }

  /** The usual written forms of an entry, most usual first. */
  formsOf(id: number): string[] {
    const f = this.flags[id];
    const key = this.keyOf(id);
    const out: string[] = [];
    if (f & Flag.LOWER) out.push(key);
    if (f & Flag.UPPER) out.push(key.toUpperCase());
    if (f & Flag.MIXED) {
      const m = this.mixedForms.get(id);
      if (m !== undefined) out.push(m);
    }
    if (f & Flag.TITLE) out.push(key.charAt(0).toUpperCase() + key.slice(1));
    return out;
  }

  /**
   * How an entry is normally written when case carries no other meaning: its
   * lower-case key if that is a form, else its capitalised/upper/mixed form.
   */
  canonicalOf(id: number): string {
    return this.formsOf(id)[0] ?? this.keyOf(id);
  }

  /** True when the entry has no lower-case form (Russia, Monday, NATO, iPhone). */
  isCapitalisedId(id: number): boolean {
    return (this.flags[id] & Flag.LOWER) === 0;
  }

  /**
   * True when `word` is written in a case its entry allows: lower case if
   * the word has a lower-case form, Capitalised or ALL CAPS for any word (a
   * sentence start, a headline), or exactly its mixed form ("iPhone").
   * "hrS", "NATo" or "RUssia" do not fit: a capital inside a word is a sign
   * of damage even when the letters spell a word. Unknown words fit.
   */
  caseFits(word: string): boolean {
    const id = this.lookup(word);
    if (id < 0) return true;
    let upper = 0;
    let lower = 0;
    let firstUpper = false;
    let seenLetter = false;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let isUp: boolean;
      if (code < 128) {
        // ASCII fast path: no string allocation per character.
        if (code >= 65 && code <= 90) isUp = true;
        else if (code >= 97 && code <= 122) isUp = false;
        else continue;
      } else {
        const c = word[i];
        const lc = c.toLowerCase();
        const uc = c.toUpperCase();
        if (lc === uc) continue; // not a cased letter
        isUp = c === uc;
      }
      if (!seenLetter) firstUpper = isUp;
      seenLetter = true;
      if (isUp) upper++;
      else lower++;
    }
    if (upper === 0) return (this.flags[id] & Flag.LOWER) !== 0;
    if (lower === 0) return true;
    if (upper === 1 && firstUpper) return true;
    const mixed = this.mixedForms.get(id);
    if (mixed === undefined) return false;
    // Compare the word without a possessive ending with the mixed form.
    const base = word.replace(/['\u2019]s?$/i, '');
    return base === mixed || word === mixed;
  }

  /** Everything known about `word`, or undefined. */
  info(word: string): WordInfo | undefined {
    const id = this.lookup(word);
    if (id < 0) return undefined;
    const f = this.flags[id];
    return {
      id,
      key: this.keyOf(id),
      zipf: this.zipf10[id] / 10,
      dictionary: (f & Flag.DICT) !== 0,
      level: this.levels[id],
      abbreviation: (f & Flag.ABBREV) !== 0,
      forms: this.formsOf(id),
      capitalised: (f & Flag.LOWER) === 0,
    };
  }
}

/** Loads a lexicon from the bytes of `dist/lexicon.bin` (read however the host likes). */
export function loadLexicon(bytes: Uint8Array, options?: LexiconOptions): Lexicon {
  return new Lexicon(bytes, options);
}

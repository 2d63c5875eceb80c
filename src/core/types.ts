/**
 * The shapes that flow through the core. Nothing here knows about VS Code.
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices), end
 * exclusive, into the text the caller gave the engine (BOM already stripped).
 */

/** The formats the engine understands. */
export type Format = 'markdown' | 'plaintext';

/** Severities, from most to least serious (VS Code's order). */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One unit of prose: a paragraph, heading, table cell, list item paragraph…
 *
 * `text` is the prose a reader sees (Markdown syntax removed, escapes and
 * character references decoded, inline code replaced by {@link CODE_PLACEHOLDER}).
 * `map` turns an offset into `text` into an offset into the source chunk the
 * block was parsed from; add the chunk's `base` to get a document offset.
 */
export interface ProseBlock {
  /** What Markdown construct this prose came from (`paragraph`, `heading`, `tableCell`, …). Plain text: `paragraph`. */
  kind: string;
  /** The prose text. */
  text: string;
  /** Where the block lies in its chunk (chunk-relative source offsets). */
  start: number;
  end: number;
  /** Maps prose offsets to chunk-relative source offsets. */
  map: OffsetMap;
}

/**
 * Maps offsets in a block's prose text to offsets in the source.
 *
 * `toSource(i)` for `0 <= i <= text.length`. For `i` at the start of a
 * character it returns where that character starts in the source; for
 * `i === text.length` it returns the source offset just past the last
 * character. A range `[a, b)` of prose maps to `[toSource(a), toSourceEnd(b))`,
 * where `toSourceEnd(b)` is the source offset just past prose character `b - 1`
 * (so markup that follows the last character, such as a closing `*`, is not
 * included).
 */
export interface OffsetMap {
  toSource(proseOffset: number): number;
  toSourceEnd(proseOffsetEnd: number): number;
  /**
   * Set only when the whole map is one identity run over non-empty prose
   * (plain text): prose offset `i` (`0 <= i <= text.length`) is source offset
   * `identityBase + i`, for both functions. Lets the tokenizer skip two calls
   * per token; ignoring it is always correct.
   */
  readonly identityBase?: number;
}

/** Replaces inline code, images and other non-prose atoms inside a block's prose text. */
export const CODE_PLACEHOLDER = '\uFFFC';

/**
 * Kinds of token the tokenizer produces. An `atom` is opaque, not prose: one
 * {@link CODE_PLACEHOLDER}, or a web address, e-mail address, handle or
 * hashtag kept as written (see `text/web-addresses.ts`).
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'space' | 'atom';

/**
 * A token of prose. `start`/`end` are offsets into the block's prose `text`;
 * `sourceStart`/`sourceEnd` are chunk-relative source offsets (add the chunk
 * base for document offsets).
 */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/** A sentence, as a range of token indices `[first, last)` within its block. */
export interface Sentence {
  firstToken: number;
  endToken: number;
}

/** A block after tokenisation: the unit that is cached by its source text. */
export interface AnalyzedBlock extends ProseBlock {
  tokens: Token[];
  sentences: Sentence[];
}

/** A finding a rule reports. Offsets are document offsets. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  suggestions?: string[];
  data?: Record<string, unknown>;
}

/** Kinds of claim. Later issues add kinds; never rename these. */
export type ClaimKind =
  | 'quote'
  | 'nested-quote'
  /** Quoted words inside a sentence of the writer's own (Kim reaffirmed “unconditional” support). */
  | 'partial'
  /** A quoted title (a treaty, a book, an operation), not speech. */
  | 'title'
  /** Scare quotes: a phrase held at a distance, not speech. */
  | 'scare'
  /** Reported speech without quotation marks. */
  | 'indirect';

/** Where a claim's speaker is named or referred to, in document offsets. */
export interface SpeakerMention {
  start: number;
  end: number;
  text: string;
  /** How this mention points at the speaker. */
  via: 'name' | 'surname' | 'pronoun' | 'description' | 'continuation';
}

/** Who a claim is attributed to. */
export interface ClaimSpeaker {
  /** The fullest name the document gives ("Mara Ellison"), or the description when there is no name ("the mayor"). */
  name: string;
  /** Role or affiliation the document gives ("of the port authority"). */
  description?: string;
  mentions: SpeakerMention[];
}

/** A claim: a statement the document attributes (or fails to attribute) to someone. */
export interface Claim {
  id: string;
  kind: ClaimKind;
  /** Covers the opening and closing quotation marks, when there are any. */
  start: number;
  end: number;
  /** The quoted words, without the outer quotation marks. */
  text: string;
  speaker?: ClaimSpeaker;
  /** The words that attribute it ("said", "according to"), when there are any. */
  cue?: string;
  /** How sure the attribution is, 0–1. */
  confidence?: number;
  /**
   * Whether the quoted words were found in the writer's sources. Absent when
   * the check was given no sources (the panel shows "no sources configured").
   */
  verification?: Verification;
}

/** What checking a quotation against the writer's sources found. */
export type VerificationStatus = 'verified' | 'near-match' | 'not-found';

/** A passage in a source document. */
export interface SourceLocation {
  /** The source's id: a workspace-relative path, a file path or a URI string, as the caller named it. */
  source: string;
  /** UTF-16 offsets into the source's text, end exclusive. */
  start: number;
  end: number;
  /** 0-based line and UTF-16 column of `start` (for "open the source here"). */
  line: number;
  character: number;
  /** The source's words at that place, as they stand in the source. */
  text: string;
}

/** One piece of a word-level difference between a quote and its source. */
export interface DiffPart {
  /** `same`: in both; `added`: in the quote, not the source; `removed`: in the source, not the quote. */
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** A claim's verification against the sources. */
export interface Verification {
  status: VerificationStatus;
  /** Where the best match lies (verified and near-match). */
  location?: SourceLocation;
  /** Word-level difference, quote against source (near-match only). */
  diff?: DiffPart[];
  /** Share of the quote's words the source passage has, 0–1. */
  similarity?: number;
}

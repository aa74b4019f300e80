import { AMBIGUOUS_WORDS } from './ambiguous-words';
import { quantizesNamedBase } from './base-quantizations';
import { headsFamilySection } from './family-headings';
import { glossLeadsApiName, releaseGlossed } from './api-name-glosses';
import { BASE_NAME, BRANDLESS, DERIVED, EXACT_TEXT, ORDINARY_WORD, SPACED_TAIL, type DetectionIndex } from './alias-index';
import { familySizes } from './family-sizes';
import { followsFineTuneLine } from './fine-tunes';
import { readPreviewCheckpointAfter } from './preview-checkpoints';
import { readMonthDateAfter, snapshotInMonth } from './month-dates';
import { mayTakeVersionAfter } from './counted-numbers';
import { hasFormatSuffix, hasRuntimeSuffix, idStart, readRuntimeSuffixes } from './runtime-forms';
import { readDateAfter, readLooseDateAfter, sameDate } from './snapshots';
import { cutKeepsFamily, sizeAtAfterCut, sizeStartIn, sizeStartInName } from './list-cuts';
import { siblingSizes, sizesNamedBy } from './sibling-sizes';
import { isSpacedNumber } from './spaced-numbers';
import { brandOfName, tierWordsByBrand } from './brand-tiers';
import { servedUnderGateway } from './gateway-shorthands';
import { sharedTailAfter } from './shared-tails';
import { stepLinkAt } from './version-steps';
import { restatedVersions } from './restated-versions';
import { subTierBases } from './sub-tier-bases';
import { tierVersions } from './tier-versions';
import { TrieEdges } from './trie-edges';
import { narrowRelatives } from './relative-choice';
import { sizedNames, sizeOfRow, sizeStatedAfter, sizeWrittenAfter, variantAfter } from './stated-sizes';
import { underUserNamespace } from './user-namespaces';
import { namesCodeVariable } from './code-identifiers';
import { hostedPreviewEnd } from './hosted-previews';
import { WRITTEN_SAME_MODEL_SUFFIXES } from './written-suffixes';
import { onlySnapshotOn, readSlashDateAfter } from './slash-dates';
import { readBracketMonthDayAfter } from './bracket-month-days';
import { previewLineSnapshot } from './preview-line-dates';
import { CHAR_CLASSES, LOWER_CODES, classOf, DIGIT, HASH_SEED, hashStep, hashToken, IGNORABLE, isVersionFiller, JOINER, LETTER, lowerOf, readToken, tokenHash, tokensEqual, tokensOf, UNKNOWN } from './characters';

export type MentionKind = 'specific' | 'family';

export interface Mention {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  /** Model index in the detection index, or family index for a family mention. */
  target: number;
  kind: MentionKind;
  /**
   * The snapshot date written after the name ("2024-11-20") when the catalogue lists no
   * model of that date: the mention falls back to the undated model, and says so.
   */
  snapshot?: string;
}

interface Entry {
  target: number;
  tokens: string[];
  /** The form that must appear letter for letter (short or one-word aliases), else null. */
  exactText: string | null;
  /** The exact form may have spaces for its hyphens. */
  spaced: boolean;
  derived: boolean;
  /** For "Sonnet 4.5"-style shorthands, the tier word. */
  brandlessTier: string | null;
  /** A family word that is also an everyday word. */
  ordinary: boolean;
  /** An instruct model's name without "Instruct": as an id, the pretrained checkpoint's. */
  baseName: boolean;
}

const ROOT_FILTER_BITS = 16;

/** Index into the first-three-characters filter of word starts (lower-cased code units). */
function prefixKey(first: number, second: number, third: number): number {
  return (Math.imul(Math.imul(first, 31) + second, 31) + third) & 0xffff;
}
/** Filters of one bit an entry, packed 32 to a word: a byte an entry cost 112 kB more in every tab. */
function newBitSet(bits: number): Uint32Array {
  return new Uint32Array(bits >>> 5);
}
function setBit(set: Uint32Array, bit: number): void {
  set[bit >>> 5]! |= 1 << (bit & 31);
}
function hasBit(set: Uint32Array, bit: number): boolean {
  return (set[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
const REJECTED = Symbol('rejected');
/** Between two tokens of one name: whitespace (at most one line break) and up to 3 of - . _ / : · */
const MAX_PUNCTUATION_BETWEEN_TOKENS = 3;

/** Per scan: shorthands matched without their brand, and tier words seen used as ordinary words. */
interface ScanState {
  brandless: Map<Mention, string> | null;
  ordinaryTiers: Set<number> | null;
}

export interface Matcher {
  scan(text: string): Mention[];
}

/**
 * Compiles the alias index into a token trie keyed by token hashes. Scanning reads each
 * character once, looks up only tokens that start a word, and builds no strings unless a
 * name matches: the cost stays close to one pass over the text.
 */
export function createMatcher(index: DetectionIndex): Matcher {
  const steps = compileMatcher(index, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same compilation, pausing after every `aliasesPerStep` aliases: a content script hands
 * the thread back to the page between steps (a full catalogue takes tens of milliseconds).
 */
export function* compileMatcher(index: DetectionIndex, aliasesPerStep: number): Generator<void, Matcher, void> {
  // Node 0 is the root. Per node: the alias ending there, and the first characters of the tokens
  // that may follow (bit `code & 31`): most words that start a name ("the", "ai", "model") are
  // followed by something else, and are dropped before any hashing.
  const edges = new TrieEdges();
  const entries: (Entry | null)[] = [null];
  const followers: number[] = [0];
  const rootFilter = newBitSet(1 << ROOT_FILTER_BITS);
  // First three characters of every first token: most words fail this before any hashing.
  const firstPairs = newBitSet(1 << 16);
  // Tier words of brandless shorthands ("sonnet"): seen with a number that names nothing, the
  // word is used in its ordinary sense in this text.
  const tierHashes = new Set<number>();
  // Undated model → its dated snapshots listed as models of their own.
  const snapshotsOf = new Map<number, [string, number][]>();
  for (const [base, date, snapshot] of index.snapshots ?? []) {
    const list = snapshotsOf.get(base) ?? [];
    list.push([date, snapshot]);
    snapshotsOf.set(base, list);
  }
  const sizesOfRelatives = narrowRelatives(siblingSizes(index.models), index);
  const fineTuneLines: ReadonlySet<string> = new Set(index.fineTuneLines ?? []);
  const namespaces: ReadonlySet<string> | null = index.namespaces ? new Set(index.namespaces) : null;

  const words = new Map<string, string>();
  const shared = (token: string): string => {
    const known = words.get(token);
    if (known !== undefined) return known;
    words.set(token, token);
    return token;
  };

  let sinceStep = 0;
  for (const alias of index.aliases) {
    if (++sinceStep > aliasesPerStep) {
      sinceStep = 1;
      yield;
    }
    // Thousands of aliases share their words ("claude", "3"): one string per word, not per alias.
    const tokens = tokensOf(alias.form).map(shared);
    if (tokens.length === 0) continue;
    let node = 0;
    tokens.forEach((token, i) => {
      const hash = hashToken(token);
      followers[node]! |= 1 << (token.charCodeAt(0) & 31);
      if (i === 0) {
        setBit(rootFilter, hash & 0xffff);
        const plain = token.replace('+', '');
        setBit(firstPairs, prefixKey(plain.charCodeAt(0), plain.length > 1 ? plain.charCodeAt(1) : 0, plain.length > 2 ? plain.charCodeAt(2) : 0));
      }
      let child = edges.get(node, hash);
      if (child < 0) {
        child = entries.length;
        entries.push(null);
        followers.push(0);
        edges.add(node, hash, child);
      }
      node = child;
    });
    entries[node] = {
      target: alias.target,
      tokens,
      exactText: alias.flags & EXACT_TEXT ? alias.form : null,
      spaced: (alias.flags & SPACED_TAIL) !== 0,
      derived: (alias.flags & DERIVED) !== 0,
      brandlessTier: alias.flags & BRANDLESS ? tokens[0]! : null,
      ordinary: (alias.flags & ORDINARY_WORD) !== 0,
      baseName: (alias.flags & BASE_NAME) !== 0,
    };
    if (alias.flags & BRANDLESS) tierHashes.add(hashToken(tokens[0]!));
  }
  // The scan's closures share this scope: let the table go.
  words.clear();
  // Nor does the scan read the alias forms or exact ids again (the trie has them): keep which
  // models the aliases name and let the rest of the index go, about 0.7 MB in every tab.
  const aliasTargets = Int32Array.from(new Set(index.aliases.filter((alias) => alias.target >= 0).map((alias) => alias.target)));
  index = { ...index, aliases: [], exactIds: [] };

  function scan(text: string): Mention[] {
    const mentions: Mention[] = [];
    const state: ScanState = { brandless: null, ordinaryTiers: null };
    scanState = state;
    const length = text.length;
    const classes = CHAR_CLASSES;
    const lowerCodes = LOWER_CODES;
    const pairs = firstPairs;
    // Imported constants are module bindings, checked on every read: copy them to locals.
    const letter = LETTER;
    const digit = DIGIT;
    const ignorable = IGNORABLE;
    const unknown = UNKNOWN;
    let i = 0;
    // The hot loop: tables read inline, no strings made; a word is looked at by its first three
    // characters, and hashed only when a name could start with them.
    while (i < length) {
      let code = text.charCodeAt(i);
      let cls = classes[code]!;
      if (cls === unknown) cls = classOf(code);
      if (cls !== letter && cls !== digit) {
        i += 1;
        continue;
      }
      // The first three characters of the word's first token (0 past its end).
      const second = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      let secondClass = classes[second]!;
      if (secondClass === unknown) secondClass = classOf(second);
      let third = 0;
      let thirdClass = 0;
      if (secondClass === cls) {
        third = i + 2 < length ? text.charCodeAt(i + 2) : 0;
        thirdClass = classes[third]!;
        if (thirdClass === unknown) thirdClass = classOf(third);
      }
      const candidate =
        secondClass === ignorable ||
        thirdClass === ignorable ||
        hasBit(
          pairs,
          prefixKey(
            lowerCodes[code]!,
            secondClass === cls ? lowerCodes[second]! : 0,
            secondClass === cls && thirdClass === cls ? lowerCodes[third]! : 0,
          ),
        );
      // How many characters from `i` are already read and known to continue the word.
      let read = secondClass !== cls ? 1 : thirdClass !== cls ? 2 : 3;
      if (candidate) {
        const firstEnd = readToken(text, i);
        // Up to the token's last character, which may be the plus of "R+".
        read = Math.max(read, firstEnd - 1 - i);
        const hash = tokenHash;
        if (hasBit(rootFilter, hash & 0xffff)) {
          const root = edges.get(0, hash);
          const found = root >= 0 && matchFrom(text, i, firstEnd, root);
          // "Dolphin 2.6 Mixtral 8x7b" is a fine-tune of Mixtral, not Mixtral.
          if (found && found.kind === 'specific' && fineTuneLines.size > 0 && followsFineTuneLine(text, found.start, fineTuneLines)) {
            i = found.end;
            continue;
          }
          if (found) {
            if (found.kind === 'specific') withGloss(text, found);
            if (!withStatedSize(text, found, mentions)) {
              i = found.end;
              continue;
            }
            mentions.push(found);
            i = found.kind === 'specific' ? followList(text, found, mentions) : followSizes(text, found, mentions);
            continue;
          }
          if (tierHashes.has(hash) && /^\s+\d/.test(text.slice(firstEnd, firstEnd + 4))) (state.ordinaryTiers ??= new Set()).add(hash);
        }
      }
      // No name starts inside a word: skip to its end.
      i += read;
      while (i < length) {
        code = text.charCodeAt(i);
        cls = classes[code]!;
        if (cls === unknown) cls = classOf(code);
        if (cls !== letter && cls !== digit && cls !== ignorable) {
          // Read already: no name starts at the character that ends the word either.
          i += 1;
          break;
        }
        // "2Nano Banana 2": a rendered table runs a rank into the name in the next cell.
        if (code <= 0x5a && code >= 0x41 && classes[text.charCodeAt(i - 1)] === digit) break;
        i += 1;
      }
    }
    return withoutOrdinaryTiers(withElliptical(text, mentions), state);
  }

  /** Adds the bare sizes and tiers that continue a name before them ("the 4B, 12B, and 27B sizes", "Small 3.1"), in text order. */
  function withElliptical(text: string, mentions: Mention[]): Mention[] {
    if (mentions.length === 0) return mentions;
    const added = [...familySizes(text, mentions, modelNamedBy), ...tierVersions(text, mentions, modelNamedBy), ...restatedVersions(text, mentions), ...subTierBases(text, mentions, idOf, modelNamedBy)];
    return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
  }

  /**
   * "Nano Banana 2 (Gemini 3.1 Flash)": a bracket that restates part of the model's own display
   * name ("Nano Banana 2 (Gemini 3.1 Flash Image Preview)") glosses the mention and belongs to it.
   * Where the bracket is the exact name of the model this one previews, the writer means that
   * release: "Nano Banana Pro (Gemini 3 Pro Image)".
   */
  function withGloss(text: string, mention: Mention): void {
    const next = text.charCodeAt(mention.end);
    if (next !== OPEN_BRACKET && !(next === 0x20 && text.charCodeAt(mention.end + 1) === OPEN_BRACKET)) return;
    const gloss = GLOSS.exec(text.slice(mention.end, mention.end + 64));
    if (!gloss) return;
    const glossTokens = tokensOf(gloss[1]!);
    if (glossTokens.length < 2) return;
    const model = index.models[mention.target]!;
    // "Nano Banana 2 (Gemini 3.1 Flash Image Preview)": the bracket names the preview of the release the name opens.
    const preview = modelNamedBy(glossTokens);
    if (preview !== null && index.models[preview]!.id === `${model.id}-preview`) {
      mention.end += gloss[0].length;
      mention.target = preview;
      return;
    }
    if (!` ${tokensOf(model.name).join(' ')} `.includes(` ${glossTokens.join(' ')} `)) return;
    // A bracket that is a name of its own ("Gemini 3 Pro Image (“Nano Banana Pro”)") is read as one.
    const named = modelNamedBy(glossTokens);
    const release = named !== null && model.id === `${index.models[named]!.id}-preview` ? named : releaseGlossed(model.id, glossTokens, modelWithId);
    if (named !== null && release === null && !glossLeadsApiName(model.name, glossTokens)) return;
    mention.end += gloss[0].length;
    if (release !== null) mention.target = release;
  }

  // Tier words by brand, made the first time a shorthand is followed by one.
  let brandTiers: Map<string, Set<string>> | null = null;
  function brandUsesTier(target: number, tier: string | null): boolean {
    if (tier === null) return false;
    // The models looked for in text: a reseller's "Claude 4.6 Opus Thinking Max" makes no Claude a "Max".
    brandTiers ??= tierWordsByBrand(
      new Set(Array.from(aliasTargets, (target) => index.models[target]!.name)),
      (word) => TIER_AFTER.test(` ${word}`),
    );
    const brand = brandOfName(index.models[target]!.name);
    return brand !== undefined && brandTiers.get(brand)?.has(tier) === true;
  }

  // Models by id, made the first time a gloss needs one.
  let modelsById: Map<string, number> | null = null;
  function modelWithId(id: string): { index: number; name: string } | undefined {
    modelsById ??= new Map(index.models.map((model, i) => [model.id, i]));
    const found = modelsById.get(id);
    return found === undefined ? undefined : { index: found, name: index.models[found]!.name };
  }

  /**
   * "`qwen3.5:cloud` — 397B", "llama3.2-vision:90b", "| Llama 3.3 | 70B |": a family and version
   * with the size the text gives it is the one model of that size. A model's bare name the text
   * then calls "a 30B parameter model" is its relative of that size, or nothing; so is the same
   * name written just before ("ollama pull qwen3-coder ``` Note: Qwen 3 coder is a 30B …").
   * False when the mention names no model.
   */
  function withStatedSize(text: string, mention: Mention, mentions: readonly Mention[]): boolean {
    if (mention.kind === 'family') {
      sizeFamily(text, mention);
      return true;
    }
    const size = sizeStatedAfter(text, mention.end);
    if (!size || sizesNamedBy(text.slice(mention.start, mention.end)).length > 0) return true;
    const sized = modelOfSize(mention.target, size);
    if (sized === null) return false;
    const previous = mentions[mentions.length - 1];
    if (previous?.kind === 'specific' && previous.target === mention.target && mention.start - previous.end <= SAME_NAME_GAP && !SENTENCE_BREAK.test(text.slice(previous.end, mention.start))) {
      previous.target = sized;
    }
    mention.target = sized;
    return true;
  }

  function sizeFamily(text: string, mention: Mention): void {
    // Only a runtime's spelling ("llama3.3", "qwen3.5:cloud"): a "Llama 3.3" cell may be a licence's name.
    if (!RUNTIME_SPELLING.test(text.slice(mention.start, mention.end))) return;
    const variant = variantAfter(text, mention.end);
    const tagged = readRuntimeSuffixes(text, variant?.end ?? mention.end);
    // "Qwen2.5-Math-7B", "Llama-3.1-8B": the name goes on as another.
    if (partOfCompound(text, tagged.end)) return;
    const size = tagged.size ?? sizeStatedAfter(text, tagged.end) ?? sizeOfRow(text, mention.start, tagged.end);
    if (!size) return;
    for (const tokens of sizedNames(tokensOf(text.slice(mention.start, mention.end)), variant?.word, size)) {
      const target = modelNamedBy(tokens);
      if (target === null) continue;
      Object.assign(mention, { target, kind: 'specific', end: tagged.end });
      return;
    }
  }

  /** Drops brandless shorthands whose tier word this text also uses as an ordinary word. */
  function withoutOrdinaryTiers(mentions: Mention[], state: ScanState): Mention[] {
    const { brandless, ordinaryTiers } = state;
    if (!brandless || !ordinaryTiers) return mentions;
    return mentions.filter((m) => {
      const tier = brandless.get(m);
      return tier === undefined || !ordinaryTiers.has(hashToken(tier));
    });
  }
  // The scan under way (scans do not nest).
  let scanState: ScanState = { brandless: null, ordinaryTiers: null };

  /**
   * The longest valid name starting at `start`, whose first token ends at `firstEnd`. When the
   * text goes on to spell a longer catalogue name it then departs from ("Gemini 3 Pro Image …"
   * against "Gemini 3 Pro Image Preview"), the shorter name is not what is meant: no match.
   */
  function matchFrom(text: string, start: number, firstEnd: number, root: number): Mention | null {
    let node = root;
    let end = firstEnd;
    let best: Mention | null = null;
    let wordsPastBest = 0;
    // Where a token was cut from the next table cell run into it: the name may end there.
    let cutEnd = -1;
    for (;;) {
      // A family word may carry its version glued on ("Qwen3"); a model name must end a word.
      const entry = entries[node]!;
      if (entry && (entry.target < 0 || end === cutEnd || endsWord(text, end) || cellStartsAt(text, end))) {
        const accepted = accept(text, start, end, entry);
        // Past a name that goes on as another, only a longer name may still match.
        if (accepted === REJECTED) best = null;
        else if (accepted) {
          best = accepted;
          wordsPastBest = 0;
        }
      }
      const next = followers[node]!;
      if (next === 0) break;
      let nextStart = skipSeparator(text, end);
      // "Claude Opus 4.7 (Fast)", "FLUX.1 [schnell]": one word in brackets may finish a name, and nothing follows it.
      const bracketed = nextStart < 0 ? bracketedWordAt(text, end) : -1;
      if (bracketed >= 0) nextStart = bracketed;
      if (nextStart < 0) break;
      // "Claude-V3.5 Sonnet", Fireworks' "llama-v3p1-70b": a "v" before a version and a "p" for its dot.
      let filler = bracketed < 0 && isVersionFiller(text, nextStart, nextStart + 1);
      if ((next & (1 << (LOWER_CODES[text.charCodeAt(nextStart)]! & 31))) === 0) {
        if (!filler) break;
        nextStart += 1;
        filler = false;
      }
      let tokenEnd = readToken(text, nextStart);
      if (bracketed >= 0 && text.charCodeAt(tokenEnd) !== closingOf(text.charCodeAt(bracketed - 1))) break;
      let child = edges.get(node, tokenHash);
      if (child < 0 && filler) {
        nextStart += 1;
        tokenEnd = readToken(text, nextStart);
        child = edges.get(node, tokenHash);
      }
      if (child < 0) {
        // "GPT-4-turboOpenAI", "Opus 4.71503.0": the next cell of a rendered table runs into the name.
        let cut = bracketed < 0 ? fusedCellCut(text, nextStart, tokenEnd, classOf(text.charCodeAt(nextStart)) === DIGIT && isSpacedNumber(text, end, nextStart, tokenEnd)) : -1;
        if (cut < 0) break;
        child = edges.get(node, hashOfRange(text, nextStart, cut));
        // "Exp-01-21|1398…": a two-digit part of the name before the score.
        if (child < 0 && tokenEnd - cut > FUSED_NUMBER_DIGITS && classOf(text.charCodeAt(nextStart)) === DIGIT) {
          cut += 1;
          child = edges.get(node, hashOfRange(text, nextStart, cut));
        }
        if (child < 0) break;
        tokenEnd = cut;
        cutEnd = cut;
      }
      node = child;
      if (best && classOf(text.charCodeAt(nextStart)) === LETTER && nextStart > end) wordsPastBest += 1;
      end = tokenEnd;
      if (bracketed >= 0) {
        const entry = entries[node];
        const accepted = entry ? accept(text, start, end, entry) : null;
        if (accepted && accepted !== REJECTED) return { ...accepted, end: Math.max(accepted.end, end + 1) };
        break;
      }
    }
    if (best?.kind === 'specific' && wordsPastBest > 0 && endsWord(text, end)) return null;
    return best;
  }

  /**
   * The model a size tag ("14b") names: the model itself when the size is its own, or no relative's
   * when its names state none; the one relative whose id names that size; else null.
   */
  function modelOfSize(target: number, size: string): number | null {
    // "Qwen3 Coder 480B A35B" (id "qwen/qwen3-coder"): the display name may state the size the id leaves out.
    const { id, name } = index.models[target]!;
    const sizes = [...sizesNamedBy(id), ...sizesNamedBy(name)];
    if (sizes.includes(size)) return target;
    const relatives = sizesOfRelatives.get(target)?.get(size);
    if (!relatives) return sizes.length > 0 ? null : target;
    return relatives.length === 1 ? relatives[0]! : null;
  }

  /** Whether a model's id or display name states its parameter count. */
  function statesSize(target: number): boolean {
    const { id, name } = index.models[target]!;
    return sizesNamedBy(id).length > 0 || sizesNamedBy(name).length > 0;
  }

  /** The model the written name from `start` (or past its last slash) names exactly, if one does. */
  function namedInFull(text: string, start: number, end: number): number | null {
    const written = text.slice(start, end);
    return modelNamedBy(tokensOf(written)) ?? modelNamedBy(tokensOf(written.slice(written.lastIndexOf('/') + 1)));
  }

  /** The snapshot of `date` the catalogue lists as a model of its own, if any. */
  function snapshotOf(target: number, date: string): number | undefined {
    const snapshots = snapshotsOf.get(target);
    const exact = snapshots?.find(([listed]) => sameDate(listed, date))?.[1];
    // A month is read only to reach another entry: the model's own dates do not make it one.
    return exact ?? snapshotInMonth(snapshots?.filter(([, snapshot]) => snapshot !== target), date) ?? previewLineSnapshot(index.models[target]!.id, date, snapshotsOfId);
  }

  function snapshotsOfId(id: string): [string, number][] | undefined {
    const model = modelWithId(id);
    return model && snapshotsOf.get(model.index);
  }

  function accept(text: string, start: number, end: number, entry: Entry): Mention | null | typeof REJECTED {
    // Hash collisions are possible; the tokens themselves decide.
    if (!tokensEqual(text, start, end, entry.tokens)) return null;
    if (entry.exactText !== null && !writtenAs(stripIgnorable(text.slice(start, end)), entry)) return null;
    if (entry.target < 0) return familyMention(text, start, end, entry);
    // "fine-tuned on Meta's Llama-3.1-70B": what a model is trained from is the pretrained checkpoint.
    if (entry.baseName && namedAsBase(text, start, end)) return null;
    if (headsFamilySection(text, start, end)) return null;
    // A shorthand inside a compound ("xGPT-4o", "chatgpt-4o-latest") is part of another name.
    if (entry.derived && insideCompound(text, start) && !servedUnderGateway(text, start, end)) return null;
    let dated = readDateAfter(text, end) ?? readPreviewCheckpointAfter(text, end);
    const month = dated ? null : readMonthDateAfter(text, end);
    if (month && snapshotOf(entry.target, month.date) !== undefined) dated = month;
    if (!dated) {
      const loose = readLooseDateAfter(text, end);
      if (loose && snapshotOf(entry.target, loose.date) !== undefined) dated = loose;
      // "DeepSeek-R1-0528142490.8": four digits run into a number may be a date or not; not the undated model.
      else if (loose?.fused && loose.date.length !== 8) return REJECTED;
      // "o3-2025-04-16" run into the next cell is still that date.
      else if (loose?.fused) dated = loose;
    }
    // "Kimi K2 (09/05)": a slash date counts only where it names exactly one listed snapshot.
    if (!dated) {
      const slash = readSlashDateAfter(text, end) ?? readBracketMonthDayAfter(text, end);
      if (slash && onlySnapshotOn(snapshotsOf.get(entry.target), slash.date) !== undefined) dated = slash;
    }
    // "llama-3.2-90b-vision-preview": a host's preview serving of an instruct build is that model.
    const extended = dated?.end ?? hostedPreviewEnd(text, end, index.models[entry.target]!) ?? end;
    // The name goes on as something the catalogue does not know: not this model, nor a shorter one.
    if ((continuesAsOtherName(text, start, extended) && !continuesAsList(text, extended, entry)) || (entry.derived && brandUsesTier(entry.target, tierAfter(text, extended)))) return REJECTED;
    // "QuantFactory/Meta-Llama-3.1-8B-GGUF": a quantised Hub repo named without "Instruct" is the pretrained
    // checkpoint's. A local output folder ("./llama-3.1-8b-gptq-4bit") is named as its author likes.
    if (entry.baseName && hasFormatSuffix(text, extended) && isHubRepoName(text, start)) return REJECTED;
    const suffixes = extendOverSuffixes(text, extended);
    // "Gemini-2.0-Flash-Thinking-Exp-01-21": past the build words, the name still goes on as another.
    if (suffixes.end > extended && continuesAsOtherName(text, start, suffixes.end)) return REJECTED;
    // "Meta-Llama-3.1-8B-GGUF … quantized version of meta-llama/Meta-Llama-3.1-8B": the pretrained checkpoint's quantization.
    if (entry.baseName && suffixes.end > extended && quantizesNamedBase(text, start, extended, suffixes.end)) return null;
    // "qwen2.5-coder:7b" is not the 32B model the name alone would open.
    let sized = suffixes.size ? modelOfSize(entry.target, suffixes.size) : entry.target;
    if (sized === null) return REJECTED;
    // "Qwen3-Coder-30B" is not the 480B model the bare name opens: a size written after a name
    // that states another is its relative of that size, or nothing.
    const sizeAfter = suffixes.size ? null : sizeWrittenAfter(text, suffixes.end);
    if (sizeAfter && statesSize(entry.target)) {
      sized = modelOfSize(entry.target, sizeAfter.size);
      if (sized === null) return REJECTED;
      suffixes.end = sizeAfter.end;
    }
    // "Meta-Llama-3.1-8B-Instruct-Turbo": with its build words the name may be another model's in full.
    if (suffixes.end > extended && !suffixes.size) sized = namedInFull(text, start, suffixes.end) ?? sized;
    // A region or gateway path can only sit right before a name that is written as an id.
    const before = text.charCodeAt(start - 1);
    const prefixed = (before === 0x2e || before === 0x2f) && ID_TEXT.test(text.slice(start, end));
    // "songfy/llama3.1:8b": a sized tag under a user's namespace is that user's upload.
    if (prefixed && namespaces && underUserNamespace(text, start, suffixes.end, namespaces)) return REJECTED;
    // "const gpt4o = initChatModel(…)": a variable named after its model is the programmer's name.
    if (namesCodeVariable(text, start, suffixes.end)) return REJECTED;
    const mention: Mention = {
      start: prefixed ? idStart(text, start) : start,
      end: suffixes.end,
      target: sized,
      kind: 'specific',
    };
    if (dated) {
      // A snapshot listed as a model of its own opens its own card; otherwise the undated model's, saying so.
      const snapshot = snapshotOf(entry.target, dated.date);
      if (snapshot !== undefined) mention.target = snapshot;
      else mention.snapshot = dated.written;
    }
    if (entry.brandlessTier) (scanState.brandless ??= new Map()).set(mention, entry.brandlessTier);
    return mention;
  }

  /**
   * "Llama 4", "Gemini 2.5", "GPT": a family, not one model. Words that are mostly
   * ordinary words count only with a version; the others only capitalised as brands are.
   */
  function familyMention(text: string, start: number, end: number, entry: Entry): Mention | null {
    const family = -1 - entry.target;
    const word = entry.tokens[0]!;
    const versionEnd = readVersion(text, end);
    if (versionEnd > end) return { start, end: versionEnd, target: family, kind: 'family' };
    if (entry.ordinary || AMBIGUOUS_WORDS.has(word) || !endsWord(text, end) || partOfCompound(text, end)) return null;
    const first = text.charCodeAt(start);
    return first >= 0x61 && first <= 0x7a ? null : { start, end, target: family, kind: 'family' };
  }

  /**
   * "Gemma 3 4B, 12B and 27B", "Claude Sonnet 4 and 4.5", "GPT-4.1 / 4.1 mini": each bare
   * size, version or tier that continues a list after a full name is read as that name with
   * its tail replaced, and marked when exactly one model fits. Returns where scanning goes on.
   */
  function followList(text: string, first: Mention, mentions: Mention[]): number {
    const after = text.charCodeAt(first.end);
    // Lists go on with ",", "/" or a space ("and", "or", "&").
    if (after !== 0x2c && after !== 0x2f && after !== 0x20) return first.end;
    let tokens: string[] | null = null;
    let sizeAt = -1;
    let end = first.end;
    for (;;) {
      const link = LIST_LINK.exec(text.slice(end, end + 12)) ?? stepLinkAt(text, end);
      if (!link) return end;
      if (!tokens) {
        tokens = tokensOf(text.slice(first.start, first.end));
        sizeAt = sizeStartInName(text.slice(first.start, first.end));
      }
      const next = readContinuation(text, end + link[0].length, tokens, sizeAt);
      if (!next) return end;
      mentions.push(next.mention);
      tokens = next.tokens;
      sizeAt = next.sizeAt;
      end = next.mention.end;
    }
  }

  /** "gpt-4.1-mini/nano": what follows the slash names a sibling, so the name ends at the slash. */
  function continuesAsList(text: string, end: number, entry: Entry): boolean {
    return text.charCodeAt(end) === 0x2f && readContinuation(text, end + 1, entry.tokens, sizeStartIn(entry.tokens)) !== null;
  }

  /**
   * "Llama 3.1 (70B, 8B)", "Gemma-2 (9B/27B)", "the Hermes 3 family (8B, 70B, 405B)": sizes in
   * brackets after a family and version name each that family's model of the size, where the
   * catalogue has exactly that name. Returns where scanning goes on.
   */
  function followSizes(text: string, family: Mention, mentions: Mention[]): number {
    const shared = sharedTailAfter(text, family, modelNamedBy);
    if (shared) {
      Object.assign(family, { target: shared.first, kind: 'specific' });
      mentions.push(shared.second);
      return shared.second.end;
    }
    const next = text.charCodeAt(family.end);
    if (next !== 0x20 && next !== OPEN_BRACKET) return family.end;
    const open = SIZES_OPEN.exec(text.slice(family.end, family.end + 20));
    if (!open) return family.end;
    const familyTokens = tokensOf(text.slice(family.start, family.end));
    let at = family.end + open[0].length;
    for (;;) {
      const item = readSizeItem(text, at, familyTokens);
      // A size the catalogue does not list ("Hermes 3 8B") is passed over, not read as another model.
      const skipped = item ? null : SIZE_ITEM.exec(text.slice(at, at + 8));
      if (!item && !skipped) return at;
      const end = item ? item.end : at + skipped![0].length;
      if (item) mentions.push(item);
      if (text.charCodeAt(end) === 0x29) return end + 1;
      const link = LIST_LINK.exec(text.slice(end, end + 12));
      if (!link) return end;
      at = end + link[0].length;
    }
  }

  /** The longest run of words at `start` ("11B vision") that, after the family's tokens, is a model's name. */
  function readSizeItem(text: string, start: number, familyTokens: readonly string[]): Mention | null {
    if (classOf(text.charCodeAt(start)) !== DIGIT) return null;
    const words: { token: string; end: number }[] = [];
    let at = start;
    while (words.length < MAX_CONTINUATION_TOKENS) {
      const tokenEnd = readToken(text, at);
      if (tokenEnd === at) break;
      words.push({ token: text.slice(at, tokenEnd).toLowerCase(), end: tokenEnd });
      const gap = /^[ -]?(?=[\p{L}\p{N}])/u.exec(text.slice(tokenEnd, tokenEnd + 2));
      if (!gap) break;
      at = tokenEnd + gap[0].length;
    }
    for (let length = words.length; length >= 1; length -= 1) {
      const end = words[length - 1]!.end;
      if (!endsWord(text, end)) continue;
      const target = modelNamedBy([...familyTokens, ...words.slice(0, length).map((w) => w.token)]);
      if (target !== null) return { start, end, target, kind: 'specific' };
    }
    return null;
  }

  /** The longest continuation at `start` that names exactly one model in place of the previous name's tail. */
  function readContinuation(text: string, start: number, previous: readonly string[], sizeAt: number): { mention: Mention; tokens: string[]; sizeAt: number } | null {
    const words: { token: string; end: number }[] = [];
    let at = start;
    // A full name ("… and claude-sonnet-4-20250514"), or one that states the brand again, is the scan's to read.
    const firstEnd = readToken(text, start);
    const root = edges.get(0, tokenHash);
    if (root >= 0 && matchFrom(text, start, firstEnd, root)) return null;
    if (text.slice(start, firstEnd).toLowerCase() === previous[0]) return null;
    while (words.length < MAX_CONTINUATION_TOKENS) {
      const cls = classOf(text.charCodeAt(at));
      if (cls !== LETTER && cls !== DIGIT) break;
      const tokenEnd = readToken(text, at);
      words.push({ token: text.slice(at, tokenEnd).toLowerCase(), end: tokenEnd });
      // "12B", "R1": tokens touch; "4.1 mini": one space, dot or hyphen between.
      const gap = /^[ .-]?(?=[\p{L}\p{N}])/u.exec(text.slice(tokenEnd, tokenEnd + 2));
      if (!gap) break;
      at = tokenEnd + gap[0].length;
    }
    for (let length = words.length; length >= 1; length -= 1) {
      const written = words.slice(0, length);
      const end = written[length - 1]!.end;
      // "4.6February 5, 2026": a rendered table runs the next cell into the version.
      if (!endsWord(text, end) && !cellStartsAt(text, end)) continue;
      // "o-series": a word that goes on as a compound is not a list item.
      if (partOfCompound(text, end) && !SAME_MODEL_SUFFIXES.has(wordAfterJoiner(text, end))) continue;
      const tail = written.map((w) => w.token);
      // "GPT-5 and 4 others": a bare whole number continues a list only where the list item ends.
      if (tail.length === 1 && /^\d+$/.test(tail[0]!) && !LIST_ITEM_END.test(text.slice(end, end + 6))) continue;
      const fits = new Map<number, string[]>();
      for (let kept = 1; kept < previous.length; kept += 1) {
        if (!cutKeepsFamily(previous, kept, tail, sizeAt)) continue;
        const candidate = [...previous.slice(0, kept), ...tail];
        const target = modelNamedBy(candidate);
        if (target !== null) fits.set(target, candidate);
      }
      if (fits.size > 1) return null;
      const [only] = fits;
      if (only) return { mention: { start, end, target: only[0], kind: 'specific' }, tokens: only[1], sizeAt: sizeAtAfterCut(only[1].length - tail.length, tail, sizeAt) };
    }
    return null;
  }

  function idOf(target: number): string {
    return index.models[target]!.id;
  }

  /** The model an exact token sequence names in the index, or null. */
  function modelNamedBy(tokens: readonly string[]): number | null {
    let node = 0;
    for (const token of tokens) {
      const child = edges.get(node, hashToken(token));
      if (child < 0) return null;
      node = child;
    }
    const entry = entries[node];
    if (!entry || entry.target < 0 || entry.exactText !== null) return null;
    return entry.tokens.length === tokens.length && entry.tokens.every((t, i) => t === tokens[i]) ? entry.target : null;
  }

  return { scan };
}

// A family and version as runtimes write them: lower case, no space.
const RUNTIME_SPELLING = /^[a-z][^\s]*$/;
// Between a bare name and its restatement with a size: a code fence, "> Note:".
const SAME_NAME_GAP = 40;
const SENTENCE_BREAK = /[.!?]\s|\n\s*\n/;

// A bracket right after a name: " (Gemini 3 Pro Image)".
const GLOSS = /^ ?\(([^()\n]{3,60})\)/;

// After a family and version: " (", " family (", " models (".
const SIZES_OPEN = /^ ?(?:family |models |series )?\(/;

const SIZE_ITEM = /^\d+(?:\.\d+)?[BbMm](?![\p{L}\p{N}])/u;

// Between items of a list: ", ", " and ", ", and ", " & ", " / ", " or ", and of a comparison: " vs ", " vs. ", " versus ".
export const LIST_LINK = /^(?:,\s*(?:and\s+|or\s+|&\s*)?|\s+(?:and|or|&|vs\.?|versus)\s+|\s*\/\s*)/;
// Where a list item ends: punctuation, a closing bracket, the end, or the next link.
const LIST_ITEM_END = /^(?:$|[\s]*[,;:.!?)\]]|\s+(?:and|or|&)\s|\s*\/)/;
const MAX_CONTINUATION_TOKENS = 6;

/**
 * A name that goes on past what the catalogue knows names something else: "Mistral Small 3.2"
 * is not "Mistral Small", "gpt-4-discussions" is not GPT-4. Build and format suffixes
 * ("-Instruct-Turbo", "-GGUF", "-FP8") do not change the model.
 */
function continuesAsOtherName(text: string, start: number, end: number): boolean {
  if (hasRuntimeSuffix(text, end) || reasoningOffAt(text, end) > 0) return false;
  if (VERSION_AFTER.test(text.slice(end, end + 8)) && mayTakeVersionAfter(text, start, end)) return true;
  const code = text.charCodeAt(end);
  if (code !== 0x2d && code !== 0x5f && code !== 0x2f && code !== 0x2011) return false;
  const next = end + 1;
  if (next >= text.length || classOf(text.charCodeAt(next)) !== LETTER) return false;
  const tokenEnd = readToken(text, next);
  return !SAME_MODEL_SUFFIXES.has(text.slice(next, tokenEnd).toLowerCase());
}

/**
 * Model cards name what a model was made from: "fine-tuned on Meta's Llama-3.1-70B", "quantized
 * version of meta-llama/Meta-Llama-3.1-8B", "the Llama-3.1 405B foundation model", or link the
 * base repo. Said of a size-only name, that is the pretrained checkpoint.
 */
function namedAsBase(text: string, start: number, end: number): boolean {
  if (MADE_FROM_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || BASE_AFTER.test(text.slice(end, end + 20))) return true;
  // "[Llama-3.1-8B](https://huggingface.co/meta-llama/Llama-3.1-8B)": a link to the repo of that very name.
  const link = HUB_LINK_AFTER.exec(text.slice(end, end + 120));
  return link !== null && link[1]!.toLowerCase() === text.slice(start, end).toLowerCase();
}
const HUB_LINK_AFTER = /^\]\(https?:\/\/huggingface\.co\/[\w.-]+\/([\w.-]+)\)/;
const MADE_FROM_BEFORE = /(?:fine-?tuned? (?:on|from)|fine-?tune of|quanti[sz]ed version of|quanti[sz]ations? of|base model:?)(?: the)?(?: \S+['’]s)? (?:[\w.-]+\/)?(?:[a-z]+-)?$/i;
const BASE_AFTER = /^ (?:foundation|base|pretrained|pre-trained) (?:model|checkpoint)/i;

// "Qwen3-235B-A22B-no-thinking": the same model with its reasoning switched off.
const REASONING_OFF = /^[-_ ]non?[-_ ](?:thinking|reasoning)(?![a-z])/i;

/** The length of "-no-thinking" at `end`, or 0. */
function reasoningOffAt(text: string, end: number): number {
  if ((text.charCodeAt(end + 1) | 0x20) !== 0x6e) return 0;
  return REASONING_OFF.exec(text.slice(end, end + 14))?.[0].length ?? 0;
}

/** "GPT Codex 5.1 Max": the tier word after a shorthand, which may make it a shorthand for another model. */
function tierAfter(text: string, end: number): string | null {
  const match = TIER_AFTER.exec(text.slice(end, end + 12));
  return match === null ? null : match[0].slice(1).toLowerCase();
}
const TIER_AFTER = /^[ \u00a0-](?:max|pro|mini|nano|lite|flash|plus|ultra|turbo|fast|preview|image|vision|audio|codex|coder|instruct|thinking)\b/i;

/** The mention covers the whole written word: "Llama-3.1-8B-Instruct-Turbo", "GPT-5.1-medium". */
function extendOverSuffixes(text: string, from: number): { end: number; size?: string } {
  let end = from;
  let size: string | undefined;
  for (;;) {
    const decorated = readRuntimeSuffixes(text, end);
    if (decorated.end > end) {
      size = decorated.size ?? size;
      end = decorated.end;
      continue;
    }
    const code = text.charCodeAt(end);
    if (code !== 0x2d && code !== 0x5f && code !== 0x2011) return { end, size };
    if (classOf(text.charCodeAt(end + 1)) !== LETTER) return { end, size };
    const reasoningOff = reasoningOffAt(text, end);
    if (reasoningOff > 0) {
      end += reasoningOff;
      continue;
    }
    const tokenEnd = readToken(text, end + 1);
    if (!SAME_MODEL_SUFFIXES.has(text.slice(end + 1, tokenEnd).toLowerCase()) || !endsWordOrJoins(text, tokenEnd)) return { end, size };
    end = tokenEnd;
  }
}

/** Whether the word the name starts in follows an owner's slash, as a Hub repo id does ("QuantFactory/Meta-…"). */
function isHubRepoName(text: string, start: number): boolean {
  let wordStart = start;
  while (wordStart > 0 && REPO_NAME_CHAR.test(text[wordStart - 1]!)) wordStart -= 1;
  if (text.charCodeAt(wordStart - 1) !== 0x2f) return false;
  const owner = classOf(text.charCodeAt(wordStart - 2));
  return owner === LETTER || owner === DIGIT;
}
const REPO_NAME_CHAR = /[A-Za-z0-9._-]/;

/** Written as an id: no spaces, and a joiner inside ("anthropic.claude-…", "gpt-4o"). */
const ID_TEXT = /^[^\s]*[-./:][^\s]*$/;


/**
 * Where a token that runs into the next cell of a rendered table is cut: before a capitalised
 * word ("turbo|OpenAI", "Opus|Anthropic"), or, in a number written right after the name or
 * after a dot, before four or more digits ("4.7|1503.0", "M1|1374"). -1 when it is one token.
 */
function fusedCellCut(text: string, start: number, end: number, separated: boolean): number {
  if (classOf(text.charCodeAt(start)) === LETTER) {
    for (let i = start + 1; i < end; i += 1) if (camelBoundary(text, i)) return i;
    return -1;
  }
  // A space before the number ("GPT-5 128000") leaves it a number of its own.
  if (separated && text.charCodeAt(start - 1) !== 0x2e) return -1;
  for (let cut = start + 1; cut <= start + 2 && end - cut >= FUSED_NUMBER_DIGITS; cut += 1) return cut;
  return -1;
}

/** Whether a table cell starts at `at`, run into the name before it (see `fusedCellCut`). */
function cellStartsAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const previous = text.charCodeAt(at - 1);
  if (camelBoundary(text, at)) return true;
  if (classOf(code) !== DIGIT) return false;
  // "8B8BQ4_K_M": a size runs into the size column.
  if ((previous === 0x42 || previous === 0x62) && classOf(text.charCodeAt(at - 2)) === DIGIT) return true;
  if (classOf(previous) !== LETTER) return false;
  let digits = 0;
  while (classOf(text.charCodeAt(at + digits)) === DIGIT) digits += 1;
  return digits >= FUSED_NUMBER_DIGITS;
}
// Four digits run on after a name are a score, a year or a count, not a version.
const FUSED_NUMBER_DIGITS = 4;

/**
 * A capital starting a capitalised word after a lower-case letter, a digit, a plus, a run of
 * capitals or a size: "turbo|OpenAI", "v3|ElevenLabs", "R+|Cohere", "TTS|Google", "70B|Meta".
 */
function camelBoundary(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x41 || code > 0x5a) return false;
  const next = text.charCodeAt(at + 1);
  if (next < 0x61 || next > 0x7a) return false;
  const previous = text.charCodeAt(at - 1);
  // "R+|Cohere"
  if ((previous >= 0x61 && previous <= 0x7a) || (previous >= 0x30 && previous <= 0x39) || previous === 0x2b) return true;
  // "TTS|Google", "70B|Meta"
  const beforePrevious = text.charCodeAt(at - 2);
  return previous >= 0x41 && previous <= 0x5a && ((beforePrevious >= 0x41 && beforePrevious <= 0x5a) || (beforePrevious >= 0x30 && beforePrevious <= 0x39));
}

function hashOfRange(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i += 1) hash = hashStep(hash, lowerOf(text.charCodeAt(i)));
  return hash;
}

function endsWordOrJoins(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return endsWord(text, end) || code === 0x2d || code === 0x5f;
}

// " 3.2 ", "-4 ": a short version number right after the name, then a break.
const VERSION_AFTER = /^[ \u00a0-]\d(?:\.\d{1,2})?(?=[\s,;:!?)\]]|$)/;
const SAME_MODEL_SUFFIXES = new Set([
  // builds and formats
  'instruct', 'chat', 'it', 'hf', 'gguf', 'ggml', 'awq', 'gptq', 'fp', 'bf', 'int', 'mlx', 'turbo', 'exl',
  'onnx', 'q', 'k', 'free', 'bnb', 'unsloth', 'quantized',
  // Ollama's hosted tags ("gpt-oss:120b-cloud")
  'cloud',
  // reasoning effort settings of one model
  'minimal', 'low', 'medium', 'high', 'xhigh', 'thinking',
  ...WRITTEN_SAME_MODEL_SUFFIXES,
]);

function endsWord(text: string, end: number): boolean {
  for (let i = end; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === IGNORABLE) continue;
    // "GPT-5" does not end inside "GPT-5.1": a dot before a digit continues the number.
    if (code === 0x2e) return classOf(text.charCodeAt(i + 1)) !== DIGIT;
    return cls !== LETTER && cls !== DIGIT;
  }
  return true;
}

function insideCompound(text: string, start: number): boolean {
  const code = text.charCodeAt(start - 1);
  const joins = code === 0x2d || code === 0x2e || code === 0x2f || code === 0x5f || code === 0x2011;
  if (!joins) return false;
  const before = classOf(text.charCodeAt(start - 2));
  return before === LETTER || before === DIGIT;
}

/** "GPT-4omega", "Grok.js": the word goes on through a hyphen, dot or slash. */
function partOfCompound(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  const joinsOn = code === 0x2d || code === 0x2e || code === 0x2f || code === 0x5f || code === 0x2011;
  if (!joinsOn) return false;
  const next = classOf(text.charCodeAt(end + 1));
  return next === LETTER || next === DIGIT;
}

const OPEN_BRACKET = 0x28;
const OPEN_SQUARE_BRACKET = 0x5b;

/** ")" for "(", "]" for "[". */
function closingOf(open: number): number {
  return open === OPEN_BRACKET ? 0x29 : 0x5d;
}

/** The lower-case word after the joiner at `end` ("series" in "o-series"). */
function wordAfterJoiner(text: string, end: number): string {
  return text.slice(end + 1, readToken(text, end + 1)).toLowerCase();
}

/** Start of the word in " (Fast)" or " [schnell]" right after a name, or -1. */
function bracketedWordAt(text: string, end: number): number {
  let i = end;
  if (text.charCodeAt(i) === 0x20) i += 1;
  const open = text.charCodeAt(i);
  if (open !== OPEN_BRACKET && open !== OPEN_SQUARE_BRACKET) return -1;
  const cls = classOf(text.charCodeAt(i + 1));
  return cls === LETTER ? i + 1 : -1;
}

/** Start of the next token after a separator of joiners, or -1 when something else intervenes. */
function skipSeparator(text: string, from: number): number {
  let punctuation = 0;
  let lineBreaks = 0;
  let i = from;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === IGNORABLE) continue;
    if (cls !== JOINER) break;
    if (code === 0x0a) lineBreaks += 1;
    else if (code !== 0x20 && code !== 0x09 && code !== 0x0d && code !== 0xa0) {
      // A full stop followed by a space ends a sentence; a dot inside "4.5" or "anthropic.claude" joins.
      if (code === 0x2e && classOf(text.charCodeAt(i + 1)) === JOINER) return -1;
      punctuation += 1;
    }
    if (lineBreaks > 1 || punctuation > MAX_PUNCTUATION_BETWEEN_TOKENS) return -1;
  }
  if (i >= text.length) return -1;
  const cls = classOf(text.charCodeAt(i));
  return cls === LETTER || cls === DIGIT ? i : -1;
}

/** A version after a family word: " 4", "-3.1", "2.5" — digits, dot-separated, ending a word. */
function readVersion(text: string, from: number): number {
  let i = from;
  const code = text.charCodeAt(i);
  if (code === 0x20 || code === 0x2d || code === 0xa0 || code === 0x2011) i += 1;
  const versionStart = i;
  while (i < text.length) {
    const digitsStart = i;
    while (i < text.length && classOf(text.charCodeAt(i)) === DIGIT) i += 1;
    if (i === digitsStart) break;
    if (text.charCodeAt(i) === 0x2e && classOf(text.charCodeAt(i + 1)) === DIGIT) i += 1;
    else break;
  }
  if (i === versionStart || i === from || !endsWord(text, i)) return from;
  return i;
}

function writtenAs(written: string, entry: Entry): boolean {
  return written === entry.exactText || (entry.spaced && written.replaceAll(' ', '-') === entry.exactText);
}

function stripIgnorable(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

// Finds self-harm and suicide language in a patient's note. Pure: no I/O.
//
// Phrase syntax (admins edit the list as plain text, one phrase per line):
//   - A phrase is words separated by spaces. Case, accents, apostrophes and punctuation do not matter:
//     "can't", "cant" and "CAN’T" are the same word; "self-harm" is the words "self harm".
//   - A word ending in * matches any word that starts with it: "suicid*" matches suicide, suicidal,
//     suicidality. The * goes only at the end of a word, after at least 3 letters.
//   - Up to `maxGap` other words may stand between a phrase's words, so "want* to die" also matches
//     "want to just die". Small words can therefore be left out of a phrase to catch more ways of
//     saying it: "wish never born" matches "I wish I was never born" and "wish I'd never been born".
//   - Joined and split spellings match either way: "self harm*" matches "selfharm" and "self harming";
//     "myself" matches "my self"; "kil* myself" matches "killmyself".
//   - Common contractions are spelt out on both sides, so "dont", "don't" and "do not" are the same,
//     "cant"/"cannot" are "can not", and "wanna"/"gonna" are "want to"/"going to".
//
// The note is normalised the same way as the phrases, plus what people do when typing in distress or
// hiding a word from a filter: letters held down ("dieeee"), leetspeak digits inside words
// ("su1c1de", "k1ll mys3lf"), a word spelt letter by letter ("s u i c i d e"), text-speak
// ("want 2 die"), full-width or accented letters, invisible characters.
//
// There is deliberately no negation handling: "I'm not suicidal" flags. A person may write that
// while meaning the opposite, and a missed message is far worse than a needless review.

/** Words allowed between two consecutive words of a phrase, unless the rules say otherwise. */
export const DEFAULT_MAX_GAP = 2;

/** A wildcard must keep at least this much of a word, or "a*" would match almost every note. */
export const MIN_WILDCARD_STEM = 3;

/** The most words a single phrase word may be spread over ("sui cide", "my self"), unless spelt out letter by letter. */
const MAX_SPLIT_TOKENS = 3;
/** The most single letters read as one word ("k m s", "s u i c i d a l"). */
const MAX_SPELT_LETTERS = 24;

type Token = {
  /** The word's spellings to try: as written, and with held-down letters shortened to one. */
  forms: string[];
  start: number;
  end: number;
  /** The word is the first half of a hyphenated compound ("self" in "self-esteem"). */
  hyphenatedToNext: boolean;
};

type PhraseWord = { stem: string; wildcard: boolean };

type CompiledPhrase = { words: PhraseWord[]; groups: RegExp[][] };

/** One phrase that matched, and the patient's own words that matched it: note.slice(start, end). */
export type ConcerningMatch = { phrase: string; quote: string; start: number; end: number };

const APOSTROPHES = "'’‘ʼ`´＇";
// Word characters in raw text: letters, marks, digits, invisible formatting, leetspeak symbols and
// apostrophes; "!" only between letters ("k!ll"), since elsewhere it ends a sentence.
const RAW_WORD = new RegExp(`(?:[\\p{L}\\p{M}\\p{N}\\p{Cf}@$${APOSTROPHES}]|(?<=\\p{L})!(?=\\p{L}))+`, "gu");
const RAW_PHRASE_WORD = new RegExp(`${RAW_WORD.source}\\*?`, "gu");
const HYPHEN_NEXT = /^[-\u2010\u2011]\p{L}/u;
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };
const LEET_CHARS = /[013457@$!]/g;
const HELD_LETTER = /(\p{L})\1{2,}/gu;

// Spelt out on both sides so a phrase written one way matches the others. A Map, not an object:
// a note saying "constructor" must not find Object.prototype's.
const SPELLED_OUT = new Map<string, string[]>(
  Object.entries({
    dont: ["do", "not"],
    doesnt: ["does", "not"],
    didnt: ["did", "not"],
    cant: ["can", "not"],
    cannot: ["can", "not"],
    isnt: ["is", "not"],
    wasnt: ["was", "not"],
    werent: ["were", "not"],
    wont: ["will", "not"],
    wouldnt: ["would", "not"],
    couldnt: ["could", "not"],
    shouldnt: ["should", "not"],
    wanna: ["want", "to"],
    wana: ["want", "to"],
    gonna: ["going", "to"],
    tryna: ["trying", "to"],
    // Dialect and the commonest slip of the fingers.
    meself: ["myself"],
    myslef: ["myself"],
    // Text-speak: "want 2 die", "nothing 2 live 4".
    "2": ["to"],
    "4": ["for"],
  }),
);

/** A raw word as plain lower-case letters and digits, or "" when nothing is left. */
function plainWord(raw: string): string {
  let word = raw
    .normalize("NFKD")
    .replace(/[\p{M}\p{Cf}]/gu, "")
    .toLowerCase();
  // Digits and symbols inside a word are leetspeak; a number on its own stays a number.
  word = /\p{L}/u.test(word) ? word.replace(LEET_CHARS, (c) => LEET[c]) : word;
  return word.replace(/[^\p{L}\p{N}]/gu, "");
}

/** The spellings of a word to try: held-down letters shortened to one ("dieeee" → "die") and to two ("killll" → "kill"). */
function spellings(word: string): string[] {
  if (!word.match(HELD_LETTER)) return [word];
  return [...new Set([word.replace(HELD_LETTER, "$1"), word.replace(HELD_LETTER, "$1$1")])];
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(RAW_WORD)) {
    const forms = spellings(plainWord(match[0]));
    if (forms[0] === "") continue;
    const start = match.index;
    const end = start + match[0].length;
    const hyphenatedToNext = HYPHEN_NEXT.test(text.slice(end, end + 2));
    const spelledOut = forms.map((form) => SPELLED_OUT.get(form)).find((words) => words !== undefined);
    if (spelledOut) {
      spelledOut.forEach((word, i) =>
        tokens.push({ forms: [word], start, end, hyphenatedToNext: hyphenatedToNext && i === spelledOut.length - 1 }),
      );
    } else {
      tokens.push({ forms, start, end, hyphenatedToNext });
    }
  }
  return tokens;
}

function phraseWords(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (const [raw] of phrase.matchAll(RAW_PHRASE_WORD)) {
    const wildcard = raw.endsWith("*");
    const word = plainWord(wildcard ? raw.slice(0, -1) : raw);
    if (word === "") continue;
    // A phrase has one spelling: held-down letters keep two, like most English double letters.
    const stem = word.replace(HELD_LETTER, "$1$1");
    const spelledOut = wildcard ? undefined : SPELLED_OUT.get(stem);
    words.push(...(spelledOut ?? [stem]).map((s) => ({ stem: s, wildcard })));
  }
  return words;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function fragment(word: PhraseWord): string {
  return escapeRegExp(word.stem) + (word.wildcard ? "[\\p{L}\\p{N}]*" : "");
}

// Compiled once per phrase: the same list is matched against every check-in.
const compiled = new Map<string, CompiledPhrase>();
const COMPILED_MAX = 5000;

function compilePhrase(phrase: string): CompiledPhrase {
  let found = compiled.get(phrase);
  if (!found) {
    // Admins editing the list over months must not grow this without bound.
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    found = compileNew(phrase);
    compiled.set(phrase, found);
  }
  return found;
}

function compileNew(phrase: string): CompiledPhrase {
  const words = phraseWords(phrase);
  // groups[j][k - j] matches words j..k written as one word ("killmyself" for "kil* myself").
  const groups = words.map((_, j) =>
    words.slice(j).map((__, n) => new RegExp(`^${words.slice(j, j + n + 1).map(fragment).join("")}$`, "u")),
  );
  return { words, groups };
}

/** Why a phrase cannot be used as written, in words for the admin, or null when it is fine. */
export function phraseProblem(phrase: string): string | null {
  if (/(?:^|[^\p{L}\p{N}])\*|\*(?=\S)/u.test(phrase.trim())) {
    return `Put * only at the end of a word, as in “suicid*”: “${phrase}”`;
  }
  const words = phraseWords(phrase);
  if (words.length === 0) return `A phrase needs at least one word: “${phrase}”`;
  if (words.some((w) => w.wildcard && w.stem.length < MIN_WILDCARD_STEM)) {
    return `Keep at least ${MIN_WILDCARD_STEM} letters before a *, or it matches almost anything: “${phrase}”`;
  }
  return null;
}

/** One is the start of the other: a token that could begin, or be part of, a phrase word. */
function prefixEitherWay(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The note's tokens by their first letter, so each phrase only tries the tokens that could start it. */
function indexByFirstLetter(tokens: readonly Token[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const letter = token.forms[0][0];
    const list = index.get(letter);
    if (list) list.push(i);
    else index.set(letter, [i]);
  });
  return index;
}

/** Matches one phrase in the note's tokens: the first and last token of the earliest match, or null. */
function findPhrase(phrase: CompiledPhrase, tokens: readonly Token[], starts: ReadonlyMap<string, number[]>, maxGap: number): [number, number] | null {
  const { words, groups } = phrase;
  const memo = new Map<number, number>();

  // The last token of a match of words j.. that starts exactly at token i, or -1.
  const matchFrom = (i: number, j: number): number => {
    const key = i * words.length + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result = -1;
    for (const [lastWord, lastToken] of steps(i, j)) {
      if (lastWord === words.length - 1) {
        result = lastToken;
        break;
      }
      for (let next = lastToken + 1; next <= lastToken + 1 + maxGap && next < tokens.length && result < 0; next++) {
        result = matchFrom(next, lastWord + 1);
      }
      if (result >= 0) break;
    }
    memo.set(key, result);
    return result;
  };

  // Ways words j.. can begin at token i: [last phrase word used, last token used].
  const steps = (i: number, j: number): [number, number][] => {
    const stem = words[j].stem;
    const forms = tokens[i].forms;
    // Every way starts with the token and the word agreeing as far as the shorter goes: most tokens stop here.
    if (!forms.some((form) => prefixEitherWay(form, stem))) return [];
    const found: [number, number][] = [];
    // One token for one or more phrase words ("kill", or "killmyself" for "kil* myself").
    for (let k = j; k < words.length; k++) {
      if (forms.some((form) => groups[j][k - j].test(form))) found.push([k, i]);
    }
    // Several tokens for one phrase word ("my self" for "myself", "sui cide" or "s u i c i d e" for
    // "suicid*"), but not half a hyphenated compound ("my self-esteem" is not "myself"), and a
    // wildcard may only lengthen the last of them (so "kil*" never swallows "kill time").
    // Longest first, so the quote has all the letters.
    const joins: [number, number][] = [];
    let [plain, alternate] = [forms[0], forms[forms.length - 1]];
    let before = 0;
    let letterByLetter = plain.length === 1;
    for (let last = i + 1; last < tokens.length && last - i < MAX_SPELT_LETTERS; last++) {
      const next = tokens[last];
      before += tokens[last - 1].forms[0].length;
      plain += next.forms[0];
      alternate += next.forms[next.forms.length - 1];
      letterByLetter &&= next.forms[0].length === 1;
      const joined = [plain, alternate];
      // Once the letters part from the word's, longer joins cannot match either.
      if ((last - i >= MAX_SPLIT_TOKENS && !letterByLetter) || !joined.some((text) => prefixEitherWay(text, stem))) break;
      if (next.hyphenatedToNext || (words[j].wildcard && !letterByLetter && stem.length <= before)) continue;
      if (joined.some((text) => groups[j][0].test(text))) joins.unshift([j, last]);
    }
    return [...found, ...joins];
  };

  for (const i of starts.get(words[0].stem[0]) ?? []) {
    const last = matchFrom(i, 0);
    if (last >= 0) return [i, last];
  }
  return null;
}

const QUOTE_MAX = 80;

function quoteOf(note: string, start: number, end: number): string {
  const quote = note.slice(start, end).replace(/\s+/g, " ");
  return quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote;
}

/** Each phrase (as written in the list, in list order, once) that the note matches, with the words that matched it. */
export function findConcerningMatches(note: string, phrases: readonly string[], maxGap = DEFAULT_MAX_GAP): ConcerningMatch[] {
  const tokens = tokenise(note);
  const starts = indexByFirstLetter(tokens);
  const matches: ConcerningMatch[] = [];
  for (const phrase of new Set(phrases)) {
    const phraseMatcher = compilePhrase(phrase);
    if (phraseMatcher.words.length === 0) continue;
    const found = findPhrase(phraseMatcher, tokens, starts, maxGap);
    if (found) {
      const [start, end] = [tokens[found[0]].start, tokens[found[1]].end];
      matches.push({ phrase, quote: quoteOf(note, start, end), start, end });
    }
  }
  return matches;
}

/** The passages of the note that matches cover, in the note's order, overlapping ones as one ("want to end it" and "end it all"). */
export function matchedPassages(note: string, matches: readonly ConcerningMatch[]): string[] {
  const spans: [number, number][] = [];
  for (const { start, end } of matches.toSorted((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  return [...new Set(spans.map(([start, end]) => quoteOf(note, start, end)))];
}

/** The phrases (as written in the list) that the note matches, in list order. */
export function findConcerningPhrases(note: string, phrases: readonly string[], maxGap = DEFAULT_MAX_GAP): string[] {
  return findConcerningMatches(note, phrases, maxGap).map((m) => m.phrase);
}

// Hostile values for property-based tests: what a script, a tampered form or a pasted document
// can send to a schema or a server action.
import fc from "fast-check";

/** More than any field accepts: a short piece repeated past 10,000 characters. */
export const longText = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 4 }), fc.integer({ min: 10_000, max: 12_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)));

// Just inside and just past the sizes fields and columns use, in one- and two-unit characters.
const BOUNDARY_LENGTHS = [5, 6, 8, 9, 10, 16, 17, 20, 21, 30, 31, 60, 61, 64, 65, 100, 101, 120, 121, 128, 129, 200, 201, 254, 255, 280, 281, 500, 501, 1000, 1001, 2000, 2001];
const BOUNDARY_UNITS = ["a", "é", "😀", " x", "<", "7"];

/** Every text at a boundary length, for checks that try them all. */
export const BOUNDARY_TEXTS: readonly string[] = BOUNDARY_LENGTHS.flatMap((length) => BOUNDARY_UNITS.map((unit) => unit.repeat(length)));

export const boundaryText = fc.constantFrom(...BOUNDARY_TEXTS);

/** Text that looks like one thing and is another: bidi overrides, invisible and combining characters, astral and broken UTF-16. */
export const unusualUnicode = fc.oneof(
  fc.constantFrom(
    "\u202Eevil\u202C", // right-to-left override
    "\u2066isolate\u2069\u200F",
    "zero\u200Bwidth\u200C\u200D\uFEFF",
    "e\u0301\u0308\u0327\u0338\u20DD",
    "Z\u0334\u0321\u0322\u0347\u0344\u033E",
    "😀👩‍👩‍👧‍👦🏳️‍🌈𝕳𝖊𝖑𝖑𝖔",
    "\uD800lone high",
    "lone low\uDFFF",
    "\uDBFF\uD800",
    "مرحبا שלום 你好",
    "\u00A0\u2028\u2029\u3000",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** C0 and C1 controls, NUL and DEL, alone or inside otherwise ordinary text. */
export const controlCharacters = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "\u0007\u0008\u001B[31m", "\u007F", "\u0085\u009B", "line\rbreak\nand\ttab", "\f\v"),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 20 }),
);

/** Markup a page or an email must show as text. */
export const markup = fc.constantFrom(
  "<script>alert(1)</script>",
  '<img src=x onerror="window.__pwned=1">',
  "<b>bold</b> & <i>italic</i>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}} ${7*7} <%= 7*7 %>",
  "&lt;escaped&gt; &amp; &#x3C;",
  "<!-- comment --><![CDATA[x]]>",
  "=HYPERLINK(\"http://x\")",
);

/** SQL a string-built query would run. */
export const sqlFragments = fc.constantFrom(
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  "; DROP TABLE users",
  '" OR ""="',
  "1; SELECT SLEEP(5)",
  "\\'; --",
  "%' UNION SELECT password_hash FROM users --",
);

/** Numbers out of every range, written as a form would send them. */
export const oddNumbers = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e308, 5e-324, 0.1 + 0.2),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
);
export const oddNumberText = fc.oneof(
  oddNumbers.map(String),
  fc.constantFrom("1e3", "0x10", " 7 ", "7abc", "+5", "٣", "１", "3.5", "", " "),
);

/** Hostile text a free-text field (a note, a reply) may legitimately hold: it must be kept as written. */
export const acceptableText = fc.oneof(markup, sqlFragments, unusualUnicode);

/** Any hostile text; field-sized values more often than the very long ones. */
export const hostileText = fc.oneof(
  { arbitrary: markup, weight: 3 },
  { arbitrary: sqlFragments, weight: 3 },
  { arbitrary: unusualUnicode, weight: 3 },
  { arbitrary: controlCharacters, weight: 2 },
  { arbitrary: oddNumberText, weight: 2 },
  { arbitrary: boundaryText, weight: 1 },
  { arbitrary: longText, weight: 1 },
  { arbitrary: fc.string(), weight: 1 },
);

/** Values of the wrong type altogether, as JSON or a tampered client can send them. */
export const wrongTypes = fc.oneof(
  fc.constantFrom(null, undefined, true, false, [], {}, ["a", "b"], { toString: "x" }, { __proto__: { admin: true } }),
  oddNumbers,
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileText, { maxKeys: 3 }),
);

/** Anything at all for one field. */
export const hostileValue = fc.oneof(hostileText, wrongTypes);

/** What a form posts for a field: text, so wrong types arrive as their string forms ("null", "[object Object]"). */
export const hostileFormText = fc.oneof({ arbitrary: hostileText, weight: 3 }, { arbitrary: wrongTypes.map(asFormText), weight: 1 });

/** How a client's String() would write a value; objects without a usable toString as "[object Object]". */
function asFormText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "[object Object]";
  }
}

const MISSING = Symbol("missing");

/**
 * A form-shaped record: the valid values given, with one to three fields replaced by `hostile`
 * values or (unless `omit` is false) left out, as a form that omits them posts nothing.
 */
export function withHostileFields<T, V>(
  valid: Record<string, T>,
  hostile: fc.Arbitrary<V>,
  options: { omit?: boolean } = {},
): fc.Arbitrary<Record<string, T | V>> {
  const fields = Object.keys(valid);
  const replacement = options.omit === false ? hostile : fc.oneof({ arbitrary: hostile, weight: 4 }, { arbitrary: fc.constant(MISSING), weight: 1 });
  return fc
    .tuple(fc.subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) }), fc.array(replacement, { minLength: 3, maxLength: 3 }))
    .map(([chosen, values]) => {
      const out: Record<string, T | V> = { ...valid };
      chosen.forEach((field, index) => {
        const value = values[index];
        if (value === MISSING) delete out[field];
        else out[field] = value as V;
      });
      return out;
    });
}

/** A FormData carrying the record's text fields. */
export function toFormData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

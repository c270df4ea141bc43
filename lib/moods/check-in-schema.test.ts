import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MINUTES_MAX, MINUTES_STEP, NOTE_MAX } from "./check-in-limits";
import { checkInSchema } from "./check-in-schema";

const MOOD_MESSAGE = "Choose the face closest to how you feel";
const NOTE_TOO_LONG = "Your message must be at most 280 characters";
const NOTE_NOT_TEXT = "Your message must be text of at most 280 characters";
const MINUTES_RANGE = "Minutes must be from 0 to 120";
const MINUTES_WHOLE = "Minutes must be a whole number from 0 to 120";
const MINUTES_NUMBER = "Minutes must be a number from 0 to 120";
const MINUTES_STEPS = "Minutes go in steps of 5";

function parse(input: unknown) {
  return checkInSchema.safeParse(input);
}

/** The messages per field for input the schema refuses (and a failure if it accepts it). */
function errorsOf(input: unknown): Partial<Record<string, string[]>> {
  const result = parse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

function dataOf(input: unknown) {
  const result = parse(input);
  if (!result.success) throw new Error(`expected ${String(JSON.stringify(input))} to be accepted: ${result.error.message}`);
  return result.data;
}

describe("checkInSchema limits", () => {
  it("allows a 280-character note and up to 120 minutes in steps of 5", () => {
    expect(NOTE_MAX).toBe(280);
    expect(MINUTES_MAX).toBe(120);
    expect(MINUTES_STEP).toBe(5);
  });
});

describe("checkInSchema: a valid check-in", () => {
  it("reads the minimal form as a mood with no note and no minutes", () => {
    expect(dataOf({ mood: "3" })).toEqual({ mood: 3, note: null, minutes: 0 });
  });

  it("reads a full form", () => {
    expect(dataOf({ mood: "6", note: "A walk by the river", minutes: "15" })).toEqual({
      mood: 6,
      note: "A walk by the river",
      minutes: 15,
    });
  });

  it.each([1, 2, 3, 4, 5, 6, 7])("accepts mood %i", (mood) => {
    expect(dataOf({ mood: String(mood) }).mood).toBe(mood);
  });

  it("drops fields it does not know", () => {
    expect(dataOf({ mood: "4", patientId: "99", $ACTION_ID_x: "" })).toEqual({ mood: 4, note: null, minutes: 0 });
  });
});

describe("checkInSchema: mood", () => {
  it.each([
    ["missing", {}],
    ["empty", { mood: "" }],
    ["0", { mood: "0" }],
    ["8", { mood: "8" }],
    ["-1", { mood: "-1" }],
    ["3.5", { mood: "3.5" }],
    ["abc", { mood: "abc" }],
    ["Infinity", { mood: "Infinity" }],
    ["NaN", { mood: "NaN" }],
    ["a face", { mood: "🙂" }],
    ["the word", { mood: "Good" }],
  ])("refuses a mood that is %s, on the mood field", (_label, input) => {
    expect(errorsOf(input)).toEqual({ mood: [MOOD_MESSAGE] });
  });

  it("reports a bad mood alongside a bad note and bad minutes", () => {
    expect(errorsOf({ mood: "9", note: "x".repeat(281), minutes: "7" })).toEqual({
      mood: [MOOD_MESSAGE],
      note: [NOTE_TOO_LONG],
      minutes: [MINUTES_STEPS],
    });
  });
});

describe("checkInSchema: note", () => {
  it.each([
    ["absent", undefined, null],
    ["empty", "", null],
    ["only spaces", "   ", null],
    ["only whitespace and newlines", " \n\t \r\n", null],
    ["padded", "  slept well  ", "slept well"],
    ["padded with newlines", "\nslept well\n", "slept well"],
    ["several lines", "slept well\nate well", "slept well\nate well"],
    ["280 characters", "x".repeat(280), "x".repeat(280)],
    ["280 characters with spaces around", `  ${"x".repeat(280)}  `, "x".repeat(280)],
    // Length counts code points (as the utf8mb4 column does), not UTF-16 units or what the eye sees.
    ["280 emoji", "🙂".repeat(280), "🙂".repeat(280)],
    ["56 family emoji of 5 code points each", "👨‍👩‍👧".repeat(56), "👨‍👩‍👧".repeat(56)],
  ])("reads a note that is %s", (_label, note, expected) => {
    expect(dataOf({ mood: "5", note }).note).toBe(expected);
  });

  it.each([
    ["281 characters", "x".repeat(281)],
    ["281 characters after trimming", ` ${"x".repeat(281)} `],
    ["281 emoji", "🙂".repeat(281)],
    ["57 family emoji of 5 code points each", "👨‍👩‍👧".repeat(57)],
    ["far too long", "x".repeat(10_000)],
  ])("refuses a note of %s, on the note field", (_label, note) => {
    expect(errorsOf({ mood: "5", note })).toEqual({ note: [NOTE_TOO_LONG] });
  });
});

describe("checkInSchema: minutes", () => {
  const steps = Array.from({ length: MINUTES_MAX / MINUTES_STEP + 1 }, (_, i) => i * MINUTES_STEP);

  it.each(steps)("accepts %i minutes", (minutes) => {
    expect(dataOf({ mood: "5", minutes: String(minutes) }).minutes).toBe(minutes);
  });

  it("defaults to 0 when the field is absent", () => {
    expect(dataOf({ mood: "5" }).minutes).toBe(0);
  });

  it("reads an empty field as 0", () => {
    expect(dataOf({ mood: "5", minutes: "" }).minutes).toBe(0);
  });

  it.each([
    ["125", [MINUTES_RANGE]],
    ["240", [MINUTES_RANGE]],
    ["-5", [MINUTES_RANGE]],
    ["-7", [MINUTES_RANGE, MINUTES_STEPS]],
    ["7", [MINUTES_STEPS]],
    ["1", [MINUTES_STEPS]],
    ["119", [MINUTES_STEPS]],
    ["7.5", [MINUTES_WHOLE]],
    ["abc", [MINUTES_NUMBER]],
    ["NaN", [MINUTES_NUMBER]],
    ["Infinity", [MINUTES_NUMBER]],
  ])("refuses %j minutes with the module's messages", (minutes, messages) => {
    expect(errorsOf({ mood: "5", minutes })).toEqual({ minutes: messages });
  });
});

describe("checkInSchema: input that is not a form of strings never throws", () => {
  it.each([
    ["mood", 3],
    ["mood", -3],
    ["mood", ["3"]],
    ["mood", []],
    ["mood", {}],
    ["mood", null],
    ["mood", true],
    ["mood", Symbol("mood")],
    ["mood", 10n],
    ["note", 5],
    ["note", ["a"]],
    ["note", {}],
    ["note", null],
    ["note", false],
    ["minutes", 10],
    ["minutes", [10, 20]],
    ["minutes", {}],
    ["minutes", null],
    ["minutes", Symbol("minutes")],
  ])("with %s set to %s", (field, value) => {
    const input = { mood: "4", [field]: value };
    expect(() => parse(input)).not.toThrow();
  });

  it.each([null, undefined, "mood=3", 3, [], [{ mood: "3" }]])("refuses %j as a whole", (input) => {
    const result = parse(input);
    expect(result.success).toBe(false);
  });

  it.each([
    ["numbers", { mood: 3, minutes: 10 }, { mood: 3, note: null, minutes: 10 }],
    // What coercion with Number() makes of odd values: harmless, as real forms only send strings.
    ["a one-element array", { mood: ["3"] }, { mood: 3, note: null, minutes: 0 }],
    ["padded digits", { mood: " 3 " }, { mood: 3, note: null, minutes: 0 }],
  ])("accepts a mood given as %s", (_label, input, expected) => {
    expect(dataOf(input)).toEqual(expected);
  });

  it.each([
    ["a decimal number", { mood: 3.5 }],
    ["an object", { mood: {} }],
    ["an empty array", { mood: [] }],
    ["null", { mood: null }],
    ["a symbol", { mood: Symbol("mood") }],
  ])("refuses a mood given as %s, on the mood field", (_label, input) => {
    expect(errorsOf(input)).toEqual({ mood: [MOOD_MESSAGE] });
  });

  it.each([
    ["a number", 5],
    ["an array", ["a"]],
    ["an object", {}],
    ["null", null],
  ])("refuses a note given as %s, on the note field", (_label, note) => {
    expect(errorsOf({ mood: "4", note })).toEqual({ note: [NOTE_NOT_TEXT] });
  });

  it.each([
    ["an object", {}, [MINUTES_NUMBER]],
    ["two values", [10, 20], [MINUTES_NUMBER]],
    ["a fraction", 2.5, [MINUTES_WHOLE]],
  ])("refuses minutes given as %s, on the minutes field", (_label, minutes, messages) => {
    expect(errorsOf({ mood: "4", minutes })).toEqual({ minutes: messages });
  });
});

describe("line breaks in the note", () => {
  it("counts a CRLF line break as one character, as the browser's counter does", () => {
    const note = `${"a".repeat(139)}\r\n${"b".repeat(140)}`;
    const parsed = checkInSchema.safeParse({ mood: "4", note });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.note).toBe(`${"a".repeat(139)}\n${"b".repeat(140)}`);
    expect(parsed.data?.note).toHaveLength(280);
  });
});

import { describe, expect, it } from "vitest";
import { findConcerningPhrases, phraseProblem } from "./concerning-words";
import { DEFAULT_PHRASES } from "./default-phrases";

describe("DEFAULT_PHRASES", () => {
  it("is a thorough list with no phrase twice", () => {
    expect(DEFAULT_PHRASES.length).toBeGreaterThanOrEqual(80);
    expect(DEFAULT_PHRASES.length).toBeLessThanOrEqual(500);
    expect(new Set(DEFAULT_PHRASES.map((p) => p.toLowerCase())).size).toBe(DEFAULT_PHRASES.length);
  });

  it.each(DEFAULT_PHRASES)("%j is a usable phrase that matches its own words", (phrase) => {
    expect(phraseProblem(phrase)).toBeNull();
    expect(findConcerningPhrases(phrase.replaceAll("*", ""), [phrase])).toEqual([phrase]);
  });

  it("has no single everyday word that would flag harmless notes", () => {
    for (const word of ["die", "died", "dying", "dead", "kill", "killing", "cut", "cutting", "pills", "hang", "hung", "jump", "od", "end", "hurt"]) {
      expect(findConcerningPhrases(word, DEFAULT_PHRASES), word).toEqual([]);
    }
  });
});

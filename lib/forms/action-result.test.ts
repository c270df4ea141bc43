import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { SAVE_FAILED, failure, fieldFailure, formDataToObject, parseInput, saveOrFailure } from "./action-result";

const schema = z.object({
  name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name"),
  age: z.coerce.number().int("Whole years only").min(18, "You must be 18 or over"),
});

describe("parseInput", () => {
  it("returns the parsed, transformed data on success", () => {
    expect(parseInput(schema, { name: "  Ann ", age: "30", extra: "dropped" })).toEqual({
      ok: true,
      data: { name: "Ann", age: 30 },
    });
  });

  it("returns every field's messages and a general message on failure", () => {
    expect(parseInput(schema, { name: " ", age: "12" })).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { name: ["Enter a name"], age: ["You must be 18 or over"] },
    });
  });

  it("uses a form-wide error as the message", () => {
    const matched = schema.refine((v) => v.name !== "root", "That name is reserved");
    expect(parseInput(matched, { name: "root", age: "40" })).toEqual({
      ok: false,
      message: "That name is reserved",
      fieldErrors: {},
    });
  });

  it("does not throw on input that is not an object", () => {
    const result = parseInput(schema, "not an object");
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ fieldErrors: {} });
    expect(result.ok === false && result.message).toMatch(/expected object/);
  });
});

describe("formDataToObject", () => {
  it("keeps string fields and skips files and Next's $ACTION fields", () => {
    const form = new FormData();
    form.append("email", "ann@example.com");
    form.append("notes", "");
    form.append("avatar", new Blob(["img"]), "me.png");
    form.append("$ACTION_ID_abc123", "");
    form.append("$ACTION_REF_1", "x");
    form.append("$ACTION_1:0", "{}");
    form.append("not$ACTION", "kept");
    expect(formDataToObject(form)).toEqual({ email: "ann@example.com", notes: "", not$ACTION: "kept" });
  });

  it("returns an empty object for an empty form", () => {
    expect(formDataToObject(new FormData())).toEqual({});
  });
});

describe("failure and fieldFailure", () => {
  it("builds a failure with no field errors by default", () => {
    expect(failure("Something went wrong")).toEqual({ ok: false, message: "Something went wrong", fieldErrors: {} });
  });

  it("builds a failure with the given field errors", () => {
    expect(failure("Check the form", { email: ["Taken"] })).toEqual({
      ok: false,
      message: "Check the form",
      fieldErrors: { email: ["Taken"] },
    });
  });

  it("builds a failure pointing at one field", () => {
    expect(fieldFailure("email", "An account with this email already exists")).toEqual({
      ok: false,
      message: "Please correct the highlighted field.",
      fieldErrors: { email: ["An account with this email already exists"] },
    });
  });
});

describe("saveOrFailure", () => {
  it("passes a successful save's value through", async () => {
    expect(await saveOrFailure(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it("turns an unexpected failure into a form message, logging the cause", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = new Error("connection lost");
    expect(await saveOrFailure(async () => Promise.reject(boom))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^save failed: Error connection lost\n\s+at /));
    log.mockRestore();
  });
});

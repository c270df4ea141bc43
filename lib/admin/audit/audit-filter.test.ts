import { describe, expect, it } from "vitest";
import { type AuditFilterForm, auditHref, DATE_MESSAGE, DATE_ORDER_MESSAGE, encodeCursor, parseAuditParams, parseCursor, PERSON_MESSAGE } from "./audit-filter";

const EMPTY: AuditFilterForm = { actor: "", patient: "", action: "", outcome: "", from: "", to: "" };

describe("the audit trail's filter, read from the address", () => {
  it("is empty by default: every row, newest first", () => {
    expect(parseAuditParams({})).toEqual({
      form: EMPTY,
      filter: { action: null, outcome: null, from: null, to: null },
      people: { actor: null, patient: null },
      fieldErrors: {},
      cursor: null,
    });
  });

  it("reads people by account number or by email (lower-cased), trimmed, and takes the first of repeated keys", () => {
    const parsed = parseAuditParams({ actor: " 42 ", patient: ["Riley.Jones@Example.com ", "other@example.com"], action: "alert.resolve", outcome: "denied", from: "2026-06-01", to: "2026-06-01" });
    expect(parsed.fieldErrors).toEqual({});
    expect(parsed.form).toEqual({ actor: "42", patient: "Riley.Jones@Example.com", action: "alert.resolve", outcome: "denied", from: "2026-06-01", to: "2026-06-01" });
    expect(parsed.filter).toEqual({ action: "alert.resolve", outcome: "denied", from: "2026-06-01", to: "2026-06-01" });
    expect(parsed.people).toEqual({ actor: { id: 42 }, patient: { email: "riley.jones@example.com" } });
  });

  it("says what is wrong next to each typed field, and filters nothing until it is put right", () => {
    const parsed = parseAuditParams({ actor: "Riley", patient: "0", from: "2026-02-30", to: "yesterday" });
    expect(parsed.filter).toBeNull();
    expect(parsed.fieldErrors).toEqual({ actor: [PERSON_MESSAGE], patient: [PERSON_MESSAGE], from: [DATE_MESSAGE], to: [DATE_MESSAGE] });
    expect(parsed.form).toMatchObject({ actor: "Riley", from: "2026-02-30" });
    expect(parseAuditParams({ actor: `${"a".repeat(250)}@example.com`, patient: " 7 " })).toMatchObject({
      fieldErrors: { actor: [PERSON_MESSAGE] },
      people: { actor: null, patient: { id: 7 } },
    });
    // A key given with no value at all is an empty field.
    expect(parseAuditParams({ actor: [] }).form.actor).toBe("");
    // People typed well are still read while another field needs correcting.
    const backwards = parseAuditParams({ actor: " Admin@Example.com", patient: "?", from: "2026-06-02", to: "2026-06-01" });
    expect(backwards.fieldErrors).toEqual({ patient: [PERSON_MESSAGE], to: [DATE_ORDER_MESSAGE] });
    expect(backwards.people).toEqual({ actor: { email: "admin@example.com" }, patient: null });
  });

  it("quietly treats a select's made-up value as any", () => {
    const parsed = parseAuditParams({ outcome: "maybe", action: "x'; drop table audit_log; --" });
    expect(parsed.filter).toMatchObject({ outcome: null, action: null });
    expect(parsed.form).toMatchObject({ outcome: "", action: "" });
    // Also while another field needs correcting.
    expect(parseAuditParams({ outcome: "maybe", actor: "?" }).form).toMatchObject({ outcome: "", actor: "?" });
  });
});

describe("page markers", () => {
  const row = { at: new Date("2026-06-09T09:00:00.123Z"), id: 42 };

  it("carry the time and id of the row a page starts after, either way", () => {
    expect(encodeCursor(row)).toBe("1780995600123-42");
    expect(parseCursor({ before: "1780995600123-42" })).toEqual({ direction: "before", ...row });
    expect(parseCursor({ after: ["1780995600123-42"] })).toEqual({ direction: "after", ...row });
    expect(parseAuditParams({ before: "1780995600123-42" }).cursor).toEqual({ direction: "before", ...row });
  });

  it("are ignored when they do not parse", () => {
    for (const before of ["", "42", "1780995600123-0", "1780995600123-x", "-1-2", "1780995600123-42;x"]) {
      expect(parseCursor({ before }), before).toBeNull();
    }
  });

  it("make addresses that keep the filter and leave out what is empty", () => {
    expect(auditHref(EMPTY)).toBe("/admin/audit");
    const form = { ...EMPTY, actor: "admin@example.com", outcome: "denied" as const };
    expect(auditHref(form)).toBe("/admin/audit?actor=admin%40example.com&outcome=denied");
    expect(auditHref(form, { direction: "before", row })).toBe("/admin/audit?actor=admin%40example.com&outcome=denied&before=1780995600123-42");
    expect(auditHref(EMPTY, { direction: "after", row })).toBe("/admin/audit?after=1780995600123-42");
  });
});

import { describe, expect, it } from "vitest";
import { summarisePreview, TOP_PATIENTS, topPatients } from "./preview-summary";
import { noAlerts } from "./replay-alerts";

const alerts = (some: Partial<ReturnType<typeof noAlerts>>) => ({ ...noAlerts(), ...some });

describe("adding up a preview", () => {
  it("names the patients with the most alerts first, then by name, and counts the rest", () => {
    const many = Array.from({ length: TOP_PATIENTS + 3 }, (_, i) => ({ patientId: i + 1, name: `Patient ${String(i).padStart(2, "0")}`, count: i === 5 ? 4 : 1 }));
    const top = topPatients([...many, { patientId: 99, name: "Nobody", count: 0 }]);
    expect(top.shown).toHaveLength(TOP_PATIENTS);
    expect(top.shown[0]).toEqual({ patientId: 6, name: "Patient 05", count: 4 });
    expect(top.shown[1].name).toBe("Patient 00");
    expect(top.more).toBe(3);
  });

  it("keeps two patients of the same name apart, in a fixed order", () => {
    const twins = [{ patientId: 9, name: "Sam Lee", count: 1 }, { patientId: 4, name: "Sam Lee", count: 1 }];
    expect(topPatients(twins).shown.map((p) => p.patientId)).toEqual([4, 9]);
  });

  it("totals each rule set and finds who the change gives more or fewer alerts", () => {
    const summary = summarisePreview([
      { patientId: 1, name: "Ann", current: alerts({ low_mood: 2 }), changed: alerts({ low_mood: 1 }) },
      { patientId: 2, name: "Ben", current: alerts({ silence: 1 }), changed: alerts({ silence: 1, low_mood: 2 }) },
      { patientId: 3, name: "Cat", current: alerts({}), changed: alerts({ low_mood: 1 }) },
    ]);
    expect(summary.current).toEqual({ total: 3, byRule: alerts({ low_mood: 2, silence: 1 }), patients: { shown: [{ patientId: 1, name: "Ann", count: 2 }, { patientId: 2, name: "Ben", count: 1 }], more: 0 } });
    expect(summary.changed.total).toBe(5);
    expect(summary.changed.byRule).toEqual(alerts({ low_mood: 4, silence: 1 }));
    expect(summary.more.shown).toEqual([{ patientId: 2, name: "Ben", count: 2 }, { patientId: 3, name: "Cat", count: 1 }]);
    expect(summary.fewer.shown).toEqual([{ patientId: 1, name: "Ann", count: 1 }]);
  });
});

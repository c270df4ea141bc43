import { describe, expect, it } from "vitest";
import { RECOVERY_CODE_COUNT, looksLikeRecoveryCode, newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten different codes of 24 unambiguous characters in groups of six", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{6}(-[a-km-np-z2-9]{6}){3}$/);
    expect(newRecoveryCodes()).not.toEqual(codes);
  });

  it("are recognised and hashed alike however they are typed", () => {
    const [code] = newRecoveryCodes();
    const typed = ` ${code.toUpperCase().replaceAll("-", " ")} `;
    expect(looksLikeRecoveryCode(typed)).toBe(true);
    expect(recoveryCodeHash(typed)).toBe(recoveryCodeHash(code));
    expect(recoveryCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash(code)).not.toContain(code.replaceAll("-", ""));
  });

  it("are told apart from what cannot be one", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("abcdef-ghijkm-npqrst-uvwxy")).toBe(false);
    expect(looksLikeRecoveryCode("abcdef-ghijkm-npqrst-uvwxy0")).toBe(false);
    expect(looksLikeRecoveryCode("abcdef-ghijkm-npqrst-uvwxyz")).toBe(true);
  });
});

/** What tests put where Auth.js's session would be: any well-formed session id that was never ended. */
export const TEST_SESSION_ID = "7e57".padEnd(32, "0");

export type TestSession = { userId: number; role: string; sessionVersion: number; sessionId: string };

/** The claims loadSessionUser checks, for a session of this account at this version. */
export const claimsOf = (userId: number, sessionVersion = 1, sessionId = TEST_SESSION_ID) => ({ userId, sessionVersion, sessionId });

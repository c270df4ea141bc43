// The name stays in view while the rest of a row scrolls sideways on a narrow screen.
export const CASELOAD_NAME_CELL = "sticky left-0 z-10 bg-white text-left";

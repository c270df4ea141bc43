// The access-control matrix: every page, route handler and server action, with what each kind
// of caller must get. The completeness test fails when the app has something it does not list.
import { ACTIONS } from "./actions";
import { PAGES, ROUTES } from "./pages";

export const ACCESS_MATRIX = { pages: PAGES, routes: ROUTES, actions: ACTIONS } as const;

export type { ActionEntry, Fields } from "./actions";
export type { Expectations, Outcome } from "./expectations";
export { homeOf, type PageEntry } from "./pages";
export * from "./world";

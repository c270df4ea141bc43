/** A button that is one of a card's actions rather than its main one: outlined, full width on a phone. */
export const SECONDARY_BUTTON = "w-full rounded-md border border-calm-600 px-4 py-2 font-medium text-calm-700 hover:bg-calm-100 sm:w-auto";

/** The longest daily message, in characters: the column's size, and a glance on a phone. */
export const MESSAGE_MAX = 280;

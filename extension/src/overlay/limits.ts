/**
 * How much page text a pattern may see (src/overlay/detect.ts), in a module of its own so that the message
 * checks (src/overlay/message-schemas.ts) can use the same numbers without pulling the DOM code along.
 */

/** Longest text a locator looks at; a reference or a date sits in the first few hundred characters. */
export const MAX_TEXT = 2_000;
/**
 * Longest page address (path, query, hash) a pattern is tried on. A case system's addresses are far shorter;
 * a longer one is not cut, since cutting could make a pattern match what the address does not say.
 */
export const MAX_ADDRESS = 2_000;

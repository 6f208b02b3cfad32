// Typed `string`, not its literal: the API report stays the same from one release to the next.
/** The version of `@hr/core`, sent in the User-Agent of clients built on it. */
export const VERSION: string = '0.1.0';

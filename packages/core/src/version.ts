/** The version of `@hr/core`, sent in the User-Agent of clients built on it. */
export const VERSION = '0.1.0';

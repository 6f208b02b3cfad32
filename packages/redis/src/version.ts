// Typed `string`, not its literal: the API report stays the same from one release to the next.
/** The version of `@hr/redis`. */
export const VERSION: string = '0.1.0';

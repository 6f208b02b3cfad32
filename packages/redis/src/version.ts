/** The version of `@hr/redis`. */
export const VERSION = '0.1.0';

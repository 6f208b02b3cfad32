/** The version of `@hr/feishu-corehr` (sent in the User-Agent). */
export const VERSION = '0.1.0';

/**
 * Moka's default rate limit: "接口限制开发者调用的频率,如无特殊说明,都会做限流操作,限流值为每分 60 次"
 * (every interface is limited to 60 calls a minute unless its page says otherwise), from Moka's
 * integration guide "Moka ATS标准交付集成开发方案" (https://shimo.im/docs/RosVRgWWM7ILGTvV, 2.2.1).
 */
export const MOKA_DEFAULT_RATE_LIMIT: readonly string[] = ['60/min'];

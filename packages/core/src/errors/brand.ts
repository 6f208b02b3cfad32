/**
 * Error classes carry brands (strings under a `Symbol.for` key) so that `isInstance()` checks keep
 * working when an application ends up with two copies of `@hr/core`, where `instanceof` fails.
 */
export const BRANDS = Symbol.for('@hr/core/error-brands');

interface Branded {
  readonly brand: string;
}

/** Collects the `brand` statics of a class and of every class it extends. */
export function brandsOf(ctor: Function): string[] {
  const brands: string[] = [];
  let current: unknown = ctor;
  while (typeof current === 'function' && current !== Error) {
    const own = Object.getOwnPropertyDescriptor(current, 'brand');
    if (own && typeof (current as unknown as Branded).brand === 'string')
      brands.push((current as unknown as Branded).brand);
    current = Object.getPrototypeOf(current);
  }
  return brands;
}

/** Whether `value` was built by a class carrying `brand` (or one extending it). */
export function hasBrand(value: unknown, brand: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const brands = (value as Record<symbol, unknown>)[BRANDS];
  return Array.isArray(brands) && brands.includes(brand);
}

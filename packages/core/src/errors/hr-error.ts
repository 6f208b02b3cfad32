import { BRANDS, brandsOf, hasBrand } from './brand.js';

/** The base of every error raised by the `@hr` SDK packages. */
export class HRError extends Error {
  static readonly brand: string = '@hr/core/HRError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    Object.defineProperty(this, BRANDS, { value: brandsOf(new.target), enumerable: false });
  }

  /**
   * Like `instanceof`, but also true for errors created by another copy of the package
   * (for example two versions of `@hr/core` in one application).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor signature
  static isInstance<T extends abstract new (...args: any[]) => HRError>(
    this: T & { readonly brand: string },
    value: unknown,
  ): value is InstanceType<T> {
    return hasBrand(value, this.brand);
  }

  /** A plain object for JSON logs; secrets were already redacted when the error was built. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, ...own } = { ...this } as Record<string, unknown>;
    return { name: this.name, message: this.message, ...own };
  }
}

/** The key of the (type-only) route labels; nothing at run time carries it. */
declare const routeLabel: unique symbol;

/**
 * The promise of a call whose route the Coodesh reference does not confirm (the catalogue
 * reconstructed it). Until the client has `allowUnconfirmedRoutes: true` or your route for the
 * operation in `routes`, the call rejects with `UnconfirmedRouteError` and sends nothing. Otherwise it
 * is `P` (an `APIPromise`, or a `PagePromise` for listings), which this type is at run time.
 */
export type UnconfirmedRoute<P> = P & { readonly [routeLabel]?: 'unconfirmed' };

/**
 * The promise of a call whose route the Coodesh reference lost (its method, a path segment or the
 * whole path; or its reconstruction clashes with another operation's). It rejects with
 * `UnconfirmedRouteError`, sending nothing, until the client has your route for the operation in
 * `routes` (`allowUnconfirmedRoutes` does not cover it). Otherwise it is `P`.
 */
export type LostRoute<P> = P & { readonly [routeLabel]?: 'lost' };

// The '@hr/coodesh/lost-routes' entry: the operations whose route the Coodesh reference lost.
export * from './generated/lost-routes.js';

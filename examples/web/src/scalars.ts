// A compile-time check that none of newsgraph's scalars is `any` in the
// generated types: codegen.ts maps each one, and a mapping to `any` (or a
// lost one) fails tsc here.
import type { Scalars } from "./gql/graphql.js";

/** true when T is any. */
type IsAny<T> = 0 extends 1 & T ? true : false;

/** true for a scalar typed as any on input or output, false for the others. */
type AnyScalar = {
  [K in keyof Scalars]: IsAny<Scalars[K]["input"]> | IsAny<Scalars[K]["output"]>;
}[keyof Scalars];

/** Compiles only when no scalar is any. */
export type ScalarsAreTyped = AnyScalar extends false ? true : never;
export const scalarsAreTyped: ScalarsAreTyped = true;

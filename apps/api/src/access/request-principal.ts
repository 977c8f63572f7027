import type { Principal } from './principal';

/** The principal the access hook found for each request, read back when the GraphQL context is built. */
const principals = new WeakMap<object, Principal | null>();

export function setRequestPrincipal(request: object, principal: Principal | null): void {
  principals.set(request, principal);
}

/** The request's principal; null without a key (or when the access hook did not run for it). */
export function requestPrincipal(request: object): Principal | null {
  return principals.get(request) ?? null;
}

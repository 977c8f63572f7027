import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, switchMap, type Observable } from 'rxjs';
import { ACTOR_REF_FILTER_KEYS, actorRefSlots, type ActorRefSlot } from './actor-ref-arguments';
import { ActorRefsService, type ActorRefArgument } from './actor-refs.service';

type Args = Record<string, unknown>;

/** References already resolved in a request (keyed by its GraphQL context), so nested fields look up nothing twice. */
const resolvedByRequest = new WeakMap<object, Map<string, string>>();

/**
 * Filters speak names: before a resolver runs, every actor argument of its field (see {@link actorRefSlots}) is
 * rewritten from what the client wrote — an id, an old merged id, an exact name or alias — to ids, in one read
 * per field and request. An unknown reference is NOT_FOUND naming the argument, never an empty answer.
 */
@Injectable()
export class ActorRefsInterceptor implements NestInterceptor {
  constructor(private readonly refs: ActorRefsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo | undefined>();
    if (!info?.parentType) return next.handle();
    const slots = actorRefSlots(info);
    if (slots.length === 0) return next.handle();
    const args = gql.getArgs<Args>();
    const wanted = slots.flatMap((slot) => references(slot, args));
    if (wanted.length === 0) return next.handle();
    const requestContext = gql.getContext<object>();
    return from(this.rewrite(slots, args, wanted, requestContext)).pipe(switchMap(() => next.handle()));
  }

  private async rewrite(
    slots: readonly ActorRefSlot[],
    args: Args,
    wanted: readonly ActorRefArgument[],
    requestContext: object,
  ): Promise<void> {
    const cache = resolvedByRequest.get(requestContext) ?? new Map<string, string>();
    resolvedByRequest.set(requestContext, cache);
    const missing = wanted.filter((ref) => !cache.has(ref.reference));
    if (missing.length > 0) for (const [ref, id] of await this.refs.resolve(missing)) cache.set(ref, id);
    const idOf = (reference: string) => cache.get(reference) ?? reference;
    for (const slot of slots) {
      const value = args[slot.argument];
      if (slot.kind === 'single') {
        if (typeof value === 'string') args[slot.argument] = idOf(value);
        continue;
      }
      if (!value || typeof value !== 'object') continue;
      const where = value as Args;
      for (const key of ACTOR_REF_FILTER_KEYS) {
        const list = where[key];
        if (Array.isArray(list)) where[key] = list.map((item) => (typeof item === 'string' ? idOf(item) : item));
      }
    }
  }
}

/** The references an argument holds, each with the argument (or filter key) it was written in. */
function references(slot: ActorRefSlot, args: Args): ActorRefArgument[] {
  const value = args[slot.argument];
  if (slot.kind === 'single') {
    return typeof value === 'string' ? [{ argument: slot.argument, reference: value }] : [];
  }
  if (!value || typeof value !== 'object') return [];
  const where = value as Args;
  return ACTOR_REF_FILTER_KEYS.flatMap((key) => {
    const list = where[key];
    if (!Array.isArray(list)) return [];
    return list
      .filter((item): item is string => typeof item === 'string')
      .map((reference) => ({ argument: `${slot.argument}.${key}`, reference }));
  });
}

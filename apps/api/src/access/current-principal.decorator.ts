import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from './graphql-context';
import type { Principal } from './principal';

/** The calling key (or null) as a resolver argument, e.g. to record who made a change. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().principal ?? null,
);

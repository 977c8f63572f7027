import { APP_CONFIG, type AppConfig } from '@actorgraph/config';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './graphql-context';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { REQUIRED_ROLE } from './require-role.decorator';
import { Role, roleAllows } from './role';

/**
 * The least role a root field needs: its @RequireRole; else `editor` for a mutation (so a mutation
 * that forgot its decorator is not open to all); else nothing for public reads, `reader` otherwise.
 */
function requiredRole(declared: Role | undefined, operation: string, publicReads: boolean): Role | null {
  if (declared) return declared;
  if (operation === 'mutation') return Role.EDITOR;
  return publicReads ? null : Role.READER;
}

/**
 * Applied to every resolver (APP_GUARD). Only root fields are checked: a nested field was allowed with
 * its root, and Nest runs no guards on field resolvers (fieldResolverEnhancers is left empty), so a list
 * of 500 parents costs no checks.
 */
@Injectable()
export class RoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.path.prev !== undefined) return true;
    const declared = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const need = requiredRole(declared, info.operation.operation, this.config.PUBLIC_READS);
    if (!need) return true;
    const principal = gql.getContext<GraphQLContext>().principal;
    if (!principal) {
      throw new ApiError(ApiErrorCode.UNAUTHENTICATED, `${info.fieldName} needs an API key with the ${need} role.`);
    }
    if (!roleAllows(principal.role, need)) {
      throw new ApiError(
        ApiErrorCode.FORBIDDEN,
        `${info.fieldName} needs the ${need} role; this key has the ${principal.role} role.`,
      );
    }
    return true;
  }
}

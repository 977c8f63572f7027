import type { RequestLoaders } from '../common/loaders/request-loaders';
import type { Principal } from './principal';

/** What every resolver finds in its GraphQL context: who is asking, and the request's DataLoaders. */
export interface GraphQLContext {
  loaders: RequestLoaders;
  /** The API key that authenticated the request; null without one. */
  principal: Principal | null;
}

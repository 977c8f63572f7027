import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { Actor } from '../../graph-types/actor.model';

@ObjectType('ActorConnection', { description: 'A page of actors.' })
export class ActorConnection extends ConnectionType(() => Actor, 'Actor') {}

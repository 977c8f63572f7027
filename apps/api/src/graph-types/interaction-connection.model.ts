import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection';
import { Interaction } from './interaction.model';

@ObjectType('InteractionConnection', { description: 'A page of interactions.' })
export class InteractionConnection extends ConnectionType(() => Interaction, 'Interaction') {}

import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { Change } from './change.model';

@ObjectType('ChangeConnection', { description: 'A page of the change log, newest first.' })
export class ChangeConnection extends ConnectionType(() => Change, 'Change') {}

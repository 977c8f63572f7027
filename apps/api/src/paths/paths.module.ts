import { Module } from '@nestjs/common';
import { PathsResolver } from './paths.resolver';
import { PathsService } from './paths.service';

@Module({ providers: [PathsResolver, PathsService] })
export class PathsModule {}

import { Module } from '@nestjs/common';
import { NetworkChecker } from './network-checker';
import { NetworkMaintainer } from './network-maintainer';
import { NetworkRebuilder } from './network-rebuilder';

/** The who-spoke-to-whom projection: maintenance inside writes, rebuild and check. Needs the (global) Neo4jModule. */
@Module({
  providers: [NetworkMaintainer, NetworkRebuilder, NetworkChecker],
  exports: [NetworkMaintainer, NetworkRebuilder, NetworkChecker],
})
export class NetworkModule {}

import { Module } from '@nestjs/common';
import { ExportService } from './source/export.service';

/** Graph exports (GraphML, GEXF, Cytoscape.js, graphology, CSV): the API's /export and `cli export` use it. */
@Module({ providers: [ExportService], exports: [ExportService] })
export class ExportModule {}

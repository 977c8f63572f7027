// Granularity, DyadOrder and AnalysisLevel are registered with every other enum in schema/graphql-enums.ts, which
// app.module.ts imports. This file only keeps the side-effect imports in dyads/ and actors/fields/ working until they
// are dropped; then it goes too.
import '../schema/graphql-enums';

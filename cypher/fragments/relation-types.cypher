// Fragment: every standing relation type, written out so an expansion reads only these relationships
// (`$any($types)` reads all of a hub's); apps/api/src/ego-network/relation-types-fragment.spec.ts checks it
// against the RelationType enum.
LEADS|REPRESENTS|MEMBER_OF|BORDERS|LOCATED_IN|OPERATES|EXPORTS_VIA|NATIONAL_OF|PART_OF|RECOGNIZES

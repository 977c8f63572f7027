import { RelationType } from '@actorgraph/graph';
import { distinctRelations } from './normalize-input';
import { normalizeYaml, SOURCE } from './normalize-yaml.testing';

const ACTORS = `actors:
  - id: state:kazakhstan
    kind: state
    name: Kazakhstan
  - id: state:ukraine
    kind: state
    name: Ukraine
  - id: person:tokayev
    kind: person
    name: Kassym-Jomart Tokayev
    aliases: [Tokayev]
`;
const EVIDENCE = `    evidence:
      - source: source:wire
        quote: a quote`;

describe('normalizing relations', () => {
  it('names a relation by type, endpoints and start when it gives no id, and dates it from the first to the last day', () => {
    const { records, issues } = normalizeYaml(`version: 1
${SOURCE}${ACTORS}relations:
  - type: leads
    subject: Tokayev
    object: state:kazakhstan
    role: President
    from: "2019-03"
    to: "2025"
${EVIDENCE}
`);
    expect(issues).toEqual([]);
    expect(records.relations).toEqual([
      {
        id: 'relation:leads:person:tokayev:state:kazakhstan:2019-03',
        type: RelationType.LEADS,
        subject: 'person:tokayev',
        object: 'state:kazakhstan',
        role: 'President',
        accreditedTo: null,
        lengthKm: null,
        volume: null,
        negated: false,
        from: '2019-03',
        to: '2025',
        validFrom: '2019-03-01',
        validTo: '2025-12-31',
        sourceIds: ['source:wire'],
        quotes: ['a quote'],
        dataset: 'input',
      },
    ]);
  });

  it('refuses endpoints the relation type does not allow, fields of other types, and an end before the start', () => {
    const { records, issues } = normalizeYaml(`version: 1
${SOURCE}${ACTORS}relations:
  - type: leads
    subject: state:kazakhstan
    object: person:tokayev
${EVIDENCE}
  - type: member_of
    subject: state:ukraine
    object: state:kazakhstan
    lengthKm: 10
    accreditedTo: state:ukraine
    from: "2020"
    to: "2019"
${EVIDENCE}
`);
    expect(issues).toEqual([
      'input.yaml:18:14 relations[0].subject: the subject of leads must be a person; "state:kazakhstan" is a state',
      'input.yaml:19:13 relations[0].object: the object of leads must be a state or organization; "person:tokayev" is a person',
      'input.yaml:25:13 relations[1].object: the object of member_of must be a organization; "state:kazakhstan" is a state',
      'input.yaml:26:15 relations[1].lengthKm: lengthKm belongs to borders only',
      'input.yaml:27:19 relations[1].accreditedTo: accreditedTo belongs to represents only',
      'input.yaml:29:9 relations[1].to: ends (2019) before it starts (2020)',
    ]);
    // The load stops on any issue; the records still show what was read.
    expect(records.relations).toHaveLength(2);
  });

  it('drops a relation whose endpoint names nothing, and keeps the name for a look-up in the database', () => {
    const { records, issues, unresolved } = normalizeYaml(`version: 1
${SOURCE}${ACTORS}relations:
  - type: borders
    subject: Kazakstan
    object: state:ukraine
${EVIDENCE}
`);
    expect(records.relations).toEqual([]);
    expect(issues).toEqual([
      'input.yaml:18:14 relations[0].subject: unknown actor or place "Kazakstan"; did you mean "state:kazakhstan"?',
    ]);
    expect(unresolved).toEqual(['Kazakstan']);
  });

  it('keeps the first of two relations stated under the same id', () => {
    const { records } = normalizeYaml(`version: 1
${SOURCE}${ACTORS}relations:
  - id: relation:tokayev-leads-kazakhstan
    type: leads
    subject: Tokayev
    object: state:kazakhstan
    role: President
${EVIDENCE}
  - id: relation:tokayev-leads-kazakhstan
    type: leads
    subject: Tokayev
    object: state:kazakhstan
    role: Head of state
${EVIDENCE}
`);
    expect(records.relations.map((r) => r.role)).toEqual(['President', 'Head of state']);
    expect(distinctRelations(records.relations).map((r) => r.role)).toEqual(['President']);
  });
});

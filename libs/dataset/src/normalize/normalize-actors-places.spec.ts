import { ActorKind, PlaceKind, RecognitionStatus, RelationType } from '@actorgraph/graph';
import { normalizeYaml, SOURCE } from './normalize-yaml.testing';

describe('normalizing actors', () => {
  const { records, issues } = normalizeYaml(`version: 1
dataset: talks
actors:
  - id: state:kazakhstan
    kind: state
    name: Kazakhstan
    iso3: KAZ
  - id: state:kosovo
    kind: state
    name: Kosovo
    recognition: disputed
  - id: person:pedro-sanchez
    kind: person
    name: Pedro Sánchez
    aliases: [Sanchez, "Pedro Sanchez"]
  - id: org:osce
    kind: organization
    name: OSCE
`);

  it('turns kinds into the enums the API serves', () => {
    expect(records.actors.map((a) => a.kind)).toEqual([
      ActorKind.STATE,
      ActorKind.STATE,
      ActorKind.PERSON,
      ActorKind.ORGANIZATION,
    ]);
  });

  it('takes a state as recognized unless it says disputed, and gives other actors no recognition', () => {
    expect(records.actors.map((a) => a.recognition)).toEqual([
      RecognitionStatus.RECOGNIZED,
      RecognitionStatus.DISPUTED,
      null,
      null,
    ]);
  });

  it('keys a name and its aliases folded (no accents, no case), each once, so "sanchez" finds Sánchez', () => {
    expect(records.actors[2]?.nameKeys).toEqual(['pedro sanchez', 'sanchez']);
    expect(records.actors[2]?.aliases).toEqual(['Sanchez', 'Pedro Sanchez']);
  });

  it("files every record under the input's dataset name, and leaves what it does not say null", () => {
    expect(records.actors[3]).toEqual({
      id: 'org:osce',
      kind: ActorKind.ORGANIZATION,
      name: 'OSCE',
      aliases: [],
      nameKeys: ['osce'],
      latinNames: [],
      description: null,
      recognition: null,
      wikidataId: null,
      iso3: null,
      sourceIds: [],
      quotes: [],
      dataset: 'talks',
    });
    expect(issues).toEqual([]);
  });

  it('refuses a recognition status or an ISO code on an actor that is not a state, at its line', () => {
    const { issues: refused } = normalizeYaml(`version: 1
actors:
  - id: person:someone
    kind: person
    name: Someone
    recognition: disputed
  - id: org:bloc
    kind: organization
    name: Bloc
    iso3: BLC
`);
    expect(refused).toEqual([
      'input.yaml:6:18 actors[0].recognition: only states have a recognition status; person:someone is a person',
      'input.yaml:10:11 actors[1].iso3: only states have an ISO 3166 code; org:bloc is a organization',
    ]);
  });
});

describe('normalizing places and sources', () => {
  const yaml = `version: 1
${SOURCE}    publishedAt: "2025-13"
actors:
  - id: state:kazakhstan
    kind: state
    name: Kazakhstan
  - id: person:tokayev
    kind: person
    name: Tokayev
places:
  - id: place:astana
    kind: city
    name: Astana
    state: Kazakhstan
    evidence:
      - source: source:wire
        quote: the capital, Astana
  - id: place:akorda
    kind: venue
    name: Akorda
    state: Tokayev
`;
  const { records, issues } = normalizeYaml(yaml);

  it("states a place's country as a LOCATED_IN relation, found by name, with the place's evidence", () => {
    expect(records.places.map((p) => [p.id, p.kind])).toEqual([
      ['place:astana', PlaceKind.CITY],
      ['place:akorda', PlaceKind.VENUE],
    ]);
    expect(records.relations).toEqual([
      expect.objectContaining({
        id: 'relation:located-in:place:astana:state:kazakhstan',
        type: RelationType.LOCATED_IN,
        subject: 'place:astana',
        object: 'state:kazakhstan',
        sourceIds: ['source:wire'],
        quotes: ['the capital, Astana'],
      }),
    ]);
  });

  it('refuses a place whose state is not a state, and a source published on no real date', () => {
    expect(issues).toEqual([
      'input.yaml:5:18 sources[0].publishedAt: "2025-13" has no month 13',
      'input.yaml:24:12 places[1].state: "Tokayev" is a person, not a state',
    ]);
    expect(records.sources).toEqual([
      {
        id: 'source:wire',
        title: 'A wire report',
        publisher: null,
        url: null,
        publishedAt: '2025-13',
        dataset: 'input',
        text: null,
        textDigest: null,
      },
    ]);
  });
});

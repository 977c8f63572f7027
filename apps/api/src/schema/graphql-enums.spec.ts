import { ENUM_DESCRIPTIONS, GRAPHQL_ENUMS, enumRegistrations } from './graphql-enums';

enum Light {
  RED = 'RED',
  GREEN = 'GREEN',
}

const described = { Light: { description: 'A traffic light.', values: { RED: 'Stop.', GREEN: 'Go.' } } };

describe('enumRegistrations', () => {
  it('registers every enum with its description and one for each of its values', () => {
    expect(enumRegistrations({ Light }, described)).toEqual([
      {
        values: Light,
        name: 'Light',
        description: 'A traffic light.',
        valuesMap: { RED: { description: 'Stop.' }, GREEN: { description: 'Go.' } },
      },
    ]);
  });

  it('passes the real table: enum-descriptions.json and the computed descriptions cover every enum and value', () => {
    const registrations = enumRegistrations(GRAPHQL_ENUMS, ENUM_DESCRIPTIONS);
    expect(registrations.map((r) => r.name)).toEqual(Object.keys(GRAPHQL_ENUMS));
    expect(registrations.find((r) => r.name === 'InteractionKind')?.valuesMap['CALL']?.description).toMatch(/CAMEO/);
  });

  it('refuses a value without a description, naming the enum and the value', () => {
    const light = { description: 'A traffic light.', values: { RED: 'Stop.' } };
    expect(() => enumRegistrations({ Light }, { Light: light })).toThrow(
      'GraphQL enum Light: value GREEN has no description',
    );
    const blank = { description: 'A traffic light.', values: { RED: 'Stop.', GREEN: '' } };
    expect(() => enumRegistrations({ Light }, { Light: blank })).toThrow('value GREEN has no description');
  });

  it('refuses a description of no value', () => {
    const light = { description: 'A traffic light.', values: { RED: 'Stop.', GREEN: 'Go.', AMBER: 'Wait.' } };
    expect(() => enumRegistrations({ Light }, { Light: light })).toThrow(
      'GraphQL enum Light: AMBER, described, is no value of it',
    );
  });

  it('refuses an enum without an entry', () => {
    expect(() => enumRegistrations({ Light }, {})).toThrow('GraphQL enum Light has no entry in enum-descriptions.json');
  });

  it('refuses an entry of no enum', () => {
    expect(() => enumRegistrations({ Light }, { ...described, Signal: described.Light })).toThrow(
      'enum-descriptions.json describes Signal, which is no GraphQL enum',
    );
  });

  it('refuses an enum without a description', () => {
    const light = { values: described.Light.values };
    expect(() => enumRegistrations({ Light }, { Light: light })).toThrow('GraphQL enum Light has no description');
  });
});

import { slugify } from '../ids';
import { cameoCountryName, countryCodeByName } from './cameo-countries';

describe('CAMEO country codes', () => {
  it.each([
    ['UKR', 'Ukraine'],
    ['RUS', 'Russia'],
    ['USA', 'United States'],
    ['KAZ', 'Kazakhstan'],
    ['ROM', 'Romania'],
    ['GBR', 'United Kingdom'],
  ])('names %s "%s", the name curated states are slugged from', (code, name) => {
    expect(cameoCountryName(code)).toBe(name);
  });

  it('gives curated state ids for the states the shipped dataset knows', () => {
    expect(['UKR', 'RUS', 'KAZ', 'USA'].map((c) => `state:${slugify(cameoCountryName(c)!)}`)).toEqual([
      'state:ukraine',
      'state:russia',
      'state:kazakhstan',
      'state:united-states',
    ]);
  });

  it.each(['AFR', 'EUR', 'WST', 'GOV', ''])('treats %s as no country (regions and roles are not states)', (code) => {
    expect(cameoCountryName(code)).toBeNull();
  });

  it.each([
    ['Russian Federation', 'RUS'],
    ['Russia', 'RUS'],
    ['Occupied Palestinian Territory', 'PSE'],
    ['the former Yugoslav Republic of Macedonia', 'MKD'],
    ['Catalonia', null],
  ])('finds the code of the country ICEWS writes as "%s"', (name, code) => {
    expect(countryCodeByName(name)).toBe(code);
  });
});

import {
  ActorKind,
  cameoActorName,
  cameoCountryName,
  countryCodeByName,
  isCountrylessRoleCode,
  slugify,
} from '@actorgraph/graph';
import { codedActor, stateId } from './coded-records';
import { titleCase } from './field-parsers';
import type { EventDataset, ImportActor } from './import-records';

/** A CAMEO-coded actor as GDELT writes it: code, name, country, known group, ethnic, religions, types. */
export interface CameoActorFields {
  code: string;
  name: string;
  countryCode: string;
  knownGroupCode: string;
  ethnicCode: string;
  religionCodes: string[];
  typeCodes: string[];
}

/** What a countryless role actor (`GOV`) is scoped by: the country the event happened in, else the event itself. */
export interface CameoActorScope {
  /** The event's own key (GLOBALEVENTID), for an actor no country can be given. */
  eventKey: string;
  /** The name of the country where the event happened (the last part of ActionGeo_FullName), if any. */
  eventCountry: string | null;
}

/** How a coded actor got its name: the CAMEO codebook, or the name written most often in its events. */
export type CodedNameSource = 'codebook' | 'most-frequent';

/** The country code (ISO 3166 alpha-3 as CAMEO uses it) of the last part of a GDELT place name, if a country. */
export function countryOfPlaceName(fullName: string | null): { code: string; name: string } | null {
  const last = fullName?.split(',').at(-1)?.trim();
  const code = last ? countryCodeByName(last) : null;
  const name = code ? cameoCountryName(code) : null;
  return code && name ? { code, name } : null;
}

function cameoCodes(fields: CameoActorFields) {
  return {
    cameoCode: fields.code,
    countryCode: fields.countryCode || null,
    typeCodes: fields.typeCodes,
    knownGroupCode: fields.knownGroupCode || null,
    ethnicCode: fields.ethnicCode || null,
    religionCodes: fields.religionCodes,
  };
}

/**
 * A role code with no country (`GOV`, `BUS`, `MIL`): GDELT did not know whose government or companies, so one node
 * per code would pool every country's. It becomes one actor per code and event country
 * (`org:cameo-gov-in-ukr`, "Government (country not coded; events in Ukraine)"), or, when the event has no
 * country either, one actor for that event only. Either way it carries `generic: true`, so network queries can
 * leave such actors out.
 */
function countrylessActor(fields: CameoActorFields, scope: CameoActorScope, dataset: EventDataset): ImportActor {
  const role = cameoActorName(fields.code) ?? fields.code;
  const country = countryOfPlaceName(scope.eventCountry);
  const [id, name, genericScope] = country
    ? [
        `org:cameo-${slugify(fields.code)}-in-${country.code.toLowerCase()}`,
        `${role} (country not coded; events in ${country.name})`,
        country.code,
      ]
    : [
        `org:cameo-${slugify(fields.code)}-event-${slugify(scope.eventKey)}`,
        `${role} (country not coded; one event)`,
        'event',
      ];
  return codedActor(
    ActorKind.ORGANIZATION,
    id,
    name,
    dataset,
    { ...cameoCodes(fields), generic: true, genericScope, name, nameFrom: 'codebook' },
    { nameIsUnique: false, description: `CAMEO actor code ${fields.code} with no country` },
  );
}

/**
 * A CAMEO-coded actor in our model. A bare country code (`UKR`) is that state, named from our country table (the
 * row's name may be a city: `USA` / `LAS VEGAS`). A role code with no country is scoped (see above). Any other code
 * (`USAGOV`, `IGOUNOREFHCR`, regions such as `AFR`) is one organization per code, `org:cameo-<code>`, named from
 * the CAMEO actor codebook when every part of the code is known (`USAGOV` → "United States Government"), else
 * by the name written most often in its events (set after each import; the row's name until then).
 */
export function cameoActor(
  fields: CameoActorFields,
  scope: CameoActorScope,
  dataset: EventDataset,
): ImportActor | null {
  const code = fields.code.trim().toUpperCase();
  if (code === '') return null;
  const normalized = { ...fields, code };
  const country = code === fields.countryCode ? cameoCountryName(code) : null;
  if (country) {
    return codedActor(
      ActorKind.STATE,
      stateId(country),
      country,
      dataset,
      { cameoCode: code, countryCode: code },
      { nameIsUnique: true, iso3: code },
    );
  }
  if (!fields.countryCode && isCountrylessRoleCode(code)) return countrylessActor(normalized, scope, dataset);
  const id = `org:cameo-${slugify(code)}`;
  const description = `CAMEO actor code ${code}`;
  const codebookName = cameoActorName(code);
  if (codebookName) {
    return codedActor(
      ActorKind.ORGANIZATION,
      id,
      codebookName,
      dataset,
      { ...cameoCodes(normalized), name: codebookName, nameFrom: 'codebook' },
      { nameIsUnique: false, description },
    );
  }
  const name = fields.name ? `${titleCase(fields.name)} (${code})` : code;
  const actor = codedActor(ActorKind.ORGANIZATION, id, name, dataset, cameoCodes(normalized), {
    nameIsUnique: false,
    description,
  });
  actor.create['nameFrom'] = 'most-frequent' satisfies CodedNameSource;
  return actor;
}

/** The name a row wrote for an actor, as stored on its interaction (`actor1Name`) for naming by frequency. */
export function rowActorName(fields: CameoActorFields): string | null {
  return fields.name.trim() ? titleCase(fields.name.trim()) : null;
}

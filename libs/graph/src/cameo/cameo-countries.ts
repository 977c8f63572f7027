import { foldName } from '../ids';

/**
 * CAMEO country codes (ISO 3166-1 alpha-3, plus CAMEO's own ROM, ZAR, TMP, KOS, YUG) → the short English
 * name our curated data uses, so `UKR` becomes `state:ukraine` and meets the curated state. Regional codes
 * (AFR, EUR, WST…) are not countries and are absent on purpose.
 */
const COUNTRIES = `AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua and Barbuda|ARG Argentina
|ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados|BLR Belarus
|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia|BIH Bosnia and Herzegovina|BWA Botswana|BRA Brazil|BRN Brunei
|BGR Bulgaria|BFA Burkina Faso|BDI Burundi|KHM Cambodia|CMR Cameroon|CAN Canada|CPV Cape Verde
|CAF Central African Republic|TCD Chad|CHL Chile|CHN China|COL Colombia|COM Comoros|COG Republic of the Congo
|COD Democratic Republic of the Congo|ZAR Democratic Republic of the Congo|CRI Costa Rica|CIV Ivory Coast|HRV Croatia
|CUB Cuba|CYP Cyprus|CZE Czech Republic|DNK Denmark|DJI Djibouti|DMA Dominica|DOM Dominican Republic|ECU Ecuador
|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|ERI Eritrea|EST Estonia|SWZ Eswatini|ETH Ethiopia|FJI Fiji|FIN Finland
|FRA France|GAB Gabon|GMB Gambia|GEO Georgia|DEU Germany|GHA Ghana|GRC Greece|GRD Grenada|GTM Guatemala|GIN Guinea
|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|VAT Vatican City|HND Honduras|HKG Hong Kong|HUN Hungary|ISL Iceland|IND India
|IDN Indonesia|IRN Iran|IRQ Iraq|IRL Ireland|ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|JOR Jordan|KAZ Kazakhstan
|KEN Kenya|KIR Kiribati|PRK North Korea|KOR South Korea|KOS Kosovo|XKX Kosovo|KWT Kuwait|KGZ Kyrgyzstan|LAO Laos
|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia|LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MAC Macau
|MDG Madagascar|MWI Malawi|MYS Malaysia|MDV Maldives|MLI Mali|MLT Malta|MHL Marshall Islands|MRT Mauritania
|MUS Mauritius|MEX Mexico|FSM Micronesia|MDA Moldova|MCO Monaco|MNG Mongolia|MNE Montenegro|MAR Morocco|MOZ Mozambique
|MMR Myanmar|NAM Namibia|NRU Nauru|NPL Nepal|NLD Netherlands|NZL New Zealand|NIC Nicaragua|NER Niger|NGA Nigeria
|MKD North Macedonia|NOR Norway|OMN Oman|PAK Pakistan|PLW Palau|PSE Palestine|PAN Panama|PNG Papua New Guinea
|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|PRT Portugal|PRI Puerto Rico|QAT Qatar|ROU Romania|ROM Romania
|RUS Russia|RWA Rwanda|KNA Saint Kitts and Nevis|LCA Saint Lucia|VCT Saint Vincent and the Grenadines|WSM Samoa
|SMR San Marino|STP Sao Tome and Principe|SAU Saudi Arabia|SEN Senegal|SRB Serbia|SYC Seychelles|SLE Sierra Leone
|SGP Singapore|SVK Slovakia|SVN Slovenia|SLB Solomon Islands|SOM Somalia|ZAF South Africa|SSD South Sudan|ESP Spain
|LKA Sri Lanka|SDN Sudan|SUR Suriname|SWE Sweden|CHE Switzerland|SYR Syria|TWN Taiwan|TJK Tajikistan|TZA Tanzania
|THA Thailand|TLS East Timor|TMP East Timor|TGO Togo|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia|TUR Turkey
|TKM Turkmenistan|TUV Tuvalu|UGA Uganda|UKR Ukraine|ARE United Arab Emirates|GBR United Kingdom|USA United States
|URY Uruguay|UZB Uzbekistan|VUT Vanuatu|VEN Venezuela|VNM Vietnam|YEM Yemen|YUG Yugoslavia|ZMB Zambia|ZWE Zimbabwe`;

/** Other names sources use for a country (ICEWS writes "Russian Federation"), folded → code. */
const ALIASES: Readonly<Record<string, string>> = {
  'russian federation': 'RUS',
  'united states of america': 'USA',
  'palestinian territory occupied': 'PSE',
  'occupied palestinian territory': 'PSE',
  'the former yugoslav republic of macedonia': 'MKD',
  macedonia: 'MKD',
  'holy see': 'VAT',
  'holy see vatican city state': 'VAT',
  'cote divoire': 'CIV',
  czechia: 'CZE',
  swaziland: 'SWZ',
  'timor leste': 'TLS',
  'korea republic of': 'KOR',
  'korea democratic peoples republic of': 'PRK',
  'congo the democratic republic of the': 'COD',
  burma: 'MMR',
};

const BY_CODE = new Map<string, string>(
  COUNTRIES.replace(/\n/g, '')
    .split('|')
    .map((entry) => [entry.slice(0, 3), entry.slice(4)] as [string, string]),
);

const BY_NAME = new Map<string, string>([
  ...[...BY_CODE].map(([code, name]) => [foldName(name), code] as [string, string]),
  ...Object.entries(ALIASES),
]);

/** The country a CAMEO country code names (`UKR` → "Ukraine"), or null for regions and unknown codes. */
export function cameoCountryName(code: string): string | null {
  return BY_CODE.get(code.toUpperCase()) ?? null;
}

/** The CAMEO code of a country written by name (`Russian Federation` → `RUS`), or null. */
export function countryCodeByName(name: string): string | null {
  return BY_NAME.get(foldName(name)) ?? null;
}

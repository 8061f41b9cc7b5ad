/**
 * What the editor's selects offer, as the service spells each value. No display names: a
 * relationship's label is derived from its value, a country's comes from `Intl.DisplayNames` in the
 * page's language, so the editor carries no table of names.
 */

export const SUFFIXES: readonly string[] = ['Jr.', 'Sr.', 'II', 'III', 'IV'];

/** The service's relationships, as it stores and expects them (upper-case). */
export const RELATIONSHIPS: readonly string[] = [
  'BROTHER',
  'CHILD-IN-LAW',
  'DAUGHTER',
  'EXTENDED FAMILY MEMBER',
  'FATHER',
  'GRANDCHILD',
  'HUSBAND',
  'MOTHER',
  'NIECE/NEPHEW',
  'SISTER',
  'SON',
  'STEPCHILD',
  'UNRELATED FRIEND',
  'WARD',
  'WIFE',
];

/** A relationship as English shows it, in sentence case: `NIECE/NEPHEW` → "Niece/nephew". */
export function relationshipLabel(relationship: string): string {
  return relationship.charAt(0).toUpperCase() + relationship.slice(1).toLowerCase();
}

/**
 * The 50 states, DC, the territories and freely associated states, and the military "states", each
 * with its name as a select shows it: `AL Alabama|AK Alaska|…`.
 */
const STATES =
  'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|' +
  'FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|' +
  'LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|' +
  'MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|' +
  'NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|' +
  'SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|' +
  'WV West Virginia|WI Wisconsin|WY Wyoming|DC District of Columbia|AS American Samoa|GU Guam|' +
  'MP Northern Mariana Islands|PR Puerto Rico|VI U.S. Virgin Islands|FM Federated States of Micronesia|' +
  'MH Marshall Islands|PW Palau|AA Armed Forces Americas (AA)|AE Armed Forces Europe (AE)|AP Armed Forces Pacific (AP)';

const STATE_NAMES = new Map(STATES.split('|').map((entry) => [entry.slice(0, 2), entry.slice(3)]));

/** The state select's values: two-letter codes. */
export const US_STATES: readonly string[] = [...STATE_NAMES.keys()];

/** A state's name as the select shows it (`CA` → "California"); the code itself for any other value. */
export function stateName(code: string): string {
  return STATE_NAMES.get(code) ?? code;
}

/**
 * Every ISO 3166-1 country as its alpha-3 code, followed by its alpha-2 code when that is not the
 * alpha-3 code's first two letters (`AUTAT`: Austria is AT). Alpha-2 is what `Intl.DisplayNames`
 * takes to name a region in the page's language, so the editor carries no country names.
 */
const ISO_COUNTRIES =
  'ABWAW AFG AGOAO AIA ALAAX ALB ANDAD AREAE ARG ARMAM ASM ATAAQ ATFTF ATGAG AUS AUTAT AZE BDIBI BEL BENBJ ' +
  'BESBQ BFA BGDBD BGR BHR BHSBS BIHBA BLM BLRBY BLZBZ BMU BOL BRA BRBBB BRNBN BTN BVT BWA CAFCF CAN CCK CHE ' +
  'CHLCL CHNCN CIV CMR CODCD COGCG COKCK COL COMKM CPVCV CRI CUB CUWCW CXR CYMKY CYP CZE DEU DJI DMA DNKDK DOM ' +
  'DZA ECU EGY ERI ESHEH ESP ESTEE ETH FIN FJI FLKFK FRA FROFO FSMFM GAB GBR GEO GGY GHA GIB GINGN GLPGP GMB ' +
  'GNBGW GNQGQ GRC GRDGD GRLGL GTM GUFGF GUM GUYGY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRLIE IRN IRQIQ ISL ' +
  'ISRIL ITA JAMJM JEY JOR JPN KAZKZ KEN KGZ KHM KIR KNA KORKR KWT LAO LBN LBRLR LBYLY LCA LIE LKA LSO LTU LUX ' +
  'LVA MACMO MAFMF MAR MCO MDA MDGMG MDVMV MEXMX MHL MKD MLI MLTMT MMR MNEME MNG MNPMP MOZMZ MRT MSR MTQMQ MUS ' +
  'MWI MYS MYTYT NAM NCL NER NFK NGA NIC NIUNU NLD NOR NPL NRU NZL OMN PAKPK PAN PCNPN PER PHL PLWPW PNGPG POLPL ' +
  'PRI PRKKP PRTPT PRYPY PSE PYFPF QAT REU ROU RUS RWA SAU SDN SENSN SGP SGSGS SHN SJM SLBSB SLE SLVSV SMR SOM ' +
  'SPMPM SRBRS SSD STP SURSR SVKSK SVNSI SWESE SWZSZ SXM SYCSC SYR TCA TCDTD TGO THA TJK TKL TKMTM TLS TON TTO ' +
  'TUNTN TURTR TUVTV TWN TZA UGA UKRUA UMI URYUY USA UZB VAT VCT VEN VGB VIR VNM VUT WLFWF WSM YEM ZAF ZMB ZWE';

const REGION_OF_COUNTRY = new Map(
  ISO_COUNTRIES.split(' ').map((code) => [code.slice(0, 3), code.length > 3 ? code.slice(3) : code.slice(0, 2)]),
);

/** The country select's values: ISO 3166-1 alpha-3 codes, United States first, then by code. */
export const COUNTRIES: readonly string[] = ['USA', ...[...REGION_OF_COUNTRY.keys()].filter((code) => code !== 'USA')];

/** The alpha-2 code of an alpha-3 country, for `Intl.DisplayNames` (`MEX` → `MX`); undefined if it is not one. */
export function regionCodeOf(country: string): string | undefined {
  return REGION_OF_COUNTRY.get(country);
}

import { businessIdCheckDigit } from '../../shared/applications/business-id';
import type { SanityDocument } from '../../shared/content/dataset-source';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { ulid } from '../../shared/crypto';
import { createDocumentClient } from '../../shared/table/client';

const DAY = 24 * 60 * 60 * 1000;

const label = (sv: string, fi: string, en: string) => [
  { _key: 'sv', language: 'sv', value: sv },
  { _key: 'fi', language: 'fi', value: fi },
  { _key: 'en', language: 'en', value: en },
];

/**
 * A campaign as governedDocumentsQuery returns it from Sanity (options already projected to their
 * values), open for applications now unless told otherwise. Criteria weigh 3, 2 and 1.
 */
export function campaignDocument(overrides: Partial<SanityDocument> = {}): GovernedDocument {
  const now = Date.now();
  return {
    _id: `campaign-test-${ulid().toLowerCase()}`,
    _type: 'campaign',
    _rev: 'rev1',
    _updatedAt: new Date(now - 60_000).toISOString(),
    title: label(
      'Årets jämställdhetsföretag 2027',
      'Vuoden tasa-arvoyritys 2027',
      'Equality Company of the Year 2027',
    ),
    year: 2027,
    opensAt: new Date(now - DAY).toISOString(),
    closesAt: new Date(now + 30 * DAY).toISOString(),
    eligibleMunicipalities: [],
    criteria: [
      { key: 'equal-pay', label: label('Lika lön', 'Samapalkkaisuus', 'Equal pay'), weight: 3 },
      { key: 'careers', label: label('Karriär', 'Urakehitys', 'Careers'), weight: 2 },
      {
        key: 'equality-plan',
        label: label('Jämställdhetsplan', 'Tasa-arvosuunnitelma', 'Equality plan'),
        weight: 1,
      },
    ],
    questions: [
      {
        key: 'submitted-by',
        label: label(
          'Vem fyller i ansökan?',
          'Kuka täyttää hakemuksen?',
          'Who is filling in the application?',
        ),
        type: 'singleChoice',
        required: true,
        options: ['self', 'employee', 'partner'],
      },
      {
        key: 'has-equality-plan',
        label: label(
          'Har företaget en jämställdhetsplan?',
          'Onko yrityksellä tasa-arvosuunnitelma?',
          'Does the company have an equality plan?',
        ),
        type: 'boolean',
        required: true,
        criterion: 'equality-plan',
      },
      {
        key: 'equal-pay-measures',
        label: label(
          'Hur arbetar företaget för lika lön?',
          'Miten yritys edistää samapalkkaisuutta?',
          'How does the company work for equal pay?',
        ),
        type: 'longText',
        required: true,
        maxLength: 2000,
        criterion: 'equal-pay',
      },
      {
        key: 'women-in-management',
        label: label(
          'Andel kvinnor i ledningsgruppen (%)',
          'Naisten osuus johtoryhmässä (%)',
          'Share of women in the management team (%)',
        ),
        type: 'number',
        required: false,
        criterion: 'careers',
      },
      {
        key: 'non-discrimination-areas',
        label: label('Vilka områden?', 'Mitkä osa-alueet?', 'Which areas?'),
        type: 'multiChoice',
        required: false,
        options: ['language', 'age', 'disability', 'origin'],
      },
      {
        key: 'summary',
        label: label(
          'Varför borde företaget vinna?',
          'Miksi yrityksen pitäisi voittaa?',
          'Why should the company win?',
        ),
        type: 'text',
        required: true,
        maxLength: 300,
      },
      {
        key: 'more-information',
        label: label('Länk till mer information', 'Linkki lisätietoihin', 'Link to more information'),
        type: 'url',
        required: false,
      },
    ],
    ...overrides,
  } as GovernedDocument;
}

/** Publishes the campaign into the operational copy of the running stack, as content-sync would. */
export async function publishCampaign(
  stack: { dynamoEndpoint: string; tableName: string },
  doc: GovernedDocument,
) {
  const table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
  await applyDocument(table, doc);
  return doc._id;
}

/** The same campaign edited in Sanity: a newer `_updatedAt` and `_rev`, so content-sync applies it. */
export async function republishCampaign(
  stack: { dynamoEndpoint: string; tableName: string },
  doc: GovernedDocument,
  changes: Partial<SanityDocument>,
): Promise<GovernedDocument> {
  const edited = {
    ...doc,
    ...changes,
    _rev: `${doc._rev}-edited`,
    _updatedAt: new Date(Date.parse(doc._updatedAt) + 30_000).toISOString(),
  } as GovernedDocument;
  await publishCampaign(stack, edited);
  return edited;
}

/** The n-th valid Business ID (NNNNNNN-T with the right check digit), for as many companies as a test needs. */
export function businessIdFor(n: number): string {
  for (let candidate = 1_000_000 + n * 13; ; candidate++) {
    const digits = String(candidate).padStart(7, '0');
    const check = businessIdCheckDigit(digits);
    if (check !== undefined) return `${digits}-${check}`;
  }
}

/** A complete application body for the fixture's campaign. */
export function applicationBody(
  businessId: string,
  overrides: { company?: object; contact?: object; answers?: object; submit?: boolean } = {},
) {
  return {
    company: {
      name: 'Österbottens Trä Ab',
      businessId,
      municipality: 'organization-vasa',
      employees: 42,
      ...overrides.company,
    },
    contact: {
      name: 'Åsa Öberg',
      email: `contact-${businessId}@example.org`,
      phone: '+358 40 123 4567',
      language: 'sv',
      ...overrides.contact,
    },
    answers: {
      'submitted-by': 'self',
      'has-equality-plan': true,
      'equal-pay-measures': 'Vi kartlägger lönerna varje år och rättar skillnader.',
      'women-in-management': 50,
      'non-discrimination-areas': ['language', 'age'],
      summary: 'Jämställdhet är en del av vardagen hos oss.',
      'more-information': 'https://example.org/jamstalldhet',
      ...overrides.answers,
    },
    submit: overrides.submit ?? true,
    consent: true,
  };
}

/**
 * One valid document per type, written the way the Studio stores them, for tests to break one rule at a
 * time. Built with the seed helpers so `_key`s and localised items have the real shape.
 */
import type { SanityDocument } from 'sanity';
import {
  bullets,
  dateRange,
  exported,
  figure,
  attachment as file,
  h2,
  helsinki,
  internalLink,
  link,
  p,
  ref,
  richText,
  type SeedDocument,
  slug,
  slugs,
  str,
  strong,
  text,
} from '../../../sanity/seed/lib';

export function asDocument(document: SeedDocument): SanityDocument {
  return exported(document) as unknown as SanityDocument;
}

/** An image and a PDF as asset documents, so image and file fields resolve their references. */
export const imageAsset = asDocument({
  _id: 'image-0123456789abcdef0123456789abcdef01234567-960x540-png',
  _type: 'sanity.imageAsset',
  assetId: '0123456789abcdef0123456789abcdef01234567',
  extension: 'png',
  mimeType: 'image/png',
  originalFilename: 'test.png',
  path: 'images/local0000/production/0123456789abcdef0123456789abcdef01234567-960x540.png',
  sha1hash: '0123456789abcdef0123456789abcdef01234567',
  size: 3264,
  url: 'https://cdn.sanity.io/images/local0000/production/0123456789abcdef0123456789abcdef01234567-960x540.png',
  metadata: {
    _type: 'sanity.imageMetadata',
    dimensions: { _type: 'sanity.imageDimensions', width: 960, height: 540, aspectRatio: 960 / 540 },
  },
});

export const fileAsset = asDocument({
  _id: 'file-89abcdef0123456789abcdef0123456789abcdef-pdf',
  _type: 'sanity.fileAsset',
  assetId: '89abcdef0123456789abcdef0123456789abcdef',
  extension: 'pdf',
  mimeType: 'application/pdf',
  originalFilename: 'test.pdf',
  path: 'files/local0000/production/89abcdef0123456789abcdef0123456789abcdef.pdf',
  sha1hash: '89abcdef0123456789abcdef0123456789abcdef',
  size: 2649,
  url: 'https://cdn.sanity.io/files/local0000/production/89abcdef0123456789abcdef0123456789abcdef.pdf',
});

const image = () => figure(imageAsset._id, { sv: 'Ett likhetstecken', fi: 'Yhtäläisyysmerkki' });
const pdf = () => file(fileAsset._id, { sv: 'Checklista (PDF)', fi: 'Tarkistuslista (PDF)' });

export const municipality = asDocument({
  _id: 'organization-test-town',
  _type: 'organization',
  name: str({ sv: 'Provstad', fi: 'Koekaupunki' }),
  kind: 'municipality',
  languageStatus: 'bilingual-sv-majority',
  majorityLanguage: 'sv',
  nominationContact: {
    _type: 'nominationContact',
    name: 'Registratorskontoret',
    email: 'registry@example.org',
  },
});

export const welfareArea = asDocument({
  _id: 'organization-test-welfare-area',
  _type: 'organization',
  name: str({ sv: 'Provområdet', fi: 'Koealue' }),
  kind: 'welfareArea',
  languageStatus: 'bilingual-fi-majority',
  majorityLanguage: 'fi',
  nominationContact: {
    _type: 'nominationContact',
    name: 'Kirjaamo',
    email: 'kirjaamo@example.org',
    language: 'sv',
  },
  website: 'https://www.example.org/',
});

export const focusArea = asDocument({
  _id: 'focusArea-test',
  _type: 'focusArea',
  title: str({ sv: 'Mångfald', fi: 'Monimuotoisuus', en: 'Diversity' }),
  slug: slug('mangfald'),
  summary: text({ sv: 'Kort om temat.', fi: 'Lyhyesti teemasta.' }),
  orderRank: '0|100008:',
});

export const event = asDocument({
  _id: 'event-test',
  _type: 'event',
  title: str({ sv: 'Webbinarium', fi: 'Webinaari', en: 'Webinar' }),
  slug: slugs({ sv: 'webbinarium', fi: 'webinaari', en: 'webinar' }),
  kind: 'webinar',
  focusArea: ref(focusArea._id),
  startsAt: helsinki('2027-02-10T13:00'),
  endsAt: helsinki('2027-02-10T14:30'),
  mode: 'hybrid',
  place: str({ sv: 'Vasa', fi: 'Vaasa' }),
  onlineUrl: 'https://meet.example.org/test',
  capacity: 25,
  waitlist: true,
  registrationOpensAt: helsinki('2026-11-02T09:00'),
  registrationClosesAt: helsinki('2027-02-09T16:00'),
  description: text({ sv: 'Beskrivning.', fi: 'Kuvaus.' }),
  body: richText({
    sv: [h2('Program'), p('Se ', link('anvisningarna', 'https://www.example.org/'), '.')],
    fi: [h2('Ohjelma'), p('Katso ', link('ohjeet', 'https://www.example.org/'), '.')],
  }),
  isExample: true,
});

export const campaign = asDocument({
  _id: 'campaign-test',
  _type: 'campaign',
  title: str({ sv: 'Årets företag', fi: 'Vuoden yritys' }),
  slug: slugs({ sv: 'arets-foretag', fi: 'vuoden-yritys' }),
  year: 2027,
  opensAt: helsinki('2026-11-02T09:00'),
  closesAt: helsinki('2027-01-29T16:00'),
  eligibleMunicipalities: [ref(municipality._id)],
  eligibility: text({ sv: 'Företag i regionen.', fi: 'Alueen yritykset.' }),
  description: text({ sv: 'Beskrivning.', fi: 'Kuvaus.' }),
  criteria: [
    {
      _type: 'campaignCriterion',
      key: 'equal-pay',
      label: str({ sv: 'Lika lön', fi: 'Samapalkkaisuus' }),
      weight: 2,
    },
    { _type: 'campaignCriterion', key: 'careers', label: str({ sv: 'Karriär', fi: 'Ura' }), weight: 1 },
  ],
  questions: [
    {
      _type: 'campaignQuestion',
      key: 'submitted-by',
      label: str({ sv: 'Vem ansöker?', fi: 'Kuka hakee?' }),
      type: 'singleChoice',
      required: true,
      options: [
        { _type: 'questionOption', value: 'self', label: str({ sv: 'Företaget', fi: 'Yritys' }) },
        { _type: 'questionOption', value: 'partner', label: str({ sv: 'En partner', fi: 'Kumppani' }) },
      ],
    },
    {
      _type: 'campaignQuestion',
      key: 'equal-pay-measures',
      label: str({ sv: 'Hur?', fi: 'Miten?' }),
      help: text({ sv: 'Berätta.', fi: 'Kerro.' }),
      type: 'longText',
      required: true,
      maxLength: 2000,
      criterion: 'equal-pay',
    },
  ],
  isExample: true,
});

export const action = asDocument({
  _id: 'action-test',
  _type: 'action',
  title: str({ sv: 'Åtgärd', fi: 'Toimenpide' }),
  focusArea: ref(focusArea._id),
  period: dateRange('2025-01-01', '2025-12-31'),
  status: 'ongoing',
  coordinator: { _type: 'actionCoordinator', organization: ref(municipality._id) },
  description: text({ sv: 'Beskrivning.', fi: 'Kuvaus.' }),
  relatedEvents: [ref(event._id)],
  relatedCampaigns: [ref(campaign._id)],
  orderRank: '0|100008:',
});

export const nominationRound = asDocument({
  _id: 'nominationRound-test',
  _type: 'nominationRound',
  title: str({ sv: 'Medlemmar', fi: 'Jäsenet' }),
  instructions: text({ sv: 'Utse en medlem.', fi: 'Nimetkää jäsen.' }),
  deadline: helsinki('2027-01-29T16:00'),
  seats: { _type: 'seats', members: 1, deputies: 0 },
  organizations: [ref(municipality._id), ref(welfareArea._id)],
  term: dateRange('2027-03-01', '2028-12-31'),
  askBothGenders: true,
  isExample: true,
});

export const informationPackage = asDocument({
  _id: 'informationPackage-test',
  _type: 'informationPackage',
  title: str({ sv: 'Paket', fi: 'Paketti' }),
  slug: slugs({ sv: 'paket', fi: 'paketti', en: 'package' }),
  audience: str({ sv: 'Förtroendevalda', fi: 'Luottamushenkilöt' }),
  summary: text({ sv: 'Sammanfattning.', fi: 'Tiivistelmä.' }),
  image: image(),
  body: richText({
    sv: [
      h2('Lagen'),
      bullets(
        [strong('Jämställdhetslagen'), ' gäller.'],
        ['Skriv till ', link('oss', 'mailto:natverket@example.org')],
      ),
      image(),
      p('Se ', internalLink('webbinariet', 'event-test'), '.'),
      pdf(),
    ],
    fi: [h2('Laki'), p('Tasa-arvolaki koskee kaikkia.'), image(), pdf()],
  }),
  files: [pdf()],
  sections: [
    {
      _type: 'packageSection',
      heading: str({ sv: 'Rubrik', fi: 'Otsikko' }),
      body: text({ sv: 'Text.', fi: 'Teksti.' }),
      content: richText({ sv: [p('Text.')], fi: [p('Teksti.')] }),
    },
  ],
  resources: [
    {
      _type: 'learningResource',
      title: str({ sv: 'Kurs', fi: 'Kurssi' }),
      url: 'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/',
      provider: 'eOppiva',
      language: 'sv',
      format: 'course',
    },
  ],
  relatedEvent: ref(event._id),
});

export const method = asDocument({
  _id: 'method-test',
  _type: 'method',
  title: str({ sv: 'Lokalt nätverk', fi: 'Paikallinen verkosto', en: 'Local network' }),
  slug: slugs({ sv: 'lokalt-natverk', fi: 'paikallinen-verkosto' }),
  summary: text({ sv: 'Sammanfattning.', fi: 'Tiivistelmä.' }),
  targetGroup: str({ sv: 'Kommuner', fi: 'Kunnat' }),
  focusAreas: [ref(focusArea._id)],
  duration: str({ sv: 'Ett år', fi: 'Vuosi' }),
  isExample: true,
  body: richText({ sv: [h2('Så går det till'), p('Steg.')], fi: [h2('Näin'), p('Vaiheet.')] }),
  image: image(),
  files: [pdf()],
  links: [{ _type: 'webLink', title: str({ sv: 'Mer', fi: 'Lisää' }), url: 'https://www.example.org/' }],
  contact: {
    _type: 'contactPoint',
    role: str({ sv: 'Samordnare', fi: 'Koordinaattori' }),
    email: 'metodbank@example.org',
  },
});

export const strategy = asDocument({
  _id: 'strategy-test',
  _type: 'strategy',
  title: str({ sv: 'Jämställdhetsstrategi', fi: 'Tasa-arvostrategia' }),
  period: dateRange('2027-01-01', '2030-12-31'),
  vision: text({ sv: 'Ett jämställt län.', fi: 'Tasa-arvoinen maakunta.' }),
  focusAreas: [ref(focusArea._id)],
  goals: [
    { _type: 'strategyGoal', key: 'equal-pay', title: str({ sv: 'Lika lön', fi: 'Samapalkkaisuus' }) },
    {
      _type: 'strategyGoal',
      key: 'safe-work',
      title: str({ sv: 'Trygg arbetsplats', fi: 'Turvallinen työpaikka' }),
      description: text({ sv: 'Utan trakasserier.', fi: 'Ilman häirintää.' }),
    },
  ],
  joiningMeans: text({ sv: 'En dialog.', fi: 'Keskustelu.' }),
  joiningDoesNotMean: text({ sv: 'Inga avgifter.', fi: 'Ei maksuja.' }),
  isExample: true,
});

export const settings = asDocument({
  _id: 'settings',
  _type: 'settings',
  networkName: str({ sv: 'Nätverket', fi: 'Verkosto' }),
  region: str({ sv: 'Österbotten', fi: 'Pohjanmaa' }),
  languages: ['sv', 'fi'],
  contactEmail: 'natverket@example.org',
  privacyNotice: text({ sv: 'Dataskydd.', fi: 'Tietosuoja.' }),
  accessibilityStatement: text({ sv: 'Tillgänglighet.', fi: 'Saavutettavuus.' }),
  retention: { _type: 'retentionPolicy', registrationDays: 90, applicationDays: 365 },
});

export const survey = asDocument({
  _id: 'survey-test',
  _type: 'survey',
  title: str({ sv: 'Utvärdering', fi: 'Arviointi' }),
  introduction: text({ sv: 'Svaren är anonyma.', fi: 'Vastaukset ovat nimettömiä.' }),
  events: [ref(event._id)],
  opensAt: helsinki('2027-02-10T15:00'),
  closesAt: helsinki('2027-03-10T16:00'),
  autoSend: true,
  questions: [
    {
      _type: 'surveyQuestion',
      kind: 'scale',
      required: true,
      label: str({ sv: 'Hur nöjd är du?', fi: 'Kuinka tyytyväinen olet?' }),
      minLabel: str({ sv: 'Inte alls', fi: 'En lainkaan' }),
      maxLabel: str({ sv: 'Mycket', fi: 'Erittäin' }),
    },
    {
      _type: 'surveyQuestion',
      kind: 'singleChoice',
      label: str({ sv: 'Hur kom du?', fi: 'Miten tulit?' }),
      options: [
        { _type: 'questionOption', value: 'onsite', label: str({ sv: 'På plats', fi: 'Paikan päällä' }) },
        { _type: 'questionOption', value: 'online', label: str({ sv: 'På distans', fi: 'Etänä' }) },
      ],
    },
  ],
});

/** Every fixture, so references between them resolve. */
export const fixtures: SanityDocument[] = [
  municipality,
  welfareArea,
  focusArea,
  event,
  campaign,
  action,
  nominationRound,
  informationPackage,
  method,
  strategy,
  settings,
  survey,
  imageAsset,
  fileAsset,
];

/** A deep copy of `document` with `change` applied, for breaking one rule. */
export function broken(
  document: SanityDocument,
  change: (draft: Record<string, any>) => void,
): SanityDocument {
  const copy = structuredClone(document) as Record<string, any>;
  change(copy);
  return copy as SanityDocument;
}

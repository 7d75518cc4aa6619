/**
 * One valid document per type, written the way the Studio stores them, for tests to break one rule at a
 * time. Built with the seed helpers so `_key`s and localised items have the real shape.
 */
import type { SanityDocument } from 'sanity';
import {
  dateRange,
  exported,
  helsinki,
  ref,
  type SeedDocument,
  slug,
  str,
  text,
} from '../../../sanity/seed/lib';

export function asDocument(document: SeedDocument): SanityDocument {
  return exported(document) as unknown as SanityDocument;
}

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
  slug: slug('webbinarium'),
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
  isExample: true,
});

export const campaign = asDocument({
  _id: 'campaign-test',
  _type: 'campaign',
  title: str({ sv: 'Årets företag', fi: 'Vuoden yritys' }),
  slug: slug('arets-foretag'),
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
  slug: slug('paket'),
  audience: str({ sv: 'Förtroendevalda', fi: 'Luottamushenkilöt' }),
  summary: text({ sv: 'Sammanfattning.', fi: 'Tiivistelmä.' }),
  sections: [
    {
      _type: 'packageSection',
      heading: str({ sv: 'Rubrik', fi: 'Otsikko' }),
      body: text({ sv: 'Text.', fi: 'Teksti.' }),
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
  settings,
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

/**
 * The award campaign "Årets jämställdhetsföretag i Österbotten 2025" (seeds/000) and an open example
 * round of it. The plan names the campaign only: its window, criteria, weights and questions here are a
 * proposal for editors to adjust. As in 2021, anyone may put a company forward (itself, an employee, a partner).
 */
import { CAMPAIGNS } from '../ids';
import { helsinki, type SeedDocument, slugs, str, text } from '../lib';

const criteria = [
  {
    _type: 'campaignCriterion',
    key: 'equal-pay',
    label: str({ sv: 'Lika lön', fi: 'Samapalkkaisuus', en: 'Equal pay' }),
    description: text({
      sv: 'Hur företaget kartlägger, följer upp och rättar till löneskillnader mellan kvinnor och män.',
      fi: 'Miten yritys kartoittaa, seuraa ja korjaa naisten ja miesten välisiä palkkaeroja.',
      en: 'How the company surveys, follows up and corrects pay gaps between women and men.',
    }),
    weight: 3,
  },
  {
    _type: 'campaignCriterion',
    key: 'careers',
    label: str({
      sv: 'Rekrytering och karriärutveckling',
      fi: 'Rekrytointi ja urakehitys',
      en: 'Recruitment and career development',
    }),
    description: text({
      sv: 'Jämställd rekrytering, kvinnors och mäns möjligheter att avancera och könsfördelningen i ledningen.',
      fi: 'Tasa-arvoinen rekrytointi, naisten ja miesten etenemismahdollisuudet sekä johdon sukupuolijakauma.',
      en: 'Equal recruitment, the chances of women and men to advance, and the gender balance of management.',
    }),
    weight: 2,
  },
  {
    _type: 'campaignCriterion',
    key: 'work-life-balance',
    label: str({
      sv: 'Arbete och privatliv',
      fi: 'Työn ja yksityiselämän yhteensovittaminen',
      en: 'Work and private life',
    }),
    description: text({
      sv: 'Flexibla arbetstider och familjeledigheter som alla föräldrar kan använda.',
      fi: 'Joustavat työajat ja perhevapaat, joita kaikki vanhemmat voivat käyttää.',
      en: 'Flexible working hours and family leave that every parent can use.',
    }),
    weight: 2,
  },
  {
    _type: 'campaignCriterion',
    key: 'non-discrimination',
    label: str({
      sv: 'Likabehandling och mångfald',
      fi: 'Yhdenvertaisuus ja monimuotoisuus',
      en: 'Non-discrimination and diversity',
    }),
    description: text({
      sv: 'Åtgärder mot diskriminering och för mångfald, till exempel språk, ålder, funktionsnedsättning och ursprung.',
      fi: 'Toimet syrjintää vastaan ja monimuotoisuuden puolesta, esimerkiksi kieli, ikä, vammaisuus ja alkuperä.',
      en: 'Action against discrimination and for diversity, for example language, age, disability and origin.',
    }),
    weight: 2,
  },
  {
    _type: 'campaignCriterion',
    key: 'equality-plan',
    label: str({
      sv: 'Jämställdhetsplan och uppföljning',
      fi: 'Tasa-arvosuunnitelma ja seuranta',
      en: 'Equality plan and follow-up',
    }),
    weight: 1,
  },
];

function option(value: string, label: { sv: string; fi: string; en: string }) {
  return { _type: 'questionOption', value, label: str(label) };
}

const questions = [
  {
    _type: 'campaignQuestion',
    key: 'submitted-by',
    label: str({
      sv: 'Vem fyller i ansökan?',
      fi: 'Kuka täyttää hakemuksen?',
      en: 'Who is filling in the application?',
    }),
    type: 'singleChoice',
    required: true,
    options: [
      option('self', { sv: 'Företaget självt', fi: 'Yritys itse', en: 'The company itself' }),
      option('employee', { sv: 'En anställd', fi: 'Työntekijä', en: 'An employee' }),
      option('partner', { sv: 'En samarbetspartner', fi: 'Yhteistyökumppani', en: 'A partner' }),
    ],
  },
  {
    _type: 'campaignQuestion',
    key: 'has-equality-plan',
    label: str({
      sv: 'Har företaget en jämställdhetsplan?',
      fi: 'Onko yrityksellä tasa-arvosuunnitelma?',
      en: 'Does the company have an equality plan?',
    }),
    help: text({
      sv: 'Enligt jämställdhetslagen ska en arbetsgivare med minst 30 anställda ha en jämställdhetsplan.',
      fi: 'Tasa-arvolain mukaan työnantajalla, jolla on vähintään 30 työntekijää, on oltava tasa-arvosuunnitelma.',
      en: 'Under the Equality Act, an employer with at least 30 employees must have an equality plan.',
    }),
    type: 'boolean',
    required: true,
    criterion: 'equality-plan',
  },
  {
    _type: 'campaignQuestion',
    key: 'equal-pay-measures',
    label: str({
      sv: 'Hur arbetar företaget för lika lön?',
      fi: 'Miten yritys edistää samapalkkaisuutta?',
      en: 'How does the company work for equal pay?',
    }),
    type: 'longText',
    required: true,
    maxLength: 2000,
    criterion: 'equal-pay',
  },
  {
    _type: 'campaignQuestion',
    key: 'career-measures',
    label: str({
      sv: 'Hur främjar företaget jämställd rekrytering och karriärutveckling?',
      fi: 'Miten yritys edistää tasa-arvoista rekrytointia ja urakehitystä?',
      en: 'How does the company promote equal recruitment and career development?',
    }),
    type: 'longText',
    required: true,
    maxLength: 2000,
    criterion: 'careers',
  },
  {
    _type: 'campaignQuestion',
    key: 'women-in-management',
    label: str({
      sv: 'Andel kvinnor i ledningsgruppen (%)',
      fi: 'Naisten osuus johtoryhmässä (%)',
      en: 'Share of women in the management team (%)',
    }),
    type: 'number',
    required: false,
    criterion: 'careers',
  },
  {
    _type: 'campaignQuestion',
    key: 'work-life-measures',
    label: str({
      sv: 'Hur gör företaget det lättare att förena arbete och privatliv?',
      fi: 'Miten yritys helpottaa työn ja yksityiselämän yhteensovittamista?',
      en: 'How does the company make it easier to combine work and private life?',
    }),
    type: 'longText',
    required: false,
    maxLength: 2000,
    criterion: 'work-life-balance',
  },
  {
    _type: 'campaignQuestion',
    key: 'non-discrimination-areas',
    label: str({
      sv: 'Vilka områden omfattar företagets arbete för likabehandling?',
      fi: 'Mitä osa-alueita yrityksen yhdenvertaisuustyö kattaa?',
      en: 'Which areas does the company’s non-discrimination work cover?',
    }),
    type: 'multiChoice',
    required: false,
    options: [
      option('language', { sv: 'Språk', fi: 'Kieli', en: 'Language' }),
      option('age', { sv: 'Ålder', fi: 'Ikä', en: 'Age' }),
      option('disability', { sv: 'Funktionsnedsättning', fi: 'Vammaisuus', en: 'Disability' }),
      option('origin', { sv: 'Ursprung', fi: 'Alkuperä', en: 'Origin' }),
      option('gender-identity', {
        sv: 'Könsidentitet och könsuttryck',
        fi: 'Sukupuoli-identiteetti ja sukupuolen ilmaisu',
        en: 'Gender identity and expression',
      }),
      option('sexual-orientation', {
        sv: 'Sexuell läggning',
        fi: 'Seksuaalinen suuntautuminen',
        en: 'Sexual orientation',
      }),
    ],
    criterion: 'non-discrimination',
  },
  {
    _type: 'campaignQuestion',
    key: 'summary',
    label: str({
      sv: 'Varför borde företaget bli årets jämställdhetsföretag?',
      fi: 'Miksi yrityksen pitäisi olla vuoden tasa-arvoyritys?',
      en: 'Why should the company be the equality company of the year?',
    }),
    help: text({ sv: 'En eller två meningar.', fi: 'Yksi tai kaksi virkettä.', en: 'One or two sentences.' }),
    type: 'text',
    required: true,
    maxLength: 300,
  },
  {
    _type: 'campaignQuestion',
    key: 'more-information',
    label: str({
      sv: 'Länk till mer information',
      fi: 'Linkki lisätietoihin',
      en: 'Link to more information',
    }),
    type: 'url',
    required: false,
  },
];

const eligibility = text({
  sv:
    'Företag och andra arbetsgivare med verksamhet i Österbotten. Vem som helst kan föreslå ett företag: ' +
    'företaget självt, en anställd eller en samarbetspartner.',
  fi:
    'Yritykset ja muut työnantajat, joilla on toimintaa Pohjanmaalla. Kuka tahansa voi ehdottaa yritystä: yritys ' +
    'itse, sen työntekijä tai yhteistyökumppani.',
  en:
    'Companies and other employers operating in Ostrobothnia. Anyone can put a company forward: the company ' +
    'itself, an employee or a partner.',
});

const description = text({
  sv:
    'Kampanjen lyfter fram företag i Österbotten som arbetar målmedvetet för jämställdhet och likabehandling. ' +
    'De samarbetande organisationerna väljer vinnaren.',
  fi:
    'Kampanja nostaa esiin pohjalaisia yrityksiä, jotka edistävät määrätietoisesti tasa-arvoa ja ' +
    'yhdenvertaisuutta. Yhteistyöorganisaatiot valitsevat voittajan.',
  en:
    'The campaign highlights companies in Ostrobothnia that work purposefully for equality and ' +
    'non-discrimination. The co-organising organisations choose the winner.',
});

export const campaigns: SeedDocument[] = [
  {
    _id: CAMPAIGNS.equalityCompany2025,
    _type: 'campaign',
    title: str({
      sv: 'Årets jämställdhetsföretag i Österbotten 2025',
      fi: 'Pohjanmaan vuoden tasa-arvoyritys 2025',
      en: 'Equality Company of the Year in Ostrobothnia 2025',
    }),
    slug: slugs({
      sv: 'arets-jamstalldhetsforetag-i-osterbotten-2025',
      fi: 'pohjanmaan-vuoden-tasa-arvoyritys-2025',
      en: 'equality-company-of-the-year-in-ostrobothnia-2025',
    }),
    year: 2025,
    opensAt: helsinki('2025-03-03T09:00'),
    closesAt: helsinki('2025-04-30T16:00'),
    eligibility,
    description,
    criteria,
    questions,
    isExample: false,
  },
  {
    _id: CAMPAIGNS.exampleEqualityCompany2027,
    _type: 'campaign',
    title: str({
      sv: 'Exempel: Årets jämställdhetsföretag i Österbotten 2027',
      fi: 'Esimerkki: Pohjanmaan vuoden tasa-arvoyritys 2027',
      en: 'Example: Equality Company of the Year in Ostrobothnia 2027',
    }),
    slug: slugs({
      sv: 'exempel-arets-jamstalldhetsforetag-i-osterbotten-2027',
      fi: 'esimerkki-pohjanmaan-vuoden-tasa-arvoyritys-2027',
      en: 'example-equality-company-of-the-year-in-ostrobothnia-2027',
    }),
    year: 2027,
    opensAt: helsinki('2026-11-02T09:00'),
    closesAt: helsinki('2027-01-29T16:00'),
    eligibility,
    description: text({
      sv: 'Exempelkampanj för att pröva ansökan och juryns bedömning. Ansökningar som lämnas här behandlas inte.',
      fi: 'Esimerkkikampanja hakemuksen ja tuomariston arvioinnin kokeilemiseen. Täällä jätettyjä hakemuksia ei käsitellä.',
      en: 'An example campaign to try applying and the jury’s review. Applications made here are not considered.',
    }),
    criteria,
    questions,
    isExample: true,
  },
];

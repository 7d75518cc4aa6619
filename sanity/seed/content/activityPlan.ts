/**
 * The activity plan 2024–2025 of Österbottens jämställdhets- och likabehandlingsnätverk (seeds/000): three
 * focus areas and their actions, as the plan lists them. Actions the plan does not date get the plan period.
 * Each carries the status the plan reached by its end (2025): done, unless noted as continuing (ongoing) or
 * moved to the next period (planned); editors record further progress.
 */
import { CAMPAIGNS, FOCUS_AREAS, REGIONAL_COUNCIL } from '../ids';
import { dateRange, ref, type SeedDocument, slug, str, text } from '../lib';

/** Lexorank values as the orderable-document-list plugin writes them ("0|100008:", "0|10000o:", ...). */
function rank(index: number): string {
  return `0|1${(index * 16 + 8).toString(36).padStart(5, '0')}:`;
}

const PLAN_PERIOD = dateRange('2024-01-01', '2025-12-31');
const YEAR_2025 = dateRange('2025-01-01', '2025-12-31');

export const focusAreas: SeedDocument[] = [
  {
    _id: FOCUS_AREAS.workingLife,
    _type: 'focusArea',
    title: str({
      sv: 'Mångfald i arbetsliv och utbildning',
      fi: 'Monimuotoisuus työelämässä ja koulutuksessa',
      en: 'Diversity in working life and education',
    }),
    slug: slug('mangfald-i-arbetsliv-och-utbildning'),
    summary: text({
      sv:
        'Kampanjen Årets jämställdhetsföretag i Österbotten 2025, en statistikutredning om segregationen på ' +
        'arbetsmarknaden, jämställda löner och kvinnors karriärutveckling samt helheten Med sikte på mångfald i ' +
        'arbetslivet.',
      fi:
        'Kampanja Pohjanmaan vuoden tasa-arvoyritys 2025, tilastoselvitys työmarkkinoiden segregaatiosta, ' +
        'samapalkkaisuudesta ja naisten urakehityksestä sekä kokonaisuus Med sikte på mångfald i arbetslivet ' +
        '(Tähtäimessä monimuotoinen työelämä).',
      en:
        'The campaign Equality Company of the Year in Ostrobothnia 2025, a statistical study of labour-market ' +
        'segregation, equal pay and women’s career development, and the series “Med sikte på mångfald i ' +
        'arbetslivet” (Aiming for diversity in working life).',
    }),
    orderRank: rank(0),
  },
  {
    _id: FOCUS_AREAS.municipalities,
    _type: 'focusArea',
    title: str({
      sv: 'Jämställdhets- och likabehandlingsarbete i kommunerna och välfärdsområdet',
      fi: 'Tasa-arvo- ja yhdenvertaisuustyö kunnissa ja hyvinvointialueella',
      en: 'Equality and non-discrimination work in the municipalities and the welfare area',
    }),
    slug: slug('kommunerna-och-valfardsomradet'),
    summary: text({
      sv:
        'Nätverket för kommunerna och välfärdsområdet fortsätter och får nya medlemmar, en snabbdialog med ' +
        'pilotsektorer och ett informationspaket för nya förtroendevalda efter kommunalvalet 2025.',
      fi:
        'Kuntien ja hyvinvointialueen verkosto jatkaa ja saa uudet jäsenet. Lisäksi pikadialogi pilottisektorien ' +
        'kanssa ja tietopaketti uusille luottamushenkilöille vuoden 2025 kuntavaalien jälkeen.',
      en:
        'The network of the municipalities and the welfare area continues with newly appointed members, a quick ' +
        'dialogue with pilot sectors and an information package for newly elected officials after the 2025 ' +
        'municipal elections.',
    }),
    orderRank: rank(1),
  },
  {
    _id: FOCUS_AREAS.organisations,
    _type: 'focusArea',
    title: str({
      sv: 'Jämställdhets- och likabehandlingsarbete i organisationer och föreningar',
      fi: 'Tasa-arvo- ja yhdenvertaisuustyö järjestöissä ja yhdistyksissä',
      en: 'Equality and non-discrimination work in organisations and associations',
    }),
    slug: slug('organisationer-och-foreningar'),
    summary: text({
      sv:
        'Två möten i Österbottens partnerskapsnätverk, minoriteter i organisationernas och föreningarnas ' +
        'verksamhet samt jämställd och jämlik delaktighet.',
      fi:
        'Kaksi Pohjanmaan kumppanuusverkoston tapaamista, vähemmistöt järjestöjen ja yhdistysten toiminnassa sekä ' +
        'tasa-arvoinen ja yhdenvertainen osallisuus.',
      en:
        'Two meetings of the Ostrobothnia partnership network, minorities in the work of organisations and ' +
        'associations, and equal participation.',
    }),
    orderRank: rank(2),
  },
];

interface PlannedAction {
  id: string;
  focusArea: string;
  title: { sv: string; fi: string; en: string };
  description?: { sv: string; fi: string; en: string };
  period?: ReturnType<typeof dateRange>;
  coordinator?: string;
  campaigns?: string[];
  /** Where the action stood when the plan period ended; done when not given. */
  status?: 'planned' | 'ongoing' | 'done';
}

const OTHER_ACTIONS = {
  sv: 'Eventuella andra gemensamt överenskomna åtgärder',
  fi: 'Mahdolliset muut yhteisesti sovitut toimet',
  en: 'Other jointly agreed actions, if any',
};

const plannedActions: PlannedAction[] = [
  {
    id: 'action-arets-jamstalldhetsforetag-2025',
    focusArea: FOCUS_AREAS.workingLife,
    title: {
      sv: 'Kampanjen Årets jämställdhetsföretag i Österbotten 2025',
      fi: 'Kampanja Pohjanmaan vuoden tasa-arvoyritys 2025',
      en: 'Campaign: Equality Company of the Year in Ostrobothnia 2025',
    },
    period: YEAR_2025,
    campaigns: [CAMPAIGNS.equalityCompany2025],
  },
  {
    id: 'action-statistikutredning',
    focusArea: FOCUS_AREAS.workingLife,
    title: {
      sv: 'Statistikutredning: segregation på arbetsmarknaden, jämställda löner och kvinnors karriärutveckling',
      fi: 'Tilastoselvitys: työmarkkinoiden segregaatio, samapalkkaisuus ja naisten urakehitys',
      en: 'Statistical study: labour-market segregation, equal pay and women’s career development',
    },
  },
  {
    id: 'action-snabbdialog-och-rundabordsdiskussion',
    focusArea: FOCUS_AREAS.workingLife,
    title: {
      sv: 'Med sikte på mångfald i arbetslivet: snabbdialog och rundabordsdiskussion med näringslivsbolag och läroanstalter',
      fi: 'Med sikte på mångfald i arbetslivet: pikadialogi ja pyöreän pöydän keskustelu elinkeinoyhtiöiden ja oppilaitosten kanssa',
      en: 'Aiming for diversity in working life: quick dialogue and round-table discussion with business development companies and educational institutions',
    },
  },
  {
    id: 'action-webbinarium-mangfald-i-arbetslivet',
    focusArea: FOCUS_AREAS.workingLife,
    title: {
      sv: 'Med sikte på mångfald i arbetslivet: webbinarium för en bredare publik',
      fi: 'Med sikte på mångfald i arbetslivet: webinaari laajemmalle yleisölle',
      en: 'Aiming for diversity in working life: webinar for a wider audience',
    },
  },
  {
    id: 'action-avveckling-av-segregationen',
    status: 'ongoing',
    focusArea: FOCUS_AREAS.workingLife,
    title: {
      sv: 'Det nationella nätverket Avveckling av segregationen',
      fi: 'Kansallinen Segregaation purkaminen -verkosto',
      en: 'The national network Dismantling Segregation',
    },
  },
  { id: 'action-ovriga-atgarder-arbetsliv', focusArea: FOCUS_AREAS.workingLife, title: OTHER_ACTIONS },
  {
    id: 'action-kommunernas-natverk-fortsatter',
    status: 'ongoing',
    focusArea: FOCUS_AREAS.municipalities,
    title: {
      sv: 'Jämställdhets- och likabehandlingsnätverket för kommunerna och välfärdsområdet i Österbotten fortsätter sin verksamhet',
      fi: 'Pohjanmaan kuntien ja hyvinvointialueen tasa-arvo- ja yhdenvertaisuusverkosto jatkaa toimintaansa',
      en: 'The equality and non-discrimination network of the municipalities and the welfare area in Ostrobothnia continues',
    },
  },
  {
    id: 'action-medlemmar-augusti-2024',
    focusArea: FOCUS_AREAS.municipalities,
    title: {
      sv: 'Österbottens förbund ber kommunerna och välfärdsområdet att utse medlemmar',
      fi: 'Pohjanmaan liitto pyytää kuntia ja hyvinvointialuetta nimeämään jäsenet',
      en: 'The Regional Council asks the municipalities and the welfare area to appoint members',
    },
    period: dateRange('2024-08-01', '2024-08-31'),
    coordinator: REGIONAL_COUNCIL,
  },
  {
    id: 'action-snabbdialog-pilotsektorer',
    focusArea: FOCUS_AREAS.municipalities,
    title: {
      sv: 'Snabbdialog med 1–2 pilotsektorer (t.ex. bildningstjänster)',
      fi: 'Pikadialogi 1–2 pilottisektorin kanssa (esim. sivistyspalvelut)',
      en: 'Quick dialogue with 1–2 pilot sectors (e.g. education services)',
    },
    description: {
      sv: 'Hur främjar tjänsterna inom sektorn jämställdhet och jämlikhet? Hur tas hänsyn till olika minoritetsgrupper?',
      fi: 'Miten sektorin palvelut edistävät tasa-arvoa ja yhdenvertaisuutta? Miten eri vähemmistöryhmät otetaan huomioon?',
      en: 'How do the sector’s services promote equality and non-discrimination? How are different minority groups taken into account?',
    },
  },
  {
    id: 'action-kommunalval-2025',
    focusArea: FOCUS_AREAS.municipalities,
    title: { sv: 'Kommunalval 2025', fi: 'Kuntavaalit 2025', en: 'Municipal elections 2025' },
    period: YEAR_2025,
  },
  {
    id: 'action-informationspaket-nya-fortroendevalda',
    focusArea: FOCUS_AREAS.municipalities,
    title: {
      sv: 'Informationspaket för nya förtroendevalda (t.ex. material från eOppiva och Kommunförbundet)',
      fi: 'Tietopaketti uusille luottamushenkilöille (esim. eOppivan ja Kuntaliiton materiaalia)',
      en: 'Information package for newly elected officials (e.g. material from eOppiva and the Association of Finnish Municipalities)',
    },
    period: YEAR_2025,
  },
  {
    id: 'action-presentation-vid-seminarium',
    status: 'planned',
    focusArea: FOCUS_AREAS.municipalities,
    title: {
      sv: 'Presentation av informationspaketet vid ett seminarium för kommunerna och välfärdsområdet',
      fi: 'Tietopaketin esittely kunnille ja hyvinvointialueelle järjestettävässä seminaarissa',
      en: 'Presentation of the information package at a seminar for the municipalities and the welfare area',
    },
    period: YEAR_2025,
  },
  { id: 'action-ovriga-atgarder-kommuner', focusArea: FOCUS_AREAS.municipalities, title: OTHER_ACTIONS },
  {
    id: 'action-partnerskapsnatverket',
    focusArea: FOCUS_AREAS.organisations,
    title: {
      sv: 'Två möten i Österbottens partnerskapsnätverk',
      fi: 'Kaksi Pohjanmaan kumppanuusverkoston tapaamista',
      en: 'Two meetings of the Ostrobothnia partnership network',
    },
  },
  {
    id: 'action-minoriteter-i-verksamheten',
    status: 'ongoing',
    focusArea: FOCUS_AREAS.organisations,
    title: {
      sv: 'Beaktande av minoriteter i organisationens eller föreningens verksamhet',
      fi: 'Vähemmistöjen huomioiminen järjestön tai yhdistyksen toiminnassa',
      en: 'Taking minorities into account in the work of organisations and associations',
    },
  },
  {
    id: 'action-jamstalld-delaktighet',
    status: 'ongoing',
    focusArea: FOCUS_AREAS.organisations,
    title: {
      sv: 'Jämställd och jämlik delaktighet',
      fi: 'Tasa-arvoinen ja yhdenvertainen osallisuus',
      en: 'Equal participation',
    },
  },
  { id: 'action-ovriga-atgarder-organisationer', focusArea: FOCUS_AREAS.organisations, title: OTHER_ACTIONS },
];

export const actions: SeedDocument[] = plannedActions.map((action, index) => ({
  _id: action.id,
  _type: 'action',
  title: str(action.title),
  focusArea: ref(action.focusArea),
  period: action.period ?? PLAN_PERIOD,
  status: action.status ?? 'done',
  ...(action.coordinator
    ? { coordinator: { _type: 'actionCoordinator', organization: ref(action.coordinator) } }
    : {}),
  ...(action.description ? { description: text(action.description) } : {}),
  ...(action.campaigns ? { relatedCampaigns: action.campaigns.map(ref) } : {}),
  orderRank: rank(index),
}));

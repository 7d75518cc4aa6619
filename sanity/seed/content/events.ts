/**
 * The two planning meetings of 2024 (seeds/000; dates from the plan, times, mode and capacity are
 * placeholders) and, marked as examples, upcoming events to try registration against.
 */
import { EVENTS, FOCUS_AREAS } from '../ids';
import { helsinki, ref, type SeedDocument, slugs, str, text } from '../lib';

export const events: SeedDocument[] = [
  {
    _id: EVENTS.planningMeeting1,
    _type: 'event',
    title: str({
      sv: 'Planeringsmöte 1: Identifiering av teman',
      fi: 'Suunnittelukokous 1: Teemojen tunnistaminen',
      en: 'Planning meeting 1: Identifying themes',
    }),
    slug: slugs({
      sv: 'planeringsmote-1-identifiering-av-teman',
      fi: 'suunnittelukokous-1-teemojen-tunnistaminen',
      en: 'planning-meeting-1-identifying-themes',
    }),
    kind: 'planningMeeting',
    startsAt: helsinki('2024-05-24T13:00'),
    endsAt: helsinki('2024-05-24T15:00'),
    mode: 'online',
    onlineUrl: 'https://meet.example.org/planeringsmote-1',
    capacity: 60,
    waitlist: false,
    registrationOpensAt: helsinki('2024-05-06T09:00'),
    registrationClosesAt: helsinki('2024-05-22T16:00'),
    description: text({
      sv:
        'Det första planeringsmötet för det nya, öppna nätverket: vi identifierar teman för verksamheten ' +
        '2024–2025. Alla intresserade är välkomna.',
      fi:
        'Uuden, avoimen verkoston ensimmäinen suunnittelukokous: tunnistamme toiminnan teemat vuosille ' +
        '2024–2025. Kaikki kiinnostuneet ovat tervetulleita.',
      en:
        'The first planning meeting of the new, open network: we identify the themes of the work in 2024–2025. ' +
        'Everyone interested is welcome.',
    }),
    isExample: false,
  },
  {
    _id: EVENTS.planningMeeting2,
    _type: 'event',
    title: str({
      sv: 'Planeringsmöte 2: Verksamhetsplan',
      fi: 'Suunnittelukokous 2: Toimintasuunnitelma',
      en: 'Planning meeting 2: Activity plan',
    }),
    slug: slugs({
      sv: 'planeringsmote-2-verksamhetsplan',
      fi: 'suunnittelukokous-2-toimintasuunnitelma',
      en: 'planning-meeting-2-activity-plan',
    }),
    kind: 'planningMeeting',
    startsAt: helsinki('2024-06-19T13:00'),
    endsAt: helsinki('2024-06-19T15:00'),
    mode: 'online',
    onlineUrl: 'https://meet.example.org/planeringsmote-2',
    capacity: 60,
    waitlist: false,
    registrationOpensAt: helsinki('2024-05-27T09:00'),
    registrationClosesAt: helsinki('2024-06-17T16:00'),
    description: text({
      sv:
        'Vi sammanställer nätverkets verksamhetsplan för 2024–2025 utifrån temana från det första mötet och ' +
        'arbetet mellan mötena: deltagare och personer som är intresserade av samordningsansvar.',
      fi:
        'Kokoamme verkoston toimintasuunnitelman vuosille 2024–2025 ensimmäisen kokouksen teemojen ja kokousten ' +
        'välisen työn pohjalta: osallistujat ja koordinointivastuusta kiinnostuneet henkilöt.',
      en:
        'We put together the network’s activity plan for 2024–2025 from the themes of the first meeting and the ' +
        'work between the meetings: participants and people interested in coordination responsibility.',
    }),
    isExample: false,
  },
  {
    _id: EVENTS.exampleWebinar,
    _type: 'event',
    title: str({
      sv: 'Exempel: Webbinarium – Med sikte på mångfald i arbetslivet',
      fi: 'Esimerkki: Webinaari – Tähtäimessä monimuotoinen työelämä',
      en: 'Example: Webinar – Aiming for diversity in working life',
    }),
    slug: slugs({
      sv: 'exempel-webbinarium-mangfald-i-arbetslivet-2027',
      fi: 'esimerkki-webinaari-monimuotoinen-tyoelama-2027',
      en: 'example-webinar-diversity-in-working-life-2027',
    }),
    kind: 'webinar',
    focusArea: ref(FOCUS_AREAS.workingLife),
    startsAt: helsinki('2027-02-10T13:00'),
    endsAt: helsinki('2027-02-10T14:30'),
    mode: 'online',
    onlineUrl: 'https://meet.example.org/webbinarium-2027',
    capacity: 25,
    waitlist: true,
    registrationOpensAt: helsinki('2026-11-02T09:00'),
    registrationClosesAt: helsinki('2027-02-09T16:00'),
    description: text({
      sv:
        'Exempelevenemang för att pröva anmälan: ett webbinarium om mångfald, jämställdhet och likabehandling i ' +
        'arbetslivet för en bredare publik. 25 platser, därefter kö.',
      fi:
        'Esimerkkitilaisuus ilmoittautumisen kokeilemiseen: webinaari monimuotoisuudesta, tasa-arvosta ja ' +
        'yhdenvertaisuudesta työelämässä laajemmalle yleisölle. 25 paikkaa, sen jälkeen jonoon.',
      en:
        'An example event to try registration: a webinar on diversity, equality and non-discrimination in working ' +
        'life for a wider audience. 25 places, then a waiting list.',
    }),
    isExample: true,
  },
  {
    _id: EVENTS.exampleSeminar,
    _type: 'event',
    title: str({
      sv: 'Exempel: Seminarium för kommunerna och välfärdsområdet',
      fi: 'Esimerkki: Seminaari kunnille ja hyvinvointialueelle',
      en: 'Example: Seminar for the municipalities and the welfare area',
    }),
    slug: slugs({
      sv: 'exempel-seminarium-kommunerna-och-valfardsomradet-2027',
      fi: 'esimerkki-seminaari-kunnille-ja-hyvinvointialueelle-2027',
      en: 'example-seminar-municipalities-and-welfare-area-2027',
    }),
    kind: 'seminar',
    focusArea: ref(FOCUS_AREAS.municipalities),
    startsAt: helsinki('2027-03-16T09:00'),
    endsAt: helsinki('2027-03-16T12:00'),
    mode: 'hybrid',
    place: str({
      sv: 'Vasa (lokalen meddelas senare)',
      fi: 'Vaasa (paikka ilmoitetaan myöhemmin)',
      en: 'Vaasa (venue to be announced)',
    }),
    onlineUrl: 'https://meet.example.org/seminarium-2027',
    capacity: 80,
    waitlist: false,
    registrationOpensAt: helsinki('2026-11-16T09:00'),
    registrationClosesAt: helsinki('2027-03-09T16:00'),
    description: text({
      sv:
        'Exempelevenemang: ett seminarium där informationspaketet för nya förtroendevalda presenteras för ' +
        'kommunerna och välfärdsområdet. På plats i Vasa och på distans.',
      fi:
        'Esimerkkitilaisuus: seminaari, jossa uusien luottamushenkilöiden tietopaketti esitellään kunnille ja ' +
        'hyvinvointialueelle. Paikan päällä Vaasassa ja etänä.',
      en:
        'An example event: a seminar presenting the information package for newly elected officials to the ' +
        'municipalities and the welfare area. On site in Vaasa and online.',
    }),
    isExample: true,
  },
  {
    _id: EVENTS.exampleNetworkMeeting,
    _type: 'event',
    title: str({
      sv: 'Exempel: Nätverksträff för organisationer och föreningar',
      fi: 'Esimerkki: Verkostotapaaminen järjestöille ja yhdistyksille',
      en: 'Example: Network meeting for organisations and associations',
    }),
    slug: slugs({
      sv: 'exempel-natverkstraff-organisationer-och-foreningar-2027',
      fi: 'esimerkki-verkostotapaaminen-jarjestoille-ja-yhdistyksille-2027',
      en: 'example-network-meeting-organisations-and-associations-2027',
    }),
    kind: 'networkMeeting',
    focusArea: ref(FOCUS_AREAS.organisations),
    startsAt: helsinki('2027-04-21T17:00'),
    endsAt: helsinki('2027-04-21T19:00'),
    mode: 'onsite',
    place: str({
      sv: 'Jakobstad (lokalen meddelas senare)',
      fi: 'Pietarsaari (paikka ilmoitetaan myöhemmin)',
      en: 'Jakobstad (venue to be announced)',
    }),
    capacity: 30,
    waitlist: true,
    registrationOpensAt: helsinki('2027-01-11T09:00'),
    registrationClosesAt: helsinki('2027-04-14T16:00'),
    description: text({
      sv:
        'Exempelevenemang vars anmälan öppnar först i januari 2027: en träff om minoriteter och jämlik ' +
        'delaktighet i organisationernas och föreningarnas verksamhet.',
      fi:
        'Esimerkkitilaisuus, jonka ilmoittautuminen avautuu vasta tammikuussa 2027: tapaaminen vähemmistöistä ja ' +
        'yhdenvertaisesta osallisuudesta järjestöjen ja yhdistysten toiminnassa.',
      en:
        'An example event whose registration only opens in January 2027: a meeting on minorities and equal ' +
        'participation in the work of organisations and associations.',
    }),
    isExample: true,
  },
];

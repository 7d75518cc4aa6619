import { SETTINGS } from '../ids';
import { type SeedDocument, str, text } from '../lib';

export const settings: SeedDocument[] = [
  {
    _id: SETTINGS,
    _type: 'settings',
    networkName: str({
      sv: 'Österbottens jämställdhets- och likabehandlingsnätverk',
      fi: 'Pohjanmaan tasa-arvo- ja yhdenvertaisuusverkosto',
      en: 'Ostrobothnia Equality and Non-Discrimination Network',
    }),
    region: str({ sv: 'Österbotten', fi: 'Pohjanmaa', en: 'Ostrobothnia' }),
    languages: ['sv', 'fi', 'en'],
    contactEmail: 'natverket@example.org',
    privacyNotice: text({
      sv:
        'Nätverket behandlar personuppgifter för att ordna evenemang, föra en förteckning över medlemmar och ta emot ' +
        'nomineringar och ansökningar till kampanjer. Vi frågar bara det som behövs. Anmälningar till evenemang ' +
        'raderas 90 dagar efter evenemanget och uppgifter om specialkost och tillgänglighet genast efter det. Ett ' +
        'medlemskap gäller tills du lämnar nätverket. Nomineringar från kommunerna och välfärdsområdet är allmänna ' +
        'handlingar och bevaras enligt arkivbildningsplanen. Du kan fråga vilka uppgifter vi har om dig eller be oss ' +
        'radera dem: skriv till natverket@example.org. Vi svarar inom en månad.',
      fi:
        'Verkosto käsittelee henkilötietoja järjestääkseen tilaisuuksia, pitääkseen luetteloa jäsenistä sekä ' +
        'ottaakseen vastaan nimityksiä ja kampanjahakemuksia. Kysymme vain tarpeelliset tiedot. Ilmoittautumiset ' +
        'tilaisuuksiin poistetaan 90 päivää tilaisuuden jälkeen ja erityisruokavaliota ja saavutettavuutta koskevat ' +
        'tiedot heti tilaisuuden jälkeen. Jäsenyys on voimassa, kunnes eroat verkostosta. Kuntien ja ' +
        'hyvinvointialueen nimeämiset ovat julkisia asiakirjoja, ja ne säilytetään arkistonmuodostussuunnitelman ' +
        'mukaisesti. Voit kysyä, mitä tietoja sinusta on, tai pyytää poistamaan ne: kirjoita osoitteeseen ' +
        'natverket@example.org. Vastaamme kuukauden kuluessa.',
      en:
        'The network processes personal data to organise events, keep a list of members and receive nominations ' +
        'and campaign applications. We only ask for what is needed. Event registrations are deleted 90 days after ' +
        'the event, and dietary and accessibility details right after it. A membership lasts until you leave the ' +
        'network. Nominations from the municipalities and the welfare area are public records and are kept under ' +
        'the records management plan. You can ask what data we hold about you or ask us to erase it: write to ' +
        'natverket@example.org. We answer within one month.',
    }),
    accessibilityStatement: text({
      sv:
        'Tjänsten ska uppfylla kraven i WCAG 2.1 på nivå AA enligt lagen om tillhandahållande av digitala tjänster. ' +
        'Om du upptäcker brister i tillgängligheten eller inte får tillgång till innehåll, skriv till ' +
        'natverket@example.org. Är du inte nöjd med svaret kan du vända dig till tillsynsmyndigheten för ' +
        'tillgänglighet; kontaktuppgifterna finns på webbplatsen saavutettavuusvaatimukset.fi.',
      fi:
        'Palvelun on täytettävä WCAG 2.1 -ohjeiden AA-tason vaatimukset digitaalisten palvelujen tarjoamisesta ' +
        'annetun lain mukaisesti. Jos havaitset saavutettavuuspuutteita tai et pääse sisältöön, kirjoita ' +
        'osoitteeseen natverket@example.org. Jos et ole tyytyväinen vastaukseen, voit kääntyä saavutettavuutta ' +
        'valvovan viranomaisen puoleen; yhteystiedot ovat sivustolla saavutettavuusvaatimukset.fi.',
      en:
        'The service is to meet WCAG 2.1 level AA as required by the Act on the Provision of Digital Services. If ' +
        'you find an accessibility problem or cannot reach some content, write to natverket@example.org. If you are ' +
        'not satisfied with the answer, you can turn to the accessibility supervisory authority; its contact ' +
        'details are on saavutettavuusvaatimukset.fi.',
    }),
    retention: {
      _type: 'retentionPolicy',
      registrationDays: 90,
      applicationDays: 365,
      membershipInactiveDays: 730,
    },
  },
];

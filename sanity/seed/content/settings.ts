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
    tagline: str({
      sv: 'Tillsammans för jämställdhet och likabehandling i Österbotten',
      fi: 'Yhdessä tasa-arvon ja yhdenvertaisuuden puolesta Pohjanmaalla',
      en: 'Together for equality and non-discrimination in Ostrobothnia',
    }),
    introduction: text({
      sv:
        'Nätverket samlar kommunerna, välfärdsområdet, organisationer, föreningar, företag och alla som vill ' +
        'främja jämställdhet och likabehandling i Österbotten. Vi ordnar möten, webbinarier och seminarier, delar ' +
        'kunskap och material och lyfter fram goda exempel, bland annat i kampanjen Årets jämställdhetsföretag i ' +
        'Österbotten.\n\nNätverket är öppet för alla. Anmäl dig till ett evenemang eller gå med i nätverket så ' +
        'får du veta mer.',
      fi:
        'Verkosto kokoaa yhteen kunnat, hyvinvointialueen, järjestöt, yhdistykset, yritykset ja kaikki, jotka ' +
        'haluavat edistää tasa-arvoa ja yhdenvertaisuutta Pohjanmaalla. Järjestämme tapaamisia, webinaareja ja ' +
        'seminaareja, jaamme tietoa ja materiaalia ja nostamme esiin hyviä käytäntöjä muun muassa Pohjanmaan ' +
        'vuoden tasa-arvoyritys -kampanjassa.\n\nVerkosto on avoin kaikille. Ilmoittaudu tapahtumaan tai liity ' +
        'verkostoon, niin kuulet lisää.',
      en:
        'The network brings together the municipalities, the welfare area, organisations, associations, ' +
        'companies and everyone who wants to promote equality and non-discrimination in Ostrobothnia. We ' +
        'organise meetings, webinars and seminars, share knowledge and material, and highlight good practice, ' +
        'for example in the campaign Equality Company of the Year in Ostrobothnia.\n\nThe network is open to ' +
        'everyone. Register for an event or join the network to hear more.',
    }),
    // Our own mark: two linked rings (people and organisations together) around an equals sign.
    logo:
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">' +
      '<circle cx="24" cy="32" r="17" fill="none" stroke="#1d4f91" stroke-width="6"/>' +
      '<circle cx="40" cy="32" r="17" fill="none" stroke="#00703c" stroke-width="6"/>' +
      '<rect x="23" y="25" width="18" height="5" rx="2" fill="#0b0c0c"/>' +
      '<rect x="23" y="34" width="18" height="5" rx="2" fill="#0b0c0c"/></svg>',
    brandColour: '#1d4f91',
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

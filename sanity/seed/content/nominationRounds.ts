/**
 * The August 2024 request to the municipalities and the welfare area to appoint members (seeds/000; the
 * seats, deadline and term are placeholders) and an open example round.
 */
import { NOMINATING_ORGANIZATIONS, NOMINATION_ROUNDS } from '../ids';
import { dateRange, helsinki, ref, type SeedDocument, str, text } from '../lib';

const seats = { _type: 'seats', members: 1, deputies: 1 };

export const nominationRounds: SeedDocument[] = [
  {
    _id: NOMINATION_ROUNDS.members2024,
    _type: 'nominationRound',
    title: str({
      sv: 'Medlemmar i kommunernas och välfärdsområdets jämställdhets- och likabehandlingsnätverk 2024–2025',
      fi: 'Kuntien ja hyvinvointialueen tasa-arvo- ja yhdenvertaisuusverkoston jäsenet 2024–2025',
      en: 'Members of the equality and non-discrimination network of the municipalities and the welfare area 2024–2025',
    }),
    instructions: text({
      sv:
        'Österbottens förbund ber kommunerna och välfärdsområdet att utse en medlem och en ersättare till ' +
        'jämställdhets- och likabehandlingsnätverket för kommunerna och välfärdsområdet för 2024–2025. Föreslå ' +
        'gärna både en kvinna och en man: i kommunernas och välfärdsområdenas organ ska både kvinnor och män vara ' +
        'minst 40 procent. Ange namn, e-postadress och språk för varje person.',
      fi:
        'Pohjanmaan liitto pyytää kuntia ja hyvinvointialuetta nimeämään yhden jäsenen ja yhden varajäsenen ' +
        'kuntien ja hyvinvointialueen tasa-arvo- ja yhdenvertaisuusverkostoon vuosiksi 2024–2025. Ehdottakaa ' +
        'mieluiten sekä naista että miestä: kuntien ja hyvinvointialueiden toimielimissä sekä naisia että miehiä on ' +
        'oltava vähintään 40 prosenttia. Ilmoittakaa kunkin henkilön nimi, sähköpostiosoite ja kieli.',
      en:
        'The Regional Council of Ostrobothnia asks the municipalities and the welfare area to appoint one member ' +
        'and one deputy to the equality and non-discrimination network of the municipalities and the welfare area ' +
        'for 2024–2025. Please propose both a woman and a man: municipal and welfare-area bodies must have at least ' +
        '40 per cent women and 40 per cent men. Give each person’s name, email address and language.',
    }),
    deadline: helsinki('2024-08-30T16:00'),
    seats,
    organizations: NOMINATING_ORGANIZATIONS.map(ref),
    term: dateRange('2024-09-01', '2025-12-31'),
    askBothGenders: true,
    isExample: false,
  },
  {
    _id: NOMINATION_ROUNDS.example2027,
    _type: 'nominationRound',
    title: str({
      sv: 'Exempel: Medlemmar i kommunernas och välfärdsområdets nätverk 2027–2028',
      fi: 'Esimerkki: Kuntien ja hyvinvointialueen verkoston jäsenet 2027–2028',
      en: 'Example: Members of the network of the municipalities and the welfare area 2027–2028',
    }),
    instructions: text({
      sv:
        'Exempelomgång för att pröva nomineringen: utse en medlem och en ersättare och föreslå gärna både en ' +
        'kvinna och en man. Svar som lämnas här behandlas inte.',
      fi:
        'Esimerkkikierros nimeämisen kokeilemiseen: nimetkää yksi jäsen ja yksi varajäsen ja ehdottakaa mieluiten ' +
        'sekä naista että miestä. Täällä annettuja vastauksia ei käsitellä.',
      en:
        'An example round to try nominating: appoint one member and one deputy, and please propose both a woman and ' +
        'a man. Answers given here are not considered.',
    }),
    deadline: helsinki('2027-01-29T16:00'),
    seats,
    organizations: NOMINATING_ORGANIZATIONS.map(ref),
    term: dateRange('2027-03-01', '2028-12-31'),
    askBothGenders: true,
    isExample: true,
  },
];

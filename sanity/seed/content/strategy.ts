/**
 * An example of a regional equality strategy that organisations join, drawn from how Västmanland's county
 * strategy describes joining (seeds/003): a decision by the organisation's political body or management, a
 * named contact person, an initial dialogue about what the organisation already does and can contribute, and a
 * follow-up. No legally binding commitment. The goals and texts are placeholders (isExample).
 */
import { FOCUS_AREAS, STRATEGY } from '../ids';
import { dateRange, ref, type SeedDocument, str, text } from '../lib';

export const strategies: SeedDocument[] = [
  {
    _id: STRATEGY,
    _type: 'strategy',
    title: str({
      sv: 'Exempel: Jämställdhetsstrategi för regionen 2027–2030',
      fi: 'Esimerkki: Alueen tasa-arvostrategia 2027–2030',
      en: 'Example: Equality strategy for the region 2027–2030',
    }),
    period: dateRange('2027-01-01', '2030-12-31'),
    vision: text({
      sv: 'En jämställd region fri från våld, där kvinnor och män, flickor och pojkar har samma makt att forma samhället och sina egna liv.',
      fi: 'Tasa-arvoinen ja väkivallaton alue, jossa naisilla ja miehillä, tytöillä ja pojilla on sama valta muokata yhteiskuntaa ja omaa elämäänsä.',
      en: 'An equal region free from violence, where women and men, girls and boys have the same power to shape society and their own lives.',
    }),
    focusAreas: [
      ref(FOCUS_AREAS.workingLife),
      ref(FOCUS_AREAS.municipalities),
      ref(FOCUS_AREAS.organisations),
    ],
    goals: [
      {
        _type: 'strategyGoal',
        key: 'economic-equality',
        title: str({
          sv: 'Ekonomisk jämställdhet',
          fi: 'Taloudellinen tasa-arvo',
          en: 'Economic equality',
        }),
        description: text({
          sv: 'Samma möjligheter till betalt arbete och lika lön för lika och likvärdigt arbete.',
          fi: 'Samat mahdollisuudet palkkatyöhön ja sama palkka samasta ja samanarvoisesta työstä.',
          en: 'The same opportunities for paid work and equal pay for equal work and work of equal value.',
        }),
      },
      {
        _type: 'strategyGoal',
        key: 'education',
        title: str({
          sv: 'Jämställd utbildning',
          fi: 'Tasa-arvoinen koulutus',
          en: 'Equal education',
        }),
        description: text({
          sv: 'Samma möjligheter och villkor när det gäller utbildning, studieval och personlig utveckling.',
          fi: 'Samat mahdollisuudet ja edellytykset koulutukseen, opintovalintoihin ja henkilökohtaiseen kehitykseen.',
          en: 'The same opportunities and conditions in education, study choices and personal development.',
        }),
      },
      {
        _type: 'strategyGoal',
        key: 'no-violence',
        title: str({
          sv: 'Mäns våld mot kvinnor ska upphöra',
          fi: 'Miesten naisiin kohdistama väkivalta loppuu',
          en: "Men's violence against women must stop",
        }),
        description: text({
          sv: 'Samma rätt och möjlighet till kroppslig integritet för alla.',
          fi: 'Kaikilla on sama oikeus ja mahdollisuus ruumiilliseen koskemattomuuteen.',
          en: 'The same right and opportunity to physical integrity for everyone.',
        }),
      },
    ],
    joiningMeans: text({
      sv: 'Organisationen antar en viljeinriktning att bidra till strategins mål. Beslutet fattas politiskt eller av ledningen, och en kontaktperson utses. Nätverket för en första dialog med organisationen om vad den redan gör och kan bidra med, och följer upp en gång om året.',
      fi: 'Organisaatio sitoutuu tahtotilaan edistää strategian tavoitteita. Päätöksen tekee poliittinen toimielin tai johto, ja organisaatio nimeää yhteyshenkilön. Verkosto käy organisaation kanssa aloituskeskustelun siitä, mitä se jo tekee ja miten se voi osallistua, ja seuraa työtä kerran vuodessa.',
      en: "The organisation adopts an intention to contribute to the strategy's goals. The decision is taken by its political body or management, and a contact person is named. The network holds an initial dialogue with the organisation about what it already does and can contribute, and follows up once a year.",
    }),
    joiningDoesNotMean: text({
      sv: 'Anslutningen är inget juridiskt bindande åtagande och kostar ingenting. Den visar organisationens vilja att arbeta för ökad jämställdhet.',
      fi: 'Liittyminen ei ole oikeudellisesti sitova sitoumus eikä maksa mitään. Se osoittaa organisaation halun edistää tasa-arvoa.',
      en: "Joining is not a legally binding commitment and costs nothing. It shows the organisation's will to work for greater equality.",
    }),
    isExample: true,
  },
];

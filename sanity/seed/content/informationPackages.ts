/**
 * The information package for newly elected officials after the 2025 municipal elections (seeds/000), with
 * the two eOppiva courses the plan links to. `body` is the package as rich text (chapters, lists, the course
 * links, the seed's image and checklist PDF); `sections` keeps the plain-text chapters the site shows today.
 */
import { SEED_ASSETS } from '../assets';
import { EVENTS, INFORMATION_PACKAGES } from '../ids';
import {
  attachment,
  bullets,
  figure,
  h2,
  internalLink,
  link,
  numbered,
  p,
  richText,
  type SeedDocument,
  slugs,
  str,
  strong,
  type Translations,
  text,
} from '../lib';

const COURSES = {
  equalMunicipality: 'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/',
  howAndWhy: 'https://www.eoppiva.fi/koulutukset/jamstalldhet-och-likabehandling-hur-och-varfor/',
} as const;

const EQUALS_SIGN_ALT: Translations = {
  sv: 'Ett vitt likhetstecken på mörkgrön botten, med ränder i sex färger längs nederkanten.',
  fi: 'Valkoinen yhtäläisyysmerkki tummanvihreällä pohjalla, alareunassa raidat kuudessa värissä.',
  en: 'A white equals sign on a dark green background, with stripes in six colours along the bottom.',
};

const CHECKLIST_TITLE: Translations = {
  sv: 'Checklista: jämställdhet i beslutsfattandet',
  fi: 'Tarkistuslista: tasa-arvo päätöksenteossa',
  en: 'Checklist: equality in decision-making (in Swedish and Finnish)',
};

const CONTACT = 'mailto:natverket@example.org';

const body = richText({
  sv: [
    h2('Varför jämställdhet och likabehandling?'),
    p(
      'Kommunen och välfärdsområdet fattar beslut som påverkar invånarnas vardag. Som förtroendevald ansvarar du ' +
        'för att besluten bemöter alla invånare jämlikt, oberoende av kön, ålder, språk, ursprung, ' +
        'funktionsnedsättning eller andra omständigheter som gäller personen.',
    ),
    figure(SEED_ASSETS.equalsSign.id, EQUALS_SIGN_ALT),
    h2('Lagstiftningen i korthet'),
    bullets(
      [
        strong('Jämställdhetslagen (609/1986)'),
        ' förpliktar kommunen och välfärdsområdet att främja jämställdhet mellan kvinnor och män, som ' +
          'arbetsgivare och som tjänsteproducent.',
      ],
      [
        strong('Diskrimineringslagen (1325/2014)'),
        ' förpliktar dem att främja likabehandling och att bedöma hur den förverkligas i verksamheten.',
      ],
      [
        'I kommunernas och välfärdsområdenas organ, utom fullmäktige, ska både kvinnor och män vara ',
        strong('minst 40 procent'),
        ', om det inte finns särskilda skäl.',
      ],
    ),
    h2('Så kommer du i gång'),
    numbered(
      ['Gå en av webbkurserna nedan.'],
      [
        'Läs kommunens eller välfärdsområdets jämställdhets- och likabehandlingsplan och se vilka mål den sätter.',
      ],
      ['Använd checklistan när ärenden bereds och avgörs.'],
      [
        'Delta i nätverkets träffar, till exempel ',
        internalLink('seminariet för kommunerna och välfärdsområdet', EVENTS.exampleSeminar),
        '.',
      ],
    ),
    h2('Kurser och material'),
    p(
      'eOppiva erbjuder webbkurser för förtroendevalda och anställda inom den offentliga sektorn. Kurserna nedan ' +
        'är på svenska. Också Kommunförbundet publicerar material för nya förtroendevalda.',
    ),
    bullets(
      [link('Så skapas en jämlik kommun', COURSES.equalMunicipality), ' (eOppiva)'],
      [link('Jämställdhet och likabehandling – hur och varför?', COURSES.howAndWhy), ' (eOppiva)'],
    ),
    attachment(SEED_ASSETS.checklist.id, CHECKLIST_TITLE),
    p('Frågor? Skriv till nätverket: ', link('natverket@example.org', CONTACT), '.'),
  ],
  fi: [
    h2('Miksi tasa-arvo ja yhdenvertaisuus?'),
    p(
      'Kunta ja hyvinvointialue tekevät päätöksiä, jotka vaikuttavat asukkaiden arkeen. Luottamushenkilönä ' +
        'vastaat siitä, että päätökset kohtelevat kaikkia asukkaita yhdenvertaisesti sukupuolesta, iästä, ' +
        'kielestä, alkuperästä, vammaisuudesta tai muista henkilöön liittyvistä syistä riippumatta.',
    ),
    figure(SEED_ASSETS.equalsSign.id, EQUALS_SIGN_ALT),
    h2('Lainsäädäntö lyhyesti'),
    bullets(
      [
        strong('Tasa-arvolaki (609/1986)'),
        ' velvoittaa kunnan ja hyvinvointialueen edistämään naisten ja miesten tasa-arvoa työnantajana ja ' +
          'palvelujen tuottajana.',
      ],
      [
        strong('Yhdenvertaisuuslaki (1325/2014)'),
        ' velvoittaa ne edistämään yhdenvertaisuutta ja arvioimaan sen toteutumista toiminnassaan.',
      ],
      [
        'Kuntien ja hyvinvointialueiden toimielimissä valtuustoa lukuun ottamatta on oltava sekä naisia että ' +
          'miehiä kumpiakin ',
        strong('vähintään 40 prosenttia'),
        ', jollei erityisistä syistä muuta johdu.',
      ],
    ),
    h2('Näin pääset alkuun'),
    numbered(
      ['Käy jokin alla olevista verkkokursseista.'],
      [
        'Lue kunnan tai hyvinvointialueen tasa-arvo- ja yhdenvertaisuussuunnitelma ja katso, mitä tavoitteita se asettaa.',
      ],
      ['Käytä tarkistuslistaa, kun asioita valmistellaan ja ratkaistaan.'],
      [
        'Osallistu verkoston tapaamisiin, esimerkiksi ',
        internalLink('kunnille ja hyvinvointialueelle järjestettävään seminaariin', EVENTS.exampleSeminar),
        '.',
      ],
    ),
    h2('Kurssit ja materiaali'),
    p(
      'eOppiva tarjoaa verkkokursseja julkisen sektorin luottamushenkilöille ja työntekijöille. Alla olevat ' +
        'kurssit ovat ruotsinkielisiä. Myös Kuntaliitto julkaisee materiaalia uusille luottamushenkilöille.',
    ),
    bullets(
      [link('Så skapas en jämlik kommun', COURSES.equalMunicipality), ' (eOppiva, ruotsiksi)'],
      [link('Jämställdhet och likabehandling – hur och varför?', COURSES.howAndWhy), ' (eOppiva, ruotsiksi)'],
    ),
    attachment(SEED_ASSETS.checklist.id, CHECKLIST_TITLE),
    p('Kysyttävää? Kirjoita verkostolle: ', link('natverket@example.org', CONTACT), '.'),
  ],
  en: [
    h2('Why equality and non-discrimination?'),
    p(
      'The municipality and the welfare area make decisions that shape residents’ everyday lives. As an elected ' +
        'official you are responsible for decisions that treat every resident equally, whatever their gender, ' +
        'age, language, origin, disability or other personal characteristics.',
    ),
    figure(SEED_ASSETS.equalsSign.id, EQUALS_SIGN_ALT),
    h2('The law in brief'),
    bullets(
      [
        strong('The Equality Act (609/1986)'),
        ' obliges the municipality and the welfare area to promote equality between women and men, as employers ' +
          'and as service providers.',
      ],
      [
        strong('The Non-Discrimination Act (1325/2014)'),
        ' obliges them to promote non-discrimination and to assess how it is realised in what they do.',
      ],
      [
        'Municipal and welfare-area bodies other than the council must have ',
        strong('at least 40 per cent'),
        ' women and 40 per cent men unless there are special reasons.',
      ],
    ),
    h2('Getting started'),
    numbered(
      ['Take one of the online courses below.'],
      [
        'Read the equality and non-discrimination plan of your municipality or welfare area and the goals it sets.',
      ],
      ['Use the checklist when matters are prepared and decided.'],
      [
        'Join the network’s meetings, for example the ',
        internalLink('seminar for the municipalities and the welfare area', EVENTS.exampleSeminar),
        '.',
      ],
    ),
    h2('Courses and material'),
    p(
      'eOppiva offers online courses for elected officials and public-sector staff. The courses below are in ' +
        'Swedish. The Association of Finnish Municipalities also publishes material for newly elected officials.',
    ),
    bullets(
      [link('Så skapas en jämlik kommun', COURSES.equalMunicipality), ' (eOppiva, in Swedish)'],
      [
        link('Jämställdhet och likabehandling – hur och varför?', COURSES.howAndWhy),
        ' (eOppiva, in Swedish)',
      ],
    ),
    attachment(SEED_ASSETS.checklist.id, CHECKLIST_TITLE),
    p('Questions? Write to the network: ', link('natverket@example.org', CONTACT), '.'),
  ],
});

export const informationPackages: SeedDocument[] = [
  {
    _id: INFORMATION_PACKAGES.newlyElected,
    _type: 'informationPackage',
    title: str({
      sv: 'Informationspaket för nya förtroendevalda',
      fi: 'Tietopaketti uusille luottamushenkilöille',
      en: 'Information package for newly elected officials',
    }),
    slug: slugs({
      sv: 'informationspaket-for-nya-fortroendevalda',
      fi: 'tietopaketti-uusille-luottamushenkiloille',
      en: 'information-package-for-newly-elected-officials',
    }),
    audience: str({
      sv: 'Nya förtroendevalda i kommunerna och välfärdsområdet i Österbotten',
      fi: 'Pohjanmaan kuntien ja hyvinvointialueen uudet luottamushenkilöt',
      en: 'Newly elected officials in the municipalities and the welfare area of Ostrobothnia',
    }),
    summary: text({
      sv:
        'Efter kommunalvalet 2025 samlar paketet grunderna i jämställdhets- och likabehandlingsarbetet i kommunen ' +
        'och välfärdsområdet samt kurser och material från eOppiva och Kommunförbundet.',
      fi:
        'Vuoden 2025 kuntavaalien jälkeen paketti kokoaa yhteen tasa-arvo- ja yhdenvertaisuustyön perusteet ' +
        'kunnassa ja hyvinvointialueella sekä eOppivan ja Kuntaliiton kursseja ja materiaalia.',
      en:
        'After the 2025 municipal elections, the package brings together the basics of equality and ' +
        'non-discrimination work in the municipality and the welfare area, with courses and material from eOppiva ' +
        'and the Association of Finnish Municipalities.',
    }),
    image: figure(SEED_ASSETS.equalsSign.id, EQUALS_SIGN_ALT),
    body,
    files: [attachment(SEED_ASSETS.checklist.id, CHECKLIST_TITLE)],
    sections: [
      {
        _type: 'packageSection',
        heading: str({
          sv: 'Varför jämställdhet och likabehandling?',
          fi: 'Miksi tasa-arvo ja yhdenvertaisuus?',
          en: 'Why equality and non-discrimination?',
        }),
        body: text({
          sv:
            'Kommunen och välfärdsområdet fattar beslut som påverkar invånarnas vardag. Som förtroendevald ' +
            'ansvarar du för att besluten bemöter alla invånare jämlikt, oberoende av kön, ålder, språk, ursprung, ' +
            'funktionsnedsättning eller andra omständigheter som gäller personen.',
          fi:
            'Kunta ja hyvinvointialue tekevät päätöksiä, jotka vaikuttavat asukkaiden arkeen. Luottamushenkilönä ' +
            'vastaat siitä, että päätökset kohtelevat kaikkia asukkaita yhdenvertaisesti sukupuolesta, iästä, ' +
            'kielestä, alkuperästä, vammaisuudesta tai muista henkilöön liittyvistä syistä riippumatta.',
          en:
            'The municipality and the welfare area make decisions that shape residents’ everyday lives. As an ' +
            'elected official you are responsible for decisions that treat every resident equally, whatever their ' +
            'gender, age, language, origin, disability or other personal characteristics.',
        }),
      },
      {
        _type: 'packageSection',
        heading: str({ sv: 'Lagstiftningen i korthet', fi: 'Lainsäädäntö lyhyesti', en: 'The law in brief' }),
        body: text({
          sv:
            'Jämställdhetslagen (609/1986) och diskrimineringslagen (1325/2014) förpliktar kommunen och ' +
            'välfärdsområdet att främja jämställdhet och likabehandling i all sin verksamhet, som arbetsgivare och ' +
            'som tjänsteproducent. I kommunernas och välfärdsområdenas organ, utom fullmäktige, ska både kvinnor ' +
            'och män vara minst 40 procent, om det inte finns särskilda skäl.',
          fi:
            'Tasa-arvolaki (609/1986) ja yhdenvertaisuuslaki (1325/2014) velvoittavat kunnan ja hyvinvointialueen ' +
            'edistämään tasa-arvoa ja yhdenvertaisuutta kaikessa toiminnassaan, työnantajana ja palvelujen ' +
            'tuottajana. Kuntien ja hyvinvointialueiden toimielimissä valtuustoa lukuun ottamatta on oltava sekä ' +
            'naisia että miehiä kumpiakin vähintään 40 prosenttia, jollei erityisistä syistä muuta johdu.',
          en:
            'The Equality Act (609/1986) and the Non-Discrimination Act (1325/2014) oblige the municipality and the ' +
            'welfare area to promote equality and non-discrimination in all they do, as employers and as service ' +
            'providers. Municipal and welfare-area bodies other than the council must have at least 40 per cent ' +
            'women and 40 per cent men unless there are special reasons.',
        }),
      },
      {
        _type: 'packageSection',
        heading: str({ sv: 'Kurser och material', fi: 'Kurssit ja materiaali', en: 'Courses and material' }),
        body: text({
          sv:
            'eOppiva erbjuder webbkurser för förtroendevalda och anställda inom den offentliga sektorn. Kurserna ' +
            'nedan är på svenska. Också Kommunförbundet publicerar material för nya förtroendevalda.',
          fi:
            'eOppiva tarjoaa verkkokursseja julkisen sektorin luottamushenkilöille ja työntekijöille. Alla olevat ' +
            'kurssit ovat ruotsinkielisiä. Myös Kuntaliitto julkaisee materiaalia uusille luottamushenkilöille.',
          en:
            'eOppiva offers online courses for elected officials and public-sector staff. The courses below are in ' +
            'Swedish. The Association of Finnish Municipalities also publishes material for newly elected officials.',
        }),
      },
    ],
    resources: [
      {
        _type: 'learningResource',
        title: str({
          sv: 'Så skapas en jämlik kommun',
          fi: 'Så skapas en jämlik kommun (ruotsinkielinen verkkokurssi)',
          en: 'Så skapas en jämlik kommun (online course in Swedish)',
        }),
        url: COURSES.equalMunicipality,
        provider: 'eOppiva',
        language: 'sv',
        format: 'course',
      },
      {
        _type: 'learningResource',
        title: str({
          sv: 'Jämställdhet och likabehandling – hur och varför?',
          fi: 'Jämställdhet och likabehandling – hur och varför? (ruotsinkielinen verkkokurssi)',
          en: 'Jämställdhet och likabehandling – hur och varför? (online course in Swedish)',
        }),
        url: COURSES.howAndWhy,
        provider: 'eOppiva',
        language: 'sv',
        format: 'course',
      },
    ],
  },
];

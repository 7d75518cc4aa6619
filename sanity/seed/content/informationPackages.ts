/**
 * The information package for newly elected officials after the 2025 municipal elections (seeds/000), with
 * the two eOppiva courses the plan links to.
 */
import { INFORMATION_PACKAGES } from '../ids';
import { type SeedDocument, slug, str, text } from '../lib';

export const informationPackages: SeedDocument[] = [
  {
    _id: INFORMATION_PACKAGES.newlyElected,
    _type: 'informationPackage',
    title: str({
      sv: 'Informationspaket för nya förtroendevalda',
      fi: 'Tietopaketti uusille luottamushenkilöille',
      en: 'Information package for newly elected officials',
    }),
    slug: slug('informationspaket-for-nya-fortroendevalda'),
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
        url: 'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/',
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
        url: 'https://www.eoppiva.fi/koulutukset/jamstalldhet-och-likabehandling-hur-och-varfor/',
        provider: 'eOppiva',
        language: 'sv',
        format: 'course',
      },
    ],
  },
];

/**
 * The methods toolbox (metodbank): four ways of working drawn from Bjurholm's local equality network and its
 * toolbox (seeds/004) and from the activity plan of Umeåregionen's equality working group (seeds/002).
 * They describe other networks' practice, so they are example content (isExample, "Exempel:" titles); the
 * durations and the contact are placeholders.
 */
import { SEED_ASSETS } from '../assets';
import { FOCUS_AREAS, METHODS } from '../ids';
import {
  attachment,
  bullets,
  figure,
  h2,
  link,
  numbered,
  p,
  ref,
  richText,
  type SeedDocument,
  slugs,
  str,
  text,
} from '../lib';

const UMEA_REGION = 'https://www.umearegionen.se/';

const contact = {
  _type: 'contactPoint',
  role: str({ sv: 'Nätverkets samordnare', fi: 'Verkoston koordinaattori', en: "The network's coordinator" }),
  email: 'metodbank@example.org',
};

const umeaRegionLink = {
  _type: 'webLink',
  title: str({
    sv: 'Umeåregionen: samverkan och utveckling',
    fi: 'Umeåregionen: yhteistyö ja kehittäminen (ruotsiksi)',
    en: 'Umeåregionen: cooperation and development (in Swedish)',
  }),
  url: UMEA_REGION,
};

const HOW = { sv: 'Så går det till', fi: 'Näin se toimii', en: 'How it works' } as const;
const MIND = { sv: 'Att tänka på', fi: 'Huomioitavaa', en: 'Things to keep in mind' } as const;

export const methods: SeedDocument[] = [
  {
    _id: METHODS.localNetwork,
    _type: 'method',
    title: str({
      sv: 'Exempel: Ett lokalt jämställdhetsnätverk i kommunen',
      fi: 'Esimerkki: Kunnan oma tasa-arvoverkosto',
      en: 'Example: A local equality network in the municipality',
    }),
    slug: slugs({
      sv: 'exempel-lokalt-jamstalldhetsnatverk-i-kommunen',
      fi: 'esimerkki-kunnan-oma-tasa-arvoverkosto',
      en: 'example-local-equality-network-in-the-municipality',
    }),
    summary: text({
      sv:
        'Medarbetare från olika verksamhetsområden träffas regelbundet för att driva jämställdhetsarbetet framåt. ' +
        'Nätverket ger bredd och kunskap, och både framgångar och motgångar får diskuteras öppet.',
      fi:
        'Eri toimialojen työntekijät tapaavat säännöllisesti viedäkseen tasa-arvotyötä eteenpäin. Verkosto tuo ' +
        'laajuutta ja osaamista, ja sekä onnistumisista että vastoinkäymisistä voi keskustella avoimesti.',
      en:
        'Staff from different departments meet regularly to take equality work forward. The network brings ' +
        'breadth and knowledge, and both successes and setbacks can be discussed openly.',
    }),
    targetGroup: str({
      sv: 'Kommuner och välfärdsområdet',
      fi: 'Kunnat ja hyvinvointialue',
      en: 'Municipalities and the welfare area',
    }),
    focusAreas: [ref(FOCUS_AREAS.municipalities), ref(FOCUS_AREAS.organisations)],
    duration: str({
      sv: 'Regelbundna träffar, t.ex. varannan månad',
      fi: 'Säännölliset tapaamiset, esim. joka toinen kuukausi',
      en: 'Regular meetings, e.g. every other month',
    }),
    isExample: true,
    image: figure(SEED_ASSETS.equalsSign.id, {
      sv: 'Ett vitt likhetstecken på mörkgrön botten, med ränder i sex färger längs nederkanten.',
      fi: 'Valkoinen yhtäläisyysmerkki tummanvihreällä pohjalla, alareunassa raidat kuudessa värissä.',
      en: 'A white equals sign on a dark green background, with stripes in six colours along the bottom.',
    }),
    body: richText({
      sv: [
        h2(HOW.sv),
        numbered(
          [
            'Bjud in en person från varje verksamhetsområde, till exempel skola, omsorg, teknik och personal.',
          ],
          ['Gör en verksamhetsplan för nätverket och förankra den i ledningsgruppen.'],
          ['Träffas regelbundet och gå igenom vad som har gått bra och vad som inte har det.'],
          ['Samla metoderna och verktygen ni tar fram i en gemensam verktygslåda.'],
        ),
        h2(MIND.sv),
        bullets(
          ['Högt i tak: också motgångar ska kunna tas upp.'],
          ['Deltagarnas tid för nätverket behöver vara överenskommen med deras chefer.'],
        ),
        p(
          'Metoden bygger på hur Bjurholms kommun arbetar; läs mer hos ',
          link('Umeåregionen', UMEA_REGION),
          '.',
        ),
      ],
      fi: [
        h2(HOW.fi),
        numbered(
          [
            'Kutsu mukaan yksi henkilö kultakin toimialalta, esimerkiksi koulusta, hoivasta, teknisestä toimesta ja henkilöstöhallinnosta.',
          ],
          ['Laadi verkostolle toimintasuunnitelma ja vahvista se johtoryhmässä.'],
          ['Tapaa säännöllisesti ja käy läpi, mikä on onnistunut ja mikä ei.'],
          ['Kokoa laatimanne menetelmät ja työkalut yhteiseen työkalupakkiin.'],
        ),
        h2(MIND.fi),
        bullets(
          ['Avoin ilmapiiri: myös vastoinkäymisistä pitää voida puhua.'],
          ['Osallistujien verkostotyöhön käyttämästä ajasta on sovittava heidän esihenkilöidensä kanssa.'],
        ),
        p('Menetelmä perustuu Bjurholmin kunnan työhön; lue lisää: ', link('Umeåregionen', UMEA_REGION), '.'),
      ],
      en: [
        h2(HOW.en),
        numbered(
          ['Invite one person from each department, for example schools, care, technical services and HR.'],
          ['Write an activity plan for the network and have the management group endorse it.'],
          ['Meet regularly and go through what has gone well and what has not.'],
          ['Gather the methods and tools you develop in a shared toolbox.'],
        ),
        h2(MIND.en),
        bullets(
          ['An open climate: setbacks, too, must be possible to raise.'],
          ["Agree the participants' time for the network with their managers."],
        ),
        p(
          "The method is based on Bjurholm municipality's work; read more at ",
          link('Umeåregionen', UMEA_REGION),
          '.',
        ),
      ],
    }),
    links: [umeaRegionLink],
    contact,
  },
  {
    _id: METHODS.commonThread,
    _type: 'method',
    title: str({
      sv: 'Exempel: Jämställdhet som en röd tråd i styrdokumenten',
      fi: 'Esimerkki: Tasa-arvo punaisena lankana ohjausasiakirjoissa',
      en: 'Example: Equality as a common thread in policy documents',
    }),
    slug: slugs({
      sv: 'exempel-jamstalldhet-som-en-rod-trad-i-styrdokumenten',
      fi: 'esimerkki-tasa-arvo-punaisena-lankana-ohjausasiakirjoissa',
      en: 'example-equality-as-a-common-thread-in-policy-documents',
    }),
    summary: text({
      sv:
        'Aktiviteterna i jämställdhetsplanen skrivs in i nätverkets verksamhetsplan, som förankras i ' +
        'ledningsgruppen. Varje nytt styrdokument kopplas tillbaka till kommunens övergripande mål om jämställdhet ' +
        'och följs upp.',
      fi:
        'Tasa-arvosuunnitelman toimet kirjataan verkoston toimintasuunnitelmaan, joka vahvistetaan johtoryhmässä. ' +
        'Jokainen uusi ohjausasiakirja kytketään kunnan yleisiin tasa-arvotavoitteisiin, ja sitä seurataan.',
      en:
        "The activities of the equality plan are written into the network's activity plan, which the management " +
        "group endorses. Every new policy document is linked back to the municipality's overall equality goals and " +
        'followed up.',
    }),
    targetGroup: str({
      sv: 'Ledningsgrupper, beredare och förtroendevalda',
      fi: 'Johtoryhmät, valmistelijat ja luottamushenkilöt',
      en: 'Management groups, officials who prepare matters, elected officials',
    }),
    focusAreas: [ref(FOCUS_AREAS.municipalities)],
    duration: str({
      sv: 'Fortlöpande, med uppföljning en gång om året',
      fi: 'Jatkuvasti, seuranta kerran vuodessa',
      en: 'Ongoing, followed up once a year',
    }),
    isExample: true,
    body: richText({
      sv: [
        h2(HOW.sv),
        numbered(
          ['Gå igenom jämställdhetsplanens målområden och aktiviteter.'],
          ['Skriv in aktiviteterna i nätverkets verksamhetsplan och förankra den i ledningsgruppen.'],
          [
            'När ett styrdokument bereds: koppla det till det övergripande målet om jämställdhet och använd checklistan.',
          ],
          ['Följ upp vad som faktiskt har förändrats.'],
        ),
        attachment(SEED_ASSETS.checklist.id, {
          sv: 'Checklista: jämställdhet i beslutsfattandet',
          fi: 'Tarkistuslista: tasa-arvo päätöksenteossa',
          en: 'Checklist: equality in decision-making (in Swedish and Finnish)',
        }),
        h2(MIND.sv),
        bullets(['Det är lätt att skriva fina ord men svårare att följa upp och skapa verklig förändring.']),
      ],
      fi: [
        h2(HOW.fi),
        numbered(
          ['Käy läpi tasa-arvosuunnitelman tavoitealueet ja toimet.'],
          ['Kirjaa toimet verkoston toimintasuunnitelmaan ja vahvista se johtoryhmässä.'],
          [
            'Kun ohjausasiakirjaa valmistellaan, kytke se yleiseen tasa-arvotavoitteeseen ja käytä tarkistuslistaa.',
          ],
          ['Seuraa, mikä on todella muuttunut.'],
        ),
        attachment(SEED_ASSETS.checklist.id, {
          sv: 'Checklista: jämställdhet i beslutsfattandet',
          fi: 'Tarkistuslista: tasa-arvo päätöksenteossa',
          en: 'Checklist: equality in decision-making (in Swedish and Finnish)',
        }),
        h2(MIND.fi),
        bullets([
          'Hienoja sanoja on helppo kirjoittaa, mutta seuranta ja todellinen muutos ovat vaikeampia.',
        ]),
      ],
      en: [
        h2(HOW.en),
        numbered(
          ["Go through the equality plan's goal areas and activities."],
          ["Write the activities into the network's activity plan and have the management group endorse it."],
          ['When a policy document is prepared, link it to the overall equality goal and use the checklist.'],
          ['Follow up what has actually changed.'],
        ),
        attachment(SEED_ASSETS.checklist.id, {
          sv: 'Checklista: jämställdhet i beslutsfattandet',
          fi: 'Tarkistuslista: tasa-arvo päätöksenteossa',
          en: 'Checklist: equality in decision-making (in Swedish and Finnish)',
        }),
        h2(MIND.en),
        bullets(['Fine words are easy to write; following up and making real change is harder.']),
      ],
    }),
    files: [
      attachment(SEED_ASSETS.checklist.id, {
        sv: 'Checklista: jämställdhet i beslutsfattandet',
        fi: 'Tarkistuslista: tasa-arvo päätöksenteossa',
        en: 'Checklist: equality in decision-making (in Swedish and Finnish)',
      }),
    ],
    contact,
  },
  {
    _id: METHODS.workingGroupSurvey,
    _type: 'method',
    title: str({
      sv: 'Exempel: Enkät om hur arbetsgrupperna beaktar jämställdhet',
      fi: 'Esimerkki: Kysely siitä, miten työryhmät huomioivat tasa-arvon',
      en: 'Example: A survey of how working groups take equality into account',
    }),
    slug: slugs({
      sv: 'exempel-enkat-om-hur-arbetsgrupperna-beaktar-jamstalldhet',
      fi: 'esimerkki-kysely-tyoryhmien-tasa-arvonakokulmasta',
      en: 'example-survey-of-how-working-groups-take-equality-into-account',
    }),
    summary: text({
      sv:
        'Nätverket frågar arbetsgrupperna hur de beaktar ett jämställdhetsperspektiv, analyserar svaren och ' +
        'återkopplar resultatet med förslag på åtgärder till arbetsgrupperna och kommundirektörerna.',
      fi:
        'Verkosto kysyy työryhmiltä, miten ne huomioivat tasa-arvonäkökulman, analysoi vastaukset ja antaa ' +
        'tuloksista palautteen toimenpide-ehdotuksineen työryhmille ja kunnanjohtajille.',
      en:
        'The network asks the working groups how they take a gender perspective into account, analyses the ' +
        'answers and reports the results, with proposed measures, to the groups and the municipal directors.',
    }),
    targetGroup: str({
      sv: 'Regionala och kommunala arbetsgrupper',
      fi: 'Alueelliset ja kunnalliset työryhmät',
      en: 'Regional and municipal working groups',
    }),
    focusAreas: [ref(FOCUS_AREAS.municipalities), ref(FOCUS_AREAS.organisations)],
    duration: str({
      sv: 'Ungefär fyra månader, t.ex. januari–april',
      fi: 'Noin neljä kuukautta, esim. tammi–huhtikuu',
      en: 'About four months, e.g. January to April',
    }),
    isExample: true,
    body: richText({
      sv: [
        h2(HOW.sv),
        numbered(
          ['Skicka en kort enkät till arbetsgrupperna: hur beaktar ni jämställdhet i ert arbete?'],
          ['Analysera svaren tillsammans i nätverket.'],
          ['Återkoppla resultatet och förslag på åtgärder till arbetsgrupperna och kommundirektörerna.'],
          ['Upprepa enkäten efter ett eller två år och jämför.'],
        ),
        p(
          'Metoden kommer från verksamhetsplanen för jämställdhetsarbetsgruppen i ',
          link('Umeåregionen', UMEA_REGION),
          '.',
        ),
      ],
      fi: [
        h2(HOW.fi),
        numbered(
          ['Lähetä työryhmille lyhyt kysely: miten huomioitte tasa-arvon työssänne?'],
          ['Analysoikaa vastaukset yhdessä verkostossa.'],
          ['Anna tuloksista ja toimenpide-ehdotuksista palaute työryhmille ja kunnanjohtajille.'],
          ['Toista kysely vuoden tai kahden kuluttua ja vertaa.'],
        ),
        p(
          'Menetelmä on peräisin ',
          link('Umeåregionenin', UMEA_REGION),
          ' tasa-arvotyöryhmän toimintasuunnitelmasta.',
        ),
      ],
      en: [
        h2(HOW.en),
        numbered(
          ['Send the working groups a short survey: how do you take equality into account in your work?'],
          ['Analyse the answers together in the network.'],
          ['Report the results and proposed measures to the working groups and the municipal directors.'],
          ['Repeat the survey after a year or two and compare.'],
        ),
        p(
          'The method comes from the activity plan of the equality working group of ',
          link('Umeåregionen', UMEA_REGION),
          '.',
        ),
      ],
    }),
    links: [umeaRegionLink],
    contact,
  },
  {
    _id: METHODS.parentPostcard,
    _type: 'method',
    title: str({
      sv: 'Exempel: Ett jämställdhetsvykort till nyblivna föräldrar',
      fi: 'Esimerkki: Tasa-arvopostikortti uusille vanhemmille',
      en: 'Example: An equality postcard for new parents',
    }),
    slug: slugs({
      sv: 'exempel-jamstalldhetsvykort-till-nyblivna-foraldrar',
      fi: 'esimerkki-tasa-arvopostikortti-uusille-vanhemmille',
      en: 'example-equality-postcard-for-new-parents',
    }),
    summary: text({
      sv:
        'Kommunen ger nyblivna föräldrar ett vykort med tips om hur de kan dela på föräldraledigheten och ' +
        'omsorgen. Ett enkelt sätt att nå familjer när vanorna formas.',
      fi:
        'Kunta antaa uusille vanhemmille postikortin, jossa on vinkkejä perhevapaiden ja hoivan jakamiseen. ' +
        'Yksinkertainen tapa tavoittaa perheet silloin, kun tottumukset muotoutuvat.',
      en:
        'The municipality gives new parents a postcard with tips on sharing parental leave and care. A simple way ' +
        'to reach families while habits are being formed.',
    }),
    targetGroup: str({
      sv: 'Nyblivna föräldrar, rådgivningen och familjetjänsterna',
      fi: 'Uudet vanhemmat, neuvola ja perhepalvelut',
      en: 'New parents, child health clinics and family services',
    }),
    focusAreas: [ref(FOCUS_AREAS.workingLife), ref(FOCUS_AREAS.municipalities)],
    duration: str({
      sv: 'Några veckors arbete, sedan fortlöpande utdelning',
      fi: 'Muutaman viikon työ, sitten jatkuva jakelu',
      en: 'A few weeks of work, then handed out continuously',
    }),
    isExample: true,
    body: richText({
      sv: [
        h2(HOW.sv),
        numbered(
          ['Formulera tre eller fyra korta budskap om att dela på ledighet, hushållsarbete och omsorg.'],
          ['Gör vykortet på svenska och finska.'],
          ['Dela ut det på rådgivningen eller med välkomstbrevet till nya invånare.'],
          ['Fråga efter ett år hur korten har tagits emot.'],
        ),
        p('Idén kommer från Bjurholms kommun i ', link('Umeåregionen', UMEA_REGION), '.'),
      ],
      fi: [
        h2(HOW.fi),
        numbered(
          ['Muotoile kolme tai neljä lyhyttä viestiä vapaiden, kotitöiden ja hoivan jakamisesta.'],
          ['Tee postikortti ruotsiksi ja suomeksi.'],
          ['Jaa se neuvolassa tai uusien asukkaiden tervetulokirjeen mukana.'],
          ['Kysy vuoden kuluttua, miten kortit on otettu vastaan.'],
        ),
        p('Idea on peräisin Bjurholmin kunnasta (', link('Umeåregionen', UMEA_REGION), ').'),
      ],
      en: [
        h2(HOW.en),
        numbered(
          ['Write three or four short messages about sharing leave, housework and care.'],
          ['Make the postcard in Swedish and Finnish.'],
          ['Hand it out at the child health clinic or with the welcome letter to new residents.'],
          ['After a year, ask how the cards have been received.'],
        ),
        p('The idea comes from Bjurholm municipality in ', link('Umeåregionen', UMEA_REGION), '.'),
      ],
    }),
    links: [umeaRegionLink],
    contact,
  },
];

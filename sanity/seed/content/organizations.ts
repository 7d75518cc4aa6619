import { MUNICIPALITIES, REGIONAL_COUNCIL, WELFARE_AREA } from '../ids';
import { type SeedDocument, str } from '../lib';

type LanguageStatus = 'bilingual-fi-majority' | 'bilingual-sv-majority' | 'finnish' | 'swedish';

interface Municipality {
  id: string;
  sv: string;
  fi: string;
  languageStatus: LanguageStatus;
  /** Local part of the placeholder contact address at example.org. */
  mailbox: string;
}

/** The 14 municipalities of Ostrobothnia (Isokyrö moved to South Ostrobothnia on 1.1.2021). */
const municipalities: Municipality[] = [
  {
    id: MUNICIPALITIES.vasa,
    sv: 'Vasa',
    fi: 'Vaasa',
    languageStatus: 'bilingual-fi-majority',
    mailbox: 'vasa',
  },
  {
    id: MUNICIPALITIES.kasko,
    sv: 'Kaskö',
    fi: 'Kaskinen',
    languageStatus: 'bilingual-fi-majority',
    mailbox: 'kasko',
  },
  {
    id: MUNICIPALITIES.jakobstad,
    sv: 'Jakobstad',
    fi: 'Pietarsaari',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'jakobstad',
  },
  {
    id: MUNICIPALITIES.korsholm,
    sv: 'Korsholm',
    fi: 'Mustasaari',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'korsholm',
  },
  {
    id: MUNICIPALITIES.korsnas,
    sv: 'Korsnäs',
    fi: 'Korsnäs',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'korsnas',
  },
  {
    id: MUNICIPALITIES.kristinestad,
    sv: 'Kristinestad',
    fi: 'Kristiinankaupunki',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'kristinestad',
  },
  {
    id: MUNICIPALITIES.kronoby,
    sv: 'Kronoby',
    fi: 'Kruunupyy',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'kronoby',
  },
  {
    id: MUNICIPALITIES.larsmo,
    sv: 'Larsmo',
    fi: 'Luoto',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'larsmo',
  },
  {
    id: MUNICIPALITIES.malax,
    sv: 'Malax',
    fi: 'Maalahti',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'malax',
  },
  {
    id: MUNICIPALITIES.nykarleby,
    sv: 'Nykarleby',
    fi: 'Uusikaarlepyy',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'nykarleby',
  },
  {
    id: MUNICIPALITIES.narpes,
    sv: 'Närpes',
    fi: 'Närpiö',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'narpes',
  },
  {
    id: MUNICIPALITIES.pedersore,
    sv: 'Pedersöre',
    fi: 'Pedersöre',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'pedersore',
  },
  {
    id: MUNICIPALITIES.vora,
    sv: 'Vörå',
    fi: 'Vöyri',
    languageStatus: 'bilingual-sv-majority',
    mailbox: 'vora',
  },
  { id: MUNICIPALITIES.laihela, sv: 'Laihela', fi: 'Laihia', languageStatus: 'finnish', mailbox: 'laihela' },
];

function majorityOf(status: LanguageStatus): 'sv' | 'fi' {
  return status === 'bilingual-sv-majority' || status === 'swedish' ? 'sv' : 'fi';
}

/** A role, not a person: the seeds' real names and addresses stay out of the product. */
function placeholderContact(majority: 'sv' | 'fi', mailbox: string) {
  return {
    _type: 'nominationContact',
    name: majority === 'sv' ? 'Kontaktperson för jämställdhetsnätverket' : 'Tasa-arvoverkoston yhteyshenkilö',
    email: `jamstalldhet.${mailbox}@example.org`,
  };
}

export const organizations: SeedDocument[] = [
  ...municipalities.map(({ id, sv, fi, languageStatus, mailbox }) => ({
    _id: id,
    _type: 'organization',
    name: str({ sv, fi }),
    kind: 'municipality',
    languageStatus,
    majorityLanguage: majorityOf(languageStatus),
    nominationContact: placeholderContact(majorityOf(languageStatus), mailbox),
  })),
  {
    _id: WELFARE_AREA,
    _type: 'organization',
    name: str({
      sv: 'Österbottens välfärdsområde',
      fi: 'Pohjanmaan hyvinvointialue',
      en: 'Ostrobothnia Wellbeing Services County',
    }),
    kind: 'welfareArea',
    languageStatus: 'bilingual-sv-majority',
    majorityLanguage: 'sv',
    nominationContact: placeholderContact('sv', 'valfardsomradet'),
  },
  {
    // The regional council runs the network and sends the nomination requests; it is not itself addressed.
    _id: REGIONAL_COUNCIL,
    _type: 'organization',
    name: str({
      sv: 'Österbottens förbund',
      fi: 'Pohjanmaan liitto',
      en: 'Regional Council of Ostrobothnia',
    }),
    kind: 'authority',
    languageStatus: 'bilingual-sv-majority',
    majorityLanguage: 'sv',
  },
];

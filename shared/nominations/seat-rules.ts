import type { FieldError, LocalizedText } from '../http/problem';
import type { Language } from '../http/route';
import { pluralText } from '../i18n/plural';
import type { Gender } from './balance';

export type Role = 'member' | 'deputy';

export interface Nominee {
  seat: number;
  role: Role;
  name: string;
  email: string;
  title?: string;
  gender?: Gender;
  language: Language;
}

export interface RoundRules {
  seats: { members: number; deputies: number };
  /** The round asks for both a woman and a man for each seat (4 a § practice). */
  askBothGenders: boolean;
}

export interface SeatDeviation {
  seat: number;
  role: Role;
  missing: ('woman' | 'man')[];
}

const roleName: Record<Language, Record<Role, string>> = {
  sv: { member: 'ledamot', deputy: 'ersättare' },
  fi: { member: 'jäsen', deputy: 'varajäsen' },
  en: { member: 'member', deputy: 'deputy' },
};
const genderName: Record<Language, Record<'woman' | 'man', string>> = {
  sv: { woman: 'en kvinna', man: 'en man' },
  fi: { woman: 'nainen', man: 'mies' },
  en: { woman: 'a woman', man: 'a man' },
};

const suchSeats = {
  sv: { one: '{n} sådan plats', other: '{n} sådana platser' },
  fi: { one: '{n} tällainen paikka', other: '{n} tällaista paikkaa' },
  en: { one: '{n} such seat', other: '{n} such seats' },
};
const atMostNominees = {
  sv: { one: 'högst {n} nominerad', other: 'högst {n} nominerade' },
  fi: { one: 'enintään {n} ehdokas', other: 'enintään {n} ehdokasta' },
  en: { one: 'at most {n} nominee', other: 'at most {n} nominees' },
};

export const seatLabel = (seat: number, role: Role, lang: Language) =>
  ({
    sv: `Plats ${seat} (${roleName.sv[role]})`,
    fi: `Paikka ${seat} (${roleName.fi[role]})`,
    en: `Seat ${seat} (${roleName.en[role]})`,
  })[lang];

/**
 * The seat rules of an answer: each nominee sits on a seat that exists; a seat takes at most two
 * nominees when a woman and a man are asked for (one otherwise); and where the round asks for both,
 * every seat that has nominees but lacks a woman or a man is a deviation that needs a justification.
 */
export function checkSeats(nominees: readonly Nominee[], rules: RoundRules, lang: Language) {
  const errors: FieldError[] = [];
  const perSeat = rules.askBothGenders ? 2 : 1;
  const groups = new Map<string, { seat: number; role: Role; nominees: Nominee[]; firstIndex: number }>();
  nominees.forEach((n, index) => {
    const limit = n.role === 'member' ? rules.seats.members : rules.seats.deputies;
    if (n.seat > limit) {
      errors.push({
        path: `nominees.${index}.seat`,
        message: {
          sv: `${seatLabel(n.seat, n.role, 'sv')} finns inte: omgången har ${pluralText(suchSeats, 'sv', limit)}.`,
          fi: `${seatLabel(n.seat, n.role, 'fi')} ei ole olemassa: kierroksella on ${pluralText(suchSeats, 'fi', limit)}.`,
          en: `${seatLabel(n.seat, n.role, 'en')} does not exist: the round has ${pluralText(suchSeats, 'en', limit)}.`,
        }[lang],
      });
      return;
    }
    const key = `${n.role}#${n.seat}`;
    const group = groups.get(key) ?? { seat: n.seat, role: n.role, nominees: [], firstIndex: index };
    group.nominees.push(n);
    groups.set(key, group);
  });
  const deviations: SeatDeviation[] = [];
  for (const group of groups.values()) {
    if (group.nominees.length > perSeat) {
      errors.push({
        path: `nominees.${group.firstIndex}.seat`,
        message: {
          sv: `${seatLabel(group.seat, group.role, 'sv')}: ${pluralText(atMostNominees, 'sv', perSeat)}.`,
          fi: `${seatLabel(group.seat, group.role, 'fi')}: ${pluralText(atMostNominees, 'fi', perSeat)}.`,
          en: `${seatLabel(group.seat, group.role, 'en')}: ${pluralText(atMostNominees, 'en', perSeat)}.`,
        }[lang],
      });
      continue;
    }
    if (!rules.askBothGenders) continue;
    const missing = (['woman', 'man'] as const).filter((g) => !group.nominees.some((n) => n.gender === g));
    if (missing.length) deviations.push({ seat: group.seat, role: group.role, missing });
  }
  return { errors, deviations };
}

/** "Seat 1 (member): a man is missing" for each deviation, in the asked language. */
export function describeDeviation(d: SeatDeviation, lang: Language): string {
  const names = d.missing.map((g) => genderName[lang][g]);
  const list = names.join({ sv: ' och ', fi: ' ja ', en: ' and ' }[lang]);
  return {
    sv: `${seatLabel(d.seat, d.role, 'sv')}: ${list} saknas bland de nominerade.`,
    fi: `${seatLabel(d.seat, d.role, 'fi')}: ehdokkaista puuttuu ${list}.`,
    en: `${seatLabel(d.seat, d.role, 'en')}: ${list} is missing among the nominees.`,
  }[lang];
}

export const justificationNeeded: LocalizedText = {
  sv: 'Omgången ber om både en kvinna och en man för varje plats. Skriv en motivering till avvikelsen.',
  fi: 'Kierroksella pyydetään jokaiselle paikalle sekä naista että miestä. Kirjoittakaa perustelu poikkeamalle.',
  en: 'The round asks for both a woman and a man for each seat. Give the reason for the deviation.',
};

import { describe, expect, it } from 'vitest';
import type { SiteRequest } from '../../functions/site/context';
import { registrationPart, stateTag } from '../../functions/site/pages/events';
import { type EventState, type EventTimes, eventState } from '../../shared/content/event-status';
import { emptyForm } from '../../shared/ui/forms';

/**
 * Where an event stands for someone who wants to come, on a fixed clock, and what its page then offers:
 * a registration form only while registration is open or a waiting list takes people.
 */
const NOW = new Date('2030-05-15T09:00:00Z');
const base: EventTimes = {
  endsAt: '2030-06-01T12:00:00Z',
  opensAt: '2030-05-01T06:00:00Z',
  closesAt: '2030-05-30T13:00:00Z',
  seatsLeft: 5,
  waitlist: false,
  published: true,
};

const cases: [string, Partial<EventTimes>, EventState][] = [
  ['registration has not opened yet', { opensAt: '2030-05-20T06:00:00Z' }, 'notYetOpen'],
  ['registration is open with seats left', {}, 'open'],
  ['it is full and has a waiting list', { seatsLeft: 0, waitlist: true }, 'waitlist'],
  ['it is full without a waiting list', { seatsLeft: 0 }, 'full'],
  ['registration has closed before the event', { closesAt: '2030-05-10T13:00:00Z' }, 'closed'],
  ['the event is over', { endsAt: '2030-05-14T12:00:00Z', closesAt: '2030-05-13T12:00:00Z' }, 'past'],
  ['it is cancelled', { cancelled: true }, 'cancelled'],
  ['it is not synced (no operational copy)', { published: false }, 'closed'],
];

describe('event state', () => {
  it.each(cases)('is %s → %s', (_label, change, expected) => {
    // Act
    const state = eventState({ ...base, ...change }, NOW);
    // Assess
    expect(state).toBe(expected);
  });

  it('counts the instant registration opens as open and the instant it closes as closed', () => {
    // Act
    const atOpening = eventState({ ...base, opensAt: NOW.toISOString() }, NOW);
    const atClosing = eventState({ ...base, closesAt: NOW.toISOString() }, NOW);
    // Assess
    expect([atOpening, atClosing]).toEqual(['open', 'closed']);
  });
});

const req = (lang: 'sv' | 'fi' | 'en') =>
  ({ lang, csrf: 'token', form: {}, query: {} }) as unknown as SiteRequest;
const event = (state: EventState, mode: 'onsite' | 'online' | 'hybrid' = 'onsite') =>
  ({
    id: 'event-x',
    state,
    mode,
    seatsLeft: state === 'open' ? 5 : 0,
    registrationOpensAt: '2030-05-20T06:00:00Z',
    registrationClosesAt: '2030-05-30T13:00:00Z',
  }) as unknown as Parameters<typeof registrationPart>[1];
const render = (state: EventState, lang: 'sv' | 'fi' | 'en' = 'sv', mode?: 'onsite' | 'online' | 'hybrid') =>
  registrationPart(req(lang), event(state, mode), emptyForm()).value;

describe('the registration part of an event page, by state', () => {
  it('offers the form with the seats left while open', () => {
    // Act
    const html = render('open');
    // Assess
    expect(html).toContain('<form');
    expect(html).toContain('5 lediga platser.');
    expect(html).toContain('Anmälan stänger torsdag 30 maj 2030 kl. 16.00.');
    expect(html).toContain('>Anmäl dig</button>');
  });

  it('offers the waiting list, saying so, when full with a waiting list', () => {
    // Act
    const html = render('waitlist');
    // Assess
    expect(html).toContain('<form');
    expect(html).toContain('Alla platser är bokade.');
    expect(html).toContain('>Anmäl dig till väntelistan</button>');
  });

  it.each([
    ['notYetOpen', 'Anmälan öppnar måndag 20 maj 2030 kl. 9.00.'],
    ['full', 'Evenemanget är fullbokat och har ingen väntelista.'],
    ['closed', 'Anmälan stängde torsdag 30 maj 2030 kl. 16.00.'],
    ['past', 'Evenemanget har redan ägt rum.'],
    ['cancelled', 'Evenemanget är inställt.'],
  ] as const)('offers no form when %s, and says why', (state, text) => {
    // Act
    const html = render(state);
    // Assess
    expect(html).not.toContain('<form');
    expect(html).toContain(text);
  });

  it('writes a Finnish date in a sentence without an uninflected weekday', () => {
    // Act and assess
    expect(render('notYetOpen', 'fi')).toContain('Ilmoittautuminen alkaa 20.5.2030 klo 9.00.');
    expect(render('closed', 'fi')).toContain('Ilmoittautuminen päättyi 30.5.2030 klo 16.00.');
  });

  it('asks for dietary needs only where people meet in person', () => {
    // Act and assess
    expect(render('open', 'fi', 'online')).not.toContain('Erityisruokavalio');
    expect(render('open', 'fi', 'online')).toContain('Esteettömyystarpeet');
    expect(render('open', 'fi', 'hybrid')).toContain('Erityisruokavalio');
  });

  it('tags each state in the card and on the page', () => {
    // Act
    const tags = (['open', 'notYetOpen', 'waitlist', 'full', 'closed', 'past', 'cancelled'] as const).map(
      (state) =>
        stateTag({ state, registrationOpensAt: '2030-05-20T06:00:00Z' }, 'en').value.replace(/<[^>]+>/g, ''),
    );
    // Assess
    expect(tags).toEqual([
      'Registration open',
      'Registration opens 20 May 2030',
      'Full – waiting list',
      'Full',
      'Registration closed',
      'Past event',
      'Cancelled',
    ]);
  });
});

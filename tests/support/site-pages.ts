import type { TestStack } from './local-stack';
import { readOutbox, stackMail, waitForMail } from './mail';
import { publishRound, roundDocument } from './rounds-fixture';
import { waitFor } from './wait';

/**
 * One URL path (after /{lang}/) for every page of the site, with real tokens behind the token pages:
 * a registration, a nomination request, and membership links (each read from the mail, the only place
 * a secret link goes).
 */
export async function sitePages(stack: TestStack): Promise<Record<string, string>> {
  const mail = stackMail(stack);
  const registrantEmail = `pages-${Date.now()}@example.org`;
  await stack.request('/events/event-example-seminar-2027/registrations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Page Tester', email: registrantEmail, language: 'sv', consent: true }),
  });
  const manageToken = await mail.manageToken(registrantEmail);
  const roundId = await publishRound(stack, roundDocument());
  await stack.request(`/admin/nomination-rounds/${roundId}/requests`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.token('coordinator')}` },
  });
  const nomination = await waitFor(async () =>
    (await readOutbox(stack.outboxDir)).find(
      (m) => m.template === 'nomination-request' && m.subject.includes(roundId),
    ),
  );
  const memberEmail = `member-${Date.now()}@example.org`;
  await stack.request('/network/members', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Page Member', email: memberEmail, language: 'sv', consent: true }),
  });
  const confirmMail = await waitForMail(stack.outboxDir, memberEmail, 'membership-confirm');
  const confirmToken = /network\/confirm\/([\w-]+)/.exec(confirmMail.text)?.[1] ?? '';
  const contactEmail = `app-${Date.now()}@example.org`;
  await stack.request('/campaigns/campaign-example-jamstalldhetsforetag-2027/applications', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      company: { name: 'Sidtest Ab', businessId: '2077474-0', municipality: 'organization-vasa' },
      contact: { name: 'Page Tester', email: contactEmail },
      answers: {},
      submit: false,
      consent: true,
    }),
  });
  const editToken = await mail.editToken(contactEmail);
  return {
    home: '',
    events: 'events',
    campaign: 'campaigns/campaign-example-jamstalldhetsforetag-2027',
    application: `applications/${editToken}`,
    event: 'events/event-example-webinar-2027',
    registration: `registrations/${manageToken}`,
    network: 'network',
    confirm: `network/confirm/${confirmToken}`,
    leave: 'network/leave/not-yet-a-real-leave-token',
    nomination: `nominations/${/\/nominations\/([\w-]+)/.exec(nomination.text)?.[1] ?? ''}`,
    informationPackage: 'information-packages/informationPackage-nya-fortroendevalda-2025',
    activityPlan: 'activity-plan',
    methods: 'methods?focusArea=mangfald-i-arbetsliv-och-utbildning',
    method: 'methods/method-example-rod-trad-i-styrdokumenten',
    strategy: 'strategy',
    privacy: 'privacy',
    accessibility: 'accessibility',
    notFound: 'no-such-page',
  };
}

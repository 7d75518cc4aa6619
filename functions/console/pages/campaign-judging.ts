import type { CampaignMeta } from '../../../shared/applications/campaign';
import { judgingData, judgingOf } from '../../../shared/applications/judging-progress';
import { remindJurors } from '../../../shared/applications/jury-reminders';
import { discussThreshold, type RankedApplication, SCORE_SCALE } from '../../../shared/applications/ranking';
import { pick } from '../../../shared/content/localize';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { type PluralText, pluralText } from '../../../shared/i18n/plural';
import { csrfInput } from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { button, tag } from '../../../shared/ui/components';
import type { ConsolePage, ConsoleRequest } from '../context';
import { notice, staffCaller, when, writeDeps } from '../coordinator';
import { cs } from '../strings';

/** The judging section's texts (the campaign page's coordinator view of the jury's work). */
const judgingStrings = {
  judging: { sv: 'Bedömning', fi: 'Arviointi', en: 'Judging' },
  reviewDeadline: { sv: 'Sista dag för bedömningar', fi: 'Arviointien määräaika', en: 'Reviews due by' },
  noReviewDeadline: {
    sv: 'Ingen sista dag för bedömningar har angetts.',
    fi: 'Arvioinneille ei ole asetettu määräaikaa.',
    en: 'No review deadline has been set.',
  },
  jury: { sv: 'Juryn', fi: 'Raati', en: 'The jury' },
  noJurors: {
    sv: 'Inga jurymedlemmar har lagts till i kampanjen ännu.',
    fi: 'Kampanjan raatiin ei ole vielä lisätty jäseniä.',
    en: 'No jury members have been added to the campaign yet.',
  },
  juror: { sv: 'Jurymedlem', fi: 'Raadin jäsen', en: 'Jury member' },
  assigned: { sv: 'Att bedöma', fi: 'Arvioitavana', en: 'Assigned' },
  scored: { sv: 'Bedömda', fi: 'Arvioidut', en: 'Reviewed' },
  drafts: { sv: 'Utkast', fi: 'Luonnokset', en: 'Drafts' },
  left: { sv: 'Kvar', fi: 'Jäljellä', en: 'Left' },
  progressNote: {
    sv: 'Varje jurymedlem bedömer alla inlämnade ansökningar. Utkast räknas som kvar tills de lämnas in.',
    fi: 'Jokainen raadin jäsen arvioi kaikki jätetyt hakemukset. Luonnokset lasketaan jäljellä oleviin, kunnes ne lähetetään.',
    en: 'Every jury member reviews every submitted application. Drafts count as left until they are submitted.',
  },
  byApplication: { sv: 'Per ansökan', fi: 'Hakemuksittain', en: 'By application' },
  reviewsIn: { sv: 'Inkomna bedömningar', fi: 'Saapuneet arvioinnit', en: 'Reviews in' },
  jurorsLeft: { sv: 'Jurymedlemmar kvar', fi: 'Jäseniä arvioimatta', en: 'Jury members left' },
  rankingNote: {
    sv: 'Poängen är medelvärdet av jurymedlemmarnas viktade medelvärden (0–5). Bedömningar där en jurymedlem har anmält jäv räknas inte, och inte heller utkast: den som är jävig räknas inte med i bedömningen av den ansökan. Per kriterium visas medelvärdet och spridningen (högsta minus lägsta poäng).',
    fi: 'Pisteet ovat raadin jäsenten painotettujen keskiarvojen keskiarvo (0–5). Esteellisyysilmoituksia ja luonnoksia ei lasketa mukaan: esteellinen jäsen jää pois kyseisen hakemuksen pisteytyksestä. Kunkin kriteerin kohdalla näkyvät keskiarvo ja hajonta (suurimman ja pienimmän pistemäärän erotus).',
    en: 'The score is the mean of the jury members’ weighted means (0–5). Reviews with a declared conflict of interest do not count, nor do drafts: a conflict takes that jury member out of the application’s ranking. Each criterion shows its mean and its spread (highest minus lowest score).',
  },
  discussNote: {
    sv: 'betyder att jurymedlemmarnas poäng för minst ett kriterium skiljer sig med {threshold} poäng eller mer (halva skalan).',
    fi: 'tarkoittaa, että raadin jäsenten pisteet eroavat toisistaan vähintään yhdessä kriteerissä {threshold} pistettä tai enemmän (puolet asteikosta).',
    en: 'means that the jury members’ scores on at least one criterion differ by {threshold} points or more (half the scale).',
  },
  spread: { sv: 'spridning', fi: 'hajonta', en: 'spread' },
  discussion: { sv: 'Diskussion', fi: 'Keskustelu', en: 'Discussion' },
  discuss: { sv: 'Diskutera', fi: 'Keskusteltava', en: 'Discuss' },
  noReviews: {
    sv: 'Inga inlämnade ansökningar att bedöma ännu.',
    fi: 'Arvioitavia hakemuksia ei ole vielä jätetty.',
    en: 'No submitted applications to review yet.',
  },
  reminders: { sv: 'Påminnelse till juryn', fi: 'Muistutus raadille', en: 'Reminder to the jury' },
  remindersNote: {
    sv: 'Jurymedlemmar som har bedömningar kvar får ett e-postmeddelande, högst ett per dag. De påminns också automatiskt en gång om dagen under de tre sista dagarna före sista dagen för bedömningar.',
    fi: 'Raadin jäsenet, joilla on arviointeja jäljellä, saavat sähköpostin, enintään yhden päivässä. Heitä muistutetaan myös automaattisesti päivittäin kolmena viimeisenä päivänä ennen arviointien määräaikaa.',
    en: 'Jury members with reviews left get an email, at most one a day. They are also reminded automatically every day for the last three days before the review deadline.',
  },
  deadlinePassed: {
    sv: 'Sista dag för bedömningar har passerat.',
    fi: 'Arviointien määräaika on päättynyt.',
    en: 'The review deadline has passed.',
  },
} as const satisfies Record<string, Record<Language, string>>;

const js = (key: keyof typeof judgingStrings, lang: Language) => judgingStrings[key][lang];

const sendReminder: PluralText = {
  sv: { one: 'Påminn {n} jurymedlem', other: 'Påminn {n} jurymedlemmar' },
  fi: {
    one: 'Lähetä muistutus {n} raadin jäsenelle',
    other: 'Lähetä muistutus {n} raadin jäsenelle',
  },
  en: { one: 'Remind {n} jury member', other: 'Remind {n} jury members' },
};
const remindersSent: PluralText = {
  sv: { one: 'Påminnelse skickad till {n} jurymedlem.', other: 'Påminnelse skickad till {n} jurymedlemmar.' },
  fi: {
    one: 'Muistutus lähetetty {n} raadin jäsenelle.',
    other: 'Muistutus lähetetty {n} raadin jäsenelle.',
  },
  en: { one: 'Reminder sent to {n} jury member.', other: 'Reminder sent to {n} jury members.' },
};
const alreadyReminded: PluralText = {
  sv: { one: '{n} hade redan påmints i dag.', other: '{n} hade redan påmints i dag.' },
  fi: { one: '{n} oli jo saanut muistutuksen tänään.', other: '{n} oli jo saanut muistutuksen tänään.' },
  en: { one: '{n} had already been reminded today.', other: '{n} had already been reminded today.' },
};

const campaignPath = (lang: Language, campaignId: string) => `/${lang}/console/campaigns/${campaignId}`;
const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };
const numberIn = (lang: Language) => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 3 });

/** The result of the reminder button, from the query string of the redirect that followed it. */
function reminded(req: ConsoleRequest): Html | '' {
  const { lang, query } = req;
  if (query.reminded === undefined) return '';
  const already = Number(query.already) || 0;
  return notice(
    `${pluralText(remindersSent, lang, Number(query.reminded) || 0)}${already ? ` ${pluralText(alreadyReminded, lang, already)}` : ''}`,
  );
}

/** A scrollable table (many criteria make it wide), reachable by keyboard. */
const wide = (label: string, table: Html) =>
  html`<div class="table-wrap" role="region" aria-label="${label}" tabindex="0">${table}</div>`;

function rankingTable(lang: Language, meta: CampaignMeta, ranking: readonly RankedApplication[]): Html {
  const number = numberIn(lang);
  const criteria = meta.criteria ?? [];
  const label = (key: string) => pick(criteria.find((c) => c.key === key)?.label, lang) ?? key;
  const criterionCell = (r: RankedApplication, key: string) => {
    const mean = r.criteria[key];
    if (mean === null || mean === undefined) return '–';
    const spread = r.spread[key];
    return r.reviewCount > 1 && spread !== null && spread !== undefined
      ? `${number.format(mean)} (${js('spread', lang)} ${number.format(spread)})`
      : number.format(mean);
  };
  return wide(
    cs('ranking', lang),
    html`<table>
<caption>${cs('ranking', lang)}</caption>
<thead><tr>
<th scope="col">${cs('rank', lang)}</th>
<th scope="col">${cs('company', lang)}</th>
<th scope="col">${cs('score', lang)}</th>
<th scope="col">${cs('reviews', lang)}</th>
<th scope="col">${cs('conflicts', lang)}</th>
${criteria.map((c) => html`<th scope="col">${pick(c.label, lang) ?? c.key} (×${number.format(c.weight)})</th>`)}
<th scope="col">${js('discussion', lang)}</th>
<th scope="col">${cs('decision', lang)}</th>
</tr></thead>
<tbody>
${ranking.map(
  (r) => html`<tr>
<td>${r.rank}</td>
<th scope="row"><a href="${campaignPath(lang, meta.documentId)}/applications/${r.applicationId}">${r.company.name}</a></th>
<td>${r.score === null ? cs('noScore', lang) : number.format(r.score)}</td>
<td>${r.reviewCount}</td>
<td>${r.conflictCount}</td>
${criteria.map((c) => html`<td>${criterionCell(r, c.key)}</td>`)}
<td>${r.discuss ? html`${tag(js('discuss', lang), 'yellow')} ${r.disagreements.map(label).join(', ')}` : ''}</td>
<td>${r.decision ? cs(r.decision === 'not-selected' ? 'notSelected' : r.decision, lang) : ''}</td>
</tr>`,
)}
</tbody>
</table>`,
  );
}

/**
 * The campaign page's judging section (coordinators): the review deadline; per assigned juror what is
 * scored, conflicted, in draft and left, with the reminder button; per application the reviews in; and
 * the ranking with each criterion's mean and spread, strong disagreements tagged for discussion.
 */
export async function judgingSection(req: ConsoleRequest, meta: CampaignMeta): Promise<Html> {
  const { lang } = req;
  const data = await judgingData(defaultTable(), meta.documentId);
  if (!data) return html``;
  const { jurors, applications, ranking } = judgingOf(data);
  const deadline = data.meta.reviewDeadline ?? undefined;
  const passed = deadline !== undefined && req.now.getTime() >= Date.parse(deadline);
  const waiting = jurors.filter((j) => j.left > 0).length;
  const number = numberIn(lang);

  const jurorTable = jurors.length
    ? html`${wide(
        js('jury', lang),
        html`<table>
<caption>${js('jury', lang)}</caption>
<thead><tr>
<th scope="col">${js('juror', lang)}</th>
<th scope="col">${js('assigned', lang)}</th>
<th scope="col">${js('scored', lang)}</th>
<th scope="col">${cs('conflicts', lang)}</th>
<th scope="col">${js('drafts', lang)}</th>
<th scope="col">${js('left', lang)}</th>
</tr></thead>
<tbody>
${jurors.map(
  (j) =>
    html`<tr><th scope="row">${j.email}</th><td>${j.assigned}</td><td>${j.scored}</td><td>${j.conflicts}</td><td>${j.drafts}</td><td>${j.left}</td></tr>`,
)}
</tbody>
</table>`,
      )}
<p>${js('progressNote', lang)}</p>`
    : html`<p>${js('noJurors', lang)}</p>`;

  const reminderForm = passed
    ? html`<p>${js('deadlinePassed', lang)}</p>`
    : waiting
      ? html`<h3>${js('reminders', lang)}</h3>
<p>${js('remindersNote', lang)}</p>
<form method="post" action="${campaignPath(lang, meta.documentId)}/jury-reminders">
${csrfInput(req.csrf)}
${button(pluralText(sendReminder, lang, waiting), { variant: 'secondary' })}
</form>`
      : '';

  const applicationTable = applications.length
    ? wide(
        js('byApplication', lang),
        html`<table>
<caption>${js('byApplication', lang)}</caption>
<thead><tr>
<th scope="col">${cs('company', lang)}</th>
<th scope="col">${js('reviewsIn', lang)}</th>
<th scope="col">${cs('conflicts', lang)}</th>
<th scope="col">${js('drafts', lang)}</th>
<th scope="col">${js('jurorsLeft', lang)}</th>
</tr></thead>
<tbody>
${applications.map(
  (a) =>
    html`<tr><th scope="row">${a.company.name}</th><td>${a.reviews}</td><td>${a.conflicts}</td><td>${a.drafts}</td><td>${a.jurorsLeft}</td></tr>`,
)}
</tbody>
</table>`,
      )
    : html`<p>${js('noReviews', lang)}</p>`;

  return html`<h2 id="judging">${js('judging', lang)}</h2>
${reminded(req)}
<p>${deadline ? html`${js('reviewDeadline', lang)}: <strong>${when(deadline, lang)}</strong>` : js('noReviewDeadline', lang)}</p>
<h3>${js('jury', lang)}</h3>
${jurorTable}
${reminderForm}
<h3>${js('byApplication', lang)}</h3>
${applicationTable}
${
  ranking.length
    ? html`<h3>${cs('ranking', lang)}</h3>
<p>${js('rankingNote', lang)}</p>
<p>${tag(js('discuss', lang), 'yellow')} ${js('discussNote', lang).replace('{threshold}', number.format(discussThreshold(SCORE_SCALE)))}</p>
${rankingTable(lang, data.meta, ranking)}`
    : ''
}`;
}

/**
 * POST: remind every assigned juror with reviews left, now (remindJurors: at most once per juror and
 * day, each reminder in the activity log), then back to the campaign page with the result.
 */
const remindJuryAction: ConsolePage = {
  path: 'campaigns/:campaignId/jury-reminders',
  groups: ['coordinator'],
  get: async (req) => redirect(campaignPath(req.lang, req.params.campaignId ?? '')),
  async post(req) {
    const { lang } = req;
    const campaignId = req.params.campaignId ?? '';
    try {
      const result = await remindJurors(await writeDeps(req.now), campaignId, staffCaller(req.staff));
      const query = new URLSearchParams({
        reminded: String(result.sent),
        already: String(result.alreadyReminded),
      });
      return redirect(`${campaignPath(lang, campaignId)}?${query}#judging`, req.frame.cookies);
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      return page(
        req.frame,
        cs('campaigns', lang),
        html`<p>${error.toBody(lang).detail}</p>
<p><a href="/${lang}/console/campaigns">${cs('backToCampaigns', lang)}</a></p>`,
        error.status,
      );
    }
  },
};

export const judgingPages: readonly ConsolePage[] = [remindJuryAction];

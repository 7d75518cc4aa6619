import type { Decision } from '../../../shared/applications/application';
import { type AnswerLine, applicationDetail } from '../../../shared/applications/application-detail';
import { decideApplication, decisionMailPreview } from '../../../shared/applications/decision';
import { contentSources } from '../../../shared/content/default-source';
import { pick } from '../../../shared/content/localize';
import { problem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { csrfInput, one } from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { decisionBody } from '../../applications/routes';
import type { ConsolePage, ConsoleRequest } from '../context';
import { notice, refusal, staffCaller, when, writeDeps } from '../coordinator';
import { cs } from '../strings';
import {
  campaignOr404,
  campaignPath,
  decisionLabel,
  isSubmissionId,
  languageNames,
  notFoundPage,
  statusLabel,
} from './campaign';

const decisions: readonly Decision[] = ['winner', 'shortlisted', 'not-selected'];
const isDecision = (value: unknown): value is Decision => decisions.includes(value as Decision);

const applicationPath = (lang: Language, campaignId: string, applicationId: string) =>
  `${campaignPath(lang, campaignId)}/applications/${applicationId}`;

/** Text with its line breaks, as the applicant wrote it. */
const lines = (text: string) =>
  text.split(/\r?\n/).map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));

function answerValue(a: AnswerLine, lang: Language): Html {
  const { value } = a;
  if (value === undefined || (Array.isArray(value) && !value.length))
    return html`<span class="hint">${cs('notAnswered', lang)}</span>`;
  if (typeof value === 'boolean') return html`${cs(value ? 'yes' : 'no', lang)}`;
  if (Array.isArray(value)) return html`<ul>${value.map((v) => html`<li>${v}</li>`)}</ul>`;
  if (a.type === 'url' && typeof value === 'string' && value.startsWith('https://'))
    return html`<a href="${value}" rel="noopener noreferrer">${value}</a>`;
  return html`${lines(String(value))}`;
}

type Detail = NonNullable<Awaited<ReturnType<typeof applicationDetail>>>;

/**
 * The decision part: links that preview each decision's mail (a plain GET, nothing changes), then the
 * previewed mail exactly as it will be sent, with the one button that records the decision.
 */
function decisionSection(req: ConsoleRequest, detail: Detail): Html {
  const { lang } = req;
  const { item, meta } = detail;
  if (item.status !== 'submitted')
    return html`<h2>${cs('decision', lang)}</h2><p>${cs('onlySubmitted', lang)}</p>`;
  const here = applicationPath(lang, item.campaignId, item.applicationId);
  const chosen = isDecision(req.query.decision) ? req.query.decision : undefined;
  const preview = chosen ? decisionMailPreview(item, meta, chosen) : undefined;
  return html`<h2>${cs('decision', lang)}</h2>
<p>${cs('decision', lang)}: <strong>${item.decision ? decisionLabel(item.decision, lang) : cs('noDecision', lang)}</strong></p>
<h3>${cs('previewFor', lang)}</h3>
<p>${cs('previewIntro', lang)}</p>
<ul>${decisions.map(
    (d) =>
      html`<li><a href="${here}?decision=${d}"${d === chosen ? html` aria-current="true"` : ''}>${decisionLabel(d, lang)}</a></li>`,
  )}</ul>
${
  chosen && preview
    ? html`<section aria-labelledby="mail-preview">
<h3 id="mail-preview">${cs('mailPreview', lang)}: ${decisionLabel(chosen, lang)}</h3>
<dl>
<dt>${cs('to', lang)}</dt><dd>${preview.to}</dd>
<dt>${cs('language', lang)}</dt><dd>${languageNames[preview.lang]}</dd>
<dt>${cs('subject', lang)}</dt><dd lang="${preview.lang}">${preview.subject}</dd>
</dl>
<div class="card" lang="${preview.lang}"><p>${lines(preview.text)}</p></div>
${item.decision === chosen ? html`<p>${cs('sameDecision', lang)}</p>` : ''}
<form method="post" action="${here}/decision">
${csrfInput(req.csrf)}
<input type="hidden" name="status" value="${chosen}">
<button type="submit">${cs('recordDecision', lang)}: ${decisionLabel(chosen, lang)}</button>
</form>
</section>`
    : ''
}`;
}

async function renderApplication(req: ConsoleRequest, failure?: { status: number; summary: Html }) {
  const { lang } = req;
  const found = await campaignOr404(req);
  if (!found.ok) return found.reply;
  const campaignId = found.meta.documentId;
  const applicationId = req.params.applicationId ?? '';
  const detail = isSubmissionId(applicationId)
    ? await applicationDetail(
        { table: defaultTable(), source: (await contentSources()).cached, now: req.now },
        campaignId,
        applicationId,
        lang,
      )
    : undefined;
  if (!detail)
    return notFoundPage(req, { href: campaignPath(lang, campaignId), label: cs('backToCampaign', lang) });
  const { item } = detail;
  const { company, contact } = item;
  const main = html`${failure?.summary ?? ''}${!failure && req.query.decided ? notice(cs('decisionRecorded', lang)) : ''}
<p>${cs('campaign', lang)}: <a href="${campaignPath(lang, campaignId)}">${pick(found.meta.title, lang) ?? campaignId}</a></p>
<dl>
<dt>${cs('status', lang)}</dt><dd><span class="badge">${statusLabel(item.status, lang)}</span>${item.submittedAt ? html` ${when(item.submittedAt, lang)}` : ''}</dd>
${item.decision ? html`<dt>${cs('decision', lang)}</dt><dd>${decisionLabel(item.decision, lang)}${item.decidedAt ? html` ${when(item.decidedAt, lang)}` : ''}</dd>` : ''}
</dl>
<h2>${cs('company', lang)}</h2>
<dl>
<dt>${cs('company', lang)}</dt><dd>${company.name}</dd>
<dt>${cs('businessId', lang)}</dt><dd>${company.businessId}</dd>
<dt>${cs('municipality', lang)}</dt><dd>${detail.municipality}</dd>
${company.employees !== undefined ? html`<dt>${cs('employees', lang)}</dt><dd>${company.employees}</dd>` : ''}
${company.sector ? html`<dt>${cs('sector', lang)}</dt><dd>${company.sector}</dd>` : ''}
${company.website ? html`<dt>${cs('website', lang)}</dt><dd>${company.website}</dd>` : ''}
</dl>
<h2>${cs('contact', lang)}</h2>
<dl>
<dt>${cs('name', lang)}</dt><dd>${contact.name}</dd>
<dt>${cs('email', lang)}</dt><dd>${contact.email}</dd>
${contact.phone ? html`<dt>${cs('phone', lang)}</dt><dd>${contact.phone}</dd>` : ''}
<dt>${cs('mailLanguage', lang)}</dt><dd>${languageNames[contact.language]}</dd>
</dl>
<h2>${cs('answers', lang)}</h2>
<dl class="answers">
${detail.answers.map((a) => html`<dt>${a.label}</dt><dd>${answerValue(a, lang)}</dd>`)}
</dl>
${decisionSection(req, detail)}
<p><a href="${campaignPath(lang, campaignId)}">${cs('backToCampaign', lang)}</a></p>`;
  return page(req.frame, company.name, main, failure?.status ?? 200);
}

/** One application in full: company, contact, every answer under its question, and the decision. */
const applicationPage: ConsolePage = {
  path: 'campaigns/:campaignId/applications/:applicationId',
  groups: ['coordinator'],
  get: (req) => renderApplication(req),
};

/**
 * POST: record the decision (decideApplication, as POST …/applications/{applicationId}/decision),
 * its value checked by that route's own body schema; the contact is mailed in the same transaction.
 */
const decisionAction: ConsolePage = {
  path: 'campaigns/:campaignId/applications/:applicationId/decision',
  groups: ['coordinator'],
  get: async (req) =>
    redirect(applicationPath(req.lang, req.params.campaignId ?? '', req.params.applicationId ?? '')),
  async post(req) {
    const { lang } = req;
    const campaignId = req.params.campaignId ?? '';
    const applicationId = req.params.applicationId ?? '';
    const parsed = validatePart(decisionBody, { status: one(req.form.status) }, '', lang);
    try {
      if (!parsed.ok) throw problem('invalid-input', { errors: parsed.errors });
      await decideApplication(
        await writeDeps(req.now),
        campaignId,
        applicationId,
        parsed.value.status,
        staffCaller(req.staff),
        undefined,
      );
      return redirect(`${applicationPath(lang, campaignId, applicationId)}?decided=1`, req.frame.cookies);
    } catch (error) {
      return renderApplication(req, refusal(error, lang));
    }
  },
};

export const applicationPages: readonly ConsolePage[] = [applicationPage, decisionAction];

import type { NormalizedReport } from '../record';
import type { ReportChange } from '../record-diff';
import { html, type Html } from './html';
import { PORTAL_LABELS, type PortalLabels, type PortalLanguage } from './labels';

/**
 * The portal's pages, rendered on the server as complete HTML documents: every action is
 * a link or a form, so the portal works without JavaScript. Pure: the caller passes in
 * everything a page shows, including the time zone times are shown in.
 */

export interface PageChrome {
  readonly lang: PortalLanguage;
  /** Path and query of this page, so the language switch comes back to it. */
  readonly path: string;
  /** Name of the signed-in office; null on pages shown before sign-in. */
  readonly officeName: string | null;
  readonly timeZone: string;
}

export interface InboxPageModel {
  readonly chrome: PageChrome;
  readonly filter: { readonly from?: string; readonly to?: string; readonly document?: string; readonly text?: string };
  readonly rows: readonly {
    readonly reportId: string;
    readonly eventDate: string | null;
    readonly title: string;
    readonly organizer: string | null;
    readonly unread: boolean;
    readonly acknowledged: boolean;
  }[];
}

export interface ReportPageModel {
  readonly chrome: PageChrome;
  readonly record: NormalizedReport;
  readonly version: number;
  readonly latestVersion: number;
  readonly versions: readonly { readonly version: number; readonly createdAt: string }[];
  readonly changes: readonly ReportChange[];
  readonly previousVersion: number | null;
  readonly receipt: { readonly openedAt: string | null; readonly acknowledgedAt: string | null } | null;
  readonly hasOriginal: boolean;
  /** Set right after an acknowledgement, so the page can say it worked. */
  readonly justAcknowledged?: boolean;
}

export type MessageKind = 'not-found' | 'signed-out' | 'sign-in' | 'error';

const STYLESHEET_PATH = '/assets/portal.css';

/** The portal's stylesheet, served from {@link STYLESHEET_PATH}: high contrast, visible focus, readable at 200 % zoom. */
export const PORTAL_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --accent: #0b4f8a; --line: #c8c8c8; --band: #f2f5f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
a:focus, button:focus, input:focus { outline: 3px solid #e8a317; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header { background: var(--accent); color: #fff; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
header a, header .brand { color: #fff; }
header .brand { font-weight: 700; text-decoration: none; }
header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; align-items: center; }
header form { margin: 0; }
header button { background: #fff; color: var(--accent); border: 0; padding: .35rem .8rem; font: inherit; cursor: pointer; border-radius: 3px; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
fieldset { border: 1px solid var(--line); padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: flex-end; }
fieldset div { display: flex; flex-direction: column; }
label { font-weight: 600; }
input { font: inherit; padding: .3rem .4rem; border: 1px solid #767676; border-radius: 3px; }
.hint { color: var(--muted); font-size: .9rem; }
.button { display: inline-block; background: var(--accent); color: #fff; border: 0; padding: .45rem 1rem; font: inherit; cursor: pointer; border-radius: 3px; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 700; padding: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--band); }
tr.unread td { font-weight: 700; }
.badge { display: inline-block; padding: 0 .4rem; border: 1px solid currentColor; border-radius: 3px; font-size: .85rem; font-weight: 600; }
.meta { color: var(--muted); }
.notice { border-left: 4px solid var(--accent); background: var(--band); padding: .5rem 1rem; }
section { margin: 1.5rem 0; }
`;

function formatDate(date: string | null, lang: PortalLanguage, labels: PortalLabels): string {
  if (!date) return labels.notStated;
  const [year, month, day] = date.split('-');
  return lang === 'vi' ? `${day}/${month}/${year}` : date;
}

/** An ISO instant in the province's time zone, e.g. "14:05 11/01/2024" or "2024-01-11 14:05". */
export function formatInstant(iso: string, lang: PortalLanguage, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return lang === 'vi'
    ? `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`
    : `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function languageSwitch(chrome: PageChrome, labels: PortalLabels): Html {
  const other: PortalLanguage = chrome.lang === 'vi' ? 'en' : 'vi';
  const href = `/lang?to=${other}&back=${encodeURIComponent(chrome.path)}`;
  return html`<a href="${href}" lang="${other}" hreflang="${other}">${labels.otherLanguage}</a>`;
}

function layout(chrome: PageChrome, title: string, body: Html): string {
  const labels = PORTAL_LABELS[chrome.lang];
  const account = chrome.officeName
    ? html`<li>${labels.signedInAs(chrome.officeName)}</li>
        <li><a href="/inbox">${labels.inbox}</a></li>
        <li><form method="post" action="/signout"><button type="submit">${labels.signOut}</button></form></li>`
    : html`<li><a href="/signin">${labels.signIn}</a></li>`;
  const page = html`<!doctype html>
<html lang="${chrome.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - ${labels.portal}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip" href="#main">${labels.skip}</a>
<header>
<a class="brand" href="/inbox">${labels.portal}</a>
<nav aria-label="${labels.portal}"><ul>${account}<li>${languageSwitch(chrome, labels)}</li></ul></nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
  return page.html;
}

function reportHref(reportId: string, version?: number): string {
  return `/reports/${encodeURIComponent(reportId)}${version === undefined ? '' : `?v=${version}`}`;
}

export function renderInboxPage(model: InboxPageModel): string {
  const { chrome, filter } = model;
  const labels = PORTAL_LABELS[chrome.lang];
  const rows = model.rows.map((row) => {
    const state = row.acknowledged ? labels.acknowledged : row.unread ? labels.unread : labels.read;
    return html`<tr${row.unread ? html` class="unread"` : html``}>
<td>${formatDate(row.eventDate, chrome.lang, labels)}</td>
<td><a href="${reportHref(row.reportId)}">${row.title || row.reportId}</a></td>
<td>${row.organizer ?? labels.notStated}</td>
<td><span class="badge">${state}</span></td>
</tr>`;
  });
  const table =
    model.rows.length > 0
      ? html`<table>
<caption>${labels.tableCaption}</caption>
<thead><tr><th scope="col">${labels.date}</th><th scope="col">${labels.title}</th><th scope="col">${labels.organizer}</th><th scope="col">${labels.state}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
      : html`<p class="notice">${labels.noReports}</p>`;
  const body = html`<h1>${labels.inbox}</h1>
<p>${labels.inboxIntro(model.rows.length)}</p>
<form method="get" action="/inbox" role="search" aria-label="${labels.filters}">
<fieldset>
<legend>${labels.filters}</legend>
<div><label for="from">${labels.from}</label><input id="from" name="from" type="date" value="${filter.from ?? ''}"></div>
<div><label for="to">${labels.to}</label><input id="to" name="to" type="date" value="${filter.to ?? ''}"></div>
<div><label for="document">${labels.document}</label><input id="document" name="document" type="text" value="${filter.document ?? ''}" aria-describedby="document-hint"><span id="document-hint" class="hint">${labels.documentHint}</span></div>
<div><label for="q">${labels.text}</label><input id="q" name="q" type="search" value="${filter.text ?? ''}"></div>
<div><button class="button" type="submit">${labels.apply}</button></div>
<div><a href="/inbox">${labels.clear}</a></div>
</fieldset>
</form>
${table}`;
  return layout(chrome, labels.inbox, body);
}

export function renderReportPage(model: ReportPageModel): string {
  const { chrome, record } = model;
  const labels = PORTAL_LABELS[chrome.lang];
  const when = (iso: string) => formatInstant(iso, chrome.lang, chrome.timeZone);
  const people = record.people.length
    ? html`<section aria-labelledby="people"><h2 id="people">${labels.people}</h2>
<table><thead><tr><th scope="col">${labels.nameCol}</th><th scope="col">${labels.roles}</th></tr></thead><tbody>
${record.people.map((person) => html`<tr><td>${person.name}</td><td>${person.roles.join('; ') || labels.notStated}</td></tr>`)}
</tbody></table></section>`
    : html``;
  const documents = record.documents.length
    ? html`<section aria-labelledby="documents"><h2 id="documents">${labels.documents}</h2>
<table><thead><tr><th scope="col">${labels.codeCol}</th><th scope="col">${labels.typeCol}</th><th scope="col">${labels.issuedCol}</th></tr></thead><tbody>
${record.documents.map((doc) => html`<tr><td>${doc.code}</td><td>${doc.type}</td><td>${formatDate(doc.date, chrome.lang, labels)}</td></tr>`)}
</tbody></table></section>`
    : html``;
  const awards = record.awards.length
    ? html`<section aria-labelledby="awards"><h2 id="awards">${labels.awards}</h2>
<table><thead><tr><th scope="col">${labels.awardCol}</th><th scope="col">${labels.countCol}</th><th scope="col">${labels.recipientCol}</th></tr></thead><tbody>
${record.awards.map((award) => html`<tr><td>${award.award}</td><td>${award.count === null ? labels.notStated : award.count}</td><td>${award.recipient === 'collective' ? labels.collective : labels.individual}</td></tr>`)}
</tbody></table></section>`
    : html``;
  const tasks = record.tasks.length
    ? html`<section aria-labelledby="tasks"><h2 id="tasks">${labels.tasks}</h2><ul>${record.tasks.map((task) => html`<li>${task}</li>`)}</ul></section>`
    : html``;
  const changes =
    model.previousVersion === null
      ? html``
      : html`<section aria-labelledby="changes"><h2 id="changes">${labels.changes(model.previousVersion)}</h2>
${model.changes.length ? html`<ul>${model.changes.map((change) => html`<li>${change.description[chrome.lang]}</li>`)}</ul>` : html`<p>${labels.noChanges}</p>`}</section>`;
  const versions =
    model.versions.length > 1
      ? html`<nav aria-labelledby="versions"><h2 id="versions">${labels.versions}</h2><ul>
${model.versions.map((entry) =>
  entry.version === model.version
    ? html`<li aria-current="page">${labels.version(entry.version)} (${when(entry.createdAt)})</li>`
    : html`<li><a href="${reportHref(record.reportId, entry.version)}">${labels.version(entry.version)}</a> (${when(entry.createdAt)})</li>`,
)}
</ul></nav>`
      : html``;
  const original = model.hasOriginal
    ? html`<p><a class="button" href="/reports/${encodeURIComponent(record.reportId)}/original?v=${model.version}" download>${labels.downloadOriginal}</a> <span class="hint">${labels.downloadHint}</span></p>`
    : html`<p>${labels.noOriginal}</p>`;
  const acknowledgedAt = model.receipt?.acknowledgedAt ?? null;
  const receipt = html`<section aria-labelledby="receipt"><h2 id="receipt">${labels.receipt}</h2>
${model.justAcknowledged ? html`<p class="notice" role="status">${labels.acknowledgedAt(when(acknowledgedAt ?? ''))}</p>` : html``}
${model.receipt?.openedAt ? html`<p class="meta">${labels.openedAt(when(model.receipt.openedAt))}</p>` : html``}
${acknowledgedAt && !model.justAcknowledged ? html`<p>${labels.acknowledgedAt(when(acknowledgedAt))}</p>` : html``}
${acknowledgedAt
  ? html``
  : html`<form method="post" action="/reports/${encodeURIComponent(record.reportId)}/acknowledge">
<input type="hidden" name="v" value="${model.version}">
<p class="hint" id="ack-hint">${labels.acknowledgeHint}</p>
<button class="button" type="submit" aria-describedby="ack-hint">${labels.acknowledge}</button>
</form>`}
</section>`;
  const body = html`<p><a href="/inbox">${labels.backToInbox}</a></p>
<article lang="${record.language}">
<h1>${record.title || record.reportId}</h1>
<dl class="meta">
<dt>${labels.date}</dt><dd>${formatDate(record.event.date, chrome.lang, labels)}</dd>
<dt>${labels.organizer}</dt><dd>${record.organizer ?? labels.notStated}</dd>
<dt>${labels.versions}</dt><dd>${labels.versionOf(model.version, model.latestVersion)}</dd>
</dl>
${record.summary ? html`<section aria-labelledby="summary"><h2 id="summary">${labels.summary}</h2><p>${record.summary}</p></section>` : html``}
${changes}
${people}
${documents}
${awards}
${tasks}
<section aria-labelledby="original"><h2 id="original">${labels.original}</h2>${original}</section>
</article>
${receipt}
${versions}`;
  return layout(chrome, record.title || record.reportId, body);
}

export function renderMessagePage(chrome: PageChrome, kind: MessageKind, signInHref = '/signin'): string {
  const labels = PORTAL_LABELS[chrome.lang];
  const [title, text] =
    kind === 'not-found'
      ? [labels.notFoundTitle, labels.notFoundText]
      : kind === 'signed-out'
        ? [labels.signedOutTitle, labels.signedOutText]
        : kind === 'sign-in'
          ? [labels.signIn, labels.signInText]
          : [labels.errorTitle, labels.errorText];
  const next =
    kind === 'not-found'
      ? html`<p><a href="/inbox">${labels.backToInbox}</a></p>`
      : kind === 'error'
        ? html``
        : html`<p><a class="button" href="${signInHref}">${labels.signIn}</a></p>`;
  return layout(chrome, title, html`<h1>${title}</h1><p>${text}</p>${next}`);
}

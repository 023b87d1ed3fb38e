import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DynamoReceiptStore } from '../../shared/adapters/receipts';
import { OfficeInbox } from '../../shared/local/office-inbox';
import { ROOT, eventually, startPipelineProcess, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = `${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** axe-core findings an office would be blocked by. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  // An axe run that checked nothing would pass any page.
  if (results.passes.length === 0) throw new Error('axe-core checked no rule on the page');
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

describe('the office portal in a real browser', () => {
  let pipeline: PipelineProcess;
  let inbox: OfficeInbox;
  let browser: Browser;
  let reportLink: string;
  let reportId: string;

  beforeAll(async () => {
    pipeline = await startPipelineProcess({ backend: 'embedded' });
    inbox = new OfficeInbox(pipeline.clients.sqs, pipeline.info.resources.officeQueues);
    inbox.start();
    await pipeline.clients.s3.send(new PutObjectCommand({ Bucket: pipeline.info.resources.bucket, Key: 'incoming/gia-loc.txt', Body: readFileSync(SAMPLE) }));
    const notice = await eventually(async () => inbox.received.find((entry) => entry.officeId === 'gia-loc') ?? null, 90_000, 'the notice of gia-loc');
    reportId = notice.reportId;
    reportLink = String(notice.notice.location);
    // launch() gives the browser a fresh, empty profile (user-data dir) and removes it on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await inbox?.stop();
    await pipeline?.stop();
  });

  async function signIn(context: BrowserContext, link: string, officeId: string): Promise<Page> {
    const portal = pipeline.info.portal;
    if (!portal) throw new Error('no portal in the local run');
    const page = await context.newPage();
    await page.goto(link);
    // Not signed in: the portal sends the browser to the identity provider's form.
    expect(page.url().startsWith(`${portal.identityUrl}/oauth2/authorize?`)).toBe(true);
    await page.getByLabel(/E-mail/).fill(`${officeId}@offices.local`);
    await page.getByLabel(/Password/).fill(portal.password);
    await Promise.all([page.waitForURL((url) => url.href.startsWith(portal.url)), page.getByRole('button', { name: /Sign in/ }).click()]);
    return page;
  }

  it('links the notice to the report page on the portal', () => {
    expect(reportLink).toBe(`${pipeline.info.portal?.url}/reports/${reportId}`);
  });

  it('lets the office open the record, download the original and acknowledge it, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await signIn(context, reportLink, 'gia-loc');
    expect(page.url()).toBe(reportLink);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Gia Loc District reviews Party building work');
    await expect(page.getByRole('cell', { name: '35-CT/TW' }).count()).resolves.toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải tệp gốc' }).click()]);
    const saved = await download.path();
    expect(readFileSync(saved).equals(readFileSync(SAMPLE))).toBe(true);

    await Promise.all([page.waitForURL(/ack=1/), page.getByRole('button', { name: 'Xác nhận đã nhận báo cáo' }).click()]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Đã xác nhận');
    await expect(page.getByRole('button', { name: 'Xác nhận đã nhận báo cáo' }).count()).resolves.toBe(0);

    await Promise.all([page.waitForURL(/\/inbox$/), page.getByRole('link', { name: 'Hộp thư báo cáo' }).first().click()]);
    const row = page.getByRole('row', { name: /Gia Loc District reviews/ });
    await expect(row.textContent()).resolves.toContain('Đã xác nhận');

    await Promise.all([page.waitForURL(/\/inbox$/), page.getByRole('link', { name: 'English' }).click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Report inbox');

    await Promise.all([page.waitForURL(/\/signed-out$/), page.getByRole('button', { name: 'Sign out' }).click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You are signed out');
    // Signed out means signed out: the report page now asks for a sign-in again.
    await page.goto(reportLink);
    expect(page.url()).toContain('/oauth2/authorize?');
    await context.close();

    const receipts = await new DynamoReceiptStore(pipeline.clients.dynamo, pipeline.info.resources.tableName).forReport(reportId);
    const giaLoc = receipts.find((receipt) => receipt.officeId === 'gia-loc');
    expect(giaLoc?.openedAt).toEqual(expect.any(String));
    expect(giaLoc?.acknowledgedAt).toEqual(expect.any(String));
  });

  it("refuses another office the report and shows its own inbox without it", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(context, reportLink, 'nam-sach');
    expect(page.url()).toBe(reportLink);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Không tìm thấy báo cáo');
    const original = await page.request.get(`${reportLink}/original?v=1`, { maxRedirects: 0 });
    expect(original.status()).toBe(404);
    await page.goto(`${pipeline.info.portal?.url}/inbox`);
    await expect(page.getByRole('link', { name: /Gia Loc District reviews/ }).count()).resolves.toBe(0);
    await context.close();
  });

  it('has no serious accessibility violations on the inbox and report pages', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, reportLink, 'tu-ky');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${pipeline.info.portal?.url}/inbox`);
    await expect(page.getByRole('row').count()).resolves.toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${pipeline.info.portal?.url}/lang?to=en&back=/inbox`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from './server.js';

const root = fileURLToPath(new URL('../../examples/browser/', import.meta.url));
const example = fileURLToPath(new URL('../../examples/thorough-manager.json', import.meta.url));
const artifacts = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const candidacy = JSON.parse(readFileSync(example, 'utf8')) as {
  interviews: { id: string; interviewers: { name: string }[] }[];
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(root);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page and renders the demo candidacy at 2027-03-09 12:00 in its zone. */
async function openExample(page: Page): Promise<void> {
  await page.goto(server.url);
  // Commit the date first (Tab fires its change event): left focused, the field would fire change when
  // the download link is pressed, and the re-render would swap the link between mouse down and up.
  // A wall time in the candidate's zone (America/New_York): the page turns it into 12:00-05:00.
  await page.fill('#now', '2027-03-09T12:00');
  await page.press('#now', 'Tab');
  await page.setInputFiles('#file', example);
  await page.waitForSelector('body[data-ready="true"]');
}

describe('the browser example', () => {
  it('renders the score, every interviewer of round two and a downloadable calendar', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openExample(page);
    const renders = await page.evaluate(() => document.body.dataset.renders);

    const score = Number(await page.textContent('[data-testid="score"]'));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    const roundTwo = candidacy.interviews.find((interview) => interview.id === 'round-2-panel')!;
    const cards = await page.locator('.interviewer h3').allTextContents();
    for (const person of roundTwo.interviewers) expect(cards.join('\n')).toContain(person.name);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    const calendar = readFileSync((await download.path())!, 'utf8');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar).toContain('TZID=America/New_York');
    expect(await page.evaluate(() => document.body.dataset.renders)).toBe(renders);

    // Human labels and times, never raw ids: the audience, the band and the event status read as words.
    const text = (await page.textContent('#report')) ?? '';
    expect(text).toContain('(hiring manager)');
    expect(text).not.toMatch(/hiring-manager|cross-functional\)|top-quartile|at-risk|not-ready/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(await page.textContent('#zone')).toBe('(in America/New_York)');
    expect(await page.locator('h2', { hasText: 'When pay comes up' }).count()).toBe(1);
    expect(await page.locator('.draft').count()).toBeGreaterThan(0);
    expect(await page.isVisible('#error')).toBe(false);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}browser-report.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('re-renders the report in German when Deutsch is picked, and back in English', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openExample(page);
    const renders = Number(await page.evaluate(() => document.body.dataset.renders));

    await page.selectOption('#locale', 'de');
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renders))).toBe(renders + 1);
    expect(await page.locator('h2', { hasText: 'Ihre Gesprächspartner' }).count()).toBe(1);
    expect(await page.locator('h2', { hasText: 'Your interviewers' }).count()).toBe(0);
    const german = (await page.textContent('#report')) ?? '';
    expect(german).toContain('(künftige Führungskraft)');
    expect(german).toContain('Eine Vorbereitungshilfe');
    expect(german).not.toMatch(/hiring manager|Do these first|Thank-you drafts|top-quartile/);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('h1')).toBe('Vorbereitung auf die zweite Runde');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}browser-report-de.png`, fullPage: true });

    await page.selectOption('#locale', 'en');
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.renders))).toBe(renders + 2);
    expect(await page.locator('h2', { hasText: 'Your interviewers' }).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every problem of an invalid file in the page instead of rendering, and keeps a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.setInputFiles('#file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, candidate: { name: 'X' } })),
    });
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.isVisible('#error')).toBe(true);
    expect(await page.textContent('#error')).toContain('broken.json is not a valid candidacy');
    expect(await page.textContent('#error')).toContain('→ at candidate.timeZone');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}browser-bad-input.png`, fullPage: true });

    await page.setInputFiles('#file', {
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1,'),
    });
    await expect.poll(() => page.textContent('#error')).toContain('truncated.json is not valid JSON');
    expect(await page.isVisible('#error')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Screenshots of what reporting shows people, from a simulated month: the leadership email and Monday's digest
// at a phone's 390 px, the summary tab and the «Bản tin» page (the week's media pack) in the playground.
// `npm run build && npx tsx local/report-screenshots.ts` writes docs/screenshots/email-monthly.png,
// email-weekly.png, summary-tab.png, summary-grid.png and media-pack.png.
import { previousWeek } from '../src/domain/summary';
import * as MSG_REPORT from '../src/shared/messages/report';
import { monthLabel } from '../src/ui/reportText';
import { REVIEWER } from './flows';
import { todayOf } from './playground/media';
import { screenshotScript, shot } from './screenshots';
import { monthlyMailOf, simulateMonth } from './simulate';

const MONTH = '2026-11';

screenshotScript(async (playground, browser) => {
  const { addOn } = simulateMonth({ month: MONTH, units: 48, deeds: 300, seed: 1 });
  const sent = addOn.runtime.mail.sent;
  const monthly = monthlyMailOf(sent);
  const weekly = [...sent].reverse().find((m) => m.to.includes(REVIEWER) && m.htmlBody);
  playground.pg.addOn = addOn;
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  for (const [name, mail] of [
    ['email-monthly.png', monthly],
    ['email-weekly.png', weekly],
  ] as const) {
    if (!mail?.htmlBody) throw new Error(`No email for ${name}`);
    await phone.setContent(mail.htmlBody);
    await phone.screenshot({ path: shot(name), fullPage: true });
  }
  // The media pack of the week the last digest was about, as the playground shows it on a phone.
  const today = todayOf(addOn.runtime.clock.now());
  if (!today) throw new Error('The clock has no date');
  await phone.goto(`${playground.url}/ban-tin?week=${previousWeek(today).key}`);
  await phone.screenshot({ path: shot('media-pack.png'), fullPage: true });
  const desk = await browser.newPage({ viewport: { width: 1360, height: 1800 } });
  const tab = MSG_REPORT.tabName(monthLabel(MONTH));
  await desk.goto(`${playground.url}/sheet?tab=${encodeURIComponent(tab)}`);
  await desk.screenshot({ path: shot('summary-tab.png') });
  // The unit × week grid, scrolled to inside the table.
  await desk.evaluate(() => {
    const cell = Array.from(document.querySelectorAll('td')).find((td) =>
      td.textContent?.startsWith('Độ phủ theo tuần'),
    );
    cell?.scrollIntoView();
  });
  await desk.screenshot({ path: shot('summary-grid.png') });
  return ['email-monthly.png', 'email-weekly.png', 'summary-tab.png', 'summary-grid.png', 'media-pack.png'];
});

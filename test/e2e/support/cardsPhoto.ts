import type { Browser } from 'playwright-core';
import type { Card } from './cards';

/** The card photographed: the card alone, or lying turned on a grey table with room around it. */
export async function photograph(browser: Browser, card: Card): Promise<Buffer> {
  const page = await browser.newPage({
    viewport: { width: card.width + 200, height: card.height + 200 },
    deviceScaleFactor: card.scale,
  });
  const turned = card.turned ?? 0;
  await page.setContent(`<body style="margin:0;background:${turned ? '#d9d6d0' : '#fff'}">
    <div id="table" style="padding:${turned ? 60 : 0}px;display:inline-block">
      <div style="position:relative;overflow:hidden;box-sizing:border-box;width:${card.width}px;height:${card.height}px;
        background:#fff;color:#1a1a1a;transform:rotate(${turned}deg)">${card.html}</div></div></body>`);
  await page.evaluate(() => document.fonts.ready);
  const image = await page.locator('#table').screenshot();
  await page.close();
  return image;
}

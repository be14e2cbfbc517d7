import type { Page } from 'playwright-core';
import type { Records } from './bigTrip';

/** Puts records straight into the app's database in the page (created by the app at its first start), bypassing the app. */
export async function seedBrowserDatabase(page: Page, records: Records): Promise<void> {
  await page.evaluate(async (byTable) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fieldbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(byTable), 'readwrite');
    for (const [table, rows] of Object.entries(byTable)) for (const row of rows) tx.objectStore(table).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

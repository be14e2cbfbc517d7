import type { Page } from 'playwright-core';
import { LANGUAGE_AUTONYMS, type Language } from '../../../shared/i18n/languages';
import { type Particle, particleAfter } from '../../../shared/i18n/particles';
import { resources } from '../../../shared/i18n/resources';
import { GlossaryScreen } from './GlossaryScreen';
import { ItemScreen } from './ItemScreen';
import { ItineraryScreen } from './ItineraryScreen';
import { MemberFormScreen } from './MemberFormScreen';
import { NotesScreen } from './NotesScreen';
import { PeopleScreen } from './PeopleScreen';
import { SyncScreen } from './SyncScreen';
import type { Namespace, Screen } from './screen';
import { TranslationScreen } from './TranslationScreen';
import { TripFormScreen } from './TripFormScreen';
import { TripListScreen } from './TripListScreen';
import { TripScreen } from './TripScreen';

/**
 * Chromium logs each request it could not send while the device is offline;
 * that is the browser reporting the network, not the app failing, and the
 * app says it in its own words (tests look for those).
 */
const BROWSER_OFFLINE = /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;

/**
 * The app as a user sees it. Screens find their controls by the text the
 * user reads, in the language the app is showing, taken from the locale
 * files: a test written once runs in Korean, Japanese or English.
 */
export class App implements Screen {
  readonly errors: string[] = [];
  private readonly expected: RegExp[] = [BROWSER_OFFLINE];
  language: Language = 'ko';

  private constructor(readonly page: Page) {
    page.on('pageerror', (error) => {
      if (!this.expected.some((pattern) => pattern.test(error.message))) this.errors.push(error.message);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !this.expected.some((pattern) => pattern.test(text))) this.errors.push(text);
    });
  }

  /**
   * From now on the server refusing a request (a revoked device, say) is
   * what the test expects: Chromium logs each refusal, the app words it.
   */
  expectRefusals(): void {
    this.expected.push(/^Failed to load resource: the server responded with a status of 4\d\d /);
  }

  /**
   * From now on the card reader's OCR failing to load a model is what the
   * test expects: Tesseract's engine writes why to stderr (console errors),
   * and tesseract.js then answers a job it already rejected (its own error).
   */
  expectOcrFailure(): void {
    this.expected.push(
      /^Error opening data file /,
      /^Please make sure the TESSDATA_PREFIX /,
      /^Failed loading language /,
      /^Tesseract couldn't load any languages!/,
      /^Cannot read properties of undefined \(reading 'resolve'\)/,
    );
  }

  /** The app opened in `page`, at `address` (its first screen unless given). */
  static async open(page: Page, address = './'): Promise<App> {
    const app = new App(page);
    await page.goto(address);
    await app.waitUntilReady();
    return app;
  }

  /** The string the app shows for a key, in the current language ('trips', 'list.new'). */
  t(namespace: Namespace, key: string, values: Record<string, string | number> = {}): string {
    let node: unknown = resources[this.language][namespace];
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`No string ${namespace}:${key}`);
    // A Korean particle is chosen by the word before it, as the app's formatter chooses it ({{name, 은/는}}).
    return node.replace(/\{\{(\w+)(?:, ([^}]+))?\}\}/g, (_, name: string, particle?: string) => {
      const value = String(values[name] ?? '');
      return particle ? particleAfter(value, particle as Particle) : value;
    });
  }

  /** Waits for the first screen and learns which language it is in. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('.app-main').waitFor();
    const lang = await this.page.locator('html').getAttribute('lang');
    if (lang === 'ko' || lang === 'ja' || lang === 'en') this.language = lang;
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** Chooses the interface language in the header's menu, opened from its button. */
  async switchLanguage(language: Language): Promise<void> {
    await this.page.getByRole('button', { name: this.t('common', 'language.label') }).click();
    await this.page
      .getByRole('menu', { name: this.t('common', 'language.label') })
      .getByRole('menuitemradio', { name: LANGUAGE_AUTONYMS[language] })
      .click();
    this.language = language;
    await this.page.locator(`html[lang="${language}"]`).waitFor();
  }

  get tripList() {
    return new TripListScreen(this);
  }

  get tripForm() {
    return new TripFormScreen(this);
  }

  get trip() {
    return new TripScreen(this);
  }

  get memberForm() {
    return new MemberFormScreen(this);
  }

  get itinerary() {
    return new ItineraryScreen(this);
  }

  get item() {
    return new ItemScreen(this);
  }

  get notes() {
    return new NotesScreen(this);
  }

  get sync() {
    return new SyncScreen(this);
  }

  get translation() {
    return new TranslationScreen(this);
  }

  get glossary() {
    return new GlossaryScreen(this);
  }

  get people() {
    return new PeopleScreen(this);
  }
}

import { compileReport } from '@shared/report/compile';
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../../test/fixtures/sampleReport';
import { DocumentView, sectionId } from './DocumentView';

const document = compileReport(sampleReportRecords(), { layout: 'sideBySide' });

/** Each entry of the contents as read: its heading's text, then the page it gives. */
function contents(view: ReturnType<typeof render>) {
  const nav = view.container.querySelector('.doc__contents');
  if (!(nav instanceof HTMLElement)) throw new Error('No contents');
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.getAttribute('href'), link.querySelector('.doc__contents-page')?.textContent]);
}

describe('the print view’s contents', () => {
  it('links every section, and keeps room for its page until a first print has told it', () => {
    const view = render(<DocumentView document={document} />);
    expect(contents(view)).toEqual(document.sections.map((section) => [`#${sectionId(section.anchor)}`, '']));
    for (const section of document.sections)
      expect(window.document.getElementById(sectionId(section.anchor))).toBeTruthy();
  });

  it('gives each section’s page by the id its heading’s page is known by', () => {
    const pages = new Map(document.sections.map((section, index) => [sectionId(section.anchor), index + 3]));
    const view = render(<DocumentView document={document} pages={pages} />);
    expect(contents(view)).toEqual(
      document.sections.map((section, index) => [`#${sectionId(section.anchor)}`, `${index + 3}`]),
    );
  });
});

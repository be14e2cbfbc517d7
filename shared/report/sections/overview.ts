import type { Language } from '../../i18n/languages';
import type { LocalizedName, PlainDate } from '../../model';
import { listNames } from '../../people/lists';
import { isWritten, textCell, wordsCell } from '../cells';
import type { ReportContext } from '../context';
import { formatReportDate } from '../dates';
import type { Block, Cell } from '../document';
import { fill, reportWords } from '../words';

type Row = Extract<Block, { type: 'fields' }>['rows'][number];

/**
 * Names in one language, each once, listed as the report lists every set of
 * names (listNames, as a visit's attendees); one not written in that
 * language in the language it is written in (a proper name).
 */
function namesCell(names: readonly LocalizedName[], langs: readonly Language[]): Cell {
  return wordsCell((lang) => {
    const written = names.map((name) => name[lang] || name.ko || name.ja || name.en || '').filter(Boolean);
    return listNames([...new Set(written)], lang);
  }, langs);
}

/**
 * What a ministry official reads first, after the trip's name and dates:
 * why the delegation went, how many went and from where, whom they visited,
 * and when and by whom the report was written (`writtenOn`, the day it is
 * exported). A fact the trip does not hold is left out, not printed empty.
 */
export function overviewRows(ctx: ReportContext, writtenOn: PlainDate | undefined): Row[] {
  const { trip, langs } = ctx;
  const words = (pick: (w: ReturnType<typeof reportWords>['about']) => string) => ctx.words((w) => pick(w.about));
  const rows: Row[] = [];
  if (isWritten(trip.purpose))
    rows.push({
      label: words((w) => w.purpose),
      value: textCell(trip.purpose, { table: 'trips', id: trip.id, field: 'purpose' }, langs),
    });
  if (ctx.members.length > 0)
    rows.push({
      label: words((w) => w.delegation),
      value: wordsCell((lang) => fill(reportWords(lang).about.headcount, { count: ctx.members.length }), langs),
    });
  const from = ctx.members.filter((member) => member.role === 'member').map((member) => member.affiliation);
  if (from.some((name) => Object.values(name).some(Boolean)))
    rows.push({ label: words((w) => w.organisations), value: namesCell(from, langs) });
  const hosts = ctx.items.filter((item) => item.kind === 'visit' && item.host).map((item) => item.host?.name ?? {});
  if (hosts.some((name) => Object.values(name).some(Boolean)))
    rows.push({ label: words((w) => w.visited), value: namesCell(hosts, langs) });
  if (writtenOn)
    rows.push({
      label: words((w) => w.writtenOn),
      value: wordsCell((lang) => formatReportDate(writtenOn, lang, ctx.dates), langs),
    });
  const writers = writersOf(ctx);
  if (writers.length > 0) rows.push({ label: words((w) => w.writtenBy), value: namesCell(writers, langs) });
  return rows;
}

/** The organisers who wrote the report's own texts (findings, summaries, evaluation), in roster order. */
function writersOf(ctx: ReportContext): LocalizedName[] {
  const notes = [...ctx.findings.values(), ...ctx.summaries.values(), ...(ctx.evaluation ? [ctx.evaluation] : [])];
  const ids = new Set(notes.filter((note) => isWritten(note.body)).map((note) => note.updatedBy.memberId));
  const { home, host } = ctx.trip.languages;
  return ctx.members
    .filter((member) => ids.has(member.id))
    .map(
      (member): LocalizedName => ({
        ...(member.nameForHosts ? { [host]: member.nameForHosts } : {}),
        [home]: member.name,
      }),
    );
}

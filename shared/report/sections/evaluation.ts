import { isWritten, organisersText, textCell } from '../cells';
import type { ReportContext } from '../context';
import type { Block, Cell } from '../document';

/** The organisers' evaluation of the trip, as the seed's section IV begins. */
export function evaluationBlocks(ctx: ReportContext): Block[] {
  const note = ctx.evaluation;
  if (!note || !isWritten(note.body))
    return [{ type: 'placeholder', cell: ctx.words((w) => w.evaluation.noEvaluation) }];
  return [{ type: 'text', cell: organisersText(note, ctx.langs), labels: [] }];
}

/** What should follow: the follow-ups still open in the minutes, with their owners and where they were agreed. */
export function followUpsBlocks(ctx: ReportContext): Block[] {
  const rows: Cell[][] = ctx.notedItems.flatMap((item) => {
    const minutes = ctx.minutesByItem.get(item.id);
    if (!minutes) return [];
    return minutes.followUps
      .filter((followUp) => !followUp.done && isWritten(followUp.text))
      .map((followUp) => [
        textCell(
          followUp.text,
          { table: 'minutes', id: minutes.id, field: `followUps.${followUp.id}.text` },
          ctx.langs,
        ),
        ctx.memberNameById(followUp.ownerId) ?? ctx.words((w) => w.evaluation.noOwner),
        ctx.itemName(item),
      ]);
  });
  if (rows.length === 0) return [{ type: 'placeholder', cell: ctx.words((w) => w.evaluation.noFollowUps) }];
  const columns = [
    ctx.words((w) => w.evaluation.followUps),
    ctx.words((w) => w.evaluation.owner),
    ctx.words((w) => w.evaluation.from),
  ];
  return [{ type: 'table', columns, rows }];
}

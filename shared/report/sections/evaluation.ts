import { isWritten, textCell } from '../cells';
import type { ReportContext } from '../context';
import type { Block, Cell } from '../document';

/** The organiser's evaluation, then what should follow: the follow-ups still open in the minutes, with their owners. */
export function evaluationBlocks(ctx: ReportContext): Block[] {
  const blocks: Block[] = [{ type: 'placeholder', cell: ctx.words((w) => w.evaluation.noEvaluation) }];
  blocks.push({ type: 'heading', level: 3, cell: ctx.words((w) => w.evaluation.followUps) });
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
  if (rows.length === 0) {
    blocks.push({ type: 'placeholder', cell: ctx.words((w) => w.evaluation.noFollowUps) });
    return blocks;
  }
  const columns = [
    ctx.words((w) => w.evaluation.followUps),
    ctx.words((w) => w.evaluation.owner),
    ctx.words((w) => w.evaluation.from),
  ];
  blocks.push({ type: 'table', columns, rows });
  return blocks;
}

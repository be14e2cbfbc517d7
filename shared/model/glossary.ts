import { z } from 'zod';
import { tripScoped } from './meta';
import { localizedName } from './text';
import { tooLong } from './validation';

/**
 * A term and its agreed translations (科学技術庁 = 과학기술청 = Science and
 * Technology Agency), so that notes and exports use one rendering.
 */
export const glossaryTerm = tripScoped.extend({
  term: localizedName,
  note: z.string().trim().max(1000, tooLong),
});
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

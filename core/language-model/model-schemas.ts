import { z } from 'zod';
import { crisisIds, topicIds } from '../taxonomy/index.js';

/**
 * What the model may answer, and nothing else. Nullable instead of optional so the schema also
 * works with strict structured output. The core validates again whatever an adapter returns.
 */
export const modelReadingSchema = z
  .object({
    topics: z
      .array(
        z.object({
          id: z.enum(topicIds).describe('A topic id from the list in the instructions'),
          confidence: z.number().describe('0 to 1: how sure you are that the message is about this topic'),
        }),
      )
      .describe('The topics the message is about, most likely first; empty when it is not clear'),
    crisis: z.enum(crisisIds).nullable().describe('Only when the message signals danger now; otherwise null'),
    deadline: z.string().nullable().describe('A date or moment the resident names, copied word for word; otherwise null'),
    involved: z.string().nullable().describe('Who is involved, copied word for word; otherwise null'),
    need: z.string().nullable().describe('What the resident asks for, in their own words; otherwise null'),
    preferredQuestionId: z.string().nullable().describe('The id of the most useful next question from the list; otherwise null'),
  })
  .describe('A reading of one message from a resident');
export type ModelReading = z.infer<typeof modelReadingSchema>;

export const modelSummarySchema = z
  .object({
    lines: z.array(z.string()).describe('2 to 4 short lines in B1 language that each complete "Klopt het dat ..."'),
    caseNote: z.string().describe('2 to 4 sentences for the social worker: the situation, what is urgent, what the resident asks'),
  })
  .describe('A summary to confirm with the resident, and a note for the social worker');
export type ModelSummary = z.infer<typeof modelSummarySchema>;

/**
 * Collections read the staged content folder (see src/content-folder/stage.ts): validated,
 * normalised, published entries only. The schemas are the same ones the validator uses.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { bulletinSchema } from './content/schemas/bulletin.ts';
import { directiveSchema } from './content/schemas/directive.ts';
import { factcheckSchema } from './content/schemas/factcheck.ts';
import { hotlineSchema } from './content/schemas/hotline.ts';
import { infographicSchema } from './content/schemas/infographic.ts';
import { newsSchema } from './content/schemas/news.ts';
import { pageSchema } from './content/schemas/page.ts';
import options from 'virtual:sukien/options';
import { stagedLoader } from './content/staged.ts';
import { getSite } from './lib/site.ts';

const { stageDir } = options;
const site = getSite();

const markdown = (kind: string) => stagedLoader(stageDir, kind);

export const collections = {
  bulletins: defineCollection({ loader: markdown('bulletins'), schema: bulletinSchema(site) }),
  directives: defineCollection({ loader: markdown('directives'), schema: directiveSchema }),
  infographics: defineCollection({ loader: markdown('infographics'), schema: ({ image }) => infographicSchema(image()) }),
  news: defineCollection({ loader: markdown('news'), schema: ({ image }) => newsSchema(image()) }),
  factchecks: defineCollection({ loader: markdown('factchecks'), schema: factcheckSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  hotlines: defineCollection({ loader: file(path.join(stageDir, 'hotlines.json')), schema: hotlineSchema.extend({ id: z.string() }) }),
};

/**
 * What the pages of news, fact-checks, standing pages and infographics show: their props, and
 * so their cache keys. Each shows its own entry (its data, body and files) and what every
 * page shows; an infographic also lists its original files for download.
 */
import type { CollectionEntry } from 'astro:content';
import { getFactchecks, getInfographics, getNews, getPages } from '../lib/content.ts';
import { downloadFile, writtenPath } from '../lib/downloads.ts';
import { keyedPaths } from './keyed.ts';

export interface NewsView {
  item: CollectionEntry<'news'>;
}
export interface FactcheckView {
  item: CollectionEntry<'factchecks'>;
}
export interface StandingPageView {
  page: CollectionEntry<'pages'>;
}

interface Download {
  name: string;
  type: string;
  bytes: number;
}
export interface InfographicView {
  item: CollectionEntry<'infographics'>;
  /** The original picture and video, as committed. */
  image: Download;
  video: Download | undefined;
}

export const newsPaths = async () =>
  keyedPaths((await getNews()).map((item) => ({ params: { slug: item.id }, props: { item } satisfies NewsView })));

export const factcheckPaths = async () =>
  keyedPaths((await getFactchecks()).map((item) => ({ params: { slug: item.id }, props: { item } satisfies FactcheckView })));

export const standingPagePaths = async () =>
  keyedPaths((await getPages()).map((page) => ({ params: { slug: page.id }, props: { page } satisfies StandingPageView })));

const download = (item: CollectionEntry<'infographics'>, written: string): Download => {
  const { name, type, bytes } = downloadFile(item, written);
  return { name, type, bytes };
};

export const infographicPaths = async () =>
  keyedPaths(
    (await getInfographics()).map((item) => ({
      params: { slug: item.id },
      props: {
        item,
        image: download(item, writtenPath(item, 'image')),
        video: item.data.video ? download(item, item.data.video) : undefined,
      } satisfies InfographicView,
    })),
  );

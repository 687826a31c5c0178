/**
 * What the list pages show: the archives of bulletins, news, fact-checks and infographics,
 * and the register of directives with its facets. Each list is paged from its oldest entry
 * (src/domain/pagination.ts), so a new entry changes the list's own page and at most one
 * numbered page; every other page keeps its key and is copied from the last build.
 */
import type { CollectionEntry } from 'astro:content';
import { FACETS, SECTIONS, facetPath, type Facet, type ListName } from '../domain/routes.ts';
import { pagesFromOldest, type ListPage } from '../domain/pagination.ts';
import { getBulletinSeries, getDirectives, getFactchecks, getInfographics, getNews } from '../lib/content.ts';
import { getRegister } from '../lib/register.ts';
import { FACET_TITLES, getFacets } from '../lib/register-facets.ts';
import { bulletinRow, directiveRow, factcheckRow, newsRow, type BulletinRow, type DirectiveRow, type EntryRow } from '../lib/rows.ts';
import { keyedPaths } from './keyed.ts';

export interface ListView<T> extends ListPage<T> {
  /** The list's own path: /ban-tin/, /van-ban/nam/2020/. */
  base: string;
}

/** The register's facets, for the links on every page of the register. */
export interface FacetLinks {
  facet: Facet;
  title: string;
  values: { value: string; label: string; count: number }[];
}

export interface RegisterView extends ListView<DirectiveRow> {
  filters: FacetLinks[];
  /** On a facet's page: its name ("Năm 2020") and key ("nam/2020"). */
  facet: { label: string; key: string } | undefined;
}

/** The pages of one list, `newestFirst` as the collections give them. */
function pages<T>(base: string, size: number, newestFirst: readonly T[]): ListView<T>[] {
  return pagesFromOldest([...newestFirst].reverse(), size).map((p) => ({ ...p, base }));
}

const pageParam = (p: ListPage<unknown>) => (p.number === undefined ? undefined : `trang-${p.number}`);

function listPaths<T>(name: ListName, newestFirst: readonly T[]) {
  const { path, pageSize } = SECTIONS[name];
  return keyedPaths(pages(path, pageSize, newestFirst).map((props) => ({ params: { page: pageParam(props) }, props })));
}

export const bulletinListPaths = async () => listPaths('bulletins', (await getBulletinSeries()).map(bulletinRow).reverse());
export const newsListPaths = async () => listPaths('news', (await getNews()).map(newsRow));
export const factcheckListPaths = async () => listPaths('factchecks', (await getFactchecks()).map(factcheckRow));
/** Infographics are shown with their pictures: the entries themselves, which their keys stand for with their files. */
export const infographicListPaths = async () => listPaths<CollectionEntry<'infographics'>>('infographics', await getInfographics());

async function registerParts() {
  const { status } = await getRegister();
  const facets = await getFacets();
  const filters: FacetLinks[] = FACETS.map((facet) => ({
    facet,
    title: FACET_TITLES[facet],
    values: facets.filter((f) => f.facet === facet).map((f) => ({ value: f.value, label: f.label, count: f.docs.length })),
  }));
  return { status, facets, filters };
}

/** The register: every document, newest first. */
export async function registerPaths() {
  const { status, filters } = await registerParts();
  const { path, pageSize } = SECTIONS.directives;
  const rows = (await getDirectives()).map((doc) => directiveRow(doc, status));
  return keyedPaths(
    pages(path, pageSize, rows).map((p) => ({
      params: { page: pageParam(p) },
      props: { ...p, filters, facet: undefined } satisfies RegisterView,
    })),
  );
}

/** The register by kind, year, issuer and status: /van-ban/loai/chi-thi/, /van-ban/nam/2020/trang-2/ … */
export async function facetPaths() {
  const { status, facets, filters } = await registerParts();
  const { pageSize } = SECTIONS.directives;
  return keyedPaths(
    facets.flatMap((f) =>
      pages(
        facetPath(f.facet, f.value),
        pageSize,
        f.docs.map((doc) => directiveRow(doc, status)),
      ).map((p) => ({
        params: { facet: f.facet, value: f.value, page: pageParam(p) },
        props: { ...p, filters, facet: { label: f.label, key: `${f.facet}/${f.value}` } } satisfies RegisterView,
      })),
    ),
  );
}

export type { BulletinRow, DirectiveRow, EntryRow };

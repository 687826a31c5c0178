/**
 * schema.org JSON-LD, so that search engines and apps understand the official nature of the
 * content: SpecialAnnouncement (the type made for COVID-19 announcements) for bulletins and
 * directives, ClaimReview for fact-checks, NewsArticle for news, GovernmentOrganization for
 * the agency that runs the site.
 */
import { toIsoVN } from './vn-time.ts';

type Json = Record<string, unknown>;

/** COVID-19 on Wikidata, the category schema.org recommends for SpecialAnnouncement. */
const COVID_19 = 'https://www.wikidata.org/wiki/Q81068910';

interface SiteFacts {
  name: string;
  agency: string;
  province: string;
  /** Absolute address of the home page. */
  home: string;
  phone?: string | undefined;
  email?: string | undefined;
}

function organization(site: SiteFacts): Json {
  return {
    '@type': 'GovernmentOrganization',
    name: site.agency,
    url: site.home,
    areaServed: { '@type': 'AdministrativeArea', name: site.province },
    ...(site.phone || site.email
      ? {
          contactPoint: {
            '@type': 'ContactPoint',
            contactType: 'customer support',
            telephone: site.phone,
            email: site.email,
            availableLanguage: 'vi',
          },
        }
      : {}),
  };
}

export function homePage(site: SiteFacts, searchUrl: string): Json[] {
  return [
    { '@context': 'https://schema.org', ...organization(site) },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      url: site.home,
      inLanguage: 'vi',
      publisher: organization(site),
      potentialAction: {
        '@type': 'SearchAction',
        target: `${searchUrl}?q={search_term_string}`,
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}

export function announcement(
  a: {
    url: string;
    name: string;
    text: string;
    date: string;
    time?: string;
    expires?: string | undefined;
    source: string;
    modified?: string | undefined;
  },
  site: SiteFacts,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'SpecialAnnouncement',
    name: a.name,
    text: a.text,
    url: a.url,
    datePosted: toIsoVN(a.date, a.time ?? '00:00'),
    ...(a.modified ? { dateModified: a.modified } : {}),
    ...(a.expires ? { expires: toIsoVN(a.expires, '23:59') } : {}),
    category: COVID_19,
    inLanguage: 'vi',
    spatialCoverage: { '@type': 'AdministrativeArea', name: site.province },
    announcementLocation: { '@type': 'AdministrativeArea', name: site.province },
    sourceOrganization: { '@type': 'GovernmentOrganization', name: a.source },
    publisher: organization(site),
  };
}

/** Ratings on schema.org's 1 (false) to 5 (true) scale, with the verdict's own words. */
const RATINGS: Record<string, number> = { 'sai-su-that': 1, 'gay-hieu-lam': 2, 'chua-kiem-chung': 3, dung: 5 };

export function claimReview(
  c: { url: string; claim: string; verdict: string; verdictLabel: string; date: string; claimSource?: string | undefined },
  site: SiteFacts,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: c.url,
    claimReviewed: c.claim,
    datePublished: c.date,
    inLanguage: 'vi',
    itemReviewed: { '@type': 'Claim', ...(c.claimSource ? { appearance: { '@type': 'CreativeWork', name: c.claimSource } } : {}) },
    author: organization(site),
    reviewRating: { '@type': 'Rating', ratingValue: RATINGS[c.verdict] ?? 3, bestRating: 5, worstRating: 1, alternateName: c.verdictLabel },
  };
}

export function newsArticle(
  n: {
    url: string;
    title: string;
    date: string;
    summary?: string | undefined;
    image?: string | undefined;
    source?: { name: string; url?: string | undefined } | undefined;
  },
  site: SiteFacts,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: n.title.length > 110 ? `${n.title.slice(0, 109)}…` : n.title,
    url: n.url,
    mainEntityOfPage: n.url,
    datePublished: toIsoVN(n.date),
    inLanguage: 'vi',
    ...(n.summary ? { description: n.summary } : {}),
    ...(n.image ? { image: [n.image] } : {}),
    author: n.source
      ? { '@type': 'Organization', name: n.source.name, ...(n.source.url ? { url: n.source.url } : {}) }
      : organization(site),
    publisher: organization(site),
    ...(n.source?.url ? { isBasedOn: n.source.url } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdText(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

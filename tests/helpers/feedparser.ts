/**
 * Parses a feed with Debian's python3-feedparser, the parser behind many real feed readers
 * (nobody here wrote it), and returns what a reader sees.
 */
import { execFileSync } from 'node:child_process';

export const PYTHON = process.env.FEEDPARSER_PYTHON ?? '/usr/bin/python3';

export interface ParsedFeed {
  bozo: boolean;
  bozoException: string;
  version: string;
  feed: { title: string; link: string; language: string };
  entries: {
    title: string;
    link: string;
    id: string;
    published: string;
    /** UTC, ISO 8601, as the reader understood pubDate. */
    publishedUtc: string;
    author: string;
    summary: string;
    content: string;
    enclosures: { href: string; length: string; type: string }[];
  }[];
}

const SCRIPT = `
import sys, json, time, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
out = {
  "bozo": bool(d.bozo), "bozoException": str(d.get("bozo_exception", "")), "version": d.version,
  "feed": {"title": d.feed.get("title", ""), "link": d.feed.get("link", ""), "language": d.feed.get("language", "")},
  "entries": [{
    "title": e.get("title", ""), "link": e.get("link", ""), "id": e.get("id", ""),
    "published": e.get("published", ""),
    "publishedUtc": time.strftime("%Y-%m-%dT%H:%M:%SZ", e.published_parsed) if e.get("published_parsed") else "",
    "author": e.get("author", ""), "summary": e.get("summary", ""),
    "content": (e.get("content") or [{"value": ""}])[0]["value"],
    "enclosures": [{"href": x.get("href", ""), "length": x.get("length", ""), "type": x.get("type", "")} for x in e.get("enclosures", [])],
  } for e in d.entries],
}
print(json.dumps(out))
`;

export function parseFeed(xml: Buffer | string): ParsedFeed {
  return JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT], { input: xml, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ParsedFeed;
}

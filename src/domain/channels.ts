/**
 * What one bulletin publishes for the province's other channels, from the same figures as its
 * page: the radio script (./radio-script.ts), the text message and the LED text (./sms.ts).
 * The bulletin's page shows them and the build writes them as files beside it.
 */
import { DEFAULT_GUIDANCE, type AlertState } from './alert-level.ts';
import type { District, Stats } from './figures.ts';
import { radioScript } from './radio-script.ts';
import { bulletinMessage, defaultSender } from './sms.ts';
import type { SpeechStyle } from './vn-speech.ts';

export interface ChannelSite {
  name: string;
  /** Who runs the site: the source of a bulletin that names none. */
  agency: string;
  url: string;
  base: string;
  demo: boolean;
  smsSender?: string | undefined;
  speech: SpeechStyle;
  alertGuidance: Partial<Record<string, string>>;
}

export interface ChannelBulletin {
  bulletin: {
    date: string;
    time: string;
    source?: string | undefined;
    districts?: District[] | undefined;
    correction?: string | undefined;
    body: string;
  };
  known: Stats;
  delta: Stats;
  confirmedNew: number | undefined;
  /** The level, and whether a bulletin declared it or it is estimated from the cases. */
  alert: AlertState;
}

export interface ChannelTexts {
  script: string;
  sms: string;
  led: string;
}

export function channelTexts(b: ChannelBulletin, site: ChannelSite, hotlines: readonly { name: string; phone: string }[]): ChannelTexts {
  const { bulletin } = b;
  const source = bulletin.source ?? site.agency;
  const script = radioScript(
    {
      source,
      date: bulletin.date,
      time: bulletin.time,
      known: b.known,
      delta: b.delta,
      confirmedNew: b.confirmedNew,
      districts: bulletin.districts,
      level: b.alert.level,
      declared: b.alert.declared,
      guidance: site.alertGuidance[String(b.alert.level)] ?? DEFAULT_GUIDANCE[b.alert.level],
      narrative: bulletin.body,
      correction: bulletin.correction,
      hotlines: hotlines.slice(0, 3),
      siteName: site.name,
      demo: site.demo,
    },
    site.speech,
  );
  const facts = {
    sender: site.smsSender ?? defaultSender(source),
    date: bulletin.date,
    time: bulletin.time,
    confirmed: b.known.confirmed,
    // A fall of the cases (a correction) is shown as it is, "(-67)", not as no new case.
    confirmedNew: b.delta.confirmed !== undefined && b.delta.confirmed < 0 ? b.delta.confirmed : b.confirmedNew,
    recovered: b.known.recovered,
    recoveredChange: b.delta.recovered,
    deaths: b.known.deaths,
    deathsChange: b.delta.deaths,
    level: b.alert.level,
    levelEstimated: !b.alert.declared,
    address: `${site.url.replace(/^https?:\/\//, '')}${site.base === '/' ? '' : site.base.replace(/\/$/, '')}`,
    demo: site.demo,
    corrected: bulletin.correction !== undefined,
  };
  return { script, sms: bulletinMessage(facts), led: bulletinMessage(facts, { toned: true }) };
}

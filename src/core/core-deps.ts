/**
 * Everything the core needs from outside, passed in (store, clock, catalogue, emergency numbers, territory,
 * translations, understanding), so tests and the CLI build the very same core with their own parts.
 */
import type { Logger } from "pino";
import type { Catalogue } from "../catalogue/load-catalogue.js";
import type { Simulators } from "../content/estimate-parameters.js";
import type { Timelines } from "../estimate/parameters.js";
import type { EmergencyNumbers } from "../content/load-emergency-numbers.js";
import type { Territory, Place } from "../territory/schema.js";
import type { Translations } from "../i18n/create-i18n.js";
import type { Store } from "../store/store.js";
import type { ChannelRegistry } from "./channel-traits.js";
import type { Clock } from "./clock.js";
import type { CoreEvents } from "./core-events.js";
import type { PlaceCard } from "./messages.js";
import type { CrisisDetector, GuideWordParser, Understander, YesNoParser } from "./understanding-port.js";

/** Service levels (SLA): when a waiting case or resident calls for a reminder (see case-timers.ts). */
export interface ServiceLevelSettings {
  /** An urgent case nobody took: the agents are reminded after this, the supervisors after twice this. */
  urgentMinutes: number;
  /** Any case nobody took: the same, in hours. */
  untakenHours: number;
  /** A resident's message with no answer from the agents: the same, in hours. */
  residentWaitingHours: number;
}

export interface CoreSettings {
  /** Days a conversation transcript is kept after the last message (shown in the privacy notice). */
  retentionDays: number;
  /** Longest description a resident may give when opening a case. */
  maxDescriptionLength: number;
  /** Questions the bot did not understand may be shared, anonymously, with volunteers (on only when a
   * channel reaches them). Off when absent. */
  volunteerQuestions?: boolean;
  /** The full privacy notice (GET /confidentialite on the public base URL), linked from the welcome. */
  privacyNoticeUrl?: string;
  serviceLevels: ServiceLevelSettings;
}

export interface CoreDeps {
  store: Store;
  clock: Clock;
  catalogue: Catalogue;
  /** The crisis answer's numbers (content/emergency-numbers.yml). */
  emergencyNumbers: EmergencyNumbers;
  territory: Territory;
  i18n: Translations;
  understander: Understander;
  detectCrisis: CrisisDetector;
  parseYesNo: YesNoParser;
  parseGuideWord: GuideWordParser;
  /** Renders a territory place for a resident (opening status in the territory's time zone). */
  describePlace: (place: Place, now: Date, lang: string, from?: { lat: number; lon: number }) => PlaceCard;
  events: CoreEvents;
  /** What each channel can do (push, end-to-end encryption, a page showing the privacy notice). */
  channels: ChannelRegistry;
  logger: Logger;
  settings: CoreSettings;
  /** The eligibility estimate's parameters and official simulators; without them no estimate is offered. */
  estimate?: { timelines: Timelines; simulators: Simulators };
}

export const DEFAULT_SERVICE_LEVELS: ServiceLevelSettings = { urgentMinutes: 30, untakenHours: 24, residentWaitingHours: 48 };

export const DEFAULT_SETTINGS: CoreSettings = { retentionDays: 90, maxDescriptionLength: 1000, serviceLevels: DEFAULT_SERVICE_LEVELS };

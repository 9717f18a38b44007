/**
 * Messages between the extension and the Claim Lens side panel (webview view).
 * Plain data only (structured clone); both directions are discriminated unions on `type`.
 */

export type Relation = 'same-figure' | 'different-figure' | 'same-statement' | 'text-reuse';

export type Filter = 'all' | 'conflicts' | 'same-figure';

export interface PanelFigure {
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  /** Qualifier glyph ("≈", "≥", ">", "≤", "<", "–") or "" for exact figures. */
  glyph: string;
  /** Qualifier in words ("approximately"). */
  qualifier: string;
  unit: string | null;
}

export interface PanelClaim {
  id: string;
  start: number;
  end: number;
  /** The claim's text, shortened for the list. */
  text: string;
  figures: PanelFigure[];
  /** Resolved actors with their palette slot (1…8), for colour chips. */
  actors: Array<{ name: string; slot: number }>;
  quotes: number;
  /** Claim time: start of the resolved interval (ISO) or null. */
  time: string | null;
  /** End of the resolved interval (ISO; equal to `time` for a single day) or null. */
  timeTo?: string | null;
  /** The time expression as written ("im Herbst 2024"), or null. */
  timeText?: string | null;
  refs: number;
  conflicts: number;
}

export interface PanelArticle {
  /** The document's URI (string), the key for `open` requests. */
  uri: string;
  /** Workspace-relative path for display. */
  label: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  language: 'de' | 'en';
  claims: PanelClaim[];
  figures: number;
  attributions: number;
  quotes: number;
}

export interface PanelRef {
  relation: Relation;
  score: number;
  uri: string;
  label: string;
  claimId: string;
  start: number;
  end: number;
  text: string;
  date: string | null;
  outlet: string | null;
  actor: string | null;
  actorSlot: number;
  figure: PanelFigure | null;
}

/** One point of the timeline: a report of the figure by one source at one date. */
export interface TimelinePoint {
  value: number;
  low: number | null;
  high: number | null;
  glyph: string;
  date: string | null;
  source: string;
  slot: number;
  relation: Relation | 'this';
  uri: string;
  start: number;
  end: number;
}

export interface IndexStatus {
  state: 'idle' | 'indexing' | 'disabled';
  articles: number;
  claims: number;
  skipped: number;
  /** Progress while indexing: done / total files. */
  done?: number;
  total?: number;
}

export type ToPanel =
  | { type: 'article'; article: PanelArticle | null; reason?: string }
  | { type: 'selection'; claimId: string | null; refs: PanelRef[]; timeline: TimelinePoint[]; unit: string | null }
  | { type: 'index'; status: IndexStatus };

/** Commands the panel may ask the extension to run (nothing else is accepted). */
export type PanelCommand = 'findClaims' | 'showSources' | 'reindex' | 'exportClaims' | 'crossReferenceAtCursor';

export type FromPanel =
  | { type: 'ready' }
  | { type: 'selectClaim'; claimId: string }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'open'; uri: string; start: number; end: number }
  | { type: 'command'; command: PanelCommand };

const COMMANDS: ReadonlySet<string> = new Set<PanelCommand>(['findClaims', 'showSources', 'reindex', 'exportClaims', 'crossReferenceAtCursor']);

/** Validates a message from the webview (it is untrusted input). */
export function parseFromPanel(m: unknown): FromPanel | null {
  if (typeof m !== 'object' || m === null) return null;
  const o = m as Record<string, unknown>;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  switch (o.type) {
    case 'ready':
      return { type: 'ready' };
    case 'selectClaim':
      return typeof o.claimId === 'string' ? { type: 'selectClaim', claimId: o.claimId } : null;
    case 'reveal':
    case 'open':
      return typeof o.uri === 'string' && num(o.start) && num(o.end)
        ? { type: o.type, uri: o.uri, start: o.start as number, end: o.end as number }
        : null;
    case 'command':
      return typeof o.command === 'string' && COMMANDS.has(o.command) ? { type: 'command', command: o.command as PanelCommand } : null;
    default:
      return null;
  }
}

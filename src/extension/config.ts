/** Typed view of the `claimLens.*` settings, re-read on change. */
import * as vscode from 'vscode';

export type DiagnosticLevel = 'off' | 'hint' | 'information' | 'warning';
export type DetectMode = 'auto' | 'globs' | 'off';

export interface ClaimLensConfig {
  detect: DetectMode;
  articleGlobs: string[];
  analysisDelay: number;
  decorations: { enabled: boolean; actorColors: boolean; badges: boolean; maxPerEditor: number };
  hover: { enabled: boolean; maxReferences: number };
  diagnostics: { unsourcedFigures: DiagnosticLevel; conflictingFigures: DiagnosticLevel };
  statusBar: { enabled: boolean };
  index: { enabled: boolean; exclude: string[] };
  maxFileSizeKB: number;
  maxFiles: number;
}

const LEVELS: readonly DiagnosticLevel[] = ['off', 'hint', 'information', 'warning'];

function read(): ClaimLensConfig {
  const c = vscode.workspace.getConfiguration('claimLens');
  const num = (k: string, def: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const v = c.get<number>(k, def);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : def;
  };
  const level = (k: string, def: DiagnosticLevel): DiagnosticLevel => {
    const v = c.get<string>(k, def);
    return (LEVELS as readonly string[]).includes(v) ? (v as DiagnosticLevel) : def;
  };
  const strings = (k: string, def: string[]) => {
    const v = c.get<unknown>(k, def);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : def;
  };
  const detect = c.get<string>('detect', 'auto');
  return {
    detect: detect === 'globs' || detect === 'off' ? detect : 'auto',
    articleGlobs: strings('articleGlobs', []),
    analysisDelay: num('analysisDelay', 300, 0, 5000),
    decorations: {
      enabled: c.get<boolean>('decorations.enabled', true) !== false,
      actorColors: c.get<boolean>('decorations.actorColors', true) !== false,
      badges: c.get<boolean>('decorations.badges', true) !== false,
      maxPerEditor: num('decorations.maxPerEditor', 4000, 100),
    },
    hover: { enabled: c.get<boolean>('hover.enabled', true) !== false, maxReferences: num('hover.maxReferences', 8, 1, 50) },
    diagnostics: {
      unsourcedFigures: level('diagnostics.unsourcedFigures', 'information'),
      conflictingFigures: level('diagnostics.conflictingFigures', 'off'),
    },
    statusBar: { enabled: c.get<boolean>('statusBar.enabled', true) !== false },
    index: { enabled: c.get<boolean>('index.enabled', true) !== false, exclude: strings('index.exclude', ['**/node_modules/**', '**/.git/**']) },
    maxFileSizeKB: num('maxFileSizeKB', 2048, 1),
    maxFiles: num('maxFiles', 20000, 1),
  };
}

export class ConfigService implements vscode.Disposable {
  private value: ClaimLensConfig | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires after a `claimLens.*` setting changed (the new values are already in `current`). */
  readonly onDidChange = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor() {
    this.sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('claimLens')) return;
      this.value = undefined;
      this.emitter.fire(e);
    });
  }

  get current(): ClaimLensConfig {
    return (this.value ??= read());
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

export function toSeverity(level: DiagnosticLevel): vscode.DiagnosticSeverity | null {
  switch (level) {
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return null;
  }
}

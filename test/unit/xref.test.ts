import * as assert from 'node:assert/strict';
import { CorpusIndex, figureOutcome, SnapshotError, valuesAgree, XREF_PARAMS, type IndexedFigure, type Link } from '../../src/core/xref/index';
import { isRate, outcomeAffinity } from '../../src/core/xref/figures';
import { timelines } from '../../src/core/xref/timeline';
import { xrefJson, xrefMarkdown } from '../../src/core/xref/report';
import type { ArticleAnalysis, FigureKind, NumberMention, Qualifier } from '../../src/core/types';

/*
 * Hand-built analyses (our own sentences): every sentence is a claim; figures,
 * actors and times are given per sentence, as the reading core would find them.
 */

interface FigSpec {
  find: string;
  value: number;
  unitKey: string | null;
  qualifier?: Qualifier;
  low?: number;
  high?: number;
  kind?: FigureKind;
  /** The counted noun as written (defaults to the unit key). */
  unit?: string;
}
interface SentSpec {
  text: string;
  figs?: FigSpec[];
  actor?: string;
  time?: string;
}
interface ArtSpec {
  path: string;
  date?: string;
  outlet?: string;
  title?: string;
  lang?: 'de' | 'en';
  sentences: SentSpec[];
}

function build(spec: ArtSpec): { analysis: ArticleAnalysis; text: string } {
  const a: ArticleAnalysis = {
    path: spec.path,
    language: spec.lang ?? 'de',
    title: spec.title ?? null,
    date: spec.date ?? null,
    outlet: spec.outlet ?? null,
    byline: null,
    url: null,
    frontMatter: null,
    titleSpan: null,
    boilerplate: [],
    sentences: [],
    numbers: [],
    attributions: [],
    quotes: [],
    claims: [],
    diagnostics: [],
  };
  let text = spec.title ? spec.title + '\n' : '';
  spec.sentences.forEach((s, i) => {
    const start = text.length;
    text += s.text + ' ';
    const end = start + s.text.length;
    a.sentences.push({ start, end });
    const nums: number[] = [];
    for (const f of s.figs ?? []) {
      const at = s.text.indexOf(f.find);
      assert.ok(at >= 0, `fixture: "${f.find}" not in "${s.text}"`);
      const n: NumberMention = {
        start: start + at,
        end: start + at + f.find.length,
        text: f.find,
        value: f.value,
        low: f.low ?? null,
        high: f.high ?? null,
        qualifier: f.qualifier ?? 'exact',
        unit: f.unit ?? f.unitKey,
        unitKey: f.unitKey,
        kind: f.kind ?? (f.unitKey === 'percent' ? 'percent' : f.unitKey === 'EUR' ? 'money' : 'count'),
        numStart: start + at,
        numEnd: start + at + f.find.length,
      };
      nums.push(a.numbers.length);
      a.numbers.push(n);
    }
    const atts: number[] = [];
    if (s.actor) {
      atts.push(a.attributions.length);
      a.attributions.push({
        start,
        end,
        text: s.actor,
        cue: 'sagte',
        cueStart: start,
        cueEnd: start,
        source: s.actor,
        sourceStart: start,
        sourceEnd: start,
        actor: s.actor,
        kind: 'said',
        scopeStart: start,
        scopeEnd: end,
      });
    }
    a.claims.push({
      id: `c${i}-${spec.path.replace(/\W/g, '')}`,
      start,
      end,
      text: s.text,
      numbers: nums,
      attributions: atts,
      quotes: [],
      time: s.time ? { start, end: start, text: s.time, from: s.time, to: s.time } : null,
      terms: [],
    });
  });
  return { analysis: a, text };
}

// --- the story: North Korean troops in Russia, reported over six months ----------------

const K1: ArtSpec = {
  path: 'k1-geheimdienst.txt',
  date: '2024-10-18',
  outlet: 'Tagesblatt',
  title: 'Seoul: Nordkorea schickt Soldaten nach Russland',
  sentences: [
    {
      text: 'Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes 1.500 Soldaten nach Russland verlegt.',
      figs: [{ find: '1.500 Soldaten', value: 1500, unitKey: 'soldat' }],
      actor: 'South Korea',
      time: '2024-10-18',
    },
    { text: 'Die Truppen werden demnach im Osten Russlands ausgebildet und sollen später an der Front in der Ukraine kämpfen.' },
    {
      text: 'Seoul schätzt, dass Pjöngjang insgesamt rund 12.000 Soldaten für den Krieg gegen die Ukraine bereitstellen könnte.',
      figs: [{ find: 'rund 12.000 Soldaten', value: 12000, unitKey: 'soldat', qualifier: 'approx' }],
      actor: 'South Korea',
      time: '2024-10-18',
    },
    { text: 'Der Kreml wies die Berichte über nordkoreanische Truppen als Erfindung zurück.', actor: 'Kremlin' },
    { text: 'Unter dem Artikel sind derzeit 12 Kommentare freigeschaltet.', figs: [{ find: '12 Kommentare', value: 12, unitKey: 'kommentar' }] },
  ],
};

const K2: ArtSpec = {
  path: 'k2-washington.txt',
  date: '2024-10-23',
  outlet: 'Abendpost',
  title: 'USA bestätigen nordkoreanische Soldaten in Russland',
  sentences: [
    {
      text: 'Die US-Regierung geht davon aus, dass mindestens 3.000 nordkoreanische Soldaten in Russland trainieren.',
      figs: [{ find: 'mindestens 3.000 nordkoreanische Soldaten', value: 3000, unitKey: 'soldat', qualifier: 'at-least' }],
      actor: 'USA',
      time: '2024-10-23',
    },
    {
      text: 'Sollten die Soldaten aus Nordkorea in der Ukraine kämpfen, seien sie legitime militärische Ziele, sagte John Kirby in Washington.',
      actor: 'John Kirby',
    },
    {
      text: 'Südkoreas Geheimdienst hatte zuvor von 1.500 nordkoreanischen Soldaten im Osten Russlands berichtet.',
      figs: [{ find: '1.500 nordkoreanischen Soldaten', value: 1500, unitKey: 'soldat' }],
      actor: 'South Korea',
      time: '2024-10-18',
    },
    { text: 'Das Auswärtige Amt bestellte den Geschäftsträger Nordkoreas in Berlin ein.', actor: 'Auswärtiges Amt' },
  ],
};

const K3: ArtSpec = {
  path: 'k3-bilanz.txt',
  date: '2025-04-28',
  outlet: 'Morgenkurier',
  title: 'Pjöngjang bestätigt Einsatz seiner Soldaten für Russland',
  sentences: [
    { text: 'Nordkorea hat erstmals eingeräumt, dass seine Soldaten an der Seite Russlands gegen die Ukraine gekämpft haben.', actor: 'North Korea' },
    {
      text: 'Nach ukrainischen Angaben hat Nordkorea insgesamt etwa 14.000 Soldaten nach Russland geschickt.',
      figs: [{ find: 'etwa 14.000 Soldaten', value: 14000, unitKey: 'soldat', qualifier: 'approx' }],
      actor: 'Ukraine',
    },
    {
      text: 'Südkorea zufolge kamen im Herbst 2024 rund 11.000 Soldaten nach Russland, Anfang 2025 folgten weitere 3.000 Soldaten.',
      figs: [
        { find: 'rund 11.000 Soldaten', value: 11000, unitKey: 'soldat', qualifier: 'approx' },
        { find: '3.000 Soldaten', value: 3000, unitKey: 'soldat' },
      ],
      actor: 'South Korea',
      time: '2024-11-01',
    },
    {
      text: 'Bei einem russischen Raketenangriff auf Kiew wurden in der vergangenen Woche 12 Menschen getötet und mehr als 90 verletzt.',
      figs: [
        { find: '12 Menschen getötet', value: 12, unitKey: 'tote' },
        { find: 'mehr als 90 verletzt', value: 90, unitKey: 'verletzte', qualifier: 'more-than' },
      ],
    },
  ],
};

/** Same story, later report: 14.000 again, and Kirby's warning paraphrased. */
const K4: ArtSpec = {
  path: 'k4-nachlese.txt',
  date: '2025-04-29',
  outlet: 'Tagesblatt',
  title: 'Nordkoreas Soldaten in Russland: eine Bilanz',
  sentences: [
    {
      text: 'Kiew beziffert die Zahl der nach Russland entsandten nordkoreanischen Soldaten auf 14.000.',
      figs: [{ find: '14.000', value: 14000, unitKey: 'soldat' }],
      actor: 'Ukraine',
    },
    {
      text: 'Schon im Herbst hatte John Kirby gewarnt, nordkoreanische Soldaten würden zu legitimen militärischen Zielen, wenn sie in der Ukraine kämpfen.',
      actor: 'John Kirby',
    },
    { text: 'Pjöngjang und Moskau berufen sich auf ihren Vertrag über eine strategische Partnerschaft.' },
  ],
};

// --- unrelated stories with look-alike figures ---------------------------------------------

const MALI: ArtSpec = {
  path: 'mali-einsatz.txt',
  date: '2024-10-20',
  outlet: 'Abendpost',
  title: 'Bundestag verlängert Einsatz in Westafrika',
  sentences: [
    {
      text: 'Der Bundestag hat das Mandat für den Einsatz in Westafrika verlängert, bis zu 3.000 Soldaten der Bundeswehr dürfen entsandt werden.',
      figs: [{ find: 'bis zu 3.000 Soldaten', value: 3000, unitKey: 'soldat', qualifier: 'at-most' }],
      actor: 'Bundestag',
    },
    { text: 'Die Opposition kritisierte die Kosten der Mission und forderte einen Abzugsplan für die Sahelzone.' },
    { text: 'Verteidigungsminister Pistorius verteidigte den Einsatz als Beitrag zur Stabilität der Region.', actor: 'Boris Pistorius' },
  ],
};

const BUS: ArtSpec = {
  path: 'busunglueck.txt',
  date: '2024-10-21',
  outlet: 'Tagesblatt',
  title: 'Busunglück auf der Autobahn',
  sentences: [
    {
      text: 'Bei einem Busunglück auf der A9 bei Nürnberg sind 12 Menschen verletzt worden, zwei davon schwer.',
      figs: [{ find: '12 Menschen verletzt', value: 12, unitKey: 'verletzte' }],
      actor: 'Polizei',
    },
    { text: 'Der Fahrer hatte nach Angaben der Polizei in einer Baustelle die Kontrolle über den Reisebus verloren.', actor: 'Polizei' },
    { text: 'Die Autobahn war stundenlang in Richtung München gesperrt.' },
    { text: 'Unter dem Artikel sind derzeit 12 Kommentare freigeschaltet.', figs: [{ find: '12 Kommentare', value: 12, unitKey: 'kommentar' }] },
  ],
};

const BONUS: ArtSpec = {
  path: 'pflegebonus.txt',
  date: '2024-10-22',
  outlet: 'Morgenkurier',
  title: 'Bonus für Pflegekräfte',
  sentences: [
    {
      text: 'Pflegekräfte in Kliniken sollen einen einmaligen Bonus von 3.000 Euro erhalten, kündigte das Gesundheitsministerium an.',
      figs: [{ find: '3.000 Euro', value: 3000, unitKey: 'EUR', kind: 'money' }],
      actor: 'Gesundheitsministerium',
    },
    { text: 'Die Gewerkschaft nannte den Betrag zu niedrig und verlangte höhere Tariflöhne für die Pflege.', actor: 'Gewerkschaft' },
  ],
};

/** An agency text reused by another outlet with light edits. */
const AGENCY_A: ArtSpec = {
  path: 'agentur-a.txt',
  date: '2024-11-05',
  outlet: 'Abendpost',
  title: 'Hochwasser in Spanien',
  sentences: [
    { text: 'Nach den schweren Unwettern im Osten Spaniens suchen Rettungskräfte weiter nach Vermissten in den überfluteten Dörfern.' },
    {
      text: 'Die Zahl der Todesopfer stieg nach Angaben der Regionalregierung auf 217.',
      figs: [{ find: '217', value: 217, unitKey: 'tote' }],
      actor: 'Regionalregierung Valencia',
    },
  ],
};
const AGENCY_B: ArtSpec = {
  path: 'agentur-b.txt',
  date: '2024-11-06',
  outlet: 'Morgenkurier',
  title: 'Unwetter: Suche nach Vermissten geht weiter',
  sentences: [
    { text: 'Nach den schweren Unwettern im Osten Spaniens suchen die Rettungskräfte weiter nach Vermissten in den überschwemmten Dörfern.' },
    {
      text: 'Die Regionalregierung meldete am Mittwoch 219 Todesopfer.',
      figs: [{ find: '219 Todesopfer', value: 219, unitKey: 'tote' }],
      actor: 'Regionalregierung Valencia',
    },
  ],
};

const ALL = [K1, K2, K3, K4, MALI, BUS, BONUS, AGENCY_A, AGENCY_B];

function makeIndex(specs: ArtSpec[] = ALL): CorpusIndex {
  const idx = new CorpusIndex();
  for (const s of specs) {
    const { analysis, text } = build(s);
    idx.upsert(analysis, 'h-' + s.path, text);
  }
  return idx;
}

function figOf(idx: CorpusIndex, path: string, link: Link, side: 'from' | 'to'): IndexedFigure | undefined {
  const ref = link[side];
  const fi = side === 'from' ? link.fromFigure : link.toFigure;
  assert.equal(ref.path === path || true, true);
  return idx.claim(ref.path, ref.claimId)?.figures.find((f) => f.index === fi);
}

function figureLinks(idx: CorpusIndex, links = idx.allLinks()) {
  return links
    .filter((l) => l.relation === 'same-figure' || l.relation === 'different-figure')
    .map((l) => ({ l, a: figOf(idx, l.from.path, l, 'from') as IndexedFigure, b: figOf(idx, l.to.path, l, 'to') as IndexedFigure }));
}

function hasFigureLink(idx: CorpusIndex, pa: string, va: number, pb: string, vb: number, rel?: string): boolean {
  return figureLinks(idx).some(
    ({ l, a, b }) =>
      (rel === undefined || l.relation === rel) &&
      ((l.from.path === pa && a.value === va && l.to.path === pb && b.value === vb) ||
        (l.from.path === pb && a.value === vb && l.to.path === pa && b.value === va)),
  );
}

describe('xref: value agreement', () => {
  const f = (value: number, qualifier: Qualifier = 'exact', low: number | null = null, high: number | null = null): IndexedFigure => ({
    index: 0, start: 0, end: 0, text: '', value, low, high, qualifier, unit: null, unitKey: 'x', kind: 'count', outcome: null,
  });
  it('accepts qualifiers and ranges that cover the other value', () => {
    assert.ok(valuesAgree(f(14000, 'approx'), f(14000)));
    assert.ok(valuesAgree(f(500, 'more-than'), f(512)));
    assert.ok(valuesAgree(f(12000, 'range', 10000, 12000), f(11000, 'approx')));
    assert.ok(valuesAgree(f(3000, 'at-least'), f(3000)));
  });
  it('rejects values the qualifiers cannot reconcile', () => {
    assert.ok(!valuesAgree(f(12000, 'approx'), f(14000, 'approx')));
    assert.ok(!valuesAgree(f(500, 'more-than'), f(500)));
    assert.ok(!valuesAgree(f(1500), f(3000)));
    assert.ok(!valuesAgree(f(12000, 'range', 10000, 12000), f(14000)));
  });
});

describe('xref: linking figures across articles', () => {
  const idx = makeIndex();
  const links = idx.allLinks();
  const figs = figureLinks(idx, links);

  it('links the same figure in two reports of the story (1.500 ↔ 1.500, etwa 14.000 ↔ 14.000)', () => {
    assert.ok(hasFigureLink(idx, K1.path, 1500, K2.path, 1500, 'same-figure'));
    assert.ok(hasFigureLink(idx, K3.path, 14000, K4.path, 14000, 'same-figure'));
  });

  it('links different figures of the same quantity as different-figure (12.000 estimate vs 14.000)', () => {
    assert.ok(hasFigureLink(idx, K1.path, 12000, K3.path, 14000, 'different-figure'));
    assert.ok(hasFigureLink(idx, K1.path, 1500, K2.path, 3000, 'different-figure'));
  });

  it('never links equal numbers that count different things (12 Verletzte / 12 Kommentare / 12 Tote; 3.000 Soldaten / 3.000 Euro)', () => {
    for (const { a, b } of figs) assert.equal(a.unitKey, b.unitKey, `${a.text} ↔ ${b.text}`);
    assert.ok(!hasFigureLink(idx, BUS.path, 12, K3.path, 12));
    assert.ok(!hasFigureLink(idx, K2.path, 3000, BONUS.path, 3000));
  });

  it('never links the same unit and value in an unrelated story (3.000 Bundeswehr soldiers in West Africa)', () => {
    for (const { l } of figs) {
      assert.ok(l.from.path !== MALI.path && l.to.path !== MALI.path, `unexpected link to ${MALI.path}`);
    }
  });

  it('never links boilerplate comment counts of unrelated articles', () => {
    assert.ok(!hasFigureLink(idx, K1.path, 12, BUS.path, 12));
  });

  it('never links two claims of one article and lists every link once, from < to', () => {
    const seen = new Set<string>();
    for (const l of links) {
      assert.notEqual(l.from.path, l.to.path);
      assert.ok(l.from.path < l.to.path || (l.from.path === l.to.path && false), `${l.from.path} !< ${l.to.path}`);
      const k = `${l.from.path}|${l.from.claimId}|${l.fromFigure}|${l.to.path}|${l.to.claimId}|${l.toFigure}|${l.relation}`;
      assert.ok(!seen.has(k), 'duplicate ' + k);
      seen.add(k);
      assert.ok(l.score >= 0 && l.score <= 1);
    }
  });

  it('gives the same links from both ends of a claim pair', () => {
    const k1claim = build(K1).analysis.claims[0];
    const fromK1 = idx.crossReference(K1.path, k1claim.id).filter((x) => x.path === K2.path && x.relation === 'same-figure');
    assert.equal(fromK1.length, 1);
    const back = idx.crossReference(K2.path, fromK1[0].claimId).filter((x) => x.path === K1.path && x.claimId === k1claim.id);
    assert.ok(back.some((x) => x.relation === 'same-figure' && x.score === fromK1[0].score));
    assert.equal(fromK1[0].figure?.value, 1500);
    assert.equal(fromK1[0].ownFigure?.value, 1500);
    assert.equal(fromK1[0].outlet, 'Abendpost');
    assert.equal(fromK1[0].actor, 'South Korea');
  });
});

describe('xref: statements and text reuse', () => {
  const idx = makeIndex();
  const links = idx.allLinks();

  it('links a paraphrased statement of the same speaker (Kirby) as same-statement', () => {
    const st = links.filter((l) => l.relation === 'same-statement');
    assert.ok(st.some((l) => [l.from.path, l.to.path].sort().join() === [K2.path, K4.path].sort().join()));
  });

  it('does not link statements of one actor about other things', () => {
    // K1 and K2 both quote South Korea, but the Kremlin denial and the Foreign Office summons are other statements.
    const st = links.filter((l) => l.relation === 'same-statement');
    for (const l of st) {
      const a = idx.claim(l.from.path, l.from.claimId);
      const b = idx.claim(l.to.path, l.to.claimId);
      assert.ok(a && b);
      assert.ok(a.actors.some((x) => b.actors.includes(x)), `${a.text} / ${b.text}`);
    }
  });

  it('finds a lightly edited copied sentence as text-reuse, and the updated death toll as different-figure', () => {
    assert.ok(links.some((l) => l.relation === 'text-reuse' && l.from.path === AGENCY_A.path && l.to.path === AGENCY_B.path));
    assert.ok(hasFigureLink(idx, AGENCY_A.path, 217, AGENCY_B.path, 219, 'different-figure'));
  });
});

describe('xref: timeline', () => {
  it('orders the troop figures by claim time, then article date', () => {
    const idx = makeIndex();
    const tl = timelines(idx).find((t) => t.unitKey === 'soldat');
    assert.ok(tl, 'a soldier timeline');
    const values = tl.entries.map((e) => e.value);
    assert.equal(values[0], 1500);
    assert.ok(values.indexOf(14000) > values.indexOf(3000));
    const dates = tl.entries.map((e) => e.date ?? '9999');
    assert.deepEqual([...dates].sort(), dates);
    assert.ok(!tl.entries.some((e) => e.path === MALI.path));
    assert.ok(tl.entries.every((e) => e.outlet !== null));
  });
});

describe('xref: index maintenance', () => {
  it('upsert replaces, remove and rename keep the links right, hasHash tracks content', () => {
    const idx = makeIndex();
    assert.equal(idx.size, ALL.length);
    assert.ok(idx.hasHash(K1.path, 'h-' + K1.path));
    assert.ok(!idx.hasHash(K1.path, 'other'));
    const before = idx.allLinks().length;
    idx.remove(K3.path);
    assert.ok(!idx.allLinks().some((l) => l.from.path === K3.path || l.to.path === K3.path));
    const { analysis, text } = build(K3);
    idx.upsert(analysis, 'h2', text);
    assert.equal(idx.allLinks().length, before);
    idx.upsert(analysis, 'h3', text);
    assert.equal(idx.size, ALL.length);
    assert.equal(idx.allLinks().length, before);
    idx.rename(K3.path, 'zz-renamed.txt');
    assert.equal(idx.get(K3.path), undefined);
    assert.ok(idx.hasHash('zz-renamed.txt', 'h3'));
    assert.ok(hasFigureLink(idx, 'zz-renamed.txt', 14000, K4.path, 14000, 'same-figure'));
  });

  it('reopens warm from a JSON snapshot with the same links, and rejects foreign snapshots', () => {
    const idx = makeIndex();
    const snap = JSON.parse(JSON.stringify(idx.toSnapshot()));
    const warm = CorpusIndex.fromSnapshot(snap);
    assert.equal(warm.size, idx.size);
    const key = (l: Link) => `${l.from.path}|${l.from.claimId}|${l.fromFigure}|${l.to.path}|${l.to.claimId}|${l.toFigure}|${l.relation}|${l.score}`;
    assert.deepEqual(warm.allLinks().map(key).sort(), idx.allLinks().map(key).sort());
    assert.throws(() => CorpusIndex.fromSnapshot({ schema: 'claim-lens/xref-index', version: 0, vocab: [], articles: [] }), SnapshotError);
    assert.throws(() => CorpusIndex.fromSnapshot({ hello: 1 }), SnapshotError);
    assert.throws(() => CorpusIndex.fromSnapshot(null), SnapshotError);
  });

  it('refuses a snapshot of the previous layout (version 4, claims as JSON arrays) with a rebuild message', () => {
    const old = { schema: 'claim-lens/xref-index', version: 4, vocab: ['soldat'], articles: [{ path: 'a.txt', hash: 'h', data: 'AAAA', salience: [], claims: [] }] };
    assert.throws(() => CorpusIndex.fromSnapshot(old), (e: unknown) => e instanceof SnapshotError && /version 4 .*rebuild/.test(e.message));
  });

  it('reopens the same claims, figures and strings as were indexed; claim and figure texts read as the analysis gave them', () => {
    const idx = makeIndex();
    const warm = CorpusIndex.fromSnapshot(JSON.parse(JSON.stringify(idx.toSnapshot())));
    for (const p of idx.paths()) assert.deepEqual(warm.get(p), idx.get(p));
    // Claim and figure texts are copies (the index keeps no document alive) that read as the analysis' own.
    const { analysis, text } = build(ALL[0]);
    const fresh = new CorpusIndex();
    fresh.upsert(analysis, 'h', text);
    const claims = fresh.get(ALL[0].path)?.claims ?? [];
    assert.ok(claims.length > 0);
    for (const c of claims) {
      assert.equal(c.text, text.slice(c.start, c.end));
      for (const f of c.figures) assert.equal(f.text, analysis.numbers[f.index].text);
    }
  });

  it('finds claims by number, source and words; counts sources', () => {
    const idx = makeIndex();
    const byNum = idx.claimsByText('14.000');
    assert.ok(byNum.length >= 2 && byNum.every((h) => /14\.000/.test(h.text)));
    const bySource = idx.claimsByText('Kirby');
    assert.ok(bySource.length >= 2 && bySource[0].text.includes('Kirby'));
    const byWords = idx.claimsByText('Rettungskräfte Vermissten');
    assert.equal(byWords.length, 2);
    const src = idx.sources();
    const sk = src.find((s) => s.actor === 'South Korea');
    assert.equal(sk?.claims, 4);
    assert.ok(src[0].claims >= src[src.length - 1].claims);
  });
});

export const __fixtures = { makeIndex, build };
describe('xref: report', () => {
  const idx = makeIndex();
  it('prints the claim-lens/xref@1 JSON contract with only linked claims', () => {
    const j = xrefJson(idx);
    assert.equal(j.schema, 'claim-lens/xref@1');
    const ids = new Set(j.claims.map((c) => c.id));
    assert.equal(ids.size, j.claims.length);
    for (const l of j.links) {
      assert.ok(ids.has(l.from) && ids.has(l.to));
      assert.deepEqual(Object.keys(l).sort(), ['from', 'relation', 'score', 'to']);
    }
    for (const c of j.claims) {
      assert.deepEqual(Object.keys(c).sort(), ['end', 'id', 'path', 'start', 'text']);
      assert.ok(j.links.some((l) => l.from === c.id || l.to === c.id));
    }
    assert.ok(!j.claims.some((c) => c.path === MALI.path || c.path === BONUS.path));
  });
  it('renders a Markdown timeline table per figure topic', () => {
    const md = xrefMarkdown(idx);
    assert.match(md, /\| date \| outlet \| source \| figure \| relation \|/);
    assert.match(md, /1\.500 → .*14\.000/);
    assert.ok(!md.includes('Bundeswehr'));
  });

  it('names a timeline by the counted noun most of its figures use, not by its first figure', () => {
    const mk = (path: string, date: string, noun: string): ArtSpec => ({
      path,
      date,
      title: 'Truppen an der Grenze',
      sentences: [
        {
          text: `Nach Angaben der Regierung stehen inzwischen rund 4.000 ${noun} an der Grenze zum Nachbarland.`,
          figs: [{ find: `4.000 ${noun}`, value: 4000, qualifier: 'approx', unitKey: 'soldat', unit: noun }],
          actor: 'Government',
        },
        { text: 'Die Regierung des Nachbarlandes protestierte gegen den Aufmarsch an der Grenze.' },
      ],
    });
    const md = xrefMarkdown(makeIndex([mk('a.txt', '2024-01-01', 'Mann'), mk('b.txt', '2024-01-02', 'Soldaten'), mk('c.txt', '2024-01-03', 'Soldaten')]));
    assert.match(md, /### 1\. Soldaten: 4\.000/);
  });
});

// --- precision: what the claims say about their figures ---------------------------------------

/** Two reports on refugees at one border: counts for different days are not different figures of one count. */
const GRENZE_A: ArtSpec = {
  path: 'grenze-sonntag.txt',
  date: '2015-10-25',
  outlet: 'Tagesblatt',
  title: 'Flüchtlinge an der Grenze bei Bergfeld',
  sentences: [
    {
      text: 'Am Sonntag überquerten nach Angaben der Polizei rund 3.500 Flüchtlinge die Grenze bei Bergfeld.',
      figs: [{ find: 'rund 3.500 Flüchtlinge', value: 3500, unitKey: 'flüchtling', qualifier: 'approx' }],
      actor: 'Polizei',
    },
    {
      text: 'Seit Beginn der Woche sind insgesamt 21.000 Flüchtlinge über Bergfeld nach Österreich gekommen, sagte ein Sprecher der Polizei.',
      figs: [{ find: '21.000 Flüchtlinge', value: 21000, unitKey: 'flüchtling' }],
      actor: 'Polizei',
    },
    { text: 'Die Flüchtlinge warteten in Zelten am Grenzübergang Bergfeld auf Busse in die Notquartiere.' },
    { text: 'Hilfsorganisationen versorgten die Flüchtlinge in Bergfeld mit Decken und warmem Essen.' },
  ],
};
const GRENZE_B: ArtSpec = {
  path: 'grenze-montag.txt',
  date: '2015-10-26',
  outlet: 'Abendpost',
  title: 'Weiter viele Flüchtlinge in Bergfeld',
  sentences: [
    {
      text: 'Am Montag kamen nach Angaben der Polizei bis zum Mittag 5.200 Flüchtlinge am Grenzübergang Bergfeld an.',
      figs: [{ find: '5.200 Flüchtlinge', value: 5200, unitKey: 'flüchtling' }],
      actor: 'Polizei',
    },
    {
      text: 'Seit Beginn der Woche sind damit insgesamt 26.000 Flüchtlinge über Bergfeld nach Österreich gekommen, teilte die Polizei mit.',
      figs: [{ find: '26.000 Flüchtlinge', value: 26000, unitKey: 'flüchtling' }],
      actor: 'Polizei',
    },
    { text: 'Die Flüchtlinge warteten in Zelten am Grenzübergang Bergfeld auf Busse in die Notquartiere.' },
    { text: 'Hilfsorganisationen versorgten die Flüchtlinge in Bergfeld mit Decken und warmem Essen.' },
  ],
};

/** Two clashes in one conflict: other fighters, other events, small counts. */
const GEFECHT_A: ArtSpec = {
  path: 'gefecht-a.txt',
  date: '2015-08-01',
  outlet: 'Tagesblatt',
  title: 'Gefechte im Südosten der Türkei',
  sentences: [
    {
      text: 'Bei Gefechten mit Rebellen im Südosten der Türkei wurden nach Angaben der Armee zwei Soldaten getötet.',
      figs: [{ find: 'zwei Soldaten', value: 2, unitKey: 'soldat', unit: 'Soldaten' }],
      actor: 'Turkey',
    },
    {
      text: 'Die Armee meldete zudem, bei Luftangriffen seien 260 Rebellen-Kämpfer getötet worden.',
      figs: [{ find: '260 Rebellen-Kämpfer', value: 260, unitKey: 'soldat', unit: 'Rebellen-Kämpfer' }],
      actor: 'Turkey',
    },
    { text: 'Die Rebellen griffen im Südosten der Türkei erneut Stellungen der Armee an, die Gefechte dauerten an.' },
  ],
};
const GEFECHT_B: ArtSpec = {
  path: 'gefecht-b.txt',
  date: '2015-08-03',
  outlet: 'Abendpost',
  title: 'Neue Gefechte im Südosten der Türkei',
  sentences: [
    {
      text: 'Bei einem Anschlag der Rebellen im Südosten der Türkei starben nach Angaben der Armee drei Soldaten.',
      figs: [{ find: 'drei Soldaten', value: 3, unitKey: 'soldat', unit: 'Soldaten' }],
      actor: 'Turkey',
    },
    {
      text: 'Nach Angaben der Armee wurden bei Gefechten mit den Rebellen zudem 40 Soldaten getötet.',
      figs: [{ find: '40 Soldaten', value: 40, unitKey: 'soldat', unit: 'Soldaten' }],
      actor: 'Turkey',
    },
    { text: 'Die Rebellen griffen im Südosten der Türkei erneut Stellungen der Armee an, die Gefechte dauerten an.' },
  ],
};

/** Hedged figures that state different round numbers, a rate and a total, and two armies. */
const DEMO_A: ArtSpec = {
  path: 'demo-a.txt',
  date: '2024-01-20',
  outlet: 'Tagesblatt',
  title: 'Großdemonstration gegen Rechts in Hafenstadt',
  sentences: [
    {
      text: 'In Hafenstadt demonstrierten nach Angaben der Polizei mehr als 25.000 Menschen gegen Rechtsextremismus.',
      figs: [{ find: 'mehr als 25.000 Menschen', value: 25000, unitKey: 'person', qualifier: 'more-than' }],
      actor: 'Polizei',
    },
    {
      text: 'Die Veranstalter sagten, an den Mahnwachen in Hafenstadt nähmen täglich 1.000 Menschen teil.',
      figs: [{ find: '1.000 Menschen', value: 1000, unitKey: 'person' }],
      actor: 'Veranstalter',
    },
    { text: 'Die Demonstration gegen Rechtsextremismus in Hafenstadt blieb nach Angaben der Polizei friedlich.', actor: 'Polizei' },
  ],
};
const DEMO_B: ArtSpec = {
  path: 'demo-b.txt',
  date: '2024-01-21',
  outlet: 'Abendpost',
  title: 'Tausende demonstrieren in Hafenstadt gegen Rechts',
  sentences: [
    {
      text: 'In Hafenstadt demonstrierten nach Angaben der Polizei rund 27.000 Menschen gegen Rechtsextremismus.',
      figs: [{ find: 'rund 27.000 Menschen', value: 27000, unitKey: 'person', qualifier: 'approx' }],
      actor: 'Polizei',
    },
    {
      text: 'An den Mahnwachen in Hafenstadt hätten insgesamt 1.000 Menschen teilgenommen, sagten die Veranstalter.',
      figs: [{ find: '1.000 Menschen', value: 1000, unitKey: 'person' }],
      actor: 'Veranstalter',
    },
    { text: 'Die Demonstration gegen Rechtsextremismus in Hafenstadt blieb nach Angaben der Polizei friedlich.', actor: 'Polizei' },
  ],
};

export const __precision = { GRENZE_A, GRENZE_B, GEFECHT_A, GEFECHT_B, DEMO_A, DEMO_B };

describe('xref: precision of figure links', () => {
  it('does not read counts for different days as different figures, but links running totals', () => {
    const idx = makeIndex([GRENZE_A, GRENZE_B]);
    assert.ok(!hasFigureLink(idx, GRENZE_A.path, 3500, GRENZE_B.path, 5200), 'Sunday count vs Monday count');
    assert.ok(hasFigureLink(idx, GRENZE_A.path, 21000, GRENZE_B.path, 26000, 'different-figure'), 'the running total is updated');
  });

  it('does not link counts of other fighters or small counts of other incidents', () => {
    const idx = makeIndex([GEFECHT_A, GEFECHT_B]);
    assert.ok(!hasFigureLink(idx, GEFECHT_A.path, 260, GEFECHT_B.path, 40), 'Rebellen-Kämpfer vs Soldaten');
    assert.ok(!hasFigureLink(idx, GEFECHT_A.path, 2, GEFECHT_B.path, 3), 'two dead in one clash, three in another');
    // Control: the soldiers of the two reports are the same kind of count in the same story.
    assert.ok(hasFigureLink(idx, GEFECHT_A.path, 2, GEFECHT_B.path, 40) || figureLinks(idx).length === 0);
  });

  it('does not take two hedged round numbers for the same figure, nor a daily rate for a total', () => {
    const f = (value: number, qualifier: Qualifier): IndexedFigure => ({
      index: 0, start: 0, end: 0, text: '', value, low: null, high: null, qualifier, unit: null, unitKey: 'x', kind: 'count', outcome: null,
    });
    assert.ok(!valuesAgree(f(25000, 'more-than'), f(27000, 'approx')));
    assert.ok(!valuesAgree(f(500, 'more-than'), f(500, 'less-than')));
    assert.ok(valuesAgree(f(14000, 'approx'), f(14000, 'at-least')));
    const idx = makeIndex([DEMO_A, DEMO_B]);
    assert.ok(!hasFigureLink(idx, DEMO_A.path, 25000, DEMO_B.path, 27000, 'same-figure'));
    assert.ok(!hasFigureLink(idx, DEMO_A.path, 1000, DEMO_B.path, 1000, 'same-figure'), 'täglich 1.000 vs insgesamt 1.000');
  });

  it('links a compound noun and its head as one thing (Tatverdächtige / Verdächtige), not two compounds of one head', () => {
    const mk = (path: string, n: number, noun: string, key: string): ArtSpec => ({
      path,
      date: '2016-01-08',
      title: 'Ermittlungen nach den Übergriffen am Hauptbahnhof',
      sentences: [
        {
          text: `Nach den Übergriffen in der Silvesternacht am Hauptbahnhof hat die Polizei bisher ${n} ${noun} ermittelt.`,
          figs: [{ find: `${n} ${noun}`, value: n, unitKey: key, unit: noun }],
        },
        { text: 'Die Ermittler werten Videos vom Bahnhofsvorplatz aus, die Übergriffe in der Silvesternacht beschäftigen den Landtag.' },
      ],
    });
    const a = mk('koeln-a.txt', 31, 'Tatverdächtige', 'tatverdachtig');
    const b = mk('koeln-b.txt', 35, 'Verdächtige', 'verdachtig');
    const c = mk('koeln-c.txt', 33, 'Hausverdächtige', 'hausverdachtig');
    const idx = makeIndex([a, b, c]);
    assert.ok(hasFigureLink(idx, a.path, 31, b.path, 35, 'different-figure'), 'compound and head');
    assert.ok(!hasFigureLink(idx, a.path, 31, c.path, 33), 'two compounds of one head');
  });

  it('links a specific share across two stories when the words around it agree, not an equal share of something else', () => {
    const pct = (find: string, value: number): FigSpec => ({ find, value, unitKey: 'percent', kind: 'percent', unit: 'Prozent' });
    const a: ArtSpec = {
      path: 'partei-a.txt',
      title: 'Die Volkspartei sucht nach der Wahl einen neuen Kurs',
      sentences: [
        { text: 'Seit der Niederlage ihres Kandidaten Andreas Khol mit 11,12 Prozent bei der Präsidentenwahl streitet die Volkspartei über den Kurs.', figs: [pct('11,12 Prozent', 11.12)] },
        { text: 'Die Landesparteien verlangen einen Sonderparteitag im Herbst und eine neue Führung.' },
        { text: 'An der Medienholding hält die Versicherung weiterhin 29,6 Prozent der Anteile.', figs: [pct('29,6 Prozent', 29.6)] },
      ],
    };
    const b: ArtSpec = {
      path: 'kommentar-b.txt',
      title: 'Ein Kommentar zur Lage der Regierung',
      sentences: [
        { text: 'Der Kanzler deutet das Ergebnis von Andreas Khol, der nur 11,12 Prozent bei der Präsidentenwahl erhielt, als Warnung an die Koalition.', figs: [pct('11,12 Prozent', 11.12)] },
        { text: 'Frauen stellen an den Universitäten des Landes nur 29,6 Prozent der Forschenden.', figs: [pct('29,6 Prozent', 29.6)] },
        { text: 'Die Opposition fordert Neuwahlen, die Sozialpartner mahnen zur Ruhe.' },
      ],
    };
    const idx = makeIndex([a, b, MALI, BUS, BONUS, AGENCY_A, AGENCY_B]);
    assert.ok(hasFigureLink(idx, a.path, 11.12, b.path, 11.12, 'same-figure'), 'the candidate\'s result');
    assert.ok(!hasFigureLink(idx, a.path, 29.6, b.path, 29.6), 'a holding and a share of researchers');
  });

  it('links two reports of one toll in one story however the words around them differ, and keeps daily counts apart', () => {
    const toll = (path: string, sentence: string, find: string, value: number): ArtSpec => ({
      path,
      title: 'Gewalt in Nahost hält an',
      sentences: [
        { text: 'Die Gewaltwelle zwischen Israelis und Palästinensern in Jerusalem und im Westjordanland hält seit Oktober an.' },
        { text: sentence, figs: [{ find, value, unitKey: 'palastinens', unit: 'Palästinenser' }] },
        { text: 'Die Regierung in Jerusalem kündigte schärfere Kontrollen im Westjordanland an, die Palästinenserbehörde protestierte.' },
      ],
    });
    const a = toll('nahost-a.txt', 'Bei Anschlägen und Protesten wurden 155 Palästinenser getötet, viele von ihnen bei Angriffen auf Soldaten.', '155 Palästinenser', 155);
    const b = toll('nahost-b.txt', 'Nach einer Zählung der Nachrichtenagentur starben in dieser Zeit bisher 196 Palästinenser und 28 Israelis.', '196 Palästinenser', 196);
    const idx = makeIndex([a, b]);
    assert.ok(hasFigureLink(idx, a.path, 155, b.path, 196, 'different-figure'));
    // Control: people arriving at a border on two days, in one story, are no toll and no running total.
    const c = toll('grenze-c.txt', 'Am Montag warteten an der Grenze 3.500 Palästinenser auf die Einreise nach Ägypten.', '3.500 Palästinenser', 3500);
    const d = toll('grenze-d.txt', 'In der Früh standen am Übergang Rafah 4.100 Palästinenser vor dem geschlossenen Tor.', '4.100 Palästinenser', 4100);
    assert.ok(!hasFigureLink(makeIndex([c, d]), c.path, 3500, d.path, 4100));
  });

  it('does not link people arriving or waiting at one moment to a count without that day; links them on the same day', () => {
    const flow = (path: string, sentence: string, find: string, value: number): ArtSpec => ({
      path,
      title: 'Andrang an der Grenze hält an',
      sentences: [
        { text: 'Der Andrang von Flüchtlingen an der steirischen Grenze bei Spielfeld hält an, die Sammelstelle ist voll.' },
        { text: sentence, figs: [{ find, value, unitKey: 'mensch', unit: 'Menschen' }] },
        { text: 'Die Polizei und das Rote Kreuz versorgen die Flüchtlinge in Zelten an der Grenze bei Spielfeld.' },
      ],
    });
    const a = flow('flow-a.txt', 'Am Sonntag kamen rund 2.100 Menschen über die Grenze bei Spielfeld.', '2.100 Menschen', 2100);
    const b = flow('flow-b.txt', 'Auf der anderen Seite der Grenze warteten weitere 2.600 Menschen auf die Weiterreise nach Spielfeld.', '2.600 Menschen', 2600);
    const c = flow('flow-c.txt', 'Am Sonntag kamen nach Angaben der Polizei rund 2.400 Menschen über die Grenze bei Spielfeld.', '2.400 Menschen', 2400);
    const idx = makeIndex([a, b, c]);
    assert.ok(!hasFigureLink(idx, a.path, 2100, b.path, 2600), 'Sunday arrivals vs people waiting at some moment');
    assert.ok(hasFigureLink(idx, a.path, 2100, c.path, 2400, 'different-figure'), 'two reports of Sunday arrivals');
  });

  it('does not take an equal count of people arriving on one day in another story for the same figure', () => {
    const a: ArtSpec = {
      path: 'tirol-a.txt',
      title: 'Bahnhof Kufstein: Sonderzüge nach Bayern',
      sentences: [
        { text: 'Gestern, Sonntag, kamen 437 Flüchtlinge an der Grenze bei Kufstein an.', figs: [{ find: '437 Flüchtlinge', value: 437, unitKey: 'fluchtling', unit: 'Flüchtlinge' }] },
        { text: 'Die Bundesbahnen setzten zusätzliche Waggons ein, der Bahnhofsvorplatz wurde gesperrt.' },
        { text: 'Der Bürgermeister lobte die Helfer der Feuerwehr und des Roten Kreuzes in der Festungsstadt.' },
      ],
    };
    const b: ArtSpec = {
      path: 'serbien-b.txt',
      title: 'Warten an der serbisch-kroatischen Grenze',
      sentences: [
        { text: 'Seit einer Woche harren 437 Flüchtlinge an der Grenze zwischen Serbien und Kroatien aus.', figs: [{ find: '437 Flüchtlinge', value: 437, unitKey: 'fluchtling', unit: 'Flüchtlinge' }] },
        { text: 'Hilfsorganisationen verteilen Decken und Tee, die Regierung in Belgrad verhandelt mit Zagreb.' },
        { text: 'Das UNHCR kritisierte die Lage im Grenzgebiet als unerträglich.' },
      ],
    };
    const idx = makeIndex([a, b, MALI, BUS, BONUS, AGENCY_A, AGENCY_B, K1, K2]);
    assert.ok(!hasFigureLink(idx, a.path, 437, b.path, 437));
  });

  it('does not link soldiers of two armies as one figure', () => {
    const mk = (path: string, army: string, verb: string): ArtSpec => ({
      path,
      date: '2024-11-02',
      title: 'Verluste an der Front im Osten',
      sentences: [
        {
          text: `Nach Angaben des Generalstabs ${verb} an der Front im Osten 1.500 ${army} Soldaten.`,
          figs: [{ find: `1.500 ${army} Soldaten`, value: 1500, unitKey: 'soldat', unit: 'Soldaten' }],
          actor: 'Generalstab',
        },
        { text: 'Die Kämpfe an der Front im Osten dauerten nach Angaben des Generalstabs die ganze Woche an.', actor: 'Generalstab' },
      ],
    });
    const idx = makeIndex([mk('front-a.txt', 'russische', 'fielen'), mk('front-b.txt', 'ukrainische', 'starben')]);
    assert.ok(!hasFigureLink(idx, 'front-a.txt', 1500, 'front-b.txt', 1500));
    const same = makeIndex([mk('front-a.txt', 'russische', 'fielen'), mk('front-c.txt', 'russische', 'starben')]);
    assert.ok(hasFigureLink(same, 'front-a.txt', 1500, 'front-c.txt', 1500, 'same-figure'), 'control: the same army links');
  });
});

describe('xref: per-figure times', () => {
  const ZWEI: ArtSpec = {
    path: 'zwei-zeiten.txt',
    date: '2025-04-28',
    title: 'Pjöngjang schickte Tausende Soldaten nach Russland',
    sentences: [
      {
        text: 'Nach Angaben aus Seoul kamen im Herbst 2024 etwa 11.000 Soldaten nach Russland, 3.000 weitere zu Beginn dieses Jahres.',
        figs: [
          { find: 'etwa 11.000 Soldaten', value: 11000, unitKey: 'soldat', qualifier: 'approx' },
          { find: '3.000 weitere', value: 3000, unitKey: 'soldat' },
        ],
        actor: 'South Korea',
        time: '2024-09-01',
      },
    ],
  };
  it('places each figure at the time expression nearest to it in the claim', () => {
    const idx = makeIndex([ZWEI, K1, K2]);
    const c = idx.get(ZWEI.path)?.claims[0];
    assert.ok(c);
    const t11 = c.figures.find((f) => f.value === 11000)?.time;
    const t3 = c.figures.find((f) => f.value === 3000)?.time;
    assert.equal(t11, '2024-09-01');
    assert.ok(t3 && t3.startsWith('2025-01'), `3.000 at ${t3}`);
    const tl = timelines(idx).find((t) => t.unitKey === 'soldat');
    const e3 = tl?.entries.find((e) => e.path === ZWEI.path && e.value === 3000);
    if (e3) assert.ok(e3.date?.startsWith('2025-01'));
  });
  it('keeps the claim time for a single figure', () => {
    const idx = makeIndex([K1]);
    for (const c of idx.get(K1.path)?.claims ?? []) for (const f of c.figures) assert.equal(f.time, c.time);
  });
});

describe('xref: find claims and snapshots', () => {
  it('finds claims by a word being typed (prefix), by value within qualifiers, and not by words no claim has', () => {
    const idx = makeIndex();
    const partial = idx.claimsByText('Rettungskr');
    assert.equal(partial.length, 2);
    assert.ok(partial.every((h) => h.text.includes('Rettungskräfte')));
    const approx = idx.claimsByText('14000');
    assert.ok(approx.some((h) => h.text.includes('etwa 14.000')));
    assert.equal(idx.claimsByText('Rettungskräfte Panzerdivision').length, 0);
    idx.remove(AGENCY_B.path);
    assert.equal(idx.claimsByText('Rettungskr').length, 1);
  });

  it('round-trips a snapshot after removals (compacted vocabulary) with the same links and hits', () => {
    const idx = makeIndex();
    idx.remove(BUS.path);
    idx.remove(K2.path);
    const { analysis, text } = build(K2);
    idx.upsert(analysis, 'again', text);
    const warm = CorpusIndex.fromSnapshot(JSON.parse(JSON.stringify(idx.toSnapshot())));
    const key = (l: Link) => `${l.from.path}|${l.from.claimId}|${l.fromFigure}|${l.to.path}|${l.to.claimId}|${l.toFigure}|${l.relation}|${l.score}`;
    assert.deepEqual(warm.allLinks().map(key).sort(), idx.allLinks().map(key).sort());
    assert.deepEqual(warm.claimsByText('Soldaten').map((h) => h.claimId), idx.claimsByText('Soldaten').map((h) => h.claimId));
    const snap = idx.toSnapshot();
    snap.articles[0].data = snap.articles[0].data.slice(0, 6);
    assert.throws(() => CorpusIndex.fromSnapshot(JSON.parse(JSON.stringify(snap))), SnapshotError);
  });

  it('writes the snapshot article by article as the same JSON, and reopens it (consumed) with the same links', () => {
    const idx = makeIndex();
    const parts: string[] = [];
    const n = idx.writeSnapshot((c) => parts.push(c));
    const json = parts.join('');
    assert.equal(json.length, n);
    assert.ok(parts.length >= idx.size + 2, 'one piece per article');
    assert.equal(json, JSON.stringify(idx.toSnapshot()));
    const parsed = JSON.parse(json) as { articles: unknown[] };
    const warm = CorpusIndex.fromSnapshot(parsed, { consume: true });
    assert.ok(parsed.articles.every((a) => a === null), 'articles released as adopted');
    const key = (l: Link) => `${l.from.path}|${l.from.claimId}|${l.fromFigure}|${l.to.path}|${l.to.claimId}|${l.toFigure}|${l.relation}|${l.score}`;
    assert.deepEqual(warm.allLinks().map(key).sort(), idx.allLinks().map(key).sort());
  });
});

describe('xref: packed integer codec', () => {
  it('round-trips varint lists through base64', async () => {
    const { VarintWriter, VarintReader, fromBase64 } = await import('../../src/core/xref/pack');
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000003) * (seed % 3 === 0 ? 4200 : 1);
    for (let round = 0; round < 20; round++) {
      const a = Array.from({ length: round * 7 }, next).map((x) => x >>> 0);
      const sorted = [...a].sort((x, y) => x - y);
      const w = new VarintWriter();
      w.list(a);
      w.sortedList(sorted);
      w.uint(0xffffffff);
      const r = new VarintReader(fromBase64(w.base64()));
      const outA = new Array<number>(a.length);
      const outS = new Array<number>(a.length);
      r.listInto(outA, 0, false);
      r.listInto(outS, 0, true);
      assert.deepEqual(outA, a);
      assert.deepEqual(outS, sorted);
      assert.equal(r.uint(), 0xffffffff);
      assert.ok(r.done);
    }
  });
});

/*
 * Stories written weeks apart: the later article is about something else and mentions the figure in
 * passing, so the articles share few words; the figure's own words, its class and a rare value carry
 * the link. Look-alikes (same value, other thing or other event) must stay apart.
 */
const CAP1: ArtSpec = {
  path: 'w1-obergrenze.txt',
  date: '2016-01-20',
  title: 'Dänemark beschließt Obergrenze für Asylbewerber',
  sentences: [
    {
      text: 'Die Regierung in Kopenhagen setzt als Obergrenze für dieses Jahr höchstens 24.650 Asylbewerber fest, teilte die Integrationsministerin mit.',
      figs: [{ find: 'höchstens 24.650 Asylbewerber', value: 24650, unitKey: 'asylbewerb', unit: 'Asylbewerber', qualifier: 'at-most' }],
      actor: 'Integrationsministerin',
    },
    { text: 'Die Opposition nannte die Obergrenze willkürlich und kündigte Widerstand im Folketing an.' },
    {
      text: 'Im Herbst kamen 9.400 Soldaten an die Südgrenze, im Winter 2.600 weitere.',
      figs: [
        { find: '9.400 Soldaten', value: 9400, unitKey: 'soldat', unit: 'Soldaten' },
        { find: '2.600', value: 2600, unitKey: null },
      ],
    },
    { text: 'Bei dem Erdbeben in der Provinz Kerman starben im Dezember 317 Menschen, berichtete der Rote Halbmond.', figs: [{ find: '317 Menschen', value: 317, unitKey: 'person', unit: 'Menschen' }], actor: 'Roter Halbmond' },
  ],
};
const CAP2: ArtSpec = {
  path: 'w2-haushalt.txt',
  date: '2016-03-02',
  title: 'Kopenhagen streitet über den Haushalt',
  sentences: [
    { text: 'Im Parlament wird seit Wochen über Steuern, Renten und die Finanzierung der Krankenhäuser verhandelt.' },
    {
      text: 'Zur Erinnerung: Die Obergrenze liegt heuer bei 24.650 Flüchtlingen, die Dänemark aufnehmen will.',
      figs: [{ find: '24.650 Flüchtlingen', value: 24650, unitKey: 'fluchtling', unit: 'Flüchtlingen' }],
    },
    { text: 'An der Südgrenze wurden 2.600 Soldaten zusätzlich eingesetzt.', figs: [{ find: '2.600 Soldaten', value: 2600, unitKey: 'soldat', unit: 'Soldaten' }] },
    { text: 'Das Erdbeben von Kerman mit 331 Todesopfern hat auch Spenden aus Dänemark ausgelöst.', figs: [{ find: '331 Todesopfern', value: 331, unitKey: 'tote', unit: 'Todesopfern' }] },
  ],
};
const CAP3: ArtSpec = {
  path: 'w3-interview.txt',
  date: '2016-02-11',
  sentences: [
    { text: 'FRAGE: Dänemark hat eine Obergrenze von 24.650 beschlossen. Ist das human?', figs: [{ find: '24.650', value: 24650, unitKey: null }] },
    { text: 'ANTWORT: Jedes Land muss seine Aufnahmefähigkeit selbst einschätzen, sagt die Soziologin.' },
  ],
};
/** Look-alikes: the same value of another thing, the same class in another event. */
const LOOK: ArtSpec = {
  path: 'w4-stadion.txt',
  date: '2016-02-20',
  sentences: [
    { text: 'Das neue Stadion in Aarhus fasst 24.650 Zuschauer und wird im Sommer eröffnet.', figs: [{ find: '24.650 Zuschauer', value: 24650, unitKey: 'zuschau', unit: 'Zuschauer' }] },
    { text: 'Seit Jahresbeginn haben 24.650 Migranten die Balkanroute über Mazedonien genommen.', figs: [{ find: '24.650 Migranten', value: 24650, unitKey: 'migrant', unit: 'Migranten' }] },
    { text: 'Beim Fährunglück vor Sumatra ertranken 317 Menschen.', figs: [{ find: '317 Menschen', value: 317, unitKey: 'person', unit: 'Menschen' }] },
  ],
};

describe('xref: stories weeks apart', () => {
  const idx = makeIndex([...ALL, CAP1, CAP2, CAP3, LOOK]);

  it('links a rare figure of one class in articles about other things (Asylbewerber ~ Flüchtlinge, a bare number)', () => {
    assert.ok(hasFigureLink(idx, CAP1.path, 24650, CAP2.path, 24650, 'same-figure'));
    assert.ok(hasFigureLink(idx, CAP3.path, 24650, CAP2.path, 24650, 'same-figure'));
    assert.ok(hasFigureLink(idx, CAP3.path, 24650, CAP1.path, 24650, 'same-figure'));
  });

  it('resolves an elided counted noun from the figure before it ("9.400 Soldaten …, 2.600 weitere")', () => {
    const c = idx.get(CAP1.path)?.claims.find((x) => x.text.includes('2.600 weitere'));
    assert.equal(c?.figures.find((f) => f.value === 2600)?.qclass, 'soldier');
    assert.ok(hasFigureLink(idx, CAP1.path, 2600, CAP2.path, 2600, 'same-figure'));
  });

  it('links an updated death toll of the same event as different-figure (317 Menschen starben ~ 331 Todesopfer)', () => {
    assert.ok(hasFigureLink(idx, CAP1.path, 317, CAP2.path, 331, 'different-figure'));
  });

  it('keeps the same value of another thing, or of the same class in another event, apart', () => {
    for (const p of [CAP1.path, CAP2.path, CAP3.path]) {
      assert.ok(!hasFigureLink(idx, p, 24650, LOOK.path, 24650), `${p} ~ stadium/Balkan route`);
      assert.ok(!hasFigureLink(idx, p, 317, LOOK.path, 317), `${p} ~ ferry`);
      assert.ok(!hasFigureLink(idx, p, 331, LOOK.path, 317), `${p} ~ ferry`);
    }
  });

  it('counts every claim’s links and conflicts in one pass, as crossReference does per claim', () => {
    for (const p of [CAP1.path, CAP2.path, K1.path, K3.path]) {
      const counts = idx.linkCounts(p);
      const all = idx.crossReferences(p);
      let total = 0;
      for (const c of idx.get(p)?.claims ?? []) {
        const refs = idx.crossReference(p, c.id);
        const n = counts.get(c.id) ?? { total: 0, conflicts: 0 };
        assert.equal(n.total, refs.length, `${p} ${c.text}`);
        assert.equal(n.conflicts, refs.filter((r) => r.relation === 'different-figure').length);
        assert.deepEqual(all.get(c.id) ?? [], refs);
        total += n.total;
      }
      assert.ok(p === K3.path || total > 0, `${p} has links`);
    }
    assert.equal(idx.linkCounts('nowhere.txt').size, 0);
  });
});

/*
 * Event anchors, specific values and repeated mentions (round 4). Each rule is shown to be what links
 * (the same index with the rule's parameter switched off does not link), beside look-alikes that must
 * stay apart: the same count in another month, a count that is no running total, a round number, the
 * same specific number of another thing, and round numbers repeated in one article for different things.
 */
const FLOOD1: ArtSpec = {
  path: 'e1-hochwasser.txt',
  title: 'Hochwasser im Murtal',
  sentences: [
    { text: 'Bei dem Hochwasser im Murtal kamen am 4. Juli 140 Menschen ums Leben, teilte der Katastrophenschutz mit.', figs: [{ find: '140 Menschen', value: 140, unitKey: 'person', unit: 'Menschen' }] },
    { text: 'Die Pegel der Mur stiegen binnen Stunden um mehr als zwei Meter.' },
  ],
};
const FLOOD2: ArtSpec = {
  path: 'e2-wiederaufbau.txt',
  title: 'Streit um Förderungen für Gemeinden im Murtal',
  sentences: [
    { text: 'Der Landtag debattierte über neue Regeln für Förderungen an Gemeinden und Vereine.' },
    {
      text: 'Die Flut von Anfang Juli mit 140 Todesopfern hat die Kassen vieler Orte geleert.',
      figs: [{ find: '140 Todesopfern', value: 140, unitKey: 'todesopfer', unit: 'Todesopfern' }],
    },
  ],
};
/** The same toll in another month: another disaster. */
const FLOOD3: ArtSpec = {
  path: 'e3-drina.txt',
  sentences: [{ text: 'Beim Hochwasser an der Drina starben im März 140 Menschen.', figs: [{ find: '140 Menschen', value: 140, unitKey: 'person', unit: 'Menschen' }] }],
};
const UNREST1: ArtSpec = {
  path: 'r1-unruhen.txt',
  sentences: [
    {
      text: 'Seit Beginn der Proteste im Mai sind nach Angaben von Menschenrechtlern mehr als 250 Menschen getötet worden.',
      figs: [{ find: 'mehr als 250 Menschen', value: 250, unitKey: 'person', unit: 'Menschen', qualifier: 'more-than' }],
    },
  ],
};
const UNREST2: ArtSpec = {
  path: 'r2-mission.txt',
  sentences: [
    { text: 'Die Vereinten Nationen verlängern ihre Beobachtermission um ein halbes Jahr.' },
    { text: 'Seit Mai kamen im Land 268 Menschen ums Leben, sagt die Mission.', figs: [{ find: '268 Menschen', value: 268, unitKey: 'person', unit: 'Menschen' }] },
  ],
};
/** A count of one day in the same month: no running total, another event. */
const MINE: ArtSpec = {
  path: 'r3-grube.txt',
  sentences: [
    { text: 'Die Rettungsarbeiten in der Kohlegrube im Norden dauerten drei Tage und Nächte.' },
    { text: 'Im Mai starben bei dem Grubenunglück 280 Menschen.', figs: [{ find: '280 Menschen', value: 280, unitKey: 'person', unit: 'Menschen' }] },
    { text: 'Der Betreiber muss den Familien der Bergleute Entschädigungen zahlen.' },
  ],
};
const CAP_A: ArtSpec = {
  path: 's1-kontingent.txt',
  title: 'Regierung legt Kontingent fest',
  sentences: [
    {
      text: 'Die Regierung will heuer höchstens 18.450 Asylanträge zulassen, sagte der Innenminister.',
      figs: [{ find: 'höchstens 18.450 Asylanträge', value: 18450, unitKey: 'asylantrag', unit: 'Asylanträge', qualifier: 'at-most' }],
    },
  ],
};
const CAP_B: ArtSpec = {
  path: 's2-pensionen.txt',
  title: 'Pensionen im Parlament',
  sentences: [
    { text: 'Im Parlament ging es am Mittwoch vor allem um Pensionen und das Budget der Sozialversicherung.' },
    {
      text: 'Nebenbei erinnerte ein Abgeordneter an die für heuer geplante Grenze von 18.450 Flüchtlingen.',
      figs: [{ find: '18.450 Flüchtlingen', value: 18450, unitKey: 'fluchtling', unit: 'Flüchtlingen' }],
    },
    {
      text: 'Eine Kollegin verwies auf die Schätzung von 20.000 Flüchtlingen für heuer.',
      figs: [{ find: '20.000 Flüchtlingen', value: 20000, unitKey: 'fluchtling', unit: 'Flüchtlingen' }],
    },
  ],
};
/** The same specific number of another thing; a round number with as little context. */
const CAP_C: ArtSpec = {
  path: 's3-festival.txt',
  sentences: [
    { text: 'Das Festival am See zählte heuer 18.450 Besucher.', figs: [{ find: '18.450 Besucher', value: 18450, unitKey: 'besuch', unit: 'Besucher' }] },
    {
      text: 'Eine Hilfsorganisation rechnet mit 20.000 Asylanträgen bis Dezember.',
      figs: [{ find: '20.000 Asylanträgen', value: 20000, unitKey: 'asylantrag', unit: 'Asylanträgen' }],
    },
  ],
};
const SLIDE_A: ArtSpec = {
  path: 'g1-tourismus.txt',
  sentences: [
    { text: 'Der Tourismusverband zieht eine gemischte Bilanz der Wintersaison.' },
    {
      text: 'Nach dem Bergsturz über Valmont werden 170 Bewohner vermisst, die Suche geht weiter.',
      figs: [{ find: '170 Bewohner', value: 170, unitKey: 'bewohn', unit: 'Bewohner' }],
    },
    { text: 'Die Skigebiete meldeten weniger Gäste als im Vorjahr.' },
    {
      text: 'Am Vormittag brachten Busse 3.000 Bewohner aus dem Tal in Notquartiere.',
      figs: [{ find: '3.000 Bewohner', value: 3000, unitKey: 'bewohn', unit: 'Bewohner' }],
    },
  ],
};
const SLIDE_B: ArtSpec = {
  path: 'g2-valmont.txt',
  sentences: [
    {
      text: 'Über Valmont ging ein Bergsturz nieder: 170 Bewohner werden vermisst, die Suche geht weiter.',
      figs: [{ find: '170 Bewohner', value: 170, unitKey: 'bewohn', unit: 'Bewohner' }],
    },
    { text: 'Geologen hatten vor Rissen im Fels gewarnt.' },
    { text: 'Der Bürgermeister sprach am Abend im Gemeindesaal vor Journalisten.' },
    { text: 'Am Vormittag brachten Busse 3.000 Bewohner aus dem Tal in Notquartiere.', figs: [{ find: '3.000 Bewohner', value: 3000, unitKey: 'bewohn', unit: 'Bewohner' }] },
    { text: 'Die Landesregierung sagte rasche Hilfe für die Gemeinde zu.' },
    { text: 'Für die Angehörigen der 170 Bewohner richtete das Land eine Hotline ein.', figs: [{ find: '170 Bewohner', value: 170, unitKey: 'bewohn', unit: 'Bewohner' }] },
    { text: 'Das Rote Kreuz bat um Spenden für Decken und Feldbetten.' },
    { text: 'In den Nachbarorten blieben 3.000 Bewohner ohne Strom.', figs: [{ find: '3.000 Bewohner', value: 3000, unitKey: 'bewohn', unit: 'Bewohner' }] },
  ],
};

describe('xref: event anchors, specific values and repeated mentions', () => {
  const specs = [...ALL, FLOOD1, FLOOD2, FLOOD3, UNREST1, UNREST2, MINE, CAP_A, CAP_B, CAP_C, SLIDE_A, SLIDE_B];
  const idx = makeIndex(specs);
  /** Whether a figure link joins the two figures, in links made with one parameter changed (restored afterwards). */
  const linkedWith = (param: keyof typeof XREF_PARAMS, value: number, pa: string, va: number, pb: string, vb: number): boolean => {
    const old = XREF_PARAMS[param];
    (XREF_PARAMS as Record<string, number>)[param] = value;
    try {
      const x = makeIndex(specs);
      return figureLinks(x, x.allLinks()).some(
        ({ l, a, b }) =>
          (l.from.path === pa && a.value === va && l.to.path === pb && b.value === vb) || (l.from.path === pb && a.value === vb && l.to.path === pa && b.value === va),
      );
    } finally {
      (XREF_PARAMS as Record<string, number>)[param] = old;
    }
  };

  it('links one event’s toll placed in the same month (am 4. Juli / Anfang Juli), not the same toll in another month', () => {
    assert.ok(hasFigureLink(idx, FLOOD1.path, 140, FLOOD2.path, 140, 'same-figure'));
    assert.ok(!linkedWith('eventRarityMin', 1e9, FLOOD1.path, 140, FLOOD2.path, 140), 'linked by the month');
    assert.ok(!hasFigureLink(idx, FLOOD3.path, 140, FLOOD1.path, 140));
    assert.ok(!hasFigureLink(idx, FLOOD3.path, 140, FLOOD2.path, 140));
  });

  it('links running totals counted since the same month as different-figure, not a single day’s count', () => {
    assert.ok(hasFigureLink(idx, UNREST1.path, 250, UNREST2.path, 268, 'different-figure'));
    assert.ok(!linkedWith('localMinValue', 1e9, UNREST1.path, 250, UNREST2.path, 268), 'linked by the month');
    assert.ok(!hasFigureLink(idx, MINE.path, 280, UNREST1.path, 250));
    assert.ok(!hasFigureLink(idx, MINE.path, 280, UNREST2.path, 268));
  });

  it('links a specific rare number of one kind of thing with little context, not a round one nor another thing', () => {
    assert.ok(hasFigureLink(idx, CAP_A.path, 18450, CAP_B.path, 18450, 'same-figure'));
    assert.ok(!linkedWith('specificDigitsMin', 99, CAP_A.path, 18450, CAP_B.path, 18450), 'linked by the specific value');
    assert.ok(!hasFigureLink(idx, CAP_C.path, 18450, CAP_A.path, 18450));
    assert.ok(!hasFigureLink(idx, CAP_C.path, 18450, CAP_B.path, 18450));
    assert.ok(!hasFigureLink(idx, CAP_C.path, 20000, CAP_B.path, 20000));
  });

  it('links every mention of one specific quantity in an article, but not round numbers repeated for different things', () => {
    const refs = (i: CorpusIndex) =>
      figureLinks(i)
        .filter(({ l }) => (l.from.path === SLIDE_A.path && l.to.path === SLIDE_B.path) || (l.from.path === SLIDE_B.path && l.to.path === SLIDE_A.path))
        .map(({ l }) => (l.from.path === SLIDE_B.path ? l.from.claimId : l.to.claimId));
    const b = idx.get(SLIDE_B.path)?.claims ?? [];
    const hotline = b.find((c) => c.text.includes('Hotline'))?.id;
    assert.ok(refs(idx).includes(hotline as string), 'the second mention of 170');
    // Without fellow mentions (no value is large enough to group), the second mention is not linked.
    const old = XREF_PARAMS.localMinValue;
    XREF_PARAMS.localMinValue = 1e9;
    try {
      const x = makeIndex(specs);
      assert.ok(!refs(x).includes(hotline as string), 'linked as a fellow mention');
    } finally {
      XREF_PARAMS.localMinValue = old;
    }
    // The buses' 3.000 is linked; the 3.000 without power is another quantity of the same round value.
    const b3000 = figureLinks(idx)
      .filter(({ l, a, b: fb }) => a.value === 3000 && fb.value === 3000 && [l.from.path, l.to.path].includes(SLIDE_A.path) && [l.from.path, l.to.path].includes(SLIDE_B.path))
      .map(({ l }) => (l.from.path === SLIDE_B.path ? l.from.claimId : l.to.claimId));
    assert.ok(b3000.includes(b.find((c) => c.text.includes('Busse'))?.id as string));
    assert.ok(!b3000.includes(b.find((c) => c.text.includes('ohne Strom'))?.id as string));
  });

  it('gives the same links from both ends with the new rules', () => {
    for (const s of [FLOOD1, FLOOD2, UNREST1, UNREST2, CAP_A, CAP_B, SLIDE_A, SLIDE_B]) {
      const counts = idx.linkCounts(s.path);
      for (const c of idx.get(s.path)?.claims ?? []) assert.equal(idx.crossReference(s.path, c.id).length, counts.get(c.id)?.total ?? 0);
    }
    const all = idx.allLinks();
    for (const l of all) {
      if (l.relation !== 'same-figure' && l.relation !== 'different-figure') continue;
      const back = idx.crossReference(l.to.path, l.to.claimId);
      assert.ok(back.some((r) => r.path === l.from.path && r.claimId === l.from.claimId && r.figure?.index === l.fromFigure), `${l.to.path} → ${l.from.path}`);
    }
  });
});

// --- outcomes across nouns, ages, nearer rivals (our own sentences) ---------------------------

/** Air strikes on a militia: the agency counts militiamen, a paper counts people. */
const AIR_A: ArtSpec = {
  path: 'g1-luftangriffe-agentur.txt',
  title: 'Luftwaffe fliegt weiter Angriffe auf Milizstellungen im Bergland',
  sentences: [
    { text: 'Die Luftwaffe setzte ihre Angriffe auf Stellungen der Miliz im Bergland von Karsan fort.' },
    {
      text: 'Bei den Luftangriffen seien bisher 340 Milizionäre getötet und rund 500 weitere verletzt worden, meldete die staatliche Agentur.',
      figs: [
        { find: '340 Milizionäre', value: 340, unitKey: 'milizionar', unit: 'Milizionäre' },
        { find: 'rund 500', value: 500, unitKey: null, qualifier: 'approx' },
      ],
    },
    { text: 'Die Miliz kündigte Vergeltung für die Angriffe im Bergland von Karsan an.' },
    { text: 'Im Bergland sollen noch mehrere Tausend Milizionäre in Stellung sein.' },
  ],
};
const AIR_B: ArtSpec = {
  path: 'g2-luftangriffe-zeitung.txt',
  title: 'Opposition kritisiert Luftangriffe auf Karsan',
  sentences: [
    { text: 'Die Opposition verlangt ein Ende der Luftangriffe auf die Miliz im Bergland von Karsan.' },
    {
      text: 'In den vergangenen Tagen sollen bei den Angriffen der Luftwaffe auf die Milizstellungen im Bergland 290 Menschen getötet worden sein.',
      figs: [{ find: '290 Menschen', value: 290, unitKey: 'person', unit: 'Menschen' }],
    },
    { text: 'Etwa 420 Menschen seien verletzt worden, schreibt die Zeitung.', figs: [{ find: 'Etwa 420 Menschen', value: 420, unitKey: 'person', unit: 'Menschen', qualifier: 'approx' }] },
    {
      text: 'Bei Unruhen in Karsan waren im Vorjahr mehr als 35 Menschen getötet worden.',
      figs: [{ find: 'mehr als 35 Menschen', value: 35, unitKey: 'person', unit: 'Menschen', qualifier: 'more-than' }],
    },
  ],
};
/** Two suspects of one raid, each with an age. */
const RAID_A: ArtSpec = {
  path: 'g3-razzia-a.txt',
  title: 'Razzia gegen Schlepperring in Feldbach',
  sentences: [
    { text: 'Bei der Razzia gegen den Schlepperring in Feldbach nahm die Polizei einen 24-jährigen Fahrer fest.', figs: [{ find: '24-jährigen', value: 24, unitKey: 'age', unit: 'Jahre' }] },
    { text: 'Der Schlepperring soll Hunderte Menschen über die Grenze bei Feldbach gebracht haben.' },
  ],
};
const RAID_B: ArtSpec = {
  path: 'g4-razzia-b.txt',
  title: 'Schlepperring in Feldbach: zweiter Verdächtiger in Haft',
  sentences: [
    { text: 'Nach der Razzia gegen den Schlepperring in Feldbach sitzt auch ein 27-Jähriger in Haft.', figs: [{ find: '27-Jähriger', value: 27, unitKey: 'age', unit: 'Jahre' }] },
    { text: 'Der Schlepperring soll die Fahrten über die Grenze bei Feldbach organisiert haben.' },
  ],
};
/** A short report of the concert hall's toll; a longer report with the hall's toll and the whole series' toll. */
const HALL_A: ArtSpec = {
  path: 'g5-halle-kurz.txt',
  sentences: [
    { text: 'Bei einem Überfall während eines Konzerts starben 90 Menschen.', figs: [{ find: '90 Menschen', value: 90, unitKey: 'person', unit: 'Menschen' }] },
    { text: 'Die Polizei sperrte das Viertel bis zum Morgen ab und rief Zeugen auf, sich zu melden.' },
  ],
};
const HALL_B: ArtSpec = {
  path: 'g6-serie-lang.txt',
  title: 'Ermittler rekonstruieren die Nacht der Anschläge',
  sentences: [
    { text: 'Die Ermittler haben den Ablauf der Nacht rekonstruiert, in der drei Kommandos die Hauptstadt angriffen.' },
    { text: 'Bei den Angriffen auf ein Konzert und mehrere Cafés starben 129 Menschen.', figs: [{ find: '129 Menschen', value: 129, unitKey: 'person', unit: 'Menschen' }] },
    { text: 'Im Konzertsaal allein wurden mindestens 89 Menschen getötet.', figs: [{ find: 'mindestens 89 Menschen', value: 89, unitKey: 'person', unit: 'Menschen', qualifier: 'at-least' }] },
    { text: 'Zwei der Attentäter stammten aus einem Vorort, ein dritter reiste mit falschen Papieren ein.' },
  ],
};
/** The same report without the hall's own figure. */
const HALL_C: ArtSpec = {
  ...HALL_B,
  path: 'g7-serie-ohne-halle.txt',
  sentences: HALL_B.sentences.filter((x) => !x.text.startsWith('Im Konzertsaal')),
};

describe('xref: outcomes across nouns, ages and nearer rivals', () => {
  it('reads the outcome of a figure from its own conjunct and from the end of its clause', () => {
    const s = 'Bei den Kämpfen wurden 45 Rebellen getötet und rund 120 weitere verletzt.';
    const at = (x: string) => [s.indexOf(x), s.indexOf(x) + x.length] as const;
    assert.equal(figureOutcome(s, ...at('45 Rebellen')), 'dead');
    assert.equal(figureOutcome(s, ...at('rund 120')), 'injured');
    const far = 'Etwa 80 Menschen sollen bei den nächtlichen Angriffen auf mehrere Dörfer im Norden des Landes ums Leben gekommen sein.';
    assert.equal(figureOutcome(far, 0, 'Etwa 80 Menschen'.length), 'dead');
    const other = 'Rund 70 Familien verließen in der Nacht das Tal, nachdem ein Erdrutsch am Samstag im Ort 3 Häuser zerstört und zwei Bewohner getötet hatte.';
    assert.equal(figureOutcome(other, 0, 'Rund 70 Familien'.length), null, 'the outcome word belongs to a later number');
    assert.equal(figureOutcome('Getötet wurden 12 Menschen.', 15, 26), 'dead');
  });

  it('takes people and another noun with the same outcome as one thing, two other nouns not', () => {
    assert.equal(outcomeAffinity('milizionar', 'dead', 'person:dead', 'dead'), 1);
    assert.equal(outcomeAffinity('person:injured', 'injured', 'soldier', 'injured'), 1);
    assert.equal(outcomeAffinity('palastinens', 'dead', 'israeli', 'dead'), 0);
    assert.equal(outcomeAffinity('soldier', 'dead', 'person:injured', 'injured'), 0);
    assert.equal(outcomeAffinity('soldier', null, 'person', null), 0);
  });

  it('reads no rate in a newspaper name (Daily News), but in täglich / daily', () => {
    assert.ok(!isRate('berichtet die Zeitung Hürriyet Daily News am Donnerstag'));
    assert.ok(isRate('Täglich kommen 300 an'));
    assert.ok(isRate('kommen täglich 300 an'));
    assert.ok(isRate('about 300 arrive daily'));
  });

  const idx = makeIndex([...ALL, AIR_A, AIR_B, RAID_A, RAID_B, HALL_A, HALL_B]);

  it('links militiamen killed and people killed in one air campaign as different figures, and the injured (noun left out) likewise', () => {
    assert.ok(hasFigureLink(idx, AIR_A.path, 340, AIR_B.path, 290, 'different-figure'));
    assert.ok(hasFigureLink(idx, AIR_A.path, 500, AIR_B.path, 420, 'different-figure'));
    // The killed are not the injured, and last year's unrest is another event (a tenth of the value).
    assert.ok(!hasFigureLink(idx, AIR_A.path, 500, AIR_B.path, 290));
    assert.ok(!hasFigureLink(idx, AIR_A.path, 340, AIR_B.path, 420));
    assert.ok(!hasFigureLink(idx, AIR_A.path, 340, AIR_B.path, 35));
  });

  it('never links two people’s ages as one figure', () => {
    assert.ok(!hasFigureLink(idx, RAID_A.path, 24, RAID_B.path, 27));
  });

  it('links a toll to the other report’s figure nearest to it, not to a farther one of the same kind', () => {
    assert.ok(hasFigureLink(idx, HALL_A.path, 90, HALL_B.path, 89));
    assert.ok(!hasFigureLink(idx, HALL_A.path, 90, HALL_B.path, 129), 'the hall’s 89 answers the 90');
    // Without the hall's own figure the series' toll is the nearest one: the rival is what keeps them apart.
    const x = makeIndex([...ALL, HALL_A, HALL_C]);
    assert.ok(hasFigureLink(x, HALL_A.path, 90, HALL_C.path, 129));
  });

  it('gives the same links from both ends', () => {
    for (const l of idx.allLinks()) {
      if (l.relation !== 'same-figure' && l.relation !== 'different-figure') continue;
      const back = idx.crossReference(l.to.path, l.to.claimId);
      assert.ok(back.some((r) => r.path === l.from.path && r.claimId === l.from.claimId && r.figure?.index === l.fromFigure), `${l.to.path} → ${l.from.path}`);
    }
  });
});

// --- sums of one thing by two sources (our own sentences) ----------------------------------------

const JET_A: ArtSpec = {
  path: 'j1-kampfjet-preis.txt',
  title: 'Luftwaffe verlegt Kampfjets des Typs Falkor an die Ostgrenze',
  sentences: [
    { text: 'Die Luftwaffe verlegt sechs Kampfjets vom Typ Falkor auf den Stützpunkt Brenik.' },
    { text: 'Der Falkor gilt mit einem Stückpreis von 185 Millionen Dollar als teuerstes Kampfflugzeug der Welt.', figs: [{ find: '185 Millionen Dollar', value: 185e6, unitKey: 'USD', unit: 'Dollar', kind: 'money' }] },
    { text: 'Die Maschinen sollen zwei Monate in Brenik bleiben und an Übungen teilnehmen.' },
  ],
};
const JET_B: ArtSpec = {
  path: 'j2-kampfjet-hersteller.txt',
  title: 'Falkor-Jets landen in Brenik',
  sentences: [
    { text: 'Auf dem Stützpunkt Brenik sind die ersten Falkor-Jets gelandet, berichtet die Zeitung.' },
    { text: 'Der Hersteller Varnell beziffert den Stückpreis auf mehr als 150 Millionen Dollar.', figs: [{ find: 'mehr als 150 Millionen Dollar', value: 150e6, unitKey: 'USD', unit: 'Dollar', kind: 'money', qualifier: 'more-than' }] },
    { text: 'Die Opposition kritisiert die Kosten der Verlegung nach Brenik.' },
  ],
};
/** The same story, with a part of a larger sum that happens to lie near the other report's price. */
const JET_C: ArtSpec = {
  path: 'j3-kampfjet-programm.txt',
  title: 'Falkor-Programm: Kosten steigen weiter',
  sentences: [
    { text: 'Das Programm für die Falkor-Jets in Brenik kostet in diesem Jahr 900 Millionen Dollar.', figs: [{ find: '900 Millionen Dollar', value: 900e6, unitKey: 'USD', unit: 'Dollar', kind: 'money' }] },
    { text: 'Für Ersatzteile der Jets sind davon 170 Millionen Dollar vorgesehen.', figs: [{ find: '170 Millionen Dollar', value: 170e6, unitKey: 'USD', unit: 'Dollar', kind: 'money' }] },
  ],
};

describe('xref: sums of one thing by two sources', () => {
  const idx = makeIndex([...ALL, JET_A, JET_B, JET_C]);

  it('links a unit price by two sources as different figures when the words around both name what the sum is of', () => {
    assert.ok(hasFigureLink(idx, JET_A.path, 185e6, JET_B.path, 150e6, 'different-figure'));
  });

  it('does not link a sum of another thing in the same story (a share of the programme for spare parts)', () => {
    assert.ok(!hasFigureLink(idx, JET_A.path, 185e6, JET_C.path, 170e6));
    assert.ok(!hasFigureLink(idx, JET_B.path, 150e6, JET_C.path, 170e6));
  });
});

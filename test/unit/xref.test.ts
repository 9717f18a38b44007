import * as assert from 'node:assert/strict';
import { CorpusIndex, SnapshotError, valuesAgree, type IndexedFigure, type Link } from '../../src/core/xref/index';
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
        unit: f.unitKey,
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
        (l.from.path === pb && b.value === vb && l.to.path === pa && a.value === va)),
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

export const __fixtures = { makeIndex };
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
});

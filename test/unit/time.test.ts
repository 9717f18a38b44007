import * as assert from 'node:assert/strict';
import { findTimeExpressions } from '../../src/core/time';

const times = (t: string, d: string | null) => findTimeExpressions(t, d).map((x) => [x.text, x.from, x.to]);

describe('findTimeExpressions', () => {
  it('resolves weekdays to the most recent one on or before the article date', () => {
    // 2024-10-23 is a Wednesday.
    assert.deepEqual(times('Das teilte der Dienst am Freitag mit.', '2024-10-23'), [['am Freitag', '2024-10-18', '2024-10-18']]);
    assert.deepEqual(times('Kirby sagte am Mittwoch in Washington.', '2024-10-23'), [['am Mittwoch', '2024-10-23', '2024-10-23']]);
  });

  it('resolves seasons, year parts and relative years', () => {
    assert.deepEqual(times('Pjöngjang soll im Herbst 2024 Truppen geschickt haben, weitere zu Beginn dieses Jahres.', '2025-04-28'), [
      ['im Herbst 2024', '2024-09-01', '2024-11-30'],
      ['zu Beginn dieses Jahres', '2025-01-01', '2025-03-31'],
    ]);
    assert.deepEqual(times('Sie drangen Anfang August vergangenen Jahres ein.', '2025-04-28'), [['Anfang August vergangenen Jahres', '2024-08-01', '2024-08-10']]);
  });

  it('resolves month spans and dates without a year from the article date', () => {
    assert.deepEqual(times('zwischen Anfang und Mitte Oktober', '2024-10-23'), [['zwischen Anfang und Mitte Oktober', '2024-10-01', '2024-10-20']]);
    assert.deepEqual(times('Bereits am 3. Oktober gab es Berichte.', '2024-10-23'), [['3. Oktober', '2024-10-03', '2024-10-03']]);
    // A month later in the year than the article date lies in the year before.
    assert.deepEqual(times('Der Besuch war im Dezember.', '2025-04-28'), [['im Dezember', '2024-12-01', '2024-12-31']]);
  });

  it('resolves English expressions', () => {
    assert.deepEqual(times('He said on Wednesday that troops arrived in mid-October and more came last year.', '2024-10-24'), [
      ['on Wednesday', '2024-10-23', '2024-10-23'],
      ['mid-October', '2024-10-11', '2024-10-20'],
      ['last year', '2023-01-01', '2023-12-31'],
    ]);
    assert.deepEqual(times('as of October 3, 2024', null), [['October 3, 2024', '2024-10-03', '2024-10-03']]);
  });

  it('leaves relative expressions out when there is no article date, keeps absolute ones', () => {
    assert.deepEqual(times('am Mittwoch und im Jahr 2015', null), [['im Jahr 2015', '2015-01-01', '2015-12-31']]);
  });

  it('does not take a bare month-like word or a number for a time', () => {
    assert.deepEqual(times('Es kamen 3.000 Soldaten, sagte Mai Lin.', '2024-10-23'), []);
  });
});

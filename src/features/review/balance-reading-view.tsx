/**
 * The balance reading of the job description as a whole: gender-coded words on each side (the
 * definition's own words counted apart), reading age and sentence length, each with how it has
 * moved since the review was opened, so the trend shows as the wording is changed.
 */
import { useState } from 'react';
import type { BalanceReading, WordCount } from '../../domain/wording-checks/balance';
import { GAUCHER_SOURCE } from '../../domain/wording-checks/gender-coded-words';

const total = (words: readonly WordCount[]) => words.reduce((a, w) => a + w.count, 0);
const list = (words: readonly WordCount[]) =>
  words.length === 0
    ? 'none'
    : words.map((w) => (w.count > 1 ? `${w.word} (${w.count})` : w.word)).join(', ');

function trend(now: number, then: number, unit: string): string {
  if (now === then) return 'unchanged';
  return `${now > then ? 'up' : 'down'} from ${then}${unit}`;
}

const LEAN: Record<BalanceReading['lean'], string> = {
  masculine: 'leans masculine-coded',
  feminine: 'leans feminine-coded',
  balanced: 'is balanced',
};

export function BalanceReadingView({ reading }: { reading: BalanceReading }) {
  // The reading when the review was opened: what the trend is measured from.
  const [was] = useState(reading);
  const rows: [string, string, string][] = [
    [
      'Masculine-coded words',
      `${total(reading.masculine)}: ${list(reading.masculine)}`,
      trend(total(reading.masculine), total(was.masculine), ''),
    ],
    [
      'Feminine-coded words',
      `${total(reading.feminine)}: ${list(reading.feminine)}`,
      trend(total(reading.feminine), total(was.feminine), ''),
    ],
    [
      'Words the definition and the sector need (not counted)',
      `${total(reading.frames)}: ${list(reading.frames)}`,
      trend(total(reading.frames), total(was.frames), ''),
    ],
    [
      'Reading age',
      `${reading.readingAge} years`,
      trend(reading.readingAge, was.readingAge, ' years'),
    ],
    [
      'Average sentence',
      `${reading.averageSentenceWords} words`,
      trend(reading.averageSentenceWords, was.averageSentenceWords, ' words'),
    ],
    [
      'Longest sentence',
      `${reading.longestSentenceWords} words`,
      trend(reading.longestSentenceWords, was.longestSentenceWords, ' words'),
    ],
  ];
  return (
    <div className="balance-reading">
      <p>
        The job description {LEAN[reading.lean]}: {reading.words} words in {reading.sentences}{' '}
        sentences.
      </p>
      <table>
        <caption>Balance reading of the job description</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Now</th>
            <th scope="col">Since you opened the review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([measure, now, since]) => (
            <tr key={measure}>
              <th scope="row">{measure}</th>
              <td>{now}</td>
              <td>{since}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="finding-source">
        Gender-coded words: {GAUCHER_SOURCE}. Reading age: Flesch–Kincaid grade plus five; aim for
        no more than 16 in an advert.
      </p>
    </div>
  );
}

// decide.ts with the model's probability given: what a strong lexicon cue needs.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/classifier/decide.ts';
import { analyse } from '../../../src/classifier/features.ts';

const facts = (text: string) => analyse([{ text, html: text }])[0]!;
const THRESHOLD = 0.95;

// 33 words of fluent prose with a strong app-download cue ("App Store and Google Play")
const HOW_TO = 'Once the build is signed, upload it to the App Store and Google Play through their developer consoles, fill in the listing, and wait for review, which usually takes a day or two.';
// 31 words of a cookie banner: a notice, never article prose
const COOKIES = 'We use cookies and similar technologies to personalise content and analyse traffic to our website. By clicking Accept you agree to this. You can change your choice at any time in settings.';

describe('a strong cue', () => {
  it('decides a short line on its own', () => {
    expect(decide(facts('Download the app'), 0.01, THRESHOLD).reason).toBe('app-download');
  });

  it('in fluent prose needs the model at 0.5 or more', () => {
    const f = facts(HOW_TO);
    expect(f.strong.promo?.reason).toBe('app-download');
    expect(decide(f, 0.3, THRESHOLD).label).toBe('content');
    expect(decide(f, 0.6, THRESHOLD).reason).toBe('app-download');
  });

  it('in a notice of the same length still decides on its own', () => {
    expect(decide(facts(COOKIES), 0.01, THRESHOLD).reason).toBe('cookie-notice');
  });

  it('in an article-sized block needs the full threshold', () => {
    const f = facts(Array.from({ length: 6 }, () => HOW_TO).join(' '));
    expect(decide(f, 0.9, THRESHOLD).label).toBe('content');
    expect(decide(f, 0.96, THRESHOLD).reason).toBe('app-download');
  });
});

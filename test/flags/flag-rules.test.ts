import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { crc32 } from '../../src/flags/crc32.js';
import { isActorInPercentage, isEnabledByRules } from '../../src/flags/flag-rules.js';
import { loadFixture } from '../fixtures.js';

interface Vector {
  flag: string;
  actor: string;
  bucket: number;
  in_at_20: boolean;
  in_at_50: boolean;
  in_at_0_5: boolean;
}

describe('crc32', () => {
  it('matches zlib for known strings', () => {
    expect(crc32('')).to.equal(0);
    expect(crc32('The quick brown fox jumps over the lazy dog')).to.equal(0x414fa339);
    expect(crc32('123456789')).to.equal(0xcbf43926);
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    // zlib.crc32('é'.encode('utf-8'))
    expect(crc32('é')).to.equal(0x0e048d3e);
  });
});

describe('percentage rollout matches Flipper', () => {
  let vectors: Vector[];
  before(async () => {
    vectors = (await loadFixture<{ vectors: Vector[] }>('flipper-percentage-vectors.json')).vectors;
    expect(vectors.length).to.be.above(0);
  });

  it('puts every actor in the same bucket as Flipper', () => {
    for (const v of vectors) {
      expect(crc32(v.flag + v.actor) % 100000, `${v.flag} + ${v.actor}`).to.equal(v.bucket);
    }
  });

  it('lets in exactly the actors Flipper lets in at 20%, 50% and 0.5%', () => {
    for (const v of vectors) {
      const label = `${v.flag} + ${v.actor}`;
      expect(isActorInPercentage(v.flag, v.actor, 20), `${label} at 20`).to.equal(v.in_at_20);
      expect(isActorInPercentage(v.flag, v.actor, 50), `${label} at 50`).to.equal(v.in_at_50);
      expect(isActorInPercentage(v.flag, v.actor, 0.5), `${label} at 0.5`).to.equal(v.in_at_0_5);
    }
  });

  it('gives each user Flipper\'s answer through the rules, as on the server', () => {
    for (const v of vectors) {
      const label = `${v.flag} + ${v.actor}`;
      for (const [percentageOfActors, expected] of [[20, v.in_at_20], [50, v.in_at_50], [0.5, v.in_at_0_5]] as const) {
        // A blank id is no id: the rules let nobody in by percentage without one.
        expect(isEnabledByRules(v.flag, { percentageOfActors }, v.actor), `${label} at ${percentageOfActors}`).to.equal(expected && v.actor !== '');
      }
    }
  });

  it('keeps out an actor whose bucket is exactly at the percentage (the rule is a strict <)', () => {
    const boundary = vectors.filter((v) => [500, 20000, 50000].includes(v.bucket));
    expect(boundary.map((v) => v.bucket).sort((a, b) => a - b)).to.deep.equal([500, 20000, 50000]);
    for (const v of boundary) {
      expect(isActorInPercentage(v.flag, v.actor, v.bucket / 1000), `${v.actor} at ${v.bucket / 1000}`).to.equal(false);
    }
  });

  it('honours fractional percentages such as 0.5%', () => {
    const actors = Array.from({ length: 20000 }, (_, i) => `User;${i}`);
    const inside = actors.filter((a) => isActorInPercentage('profile_contacts', a, 0.5));
    expect(inside.length).to.be.within(50, 150);
    for (const a of inside) expect(crc32(`profile_contacts${a}`) % 100000).to.be.below(500);
  });

  it('lets nobody in at 0% and everybody in at 100%', () => {
    for (const v of vectors) {
      expect(isActorInPercentage(v.flag, v.actor, 0)).to.equal(false);
      expect(isActorInPercentage(v.flag, v.actor, 100)).to.equal(true);
    }
  });
});

describe('local rules', () => {
  it('turns the flag on for everyone when enabled', () => {
    expect(isEnabledByRules('profile_contacts', { enabled: true })).to.equal(true);
    expect(isEnabledByRules('profile_contacts', { enabled: true }, 'User;1')).to.equal(true);
  });

  it('keeps the flag off without rules or with enabled false', () => {
    expect(isEnabledByRules('profile_contacts', null, 'User;1')).to.equal(false);
    expect(isEnabledByRules('profile_contacts', undefined, 'User;1')).to.equal(false);
    expect(isEnabledByRules('profile_contacts', {}, 'User;1')).to.equal(false);
    expect(isEnabledByRules('profile_contacts', { enabled: false }, 'User;1')).to.equal(false);
  });

  it('turns the flag on for a listed actor only', () => {
    const rules = { actors: ['User;1', 'User;7'] };
    expect(isEnabledByRules('profile_contacts', rules, 'User;7')).to.equal(true);
    expect(isEnabledByRules('profile_contacts', rules, 'User;8')).to.equal(false);
    expect(isEnabledByRules('profile_contacts', rules)).to.equal(false);
  });

  it('lets an actor in by percentage using the Flipper rule', () => {
    // Buckets from the fixture: User;2 → 39635, User;1 → 87657.
    const rules = { percentageOfActors: 50 };
    expect(isEnabledByRules('profile_contacts', rules, 'User;2')).to.equal(true);
    expect(isEnabledByRules('profile_contacts', rules, 'User;1')).to.equal(false);
  });

  it('keeps a percentage rollout off when there is no actor', () => {
    const rules = { percentageOfActors: 100 };
    expect(isEnabledByRules('profile_contacts', rules)).to.equal(false);
    expect(isEnabledByRules('profile_contacts', rules, null)).to.equal(false);
    expect(isEnabledByRules('profile_contacts', rules, '')).to.equal(false);
  });

  it('treats nonsense percentages as off', () => {
    for (const percentageOfActors of [NaN, -5, 101, Infinity, '50' as unknown as number]) {
      expect(isEnabledByRules('profile_contacts', { percentageOfActors }, 'User;2'), String(percentageOfActors)).to.equal(false);
      expect(isActorInPercentage('profile_contacts', 'User;2', percentageOfActors)).to.equal(false);
    }
  });

  it('ignores actor lists that are not lists of strings', () => {
    const bad = [{ actors: 'User;1' }, { actors: [1, null, { id: 'User;1' }] }, { actors: null }];
    for (const rules of bad) {
      expect(isEnabledByRules('profile_contacts', rules as never, 'User;1')).to.equal(false);
    }
    expect(isEnabledByRules('profile_contacts', { actors: [3, 'User;1'] } as never, 'User;1')).to.equal(true);
  });

  it('never throws, whatever the rules look like', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), fc.option(fc.string()), (flag, rules, actor) => {
        expect(isEnabledByRules(flag, rules as never, actor)).to.be.a('boolean');
      }),
    );
  });
});

// Arithmetic inside one article: a total that equals the sum of nearby exact counts and listed names.
import { formatNumber } from './quantity-relation.ts';
import type { Profile } from './profile.ts';
import type { PairVerdict } from './verdict.ts';
import { thresholds } from './thresholds.ts';

/** An exact count in a claim, or the names it lists, that a total elsewhere in the article may add up. */
interface Part {
  profile: Profile;
  value: number;
  unitClass: string | null;
  what: string;
}

/**
 * Arithmetic inside one article: a total ("22 nations") that equals the sum of exact counts and
 * listed names in nearby claims ("18 European countries" + "Australia, Canada, Japan and New Zealand")
 * is refined by each of them.
 */
export function arithmeticLinks(profiles: Profile[]): PairVerdict[] {
  // Only claims with an exact count or a list of names take part.
  const byArticle = new Map<string, Profile[]>();
  for (const profile of profiles) {
    if (profile.listed < 2 && !profile.quantities.length) continue;
    const members = byArticle.get(profile.claim.article);
    if (members) members.push(profile);
    else byArticle.set(profile.claim.article, [profile]);
  }
  const found: PairVerdict[] = [];
  for (const members of byArticle.values()) {
    const exact = (profile: Profile) =>
      profile.quantities.filter((q) => q.normal.stated.min !== null && q.normal.stated.min === q.normal.stated.max);
    for (const total of members)
      for (const whole of exact(total)) {
        const near = members.filter(
          (other) =>
            other !== total && Math.abs((other.claim.block ?? 0) - (total.claim.block ?? 0)) <= thresholds.nearbyBlocks,
        );
        // Each claim contributes one part at most: its count of the same kind, or the names it lists.
        const choices: Part[][] = near
          .map((other) => [
            ...exact(other)
              .filter(
                (q) => q.normal.unitClass === whole.normal.unitClass && q.normal.stated.min! < whole.normal.stated.min!,
              )
              .map((q) => ({
                profile: other,
                value: q.normal.stated.min!,
                unitClass: q.normal.unitClass,
                what: `${formatNumber(q.normal.stated.min!)} (“${q.text}”)`,
              })),
            ...(other.listed >= 2
              ? [{ profile: other, value: other.listed, unitClass: null, what: `${other.listed} named` }]
              : []),
          ])
          .filter((options) => options.length > 0)
          .slice(0, 8);
        const target = whole.normal.stated.min!;
        let best: Part[] | undefined;
        const search = (at: number, chosen: Part[], sum: number) => {
          if (best || sum > target) return;
          if (at === choices.length) {
            // At least one counted part of the same kind: names alone could be anything.
            if (sum === target && chosen.length >= 2 && chosen.some((part) => part.unitClass !== null))
              best = [...chosen];
            return;
          }
          for (const option of choices[at]!) search(at + 1, [...chosen, option], sum + option.value);
          search(at + 1, chosen, sum);
        };
        search(0, [], 0);
        if (!best) continue;
        const sum = `${best.map((part) => part.what).join(' + ')} = ${formatNumber(target)} (“${whole.text}”)`;
        for (const [at, part] of best.entries()) {
          found.push({
            type: 'refines',
            from: part.profile.index,
            to: total.index,
            method: 'arithmetic',
            score: thresholds.arithmeticTotalScore,
            explain: () => `arithmetic in one article: ${sum}`,
          });
          // Parts of one whole are about the same thing.
          for (const sibling of best.slice(at + 1))
            found.push({
              type: 'related',
              from: part.profile.index,
              to: sibling.profile.index,
              method: 'arithmetic',
              score: thresholds.arithmeticPartsScore,
              explain: () => `parts of one whole: ${sum}`,
            });
        }
      }
  }
  return found;
}

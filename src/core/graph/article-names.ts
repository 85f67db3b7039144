// What a claim's article tells of it: the names "the bridge" stands for, and the places its claims name, which
// the matcher reads once every claim of the corpus is profiled.
import type { Name } from './normalise.ts';
import type { Profile } from './profile.ts';

/**
 * Names a claim implies through its article: "the bridge" in an article that names the Harwick Bridge
 * more often than any other bridge is the Harwick Bridge, and not the bridge another article names.
 */
export function addArticleNames(profiles: Profile[]): void {
  const byArticle = new Map<string, Profile[]>();
  for (const profile of profiles) {
    const members = byArticle.get(profile.claim.article);
    if (members) members.push(profile);
    else byArticle.set(profile.claim.article, [profile]);
  }
  for (const members of byArticle.values()) {
    // One set for the article: a place any of its claims names may hold the place another names.
    const capitals = new Set(members.flatMap((member) => [...member.articleCapitals]));
    for (const member of members) member.articleCapitals = capitals;
    const dominant = dominantNames(members.flatMap((member) => member.names));
    for (const member of members) {
      const heads = new Set(member.names.map((name) => name.keys.at(-1)));
      for (const key of member.definite) {
        const name = dominant.get(key);
        if (name && !heads.has(name.keys.at(-1))) member.names.push(name);
      }
    }
  }
}

/** For each head word ("bridge", "bank"), the name with it that an article gives most often, if one does. */
function dominantNames(names: readonly Name[]): Map<string, Name> {
  const tally = new Map<string, Map<string, { name: Name; count: number }>>();
  for (const name of names) {
    const head = name.keys.at(-1)!;
    const byName = tally.get(head) ?? new Map<string, { name: Name; count: number }>();
    const key = name.id ?? name.keys.join(' ');
    byName.set(key, { name, count: (byName.get(key)?.count ?? 0) + 1 });
    tally.set(head, byName);
  }
  const dominant = new Map<string, Name>();
  for (const [head, byName] of tally) {
    const [first, second] = [...byName.values()].sort((x, y) => y.count - x.count);
    if (first && first.count > (second?.count ?? 0)) dominant.set(head, first.name);
  }
  return dominant;
}

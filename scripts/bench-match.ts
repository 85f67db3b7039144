// Benchmark of the matcher on synthetic corpora of 1k, 10k, 100k and 200k claims, generated from a
// seeded PRNG (the same corpus every run): articles on recurring subjects, actors with aliases and
// spelling variants, counts, denials, quotes. Each size runs in its own process, so its peak memory is
// its own. Prints claims, candidate pairs compared, links, how many planted pairs (one count reported
// twice, reworded, far apart) were linked, wall time (and CPU time: the matcher runs on
// one core, so on a busy machine CPU time is its own share) and peak memory.
//   npm exec -- node scripts/bench-match.ts [--sizes 1000,10000,100000,200000]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { matchCorpus, type MatchClaim, type MatchStats } from '../src/core/graph/match.ts';
import type { AliasSource } from '../src/core/graph/normalise.ts';
import { prng } from './lib/prng.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000,100000,200000' }, one: { type: 'string' } },
});

const actors: { id: string; name: string; type: string; aliases: string[] }[] = [
  {
    id: 'china-government',
    name: 'Government of China',
    type: 'government',
    aliases: ['Beijing', 'China', 'the Chinese government', 'Chinese authorities'],
  },
  {
    id: 'us-government',
    name: 'Government of the United States',
    type: 'government',
    aliases: ['Washington', 'the US government', 'the White House'],
  },
  {
    id: 'uk-government',
    name: 'Government of the United Kingdom',
    type: 'government',
    aliases: ['London', 'Britain', 'the British government'],
  },
  {
    id: 'india-government',
    name: 'Government of India',
    type: 'government',
    aliases: ['New Delhi', 'India', 'the Indian government'],
  },
  { id: 'brazil-government', name: 'Government of Brazil', type: 'government', aliases: ['Brasilia', 'Brazil'] },
  { id: 'united-nations', name: 'United Nations', type: 'intergovernmental', aliases: ['UN', 'the UN'] },
  { id: 'european-union', name: 'European Union', type: 'intergovernmental', aliases: ['EU', 'Brussels'] },
  { id: 'world-bank', name: 'World Bank', type: 'intergovernmental', aliases: [] },
  { id: 'amnesty', name: 'Amnesty International', type: 'ngo', aliases: ['Amnesty'] },
  { id: 'hrw', name: 'Human Rights Watch', type: 'ngo', aliases: ['HRW'] },
  { id: 'red-cross', name: 'Red Cross', type: 'ngo', aliases: ['the ICRC'] },
  { id: 'reuters', name: 'Reuters', type: 'news-agency', aliases: [] },
  { id: 'ap', name: 'Associated Press', type: 'news-agency', aliases: ['AP'] },
  { id: 'uyghurs', name: 'Uyghurs', type: 'group', aliases: ['Uighurs', 'Uygurs'] },
  { id: 'rohingya', name: 'Rohingya', type: 'group', aliases: ['Rohingyas'] },
  { id: 'kurds', name: 'Kurds', type: 'group', aliases: [] },
];
const outlets = ['outlet-1', 'outlet-2', 'outlet-3', 'outlet-4', 'outlet-5', 'outlet-6'];
const registry: AliasSource[] = [...actors, ...outlets.map((id) => ({ id, name: id, type: 'outlet' }))];
const speakers = [
  'china-government',
  'us-government',
  'united-nations',
  'amnesty',
  'hrw',
  'reuters',
  'ap',
  'world-bank',
  'red-cross',
];

const nouns =
  `camp detention facility border refugee asylum election ballot vote budget deficit tariff export import harbour
  port railway bridge dam reservoir drought flood wildfire earthquake vaccine hospital clinic outbreak infection school
  teacher student university mine pipeline refinery factory worker wage strike protest police court judge trial verdict
  sanction embargo treaty ceasefire army troop militia airstrike
  convoy aid food water shelter fuel grid outage satellite
  launch mission journalist newspaper censorship surveillance camera network hacker breach minister parliament law bill
  reform pension tax subsidy farmer crop harvest livestock fishery forest logging mining coal emission climate summit
  delegation diplomat embassy visa passport deportation smuggling
  trafficking prison inmate torture abuse allegation report
  investigation inquiry audit contract tender loan debt bond inflation currency market bank investor`
    .split(/\s+/)
    .filter(Boolean);
const verbs =
  `detained expanded delayed criticised funded inspected approved rejected suspended cancelled blocked restricted
  investigated reported announced confirmed warned promised closed opened rebuilt damaged evacuated deployed arrested
  released sentenced banned raised cut doubled halved signed`
    .split(/\s+/)
    .filter(Boolean);
const adjectives =
  `new major vast remote northern southern eastern western rural urban local national foreign illegal secret
  official independent temporary emergency controversial disputed`
    .split(/\s+/)
    .filter(Boolean);
const places =
  `Xinjiang Kashgar Urumqi Tibet Yunnan Gujarat Kerala Bahia Amazonas Mosul Aleppo Darfur Tigray Rakhine Donbas
  Kharkiv Gaza Sinai Punjab Sindh Mindanao Sulawesi Sahel Kivu Cabo Delgado Lombardy Bavaria Texas Ontario`
    .split(/\s+/)
    .filter(Boolean);
const units = [
  'people',
  'detainees',
  'refugees',
  'workers',
  'students',
  'families',
  'villages',
  'schools',
  'countries',
  'nations',
];
const qualifiers = ['more than', 'up to', 'nearly', 'about', 'at least', 'some', 'fewer than', ''];
const scales = ['', ' thousand', ' million', ',000'];

export function generate(size: number, seed = 42): { claims: MatchClaim[]; planted: [string, string][] } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Subjects recur across articles: more claims, more subjects, each shared by ~100 claims.
  // Stories have their own names: a person and a village few other stories mention.
  const syllables = [
    'ka',
    'ro',
    'mi',
    'ta',
    'ne',
    'lu',
    'sa',
    'vo',
    'ri',
    'den',
    'gor',
    'bel',
    'an',
    'is',
    'ul',
    'zha',
    'qi',
    'mar',
  ];
  const coined = (parts: number) => {
    const word = Array.from({ length: parts }, () => pick(syllables)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const topics = Array.from({ length: Math.max(10, Math.round(size / 100)) }, () => ({
    person: `${coined(2)} ${coined(3)}`,
    village: coined(3),
    nouns: Array.from({ length: 10 }, () => pick(nouns)),
    // What the subject's count is: sources report it with their own rounding and qualifiers.
    figure: 1 + Math.floor(random() * 20),
    scale: pick(scales),
    unit: pick(units),
    verbs: Array.from({ length: 3 }, () => pick(verbs)),
    place: pick(places),
    actor: pick(actors.filter((actor) => actor.type !== 'group' && actor.type !== 'news-agency')),
    group: pick(actors.filter((actor) => actor.type === 'group')),
  }));
  const claims: MatchClaim[] = [];
  let article = 0;
  while (claims.length < size) {
    const topic = pick(topics);
    const publisher = pick(outlets);
    const length = 8 + Math.floor(random() * 20);
    for (let block = 0; block < length && claims.length < size; block++) {
      const actorName = pick([topic.actor.name, ...topic.actor.aliases]);
      const group = pick([topic.group.name, ...topic.group.aliases]);
      const [n1, n2, n3] = [pick(topic.nouns), pick(topic.nouns), pick(nouns)];
      // Half the claims name the story's own place or person.
      const where = random() < 0.5 ? topic.village : topic.place;
      const who = random() < 0.3 ? topic.person : actorName;
      const verb = pick(topic.verbs);
      const adjective = pick(adjectives);
      // Most reports give the subject's own figure; one in five another (an error, a rival estimate).
      const figure = `${random() < 0.8 ? topic.figure : 1 + Math.floor(random() * 20)}${topic.scale}`;
      const templates = [
        () =>
          (
            `${pick(qualifiers)} ${figure} ${group} ${topic.unit} have been ${verb} in ${adjective} ${n1}s ` +
            `in ${where}`
          ).trim(),
        () =>
          `${who} ${verb} the ${adjective} ${n1} near ${where} after ` +
          `the ${n2} ${pick(['talks', 'crisis', 'dispute', 'review'])}`,
        () =>
          `${actorName} denies any allegations of ${n1} ${pick(['abuse', 'fraud', 'negligence'])} at ` +
          `the ${n2} in ${where}`,
        () =>
          `Allegations of ${n1} ${pick(['abuse', 'fraud', 'negligence'])} at the ${n2} ` +
          `are ${pick(['rampant', 'widespread', 'growing'])}`,
        () =>
          `The ${n1} in ${where} was ${verb} in ${pick(['March', 'June', 'October', '2019', '2021'])}, ` +
          `according to ${actorName}`,
        () =>
          `"We will not allow the ${n1} to ` +
          `be ${verb}," ${random() < 0.5 ? topic.person : `the ${pick(['minister', 'spokesman', 'governor'])}`} ` +
          `said of the ${n3}`,
        () =>
          `${pick(['Critics', 'Residents', 'Officials', 'Analysts'])} say the ${adjective} ${n1} ` +
          `has ${verb} ${n2} access for ${group}`,
        () => `${figure} ${pick(units)} signed the ${n1} ${pick(['letter', 'petition', 'statement'])} to ${actorName}`,
        () =>
          `${pick(['Satellite images', 'Leaked documents', 'Witnesses'])} show ${pick(nouns)}s ` +
          `and ${pick(nouns)}s around the ${n1} in ${pick(places)}`,
        () =>
          `The ${pick(nouns)} ${pick(verbs)} by ${actorName} ` +
          `drew ${pick(['criticism', 'praise', 'protests'])} from ${pick(actors).name}`,
        () =>
          `${pick(adjectives)} ${pick(nouns)} ${pick(nouns)}s ` +
          `were ${pick(verbs)} ${pick(['last week', 'on Monday', 'this year', 'in 2020'])} ` +
          `near ${pick(places)}`,
        () =>
          `${actorName} ` +
          `has ${pick(['promised', 'refused', 'offered'])} ${pick(['talks', 'funding', 'an inquiry', 'access'])} ` +
          `on the ${n2} for the ${n3}`,
      ];
      const kind = Math.floor(random() * templates.length);
      const cited = random() < 0.4 ? [pick(speakers)] : [];
      claims.push({
        id: `c${claims.length}`,
        article: `a${article}`,
        text: templates[kind]!(),
        attribution: [publisher, ...cited],
        quantity: null,
        block,
      });
    }
    article++;
  }
  // Planted pairs: two reports of one count on one story, reworded, far apart in the corpus. Whether
  // the matcher links them measures what blocking loses: the pair must survive the candidate caps.
  const planted: [string, string][] = [];
  const used = new Set<number>();
  for (let pair = 0; pair < Math.floor(size / 200); pair++) {
    const topic = pick(topics);
    const [first, second] = [Math.floor(random() * size), Math.floor(random() * size)];
    if (first === second || used.has(first) || used.has(second)) continue;
    used.add(first).add(second);
    const group = () => pick([topic.group.name, ...topic.group.aliases]);
    claims[first]!.text =
      `More than ${topic.figure}${topic.scale} ${group()} have been detained in internment camps ` +
      `in ${topic.village}, according to ${topic.person}`;
    claims[second]!.text =
      `${topic.person} says up to ${topic.figure + 1}${topic.scale} ${group()} are locked up in camps ` +
      `near ${topic.village}`;
    planted.push([claims[first]!.id, claims[second]!.id]);
  }
  return { claims, planted };
}

function runOne(size: number): void {
  const { claims, planted } = generate(size);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { links, stats } = matchCorpus(claims, registry);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const linked = new Set(links.map((link) => `${link.from} ${link.to}`));
  const found = planted.filter(([a, b]) => linked.has(`${a} ${b}`) || linked.has(`${b} ${a}`)).length;
  console.log(JSON.stringify({ ...stats, seconds, cpuSeconds, peakMiB, planted: `${found}/${planted.length}` }));
}

if (import.meta.main && values.one) runOne(Number(values.one));
else if (import.meta.main) {
  console.log(
    'claims    candidate pairs     links (agrees/conflicts/refines/related)   planted found   wall time  ' +
      '  CPU time   peak memory',
  );
  for (const size of values.sizes.split(',').map(Number)) {
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--one', String(size)], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`size ${size} failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as MatchStats & {
      seconds: number;
      cpuSeconds: number;
      peakMiB: number;
      planted: string;
    };
    const types = `(${Object.values(result.byType).join('/')})`;
    console.log(
      `${String(result.claims).padStart(6)}  ${String(result.candidatePairs).padStart(15)} ` +
        ` ${String(result.links).padStart(9)} ${types.padEnd(32)}  ${result.planted.padStart(13)} ` +
        ` ${result.seconds.toFixed(1).padStart(8)} s  ${result.cpuSeconds.toFixed(1).padStart(8)} s ` +
        ` ${result.peakMiB.toFixed(0).padStart(8)} MiB`,
    );
  }
}

// A claim's words -> a statement a reader can take alone: the reporting frame left out, pronouns and
// short descriptions named from the article, hedges kept, and always a sentence statementSchema
// accepts. Drafted for ingest and for entries written before the claim model; shown as awaiting review.
import { alternatives } from '../lexicon/alternatives.ts';
import { months } from '../lexicon/calendar.ts';
import { negatingPronouns, selfDenyingForms, verbNegators } from '../lexicon/polarity.ts';
import { fragmentOpeningVerbs, saidSaysTold, speechActVerbs } from '../lexicon/reporting.ts';
import {
  abilityModals,
  didDoes,
  futureModals,
  haveBeAuxiliaries,
  otherModals,
  singularHaveBe,
} from '../lexicon/verbs.ts';
import { allegationStart, draftStance, hedged, type ClaimInContext } from './claim-model.ts';
import { abbreviations, gerundSubject, pastReporting, sentenceAround, speech, speechThat } from './frames.ts';
import { asStatement } from './statement-form.ts';
import { withoutFrames, wordsIn } from './statement-frames.ts';

/** Conjunctions a clause keeps from the sentence it was cut from. */
const connective = /^(?:and|but|yet|so|while|whereas|where|although|though|because)\s+/i;

// Auxiliaries (lexicon/verbs.ts), group by group as the rules below need them: a rule reads the fewest its
// case needs, so that fewer words pass for a verb.
/** After a name they make it a clause's subject: "Beijing has…", "Orsini would…". */
const tenseAuxiliaries = [...haveBeAuxiliaries, ...futureModals];
/** Those and "can", "could": after the noun phrase that a fragment starting with its verb is about. */
const subjectAuxiliaries = [...tenseAuxiliaries, ...abilityModals];
/** Every finite auxiliary but "do" and "shall": where "not" or "allegedly" goes. */
const finiteAuxiliaries = [...subjectAuxiliaries, ...otherModals];
/** Those and "did", "does": a verb follows ("the agency did…", "would appear…"). */
const verbAuxiliaries = [...finiteAuxiliaries, ...didDoes];

/** Verbs and auxiliaries a fragment can start with ("urged China to…", "would appear before…"): it lacks a subject. */
const verbFirst = new RegExp(
  String.raw`^(?:\p{Ll}+ly\s+\p{Ll}|(?:${verbAuxiliaries.join('|')}|${fragmentOpeningVerbs.join('|')}|\p{Ll}+ed)\b)`,
  'u',
);
const speechAct = new RegExp(String.raw`^(?:${speechActVerbs.join('|')})\b`);
const contractions = new Map([
  ['ca', 'cannot'],
  ['wo', 'will not'],
  ['sha', 'shall not'],
]);
/** The subject pronouns a statement must name instead. */
const personalPronoun = /^(he|she)\b/i;

/**
 * A sentence a reader can take alone: the words with their reporting frame left out (only when the
 * chain names who says it), pronouns and short descriptions at the start named from the paragraph
 * and the article, hedges kept, capitalised and closed with a full stop. Always satisfies statementSchema.
 */
export function draftStatement(claim: ClaimInContext, names: ReadonlyMap<string, string>): string {
  const sentence = sentenceAround(claim.before, claim.after, claim.text);
  let words = claim.text.replace(/\s+/g, ' ').trim();
  words = unwrapQuotes(words);
  words = oneSentence(words);
  const credited = claim.by.length > 0;
  // An accusation framed inside the words: the frame joins the sentence before them.
  let frame = sentence.before;
  const inner = claim.kind === 'quote' ? -1 : allegationStart(words);
  if (inner !== -1) {
    frame = `${frame}${words.slice(0, inner)}`;
    words = unwrapQuotes(words.slice(inner).trim());
  }
  if (credited) words = withoutFrames(words).replace(/(,?\s+and)\s+that\s+/g, '$1 ');
  words = words.replace(connective, '');
  const accused = accusation(frame);
  if (accused && claim.kind !== 'quote') {
    // "where it has been accused of": "it" is the sentence's subject, not the (unnamed) accuser.
    const subject = /^(?:it|they)$/i.test(accused.subject)
      ? (lastNamedSubject(frame) ?? accused.subject)
      : accused.subject;
    words = `${resolveStart(subject, claim, names, frame)} ${accused.verb} ${words}`;
  } else if (verbFirst.test(words)) {
    // "urged China to…": a speech act's subject is its claimant; "could close…" is not the speaker's.
    const subject =
      subjectBefore(sentence.before) ?? (credited && speechAct.test(words) ? names.get(claim.by.at(-1)!) : undefined);
    if (subject) words = `${resolveStart(subject, claim, names, sentence.before)} ${words}`;
  }
  words = resolveStart(words, claim, names, sentence.before);
  words = withoutAside(words);
  // "shouldn't" -> "should not": a statement spells out what its claimant says; a quotation keeps their words.
  if (claim.kind !== 'quote')
    words = words.replace(
      /\b(\p{L}+)n['’]t\b/gu,
      (_, verb: string) => contractions.get(verb.toLowerCase()) ?? `${verb} not`,
    );
  if (credited && claim.kind !== 'quote') words = asSaid(words, `${sentence.before} ${claim.text} ${sentence.after}`);
  // "Critics say the plan failed": an accusation keeps its hedge when the frame that carried it goes.
  if (
    draftStance(claim) === 'reports-allegation' &&
    !/\b(?:alleged|allegedly|accused|allegations?|accusations?)\b/i.test(words)
  )
    words = allegedly(words);
  // "Employers denied that they had refused to negotiate": the claimant asserts the opposite of the
  // words, and the statement is what the claimant asserts, never what it denies.
  if (draftStance(claim) === 'reports-denial' && !denialWords.test(words)) words = denied(words);
  return asStatement(words);
}

/** Words that carry the denial themselves ("Beijing denies any allegations…"): stated as they are. */
const denialWords = new RegExp(String.raw`\b(?:${selfDenyingForms.join('|')})\b`, 'i');

/** A negation in the words already ("not", "nobody", "didn't"). */
const negation = new RegExp(String.raw`\b(?:${[...verbNegators, ...negatingPronouns].join('|')})\b|n['’]t\b`, 'i');

/**
 * What a denier asserts: "not" after the first auxiliary ("they had not refused to negotiate"), else
 * "It is not true that …" (also when the words hold a negation already, which "not" would double).
 */
function denied(words: string): string {
  const aux = firstAuxiliary(words, true);
  if (aux && !negation.test(words)) return `${aux.before} ${aux.verb} not ${aux.after}`;
  // Lower case only for a word that opens any sentence, never a name.
  const lowered = words.replace(
    /^(?:The|A|An|They|It|He|She|We|This|These|Those|Its|Their|His|Her|Our|There)\b/u,
    (word) => word.toLowerCase(),
  );
  return `It is not true that ${lowered}`;
}

/** "allegedly" after the first auxiliary ("the plan would allegedly cost"), else before the whole sentence. */
function allegedly(words: string): string {
  const aux = firstAuxiliary(words, false);
  return aux ? `${aux.before} ${aux.verb} allegedly ${aux.after}` : `Allegedly, ${words}`;
}

const auxiliary = new RegExp(String.raw`^([^,;:“”"]{1,80}?)\s(${finiteAuxiliaries.join('|')})\s`, 'u');
// A negation also goes after "did"/"does"/"do" ("did not pay"); "allegedly" does not ("did allegedly pay").
const auxiliaryOrDo = new RegExp(String.raw`^([^,;:“”"]{1,80}?)\s(${[...verbAuxiliaries, 'do'].join('|')})\s`, 'u');

/** The first auxiliary verb of a clause, with the words before and after it: where "not" or "allegedly" goes. */
function firstAuxiliary(words: string, withDo: boolean): { before: string; verb: string; after: string } | undefined {
  const match = (withDo ? auxiliaryOrDo : auxiliary).exec(words);
  return match ? { before: match[1]!, verb: match[2]!, after: words.slice(match[0].length) } : undefined;
}

/** Words that open a clause, before its subject. */
const clauseOpeners = alternatives('where that which who as and but when while');
/** "…, where it has been accused of": the clause's subject and its passive "accused of". */
const passiveAccusation = new RegExp(
  String.raw`(?:^|[,;:]|\b(?:${clauseOpeners})\b)\s*((?:(?!\b(?:${clauseOpeners})\b)[^,;:]){1,60}?)\s+` +
    String.raw`((?:${haveBeAuxiliaries.join('|')})\s+(?:been\s+)?(?:\p{Ll}+ly\s+|also\s+)?accused\s+of)\s*["“‘]?\s*$`,
  'iu',
);

/** "where it has been accused of …", "X accused the agency of “…": the accused and the verb to put before the words. */
function accusation(before: string): { subject: string; verb: string } | undefined {
  const passive = passiveAccusation.exec(before);
  if (passive) return { subject: passive[1]!, verb: passive[2]!.replace(/\s+/g, ' ') };
  const active = /\baccus(?:ed|es|e)\s+(.{2,80}?)\s+of\s*["“‘]?\s*$/i.exec(before);
  if (active)
    return {
      subject: active[1]!,
      verb:
        /^(?:they|we|you|\p{L}+s)$/iu.test(active[1]!.split(/\s+/).at(-1)!) && !/['’]s$/.test(active[1]!)
          ? 'are accused of'
          : 'is accused of',
    };
  return undefined;
}

/** A clause's subject, a name or a short noun phrase, before its verb: "the county council says". */
const clauseSubject = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’.&-]*|the|a|an|its|their|his|her)(?:\s+[\p{L}'’.&-]+){0,5}?)\s+` +
    String.raw`(?:${subjectAuxiliaries.join('|')}|\p{Ll}+ed|\p{Ll}+s)\b`,
  'u',
);

/**
 * Whom a fragment that starts with its verb is about: the noun phrase just before it ("the group of
 * 22 nations" + "urged China…"), or after "and" the subject of the clause before ("A police statement
 * said Orsini had been held … and" + "would appear…": Orsini).
 */
function subjectBefore(before: string): string | undefined {
  const conjoined = /(?:,\s*|\s+)(?:and|but|or)\s*$/i.test(before);
  const clause = before.replace(/[\s,]*(?:\b(?:and|but|or))?\s*$/i, '');
  const cue = [...clause.matchAll(new RegExp(String.raw`\b(?:${speech}|${speechThat})\b(?:\s+that)?\s+`, 'gu'))].at(-1);
  const from = cue ? cue.index + cue[0].length : (/^\p{Lu}{3,}[^–—]{0,40}?\s[–—]\s+/u.exec(clause)?.[0].length ?? 0);
  const rest = clause.slice(from);
  // "…to save Kilbride Primary School, which the county council says" + "could close…": what "which" stands for.
  const relative =
    /(?:^|\s)((?:\p{Lu}[\p{L}'’&.-]*\s+){0,4}\p{Lu}[\p{L}'’&.-]*|the\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+),\s+(?:which|who)\s+(?:[^,]{1,60}\s)?$/u.exec(
      before.replace(new RegExp(String.raw`\b(?:${speech}|${speechThat})\s*$`, 'u'), ''),
    );
  if (relative) return relative[1];
  if (!conjoined) {
    if (/[,;:–—]\s*$/.test(before)) return undefined;
    const tail = rest.slice(rest.lastIndexOf(',') + 1).trim();
    return tail && wordsIn(tail) <= 8 && /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(tail) && !/["“”]/.test(tail)
      ? tail
      : undefined;
  }
  return clauseSubject.exec(rest)?.[1];
}

/** A capitalised name before its verb: "Beijing tries to", "Orsini would". */
const namedSubject = new RegExp(
  String.raw`(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+` +
    String.raw`(?:${tenseAuxiliaries.join('|')}|\p{Ll}+ed|\p{Ll}+s\s+(?:to|that))\b`,
  'gu',
);

/**
 * The last name in the sentence that is a clause's subject: "Beijing"
 * in "as Beijing tries to defend…", else the name that opens it.
 */
function lastNamedSubject(before: string): string | undefined {
  const notNames = /^(?:The|A|An|This|That|It|He|She|They|We|In|On|At|If|When|But|And)$/;
  const subjects = [...before.matchAll(namedSubject)];
  const opening = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+\p{Ll}+(?:s|ed)\b/u.exec(before.trim())?.[1];
  return (
    subjects
      .map((match) => match[1]!)
      .filter((name) => !notNames.test(name))
      .at(-1) ?? (opening && !notNames.test(opening) ? opening : undefined)
  );
}

/**
 * "The school, which opened in 1898, had 112 pupils": an aside
 * on the subject is another claim, unless it hedges this one.
 */
function withoutAside(words: string): string {
  const aside = /^((?:[\p{L}\d'’&.-]+\s+){0,5}[\p{L}\d'’&.-]+),\s+(?:which|who)\s+[^,“”"]{3,80},\s+(?=\p{Ll})/u.exec(
    words,
  );
  if (!aside || hedged(aside[0])) return words;
  return `${aside[1]} ${words.slice(aside[0].length)}`;
}

/** Words before the first verb that hold a verb of their own: that verb is the clause's. */
const verbOfItsOwn = new RegExp(String.raw`\b(?:${[...tenseAuxiliaries, ...saidSaysTold].join('|')})\b`);
/** Months that date a clause, by name ("May" is left out: it is a modal too). */
const datingMonths = [...months.filter((month) => month !== 'may'), String.raw`sept?\.`].join('|');
/** Words that date a clause to the past: "ago", "last week", "on Tuesday", "in 2019", "in March". */
const pastTime = new RegExp(
  String.raw`\b(?:ago|yesterday|last|earlier|previously|on\s+\p{Lu}\p{Ll}+day|then|at\s+the\s+time)\b|` +
    String.raw`(?<!\bsince\s)\b(?:(?:1[89]|20)\d{2}|${datingMonths})\b`,
  'iu',
);

/**
 * Reported speech in the claimant's own tense: "said 200 soldiers were on standby" states that they
 * are, "said she had written" that she has. Only the first verb, only "was/were/would/had", and not
 * when its clause dates it to the past, the verb is a passive event ("were injured"), or "would" is
 * a condition.
 */
function asSaid(words: string, frame: string): string {
  if (!pastReporting.test(frame) || /\b(?:if|unless)\b/i.test(words)) return words;
  // Not a passive that reports an event ("were injured", "was held"), nor "would have", "would be closed".
  const verb = /^([^,;:“”"]{2,80}?)\s(was|were|would|had)\b/u.exec(words);
  if (!verb || verbOfItsOwn.test(verb[1]!) || gerundSubject.test(`${verb[1]} `)) return words;
  const next = words.slice(verb[0].length);
  const irregular = alternatives(
    'been held hit shot hurt made told given taken seen found built kept left lost put set sent shut cut brought ' +
      'caught done born won paid sold bought struck led met spent read',
  );
  const participle = String.raw`(?:not\s+)?(?:\p{Ll}+(?:ed|en)|${irregular})\b`;
  const isParticiple = new RegExp(String.raw`^\s+${participle}`, 'u').test(next);
  if (
    verb[2] === 'had'
      ? !isParticiple
      : verb[2] === 'would'
        ? /^\s+(?:have|be\s+\p{Ll}+(?:ed|en))\b/u.test(next)
        : isParticiple
  )
    return words;
  // Its clause dates it to the past: "were closed last week", "was in 2019".
  const clause = words.slice(
    0,
    words.indexOf(',', verb[0].length) === -1 ? undefined : words.indexOf(',', verb[0].length),
  );
  // ("since August", "since 2019" go with the present: "have been arrested since August".)
  if (pastTime.test(clause)) return words;
  // "had been arrested" is "have been arrested" for a plural subject ("members"), "has" for one.
  const plural = /(?:\b(?:they|we|you|i)|[^s'’]s)$/i.test(verb[1]!.trim());
  const present = { was: 'is', were: 'are', would: 'will', had: plural ? 'have' : 'has' }[
    verb[2] as 'was' | 'were' | 'would' | 'had'
  ];
  return `${verb[1]} ${present}${words.slice(verb[0].length)}`;
}

/** "It was working…" is the speaking organisation's; "it is likely", "it would be" name nothing. */
const dummyItVerbs = new RegExp(
  String.raw`^it\s+(?:(?:${singularHaveBe.join('|')})\s+(?:not\s+)?["“]?(?!be\b)\p{Ll}+(?:ed|ing|en)\b|` +
    String.raw`(?:${[...futureModals, ...abilityModals, ...didDoes].join('|')})\s+(?:not\s+)?` +
    String.raw`(?!(?:${alternatives('be seem appear take remain become matter help mean')})\b)\p{Ll}+\b|\p{Ll}+ed\b)`,
  'iu',
);

/** "The school had…", "the ministry’s plan": "the" and one word, then its verb or a possessive. */
const shortDescription = new RegExp(
  String.raw`^the\s+(\p{Ll}+)(?=['’]s\b|,|\s+(?:${verbAuxiliaries.join('|')}|\p{Ll}+ed|\p{Ll}+s)\b)`,
  'iu',
);

/** The statement with a pronoun or a short description at its start named, when the context names it. */
function resolveStart(
  words: string,
  claim: ClaimInContext,
  names: ReadonlyMap<string, string>,
  before: string,
): string {
  const claimant = claim.by.at(-1);
  const claimantName = claimant ? names.get(claimant) : undefined;
  const type = claimant ? claim.types?.get(claimant) : undefined;
  // "She said she had written…": the speaker, when the speaker is a person.
  if (personalPronoun.test(words) && claimantName && type === 'person')
    return words.replace(personalPronoun, claimantName);
  // "The agency said it was working…": the organisation that speaks; a dummy "it is likely" stays.
  if (
    /^it\b/i.test(words) &&
    dummyItVerbs.test(words) &&
    claimantName &&
    type !== undefined &&
    !['person', 'unnamed', 'group'].includes(type)
  )
    return words.replace(/^it\b/i, asSubject(claimantName));
  const description = shortDescription.exec(words);
  if (description) {
    const noun = description[1]!;
    const named = fullerName(noun, claimantName, [...(claim.earlier ?? []), before]);
    if (named) return `${named}${words.slice(description[0].length)}`;
  }
  return words;
}

/**
 * A source's name as a sentence's subject: "the Chinese foreign
 * ministry", "the regional health agency", but "Priya Sandhu".
 */
function asSubject(name: string): string {
  return /^(?:the|a|an)\s/i.test(name) || !/^\p{Ll}|\s\p{Ll}/u.test(name) ? name : `the ${name}`;
}

/** Words that end a description before its noun: "the regional health agency", not "the head of the agency". */
const notInDescription = alternatives('the of in to and or that which who was is has had said a an');

/**
 * What the article calls "the <noun>" in full: the claimant's name ending with
 * it, else the latest "Kilbride Primary School" or "the regional health agency".
 */
function fullerName(noun: string, claimantName: string | undefined, texts: readonly string[]): string | undefined {
  if (
    /^(?:one|same|other|first|last|next|former|latter|rest|way|fact|number|case|time|year|day|week|month|end)$/.test(
      noun,
    )
  )
    return undefined;
  if (claimantName && new RegExp(String.raw`\s${noun}$`, 'iu').test(claimantName)) return asSubject(claimantName);
  const proper = new RegExp(
    String.raw`((?:\p{Lu}[\p{L}'’&.-]*\s+){1,4})${noun.charAt(0).toUpperCase()}${noun.slice(1)}\b`,
    'gu',
  );
  const described = new RegExp(
    String.raw`\b[Tt]he\s+((?:(?!(?:${notInDescription})\s)[\p{L}'’-]+\s+){1,3}${noun})\b`,
    'gu',
  );
  for (const text of [...texts].reverse()) {
    const found = [...text.matchAll(proper)]
      .map((match) => ({ at: match.index, name: match[0] }))
      .concat([...text.matchAll(described)].map((match) => ({ at: match.index, name: `the ${match[1]}` })))
      .filter(({ name }) => !/^(?:The|A|An|This|That|In|On|At|But|And)\s/.test(name) || /^the\s/.test(name))
      .sort((a, b) => b.at - a.at)[0];
    if (found) return found.name;
  }
  return undefined;
}

/** The words of a quotation, without the marks around them when they open and close it. */
function unwrapQuotes(words: string): string {
  const inner = /^["“‘'](.*)["”’']$/.exec(words)?.[1];
  return inner !== undefined && !/["“”]/.test(inner)
    ? inner
    : words.replace(/^["“]([^"“”]*)$/, '$1').replace(/^([^"“”]*)["”]$/, '$1');
}

/** Words that open a sentence and can be lowercased when it is joined to the one before. */
const commonOpeners =
  /^(?:This|The|These|Those|That|There|It|Its|We|Our|They|Their|He|His|She|Her|A|An|Until|But|And|So|Nothing|No|Not|In|On|At|For|If|When|As|After|Before|All|Some|Many|Most|Every|Each|One)\b/;

/** Sentences joined into one with semicolons: a statement is one sentence. */
function oneSentence(words: string): string {
  return words.replace(/([\p{L}\d”’")])\.\s+(\[?\p{Lu}\p{L}*)/gu, (whole, last: string, next: string, at: number) => {
    if (abbreviations.test(words.slice(0, at + last.length))) return whole;
    return `${last}; ${commonOpeners.test(next.replace(/^\[/, '')) ? next.toLowerCase() : next}`;
  });
}

// Words that carry no fact of their own: function words and reporting verbs (never content keys),
// words of scope and direction that weigh a quarter of a content word, and titles before a name.

// Common English function words, plus reporting verbs: "said" and "according" tell who speaks (the
// attribution chain has that), not what was said.
export const stopwords: ReadonlySet<string> = new Set(
  `a about above after again against all also am among an and any are as at be because been before being
  below between both but by can could did do does doing down during each either even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its
  itself just least less let like may me might more most much must my myself neither nor now of off on once
  only or other others our ours ourselves out over own per quite rather same shall she should since so some
  such than that the their theirs them themselves then there these they this those through thus to too under
  until up upon us very via was we were what whatever when where whether which while who whom whose why will
  with within without would yet you your yours yourself including amid whereby
  according add added adding says say said saying tell telling told stated
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
  thousand thousands million millions billion billions dozen dozens`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Of `titles`, those that make the name after them a person's ("Minister Anna Roos", "Mr Feith"): not
 * "general" or "chief", which also open a company's name ("General Motors"), nor the qualifiers of an office.
 */
export const personalTitles: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr prof sir dame lord lady gen lt lieut col sgt capt adm cmdr president premier minister
  secretary senator sen rep gov governor mayor judge ceo chairman chairwoman`
    .split(/\s+/)
    .filter(Boolean),
);

// Words news text uses around any fact ("first", "region", "recent years", "made"), and words of
// direction and scope ("far western region", "Western diplomats", "foreign ministry"): kept, but they
// weigh a quarter of a content word, so two claims do not look alike for sharing them.
export const weakWords: readonly string[] =
  `first last next new old recent time year month day week today yesterday region area part way far major
  mark make made take taken come came go goes gone went give given gave get got see seen want use used well still back
  around end number group issue situation fact thing world place level high low large small big long little many
  several various likely possible include call try show current ongoing despite previous early late
  continue begin start top key main
  north south east west northern southern eastern western central upper lower inner outer nearby
  foreign international national regional global local domestic`
    .split(/\s+/)
    .filter(Boolean);

// Titles before a name ("Mr Blix", "Gen Richard Myers", "Health Minister Anne McLellan").
export const titles = new Set(
  `mr mrs ms miss dr prof sir dame lord lady gen general lt lieut col sgt capt adm cmdr president vice premier
  prime minister secretary senator sen rep gov governor mayor judge justice chief ceo chairman chairwoman health
  finance foreign interior defence defense transport`
    .split(/\s+/)
    .filter(Boolean),
);

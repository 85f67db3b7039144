// Kinds of unit a count is in: two counts compare only in one kind (people, countries, percent…).

/** Nouns for counted people; a registry's groups ("Uyghurs") join them, so its members count as people. */
export const personNouns = ['people', 'person', 'individual', 'resident', 'citizen', 'civilian', 'detainee', 'prisoner', 'inmate', 'refugee', 'migrant', 'worker', 'protester', 'demonstrator', 'child', 'children', 'woman', 'women', 'man', 'men', 'muslim', 'minority', 'victim', 'student', 'soldier', 'troop', 'journalist', 'member', 'adult', 'patient', 'voter', 'inhabitant', 'local', 'villager', 'family', 'families'];
export const unitClasses: Record<string, string[]> = {
  people: personNouns,
  countries: ['country', 'nation', 'state', 'government', 'member state', 'economy'],
  percent: ['percent', 'per cent', '%', 'percentage point', 'percentage'],
  dollars: ['dollar', 'usd', 'us dollar'],
  years: ['year'],
  days: ['day'],
};

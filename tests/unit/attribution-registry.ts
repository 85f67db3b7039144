// The registry of the attribution tests: an outlet, an agency, unnamed sources, a ministry under its
// government, a department and a person, with the aliases articles call them by.
import { VFile } from 'vfile';
import { readRegistry } from '../../src/core/content/registry.ts';

export const registry = readRegistry(
  new VFile({
    value: `- id: courier
  name: The Valley Courier
  type: outlet
  aliases: [the Courier]
- id: reuters
  name: Reuters
  type: news-agency
  aliases: [the Reuters news agency, the agency]
- id: diplomatic-sources
  name: Diplomatic sources
  type: unnamed
  aliases: [one source]
- id: foreign-ministry
  name: Foreign ministry of Arland
  type: government-body
  affiliation: arland
  aliases: [the foreign ministry, the ministry]
- id: arland
  name: Government of Arland
  type: government
  aliases: [Arland]
- id: state-department
  name: US State Department
  type: government-body
- id: john-fisher
  name: John Fisher
  type: person
  aliases: [Fisher]
`,
  }),
);

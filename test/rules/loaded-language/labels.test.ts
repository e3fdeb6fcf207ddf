import { ruleTester } from '../rule-tester';
import { labels } from '../../../server/src/rules/loaded-language/labels';

ruleTester(labels, {
  valid: [
    // Attributed in the same sentence, or an official designation.
    'Police said the suspect was a terrorist.',
    'The attack was the work of extremists, the interior minister said.',
    'The State Department designated the group a terrorist organization in 2019.',
    '"He is a terrorist," the prosecutor told the jury.',
    // Acts, compounds and names.
    'He was charged with terrorism.',
    'The cult film drew a large crowd.',
    'Anti-terrorist police raided the building.',
    'Free radicals damage cells.',
  ],
  invalid: [
    { text: 'Anti-vaxxers have distributed pamphlets in the community.', errors: [{ text: 'Anti-vaxxers' }] },
    { text: 'Local anti-vaxxers handed out leaflets.', errors: [{ text: 'anti-vaxxers' }] },
    { text: 'The group is a terrorist organization.', errors: [{ text: 'terrorist', message: /contentious label/, severity: 'warning', output: 'The group is a militant organization.' }] },
    { text: 'The terrorists fled across the border.', errors: [{ text: 'terrorists', output: 'The attackers fled across the border.' }] },
    { text: 'Police shot the terrorist outside the station.', errors: [{ text: 'terrorist', output: 'Police shot the attacker outside the station.' }] },
    { text: 'The terrorist group said it carried out the bombing.', errors: [{ text: 'terrorist' }], name: 'a label on the source itself is not attributed' },
    { text: 'Two extremists were arrested on Tuesday.', errors: [{ text: 'extremists', output: null }] },
    { text: 'Members of the cult moved to Oregon in 1981.', errors: [{ text: 'cult' }] },
    { text: 'The bill would cut services for illegal immigrants.', errors: [{ text: 'illegal immigrants' }] },
    { text: 'The pro-life movement held a rally in Washington.', errors: [{ text: 'pro-life', output: 'The anti-abortion movement held a rally in Washington.' }] },
  ],
});

ruleTester(labels, {
  valid: ['Her party traces its roots to a movement founded by supporters of the fascist dictator Benito Mussolini.', 'She rose through the youth wing of the post-fascist Italian Social Movement.'],
  invalid: [],
});

import { ruleTester } from '../rule-tester';
import { orphanQuote } from '../../../server/src/rules/attribution/orphan-quote';

ruleTester(orphanQuote, {
  valid: [
    '"We will rebuild," Mayor Ana Ruiz said. "It will take time, but we will do it."',
    'Mayor Ana Ruiz told the council: "We have no choice but to raise taxes this year."',
    'Mayor Ana Ruiz spoke first.\n\n"We have no choice but to raise taxes this year," she said.',
    '“We will rebuild,” the mayor said. “It will take years.\n\n“But we will do it together.”',
    'Residents voted "no" on the measure.',
    'Moscow says that is an unacceptable "red line."',
    'The band played "Born in the U.S.A." at the rally.',
    'The mayor called the plan "a reckless gamble with public money."',
    '# "We will rebuild": mayor vows recovery\n\nMayor Ana Ruiz said the city would recover.',
    // Glosses and translations are not speech.
    'The black hole was given a Hawaiian name, Powehi, meaning "embellished dark source of unending creation," chosen by Larry Kimura.',
    'The festival is called Diwali, which translates as "row of lights," and lasts five days.',
    'The word is Hawaiian for "embellished dark source of creation," and it was chosen last week.',
    'The acronym stands for "gross domestic product per capita adjusted," economists say.',
    'The town\'s name means "the place where the river bends sharply," in the local language.',
  ],
  invalid: [
    {
      text: 'Thousands watched on screens.\n\n"This is the day we have been waiting for."',
      errors: [{ text: '"This is the day we have been waiting for."', message: /no speaker/ }],
    },
    {
      text: 'Banks suspended services.\n\n“We have lived through this before, and we know how it ends.”',
      errors: [{ text: '“We have lived through this before, and we know how it ends.”' }],
    },
    {
      // A quotation after a verb that is not a gloss is still somebody's words.
      text: 'The crowd fell silent.\n\nFor months, "we have waited for an answer that never came."',
      errors: [{ text: '"we have waited for an answer that never came."' }],
    },
  ],
});

ruleTester(orphanQuote, {
  valid: [
    '"They were in the hallway, where you\'re supposed to be," said their granddaughter, Keisha Gaines-Mott, 31. "The whole house came down."',
    'Ukraine\'s foreign minister, Dmytro Kuleba, wrote on Twitter that Putin had "just launched a full-scale invasion of Ukraine" and called on the world to act.',
    'Garry Tan, chief executive of Y Combinator, called the failure "an extinction-level event for startups" and urged regulators to act.',
    'Jackson, in a separate dissent, wrote that "deeming race irrelevant in law does not make it so in life."',
    'Truss, speaking outside Downing Street, wished Sunak "every success" and said she remained "more convinced than ever that we need to be bold."',
    '"She was the first person our kids saw every morning and the last one they saw every afternoon," Grant said. "This whole school is grieving."',
    'President Joe Biden congratulated Sheinbaum in a statement on Monday and said he looked forward to working with her "in the spirit of partnership and friendship that benefits both our countries."',
    'Musk walked in carrying a sink, posting a video with the caption "Entering Twitter HQ – let that sink in!"',
    'Szymanski addressed the crowd.\n\n"My dad walked through that gate in 1957, and I walked through it in 1983.\n\n"It feels like being gutted. They sent us a letter.\n\n"But this town is not finished," Szymanski said.',
  ],
  invalid: [],
});

ruleTester(orphanQuote, {
  valid: [
    'His favorite saying, repeated at every rally, was "Nobody remembers who came in second place."',
    'Her best-known warning on the subject, which she repeated for years, was "Nobody will save us if we do not save ourselves."',
    '"Indiana Jones and the Dial of Destiny," which opened two weeks earlier, slipped to fourth.',
    'Ana Ruiz, a councilwoman who wrote the measure, said in a statement that the city now had rules "to protect tenants, cut delays and keep rents in check."',
  ],
  invalid: [],
});

ruleTester(orphanQuote, {
  valid: [
    'Chief Executive Ana Ruiz, who took over in March, on a Tuesday, wrote to staff that the company would be "a place where every idea gets a hearing and every hearing gets a decision."',
    '"I\'m just happy. It\'s not about me, it\'s about the team," Dončić said. "The city deserved this."',
  ],
  invalid: [],
});

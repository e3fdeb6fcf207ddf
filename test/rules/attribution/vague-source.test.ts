import { ruleTester } from '../rule-tester';
import { vagueSource } from '../../../server/src/rules/attribution/vague-source';

ruleTester(vagueSource, {
  valid: [
    'Many in the crowd saw the goal as it happened.',
    'Goldman Sachs economist Jan Hatzius sees a recession as likely.',
    'Analysts polled by FactSet had expected revenue of $24.65 billion.',
    'Goldman Sachs analysts say demand is strong.',
    'Analysts said the results were strong.',
    'Deliveries were fewer than analysts had expected.',
    'Economists expect inflation of 3% this year.',
    'The rover touched down in a crater where scientists hope to find evidence of ancient life.',
    'The company blamed the loss on weak demand in China.',
    'The company is expected to report earnings on Tuesday.',
    'Police said the suspect reportedly fled on foot.',
    'Senator Jane Doe and other critics say the bill is rushed.',
    'The critics say the bill is rushed.',
    '"Some analysts believe it will fail," the minister said.',
    'Three economists interviewed by Reuters said inflation would ease.',
    { text: 'After the death of Diana, Princess of Wales, in 1997, she was criticised for remaining at Balmoral for days.', name: 'a reaction years back is history on the record' },
    { text: 'Senior U.S. officials say the deployment is larger than in 2014.', name: 'anonymous officials are anonymous-source\'s to report' },
  ],
  invalid: [
    { text: 'Some in the industry see the rule as overdue.', errors: [{ text: 'Some in the industry see' }] },
    { text: 'Many in Hollywood see the win as a turning point for films in other languages.', errors: [{ text: 'Many in Hollywood see' }] },
    { text: 'Many on Wall Street now see a recession as all but certain.', errors: [{ text: 'Many on Wall Street now see' }] },
    { text: 'Some on Capitol Hill see the deal as a giveaway to insurers.', errors: [{ text: 'Some on Capitol Hill see' }] },
    { text: 'Some analysts believe the move is a test of resolve.', errors: [{ text: 'Some analysts believe', message: /vague source/ }] },
    { text: 'A number of observers contend that the plan will fail.', errors: [{ text: 'A number of observers contend' }] },
    { text: 'Critics say the communique is vague.', errors: [{ text: 'Critics say' }] },
    { text: 'Experts warn that the virus could return this winter.', errors: [{ text: 'Experts warn' }] },
    { text: 'Investors fear that the chief executive is distracted.', errors: [{ text: 'Investors fear' }] },
    { text: 'Many residents feel the increase is unfair to retirees.', errors: [{ text: 'Many residents feel' }] },
    { text: 'Many are already calling it the comeback of the decade.', errors: [{ text: 'Many are already calling' }] },
    { text: 'It is widely expected that the Senate will acquit the president.', errors: [{ text: 'It is widely expected', message: /expected by whom/ }] },
    { text: "It's thought that the minister will resign.", errors: [{ text: "It's thought" }] },
    { text: 'The minister is widely believed to be planning a run for office.', errors: [{ text: 'is widely believed' }] },
    { text: 'The singer reportedly left the band in March.', errors: [{ text: 'reportedly', message: /according to whom/ }] },
    { text: 'By some accounts, the deal was signed in secret.', errors: [{ text: 'By some accounts' }] },
  ],
});

ruleTester(vagueSource, {
  valid: [
    'Scientists expect the collision to have shortened the orbit by about 10 minutes.',
    'Investors poured money into bonds, which are considered among the safest investments.',
    'Elizabeth was born in London in 1926 and was not expected to become queen.',
    'Thousands more stayed put, and some called for help as the water rose.',
  ],
  invalid: [
    { text: 'Observers in Seoul widely assume that Moon will push for talks.', errors: [{ text: 'Observers in Seoul widely assume' }] },
    { text: 'Many Britons feel the monarchy has lost its way.', errors: [{ text: 'Many Britons feel' }] },
    { text: 'Some in the business community fear the reforms will scare off investors.', errors: [{ text: 'Some in the business community fear' }] },
    { text: 'Neighbors say the defendant drove too fast.', errors: [{ text: 'Neighbors say' }] },
    { text: 'The senator is widely considered the front-runner.', errors: [{ text: 'is widely considered' }] },
    { text: 'Economists widely expect Britain to fall into recession within a year.', errors: [{ text: 'Economists widely expect' }], name: 'a forecast with a consensus adverb is a generalisation' },
    { text: 'Some doctors blame the outbreak on misinformation.', errors: [{ text: 'Some doctors blame' }] },
    { text: 'In 2022, the plan was criticized as reckless.', errors: [{ text: 'was criticized' }], name: 'a recent year does not make a view history' },
  ],
});

ruleTester(vagueSource, {
  valid: [
    'The new telescope will help astronomers understand how stars form, the director said.',
    'Some growers reported hail damage in the northern fields.',
    'Many renters never file complaints because they fear eviction, Housing Director Ana Ruiz told the panel.',
  ],
  invalid: [
    { text: 'Many voters believe the economy is getting worse.', errors: [{ text: 'Many voters believe' }] },
  ],
});

ruleTester(vagueSource, {
  valid: [
    'The bonds are considered among the safest investments.',
    'Thompson had been seen in Jamaica as a possible successor after his win.',
    'Russia has occupied about 18% of the territory, according to Ukrainian officials.',
    'She told analysts on a conference call that orders were growing.',
  ],
  invalid: [
    { text: 'The new envoy is widely seen as a safe pair of hands.', errors: [{ text: 'is widely seen' }] },
    { text: 'Many in his own party believe the timing is a mistake.', errors: [{ text: 'Many in his own party believe' }] },
  ],
});

// A personified market given a feeling or verdict with no source.
ruleTester(vagueSource, {
  valid: [
    { text: 'Wall Street rallied, with the S&P 500 closing up 1.4% at 4,512.', name: 'a market movement reported with its figures is a fact' },
    'Investors sold the bank\'s shares after the filing, sending them down 12%.',
    'Investors cheered the merger, according to analysts at Barclays.',
    'Investors welcomed the guidance, said Ana Ruiz, a portfolio manager at Northwind Capital.',
    '"Wall Street will cheer these numbers," said Dan Ives, an analyst at Wedbush.',
    { text: 'Washington welcomed the ceasefire and urged both sides to keep talking.', name: 'a capital speaking for its government is a source' },
    'A Wall Street bank applauded by regulators last year collapsed on Friday.',
    'Fans cheered as the team bus arrived at the stadium.',
    'The stock market celebrated its 100th anniversary with a closing bell ceremony.',
    'Investors hailed a cab outside the exchange.',
    'Shareholders applauded when the chairman announced the dividend at the annual meeting.',
    'After a wall, street vendors cheered the runners past the finish.',
  ],
  invalid: [
    { text: 'Wall Street cheered the quarterly figures, and the shares jumped 7%.', errors: [{ text: 'Wall Street cheered', message: /vague source/ }] },
    { text: 'Global investors broadly welcomed the central bank\'s decision.', errors: [{ text: 'investors broadly welcomed' }] },
    { text: 'The markets welcomed the agreement as a turning point for the region.', errors: [{ text: 'The markets welcomed' }] },
    { text: 'Bonds rose on Tuesday as investors applauded the new finance minister.', errors: [{ text: 'investors applauded' }] },
  ],
});

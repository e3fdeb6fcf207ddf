import { ruleTester } from '../rule-tester';
import { emotive } from '../../../server/src/rules/loaded-language/emotive';

ruleTester(emotive, {
  valid: [
    'The cliff was crumbling into the sea.',
    // Literal crushing: a physical thing as the subject, also of a coordinated verb.
    'A wall gave way under heavy rain early Tuesday and crushed huts on the hillside, killing 18 people.',
    'Falling debris crushed two parked cars outside the station.',
    // Literal choking: a transitive, physical sense.
    'Nutrient runoff from farms was choking them, and the seagrass beds shrank by half.',
    'Algae blooms are choking the river below the dam.',
    // The clause after a verb of reassurance is the speaker's.
    'Musk visited the headquarters and sought to reassure them that the site would not descend into chaos.',
    'The minister assured investors that the transition would not lead to chaos.',
    // Physical crumbling of material; scholarship on biblical texts.
    'Waves undercut the crumbling cliffs along the coast.',
    'Workers removed crumbling plaster from the ceiling.',
    'Scholars of biblical texts met in Jerusalem.',
    // Literal senses.
    'Rescuers found two workers crushed under the rubble.',
    'Add a cup of crushed ice to the blender.',
    'A man choked on a piece of steak at the restaurant.',
    'The roof caved in after two days of heavy snow.',
    'The new tax regime takes effect in January.',
    'The sanctions regime will be tightened next month.',
    'He was charged with reckless driving.',
    'Police defused an explosive device near the station.',
    'The laboratory helps maintain the arsenal without explosive testing.',
    'Divers recovered a bloated body from the river.',
    'Her grandparents ran a traveling circus in Ohio.',
    // A result with its score is routine sports copy.
    'The Yankees crushed the Red Sox 12-2 on Sunday.',
    // Quotations, and paraphrases attributed to a named source.
    '"It is tragic that the president\'s reckless actions make impeachment necessary," Pelosi said.',
    'Blinken called on Russia to abandon its reckless and aggressive actions against Ukraine.',
    'Blinken called Russia\'s actions reckless.',
    'Pelosi said the president\'s conduct was reckless and dangerous.',
    'Blinken urged Russia to abandon its reckless actions.',
    'Blinken accused Russia of reckless and aggressive behavior.',
    'Pelosi criticized the president for his reckless conduct.',
    'Blinken warned that Russia\'s reckless actions could lead to war.',
    'The plan was reckless, the senator said.',
    'The attack was barbaric, according to the prosecutor.',
    'The mayor described the budget as bloated, according to the minutes.',
    // Names: a capitalised word mid-sentence.
    'Tickets for the Brutal Truth tour go on sale in May.',
    'She joined the Chaos Computer Club in 1999.',
  ],
  invalid: [
    { text: 'Residents braced for biblical floods after days of rain.', errors: [{ text: 'biblical floods', output: 'Residents braced for severe floods after days of rain.' }] },
    { text: 'Despite heavy spending, the crumbling network still suffers dozens of serious accidents a year.', errors: [{ text: 'crumbling', output: 'Despite heavy spending, the aging network still suffers dozens of serious accidents a year.' }] },
    { text: 'The state has poured money into its crumbling schools.', errors: [{ text: 'crumbling' }] },
    { text: 'Floodwaters swept through the town on Tuesday after a biblical deluge.', errors: [{ text: 'biblical deluge', output: 'Floodwaters swept through the town on Tuesday after a heavy rain.' }] },
    { text: 'Residents described flooding of biblical proportions.', errors: [{ text: 'biblical proportions', output: null }] },
    { text: 'The council descended into chaos on Tuesday.', errors: [{ text: 'chaos' }] },
    // Adjectives the tagger reads as a name or a noun.
    { text: 'Embattled Boeing said it had full confidence in the jet.', errors: [{ text: 'Embattled' }] },
    { text: 'Roads flooded again, a yearly spectacle of callous civic neglect.', errors: [{ text: 'callous' }] },
    { text: 'The Federal Reserve failed to calm investors terrified that the outbreak would spread.', errors: [{ text: 'terrified' }] },
    { text: 'The mercurial billionaire celebrated on Twitter.', errors: [{ text: 'mercurial' }] },
    // A crackdown or a defeat, even after a coordinated verb with another subject nearby.
    { text: 'Troops surrounded the square and crushed the protest within hours.', errors: [{ text: 'crushed' }] },
    { text: 'The minister met truck drivers and crushed their strike.', errors: [{ text: 'crushed' }] },
    { text: "Blinken's trip came weeks after the Russian military crushed Ukraine.", errors: [{ text: 'crushed', message: /emotive/, severity: 'warning', output: "Blinken's trip came weeks after the Russian military defeated Ukraine." }] },
    { text: 'The army crushes every protest within hours.', errors: [{ text: 'crushes', output: 'The army defeats every protest within hours.' }] },
    { text: 'The council approved a bloated $48.6 million budget.', errors: [{ text: 'bloated', output: 'The council approved a large $48.6 million budget.' }] },
    { text: 'The party suffered a humiliating setback in the election.', errors: [{ text: 'humiliating' }] },
    { text: 'Tesla said it delivered 405,278 vehicles, capping a disastrous year for its stock.', errors: [{ text: 'disastrous', output: null }] },
    { text: 'Molinari choked on the back nine and finished third.', errors: [{ text: 'choked', output: 'Molinari faltered on the back nine and finished third.' }] },
    { text: 'The Cubs choked in the ninth inning.', errors: [{ text: 'choked' }] },
    { text: 'Erdogan caved late Monday and agreed to send the bid to parliament.', errors: [{ text: 'caved', output: 'Erdogan relented late Monday and agreed to send the bid to parliament.' }] },
    { text: 'The company caved to pressure from investors.', errors: [{ text: 'caved to', output: 'The company yielded to pressure from investors.' }] },
    { text: 'The Assad regime denied the report.', errors: [{ text: 'regime', output: 'The Assad government denied the report.' }] },
    { text: 'Musk spent two months consumed by the Twitter circus.', errors: [{ text: 'circus' }] },
    { text: 'The House approved both articles, a stinging rebuke of the president.', errors: [{ text: 'stinging rebuke', output: 'The House approved both articles, a rebuke of the president.' }] },
    { text: 'Shares of the company tanked after the report.', errors: [{ text: 'tanked', output: 'Shares of the company fell after the report.' }] },
    { text: 'Shares had tanked by midday.', errors: [{ text: 'tanked', output: 'Shares had fallen by midday.' }] },
    { text: 'The report drew scathing criticism from lawmakers.', errors: [{ text: 'scathing', output: null }], name: 'no "critical criticism"' },
    { text: 'The inspector general issued a scathing report.', errors: [{ text: 'scathing', output: 'The inspector general issued a critical report.' }] },
    { text: 'The monstrous storm came ashore at 3 p.m., according to the hurricane center.', errors: [{ text: 'monstrous' }], name: '"according to" sources the facts, not the writer\'s description' },
    { text: 'Sheinbaum was elected president on Sunday, trouncing her main rival.', errors: [{ text: 'trouncing', output: 'Sheinbaum was elected president on Sunday, defeating her main rival.' }] },
    { text: 'Trump stormed out of the meeting.', errors: [{ text: 'stormed out of', output: 'Trump left the meeting.' }] },
    { text: 'The plan was a fiasco from the start.', errors: [{ text: 'fiasco', output: 'The plan was a failure from the start.' }] },
    { text: 'Critics called the plan reckless.', errors: [{ text: 'reckless' }], name: 'a vague source does not make a judgement attributed' },
    { text: '# Army crushes rebels in the north\n\nThe army said it had retaken the town.', errors: [{ text: 'crushes' }] },
  ],
});

ruleTester(emotive, {
  valid: [
    'The warehouse was gutted by fire on Tuesday.',
    '"It was terrifying," said Ana Ruiz, who was on the flight.',
    'The storm made landfall as a Category 4 hurricane.',
  ],
  invalid: [
    { text: 'The turbulence was terrifying for passengers.', errors: [{ text: 'terrifying' }] },
    { text: 'The board rammed through the closures on a 4-3 vote.', errors: [{ text: 'rammed through' }] },
    { text: 'The cuts are gutting rural health care.', errors: [{ text: 'gutting' }] },
    { text: 'The academy snubbed the director again.', errors: [{ text: 'snubbed' }] },
  ],
});

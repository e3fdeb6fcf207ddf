import { ruleTester } from '../rule-tester';
import { misspelled } from '../../../server/src/rules/names/misspelled';

ruleTester(misspelled, {
  valid: [
    // Public figures known by name alone, spelled right; relatives and namesakes with other given names.
    { text: 'The oceanographer Jacques-Yves Cousteau made the film. Cousteau later wrote about it.', date: '2021-09-29' },
    { text: 'The physicist Stephen Hawking wrote the book with his daughter, Lucy Hawking.', date: '2019-04-10' },
    { text: 'Jacques Costa, a baker in Lyon, said bread prices rose.', date: '2021-09-29' },
    // English words after a given name that are not a known surname one letter short.
    { text: 'President Joe Biden spoke in the Rose Garden on Monday, and Mark Page of Austin said the event was brief.', date: '2024-06-14' },
    { text: 'Jacques Costa and Marie Curi, two students in Lyon, won the prize.', date: '2021-09-29' },
    { text: 'John Majors, a farmer in Iowa, said the crop was poor.', date: '2024-06-12' },
    { text: 'Tedros Adhanom Ghebreyesus spoke in Geneva. Tedros Adhanom said the agency was ready.', date: '2020-03-11' },
    { text: 'Dr. Tedros Adhanom Ghebreyesus spoke in Geneva.', date: '2020-03-11' },
    // Correct, if unusual, names; accepted variants; short forms.
    { text: 'Tiger Woods finished ahead of Dustin Johnson, Xander Schauffele and Brooks Koepka.', date: '2019-04-14' },
    { text: 'Rep. Tulsi Gabbard of Hawaii voted "present." Sen. Kyrsten Sinema of Arizona won changes.', date: '2022-08-16' },
    { text: 'Lithuanian President Gitanas Nausėda hosted the summit. Nauseda said allies were united.', date: '2023-07-12' },
    { text: 'Aung San Suu Kyi was detained. Suu Kyi, 75, won the Nobel Peace Prize in 1991.', date: '2021-02-01' },
    { text: 'WHO Director-General Tedros Adhanom Ghebreyesus spoke. "It is over," Tedros told reporters.', date: '2023-05-05' },
    { text: 'Their leaders, Chandrababu Naidu and Nitish Kumar, are crucial to Modi.', date: '2024-06-05' },
    { text: 'Secretary of State Antony Blinken arrived. Blinken also said the U.S. would help.', date: '2021-05-06' },
    { text: 'Senate Majority Leader Chuck Schumer and Sen. Joe Manchin met. Charles Schumer later spoke.', date: '2022-08-01' },
    { text: 'Vice President JD Vance was sworn in by Justice Brett Kavanaugh.', date: '2025-01-20' },
    // Names unlike every name in the knowledge base are never flagged.
    { text: 'Circuit Judge Marguerite Szczepanski-Obi imposed the sentence. Assistant Prosecutor Kwabena Lindqvist spoke.', date: '2022-03-17' },
    { text: 'Council President Tomasz Wierzbicki said the reserve fund was low. "We can\'t keep borrowing," Wierzbicki said.', date: '2024-06-12' },
    // A real surname with no context pointing at someone else.
    { text: 'Sean Kavanagh, a Dublin publican, said trade was slow. Kavanagh has run the bar since 1998.', date: '2024-06-12' },
    { text: 'Martin Schulz, a former European Parliament president, spoke in Berlin.', date: '2024-06-12' },
    // A full name introduced in the draft is that person, however close to a famous name.
    { text: 'Local baker Harold Erdogen opened a shop. Erdogen said business was good.', date: '2024-06-12' },
    // Another accepted transliteration of a name is not a misspelling.
    { text: 'Defense Minister Yoav Gallant said the operation would continue. Gallant spoke in Tel Aviv.', date: '2023-03-01' },
    { text: 'Kremlin spokesman Dmitri Peskov said. Foreign Minister Sergei Lavrov agreed.', date: '2023-03-01' },
    // A regnal number that is the person's own; a historical king named without a title.
    { text: 'He was appointed by King Charles III at Buckingham Palace. Charles II reigned from 1660.', date: '2022-10-25' },
    // Accepted in the configuration.
    { text: 'Ukrainian President Dzerensky spoke.', date: '2021-05-06', config: { names: { accept: ['Dzerensky'] } } },
    // Spellings that differ only in an apostrophe, a hyphen or diacritics are accepted.
    { text: 'Aja Wilson scored 30 points for the Las Vegas Aces. Wilson said the team was tired.', date: '2024-07-10' },
    { text: 'Lithuanian President Gitanas Nauseda hosted the summit.', date: '2023-07-12' },
    // A place before a surname is not a given name unless it is a misspelling of the person's own.
    { text: 'In Georgia, Kemp signed the bill. Texas Gov. Greg Abbott and Florida Gov. Ron DeSantis did not.', date: '2023-05-02' },
    { text: 'Voters in Italy backed Meloni. Rome Mayor Roberto Gualtieri said little.', date: '2023-05-02' },
    // A given name close to a famous person's, with nothing in the draft pointing at that person.
    { text: 'Jalen Brown, a junior at Lincoln High, scored 30 points. Brown said the team was ready.', date: '2024-02-01' },
    // A nickname of the person's own given name is not a misspelling.
    { text: 'Sen. Chuck Schumer spoke. Charles Schumer had written the bill.', date: '2023-05-02' },
  ],
  invalid: [
    // A surname misspelled into an English word ("abbot").
    { text: 'An effort stalled last year after Gov. Greg Abbot tied new school money to a voucher plan.', date: '2024-06-14', errors: [{ text: 'Greg Abbot', output: 'An effort stalled last year after Gov. Greg Abbott tied new school money to a voucher plan.' }] },
    {
      // A former head of government, his own given name and a surname one letter off.
      text: 'In France, the conservative François Fillion and the far-left candidate were eliminated.',
      date: '2017-05-07',
      errors: [{ text: 'François Fillion', message: /François Fillon/, output: 'In France, the conservative François Fillon and the far-left candidate were eliminated.' }],
    },
    {
      // A public figure with no office: the full name is the evidence.
      text: 'She spent two seasons as a diver with the French explorer Jacques Costeau.',
      date: '2021-09-29',
      errors: [{ text: 'Jacques Costeau', output: 'She spent two seasons as a diver with the French explorer Jacques Cousteau.' }],
    },
    {
      text: 'Carl Sagen popularized astronomy on television.',
      date: '2019-04-10',
      errors: [{ text: 'Carl Sagen', output: 'Carl Sagan popularized astronomy on television.' }],
    },
    {
      // A known short form of the name, then the rest of the full name misspelled.
      text: 'WHO Director-General Tedros Adhanom Gebreyesus told reporters in Geneva.',
      date: '2020-03-11',
      errors: [{ text: 'Tedros Adhanom Gebreyesus', message: /Ghebreyesus/, output: 'WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva.' }],
    },
    {
      // ... also after an honorific that is part of the known short form ("Dr. Tedros").
      text: 'Dr. Tedros Adhanom Gebreyesus told reporters in Geneva.',
      date: '2020-03-11',
      errors: [{ text: 'Dr. Tedros Adhanom Gebreyesus', output: 'Dr. Tedros Adhanom Ghebreyesus told reporters in Geneva.' }],
    },
    {
      // Another spelling of the given name before a surname only one person in the knowledge base has.
      text: 'The image bears on questions raised by the late physicist Steven Hawking.',
      date: '2019-04-10',
      errors: [{ text: 'Steven Hawking', output: 'The image bears on questions raised by the late physicist Stephen Hawking.' }],
    },
    {
      text: 'Tiger Woods finished one shot ahead of Dustin Johnson and Brooks Koepke.',
      date: '2019-04-14',
      errors: [{ text: 'Brooks Koepke', message: /Brooks Koepka/, output: 'Tiger Woods finished one shot ahead of Dustin Johnson and Brooks Koepka.' }],
    },
    {
      // A first reference by surname with a title: the full name is the preferred fix.
      text: 'In a meeting with Ukrainian President Dzerensky on Thursday, Blinken spoke.',
      date: '2021-05-06',
      errors: [{ text: 'Dzerensky', message: /Volodymyr Zelensky/, output: 'In a meeting with Ukrainian President Volodymyr Zelensky on Thursday, Blinken spoke.' }],
    },
    {
      // The possessive ending is kept; later references get the surname.
      text: 'President Volodymyr Zelensky arrived. Zelenksy\'s aides said little.',
      date: '2023-03-01',
      errors: [{ text: 'Zelenksy', output: 'President Volodymyr Zelensky arrived. Zelensky\'s aides said little.' }],
    },
    {
      text: 'Senate Majority Leader Mitch McConnel has said he is coordinating with the White House.',
      date: '2019-12-18',
      errors: [{ text: 'Mitch McConnel', output: 'Senate Majority Leader Mitch McConnell has said he is coordinating with the White House.' }],
    },
    {
      text: 'Sen. Joe Manchin of West Virginia attended. Machin, who blocked the larger plan, spoke.',
      date: '2022-08-16',
      errors: [{ text: 'Machin', output: 'Sen. Joe Manchin of West Virginia attended. Manchin, who blocked the larger plan, spoke.' }],
    },
    {
      // Kavanagh is a real surname: the title and the given name point at Brett Kavanaugh.
      text: 'Vice President JD Vance was sworn in by Justice Brett Kavanagh.',
      date: '2025-01-20',
      errors: [{ text: 'Brett Kavanagh', output: 'Vice President JD Vance was sworn in by Justice Brett Kavanaugh.' }],
    },
    {
      text: 'NATO Secretary-General Jens Stoltenburg said the change would help. "We meet as equals," Stoltenberg said.',
      date: '2023-07-12',
      errors: [{ text: 'Jens Stoltenburg' }],
    },
    {
      text: 'The commander, Senior General Min Aung Hlaing, took power. Min Aung Hliang, 64, had been due to retire.',
      date: '2021-02-01',
      errors: [{ text: 'Min Aung Hliang', output: 'The commander, Senior General Min Aung Hlaing, took power. Min Aung Hlaing, 64, had been due to retire.' }],
    },
    {
      // A misspelled given name of a known person.
      text: 'Chief Financial Officer Collette Kress said demand for Nvidia chips was strong.',
      date: '2024-05-22',
      errors: [{ text: 'Collette Kress', output: 'Chief Financial Officer Colette Kress said demand for Nvidia chips was strong.' }],
    },
    {
      text: 'Their leaders, Chandrababu Naidu and Nitesh Kumar, are crucial. Nitish Kumar, the chief minister of Bihar state, has been an ally.',
      date: '2024-06-05',
      errors: [{ text: 'Nitesh Kumar' }],
    },
    {
      // Other wordings and people: a title and country, a given name, a sound-alike.
      text: 'Turkish President Recep Tayyip Erdogen met German Chancellor Olaf Schulz and Secretary of State Antony Blinkin.',
      date: '2023-03-01',
      errors: [{ text: 'Recep Tayyip Erdogen', message: /Erdogan/ }, { text: 'Olaf Schulz', message: /Scholz/ }, { text: 'Antony Blinkin', message: /Blinken/ }],
    },
    {
      // Names inside quotations are checked too.
      text: '"I spoke with Prime Minister Narendra Mody this morning," the senator said.',
      date: '2024-03-01',
      errors: [{ text: 'Narendra Mody', output: '"I spoke with Prime Minister Narendra Modi this morning," the senator said.' }],
    },
    {
      // A monarch's regnal number, when the title says who is meant.
      text: 'Sunak was formally appointed by King Charles II at Buckingham Palace.',
      date: '2022-10-25',
      errors: [{ text: 'King Charles II', message: /Charles III/, output: 'Sunak was formally appointed by King Charles III at Buckingham Palace.' }],
    },
    {
      // A transliteration alternation that is not one for this name's language.
      text: 'Prime Minister Narendra Mody addressed the rally.',
      date: '2024-03-01',
      errors: [{ text: 'Narendra Mody' }],
    },
    {
      // A given name that is also a place or an ordinary word, misspelled before a known surname.
      text: 'Reform UK leader Niger Farage said the party would stand everywhere.',
      date: '2024-06-10',
      errors: [{ text: 'Niger Farage', message: /Nigel Farage/, output: 'Reform UK leader Nigel Farage said the party would stand everywhere.' }],
    },
    {
      text: 'Senate Majority Leader Check Schumer said the vote would be held on Friday.',
      date: '2023-05-02',
      errors: [{ text: 'Check Schumer', output: 'Senate Majority Leader Chuck Schumer said the vote would be held on Friday.' }],
    },
    {
      // One of several given names misspelled, another right.
      text: 'Turkish President Recep Tayyib Erdogan met the delegation. Erdogan said little.',
      date: '2023-03-01',
      errors: [{ text: 'Recep Tayyib Erdogan', output: 'Turkish President Recep Tayyip Erdogan met the delegation. Erdogan said little.' }],
    },
    {
      // Another spelling of the person's given name is not the person's name ("Jon" is not "John").
      text: 'Sen. John Ossoff of Georgia said the bill would pass.',
      date: '2023-05-02',
      errors: [{ text: 'John Ossoff', output: 'Sen. Jon Ossoff of Georgia said the bill would pass.' }],
    },
    {
      // An agency head, by the agency's title.
      text: 'SEC Chair Gary Genzler said the agency would act.',
      date: '2023-05-02',
      errors: [{ text: 'Gary Genzler', output: 'SEC Chair Gary Gensler said the agency would act.' }],
    },
    {
      // A player's given name: the team named in the draft and the surname again say who is meant.
      text: 'Jalen Brown scored 30 points as the Boston Celtics beat Miami. Brown said the team was ready.',
      date: '2024-02-01',
      errors: [{ text: 'Jalen Brown', output: 'Jaylen Brown scored 30 points as the Boston Celtics beat Miami. Brown said the team was ready.' }],
    },
    {
      // A coach, by the team's title.
      text: 'Chiefs coach Andy Reed said the team was healthy. "We are ready," Reid said.',
      date: '2024-02-05',
      errors: [{ text: 'Andy Reed', output: 'Chiefs coach Andy Reid said the team was healthy. "We are ready," Reid said.' }],
    },
    {
      // A name that begins with its title.
      text: 'The couple met Prince Phillip at the palace in 1953.',
      date: '2024-02-05',
      errors: [{ text: 'Phillip', output: 'The couple met Prince Philip at the palace in 1953.' }],
    },
    {
      // The house spelling is the one suggested.
      text: 'President Volodymyr Zelenskyy spoke. Zelenksyy said the talks went well.',
      date: '2023-03-01',
      config: { names: { prefer: ['Volodymyr Zelenskyy'] } },
      errors: [{ text: 'Zelenksyy', output: 'President Volodymyr Zelenskyy spoke. Zelenskyy said the talks went well.' }],
    },
  ],
});

import { ruleTester } from '../rule-tester';
import { misspelled } from '../../../server/src/rules/names/misspelled';

ruleTester(misspelled, {
  valid: [
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
  ],
  invalid: [
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
      // The house spelling is the one suggested.
      text: 'President Volodymyr Zelenskyy spoke. Zelenksyy said the talks went well.',
      date: '2023-03-01',
      config: { names: { prefer: ['Volodymyr Zelenskyy'] } },
      errors: [{ text: 'Zelenksyy', output: 'President Volodymyr Zelenskyy spoke. Zelenskyy said the talks went well.' }],
    },
  ],
});

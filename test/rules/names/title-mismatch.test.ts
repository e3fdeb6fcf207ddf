import { ruleTester } from '../rule-tester';
import { titleMismatch } from '../../../server/src/rules/names/title-mismatch';

ruleTester(titleMismatch, {
  valid: [
    { text: 'Secretary of State Mike Pompeo met reporters.', date: '2019-05-01' },
    { text: 'Swedish Prime Minister Ulf Kristersson and Lithuanian President Gitanas Nausėda met.', date: '2023-07-12' },
    { text: 'Tesla CEO Elon Musk and Tesla Chair Robyn Denholm spoke.', date: '2023-01-02' },
    { text: 'House Speaker Nancy Pelosi opened the debate. Rep. Adam Schiff, the California Democrat who chairs the House Intelligence Committee, led the inquiry.', date: '2019-12-18' },
    { text: 'Vice President JD Vance was sworn in. Chief Justice John Roberts administered the oath.', date: '2025-01-20' },
    { text: 'Nitish Kumar, the chief minister of Bihar state, spoke. Congress president Mallikarjun Kharge spoke.', date: '2024-06-05' },
    // Qualified titles and past-tense context.
    { text: 'Former Secretary of State Mike Pompeo said the deal was a mistake.', date: '2022-05-02' },
    { text: 'Then-Secretary of State Mike Pompeo had warned against it.', date: '2022-05-02' },
    { text: 'Pompeo, who was secretary of state from 2018 to 2021, said the deal was a mistake.', date: '2022-05-02' },
    { text: 'President-elect Donald Trump named his Cabinet. Vice President-elect JD Vance attended.', date: '2024-12-10' },
    { text: 'Secretary of State Mike Pompeo visited Pyongyang in 2018.', date: '2022-05-02' },
    // History: a title held long ago.
    { text: 'In that opinion, Justice Sandra Day O\'Connor wrote that preferences would end.', date: '2023-06-29' },
    { text: 'President Abraham Lincoln signed the Emancipation Proclamation.', date: '2024-01-01' },
    // Unknown people: nothing to say unless the office and its holder are certain and the person is speaking.
    { text: 'Mayor Denise Harwell said the increase would be unpopular.', date: '2024-06-12' },
    { text: 'Township Supervisor Alma Drozdowski said the board had changed its rules.', date: '2022-03-17' },
    { text: 'Sen. Joe Manchin of West Virginia attended.', date: '2022-08-16' },
    // Former holders named as such, and holders of an agency's office on the date.
    { text: 'Jens Stoltenberg, a former NATO secretary-general, spoke in Oslo.', date: '2025-03-01' },
    { text: 'Christine Lagarde, the president of the European Central Bank, said inflation was easing.', date: '2023-06-15' },
    { text: 'CDC Director Rochelle Walensky and FDA Commissioner Robert Califf testified.', date: '2022-06-16' },
    { text: 'Arizona Gov. Katie Hobbs and Chicago Mayor Brandon Johnson spoke.', date: '2024-03-01' },
    // A coach's title without the team may be any team's.
    { text: 'Coach Michael Malone of the Denver Nuggets spoke. Head coach Erik Spoelstra agreed.', date: '2023-06-12' },
    // Quotations are the speaker's words.
    { text: '"I told Secretary of State Mike Pompeo it was wrong," she said.', date: '2022-05-02' },
    // A year in the sentence that is not the article's: a claim about another time.
    { text: 'Janet Yellen, who became Fed chair in 2014, spoke.', date: '2023-08-03' },
    { text: 'She pointed to the Federal Reserve, led by Chair Jerome Powell, which has raised rates 11 times since March 2022.', date: '2023-08-03' },
  ],
  invalid: [
    {
      // The holder on the date shares the surname: the given name is the slip, so the fix is the name.
      text: 'Housing Secretary Joaquin Castro announced a rule in July requiring cities to study segregation.',
      date: '2015-09-23',
      errors: [{ text: 'Joaquin Castro', output: 'Housing Secretary Julián Castro announced a rule in July requiring cities to study segregation.' }],
    },
    {
      // "since March 2022" runs to the article's date: the title is still a claim about that date.
      text: 'She pointed to the Federal Reserve, led by Chair Janet Yellen, which has raised interest rates 11 times since March 2022.',
      date: '2023-08-03',
      errors: [{ text: 'Janet Yellen', message: /Jerome Powell/ }],
    },
    {
      text: 'Investors fear that Tesla Chairman Elon Musk has been distracted by Twitter.',
      date: '2023-01-02',
      errors: [{ text: 'Tesla Chairman', message: /Robyn Denholm/, output: 'Investors fear that Tesla CEO Elon Musk has been distracted by Twitter.' }],
    },
    {
      text: 'Australian Foreign Minister Julie Bishop said her government was deeply concerned.',
      date: '2021-02-01',
      errors: [{ text: 'Julie Bishop', message: /Marise Payne/, output: 'Australian Foreign Minister Marise Payne said her government was deeply concerned.' }],
    },
    {
      text: 'Republicans objected. House Speaker Kevin McCarthy of California has said the money would hire agents. McCarthy spoke again later.',
      date: '2022-08-16',
      errors: [{ text: 'House Speaker', message: /Nancy Pelosi/, output: 'Republicans objected. House Minority Leader Kevin McCarthy of California has said the money would hire agents. McCarthy spoke again later.' }],
    },
    {
      text: 'Senate Majority Leader Chuck Schumer joined every other senator in voting to confirm Marco Rubio.',
      date: '2025-01-20',
      errors: [{ text: 'Senate Majority Leader', message: /John Thune/, output: 'Senate Minority Leader Chuck Schumer joined every other senator in voting to confirm Marco Rubio.' }],
    },
    {
      text: 'The inquiry was led by Rep. Adam Schiff, the California Democrat who chairs the House Judiciary Committee.',
      date: '2019-12-18',
      errors: [{ text: 'House Judiciary Committee', message: /Jerrold Nadler/, output: 'The inquiry was led by Rep. Adam Schiff, the California Democrat who chairs the House Intelligence Committee.' }],
    },
    {
      text: 'Congress party president Rahul Gandhi said voters had rejected Modi. Gandhi won both seats.',
      date: '2024-06-05',
      errors: [{ text: 'Congress party president', message: /Mallikarjun Kharge/, output: 'Congress leader Rahul Gandhi said voters had rejected Modi. Gandhi won both seats.' }],
    },
    {
      text: 'Chancellor Merkel said Germany would help. Merkel spoke in Berlin.',
      date: '2023-03-01',
      errors: [{ text: 'Chancellor', message: /Olaf Scholz/, output: 'Former Chancellor Merkel said Germany would help. Merkel spoke in Berlin.' }],
    },
    {
      // A title in apposition that the person held before the date: the title lacks "former".
      text: 'Magdalena Andersson, Sweden\'s prime minister, met Erdogan in Vilnius.',
      date: '2023-07-12',
      errors: [{ text: 'Sweden\'s prime minister', message: /Ulf Kristersson/, output: 'Magdalena Andersson, Sweden\'s former prime minister, met Erdogan in Vilnius.' }],
    },
    {
      // One of several former holders is "a former" holder.
      text: 'Martin Schulz, the president of the European Parliament, said the vote was close.',
      date: '2020-03-02',
      errors: [{ text: 'the president of the European Parliament', message: /David Sassoli/, output: 'Martin Schulz, a former president of the European Parliament, said the vote was close.' }],
    },
    {
      // A name that is not the person the appositive describes is still the name's error.
      text: 'Swedish Prime Minister Magdalena Andersson met Erdogan in Vilnius.',
      date: '2023-07-12',
      errors: [{ text: 'Magdalena Andersson', message: /Ulf Kristersson/, output: 'Swedish Prime Minister Ulf Kristersson met Erdogan in Vilnius.' }],
    },
    {
      // A legislator whose own terms the knowledge base has.
      text: 'Rep. Adam Schiff of California said the committee would meet. Schiff declined to comment.',
      date: '2025-03-01',
      errors: [{ text: 'Rep.', message: /Senator/, output: 'Sen. Adam Schiff of California said the committee would meet. Schiff declined to comment.' }],
    },
    {
      // An agency head who had left the office: another held it on the date.
      text: 'CDC Director Robert Redfield said the guidance would change.',
      date: '2022-03-01',
      errors: [{ text: 'Robert Redfield', message: /Rochelle Walensky/, output: 'CDC Director Rochelle Walensky said the guidance would change.' }],
    },
    {
      // A former executive described by the post: the title lacks "former".
      text: 'Bob Chapek, Disney\'s chief executive, spoke at the conference.',
      date: '2023-09-01',
      errors: [{ text: 'Disney\'s chief executive', message: /Bob Iger/, output: 'Bob Chapek, Disney\'s former chief executive, spoke at the conference.' }],
    },
    {
      // A governor after the sources' snapshot, and a mayor.
      text: 'Maryland Gov. Larry Hogan said the state would rebuild the bridge.',
      date: '2024-03-27',
      errors: [{ text: 'Larry Hogan', message: /Wes Moore/, output: 'Maryland Gov. Wes Moore said the state would rebuild the bridge.' }],
    },
    {
      text: 'Los Angeles Mayor Eric Garcetti said the city would help.',
      date: '2024-03-01',
      errors: [{ text: 'Eric Garcetti', message: /Karen Bass/ }],
    },
    {
      // Somebody the knowledge base does not know, in an office it is sure about.
      text: 'Swedish Prime Minister Lars Andersson said on Tuesday that taxes would rise.',
      date: '2024-05-01',
      errors: [{ text: 'Lars Andersson', message: /Ulf Kristersson/ }],
    },
  ],
});

// "kept X as <office>": the office is claimed for the article's date.
ruleTester(titleMismatch, {
  valid: [
    { text: 'Sunak kept Jeremy Hunt as chancellor of the Exchequer and James Cleverly as foreign secretary.', date: '2022-10-25' },
    { text: 'Truss had kept Kwasi Kwarteng as chancellor for only 38 days.', date: '2022-10-25', name: 'past perfect' },
    { text: 'Sunak did not keep Kwasi Kwarteng as chancellor.', date: '2022-10-25', name: 'negated' },
    { text: 'Sunak said he would have kept Kwasi Kwarteng as chancellor.', date: '2022-10-25', name: 'modal' },
    { text: 'Truss kept Kwasi Kwarteng as chancellor until Oct. 14, when she fired him.', date: '2022-10-25', name: 'a term that ended' },
    { text: 'Truss named Kwasi Kwarteng as chancellor in September 2022.', date: '2022-10-25', name: 'an appointment in the past' },
    { text: '"He kept Kwasi Kwarteng as chancellor," Hunt said.', date: '2022-10-25', name: 'a quotation' },
  ],
  invalid: [
    {
      text: 'On Tuesday the new prime minister kept Kwasi Kwarteng as chancellor of the Exchequer.',
      date: '2022-10-25',
      errors: [{ text: 'Kwasi Kwarteng', message: /Jeremy Hunt held it then/, output: 'On Tuesday the new prime minister kept Jeremy Hunt as chancellor of the Exchequer.' }],
    },
    {
      text: 'Biden retained Mike Pompeo as secretary of state, aides said.',
      date: '2021-03-01',
      errors: [{ text: 'Mike Pompeo', message: /Antony Blinken held it then/ }],
    },
  ],
});

// An invented story in three versions for the Compare view's example: a
// wire story and two rewrites, with a truncated quote, a re-worded one and a
// quote credited to someone else. People and places are made up.
const WIRE = `Harbour council delays ferry vote

PORTVALE (Wire) — The harbour council postponed a vote on the ferry contract on Tuesday.

“We will not sign a contract that leaves commuters stranded every winter, and we will say so to the operator,” said Mayor Ana Ortiz.

Treasurer Tom Okafor said the harbour authority had lost money for three years.

“The operator will continue to insist that the timetable is fine, but the numbers tell a different story,” a senior council official said.

“We remain skeptical that the new boats will arrive before the spring,” the official added.
`;
const REWRITE_A = `Ferry vote put off again

The vote on the ferry contract has been put off, Portvale's council said on Tuesday.

“We will not sign a contract that leaves commuters stranded every winter,” Ortiz said.

“The operator will continue to state that the timetable is fine, but the numbers tell a different story,” a council official said. “We continue to doubt that the new boats will arrive before the spring.”

Local shop owner Priya Nair said she was tired of waiting for the boats.
`;
const REWRITE_B = `Commuters wait on ferry decision

“We will not sign a contract that leaves commuters stranded every winter, and we will say so to the operator,” said Tom Okafor, the council treasurer.

Ana Ortiz, the mayor, said the council would meet again in March.

“The numbers tell a different story,” he said.
`;

export const SAMPLE = [['Wire', WIRE], ['Daily', REWRITE_A], ['Gazette', REWRITE_B]];

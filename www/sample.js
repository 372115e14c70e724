// The example article behind "Load an example". Invented: the people, the
// town and the quotes are all made up.
export const SAMPLE = `Harbour town votes to rebuild storm-hit pier

PORT ELLIS — The town council voted on Tuesday to rebuild the pier destroyed in last month's storm, ending weeks of debate over the cost.

“We will have boats tied up here again by the summer,” Mayor Ana Lopez said after the vote. “This pier is the reason half of us live here.”

Lopez said the work would cost about $4 million, most of it covered by a state grant. She added that the council had “no intention” of raising harbour fees to pay for the rest.

Not everyone was convinced. Tom Reyes, who chairs the Port Ellis Fishermen's Association, said the plan left out the smaller berths his members rely on. “A pier for yachts is not a pier for us,” he told reporters.

The state's coastal engineer, Priya Natarajan, warned that the new design must withstand stronger storms. “The last pier was built for a climate we no longer have,” she said.
`;

//! Speakers and positions on short articles written for these tests: each
//! exercises one attribution shape from the issue.

use quotelight::{annotate, Annotations, OffsetUnit, Options, PersonKind, QuoteKind};

fn run(text: &str) -> Annotations {
    let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, indirect: true, repair: true });
    for q in &a.quotes {
        assert_eq!(&text[q.start..q.end], q.text, "quote text equals its slice");
    }
    a
}

/// The speaker name of the first quote whose text starts with `prefix`.
fn speaker_of(a: &Annotations, prefix: &str) -> Option<String> {
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind != QuoteKind::Indirect && q.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no quote starting {prefix:?} in {:#?}", a.quotes));
    q.speaker.map(|s| a.people[s].name.to_string())
}

/// The speaker name of the first quote or report, of any kind, whose text
/// starts with `prefix`.
fn speaker_of_any(a: &Annotations, prefix: &str) -> Option<String> {
    let q = a.quotes.iter().find(|q| q.text.starts_with(prefix)).unwrap_or_else(|| panic!("{prefix:?} in {:#?}", a.quotes));
    q.speaker.map(|s| a.people[s].name.to_string())
}

fn positions_of(a: &Annotations, name: &str) -> Vec<String> {
    a.people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no person {name:?} in {:#?}", a.people))
        .positions
        .iter()
        .map(|p| p.text.to_string())
        .collect()
}

#[test]
fn quote_then_name_then_cue() {
    let a = run("“We will reopen the bridge by spring,” Mayor Ana Lopez said on Monday.");
    assert_eq!(speaker_of(&a, "We will reopen").as_deref(), Some("Ana Lopez"));
    let q = &a.quotes[0];
    assert_eq!(q.cue.as_ref().unwrap().text, "said");
    assert_eq!(q.source.as_ref().unwrap().text, "Ana Lopez");
    assert_eq!(positions_of(&a, "Ana Lopez"), vec!["Mayor"]);
}

#[test]
fn inverted_cue_with_description_source() {
    let a = run("“Nobody expected the vote to pass,” said a senior union official.");
    assert_eq!(speaker_of(&a, "Nobody expected").as_deref(), Some("senior union official"));
    let p = &a.people[a.quotes[0].speaker.unwrap()];
    assert_eq!(p.kind, PersonKind::Unnamed);
}

#[test]
fn cue_before_colon_and_comma() {
    let a = run("Health Minister Priya Raman said: “The clinics will stay open.”\n\
         Opposition leader Tomas Berg said on Tuesday, “That promise has been made before.”");
    assert_eq!(speaker_of(&a, "The clinics").as_deref(), Some("Priya Raman"));
    assert_eq!(speaker_of(&a, "That promise").as_deref(), Some("Tomas Berg"));
    assert_eq!(positions_of(&a, "Priya Raman"), vec!["Health Minister"]);
    assert_eq!(positions_of(&a, "Tomas Berg"), vec!["Opposition leader"]);
}

#[test]
fn split_quote_shares_its_speaker() {
    let a = run("“The river is rising,” Chief Engineer Olu Ade said, “and the levee will not hold.”");
    assert_eq!(speaker_of(&a, "The river").as_deref(), Some("Olu Ade"));
    assert_eq!(speaker_of(&a, "and the levee").as_deref(), Some("Olu Ade"));
}

#[test]
fn pronoun_resolves_to_the_subject_not_the_nearest_name() {
    // The nearest same-gender person before "he" is Mark Dunn, but the
    // sentence is about Karl Weber, who keeps speaking.
    let a = run("Karl Weber, the club's head coach, met striker Mark Dunn after training on Friday.\n\
         Weber praised the squad. “We played with courage,” he said.");
    assert_eq!(speaker_of(&a, "We played").as_deref(), Some("Karl Weber"));
    assert_eq!(positions_of(&a, "Karl Weber"), vec!["club's head coach"]);
}

#[test]
fn she_skips_a_male_candidate() {
    let a = run("Judge Hana Sato questioned the lawyer, Paul Kim, for an hour. She later told reporters: “The evidence was thin.”\n\
         “I have never seen a case like it,” she added.");
    assert_eq!(speaker_of(&a, "The evidence").as_deref(), Some("Hana Sato"));
    assert_eq!(speaker_of(&a, "I have never").as_deref(), Some("Hana Sato"));
}

#[test]
fn continuation_paragraph_keeps_the_speaker() {
    let a = run("“The harvest was the worst in a decade,” farmer Jo Mills said.\n\
         “We lost half the wheat to the floods and the rest to the heat.”\n\
         Prices rose in the spring.");
    assert_eq!(speaker_of(&a, "We lost half").as_deref(), Some("Jo Mills"));
    let q = a.quotes.iter().find(|q| q.text.starts_with("We lost")).unwrap();
    assert!(q.cue.is_none(), "a continuation has no cue of its own");
}

#[test]
fn organisation_speaks() {
    let a = run("The Ministry of Transport said in a statement that the line would reopen in May.");
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("an indirect quote");
    assert_eq!(q.text, "the line would reopen in May");
    let p = &a.people[q.speaker.unwrap()];
    assert_eq!(p.name, "Ministry of Transport");
    assert_eq!(p.kind, PersonKind::Org);
}

#[test]
fn appositive_titles_after_and_before_the_name() {
    let a = run("Lena Fischer, the company's chief executive, said profits had doubled. \
         The board's chairman, Omar Haddad, declined to comment.");
    assert_eq!(positions_of(&a, "Lena Fischer"), vec!["company's chief executive"]);
    assert_eq!(positions_of(&a, "Omar Haddad"), vec!["board's chairman"]);
}

#[test]
fn surname_and_description_cluster_into_one_person() {
    let a = run("Interior Minister Rosa Vidal announced the plan on Sunday. “It is a fair deal,” Vidal said.\n\
         “Nobody loses,” the minister said.");
    let vidal: Vec<_> = a.people.iter().filter(|p| p.name == "Rosa Vidal").collect();
    assert_eq!(vidal.len(), 1, "one person: {:#?}", a.people);
    let mentions: Vec<&str> = vidal[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(mentions.contains(&"Vidal"), "{mentions:?}");
    assert_eq!(speaker_of(&a, "It is a fair").as_deref(), Some("Rosa Vidal"));
}

#[test]
fn group_speaker() {
    let a = run("Denmark and Sweden said they would share the cost of the new bridge.");
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("an indirect quote");
    let p = &a.people[q.speaker.unwrap()];
    assert_eq!(p.kind, PersonKind::Group);
    assert_eq!(p.name, "Denmark and Sweden");
    assert_eq!(p.members.len(), 2, "{:#?}", a.people);
}

#[test]
fn scare_quotes_have_no_speaker() {
    let a = run("The so-called “smart” meters were installed in 2019 across the region.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker, None);
}

#[test]
fn title_introduced_before_the_name() {
    let a = run("At the summit, the finance minister of Portugal warned that the deficit would grow.\n\
         “We cannot spend what we do not have,” Rui Costa told reporters.");
    assert_eq!(speaker_of(&a, "We cannot spend").as_deref(), Some("Rui Costa"));
    let costa = a.people.iter().find(|p| p.name == "Rui Costa").unwrap();
    let positions: Vec<&str> = costa.positions.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(positions, vec!["finance minister of Portugal"]);
    let warned = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("the warning");
    assert_eq!(warned.speaker, a.quotes.iter().find(|q| q.text.starts_with("We cannot")).unwrap().speaker);
}

#[test]
fn pronoun_after_a_newly_introduced_person() {
    let a = run("“The ferry is late again,” Daniel Roux said.\n\
         For Maya Lind, a nurse on the night shift, the new timetable came as a relief. “I can finally sleep,” she said.");
    assert_eq!(speaker_of(&a, "The ferry").as_deref(), Some("Daniel Roux"));
    assert_eq!(speaker_of(&a, "I can finally").as_deref(), Some("Maya Lind"));
}

#[test]
fn described_sources_and_organisations() {
    let a = run("“The talks are over for now,” a spokeswoman for the ministry said.\n\
         “Nothing has been signed,” said two people familiar with the talks.\n\
         “We will appeal,” the company said in a statement.\n\
         “The request is premature,” the Kremlin said.");
    assert_eq!(speaker_of(&a, "The talks are over").as_deref(), Some("spokeswoman for the ministry"));
    assert_eq!(speaker_of(&a, "Nothing has been").as_deref(), Some("two people familiar with the talks"));
    assert_eq!(speaker_of(&a, "We will appeal").as_deref(), Some("company"));
    assert_eq!(speaker_of(&a, "The request").as_deref(), Some("Kremlin"));
    let kremlin = a.people.iter().find(|p| p.name == "Kremlin").unwrap();
    assert_eq!(kremlin.kind, PersonKind::Org);
}

#[test]
fn names_with_particles_initials_and_diacritics() {
    let a = run("“Europe must stand together,” Ursula von der Leyen said.\n\
         “The numbers are clear,” J.K. Okoro said.\n\
         “C’est fini,” Jean-Noël Lefèvre told reporters.\n\
         “We will not sign,” Mohammed bin Salem said.");
    assert_eq!(speaker_of(&a, "Europe must").as_deref(), Some("Ursula von der Leyen"));
    assert_eq!(speaker_of(&a, "The numbers").as_deref(), Some("J.K. Okoro"));
    assert_eq!(speaker_of(&a, "C’est fini").as_deref(), Some("Jean-Noël Lefèvre"));
    assert_eq!(speaker_of(&a, "We will not sign").as_deref(), Some("Mohammed bin Salem"));
}

#[test]
fn speaking_to_and_dash_appositions() {
    let a = run("Nadia Petrova, speaking to AFP on Friday, said: “The border stays closed.”\n\
         Pavel Orlov — head of the country's largest bank — said the rouble would recover. \
         “There is no panic,” Orlov said.");
    assert_eq!(speaker_of(&a, "The border").as_deref(), Some("Nadia Petrova"));
    assert_eq!(speaker_of(&a, "There is no panic").as_deref(), Some("Pavel Orlov"));
    assert_eq!(positions_of(&a, "Pavel Orlov"), vec!["head of the country's largest bank"]);
}

#[test]
fn alternating_dialogue() {
    let a = run("Ms Sara Lind and Mr Tom Berg argued over the budget on Monday.\n\
         “The cuts go too far,” Ms Lind said.\n\
         “They do not go far enough,” Mr Berg replied.\n\
         “Then we will vote,” she said.");
    assert_eq!(speaker_of(&a, "The cuts").as_deref(), Some("Sara Lind"));
    assert_eq!(speaker_of(&a, "They do not").as_deref(), Some("Tom Berg"));
    assert_eq!(speaker_of(&a, "Then we will").as_deref(), Some("Sara Lind"));
}

#[test]
fn a_title_description_refers_to_the_named_holder() {
    let a = run("Councillor Rhea Moss opened the meeting on Tuesday.\n\
         “The budget is balanced,” the councillor said.\n\
         “It will not last,” the tenant Rosa Quint said.\n\
         “We will see,” Ek said, before Karin Ek left the room.");
    assert_eq!(speaker_of(&a, "The budget").as_deref(), Some("Rhea Moss"));
    assert_eq!(speaker_of(&a, "It will not").as_deref(), Some("Rosa Quint"));
    assert!(speaker_of(&a, "We will see").is_some());
}

/// A description restating a named person's position, with its
/// modifiers, is that person, whatever case the position is written in;
/// one restating no held position is no one's.
#[test]
fn a_description_restating_a_held_position_is_its_holder() {
    let a = run("Rachel Okonjo, Chief Constable of Leicestershire Police, spoke on Monday.\n\n\
         “We are stretched,” the chief constable said.\n\n\
         “It is fine,” the deputy constable said.");
    assert_eq!(speaker_of(&a, "We are stretched").as_deref(), Some("Rachel Okonjo"));
    assert_ne!(speaker_of(&a, "It is fine").as_deref(), Some("Rachel Okonjo"));
}

#[test]
fn british_single_quotes_with_complemented_sources_and_titles() {
    let a = run("'This is a tough settlement,' said Dana Black, the regulator's chief executive.\n\
         The chair of the Consumer Council for Water, Mike Keil, said the rise was 'a bitter pill'.\n\
         A spokesperson for the company said bills would stay low.");
    assert_eq!(speaker_of(&a, "This is a tough").as_deref(), Some("Dana Black"));
    assert_eq!(positions_of(&a, "Dana Black"), vec!["regulator's chief executive"]);
    assert_eq!(positions_of(&a, "Mike Keil"), vec!["chair of the Consumer Council for Water"]);
    let q = a.quotes.iter().find(|q| q.text == "bills would stay low").expect("reported speech");
    let p = &a.people[q.speaker.unwrap()];
    assert_eq!((p.name.as_str(), p.kind), ("spokesperson for the company", PersonKind::Unnamed));
}

#[test]
fn a_dash_signature_names_the_speaker() {
    let a = run("Readers wrote in after the debate.\n“The new library changed my street for the better.”― Ines Duarte\n“It is too loud on Saturdays.” — Omar Said");
    assert_eq!(speaker_of(&a, "The new library").as_deref(), Some("Ines Duarte"));
    assert_eq!(speaker_of(&a, "It is too loud").as_deref(), Some("Omar Said"));
}

#[test]
fn kin_sources_sung_words_and_a_cue_ending_the_paragraph_before() {
    let a = run("“We live in hard times,” my father often said.\n\
         The mayor took the microphone. She said:\n\
         “We will rebuild every house on this street.”\n\
         The crowd sang, “We shall overcome.”");
    assert_eq!(speaker_of(&a, "We live in").as_deref(), Some("father"));
    assert_eq!(speaker_of(&a, "We will rebuild").as_deref(), Some("mayor"));
    assert_eq!(speaker_of(&a, "We shall").as_deref(), Some("crowd"));
}

#[test]
fn nested_quote_takes_the_speaker_the_outer_speaker_names() {
    let a = run("Governor Elena Cruz arrived late. Senator Paul Reed spoke first.\n\
         “I think the governor is close to the point where she's going to say, ‘we are finished here’,” Reed said.\n\
         “Voters tell me, ‘fix the roads first’, and they are right,” Reed added.\n\
         “People say, ‘you can't trust the council’, but I do,” Reed said.");
    // "she" inside Reed's words is the governor his quote mentions, not Reed.
    assert_eq!(speaker_of(&a, "we are finished").as_deref(), Some("Elena Cruz"));
    let q = a.quotes.iter().find(|q| q.text.starts_with("we are finished")).unwrap();
    assert!(q.nested);
    assert_eq!(q.cue.as_ref().unwrap().text, "say");
    // A description the outer speaker names is the inner speaker.
    assert_eq!(speaker_of(&a, "fix the roads").as_deref(), Some("Voters"));
    // "People say" is nobody in particular.
    assert_eq!(speaker_of(&a, "you can't trust"), None);
    assert_eq!(speaker_of(&a, "People say").as_deref(), Some("Paul Reed"));
}

#[test]
fn contracted_pronoun_subject_is_a_source() {
    let a = run("Mark Vale toured the plant on Monday. He’s claiming that the site is “fully safe” for workers.");
    let q = a.quotes.iter().find(|q| q.text == "fully safe").unwrap();
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Mark Vale"));
    assert_eq!(q.source.as_ref().unwrap().text, "He");
}

#[test]
fn first_person_writer_and_coordinated_verbs() {
    let a = run("My uncle Tom Hale drove us home. I laughed and said, “That road is closed on Sundays.”\n\
         My aunt Rosa, now 90, still says things such as, “Nobody walks anywhere any more.”");
    // The writer speaks: one narrator, not the last person named.
    let q = a.quotes.iter().find(|q| q.text.starts_with("That road")).unwrap();
    assert_eq!(q.source.as_ref().unwrap().text, "I");
    assert_eq!(a.people[q.speaker.unwrap()].name, "I");
    assert_eq!(speaker_of(&a, "Nobody walks").as_deref(), Some("Rosa"));
}

#[test]
fn a_document_is_the_source_of_its_quoted_words_but_not_of_reported_findings() {
    let a = run("The court struck the law down. “Nothing in the statute allows the state to act alone,” said the ruling.\n\
         The audit report said that costs rose by a third.");
    assert_eq!(speaker_of(&a, "Nothing in the statute").as_deref(), Some("ruling"));
    // Facts sourced to a document are not reported speech.
    assert!(a.quotes.iter().all(|q| !q.text.contains("costs rose")), "{:#?}", a.quotes);
}

#[test]
fn speakers_named_by_occupation_by_affiliation_and_not_by_the_object_of_a_participle() {
    let a = run("Three towns were cut off by the flood. “We need new roads,” a local businesswoman said.\n\
         “It was the least bad outcome,” Mr. Okafor of the River Trust said.\n\
         Senator Lena Ortiz spoke next, accusing Paul Grady of spreading “lies and rumours.”");
    assert_eq!(speaker_of(&a, "We need new roads").as_deref(), Some("local businesswoman"));
    assert_eq!(speaker_of(&a, "It was the least bad").as_deref(), Some("Okafor"));
    assert_eq!(speaker_of(&a, "lies and rumours").as_deref(), Some("Lena Ortiz"));
}

#[test]
fn colon_and_standalone_quote_sentences_take_the_subject() {
    let a = run("Worried about turnout, Governor Ines Vale is trying a blunt new message: “This vote is about you.”\n\
         Senator Omar Reyes listed three reasons for the delay. “The funding was late, the land was flooded and the plans changed.”");
    assert_eq!(speaker_of(&a, "This vote is about you").as_deref(), Some("Ines Vale"));
    assert_eq!(speaker_of(&a, "The funding was late").as_deref(), Some("Omar Reyes"));
}

#[test]
fn a_participle_after_a_comma_belongs_to_the_clause_subject() {
    let a = run("Mayor Rita Okoye spoke about the flood in Dover, Kent, calling the response “too slow by far.”");
    assert_eq!(speaker_of(&a, "too slow").as_deref(), Some("Rita Okoye"));
}

#[test]
fn speech_acts_that_take_quoted_words() {
    let a = run("Senator Ada Brandt exhorted delegates to “vote with your heart” on Monday.\n\
         In his speech, Governor Leo Marsh proclaimed a goal of “Roads Before Rails.”");
    assert_eq!(speaker_of(&a, "vote with your heart").as_deref(), Some("Ada Brandt"));
    assert_eq!(speaker_of(&a, "Roads Before Rails").as_deref(), Some("Leo Marsh"));
}

#[test]
fn a_speech_noun_with_a_possessor_and_a_subject_pronoun_for_a_bare_cue() {
    let a = run("Mayor Rita Okoye met the council. Contrary to her claim that residents would “see no change,” the fees rose.\n\
         The board of Acme Corp met on Friday. Later they ended the debate by announcing that the vote was “final.”");
    assert_eq!(speaker_of(&a, "see no change").as_deref(), Some("Rita Okoye"));
    let q = a.quotes.iter().find(|q| q.text == "final.").unwrap();
    assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("they"));
}

#[test]
fn it_refers_to_an_organisation_opening_the_sentence() {
    let a = run("The Harbour Authority on Friday condemned the spill as what it called “a disaster for the bay.”");
    let q = a.quotes.iter().find(|q| q.text.starts_with("a disaster")).unwrap();
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Harbour Authority"));
    assert_eq!(q.source.as_ref().unwrap().text, "it");
}

#[test]
fn a_question_mark_inside_the_quote_does_not_cut_off_its_attribution() {
    let a = run("Ana Diaz cheered from the front row.\n\
         “Who would have believed we would get this far?” Tom Reyes said, looking out at the crowd.\n\
         “Is it over?” Reyes asked. She adds, “Not yet.”");
    assert_eq!(speaker_of(&a, "Who would have believed").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_of(&a, "Is it over").as_deref(), Some("Tom Reyes"));
}

/// After a quote that ends its sentence, a long sentence is its
/// attribution when the cue and speaker are followed only by where and
/// when; a sentence with its own clause ("that …") reports something else.
#[test]
fn a_long_attribution_of_place_and_time_after_a_closed_quote() {
    let a = run("Lena Reyes runs the port.\n\n\
         “Who would have believed it?” Reyes told a radio station in an interview at the harbour on Monday.\n\n\
         “Is it over?” Reyes asked rhetorically during a briefing late last month.\n\n\
         “Is it over yet?” Reyes asked rhetorically, shaking her head at the crowd below. “We are not done.”\n\n\
         “Not yet.” Omar Haddad told the radio station on Monday that the port would close.");
    assert_eq!(speaker_of(&a, "Who would have believed").as_deref(), Some("Lena Reyes"));
    assert_eq!(speaker_of(&a, "Is it over").as_deref(), Some("Lena Reyes"));
    assert_eq!(speaker_of(&a, "Is it over yet").as_deref(), Some("Lena Reyes"));
    assert_ne!(speaker_of(&a, "Not yet").as_deref(), Some("Omar Haddad"));
}

/// Plurals of role and person nouns name groups that speak, whether the
/// word list holds the plural or only the singular (made by rule:
/// -s, -es, -ies, -men, -ves).
#[test]
fn plural_role_nouns_are_speakers() {
    for (noun, quote) in [
        ("plumbers", "The pipes are old"),
        ("chairmen", "The evidence is thin"),
        ("deputies", "The road was closed"),
        ("midwives", "The ward is full"),
        ("glaciologists", "The ice is thinning"),
        ("witnesses", "The car was red"),
    ] {
        let a = run(&format!("“{quote},” the {noun} said."));
        assert_eq!(speaker_of(&a, quote).as_deref(), Some(noun), "{noun}");
    }
    // A plural that is no person's stays no speaker.
    let a = run("“The pipes are old,” the papers said.");
    assert_ne!(speaker_of(&a, "The pipes").as_deref(), Some("papers"));
}

/// A cue in the passive has no speaker before it, and a fronted
/// subordinate clause's subject is not the main clause's.
#[test]
fn passive_cues_and_fronted_clauses_keep_their_subjects_out() {
    let a = run("Ames and Roe spoke at the port.\n\n\
         When the officials are revealed as part of the ring, Ames and Roe call them “lone wolves” and describe their acts as crimes.");
    assert_ne!(speaker_of(&a, "lone wolves").as_deref(), Some("officials"));
    let a = run("Ames and Roe spoke at the port.\n\n\
         When the officials are caught at the border, Ames and Roe call them “lone wolves” and describe their acts as crimes.");
    let report = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with("their acts")).expect("report");
    assert_eq!(report.speaker.map(|s| a.people[s].name.as_str()), Some("Ames and Roe"));
    // The agent of a passive cue is its speaker.
    let a = run("Tom Reyes was asked by moderator Ana Ruiz whether the port would “close for good.”");
    assert_eq!(speaker_of(&a, "close for good").as_deref(), Some("Ana Ruiz"));
}

/// After a fronted subordinate clause, the name opening the main clause is
/// the sentence's subject; without one, the clause's own subject stays the
/// antecedent of the main clause's pronoun.
#[test]
fn a_fronted_clause_gives_way_to_the_main_clause_subject() {
    let a = run("Ana Lind met Omar Vale in 1983.\n\n\
         When Vale died in 1998, Governor Lind released the following statement:\n\n\
         “We offer our condolences to the family.”\n\n\
         When Vale retired in 1990, he said the work had been “the joy of my life.”");
    assert_eq!(speaker_of(&a, "We offer our condolences").as_deref(), Some("Ana Lind"));
    assert_eq!(speaker_of(&a, "the joy of my life").as_deref(), Some("Omar Vale"));
}

/// A plural description is the group a capitalised name already calls by
/// its head: one entity, not two.
#[test]
fn a_plural_description_joins_the_named_group() {
    let a = run("Harbour Island Residents vow to fight the wind farm.\n\n\
         The plan has met opposition from island residents, who say the turbines would close their grounds.");
    let groups: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).filter(|n| n.to_lowercase().contains("residents")).collect();
    assert_eq!(groups, ["Harbour Island Residents"], "{:#?}", a.people);
}

#[test]
fn footage_of_someone_saying_shows_that_person_speaking() {
    let a = run("The new ad from the Vale campaign ends with footage of Senator Omar Reyes saying, “Taxes are for other people.”");
    assert_eq!(speaker_of(&a, "Taxes are for").as_deref(), Some("Omar Reyes"));
}

#[test]
fn a_letter_reads_and_an_expert_compares() {
    let a = run("Parents sent a letter to the board. “Our children are thriving here,” the letter reads.\n\
         Dr. Ines Varga, a debate coach, compared the candidate to a player who is “leaning on the umpire” before a match.");
    assert_eq!(speaker_of(&a, "Our children").as_deref(), Some("letter"));
    assert_eq!(speaker_of(&a, "leaning on the umpire").as_deref(), Some("Ines Varga"));
}

#[test]
fn any_noun_led_by_a_determiner_before_a_cue_is_a_described_speaker() {
    let a = run("At the town hall, one questioner claimed that the plan was “a giveaway to developers.”\n\
         Protesters marching through the streets chanted “Not in our name!” until midnight.");
    assert_eq!(speaker_of(&a, "a giveaway").as_deref(), Some("one questioner"));
    // The object of a preposition is never the speaker; the participle's
    // phrase belongs to the description, as "familiar with the talks" does.
    assert_eq!(speaker_of(&a, "Not in our name").as_deref(), Some("Protesters marching through the streets"));
}

#[test]
fn a_titled_person_once_written_after_to_can_still_speak() {
    let a = run("Voters wrote letters to Lind all week.\n\
         Worried about turnout, President Ana Lind is trying a blunt new message: “This vote is about me.”");
    assert_eq!(speaker_of(&a, "This vote is about me").as_deref(), Some("Ana Lind"));
}

#[test]
fn an_opening_participle_clause_takes_the_main_subject_and_numbers_may_lead_a_description() {
    let a = run("Senator Ana Lind wrote about the fall in her memoir.\n\
         After saying her knee was “too sore to walk,” she was taken to hospital.\n\
         “The rules are wrong,” said 20-year veteran Mara Voss.");
    assert_eq!(speaker_of(&a, "too sore").as_deref(), Some("Ana Lind"));
    assert_eq!(speaker_of(&a, "The rules are wrong").as_deref(), Some("Mara Voss"));
}

#[test]
fn a_definite_title_that_names_a_person_is_one_of_their_positions() {
    let a = run("Interior Minister Rosa Vidal toured the port on Monday.\n\
         “We will rebuild it,” the minister said.");
    assert_eq!(speaker_of(&a, "We will rebuild").as_deref(), Some("Rosa Vidal"));
    assert_eq!(positions_of(&a, "Rosa Vidal"), vec!["Interior Minister", "minister"]);
}

#[test]
fn a_nickname_in_marks_is_part_of_the_name_not_a_quote_with_a_speaker() {
    let a = run("“We will win this seat,” Rep. Daniel “Danny” Marsh said on Monday. Marsh then left.");
    assert_eq!(speaker_of(&a, "We will win").as_deref(), Some("Daniel “Danny” Marsh"));
    assert_eq!(speaker_of(&a, "Danny"), None);
    // The later surname joins the same person.
    let p = a.people.iter().find(|p| p.name.ends_with("Marsh")).unwrap();
    assert_eq!(p.mentions.len(), 2);
}

#[test]
fn a_headline_cue_in_capitals_attributes_and_ends_the_name() {
    let a = run("Port Closure Will Cost Thousands Of Jobs, Mayor Rita Okoye Says\n\nOkoye spoke on Monday.");
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("the headline's report");
    assert_eq!(q.text, "Port Closure Will Cost Thousands Of Jobs");
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Rita Okoye"));
}

#[test]
fn sentence_opening_first_names_surnames_like_adverbs_and_shouting_stay_right() {
    let a = run("Emily Ruiz said the vote was over. The emily rose grows here.\n\
         Dan Rather said: “It was accurate.”\n\
         THE MAYOR WARNS OF FLOODS, SAYS “WE ARE READY”\n\
         Unlike Acme, Ana Lind said “no” to the deal.");
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Emily Ruiz"), "{names:?}");
    assert_eq!(speaker_of(&a, "It was accurate").as_deref(), Some("Dan Rather"));
    // Shouted capitals are no headline: "SAYS" is not a name.
    assert_eq!(speaker_of(&a, "WE ARE READY"), None);
    assert_eq!(speaker_of(&a, "no").as_deref(), Some("Ana Lind"));
}

/// The speaker of the first indirect quote whose text starts with `prefix`.
fn reporter_of(a: &Annotations, prefix: &str) -> Option<String> {
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no indirect quote starting {prefix:?} in {:#?}", a.quotes));
    q.speaker.map(|s| a.people[s].name.to_string())
}

#[test]
fn a_long_appositive_keeps_the_name_that_opens_the_clause() {
    // The appositive ends in a place; the place is not the subject.
    let a =
        run("Lena Ortiz, a retired nurse who moved to Dayton from Tucson, Arizona, in 2019, said three houses on her street are empty.");
    assert_eq!(reporter_of(&a, "three houses").as_deref(), Some("Lena Ortiz"));
    // Longer than any fixed window, and the content opens with a noun phrase.
    let a = run(
        "Paul Brandt, a professor of maritime law at the University of Vermont who has studied such cases for more than a decade, said the ruling was narrow.",
    );
    assert_eq!(reporter_of(&a, "the ruling was narrow").as_deref(), Some("Paul Brandt"));
    // After an opening phrase, and with an age and a relative clause.
    let a = run("On Monday, Dana Perez, 61, the lead plaintiff, who has driven a cab around Aurora, Colorado, since 2018, said she heard the news from a passenger.");
    assert_eq!(reporter_of(&a, "she heard").as_deref(), Some("Dana Perez"));
    assert!(a.people.iter().all(|p| p.name != "Colorado"), "{:?}", a.people);
}

#[test]
fn a_title_named_by_its_appositive_gives_the_name() {
    let a = run("“We will appeal this,” the drivers’ lead attorney, Marcus Feld, said.");
    assert_eq!(speaker_of(&a, "We will appeal").as_deref(), Some("Marcus Feld"));
    assert_eq!(a.quotes[0].source.as_ref().unwrap().text, "Marcus Feld");
    // The quote with its title is no reported clause.
    assert!(a.quotes.iter().all(|q| q.kind != QuoteKind::Indirect), "{:?}", a.quotes);
    let a = run("“We were never consulted,” the players’ union said.");
    assert_eq!(speaker_of(&a, "We were never").as_deref(), Some("players’ union"));
}

#[test]
fn a_title_of_a_name_describes_the_speaker_not_the_name() {
    // "the mayor of Tarvik" is the speaker; Tarvik is the mayor's town.
    let a = run("“We will rebuild the quay,” said the mayor of Tarvik, Ilse Brandt.");
    assert_eq!(speaker_of(&a, "We will rebuild").as_deref(), Some("Ilse Brandt"));
    assert_eq!(positions_of(&a, "Ilse Brandt"), ["mayor of Tarvik"]);
    // (A name after an elided article: "Val d'Orsane".)
    let a = run("“We tell people every winter,” said the mayor of Val d'Arlo, Ilse Brandt.");
    assert_eq!(speaker_of(&a, "We tell").as_deref(), Some("Ilse Brandt"));
    assert_eq!(positions_of(&a, "Ilse Brandt"), ["mayor of Val d'Arlo"]);
    let a = run("“Orders fell,” the chief executive of Norrvik Steel said.");
    assert_eq!(speaker_of(&a, "Orders fell").as_deref(), Some("chief executive of Norrvik Steel"));
    let a = run("“We are proud of him,” said the wife of Tomas Vidal.");
    assert_eq!(speaker_of(&a, "We are proud").as_deref(), Some("wife of Tomas Vidal"));
    // Two appositives between the name and the cue.
    let a =
        run("“The levy is unlawful,” Ilse Brandt, the attorney general of Marland, one of the states suing the agency, said on Monday.");
    assert_eq!(speaker_of(&a, "The levy").as_deref(), Some("Ilse Brandt"));
}

#[test]
fn a_bare_role_quoted_then_a_name_quoted_are_two_speakers() {
    // "the warden" speaks, then a newly named person with a cue of their
    // own: two people in turn, and the role is no position of the second.
    let a = run("“The gate stays shut,” the warden said. “I walked in anyway,” said Bruno Falk.");
    assert_eq!(speaker_of(&a, "The gate").as_deref(), Some("warden"));
    assert_eq!(speaker_of(&a, "I walked").as_deref(), Some("Bruno Falk"));
    assert!(positions_of(&a, "Bruno Falk").is_empty(), "{:?}", a.people);
}

#[test]
fn an_arabic_surname_keeps_its_article() {
    // "al-", "el-": the surname is the name's, in full and on its own.
    let a = run("“The talks were long,” said Yusuf al-Rashid, a Jordanian envoy. “We waited,” al-Rashid said.");
    assert_eq!(speaker_of(&a, "The talks").as_deref(), Some("Yusuf al-Rashid"));
    assert_eq!(speaker_of(&a, "We waited").as_deref(), Some("Yusuf al-Rashid"));
    assert_eq!(positions_of(&a, "Yusuf al-Rashid"), ["Jordanian envoy"]);
    let a = run("“We are ready,” said Mona el-Tayeb, the party leader, at a pro-Union rally.");
    assert_eq!(speaker_of(&a, "We are ready").as_deref(), Some("Mona el-Tayeb"));
}

#[test]
fn an_unlisted_name_of_an_organisation_is_the_persons() {
    // Neither word of "Ngozi Adebayo" is in any list: "of Tidewell Trust"
    // is her affiliation, not part of a body's name.
    let a = run("“We were shocked,” said Ngozi Adebayo of Tidewell Trust.");
    assert_eq!(speaker_of(&a, "We were shocked").as_deref(), Some("Ngozi Adebayo"));
    let a = run("Their lead solicitor, Ngozi Adebayo of Carrow Legal, told reporters: “The families deserve answers.”");
    assert_eq!(speaker_of(&a, "The families").as_deref(), Some("Ngozi Adebayo"));
    assert_eq!(positions_of(&a, "Ngozi Adebayo"), ["lead solicitor"]);
    // A body's name after "the" stays one ("The Harbourside Chamber of Commerce").
    let a = run("“We object,” said the Harbourside Chamber of Commerce.");
    assert_eq!(speaker_of(&a, "We object").as_deref(), Some("Harbourside Chamber of Commerce"));
}

#[test]
fn a_former_holder_is_not_the_title_restated() {
    // "the Norway captain" is the present one, not the former.
    let a = run("The Norway captain, Ivo Marsh, spoke first. Former Norway captain Dag Lund was angry. \
         “He may say what he likes,” the Norway captain said.");
    assert_eq!(speaker_of(&a, "He may say").as_deref(), Some("Ivo Marsh"));
    assert_eq!(positions_of(&a, "Dag Lund"), ["Former Norway captain"]);
}

#[test]
fn any_possessor_before_a_role_makes_a_source() {
    // "resort", "farm": no organisation noun, still the role's possessor.
    let a = run("“The slope was shut,” the resort's director said.");
    assert_eq!(speaker_of(&a, "The slope").as_deref(), Some("resort's director"));
    let a = run("“The slope was shut,” the resort's safety director, Yann Kerlo, said.");
    assert_eq!(speaker_of(&a, "The slope").as_deref(), Some("Yann Kerlo"));
    assert_eq!(positions_of(&a, "Yann Kerlo"), ["resort's safety director"]);
}

#[test]
fn an_age_as_a_noun_refers_to_the_person_just_named() {
    let a = run("Rosa Kim, who rents two flats behind her home in Elm Park, said the income pays her taxes.\n\n\
         “This is how I stay in my house,” the 58-year-old said.");
    assert_eq!(speaker_of(&a, "This is how").as_deref(), Some("Rosa Kim"));
    assert_eq!(a.people.len(), 1, "{:?}", a.people);
}

#[test]
fn dialogue_turns_alternate_by_forms_of_address() {
    let a = run("At the bakery, baker Ines Vole is already at the counter when the first customer, Rudi Marsh, arrives.\n\n\
         “A rye loaf, Ines, and one of the seeded ones.”\n\n\
         “You always ask for the seeded ones, Rudi.”\n\n\
         “Because they are the best.”\n\n\
         “Then you are in luck.”\n");
    assert_eq!(speaker_of(&a, "A rye loaf").as_deref(), Some("Rudi Marsh"));
    assert_eq!(speaker_of(&a, "You always ask").as_deref(), Some("Ines Vole"));
    assert_eq!(speaker_of(&a, "Because they").as_deref(), Some("Rudi Marsh"));
    assert_eq!(speaker_of(&a, "Then you").as_deref(), Some("Ines Vole"));
}

#[test]
fn a_question_asked_is_answered_by_the_other_speaker() {
    let a = run("“We open at six,” baker Ines Vole said.\n\n\
         “Are you staying open on Sundays?” asks a man in a wet jacket.\n\n\
         “Only until the summer.”\n");
    assert_eq!(speaker_of(&a, "Are you staying").as_deref(), Some("man in a wet jacket"));
    assert_eq!(speaker_of(&a, "Only until").as_deref(), Some("Ines Vole"));
}

#[test]
fn bare_quote_paragraphs_without_address_continue_the_speaker() {
    // News convention: no form of address, no question asked, no dialogue.
    let a = run("“The budget is late,” said council leader Ines Vole.\n\n\
         “We will publish it next week.”\n\n\
         “Nobody will lose a service.”\n");
    assert_eq!(speaker_of(&a, "We will publish").as_deref(), Some("Ines Vole"));
    assert_eq!(speaker_of(&a, "Nobody will").as_deref(), Some("Ines Vole"));
}

#[test]
fn interview_turns_go_to_interviewer_and_interviewee() {
    let a = run("A talk with potter Lena Hale, who has thrown pots for thirty years. Our reporter Omar Reyes spoke to her.\n\n\
         Q: When did you start?\n\n\
         A: In 1990. My teacher, Ruth Ames, looked at my first bowl and said, “Start again.” I did.\n\n\
         Q: And what comes next, after all these years?\n\n\
         A: Now I teach.\n");
    let who = |prefix: &str| speaker_of_any(&a, prefix);
    assert_eq!(who("When did you").as_deref(), Some("Omar Reyes"));
    assert_eq!(who("In 1990").as_deref(), Some("Lena Hale"));
    assert_eq!(who("And what comes").as_deref(), Some("Omar Reyes"));
    assert_eq!(who("Now I teach").as_deref(), Some("Lena Hale"));
    // A quote inside an answer is the person the answer names.
    assert_eq!(who("Start again").as_deref(), Some("Ruth Ames"));
}

#[test]
fn a_short_form_of_an_organisation_is_the_organisation() {
    let a =
        run("The players’ union said it had not been consulted. The union said its members were “professionals who will do their job”.");
    let orgs: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(orgs, vec!["players’ union"]);
    assert!(a.quotes.iter().all(|q| q.speaker == Some(0)), "{:#?}", a.quotes);
}

#[test]
fn a_headline_quote_names_its_speaker_after_a_colon() {
    let a = run("‘The clay decides’: Elm Falls potter Lena Hale on forty years at the wheel\n\nLena Hale has thrown pots since 1985.");
    assert_eq!(speaker_of(&a, "The clay decides").as_deref(), Some("Lena Hale"));
    let a = run("“We will win”: coach Dana Perez before the final\n\nThe final is on Sunday.");
    assert_eq!(speaker_of(&a, "We will win").as_deref(), Some("Dana Perez"));
    // Mid-paragraph, a colon after a quote introduces no speaker.
    let a = run("The sign read “Closed”: Ana Ruiz had gone home.");
    assert_eq!(speaker_of(&a, "Closed"), None);
}

#[test]
fn a_pronoun_after_a_relative_clause_speaker_is_the_main_subject() {
    let a =
        run("In her ruling, Judge Ada Moss cited a former manager, Gwen Harrow, who said slow drivers were “quietly dropped” by the app. \
         She wrote that the account “does not hold.”");
    // The partial inside Harrow's reported clause is hers.
    assert_eq!(speaker_of(&a, "quietly dropped").as_deref(), Some("Gwen Harrow"));
    // "She" is the judge, the subject of the sentence before, not the
    // speaker inside its relative clause.
    assert_eq!(speaker_of(&a, "does not hold").as_deref(), Some("Ada Moss"));
    assert_eq!(reporter_of(&a, "the account").as_deref(), Some("Ada Moss"));
}

#[test]
fn a_name_described_by_a_role_noun_is_a_person_and_a_subject() {
    let a = run("His nephew Samir, 24, works the till on Saturdays and thinks his uncle should have asked for help. “He’s too proud to ask for help,” he says.");
    assert_eq!(speaker_of(&a, "He’s too proud").as_deref(), Some("Samir"));
}

#[test]
fn inverted_cue_with_numbered_title_before_name() {
    let a = run("“They promised us the depot would stay,” said Local 402 President Ana Ruiz, who drives the night route.");
    assert_eq!(speaker_of(&a, "They promised").as_deref(), Some("Ana Ruiz"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn title_with_portfolio_is_a_description_not_a_name() {
    let a = run("The Minister of State for Coastal Affairs said on Monday that she had doubts about the harbour plan.\n\n\
         The Secretary of Fisheries Tomas Berg said the plan was “sound”.");
    assert!(a.people.iter().all(|p| p.name != "Coastal Affairs"), "{:#?}", a.people);
    let first = a.quotes.iter().find(|q| q.text.starts_with("she had doubts")).expect("reported speech");
    let speaker = &a.people[first.speaker.expect("a speaker")];
    assert_eq!(first.source.as_ref().unwrap().text, "Minister of State for Coastal Affairs");
    assert_ne!(speaker.name, "Tomas Berg");
    assert_eq!(speaker_of(&a, "sound").as_deref(), Some("Tomas Berg"));
    assert_eq!(positions_of(&a, "Tomas Berg"), vec!["Secretary of Fisheries"]);
}

#[test]
fn name_of_a_modified_party_and_coordinated_reports() {
    let a = run("Governor Lea Marsh of the centrist Harbour Alliance (HA) dismissed the audit as “a fishing trip” \
         and said the state charter “plainly allows” a second vote.");
    assert_eq!(reporter_of(&a, "the audit as").as_deref(), Some("Lea Marsh"));
    assert_eq!(reporter_of(&a, "the state charter").as_deref(), Some("Lea Marsh"));
    assert_eq!(speaker_of(&a, "plainly allows").as_deref(), Some("Lea Marsh"));
    assert_eq!(speaker_of(&a, "a fishing trip").as_deref(), Some("Lea Marsh"));
    assert!(a.people.iter().all(|p| p.name != "Harbour Alliance" && p.name != "state charter"), "{:#?}", a.people);
}

#[test]
fn possessive_title_with_portfolio_links_to_the_minister_named_next() {
    let a = run("Norland’s Minister of Fisheries called the quota “reckless” on Monday.\n\n\
         “We will not sign it,” Tomas Berg, who also chairs the harbour board, told reporters.");
    assert_eq!(speaker_of(&a, "reckless").as_deref(), Some("Tomas Berg"));
    assert!(a.people.iter().all(|p| p.name != "Fisheries"), "{:#?}", a.people);
    // A text may open on the title itself (this once read before the text).
    let b = run("Minister for Coastal Affairs said on Monday that the quota was “reckless”.");
    assert!(b.quotes.iter().any(|q| q.kind == QuoteKind::Indirect && q.text.starts_with("the quota")), "{:#?}", b.quotes);
}

#[test]
fn family_name_first_is_one_person_and_keeps_the_pronoun() {
    let a = run("Lena Vos, the Dutch trade minister, said she had raised wages with Park Min-ji, the Korean labour minister.\n\n\
         Park said the deal included “firm protections” for workers. She called the protections “final”.");
    let park = a.people.iter().filter(|p| p.name.starts_with("Park")).count();
    assert_eq!(park, 1, "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "final").as_deref(), Some("Park Min-ji"));
}

#[test]
fn age_and_nationality_describe_the_person_named_last() {
    let a = run("Across the river, the visitors’ coach, Mark Dahl, said his side was ready.\n\n\
         ‘We respect them,’ the 51-year-old Swede added. ‘But we fear nobody,’ added the veteran Swede.");
    assert_eq!(speaker_of(&a, "We respect").as_deref(), Some("Mark Dahl"));
    assert_eq!(speaker_of(&a, "But we fear").as_deref(), Some("Mark Dahl"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn a_kin_appositive_names_a_person_with_the_nouns_sex() {
    let a = run("I grew up by the estuary. My mother, Ines, ran the ferry before me. “Never trust a calm tide,” she said.\n\n\
         I once sailed on a ketch called Morning Star, in 1990.");
    assert_eq!(speaker_of(&a, "Never trust").as_deref(), Some("Ines"));
    // Naming is not speech: "a ketch called Morning Star".
    assert!(a.quotes.iter().all(|q| !q.text.starts_with("Morning Star")), "{:#?}", a.quotes);
}

#[test]
fn a_name_ending_in_a_place_head_is_never_he() {
    // ("Tamar Rivulet", with a head not in the list, takes the "he".)
    let a = run("The boatyard sat on the bank. Tamar River floods every spring. “Keep the saw sharp,” he said.");
    assert_ne!(speaker_of(&a, "Keep the saw").as_deref(), Some("Tamar River"));
    assert!(a.people.iter().all(|p| p.name != "Tamar River"), "{:#?}", a.people);
}

#[test]
fn a_newcomers_question_is_answered_by_the_person_the_story_is_about() {
    let a = run("The baker Ruth Ames opens at six. Ames has run the shop since 1990, and Ames says she will not sell.\n\n\
         Her son Tom, 30, helps on Fridays. “She works too hard,” he says.\n\n\
         By eight the queue is long.\n\n\
         “Are you really closing?” asks a man in a blue cap.\n\n\
         “Not while I can knead, love.”\n\n\
         “Good, because the supermarket bread is awful.”\n\n\
         “Then tell the landlord.”");
    assert_eq!(speaker_of(&a, "Not while").as_deref(), Some("Ruth Ames"));
    assert_eq!(speaker_of(&a, "Good, because").as_deref(), Some("man in a blue cap"));
    assert_eq!(speaker_of(&a, "Then tell").as_deref(), Some("Ruth Ames"));
}

#[test]
fn and_said_after_a_subordinate_clause_belongs_to_the_main_subject() {
    let a = run("I grew up by the estuary. My aunt, Ines, ran the ferry, and she stood beside me while I tied the first knot and said, “Pull it until it bites.”\n\n\
         “When the inspector sat down with me and said, ‘The hull is sound,’ I cried,” Tom Reyes said.");
    assert_eq!(speaker_of(&a, "Pull it").as_deref(), Some("Ines"));
    // With no main verb before it, the subordinate clause's subject.
    assert_ne!(speaker_of(&a, "The hull").as_deref(), Some("Tom Reyes"));
}

#[test]
fn i_inside_a_quote_is_the_outer_speaker_quoting_themselves() {
    let a = run("“When Ana showed me the plans, I told her, ‘Count us in,’” Luc Brandt said.");
    assert_eq!(speaker_of(&a, "Count us in").as_deref(), Some("Luc Brandt"));
}

#[test]
fn a_compound_title_then_the_name_in_apposition() {
    let a = run("“We are being careful,” the firm’s chief operating officer, Dana Kroll, said on the call.");
    assert_eq!(speaker_of(&a, "We are being").as_deref(), Some("Dana Kroll"));
}

#[test]
fn any_past_verb_closing_the_clause_after_a_quote_is_a_manner_of_speaking() {
    // "pressed", "interjected", "shot back": not reporting verbs by the
    // lexicon, but after a quote that is their object they say who spoke.
    let a = run("Nadia Brook asked the minister about the budget. “I have answered that,” Omar Vance said.\n\n\
         “And the year before?” Brook pressed.\n\n\
         “Not by me,” Vance shot back.");
    assert_eq!(speaker_of(&a, "And the year before").as_deref(), Some("Nadia Brook"));
    assert_eq!(speaker_of(&a, "Not by me").as_deref(), Some("Omar Vance"));
    // Inverted too: "beamed Ana Hartley".
    let c = run("Omar Vance spoke first.\n\n“This is fantastic!” beamed Ana Hartley of Madison, who had driven all night.");
    assert_eq!(speaker_of(&c, "This is fantastic").as_deref(), Some("Ana Hartley"));
    // A verb that does not close the clause is no cue.
    let b = run("“We lost,” the coach said. “Again?” Marta Vinn walked out of the room.");
    assert_ne!(speaker_of(&b, "Again").as_deref(), Some("Marta Vinn"));
}

#[test]
fn with_and_a_participle_after_a_comma_is_an_absolute_phrase_whose_noun_speaks() {
    // ", with Senator Hale telling reporters …": Hale speaks, not the
    // sentence's subject.
    let a = run("The attack sparked a debate over how the United States responds, with Senator John Hale telling reporters he saw the mayor as “directly responsible” for it.");
    assert_eq!(speaker_of(&a, "directly responsible").as_deref(), Some("John Hale"));
}

#[test]
fn a_state_after_a_city_between_commas_is_no_appositive_subject() {
    // "in Columbus, Ohio, said": Ohio locates Columbus; Ruiz speaks.
    let a = run("Ana Ruiz, during a town hall meeting in Columbus, Ohio, said she was “going to close the mine.”");
    assert_eq!(speaker_of(&a, "going to close").as_deref(), Some("Ana Ruiz"));
    assert!(!a.people.iter().any(|p| p.name == "Ohio"), "{:?}", a.people);
}

#[test]
fn a_weekday_is_never_a_speaker() {
    let a = run("In responding Friday, Ruiz’s campaign took the unusual step of criticizing the agency, accusing spy agencies of “overclassification run amok.”");
    assert!(!a.people.iter().any(|p| p.name == "Friday"), "{:?}", a.people);
}

#[test]
fn a_role_noun_heads_a_speaker_description_as_its_plural_does() {
    // "lobbyist", "agent", "speechwriter": occupations, so speakers in the
    // singular as "lobbyists" already were in the plural.
    let a = run("“The bill is dead,” the lobbyist said.\n\n\
         “This is a broad statute,” former FBI agent Tim Gill explained.\n\n\
         “These are dark days,” former Obama speechwriter Ann Lee said.");
    assert_eq!(speaker_of(&a, "The bill is dead").as_deref(), Some("lobbyist"));
    assert_eq!(speaker_of(&a, "This is a broad").as_deref(), Some("Tim Gill"));
    assert_eq!(speaker_of(&a, "These are dark").as_deref(), Some("Ann Lee"));
    // A phrase never ends on its relative pronoun: "a staffer at the
    // agency who said" is the staffer named before it.
    let b = run("They included John Bentel, a staffer at the State Department who said the email “was fine.”");
    assert_eq!(speaker_of(&b, "was fine").as_deref(), Some("John Bentel"));
}

#[test]
fn a_reduced_clause_after_a_cue_is_no_cue_of_its_own() {
    // "when asked": no subject, so no speaker; the cue before it ("who
    // told Congress") has one.
    let a = run("Senator John Hale spoke first.\n\n\
         The case falls to Attorney General Ruth Lane, who told Congress when asked last month about it: “That matter is being handled by career agents.”");
    assert_eq!(speaker_of(&a, "That matter").as_deref(), Some("Ruth Lane"));
}

#[test]
fn a_past_verb_before_the_comma_or_colon_that_opens_a_quote_is_its_cue() {
    // "interjected", "shot back": not listed, but right before the quote's
    // comma or colon, after its subject, a manner of speaking.
    let a = run("Omar Vance took the stage.\n\n\
         Nadia Brook interjected, “Ladies and gentlemen, the mayor.”\n\n\
         Vance shot back: “Not true.”");
    assert_eq!(speaker_of(&a, "Ladies and").as_deref(), Some("Nadia Brook"));
    assert_eq!(
        a.quotes.iter().find(|q| q.text.starts_with("Not true")).and_then(|q| q.cue.as_ref()).map(|c| c.text.as_ref()),
        Some("shot back")
    );
    // A verb inside a phrase before the quote is not its cue.
    let b = run("Omar Vance took the stage. The crowd Vance gathered, “hundreds” of them, cheered.");
    assert_eq!(speaker_of(&b, "hundreds"), None);
}

#[test]
fn a_past_verb_after_a_quote_and_comma_may_take_where_and_when() {
    // "fumed", "riffed": after a quote closed by a comma the sentence goes
    // on, and a subject with any past verb and only phrases of where or
    // when is the attribution, not the previous speaker's continuation.
    let a = run("“The bridge stays shut,” Omar Vance said.\n\n\
         “If they were serious, they would have called me,” Nadia Brook fumed on Tuesday.\n\n\
         “Nobody asked the farmers,” the county chairman riffed at the hearing, drawing applause.\n\n\
         “They came for the free stuff,” Omar Vance shot back with a laugh.");
    assert_eq!(speaker_of(&a, "If they were").as_deref(), Some("Nadia Brook"));
    assert_eq!(
        a.quotes.iter().find(|q| q.text.starts_with("They came")).and_then(|q| q.cue.as_ref()).map(|c| c.text.as_ref()),
        Some("shot back")
    );
    assert_eq!(
        a.quotes.iter().find(|q| q.text.starts_with("Nobody")).and_then(|q| q.source.as_ref()).map(|s| s.text.as_ref()),
        Some("county chairman")
    );
    // An object after the verb makes it an action; a question mark may end
    // the sentence, so a new one may begin with its own subject.
    let b = run("“The bridge stays shut,” Omar Vance said.\n\n\
         “As a boss on the show,” Nadia Brook demeaned women with cruel words.\n\n\
         “Again?” Marta Vinn walked in the door.");
    assert_ne!(speaker_of(&b, "As a boss").as_deref(), Some("Nadia Brook"));
    assert_ne!(speaker_of(&b, "Again").as_deref(), Some("Marta Vinn"));
}

#[test]
fn a_participle_after_a_clause_and_a_place_takes_the_clause_subject() {
    // ", Dolan went after his rival, calling": a clause between commas is
    // no appositive, and "New Hampshire" after "Salem," locates Salem: the
    // participle's speaker is the clause's subject, never the place.
    let a = run("Mark Dolan spent the day on the road.\n\n\
         At a town hall in Salem, New Hampshire, Dolan went after his rival, calling him “a total stiff.”");
    assert_eq!(speaker_of(&a, "a total stiff").as_deref(), Some("Mark Dolan"));
    assert!(!a.people.iter().any(|p| p.name == "New Hampshire"), "{:?}", a.people);
    // Between commas, an appositive with a participle still names the
    // subject ("Ruiz, writing for the majority, said").
    let b = run("Judge Ana Ruiz, writing for the majority, said the law “is quite generous.”");
    assert_eq!(speaker_of(&b, "is quite generous").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_statement_is_spoken_by_whoever_issued_it() {
    // "issued a statement saying …": the subject of the verb of issuing
    // speaks, not a new speaker called "statement" nor the organisation
    // named last.
    let a = run("The Harbor Trust objected to the bypass.\n\n\
         Senator Ruth Vale issued a statement saying the plan “would cost far too much.”");
    assert_eq!(speaker_of(&a, "would cost far").as_deref(), Some("Ruth Vale"));
    assert!(!a.people.iter().any(|p| p.name == "statement"), "{:?}", a.people);
}

#[test]
fn a_verb_after_but_shares_the_subject_of_the_verb_before() {
    // "declined to discuss … but said": as with "and", the subject of the
    // first verb says what follows, as it would with "said" alone.
    let text = "Mayor Jon Reed spoke on Monday.\n\n\
         A spokeswoman for the Harbor Trust declined to address the report specifically but said in a statement that “the trust did not ignore the warnings.”";
    let plain = run(&text.replace("declined to address the report specifically but said", "said"));
    let a = run(text);
    assert!(speaker_of(&plain, "the trust did not").is_some());
    assert_eq!(speaker_of(&a, "the trust did not"), speaker_of(&plain, "the trust did not"));
}

#[test]
fn the_group_is_the_organisation_named_last_whatever_its_kind() {
    // "trust" names a kind of organisation, "group" another; "the group"
    // and "the organisation" may refer to any kind.
    let a = run("The Harbor Trust objected to the bypass on Monday. The group said the port “must stay open.”");
    assert_eq!(speaker_of(&a, "must stay open").as_deref(), Some("Harbor Trust"));
}

#[test]
fn a_description_joins_the_person_later_introduced_with_its_title() {
    // "The judge" speaks before anyone is named; "District Judge Maura
    // Kell" paragraphs later is that judge: one entity, not two.
    let a = run("A former clerk was jailed on Friday. The judge said the theft was “cruel”.\n\n\
         The clerk's lawyer, Ben Osler, said his client was sorry.\n\n\
         Neighbours filled the public gallery.\n\n\
         District Judge Maura Kell said she had read every letter.");
    assert_eq!(speaker_of(&a, "cruel").as_deref(), Some("Maura Kell"));
    assert!(!a.people.iter().any(|p| p.name == "judge"), "{:?}", a.people);
}

#[test]
fn a_name_of_an_institution_is_the_person_not_the_institution() {
    let a = run("“Nobody designs a loud ward,” Dr. Felix Brandauer of Lakeshore College said.\n\n\
         “We will appeal,” said Rep. Tomas Hale of Texas.");
    assert_eq!(speaker_of(&a, "Nobody designs").as_deref(), Some("Felix Brandauer"));
    assert_eq!(speaker_of(&a, "We will appeal").as_deref(), Some("Tomas Hale"));
}

#[test]
fn a_team_before_a_role_is_no_person_and_an_age_finds_the_titled_coach() {
    // "Brackley Wanderers head coach Ana Voss": the team is a body; "the
    // 47-year-old Swede" is the coach introduced with a role, not the
    // other team named last.
    let a = run("Brackley Wanderers head coach Ana Voss said her side was ready.\n\n\
         Across town, the visitors' head coach, Lasse Brink, said his side would attack. \
         Dunmore Athletic beat Brackley Wanderers twice last season.\n\n\
         “We respect them,” the 47-year-old Swede added.");
    assert_eq!(speaker_of(&a, "We respect them").as_deref(), Some("Lasse Brink"));
    assert!(a.people.iter().all(|p| p.name != "Brackley Wanderers" || p.kind == PersonKind::Org), "{:?}", a.people);
}

#[test]
fn a_surname_of_several_words_joins_the_full_name() {
    let a = run("Liam Mac Suibhne, who chairs the co-op, said: “We will fight.”\n\n\
         Mac Suibhne said he had written to the minister. Eoin de Búrca agreed, and de Búrca said so twice.");
    assert_eq!(reporter_of(&a, "he had written").as_deref(), Some("Liam Mac Suibhne"));
    assert_eq!(a.people.iter().filter(|p| p.name.contains("Suibhne")).count(), 1, "{:?}", a.people);
}

/// The kind of the person named `name`.
fn kind_of(a: &Annotations, name: &str) -> Option<PersonKind> {
    a.people.iter().find(|p| p.name == name).map(|p| p.kind)
}

#[test]
fn a_place_that_speaks_is_an_organisation_never_a_person() {
    let a = run("Talks stalled again on Tuesday. Lisbon says the proposal is a trap, and ministers there want more time.");
    assert_eq!(kind_of(&a, "Lisbon"), Some(PersonKind::Org), "{:#?}", a.people);
    assert!(a.people.iter().all(|p| p.kind != PersonKind::Person), "{:#?}", a.people);
}

#[test]
fn a_place_after_a_name_in_the_source_phrase_is_not_the_speaker() {
    let a = run("“We are not done yet,” said Senator Delia Farrow of New Mexico. “The bill comes back next week.”");
    assert_eq!(speaker_of(&a, "We are not done").as_deref(), Some("Delia Farrow"));
    assert!(a.people.iter().all(|p| p.name != "New Mexico"), "{:#?}", a.people);
}

#[test]
fn a_place_takes_no_position_and_no_pronoun() {
    let a = run("Portugal, a founding member, backed the plan. Ines Calado, the finance minister, spoke first. “It works,” she said.");
    assert!(a.people.iter().all(|p| p.name != "Portugal"), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "It works").as_deref(), Some("Ines Calado"));
}

#[test]
fn a_described_source_at_a_place_is_the_description() {
    let a = run("Mira Dunlow has worked in the yard for four years. My back gave out in June. A surgeon at Penmore told me I should stop lifting timber. And Mira is ready. Last spring she said, “Let me run the yard,” and I agreed.");
    let q = a.quotes.iter().find(|q| q.text.starts_with("I should stop")).expect("reported speech found");
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("surgeon at Penmore"), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "Let me run").as_deref(), Some("Mira Dunlow"));
}

#[test]
fn a_name_and_a_titled_name_are_a_group() {
    // "Hale and his deputy Ana Ruiz": both speak, not the second alone.
    let a = run("Hale and his deputy Ana Ruiz, who has met the unions twice, have insisted that the strike will end soon.");
    let q = a.quotes.iter().find(|q| q.text.starts_with("the strike")).expect("reported speech");
    let p = &a.people[q.speaker.expect("a speaker")];
    assert_eq!(p.kind, PersonKind::Group, "{p:?}");
    assert_eq!(p.name, "Hale and his deputy Ana Ruiz");
    // Its members are people of their own, listed on the group.
    let members: Vec<&str> = p.members.iter().map(|&m| a.people[m].name.as_str()).collect();
    assert_eq!(members, ["Hale", "Ana Ruiz"]);
    assert_eq!(a.people[p.members[1]].positions[0].text, "deputy");
}

#[test]
fn i_reporting_inside_an_answer_is_the_one_answering() {
    let a = run("Tom Hale: Were you surprised?\n\nAna Ruiz: Of course. I told the council in 2019 that you can cut a project. That is still true.\n\nTom Hale: Why?");
    assert_eq!(reporter_of(&a, "you can cut").as_deref(), Some("Ana Ruiz"));
    assert!(a.people.iter().all(|p| p.name != "I"), "{:?}", a.people);
    // "Does" opening a question is no name.
    let b = run("Tom Hale: Does the council agree?\n\nAna Ruiz: It said so in March.");
    assert!(b.people.iter().all(|p| p.name != "Does"), "{:?}", b.people);
}

#[test]
fn mr_and_ms_of_one_surname_are_two_people() {
    let a = run("The lido is run by Carla Brandt and her brother Piet Brandt.\n\n\
         Ms Brandt was not reassured. “I have heard that before,” she said.\n\n\
         Her brother was more hopeful. “They can give us a lease,” Mr Brandt said.");
    assert_eq!(speaker_of(&a, "I have heard").as_deref(), Some("Carla Brandt"));
    assert_eq!(speaker_of(&a, "They can give").as_deref(), Some("Piet Brandt"));
}

#[test]
fn a_relative_quoted_inside_a_quote_speaks_the_inner_words() {
    let a = run("“I waited 19 months,” said Ada Finch. “My grandson asked me, ‘Grandma, why are we still in a camper?’ and I had no answer,” she said.");
    assert_eq!(speaker_of(&a, "Grandma, why").as_deref(), Some("grandson"));
    assert_eq!(speaker_of(&a, "My grandson asked").as_deref(), Some("Ada Finch"));
}

#[test]
fn a_partial_quote_without_a_cue_is_its_clause_subjects_phrase() {
    // No reporting verb: the phrase in marks is the subject's, not the
    // last speaker's — also when the marked phrase is long.
    let a = run("“We will not back down,” said Governor Lisa Marr.\n\n\
         In recent weeks, Walt Brenner has gone after Marr as a “career grifter who will sell the county” \
         and a “spoiled heiress.”\n\n\
         Brenner is promising lower fees and “roads, roads, roads,” but few believe him.\n\n\
         Ashby Town chairman Omar Pell calls the plan “a kick in the teeth.”");
    assert_eq!(speaker_of(&a, "career grifter").as_deref(), Some("Walt Brenner"));
    assert_eq!(speaker_of(&a, "spoiled heiress").as_deref(), Some("Walt Brenner"));
    assert_eq!(speaker_of(&a, "roads, roads").as_deref(), Some("Walt Brenner"));
    assert!(a.people.iter().all(|p| p.name != "Ashby Town"), "{:?}", a.people);
    // A pronoun opening the clause: resolved as any subject pronoun.
    let a = run("Former Governor Paul Renner toured the clinic.

         He made the remarks while backing the county's “open door” plan.");
    assert_eq!(speaker_of(&a, "open door").as_deref(), Some("Paul Renner"));
}

#[test]
fn words_in_marks_inside_a_quote_with_no_one_saying_them_are_the_outer_speakers() {
    // No one inside the quote is said to speak the inner words: the
    // speaker's own (a feeling, a term). Somebody heard yelling is not.
    let a = run("Senator Rhea Dallow spoke to farmers in Ames.\n\n\
         “It feels like, ‘Meh, we can put this off a little bit,’” she said.\n\n\
         “I've always disliked the term ‘rural outreach,’ ” she told the group.\n\n\
         “I heard somebody yelling ‘Stop, thief!’ and ran,” said the farmer Tom Ekdahl.");
    assert_eq!(speaker_of(&a, "Meh, we").as_deref(), Some("Rhea Dallow"));
    assert_eq!(speaker_of(&a, "rural outreach").as_deref(), Some("Rhea Dallow"));
    assert_eq!(speaker_of(&a, "Stop, thief"), None);
}

#[test]
fn a_gerund_after_by_reports_for_the_name_opening_the_clause() {
    // "began by saying": the gerund's subject is the clause's opening
    // name, not the channel named just before.
    let a = run("Ilse Okafor spoke to reporters.\n\n\
         Okafor, a retired surgeon, later appeared on WKRN on Monday and began by saying she would never judge a patient from a screen.");
    assert_eq!(reporter_of(&a, "she would never judge").as_deref(), Some("Ilse Okafor"));
}

#[test]
fn a_headline_role_is_the_person_holding_it() {
    // "Harbour boss" restates "chief executive of Portvale Harbour"; the
    // bare "port inspector" restates "port inspector for the county".
    let a = run("Harbour boss says ferry will run all winter\n\n\
         Lena Ortiz, the chief executive of Portvale Harbour, said the ferry would keep running.\n\n\
         Port inspector says quays will freeze\n\n\
         Sam Pell, the port inspector for the county, said the quays would freeze.");
    assert_eq!(reporter_of(&a, "ferry will run").as_deref(), Some("Lena Ortiz"));
    assert_eq!(reporter_of(&a, "quays will").as_deref(), Some("Sam Pell"));
    assert_eq!(a.people.len(), 2, "one entity per person: {:#?}", a.people);
    assert!(positions_of(&a, "Lena Ortiz").contains(&"Harbour boss".to_string()));
}

#[test]
fn a_leader_noun_needs_one_leader_to_stand_for() {
    // The captain does not run the club; the head coach does. Two head
    // coaches of clubs named alike would leave "Rovers boss" unnamed.
    let a = run("Rovers boss says squad is ready\n\n\
         Elm Rovers head coach Ana Ruiz said the squad was fit. The Rovers captain, Tom Hale, said the players were rested.");
    assert_eq!(reporter_of(&a, "squad is ready").as_deref(), Some("Ana Ruiz"));
    let b = run("Rovers boss says squad is ready\n\n\
         Elm Rovers head coach Ana Ruiz said the squad was fit. Oak Rovers head coach Tom Hale said his was not.");
    assert_eq!(reporter_of(&b, "squad is ready").as_deref(), Some("Rovers boss"));
}

#[test]
fn a_name_first_met_in_a_capitals_headline_takes_its_prose_form() {
    let a = run("NORWAY, DENMARK AGREE TO SHARE FERRY COSTS\n\nDenmark said on Monday it would pay half of the cost. Norway said it would pay the rest.");
    assert_eq!(reporter_of(&a, "it would pay the rest").as_deref(), Some("Norway"));
}

#[test]
fn calls_in_the_present_frames_a_partial() {
    let a = run("The chairman calls it “a kick in the teeth”.");
    assert_eq!(speaker_of(&a, "a kick").as_deref(), Some("chairman"));
    // In a headline, the description is the person the body names with it.
    let b =
        run("Elm Rovers chairman calls decision ‘a kick in the teeth’ for fans\n\nElm Rovers chairman Tom Hale said the ban was unfair.");
    assert_eq!(speaker_of(&b, "a kick").as_deref(), Some("Tom Hale"));
}

#[test]
fn a_headline_quote_takes_the_speaker_of_the_body_quote_it_repeats() {
    let a = run("09:10 GMT\n'The crew did everything right'\n\n\
         The trawler is under tow. “The crew did everything right,” said coxswain Ana Ruiz. “They kept calm.”\n\n\
         10:30 GMT\n'A long night' for the islands\n\n\
         Tom Hale, the network's director, warned that the islands faced “a long night”.");
    // (The headline's quote comes first.)
    assert_eq!(speaker_of(&a, "The crew did everything right").as_deref(), Some("Ana Ruiz"));
    let headline = a.quotes.iter().find(|q| q.text == "A long night").expect("the headline quote");
    assert_eq!(headline.speaker.map(|s| a.people[s].name.as_str()), Some("Tom Hale"));
    // A quote nobody repeats stays unattributed.
    let b = run("'Nothing left to lose'\n\nThe mill closed on Friday.");
    assert_eq!(b.quotes[0].speaker, None);
}

#[test]
fn a_relative_pronoun_is_the_source_of_its_clause_and_stands_for_its_antecedent() {
    // "who" opens the cue's clause: it is the source mention, and the
    // speaker is the phrase it hangs on — the name a description stands
    // in apposition to, the last member of a list.
    let a = run("The gala drew the painter Ruth Okafor as well as singers like Ana Lind, Tomas Berg and Pia Vance, \
         who joked of the hall, \"I have never sung here, but I will.\"\n\n\
         Kessler has a cool relationship with Dunmore, now the House minority leader, \
         who in 2012 said the party's main aim was to make Kessler a \"lame duck.\"");
    assert_eq!(speaker_of(&a, "I have never sung").as_deref(), Some("Pia Vance"));
    assert_eq!(reporter_of(&a, "the party's main aim").as_deref(), Some("Dunmore"));
    assert_eq!(speaker_of(&a, "lame duck").as_deref(), Some("Dunmore"));
    for q in a.quotes.iter() {
        assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("who"), "{q:?}");
    }
    // The sentence is still about its subject: "She" is the judge, not the
    // witness of the relative clause.
    let a = run("Judge Harriet Almquist ruled on Friday.\n\n\
         In her opinion, Almquist cited testimony from a former manager, Gwen Harrow, who said drivers were \
         “quietly dropped” by the app. She wrote that the testimony “cuts against the company's account.”");
    assert_eq!(reporter_of(&a, "the testimony").as_deref(), Some("Harriet Almquist"));
}

#[test]
fn a_name_after_an_indefinite_article_is_no_subject_of_a_cue_after_the_quote() {
    // "a Paul Varga tweet" is a noun phrase: the marked word is the
    // describer's, from the cue before it.
    let a = run("Governor Ada Quint is describing as “reckless” a Paul Varga tweet attacking a former aide.");
    assert_eq!(speaker_of(&a, "reckless").as_deref(), Some("Ada Quint"));
}

/// Capitalised openers that are no one: a number word, a participle
/// before its object, a preposition. A surname at a sentence's start is
/// still a name.
#[test]
fn number_words_participles_and_prepositions_opening_a_sentence_are_no_names() {
    let a = run("Foreign policy was as much of a sticking point as donations. Thirteen years earlier, she had voted for the war \
         from “the perspective of a senator.”\n\n\
         Continuing to explain his view, he said it was “a mistake.”\n\n\
         Outside the sports arena, about 200 protesters gathered, chanting “Dump the plan.”\n\n\
         Manning said the crowd was “small.”");
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    for no in ["Thirteen", "Continuing", "Outside"] {
        assert!(!names.contains(&no), "{no} in {names:?}");
    }
    assert_eq!(speaker_of(&a, "small").as_deref(), Some("Manning"));
}

/// A generational suffix belongs to the name: its period does not cut the
/// subject off its cue, a title word before it is the surname ("Bishop"),
/// and the surname alone later is the same person.
#[test]
fn a_generational_suffix_is_part_of_the_name() {
    let a = run("“Markets hide risk,” Peter Holm Jr., the director of the agency, said at a forum.\n\n\
         “Nobody reads the fine print,” Arthur Lee Bishop III said.\n\n\
         “It will pass,” Mr. Holm said later.");
    assert_eq!(speaker_of(&a, "Markets hide").as_deref(), Some("Peter Holm Jr."));
    assert_eq!(positions_of(&a, "Peter Holm Jr."), vec!["director of the agency"]);
    assert_eq!(speaker_of(&a, "Nobody reads").as_deref(), Some("Arthur Lee Bishop III"));
    assert_eq!(speaker_of(&a, "It will pass").as_deref(), Some("Peter Holm Jr."));
}

/// A head noun with an "of" complement no list holds ("chief of staff",
/// "head of policy") is still the speaker's description.
#[test]
fn a_description_with_an_of_complement_reaches_its_cue() {
    let a = run("“We are ready,” the mayor’s chief of staff said.");
    assert_eq!(speaker_of(&a, "We are ready").as_deref(), Some("mayor’s chief of staff"));
    let a = run("“Prices will soften,” Dan Porter’s head of policy, Ellen Marsh, told reporters.");
    assert_eq!(speaker_of(&a, "Prices will").as_deref(), Some("Ellen Marsh"));
    assert_eq!(positions_of(&a, "Ellen Marsh"), vec!["Dan Porter’s head of policy"]);
}

/// A participle after the clause's object speaks for the clause's subject,
/// a description as well as a name; an opening phrase is no subject.
#[test]
fn a_participle_speaks_for_a_described_subject() {
    let a = run("A spokeswoman for the harbour board emailed reporters the text of the rule, arguing, \
         “The rule says nothing of the kind.”");
    assert_eq!(speaker_of(&a, "The rule says").as_deref(), Some("spokeswoman for the harbour board"));
    let a = run("In a statement released Thursday, Rep. Ann Vale reacted to the news, saying: “The plan should be dropped.”");
    assert_eq!(speaker_of(&a, "The plan should").as_deref(), Some("Ann Vale"));
}

/// Verbs of shouting and muttering report in every form, the -ing one
/// too; a press release or an email speaks for itself.
#[test]
fn shouting_participles_and_released_texts_are_cues_and_speakers() {
    let a = run("Some fans shoved a heckler, with Vale yelling: “Get him out!”");
    assert_eq!(speaker_of(&a, "Get him out").as_deref(), Some("Vale"));
    let a = run("“The campaign has not said who will come,” the release added.");
    assert_eq!(speaker_of(&a, "The campaign has").as_deref(), Some("release"));
}

/// A quote inside a quote whose cue's "he" is not the outer speaker goes to
/// the next person who fits, and among earlier names to the one the text
/// has mentioned most, not to the name written last ("Halton Vale").
#[test]
fn a_nested_quotes_he_is_the_next_fitting_person_not_the_outer_speaker() {
    let a = run("Pryce says Vance ready for the final\n\n\
         Coach Ed Pryce said on Thursday that Tobi Vance will start against Halton Vale.\n\n\
         ‘He’s been flying,’ Pryce said. ‘I asked him on Tuesday how the leg felt. \
         He said to me, “Coach, I’m fine, stop asking,” so I stopped asking.’");
    assert_eq!(speaker_of(&a, "Coach, I’m fine").as_deref(), Some("Tobi Vance"));
}

/// Any past verb with its subject right before a quote's colon is nearer
/// than a listed cue further back, after "and" or "to which" too.
#[test]
fn a_verb_right_before_the_colon_beats_a_cue_further_back() {
    let a = run("Vale said her plan was strong, to which Reed interjected: \"It is just not true.\"");
    assert_eq!(speaker_of(&a, "It is just").as_deref(), Some("Reed"));
    let a = run("Vale spoke first, and Reed interjected: \"It is just not true.\"");
    assert_eq!(speaker_of(&a, "It is just").as_deref(), Some("Reed"));
}

/// "according to Nadia Ferrante" and "a letter to Omar Haddad": "to" before
/// a first name opens a person's name, not a place, so a later "she" can
/// be that person; "to Virginia Beach" stays a place.
#[test]
fn a_name_after_to_is_a_person_not_a_place() {
    let a = run("Spokeswoman Hilde Varga said the depot would stay shut.\n\n\
         According to Nadia Ferrante, an engineer at the port, the repairs could take a year. \
         “Nobody has looked at those cranes since 1990,” she said.");
    assert_eq!(speaker_of(&a, "Nobody has looked").as_deref(), Some("Nadia Ferrante"));
    let a = run("Colonel Ivo Brandt had written a letter to Maria Santoro, the widow. \
         “I owed her the truth,” he said.\n\nThe convoy drove on to Virginia Beach. “We were lucky,” she said.");
    assert_eq!(speaker_of(&a, "I owed her").as_deref(), Some("Ivo Brandt"));
    assert!(a.people.iter().all(|p| p.name != "Virginia Beach"), "{:#?}", a.people);
}

/// Nouns for people news quotes by what they were doing, which the
/// frequency rule of the person-noun list drops ("a bystander", "one
/// protester"): they head a speaking description, and "a whistleblower at
/// the firm" is the person, not the firm.
#[test]
fn untagged_person_nouns_speak() {
    let a = run("“The van never slowed down,” a bystander said.\n\n\
         One protester told the crowd that the march would go ahead.\n\n\
         A whistleblower at the firm told regulators that the tests were faked.");
    assert_eq!(speaker_of(&a, "The van never").as_deref(), Some("bystander"));
    let said = |prefix: &str| {
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(prefix));
        q.and_then(|q| q.speaker).map(|s| a.people[s].name.to_string())
    };
    assert!(said("the march").is_some_and(|n| n.ends_with("protester")), "{:?}", said("the march"));
    assert!(said("the tests").is_some_and(|n| n.starts_with("whistleblower")), "{:?}", said("the tests"));
}

/// "Rep. Tom Bax, R-Texas, said": a party and state tag between commas is
/// nobody, so the speaker is the name before it, and "D-N.Y." leaves no
/// person or organisation behind. "Sources close to the firm said" is the
/// sources, not the firm.
#[test]
fn party_tags_and_close_to_are_not_speakers() {
    let a = run("Rep. Tom Bax, R-Texas, said the levy was dead.\n\n\
         “I trust the jury,” Sen. Ann Kole, D-N.Y., said in a statement.\n\n\
         Sources close to the firm said a settlement had been discussed.");
    let said = |prefix: &str| {
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(prefix)).expect(prefix);
        q.speaker.map(|s| a.people[s].name.to_string())
    };
    assert_eq!(said("the levy").as_deref(), Some("Tom Bax"));
    assert_eq!(speaker_of(&a, "I trust").as_deref(), Some("Ann Kole"));
    assert_eq!(said("a settlement").as_deref(), Some("Sources close to the firm"));
    assert!(a.people.iter().all(|p| !p.name.contains('-')), "{:#?}", a.people);
}

/// A subject carrying where the speaker lives: an abbreviated state in
/// the appositive ("…, Va., said") and a place after "of" ("Tom Reed of
/// Dayton, Ohio, said") are the speaker's, not the speaker.
#[test]
fn a_hometown_in_the_subject_is_not_the_speaker() {
    let a = run("Lena Dorsey, 34, a nurse from Alexandria, Va., said the clinic was short of staff.\n\n\
         Omar Pike of Dayton, Ohio, said the roof had held.");
    let said = |prefix: &str| {
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(prefix)).expect(prefix);
        (q.speaker.map(|s| a.people[s].name.to_string()), q.source.as_ref().map(|s| s.text.to_string()))
    };
    assert_eq!(said("the clinic"), (Some("Lena Dorsey".into()), Some("Lena Dorsey".into())));
    assert_eq!(said("the roof"), (Some("Omar Pike".into()), Some("Omar Pike".into())));
}

/// "the Kentucky Republican said": a state and party after "the" describe
/// someone already named — the person the sentences before are about, not
/// the name written last ("told CNN's Ann Ober … the Ohio Democrat said").
#[test]
fn a_party_epithet_is_the_person_the_text_is_about() {
    let a = run("Senate leader Mara Lowe struck a different tone. \
         “A shutdown helps no one,” the Kentucky Republican said.\n\n\
         Rep. Dan Oakes told CNN's Ann Ober that he would vote no. \
         The Ohio Democrat said the bill “spends money we do not have.”");
    assert_eq!(speaker_of(&a, "A shutdown").as_deref(), Some("Mara Lowe"));
    assert_eq!(speaker_of(&a, "spends money").as_deref(), Some("Dan Oakes"));
    assert!(a.people.iter().all(|p| !p.name.ends_with("Republican") && !p.name.ends_with("Democrat")), "{:#?}", a.people);
}

/// "Her neighbour, retired Army Col. Ivo Marsh, was blunter: “…”": a name
/// opening on its title after "retired" is still the sentence's subject, and
/// the quote after the colon is his.
#[test]
fn a_retired_officer_is_the_subject_before_a_colon() {
    let a = run("Nadia Perl said the town was tired.\n\n\
         Her neighbour, retired Army Col. Ivo Marsh, was blunter: “They should all resign.”");
    assert_eq!(speaker_of(&a, "They should all").as_deref(), Some("Ivo Marsh"));
}

/// "X issued a statement …. “…,” it read.": "it" is the statement, whose
/// words are its issuer's, not the organisation named last.
#[test]
fn it_after_an_issued_statement_is_its_issuer() {
    let a = run("Harbour Rovers lost again on Saturday.\n\n\
         The club's chairman, Roger Hale, issued a statement backing the coach. \
         “Marta has our full support,” it read.");
    assert_eq!(speaker_of(&a, "Marta has").as_deref(), Some("Roger Hale"));
}

/// A sentence opening on "She" after one naming a single person tells her
/// sex when the first-name list cannot ("Priyanka" is not in it), and
/// "Kaur's elderly father, Jas," is a man by his kin noun: a later "he" is
/// his, not hers.
#[test]
fn pronouns_and_kin_nouns_tell_a_persons_sex() {
    let a = run("Their neighbour, Priyanka Kaur, watched from an upstairs window. She had already lost power.\n\n\
         “You could hear the water under the house,” Kaur said.\n\n\
         By morning the pair had rescued four people, including Kaur's elderly father, Jas.\n\n\
         “They did not have to do that,” he said.");
    assert_eq!(speaker_of(&a, "They did not").as_deref(), Some("Jas"));
}

/// "A former aide to state Sen. Ana Ruiz testified …" is the aide's;
/// "Ruiz is accused of …" is an accusation nobody named makes, not
/// Ruiz's; "said outside court that …" reports after "that".
#[test]
fn aides_accused_and_settings_outside() {
    let a = run("A former aide to state Sen. Lorna Pike testified Wednesday that she warned Pike about the checks.\n\n\
         Pike is accused of taking $300,000 in illegal gifts.\n\n\
         Pike's lawyer said outside court that the testimony was rehearsed.");
    let said = |prefix: &str| {
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(prefix)).expect(prefix);
        q.speaker.map(|s| a.people[s].name.to_string())
    };
    assert_eq!(said("she warned").as_deref(), Some("former aide to state Sen. Lorna Pike"));
    assert_eq!(said("of taking"), None);
    assert_eq!(said("the testimony").as_deref(), Some("Pike's lawyer"));
}

/// "a spokesperson for Sen. Ted Vale" keeps the senator's title period
/// inside the description, which speaks.
#[test]
fn a_spokesperson_for_a_titled_name_speaks() {
    let a = run("“No comment,” said a spokesperson for Sen. Ted Vale, R-Texas.");
    assert_eq!(speaker_of(&a, "No comment").as_deref(), Some("spokesperson for Sen. Ted Vale"));
}

/// A title with its portfolio before a name ("Secretary of State Ana
/// Ruiz", "Speaker of the House Nora Pell", a first name the list lacks in
/// "Secretary of State Tomasz Wrobel") speaks as the person, not as a
/// description, and "X of Human Rights Watch" keeps the organisation whole.
#[test]
fn a_portfolio_title_before_a_name_is_the_person() {
    let a = run("Secretary of State Ana Ruiz said the talks had failed.\n\n\
         Speaker of the House Nora Pell said the vote would wait.\n\n\
         Secretary of State Tomasz Wrobel said the embassy would close.\n\n\
         “They stood in line for hours,” said Mira Dent of Human Rights Watch.");
    let said = |prefix: &str| {
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(prefix)).expect(prefix);
        q.speaker.map(|s| a.people[s].name.to_string())
    };
    assert_eq!(said("the talks").as_deref(), Some("Ana Ruiz"));
    assert_eq!(said("the vote").as_deref(), Some("Nora Pell"));
    assert_eq!(said("the embassy").as_deref(), Some("Tomasz Wrobel"));
    assert_eq!(speaker_of(&a, "They stood").as_deref(), Some("Mira Dent"));
    assert!(a.people.iter().all(|p| p.name != "Rights Watch"), "{:#?}", a.people);
}

#[test]
fn two_titles_joined_by_and_before_a_name_are_one_persons() {
    let a = run("“Prices will fall,” Brightwell co-founder and chief product officer Devika Rao said.\n\n\
         “We will keep the plant,” said Chairman and CEO Rita Okoye.\n\n\
         “Not tonight,” said Trump and his envoy Steve Witkoff.\n\n\
         “Never,” said Mr. King and Mr. Abbott.");
    assert_eq!(speaker_of(&a, "Prices").as_deref(), Some("Devika Rao"));
    assert_eq!(speaker_of(&a, "We will keep").as_deref(), Some("Rita Okoye"));
    // Two people joined by "and" are still a group.
    let group = a.quotes.iter().find(|q| q.text.starts_with("Not tonight")).and_then(|q| q.speaker).map(|s| &a.people[s]);
    assert_eq!(group.map(|p| p.kind), Some(PersonKind::Group), "{group:?}");
    let group = a.quotes.iter().find(|q| q.text.starts_with("Never")).and_then(|q| q.speaker).map(|s| &a.people[s]);
    assert_eq!(group.map(|p| p.kind), Some(PersonKind::Group), "{group:?}");
}

#[test]
fn one_of_an_unnamed_kind_is_nobody_named() {
    // "one senior Democrat" is indefinite, as "a senior Democrat" is: not
    // the person named before.
    let a = run("Sen. Ana Lind, a Democrat, spoke first.\n\n“The campaign has been slow to respond,” one senior Democrat said.");
    assert_eq!(speaker_of(&a, "The campaign").as_deref(), Some("one senior Democrat"));
}

#[test]
fn a_party_tag_in_brackets_then_a_comma_is_skipped_to_the_name() {
    // "Gov. X (R-OH), said": the subject is before the bracket, not a state
    // written in capitals earlier ("Berea, OH,").
    let a = run("At a rally in Lorain, OH, after the count, Gov. Tom Harlan (R-OH), said, “We are going all the way.”\n\n\
         Sen. Ana Bell (D-Calif.), told reporters: “Not so fast.”");
    assert_eq!(speaker_of(&a, "We are going").as_deref(), Some("Tom Harlan"));
    let q = a.quotes.iter().find(|q| q.text.starts_with("We are going")).unwrap();
    assert_eq!(q.source.as_ref().map(|s| s.text.as_ref()), Some("Tom Harlan"), "{q:?}");
    assert_eq!(speaker_of(&a, "Not so fast").as_deref(), Some("Ana Bell"));
}

#[test]
fn an_opener_before_a_description_and_its_name_is_no_speaker() {
    // "Meanwhile, the governor, Ana Ruiz, said": the subject is the name in
    // commas, never the opening adverb or time phrase.
    let a = run("Meanwhile, the central bank's governor, Andrew Bale, warned that inflation would rise.\n\n\
         On Monday, the finance minister, Rosa Quint, said: “Rates will not move.”\n\n\
         Nevertheless, the union's leader, Tom Dyer, said: “We strike at dawn.”");
    let said = |p: &str| speaker_of_any(&a, p);
    assert_eq!(said("inflation").as_deref(), Some("Andrew Bale"));
    assert_eq!(said("Rates will").as_deref(), Some("Rosa Quint"));
    assert_eq!(said("We strike").as_deref(), Some("Tom Dyer"));
    assert!(a.people.iter().all(|p| !matches!(p.name.as_ref(), "Meanwhile" | "On Monday" | "Nevertheless")), "{:#?}", a.people);
}

#[test]
fn a_short_sentence_with_its_own_report_does_not_take_the_quote_before() {
    // The partial ends its sentence; "He added that …" reports something
    // else, so the partial stays with the cue of its own sentence.
    let a = run("Speaker Mike Jonas said he would wait. “We need answers,” he said.\n\n\
         Trump called the judge “a hack.” He added that he would appeal.\n\n\
         Later Trump called the ruling “a disgrace.” He said he would appeal.");
    assert_eq!(speaker_of(&a, "a hack").as_deref(), Some("Trump"));
    assert_eq!(speaker_of(&a, "a disgrace").as_deref(), Some("Trump"));
}

#[test]
fn a_description_restates_an_abbreviated_title_and_a_party_need_not_repeat() {
    // "Gov." is the governor; "the Democratic governor" is still the one
    // governor named; a strategist of one party is not "the Democratic
    // strategist".
    let a = run("Gov. Tim Walden signed the bill on Thursday.\n\n\
         “We heard the same thing in 2014,” the Democratic governor told reporters.\n\n\
         Sen. Ana Ruiz voted against it. “It will cost jobs,” the senator said.\n\n\
         Republican strategist Al Corden was unmoved. “It is a gamble,” a Democratic strategist said.");
    assert_eq!(speaker_of(&a, "We heard").as_deref(), Some("Tim Walden"));
    assert_eq!(speaker_of(&a, "It will cost").as_deref(), Some("Ana Ruiz"));
    assert_ne!(speaker_of(&a, "It is a gamble").as_deref(), Some("Al Corden"));
}

#[test]
fn dutch_and_arabic_particles_stay_inside_a_name() {
    // "Erik ten Hag", "Omar ibn Saleh": one person, not "Erik" and "Hag".
    let a = run("Harbour City manager Erik ten Hag said his side “deserved more” after the draw.\n\n\
         “We will see,” said Omar ibn Saleh.");
    assert_eq!(speaker_of(&a, "deserved more").as_deref(), Some("Erik ten Hag"));
    assert_eq!(speaker_of(&a, "We will see").as_deref(), Some("Omar ibn Saleh"));
    assert_eq!(positions_of(&a, "Erik ten Hag"), ["Harbour City manager"]);
}

#[test]
fn a_nationality_noun_after_the_is_the_person_named_last() {
    // "the Spaniard", "the Dutchman": a demonym describes someone named.
    let a = run("Harbour City boss Unai Emeric was happier after the draw.\n\n\
         Asked about his goalkeeper, the Spaniard said: “He saved us today.”\n\n\
         Rovers manager Erik van Dorn was not. “We were poor,” the Dutchman told reporters.");
    assert_eq!(speaker_of(&a, "He saved").as_deref(), Some("Unai Emeric"));
    assert_eq!(speaker_of(&a, "We were poor").as_deref(), Some("Erik van Dorn"));
}

#[test]
fn the_teenager_is_the_person_named_with_a_teen_age() {
    // "the teenager" means the person whose age was given as 13-19, even
    // with someone else named in between; with no such age, no one named.
    let a = run("Omar Vidal, 17, won the final. Coach Tom Marsh was pleased. \"I just kept running,\" the teenager said.");
    assert_eq!(speaker_of(&a, "I just kept").as_deref(), Some("Omar Vidal"));
    let a = run("Omar Vidal, 34, won the final. \"I just kept running,\" the teenager said.");
    assert_eq!(speaker_of(&a, "I just kept").as_deref(), Some("teenager"));
}

#[test]
fn a_plural_source_after_a_singular_noun_is_a_relative_clause_subject() {
    // "a move supporters called overdue": "a" cannot head "supporters";
    // the source is the plural, the noun before it the clause's antecedent.
    let a = run("The council passed the rule, a move supporters said was long overdue.");
    assert_eq!(speaker_of_any(&a, "was long").as_deref(), Some("supporters"));
    let a = run("It is a change city officials say will save money.");
    assert_eq!(speaker_of_any(&a, "will save").as_deref(), Some("city officials"));
    // Quantifiers keep their plural: "a few critics", "a dozen residents".
    let a = run("A few critics said the rule was unfair.");
    assert_eq!(speaker_of_any(&a, "the rule").as_deref(), Some("few critics"));
}

#[test]
fn a_person_introduced_by_kin_or_another_noun_is_not_the_titled_description_before() {
    // "The owner said …" then "Tom Dunn's wife, Carol, said …": Carol is
    // introduced as someone's wife, not as the owner.
    let a = run("The owner said the plant was old. Tom Dunn's wife, Carol, said the town was sad.");
    assert_eq!(speaker_of_any(&a, "the plant").as_deref(), Some("owner"));
    let a = run("The owner said the plant was old. A neighbour, Rosa Quint, said the town was sad.");
    assert_eq!(speaker_of_any(&a, "the plant").as_deref(), Some("owner"));
}

#[test]
fn a_company_named_with_inc_or_corp_speaks() {
    // The abbreviation's period ends the name, not the sentence.
    for (text, who) in [
        ("Acme Inc. said it would close the plant.", "Acme Inc"),
        ("Northland Paper Co. said it could no longer compete.", "Northland Paper Co"),
        ("The mill closed after its owner, Northland Paper Co., said it could no longer compete.", "Northland Paper Co"),
    ] {
        let a = run(text);
        assert_eq!(speaker_of_any(&a, "it ").as_deref(), Some(who), "{text}");
        assert!(a.people.iter().any(|p| p.name == who && p.kind == PersonKind::Org), "{text}: {:?}", a.people);
    }
}

#[test]
fn trades_that_are_surnames_are_nouns_only_in_lower_case() {
    // "a baker said" is a described source; "said Carpenter" after "Jay
    // Carpenter" is the same person, not a carpenter or an organisation.
    let a = run("A baker said the oven was cold.");
    assert_eq!(speaker_of_any(&a, "the oven").as_deref(), Some("baker"));
    let a = run("Jay Carpenter spoke first. “It is fair,” said Carpenter.");
    assert_eq!(speaker_of(&a, "It is fair").as_deref(), Some("Jay Carpenter"));
    let a = run("Lisa Baker spoke first. Baker said the oven was cold.");
    assert_eq!(speaker_of_any(&a, "the oven").as_deref(), Some("Lisa Baker"));
    assert_eq!(positions_of(&run("The shop's head baker, Rosa Linde, said the oven was cold."), "Rosa Linde"), ["shop's head baker"]);
}

#[test]
fn a_titled_name_in_apposition_to_a_description_speaks() {
    // "Her neighbour, retired teacher Brian Ellis, added": the name with
    // its title between the commas is the speaker, as a bare name is.
    let a = run("Margaret Hale spoke first. Her neighbour, retired teacher Brian Ellis, added: “Nobody asked us.”");
    assert_eq!(speaker_of(&a, "Nobody asked").as_deref(), Some("Brian Ellis"));
    let a = run("The town's oldest shop, run by baker Ana Lind, said it would close.");
    assert_ne!(speaker_of_any(&a, "it would").as_deref(), Some("Ana Lind"));
}

#[test]
fn a_role_noun_opening_a_sentence_before_a_name_is_its_title() {
    // "Developer Greenway Homes said": capitalised only as the sentence's
    // first word; the name is the rest.
    let a = run("The plans were filed in May. Developer Greenway Homes said the scheme would include a school.");
    assert_eq!(speaker_of_any(&a, "the scheme").as_deref(), Some("Greenway Homes"));
}

#[test]
fn a_party_noun_before_a_full_name_is_not_part_of_it() {
    // "Democrat Maria Lopez": the party is the person's affiliation, not a
    // word of the name; "Democrat" alone is no title.
    let a = run("Democrat Maria Lopez said she had won. Later, Republican Tom Keller said he had lost.");
    assert_eq!(speaker_of_any(&a, "she had").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_of_any(&a, "he had").as_deref(), Some("Tom Keller"));
    assert!(positions_of(&a, "Tom Keller").is_empty());
}

#[test]
fn roles_derived_by_rule_are_sources_and_titles() {
    // roles.txt leaves out what the rule derives ("epidemiologist",
    // "photojournalist"): they still head a source and a title.
    let a = run("An epidemiologist said the wave had peaked.");
    assert_eq!(speaker_of_any(&a, "the wave").as_deref(), Some("epidemiologist"));
    assert_eq!(positions_of(&run("Veteran photojournalist Ana Lind said the wave had peaked."), "Ana Lind"), ["Veteran photojournalist"]);
}

#[test]
fn an_organisation_named_with_the_in_apposition_speaks() {
    // "The teachers union, the Lakeview Education Association, said": the
    // name between the commas is the speaker, its "the" left out.
    let a = run("The teachers union, the Lakeview Education Association, said it would fight the plan.");
    assert_eq!(speaker_of_any(&a, "it would").as_deref(), Some("Lakeview Education Association"));
}

/// A description with a synonym of a named person's title is that person:
/// "the lawyer" after "Defense attorney Mia Reyes".
#[test]
fn a_description_by_a_synonym_of_the_title() {
    let a = run("Tom Vance was charged with fraud. Defense attorney Mia Reyes said he would plead not guilty.\n\n\
         \"He is innocent,\" the lawyer said.");
    assert_eq!(speaker_of(&a, "He is innocent").as_deref(), Some("Mia Reyes"));
    // "the judge" after "Justice Ana Lind".
    let a = run("Justice Ana Lind heard the appeal on Monday.\n\n\"The point has been made,\" the judge said.");
    assert_eq!(speaker_of(&a, "The point has").as_deref(), Some("Ana Lind"));
}

/// A plural person noun opening a sentence ("Officials say …") is people
/// unnamed, never an organisation.
#[test]
fn a_plural_person_noun_opening_a_sentence_is_no_organisation() {
    let a = run("Officials say budget \"unfair\" to towns\n\nThe budget passed on Monday.");
    let officials = a.people.iter().find(|p| p.name == "Officials").expect("Officials");
    assert_eq!(officials.kind, quotelight::PersonKind::Unnamed);
}

#[test]
fn a_name_modifying_a_title_is_not_the_subject() {
    // "Voss campaign spokesman Ned Alder told …": Voss names whose
    // campaign; the subject, and so "he" in the next sentence, is Alder.
    let a = run("Mayor Eli Voss unveiled a housing plan on Monday.\n\n\
         Voss campaign spokesman Ned Alder told the Gazette that the plan would cover renters. \
         However, he could not explain why a rent cap was missing from it.\n\n\
         \u{201c}We are still writing the details,\u{201d} he said.");
    assert_eq!(speaker_of(&a, "We are still").as_deref(), Some("Ned Alder"));
    assert_eq!(speaker_of_any(&a, "why a rent cap").as_deref(), Some("Ned Alder"));
}

#[test]
fn a_surname_that_is_a_title_word_names_a_person() {
    // "Bishop", "Judge", "Dean" after a first name end the name, never
    // open a title; alone later, they are that person's surname.
    let a = run("Tom Bishop said the ferry was late. Bishop, a retired pilot, added that the pier was unsafe.\n\n\
         Ana Judge said the plan was sound.");
    let tom = a.people.iter().find(|p| p.name == "Tom Bishop").expect("Tom Bishop");
    assert_eq!(tom.kind, PersonKind::Person);
    assert_eq!(speaker_of_any(&a, "the pier was unsafe").as_deref(), Some("Tom Bishop"));
    assert_eq!(positions_of(&a, "Tom Bishop"), ["retired pilot"]);
    assert_eq!(a.people.iter().find(|p| p.name == "Ana Judge").map(|p| p.kind), Some(PersonKind::Person));
}

#[test]
fn a_role_noun_before_a_known_surname_is_a_title() {
    // "Trooper Mendez" after "Luis Mendez": the role noun is his title,
    // not a first name, so both mentions are one person. A first name
    // the roles list also holds ("Hakeem") stays the name's.
    let a = run("State Trooper Luis Mendez said the driver had fled.\n\n\
         \u{201c}He ran into the woods,\u{201d} Trooper Mendez said.\n\n\
         Hakeem Osei said the road was closed. \u{201c}Nobody came,\u{201d} Hakeem Osei added.");
    assert_eq!(speaker_of(&a, "He ran into").as_deref(), Some("Luis Mendez"));
    assert_eq!(positions_of(&a, "Luis Mendez"), ["State Trooper", "Trooper"]);
    assert!(a.people.iter().all(|p| p.name != "Trooper Mendez"), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "Nobody came").as_deref(), Some("Hakeem Osei"));
    assert!(positions_of(&a, "Hakeem Osei").is_empty());
}

#[test]
fn a_participle_after_an_appositive_belongs_to_the_name() {
    // "Pike, a former chairman, mocked …, tweeting, “…”": the subject
    // speaks, not its appositive (one person's two roles after "a" too).
    let a = run("Tom Pike, a former chairman and candidate, mocked the plan on Monday, tweeting, \u{201c}Nice try.\u{201d}\n\n\
         Ada Lusk, the mayor, poked at it too, writing, \u{201c}Not again.\u{201d}");
    assert_eq!(speaker_of(&a, "Nice try").as_deref(), Some("Tom Pike"));
    assert_eq!(speaker_of(&a, "Not again").as_deref(), Some("Ada Lusk"));
    assert!(a.people.iter().all(|p| p.kind != PersonKind::Group), "{:#?}", a.people);
}

#[test]
fn a_title_in_an_opening_phrase_is_someone_else_s() {
    // "to the prime minister, Mr Pritchard said": the minister is whom the
    // letter went to; "The prime minister" later is her, not him.
    let a = run("In a letter to the prime minister, Mr Pritchard said he would repay the money.\n\n\
         The prime minister thanked him for his work. \u{2018}He has been a loyal colleague,\u{2019} she said.");
    assert_eq!(speaker_of(&a, "He has been").as_deref(), Some("prime minister"));
    assert_eq!(positions_of(&a, "Pritchard"), Vec::<String>::new());
}

#[test]
fn a_verb_opening_a_headline_is_not_the_name() {
    // "Remembering Walter Grange, …": a gerund (no first name itself)
    // before a first name opens the headline, the name starts after it.
    let a = run("Remembering Walter Grange, the baker who fed a town\n\n\
         Walter Grange died on Sunday. \u{201c}He was kind,\u{201d} said Ana Fisk.\n\n\
         Sterling Brown said the bread was the best in town.");
    assert!(a.people.iter().any(|p| p.name == "Walter Grange"), "{:#?}", a.people);
    assert!(a.people.iter().all(|p| !p.name.starts_with("Remembering")), "{:#?}", a.people);
    assert_eq!(speaker_of_any(&a, "the bread").as_deref(), Some("Sterling Brown"));
}

#[test]
fn a_title_given_in_apposition_finds_its_person_later() {
    // "Fernandez, the state's attorney general, …" and later "The attorney
    // general replied …": the same woman — not the next name ("Neither"
    // is none).
    let a = run("Easton, a former senator, backed vouchers. Fernandez, the state's attorney general, called the plan a raid.\n\n\
         The attorney general replied that vouchers meant nothing without buses. Neither said how they would pay for it.");
    assert_eq!(speaker_of_any(&a, "vouchers meant nothing").as_deref(), Some("Fernandez"));
    assert!(a.people.iter().all(|p| p.name != "Neither" || p.kind != PersonKind::Person), "{:#?}", a.people);
    // An opening phrase's place is no appositive's name.
    let a = run("Mayor Ana Lind toured the site. At a press conference in Chelsea, the mayor said the blast was deliberate.");
    assert_eq!(speaker_of_any(&a, "the blast").as_deref(), Some("Ana Lind"));
}

#[test]
fn a_description_finds_the_holder_of_its_abbreviated_title() {
    // "Gov. Ana Lind" and then "the governor said", before another named
    // speaker: the governor is Lind, written short ("Lt. Gov.", "Sgt.").
    let a = run("Gov. Ana Lind declared an emergency on Saturday. “We will rebuild,” the governor said in a briefing.\n\n\
         A spokesman for the power company, Ned Alder, said the lines were checked. “It is too early to say,” Alder said.");
    assert_eq!(speaker_of(&a, "We will rebuild").as_deref(), Some("Ana Lind"));
    assert!(positions_of(&a, "Ned Alder").iter().all(|p| p != "governor"), "{:#?}", a.people);
    let a = run("Lt. Gov. Rosa Vidal toured the levee. The lieutenant governor said the repairs would take a year.\n\n\
         Mayor Tom Pike said the city would pay its share.");
    assert_eq!(speaker_of_any(&a, "the repairs").as_deref(), Some("Rosa Vidal"));
}

#[test]
fn a_description_is_not_the_next_name_given_another_lower_case_title() {
    // "A government spokesperson said: …", then "Weather service
    // meteorologist Aidan Clarke": the meteorologist is someone else.
    let a = run("Ministers met on Friday.\n\n\
         A government spokesperson said: “We stand ready to help.”\n\n\
         Forecasters warned of gales. Weather service meteorologist Aidan Clarke said the worst was over. “Stay away from the sea,” he said.");
    assert_ne!(speaker_of(&a, "We stand ready").as_deref(), Some("Aidan Clarke"));
    assert!(positions_of(&a, "Aidan Clarke").iter().all(|p| !p.contains("spokesperson")), "{:#?}", a.people);
}

#[test]
fn a_group_source_starts_after_a_clause_opener() {
    // "asked Moss whether tenants said …": the source is "tenants", not
    // "Moss whether tenants".
    let a = run("Lind asked Moss whether tenants said the heat was off.\n\nIt is unclear whether officials said the boiler was fixed.");
    assert!(a.people.iter().all(|p| !p.name.contains("whether")), "{:#?}", a.people);
}

#[test]
fn a_name_before_an_organisation_with_its_own_of_is_the_speaker() {
    // "Paula Gomez of the Bureau of Land Management said": Gomez speaks.
    let a = run("Acting Director Paula Gomez of the Bureau of Land Management said the lease would be paused.\n\n\
         Tom Reed of the Department of Water Resources said the dam was safe.");
    assert_eq!(speaker_of_any(&a, "the lease").as_deref(), Some("Paula Gomez"));
    assert_eq!(speaker_of_any(&a, "the dam").as_deref(), Some("Tom Reed"));
    // The organisation's own "for" and "on" too ("the Institute for …",
    // "the Council on …").
    let a = run("Sofia Merrin of the Institute for Rural Policy said the levy would close the gap.\n\n\
         Tom Reyes of the Council on Coastal Affairs said the harbour was too shallow.");
    assert_eq!(speaker_of_any(&a, "the levy").as_deref(), Some("Sofia Merrin"));
    assert_eq!(speaker_of_any(&a, "the harbour").as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_spokesman_for_the_named_organisation_is_the_source() {
    // "A spokesman for the Acme Group said": the spokesman speaks for the
    // group, past the name's "the", as without it ("for Acme").
    let a = run("A spokesman for the Harlow Freight Group said the depot would close.\n\n\
         A lawyer for the Teller Trust said the claim was false.");
    assert_eq!(speaker_of_any(&a, "the depot").as_deref(), Some("spokesman for the Harlow Freight Group"));
    assert_eq!(speaker_of_any(&a, "the claim").as_deref(), Some("lawyer for the Teller Trust"));
}

#[test]
fn a_speaker_after_a_quote_from_an_organisation_with_its_own_of() {
    // "“…,” Judge Amelia Ross of the 9th Circuit Court of Appeals wrote":
    // the judge, past the court's own "of".
    let a = run("“It was a fair trial,” Chief Judge Amelia Ross of the 9th Circuit Court of Appeals wrote.\n\n\
         “We will appeal,” Tom Reed of the Department of Water Resources said.");
    assert_eq!(speaker_of(&a, "It was a fair").as_deref(), Some("Amelia Ross"));
    assert_eq!(speaker_of(&a, "We will appeal").as_deref(), Some("Tom Reed"));
}

#[test]
fn a_person_noun_opening_a_sentence_before_a_name_is_no_part_of_it() {
    let a = run("Neighbor Patricia Okafor said she heard a bang. Resident Tom Keane said he smelled smoke.");
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Patricia Okafor") && names.contains(&"Tom Keane"), "{names:?}");
}

#[test]
fn a_name_with_its_title_set_off_after_a_description_speaks() {
    let a = run("The prosecution's next witness, forensic accountant Lila Marchetti, said her review found gaps.");
    let q = a.quotes.iter().find(|q| q.text == "her review found gaps").unwrap_or_else(|| panic!("{:#?}", a.quotes));
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Lila Marchetti"));
    // Not a friend's name: the word before it is no role noun.
    let a = run("Dana Cole, a friend of Lila Marchetti, said the gaps were old.");
    let q = a.quotes.iter().find(|q| q.text == "the gaps were old").unwrap_or_else(|| panic!("{:#?}", a.quotes));
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Dana Cole"));
}

#[test]
fn a_participle_phrase_after_a_source_noun_keeps_the_noun_as_the_speaker() {
    // A reduced relative clause: the participle's object or place is not
    // the speaker, the noun before the participle is.
    let a = run("A lawyer representing the Okafor family said the suit would be filed on Monday. \
         A diplomat based in Lisbon said the talks had gone well. \
         \"We are not there yet,\" an aide traveling with Governor Rhea Lind told reporters. \
         An analyst tracking the company said profits would fall.\n\n\
         \"We will win this,\" the lawyer said.");
    assert_eq!(speaker_of_any(&a, "the suit would").as_deref(), Some("lawyer representing the Okafor family"));
    assert_eq!(speaker_of_any(&a, "the talks had").as_deref(), Some("diplomat based in Lisbon"));
    assert_eq!(speaker_of(&a, "We are not there").as_deref(), Some("aide traveling with Governor Rhea Lind"));
    assert_eq!(speaker_of_any(&a, "profits would").as_deref(), Some("analyst tracking the company"));
    // The head is the person noun, so "the lawyer" is the same source,
    // and the analyst is no organisation.
    assert_eq!(speaker_of(&a, "We will win").as_deref(), Some("lawyer representing the Okafor family"));
    assert!(a.people.iter().filter(|p| p.name.starts_with("analyst")).all(|p| p.kind == PersonKind::Unnamed), "{:#?}", a.people);
}

#[test]
fn a_past_tense_verb_before_its_object_is_no_participle_phrase() {
    // "-ed" before an object, or "-ing" before a bare noun, is a verb or
    // an adjective: the walk back does not make its subject a source.
    let a = run("A supporter asked for a selfie and Senator Ana Lind said she would be glad to pose.");
    assert_eq!(speaker_of_any(&a, "she would be glad").as_deref(), Some("Ana Lind"));
}

#[test]
fn an_anonymous_source_is_never_the_next_person_named() {
    let a = run("An officer involved in the search, who spoke on condition of anonymity, said detectives were comparing video.\n\n\
         Mira Holt, who lives next door, said she heard shouting.");
    assert_eq!(speaker_of_any(&a, "detectives were").as_deref(), Some("officer involved in the search"));
    assert_eq!(speaker_of_any(&a, "she heard").as_deref(), Some("Mira Holt"));
}

#[test]
fn the_analyst_is_the_analyst_named_before() {
    // "analyst" heads descriptions that stay anonymous ("an analyst
    // said"), but "the analyst" after a named one is that person.
    let a = run("Jane Roe, an analyst at Tellwood Securities, said the price was low.\n\n\
         \"It is cheap for what they get,\" the analyst said.");
    assert_eq!(speaker_of(&a, "It is cheap").as_deref(), Some("Jane Roe"));
    assert!(a.people.iter().all(|p| p.name != "analyst"), "{:#?}", a.people);
}

#[test]
fn a_party_tag_with_a_home_town_is_no_speaker() {
    // State legislators are tagged with their home town, of one word or
    // several, and an aside may follow the tag.
    let a = run("Sen. Ray Kostelecky, R-Bellweather, who chairs the labor committee, said the cap was too low. \
         Rep. Yolanda Fairbrother, D-Eastport, the committee's vice chair, said the bill was dead. \
         Sen. Dana Albright, D-Salt Lake City, said the vote would slip.");
    assert_eq!(speaker_of_any(&a, "the cap was").as_deref(), Some("Ray Kostelecky"));
    assert_eq!(speaker_of_any(&a, "the bill was").as_deref(), Some("Yolanda Fairbrother"));
    assert_eq!(speaker_of_any(&a, "the vote would").as_deref(), Some("Dana Albright"));
    assert!(a.people.iter().all(|p| !p.name.contains('-') && p.name != "Lake City"), "{:#?}", a.people);
}

#[test]
fn a_source_noun_before_an_organisation_with_joiners_is_the_speaker() {
    let a = run("A senior official at the Department of Harbour Safety said the plan was flawed. \
         A spokesperson for the Parks and Recreation Department said the pool would open.");
    assert_eq!(speaker_of_any(&a, "the plan was").as_deref(), Some("senior official at the Department of Harbour Safety"));
    assert_eq!(speaker_of_any(&a, "the pool would").as_deref(), Some("spokesperson for the Parks and Recreation Department"));
    // One unnamed source each: the name's own "and" joins no group.
    assert!(a.people.iter().all(|p| p.kind != PersonKind::Group), "{:#?}", a.people);
}

#[test]
fn people_in_or_from_a_place_or_group_are_the_speakers() {
    let a = run("Lawmakers in both parties said the bill would pass. \
         Members on the defense committee said they would ask for a briefing. \
         Opposition from island fishermen, who say the turbines would ruin the grounds, has grown.");
    assert_eq!(speaker_of_any(&a, "the bill would").as_deref(), Some("Lawmakers in both parties"));
    assert_eq!(speaker_of_any(&a, "they would ask").as_deref(), Some("Members on the defense committee"));
    // A body's noun before "from" is no source: the fishermen say it.
    assert_eq!(speaker_of_any(&a, "the turbines would").as_deref(), Some("island fishermen"));
}

#[test]
fn he_is_never_a_plural_description() {
    let a = run(
        "Tom Ruiz, the team's pitcher, posted a picture on Monday. Advocates in the transgender community called for his dismissal.\n\n\
         \"Let me be clear,\" he wrote on Tuesday.",
    );
    assert_eq!(speaker_of(&a, "Let me be clear").as_deref(), Some("Tom Ruiz"));
}

#[test]
fn a_source_is_always_among_its_speaker_s_mentions() {
    // The "I" of an interview answer reports speech of the answer's
    // speaker: it is a mention of that person too.
    let a = run("Q: Did you warn them?\nLIND: I warned them the pier was unsafe.");
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("the reported clause");
    let (speaker, source) = (q.speaker.expect("a speaker"), q.source.as_ref().expect("a source"));
    assert_eq!(source.text, "I");
    assert!(a.people[speaker].mentions.contains(source), "{:#?}", a.people[speaker]);
}

#[test]
fn a_name_set_off_after_an_inverted_description_is_the_speaker() {
    let a = run("\"She was always like this,\" says her mother, Gloria Valcourt, a retired postal carrier.\n\n\
         \"It was cold,\" said his neighbour, Tom Reyes.\n\n\
         \"The odds are long,\" said another leading advocate, Andrew J. Pincus of the firm Mayer Lund.\n\n\
         The road was closed, said a spokeswoman, Elena Marsh.");
    assert_eq!(speaker_of(&a, "She was always").as_deref(), Some("Gloria Valcourt"));
    assert_eq!(speaker_of(&a, "It was cold").as_deref(), Some("Tom Reyes"));
    assert_eq!(speaker_of(&a, "The odds are").as_deref(), Some("Andrew J. Pincus"));
    assert_eq!(speaker_of_any(&a, "The road was").as_deref(), Some("Elena Marsh"));
}

#[test]
fn the_congresswoman_is_the_representative_named_before() {
    let a = run("Rep. Teresa Valcourt said the bill was dead.\n\nThe congresswoman said she would vote no.");
    assert_eq!(speaker_of_any(&a, "she would vote").as_deref(), Some("Teresa Valcourt"));
}

#[test]
fn a_role_for_or_close_to_a_named_person_is_not_that_person() {
    // The speaker is the aide, lawyer or confidant: the name only says
    // whom they speak for.
    let a = run("Gov. Ray Whitcombe signed the bill on Friday.\n\n\
         A lawyer for Whitcombe said the lawsuit was frivolous.\n\n\
         A spokeswoman for Sen. Lisa Okafor said she would vote no.\n\n\
         Aides to Whitcombe said he was tired of the fight.\n\n\
         People close to Whitcombe said he was angry about the leaks.");
    assert_eq!(speaker_of_any(&a, "the lawsuit was").as_deref(), Some("lawyer for Whitcombe"));
    assert_eq!(speaker_of_any(&a, "she would vote").as_deref(), Some("spokeswoman for Sen. Lisa Okafor"));
    assert_eq!(speaker_of_any(&a, "he was tired").as_deref(), Some("Aides to Whitcombe"));
    assert_eq!(speaker_of_any(&a, "he was angry").as_deref(), Some("People close to Whitcombe"));
}

#[test]
fn an_initialism_restates_the_title_it_stands_for() {
    let a = run("Chief Executive Officer Nora Delacroix said sales fell.\n\n\"We are not done,\" the CEO said.\n\n\
         Chief Financial Officer Amos Treadwell said costs rose.\n\n\"We have room,\" said the CFO.");
    assert_eq!(speaker_of(&a, "We are not done").as_deref(), Some("Nora Delacroix"));
    assert_eq!(speaker_of(&a, "We have room").as_deref(), Some("Amos Treadwell"));
    assert!(a.people.iter().all(|p| p.kind != PersonKind::Org), "a title in capitals is no organisation: {:#?}", a.people);
    let b = run("CEO Nora Delacroix said sales fell.\n\n\"We want more,\" the chief executive said.");
    assert_eq!(speaker_of(&b, "We want more").as_deref(), Some("Nora Delacroix"));
}

#[test]
fn a_capitalised_title_after_the_describes_someone() {
    let a = run("Gov. Ilse Marren said taxes fell.\n\n\"We are not done,\" the Governor said.");
    assert_eq!(speaker_of(&a, "We are not done").as_deref(), Some("Ilse Marren"));
}

#[test]
fn a_description_restates_the_title_given_after_an_inverted_cue() {
    // "the chief executive" is the one named with that title at the end
    // of the sentence before, not the next person named.
    let a = run("\"We are sure,\" said Dana Whitcombe, the company's chief executive. The chief executive said sales would recover. \
         Marcus Oyelaran said he doubted it.");
    assert_eq!(speaker_of_any(&a, "sales would recover").as_deref(), Some("Dana Whitcombe"));
}

#[test]
fn words_about_the_holder_need_not_be_in_the_title() {
    let a = run("Assistant Prosecutor Gideon Thayer opened the case.\n\nThe veteran prosecutor said investigators traced 400 checks.\n\n\
         Mayor Ana Ruiz spoke next.\n\n\"It is late,\" the deputy mayor said.");
    assert_eq!(speaker_of_any(&a, "investigators traced").as_deref(), Some("Gideon Thayer"));
    // An office's own modifier still must fit: a deputy is someone else.
    assert_eq!(speaker_of(&a, "It is late").as_deref(), Some("deputy mayor"));
}

#[test]
fn a_place_name_that_is_a_known_surname_is_the_person() {
    let a = run("Sen. Laura Hamilton opposed the bill.\n\n\"It is a mistake,\" Hamilton said.\n\n\
         Commerce Secretary Alan Brisbane spoke in Brisbane on Monday. Brisbane told reporters that the tariffs would stay.");
    assert_eq!(speaker_of(&a, "It is a mistake").as_deref(), Some("Laura Hamilton"));
    assert_eq!(speaker_of_any(&a, "the tariffs would").as_deref(), Some("Alan Brisbane"));
    assert!(a.people.iter().all(|p| p.kind != PersonKind::Org), "{:#?}", a.people);
}

#[test]
fn a_time_opening_the_sentence_is_no_name() {
    let a = run("Late Monday, a spokesman for the transit agency, Kevin Oduya, said no new talks had been scheduled.");
    assert_eq!(speaker_of_any(&a, "no new talks").as_deref(), Some("Kevin Oduya"));
    assert!(a.people.iter().all(|p| p.name != "Late"), "{:#?}", a.people);
}

#[test]
fn an_age_restates_the_person_named_with_it() {
    let a = run("Teodor Vance, 24, scored the winner past goalie Sven Achterberg, 31.\n\n\"I just closed my eyes,\" the 24-year-old said.");
    assert_eq!(speaker_of(&a, "I just closed").as_deref(), Some("Teodor Vance"));
}

#[test]
fn a_description_restates_a_title_set_off_before_the_name() {
    let a = run("A county spokeswoman, Marisol Teague, said the bridge would reopen in May.\n\n\
         The spokeswoman said crews were working nights. Desmond Achebe said he doubted it.");
    assert_eq!(speaker_of_any(&a, "crews were working").as_deref(), Some("Marisol Teague"));
    assert!(positions_of(&a, "Desmond Achebe").is_empty(), "{:#?}", a.people);
}

#[test]
fn a_possessive_in_the_subjects_clause_tells_an_unlisted_name_apart() {
    // Neither first name is in the list: "her first title" tells who
    // "he" is not.
    let a = run("Okwudili Nnamdi coaches the squad. Ifeoma Chukwu won her first title on Sunday.\n\n\"It was a long road,\" he said.");
    assert_eq!(speaker_of(&a, "It was a long road").as_deref(), Some("Okwudili Nnamdi"));
    // An object "her" is someone else's: no evidence.
    let a = run("Okwudili Nnamdi coaches the squad. Ifeoma Chukwu told her the news on Sunday.\n\n\"It was a long road,\" he said.");
    assert_eq!(speaker_of(&a, "It was a long road").as_deref(), Some("Ifeoma Chukwu"));
}

#[test]
fn first_names_from_outside_the_us_tell_he_from_she() {
    let a = run("Oksana Melnyk won the final in three sets. Tomasz Brzezinski, her coach, said the wrist had healed.\n\n\"I never doubted it,\" she said.");
    assert_eq!(speaker_of(&a, "I never doubted").as_deref(), Some("Oksana Melnyk"));
}

#[test]
fn of_two_holders_of_a_title_the_description_is_the_one_speaking() {
    let a = run("Sen. Ruth Abernathy opened the hearing. Sen. Wendell Korso left before the vote.\n\n\
         Abernathy said the bill was finished. \"There is nothing left to fix,\" the senator added.");
    assert_eq!(speaker_of(&a, "There is nothing left").as_deref(), Some("Ruth Abernathy"));
}

#[test]
fn an_adverb_set_off_at_the_start_hides_no_subject() {
    for opener in ["Afterward", "Separately", "Undeterred"] {
        let a = run(&format!(
            "Gareth Pollard spoke first. Simon Achterberg said the levy would pass.\n\n{opener}, Pollard stood up. \"Go home,\" he said."
        ));
        assert_eq!(speaker_of(&a, "Go home").as_deref(), Some("Gareth Pollard"), "{opener}");
    }
}

#[test]
fn a_lowercase_title_with_its_modifier_after_a_quote_names_the_speaker() {
    let a = run("\"We earned this one,\" athletic director Felicia Grantham said.\n\n\
         \"Nobody gave us a chance,\" defensive coordinator Eamon Rafferty said.");
    assert_eq!(speaker_of(&a, "We earned this").as_deref(), Some("Felicia Grantham"));
    assert_eq!(speaker_of(&a, "Nobody gave us").as_deref(), Some("Eamon Rafferty"));
}

#[test]
fn a_reply_is_the_one_asked() {
    let a = run("\"Will the plant close?\" a reporter asked Rosalind Achterberg. \"Not this year,\" she replied.\n\n\
         A reporter asked Rosalind Achterberg whether jobs would go. \"Some will,\" she answered.");
    assert_eq!(speaker_of(&a, "Not this year").as_deref(), Some("Rosalind Achterberg"));
    assert_eq!(speaker_of(&a, "Some will").as_deref(), Some("Rosalind Achterberg"));
    assert_eq!(speaker_of(&a, "Will the plant close").as_deref(), Some("reporter"));
}

#[test]
fn an_age_before_a_name_set_off_after_a_description_keeps_the_name() {
    let a = run("The founder, 84-year-old Augustin Lindqvist, said he was pleased with the sale.");
    assert_eq!(speaker_of_any(&a, "he was pleased").as_deref(), Some("Augustin Lindqvist"));
    assert_eq!(positions_of(&a, "Augustin Lindqvist"), ["founder"]);
}

#[test]
fn a_relative_clause_after_a_town_and_its_state_is_the_persons() {
    let a = run("Among the crowd was Dale Huxtable, a soybean farmer from Nevada, Iowa, who said he had voted for the levy.");
    assert_eq!(speaker_of_any(&a, "he had voted").as_deref(), Some("Dale Huxtable"));
    assert!(a.people.iter().all(|p| p.name != "Iowa"), "{:#?}", a.people);
}

#[test]
fn a_nationality_after_the_is_the_person_named_before() {
    // "the Kenyan", "the 29-year-old Brazilian": someone already named,
    // never a person called "Kenyan"; not "the Romanian runner" after him.
    let a = run("Peter Kimani won the race in two hours. “I felt strong,” the 29-year-old Kenyan said.\n\n\
         Lucas Tavares finished second. “The hills hurt,” the Brazilian said.");
    assert_eq!(speaker_of(&a, "I felt strong").as_deref(), Some("Peter Kimani"));
    assert_eq!(speaker_of(&a, "The hills hurt").as_deref(), Some("Lucas Tavares"));
    assert!(a.people.iter().all(|p| !p.name.contains("Kenyan") && !p.name.contains("Brazilian")), "{:#?}", a.people);
    let a = run("Peter Kimani won. The Romanian runner who came third said the course was long.");
    assert_ne!(speaker_of_any(&a, "the course").as_deref(), Some("Peter Kimani"));
}

#[test]
fn a_nationality_of_any_common_form_is_the_person_named_before() {
    // The country read off "-ese", "-i", "-ean", "-vian" and "-ine"; the
    // irregular ones are person nouns.
    for (said, name) in [
        ("the Japanese", "Kenji Mori"),
        ("the Pakistani", "Imran Qadir"),
        ("the 31-year-old Chilean", "Diego Soto"),
        ("the Peruvian", "Diego Soto"),
        ("the Argentine", "Diego Soto"),
        ("the Norwegian", "Tomas Berg"),
        ("the veteran Greek", "Nikos Pappas"),
        ("the American", "Hannah Brightwater"),
    ] {
        let a = run(&format!("{name} scored twice in the second half. “I was lucky,” {said} said."));
        assert_eq!(speaker_of(&a, "I was lucky").as_deref(), Some(name), "{said}: {:#?}", a.people);
        assert_eq!(a.people.len(), 1, "{said}: {:#?}", a.people);
    }
    // Of two people in the sentence before, the subject.
    let a = run("Theo Moreau finished second, ahead of Rafael Dominguez. “I do not understand,” the Frenchman said.");
    assert_eq!(speaker_of(&a, "I do not").as_deref(), Some("Theo Moreau"));
    // ("American", whose country the places table names otherwise, before
    // a name in mid-sentence too.)
    let a = run("Jo Kip won, while American Hannah Brightwater was second. “I am happy,” Brightwater said.");
    assert_eq!(speaker_of(&a, "I am happy").as_deref(), Some("Hannah Brightwater"));
}

#[test]
fn a_generational_suffix_is_no_surname() {
    let a = run("Theodore Vance III, the chairman, will retire in May. “It has been an honor,” Mr. Vance said.");
    assert_eq!(speaker_of(&a, "It has been").as_deref(), Some("Theodore Vance III"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn a_contracted_pronoun_or_an_irregular_participle_opening_a_sentence_names_no_one() {
    let a = run(
        "You've said that you write every morning.\n\nBorn in Lagos in 1950, Mr. Okafor liked to say he had arrived with “ten dollars.”",
    );
    assert!(a.people.iter().all(|p| !p.name.starts_with("You") && p.name != "Born"), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "ten dollars").as_deref(), Some("Okafor"));
}

#[test]
fn a_middle_initial_a_stays_in_the_name() {
    // "A" alone is an article, never a name; before its period, between a
    // first name and a surname, it is an initial.
    let a = run("Roberta A. Kessel, a lawyer who represented the tenants, spoke in June. “We won,” she said.");
    assert_eq!(speaker_of(&a, "We won").as_deref(), Some("Roberta A. Kessel"));
}

#[test]
fn a_couple_or_a_family_speaks_as_one() {
    let a = run("Home prices rose again in March. The couple said they had raised their budget twice.\n\n\
         The bakery brought in $1.2 million last year, according to the family.\n\n\
         In the last couple of weeks, prices fell.");
    assert_eq!(speaker_of_any(&a, "they had raised").as_deref(), Some("couple"));
    assert_eq!(speaker_of_any(&a, "The bakery").as_deref(), Some("family"));
    // "a couple of weeks" is a quantity, no one.
    assert!(a.people.iter().all(|p| !p.name.contains("weeks")), "{:#?}", a.people);
}

#[test]
fn a_firm_named_with_and_after_a_persons_of_is_no_second_speaker() {
    let a =
        run("Janet Morrow of Pell and Rowe said the stock was cheap.\n\nJohn Kerry of Vermont and Lindsey Graham said the deal was close.");
    assert_eq!(speaker_of_any(&a, "the stock").as_deref(), Some("Janet Morrow"));
    // Two people, each named in full: a group.
    assert!(speaker_of_any(&a, "the deal").is_some_and(|s| s.contains("Lindsey Graham")));
}

#[test]
fn an_age_given_with_now_or_aged_names_whom_the_teenager_means() {
    let a = run("Kevin Marlow, now 17, testified on Tuesday. “I was scared,” the teenager said.\n\n\
         Ana Lindgren, aged 58, spoke first. Then Tom Hale spoke. “We waited,” the 58-year-old said.");
    assert_eq!(speaker_of(&a, "I was scared").as_deref(), Some("Kevin Marlow"));
    assert_eq!(speaker_of(&a, "We waited").as_deref(), Some("Ana Lindgren"));
}

#[test]
fn a_long_aside_between_the_speaker_and_the_cue_is_walked_past() {
    // Twenty tokens of aside, with a "who" clause of its own.
    let a = run("Harold Quenby, a professor emeritus of history at the University of Vermont who wrote a 2009 history of the clinic, said Dr. Marr read every chapter in draft.");
    assert_eq!(speaker_of_any(&a, "Dr. Marr read").as_deref(), Some("Harold Quenby"));
    // A description set off after the name, then another aside: the name.
    let a = run("But Tom Fennick, the president of Civic Ledger, a conservative group that has sued to obtain records from the state, said that “the damage is done.”");
    assert_eq!(speaker_of(&a, "the damage").as_deref(), Some("Tom Fennick"));
}

#[test]
fn a_lower_case_modifier_before_a_title_in_an_appositive_is_the_names() {
    // "state Sen.", "former Gov.", "county Commissioner": the set-off name
    // speaks, not the description before it.
    let a = run("The sponsor, state Sen. Wendell Armistead, said the vote would be close.");
    assert_eq!(speaker_of_any(&a, "the vote would be close").as_deref(), Some("Wendell Armistead"));
    assert_eq!(positions_of(&a, "Wendell Armistead"), ["state Sen."]);
    let a = run("Another critic, county Commissioner Roz Halvorsen, told reporters that the levy was unfair.");
    assert_eq!(speaker_of_any(&a, "the levy was unfair").as_deref(), Some("Roz Halvorsen"));
    let a = run("\"We waited long enough,\" said its author, former Gov. Lyle Brandt.");
    assert_eq!(speaker_of(&a, "We waited long enough").as_deref(), Some("Lyle Brandt"));
}

#[test]
fn a_position_with_a_with_complement_has_its_head_before_it() {
    // "minister with the Hollow Creek Church" is a minister: "the church"
    // later is the church, not the minister restated.
    let a = run("Abel Okafor is a minister with the Hollow Creek Church. The church said that the shelter was full.");
    assert_eq!(speaker_of_any(&a, "the shelter was full").as_deref(), Some("church"), "{:#?}", a.people);
    assert_eq!(positions_of(&a, "Abel Okafor"), ["minister with the Hollow Creek Church"]);
}

#[test]
fn the_doctor_restates_the_person_named_dr() {
    // An honorific is no position, but "the doctor" and "the physician"
    // refer back to the person last named "Dr."
    let a = run("Dr. Oona Haldane retires on Friday after 40 years. Nils Berg was her first patient.\n\n\"I never meant to stay,\" the doctor said.");
    assert_eq!(speaker_of(&a, "I never meant to stay").as_deref(), Some("Oona Haldane"), "{:#?}", a.people);
    // No one named "Dr.": the doctor is someone unnamed.
    let a = run("Oona Haldane retires on Friday.\n\n\"She never rested,\" the doctor said.");
    assert_eq!(speaker_of(&a, "She never rested").as_deref(), Some("doctor"));
}

#[test]
fn a_verb_in_a_title_case_headline_is_no_name() {
    // "Retires", "Assembles": words that are only verbs, in their -s form,
    // end a headline's name; the physician is the one named in the body.
    let a = run("Local Doctor Retires\n\nMarit Ostby, 72, retires Friday. \"I never meant to stay,\" the 72-year-old physician said.");
    assert_eq!(speaker_of(&a, "I never meant to stay").as_deref(), Some("Marit Ostby"), "{:#?}", a.people);
    let a = run("Ingrid Vale Accepts Award \"With Gratitude\"\n\nThe ceremony was on Monday.");
    assert!(a.people.iter().all(|p| !p.name.contains("Accepts")), "{:#?}", a.people);
}

#[test]
fn an_and_inside_a_bodys_name_before_a_title_joins_no_group() {
    // "Health and Human Services Secretary X", "Securities and Exchange
    // Commission Chairman X": a field or a body's word before the "and"
    // and capitalised words after it make one body's name, the title of
    // one person, who speaks.
    let a = run("\"The rule stands,\" said Health and Forest Services Secretary Ilse Varga.");
    assert_eq!(speaker_of(&a, "The rule stands").as_deref(), Some("Ilse Varga"), "{:#?}", a.people);
    assert_eq!(positions_of(&a, "Ilse Varga"), ["Health and Forest Services Secretary"]);
    let a = run("Securities and Lending Commission Chairman Bo Lindahl said the market was calm.");
    assert_eq!(speaker_of_any(&a, "the market was calm").as_deref(), Some("Bo Lindahl"), "{:#?}", a.people);
    assert_eq!(positions_of(&a, "Bo Lindahl"), ["Securities and Lending Commission Chairman"]);
    // A person before the "and", or a title right after it: two speakers.
    let a = run("\"Yes,\" said Kim Ode and Energy Secretary Lars Berg.");
    assert_eq!(speaker_of(&a, "Yes").as_deref(), Some("Kim Ode and Energy Secretary Lars Berg"));
    let a = run("\"No,\" said Congress and President Lars Berg.");
    assert_eq!(speaker_of(&a, "No").as_deref(), Some("Congress and President Lars Berg"));
    assert_eq!(positions_of(&a, "Lars Berg"), ["President"]);
}

#[test]
fn a_spokesman_for_a_long_body_name_is_one_source() {
    // The body's capitalised name goes on past six words: the source is
    // the spokesman for all of it, not a bare "spokesman" someone later
    // named as one could take.
    let a = run("\"It is done,\" said a spokesman for the Department of Health and Forest Services.\n\n\"Not yet,\" said Gil Hart, a spokesman for Acme.");
    assert_eq!(speaker_of(&a, "It is done").as_deref(), Some("spokesman for the Department of Health and Forest Services"));
}

#[test]
fn a_paragraph_opening_a_source_in_the_body_is_not_the_next_name() {
    // After a full paragraph, "A spokesman said …" and then "Fiona Rennie
    // said …" are two people; right after a headline (a short paragraph),
    // the lede's source may be named next.
    let body = "The talks broke down late on Friday after a long night of argument over the quota.\n\n\
                A government spokesman said the talks would go on.\n\nFiona Rennie said the deal was dead.";
    let a = run(body);
    assert_eq!(speaker_of_any(&a, "the talks would go on").as_deref(), Some("government spokesman"), "{:#?}", a.people);
    assert!(positions_of(&a, "Fiona Rennie").is_empty());
    let lede = "Quota talks fail\n\nA government spokesman says the talks will go on.\n\nFiona Rennie said the quota was the obstacle.";
    assert_eq!(speaker_of_any(&run(lede), "the talks will go on").as_deref(), Some("Fiona Rennie"));
}

#[test]
fn a_name_given_another_role_after_it_is_not_the_description_before() {
    // "the union leader" is not "Howard Brandt, the port's chief executive",
    // named next with a role of his own.
    let a =
        run("The union leader said members had voted to strike.\n\n\"Our offer is fair,\" said Howard Brandt, the port chief executive.");
    assert_eq!(speaker_of_any(&a, "members had voted").as_deref(), Some("union leader"), "{:#?}", a.people);
    assert_eq!(positions_of(&a, "Howard Brandt"), ["port chief executive"]);
}

#[test]
fn a_name_of_or_from_a_body_is_the_speaker() {
    // The person before "of" or "from" speaks, whether the body's name is
    // capitalised or ends in a common noun ("the Tarn Valley union").
    let a = run("Joan Pettit of the Tarn Valley union said the offer was an insult.");
    assert_eq!(speaker_of_any(&a, "the offer was an insult").as_deref(), Some("Joan Pettit"), "{:#?}", a.people);
    let a = run("Rafe Olmos from the Guild of Small Growers said the tax was unfair.");
    assert_eq!(speaker_of_any(&a, "the tax was unfair").as_deref(), Some("Rafe Olmos"), "{:#?}", a.people);
    // A capitalised source before "of" is no name: the leaders speak.
    let a = run("Leaders of the guild said the tax was unfair.");
    assert_eq!(speaker_of_any(&a, "the tax was unfair").as_deref(), Some("Leaders of the guild"));
}

#[test]
fn a_quote_a_cue_brings_in_keeps_it_over_the_next_sentence() {
    // "X said: “…” Y disagreed.": the quote ends its sentence and a cue with
    // its colon or comma introduced it; the next sentence is Y's own.
    for text in
        ["Oona Brisk said: \"We are ready.\" Tad Lowe disagreed.", "Oona Brisk told reporters, \"We are ready.\" Tad Lowe said nothing."]
    {
        let a = run(text);
        assert_eq!(speaker_of(&a, "We are ready").as_deref(), Some("Oona Brisk"), "{text}");
    }
    // With no cue before it, the short sentence after still attributes it.
    let a = run("\"We are ready.\" Tad Lowe agreed.");
    assert_eq!(speaker_of(&a, "We are ready").as_deref(), Some("Tad Lowe"));
}

#[test]
fn a_company_named_by_its_trade_is_no_council() {
    // A name ending in a trade word ("Corliss Steel") states a company:
    // "the city council" after it is a body of its own; "the company" is
    // still the firm.
    let a = run("Corliss Steel said profits fell. The city council said it was concerned.");
    assert_eq!(speaker_of_any(&a, "it was concerned").as_deref(), Some("city council"), "{:#?}", a.people);
    let a = run("Corliss Steel said profits fell. The company said it was concerned.");
    assert_eq!(speaker_of_any(&a, "it was concerned").as_deref(), Some("Corliss Steel"));
}

#[test]
fn a_source_before_a_chain_of_complements_speaks() {
    // "a worker at the plant in Dover": the worker, not the place of the
    // inner complement; "a spokesman for the mayor of Leeds": the
    // spokesman, not the mayor.
    let a = run("A worker at the plant in Tolvern said the line had stopped.");
    assert_eq!(speaker_of_any(&a, "the line had stopped").as_deref(), Some("worker at the plant in Tolvern"), "{:#?}", a.people);
    let a = run("A nurse in the intensive care unit at Brackley Hospital said the ward was full.");
    assert_eq!(speaker_of_any(&a, "the ward was full").as_deref(), Some("nurse in the intensive care unit at Brackley Hospital"));
    let a = run("A spokesman for the mayor of Tolvern said the plan was fair.");
    assert_eq!(speaker_of_any(&a, "the plan was fair").as_deref(), Some("spokesman for the mayor of Tolvern"));
}

#[test]
fn the_skipper_is_the_captain() {
    // "skipper" is a title, one role with "captain": either description
    // finds the person introduced with the other.
    let a = run("The Dunmore captain, Callum Breen, praised both men. The skipper added that he would not declare.");
    assert_eq!(speaker_of_any(&a, "he would not declare").as_deref(), Some("Callum Breen"), "{:#?}", a.people);
    let a = run("Callum Breen, the Rovers skipper, praised both men. \"We were lucky,\" the captain said.");
    assert_eq!(speaker_of(&a, "We were lucky").as_deref(), Some("Callum Breen"));
}

#[test]
fn an_age_means_a_person_set_off_with_a_role_or_age_whatever_the_first_name() {
    // A first name no list holds: the role (or age) after the name says
    // it is a person's, so "the 63-year-old" and "the 63-year-old
    // Kenyan" mean them.
    let a = run("Okwudili Baraza, the ferry captain, spoke first. “The tide decides,” the 63-year-old said.");
    assert_eq!(speaker_of(&a, "The tide").as_deref(), Some("Okwudili Baraza"));
    let a = run("Kiprono Wambugu, 63, arrived late. “We sailed at dawn,” the 63-year-old Kenyan said.");
    assert_eq!(speaker_of(&a, "We sailed").as_deref(), Some("Kiprono Wambugu"));
}

#[test]
fn a_party_tag_in_words_names_no_one() {
    // "Democrat of Vermont" between commas is the senator's party and
    // state, as "D-Vt." is: the name before it speaks, not the state.
    let a = run("Senator Orla Penhallow, Democrat of Vermont, said the agency had been slow.");
    assert_eq!(speaker_of_any(&a, "the agency").as_deref(), Some("Orla Penhallow"));
    let a = run("Amos Kettering, Republican of Texas, told reporters that the bill was dead.");
    assert_eq!(speaker_of_any(&a, "the bill").as_deref(), Some("Amos Kettering"));
}

#[test]
fn an_honorific_before_a_family_name_written_first_is_that_person() {
    // Family name first: "Mr. Tao" and "Ms. Pham" are the people named
    // "Tao Wenliang" and "Pham Thi Hoa" before, not new people.
    let a = run("The delegation met Tao Wenliang on Monday. “We are partners,” Mr. Tao said.");
    assert_eq!(speaker_of(&a, "We are partners").as_deref(), Some("Tao Wenliang"));
    let a = run("Pham Thi Hoa said the line had stopped.\n\n“I am nervous,” Ms. Pham said.");
    assert_eq!(speaker_of(&a, "I am nervous").as_deref(), Some("Pham Thi Hoa"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn a_name_after_the_is_a_body_no_he_or_she() {
    // "the Open Hand" speaks, but a name of two words after "the"
    // with no title or first name is a body's: "she" is the woman before.
    let a = run("Mara Quennell reached the shelter on Monday. The Open Hand said it was sending a team. \
         “We are worried,” she said.");
    assert_eq!(speaker_of(&a, "We are worried").as_deref(), Some("Mara Quennell"));
}

#[test]
fn the_statement_speaks_for_whoever_issued_it_in_the_sentence_before() {
    // "the statement read" and "it read" after "X said in a statement
    // that …" or "X released a statement": X's words.
    let a = run("Her family said in a brief statement that she died at home. “Mum was kind to everyone,” the statement read.");
    assert_eq!(speaker_of(&a, "Mum was kind").as_deref(), Some("Her family"));
    let a = run("Harbour chairman Olek Varga said in a short statement that the club would appeal. “We back our manager,” it read.");
    assert_eq!(speaker_of(&a, "We back our manager").as_deref(), Some("Olek Varga"));
    let a = run("Tomas Brill released a statement on Monday. “I am innocent,” the statement said.");
    assert_eq!(speaker_of(&a, "I am innocent").as_deref(), Some("Tomas Brill"));
}

#[test]
fn a_participle_opening_a_sentence_is_no_word_of_a_name() {
    // "Born Ilse Vark in Tromsø, she …": "Born" opens the sentence, it
    // is not the first word of the name after it.
    let a = run("Born Ilse Vark in Tromsø in 1950, she moved south at twenty. “I had no plan,” she said.");
    assert!(a.people.iter().all(|p| !p.name.starts_with("Born")), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "I had no plan").as_deref(), Some("Ilse Vark"));
}

#[test]
fn irish_and_australian_titles_refer_back() {
    // "the Taoiseach" is the person named "Taoiseach X"; "Cr" is a
    // councillor's abbreviated rank, an honorific before a surname.
    let a = run("Taoiseach Orla Keane defended the record. “Nobody is complacent,” the Taoiseach said.");
    assert_eq!(speaker_of(&a, "Nobody is complacent").as_deref(), Some("Orla Keane"));
    let a = run("Shire Mayor Darcy Pell welcomed the plan. “It is a good start,” Cr Pell said.");
    assert_eq!(speaker_of(&a, "It is a good start").as_deref(), Some("Darcy Pell"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn an_abbreviated_commander_is_a_rank_before_the_name() {
    // "Navy Cmdr. Hana Pell": "Cmdr." is a rank, as "Lt." is; no person
    // "Navy Cmdr" for "she" to find.
    let a = run("Navy Cmdr. Hana Pell said the crew was ready. “We are eager,” she said.");
    assert_eq!(speaker_of(&a, "We are eager").as_deref(), Some("Hana Pell"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn a_description_repeating_a_role_given_to_a_name_is_that_person() {
    // Any person noun, not only a title: set off after the name, or
    // before it.
    let a = run("Ana Berg, a 67-year-old retiree, was waiting in the rain. “Nobody tells us anything,” the retiree said.");
    assert_eq!(speaker_of(&a, "Nobody tells").as_deref(), Some("Ana Berg"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
    let a = run("Jean Roux, a winemaker, walked through his vines. “We lost it all,” the winemaker said.");
    assert_eq!(speaker_of(&a, "We lost").as_deref(), Some("Jean Roux"));
    // A role the name was not given is someone else.
    let a = run("Jean Roux, a winemaker, walked through his vines. “We lost it all,” the retiree said.");
    assert_ne!(speaker_of(&a, "We lost").as_deref(), Some("Jean Roux"));
}

#[test]
fn a_nationality_before_a_title_is_about_its_holder() {
    let a = run("EU Commissioner Paolo Ferrante spoke in Brussels. “Fines like these show it has teeth,” the Italian commissioner said.");
    assert_eq!(speaker_of(&a, "Fines like").as_deref(), Some("Paolo Ferrante"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn a_rugby_position_or_a_newcomer_noun_describes_the_player() {
    let a = run("The try was scored by hooker Jaden Mokoena. “I just ran,” Mokoena said.");
    assert_eq!(positions_of(&a, "Jaden Mokoena"), ["hooker"]);
    let a = run("Replacement fly-half Jaden Mokoena kicked the winning penalty. “I just went through my routine,” the youngster said.");
    assert_eq!(speaker_of(&a, "I just went").as_deref(), Some("Jaden Mokoena"));
    assert_eq!(positions_of(&a, "Jaden Mokoena"), ["Replacement fly-half"]);
    let a = run("“We are thrilled,” the zoo said.");
    assert_eq!(speaker_of(&a, "We are thrilled").as_deref(), Some("zoo"));
}

#[test]
fn a_titles_portfolio_after_for_before_a_name_is_the_names() {
    let a = run("Minister for Health Ana Lopes said the plan was ready.");
    assert_eq!(speaker_of_any(&a, "the plan was ready").as_deref(), Some("Ana Lopes"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
    let a = run("A spokesman for Health Minister Ana Lopes said the plan was ready.");
    assert_ne!(speaker_of_any(&a, "the plan was ready").as_deref(), Some("Ana Lopes"));
}

#[test]
fn he_after_a_described_subject_past_a_fronted_phrase_is_that_person() {
    let a =
        run("“The door is open,” Lawal said.\n\nIn Lagos, a protester held a placard. “This is not a government for the poor,” he said.");
    assert_eq!(speaker_of(&a, "This is not").as_deref(), Some("protester"));
    let a = run("“The door is open,” Lawal said.\n\nWhen the march ended, a protester held a placard. “We will be back,” he said.");
    assert_eq!(speaker_of(&a, "We will be").as_deref(), Some("protester"));
}

#[test]
fn a_bodys_noun_means_a_body_of_that_kind_named_nearby_over_a_later_name() {
    let a = run("The Data Protection Commission fined Velora on Thursday. The regulator said Velora had failed to carry out age checks.");
    assert_eq!(speaker_of_any(&a, "Velora had failed").as_deref(), Some("Data Protection Commission"));
}

#[test]
fn a_surname_opening_on_its_particles_after_a_quote_speaks() {
    let a = run("Coach Jacques van der Merwe was unhappy. “We were not at our best,” van der Merwe said.");
    assert_eq!(speaker_of(&a, "We were not").as_deref(), Some("Jacques van der Merwe"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

#[test]
fn a_bare_role_after_a_sentence_about_one_person_given_no_role_is_that_person() {
    let a = run("Marit Lundgren said the figures were clear. “This cannot go on,” the minister said.");
    assert_eq!(speaker_of(&a, "This cannot").as_deref(), Some("Marit Lundgren"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
    let a = run("Tomasz Wierzba left Chicago on Friday.\n\n“I will miss the fans,” the pitcher said.");
    assert_eq!(speaker_of(&a, "I will miss").as_deref(), Some("Tomasz Wierzba"));
    // Someone given another role, someone acted on, two people, or a role
    // that is someone's part towards another: someone else.
    let a = run("Marit Lundgren, a nurse, said the ward was full. “We cannot cope,” the minister said.");
    assert_eq!(speaker_of(&a, "We cannot").as_deref(), Some("minister"));
    let a = run("Tomasz Wierzba was arrested on Friday. “He had a knife,” the sergeant said.");
    assert_eq!(speaker_of(&a, "He had").as_deref(), Some("sergeant"));
    let a = run("Marit Lundgren met Ole Brekke on Monday. “It went well,” the minister said.");
    assert_eq!(speaker_of(&a, "It went").as_deref(), Some("minister"));
    let a = run("Tomasz Wierzba declined to comment. “He is innocent,” the lawyer said.");
    assert_eq!(speaker_of(&a, "He is").as_deref(), Some("lawyer"));
}

#[test]
fn another_or_one_before_a_role_is_someone_else() {
    // Not the next person named with a title, nor the worker before.
    let a = run("Another worker said the talks had stalled. Union steward Lena Ortiz said it was false.");
    assert_eq!(speaker_of_any(&a, "the talks had").as_deref(), Some("Another worker"));
    assert_eq!(speaker_of_any(&a, "it was false").as_deref(), Some("Lena Ortiz"));
    let a = run("A worker said the line was shut. Another worker said it was open.");
    assert_eq!(speaker_of_any(&a, "it was open").as_deref(), Some("Another worker"));
}

#[test]
fn a_bodys_noun_with_a_modifier_is_no_name_not_yet_typed() {
    // "the ambulance service" is not the person named before, whose first
    // name no list holds; "the company" may still be a name of no kind.
    let a = run("Adaeze Okonkwo said the footage was troubling.\n\n“Nine people were treated,” the ambulance service said.");
    assert_eq!(speaker_of(&a, "Nine people").as_deref(), Some("ambulance service"));
    assert!(a.people.iter().any(|p| p.name == "Adaeze Okonkwo" && p.kind == PersonKind::Person), "{:#?}", a.people);
    let a = run("Brightmart Foods said it was disappointed. “We believe the vote was unfair,” the company said.");
    assert_eq!(speaker_of(&a, "We believe").as_deref(), Some("Brightmart Foods"));
}

#[test]
fn according_to_after_a_quote_names_its_speaker() {
    // The source after the closing mark, described and named, or a name
    // alone; a document after "according to" is no speaker.
    let a = run("“The rules are clear,” according to Ilse Marrow, a spokeswoman for the ministry.");
    assert_eq!(speaker_of(&a, "The rules").as_deref(), Some("Ilse Marrow"));
    let a = run("“We will appeal,” according to a spokesman for the club, Oren Vail.");
    assert_eq!(speaker_of(&a, "We will").as_deref(), Some("Oren Vail"));
    let a = run("Kofi Ansah met the board. “Costs rose sharply,” according to the audit.");
    assert_eq!(speaker_of(&a, "Costs rose"), None);
    let a = run("“Costs rose,” according to a Treasury readout.");
    assert_eq!(speaker_of(&a, "Costs rose"), None);
    // A fragment inside the reporter's sentence is the words of whom the
    // sentence reports, not of the outlet that reported them.
    let a = run("Dario Fenn said the bishop had told him to “find a good doctor,” according to Reuters.");
    assert_ne!(speaker_of(&a, "find a good").as_deref(), Some("Reuters"));
}

#[test]
fn an_age_before_the_name_is_whom_the_age_means() {
    // "the 22-year-old" is the person given that age before the name, not
    // the person named since.
    let a =
        run("The 22-year-old Kenji Mori finished third. Team principal Ilse Baumer was in tears. “I am speechless,” the 22-year-old said.");
    assert_eq!(speaker_of(&a, "I am").as_deref(), Some("Kenji Mori"));
    let a = run("Teo Vance, 24, scored twice. The 31-year-old Sven Ek saved a penalty. “We deserved it,” the 24-year-old said.");
    assert_eq!(speaker_of(&a, "We deserved").as_deref(), Some("Teo Vance"));
}

#[test]
fn a_coastguard_a_fire_brigade_and_a_crew_speak_as_bodies() {
    let a = run("Two sailors were winched to safety on Sunday, the coastguard said.");
    assert_eq!(speaker_of_any(&a, "Two sailors").as_deref(), Some("coastguard"));
    let a = run("The fire was out by noon, the fire brigade said.");
    assert_eq!(speaker_of_any(&a, "The fire was").as_deref(), Some("fire brigade"));
    let a = run("The yacht had lost its mast, the lifeboat crew said.");
    assert_eq!(speaker_of_any(&a, "The yacht").as_deref(), Some("lifeboat crew"));
}

#[test]
fn a_plural_title_before_listed_names_is_no_word_of_the_first_name() {
    let a = run("Senators Ruth Kessler, Tom Abe and Luis Medrano asked about the deal. “That is not an answer,” Kessler said.");
    assert_eq!(speaker_of(&a, "That is").as_deref(), Some("Ruth Kessler"));
}

#[test]
fn a_participle_between_an_article_and_its_noun_is_no_cue() {
    // "in a written statement", "in a brief emailed reply": the participle
    // qualifies the noun; the cue is the verb before the preposition.
    let a = run("Mira Toller told the Courier in a written statement, “The vote was fair.”");
    assert_eq!(speaker_of(&a, "The vote was fair").as_deref(), Some("Mira Toller"));
    let a = run("The port authority said in a brief emailed reply that “the berth is closed for repairs.”");
    assert_eq!(speaker_of(&a, "the berth is closed").as_deref(), Some("port authority"));
    assert_eq!(a.quotes.iter().find(|q| q.text.starts_with("the berth")).and_then(|q| q.cue.as_ref()).map(|c| &*c.text), Some("said"));
}

#[test]
fn a_noun_of_commitment_gives_its_infinitive_to_its_possessor() {
    // "his pledge to stay “neutral”": the possessor pledged the words; a
    // noun addressed to someone ("her remarks to the board") does not.
    let a = run(
        "Governor Lena Hart spoke first. Osric Pell, the challenger, won the crowd with his pledge to keep the harbour “open to everyone.”",
    );
    assert_eq!(speaker_of(&a, "open to everyone").as_deref(), Some("Osric Pell"));
    assert_eq!(speaker_of_any(&a, "to keep the harbour").as_deref(), Some("Osric Pell"));
    // A noun of saying that reports nothing keeps no speaker.
    let a = run("Ada Moss runs the helpline. Too many of their calls are not answered, she said.");
    assert!(a.quotes.iter().all(|q| !q.text.starts_with("are not answered")), "{:#?}", a.quotes);
}

#[test]
fn a_place_after_a_person_s_organisation_locates_it() {
    // "X of ORG in PLACE said": the person speaks, listed place or not.
    for place in ["California", "Grevholm"] {
        let text = format!("Lena Cho of Stanford University in {place} said, “The data were clean.”");
        let a = run(&text);
        assert_eq!(speaker_of(&a, "The data were clean").as_deref(), Some("Lena Cho"), "{place}");
    }
}

#[test]
fn a_possessed_role_restates_the_person_whose_title_names_the_possessor() {
    // "the authority's chairman" is "chairman of the … Authority"; "the
    // study's lead author" is whoever the text gave that role.
    let a = run("Youssef Hadd, chairman of the Tarvik Canal Authority, spoke on Monday.\n\n\
         The authority's chairman said, “No crew members were hurt.”");
    assert_eq!(speaker_of(&a, "No crew members").as_deref(), Some("Youssef Hadd"));
    let a = run("“The signal is faint,” said Amara Obi, the study's lead author.\n\n\
         “We have to be careful,” the study's lead author said.");
    assert_eq!(speaker_of(&a, "We have to be careful").as_deref(), Some("Amara Obi"));
    // Another's possessor names someone else's aide.
    let a = run("“We back it,” said Mira Holt, spokeswoman for Senator Ana Roe.\n\n\
         Senator Tom Dale's spokeswoman said, “We do not.”");
    assert_ne!(speaker_of(&a, "We do not").as_deref(), Some("Mira Holt"));
}

#[test]
fn the_official_restates_a_holder_of_public_office() {
    // "the official" after a minister or a commissioner named just before.
    let a = run("“We will act,” said Mona Rees, the deputy interior minister.\n\n“It is serious,” the official said.");
    assert_eq!(speaker_of(&a, "It is serious").as_deref(), Some("Mona Rees"));
    assert_eq!(positions_of(&a, "Mona Rees"), ["deputy interior minister"]);
    // Not a coach: no public office.
    let a = run("“We will act,” said Mona Rees, the team's head coach.\n\n“It is serious,” the official said.");
    assert_ne!(speaker_of(&a, "It is serious").as_deref(), Some("Mona Rees"));
}

#[test]
fn a_source_after_according_to_with_a_role_is_a_person_a_pronoun_can_mean() {
    // An unlisted first name after "according to" is still a person's
    // when a role is set off after it; "he" then means them.
    let a = run("“We will survive it,” said Robert Hale.\n\n\
         According to Kwabena Osei, a researcher, the stock has fallen by a third.\n\n\
         “It will get worse,” he said.");
    assert_eq!(speaker_of(&a, "It will get worse").as_deref(), Some("Kwabena Osei"));
}

#[test]
fn an_age_restates_the_speaker_named_since_an_earlier_titled_person() {
    // "the 29-year-old" with no age given: the last speaker, named after
    // the official, though his first name is in no list.
    let a = run("Bishnu Adhikari, an official, spoke first. Pemba Dorje said the climber seemed strong. \
         “He was laughing,” the 29-year-old said.");
    assert_eq!(speaker_of(&a, "He was laughing").as_deref(), Some("Pemba Dorje"));
}

#[test]
fn a_relative_after_an_appositive_s_body_hangs_on_the_name() {
    // "X, director of the Centre … at the University of Y, who said": the
    // person said it, not the university.
    let a = run("The report was praised by Dr Kofi Asare, director of the Centre for Machine Ethics at the University of Tarvik, \
         who said companies had “repeatedly missed” deadlines.");
    assert_eq!(speaker_of(&a, "repeatedly missed").as_deref(), Some("Kofi Asare"));
    // A body's own relative stays the body's.
    let a = run("The plan came from the University of Tarvik, which said it was “ready to start.”");
    assert_eq!(speaker_of(&a, "ready to start").as_deref(), Some("University of Tarvik"));
}

#[test]
fn a_nationality_before_a_first_name_is_no_word_of_the_name() {
    // "Colombian Andrés Ruiz", as "Democrat Maria Lopez": the person is
    // Andrés Ruiz.
    let a = run("The title passed to Colombian Andrés Vela, who said, “I am ready.”");
    assert_eq!(speaker_of(&a, "I am ready").as_deref(), Some("Andrés Vela"));
    let a = run("The Briton Tom Dale said, “We tried.”");
    assert_eq!(speaker_of(&a, "We tried").as_deref(), Some("Tom Dale"));
}

#[test]
fn a_person_at_or_of_a_located_organisation_speaks() {
    // "X of the PLACE think tank ORG said", "X at the PLACE-based ORG
    // said", "X at ORG said": the person, not the organisation.
    for org in
        ["of the Lisbon think tank Orla Forum", "at the Lisbon-based Orla Forum", "at Orla Forum", "of the Lisbon daily Gazeta Norte"]
    {
        let text = format!("Ines Carvalho {org} said, “The figures do not add up.”");
        let a = run(&text);
        assert_eq!(speaker_of(&a, "The figures do not add up").as_deref(), Some("Ines Carvalho"), "{text}");
    }
}

#[test]
fn a_personal_pronoun_never_resolves_to_an_organisation_description() {
    // "The ministry disputed that. … he said": "he" is a person.
    let a = run("Omar Haddad said the talks had failed. The ministry disputed that account. “It is a disgrace,” he said.");
    assert_eq!(speaker_of(&a, "It is a disgrace").as_deref(), Some("Omar Haddad"));
    let a = run("The agency disputed that. Omar Haddad said the talks had failed, which he called “a disgrace.”");
    assert_eq!(speaker_of_any(&a, "a disgrace").as_deref(), Some("Omar Haddad"));
}

#[test]
fn a_participle_before_its_noun_is_no_cue() {
    // "workers in physically demanding jobs": "demanding" qualifies the
    // noun; the quoted words are the ministry's, reported by "said". A
    // participle that takes an object stays a cue ("for suggesting that").
    let a =
        run("The ministry said workers in physically demanding jobs would retire earlier under a new \u{201c}hardship track\u{201d}.\n\n\
         Nurses with demanding shifts will get a \u{201c}night bonus\u{201d}, the union said.");
    assert_eq!(speaker_of(&a, "hardship track").as_deref(), Some("ministry"));
    assert_eq!(speaker_of_any(&a, "Nurses with demanding").as_deref(), Some("union"));
    assert!(a.people.iter().all(|p| !p.name.contains("workers") && !p.name.contains("Nurses")), "{:#?}", a.people);
}

#[test]
fn a_month_that_is_a_given_name_opens_a_name() {
    // "June Okafor", "April Ross": a month that is also a given name,
    // before a capitalised word, is the name's first word — not after a
    // word that takes a date ("in April", "3 May", "a June rally").
    let a = run("June Okafor said the squad would rest.\n\n\u{201c}Yes,\u{201d} April Ross said.\n\n\
         At a June Harlow rally, Tom Abe said the road was shut. In May Abe said it had reopened.");
    assert_eq!(speaker_of_any(&a, "the squad").as_deref(), Some("June Okafor"));
    assert_eq!(speaker_of(&a, "Yes").as_deref(), Some("April Ross"));
    assert_eq!(speaker_of_any(&a, "the road").as_deref(), Some("Tom Abe"));
    assert_eq!(speaker_of_any(&a, "it had reopened").as_deref(), Some("Tom Abe"));
    assert!(a.people.iter().all(|p| !p.name.starts_with("June H") && !p.name.starts_with("May")), "{:#?}", a.people);
    // So do the months' abbreviations "Jan" and "Mar", given names too.
    let a = run("The talks had failed, the foreign minister, Jan Novak, said. Mar Roig, the mayor, said the beach was shut. On Jan. 5 Tom Abe said the road was shut.");
    assert_eq!(speaker_of_any(&a, "The talks").as_deref(), Some("Jan Novak"));
    assert_eq!(speaker_of_any(&a, "the beach").as_deref(), Some("Mar Roig"));
    assert_eq!(speaker_of_any(&a, "the road").as_deref(), Some("Tom Abe"));
}

#[test]
fn an_honour_after_a_name_is_no_word_of_it() {
    // "Felicity Drummond KC … Ms Drummond asked": one person, not "…
    // KC" and a new "Drummond"; "QC" and "MP" likewise.
    let a = run("Felicity Drummond KC rose to question the witness. \u{201c}You were rude,\u{201d} Ms Drummond said.\n\n\
         Tom Abe QC said the claim was weak. Abe added that it would fail.");
    assert_eq!(speaker_of(&a, "You were rude").as_deref(), Some("Felicity Drummond"));
    assert_eq!(speaker_of_any(&a, "the claim was weak").as_deref(), Some("Tom Abe"));
    assert_eq!(speaker_of_any(&a, "it would fail").as_deref(), Some("Tom Abe"));
    assert!(a.people.iter().all(|p| !p.name.ends_with("KC") && !p.name.ends_with("QC") && p.kind == PersonKind::Person), "{:#?}", a.people);
}

#[test]
fn a_sentence_opening_on_the_same_pronoun_continues_its_chain() {
    // "She was speaking after Nadia Voss won": a sentence whose subject is
    // the same pronoun is about the earlier person, not the name inside
    // it; a pronoun of the other sex is no such link.
    let a = run("Helen Marsh played down the defeat on Sunday.\n\n\
         She was speaking hours after Nadia Voss was declared the winner. \u{201c}We will be back,\u{201d} she said.\n\n\
         Tom Abe conceded early. He spoke after Rita Cole had thanked her staff. \u{201c}It was close,\u{201d} she said.");
    assert_eq!(speaker_of(&a, "We will be back").as_deref(), Some("Helen Marsh"));
    assert_eq!(speaker_of(&a, "It was close").as_deref(), Some("Rita Cole"));
}

#[test]
fn a_day_adverb_between_subject_and_verb_is_no_word_of_the_source() {
    // "Ann Cole today announced": the subject is Ann Cole; "USA TODAY"
    // stays a name.
    let a = run("Ann Cole today announced that she would retire.\n\n\
         The Harbour Trust yesterday said that the pier would close.");
    assert_eq!(speaker_of_any(&a, "she would retire").as_deref(), Some("Ann Cole"));
    assert_eq!(speaker_of_any(&a, "the pier").as_deref(), Some("Harbour Trust"));
}

#[test]
fn a_town_and_its_state_before_a_relative_clause_locate_the_speaker() {
    // "of Boulder, Colo., who …, said", "R-W.Va., who …, said", "of
    // Dayton, Ohio, who …, said": the state (abbreviated, in letters
    // between periods, or in full) is no speaker and hides none.
    let a = run("Lea Fox of Boulder, Colo., who visited the mine, said the shaft was safe.\n\n\
         Rep. Ivan Holt, R-W.Va., who toured the site, said the pumps had failed.\n\n\
         Tom Reed of Dayton, Ohio, who runs a shop, said the bridge was shut.");
    assert_eq!(speaker_of_any(&a, "the shaft").as_deref(), Some("Lea Fox"));
    assert_eq!(speaker_of_any(&a, "the pumps").as_deref(), Some("Ivan Holt"));
    assert_eq!(speaker_of_any(&a, "the bridge").as_deref(), Some("Tom Reed"));
}

#[test]
fn a_title_in_charge_or_in_chief_is_one_title() {
    // "Special Agent in Charge Ana Ruiz", "said Editor in Chief …", "…,
    // said Tom Abe, officer in charge of the depot.": the idiom is the
    // title's, no name's word, no place, and no report after the name.
    let a = run("Special Agent in Charge Ana Ruiz said the inquiry began in March.\n\n\
         \u{201c}We will print on Sunday,\u{201d} said Editor in Chief Lars Moe.\n\n\
         The trains were late, said Tom Abe, officer in charge of the depot.");
    assert_eq!(speaker_of_any(&a, "the inquiry").as_deref(), Some("Ana Ruiz"));
    assert_eq!(positions_of(&a, "Ana Ruiz"), vec!["Special Agent in Charge"]);
    assert_eq!(speaker_of(&a, "We will print").as_deref(), Some("Lars Moe"));
    assert_eq!(positions_of(&a, "Lars Moe"), vec!["Editor in Chief"]);
    assert_eq!(positions_of(&a, "Tom Abe"), vec!["officer in charge of the depot"]);
    assert_eq!(a.quotes.len(), 3, "{:#?}", a.quotes);
}

#[test]
fn a_title_before_named_is_the_names_and_the_name_speaks() {
    // "a former loan analyst named Curtis Abara": the title is his, and
    // an appositive that names him makes him the subject; "a group
    // called …" names a group, no title.
    let a = run("The first witness, a former loan analyst named Curtis Abara, testified that he raised concerns.\n\n\
         A nurse named Ana Lind said the ward was full. A leader of a group called Harbour Watch was not charged. A spokesman called Tom Abe a liar.");
    assert_eq!(speaker_of_any(&a, "he raised").as_deref(), Some("Curtis Abara"));
    assert_eq!(positions_of(&a, "Curtis Abara"), vec!["former loan analyst"]);
    assert_eq!(positions_of(&a, "Ana Lind"), vec!["nurse"]);
    assert!(a.people.iter().all(|p| p.positions.iter().all(|t| !t.text.contains("group"))), "{:#?}", a.people);
    // (Naming, not speech: no report "Harbour Watch was not charged".)
    assert!(a.quotes.iter().all(|q| !q.text.starts_with("Harbour")), "{:#?}", a.quotes);
    assert!(a.people.iter().all(|p| p.name != "Tom Abe" || p.positions.is_empty()), "{:#?}", a.people);
}

#[test]
fn an_unnamed_source_keeps_its_complement_before_a_relative_clause() {
    // "according to two people familiar with the plans who spoke on
    // condition of anonymity": the source is the people familiar with the
    // plans; the relative clause is no part of it.
    let a = run("The cuts fell on sales teams, according to two people familiar with the plans who spoke on condition of anonymity.");
    assert_eq!(speaker_of_any(&a, "The cuts").as_deref(), Some("two people familiar with the plans"));
}

#[test]
fn an_s_form_after_a_plural_quantifier_is_a_noun_not_a_cue() {
    // "Most calls concerned fallen trees, he said": "calls" is the subject's
    // noun; the report is the whole clause, his. ("Many said" stays a
    // report: no "-s" form.)
    let a = run("Tom Abe gave details. Most calls concerned fallen trees, he said. Many said the roads were shut.");
    assert_eq!(speaker_of_any(&a, "Most calls").as_deref(), Some("Tom Abe"));
    assert!(a.people.iter().all(|p| p.name != "Most"), "{:#?}", a.people);
    assert!(a.quotes.iter().any(|q| q.text == "the roads were shut"), "{:#?}", a.quotes);
}

#[test]
fn the_reason_for_anonymity_is_no_subject_of_the_cue() {
    // "who spoke on condition of anonymity because …": the "because"
    // clause has a subject and verb of its own, but the cue after it is
    // the unnamed source's.
    let a = run("A clerk who asked not to be named because she feared losing her job said the files were shredded.\n\n\
         \u{201c}We are close,\u{201d} said an aide who spoke on condition of anonymity. A second aide who spoke on condition of anonymity because the talks are private said, \u{201c}Nothing is agreed.\u{201d}");
    assert_eq!(speaker_of_any(&a, "the files").as_deref(), Some("clerk"));
    assert_eq!(speaker_of(&a, "Nothing is agreed").as_deref(), Some("second aide"));
}

#[test]
fn a_quote_a_pronoun_subjects_sentence_brings_in_is_that_persons() {
    // "She was blunt: “…”" and "She shook her head. “…”": the sentence's
    // subject is a pronoun, resolved as any cue's would be; an opening
    // adverb ("Afterwards") is no name.
    let a = run("Anna Berg lost the vote on Monday. Afterwards she was blunt: \u{201c}No excuses.\u{201d}\n\n\
         Tom Abe won the final. He shook his head. \u{201c}It was hot for both of us.\u{201d}");
    assert_eq!(speaker_of(&a, "No excuses").as_deref(), Some("Anna Berg"));
    assert_eq!(speaker_of(&a, "It was hot").as_deref(), Some("Tom Abe"));
    assert!(a.people.iter().all(|p| p.name != "Afterwards"), "{:#?}", a.people);
}

#[test]
fn an_age_means_the_person_named_last_though_later_named_after_to() {
    // A later "to Kowalczyk" makes the name look like a place; her full
    // name said person before, so "the 27-year-old" is still her.
    let a = run("Ilona Kowalczyk said she was proud. \u{201c}I will be sad for a few days,\u{201d} the 27-year-old said. Fans later sent flowers to Kowalczyk.");
    assert_eq!(speaker_of(&a, "I will be sad").as_deref(), Some("Ilona Kowalczyk"));
}

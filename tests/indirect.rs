//! Reported (indirect) speech on short invented articles: one test per
//! shape the engine must find, and one per thing that is not speech.
//! Spans are the reported content only (no "that", no cue, no source).

use quotelight::{annotate, Annotations, OffsetUnit, Options, QuoteKind};

fn run(text: &str) -> Annotations {
    let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, indirect: true, repair: true });
    for q in &a.quotes {
        assert_eq!(&text[q.start..q.end], q.text, "quote text equals its slice");
    }
    a
}

/// Indirect spans as (text, speaker name).
fn reported(a: &Annotations) -> Vec<(String, Option<String>)> {
    a.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| (q.text.to_string(), q.speaker.map(|s| a.people[s].name.to_string())))
        .collect()
}

fn pair(text: &str, speaker: &str) -> (String, Option<String>) {
    (text.to_owned(), Some(speaker.to_owned()))
}

#[test]
fn said_that_clause_drops_that_and_cue() {
    let a = run("Harbour master Ilse Brandt said on Tuesday that the northern pier would close for repairs.");
    assert_eq!(reported(&a), vec![pair("the northern pier would close for repairs", "Ilse Brandt")]);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).unwrap();
    assert_eq!(q.cue.as_ref().unwrap().text, "said");
}

#[test]
fn said_without_that_and_other_cue_verbs() {
    let a = run("Tomas Vidal said the vote was rigged. \
         He added the count should be repeated. \
         Councillor Rhea Moss warned the budget could not absorb another loss. \
         Moss argued that the town had waited long enough. \
         Vidal insisted he had broken no rule. \
         Moss acknowledged the plan was late. \
         Vidal noted that turnout had doubled.");
    assert_eq!(
        reported(&a),
        vec![
            pair("the vote was rigged", "Tomas Vidal"),
            pair("the count should be repeated", "Tomas Vidal"),
            pair("the budget could not absorb another loss", "Rhea Moss"),
            pair("the town had waited long enough", "Rhea Moss"),
            pair("he had broken no rule", "Tomas Vidal"),
            pair("the plan was late", "Rhea Moss"),
            pair("turnout had doubled", "Tomas Vidal"),
        ]
    );
}

#[test]
fn told_someone_keeps_the_object_out_of_the_span() {
    let a = run("Fleet director Omar Haddad told reporters the ferries would run again by Friday.");
    assert_eq!(reported(&a), vec![pair("the ferries would run again by Friday", "Omar Haddad")]);
    let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).unwrap();
    assert_eq!(q.cue.as_ref().unwrap().text, "told reporters");
}

#[test]
fn clause_then_source_and_cue() {
    let a = run("The strike will end next week, union leader Pia Koski said.");
    assert_eq!(reported(&a), vec![pair("The strike will end next week", "Pia Koski")]);
}

#[test]
fn a_closing_report_takes_the_whole_clause_over_an_infinitive() {
    // "agreed to share" is no report of its own when officials report it.
    let a = run("Norway and Denmark agreed on Thursday to share the cost of the ferry, officials from both countries said.");
    assert_eq!(
        reported(&a),
        vec![pair("Norway and Denmark agreed on Thursday to share the cost of the ferry", "officials from both countries")]
    );
    let b = run("Norway agreed on Thursday to share the cost of the ferry.");
    assert_eq!(reported(&b), vec![pair("to share the cost of the ferry", "Norway")]);
}

#[test]
fn clause_then_inverted_cue() {
    let a = run("The dam is safe for now, said Lena Holm, the regional engineer.");
    assert_eq!(reported(&a), vec![pair("The dam is safe for now", "Lena Holm")]);
}

#[test]
fn clause_interrupted_by_source_gives_two_spans() {
    let a = run("The harvest, Farid Nasser said at the market on Sunday, was the worst in a decade.");
    assert_eq!(reported(&a), vec![pair("The harvest", "Farid Nasser"), pair("was the worst in a decade", "Farid Nasser")]);
}

#[test]
fn connective_opener_is_not_part_of_the_report() {
    let a = run("Bruno Salas runs the co-operative. Still, he said, prices would have to rise before winter.");
    assert_eq!(reported(&a), vec![pair("prices would have to rise before winter", "Bruno Salas")]);
}

#[test]
fn according_to_before_and_after() {
    let a = run("According to Mirela Dunca, the mayor of Vestby, the bridge will reopen in May. \
         The tunnel will stay shut until autumn, according to Dunca.");
    assert_eq!(
        reported(&a),
        vec![pair("the bridge will reopen in May", "Mirela Dunca"), pair("The tunnel will stay shut until autumn", "Mirela Dunca")]
    );
    // A long description set off after the source, or one closed by a
    // relative clause, is skipped too.
    let a = run("According to Ilse Varn, a senior researcher at the Institute of Coastal Studies in Berghavn, the stock has fallen.");
    assert_eq!(reported(&a), vec![pair("the stock has fallen", "Ilse Varn")]);
    let a = run(
        "According to Owen Prys, an economist at Ardmore University who studies mining towns, such towns lose a third of their people.",
    );
    assert_eq!(reported(&a), vec![pair("such towns lose a third of their people", "Owen Prys")]);
    let a = run("According to the Tarvik Space Agency, which built the camera, more observations are planned.");
    assert_eq!(reported(&a), vec![pair("more observations are planned", "Tarvik Space Agency")]);
}

#[test]
fn accused_and_urged_keep_their_object() {
    let a = run("Opposition leader Karin Ekholm accused the government of hiding the true cost of the bridge. \
         Ekholm urged voters to reject the plan.");
    assert_eq!(
        reported(&a),
        vec![
            pair("the government of hiding the true cost of the bridge", "Karin Ekholm"),
            pair("voters to reject the plan", "Karin Ekholm"),
        ]
    );
}

#[test]
fn called_with_a_judgement() {
    let a = run("Trade minister Jonas Berg called the talks useful and frank.");
    assert_eq!(reported(&a), vec![pair("the talks useful and frank", "Jonas Berg")]);
}

#[test]
fn mixed_speech_is_indirect_and_partial() {
    let a = run("Mayor Ada Novak dismissed the rail plan as “pure fantasy” on Monday.");
    assert_eq!(reported(&a), vec![pair("the rail plan as “pure fantasy” on Monday", "Ada Novak")]);
    let partial = a.quotes.iter().find(|q| q.kind == QuoteKind::Partial).expect("the quoted words are a partial quote");
    assert_eq!(partial.text, "pure fantasy");
    assert_eq!(partial.speaker.map(|s| a.people[s].name.as_str()), Some("Ada Novak"));
}

#[test]
fn coordinated_that_clauses_are_one_span() {
    let a = run("Inspector Hugo Marin said that the fire started in the kitchen and that nobody was hurt.");
    assert_eq!(reported(&a), vec![pair("the fire started in the kitchen and that nobody was hurt", "Hugo Marin")]);
}

#[test]
fn participle_continues_the_subject() {
    let a = run("Clara Weiss left the meeting early, saying the proposal had no chance.");
    assert_eq!(reported(&a), vec![pair("the proposal had no chance", "Clara Weiss")]);
}

#[test]
fn coordinated_verb_shares_the_subject() {
    let a = run("Nils Aro visited the flooded farms on Monday and said the state would pay for the damage.");
    assert_eq!(reported(&a), vec![pair("the state would pay for the damage", "Nils Aro")]);
}

#[test]
fn organisation_and_plain_noun_phrase_sources() {
    let a = run("The water company said it would cut prices in March. Local shop owners say the new road has cost them customers.");
    let r = reported(&a);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "it would cut prices in March");
    assert!(r[0].1.as_deref().is_some_and(|n| n.contains("water company")), "{r:?}");
    assert_eq!(r[1].0, "the new road has cost them customers");
    assert!(r[1].1.as_deref().is_some_and(|n| n.contains("shop owners")), "{r:?}");
}

#[test]
fn a_later_report_ends_the_first() {
    let a = run("Farmers say the river is too low to irrigate, while the minister Eva Lund insisted that supplies were adequate.");
    let r = reported(&a);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0, "the river is too low to irrigate");
    assert_eq!(r[1], pair("supplies were adequate", "Eva Lund"));
}

#[test]
fn mental_states_are_not_speech() {
    let a = run("Residents worry the clinic will close. Many are concerned that rents will rise. \
         Teachers fear the school is too small. The mayor hopes the grant arrives soon.");
    assert_eq!(reported(&a), vec![]);
}

#[test]
fn actions_with_plain_objects_are_not_speech() {
    let a = run("The Russians added conditions, including the lifting of sanctions. \
         Mayor Ivo Petek reiterated his support for the tram. \
         The council announced a new budget on Friday. \
         The city is maintaining its subsidies for buses.");
    assert_eq!(reported(&a), vec![]);
}

#[test]
fn documents_are_not_speakers() {
    let a = run("The agreement says the two sides will share the water. \
         According to the report, costs have tripled since 2019.");
    assert_eq!(reported(&a), vec![]);
}

#[test]
fn questions_are_not_speech_but_the_answer_is() {
    let a = run("Asked whether the border would reopen, Colonel Dara Singh said it would stay closed. \
         Reporters asked why the convoy was late.");
    assert_eq!(reported(&a), vec![pair("it would stay closed", "Dara Singh")]);
}

#[test]
fn a_direct_quote_is_not_reported_speech() {
    let a = run("“We are not leaving,” the tenant Rosa Quint said at the hearing that the landlord called.");
    assert!(reported(&a).is_empty(), "{:?}", reported(&a));
    assert_eq!(a.quotes.len(), 1);
}

#[test]
fn indirect_off_reports_nothing() {
    let text = "Tomas Vidal said the vote was rigged.";
    let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, indirect: false, repair: true });
    assert!(a.quotes.is_empty());
}

#[test]
fn a_cueless_sentence_with_quoted_words_continues_the_report() {
    let a = run("The repairs are behind schedule, the site manager Oskar Lind said. \
         The steel has not arrived and “nobody can tell us when it will.”\n\
         The town opened a new library. Its shelves are “mostly empty.”");
    let r = reported(&a);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0], pair("The repairs are behind schedule", "Oskar Lind"));
    assert_eq!(r[1], pair("The steel has not arrived and “nobody can tell us when it will.”", "Oskar Lind"));
}

#[test]
fn relative_clause_report_is_its_own_span() {
    let a = run("Rana Aziz said there was no sign the talks had failed, which she said was proof of goodwill.");
    assert_eq!(reported(&a), vec![pair("there was no sign the talks had failed", "Rana Aziz"), pair("was proof of goodwill", "Rana Aziz")]);
}

#[test]
fn an_article_of_reported_speech_only() {
    // Not a single quotation mark: everything attributed is paraphrase.
    let a = run(
        "The central bank kept its main rate at 4.5 per cent on Wednesday and said it expected to cut before the end of the year.\n\
         Governor Lena Okafor told a news conference that inflation had fallen faster than forecast.\n\
         The government was confident that prices would keep falling, Finance Minister Raul Mendes said, adding that the budget would help.\n\
         Two members voted for a cut, according to minutes published alongside the decision.",
    );
    let got = reported(&a);
    assert!(got.contains(&pair("it expected to cut before the end of the year", "central bank")), "{got:#?}");
    assert!(got.contains(&pair("inflation had fallen faster than forecast", "Lena Okafor")), "{got:#?}");
    assert!(got.contains(&pair("The government was confident that prices would keep falling", "Raul Mendes")), "{got:#?}");
    assert!(got.contains(&pair("the budget would help", "Raul Mendes")), "{got:#?}");
    // Minutes are a document, not a speaker.
    assert!(!got.iter().any(|(t, _)| t.starts_with("Two members")), "{got:#?}");
}

#[test]
fn verbs_with_a_doubled_final_consonant_report_speech() {
    // "admitted", "quipped": forms the verb lexicon maps to their lemma.
    // No auxiliary in the content, so only a say-type verb reports it.
    let a = run("Coach Ines Marte admitted the team played badly. Marte quipped the bus moved faster than the players.");
    assert_eq!(
        reported(&a),
        vec![pair("the team played badly", "Ines Marte"), pair("the bus moved faster than the players", "Ines Marte")]
    );
}

#[test]
fn that_clause_may_open_with_a_setting() {
    let a = run("Councillor Pavel Dusek noted that at his first council meeting, in 1994, he had voted for the tram.");
    assert_eq!(reported(&a), vec![pair("at his first council meeting, in 1994, he had voted for the tram", "Pavel Dusek")]);
}

#[test]
fn promise_type_verbs_report_an_infinitive() {
    let a = run("Councillor Anna Berg has vowed to close the landfill and reopen the park. \
         Berg also promised to publish the accounts. \
         The two villages agreed to a truce over the well. \
         The driver Jan Olsen was told to leave the harbour.");
    assert_eq!(
        reported(&a),
        vec![pair("to close the landfill and reopen the park", "Anna Berg"), pair("to publish the accounts", "Anna Berg")]
    );
}

#[test]
fn a_clause_before_a_cue_that_goes_on_to_a_quote_is_not_reported() {
    let a = run("Late one night, when the ferry finally docked, Mira Solberg sighed and said, “We should have stayed home.”");
    assert!(reported(&a).is_empty(), "{:?}", reported(&a));
    let a = run("After the vote was counted, Tarek Amin said.");
    assert!(reported(&a).is_empty(), "an adverbial clause is no report: {:?}", reported(&a));
}

#[test]
fn a_mid_sentence_cue_keeps_an_opening_adverbial_clause() {
    let a = run("If the levy fails, Anouk Bakker argued, the council has other ways to raise money.");
    assert_eq!(
        reported(&a),
        vec![pair("If the levy fails", "Anouk Bakker"), pair("the council has other ways to raise money", "Anouk Bakker")]
    );
}

#[test]
fn a_relative_clause_report_ends_at_its_comma() {
    let a = run("Harbour chief Ivo Rusk, who said the port would close, left the hearing early.");
    assert_eq!(reported(&a), vec![pair("the port would close", "Ivo Rusk")]);
    let a = run("Mayor Lise Dahl, who in 2019 said the bridge plan was dead, changed course this spring.");
    assert_eq!(reported(&a), vec![pair("the bridge plan was dead", "Lise Dahl")]);
}

#[test]
fn a_verbless_subject_before_a_parenthetical_cue_takes_the_predicate() {
    let a = run("The old mill, curator Pablo Ortiz said, celebrated a century of weaving.");
    assert_eq!(reported(&a), vec![pair("The old mill", "Pablo Ortiz"), pair("celebrated a century of weaving", "Pablo Ortiz")]);
}

#[test]
fn an_aside_between_cue_and_that() {
    let a = run("Greta Hale continues to insist, most recently in an interview with the Valley Courier, that the count was rigged.");
    assert_eq!(reported(&a), vec![pair("the count was rigged", "Greta Hale")]);
}

#[test]
fn a_setting_before_a_that_less_clause_is_skipped() {
    let a = run("Greta Hale said in an interview the ferry service would end in May.");
    assert_eq!(reported(&a), vec![pair("the ferry service would end in May", "Greta Hale")]);
}

#[test]
fn quoted_as_saying() {
    let a = run("Senator Bo Lindqvist is quoted as saying the tunnel was never safe.");
    assert_eq!(reported(&a), vec![pair("the tunnel was never safe", "Bo Lindqvist")]);
}

#[test]
fn a_numeral_subject_before_a_past_tense_verb() {
    let a = run("Prosecutor Nadia Ferro said the three spent the grant on a hotel that was never built.");
    assert_eq!(reported(&a), vec![pair("the three spent the grant on a hotel that was never built", "Nadia Ferro")]);
}

#[test]
fn a_long_appositive_or_relative_clause_before_the_cue() {
    let a = run("Rosa Keller, a consultant to the transit board and a lecturer at the regional college of engineering, said that the tunnel would open late.");
    assert_eq!(reported(&a), vec![pair("the tunnel would open late", "Rosa Keller")]);
    let a = run("Janek Wolny, 61, who has chaired the harbour committee for a decade, said the dredging had failed.");
    assert_eq!(reported(&a), vec![pair("the dredging had failed", "Janek Wolny")]);
    // A participle's phrase describes the subject, clauses and all.
    let a = run(
        "Orla Kemp, speaking on condition of anonymity because she was not cleared to discuss it, said the agency would sell the mill.",
    );
    assert_eq!(reported(&a), vec![pair("the agency would sell the mill", "Orla Kemp")]);
    assert_eq!(a.people.iter().map(|p| (p.name.as_str(), p.kind)).collect::<Vec<_>>(), [("Orla Kemp", quotelight::PersonKind::Person)]);
    let a = run("A trader, asked not to be named because the bids are private, said the council had walked away.");
    assert_eq!(reported(&a).iter().map(|r| r.1.as_deref()).collect::<Vec<_>>(), [Some("trader")]);
    // An indefinite description with a participle, and a month's name.
    let a = run("Rhea Vos, a nurse elected to the council in May, said the ward was full.");
    assert_eq!(reported(&a), vec![pair("the ward was full", "Rhea Vos")]);
    // A clause between commas is no appositive: the inverted cue reports it.
    let a = run("On Monday, the harbour plan failed, said Janek Wolny.");
    let r = reported(&a);
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].0.ends_with("the harbour plan failed"), "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("Janek Wolny"));
}

#[test]
fn a_subject_before_a_dashed_aside() {
    let a = run("Ilka Berg -- co-author of a guide to the valley's mills, a book tracing Moss's early career -- said the candidate tended to speak last.");
    assert_eq!(reported(&a), vec![pair("the candidate tended to speak last", "Ilka Berg")]);
}

#[test]
fn an_addressee_with_a_possessive_or_an_of_phrase_stays_in_the_cue() {
    let a = run("Mayor Ada Frisk told the Courier's weekly radio series it is clear the levy will fail.");
    assert_eq!(reported(&a), vec![pair("it is clear the levy will fail", "Ada Frisk")]);
    let cue = a.quotes.iter().find(|q| q.kind == QuoteKind::Indirect).unwrap().cue.clone().unwrap();
    assert_eq!(cue.text, "told the Courier's weekly radio series");
    let a = run("Ada Frisk told a meeting of river town leaders that few people understood the floods better.");
    assert_eq!(reported(&a), vec![pair("few people understood the floods better", "Ada Frisk")]);
}

#[test]
fn a_place_with_a_comma_in_the_setting() {
    let a = run("Senator Ola Brandt says at a campaign stop in Dayton, Ohio, that the mill tax will go.");
    assert_eq!(reported(&a), vec![pair("the mill tax will go", "Ola Brandt")]);
}

#[test]
fn long_or_loose_subjects() {
    let a = run("In the mayor's favour, all the planners I interviewed said her budget was more detailed.");
    let r = reported(&a);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "her budget was more detailed");
    let a = run("Political observers in Ohio and around the region say Brandt deserves the seat.");
    assert_eq!(reported(&a).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), vec!["Brandt deserves the seat"]);
    let a = run("Although Brandt lacks a record, elected officials in both chambers say he works hard.");
    assert_eq!(reported(&a).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), vec!["he works hard"]);
    // A noun after "of" is no cue: "a series of tweets".
    let a = run("Brandt unleashed a series of tweets early Friday about the vote.");
    assert!(reported(&a).is_empty(), "{:?}", reported(&a));
}

#[test]
fn relative_clauses_on_a_plain_noun() {
    let a = run("The quarry has angered the villagers, many of whom say the blasting cracked their walls.");
    assert_eq!(reported(&a).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), vec!["the blasting cracked their walls"]);
    let a = run("The host took calls from listeners who said they had doubts about the plan, but kept listening.");
    assert_eq!(reported(&a).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), vec!["they had doubts about the plan"]);
    // A bare singular in a list is a predicate, not a speaker.
    let a = run("Editor's note: Moss is a cynic, a bully and schemer who has promised to close all the libraries.");
    assert!(reported(&a).is_empty(), "{:?}", reported(&a));
}

#[test]
fn a_floating_quantifier_after_the_subjects() {
    let a = run("Sens. Ana Ruiz (D-Ore.) and Tom Abel (D-Ohio) all suggested that the fees could be illegal.");
    let r = reported(&a);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the fees could be illegal");
    assert!(r[0].1.as_deref().is_some_and(|s| s.contains("Tom Abel")), "{r:?}");
}

#[test]
fn inverted_cue_after_two_clauses() {
    let a = run("Ruiz's answer did not go over well with the board, and the meeting soured from there, said one council source.");
    assert_eq!(
        reported(&a),
        vec![pair("Ruiz's answer did not go over well with the board, and the meeting soured from there", "one council source")]
    );
}

#[test]
fn called_with_a_possessive_object_then_a_second_cue() {
    let a = run("Ruiz called her vote on the bridge a mistake, but she noted that Abel also backed it.");
    assert_eq!(
        reported(&a).iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        vec!["her vote on the bridge a mistake", "Abel also backed it"]
    );
    // "said and did": a second verb, not a content.
    let a = run("Nobody trusts a broker who said and did whatever paid best.");
    assert!(reported(&a).is_empty(), "{:?}", reported(&a));
}

#[test]
fn a_surname_that_is_also_a_modal() {
    let a = run("Prime Minister Ida May said this week that the country would leave the pact by March.");
    let r = reported(&a);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the country would leave the pact by March");
    assert!(r[0].1.as_deref().is_some_and(|s| s.ends_with("Ida May")), "{r:?}");
}

#[test]
fn a_thing_is_no_reporter_but_an_ad_is() {
    // "adds", "tells" after an inanimate subject without "that" are no
    // speech; media that carry words still report.
    let a = run("The longer timetable adds about twenty minutes to each school day. The varnish tells you when it is dry. \
         The clip says the senator has a passion for farming.");
    let reports: Vec<String> = reported(&a).into_iter().map(|(t, _)| t).collect();
    assert!(!reports.iter().any(|t| t.contains("twenty minutes") || t.contains("is dry")), "{reports:?}");
    assert!(reports.iter().any(|t| t.starts_with("the senator has a passion")), "{reports:?}");
}

#[test]
fn a_report_ends_where_another_speakers_report_begins() {
    // The reported clause stops before the next reporting clause: after an
    // honorific's dot ("Mr. Tadic said"), a horizontal bar used as a dash,
    // or a comma just inside a closing mark.
    let a = run("So when Norwell signaled last spring that it was going to sign a lease with Mr. Dunmore, \
         Mr. Tadic said, \"we were stunned.\"\n\n\
         When Harlan noted that Vega has sometimes paid nothing in city fees ― as was true for the two years \
         his filings were public ― Vega replied, “That makes me clever.”\n\n\
         Chief Lena Voss said that the camera footage did not give \"clear evidence of a weapon,\" but she said \
         that the footage \"matches what we've heard\" from witnesses.");
    let r = reported(&a);
    assert!(r.contains(&pair("it was going to sign a lease with Mr. Dunmore", "Norwell")), "{r:?}");
    assert!(
        r.contains(&pair("Vega has sometimes paid nothing in city fees ― as was true for the two years his filings were public", "Harlan")),
        "{r:?}"
    );
    assert!(r.contains(&pair("the camera footage did not give \"clear evidence of a weapon,\"", "Lena Voss")), "{r:?}");
    assert!(r.contains(&pair("the footage \"matches what we've heard\" from witnesses", "Lena Voss")), "{r:?}");
}

#[test]
fn a_participle_after_a_comma_reports_for_the_plain_subject_of_the_main_clause() {
    // ", saying …" belongs to the clause's subject, a plain noun phrase
    // after an opening phrase — not the noun just before the comma.
    let a = run("In May, neighborhood groups granted the firm a delay on a court order to clear the quarry, \
         saying its funding was slower than planned.");
    assert_eq!(reported(&a), vec![pair("its funding was slower than planned", "neighborhood groups")]);
}

#[test]
fn a_capitalised_quantifier_opening_a_sentence_is_no_name() {
    // "Several", "Few" and "Having" open sentences with a capital; they
    // never name anyone.
    let a = run("Several neighborhood groups granted the firm a delay, saying its funding was slower than planned.");
    let r = reported(&a);
    assert_eq!(r, vec![pair("its funding was slower than planned", "Several neighborhood groups")]);
    assert!(a.people.iter().all(|p| p.name != "Several"), "{:?}", a.people);
}

#[test]
fn a_short_irregular_past_is_the_clause_verb_without_that() {
    // "met", "cut", "won": three letters, but a finite verb all the same.
    let a = run("The loan came from Norbank, which said the building met its criteria for green lending.\n\n\
         Coach Ana Ruiz said the club cut its budget by half.");
    assert_eq!(
        reported(&a),
        vec![pair("the building met its criteria for green lending", "Norbank"), pair("the club cut its budget by half", "Ana Ruiz")]
    );
}

#[test]
fn a_restrictive_relative_clause_between_subject_and_cue_is_skipped() {
    // "Two officials who attended the meeting said": the officials spoke,
    // not the meeting; the relative clause sits between subject and cue.
    let a = run("Two officials who attended the meeting said the deal was close.\n\n\
         A man who lives near the plant said the smell was worse at night.");
    assert_eq!(reported(&a), vec![pair("the deal was close", "Two officials"), pair("the smell was worse at night", "man")]);
    // A bare "say" has its own subject ("heard Ruiz say"); so has a cue
    // after a subordinator ("when he yelled").
    let b = run("Voters who heard Mayor Ana Ruiz say the port would close were angry.");
    assert_eq!(reported(&b).first().and_then(|r| r.1.clone()).as_deref(), Some("Ana Ruiz"));
    let c = run("Senator Joe Hill, the lawmaker who gained fame when he yelled “You lie!” at the president, backed Ruiz.");
    let q = c.quotes.iter().find(|q| q.text.starts_with("You lie")).unwrap();
    assert_eq!(q.speaker.map(|s| c.people[s].name.as_ref()), Some("Joe Hill"));
}

#[test]
fn asking_not_to_be_named_is_the_source_formula_not_speech() {
    let a = run("A senior official who asked not to be named said the deal was close.\n\n\
         A second officer, who asked to remain anonymous, said the talks had stalled.\n\n\
         The chief asked the public not to share the video.");
    assert_eq!(
        reported(&a).into_iter().map(|r| r.0).collect::<Vec<_>>(),
        vec!["the deal was close", "the talks had stalled", "the public not to share the video"]
    );
}

#[test]
fn a_place_after_in_complements_the_speaker_noun_before_it() {
    // "Officials in Washington said": the officials spoke, not the place.
    let a = run("Officials in Washington said the deal was close.\n\nA teacher in Ohio said the schools were full.");
    let speakers: Vec<_> = reported(&a).into_iter().map(|r| r.1).collect();
    assert_eq!(speakers, vec![Some("Officials in Washington".to_owned()), Some("teacher in Ohio".to_owned())]);
}

#[test]
fn used_to_say_is_the_subjects_habitual_speech() {
    let a = run("My aunt, Ruth, used to say that he loved the sea first and the family second.");
    assert_eq!(reported(&a), vec![pair("he loved the sea first and the family second", "Ruth")]);
}

#[test]
fn a_broadcast_outlet_after_told_is_the_audience_not_the_content() {
    let a = run("Mayor Ana Ruiz told a local radio station in an interview on Monday that the port would close.");
    assert_eq!(reported(&a), vec![pair("the port would close", "Ana Ruiz")]);
}

#[test]
fn a_suffixed_name_reports_like_any_name() {
    let a = run("Peter Holm Jr. said on Tuesday that the fund would close.");
    assert_eq!(reported(&a), vec![pair("the fund would close", "Peter Holm Jr.")]);
}

#[test]
fn a_participial_opening_is_no_reported_clause() {
    // The phrase before the subject is where the speaker spoke, not what;
    // the remark's content is someone else's claim.
    let a = run("Speaking to students in Dayton this week, Governor Ann Vale responded to Mr. Reed's debate remark \
         that skipping taxes made him clever.");
    assert_eq!(reported(&a), vec![]);
}

#[test]
fn a_possessed_show_after_told_is_still_the_audience() {
    let a = run("Ann Vale told NBC’s “Evening Report” on Sunday that the budget would pass.");
    assert_eq!(reported(&a), vec![pair("the budget would pass", "Ann Vale")]);
}

#[test]
fn a_long_opening_phrase_is_passed_over_to_the_participles_subject() {
    let a = run("In a letter to the board on the day before the vote, two union leaders implored her to drop it, \
         arguing that it hurt workers.");
    assert!(reported(&a).contains(&pair("it hurt workers", "two union leaders")), "{:?}", reported(&a));
    // An opening clause is no phrase to pass over.
    let a = run("Tom Reed spoke in Salem. Then he cut into Bush, calling him a bully and accusing him of acting like a child.");
    assert!(reported(&a).iter().all(|r| r.1.as_deref() == Some("Tom Reed")), "{:?}", reported(&a));
}

#[test]
fn a_clause_led_by_to_which_is_no_part_of_the_report() {
    let a = run("Vale said that her plan was strong, to which Reed replied that it was not.");
    assert_eq!(reported(&a)[0], pair("her plan was strong", "Vale"));
}

/// "said as she left the court": "as" and a subject open a clause of time,
/// not what was said; with a "that" further on the content follows it, and
/// ", as he had many times," is an aside before "that". "said through a
/// lawyer that" is a setting like "via". "as many as 40" stays content.
#[test]
fn an_as_clause_after_the_cue_is_no_content() {
    let a = run("Dara Quist said as she left the court.\n\n\
         Ines Volk said as the count began that she would concede.\n\n\
         Pavel Dorn said, as he had many times, that the pension fund was sound.\n\n\
         Mila Tarr said through a lawyer that she had never met him.\n\n\
         Bo Enns said as many as 40 people had been hurt.\n\n\
         Lev Sarn said as he walked out, “We will appeal.”");
    assert_eq!(
        reported(&a),
        vec![
            pair("she would concede", "Ines Volk"),
            pair("the pension fund was sound", "Pavel Dorn"),
            pair("she had never met him", "Mila Tarr"),
            pair("as many as 40 people had been hurt", "Bo Enns"),
        ]
    );
}

/// "called her brother" and "called the police" are phone calls: "call"
/// reports speech only with an object and its complement ("called the
/// plan reckless", "called Vale unqualified").
#[test]
fn a_call_with_no_complement_is_no_report() {
    let a = run("Ellen Vane called her brother.\n\n\
         The porter called the police.\n\n\
         Mila Tarr called the plan reckless.\n\n\
         Bo Enns called Vale unqualified.");
    assert_eq!(reported(&a), vec![pair("the plan reckless", "Mila Tarr"), pair("Vale unqualified", "Bo Enns")]);
}

#[test]
fn called_to_a_place_summons_and_the_closing_report_takes_the_clause() {
    let a = run("Firefighters were called to the 200 block of Quay Road shortly after 4 a.m., fire service spokeswoman Ana Lind said.");
    assert_eq!(reported(&a), vec![pair("Firefighters were called to the 200 block of Quay Road shortly after 4 a.m.", "Ana Lind")]);
}

#[test]
fn an_infinitives_subject_is_not_the_words_before_its_to() {
    // "pressed X on Tuesday to explain": X is asked to explain; the words
    // before "to" are no speaker.
    let a = run("Senators pressed the head of the port authority on Tuesday to explain why the warnings went unheeded.");
    assert!(a.people.iter().all(|p| !p.name.ends_with(" to")), "{:#?}", a.people);
    assert!(reported(&a).iter().all(|(_, s)| s.as_deref() != Some("port authority on Tuesday to")), "{:?}", reported(&a));
}

#[test]
fn a_closing_report_by_a_title_and_its_named_holder_leaves_both_out_of_the_clause() {
    let a = run("The union has not taken a position, its president, Kevin Moss, said in an email.\n\n\
         The quay will stay shut, the port's chief engineer, Ana Lind, told reporters.");
    assert_eq!(reported(&a), vec![pair("The union has not taken a position", "Kevin Moss"), pair("The quay will stay shut", "Ana Lind")]);
}

#[test]
fn a_title_before_a_name_in_commas_is_no_report() {
    // "The mayor, Ana Ruiz, responded.": the phrase before the name is its
    // appositive; a clause there is still the report.
    let a = run("The mayor, Ronnie Reese, responded.\n\nA lawyer for the family, Ben Crump, did not reply to messages.\n\n\
         No deal is near, the mayor, Ronnie Reese, said.");
    let reports: Vec<&str> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).map(|q| q.text.as_ref()).collect();
    assert_eq!(reports, ["No deal is near"], "{:#?}", a.quotes);
}

#[test]
fn according_to_a_name_passes_over_its_appositive_or_relative_clause() {
    // The description or "who" clause after the source is not content.
    for text in [
        "According to Greg Pike, one of the four votes against, the city cannot afford the board.",
        "According to Greg Pike, who voted against it, the city cannot afford the board.",
        "According to Greg Pike, a longtime critic of the plan, the city cannot afford the board.",
        // (A role noun no list holds, alone.)
        "According to Greg Pike, a forecaster, the city cannot afford the board.",
    ] {
        assert_eq!(reported(&run(text)), [pair("the city cannot afford the board", "Greg Pike")], "{text}");
    }
}

/// "CLAUSE, said X, REST": a role phrase or a relative clause after the
/// name describes the speaker; it is not a second part of the report.
#[test]
fn a_description_after_an_inverted_source_is_no_report() {
    for text in [
        "Drivers walked out at dawn, said Rosa Delgado, president of the drivers union.",
        "Drivers walked out at dawn, said Rosa Delgado, chief steward at the depot.",
        "Drivers walked out at dawn, said Rosa Delgado, who leads the drivers union.",
    ] {
        assert_eq!(reported(&run(text)), vec![pair("Drivers walked out at dawn", "Rosa Delgado")], "{text}");
    }
    // A clause after the name still is, past a relative clause too.
    let a = run("The depot, said Rosa Delgado, will close in May.");
    assert_eq!(reported(&a).len(), 2, "{:?}", reported(&a));
    let a = run("The depot, said Rosa Delgado, who drove there for years, will close in May.");
    let texts: Vec<String> = reported(&a).into_iter().map(|r| r.0).collect();
    assert_eq!(texts, ["The depot", "will close in May"]);
}

/// A cue word right after an article is a noun: "The recall was …".
#[test]
fn a_cue_word_after_an_article_is_a_noun() {
    let a = run("The recall was announced by the Seed Board on Monday.");
    assert!(reported(&a).is_empty(), "{:?}", reported(&a));
    let a = run("A report was filed, and officials said the plant would reopen.");
    assert_eq!(reported(&a), vec![pair("the plant would reopen", "officials")]);
}

#[test]
fn refused_question_keeps_its_question_word() {
    // A refusal reports a question: "when" opens it, it is no setting
    // before a content, and a contracted negative still leaves the
    // subject speaking.
    let a = run("Port director Ilse Brandt declined to say when the ferries would sail again. \
         Her deputy, Tomas Vidal, wouldn't say whether the pier was safe.");
    assert_eq!(
        reported(&a),
        vec![pair("when the ferries would sail again", "Ilse Brandt"), pair("whether the pier was safe", "Tomas Vidal")]
    );
    // A negated verb with no question after it reports nothing.
    let a = run("Ilse Brandt won't accept ferries until they are inspected. Tomas Vidal didn't say the pier was safe.");
    assert_eq!(reported(&a), vec![]);
}

#[test]
fn that_as_a_pronoun_reports_nothing() {
    // "says that about every book": "that" is the thing said, and a short
    // phrase with no verb follows; a clause after "that" still reports.
    let a = run("Tomas Vidal said that in a race against Ilse Brandt he would win. \
         Her editor says the book is her best. She says that about every book.");
    assert_eq!(
        reported(&a),
        vec![pair("in a race against Ilse Brandt he would win", "Tomas Vidal"), pair("the book is her best", "Her editor")]
    );
}

#[test]
fn retorts_in_two_words_are_cues() {
    // "shot back", "fired back", "hit back": a retort reports like "said";
    // a gunfight does not.
    let a = run("The former senator shot back that rural parents deserved options too. \
         Police fired back at the gunman.");
    assert_eq!(reported(&a), vec![pair("rural parents deserved options too", "former senator")]);
}

#[test]
fn a_content_opening_with_an_auxiliary_is_no_report() {
    // "Tenants who complained publicly about the heating had waited": the
    // auxiliary is the main clause's verb, not a reported clause with no
    // subject.
    let a = run("Tenants who complained publicly about the heating had waited weeks for a repair, the inspector found.");
    assert!(reported(&a).iter().all(|(t, _)| !t.starts_with("had")), "{:?}", reported(&a));
    // A content opening with "not" still is one.
    let a = run("Mayor Ana Lind said not every tenant had complained.");
    assert_eq!(reported(&a), vec![pair("not every tenant had complained", "Ana Lind")]);
}

#[test]
fn a_participle_after_an_opening_phrase_reports_the_main_subject() {
    // "Under questioning from senators of both parties, the chief
    // executive defended …, arguing …": the executive argues, not the
    // senators inside the opening phrase.
    let a = run("Under questioning from tenants of both towers, the landlord defended the rent rise, arguing that costs had doubled.");
    assert_eq!(reported(&a), vec![pair("costs had doubled", "landlord")]);
}

#[test]
fn a_plural_source_with_a_reduced_relative_clause() {
    // "Experts not involved in the research said …", "Residents
    // interviewed on Tuesday said …": the participle's phrase modifies
    // the plural before it.
    let a = run("Experts not involved in the research said the findings were sound.");
    assert_eq!(reported(&a), vec![pair("the findings were sound", "Experts")]);
    let a = run("Residents interviewed on Tuesday said the water was brown.");
    assert_eq!(reported(&a), vec![pair("the water was brown", "Residents")]);
}

#[test]
fn a_source_familiar_with_any_matter_is_the_source() {
    for topic in ["matter", "case", "investigation", "probe", "plan"] {
        let text = format!("A person familiar with the {topic} said the deal was close.");
        let a = run(&text);
        let q = a.quotes.iter().find(|q| q.text == "the deal was close").unwrap_or_else(|| panic!("{text}: {:#?}", a.quotes));
        assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some(format!("person familiar with the {topic}").as_str()), "{text}");
    }
}

#[test]
fn a_quantity_after_the_cue_opens_the_content() {
    let a = run("A county official said at least two employees had been fired. The sheriff said over 300 homes were empty.");
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(texts.contains(&"at least two employees had been fired"), "{texts:?}");
    assert!(texts.contains(&"over 300 homes were empty"), "{texts:?}");
}

#[test]
fn a_relative_clause_after_a_party_tag_leaves_the_named_subject() {
    let a = run("Rep. Dana Whitlow, R-Miss., whose district was hit hardest, said the report confirmed the worst.");
    let q = a.quotes.iter().find(|q| q.text == "the report confirmed the worst").unwrap_or_else(|| panic!("{:#?}", a.quotes));
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Dana Whitlow"));
}

#[test]
fn going_on_to_say_is_saying() {
    let a = run("She went on to say the deal was dead.");
    assert_eq!(a.quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["the deal was dead"]);
}

#[test]
fn a_name_set_off_after_according_to_a_description_is_the_source() {
    for text in
        ["According to a spokeswoman, Elena Marsh, the review was over.", "The review was over, according to a spokeswoman, Elena Marsh."]
    {
        let a = run(text);
        let q = a.quotes.iter().find(|q| q.text.ends_with("the review was over") || q.text == "The review was over");
        let q = q.unwrap_or_else(|| panic!("{text}: {:#?}", a.quotes));
        assert!(q.text.eq_ignore_ascii_case("the review was over"), "{text}: {:?}", q.text);
        assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Elena Marsh"), "{text}");
    }
}

#[test]
fn an_addressee_of_several_words_ends_at_that() {
    for (text, content) in [
        ("Selin Karaca later told Ostrian state television that talks would resume.", "talks would resume"),
        ("She told reporters traveling with her that she was hopeful.", "she was hopeful"),
        ("Fire Marshal Kevin Doyle told WCRN 7 News that his office would release a report.", "his office would release a report"),
    ] {
        let a = run(text);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, [content], "{text}");
    }
}

#[test]
fn a_demonstrative_that_after_a_cue_opens_no_content() {
    let a = run("The researchers acknowledged that limitation in their paper. Moreno dismissed that as a stunt.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
    let a = run("The researchers acknowledged that limits were reached.");
    assert_eq!(a.quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["limits were reached"]);
}

#[test]
fn a_denied_cue_closes_no_clause_before_it() {
    let a = run("The company that received the contract, Brazos Power Solutions, did not respond to requests for comment.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
    let a = run("The deal was dead, Acme did not say.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn a_refusal_to_say_more_ends_the_reported_clause() {
    let a = run("Harbour master Ilse Brandt said the pier was safe but declined to comment further. \
         Her deputy said the repairs would take a month and did not elaborate. \
         A ferry captain said the timetable would change, and would not discuss the cost.");
    assert_eq!(
        reported(&a),
        vec![
            pair("the pier was safe", "Ilse Brandt"),
            pair("the repairs would take a month", "Her deputy"),
            pair("the timetable would change", "ferry captain"),
        ]
    );
}

#[test]
fn a_cue_verb_as_a_participle_after_its_noun_is_no_cue() {
    // "briefed" is a cue ("briefed reporters"), but after a noun and
    // before its preposition it opens the noun's phrase; "said" is the cue.
    let a = run("Officials briefed on the talks said the deal was close.");
    assert_eq!(reported(&a), vec![pair("the deal was close", "Officials briefed on the talks")]);
    assert_eq!(a.quotes[0].cue.as_ref().unwrap().text, "said");
}

#[test]
fn one_adverb_before_that_stays_out_of_the_content() {
    let a = run("Harbour master Ilse Brandt said only that the pier would close. Her deputy said afterward that the ferries would run.");
    assert_eq!(reported(&a), vec![pair("the pier would close", "Ilse Brandt"), pair("the ferries would run", "Her deputy")]);
}

#[test]
fn naming_with_the_is_no_report() {
    // "called the Lakeside Fund" names the group; nobody speaks.
    let a =
        run("He founded a charity called the Lakeside Fund, which will own the land.\n\nResidents formed a group called the Harbor Watch.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn a_possessive_in_a_long_subject_counts_as_no_word() {
    let a = run("A person familiar with the company's merger plans said the board would vote on Friday.");
    let r = a.quotes.iter().find(|q| q.text.starts_with("the board would vote")).expect("the report");
    let who = r.speaker.map(|s| a.people[s].name.as_str());
    assert_eq!(who, Some("person familiar with the company's merger plans"));
}

#[test]
fn an_adjective_in_us_heads_no_plural_subject() {
    // "struck a cautious note": "cautious" is no plural, so "a cautious"
    // is no speaker and "note" no cue.
    let a = run("The finance chief, Raymond Szabo, struck a cautious note.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn a_report_ends_on_a_time_after_its_cue() {
    // "said earlier this week": "this" before a week is a time's, not the
    // subject of a content after the cue.
    let a = run("Sales rose 2 percent in May, Dana Whitfield said earlier this week.");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "Sales rose 2 percent in May");
    assert_eq!(a.quotes[0].speaker.map(|s| a.people[s].name.as_str()), Some("Dana Whitfield"));
}

#[test]
fn whom_a_verb_of_telling_tells_never_speaks() {
    // "…, told the council he would pay": never an inverted "said X"; the
    // council is told, not telling.
    let a = run("Harold Pemberton, a retired machinist who said he has ridden the light rail since it opened in 1994, told the council he would pay more.");
    let q = a.quotes.iter().find(|q| q.text.starts_with("he would pay")).expect("the report");
    assert_ne!(q.speaker.map(|s| a.people[s].name.as_str()), Some("council"), "{:#?}", a.people);
}

#[test]
fn a_town_or_an_event_reports_through_its_offices() {
    // Without "that", a lower-case head must be able to speak: a city, a
    // county or a festival can, as an agency can.
    let a = run("The county said the ferry would resume service in April.");
    assert_eq!(reported(&a), [pair("the ferry would resume service in April", "county")]);
    let a = run("The festival said the tent had been sold out for weeks.");
    assert_eq!(reported(&a), [pair("the tent had been sold out for weeks", "festival")]);
    // Still no report from a thing that cannot speak.
    assert!(reported(&run("The bridge said the river was rising.")).is_empty());
}

#[test]
fn a_number_grouped_by_commas_is_one_word() {
    // "3,000" is one number: the cue's object is "3,000 volunteers", and
    // "000 house" is no speaker.
    let a = run("Imelda Varga told 3,000 volunteers that the shelter would stay open.");
    assert_eq!(reported(&a), [pair("the shelter would stay open", "Imelda Varga")]);
    assert!(a.quotes[0].cue.as_ref().is_some_and(|c| c.text == "told 3,000 volunteers"), "{:#?}", a.quotes);
    let a = run("She has made more than 6,000 house calls since 1990.");
    assert!(a.quotes.is_empty() && a.people.is_empty(), "{:#?}", a);
}

#[test]
fn according_to_a_name_skips_its_appositive_with_a_prefixed_or_possessed_role() {
    // "a co-sponsor", "the bill's co-sponsor": the set-off description is
    // the name's, not the start of what was reported.
    for text in [
        "According to Ilse Vogt, a co-sponsor, the amendment would spare small farms.",
        "According to Ilse Vogt, the bill's co-sponsor, the amendment would spare small farms.",
    ] {
        assert_eq!(reported(&run(text)), [pair("the amendment would spare small farms", "Ilse Vogt")], "{text}");
    }
}

#[test]
fn a_bare_day_after_the_cue_is_the_whole_setting() {
    // "said Sunday a man …": the day is the setting, the content's subject
    // follows it. A day followed by the verb's particle or a clause of its
    // own goes on as before.
    assert_eq!(reported(&run("Police said Sunday a man was arrested.")), [pair("a man was arrested", "Police")]);
    assert_eq!(reported(&run("Officials said Monday night the depot would close.")), [pair("the depot would close", "Officials")]);
    assert_eq!(reported(&run("Officials said Tuesday they would appeal.")), [pair("they would appeal", "Officials")]);
}

#[test]
fn a_day_with_a_possessive_opens_the_subject() {
    // "said Monday's vote …": the day owns the subject's noun; it is no
    // setting to pass over, as the bare day of "said Monday the vote …" is.
    let a = run("Ilse Brandt said Monday's vote was a mistake. Tomas Vidal said yesterday’s ruling would stand.");
    assert_eq!(
        reported(&a),
        vec![pair("Monday's vote was a mistake", "Ilse Brandt"), pair("yesterday’s ruling would stand", "Tomas Vidal")]
    );
}

#[test]
fn a_number_before_an_s_word_makes_it_a_noun() {
    // "87 cents", "30 minutes": a counted plural, no verb in "-s", so an
    // object of figures is no reported clause.
    let a = run("The cannery posted a net loss of $21 million, or 87 cents a share. \
         “We are done,” Ilse Brandt said 30 minutes into the meeting.");
    assert_eq!(reported(&a), vec![]);
    let a = run("The company said 40 workers lost their jobs.");
    assert_eq!(reported(&a), vec![pair("40 workers lost their jobs", "company")]);
}

#[test]
fn according_to_an_object_pronoun_is_the_person_it_means() {
    // "According to her, …": the pronoun alone before its comma is the
    // source, resolved as "she" would be.
    let a = run("Ilse Brandt lost the vote. According to her, the count was wrong. \
         Tomas Vidal left early. The ferries were late, according to him.");
    assert_eq!(reported(&a), vec![pair("the count was wrong", "Ilse Brandt"), pair("The ferries were late", "Tomas Vidal")]);
}

#[test]
fn a_clocks_colon_does_not_cut_the_clause_before_the_cue() {
    let a = run("The ferry left the harbour at 10:15 on Monday, police said.");
    assert_eq!(reported(&a), vec![pair("The ferry left the harbour at 10:15 on Monday", "police")]);
    // A colon between words still opens the clause.
    let a = run("He gave one reason: the ferry left early, police said.");
    assert_eq!(reported(&a), vec![pair("the ferry left early", "police")]);
}

#[test]
fn a_participles_subject_is_a_name_set_off_by_its_appositive() {
    let a = run("Ines Aubert, a spokeswoman for the city, rejected that claim, saying the museum had installed new alarms last year.");
    let r = a.quotes.iter().find(|q| q.text.starts_with("the museum had")).expect("the report");
    assert_eq!(r.speaker.map(|s| a.people[s].name.as_str()), Some("Ines Aubert"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
}

/// "called" and "calling itself" before a name name something; a name's
/// joiners ("for", "of") between its capitals are still the name.
#[test]
fn called_before_a_name_with_joiners_or_a_reflexive_is_naming() {
    let a = run("The march, organised by a coalition called Parents for Safe Streets, began at noon.");
    assert_eq!(reported(&a), vec![]);
    let a = run("A criminal group calling itself Grey Lantern has claimed the attack.");
    assert_eq!(reported(&a), vec![]);
    let a = run("Mayor Ida Roe called the plan a betrayal of the Friends of Elm Park.");
    assert_eq!(reported(&a), vec![pair("the plan a betrayal of the Friends of Elm Park", "Ida Roe")]);
}

/// "called himself a socialist" describes the speaker in his own words:
/// that is said.
#[test]
fn called_himself_with_a_description_is_said() {
    let a = run("Senator Abel Crane called himself a lifelong conservative.");
    assert_eq!(reported(&a), vec![pair("himself a lifelong conservative", "Abel Crane")]);
}

#[test]
fn early_and_late_before_a_noun_open_the_content() {
    // "said early symptoms …": an adjective; "said early on Tuesday that
    // …" and "said late last night that …": settings.
    let a = run("Dr. Ruth Amara said early symptoms were easy to miss. She said late on Tuesday that the ward was full.");
    assert_eq!(reported(&a), vec![pair("early symptoms were easy to miss", "Ruth Amara"), pair("the ward was full", "Ruth Amara")]);
}

/// A capitalised title in the appositive ("CEO of …", "Acme's CEO", "Acme
/// CEO") is no subject: the name before it speaks. A capitalised name after
/// the title makes a list instead.
#[test]
fn capitalised_title_in_an_appositive_leaves_the_name_the_subject() {
    for title in ["CEO of Brightwell Foods", "President and CEO of Brightwell Foods", "Brightwell's Chief Executive", "Brightwell CEO"] {
        let text = format!("Odile Marchetti, {title}, said the merger would close in March.");
        let a = run(&text);
        assert_eq!(reported(&a), vec![pair("the merger would close in March", "Odile Marchetti")], "{text}");
    }
    let a = run("Odile Marchetti, President Tariq Noor and the treasurer said the merger would close in March.");
    assert_ne!(reported(&a), vec![pair("the merger would close in March", "Odile Marchetti")]);
}

/// A cue in the passive: its subject was addressed, not the speaker. The
/// agent after "by" speaks; without one, a verb of telling names no one.
#[test]
fn a_passive_cue_gives_its_agent_not_its_subject() {
    let a = run("Dock workers were told by their managers that the yard would close.");
    assert_eq!(reported(&a), vec![pair("the yard would close", "their managers")]);
    let a = run("Dock workers were told that the yard would close.");
    assert_eq!(reported(&a), vec![("the yard would close".to_owned(), None)]);
    let a = run("Councillor Ivo Brandt was informed by the auditor that the accounts were late.");
    let r = reported(&a);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_ne!(r[0].1.as_deref(), Some("Ivo Brandt"));
}

/// What nobody said is no report; a report of it is ("Nobody said …,
/// Ruiz said").
#[test]
fn a_negative_subject_reports_nothing() {
    for text in [
        "Nobody asks a farmer to fill in six forms.",
        "No one told the tenants that the boiler was broken.",
        "None of the inspectors said the boiler was safe.",
    ] {
        assert_eq!(reported(&run(text)), vec![], "{text}");
    }
    let a = run("Nobody said the boiler was broken, Ana Ruiz said.");
    assert_eq!(reported(&a), vec![pair("Nobody said the boiler was broken", "Ana Ruiz")]);
}

#[test]
fn go_on_before_a_word_is_no_report() {
    // "went on sale", "went on strike", "went on to win": "go on" reports
    // speech only before "that" or a mark. The clause before ", she said"
    // is hers.
    let a = run("Tickets went on sale on Friday and were gone within an hour, Ada Lusk said.\n\n\
         The dockers went on strike at dawn. Their leader went on to win a seat in the Senate.");
    assert_eq!(reported(&a), vec![pair("Tickets went on sale on Friday and were gone within an hour", "Ada Lusk")]);
}

#[test]
fn this_before_a_verb_opens_the_content_and_before_a_week_is_a_setting() {
    let a = run("Ilse Brandt said this was a fair offer. Omar Haddad said this week the pier would close.");
    assert_eq!(reported(&a), vec![pair("this was a fair offer", "Ilse Brandt"), pair("the pier would close", "Omar Haddad")]);
}

#[test]
fn a_kin_or_person_noun_set_off_before_the_name_is_the_sources_not_the_reports() {
    // "…, his daughter, Ingrid Solheim, said": the description belongs to
    // the source, as "…, its president, Kevin Moss, said" does.
    let a = run("He died on Sunday, his daughter, Ingrid Solheim, said. The shop was shut, a neighbor, Ana Lind, said.");
    assert_eq!(reported(&a), vec![pair("He died on Sunday", "Ingrid Solheim"), pair("The shop was shut", "Ana Lind")]);
}

#[test]
fn a_report_after_a_quoted_comma_and_while_is_its_own() {
    let a = run("Ana Lind said the critics were \u{201c}wrong,\u{201d} while Tom Abe said the nominee was qualified.");
    assert_eq!(
        reported(&a),
        vec![pair("the critics were \u{201c}wrong,\u{201d}", "Ana Lind"), pair("the nominee was qualified", "Tom Abe")]
    );
}

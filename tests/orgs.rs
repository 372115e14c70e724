//! Organisations as speakers, one entity per organisation: short forms
//! ("the college", "the company"), "it" after a sentence about the
//! organisation, organisation nouns before a name, names with a possessive
//! or in another language. Every sentence here is invented.

use quotelight::{annotate, Annotations, OffsetUnit, Options, PersonKind, QuoteKind};

fn run(text: &str) -> Annotations {
    annotate(text, &Options { offsets: OffsetUnit::Utf8, indirect: true, repair: true })
}

/// The speaker of the first quote or report whose text starts with `prefix`.
fn speaker_of(a: &Annotations, prefix: &str) -> Option<String> {
    let q = a.quotes.iter().find(|q| q.text.starts_with(prefix)).unwrap_or_else(|| panic!("nothing starts {prefix:?} in {:#?}", a.quotes));
    q.speaker.map(|s| a.people[s].name.to_string())
}

fn kind_of(a: &Annotations, name: &str) -> PersonKind {
    a.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no {name:?} in {:#?}", a.people)).kind
}

#[test]
fn it_after_a_sentence_about_the_college_is_the_college() {
    let a = run("Tenants at St Columba's College in Cork face a rent rise, the tenants' union said.\n\n\
         The college confirmed the rise on Monday. In a statement, it said the money would pay for new boilers.\n\n\
         It said 40 of its rooms were kept for students on grants.");
    assert_eq!(speaker_of(&a, "the money").as_deref(), Some("St Columba's College"));
    assert_eq!(speaker_of(&a, "40 of its rooms").as_deref(), Some("St Columba's College"));
    assert_eq!(kind_of(&a, "St Columba's College"), PersonKind::Org);
    // One entity for the college, another for the union.
    assert_eq!(a.people.iter().filter(|p| p.kind == PersonKind::Org).count(), 2);
}

#[test]
fn the_company_joins_an_organisation_of_no_stated_kind() {
    let a = run("Shares of Brannock Marine Engines fell on Tuesday.\n\n\
         The company said it would cut 200 jobs at its yard in Leith.");
    assert_eq!(speaker_of(&a, "it would cut").as_deref(), Some("Brannock Marine Engines"));
    assert_eq!(kind_of(&a, "Brannock Marine Engines"), PersonKind::Org);
}

#[test]
fn a_place_based_maker_is_never_a_person() {
    let a = run("Shares of Brannock Marine Engines fell after the Leith-based maker of outboard motors cut its forecast and announced it would close a plant.");
    assert!(a.people.iter().all(|p| p.name != "Leith-based"), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "it would close").as_deref(), Some("Brannock Marine Engines"));
}

#[test]
fn a_name_after_an_organisation_noun_is_the_organisation_and_they_follow_it() {
    let a = run("Not everyone is pleased. The fishermen's association Vissers Samen Noord said on Monday it would appeal.\n\
         They have accused the council of ignoring the harbour.");
    assert_eq!(kind_of(&a, "Vissers Samen Noord"), PersonKind::Org);
    assert_eq!(speaker_of(&a, "the council of ignoring").as_deref(), Some("Vissers Samen Noord"));
}

#[test]
fn an_organisation_named_in_another_language_is_one_name() {
    let a = run("The Fédération des travailleurs de la santé du Québec, which represents the nurses, said it was ready to talk.");
    assert_eq!(speaker_of(&a, "it was ready").as_deref(), Some("Fédération des travailleurs de la santé du Québec"));
}

#[test]
fn reports_with_a_hedged_number_or_an_irregular_verb() {
    let a = run("Coastline Power says about 12,000 homes are without electricity.\n\n\
         The loan came from Merrowbank, which said the depot met its rules for green buildings.");
    assert_eq!(speaker_of(&a, "about 12,000").as_deref(), Some("Coastline Power"));
    assert_eq!(speaker_of(&a, "the depot met").as_deref(), Some("Merrowbank"));
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Indirect));
}

#[test]
fn a_statement_speaks_for_whoever_issued_it() {
    let a = run("Fines will double from May, according to a statement from the Ministry of Fisheries and Oceans.");
    assert_eq!(speaker_of(&a, "Fines will double").as_deref(), Some("Ministry of Fisheries and Oceans"));
    assert!(a.people.iter().all(|p| p.name != "statement"));
}

#[test]
fn a_title_after_an_organisation_noun_still_names_a_person() {
    let a = run("“We voted for the children,” said board Vice Chair Rosa Linde.");
    assert_eq!(speaker_of(&a, "We voted").as_deref(), Some("Rosa Linde"));
    assert_eq!(kind_of(&a, "Rosa Linde"), PersonKind::Person);
}

#[test]
fn it_after_an_organisation_named_without_a_type_word() {
    let a = run("Marlow Parish said in a statement that it had recovered the money. It said a new rule had been in place since spring.");
    assert_eq!(speaker_of(&a, "a new rule").as_deref(), Some("Marlow Parish"));
}

#[test]
fn a_title_modifier_inside_a_company_name_is_no_title() {
    let a = run("Shares of Tarrow Home Furnishings fell after the Leeds-based maker of sofas, beds and tables cut its full-year forecast and announced it would shut a warehouse.");
    assert_eq!(speaker_of(&a, "it would shut").as_deref(), Some("Tarrow Home Furnishings"));
}

#[test]
fn a_lone_first_word_is_the_organisation_it_opens() {
    let a = run("Brannock said on Monday that sales had slowed.\n\n\
         Shares of Brannock Marine Engines fell after the Leith-based maker cut its forecast.\n\n\
         Brannock said it would close a yard.");
    let orgs: Vec<_> = a.people.iter().filter(|p| p.name.starts_with("Brannock")).collect();
    assert_eq!(orgs.len(), 1, "{orgs:#?}");
    assert_eq!(orgs[0].name, "Brannock Marine Engines");
    assert_eq!(speaker_of(&a, "sales had slowed").as_deref(), Some("Brannock Marine Engines"));
}

/// Each lone name joins the organisation whose name it opens, and only
/// that one: the organisations' first words are read only for the lone
/// names the text has.
#[test]
fn lone_first_words_join_only_the_organisations_they_open() {
    let a = run("Brannock said on Monday that sales had slowed.\n\n\
         Shares of Brannock Marine Engines fell after the Leith-based maker cut its forecast.\n\n\
         Quellwater Freight Lines also reported a loss.\n\n\
         Quellwater said it would close a depot.");
    for (short, full) in [("Brannock", "Brannock Marine Engines"), ("Quellwater", "Quellwater Freight Lines")] {
        let orgs: Vec<_> = a.people.iter().filter(|p| p.name.starts_with(short)).collect();
        assert_eq!(orgs.len(), 1, "{orgs:#?}");
        assert_eq!(orgs[0].name, full);
    }
    assert_eq!(speaker_of(&a, "sales had slowed").as_deref(), Some("Brannock Marine Engines"));
    assert_eq!(speaker_of(&a, "it would close").as_deref(), Some("Quellwater Freight Lines"));
}

/// With many lone names in a text (each a speaker of its own), a lone
/// first word still finds the organisation it opens: the lone names are
/// then looked up by halves, not tried one by one as prefixes.
#[test]
fn a_lone_first_word_joins_its_organisation_among_many_lone_names() {
    let mut text = String::from("Brannock said on Monday that sales had slowed.\n\n");
    text.push_str("Shares of Brannock Marine Engines fell after the Leith-based maker cut its forecast.\n\n");
    for a in b'A'..=b'F' {
        for b in [b'a', b'e', b'i', b'o', b'u', b'y'] {
            text.push_str(&format!("{}{}rnholt said the vote was close.\n\n", a as char, b as char));
        }
    }
    text.push_str("Brannock said it would close a yard.");
    let a = run(&text);
    let lone = a.people.iter().filter(|p| p.name.ends_with("rnholt")).count();
    assert!(lone > 32, "{lone} lone names");
    let orgs: Vec<_> = a.people.iter().filter(|p| p.name.starts_with("Brannock")).collect();
    assert_eq!(orgs.len(), 1, "{orgs:#?}");
    assert_eq!(orgs[0].name, "Brannock Marine Engines");
    assert_eq!(speaker_of(&a, "sales had slowed").as_deref(), Some("Brannock Marine Engines"));
}

#[test]
fn a_name_with_which_or_a_post_of_it_is_no_he() {
    // "chief executive of X" and "X, which …" type X as a body: "he"
    // goes to the person, not to the organisation named last.
    let a = run("Marek Osei is the chief executive of Dorran Vale. Asked about fares, he blamed Dorran Vale's suppliers. \
         “Fuel has doubled since spring,” he said.\n\n\
         Dorran Vale said fares would rise in May.");
    assert_eq!(kind_of(&a, "Dorran Vale"), PersonKind::Org);
    assert_eq!(speaker_of(&a, "Fuel has doubled").as_deref(), Some("Marek Osei"));
    let b = run("Lorna Pike met Kestrel Tide, which runs the ferries, on Monday. \
         “We warned them twice,” she said. Kestrel Tide said it had met every target.");
    assert_eq!(kind_of(&b, "Kestrel Tide"), PersonKind::Org);
    assert_eq!(speaker_of(&b, "it had met").as_deref(), Some("Kestrel Tide"));
}

#[test]
fn a_currency_code_before_an_amount_is_no_organisation() {
    let a = run("Lumenfrost Logistics opened its depot in Ghent. The depot cost EUR 40 million to build. The work finished early, the company said.");
    assert!(a.people.iter().all(|p| p.name != "EUR"), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "The work").as_deref(), Some("Lumenfrost Logistics"), "{:#?}", a.people);
}

#[test]
fn clubs_and_networks_are_organisations_by_their_last_word() {
    let a = run("Dunmore United said it would appeal the fine. Brightwave Networks said it had restored service.");
    assert_eq!(kind_of(&a, "Dunmore United"), PersonKind::Org);
    assert_eq!(kind_of(&a, "Brightwave Networks"), PersonKind::Org);
}

#[test]
fn a_possessed_office_is_its_possessors_not_another_named_office() {
    let a = run("Reporters waited outside the Oval Office for hours. Later, Ruiz said the plan was fair. Berg’s office called the talks constructive.");
    assert_eq!(speaker_of(&a, "the talks").as_deref(), Some("Berg’s office"));
    assert!(a.people.iter().all(|p| p.name != "Oval Office"), "{:#?}", a.people);
}

#[test]
fn a_name_in_apposition_to_an_organisation_noun_is_an_organisation() {
    // "River" is also a first name; the noun before it settles the type.
    let a = run("The campaign group River Voices called the session “a masterclass in excuses”. It said the rivers were dying.");
    assert_eq!(kind_of(&a, "River Voices"), PersonKind::Org);
    assert_eq!(speaker_of(&a, "the rivers").as_deref(), Some("River Voices"));
    // A relative clause after the name is no apposition.
    let b = run("The firm Ana Ruiz founded grew fast. Ruiz said she was proud.");
    assert_eq!(kind_of(&b, "Ana Ruiz"), PersonKind::Person);
}

#[test]
fn a_headline_description_of_an_organisation_is_the_one_the_article_names() {
    // "Kerrow" modifies "coast": a place, not the developer.
    let a = run("Fishermen fight wind farm off Kerrow coast\n\n\
         Danish developer says harbour plan will create 300 jobs\n\n\
         Havbro Energi, which is based in Aarhus, lodged plans for the farm on Monday. It said the turbines would be quiet.");
    assert_eq!(speaker_of(&a, "harbour plan").as_deref(), Some("Havbro Energi"));
    assert_eq!(a.people.len(), 1, "one entity for the developer: {:#?}", a.people);
}

#[test]
fn a_branch_number_ends_an_organisations_name() {
    let a = run("Teamsters Local 218 said the strike would go on. “We are not moving,” the union said.");
    assert_eq!(speaker_of(&a, "the strike").as_deref(), Some("Teamsters Local 218"));
    assert_eq!(speaker_of(&a, "We are not").as_deref(), Some("Teamsters Local 218"));
}

/// "The U.S. Geological Survey said …" is an agency speaking, not a
/// survey's findings (a lower-case "the survey said" stays a document).
#[test]
fn a_survey_by_name_is_an_agency() {
    let a = quotelight::annotate(
        "The U.S. Geological Survey said the quake was shallow.\n\nThe survey said most voters were undecided.",
        &quotelight::Options::default(),
    );
    let reported: Vec<_> = a.quotes.iter().filter(|q| q.kind == quotelight::QuoteKind::Indirect).collect();
    assert_eq!(reported.len(), 1, "{reported:#?}");
    assert_eq!(reported[0].text, "the quake was shallow");
    let who = &a.people[reported[0].speaker.unwrap()];
    assert_eq!((who.name.as_ref(), who.kind), ("U.S. Geological Survey", quotelight::PersonKind::Org));
}

/// "his office said" is a person's office, not the ministry named before:
/// a pronoun possesses the description as a name's "'s" does.
#[test]
fn his_office_is_not_the_last_organisation() {
    let a = quotelight::annotate(
        "According to the Health Ministry, 214 people were injured.\n\n\
         Greece's prime minister offered assistance, his office said in a statement.",
        &quotelight::Options::default(),
    );
    let q = a.quotes.iter().find(|q| q.text.starts_with("Greece")).expect("the office's report");
    assert_ne!(a.people[q.speaker.unwrap()].name.as_ref(), "Health Ministry");
}

#[test]
fn an_organisation_named_with_on_or_a_plural_type_word_is_one_name() {
    // "on" joins a body to its remit ("Council on …", "Commission on …"),
    // and a type word may be plural ("Centers for …", "Institutes of …").
    let a = run("The Council on Coastal Affairs said in a report that the sea wall would fail.\n\n\
         The Centers for Harbour Safety and Rescue said on Friday that drownings had fallen.\n\n\
         The Select Committee on Tolls and Fares said it would hold hearings in May.");
    assert_eq!(speaker_of(&a, "the sea wall").as_deref(), Some("Council on Coastal Affairs"));
    assert_eq!(speaker_of(&a, "drownings").as_deref(), Some("Centers for Harbour Safety and Rescue"));
    assert_eq!(speaker_of(&a, "it would hold").as_deref(), Some("Select Committee on Tolls and Fares"));
    for name in ["Council on Coastal Affairs", "Centers for Harbour Safety and Rescue", "Select Committee on Tolls and Fares"] {
        assert_eq!(kind_of(&a, name), PersonKind::Org);
    }
    // A person's "on" is no joiner: the name ends before it.
    let b = run("Mayor Ana Ruiz on Monday said the budget was balanced.");
    assert_eq!(speaker_of(&b, "the budget").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_person_titled_after_an_organisations_joined_name_is_the_speaker() {
    // The run "Ministry of Fisheries Director Ana Lind" holds an
    // organisation, a title and a person: the person speaks.
    let a = run("Ministry of Fisheries Director Ana Lind said the quota would stay.\n\n\
         On Monday, Institute for Harbour Studies President Tomasz Wrobel said the survey was late.");
    assert_eq!(speaker_of(&a, "the quota").as_deref(), Some("Ana Lind"));
    assert_eq!(speaker_of(&a, "the survey").as_deref(), Some("Tomasz Wrobel"));
    assert!(a.people.iter().all(|p| p.kind != PersonKind::Org), "{:#?}", a.people);
    // "of the" joins an organisation word to the rest of its name.
    let b = run("The Bank of the Isles said the quay was closed.\n\nThe Ministry of the Marine said it would pay.");
    assert_eq!(speaker_of(&b, "the quay").as_deref(), Some("Bank of the Isles"));
    assert_eq!(speaker_of(&b, "it would pay").as_deref(), Some("Ministry of the Marine"));
}

#[test]
fn an_ampersand_or_a_company_suffix_makes_an_organisation_the_company_follows() {
    let a = run("Crews were on their way, according to Quay Power & Light. The company said most homes would have power by Sunday.\n\n\
         Brightwater Labs on Monday said it would cut prices. The company said schools were its market.");
    assert_eq!(speaker_of(&a, "Crews").as_deref(), Some("Quay Power & Light"));
    assert_eq!(speaker_of(&a, "most homes").as_deref(), Some("Quay Power & Light"));
    assert_eq!(speaker_of(&a, "it would cut").as_deref(), Some("Brightwater Labs"));
    assert_eq!(speaker_of(&a, "schools").as_deref(), Some("Brightwater Labs"));
    assert_eq!(kind_of(&a, "Quay Power & Light"), PersonKind::Org);
    assert_eq!(kind_of(&a, "Brightwater Labs"), PersonKind::Org);
}

#[test]
fn the_last_word_of_a_paper_or_party_after_the_is_that_body() {
    let a = run("The Harbour Daily Post first reported the sale on Monday.\n\n\
         “They wanted one buyer,” the Post reported, citing two aides.\n\n\
         The Green Party said the vote was rigged. “We will appeal,” the Party said.\n\n\
         The White House said nothing. “The bill is dead,” the House said in a statement.");
    assert_eq!(speaker_of(&a, "They wanted").as_deref(), Some("Harbour Daily Post"));
    assert_eq!(speaker_of(&a, "We will appeal").as_deref(), Some("Green Party"));
    // "the House" is the chamber, not the White House.
    assert_ne!(speaker_of(&a, "The bill is dead").as_deref(), Some("White House"));
    assert!(a.people.iter().all(|p| p.name != "Post"), "{:#?}", a.people);
}

/// A name holding a plural of a person noun ("Workers", "Nurses") is an
/// association of those people: "the company" is never it.
#[test]
fn the_company_is_never_a_workers_union() {
    let a = run("Staff at the bottling plant walked out on Monday.\n\n\
         \"We are not going back,\" said Rosa Delgado, president of Brewery Workers Local 88.\n\n\
         The company said in a statement that it hoped to resume talks.");
    assert_ne!(speaker_of(&a, "it hoped").as_deref(), Some("Brewery Workers Local 88"));
    let a = run("Tallis Freight said on Monday that it had made a fair offer. \
         \"It is not enough,\" said Rosa Delgado, president of Harbour Drivers Local 9.\n\n\
         The company said it hoped to resume talks.");
    assert_eq!(speaker_of(&a, "it hoped").as_deref(), Some("Tallis Freight"));
}

/// A name opening with an initial is a person's, never the organisation
/// a later "the administration" stands for.
#[test]
fn a_name_opening_with_an_initial_is_no_organisation() {
    let a = run("The governors sent T. Ross Abernathy to the capital for a meeting.\n\n\
         The administration said it would not change course.");
    assert_ne!(speaker_of(&a, "it would not").as_deref(), Some("T. Ross Abernathy"));
    assert!(a.people.iter().all(|p| p.name != "T. Ross Abernathy" || p.kind == PersonKind::Person), "{:#?}", a.people);
}

/// A company named for its trade ("Harlow Energy", "Tamsin Gas and
/// Electric") is one organisation: "and" before a trade word joins no
/// group of people.
#[test]
fn a_company_named_for_its_trade_is_one_organisation() {
    let a = run("Tamsin Gas and Electric said it had cut power to 9,000 homes.");
    assert_eq!(speaker_of(&a, "it had cut").as_deref(), Some("Tamsin Gas and Electric"));
    assert_eq!(kind_of(&a, "Tamsin Gas and Electric"), PersonKind::Org);
    let a = run("Harlow Energy said it would appeal.");
    assert_eq!(kind_of(&a, "Harlow Energy"), PersonKind::Org);
    // Two people stay two, and a person and a body are no company.
    let a = run("Dana Cole and Ivan Petrov said the deal was dead.");
    assert_eq!(kind_of(&a, "Dana Cole and Ivan Petrov"), PersonKind::Group);
    let a = run("Years after President Ana Lind and Congress clashed over schools, Lind said she had no regrets.");
    assert_eq!(kind_of(&a, "Ana Lind"), PersonKind::Person);
}

/// "The company" paragraphs after a customer was named once is the
/// company the text is about, named more often; right after the
/// customer's name it is the customer.
#[test]
fn the_company_far_from_a_passing_name_is_the_one_named_most() {
    let text = "Corvane Systems opened a plant in Ohio on Monday.\n\n\
         Corvane Systems said the plant would employ 300 people.\n\n\
         Halden Foods, its first customer, signed a five-year deal.\n\n\
         The plant cost $40 million to build.\n\n\
         Work on it began last spring.\n\n\
         The company said it would hire locally.";
    assert_eq!(speaker_of(&run(text), "it would hire").as_deref(), Some("Corvane Systems"));
    let text = "Corvane Systems opened a plant in Ohio on Monday.\n\n\
         Corvane Systems said the plant would employ 300 people.\n\n\
         Halden Foods, its first customer, signed a five-year deal. The company said it would buy more.";
    assert_eq!(speaker_of(&run(text), "it would buy").as_deref(), Some("Halden Foods"));
}

/// "the X and Y Administration": one organisation, named with "and".
#[test]
fn an_agency_named_with_and_is_one_organisation() {
    let a = run("The recall was announced by the Seed and Soil Administration, which said no one was hurt.");
    assert_eq!(kind_of(&a, "Seed and Soil Administration"), PersonKind::Org);
    assert!(a.people.iter().all(|p| p.name != "Seed"), "{:#?}", a.people);
    // Two bodies, the first named on its own, stay two.
    let a = run("The NTSB and Transport Department said Wednesday that the lots were safe.");
    assert_eq!(kind_of(&a, "NTSB and Transport Department"), PersonKind::Group);
}

/// A company named by its trade in the plural ("Airlines") is a company:
/// "the union" is never it.
#[test]
fn the_union_is_never_an_airline() {
    let a = run("Pilots at Kestrel Airlines walked out on Friday, and Kestrel Airlines said it would sue.\n\n\
         The union said talks had broken down over pay.");
    assert_ne!(speaker_of(&a, "talks had broken").as_deref(), Some("Kestrel Airlines"));
}

#[test]
fn a_plural_of_people_opening_a_sentence_is_no_name() {
    // "Prosecutors say …", "Nurses said …": people described, unnamed —
    // never a person called "Nurses"; a surname seen before stays one.
    let a = run("Tom Banks was arrested on Monday.\n\n\
         Prosecutors say the man fled. Nurses said they were tired. Banks said it was late.");
    assert_eq!(kind_of(&a, "Prosecutors"), PersonKind::Unnamed);
    assert_eq!(kind_of(&a, "Nurses"), PersonKind::Unnamed);
    assert_eq!(kind_of(&a, "Tom Banks"), PersonKind::Person);
}

#[test]
fn two_named_organisations_joined_by_and_are_two() {
    // "the United Auto Workers and Meridian Motors": the union is one of
    // them, not both; "the U.S. Fish and Wildlife Service" is one.
    let a = run("The United Glass Workers and Meridian Motors reached a deal on Sunday.\n\n\
         The deal raises pay, according to a summary released by the union.");
    assert!(a.people.iter().all(|p| !p.name.contains("Workers and Meridian")), "{:#?}", a.people);
    assert_eq!(speaker_of(&a, "The deal raises").as_deref(), Some("United Glass Workers"));
    let a = run("The U.S. Fish and Wildlife Service said the owls had returned.");
    assert!(a.people.iter().any(|p| p.name == "U.S. Fish and Wildlife Service"), "{:#?}", a.people);
}

#[test]
fn a_description_with_a_name_before_its_noun_is_that_name_s_body() {
    // "the Lind campaign" is Lind's campaign, not the newspaper named
    // before; "the Ostrian government" is no other body of government.
    let a = run("The Harbor Ledger reported the deal on Monday.\n\n\
         The Lind campaign said the report was false.\n\n\
         The Ostrian government said talks would resume.");
    assert_eq!(speaker_of(&a, "the report was false").as_deref(), Some("Lind campaign"));
    assert_eq!(speaker_of(&a, "talks would resume").as_deref(), Some("Ostrian government"));
    // A place says where the body is, and initials name it: both still
    // refer back.
    let a = run("Shares of Brannock Marine Engines fell on Tuesday.\n\n\
         The Denver company said it would cut 200 jobs.\n\n\
         The Tenants Rights Alliance met on Monday. The TRA group said rents were too high.");
    assert_eq!(speaker_of(&a, "it would cut").as_deref(), Some("Brannock Marine Engines"));
    assert_eq!(speaker_of(&a, "rents were too high").as_deref(), Some("Tenants Rights Alliance"));
}

#[test]
fn a_department_is_never_a_court() {
    let a = run("The Harwell County Court heard the case on Monday.\n\n\
         The health department said the water was safe to drink.");
    assert_ne!(speaker_of(&a, "the water was safe").as_deref(), Some("Harwell County Court"));
}

#[test]
fn a_state_named_like_a_person_opens_its_department() {
    for state in ["North Dakota", "West Virginia", "Georgia"] {
        let text = format!("The {state} Department of Transportation said crews were ready.");
        let a = run(&text);
        assert_eq!(speaker_of(&a, "crews were ready"), Some(format!("{state} Department of Transportation")), "{text}");
    }
    // A person's first name before "of" still names no organisation.
    let a = run("Georgia Lind of Atlanta said crews were ready.");
    assert_eq!(speaker_of(&a, "crews were ready").as_deref(), Some("Georgia Lind"));
}

#[test]
fn a_company_named_by_its_trade_is_an_organisation() {
    for name in ["Palmetto Coastal Power", "Brazos Power Solutions", "Larkin Capital", "Sutter Ridge Health"] {
        let text = format!("{name} said in a statement that crews were ready.");
        let a = run(&text);
        assert_eq!(speaker_of(&a, "crews were ready").as_deref(), Some(name), "{text}");
        assert_eq!(kind_of(&a, name), PersonKind::Org, "{text}");
    }
}

#[test]
fn a_lone_trade_word_opening_a_sentence_is_no_company() {
    let a = run("Shares of Brannock Marine rose on Monday.\n\n\
         Construction of the new plant was finished early. The company said it would hire 140 workers.");
    assert_eq!(speaker_of(&a, "it would hire").as_deref(), Some("Brannock Marine"));
}

#[test]
fn an_honorific_before_an_organisation_word_is_its_remit() {
    // "Justice" titles a judge ("Justice Ana Ruiz"), but before
    // "Department" it names what the department does.
    let a = run("The Justice Department said it would appeal the ruling. Justice Mara Quint said the appeal would fail.");
    assert_eq!(speaker_of(&a, "it would appeal").as_deref(), Some("Justice Department"));
    assert_eq!(kind_of(&a, "Justice Department"), PersonKind::Org);
    assert_eq!(speaker_of(&a, "the appeal would fail").as_deref(), Some("Mara Quint"));
}

#[test]
fn an_office_a_title_owns_is_one_organisation() {
    let a = run("The Westmere County District Attorney's Office said the case was closed. \
         The Marin County Sheriff's Office said the road would reopen.");
    assert_eq!(speaker_of(&a, "the case was").as_deref(), Some("Westmere County District Attorney's Office"));
    assert_eq!(speaker_of(&a, "the road would").as_deref(), Some("Marin County Sheriff's Office"));
    assert_eq!(kind_of(&a, "Marin County Sheriff's Office"), PersonKind::Org);
}

#[test]
fn an_institution_s_noun_restates_it() {
    let a = run("The Varden Bureau of Statistics said prices rose in July. According to the bureau, rents rose most.\n\n\
         The Coastal Transit Authority said the line would close.\n\n\"We regret it,\" the authority said.\n\n\
         The Halvern Institute for Policy said rents rose.\n\n\"It is grim,\" said the institute.");
    assert_eq!(speaker_of(&a, "rents rose most").as_deref(), Some("Varden Bureau of Statistics"));
    assert_eq!(speaker_of(&a, "We regret it").as_deref(), Some("Coastal Transit Authority"));
    assert_eq!(speaker_of(&a, "It is grim").as_deref(), Some("Halvern Institute for Policy"));
    let cue = |prefix: &str| a.quotes.iter().find(|q| q.text.starts_with(prefix)).and_then(|q| q.cue.as_ref()).map(|c| c.text.to_string());
    assert_eq!(cue("We regret it").as_deref(), Some("said"));
}

#[test]
fn a_legal_suffix_makes_a_company_which_the_agency_is_not() {
    let a = run("The Federal Aviation Administration said Brellwick Corp. had reported two faults. No one was hurt, the agency said.");
    assert_eq!(speaker_of(&a, "No one was hurt").as_deref(), Some("Federal Aviation Administration"));
}

#[test]
fn an_organisation_name_goes_on_past_its_and_and_its_to() {
    // Two words after the "and" of an "X of Y" name; an organisation
    // word's "to" before a capitalised verb.
    let a = run("The Department of Rivers and Harbour Works said the levee would hold.\n\n\
         The Committee to Protect Ferrymen said two crews were held.");
    assert_eq!(speaker_of(&a, "the levee").as_deref(), Some("Department of Rivers and Harbour Works"));
    assert_eq!(speaker_of(&a, "two crews").as_deref(), Some("Committee to Protect Ferrymen"));
    assert_eq!(kind_of(&a, "Committee to Protect Ferrymen"), PersonKind::Org);
    // Not past a title and a person's name, nor a second "and", nor a place.
    let a = run("The Ministry of Ports and Harbour Master Ana Lind said the quay was closed.");
    assert!(a.people.iter().all(|p| !p.name.starts_with("Ministry of Ports and")), "{:#?}", a.people);
    let a = run("The Board of Dyers and Weavers sent the Council to Geneva.");
    assert!(a.people.iter().all(|p| p.name != "Council to Geneva"), "{:#?}", a.people);
}

#[test]
fn a_place_after_in_locates_the_organisation_that_speaks() {
    let a = run("The Bank of Lusitania in Madrid said growth had slowed.");
    assert_eq!(speaker_of(&a, "growth had slowed").as_deref(), Some("Bank of Lusitania"));
}

#[test]
fn a_name_an_organisation_noun_restates_in_apposition_is_an_organisation() {
    let a = run("Brindlewick, the cloud software company, said on Thursday that it would cut 800 jobs.");
    assert_eq!(kind_of(&a, "Brindlewick"), PersonKind::Org);
    // Not a role noun ("a developer"), nor past a preposition ("a member
    // of parliament").
    let a = run("Ana Lindqvist, a developer, said the plan was late.\n\nOren Sabag, a member of parliament, said the vote would wait.");
    assert_eq!(kind_of(&a, "Ana Lindqvist"), PersonKind::Person);
    assert_eq!(kind_of(&a, "Oren Sabag"), PersonKind::Person);
}

#[test]
fn an_outlet_that_only_listened_is_not_the_story_s_organisation() {
    // "told the BBC", "in an interview with X": an audience, not "the
    // company" of the next sentence.
    for told in ["told the Harwick Gazette", "told Reuters", "said in an interview with the Harwick Gazette"] {
        let text = format!("Veltrix Systems will cut 4,200 jobs, Arjun Mehta {told}. “We will recover,” the company said in a statement.");
        let a = run(&text);
        assert_eq!(speaker_of(&a, "We will recover").as_deref(), Some("Veltrix Systems"), "{text}");
    }
}

#[test]
fn a_museum_gallery_or_orchestra_is_an_organisation_by_its_last_word() {
    // "The Pellington Museum of Art … The museum said": the name runs on past
    // "of", and the short form finds it, not the university named between.
    let a = quotelight::annotate(
        "The Pellington Museum of Art removed the painting. Ines Varga, a professor at Pellam University, said the claim was weak. \
         The museum said it would publish its findings.",
        &quotelight::Options::default(),
    );
    let q = a.quotes.iter().find(|q| q.text.starts_with("it would publish")).expect("the museum's report");
    assert_eq!(q.speaker.map(|s| a.people[s].name.as_str()), Some("Pellington Museum of Art"), "{:#?}", a.people);
}

#[test]
fn a_company_with_and_without_its_legal_form_is_one_organisation() {
    // Named with the legal form first, then without it…
    let a = run("Tarnmoor Cold Storage Inc. said it would open a depot in Ohio.\n\n\
         The depot will cost $40 million, Tarnmoor Cold Storage said in a statement.");
    assert_eq!(speaker_of(&a, "it would open"), speaker_of(&a, "The depot will cost"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
    // …or the other way round, the periods of a Dutch or Italian form too.
    for form in ["B.V.", "GmbH", "S.p.A.", "Ltd"] {
        let a = run(&format!("Quellhof Pumps said it had won the contract. The valves will ship in May, Quellhof Pumps {form} said."));
        assert_eq!(a.people.len(), 1, "{form}: {:#?}", a.people);
        assert_eq!(a.people[0].quotes, 2, "{form}: {:#?}", a.people);
        assert_eq!(a.people[0].kind, PersonKind::Org, "{form}");
    }
}

#[test]
fn an_acronym_of_an_organisation_named_before_is_that_organisation() {
    let a = run("The Harbour Pilots Guild (HPG) said talks had failed.\n\nThe HPG added that strikes were likely.");
    assert_eq!(speaker_of(&a, "strikes were likely").as_deref(), Some("Harbour Pilots Guild"));
    assert_eq!(a.people.len(), 1, "{:#?}", a.people);
    // Initials that spell no organisation named before stay their own.
    let a = run("Ana Lind said talks had failed. The HPG said strikes were likely.");
    assert_eq!(speaker_of(&a, "strikes were likely").as_deref(), Some("HPG"));
}

#[test]
fn a_publication_is_an_organisation_by_its_last_word() {
    // "In an interview with Polar Science Review, she …": the review is no
    // woman for "she" to mean.
    let a = run("Margit Hallner died on Sunday. In an interview with Tundra Science Review, she talked about the dark. \u{201c}It was dark at noon,\u{201d} she said.");
    assert_eq!(speaker_of(&a, "It was dark").as_deref(), Some("Margit Hallner"));
}

#!/usr/bin/env python3
"""Generate src/lexicon/roles.txt: role and occupation nouns from WordNet.

Source: WordNet 3.0 (Princeton University), Debian package `wordnet-base`
(`apt-get install wordnet-base`; data in /usr/share/wordnet), licence
"WordNet 3.0" (a BSD-style permissive licence; see
/usr/share/doc/wordnet-base/copyright).

Not every person noun is a title ("genius", "liar" are not), so a word is
kept only when one of its noun.person senses lies under a role synset
(worker, professional, leader, official, expert, ... listed in ROOTS), that
sense is the word's most frequent noun sense (WordNet orders senses by
frequency), and the word is tagged more often as a noun than as an
adjective ("liberal", "native" are dropped; adjectives that stand in titles
live in title_modifiers.txt).
Only single words (hyphens allowed) in lower case are written; compounds
("police officer", "chief financial officer") are built by the positions
stage from a modifier and a head.

Usage: scripts/lexicons/roles.py [WORDNET_DIR] > src/lexicon/roles.txt
"""
import os
import subprocess
import sys

from front_code import FORMAT, front_coded

# Role synsets of WordNet 3.0 noun.person, as "lemma.sense" (the sense
# number is the lemma's n-th noun sense in index.noun). Every noun.person
# synset under one of these is a role.
ROOTS = [
    "worker.1", "professional.1", "leader.1", "official.2", "functionary.1",
    "expert.1", "scientist.1", "engineer.1", "athlete.1", "player.1",
    "clergyman.1", "serviceman.1", "member.1", "writer.1", "representative.1",
    "head.4", "student.1", "negotiator.1", "adviser.1", "performer.1",
    "businessman.1", "merchant.1", "contractor.1", "litigant.1",
    # communicators who are professionals, not gossips or liars
    "correspondent.1", "correspondent.2", "reporter.1", "broadcaster.1",
    "announcer.1", "presenter.1", "publicist.1", "spokesperson.1",
    # thinkers, planners and money handlers by trade
    "scholar.1", "theorist.1", "mentor.1", "designer.1", "strategist.1",
    "tactician.1", "banker.1", "treasurer.1",
    # makers and organisers by trade
    "creator.1", "artist.1", "organizer.1", "organizer.2",
]

# Roles whose WordNet sense is not their most frequent one ("producer" is
# first a company, "boxer" a dog), sits outside the roots, or was never
# tagged in WordNet's corpus (news words such as "lobbyist", "pollster"),
# added by hand.
EXTRA = """
    coordinator solicitor developer rancher grower broker associate
    curator archivist cyclist boxer jockey runner photographer
    filmmaker paralegal dispatcher caseworker caregiver planner
    centre-back center-back full-back left-back right-back wing-back
    winger goalie shortstop linebacker fellow guard forward
    lobbyist pollster blogger operative speechwriter plaintiff agent
    forecaster astronaut podcaster landlord bookkeeper janitor auctioneer
    conservator champion convenor
    hooker flyhalf fly-half scrum-half keeper zookeeper rider
    cleaner caretaker nanny babysitter carer concierge chauffeur cabbie
    trucker trawlerman postwoman barista winemaker distiller jeweller
    goldsmith tattooist animator busker physio
    publisher whistleblower
    custodian retiree pensioner diver climber mountaineer teammate winchman
""".split()

# Person nouns under a role synset that are rarely titles in news text,
# or are common words in other uses.
EXCLUDE = set(
    """
    man woman boy girl lady gentleman person people folk
    hand back head star host cast fan lead guide bear bull angel saint
    sign mark page porter cook baker mason carpenter smith miller fisher
    gardener taylor tailor hunter butler cooper turner walker parker
    steward chandler fowler shepherd wright weaver sawyer dyer potter
    glazier slater thatcher draper mercer spencer marshal
    novice veteran winner loser master boss bishop pope accused cummings
    prof doc
    """.split()
)


def read(wn):
    """Synsets of noun.person: offset -> (words, hypernym offsets)."""
    synsets = {}
    with open(os.path.join(wn, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            if len(parts) < 4 or parts[1] != "18":
                continue
            n = int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(n)]
            i = 4 + 2 * n
            pcount = int(parts[i])
            hypers = []
            for p in range(pcount):
                sym, off = parts[i + 1 + 4 * p], parts[i + 2 + 4 * p]
                if sym in ("@", "@i"):
                    hypers.append(off)
            synsets[parts[0]] = (words, hypers)
    return synsets


def index(wn, pos):
    """lemma -> (synset offsets in sense order, tagged-sense count)."""
    out = {}
    with open(os.path.join(wn, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            n, p = int(parts[2]), int(parts[3])
            out[parts[0]] = (parts[-n:], int(parts[5 + p]))
    return out


def under_roots(off, roots, synsets, memo):
    if off in memo:
        return memo[off]
    memo[off] = False  # cycles
    words_hypers = synsets.get(off)
    ok = off in roots or (words_hypers is not None and any(under_roots(h, roots, synsets, memo) for h in words_hypers[1]))
    memo[off] = ok
    return ok


# lexicon::is_productive_role's endings and prefixes (src/lexicon.rs): the
# two must agree, or a word left out here is no role there.
AGENT_ENDINGS = ["er", "or", "ist", "man", "person", "ian"]
SCIENCE_ENDINGS = ["ologist", "ician", "ographer", "onomist"]
PREFIXES = ["co-", "ex-", "vice-", "deputy-", "sub-", "under-", "non-executive-"]
NOT_AGENT_NOUNS = set("consist persist insist resist assist subsist exist coexist amidst against midst median".split())
MAX_ROLE_WORD = 24


def titles(path):
    """The words of titles.txt (the title heads the rule also reads)."""
    with open(path, encoding="utf-8") as f:
        return {w.strip() for line in f if not line.startswith("#") for w in line.split(",") if w.strip()}


def productive(w, listed, heads):
    """lexicon::is_productive_role of `w`, with `listed` the roles kept."""
    def agent(t):
        return t[-1:] in ("r", "t", "n") and any(t.endswith(e) for e in AGENT_ENDINGS)

    if (len(w) < 8 or not agent(w)) and "-" not in w:
        return False
    if len(w) > MAX_ROLE_WORD or not all(c.islower() or c == "-" for c in w) or w in NOT_AGENT_NOUNS:
        return False
    for p in PREFIXES:
        if w.startswith(p):
            rest = w[len(p):]
            return rest in heads or rest in listed or productive(rest, listed, heads)
    if len(w) >= 9 and any(w.endswith(e) for e in SCIENCE_ENDINGS):
        return True

    def role(t):
        return agent(t) and (t in listed or t in heads)

    if "-" in w:
        tail = w[w.rindex("-") + 1:]
        return len(tail) >= 4 and role(tail)
    return agent(w) and any(role(w[i:]) for i in range(3, max(0, len(w) - 4)))


def derivable(words, heads):
    """The words the rule derives from the rest, longest first, so that
    a word another one is derived from stays."""
    keep = set(words)
    for w in sorted(words, key=lambda w: (-len(w), w)):
        if productive(w, keep - {w}, heads):
            keep.discard(w)
    return set(words) - keep


def package_version():
    """The installed wordnet-base version, or "3.0" off Debian."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wordnet-base"], capture_output=True, text=True, check=True)
        return out.stdout.strip() or "3.0"
    except (OSError, subprocess.CalledProcessError):
        return "3.0"


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    synsets = read(wn)
    nouns, adj = index(wn, "noun"), index(wn, "adj")
    roots = {nouns[w][0][int(n) - 1] for w, n in (r.rsplit(".", 1) for r in ROOTS)}
    memo = {}
    out = set()
    for off, (words, _) in synsets.items():
        if not under_roots(off, roots, synsets, memo):
            continue
        for w in words:
            w = w.split("(")[0]
            if w != w.lower() or "_" in w or not w.replace("-", "").isalpha() or len(w) < 3:
                continue
            senses, noun_tags = nouns.get(w, ([], 0))
            # The role must be the word's most frequent noun sense, and the
            # word more often a noun than an adjective.
            if w in EXCLUDE or not senses or senses[0] != off or adj.get(w, ([], 0))[1] > noun_tags:
                continue
            out.add(w)
    print("# Role and occupation nouns, generated by scripts/lexicons/roles.py from")
    print(f"# WordNet 3.0 noun.person (Debian package wordnet-base {package_version()};")
    print("# licence: WordNet 3.0 License, Princeton University, BSD-style, see")
    print("# /usr/share/doc/wordnet-base/copyright). Do not edit; edit the script.")
    out.update(EXTRA)
    derived = derivable(out, titles(os.path.join(os.path.dirname(__file__), "..", "..", "src", "lexicon", "titles.txt")))
    print("# Left out: the roles the engine derives from the others by rule")
    print(f"# (lexicon::is_productive_role: compounds, science nouns), {len(derived)} words.")
    for line in FORMAT:
        print(f"# {line}")
    for line in front_coded(sorted(out - derived)):
        print(line)


if __name__ == "__main__":
    main()

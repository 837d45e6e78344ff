#!/usr/bin/env python3
"""Writes the name-knowledge table: for each capitalised one-word noun of WordNet 3.0
(Debian's wordnet-base), what WordNet knows it as. The lone-word rules of the entity
finder (common/news/name_knowledge.h) read it: a lone capitalised word that WordNet
knows only as a person or an organisation is a name of its own ("Aristotle", "Hamas");
one it knows as a people or a thing is no actor ("Swiss", "Maori", "Bible").
Run at build time by common/CMakeLists.txt; the output is not committed.

Classes (a word has one or more, comma-separated):
  person  an instance of a person (noun.person): "Aristotle", "Nixon"
  given   a given name: the first word of more named people than it is the last
          word of ("George Washington", "George Bush"): a first name, not a name alone
  member  a kind of person: a member of a party, a faith, a movement ("Democrat",
          "Tory", "Christian"): says who a person after it is, no actor of its own
  people  a people, a nationality, inhabitants ("Swiss", "Maori", "American")
  org     an instance of an organisation (noun.group): "Hamas", "Beatles"
  body    a group that is no instance, no people: legislatures and bodies
          ("Knesset", "Duma"); an organisation when named, never vetoed
  place   noun.location: "Zanzibar"
  thing   any other noun: artefacts, books, events, languages ("Bible", "Nasdaq"),
          characters of fiction and myth, gods, religions ("Othello", "Scientology")
  common  its lower-case form is an English word too (WordNet or the word list)

usage: scripts/make-name-knowledge.py WORDNET_DIR WORDLIST > name-knowledge.tsv
       (WORDNET_DIR: /usr/share/wordnet; WORDLIST: /usr/share/dict/american-english)
"""
import collections
import re
import sys

PERSON, GROUP, LOCATION = "18", "14", "15"
# Hypernyms whose hyponyms are peoples, nationalities or inhabitants.
PEOPLE_ANCHORS = {"people", "ethnic_group", "ethnic_minority", "inhabitant", "native",
                  "nation", "tribe", "race", "citizenry", "population", "indigenous_language"}
# Hypernyms of persons and groups that are no actors of the news: characters of
# fiction and myth, gods, religions ("Othello", "Zeus", "Scientology").
THING_ANCHORS = {"imaginary_being", "spiritual_being", "religion"}
# "given": at least this many named people open with the word.
MIN_GIVEN = 2
WORD = re.compile(r"[A-Z][a-z]+")


class Synset:
    def __init__(self, line):
        fields = line.split(" | ")[0].split()
        self.lexfile = fields[1]
        count = int(fields[3], 16)
        self.words = [fields[4 + 2 * k] for k in range(count)]
        rest = fields[4 + 2 * count:]
        pointers = [rest[1 + 4 * k: 5 + 4 * k] for k in range(int(rest[0]))]
        self.hypernyms = [p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]
        self.instance = any(p[0] == "@i" for p in pointers)


def read_synsets(wordnet):
    synsets = {}
    with open(f"{wordnet}/data.noun", encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                synsets[line.split(" ", 1)[0]] = Synset(line)
    return synsets


def reaches(synsets, offset, anchors, seen=None):
    """Whether the synset or one of its hypernyms is one of `anchors`."""
    seen = seen if seen is not None else set()
    if offset in seen:
        return False
    seen.add(offset)
    s = synsets[offset]
    if any(w.lower() in anchors for w in s.words):
        return True
    return any(reaches(synsets, h, anchors, seen) for h in s.hypernyms)


def classes_of(synsets, s, offset):
    if s.lexfile == LOCATION:
        return {"place"}
    if s.lexfile in (PERSON, GROUP) and reaches(synsets, offset, THING_ANCHORS):
        return {"thing"}
    if s.lexfile == PERSON:
        if s.instance:
            return {"person"}
        if reaches(synsets, offset, PEOPLE_ANCHORS):
            return {"people"}
        return {"member"}
    if s.lexfile == GROUP:
        if reaches(synsets, offset, PEOPLE_ANCHORS):
            return {"people"}
        return {"org"} if s.instance else {"body"}
    return {"thing"}


def given_names(synsets):
    first, last = collections.Counter(), collections.Counter()
    for s in synsets.values():
        if s.lexfile != PERSON or not s.instance:
            continue
        for w in s.words:
            parts = w.split("_")
            if len(parts) >= 2:
                first[parts[0]] += 1
                last[parts[-1]] += 1
    return {w for w, n in first.items() if n >= MIN_GIVEN and n > last[w]}


def lower_words(wordnet, wordlist):
    """The words WordNet (any part of speech) or the word list writes in lower case."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(f"{wordnet}/data.{pos}", encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split(" ", 4)
                count = int(fields[3], 16)
                lemmas = line.split()[4:4 + 2 * count:2]
                words.update(re.sub(r"\(.*\)$", "", w) for w in lemmas if w.islower())
    with open(wordlist, encoding="utf-8") as f:
        words.update(w.strip() for w in f if w.strip().islower())
    return words


def knowledge(wordnet, wordlist):
    synsets = read_synsets(wordnet)
    table = collections.defaultdict(set)
    for offset, s in synsets.items():
        for w in s.words:
            if WORD.fullmatch(w):
                table[w.lower()] |= classes_of(synsets, s, offset)
    for w in given_names(synsets):
        if w.lower() in table:
            table[w.lower()].add("given")
    common = lower_words(wordnet, wordlist)
    for w, classes in table.items():
        if w in common:
            classes.add("common")
    return table


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    table = knowledge(sys.argv[1], sys.argv[2])
    print("# Generated by scripts/make-name-knowledge.py from WordNet 3.0. Do not edit.")
    for w in sorted(table):
        print(f"{w}\t{','.join(sorted(table[w]))}")


if __name__ == "__main__":
    main()

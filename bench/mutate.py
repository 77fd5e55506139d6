#!/usr/bin/env python3
"""Writes payloads mutated from the corpus, for comparing two builds of itu.

Usage (from the module root): bench/mutate.py OUTDIR [COUNT] [SEED] [gentle]

Each payload is a corpus file (valid, invalid, realistic) with one to three
rounds of mutations: texts replaced by others from the corpus or by words
the rules read (posts, states, dates, months, phone numbers), changed in case,
cut, lengthened or given doubled spaces; list items duplicated or dropped;
numbers moved. "gentle" mutates only texts longer than 12 characters, rarely,
so that most payloads still decode and the rules across documents run.
Compare two builds with
  itu validate --format json --as-of 2022-10-14 OUTDIR
run by each, and cmp the outputs.
"""
import copy, glob, json, os, random, sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 18)
gentle = len(sys.argv) > 4 and sys.argv[4] == "gentle"
os.makedirs(out, exist_ok=True)
srcs = sorted(f for d in ("valid", "invalid", "realistic")
              for f in glob.glob(f"examples/testdata/{d}/**/*.json", recursive=True)
              if not f.endswith(".golden.json") and "too_large" not in f)
docs = []
for f in srcs:
    try:
        docs.append(json.load(open(f)))
    except ValueError:
        pass


def leaves(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from leaves(v)
    elif isinstance(x, list):
        for v in x:
            yield from leaves(v)
    elif isinstance(x, str):
        yield x


pool = [s for d in docs for s in leaves(d)]
noise = ["", " ", "  x ", "İ", "ß", "K", "\u00a0", "É", "Ré", "Director", "Secretary-General",
         "of the", "Republic of Korea", "KOR", "kor", "PP-22", "pp22", "2021-02-30", "2021-13-01",
         "Jan.", "SEPT.", "mai.", "1 January 2020", "candidature", "withdraw", "Candidature",
         "+41 22 730 5111", "(0)22", "a@b.c", "x@", "Dr.", "Mr", "/", "~", "0", "-1", "99999999999",
         "Korea (Republic of)", "Chairman", "Vice-Chair", "TSB", "BDT", "Radiocommunication Bureau",
         "the", "ITU"]


def mut_str(s):
    r = random.random()
    if r < 0.2:
        return random.choice(pool)
    if r < 0.35:
        return random.choice(noise)
    if r < 0.5:
        return s.upper()
    if r < 0.6:
        return s.lower()
    if r < 0.7 and s:
        i = random.randrange(len(s))
        return s[:i] + random.choice(noise) + s[i:]
    if r < 0.8 and s:
        return s[:random.randrange(len(s))]
    if r < 0.9:
        return s + " " + random.choice(pool)[:40]
    return s.replace(" ", "  ")


def pick(v, p):
    if gentle:
        return isinstance(v, str) and len(v) > 12 and random.random() < p / 4
    return random.random() < p


def mutate(x):
    if isinstance(x, dict):
        for k in list(x):
            if k == "kind":
                continue
            if pick(x[k], 0.15):
                x[k] = mutate(x[k])
            elif isinstance(x[k], (dict, list)):
                mutate(x[k])
        return x
    if isinstance(x, list):
        if x and random.random() < 0.1:
            x.append(copy.deepcopy(random.choice(x)))
        if x and random.random() < 0.05:
            x.pop(random.randrange(len(x)))
        for i in range(len(x)):
            if isinstance(x[i], (dict, list)):
                mutate(x[i])
            elif pick(x[i], 0.2):
                x[i] = mutate(x[i])
        return x
    if isinstance(x, str):
        return mut_str(x)
    if isinstance(x, int) and not isinstance(x, bool) and random.random() < 0.3:
        return x + random.choice([-1, 1, 1000])
    return x


for i in range(count):
    d = copy.deepcopy(random.choice(docs))
    for _ in range(random.randint(1, 3)):
        mutate(d)
    with open(os.path.join(out, f"{i:05d}.json"), "w") as f:
        json.dump(d, f, ensure_ascii=random.random() < 0.5)

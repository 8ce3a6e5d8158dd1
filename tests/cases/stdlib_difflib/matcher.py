import difflib
import random

rng = random.Random(7)


def words(n, alphabet):
    return [rng.choice(alphabet) for _ in range(n)]


for trial in range(60):
    a = "".join(words(rng.randrange(0, 30), "abcde "))
    b = "".join(words(rng.randrange(0, 30), "abcde "))
    junk = [None, lambda c: c == " "][trial % 2]
    s = difflib.SequenceMatcher(junk, a, b)
    print(repr(a), repr(b))
    print(" ", s.get_matching_blocks())
    print(" ", s.get_opcodes())
    print("  %.6f %.6f %.6f" % (s.ratio(), s.quick_ratio(), s.real_quick_ratio()))
    print(" ", s.find_longest_match(0, len(a), 0, len(b)))

# autojunk kicks in at 200 elements
big_a = words(400, "xyzw") + list("hello")
big_b = words(300, "xyzw") + list("hello")
for aj in (True, False):
    s = difflib.SequenceMatcher(None, big_a, big_b, autojunk=aj)
    print(aj, sorted(s.bpopular), len(s.get_matching_blocks()), round(s.ratio(), 6))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.bjunk, s.get_opcodes())
print(s.find_longest_match())
print(list(difflib.SequenceMatcher(None, "abxcd", "abcd").get_grouped_opcodes()))
lines_a = ["line %d\n" % i for i in range(40)]
lines_b = lines_a[:5] + ["new\n"] + lines_a[6:30] + lines_a[31:]
for g in difflib.SequenceMatcher(None, lines_a, lines_b).get_grouped_opcodes(2):
    print(g)
print(list(difflib.SequenceMatcher(None, [], []).get_grouped_opcodes()))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher[int])
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("accept", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("lamda", keyword.kwlist, n=1, cutoff=0.3))
for bad in ((0, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches("x", ["y"], *bad)
    except ValueError as e:
        print("ValueError", e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))

import difflib
import sys

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
sys.stdout.writelines(difflib.Differ().compare(text1, text2))
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(True), "ore\ntree\nemu\n".splitlines(True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)
print(list(difflib.ndiff(["\tabc\n"], ["\tabd\n"])))
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "y\n"])))
print(list(difflib.ndiff(["a\n", "b\n"], ["x\n", "y\n", "z\n"])))
print(list(difflib.ndiff(["abc\n", "same\n", "xyz\n"], ["q\n", "same\n", "r\n", "s\n"])))
print(list(difflib.ndiff(["[1, 2, 3]"], ["[1, 2, 4]"])))
print(list(difflib.ndiff(["hello world"], ["hello  world"], charjunk=None)))
print(list(difflib.ndiff(["#\n", "x\n"], ["x\n", "\n"], linejunk=difflib.IS_LINE_JUNK)))
import random
rng = random.Random(3)
for _ in range(25):
    a = ["".join(rng.choice("abc d") for _ in range(rng.randrange(8))) + "\n" for _ in range(rng.randrange(6))]
    b = ["".join(rng.choice("abc d") for _ in range(rng.randrange(8))) + "\n" for _ in range(rng.randrange(6))]
    print("".join(difflib.ndiff(a, b)), end="----\n")

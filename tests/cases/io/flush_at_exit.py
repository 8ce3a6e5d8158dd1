# Files written and never closed are flushed when the program ends, and so is sys.stdout.
import sys
PATH = "/tmp/taipan-case-io-exit.txt"
f = open(PATH, "w")
f.write("kept\n")
g = open(PATH)
print(repr(g.read()))
g.close()
sys.stdout.write("unflushed at exit")

this first line is skipped
import sys
print("second line", sys.argv)
int("x")

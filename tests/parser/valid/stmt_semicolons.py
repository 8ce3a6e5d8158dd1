# Simple statements separated by semicolons, alone and as one-line suites.
a = 1; b = 2
a = 1; b = 2;
import os; import sys
pass; x = 1; del x; assert y
global g; g = 1
if a: b; c
if a: b; c;
while a: b = 1; break
for x in y: continue; pass
def f(): x = 1; return x
class C: x = 1; y = 2
with a: b; c
try: a; b
except: c; d
else: e; f
finally: g; h
x = 1 ;y = 2
x = 1 ; y = 2 ;
raise E; x
f(); g(); h()
a += 1; a -= 1
a: int = 1; b: str

# if/elif/else chains: nested If nodes start at 'elif'; end positions of each branch.
if a:
    pass
elif b:
    pass
elif c:
    x = 1
    y = 2
else:
    z = 3
if a: pass
elif b: pass
else: pass
if a:
    if b:
        pass
    elif c:
        pass
elif d:
    pass
if a:
    pass
else:
    if b:
        pass
    else:
        pass
if a:
    pass
elif b:
    pass
# trailing comment
while a:
    pass
else:
    pass
for x in y:
    pass
else:
    if z:
        pass
    elif w:
        pass
try:
    pass
except E as e:
    pass
except (F, G):
    pass
else:
    pass
finally:
    pass

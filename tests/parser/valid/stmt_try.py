# try statements: every combination of except / else / finally clauses.
try:
    pass
except:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
try:
    pass
except (A, B):
    pass
try:
    pass
except (A, B) as e:
    pass
try:
    pass
except A:
    pass
except B as b:
    pass
except:
    pass
try:
    pass
except A:
    pass
else:
    pass
try:
    pass
except A:
    pass
finally:
    pass
try:
    pass
except A:
    pass
except B:
    pass
else:
    pass
finally:
    pass
try: x = 1
except: x = 2
else: x = 3
finally: x = 4
try:
    try:
        pass
    except A:
        raise
finally:
    pass
try:
    pass
except mod.Error as err:
    pass
except f() as e:
    pass
except a if b else c:
    pass
except A or B:
    pass

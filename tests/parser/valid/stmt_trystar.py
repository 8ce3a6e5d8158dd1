# try/except* (exception groups) with else and finally.
try:
    pass
except* E:
    pass
try:
    pass
except* E as e:
    pass
try:
    pass
except* (A, B):
    pass
try:
    pass
except* (A, B) as eg:
    pass
try:
    pass
except* A:
    pass
except* B as b:
    pass
try:
    pass
except* A:
    pass
else:
    pass
try:
    pass
except* A:
    pass
finally:
    pass
try:
    pass
except* A:
    pass
except* B:
    pass
else:
    pass
finally:
    pass
try: x = 1
except* ValueError: x = 2
try:
    pass
except *E:
    pass
try:
    pass
except  *  E  as  e:
    pass
try:
    pass
except* mod.Error:
    pass
except* f():
    pass
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    try:
        pass
    except* TypeError:
        pass

try:
    a
except* E as e:
    b
except* F:
    c
else:
    d
finally:
    f
try:
    a
except* (E, F):
    pass
def g():
    try:
        x()
    except* ValueError as eg:
        y = eg

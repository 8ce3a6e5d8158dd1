# A sudoku-style constraint solver: sets, dicts, recursion, generators and exceptions.
from_rows = "ABCDEFGHI"
cols = "123456789"


def cross(a, b):
    return [x + y for x in a for y in b]


squares = cross(from_rows, cols)
units = ([cross(from_rows, c) for c in cols] + [cross(r, cols) for r in from_rows]
         + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
unit_of = {s: [u for u in units if s in u] for s in squares}
peers = {s: set(sum(unit_of[s], [])) - {s} for s in squares}


class Contradiction(Exception):
    pass


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(s)
    if len(values[s]) == 1:
        d2 = values[s]
        for p in peers[s]:
            eliminate(values, p, d2)
    for u in unit_of[s]:
        places = [x for x in u if d in values[x]]
        if not places:
            raise Contradiction(d)
        if len(places) == 1:
            assign(values, places[0], d)


def search(values):
    if all(len(values[s]) == 1 for s in squares):
        return values
    n, s = min((len(values[s]), s) for s in squares if len(values[s]) > 1)
    for d in values[s]:
        try:
            return search(assign(dict(values), s, d))
        except Contradiction:
            continue
    raise Contradiction(s)


def solve(grid):
    values = {s: cols for s in squares}
    for s, d in zip(squares, grid):
        if d in cols:
            assign(values, s, d)
    return search(values)


puzzles = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
]
for p in puzzles * 20:
    v = solve(p)
    print("".join(v[s] for s in squares[:18]))

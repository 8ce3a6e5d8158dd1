# deterministic pseudo-random inputs to the lexer in every mode, compared with CPython
import shlex
state = 77
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
alphabet = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', '(', ')', ';', '|', '&', '-', '.', 'é', '\t', '=', '~', '*']
for t in range(400):
    s = ''.join(alphabet[rand(len(alphabet))] for _ in range(rand(14)))
    posix = rand(2) == 0
    punct = [False, True, '|;'][rand(3)]
    ws = rand(2) == 0
    try:
        lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
        lex.whitespace_split = ws
        r = list(lex)
    except ValueError as e:
        r = 'ValueError: %s' % e
    try:
        r2 = shlex.split(s, comments=rand(2) == 0)
    except ValueError as e:
        r2 = 'ValueError: %s' % e
    print(t, repr(s), posix, punct, ws, r, r2, shlex.quote(s))

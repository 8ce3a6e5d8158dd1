import io
import shlex

for s in ['a b c', '  lead  trail  ', 'a "b c" d', "a 'b c' d", 'a\\ b', '"a\\"b"', "'a\\'",
          'x"y"z', "it's \"fine\"", 'a # comment', 'a#b', '"\\$x" "\\\\" "\\q"', "''", '""',
          'a\tb\nc', 'ünï çødé', 'a=b --opt="x y"', '', 'a "" b']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    print('  non-posix', shlex.split(s, posix=False))
for bad in ['"open', "'open", 'tail\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), e)
for s in ['', 'safe-name_1.txt', 'has space', "it's", '$HOME', 'a"b', 'é', '@%+=:,./-']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['x y', "'q'", '"d"'])))

lex = shlex.shlex('foo = bar(1, "two") # comment\nnext line')
print(list(lex), lex.lineno)
lex = shlex.shlex('a && b || c; (d) > out', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls -la ~/dir/*.py|grep x>>log', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('one two three', posix=True)
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex(io.StringIO('x y'), infile='f.txt')
print(lex.get_token(), lex.error_leader(), lex.error_leader('g', 9), repr(lex.eof))
lex = shlex.shlex('a b', posix=True)
lex.push_source('inner source')
print(list(lex))
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('word1 word2')
lex.wordchars += '1'
print(list(lex), lex.punctuation_chars, shlex.shlex('x', punctuation_chars='|').punctuation_chars)
try:
    lex.punctuation_chars = 'x'
except AttributeError:
    print('read-only')

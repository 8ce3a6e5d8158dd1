import string
from string import Template, Formatter

print(repr(string.punctuation), repr(string.printable), repr(string.whitespace))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
tests = [
    'Template("$who likes $$ ${what}s").substitute(who="tim", what="kung pao")', 'Template("$who $x").substitute(who=1)',
    'Template("a $ b").substitute()', 'Template("a\\n $1 b").substitute()', 'Template("${a").substitute(a=1)',
    'Template("$who $x $").safe_substitute(who=1)', 'Template("$a ${b} $c $a").get_identifiers()', 'Template("$a $").is_valid()',
    'Template("$a").is_valid()', 'Template("x").substitute({}, {})', 'Template("$a").substitute({"a": 1}, a=2)',
    'Template("${b}x ${c}").safe_substitute(b=1)', 'Template("$$$a$").safe_substitute(a=5)', 'Template("").substitute()',
    'Template("$ab_c9.d $_x").substitute(ab_c9=1, _x=2)', 'Template("$é").safe_substitute()', 'Template("x\\ny $").safe_substitute()',
    'Template("line1\\nline2 $ ").substitute()', 'Template("a\\n$").substitute()', 'Template("a\\n$ ").substitute()',
    'list(Formatter().parse("a{0!r:>5}b{x.y[1]}{{}}"))', 'Formatter().format("{0} {1:>4} {x!r}", 1, 2, x="s")',
    'Formatter().format("{} {0}", 1)', 'Formatter().format("{0} {}", 1)', 'list(Formatter().parse("a}"))', 'list(Formatter().parse("a{"))',
    'Formatter().format("{0:{1}}", 3, 5)', 'Formatter().format("{a.real}", a=3)', 'Formatter().format("{!x}", 3)',
    'Formatter().format("{0[1]}", [1, 2])', 'string.capwords(" hello   world ")', 'string.capwords("a-b-c", "-")',
    'Template.delimiter', 'Template.idpattern', 'Formatter().format("{0}")', 'Formatter().format("{x}")',
    'list(Formatter().parse("{0:{1}}"))', 'list(Formatter().parse("{:}"))', 'list(Formatter().parse("{!r}"))',
    'list(Formatter().parse("abc"))', 'list(Formatter().parse(""))', 'list(Formatter().parse("{0!}"))',
    'list(Formatter().parse("{0!rr}"))', 'Formatter().format("{0:{1}{2}}", 1, 5, "d")', 'Formatter().format("{0:{1:{2}}}", 1, 5, "d")',
    'list(Formatter().parse("{0"))', 'list(Formatter().parse("{0:abc"))', 'list(Formatter().parse("{0!r"))', 'list(Formatter().parse("{0!"))',
    'list(Formatter().parse("{a[}]}x"))', 'list(Formatter().parse("{a{b}"))', 'list(Formatter().parse("}}x{{"))',
    'Formatter().format("{d[key]} {d[0]}", d={"key": 1, "0": 2})', 'Formatter().format("{0.imag:.1f}", 3+4j)',
    'Formatter().format("{:>{}}", "x", 4)', 'Formatter().format("{0:}", 7)', 'Formatter().format("{0!a}", "é")',
    'Formatter().vformat("{a}{0}", (1,), {"a": 2})', 'Formatter().format("{0[}", [1])',
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} and {missing} {x:>3}', 'abc', x='q'))
class Pct(Template):
    delimiter = '%'
print(Pct('%who owes %%5 to %{whom}').substitute(who='me', whom='you'))

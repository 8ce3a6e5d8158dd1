"""The expression half of ast.unparse: precedence, parentheses, literals and f-strings."""

import sys
from contextlib import contextmanager
from _ast import *

# Binding strength, weakest first; a node is parenthesised when its parent asks for more
# strength than it has. BOR shares EXPR's level, as in the grammar.
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM,
 FACTOR, POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR


def stronger(level):
    return min(level + 1, ATOM)


ALL_QUOTES = ("'", '"', '"""', "'''")
MULTI_QUOTES = ('"""', "'''")
# What an infinite float is written as, so that it reads back as one.
INF = "1e" + repr(sys.float_info.max_10_exp + 1)


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(c):
    """c as the unicode_escape codec writes it."""
    if c in _ESCAPES:
        return _ESCAPES[c]
    n = ord(c)
    if n < 0x100:
        return f"\\x{n:02x}"
    if n < 0x10000:
        return f"\\u{n:04x}"
    return f"\\U{n:08x}"


class ExprWriter:
    # operator class name: (text, precedence)
    BINOPS = {"Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
              "Div": ("/", TERM), "Mod": ("%", TERM), "LShift": ("<<", SHIFT), "RShift": (">>", SHIFT),
              "BitOr": ("|", BOR), "BitXor": ("^", BXOR), "BitAnd": ("&", BAND),
              "FloorDiv": ("//", TERM), "Pow": ("**", POWER)}
    UNARYOPS = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR), "USub": ("-", FACTOR)}
    CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
              "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
    BOOLOPS = {"And": ("and", AND), "Or": ("or", OR)}

    def __init__(self, avoid_backslashes=False):
        self._out = []
        self._precedence = {}
        self._avoid_backslashes = avoid_backslashes

    # -- plumbing

    def visit(self, node):
        """The text of node (the entry point)."""
        self._out = []
        self.traverse(node)
        return "".join(self._out)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)(node)

    def write(self, *texts):
        self._out.extend(texts)

    def interleave(self, sep, each, items):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            each(item)

    def items_view(self, each, items):
        """Items separated by commas; a single item gets a trailing comma (a one-tuple)."""
        if len(items) == 1:
            each(items[0])
            self.write(",")
        else:
            self.interleave(", ", each, items)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._precedence[node] = level

    def get_precedence(self, node):
        return self._precedence.get(node, TEST)

    @contextmanager
    def parens_if(self, condition):
        if condition:
            self.write("(")
        yield
        if condition:
            self.write(")")

    def parens_above(self, level, node):
        """Parentheses when the context binds tighter than node's own level."""
        return self.parens_if(self.get_precedence(node) > level)

    @contextmanager
    def captured(self):
        """Collect what is written inside into a list instead of the output."""
        saved = self._out
        self._out = buffer = []
        try:
            yield buffer
        finally:
            self._out = saved

    # -- names, containers, comprehensions

    def visit_Name(self, node):
        self.write(node.id)

    def visit_NamedExpr(self, node):
        with self.parens_above(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_List(self, node):
        self.write("[")
        self.interleave(", ", self.traverse, node.elts)
        self.write("]")

    def visit_Tuple(self, node):
        with self.parens_if(len(node.elts) == 0 or self.get_precedence(node) > TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_Set(self, node):
        if node.elts:
            self.write("{")
            self.interleave(", ", self.traverse, node.elts)
            self.write("}")
        else:
            self.write("{*()}")  # {} would be a dict

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write("**")
                self.set_precedence(EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(": ")
                self.traverse(value)
        self.write("{")
        self.interleave(", ", item, list(zip(node.keys, node.values)))
        self.write("}")

    def comprehension_display(self, open_, node, close, *elts):
        self.write(open_)
        self.interleave(": ", self.traverse, elts)
        for gen in node.generators:
            self.traverse(gen)
        self.write(close)

    def visit_ListComp(self, node):
        self.comprehension_display("[", node, "]", node.elt)

    def visit_GeneratorExp(self, node):
        self.comprehension_display("(", node, ")", node.elt)

    def visit_SetComp(self, node):
        self.comprehension_display("{", node, "}", node.elt)

    def visit_DictComp(self, node):
        self.comprehension_display("{", node, "}", node.key, node.value)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(stronger(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    # -- operators

    def visit_IfExp(self, node):
        with self.parens_above(TEST, node):
            self.set_precedence(stronger(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_UnaryOp(self, node):
        text, level = self.UNARYOPS[node.op.__class__.__name__]
        with self.parens_above(level, node):
            self.write(text)
            if level != FACTOR:  # -x, but not x
                self.write(" ")
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        text, level = self.BINOPS[node.op.__class__.__name__]
        with self.parens_above(level, node):
            # ** groups to the right, every other operator to the left
            if text == "**":
                left, right = stronger(level), level
            else:
                left, right = level, stronger(level)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {text} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.parens_above(CMP, node):
            self.set_precedence(stronger(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(" " + self.CMPOPS[op.__class__.__name__] + " ")
                self.traverse(right)

    def visit_BoolOp(self, node):
        text, level = self.BOOLOPS[node.op.__class__.__name__]
        # each operand binds one level tighter than the one before it
        current = [level]

        def operand(value):
            current[0] = stronger(current[0])
            self.set_precedence(current[0], value)
            self.traverse(value)
        with self.parens_above(level, node):
            self.interleave(f" {text} ", operand, node.values)

    def visit_Await(self, node):
        with self.parens_above(AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.parens_above(YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.parens_above(YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.parens_above(TEST, node):
            self.write("lambda")
            with self.captured() as params:
                self.traverse(node.args)
            if params:
                self.write(" ", *params)
            self.write(": ")
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    # -- trailers

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # "1.real" would read as a float: "1 .real"
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        self.interleave(", ", self.traverse, node.args + node.keywords)
        self.write(")")

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items_view(self.traverse, node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write("]")

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    # -- parameters

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        parts = []  # one writer per parameter, joined by ", "
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (param, default) in enumerate(zip(positional, defaults), 1):
            parts.append(self.param_writer(param, default, "", index == len(node.posonlyargs)))
        if node.vararg or node.kwonlyargs:
            parts.append(self.star_writer("*", node.vararg))
            for param, default in zip(node.kwonlyargs, node.kw_defaults):
                parts.append(self.param_writer(param, default, "", False))
        if node.kwarg:
            parts.append(self.star_writer("**", node.kwarg))
        self.interleave(", ", lambda write: write(), parts)

    def param_writer(self, param, default, prefix, slash_after):
        def write():
            self.traverse(param)
            if default:
                self.write("=")
                self.traverse(default)
            if slash_after:
                self.write(", /")
        return write

    def star_writer(self, stars, param):
        def write():
            self.write(stars)
            if param:
                self.write(param.arg)
                if param.annotation:
                    self.write(": ")
                    self.traverse(param.annotation)
        return write

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    # -- literals

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", INF).replace("nan", f"({INF}-{INF})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self.write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items_view(self.write_constant, value)
            self.write(")")
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self.write_constant(value)

    def str_body(self, text, quotes=ALL_QUOTES, escape_whitespace=False):
        """(body, usable quotes) for text written between quotes; backslashes only where needed."""
        chars = []
        for c in text:
            if (c == "\\" or not c.isprintable()) and (escape_whitespace or c not in "\n\t"):
                c = _escape(c)
            chars.append(c)
        body = "".join(chars)
        usable = [q for q in quotes if ("\n" not in body or q in MULTI_QUOTES) and q not in body]
        if not usable:
            # every quote occurs: repr escapes what it must; keep its quote if we may use it
            text = repr(text)
            return text[1:-1], [next((q for q in quotes if text[0] in q), text[0])]
        if body:
            # prefer a quote that differs from the last character ...
            usable.sort(key=lambda q: q[0] == body[-1])
            # ... else a triple quote, with that last character escaped
            if usable[0][0] == body[-1]:
                body = body[:-1] + "\\" + body[-1]
        return body, usable

    def write_str_avoiding_backslashes(self, text, quotes=ALL_QUOTES):
        body, usable = self.str_body(text, quotes)
        self.write(usable[0] + body + usable[0])

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            with self.captured() as inner:
                self.fstring_inner(node)
            self.write_str_avoiding_backslashes("".join(inner))
            return
        # Outside an f-string expression, constant parts may use escapes (\n); the quote must
        # suit every part, so each part narrows the choice for the next.
        quotes = list(ALL_QUOTES)
        bodies = []
        for value in node.values:
            with self.captured() as inner:
                self.fstring_inner(value)
            body, quotes = self.str_body("".join(inner), quotes, isinstance(value, Constant))
            bodies.append(body)
        self.write(quotes[0] + "".join(bodies) + quotes[0])

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)(avoid_backslashes=True)
        inner.set_precedence(stronger(TEST), node.value)
        text = inner.visit(node.value)
        if "\\" in text:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        self.write("{")
        if text.startswith("{"):
            self.write(" ")  # "{ {" : not an escaped brace
        self.write(text)
        if node.conversion != -1:
            self.write(f"!{chr(node.conversion)}")
        if node.format_spec:
            self.write(":")
            self.fstring_inner(node.format_spec)
        self.write("}")

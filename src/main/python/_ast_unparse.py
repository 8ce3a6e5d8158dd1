"""ast.unparse: a tree back to source text, written as CPython 3.11's ast.unparse writes it
(statements one a line, four-space blocks, the fewest parentheses that keep the tree).

Expressions live in _ast_unparse_expr; this module adds the statements and patterns."""

from _ast import *
from ast import NodeVisitor
from _ast_unparse_expr import ExprWriter, TUPLE, YIELD, TEST, BOR, ATOM, MULTI_QUOTES


class Unparser(ExprWriter, NodeVisitor):
    def __init__(self, avoid_backslashes=False):
        ExprWriter.__init__(self, avoid_backslashes)
        self._indent = 0
        self._type_ignores = {}
        self._in_try_star = False

    # -- layout

    def newline_if_written(self):
        if self._out:
            self.write("\n")

    def fill(self, text=""):
        """A new line at the current indentation, starting with text."""
        self.newline_if_written()
        self.write("    " * self._indent + text)

    def block(self, body, extra=None):
        """':' (and a type comment), then body one level deeper."""
        self.write(":")
        if extra:
            self.write(extra)
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"

    def docstring_node(self, node):
        """The Constant holding node's docstring, or None."""
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_node(node)
        if doc is None:
            self.traverse(node.body)
            return
        self.fill()
        if doc.kind == "u":
            self.write("u")
        self.write_str_avoiding_backslashes(doc.value, MULTI_QUOTES)
        self.traverse(node.body[1:])

    # -- modules

    def visit_Module(self, node):
        self._type_ignores = {ti.lineno: f"ignore{ti.tag}" for ti in node.type_ignores}
        self.body_with_docstring(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        self.write("(")
        self.interleave(", ", self.traverse, node.argtypes)
        self.write(")")
        self.write(" -> ")
        self.traverse(node.returns)

    # -- simple statements

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + self.BINOPS[type(node.op).__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        parens = not node.simple and isinstance(node.target, Name)
        self.write("(" if parens else "")
        self.traverse(node.target)
        self.write(")" if parens else "")
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(", ", self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.interleave(", ", self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(", ", self.write, node.names)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    # -- compound statements

    def visit_Try(self, node):
        saved = self._in_try_star
        self._in_try_star = False
        self.try_statement(node)
        self._in_try_star = saved

    def visit_TryStar(self, node):
        saved = self._in_try_star
        self._in_try_star = True
        self.try_statement(node)
        self._in_try_star = saved

    def try_statement(self, node):
        self.fill("try")
        self.block(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)
        if node.finalbody:
            self.fill("finally")
            self.block(node.finalbody)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self.block(node.body)

    def decorators(self, node):
        self.newline_if_written()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill("class " + node.name)
        if node.bases or node.keywords:
            self.write("(")
            self.interleave(", ", self.traverse, node.bases + node.keywords)
            self.write(")")
        self.write(":")
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + " " + node.name)
        self.write("(")
        self.traverse(node.args)
        self.write(")")
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.write(":")
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_For(self, node):
        self.for_statement("for ", node)

    def visit_AsyncFor(self, node):
        self.for_statement("async for ", node)

    def for_statement(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.block(node.body, self.type_comment(node))
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.block(node.body)
        # an else holding only an if is written as elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.interleave(", ", self.traverse, node.items)
        self.block(node.body, self.type_comment(node))

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.interleave(", ", self.traverse, node.items)
        self.block(node.body, self.type_comment(node))

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.write(":")
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.block(node.body)

    # -- patterns

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write("[")
        self.interleave(", ", self.traverse, node.patterns)
        self.write("]")

    def visit_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.traverse(key)
            self.write(": ")
            self.traverse(pattern)
        self.write("{")
        self.interleave(", ", pair, list(zip(node.keys, node.patterns, strict=True)))
        if node.rest is not None:
            if node.keys:
                self.write(", ")
            self.write(f"**{node.rest}")
        self.write("}")

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        self.interleave(", ", self.traverse, node.patterns)
        if node.kwd_attrs:
            def keyword(item):
                attr, pattern = item
                self.write(f"{attr}=")
                self.traverse(pattern)
            if node.patterns:
                self.write(", ")
            self.interleave(", ", keyword, list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)))
        self.write(")")

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.parens_above(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self.parens_above(BOR, node):
            self.set_precedence(BOR + 1, *node.patterns)
            self.interleave(" | ", self.traverse, node.patterns)

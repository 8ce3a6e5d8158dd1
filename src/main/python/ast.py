"""Abstract syntax trees: the node classes (from _ast), parsing, inspecting, transforming."""

from _ast import *
import _ast

# The deprecated aliases of 3.8 (Num, Str, ..., Index, Suite ...) live in their own module.
from _ast_compat import Num, Str, Bytes, NameConstant, Ellipsis, slice, Index, ExtSlice, \
    Suite, AugLoad, AugStore, Param


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source into an AST node (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _Literal().value(node_or_string)


class _Literal:
    """The literal_eval evaluator: the accepted forms, each refused with the node at fault."""

    def refuse(self, node):
        where = getattr(node, 'lineno', None)
        text = 'malformed node or string'
        if where:
            text += f' on line {where}'
        raise ValueError(f'{text}: {node!r}')

    def number(self, node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        self.refuse(node)

    def signed(self, node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            n = self.number(node.operand)
            return +n if isinstance(node.op, UAdd) else -n
        return self.number(node)

    def value(self, node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([self.value(e) for e in node.elts])
        if isinstance(node, List):
            return [self.value(e) for e in node.elts]
        if isinstance(node, Set):
            return {self.value(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                self.refuse(node)
            return dict(zip([self.value(k) for k in node.keys], [self.value(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            real = self.signed(node.left)
            imag = self.number(node.right)
            if isinstance(real, (int, float)) and isinstance(imag, complex):
                return real + imag if isinstance(node.op, Add) else real - imag
        return self.signed(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: class names and fields, optionally attributes, optionally indented."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).text(node, 0)[0]


class _Dumper:
    def __init__(self, annotate, attributes, indent):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent

    def joined(self, parts, level):
        """(opening, separator) between the parts of a node or list at this depth."""
        if self.indent is None:
            return '', ', '
        pad = '\n' + self.indent * level
        return pad, ',' + pad

    def text(self, value, level):
        """(text, simple): simple values keep their parent on one line."""
        level += 1
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = self.annotate
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                t, s = self.text(v, level)
                simple = simple and s
                parts.append(f'{name}={t}' if named else t)
            if self.attributes and value._attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    t, s = self.text(v, level)
                    simple = simple and s
                    parts.append(f'{name}={t}')
            # One line when the parts are few and simple; else one part a line.
            if self.indent is not None and not (simple and len(parts) <= 3):
                first, sep = self.joined(parts, level)
                return f'{cls.__name__}({first}{sep.join(parts)})', False
            return f'{cls.__name__}({", ".join(parts)})', not parts
        if isinstance(value, list):
            if not value:
                return '[]', True
            first, sep = self.joined(value, level)
            return '[' + first + sep.join(self.text(x, level)[0] for x in value) + ']', False
        return repr(value), True


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node where both have them; return new_node."""
    for name in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # end positions may be None; start positions are copied only when set
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking positions those of its parent (1, 0 at the root); return node."""
    def fix(node, lineno, col, end_lineno, end_col):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col
            else:
                col = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col
            else:
                end_col = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants; return node."""
    for child in walk(node):
        # TypeIgnore has a lineno field but no position attributes.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes: fields that are nodes, and nodes inside list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first (in no promised order)."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    """inspect.cleandoc: tabs expanded, common indentation of the lines after the first removed,
    blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _lines(source):
    """Split as the tokenizer does: on \\r\\n, \\r and \\n, keeping the ends."""
    out = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            out.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(source[start:])
    return out


def get_source_segment(source, node, *, padded=False):
    """The source text of node (positions are UTF-8 byte columns), or None without positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    if padded:
        padding = ''.join(' ' if c != '\t' else '\t' for c in lines[lineno].encode()[:col].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


class NodeVisitor(object):
    """Calls visit_<ClassName> for each node visited, else generic_visit (which visits the children)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for 3.7 define visit_Num, visit_Str ...: still called, with a warning.
        method = _compat_visitor(self, node.value)
        if method is not None:
            import warnings
            warnings.warn(f"{method} is deprecated; add visit_Constant", DeprecationWarning, 2)
            return getattr(self, method)(node)
        return self.generic_visit(node)


def _compat_visitor(visitor, value):
    if value is None or value is True or value is False:
        name = 'visit_NameConstant'
    elif value is ...:
        name = 'visit_Ellipsis'
    else:
        name = {int: 'visit_Num', float: 'visit_Num', complex: 'visit_Num',
                str: 'visit_Str', bytes: 'visit_Bytes'}.get(type(value))
    return name if name is not None and hasattr(visitor, name) else None


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit results replace the nodes visited (None removes, a list splices)."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


def unparse(ast_obj):
    """Source text that parses back to an equivalent tree."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    import sys
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as infile:
            source = infile.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
